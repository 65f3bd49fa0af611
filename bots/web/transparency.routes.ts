import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { BATCH_PAGE, isBatchId, type Core } from '../../core';
import { translator } from '../common/i18n/translator';
import { pageLanguage } from './page-language';
import { transparencyPageHtml } from './transparency-html';

export type TransparencyDeps = Pick<Core, 'transparency'>;

const asset = (name: string): string => readFileSync(path.join(__dirname, 'public', name), 'utf8');

/** Only our own script and style, no framing; public figures, so no referrer rule is needed beyond the default. */
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  vary: 'accept-language',
};

const invalid = { code: 'request.invalid', error: 'That request is not valid.' };

/** A page cursor: a positive serial, else undefined (the newest page); anything else is refused. */
function cursor(before: unknown): number | undefined | 'invalid' {
  if (before === undefined || before === '') return undefined;
  if (typeof before !== 'string' || !/^[1-9]\d{0,9}$/.test(before)) return 'invalid';
  const n = Number(before);
  return n <= 2_147_483_647 ? n : 'invalid';
}

/**
 * The public transparency page, for anyone, no login: GET /transparency (?lang, ?before for
 * older batches), each batch's manifest as the exact text its id hashes, and the chain's
 * view of a page of batches for the page's script. Nothing here names a member, changes
 * anything, or waits on the chain longer than the service's bound.
 */
export function registerTransparency(app: FastifyInstance, deps: TransparencyDeps): void {
  const files = { 'transparency.js': asset('transparency.js'), 'keccak256.js': asset('keccak256.js'), 'transparency.css': asset('transparency.css') };
  for (const [name, text] of Object.entries(files)) {
    const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
    app.get(`/static/${name}`, async (_req, reply) => reply.header('x-content-type-options', 'nosniff').type(type).send(text));
  }

  app.get<{ Querystring: { lang?: unknown; before?: unknown } }>('/transparency', async (req, reply) => {
    const before = cursor(req.query.before);
    if (before === 'invalid') return reply.code(400).send(invalid);
    const t = translator(pageLanguage(req.query.lang, req.headers['accept-language']));
    const [overview, page] = await Promise.all([deps.transparency.overview(), deps.transparency.batches(before)]);
    return reply.headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(transparencyPageHtml(t, { overview, page, before }));
  });

  // The text served is what the batch id hashes, byte for byte: JSON, sent as is.
  app.get<{ Params: { batchId: string } }>('/transparency/batches/:batchId/manifest', async (req, reply) => {
    if (!isBatchId(req.params.batchId)) return reply.code(400).send(invalid);
    const text = await deps.transparency.manifestText(req.params.batchId);
    if (text === undefined) return reply.code(404).send({ code: 'not_found', error: 'There is no mint batch with that id.' });
    return reply.headers({ 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'access-control-allow-origin': '*' }).type('application/json; charset=utf-8').send(text);
  });

  // ?ids=<id>,<id>,...: at most a page of batch ids.
  app.get<{ Querystring: { ids?: unknown } }>('/transparency/chain', async (req, reply) => {
    const raw = req.query.ids;
    if (typeof raw !== 'string' || raw.length > BATCH_PAGE * 67) return reply.code(400).send(invalid);
    const ids = raw.split(',').filter((s) => s !== '');
    if (ids.length === 0 || ids.length > BATCH_PAGE || !ids.every(isBatchId)) return reply.code(400).send(invalid);
    const checks = await deps.transparency.checkOnChain(ids);
    return reply.header('cache-control', 'no-store').send({ batches: Object.fromEntries(checks) });
  });
}
