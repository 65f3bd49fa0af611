import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger stays append-only when a decision changes: a correcting row names the row it
 * corrects and carries the difference, negative when it takes back (a re-score that moved
 * a task's consensus, an emission epoch over its pace). An answer still has exactly one
 * original row; what it earned is the sum of its rows.
 */
export class LedgerCorrections1764200000002 implements MigrationInterface {
  name = 'LedgerCorrections1764200000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reward_ledger ADD COLUMN corrects_id bigint REFERENCES reward_ledger(id)`);
    await q.query(`ALTER TABLE reward_ledger DROP CONSTRAINT reward_ledger_answer_uq`);
    await q.query(`CREATE UNIQUE INDEX reward_ledger_answer_uq ON reward_ledger (answer_id) WHERE corrects_id IS NULL`);
    await q.query(`CREATE INDEX reward_ledger_corrects_idx ON reward_ledger (corrects_id) WHERE corrects_id IS NOT NULL`);
    await q.query(`CREATE INDEX reward_ledger_created_idx ON reward_ledger (created_at)`);
    await q.query(`ALTER TABLE reward_ledger DROP CONSTRAINT reward_ledger_amount_check`);
    await q.query(`ALTER TABLE reward_ledger ADD CONSTRAINT reward_ledger_amount_ck CHECK (amount >= 0 OR corrects_id IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM reward_ledger WHERE corrects_id IS NOT NULL`);
    await q.query(`ALTER TABLE reward_ledger DROP CONSTRAINT reward_ledger_amount_ck`);
    await q.query(`ALTER TABLE reward_ledger ADD CONSTRAINT reward_ledger_amount_check CHECK (amount >= 0)`);
    await q.query(`DROP INDEX reward_ledger_created_idx`);
    await q.query(`DROP INDEX reward_ledger_corrects_idx`);
    await q.query(`DROP INDEX reward_ledger_answer_uq`);
    await q.query(`ALTER TABLE reward_ledger ADD CONSTRAINT reward_ledger_answer_uq UNIQUE (answer_id)`);
    await q.query(`ALTER TABLE reward_ledger DROP COLUMN corrects_id`);
  }
}
