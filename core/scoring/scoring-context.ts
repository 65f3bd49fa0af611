import type { EntityManager } from 'typeorm';
import type { CampaignKind, CampaignOption } from '../domain/campaign-types';
import { labelSetMatches, maskChoice, parseLabelSet } from '../campaigns/label-set';
import { decideLabelSet, labelPresence } from '../consensus/decide-label-set';
import type { ConsensusMode } from '../domain/consensus-mode';
import type { TaskStatus } from '../domain/task-status';
import { readScoring, type LedgerRow, type ScoringRead } from './scoring.statements';
import { decideTask, type TaskDecision } from '../consensus/decide-task';
import { defaultMinAccuracy, judgeAnswer, type Judged, type MemberStanding, type RewardRules } from '../consensus/reward-rules';
import { taskPosterior, type RaterVote } from '../consensus/task-posterior';

/** One answer of the task being scored, with what the last round learned of its member. */
export interface ScoringAnswer {
  id: string;
  memberId: number;
  choice: string;
  /** Whether the answer already has its original ledger row. */
  scored: boolean;
  standing: MemberStanding | null;
  confusion: number[][] | null;
}

/** A task locked for scoring, with everything a decision needs. */
export interface ScoringContext {
  taskId: number;
  campaignId: number;
  status: TaskStatus;
  consensusLabel: string | null;
  /** Posterior of the stored consensus label. */
  consensusConfidence: number | null;
  goldLabel: string | null;
  mode: ConsensusMode;
  kind: CampaignKind;
  options: CampaignOption[];
  reward: bigint;
  rules: RewardRules;
  answers: ScoringAnswer[];
  /** The decision on the task's current answers under the stored parameters (a multilabel task's label: the set's bit mask). */
  decision: TaskDecision;
  /** A multilabel task's presence per label behind the decision (decide-label-set.ts); null for other kinds. */
  presence: number[] | null;
  /** The task row's version (xmin) as read: any later update of the row changes it. */
  version: string;
  communityId: number | null;
  /** The community's daily earning cap per member (base units); null: none. */
  dailyCap: bigint | null;
}

/**
 * Locks the task row (the first lock of every scoring path) and reads the task, its
 * campaign's rules and learned parameters, and its answers with their members' standing.
 * Undefined for an unknown task. With `lock` false it only reads (no transaction needed):
 * the caller then writes only if the task's `version` is unchanged. `read`, when given,
 * is that unlocked read already made (the record statement makes it for the answer that
 * may decide its task).
 */
export async function loadScoringContext(m: EntityManager, taskId: number, lock = true, read?: ScoringRead): Promise<ScoringContext | undefined> {
  const r = read ?? (await readScoring(m, taskId, lock));
  if (!r) return undefined;
  const { task: t, answers: rows } = r;
  const answers: ScoringAnswer[] = rows.map((r) => ({
    id: String(r.id),
    memberId: r.member_id,
    choice: r.choice,
    scored: r.scored,
    standing: r.gold_answers === null ? null : { answers: r.skill_answers ?? 0, accuracy: r.accuracy, goldAnswers: r.gold_answers, goldCorrect: r.gold_correct ?? 0, suspicion: r.suspicion, priorAnswers: r.prior_answers ?? 0, probation: r.probation },
    confusion: r.confusion,
  }));
  const K = t.options.length;
  const { decision, presence } = t.kind === 'multilabel' ? labelSetDecision(t, answers) : { decision: singleLabelDecision(t, answers), presence: null };
  return {
    taskId,
    campaignId: t.campaign_id,
    status: t.status,
    consensusLabel: t.consensus_label,
    consensusConfidence: t.consensus_confidence,
    goldLabel: t.gold_label,
    mode: t.consensus_mode,
    kind: t.kind,
    options: t.options,
    reward: BigInt(t.reward_per_answer),
    // A label set's members are judged per label, each a yes/no question: the floor is that of two classes.
    rules: { minEvidence: t.min_evidence, minAccuracy: t.min_accuracy ?? defaultMinAccuracy(t.kind === 'multilabel' ? 2 : K), goldMinAnswers: t.gold_min_answers, goldMaxFailure: t.gold_max_failure, final: t.settled },
    answers,
    decision,
    presence,
    version: t.version,
    communityId: t.community_id,
    dailyCap: t.daily_cap === null || t.community_id === null ? null : BigInt(t.daily_cap),
  };
}

/** A single-choice task's decision: its votes, or its posterior under the members' and the baseline's confusions. */
function singleLabelDecision(t: ScoringRead['task'], answers: readonly ScoringAnswer[]): TaskDecision {
  const K = t.options.length;
  const index = new Map(t.options.map((o, i) => [o.id, i]));
  const votes = answers.map((a) => index.get(a.choice) ?? -1).filter((v) => v >= 0);
  let posterior: Float64Array | undefined;
  if (t.consensus_mode !== 'majority') {
    const raters: RaterVote[] = answers.map((a) => ({ label: index.get(a.choice) ?? -1, confusion: a.confusion }));
    // The baseline model is one more rater, trusted as far as the last round found it right.
    const b = t.baseline_label === null ? undefined : index.get(t.baseline_label);
    if (b !== undefined) raters.push({ label: b, confusion: t.baseline_confusion });
    posterior = taskPosterior(K, raters, t.priors);
  }
  const decision = decideTask({
    mode: t.consensus_mode,
    votes,
    classes: K,
    posterior,
    answersPerTask: t.answers_per_task,
    maxAnswers: t.max_answers_per_task,
    targetConfidence: t.target_confidence,
  });
  return decision;
}

/**
 * A multilabel task's decision, label by label: each member's stored confusion holds one
 * row per label ([p(0|0), p(1|0), p(0|1), p(1|1)]) and the campaign's priors the share of
 * items each label is present in (the round's fit). No baseline votes on a label set.
 */
function labelSetDecision(t: ScoringRead['task'], answers: readonly ScoringAnswer[]): { decision: TaskDecision; presence: number[] } {
  const L = t.options.length;
  const raters = answers.flatMap((a) => {
    const ticked = parseLabelSet(t.options, a.choice);
    return ticked ? [{ ticked, confusion: a.confusion }] : [];
  });
  return decideLabelSet({
    mode: t.consensus_mode,
    answers: raters.map((r) => r.ticked),
    labels: L,
    presence: t.consensus_mode === 'majority' ? undefined : labelPresence(L, raters, t.priors),
    answersPerTask: t.answers_per_task,
    maxAnswers: t.max_answers_per_task,
    targetConfidence: t.target_confidence,
  });
}

/** The option id a decision names, or null. */
export function decidedLabel(ctx: ScoringContext, d: TaskDecision): string | null {
  if (d.state === 'open' || d.label === null) return null;
  return ctx.kind === 'multilabel' ? maskChoice(ctx.options, d.label) : ctx.options[d.label]!.id;
}

/**
 * A task that closed at its maximum pays its best guess when that is more likely than not;
 * below that nobody is paid (a coin toss between labels is no consensus).
 */
export const UNCERTAIN_PAYS_ABOVE = 0.5;

/** Judges one answer of the context against `label` (a final or uncertain decision). */
export function judge(ctx: ScoringContext, a: ScoringAnswer, label: string | null, uncertain: boolean): Judged {
  return judgeAnswer(a.choice, label, {
    gold: ctx.goldLabel !== null,
    uncertain,
    mode: ctx.mode === 'majority' ? 'majority' : 'consensus',
    standing: a.standing,
    rules: ctx.rules,
    matches: (choice, label) => matchesLabel(ctx, choice, label),
  });
}

/** Whether a choice matches a decided or gold label: equal, or for a label set, agreeing on enough labels (labelSetMatches). */
export function matchesLabel(ctx: Pick<ScoringContext, 'kind' | 'options'>, choice: string, label: string | null): boolean {
  if (label === null) return false;
  return ctx.kind === 'multilabel' ? labelSetMatches(ctx.options, choice, label) : choice === label;
}

/** One answer's ledger so far: its original row and the net of it and its corrections. */
export interface LedgerNet {
  original: string;
  net: bigint;
}

/** The ledger of a task's answers, netted per answer (rows in id order, so the first is the original). */
export function netByAnswer(rows: readonly LedgerRow[]): Map<string, LedgerNet> {
  const byAnswer = new Map<string, LedgerNet>();
  for (const r of rows) {
    const e = byAnswer.get(String(r.answer_id)) ?? { original: String(r.id), net: 0n };
    e.net += BigInt(r.amount);
    byAnswer.set(String(r.answer_id), e);
  }
  return byAnswer;
}
