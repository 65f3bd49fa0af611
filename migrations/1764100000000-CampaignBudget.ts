import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moves a campaign's budget and spending into campaign_budget, a row no foreign key points
 * at. Every answer and ledger insert takes a KEY SHARE lock on its campaign row through
 * its foreign key; updating `spent` on that same row at each finalization made it the
 * hottest, most contended row of the schema (bench:answers measured the difference).
 */
export class CampaignBudget1764100000000 implements MigrationInterface {
  name = 'CampaignBudget1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE campaign_budget (
      campaign_id integer PRIMARY KEY REFERENCES campaign(id) ON DELETE CASCADE,
      budget numeric(78,0) NOT NULL CHECK (budget >= 0),
      spent numeric(78,0) NOT NULL DEFAULT 0 CHECK (spent >= 0),
      CONSTRAINT campaign_budget_spent_ck CHECK (spent <= budget)
    )`);
    await q.query(`INSERT INTO campaign_budget (campaign_id, budget, spent) SELECT id, budget, spent FROM campaign`);
    await q.query(`ALTER TABLE campaign DROP CONSTRAINT campaign_budget_ck`);
    await q.query(`ALTER TABLE campaign DROP COLUMN budget, DROP COLUMN spent`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign ADD COLUMN budget numeric(78,0) NOT NULL DEFAULT 0 CHECK (budget >= 0), ADD COLUMN spent numeric(78,0) NOT NULL DEFAULT 0 CHECK (spent >= 0)`);
    await q.query(`UPDATE campaign c SET budget = b.budget, spent = b.spent FROM campaign_budget b WHERE b.campaign_id = c.id`);
    await q.query(`ALTER TABLE campaign ADD CONSTRAINT campaign_budget_ck CHECK (spent <= budget)`);
    await q.query(`DROP TABLE campaign_budget`);
  }
}
