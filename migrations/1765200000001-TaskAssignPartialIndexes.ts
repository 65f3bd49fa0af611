import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assignment's index split in two partial indexes, one for regular tasks and one for gold.
 * The old index keyed on the expression `(gold_label IS NOT NULL)`; a query asking for
 * regular tasks reads `gold_label IS NULL` once the planner folds its constant, which that
 * expression does not match, so the planner scanned and sorted every open task of the
 * campaign for each assignment (10 ms a call at 2,000 tasks on PGlite). With a partial
 * index per kind, the fullest open tasks come off the index in order and the scan stops
 * at the first ones the member has not answered.
 */
export class TaskAssignPartialIndexes1765200000001 implements MigrationInterface {
  name = 'TaskAssignPartialIndexes1765200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX task_assign_regular_idx ON task (campaign_id, answer_count DESC, id) WHERE status = 'open' AND gold_label IS NULL`);
    await q.query(`CREATE INDEX task_assign_gold_idx ON task (campaign_id, answer_count DESC, id) WHERE status = 'open' AND gold_label IS NOT NULL`);
    await q.query(`DROP INDEX task_assign_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX task_assign_idx ON task (campaign_id, (gold_label IS NOT NULL), answer_count DESC, id) WHERE status = 'open'`);
    await q.query(`DROP INDEX task_assign_gold_idx`);
    await q.query(`DROP INDEX task_assign_regular_idx`);
  }
}
