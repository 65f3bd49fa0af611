# Banding (issue 18): anggota meminta moderator kampanye meninjau ulang jawaban yang ditahan.

## Menu perintah, /help dan pendaftaran di Discord
cmd-appeal = Ajukan banding atas jawaban yang ditahan: /appeal <tugas> <alasan> (dijawab secara pribadi)
cmd-appeals = Moderator: banding yang menunggu keputusan
help-appeal = /appeal <tugas> <alasan> - minta moderator meninjau ulang jawaban yang ditahan (tombol Banding di /stats)
help-appeals = Moderator: /appeals - banding yang menunggu keputusan, dengan Terima dan Tolak
dcmd-appeal-name = appeal
dcmd-appeal-desc = Minta moderator meninjau ulang jawaban yang ditahan
dopt-appeal-task-name = tugas
dopt-appeal-task-desc = Nomor tugas (dari /stats)
dopt-appeal-reason-name = alasan
dopt-appeal-reason-desc = Mengapa jawabanmu benar, dalam satu atau dua kalimat
dcmd-appeals-name = appeals
dcmd-appeals-desc = Banding yang menunggu keputusan (moderator)
dopt-appeals-community-name = komunitas
dopt-appeals-community-desc = Nomor komunitas (kosongkan untuk komunitas server ini)

## Sisi anggota
appeal-usage = Cara pakai: /appeal <tugas> <alasan>. Alasannya menjelaskan dalam satu atau dua kalimat mengapa jawabanmu benar (paling banyak { $max } karakter).
appeal-filed = Bandingmu untuk tugas { $taskId } sudah diteruskan ke moderator kampanye. Keputusan mereka akan muncul di /stats.
appeal-refused-not-found = Kamu tidak punya jawaban untuk tugas { $taskId }.
appeal-refused-reason-empty = Jelaskan dalam satu kalimat mengapa jawabanmu benar: /appeal { $taskId } <alasan>
appeal-refused-reason-too-long = Alasan itu terlalu panjang: paling banyak { $max } karakter.
appeal-refused-waiting = Jawabanmu untuk tugas { $taskId } belum dinilai: ajukan banding setelah /stats menunjukkannya ditahan.
appeal-refused-not-withheld = Jawabanmu untuk tugas { $taskId } tidak ditahan: tidak ada yang perlu dibanding.
appeal-refused-not-appealable = Jawabanmu untuk tugas { $taskId } ditahan karena alasan yang tidak bisa dibanding.
appeal-refused-duplicate = Kamu sudah mengajukan banding untuk tugas { $taskId }. Setiap jawaban hanya bisa dibanding sekali.
appeal-refused-too-many-pending = Kamu punya { $max } banding yang menunggu keputusan. Ajukan lagi setelah salah satunya diputuskan.
appeal-refused-rate-limited = Kamu sudah mengajukan banding atas { $max } jawaban dalam 24 jam terakhir. Coba lagi besok.
stats-appealable = Kamu bisa mengajukan banding atas jawaban yang ditahan ini:
stats-appealable-line = - tugas { $taskId }: { $reason }
btn-appeal = Banding tugas { $taskId }
appeal-how = Kirim /appeal { $taskId } diikuti alasan singkat (paling banyak { $max } karakter), misalnya:
    /appeal { $taskId } Gambarnya anjing, bukan kucing.
stats-appeals = Bandingmu:
stats-appeal-line = - tugas { $taskId }: { $state }
appeal-state-name = { $state ->
        [upheld] diterima, hadiahnya sudah dibayar
        [refused] ditolak
       *[pending] menunggu moderator
    }
rule-appeal-upheld = moderator menerima bandingmu

## Antrean moderator
appeals-none = Tidak ada banding yang menunggu.
appeals-usage = Cara pakai: /appeals [nomor komunitas]. Di grup atau server: banding komunitasnya; secara pribadi, sebutkan nomor komunitasnya.
appeals-forbidden = Kamu bukan moderator komunitas itu.
appeals-title = { $count ->
       *[other] { $count } banding menunggu; { $shown } yang paling lama ada di bawah.
    }
appeal-card-header = Banding #{ $appealId } · kampanye #{ $campaignId } { $name } · tugas { $taskId }
appeal-card-withheld = Ditahan karena: { $reason }
appeal-card-choice = Jawaban anggota: { $label }
appeal-card-counts = Jawaban: { $counts }
appeal-card-consensus = Konsensus: { $label } ({ $confidence })
appeal-card-no-consensus = Tidak ada konsensus
appeal-card-gold = Jawaban yang diketahui (pertanyaan kontrol): { $label }
appeal-card-record = Anggota di kampanye ini: { $answers } jawaban, perkiraan akurasi { $skill }, pertanyaan kontrol benar { $goldCorrect }/{ $goldAnswers }
appeal-card-no-skill = belum diperkirakan
appeal-card-record-withheld = Pernah ditahan: { $lines }
appeal-card-reason = Alasan anggota: { $reason }
btn-appeal-uphold = Terima
btn-appeal-refuse = Tolak
appeal-upheld = Banding #{ $appealId } diterima: { $amount } dibayar untuk tugas { $taskId }.
appeal-refused = Banding #{ $appealId } ditolak.
appeal-decide-not-found = Banding itu bukan wewenangmu untuk diputuskan.
appeal-decide-own = Banding #{ $appealId } adalah milikmu sendiri: moderator lain yang memutuskannya.
appeal-decide-already = Banding #{ $appealId } sudah diputuskan.
appeal-decide-budget-short = Anggaran kampanye tidak cukup untuk membayar banding #{ $appealId }: banding tetap menunggu.
