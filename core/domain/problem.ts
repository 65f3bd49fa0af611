/**
 * What is wrong with something a moderator gave (a campaign definition, an import row, a
 * community), as data: the field it is about ('' for the whole thing), a stable code and
 * the figures the words need. Core decides; the chat edge words it in the reader's
 * language (bots/common/problem-text.ts), so core holds no sentences (issue 17).
 */
import type { MediaRefusal, MediaRefusalFacts } from '../media/media-refusal';

/** A code whose words name no figure. */
type NoParams = Record<never, never>;

export interface ProblemParams {
  // Any value, by the schema's own checks (zod issues, mapped generically).
  required: NoParams;
  empty: NoParams;
  not_text: NoParams;
  not_number: NoParams;
  not_integer: NoParams;
  not_list: NoParams;
  not_object: NoParams;
  invalid: NoParams;
  too_short: { min: number };
  too_long: { max: number };
  too_few: { min: number };
  too_many: { max: number };
  too_small: { min: number };
  not_above: { min: number };
  too_large: { max: number };
  not_one_of: { values: string };
  unknown_key: NoParams;
  bad_format: NoParams;
  // A campaign definition's own checks.
  not_tnet_amount: NoParams;
  option_id_format: NoParams;
  license_format: NoParams;
  chat_id_format: NoParams;
  language_tag: NoParams;
  too_many_languages: { max: number };
  check_answers_too_few: { min: number };
  ids_not_unique: NoParams;
  fixed_options: { options: string };
  options_required: NoParams;
  needs_labels: { min: number };
  too_many_labels: { max: number };
  no_options: NoParams;
  below_field: { other: string };
  budget_below_reward: NoParams;
  check_budget_below_reward: NoParams;
  no_baseline: { kind: string };
  no_gold: NoParams;
  check_reward_required: NoParams;
  check_budget_required: NoParams;
  contribute_only: NoParams;
  not_an_option_id: NoParams;
  // An import file's lines and items.
  nul_byte: NoParams;
  not_utf8: NoParams;
  line_too_long: { max: number };
  nul_character: NoParams;
  lone_surrogate: NoParams;
  not_json: NoParams;
  not_json_object: NoParams;
  header_empty_name: NoParams;
  header_repeats_name: NoParams;
  header_no_content: NoParams;
  column_count: { expected: number; found: number };
  broken_csv: { detail: string };
  file_empty: NoParams;
  no_items: NoParams;
  id_wrong_type: NoParams;
  gold_wrong_type: NoParams;
  id_too_long: { max: number };
  no_content: NoParams;
  item_too_large: { max: number };
  duplicate_id: { id: string; line: number };
  id_taken: { id: string };
  pair_needs_text: { name: string };
  pair_outputs_same: NoParams;
  pair_too_long: { length: number; max: number };
  field_not_text: { name: string };
  field_too_long: { name: string; max: number };
  control_character: { name: string };
  translates_missing: { key: string; name: string };
  contribute_needs_prompt: NoParams;
  gold_not_text: NoParams;
  gold_not_option: { gold: string; options: string };
  gold_not_a_set: NoParams;
  not_a_label: { label: string };
  ticked_twice: { label: string };
  archive_too_large: { max: number };
  image_not_text: NoParams;
  image_not_file_or_url: { image: string };
  image_not_in_archive: { image: string };
  /** A refused image: the media refusal's code, its facts for the edge's words, and its English sentence (logs; the words where facts are missing). */
  image_refused: { image: string } & MediaRefusalParams;
  /** A media refusal (core/media): as image_refused. */
  media_refused: MediaRefusalParams;
  // A community.
  community_id: NoParams;
  grant_amount: NoParams;
  chat_move_ids: NoParams;
}

export type ProblemCode = keyof ProblemParams;

/** One problem: `params` carry what its words name; `lang` marks a problem of an item as read in that language. */
export type Problem = {
  [C in ProblemCode]: { field: string; code: C; lang?: string } & (keyof ProblemParams[C] extends never ? { params?: undefined } : { params: ProblemParams[C] });
}[ProblemCode];

/** A problem without params. */
export function problem(field: string, code: { [C in ProblemCode]: keyof ProblemParams[C] extends never ? C : never }[ProblemCode]): Problem {
  return { field, code } as Problem;
}

/** A media refusal's part of a problem's params. */
export interface MediaRefusalParams {
  refusal: string;
  detail: string;
  facts?: MediaRefusalFacts;
}

/** A media refusal's params: its code, its English sentence, and its facts when it has them. */
export const refusalParams = (refusal: MediaRefusal): MediaRefusalParams =>
  refusal.facts ? { refusal: refusal.code, detail: refusal.reason, facts: refusal.facts } : { refusal: refusal.code, detail: refusal.reason };

/** A media refusal (core/media) as a bad row's problem. */
export function mediaProblem(refusal: MediaRefusal): Problem {
  return { field: '', code: 'media_refused', params: refusalParams(refusal) };
}
