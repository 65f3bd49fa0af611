import type { Transformer } from 'grammy';
import type { BudgetBucket } from '../../core';
import type { ThrottleRules } from './api-throttle';

/** Where the budgets live: core's SendBudgetService (PostgreSQL), shared by every replica. */
export interface SharedBudget {
  /** Takes a token from every bucket, all or nothing: 0 when taken, else ms to wait. */
  take(buckets: readonly BudgetBucket[]): Promise<number>;
}

/** The buckets a call of bot `botId` (its token's public part) to `chatId` takes from: the bot-wide one, then its chat's. */
export function bucketsFor(rules: ThrottleRules, botId: string, chatId: string): BudgetBucket[] {
  const group = chatId.startsWith('-') || chatId.startsWith('@');
  return [{ key: `telegram:${botId}:global`, rule: rules.global }, ...(group ? rules.group : rules.privateChat).map((rule, i) => ({ key: `telegram:${botId}:chat:${chatId}:${i}`, rule }))];
}

/** One chat's calls in this process: in order, one at a time. */
interface Lane {
  queue: (() => void)[];
  busy: boolean;
}

/**
 * apiThrottle's rules held by every bot replica together: each call that names a chat takes
 * its tokens from budgets in PostgreSQL (one statement), waiting as long as the database
 * says when they are spent. A chat's calls stay in order, one at a time, within a process;
 * calls without a chat pass at once. Each bot (token) has budgets of its own. On embedded
 * PGlite (one process) apiThrottle stays: no database round trip per call.
 */
export function sharedApiThrottle(budget: SharedBudget, rules: ThrottleRules, botId: string): Transformer & { chatsHeld(): number } {
  const lanes = new Map<string, Lane>();
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(ms)));

  const pump = (chatId: string, lane: Lane): void => {
    if (lane.busy) return;
    const next = lane.queue.shift();
    if (!next) {
      lanes.delete(chatId);
      return;
    }
    lane.busy = true;
    next();
  };

  const transformer: Transformer = (prev, method, payload, signal) => {
    const chatId = payload && typeof payload === 'object' && 'chat_id' in payload ? String((payload as { chat_id: unknown }).chat_id) : undefined;
    if (chatId === undefined) return prev(method, payload, signal);
    let lane = lanes.get(chatId);
    if (!lane) lanes.set(chatId, (lane = { queue: [], busy: false }));
    const l = lane;
    const buckets = bucketsFor(rules, botId, chatId);
    return new Promise((resolve, reject) => {
      l.queue.push(() => {
        void (async () => {
          for (;;) {
            const wait = await budget.take(buckets);
            if (wait <= 0) break;
            await sleep(wait);
          }
          return prev(method, payload, signal);
        })()
          .then(resolve, reject)
          .finally(() => {
            l.busy = false;
            pump(chatId, l);
          });
      });
      pump(chatId, l);
    });
  };
  return Object.assign(transformer, { chatsHeld: () => lanes.size });
}
