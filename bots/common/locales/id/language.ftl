# /language (bots/common/commands/language.command.ts): the member's language in a private
# chat, the chat's in a group, channel or server (its moderators choose). $name is a
# language's own name, as its speakers write it (English, Español); $list lists the
# languages as "tag (name)". A confirmation is said in the language just chosen.
# "/language" and "auto" stay as written: members type them.

lang-menu-member = Bahasamu: { $name }. Pilih bahasa yang aku pakai untuk menjawabmu:
lang-menu-chat = Bahasa chat ini: { $name }. Moderatornya memilih bahasa yang aku pakai di sini:
lang-set-member = Mulai sekarang aku menjawabmu dalam { $name }.
lang-set-chat = Mulai sekarang aku pakai { $name } di chat ini.
lang-auto-member = Bahasamu kembali mengikuti aplikasimu: { $name }.
lang-auto-chat = Bahasa chat ini kembali otomatis: { $name }.
lang-usage = Cara pakai: /language (pilihan bahasa), /language <bahasa> atau /language auto. Bahasa: { $list }
# $code is what the member typed.
lang-unknown = Aku tidak bisa bahasa "{ $code }". Bahasa: { $list }
# A language button whose language is no longer spoken.
lang-not-spoken = Bahasa itu sudah tidak tersedia. Kirim /language untuk melihat pilihannya.
btn-lang-auto = Otomatis

# Discord's /language (bots/discord/commands/language.command.ts). Names are lower case,
# without spaces; each choice is a language's own name, the same in every catalog.
dcmd-language-name = language
dcmd-language-desc = Pilih bahasamu (di server: bahasa server; dipilih moderatornya)
dopt-language-language-name = bahasa
dopt-language-language-desc = Bahasanya; kosongkan untuk melihat pilihan
choice-language-language-en = English
choice-language-language-es = Español
choice-language-language-id = Bahasa Indonesia
choice-language-language-pt-br = Português (Brasil)
choice-language-language-ru = Русский
choice-language-language-tr = Türkçe
choice-language-language-vi = Tiếng Việt
choice-language-language-zh-cn = 简体中文
