import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pairwise campaigns (issue 16): a fourth kind; the order in which an answer's member saw
 * the two outputs (true: output b was shown first), so position bias can be measured; and
 * the license a campaign's dataset is published under (its export's dataset card).
 */
export class PairwiseCampaigns1765500000000 implements MigrationInterface {
  name = 'PairwiseCampaigns1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign DROP CONSTRAINT campaign_kind_check`);
    await q.query(`ALTER TABLE campaign ADD CONSTRAINT campaign_kind_check CHECK (kind IN ('label', 'vote', 'check', 'pairwise'))`);
    await q.query(`ALTER TABLE campaign ADD COLUMN license text CHECK (length(license) BETWEEN 1 AND 64)`);
    await q.query(`ALTER TABLE answer ADD COLUMN swapped boolean`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE answer DROP COLUMN swapped`);
    await q.query(`ALTER TABLE campaign DROP COLUMN license`);
    await q.query(`ALTER TABLE campaign DROP CONSTRAINT campaign_kind_check`);
    await q.query(`ALTER TABLE campaign ADD CONSTRAINT campaign_kind_check CHECK (kind IN ('label', 'vote', 'check'))`);
  }
}
