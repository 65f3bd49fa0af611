import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isAcceptedFormat, sniffImageFormat } from './image-limits';
import { MediaRefusedError } from './media-refusal';
import { addressProblem, bareHost, parseFetchUrl, redirectTarget } from './address-rules';

/** Every address a host name resolves to. */
export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface SafeFetchOptions {
  /** Body bytes; a larger Content-Length is refused unread, a longer body is cut off. */
  maxBytes?: number;
  /** Milliseconds for the whole fetch, redirects included. */
  timeoutMs?: number;
  /** Milliseconds without a byte from the server (a slow server). */
  idleTimeoutMs?: number;
  maxRedirects?: number;
  /** Plain http too: for tests against local servers; a real fetch is https only. */
  allowHttp?: boolean;
  /** How host names resolve (dns.lookup with all: true by default). */
  resolve?: ResolveHost;
  /**
   * TEST ONLY: the first hop's address is not checked, so a test server on 127.0.0.1
   * can stand in for a public host. Every redirect target is still checked. Never set
   * it outside tests: it is the one way past the address rule.
   */
  testOnlyTrustFirstHop?: boolean;
}

export interface FetchedImage {
  /** The URL the bytes came from, after redirects. */
  url: string;
  bytes: Buffer;
  contentType: string | undefined;
}

/** 20 MiB is the image store's input limit; 3 redirects cover http->https and a CDN hop. */
export const SAFE_FETCH_DEFAULTS = Object.freeze({ maxBytes: 20 * 1024 * 1024, timeoutMs: 15_000, idleTimeoutMs: 5_000, maxRedirects: 3 });

const defaultResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Fetches an image for a baseline model, never from the platform's own network: the host
 * resolves once, every address it gives must be public (addressProblem), the connection
 * goes to the address checked (a second DNS answer cannot switch it: no rebinding), and
 * each redirect is checked the same way. Bodies are capped and the server timed.
 * @throws MediaRefusedError fetch.bad_url, fetch.scheme, fetch.dns, fetch.blocked_address,
 *   fetch.too_many_redirects, fetch.http_status, fetch.too_large, fetch.timeout,
 *   fetch.idle_timeout, fetch.network, fetch.not_an_image
 */
export async function safeFetchImage(url: string, options: SafeFetchOptions = {}): Promise<FetchedImage> {
  const o = { ...SAFE_FETCH_DEFAULTS, ...options };
  const resolve = options.resolve ?? defaultResolve;
  const abort = new AbortController();
  let stopped: MediaRefusedError | undefined;
  const stop = (e: MediaRefusedError) => {
    stopped ??= e;
    abort.abort(e);
  };
  const deadline = setTimeout(() => stop(new MediaRefusedError('fetch.timeout', `no complete answer within ${o.timeoutMs} ms`)), o.timeoutMs);
  try {
    let parsed = parseFetchUrl(url, o.allowHttp ?? false);
    for (let hop = 0; ; hop++) {
      if (!parsed.ok) throw new MediaRefusedError(parsed.refusal.code, parsed.refusal.reason);
      const target = parsed.url;
      const address = await untilAborted(checkedAddress(target, resolve, hop === 0 && o.testOnlyTrustFirstHop === true), abort.signal);
      const res = await get(target, address, abort.signal, () => stop(new MediaRefusedError('fetch.idle_timeout', `the server sent nothing for ${o.idleTimeoutMs} ms`)), o.idleTimeoutMs);
      const status = res.statusCode ?? 0;
      const next = redirectTarget(status, res.headers.location, hop, o.maxRedirects, target, o.allowHttp ?? false);
      // A redirect's or an error's body is never read: the socket goes with it.
      if (next) {
        res.destroy();
        parsed = next;
        continue;
      }
      if (status !== 200) {
        res.destroy();
        throw new MediaRefusedError('fetch.http_status', `the server answered ${status}`);
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > o.maxBytes) {
        res.destroy();
        throw new MediaRefusedError('fetch.too_large', `the body declares ${declared} bytes, more than ${o.maxBytes}`);
      }
      const bytes = await readCapped(res, o.maxBytes);
      if (!isAcceptedFormat(sniffImageFormat(bytes))) throw new MediaRefusedError('fetch.not_an_image', 'the body is not a jpeg, png, webp or gif image');
      return { url: target.href, bytes, contentType: res.headers['content-type'] };
    }
  } catch (e) {
    // An abort surfaces as whatever error the socket raised; the reason it was stopped is the refusal.
    if (stopped) throw stopped;
    if (e instanceof MediaRefusedError) throw e;
    throw new MediaRefusedError('fetch.network', `the fetch failed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  } finally {
    clearTimeout(deadline);
    abort.abort();
  }
}

/** The one address to connect to: every address of the host checked, the first one kept. */
async function checkedAddress(url: URL, resolve: ResolveHost, trusted: boolean): Promise<{ address: string; family: number }> {
  const host = bareHost(url);
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await resolve(host);
    } catch (e) {
      throw new MediaRefusedError('fetch.dns', `${host} does not resolve (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (addresses.length === 0) throw new MediaRefusedError('fetch.dns', `${host} resolves to no address`);
  }
  if (!trusted) {
    // One private address among public ones is refused too: which one a client picks is not ours to predict.
    for (const a of addresses) {
      const problem = addressProblem(a.address);
      if (problem) throw new MediaRefusedError(problem.code, `${host}: ${problem.reason}`);
    }
  }
  return addresses[0];
}

/** A GET to `url` whose socket connects to `pinned`, whatever the host name resolves to by then. */
function get(url: URL, pinned: { address: string; family: number }, signal: AbortSignal, onIdle: () => void, idleMs: number): Promise<IncomingMessage> {
  const lookup: LookupFunction = (_hostname, opts, callback) => {
    if (opts.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method: 'GET', agent: false, lookup, signal, headers: { accept: 'image/*', 'user-agent': 'tnet-mining-baseline' } }, resolve);
    // Socket inactivity, headers and body alike: reset by every byte.
    req.setTimeout(idleMs, onIdle);
    req.on('error', reject);
    req.end();
  });
}

async function readCapped(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      res.destroy();
      throw new MediaRefusedError('fetch.too_large', `the body is longer than ${maxBytes} bytes`);
    }
    parts.push(chunk);
  }
  if (!res.complete) throw new MediaRefusedError('fetch.network', 'the server closed the connection before the end of the body');
  return Buffer.concat(parts);
}

/** `work`, or the abort's reason as soon as the signal fires (a DNS lookup cannot be cancelled, only left behind). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
