import fc from 'fast-check';
import { answerButton, nextButton, parseButton } from './button-id';

describe('compact button ids', () => {
  it('round-trips answer and next buttons within 64 bytes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 24 }), (taskId, optionIndex) => {
        const id = answerButton(taskId, optionIndex);
        expect(Buffer.byteLength(id)).toBeLessThanOrEqual(64);
        expect(parseButton(id)).toEqual({ kind: 'answer', taskId, optionIndex });
      }),
    );
    expect(parseButton(nextButton(12))).toEqual({ kind: 'next', campaignId: 12 });
    expect(parseButton(nextButton())).toEqual({ kind: 'next', campaignId: undefined });
  });

  it('refuses forged or malformed ids', () => {
    for (const forged of ['', 'a:1', 'a:x:1', 'a:1:99', 'a:0:1', 'a:99999999999:1', 'n:-1', 'drop table', 'a:1:1:extra']) {
      expect(parseButton(forged)).toBeUndefined();
    }
    fc.assert(fc.property(fc.string(), (s) => void parseButton(s)));
  });
});
