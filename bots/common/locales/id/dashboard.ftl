# The moderator dashboard (bots/web/dashboard-html.ts, /dashboard) and the /dashboard command.

usage-dashboard = Cara pakai: /dashboard di grup komunitas Anda, atau /dashboard <id komunitas> di chat pribadi.
# The Telegram command menu's line for /dashboard.
cmd-dashboard = Moderator: tautan sekali pakai ke dasbor komunitas ini, lewat chat pribadi
dashboard-no-community = Chat ini bukan komunitas yang Anda moderasi. Kirim /dashboard di grup komunitas Anda, atau /dashboard <id komunitas> di sini.
dashboard-no-such-community = Anda tidak memoderasi komunitas dengan id itu.
dashboard-not-here = Tautan dasbor hanya dikirim lewat chat pribadi.
dashboard-link = Dasbor moderator Anda untuk { $title }:
    { $url }
    Tautan hanya bisa dipakai sekali, selama { $minutes } menit. Jangan bagikan.
# The slash command's name: it stays "dashboard" (moderators type it).
dcmd-dashboard-name = dashboard
dcmd-dashboard-desc = Buka dasbor moderator server ini (tautan pribadi sekali pakai)

dash-title = Dasbor moderator · Penambangan TNET
dash-heading = { $community } · dasbor moderator
dash-skip = Langsung ke konten
dash-logout = Keluar
dash-campaigns = Kampanye
dash-no-campaigns = Komunitas ini belum punya kampanye.
dash-col-campaign = Kampanye
dash-col-status = Status
dash-col-decided = Tugas yang diputuskan
dash-col-open = Tugas terbuka
dash-col-uncertain = Tugas tidak pasti
dash-col-spent = Anggaran terpakai
dash-col-left = Sisa anggaran
dash-budget = Anggaran
dash-back = Semua kampanye
dash-progress = Kemajuan
dash-agreement = Kesepakatan
dash-alpha = α Krippendorff (nominal)
dash-alpha-none = Belum cukup jawaban yang tumpang tindih
dash-alpha-not-applicable = Hanya untuk kampanye satu pilihan
dash-agreement-share = Jawaban yang sesuai konsensus
dash-confusion = Jawaban anggota dibanding konsensus
dash-confusion-caption = Baris: opsi yang diputuskan. Kolom: jawaban anggota.
dash-consensus = Konsensus
dash-col-answered = Jawaban
dash-chart = Grafik
dash-chart-alt = Grafik { $campaign }: kemajuan, kesepakatan, dan jawaban per hari.
dash-members = Anggota
dash-no-answers = Belum ada jawaban.
dash-col-member = Anggota
dash-col-answers = Jawaban
dash-col-skill = Perkiraan keahlian
dash-col-gold = Catatan soal kontrol
dash-col-median-time = Waktu median per tugas
dash-col-withheld = Jawaban ditahan (alasan)
dash-gold-hidden = tersembunyi sampai penyelesaian
dash-gold-note = Catatan soal kontrol tetap tersembunyi sampai kampanye diselesaikan, agar tidak ada yang bisa membedakan soal kontrol.
dash-gold-record = { $correct } dari { $answers }
dash-seconds = { $seconds } dtk
dash-appeals = Antrean banding
dash-appeals-none = Tidak ada banding yang menunggu.
dash-exports = Ekspor
dash-export-csv = Unduh CSV
dash-export-jsonl = Unduh JSONL
dash-export-final = hanya tugas yang diputuskan
dash-actions = Tindakan kampanye
dash-pause = Jeda kampanye
dash-resume = Lanjutkan kampanye
dash-close = Tutup kampanye
dash-close-warning = Penutupan bersifat final: anggota tidak akan mendapat tugas lagi dari kampanye ini.
dash-no-actions = Kampanye ini sudah ditutup.
dash-done-pause = Kampanye dijeda.
dash-done-resume = Kampanye berjalan lagi.
dash-done-close = Kampanye ditutup.
dash-open = Buka dasbor
dash-open-note = Tautan ini hanya bisa dipakai sekali. Membuka dasbor akan memasukkan Anda di peramban ini selama 8 jam.
dash-refused-heading = Dasbor tidak terbuka
dash-refused-link = Tautan ini sudah dipakai, kedaluwarsa, atau tidak dikenal. Kirim /dashboard ke bot untuk tautan baru.
dash-refused-session = Anda belum masuk, sesi Anda berakhir, atau Anda tidak lagi memoderasi komunitas ini. Kirim /dashboard ke bot untuk tautan baru.
dash-refused-csrf = Formulir ini tidak dapat diperiksa. Kembali, muat ulang halaman, lalu coba lagi.
dash-not-found = Tidak ada kampanye itu di komunitas ini.
dash-signed-out = Anda sudah keluar.
help-dashboard = Moderator: /dashboard - tautan sekali pakai ke dasbor kampanye di peramban (dikirim secara pribadi)
