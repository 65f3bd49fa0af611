/** Which part of the platform a process runs (ROLE); `all` is one process doing everything. */
export const ROLES = ['all', 'bot', 'jobs', 'web'] as const;
export type Role = (typeof ROLES)[number];

/** The roles that send mints, and so the only ones that hold MINTER_PRIVATE_KEY. */
const MINTING: readonly Role[] = ['all', 'jobs'];

/** Whether a process of this role mints (and needs the minter key with RPC_URL). */
export const roleMints = (role: Role): boolean => MINTING.includes(role);

/**
 * Secrets and the roles that use them: the minter key mints (jobs, all); the export token
 * opens GET /exports, which only the web side serves (bot and jobs serve /healthz and
 * /metrics alone). Any other role refuses to start with one.
 */
const SECRET_ROLES: Readonly<Record<string, readonly Role[]>> = {
  MINTER_PRIVATE_KEY: ['jobs', 'all'],
  EXPORT_TOKEN: ['web', 'all'],
};

/** Secrets a role refuses to start with, because it never uses them. */
export function refusedBy(role: Role): readonly string[] {
  return Object.keys(SECRET_ROLES).filter((key) => !SECRET_ROLES[key]!.includes(role));
}

/**
 * What a role needs and refuses of the environment, one line per problem, naming the
 * variable and never its value; `given` says whether a variable is set (not blank).
 * Embedded PGlite and the embedded local chain are one process each, so the separate roles
 * need DATABASE_URL and RPC_URL. Only the minting roles hold the minter key: an
 * internet-facing bot or web replica that leaks it must have nothing to leak. Bot replicas
 * draw gold tasks with one shared key, or each member would see another gold mix per replica.
 */
export function roleEnvProblems(role: Role, given: (key: string) => boolean): string[] {
  const problems: string[] = [];
  if (role !== 'all') {
    if (!given('DATABASE_URL')) problems.push(`ROLE=${role} needs DATABASE_URL: embedded PGlite is one process, run ROLE=all (or no ROLE) without PostgreSQL`);
    if (!given('RPC_URL')) {
      problems.push(
        role === 'jobs'
          ? 'ROLE=jobs needs RPC_URL: the embedded local chain is one process, so replicas would each mint on their own'
          : `ROLE=${role} needs RPC_URL: the embedded local chain is one process, and ROLE=${role} reads the chain the jobs role mints on`,
      );
    }
  }
  if (role === 'bot') {
    if (!given('TELEGRAM_BOT_TOKEN') && !given('DISCORD_TOKEN')) problems.push('ROLE=bot needs TELEGRAM_BOT_TOKEN or DISCORD_TOKEN');
    if (!given('GOLD_DRAW_KEY')) problems.push('ROLE=bot needs GOLD_DRAW_KEY: every bot replica must draw gold tasks with the same key');
  }
  if (roleMints(role) && given('RPC_URL') && !given('MINTER_PRIVATE_KEY')) problems.push('MINTER_PRIVATE_KEY is required when RPC_URL is set');
  for (const key of refusedBy(role)) {
    if (given(key)) problems.push(`${key} is only for ROLE=${SECRET_ROLES[key]!.join(' or ')}: leave it out of ROLE=${role}'s environment`);
  }
  return problems;
}
