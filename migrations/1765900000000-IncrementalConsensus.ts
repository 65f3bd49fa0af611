import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incremental scoring rounds (issue 19): the sufficient statistics of a campaign's
 * Dawid-Skene fit, so a round folds in only the answers since the last one
 * (core/consensus/incremental-ds.ts). Per member the soft confusion counts next to the
 * confusion member_skill already holds (`soft_counts`: classes x classes float64,
 * little-endian, in a bytea that a round reads for 50,000 members as one value); per
 * task the posterior last folded in (`task_posterior`); per campaign the class prior
 * counts over `state_tasks` tasks, the baseline's counts, the watermark (the last answer id
 * folded in) and what decides the next full refit: when it ran, the rounds and the tasks
 * touched since, and the largest accuracy change the incremental rounds made (`drift`).
 * A NULL watermark means no state: the next round is a full refit.
 */
export class IncrementalConsensus1765900000000 implements MigrationInterface {
  name = 'IncrementalConsensus1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member_skill ADD COLUMN soft_counts bytea`);
    await q.query(`ALTER TABLE campaign_model
      ADD COLUMN prior_counts double precision[],
      ADD COLUMN baseline_counts double precision[],
      ADD COLUMN state_tasks integer CHECK (state_tasks >= 0),
      ADD COLUMN watermark bigint,
      ADD COLUMN full_fit_at timestamptz,
      ADD COLUMN rounds_since_full integer NOT NULL DEFAULT 0 CHECK (rounds_since_full >= 0),
      ADD COLUMN touched_since_full integer NOT NULL DEFAULT 0 CHECK (touched_since_full >= 0),
      ADD COLUMN drift double precision NOT NULL DEFAULT 0 CHECK (drift >= 0)`);
    await q.query(`CREATE TABLE task_posterior (
      task_id integer PRIMARY KEY REFERENCES task(id) ON DELETE CASCADE,
      campaign_id integer NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
      posterior real[] NOT NULL
    )`);
    await q.query(`CREATE INDEX task_posterior_campaign_idx ON task_posterior (campaign_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE task_posterior`);
    await q.query(`ALTER TABLE campaign_model DROP COLUMN prior_counts, DROP COLUMN baseline_counts, DROP COLUMN state_tasks, DROP COLUMN watermark,
      DROP COLUMN full_fit_at, DROP COLUMN rounds_since_full, DROP COLUMN touched_since_full, DROP COLUMN drift`);
    await q.query(`ALTER TABLE member_skill DROP COLUMN soft_counts`);
  }
}
