import type { Readable } from 'node:stream';
import { campaignFieldProblems, createWithItems, isDomainError, MAX_CONTRIBUTION_LENGTH, MAX_LABELS, parseCampaignDefinition, type Actor, type CampaignDefinitionField, type Core, type UploadFormat } from '../../core';
import { errorText } from './error-text';
import { tnet } from './format';

export type WizardDeps = Pick<Core, 'campaigns' | 'moderation'>;

/**
 * Where a guided `/campaign new` stands: the fields asked in order, then the items, then the
 * go. A contribute campaign skips the options and asks its check campaign's settings and
 * the length of a text after the budget.
 */
export type WizardStep =
  | 'name'
  | 'kind'
  | 'question'
  | 'options'
  | 'reward'
  | 'answersPerTask'
  | 'budget'
  | 'checkQuestion'
  | 'checkReward'
  | 'checkBudget'
  | 'lengths'
  | 'items'
  | 'confirm';

export interface CampaignWizard {
  step: WizardStep;
  /** The definition so far, in the shape parseCampaignDefinition takes. */
  definition: Record<string, unknown>;
  /** The draft, once its items are imported (step confirm). */
  campaignId?: number;
  /** The community the campaign is for (decided when the conversation starts); absent: the platform. */
  communityId?: number | null;
}

/** What a step answers: the next state (undefined: the conversation is over) and the words. */
export interface WizardTurn {
  state: CampaignWizard | undefined;
  text: string;
}

type FieldStep = Exclude<WizardStep, 'items' | 'confirm'>;

const FIELD_STEPS: readonly FieldStep[] = ['name', 'kind', 'question', 'options', 'reward', 'answersPerTask', 'budget'];
/** A contribute campaign's fields: no options; its check campaign's settings and the text length after the budget. */
const CONTRIBUTE_STEPS: readonly FieldStep[] = ['name', 'kind', 'question', 'reward', 'answersPerTask', 'budget', 'checkQuestion', 'checkReward', 'checkBudget', 'lengths'];

const stepsOf = (definition: Record<string, unknown>): readonly FieldStep[] => (definition.kind === 'contribute' ? CONTRIBUTE_STEPS : FIELD_STEPS);

const PROMPTS: Record<Exclude<WizardStep, 'confirm' | 'checkQuestion' | 'checkReward' | 'checkBudget' | 'lengths'>, string> = {
  name: 'New campaign (send /cancel at any time to stop).\nStep 1 of 8: its name?',
  kind:
    'Step 2 of 8: which kind? label (pick a label for each item), vote (pick the better option), check (is a model right?), ' +
    'pairwise (which of two outputs is better: A, B, tie or both bad), multilabel (tick every label that applies) ' +
    'or contribute (members write a text, like a caption or a translation, and other members check it)',
  question: 'Step 3 of 8: the question members answer on every item?',
  options: 'Step 4 of 8: the options, separated by commas: cat, dog, bird. Give a label with = (pos=Positive). For a check campaign, - keeps Correct / Wrong.',
  reward: 'Step 5 of 8: the reward per accepted answer, in TNET (like 10 or 0.5)?',
  answersPerTask: 'Step 6 of 8: how many answers each task needs (1 to 100; 3 is usual)?',
  budget: 'Step 7 of 8: the total budget in TNET?',
  items:
    'Step 8 of 8: send the items as a CSV file (a header row, one item per line; optional columns id and gold) ' +
    'or a JSONL file (one JSON object per line), at most 20 MB; or a .zip holding one such file and the images its image column names.',
};

/** Starts the conversation for a community's campaign, or the platform's (null). */
export const startWizard = (communityId: number | null = null): WizardTurn => ({
  state: { step: 'name', definition: {}, ...(communityId === null ? {} : { communityId }) },
  text: PROMPTS.name,
});

/** What a pairwise campaign's items hold, said where its items are asked for (its options are fixed, their step skipped). */
const PAIRWISE_ITEMS = 'Each pairwise item has a prompt and two outputs: columns prompt, a, b, and optionally model_a and model_b to rank the models.';

/** A multilabel campaign's options are the labels members tick; its gold is a set. */
const MULTILABEL_OPTIONS =
  'Step 4 of 8: the labels members tick, 2 to 20, separated by commas: toxic, spam, off_topic. Give a label with = (off_topic=Off topic).';
const MULTILABEL_ITEMS = 'A known answer (gold) is a set of label ids joined by | (toxic|spam), or [] when none apply.';

/** A contribute campaign's text lengths when the moderator keeps the defaults (DEFAULT_MIN_LENGTH, DEFAULT_MAX_LENGTH). */
const DEFAULT_LENGTHS = '3-500';

/** A contribute campaign's questions from the one after the kind, without their step numbers (contributePrompt numbers them). */
const CONTRIBUTE_PROMPTS: Record<Exclude<FieldStep, 'name' | 'kind' | 'options'> | 'items', string> = {
  question: 'what members write for each item (like: Write a caption for this picture)?',
  reward: 'the reward per accepted text, in TNET (like 10 or 0.5)? A text is accepted when the members who check it find it good.',
  answersPerTask: 'how many texts each item takes, from different members (1 to 100)?',
  budget: 'the budget for the texts, in TNET?',
  checkQuestion: 'the question the checkers answer on each text (like: Is this a good caption?), or - for "Is this a good contribution?"',
  checkReward: 'the reward per accepted check, in TNET?',
  checkBudget: 'the budget for the checks, in TNET?',
  lengths: `how long a text may be, in characters, as min-max (like 10-200; at most ${MAX_CONTRIBUTION_LENGTH}), or - for ${DEFAULT_LENGTHS}?`,
  items:
    'send the items as a CSV file (a header row, one item per line; optional column id) or a JSONL file (one JSON object per line), at most 20 MB; ' +
    'or a .zip holding one such file and the images its image column names. Each item has a prompt (or text) to write about, an image, or both.',
};

function contributePrompt(step: Exclude<FieldStep, 'name' | 'kind' | 'options'> | 'items'): string {
  const all = [...CONTRIBUTE_STEPS, 'items'];
  return `Step ${all.indexOf(step) + 1} of ${all.length}: ${CONTRIBUTE_PROMPTS[step]}`;
}

function promptOf(step: Exclude<WizardStep, 'confirm'>, definition: Record<string, unknown>): string {
  if (definition.kind === 'contribute' && step !== 'name' && step !== 'kind' && step !== 'options') return contributePrompt(step);
  if (step === 'checkQuestion' || step === 'checkReward' || step === 'checkBudget' || step === 'lengths') return contributePrompt(step);
  if (step === 'items' && definition.kind === 'pairwise') return `${PROMPTS.items}\n${PAIRWISE_ITEMS}`;
  if (step === 'items' && definition.kind === 'multilabel') return `${PROMPTS.items}\n${MULTILABEL_ITEMS}`;
  if (step === 'options' && definition.kind === 'multilabel') return MULTILABEL_OPTIONS;
  return PROMPTS[step];
}

/** The prompt of the step the conversation waits on. */
export const wizardPrompt = (state: CampaignWizard): string =>
  state.step === 'confirm' ? confirmPrompt(state.campaignId!) : promptOf(state.step, state.definition);

const confirmPrompt = (campaignId: number) => `Send activate to start campaign #${campaignId}, or /cancel to drop it.`;

/**
 * Options as a moderator types them ("cat, dog, pos=Positive", by commas or lines) in the
 * definition's shape: ids, or { id, label } where a label is given with =. The wizard's step
 * and Discord's `options` option both read them here.
 */
export function optionsOf(text: string): (string | { id: string; label: string })[] {
  return text
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e.length > 0)
    .map((e) => {
      const eq = e.indexOf('=');
      return eq < 0 ? e : { id: e.slice(0, eq).trim(), label: e.slice(eq + 1).trim() };
    });
}

/** A step's answer as the value the definition holds, or the problem with it. */
function parseField(field: CampaignDefinitionField, text: string, definition: Record<string, unknown>): { value: unknown } | { problem: string } {
  const t = text.trim();
  switch (field) {
    case 'kind':
      return { value: t.toLowerCase() };
    case 'checkQuestion':
      // The check campaign's default question.
      return { value: t === '-' ? undefined : t };
    case 'options':
      if (t === '-') {
        if (definition.kind === 'check') return { value: undefined };
        return { problem: definition.kind === 'multilabel' ? 'options: a multilabel campaign needs the labels to tick' : 'options: label and vote campaigns need their options' };
      }
      return { value: optionsOf(t) };
    case 'answersPerTask':
      return /^\d{1,6}$/.test(t) ? { value: Number(t) } : { problem: 'answersPerTask: must be a whole number' };
    default:
      return { value: t };
  }
}

/**
 * A member's text answer to the step the conversation is on. Each field is checked by the
 * same rules as a definition file (campaignFieldProblems), the whole definition once the
 * budget is in (parseCampaignDefinition: the rules across fields). A wrong answer keeps the
 * step and says what is wrong.
 */
export function wizardText(state: CampaignWizard, text: string): WizardTurn {
  if (state.step === 'items') return { state, text: `Send the items as a document (a .csv or .jsonl file). ${promptOf('items', state.definition)}` };
  if (state.step === 'confirm') return { state, text: confirmPrompt(state.campaignId!) };
  const field = state.step;
  const parsed = field === 'lengths' ? parseLengths(text) : parseField(field, text, state.definition);
  if ('problem' in parsed) return { state, text: `${parsed.problem}\n${promptOf(field, state.definition)}` };
  const values: Record<string, unknown> = field === 'lengths' ? (parsed.value as Record<string, unknown>) : { [field]: parsed.value };
  const problems = Object.entries(values).flatMap(([f, v]) =>
    v === undefined ? [] : [...campaignFieldProblems(f as CampaignDefinitionField, v), ...kindFieldProblems(f as CampaignDefinitionField, v, state.definition)],
  );
  if (problems.length > 0) return { state, text: `That does not fit:\n- ${problems.join('\n- ')}\n${promptOf(field, state.definition)}` };
  const definition = { ...state.definition };
  for (const [f, v] of Object.entries(values)) {
    if (v === undefined) delete definition[f];
    else definition[f] = v;
  }
  const steps = stepsOf(definition);
  if (field === steps[steps.length - 1]) {
    try {
      parseCampaignDefinition(definition);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      // The rules across fields: asked again from the first money step of the campaign's kind.
      const again = definition.kind === 'contribute' ? 'reward' : 'budget';
      return { state: { ...state, step: again, definition }, text: `${errorText(e)}\n${promptOf(again, definition)}` };
    }
    return { state: { ...state, step: 'items', definition }, text: `${summary(definition)}\n\n${promptOf('items', definition)}` };
  }
  let next = steps[steps.indexOf(field) + 1]!;
  // A pairwise campaign's options are fixed (a, b, tie, both bad): nothing to ask.
  if (next === 'options' && definition.kind === 'pairwise') next = 'reward';
  return { state: { ...state, step: next, definition }, text: next === 'reward' && definition.kind === 'pairwise' ? `Its options are fixed: A, B, tie, both bad.\n${PROMPTS.reward}` : promptOf(next, definition) };
}

/**
 * What the definition's rules across fields would refuse later, said at the step itself:
 * a multilabel campaign's label count (kind-rules: 2 to MAX_LABELS), so the moderator fixes
 * it here rather than after the budget.
 */
function kindFieldProblems(field: CampaignDefinitionField, value: unknown, definition: Record<string, unknown>): string[] {
  if (field !== 'options' || definition.kind !== 'multilabel' || !Array.isArray(value)) return [];
  if (value.length > MAX_LABELS) return [`options: a multilabel campaign has at most ${MAX_LABELS} labels`];
  return [];
}

/** The lengths step's answer: min-max, or - for the defaults (both fields unset). */
function parseLengths(text: string): { value: { minLength: number | undefined; maxLength: number | undefined } } | { problem: string } {
  const t = text.trim();
  if (t === '-') return { value: { minLength: undefined, maxLength: undefined } };
  const m = /^(\d{1,6})\s*[-–]\s*(\d{1,6})$/.exec(t);
  if (!m) return { problem: 'lengths: write the least and the most characters as min-max, like 10-200' };
  const [minLength, maxLength] = [Number(m[1]), Number(m[2])];
  return minLength > maxLength ? { problem: 'lengths: the least must not be over the most' } : { value: { minLength, maxLength } };
}

function summary(d: Record<string, unknown>): string {
  const def = parseCampaignDefinition(d);
  const k = def.contribution;
  if (k) {
    return [
      `${def.name} (contribute): ${def.question}`,
      `Texts of ${k.minLength}–${k.maxLength} characters, checked by other members: ${k.checkQuestion}`,
      `${tnet(def.reward)} per accepted text, ${def.answersPerTask} text${def.answersPerTask === 1 ? '' : 's'} per item, budget ${tnet(def.budget)}`,
      `${tnet(k.checkReward)} per accepted check, ${k.checkAnswersPerTask} checks per text, budget ${tnet(k.checkBudget)}`,
    ].join('\n');
  }
  return [
    `${def.name} (${def.kind}): ${def.question}`,
    `Options: ${def.options.map((o) => (o.id === o.label ? o.id : `${o.id} (${o.label})`)).join(', ')}`,
    `${tnet(def.reward)} per accepted answer, ${def.answersPerTask} answers per task, budget ${tnet(def.budget)}`,
  ].join('\n');
}

/** The format of an uploaded file, from its name (or its type); undefined when it is none of them. */
export function itemFormatOf(fileName: string | undefined, mimeType: string | undefined): UploadFormat | undefined {
  const name = (fileName ?? '').toLowerCase();
  if (name.endsWith('.zip')) return 'zip';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (mimeType === 'text/csv') return 'csv';
  if (mimeType === 'application/x-ndjson' || mimeType === 'application/jsonl') return 'jsonl';
  if (mimeType === 'application/zip') return 'zip';
  return undefined;
}

/**
 * The items of the campaign: creates the draft with them, all or nothing (createWithItems;
 * core checks the actor's right to the community again and reserves the budget from its
 * allowance), so a broken upload leaves nothing behind and the member can send a fixed file.
 */
export async function wizardItems(deps: WizardDeps, state: CampaignWizard, actor: Actor, input: Readable, format: UploadFormat): Promise<WizardTurn> {
  if (state.step !== 'items') return { state, text: wizardPrompt(state) };
  const create = () => deps.moderation.create(actor, state.definition, state.communityId ?? null);
  const r = await createWithItems(deps.campaigns, create, { input, format }, { actorMemberId: actor.memberId, actor: actor.identity });
  // The definition was checked; what can still fail at creation is the allowance or the cap (others promised supply meanwhile).
  if (r.outcome === 'refused' && r.stage === 'create') return { state: { ...state, step: 'budget' }, text: `${errorText(r.error)}\n${promptOf('budget', state.definition)}` };
  if (r.outcome === 'refused') return { state, text: `${errorText(r.error)}\nFix the file and send it again, or /cancel.` };
  const campaignId = r.campaign.id;
  const gold = r.imported.gold > 0 ? ` (${r.imported.gold} of them with a known answer)` : '';
  return {
    state: { ...state, step: 'confirm', campaignId },
    text: `Imported ${r.imported.imported} item${r.imported.imported === 1 ? '' : 's'}${gold} into draft campaign #${campaignId}.\n${confirmPrompt(campaignId)}`,
  };
}

/** "activate" at the last step starts the campaign; anything else repeats the question. */
export async function wizardConfirm(deps: WizardDeps, state: CampaignWizard, actor: Actor, text: string): Promise<WizardTurn> {
  if (state.step !== 'confirm' || !/^(activate|yes|start)$/i.test(text.trim())) return wizardText(state, text);
  const c = await deps.moderation.transition(actor, state.campaignId!, 'activate');
  return { state: undefined, text: `Campaign #${c.id} is active. Post it in a group with /campaign post ${c.id} [cards at a time].` };
}

/** /cancel: ends the conversation; a draft it made is closed (it never ran). */
export async function wizardCancel(deps: WizardDeps, state: CampaignWizard, actor: Actor): Promise<WizardTurn> {
  if (state.campaignId !== undefined) {
    await deps.moderation.transition(actor, state.campaignId, 'close');
    return { state: undefined, text: `Cancelled. Draft campaign #${state.campaignId} is closed; it never ran.` };
  }
  return { state: undefined, text: 'Cancelled. No campaign was created.' };
}
