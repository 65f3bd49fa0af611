/**
 * bench:chaos — the chaos run of test/chaos for minutes: two Telegram bot replicas behind one
 * webhook URL and two job runners on one PostgreSQL database, members answering through the
 * Telegram emulator, a random process SIGKILLed every few seconds and started again, then
 * the counts that must be 0 (test/chaos/chaos-run.ts).
 *
 *   npm run bench:chaos -- [--seconds N] [--kill-every-ms N] [--groups N] [--members-per-group N]
 *                          [--private N] [--think-ms N] [--answers-per-minute N] [--roles all|split]
 *
 * --roles: all (every process today's `npm start`) or split (ROLE=bot and ROLE=jobs); the
 * default is split once the build knows ROLE, CHAOS_ROLES overrides it.
 * PostgreSQL at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); the run makes
 * a database of its own and drops it. Progress on stderr; the last stdout line is one JSON
 * object: lost_answers, double_mints, duplicate_cards, limit_breaches, answers, kills, mints,
 * duration_s and more. Exit code 1 when a count that must be 0 is not.
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { runChaos } from '../test/chaos/chaos-run';
import { defaultRoleMode, type RoleMode } from '../test/chaos/process-fleet';

const arg = (name: string, d: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const argText = (name: string, d: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : d;
};

async function main(): Promise<number> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const mode = argText('roles', defaultRoleMode()) as RoleMode;
  const r = await runChaos({
    adminUrl,
    seconds: arg('seconds', 180),
    killEveryMs: arg('kill-every-ms', 4000),
    restartMs: 1000,
    settleMs: 120_000,
    groups: arg('groups', 3),
    membersPerGroup: arg('members-per-group', 6),
    privateMembers: arg('private', 6),
    thinkMs: arg('think-ms', 2500),
    answersPerMinute: arg('answers-per-minute', 5),
    mode,
    progress: (line) => process.stderr.write(`bench:chaos: ${line}\n`),
  });
  if (r.lost.length > 0) process.stderr.write(`bench:chaos: lost answers ${JSON.stringify(r.lost.slice(0, 20))}\n`);
  if (r.breach_list.length > 0) process.stderr.write(`bench:chaos: limit breaches ${JSON.stringify(r.breach_list.slice(0, 10))}\n`);
  process.stderr.write(`bench:chaos: toasts ${JSON.stringify(r.toasts)}\n`);
  if (r.unhealthy.length > 0) process.stderr.write(`bench:chaos: unhealthy after the load ${JSON.stringify(r.unhealthy)}\n`);
  if (r.crash_list.length > 0) process.stderr.write(`bench:chaos: crashes ${JSON.stringify(r.crash_list.slice(0, 20))}\n`);
  const { lost: _lost, breach_list: _breaches, crash_list: _crashes, toasts: _toasts, unhealthy, log_dir, ...counts } = r;
  const ok = r.lost_answers + r.double_mints + r.duplicate_cards + r.limit_breaches === 0 && r.supply_minus_minted_ledger === '0' && r.unhealthy.length === 0;
  if (!ok) process.stderr.write(`bench:chaos: the processes' logs are in ${log_dir}\n`);
  process.stdout.write(JSON.stringify({ bench: 'chaos', ...counts, unhealthy_processes: unhealthy.length, cpus: cpus().length, load_1m: Math.round(loadavg()[0]! * 100) / 100 }) + '\n');
  return ok ? 0 : 1;
}

// A signal ends the bench through process.exit, so the fleet's 'exit' hook kills its processes.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench:chaos failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
