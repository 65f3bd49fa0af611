# /language (bots/common/commands/language.command.ts). A confirmation is said in the
# language just chosen. "/language" and "auto" stay as written: members type them.

lang-menu-member = Tu idioma: { $name }. Elige en cuál te respondo:
lang-menu-chat = Idioma de este chat: { $name }. Sus moderadores eligen en cuál hablo aquí:
lang-set-member = A partir de ahora te respondo en { $name }.
lang-set-chat = A partir de ahora hablo { $name } en este chat.
lang-auto-member = Tu idioma vuelve a seguir el de tu app: { $name }.
lang-auto-chat = El idioma de este chat vuelve a ser automático: { $name }.
lang-usage = Uso: /language (las opciones), /language <idioma> o /language auto. Idiomas: { $list }
lang-unknown = No hablo "{ $code }". Idiomas: { $list }
lang-not-spoken = Ese idioma ya no está disponible. Envía /language para ver las opciones.
btn-lang-auto = Automático

# Discord's /language. Each choice is a language's own name, the same in every catalog.
dcmd-language-name = language
dcmd-language-desc = Elige tu idioma (en un servidor: el del servidor; lo eligen sus moderadores)
dopt-language-language-name = idioma
dopt-language-language-desc = El idioma; omítelo para ver las opciones
choice-language-language-en = English
choice-language-language-es = Español
choice-language-language-id = Bahasa Indonesia
choice-language-language-pt-br = Português (Brasil)
choice-language-language-ru = Русский
choice-language-language-tr = Türkçe
choice-language-language-vi = Tiếng Việt
choice-language-language-zh-cn = 简体中文
