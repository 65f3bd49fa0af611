import type { Logger } from '../logger';
import { retryDelayMs } from './mint-rules';

/**
 * Why the mint cannot work now: the node does not answer, the key lacks MINTER_ROLE, or
 * RPC_URL now leads to another chain or to an address without the token (a provider
 * switched under us): reading batch facts there could fail a batch the real chain minted.
 * Or the chain holds TNET no batch of this database accounts for (a restore from before a
 * mint): a new batch could pay those rows twice.
 */
export type MintProblem = 'chain.unreachable' | 'chain.not_minter' | 'chain.wrong_chain_id' | 'chain.no_contract' | 'chain.unknown_mints';

/** The chain errors a mint run waits out (degraded, with backoff) instead of failing. */
export const MINT_PROBLEMS: readonly MintProblem[] = ['chain.unreachable', 'chain.not_minter', 'chain.wrong_chain_id', 'chain.no_contract', 'chain.unknown_mints'];

/**
 * Whether the mint works, for /healthz and for the mint job's backoff. A degraded mint
 * waits longer after each failed run (doubling, capped); one log line per change of state,
 * never one per attempt.
 */
export class MintState {
  private current: MintProblem | 'ok' | 'unknown' = 'unknown';
  private failures = 0;
  private nextTryAt = 0;

  constructor(
    private readonly logger: Logger,
    private readonly backoff: { baseMs: number; maxMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** The problem while degraded; undefined once a run got through (or before the first check). */
  get problem(): MintProblem | undefined {
    return this.current === 'ok' || this.current === 'unknown' ? undefined : this.current;
  }

  /** Whether the mint job should try now (always, unless a degraded run asked it to wait). */
  due(): boolean {
    return this.now() >= this.nextTryAt;
  }

  /** Milliseconds until the next try; 0 when due. */
  waitMs(): number {
    return Math.max(0, this.nextTryAt - this.now());
  }

  /** The chain answered and the key may mint. */
  ok(): void {
    if (this.current !== 'ok' && this.current !== 'unknown') this.logger.info('mint works again', { after: this.current, failedRuns: this.failures });
    this.current = 'ok';
    this.failures = 0;
    this.nextTryAt = 0;
  }

  /** A run (or the start-up check) met `problem`; the next try waits. */
  degraded(problem: MintProblem, detail: string): void {
    this.failures += 1;
    const delay = retryDelayMs(this.failures, this.backoff.baseMs, this.backoff.maxMs);
    this.nextTryAt = this.now() + delay;
    if (this.current === problem) return;
    this.current = problem;
    this.logger.warn('mint degraded; retrying with backoff', { reason: problem, detail, retryInMs: delay });
  }
}
