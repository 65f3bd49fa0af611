import { mayModerate, mayPostHere, type ModerationFacts } from './may-moderate';

const tgGroup = { platform: 'telegram' as const, id: '-1001' };
const dcServer = { platform: 'discord' as const, id: '9001' };

describe('mayModerate', () => {
  const cases: [string, ModerationFacts, ReturnType<typeof mayModerate>][] = [
    ['a platform admin moderates a platform campaign anywhere', { platformAdmin: true, community: null, here: { platform: 'telegram', place: null } }, 'yes'],
    ['a platform admin moderates any community campaign from another chat', { platformAdmin: true, community: tgGroup, here: { platform: 'telegram', place: '-2002' } }, 'yes'],
    ['a platform admin moderates a Telegram community from Discord', { platformAdmin: true, community: tgGroup, here: { platform: 'discord', place: '9001' } }, 'yes'],
    ['nobody else moderates a platform campaign, in a group', { platformAdmin: false, community: null, here: { platform: 'telegram', place: '-1001' } }, 'no'],
    ['nobody else moderates a platform campaign, in private', { platformAdmin: false, community: null, here: { platform: 'telegram', place: null } }, 'no'],
    ['in its own group, the platform is asked', { platformAdmin: false, community: tgGroup, here: { platform: 'telegram', place: '-1001' } }, 'ask_platform'],
    ['in private with the bot, the platform is asked about the community chat', { platformAdmin: false, community: tgGroup, here: { platform: 'telegram', place: null } }, 'ask_platform'],
    ['from another group: no, whoever administers it', { platformAdmin: false, community: tgGroup, here: { platform: 'telegram', place: '-2002' } }, 'no'],
    ['from another platform: no', { platformAdmin: false, community: tgGroup, here: { platform: 'discord', place: null } }, 'no'],
    ['from the console (not an admin): no', { platformAdmin: false, community: tgGroup, here: { platform: 'console', place: null } }, 'no'],
    ['in its own Discord server, the platform is asked', { platformAdmin: false, community: dcServer, here: { platform: 'discord', place: '9001' } }, 'ask_platform'],
    ['from another Discord server: no', { platformAdmin: false, community: dcServer, here: { platform: 'discord', place: '9002' } }, 'no'],
    ['a Telegram chat whose id equals a Discord server id: no', { platformAdmin: false, community: dcServer, here: { platform: 'telegram', place: '9001' } }, 'no'],
  ];
  it.each(cases)('%s', (_name, facts, expected) => expect(mayModerate(facts)).toBe(expected));
});

describe('mayPostHere', () => {
  const cases: [string, Parameters<typeof mayPostHere>[0], Parameters<typeof mayPostHere>[1], boolean][] = [
    ['a platform campaign in any group', null, { platform: 'telegram', place: '-5' }, true],
    ['a platform campaign in a private chat', null, { platform: 'telegram', place: null }, true],
    ['a community campaign in its own group', tgGroup, { platform: 'telegram', place: '-1001' }, true],
    ['a community campaign in another group', tgGroup, { platform: 'telegram', place: '-2002' }, false],
    ['a community campaign in a private chat', tgGroup, { platform: 'telegram', place: null }, false],
    ['a community campaign in its own Discord server', dcServer, { platform: 'discord', place: '9001' }, true],
    ['a Discord community campaign in a Telegram chat with the same id', dcServer, { platform: 'telegram', place: '9001' }, false],
  ];
  it.each(cases)('%s: %s', (_name, community, here, expected) => expect(mayPostHere(community, here)).toBe(expected));
});
