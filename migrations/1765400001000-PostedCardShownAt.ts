import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, answers only for served tasks: when a group or channel card last changed in
 * front of its chat (its posting, then each edit). A member who presses the card is served
 * the task at that time, so the answer's think time runs from what the member could have
 * seen. Null while the card is reserved and not sent yet; cards posted before this change
 * take their reservation time.
 */
export class PostedCardShownAt1765400001000 implements MigrationInterface {
  name = 'PostedCardShownAt1765400001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE posted_card ADD COLUMN shown_at timestamptz`);
    await q.query(`UPDATE posted_card SET shown_at = created_at WHERE message_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE posted_card DROP COLUMN shown_at`);
  }
}
