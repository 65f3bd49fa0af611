import type { CampaignTranslations } from '../campaigns/campaign-translations';
import type { CampaignKind, CampaignOption } from '../domain/campaign-types';
import type { TaskStatus } from '../domain/task-status';
import type { Queryable } from '../db/queryable';

/** What a tick is checked against: the task's state and its campaign's kind and labels. */
export interface TickTargetRow {
  status: TaskStatus;
  kind: CampaignKind;
  options: CampaignOption[];
  translations: CampaignTranslations;
}

/** The task a tick is for, with its campaign's kind, options and their translations; undefined when there is no such task. */
export async function selectTickTarget(q: Queryable, taskId: number): Promise<TickTargetRow | undefined> {
  const rows: TickTargetRow[] = await q.query(`SELECT t.status, c.kind, c.options, c.translations FROM task t JOIN campaign c ON c.id = t.campaign_id WHERE t.id = $1`, [taskId]);
  return rows[0];
}
