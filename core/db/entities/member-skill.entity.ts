import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A member's estimated reliability within one campaign. */
@Entity('member_skill')
export class MemberSkill {
  @PrimaryColumn({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @PrimaryColumn({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ type: 'integer', default: 0 })
  answers: number;

  @Column({ type: 'integer', default: 0 })
  accepted: number;

  @Column({ type: 'double precision', nullable: true })
  accuracy: number | null;

  @Column({ type: 'jsonb', nullable: true })
  confusion: number[][] | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
