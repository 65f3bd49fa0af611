import type { CampaignKind, CampaignOption } from '../domain/campaign-types';
import type { ConsensusMode } from '../domain/consensus-mode';
import type { ExportRecord } from './export-record';
import type { CampaignStats } from '../campaigns/campaign.service';
import { CONTRIBUTION_CARD_LINES, CONTRIBUTION_HF_COLUMNS } from './hf-contribution';
import { MULTILABEL_HF_COLUMNS, multilabelAgreement, multilabelConsensusWords, multilabelFields, multilabelLabelLines, type LabelCounts } from './hf-multilabel';

/**
 * A campaign as a Hugging Face dataset: one flat row per task, the same columns and value
 * types on every row (HF's json builder infers one schema for the whole file), and a
 * README.md dataset card whose YAML front matter the Hub and `datasets` read.
 */

/** A column's type, as `datasets` names it; `label_id` is declared a ClassLabel over the options. */
export type HfDtype = 'string' | 'int64' | 'float64' | 'bool';

export interface HfColumn {
  name: string;
  /** The value's type; of each element for a sequence. */
  dtype: HfDtype;
  /** A list of values (a multilabel set, or a value per label). */
  sequence?: true;
  /** Declared a ClassLabel over the options in the card (int64 class indices). */
  classLabel?: true;
  /** What the column holds, for the card. */
  meaning: string;
}

export type HfValue = string | number | boolean | null | readonly number[];
export type HfRow = Record<string, HfValue>;

const HEAD: readonly HfColumn[] = [
  { name: 'task_id', dtype: 'int64', meaning: "the task's id" },
  { name: 'item_key', dtype: 'string', meaning: "the item's id from the import file (else its line number)" },
];

const ITEM: readonly HfColumn[] = [
  { name: 'text', dtype: 'string', meaning: "the item's text; null when it has none" },
  { name: 'image', dtype: 'string', meaning: "the item's image field as given: an https URL, or a stored upload's name (its sha256 in hex, .jpg or .png; in the operator's media store, not in this folder); null when it has none" },
];

const PAIR: readonly HfColumn[] = [
  { name: 'prompt', dtype: 'string', meaning: 'the prompt both outputs answer' },
  { name: 'a', dtype: 'string', meaning: 'output a' },
  { name: 'b', dtype: 'string', meaning: 'output b' },
  { name: 'model_a', dtype: 'string', meaning: 'the model that wrote a; null when not given' },
  { name: 'model_b', dtype: 'string', meaning: 'the model that wrote b; null when not given' },
];

const EXTRA: HfColumn = { name: 'item_json', dtype: 'string', meaning: "the item's other fields as JSON text; null when it has none" };

const LABEL: HfColumn = { name: 'label', dtype: 'string', meaning: 'the option id the consensus chose; null while undecided' };
const PREFERENCE: HfColumn = { name: 'preference', dtype: 'string', meaning: 'the consensus: a, b, tie or both_bad; null while undecided' };

const TAIL: readonly HfColumn[] = [
  { name: 'label_id', dtype: 'int64', classLabel: true, meaning: "the consensus as a class index into the label names; -1 while undecided" },
  { name: 'confidence', dtype: 'float64', meaning: 'the consensus posterior of that label, 0..1; null while undecided' },
  { name: 'answers', dtype: 'int64', meaning: 'answers the task received' },
  { name: 'status', dtype: 'string', meaning: 'open, final or final_uncertain' },
  { name: 'uncertain', dtype: 'bool', meaning: 'true when the task reached its maximum answers without the target confidence' },
  { name: 'gold_label', dtype: 'string', meaning: 'the known answer of a gold task; null otherwise' },
  { name: 'baseline_label', dtype: 'string', meaning: "the baseline model's label; null without a baseline" },
  { name: 'baseline_probability', dtype: 'float64', meaning: "the baseline model's probability of its label" },
  { name: 'model_verified', dtype: 'string', meaning: "members' verdict on the baseline's label from a check campaign (yes, no, unsure); null without one" },
];

/** The columns of a kind's rows, in the order every line writes them. */
export function datasetColumns(kind: CampaignKind): readonly HfColumn[] {
  if (kind === 'contribute') return CONTRIBUTION_HF_COLUMNS;
  if (kind === 'multilabel') return [...HEAD, ...ITEM, EXTRA, ...MULTILABEL_HF_COLUMNS];
  return kind === 'pairwise' ? [...HEAD, ...PAIR, EXTRA, PREFERENCE, ...TAIL] : [...HEAD, ...ITEM, EXTRA, LABEL, ...TAIL];
}

/** The payload's fields that get columns of their own, per kind. */
const knownFields = (kind: CampaignKind): readonly string[] => (kind === 'pairwise' ? ['prompt', 'a', 'b', 'model_a', 'model_b'] : ['text', 'image']);

/**
 * One task as a flat HF row. The payload's known fields become string columns (a known
 * field that is not text stays in item_json, so a column never changes type); every
 * other field goes to item_json, as JSON text.
 */
export function datasetRecord(kind: CampaignKind, options: readonly CampaignOption[], r: ExportRecord): HfRow {
  const parsed: unknown = JSON.parse(r.itemJson);
  const payload = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  const own: HfRow = {};
  const rest: Record<string, unknown> = {};
  for (const field of knownFields(kind)) own[field] = null;
  if (payload) {
    for (const [k, v] of Object.entries(payload)) {
      if (k in own && typeof v === 'string') own[k] = v;
      else rest[k] = v;
    }
  }
  const itemJson = payload === undefined ? r.itemJson : Object.keys(rest).length === 0 ? null : JSON.stringify(rest);
  if (kind === 'multilabel') return { task_id: r.taskId, item_key: r.itemKey, ...own, item_json: itemJson, ...multilabelFields(options, r) };
  const labelId = r.consensusLabel === null ? -1 : options.findIndex((o) => o.id === r.consensusLabel);
  return {
    task_id: r.taskId,
    item_key: r.itemKey,
    ...own,
    item_json: itemJson,
    [kind === 'pairwise' ? 'preference' : 'label']: r.consensusLabel,
    label_id: labelId,
    confidence: r.confidence,
    answers: r.answers,
    status: r.status,
    uncertain: r.status === 'final_uncertain',
    gold_label: r.goldLabel,
    baseline_label: r.baselineLabel,
    baseline_probability: r.baselineProbability,
    model_verified: r.modelVerified,
  };
}

/**
 * A float64 value as JSON that always reads back as a float: 1 is written 1.0, since a
 * block of whole numbers (unanimous consensus) would otherwise be inferred int64 and clash
 * with the double of the next block.
 */
function floatJson(x: number): string {
  return Number.isInteger(x) && Math.abs(x) < 1e21 ? x.toFixed(1) : JSON.stringify(x);
}

/** A value as JSON; float64 numbers, in a list too, always as floats. */
function valueJson(c: HfColumn, v: HfValue): string {
  if (c.dtype !== 'float64') return JSON.stringify(v);
  if (typeof v === 'number') return floatJson(v);
  return Array.isArray(v) ? `[${(v as readonly number[]).map(floatJson).join(',')}]` : JSON.stringify(v);
}

/** One JSONL line (LF) of a row, its keys in column order. */
export function datasetLine(columns: readonly HfColumn[], row: HfRow): string {
  const parts = columns.map((c) => `${JSON.stringify(c.name)}:${valueJson(c, row[c.name] ?? null)}`);
  return `{${parts.join(',')}}\n`;
}

/** What the card says about the campaign. */
export interface CardCampaign {
  id: number;
  name: string;
  kind: CampaignKind;
  question: string;
  options: readonly CampaignOption[];
  consensusMode: ConsensusMode;
  answersPerTask: number;
  maxAnswersPerTask: number;
  targetConfidence: number;
  license: string | null;
}

/** The campaign's counts when it was exported (CampaignService.stats). */
export type CardCounts = Pick<CampaignStats, 'tasks' | 'goldTasks' | 'openTasks' | 'finalTasks' | 'uncertainTasks' | 'answers' | 'members' | 'agreement'>;

/** What the export wrote: its rows, and how many had a text or an image. */
export interface CardContents {
  rows: number;
  /** Only final tasks (certain or not) were written. */
  finalOnly: boolean;
  withText: number;
  withImage: number;
  /** A multilabel campaign's: how often each label is in the rows' decided sets. */
  labelCounts?: LabelCounts;
}

/** The Hub's size category for a number of rows. */
export function sizeCategory(rows: number): string {
  const bands: [number, string][] = [
    [1e3, 'n<1K'],
    [1e4, '1K<n<10K'],
    [1e5, '10K<n<100K'],
    [1e6, '100K<n<1M'],
    [1e7, '1M<n<10M'],
    [1e8, '10M<n<100M'],
    [1e9, '100M<n<1B'],
  ];
  return bands.find(([limit]) => rows < limit)?.[1] ?? 'n>1B';
}

/** The Hub's task category: pairwise is preference data for text generation; images make image classification. */
export function taskCategory(kind: CampaignKind, contents: CardContents): string {
  if (kind === 'pairwise') return 'text-generation';
  // Texts written about pictures alone are captions; about prompts, text generation.
  if (kind === 'contribute') return contents.withImage > 0 && contents.withText === 0 ? 'image-to-text' : 'text-generation';
  return contents.withImage > 0 && contents.withText === 0 ? 'image-classification' : 'text-classification';
}

/** The Hub's task ids under the category: a multilabel campaign's is multi-label classification (of images, or of text). */
export function taskIds(kind: CampaignKind, contents: CardContents): string[] {
  if (kind !== 'multilabel') return [];
  return [taskCategory(kind, contents) === 'image-classification' ? 'multi-label-image-classification' : 'multi-label-classification'];
}

/** A YAML double-quoted scalar: JSON's string escapes are YAML's. */
const q = (s: string): string => JSON.stringify(s);

/** Markdown table cell text: no line breaks, pipes escaped. */
const cell = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

const WHAT_MEMBERS_DID: Record<CampaignKind, string> = {
  label: 'picked one label for each item',
  vote: 'voted one option for each item',
  check: "checked a model's answer for each item",
  pairwise: 'compared two outputs (a and b) for one prompt and said which is better, or that they tie, or that both are bad',
  multilabel: 'ticked every label that applies to each item (possibly none)',
  contribute: 'wrote a text of their own for each item, which other members then checked',
};

const CONSENSUS_WORDS: Record<ConsensusMode, string> = {
  majority: 'a plain majority of the answers',
  one_coin: "a fitted model of each member's reliability (one accuracy per member, estimated by EM), which weighs each answer by it",
  dawid_skene: 'the Dawid-Skene model (a confusion matrix per member, estimated by EM), which weighs each answer by its member\'s fitted reliability',
};

const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** The card's YAML front matter, between its --- lines. */
function frontMatter(c: CardCampaign, contents: CardContents): string[] {
  const columns = datasetColumns(c.kind);
  const lines = [
    '---',
    `license: ${c.license === null ? 'unknown' : c.license.toLowerCase()}`,
    `pretty_name: ${q(c.name)}`,
    'task_categories:',
    `- ${taskCategory(c.kind, contents)}`,
    ...(taskIds(c.kind, contents).length > 0 ? ['task_ids:', ...taskIds(c.kind, contents).map((t) => `- ${t}`)] : []),
    'annotations_creators:',
    '- crowdsourced',
    'tags:',
    '- tnet',
    ...(c.kind === 'pairwise' ? ['- preference', '- pairwise'] : [`- ${c.kind}`]),
    'size_categories:',
    `- ${sizeCategory(contents.rows)}`,
    'configs:',
    '- config_name: default',
    '  data_files:',
    '  - split: train',
    '    path: data/*.jsonl',
    'dataset_info:',
    '  features:',
  ];
  const names = (indent: string) => c.options.map((o, i) => `${indent}${q(String(i))}: ${q(o.id)}`);
  for (const col of columns) {
    lines.push(`  - name: ${col.name}`);
    if (col.sequence && col.classLabel) lines.push('    sequence:', '      class_label:', '        names:', ...names('          '));
    else if (col.sequence) lines.push(`    sequence: ${col.dtype}`);
    else if (col.classLabel) lines.push('    dtype:', '      class_label:', '        names:', ...names('          '));
    else lines.push(`    dtype: ${col.dtype}`);
  }
  lines.push('  splits:', '  - name: train', `    num_examples: ${contents.rows}`, '---');
  return lines;
}

/** The dataset card (README.md): YAML front matter, then what the campaign asked and how its labels were made. */
export function datasetCard(c: CardCampaign, counts: CardCounts, contents: CardContents): string {
  const pairwise = c.kind === 'pairwise';
  const multilabel = c.kind === 'multilabel';
  const contribute = c.kind === 'contribute';
  const columns = datasetColumns(c.kind);
  const columnType = (col: HfColumn): string =>
    col.sequence ? `Sequence(${col.classLabel ? 'ClassLabel' : col.dtype})` : col.classLabel ? 'ClassLabel' : col.dtype;
  const labelLines = contribute
    ? [...CONTRIBUTION_CARD_LINES]
    : multilabel
    ? multilabelLabelLines(c.options, contents)
    : [
        '## Labels',
        '',
        `\`label_id\` is a class index into these names (${pairwise ? '`preference`' : '`label`'} holds the id itself):`,
        '',
        '| label_id | id | label |',
        '|---|---|---|',
        ...c.options.map((o, i) => `| ${i} | ${cell(o.id)} | ${cell(o.label)} |`),
        '',
      ];
  const consensusWords = contribute
    ? `Each contribution's check is decided by ${CONSENSUS_WORDS[c.consensusMode]} over its checkers' good / not good answers ` +
      `(consensus mode \`${c.consensusMode}\`); a check that reaches its maximum answers without the target confidence accepts the ` +
      'text when good is more likely than not (`uncertain: true`).'
    : multilabel
    ? multilabelConsensusWords(CONSENSUS_WORDS[c.consensusMode], c.consensusMode, c.answersPerTask, c.targetConfidence, c.maxAnswersPerTask)
    : `Each task's label is ${CONSENSUS_WORDS[c.consensusMode]} (consensus mode \`${c.consensusMode}\`). A task is final once it has at least ` +
      `${c.answersPerTask} answers and its consensus reaches a confidence of ${c.targetConfidence}; a task that reaches ${c.maxAnswersPerTask} ` +
      'answers without it is final but uncertain (`uncertain: true`).';
  const lines = [
    ...frontMatter(c, contents),
    '',
    `# ${c.name}`,
    '',
    `A ${c.kind} campaign (#${c.id}) of TNET mining: members of chat communities ${WHAT_MEMBERS_DID[c.kind]}. They were asked:`,
    '',
    `> ${c.question.replace(/\r?\n/g, '\n> ')}`,
    '',
    ...labelLines,
    '## Counts',
    '',
    '| | |',
    '|---|---|',
    `| rows in this dataset | ${contents.rows} |`,
    `| tasks | ${counts.tasks} |`,
    `| final (a sure consensus) | ${counts.finalTasks} |`,
    `| uncertain (maximum answers reached without the target confidence) | ${counts.uncertainTasks} |`,
    `| open (not gold) | ${counts.openTasks} |`,
    `| gold (known answers, used to score members) | ${counts.goldTasks} |`,
    `| answers | ${counts.answers} |`,
    `| members who answered | ${counts.members} |`,
    '',
    '## Agreement',
    '',
    contribute
      ? `${contents.rows} of the ${counts.answers} contributions were accepted by their checks.`
      : counts.agreement === null
      ? 'No answers have been scored against a consensus yet.'
      : multilabel ? multilabelAgreement(counts.agreement)
      : `${percent(counts.agreement)} of the scored answers matched their task's consensus.`,
    '',
    '## How the consensus was made',
    '',
    `${consensusWords} ` +
      (contribute ? 'Texts not accepted (rejected, or not yet decided) are not included.'
      : contents.finalOnly ? 'Only final tasks (certain or not) are included.'
      : multilabel ? 'Open tasks are included, with no set (`labels` null).'
      : 'Open tasks are included, with no label (`label_id` -1).'),
    '',
    '## Columns',
    '',
    contribute
      ? 'One JSON object per accepted contribution in `data/train.jsonl`, in the order they were written; every row has the same keys.'
      : 'One JSON object per task in `data/train.jsonl`, in task order; every row has the same keys.',
    '',
    '| column | type | meaning |',
    '|---|---|---|',
    ...columns.map((col) => `| \`${col.name}\` | ${columnType(col)} | ${col.meaning} |`),
    '',
  ];
  if (pairwise) {
    lines.push(
      '## Preferences',
      '',
      '`preference` is the members\' consensus on the pair: `a` or `b` (that output is better), `tie`, or `both_bad`. About half ' +
        'of the viewers of a task saw the sides swapped, so a lean towards the first-shown output averages out. For DPO training, ' +
        '`tnet campaign export <id> --format dpo` writes the decided pairs (final, a or b, not gold) as `{"prompt", "chosen", "rejected"}` lines.',
      '',
    );
  }
  lines.push(
    '## License',
    '',
    c.license === null ? 'Unspecified: the campaign named no license. Ask its owner before reusing the data.' : `\`${c.license}\`, as the campaign named it.`,
    '',
    '## Loading',
    '',
    '```python',
    'from datasets import load_dataset',
    '',
    `# the rows, their types read from the lines${contribute ? '' : ` (${multilabel ? 'labels as lists of int64' : 'label_id as int64'})`}`,
    'ds = load_dataset("json", data_dir="path/to/this/folder")',
    `# the folder as a dataset: this card's configs and features (${contribute ? 'its declared types' : multilabel ? 'labels as a Sequence of ClassLabel' : 'label_id as ClassLabel'}, no type guessing)`,
    'ds = load_dataset("path/to/this/folder")',
    '```',
    '',
  );
  return lines.join('\n');
}
