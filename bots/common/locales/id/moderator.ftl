# Moderator-facing words: /campaign, /community, /batch, the guided /campaign new
# (bots/common/campaign-wizard.ts), the stats text and chart, the audit log.
# Commands and what is typed after them (/campaign post, activate, -, min-max) stay as
# written: moderators type them. Identifiers ($campaignId, $communityId) have no grouping.

## Names of codes

# A campaign's status in a list or a heading. $status is its code: draft, active, paused or closed.
mod-status-name = { $status ->
        [draft] draf
        [active] aktif
        [paused] dijeda
        [closed] ditutup
       *[other] { $status }
    }
# A campaign's kind. $kind is its code (label, vote, check, pairwise, multilabel, contribute),
# which moderators also type in the wizard, so the code itself stays recognizable.
mod-kind-name = { $kind ->
        [label] label
        [vote] vote
        [check] check
        [pairwise] pairwise
        [multilabel] multilabel
        [contribute] contribute
       *[other] { $kind }
    }
# A mint batch's state. $state is its code: prepared, submitted, confirmed or failed.
batch-state-name = { $state ->
        [prepared] disiapkan
        [submitted] dikirim
        [confirmed] terkonfirmasi
        [failed] gagal
       *[other] { $state }
    }

## /campaign (bots/common/commands/campaign.command.ts)

mod-campaign-usage = Cara pakai: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
# $sub is the subcommand the moderator typed (stats, post, pause, ...), kept as typed.
mod-campaign-usage-id = Cara pakai: /campaign { $sub } <id>, dengan nomor kampanye dari /campaign list.
# $sub is the unknown word typed after /campaign, shown as typed.
mod-campaign-unknown-sub =
    Subperintah "{ $sub }" tidak dikenal.
    Cara pakai: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
mod-campaign-none = Belum ada kampanye.
mod-campaign-none-active = Saat ini belum ada kampanye yang aktif.
# $lines: one line per campaign (mod-campaign-line), joined by line breaks.
mod-campaign-list = Kampanye
    { $lines }
# One campaign of /campaign list. $status is a translated mod-status-name; $reward, $spent and $budget are TNET amounts.
mod-campaign-line = #{ $campaignId } { $name } [{ $status }] · { $reward } per jawaban · { $spent } dari { $budget } terpakai
mod-campaign-posted = Kampanye #{ $campaignId } sekarang diposting di sini.
# $cards: how many task cards this chat shows at the same time.
mod-campaign-posted-cards = Kampanye #{ $campaignId } sekarang diposting di sini, { $cards } kartu sekaligus.
# $status is a translated mod-status-name.
mod-campaign-now = Kampanye #{ $campaignId } sekarang { $status }.

## /campaign in Telegram and Discord (bots/telegram/campaign.composer.ts, bots/discord/commands/campaign*.ts)

mod-tg-campaign-usage =
    Cara pakai: /campaign list | /campaign stats <id>
    Moderator: /campaign new [id komunitas] | /campaign post <id> [jumlah kartu sekaligus] | /campaign activate|pause|resume|close <id> | /campaign export <id>
mod-new-usage = Cara pakai: /campaign new, lalu jawab pertanyaannya satu per satu. Di chat pribadi: /campaign new <id komunitas> untuk sebuah komunitas.
# $prompt is the question the conversation waits on.
mod-new-in-progress = Pembuatan kampanye baru sedang berjalan.
    { $prompt }
# $formats: the export formats, joined by commas (csv, jsonl, dpo, ranking), as typed.
mod-export-usage = Cara pakai: /campaign export <id> [format], dengan nomor kampanye dari /campaign list; format: { $formats } (default csv; dpo dan ranking untuk kampanye pairwise).
# $formats: the export formats, joined by commas, as typed.
mod-export-choose-format = Pilih format ekspor: { $formats }.
# The caption of an export file. $count: how many tasks (or, for the ranking format, models)
# the file holds; $format: csv, jsonl, dpo or ranking.
mod-export-caption = { $format ->
        [ranking] Kampanye #{ $campaignId }: { $count } model diperingkat dengan Bradley-Terry, dalam CSV.
        [dpo] Kampanye #{ $campaignId }: { $count } tugas yang sudah diputuskan, sebagai pasangan preferensi DPO (JSON lines).
        [jsonl] Kampanye #{ $campaignId }: { $count } tugas beserta konsensusnya, dalam JSON lines.
       *[other] Kampanye #{ $campaignId }: { $count } tugas beserta konsensusnya, dalam CSV.
    }
mod-export-not-sent-telegram = Ekspor kampanye #{ $campaignId } tidak bisa dikirim (Telegram hanya menerima dokumen sampai 50 MB). Di server: npx tnet campaign export { $campaignId }
mod-export-too-large-discord = Ekspor kampanye #{ $campaignId } lebih dari 10 MB; ambil lewat CLI: npx tnet campaign export { $campaignId }.
# $max: the most task cards a chat may show at once.
mod-post-usage = Cara pakai: /campaign post <id> [kartu], dengan kartu (1 sampai { $max }) adalah jumlah kartu tugas yang ditampilkan sekaligus di chat ini.
mod-cancel-nothing = Tidak ada yang perlu dibatalkan.
# $prompt is the question the conversation waits on (a file comes only at the items step).
mod-upload-not-yet = Belum saatnya: { $prompt }
# $size and $limit are file sizes with their unit (like 25.3 MB).
mod-upload-too-large = Ukuran file itu { $size }; batasnya { $limit }. Pecah jadi beberapa file yang lebih kecil, atau /cancel.
mod-upload-format = Kirim item sebagai file .csv atau .jsonl (atau .zip berisi salah satunya beserta gambarnya), atau /cancel.
# $reason says why the file could not be downloaded (a full sentence).
mod-upload-refused = { $reason } Atau /cancel.
# $name is the attached file's name.
mod-items-format-discord = Item harus berupa file .csv, .jsonl atau .zip; { $name } bukan salah satunya. Tidak ada yang dibuat.
# $size is the file's size in megabytes, with one decimal (like 25.0).
mod-items-too-large-discord = Ukuran file itu { $size } MB; file item maksimal 20 MB. Tidak ada yang dibuat.
mod-items-unreadable-discord = File yang dilampirkan tidak bisa dibaca. Lampirkan lagi. Tidak ada yang dibuat.
# $error is why the items were refused (an error text, possibly several lines).
mod-items-refused-discord = { $error }
    Tidak ada yang dibuat; perbaiki filenya lalu jalankan /campaign new lagi.
# $count: items imported; $gold: how many of them carry a known answer (0: none).
mod-imported-discord = { $gold ->
        [0] { $count } item diimpor ke draf kampanye #{ $campaignId }. Mulai dengan /campaign activate { $campaignId }.
       *[other] { $count } item ({ $gold } di antaranya dengan jawaban yang sudah diketahui) diimpor ke draf kampanye #{ $campaignId }. Mulai dengan /campaign activate { $campaignId }.
    }

## The guided /campaign new (bots/common/campaign-wizard.ts)

wizard-prompt-name =
    Kampanye baru (kirim /cancel kapan saja untuk berhenti).
    Langkah 1 dari 8: apa namanya?
# The kind names before each parenthesis are typed as written.
wizard-prompt-kind = Langkah 2 dari 8: jenisnya apa? label (pilih satu label untuk tiap item), vote (pilih opsi yang lebih baik), check (apakah model benar?), pairwise (mana dari dua output yang lebih baik: A, B, seri, atau dua-duanya jelek), multilabel (centang semua label yang sesuai) atau contribute (anggota menulis teks, misalnya caption atau terjemahan, lalu anggota lain memeriksanya)
wizard-prompt-question = Langkah 3 dari 8: pertanyaan yang dijawab anggota untuk setiap item?
wizard-prompt-options = Langkah 4 dari 8: opsi-opsinya, dipisah koma: cat, dog, bird. Beri label dengan = (pos=Positif). Untuk kampanye check, - memakai opsi default Benar / Salah.
wizard-prompt-options-multilabel = Langkah 4 dari 8: label yang dicentang anggota, 2 sampai 20, dipisah koma: toxic, spam, off_topic. Beri nama label dengan = (off_topic=Di luar topik).
wizard-prompt-reward = Langkah 5 dari 8: hadiah per jawaban yang diterima, dalam TNET (misalnya 10 atau 0.5)?
wizard-prompt-answers-per-task = Langkah 6 dari 8: berapa jawaban yang dibutuhkan tiap tugas (1 sampai 100; biasanya 3)?
wizard-prompt-budget = Langkah 7 dari 8: total anggaran dalam TNET?
wizard-prompt-items = Langkah 8 dari 8: kirim item sebagai file CSV (satu baris header, satu item per baris; kolom opsional id dan gold) atau file JSONL (satu objek JSON per baris), maksimal 20 MB; atau .zip berisi satu file seperti itu beserta gambar yang disebut di kolom image-nya.
# Said under the items step of a pairwise campaign; the column names stay as written.
wizard-items-pairwise = Setiap item pairwise punya satu prompt dan dua output: kolom prompt, a, b, dan opsional model_a dan model_b untuk memeringkat model.
# Said under the items step of a multilabel campaign; "gold" is the column name, | and [] as typed.
wizard-items-multilabel = Jawaban yang sudah diketahui (gold) adalah sekumpulan id label yang digabung dengan | (toxic|spam), atau [] kalau tidak ada yang sesuai.
wizard-pairwise-options-fixed = Opsinya sudah tetap: A, B, seri, dua-duanya jelek.

# A contribute campaign's questions. $step is this question's number, $steps how many there are.
wizard-contribute-question = Langkah { $step } dari { $steps }: apa yang ditulis anggota untuk setiap item (misalnya: Tulis caption untuk gambar ini)?
wizard-contribute-reward = Langkah { $step } dari { $steps }: hadiah per teks yang diterima, dalam TNET (misalnya 10 atau 0.5)? Teks diterima kalau anggota yang memeriksanya menilainya bagus.
wizard-contribute-answers-per-task = Langkah { $step } dari { $steps }: berapa teks untuk tiap item, dari anggota yang berbeda (1 sampai 100)?
wizard-contribute-budget = Langkah { $step } dari { $steps }: anggaran untuk teks, dalam TNET?
# "-" is typed as written: it keeps the default question shown in quotes.
wizard-contribute-check-question = Langkah { $step } dari { $steps }: pertanyaan yang dijawab pemeriksa untuk tiap teks (misalnya: Apakah ini caption yang bagus?), atau - untuk pertanyaan default "Apakah teks ini bagus?"
wizard-contribute-check-reward = Langkah { $step } dari { $steps }: hadiah per pemeriksaan yang diterima, dalam TNET?
wizard-contribute-check-budget = Langkah { $step } dari { $steps }: anggaran untuk pemeriksaan, dalam TNET?
# $max: the longest text allowed, in characters; $defaults: the default lengths as min-max (like 3-500).
wizard-contribute-lengths = Langkah { $step } dari { $steps }: panjang teks yang boleh, dalam karakter, sebagai min-max (misalnya 10-200; maksimal { $max }), atau - untuk { $defaults }?
wizard-contribute-items = Langkah { $step } dari { $steps }: kirim item sebagai file CSV (satu baris header, satu item per baris; kolom opsional id) atau file JSONL (satu objek JSON per baris), maksimal 20 MB; atau .zip berisi satu file seperti itu beserta gambar yang disebut di kolom image-nya. Setiap item punya prompt (atau text) untuk ditulis, gambar, atau keduanya.

# A problem with an answer starts with the field's name as the definition file spells it
# (options, answersPerTask, lengths): keep those words as they are.
wizard-problem-options-multilabel = options: kampanye multilabel butuh label untuk dicentang
wizard-problem-options-needed = options: kampanye label dan vote butuh opsi
# $max: the most labels a multilabel campaign may have.
wizard-problem-too-many-labels = options: kampanye multilabel punya maksimal { $max } label
wizard-problem-answers-whole = answersPerTask: harus bilangan bulat
wizard-problem-lengths-format = lengths: tulis jumlah karakter paling sedikit dan paling banyak sebagai min-max, misalnya 10-200
wizard-problem-lengths-order = lengths: yang paling sedikit tidak boleh lebih dari yang paling banyak
# $problems: one "- " line per problem (their texts come from the definition's rules).
wizard-does-not-fit = Itu tidak sesuai:
    { $problems }
# $prompt: the items question (wizard-prompt-items, maybe with more lines).
wizard-items-as-document = Kirim item sebagai dokumen (file .csv atau .jsonl). { $prompt }
# The first summary line. $name and $question are the moderator's own; $kind is a translated mod-kind-name.
wizard-summary-head = { $name } ({ $kind }): { $question }
# $options: the options joined by commas, each as its id or as id (label).
wizard-summary-options = Opsi: { $options }
# One option with its label, in the options summary.
wizard-summary-option-label = { $optionId } ({ $label })
# $reward and $budget are TNET amounts; $answers: answers each task needs.
wizard-summary-answers = { $reward } per jawaban yang diterima, { $answers } jawaban per tugas, anggaran { $budget }
# A contribute campaign's length and check question; $min and $max are characters.
wizard-summary-texts = Teks { $min }–{ $max } karakter, diperiksa anggota lain: { $checkQuestion }
# $reward and $budget are TNET amounts; $texts: texts each item takes.
wizard-summary-texts-money = { $reward } per teks yang diterima, { $texts } teks per item, anggaran { $budget }
# $reward and $budget are TNET amounts; $checks: checks each text takes.
wizard-summary-checks-money = { $reward } per pemeriksaan yang diterima, { $checks } pemeriksaan per teks, anggaran { $budget }
# $error is the error text (possibly several lines); the file can be sent again.
wizard-file-refused = { $error }
    Perbaiki filenya lalu kirim lagi, atau /cancel.
# $count: items imported; $gold: how many of them carry a known answer (0: none).
wizard-imported = { $gold ->
        [0] { $count } item diimpor ke draf kampanye #{ $campaignId }.
       *[other] { $count } item ({ $gold } di antaranya dengan jawaban yang sudah diketahui) diimpor ke draf kampanye #{ $campaignId }.
    }
# "activate" is typed as written (yes and start work too).
wizard-confirm = Kirim activate untuk memulai kampanye #{ $campaignId }, atau /cancel untuk membuangnya.
wizard-activated = Kampanye #{ $campaignId } sudah aktif. Posting di grup dengan /campaign post { $campaignId } [jumlah kartu sekaligus].
wizard-cancelled-draft = Dibatalkan. Draf kampanye #{ $campaignId } ditutup; kampanye ini tidak pernah berjalan.
wizard-cancelled = Dibatalkan. Tidak ada kampanye yang dibuat.

## /campaign stats in words (bots/common/campaign-stats-text.ts)

# $status is a translated mod-status-name.
stats-report-head = Kampanye #{ $campaignId } · { $name } [{ $status }]
# $progress is a percentage; $final: tasks with a final result of $tasks; $uncertain: final without clear consensus.
stats-report-progress = Progres: { $progress } ({ $final } dari { $tasks } tugas final, { $uncertain } tanpa konsensus yang jelas)
stats-report-answers = Jawaban: { $answers } dari { $members } anggota
stats-report-agreement-none = Kesepakatan: belum ada jawaban yang dinilai ({ $accepted } diterima, { $withheld } ditahan)
# $agreement is a percentage.
stats-report-agreement = Kesepakatan: { $agreement } ({ $accepted } diterima, { $withheld } ditahan)
# $spent and $budget are TNET amounts.
stats-report-budget = Anggaran: { $spent } dari { $budget } terpakai
# $accuracy is a percentage; $checked: model predictions members decided.
stats-report-model-verified = Model diverifikasi anggota: { $accuracy } benar ({ $checked } prediksi diperiksa)
# A multilabel campaign's heading: $sets decided label sets, $answers answers that ticked labels.
stats-report-labels-head = Label (di { $sets } set yang sudah diputuskan · dicentang di { $answers } jawaban):
# One label: $decided is its share of the decided sets, $ticked of the answers (each like "50% (4)" or –).
stats-report-label-line = • { $label }: { $decided } · { $ticked }
# The line for sets where no label applies; $decided and $ticked as in stats-report-label-line.
stats-report-label-none = • tidak ada yang sesuai: { $decided } · { $ticked }
# A share with its count, like "50% (4)". $share is a percentage.
stats-report-share-count = { $share } ({ $count })
stats-report-position-bias-none = Bias posisi: belum ada jawaban yang memilih salah satu sisi
# $share, $low and $high are percentages ($low–$high is the 95% interval); $answers: answers that chose a side.
stats-report-position-bias = Bias posisi: output yang ditampilkan pertama menang di { $share } dari { $answers } jawaban yang memilih sisi (95% { $low }–{ $high }; 50% berarti tanpa bias)
stats-report-ranking-none = Peringkat: belum ada pasangan yang diputuskan yang menyebut kedua modelnya
# $pairs: decided pairs that name both models.
stats-report-ranking-head = Peringkat (Bradley-Terry dari { $pairs } pasangan yang diputuskan, interval 95%):
# One model of the ranking: $rank its place, $score its score with the 95% interval $low–$high, $pairs the pairs it was in.
stats-report-ranking-line = { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } pasangan

## The /campaign stats picture (bots/common/campaign-chart.ts); short lines on a chart

# $status is a translated mod-status-name.
chart-title = Kampanye #{ $campaignId } · { $name } [{ $status }]
# $spent and $budget are TNET amounts.
chart-subtitle = { $answers } jawaban dari { $members } anggota · { $spent } dari { $budget } terpakai
chart-progress = Progres
# $final: tasks with a final result, of $tasks.
chart-progress-note = ({ $final } dari { $tasks } final)
chart-agreement = Kesepakatan
chart-agreement-none = belum ada jawaban yang dinilai
chart-agreement-note = ({ $accepted } diterima)
chart-model-verified = Model terverifikasi
chart-model-none = belum ada pemeriksaan yang diputuskan
chart-model-note = ({ $checks } pemeriksaan)
# A pairwise campaign's position bias: the share of answers won by the output shown first.
chart-first-won = Yang tampil pertama menang
chart-first-won-none = belum ada jawaban yang memilih sisi
# $answers: answers that chose a side.
chart-first-won-note = dari { $answers } (50% = tanpa bias)
# $days: how many days the columns show.
chart-answers-per-day = Jawaban per hari ({ $days } hari terakhir, UTC)
chart-top-miners = Penambang teratas
chart-no-answers = Belum ada jawaban
# A miner without a display name; $memberId is their member number.
chart-member = anggota { $memberId }
# One miner: $rank is their place.
chart-miner = { $rank }. { $name }
# $earned is a TNET amount.
chart-miner-note = { $answers } jawaban · { $accepted } diterima · { $earned }
# $sets: decided label sets; $answers: answers (the thin bars count their ticks).
chart-labels-head = Label di { $sets } set yang diputuskan (tipis: dicentang di { $answers } jawaban)
chart-labels-more = dan { $count } lagi di /campaign stats
chart-ranking-head = Peringkat model (Bradley-Terry, { $pairs } pasangan, interval 95%)
chart-ranking-more = dan { $count } lagi di ekspor
chart-ranking-model = { $rank }. { $model }

## /batch (bots/common/batch-text.ts, bots/common/commands/batch.command.ts)

batch-usage = Cara pakai: /batch <id batch, 0x dan 64 digit heksadesimal>
batch-not-found = Batch mint { $batchId } tidak ada.
# $state is a translated batch-state-name.
batch-head = Batch mint { $batchId } [{ $state }]
batch-transaction = Transaksi: { $txHash }
batch-transaction-none = Transaksi: belum dikirim
# $gross is a TNET amount.
batch-totals = { $rows } baris ke { $wallets } dompet, bruto { $gross }
# $amount is a TNET amount.
batch-payout = { $wallet } { $amount }
# The full manifest is shown by the operator's command line, kept as written.
batch-more = ... dan { $count } dompet lagi; manifes lengkapnya: npx tnet batch { $batchId }

## /community (bots/common/commands/community.command.ts, bots/common/audit-text.ts)

community-usage =
    Cara pakai: /community (komunitas ini dan jatahnya) | /community audit [id komunitas]
    Admin platform: /community register [judul] (di grup atau server; judul default-nya nama grup/server) | /community grant [id komunitas] <TNET> | /community list
# $sub is the unknown word typed after /community, shown as typed.
community-unknown-sub =
    Subperintah "{ $sub }" tidak dikenal.
    Cara pakai: /community (komunitas ini dan jatahnya) | /community audit [id komunitas]
    Admin platform: /community register [judul] (di grup atau server; judul default-nya nama grup/server) | /community grant [id komunitas] <TNET> | /community list
community-grant-usage = Cara pakai: /community grant [id komunitas] <TNET>, misalnya /community grant 50000.
community-audit-usage = Cara pakai: /community audit [id komunitas]
community-not-registered = Chat ini bukan komunitas yang terdaftar. Admin platform bisa mendaftarkannya dengan /community register.
# $line is the community's line (community-line).
community-info = Komunitas { $line }
community-register-here = Kirim /community register di grup atau server untuk mendaftar, atau pakai CLI: tnet community register.
community-registered = Chat ini sekarang komunitas #{ $communityId } "{ $title }". Beri jatah dengan /community grant <TNET>.
community-grant-private-usage = Cara pakai: /community grant <id komunitas> <TNET> di chat pribadi.
community-register-first = Chat ini bukan komunitas yang terdaftar. Daftarkan dulu dengan /community register.
# $amount, $allowance and $left are TNET amounts.
community-granted = { $amount } diberikan ke komunitas #{ $communityId }: total { $allowance }, sisa { $left }.
community-audit-empty = Log audit di sini masih kosong.
# $lines: one audit line each (audit-line), oldest first.
community-audit = Log audit (terbaru paling bawah)
    { $lines }
community-none = Belum ada komunitas.
# $lines: one community-line each.
community-list = Komunitas
    { $lines }
# One community. $platform (telegram, discord) and $chatId (its chat or server id) are codes;
# $allowance, $reserved and $left are TNET amounts.
community-line = #{ $communityId } { $platform } { $chatId } "{ $title }" · jatah { $allowance }, { $reserved } dicadangkan, sisa { $left }

# An audit log line: "2026-12-05 14:40 UTC #17 telegram:999 campaign.pause campaign:3 platform from=active to=paused".
# $at is the time in UTC (year-month-day hours:minutes); $rest holds codes (who, what, details) kept as recorded.
audit-line = { $at } UTC #{ $id } { $rest }
# Where an audit entry happened: the platform itself, not a community.
audit-platform = platform
audit-community = komunitas:{ $communityId }
