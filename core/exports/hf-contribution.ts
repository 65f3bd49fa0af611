import { itemPrompt } from '../contributions/contribution-rules';
import type { HfColumn, HfRow } from './hf-dataset';

/**
 * A contribute campaign as a Hugging Face dataset: one row per accepted contribution (the
 * campaign's CSV/JSONL export, contribution-record.ts), flat, with its item's prompt and
 * picture beside the text and the check that accepted it. Rejected and undecided texts are
 * not in it: the dataset is what the members' checks let through.
 */
export const CONTRIBUTION_HF_COLUMNS: readonly HfColumn[] = [
  { name: 'contribution_id', dtype: 'string', meaning: "the contribution's id" },
  { name: 'task_id', dtype: 'int64', meaning: "the id of the item's task" },
  { name: 'item_key', dtype: 'string', meaning: "the item's id from the import file (else its line number)" },
  { name: 'prompt', dtype: 'string', meaning: "what the item asked the member to write about (its prompt, else its text); null for a picture alone" },
  { name: 'image', dtype: 'string', meaning: "the item's image field as given: an https URL, or a stored upload's name (in the operator's media store, not in this folder); null when it has none" },
  { name: 'item_json', dtype: 'string', meaning: "the item's other fields as JSON text; null when it has none" },
  { name: 'contribution', dtype: 'string', meaning: 'what the member wrote' },
  { name: 'check_task_id', dtype: 'int64', meaning: 'the task of the check campaign that judged it' },
  { name: 'checks', dtype: 'int64', meaning: 'members who checked it' },
  { name: 'accepts', dtype: 'int64', meaning: 'of them, those who said it is good' },
  { name: 'confidence', dtype: 'float64', meaning: "the check consensus's posterior of accept, 0..1" },
  { name: 'uncertain', dtype: 'bool', meaning: 'true when the check reached its maximum answers without the target confidence (accepted as more likely than not)' },
];

/** What a contribution JSONL export line holds (contributionJsonLine). */
interface ContributionLine {
  contribution_id: string;
  task_id: number;
  item_key: string;
  item: unknown;
  contribution: string;
  check_task_id: number;
  checks: number;
  accepts: number;
  confidence: number | null;
  uncertain: boolean;
}

/** One accepted contribution as a flat HF row, from its JSONL export line. */
export function contributionDatasetRecord(line: string): HfRow {
  const r = JSON.parse(line) as ContributionLine;
  const payload = r.item !== null && typeof r.item === 'object' && !Array.isArray(r.item) ? (r.item as Record<string, unknown>) : {};
  const prompt = itemPrompt(payload);
  // The prompt column holds the field itemPrompt took and image a text image; every other
  // field (a text beside a prompt, an image that is not text) stays in item_json.
  const took = prompt === null ? undefined : typeof payload.prompt === 'string' && payload.prompt.trim() !== '' ? 'prompt' : 'text';
  const image = typeof payload.image === 'string' ? payload.image : null;
  const rest = Object.fromEntries(Object.entries(payload).filter(([k]) => k !== took && !(k === 'image' && image !== null)));
  return {
    contribution_id: r.contribution_id,
    task_id: r.task_id,
    item_key: r.item_key,
    prompt,
    image,
    item_json: Object.keys(rest).length === 0 ? null : JSON.stringify(rest),
    contribution: r.contribution,
    check_task_id: r.check_task_id,
    checks: r.checks,
    accepts: r.accepts,
    confidence: r.confidence,
    uncertain: r.uncertain,
  };
}

/** The card's words on how the rows were chosen, in place of label names. */
export const CONTRIBUTION_CARD_LINES: readonly string[] = [
  '## Verification',
  '',
  'Every row is a text a member wrote and other members accepted: each contribution became a task of a check campaign, ' +
    'answered by members other than its author, and only texts whose check consensus said good are here. Empty texts, ' +
    'texts copied from the prompt and duplicates (the same text once case, punctuation and spacing are set aside) were ' +
    'refused before any check.',
  '',
];
