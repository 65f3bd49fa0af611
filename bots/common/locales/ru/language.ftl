# /language (bots/common/commands/language.command.ts): $name is a language's own name;
# $list lists the languages as "tag (name)". "/language" and "auto" stay as written.

lang-menu-member = Ваш язык: { $name }. Выберите, на каком языке мне вам отвечать:
lang-menu-chat = Язык этого чата: { $name }. Модераторы выбирают, на каком языке я говорю здесь:
lang-set-member = Теперь я отвечаю вам на языке: { $name }.
lang-set-chat = Теперь я говорю в этом чате на языке: { $name }.
lang-auto-member = Ваш язык снова следует настройкам приложения: { $name }.
lang-auto-chat = Язык этого чата снова выбирается автоматически: { $name }.
lang-usage = Использование: /language (варианты), /language <язык> или /language auto. Языки: { $list }
# $code is what the member typed.
lang-unknown = Я не знаю языка «{ $code }». Языки: { $list }
# A language button whose language is no longer spoken.
lang-not-spoken = Этот язык больше недоступен. Отправьте /language, чтобы увидеть варианты.
btn-lang-auto = Автоматически

# Discord's /language: names are lower case, without spaces; each choice is a language's
# own name, the same in every catalog.
dcmd-language-name = language
dcmd-language-desc = Выбрать язык (на сервере — язык сервера, выбирают модераторы)
dopt-language-language-name = язык
dopt-language-language-desc = Язык; не указывайте, чтобы увидеть варианты
choice-language-language-en = English
choice-language-language-es = Español
choice-language-language-id = Bahasa Indonesia
choice-language-language-pt-br = Português (Brasil)
choice-language-language-ru = Русский
choice-language-language-tr = Türkçe
choice-language-language-vi = Tiếng Việt
choice-language-language-zh-cn = 简体中文
