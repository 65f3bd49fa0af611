import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, minting keeps going: a batch's transaction can be replaced at the same nonce
 * with higher fees (the fees it was sent with and when), and the block a search for its
 * event starts from (the head when it was prepared), so crash recovery asks eth_getLogs
 * for bounded ranges from there instead of from block 0.
 */
export class MintBatchResend1765400002000 implements MigrationInterface {
  name = 'MintBatchResend1765400002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mint_batch ADD COLUMN tx_max_fee numeric(78,0) CHECK (tx_max_fee >= 0)`);
    await q.query(`ALTER TABLE mint_batch ADD COLUMN tx_priority_fee numeric(78,0) CHECK (tx_priority_fee >= 0)`);
    await q.query(`ALTER TABLE mint_batch ADD COLUMN tx_sent_at timestamptz`);
    await q.query(`ALTER TABLE mint_batch ADD COLUMN search_from_block bigint CHECK (search_from_block >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['search_from_block', 'tx_sent_at', 'tx_priority_fee', 'tx_max_fee']) await q.query(`ALTER TABLE mint_batch DROP COLUMN ${c}`);
  }
}
