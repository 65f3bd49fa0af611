import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InferenceSession } from 'onnxruntime-node';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors';
import type { Logger } from '../logger';
import { parseModelRegistration, specFromRow, storedConfig, type ModelDevice, type ModelInputKind, type ModelSpec } from './model-spec';
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

interface ModelRow {
  id: number;
  campaign_id: number;
  name: string;
  path: string;
  sha256: string;
  input_kind: ModelInputKind;
  classes: string[];
  config: Record<string, unknown>;
  created_at: Date;
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
    const [c] = await this.ds.query(`SELECT options FROM campaign WHERE id = $1`, [campaignId]);
    if (!c) throw new DomainError('campaign.not_found', { campaignId });
    const { name, path: given, spec } = parseModelRegistration(input, (c.options as { id: string }[]).map((o) => o.id));
    const file = path.resolve(given);
    const bytes = await this.readModelFile(file);
    const opened = await this.open(bytes, file, spec);
    let model: RegisteredModel;
    try {
      model = await this.ds.transaction(async (m) => {
        // The campaign row lock orders two registrations for the same campaign.
        const [locked] = await m.query(`SELECT id FROM campaign WHERE id = $1 FOR NO KEY UPDATE`, [campaignId]);
        if (!locked) throw new DomainError('campaign.not_found', { campaignId });
        const replaced: { id: number }[] = await m.query(`DELETE FROM onnx_model WHERE campaign_id = $1 RETURNING id`, [campaignId]).then((r) => r[0]);
        const [row]: ModelRow[] = await m.query(
          `INSERT INTO onnx_model (campaign_id, name, path, sha256, input_kind, classes, config)
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb) RETURNING *`,
          [campaignId, name ?? path.basename(file), file, sha256(bytes), spec.inputKind, JSON.stringify(spec.classes), JSON.stringify(storedConfig(spec))],
        );
        await m.query(`UPDATE campaign SET baseline_model = $2, updated_at = now() WHERE id = $1`, [campaignId, row.name]);
        if (replaced.length > 0) {
          await m.query(`UPDATE task SET baseline_label = NULL, baseline_confidence = NULL WHERE campaign_id = $1 AND baseline_label IS NOT NULL`, [campaignId]);
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
    const [row]: ModelRow[] = await this.ds.query(`SELECT * FROM onnx_model WHERE campaign_id = $1`, [campaignId]);
    return row ? toModel(row) : undefined;
  }

  /** Every registered model, oldest first. */
  async all(): Promise<RegisteredModel[]> {
    const rows: ModelRow[] = await this.ds.query(`SELECT * FROM onnx_model ORDER BY id`);
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
