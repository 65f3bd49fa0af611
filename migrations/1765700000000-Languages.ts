import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Languages (issue 17): a member's own choice (/language in private) and a chat's, set by
 * its moderators (/language in a group, channel or server). NULL or no row: no choice, the
 * bots fall back to the member's client language, the server's locale, English. Core stores
 * tags only; the CHECK is the syntax core/languages/language-tag.ts enforces (a BCP 47-like
 * tag, at most 35 characters), so a bug cannot store words.
 */
export class Languages1765700000000 implements MigrationInterface {
  name = 'Languages1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE member ADD COLUMN language text CONSTRAINT member_language_ck CHECK (length(language) <= 35 AND language ~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$')`,
    );
    await q.query(`CREATE TABLE chat_language (
      chat_key text PRIMARY KEY,
      language text NOT NULL CONSTRAINT chat_language_language_ck CHECK (length(language) <= 35 AND language ~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
      set_by integer REFERENCES member(id) ON DELETE SET NULL,
      set_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE chat_language`);
    await q.query(`ALTER TABLE member DROP COLUMN language`);
  }
}
