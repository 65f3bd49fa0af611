# İtirazlar (issue 18): bir üye, kampanyanın moderatörlerinden tutulan bir cevabı yeniden incelemelerini ister.

## Komut menüsü, /help ve Discord kaydı
cmd-appeal = Tutulan bir cevaba itiraz et: /appeal <görev> <gerekçe> (özelden cevaplanır)
cmd-appeals = Moderatörler: karar bekleyen itirazlar
help-appeal = /appeal <görev> <gerekçe> - moderatörlerden tutulan bir cevabı yeniden incelemelerini iste (/stats içindeki İtiraz et düğmesi)
help-appeals = Moderatörler: /appeals - karar bekleyen itirazlar, Kabul et ve Reddet düğmeleriyle
dcmd-appeal-name = appeal
dcmd-appeal-desc = Moderatörlerden tutulan bir cevabı yeniden incelemelerini iste
dopt-appeal-task-name = görev
dopt-appeal-task-desc = Görev numarası (/stats içinden)
dopt-appeal-reason-name = gerekçe
dopt-appeal-reason-desc = Cevabının neden doğru olduğu, bir iki cümleyle
dcmd-appeals-name = appeals
dcmd-appeals-desc = Karar bekleyen itirazlar (moderatörler)
dopt-appeals-community-name = topluluk
dopt-appeals-community-desc = Topluluk numarası (boş bırakılırsa bu sunucunun topluluğu)

## Üyenin tarafı
appeal-usage = Kullanım: /appeal <görev> <gerekçe>. Gerekçe, cevabının neden doğru olduğunu bir iki cümleyle söyler (en fazla { $max } karakter).
appeal-filed = { $taskId } numaralı görev için itirazın kampanyanın moderatörlerinde. Kararları /stats içinde görünecek.
appeal-refused-not-found = { $taskId } numaralı göreve bir cevabın yok.
appeal-refused-reason-empty = Cevabının neden doğru olduğunu bir cümleyle söyle: /appeal { $taskId } <gerekçe>
appeal-refused-reason-too-long = Bu gerekçe çok uzun: en fazla { $max } karakter.
appeal-refused-waiting = { $taskId } numaralı göreve cevabın henüz değerlendirilmedi: /stats onu tutulmuş gösterince itiraz et.
appeal-refused-not-withheld = { $taskId } numaralı göreve cevabın tutulmadı: itiraz edilecek bir şey yok.
appeal-refused-not-appealable = { $taskId } numaralı göreve cevabın itiraz edilemeyen bir nedenle tutuldu.
appeal-refused-duplicate = { $taskId } numaralı göreve zaten itiraz ettin. Her cevaba bir kez itiraz edilebilir.
appeal-refused-too-many-pending = Karar bekleyen { $max } itirazın var. Biri karara bağlanınca yeniden itiraz et.
appeal-refused-rate-limited = Son 24 saatte { $max } cevaba itiraz ettin. Yarın yeniden dene.
stats-appealable = Tutulan şu cevaplara itiraz edebilirsin:
stats-appealable-line = - görev { $taskId }: { $reason }
btn-appeal = { $taskId } numaralı göreve itiraz et
appeal-how = /appeal { $taskId } ve ardından kısa bir gerekçe gönder (en fazla { $max } karakter), örneğin:
    /appeal { $taskId } Resimde kedi değil köpek var.
stats-appeals = İtirazların:
stats-appeal-line = - görev { $taskId }: { $state }
appeal-state-name = { $state ->
        [upheld] kabul edildi, ödül ödendi
        [refused] reddedildi
       *[pending] moderatörleri bekliyor
    }
rule-appeal-upheld = moderatörler itirazını kabul etti

## Moderatörlerin kuyruğu
appeals-none = Bekleyen itiraz yok.
appeals-usage = Kullanım: /appeals [topluluk numarası]. Bir grupta veya sunucuda: onun topluluğunun itirazları; özelden topluluğun numarasını ver.
appeals-forbidden = Bu topluluğu sen yönetmiyorsun.
appeals-title = { $count ->
        [one] 1 itiraz bekliyor.
       *[other] { $count } itiraz bekliyor; en eski { $shown } tanesi aşağıda.
    }
appeal-card-header = İtiraz #{ $appealId } · kampanya #{ $campaignId } { $name } · görev { $taskId }
appeal-card-withheld = Tutulma nedeni: { $reason }
appeal-card-choice = Üyenin cevabı: { $label }
appeal-card-counts = Cevaplar: { $counts }
appeal-card-consensus = Uzlaşı: { $label } ({ $confidence })
appeal-card-no-consensus = Uzlaşı yok
appeal-card-gold = Bilinen cevap (kontrol sorusu): { $label }
appeal-card-record = Üye bu kampanyada: { $answers } cevap, tahmini doğruluk { $skill }, kontrol soruları { $goldCorrect }/{ $goldAnswers } doğru
appeal-card-no-skill = henüz tahmin edilmedi
appeal-card-record-withheld = Daha önce tutulanlar: { $lines }
appeal-card-reason = Üyenin gerekçesi: { $reason }
btn-appeal-uphold = Kabul et
btn-appeal-refuse = Reddet
appeal-upheld = İtiraz #{ $appealId } kabul edildi: { $taskId } numaralı görev için { $amount } ödendi.
appeal-refused = İtiraz #{ $appealId } reddedildi.
appeal-decide-not-found = Bu itiraza sen karar veremezsin.
appeal-decide-own = İtiraz #{ $appealId } senin kendi itirazın: ona başka bir moderatör karar verir.
appeal-decide-already = İtiraz #{ $appealId } zaten karara bağlandı.
appeal-decide-budget-short = Kampanyanın bütçesi #{ $appealId } numaralı itirazı ödemeye yetmiyor: itiraz beklemeye devam ediyor.
