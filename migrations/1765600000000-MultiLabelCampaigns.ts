import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Multi-label campaigns (issue 16): a fifth kind whose answer is a set of the campaign's
 * option ids (core/campaigns/label-set.ts), so a choice may be empty ("none apply") and as
 * long as every label joined; and a decided task's per-label confidence (the posterior
 * that each label is present, in option order) for exports.
 */
export class MultiLabelCampaigns1765600000000 implements MigrationInterface {
  name = 'MultiLabelCampaigns1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign DROP CONSTRAINT campaign_kind_check`);
    await q.query(`ALTER TABLE campaign ADD CONSTRAINT campaign_kind_check CHECK (kind IN ('label', 'vote', 'check', 'pairwise', 'multilabel'))`);
    await q.query(`ALTER TABLE answer DROP CONSTRAINT answer_choice_check`);
    await q.query(`ALTER TABLE answer ADD CONSTRAINT answer_choice_check CHECK (length(choice) <= 700)`);
    await q.query(`ALTER TABLE task ADD COLUMN label_presence jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE task DROP COLUMN label_presence`);
    await q.query(`ALTER TABLE answer DROP CONSTRAINT answer_choice_check`);
    await q.query(`ALTER TABLE answer ADD CONSTRAINT answer_choice_check CHECK (length(choice) BETWEEN 1 AND 100)`);
    await q.query(`ALTER TABLE campaign DROP CONSTRAINT campaign_kind_check`);
    await q.query(`ALTER TABLE campaign ADD CONSTRAINT campaign_kind_check CHECK (kind IN ('label', 'vote', 'check', 'pairwise'))`);
  }
}
