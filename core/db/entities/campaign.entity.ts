import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintColumn } from '../transformers';

import type { CampaignKind, CampaignOption, CampaignStatus } from '../../domain/campaign-types';
import type { ConsensusMode } from '../../domain/consensus-mode';
import type { CampaignTranslations } from '../../campaigns/campaign-translations';

/** A campaign's money, in a row of its own (see migration CampaignBudget). */
@Entity('campaign_budget')
export class CampaignBudget {
  @PrimaryColumn({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  /** Base units the campaign may pay in total. */
  @Column({ type: 'numeric', precision: 78, scale: 0, transformer: bigintColumn })
  budget: bigint;

  /** Base units already written to the ledger as payable. */
  @Column({ type: 'numeric', precision: 78, scale: 0, transformer: bigintColumn, default: 0 })
  spent: bigint;
}

@Entity('campaign')
export class Campaign {
  @PrimaryGeneratedColumn('identity', { type: 'integer' })
  id: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: CampaignKind;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'jsonb' })
  options: CampaignOption[];

  /** Base units (18 decimals) paid per accepted answer. */
  @Column({ name: 'reward_per_answer', type: 'numeric', precision: 78, scale: 0, transformer: bigintColumn })
  rewardPerAnswer: bigint;

  @Column({ name: 'answers_per_task', type: 'integer' })
  answersPerTask: number;

  @Column({ name: 'max_answers_per_task', type: 'integer' })
  maxAnswersPerTask: number;

  @Column({ name: 'target_confidence', type: 'double precision' })
  targetConfidence: number;

  @Column({ name: 'gold_share', type: 'double precision', default: 0 })
  goldShare: number;

  @Column({ name: 'consensus_mode', type: 'text', default: 'dawid_skene' })
  consensusMode: ConsensusMode;

  /** Accuracy floor for rewards; null = chance level plus a margin. */
  @Column({ name: 'min_accuracy', type: 'double precision', nullable: true })
  minAccuracy: number | null;

  /** Answers of a member a scoring round must have fitted before their answers are judged (0: at once). */
  @Column({ name: 'min_evidence', type: 'integer', default: 5 })
  minEvidence: number;

  /** Gold answers seen before the gold check applies. */
  @Column({ name: 'gold_min_answers', type: 'integer', default: 5 })
  goldMinAnswers: number;

  /** Largest share of wrong gold answers a member may have and still earn. */
  @Column({ name: 'gold_max_failure', type: 'double precision', default: 0.5 })
  goldMaxFailure: number;

  /** Median milliseconds from a card to its answer below which a member is too fast to have read it (0: no check). */
  @Column({ name: 'min_think_ms', type: 'integer', default: 1000 })
  minThinkMs: number;

  @Column({ name: 'baseline_model', type: 'text', nullable: true })
  baselineModel: string | null;

  /** Where it is posted, as "platform:chatId". */
  @Column({ name: 'chat_ids', type: 'jsonb', default: () => "'[]'" })
  chatIds: string[];

  /** The dataset's license id for exports; null: not given. */
  @Column({ type: 'text', nullable: true })
  license: string | null;

  /** Its name, question and labels in other languages, by language tag (campaign-translations.ts); `{}` when none. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: CampaignTranslations;

  @Column({ type: 'text', default: 'draft' })
  status: CampaignStatus;

  @Column({ name: 'created_by', type: 'integer', nullable: true })
  createdBy: number | null;

  /** The community that owns it; null for a platform campaign (platform admins only). */
  @Column({ name: 'community_id', type: 'integer', nullable: true })
  communityId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
