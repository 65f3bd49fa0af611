# Moderator-facing words: /campaign, /community, /batch, the guided /campaign new
# (bots/common/campaign-wizard.ts), the stats text and chart, the audit log.
# Commands and what is typed after them (/campaign post, activate, -, min-max) stay as
# written: moderators type them. Identifiers ($campaignId, $communityId) have no grouping.

## Names of codes

# A campaign's status in a list or a heading. $status is its code: draft, active, paused or closed.
mod-status-name = { $status ->
        [draft] taslak
        [active] aktif
        [paused] duraklatıldı
        [closed] kapalı
       *[other] { $status }
    }
# A campaign's kind. $kind is its code (label, vote, check, pairwise, multilabel, contribute),
# which moderators also type in the wizard, so the code itself stays recognizable.
# Turkish: the codes stay as typed.
mod-kind-name = { $kind ->
        [label] label
        [vote] vote
        [check] check
        [pairwise] pairwise
        [multilabel] multilabel
        [contribute] contribute
       *[other] { $kind }
    }
# A mint batch's state. $state is its code: prepared, submitted, confirmed or failed.
batch-state-name = { $state ->
        [prepared] hazırlandı
        [submitted] gönderildi
        [confirmed] onaylandı
        [failed] başarısız
       *[other] { $state }
    }

## /campaign (bots/common/commands/campaign.command.ts)

mod-campaign-usage = Kullanım: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
# $sub is the subcommand the moderator typed (stats, post, pause, ...), kept as typed.
mod-campaign-usage-id = Kullanım: /campaign { $sub } <id>; kampanya numarasını /campaign list içinden al.
# $sub is the unknown word typed after /campaign, shown as typed.
mod-campaign-unknown-sub =
    Bilinmeyen alt komut: "{ $sub }".
    Kullanım: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
mod-campaign-none = Henüz kampanya yok.
mod-campaign-none-active = Şu anda aktif kampanya yok.
# $lines: one line per campaign (mod-campaign-line), joined by line breaks.
mod-campaign-list = Kampanyalar
    { $lines }
# One campaign of /campaign list. $status is a translated mod-status-name; $reward, $spent and $budget are TNET amounts.
mod-campaign-line = #{ $campaignId } { $name } [{ $status }] · cevap başına { $reward } · harcanan { $spent } / { $budget }
mod-campaign-posted = Kampanya #{ $campaignId } artık burada yayında.
# $cards: how many task cards this chat shows at the same time.
mod-campaign-posted-cards = Kampanya #{ $campaignId } artık burada yayında, aynı anda { $cards } kart.
# $status is a translated mod-status-name.
mod-campaign-now = Kampanya #{ $campaignId } durumu artık: { $status }.

## /campaign in Telegram and Discord (bots/telegram/campaign.composer.ts, bots/discord/commands/campaign*.ts)

mod-tg-campaign-usage =
    Kullanım: /campaign list | /campaign stats <id>
    Moderatörler: /campaign new [topluluk id] | /campaign post <id> [aynı anda kart sayısı] | /campaign activate|pause|resume|close <id> | /campaign export <id>
mod-new-usage = Kullanım: /campaign new, sonra soruları tek tek cevapla. Özelden bir topluluk için: /campaign new <topluluk id>.
# $prompt is the question the conversation waits on.
mod-new-in-progress = Yeni bir kampanya zaten hazırlanıyor.
    { $prompt }
# $formats: the export formats, joined by commas (csv, jsonl, dpo, ranking), as typed.
mod-export-usage = Kullanım: /campaign export <id> [biçim]; kampanya numarası /campaign list içinde; biçim: { $formats } (varsayılan csv; dpo ve ranking pairwise kampanyalar için).
# $formats: the export formats, joined by commas, as typed.
mod-export-choose-format = Dışa aktarma biçimini seç: { $formats }.
# The caption of an export file. $count: how many tasks (or, for the ranking format, models)
# the file holds; $format: csv, jsonl, dpo or ranking.
mod-export-caption = { $format ->
        [ranking] Kampanya #{ $campaignId }: Bradley-Terry ile sıralanmış { $count } model, CSV olarak.
        [dpo] Kampanya #{ $campaignId }: karara bağlanmış { $count } görev, DPO tercih çiftleri olarak (JSON satırları).
        [jsonl] Kampanya #{ $campaignId }: uzlaşısıyla birlikte { $count } görev, JSON satırları olarak.
       *[other] Kampanya #{ $campaignId }: uzlaşısıyla birlikte { $count } görev, CSV olarak.
    }
mod-export-not-sent-telegram = Kampanya #{ $campaignId } için dışa aktarım gönderilemedi (Telegram en fazla 50 MB'lık belge kabul ediyor). Sunucuda: npx tnet campaign export { $campaignId }
mod-export-too-large-discord = Kampanya #{ $campaignId } için dışa aktarım 10 MB'ı aşıyor; CLI ile al: npx tnet campaign export { $campaignId }.
# $max: the most task cards a chat may show at once.
mod-post-usage = Kullanım: /campaign post <id> [kart]; kart (1 ile { $max } arası), bu sohbetin aynı anda gösterdiği görev kartı sayısıdır.
mod-cancel-nothing = İptal edilecek bir şey yok.
# $prompt is the question the conversation waits on (a file comes only at the items step).
mod-upload-not-yet = Henüz değil: { $prompt }
# $size and $limit are file sizes with their unit (like 25.3 MB).
mod-upload-too-large = Bu dosya { $size }; sınır { $limit }. Daha küçük dosyalara böl ya da /cancel gönder.
mod-upload-format = Öğeleri .csv veya .jsonl dosyası olarak (ya da biri ve görselleriyle birlikte bir .zip olarak) gönder veya /cancel gönder.
# $reason says why the file could not be downloaded (a full sentence).
mod-upload-refused = { $reason } Ya da /cancel gönder.
# $name is the attached file's name.
mod-items-format-discord = Öğeler .csv, .jsonl veya .zip dosyası olmalı; { $name } bunlardan hiçbiri değil. Hiçbir şey oluşturulmadı.
# $size is the file's size in megabytes, with one decimal (like 25.0).
mod-items-too-large-discord = Bu dosya { $size } MB; öğeler en fazla 20 MB olabilir. Hiçbir şey oluşturulmadı.
mod-items-unreadable-discord = Eklenen dosya okunamadı. Yeniden ekle. Hiçbir şey oluşturulmadı.
# $error is why the items were refused (an error text, possibly several lines).
mod-items-refused-discord = { $error }
    Hiçbir şey oluşturulmadı; dosyayı düzelt ve /campaign new komutunu yeniden çalıştır.
# $count: items imported; $gold: how many of them carry a known answer (0: none).
mod-imported-discord = { $gold ->
        [0] Taslak kampanya #{ $campaignId } içine { $count } öğe aktarıldı. /campaign activate { $campaignId } ile başlat.
       *[other] Taslak kampanya #{ $campaignId } içine { $count } öğe aktarıldı ({ $gold } tanesi bilinen cevaplı). /campaign activate { $campaignId } ile başlat.
    }

## The guided /campaign new (bots/common/campaign-wizard.ts)

wizard-prompt-name =
    Yeni kampanya (durdurmak için istediğin zaman /cancel gönder).
    Adım 1/8: adı ne olsun?
# The kind names before each parenthesis are typed as written.
wizard-prompt-kind = Adım 2/8: hangi tür? label (her öğe için bir etiket seç), vote (daha iyi seçeneği seç), check (model doğru mu?), pairwise (iki yanıttan hangisi daha iyi: A, B, berabere ya da ikisi de kötü), multilabel (uyan tüm etiketleri işaretle) veya contribute (üyeler görsel açıklaması ya da çeviri gibi bir metin yazar, diğer üyeler kontrol eder)
wizard-prompt-question = Adım 3/8: üyelerin her öğede cevaplayacağı soru ne?
wizard-prompt-options = Adım 4/8: virgülle ayrılmış seçenekler: cat, dog, bird. Etiket vermek için = kullan (pos=Positive). Check kampanyasında - yazarsan Doğru / Yanlış kalır.
wizard-prompt-options-multilabel = Adım 4/8: üyelerin işaretleyeceği etiketler, 2 ile 20 arası, virgülle ayrılmış: toxic, spam, off_topic. Etiket vermek için = kullan (off_topic=Off topic).
wizard-prompt-reward = Adım 5/8: kabul edilen cevap başına ödül, TNET cinsinden (örneğin 10 veya 0.5)?
wizard-prompt-answers-per-task = Adım 6/8: her görev kaç cevap almalı (1 ile 100 arası; genelde 3)?
wizard-prompt-budget = Adım 7/8: TNET cinsinden toplam bütçe?
wizard-prompt-items = Adım 8/8: öğeleri bir CSV dosyası (bir başlık satırı, her satırda bir öğe; isteğe bağlı id ve gold sütunları) ya da bir JSONL dosyası (her satırda bir JSON nesnesi) olarak gönder, en fazla 20 MB; ya da böyle bir dosyayı ve image sütununda adı geçen görselleri içeren bir .zip gönder.
# Said under the items step of a pairwise campaign; the column names stay as written.
wizard-items-pairwise = Her pairwise öğesinde bir istem ve iki yanıt bulunur: prompt, a, b sütunları ve modelleri sıralamak için isteğe bağlı model_a ve model_b.
# Said under the items step of a multilabel campaign; "gold" is the column name, | and [] as typed.
wizard-items-multilabel = Bilinen cevap (gold), | ile birleştirilmiş etiket id'lerinden oluşan bir kümedir (toxic|spam); hiçbiri uymuyorsa [] yaz.
wizard-pairwise-options-fixed = Seçenekleri sabittir: A, B, berabere, ikisi de kötü.

# A contribute campaign's questions. $step is this question's number, $steps how many there are.
wizard-contribute-question = Adım { $step }/{ $steps }: üyeler her öğe için ne yazacak (örneğin: Bu görsel için bir açıklama yaz)?
wizard-contribute-reward = Adım { $step }/{ $steps }: kabul edilen metin başına ödül, TNET cinsinden (örneğin 10 veya 0.5)? Bir metin, onu kontrol eden üyeler iyi bulursa kabul edilir.
wizard-contribute-answers-per-task = Adım { $step }/{ $steps }: her öğe, farklı üyelerden kaç metin alacak (1 ile 100 arası)?
wizard-contribute-budget = Adım { $step }/{ $steps }: metinlerin bütçesi, TNET cinsinden?
# "-" is typed as written: it keeps the default question shown in quotes.
wizard-contribute-check-question = Adım { $step }/{ $steps }: kontrol edenlerin her metinde cevaplayacağı soru (örneğin: Bu iyi bir açıklama mı?) ya da varsayılan "Bu iyi bir katkı mı?" için -
wizard-contribute-check-reward = Adım { $step }/{ $steps }: kabul edilen kontrol başına ödül, TNET cinsinden?
wizard-contribute-check-budget = Adım { $step }/{ $steps }: kontrollerin bütçesi, TNET cinsinden?
# $max: the longest text allowed, in characters; $defaults: the default lengths as min-max (like 3-500).
wizard-contribute-lengths = Adım { $step }/{ $steps }: bir metin kaç karakter olabilir, min-max biçiminde (örneğin 10-200; en fazla { $max }) ya da { $defaults } için -?
wizard-contribute-items = Adım { $step }/{ $steps }: öğeleri bir CSV dosyası (bir başlık satırı, her satırda bir öğe; isteğe bağlı id sütunu) ya da bir JSONL dosyası (her satırda bir JSON nesnesi) olarak gönder, en fazla 20 MB; ya da böyle bir dosyayı ve image sütununda adı geçen görselleri içeren bir .zip gönder. Her öğede, hakkında yazılacak bir istem (ya da metin), bir görsel veya ikisi birden bulunur.

# A problem with an answer starts with the field's name as the definition file spells it
# (options, answersPerTask, lengths): keep those words as they are.
wizard-problem-options-multilabel = options: multilabel kampanyasının işaretlenecek etiketlere ihtiyacı var
wizard-problem-options-needed = options: label ve vote kampanyalarının seçeneklere ihtiyacı var
# $max: the most labels a multilabel campaign may have.
wizard-problem-too-many-labels = options: bir multilabel kampanyasında en fazla { $max } etiket olabilir
wizard-problem-answers-whole = answersPerTask: tam sayı olmalı
wizard-problem-lengths-format = lengths: en az ve en fazla karakter sayısını min-max olarak yaz, örneğin 10-200
wizard-problem-lengths-order = lengths: en az değer en fazla değerden büyük olamaz
# $problems: one "- " line per problem (their texts come from the definition's rules).
wizard-does-not-fit = Bu uymuyor:
    { $problems }
# $prompt: the items question (wizard-prompt-items, maybe with more lines).
wizard-items-as-document = Öğeleri belge olarak gönder (.csv veya .jsonl dosyası). { $prompt }
# The first summary line. $name and $question are the moderator's own; $kind is a translated mod-kind-name.
wizard-summary-head = { $name } ({ $kind }): { $question }
# $options: the options joined by commas, each as its id or as id (label).
wizard-summary-options = Seçenekler: { $options }
# One option with its label, in the options summary.
wizard-summary-option-label = { $optionId } ({ $label })
# $reward and $budget are TNET amounts; $answers: answers each task needs.
wizard-summary-answers = Kabul edilen cevap başına { $reward }, görev başına { $answers } cevap, bütçe { $budget }
# A contribute campaign's length and check question; $min and $max are characters.
wizard-summary-texts = { $min }–{ $max } karakterlik metinler, diğer üyelerce kontrol edilir: { $checkQuestion }
# $reward and $budget are TNET amounts; $texts: texts each item takes.
wizard-summary-texts-money = Kabul edilen metin başına { $reward }, öğe başına { $texts } metin, bütçe { $budget }
# $reward and $budget are TNET amounts; $checks: checks each text takes.
wizard-summary-checks-money = Kabul edilen kontrol başına { $reward }, metin başına { $checks } kontrol, bütçe { $budget }
# $error is the error text (possibly several lines); the file can be sent again.
wizard-file-refused = { $error }
    Dosyayı düzelt ve yeniden gönder ya da /cancel gönder.
# $count: items imported; $gold: how many of them carry a known answer (0: none).
wizard-imported = { $gold ->
        [0] Taslak kampanya #{ $campaignId } içine { $count } öğe aktarıldı.
       *[other] Taslak kampanya #{ $campaignId } içine { $count } öğe aktarıldı ({ $gold } tanesi bilinen cevaplı).
    }
# "activate" is typed as written (yes and start work too).
wizard-confirm = #{ $campaignId } numaralı kampanyayı başlatmak için activate, vazgeçmek için /cancel gönder.
wizard-activated = Kampanya #{ $campaignId } aktif. Bir grupta /campaign post { $campaignId } [aynı anda kart sayısı] ile paylaş.
wizard-cancelled-draft = İptal edildi. Taslak kampanya #{ $campaignId } kapatıldı; hiç çalışmadı.
wizard-cancelled = İptal edildi. Hiçbir kampanya oluşturulmadı.

## /campaign stats in words (bots/common/campaign-stats-text.ts)

# $status is a translated mod-status-name.
stats-report-head = Kampanya #{ $campaignId } · { $name } [{ $status }]
# $progress is a percentage; $final: tasks with a final result of $tasks; $uncertain: final without clear consensus.
stats-report-progress = İlerleme: { $progress } ({ $tasks } görevin { $final } tanesi kesinleşti, { $uncertain } tanesi net uzlaşı olmadan)
stats-report-answers = Cevaplar: { $answers } ({ $members } üyeden)
stats-report-agreement-none = Uyum: henüz puanlanan cevap yok ({ $accepted } kabul, { $withheld } alıkonan)
# $agreement is a percentage.
stats-report-agreement = Uyum: { $agreement } ({ $accepted } kabul, { $withheld } alıkonan)
# $spent and $budget are TNET amounts.
stats-report-budget = Bütçe: harcanan { $spent } / { $budget }
# $accuracy is a percentage; $checked: model predictions members decided.
stats-report-model-verified = Üyelerin doğruladığı model: { $accuracy } doğru ({ $checked } tahmin kontrol edildi)
# A multilabel campaign's heading: $sets decided label sets, $answers answers that ticked labels.
stats-report-labels-head = Etiketler (karara bağlanmış { $sets } küme · { $answers } cevapta işaretlendi):
# One label: $decided is its share of the decided sets, $ticked of the answers (each like "50% (4)" or –).
stats-report-label-line = • { $label }: { $decided } · { $ticked }
# The line for sets where no label applies; $decided and $ticked as in stats-report-label-line.
stats-report-label-none = • hiçbiri uymuyor: { $decided } · { $ticked }
# A share with its count, like "50% (4)". $share is a percentage.
stats-report-share-count = { $share } ({ $count })
stats-report-position-bias-none = Konum yanlılığı: henüz hiçbir cevap taraf seçmedi
# $share, $low and $high are percentages ($low–$high is the 95% interval); $answers: answers that chose a side.
stats-report-position-bias = Konum yanlılığı: önce gösterilen yanıt, taraf seçen { $answers } cevabın { $share } kadarını kazandı (%95 aralık { $low }–{ $high }; %50 = yanlılık yok)
stats-report-ranking-none = Sıralama: henüz iki modeli de içeren karara bağlanmış bir çift yok
# $pairs: decided pairs that name both models.
stats-report-ranking-head = Sıralama (karara bağlanmış { $pairs } çift üzerinden Bradley-Terry, %95 aralık):
# One model of the ranking: $rank its place, $score its score with the 95% interval $low–$high, $pairs the pairs it was in.
stats-report-ranking-line = { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } çift

## The /campaign stats picture (bots/common/campaign-chart.ts); short lines on a chart

# $status is a translated mod-status-name.
chart-title = Kampanya #{ $campaignId } · { $name } [{ $status }]
# $spent and $budget are TNET amounts.
chart-subtitle = { $members } üyeden { $answers } cevap · harcanan { $spent } / { $budget }
chart-progress = İlerleme
# $final: tasks with a final result, of $tasks.
chart-progress-note = ({ $tasks } görevin { $final } tanesi kesin)
chart-agreement = Uyum
chart-agreement-none = henüz puanlanan cevap yok
chart-agreement-note = ({ $accepted } kabul)
chart-model-verified = Doğrulanan model
chart-model-none = henüz karara bağlanmış kontrol yok
chart-model-note = ({ $checks } kontrol)
# A pairwise campaign's position bias: the share of answers won by the output shown first.
chart-first-won = İlk gösterilen kazandı
chart-first-won-none = henüz hiçbir cevap taraf seçmedi
# $answers: answers that chose a side.
chart-first-won-note = { $answers } cevap içinde (%50 = yanlılık yok)
# $days: how many days the columns show.
chart-answers-per-day = Günlük cevaplar (son { $days } gün, UTC)
chart-top-miners = En iyi madenciler
chart-no-answers = Henüz cevap yok
# A miner without a display name; $memberId is their member number.
chart-member = üye { $memberId }
# One miner: $rank is their place.
chart-miner = { $rank }. { $name }
# $earned is a TNET amount.
chart-miner-note = { $answers } cevap · { $accepted } kabul · { $earned }
# $sets: decided label sets; $answers: answers (the thin bars count their ticks).
chart-labels-head = Karara bağlanmış { $sets } kümede etiketler (ince: { $answers } cevaptaki işaretler)
chart-labels-more = ve /campaign stats içinde { $count } tane daha
chart-ranking-head = Model sıralaması (Bradley-Terry, { $pairs } çift, %95 aralık)
chart-ranking-more = ve dışa aktarımda { $count } tane daha
chart-ranking-model = { $rank }. { $model }

## /batch (bots/common/batch-text.ts, bots/common/commands/batch.command.ts)

batch-usage = Kullanım: /batch <parti id, 0x ve 64 onaltılık rakam>
batch-not-found = Basım partisi { $batchId } bulunamadı.
# $state is a translated batch-state-name.
batch-head = Basım partisi { $batchId } [{ $state }]
batch-transaction = İşlem: { $txHash }
batch-transaction-none = İşlem: henüz gönderilmedi
# $gross is a TNET amount.
batch-totals = { $wallets } cüzdana { $rows } satır, brüt { $gross }
# $amount is a TNET amount.
batch-payout = { $wallet } { $amount }
# The full manifest is shown by the operator's command line, kept as written.
batch-more = ... ve { $count } cüzdan daha; tam döküm: npx tnet batch { $batchId }

## /community (bots/common/commands/community.command.ts, bots/common/audit-text.ts)

community-usage =
    Kullanım: /community (bu topluluk ve ödeneği) | /community audit [topluluk id]
    Platform yöneticileri: /community register [başlık] (grupta veya sunucuda; başlık verilmezse onun adı kullanılır) | /community grant [topluluk id] <TNET> | /community list
# $sub is the unknown word typed after /community, shown as typed.
community-unknown-sub =
    Bilinmeyen alt komut: "{ $sub }".
    Kullanım: /community (bu topluluk ve ödeneği) | /community audit [topluluk id]
    Platform yöneticileri: /community register [başlık] (grupta veya sunucuda; başlık verilmezse onun adı kullanılır) | /community grant [topluluk id] <TNET> | /community list
community-grant-usage = Kullanım: /community grant [topluluk id] <TNET>, örneğin /community grant 50000.
community-audit-usage = Kullanım: /community audit [topluluk id]
community-not-registered = Bu sohbet kayıtlı bir topluluk değil. Bir platform yöneticisi /community register ile kaydeder.
# $line is the community's line (community-line).
community-info = Topluluk { $line }
community-register-here = Kaydetmek için grupta veya sunucuda /community register gönder ya da CLI'ı kullan: tnet community register.
community-registered = Bu sohbet artık #{ $communityId } numaralı topluluk: "{ $title }". /community grant <TNET> ile ona ödenek ver.
community-grant-private-usage = Kullanım: özelden /community grant <topluluk id> <TNET>.
community-register-first = Bu sohbet kayıtlı bir topluluk değil. Önce /community register ile kaydet.
# $amount, $allowance and $left are TNET amounts.
community-granted = Topluluk #{ $communityId } ödeneğine { $amount } eklendi: toplam { $allowance }, kalan { $left }.
community-audit-empty = Denetim kaydında burada henüz bir şey yok.
# $lines: one audit line each (audit-line), oldest first.
community-audit = Denetim kaydı (en yenisi en sonda)
    { $lines }
community-none = Henüz topluluk yok.
# $lines: one community-line each.
community-list = Topluluklar
    { $lines }
# One community. $platform (telegram, discord) and $chatId (its chat or server id) are codes;
# $allowance, $reserved and $left are TNET amounts.
community-line = #{ $communityId } { $platform } { $chatId } "{ $title }" · ödenek { $allowance }, ayrılan { $reserved }, kalan { $left }

# An audit log line: "2026-12-05 14:40 UTC #17 telegram:999 campaign.pause campaign:3 platform from=active to=paused".
# $at is the time in UTC (year-month-day hours:minutes); $rest holds codes (who, what, details) kept as recorded.
audit-line = { $at } UTC #{ $id } { $rest }
# Where an audit entry happened: the platform itself, not a community.
audit-platform = platform
audit-community = topluluk:{ $communityId }
