import path from 'node:path';
import cron from 'node-cron';
import { z } from 'zod';
import { parseTnet } from './money';
import { ROLES, roleEnvProblems, type Role } from './role-env';

export type { Role } from './role-env';

/**
 * The one place that reads the environment. Everything is validated once into a frozen
 * object; every bad key is reported together, in one line, naming the variables.
 */
export interface Config {
  /** ROLE: all (default), or one of bot, jobs, web, each replicable on one PostgreSQL. */
  readonly role: Role;
  readonly databaseUrl: string | undefined;
  /** PostgreSQL connections per process. */
  readonly databasePoolSize: number;
  /**
   * Whether the hot path runs as named prepared statements (parsed and planned once per
   * connection). False behind a pooler that moves sessions between server connections
   * (PgBouncer before 1.21 in transaction mode): docs/pgbouncer.md.
   */
  readonly databasePreparedStatements: boolean;
  readonly dataDir: string;
  readonly rpcUrl: string | undefined;
  readonly chainId: number | undefined;
  /** The key holding MINTER_ROLE: ROLE=jobs and all only (bot and web refuse it). A secret. */
  readonly minterPrivateKey: string | undefined;
  readonly tnetAddress: string | undefined;
  readonly foundationAddress: string | undefined;
  readonly foundationBps: number;
  readonly telegramBotToken: string | undefined;
  readonly telegramApiRoot: string | undefined;
  readonly telegramWebhookUrl: string | undefined;
  readonly discordToken: string | undefined;
  readonly discordApplicationId: string | undefined;
  readonly discordApiBase: string | undefined;
  readonly discordGuildIds: readonly string[];
  /** DISCORD_SHARD_COUNT: the shards of the whole bot; undefined = Discord's recommendation (GET /gateway/bot). */
  readonly discordShardCount: number | undefined;
  /** DISCORD_SHARDS: the shards this process runs; undefined = all of them. */
  readonly discordShards: readonly number[] | undefined;
  /** Roles whose members moderate campaigns in their Discord server (besides Manage Server). */
  readonly discordModeratorRoleIds: readonly string[];
  readonly adminTelegramIds: readonly string[];
  readonly adminDiscordIds: readonly string[];
  readonly port: number;
  readonly publicUrl: string;
  /** The operator's bearer token for campaign exports over HTTP (opens every campaign: never a moderator's); undefined = exports off. A secret. */
  readonly exportToken: string | undefined;
  /** Bearer token Prometheus sends for /metrics; undefined = /metrics off. A secret. */
  readonly metricsToken: string | undefined;
  /** Key of the draw that mixes gold tasks in (required by ROLE=bot); undefined = a random key per process. A secret. */
  readonly goldDrawKey: string | undefined;
  /** Days finished job runs are kept (the latest run of each job always is). */
  readonly jobRunRetentionDays: number;
  /** Days a serve record of a decided task, or of a closed campaign's task, is kept. */
  readonly taskServeRetentionDays: number;
  readonly modelDevice: 'cuda' | 'cpu' | 'auto';
  /** Tasks per baseline inference batch (one transaction each). */
  readonly modelBatchSize: number;
  /** Answers one member may submit per rolling minute; 0 turns the limit off. */
  readonly answersPerMinute: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** node-cron schedule of the mint job. */
  readonly mintSchedule: string;
  /** node-cron schedule of the consensus scoring round. */
  readonly scoringSchedule: string;
  /** Most TNET (base units) all rewards of one epoch may pay; undefined = no pace. */
  readonly emissionPace: bigint | undefined;
  /** Length of an emission epoch in seconds. */
  readonly epochSeconds: number;
  /** Most wallets one mint batch pays. */
  readonly mintMaxRecipients: number;
  /** Confirmations before minted rows count as minted; undefined = 1 on a local chain, 12 elsewhere. */
  readonly mintConfirmations: number | undefined;
  /** Highest max fee per gas a mint (or its replacement) pays, in wei. */
  readonly mintMaxFeePerGasWei: bigint;
  /** Seconds a mint transaction may stay pending before it is replaced with higher fees. */
  readonly mintReplaceAfterSeconds: number;
  /** Most blocks one event search (eth_getLogs) asks for. */
  readonly mintLogRange: number;
  /** The block TNET was deployed in: event searches never start before it. */
  readonly tnetDeployBlock: number | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const url = (protocols: readonly string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a ${protocols.join(' or ')} URL`);

const intString = (min: number, max: number) =>
  z.string().superRefine((v, ctx) => {
    if (!/^\d+$/.test(v)) ctx.addIssue({ code: 'custom', message: 'must be a whole number' });
    else if (Number(v) < min || Number(v) > max) ctx.addIssue({ code: 'custom', message: `must be between ${min} and ${max}` });
  });

const idList = z
  .string()
  .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'must be a comma-separated list of numeric ids');

const envSchema = z.object({
  ROLE: optional(z.enum(ROLES)),
  DATABASE_URL: optional(url(['postgres:', 'postgresql:'])),
  DATA_DIR: optional(z.string()),
  DATABASE_POOL_SIZE: optional(intString(1, 200)),
  DATABASE_PREPARED_STATEMENTS: optional(z.enum(['on', 'off'])),
  RPC_URL: optional(url(['http:', 'https:', 'ws:', 'wss:'])),
  CHAIN_ID: optional(intString(1, 2 ** 31)),
  MINTER_PRIVATE_KEY: optional(z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'must be 0x followed by 64 hex digits')),
  TNET_ADDRESS: optional(z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'must be a 0x address')),
  FOUNDATION_ADDRESS: optional(z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'must be a 0x address')),
  // Miners always keep the majority: the contract refuses 5000 and above too.
  FOUNDATION_BPS: optional(intString(0, 4999)),
  TELEGRAM_BOT_TOKEN: optional(z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'must look like 123456:ABC...')),
  TELEGRAM_API_ROOT: optional(url(['http:', 'https:'])),
  TELEGRAM_WEBHOOK_URL: optional(url(['https:', 'http:'])),
  DISCORD_TOKEN: optional(z.string().min(20, 'is too short to be a bot token')),
  DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d+$/, 'must be a numeric id')),
  DISCORD_API_BASE: optional(url(['http:', 'https:'])),
  DISCORD_GUILD_IDS: optional(idList),
  DISCORD_MODERATOR_ROLE_IDS: optional(idList),
  DISCORD_SHARD_COUNT: optional(intString(1, 10_000)),
  DISCORD_SHARDS: optional(z.string().regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'must be a comma-separated list of shard ids like 0,1')),
  ADMIN_TELEGRAM_IDS: optional(idList),
  ADMIN_DISCORD_IDS: optional(idList),
  PORT: optional(intString(0, 65535)),
  PUBLIC_URL: optional(url(['http:', 'https:'])),
  EXPORT_TOKEN: optional(z.string().regex(/^[\x21-\x7e]{24,200}$/, 'must be 24 to 200 printable characters without spaces')),
  METRICS_TOKEN: optional(z.string().regex(/^[\x21-\x7e]{24,200}$/, 'must be 24 to 200 printable characters without spaces')),
  GOLD_DRAW_KEY: optional(z.string().regex(/^[\x21-\x7e]{16,200}$/, 'must be 16 to 200 printable characters without spaces')),
  JOB_RUN_RETENTION_DAYS: optional(intString(1, 3650)),
  TASK_SERVE_RETENTION_DAYS: optional(intString(1, 3650)),
  MODEL_DEVICE: optional(z.enum(['cuda', 'cpu', 'auto'])),
  MODEL_BATCH_SIZE: optional(intString(1, 4096)),
  ANSWERS_PER_MINUTE: optional(intString(0, 100000)),
  LOG_LEVEL: optional(z.enum(['debug', 'info', 'warn', 'error'])),
  MINT_SCHEDULE: optional(z.string().refine((v) => cron.validate(v), 'must be a cron expression like "*/30 * * * * *"')),
  SCORING_SCHEDULE: optional(z.string().refine((v) => cron.validate(v), 'must be a cron expression like "*/20 * * * * *"')),
  EMISSION_PACE: optional(z.string().refine((v) => parseTnet(v) !== undefined && parseTnet(v)! > 0n, 'must be a positive TNET amount like "50000"')),
  EPOCH_SECONDS: optional(intString(60, 31_622_400)),
  // A batch of fresh recipients must fit the per-transaction gas cap, with a margin
  // (bench:gas measures the largest that fits: bench/RESULTS.md).
  MINT_MAX_RECIPIENTS: optional(intString(1, 600)),
  MINT_CONFIRMATIONS: optional(intString(1, 100)),
  MINT_MAX_FEE_GWEI: optional(intString(1, 100000)),
  MINT_REPLACE_AFTER_SECONDS: optional(intString(10, 86_400)),
  MINT_LOG_RANGE: optional(intString(10, 1_000_000)),
  TNET_DEPLOY_BLOCK: optional(intString(0, Number.MAX_SAFE_INTEGER)),
});

/**
 * What the role needs and refuses (role-env.ts), and the Discord shards: a partition of one
 * fixed count, so naming a replica's shards needs the count. An unknown ROLE is reported by
 * the schema; what it would need cannot be told.
 */
function roleProblems(env: NodeJS.ProcessEnv, given: (key: string) => boolean): string[] {
  const role = env.ROLE?.trim() || 'all';
  const problems = (ROLES as readonly string[]).includes(role) ? roleEnvProblems(role as Role, given) : [];
  if (given('DISCORD_SHARDS') && !given('DISCORD_SHARD_COUNT')) problems.push('DISCORD_SHARD_COUNT is required when DISCORD_SHARDS is set (every replica must split the same count)');
  const count = Number(env.DISCORD_SHARD_COUNT);
  if (given('DISCORD_SHARDS') && Number.isInteger(count) && count > 0) {
    const outside = (env.DISCORD_SHARDS ?? '').split(',').map((s) => s.trim()).filter((s) => /^\d+$/.test(s) && Number(s) >= count);
    if (outside.length > 0) problems.push(`DISCORD_SHARDS names shard(s) ${outside.join(', ')}, outside 0..${count - 1} (DISCORD_SHARD_COUNT=${count})`);
  }
  return problems;
}

const splitIds = (v: string | undefined): string[] =>
  v === undefined ? [] : v.split(',').map((s) => s.trim());

/**
 * Validates the environment into a frozen Config. `requireTokenAddress: false` lets RPC_URL
 * come without TNET_ADDRESS, for the one command that deploys the token.
 * @throws ConfigError listing every bad variable at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), opts: { requireTokenAddress?: boolean } = {}): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`);
  // Variables that need each other are checked on what was given, even when some values
  // are malformed, so one start-up names every problem.
  const given = (key: string) => typeof env[key] === 'string' && env[key]!.trim() !== '';
  if (given('DISCORD_TOKEN') && !given('DISCORD_APPLICATION_ID')) problems.push('DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set');
  if (given('RPC_URL') && !given('TNET_ADDRESS') && opts.requireTokenAddress !== false) problems.push('TNET_ADDRESS is required when RPC_URL is set');
  problems.push(...roleProblems(env, given));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;

  const port = e.PORT === undefined ? 8080 : Number(e.PORT);
  return Object.freeze({
    role: (e.ROLE ?? 'all') as Role,
    databaseUrl: e.DATABASE_URL,
    // More connections than cores queue more than they serve (bench:answers, bench/RESULTS.md).
    databasePoolSize: e.DATABASE_POOL_SIZE === undefined ? 10 : Number(e.DATABASE_POOL_SIZE),
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS !== 'off',
    dataDir: path.resolve(cwd, e.DATA_DIR ?? '.data'),
    rpcUrl: e.RPC_URL,
    chainId: e.CHAIN_ID === undefined ? undefined : Number(e.CHAIN_ID),
    minterPrivateKey: e.MINTER_PRIVATE_KEY,
    tnetAddress: e.TNET_ADDRESS,
    foundationAddress: e.FOUNDATION_ADDRESS,
    foundationBps: e.FOUNDATION_BPS === undefined ? 2000 : Number(e.FOUNDATION_BPS),
    telegramBotToken: e.TELEGRAM_BOT_TOKEN,
    telegramApiRoot: e.TELEGRAM_API_ROOT,
    telegramWebhookUrl: e.TELEGRAM_WEBHOOK_URL,
    discordToken: e.DISCORD_TOKEN,
    discordApplicationId: e.DISCORD_APPLICATION_ID,
    discordApiBase: e.DISCORD_API_BASE,
    discordGuildIds: Object.freeze(splitIds(e.DISCORD_GUILD_IDS)),
    discordShardCount: e.DISCORD_SHARD_COUNT === undefined ? undefined : Number(e.DISCORD_SHARD_COUNT),
    discordShards: e.DISCORD_SHARDS === undefined ? undefined : Object.freeze(splitIds(e.DISCORD_SHARDS).map(Number)),
    discordModeratorRoleIds: Object.freeze(splitIds(e.DISCORD_MODERATOR_ROLE_IDS)),
    adminTelegramIds: Object.freeze(splitIds(e.ADMIN_TELEGRAM_IDS)),
    adminDiscordIds: Object.freeze(splitIds(e.ADMIN_DISCORD_IDS)),
    port,
    publicUrl: e.PUBLIC_URL ?? `http://127.0.0.1:${port}`,
    exportToken: e.EXPORT_TOKEN,
    metricsToken: e.METRICS_TOKEN,
    goldDrawKey: e.GOLD_DRAW_KEY,
    jobRunRetentionDays: e.JOB_RUN_RETENTION_DAYS === undefined ? 14 : Number(e.JOB_RUN_RETENTION_DAYS),
    taskServeRetentionDays: e.TASK_SERVE_RETENTION_DAYS === undefined ? 30 : Number(e.TASK_SERVE_RETENTION_DAYS),
    modelDevice: (e.MODEL_DEVICE ?? 'auto') as Config['modelDevice'],
    modelBatchSize: e.MODEL_BATCH_SIZE === undefined ? 64 : Number(e.MODEL_BATCH_SIZE),
    answersPerMinute: e.ANSWERS_PER_MINUTE === undefined ? 60 : Number(e.ANSWERS_PER_MINUTE),
    logLevel: (e.LOG_LEVEL ?? 'info') as Config['logLevel'],
    mintSchedule: e.MINT_SCHEDULE ?? '*/30 * * * * *',
    scoringSchedule: e.SCORING_SCHEDULE ?? '*/20 * * * * *',
    emissionPace: e.EMISSION_PACE === undefined ? undefined : parseTnet(e.EMISSION_PACE),
    epochSeconds: e.EPOCH_SECONDS === undefined ? 86_400 : Number(e.EPOCH_SECONDS),
    mintMaxRecipients: e.MINT_MAX_RECIPIENTS === undefined ? 500 : Number(e.MINT_MAX_RECIPIENTS),
    mintConfirmations: e.MINT_CONFIRMATIONS === undefined ? undefined : Number(e.MINT_CONFIRMATIONS),
    // A ceiling, not a price: the mint pays the market (2 x base fee + tip) below it.
    mintMaxFeePerGasWei: BigInt(e.MINT_MAX_FEE_GWEI ?? '500') * 10n ** 9n,
    mintReplaceAfterSeconds: e.MINT_REPLACE_AFTER_SECONDS === undefined ? 180 : Number(e.MINT_REPLACE_AFTER_SECONDS),
    mintLogRange: e.MINT_LOG_RANGE === undefined ? 1000 : Number(e.MINT_LOG_RANGE),
    tnetDeployBlock: e.TNET_DEPLOY_BLOCK === undefined ? undefined : Number(e.TNET_DEPLOY_BLOCK),
  });
}
