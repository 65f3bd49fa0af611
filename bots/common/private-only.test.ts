import { english } from './i18n/translator';
import { exportNeedsPrivateChat, groupPointer, groupRoute, parseStartPayload, START_PAYLOADS, type GroupRoute } from './private-only';

const t = english();

describe('what a command sent in a group gets', () => {
  const cases: [string, string[], GroupRoute['kind'], string | undefined][] = [
    // command, args, route, deep-link payload
    ['link', [], 'answer', 'link'],
    ['link', ['0x1111111111111111111111111111111111111111'], 'answer', 'link'],
    ['wallet', [], 'answer', 'wallet'],
    ['balance', [], 'answer', 'balance'],
    ['stats', [], 'answer', 'stats'],
    ['why', ['12'], 'answer', 'why'],
    ['merge', [], 'answer', 'merge'],
    ['verify', [], 'answer', 'verify'],
    // Signatures are not checked in public; actions wait for the member in private.
    ['verify', ['0xabc'], 'ask', 'verify'],
    ['unlink', [], 'ask', 'wallet'],
    ['merge', ['confirm'], 'ask', 'merge'],
    ['merge', ['cancel'], 'ask', 'merge'],
    // Everything else is answered where it was sent.
    ['task', [], 'public', undefined],
    ['campaign', ['list'], 'public', undefined],
    ['leaderboard', [], 'public', undefined],
    ['help', [], 'public', undefined],
    ['start', ['link'], 'public', undefined],
    ['batch', ['0x00'], 'public', undefined],
  ];
  it.each(cases)('/%s %j -> %s (deep link %s)', (command, args, kind, start) => {
    const route = groupRoute(command, args);
    expect(route.kind).toBe(kind);
    expect('start' in route ? route.start : undefined).toBe(start);
  });

  it('never offers a deep link that runs something changing the member', () => {
    for (const [command, args] of cases) {
      const route = groupRoute(command, args);
      if ('start' in route) expect(START_PAYLOADS).toContain(route.start);
    }
    expect(START_PAYLOADS).not.toContain('unlink');
  });

  it('asks for actions in private with a prompt naming the command to send there', () => {
    const unlink = groupRoute('unlink', []);
    expect(unlink.kind === 'ask' && t.t(unlink.prompt)).toMatch(/send \/unlink here/);
    const verify = groupRoute('verify', ['0xabc']);
    expect(verify.kind === 'ask' && t.t(verify.prompt)).toBe('Signatures go only here, in private: send /verify <signature> here, never in a group.');
    const merge = groupRoute('merge', ['confirm']);
    expect(merge.kind === 'ask' && t.t(merge.prompt)).toMatch(/Send \/merge confirm or \/merge cancel here\.$/);
  });
});

describe("a moderator's listing sent in a group", () => {
  const cases: [string, string[], 'member' | 'moderator', GroupRoute['kind']][] = [
    // command, args, speaker, route
    ['campaign', ['list'], 'moderator', 'listing'],
    ['community', ['list'], 'moderator', 'listing'],
    ['community', ['audit'], 'moderator', 'listing'],
    ['community', ['audit', '3'], 'moderator', 'listing'],
    // A member's campaign list is the public one; their refusals are short and public.
    ['campaign', ['list'], 'member', 'public'],
    ['community', ['list'], 'member', 'public'],
    ['community', ['audit'], 'member', 'public'],
    // The rest of the moderators' commands answer where they were sent.
    ['campaign', ['stats', '1'], 'moderator', 'public'],
    ['campaign', ['pause', '1'], 'moderator', 'public'],
    ['community', [], 'moderator', 'public'],
    ['community', ['grant', '500'], 'moderator', 'public'],
    ['campaign', [], 'moderator', 'public'],
    // Personal commands stay personal whoever sends them.
    ['balance', [], 'moderator', 'answer'],
  ];
  it.each(cases)('/%s %j from a %s -> %s', (command, args, speaker, kind) => {
    const route = groupRoute(command, args, speaker);
    expect(route.kind).toBe(kind);
    // No listing carries a deep-link payload: a link anyone can tap never runs one.
    if (kind === 'listing') expect('start' in route).toBe(false);
  });
});

describe('a /start deep-link payload', () => {
  const cases: [string[], string | undefined][] = [
    [['link'], 'link'],
    [['wallet'], 'wallet'],
    [['BALANCE'], 'balance'],
    [['stats'], 'stats'],
    [['why'], 'why'],
    [['merge'], 'merge'],
    [['verify'], 'verify'],
    [[], undefined],
    [['unlink'], undefined],
    [['task'], undefined],
    [['link', 'extra'], undefined],
    [['link!'], undefined],
    [['x'.repeat(65)], undefined],
    [['../link'], undefined],
  ];
  it.each(cases)('%j -> %s', (args, expected) => {
    expect(parseStartPayload(args)).toBe(expected);
  });
});

describe('the group line', () => {
  it('says the answer went to private, or carries the link that opens the chat', () => {
    expect(groupPointer(t, { delivered: true })).toBe('I sent you a private message.');
    expect(groupPointer(t, { delivered: false, deepLink: 'https://t.me/tnet_bot?start=link' })).toBe('I can only answer that in private. Open a chat with me: https://t.me/tnet_bot?start=link');
  });
});

describe('the group line of an export when the private chat is not open', () => {
  it('links to the chat without a start payload and names the command to send again', () => {
    const line = exportNeedsPrivateChat(t, 'tnet_bot', 12345);
    expect(line).toContain('https://t.me/tnet_bot,');
    expect(line).not.toMatch(/\?start=/);
    // A campaign number is an identifier: never grouped ("12,345").
    expect(line).toMatch(/\/campaign export 12345 /);
  });
});
