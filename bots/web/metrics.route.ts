import type { FastifyInstance } from 'fastify';
import { holdsBearerToken } from './bearer-token';
import type { WebMetrics } from './web-metrics';

/**
 * GET /metrics: the Prometheus exposition, for the holder of METRICS_TOKEN
 * (`Authorization: Bearer <token>`, which Prometheus sends with `authorization.credentials`).
 * The web side listens on every interface for the link page, so the totals it reads are
 * not for anyone who asks: without the token configured, /metrics is off (404), and a
 * request without it is refused (401) before any database read.
 */
export function registerMetrics(app: FastifyInstance, metrics: WebMetrics, metricsToken: string | undefined): void {
  app.get('/metrics', async (req, reply) => {
    if (!metricsToken) return reply.code(404).send({ code: 'metrics.off', error: 'Metrics are off: the operator sets METRICS_TOKEN to turn them on.' });
    if (!holdsBearerToken(req.headers.authorization, metricsToken)) {
      return reply.code(401).header('www-authenticate', 'Bearer realm="tnet-metrics"').send({ code: 'metrics.unauthorized', error: 'Metrics need the metrics token: Authorization: Bearer <token>.' });
    }
    return reply.type(metrics.contentType).header('cache-control', 'no-store').send(await metrics.render());
  });
}
