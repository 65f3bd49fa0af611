import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Interface, JsonRpcProvider, Wallet } from 'ethers';
import artifact from '../../contracts/artifacts/TNET.json';

const root = path.resolve(__dirname, '../..');

/** A console process driven line by line: send a command, await the text it prints. */
class ConsoleSession {
  private out = '';
  private err = '';
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly exited: Promise<number | null>;
  private waiters: (() => void)[] = [];

  constructor(dataDir: string) {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, LOG_LEVEL: 'info', MINT_SCHEDULE: '* * * * * *', GOLD_DRAW_KEY: 'tnet-test-gold-draw' };
    this.child = spawn(process.execPath, ['--import', 'tsx', 'app/console.ts'], { cwd: root, env });
    this.child.stdout.setEncoding('utf8').on('data', (d: string) => this.feed(() => (this.out += d)));
    this.child.stderr.setEncoding('utf8').on('data', (d: string) => this.feed(() => (this.err += d)));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  private feed(append: () => void) {
    append();
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  send(line: string): void {
    this.child.stdin.write(line + '\n');
  }

  /** Resolves with the first match of `re` in stdout (or stderr) after `from`. */
  async waitFor(re: RegExp, stream: 'out' | 'err' = 'out', from = 0): Promise<RegExpExecArray> {
    for (;;) {
      const m = re.exec((stream === 'out' ? this.out : this.err).slice(from));
      if (m) return m;
      if (this.child.exitCode !== null) throw new Error(`console exited before printing ${re}: ${this.err.slice(-500)}`);
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  get stdoutLength(): number {
    return this.out.length;
  }

  async end(): Promise<number | null> {
    this.child.stdin.end();
    return this.exited;
  }
}

const tokenInterface = new Interface(artifact.abi);

async function balanceOnChain(rpcUrl: string, token: string, address: string): Promise<bigint> {
  const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
  try {
    const data = await provider.send('eth_call', [{ to: token, data: tokenInterface.encodeFunctionData('balanceOf', [address]) }, 'latest']);
    return tokenInterface.decodeFunctionResult('balanceOf', data)[0] as bigint;
  } finally {
    provider.destroy();
  }
}

describe('console on the embedded defaults: link, earn, mint', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tnet-console-mint-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('links a wallet by signature, earns by consensus, and sees the mint on /balance and on-chain, across a restart', async () => {
    const wallet = Wallet.createRandom();
    const session = new ConsoleSession(dataDir);
    const started = await session.waitFor(/"local chain started","rpc":"([^"]+)","token":"([^"]+)"/, 'err');
    const [, rpcUrl, token] = started;
    await session.waitFor(/TNET mining console/);

    session.send(`/link ${wallet.address}`);
    const [message] = await session.waitFor(/\S+ wants you to sign in with your Ethereum account:[\s\S]*?Expiration Time: \S+/);
    session.send(`/verify ${await wallet.signMessage(message)}`);
    await session.waitFor(/Wallet 0x[0-9a-f]{40} is linked/);

    for (const name of ['you', 'bob', 'carol']) {
      session.send(`/as ${name}`);
      session.send('/task');
      session.send('1');
    }
    await session.waitFor(/(Answer recorded: Positive\.[\s\S]*){3}/);
    session.send('/as you');

    // The mint job fires every second; ask until the balance shows it.
    let minted = false;
    for (let attempt = 0; attempt < 60 && !minted; attempt++) {
      const from = session.stdoutLength;
      session.send('/balance');
      const [line] = await session.waitFor(/Minted: [^\n]+/, 'out', from);
      minted = line === 'Minted: 10 TNET';
      if (!minted) await new Promise((r) => setTimeout(r, 500));
    }
    expect(minted).toBe(true);
    // 10 TNET gross, 20 % to the foundation.
    expect(await balanceOnChain(rpcUrl!, token!, wallet.address)).toBe(8n * 10n ** 18n);
    expect(await session.end()).toBe(0);

    const again = new ConsoleSession(dataDir);
    const [, rpc2, token2] = await again.waitFor(/"local chain started","rpc":"([^"]+)","token":"([^"]+)"/, 'err');
    expect(token2).toBe(token);
    await again.waitFor(/TNET mining console/);
    again.send('/balance');
    await again.waitFor(/Pending: 0 TNET\nMinted: 10 TNET/);
    expect(await balanceOnChain(rpc2!, token2!, wallet.address)).toBe(8n * 10n ** 18n);
    expect(await again.end()).toBe(0);
  }, 180_000);
});
