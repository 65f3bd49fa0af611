# /language (bots/common/commands/language.command.ts): the member's language in a private
# chat, the chat's in a group, channel or server (its moderators choose). $name is a
# language's own name, as its speakers write it (English, Español); $list lists the
# languages as "tag (name)". A confirmation is said in the language just chosen.
# "/language" and "auto" stay as written: members type them.

lang-menu-member = Your language: { $name }. Choose the one I answer you in:
lang-menu-chat = This chat's language: { $name }. Its moderators choose the one I speak here:
lang-set-member = From now on I answer you in { $name }.
lang-set-chat = From now on I speak { $name } in this chat.
lang-auto-member = Your language follows your app again: { $name }.
lang-auto-chat = This chat's language is automatic again: { $name }.
lang-usage = Usage: /language (the choices), /language <language> or /language auto. Languages: { $list }
# $code is what the member typed.
lang-unknown = I do not speak "{ $code }". Languages: { $list }
# A language button whose language is no longer spoken.
lang-not-spoken = That language is not available anymore. Send /language for the choices.
btn-lang-auto = Automatic

# Discord's /language (bots/discord/commands/language.command.ts). Names are lower case,
# without spaces; each choice is a language's own name, the same in every catalog.
dcmd-language-name = language
dcmd-language-desc = Choose your language (in a server: the server's; its moderators)
dopt-language-language-name = language
dopt-language-language-desc = The language; leave it out to see the choices
choice-language-language-en = English
choice-language-language-es = Español
choice-language-language-id = Bahasa Indonesia
choice-language-language-pt-br = Português (Brasil)
choice-language-language-ru = Русский
choice-language-language-tr = Türkçe
choice-language-language-vi = Tiếng Việt
choice-language-language-zh-cn = 简体中文
