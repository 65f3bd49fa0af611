import { loadConfig } from './config';
import { configSecrets } from './container';
import { createLogger, redact, urlSecrets, type LogLevel } from './logger';

function capture(level: LogLevel, secrets?: readonly string[]) {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets, write: (line) => lines.push(line) });
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('redact', () => {
  it('masks passwords inside URLs', () => {
    expect(redact('connecting to postgres://u:secret@h/db', [])).toBe('connecting to postgres://u:***@h/db');
    expect(redact('postgresql://tnet:s3cr3t%40x@db:5432/tnet and redis://:tok3n@cache:6379', [])).toBe(
      'postgresql://tnet:***@db:5432/tnet and redis://:***@cache:6379',
    );
  });

  it('leaves URLs without a password alone', () => {
    expect(redact('postgres://u@h/db https://example.com/a:b@c', [])).toBe('postgres://u@h/db https://example.com/a:b@c');
  });

  it('masks every occurrence of a registered secret', () => {
    const token = '123456:ABCdefGHIjklMNOpqrSTUvwx';
    expect(redact(`token=${token}; again ${token}!`, [token])).toBe('token=***; again ***!');
    expect(redact('nothing to hide', [token])).toBe('nothing to hide');
  });
});

describe('createLogger', () => {
  const secret = 'sk_live_0123456789abcdef';

  it('writes one JSON line per event with time, level and message', () => {
    const { logger, lines, parsed } = capture('debug');
    logger.info('hello', { campaignId: 3 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    const [entry] = parsed();
    expect(entry).toMatchObject({ level: 'info', msg: 'hello', campaignId: 3 });
    expect(Number.isNaN(Date.parse(String(entry!.t)))).toBe(false);
  });

  it('never emits a registered secret passed in the message or fields', () => {
    const { logger, lines } = capture('debug', [secret]);
    logger.error(`request with ${secret} failed`, {
      token: secret,
      nested: { headers: { authorization: `Bearer ${secret}` }, list: [secret] },
      error: new Error(`upstream said: bad key ${secret}`),
    });
    logger.warn('plain', { url: 'postgres://tnet:hunter2hunter2@db/tnet' });
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain(secret);
      expect(line).not.toContain('hunter2hunter2');
      // Also not after decoding the JSON (escaped forms must not leak either).
      expect(JSON.stringify(JSON.parse(line))).not.toContain(secret);
    }
    expect(lines[0]).toContain('***');
    expect(JSON.parse(lines[0]!).error.message).toBe('upstream said: bad key ***');
    expect(JSON.parse(lines[1]!).url).toBe('postgres://tnet:***@db/tnet');
  });

  it('masks secrets that contain characters JSON escapes', () => {
    const tricky = 'pa"ss\\word-42';
    const { logger, lines } = capture('debug', [tricky]);
    logger.error('failed', { password: tricky });
    expect(lines).toHaveLength(1);
    const decoded = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(decoded.password).not.toBe(tricky);
    expect(lines[0]).not.toContain(JSON.stringify(tricky).slice(1, -1));
  });

  it('drops events below its level', () => {
    const { logger, parsed } = capture('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(parsed().map((e) => [e.level, e.msg])).toEqual([
      ['warn', 'w'],
      ['error', 'e'],
    ]);
    const errorsOnly = capture('error');
    errorsOnly.logger.warn('w');
    errorsOnly.logger.error('e');
    expect(errorsOnly.parsed().map((e) => e.level)).toEqual(['error']);
    const all = capture('debug');
    all.logger.debug('d');
    all.logger.info('i');
    expect(all.parsed().map((e) => e.level)).toEqual(['debug', 'info']);
  });

  it('serialises bigint fields as decimal strings', () => {
    const { logger, parsed } = capture('info');
    logger.info('minted', { amount: 10n * 10n ** 18n, nested: { spent: 123456789012345678901234567890n }, list: [1n, -2n] });
    const [entry] = parsed();
    expect(entry!.amount).toBe('10000000000000000000');
    expect(entry!.nested).toEqual({ spent: '123456789012345678901234567890' });
    expect(entry!.list).toEqual(['1', '-2']);
  });

  it('serialises errors with name, message and stack', () => {
    const { logger, parsed } = capture('error');
    const err = new TypeError('boom');
    logger.error('failed', { error: err });
    const e = parsed()[0]!.error as Record<string, unknown>;
    expect(e.name).toBe('TypeError');
    expect(e.message).toBe('boom');
    expect(String(e.stack)).toContain('boom');
  });
});

describe('an RPC URL in a log line', () => {
  const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  it.each([
    ['a key in the path', `https://mainnet.infura.io/v3/${key}`, 'https://mainnet.infura.io'],
    ['a key in the query', `https://rpc.example.org/eth?apikey=${key}&x=1`, 'https://rpc.example.org'],
    ['a key as the userinfo', `https://${key}:${key}x@node.example.net:8545/`, 'node.example.net:8545'],
    ['a websocket key', `wss://eth-mainnet.g.alchemy.com/v2/${key}`, 'wss://eth-mainnet.g.alchemy.com'],
  ])('shows the host but never %s', (_case, rpcUrl, visible) => {
    const { logger, lines } = capture('debug', urlSecrets(rpcUrl));
    logger.warn(`rpc request to ${rpcUrl} failed`, { rpc: rpcUrl, error: new Error(`could not reach ${rpcUrl} (key ${key})`) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(key);
    expect(JSON.stringify(JSON.parse(lines[0]!))).not.toContain(key);
    expect(lines[0]).toContain(visible);
  });

  it('is masked with the secrets the core registers from RPC_URL', () => {
    const rpcUrl = `https://base-mainnet.g.alchemy.com/v2/${key}`;
    const config = loadConfig({ RPC_URL: rpcUrl, TNET_ADDRESS: `0x${'1'.repeat(40)}`, MINTER_PRIVATE_KEY: `0x${'2'.repeat(64)}`, METRICS_TOKEN: 'metrics-token-0123456789abcdef', GOLD_DRAW_KEY: 'gold-draw-key-0123456789' });
    const { logger, lines } = capture('info', configSecrets(config));
    logger.info('chain client started', { rpc: rpcUrl, metricsToken: config.metricsToken, goldDrawKey: config.goldDrawKey });
    expect(lines[0]).not.toContain(key);
    expect(lines[0]).not.toContain('metrics-token-0123456789abcdef');
    expect(lines[0]).not.toContain('gold-draw-key-0123456789');
    expect(JSON.parse(lines[0]!).rpc).toBe('https://base-mainnet.g.alchemy.com/***');
  });

  it('leaves a local node without a key readable', () => {
    const { logger, parsed } = capture('info', urlSecrets('http://127.0.0.1:8545'));
    logger.info('local chain started', { rpc: 'http://127.0.0.1:8545' });
    expect(parsed()[0]!.rpc).toBe('http://127.0.0.1:8545');
  });
});
