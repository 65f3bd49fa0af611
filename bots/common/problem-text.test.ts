import { DomainError, parseCampaignDefinition, type Problem } from '../../core';
import { errorText } from './error-text';
import { english, translator } from './i18n/translator';
import type { Lang } from './i18n/languages';
import { problemList, problemText } from './problem-text';

const en = english();
const ru = translator('ru' as Lang);
const zh = translator('zh-CN' as Lang);

/** The problems a definition is refused with. */
function problemsOf(input: unknown): Problem[] {
  try {
    parseCampaignDefinition(input);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'campaign.invalid_definition') return (e.details as { problems: Problem[] }).problems;
    throw e;
  }
  return [];
}

const label = { name: 'Pets', kind: 'label', question: 'Which?', options: ['cat', 'dog'], reward: '1', budget: '10' };

describe('problemText', () => {
  it('names the field before what is wrong with it', () => {
    expect(problemText(en, { field: 'reward', code: 'not_tnet_amount' })).toBe('reward: must be a TNET amount like "10" or "0.5"');
    expect(problemText(en, { field: '', code: 'no_content' })).toBe('the item has no content');
  });

  it("says which language's view of an item a problem is in", () => {
    expect(problemText(en, { field: '', code: 'pair_outputs_same', lang: 'es' })).toBe('in es: outputs "a" and "b" are the same');
  });

  it("words zod's own checks with their figures", () => {
    expect(problemsOf({ ...label, name: 'n'.repeat(121), answersPerTask: 1.5, goldShare: 0.6, rewrd: 1 }).map((p) => problemText(en, p))).toEqual([
      'name: must be at most 120 characters long',
      'answersPerTask: must be a whole number',
      'goldShare: must be at most 0.5',
      'rewrd: not a field a campaign takes',
    ]);
    expect(problemsOf({ ...label, options: ['cat'], kind: 'sort' }).map((p) => problemText(en, p))).toEqual([
      'kind: must be one of: label, vote, check, pairwise, multilabel, contribute',
      'options: must have at least 2 entries',
    ]);
    expect(problemsOf({ ...label, question: undefined, budget: -1, options: ['cat', 'a b'] }).map((p) => problemText(en, p))).toEqual([
      'question: required',
      'options.1: option ids are 1-32 letters, digits, _ . -',
      'budget: must be at least 0',
    ]);
  });

  it('words a definition problem in a Russian or Chinese moderator\'s language, with no English sentence left', () => {
    const problems = problemsOf({ ...label, options: undefined, reward: '5', budget: '1' });
    expect(problemList(ru, problems)).toMatch(/^- options: .+\n- budget: .+$/);
    expect(problemList(ru, problems)).not.toMatch(/required|must|cover/);
    expect(problemList(zh, problems)).toMatch(/^- options：.+\n- budget：.+$/);
    expect(problemList(zh, problems)).not.toMatch(/required|must|cover/);
    const text = errorText(ru, new DomainError('campaign.import_invalid', { badRows: [{ row: 3, reason: { field: '', code: 'column_count', params: { expected: 2, found: 3 } } }], badRowCount: 1 }));
    expect(text).toContain('3');
    expect(text).not.toMatch(/expected|columns/);
  });

  it('pluralises the figures by the language', () => {
    // Russian's one/few/many: 21 takes символа, 120 символов (the wording around them is the translator's).
    expect(problemText(ru, { field: 'name', code: 'too_long', params: { max: 21 } })).toMatch(/^name: .*21 символа$/);
    expect(problemText(ru, { field: 'name', code: 'too_long', params: { max: 120 } })).toMatch(/^name: .*120 символов$/);
    expect(problemText(en, { field: 'name', code: 'too_short', params: { min: 1 } })).toBe('name: must be at least 1 character long');
  });

  it('words media refusals from their facts, in the reader language, and falls back to the English account without them', () => {
    const facts = { case: 'image.too_many_pixels', width: 20000, height: 10000, max: 40_000_000 } as const;
    const image: Problem = { field: '', code: 'image_refused', params: { image: 'huge.png', refusal: 'image.too_many_pixels', detail: 'in English', facts } };
    expect(problemText(en, image)).toBe('image "huge.png": the image is 20000x10000, more than 40,000,000 pixels');
    expect(problemText(ru, image)).toMatch(/^изображение «huge\.png»: изображение 20000x10000 — больше 40\s000\s000 пикселей$/);
    const slip = { case: 'zip.unsafe_path', name: '../evil.png', why: 'parent_segment' } as const;
    const unsafe: Problem = { field: '', code: 'media_refused', params: { refusal: 'zip.unsafe_path', detail: 'in English', facts: slip } };
    expect(problemText(en, unsafe)).toBe('the name "../evil.png" has a ".." segment');
    expect(problemText(zh, unsafe)).toBe('名称 "../evil.png" 含有 ".." 路径段');
    const fetch: Problem = { field: '', code: 'media_refused', params: { refusal: 'fetch.timeout', detail: 'no complete answer within 5000 ms' } };
    expect(problemText(ru, fetch)).toBe('no complete answer within 5000 ms');
  });
});
