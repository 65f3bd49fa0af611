# Reputation across campaigns (issue 18).

rule-probation-unproven = kamu sedang dalam masa percobaan karena pelanggaran di kampanye sebelumnya, dan hasil kerjamu di sini belum jelas di atas batas minimum
rule-cap-daily = kamu sudah mencapai batas penghasilan harian yang ditetapkan komunitas ini

# /community cap: a community's daily earning cap per member.
community-cap-usage = Cara pakai: /community cap <TNET per anggota per hari>, misalnya /community cap 100, atau /community cap off.
community-cap-here = Kirim /community cap di grup atau server komunitas.
community-cap-set = Komunitas #{ $communityId }: setiap anggota mendapat paling banyak { $cap } per hari dari kampanyenya. Jawaban yang melewatinya tidak dibayar (batas harian).
community-cap-off = Komunitas #{ $communityId }: tidak ada lagi batas penghasilan harian.
dsub-community-cap-name = cap
dsub-community-cap-desc = Batasi penghasilan harian satu anggota di komunitas ini
dopt-community-cap-amount-name = jumlah
dopt-community-cap-amount-desc = TNET per anggota per hari, misalnya 100, atau off
help-community-cap = Moderator: /community cap <TNET|off> - batasi penghasilan harian satu anggota di komunitas ini
