import type { MessageId } from '../common/i18n/message-ids';
import type { Translator } from '../common/i18n/translator';

/** The page's fixed words: link.html names each as {{id}}. */
const PAGE_TEXTS = ['web-title', 'web-heading', 'web-intro', 'web-requested-address', 'web-connect-button', 'web-loading', 'web-message-summary'] as const satisfies readonly MessageId[];

type PageTextId = (typeof PAGE_TEXTS)[number];
const isPageText = (name: string): name is PageTextId => (PAGE_TEXTS as readonly string[]).includes(name);

/** The server's error codes (the JSON `code`) the page can meet, and their words: the chats' own for the domain's. */
const ERROR_TEXTS = {
  'wallet.invalid_address': 'err-wallet-invalid-address',
  'wallet.no_challenge': 'err-wallet-no-challenge',
  'wallet.challenge_expired': 'err-wallet-challenge-expired',
  'wallet.bad_signature': 'err-wallet-bad-signature',
  'wallet.address_taken': 'err-wallet-address-taken',
  'request.invalid': 'web-error-request-invalid',
  not_found: 'web-error-not-found',
} as const satisfies Record<string, MessageId>;

/**
 * What link.js shows as it goes, in the page's language. The script fills in the markers
 * {time}, {status} and {ref} itself: the expiry is the browser's clock and format.
 */
export interface LinkPageTexts {
  validUntil: string;
  noWallet: string;
  waitingWallet: string;
  noAccount: string;
  signPrompt: string;
  checkingSignature: string;
  serverAnswered: string;
  /** By the server's error code; `internal` carries {ref}. */
  errors: Record<string, string>;
}

export function linkPageTexts(t: Translator): LinkPageTexts {
  const errors: Record<string, string> = Object.fromEntries(Object.entries(ERROR_TEXTS).map(([code, id]) => [code, t.t(id)]));
  errors.internal = t.t('router-unexpected', { ref: '{ref}' });
  return {
    validUntil: t.t('web-valid-until', { time: '{time}' }),
    noWallet: t.t('web-no-wallet'),
    waitingWallet: t.t('web-waiting-wallet'),
    noAccount: t.t('web-no-account'),
    signPrompt: t.t('web-sign-prompt'),
    checkingSignature: t.t('web-checking-signature'),
    serverAnswered: t.t('web-server-answered', { status: '{status}' }),
    errors,
  };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML content and in a quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * JSON safe inside <script type="application/json">: no "<" can close the element or open a
 * comment, and JSON.parse reads the escapes back as the same text.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * link.html in one language: {{lang}} the <html lang>, {{texts}} the script's texts (JSON),
 * {{web-...}} a fixed text, escaped. A placeholder the page does not know is a bug and throws.
 */
export function linkPageHtml(template: string, t: Translator): string {
  return template.replace(/\{\{([a-z][a-z0-9-]*)\}\}/g, (_m, name: string) => {
    if (name === 'lang') return escapeHtml(t.lang);
    if (name === 'texts') return scriptJson(linkPageTexts(t));
    if (isPageText(name)) return escapeHtml(t.t(name));
    throw new Error(`link.html names an unknown text {{${name}}}`);
  });
}
