import type { Queryable } from '../db/queryable';

/** One check campaign's tasks by outcome, as the tally reads them. */
export interface CheckTallyRow {
  check_campaign_id: number;
  source_campaign_id: number;
  model_name: string;
  tasks: number;
  /** Final (confident) check tasks by consensus. */
  yes: number;
  no: number;
  unsure: number;
  uncertain: number;
  open: number;
}

/** How many regular (non-gold) tasks of a campaign carry a baseline prediction. */
export async function countPredictions(q: Queryable, campaignId: number): Promise<number> {
  const [{ n }]: { n: number }[] = await q.query(
    `SELECT count(*)::int AS n FROM task WHERE campaign_id = $1 AND baseline_label IS NOT NULL AND gold_label IS NULL`,
    [campaignId],
  );
  return n;
}

/** The model registered for a campaign (id and name), if any. */
export async function selectModelName(q: Queryable, campaignId: number): Promise<{ id: number; name: string } | undefined> {
  const [model]: { id: number; name: string }[] = await q.query(`SELECT id, name FROM onnx_model WHERE campaign_id = $1`, [campaignId]);
  return model;
}

/** Records which campaign a check campaign checks, and the model it checks. */
export async function insertInferenceCheck(q: Queryable, c: { checkCampaignId: number; sourceCampaignId: number; modelId: number | null; modelName: string }): Promise<void> {
  await q.query(`INSERT INTO inference_check (check_campaign_id, source_campaign_id, model_id, model_name) VALUES ($1, $2, $3, $4)`, [
    c.checkCampaignId,
    c.sourceCampaignId,
    c.modelId,
    c.modelName,
  ]);
}

/**
 * Copies the source's predicted regular tasks into the check campaign, one check task each
 * (at most `limit`, a fixed pseudo-random sample by md5 of the id; all in id order without
 * it); returns how many. One statement, so a campaign of any size is copied without
 * reading it into memory. The percentage rounds half up, as checkSentence does (numeric
 * round, not float rint).
 */
export async function insertCheckTasks(q: Queryable, checkCampaignId: number, sourceCampaignId: number, limit: number | undefined): Promise<number> {
  const inserted: unknown[] = await q.query(
    `INSERT INTO task (campaign_id, item_key, payload)
           SELECT $1, t.item_key, jsonb_strip_nulls(jsonb_build_object(
               'text', concat_ws(E'\\n\\n', coalesce(t.payload->>'text', t.payload->>'content', t.payload->>'question'),
                 'The model says ' || coalesce(o.label, t.baseline_label) || ', ' || round((t.baseline_confidence * 100)::numeric)::int || '%. Is it right?'),
               'item', t.payload,
               'model_label', t.baseline_label,
               'model_label_text', coalesce(o.label, t.baseline_label),
               'model_probability', t.baseline_confidence,
               'source_task_id', t.id))
           FROM task t
           LEFT JOIN LATERAL (SELECT e->>'label' AS label FROM campaign c, jsonb_array_elements(c.options) e
                              WHERE c.id = t.campaign_id AND e->>'id' = t.baseline_label LIMIT 1) o ON true
           WHERE t.campaign_id = $2 AND t.baseline_label IS NOT NULL AND t.gold_label IS NULL
           ORDER BY ${limit === undefined ? 't.id' : 'md5(t.id::text), t.id'}
           LIMIT $3
           RETURNING id`,
    [checkCampaignId, sourceCampaignId, limit ?? null],
  );
  return inserted.length;
}

/** Deletes a campaign (a check campaign whose tasks could not be copied). */
export async function deleteCampaign(q: Queryable, campaignId: number): Promise<void> {
  await q.query(`DELETE FROM campaign WHERE id = $1`, [campaignId]);
}

/** The tally of every check campaign that is, or checks, the campaign; in check campaign order. */
export function selectCheckTallies(q: Queryable, campaignId: number): Promise<CheckTallyRow[]> {
  return q.query(
    `SELECT ic.check_campaign_id, ic.source_campaign_id, ic.model_name,
              count(t.id)::int AS tasks,
              count(*) FILTER (WHERE t.status = 'final' AND t.consensus_label = 'yes')::int AS yes,
              count(*) FILTER (WHERE t.status = 'final' AND t.consensus_label = 'no')::int AS no,
              count(*) FILTER (WHERE t.status = 'final' AND t.consensus_label = 'unsure')::int AS unsure,
              count(*) FILTER (WHERE t.status = 'final_uncertain')::int AS uncertain,
              count(*) FILTER (WHERE t.status = 'open')::int AS open
       FROM inference_check ic LEFT JOIN task t ON t.campaign_id = ic.check_campaign_id
       WHERE ic.check_campaign_id = $1 OR ic.source_campaign_id = $1
       GROUP BY ic.check_campaign_id, ic.source_campaign_id, ic.model_name
       ORDER BY ic.check_campaign_id`,
    [campaignId],
  );
}
