import { CONTRIBUTE_ELSEWHERE, itemFormatOf, startWizard, wizardText, type CampaignWizard } from './campaign-wizard';

/** Feeds answers in order from the start; returns the last turn's state and words. */
function walk(answers: string[]): { state: CampaignWizard | undefined; text: string } {
  let t = startWizard();
  for (const a of answers) t = wizardText(t.state!, a);
  return t;
}

describe('campaign wizard steps', () => {
  it('asks the fields in order and reaches the items with a checked definition', () => {
    const t = walk(['Pets', 'LABEL', 'Cat or dog?', 'cat, dog=Dog!', '0.5', '3', '100']);
    expect(t.state).toEqual({
      step: 'items',
      definition: { name: 'Pets', kind: 'label', question: 'Cat or dog?', options: ['cat', { id: 'dog', label: 'Dog!' }], reward: '0.5', answersPerTask: 3, budget: '100' },
    });
    expect(t.text).toContain('Pets (label): Cat or dog?');
    expect(t.text).toContain('0.5 TNET per accepted answer, 3 answers per task, budget 100 TNET');
  });

  it('keeps the step and names the rule when an answer breaks it', () => {
    const cases: [string[], RegExp][] = [
      [[''], /name: .*\nStep 1 of 8/s],
      [['Pets', 'poll'], /kind: .*\nStep 2 of 8/s],
      [['Pets', 'label', 'Q?', 'cat'], /options: .*\nStep 4 of 8/s],
      [['Pets', 'label', 'Q?', 'cat, cat'], /options: ids must be unique/],
      [['Pets', 'label', 'Q?', 'c a t, dog'], /option ids are 1-32 letters/],
      [['Pets', 'label', 'Q?', '-'], /label and vote campaigns need their options/],
      [['Pets', 'label', 'Q?', 'cat, dog', '-1'], /reward: must be a TNET amount/],
      [['Pets', 'label', 'Q?', 'cat, dog', '1', '0'], /answersPerTask: .*\nStep 6 of 8/s],
      [['Pets', 'label', 'Q?', 'cat, dog', '1', '3.5'], /answersPerTask: must be a whole number/],
      [['Pets', 'label', 'Q?', 'cat, dog', '10', '3', '5'], /budget: must cover at least one reward\nStep 7 of 8/],
    ];
    for (const [answers, expected] of cases) {
      const before = walk(answers.slice(0, -1)).state!;
      const t = wizardText(before, answers.at(-1)!);
      expect(t.text).toMatch(expected);
      expect(t.state!.step).toBe(before.step);
    }
  });

  it('lets a check campaign keep its Correct / Wrong options', () => {
    const t = walk(['Model check', 'check', 'Is the model right?', '-', '1', '3', '50']);
    expect(t.state!.step).toBe('items');
    expect(t.state!.definition.options).toBeUndefined();
    expect(t.text).toContain('Options: correct (Correct), wrong (Wrong)');
  });

  it('skips the options of a pairwise campaign and says what its items hold', () => {
    const afterQuestion = walk(['Replies', 'pairwise', 'Which reply is better?']);
    expect(afterQuestion.state!.step).toBe('reward');
    expect(afterQuestion.text).toMatch(/^Its options are fixed: A, B, tie, both bad\.\nStep 5 of 8/);
    const t = walk(['Replies', 'pairwise', 'Which reply is better?', '1', '3', '50']);
    expect(t.state!.step).toBe('items');
    expect(t.state!.definition.options).toBeUndefined();
    expect(t.text).toContain('Options: a (A is better), b (B is better), tie (Tie), both_bad (Both bad)');
    expect(t.text).toContain('columns prompt, a, b, and optionally model_a and model_b');
  });

  it('asks a multilabel campaign for the labels to tick, and says how its gold is a set', () => {
    const afterQuestion = walk(['Tags', 'multilabel', 'Which animals are in the picture?']);
    expect(afterQuestion.state!.step).toBe('options');
    expect(afterQuestion.text).toMatch(/^Step 4 of 8: the labels members tick, 2 to 20,/);
    expect(wizardText(afterQuestion.state!, 'cat').text).toMatch(/options: .*\nStep 4 of 8: the labels members tick/s);
    expect(wizardText(afterQuestion.state!, '-').text).toMatch(/^options: a multilabel campaign needs the labels to tick\nStep 4 of 8: the labels/);
    const many = Array.from({ length: 21 }, (_, i) => `l${i}`).join(', ');
    const refused = wizardText(afterQuestion.state!, many);
    expect(refused.state!.step).toBe('options');
    expect(refused.text).toContain('options: a multilabel campaign has at most 20 labels');
    const t = walk(['Tags', 'multilabel', 'Which animals are in the picture?', 'cat, dog=Dog', '1', '3', '50']);
    expect(t.state!.step).toBe('items');
    expect(t.state!.definition.options).toEqual(['cat', { id: 'dog', label: 'Dog' }]);
    expect(t.text).toContain('Tags (multilabel): Which animals are in the picture?');
    expect(t.text).toContain('A known answer (gold) is a set of label ids joined by | (toxic|spam), or [] when none apply.');
  });

  it('asks for a document when text comes at the items step', () => {
    const t = walk(['Pets', 'label', 'Q?', 'cat, dog', '1', '3', '50', 'here are my items']);
    expect(t.state!.step).toBe('items');
    expect(t.text).toMatch(/^Send the items as a document/);
  });

  it('knows an upload by its name or type', () => {
    expect(itemFormatOf('items.CSV', undefined)).toBe('csv');
    expect(itemFormatOf('items.jsonl', undefined)).toBe('jsonl');
    expect(itemFormatOf('items.ndjson', undefined)).toBe('jsonl');
    expect(itemFormatOf('data', 'text/csv')).toBe('csv');
    expect(itemFormatOf('notes.txt', 'text/plain')).toBeUndefined();
    expect(itemFormatOf(undefined, undefined)).toBeUndefined();
  });
});

describe('campaign wizard and contribute campaigns', () => {
  it('refuses the contribute kind at its step and points to the JSON definition and the CLI', () => {
    const t = walk(['Captions', 'Contribute']);
    expect(t.state).toEqual({ step: 'kind', definition: { name: 'Captions' } });
    expect(t.text.startsWith(`${CONTRIBUTE_ELSEWHERE}\n`)).toBe(true);
    expect(t.text).toMatch(/^kind: a contribute campaign is made from a JSON definition .* tnet campaign import <definition\.json> <items> .*\nStep 2 of 8: which kind\?/s);
  });
});
