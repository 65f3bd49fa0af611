import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ModelInputKindColumn = 'features' | 'image' | 'text';

/** An ONNX baseline registered for one campaign (migration ModelRegistry). */
@Entity('onnx_model')
export class OnnxModel {
  @PrimaryGeneratedColumn('identity', { type: 'integer' })
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @Column({ type: 'text' })
  name: string;

  /** Absolute path of the .onnx file. */
  @Column({ type: 'text' })
  path: string;

  /** Hex SHA-256 of the file as registered; a later load refuses a changed file. */
  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'input_kind', type: 'text' })
  inputKind: ModelInputKindColumn;

  /** The campaign's option ids in the model's output order. */
  @Column({ type: 'jsonb' })
  classes: string[];

  /** Kind-specific settings, completed with defaults at registration. */
  @Column({ type: 'jsonb' })
  config: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
