import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit log: who (member and the platform identity that spoke), in which
 * community, what, on what, when. No foreign keys, so merging members or deleting a
 * campaign never touches it; a trigger refuses UPDATE, DELETE and TRUNCATE on both engines.
 */
export class AuditLog1765400000001 implements MigrationInterface {
  name = 'AuditLog1765400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_member_id integer,
      actor text NOT NULL,
      community_id integer,
      action text NOT NULL,
      subject text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    )`);
    await q.query(`CREATE INDEX audit_log_community_idx ON audit_log (community_id, id)`);
    await q.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`);
    await q.query(`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
