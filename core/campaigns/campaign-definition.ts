import { z } from 'zod';
import { DomainError } from '../errors';
import { problem, type Problem } from '../domain/problem';
import { zodProblem } from './zod-problem';
import type { CampaignKind, CampaignOption } from '../domain/campaign-types';
import { kindOptions } from './kind-rules';
import type { ConsensusMode } from '../domain/consensus-mode';
import { parseTnet } from '../money';
import { isLanguageTag } from '../languages/language-tag';
import { MAX_TRANSLATIONS, type CampaignTranslations } from './campaign-translations';
import { DEFAULT_CHECK_QUESTION, DEFAULT_MAX_LENGTH, DEFAULT_MIN_LENGTH, MAX_CONTRIBUTION_LENGTH, MIN_CHECK_ANSWERS_PER_TASK } from '../contributions/contribution-rules';

const tnetAmount = z
  .union([z.string(), z.number().int().nonnegative()])
  .transform((v, ctx) => {
    const units = parseTnet(String(v));
    if (units === undefined) {
      ctx.addIssue({ code: 'custom', message: 'not_tnet_amount' });
      return z.NEVER;
    }
    return units;
  });

const optionId = z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/, 'option_id_format');
const option = z.union([
  optionId.transform((id): CampaignOption => ({ id, label: id })),
  z.object({ id: optionId, label: z.string().min(1).max(80) }),
]);

/** A campaign's words in one more language (campaign-translations.ts): the same bounds as the words they translate. */
const translation = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    question: z.string().trim().min(1).max(1000).optional(),
    options: z.record(z.string(), z.string().trim().min(1).max(80)).optional(),
    checkQuestion: z.string().trim().min(1).max(1000).optional(),
  })
  .strict();
const translations = z
  .record(z.string().refine(isLanguageTag), translation, {
    error: (i) => (i.code === 'invalid_key' ? 'language_tag' : undefined),
  })
  .refine((t) => Object.keys(t).length <= MAX_TRANSLATIONS, { message: 'too_many_languages', params: { max: MAX_TRANSLATIONS } });

/** What a moderator gives to create a campaign. Amounts are TNET decimals ("10"). */
export const campaignDefinitionSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    kind: z.enum(['label', 'vote', 'check', 'pairwise', 'multilabel', 'contribute']),
    question: z.string().trim().min(1).max(1000),
    options: z.array(option).min(2).max(25).optional(),
    reward: tnetAmount,
    budget: tnetAmount,
    answersPerTask: z.number().int().min(1).max(100).default(3),
    maxAnswersPerTask: z.number().int().min(1).max(200).optional(),
    targetConfidence: z.number().gt(0.5).max(1).default(0.9),
    goldShare: z.number().min(0).max(0.5).default(0),
    consensusMode: z.enum(['majority', 'one_coin', 'dawid_skene']).default('dawid_skene'),
    minAccuracy: z.number().min(0).max(1).optional(),
    minEvidence: z.number().int().min(0).max(1000).default(5),
    goldMinAnswers: z.number().int().min(1).max(1000).default(5),
    goldMaxFailure: z.number().min(0).max(1).default(0.5),
    minThinkMs: z.number().int().min(0).max(600_000).default(1000),
    baselineModel: z.string().min(1).max(200).optional(),
    chatIds: z.array(z.string().regex(/^(telegram|discord|console):-?\w{1,64}$/, 'chat_id_format')).max(100).default([]),
    license: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$/, 'license_format').optional(),
    /** A contribute campaign's check (its companion check campaign): the question checkers answer, their reward, budget and overlap. */
    checkQuestion: z.string().trim().min(1).max(1000).optional(),
    checkReward: tnetAmount.optional(),
    checkBudget: tnetAmount.optional(),
    // A check has no gold to catch a ring: no text is decided by fewer than three other members.
    checkAnswersPerTask: z
      .number()
      .int()
      .min(MIN_CHECK_ANSWERS_PER_TASK, 'check_answers_too_few')
      .max(100)
      .optional(),
    /** A contribute campaign's length limits, in characters (code points) of the trimmed text. */
    minLength: z.number().int().min(1).max(MAX_CONTRIBUTION_LENGTH).optional(),
    maxLength: z.number().int().min(1).max(MAX_CONTRIBUTION_LENGTH).optional(),
    /** The campaign's words in other languages, by language tag; members read theirs where given. */
    translations: translations.optional(),
  })
  .strict();

export type CampaignDefinitionInput = z.input<typeof campaignDefinitionSchema>;

export interface CampaignDefinition {
  name: string;
  kind: CampaignKind;
  question: string;
  options: CampaignOption[];
  /** Base units per accepted answer. */
  reward: bigint;
  /** Base units in total. */
  budget: bigint;
  answersPerTask: number;
  maxAnswersPerTask: number;
  targetConfidence: number;
  goldShare: number;
  consensusMode: ConsensusMode;
  /** Null: chance level plus a margin. */
  minAccuracy: number | null;
  /** Answers a round must have fitted before a member's answers are judged (0: at once). */
  minEvidence: number;
  goldMinAnswers: number;
  goldMaxFailure: number;
  /** Median milliseconds from card to answer a member must reach to be paid (0: no check). */
  minThinkMs: number;
  baselineModel: string | null;
  chatIds: string[];
  /** The dataset's license (an SPDX-like id), for the export's dataset card; null: not given. */
  license: string | null;
  /** A contribute campaign's writing rules and check; null for every other kind. */
  contribution: ContributionSettings | null;
  /** Its words in other languages, by language tag; `{}` when none. */
  translations: CampaignTranslations;
}

/**
 * What a contribute campaign adds: each contribution becomes a task of a companion check
 * campaign, which asks `checkQuestion` of `checkAnswersPerTask` other members, paying them
 * `checkReward` each out of `checkBudget` (base units). Lengths in characters.
 */
export interface ContributionSettings {
  checkQuestion: string;
  checkReward: bigint;
  checkBudget: bigint;
  checkAnswersPerTask: number;
  minLength: number;
  maxLength: number;
}

const CONTRIBUTION_FIELDS = ['checkQuestion', 'checkReward', 'checkBudget', 'checkAnswersPerTask', 'minLength', 'maxLength'] as const;

/**
 * Validates a campaign definition.
 * @throws DomainError campaign.invalid_definition with every problem found.
 */
export function parseCampaignDefinition(input: unknown): CampaignDefinition {
  const parsed = campaignDefinitionSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new DomainError('campaign.invalid_definition', { problems: parsed.error.issues.flatMap((i) => zodProblem(i, 'definition')) });
  const d = parsed.data;
  const problems: Problem[] = [];
  const kinded = kindOptions(d.kind, d.options);
  const options = 'options' in kinded ? kinded.options : undefined;
  if ('problem' in kinded) problems.push(kinded.problem);
  if (options && new Set(options.map((o) => o.id)).size !== options.length) problems.push(problem('options', 'ids_not_unique'));
  // A contribute task takes answersPerTask contributions and no more: nothing waits for a consensus there.
  const maxAnswersPerTask = d.maxAnswersPerTask ?? (d.kind === 'contribute' ? d.answersPerTask : d.answersPerTask + 2);
  if (maxAnswersPerTask < d.answersPerTask) problems.push({ field: 'maxAnswersPerTask', code: 'below_field', params: { other: 'answersPerTask' } });
  if (d.reward > d.budget) problems.push(problem('budget', 'budget_below_reward'));
  // A baseline model votes for one of a classifier's labels; a preference between two outputs has none.
  if (d.kind === 'pairwise' && d.baselineModel !== undefined) problems.push({ field: 'baselineModel', code: 'no_baseline', params: { kind: d.kind } });
  // A classifier votes for one label; a set of labels is no single vote (multi-label baselines are not built yet).
  if (d.kind === 'multilabel' && d.baselineModel !== undefined) problems.push({ field: 'baselineModel', code: 'no_baseline', params: { kind: d.kind } });
  const contribution = d.kind === 'contribute' ? contributionSettings(d, problems) : null;
  if (d.kind !== 'contribute')
    for (const f of CONTRIBUTION_FIELDS) if (d[f] !== undefined) problems.push(problem(f, 'contribute_only'));
  if (d.translations) translationProblems(d.translations, d.kind, options ?? [], problems);
  if (problems.length > 0) throw new DomainError('campaign.invalid_definition', { problems });
  return {
    name: d.name,
    kind: d.kind,
    question: d.question,
    options: options!,
    reward: d.reward,
    budget: d.budget,
    answersPerTask: d.answersPerTask,
    maxAnswersPerTask,
    targetConfidence: d.targetConfidence,
    goldShare: d.goldShare,
    consensusMode: d.consensusMode,
    minAccuracy: d.minAccuracy ?? null,
    minEvidence: d.minEvidence,
    goldMinAnswers: d.goldMinAnswers,
    goldMaxFailure: d.goldMaxFailure,
    minThinkMs: d.minThinkMs,
    baselineModel: d.baselineModel ?? null,
    chatIds: d.chatIds,
    license: d.license ?? null,
    contribution,
    translations: d.translations ?? {},
  };
}

/** What is wrong with a definition's translations across fields: option ids it does not have, a check question without a check. */
function translationProblems(t: CampaignTranslations, kind: CampaignKind, options: CampaignOption[], problems: Problem[]): void {
  const ids = new Set(options.map((o) => o.id));
  for (const [tag, words] of Object.entries(t)) {
    for (const id of Object.keys(words.options ?? {}))
      if (!ids.has(id)) problems.push(problem(`translations.${tag}.options.${id}`, 'not_an_option_id'));
    if (words.checkQuestion !== undefined && kind !== 'contribute') problems.push(problem(`translations.${tag}.checkQuestion`, 'contribute_only'));
  }
}

/** A contribute campaign's settings with their defaults; what is wrong goes to `problems`. */
function contributionSettings(d: z.output<typeof campaignDefinitionSchema>, problems: Problem[]): ContributionSettings {
  // A text of its own has no baseline model to vote on it; its check campaign may get one later.
  if (d.baselineModel !== undefined) problems.push({ field: 'baselineModel', code: 'no_baseline', params: { kind: 'contribute' } });
  // A text has no known answer to hide among the tasks: members judge it in the checks.
  if (d.goldShare > 0) problems.push(problem('goldShare', 'no_gold'));
  if (d.checkReward === undefined) problems.push(problem('checkReward', 'check_reward_required'));
  if (d.checkBudget === undefined) problems.push(problem('checkBudget', 'check_budget_required'));
  if (d.checkReward !== undefined && d.checkBudget !== undefined && d.checkReward > d.checkBudget) problems.push(problem('checkBudget', 'check_budget_below_reward'));
  const minLength = d.minLength ?? DEFAULT_MIN_LENGTH;
  const maxLength = d.maxLength ?? Math.max(DEFAULT_MAX_LENGTH, minLength);
  if (maxLength < minLength) problems.push({ field: 'maxLength', code: 'below_field', params: { other: 'minLength' } });
  return {
    checkQuestion: d.checkQuestion ?? DEFAULT_CHECK_QUESTION,
    checkReward: d.checkReward ?? 0n,
    checkBudget: d.checkBudget ?? 0n,
    checkAnswersPerTask: d.checkAnswersPerTask ?? MIN_CHECK_ANSWERS_PER_TASK,
    minLength,
    maxLength,
  };
}

/** A field of a campaign definition. */
export type CampaignDefinitionField = keyof typeof campaignDefinitionSchema.shape;

/**
 * Checks one field of a definition alone, by the same rules as parseCampaignDefinition
 * (a guided conversation asks for one field at a time); rules across fields are left to
 * parseCampaignDefinition. Returns the problems, none when the value is fine.
 */
export function campaignFieldProblems(field: CampaignDefinitionField, value: unknown): Problem[] {
  const parsed = campaignDefinitionSchema.shape[field].safeParse(value, { reportInput: true });
  if (parsed.success) {
    if (field === 'options' && Array.isArray(parsed.data) && new Set(parsed.data.map((o) => (o as CampaignOption).id)).size !== parsed.data.length)
      return [problem('options', 'ids_not_unique')];
    return [];
  }
  return parsed.error.issues.flatMap((i) => zodProblem(i, field, [field]));
}
