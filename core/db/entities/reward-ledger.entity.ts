import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn, int8Column } from '../transformers';

export type LedgerStatus = 'pending' | 'minted' | 'withheld';

/**
 * Append-only: one row per scored answer, naming the consensus and the rule that paid
 * or withheld it. Only `status` and `mintBatchId` move, when a batch mints the row.
 */
@Entity('reward_ledger')
export class RewardLedger {
  @PrimaryColumn({ type: 'bigint', generated: 'identity', transformer: int8Column })
  id: string;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @Column({ name: 'task_id', type: 'integer' })
  taskId: number;

  @Column({ name: 'answer_id', type: 'bigint', transformer: int8Column })
  answerId: string;

  /** Base units (18 decimals); zero when withheld. */
  @Column({ type: 'numeric', precision: 78, scale: 0, transformer: bigintColumn })
  amount: bigint;

  @Column({ type: 'text' })
  status: LedgerStatus;

  @Column({ type: 'text' })
  rule: string;

  @Column({ name: 'consensus_label', type: 'text', nullable: true })
  consensusLabel: string | null;

  @Column({ name: 'mint_batch_id', type: 'integer', nullable: true })
  mintBatchId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
