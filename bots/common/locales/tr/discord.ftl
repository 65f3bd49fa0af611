# The Discord bot's own words (bots/discord): buttons, menus, modals and its replies.
# Identifiers ($taskId) are written without grouping.

btn-discord-write = Yaz
discord-answer-placeholder = Cevabını seç
discord-labels-placeholder = Uyan tüm etiketleri seç
# How a Discord multi-label card asks; it takes the place of the common card's words.
discord-labels-hint = Menüden uyan tüm etiketleri seç ya da "Hiçbiri uymuyor" düğmesine bas.

modal-title-contribution = Görev { $taskId } için metnin
discord-contribution-label = Metnin ({ $minLength }–{ $maxLength } karakter)
discord-contribution-about-picture = Karttaki görsel hakkında yaz.
modal-title-verify = Cüzdanını doğrula
discord-verify-label = İmza
discord-verify-label-desc = /link mesajı için 0x... imzası. Bu kutuya sığmıyor mu? /link ile bağlantı sayfasını kullan.

discord-stale-button = Bu düğme artık geçerli değil. Yeni bir görev için /task gönder.
discord-stale-form = Bu form artık geçerli değil. Komutu yeniden çalıştır.
discord-unknown-command = Bu komut burada bilinmiyor (artık). Komutları görmek için / yaz.

## Slash commands as Discord shows them. Ids follow the command's path:
##   dcmd-<command>-name, dcmd-<command>-desc
##   dsub-<command>-<subcommand>-name, dsub-<command>-<subcommand>-desc
##   dopt-<command>[-<subcommand>]-<option>-name, dopt-...-desc
##   choice-<command>[-<subcommand>]-<option>-<value>
## (an underscore in a name is a hyphen in the id). Names: 1-32 characters, lower case,
## letters, digits, - and _ only, no spaces. Descriptions and choices: at most 100 characters.
## Turkish: command and subcommand names stay English, as every chat text types them
## (/task, /campaign list, /merge confirm); option names are Turkish.

dcmd-task-name = task
dcmd-task-desc = Cevaplaman için bir görev al
dopt-task-campaign-name = kampanya
dopt-task-campaign-desc = Kampanya numarası (/campaign list içinden)

dcmd-balance-name = balance
dcmd-balance-desc = Bekleyen ve basılan TNET miktarın

dcmd-stats-name = stats
dcmd-stats-desc = Doğruluğun ve ödüllerin neden alıkonduğu

dcmd-leaderboard-name = leaderboard
dcmd-leaderboard-desc = En iyi madenciler

dcmd-link-name = link
dcmd-link-desc = Cüzdanını bağla (senin olduğunu kanıtlamak için bir mesaj imzalarsın)
dopt-link-address-name = adres
dopt-link-address-desc = Cüzdan adresin, 0x...

dcmd-verify-name = verify
dcmd-verify-desc = /link mesajının imzasıyla cüzdanını bağlamayı tamamla
dopt-verify-signature-name = imza
dopt-verify-signature-desc = Cüzdanının verdiği 0x... imzası (form için boş bırak)

dcmd-wallet-name = wallet
dcmd-wallet-desc = Bağlı cüzdanın

dcmd-unlink-name = unlink
dcmd-unlink-desc = Bağlı cüzdanını kaldır

dcmd-merge-name = merge
dcmd-merge-desc = /verify önerdikten sonra başka bir sohbetteki hesabınla birleş
dopt-merge-action-name = eylem
dopt-merge-action-desc = Önerilen birleştirmeyi onayla veya iptal et (öneriyi görmek için boş bırak)
choice-merge-action-confirm = confirm (onayla)
choice-merge-action-cancel = cancel (iptal et)

dcmd-batch-name = batch
dcmd-batch-desc = Bir basım partisinin dökümü: her wei neyin karşılığı ödendi
dopt-batch-id-name = id
dopt-batch-id-desc = Parti id'si: 0x ve 64 onaltılık rakam

dcmd-help-name = help
dcmd-help-desc = Bu bot ne yapar, komutları neler

dcmd-campaign-name = campaign
dcmd-campaign-desc = Kampanyaları yönet (moderatörler)
dsub-campaign-new-name = new
dsub-campaign-new-desc = Öğeleriyle taslak bir kampanya oluştur (CSV veya JSONL)
dopt-campaign-new-name-name = ad
dopt-campaign-new-name-desc = Kampanyanın adı
dopt-campaign-new-kind-name = tür
dopt-campaign-new-kind-desc = label, vote, check, pairwise, multilabel veya contribute
choice-campaign-new-kind-label = label (her öğe için bir etiket seç)
choice-campaign-new-kind-vote = vote (daha iyi seçeneği seç)
choice-campaign-new-kind-check = check (model doğru mu?)
choice-campaign-new-kind-pairwise = pairwise (iki yanıttan hangisi daha iyi?)
choice-campaign-new-kind-multilabel = multilabel (uyan tüm etiketleri işaretle)
choice-campaign-new-kind-contribute = contribute (üyeler metin yazar, diğerleri kontrol eder)
dopt-campaign-new-question-name = soru
dopt-campaign-new-question-desc = Üyelerin her öğede cevapladığı soru
dopt-campaign-new-reward-name = ödül
dopt-campaign-new-reward-desc = Kabul edilen cevap başına TNET (örneğin 10 veya 0.5)
dopt-campaign-new-budget-name = bütçe
dopt-campaign-new-budget-desc = TNET cinsinden toplam bütçe
dopt-campaign-new-items-name = öğeler
dopt-campaign-new-items-desc = Öğeler: .csv (başlık satırı; isteğe bağlı id, gold), .jsonl ya da görselleriyle bir .zip; 20 MB
dopt-campaign-new-options-name = seçenekler
dopt-campaign-new-options-desc = Virgülle ayrılmış: cat, dog (pos=Positive); multilabel: 2-20; check: isteğe bağlı; pairwise: yok
dopt-campaign-new-answers-per-task-name = görev_başına_cevap
dopt-campaign-new-answers-per-task-desc = Her görevin kaç cevaba ihtiyacı var (varsayılan 3); contribute: öğe başına metin
dopt-campaign-new-check-question-name = kontrol_sorusu
dopt-campaign-new-check-question-desc = Contribute: kontrol edenlerin her metinde cevapladığı soru (varsayılan: Bu iyi bir katkı mı?)
dopt-campaign-new-check-reward-name = kontrol_ödülü
dopt-campaign-new-check-reward-desc = Contribute: kabul edilen kontrol başına TNET (orada zorunlu)
dopt-campaign-new-check-budget-name = kontrol_bütçesi
dopt-campaign-new-check-budget-desc = Contribute: kontrollerin TNET cinsinden bütçesi (orada zorunlu)
dopt-campaign-new-min-length-name = en_az_uzunluk
dopt-campaign-new-min-length-desc = Contribute: bir metnin en az karakter sayısı (varsayılan 3)
dopt-campaign-new-max-length-name = en_fazla_uzunluk
dopt-campaign-new-max-length-desc = Contribute: bir metnin en fazla karakter sayısı (varsayılan 500)
dsub-campaign-list-name = list
dsub-campaign-list-desc = Kampanyalar
dsub-campaign-stats-name = stats
dsub-campaign-stats-desc = Bir kampanyanın gidişatı
dopt-campaign-stats-id-name = id
dopt-campaign-stats-id-desc = Kampanya numarası (/campaign list içinden)
dsub-campaign-post-name = post
dsub-campaign-post-desc = Bir kampanyanın görev kartlarını bu kanalda paylaş
dopt-campaign-post-id-name = id
dopt-campaign-post-id-desc = Kampanya numarası (/campaign list içinden)
dsub-campaign-activate-name = activate
dsub-campaign-activate-desc = Taslak bir kampanyayı başlat
dopt-campaign-activate-id-name = id
dopt-campaign-activate-id-desc = Kampanya numarası (/campaign list içinden)
dsub-campaign-pause-name = pause
dsub-campaign-pause-desc = Bir kampanyayı duraklat
dopt-campaign-pause-id-name = id
dopt-campaign-pause-id-desc = Kampanya numarası (/campaign list içinden)
dsub-campaign-resume-name = resume
dsub-campaign-resume-desc = Duraklatılmış bir kampanyayı sürdür
dopt-campaign-resume-id-name = id
dopt-campaign-resume-id-desc = Kampanya numarası (/campaign list içinden)
dsub-campaign-close-name = close
dsub-campaign-close-desc = Bir kampanyayı kalıcı olarak kapat
dopt-campaign-close-id-name = id
dopt-campaign-close-id-desc = Kampanya numarası (/campaign list içinden)
dsub-campaign-export-name = export
dsub-campaign-export-desc = Uzlaşı etiketleri dosya olarak
dopt-campaign-export-id-name = id
dopt-campaign-export-id-desc = Kampanya numarası (/campaign list içinden)
dopt-campaign-export-format-name = biçim
dopt-campaign-export-format-desc = CSV (varsayılan), JSON satırları; pairwise kampanyalarda DPO çiftleri veya model sıralaması da
choice-campaign-export-format-csv = CSV
choice-campaign-export-format-jsonl = JSON satırları
choice-campaign-export-format-dpo = DPO çiftleri (pairwise)
choice-campaign-export-format-ranking = Model sıralaması (pairwise)

dcmd-community-name = community
dcmd-community-desc = Topluluk olarak bu sunucu: TNET ödeneği ve denetim kaydı (moderatörler)
dsub-community-info-name = info
dsub-community-info-desc = Bu sunucunun topluluğu ve ödeneği
dsub-community-audit-name = audit
dsub-community-audit-desc = Topluluğun denetim kaydı
dopt-community-audit-community-name = topluluk
dopt-community-audit-community-desc = Topluluk numarası (/community list içinden)
dsub-community-register-name = register
dsub-community-register-desc = Bu sunucuyu topluluk olarak kaydet (platform yöneticileri)
dopt-community-register-title-name = başlık
dopt-community-register-title-desc = Denetim kaydındaki adı
dsub-community-grant-name = grant
dsub-community-grant-desc = Bir topluluğun ödeneğine TNET ekle (platform yöneticileri)
dopt-community-grant-amount-name = miktar
dopt-community-grant-amount-desc = TNET, örneğin 50000
dopt-community-grant-community-name = topluluk
dopt-community-grant-community-desc = Topluluk numarası (/community list içinden)
dsub-community-list-name = list
dsub-community-list-desc = Tüm topluluklar (platform yöneticileri)
