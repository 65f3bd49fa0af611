import { COMMANDS, commandNamed, hasModeratorInputs, leastWho, refusalText, UsageError, whoFor, whoForSub, type ChatCommand, type Who } from '.';
import { languages } from '../i18n/languages';
import { english } from '../i18n/translator';
import { signatureTooLong } from '../wallet-text';

const t = english();
const SIGNATURE_TOO_LONG = signatureTooLong(t);

const SIG = `0x${'ab'.repeat(65)}`;
const BATCH = `0x${'0f'.repeat(32)}`;
const LANGUAGES = languages().map((l) => `${l.tag} (${l.name})`).join(', ');

/** What a parse gives, as a row can state it: the input, or `usage:` and the first line of the usage. */
function parsed(name: string, args: string[]): unknown {
  const out = commandNamed(name)!.parse(args);
  return out instanceof UsageError ? `usage: ${out.text(t).split('\n')[0]}` : out;
}

describe('each command parses the words of a text line once, into its input or its usage', () => {
  const cases: [string, string[], unknown][] = [
    ['task', [], {}],
    ['task', ['12'], { campaignId: 12 }],
    ['task', ['#12'], { campaignId: 12 }],
    ['task', ['abc'], 'usage: Usage: /task or /task <campaign id>'],
    ['task', ['1', '2'], 'usage: Usage: /task or /task <campaign id>'],
    ['task', ['1234567890'], 'usage: Usage: /task or /task <campaign id>'],
    ['balance', [], {}],
    ['balance', ['extra'], {}],
    ['stats', [], {}],
    ['leaderboard', [], {}],
    ['why', [], { kind: 'latest' }],
    ['why', ['12'], { kind: 'task', taskId: 12 }],
    ['why', ['#12'], { kind: 'task', taskId: 12 }],
    ['why', ['0'], 'usage: Usage: /why (your latest answer), /why <task number>, or /why batch <batch id or its first digits>.'],
    ['why', ['abc'], 'usage: Usage: /why (your latest answer), /why <task number>, or /why batch <batch id or its first digits>.'],
    ['why', ['batch', 'ABCD12'], { kind: 'batch', prefix: '0xabcd12' }],
    ['why', ['BATCH', BATCH], { kind: 'batch', prefix: BATCH }],
    ['why', ['batch', '0xab'], 'usage: Usage: /why (your latest answer), /why <task number>, or /why batch <batch id or its first digits>.'],
    ['why', ['batch', "0x1'--"], 'usage: Usage: /why (your latest answer), /why <task number>, or /why batch <batch id or its first digits>.'],
    ['why', ['batch'], 'usage: Usage: /why (your latest answer), /why <task number>, or /why batch <batch id or its first digits>.'],
    ['why', ['12', '13'], 'usage: Usage: /why (your latest answer), /why <task number>, or /why batch <batch id or its first digits>.'],
    ['help', [], {}],
    ['start', [], {}],
    ['wallet', [], {}],
    ['unlink', [], {}],
    ['batch', [BATCH], { batchId: BATCH }],
    ['batch', [], 'usage: Usage: /batch <batch id, 0x and 64 hex digits>'],
    ['batch', ['0x00'], 'usage: Usage: /batch <batch id, 0x and 64 hex digits>'],
    ['batch', [BATCH, BATCH], 'usage: Usage: /batch <batch id, 0x and 64 hex digits>'],
    ['link', [], {}],
    ['link', ['0xabc'], { address: '0xabc' }],
    ['link', ['0xabc', 'more'], 'usage: Usage: /link or /link <your wallet address>, for example /link 0xAbC...123'],
    ['verify', [SIG], { signature: SIG }],
    ['verify', [], 'usage: Usage: /verify <signature> (the 0x... text your wallet gave when signing the /link message)'],
    ['verify', [SIG, SIG], 'usage: Usage: /verify <signature> (the 0x... text your wallet gave when signing the /link message)'],
    ['verify', [`0x${'a'.repeat(6000)}`], `usage: ${SIGNATURE_TOO_LONG}`],
    ['merge', [], { action: 'show' }],
    ['merge', ['confirm'], { action: 'confirm' }],
    ['merge', ['CANCEL'], { action: 'cancel' }],
    ['merge', ['now'], { action: 'show' }],
    ['merge', ['confirm', 'now'], { action: 'show' }],
    ['campaign', ['list'], { sub: 'list' }],
    ['campaign', ['stats', '3'], { sub: 'stats', campaignId: 3 }],
    ['campaign', ['pause', '#3'], { sub: 'pause', campaignId: 3 }],
    ['campaign', ['post', '2147483647'], { sub: 'post', campaignId: 2147483647 }],
    ['campaign', ['close', '2147483648'], "usage: Usage: /campaign close <id>, with the campaign's number from /campaign list."],
    ['campaign', ['stats', '0'], "usage: Usage: /campaign stats <id>, with the campaign's number from /campaign list."],
    ['campaign', ['stats'], "usage: Usage: /campaign stats <id>, with the campaign's number from /campaign list."],
    ['campaign', ['post', '1', '3'], "usage: Usage: /campaign post <id>, with the campaign's number from /campaign list."],
    ['campaign', [], 'usage: Usage: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>'],
    ['campaign', ['new'], 'usage: Unknown subcommand "new".'],
    ['campaign', ['frobnicate', '1'], 'usage: Unknown subcommand "frobnicate".'],
    ['community', [], { sub: 'info' }],
    ['community', ['register'], { sub: 'register', title: '' }],
    ['community', ['register', 'Pet', 'club'], { sub: 'register', title: 'Pet club' }],
    ['community', ['grant', '500'], { sub: 'grant', amount: 500n * 10n ** 18n }],
    ['community', ['grant', '#4', '0.5'], { sub: 'grant', communityId: 4, amount: 5n * 10n ** 17n }],
    ['community', ['grant'], 'usage: Usage: /community grant [community id] <TNET>, like /community grant 50000.'],
    ['community', ['grant', 'lots'], 'usage: Usage: /community grant [community id] <TNET>, like /community grant 50000.'],
    ['community', ['grant', 'x', '500'], 'usage: Usage: /community grant [community id] <TNET>, like /community grant 50000.'],
    ['community', ['grant', '4', '500', '1'], 'usage: Usage: /community grant [community id] <TNET>, like /community grant 50000.'],
    ['community', ['audit'], { sub: 'audit' }],
    ['community', ['audit', '3'], { sub: 'audit', communityId: 3 }],
    ['community', ['audit', 'x'], 'usage: Usage: /community audit [community id]'],
    ['community', ['audit', '3', '4'], 'usage: Usage: /community audit [community id]'],
    ['community', ['list'], { sub: 'list' }],
    ['community', ['info'], 'usage: Unknown subcommand "info".'],
    ['dashboard', [], {}],
    ['dashboard', ['7'], { communityId: 7 }],
    ['dashboard', ['#7'], { communityId: 7 }],
    ['dashboard', ['x'], "usage: Usage: /dashboard in your community's group, or /dashboard <community id> in private."],
    ['dashboard', ['7', '8'], "usage: Usage: /dashboard in your community's group, or /dashboard <community id> in private."],
    ['language', [], { sub: 'menu' }],
    ['language', ['es'], { sub: 'set', lang: 'es' }],
    ['language', ['pt'], { sub: 'set', lang: 'pt-BR' }],
    ['language', ['zh-Hans'], { sub: 'set', lang: 'zh-CN' }],
    ['language', ['AUTO'], { sub: 'auto' }],
    ['language', ['es', 'ru'], `usage: Usage: /language (the choices), /language <language> or /language auto. Languages: ${LANGUAGES}`],
    ['language', ['klingon'], `usage: I do not speak "klingon". Languages: ${LANGUAGES}`],
    ['appeal', ['12', 'It', 'is', 'a', 'dog.'], { taskId: 12, reason: 'It is a dog.' }],
    ['appeal', ['#12'], { taskId: 12, reason: '' }],
    ['appeal', [], 'usage: Usage: /appeal <task> <reason>. The reason says in a sentence or two why your answer is right (at most 300 characters).'],
    ['appeal', ['dog'], 'usage: Usage: /appeal <task> <reason>. The reason says in a sentence or two why your answer is right (at most 300 characters).'],
    ['appeal', ['0', 'x'], 'usage: Usage: /appeal <task> <reason>. The reason says in a sentence or two why your answer is right (at most 300 characters).'],
    ['appeals', [], {}],
    ['appeals', ['4'], { communityId: 4 }],
    ['appeals', ['x'], 'usage: Usage: /appeals [community id]. In a group or server: its community\'s appeals; in private, give the community\'s number.'],
    ['appeals', ['4', '5'], 'usage: Usage: /appeals [community id]. In a group or server: its community\'s appeals; in private, give the community\'s number.'],
  ];
  it.each(cases)('/%s %j -> %p', (name, args, expected) => {
    expect(parsed(name, args)).toEqual(expected);
  });

  it('has a row for every command in the table', () => {
    expect(new Set(cases.map(([name]) => name))).toEqual(new Set(COMMANDS.map((c) => c.name)));
  });
});

describe('who may run a command, and where it is answered', () => {
  const rules: [string, unknown, string][] = [
    ['task', {}, 'member'],
    ['campaign', { sub: 'list' }, 'member'],
    ['campaign', { sub: 'stats', campaignId: 1 }, 'member'],
    ['campaign', { sub: 'post', campaignId: 1 }, 'moderator'],
    ['campaign', { sub: 'close', campaignId: 1 }, 'moderator'],
    ['community', { sub: 'info' }, 'moderator'],
    ['community', { sub: 'audit' }, 'moderator'],
    ['community', { sub: 'grant', amount: 1n }, 'platform_admin'],
    ['community', { sub: 'register', title: '' }, 'platform_admin'],
    ['community', { sub: 'list' }, 'platform_admin'],
    ['language', { sub: 'menu' }, 'member'],
    // A chat's language; in private the gate passes everyone (their own language).
    ['language', { sub: 'set', lang: 'es' }, 'moderator'],
    ['language', { sub: 'auto' }, 'moderator'],
  ];
  it.each(rules)('/%s %p is for a %s', (name, input, who) => {
    expect(whoFor(commandNamed(name)! as ChatCommand<unknown>, input)).toBe(who);
  });

  const refusals: [Who, boolean, boolean, string | undefined][] = [
    // who, passes the moderator gate, platform admin, reply
    ['member', false, false, undefined],
    ['moderator', false, false, 'Only moderators can do that.'],
    ['moderator', true, false, undefined],
    ['platform_admin', false, false, 'Only moderators can do that.'],
    ['platform_admin', true, false, 'Only platform admins can do that.'],
    ['platform_admin', true, true, undefined],
  ];
  it.each(refusals)('a command for a %s, gate passed %s, platform admin %s: %p', (who, passesModeratorGate, platformAdmin, text) => {
    expect(refusalText(t, who, { passesModeratorGate, platformAdmin })).toBe(text);
  });

  it('gates /community for moderators before its arguments are read, and /campaign after', () => {
    expect(leastWho(commandNamed('community')!)).toBe('moderator');
    expect(leastWho(commandNamed('campaign')!)).toBe('member');
  });

  const beforeParsing: [string, string | undefined, Who][] = [
    // command, first word, the rule before the arguments are parsed
    ['task', undefined, 'member'],
    ['task', '3', 'member'],
    ['campaign', undefined, 'member'],
    ['campaign', 'list', 'member'],
    ['campaign', 'stats', 'member'],
    ['campaign', 'pause', 'moderator'],
    ['campaign', 'frobnicate', 'member'],
    ['campaign', 'constructor', 'member'],
    ['community', undefined, 'moderator'],
    ['community', 'audit', 'moderator'],
    ['community', 'list', 'platform_admin'],
    ['community', 'frobnicate', 'moderator'],
    ['language', undefined, 'member'],
    ['language', 'es', 'member'],
  ];
  it.each(beforeParsing)('/%s %s is for a %s before its arguments are parsed', (name, sub, who) => {
    expect(whoForSub(commandNamed(name)!, sub)).toBe(who);
  });

  it('gives moderator facts to the commands that have an input for moderators', () => {
    expect(COMMANDS.filter(hasModeratorInputs).map((c) => c.name).sort()).toEqual(['appeals', 'campaign', 'community', 'dashboard', 'language']);
  });

  it('answers the personal commands only in private', () => {
    const personal = COMMANDS.filter((c) => c.where === 'private').map((c) => c.name);
    expect(personal.sort()).toEqual(['appeal', 'balance', 'link', 'merge', 'stats', 'unlink', 'verify', 'wallet', 'why']);
  });

  it('counts the shared listings against the listing budget', () => {
    expect(COMMANDS.filter((c) => c.limit === 'listing').map((c) => c.name).sort()).toEqual(['batch', 'leaderboard']);
  });
});
