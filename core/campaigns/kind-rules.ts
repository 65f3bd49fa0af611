import type { CampaignKind, CampaignOption } from '../domain/campaign-types';
import { MAX_LABELS } from './label-set';
import { problem, type Problem } from '../domain/problem';
import { contributeItemProblem } from '../contributions/contribution-rules';
import { itemReaderTags, itemTranslationProblem, readerPayload } from './campaign-translations';

/**
 * A pairwise campaign's answers, fixed: members prefer output a or b, call them even, or
 * find both bad. Ids are what answers, gold and exports store; labels are what core's own
 * texts say (chats show the sides in the order each viewer saw them, pair-order.ts).
 */
export const PAIRWISE_OPTIONS: readonly CampaignOption[] = [
  { id: 'a', label: 'A is better' },
  { id: 'b', label: 'B is better' },
  { id: 'tie', label: 'Tie' },
  { id: 'both_bad', label: 'Both bad' },
];

/** A model check is a yes/no question unless the moderator names other options. */
const CHECK_OPTIONS: readonly CampaignOption[] = [
  { id: 'correct', label: 'Correct' },
  { id: 'wrong', label: 'Wrong' },
];

/** A campaign's options from its kind and what the moderator gave, or why they do not fit. */
export function kindOptions(kind: CampaignKind, given: CampaignOption[] | undefined): { options: CampaignOption[] } | { problem: Problem } {
  switch (kind) {
    case 'pairwise':
      return given === undefined ? { options: [...PAIRWISE_OPTIONS] } : { problem: { field: 'options', code: 'fixed_options', params: { options: PAIRWISE_OPTIONS.map((o) => o.id).join(', ') } } };
    case 'check':
      return { options: given ?? [...CHECK_OPTIONS] };
    case 'label':
    case 'vote':
      return given === undefined ? { problem: problem('options', 'options_required') } : { options: given };
    case 'multilabel':
      if (given === undefined || given.length < 2) return { problem: { field: 'options', code: 'needs_labels', params: { min: 2 } } };
      return given.length > MAX_LABELS ? { problem: { field: 'options', code: 'too_many_labels', params: { max: MAX_LABELS } } } : { options: given };
    case 'contribute':
      // Members write; what the checkers pick from is the companion check campaign's (CONTRIBUTION_CHECK_OPTIONS).
      return given === undefined ? { options: [] } : { problem: problem('options', 'no_options') };
  }
}

/** The longest model name a pairwise item may give (it is a chart label). */
export const MAX_MODEL_NAME = 64;

/**
 * The most characters a pairwise item's prompt and outputs may hold together: with the
 * question (at most 1,000) and the card's lines, a group card stays one message (4,096
 * characters on Telegram, an embed's 4,096 on Discord), so its buttons stay under it.
 */
export const MAX_PAIR_TEXT = 2800;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * Why an item does not fit its campaign's kind, or undefined. A pairwise item is a prompt
 * and two different outputs, `a` and `b`, optionally naming the model of each (`model_a`,
 * `model_b`) for the campaign's ranking; a contribute item a prompt or a picture to write
 * about (contribution-rules.ts); other kinds take any content. Fields in other languages
 * (`prompt@ru`, campaign-translations.ts) translate fields the item has, and the item as
 * each language's reader sees it (readerPayload, a field at a time: `prompt@pt` and
 * `a@pt-BR` together for a pt-BR reader) meets the same rules.
 */
export function itemProblem(kind: CampaignKind, payload: Record<string, unknown>): Problem | undefined {
  const problem = itemTranslationProblem(payload) ?? kindProblem(kind, payload);
  if (problem) return problem;
  for (const tag of itemReaderTags(payload)) {
    const translated = kindProblem(kind, readerPayload(payload, tag));
    if (translated) return { ...translated, lang: tag };
  }
  return undefined;
}

function kindProblem(kind: CampaignKind, payload: Record<string, unknown>): Problem | undefined {
  if (kind === 'contribute') return contributeItemProblem(payload);
  if (kind !== 'pairwise') return undefined;
  for (const field of ['prompt', 'a', 'b'] as const) if (text(payload[field]) === undefined) return { field: '', code: 'pair_needs_text', params: { name: field } };
  if (text(payload.a) === text(payload.b)) return problem('', 'pair_outputs_same');
  const length = [payload.prompt, payload.a, payload.b].reduce((n: number, v) => n + [...(v as string)].length, 0);
  if (length > MAX_PAIR_TEXT) return { field: '', code: 'pair_too_long', params: { length, max: MAX_PAIR_TEXT } };
  for (const field of ['model_a', 'model_b'] as const) {
    const v = payload[field];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string') return { field: '', code: 'field_not_text', params: { name: field } };
    if (v.trim().length > MAX_MODEL_NAME) return { field: '', code: 'field_too_long', params: { name: field, max: MAX_MODEL_NAME } };
    if (CONTROL.test(v)) return { field: '', code: 'control_character', params: { name: field } };
  }
  return undefined;
}

/** The model names of a pairwise item, when it names both (else it takes no part in the ranking). */
export function pairModels(payload: Record<string, unknown>): { a: string; b: string } | undefined {
  const a = text(payload.model_a);
  const b = text(payload.model_b);
  return a !== undefined && b !== undefined && a !== b ? { a, b } : undefined;
}
