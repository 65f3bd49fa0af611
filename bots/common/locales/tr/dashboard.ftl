# The moderator dashboard (bots/web/dashboard-html.ts, /dashboard) and the /dashboard command.

usage-dashboard = Kullanım: topluluğunuzun grubunda /dashboard ya da özelde /dashboard <topluluk id>.
# The Telegram command menu's line for /dashboard.
cmd-dashboard = Moderatörler: bu topluluğun paneline tek kullanımlık bağlantı, özelden
dashboard-no-community = Bu sohbet yönettiğiniz bir topluluk değil. Topluluğunuzun grubunda /dashboard ya da burada /dashboard <topluluk id> gönderin.
dashboard-no-such-community = Bu id ile yönettiğiniz bir topluluk yok.
dashboard-not-here = Panel bağlantısı yalnızca özelden gönderilir.
dashboard-link = { $title } için moderatör paneliniz:
    { $url }
    Bağlantı yalnızca bir kez, { $minutes } dakika boyunca çalışır. Kimseyle paylaşmayın.
# The slash command's name: it stays "dashboard" (moderators type it).
dcmd-dashboard-name = dashboard
dcmd-dashboard-desc = Bu sunucunun moderatör panelini aç (özel, tek kullanımlık bağlantı)

dash-title = Moderatör paneli · TNET madenciliği
dash-heading = { $community } · moderatör paneli
dash-skip = İçeriğe geç
dash-logout = Çıkış yap
dash-campaigns = Kampanyalar
dash-no-campaigns = Bu topluluğun henüz kampanyası yok.
dash-col-campaign = Kampanya
dash-col-status = Durum
dash-col-decided = Karara bağlanan görevler
dash-col-open = Açık görevler
dash-col-uncertain = Belirsiz görevler
dash-col-spent = Harcanan bütçe
dash-col-left = Kalan bütçe
dash-budget = Bütçe
dash-back = Tüm kampanyalar
dash-progress = İlerleme
dash-agreement = Uyum
dash-alpha = Krippendorff α (nominal)
dash-alpha-none = Henüz yeterince örtüşen yanıt yok
dash-alpha-not-applicable = Yalnızca tek seçimli kampanyalar için
dash-agreement-share = Uzlaşıyla eşleşen yanıtlar
dash-confusion = Üyelerin yanıtları ve uzlaşı
dash-confusion-caption = Satırlar: karara bağlanan seçenek. Sütunlar: üyelerin yanıtı.
dash-consensus = Uzlaşı
dash-col-answered = Yanıt
dash-chart = Grafik
dash-chart-alt = { $campaign } grafiği: ilerleme, uyum ve günlük yanıtlar.
dash-members = Üyeler
dash-no-answers = Henüz yanıt yok.
dash-col-member = Üye
dash-col-answers = Yanıtlar
dash-col-skill = Beceri tahmini
dash-col-gold = Kontrol sicili
dash-col-median-time = Görev başına medyan süre
dash-col-withheld = Tutulan yanıtlar (nedenler)
dash-gold-hidden = kesinleşene kadar gizli
dash-gold-note = Kontrol görevlerinin sonuçları kampanya kesinleşene kadar gizli kalır; böylece kimse kontrol görevlerini ayırt edemez.
dash-gold-record = { $answers } içinde { $correct }
dash-seconds = { $seconds } sn
dash-appeals = İtiraz kuyruğu
dash-appeals-none = Bekleyen itiraz yok.
dash-exports = Dışa aktarımlar
dash-export-csv = CSV indir
dash-export-jsonl = JSONL indir
dash-export-final = yalnızca karara bağlanan görevler
dash-actions = Kampanya işlemleri
dash-pause = Kampanyayı duraklat
dash-resume = Kampanyayı sürdür
dash-close = Kampanyayı kapat
dash-close-warning = Kapatma kesindir: üyeler bu kampanyadan artık görev almaz.
dash-no-actions = Bu kampanya kapalı.
dash-done-pause = Kampanya duraklatıldı.
dash-done-resume = Kampanya yeniden çalışıyor.
dash-done-close = Kampanya kapatıldı.
dash-open = Paneli aç
dash-open-note = Bu bağlantı yalnızca bir kez çalışır. Paneli açtığınızda bu tarayıcıda 8 saatliğine oturum açılır.
dash-refused-heading = Panel açılmadı
dash-refused-link = Bu bağlantı kullanılmış, süresi dolmuş ya da bilinmiyor. Yenisi için bota /dashboard gönderin.
dash-refused-session = Giriş yapmadınız, oturumunuz bitti ya da artık bu topluluğu yönetmiyorsunuz. Yeni bağlantı için bota /dashboard gönderin.
dash-refused-csrf = Bu form doğrulanamadı. Geri dönün, sayfayı yenileyin ve tekrar deneyin.
dash-not-found = Bu toplulukta böyle bir kampanya yok.
dash-signed-out = Çıkış yaptınız.
help-dashboard = Moderatörler: /dashboard - tarayıcıda kampanya paneline tek kullanımlık bağlantı (özelden gönderilir)
