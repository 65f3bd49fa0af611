import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Variables loadConfig reads; none of the parent's may leak into the child. */
const configKeys = [
  'DATABASE_URL', 'DATA_DIR', 'RPC_URL', 'CHAIN_ID', 'MINTER_PRIVATE_KEY', 'TNET_ADDRESS', 'FOUNDATION_ADDRESS', 'FOUNDATION_BPS',
  'TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_URL', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_API_BASE',
  'DISCORD_GUILD_IDS', 'ADMIN_TELEGRAM_IDS', 'ADMIN_DISCORD_IDS', 'PORT', 'PUBLIC_URL', 'MODEL_DEVICE', 'ANSWERS_PER_MINUTE', 'LOG_LEVEL',
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the console (`app/console.ts` under node with the tsx loader, no npm in
 * between) on its embedded database: DATABASE_URL is removed from the child's environment
 * even when this run tests PostgreSQL. Writes `lines` to stdin, closes it, and resolves
 * once the process has exited and its output streams have ended.
 */
function runConsole(dataDir: string, lines: string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  // The console's embedded default, whatever this test run is configured with.
  for (const key of configKeys) delete childEnv[key];
  delete childEnv.NODE_OPTIONS;
  // A fixed gold draw: the demo's gold tasks (mixed in by a keyed draw) fall the same way each run.
  Object.assign(childEnv, { DATA_DIR: dataDir, LOG_LEVEL: 'warn', GOLD_DRAW_KEY: 'tnet-test-gold-draw' }, env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'app/console.ts'], { cwd: root, env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // The process may exit before reading everything (a bad config): ignore a broken pipe.
    child.stdin.on('error', () => undefined);
    child.stdin.end(lines.map((l) => l + '\n').join(''));
  });
}

/** The task numbers of the task cards in a transcript, in order. */
const cardTasks = (stdout: string): number[] => [...stdout.matchAll(/^Campaign #\d+ · .* · task (\d+)$/gm)].map((m) => Number(m[1]));

describe('console chat end to end', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'tnet-console-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('plays one task to consensus with three members, and keeps state across restarts', async () => {
    const dataDir = freshDir();
    const first = await runConsole(dataDir, ['/task', '1', '/as bob', '/task', '1', '/as carol', '/task', '1', '/as you', '/balance']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const out = first.stdout;

    // All three got the same task: the fullest one is handed out first.
    const tasks = cardTasks(out);
    expect(tasks).toHaveLength(3);
    expect(new Set(tasks).size).toBe(1);

    expect(out).toContain('You are now bob.');
    expect(out).toContain('You are now carol.');
    // Each reply reads the same, the one completing the task too (gold stays secret); the balance tells.
    expect(out.match(/Answer recorded: Positive\.\n/g)).toHaveLength(3);
    expect(out).not.toContain('consensus is');
    // The first member's balance, printed after switching back.
    const afterSwitch = out.slice(out.lastIndexOf('You are now you.'));
    expect(afterSwitch).toContain('Pending: 10 TNET');
    expect(afterSwitch).toContain('Accepted answers: 1 · withheld: 0 · waiting: 0');

    const second = await runConsole(dataDir, ['/balance', '/campaign list']);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Pending: 10 TNET');
    const demoLines = second.stdout.split('\n').filter((l) => /^#\d+ Demo: review sentiment /.test(l));
    expect(demoLines).toHaveLength(1);
    expect(demoLines[0]).toMatch(/^#1 Demo: review sentiment \[active\]/);
    expect(demoLines[0]).toContain('30 TNET of 100,000 TNET spent');
  }, 120_000);

  it('stops start-up on a bad environment variable with one stderr line', async () => {
    const dataDir = freshDir();
    const run = await runConsole(dataDir, ['/balance'], { FOUNDATION_BPS: '9000' });
    expect(run.code).toBe(1);
    const errLines = run.stderr.split('\n').filter((l) => l.length > 0);
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toContain('FOUNDATION_BPS');
    expect(run.stdout).not.toContain('Pending');
    expect(run.stdout).not.toContain('TNET mining console');
  }, 120_000);
});
