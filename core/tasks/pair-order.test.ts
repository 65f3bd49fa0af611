import { sidesSwapped } from './pair-order';

describe('sidesSwapped', () => {
  it.each([
    ['a member', { memberId: 7 }],
    ['a group chat', { chatId: 'telegram:-1001234' }],
    ['a Discord channel', { chatId: 'discord:123456789012345678' }],
  ])('gives %s the same order on every call', (_, viewer) => {
    for (let task = 1; task <= 50; task++) expect(sidesSwapped(task, viewer)).toBe(sidesSwapped(task, viewer));
  });

  it('shows each order to about half of the members of one task', () => {
    let swapped = 0;
    for (let m = 1; m <= 4000; m++) if (sidesSwapped(42, { memberId: m })) swapped += 1;
    expect(swapped / 4000).toBeGreaterThan(0.46);
    expect(swapped / 4000).toBeLessThan(0.54);
  });

  it('gives one member both orders across tasks', () => {
    let swapped = 0;
    for (let t = 1; t <= 4000; t++) if (sidesSwapped(t, { memberId: 3 })) swapped += 1;
    expect(swapped / 4000).toBeGreaterThan(0.46);
    expect(swapped / 4000).toBeLessThan(0.54);
  });

  it('keys members and chats apart', () => {
    const differs = Array.from({ length: 200 }, (_, t) => sidesSwapped(t + 1, { memberId: 5 }) !== sidesSwapped(t + 1, { chatId: '5' })).filter(Boolean).length;
    expect(differs).toBeGreaterThan(60);
  });
});
