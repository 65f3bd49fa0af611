# The public transparency page (bots/web/transparency-html.ts and public/transparency.js), at
# PUBLIC_URL/transparency. Amounts come formatted ("12.5 TNET"), dates too. The page's script
# fills in { $id }, { $reason }, { $status } and the counts itself: keep each one.

transparency-title = Transparansi TNET
transparency-heading = TNET secara terbuka
transparency-intro = Setiap TNET dicetak untuk pekerjaan yang dilakukan anggota. Halaman ini menunjukkan berapa yang sudah dicetak, dengan laju berapa, apa yang diterima yayasan, dan berapa yang boleh dibelanjakan setiap komunitas, dan peramban Anda mencocokkan setiap batch pencetakan dengan blockchain.
transparency-language-label = Bahasa

transparency-supply-heading = Dicetak terhadap batas
transparency-minted-label = Dicetak
transparency-minted-value = { $minted } dari { $cap } ({ $percent })
transparency-remaining-label = Masih bisa dicetak
transparency-batches-label = Batch pencetakan yang terkonfirmasi

transparency-pace-heading = Laju
transparency-pace-window-label = Periode
transparency-pace-minted-label = Dicetak
transparency-pace-cap-label = Dengan laju ini batas tercapai
transparency-pace-7 = 7 hari terakhir
transparency-pace-30 = 30 hari terakhir
transparency-cap-date = { $date } (dalam { $days } hari)
transparency-cap-reached = Batas sudah tercapai.
transparency-cap-no-pace = Tidak pernah: tidak ada yang dicetak pada hari-hari ini.
transparency-cap-far = Lebih dari 1.000 tahun lagi.

transparency-foundation-heading = Bagian yayasan
transparency-foundation-text = Yayasan menerima { $foundation }, { $percent } dari semua TNET yang dicetak; para penambang menerima { $miners }.

transparency-communities-heading = Komunitas
transparency-communities-intro = Admin platform memberi setiap komunitas jatah; kampanye komunitas itu menyisihkan anggaran dari jatah tersebut dan membayar anggota dari anggaran itu.
transparency-community = Komunitas
transparency-allowance = Jatah
transparency-reserved = Disisihkan kampanye
transparency-spent = Dibayarkan ke anggota
transparency-left = Masih tersedia
transparency-no-communities = Belum ada komunitas yang punya jatah.
transparency-communities-more = Menampilkan { $shown } komunitas pertama dari { $count }.

transparency-batches-heading = Batch pencetakan
transparency-batches-intro = Id sebuah batch adalah hash keccak256 dari manifesnya, daftar apa yang dibayarnya. Peramban Anda mengunduh setiap manifes, menghitung hash-nya sendiri, lalu membandingkannya dengan id yang tercantum di sini dan dengan id yang dicatat blockchain.
transparency-batch-id = Id batch
transparency-batch-state = Status
transparency-batch-created = Dibuat
transparency-batch-updated = Terkonfirmasi atau terakhir diubah
transparency-batch-minted = Dicetak
transparency-batch-foundation = Yayasan
transparency-batch-recipients = Penerima
transparency-batch-tx = Transaksi
transparency-batch-manifest = Manifes
transparency-batch-check = Pemeriksaan
transparency-download = Unduh
transparency-no-batches = Belum ada batch pencetakan.
transparency-older = Batch yang lebih lama
transparency-newest = Batch terbaru
transparency-needs-script = Pemeriksaan memerlukan JavaScript.

transparency-state-prepared = Disiapkan
transparency-state-submitted = Dikirim
transparency-state-confirmed = Terkonfirmasi
transparency-state-failed = Gagal

transparency-checking = Memeriksa…
transparency-checking-all = Memeriksa { $count } batch…
transparency-summary = { $count } batch diperiksa: { $verified } terverifikasi, { $mismatch } tidak cocok, { $unchecked } tidak dapat diperiksa.
transparency-verified = Terverifikasi: hash manifes sama dengan id ini, dan blockchain mencatat id ini.
transparency-not-minted = Hash manifes sama dengan id ini; blockchain belum mencetaknya, sesuai statusnya.
transparency-mismatch-manifest = TIDAK COCOK: hash manifes bukan id batch ini.
transparency-mismatch-chain = TIDAK COCOK: blockchain mencatat id batch { $id } untuk transaksi ini.
transparency-mismatch-not-minted = TIDAK COCOK: tercantum terkonfirmasi, tetapi blockchain belum mencetak batch ini.
transparency-unchecked = Tidak dapat diperiksa: { $reason }
transparency-reason-no-chain = server ini tidak terhubung ke blockchain.
transparency-reason-unreachable = node blockchain tidak menjawab.
transparency-reason-timeout = node blockchain terlalu lama menjawab.
transparency-reason-manifest = manifes tidak dapat diunduh (status { $status }).
transparency-reason-server = server tidak menjawab (status { $status }).
transparency-reason-network = jaringan gagal.
