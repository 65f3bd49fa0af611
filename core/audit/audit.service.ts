import type { DataSource } from 'typeorm';
import { selectAuditEntries, type AuditRecord } from './audit.statements';

/** Reading the append-only audit log (lines are written by the services, in their transactions). */
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  /** The newest lines (at most `limit`, 1..1000), oldest first; one community's when given. */
  list(opts: { communityId?: number; limit?: number } = {}): Promise<AuditRecord[]> {
    const limit = Math.min(Math.max(Math.trunc(opts.limit ?? 100), 1), 1000);
    return selectAuditEntries(this.ds.manager, { communityId: opts.communityId, limit });
  }
}
