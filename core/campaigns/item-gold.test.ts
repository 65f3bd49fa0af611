import type { CampaignKind } from '../domain/campaign-types';
import { goldLabel, type ItemGold } from './item-gold';

const opts = (ids: string) => ids.split(' ').map((id) => ({ id, label: id }));
const labels = opts('toxic spam off_topic');
const NOT_A_SET = { field: '', code: 'gold_not_a_set' } as const;

describe('goldLabel of a multilabel item', () => {
  it.each<[string, ItemGold | undefined, ReturnType<typeof goldLabel>]>([
    ['no gold', undefined, { gold: undefined }],
    ['a JSON array, stored in the campaign order', ['spam', 'toxic'], { gold: 'toxic|spam' }],
    ['the empty array: none apply', [], { gold: '' }],
    ['one id as text', 'spam', { gold: 'spam' }],
    ['ids joined by | in any order', 'off_topic|toxic', { gold: 'toxic|off_topic' }],
    ['ids joined by | with spaces', ' spam | toxic ', { gold: 'toxic|spam' }],
    ['a JSON array as text (a CSV cell)', '["off_topic", "spam"]', { gold: 'spam|off_topic' }],
    ['the empty array as text', '[]', { gold: '' }],
    ['an unknown id', ['toxic', 'rude'], { problem: { field: 'gold', code: 'not_a_label', params: { label: 'rude' } } }],
    ['an unknown id in text', 'toxic|rude', { problem: { field: 'gold', code: 'not_a_label', params: { label: 'rude' } } }],
    ['a repeated id', ['spam', 'spam'], { problem: { field: 'gold', code: 'ticked_twice', params: { label: 'spam' } } }],
    ['a repeated id in text', 'spam|toxic|spam', { problem: { field: 'gold', code: 'ticked_twice', params: { label: 'spam' } } }],
    ['an array of numbers', [1, 2], { problem: NOT_A_SET }],
    ['an array holding an object', [{ id: 'spam' }], { problem: NOT_A_SET }],
    ['an empty id', ['spam', ''], { problem: NOT_A_SET }],
    ['a trailing separator', 'spam|', { problem: NOT_A_SET }],
    ['broken JSON', '["spam"', { problem: NOT_A_SET }],
    ['JSON that is not an array', '[1]x', { problem: NOT_A_SET }],
  ])('%s', (_, gold, expected) => {
    expect(goldLabel('multilabel', labels, gold)).toEqual(expected);
  });
});

describe('goldLabel of a single-choice item', () => {
  it.each<[string, CampaignKind, ItemGold | undefined, ReturnType<typeof goldLabel>]>([
    ['an option id', 'label', 'spam', { gold: 'spam' }],
    ['no gold', 'vote', undefined, { gold: undefined }],
    ['an unknown id', 'label', 'rude', { problem: { field: '', code: 'gold_not_option', params: { gold: 'rude', options: 'toxic, spam, off_topic' } } }],
    ['a set is not one option', 'label', 'toxic|spam', { problem: { field: '', code: 'gold_not_option', params: { gold: 'toxic|spam', options: 'toxic, spam, off_topic' } } }],
    ['an array', 'check', ['spam'], { problem: { field: '', code: 'gold_not_text' } }],
  ])('%s', (_, kind, gold, expected) => {
    expect(goldLabel(kind, labels, gold)).toEqual(expected);
  });
});
