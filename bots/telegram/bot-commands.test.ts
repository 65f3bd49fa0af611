import { HELP } from '../common/command-router';
import { PRIVATE_COMMANDS } from '../common/private-only';
import { BOT_COMMANDS } from './bot-commands';

describe('the Telegram command menu', () => {
  it.each(BOT_COMMANDS.map((c) => [c.command, c.description] as const))("/%s fits the Bot API's limits", (command, description) => {
    expect(command).toMatch(/^[a-z0-9_]{1,32}$/);
    expect(description.length).toBeGreaterThanOrEqual(1);
    expect(description.length).toBeLessThanOrEqual(256);
  });

  it.each(PRIVATE_COMMANDS.map((c) => [c]))('says /%s is answered in private', (command) => {
    expect(BOT_COMMANDS.find((c) => c.command === command)?.description).toMatch(/in private/);
  });

  it('lists /community for moderators', () => {
    expect(BOT_COMMANDS.find((c) => c.command === 'community')?.description).toMatch(/^Moderators: /);
  });
});

describe('the shared /help text', () => {
  const lines = HELP.split('\n');
  const personal = lines.findIndex((l) => l.startsWith('Personal, answered only in private'));
  const moderators = lines.findIndex((l) => l.startsWith('Moderators: '));

  it.each(PRIVATE_COMMANDS.map((c) => [c]))('lists /%s under the personal commands answered in private', (command) => {
    const at = lines.findIndex((l) => new RegExp(`(^|; )/${command}\\b`).test(l));
    expect(personal).toBeGreaterThan(0);
    expect(at).toBeGreaterThan(personal);
    expect(at).toBeLessThan(moderators);
  });

  it('lists /task above the personal commands, and /community and its audit for moderators', () => {
    expect(lines.findIndex((l) => l.startsWith('/task [campaign]'))).toBeLessThan(personal);
    expect(lines[moderators]).toContain('/community (');
    expect(lines[moderators]).toContain('/community audit');
  });
});
