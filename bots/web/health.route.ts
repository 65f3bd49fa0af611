import type { FastifyInstance } from 'fastify';
import type { Core, Role } from '../../core';

export type HealthDeps = Pick<Core, 'health'>;

/**
 * GET /healthz: 200 while the database answers, 503 when it does not. A chain that does
 * not answer only shows in the body (status "degraded"): answering tasks still works, and
 * the mint job retries on its own.
 */
/** Why the mint is degraded, as /healthz says it (never the RPC URL or the key). */
const CHAIN_PROBLEM_TEXT: Record<NonNullable<Awaited<ReturnType<HealthDeps['health']['check']>>['chainProblem']>, string> = {
  'chain.unreachable': 'the chain node does not answer; minting retries with backoff',
  'chain.not_minter': 'the minter key lacks MINTER_ROLE; minting retries with backoff',
  'chain.wrong_chain_id': 'the chain node reports another chain id than at start; minting waits',
  'chain.no_contract': 'the chain node shows no TNET contract at TNET_ADDRESS; minting waits',
  'chain.unknown_mints': 'the chain holds TNET no mint batch of this database accounts for (a restore from before a mint?); minting waits: docs/deploy.md',
};

/** `role`: the process's ROLE, in the body, so a probe or an operator sees which part answered. */
export function registerHealth(app: FastifyInstance, deps: HealthDeps, role: Role = 'all'): void {
  app.get('/healthz', async (_req, reply) => {
    const h = await deps.health.check();
    const status = !h.database ? 'down' : h.chain === false || h.chainProblem ? 'degraded' : 'ok';
    return reply
      .code(h.database ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({
        status,
        role,
        database: h.database,
        chain: h.chain === undefined ? 'none' : h.chain,
        ...(h.blockNumber !== undefined ? { blockNumber: h.blockNumber } : {}),
        ...(h.chainProblem ? { reason: CHAIN_PROBLEM_TEXT[h.chainProblem] } : {}),
        jobs: h.jobs.map((j) => ({ job: j.job, outcome: j.outcome, startedAt: j.startedAt, finishedAt: j.finishedAt })),
      });
  });
}
