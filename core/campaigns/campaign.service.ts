import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { insertAuditEntry, type AuditDetails } from '../audit/audit.statements';
import { allowanceLeft } from '../communities/allowance';
import { releaseAllowance, reserveAllowance, selectCommunity } from '../communities/community.statements';
import { Campaign, CampaignBudget } from '../db/entities';
import type { CampaignStatus } from '../domain/campaign-types';
import { DomainError } from '../errors';
import { TNET_CAP } from '../money';
import { parseCampaignDefinition, type CampaignDefinition } from './campaign-definition';
import { checkTranslations } from './campaign-translations';
import { CONTRIBUTION_CHECK_OPTIONS } from '../contributions/contribution-rules';
import { insertContributionCampaign, isCheckCampaign, lockCheckCompanion } from '../contributions/contribution.statements';
import {
  addCampaignChat,
  countOpenRegularTasks,
  closeFinishedCampaigns,
  countRegularTasks,
  deleteEmptyDraft,
  lockCampaignStatus,
  lockSupply,
  selectAnswerCounts,
  selectCampaignBudget,
  selectCampaignView,
  selectCampaignViews,
  selectLedgerCounts,
  selectReservedSupply,
  selectTaskCounts,
  updateCampaignStatus,
  type CampaignView,
} from './campaign.statements';
import { CampaignImports, importItemRows, type ImportResult } from './item-import';
import { selectUsedImageRefs } from './item-import.statements';
import { parseItemRows, type UploadFormat } from './item-rows';
import type { ImageStore } from '../media/image-store';
import { isMediaRefused } from '../media/media-refusal';
import { discardUpload, readZipUpload, uploadRows, type ZipUpload } from '../media/zip-upload';
import { DEFAULT_ZIP_LIMITS } from '../media/zip-entry-rules';
import { mediaProblem, type Problem } from '../domain/problem';

export interface CampaignStats {
  campaignId: number;
  name: string;
  status: CampaignStatus;
  tasks: number;
  goldTasks: number;
  openTasks: number;
  finalTasks: number;
  uncertainTasks: number;
  answers: number;
  members: number;
  acceptedAnswers: number;
  withheldAnswers: number;
  /** Base units. */
  spent: bigint;
  /** Base units. */
  budget: bigint;
  /** Share of non-gold tasks that are final, 0..1. */
  progress: number;
  /** Share of scored answers that matched the consensus, 0..1 (null before any). */
  agreement: number | null;
}

export type { CampaignView, ImportResult };

const transitions: Record<'activate' | 'pause' | 'resume' | 'close', { from: CampaignStatus[]; to: CampaignStatus }> = {
  activate: { from: ['draft'], to: 'active' },
  pause: { from: ['active'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
  close: { from: ['draft', 'active', 'paused'], to: 'closed' },
};
export type CampaignTransition = keyof typeof transitions;

/** Who made a change, for the audit line written in its transaction. */
export interface AuditedBy {
  actorMemberId: number | null;
  /** The identity that spoke ("telegram:<user id>", "cli"). */
  actor: string;
}

export class CampaignService {
  /** Imports running in this process; a transition waits for the campaign's. */
  private readonly imports = new CampaignImports();

  constructor(
    private readonly ds: DataSource,
    private readonly media: ImageStore,
  ) {}

  /**
   * Creates a draft campaign from a moderator's definition; trusted callers only (the CLI,
   * the seed, tests): the chat path goes through ModerationService. A community's campaign
   * reserves its budget from the community's allowance, every campaign under the cap. A
   * contribute campaign comes with its companion check campaign (a draft of kind check, its
   * check budget reserved beside the contributions' budget), linked in contribution_campaign.
   * @throws DomainError campaign.invalid_definition, campaign.over_cap,
   *   community.not_found, community.allowance_exceeded
   */
  async create(input: unknown, createdBy: number | null, opts: { communityId?: number | null; by?: AuditedBy } = {}): Promise<CampaignView> {
    const d = parseCampaignDefinition(input);
    const communityId = opts.communityId ?? null;
    const reserved = d.budget + (d.contribution?.checkBudget ?? 0n);
    return this.ds.transaction(async (m) => {
      if (communityId !== null && !(await reserveAllowance(m, communityId, reserved))) {
        const c = await selectCommunity(m, communityId);
        if (!c) throw new DomainError('community.not_found', { communityId });
        throw new DomainError('community.allowance_exceeded', { communityId, available: allowanceLeft(c.allowance, c.reserved) });
      }
      await this.reserveSupply(m, reserved);
      const c = await m.save(
        m.create(Campaign, {
          name: d.name,
          kind: d.kind,
          question: d.question,
          options: d.options,
          rewardPerAnswer: d.reward,
          answersPerTask: d.answersPerTask,
          maxAnswersPerTask: d.maxAnswersPerTask,
          targetConfidence: d.targetConfidence,
          goldShare: d.goldShare,
          consensusMode: d.consensusMode,
          minAccuracy: d.minAccuracy,
          minEvidence: d.minEvidence,
          goldMinAnswers: d.goldMinAnswers,
          goldMaxFailure: d.goldMaxFailure,
          minThinkMs: d.minThinkMs,
          baselineModel: d.baselineModel,
          chatIds: d.chatIds,
          license: d.license,
          translations: d.translations,
          status: 'draft',
          createdBy,
          communityId,
        }),
      );
      await m.insert(CampaignBudget, { campaignId: c.id, budget: d.budget, spent: 0n });
      if (opts.by) await this.audit(m, opts.by, c.id, communityId, 'campaign.create', { name: d.name, budget: d.budget.toString(), reward: d.reward.toString() });
      if (d.contribution) await this.createCheckCompanion(m, c.id, d, createdBy, communityId);
      return Object.assign(c, { budget: d.budget, spent: 0n });
    });
  }

  /**
   * The check campaign of a contribute campaign: each contribution becomes one of its tasks
   * (ContributionService), asked of other members with the contribute campaign's consensus
   * settings, paid from its own budget.
   */
  private async createCheckCompanion(m: EntityManager, campaignId: number, d: CampaignDefinition, createdBy: number | null, communityId: number | null): Promise<void> {
    const k = d.contribution!;
    const name = `${d.name} (checks)`;
    const check = await m.save(
      m.create(Campaign, {
        name: name.length <= 120 ? name : `${d.name.slice(0, 111)}… (checks)`,
        kind: 'check',
        question: k.checkQuestion,
        options: [...CONTRIBUTION_CHECK_OPTIONS],
        rewardPerAnswer: k.checkReward,
        answersPerTask: k.checkAnswersPerTask,
        maxAnswersPerTask: k.checkAnswersPerTask + 2,
        targetConfidence: d.targetConfidence,
        goldShare: 0,
        consensusMode: d.consensusMode,
        minAccuracy: d.minAccuracy,
        minEvidence: d.minEvidence,
        goldMinAnswers: d.goldMinAnswers,
        goldMaxFailure: d.goldMaxFailure,
        minThinkMs: d.minThinkMs,
        baselineModel: null,
        // Never posted (postTo, insertReservedCards): checks are served privately, at random.
        chatIds: [],
        license: d.license,
        translations: checkTranslations(d.translations),
        status: 'draft',
        createdBy,
        communityId,
      }),
    );
    await m.insert(CampaignBudget, { campaignId: check.id, budget: k.checkBudget, spent: 0n });
    await insertContributionCampaign(m, campaignId, check.id, k);
  }

  /**
   * Every reward comes out of a campaign budget, so budgets are what can become supply:
   * an open campaign reserves its whole budget, a closed one what it spent. A new budget
   * must fit under the cap beside them. One advisory lock orders concurrent creations.
   * @throws DomainError campaign.over_cap
   */
  private async reserveSupply(m: EntityManager, budget: bigint): Promise<void> {
    await lockSupply(m);
    const available = TNET_CAP - (await selectReservedSupply(m));
    if (budget > available) throw new DomainError('campaign.over_cap', { available: available > 0n ? available : 0n });
  }

  /** @throws DomainError campaign.not_found */
  async get(campaignId: number, m: EntityManager = this.ds.manager): Promise<CampaignView> {
    const c = await selectCampaignView(m, campaignId);
    if (!c) throw new DomainError('campaign.not_found', { campaignId });
    return c;
  }

  /** Campaigns, newest first; only the given statuses, or one community's, when named. */
  async list(statuses?: CampaignStatus[], opts: { communityId?: number } = {}): Promise<CampaignView[]> {
    return selectCampaignViews(this.ds, { statuses: statuses ?? null, communityId: opts.communityId ?? null });
  }

  /**
   * Imports items from a CSV or JSONL stream, all or nothing as members see it; memory stays
   * flat for any file size (item-import.ts: one transaction, or on PGlite a draft's batches
   * committed one by one so answers go on meanwhile). A ZIP upload holds one such file and the
   * images its rows name (zip-upload.ts): they go to the media store first, re-encoded, and
   * each row's `image` then names its stored copy; an unsafe entry makes its rows bad rows.
   * @throws DomainError campaign.import_invalid (bad rows with their line numbers; row 0 for
   *   an archive refused as a whole), campaign.not_found, campaign.closed
   */
  async importItems(campaignId: number, input: Readable, format: UploadFormat): Promise<ImportResult> {
    return this.imports.run(campaignId, async () => {
      if (format !== 'zip') return importItemRows(this.ds, campaignId, parseItemRows(input, format));
      const upload = await this.zipUpload(input);
      let result: ImportResult;
      try {
        result = await importItemRows(this.ds, campaignId, uploadRows(upload));
      } catch (e) {
        // A refused import keeps none of its images that no task names (shared refs stay).
        await discardUpload(this.media, upload.stored, this.usedImageRefs);
        throw e;
      }
      this.media.release(upload.stored);
      return result;
    });
  }

  private readonly usedImageRefs = (refs: string[]) => selectUsedImageRefs(this.ds, refs);

  /** A ZIP upload, its images stored; the archive is read whole (at most MAX_ZIP_BYTES). */
  private async zipUpload(input: Readable): Promise<ZipUpload> {
    const refused = (reason: Problem) => new DomainError('campaign.import_invalid', { badRows: [{ row: 0, reason }], badRowCount: 1 });
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of input as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > DEFAULT_ZIP_LIMITS.maxZipBytes) {
        input.destroy();
        throw refused({ field: '', code: 'archive_too_large', params: { max: DEFAULT_ZIP_LIMITS.maxZipBytes / 1024 / 1024 } });
      }
      parts.push(chunk);
    }
    try {
      return await readZipUpload(Buffer.concat(parts), this.media, this.usedImageRefs);
    } catch (e) {
      if (isMediaRefused(e)) throw refused(mediaProblem(e.refusal));
      throw e;
    }
  }

  /**
   * Moves a campaign through draft -> active <-> paused -> closed.
   * @throws DomainError campaign.not_found, campaign.invalid_transition, campaign.no_items
   */
  async transition(campaignId: number, action: CampaignTransition, by?: AuditedBy): Promise<CampaignView> {
    // A draft being imported in chunks is activated only once its import is over.
    await this.imports.idle(campaignId);
    return this.ds.transaction(async (m) => {
      const c = await lockCampaignStatus(m, campaignId);
      if (!c) throw new DomainError('campaign.not_found', { campaignId });
      const t = transitions[action];
      if (!t.from.includes(c.status)) throw new DomainError('campaign.invalid_transition', { campaignId, from: c.status, to: t.to });
      if (t.to === 'active') {
        if ((await countRegularTasks(m, campaignId)) === 0) throw new DomainError('campaign.no_items', { campaignId });
      }
      await updateCampaignStatus(m, campaignId, t.to);
      const view = await this.get(campaignId, m);
      // A draft never ran and spent nothing: its budget goes back to the community.
      if (c.status === 'draft' && t.to === 'closed' && c.community_id !== null) await releaseAllowance(m, c.community_id, view.budget);
      await this.followedByChecks(m, campaignId, c.status, t.to, c.community_id);
      if (by) await this.audit(m, by, campaignId, c.community_id, `campaign.${action}`, { from: c.status, to: t.to });
      return view;
    });
  }

  /**
   * A contribute campaign's check campaign follows its status changes from the same status
   * (it has no items of its own to activate on), except a close of a running campaign while
   * checks are open: they go on until a moderator closes them too (or closeFinished does,
   * once they are all decided), so every contribution can still be judged and paid.
   */
  private async followedByChecks(m: EntityManager, campaignId: number, from: CampaignStatus, to: CampaignStatus, communityId: number | null): Promise<void> {
    const check = await lockCheckCompanion(m, campaignId);
    if (!check || check.status !== from) return;
    if (to === 'closed' && from !== 'draft' && (await countOpenRegularTasks(m, check.check_campaign_id)) > 0) return;
    await updateCampaignStatus(m, check.check_campaign_id, to);
    if (from === 'draft' && to === 'closed' && communityId !== null) await releaseAllowance(m, communityId, BigInt(check.budget));
  }

  private audit(m: EntityManager, by: AuditedBy, campaignId: number, communityId: number | null, action: `campaign.${CampaignTransition | 'create' | 'post' | 'discard'}`, details: AuditDetails): Promise<void> {
    return insertAuditEntry(m, { actorMemberId: by.actorMemberId, actor: by.actor, communityId, action, subject: `campaign:${campaignId}`, details });
  }

  /**
   * Closes active campaigns whose every regular task is final, so they stop being offered
   * and moderators see them done. Returns the ids it closed.
   */
  async closeFinished(): Promise<number[]> {
    return closeFinishedCampaigns(this.ds);
  }

  /**
   * Deletes a draft campaign that has no tasks (one whose first import was refused), so a
   * refused `tnet campaign import` leaves nothing behind, audited with the budget it gives
   * back (`by` defaults to "system"). Returns whether it deleted one.
   */
  async discardEmptyDraft(campaignId: number, by: AuditedBy = { actorMemberId: null, actor: 'system' }): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const budget = await selectCampaignBudget(m, campaignId);
      const check = await lockCheckCompanion(m, campaignId);
      const deleted = await deleteEmptyDraft(m, campaignId);
      if (!deleted) return false;
      const { communityId } = deleted;
      // A contribute draft's check campaign goes with it (a draft without tasks too).
      const checkGone = check !== undefined && (await deleteEmptyDraft(m, check.check_campaign_id)) !== undefined;
      // Its budget goes back to the community's allowance (a platform draft reserved none).
      const released = communityId !== null && budget !== undefined ? budget + (checkGone ? BigInt(check!.budget) : 0n) : 0n;
      if (released > 0n) await releaseAllowance(m, communityId!, released);
      await this.audit(m, by, campaignId, communityId, 'campaign.discard', { released: released.toString() });
      return true;
    });
  }

  /**
   * Adds a chat ("platform:chatId") to where the campaign is posted. A contribute campaign's
   * checks are never posted: a shared card would let a ring pick its partner's text, so they
   * are served only through the private random assignment (/task).
   * @throws DomainError campaign.not_found, campaign.check_not_posted
   */
  async postTo(campaignId: number, chatId: string, by?: AuditedBy): Promise<CampaignView> {
    return this.ds.transaction(async (m) => {
      if (await isCheckCampaign(m, campaignId)) throw new DomainError('campaign.check_not_posted', { campaignId });
      const posted = await addCampaignChat(m, campaignId, chatId);
      if (!posted) throw new DomainError('campaign.not_found', { campaignId });
      if (by) await this.audit(m, by, campaignId, posted.communityId, 'campaign.post', { chat: chatId });
      return this.get(campaignId, m);
    });
  }

  /** @throws DomainError campaign.not_found */
  async stats(campaignId: number): Promise<CampaignStats> {
    const c = await this.get(campaignId);
    const t = await selectTaskCounts(this.ds, campaignId);
    const a = await selectAnswerCounts(this.ds, campaignId);
    const l = await selectLedgerCounts(this.ds, campaignId);
    const regular = t.tasks - t.gold;
    const scored = l.accepted + l.withheld;
    return {
      campaignId,
      name: c.name,
      status: c.status,
      tasks: t.tasks,
      goldTasks: t.gold,
      openTasks: t.open,
      finalTasks: t.final,
      uncertainTasks: t.uncertain,
      answers: a.answers,
      members: a.members,
      acceptedAnswers: l.accepted,
      withheldAnswers: l.withheld,
      spent: c.spent,
      budget: c.budget,
      progress: regular === 0 ? 0 : (t.final + t.uncertain) / regular,
      agreement: scored === 0 ? null : l.accepted / scored,
    };
  }
}
