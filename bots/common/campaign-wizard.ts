import type { Readable } from 'node:stream';
import { campaignFieldProblems, createWithItems, isDomainError, MAX_CONTRIBUTION_LENGTH, MAX_LABELS, parseCampaignDefinition, type Actor, type CampaignDefinitionField, type Core, type UploadFormat } from '../../core';
import { errorText } from './error-text';
import type { MessageId } from './i18n/message-ids';
import type { Translator } from './i18n/translator';
import { problemText } from './problem-text';

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

/** The questions of the steps every kind but contribute asks, in the moderator's words. */
const PROMPTS: Record<Exclude<WizardStep, 'confirm' | 'checkQuestion' | 'checkReward' | 'checkBudget' | 'lengths'>, Extract<MessageId, `wizard-prompt-${string}`>> = {
  name: 'wizard-prompt-name',
  kind: 'wizard-prompt-kind',
  question: 'wizard-prompt-question',
  options: 'wizard-prompt-options',
  reward: 'wizard-prompt-reward',
  answersPerTask: 'wizard-prompt-answers-per-task',
  budget: 'wizard-prompt-budget',
  items: 'wizard-prompt-items',
};

/** Starts the conversation for a community's campaign, or the platform's (null). */
export const startWizard = (t: Translator, communityId: number | null = null): WizardTurn => ({
  state: { step: 'name', definition: {}, ...(communityId === null ? {} : { communityId }) },
  text: t.t('wizard-prompt-name'),
});

/** A contribute campaign's text lengths when the moderator keeps the defaults (DEFAULT_MIN_LENGTH, DEFAULT_MAX_LENGTH). */
const DEFAULT_LENGTHS = '3-500';

type ContributeStep = Exclude<FieldStep, 'name' | 'kind' | 'options'> | 'items';

/** A contribute campaign's questions from the one after the kind; each message numbers itself. */
const CONTRIBUTE_PROMPTS: Record<Exclude<ContributeStep, 'lengths'>, Exclude<Extract<MessageId, `wizard-contribute-${string}`>, 'wizard-contribute-lengths'>> = {
  question: 'wizard-contribute-question',
  reward: 'wizard-contribute-reward',
  answersPerTask: 'wizard-contribute-answers-per-task',
  budget: 'wizard-contribute-budget',
  checkQuestion: 'wizard-contribute-check-question',
  checkReward: 'wizard-contribute-check-reward',
  checkBudget: 'wizard-contribute-check-budget',
  items: 'wizard-contribute-items',
};

function contributePrompt(t: Translator, step: ContributeStep): string {
  const all = [...CONTRIBUTE_STEPS, 'items'];
  const at = { step: all.indexOf(step) + 1, steps: all.length };
  if (step === 'lengths') return t.t('wizard-contribute-lengths', { ...at, max: MAX_CONTRIBUTION_LENGTH, defaults: DEFAULT_LENGTHS });
  return t.t(CONTRIBUTE_PROMPTS[step], at);
}

function promptOf(t: Translator, step: Exclude<WizardStep, 'confirm'>, definition: Record<string, unknown>): string {
  if (definition.kind === 'contribute' && step !== 'name' && step !== 'kind' && step !== 'options') return contributePrompt(t, step);
  if (step === 'checkQuestion' || step === 'checkReward' || step === 'checkBudget' || step === 'lengths') return contributePrompt(t, step);
  if (step === 'items' && definition.kind === 'pairwise') return `${t.t('wizard-prompt-items')}\n${t.t('wizard-items-pairwise')}`;
  if (step === 'items' && definition.kind === 'multilabel') return `${t.t('wizard-prompt-items')}\n${t.t('wizard-items-multilabel')}`;
  if (step === 'options' && definition.kind === 'multilabel') return t.t('wizard-prompt-options-multilabel');
  return t.t(PROMPTS[step]);
}

/** The prompt of the step the conversation waits on. */
export const wizardPrompt = (t: Translator, state: CampaignWizard): string =>
  state.step === 'confirm' ? confirmPrompt(t, state.campaignId!) : promptOf(t, state.step, state.definition);

const confirmPrompt = (t: Translator, campaignId: number) => t.t('wizard-confirm', { campaignId });

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
function parseField(tr: Translator, field: CampaignDefinitionField, text: string, definition: Record<string, unknown>): { value: unknown } | { problem: string } {
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
        return { problem: tr.t(definition.kind === 'multilabel' ? 'wizard-problem-options-multilabel' : 'wizard-problem-options-needed') };
      }
      return { value: optionsOf(t) };
    case 'answersPerTask':
      return /^\d{1,6}$/.test(t) ? { value: Number(t) } : { problem: tr.t('wizard-problem-answers-whole') };
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
export function wizardText(t: Translator, state: CampaignWizard, text: string): WizardTurn {
  if (state.step === 'items') return { state, text: t.t('wizard-items-as-document', { prompt: promptOf(t, 'items', state.definition) }) };
  if (state.step === 'confirm') return { state, text: confirmPrompt(t, state.campaignId!) };
  const field = state.step;
  const parsed = field === 'lengths' ? parseLengths(t, text) : parseField(t, field, text, state.definition);
  if ('problem' in parsed) return { state, text: `${parsed.problem}\n${promptOf(t, field, state.definition)}` };
  const values: Record<string, unknown> = field === 'lengths' ? (parsed.value as Record<string, unknown>) : { [field]: parsed.value };
  const problems = Object.entries(values).flatMap(([f, v]) =>
    v === undefined ? [] : [...campaignFieldProblems(f as CampaignDefinitionField, v).map((p) => problemText(t, p)), ...kindFieldProblems(t, f as CampaignDefinitionField, v, state.definition)],
  );
  if (problems.length > 0) return { state, text: `${t.t('wizard-does-not-fit', { problems: problems.map((p) => `- ${p}`).join('\n') })}\n${promptOf(t, field, state.definition)}` };
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
      return { state: { ...state, step: again, definition }, text: `${errorText(t, e)}\n${promptOf(t, again, definition)}` };
    }
    return { state: { ...state, step: 'items', definition }, text: `${summary(t, definition)}\n\n${promptOf(t, 'items', definition)}` };
  }
  let next = steps[steps.indexOf(field) + 1]!;
  // A pairwise campaign's options are fixed (a, b, tie, both bad): nothing to ask.
  if (next === 'options' && definition.kind === 'pairwise') next = 'reward';
  return { state: { ...state, step: next, definition }, text: next === 'reward' && definition.kind === 'pairwise' ? `${t.t('wizard-pairwise-options-fixed')}\n${t.t(PROMPTS.reward)}` : promptOf(t, next, definition) };
}

/**
 * What the definition's rules across fields would refuse later, said at the step itself:
 * a multilabel campaign's label count (kind-rules: 2 to MAX_LABELS), so the moderator fixes
 * it here rather than after the budget.
 */
function kindFieldProblems(t: Translator, field: CampaignDefinitionField, value: unknown, definition: Record<string, unknown>): string[] {
  if (field !== 'options' || definition.kind !== 'multilabel' || !Array.isArray(value)) return [];
  if (value.length > MAX_LABELS) return [t.t('wizard-problem-too-many-labels', { max: MAX_LABELS })];
  return [];
}

/** The lengths step's answer: min-max, or - for the defaults (both fields unset). */
function parseLengths(tr: Translator, text: string): { value: { minLength: number | undefined; maxLength: number | undefined } } | { problem: string } {
  const t = text.trim();
  if (t === '-') return { value: { minLength: undefined, maxLength: undefined } };
  const m = /^(\d{1,6})\s*[-–]\s*(\d{1,6})$/.exec(t);
  if (!m) return { problem: tr.t('wizard-problem-lengths-format') };
  const [minLength, maxLength] = [Number(m[1]), Number(m[2])];
  return minLength > maxLength ? { problem: tr.t('wizard-problem-lengths-order') } : { value: { minLength, maxLength } };
}

function summary(t: Translator, d: Record<string, unknown>): string {
  const def = parseCampaignDefinition(d);
  const k = def.contribution;
  const head = t.t('wizard-summary-head', { name: def.name, kind: t.t('mod-kind-name', { kind: def.kind }), question: def.question });
  if (k) {
    return [
      head,
      t.t('wizard-summary-texts', { min: k.minLength, max: k.maxLength, checkQuestion: k.checkQuestion }),
      t.t('wizard-summary-texts-money', { reward: t.tnet(def.reward), texts: def.answersPerTask, budget: t.tnet(def.budget) }),
      t.t('wizard-summary-checks-money', { reward: t.tnet(k.checkReward), checks: k.checkAnswersPerTask, budget: t.tnet(k.checkBudget) }),
    ].join('\n');
  }
  const options = def.options.map((o) => (o.id === o.label ? o.id : t.t('wizard-summary-option-label', { optionId: o.id, label: o.label })));
  return [
    head,
    t.t('wizard-summary-options', { options: options.join(', ') }),
    t.t('wizard-summary-answers', { reward: t.tnet(def.reward), answers: def.answersPerTask, budget: t.tnet(def.budget) }),
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
export async function wizardItems(t: Translator, deps: WizardDeps, state: CampaignWizard, actor: Actor, input: Readable, format: UploadFormat): Promise<WizardTurn> {
  if (state.step !== 'items') return { state, text: wizardPrompt(t, state) };
  const create = () => deps.moderation.create(actor, state.definition, state.communityId ?? null);
  const r = await createWithItems(deps.campaigns, create, { input, format }, { actorMemberId: actor.memberId, actor: actor.identity });
  // The definition was checked; what can still fail at creation is the allowance or the cap (others promised supply meanwhile).
  if (r.outcome === 'refused' && r.stage === 'create') return { state: { ...state, step: 'budget' }, text: `${errorText(t, r.error)}\n${promptOf(t, 'budget', state.definition)}` };
  if (r.outcome === 'refused') return { state, text: t.t('wizard-file-refused', { error: errorText(t, r.error) }) };
  const campaignId = r.campaign.id;
  return {
    state: { ...state, step: 'confirm', campaignId },
    text: `${t.t('wizard-imported', { count: r.imported.imported, gold: r.imported.gold, campaignId })}\n${confirmPrompt(t, campaignId)}`,
  };
}

/** "activate" at the last step starts the campaign; anything else repeats the question. */
export async function wizardConfirm(t: Translator, deps: WizardDeps, state: CampaignWizard, actor: Actor, text: string): Promise<WizardTurn> {
  if (state.step !== 'confirm' || !/^(activate|yes|start)$/i.test(text.trim())) return wizardText(t, state, text);
  const c = await deps.moderation.transition(actor, state.campaignId!, 'activate');
  return { state: undefined, text: t.t('wizard-activated', { campaignId: c.id }) };
}

/** /cancel: ends the conversation; a draft it made is closed (it never ran). */
export async function wizardCancel(t: Translator, deps: WizardDeps, state: CampaignWizard, actor: Actor): Promise<WizardTurn> {
  if (state.campaignId !== undefined) {
    await deps.moderation.transition(actor, state.campaignId, 'close');
    return { state: undefined, text: t.t('wizard-cancelled-draft', { campaignId: state.campaignId }) };
  }
  return { state: undefined, text: t.t('wizard-cancelled') };
}
