# /language (bots/common/commands/language.command.ts): the member's language in a private
# chat, the chat's in a group, channel or server (its moderators choose). $name is a
# language's own name, as its speakers write it (English, Español); $list lists the
# languages as "tag (name)". A confirmation is said in the language just chosen.
# "/language" and "auto" stay as written: members type them.

lang-menu-member = Seu idioma: { $name }. Escolha o idioma em que eu respondo você:
lang-menu-chat = Idioma deste chat: { $name }. Os moderadores escolhem o idioma em que eu falo aqui:
lang-set-member = A partir de agora eu respondo você em { $name }.
lang-set-chat = A partir de agora eu falo { $name } neste chat.
lang-auto-member = Seu idioma volta a seguir o do seu app: { $name }.
lang-auto-chat = O idioma deste chat voltou a ser automático: { $name }.
lang-usage = Uso: /language (as opções), /language <idioma> ou /language auto. Idiomas: { $list }
# $code is what the member typed.
lang-unknown = Não falo "{ $code }". Idiomas: { $list }
# A language button whose language is no longer spoken.
lang-not-spoken = Esse idioma não está mais disponível. Envie /language para ver as opções.
btn-lang-auto = Automático

# Discord's /language (bots/discord/commands/language.command.ts). Names are lower case,
# without spaces; each choice is a language's own name, the same in every catalog.
dcmd-language-name = language
dcmd-language-desc = Escolha o seu idioma (em um servidor: o do servidor; escolhido pelos moderadores)
dopt-language-language-name = idioma
dopt-language-language-desc = O idioma; deixe em branco para ver as opções
choice-language-language-en = English
choice-language-language-es = Español
choice-language-language-id = Bahasa Indonesia
choice-language-language-pt-br = Português (Brasil)
choice-language-language-ru = Русский
choice-language-language-tr = Türkçe
choice-language-language-vi = Tiếng Việt
choice-language-language-zh-cn = 简体中文
