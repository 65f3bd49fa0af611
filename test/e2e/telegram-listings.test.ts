import { keccak256, toUtf8Bytes } from 'ethers';
import { createLogger } from '../../core';
import { buildManifest, encodeManifest } from '../../core/mint/manifest';
import { LISTING_COMMANDS } from '../../bots/common/rate-limit';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';

const reader = { id: 421, firstName: 'Reader' };
const other = { id: 422, firstName: 'Other' };
const group: FakeChat = { id: -7401, type: 'supergroup', title: 'Miners' };
const wallet = (i: number) => `0x${(i + 1).toString(16).padStart(40, '0')}`;

describe(`/batch and /leaderboard in a group stay small and are rate limited, on Telegram and ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: () => undefined }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-listing-tests-08');
    running = await startTestBot(core, tg, { adminIds: [], editIntervalMs: 100 });
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const since = (chatId: number, mark: number): BotMessage[] => tg.botMessages(chatId).filter((m) => m.messageId > mark);
  /** Sends a command in the group; resolves with the bot's first message there after it. */
  const inGroup = async (user: { id: number; firstName: string }, text: string): Promise<BotMessage> => {
    const mark = tg.lastMessageId(group.id);
    await tg.send(user, text, group);
    return tg.waitFor(`a reply to ${text.slice(0, 20)}`, () => since(group.id, mark)[0]);
  };
  /** A batch of `wallets` wallets paid by 4 rows each, stored as the mint stores it. */
  async function storeBatch(wallets: number, state = 'confirmed', txHash: string | null = `0x${'ab'.repeat(32)}`): Promise<string> {
    const rows = Array.from({ length: wallets * 4 }, (_, i) => ({ ledgerId: String(i + 1), wallet: wallet(i % wallets), amount: 10n ** 18n }));
    const text = encodeManifest(buildManifest(31337, wallet(99_999), rows));
    const id = keccak256(toUtf8Bytes(text));
    await core.ds.query(`INSERT INTO mint_batch (batch_id, state, manifest, gross_total, foundation_total, tx_hash) VALUES ($1, $2, $3::jsonb, $4, 0, $5)`, [
      id,
      state,
      text,
      (BigInt(wallets * 4) * 10n ** 18n).toString(),
      txHash,
    ]);
    return id;
  }

  it("answers /batch of a 2,000-row batch with its totals and 20 wallets in one message, never the manifest", async () => {
    const id = await storeBatch(500);
    const mark = tg.lastMessageId(group.id);
    const reply = await inGroup(reader, `/batch ${id}`);
    const lines = reply.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([`Mint batch ${id} [confirmed]`, `Transaction: 0x${'ab'.repeat(32)}`, '2,000 rows to 500 wallets, 2,000 TNET gross']);
    expect(lines.slice(3, 23)).toEqual(Array.from({ length: 20 }, (_, i) => `${wallet(i)} 4 TNET`));
    expect(lines.slice(23)).toEqual([`... and 480 more wallets; the full manifest: npx tnet batch ${id}`]);
    // One message, well under Telegram's 4,096 characters; nothing else follows.
    await tg.send(reader, '/help', group);
    await tg.waitFor('the help after it', () => since(group.id, mark).some((m) => m.text.startsWith('TNET mining:')));
    expect(since(group.id, mark).filter((m) => m.text.includes(id) || m.text.includes('"rows"'))).toHaveLength(1);
  }, 30_000);

  it('shows a small batch whole (its canonical text, to re-hash), then its totals', async () => {
    const id = await storeBatch(2, 'prepared', null);
    const mark = tg.lastMessageId(group.id);
    await tg.send(other, `/batch ${id}`, group);
    const [manifest, totals] = await tg.waitFor('two messages', () => {
      const m = since(group.id, mark);
      return m.length >= 2 && m;
    });
    expect(keccak256(toUtf8Bytes(manifest!.text))).toBe(id);
    expect(totals!.text).toBe(`Mint batch ${id} [prepared]\nTransaction: not sent yet\n8 rows to 2 wallets, 8 TNET gross\n${wallet(0)} 4 TNET\n${wallet(1)} 4 TNET`);
  }, 30_000);

  it('answers /leaderboard and /batch a few times per member, then one short line, while another member still gets them', async () => {
    // The reader used one /batch above: the budget counts both commands together.
    for (let i = 1; i < LISTING_COMMANDS.max; i++) expect((await inGroup(reader, '/leaderboard')).text).toMatch(/^(Top miners|No rewards yet)/);
    const limited = /^That takes a while to prepare, and you asked for it often just now\. Try again in \d+ (seconds|minutes)\.$/;
    expect((await inGroup(reader, '/leaderboard')).text).toMatch(limited);
    expect((await inGroup(reader, `/batch 0x${'0'.repeat(64)}`)).text).toMatch(limited);
    expect((await inGroup(other, '/leaderboard')).text).toMatch(/^(Top miners|No rewards yet)/);
  }, 60_000);
});
