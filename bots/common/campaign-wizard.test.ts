import { itemFormatOf, startWizard, wizardText as wizardTextIn, type CampaignWizard } from './campaign-wizard';
import { english } from './i18n/translator';

const wizardText = (state: CampaignWizard, text: string) => wizardTextIn(english(), state, text);

/** Feeds answers in order from the start; returns the last turn's state and words. */
function walk(answers: string[]): { state: CampaignWizard | undefined; text: string } {
  let t = startWizard(english());
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
  const upToBudget = ['Captions', 'contribute', 'Write a caption for this picture.', '5', '2', '1000'];

  it('skips the options and asks the check settings and the text length after the budget', () => {
    expect(walk(upToBudget.slice(0, 2)).text).toBe('Step 3 of 11: what members write for each item (like: Write a caption for this picture)?');
    expect(walk(upToBudget.slice(0, 3)).text).toMatch(/^Step 4 of 11: the reward per accepted text/);
    expect(walk(upToBudget).text).toMatch(/^Step 7 of 11: the question the checkers answer on each text/);
    const t = walk([...upToBudget, 'Is this a good caption?', '1', '100', '10-200']);
    expect(t.state).toEqual({
      step: 'items',
      definition: {
        name: 'Captions',
        kind: 'contribute',
        question: 'Write a caption for this picture.',
        reward: '5',
        answersPerTask: 2,
        budget: '1000',
        checkQuestion: 'Is this a good caption?',
        checkReward: '1',
        checkBudget: '100',
        minLength: 10,
        maxLength: 200,
      },
    });
    expect(t.text).toBe(
      'Captions (contribute): Write a caption for this picture.\n' +
        'Texts of 10–200 characters, checked by other members: Is this a good caption?\n' +
        '5 TNET per accepted text, 2 texts per item, budget 1,000 TNET\n' +
        '1 TNET per accepted check, 3 checks per text, budget 100 TNET\n\n' +
        'Step 11 of 11: send the items as a CSV file (a header row, one item per line; optional column id) or a JSONL file (one JSON object per line), at most 20 MB; ' +
        'or a .zip holding one such file and the images its image column names. Each item has a prompt (or text) to write about, an image, or both.',
    );
  });

  it('keeps the defaults for - and says what is wrong with a length or a check budget', () => {
    const t = walk([...upToBudget, '-', '1', '100', '-']);
    expect(t.state?.step).toBe('items');
    expect(t.state?.definition).not.toHaveProperty('checkQuestion');
    expect(t.state?.definition).not.toHaveProperty('minLength');
    expect(t.text).toContain('Texts of 3–500 characters, checked by other members: Is this a good contribution?');
    const cases: [string[], RegExp][] = [
      [[...upToBudget, '-', '1', '100', 'long'], /^lengths: write the least and the most characters as min-max, like 10-200\nStep 10 of 11/],
      [[...upToBudget, '-', '1', '100', '20-10'], /^lengths: the least must not be over the most\nStep 10 of 11/],
      [[...upToBudget, '-', '1', '100', '1-1001'], /^That does not fit:\n- maxLength: .*\nStep 10 of 11/s],
      [[...upToBudget, '-', 'x'], /^That does not fit:\n- checkReward: .*\nStep 8 of 11/s],
      [[...upToBudget, '-', '5', '1', '-'], /^That campaign definition has problems:\n- checkBudget: must cover at least one check reward\nStep 4 of 11/],
    ];
    for (const [answers, re] of cases) expect(walk(answers).text).toMatch(re);
  });
});
