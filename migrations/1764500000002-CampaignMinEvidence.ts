import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rewards wait for an assessment: a member's answers in a campaign are judged once a
 * scoring round has fitted at least `min_evidence` of their answers there (0: judge at
 * once, as before). Until then the answers stay unscored, neither paid nor withheld.
 */
export class CampaignMinEvidence1764500000002 implements MigrationInterface {
  name = 'CampaignMinEvidence1764500000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign ADD COLUMN min_evidence integer NOT NULL DEFAULT 5 CHECK (min_evidence >= 0 AND min_evidence <= 1000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign DROP COLUMN min_evidence`);
  }
}
