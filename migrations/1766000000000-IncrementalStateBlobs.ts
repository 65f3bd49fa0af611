import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incremental rounds that read only what is new (issue 19). Each task's folded votes are
 * kept with its posterior (`task_posterior.votes`: per vote the member id, int32
 * little-endian, then the option index, one byte), so a round reads the new answers by
 * answer_campaign_idx instead of every answer of the tasks they touch. The members' soft
 * counts move to one per-campaign value read and written whole (`campaign_model.state_members`:
 * int32 ids; `state_counts`: classes x classes float64 per member, in the same order;
 * `state_excluded`: members whose answers stay out, the last full refit's suspects), instead
 * of one member_skill row each. EXTERNAL storage: float64 counts do not compress, so
 * PostgreSQL does not try. `state_watermark` is the watermark these were written at: a
 * round of the previous version (which moves the watermark, not these) makes it differ,
 * and a campaign whose state lacks them or differs gets a full refit first
 * (round-schedule.ts). member_skill.soft_counts is no longer written (expand then
 * contract: a later migration drops it once no replica of the previous version runs).
 */
export class IncrementalStateBlobs1766000000000 implements MigrationInterface {
  name = 'IncrementalStateBlobs1766000000000';

  async up(q: QueryRunner): Promise<void> {
    // Metadata-only changes, but each waits for its table's lock: fail fast rather than queue answers behind it (docs/deploy.md).
    await q.query(`SET LOCAL lock_timeout = '5s'`);
    await q.query(`ALTER TABLE task_posterior ADD COLUMN votes bytea`);
    await q.query(`ALTER TABLE campaign_model ADD COLUMN state_members bytea, ADD COLUMN state_counts bytea, ADD COLUMN state_excluded integer[], ADD COLUMN state_watermark bigint`);
    await q.query(`ALTER TABLE campaign_model ALTER COLUMN state_members SET STORAGE EXTERNAL, ALTER COLUMN state_counts SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_model DROP COLUMN state_members, DROP COLUMN state_counts, DROP COLUMN state_excluded, DROP COLUMN state_watermark`);
    await q.query(`ALTER TABLE task_posterior DROP COLUMN votes`);
  }
}
