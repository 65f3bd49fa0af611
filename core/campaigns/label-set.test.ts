import { labelAgreement, labelMask, labelSetChoice, labelSetMatches, labelSetsMatch, maskChoice, MAX_LABELS, parseLabelSet, toggleLabel } from './label-set';

const opts = (ids: string) => ids.split(' ').map((id) => ({ id, label: id.toUpperCase() }));
const four = opts('cat dog bird fish');

describe('labelSetChoice', () => {
  it.each([
    ['none ticked', [], { choice: '' }],
    ['one', ['dog'], { choice: 'dog' }],
    ['in the campaign order whatever the tick order', ['fish', 'cat'], { choice: 'cat|fish' }],
    ['every label', ['bird', 'dog', 'fish', 'cat'], { choice: 'cat|dog|bird|fish' }],
    ['an unknown id', ['cat', 'cow'], { problem: { field: '', code: 'not_a_label', params: { label: 'cow' } } }],
    ['a forged separator', ['cat|dog'], { problem: { field: '', code: 'not_a_label', params: { label: 'cat|dog' } } }],
    ['a label twice', ['dog', 'dog'], { problem: { field: '', code: 'ticked_twice', params: { label: 'dog' } } }],
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
    ['three of four labels agree (75 %), half the ticks shared', four, 'dog', 'dog|fish', true],
    ['one extra tick on a set of two', four, 'cat|dog|fish', 'cat|dog', true],
    ['two of four agree', four, 'cat', 'dog', false],
    ['with two labels one miss is too many', opts('yes no'), 'yes', 'yes|no', false],
    ['with three labels every one must agree', opts('a b c'), 'a', 'a|b', false],
    ['eight labels, three misses', opts('a b c d e f g h'), 'a|b', 'a|c|d', false],
    ['eight labels, two misses but a third of the ticks shared', opts('a b c d e f g h'), 'a|b', 'a|c', false],
    ['eight labels, one miss', opts('a b c d e f g h'), 'a|b|c', 'a|c', true],
    ['"none apply" against a one-label set, even on 20 labels', opts(Array.from({ length: 20 }, (_, i) => `l${i}`).join(' ')), '', 'l3', false],
    ['a tick against "none apply"', four, 'cat', '', false],
    ['none ticked against none', four, '', '', true],
    ['a non-canonical answer never matches', four, 'fish|dog', 'dog|fish', false],
  ] as const)('matches: %s', (_, options, choice, decided, expected) => {
    expect(labelSetMatches(options, choice, decided)).toBe(expected);
  });
});

describe('labelSetsMatch against random ticking', () => {
  it('lets a random ticker (each label at 50 %) match a sparse set far less often than the share rule alone', () => {
    // Exact over all 2^L answers, against a decided set of one label.
    // With few labels a random set matches about as often as a random single choice (1 in 4 with 4 labels).
    for (const L of [4, 8, 12]) {
      let both = 0;
      let shareOnly = 0;
      for (let mask = 0; mask < 1 << L; mask++) {
        const a = Array.from({ length: L }, (_, i) => i).filter((i) => (mask >>> i) & 1);
        if (labelAgreement(a, [0], L) >= Math.ceil(0.75 * L)) shareOnly += 1;
        if (labelSetsMatch(a, [0], L)) both += 1;
      }
      expect(both / 2 ** L).toBeLessThan(shareOnly / 2 ** L);
      if (L >= 8) expect(both / 2 ** L).toBeLessThanOrEqual(0.035);
    }
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
