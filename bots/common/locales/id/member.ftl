# Glossary:
#   task — tugas; campaign — kampanye; wallet — dompet; consensus — konsensus;
#   reward — hadiah; moderator — moderator; check question (hidden gold task) — soal uji;
#   label — label; answer — jawaban; member — anggota; mint — mint, minted — sudah di-mint;
#   pending — tertunda; budget — anggaran; allowance — jatah; community — komunitas;
#   contribution (a written text) — teks; batch — batch (batch mint).
#   Also: item — item; miner — penambang; mining — mining; accepted — diterima;
#   withheld — ditahan; floor — batas minimum; checker — pemeriksa; epoch — epoch.
#   TNET stays TNET. Members are addressed as "kamu" (informal).
# What members read: task cards, answers, /stats, /balance, /leaderboard, /help and the
# member commands. $campaignId and $taskId are identifiers; $name is a campaign's name.

## Task cards
card-header = Kampanye #{ $campaignId } · { $name } · tugas { $taskId }
# A card's progress: answers so far of the answers it needs.
card-answers-of = { $count }/{ $target } jawaban
card-answers = { $count } jawaban
# The same for a card that asks for written texts.
card-texts-of = { $count }/{ $target } teks
card-texts = { $count } teks
# $reward is an amount such as "0.5 TNET".
card-reward-answer = { $reward } per jawaban yang diterima
card-reward-text = { $reward } per teks yang diterima
card-closed-texts = Ditutup: teks-teksnya diteruskan ke anggota lain untuk diperiksa
# $label names the decided option.
card-closed-consensus = Konsensus: { $label }
card-closed-unclear = Ditutup tanpa konsensus yang jelas
card-multilabel-hint = Centang semua label yang sesuai, lalu ketuk Selesai; ketuk Tidak ada yang sesuai kalau memang tidak ada.
# How each surface asks for a written text; $min and $max count characters.
card-contribute-hint = Balas pesan ini dengan teksmu ({ $min }–{ $max } karakter).
card-contribute-hint-discord = Ketuk Tulis untuk mengirim teksmu ({ $min }–{ $max } karakter).
card-contribute-hint-console = Ketik teksmu ({ $min }–{ $max } karakter) di baris berikutnya.
card-pair-prompt = Prompt:
card-pair-first = Respons 1:
card-pair-second = Respons 2:
card-check-text = Teks yang diperiksa:
# What a multi-label answer with no label ticked is called.
card-none-apply = tidak ada yang sesuai

## Buttons
btn-next-task = Tugas berikutnya
btn-pair-first = 1 lebih baik
btn-pair-second = 2 lebih baik
btn-pair-tie = Seri
btn-pair-both-bad = Dua-duanya jelek
btn-none-apply = Tidak ada yang sesuai
btn-done = Selesai

## Answers
toast-stale-button = Tombol itu sudah tidak berlaku.
toast-answer-recorded = Jawaban tercatat
answer-recorded = Jawaban tercatat: { $label }.
answer-decided-later = Hadiahmu ditentukan saat tugas ini ditutup; nanti bisa kamu lihat di /balance dan /stats.
answer-duplicate = Kamu sudah menjawab tugas ini: { $label }.
# A pairwise answer named by the side the member saw on their own card.
answer-duplicate-side = Kamu sudah menjawab tugas ini: { $label } (sesuai kartu yang kamu jawab).
toast-nothing-ticked = Belum ada yang dicentang. Centang label yang sesuai, atau ketuk Tidak ada yang sesuai.
toast-ticks-expired = Centanganmu sudah kedaluwarsa; centang lagi ya.
# $labels lists the ticked labels, separated by commas.
toast-ticked = Dicentang: { $labels }. Ketuk Selesai untuk mengirim.
task-none-active = Saat ini belum ada kampanye yang aktif. Cek lagi nanti ya.
task-campaign-idle = Kampanye #{ $campaignId } sedang tidak menerima jawaban.
task-all-done = Kamu sudah menjawab semua tugas yang tersedia untukmu. Terima kasih! Cek lagi nanti ya.

## Written contributions
contribution-accepted = Makasih — teksmu akan diperiksa anggota lain; kamu dibayar kalau mereka menerimanya.
contribution-repeat = Kamu sudah mengirim teks untuk tugas ini; teksnya sedang diperiksa.
contribution-not-served = Kartu itu bukan kartu yang diberikan ke kamu. Kirim /task untuk dapat tugas.
contribution-empty = Teksnya kosong. Tulis teksmu sendiri lalu kirim lagi.
contribution-control = Teks itu berisi karakter kontrol. Kirim teks biasa saja.
contribution-too-short = Teks itu terlalu pendek: tulis minimal { $min } karakter.
contribution-too-long = Teks itu terlalu panjang: tulis maksimal { $max } karakter.
contribution-copied = Teks itu menyalin prompt-nya. Tulis dengan kata-katamu sendiri.
contribution-duplicate = Teks itu sudah pernah dikirim untuk kampanye ini. Tulis teksmu sendiri.

## Why a reward was paid, withheld or corrected (after "because")
rule-consensus-match = jawabanmu sesuai dengan konsensus
rule-majority-match = jawabanmu sesuai dengan mayoritas
rule-gold-match = jawabanmu sesuai dengan jawaban yang sudah diketahui
rule-consensus-mismatch = jawabanmu berbeda dari konsensus
rule-consensus-uncertain = tugasnya ditutup tanpa konsensus yang meyakinkan
rule-majority-tie = tidak tercapai konsensus
rule-gold-mismatch = jawabanmu berbeda dari jawaban yang sudah diketahui
rule-gold-failed = terlalu banyak jawabanmu untuk soal uji yang salah
rule-skill-below-floor = perkiraan akurasimu di bawah batas minimum kampanye
rule-budget-exhausted = anggaran kampanyenya sudah habis
rule-collusion-suspected = jawabanmu terlalu seragam dengan akun-akun lain, jauh melebihi yang wajar untuk kerja jujur, dan jawaban soal uji kalian tidak cukup bagus
rule-timing-too-fast = jawabanmu masuk lebih cepat daripada waktu yang dibutuhkan untuk membaca item-itemnya
rule-contribution-accepted = anggota lain sudah memeriksa teksmu dan menilainya bagus
rule-contribution-rejected = anggota lain sudah memeriksa teksmu dan menilainya kurang bagus
rule-contribution-uncertain = pemeriksaan teksmu ditutup tanpa konsensus yang meyakinkan
rule-consensus-corrected = konsensus tugasnya berubah setelah ada jawaban tambahan
rule-pace-pro-rata = perolehan epoch ini melebihi laju emisi, jadi semua hadiah dibayar secara pro-rata
rule-merge-duplicate = dua akun chat-mu digabung dan keduanya sudah menjawab tugas ini: yang dihitung jawaban yang lebih awal

## /stats, /balance, /leaderboard
stats-none = Belum ada jawaban. Kirim /task untuk mulai mining.
stats-title = Statistik mining kamu
stats-answers = Jawaban: { $answers } · dinilai: { $scored } · diterima: { $accepted }
# The same with the accepted share of scored answers, such as "75%".
stats-answers-share = Jawaban: { $answers } · dinilai: { $scored } · diterima: { $accepted } ({ $share })
stats-withheld = Ditahan:
# $reason is one of the rule- texts.
stats-withheld-line = - { $count } karena { $reason }
stats-corrected = Dikoreksi: { $count } ({ $amount }) karena { $reason }
# $accuracy and $floor are shares such as "82%".
stats-campaign = Kampanye #{ $campaignId } { $name }: perkiraan akurasi { $accuracy } (batas minimum { $floor })
stats-not-estimated = belum diperkirakan
stats-gold = · soal uji benar { $correct }/{ $total }
stats-gold-failed = Terlalu banyak soal uji yang salah: jawabanmu yang sesuai tidak dapat hadiah sampai kamu menjawab lebih banyak soal uji dengan benar.
stats-below-floor = Di bawah batas minimum: jawabanmu yang sesuai tidak dapat hadiah sampai akurasimu naik. Kerjakan tiap tugas pelan-pelan dan teliti.
# $pending and $minted are amounts such as "12.5 TNET".
balance-text = Tertunda: { $pending }
    Sudah di-mint: { $minted }
    Jawaban diterima: { $accepted } · ditahan: { $withheld } · menunggu: { $awaiting }
leaderboard-empty = Belum ada hadiah. Jadilah yang pertama: kirim /task.
leaderboard-title = Penambang teratas
leaderboard-line = { $rank }. { $name }: { $earned } ({ $accepted } diterima)
# A member without a display name.
leaderboard-member = anggota { $memberId }

## Commands in general
router-too-long = Perintah itu terlalu panjang.
router-not-command = Perintah diawali dengan /. Kirim /help untuk daftarnya.
router-unknown = Perintah /{ $name } tidak dikenal. Kirim /help untuk daftarnya.
toast-went-wrong = Ada yang salah.
# $ref is a short code the member quotes to the operators.
router-unexpected = Ada yang salah di sistem kami (ref { $ref }). Coba lagi ya.
refusal-moderators = Cuma moderator yang bisa melakukan itu.
refusal-admins = Cuma admin platform yang bisa melakukan itu.
usage-task = Cara pakai: /task atau /task <id kampanye>
usage-link = Cara pakai: /link atau /link <alamat dompetmu>, contohnya /link 0xAbC...123
usage-verify = Cara pakai: /verify <tanda tangan> (teks 0x... yang diberikan dompetmu saat menandatangani pesan /link)

## /link, /wallet, /unlink, /merge
link-page = Buka { $url } di browser yang terpasang dompetmu untuk menautkannya (link ini cuma bisa dipakai sekali, selama { $minutes } menit).
link-by-hand = Atau kirim /link <alamat dompetmu> untuk menandatangani pesan secara manual.
link-sign = Atau tanda tangani pesan ini dengan dompetmu ({ $address }), lalu kirim /verify <tanda tangan>. Berlaku selama { $minutes } menit.
mywallet-yours = Dompetmu: { $address }
mywallet-none = Kamu belum menautkan dompet. Kirim /link <alamat dompetmu>.
unlink-done = Dompet { $address } sudah dilepas. Yang sudah di-mint tetap di sana; hadiah tertunda menunggu sampai kamu menautkan dompet lagi.
merge-offer = Dompet { $address } milik anggota #{ $otherMemberId }. Kirim /merge confirm untuk menggabungkan keduanya, atau /merge cancel.
merge-usage = Cara pakai: /merge confirm atau /merge cancel, setelah /verify menawarkan penggabungan.
merge-cancelled = Penggabungan dibatalkan. Akun-akunmu tetap terpisah.
merge-done = Beres: sekarang kamu anggota #{ $memberId }, dengan dompet { $address }. Jawaban, skill, dan hadiah tertundamu sudah digabung.
merge-duplicates = { $count } tugas yang kamu jawab dua kali dihitung sekali (jawaban yang lebih awal).

## /start and /help
welcome = Selamat datang di TNET mining!
    Kamu akan dapat tugas-tugas kecil (memberi label pada item, voting, mengecek model). Tiap tugas dijawab banyak anggota; kalau sudah cukup yang sepakat, jawaban yang sesuai konsensus dapat TNET. Hadiah di-mint per batch ke dompet yang kamu tautkan.
help-text = TNET mining: jawab tugas-tugas AI kecil, dapatkan TNET kalau jawabanmu sesuai konsensus.
    /task [kampanye] - ambil tugas untuk dijawab (di grup atau server: kampanye komunitasnya dan kampanye platform)
    /leaderboard - penambang teratas
    /batch <id batch> - satu batch mint: totalnya, transaksinya, dan pembayaran pertamanya
    /campaign list - kampanye yang sedang berjalan
    /campaign stats <id> - perkembangan sebuah kampanye
    /language - pilih bahasamu (di grup: bahasa grup, dipilih moderatornya)
    Pribadi, dijawab hanya lewat chat pribadi (di Discord, cuma kamu yang melihat jawabannya):
    /balance - TNET kamu yang tertunda dan yang sudah di-mint
    /stats - akurasimu, dan alasan hadiah ditahan
    /why [tugas | batch <id>] - kenapa jawabanmu dibayar atau ditahan, dan di mana di-mint
    /link [alamat] - tautkan dompetmu lewat halaman tautan, atau dengan menandatangani pesan secara manual
    /verify <tanda tangan> - selesaikan penautan dengan tanda tangan pesan itu
    /wallet - dompet yang kamu tautkan; /unlink - lepaskan dompet itu
    /merge confirm - gabungkan akunmu dengan akunmu di chat lain (ditawarkan saat kamu memverifikasi dompetnya)
    Moderator: /campaign new, /campaign activate|pause|resume|close|export|post <id>, /community (jatah komunitas ini), /community audit (log audit-nya)
    /help - daftar ini

## The platform's own option labels and questions
btn-option-correct = Benar
btn-option-wrong = Salah
btn-option-yes = Ya
btn-option-no = Tidak
btn-option-unsure = Tidak yakin
btn-option-good = Bagus
btn-option-not-good = Tidak bagus
card-default-check-question = Apakah teks ini bagus?
card-model-says = Model bilang { $label }, { $percent }. Benar?
card-checks-name = { $name } (pemeriksaan)
