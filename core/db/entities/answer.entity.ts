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

  /** Milliseconds from the task's first serve to this member to the answer; null when it was not served by the assignment. */
  @Column({ name: 'think_ms', type: 'integer', nullable: true })
  thinkMs: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** When a task was first served to a member (the start of their answer's think time). */
@Entity('task_serve')
export class TaskServe {
  @PrimaryColumn({ name: 'task_id', type: 'integer' })
  taskId: number;

  @PrimaryColumn({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ name: 'served_at', type: 'timestamptz' })
  servedAt: Date;
}
