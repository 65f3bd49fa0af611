# The Discord bot's own words (bots/discord): buttons, menus, modals and its replies.
# Identifiers ($taskId) are written without grouping.
# Command and subcommand names stay English, as every text names them (/task, /campaign
# list); option names are Indonesian: lower case, no spaces.

btn-discord-write = Tulis
discord-answer-placeholder = Pilih jawabanmu
discord-labels-placeholder = Pilih semua label yang sesuai
# How a Discord multi-label card asks; it takes the place of the common card's words.
discord-labels-hint = Pilih semua label yang sesuai dari menu, atau ketuk Tidak ada yang sesuai.

modal-title-contribution = Teksmu untuk tugas { $taskId }
discord-contribution-label = Teksmu ({ $minLength }–{ $maxLength } karakter)
discord-contribution-about-picture = Tulis tentang gambar di kartu.
modal-title-verify = Verifikasi dompetmu
discord-verify-label = Tanda tangan
discord-verify-label-desc = Tanda tangan 0x... untuk pesan /link. Tidak muat di kotak ini? Pakai halaman tautan dari /link.

discord-stale-button = Tombol itu sudah tidak berlaku. Kirim /task untuk tugas baru.
discord-stale-form = Formulir itu sudah tidak berlaku. Jalankan perintahnya lagi.
discord-unknown-command = Perintah itu tidak dikenal di sini (atau sudah tidak ada). Ketik / untuk melihat daftar perintah.

## Slash commands as Discord shows them. Ids follow the command's path:
##   dcmd-<command>-name, dcmd-<command>-desc
##   dsub-<command>-<subcommand>-name, dsub-<command>-<subcommand>-desc
##   dopt-<command>[-<subcommand>]-<option>-name, dopt-...-desc
##   choice-<command>[-<subcommand>]-<option>-<value>
## (an underscore in a name is a hyphen in the id). Names: 1-32 characters, lower case,
## letters, digits, - and _ only, no spaces. Descriptions and choices: at most 100 characters.

dcmd-task-name = task
dcmd-task-desc = Ambil tugas untuk dijawab
dopt-task-campaign-name = kampanye
dopt-task-campaign-desc = Nomor kampanye (dari /campaign list)

dcmd-balance-name = balance
dcmd-balance-desc = TNET kamu yang tertunda dan sudah di-mint

dcmd-stats-name = stats
dcmd-stats-desc = Akurasimu, dan alasan hadiah ditahan

dcmd-leaderboard-name = leaderboard
dcmd-leaderboard-desc = Penambang teratas

dcmd-link-name = link
dcmd-link-desc = Tautkan dompetmu (kamu menandatangani pesan untuk membuktikan dompet itu milikmu)
dopt-link-address-name = alamat
dopt-link-address-desc = Alamat dompetmu, 0x...

dcmd-verify-name = verify
dcmd-verify-desc = Selesaikan penautan dompetmu dengan tanda tangan pesan /link
dopt-verify-signature-name = tanda_tangan
dopt-verify-signature-desc = Tanda tangan 0x... dari dompetmu (atau kosongkan untuk membuka formulir)

dcmd-wallet-name = wallet
dcmd-wallet-desc = Dompet yang kamu tautkan

dcmd-unlink-name = unlink
dcmd-unlink-desc = Lepaskan dompet yang kamu tautkan

dcmd-merge-name = merge
dcmd-merge-desc = Gabungkan akunmu di chat lain, setelah /verify menawarkannya
dopt-merge-action-name = aksi
dopt-merge-action-desc = Konfirmasi atau batalkan penggabungan yang ditawarkan (kosongkan untuk melihat tawarannya)
choice-merge-action-confirm = confirm (konfirmasi)
choice-merge-action-cancel = cancel (batalkan)

dcmd-batch-name = batch
dcmd-batch-desc = Manifes sebuah batch mint: untuk apa saja setiap wei dibayarkan
dopt-batch-id-name = id
dopt-batch-id-desc = Id batch, 0x dan 64 digit heksadesimal

dcmd-help-name = help
dcmd-help-desc = Apa yang dilakukan bot ini dan daftar perintahnya

dcmd-campaign-name = campaign
dcmd-campaign-desc = Kelola kampanye (moderator)
dsub-campaign-new-name = new
dsub-campaign-new-desc = Buat draf kampanye beserta item-itemnya (CSV atau JSONL)
dopt-campaign-new-name-name = nama
dopt-campaign-new-name-desc = Namanya
dopt-campaign-new-kind-name = jenis
dopt-campaign-new-kind-desc = label, vote, check, pairwise, multilabel atau contribute
choice-campaign-new-kind-label = label (pilih satu label untuk tiap item)
choice-campaign-new-kind-vote = vote (pilih opsi yang lebih baik)
choice-campaign-new-kind-check = check (apakah model benar?)
choice-campaign-new-kind-pairwise = pairwise (mana dari dua output yang lebih baik?)
choice-campaign-new-kind-multilabel = multilabel (centang semua label yang sesuai)
choice-campaign-new-kind-contribute = contribute (anggota menulis teks, anggota lain memeriksanya)
dopt-campaign-new-question-name = pertanyaan
dopt-campaign-new-question-desc = Pertanyaan yang dijawab anggota untuk setiap item
dopt-campaign-new-reward-name = hadiah
dopt-campaign-new-reward-desc = TNET per jawaban yang diterima (misalnya 10 atau 0.5)
dopt-campaign-new-budget-name = anggaran
dopt-campaign-new-budget-desc = Total anggaran dalam TNET
dopt-campaign-new-items-name = item
dopt-campaign-new-items-desc = Item: .csv (baris header; id, gold opsional), .jsonl, atau .zip berisi salah satunya + gambar; 20 MB
dopt-campaign-new-options-name = pilihan
dopt-campaign-new-options-desc = Dipisah koma: cat, dog (pos=Positive); multilabel: 2-20; check: opsional; pairwise: tidak ada
dopt-campaign-new-answers-per-task-name = jawaban_per_tugas
dopt-campaign-new-answers-per-task-desc = Berapa jawaban yang dibutuhkan tiap tugas (default 3); contribute: teks per item
dopt-campaign-new-check-question-name = pertanyaan_periksa
dopt-campaign-new-check-question-desc = Contribute: yang dijawab pemeriksa untuk tiap teks (default: Apakah teks ini bagus?)
dopt-campaign-new-check-reward-name = hadiah_periksa
dopt-campaign-new-check-reward-desc = Contribute: TNET per pemeriksaan yang diterima (wajib di sana)
dopt-campaign-new-check-budget-name = anggaran_periksa
dopt-campaign-new-check-budget-desc = Contribute: anggaran pemeriksaan dalam TNET (wajib di sana)
dopt-campaign-new-min-length-name = panjang_min
dopt-campaign-new-min-length-desc = Contribute: jumlah karakter paling sedikit untuk satu teks (default 3)
dopt-campaign-new-max-length-name = panjang_maks
dopt-campaign-new-max-length-desc = Contribute: jumlah karakter paling banyak untuk satu teks (default 500)
dsub-campaign-list-name = list
dsub-campaign-list-desc = Daftar kampanye
dsub-campaign-stats-name = stats
dsub-campaign-stats-desc = Perkembangan sebuah kampanye
dopt-campaign-stats-id-name = id
dopt-campaign-stats-id-desc = Nomor kampanye (dari /campaign list)
dsub-campaign-post-name = post
dsub-campaign-post-desc = Posting kartu tugas sebuah kampanye di channel ini
dopt-campaign-post-id-name = id
dopt-campaign-post-id-desc = Nomor kampanye (dari /campaign list)
dsub-campaign-activate-name = activate
dsub-campaign-activate-desc = Mulai draf kampanye
dopt-campaign-activate-id-name = id
dopt-campaign-activate-id-desc = Nomor kampanye (dari /campaign list)
dsub-campaign-pause-name = pause
dsub-campaign-pause-desc = Jeda kampanye
dopt-campaign-pause-id-name = id
dopt-campaign-pause-id-desc = Nomor kampanye (dari /campaign list)
dsub-campaign-resume-name = resume
dsub-campaign-resume-desc = Lanjutkan kampanye yang dijeda
dopt-campaign-resume-id-name = id
dopt-campaign-resume-id-desc = Nomor kampanye (dari /campaign list)
dsub-campaign-close-name = close
dsub-campaign-close-desc = Tutup kampanye untuk selamanya
dopt-campaign-close-id-name = id
dopt-campaign-close-id-desc = Nomor kampanye (dari /campaign list)
dsub-campaign-export-name = export
dsub-campaign-export-desc = Label hasil konsensus sebagai file
dopt-campaign-export-id-name = id
dopt-campaign-export-id-desc = Nomor kampanye (dari /campaign list)
dopt-campaign-export-format-name = format
dopt-campaign-export-format-desc = CSV (default), JSON lines; kampanye pairwise juga pasangan DPO atau peringkat model
choice-campaign-export-format-csv = CSV
choice-campaign-export-format-jsonl = JSON lines
choice-campaign-export-format-dpo = Pasangan DPO (pairwise)
choice-campaign-export-format-ranking = Peringkat model (pairwise)

dcmd-community-name = community
dcmd-community-desc = Server ini sebagai komunitas: jatah TNET dan log audit-nya (moderator)
dsub-community-info-name = info
dsub-community-info-desc = Komunitas server ini dan jatahnya
dsub-community-audit-name = audit
dsub-community-audit-desc = Log audit komunitas
dopt-community-audit-community-name = komunitas
dopt-community-audit-community-desc = Nomor komunitas (dari /community list)
dsub-community-register-name = register
dsub-community-register-desc = Daftarkan server ini sebagai komunitas (admin platform)
dopt-community-register-title-name = judul
dopt-community-register-title-desc = Namanya di log audit
dsub-community-grant-name = grant
dsub-community-grant-desc = Tambahkan TNET ke jatah sebuah komunitas (admin platform)
dopt-community-grant-amount-name = jumlah
dopt-community-grant-amount-desc = TNET, misalnya 50000
dopt-community-grant-community-name = komunitas
dopt-community-grant-community-desc = Nomor komunitas (dari /community list)
dsub-community-list-name = list
dsub-community-list-desc = Semua komunitas (admin platform)
