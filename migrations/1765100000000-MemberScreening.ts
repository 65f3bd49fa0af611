import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 8: what a scoring round suspects of a member beyond their skill (member_skill.suspicion:
 * 'collusion', accounts agreeing far beyond what their accuracy explains), and when a
 * campaign was settled (campaign_model.settled_at: every regular task decided or the campaign
 * closed, so the last round judged every waiting answer on the final evidence).
 */
export class MemberScreening1765100000000 implements MigrationInterface {
  name = 'MemberScreening1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member_skill ADD COLUMN suspicion text CHECK (suspicion IN ('collusion'))`);
    await q.query(`ALTER TABLE campaign_model ADD COLUMN settled_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_model DROP COLUMN settled_at`);
    await q.query(`ALTER TABLE member_skill DROP COLUMN suspicion`);
  }
}
