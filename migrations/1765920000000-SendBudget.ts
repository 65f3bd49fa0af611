import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Telegram's send budgets shared by every bot replica (issue 19): one row per bucket (the
 * bot-wide one, and each chat's), its state one number, the cell rate's theoretical
 * arrival time in epoch milliseconds of the database's clock (core/send-budget). A missing
 * row is a full bucket, so rows of quiet chats are deleted. Updated on every outgoing call:
 * room on the page for HOT updates.
 */
export class SendBudget1765920000000 implements MigrationInterface {
  name = 'SendBudget1765920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE send_budget (
      key text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
      tat double precision NOT NULL
    ) WITH (fillfactor = 50)`);
    await q.query(`CREATE INDEX send_budget_tat_idx ON send_budget (tat)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE send_budget`);
  }
}
