import { MAX_APPEAL_REASON, MAX_APPEALS_PER_DAY, MAX_PENDING_APPEALS, type Actor, type AppealDecision, type DecisionRefusal, type FilingRefusal, type MemberRef, type PendingAppeal } from '../../core';
import { appealButton, verdictButton } from './button-id';
import type { ChatButton, ChatMessage, ChatReply } from './chat-message';
import type { CommandDeps } from './commands/command';
import type { Translator } from './i18n/translator';
import { ruleText } from './member-commands';

/** Appeals one /appeals shows, one message each with its buttons. */
const SHOWN = 5;

type AppealDeps = Pick<CommandDeps, 'appeals'>;

const say = (text: string): ChatReply => ({ messages: [{ text }] });

/** A refused filing in words; every refusal changes nothing. */
function filingText(t: Translator, refusal: FilingRefusal, taskId: number): string {
  switch (refusal) {
    case 'not_found':
      return t.t('appeal-refused-not-found', { taskId });
    case 'reason_empty':
      return t.t('appeal-refused-reason-empty', { taskId });
    case 'reason_too_long':
      return t.t('appeal-refused-reason-too-long', { max: MAX_APPEAL_REASON });
    case 'waiting':
      return t.t('appeal-refused-waiting', { taskId });
    case 'not_withheld':
      return t.t('appeal-refused-not-withheld', { taskId });
    case 'not_appealable':
      return t.t('appeal-refused-not-appealable', { taskId });
    case 'duplicate':
      return t.t('appeal-refused-duplicate', { taskId });
    case 'too_many_pending':
      return t.t('appeal-refused-too-many-pending', { max: MAX_PENDING_APPEALS });
    case 'rate_limited':
      return t.t('appeal-refused-rate-limited', { max: MAX_APPEALS_PER_DAY });
  }
}

/** /appeal <task> <reason>: the member files an appeal of their own withheld answer. */
export async function fileAppeal(t: Translator, deps: AppealDeps, member: MemberRef, taskId: number, reason: string): Promise<ChatReply> {
  const r = await deps.appeals.file(member.memberId, taskId, reason);
  return say(r.ok ? t.t('appeal-filed', { taskId }) : filingText(t, r.refusal, taskId));
}

/**
 * The Appeal button of /stats: the reason comes with the command (one line on every
 * surface, nothing held between the press and the reason), so the press says how.
 */
export const appealHow = (t: Translator, taskId: number): ChatReply => say(t.t('appeal-how', { taskId, max: MAX_APPEAL_REASON }));

/**
 * What /stats adds: the member's latest answers they may still appeal (a button each) and
 * their appeals with the moderators' decisions (where a decision reaches the member).
 */
export async function appealStats(t: Translator, deps: AppealDeps, member: MemberRef): Promise<ChatMessage | undefined> {
  const [open, mine] = await Promise.all([deps.appeals.appealable(member.memberId), deps.appeals.mine(member.memberId)]);
  const lines: string[] = [];
  let buttons: ChatButton[][] | undefined;
  if (open.length > 0) {
    lines.push(t.t('stats-appealable'), ...open.map((a) => t.t('stats-appealable-line', { taskId: a.taskId, reason: ruleText(t, a.rule) })));
    buttons = [open.map((a) => ({ id: appealButton(a.taskId), label: t.t('btn-appeal', { taskId: a.taskId }) }))];
  }
  if (mine.length > 0) lines.push(t.t('stats-appeals'), ...mine.map((a) => t.t('stats-appeal-line', { taskId: a.taskId, state: t.t('appeal-state-name', { state: a.state }) })));
  return lines.length === 0 ? undefined : { text: lines.join('\n'), ...(buttons ? { buttons } : {}) };
}

/** A choice as moderators read it: the option's label, a label set's labels, "none apply" for an empty set. */
function choiceLabel(t: Translator, a: Pick<PendingAppeal, 'options'>, choice: string): string {
  const label = (id: string) => a.options.find((o) => o.id === id)?.label ?? id;
  if (a.options.some((o) => o.id === choice)) return label(choice);
  return choice === '' ? t.t('card-none-apply') : choice.split('|').map(label).join(', ');
}

/** One pending appeal as the moderators' queue shows it, with Uphold and Refuse. */
export function appealCard(t: Translator, a: PendingAppeal): ChatMessage {
  const pct = (x: number) => t.percent(Math.round(x * 100) / 100);
  const lines = [
    t.t('appeal-card-header', { appealId: a.appealId, campaignId: a.campaignId, name: a.campaignName, taskId: a.taskId }),
    t.t('appeal-card-withheld', { reason: ruleText(t, a.rule) }),
    t.t('appeal-card-choice', { label: choiceLabel(t, a, a.choice) }),
    t.t('appeal-card-counts', { counts: a.counts.map((c) => `${choiceLabel(t, a, c.choice)} ${c.count}`).join(' · ') }),
    a.goldLabel !== null
      ? t.t('appeal-card-gold', { label: choiceLabel(t, a, a.goldLabel) })
      : a.consensusLabel !== null
        ? t.t('appeal-card-consensus', { label: choiceLabel(t, a, a.consensusLabel), confidence: pct(a.consensusConfidence ?? 0) })
        : t.t('appeal-card-no-consensus'),
    t.t('appeal-card-record', {
      answers: a.record.answers,
      skill: a.record.skill === null ? t.t('appeal-card-no-skill') : pct(a.record.skill),
      goldCorrect: a.record.goldCorrect,
      goldAnswers: a.record.goldAnswers,
    }),
  ];
  if (a.record.withheld.length > 0) lines.push(t.t('appeal-card-record-withheld', { lines: a.record.withheld.map((w) => `${ruleText(t, w.rule)} ×${w.count}`).join('; ') }));
  lines.push(t.t('appeal-card-reason', { reason: a.reason }));
  return {
    text: lines.join('\n'),
    buttons: [
      [
        { id: verdictButton(a.appealId, 'uphold'), label: t.t('btn-appeal-uphold') },
        { id: verdictButton(a.appealId, 'refuse'), label: t.t('btn-appeal-refuse') },
      ],
    ],
  };
}

/** /appeals [community]: the queue of the community given or spoken in (platform admins in private: the platform's own). */
export async function appealQueue(t: Translator, deps: AppealDeps, actor: Actor, communityId?: number): Promise<ChatReply> {
  const q = await deps.appeals.queue(actor, communityId);
  if (!q) return say(t.t(communityId === undefined && actor.here.place === null ? 'appeals-usage' : 'appeals-forbidden'));
  if (q.appeals.length === 0) return say(t.t('appeals-none'));
  const shown = q.appeals.slice(0, SHOWN);
  return { messages: [{ text: t.t('appeals-title', { count: q.appeals.length, shown: shown.length }) }, ...shown.map((a) => appealCard(t, a))] };
}

/** A decision refused, in words. */
function decisionText(t: Translator, refusal: DecisionRefusal, appealId: number): string {
  switch (refusal) {
    case 'not_found':
      return t.t('appeal-decide-not-found');
    case 'own_appeal':
      return t.t('appeal-decide-own', { appealId });
    case 'already_decided':
      return t.t('appeal-decide-already', { appealId });
    case 'budget_short':
      return t.t('appeal-decide-budget-short', { appealId });
  }
}

/** Uphold or Refuse pressed: core checks again that the presser moderates the appeal's campaign. */
export async function decideAppeal(t: Translator, deps: AppealDeps, actor: Actor, appealId: number, decision: AppealDecision): Promise<ChatReply> {
  const r = await deps.appeals.decide(actor, appealId, decision);
  const text = r.ok
    ? r.state === 'upheld'
      ? t.t('appeal-upheld', { appealId, amount: t.tnet(r.amount), taskId: r.taskId })
      : t.t('appeal-refused', { appealId })
    : decisionText(t, r.refusal, appealId);
  return { toast: text, messages: [{ text }] };
}
