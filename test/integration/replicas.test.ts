import { createCore, createLogger, loadConfig, type Core } from '../../core';
import { activeCampaign, createTestCore, engine, member, postgresDataSource, type TestCore } from '../helpers/test-core';
import { serve } from '../helpers/serve';
import { selectLease, takeLease } from '../../core/leases/lease.statements';

const LIMIT = 3;

/**
 * Two replicas (two cores, two connection pools) on one PostgreSQL database: a member's
 * answers arriving at both at once count together toward the per-member answer limit, and
 * a chat's cards reserved by both at once keep its pace, one card per task.
 */
(engine === 'postgres' ? describe : describe.skip)('two replicas on one postgres database', () => {
  let a: TestCore;
  let b: Core;

  beforeAll(async () => {
    a = await createTestCore({ ANSWERS_PER_MINUTE: String(LIMIT) });
    const ds = postgresDataSource((a.ds.options as { url: string }).url, 20);
    b = await createCore(loadConfig({ ANSWERS_PER_MINUTE: String(LIMIT), LOG_LEVEL: 'error', GOLD_DRAW_KEY: 'tnet-test-gold-draw', DATA_DIR: a.config.dataDir }), {
      ds,
      logger: createLogger({ level: 'error', write: () => undefined }),
    });
  });
  afterAll(async () => {
    await b?.close();
    await a?.cleanup();
  });

  it(`admits at most ${LIMIT} answers a minute per member when both replicas take them at once`, async () => {
    const campaignId = await activeCampaign(a, { items: 12 * 2 * LIMIT, def: { minThinkMs: 0, answersPerTask: 5, maxAnswersPerTask: 20 } });
    const tasks: number[] = (await a.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NULL ORDER BY id`, [campaignId])).map((r: { id: number }) => r.id);
    const accepted: Record<string, number> = {};
    for (let m = 0; m < 12; m++) {
      const memberId = await member(a, `racer${m}`);
      const mine = tasks.slice(m * 2 * LIMIT, (m + 1) * 2 * LIMIT);
      await serve(a, memberId, mine);
      // Half of the member's answers to each replica, all at once.
      const results = await Promise.all(mine.map((taskId, i) => (i % 2 === 0 ? a : b).answers.submit({ memberId, taskId, choice: 'cat' })));
      accepted[`racer${m}`] = results.filter((r) => r.outcome === 'accepted').length;
      // Each refused one says why: the limit, not a lost race.
      expect(results.filter((r) => r.outcome !== 'accepted').map((r) => r.outcome === 'rejected' && r.error.code)).toEqual(Array(2 * LIMIT - accepted[`racer${m}`]!).fill('answer.rate_limited'));
      const [{ n }]: { n: number }[] = await a.ds.query(`SELECT count(*)::int AS n FROM answer WHERE member_id = $1`, [memberId]);
      expect(n).toBe(accepted[`racer${m}`]);
    }
    const over = Object.entries(accepted).filter(([, n]) => n > LIMIT);
    expect(over).toEqual([]);
  }, 120_000);

  it('reserves a chat\'s cards up to its pace, one per task, when both replicas fill it at once', async () => {
    const campaignId = await activeCampaign(a, { items: 30 });
    for (let round = 0; round < 8; round++) {
      const chat = `telegram:-77${round}`;
      await a.ds.query(`UPDATE campaign SET chat_ids = chat_ids || to_jsonb($2::text) WHERE id = $1`, [campaignId, chat]);
      const pace = { openCards: 3, refillBelow: 3 };
      const reserved = (await Promise.all([a.posts.reserve(chat, pace), b.posts.reserve(chat, pace), a.posts.reserve(chat, pace), b.posts.reserve(chat, pace)])).flat();
      const rows: { task_id: number }[] = await a.ds.query(`SELECT task_id FROM posted_card WHERE chat_id = $1 AND closed_at IS NULL`, [chat]);
      expect({ round, reserved: reserved.length, open: rows.length, tasks: new Set(rows.map((r) => r.task_id)).size }).toEqual({ round, reserved: 3, open: 3, tasks: 3 });
    }
  }, 60_000);

  it('lets one replica hold the Telegram polling lease; the other stands by and takes over when it is given up or expires', async () => {
    const name = 'telegram-polling:777';
    const first = await a.leases!.hold(name, { ttlMs: 3000 });
    expect((await selectLease(a.ds, name))?.holder).toBe(a.leases!.holder);
    const waitedFor: string[] = [];
    let secondHeld = false;
    const second = b.leases!.hold(name, { ttlMs: 3000, everyMs: 50, onWait: (h) => waitedFor.push(h) }).then((l) => ((secondHeld = true), l));
    await b.ds.query('SELECT pg_sleep(0.3)');
    expect({ waitedFor, secondHeld }).toEqual({ waitedFor: [a.leases!.holder], secondHeld: false });
    await first.release();
    const held = await second;
    expect((await selectLease(a.ds, name))?.holder).toBe(b.leases!.holder);
    await held.release();

    // A holder killed without giving it up (SIGKILL): the lease is the next one's once it expires.
    expect(await takeLease(a.ds, name, 'dead-host:1:0', 200)).toBe(true);
    const after = await b.leases!.hold(name, { ttlMs: 3000, everyMs: 50 });
    expect((await selectLease(a.ds, name))?.holder).toBe(b.leases!.holder);

    // A standby stopped (SIGTERM) stops waiting.
    const stop = new AbortController();
    const waiting = a.leases!.hold(name, { everyMs: 50, signal: stop.signal });
    stop.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    await after.release();
  }, 30_000);
});
