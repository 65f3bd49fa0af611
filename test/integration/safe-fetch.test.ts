import http, { type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MediaRefusedError } from '../../core/media/media-refusal';
import { safeFetchImage, type SafeFetchOptions } from '../../core/media/safe-fetch';
import { solidImage } from '../helpers/media-fixtures';

/** Real servers on 127.0.0.1, each with the paths it was asked for. */
const servers: Server[] = [];

async function serveOn(handler: RequestListener): Promise<{ base: string; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, port, hits };
}

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** Local servers speak http; the first hop is trusted so 127.0.0.1 can stand in for a public host. */
const TEST: SafeFetchOptions = { allowHttp: true, testOnlyTrustFirstHop: true };

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'fetched',
    (e: unknown) => (e instanceof MediaRefusedError ? e.code : e),
  );

let png: Buffer;
beforeAll(async () => {
  png = await solidImage('png', 20, 20);
});

const image: RequestListener = (_req, res) => {
  res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length });
  res.end(png);
};

describe('safeFetchImage', () => {
  it('fetches a good image (the first hop trusted by the test option)', async () => {
    const s = await serveOn(image);
    const got = await safeFetchImage(`${s.base}/cat.png`, TEST);
    expect(got.bytes).toEqual(png);
    expect(got.contentType).toBe('image/png');
  });

  it('refuses a URL to 127.0.0.1 without connecting', async () => {
    const s = await serveOn(image);
    await expect(safeFetchImage(`${s.base}/cat.png`, { allowHttp: true })).rejects.toThrow('127.0.0.1 is loopback');
    expect(s.hits).toEqual([]);
  });

  it('refuses a host that resolves to loopback, and one with any private address among public ones', async () => {
    const s = await serveOn(image);
    const loopback = refusal(safeFetchImage(`http://images.test:${s.port}/cat.png`, { allowHttp: true, resolve: async () => [{ address: '127.0.0.1', family: 4 }] }));
    await expect(loopback).resolves.toBe('fetch.blocked_address');
    const mixed = safeFetchImage(`http://images.test:${s.port}/cat.png`, {
      allowHttp: true,
      resolve: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '::ffff:10.0.0.5', family: 6 },
      ],
    });
    await expect(mixed).rejects.toThrow('images.test: ::ffff:10.0.0.5 is IPv4-mapped, private');
    expect(s.hits).toEqual([]);
  });

  it('refuses http unless allowed, and a decimal-form loopback host', async () => {
    await expect(refusal(safeFetchImage('http://example.com/a.png'))).resolves.toBe('fetch.scheme');
    await expect(safeFetchImage('https://2130706433/a.png')).rejects.toThrow('127.0.0.1 is loopback');
  });

  it('refuses a redirect to 127.0.0.1, never following it', async () => {
    const target = await serveOn(image);
    const s = await serveOn((_req, res) => {
      res.writeHead(302, { location: `${target.base}/secret.png` });
      res.end();
    });
    await expect(safeFetchImage(`${s.base}/start`, TEST)).rejects.toThrow('127.0.0.1 is loopback');
    expect(target.hits).toEqual([]);
  });

  it('refuses a redirect to a name that resolves to a metadata address', async () => {
    const s = await serveOn((_req, res) => {
      res.writeHead(301, { location: 'http://metadata.test/latest/meta-data/' });
      res.end();
    });
    const resolve = async (host: string) => (host === 'metadata.test' ? [{ address: '169.254.169.254', family: 4 }] : []);
    await expect(safeFetchImage(`${s.base}/start`, { ...TEST, resolve })).rejects.toThrow('metadata.test: 169.254.169.254 is a cloud metadata address');
  });

  it('connects to the address it checked, not to a second DNS answer (no rebinding)', async () => {
    const s = await serveOn(image);
    const answers = ['127.0.0.1', '10.9.9.9'];
    const resolve = async () => [{ address: answers.shift() ?? '10.9.9.9', family: 4 }];
    const got = await safeFetchImage(`http://rebind.test:${s.port}/cat.png`, { ...TEST, resolve });
    expect(got.bytes).toEqual(png);
    expect(answers).toEqual(['10.9.9.9']); // resolved once; a second lookup would have gone to 10.9.9.9
  });

  it('stops at the redirect limit (the count itself is table-tested in address-rules)', async () => {
    const s = await serveOn((_req, res) => {
      res.writeHead(302, { location: '/again' }).end();
    });
    await expect(refusal(safeFetchImage(`${s.base}/start`, { ...TEST, maxRedirects: 0 }))).resolves.toBe('fetch.too_many_redirects');
    expect(s.hits).toEqual(['/start']);
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const s = await serveOn((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': 30 * 1024 * 1024 });
      res.write(png);
    });
    await expect(safeFetchImage(`${s.base}/big.png`, TEST)).rejects.toThrow(`the body declares ${30 * 1024 * 1024} bytes, more than ${20 * 1024 * 1024}`);
  });

  it('cuts off a body with no length once it passes the cap', async () => {
    let sent = 0;
    const s = await serveOn((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      const chunk = Buffer.alloc(64 * 1024);
      const more = () => {
        while (sent < 50 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
        if (sent < 50 * 1024 * 1024) res.once('drain', more);
        else res.end();
      };
      res.write(png);
      more();
    });
    await expect(refusal(safeFetchImage(`${s.base}/endless.png`, { ...TEST, maxBytes: 1024 * 1024 }))).resolves.toBe('fetch.too_large');
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });

  it('gives up on a server that sends headers and then nothing', async () => {
    const s = await serveOn((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.flushHeaders();
    });
    await expect(refusal(safeFetchImage(`${s.base}/slow.png`, { ...TEST, idleTimeoutMs: 200 }))).resolves.toBe('fetch.idle_timeout');
  });

  it('gives up on a server that trickles bytes past the total deadline', async () => {
    const timers: NodeJS.Timeout[] = [];
    const s = await serveOn((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      timers.push(setInterval(() => res.write('x'), 20));
    });
    try {
      await expect(refusal(safeFetchImage(`${s.base}/drip.png`, { ...TEST, idleTimeoutMs: 5_000, timeoutMs: 300 }))).resolves.toBe('fetch.timeout');
    } finally {
      timers.forEach(clearInterval);
    }
  });

  it('keeps the deadline while a name does not resolve', async () => {
    const resolve = () => new Promise<never>(() => undefined);
    await expect(refusal(safeFetchImage('https://stuck.test/a.png', { resolve, timeoutMs: 200 }))).resolves.toBe('fetch.timeout');
  });

  it('refuses an answer that is not an image, and an error status', async () => {
    const s = await serveOn((req, res) => {
      if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end('<html>hi</html>');
      else res.writeHead(404).end();
    });
    await expect(refusal(safeFetchImage(`${s.base}/page`, TEST))).resolves.toBe('fetch.not_an_image');
    await expect(refusal(safeFetchImage(`${s.base}/missing`, TEST))).resolves.toBe('fetch.http_status');
  });
});
