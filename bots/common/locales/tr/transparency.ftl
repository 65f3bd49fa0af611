# The public transparency page (bots/web/transparency-html.ts and public/transparency.js), at
# PUBLIC_URL/transparency. Amounts come formatted ("12.5 TNET"), dates too. The page's script
# fills in { $id }, { $reason }, { $status } and the counts itself: keep each one.

transparency-title = TNET şeffaflığı
transparency-heading = Açık açık TNET
transparency-intro = Her TNET, üyelerin yaptığı iş için basılır. Bu sayfa ne kadar basıldığını, hangi hızla basıldığını, vakfın ne aldığını ve her topluluğun ne kadar harcayabileceğini gösterir; tarayıcınız da her basım partisini zincirle karşılaştırır.
transparency-language-label = Dil

transparency-supply-heading = Tavana göre basılan
transparency-minted-label = Basılan
transparency-minted-value = { $cap } tavanından { $minted } ({ $percent })
transparency-remaining-label = Hâlâ basılabilir
transparency-batches-label = Onaylanmış basım partileri

transparency-pace-heading = Hız
transparency-pace-window-label = Dönem
transparency-pace-minted-label = Basılan
transparency-pace-cap-label = Bu hızla tavana ulaşılacağı zaman
transparency-pace-7 = Son 7 gün
transparency-pace-30 = Son 30 gün
transparency-cap-date = { $date } ({ $days } gün sonra)
transparency-cap-reached = Tavana ulaşıldı.
transparency-cap-no-pace = Hiçbir zaman: bu günlerde hiçbir şey basılmadı.
transparency-cap-far = 1.000 yıldan fazla sonra.

transparency-foundation-heading = Vakfın payı
transparency-foundation-text = Vakıf { $foundation } aldı, basılan tüm TNET'in { $percent } kadarı; madenciler { $miners } aldı.

transparency-communities-heading = Topluluklar
transparency-communities-intro = Platform yöneticileri her topluluğa bir ödenek verir; topluluğun kampanyaları bütçelerini bu ödenekten ayırır ve üyelere bu bütçelerden öder.
transparency-community = Topluluk
transparency-allowance = Ödenek
transparency-reserved = Kampanyaların ayırdığı
transparency-spent = Üyelere ödenen
transparency-left = Hâlâ kullanılabilir
transparency-no-communities = Henüz hiçbir topluluğun ödeneği yok.
transparency-communities-more = { $count } topluluktan ilk { $shown } tanesi gösteriliyor.

transparency-batches-heading = Basım partileri
transparency-batches-intro = Bir partinin kimliği, manifestosunun (neyi ödediğinin listesi) keccak256 özetidir. Tarayıcınız her manifestoyu indirir, özeti kendisi hesaplar ve burada listelenen kimlikle ve zincirin kaydettiği kimlikle karşılaştırır.
transparency-batch-id = Parti kimliği
transparency-batch-state = Durum
transparency-batch-created = Oluşturuldu
transparency-batch-updated = Onaylandı veya son değişiklik
transparency-batch-minted = Basılan
transparency-batch-foundation = Vakıf
transparency-batch-recipients = Alıcılar
transparency-batch-tx = İşlem
transparency-batch-manifest = Manifesto
transparency-batch-check = Kontrol
transparency-download = İndir
transparency-no-batches = Henüz basım partisi yok.
transparency-older = Daha eski partiler
transparency-newest = En yeni partiler
transparency-needs-script = Kontrol için JavaScript gerekir.

transparency-state-prepared = Hazırlandı
transparency-state-submitted = Gönderildi
transparency-state-confirmed = Onaylandı
transparency-state-failed = Başarısız

transparency-checking = Kontrol ediliyor…
transparency-checking-all = { $count } parti kontrol ediliyor…
transparency-summary = { $count } parti kontrol edildi: { $verified } doğrulandı, { $mismatch } uyuşmuyor, { $unchecked } kontrol edilemedi.
transparency-verified = Doğrulandı: manifestonun özeti bu kimlik ve zincir bu kimliği kaydetti.
transparency-not-minted = Manifestonun özeti bu kimlik; durumunun söylediği gibi zincir onu basmadı.
transparency-mismatch-manifest = UYUŞMAZLIK: manifestonun özeti bu parti kimliği değil.
transparency-mismatch-chain = UYUŞMAZLIK: zincir bu işlem için { $id } parti kimliğini kaydetti.
transparency-mismatch-not-minted = UYUŞMAZLIK: onaylandı olarak listeleniyor ama zincir bu partiyi basmadı.
transparency-unchecked = Kontrol edilemedi: { $reason }
transparency-reason-no-chain = bu sunucu bir zincire bağlı değil.
transparency-reason-unreachable = zincirin düğümü yanıt vermedi.
transparency-reason-timeout = zincirin düğümü çok geç yanıt verdi.
transparency-reason-manifest = manifesto indirilemedi (durum { $status }).
transparency-reason-server = sunucu yanıt vermedi (durum { $status }).
transparency-reason-network = ağ hatası.
