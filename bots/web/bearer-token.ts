import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * Whether an `Authorization` header is `Bearer <token>` for the configured token. Both sides
 * are hashed first, so the comparison is constant-time whatever the lengths; no token
 * configured means nobody holds it.
 */
export function holdsBearerToken(header: string | undefined, token: string | undefined): boolean {
  if (!token || typeof header !== 'string') return false;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) return false;
  return timingSafeEqual(digest(m[1]!), digest(token));
}
