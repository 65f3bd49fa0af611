import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { TaskStatus } from '../../domain/task-status';

/** One item of a campaign to answer. */
@Entity('task')
export class Task {
  @PrimaryGeneratedColumn('identity', { type: 'integer' })
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @Column({ name: 'item_key', type: 'text' })
  itemKey: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'gold_label', type: 'text', nullable: true })
  goldLabel: string | null;

  @Column({ name: 'baseline_label', type: 'text', nullable: true })
  baselineLabel: string | null;

  @Column({ name: 'baseline_confidence', type: 'double precision', nullable: true })
  baselineConfidence: number | null;

  @Column({ type: 'text', default: 'open' })
  status: TaskStatus;

  @Column({ name: 'answer_count', type: 'integer', default: 0 })
  answerCount: number;

  @Column({ name: 'consensus_label', type: 'text', nullable: true })
  consensusLabel: string | null;

  @Column({ name: 'consensus_confidence', type: 'double precision', nullable: true })
  consensusConfidence: number | null;

  /** A decided multi-label task's posterior that each label is present, in option order; null for other kinds. */
  @Column({ name: 'label_presence', type: 'jsonb', nullable: true })
  labelPresence: number[] | null;

  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true })
  finalizedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
