import { QueryFailedError } from 'typeorm';

/** The SQLSTATE of a failed query and the constraint it names, when there is one. */
export function pgError(e: unknown): { code?: string; constraint?: string } {
  // TypeORM wraps driver errors; named statements (named-query.ts) raise pg's own.
  const raw = e instanceof QueryFailedError ? (e as QueryFailedError & { driverError?: unknown }).driverError : e;
  if (typeof raw !== 'object' || raw === null) return {};
  const { code, constraint } = raw as { code?: unknown; constraint?: unknown };
  return { code: typeof code === 'string' ? code : undefined, constraint: typeof constraint === 'string' ? constraint : undefined };
}

export const isUniqueViolation = (e: unknown, constraint?: string): boolean => {
  const { code, constraint: c } = pgError(e);
  return code === '23505' && (constraint === undefined || c === constraint);
};
