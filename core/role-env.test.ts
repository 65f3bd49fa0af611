import { refusedBy, roleEnvProblems, roleMints, type Role } from './role-env';

const DB = ['DATABASE_URL'];
const CHAIN = ['RPC_URL'];
const KEY = ['MINTER_PRIVATE_KEY'];
const GOLD = ['GOLD_DRAW_KEY'];
const TG = ['TELEGRAM_BOT_TOKEN'];
const DISCORD = ['DISCORD_TOKEN'];
const EXPORT = ['EXPORT_TOKEN'];

const needsDb = (role: Role) => `ROLE=${role} needs DATABASE_URL: embedded PGlite is one process, run ROLE=all (or no ROLE) without PostgreSQL`;
const readsChain = (role: Role) => `ROLE=${role} needs RPC_URL: the embedded local chain is one process, and ROLE=${role} reads the chain the jobs role mints on`;
const refusesKey = (role: Role) => `MINTER_PRIVATE_KEY is only for ROLE=jobs or all: leave it out of ROLE=${role}'s environment`;
const refusesExport = (role: Role) => `EXPORT_TOKEN is only for ROLE=web or all: leave it out of ROLE=${role}'s environment`;
const needsKey = 'MINTER_PRIVATE_KEY is required when RPC_URL is set';
const needsGold = 'ROLE=bot needs GOLD_DRAW_KEY: every bot replica must draw gold tasks with the same key';
const needsChat = 'ROLE=bot needs TELEGRAM_BOT_TOKEN or DISCORD_TOKEN';

describe('roleEnvProblems', () => {
  it.each([
    // all: the embedded defaults; the minter key comes with RPC_URL.
    ['all', [], []],
    ['all', [...CHAIN], [needsKey]],
    ['all', [...CHAIN, ...KEY], []],
    ['all', [...KEY], []],
    ['all', [...CHAIN, ...KEY, ...EXPORT], []],
    // jobs mints: the key is required with RPC_URL, as before.
    ['jobs', [...DB, ...CHAIN, ...KEY], []],
    ['jobs', [...DB, ...CHAIN], [needsKey]],
    // Exports are served by the web side only.
    ['jobs', [...DB, ...CHAIN, ...KEY, ...EXPORT], [refusesExport('jobs')]],
    ['web', [...DB, ...CHAIN, ...EXPORT], []],
    ['jobs', [], [needsDb('jobs'), 'ROLE=jobs needs RPC_URL: the embedded local chain is one process, so replicas would each mint on their own']],
    // web reads the chain and refuses the key.
    ['web', [...DB, ...CHAIN], []],
    ['web', [...DB, ...CHAIN, ...KEY], [refusesKey('web')]],
    ['web', [...KEY], [needsDb('web'), readsChain('web'), refusesKey('web')]],
    // bot: a chat token, the shared gold key, no minter key.
    ['bot', [...DB, ...CHAIN, ...TG, ...GOLD], []],
    ['bot', [...DB, ...CHAIN, ...DISCORD, ...GOLD], []],
    ['bot', [...DB, ...CHAIN, ...TG], [needsGold]],
    ['bot', [...DB, ...CHAIN, ...TG, ...GOLD, ...KEY], [refusesKey('bot')]],
    ['bot', [...DB, ...CHAIN, ...TG, ...GOLD, ...KEY, ...EXPORT], [refusesKey('bot'), refusesExport('bot')]],
    ['bot', [...DB, ...CHAIN, ...GOLD], [needsChat]],
    ['bot', [...KEY], [needsDb('bot'), readsChain('bot'), needsChat, needsGold, refusesKey('bot')]],
  ] as [Role, string[], string[]][])('ROLE=%s given %j', (role, given, problems) => {
    expect(roleEnvProblems(role, (key) => given.includes(key))).toEqual(problems);
  });

  it('leaves GOLD_DRAW_KEY optional outside ROLE=bot', () => {
    for (const role of ['all', 'jobs', 'web'] as const) {
      expect(roleEnvProblems(role, (key) => [...DB, ...CHAIN, ...(roleMints(role) ? KEY : [])].includes(key))).toEqual([]);
    }
  });
});

describe('refusedBy and roleMints', () => {
  it.each([
    ['all', true, []],
    ['jobs', true, ['EXPORT_TOKEN']],
    ['bot', false, ['MINTER_PRIVATE_KEY', 'EXPORT_TOKEN']],
    ['web', false, ['MINTER_PRIVATE_KEY']],
  ] as [Role, boolean, string[]][])('ROLE=%s mints: %s, refuses %j', (role, mints, refused) => {
    expect(roleMints(role)).toBe(mints);
    expect(refusedBy(role)).toEqual(refused);
  });
});
