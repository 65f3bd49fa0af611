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

/** A member's answers in a campaign: all of them, and those to gold tasks. */
export interface AnsweredInRow {
  answered: number;
  gold: number;
}

/** How many answers a member gave in a campaign, and how many of them to gold tasks. */
export async function selectAnsweredIn(q: Queryable, campaignId: number, memberId: number): Promise<AnsweredInRow> {
  const [row] = await q.query(
    `SELECT count(*)::int AS answered, count(*) FILTER (WHERE t.gold_label IS NOT NULL)::int AS gold
     FROM answer a JOIN task t ON t.id = a.task_id
     WHERE a.member_id = $1 AND a.campaign_id = $2`,
    [memberId, campaignId],
  );
  return row;
}
