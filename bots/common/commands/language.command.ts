import type { MemberRef } from '../../../core';
import { languageButton } from '../button-id';
import type { ChatButton, ChatContext, ChatReply } from '../chat-message';
import { languageChatKey } from '../i18n/language-resolver';
import { DEFAULT_LANGUAGE, languageInfo, languageOf, languages, type Lang } from '../i18n/languages';
import { translator, type Translator } from '../i18n/translator';
import { mayTryModerating } from '../moderator-actor';
import { refusalText, say, UsageError, type ChatCommand, type CommandDeps } from './command';

/** /language's inputs: the choices, a language, or none stored (auto). */
export type LanguageInput = { sub: 'menu' } | { sub: 'set'; lang: Lang } | { sub: 'auto' };

/** Language buttons to a row: eight own names fit a phone's width three at a time. */
const PER_ROW = 3;

/** The languages as "tag (name)", for a usage line (a list of codes: the same in every language). */
export const languageList = (): string => languages().map((l) => `${l.tag} (${l.name})`).join(', ');

/** What a typed code means: a language we speak, `auto`, or the usage with the list. */
export function languageInput(code: string): LanguageInput | UsageError {
  if (code.toLowerCase() === 'auto') return { sub: 'auto' };
  const lang = languageOf(code);
  return lang ? { sub: 'set', lang } : new UsageError('lang-unknown', { code: Array.from(code).slice(0, 35).join(''), list: languageList() });
}

/** One button per language (its own name), then Automatic. */
function menuButtons(t: Translator): ChatButton[][] {
  const buttons: ChatButton[] = languages().map((l) => ({ id: languageButton(l.tag), label: l.name }));
  const rows: ChatButton[][] = [];
  for (let i = 0; i < buttons.length; i += PER_ROW) rows.push(buttons.slice(i, i + PER_ROW));
  rows.push([{ id: languageButton(null), label: t.t('btn-lang-auto') }]);
  return rows;
}

/**
 * Stores the choice (null: none, back to the automatic one) and confirms it in the language
 * it leads to: in a private chat the member's own, elsewhere the chat's (the caller checked
 * that the speaker moderates it).
 */
async function store(deps: CommandDeps, ctx: ChatContext, member: MemberRef, lang: Lang | null): Promise<string> {
  const chatKey = languageChatKey(ctx);
  if (chatKey === null) {
    await deps.languages.setMemberLanguage(member.memberId, lang);
    const now = lang ?? ctx.auto?.memberLang ?? DEFAULT_LANGUAGE;
    return translator(now).t(lang ? 'lang-set-member' : 'lang-auto-member', { name: languageInfo(now).name });
  }
  await deps.languages.setChatLanguage(chatKey, lang, member.memberId);
  return chatLanguageSet(lang, lang ?? ctx.auto?.lang ?? DEFAULT_LANGUAGE);
}

/** The confirmation of a chat's language, said in `now`, the language it speaks from here on (`chosen` null: automatic again). */
export const chatLanguageSet = (chosen: Lang | null, now: Lang): string =>
  translator(now).t(chosen ? 'lang-set-chat' : 'lang-auto-chat', { name: languageInfo(now).name });

/**
 * A press on a /language button: the same rules as the typed command (only a moderator of
 * a group or server sets its language); the confirmation is the toast and the reply.
 */
export async function languagePress(t: Translator, deps: CommandDeps, ctx: ChatContext, member: MemberRef, tag: string | null): Promise<ChatReply> {
  const lang = tag === null ? null : languageOf(tag);
  if (lang === undefined) return { toast: t.t('lang-not-spoken'), messages: [] };
  if (languageChatKey(ctx) !== null) {
    const refused = refusalText(t, 'moderator', { passesModeratorGate: await mayTryModerating(ctx), platformAdmin: ctx.moderator?.platformAdmin ?? false });
    if (refused) return { toast: refused, messages: [] };
  }
  const text = await store(deps, ctx, member, lang);
  return { toast: text, messages: [{ text }] };
}

/**
 * /language: with no argument the choices (one button per language, in its own name);
 * `/language <language>` chooses, `/language auto` goes back to the automatic choice (the
 * member's app; a server's preferred locale; English). In a private chat it is the
 * member's language; in a group, channel or server the chat's, which only its moderators set.
 */
export const languageCommand: ChatCommand<LanguageInput> = {
  name: 'language',
  who: { menu: 'member', set: 'moderator', auto: 'moderator' },
  where: 'anywhere',
  parse(args) {
    if (args.length === 0) return { sub: 'menu' };
    if (args.length > 1) return new UsageError('lang-usage', { list: languageList() });
    return languageInput(args[0]!);
  },
  async run(deps, { ctx, member, t }, input) {
    switch (input.sub) {
      case 'menu': {
        const own = languageChatKey(ctx) === null;
        const text = own ? t.t('lang-menu-member', { name: languageInfo(ctx.memberLang).name }) : t.t('lang-menu-chat', { name: languageInfo(ctx.placeLang ?? ctx.lang).name });
        return { messages: [{ text, buttons: menuButtons(t) }] };
      }
      case 'set':
        return say(await store(deps, ctx, member, input.lang));
      case 'auto':
        return say(await store(deps, ctx, member, null));
    }
  },
};
