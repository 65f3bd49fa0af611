import type { DataSource } from 'typeorm';
import { createDataSource } from '../ormconfig';
import { AnswerService } from './answers/answer.service';
import { AppealService } from './appeals/appeal.service';
import { ContributionService } from './contributions/contribution.service';
import { LabelTicksService } from './answers/label-ticks.service';
import { systemClock, type Clock } from './clock';
import { ConsensusRoundService } from './scoring/consensus-round.service';
import { ScoringService } from './scoring/scoring.service';
import { CampaignReportService } from './campaigns/campaign-report.service';
import { CampaignService } from './campaigns/campaign.service';
import { AuditService } from './audit/audit.service';
import { CommunityService } from './communities/community.service';
import { DashboardService } from './dashboard/dashboard.service';
import { ModerationService } from './communities/moderation.service';
import { ChainClient, holdsMinterKey, type ChainClientOptions } from './chain/chain-client';
import { ChainError } from './chain/chain-error';
import { ChainReader, type ChainReaderOptions } from './chain/chain-reader';
import { signatureVerifier } from './chain/signature';
import type { Config } from './config';
import { CampaignExportService } from './exports/campaign-export.service';
import { ImageStore, mediaDir } from './media/image-store';
import { HealthService } from './health/health.service';
import { IdentityService } from './identities/identity.service';
import { JobRunService } from './jobs/job-run.service';
import { LanguageService } from './languages/language.service';
import { PruneService } from './jobs/prune.service';
import { createLogger, urlSecrets, type Logger } from './logger';
import { MemberMergeService } from './members/member-merge.service';
import { PlatformSnapshotService } from './metrics/platform-snapshot.service';
import { MemberService } from './members/member.service';
import { BatchViewService } from './mint/batch-view.service';
import { TransparencyService } from './transparency/transparency.service';
import { MintService, type MintOptions } from './mint/mint.service';
import { confirmationDepth } from './mint/mint-rules';
import type { MintProblem } from './mint/mint-state';
import { BaselineService } from './models/baseline.service';
import { PostService } from './posts/post.service';
import { ConversationService } from './conversations/conversation.service';
import { EmissionService } from './rewards/emission.service';
import { RewardService } from './rewards/reward.service';
import { WhyService } from './rewards/why.service';
import { AssignmentService } from './tasks/assignment.service';
import { WalletService } from './wallets/wallet.service';
import { isEmbedded } from './db/named-query';
import { runMigrationsLocked } from './db/startup-lock';
import { SendBudgetService } from './send-budget/send-budget.service';
import { LeaseService } from './leases/lease.service';

export interface Core {
  readonly config: Config;
  readonly logger: Logger;
  readonly ds: DataSource;
  readonly identities: IdentityService;
  readonly campaigns: CampaignService;
  /** Communities and their emission allowances (platform admins). */
  readonly communities: CommunityService;
  /** Campaign work from the chats, scoped to what the actor moderates, audited. */
  readonly moderation: ModerationService;
  /** The append-only audit log. */
  readonly audit: AuditService;
  /** The moderator dashboard: one-time login links, sessions, a community's campaign figures. */
  readonly dashboard: DashboardService;
  /** A campaign's figures over time and per member (the moderators' stats chart). */
  readonly reports: CampaignReportService;
  readonly assignment: AssignmentService;
  readonly answers: AnswerService;
  /** Contributions: texts members write for contribute tasks, checked by others, paid on acceptance. */
  readonly contributions: ContributionService;
  readonly scoring: ScoringService;
  /** The scoring round: re-fits each campaign's consensus and applies it. */
  readonly rounds: ConsensusRoundService;
  readonly rewards: RewardService;
  /** /why: the trace from a member's own answer (or batch rows) to its rule and mint. */
  readonly why: WhyService;
  /** Appeals of withheld answers and the moderators' decisions on them (issue 18). */
  readonly appeals: AppealService;
  /** The emission pace: epoch settlement and what the mint may pay. */
  readonly emission: EmissionService;
  readonly jobRuns: JobRunService;
  /** Deletes bookkeeping past its retention (the prune job). */
  readonly prune: PruneService;
  readonly wallets: WalletService;
  /** ONNX baseline models: registration, batched inference, check campaigns. */
  readonly baselines: BaselineService;
  /** Campaign results as CSV or JSONL, streamed. */
  readonly exports: CampaignExportService;
  /** Uploaded images (DATA_DIR/media), validated and re-encoded; what item payloads' refs name. */
  readonly media: ImageStore;
  /** Members as operators see them (identities, wallet). */
  readonly members: MemberService;
  /** One person, two chats: confirms the merge a wallet verification offered. */
  readonly merges: MemberMergeService;
  /** Database, chain and jobs, for /healthz. */
  readonly health: HealthService;
  /** Aggregate counts for /metrics. */
  readonly snapshot: PlatformSnapshotService;
  /** Task cards posted to group chats. */
  readonly posts: PostService;
  /** Guided chat conversations in progress (a moderator's /campaign new), shared by replicas. */
  readonly conversations: ConversationService;
  /** The labels members ticked on multi-label cards before Done, shared by replicas. */
  readonly labelTicks: LabelTicksService;
  /** The languages members and chats chose (/language), as tags. */
  readonly languages: LanguageService;
  /** Present when a chain is configured (RPC_URL, or the embedded local chain); read-only without the minter key. */
  readonly chain?: ChainReader;
  /** Present when the chain comes with the minter key (ROLE=jobs or all). */
  readonly mint?: MintService;
  /** Mint batches as /batch and `tnet batch` show them (no chain needed). */
  readonly batches: BatchViewService;
  /** The public transparency page's figures, batches and chain checks (no login). */
  readonly transparency: TransparencyService;
  /** Send budgets every replica shares (Telegram's limits), on PostgreSQL only: embedded PGlite is one process, whose bot keeps them in memory. */
  readonly sendBudget?: SendBudgetService;
  /** Leases for work one replica does at a time (Telegram's long polling), on PostgreSQL only. */
  readonly leases?: LeaseService;
  close(): Promise<void>;
}

/** Secret values from the config; the logger masks them in every line. */
export const configSecrets = (c: Config): string[] =>
  [
    c.minterPrivateKey,
    c.telegramBotToken,
    c.discordToken,
    c.exportToken,
    c.metricsToken,
    c.goldDrawKey,
    c.databaseUrl ? new URL(c.databaseUrl).password : undefined,
    // A provider's RPC URL carries its key in the path, the query or the userinfo.
    ...urlSecrets(c.rpcUrl),
  ].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );

/**
 * The composition root: builds the DataSource, runs migrations, and wires the services.
 * Adapters and jobs receive what they need from here; nothing else constructs services.
 */
export interface CoreOptions {
  logger?: Logger;
  ds?: DataSource;
  /**
   * The chain: with the minter key, the one to mint on; without it, read only (ROLE=bot,
   * web: wallet checks, /healthz, /transparency/chain). Absent means neither (rewards
   * accrue as pending).
   */
  chain?: ChainClientOptions | ChainReaderOptions;
  /** Overrides of the mint job's settings (tests use short timeouts). */
  mint?: Partial<MintOptions>;
  /** The time members' think times are measured in (default: the process clock). */
  clock?: Clock;
}

export async function createCore(config: Config, opts: CoreOptions = {}): Promise<Core> {
  const logger = opts.logger ?? createLogger({ level: config.logLevel, secrets: configSecrets(config) });
  const ds = opts.ds ?? createDataSource({ databaseUrl: config.databaseUrl, pgliteDir: config.dataDir, poolSize: config.databasePoolSize, preparedStatements: config.databasePreparedStatements });
  if (!ds.isInitialized) await ds.initialize();
  // Replicas starting together take turns: the first applies, the others find nothing pending.
  const applied = await runMigrationsLocked(ds);
  if (applied.length > 0) logger.info('migrations applied', { migrations: applied });
  const clock = opts.clock ?? systemClock;
  const scoring = new ScoringService(ds, clock);
  const emission = new EmissionService(ds, { pace: config.emissionPace, epochSeconds: config.epochSeconds });
  const media = new ImageStore(mediaDir(config.dataDir));
  const campaigns = new CampaignService(ds, media);
  // Not `exports`: compiled to CommonJS, that name would shadow the module's own (ts-jest).
  const campaignExports = new CampaignExportService(ds);
  const baselines = new BaselineService(ds, campaigns, logger, { device: config.modelDevice, batchSize: config.modelBatchSize, media });
  let chain: ChainReader | undefined;
  let mint: MintService | undefined;
  let chainId = config.chainId ?? 31337;
  if (opts.chain) {
    const chainOpts = { deployBlock: config.tnetDeployBlock, logRange: config.mintLogRange, ...opts.chain };
    const minter = holdsMinterKey(chainOpts) ? new ChainClient(chainOpts) : undefined;
    chain = minter ?? new ChainReader(chainOpts);
    // A node that does not answer or a key without MINTER_ROLE starts the platform degraded
    // (the mint retries with backoff); a wrong chain or token address stays fatal.
    let problem: ChainError | undefined;
    try {
      ({ chainId } = await chain.check());
    } catch (e) {
      const degradable = e instanceof ChainError && (e.code === 'chain.not_minter' || (e.code === 'chain.unreachable' && opts.chain.chainId !== undefined));
      if (!degradable) {
        chain.destroy();
        await ds.destroy();
        throw e instanceof ChainError && e.code === 'chain.unreachable' ? new ChainError(e.code, `${e.message} (set CHAIN_ID to start without the node, degraded)`, true) : e;
      }
      problem = e;
      chainId = opts.chain.chainId ?? chainId;
    }
    if (minter) {
      mint = new MintService(ds, minter, chainId, logger, {
        maxRecipients: config.mintMaxRecipients,
        confirmations: confirmationDepth(chainId, config.mintConfirmations),
        maxFeePerGasWei: config.mintMaxFeePerGasWei,
        replaceAfterMs: config.mintReplaceAfterSeconds * 1000,
        confirmTimeoutMs: 60_000,
        retries: 5,
        retryBaseMs: 1000,
        mintableBefore: emission.paced ? () => emission.mintableBefore() : undefined,
        ...opts.mint,
      });
      if (problem) mint.state.degraded(problem.code as MintProblem, problem.message);
    } else if (problem) {
      // No mint to degrade: /healthz reads the chain as down from its own probe.
      logger.warn('the chain does not answer at start: contract-wallet checks and /transparency/chain wait for it', { code: problem.code });
    }
  }
  const jobRuns = new JobRunService(ds, logger);
  const conversations = new ConversationService(ds);
  return {
    config,
    logger,
    ds,
    identities: new IdentityService(ds),
    campaigns,
    communities: new CommunityService(ds, clock),
    moderation: new ModerationService(ds, campaigns, campaignExports),
    media,
    audit: new AuditService(ds),
    dashboard: new DashboardService(ds, campaigns, { publicUrl: config.publicUrl, clock }),
    reports: new CampaignReportService(ds, campaigns, baselines),
    assignment: new AssignmentService(ds, clock, config.goldDrawKey),
    answers: new AnswerService(ds, scoring, { answersPerMinute: config.answersPerMinute }, clock),
    contributions: new ContributionService(ds, { answersPerMinute: config.answersPerMinute }, clock),
    scoring,
    rounds: new ConsensusRoundService(ds, scoring, clock),
    rewards: new RewardService(ds),
    why: new WhyService(ds),
    appeals: new AppealService(ds, clock),
    emission,
    jobRuns,
    wallets: new WalletService(ds, { publicUrl: config.publicUrl, chainId, verifySignature: signatureVerifier(chain?.provider) }),
    baselines,
    exports: campaignExports,
    members: new MemberService(ds),
    merges: new MemberMergeService(ds),
    health: new HealthService(ds, jobRuns, chain, undefined, () => mint?.state.problem),
    snapshot: new PlatformSnapshotService(ds),
    posts: new PostService(ds, clock),
    conversations,
    labelTicks: new LabelTicksService(ds, conversations),
    languages: new LanguageService(ds),
    batches: new BatchViewService(ds),
    transparency: new TransparencyService(ds, chain, clock),
    sendBudget: isEmbedded(ds) ? undefined : new SendBudgetService(ds),
    leases: isEmbedded(ds) ? undefined : new LeaseService(ds),
    prune: new PruneService(ds, conversations, { jobRunDays: config.jobRunRetentionDays, taskServeDays: config.taskServeRetentionDays }, clock),
    chain,
    mint,
    close: async () => {
      await baselines.close();
      chain?.destroy();
      if (ds.isInitialized) await ds.destroy();
    },
  };
}
