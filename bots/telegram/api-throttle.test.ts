import { apiThrottle, type ThrottleClock, type ThrottleRules } from './api-throttle';

/** A clock that moves only when the test says so, firing due timers in order. */
class FakeClock implements ThrottleClock {
  private t = 0;
  private timers: { at: number; fn: () => void }[] = [];

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): void {
    this.timers.push({ at: this.t + ms, fn });
  }

  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      await flush();
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.t = next.at;
      next.fn();
    }
    this.t = end;
    await flush();
  }
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

const rules: ThrottleRules = {
  global: { capacity: 3, perSecond: 3 },
  privateChat: [{ capacity: 2, perSecond: 1 }],
  group: [
    { capacity: 1, perSecond: 1 },
    { capacity: 3, perSecond: 3 / 60 },
  ],
};

/** The throttle over a fake Bot API that records each call's start and lets the test finish it. */
function setup() {
  const clock = new FakeClock();
  const throttle = apiThrottle(rules, clock);
  const started: { method: string; chat?: unknown; at: number }[] = [];
  const open: (() => void)[] = [];
  const prev = ((method: string, payload: Record<string, unknown>) => {
    started.push({ method, chat: payload?.chat_id, at: clock.now() });
    return new Promise((resolve) => open.push(() => resolve({ ok: true, result: method })));
  }) as never;
  const call = (method: string, payload: Record<string, unknown>) => (throttle as unknown as (p: unknown, m: string, x: unknown) => Promise<unknown>)(prev, method, payload);
  const finishAll = async () => {
    while (open.length > 0) open.shift()!();
    await flush();
  };
  return { clock, throttle, started, call, finishAll };
}

describe('apiThrottle', () => {
  it('lets calls without a chat through at once, whatever the buckets say', async () => {
    const { started, call } = setup();
    for (let i = 0; i < 10; i++) void call('answerCallbackQuery', { callback_query_id: String(i) });
    await flush();
    expect(started).toHaveLength(10);
  });

  it('runs one call of a chat at a time, in the order they were made', async () => {
    const { started, call, finishAll } = setup();
    const done = [call('sendMessage', { chat_id: 7, text: 'a' }), call('editMessageText', { chat_id: 7, text: 'b' })];
    await flush();
    expect(started.map((s) => s.method)).toEqual(['sendMessage']);
    await finishAll();
    expect(started.map((s) => s.method)).toEqual(['sendMessage', 'editMessageText']);
    await finishAll();
    await expect(Promise.all(done)).resolves.toEqual([{ ok: true, result: 'sendMessage' }, { ok: true, result: 'editMessageText' }]);
  });

  it('holds a private chat to its burst, then its refill rate', async () => {
    const { clock, started, call, finishAll } = setup();
    for (let i = 0; i < 4; i++) void call('sendMessage', { chat_id: 7, text: String(i) });
    for (let i = 0; i < 3; i++) {
      await finishAll();
    }
    expect(started).toHaveLength(2);
    await clock.advance(999);
    await finishAll();
    expect(started).toHaveLength(2);
    await clock.advance(1);
    await finishAll();
    expect(started).toHaveLength(3);
    await clock.advance(1000);
    await finishAll();
    expect(started).toHaveLength(4);
  });

  it('holds all chats together to the global rate', async () => {
    const { clock, started, call, finishAll } = setup();
    for (let chat = 1; chat <= 5; chat++) void call('sendMessage', { chat_id: chat, text: 'x' });
    await finishAll();
    expect(started).toHaveLength(3);
    await clock.advance(400);
    await finishAll();
    expect(started).toHaveLength(4);
    await clock.advance(300);
    await finishAll();
    expect(started).toHaveLength(5);
    expect(new Set(started.map((s) => s.chat)).size).toBe(5);
  });

  it('holds a group to one a second and its per-minute quota', async () => {
    const { clock, started, call, finishAll } = setup();
    for (let i = 0; i < 5; i++) void call('editMessageText', { chat_id: -100, text: String(i) });
    await finishAll();
    expect(started).toHaveLength(1);
    await clock.advance(1000);
    await finishAll();
    await clock.advance(1000);
    await finishAll();
    // Three a minute: the quota is spent after three calls, two seconds in.
    expect(started).toHaveLength(3);
    await clock.advance(10_000);
    await finishAll();
    expect(started).toHaveLength(3);
    await clock.advance(10_000);
    await finishAll();
    expect(started).toHaveLength(4);
    expect(started.map((s) => s.at)).toEqual([0, 1000, 2000, 20_000]);
  });

  it('forgets a chat once it is idle with full buckets, and not before', async () => {
    const { clock, throttle, call, finishAll } = setup();
    for (let i = 0; i < 2; i++) void call('sendMessage', { chat_id: 7, text: String(i) });
    await finishAll();
    await finishAll();
    expect(throttle.chatsHeld()).toBe(1);
    // A chat that just spent its burst is still held, so it cannot burst again at once.
    await clock.advance(1000);
    expect(throttle.chatsHeld()).toBe(1);
    await clock.advance(1000);
    expect(throttle.chatsHeld()).toBe(0);
  });

  it('passes a failing call\'s error to its caller and carries on with the chat', async () => {
    const clock = new FakeClock();
    const throttle = apiThrottle(rules, clock) as unknown as (p: unknown, m: string, x: unknown) => Promise<unknown>;
    let n = 0;
    const prev = () => (n++ === 0 ? Promise.reject(new Error('Bad Request')) : Promise.resolve({ ok: true }));
    const first = throttle(prev, 'sendMessage', { chat_id: 9 });
    const second = throttle(prev, 'sendMessage', { chat_id: 9 });
    await expect(first).rejects.toThrow('Bad Request');
    await expect(second).resolves.toEqual({ ok: true });
  });
});
