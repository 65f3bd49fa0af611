import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emission pace: when a pace is configured, ledger rows wait until their epoch is settled
 * (an epoch that earned more than the pace pays pro-rata through correcting rows), and the
 * mint job pays only rows of settled epochs. One row per settled epoch keeps the record.
 */
export class EmissionEpochs1764200000003 implements MigrationInterface {
  name = 'EmissionEpochs1764200000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE emission_epoch (
      starts_at timestamptz PRIMARY KEY,
      ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      pace numeric(78,0) NOT NULL CHECK (pace >= 0),
      earned numeric(78,0) NOT NULL CHECK (earned >= 0),
      paid numeric(78,0) NOT NULL CHECK (paid >= 0 AND paid <= earned),
      settled_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE emission_epoch`);
  }
}
