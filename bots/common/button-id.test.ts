import fc from 'fast-check';
import { MAX_LABELS } from '../../core';
import { answerButton, doneButton, languageButton, nextButton, parseButton, setButton, toggleButton } from './button-id';

const taskIds = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe('compact button ids', () => {
  it('round-trips answer and next buttons within 64 bytes', () => {
    fc.assert(
      fc.property(taskIds, fc.integer({ min: 0, max: 24 }), (taskId, optionIndex) => {
        const id = answerButton(taskId, optionIndex);
        expect(Buffer.byteLength(id)).toBeLessThanOrEqual(64);
        expect(parseButton(id)).toEqual({ kind: 'answer', taskId, optionIndex });
      }),
    );
    expect(parseButton(nextButton(12))).toEqual({ kind: 'next', campaignId: 12 });
    expect(parseButton(nextButton())).toEqual({ kind: 'next', campaignId: undefined });
  });

  it('round-trips toggle, done and set buttons within 64 bytes', () => {
    fc.assert(
      fc.property(taskIds, fc.integer({ min: 0, max: MAX_LABELS - 1 }), fc.integer({ min: 0, max: 2 ** MAX_LABELS - 1 }), (taskId, optionIndex, mask) => {
        for (const [id, action] of [
          [toggleButton(taskId, optionIndex), { kind: 'toggle', taskId, optionIndex }],
          [doneButton(taskId), { kind: 'done', taskId }],
          [setButton(taskId, mask), { kind: 'set', taskId, mask }],
        ] as const) {
          expect(Buffer.byteLength(id)).toBeLessThanOrEqual(64);
          expect(parseButton(id)).toEqual(action);
        }
      }),
    );
  });

  it.each([
    ['en', 'en'],
    ['pt-BR', 'pt-BR'],
    ['zh-Hans', 'zh-Hans'],
    ['es-419', 'es-419'],
    ['the longest tag', `en-${'abcdefgh-'.repeat(3)}abcde`],
    ['auto', null],
  ])('round-trips a language button within 64 bytes: %s', (_name, tag) => {
    const id = languageButton(tag);
    expect(Buffer.byteLength(id)).toBeLessThanOrEqual(64);
    expect(parseButton(id)).toEqual({ kind: 'language', tag });
  });

  it('refuses language buttons that name no tag', () => {
    for (const forged of ['g:', 'g:e', 'g:engl', 'g:en_US', 'g:en-', 'g:Español', 'g:auto-x', 'g:AUTO', `g:en-${'abcdefgh-'.repeat(4)}`, 'g:en:1']) {
      expect(parseButton(forged)).toBeUndefined();
    }
  });

  it('refuses forged or malformed ids', () => {
    for (const forged of ['', 'a:1', 'a:x:1', 'a:1:99', 'a:0:1', 'a:99999999999:1', 'n:-1', 'drop table', 'a:1:1:extra']) {
      expect(parseButton(forged)).toBeUndefined();
    }
    fc.assert(fc.property(fc.string(), (s) => void parseButton(s)));
  });

  it.each([
    ['a label past the most a campaign has', `t:5:${MAX_LABELS}`],
    ['a three-digit label', 't:5:100'],
    ['a label with a leading zero', 't:5:01'],
    ['a negative label', 't:5:-1'],
    ['task 0', 't:0:1'],
    ['a task id with a leading zero', 't:05:1'],
    ['a task id past 2^31-1', 't:2147483648:1'],
    ['a toggle without its label', 't:5'],
    ['a toggle with more', 't:5:1:2'],
    ['a label as a name', 't:5:cat'],
    ['spaces', 't: 5:1'],
    ['a trailing newline', 't:5:1\n'],
    ['done without a task', 'd:'],
    ['done for task 0', 'd:0'],
    ['done with a label', 'd:5:1'],
    ['done past 2^31-1', 'd:2147483648'],
    ['a set over every label', `l:5:${2 ** MAX_LABELS}`],
    ['a set of eight digits', 'l:5:10000000'],
    ['a set with a leading zero', 'l:5:01'],
    ['a negative set', 'l:5:-1'],
    ['a set in hex', 'l:5:0x3'],
    ['a set without its mask', 'l:5'],
    ['a set for task 0', 'l:0:3'],
    ['a set as names', 'l:5:cat|dog'],
  ])('refuses %s (%j)', (_, forged) => {
    expect(parseButton(forged)).toBeUndefined();
  });
});
