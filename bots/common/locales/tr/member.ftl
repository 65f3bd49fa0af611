# Glossary: task = görev · campaign = kampanya · wallet = cüzdan · consensus = uzlaşı ·
# reward = ödül · moderator = moderatör · check question = kontrol sorusu · label = etiket ·
# answer = cevap (a model's output: yanıt) · member = üye · mint/minted = basım/basılan ·
# pending = bekleyen · budget = bütçe · allowance = ödenek · community = topluluk ·
# contribution = katkı (the written text itself: metin) · batch = parti (mint batch: basım partisi)
# Informal "sen" throughout. Turkish nouns after numbers stay singular, so most plural
# selectors of English are not needed; no suffix is attached directly to a variable.

# What members read: task cards, answers, /stats, /balance, /leaderboard, /help and the
# member commands. $campaignId and $taskId are identifiers; $name is a campaign's name.

## Task cards
card-header = Kampanya #{ $campaignId } · { $name } · görev { $taskId }
# A card's progress: answers so far of the answers it needs.
card-answers-of = { $count }/{ $target } cevap
card-answers = { $count } cevap
# The same for a card that asks for written texts.
card-texts-of = { $count }/{ $target } metin
card-texts = { $count } metin
# $reward is an amount such as "0.5 TNET".
card-reward-answer = Kabul edilen cevap başına { $reward }
card-reward-text = Kabul edilen metin başına { $reward }
card-closed-texts = Kapandı: metinler kontrol için diğer üyelere gidiyor
# $label names the decided option.
card-closed-consensus = Uzlaşı: { $label }
card-closed-unclear = Net bir uzlaşı olmadan kapandı
card-multilabel-hint = Uyan tüm etiketleri işaretle, sonra "Tamam" düğmesine bas; hiçbiri uymuyorsa "Hiçbiri uymuyor" düğmesine bas.
# How each surface asks for a written text; $min and $max count characters.
card-contribute-hint = Metnini bu mesaja yanıt olarak gönder ({ $min }–{ $max } karakter).
card-contribute-hint-discord = Metnini göndermek için "Yaz" düğmesine bas ({ $min }–{ $max } karakter).
card-contribute-hint-console = Metnini ({ $min }–{ $max } karakter) bir sonraki satıra yaz.
card-pair-prompt = İstem:
card-pair-first = Yanıt 1:
card-pair-second = Yanıt 2:
card-check-text = Kontrol edilecek metin:
# What a multi-label answer with no label ticked is called.
card-none-apply = hiçbiri uymuyor

## Buttons
btn-next-task = Sonraki görev
btn-pair-first = 1 daha iyi
btn-pair-second = 2 daha iyi
btn-pair-tie = Berabere
btn-pair-both-bad = İkisi de kötü
btn-none-apply = Hiçbiri uymuyor
btn-done = Tamam

## Answers
toast-stale-button = Bu düğme artık geçerli değil.
toast-answer-recorded = Cevap kaydedildi
answer-recorded = Cevap kaydedildi: { $label }.
answer-decided-later = Ödülün görev sonuçlanınca belli olur; o zaman /balance ve /stats içinde görürsün.
answer-duplicate = Bu görevi zaten cevapladın: { $label }.
# A pairwise answer named by the side the member saw on their own card.
answer-duplicate-side = Bu görevi zaten cevapladın: { $label } (cevapladığın kartta).
toast-nothing-ticked = Hiçbir şey işaretlenmedi. Uyan etiketleri işaretle ya da "Hiçbiri uymuyor" düğmesine bas.
toast-ticks-expired = İşaretlerinin süresi doldu; yeniden işaretle.
# $labels lists the ticked labels, separated by commas.
toast-ticked = İşaretlenenler: { $labels }. Göndermek için "Tamam" düğmesine bas.
task-none-active = Şu anda aktif bir kampanya yok. Daha sonra tekrar uğra.
task-campaign-idle = Kampanya #{ $campaignId } şu anda cevap almıyor.
task-all-done = Sana açık olan tüm görevleri cevapladın. Teşekkürler! Daha sonra tekrar uğra.

## Written contributions
contribution-accepted = Teşekkürler — metnin kontrol için diğer üyelere gidiyor; kabul ederlerse ödülünü alırsın.
contribution-repeat = Bu görev için zaten bir metin gönderdin; şu anda kontrol ediliyor.
contribution-not-served = Bu kart sana verilmiş bir kart değil. Görev almak için /task gönder.
contribution-empty = Bu metin boş. Kendi metnini yaz ve yeniden gönder.
contribution-control = Bu metinde kontrol karakterleri var. Düz metin gönder.
contribution-too-short = Bu metin çok kısa: en az { $min } karakter yaz.
contribution-too-long = Bu metin çok uzun: en fazla { $max } karakter yaz.
contribution-copied = Bu metin istemin kopyası. Kendi metnini yaz.
contribution-duplicate = Bu metin bu kampanya için zaten gönderilmiş. Kendi metnini yaz.

## Why a reward was paid, withheld or corrected (after "because"; here after "çünkü")
rule-consensus-match = cevap uzlaşıyla eşleşiyor
rule-majority-match = cevap çoğunlukla eşleşiyor
rule-gold-match = cevap bilinen bir cevapla eşleşiyor
rule-consensus-mismatch = cevap uzlaşıdan farklı
rule-consensus-uncertain = görev kesin bir uzlaşı olmadan kapandı
rule-majority-tie = uzlaşıya varılamadı
rule-gold-mismatch = cevap bilinen bir cevaptan farklı
rule-gold-failed = kontrol sorularına verdiğin cevapların çok fazlası yanlıştı
rule-skill-below-floor = tahmini doğruluğun kampanyanın alt sınırının altında
rule-budget-exhausted = kampanyanın bütçesi tükendi
rule-collusion-suspected = cevapların başka hesaplarınkiyle dürüst çalışmanın açıklayamayacağı ölçüde paralel gidiyor ve ortak kontrol sorularındaki cevapları yeterince iyi değil
rule-timing-too-fast = cevapların, öğeler okunamayacak kadar hızlı geldi
rule-contribution-accepted = diğer üyeler katkını kontrol etti ve iyi buldu
rule-contribution-rejected = diğer üyeler katkını kontrol etti ve iyi bulmadı
rule-contribution-uncertain = katkının kontrolü kesin bir uzlaşı olmadan kapandı
rule-consensus-corrected = daha fazla cevap gelince görevin uzlaşısı değişti
rule-pace-pro-rata = bu dönemde kazanılan miktar emisyon hızını aştı, bu yüzden her ödül orantılı olarak ödendi
rule-merge-duplicate = iki sohbet hesabın birleşti ve ikisi de bu görevi cevaplamıştı: önceki cevap sayılır

## /stats, /balance, /leaderboard
stats-none = Henüz cevap yok. Madenciliğe başlamak için /task gönder.
stats-title = Madencilik istatistiklerin
stats-answers = Cevaplar: { $answers } · puanlanan: { $scored } · kabul edilen: { $accepted }
# The same with the accepted share of scored answers, such as "75%".
stats-answers-share = Cevaplar: { $answers } · puanlanan: { $scored } · kabul edilen: { $accepted } ({ $share })
stats-withheld = Alıkonanlar:
# $reason is one of the rule- texts.
stats-withheld-line = - { $count }, çünkü { $reason }
stats-corrected = Düzeltilen: { $count } ({ $amount }), çünkü { $reason }
# $accuracy and $floor are shares such as "82%".
stats-campaign = Kampanya #{ $campaignId } { $name }: tahmini doğruluk { $accuracy } (alt sınır { $floor })
stats-not-estimated = henüz tahmin edilmedi
stats-gold = · kontrol soruları { $correct }/{ $total } doğru
stats-gold-failed = Çok fazla kontrol sorusu yanlış: daha fazlasını doğru bilene kadar eşleşen cevapların hiçbir şey kazandırmaz.
stats-below-floor = Alt sınırın altındasın: doğruluğun yükselene kadar eşleşen cevapların hiçbir şey kazandırmaz. Her görevde acele etme.
# $pending and $minted are amounts such as "12.5 TNET".
balance-text = Bekleyen: { $pending }
    Basılan: { $minted }
    Kabul edilen cevaplar: { $accepted } · alıkonan: { $withheld } · sonuç bekleyen: { $awaiting }
leaderboard-empty = Henüz ödül yok. İlk sen ol: /task gönder.
leaderboard-title = En iyi madenciler
leaderboard-line = { $rank }. { $name }: { $earned } ({ $accepted } kabul)
# A member without a display name.
leaderboard-member = üye { $memberId }

## Commands in general
router-too-long = Bu komut çok uzun.
router-not-command = Komutlar / ile başlar. Liste için /help gönder.
router-unknown = Bilinmeyen komut: /{ $name }. Liste için /help gönder.
toast-went-wrong = Bir şeyler ters gitti.
# $ref is a short code the member quotes to the operators.
router-unexpected = Bizim tarafta bir şeyler ters gitti (kod: { $ref }). Lütfen tekrar dene.
refusal-moderators = Bunu yalnızca moderatörler yapabilir.
refusal-admins = Bunu yalnızca platform yöneticileri yapabilir.
usage-task = Kullanım: /task veya /task <kampanya no>
usage-link = Kullanım: /link veya /link <cüzdan adresin>, örneğin /link 0xAbC...123
usage-verify = Kullanım: /verify <imza> (/link mesajını imzalarken cüzdanının verdiği 0x... metni)

## /link, /wallet, /unlink, /merge
link-page = Cüzdanını bağlamak için { $url } adresini cüzdanının kurulu olduğu bir tarayıcıda aç (bağlantı tek kullanımlık ve { $minutes } dakika geçerli).
link-by-hand = Ya da bir mesajı elle imzalamak için /link <cüzdan adresin> gönder.
link-sign = Ya da bu mesajı cüzdanınla ({ $address }) imzala, sonra /verify <imza> gönder. Mesajın süresi { $minutes } dakika içinde dolar.
mywallet-yours = Cüzdanın: { $address }
mywallet-none = Bağlı bir cüzdanın yok. /link <cüzdan adresin> gönder.
unlink-done = Cüzdan { $address } artık bağlı değil. Basılanlar orada kalır; bekleyen ödüllerin sen yeniden bir cüzdan bağlayana kadar bekler.
merge-offer = Cüzdan { $address }, üye #{ $otherMemberId } hesabına ait. Hesapları birleştirmek için /merge confirm, vazgeçmek için /merge cancel gönder.
merge-usage = Kullanım: /verify bir birleştirme önerdikten sonra /merge confirm veya /merge cancel.
merge-cancelled = Birleştirme iptal edildi. Hesapların ayrı kalıyor.
merge-done = Tamam: artık üye numaran #{ $memberId }, cüzdanın { $address }. Cevapların, becerin ve bekleyen ödüllerin bir arada.
merge-duplicates = İki kez cevapladığın { $count } görev bir kez sayılıyor (önceki cevap).

## /start and /help
welcome = TNET madenciliğine hoş geldin!
    Sana küçük görevler gelir (bir öğeyi etiketle, oy ver, bir modeli kontrol et). Her görevi birçok üye cevaplar; yeterince üye aynı fikirde olduğunda uzlaşıyla eşleşen cevaplar TNET kazandırır. Ödüller partiler halinde bağlı cüzdanına basılır.
help-text = TNET madenciliği: küçük yapay zekâ görevlerini cevapla, cevabın uzlaşıyla eşleşince TNET kazan.
    /task [kampanya] - cevaplaman için bir görev al (bir grupta veya sunucuda: o topluluğun ve platformun kampanyaları)
    /leaderboard - en iyi madenciler
    /batch <parti id> - bir basım partisi: toplamları, işlemi ve ilk ödemeleri
    /campaign list - devam eden kampanyalar
    /campaign stats <id> - bir kampanyanın gidişatı
    /language - dilini seç (bir grupta: grubun dili, moderatörleri seçer)
    Kişisel, yalnızca özelden cevaplanır (Discord'da cevabı yalnızca sen görürsün):
    /balance - bekleyen ve basılan TNET miktarın
    /stats - doğruluğun ve ödüllerin neden alıkonduğu
    /why [görev | batch <id>] - bir cevabın neden ödendi ya da alıkonuldu, ve nerede basıldı
    /link [adres] - cüzdanını bağlantı sayfasında ya da bir mesajı elle imzalayarak bağla
    /verify <imza> - o mesajın imzasıyla bağlamayı tamamla
    /wallet - bağlı cüzdanın; /unlink - bağlantısını kaldır
    /merge confirm - başka bir sohbetteki hesabınla birleş (o hesabın cüzdanını doğruladığında önerilir)
    Moderatörler: /campaign new, /campaign activate|pause|resume|close|export|post <id>, /community (bu topluluğun ödeneği), /community audit (denetim kaydı)
    /help - bu liste

## The platform's own option labels and questions (check, model-check and contribution-check
## campaigns), shown in the reader's words unless the campaign translates them itself.
btn-option-correct = Doğru
btn-option-wrong = Yanlış
btn-option-yes = Evet
btn-option-no = Hayır
btn-option-unsure = Emin değilim
btn-option-good = İyi
btn-option-not-good = İyi değil
card-default-check-question = Bu iyi bir katkı mı?
card-model-says = Modelin tahmini: { $label } ({ $percent }). Doğru mu?
card-checks-name = { $name } (kontrol)
