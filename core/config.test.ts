import path from 'node:path';
import { ConfigError, loadConfig } from './config';

/** The ConfigError loadConfig throws for `env`; fails the test when it does not throw one. */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/srv/tnet');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

const discordToken = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabc12.defghijklmnopqrstuvwxyz';

describe('loadConfig', () => {
  it('has embedded defaults for an empty environment', () => {
    const c = loadConfig({}, '/srv/tnet');
    expect(c).toEqual({
      role: 'all',
      databaseUrl: undefined,
      databasePoolSize: 10,
      databasePreparedStatements: true,
      dataDir: path.resolve('/srv/tnet', '.data'),
      rpcUrl: undefined,
      chainId: undefined,
      minterPrivateKey: undefined,
      tnetAddress: undefined,
      foundationAddress: undefined,
      foundationBps: 2000,
      telegramBotToken: undefined,
      telegramApiRoot: undefined,
      telegramWebhookUrl: undefined,
      discordToken: undefined,
      discordApplicationId: undefined,
      discordApiBase: undefined,
      discordGuildIds: [],
      discordShardCount: undefined,
      discordShards: undefined,
      discordModeratorRoleIds: [],
      adminTelegramIds: [],
      adminDiscordIds: [],
      port: 8080,
      publicUrl: 'http://127.0.0.1:8080',
      exportToken: undefined,
      metricsToken: undefined,
      goldDrawKey: undefined,
      jobRunRetentionDays: 14,
      taskServeRetentionDays: 30,
      modelDevice: 'auto',
      answersPerMinute: 60,
      logLevel: 'info',
      mintConfirmations: undefined,
      mintMaxFeePerGasWei: 500n * 10n ** 9n,
      mintReplaceAfterSeconds: 180,
      mintLogRange: 1000,
      tnetDeployBlock: undefined,
      mintMaxRecipients: 500,
      mintSchedule: '*/30 * * * * *',
      scoringSchedule: '*/20 * * * * *',
      emissionPace: undefined,
      epochSeconds: 86400,
      modelBatchSize: 64,
    });
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.adminTelegramIds)).toBe(true);
  });

  it('resolves the data directory against the working directory by default', () => {
    expect(loadConfig({}).dataDir).toBe(path.join(process.cwd(), '.data'));
    expect(loadConfig({ DATA_DIR: 'state/db' }, '/srv/tnet').dataDir).toBe(path.resolve('/srv/tnet/state/db'));
    expect(loadConfig({ DATA_DIR: '/var/lib/tnet' }, '/srv/tnet').dataDir).toBe(path.resolve('/var/lib/tnet'));
  });

  it('reads valid values', () => {
    const c = loadConfig(
      {
        DATABASE_URL: 'postgresql://tnet:pw@db:5432/tnet',
        PORT: '9000',
        FOUNDATION_BPS: '4999',
        MODEL_DEVICE: 'cuda',
        ANSWERS_PER_MINUTE: '0',
        LOG_LEVEL: 'debug',
        CHAIN_ID: '8453',
      },
      '/srv/tnet',
    );
    expect(c.databaseUrl).toBe('postgresql://tnet:pw@db:5432/tnet');
    expect(c.port).toBe(9000);
    expect(c.publicUrl).toBe('http://127.0.0.1:9000');
    expect(c.foundationBps).toBe(4999);
    expect(c.modelDevice).toBe('cuda');
    expect(c.answersPerMinute).toBe(0);
    expect(c.logLevel).toBe('debug');
    expect(c.chainId).toBe(8453);
    expect(loadConfig({ FOUNDATION_BPS: '0' }).foundationBps).toBe(0);
    expect(loadConfig({ PUBLIC_URL: 'https://tnet.example' }).publicUrl).toBe('https://tnet.example');
    expect(loadConfig({ EXPORT_TOKEN: 'x'.repeat(32) }).exportToken).toBe('x'.repeat(32));
    expect(() => loadConfig({ EXPORT_TOKEN: 'short' })).toThrow(/EXPORT_TOKEN must be 24 to 200 printable characters/);
    expect(loadConfig({ METRICS_TOKEN: 'm'.repeat(32) }).metricsToken).toBe('m'.repeat(32));
    expect(() => loadConfig({ METRICS_TOKEN: 'has a space in it, twenty-four' })).toThrow(/METRICS_TOKEN must be 24 to 200 printable characters/);
    expect(loadConfig({ GOLD_DRAW_KEY: 'g'.repeat(16) }).goldDrawKey).toBe('g'.repeat(16));
    expect(() => loadConfig({ GOLD_DRAW_KEY: 'too-short' })).toThrow(/GOLD_DRAW_KEY must be 16 to 200 printable characters/);
    expect(loadConfig({ JOB_RUN_RETENTION_DAYS: '3', TASK_SERVE_RETENTION_DAYS: '90' })).toMatchObject({ jobRunRetentionDays: 3, taskServeRetentionDays: 90 });
    expect(() => loadConfig({ JOB_RUN_RETENTION_DAYS: '0' })).toThrow(/JOB_RUN_RETENTION_DAYS must be between 1 and 3650/);
  });

  it('reports every bad key at once, in one ConfigError', () => {
    const e = configError({ DATABASE_URL: 'mysql://x', FOUNDATION_BPS: '5000', PORT: 'abc' });
    for (const key of ['DATABASE_URL', 'FOUNDATION_BPS', 'PORT']) {
      expect(e.message).toContain(key);
      expect(e.problems.some((p) => p.startsWith(key))).toBe(true);
    }
    expect(e.message).not.toContain('\n');
    expect(e.problems.every((p) => /^(DATABASE_URL|FOUNDATION_BPS|PORT) /.test(p))).toBe(true);
  });

  it('refuses a foundation share of half or more', () => {
    expect(configError({ FOUNDATION_BPS: '5000' }).message).toContain('FOUNDATION_BPS');
    expect(configError({ FOUNDATION_BPS: '-1' }).message).toContain('FOUNDATION_BPS');
    expect(configError({ FOUNDATION_BPS: '20.5' }).message).toContain('FOUNDATION_BPS');
    expect(loadConfig({ FOUNDATION_BPS: '4999' }).foundationBps).toBe(4999);
  });

  it('refuses a Discord token without an application id', () => {
    const e = configError({ DISCORD_TOKEN: discordToken });
    expect(e.message).toContain('DISCORD_APPLICATION_ID');
    const c = loadConfig({ DISCORD_TOKEN: discordToken, DISCORD_APPLICATION_ID: '123456789012345678' });
    expect(c.discordToken).toBe(discordToken);
    expect(c.discordApplicationId).toBe('123456789012345678');
  });

  it('reports a missing companion variable together with bad values', () => {
    // "Every bad key is reported together": fixing FOUNDATION_BPS must not reveal a new problem.
    const e = configError({ FOUNDATION_BPS: '5000', DISCORD_TOKEN: discordToken });
    expect(e.message).toContain('FOUNDATION_BPS');
    expect(e.message).toContain('DISCORD_APPLICATION_ID');
  });

  it('requires the chain settings together with RPC_URL', () => {
    const e = configError({ RPC_URL: 'https://rpc.example' });
    expect(e.message).toContain('TNET_ADDRESS');
    expect(e.message).toContain('MINTER_PRIVATE_KEY');
  });

  it('parses comma-separated id lists', () => {
    const c = loadConfig({ ADMIN_TELEGRAM_IDS: ' 11, 22 ,333', ADMIN_DISCORD_IDS: '42', DISCORD_GUILD_IDS: '7,8' });
    expect(c.adminTelegramIds).toEqual(['11', '22', '333']);
    expect(c.adminDiscordIds).toEqual(['42']);
    expect(loadConfig({ DISCORD_MODERATOR_ROLE_IDS: '600000000000000077,6' }).discordModeratorRoleIds).toEqual(['600000000000000077', '6']);
    expect(c.discordGuildIds).toEqual(['7', '8']);
    for (const bad of ['1,,2', 'abc', '1;2', '1,']) {
      expect(configError({ ADMIN_TELEGRAM_IDS: bad }).message).toContain('ADMIN_TELEGRAM_IDS');
    }
  });

  it('treats empty and blank strings as unset', () => {
    const c = loadConfig(
      { DATABASE_URL: '', PORT: '', FOUNDATION_BPS: '  ', MODEL_DEVICE: '', DISCORD_TOKEN: '', LOG_LEVEL: '', ADMIN_TELEGRAM_IDS: '', DATA_DIR: '' },
      '/srv/tnet',
    );
    expect(c.databaseUrl).toBeUndefined();
    expect(c.port).toBe(8080);
    expect(c.foundationBps).toBe(2000);
    expect(c.modelDevice).toBe('auto');
    expect(c.discordToken).toBeUndefined();
    expect(c.logLevel).toBe('info');
    expect(c.adminTelegramIds).toEqual([]);
    expect(c.dataDir).toBe(path.resolve('/srv/tnet/.data'));
  });

  it('never echoes a bad value, which may be a secret', () => {
    const key = '0xnot-a-key-but-still-secret-value';
    const e = configError({ MINTER_PRIVATE_KEY: key, DATABASE_URL: 'mysql://root:hunter22@db/x' });
    expect(e.message).toContain('MINTER_PRIVATE_KEY');
    expect(e.message).not.toContain(key);
    expect(e.message).not.toContain('hunter22');
  });

  it('checks enums and numbers', () => {
    expect(configError({ MODEL_DEVICE: 'gpu' }).message).toContain('MODEL_DEVICE');
    expect(configError({ LOG_LEVEL: 'verbose' }).message).toContain('LOG_LEVEL');
    expect(configError({ PORT: '70000' }).message).toContain('PORT');
    expect(configError({ TELEGRAM_BOT_TOKEN: 'nope' }).message).toContain('TELEGRAM_BOT_TOKEN');
    expect(configError({ TNET_ADDRESS: '0x123' }).message).toContain('TNET_ADDRESS');
  });

  it('turns named prepared statements off only when asked, for PgBouncer in transaction mode', () => {
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'off' }).databasePreparedStatements).toBe(false);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'on' }).databasePreparedStatements).toBe(true);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: ' ' }).databasePreparedStatements).toBe(true);
    expect(configError({ DATABASE_PREPARED_STATEMENTS: 'false' }).message).toContain('DATABASE_PREPARED_STATEMENTS');
  });

  it('reads the mint settings, and names each bad one', () => {
    const c = loadConfig({ MINT_CONFIRMATIONS: '20', MINT_MAX_FEE_GWEI: '80', MINT_REPLACE_AFTER_SECONDS: '600', MINT_LOG_RANGE: '500', TNET_DEPLOY_BLOCK: '19000000' });
    expect(c).toMatchObject({ mintConfirmations: 20, mintMaxFeePerGasWei: 80n * 10n ** 9n, mintReplaceAfterSeconds: 600, mintLogRange: 500, tnetDeployBlock: 19_000_000 });
    const e = configError({ MINT_CONFIRMATIONS: '0', MINT_MAX_FEE_GWEI: '0', MINT_REPLACE_AFTER_SECONDS: '5', MINT_LOG_RANGE: '1', TNET_DEPLOY_BLOCK: '-1' });
    for (const key of ['MINT_CONFIRMATIONS', 'MINT_MAX_FEE_GWEI', 'MINT_REPLACE_AFTER_SECONDS', 'MINT_LOG_RANGE', 'TNET_DEPLOY_BLOCK']) expect(e.problems.some((p) => p.startsWith(`${key} `))).toBe(true);
  });

  it('reads the emission pace as base units and refuses a pace that is not a positive amount', () => {
    const c = loadConfig({ EMISSION_PACE: '50000.5', EPOCH_SECONDS: '3600' });
    expect(c.emissionPace).toBe(50000n * 10n ** 18n + 5n * 10n ** 17n);
    expect(c.epochSeconds).toBe(3600);
    expect(configError({ EMISSION_PACE: '0' }).message).toContain('EMISSION_PACE');
    expect(configError({ EMISSION_PACE: '1e6' }).message).toContain('EMISSION_PACE');
    expect(configError({ EPOCH_SECONDS: '10' }).message).toContain('EPOCH_SECONDS');
    expect(configError({ SCORING_SCHEDULE: 'often' }).message).toContain('SCORING_SCHEDULE');
  });

  describe('ROLE', () => {
    const shared = { DATABASE_URL: 'postgres://tnet@db/tnet', RPC_URL: 'http://chain:8545', TNET_ADDRESS: `0x${'1'.repeat(40)}` };
    const minterKey = `0x${'2'.repeat(64)}`;
    const telegram = { TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', GOLD_DRAW_KEY: 'g'.repeat(16) };

    it.each([
      [{}, 'all'],
      [{ ROLE: 'all' }, 'all'],
      [{ ROLE: ' ' }, 'all'],
      [{ ...shared, MINTER_PRIVATE_KEY: minterKey, ROLE: 'jobs' }, 'jobs'],
      [{ ...shared, ROLE: 'web' }, 'web'],
      [{ ...shared, ...telegram, ROLE: 'bot' }, 'bot'],
      [{ ...shared, DISCORD_TOKEN: discordToken, DISCORD_APPLICATION_ID: '42', GOLD_DRAW_KEY: 'g'.repeat(16), ROLE: 'bot' }, 'bot'],
    ] as [Record<string, string>, string][])('reads %j as role %s', (env, role) => {
      expect(loadConfig(env).role).toBe(role);
    });

    it.each([
      [{ ROLE: 'worker' }, 'ROLE Invalid option: expected one of "all"|"bot"|"jobs"|"web"'],
      [{ ROLE: 'jobs' }, 'ROLE=jobs needs DATABASE_URL: embedded PGlite is one process'],
      [{ ...shared, ROLE: 'jobs' }, 'MINTER_PRIVATE_KEY is required when RPC_URL is set'],
      [{ ROLE: 'web', DATABASE_URL: shared.DATABASE_URL }, 'ROLE=web needs RPC_URL'],
      [{ ...shared, ROLE: 'bot', GOLD_DRAW_KEY: 'g'.repeat(16) }, 'ROLE=bot needs TELEGRAM_BOT_TOKEN or DISCORD_TOKEN'],
      [{ ...shared, ROLE: 'bot', TELEGRAM_BOT_TOKEN: telegram.TELEGRAM_BOT_TOKEN }, 'ROLE=bot needs GOLD_DRAW_KEY'],
      [{ ...telegram, ROLE: 'bot', RPC_URL: shared.RPC_URL, TNET_ADDRESS: shared.TNET_ADDRESS }, 'ROLE=bot needs DATABASE_URL'],
    ] as [Record<string, string>, string][])('refuses %j', (env, text) => {
      expect(configError(env).message).toContain(text);
    });

    it.each([
      ['bot', { ...shared, ...telegram, ROLE: 'bot' }],
      ['web', { ...shared, ROLE: 'web' }],
    ] as [string, Record<string, string>][])('refuses the minter key in ROLE=%s, naming the variable, never its value', (role, env) => {
      const e = configError({ ...env, MINTER_PRIVATE_KEY: minterKey });
      expect(e.problems).toEqual([`MINTER_PRIVATE_KEY is only for ROLE=jobs or all: leave it out of ROLE=${role}'s environment`]);
      expect(e.message).not.toContain(minterKey);
    });
  });

  describe('Discord shards', () => {
    it('reads the shard count and this replica\'s shards', () => {
      expect(loadConfig({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARDS: '1, 3' })).toMatchObject({ discordShardCount: 4, discordShards: [1, 3] });
      expect(loadConfig({ DISCORD_SHARD_COUNT: '2' })).toMatchObject({ discordShardCount: 2, discordShards: undefined });
    });

    it.each([
      [{ DISCORD_SHARDS: '0' }, 'DISCORD_SHARD_COUNT is required when DISCORD_SHARDS is set'],
      [{ DISCORD_SHARD_COUNT: '2', DISCORD_SHARDS: '0,2,5' }, 'DISCORD_SHARDS names shard(s) 2, 5, outside 0..1'],
      [{ DISCORD_SHARD_COUNT: '0' }, 'DISCORD_SHARD_COUNT must be between 1'],
      [{ DISCORD_SHARD_COUNT: '2', DISCORD_SHARDS: 'a' }, 'DISCORD_SHARDS must be a comma-separated list'],
    ] as [Record<string, string>, string][])('refuses %j', (env, text) => {
      expect(configError(env).message).toContain(text);
    });
  });
});
