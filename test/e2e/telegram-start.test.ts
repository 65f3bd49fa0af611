import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { languages } from '../../bots/common/i18n/languages';
import { english } from '../../bots/common/i18n/translator';
import { botCommands } from '../../bots/telegram/bot-commands';
import { createTelegramBot } from '../../bots/telegram/create-telegram-bot';
import { startTelegram, webhookSecret } from '../../bots/telegram/start-telegram';
import { createTestCore, engine } from '../helpers/test-core';
import { TelegramEmulator } from '../helpers/telegram-emulator';

const root = path.resolve(__dirname, '../..');

/** Variables loadConfig reads; none of the parent's may leak into the child. */
const configKeys = [
  'DATABASE_URL', 'DATA_DIR', 'RPC_URL', 'CHAIN_ID', 'MINTER_PRIVATE_KEY', 'TNET_ADDRESS', 'FOUNDATION_ADDRESS', 'FOUNDATION_BPS',
  'TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_URL', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_API_BASE',
  'DISCORD_GUILD_IDS', 'ADMIN_TELEGRAM_IDS', 'ADMIN_DISCORD_IDS', 'PORT', 'PUBLIC_URL', 'MODEL_DEVICE', 'ANSWERS_PER_MINUTE', 'LOG_LEVEL',
];

const user = { id: 4242, firstName: 'Nora' };

describe(`telegram start-up and webhook mode on ${engine}`, () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('npm start with a token runs the Telegram bot on the embedded defaults and stops cleanly on SIGTERM', async () => {
    const tg = await TelegramEmulator.start('777000:START-test-token-for-the-entry-01');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tnet-tg-start-'));
    dirs.push(dataDir);
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of configKeys) delete env[key];
    delete env.NODE_OPTIONS;
    Object.assign(env, { DATA_DIR: dataDir, LOG_LEVEL: 'warn', TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot });
    let stderr = '';
    let stdout = '';
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      // The bot is up once it has asked for updates.
      await tg.waitFor('the first getUpdates', () => tg.callsOf('getUpdates').length > 0, 90_000);
      await tg.send(user, '/task');
      const card = await tg.waitFor('a demo task card', () => tg.botMessages(user.id).find((m) => /^Campaign #1 · Demo: review sentiment · task \d+/.test(m.text)), 30_000);
      expect(card.buttons.flat().length).toBeGreaterThan(1);
      expect(tg.callsOf('setMyCommands')).toHaveLength(languages().length);
      expect(stdout).not.toContain('TNET mining console');
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await tg.stop();
    }
    expect(stderr).toBe('');
  }, 150_000);

  it('takes updates on a webhook only with the secret token', async () => {
    const tg = await TelegramEmulator.start('777001:WEBHOOK-test-token-for-the-bot-01');
    const core = await createTestCore();
    const token = tg.token;
    const bot = createTelegramBot(core, { token, apiRoot: tg.apiRoot, adminIds: [] });
    const running = await startTelegram(bot, { token, logger: core.logger, webhookUrl: 'http://127.0.0.1/tg/hook', port: 0, host: '127.0.0.1' });
    try {
      // One menu per language: English for every client (no language_code) first, then each other language under its Telegram code.
      const menus = tg.callsOf('setMyCommands').map((c) => c.payload);
      expect(menus.map((m) => m.language_code)).toEqual(languages().map((l, i) => (i === 0 ? undefined : l.telegram)));
      expect(menus[0]!.commands).toEqual(botCommands(english()));
      expect(menus[0]!.commands).toContainEqual({ command: 'balance', description: 'Your pending and minted TNET (answered in private)' });
      const set = tg.callsOf('setWebhook');
      expect(set).toHaveLength(1);
      expect(set[0]!.payload).toMatchObject({ url: 'http://127.0.0.1/tg/hook', secret_token: webhookSecret(token) });
      const update = (id: number) => ({
        update_id: id,
        message: { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: user.id, type: 'private', first_name: 'Nora' }, from: { id: user.id, is_bot: false, first_name: 'Nora' }, text: '/help', entities: [{ type: 'bot_command', offset: 0, length: 5 }] },
      });
      const post = (body: unknown, secret?: string) =>
        fetch(`http://127.0.0.1:${running.port}/tg/hook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
          body: JSON.stringify(body),
        });
      expect((await post(update(1))).status).toBe(401);
      expect((await post(update(2), 'wrong')).status).toBe(401);
      expect((await fetch(`http://127.0.0.1:${running.port}/elsewhere`, { method: 'POST' })).status).toBe(404);
      expect(tg.botMessages(user.id)).toHaveLength(0);
      const ok = await post(update(3), webhookSecret(token));
      expect(ok.status).toBe(200);
      const help = await tg.waitFor('the /help reply', () => tg.botMessages(user.id).find((m) => m.text.startsWith('TNET mining: answer small AI tasks')));
      expect(help.text).toContain('/task [campaign]');
    } finally {
      await running.stop();
      await tg.stop();
      await core.cleanup();
    }
  }, 60_000);
});
