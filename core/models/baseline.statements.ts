import type { Queryable } from '../db/queryable';

/** A task waiting for a prediction. */
export interface PendingTaskRow {
  id: number;
  payload: Record<string, unknown>;
}

/** Whether a campaign has a task without a prediction that the model has not failed on. */
export async function selectHasPending(q: Queryable, campaignId: number, modelId: number): Promise<boolean> {
  const [{ pending }]: { pending: boolean }[] = await q.query(
    `SELECT EXISTS (SELECT 1 FROM task t WHERE t.campaign_id = $1 AND t.baseline_label IS NULL
           AND NOT EXISTS (SELECT 1 FROM baseline_failure f WHERE f.model_id = $2 AND f.task_id = t.id)) AS pending`,
    [campaignId, modelId],
  );
  return pending;
}

/** How many of a campaign's tasks wait for a prediction (the model has not failed on them). */
export async function countPending(q: Queryable, campaignId: number, modelId: number): Promise<number> {
  const [row]: { n: number }[] = await q.query(
    `SELECT count(*)::int AS n FROM task t WHERE t.campaign_id = $1 AND t.baseline_label IS NULL
           AND NOT EXISTS (SELECT 1 FROM baseline_failure f WHERE f.model_id = $2 AND f.task_id = t.id)`,
    [campaignId, modelId],
  );
  return row.n;
}

/**
 * Holds the model row (KEY SHARE) for the caller's transaction: a re-registration, which
 * deletes it and clears predictions, waits for the batch instead of racing it. False when
 * the model is gone.
 */
export async function lockModelKeyShare(q: Queryable, modelId: number): Promise<boolean> {
  const [live]: unknown[] = await q.query(`SELECT id FROM onnx_model WHERE id = $1 FOR KEY SHARE`, [modelId]);
  return live !== undefined;
}

/**
 * The next batch of pending tasks after id `after`, in id order, locked for the caller's
 * transaction; rows another host holds are skipped, not waited for. NO KEY UPDATE rather
 * than UPDATE: answers inserted meanwhile take KEY SHARE on their task through the foreign
 * key, and should not wait for inference.
 */
export function lockPendingBatch(q: Queryable, campaignId: number, after: number, modelId: number, batchSize: number): Promise<PendingTaskRow[]> {
  return q.query(
    `SELECT t.id, t.payload FROM task t
           WHERE t.campaign_id = $1 AND t.baseline_label IS NULL AND t.id > $2
             AND NOT EXISTS (SELECT 1 FROM baseline_failure f WHERE f.model_id = $3 AND f.task_id = t.id)
           ORDER BY t.id LIMIT $4
           FOR NO KEY UPDATE OF t SKIP LOCKED`,
    [campaignId, after, modelId, batchSize],
  );
}

/**
 * The payloads lockPendingBatch would lock next, read without a lock: what a pass fetches
 * (image URLs) before its transaction, so no lock is held while a server answers.
 */
export function peekPendingBatch(q: Queryable, campaignId: number, after: number, modelId: number, batchSize: number): Promise<PendingTaskRow[]> {
  return q.query(
    `SELECT t.id, t.payload FROM task t
           WHERE t.campaign_id = $1 AND t.baseline_label IS NULL AND t.id > $2
             AND NOT EXISTS (SELECT 1 FROM baseline_failure f WHERE f.model_id = $3 AND f.task_id = t.id)
           ORDER BY t.id LIMIT $4`,
    [campaignId, after, modelId, batchSize],
  );
}

/** Stores predictions, one (task id, label, probability) per position of the arrays. */
export async function updatePredictions(q: Queryable, taskIds: number[], labels: string[], probabilities: number[]): Promise<void> {
  await q.query(
    `UPDATE task SET baseline_label = x.label, baseline_confidence = x.p
             FROM unnest($1::int[], $2::text[], $3::float8[]) AS x(id, label, p) WHERE task.id = x.id`,
    [taskIds, labels, probabilities],
  );
}

/** Records the tasks a model could not read, with why, so they are not offered to it again. */
export async function insertFailures(q: Queryable, modelId: number, taskIds: number[], reasons: string[]): Promise<void> {
  await q.query(
    `INSERT INTO baseline_failure (model_id, task_id, reason) SELECT $1, id, reason FROM unnest($2::int[], $3::text[]) AS x(id, reason)
             ON CONFLICT DO NOTHING`,
    [modelId, taskIds, reasons],
  );
}
