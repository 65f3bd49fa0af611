# /language (bots/common/commands/language.command.ts): the member's language in a private
# chat, the chat's in a group, channel or server (its moderators choose). $name is a
# language's own name, as its speakers write it (English, Español); $list lists the
# languages as "tag (name)". A confirmation is said in the language just chosen.
# "/language" and "auto" stay as written: members type them.

lang-menu-member = Ngôn ngữ của bạn: { $name }. Chọn ngôn ngữ mình dùng để trả lời bạn:
lang-menu-chat = Ngôn ngữ của nhóm chat này: { $name }. Quản trị viên chọn ngôn ngữ mình dùng ở đây:
lang-set-member = Từ giờ mình sẽ trả lời bạn bằng { $name }.
lang-set-chat = Từ giờ mình sẽ nói { $name } trong nhóm chat này.
lang-auto-member = Ngôn ngữ của bạn lại theo ứng dụng: { $name }.
lang-auto-chat = Ngôn ngữ của nhóm chat này lại tự động: { $name }.
lang-usage = Cách dùng: /language (xem các lựa chọn), /language <ngôn ngữ> hoặc /language auto. Ngôn ngữ: { $list }
# $code is what the member typed.
lang-unknown = Mình không hỗ trợ "{ $code }". Ngôn ngữ: { $list }
# A language button whose language is no longer spoken.
lang-not-spoken = Ngôn ngữ này không còn được hỗ trợ. Gửi /language để xem các lựa chọn.
btn-lang-auto = Tự động

# Discord's /language (bots/discord/commands/language.command.ts). Names are lower case,
# without spaces; each choice is a language's own name, the same in every catalog.
dcmd-language-name = language
dcmd-language-desc = Chọn ngôn ngữ của bạn (trong server: ngôn ngữ của server, do quản trị viên chọn)
dopt-language-language-name = ngôn_ngữ
dopt-language-language-desc = Ngôn ngữ; bỏ trống để xem các lựa chọn
choice-language-language-en = English
choice-language-language-es = Español
choice-language-language-id = Bahasa Indonesia
choice-language-language-pt-br = Português (Brasil)
choice-language-language-ru = Русский
choice-language-language-tr = Türkçe
choice-language-language-vi = Tiếng Việt
choice-language-language-zh-cn = 简体中文
