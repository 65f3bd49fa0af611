import type { EntityManager } from 'typeorm';
import type { AnswerScope } from '../communities/may-answer-here';
import type { CampaignOption } from '../db/entities';

type Queryable = Pick<EntityManager, 'query'>;

/** An active campaign a member may be served from, as the assignment reads it. */
export interface ServableCampaignRow {
  id: number;
  name: string;
  question: string;
  options: CampaignOption[];
  answers_per_task: number;
  max_answers_per_task: number;
  gold_share: number;
  gold_min_answers: number;
  min_evidence: number;
  reward_per_answer: string;
}

/**
 * Active campaigns with budget for one more answer, in id order: the given ones (null: all),
 * and only those the place's scope serves (mayAnswerHere, bound from the same AnswerScope).
 */
export async function selectServableCampaigns(q: Queryable, campaignIds: readonly number[] | null, scope: AnswerScope): Promise<ServableCampaignRow[]> {
  return q.query(
    `SELECT id, name, question, options, answers_per_task, max_answers_per_task, gold_share, gold_min_answers, min_evidence, reward_per_answer
     FROM campaign JOIN campaign_budget b ON b.campaign_id = campaign.id
     WHERE status = 'active' AND b.spent + reward_per_answer <= b.budget
       AND ($1::int[] IS NULL OR id = ANY($1::int[]))
       AND ($2::boolean OR community_id IS NULL OR community_id = $3::int)
     ORDER BY id`,
    [campaignIds ? [...campaignIds] : null, scope.everyCommunity, scope.communityId],
  );
}
