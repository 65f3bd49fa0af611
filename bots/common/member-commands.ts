import type { CardPress, Core, MemberRef, Platform, RewardRule, SubmitResult, TaskCard } from '../../core';
import { answerButton, nextButton } from './button-id';
import { labelRows, MULTILABEL_HINT, pairText, shownLabel, shownOptions } from './card-options';
import type { ChatButton, ChatMessage, ChatReply } from './chat-message';
import { contributeHint, contributePromptText, contributionCheckText } from './contribution-text';
import { errorText } from './error-text';
import { itemText, tnet } from './format';

export type MemberDeps = Pick<Core, 'assignment' | 'answers' | 'rewards' | 'campaigns' | 'labelTicks' | 'contributions'>;

/** Where a member spoke: the group, channel or server id, or null in a private chat. */
type Place = { platform: Platform; place: string | null };

/**
 * Options as buttons in the order the card shows them, at most five to a row (Discord's
 * limit; Telegram is fine with it); a multi-label card's are toggles and Done.
 */
function optionRows(card: TaskCard): ChatButton[][] {
  if (card.kind === 'multilabel') return labelRows(card.taskId, card.options);
  const rows: ChatButton[][] = [];
  shownOptions(card).forEach((o, i) => {
    if (i % 5 === 0) rows.push([]);
    rows[rows.length - 1]!.push({ id: answerButton(card.taskId, o.index), label: o.label });
  });
  return rows;
}

/** A card's item: a pairwise task's prompt and outputs in the viewer's order, any other item's text. */
export function cardItemText(card: TaskCard): string {
  if (card.kind === 'pairwise') return pairText(card);
  if (card.kind === 'contribute') return contributePromptText(card);
  const checked = card.kind === 'check' ? contributionCheckText(card.payload) : undefined;
  if (checked !== undefined) return checked;
  // The picture shows itself: its ref or URL is not item text.
  if (!card.image) return itemText(card.payload);
  const { image: _shown, ...rest } = card.payload;
  return itemText(rest);
}

/** The question and the item of a card, as its middle paragraphs (an item of a picture alone adds none). */
export const cardBody = (card: TaskCard): string => [card.question, cardItemText(card)].filter((p) => p !== '').join('\n\n');

/** What a card counts: answers, or the texts of a contribute card. */
const counted = (card: Pick<TaskCard, 'kind'>, n: number): string => (card.kind === 'contribute' ? `text${n === 1 ? '' : 's'}` : `answer${n === 1 ? '' : 's'}`);

const progress = (card: Pick<TaskCard, 'kind'>, count: number, target: number): string =>
  target > 0 ? `${count}/${target} ${counted(card, target)}` : `${count} ${counted(card, count)}`;

/** What one accepted answer (or text) earns, as a card's last line says it. */
const rewardLine = (card: TaskCard): string => `${tnet(card.reward)} per accepted ${card.kind === 'contribute' ? 'text' : 'answer'}`;

/** How a card asks, as a paragraph of its own above the footer: a multi-label card's ticks, a contribute card's text. */
function cardHint(card: TaskCard): string {
  if (card.kind === 'multilabel') return `${MULTILABEL_HINT}\n`;
  if (card.contribute) return `${contributeHint(card.contribute)}\n`;
  return '';
}

function cardMessage(card: TaskCard, footer: string): ChatMessage {
  // In the last paragraph, which a photo's cut caption keeps whole (captionText).
  const c = card.contribute;
  return {
    text: `Campaign #${card.campaignId} · ${card.campaignName} · task ${card.taskId}\n` + `${cardBody(card)}\n\n${cardHint(card)}${footer}`,
    buttons: optionRows(card),
    ...(card.image ? { image: card.image } : {}),
    ...(c ? { contribute: { taskId: card.taskId, minLength: c.minLength, maxLength: c.maxLength } } : {}),
  };
}

/** A closed card's count: "3 answers", "2 texts". */
export const closedCount = (card: Pick<TaskCard, 'kind' | 'answerCount'>): string => `${card.answerCount} ${counted(card, card.answerCount)}`;

/**
 * A card served to one member (/task), gold or regular: without an answer count. Gold tasks
 * collect answers past any target, so even a capped count read differently by kind (a gold
 * card nearly always at its cap, regular ones below it); gold stays secret (issue 14).
 */
export function taskMessage(card: TaskCard): ChatMessage {
  return cardMessage(card, rewardLine(card));
}

/** An open group or channel card (regular tasks only): with its answer count. */
export function boardTaskMessage(card: TaskCard): ChatMessage {
  return cardMessage(card, `${progress(card, card.answerCount, card.answersPerTask)} · ${rewardLine(card)}`);
}

/** The next task for a member who asked `here` (a group or server serves only its community's campaigns and the platform's). */
export async function nextTask(deps: MemberDeps, member: MemberRef, here: Place, campaignId?: number): Promise<ChatReply> {
  const next = await deps.assignment.next(member.memberId, campaignId === undefined ? undefined : [campaignId], here);
  if (next.found) return { messages: [taskMessage(next.card)] };
  const text =
    next.reason === 'no_active_campaign'
      ? campaignId === undefined
        ? 'There is no active campaign right now. Check back later.'
        : `Campaign #${campaignId} is not taking answers right now.`
      : 'You have answered every task available to you. Thank you! Check back later.';
  return { messages: [{ text }] };
}

export const nextRow = (campaignId: number): ChatButton[][] => [[{ id: nextButton(campaignId), label: 'Next task' }]];

const STALE_BUTTON = 'That button is not valid anymore.';

/** An answer button pressed; `pressedOn`: the chat and message it came from, when the adapter knows them. */
export async function answer(deps: MemberDeps, member: MemberRef, taskId: number, optionIndex: number, pressedOn?: CardPress): Promise<ChatReply> {
  const card = await deps.assignment.card(taskId);
  const option = card.options[optionIndex];
  if (!option) return { toast: STALE_BUTTON, messages: [] };
  const result = await deps.answers.submit({ memberId: member.memberId, taskId, choice: option.id, card: pressedOn });
  // A task never served to this member: the same refusal as any forged button, nothing else.
  if (result.outcome === 'rejected' && result.error.code === 'answer.not_served') return { toast: STALE_BUTTON, messages: [] };
  // A pairwise answer is named as the member saw the card (the order core recorded with it).
  const seen = result.outcome === 'rejected' ? card : { ...card, swapped: result.answer.swapped === true };
  return renderSubmit(result, seen, shownLabel(seen, option.id));
}

const DECIDED_LATER = 'Your reward is decided with the task; /balance and /stats show it then.';

/**
 * The reply to a pressed answer. An accepted answer reads the same whatever the task's
 * status, count, consensus or reward: only the chosen label varies.
 */
export function renderSubmit(result: SubmitResult, card: Pick<TaskCard, 'campaignId' | 'options' | 'kind' | 'swapped'>, label: string): ChatReply {
  if (result.outcome === 'rejected') {
    const t = errorText(result.error);
    return { toast: t, messages: [{ text: t, buttons: nextRow(card.campaignId) }] };
  }
  const labelOf = (id: string | null) => shownLabel(card, id);
  if (result.outcome === 'duplicate') {
    // A pairwise side is named by its place on the card the member answered, which may show the other order than this one.
    const where = card.kind === 'pairwise' && result.answer.choice !== 'tie' && result.answer.choice !== 'both_bad' ? ' (on the card you answered)' : '';
    const t = `You already answered this task: ${labelOf(result.answer.choice)}${where}.`;
    return { toast: t, messages: [{ text: t, buttons: nextRow(card.campaignId) }] };
  }
  // The same words for every task: a reply that told a decision, a consensus or a reward
  // at once set regular tasks apart from gold ones, which are judged when the campaign
  // settles (issue 14). The outcome reaches the member as totals in /balance and /stats.
  const text = `Answer recorded: ${label}.\n${DECIDED_LATER}`;
  return { toast: 'Answer recorded', messages: [{ text, buttons: nextRow(card.campaignId) }] };
}

/** Why a ledger row was withheld or corrected, in words; typed over every rule. */
const RULE_TEXT: Record<RewardRule | 'consensus.corrected' | 'pace.pro_rata' | 'merge.duplicate', string> = {
  'consensus.match': 'it matches the consensus',
  'majority.match': 'it matches the majority',
  'gold.match': 'it matches a known answer',
  'consensus.mismatch': 'it differs from the consensus',
  'majority.mismatch': 'it differs from the consensus',
  'consensus.uncertain': 'the task closed without a confident consensus',
  'majority.tie': 'no consensus was reached',
  'gold.mismatch': 'it differs from a known answer',
  'gold.failed': 'too many of your answers to check questions were wrong',
  'skill.below_floor': "your estimated accuracy is below the campaign's floor",
  'budget.exhausted': "the campaign's budget ran out",
  'collusion.suspected': 'your answers move in step with other accounts far more than honest work explains, and their shared check answers are not good enough',
  'timing.too_fast': 'your answers came faster than the items can be read',
  'contribution.accepted': 'other members checked your contribution and found it good',
  'contribution.rejected': 'other members checked your contribution and found it not good',
  'contribution.uncertain': 'the check of your contribution closed without a confident consensus',
  'consensus.corrected': 'the consensus of the task changed when more answers came in',
  'pace.pro_rata': 'the epoch earned more than the emission pace, so every reward was paid pro-rata',
  'merge.duplicate': 'your two chat accounts joined, and both had answered this task: the earlier answer counts',
};

export function ruleText(rule: string): string {
  return (RULE_TEXT as Record<string, string>)[rule] ?? rule;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

export async function stats(deps: MemberDeps, member: MemberRef): Promise<ChatReply> {
  const s = await deps.rewards.stats(member.memberId);
  if (s.answers === 0) return { messages: [{ text: 'No answers yet. Send /task to start mining.' }] };
  const lines = [`Answers: ${s.answers} · scored: ${s.scored} · accepted: ${s.accepted}${s.scored > 0 ? ` (${pct(s.accepted / s.scored)})` : ''}`];
  if (s.withheld.length > 0) lines.push('Withheld:', ...s.withheld.map((w) => `- ${w.count} because ${ruleText(w.rule)}`));
  for (const c of s.corrections) lines.push(`Corrected: ${c.count} (${tnet(c.amount)}) because ${ruleText(c.rule)}`);
  for (const c of s.campaigns) {
    const acc = c.accuracy === null ? 'not estimated yet' : pct(c.accuracy);
    let line = `Campaign #${c.campaignId} ${c.campaignName}: estimated accuracy ${acc} (floor ${pct(c.floor)})`;
    if (c.goldAnswers > 0) line += ` · check questions ${c.goldCorrect}/${c.goldAnswers} right`;
    if (c.goldFailed) line += '\n  Too many check questions were wrong: your matching answers earn nothing until you get more of them right.';
    else if (c.accuracy !== null && c.accuracy < c.floor) line += '\n  Below the floor: your matching answers earn nothing until your accuracy rises. Take your time with each task.';
    lines.push(line);
  }
  return { messages: [{ text: `Your mining stats\n${lines.join('\n')}` }] };
}

export async function balance(deps: MemberDeps, member: MemberRef): Promise<ChatReply> {
  const b = await deps.rewards.balance(member.memberId);
  return {
    messages: [
      {
        text:
          `Pending: ${tnet(b.pending)}\nMinted: ${tnet(b.minted)}\n` +
          `Accepted answers: ${b.accepted} · withheld: ${b.withheld} · waiting: ${b.awaiting}`,
      },
    ],
  };
}

export async function leaderboard(deps: MemberDeps): Promise<ChatReply> {
  const rows = await deps.rewards.leaderboard(10);
  if (rows.length === 0) return { messages: [{ text: 'No rewards yet. Be the first: send /task.' }] };
  const lines = rows.map((r) => `${r.rank}. ${r.displayName || `member ${r.memberId}`}: ${tnet(r.earned)} (${r.accepted} accepted)`);
  return { messages: [{ text: `Top miners\n${lines.join('\n')}` }] };
}
