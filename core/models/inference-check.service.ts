import type { DataSource } from 'typeorm';
import type { CampaignService } from '../campaigns/campaign.service';
import type { CampaignOption } from '../domain/campaign-types';
import type { ConsensusMode } from '../domain/consensus-mode';
import { DomainError } from '../errors';
import { countPredictions, deleteCampaign, insertCheckTasks, insertInferenceCheck, selectCheckTallies, selectModelName } from './inference-check.statements';

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
    if ((await countPredictions(this.ds, sourceCampaignId)) === 0) throw new DomainError('model.no_predictions', { campaignId: sourceCampaignId });
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
        const model = await selectModelName(m, sourceCampaignId);
        await insertInferenceCheck(m, { checkCampaignId: check.id, sourceCampaignId, modelId: model?.id ?? null, modelName: model?.name ?? source.baselineModel ?? 'baseline' });
        return insertCheckTasks(m, check.id, sourceCampaignId, opts.limit);
      });
    } catch (e) {
      await deleteCampaign(this.ds, check.id);
      throw e;
    }
    if (opts.activate) await this.campaigns.transition(check.id, 'activate');
    return { campaignId: check.id, sourceCampaignId, tasks };
  }

  /** @see BaselineService.verifiedAccuracy */
  async verifiedAccuracy(campaignId: number): Promise<VerifiedAccuracy | null> {
    const rows = await selectCheckTallies(this.ds, campaignId);
    if (rows.length === 0) return null;
    const share = (yes: number, no: number) => (yes + no === 0 ? null : yes / (yes + no));
    const checks: CheckTally[] = rows.map((r) => ({
      checkCampaignId: r.check_campaign_id,
      sourceCampaignId: r.source_campaign_id,
      modelName: r.model_name,
      tasks: r.tasks,
      yes: r.yes,
      no: r.no,
      unsure: r.unsure,
      uncertain: r.uncertain,
      open: r.open,
      accuracy: share(r.yes, r.no),
    }));
    const yes = checks.reduce((s, c) => s + c.yes, 0);
    const no = checks.reduce((s, c) => s + c.no, 0);
    return { accuracy: share(yes, no), decided: yes + no, checks };
  }
}
