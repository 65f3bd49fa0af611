# Reputation across campaigns (issue 18).

rule-probation-unproven = önceki bir kampanyadaki kötüye kullanım nedeniyle deneme sürecindeydin ve buradaki çalışman alt sınırın açıkça üstünde olmadı
rule-cap-daily = bu topluluğun belirlediği günlük kazanç sınırına ulaştın

# /community cap: a community's daily earning cap per member.
community-cap-usage = Kullanım: /community cap <üye başına günlük TNET>, örneğin /community cap 100 ya da /community cap off.
community-cap-here = /community cap komutunu topluluğun grubunda veya sunucusunda gönder.
community-cap-set = Topluluk #{ $communityId }: her üye kampanyalarından günde en fazla { $cap } kazanır. Bunu aşan cevaplar ödenmez (günlük sınır).
community-cap-off = Topluluk #{ $communityId }: artık günlük kazanç sınırı yok.
dsub-community-cap-name = cap
dsub-community-cap-desc = Bir üyenin bu topluluktan günlük kazancını sınırla
dopt-community-cap-amount-name = miktar
dopt-community-cap-amount-desc = Üye başına günlük TNET, örneğin 100 ya da off
help-community-cap = Moderatörler: /community cap <TNET|off> - bir üyenin bu topluluktan günlük kazancını sınırla
