import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The one verified address of a member (lower-case hex); an address has one member. */
@Entity('wallet')
export class Wallet {
  @PrimaryGeneratedColumn('identity', { type: 'integer' })
  id: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'verified_at', type: 'timestamptz' })
  verifiedAt: Date;
}
