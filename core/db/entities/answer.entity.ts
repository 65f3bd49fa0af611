import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { int8Column } from '../transformers';

/** One member's choice on one task; the database allows one per (task, member). */
@Entity('answer')
export class Answer {
  @PrimaryColumn({ type: 'bigint', generated: 'identity', transformer: int8Column })
  id: string;

  @Column({ name: 'task_id', type: 'integer' })
  taskId: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @Column({ type: 'text' })
  choice: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
