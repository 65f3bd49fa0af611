import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engine } from '../helpers/test-core';
import { DiscordServer } from '../helpers/discord-server';

const root = path.resolve(__dirname, '../..');

/** Variables loadConfig reads; none of the parent's may leak into the child. */
const configKeys = [
  'DATABASE_URL', 'DATA_DIR', 'RPC_URL', 'CHAIN_ID', 'MINTER_PRIVATE_KEY', 'TNET_ADDRESS', 'FOUNDATION_ADDRESS', 'FOUNDATION_BPS',
  'TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_URL', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_API_BASE',
  'DISCORD_GUILD_IDS', 'DISCORD_MODERATOR_ROLE_IDS', 'ADMIN_TELEGRAM_IDS', 'ADMIN_DISCORD_IDS', 'PORT', 'PUBLIC_URL', 'MODEL_DEVICE', 'ANSWERS_PER_MINUTE', 'LOG_LEVEL',
];

describe(`discord start-up on ${engine}`, () => {
  let dataDir: string | undefined;
  afterAll(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('npm start with a Discord token runs the Discord bot on the embedded defaults and stops cleanly on SIGTERM', async () => {
    const dc = await DiscordServer.start();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'tnet-dc-start-'));
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of configKeys) delete env[key];
    delete env.NODE_OPTIONS;
    Object.assign(env, { DATA_DIR: dataDir, LOG_LEVEL: 'warn', PORT: '0', DISCORD_TOKEN: dc.token, DISCORD_APPLICATION_ID: dc.applicationId, DISCORD_API_BASE: dc.apiBase });
    let stderr = '';
    let stdout = '';
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      await dc.waitFor('the bot to identify', () => dc.identifies.length > 0, 90_000);
      // No DISCORD_GUILD_IDS: the commands are registered globally.
      expect([...dc.registered.keys()]).toEqual(['global']);
      const task = dc.slash({ id: '320000000000000001', username: 'nora' }, 'task');
      const card = await dc.answered(task);
      expect(DiscordServer.textOf(card)).toMatch(/^Campaign #1 · Demo: review sentiment · task \d+/);
      expect(DiscordServer.buttonsOf(card).length).toBeGreaterThan(1);
      expect(stdout).not.toContain('TNET mining console');
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await dc.stop();
    }
    expect(stderr).toBe('');
  }, 150_000);
});
