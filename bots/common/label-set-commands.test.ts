import type { LabelTicks } from '../../core';
import { labelRows } from './card-options';
import { NOTHING_TICKED, sendTicked, TICKS_EXPIRED, tickedToast } from './label-set-commands';
import type { MemberDeps } from './member-commands';

const label = (l: string) => ({ id: l.toLowerCase(), label: l });

describe('the toast after a tick', () => {
  it.each([
    ['nothing ticked', [], 'Nothing ticked. Tick the labels that apply, or tap None apply.'],
    ['one label', ['Cat'], 'Ticked: Cat. Tap Done to send.'],
    ['labels in the campaign order', ['Cat', 'Dog'], 'Ticked: Cat, Dog. Tap Done to send.'],
  ])('%s', (_, ticked, text) => {
    expect(tickedToast({ ticked: ticked.map(label) })).toBe(text);
  });

  it('cuts a long list within 200 characters and keeps how to send it', () => {
    const long = Array.from({ length: 20 }, (_, i) => label(`${'x'.repeat(70)}${i}`));
    const t = tickedToast({ ticked: long });
    expect(t.length).toBeLessThanOrEqual(200);
    expect(t).toMatch(/^Ticked: x.*…\. Tap Done to send\.$/);
  });
});

describe('Done with no ticks stored', () => {
  const options = ['Cat', 'Dog', 'Bird'].map(label);
  const member = { memberId: 5, displayName: 'Ann', banned: false };
  /** Deps whose stored ticks are none (never ticked, or expired); any answer submitted is counted. */
  const deps = () => {
    const submit = jest.fn();
    const clear = jest.fn();
    const none: LabelTicks = { taskId: 9, choice: '', ticked: [], options };
    const d = { labelTicks: { ticked: async () => none, clear }, answers: { submit }, assignment: { card: jest.fn() } } as unknown as MemberDeps;
    return { d, submit, clear };
  };

  it('refuses on a card that marks nothing, and records nothing', async () => {
    const { d, submit, clear } = deps();
    expect(await sendTicked(d, member, 9, undefined, labelRows(9, options))).toEqual({ toast: NOTHING_TICKED, messages: [] });
    expect(await sendTicked(d, member, 9)).toEqual({ toast: NOTHING_TICKED, messages: [] });
    expect(submit).not.toHaveBeenCalled();
    expect(clear).not.toHaveBeenCalled();
  });

  it('says the ticks expired on a card that still marks some, unmarks it, and records nothing', async () => {
    const { d, submit } = deps();
    expect(await sendTicked(d, member, 9, undefined, labelRows(9, options, new Set([0, 2])))).toEqual({ toast: TICKS_EXPIRED, messages: [], cardButtons: labelRows(9, options) });
    expect(TICKS_EXPIRED).toBe('Your ticks expired; tick again.');
    expect(submit).not.toHaveBeenCalled();
  });
});
