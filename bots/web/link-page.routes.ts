import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Core } from '../../core';
import { DEFAULT_LANGUAGE, type Lang } from '../common/i18n/languages';
import { translator } from '../common/i18n/translator';
import { verifiedText } from '../common/wallet-text';
import { linkPageHtml } from './link-page-html';
import { pageLanguage } from './page-language';

export type LinkPageDeps = Pick<Core, 'wallets'>;

/** The page's own files, read once: no CDN, no external font. */
const asset = (name: string): string => readFileSync(path.join(__dirname, 'public', name), 'utf8');

/**
 * Only our own script and style, no framing, no referrer (the token is in the URL), nothing
 * cached (the page is one member's).
 */
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  vary: 'accept-language',
};

const body = { type: 'object', additionalProperties: false } as const;

/**
 * PUBLIC_URL/link/<token>?lang=<tag>: the page in the member's language (pageLanguage), and
 * the three calls it makes. Each call parses, calls WalletService, renders: the checks
 * (token, nonce, domain, URI, chain id, signature or EIP-1271, address owner) are the same
 * core path as /verify. An error reaches the page as its code, which the page words itself.
 */
export function registerLinkPage(app: FastifyInstance, deps: LinkPageDeps): void {
  const template = asset('link.html');
  // Filled once per language, on first use; English at once, so a bad placeholder stops start-up.
  const pages = new Map<Lang, string>();
  const pageHtml = (lang: Lang): string => {
    const t = translator(lang);
    let html = pages.get(t.lang);
    if (html === undefined) pages.set(t.lang, (html = linkPageHtml(template, t)));
    return html;
  };
  pageHtml(DEFAULT_LANGUAGE);
  const js = asset('link.js');
  const css = asset('link.css');
  app.get<{ Querystring: { lang?: unknown } }>('/link/:token', async (req, reply) =>
    reply.headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(pageHtml(pageLanguage(req.query.lang, req.headers['accept-language']))),
  );
  app.get('/static/link.js', async (_req, reply) => reply.header('x-content-type-options', 'nosniff').type('text/javascript; charset=utf-8').send(js));
  app.get('/static/link.css', async (_req, reply) => reply.header('x-content-type-options', 'nosniff').type('text/css; charset=utf-8').send(css));

  app.get<{ Params: { token: string } }>('/api/link/:token', async (req, reply) => {
    const page = await deps.wallets.page(req.params.token);
    return reply.header('cache-control', 'no-store').send({ address: page.address ?? null, message: page.message || null, expiresAt: page.expiresAt.toISOString(), chainId: page.chainId });
  });

  app.post<{ Params: { token: string }; Body: { address: string } }>(
    '/api/link/:token/message',
    { schema: { body: { ...body, required: ['address'], properties: { address: { type: 'string', maxLength: 100 } } } } },
    async (req, reply) => reply.header('cache-control', 'no-store').send({ message: await deps.wallets.pageMessage(req.params.token, req.body.address) }),
  );

  // `lang`: the page's language, for the words of the outcome.
  app.post<{ Params: { token: string }; Body: { signature: string; lang?: string } }>(
    '/api/link/:token',
    { schema: { body: { ...body, required: ['signature'], properties: { signature: { type: 'string', maxLength: 10_000 }, lang: { type: 'string', maxLength: 35 } } } } },
    async (req, reply) => {
      const result = await deps.wallets.verifyPage(req.params.token, req.body.signature);
      const t = translator(pageLanguage(req.body.lang, req.headers['accept-language']));
      return reply.header('cache-control', 'no-store').send({ outcome: result.outcome, address: result.address, text: verifiedText(t, result) });
    },
  );
}
