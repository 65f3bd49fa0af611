import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createPGliteDriver } from './core/db/pglite-driver';
import { namedStatementsOption } from './core/db/named-query';
import { entities } from './core/db/entities';
import { InitialSchema1764000000000 } from './migrations/1764000000000-InitialSchema';
import { CampaignBudget1764100000000 } from './migrations/1764100000000-CampaignBudget';
import { CampaignRewardRules1764200000000 } from './migrations/1764200000000-CampaignRewardRules';
import { CampaignModel1764200000001 } from './migrations/1764200000001-CampaignModel';
import { LedgerCorrections1764200000002 } from './migrations/1764200000002-LedgerCorrections';
import { EmissionEpochs1764200000003 } from './migrations/1764200000003-EmissionEpochs';
import { TaskCampaignIndex1764500000000 } from './migrations/1764500000000-TaskCampaignIndex';
import { CheckSourceIndex1764500000001 } from './migrations/1764500000001-CheckSourceIndex';
import { CampaignMinEvidence1764500000002 } from './migrations/1764500000002-CampaignMinEvidence';
import { ModelRegistry1764300000000 } from './migrations/1764300000000-ModelRegistry';
import { InferenceCheck1764300000001 } from './migrations/1764300000001-InferenceCheck';
import { BaselinePendingIndex1764300000002 } from './migrations/1764300000002-BaselinePendingIndex';
import { MemberMerge1764700000000 } from './migrations/1764700000000-MemberMerge';
import { PostedCard1764400000000 } from './migrations/1764400000000-PostedCard';
import { ChatPace1764800000000 } from './migrations/1764800000000-ChatPace';
import { Conversation1765200000000 } from './migrations/1765200000000-Conversation';
import { TaskAssignPartialIndexes1765200000001 } from './migrations/1765200000001-TaskAssignPartialIndexes';
import { GoldMinAnswersFive1765200000002 } from './migrations/1765200000002-GoldMinAnswersFive';
import { AnswerTiming1765300000100 } from './migrations/1765300000100-AnswerTiming';
import { MemberScreening1765100000000 } from './migrations/1765100000000-MemberScreening';
import { Community1765400000000 } from './migrations/1765400000000-Community';
import { AuditLog1765400000001 } from './migrations/1765400000001-AuditLog';
import { PostedCardShownAt1765400001000 } from './migrations/1765400001000-PostedCardShownAt';
import { MintBatchResend1765400002000 } from './migrations/1765400002000-MintBatchResend';
import { CampaignBudgetFillfactor1765400006000 } from './migrations/1765400006000-CampaignBudgetFillfactor';
import { PairwiseCampaigns1765500000000 } from './migrations/1765500000000-PairwiseCampaigns';
import { MultiLabelCampaigns1765600000000 } from './migrations/1765600000000-MultiLabelCampaigns';
import { Contributions1765650000000 } from './migrations/1765650000000-Contributions';
import { Languages1765700000000 } from './migrations/1765700000000-Languages';
import { CampaignTranslations1765710000000 } from './migrations/1765710000000-CampaignTranslations';
import { Reputation1765800000000 } from './migrations/1765800000000-Reputation';
import { Appeals1765810000000 } from './migrations/1765810000000-Appeals';
import { DashboardSessions1765820000000 } from './migrations/1765820000000-DashboardSessions';
import { IncrementalConsensus1765900000000 } from './migrations/1765900000000-IncrementalConsensus';
import { ReplicaBudgets1765920000000 } from './migrations/1765920000000-ReplicaBudgets';
import { IncrementalStateBlobs1766000000000 } from './migrations/1766000000000-IncrementalStateBlobs';

export const migrations = [
  InitialSchema1764000000000,
  CampaignBudget1764100000000,
  CampaignRewardRules1764200000000,
  CampaignModel1764200000001,
  LedgerCorrections1764200000002,
  EmissionEpochs1764200000003,
  ModelRegistry1764300000000,
  InferenceCheck1764300000001,
  BaselinePendingIndex1764300000002,
  PostedCard1764400000000,
  TaskCampaignIndex1764500000000,
  CheckSourceIndex1764500000001,
  CampaignMinEvidence1764500000002,
  MemberMerge1764700000000,
  ChatPace1764800000000,
  Conversation1765200000000,
  TaskAssignPartialIndexes1765200000001,
  GoldMinAnswersFive1765200000002,
  AnswerTiming1765300000100,
  MemberScreening1765100000000,
  PostedCardShownAt1765400001000,
  Community1765400000000,
  AuditLog1765400000001,
  MintBatchResend1765400002000,
  CampaignBudgetFillfactor1765400006000,
  PairwiseCampaigns1765500000000,
  MultiLabelCampaigns1765600000000,
  Contributions1765650000000,
  Languages1765700000000,
  CampaignTranslations1765710000000,
  Reputation1765800000000,
  Appeals1765810000000,
  DashboardSessions1765820000000,
  IncrementalConsensus1765900000000,
  ReplicaBudgets1765920000000,
  IncrementalStateBlobs1766000000000,
];

export interface DataSourceOptions {
  /** PostgreSQL connection string; when absent, embedded PGlite is used. */
  databaseUrl?: string;
  /** Folder of the embedded database; absent means in memory (tests). */
  pgliteDir?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** An in-memory PGlite starts from this dump (PGlite's dumpDataDir) instead of a fresh initdb: the tests' migrated template. */
  pgliteTemplate?: Blob;
  /** Run the hot path as named prepared statements (default true); false behind PgBouncer in transaction mode. */
  preparedStatements?: boolean;
}

/**
 * The one DataSource definition: PostgreSQL through `pg` when a URL is given, else
 * embedded PGlite. Same entities, same migrations, never `synchronize`.
 */
export function createDataSource(opts: DataSourceOptions): DataSource {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    logging: false,
  };
  if (opts.databaseUrl) {
    return new DataSource({
      ...common,
      url: opts.databaseUrl,
      poolSize: opts.poolSize ?? 10,
      applicationName: 'tnet',
      extra: namedStatementsOption(opts.preparedStatements ?? true),
    });
  }
  const dataDir = opts.pgliteDir ? path.join(opts.pgliteDir, 'pglite') : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return new DataSource({ ...common, driver: createPGliteDriver({ dataDir, ...(opts.pgliteTemplate && !dataDir ? { loadDataDir: opts.pgliteTemplate } : {}) }) });
}
