import { createHash } from 'node:crypto';
import type { CampaignOption } from '../domain/campaign-types';
import type { TaskStatus } from '../domain/task-status';
import type { RewardRule } from '../consensus/reward-rules';
import { itemInLanguage, itemLanguages } from '../campaigns/campaign-translations';
import { problem, type Problem } from '../domain/problem';

/**
 * The rules of a contribution (issue 16, "Contributions"): what text a member may write for
 * an item, and when it is paid. Pure: ContributionService and its statements apply them.
 */

/** The longest contribution a campaign may allow: with the prompt and the check question, a check card stays one chat message. */
export const MAX_CONTRIBUTION_LENGTH = 1000;
/** The longest prompt a contribute item may have (the check card shows it beside the contribution). */
export const MAX_PROMPT_LENGTH = 1500;
export const DEFAULT_MIN_LENGTH = 3;
export const DEFAULT_MAX_LENGTH = 500;
export const DEFAULT_CHECK_QUESTION = 'Is this a good contribution?';
/**
 * The fewest checkers a contribution's check asks (and its default): a check has no gold
 * to catch a ring, so one or two colluding members never decide a text alone.
 */
export const MIN_CHECK_ANSWERS_PER_TASK = 3;

/**
 * The companion check campaign's answers: ids are what its answers, consensus and the
 * payment decision store; labels what chats show.
 */
export const CONTRIBUTION_CHECK_OPTIONS: readonly CampaignOption[] = [
  { id: 'accept', label: 'Good' },
  { id: 'reject', label: 'Not good' },
];

/** The choice a contribution's answer row stores (its text lives in the contribution row). */
export const CONTRIBUTION_CHOICE = 'text';

/** Why a contribution is refused. */
export type ContributionRefusal = 'empty' | 'too_short' | 'too_long' | 'control_character' | 'copied' | 'duplicate';

/** A contribution's text and its limits, as a campaign sets them (characters: code points of the trimmed text). */
export interface TextLimits {
  minLength: number;
  maxLength: number;
}

// Unicode format characters: invisible, so a copy with one added looks like a new text.
const FORMAT = /\p{Cf}/gu;

/**
 * The form two texts are compared in: Unicode NFKC (full-width letters, ligatures and
 * compatibility forms fold), invisible format characters dropped (\p{Cf}: zero-width space
 * and joiners, soft hyphen, word joiner, byte-order mark, direction marks), lower case,
 * punctuation and symbols dropped, whitespace runs made one space. "Hello, World!",
 * "hello world" and "hel\u200Blo world" are the same contribution.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(FORMAT, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The key duplicates share within a campaign: a hash of the normal form (an index entry of fixed size). */
export function normKey(text: string): string {
  return createHash('sha256').update(normalise(text), 'utf8').digest('hex');
}

/** A contribution as it is stored: trimmed, line ends as \n. */
export const cleanText = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

// Control characters other than tab and line breaks (a NUL is not even storable), and the
// bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they reorder what
// a checker sees, so a text could read unlike what is stored and compared.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Why a text may not be a contribution to an item with `prompt` (null: an item with no
 * text, a picture to caption), or undefined when it may. Checked in order: empty (nothing
 * but whitespace, punctuation and format characters), a control character (bidi controls
 * included), too short (visible characters), too long, copied from the prompt (the same
 * once normalised, or holding the whole prompt). A duplicate of another member's
 * contribution is the store's to find (its unique key).
 */
export function contributionProblem(text: string, prompt: string | null, limits: TextLimits): ContributionRefusal | undefined {
  const clean = cleanText(text);
  const norm = normalise(clean);
  if (norm === '') return 'empty';
  if (CONTROL.test(clean)) return 'control_character';
  // Short counts what shows (format characters are invisible); long counts what is stored.
  if ([...clean.replace(FORMAT, '')].length < limits.minLength) return 'too_short';
  if ([...clean].length > limits.maxLength) return 'too_long';
  const p = prompt === null ? '' : normalise(prompt);
  if (p !== '' && (norm === p || ` ${norm} `.includes(` ${p} `))) return 'copied';
  return undefined;
}

/** The prompt a contribute item shows: its `prompt`, else its `text`; null when it has none (a picture alone). */
export function itemPrompt(payload: Record<string, unknown>): string | null {
  for (const field of ['prompt', 'text'] as const) {
    const v = payload[field];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return null;
}

/**
 * The item's prompt in each other language it has one in, as `prompt@<tag>` fields: a
 * contribution's check card carries them, so a checker reads the prompt in their language.
 */
export function promptTranslations(payload: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const prompt = itemPrompt(payload);
  for (const tag of itemLanguages(payload)) {
    const translated = itemPrompt(itemInLanguage(payload, tag));
    if (translated !== null && translated !== prompt) out[`prompt@${tag}`] = translated;
  }
  return out;
}

/** Why an item does not fit a contribute campaign, or undefined: it needs a prompt or a picture to write about. */
export function contributeItemProblem(payload: Record<string, unknown>): Problem | undefined {
  const prompt = itemPrompt(payload);
  if (prompt === null && (typeof payload.image !== 'string' || payload.image.trim() === '')) return problem('', 'contribute_needs_prompt');
  if (prompt !== null && [...prompt].length > MAX_PROMPT_LENGTH) return { field: '', code: 'field_too_long', params: { name: 'prompt', max: MAX_PROMPT_LENGTH } };
  return undefined;
}

/** The ledger rules of a contribution's payment. */
export type ContributionRule = Extract<RewardRule, 'contribution.accepted' | 'contribution.rejected' | 'contribution.uncertain' | 'budget.exhausted'>;

/** A contribution's check task as it stands. */
export interface CheckOutcome {
  status: TaskStatus;
  /** The decided option id (accept or reject), null for none. */
  label: string | null;
  confidence: number | null;
}

/** What a contribution earns: nothing yet (its check is open), or its ledger row's rule. */
export type ContributionPayment = { decided: false } | { decided: true; payable: boolean; rule: Exclude<ContributionRule, 'budget.exhausted'> };

/**
 * Whether a contribution is paid, from its check: paid when the checkers' consensus accepts
 * it; withheld when it rejects it or decides nothing sure. A task closed uncertain counts
 * as decided when its confidence is above `uncertainPaysAbove` (the rule scoring applies
 * to the checkers: UNCERTAIN_PAYS_ABOVE), so contributor and checkers are judged alike.
 */
export function contributionPayment(check: CheckOutcome, uncertainPaysAbove: number): ContributionPayment {
  if (check.status === 'open') return { decided: false };
  const sure = check.status === 'final' || (check.confidence ?? 0) > uncertainPaysAbove;
  if (!sure || check.label === null) return { decided: true, payable: false, rule: 'contribution.uncertain' };
  if (check.label === 'accept') return { decided: true, payable: true, rule: 'contribution.accepted' };
  return { decided: true, payable: false, rule: 'contribution.rejected' };
}

/** A decided contribution's ledger row, before it is written. */
export interface ContributionEntry {
  /** Base units; 0 when withheld. */
  amount: bigint;
  status: 'pending' | 'withheld';
  rule: ContributionRule;
}

/**
 * The ledger rows of decided contributions, in the order given (earliest first): each
 * payable one earns `reward` while `available` (base units left in the campaign's budget)
 * covers a whole reward, and is withheld as budget.exhausted after that.
 */
export function contributionEntries(decided: readonly Extract<ContributionPayment, { decided: true }>[], reward: bigint, available: bigint): ContributionEntry[] {
  let left = available;
  return decided.map((d) => {
    if (!d.payable) return { amount: 0n, status: 'withheld', rule: d.rule };
    if (left < reward) return { amount: 0n, status: 'withheld', rule: 'budget.exhausted' };
    left -= reward;
    return { amount: reward, status: 'pending', rule: d.rule };
  });
}

/** A contribution's ledger so far: the net of its rows (base units) and its first row's rule. */
export interface ContributionLedger {
  net: bigint;
  rule: string;
}

/** What a contribution's ledger needs now: nothing, its payment taken back (`amount` negative), or a reward paid. */
export type ContributionCorrection = { kind: 'none' } | { kind: 'take_back'; amount: bigint } | { kind: 'pay' };

/**
 * The correction a contribution's ledger needs when its check was decided again (a scoring
 * round re-scored the check task): a contribution paid whose check no longer pays it
 * (rejected, or uncertain below the bar) is taken back in full; one withheld on its
 * check's verdict (net 0) that the check now accepts is owed one reward. A contribution
 * withheld only because the budget ran out stays so (as when its check never moved). Rows
 * are never edited: the caller writes a consensus.corrected row, so a repeat finds the
 * ledger matching and needs nothing.
 */
export function contributionCorrection(ledger: ContributionLedger, now: ContributionPayment): ContributionCorrection {
  if (!now.decided) return { kind: 'none' };
  if (ledger.net > 0n && !now.payable) return { kind: 'take_back', amount: -ledger.net };
  if (ledger.net === 0n && now.payable && ledger.rule !== 'budget.exhausted') return { kind: 'pay' };
  return { kind: 'none' };
}

/**
 * What a contribute campaign may still spend on its texts (base units): its budget's
 * remainder while it runs; nothing once it is closed, since closing gave the remainder
 * back to the supply (a closed campaign reserves only what it spent), so a text its check
 * accepts after the close is withheld (budget.exhausted), and a payment taken back then
 * is not spent again.
 */
export function contributionBudgetLeft(c: { closed: boolean; budget: bigint; spent: bigint }): bigint {
  if (c.closed) return 0n;
  return c.budget > c.spent ? c.budget - c.spent : 0n;
}
