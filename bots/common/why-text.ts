import type { AnswerTrace, BatchTrace, TaskCard, WhyLedgerStep, WhyMint, WhyResult } from '../../core';
import { shownLabel } from './card-options';
import type { ChatReply } from './chat-message';
import type { Translator } from './i18n/translator';
import { ruleText } from './member-commands';

/** The labels of a task as its card shows them to this member (their language, their pairwise order). */
export type WhyLabels = Pick<TaskCard, 'kind' | 'options' | 'swapped'>;

const say = (text: string): ChatReply => ({ messages: [{ text }] });

/** A time as every language reads it alike: "2026-12-06 05:21 UTC". */
export const whyTime = (d: Date): string => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** A mint as a trace names it: the batch, its transaction, the manifest's hash (and a warning when it is not the batch id). */
function mintLines(t: Translator, m: WhyMint): string[] {
  const state = t.t('batch-state-name', { state: m.state });
  const lines = [m.txHash ? t.t('why-mint', { batchId: m.batchId, state, txHash: m.txHash }) : t.t('why-mint-no-transaction', { batchId: m.batchId, state })];
  lines.push(t.t('why-manifest-hash', { hash: m.manifestHash }));
  if (m.manifestHash !== m.batchId) lines.push(t.t('why-manifest-mismatch'));
  return lines;
}

/** One ledger row: what it paid, withheld or corrected, and why; then its mint. */
function stepLines(t: Translator, s: WhyLedgerStep): string[] {
  const reason = ruleText(t, s.rule);
  const head = s.correction
    ? t.t('why-row-correction', { amount: t.tnet(s.amount), reason })
    : s.status === 'withheld'
      ? t.t('why-row-withheld', { reason })
      : t.t('why-row-paid', { amount: t.tnet(s.amount), reason });
  if (s.status === 'withheld') return [head];
  return [head, ...(s.mint ? mintLines(t, s.mint).map((l) => `  ${l}`) : [`  ${t.t('why-row-pending')}`])];
}

/** /why on one answer: the same fields and words for an unsettled gold answer as for any undecided one (why-view.ts). */
export function answerTraceText(t: Translator, a: AnswerTrace, labels: WhyLabels): string {
  const card = { ...labels, swapped: a.swapped };
  const label = (id: string | null) => (id === null ? t.t('why-no-label') : shownLabel(t, card, id));
  const lines = [
    t.t('why-head', { taskId: a.taskId, campaignId: a.campaignId, name: a.campaignName }),
    t.t('why-answer', { label: label(a.choice), when: whyTime(a.answeredAt) }),
  ];
  if (a.stage === 'waiting') {
    lines.push(t.t('why-waiting'));
    return lines.join('\n');
  }
  if (a.votes) lines.push(t.t('why-votes', { votes: a.votes.map((v) => t.t('why-vote', { label: label(v.option), count: v.count })).join(' · ') }));
  if (a.stage === 'gold') lines.push(t.t('why-known', { label: label(a.knownLabel) }));
  else if (a.consensus?.label === null || a.consensus?.label === undefined) lines.push(t.t('why-consensus-none'));
  else if (a.consensus.confidence === null) lines.push(t.t('why-consensus-plain', { label: label(a.consensus.label) }));
  else lines.push(t.t('why-consensus', { label: label(a.consensus.label), confidence: t.percent(a.consensus.confidence) }));
  if (a.steps.length === 0) {
    lines.push(t.t('why-not-judged'));
    return lines.join('\n');
  }
  for (const s of a.steps) lines.push(...stepLines(t, s));
  if (a.net !== null) lines.push(t.t('why-net', { amount: t.tnet(a.net) }));
  return lines.join('\n');
}

/** /why batch: the member's rows in one batch, at most BATCH_TRACE_ROWS of them, and the batch's proofs. */
export function batchTraceText(t: Translator, b: BatchTrace): string {
  const lines = [t.t('why-batch-head', { batchId: b.mint.batchId }), ...mintLines(t, b.mint)];
  for (const r of b.rows) {
    const reason = ruleText(t, r.rule);
    lines.push(t.t('why-batch-row', { taskId: r.taskId, campaignId: r.campaignId, name: r.campaignName, amount: t.tnet(r.amount), reason }));
  }
  if (b.count > b.rows.length) lines.push(t.t('why-batch-more', { count: b.count - b.rows.length }));
  lines.push(t.t('why-batch-total', { amount: t.tnet(b.total), count: b.count }));
  return lines.join('\n');
}

/** A refusal: short, the same whatever the refused id is (a task of another member reads like one that does not exist). */
export function whyRefusal(t: Translator, r: Extract<WhyResult, { kind: 'refused' }>, asked: { taskId?: number; prefix?: string }): ChatReply {
  switch (r.reason) {
    case 'no_answers':
      return say(t.t('why-no-answers'));
    case 'not_yours':
      return say(t.t('why-not-yours', { taskId: asked.taskId ?? 0 }));
    case 'no_batch':
      return say(t.t('why-no-batch', { prefix: asked.prefix ?? '' }));
    case 'ambiguous':
      return say(t.t('why-ambiguous', { prefix: asked.prefix ?? '' }));
  }
}
