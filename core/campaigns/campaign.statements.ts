import type { Campaign } from '../db/entities';
import type { CampaignKind, CampaignOption, CampaignStatus } from '../domain/campaign-types';
import type { ConsensusMode } from '../domain/consensus-mode';
import type { Queryable } from '../db/queryable';
import type { CampaignTranslations } from './campaign-translations';

/** A campaign with its money (base units), which lives in campaign_budget. */
export type CampaignView = Campaign & { budget: bigint; spent: bigint };

/** A campaign row with its budget row (money as text: numeric(78,0) exceeds a double). */
interface CampaignViewRow {
  id: number;
  name: string;
  kind: CampaignKind;
  question: string;
  options: CampaignOption[];
  reward_per_answer: string;
  answers_per_task: number;
  max_answers_per_task: number;
  target_confidence: number;
  gold_share: number;
  consensus_mode: ConsensusMode;
  min_accuracy: number | null;
  min_evidence: number;
  gold_min_answers: number;
  gold_max_failure: number;
  min_think_ms: number;
  baseline_model: string | null;
  chat_ids: string[];
  license: string | null;
  translations: CampaignTranslations;
  status: CampaignStatus;
  created_by: number | null;
  community_id: number | null;
  created_at: Date | string;
  updated_at: Date | string;
  budget: string;
  spent: string;
}

/** The columns of a CampaignViewRow (c: campaign, b: its campaign_budget). */
const VIEW_COLUMNS = `c.id, c.name, c.kind, c.question, c.options, c.reward_per_answer::text AS reward_per_answer, c.answers_per_task,
  c.max_answers_per_task, c.target_confidence, c.gold_share, c.consensus_mode, c.min_accuracy, c.min_evidence, c.gold_min_answers,
  c.gold_max_failure, c.min_think_ms, c.baseline_model, c.chat_ids, c.license, c.translations, c.status, c.created_by, c.community_id, c.created_at, c.updated_at,
  b.budget::text AS budget, b.spent::text AS spent`;

const toCampaignView = (r: CampaignViewRow): CampaignView => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  question: r.question,
  options: r.options,
  rewardPerAnswer: BigInt(r.reward_per_answer),
  answersPerTask: r.answers_per_task,
  maxAnswersPerTask: r.max_answers_per_task,
  targetConfidence: r.target_confidence,
  goldShare: r.gold_share,
  consensusMode: r.consensus_mode,
  minAccuracy: r.min_accuracy,
  minEvidence: r.min_evidence,
  goldMinAnswers: r.gold_min_answers,
  goldMaxFailure: r.gold_max_failure,
  minThinkMs: r.min_think_ms,
  baselineModel: r.baseline_model,
  chatIds: r.chat_ids,
  license: r.license,
  translations: r.translations,
  status: r.status,
  createdBy: r.created_by,
  communityId: r.community_id,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  budget: BigInt(r.budget),
  spent: BigInt(r.spent),
});

/** One campaign with its money; undefined when there is no such campaign. */
export async function selectCampaignView(q: Queryable, campaignId: number): Promise<CampaignView | undefined> {
  const rows: CampaignViewRow[] = await q.query(`SELECT ${VIEW_COLUMNS} FROM campaign c JOIN campaign_budget b ON b.campaign_id = c.id WHERE c.id = $1`, [
    campaignId,
  ]);
  return rows[0] && toCampaignView(rows[0]);
}

/**
 * The newest 100 campaigns with their money, newest first; only those of the given
 * statuses, or of one community, when named (null: any).
 */
export async function selectCampaignViews(q: Queryable, filter: { statuses: CampaignStatus[] | null; communityId: number | null }): Promise<CampaignView[]> {
  const rows: CampaignViewRow[] = await q.query(
    `SELECT ${VIEW_COLUMNS} FROM campaign c JOIN campaign_budget b ON b.campaign_id = c.id
     WHERE ($1::text[] IS NULL OR c.status = ANY($1::text[])) AND ($2::int IS NULL OR c.community_id = $2::int)
     ORDER BY c.id DESC LIMIT 100`,
    [filter.statuses, filter.communityId],
  );
  return rows.map(toCampaignView);
}

/** Takes the transaction-scoped lock that orders campaign creations against the supply cap. */
export async function lockSupply(q: Queryable): Promise<void> {
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('tnet.supply'))`);
}

/** Base units the campaign budgets hold of the supply: an open campaign's budget, a closed one's spending. */
export async function selectReservedSupply(q: Queryable): Promise<bigint> {
  const [r]: { reserved: string }[] = await q.query(
    `SELECT coalesce(sum(CASE WHEN c.status = 'closed' THEN b.spent ELSE b.budget END), 0)::text AS reserved
       FROM campaign_budget b JOIN campaign c ON c.id = b.campaign_id`,
  );
  return BigInt(r.reserved);
}

/** A campaign's status and community, as a transition reads them. */
export interface CampaignStatusRow {
  status: CampaignStatus;
  community_id: number | null;
}

/**
 * Locks a campaign for a status change and reads where it stands; undefined when there is
 * no such campaign. NO KEY UPDATE leaves answers (which reference it) free to go in.
 */
export async function lockCampaignStatus(q: Queryable, campaignId: number): Promise<CampaignStatusRow | undefined> {
  const rows: CampaignStatusRow[] = await q.query(`SELECT status, community_id FROM campaign WHERE id = $1 FOR NO KEY UPDATE`, [campaignId]);
  return rows[0];
}

/** How many regular (non-gold) tasks a campaign has. */
export async function countRegularTasks(q: Queryable, campaignId: number): Promise<number> {
  const [{ n }]: { n: number }[] = await q.query(`SELECT count(*)::int AS n FROM task WHERE campaign_id = $1 AND gold_label IS NULL`, [campaignId]);
  return n;
}

/** How many regular (non-gold) tasks of a campaign are open. */
export async function countOpenRegularTasks(q: Queryable, campaignId: number): Promise<number> {
  const [{ n }]: { n: number }[] = await q.query(`SELECT count(*)::int AS n FROM task WHERE campaign_id = $1 AND gold_label IS NULL AND status = 'open'`, [campaignId]);
  return n;
}

/** Sets a campaign's status. */
export async function updateCampaignStatus(q: Queryable, campaignId: number, status: CampaignStatus): Promise<void> {
  await q.query(`UPDATE campaign SET status = $2, updated_at = now() WHERE id = $1`, [campaignId, status]);
}

/**
 * Closes every active campaign whose regular tasks all are final; returns their ids. A
 * contribute campaign's check campaign stays open while its contribute campaign is not
 * closed: more contributions, so more checks, may come.
 */
export async function closeFinishedCampaigns(q: Queryable): Promise<number[]> {
  const [rows]: [{ id: number }[]] = await q.query(
    `UPDATE campaign c SET status = 'closed', updated_at = now()
       WHERE c.status = 'active'
         AND EXISTS (SELECT 1 FROM task t WHERE t.campaign_id = c.id AND t.gold_label IS NULL)
         AND NOT EXISTS (SELECT 1 FROM task t WHERE t.campaign_id = c.id AND t.gold_label IS NULL AND t.status = 'open')
         AND NOT EXISTS (SELECT 1 FROM contribution_campaign k JOIN campaign p ON p.id = k.campaign_id WHERE k.check_campaign_id = c.id AND p.status <> 'closed')
       RETURNING c.id`,
  );
  return rows.map((r) => r.id);
}

/** A campaign's budget (base units); undefined when it has no budget row. */
export async function selectCampaignBudget(q: Queryable, campaignId: number): Promise<bigint | undefined> {
  const [b]: { budget: string }[] = await q.query(`SELECT budget::text AS budget FROM campaign_budget WHERE campaign_id = $1`, [campaignId]);
  return b && BigInt(b.budget);
}

/**
 * Deletes a campaign if it is a draft without tasks; returns its community (null for a
 * platform campaign), or undefined when nothing was deleted.
 */
export async function deleteEmptyDraft(q: Queryable, campaignId: number): Promise<{ communityId: number | null } | undefined> {
  const [rows]: [{ id: number; community_id: number | null }[]] = await q.query(
    `DELETE FROM campaign c WHERE c.id = $1 AND c.status = 'draft' AND NOT EXISTS (SELECT 1 FROM task t WHERE t.campaign_id = c.id)
         RETURNING c.id, c.community_id`,
    [campaignId],
  );
  return rows.length === 1 ? { communityId: rows[0].community_id } : undefined;
}

/**
 * Adds a chat ("platform:chatId") to a campaign's chat_ids unless it is there already;
 * returns the campaign's community (null for a platform campaign), undefined when there is
 * no such campaign.
 */
export async function addCampaignChat(q: Queryable, campaignId: number, chatId: string): Promise<{ communityId: number | null } | undefined> {
  const [rows]: [{ id: number; community_id: number | null }[]] = await q.query(
    `UPDATE campaign SET chat_ids = CASE WHEN chat_ids @> to_jsonb($2::text) THEN chat_ids ELSE chat_ids || to_jsonb($2::text) END,
                updated_at = now()
         WHERE id = $1 RETURNING id, community_id`,
    [campaignId, chatId],
  );
  return rows.length === 0 ? undefined : { communityId: rows[0].community_id };
}

/** A campaign's tasks by kind and status. */
export interface TaskCountsRow {
  tasks: number;
  gold: number;
  /** Open regular tasks. */
  open: number;
  final: number;
  uncertain: number;
}

/** Counts a campaign's tasks by kind and status. */
export async function selectTaskCounts(q: Queryable, campaignId: number): Promise<TaskCountsRow> {
  const [t]: TaskCountsRow[] = await q.query(
    `SELECT count(*)::int AS tasks,
              count(*) FILTER (WHERE gold_label IS NOT NULL)::int AS gold,
              count(*) FILTER (WHERE status = 'open' AND gold_label IS NULL)::int AS open,
              count(*) FILTER (WHERE status = 'final')::int AS final,
              count(*) FILTER (WHERE status = 'final_uncertain')::int AS uncertain
       FROM task WHERE campaign_id = $1`,
    [campaignId],
  );
  return t;
}

/** A campaign's answers and the members who gave them. */
export interface AnswerCountsRow {
  answers: number;
  members: number;
}

/** Counts a campaign's answers and distinct members. */
export async function selectAnswerCounts(q: Queryable, campaignId: number): Promise<AnswerCountsRow> {
  const [a]: AnswerCountsRow[] = await q.query(
    `SELECT count(*)::int AS answers, count(DISTINCT member_id)::int AS members FROM answer WHERE campaign_id = $1`,
    [campaignId],
  );
  return a;
}

/** A campaign's ledger rows: paid or payable, and withheld. */
export interface LedgerCountsRow {
  accepted: number;
  withheld: number;
}

/** Counts a campaign's ledger rows, accepted and withheld. */
export async function selectLedgerCounts(q: Queryable, campaignId: number): Promise<LedgerCountsRow> {
  const [l]: LedgerCountsRow[] = await q.query(
    `SELECT count(*) FILTER (WHERE status <> 'withheld')::int AS accepted,
              count(*) FILTER (WHERE status = 'withheld')::int AS withheld
       FROM reward_ledger WHERE campaign_id = $1`,
    [campaignId],
  );
  return l;
}
