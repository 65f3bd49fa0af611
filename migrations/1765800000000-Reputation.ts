import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reputation across campaigns (issue 18). A member's standing in a campaign now keeps its
 * own skill (`own_accuracy`: what the campaign's answers alone say, which later campaigns
 * read as the member's record) apart from the pooled one the floor compares (`accuracy`,
 * which also holds the carried record: `prior_answers` of evidence), and whether the member
 * is on probation there (a clear abuse in another campaign: 'collusion', 'too_fast',
 * 'gold_failed'; NULL once cleared). The member index lets a round read its members' records.
 * A community may cap what one member earns from its campaigns in a day (`daily_cap`, base
 * units; NULL: no cap); `member_day_earning` counts it, one row per member, community and
 * UTC day, locked by the scoring write that pays (core/scoring/daily-cap.ts).
 */
export class Reputation1765800000000 implements MigrationInterface {
  name = 'Reputation1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member_skill ADD COLUMN own_accuracy double precision CHECK (own_accuracy >= 0 AND own_accuracy <= 1)`);
    await q.query(`ALTER TABLE member_skill ADD COLUMN prior_answers double precision NOT NULL DEFAULT 0 CHECK (prior_answers >= 0)`);
    await q.query(`ALTER TABLE member_skill ADD COLUMN probation text CHECK (probation IN ('collusion', 'too_fast', 'gold_failed'))`);
    await q.query(`CREATE INDEX member_skill_member_idx ON member_skill (member_id)`);
    await q.query(`ALTER TABLE community ADD COLUMN daily_cap numeric(78,0) CHECK (daily_cap > 0)`);
    await q.query(`CREATE TABLE member_day_earning (
      member_id integer NOT NULL REFERENCES member(id) ON DELETE CASCADE,
      community_id integer NOT NULL REFERENCES community(id) ON DELETE CASCADE,
      day date NOT NULL,
      earned numeric(78,0) NOT NULL DEFAULT 0 CHECK (earned >= 0),
      PRIMARY KEY (member_id, community_id, day)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE member_day_earning`);
    await q.query(`ALTER TABLE community DROP COLUMN daily_cap`);
    await q.query(`DROP INDEX member_skill_member_idx`);
    await q.query(`ALTER TABLE member_skill DROP COLUMN probation`);
    await q.query(`ALTER TABLE member_skill DROP COLUMN prior_answers`);
    await q.query(`ALTER TABLE member_skill DROP COLUMN own_accuracy`);
  }
}
