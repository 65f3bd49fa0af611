# Domain errors, one message per error code (bots/common/error-text.ts).
# Identifiers ($campaignId, $communityId) are written without grouping.

err-member-not-found = Seni henüz tanımıyorum. Önce /start gönder.
err-member-banned = Hesabının görevleri cevaplaması engellendi.
err-member-no-merge = Bekleyen bir birleştirme yok. Başka bir sohbetteki hesabının zaten bağladığı bir cüzdanı doğruladığında birleştirme önerilir.
err-member-merge-expired = Bu birleştirme önerisinin süresi doldu. /link komutunu yeniden gönder ve cüzdanla imzala.
err-member-merge-stale = Birleştirme önerildiğinden beri bu cüzdan değişti. /link komutunu yeniden gönder ve cüzdanla imzala.
err-campaign-not-found = #{ $campaignId } numaralı bir kampanya yok.
err-campaign-invalid-definition = Bu kampanya tanımında sorunlar var:
    { $problems }
err-campaign-invalid-transition = Kampanya #{ $campaignId } şu anda { $from }; { $to } durumuna geçemez.
err-campaign-not-active = Kampanya #{ $campaignId } şu anda { $status }, aktif değil.
err-campaign-import-invalid = Hiçbir şey içe aktarılmadı: { $badRowCount } hatalı satır.
    { $rows }
err-campaign-import-row = - satır { $row }: { $reason }
err-campaign-import-more = - ve { $count } tane daha
err-campaign-closed = Kampanya #{ $campaignId } kapandı.
err-campaign-no-items = Kampanya #{ $campaignId } içinde henüz öğe yok; önce öğe içe aktar.
err-campaign-export-format = Kampanya #{ $campaignId } bir { $kind } kampanyası; { $format } dışa aktarımı yalnızca pairwise kampanyaları içindir.
err-campaign-forbidden = Bunu yalnızca moderatörler yapabilir.
err-campaign-budget-exhausted = Kampanya #{ $campaignId } bütçesini tüketti.
err-campaign-over-cap = Bu bütçe 6.000.000.000 TNET tavanını aşar: taahhüt edilebilecek en fazla { $available } kaldı.
err-campaign-check-not-posted = Kampanya #{ $campaignId } katkıların kontrollerini içeriyor: üyeler bunları /task ile özelden alır, asla bir sohbette değil.
err-campaign-post-elsewhere = Kampanya #{ $campaignId } bir topluluğa ait; yalnızca o topluluğun sohbetinde veya sunucusunda paylaşılır.
err-community-not-found = #{ $communityId } numaralı bir topluluk yok.
err-community-not-registered = Bu sohbet kayıtlı bir topluluk değil. Bir platform yöneticisi /community register ile kaydeder.
err-community-already-registered = Bu sohbet zaten #{ $communityId } numaralı topluluk olarak kayıtlı.
err-community-forbidden = Bunu yalnızca platform yöneticileri yapabilir.
err-community-invalid = Bu olmaz: { $reason }.
err-community-no-allowance = Bu topluluğun yeni bir bütçe için TNET ödeneği kalmadı. Bir platform yöneticisi /community grant ile ödenek verir.
err-community-allowance-exceeded = Bu bütçe topluluğun ödeneğini aşıyor: en fazla { $available } kaldı.
err-task-not-found = Böyle bir görev yok.
err-answer-not-served = Bu düğme artık geçerli değil.
err-answer-task-closed = Bu görev zaten kapandı. Başka bir görev için "Sonraki görev" düğmesine bas.
err-answer-task-full = Bu görev gereken tüm cevapları az önce aldı. Başka bir görev için "Sonraki görev" düğmesine bas.
err-answer-invalid-option = Bu, görevin seçeneklerinden biri değil.
err-answer-rate-limited = Çok hızlı cevaplıyorsun. { $seconds } saniye sonra tekrar dene.
err-answer-campaign-paused = Bu kampanya şu anda { $status }.
err-answer-own-contribution = Bunu sen yazdın: diğer üyeler kontrol ediyor. Başka bir görev için "Sonraki görev" düğmesine bas.
err-contribution-not-wanted = Bu görev metinle değil, düğmeyle cevaplanır: seçeneklerinden birine bas.
err-wallet-invalid-address = Bu bir Ethereum adresi değil. Cüzdan adresinle /link 0x... gönder.
err-wallet-no-challenge = Bekleyen bir bağlama isteği yok. /link <cüzdan adresin> ile başla.
err-wallet-challenge-expired = Bu bağlama isteğinin süresi doldu. /link <cüzdan adresin> komutunu yeniden gönder.
err-wallet-bad-signature = Bu imza mesajla ve adresle eşleşmiyor. /link komutunun verdiği mesajı birebir imzala ve tekrar dene.
err-wallet-address-taken = Bu cüzdan zaten başka bir üyeye bağlı.
err-wallet-not-linked = Bağlı bir cüzdanın yok. /link <cüzdan adresin> gönder.
err-model-invalid-config = Bu model kaydında sorunlar var:
    { $problems }
err-model-invalid-file = { $path } model dosyası kullanılamıyor: { $reason }. Hiçbir şey kaydedilmedi.
err-model-shape-mismatch = { $path } modeli kaydıyla uyuşmuyor: beklenen { $expected }, bulunan { $actual }. Hiçbir şey kaydedilmedi.
err-model-file-changed = { $path } model dosyası kaydedildiğinden beri değişti; yeniden kaydet.
err-model-device-unavailable = { $device } model cihazı burada kullanılamıyor ({ $reason }).
err-model-not-found = Kampanya #{ $campaignId } için kayıtlı bir temel model yok.
err-model-no-predictions = Kampanya #{ $campaignId } için henüz kontrol edilecek temel model tahmini yok.

# Campaign statuses and kinds as error texts name them ($status is a status code).
campaign-status-name = { $status ->
        [draft] taslak
        [active] aktif
        [paused] duraklatılmış
       *[closed] kapalı
    }
