# Glossary:
#   task — nhiệm vụ; campaign — chiến dịch; wallet — ví; consensus — đồng thuận;
#   reward — phần thưởng; moderator — quản trị viên (platform admin — quản trị viên nền tảng);
#   check question (a hidden gold task) — câu hỏi kiểm tra; label — nhãn; answer — câu trả lời;
#   member — thành viên; mint — mint, minted — đã mint; pending — đang chờ; budget — ngân sách;
#   allowance — hạn mức; community — cộng đồng; contribution (a written text) — bài đóng góp;
#   batch — đợt (mint batch — đợt mint).
# Also: item — mục; text — bài viết; check (of a text) — kiểm duyệt; checker — người kiểm duyệt;
#   accepted — được chấp nhận; withheld — bị giữ lại; scored — được chấm; accuracy — độ chính xác;
#   floor — ngưỡng tối thiểu; miner — thợ đào; mining — đào; link/unlink — liên kết/hủy liên kết;
#   verify — xác minh; signature — chữ ký; merge — gộp; prompt — prompt; audit log — nhật ký hoạt động;
#   grant — cấp; export — xuất; post — đăng; draft — nháp; option — lựa chọn.
#   TNET stays TNET. The bot calls itself "mình" and the member "bạn".
#
# What members read: task cards, answers, /stats, /balance, /leaderboard, /help and the
# member commands. $campaignId and $taskId are identifiers; $name is a campaign's name.

## Task cards
card-header = Chiến dịch #{ $campaignId } · { $name } · nhiệm vụ { $taskId }
# A card's progress: answers so far of the answers it needs.
card-answers-of = { $count }/{ $target } câu trả lời
card-answers = { $count } câu trả lời
# The same for a card that asks for written texts.
card-texts-of = { $count }/{ $target } bài viết
card-texts = { $count } bài viết
# $reward is an amount such as "0.5 TNET".
card-reward-answer = { $reward } cho mỗi câu trả lời được chấp nhận
card-reward-text = { $reward } cho mỗi bài viết được chấp nhận
card-closed-texts = Đã đóng: các bài viết được chuyển cho thành viên khác kiểm duyệt
# $label names the decided option.
card-closed-consensus = Đồng thuận: { $label }
card-closed-unclear = Đã đóng mà không có đồng thuận rõ ràng
card-multilabel-hint = Chọn mọi nhãn phù hợp rồi bấm Xong; nếu không nhãn nào phù hợp, bấm Không nhãn nào.
# How each surface asks for a written text; $min and $max count characters.
card-contribute-hint = Trả lời tin nhắn này bằng bài viết của bạn ({ $min }–{ $max } ký tự).
card-contribute-hint-discord = Bấm Viết để gửi bài viết của bạn ({ $min }–{ $max } ký tự).
card-contribute-hint-console = Gõ bài viết của bạn ({ $min }–{ $max } ký tự) ở dòng tiếp theo.
card-pair-prompt = Prompt:
card-pair-first = Phản hồi 1:
card-pair-second = Phản hồi 2:
card-check-text = Bài viết cần kiểm duyệt:
# What a multi-label answer with no label ticked is called.
card-none-apply = không nhãn nào phù hợp

## Buttons
btn-next-task = Nhiệm vụ tiếp theo
btn-pair-first = 1 tốt hơn
btn-pair-second = 2 tốt hơn
btn-pair-tie = Ngang nhau
btn-pair-both-bad = Cả hai đều tệ
btn-none-apply = Không nhãn nào
btn-done = Xong

## Answers
toast-stale-button = Nút này không còn dùng được nữa.
toast-answer-recorded = Đã ghi nhận câu trả lời
answer-recorded = Đã ghi nhận câu trả lời: { $label }.
answer-decided-later = Phần thưởng của bạn được quyết định khi nhiệm vụ kết thúc; lúc đó /balance và /stats sẽ hiển thị.
answer-duplicate = Bạn đã trả lời nhiệm vụ này rồi: { $label }.
# A pairwise answer named by the side the member saw on their own card.
answer-duplicate-side = Bạn đã trả lời nhiệm vụ này rồi: { $label } (theo thẻ bạn đã trả lời).
toast-nothing-ticked = Bạn chưa chọn gì. Hãy chọn các nhãn phù hợp, hoặc bấm Không nhãn nào.
toast-ticks-expired = Lựa chọn của bạn đã hết hạn; hãy chọn lại.
# $labels lists the ticked labels, separated by commas.
toast-ticked = Đã chọn: { $labels }. Bấm Xong để gửi.
task-none-active = Hiện chưa có chiến dịch nào đang chạy. Bạn quay lại sau nhé.
task-campaign-idle = Chiến dịch #{ $campaignId } hiện không nhận câu trả lời.
task-all-done = Bạn đã trả lời hết các nhiệm vụ dành cho bạn. Cảm ơn bạn! Quay lại sau nhé.

## Written contributions
contribution-accepted = Cảm ơn bạn — bài viết sẽ được chuyển cho thành viên khác kiểm duyệt; nếu được chấp nhận, bạn sẽ nhận thưởng.
contribution-repeat = Bạn đã gửi bài viết cho nhiệm vụ này rồi; bài đang được kiểm duyệt.
contribution-not-served = Thẻ này không phải thẻ bạn được giao. Gửi /task để nhận nhiệm vụ.
contribution-empty = Bài viết đang trống. Hãy tự viết rồi gửi lại.
contribution-control = Bài viết có chứa ký tự điều khiển. Hãy gửi văn bản thuần.
contribution-too-short = Bài viết quá ngắn: hãy viết ít nhất { $min } ký tự.
contribution-too-long = Bài viết quá dài: hãy viết tối đa { $max } ký tự.
contribution-copied = Bài viết chép lại prompt. Hãy tự viết bằng lời của bạn.
contribution-duplicate = Bài viết này đã có người gửi trong chiến dịch. Hãy tự viết bài của bạn.

## Why a reward was paid, withheld or corrected (after "because")
rule-consensus-match = khớp với đồng thuận
rule-majority-match = khớp với đa số
rule-gold-match = khớp với đáp án đã biết
rule-consensus-mismatch = khác với đồng thuận
rule-consensus-uncertain = nhiệm vụ đóng lại mà không có đồng thuận chắc chắn
rule-majority-tie = không đạt được đồng thuận
rule-gold-mismatch = khác với đáp án đã biết
rule-gold-failed = bạn trả lời sai quá nhiều câu hỏi kiểm tra
rule-skill-below-floor = độ chính xác ước tính của bạn thấp hơn ngưỡng tối thiểu của chiến dịch
rule-budget-exhausted = chiến dịch đã hết ngân sách
rule-collusion-suspected = câu trả lời của bạn trùng khớp với các tài khoản khác nhiều hơn hẳn mức làm việc trung thực, và các câu hỏi kiểm tra chung của họ không đủ tốt
rule-timing-too-fast = bạn trả lời nhanh hơn cả thời gian cần để đọc các mục
rule-contribution-accepted = các thành viên khác đã kiểm duyệt bài đóng góp của bạn và đánh giá tốt
rule-contribution-rejected = các thành viên khác đã kiểm duyệt bài đóng góp của bạn và đánh giá chưa tốt
rule-contribution-uncertain = việc kiểm duyệt bài đóng góp của bạn kết thúc mà không có đồng thuận chắc chắn
rule-consensus-corrected = đồng thuận của nhiệm vụ đã thay đổi khi có thêm câu trả lời
rule-pace-pro-rata = tổng thưởng của epoch vượt tốc độ phát hành, nên mọi phần thưởng được trả theo tỷ lệ
rule-merge-duplicate = hai tài khoản chat của bạn đã được gộp và cả hai đều trả lời nhiệm vụ này: câu trả lời sớm hơn được tính

## /stats, /balance, /leaderboard
stats-none = Chưa có câu trả lời nào. Gửi /task để bắt đầu đào.
stats-title = Thống kê đào của bạn
stats-answers = Câu trả lời: { $answers } · được chấm: { $scored } · được chấp nhận: { $accepted }
# The same with the accepted share of scored answers, such as "75%".
stats-answers-share = Câu trả lời: { $answers } · được chấm: { $scored } · được chấp nhận: { $accepted } ({ $share })
stats-withheld = Bị giữ lại:
# $reason is one of the rule- texts.
stats-withheld-line = - { $count } câu trả lời vì { $reason }
stats-corrected = Đã điều chỉnh: { $count } câu trả lời ({ $amount }) vì { $reason }
# $accuracy and $floor are shares such as "82%".
stats-campaign = Chiến dịch #{ $campaignId } { $name }: độ chính xác ước tính { $accuracy } (ngưỡng { $floor })
stats-not-estimated = chưa ước tính
stats-gold = · câu hỏi kiểm tra đúng { $correct }/{ $total }
stats-gold-failed = Bạn trả lời sai quá nhiều câu hỏi kiểm tra: các câu trả lời khớp sẽ không được thưởng cho đến khi bạn trả lời đúng thêm.
stats-below-floor = Dưới ngưỡng tối thiểu: các câu trả lời khớp sẽ không được thưởng cho đến khi độ chính xác của bạn tăng lên. Cứ từ từ với từng nhiệm vụ nhé.
# $pending and $minted are amounts such as "12.5 TNET".
balance-text = Đang chờ: { $pending }
    Đã mint: { $minted }
    Câu trả lời được chấp nhận: { $accepted } · bị giữ lại: { $withheld } · đang chờ kết quả: { $awaiting }
leaderboard-empty = Chưa có phần thưởng nào. Hãy là người đầu tiên: gửi /task.
leaderboard-title = Top thợ đào
leaderboard-line = { $rank }. { $name }: { $earned } ({ $accepted } được chấp nhận)
# A member without a display name.
leaderboard-member = thành viên { $memberId }

## Commands in general
router-too-long = Lệnh này quá dài.
router-not-command = Lệnh bắt đầu bằng /. Gửi /help để xem danh sách.
router-unknown = Không có lệnh /{ $name }. Gửi /help để xem danh sách.
toast-went-wrong = Đã có lỗi xảy ra.
# $ref is a short code the member quotes to the operators.
router-unexpected = Đã có lỗi xảy ra phía bọn mình (mã { $ref }). Bạn vui lòng thử lại.
refusal-moderators = Chỉ quản trị viên mới làm được việc này.
refusal-admins = Chỉ quản trị viên nền tảng mới làm được việc này.
usage-task = Cách dùng: /task hoặc /task <id chiến dịch>
usage-link = Cách dùng: /link hoặc /link <địa chỉ ví của bạn>, ví dụ /link 0xAbC...123
usage-verify = Cách dùng: /verify <chữ ký> (đoạn 0x... mà ví của bạn trả về khi ký tin nhắn /link)

## /link, /wallet, /unlink, /merge
link-page = Mở { $url } trong trình duyệt có ví của bạn để liên kết (đường link chỉ dùng được một lần, trong { $minutes } phút).
link-by-hand = Hoặc gửi /link <địa chỉ ví của bạn> để tự ký tin nhắn.
link-sign = Hoặc ký tin nhắn này bằng ví của bạn ({ $address }), rồi gửi /verify <chữ ký>. Tin nhắn hết hạn sau { $minutes } phút.
mywallet-yours = Ví của bạn: { $address }
mywallet-none = Bạn chưa liên kết ví nào. Gửi /link <địa chỉ ví của bạn>.
unlink-done = Đã hủy liên kết ví { $address }. Số TNET đã mint vẫn nằm ở đó; phần thưởng đang chờ sẽ đợi đến khi bạn liên kết ví lại.
merge-offer = Ví { $address } thuộc về thành viên #{ $otherMemberId }. Gửi /merge confirm để gộp hai tài khoản, hoặc /merge cancel.
merge-usage = Cách dùng: /merge confirm hoặc /merge cancel, sau khi /verify đề nghị gộp tài khoản.
merge-cancelled = Đã hủy gộp. Các tài khoản của bạn vẫn tách riêng.
merge-done = Xong: giờ bạn là thành viên #{ $memberId }, với ví { $address }. Câu trả lời, kỹ năng và phần thưởng đang chờ của bạn đã được gộp lại.
merge-duplicates = { $count } nhiệm vụ bạn đã trả lời hai lần chỉ được tính một lần (câu trả lời sớm hơn).

## /start and /help
welcome = Chào mừng bạn đến với TNET mining!
    Bạn sẽ nhận các nhiệm vụ nhỏ (gắn nhãn một mục, bình chọn, kiểm tra một mô hình). Mỗi nhiệm vụ có nhiều thành viên cùng trả lời; khi đủ người đồng ý, các câu trả lời khớp với đồng thuận sẽ được thưởng TNET. Phần thưởng được mint theo đợt vào ví bạn đã liên kết.
help-text = TNET mining: làm các nhiệm vụ AI nhỏ, nhận TNET khi câu trả lời của bạn khớp với đồng thuận.
    /task [chiến dịch] - nhận một nhiệm vụ để trả lời (trong nhóm hoặc server: chiến dịch của cộng đồng đó và của nền tảng)
    /leaderboard - top thợ đào
    /batch <id đợt> - một đợt mint: tổng số, giao dịch và các khoản chi trả đầu tiên
    /campaign list - các chiến dịch đang chạy
    /campaign stats <id> - tình hình của một chiến dịch
    /language - chọn ngôn ngữ (trong nhóm: ngôn ngữ của nhóm, do quản trị viên chọn)
    Cá nhân, chỉ trả lời riêng (trên Discord, chỉ bạn thấy câu trả lời):
    /balance - số TNET đang chờ và đã mint của bạn
    /stats - độ chính xác của bạn, và lý do phần thưởng bị giữ lại
    /why [nhiệm vụ | batch <id>] - vì sao câu trả lời của bạn được trả hoặc bị giữ lại, và được mint ở đâu
    /link [địa chỉ] - liên kết ví qua trang liên kết, hoặc tự ký tin nhắn
    /verify <chữ ký> - hoàn tất liên kết bằng chữ ký của tin nhắn đó
    /wallet - ví đã liên kết của bạn; /unlink - gỡ ví
    /merge confirm - gộp với tài khoản của bạn trên nền tảng chat khác (được đề nghị khi bạn xác minh ví của tài khoản đó)
    Quản trị viên: /campaign new, /campaign activate|pause|resume|close|export|post <id>, /community (hạn mức của cộng đồng này), /community audit (nhật ký hoạt động)
    /help - danh sách này

## The platform's own option labels and questions
btn-option-correct = Đúng
btn-option-wrong = Sai
btn-option-yes = Có
btn-option-no = Không
btn-option-unsure = Không chắc
btn-option-good = Tốt
btn-option-not-good = Không tốt
card-default-check-question = Đây có phải là một bài đóng góp tốt không?
card-model-says = Mô hình dự đoán là { $label } ({ $percent }). Có đúng không?
card-checks-name = { $name } (kiểm tra)
