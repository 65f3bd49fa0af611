import { tickedToast } from './label-set-commands';

const label = (l: string) => ({ id: l.toLowerCase(), label: l });

describe('the toast after a tick', () => {
  it.each([
    ['nothing ticked', [], 'Nothing ticked. Tap Done if no label applies.'],
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
