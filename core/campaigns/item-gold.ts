import type { CampaignKind, CampaignOption } from '../domain/campaign-types';
import { LABEL_SEPARATOR, labelSetChoice } from './label-set';
import { problem, type Problem } from '../domain/problem';

/** An import row's `gold` as read: text (a number is read as its text), or a JSON array. */
export type ItemGold = string | readonly unknown[];

/**
 * An import row's gold as its task stores it, or why it does not fit the campaign. A
 * single-choice kind takes one option id. A multilabel campaign takes a set of its label
 * ids: a JSON array (`["toxic", "spam"]`, `[]` for "none apply"), that array as text, or
 * the ids joined by '|' ("toxic|spam"); it is stored as the canonical choice (label-set.ts),
 * so a gold set compares with answers and decided sets as text. Pure.
 */
export function goldLabel(kind: CampaignKind, options: readonly CampaignOption[], gold: ItemGold | undefined): { gold: string | undefined } | { problem: Problem } {
  if (gold === undefined) return { gold: undefined };
  if (kind !== 'multilabel') {
    if (typeof gold !== 'string') return { problem: problem('', 'gold_not_text') };
    return options.some((o) => o.id === gold) ? { gold } : { problem: { field: '', code: 'gold_not_option', params: { gold, options: options.map((o) => o.id).join(', ') } } };
  }
  const ids = goldIds(gold);
  if ('problem' in ids) return ids;
  const set = labelSetChoice(options, ids.ids);
  return 'problem' in set ? { problem: { ...set.problem, field: 'gold' } } : { gold: set.choice };
}

const NOT_A_SET: Problem = problem('', 'gold_not_a_set');

/** The ids a multilabel gold names, in the order given. */
function goldIds(gold: ItemGold): { ids: readonly string[] } | { problem: Problem } {
  let list: readonly unknown[];
  if (typeof gold !== 'string') list = gold;
  else if (gold.trimStart().startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(gold);
    } catch {
      return { problem: NOT_A_SET };
    }
    if (!Array.isArray(parsed)) return { problem: NOT_A_SET };
    list = parsed;
  } else list = gold.split(LABEL_SEPARATOR).map((id) => id.trim());
  if (!list.every((id): id is string => typeof id === 'string' && id !== '')) return { problem: NOT_A_SET };
  return { ids: list };
}
