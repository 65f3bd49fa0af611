import { Column, Entity, PrimaryColumn } from 'typeorm';
import { int8Column } from '../transformers';

export type JobOutcome = 'running' | 'ok' | 'failed' | 'skipped';

/** One fire of a scheduled job, with its outcome. */
@Entity('job_run')
export class JobRun {
  @PrimaryColumn({ type: 'bigint', generated: 'identity', transformer: int8Column })
  id: string;

  @Column({ type: 'text' })
  job: string;

  @Column({ type: 'text' })
  outcome: JobOutcome;

  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
