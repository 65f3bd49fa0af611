import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The scoring round and the exports read a campaign's tasks in keyset pages by id; without
 * this index each page walks the primary key past every other campaign's tasks.
 */
export class TaskCampaignIndex1764500000000 implements MigrationInterface {
  name = 'TaskCampaignIndex1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX task_campaign_id_idx ON task (campaign_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX task_campaign_id_idx`);
  }
}
