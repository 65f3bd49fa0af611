import { QueryFailedError } from 'typeorm';

/** The SQLSTATE of a failed query and the constraint it names, when there is one. */
export function pgError(e: unknown): { code?: string; constraint?: string } {
  if (!(e instanceof QueryFailedError)) return {};
  const driverError = (e as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
  return { code: driverError?.code, constraint: driverError?.constraint };
}

export const isUniqueViolation = (e: unknown, constraint?: string): boolean => {
  const { code, constraint: c } = pgError(e);
  return code === '23505' && (constraint === undefined || c === constraint);
};
