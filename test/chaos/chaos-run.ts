import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Contract, JsonRpcProvider, Wallet } from 'ethers';
import artifact from '../../contracts/artifacts/TNET.json';
import { createCore, createLogger, loadConfig, type Core } from '../../core';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { deployTnetAt } from '../../core/chain/deploy';
import { adminSql } from '../../core/db/admin-sql';
import { decodeManifest } from '../../core/mint/manifest';
import { postgresDataSource } from '../helpers/test-core';
import { freePort, TelegramEmulator, type BotMessage, type FakeChat, type FakeUser } from '../helpers/telegram-emulator';
import { cardTaskId, doubleMints, duplicateCards, lostAnswers, limitBreaches, type Ack, type SentMessage } from './chaos-checks';
import { ProcessFleet, type RoleMode, type Slot } from './process-fleet';
import { WebhookProxy } from './webhook-proxy';

export interface ChaosOptions {
  /** A PostgreSQL URL whose server the run creates its database on (and drops it after). */
  adminUrl: string;
  /** Seconds of member load with kills. */
  seconds: number;
  /** Mean pause between two kills, ms (each pause drawn from half to one and a half of it). */
  killEveryMs: number;
  /** Pause before a killed process is started again, ms. */
  restartMs: number;
  /** Longest wait after the load for the jobs to settle every reward, ms. */
  settleMs: number;
  groups: number;
  membersPerGroup: number;
  privateMembers: number;
  /** A member's pause between two presses, ms. */
  thinkMs: number;
  answersPerMinute: number;
  mode: RoleMode;
  /** Progress lines (stderr in the bench). */
  progress?: (line: string) => void;
}

/** The counts the run ends with: the first four must be 0. */
export interface ChaosResult {
  lost_answers: number;
  double_mints: number;
  duplicate_cards: number;
  limit_breaches: number;
  /** totalSupply minus the minted ledger (base units, decimal text): must be "0". */
  supply_minus_minted_ledger: string;
  /** Batches still prepared or submitted after the settle wait (rewards not yet on chain). */
  unsettled_batches: number;
  /** Rewards of members with a wallet still waiting for a batch after the settle wait. */
  unminted_rows: number;
  answers: number;
  acknowledged: number;
  /** Presses the limit refused (the toast said so): the load reached the limit. */
  rate_limited: number;
  /** Cards sent to the groups. */
  group_cards: number;
  /** The toasts the presses got, by text (the load's mix: recorded, limited, already answered...). */
  toasts: Record<string, number>;
  kills: number;
  crashes: number;
  /** Batches minted on chain. */
  mints: number;
  updates: number;
  /** Updates that reached two replicas (one killed while running it). */
  updates_reached_twice: number;
  settled: boolean;
  /** Processes that did not answer /healthz with 200 after the load, with what they answered. */
  unhealthy: string[];
  duration_s: number;
  mode: RoleMode;
  /** Acknowledged answers with no row, and processes' exits nobody asked for (for the report). */
  lost: Ack[];
  /** Answers admitted past the limit, each with the member's answer times in the minute before it (ISO). */
  breach_list: { memberId: number; at: string; minuteBefore: string[] }[];
  crash_list: string[];
  log_dir: string;
}

const WEBHOOK_PATH = '/tg/hook';
const ADMIN: FakeUser = { id: 999, firstName: 'Ada' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


const hasButton = (m: BotMessage, prefix: string) => m.buttons.some((row) => row.some((b) => b.data.startsWith(prefix)));
const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(Math.random() * xs.length)];

/** A campaign decided by simple majority of 3 answers, paying at once: every decided task mints. */
async function seedCampaign(core: Core, items: number): Promise<number> {
  const c = await core.campaigns.create(
    { name: 'Chaos', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog', 'bird'], reward: '10', budget: '100000000', answersPerTask: 3, maxAnswersPerTask: 3, consensusMode: 'majority', minEvidence: 0 },
    null,
  );
  const csv = ['id,text', ...Array.from({ length: items }, (_, i) => `c${i + 1},picture ${i + 1}`)].join('\n') + '\n';
  await core.campaigns.importItems(c.id, Readable.from([csv]), 'csv');
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

/** Links a member's wallet as the /link flow does: the SIWE message, signed by the member's key. */
async function linkWallet(core: Core, user: FakeUser): Promise<void> {
  const platformUser = { platform: 'telegram' as const, platformUserId: String(user.id), displayName: user.firstName };
  const { memberId } = await core.identities.resolve(platformUser);
  const key = Wallet.createRandom();
  const request = await core.wallets.requestLink(memberId, platformUser, key.address);
  await core.wallets.verify(memberId, platformUser, await key.signMessage(request.message));
}

/**
 * The chaos run: anvil with TNET, a fresh PostgreSQL database, the Telegram emulator, two
 * bot replicas behind one webhook URL (a round-robin proxy) and two job runners, members
 * pressing answer buttons in groups and in private, and a random process SIGKILLed every
 * few seconds and started again. Then a quiet period for the jobs to settle, and the
 * counts. Everything it started is stopped on every path.
 */
export async function runChaos(o: ChaosOptions): Promise<ChaosResult> {
  const say = o.progress ?? (() => undefined);
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tnet-chaos-'));
  const dbName = `tnet_chaos_${process.pid}_${randomBytes(3).toString('hex')}`;
  let anvil: AnvilNode | undefined;
  let dbCreated = false;
  let tg: TelegramEmulator | undefined;
  let proxy: WebhookProxy | undefined;
  let fleet: ProcessFleet | undefined;
  let core: Core | undefined;
  let provider: JsonRpcProvider | undefined;
  let stopLoad = false;
  let passed = false;
  try {
    anvil = await startAnvil();
    const minter = new Wallet(ANVIL_DEV_KEYS[0]).address;
    const token = await deployTnetAt({ rpcUrl: anvil.url, deployerKey: ANVIL_DEV_KEYS[0], minter, foundation: new Wallet(ANVIL_DEV_KEYS[1]).address, foundationBps: 2000 });
    await adminSql(o.adminUrl, `CREATE DATABASE ${dbName}`);
    dbCreated = true;
    const dbUrl = new URL(o.adminUrl);
    dbUrl.pathname = `/${dbName}`;
    tg = await TelegramEmulator.start();
    const slots: Slot[] = [
      { name: 'bot-1', role: 'bot', port: await freePort() },
      { name: 'bot-2', role: 'bot', port: await freePort() },
      { name: 'jobs-1', role: 'jobs', port: await freePort() },
      { name: 'jobs-2', role: 'jobs', port: await freePort() },
    ];
    proxy = await WebhookProxy.start(slots.filter((s) => s.role === 'bot').map((s) => s.port), WEBHOOK_PATH);
    const env: Record<string, string> = {
      DATABASE_URL: dbUrl.toString(),
      // Above the 8 jobs that may fire together: each holds a pool connection for its lock and
      // needs one more for its work, so a smaller pool can deadlock a process (bench/RESULTS.md).
      DATABASE_POOL_SIZE: '10',
      // Behind PgBouncer in transaction mode (the CI's PostgreSQL run) the statements go unnamed.
      DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS ?? 'on',
      DATA_DIR: path.join(dir, 'data'),
      RPC_URL: anvil.url,
      CHAIN_ID: String(anvil.chainId),
      TNET_ADDRESS: token.address,
      TNET_DEPLOY_BLOCK: String(token.blockNumber),
      MINTER_PRIVATE_KEY: ANVIL_DEV_KEYS[0],
      MINT_CONFIRMATIONS: '1',
      MINT_SCHEDULE: '*/3 * * * * *',
      SCORING_SCHEDULE: '*/2 * * * * *',
      ANSWERS_PER_MINUTE: String(o.answersPerMinute),
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      TELEGRAM_WEBHOOK_URL: proxy.url,
      ADMIN_TELEGRAM_IDS: String(ADMIN.id),
      GOLD_DRAW_KEY: 'tnet-chaos-gold-draw-key',
      MODEL_DEVICE: 'cpu',
      LOG_LEVEL: process.env.CHAOS_LOG_LEVEL ?? 'warn',
    };

    // The harness's own core: migrations before any process starts, the campaign, the wallets.
    core = await createCore(loadConfig({ ...env, PORT: '0' }), {
      ds: postgresDataSource(env.DATABASE_URL, 4),
      chain: { rpcUrl: anvil.url, chainId: anvil.chainId, tokenAddress: token.address, minterPrivateKey: ANVIL_DEV_KEYS[0] },
      logger: createLogger({ level: 'error', write: () => undefined }),
    });
    const campaignId = await seedCampaign(core, 5000);
    const groups: FakeChat[] = Array.from({ length: o.groups }, (_, g) => ({ id: -9100 - g, type: 'group', title: `Chaos group ${g + 1}` }));
    const groupMembers = groups.flatMap((chat, g) => Array.from({ length: o.membersPerGroup }, (_, i) => ({ chat, user: { id: 20_000 + g * 100 + i, firstName: `g${g}m${i}` } })));
    const privateMembers = Array.from({ length: o.privateMembers }, (_, i) => ({ id: 30_000 + i, firstName: `p${i}` }));
    for (const m of [...groupMembers.map((x) => x.user), ...privateMembers]) await linkWallet(core, m);
    for (const g of groups) tg.admins.set(g.id, new Set([ADMIN.id]));

    // Telegram's side: the emulator POSTs every update to the one webhook URL the replicas set
    // (with the secret, again after a failure); the proxy tells the harness which press each is.
    const presses = new Map<string, Ack>();
    proxy.onUpdate = (u) => {
      const q = u.callback_query as { id: string; from: { id: number }; data?: string } | undefined;
      const m = q?.data ? /^a:(\d+):/.exec(q.data) : null;
      if (q && m) presses.set(q.id, { userId: q.from.id, taskId: Number(m[1]) });
    };

    fleet = new ProcessFleet(slots, env, o.mode, path.resolve(__dirname, '../..'), path.join(dir, 'logs'), o.restartMs);
    fleet.startAll();
    await Promise.all(slots.map((s) => fleet!.ready(s, 120_000)));
    say(`fleet up (${o.mode}) in ${Math.round((Date.now() - started) / 1000)} s`);

    for (const g of groups) await tg.send(ADMIN, `/campaign post ${campaignId} 3`, g);
    for (const g of groups) {
      await tg.waitFor(`cards in ${g.title}`, () => tg!.botMessages(g.id).filter((m) => hasButton(m, 'a:')).length >= 3, 60_000).catch((e: Error) => {
        throw new Error(`${e.message}; the chat holds ${JSON.stringify(tg!.botMessages(g.id).map((m) => m.text.slice(0, 80)))}`);
      });
    }
    say('cards posted; load and kills start');

    const loadEnd = Date.now() + o.seconds * 1000;
    const think = () => sleep(o.thinkMs * (0.5 + Math.random()));
    const groupLoop = async (chat: FakeChat, user: FakeUser) => {
      await sleep(Math.random() * o.thinkMs);
      while (!stopLoad && Date.now() < loadEnd) {
        const cards = tg!.botMessages(chat.id).filter((m) => hasButton(m, 'a:')).slice(-6);
        // One turn in four a burst: three cards pressed one right after another, so one member's
        // presses run on both replicas together and the limit is decided concurrently. (Pressed
        // in one tick, the emulator would give them one callback id; Telegram's are unique.)
        const turn = Math.random() < 0.25 ? [...cards].sort(() => Math.random() - 0.5).slice(0, 3) : [pick(cards)];
        for (const card of turn) {
          const option = card && pick(card.buttons.flat().filter((b) => b.data.startsWith('a:')));
          if (card && option) await tg!.press(user, card, option.data, chat);
        }
        await think();
      }
    };
    const privateLoop = async (user: FakeUser) => {
      await sleep(Math.random() * o.thinkMs);
      while (!stopLoad && Date.now() < loadEnd) {
        const last = tg!.botMessages(user.id).at(-1);
        const answer = last && pick(last.buttons.flat().filter((b) => b.data.startsWith('a:')));
        const next = last?.buttons.flat().find((b) => b.data.startsWith('n:'));
        const before = last ? `${last.messageId}:${last.text}` : '';
        if (last && answer) await tg!.press(user, last, answer.data);
        else if (last && next) await tg!.press(user, last, next.data);
        else await tg!.send(user, '/task');
        // The reply (a new card or the card edited), or give up after a while: the update may be waiting for a replica.
        await tg!.waitFor('a reply', () => {
          const now = tg!.botMessages(user.id).at(-1);
          return now !== undefined && `${now.messageId}:${now.text}` !== before;
        }, 5000).catch(() => undefined);
        await think();
      }
    };
    const killer = async () => {
      while (!stopLoad && Date.now() < loadEnd) {
        await sleep(o.killEveryMs * (0.5 + Math.random()));
        if (stopLoad || Date.now() >= loadEnd) break;
        const victim = pick(slots.filter((s) => fleet!.isRunning(s)));
        if (!victim) continue;
        await fleet!.kill(victim);
        say(`killed ${victim.name} (${fleet!.kills})`);
        setTimeout(() => fleet!.start(victim), o.restartMs).unref();
      }
    };
    await Promise.all([killer(), ...groupMembers.map((m) => groupLoop(m.chat, m.user)), ...privateMembers.map(privateLoop)]);
    stopLoad = true;

    // Quiet period: every process back, every update delivered, the jobs settle the rewards.
    await sleep(o.restartMs + 200);
    for (const s of slots) fleet.start(s);
    const unhealthy = (await Promise.all(slots.map(async (s) => [s.name, await fleet!.waitHealthy(s, 120_000)] as const))).flatMap(([name, problem]) => (problem ? [`${name}: ${problem}`] : []));
    for (const u of unhealthy) say(u);
    // Every update answered by a replica, and none new for a while (the emulator may still hold some).
    const drainUntil = Date.now() + 60_000;
    while (Date.now() < drainUntil && !(proxy.allAnswered && Date.now() - proxy.lastNewAt > 3000)) await sleep(250);
    const drained = proxy.allAnswered;
    say(`load over; updates ${drained ? 'all delivered' : 'NOT all delivered'}; settling`);
    const settleUntil = Date.now() + o.settleMs;
    let settled = false;
    let calmRounds = 0;
    while (Date.now() < settleUntil) {
      const [s] = await core.ds.query(
        `SELECT (SELECT count(*)::int FROM mint_batch WHERE state IN ('prepared', 'submitted')) AS unfinished,
                (SELECT count(*)::int FROM reward_ledger r JOIN wallet w ON w.member_id = r.member_id WHERE r.status = 'pending' AND r.mint_batch_id IS NULL AND r.amount <> 0) AS waiting`,
      );
      calmRounds = s.unfinished === 0 && s.waiting === 0 ? calmRounds + 1 : 0;
      // Twice calm, a scoring round apart: a round in flight may still add rewards.
      if (calmRounds >= 2) {
        settled = true;
        break;
      }
      await sleep(2500);
    }
    say(`settled: ${settled}`);

    // The counts.
    const acks: Ack[] = tg.callsOf('answerCallbackQuery').flatMap((c) => {
      const press = presses.get(String(c.payload.callback_query_id));
      return press && c.payload.text === 'Answer recorded' ? [press] : [];
    });
    const storedRows: { user_id: string; task_id: number }[] = await core.ds.query(
      `SELECT i.platform_user_id AS user_id, a.task_id FROM answer a JOIN identity i ON i.member_id = a.member_id AND i.platform = 'telegram'`,
    );
    const lost = lostAnswers(acks, new Set(storedRows.map((r) => `${r.user_id}:${r.task_id}`)));
    const times: { member_id: number; at: string }[] = await core.ds.query(`SELECT member_id, (extract(epoch FROM created_at) * 1000000)::bigint::text AS at FROM answer ORDER BY id`);
    const breaches = limitBreaches(times.map((t) => ({ memberId: t.member_id, atMicros: Number(t.at) })), o.answersPerMinute);
    const sent: SentMessage[] = tg.calls
      .filter((c) => c.method === 'sendMessage' || c.method === 'sendPhoto')
      .map((c) => {
        const fields = { ...((c.payload.fields ?? {}) as Record<string, unknown>), ...c.payload };
        const markup = (typeof fields.reply_markup === 'string' ? JSON.parse(fields.reply_markup) : fields.reply_markup) as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
        return { chatId: Number(fields.chat_id), buttons: (markup?.inline_keyboard ?? []).flat().map((b) => b.callback_data ?? '') };
      });
    provider = new JsonRpcProvider(anvil.url, undefined, { staticNetwork: true });
    const tnet = new Contract(token.address, artifact.abi, provider);
    const events = await tnet.queryFilter(tnet.filters.TNETBatchMinted!(), token.blockNumber);
    const mintedIds = events.map((e) => String((e as unknown as { args: unknown[] }).args[0]));
    const batchRows: { batch_id: string; state: string; manifest: object }[] = await core.ds.query(`SELECT batch_id, state, manifest FROM mint_batch`);
    const batches = batchRows.map((b) => ({ batchId: b.batch_id, ledgerIds: decodeManifest(b.manifest).rows.map((r) => r.ledgerId) }));
    const supply = (await tnet.getFunction('totalSupply')()) as bigint;
    const [ledger] = await core.ds.query(
      `SELECT coalesce(sum(amount), 0)::text AS minted,
              (SELECT count(*)::int FROM mint_batch WHERE state IN ('prepared', 'submitted')) AS unsettled,
              (SELECT count(*)::int FROM reward_ledger r JOIN wallet w ON w.member_id = r.member_id WHERE r.status = 'pending' AND r.amount <> 0) AS unminted
       FROM reward_ledger WHERE status = 'minted'`,
    );
    const toasts: Record<string, number> = {};
    for (const c of tg.callsOf('answerCallbackQuery')) {
      const text = String(c.payload.text ?? '(none)').slice(0, 40);
      toasts[text] = (toasts[text] ?? 0) + 1;
    }
    const result: ChaosResult = {
      lost_answers: lost.length,
      double_mints: doubleMints(mintedIds, batches),
      duplicate_cards: duplicateCards(sent),
      limit_breaches: breaches.length,
      supply_minus_minted_ledger: (supply - BigInt(ledger.minted)).toString(),
      unsettled_batches: ledger.unsettled,
      unminted_rows: ledger.unminted,
      answers: times.length,
      acknowledged: acks.length,
      rate_limited: tg.callsOf('answerCallbackQuery').filter((c) => String(c.payload.text ?? '').startsWith('You are answering too fast')).length,
      toasts,
      group_cards: sent.filter((m) => m.chatId < 0 && cardTaskId(m.buttons) !== undefined).length,
      kills: fleet.kills,
      crashes: fleet.crashes.length,
      mints: mintedIds.length,
      updates: proxy.seen,
      updates_reached_twice: proxy.reachedTwice,
      settled: settled && drained,
      unhealthy,
      duration_s: Math.round((Date.now() - started) / 100) / 10,
      mode: o.mode,
      lost,
      breach_list: breaches.map((b) => ({
        memberId: b.memberId,
        at: new Date(b.atMicros / 1000).toISOString(),
        minuteBefore: times.filter((t) => t.member_id === b.memberId && Number(t.at) < b.atMicros && Number(t.at) > b.atMicros - 60_000_000).map((t) => `${new Date(Number(t.at) / 1000).toISOString()} (${t.at.slice(-6)} us)`),
      })),
      crash_list: [...fleet.crashes],
      log_dir: path.join(dir, 'logs'),
    };
    passed = result.lost_answers + result.double_mints + result.duplicate_cards + result.limit_breaches === 0 && result.supply_minus_minted_ledger === '0' && unhealthy.length === 0;
    return result;
  } finally {
    stopLoad = true;
    await fleet?.stopAll().catch(() => undefined);
    await proxy?.stop().catch(() => undefined);
    await tg?.stop().catch(() => undefined);
    provider?.destroy();
    await core?.close().catch(() => undefined);
    if (dbCreated) await adminSql(o.adminUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await anvil?.stop().catch(() => undefined);
    // The processes' logs stay for a failed run (log_dir); a passed run leaves nothing behind.
    rmSync(passed ? dir : path.join(dir, 'data'), { recursive: true, force: true });
  }
}
