import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { keccak256, toUtf8Bytes } from 'ethers';

/** public/keccak256.js as the browser runs it: a script that defines globalThis.tnetKeccak256. */
function browserKeccak(): (input: string | Uint8Array) => string {
  const sandbox: Record<string, unknown> = { TextEncoder };
  runInNewContext(readFileSync(path.join(__dirname, '..', '..', 'bots', 'web', 'public', 'keccak256.js'), 'utf8'), sandbox);
  return sandbox.tnetKeccak256 as (input: string | Uint8Array) => string;
}

const bytesOf = (n: number, seed: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7 + ((i * i) >> 3)) & 0xff);

describe('the page keccak256', () => {
  const hash = browserKeccak();

  it('hashes the empty input to the known value', () => {
    expect(hash('')).toBe('0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
  });

  it.each([
    ['abc', 'abc'],
    ['one byte', 'a'],
    ['multi-byte UTF-8', 'Привет, 世界! Ünïcödé ✓ 🚀'],
    ['a manifest-like text', '{"version":1,"chainId":31337,"token":"0xabc","rows":[["1","0x01","10000000000000000000"]],"payouts":[["0x01","10000000000000000000"]]}'],
    ['135 bytes (one short of a block)', 'x'.repeat(135)],
    ['136 bytes (a whole block)', 'y'.repeat(136)],
    ['137 bytes', 'z'.repeat(137)],
    ['272 bytes (two blocks)', 'q'.repeat(272)],
    ['long multi-byte text', 'ẞ中😀'.repeat(5000)],
  ])('matches ethers on %s', (_name, text) => {
    expect(hash(text)).toBe(keccak256(toUtf8Bytes(text)));
  });

  it('hashes bytes as given, for every length around the block size and a long one', () => {
    for (const n of [0, 1, 7, 8, 31, 32, 33, 64, 100, 134, 135, 136, 137, 271, 272, 273, 1000, 100_000]) {
      const b = bytesOf(n, n);
      expect(hash(b)).toBe(keccak256(b));
    }
  });
});
