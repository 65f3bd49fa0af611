import type { Queryable } from '../db/queryable';

/** An original reward of an epoch, as its settlement reads it (ids and amount as text). */
export interface EpochRewardRow {
  id: string;
  member_id: number;
  campaign_id: number;
  task_id: number;
  answer_id: string;
  /** Base units. */
  amount: string;
  consensus_label: string | null;
}

/** A pro-rata cut of one reward: a correcting row takes `cut` base units back. */
export interface PaceCut {
  reward: EpochRewardRow;
  cut: bigint;
}

/** A settled epoch as stored (amounts in base units). */
export interface EpochWrite {
  startsAt: Date;
  endsAt: Date;
  pace: bigint;
  earned: bigint;
  paid: bigint;
}

/** The end of the last settled epoch; null before the first. */
export async function selectLastEpochEnd(q: Queryable): Promise<Date | null> {
  const [{ t }]: { t: Date | string | null }[] = await q.query(`SELECT max(ends_at) AS t FROM emission_epoch`);
  return t === null ? null : new Date(t);
}

/** Orders settlements across replicas, until the caller's transaction ends. */
export async function lockEmission(q: Queryable): Promise<void> {
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('tnet.emission'))`);
}

/** When the first original reward at or after `from` (any, when null) was written; null when none. */
export async function selectFirstRewardSince(q: Queryable, from: Date | null): Promise<Date | null> {
  const [{ t }]: { t: Date | string | null }[] = await q.query(
    `SELECT min(created_at) AS t FROM reward_ledger WHERE corrects_id IS NULL AND amount > 0 AND ($1::timestamptz IS NULL OR created_at >= $1)`,
    [from],
  );
  return t === null ? null : new Date(t);
}

/** The rewards an epoch's pace applies to: paid ones written in [startsAt, endsAt), not its own cuts. */
export function selectEpochRewards(q: Queryable, startsAt: Date, endsAt: Date): Promise<EpochRewardRow[]> {
  return q.query(
    `SELECT id::text, member_id, campaign_id, task_id, answer_id::text, amount::text, consensus_label FROM reward_ledger
       WHERE created_at >= $1 AND created_at < $2 AND amount > 0 AND status <> 'withheld' AND rule <> 'pace.pro_rata'
       ORDER BY id`,
    [startsAt, endsAt],
  );
}

/** Writes a correcting row per cut, taking it back from its reward (rows are never edited). */
export async function insertPaceCuts(q: Queryable, cuts: readonly PaceCut[]): Promise<void> {
  await q.query(
    `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label, corrects_id)
         SELECT mem, cam, tid, aid, -amt, 'pending', 'pace.pro_rata', lbl, orig
         FROM unnest($1::int[], $2::int[], $3::int[], $4::bigint[], $5::numeric[], $6::text[], $7::bigint[]) AS x(mem, cam, tid, aid, amt, lbl, orig)`,
    [
      cuts.map((c) => c.reward.member_id),
      cuts.map((c) => c.reward.campaign_id),
      cuts.map((c) => c.reward.task_id),
      cuts.map((c) => c.reward.answer_id),
      cuts.map((c) => c.cut.toString()),
      cuts.map((c) => c.reward.consensus_label),
      cuts.map((c) => c.reward.id),
    ],
  );
}

/** Records a settled epoch; an epoch is settled once. */
export async function insertEpoch(q: Queryable, e: EpochWrite): Promise<void> {
  await q.query(`INSERT INTO emission_epoch (starts_at, ends_at, pace, earned, paid) VALUES ($1, $2, $3, $4, $5)`, [
    e.startsAt,
    e.endsAt,
    e.pace.toString(),
    e.earned.toString(),
    e.paid.toString(),
  ]);
}
