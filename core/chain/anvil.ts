import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface AnvilNode {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  chainId: number;
  process: ChildProcess;
  /** Stops the node (SIGTERM, then SIGKILL after 5 s); with a state file, anvil writes it on exit. */
  stop(): Promise<void>;
}

export interface AnvilOptions {
  /** Load the chain from this file at start and dump it there on exit (and every few seconds). */
  stateFile?: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  chainId?: number;
  /** Seconds between state dumps while running, with stateFile. */
  stateInterval?: number;
}

/** The first dev accounts of anvil's default mnemonic: public test keys, local chains only. */
export const ANVIL_DEV_KEYS = [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
] as const;

/** The anvil binary that @foundry-rs/anvil installs for this platform. */
export function anvilBinary(): string {
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  const pkg = require.resolve(`@foundry-rs/anvil-${process.platform}-${arch}/package.json`);
  return path.join(path.dirname(pkg), 'bin', process.platform === 'win32' ? 'anvil.exe' : 'anvil');
}

/**
 * Starts a local anvil on 127.0.0.1 and resolves once it listens.
 * @throws Error when the binary is missing or the node exits before listening.
 */
export function startAnvil(opts: AnvilOptions = {}): Promise<AnvilNode> {
  const chainId = opts.chainId ?? 31337;
  const args = ['--host', '127.0.0.1', '--port', String(opts.port ?? 0), '--chain-id', String(chainId)];
  if (opts.stateFile) args.push('--state', opts.stateFile, '--state-interval', String(opts.stateInterval ?? 2));
  const child = spawn(anvilBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /Listening on 127\.0\.0\.1:(\d+)/.exec(out);
      if (!m) return;
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      const port = Number(m[1]);
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        chainId,
        process: child,
        stop: () => stopChild(child),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`anvil exited (${code}) before listening: ${out.trim().split('\n').slice(-3).join(' | ')}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
