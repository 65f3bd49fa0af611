# /language (bots/common/commands/language.command.ts): the member's language in a private
# chat, the chat's in a group, channel or server (its moderators choose). $name is a
# language's own name, as its speakers write it (English, Español); $list lists the
# languages as "tag (name)". A confirmation is said in the language just chosen.
# "/language" and "auto" stay as written: members type them.

lang-menu-member = 你的语言：{ $name }。请选择我回复你时使用的语言：
lang-menu-chat = 本聊天的语言：{ $name }。由管理员选择我在这里使用的语言：
lang-set-member = 从现在起，我将用 { $name } 回复你。
lang-set-chat = 从现在起，我将在本聊天中使用 { $name }。
lang-auto-member = 你的语言已恢复为跟随应用设置：{ $name }。
lang-auto-chat = 本聊天的语言已恢复为自动：{ $name }。
lang-usage = 用法：/language（查看选项）、/language <语言> 或 /language auto。可选语言：{ $list }
# $code is what the member typed.
lang-unknown = 我不会说“{ $code }”。可选语言：{ $list }
# A language button whose language is no longer spoken.
lang-not-spoken = 该语言已不再可用。发送 /language 查看选项。
btn-lang-auto = 自动

# Discord's /language (bots/discord/commands/language.command.ts). Names are lower case,
# without spaces; each choice is a language's own name, the same in every catalog.
dcmd-language-name = language
dcmd-language-desc = 选择你的语言（在服务器中：由管理员设置服务器语言）
dopt-language-language-name = 语言
dopt-language-language-desc = 语言；留空可查看选项
choice-language-language-en = English
choice-language-language-es = Español
choice-language-language-id = Bahasa Indonesia
choice-language-language-pt-br = Português (Brasil)
choice-language-language-ru = Русский
choice-language-language-tr = Türkçe
choice-language-language-vi = Tiếng Việt
choice-language-language-zh-cn = 简体中文
