import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Finds the check task of a source task (its payload names it), for the export's model verdict. */
export class CheckSourceIndex1764500000001 implements MigrationInterface {
  name = 'CheckSourceIndex1764500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX task_check_source_idx ON task ((payload->>'source_task_id')) WHERE payload ? 'source_task_id'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX task_check_source_idx`);
  }
}
