import type { Problem, ProblemCode, ProblemParams } from '../../core';
import type { Translator } from './i18n/translator';

type RefusalFacts = NonNullable<ProblemParams['media_refused']['facts']>;

/** A width and height as "20000x10000" (a size, not an amount: no digit grouping). */
const sizeOf = (f: { width: number; height: number }): string => `${f.width}x${f.height}`;

/** The media check's words, by the case of its facts (core/media/media-refusal.ts). */
const refusals: { [C in RefusalFacts['case']]: (t: Translator, f: Extract<RefusalFacts, { case: C }>) => string } = {
  'image.too_many_bytes': (t, f) => t.t('problem-media-image-too-many-bytes', { bytes: f.bytes, max: f.max }),
  'image.unsupported_format': (t, f) =>
    f.format === 'unknown' ? t.t('problem-media-image-format-unknown', { accepted: f.accepted }) : t.t('problem-media-image-format', { format: f.format, accepted: f.accepted }),
  'image.no_size': (t) => t.t('problem-media-image-no-size'),
  'image.too_many_pixels': (t, f) => t.t('problem-media-image-too-many-pixels', { size: sizeOf(f), max: f.max }),
  'image.bad_aspect_ratio': (t, f) => t.t('problem-media-image-aspect-ratio', { size: sizeOf(f), max: f.max }),
  'zip.too_many_images': (t, f) => t.t('problem-media-zip-too-many-images', { count: f.count, max: f.max }),
  'zip.too_many_pixels': (t, f) => t.t('problem-media-zip-too-many-pixels', { max: f.max }),
  'zip.stored_too_large': (t, f) => t.t('problem-media-zip-stored-too-large', { max: f.max }),
  'zip.unsafe_path': (t, f) => t.t('problem-media-zip-unsafe-name', { name: f.name, why: f.why }),
  'zip.symbolic_link': (t, f) => t.t('problem-media-zip-symlink', { name: f.name }),
  'zip.not_a_file': (t, f) => t.t('problem-media-zip-not-a-file', { name: f.name, mode: f.mode }),
  'zip.encrypted': (t, f) => t.t('problem-media-zip-encrypted', { name: f.name }),
  // A method is a number of the ZIP format, not an amount: written as is.
  'zip.unsupported_compression': (t, f) => t.t('problem-media-zip-compression', { name: f.name, method: String(f.method) }),
  'zip.declares_too_large': (t, f) => t.t('problem-media-zip-declares-too-large', { name: f.name, bytes: f.bytes, max: f.max }),
  'zip.declares_ratio': (t, f) => t.t('problem-media-zip-declares-ratio', { name: f.name, max: f.max }),
  'zip.inflates_too_large': (t, f) => t.t('problem-media-zip-inflates-too-large', { name: f.name, max: f.max }),
  'zip.inflates_ratio': (t, f) => t.t('problem-media-zip-inflates-ratio', { name: f.name, max: f.max }),
  'zip.duplicate_name': (t, f) => t.t('problem-media-zip-duplicate', { name: f.name }),
};

/** A media refusal in the reader's words; core's English sentence where the refusal has no facts yet (fetches, unreadable archives). */
function refusalText(t: Translator, p: ProblemParams['media_refused']): string {
  return p.facts ? (refusals[p.facts.case] as (t: Translator, f: RefusalFacts) => string)(t, p.facts) : p.detail;
}

/**
 * The one table from problem code to the words a moderator reads, in their language.
 * Typed over every code, so a new code without a message fails compilation.
 */
const messages: { [C in ProblemCode]: (t: Translator, p: ProblemParams[C]) => string } = {
  required: (t) => t.t('problem-required'),
  empty: (t) => t.t('problem-empty'),
  not_text: (t) => t.t('problem-not-text'),
  not_number: (t) => t.t('problem-not-number'),
  not_integer: (t) => t.t('problem-not-integer'),
  not_list: (t) => t.t('problem-not-list'),
  not_object: (t) => t.t('problem-not-object'),
  invalid: (t) => t.t('problem-invalid'),
  too_short: (t, p) => t.t('problem-too-short', p),
  too_long: (t, p) => t.t('problem-too-long', p),
  too_few: (t, p) => t.t('problem-too-few', p),
  too_many: (t, p) => t.t('problem-too-many', p),
  too_small: (t, p) => t.t('problem-too-small', p),
  not_above: (t, p) => t.t('problem-not-above', p),
  too_large: (t, p) => t.t('problem-too-large', p),
  not_one_of: (t, p) => t.t('problem-not-one-of', p),
  unknown_key: (t) => t.t('problem-unknown-key'),
  bad_format: (t) => t.t('problem-bad-format'),
  not_tnet_amount: (t) => t.t('problem-not-tnet-amount'),
  option_id_format: (t) => t.t('problem-option-id-format'),
  license_format: (t) => t.t('problem-license-format'),
  chat_id_format: (t) => t.t('problem-chat-id-format'),
  language_tag: (t) => t.t('problem-language-tag'),
  too_many_languages: (t, p) => t.t('problem-too-many-languages', p),
  check_answers_too_few: (t, p) => t.t('problem-check-answers-too-few', p),
  ids_not_unique: (t) => t.t('problem-ids-not-unique'),
  fixed_options: (t, p) => t.t('problem-fixed-options', p),
  options_required: (t) => t.t('problem-options-required'),
  needs_labels: (t, p) => t.t('problem-needs-labels', p),
  too_many_labels: (t, p) => t.t('problem-too-many-labels', p),
  no_options: (t) => t.t('problem-no-options'),
  below_field: (t, p) => t.t('problem-below-field', p),
  budget_below_reward: (t) => t.t('problem-budget-below-reward'),
  check_budget_below_reward: (t) => t.t('problem-check-budget-below-reward'),
  no_baseline: (t, p) => t.t('problem-no-baseline', p),
  no_gold: (t) => t.t('problem-no-gold'),
  check_reward_required: (t) => t.t('problem-check-reward-required'),
  check_budget_required: (t) => t.t('problem-check-budget-required'),
  contribute_only: (t) => t.t('problem-contribute-only'),
  not_an_option_id: (t) => t.t('problem-not-an-option-id'),
  nul_byte: (t) => t.t('problem-nul-byte'),
  not_utf8: (t) => t.t('problem-not-utf8'),
  line_too_long: (t, p) => t.t('problem-line-too-long', p),
  nul_character: (t) => t.t('problem-nul-character'),
  lone_surrogate: (t) => t.t('problem-lone-surrogate'),
  not_json: (t) => t.t('problem-not-json'),
  not_json_object: (t) => t.t('problem-not-json-object'),
  header_empty_name: (t) => t.t('problem-header-empty-name'),
  header_repeats_name: (t) => t.t('problem-header-repeats-name'),
  header_no_content: (t) => t.t('problem-header-no-content'),
  column_count: (t, p) => t.t('problem-column-count', p),
  broken_csv: (t, p) => t.t('problem-broken-csv', p),
  file_empty: (t) => t.t('problem-file-empty'),
  no_items: (t) => t.t('problem-no-items'),
  id_wrong_type: (t) => t.t('problem-id-wrong-type'),
  gold_wrong_type: (t) => t.t('problem-gold-wrong-type'),
  id_too_long: (t, p) => t.t('problem-id-too-long', p),
  no_content: (t) => t.t('problem-no-content'),
  item_too_large: (t, p) => t.t('problem-item-too-large', p),
  duplicate_id: (t, p) => t.t('problem-duplicate-id', p),
  id_taken: (t, p) => t.t('problem-id-taken', p),
  pair_needs_text: (t, p) => t.t('problem-pair-needs-text', p),
  pair_outputs_same: (t) => t.t('problem-pair-outputs-same'),
  pair_too_long: (t, p) => t.t('problem-pair-too-long', p),
  field_not_text: (t, p) => t.t('problem-field-not-text', p),
  field_too_long: (t, p) => t.t('problem-field-too-long', p),
  control_character: (t, p) => t.t('problem-control-character', p),
  translates_missing: (t, p) => t.t('problem-translates-missing', p),
  contribute_needs_prompt: (t) => t.t('problem-contribute-needs-prompt'),
  gold_not_text: (t) => t.t('problem-gold-not-text'),
  gold_not_option: (t, p) => t.t('problem-gold-not-option', p),
  gold_not_a_set: (t) => t.t('problem-gold-not-a-set'),
  not_a_label: (t, p) => t.t('problem-not-a-label', p),
  ticked_twice: (t, p) => t.t('problem-ticked-twice', p),
  archive_too_large: (t, p) => t.t('problem-archive-too-large', p),
  image_not_text: (t) => t.t('problem-image-not-text'),
  image_not_file_or_url: (t, p) => t.t('problem-image-not-file-or-url', p),
  image_not_in_archive: (t, p) => t.t('problem-image-not-in-archive', p),
  image_refused: (t, p) => t.t('problem-image-refused', { image: p.image, detail: refusalText(t, p) }),
  media_refused: (t, p) => t.t('problem-media-refused', { detail: refusalText(t, p) }),
  community_id: (t) => t.t('problem-community-id'),
  grant_amount: (t) => t.t('problem-grant-amount'),
  chat_move_ids: (t) => t.t('problem-chat-move-ids'),
};

/** A problem in the reader's words: "<field>: <what is wrong>", "in <lang>: " first for an item's translated view. */
export function problemText(t: Translator, p: Problem): string {
  const words = (messages[p.code] as (t: Translator, params: unknown) => string)(t, p.params ?? {});
  const inLanguage = p.lang === undefined ? words : t.t('problem-in-language', { lang: p.lang, text: words });
  return p.field === '' ? inLanguage : t.t('problem-field', { field: p.field, text: inLanguage });
}

/** Problems as a list, one "- " line each. */
export function problemList(t: Translator, problems: readonly Problem[]): string {
  return problems.map((p) => `- ${problemText(t, p)}`).join('\n');
}
