import type { DataSource } from 'typeorm';
import type { CampaignService } from '../campaigns/campaign.service';
import type { CampaignOption, ConsensusMode } from '../db/entities';
import { DomainError } from '../errors';

/** The answers of a check task. */
export const CHECK_OPTIONS: readonly CampaignOption[] = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'unsure', label: 'Unsure' },
];

/** What a moderator sets for a generated check campaign; amounts are TNET decimals ("1"). */
export interface CheckCampaignOptions {
  reward: string;
  budget: string;
  name?: string;
  answersPerTask?: number;
  maxAnswersPerTask?: number;
  targetConfidence?: number;
  consensusMode?: ConsensusMode;
  /** At most this many predictions, a fixed pseudo-random sample of them; default: all. */
  limit?: number;
  /** Activate right away (default: stays a draft to review). */
  activate?: boolean;
  createdBy?: number | null;
}

export interface CheckCampaignResult {
  campaignId: number;
  sourceCampaignId: number;
  tasks: number;
}

/** Members' verdicts on one check campaign, and the accuracy they give the model. */
export interface CheckTally {
  checkCampaignId: number;
  sourceCampaignId: number;
  modelName: string;
  tasks: number;
  /** Final (confident) check tasks by consensus. */
  yes: number;
  no: number;
  unsure: number;
  /** Check tasks that ended at the answer limit without a confident consensus. */
  uncertain: number;
  open: number;
  /** yes / (yes + no); null before any is decided. */
  accuracy: number | null;
}

export interface VerifiedAccuracy {
  /** yes / (yes + no) over every related check campaign; null before any is decided. */
  accuracy: number | null;
  /** yes + no: the number of predictions the accuracy rests on. */
  decided: number;
  checks: CheckTally[];
}

/** "The model says Positive, 92%. Is it right?": probability in whole percent, half up. */
export function checkSentence(label: string, probability: number): string {
  return `The model says ${label}, ${Math.round(probability * 100)}%. Is it right?`;
}

/** Generates check campaigns from baseline predictions and tallies their consensus. */
export class InferenceCheckService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignService,
  ) {}

  /**
   * A `check` campaign with one task per baseline prediction of the source's regular (non
   * gold) tasks. Each task's payload keeps the item, the model's label and probability
   * and the source task id; its text reads "<item text>\n\nThe model says X, 92%. Is it right?".
   * @throws DomainError campaign.not_found, model.no_predictions, campaign.invalid_definition
   */
  async create(sourceCampaignId: number, opts: CheckCampaignOptions): Promise<CheckCampaignResult> {
    const source = await this.campaigns.get(sourceCampaignId);
    const [{ n }] = await this.ds.query(
      `SELECT count(*)::int AS n FROM task WHERE campaign_id = $1 AND baseline_label IS NOT NULL AND gold_label IS NULL`,
      [sourceCampaignId],
    );
    if (n === 0) throw new DomainError('model.no_predictions', { campaignId: sourceCampaignId });
    const check = await this.campaigns.create(
      {
        name: (opts.name ?? `Check: ${source.name}`).slice(0, 120),
        kind: 'check',
        question: `Is the model's answer right? ${source.question}`.slice(0, 1000),
        options: CHECK_OPTIONS,
        reward: opts.reward,
        budget: opts.budget,
        answersPerTask: opts.answersPerTask ?? source.answersPerTask,
        maxAnswersPerTask: opts.maxAnswersPerTask,
        targetConfidence: opts.targetConfidence ?? source.targetConfidence,
        consensusMode: opts.consensusMode ?? source.consensusMode,
      },
      opts.createdBy ?? null,
    );
    let tasks: number;
    try {
      tasks = await this.ds.transaction(async (m) => {
        const [model] = await m.query(`SELECT id, name FROM onnx_model WHERE campaign_id = $1`, [sourceCampaignId]);
        await m.query(`INSERT INTO inference_check (check_campaign_id, source_campaign_id, model_id, model_name) VALUES ($1, $2, $3, $4)`, [
          check.id,
          sourceCampaignId,
          model?.id ?? null,
          model?.name ?? source.baselineModel ?? 'baseline',
        ]);
        // One statement, so a campaign of any size is copied without reading it into memory.
        // The percentage rounds half up, as checkSentence does (numeric round, not float rint).
        const inserted: unknown[] = await m.query(
          `INSERT INTO task (campaign_id, item_key, payload)
           SELECT $1, t.item_key, jsonb_strip_nulls(jsonb_build_object(
               'text', concat_ws(E'\\n\\n', coalesce(t.payload->>'text', t.payload->>'content', t.payload->>'question'),
                 'The model says ' || coalesce(o.label, t.baseline_label) || ', ' || round((t.baseline_confidence * 100)::numeric)::int || '%. Is it right?'),
               'item', t.payload,
               'model_label', t.baseline_label,
               'model_label_text', coalesce(o.label, t.baseline_label),
               'model_probability', t.baseline_confidence,
               'source_task_id', t.id))
           FROM task t
           LEFT JOIN LATERAL (SELECT e->>'label' AS label FROM campaign c, jsonb_array_elements(c.options) e
                              WHERE c.id = t.campaign_id AND e->>'id' = t.baseline_label LIMIT 1) o ON true
           WHERE t.campaign_id = $2 AND t.baseline_label IS NOT NULL AND t.gold_label IS NULL
           ORDER BY ${opts.limit === undefined ? 't.id' : 'md5(t.id::text), t.id'}
           LIMIT $3
           RETURNING id`,
          [check.id, sourceCampaignId, opts.limit ?? null],
        );
        return inserted.length;
      });
    } catch (e) {
      await this.ds.query(`DELETE FROM campaign WHERE id = $1`, [check.id]);
      throw e;
    }
    if (opts.activate) await this.campaigns.transition(check.id, 'activate');
    return { campaignId: check.id, sourceCampaignId, tasks };
  }

  /** @see BaselineService.verifiedAccuracy */
  async verifiedAccuracy(campaignId: number): Promise<VerifiedAccuracy | null> {
    const rows = await this.ds.query(
      `SELECT ic.check_campaign_id, ic.source_campaign_id, ic.model_name,
              count(t.id)::int AS tasks,
              count(*) FILTER (WHERE t.status = 'final' AND t.consensus_label = 'yes')::int AS yes,
              count(*) FILTER (WHERE t.status = 'final' AND t.consensus_label = 'no')::int AS no,
              count(*) FILTER (WHERE t.status = 'final' AND t.consensus_label = 'unsure')::int AS unsure,
              count(*) FILTER (WHERE t.status = 'final_uncertain')::int AS uncertain,
              count(*) FILTER (WHERE t.status = 'open')::int AS open
       FROM inference_check ic LEFT JOIN task t ON t.campaign_id = ic.check_campaign_id
       WHERE ic.check_campaign_id = $1 OR ic.source_campaign_id = $1
       GROUP BY ic.check_campaign_id, ic.source_campaign_id, ic.model_name
       ORDER BY ic.check_campaign_id`,
      [campaignId],
    );
    if (rows.length === 0) return null;
    const share = (yes: number, no: number) => (yes + no === 0 ? null : yes / (yes + no));
    const checks: CheckTally[] = rows.map((r: Record<string, number | string>) => ({
      checkCampaignId: r.check_campaign_id as number,
      sourceCampaignId: r.source_campaign_id as number,
      modelName: r.model_name as string,
      tasks: r.tasks as number,
      yes: r.yes as number,
      no: r.no as number,
      unsure: r.unsure as number,
      uncertain: r.uncertain as number,
      open: r.open as number,
      accuracy: share(r.yes as number, r.no as number),
    }));
    const yes = checks.reduce((s, c) => s + c.yes, 0);
    const no = checks.reduce((s, c) => s + c.no, 0);
    return { accuracy: share(yes, no), decided: yes + no, checks };
  }
}
