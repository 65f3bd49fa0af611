import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * campaign_budget's row is updated at every finalization: half-empty pages keep those
 * updates HOT, and autovacuum visits the table after every 1,000 dead versions instead of
 * a share of its size. CampaignBudget1764100000000 was once edited after it landed to create
 * the table so, and databases that had run it never got the settings; SET is idempotent,
 * so this gives them to every database alike (fillfactor shapes pages written from then on).
 */
export class CampaignBudgetFillfactor1765400006000 implements MigrationInterface {
  name = 'CampaignBudgetFillfactor1765400006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_budget SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_budget RESET (fillfactor, autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold)`);
  }
}
