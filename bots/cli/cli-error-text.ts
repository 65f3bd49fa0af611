import { ChainError, ConfigError, isDomainError } from '../../core';
import { errorText } from '../common/error-text';
import { english } from '../common/i18n/translator';
import { CliError } from './cli-runtime';

/**
 * The words an operator reads for an expected failure; undefined for a bug. Domain errors
 * use the chat table, except where its words speak to a chat member.
 */
export function cliErrorText(e: unknown): string | undefined {
  if (e instanceof ConfigError || e instanceof CliError || e instanceof ChainError) return e.message;
  if (!isDomainError(e)) return undefined;
  if (e.code === 'member.not_found') return `there is no member #${(e.details as { memberId: number }).memberId}`;
  return errorText(english(), e);
}
