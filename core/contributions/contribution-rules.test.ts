import {
  contributionBudgetLeft,
  contributeItemProblem,
  contributionCorrection,
  contributionEntries,
  contributionPayment,
  contributionProblem,
  itemPrompt,
  normalise,
  normKey,
  type CheckOutcome,
  type ContributionPayment,
  type ContributionRefusal,
} from './contribution-rules';

describe('normalise', () => {
  it.each([
    ['Hello, World!', 'hello world'],
    ['  many   spaces\n\tand lines ', 'many spaces and lines'],
    ['ＦＵＬＬ　ｗｉｄｔｈ', 'full width'],
    ['ﬁne ligature', 'fine ligature'],
    ['«Guillemets» — and – dashes…', 'guillemets and dashes'],
    ['Straße', 'straße'],
    ['😀 smile', 'smile'],
    ['!!! ... ???', ''],
    ['bon\u200Bjour', 'bonjour'],
    ['bon\u00ADjour', 'bonjour'],
    ['bon\u2060jour', 'bonjour'],
    ['\uFEFFbonjour', 'bonjour'],
    ['bon\u200C\u200Djour\u200E\u200F', 'bonjour'],
    ['\u202Ebonjour\u202C', 'bonjour'],
    ['\u2066bonjour\u2069', 'bonjour'],
    ['\u200B\u2060\u00AD', ''],
  ])('%j is %j', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });

  it('gives texts the same key when they differ only in case, spacing and punctuation', () => {
    expect(normKey('A cat, on a mat.')).toBe(normKey('a cat on a MAT'));
    expect(normKey('A cat on a mat')).not.toBe(normKey('A dog on a mat'));
  });

  it('gives a copy with an invisible character added the key of the original', () => {
    for (const invisible of ['\u200B', '\u00AD', '\u2060', '\uFEFF', '\u200D', '\u{E0041}']) {
      expect(normKey(`A cat${invisible} on a mat`)).toBe(normKey('A cat on a mat'));
    }
  });
});

describe('contributionProblem', () => {
  const limits = { minLength: 3, maxLength: 30 };
  const prompt = 'Translate: good morning';
  const cases: [string, string, string | null, ContributionRefusal | undefined][] = [
    ['accepts a text of its own', 'Bonjour', prompt, undefined],
    ['refuses nothing but whitespace', '   \n ', prompt, 'empty'],
    ['refuses nothing but punctuation', '?!…', prompt, 'empty'],
    ['refuses a control character', 'bon\u0000jour', prompt, 'control_character'],
    ['accepts line breaks and tabs', 'bon\njour\tok', prompt, undefined],
    ['refuses a bidi override', 'bon\u202Ejour', prompt, 'control_character'],
    ['refuses a bidi embedding', '\u202Abonjour\u202C', prompt, 'control_character'],
    ['refuses a bidi isolate', 'bon\u2067jour\u2069', prompt, 'control_character'],
    ['accepts a direction mark and a zero-width joiner', 'bon\u200Ejour \u{1F469}\u200D\u{1F4BB}', prompt, undefined],
    ['refuses nothing but invisible characters', '\u200B\u2060\u00AD', prompt, 'empty'],
    ['counts only visible characters toward the minimum', 'ab\u200B\u200B', prompt, 'too_short'],
    ['counts invisible characters toward the maximum', 'x'.repeat(29) + '\u200B\u200B', null, 'too_long'],
    ['refuses the prompt copied back with an invisible character', 'Good\u200B morning', 'Good morning', 'copied'],
    ['refuses the prompt copied back with a soft hyphen', 'Trans\u00ADlate: good morning', prompt, 'copied'],
    ['refuses a text shorter than the minimum', 'ab', prompt, 'too_short'],
    ['counts the trimmed text', '  abc  ', prompt, undefined],
    ['counts characters, not UTF-16 units', '𠀀'.repeat(30), null, undefined],
    ['refuses a text longer than the maximum', 'x'.repeat(31), prompt, 'too_long'],
    ['accepts a text exactly at the maximum', 'x'.repeat(30), null, undefined],
    ['refuses the prompt copied back', 'translate: Good Morning!', prompt, 'copied'],
    ['refuses a text holding the whole prompt', 'Hi. Good morning, all', 'Good morning', 'copied'],
    ['accepts a text sharing only part of a word with the prompt', 'goodmorningness', 'good morning', undefined],
    ['accepts any text for an item without a prompt', 'a red ball', null, undefined],
  ];
  it.each(cases)('%s', (_, text, p, expected) => {
    expect(contributionProblem(text, p, limits)).toBe(expected);
  });
});

describe('itemPrompt and contributeItemProblem', () => {
  it.each([
    [{ prompt: ' Say hi ' }, 'Say hi', undefined],
    [{ text: 'Translate this' }, 'Translate this', undefined],
    [{ image: 'https://example.org/a.png' }, null, undefined],
    [{ prompt: '  ' }, null, { field: '', code: 'contribute_needs_prompt' }],
    [{ prompt: 'p'.repeat(1501) }, 'p'.repeat(1501), { field: '', code: 'field_too_long', params: { name: 'prompt', max: 1500 } }],
  ])('%j has prompt %j and problem %j', (payload, prompt, problem) => {
    expect(itemPrompt(payload)).toBe(prompt);
    expect(contributeItemProblem(payload)).toEqual(problem);
  });
});

describe('contributionPayment', () => {
  const cases: [string, CheckOutcome, ContributionPayment][] = [
    ['waits while its check is open', { status: 'open', label: null, confidence: null }, { decided: false }],
    ['pays a contribution the checkers accept', { status: 'final', label: 'accept', confidence: 0.95 }, { decided: true, payable: true, rule: 'contribution.accepted' }],
    ['withholds one they reject', { status: 'final', label: 'reject', confidence: 0.95 }, { decided: true, payable: false, rule: 'contribution.rejected' }],
    ['withholds a tie (decided without a label)', { status: 'final', label: null, confidence: 0.5 }, { decided: true, payable: false, rule: 'contribution.uncertain' }],
    ['withholds a check closed without a sure consensus', { status: 'final_uncertain', label: 'accept', confidence: 0.5 }, { decided: true, payable: false, rule: 'contribution.uncertain' }],
    ['pays an uncertain check leaning to accept, as its checkers are paid', { status: 'final_uncertain', label: 'accept', confidence: 0.7 }, { decided: true, payable: true, rule: 'contribution.accepted' }],
    ['withholds an uncertain check leaning to reject', { status: 'final_uncertain', label: 'reject', confidence: 0.7 }, { decided: true, payable: false, rule: 'contribution.rejected' }],
  ];
  it.each(cases)('%s', (_, check, expected) => {
    expect(contributionPayment(check, 0.5)).toEqual(expected);
  });
});

describe('contributionEntries', () => {
  const accepted = { decided: true, payable: true, rule: 'contribution.accepted' } as const;
  const rejected = { decided: true, payable: false, rule: 'contribution.rejected' } as const;
  it('pays each accepted contribution the reward and withholds the rejected ones', () => {
    expect(contributionEntries([accepted, rejected, accepted], 10n, 100n)).toEqual([
      { amount: 10n, status: 'pending', rule: 'contribution.accepted' },
      { amount: 0n, status: 'withheld', rule: 'contribution.rejected' },
      { amount: 10n, status: 'pending', rule: 'contribution.accepted' },
    ]);
  });
  it('pays the earliest while the budget holds a whole reward, then withholds as budget.exhausted', () => {
    expect(contributionEntries([accepted, rejected, accepted, accepted], 10n, 19n)).toEqual([
      { amount: 10n, status: 'pending', rule: 'contribution.accepted' },
      { amount: 0n, status: 'withheld', rule: 'contribution.rejected' },
      { amount: 0n, status: 'withheld', rule: 'budget.exhausted' },
      { amount: 0n, status: 'withheld', rule: 'budget.exhausted' },
    ]);
  });
  it('writes nothing for nothing decided', () => {
    expect(contributionEntries([], 10n, 100n)).toEqual([]);
  });
});

describe('contributionCorrection', () => {
  const accepted: ContributionPayment = { decided: true, payable: true, rule: 'contribution.accepted' };
  const rejected: ContributionPayment = { decided: true, payable: false, rule: 'contribution.rejected' };
  const uncertain: ContributionPayment = { decided: true, payable: false, rule: 'contribution.uncertain' };
  it.each<[string, { net: bigint; rule: string }, ContributionPayment, ReturnType<typeof contributionCorrection>]>([
    ['paid, still accepted', { net: 5n, rule: 'contribution.accepted' }, accepted, { kind: 'none' }],
    ['paid, now rejected: taken back', { net: 5n, rule: 'contribution.accepted' }, rejected, { kind: 'take_back', amount: -5n }],
    ['paid, now uncertain: taken back', { net: 5n, rule: 'contribution.accepted' }, uncertain, { kind: 'take_back', amount: -5n }],
    ['withheld as rejected, now accepted: paid', { net: 0n, rule: 'contribution.rejected' }, accepted, { kind: 'pay' }],
    ['withheld as uncertain, now accepted: paid', { net: 0n, rule: 'contribution.uncertain' }, accepted, { kind: 'pay' }],
    ['withheld as rejected, still rejected', { net: 0n, rule: 'contribution.rejected' }, rejected, { kind: 'none' }],
    ['taken back, accepted again: paid again', { net: 0n, rule: 'contribution.accepted' }, accepted, { kind: 'pay' }],
    ['taken back, still rejected', { net: 0n, rule: 'contribution.accepted' }, rejected, { kind: 'none' }],
    ['withheld for the budget, still accepted: stays', { net: 0n, rule: 'budget.exhausted' }, accepted, { kind: 'none' }],
    ['withheld for the budget, now rejected: nothing to take', { net: 0n, rule: 'budget.exhausted' }, rejected, { kind: 'none' }],
    ['check open: nothing', { net: 5n, rule: 'contribution.accepted' }, { decided: false }, { kind: 'none' }],
  ])('%s', (_, ledger, now, expected) => {
    expect(contributionCorrection(ledger, now)).toEqual(expected);
  });
});

describe('contributionBudgetLeft', () => {
  it.each([
    ['a running campaign: its remainder', { closed: false, budget: 100n, spent: 30n }, 70n],
    ['a running campaign spent out', { closed: false, budget: 100n, spent: 100n }, 0n],
    ['a closed campaign: nothing, its remainder went back to the supply', { closed: true, budget: 100n, spent: 30n }, 0n],
  ] as const)('%s', (_, c, expected) => {
    expect(contributionBudgetLeft(c)).toBe(expected);
  });
});
