import { randomUUID } from 'node:crypto';
import { isDomainError, type DomainError, type Logger } from '../../core';
import { errorText } from './error-text';
import type { Translator } from './i18n/translator';

/** What the edge says for a thrown value: a broken rule in its words, or anything else with a reference. */
export type EdgeOutcome = { kind: 'rule'; error: DomainError; text: string } | { kind: 'unexpected'; correlationId: string; text: string };

/** The short reference a member quotes and the server log carries. */
const newCorrelationId = (): string => randomUUID().slice(0, 8);

/**
 * The one error edge of every adapter: a DomainError becomes its message (errorText); any
 * other value is a bug, answered briefly with a correlation id and logged once in full as
 * `event` with `fields`, so a member's "ref" finds the stack on the server.
 */
export function errorEdge(t: Translator, e: unknown, logger: Pick<Logger, 'error'>, event: string, fields: Record<string, unknown>): EdgeOutcome {
  if (isDomainError(e)) return { kind: 'rule', error: e, text: errorText(t, e) };
  const correlationId = newCorrelationId();
  logger.error(event, { correlationId, ...fields, error: e });
  return { kind: 'unexpected', correlationId, text: t.t('router-unexpected', { ref: correlationId }) };
}
