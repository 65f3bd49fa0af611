import type { LabelTicks, TaskCard } from '../../core';
import { labelRows } from './card-options';
import { sendTicked, tickedToast, toggle } from './label-set-commands';
import type { MemberDeps } from './member-commands';
import { english, translator } from './i18n/translator';
import type { Lang } from './i18n/languages';

const t = english();

const label = (l: string) => ({ id: l.toLowerCase(), label: l });

describe('the toast after a tick', () => {
  it.each([
    ['nothing ticked', [], 'Nothing ticked. Tick the labels that apply, or tap None apply.'],
    ['one label', ['Cat'], 'Ticked: Cat. Tap Done to send.'],
    ['labels in the campaign order', ['Cat', 'Dog'], 'Ticked: Cat, Dog. Tap Done to send.'],
  ])('%s', (_, ticked, text) => {
    expect(tickedToast(t, { ticked: ticked.map(label) })).toBe(text);
  });

  it('cuts a long list within 200 characters and keeps how to send it', () => {
    const long = Array.from({ length: 20 }, (_, i) => label(`${'x'.repeat(70)}${i}`));
    const toast = tickedToast(t, { ticked: long });
    expect(toast.length).toBeLessThanOrEqual(200);
    expect(toast).toMatch(/^Ticked: x.*…\. Tap Done to send\.$/);
  });
});

describe('Done with no ticks stored', () => {
  const options = ['Cat', 'Dog', 'Bird'].map(label);
  const member = { memberId: 5, displayName: 'Ann', banned: false };
  /** Deps whose stored ticks are none (never ticked, or expired); any answer submitted is counted. */
  const deps = () => {
    const submit = jest.fn();
    const clear = jest.fn();
    const none: LabelTicks = { taskId: 9, choice: '', ticked: [], options, translations: {} };
    const card = { taskId: 9, kind: 'multilabel', options, translations: { ru: { options: { cat: 'Кошка', bird: 'Птица' } } }, payload: {} } as unknown as TaskCard;
    const d = { labelTicks: { ticked: async () => none, clear }, answers: { submit }, assignment: { card: async () => card } } as unknown as MemberDeps;
    return { d, submit, clear };
  };
  const ru = translator('ru' as Lang);
  const russian = [
    { id: 'cat', label: 'Кошка' },
    { id: 'dog', label: 'Dog' },
    { id: 'bird', label: 'Птица' },
  ];

  it("reads a card's ticks in the member's language, where the campaign translates its labels", async () => {
    const { d, submit } = deps();
    const shown = labelRows(ru, 9, russian, new Set([0]));
    expect(await sendTicked(ru, d, member, 9, undefined, shown)).toEqual({ toast: ru.t('toast-ticks-expired'), messages: [], cardButtons: labelRows(ru, 9, russian) });
    // Labels of another language are no ticks of this card.
    expect(await sendTicked(t, d, member, 9, undefined, shown)).toEqual({ toast: t.t('toast-nothing-ticked'), messages: [] });
    expect(submit).not.toHaveBeenCalled();
  });

  it('refuses on a card that marks nothing, and records nothing', async () => {
    const { d, submit, clear } = deps();
    expect(await sendTicked(t, d, member, 9, undefined, labelRows(t, 9, options))).toEqual({ toast: 'Nothing ticked. Tick the labels that apply, or tap None apply.', messages: [] });
    expect(await sendTicked(t, d, member, 9)).toEqual({ toast: 'Nothing ticked. Tick the labels that apply, or tap None apply.', messages: [] });
    expect(submit).not.toHaveBeenCalled();
    expect(clear).not.toHaveBeenCalled();
  });

  it('says the ticks expired on a card that still marks some, unmarks it, and records nothing', async () => {
    const { d, submit } = deps();
    expect(await sendTicked(t, d, member, 9, undefined, labelRows(t, 9, options, new Set([0, 2])))).toEqual({ toast: 'Your ticks expired; tick again.', messages: [], cardButtons: labelRows(t, 9, options) });
    expect('Your ticks expired; tick again.').toBe('Your ticks expired; tick again.');
    expect(submit).not.toHaveBeenCalled();
  });
});

describe('a tick', () => {
  it("names the labels in the member's language on the toggles and in the toast", async () => {
    const options = ['Cat', 'Dog'].map(label);
    const ticks: LabelTicks = { taskId: 9, choice: 'cat', ticked: [options[0]!], options, translations: { ru: { options: { cat: 'Кошка' } } } };
    // A tick reads the labels' words with the ticks, in one statement: no card is fetched.
    const d = { labelTicks: { toggle: async () => ticks } } as unknown as MemberDeps;
    const ru = translator('ru' as Lang);
    const russian = [
      { id: 'cat', label: 'Кошка' },
      { id: 'dog', label: 'Dog' },
    ];
    const reply = await toggle(ru, d, { memberId: 5, displayName: 'Ann', banned: false }, 9, 0);
    expect(reply.cardButtons).toEqual(labelRows(ru, 9, russian, new Set([0])));
    expect(reply.toast).toBe(tickedToast(ru, { ticked: [russian[0]!] }));
    expect(reply.toast).toContain('Кошка');
  });
});
