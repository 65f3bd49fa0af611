import type { CampaignTransition, CampaignView } from '../../../core';
import { campaignStatsText } from '../campaign-stats-text';
import type { Translator } from '../i18n/translator';
import { localizedName } from '../localized-card';
import { actorOf } from '../moderator-actor';
import { say, UsageError, type ChatCommand, type CommandDeps, type Speaker } from './command';

/**
 * The /campaign subcommands every surface shares. The guided `new`, the stats chart and
 * `export` need files, so each adapter does those itself (Telegram's campaign composer,
 * Discord's /campaign); text surfaces without them answer "Unknown subcommand".
 */
export type CampaignInput =
  | { sub: 'list' }
  | { sub: 'stats'; campaignId: number }
  | { sub: 'post'; campaignId: number }
  | { sub: CampaignTransition; campaignId: number };

const WITH_ID = ['stats', 'post', 'activate', 'pause', 'resume', 'close'] as const;

const listLine = (t: Translator, c: CampaignView) =>
  t.t('mod-campaign-line', {
    campaignId: c.id,
    name: localizedName(c, t.lang),
    status: t.t('mod-status-name', { status: c.status }),
    reward: t.tnet(c.rewardPerAnswer),
    spent: t.tnet(c.spent),
    budget: t.tnet(c.budget),
  });

/** A campaign id as typed: 1 to 2^31 - 1, with or without #. */
function campaignIdOf(text: string | undefined): number | undefined {
  const id = text !== undefined && /^#?\d{1,10}$/.test(text) ? Number(text.replace(/^#/, '')) : NaN;
  return id >= 1 && id <= 2 ** 31 - 1 ? id : undefined;
}

const actor = async (deps: CommandDeps, { ctx }: Speaker) => actorOf(ctx, (await deps.identities.resolve(ctx.user)).memberId);

/**
 * /campaign <sub> [id]: members may list and see stats (public); the rest is for moderators,
 * scoped by core to the campaigns they moderate: any other campaign gets the same reply as
 * an unknown id.
 */
export const campaignCommand: ChatCommand<CampaignInput> = {
  name: 'campaign',
  who: { list: 'member', stats: 'member', post: 'moderator', activate: 'moderator', pause: 'moderator', resume: 'moderator', close: 'moderator' },
  where: 'anywhere',
  parse(args) {
    const [sub, idText, ...rest] = args;
    if (sub === undefined) return new UsageError('mod-campaign-usage');
    if (sub === 'list') return { sub };
    const known = (WITH_ID as readonly string[]).includes(sub);
    if (!known) return new UsageError('mod-campaign-unknown-sub', { sub });
    const campaignId = campaignIdOf(idText);
    if (campaignId === undefined || rest.length > 0) return new UsageError('mod-campaign-usage-id', { sub });
    return { sub: sub as (typeof WITH_ID)[number], campaignId };
  },
  async run(deps, speaker, input) {
    const { ctx, t } = speaker;
    if (input.sub === 'list') {
      const mine = ctx.moderator ? await deps.moderation.list(await actor(deps, speaker)) : undefined;
      const list = mine ?? (await deps.campaigns.list(['active']));
      if (list.length === 0) return say(t.t(mine ? 'mod-campaign-none' : 'mod-campaign-none-active'));
      return say(t.t('mod-campaign-list', { lines: list.map((c) => listLine(t, c)).join('\n') }));
    }
    if (input.sub === 'stats') {
      // A draft's figures are its moderators' only; anyone else gets the unknown-id reply.
      await deps.moderation.statsVisible(await actor(deps, speaker), input.campaignId);
      const s = await deps.campaigns.stats(input.campaignId);
      // The model's accuracy as members verified it in check campaigns (of this one, or this one's source).
      const verified = await deps.baselines?.verifiedAccuracy(input.campaignId);
      return say(
        campaignStatsText(t, s, verified ?? null, (await deps.reports?.pairwise(input.campaignId)) ?? null, (await deps.reports?.labels(input.campaignId)) ?? null),
      );
    }
    if (input.sub === 'post') {
      const c = await deps.moderation.postHere(await actor(deps, speaker), input.campaignId, ctx.chatId);
      return say(t.t('mod-campaign-posted', { campaignId: c.id }));
    }
    const c = await deps.moderation.transition(await actor(deps, speaker), input.campaignId, input.sub);
    return say(t.t('mod-campaign-now', { campaignId: c.id, status: t.t('mod-status-name', { status: c.status }) }));
  },
};
