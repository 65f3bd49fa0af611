import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A group chat's card pace, set by its moderators (/campaign post <id> <cards>): how many
 * task cards it shows at once. Kept in the database so every replica posts at the same pace
 * and a restart keeps it. A chat without a row uses the default pace.
 */
export class ChatPace1764800000000 implements MigrationInterface {
  name = 'ChatPace1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE chat_pace (
      chat_id text PRIMARY KEY CHECK (length(chat_id) BETWEEN 1 AND 100),
      open_cards integer NOT NULL CHECK (open_cards BETWEEN 1 AND 20),
      refill_below integer NOT NULL CHECK (refill_below BETWEEN 1 AND open_cards),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE chat_pace`);
  }
}
