import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InferenceSession } from 'onnxruntime-node';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors';
import type { Logger } from '../logger';
import { parseModelRegistration, specFromRow, storedConfig, type ModelDevice, type ModelSpec } from './model-spec';
import {
  clearPredictions,
  deleteCampaignModels,
  insertModel,
  lockCampaign,
  selectCampaignOptionIds,
  selectModelOfCampaign,
  selectModels,
  setCampaignBaselineModel,
  type ModelRow,
} from './model-registry.statements';
import { checkModelSignature, openOnnxSession, type ExecutionProvider, type ModelSignature } from './onnx-session';

/** A model as registered for a campaign. */
export interface RegisteredModel {
  id: number;
  campaignId: number;
  name: string;
  /** Absolute path of the .onnx file. */
  path: string;
  sha256: string;
  spec: ModelSpec;
  createdAt: Date;
}

/** A registered model with its open session, ready for batches. */
export interface LoadedModel {
  model: RegisteredModel;
  session: InferenceSession;
  signature: ModelSignature;
  provider: ExecutionProvider;
}

const toModel = (r: ModelRow): RegisteredModel => ({
  id: r.id,
  campaignId: r.campaign_id,
  name: r.name,
  path: r.path,
  sha256: r.sha256,
  spec: specFromRow(r),
  createdAt: r.created_at,
});

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/**
 * The ONNX models registered per campaign and their sessions: one session per model id,
 * opened on first use (or at registration) and kept until close(). Sessions live in this
 * instance, never in a module, so each core owns and releases its own.
 */
export class ModelRegistry {
  private readonly sessions = new Map<number, Promise<LoadedModel>>();
  /** Why cuda failed once in this process; later models go straight to cpu under `auto`. */
  private cudaError: string | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly logger: Logger,
    private readonly device: ModelDevice,
  ) {}

  /**
   * Registers (or replaces) the baseline model of a campaign. The file is loaded and
   * checked against the declared input kind and classes before anything is written; a
   * replaced model's predictions are cleared so the new one computes its own.
   * @throws DomainError campaign.not_found, model.invalid_config, model.invalid_file,
   *   model.shape_mismatch, model.device_unavailable
   */
  async register(campaignId: number, input: unknown): Promise<RegisteredModel> {
    const optionIds = await selectCampaignOptionIds(this.ds, campaignId);
    if (!optionIds) throw new DomainError('campaign.not_found', { campaignId });
    const { name, path: given, spec } = parseModelRegistration(input, optionIds);
    const file = path.resolve(given);
    const bytes = await this.readModelFile(file);
    const opened = await this.open(bytes, file, spec);
    let model: RegisteredModel;
    try {
      model = await this.ds.transaction(async (m) => {
        // The campaign row lock orders two registrations for the same campaign.
        if (!(await lockCampaign(m, campaignId))) throw new DomainError('campaign.not_found', { campaignId });
        const replaced = await deleteCampaignModels(m, campaignId);
        const row = await insertModel(m, {
          campaignId,
          name: name ?? path.basename(file),
          path: file,
          sha256: sha256(bytes),
          inputKind: spec.inputKind,
          classesJson: JSON.stringify(spec.classes),
          configJson: JSON.stringify(storedConfig(spec)),
        });
        await setCampaignBaselineModel(m, campaignId, row.name);
        if (replaced.length > 0) {
          await clearPredictions(m, campaignId);
          for (const r of replaced) void this.release(r.id);
        }
        return toModel(row);
      });
    } catch (e) {
      await opened.session.release();
      throw e;
    }
    this.logLoaded(model, opened.provider, opened.cudaError);
    this.sessions.set(model.id, Promise.resolve({ model, session: opened.session, signature: opened.signature, provider: opened.provider }));
    return model;
  }

  /** The model registered for a campaign, if any. */
  async forCampaign(campaignId: number): Promise<RegisteredModel | undefined> {
    const row = await selectModelOfCampaign(this.ds, campaignId);
    return row ? toModel(row) : undefined;
  }

  /** Every registered model, oldest first. */
  async all(): Promise<RegisteredModel[]> {
    const rows = await selectModels(this.ds);
    return rows.map(toModel);
  }

  /**
   * The model's session, opened once per model id and then shared.
   * @throws DomainError model.invalid_file, model.file_changed, model.shape_mismatch,
   *   model.device_unavailable
   */
  load(model: RegisteredModel): Promise<LoadedModel> {
    let p = this.sessions.get(model.id);
    if (!p) {
      p = (async () => {
        const bytes = await this.readModelFile(model.path);
        if (sha256(bytes) !== model.sha256) throw new DomainError('model.file_changed', { path: model.path });
        const opened = await this.open(bytes, model.path, model.spec);
        this.logLoaded(model, opened.provider, opened.cudaError);
        return { model, session: opened.session, signature: opened.signature, provider: opened.provider };
      })();
      this.sessions.set(model.id, p);
      // A failed load is not cached: the next run tries again (the file may be fixed).
      p.catch(() => this.sessions.delete(model.id));
    }
    return p;
  }

  /** Releases one model's session (after it was replaced). */
  async release(modelId: number): Promise<void> {
    const p = this.sessions.get(modelId);
    this.sessions.delete(modelId);
    const loaded = await p?.catch(() => undefined);
    await loaded?.session.release();
  }

  /** Releases every session this registry opened. */
  async close(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.release(id)));
  }

  private async readModelFile(file: string): Promise<Buffer> {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      throw new DomainError('model.invalid_file', { path: file, reason: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
    }
    if (bytes.length === 0) throw new DomainError('model.invalid_file', { path: file, reason: 'the file is empty' });
    return bytes;
  }

  private async open(bytes: Uint8Array, file: string, spec: ModelSpec) {
    const opened = await openOnnxSession(bytes, this.device, file, this.cudaError);
    if (opened.cudaError !== undefined) this.cudaError = opened.cudaError;
    try {
      return { ...opened, signature: await checkModelSignature(opened.session, spec, file) };
    } catch (e) {
      await opened.session.release();
      throw e;
    }
  }

  private logLoaded(model: RegisteredModel, provider: ExecutionProvider, cudaError: string | undefined): void {
    this.logger.info('baseline model loaded', {
      modelId: model.id,
      campaignId: model.campaignId,
      model: model.name,
      device: this.device,
      provider,
      ...(provider === 'cpu' && this.device === 'auto' ? { cuda: `unavailable: ${cudaError ?? 'unknown'}` } : {}),
    });
  }
}
