import type { MediaRefusal } from './media-refusal';

/** A dotted-quad IPv4 address as a 32-bit number, or undefined (only the canonical form: URL and DNS give no other). */
export function parseIPv4(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p, i) => p > 255 || (m[i + 1].length > 1 && m[i + 1].startsWith('0')))) return undefined;
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

/** An IPv6 address (brackets and a %zone allowed, a dotted IPv4 tail too) as eight 16-bit groups, or undefined. */
export function parseIPv6(input: string): number[] | undefined {
  let s = input.startsWith('[') && input.endsWith(']') ? input.slice(1, -1) : input;
  s = s.replace(/%[\w.-]+$/, '');
  if (!/^[0-9a-fA-F:.]+$/.test(s) || !s.includes(':')) return undefined;
  // A dotted IPv4 tail ("::ffff:1.2.3.4") is the last two groups written another way.
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    const n = parseIPv4(dotted[1]);
    if (n === undefined) return undefined;
    s = `${s.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given >= 8) return undefined;
  const zeros = Array<string>(8 - given).fill('0');
  return [...head, ...zeros, ...rest].map((g) => parseInt(g, 16));
}

const v4 = (dotted: string) => parseIPv4(dotted) as number;

/** IPv4 blocks no fetch may reach, most specific first. */
const V4_BLOCKS: [base: number, bits: number, why: string][] = [
  [v4('169.254.169.254'), 32, 'a cloud metadata address'],
  [v4('169.254.170.2'), 32, 'a cloud metadata address'],
  [v4('100.100.100.200'), 32, 'a cloud metadata address'],
  [v4('192.0.0.192'), 32, 'a cloud metadata address'],
  [v4('0.0.0.0'), 8, 'unspecified ("this network")'],
  [v4('10.0.0.0'), 8, 'private'],
  [v4('100.64.0.0'), 10, 'carrier-grade NAT (shared)'],
  [v4('127.0.0.0'), 8, 'loopback'],
  [v4('169.254.0.0'), 16, 'link-local'],
  [v4('172.16.0.0'), 12, 'private'],
  [v4('192.0.0.0'), 24, 'reserved for protocols'],
  [v4('192.0.2.0'), 24, 'documentation'],
  [v4('192.88.99.0'), 24, 'a 6to4 relay'],
  [v4('192.168.0.0'), 16, 'private'],
  [v4('198.18.0.0'), 15, 'benchmarking'],
  [v4('198.51.100.0'), 24, 'documentation'],
  [v4('203.0.113.0'), 24, 'documentation'],
  [v4('224.0.0.0'), 4, 'multicast'],
  [v4('240.0.0.0'), 4, 'reserved or broadcast'],
];

function v4Problem(n: number): string | undefined {
  for (const [base, bits, why] of V4_BLOCKS) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if ((n & mask) >>> 0 === base) return why;
  }
  return undefined;
}

const prefix = (g: number[], groups: number[], bits: number): boolean => {
  for (let i = 0; i * 16 < bits; i++) {
    const take = Math.min(16, bits - i * 16);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if ((g[i] & mask) !== (groups[i] & mask)) return false;
  }
  return true;
};
const g6 = (s: string) => parseIPv6(s) as number[];
const embedded = (hi: number, lo: number) => ((hi << 16) | lo) >>> 0;

function v6Problem(g: number[]): string | undefined {
  const allZeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (allZeroUpTo(8)) return 'unspecified';
  if (allZeroUpTo(7) && g[7] === 1) return 'loopback';
  // Forms that carry an IPv4 address are judged by it: mapped, compatible, NAT64, 6to4.
  if (allZeroUpTo(5) && g[5] === 0xffff) return via(v4Problem(embedded(g[6], g[7])), 'IPv4-mapped');
  // ::ffff:0:0/96, IPv4-translated (SIIT): not routed to IPv4 by Linux, judged by its IPv4 all the same.
  if (allZeroUpTo(4) && g[4] === 0xffff && g[5] === 0) return via(v4Problem(embedded(g[6], g[7])), 'IPv4-translated');
  if (allZeroUpTo(6)) return via(v4Problem(embedded(g[6], g[7])), 'IPv4-compatible');
  if (prefix(g, g6('64:ff9b::'), 96)) return via(v4Problem(embedded(g[6], g[7])), 'NAT64');
  if (prefix(g, g6('2002::'), 16)) return via(v4Problem(embedded(g[1], g[2])), '6to4');
  if (prefix(g, g6('fd00:ec2::254'), 128)) return 'a cloud metadata address';
  const blocks: [string, number, string][] = [
    ['64:ff9b:1::', 48, 'local-use NAT64'],
    ['100::', 64, 'discard-only'],
    ['2001::', 32, 'Teredo (tunnels to any IPv4 address)'],
    ['2001:db8::', 32, 'documentation'],
    ['fc00::', 7, 'unique-local (private)'],
    ['fe80::', 10, 'link-local'],
    ['fec0::', 10, 'site-local'],
    ['ff00::', 8, 'multicast'],
  ];
  for (const [base, bits, why] of blocks) if (prefix(g, g6(base), bits)) return why;
  return undefined;
}

const via = (why: string | undefined, form: string) => (why ? `${form}, ${why}` : undefined);

/**
 * Why a fetch may not connect to `ip`, or undefined when it is a public address. An
 * address that is not an IP literal is refused too: only resolved addresses reach here.
 */
export function addressProblem(ip: string): MediaRefusal | undefined {
  const n = parseIPv4(ip);
  const g = n === undefined ? parseIPv6(ip) : undefined;
  if (n === undefined && g === undefined) return { code: 'fetch.blocked_address', reason: `${ip} is not an IP address` };
  const why = n !== undefined ? v4Problem(n) : v6Problem(g as number[]);
  return why ? { code: 'fetch.blocked_address', reason: `${ip} is ${why}` } : undefined;
}

export type ParsedFetchUrl = { ok: true; url: URL } | { ok: false; refusal: MediaRefusal };

/**
 * A URL a fetch may start from: https (http only when allowed, for tests), no user or
 * password, a host. WHATWG parsing turns decimal, octal and hex hosts (2130706433,
 * 0177.0.0.1, 0x7f.1) into dotted form, so the address rule sees 127.0.0.1.
 */
export function parseFetchUrl(text: string, allowHttp: boolean, base?: URL): ParsedFetchUrl {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return { ok: false, refusal: { code: 'fetch.bad_url', reason: `not a URL: ${text.slice(0, 200)}` } };
  }
  const schemes = allowHttp ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) return { ok: false, refusal: { code: 'fetch.scheme', reason: `${url.protocol} URLs are not fetched (${schemes.join(', ')} only)` } };
  if (url.username || url.password) return { ok: false, refusal: { code: 'fetch.bad_url', reason: 'URLs with a user or password are not fetched' } };
  if (url.hostname === '') return { ok: false, refusal: { code: 'fetch.bad_url', reason: 'the URL has no host' } };
  return { ok: true, url };
}

/** The host to resolve or connect to: an IPv6 literal without its brackets. */
export const bareHost = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Where a response sends the fetch next: undefined when it is not a redirect, else the
 * next URL (checked like the first) or the refusal. `hop` counts from 0 for the first request.
 */
export function redirectTarget(status: number, location: string | undefined, hop: number, maxRedirects: number, current: URL, allowHttp: boolean): ParsedFetchUrl | undefined {
  if (!REDIRECTS.has(status)) return undefined;
  if (!location) return { ok: false, refusal: { code: 'fetch.http_status', reason: `a ${status} redirect without a Location` } };
  if (hop >= maxRedirects) return { ok: false, refusal: { code: 'fetch.too_many_redirects', reason: `more than ${maxRedirects} redirects` } };
  return parseFetchUrl(location, allowHttp, current);
}
