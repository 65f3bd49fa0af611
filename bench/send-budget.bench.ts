/**
 * The shared Telegram send budget's statement on PostgreSQL (issue 19: replicas): how long
 * one take is, alone and with --workers takers at once over distinct chats (every take also
 * locks the one bot-wide row), with rates no take waits for.
 *
 *   npx tsx bench/send-budget.bench.ts [--takes N] [--workers N]
 *
 * Needs DATABASE_URL (the admin URL a database is created next to). Prints one JSON line.
 */
import 'reflect-metadata';
import os from 'node:os';
import { SendBudgetService } from '../core/send-budget/send-budget.service';
import { freshDatabase } from './fresh-database';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};

async function main(): Promise<void> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL is required (PostgreSQL)');
  const takes = arg('takes', 5000);
  const workers = arg('workers', 8);
  const db = await freshDatabase('postgres', 'budget', base, { poolSize: workers });
  if (!db) throw new Error('PostgreSQL at DATABASE_URL does not answer');
  const { ds } = db;
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    const budget = new SendBudgetService(ds);
    const open = { capacity: 1e9, perSecond: 1e9 };
    const buckets = (chat: number) => [{ key: 'telegram:global', rule: open }, { key: `telegram:chat:${chat}:0`, rule: open }];
    const run = async (n: number, concurrency: number): Promise<number> => {
      let i = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (i < n) {
            const k = i++;
            if ((await budget.take(buckets(k % 200))) !== 0) throw new Error('a take waited');
          }
        }),
      );
      return performance.now() - started;
    };
    await run(500, workers); // warm-up: rows, plans, connections
    const alone = await run(takes, 1);
    const together = await run(takes, workers);
    process.stdout.write(
      JSON.stringify({
        takes,
        workers,
        host_cpus: os.cpus().length,
        take_ms_alone: Number((alone / takes).toFixed(4)),
        takes_per_s_alone: Math.round((takes * 1000) / alone),
        takes_per_s_concurrent: Math.round((takes * 1000) / together),
      }) + '\n',
    );
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await db.cleanup();
  }
}

void main().catch((e: unknown) => {
  process.stderr.write(`send-budget bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
