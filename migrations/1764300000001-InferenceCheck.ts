import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Links a generated `check` campaign to the campaign whose baseline predictions it asks
 * members to verify; its consensus is the model's verified accuracy.
 */
export class InferenceCheck1764300000001 implements MigrationInterface {
  name = 'InferenceCheck1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE inference_check (
      check_campaign_id integer PRIMARY KEY REFERENCES campaign(id) ON DELETE CASCADE,
      source_campaign_id integer NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
      model_id integer REFERENCES onnx_model(id) ON DELETE SET NULL,
      model_name text NOT NULL,
      CONSTRAINT inference_check_distinct_ck CHECK (check_campaign_id <> source_campaign_id)
    )`);
    await q.query(`CREATE INDEX inference_check_source_idx ON inference_check (source_campaign_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inference_check`);
  }
}
