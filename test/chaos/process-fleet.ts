import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../core/config';
import { refusedBy } from '../../core/role-env';

/** What a process of the fleet does: takes Telegram updates (a webhook replica) or runs the jobs. */
export type SlotRole = 'bot' | 'jobs';

/**
 * How the fleet starts its processes. `all`: every process is today's `npm start` (bots,
 * jobs and web in one); the bot slots are the ones the webhook proxy sends updates to.
 * `split`: ROLE=bot and ROLE=jobs processes (issue 19's roles).
 */
export type RoleMode = 'all' | 'split';

/**
 * The mode a run takes unless told (CHAOS_ROLES=all|split): split once the config knows
 * ROLE, so the chaos test follows the build it tests.
 */
export function defaultRoleMode(env: NodeJS.ProcessEnv = process.env): RoleMode {
  if (env.CHAOS_ROLES === 'all' || env.CHAOS_ROLES === 'split') return env.CHAOS_ROLES;
  return 'role' in loadConfig({}) ? 'split' : 'all';
}

export interface Slot {
  name: string;
  role: SlotRole;
  /** PORT of its web side (the webhook of a bot slot); the same across restarts. */
  port: number;
}

/** The one place that says how a slot's process is started: command, arguments, environment. */
export function processSpec(slot: Slot, shared: Readonly<Record<string, string>>, mode: RoleMode, repoRoot: string): { command: string; args: string[]; env: NodeJS.ProcessEnv; cwd: string } {
  const role = mode === 'split' ? slot.role : 'all';
  // A bot replica refuses the minter key: the shared environment goes without it there.
  const own = Object.fromEntries(Object.entries(shared).filter(([key]) => !refusedBy(role).includes(key)));
  return {
    // node with tsx as a loader, not the tsx CLI: the CLI is a parent of the node that runs the
    // app, and a SIGKILL of it would leave that node running.
    command: process.execPath,
    args: ['--import', 'tsx', 'app/main.ts'],
    cwd: repoRoot,
    // Nothing of the harness's own environment but what node needs: no DATABASE_URL of jest's.
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...own,
      PORT: String(slot.port),
      DATA_DIR: path.join(shared.DATA_DIR ?? '.', slot.name),
      ROLE: role,
    },
  };
}

interface Running {
  child: ChildProcess;
  exited: Promise<void>;
  killedByUs: boolean;
}

/**
 * The fleet's processes, each with its output in a log file of its own: started, killed with
 * SIGKILL, restarted on the same port. A process that exits by itself (not killed here)
 * counts as a crash and is started again after `restartMs`, as a supervisor would. Every
 * process is killed when the harness's own process exits, whatever the path.
 */
export class ProcessFleet {
  private readonly running = new Map<string, Running>();
  private readonly logs = new Map<string, WriteStream>();
  private readonly exitHook = () => this.killAllNow();
  private closing = false;
  kills = 0;
  starts = 0;
  /** Exits nobody asked for, with the slot and its exit code or signal. */
  readonly crashes: string[] = [];

  constructor(
    readonly slots: readonly Slot[],
    private readonly shared: Readonly<Record<string, string>>,
    private readonly mode: RoleMode,
    private readonly repoRoot: string,
    readonly logDir: string,
    private readonly restartMs = 1000,
  ) {
    mkdirSync(logDir, { recursive: true });
    process.once('exit', this.exitHook);
  }

  /** Starts every slot's process. */
  startAll(): void {
    for (const s of this.slots) this.start(s);
  }

  isRunning(slot: Slot): boolean {
    return this.running.has(slot.name);
  }

  start(slot: Slot): void {
    if (this.closing || this.running.has(slot.name)) return;
    const spec = processSpec(slot, this.shared, this.mode, this.repoRoot);
    let log = this.logs.get(slot.name);
    if (!log) {
      log = createWriteStream(path.join(this.logDir, `${slot.name}.log`), { flags: 'a' });
      this.logs.set(slot.name, log);
    }
    log.write(`\n--- start ${new Date().toISOString()}\n`);
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.starts++;
    child.stdout!.pipe(log, { end: false });
    child.stderr!.pipe(log, { end: false });
    const entry: Running = {
      child,
      killedByUs: false,
      exited: new Promise((resolve) =>
        child.once('exit', (code, signal) => {
          this.running.delete(slot.name);
          log!.write(`--- exit ${new Date().toISOString()} code ${code} signal ${signal}\n`);
          if (!entry.killedByUs && !this.closing) {
            this.crashes.push(`${slot.name}: ${signal ?? `code ${code}`}`);
            setTimeout(() => this.start(slot), this.restartMs).unref();
          }
          resolve();
        }),
      ),
    };
    // stdin stays open: a process without a chat token would read the console from it.
    this.running.set(slot.name, entry);
  }

  /** SIGKILLs a slot's process and resolves once it is gone. */
  async kill(slot: Slot): Promise<void> {
    const r = this.running.get(slot.name);
    if (!r) return;
    r.killedByUs = true;
    this.kills++;
    r.child.kill('SIGKILL');
    await r.exited;
  }

  /** Resolves once a slot answers GET /healthz with 200 (its web side up), or throws after `timeoutMs`. */
  async ready(slot: Slot, timeoutMs: number): Promise<void> {
    const problem = await this.waitHealthy(slot, timeoutMs);
    if (problem) throw new Error(`${slot.name} ${problem}; its log: ${this.logTail(slot)}`);
  }

  /** Resolves with undefined once a slot answers GET /healthz with 200, or after `timeoutMs` with what it last answered. */
  async waitHealthy(slot: Slot, timeoutMs: number): Promise<string | undefined> {
    const until = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < until) {
      last = await fetch(`http://127.0.0.1:${slot.port}/healthz`).then(
        async (r) => (r.status === 200 ? '' : `${r.status} ${await r.text()}`),
        (e: Error) => e.message,
      );
      if (last === '') return undefined;
      await new Promise((r) => setTimeout(r, 200));
    }
    return `did not answer /healthz with 200 within ${timeoutMs} ms (last: ${last.slice(0, 300)})`;
  }

  /** The last lines of a slot's log. */
  logTail(slot: Slot, lines = 20): string {
    try {
      return readFileSync(path.join(this.logDir, `${slot.name}.log`), 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** SIGTERMs every process, SIGKILLs what is left after `graceMs`, and closes the logs. */
  async stopAll(graceMs = 5000): Promise<void> {
    this.closing = true;
    const all = [...this.running.values()];
    for (const r of all) {
      r.killedByUs = true;
      r.child.kill('SIGTERM');
    }
    const timer = setTimeout(() => this.killAllNow(), graceMs);
    await Promise.all(all.map((r) => r.exited));
    clearTimeout(timer);
    process.off('exit', this.exitHook);
    await Promise.all([...this.logs.values()].map((l) => new Promise<void>((resolve) => l.end(() => resolve()))));
  }

  private killAllNow(): void {
    for (const r of this.running.values()) {
      r.killedByUs = true;
      r.child.kill('SIGKILL');
    }
  }
}
