import type { CardPress, Core, MemberRef, Platform, RewardRule, SubmitResult, TaskCard } from '../../core';
import { answerButton, nextButton } from './button-id';
import { labelRows, pairText, shownLabel, shownOptions } from './card-options';
import type { ChatButton, ChatMessage, ChatReply } from './chat-message';
import { contributeHint, contributePromptText, contributionCheckText } from './contribution-text';
import { errorText } from './error-text';
import { itemText } from './format';
import type { Translator } from './i18n/translator';
import { localizeCard } from './localized-card';

export type MemberDeps = Pick<Core, 'assignment' | 'answers' | 'rewards' | 'campaigns' | 'labelTicks' | 'contributions'>;

/** Where a member spoke: the group, channel or server id, or null in a private chat. */
type Place = { platform: Platform; place: string | null };

/**
 * Options as buttons in the order the card shows them, at most five to a row (Discord's
 * limit; Telegram is fine with it); a multi-label card's are toggles and Done.
 */
function optionRows(t: Translator, card: TaskCard): ChatButton[][] {
  if (card.kind === 'multilabel') return labelRows(t, card.taskId, card.options);
  const rows: ChatButton[][] = [];
  shownOptions(t, card).forEach((o, i) => {
    if (i % 5 === 0) rows.push([]);
    rows[rows.length - 1]!.push({ id: answerButton(card.taskId, o.index), label: o.label });
  });
  return rows;
}

/** A card's item: a pairwise task's prompt and outputs in the viewer's order, any other item's text. */
export function cardItemText(t: Translator, card: TaskCard): string {
  if (card.kind === 'pairwise') return pairText(t, card);
  if (card.kind === 'contribute') return contributePromptText(card);
  const checked = card.kind === 'check' ? contributionCheckText(t, card.payload) : undefined;
  if (checked !== undefined) return checked;
  // The picture shows itself: its ref or URL is not item text.
  if (!card.image) return itemText(card.payload);
  const { image: _shown, ...rest } = card.payload;
  return itemText(rest);
}

/** The question and the item of a card, as its middle paragraphs (an item of a picture alone adds none). */
export const cardBody = (t: Translator, card: TaskCard): string => [card.question, cardItemText(t, card)].filter((p) => p !== '').join('\n\n');

/** A card's count of answers (of a contribute card: texts), of its target when it has one. */
function progress(t: Translator, card: Pick<TaskCard, 'kind'>, count: number, target: number): string {
  const texts = card.kind === 'contribute';
  if (target > 0) return texts ? t.t('card-texts-of', { count, target }) : t.t('card-answers-of', { count, target });
  return texts ? t.t('card-texts', { count }) : t.t('card-answers', { count });
}

/** What one accepted answer (or text) earns, as a card's last line says it. */
const rewardLine = (t: Translator, card: TaskCard): string =>
  card.kind === 'contribute' ? t.t('card-reward-text', { reward: t.tnet(card.reward) }) : t.t('card-reward-answer', { reward: t.tnet(card.reward) });

/** How a card asks, as a paragraph of its own above the footer: a multi-label card's ticks, a contribute card's text. */
function cardHint(t: Translator, card: TaskCard): string {
  if (card.kind === 'multilabel') return `${t.t('card-multilabel-hint')}\n`;
  if (card.contribute) return `${contributeHint(t, card.contribute)}\n`;
  return '';
}

/** A card's first line: where it comes from. */
export const cardHeader = (t: Translator, card: Pick<TaskCard, 'campaignId' | 'campaignName' | 'taskId'>): string =>
  t.t('card-header', { campaignId: card.campaignId, name: card.campaignName, taskId: card.taskId });

function cardMessage(t: Translator, card: TaskCard, footer: string): ChatMessage {
  // In the last paragraph, which a photo's cut caption keeps whole (captionText).
  const c = card.contribute;
  return {
    text: `${cardHeader(t, card)}\n${cardBody(t, card)}\n\n${cardHint(t, card)}${footer}`,
    buttons: optionRows(t, card),
    ...(card.image ? { image: card.image } : {}),
    ...(c ? { contribute: { taskId: card.taskId, minLength: c.minLength, maxLength: c.maxLength } } : {}),
  };
}

/** A closed card's count: "3 answers", "2 texts". */
export const closedCount = (t: Translator, card: Pick<TaskCard, 'kind' | 'answerCount'>): string => progress(t, card, card.answerCount, 0);

/**
 * A card served to one member (/task), gold or regular: without an answer count. Gold tasks
 * collect answers past any target, so even a capped count read differently by kind (a gold
 * card nearly always at its cap, regular ones below it); gold stays secret (issue 14).
 */
export function taskMessage(t: Translator, card: TaskCard): ChatMessage {
  card = localizeCard(card, t);
  return cardMessage(t, card, rewardLine(t, card));
}

/** An open group or channel card (regular tasks only): with its answer count. */
export function boardTaskMessage(t: Translator, card: TaskCard): ChatMessage {
  card = localizeCard(card, t);
  return cardMessage(t, card, `${progress(t, card, card.answerCount, card.answersPerTask)} · ${rewardLine(t, card)}`);
}

/** The next task for a member who asked `here` (a group or server serves only its community's campaigns and the platform's). */
export async function nextTask(t: Translator, deps: MemberDeps, member: MemberRef, here: Place, campaignId?: number): Promise<ChatReply> {
  const next = await deps.assignment.next(member.memberId, campaignId === undefined ? undefined : [campaignId], here);
  if (next.found) return { messages: [taskMessage(t, next.card)] };
  const text =
    next.reason === 'no_active_campaign'
      ? campaignId === undefined
        ? t.t('task-none-active')
        : t.t('task-campaign-idle', { campaignId })
      : t.t('task-all-done');
  return { messages: [{ text }] };
}

export const nextRow = (t: Translator, campaignId: number): ChatButton[][] => [[{ id: nextButton(campaignId), label: t.t('btn-next-task') }]];

/** The toast for a button that is forged, stale or not the member's: nothing else is said. */
export const staleButton = (t: Translator): ChatReply => ({ toast: t.t('toast-stale-button'), messages: [] });

/** An answer button pressed; `pressedOn`: the chat and message it came from, when the adapter knows them. */
export async function answer(t: Translator, deps: MemberDeps, member: MemberRef, taskId: number, optionIndex: number, pressedOn?: CardPress): Promise<ChatReply> {
  // The reply names the label in the member's language; the answer stores its id.
  const card = localizeCard(await deps.assignment.card(taskId), t);
  const option = card.options[optionIndex];
  if (!option) return staleButton(t);
  const result = await deps.answers.submit({ memberId: member.memberId, taskId, choice: option.id, card: pressedOn });
  // A task never served to this member: the same refusal as any forged button, nothing else.
  if (result.outcome === 'rejected' && result.error.code === 'answer.not_served') return staleButton(t);
  // A pairwise answer is named as the member saw the card (the order core recorded with it).
  const seen = result.outcome === 'rejected' ? card : { ...card, swapped: result.answer.swapped === true };
  return renderSubmit(t, result, seen, shownLabel(t, seen, option.id));
}

/**
 * The reply to a pressed answer. An accepted answer reads the same whatever the task's
 * status, count, consensus or reward: only the chosen label varies.
 */
export function renderSubmit(t: Translator, result: SubmitResult, card: Pick<TaskCard, 'campaignId' | 'options' | 'kind' | 'swapped'>, label: string): ChatReply {
  if (result.outcome === 'rejected') {
    const text = errorText(t, result.error);
    return { toast: text, messages: [{ text, buttons: nextRow(t, card.campaignId) }] };
  }
  if (result.outcome === 'duplicate') {
    // A pairwise side is named by its place on the card the member answered, which may show the other order than this one.
    const side = card.kind === 'pairwise' && result.answer.choice !== 'tie' && result.answer.choice !== 'both_bad';
    const named = shownLabel(t, card, result.answer.choice);
    const text = side ? t.t('answer-duplicate-side', { label: named }) : t.t('answer-duplicate', { label: named });
    return { toast: text, messages: [{ text, buttons: nextRow(t, card.campaignId) }] };
  }
  // The same words for every task: a reply that told a decision, a consensus or a reward
  // at once set regular tasks apart from gold ones, which are judged when the campaign
  // settles (issue 14). The outcome reaches the member as totals in /balance and /stats.
  const text = `${t.t('answer-recorded', { label })}\n${t.t('answer-decided-later')}`;
  return { toast: t.t('toast-answer-recorded'), messages: [{ text, buttons: nextRow(t, card.campaignId) }] };
}

/** Why a ledger row was withheld or corrected, in words; typed over every rule. */
const RULE_TEXT: Record<RewardRule | 'consensus.corrected' | 'pace.pro_rata' | 'merge.duplicate' | 'appeal.upheld', (t: Translator) => string> = {
  'consensus.match': (t) => t.t('rule-consensus-match'),
  'majority.match': (t) => t.t('rule-majority-match'),
  'gold.match': (t) => t.t('rule-gold-match'),
  'consensus.mismatch': (t) => t.t('rule-consensus-mismatch'),
  'majority.mismatch': (t) => t.t('rule-consensus-mismatch'),
  'consensus.uncertain': (t) => t.t('rule-consensus-uncertain'),
  'majority.tie': (t) => t.t('rule-majority-tie'),
  'gold.mismatch': (t) => t.t('rule-gold-mismatch'),
  'gold.failed': (t) => t.t('rule-gold-failed'),
  'skill.below_floor': (t) => t.t('rule-skill-below-floor'),
  'budget.exhausted': (t) => t.t('rule-budget-exhausted'),
  'cap.daily': (t) => t.t('rule-cap-daily'),
  'collusion.suspected': (t) => t.t('rule-collusion-suspected'),
  'timing.too_fast': (t) => t.t('rule-timing-too-fast'),
  'probation.unproven': (t) => t.t('rule-probation-unproven'),
  'contribution.accepted': (t) => t.t('rule-contribution-accepted'),
  'contribution.rejected': (t) => t.t('rule-contribution-rejected'),
  'contribution.uncertain': (t) => t.t('rule-contribution-uncertain'),
  'consensus.corrected': (t) => t.t('rule-consensus-corrected'),
  'pace.pro_rata': (t) => t.t('rule-pace-pro-rata'),
  'merge.duplicate': (t) => t.t('rule-merge-duplicate'),
  'appeal.upheld': (t) => t.t('rule-appeal-upheld'),
};

/** A rule's reason in words; an unknown rule (a newer ledger than this bot) as its code. */
export function ruleText(t: Translator, rule: string): string {
  return (RULE_TEXT as Record<string, (t: Translator) => string>)[rule]?.(t) ?? rule;
}

export async function stats(t: Translator, deps: MemberDeps, member: MemberRef): Promise<ChatReply> {
  const s = await deps.rewards.stats(member.memberId);
  if (s.answers === 0) return { messages: [{ text: t.t('stats-none') }] };
  const counts = { answers: s.answers, scored: s.scored, accepted: s.accepted };
  const lines = [s.scored > 0 ? t.t('stats-answers-share', { ...counts, share: pct(t, s.accepted / s.scored) }) : t.t('stats-answers', counts)];
  if (s.withheld.length > 0) lines.push(t.t('stats-withheld'), ...s.withheld.map((w) => t.t('stats-withheld-line', { count: w.count, reason: ruleText(t, w.rule) })));
  for (const c of s.corrections) lines.push(t.t('stats-corrected', { count: c.count, amount: t.tnet(c.amount), reason: ruleText(t, c.rule) }));
  for (const c of s.campaigns) {
    const accuracy = c.accuracy === null ? t.t('stats-not-estimated') : pct(t, c.accuracy);
    let line = t.t('stats-campaign', { campaignId: c.campaignId, name: c.campaignName, accuracy, floor: pct(t, c.floor) });
    if (c.goldAnswers > 0) line += ` ${t.t('stats-gold', { correct: c.goldCorrect, total: c.goldAnswers })}`;
    if (c.goldFailed) line += `\n  ${t.t('stats-gold-failed')}`;
    else if (c.accuracy !== null && c.accuracy < c.floor) line += `\n  ${t.t('stats-below-floor')}`;
    lines.push(line);
  }
  return { messages: [{ text: `${t.t('stats-title')}\n${lines.join('\n')}` }] };
}

/** A share as a whole percent ("82%"), the way /stats has always shown accuracy. */
const pct = (t: Translator, x: number): string => t.percent(Math.round(x * 100) / 100);

export async function balance(t: Translator, deps: MemberDeps, member: MemberRef): Promise<ChatReply> {
  const b = await deps.rewards.balance(member.memberId);
  return {
    messages: [{ text: t.t('balance-text', { pending: t.tnet(b.pending), minted: t.tnet(b.minted), accepted: b.accepted, withheld: b.withheld, awaiting: b.awaiting }) }],
  };
}

export async function leaderboard(t: Translator, deps: MemberDeps): Promise<ChatReply> {
  const rows = await deps.rewards.leaderboard(10);
  if (rows.length === 0) return { messages: [{ text: t.t('leaderboard-empty') }] };
  const lines = rows.map((r) =>
    t.t('leaderboard-line', { rank: r.rank, name: r.displayName || t.t('leaderboard-member', { memberId: r.memberId }), earned: t.tnet(r.earned), accepted: r.accepted }),
  );
  return { messages: [{ text: `${t.t('leaderboard-title')}\n${lines.join('\n')}` }] };
}
