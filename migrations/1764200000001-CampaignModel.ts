import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The learned consensus parameters of a campaign, written by each scoring round and read by
 * every finalization: class priors and the baseline model's confusion (campaign_model), and
 * per member the gold record next to the confusion member_skill already holds. A round
 * warm-starts from these, so re-scoring after new answers converges in a few iterations.
 */
export class CampaignModel1764200000001 implements MigrationInterface {
  name = 'CampaignModel1764200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE campaign_model (
      campaign_id integer PRIMARY KEY REFERENCES campaign(id) ON DELETE CASCADE,
      priors jsonb NOT NULL CHECK (jsonb_typeof(priors) = 'array'),
      baseline_confusion jsonb,
      answers_fitted integer NOT NULL CHECK (answers_fitted >= 0),
      iterations integer NOT NULL CHECK (iterations >= 0),
      fitted_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`ALTER TABLE member_skill
      ADD COLUMN gold_answers integer NOT NULL DEFAULT 0 CHECK (gold_answers >= 0),
      ADD COLUMN gold_correct integer NOT NULL DEFAULT 0 CHECK (gold_correct >= 0 AND gold_correct <= gold_answers)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member_skill DROP COLUMN gold_answers, DROP COLUMN gold_correct`);
    await q.query(`DROP TABLE campaign_model`);
  }
}
