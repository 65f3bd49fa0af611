import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The baseline queue reads a campaign's unpredicted tasks in id order, a batch at a time.
 * Without an index that yields them in that order, each batch read every remaining task of
 * the campaign and sorted them (bench:baseline: 150 ms a batch at 20,000 tasks on PGlite,
 * worse where statistics lag a fresh import). Partial: predicted tasks leave the index.
 */
export class BaselinePendingIndex1764300000002 implements MigrationInterface {
  name = 'BaselinePendingIndex1764300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX task_baseline_pending_idx ON task (campaign_id, id) WHERE baseline_label IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX task_baseline_pending_idx`);
  }
}
