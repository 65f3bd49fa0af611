import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { Platform } from '../../domain/platform';

/** (platform, platform user id) -> member. Unique per platform user. */
@Entity('identity')
export class Identity {
  @PrimaryGeneratedColumn('identity', { type: 'integer' })
  id: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ type: 'text' })
  platform: Platform;

  @Column({ name: 'platform_user_id', type: 'text' })
  platformUserId: string;

  @Column({ type: 'text', nullable: true })
  username: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
