import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Task cards posted to group chats: which message shows which task, so a button press on
 * a card and the card's later edits find their task. A card is reserved (message_id null)
 * before it is sent: the unique (chat, task) key keeps two replicas from posting one task
 * twice in a chat; the message id is filled in once the chat accepted the message.
 */
export class PostedCard1764400000000 implements MigrationInterface {
  name = 'PostedCard1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE posted_card (
      id serial PRIMARY KEY,
      chat_id text NOT NULL,
      message_id bigint,
      task_id integer NOT NULL REFERENCES task(id) ON DELETE CASCADE,
      campaign_id integer NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      CONSTRAINT posted_card_chat_task_uq UNIQUE (chat_id, task_id),
      CONSTRAINT posted_card_chat_message_uq UNIQUE (chat_id, message_id)
    )`);
    await q.query(`CREATE INDEX posted_card_open_idx ON posted_card (chat_id) WHERE closed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE posted_card`);
  }
}
