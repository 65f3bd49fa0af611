import type { Queryable } from '../db/queryable';

/** What the audit log records; one name per kind of change. */
export type AuditAction =
  | 'community.register'
  | 'community.grant'
  | 'community.daily_cap'
  | 'community.move_chat'
  | 'campaign.create'
  | 'campaign.activate'
  | 'campaign.pause'
  | 'campaign.resume'
  | 'campaign.close'
  | 'campaign.discard'
  | 'campaign.post'
  | 'campaign.export'
  /** An appeal decided (core/appeals): upheld (paid by a correcting row) or refused. */
  | 'appeal.uphold'
  | 'appeal.refuse';

/** Amounts go in as decimal strings (base units), so the log never rounds money. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/** One line of the audit log, as written. */
export interface AuditEntry {
  /** The member who acted; null for the operator's CLI. */
  actorMemberId: number | null;
  /** The identity that spoke: "telegram:<user id>", "discord:<user id>", "console:<name>", "cli". */
  actor: string;
  /** The community concerned; null for platform campaigns and platform-wide actions. */
  communityId: number | null;
  action: AuditAction;
  /** What it acted on: "campaign:12", "community:3". */
  subject: string | null;
  details?: AuditDetails;
}

/** A written line, with its id and time. */
export interface AuditRecord extends Required<AuditEntry> {
  id: string;
  at: Date;
}

/** Appends one line; call it inside the transaction of the change it records. */
export async function insertAuditEntry(q: Queryable, e: AuditEntry): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (actor_member_id, actor, community_id, action, subject, details) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [e.actorMemberId, e.actor, e.communityId, e.action, e.subject, JSON.stringify(e.details ?? {})],
  );
}

interface AuditRow {
  id: string | number;
  at: Date | string;
  actor_member_id: number | null;
  actor: string;
  community_id: number | null;
  action: AuditAction;
  subject: string | null;
  details: AuditDetails;
}

/** The newest `limit` lines, oldest first; one community's only when `communityId` is given. */
export async function selectAuditEntries(q: Queryable, opts: { communityId?: number; limit: number }): Promise<AuditRecord[]> {
  const rows: AuditRow[] = await q.query(
    `SELECT * FROM (
       SELECT id, at, actor_member_id, actor, community_id, action, subject, details FROM audit_log
       WHERE $1::int IS NULL OR community_id = $1 ORDER BY id DESC LIMIT $2
     ) x ORDER BY id`,
    [opts.communityId ?? null, opts.limit],
  );
  return rows.map((r) => ({
    id: String(r.id),
    at: new Date(r.at),
    actorMemberId: r.actor_member_id,
    actor: r.actor,
    communityId: r.community_id,
    action: r.action,
    subject: r.subject,
    details: r.details,
  }));
}
