import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A `check` campaign generated from another campaign's baseline predictions (migration InferenceCheck). */
@Entity('inference_check')
export class InferenceCheck {
  @PrimaryColumn({ name: 'check_campaign_id', type: 'integer' })
  checkCampaignId: number;

  @Column({ name: 'source_campaign_id', type: 'integer' })
  sourceCampaignId: number;

  /** The registered model whose predictions it checks (null once that model is replaced). */
  @Column({ name: 'model_id', type: 'integer', nullable: true })
  modelId: number | null;

  @Column({ name: 'model_name', type: 'text' })
  modelName: string;
}
