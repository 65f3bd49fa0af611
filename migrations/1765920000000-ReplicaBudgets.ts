import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Budgets that every replica must share (issue 19).
 *
 * send_budget: Telegram's send budgets of every bot replica: one row per bucket (the
 * bot-wide one, and each chat's), its state one number, the cell rate's theoretical
 * arrival time in epoch milliseconds of the database's clock (core/send-budget). A missing
 * row is a full bucket, so rows of quiet chats are deleted.
 *
 * answer_rate: the times of a member's answers in the last minute, which the record
 * statement updates under the row's lock, so two replicas recording the same member at
 * once count each other's answers (the answer table's count is read on a snapshot that
 * cannot see a concurrent insert). At most ANSWERS_PER_MINUTE entries.
 *
 * Both are updated on every call: room on the page for HOT updates.
 *
 * process_lease: work only one process may do at a time, held by one holder until it
 * expires unless renewed (Telegram's long polling: a second getUpdates gets 409).
 */
export class ReplicaBudgets1765920000000 implements MigrationInterface {
  name = 'ReplicaBudgets1765920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE send_budget (
      key text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
      tat double precision NOT NULL
    ) WITH (fillfactor = 50)`);
    await q.query(`CREATE INDEX send_budget_tat_idx ON send_budget (tat)`);
    await q.query(`CREATE TABLE answer_rate (
      member_id integer PRIMARY KEY REFERENCES member(id) ON DELETE CASCADE,
      recent timestamptz[] NOT NULL
    ) WITH (fillfactor = 50)`);
    await q.query(`CREATE TABLE process_lease (
      name text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
      holder text NOT NULL CHECK (length(holder) BETWEEN 1 AND 200),
      expires_at timestamptz NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE process_lease`);
    await q.query(`DROP TABLE answer_rate`);
    await q.query(`DROP TABLE send_budget`);
  }
}
