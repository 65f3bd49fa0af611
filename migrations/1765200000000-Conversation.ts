import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Guided conversations in progress (a moderator's `/campaign new`), per chat and user. Kept
 * in the database so that with several webhook replicas behind a load balancer the next
 * message of a conversation may reach any of them, and a restart forgets nothing.
 */
export class Conversation1765200000000 implements MigrationInterface {
  name = 'Conversation1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE conversation (
      chat_key text NOT NULL CHECK (length(chat_key) BETWEEN 1 AND 200),
      user_key text NOT NULL CHECK (length(user_key) BETWEEN 1 AND 200),
      state jsonb NOT NULL,
      expires_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (chat_key, user_key)
    )`);
    await q.query(`CREATE INDEX conversation_expires_idx ON conversation (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE conversation`);
  }
}
