import { addressProblem, bareHost, parseFetchUrl, parseIPv4, parseIPv6, redirectTarget } from './address-rules';

describe('addressProblem', () => {
  it.each<[string, string | undefined]>([
    // Public addresses pass.
    ['93.184.216.34', undefined],
    ['8.8.8.8', undefined],
    ['172.32.0.1', undefined],
    ['100.128.0.1', undefined],
    ['2606:4700::1111', undefined],
    ['::ffff:8.8.8.8', undefined],
    ['2002:0808:0808::1', undefined],
    ['64:ff9b::808:808', undefined],
    // IPv4 blocks.
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['0.0.0.0', 'unspecified ("this network")'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrier-grade NAT (shared)'],
    ['100.127.255.255', 'carrier-grade NAT (shared)'],
    ['169.254.1.1', 'link-local'],
    ['169.254.169.254', 'a cloud metadata address'],
    ['169.254.170.2', 'a cloud metadata address'],
    ['100.100.100.200', 'a cloud metadata address'],
    ['192.0.0.192', 'a cloud metadata address'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'reserved or broadcast'],
    ['198.18.0.1', 'benchmarking'],
    ['192.0.2.1', 'documentation'],
    // IPv6 blocks.
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'unique-local (private)'],
    ['fd12:3456::1', 'unique-local (private)'],
    ['fd00:ec2::254', 'a cloud metadata address'],
    ['ff02::1', 'multicast'],
    ['fec0::1', 'site-local'],
    ['2001:db8::1', 'documentation'],
    ['2001:0:4136:e378::1', 'Teredo (tunnels to any IPv4 address)'],
    // IPv4 inside IPv6 is judged by the IPv4 address.
    ['::ffff:127.0.0.1', 'IPv4-mapped, loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped, loopback'],
    ['::ffff:0:7f00:1', 'IPv4-translated, loopback'],
    ['::ffff:0:a00:1', 'IPv4-translated, private'],
    ['::FFFF:A9FE:A9FE', 'IPv4-mapped, a cloud metadata address'],
    ['::ffff:10.0.0.1', 'IPv4-mapped, private'],
    ['::127.0.0.1', 'IPv4-compatible, loopback'],
    ['64:ff9b::127.0.0.1', 'NAT64, loopback'],
    ['2002:7f00:1::', '6to4, loopback'],
    ['2002:c0a8:101::1', '6to4, private'],
    // Not addresses at all.
    ['localhost', 'not an IP address'],
    ['0177.0.0.1', 'not an IP address'],
    ['2130706433', 'not an IP address'],
    ['1::2::3', 'not an IP address'],
  ])('%s: %s', (ip, why) => {
    const p = addressProblem(ip);
    if (why === undefined) expect(p).toBeUndefined();
    else expect(p?.reason).toBe(why === 'not an IP address' ? `${ip} is not an IP address` : `${ip} is ${why}`);
  });
});

describe('IP parsing', () => {
  it.each<[string, number | undefined]>([
    ['1.2.3.4', 0x01020304],
    ['255.255.255.255', 0xffffffff],
    ['256.0.0.1', undefined],
    ['01.2.3.4', undefined],
    ['1.2.3', undefined],
    ['1.2.3.4.5', undefined],
  ])('IPv4 %s', (s, n) => {
    expect(parseIPv4(s)).toBe(n);
  });

  it.each<[string, number[] | undefined]>([
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['1::', [1, 0, 0, 0, 0, 0, 0, 0]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['[2001:db8::1]', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['::ffff:1.2.3.4', [0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]],
    ['1:2:3:4:5:6:1.2.3.4', [1, 2, 3, 4, 5, 6, 0x102, 0x304]],
    ['1::2::3', undefined],
    [':::', undefined],
    ['1:2:3:4:5:6:7:8:9', undefined],
    ['1:2:3:4:5:6:7:1.2.3.4', undefined],
    ['::ffff:256.0.0.1', undefined],
    ['12345::', undefined],
    ['1.2.3.4', undefined],
  ])('IPv6 %s', (s, g) => {
    expect(parseIPv6(s)).toEqual(g);
  });
});

describe('parseFetchUrl', () => {
  it.each<[string, boolean, string]>([
    ['https://example.com/a.png', false, 'ok example.com'],
    ['http://example.com/a.png', false, 'fetch.scheme'],
    ['http://example.com/a.png', true, 'ok example.com'],
    ['file:///etc/passwd', true, 'fetch.scheme'],
    ['ftp://example.com/a.png', true, 'fetch.scheme'],
    ['data:image/png;base64,AAAA', true, 'fetch.scheme'],
    ['https://user:pw@example.com/', false, 'fetch.bad_url'],
    ['not a url', false, 'fetch.bad_url'],
    // WHATWG parsing gives decimal, octal and hex IPv4 hosts in dotted form, which the address rule then judges.
    ['https://2130706433/', false, 'ok 127.0.0.1'],
    ['https://0177.0.0.1/', false, 'ok 127.0.0.1'],
    ['https://0x7f.1/', false, 'ok 127.0.0.1'],
    ['https://[::ffff:127.0.0.1]/', false, 'ok ::ffff:7f00:1'],
    ['https://[::1]:8443/', false, 'ok ::1'],
  ])('%s (http allowed: %p) -> %s', (text, allowHttp, expected) => {
    const p = parseFetchUrl(text, allowHttp);
    expect(p.ok ? `ok ${bareHost(p.url)}` : p.refusal.code).toBe(expected);
  });

  it('hands the address rule the dotted form of a decimal host', () => {
    const p = parseFetchUrl('https://2130706433/', false);
    expect(p.ok && addressProblem(bareHost(p.url))?.reason).toBe('127.0.0.1 is loopback');
  });

  it('resolves a relative redirect against the current URL', () => {
    const p = parseFetchUrl('/b.png', false, new URL('https://example.com/a/x.png'));
    expect(p.ok && p.url.href).toBe('https://example.com/b.png');
  });
});

describe('redirectTarget', () => {
  const here = new URL('https://example.com/a/x.png');
  it.each<[number, string | undefined, number, string | undefined]>([
    [200, undefined, 0, undefined],
    [404, '/b.png', 0, undefined],
    [302, '/b.png', 0, 'https://example.com/b.png'],
    [301, 'https://cdn.example.net/x.png', 2, 'https://cdn.example.net/x.png'],
    [307, 'y.png', 1, 'https://example.com/a/y.png'],
    [308, '/b.png', 3, 'fetch.too_many_redirects'],
    [303, '/b.png', 9, 'fetch.too_many_redirects'],
    [302, undefined, 0, 'fetch.http_status'],
    [302, 'http://example.com/b.png', 0, 'fetch.scheme'],
    [302, 'file:///etc/passwd', 0, 'fetch.scheme'],
  ])('%i to %p at hop %i -> %p', (status, location, hop, expected) => {
    const next = redirectTarget(status, location, hop, 3, here, false);
    expect(next === undefined ? undefined : next.ok ? next.url.href : next.refusal.code).toBe(expected);
  });
});
