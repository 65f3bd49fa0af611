# What is wrong with a campaign definition, an import row or a community, one message per
# problem code (core/domain/problem.ts, bots/common/problem-text.ts).
# $field names a field of the definition (reward, options.0.id) as the moderator wrote it.

problem-field = { $field }: { $text }
# $lang: the language tag of an item's translated fields (es, pt-BR).
problem-in-language = dalam { $lang }: { $text }

problem-required = wajib diisi
problem-empty = tidak boleh kosong
problem-not-text = harus berupa teks
problem-not-number = harus berupa angka
problem-not-integer = harus bilangan bulat
problem-not-list = harus berupa daftar
problem-not-object = harus berupa objek dengan field bernama
problem-invalid = tidak valid
problem-too-short = panjangnya minimal { $min } karakter
problem-too-long = panjangnya maksimal { $max } karakter
problem-too-few = harus punya minimal { $min } entri
problem-too-many = harus punya maksimal { $max } entri
problem-too-small = tidak boleh kurang dari { $min }
problem-not-above = harus lebih dari { $min }
problem-too-large = tidak boleh lebih dari { $max }
# $values: the allowed values, comma-separated.
problem-not-one-of = harus salah satu dari: { $values }
problem-unknown-key = bukan field yang dikenal untuk kampanye
problem-bad-format = formatnya tidak sesuai

problem-not-tnet-amount = harus berupa jumlah TNET seperti "10" atau "0.5"
problem-option-id-format = id opsi terdiri dari 1-32 huruf, angka, _ . -
problem-license-format = id lisensi seperti cc-by-4.0 atau mit
problem-chat-id-format = chat seperti telegram:-100123 atau discord:123
problem-language-tag = kuncinya berupa tag bahasa seperti ru, pt-BR atau zh-CN
problem-too-many-languages = maksimal { $max } bahasa
problem-check-answers-too-few = minimal { $min }: pemeriksaan tidak punya gold, jadi setiap teks harus diputuskan oleh sebanyak itu anggota atau lebih
problem-ids-not-unique = id harus unik
# $options: the fixed option ids.
problem-fixed-options = kampanye pairwise punya opsi tetap ({ $options }); kosongkan saja
problem-options-required = wajib untuk kampanye label dan vote
problem-needs-labels = kampanye multilabel butuh minimal { $min } label untuk dicentang
problem-too-many-labels = kampanye multilabel punya maksimal { $max } label
problem-no-options = kampanye contribute tidak punya opsi; anggota menulis teks
# $other: the field it is compared with (answersPerTask, minLength).
problem-below-field = tidak boleh kurang dari { $other }
problem-budget-below-reward = harus cukup untuk minimal satu hadiah
problem-check-budget-below-reward = harus cukup untuk minimal satu hadiah pemeriksaan
# $kind: the campaign kind as the definition names it (pairwise, multilabel, contribute).
problem-no-baseline = kampanye { $kind } tidak memakai model baseline
problem-no-gold = kampanye contribute tidak punya item gold
problem-check-reward-required = wajib untuk kampanye contribute (yang didapat tiap pemeriksa)
problem-check-budget-required = wajib untuk kampanye contribute (batas pengeluaran untuk pemeriksaan)
problem-contribute-only = hanya untuk kampanye contribute
problem-not-an-option-id = bukan salah satu id opsi kampanye ini

problem-nul-byte = berisi byte NUL
problem-not-utf8 = bukan UTF-8 yang valid
problem-line-too-long = lebih panjang dari { $max } byte
problem-nul-character = berisi karakter NUL (\u0000)
problem-lone-surrogate = berisi teks yang bukan Unicode valid (lone surrogate)
problem-not-json = bukan JSON yang valid
problem-not-json-object = bukan objek JSON
problem-header-empty-name = header punya nama kolom yang kosong
problem-header-repeats-name = header mengulang nama kolom
problem-header-no-content = header butuh minimal satu kolom konten selain id dan gold
problem-column-count = seharusnya { $expected } kolom, ternyata { $found }
# $detail: the CSV reader's code for the break (CSV_QUOTE_NOT_CLOSED).
problem-broken-csv = CSV rusak: { $detail }
problem-file-empty = file kosong
problem-no-items = file tidak berisi item
problem-id-wrong-type = id harus berupa teks atau angka
problem-gold-wrong-type = gold harus berupa teks, angka, atau array id label
problem-id-too-long = id lebih panjang dari { $max } karakter
problem-no-content = item tidak punya konten
problem-item-too-large = item lebih besar dari { $max } byte
# $id: an item's id; $line: the line it first appeared on.
problem-duplicate-id = id "{ $id }" ganda (pertama kali di baris { $line })
problem-id-taken = id "{ $id }" sudah dipakai, sebelumnya di file ini atau di kampanye ini
# $name: a field of the item (prompt, a, b, model_a).
problem-pair-needs-text = item pairwise butuh "{ $name }" berupa teks yang tidak kosong
problem-pair-outputs-same = output "a" dan "b" sama
problem-pair-too-long = prompt, a dan b totalnya { $length } karakter, lebih banyak dari yang muat di kartu chat ({ $max })
problem-field-not-text = "{ $name }" harus berupa teks
problem-field-too-long = "{ $name }" lebih panjang dari { $max } karakter
problem-control-character = "{ $name }" berisi karakter kontrol
# $key: a translated field (note@es); $name: the field it translates.
problem-translates-missing = "{ $key }" menerjemahkan "{ $name }", yang tidak ada di item ini
problem-contribute-needs-prompt = item contribute butuh "prompt" (atau "text") atau "image" sebagai bahan tulisan
problem-gold-not-text = gold harus berupa teks atau angka
# $options: the campaign's option ids.
problem-gold-not-option = gold "{ $gold }" bukan salah satu opsi ({ $options })
problem-gold-not-a-set = gold harus berupa sekumpulan id label: array JSON seperti ["a", "b"], atau id yang digabung dengan "|"
problem-not-a-label = "{ $label }" bukan label kampanye ini
problem-ticked-twice = "{ $label }" dicentang dua kali
problem-archive-too-large = arsipnya lebih besar dari { $max } MB
problem-image-not-text = image harus berupa teks: file di dalam arsip atau URL https
problem-image-not-file-or-url = image "{ $image }" bukan file di dalam arsip dan bukan URL https
problem-image-not-in-archive = image "{ $image }" tidak ada di dalam arsip
# $detail: the media check's words (problem-media-* below), or its English account where it has none.
problem-image-refused = image "{ $image }": { $detail }
problem-media-refused = { $detail }

problem-media-image-too-many-bytes = gambarnya { $bytes } byte, lebih dari { $max }
problem-media-image-format = berkasnya { $format }; yang diterima: { $accepted }
problem-media-image-format-unknown = format berkasnya tidak dikenal; yang diterima: { $accepted }
problem-media-image-no-size = header gambar tidak mencantumkan ukuran
problem-media-image-too-many-pixels = gambarnya { $size }, lebih dari { $max } piksel
problem-media-image-aspect-ratio = gambarnya { $size }, lebih panjang dari { $max }:1
problem-media-zip-too-many-images = arsip menyebut { $count } gambar, lebih dari { $max } per unggahan
problem-media-zip-too-many-pixels = gambar-gambar di arsip berjumlah lebih dari { $max } piksel; pecah menjadi unggahan yang lebih kecil
problem-media-zip-stored-too-large = gambar-gambar di arsip memakan lebih dari { $max } byte setelah disimpan; pecah menjadi unggahan yang lebih kecil
problem-media-zip-unsafe-name = nama "{ $name }" { $why ->
        [empty] kosong
        [backslash] berisi garis miring terbalik
        [absolute] adalah path absolut
        [drive_letter] diawali huruf drive
        [control_character] berisi karakter kontrol
        [parent_segment] berisi segmen ".."
       *[empty_segment] berisi segmen kosong atau "."
    }
problem-media-zip-symlink = { $name } adalah tautan simbolik
problem-media-zip-not-a-file = { $name } bukan berkas biasa (mode { $mode })
problem-media-zip-encrypted = { $name } terenkripsi
problem-media-zip-compression = { $name } memakai metode kompresi { $method } (hanya stored dan deflate)
problem-media-zip-declares-too-large = { $name } menyatakan { $bytes } byte, lebih dari { $max }
problem-media-zip-declares-ratio = { $name } menyatakan rasio kompresi di atas { $max }:1
problem-media-zip-inflates-too-large = { $name } mengembang melebihi { $max } byte
problem-media-zip-inflates-ratio = { $name } mengembang lebih dari { $max } kali ukuran terkompresinya
problem-media-zip-duplicate = { $name } muncul lebih dari sekali di arsip

problem-community-id = komunitas adalah chat Telegram atau server Discord, disebut dengan id numeriknya
problem-grant-amount = grant harus berupa jumlah TNET positif, paling banyak sebesar batas 6.000.000.000
problem-chat-move-ids = chat dipindahkan dari satu id chat numerik ke id chat numerik lain
