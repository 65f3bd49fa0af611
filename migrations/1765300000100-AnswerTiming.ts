import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 8, timing: when a task was first served to a member (task_serve, written by the
 * assignment) and how long the member took to answer it (answer.think_ms, from that serve
 * to the submit). A campaign's min_think_ms is the median a member's timed answers must
 * reach; a member answering faster than an item can be read is suspected ('too_fast') and
 * paid nothing, like a colluding account. 0 turns the check off.
 */
export class AnswerTiming1765300000100 implements MigrationInterface {
  name = 'AnswerTiming1765300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE task_serve (
         task_id integer NOT NULL REFERENCES task(id) ON DELETE CASCADE,
         member_id integer NOT NULL REFERENCES member(id) ON DELETE CASCADE,
         served_at timestamptz NOT NULL,
         PRIMARY KEY (task_id, member_id)
       )`,
    );
    await q.query(`ALTER TABLE answer ADD COLUMN think_ms integer CHECK (think_ms >= 0)`);
    await q.query(`ALTER TABLE campaign ADD COLUMN min_think_ms integer NOT NULL DEFAULT 1000 CHECK (min_think_ms >= 0)`);
    await q.query(`ALTER TABLE member_skill DROP CONSTRAINT member_skill_suspicion_check`);
    await q.query(`ALTER TABLE member_skill ADD CONSTRAINT member_skill_suspicion_check CHECK (suspicion IN ('collusion', 'too_fast'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE member_skill SET suspicion = NULL WHERE suspicion = 'too_fast'`);
    await q.query(`ALTER TABLE member_skill DROP CONSTRAINT member_skill_suspicion_check`);
    await q.query(`ALTER TABLE member_skill ADD CONSTRAINT member_skill_suspicion_check CHECK (suspicion IN ('collusion'))`);
    await q.query(`ALTER TABLE campaign DROP COLUMN min_think_ms`);
    await q.query(`ALTER TABLE answer DROP COLUMN think_ms`);
    await q.query(`DROP TABLE task_serve`);
  }
}
