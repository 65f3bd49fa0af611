# /language (bots/common/commands/language.command.ts): the member's language in a private
# chat, the chat's in a group, channel or server (its moderators choose). $name is a
# language's own name, as its speakers write it (English, Español); $list lists the
# languages as "tag (name)". A confirmation is said in the language just chosen.
# "/language" and "auto" stay as written: members type them.

lang-menu-member = Dilin: { $name }. Sana hangi dilde cevap vereceğimi seç:
lang-menu-chat = Bu sohbetin dili: { $name }. Burada hangi dilde konuşacağımı moderatörleri seçer:
lang-set-member = Tamam, bundan sonra sana bu dilde cevap vereceğim: { $name }.
lang-set-chat = Tamam, bundan sonra bu sohbette bu dilde konuşacağım: { $name }.
lang-auto-member = Dilin yeniden uygulamanın diline göre ayarlanıyor: { $name }.
lang-auto-chat = Bu sohbetin dili yeniden otomatik: { $name }.
lang-usage = Kullanım: /language (seçenekler), /language <dil> veya /language auto. Diller: { $list }
# $code is what the member typed.
lang-unknown = "{ $code }" dilini konuşmuyorum. Diller: { $list }
# A language button whose language is no longer spoken.
lang-not-spoken = Bu dil artık kullanılamıyor. Seçenekler için /language gönder.
btn-lang-auto = Otomatik

# Discord's /language (bots/discord/commands/language.command.ts). Names are lower case,
# without spaces; each choice is a language's own name, the same in every catalog.
dcmd-language-name = language
dcmd-language-desc = Dilini seç (sunucuda: sunucunun dili; moderatörleri seçer)
dopt-language-language-name = dil
dopt-language-language-desc = Dil; seçenekleri görmek için boş bırak
choice-language-language-en = English
choice-language-language-es = Español
choice-language-language-id = Bahasa Indonesia
choice-language-language-pt-br = Português (Brasil)
choice-language-language-ru = Русский
choice-language-language-tr = Türkçe
choice-language-language-vi = Tiếng Việt
choice-language-language-zh-cn = 简体中文
