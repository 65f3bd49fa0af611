import { helpText } from '../common/command-router';
import { languages, type Lang, type LanguageInfo } from '../common/i18n/languages';
import { english, translator } from '../common/i18n/translator';
import { PRIVATE_COMMANDS } from '../common/private-only';
import { botCommands, commandMenus } from './bot-commands';

describe('the Telegram command menu', () => {
  const menus = languages().map((l) => [l.tag, botCommands(translator(l.tag))] as const);

  it.each(menus)("in %s fits the Bot API's limits", (_lang, commands) => {
    expect(commands.length).toBeLessThanOrEqual(100);
    for (const { command, description } of commands) {
      expect(command).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(description.length).toBeGreaterThanOrEqual(3);
      expect(description.length).toBeLessThanOrEqual(256);
    }
  });

  it.each(PRIVATE_COMMANDS.map((c) => [c]))('says /%s is answered in private', (command) => {
    expect(botCommands(english()).find((c) => c.command === command)?.description).toMatch(/in private/);
  });

  it('lists /community for moderators', () => {
    expect(botCommands(english()).find((c) => c.command === 'community')?.description).toMatch(/^Moderators: /);
  });
});

describe('the command menus to register', () => {
  const info = (tag: string, telegram: string): LanguageInfo => ({ tag: tag as Lang, name: tag, telegram, discord: [], aliases: [] });

  it('registers English without a language code, first', () => {
    const [first] = commandMenus();
    expect(first!.languageCode).toBeUndefined();
    expect(first!.commands).toEqual(botCommands(english()));
    expect(first!.commands.find((c) => c.command === 'task')?.description).toBe("Get a task to answer (in a group: its community's campaigns, sent in private)");
  });

  it('registers one menu per other language, under its Telegram code', () => {
    const menus = commandMenus([info('en', 'en'), info('pt-BR', 'pt'), info('zh-Hans', 'zh')]);
    expect(menus.map((m) => m.languageCode)).toEqual([undefined, 'pt', 'zh']);
    for (const m of menus) expect(m.commands.map((c) => c.command)).toEqual(menus[0]!.commands.map((c) => c.command));
  });

  it('registers a menu for every language folder, each under an ISO 639-1 code', () => {
    expect(commandMenus()).toHaveLength(languages().length);
    for (const l of languages()) expect(l.telegram).toMatch(/^[a-z]{2}$/);
  });
});

describe('the shared /help text', () => {
  const lines = helpText(english()).split('\n');
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
