import { labelAgreement, labelMask, labelSetChoice, labelSetMatches, maskChoice, MAX_LABELS, parseLabelSet, toggleLabel } from './label-set';

const opts = (ids: string) => ids.split(' ').map((id) => ({ id, label: id.toUpperCase() }));
const four = opts('cat dog bird fish');

describe('labelSetChoice', () => {
  it.each([
    ['none ticked', [], { choice: '' }],
    ['one', ['dog'], { choice: 'dog' }],
    ['in the campaign order whatever the tick order', ['fish', 'cat'], { choice: 'cat|fish' }],
    ['every label', ['bird', 'dog', 'fish', 'cat'], { choice: 'cat|dog|bird|fish' }],
    ['an unknown id', ['cat', 'cow'], { problem: '"cow" is not a label of this campaign' }],
    ['a forged separator', ['cat|dog'], { problem: '"cat|dog" is not a label of this campaign' }],
    ['a label twice', ['dog', 'dog'], { problem: '"dog" is ticked twice' }],
  ] as const)('%s', (_, ids, expected) => {
    expect(labelSetChoice(four, ids)).toEqual(expected);
  });
});

describe('parseLabelSet', () => {
  it.each([
    ['the empty set', '', []],
    ['a canonical set', 'dog|fish', [1, 3]],
    ['out of order: not canonical', 'fish|dog', undefined],
    ['a repeated label', 'dog|dog', undefined],
    ['an unknown label', 'dog|cow', undefined],
    ['a trailing separator', 'dog|', undefined],
  ] as const)('%s', (_, choice, expected) => {
    expect(parseLabelSet(four, choice)).toEqual(expected);
  });
});

describe('masks', () => {
  it('round-trips a set through its mask', () => {
    expect(labelMask([0, 2])).toBe(5);
    expect(maskChoice(four, 5)).toBe('cat|bird');
    expect(maskChoice(four, 0)).toBe('');
  });
  it('holds the most labels a campaign may have', () => {
    const many = opts(Array.from({ length: MAX_LABELS }, (_, i) => `l${i}`).join(' '));
    const all = Array.from({ length: MAX_LABELS }, (_, i) => i);
    expect(parseLabelSet(many, maskChoice(many, labelMask(all)))).toEqual(all);
  });
});

describe('labelAgreement and labelSetMatches', () => {
  it.each([
    ['the same set', [1, 3], [1, 3], 4, 4],
    ['one extra tick', [1, 2, 3], [1, 3], 4, 3],
    ['both empty', [], [], 4, 4],
    ['disjoint', [0, 1], [2, 3], 4, 0],
  ] as const)('agreement: %s', (_, a, b, labels, expected) => {
    expect(labelAgreement(a, b, labels)).toBe(expected);
  });

  it.each([
    ['exact', four, 'dog|fish', 'dog|fish', true],
    ['three of four labels agree (75 %)', four, 'dog', 'dog|fish', true],
    ['two of four agree', four, 'cat', 'dog', false],
    ['with two labels one miss is too many', opts('yes no'), 'yes', 'yes|no', false],
    ['with three labels every one must agree', opts('a b c'), 'a', 'a|b', false],
    ['eight labels, three misses', opts('a b c d e f g h'), 'a|b', 'a|c|d', false],
    ['eight labels, two misses allowed', opts('a b c d e f g h'), 'a|b', 'a|c', true],
    ['none ticked against none', four, '', '', true],
    ['a non-canonical answer never matches', four, 'fish|dog', 'dog|fish', false],
  ] as const)('matches: %s', (_, options, choice, decided, expected) => {
    expect(labelSetMatches(options, choice, decided)).toBe(expected);
  });
});

describe('toggleLabel', () => {
  it.each([
    ['adds an absent label in order', 'fish', 'cat', { choice: 'cat|fish' }],
    ['removes a present one', 'cat|fish', 'cat', { choice: 'fish' }],
    ['from nothing', '', 'bird', { choice: 'bird' }],
    ['to nothing', 'bird', 'bird', { choice: '' }],
    ['a forged id', 'cat', 'cow', { problem: '"cow" is not a label of this campaign' }],
    ['a forged current set', 'cow', 'cat', { problem: 'the ticked labels are not labels of this campaign' }],
  ] as const)('%s', (_, choice, id, expected) => {
    expect(toggleLabel(four, choice, id)).toEqual(expected);
  });
});
