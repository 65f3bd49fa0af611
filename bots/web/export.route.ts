import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { exportFileName, HTTP_ACTOR, type Core, type ExportFormat } from '../../core';
import { holdsBearerToken } from './bearer-token';

export type ExportDeps = Pick<Core, 'moderation'>;

/** Whether the request carries the export token as `Authorization: Bearer <token>`. */
export const holdsExportToken = holdsBearerToken;

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  dpo: 'application/x-ndjson; charset=utf-8',
  ranking: 'text/csv; charset=utf-8',
};


/**
 * GET /campaigns/:id/export.csv|.jsonl (?final=1 for final tasks only), and for a
 * pairwise campaign export.dpo.jsonl (decided preferences) and ranking.csv: a campaign's
 * results streamed (constant memory), for the holder of EXPORT_TOKEN: an operator's secret
 * that opens every campaign (a platform admin's reach), never a moderator's. Each export is
 * written to the audit log as actor "http". Without the token configured, exports over
 * HTTP are off (404).
 */
export function registerExports(app: FastifyInstance, deps: ExportDeps, exportToken: string | undefined): void {
  const handler = (format: ExportFormat) => async (req: FastifyRequest<{ Params: { id: string }; Querystring: { final?: string } }>, reply: FastifyReply) => {
    if (!exportToken) return reply.code(404).send({ code: 'export.off', error: 'Exports over HTTP are off: the operator sets EXPORT_TOKEN to turn them on.' });
    if (!holdsExportToken(req.headers.authorization, exportToken)) {
      return reply.code(401).header('www-authenticate', 'Bearer realm="tnet-export"').send({ code: 'export.unauthorized', error: 'An export needs the export token: Authorization: Bearer <token>.' });
    }
    if (!/^\d{1,9}$/.test(req.params.id)) return reply.code(400).send({ code: 'export.bad_id', error: 'The campaign id must be a number.' });
    const id = Number(req.params.id);
    const exp = await deps.moderation.openExport(HTTP_ACTOR, id, { format, finalOnly: req.query.final === '1' || req.query.final === 'true' });
    return reply
      .type(CONTENT_TYPE[format])
      .header('content-disposition', `attachment; filename="${exportFileName(id, format)}"`)
      .header('cache-control', 'no-store')
      .header('x-export-tasks', String(exp.total))
      .send(exp.stream());
  };
  app.get('/campaigns/:id/export.csv', handler('csv'));
  app.get('/campaigns/:id/export.jsonl', handler('jsonl'));
  app.get('/campaigns/:id/export.dpo.jsonl', handler('dpo'));
  app.get('/campaigns/:id/ranking.csv', handler('ranking'));
}
