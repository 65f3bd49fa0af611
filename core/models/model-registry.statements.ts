import type { ModelInputKind } from './model-spec';
import type { Queryable } from '../db/queryable';

/** A registered model as stored. */
export interface ModelRow {
  id: number;
  campaign_id: number;
  name: string;
  path: string;
  sha256: string;
  input_kind: ModelInputKind;
  classes: string[];
  config: Record<string, unknown>;
  created_at: Date;
}

/** The option ids of a campaign; undefined when there is no such campaign. */
export async function selectCampaignOptionIds(q: Queryable, campaignId: number): Promise<string[] | undefined> {
  const [c]: { options: { id: string }[] }[] = await q.query(`SELECT options FROM campaign WHERE id = $1`, [campaignId]);
  return c && c.options.map((o) => o.id);
}

/** Locks a campaign's row (NO KEY UPDATE); false when there is no such campaign. */
export async function lockCampaign(q: Queryable, campaignId: number): Promise<boolean> {
  const [locked]: unknown[] = await q.query(`SELECT id FROM campaign WHERE id = $1 FOR NO KEY UPDATE`, [campaignId]);
  return locked !== undefined;
}

/** Deletes a campaign's model; returns the ids deleted (none, or the one it had). */
export async function deleteCampaignModels(q: Queryable, campaignId: number): Promise<{ id: number }[]> {
  return q.query(`DELETE FROM onnx_model WHERE campaign_id = $1 RETURNING id`, [campaignId]).then((r: [{ id: number }[], number]) => r[0]);
}

/** Stores a model for a campaign; classes and config as JSON text. */
export async function insertModel(
  q: Queryable,
  m: { campaignId: number; name: string; path: string; sha256: string; inputKind: ModelInputKind; classesJson: string; configJson: string },
): Promise<ModelRow> {
  const [row]: ModelRow[] = await q.query(
    `INSERT INTO onnx_model (campaign_id, name, path, sha256, input_kind, classes, config)
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb) RETURNING *`,
    [m.campaignId, m.name, m.path, m.sha256, m.inputKind, m.classesJson, m.configJson],
  );
  return row;
}

/** Names the campaign's baseline model. */
export async function setCampaignBaselineModel(q: Queryable, campaignId: number, name: string): Promise<void> {
  await q.query(`UPDATE campaign SET baseline_model = $2, updated_at = now() WHERE id = $1`, [campaignId, name]);
}

/** Clears a campaign's baseline predictions (its model was replaced). */
export async function clearPredictions(q: Queryable, campaignId: number): Promise<void> {
  await q.query(`UPDATE task SET baseline_label = NULL, baseline_confidence = NULL WHERE campaign_id = $1 AND baseline_label IS NOT NULL`, [campaignId]);
}

/** The model registered for a campaign, if any. */
export async function selectModelOfCampaign(q: Queryable, campaignId: number): Promise<ModelRow | undefined> {
  const [row]: ModelRow[] = await q.query(`SELECT * FROM onnx_model WHERE campaign_id = $1`, [campaignId]);
  return row;
}

/** Every registered model, oldest first. */
export function selectModels(q: Queryable): Promise<ModelRow[]> {
  return q.query(`SELECT * FROM onnx_model ORDER BY id`);
}
