import type { CampaignKind, CampaignOption, CampaignStatus } from '../domain/campaign-types';
import type { ConsensusMode } from '../domain/consensus-mode';
import type { TaskStatus } from '../domain/task-status';
import type { Suspicion } from '../consensus/reward-rules';
import type { ProbationReason } from '../consensus/reputation';
import type { Queryable } from '../db/queryable';

/** Rows read per page when loading a campaign, so memory holds typed arrays, not rows. */
export const PAGE = 50_000;

/** A campaign as a scoring round fits it, with its stored parameters (null before its first fit). */
export interface RoundCampaignRow {
  status: CampaignStatus;
  kind: CampaignKind;
  options: CampaignOption[];
  consensus_mode: ConsensusMode;
  answers_per_task: number;
  max_answers_per_task: number;
  target_confidence: number;
  min_evidence: number;
  min_accuracy: number | null;
  min_think_ms: number;
  priors: number[] | null;
  baseline_confusion: number[][] | null;
  community_id: number | null;
  /** The incremental state (null before the first full refit that kept one, and for kinds refitted in full). */
  prior_counts: number[] | null;
  baseline_counts: number[] | null;
  state_tasks: number | null;
  /** The last answer id folded in (decimal digits). */
  watermark: string | null;
  full_fit_at: Date | null;
  rounds_since_full: number;
  touched_since_full: number;
  drift: number;
  /** Whether the state holds the members' counts as one value, written at its watermark (IncrementalStateBlobs): else it needs a full refit. */
  has_member_state: boolean;
}

/** One task as a scoring round loads it. */
export interface RoundTaskRow {
  id: number;
  gold_label: string | null;
  baseline_label: string | null;
  status: TaskStatus;
  consensus_label: string | null;
  answer_count: number;
}

/** One answer as a scoring round loads it (`merged`: its member was merged into another). */
export interface RoundAnswerRow {
  id: string | number;
  task_id: number;
  member_id: number;
  choice: string;
  think_ms: number | null;
  merged: boolean;
}

/** A task the round scores or settles again. */
export interface RoundTaskIdRow {
  task_id: number;
}

/** A member's stored confusion [true][answered]. */
export interface StoredConfusionRow {
  member_id: number;
  confusion: number[][] | null;
}

/** What a fit stores for its campaign. */
export interface CampaignModelWrite {
  priors: number[];
  /** The baseline's confusion, null when the campaign has no baseline. */
  baselineConfusion: number[][] | null;
  /** The member answers the fit saw: the next round is due once the campaign has more. */
  answersFitted: number;
  iterations: number;
  /** The incremental state a full refit leaves (null: none, e.g. a multilabel campaign). */
  state: { priorCounts: number[]; baselineCounts: number[] | null; tasks: number; watermark: string; members: MemberStateWrite } | null;
}

/** The members' part of the incremental state (incremental-state.ts): ids, their counts in the same order, the members left out. */
export interface MemberStateWrite {
  ids: Buffer;
  counts: Buffer;
  excluded: number[];
}

/** One member's standing as a fit stores it. */
export interface MemberSkillWrite {
  memberId: number;
  answers: number;
  accuracy: number;
  confusion: number[][];
  goldAnswers: number;
  goldCorrect: number;
  suspicion: Suspicion | null;
  /** The campaign's own skill estimate (accuracy: pooled with the member's record). */
  ownAccuracy: number;
  /** Answers' worth of evidence the member's record added (reputation.ts). */
  priorAnswers: number;
  probation: ProbationReason | null;
}

/** A member's standing in another campaign, as the round reads it for their record. */
export interface MemberRecordRow {
  member_id: number;
  community_id: number | null;
  kind: CampaignKind;
  classes: number;
  answers: number;
  skill: number | null;
  gold_answers: number;
  gold_correct: number;
  gold_min_answers: number;
  gold_max_failure: number;
  suspicion: Suspicion | null;
  updated_at: Date;
}

/**
 * The standings of `memberIds` in every campaign but `campaignId`: their records. The
 * skill is the campaign's own estimate (rows from before issue 18 only have the pooled
 * one, which then was the own one). A label set is judged as yes/no questions: 2 classes.
 */
export function selectMemberRecords(q: Queryable, campaignId: number, memberIds: readonly number[]): Promise<MemberRecordRow[]> {
  if (memberIds.length === 0) return Promise.resolve([]);
  return q.query(
    `SELECT s.member_id, c.community_id, c.kind, CASE WHEN c.kind = 'multilabel' THEN 2 ELSE jsonb_array_length(c.options) END AS classes,
            s.answers, coalesce(s.own_accuracy, s.accuracy) AS skill, coalesce(s.gold_answers, 0) AS gold_answers, coalesce(s.gold_correct, 0) AS gold_correct,
            c.gold_min_answers, c.gold_max_failure, s.suspicion, s.updated_at
       FROM member_skill s JOIN campaign c ON c.id = s.campaign_id
       WHERE s.member_id = ANY($2::int[]) AND s.campaign_id <> $1`,
    [campaignId, memberIds],
  );
}

/**
 * Active or paused campaigns with answers their last fit did not see. A closed campaign
 * gets one more round if it was never settled: its waiting answers are judged on the
 * final evidence instead of never.
 */
export function selectDueCampaigns(q: Queryable): Promise<{ id: number }[]> {
  return q.query(
    // A contribute campaign has no options to fit: its texts are judged in their check campaign.
    `SELECT c.id FROM campaign c LEFT JOIN campaign_model p ON p.campaign_id = c.id
       WHERE c.kind <> 'contribute' AND ((c.status IN ('active', 'paused') AND CASE WHEN p.watermark IS NOT NULL
              -- With a watermark an index probe tells, where counting reads every answer.
              THEN EXISTS (SELECT 1 FROM answer a WHERE a.campaign_id = c.id AND a.id > p.watermark)
              ELSE (SELECT count(*) FROM answer a WHERE a.campaign_id = c.id) > coalesce(p.answers_fitted, 0) END)
          OR (c.status = 'closed' AND p.settled_at IS NULL AND EXISTS (SELECT 1 FROM answer a WHERE a.campaign_id = c.id)))
       ORDER BY c.id`,
  );
}

/** The campaign a round fits, with its stored parameters; undefined when it does not exist. */
export async function selectRoundCampaign(q: Queryable, campaignId: number): Promise<RoundCampaignRow | undefined> {
  const [c]: RoundCampaignRow[] = await q.query(
    `SELECT c.status, c.kind, c.options, c.consensus_mode, c.answers_per_task, c.max_answers_per_task, c.target_confidence, c.min_evidence, c.min_accuracy, c.min_think_ms, p.priors, p.baseline_confusion, c.community_id,
            p.prior_counts, p.baseline_counts, p.state_tasks, p.watermark::text AS watermark, p.full_fit_at,
            coalesce(p.rounds_since_full, 0) AS rounds_since_full, coalesce(p.touched_since_full, 0) AS touched_since_full, coalesce(p.drift, 0) AS drift,
            coalesce(p.state_counts IS NOT NULL AND p.state_watermark = p.watermark, false) AS has_member_state
       FROM campaign c LEFT JOIN campaign_model p ON p.campaign_id = c.id WHERE c.id = $1`,
    [campaignId],
  );
  return c;
}

/** The campaign's regular (not gold) tasks still open. */
export async function countOpenTasks(q: Queryable, campaignId: number): Promise<number> {
  const [{ open }]: { open: number }[] = await q.query(`SELECT count(*)::int AS open FROM task WHERE campaign_id = $1 AND gold_label IS NULL AND status = 'open'`, [campaignId]);
  return open;
}

/** Marks the campaign settled; it keeps the time it was first settled. */
export async function markSettled(q: Queryable, campaignId: number): Promise<void> {
  await q.query(`UPDATE campaign_model SET settled_at = coalesce(settled_at, now()) WHERE campaign_id = $1`, [campaignId]);
}

/**
 * Tasks with answers that wait for their member's assessment and may be judged now:
 * decided regular tasks whose answers' members have `minEvidence` answers assessed (every
 * member, and the gold tasks too, once `settled`), with an answer not scored yet.
 */
export function selectWaitingTasks(q: Queryable, campaignId: number, minEvidence: number, settled: boolean): Promise<RoundTaskIdRow[]> {
  return q.query(
    `SELECT DISTINCT a.task_id FROM answer a
         JOIN task t ON t.id = a.task_id
         JOIN member_skill s ON s.campaign_id = a.campaign_id AND s.member_id = a.member_id AND (s.answers + s.prior_answers >= $2 OR $3::boolean)
         WHERE a.campaign_id = $1 AND (t.gold_label IS NULL AND t.status <> 'open' OR t.gold_label IS NOT NULL AND $3::boolean)
           AND NOT EXISTS (SELECT 1 FROM reward_ledger r WHERE r.answer_id = a.id AND r.corrects_id IS NULL)
         ORDER BY 1`,
    [campaignId, minEvidence, settled],
  );
}

/** Gold tasks with an answer not scored yet (judged once the campaign is settled, never before). */
export function selectUnscoredGoldTasks(q: Queryable, campaignId: number): Promise<RoundTaskIdRow[]> {
  return q.query(
    `SELECT DISTINCT a.task_id FROM answer a JOIN task t ON t.id = a.task_id
         WHERE a.campaign_id = $1 AND t.gold_label IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM reward_ledger r WHERE r.answer_id = a.id AND r.corrects_id IS NULL)
         ORDER BY 1`,
    [campaignId],
  );
}

/**
 * Tasks with payments to members the final standing no longer pays: suspected accounts,
 * and members whose skill ended below the floor (the campaign's, else `defaultMinAccuracy`)
 * or who failed the gold check.
 */
export function selectPaidBelowStanding(q: Queryable, campaignId: number, defaultMinAccuracy: number): Promise<RoundTaskIdRow[]> {
  return q.query(
    `SELECT DISTINCT r.task_id FROM reward_ledger r
         JOIN member_skill s ON s.campaign_id = r.campaign_id AND s.member_id = r.member_id
         JOIN campaign c ON c.id = r.campaign_id
         WHERE r.campaign_id = $1 AND r.corrects_id IS NULL AND r.amount > 0
           AND (s.suspicion IS NOT NULL OR s.accuracy < coalesce(c.min_accuracy, $2) OR s.gold_correct < s.gold_answers * (1 - c.gold_max_failure))
         ORDER BY 1`,
    [campaignId, defaultMinAccuracy],
  );
}

/** The campaign's tasks with ids above `after`, in id order, PAGE at most. */
export function selectTaskPage(q: Queryable, campaignId: number, after: number): Promise<RoundTaskRow[]> {
  return q.query(
    `SELECT id, gold_label, baseline_label, status, consensus_label, answer_count FROM task WHERE campaign_id = $1 AND id > $2 ORDER BY id LIMIT ${PAGE}`,
    [campaignId, after],
  );
}

/** The campaign's answers with ids above `after` (decimal digits), in id order, PAGE at most. */
export function selectAnswerPage(q: Queryable, campaignId: number, after: string): Promise<RoundAnswerRow[]> {
  return q.query(
    `SELECT a.id, a.task_id, a.member_id, a.choice, a.think_ms, m.merged_into_id IS NOT NULL AS merged
         FROM answer a JOIN member m ON m.id = a.member_id
         WHERE a.campaign_id = $1 AND a.id > $2 ORDER BY a.id LIMIT ${PAGE}`,
    [campaignId, after],
  );
}

/** The stored confusion of each member of the campaign that has one (a round's warm start). */
export function selectStoredConfusions(q: Queryable, campaignId: number): Promise<StoredConfusionRow[]> {
  return q.query(
    `SELECT member_id, confusion FROM member_skill WHERE campaign_id = $1 AND confusion IS NOT NULL`,
    [campaignId],
  );
}

/**
 * Stores the campaign's fitted parameters after a full refit (run in the transaction that
 * stores the members' standings); it starts the incremental state afresh, or drops it.
 */
export async function upsertCampaignModel(q: Queryable, campaignId: number, w: CampaignModelWrite): Promise<void> {
  const st = w.state;
  await q.query(
    `INSERT INTO campaign_model (campaign_id, priors, baseline_confusion, answers_fitted, iterations, fitted_at,
                                 prior_counts, baseline_counts, state_tasks, watermark, full_fit_at, rounds_since_full, touched_since_full, drift,
                                 state_members, state_counts, state_excluded, state_watermark)
         VALUES ($1, $2::jsonb, $3::jsonb, $4, $5, now(), $6::float8[], $7::float8[], $8, $9::bigint, now(), 0, 0, 0, $10::bytea, $11::bytea, $12::int[], $9::bigint)
         ON CONFLICT (campaign_id) DO UPDATE SET priors = EXCLUDED.priors, baseline_confusion = EXCLUDED.baseline_confusion,
           answers_fitted = EXCLUDED.answers_fitted, iterations = EXCLUDED.iterations, fitted_at = EXCLUDED.fitted_at,
           prior_counts = EXCLUDED.prior_counts, baseline_counts = EXCLUDED.baseline_counts, state_tasks = EXCLUDED.state_tasks,
           watermark = EXCLUDED.watermark, full_fit_at = EXCLUDED.full_fit_at, rounds_since_full = 0, touched_since_full = 0, drift = 0,
           state_members = EXCLUDED.state_members, state_counts = EXCLUDED.state_counts, state_excluded = EXCLUDED.state_excluded,
           state_watermark = EXCLUDED.state_watermark`,
    [
      campaignId,
      JSON.stringify(w.priors),
      w.baselineConfusion === null ? null : JSON.stringify(w.baselineConfusion),
      w.answersFitted,
      w.iterations,
      st?.priorCounts ?? null,
      st?.baselineCounts ?? null,
      st?.tasks ?? null,
      st?.watermark ?? null,
      st?.members.ids ?? null,
      st?.members.counts ?? null,
      st?.members.excluded ?? null,
    ],
  );
}

/** Stores the members' standings in the campaign, one statement for all of them. */
export async function upsertMemberSkills(q: Queryable, campaignId: number, rows: readonly MemberSkillWrite[], now: Date): Promise<void> {
  await q.query(
    `INSERT INTO member_skill (campaign_id, member_id, answers, accuracy, confusion, gold_answers, gold_correct, suspicion, own_accuracy, prior_answers, probation, updated_at)
         SELECT $1, mem, n, acc, conf::jsonb, ga, gc, sus, own, pa, prob, $12
         FROM unnest($2::int[], $3::int[], $4::float8[], $5::text[], $6::int[], $7::int[], $8::text[], $9::float8[], $10::float8[], $11::text[])
           AS x(mem, n, acc, conf, ga, gc, sus, own, pa, prob)
         ON CONFLICT (campaign_id, member_id) DO UPDATE SET answers = EXCLUDED.answers, accuracy = EXCLUDED.accuracy, confusion = EXCLUDED.confusion,
           gold_answers = EXCLUDED.gold_answers, gold_correct = EXCLUDED.gold_correct, suspicion = EXCLUDED.suspicion,
           own_accuracy = EXCLUDED.own_accuracy, prior_answers = EXCLUDED.prior_answers, probation = EXCLUDED.probation, updated_at = EXCLUDED.updated_at`,
    [
      campaignId,
      rows.map((r) => r.memberId),
      rows.map((r) => r.answers),
      rows.map((r) => r.accuracy),
      rows.map((r) => JSON.stringify(r.confusion)),
      rows.map((r) => r.goldAnswers),
      rows.map((r) => r.goldCorrect),
      rows.map((r) => r.suspicion),
      rows.map((r) => r.ownAccuracy),
      rows.map((r) => r.priorAnswers),
      rows.map((r) => r.probation),
      now,
    ],
  );
}

/** The answers above the watermark as parallel arrays (label: the option's index, null when the choice is none), and the highest id. */
export interface NewAnswers {
  task: number[];
  member: number[];
  label: (number | null)[];
  max_id: string | null;
}

/** The campaign's answers above `watermark`, in id order, as one row of arrays (answer_campaign_idx): 10,000 answers cost no row objects. */
export async function selectNewAnswers(q: Queryable, campaignId: number, watermark: string, options: readonly string[]): Promise<NewAnswers> {
  const [row]: NewAnswers[] = await q.query(
    `SELECT coalesce(array_agg(task_id ORDER BY id), '{}') AS task, coalesce(array_agg(member_id ORDER BY id), '{}') AS member,
            coalesce(array_agg(array_position($3::text[], choice) - 1 ORDER BY id), '{}') AS label, max(id)::text AS max_id
         FROM answer WHERE campaign_id = $1 AND id > $2::bigint`,
    [campaignId, watermark, options],
  );
  return row!;
}

/** A touched task with the posterior last folded into the state and the votes folded with it (null: not in it; incremental-state.ts). */
export interface TouchedTaskRow extends RoundTaskRow {
  posterior: number[] | null;
  votes: Uint8Array | null;
}

/** The tasks `taskIds` of the campaign, their stored posteriors and folded votes. */
export function selectTouchedTasks(q: Queryable, campaignId: number, taskIds: readonly number[]): Promise<TouchedTaskRow[]> {
  return q.query(
    `SELECT t.id, t.gold_label, t.baseline_label, t.status, t.consensus_label, t.answer_count, p.posterior, p.votes
         FROM task t LEFT JOIN task_posterior p ON p.task_id = t.id
         WHERE t.id = ANY($2::int[]) AND t.campaign_id = $1 ORDER BY t.id`,
    [campaignId, taskIds],
  );
}

/** Which of `memberIds` were merged into another member (their answers do not vote). */
export async function selectMergedMembers(q: Queryable, memberIds: readonly number[]): Promise<number[]> {
  const rows: { id: number }[] = await q.query(`SELECT id FROM member WHERE id = ANY($1::int[]) AND merged_into_id IS NOT NULL`, [memberIds]);
  return rows.map((r) => r.id);
}

/** The members' part of the incremental state as stored (null before a full refit kept one). */
export interface StoredMemberStateRow {
  state_members: Uint8Array | null;
  state_counts: Uint8Array | null;
  state_excluded: number[] | null;
}

/** The campaign's stored member state: ids, counts, the members left out (one row, read whole). */
export async function selectStoredMemberState(q: Queryable, campaignId: number): Promise<StoredMemberStateRow> {
  const [row]: StoredMemberStateRow[] = await q.query(`SELECT state_members, state_counts, state_excluded FROM campaign_model WHERE campaign_id = $1`, [campaignId]);
  return row ?? { state_members: null, state_counts: null, state_excluded: null };
}

/** A member's standing in the campaign as an incremental round reads it (to write it back with new counts). */
export interface MemberStateRow {
  member_id: number;
  answers: number;
  accuracy: number | null;
  gold_answers: number;
  gold_correct: number;
  suspicion: Suspicion | null;
  own_accuracy: number | null;
  prior_answers: number;
  probation: ProbationReason | null;
}

/** The standings of `memberIds` in the campaign. */
export function selectMemberStates(q: Queryable, campaignId: number, memberIds: readonly number[]): Promise<MemberStateRow[]> {
  return q.query(
    `SELECT member_id, answers, accuracy, gold_answers, gold_correct, suspicion, own_accuracy, prior_answers, probation
         FROM member_skill WHERE campaign_id = $1 AND member_id = ANY($2::int[])`,
    [campaignId, memberIds],
  );
}

/** Stores the posteriors of the tasks `taskIds` (each classes long, flattened in `posteriors`) and the votes folded with them (hex, incremental-state.ts). */
export async function upsertTaskPosteriors(q: Queryable, campaignId: number, taskIds: ArrayLike<number>, posteriors: ArrayLike<number>, classes: number, votes: readonly string[]): Promise<void> {
  const ids: number[] = [];
  const rows: string[] = [];
  if (votes.length !== taskIds.length) throw new Error('a posterior without its votes');
  for (let i = 0; i < taskIds.length; i++) {
    ids.push(taskIds[i]!);
    const row: string[] = [];
    for (let k = 0; k < classes; k++) row.push(String(Math.fround(posteriors[i * classes + k]!)));
    rows.push(`{${row.join(',')}}`);
  }
  await q.query(
    // An update of the rows there, then an insert of the others: a third cheaper than INSERT ... ON CONFLICT for 10,000 rows.
    `WITH x AS (SELECT t, p::real[] AS p, decode(v, 'hex') AS v FROM unnest($2::int[], $3::text[], $4::text[]) AS x(t, p, v)),
          up AS (UPDATE task_posterior tp SET posterior = x.p, votes = x.v FROM x WHERE tp.task_id = x.t RETURNING tp.task_id)
     INSERT INTO task_posterior (task_id, campaign_id, posterior, votes) SELECT t, $1, p, v FROM x WHERE t NOT IN (SELECT task_id FROM up)`,
    [campaignId, ids, rows, votes],
  );
}

/** What an incremental round writes to its campaign's model. */
export interface IncrementalModelWrite {
  priors: number[];
  baselineConfusion: number[][] | null;
  priorCounts: number[];
  baselineCounts: number[] | null;
  tasks: number;
  watermark: string;
  newAnswers: number;
  touched: number;
  accuracyChange: number;
  /** The members' counts after the round, every member of the state (read and written whole). */
  members: Omit<MemberStateWrite, 'excluded'>;
}

/** Advances the incremental state by one round (the full refit's schedule reads the counters). */
export async function updateIncrementalModel(q: Queryable, campaignId: number, w: IncrementalModelWrite): Promise<void> {
  await q.query(
    `UPDATE campaign_model SET priors = $2::jsonb, baseline_confusion = $3::jsonb, prior_counts = $4::float8[], baseline_counts = $5::float8[], state_tasks = $6,
         watermark = $7::bigint, answers_fitted = answers_fitted + $8, rounds_since_full = rounds_since_full + 1, touched_since_full = touched_since_full + $9,
         drift = drift + $10, fitted_at = now(), state_members = $11::bytea, state_counts = $12::bytea, state_watermark = $7::bigint
       WHERE campaign_id = $1`,
    [
      campaignId,
      JSON.stringify(w.priors),
      w.baselineConfusion === null ? null : JSON.stringify(w.baselineConfusion),
      w.priorCounts,
      w.baselineCounts,
      w.tasks,
      w.watermark,
      w.newAnswers,
      w.touched,
      w.accuracyChange,
      w.members.ids,
      w.members.counts,
    ],
  );
}

/** Whether the campaign has a regular task open (a probe, where countOpenTasks counts them all). */
export async function hasOpenTask(q: Queryable, campaignId: number): Promise<boolean> {
  const [{ open }]: { open: boolean }[] = await q.query(`SELECT EXISTS (SELECT 1 FROM task WHERE campaign_id = $1 AND gold_label IS NULL AND status = 'open') AS open`, [campaignId]);
  return open;
}

/** Decided tasks with an answer not scored yet by one of `memberIds` (members whose evidence just reached the campaign's minimum). */
export function selectWaitingTasksOf(q: Queryable, campaignId: number, memberIds: readonly number[]): Promise<RoundTaskIdRow[]> {
  if (memberIds.length === 0) return Promise.resolve([]);
  return q.query(
    `SELECT DISTINCT a.task_id FROM answer a JOIN task t ON t.id = a.task_id
         WHERE a.member_id = ANY($2::int[]) AND a.campaign_id = $1 AND t.gold_label IS NULL AND t.status <> 'open'
           AND NOT EXISTS (SELECT 1 FROM reward_ledger r WHERE r.answer_id = a.id AND r.corrects_id IS NULL)
         ORDER BY 1`,
    [campaignId, memberIds],
  );
}

/** What an incremental round writes back for a member the campaign knew: answers and confusion (the rest stays the full refit's; the counts are in the state). */
export interface MemberCountsWrite {
  memberId: number;
  answers: number;
  confusion: number[][];
}

/** Updates the answers and confusion of members with a standing in the campaign, one statement for all. */
export async function updateMemberCounts(q: Queryable, campaignId: number, rows: readonly MemberCountsWrite[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await q.query(
    `UPDATE member_skill s SET answers = x.n, confusion = x.conf::jsonb, updated_at = $5
         FROM unnest($2::int[], $3::int[], $4::text[]) AS x(mem, n, conf)
         WHERE s.campaign_id = $1 AND s.member_id = x.mem`,
    [campaignId, rows.map((r) => r.memberId), rows.map((r) => r.answers), rows.map((r) => JSON.stringify(r.confusion)), now],
  );
}
