# What is wrong with a campaign definition, an import row or a community, one message per
# problem code (core/domain/problem.ts, bots/common/problem-text.ts).
# $field names a field of the definition (reward, options.0.id) as the moderator wrote it.
# Turkish: each text follows "field: ", so it starts in lower case; field and column
# names (prompt, gold, image, id) stay as the files spell them.

problem-field = { $field }: { $text }
# $lang: the language tag of an item's translated fields (es, pt-BR).
problem-in-language = { $lang } dilinde: { $text }

problem-required = zorunlu
problem-empty = boş olmamalı
problem-not-text = metin olmalı
problem-not-number = sayı olmalı
problem-not-integer = tam sayı olmalı
problem-not-list = liste olmalı
problem-not-object = adlandırılmış alanları olan bir nesne olmalı
problem-invalid = geçerli değil
problem-too-short = en az { $min } karakter uzunluğunda olmalı
problem-too-long = en fazla { $max } karakter uzunluğunda olmalı
problem-too-few = en az { $min } girdi içermeli
problem-too-many = en fazla { $max } girdi içermeli
problem-too-small = en az { $min } olmalı
problem-not-above = { $min } değerinden büyük olmalı
problem-too-large = en fazla { $max } olmalı
# $values: the allowed values, comma-separated.
problem-not-one-of = şunlardan biri olmalı: { $values }
problem-unknown-key = kampanyanın aldığı bir alan değil
problem-bad-format = beklenen biçimde değil

problem-not-tnet-amount = "10" veya "0.5" gibi bir TNET miktarı olmalı
problem-option-id-format = seçenek id'leri 1-32 harf, rakam, _ . - karakterinden oluşur
problem-license-format = cc-by-4.0 veya mit gibi bir lisans id'si olmalı
problem-chat-id-format = telegram:-100123 veya discord:123 gibi bir sohbet olmalı
problem-language-tag = anahtarlar ru, pt-BR veya zh-CN gibi dil etiketleri olmalı
problem-too-many-languages = en fazla { $max } dil
problem-check-answers-too-few = en az { $min }: kontrolde gold yoktur, bu yüzden hiçbir metin daha az üyeyle karara bağlanmaz
problem-ids-not-unique = id'ler benzersiz olmalı
# $options: the fixed option ids.
problem-fixed-options = pairwise kampanyasının seçenekleri sabittir ({ $options }); bunları yazma
problem-options-required = label ve vote kampanyaları için zorunlu
problem-needs-labels = multilabel kampanyasının işaretlenecek en az { $min } etikete ihtiyacı var
problem-too-many-labels = bir multilabel kampanyasında en fazla { $max } etiket olabilir
problem-no-options = contribute kampanyasında seçenek olmaz; üyeler metin yazar
# $other: the field it is compared with (answersPerTask, minLength).
problem-below-field = en az { $other } kadar olmalı
problem-budget-below-reward = en az bir ödülü karşılamalı
problem-check-budget-below-reward = en az bir kontrol ödülünü karşılamalı
# $kind: the campaign kind as the definition names it (pairwise, multilabel, contribute).
problem-no-baseline = { $kind } kampanyası temel model almaz
problem-no-gold = contribute kampanyasında gold öğe olmaz
problem-check-reward-required = contribute kampanyası için zorunlu (her kontrol edenin kazandığı miktar)
problem-check-budget-required = contribute kampanyası için zorunlu (kontrollerin harcayabileceği miktar)
problem-contribute-only = bunu yalnızca contribute kampanyası alır
problem-not-an-option-id = kampanyanın seçenek id'lerinden biri değil

problem-nul-byte = NUL baytı içeriyor
problem-not-utf8 = geçerli UTF-8 değil
problem-line-too-long = { $max } bayttan uzun
problem-nul-character = NUL karakteri (\u0000) içeriyor
problem-lone-surrogate = geçerli Unicode olmayan metin içeriyor (eşi olmayan bir vekil karakter)
problem-not-json = geçerli JSON değil
problem-not-json-object = JSON nesnesi değil
problem-header-empty-name = başlıkta boş bir sütun adı var
problem-header-repeats-name = başlıkta bir sütun adı tekrarlanıyor
problem-header-no-content = başlıkta id ve gold dışında en az bir içerik sütunu olmalı
problem-column-count = { $expected } sütun bekleniyordu, { $found } bulundu
# $detail: the CSV reader's code for the break (CSV_QUOTE_NOT_CLOSED).
problem-broken-csv = bozuk CSV: { $detail }
problem-file-empty = dosya boş
problem-no-items = dosyada hiç öğe yok
problem-id-wrong-type = id metin veya sayı olmalı
problem-gold-wrong-type = gold metin, sayı ya da etiket id'lerinden oluşan bir dizi olmalı
problem-id-too-long = id { $max } karakterden uzun
problem-no-content = öğenin içeriği yok
problem-item-too-large = öğe { $max } bayttan büyük
# $id: an item's id; $line: the line it first appeared on.
problem-duplicate-id = yinelenen id "{ $id }" (ilk geçtiği satır: { $line })
problem-id-taken = "{ $id }" id'si zaten kullanılıyor (bu dosyada daha önce ya da bu kampanyada)
# $name: a field of the item (prompt, a, b, model_a).
problem-pair-needs-text = pairwise öğesinde "{ $name }" boş olmayan bir metin olmalı
problem-pair-outputs-same = "a" ve "b" yanıtları aynı
problem-pair-too-long = prompt, a ve b toplam { $length } karakter; bir sohbet kartının gösterebileceğinden ({ $max }) fazla
problem-field-not-text = "{ $name }" metin olmalı
problem-field-too-long = "{ $name }" { $max } karakterden uzun
problem-control-character = "{ $name }" bir kontrol karakteri içeriyor
# $key: a translated field (note@es); $name: the field it translates.
problem-translates-missing = "{ $key }", öğede olmayan "{ $name }" alanını çeviriyor
problem-contribute-needs-prompt = contribute öğesinde hakkında yazılacak bir "prompt" (ya da "text") veya "image" olmalı
problem-gold-not-text = gold metin veya sayı olmalı
# $options: the campaign's option ids.
problem-gold-not-option = gold "{ $gold }" seçeneklerden biri değil ({ $options })
problem-gold-not-a-set = gold bir etiket id kümesi olmalı: ["a", "b"] gibi bir JSON dizisi ya da "|" ile birleştirilmiş id'ler
problem-not-a-label = "{ $label }" bu kampanyanın bir etiketi değil
problem-ticked-twice = "{ $label }" iki kez işaretlenmiş
problem-archive-too-large = arşiv { $max } MB'tan büyük
problem-image-not-text = image metin olmalı: arşivdeki bir dosya ya da bir https URL'si
problem-image-not-file-or-url = "{ $image }" görseli ne arşivdeki bir dosya ne de bir https URL'si
problem-image-not-in-archive = "{ $image }" görseli arşivde yok
# $detail: the media check's words (problem-media-* below), or its English account where it has none.
problem-image-refused = "{ $image }" görseli: { $detail }
problem-media-refused = { $detail }

# Why the media check refused an image or an archive ($detail above, where it has words).
# $bytes, $max: numbers; $size: width x height in pixels (20000x10000); $name: a file name
# in the archive; $accepted: the image formats, as a list of names.
problem-media-image-too-many-bytes = görsel { $bytes } bayt; en fazla { $max } olabilir
problem-media-image-format = dosya { $format } biçiminde; kabul edilenler: { $accepted }
problem-media-image-format-unknown = dosya bilinmeyen bir biçimde; kabul edilenler: { $accepted }
problem-media-image-no-size = görselin başlığında boyut yok
problem-media-image-too-many-pixels = görsel { $size }; { $max } pikselden fazla
problem-media-image-aspect-ratio = görsel { $size }; en-boy oranı { $max }:1 sınırını aşıyor
problem-media-zip-too-many-images = arşivde { $count } görsel geçiyor; yükleme başına en fazla { $max } olabilir
problem-media-zip-too-many-pixels = arşivdeki görseller toplamda { $max } pikselden fazla; daha küçük yüklemelere böl
problem-media-zip-stored-too-large = arşivdeki görseller kaydedilince { $max } bayttan fazla yer tutuyor; daha küçük yüklemelere böl
# $why: empty, backslash, absolute, drive_letter, control_character, parent_segment, empty_segment.
problem-media-zip-unsafe-name = "{ $name }" adı { $why ->
        [empty] boş
        [backslash] ters eğik çizgi içeriyor
        [absolute] mutlak bir yol
        [drive_letter] bir sürücü harfiyle başlıyor
        [control_character] bir kontrol karakteri içeriyor
        [parent_segment] ".." bölümü içeriyor
       *[empty_segment] boş ya da "." bölümü içeriyor
    }
problem-media-zip-symlink = { $name } sembolik bir bağlantı
problem-media-zip-not-a-file = { $name } normal bir dosya değil (mod { $mode })
problem-media-zip-encrypted = { $name } şifreli
problem-media-zip-compression = { $name } { $method } sıkıştırma yöntemini kullanıyor (yalnızca stored ve deflate desteklenir)
problem-media-zip-declares-too-large = { $name } { $bytes } bayt bildiriyor; en fazla { $max } olabilir
problem-media-zip-declares-ratio = { $name } { $max }:1 üzerinde bir sıkıştırma oranı bildiriyor
problem-media-zip-inflates-too-large = { $name } açılınca { $max } baytı aşıyor
problem-media-zip-inflates-ratio = { $name } açılınca sıkıştırılmış boyutunun { $max } katından fazlasına çıkıyor
problem-media-zip-duplicate = { $name } arşivde birden fazla kez geçiyor

problem-community-id = topluluk, sayısal id'siyle belirtilen bir Telegram sohbeti ya da Discord sunucusudur
problem-grant-amount = ödenek pozitif bir TNET miktarı olmalı, en fazla 6.000.000.000 tavanı kadar
problem-chat-move-ids = bir sohbet, sayısal bir sohbet id'sinden başka birine taşınır
