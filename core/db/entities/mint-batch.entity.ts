import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintColumn, int8Column } from '../transformers';

export type MintBatchState = 'prepared' | 'submitted' | 'confirmed' | 'failed';

/** One mint transaction; batchId is the hash of its canonical manifest. */
@Entity('mint_batch')
export class MintBatch {
  @PrimaryGeneratedColumn('identity', { type: 'integer' })
  id: number;

  @Column({ name: 'batch_id', type: 'text' })
  batchId: string;

  @Column({ type: 'text' })
  state: MintBatchState;

  @Column({ type: 'jsonb' })
  manifest: unknown;

  @Column({ name: 'gross_total', type: 'numeric', precision: 78, scale: 0, transformer: bigintColumn })
  grossTotal: bigint;

  @Column({ name: 'foundation_total', type: 'numeric', precision: 78, scale: 0, transformer: bigintColumn })
  foundationTotal: bigint;

  @Column({ name: 'tx_hash', type: 'text', nullable: true })
  txHash: string | null;

  @Column({ name: 'tx_nonce', type: 'integer', nullable: true })
  txNonce: number | null;

  @Column({ name: 'block_number', type: 'bigint', nullable: true, transformer: int8Column })
  blockNumber: string | null;

  /** Max fee per gas (wei) of the batch's last transaction; a replacement bumps it. */
  @Column({ name: 'tx_max_fee', type: 'numeric', precision: 78, scale: 0, nullable: true, transformer: bigintColumn })
  txMaxFee: bigint | null;

  /** Priority fee per gas (wei) of the batch's last transaction. */
  @Column({ name: 'tx_priority_fee', type: 'numeric', precision: 78, scale: 0, nullable: true, transformer: bigintColumn })
  txPriorityFee: bigint | null;

  @Column({ name: 'tx_sent_at', type: 'timestamptz', nullable: true })
  txSentAt: Date | null;

  /** The head when the batch was prepared: its event cannot be older. */
  @Column({ name: 'search_from_block', type: 'bigint', nullable: true, transformer: int8Column })
  searchFromBlock: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
