# Moderator-facing words: /campaign, /community, /batch, the guided /campaign new
# (bots/common/campaign-wizard.ts), the stats text and chart, the audit log.
# Commands and what is typed after them (/campaign post, activate, -, min-max) stay as
# written: moderators type them. Identifiers ($campaignId, $communityId) have no grouping.

## Names of codes

# A campaign's status in a list or a heading. $status is its code: draft, active, paused or closed.
mod-status-name = { $status ->
        [draft] nháp
        [active] đang chạy
        [paused] tạm dừng
        [closed] đã đóng
       *[other] { $status }
    }
# A campaign's kind. $kind is its code (label, vote, check, pairwise, multilabel, contribute),
# which moderators also type in the wizard, so the code itself stays recognizable.
mod-kind-name = { $kind ->
        [label] label – gắn nhãn
        [vote] vote – bình chọn
        [check] check – kiểm tra
        [pairwise] pairwise – so sánh cặp
        [multilabel] multilabel – nhiều nhãn
        [contribute] contribute – đóng góp bài viết
       *[other] { $kind }
    }
# A mint batch's state. $state is its code: prepared, submitted, confirmed or failed.
batch-state-name = { $state ->
        [prepared] đã chuẩn bị
        [submitted] đã gửi
        [confirmed] đã xác nhận
        [failed] thất bại
       *[other] { $state }
    }

## /campaign (bots/common/commands/campaign.command.ts)

mod-campaign-usage = Cách dùng: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
# $sub is the subcommand the moderator typed (stats, post, pause, ...), kept as typed.
mod-campaign-usage-id = Cách dùng: /campaign { $sub } <id>, với số chiến dịch lấy từ /campaign list.
# $sub is the unknown word typed after /campaign, shown as typed.
mod-campaign-unknown-sub =
    Không có lệnh con "{ $sub }".
    Cách dùng: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
mod-campaign-none = Chưa có chiến dịch nào.
mod-campaign-none-active = Hiện không có chiến dịch nào đang chạy.
# $lines: one line per campaign (mod-campaign-line), joined by line breaks.
mod-campaign-list = Các chiến dịch
    { $lines }
# One campaign of /campaign list. $status is a translated mod-status-name; $reward, $spent and $budget are TNET amounts.
mod-campaign-line = #{ $campaignId } { $name } [{ $status }] · { $reward } mỗi câu trả lời · đã chi { $spent } / { $budget }
mod-campaign-posted = Chiến dịch #{ $campaignId } đã được đăng ở đây.
# $cards: how many task cards this chat shows at the same time.
mod-campaign-posted-cards = Chiến dịch #{ $campaignId } đã được đăng ở đây, mỗi lần { $cards } thẻ.
# $status is a translated mod-status-name.
mod-campaign-now = Chiến dịch #{ $campaignId } hiện ở trạng thái { $status }.

## /campaign in Telegram and Discord (bots/telegram/campaign.composer.ts, bots/discord/commands/campaign*.ts)

mod-tg-campaign-usage =
    Cách dùng: /campaign list | /campaign stats <id>
    Quản trị viên: /campaign new [id cộng đồng] | /campaign post <id> [số thẻ mỗi lần] | /campaign activate|pause|resume|close <id> | /campaign export <id>
mod-new-usage = Cách dùng: /campaign new, rồi trả lời lần lượt từng câu hỏi. Trong tin nhắn riêng: /campaign new <id cộng đồng> cho một cộng đồng.
# $prompt is the question the conversation waits on.
mod-new-in-progress = Đang tạo dở một chiến dịch mới.
    { $prompt }
# $formats: the export formats, joined by commas (csv, jsonl, dpo, ranking), as typed.
mod-export-usage = Cách dùng: /campaign export <id> [định dạng], với số chiến dịch lấy từ /campaign list; định dạng: { $formats } (mặc định csv; dpo và ranking dành cho chiến dịch pairwise).
# $formats: the export formats, joined by commas, as typed.
mod-export-choose-format = Chọn định dạng xuất trong số { $formats }.
# The caption of an export file. $count: how many tasks (or, for the ranking format, models)
# the file holds; $format: csv, jsonl, dpo or ranking.
mod-export-caption = { $format ->
        [ranking] Chiến dịch #{ $campaignId }: { $count } mô hình được xếp hạng theo Bradley-Terry, dạng CSV.
        [dpo] Chiến dịch #{ $campaignId }: { $count } nhiệm vụ đã có kết quả, dạng cặp ưu tiên DPO (JSON lines).
        [jsonl] Chiến dịch #{ $campaignId }: { $count } nhiệm vụ kèm đồng thuận, dạng JSON lines.
       *[other] Chiến dịch #{ $campaignId }: { $count } nhiệm vụ kèm đồng thuận, dạng CSV.
    }
mod-export-not-sent-telegram = Không gửi được tệp xuất của chiến dịch #{ $campaignId } (Telegram chỉ nhận tài liệu tối đa 50 MB). Trên máy chủ: npx tnet campaign export { $campaignId }
mod-export-too-large-discord = Tệp xuất của chiến dịch #{ $campaignId } vượt quá 10 MB; hãy lấy bằng CLI: npx tnet campaign export { $campaignId }.
# $max: the most task cards a chat may show at once.
mod-post-usage = Cách dùng: /campaign post <id> [số thẻ], trong đó số thẻ (1 đến { $max }) là số thẻ nhiệm vụ nhóm chat này hiển thị cùng lúc.
mod-cancel-nothing = Không có gì để hủy.
# $prompt is the question the conversation waits on (a file comes only at the items step).
mod-upload-not-yet = Chưa đến bước gửi tệp: { $prompt }
# $size and $limit are file sizes with their unit (like 25.3 MB).
mod-upload-too-large = Tệp này nặng { $size }; giới hạn là { $limit }. Hãy chia thành các tệp nhỏ hơn, hoặc /cancel.
mod-upload-format = Gửi các mục dưới dạng tệp .csv hoặc .jsonl (hoặc tệp .zip chứa một tệp như vậy kèm ảnh), hoặc /cancel.
# $reason says why the file could not be downloaded (a full sentence).
mod-upload-refused = { $reason } Hoặc /cancel.
# $name is the attached file's name.
mod-items-format-discord = Các mục phải là tệp .csv, .jsonl hoặc .zip; { $name } không thuộc loại nào. Chưa có gì được tạo.
# $size is the file's size in megabytes, with one decimal (like 25.0).
mod-items-too-large-discord = Tệp này nặng { $size } MB; các mục chỉ được tối đa 20 MB. Chưa có gì được tạo.
mod-items-unreadable-discord = Không đọc được tệp đính kèm. Hãy đính kèm lại. Chưa có gì được tạo.
# $error is why the items were refused (an error text, possibly several lines).
mod-items-refused-discord = { $error }
    Chưa có gì được tạo; hãy sửa tệp rồi chạy lại /campaign new.
# $count: items imported; $gold: how many of them carry a known answer (0: none).
mod-imported-discord = { $gold ->
        [0] Đã nhập { $count } mục vào chiến dịch nháp #{ $campaignId }. Bắt đầu bằng /campaign activate { $campaignId }.
       *[other] Đã nhập { $count } mục ({ $gold } mục có đáp án đã biết) vào chiến dịch nháp #{ $campaignId }. Bắt đầu bằng /campaign activate { $campaignId }.
    }

## The guided /campaign new (bots/common/campaign-wizard.ts)

wizard-prompt-name =
    Chiến dịch mới (gửi /cancel bất cứ lúc nào để dừng).
    Bước 1/8: tên chiến dịch?
# The kind names before each parenthesis are typed as written.
wizard-prompt-kind = Bước 2/8: loại nào? label (chọn một nhãn cho mỗi mục), vote (chọn lựa chọn tốt hơn), check (mô hình có đúng không?), pairwise (kết quả nào trong hai tốt hơn: A, B, ngang nhau hay cả hai đều tệ), multilabel (chọn mọi nhãn phù hợp) hoặc contribute (thành viên viết bài, như chú thích ảnh hay bản dịch, và thành viên khác kiểm duyệt)
wizard-prompt-question = Bước 3/8: câu hỏi mà thành viên trả lời cho mỗi mục?
wizard-prompt-options = Bước 4/8: các lựa chọn, cách nhau bằng dấu phẩy: cat, dog, bird. Đặt tên hiển thị bằng = (pos=Positive). Với chiến dịch check, gửi - để dùng mặc định "Đúng / Sai".
wizard-prompt-options-multilabel = Bước 4/8: các nhãn thành viên chọn, từ 2 đến 20, cách nhau bằng dấu phẩy: toxic, spam, off_topic. Đặt tên hiển thị bằng = (off_topic=Off topic).
wizard-prompt-reward = Bước 5/8: phần thưởng cho mỗi câu trả lời được chấp nhận, tính bằng TNET (như 10 hoặc 0.5)?
wizard-prompt-answers-per-task = Bước 6/8: mỗi nhiệm vụ cần bao nhiêu câu trả lời (1 đến 100; thường là 3)?
wizard-prompt-budget = Bước 7/8: tổng ngân sách tính bằng TNET?
wizard-prompt-items = Bước 8/8: gửi các mục dưới dạng tệp CSV (có dòng tiêu đề, mỗi dòng một mục; cột id và gold tùy chọn) hoặc tệp JSONL (mỗi dòng một đối tượng JSON), tối đa 20 MB; hoặc tệp .zip chứa một tệp như vậy cùng các ảnh mà cột image nhắc tới.
# Said under the items step of a pairwise campaign; the column names stay as written.
wizard-items-pairwise = Mỗi mục pairwise có một prompt và hai kết quả: các cột prompt, a, b, và tùy chọn model_a, model_b để xếp hạng mô hình.
# Said under the items step of a multilabel campaign; "gold" is the column name, | and [] as typed.
wizard-items-multilabel = Đáp án đã biết (gold) là tập id nhãn nối bằng | (toxic|spam), hoặc [] khi không nhãn nào phù hợp.
wizard-pairwise-options-fixed = Các lựa chọn của loại này là cố định: A, B, ngang nhau, cả hai đều tệ.

# A contribute campaign's questions. $step is this question's number, $steps how many there are.
wizard-contribute-question = Bước { $step }/{ $steps }: thành viên viết gì cho mỗi mục (ví dụ: Viết chú thích cho bức ảnh này)?
wizard-contribute-reward = Bước { $step }/{ $steps }: phần thưởng cho mỗi bài viết được chấp nhận, tính bằng TNET (như 10 hoặc 0.5)? Bài viết được chấp nhận khi những thành viên kiểm duyệt đánh giá tốt.
wizard-contribute-answers-per-task = Bước { $step }/{ $steps }: mỗi mục nhận bao nhiêu bài viết, từ các thành viên khác nhau (1 đến 100)?
wizard-contribute-budget = Bước { $step }/{ $steps }: ngân sách cho các bài viết, tính bằng TNET?
# "-" is typed as written: it keeps the default question shown in quotes.
wizard-contribute-check-question = Bước { $step }/{ $steps }: câu hỏi người kiểm duyệt trả lời cho mỗi bài viết (ví dụ: Đây có phải chú thích tốt không?), hoặc - để dùng "Đây có phải là một bài đóng góp tốt không?"
wizard-contribute-check-reward = Bước { $step }/{ $steps }: phần thưởng cho mỗi lượt kiểm duyệt được chấp nhận, tính bằng TNET?
wizard-contribute-check-budget = Bước { $step }/{ $steps }: ngân sách cho việc kiểm duyệt, tính bằng TNET?
# $max: the longest text allowed, in characters; $defaults: the default lengths as min-max (like 3-500).
wizard-contribute-lengths = Bước { $step }/{ $steps }: độ dài bài viết tính bằng ký tự, dạng min-max (như 10-200; tối đa { $max }), hoặc - để dùng { $defaults }?
wizard-contribute-items = Bước { $step }/{ $steps }: gửi các mục dưới dạng tệp CSV (có dòng tiêu đề, mỗi dòng một mục; cột id tùy chọn) hoặc tệp JSONL (mỗi dòng một đối tượng JSON), tối đa 20 MB; hoặc tệp .zip chứa một tệp như vậy cùng các ảnh mà cột image nhắc tới. Mỗi mục có một prompt (hoặc text) để viết về, một ảnh, hoặc cả hai.

# A problem with an answer starts with the field's name as the definition file spells it
# (options, answersPerTask, lengths): keep those words as they are.
wizard-problem-options-multilabel = options: chiến dịch multilabel cần có các nhãn để chọn
wizard-problem-options-needed = options: chiến dịch label và vote cần có các lựa chọn
# $max: the most labels a multilabel campaign may have.
wizard-problem-too-many-labels = options: chiến dịch multilabel có tối đa { $max } nhãn
wizard-problem-answers-whole = answersPerTask: phải là số nguyên
wizard-problem-lengths-format = lengths: ghi số ký tự ít nhất và nhiều nhất dạng min-max, như 10-200
wizard-problem-lengths-order = lengths: số ít nhất không được lớn hơn số nhiều nhất
# $problems: one "- " line per problem (their texts come from the definition's rules).
wizard-does-not-fit = Chưa hợp lệ:
    { $problems }
# $prompt: the items question (wizard-prompt-items, maybe with more lines).
wizard-items-as-document = Hãy gửi các mục dưới dạng tài liệu (tệp .csv hoặc .jsonl). { $prompt }
# The first summary line. $name and $question are the moderator's own; $kind is a translated mod-kind-name.
wizard-summary-head = { $name } ({ $kind }): { $question }
# $options: the options joined by commas, each as its id or as id (label).
wizard-summary-options = Lựa chọn: { $options }
# One option with its label, in the options summary.
wizard-summary-option-label = { $optionId } ({ $label })
# $reward and $budget are TNET amounts; $answers: answers each task needs.
wizard-summary-answers = { $reward } mỗi câu trả lời được chấp nhận, { $answers } câu trả lời mỗi nhiệm vụ, ngân sách { $budget }
# A contribute campaign's length and check question; $min and $max are characters.
wizard-summary-texts = Bài viết dài { $min }–{ $max } ký tự, do thành viên khác kiểm duyệt: { $checkQuestion }
# $reward and $budget are TNET amounts; $texts: texts each item takes.
wizard-summary-texts-money = { $reward } mỗi bài viết được chấp nhận, { $texts } bài viết mỗi mục, ngân sách { $budget }
# $reward and $budget are TNET amounts; $checks: checks each text takes.
wizard-summary-checks-money = { $reward } mỗi lượt kiểm duyệt được chấp nhận, { $checks } lượt kiểm duyệt mỗi bài viết, ngân sách { $budget }
# $error is the error text (possibly several lines); the file can be sent again.
wizard-file-refused = { $error }
    Hãy sửa tệp rồi gửi lại, hoặc /cancel.
# $count: items imported; $gold: how many of them carry a known answer (0: none).
wizard-imported = { $gold ->
        [0] Đã nhập { $count } mục vào chiến dịch nháp #{ $campaignId }.
       *[other] Đã nhập { $count } mục ({ $gold } mục có đáp án đã biết) vào chiến dịch nháp #{ $campaignId }.
    }
# "activate" is typed as written (yes and start work too).
wizard-confirm = Gửi activate để bắt đầu chiến dịch #{ $campaignId }, hoặc /cancel để bỏ.
wizard-activated = Chiến dịch #{ $campaignId } đã bắt đầu chạy. Đăng vào nhóm bằng /campaign post { $campaignId } [số thẻ mỗi lần].
wizard-cancelled-draft = Đã hủy. Chiến dịch nháp #{ $campaignId } đã đóng; nó chưa từng chạy.
wizard-cancelled = Đã hủy. Không có chiến dịch nào được tạo.

## /campaign stats in words (bots/common/campaign-stats-text.ts)

# $status is a translated mod-status-name.
stats-report-head = Chiến dịch #{ $campaignId } · { $name } [{ $status }]
# $progress is a percentage; $final: tasks with a final result of $tasks; $uncertain: final without clear consensus.
stats-report-progress = Tiến độ: { $progress } ({ $final }/{ $tasks } nhiệm vụ đã có kết quả, { $uncertain } không có đồng thuận rõ ràng)
stats-report-answers = Câu trả lời: { $answers } từ { $members } thành viên
stats-report-agreement-none = Mức đồng thuận: chưa có câu trả lời nào được chấm ({ $accepted } được chấp nhận, { $withheld } bị giữ lại)
# $agreement is a percentage.
stats-report-agreement = Mức đồng thuận: { $agreement } ({ $accepted } được chấp nhận, { $withheld } bị giữ lại)
# $spent and $budget are TNET amounts.
stats-report-budget = Ngân sách: đã chi { $spent } / { $budget }
# $accuracy is a percentage; $checked: model predictions members decided.
stats-report-model-verified = Mô hình được thành viên xác minh: đúng { $accuracy } ({ $checked } dự đoán đã kiểm tra)
# A multilabel campaign's heading: $sets decided label sets, $answers answers that ticked labels.
stats-report-labels-head = Nhãn (trong { $sets } tập đã quyết định · được chọn trong { $answers } câu trả lời):
# One label: $decided is its share of the decided sets, $ticked of the answers (each like "50% (4)" or –).
stats-report-label-line = • { $label }: { $decided } · { $ticked }
# The line for sets where no label applies; $decided and $ticked as in stats-report-label-line.
stats-report-label-none = • không nhãn nào phù hợp: { $decided } · { $ticked }
# A share with its count, like "50% (4)". $share is a percentage.
stats-report-share-count = { $share } ({ $count })
stats-report-position-bias-none = Thiên lệch vị trí: chưa có câu trả lời nào chọn bên
# $share, $low and $high are percentages ($low–$high is the 95% interval); $answers: answers that chose a side.
stats-report-position-bias = Thiên lệch vị trí: kết quả hiển thị trước thắng { $share } trong { $answers } câu trả lời có chọn bên (95% { $low }–{ $high }; 50% là không thiên lệch)
stats-report-ranking-none = Xếp hạng: chưa có cặp đã quyết định nào ghi rõ cả hai mô hình
# $pairs: decided pairs that name both models.
stats-report-ranking-head = Xếp hạng (Bradley-Terry trên { $pairs } cặp đã quyết định, khoảng tin cậy 95%):
# One model of the ranking: $rank its place, $score its score with the 95% interval $low–$high, $pairs the pairs it was in.
stats-report-ranking-line = { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } cặp

## The /campaign stats picture (bots/common/campaign-chart.ts); short lines on a chart

# $status is a translated mod-status-name.
chart-title = Chiến dịch #{ $campaignId } · { $name } [{ $status }]
# $spent and $budget are TNET amounts.
chart-subtitle = { $answers } câu trả lời từ { $members } thành viên · đã chi { $spent } / { $budget }
chart-progress = Tiến độ
# $final: tasks with a final result, of $tasks.
chart-progress-note = ({ $final }/{ $tasks } đã có kết quả)
chart-agreement = Mức đồng thuận
chart-agreement-none = chưa có câu trả lời được chấm
chart-agreement-note = ({ $accepted } được chấp nhận)
chart-model-verified = Mô hình được xác minh
chart-model-none = chưa có lượt kiểm tra nào
chart-model-note = ({ $checks } lượt kiểm tra)
# A pairwise campaign's position bias: the share of answers won by the output shown first.
chart-first-won = Bên hiện trước thắng
chart-first-won-none = chưa có câu trả lời nào chọn bên
# $answers: answers that chose a side.
chart-first-won-note = trong { $answers } (50% là không thiên lệch)
# $days: how many days the columns show.
chart-answers-per-day = Câu trả lời mỗi ngày ({ $days } ngày gần nhất, UTC)
chart-top-miners = Top thợ đào
chart-no-answers = Chưa có câu trả lời
# A miner without a display name; $memberId is their member number.
chart-member = thành viên { $memberId }
# One miner: $rank is their place.
chart-miner = { $rank }. { $name }
# $earned is a TNET amount.
chart-miner-note = { $answers } câu trả lời · { $accepted } được chấp nhận · { $earned }
# $sets: decided label sets; $answers: answers (the thin bars count their ticks).
chart-labels-head = Nhãn trong { $sets } tập đã quyết định (thanh mảnh: được chọn trong { $answers } câu trả lời)
chart-labels-more = và { $count } nhãn khác trong /campaign stats
chart-ranking-head = Xếp hạng mô hình (Bradley-Terry, { $pairs } cặp, khoảng tin cậy 95%)
chart-ranking-more = và { $count } mô hình khác trong tệp xuất
chart-ranking-model = { $rank }. { $model }

## /batch (bots/common/batch-text.ts, bots/common/commands/batch.command.ts)

batch-usage = Cách dùng: /batch <id đợt, 0x và 64 chữ số hex>
batch-not-found = Không có đợt mint { $batchId }.
# $state is a translated batch-state-name.
batch-head = Đợt mint { $batchId } [{ $state }]
batch-transaction = Giao dịch: { $txHash }
batch-transaction-none = Giao dịch: chưa gửi
# $gross is a TNET amount.
batch-totals = { $rows } dòng tới { $wallets } ví, tổng { $gross }
# $amount is a TNET amount.
batch-payout = { $wallet } { $amount }
# The full manifest is shown by the operator's command line, kept as written.
batch-more = ... và { $count } ví khác; bảng kê đầy đủ: npx tnet batch { $batchId }

## /community (bots/common/commands/community.command.ts, bots/common/audit-text.ts)

community-usage =
    Cách dùng: /community (cộng đồng này và hạn mức của nó) | /community audit [id cộng đồng]
    Quản trị viên nền tảng: /community register [tiêu đề] (trong nhóm hoặc server; mặc định lấy tên nhóm) | /community grant [id cộng đồng] <TNET> | /community list
# $sub is the unknown word typed after /community, shown as typed.
community-unknown-sub =
    Không có lệnh con "{ $sub }".
    Cách dùng: /community (cộng đồng này và hạn mức của nó) | /community audit [id cộng đồng]
    Quản trị viên nền tảng: /community register [tiêu đề] (trong nhóm hoặc server; mặc định lấy tên nhóm) | /community grant [id cộng đồng] <TNET> | /community list
community-grant-usage = Cách dùng: /community grant [id cộng đồng] <TNET>, ví dụ /community grant 50000.
community-audit-usage = Cách dùng: /community audit [id cộng đồng]
community-not-registered = Nhóm chat này chưa được đăng ký làm cộng đồng. Quản trị viên nền tảng đăng ký bằng /community register.
# $line is the community's line (community-line).
community-info = Cộng đồng { $line }
community-register-here = Gửi /community register trong nhóm hoặc server để đăng ký, hoặc dùng CLI: tnet community register.
community-registered = Nhóm chat này giờ là cộng đồng #{ $communityId } "{ $title }". Cấp hạn mức bằng /community grant <TNET>.
community-grant-private-usage = Cách dùng: /community grant <id cộng đồng> <TNET> trong tin nhắn riêng.
community-register-first = Nhóm chat này chưa được đăng ký làm cộng đồng. Hãy đăng ký trước bằng /community register.
# $amount, $allowance and $left are TNET amounts.
community-granted = Đã cấp { $amount } cho cộng đồng #{ $communityId }: tổng { $allowance }, còn lại { $left }.
community-audit-empty = Nhật ký hoạt động chưa có gì.
# $lines: one audit line each (audit-line), oldest first.
community-audit = Nhật ký hoạt động (mới nhất ở cuối)
    { $lines }
community-none = Chưa có cộng đồng nào.
# $lines: one community-line each.
community-list = Các cộng đồng
    { $lines }
# One community. $platform (telegram, discord) and $chatId (its chat or server id) are codes;
# $allowance, $reserved and $left are TNET amounts.
community-line = #{ $communityId } { $platform } { $chatId } "{ $title }" · hạn mức { $allowance }, đã giữ chỗ { $reserved }, còn lại { $left }

# An audit log line: "2026-12-05 14:40 UTC #17 telegram:999 campaign.pause campaign:3 platform from=active to=paused".
# $at is the time in UTC (year-month-day hours:minutes); $rest holds codes (who, what, details) kept as recorded.
audit-line = { $at } UTC #{ $id } { $rest }
# Where an audit entry happened: the platform itself, not a community.
audit-platform = nền tảng
audit-community = cộng đồng #{ $communityId }
