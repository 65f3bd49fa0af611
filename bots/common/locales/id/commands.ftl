# The Telegram command menu (setMyCommands): one description per command, 3 to 256
# characters. Personal commands say that their answer comes in private.

cmd-task = Ambil tugas untuk dijawab (di grup: kampanye komunitasnya, via chat pribadi)
cmd-balance = TNET kamu yang tertunda dan sudah di-mint (dijawab lewat chat pribadi)
cmd-stats = Jawaban, porsi diterima, dan akurasimu (dijawab lewat chat pribadi)
cmd-leaderboard = Penambang teratas
cmd-link = Tautkan dompetmu: /link <alamat> (dijawab lewat chat pribadi)
cmd-verify = Selesaikan penautan: /verify <tanda tangan> (hanya di chat pribadi)
cmd-wallet = Dompet yang kamu tautkan (dijawab lewat chat pribadi)
cmd-unlink = Lepaskan dompet yang kamu tautkan (hanya di chat pribadi)
cmd-merge = Gabungkan akunmu di chat lain: /merge confirm|cancel (hanya di chat pribadi)
cmd-campaign = Kampanye: list, stats <id>; moderator: new, post <id> [kartu], pause|resume|close|export <id>
cmd-community = Moderator: jatah komunitas ini; /community audit: log audit-nya
cmd-cancel = Hentikan percakapan /campaign new
cmd-language = Pilih bahasamu (di grup: bahasa grup, untuk moderator)
cmd-help = Semua perintah

# Personal commands sent in a group (bots/common/private-only.ts): the group's line, and
# what the private chat gets for an action that waits there. Commands stay as written.

private-sent = Aku sudah kirim pesan pribadi ke kamu.
# $link is the t.me link that opens the private chat.
private-open-chat = Itu cuma bisa aku jawab lewat chat pribadi. Buka chat denganku: { $link }
private-unlink-in-group = Kamu mengirim /unlink di grup. Untuk melepas dompet yang kamu tautkan, kirim /unlink di sini.
private-merge-in-group = Kamu mengirim /merge di grup. Kirim /merge confirm atau /merge cancel di sini.
private-verify-here = Tanda tangan hanya dikirim di sini, lewat chat pribadi: kirim /verify <tanda tangan> di sini, jangan pernah di grup.
# $link opens the private chat (no start payload); $campaignId is the campaign's number.
private-export-needs-chat = Ekspor hanya dikirim ke chat pribadi. Buka { $link }, tekan Start, lalu kirim /campaign export { $campaignId } di sana atau di sini lagi.

# Expensive commands asked for too often (bots/common/rate-limit.ts).

rate-limited-seconds = Itu butuh waktu untuk disiapkan, dan kamu barusan sering memintanya. Coba lagi dalam { $seconds } detik.
rate-limited-minutes = Itu butuh waktu untuk disiapkan, dan kamu barusan sering memintanya. Coba lagi dalam { $minutes } menit.

# Wallet linking (bots/common/wallet-text.ts), in every chat and on the link page.

wallet-signature-too-long = Tanda tangan itu terlalu panjang untuk ditempel di chat. Kirim /link lalu buka halaman tautannya: di sana dompetmu menandatangani langsung di browser, termasuk dompet kontrak.
wallet-linked = Dompet { $address } sudah tertaut. TNET tertundamu akan dikirim ke sana di batch mint berikutnya.
# $memberId: the member number of the other account.
wallet-linked-elsewhere = Dompet { $address } milik akunmu yang lain (anggota #{ $memberId }, di chat lain). Kirim /merge confirm untuk menggabungkannya: jawaban, skill, dan hadiah tertundamu jadi satu akun. /merge cancel membuat keduanya tetap terpisah.
