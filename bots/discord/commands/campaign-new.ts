import { Readable } from 'node:stream';
import type { Attachment, ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import { createWithItems, isDomainError, MAX_CONTRIBUTION_LENGTH, parseCampaignDefinition } from '../../../core';
import type { ChatContext } from '../../common/chat-message';
import { itemFormatOf, optionsOf } from '../../common/campaign-wizard';
import { errorText } from '../../common/error-text';
import { actorOf } from '../../common/moderator-actor';
import { textMessages } from '../render-message';
import type { SlashDeps, SlashResult } from '../slash-command';
import { english, translator } from '../../common/i18n/translator';

const en = english();

/** The largest items file taken, as in Telegram (and the bot downloads it whole before the import). */
export const MAX_ITEMS_BYTES = 20 * 1024 * 1024;

const text = (t: string): SlashResult => ({ messages: textMessages(t) });

/** /campaign new: the definition as options, the items as an attachment. Required options come first (Discord's rule). */
export const newSubcommand = (s: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder =>
  s
    .setName('new')
    .setDescription(en.t('dsub-campaign-new-desc'))
    .addStringOption((o) => o.setName('name').setDescription(en.t('dopt-campaign-new-name-desc')).setRequired(true).setMaxLength(120))
    .addStringOption((o) =>
      o
        .setName('kind')
        .setDescription(en.t('dopt-campaign-new-kind-desc'))
        .setRequired(true)
        .addChoices(
          { name: en.t('choice-campaign-new-kind-label'), value: 'label' },
          { name: en.t('choice-campaign-new-kind-vote'), value: 'vote' },
          { name: en.t('choice-campaign-new-kind-check'), value: 'check' },
          { name: en.t('choice-campaign-new-kind-pairwise'), value: 'pairwise' },
          { name: en.t('choice-campaign-new-kind-multilabel'), value: 'multilabel' },
          { name: en.t('choice-campaign-new-kind-contribute'), value: 'contribute' },
        ),
    )
    .addStringOption((o) => o.setName('question').setDescription(en.t('dopt-campaign-new-question-desc')).setRequired(true).setMaxLength(1000))
    .addStringOption((o) => o.setName('reward').setDescription(en.t('dopt-campaign-new-reward-desc')).setRequired(true).setMaxLength(40))
    .addStringOption((o) => o.setName('budget').setDescription(en.t('dopt-campaign-new-budget-desc')).setRequired(true).setMaxLength(40))
    .addAttachmentOption((o) => o.setName('items').setDescription(en.t('dopt-campaign-new-items-desc')).setRequired(true))
    .addStringOption((o) => o.setName('options').setDescription(en.t('dopt-campaign-new-options-desc')).setMaxLength(2000))
    .addIntegerOption((o) => o.setName('answers_per_task').setDescription(en.t('dopt-campaign-new-answers-per-task-desc')).setMinValue(1).setMaxValue(100))
    // A contribute campaign's own settings (its check campaign's and the text length); other kinds refuse them.
    .addStringOption((o) => o.setName('check_question').setDescription(en.t('dopt-campaign-new-check-question-desc')).setMaxLength(1000))
    .addStringOption((o) => o.setName('check_reward').setDescription(en.t('dopt-campaign-new-check-reward-desc')).setMaxLength(40))
    .addStringOption((o) => o.setName('check_budget').setDescription(en.t('dopt-campaign-new-check-budget-desc')).setMaxLength(40))
    .addIntegerOption((o) => o.setName('min_length').setDescription(en.t('dopt-campaign-new-min-length-desc')).setMinValue(1).setMaxValue(MAX_CONTRIBUTION_LENGTH))
    .addIntegerOption((o) => o.setName('max_length').setDescription(en.t('dopt-campaign-new-max-length-desc')).setMinValue(1).setMaxValue(MAX_CONTRIBUTION_LENGTH));

/** The attachment's bytes, refusing more than the limit while reading (the announced size was checked before). */
async function download(file: Attachment): Promise<Buffer | undefined> {
  const res = await fetch(file.url).catch(() => undefined);
  if (!res || !res.ok || !res.body) return undefined;
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>)) {
      size += (chunk as Buffer).length;
      if (size > MAX_ITEMS_BYTES) return undefined;
      parts.push(chunk as Buffer);
    }
  } catch {
    return undefined;
  }
  return Buffer.concat(parts);
}

/**
 * Creates a draft campaign of the server's community (its budget reserved from the
 * community's allowance; in an unregistered server only platform admins create, for the
 * platform) and imports the attached items all or nothing: the right to create, the
 * definition and the file are checked before anything is written, and createWithItems
 * removes the draft again when its items are refused, so a broken attachment changes nothing.
 */
export async function campaignNew(i: ChatInputCommandInteraction, ctx: ChatContext, deps: SlashDeps): Promise<SlashResult> {
  const options = i.options.getString('options');
  const answersPerTask = i.options.getInteger('answers_per_task');
  const given = (name: string): string | undefined => {
    const v = i.options.getString(name)?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  // Only what was given: a kind that takes none of these names each one given as a problem.
  const contribution = Object.fromEntries(
    Object.entries({
      checkQuestion: given('check_question'),
      checkReward: given('check_reward'),
      checkBudget: given('check_budget'),
      minLength: i.options.getInteger('min_length') ?? undefined,
      maxLength: i.options.getInteger('max_length') ?? undefined,
    }).filter(([, v]) => v !== undefined),
  );
  const definition: Record<string, unknown> = {
    name: i.options.getString('name', true),
    kind: i.options.getString('kind', true),
    question: i.options.getString('question', true),
    reward: i.options.getString('reward', true).trim(),
    budget: i.options.getString('budget', true).trim(),
    ...(options !== null && options.trim() !== '' ? { options: optionsOf(options) } : {}),
    ...(answersPerTask !== null ? { answersPerTask } : {}),
    ...contribution,
  };
  const t = translator(ctx.lang);
  const actor = actorOf(ctx, (await deps.core.identities.resolve(ctx.user)).memberId);
  let communityId: number | null;
  try {
    communityId = await deps.core.moderation.creationTarget(actor);
    parseCampaignDefinition(definition);
  } catch (e) {
    if (isDomainError(e)) return text(errorText(t, e));
    throw e;
  }
  const file = i.options.getAttachment('items', true);
  const format = itemFormatOf(file.name, file.contentType ?? undefined);
  if (!format) return text(t.t('mod-items-format-discord', { name: file.name.slice(0, 80) }));
  if (file.size > MAX_ITEMS_BYTES) return text(t.t('mod-items-too-large-discord', { size: new Intl.NumberFormat(t.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(file.size / 1024 / 1024) }));
  const bytes = await download(file);
  if (!bytes) {
    deps.core.logger.warn('discord items attachment not downloaded', { interactionId: i.id, size: file.size });
    return text(t.t('mod-items-unreadable-discord'));
  }

  const create = () => deps.core.moderation.create(actor, definition, communityId);
  const r = await createWithItems(deps.core.campaigns, create, { input: Readable.from([bytes]), format }, { actorMemberId: actor.memberId, actor: actor.identity });
  if (r.outcome === 'refused') return text(r.stage === 'create' ? errorText(t, r.error) : t.t('mod-items-refused-discord', { error: errorText(t, r.error) }));
  const { imported, gold } = r.imported;
  return text(t.t('mod-imported-discord', { count: imported, gold, campaignId: r.campaign.id }));
}
