import type { CampaignKind, CampaignStatus } from '../domain/campaign-types';
import type { TaskStatus } from '../domain/task-status';
import type { Queryable } from '../db/queryable';
import { UNCERTAIN_PAYS_ABOVE } from '../scoring/scoring-context';

/** Links a contribute campaign to its check campaign, with its length limits. */
export async function insertContributionCampaign(q: Queryable, campaignId: number, checkCampaignId: number, limits: { minLength: number; maxLength: number }): Promise<void> {
  await q.query(`INSERT INTO contribution_campaign (campaign_id, check_campaign_id, min_length, max_length) VALUES ($1, $2, $3, $4)`, [
    campaignId,
    checkCampaignId,
    limits.minLength,
    limits.maxLength,
  ]);
}

/** Whether a campaign is a contribute campaign's check campaign (never posted in a chat). */
export async function isCheckCampaign(q: Queryable, campaignId: number): Promise<boolean> {
  const rows: unknown[] = await q.query(`SELECT 1 FROM contribution_campaign WHERE check_campaign_id = $1`, [campaignId]);
  return rows.length > 0;
}

/** A contribute campaign's check campaign as a status change reads it. */
export interface CheckCompanionRow {
  check_campaign_id: number;
  status: CampaignStatus;
  /** Base units, as text. */
  budget: string;
}

/** The check campaign of a contribute campaign, locked for a status change; undefined for any other campaign. */
export async function lockCheckCompanion(q: Queryable, campaignId: number): Promise<CheckCompanionRow | undefined> {
  const rows: CheckCompanionRow[] = await q.query(
    `SELECT k.check_campaign_id, c.status, b.budget::text AS budget
       FROM contribution_campaign k JOIN campaign c ON c.id = k.check_campaign_id JOIN campaign_budget b ON b.campaign_id = c.id
       WHERE k.campaign_id = $1 FOR NO KEY UPDATE OF c`,
    [campaignId],
  );
  return rows[0];
}

/** A task as a contribution to it is checked against: its item, its campaign's limits and check campaign. */
export interface ContributeTaskRow {
  campaign_id: number;
  kind: CampaignKind;
  payload: Record<string, unknown>;
  /** Null unless the campaign is a contribute campaign. */
  check_campaign_id: number | null;
  min_length: number | null;
  max_length: number | null;
}

/** The task a text is written for; undefined when there is no such task. */
export async function selectContributeTask(q: Queryable, taskId: number): Promise<ContributeTaskRow | undefined> {
  const rows: ContributeTaskRow[] = await q.query(
    `SELECT t.campaign_id, c.kind, t.payload, k.check_campaign_id, k.min_length, k.max_length
       FROM task t JOIN campaign c ON c.id = t.campaign_id LEFT JOIN contribution_campaign k ON k.campaign_id = c.id
       WHERE t.id = $1`,
    [taskId],
  );
  return rows[0];
}

/**
 * Stores a contribution's text before its answer: the unique keys decide, also between
 * concurrent submits (the later one waits for the earlier's commit): one per member and
 * task, one per normal form in the campaign. Returns its id, or undefined when a key held.
 */
export async function insertContribution(q: Queryable, c: { campaignId: number; taskId: number; memberId: number; text: string; normKey: string }): Promise<string | undefined> {
  const rows: { id: string }[] = await q.query(
    `INSERT INTO contribution (campaign_id, task_id, member_id, text, norm_key) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id::text AS id`,
    [c.campaignId, c.taskId, c.memberId, c.text, c.normKey],
  );
  return rows[0]?.id;
}

/** A stored contribution. */
export interface ContributionRow {
  id: string;
  answer_id: string | null;
  text: string;
  check_task_id: number | null;
  created_at: Date;
}

/** The member's contribution to a task, if any. */
export async function selectOwnContribution(q: Queryable, taskId: number, memberId: number): Promise<ContributionRow | undefined> {
  const rows: ContributionRow[] = await q.query(
    `SELECT id::text AS id, answer_id::text AS answer_id, text, check_task_id, created_at FROM contribution WHERE task_id = $1 AND member_id = $2`,
    [taskId, memberId],
  );
  return rows[0];
}

/**
 * Gives a stored contribution its answer and its check: one task of the check campaign,
 * written by the member (author_id: never theirs to check). Returns the check task's id.
 */
export async function attachCheckTask(
  q: Queryable,
  c: { contributionId: string; answerId: string; checkCampaignId: number; memberId: number; payload: Record<string, unknown> },
): Promise<number> {
  const rows: { check_task_id: number }[] = await q.query(
    `WITH ct AS (
       INSERT INTO task (campaign_id, item_key, payload, author_id) VALUES ($3, 'contribution-' || $1::text, $4::jsonb, $5) RETURNING id
     ), k AS (
       UPDATE contribution SET answer_id = $2::bigint, check_task_id = (SELECT id FROM ct) WHERE id = $1::bigint RETURNING check_task_id
     )
     SELECT check_task_id FROM k`,
    [c.contributionId, c.answerId, c.checkCampaignId, JSON.stringify(c.payload), c.memberId],
  );
  return rows[0]!.check_task_id;
}

/** Closes a contribute task that has all its contributions (nothing is decided on it: its checks decide). */
export async function finalizeContributeTask(q: Queryable, taskId: number): Promise<void> {
  await q.query(`UPDATE task SET status = 'final', finalized_at = now() WHERE id = $1 AND status = 'open'`, [taskId]);
}

/** A contribution whose check is decided and which has no ledger row yet. */
export interface DecidedContributionRow {
  id: string;
  campaign_id: number;
  task_id: number;
  member_id: number;
  answer_id: string;
  status: TaskStatus;
  consensus_label: string | null;
  consensus_confidence: number | null;
}

/**
 * Contributions of a campaign (null: every campaign) whose check task is no longer open
 * and whose answer has no ledger row, in id order (the earliest are paid first when the
 * budget runs short).
 */
export async function selectDecidedUnpaid(q: Queryable, campaignId: number | null): Promise<DecidedContributionRow[]> {
  return q.query(
    // The answer's member is paid: a member merge moves answers (and the ledger) to the survivor.
    `SELECT k.id::text AS id, k.campaign_id, k.task_id, a.member_id, k.answer_id::text AS answer_id, ct.status, ct.consensus_label, ct.consensus_confidence
       FROM contribution k JOIN task ct ON ct.id = k.check_task_id JOIN answer a ON a.id = k.answer_id
       WHERE ($1::int IS NULL OR k.campaign_id = $1::int) AND ct.status <> 'open' AND k.answer_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM reward_ledger r WHERE r.answer_id = k.answer_id)
       ORDER BY k.id`,
    [campaignId],
  );
}

/** The campaigns with contributions waiting for their ledger row (decided checks). */
export async function selectCampaignsToPay(q: Queryable, campaignId: number | null): Promise<number[]> {
  const rows: { campaign_id: number }[] = await q.query(
    `SELECT DISTINCT k.campaign_id FROM contribution k JOIN task ct ON ct.id = k.check_task_id
       WHERE ($1::int IS NULL OR k.campaign_id = $1::int) AND ct.status <> 'open' AND k.answer_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM reward_ledger r WHERE r.answer_id = k.answer_id)
       ORDER BY 1`,
    [campaignId],
  );
  return rows.map((r) => r.campaign_id);
}

/** A contribution's ledger row. */
export interface ContributionLedgerEntry {
  memberId: number;
  taskId: number;
  answerId: string;
  /** Base units; 0 when withheld. */
  amount: bigint;
  status: 'pending' | 'withheld';
  rule: string;
  /** The check's decided option (accept, reject), or null. */
  label: string | null;
}

/**
 * Writes contributions' ledger rows (one per answer: its unique key makes a repeat write
 * nothing). Returns how many it wrote.
 */
export async function insertContributionLedger(q: Queryable, campaignId: number, rows: readonly ContributionLedgerEntry[]): Promise<number> {
  if (rows.length === 0) return 0;
  const written: unknown[] = await q.query(
    `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label)
     SELECT mem, $1, tid, aid, amt, st, rl, lbl
       FROM unnest($2::int[], $3::int[], $4::bigint[], $5::numeric[], $6::text[], $7::text[], $8::text[]) AS x(mem, tid, aid, amt, st, rl, lbl)
     ON CONFLICT (answer_id) WHERE corrects_id IS NULL DO NOTHING RETURNING id`,
    [
      campaignId,
      rows.map((r) => r.memberId),
      rows.map((r) => r.taskId),
      rows.map((r) => r.answerId),
      rows.map((r) => r.amount.toString()),
      rows.map((r) => r.status),
      rows.map((r) => r.rule),
      rows.map((r) => r.label),
    ],
  );
  return written.length;
}

/** A paid or withheld contribution whose check may have been decided again since. */
export interface ContributionToCorrectRow extends DecidedContributionRow {
  /** Its first ledger row's id. */
  original: string;
  /** The net of its ledger rows, base units as text. */
  net: string;
  /** Its first ledger row's rule. */
  rule: string;
}

/**
 * Contributions of a campaign (null: every campaign) whose ledger may no longer match their
 * check (a scoring round re-scored it): net paid while the check is not plainly accepted, or
 * net nothing (not for the budget) while the check's label is accept. A superset:
 * contributionCorrection decides; in id order.
 */
export async function selectContributionsToCorrect(q: Queryable, campaignId: number | null): Promise<ContributionToCorrectRow[]> {
  return q.query(
    `WITH l AS (
       SELECT r.answer_id, sum(r.amount) AS net, max(r.id) FILTER (WHERE r.corrects_id IS NULL) AS original, max(r.rule) FILTER (WHERE r.corrects_id IS NULL) AS rule
         FROM reward_ledger r JOIN contribution k ON k.answer_id = r.answer_id
         WHERE ($1::int IS NULL OR k.campaign_id = $1::int)
         GROUP BY r.answer_id
     )
     SELECT k.id::text AS id, k.campaign_id, k.task_id, a.member_id, k.answer_id::text AS answer_id, ct.status, ct.consensus_label, ct.consensus_confidence,
            l.original::text AS original, l.net::text AS net, l.rule
       FROM l JOIN contribution k ON k.answer_id = l.answer_id JOIN task ct ON ct.id = k.check_task_id JOIN answer a ON a.id = k.answer_id
       WHERE ct.status <> 'open'
         AND ((l.net > 0 AND NOT (ct.status = 'final' AND ct.consensus_label = 'accept'))
           OR (l.net = 0 AND ct.consensus_label = 'accept' AND l.rule <> 'budget.exhausted'))
       ORDER BY k.id`,
    [campaignId],
  );
}

/** A correcting row of a contribution's ledger: `amount` signed base units, `original` its first row. */
export interface ContributionCorrectionEntry {
  memberId: number;
  taskId: number;
  answerId: string;
  amount: bigint;
  original: string;
  /** The check's label now. */
  label: string | null;
}

/** Writes consensus.corrected rows for contributions whose check changed (rows are never edited). */
export async function insertContributionCorrections(q: Queryable, campaignId: number, rows: readonly ContributionCorrectionEntry[]): Promise<void> {
  if (rows.length === 0) return;
  await q.query(
    `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label, corrects_id)
     SELECT mem, $1, tid, aid, amt, 'pending', 'consensus.corrected', lbl, orig
       FROM unnest($2::int[], $3::int[], $4::bigint[], $5::numeric[], $6::text[], $7::bigint[]) AS x(mem, tid, aid, amt, lbl, orig)`,
    [
      campaignId,
      rows.map((r) => r.memberId),
      rows.map((r) => r.taskId),
      rows.map((r) => r.answerId),
      rows.map((r) => r.amount.toString()),
      rows.map((r) => r.label),
      rows.map((r) => r.original),
    ],
  );
}

/** A campaign's reward per contribution (base units, as text). */
export async function selectContributionReward(q: Queryable, campaignId: number): Promise<{ reward: bigint; closed: boolean }> {
  const [r]: { reward: string; closed: boolean }[] = await q.query(`SELECT reward_per_answer::text AS reward, status = 'closed' AS closed FROM campaign WHERE id = $1`, [campaignId]);
  return { reward: BigInt(r!.reward), closed: r!.closed };
}

/** An accepted contribution with its verification, for exports. */
export interface AcceptedContributionRow {
  id: string;
  task_id: number;
  item_key: string;
  /** The item's JSON, as text. */
  payload: string;
  text: string;
  check_task_id: number;
  checks: number;
  accepts: number;
  consensus_label: string;
  consensus_confidence: number | null;
  check_status: TaskStatus;
}

/**
 * Accepted: decided by payDecidedContributions (it has its ledger row) and accepted by its
 * check's consensus as it stands now (a re-scored check moves it in or out), by the rule
 * that pays it (contributionPayment: final, or uncertain above UNCERTAIN_PAYS_ABOVE).
 */
const ACCEPTED = `FROM contribution k JOIN task ck ON ck.id = k.check_task_id
       WHERE k.campaign_id = $1 AND ck.consensus_label = 'accept'
         AND (ck.status = 'final' OR (ck.status = 'final_uncertain' AND ck.consensus_confidence > ${UNCERTAIN_PAYS_ABOVE}))
         AND EXISTS (SELECT 1 FROM reward_ledger r WHERE r.answer_id = k.answer_id AND r.corrects_id IS NULL)`;

/** How many contributions of the campaign were accepted. */
export async function countAcceptedContributions(q: Queryable, campaignId: number): Promise<number> {
  const [{ n }]: { n: number }[] = await q.query(`SELECT count(*)::int AS n ${ACCEPTED}`, [campaignId]);
  return n;
}

/** One keyset page of the campaign's accepted contributions with their check votes: ids after `after`, in id order. */
export async function selectAcceptedContributions(q: Queryable, campaignId: number, after: string, pageSize: number): Promise<AcceptedContributionRow[]> {
  return q.query(
    `SELECT k.id::text AS id, k.task_id, t.item_key, t.payload::text AS payload, k.text, k.check_task_id,
            (SELECT count(*)::int FROM answer a WHERE a.task_id = k.check_task_id) AS checks,
            (SELECT count(*)::int FROM answer a WHERE a.task_id = k.check_task_id AND a.choice = 'accept') AS accepts,
            ct.consensus_label, ct.consensus_confidence, ct.status AS check_status
       FROM (SELECT k.* ${ACCEPTED} AND k.id > $2::bigint ORDER BY k.id LIMIT $3) k
       JOIN task t ON t.id = k.task_id JOIN task ct ON ct.id = k.check_task_id
       ORDER BY k.id`,
    [campaignId, after, pageSize],
  );
}
