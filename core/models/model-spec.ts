import { z } from 'zod';
import { DomainError } from '../errors';

export type ModelInputKind = 'features' | 'image' | 'text';
export type ModelDevice = 'cuda' | 'cpu' | 'auto';

/** `features`: a float vector in the task payload, as long as the model's input. */
export interface FeaturesInputConfig {
  /** Payload field holding the vector. */
  field: string;
}

/** `text`: a hashed bag of words (see hash-bag-of-words.ts) of a payload text field. */
export interface TextInputConfig {
  field: string;
  /** Buckets of the hashing: must equal the model's input width. */
  dimension: number;
  ngrams: 1 | 2;
}

/**
 * `image`: a payload field holding a local file path, a data: URL or plain base64, decoded
 * and resized with sharp to the model's input shape; each channel is scaled to 0..1, then
 * (x - mean) / std.
 */
export interface ImageInputConfig {
  field: string;
  /** Per channel (1 or 3 values; one value applies to every channel). */
  mean: number[];
  std: number[];
  layout: 'nchw' | 'nhwc';
  /** Relative paths resolve here and may not leave it; absent: the working directory. */
  imageDir?: string;
}

export type ModelInputConfig = FeaturesInputConfig | TextInputConfig | ImageInputConfig;

/** What the model's first output holds per class. */
export type ModelOutputKind = 'probabilities' | 'logits';

/** What an operator registers for a campaign. */
export interface ModelRegistration {
  /** Shown in stats and logs; defaults to the file name. */
  name?: string;
  /** The .onnx file. */
  path: string;
  /** The campaign's option ids in the model's output order. */
  classes: string[];
  inputKind: ModelInputKind;
  /** Kind-specific settings; defaults fill what is left out. */
  config?: Record<string, unknown>;
}

/** A validated registration: settings complete, output kind known. */
export type ModelSpec =
  | { inputKind: 'features'; classes: string[]; output: ModelOutputKind; config: FeaturesInputConfig }
  | { inputKind: 'text'; classes: string[]; output: ModelOutputKind; config: TextInputConfig }
  | { inputKind: 'image'; classes: string[]; output: ModelOutputKind; config: ImageInputConfig };

const field = z.string().min(1).max(64);
const output = z.enum(['probabilities', 'logits']).default('probabilities');
const perChannel = z.array(z.number().finite()).min(1).max(3);

const configSchemas = {
  features: z.object({ field: field.default('features'), output }).strict(),
  text: z
    .object({ field: field.default('text'), dimension: z.number().int().min(1).max(1 << 20), ngrams: z.union([z.literal(1), z.literal(2)]).default(1), output })
    .strict(),
  image: z
    .object({
      field: field.default('image'),
      mean: perChannel.default([0]),
      std: perChannel.refine((s) => s.every((x) => x > 0), 'must be positive').default([1]),
      layout: z.enum(['nchw', 'nhwc']).default('nchw'),
      imageDir: z.string().min(1).optional(),
      output,
    })
    .strict(),
} as const;

const registrationSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    path: z.string().min(1).max(4096),
    classes: z.array(z.string().min(1)).min(2).max(25),
    inputKind: z.enum(['features', 'image', 'text']),
    config: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/**
 * Validates a registration against the campaign's option ids: classes must be distinct
 * option ids; the kind's settings are completed with defaults.
 * @throws DomainError model.invalid_config with every problem found.
 */
export function parseModelRegistration(input: unknown, optionIds: readonly string[]): { name: string | undefined; path: string; spec: ModelSpec } {
  const parsed = registrationSchema.safeParse(input);
  const issues = (e: z.ZodError, prefix = '') => e.issues.map((i) => `${prefix}${i.path.join('.') || 'registration'}: ${i.message}`);
  if (!parsed.success) throw new DomainError('model.invalid_config', { problems: issues(parsed.error) });
  const r = parsed.data;
  const problems: string[] = [];
  if (new Set(r.classes).size !== r.classes.length) problems.push('classes: must be distinct');
  const unknown = r.classes.filter((c) => !optionIds.includes(c));
  if (unknown.length > 0) problems.push(`classes: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not an option' : 'are not options'} of the campaign (${optionIds.join(', ')})`);
  const cfg = configSchemas[r.inputKind].safeParse(r.config);
  if (!cfg.success) problems.push(...issues(cfg.error, 'config.'));
  if (problems.length > 0 || !cfg.success) throw new DomainError('model.invalid_config', { problems });
  const { output: out, ...config } = cfg.data as { output: ModelOutputKind } & ModelInputConfig;
  return { name: r.name, path: r.path, spec: { inputKind: r.inputKind, classes: r.classes, output: out, config } as ModelSpec };
}

/** The stored form of a spec's settings (the `config` column), output kind included. */
export const storedConfig = (spec: ModelSpec): Record<string, unknown> => ({ ...spec.config, output: spec.output });

/** A spec back from its stored row (validated when it was registered). */
export function specFromRow(row: { input_kind: ModelInputKind; classes: string[]; config: Record<string, unknown> }): ModelSpec {
  const { output: out, ...config } = row.config as { output?: ModelOutputKind };
  return { inputKind: row.input_kind, classes: row.classes, output: out ?? 'probabilities', config } as ModelSpec;
}
