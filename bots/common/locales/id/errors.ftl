# Domain errors, one message per error code (bots/common/error-text.ts).
# Identifiers ($campaignId, $communityId) are written without grouping.

err-member-not-found = Aku belum kenal kamu. Kirim /start dulu ya.
err-member-banned = Akunmu diblokir dari menjawab tugas.
err-member-no-merge = Tidak ada penggabungan yang menunggu. Penggabungan ditawarkan saat kamu memverifikasi dompet yang sudah ditautkan oleh akunmu di chat lain.
err-member-merge-expired = Tawaran penggabungan itu sudah kedaluwarsa. Kirim /link lagi dan tanda tangani dengan dompetnya.
err-member-merge-stale = Dompet itu sudah berubah sejak penggabungan ditawarkan. Kirim /link lagi dan tanda tangani dengan dompetnya.
err-campaign-not-found = Kampanye #{ $campaignId } tidak ada.
err-campaign-invalid-definition = Definisi kampanye itu bermasalah:
    { $problems }
err-campaign-invalid-transition = Kampanye #{ $campaignId } berstatus { $from }; tidak bisa diubah menjadi { $to }.
err-campaign-not-active = Kampanye #{ $campaignId } berstatus { $status }, tidak aktif.
err-campaign-import-invalid = Tidak ada yang diimpor: { $badRowCount } baris bermasalah.
    { $rows }
err-campaign-import-row = - baris { $row }: { $reason }
err-campaign-import-more = - dan { $count } lagi
err-campaign-closed = Kampanye #{ $campaignId } sudah ditutup.
err-campaign-no-items = Kampanye #{ $campaignId } belum punya item; impor dulu beberapa.
err-campaign-export-format = Kampanye #{ $campaignId } adalah kampanye { $kind }; ekspor { $format } hanya untuk kampanye pairwise.
err-campaign-forbidden = Cuma moderator yang bisa melakukan itu.
err-campaign-budget-exhausted = Anggaran kampanye #{ $campaignId } sudah habis terpakai.
err-campaign-over-cap = Anggaran itu akan melewati batas 6.000.000.000 TNET: paling banyak tinggal { $available } yang bisa dijanjikan.
err-campaign-check-not-posted = Kampanye #{ $campaignId } berisi pemeriksaan teks: anggota menerimanya secara pribadi lewat /task, tidak pernah di chat grup.
err-campaign-post-elsewhere = Kampanye #{ $campaignId } milik sebuah komunitas; kampanye ini hanya diposting di chat atau server komunitas itu.
err-community-not-found = Komunitas #{ $communityId } tidak ada.
err-community-not-registered = Chat ini bukan komunitas yang terdaftar. Admin platform bisa mendaftarkannya dengan /community register.
err-community-already-registered = Chat ini sudah terdaftar sebagai komunitas #{ $communityId }.
err-community-forbidden = Cuma admin platform yang bisa melakukan itu.
err-community-invalid = Itu tidak bisa: { $reason }.
err-community-no-allowance = Komunitas ini sudah tidak punya jatah TNET untuk anggaran baru. Admin platform bisa memberi jatah dengan /community grant.
err-community-allowance-exceeded = Anggaran itu melebihi jatah komunitas ini: paling banyak tinggal { $available }.
err-task-not-found = Tugas itu tidak ada.
err-answer-not-served = Tombol itu sudah tidak berlaku.
err-answer-task-closed = Tugas ini sudah ditutup. Ketuk "Tugas berikutnya" untuk tugas lain.
err-answer-task-full = Tugas ini baru saja mendapat semua jawaban yang dibutuhkan. Ketuk "Tugas berikutnya" untuk tugas lain.
err-answer-invalid-option = Itu bukan salah satu pilihan di tugas ini.
err-answer-rate-limited = Kamu menjawab terlalu cepat. Coba lagi dalam { $seconds } detik.
err-answer-campaign-paused = Kampanye ini sedang { $status }.
err-answer-own-contribution = Ini teks tulisanmu sendiri: anggota lain yang memeriksanya. Ketuk "Tugas berikutnya" untuk tugas lain.
err-contribution-not-wanted = Tugas ini dijawab dengan tombol, bukan teks: ketuk salah satu pilihannya.
err-wallet-invalid-address = Itu bukan alamat Ethereum. Kirim /link 0x... dengan alamat dompetmu.
err-wallet-no-challenge = Tidak ada permintaan tautan yang menunggu. Mulai dengan /link <alamat dompetmu>.
err-wallet-challenge-expired = Permintaan tautan itu sudah kedaluwarsa. Kirim lagi /link <alamat dompetmu>.
err-wallet-bad-signature = Tanda tangan itu tidak cocok dengan pesan dan alamatnya. Tanda tangani pesan persis dari /link lalu coba lagi.
err-wallet-address-taken = Dompet itu sudah ditautkan ke anggota lain.
err-wallet-not-linked = Kamu belum menautkan dompet. Kirim /link <alamat dompetmu>.
err-model-invalid-config = Pendaftaran model itu bermasalah:
    { $problems }
err-model-invalid-file = File model { $path } tidak bisa dipakai: { $reason }. Tidak ada yang didaftarkan.
err-model-shape-mismatch = Model { $path } tidak sesuai dengan pendaftarannya: seharusnya { $expected }, ternyata { $actual }. Tidak ada yang didaftarkan.
err-model-file-changed = File model { $path } sudah berubah sejak didaftarkan; daftarkan ulang.
err-model-device-unavailable = Perangkat model { $device } tidak tersedia di sini ({ $reason }).
err-model-not-found = Kampanye #{ $campaignId } belum punya model baseline yang terdaftar.
err-model-no-predictions = Kampanye #{ $campaignId } belum punya prediksi baseline untuk diperiksa.

# Campaign statuses and kinds as error texts name them ($status is a status code).
campaign-status-name = { $status ->
        [draft] draf
        [active] aktif
        [paused] dijeda
       *[closed] ditutup
    }
