import { english } from './i18n/translator';
import { decideRate, rateLimitedText, RateLimiter, type RateRule } from './rate-limit';

const rule: RateRule = { max: 3, windowMs: 60_000 };

describe('decideRate', () => {
  const cases: [string, number[], number, { allowed: boolean; retryAfterMs: number; recent: number[] }][] = [
    ['allows a first use', [], 1_000, { allowed: true, retryAfterMs: 0, recent: [1_000] }],
    ['allows up to the maximum in the window', [1_000, 2_000], 3_000, { allowed: true, retryAfterMs: 0, recent: [1_000, 2_000, 3_000] }],
    ['refuses one more in the window, until the oldest leaves it', [1_000, 2_000, 3_000], 4_000, { allowed: false, retryAfterMs: 57_000, recent: [1_000, 2_000, 3_000] }],
    ['allows again once the oldest use left the window', [1_000, 2_000, 3_000], 61_000, { allowed: true, retryAfterMs: 0, recent: [2_000, 3_000, 61_000] }],
    ['counts a use exactly one window old as gone', [0, 30_000, 59_000], 60_000, { allowed: true, retryAfterMs: 0, recent: [30_000, 59_000, 60_000] }],
    ['forgets uses older than the window', [1_000, 2_000, 3_000], 500_000, { allowed: true, retryAfterMs: 0, recent: [500_000] }],
    ['ignores uses in the future (a clock stepped back)', [90_000, 95_000, 99_000], 10_000, { allowed: true, retryAfterMs: 0, recent: [10_000] }],
  ];
  it.each(cases)('%s', (_name, uses, now, expected) => {
    expect(decideRate(uses, now, rule)).toEqual(expected);
  });

  it('never allows more than the maximum in any window, however often asked', () => {
    let uses: number[] = [];
    const allowedAt: number[] = [];
    for (let now = 0; now < 600_000; now += 700) {
      const d = decideRate(uses, now, rule);
      uses = d.recent;
      if (d.allowed) allowedAt.push(now);
    }
    for (const t of allowedAt) expect(allowedAt.filter((u) => u > t - rule.windowMs && u <= t).length).toBeLessThanOrEqual(rule.max);
    expect(allowedAt.length).toBeGreaterThanOrEqual(rule.max * 9);
  });
});

describe('RateLimiter', () => {
  it('counts each member apart', () => {
    const limiter = new RateLimiter(rule);
    for (let i = 0; i < 3; i++) expect(limiter.take('telegram:1', i).allowed).toBe(true);
    expect(limiter.take('telegram:1', 10).allowed).toBe(false);
    expect(limiter.take('telegram:2', 10).allowed).toBe(true);
  });

  it('remembers at most its limit of members, forgetting the quiet ones first', () => {
    const limiter = new RateLimiter({ max: 1, windowMs: 1_000 }, 2);
    limiter.take('a', 0);
    limiter.take('b', 5_000);
    limiter.take('c', 5_001);
    // "a" was forgotten (quiet past the window); "b" and "c" still wait.
    expect(limiter.take('b', 5_002).allowed).toBe(false);
    expect(limiter.take('c', 5_002).allowed).toBe(false);
    expect(limiter.take('a', 5_002).allowed).toBe(true);
  });
});

describe('rateLimitedText', () => {
  it.each([
    [400, 'Try again in 1 second.'],
    [57_000, 'Try again in 57 seconds.'],
    [89_000, 'Try again in 89 seconds.'],
    [89_001, 'Try again in 2 minutes.'],
    [300_000, 'Try again in 5 minutes.'],
  ])('says how long to wait for %i ms', (ms, end) => {
    expect(rateLimitedText(english(), ms)).toBe(`That takes a while to prepare, and you asked for it often just now. ${end}`);
  });
});
