import type { DataSource } from 'typeorm';
import type { CampaignService } from '../campaigns/campaign.service';
import { DomainError, isDomainError } from '../errors';
import type { Logger } from '../logger';
import { countPending, insertFailures, lockModelKeyShare, lockPendingBatch, peekPendingBatch, selectHasPending, updatePredictions } from './baseline.statements';
import { InferenceCheckService, type CheckCampaignOptions, type CheckCampaignResult, type VerifiedAccuracy } from './inference-check.service';
import type { ImageStore } from '../media/image-store';
import { safeFetchImage } from '../media/safe-fetch';
import { encodeBatch, topClasses, type ImageSources } from './model-input';
import { ModelRegistry, type LoadedModel, type RegisteredModel } from './model-registry';
import type { ModelDevice } from './model-spec';
import { runModel, type ExecutionProvider } from './onnx-session';

export interface BaselineOptions {
  /** cuda, cpu, or auto (cuda, else cpu): MODEL_DEVICE. */
  device: ModelDevice;
  /** Tasks per inference batch (and per database transaction). */
  batchSize: number;
  /** Uploaded images that image items name by ref. */
  media?: ImageStore;
  /** How an image URL is fetched (default: safeFetchImage, public addresses only). */
  fetchUrl?: (url: string) => Promise<Buffer>;
}

/** The image URLs of a batch's payloads, fetched at once; what failed keeps its error. */
async function prefetch(urls: readonly string[], fetchUrl: (url: string) => Promise<Buffer>): Promise<Map<string, Promise<Buffer>>> {
  const fetched = new Map<string, Promise<Buffer>>();
  for (const url of new Set(urls)) {
    const p = fetchUrl(url);
    p.catch(() => undefined);
    fetched.set(url, p);
  }
  await Promise.allSettled(fetched.values());
  return fetched;
}

/** What one campaign's inference pass did. */
export interface BaselineCampaignRun {
  campaignId: number;
  modelId: number;
  provider: ExecutionProvider | undefined;
  /** Tasks that got a label and probability. */
  predicted: number;
  /** Tasks the model could not read (recorded, not offered again). */
  failed: number;
  batches: number;
  /** Set when the pass stopped on an error (a model that no longer loads). */
  error?: string;
}

export interface BaselineRunSummary {
  campaigns: BaselineCampaignRun[];
  predicted: number;
  failed: number;
}

/**
 * ONNX baselines: registration (through the ModelRegistry), batched inference over a
 * campaign's tasks into task.baseline_label / baseline_confidence, and the check
 * campaigns that verify a model's predictions. Work is pulled in task id order with
 * FOR NO KEY UPDATE SKIP LOCKED, one transaction per batch, so several inference hosts
 * can share a campaign and none holds locks longer than one batch.
 */
export class BaselineService {
  readonly registry: ModelRegistry;
  private readonly checks: InferenceCheckService;

  constructor(
    private readonly ds: DataSource,
    campaigns: CampaignService,
    private readonly logger: Logger,
    private readonly opts: BaselineOptions,
  ) {
    this.registry = new ModelRegistry(ds, logger, opts.device);
    this.checks = new InferenceCheckService(ds, campaigns);
  }

  /**
   * Registers an operator's ONNX file for a campaign ({ path, classes, inputKind, config, name }).
   * @throws DomainError campaign.not_found, model.invalid_config, model.invalid_file,
   *   model.shape_mismatch, model.device_unavailable
   */
  register(campaignId: number, registration: unknown): Promise<RegisteredModel> {
    return this.registry.register(campaignId, registration);
  }

  /** @throws DomainError model.not_found */
  async model(campaignId: number): Promise<RegisteredModel> {
    const m = await this.registry.forCampaign(campaignId);
    if (!m) throw new DomainError('model.not_found', { campaignId });
    return m;
  }

  /**
   * Predicts every pending task of one campaign (no label yet, not failed before), in
   * batches of `batchSize` (default: the configured size). `onProgress` hears, after each
   * batch, how many tasks this pass handled (predicted or failed) of those pending when it
   * began.
   * @throws DomainError model.not_found, model.invalid_file, model.file_changed,
   *   model.shape_mismatch, model.device_unavailable
   */
  async predictCampaign(campaignId: number, opts: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<BaselineCampaignRun> {
    const loaded = await this.registry.load(await this.model(campaignId));
    return this.drain(loaded, opts.batchSize ?? this.opts.batchSize, opts.onProgress);
  }

  /**
   * One pass over every campaign with a registered model; a model that fails to load is
   * logged and skipped so the others still run. Returns what each campaign did.
   */
  async runPending(opts: { batchSize?: number } = {}): Promise<BaselineRunSummary> {
    const runs: BaselineCampaignRun[] = [];
    for (const model of await this.registry.all()) {
      if (!(await selectHasPending(this.ds, model.campaignId, model.id))) continue;
      try {
        runs.push(await this.drain(await this.registry.load(model), opts.batchSize ?? this.opts.batchSize));
      } catch (e) {
        if (!isDomainError(e)) throw e;
        this.logger.error('baseline model cannot run', { campaignId: model.campaignId, modelId: model.id, code: e.code, details: e.details });
        runs.push({ campaignId: model.campaignId, modelId: model.id, provider: undefined, predicted: 0, failed: 0, batches: 0, error: e.code });
      }
    }
    return { campaigns: runs, predicted: runs.reduce((s, r) => s + r.predicted, 0), failed: runs.reduce((s, r) => s + r.failed, 0) };
  }

  /**
   * Generates a `check` campaign (draft unless `activate`) asking members whether each
   * baseline prediction of the source campaign is right: yes / no / unsure.
   * @throws DomainError campaign.not_found, model.no_predictions, campaign.invalid_definition
   */
  createCheckCampaign(sourceCampaignId: number, opts: CheckCampaignOptions): Promise<CheckCampaignResult> {
    return this.checks.create(sourceCampaignId, opts);
  }

  /**
   * The model's accuracy as members verified it, for a check campaign or for the campaign
   * it checks: yes / (yes + no) over confidently decided check tasks; null when no check
   * campaign relates to `campaignId`.
   */
  verifiedAccuracy(campaignId: number): Promise<VerifiedAccuracy | null> {
    return this.checks.verifiedAccuracy(campaignId);
  }

  /** Releases every model session. */
  close(): Promise<void> {
    return this.registry.close();
  }

  private async drain(loaded: LoadedModel, batchSize: number, onProgress?: (done: number, total: number) => void): Promise<BaselineCampaignRun> {
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batch size must be a positive integer, got ${batchSize}`);
    const { model } = loaded;
    const run: BaselineCampaignRun = { campaignId: model.campaignId, modelId: model.id, provider: loaded.provider, predicted: 0, failed: 0, batches: 0 };
    // The total is what was pending at the start; other hosts may take some, so a pass can
    // end below it.
    let total = 0;
    if (onProgress) {
      total = await countPending(this.ds, model.campaignId, model.id);
      onProgress(0, total);
    }
    // Keyset over ids: rows another host holds are skipped, not waited for; rows this pass
    // could not lock are left for the next pass.
    let after = 0;
    const fetchUrl = this.opts.fetchUrl ?? (async (url: string) => (await safeFetchImage(url)).bytes);
    const field = model.spec.inputKind === 'image' ? model.spec.config.field : undefined;
    for (;;) {
      // Image URLs are fetched before the batch's transaction, so no row lock (and on
      // embedded PGlite, no other statement) waits on a remote server; a URL of a task
      // another host took meanwhile is simply fetched again inside (rare).
      const peeked = field === undefined ? [] : await peekPendingBatch(this.ds, model.campaignId, after, model.id, batchSize);
      const urls = peeked.map((t) => t.payload[field!]).filter((v): v is string => typeof v === 'string' && /^https?:\/\//i.test(v));
      const fetched = await prefetch(urls, fetchUrl);
      const sources: ImageSources = { media: this.opts.media, fetchUrl: (url) => fetched.get(url) ?? fetchUrl(url) };
      const last = await this.ds.transaction(async (m) => {
        if (!(await lockModelKeyShare(m, model.id))) return undefined;
        const tasks = await lockPendingBatch(m, model.campaignId, after, model.id, batchSize);
        if (tasks.length === 0) return undefined;
        const { data, errors } = await encodeBatch(model.spec, loaded.signature, tasks.map((t) => t.payload), sources);
        const probs = await runModel(loaded.session, loaded.signature, model.spec, data, tasks.length);
        const top = topClasses(probs, tasks.length, model.spec.classes);
        const ok = tasks.map((_, i) => i).filter((i) => errors[i] === undefined);
        const bad = tasks.map((_, i) => i).filter((i) => errors[i] !== undefined);
        if (ok.length > 0)
          await updatePredictions(
            m,
            ok.map((i) => tasks[i].id),
            ok.map((i) => top[i].label),
            ok.map((i) => top[i].probability),
          );
        if (bad.length > 0)
          await insertFailures(
            m,
            model.id,
            bad.map((i) => tasks[i].id),
            bad.map((i) => errors[i]!),
          );
        run.predicted += ok.length;
        run.failed += bad.length;
        run.batches += 1;
        return tasks[tasks.length - 1].id;
      });
      if (last === undefined) break;
      after = last;
      onProgress?.(run.predicted + run.failed, total);
    }
    return run;
  }
}
