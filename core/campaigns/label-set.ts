/**
 * A multi-label answer ("tick every label that applies", issue 16) is a set of the
 * campaign's option ids, stored as one choice: the ids in the campaign's option order,
 * joined by LABEL_SEPARATOR (no option id holds it), the empty string for "none apply".
 * One canonical text per set, so two members who ticked the same labels store the same
 * choice, and a decided set is a consensus label like any other. Pure: no database.
 */
import type { CampaignOption } from '../domain/campaign-types';
import type { Problem } from '../domain/problem';

export const LABEL_SEPARATOR = '|';

/**
 * The most labels a multi-label campaign may have: a Telegram card holds one toggle per
 * label plus Done, a Discord select menu at most 25 values, and a decided set is a bit
 * mask of the labels (decide-label-set.ts).
 */
export const MAX_LABELS = 20;

/**
 * The share of a campaign's labels on which an answer must agree with the decided set
 * (ticked where it is ticked, left out where it is left out) to match it: with few labels
 * every label must agree, with eight a member may miss two.
 */
export const LABEL_MATCH_SHARE = 0.75;

/**
 * The least overlap (labels in both sets over labels in either, Jaccard) a match also needs
 * when either set ticks anything: with labels that are rarely present, agreeing on most of
 * them is cheap ("none apply" leaves out every absent label), so the ticks themselves
 * must mostly meet.
 */
export const LABEL_MATCH_OVERLAP = 0.5;

/** The canonical choice of the ticked option ids, or why they are not a set of the campaign's labels. */
export function labelSetChoice(options: readonly CampaignOption[], ids: readonly string[]): { choice: string } | { problem: Problem } {
  const index = new Map(options.map((o, i) => [o.id, i]));
  const ticked = new Set<number>();
  for (const id of ids) {
    const i = index.get(id);
    if (i === undefined) return { problem: { field: '', code: 'not_a_label', params: { label: id } } };
    if (ticked.has(i)) return { problem: { field: '', code: 'ticked_twice', params: { label: id } } };
    ticked.add(i);
  }
  return { choice: [...ticked].sort((a, b) => a - b).map((i) => options[i]!.id).join(LABEL_SEPARATOR) };
}

/** The option indices a stored choice ticks, ascending; undefined when it is not a canonical set of the options. */
export function parseLabelSet(options: readonly CampaignOption[], choice: string): number[] | undefined {
  if (choice === '') return [];
  const parsed = labelSetChoice(options, choice.split(LABEL_SEPARATOR));
  if ('problem' in parsed || parsed.choice !== choice) return undefined;
  const index = new Map(options.map((o, i) => [o.id, i]));
  return choice.split(LABEL_SEPARATOR).map((id) => index.get(id)!);
}

/** The set as a bit mask (bit i: option i ticked). */
export function labelMask(indices: readonly number[]): number {
  let mask = 0;
  for (const i of indices) mask |= 1 << i;
  return mask;
}

/** The canonical choice of a bit mask over the options. */
export function maskChoice(options: readonly CampaignOption[], mask: number): string {
  return options.filter((_, i) => (mask >>> i) & 1).map((o) => o.id).join(LABEL_SEPARATOR);
}

/** On how many of the campaign's labels two sets agree (both tick it, or both leave it out). */
export function labelAgreement(a: readonly number[], b: readonly number[], labels: number): number {
  const x = labelMask(a) ^ labelMask(b);
  let differ = 0;
  for (let i = 0; i < labels; i++) differ += (x >>> i) & 1;
  return labels - differ;
}

/**
 * Whether two label sets (option indices) match: they agree on at least LABEL_MATCH_SHARE
 * of the campaign's labels, and, unless both are empty, share at least LABEL_MATCH_OVERLAP
 * of the labels either ticks. The one rule for paying an answer and for a gold answer's record.
 */
export function labelSetsMatch(a: readonly number[], b: readonly number[], labels: number): boolean {
  if (labelAgreement(a, b, labels) < Math.ceil(LABEL_MATCH_SHARE * labels)) return false;
  const both = labelMask(a) & labelMask(b);
  const either = labelMask(a) | labelMask(b);
  if (either === 0) return true;
  return bitCount(both) >= LABEL_MATCH_OVERLAP * bitCount(either);
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask >>> 0; m !== 0; m >>>= 1) n += m & 1;
  return n;
}

/** Whether a multi-label answer matches a decided (or gold) set (labelSetsMatch). A choice that is not a set of the options never matches. */
export function labelSetMatches(options: readonly CampaignOption[], choice: string, decided: string): boolean {
  const a = parseLabelSet(options, choice);
  const b = parseLabelSet(options, decided);
  if (!a || !b) return false;
  return labelSetsMatch(a, b, options.length);
}

/**
 * The ticked set after one toggle: the id added when absent, removed when present. The
 * order of the result is the campaign's.
 */
export function toggleLabel(options: readonly CampaignOption[], choice: string, id: string): { choice: string } | { problem: string } {
  const ticked = parseLabelSet(options, choice);
  if (!ticked) return { problem: 'the ticked labels are not labels of this campaign' };
  const i = options.findIndex((o) => o.id === id);
  if (i < 0) return { problem: `"${id}" is not a label of this campaign` };
  return { choice: maskChoice(options, labelMask(ticked) ^ (1 << i)) };
}
