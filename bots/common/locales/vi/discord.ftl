# The Discord bot's own words (bots/discord): buttons, menus, modals and its replies.
# Identifiers ($taskId) are written without grouping.
# Command and subcommand names stay as members type them in every text (/task, /campaign
# list); option names and choices are shown in Vietnamese, their values stay the codes.

btn-discord-write = Viết
discord-answer-placeholder = Chọn câu trả lời của bạn
discord-labels-placeholder = Chọn mọi nhãn phù hợp
# How a Discord multi-label card asks; it takes the place of the common card's words.
discord-labels-hint = Chọn mọi nhãn phù hợp trong menu, hoặc bấm Không nhãn nào.

modal-title-contribution = Bài viết của bạn cho nhiệm vụ { $taskId }
discord-contribution-label = Bài viết của bạn ({ $minLength }–{ $maxLength } ký tự)
discord-contribution-about-picture = Viết về hình ảnh trên thẻ.
modal-title-verify = Xác minh ví của bạn
discord-verify-label = Chữ ký
discord-verify-label-desc = Chữ ký 0x... cho tin nhắn /link. Dài hơn ô này? Hãy dùng trang liên kết từ /link.

discord-stale-button = Nút này không còn dùng được nữa. Gửi /task để nhận nhiệm vụ mới.
discord-stale-form = Biểu mẫu này không còn dùng được nữa. Hãy chạy lại lệnh.
discord-unknown-command = Lệnh này không (còn) được hỗ trợ ở đây. Gõ / để xem các lệnh.

## Slash commands as Discord shows them. Ids follow the command's path:
##   dcmd-<command>-name, dcmd-<command>-desc
##   dsub-<command>-<subcommand>-name, dsub-<command>-<subcommand>-desc
##   dopt-<command>[-<subcommand>]-<option>-name, dopt-...-desc
##   choice-<command>[-<subcommand>]-<option>-<value>
## (an underscore in a name is a hyphen in the id). Names: 1-32 characters, lower case,
## letters, digits, - and _ only, no spaces. Descriptions and choices: at most 100 characters.

dcmd-task-name = task
dcmd-task-desc = Nhận một nhiệm vụ để trả lời
dopt-task-campaign-name = chiến_dịch
dopt-task-campaign-desc = Số chiến dịch (xem /campaign list)

dcmd-balance-name = balance
dcmd-balance-desc = Số TNET đang chờ và đã mint của bạn

dcmd-stats-name = stats
dcmd-stats-desc = Độ chính xác của bạn, và lý do phần thưởng bị giữ lại

dcmd-leaderboard-name = leaderboard
dcmd-leaderboard-desc = Top thợ đào

dcmd-link-name = link
dcmd-link-desc = Liên kết ví của bạn (ký một tin nhắn để chứng minh ví là của bạn)
dopt-link-address-name = địa_chỉ
dopt-link-address-desc = Địa chỉ ví của bạn, 0x...

dcmd-verify-name = verify
dcmd-verify-desc = Hoàn tất liên kết ví bằng chữ ký của tin nhắn /link
dopt-verify-signature-name = chữ_ký
dopt-verify-signature-desc = Chữ ký 0x... mà ví của bạn trả về (hoặc bỏ trống để mở biểu mẫu)

dcmd-wallet-name = wallet
dcmd-wallet-desc = Ví đã liên kết của bạn

dcmd-unlink-name = unlink
dcmd-unlink-desc = Gỡ ví đã liên kết

dcmd-merge-name = merge
dcmd-merge-desc = Gộp với tài khoản của bạn trên nền tảng chat khác, sau khi /verify đề nghị
dopt-merge-action-name = thao_tác
dopt-merge-action-desc = Xác nhận hoặc hủy đề nghị gộp (bỏ trống để xem đề nghị)
choice-merge-action-confirm = xác nhận (confirm)
choice-merge-action-cancel = hủy (cancel)

dcmd-batch-name = batch
dcmd-batch-desc = Bảng kê của một đợt mint: từng wei được trả cho việc gì
dopt-batch-id-name = id
dopt-batch-id-desc = Id của đợt, 0x và 64 chữ số hex

dcmd-help-name = help
dcmd-help-desc = Bot này làm gì và các lệnh của bot

dcmd-campaign-name = campaign
dcmd-campaign-desc = Quản lý chiến dịch (quản trị viên)
dsub-campaign-new-name = new
dsub-campaign-new-desc = Tạo chiến dịch nháp kèm các mục dữ liệu (CSV hoặc JSONL)
dopt-campaign-new-name-name = tên
dopt-campaign-new-name-desc = Tên chiến dịch
dopt-campaign-new-kind-name = loại
dopt-campaign-new-kind-desc = label, vote, check, pairwise, multilabel hoặc contribute
choice-campaign-new-kind-label = label (chọn một nhãn cho mỗi mục)
choice-campaign-new-kind-vote = vote (chọn lựa chọn tốt hơn)
choice-campaign-new-kind-check = check (mô hình có đúng không?)
choice-campaign-new-kind-pairwise = pairwise (kết quả nào trong hai tốt hơn?)
choice-campaign-new-kind-multilabel = multilabel (chọn mọi nhãn phù hợp)
choice-campaign-new-kind-contribute = contribute (thành viên viết bài, người khác kiểm duyệt)
dopt-campaign-new-question-name = câu_hỏi
dopt-campaign-new-question-desc = Câu hỏi thành viên trả lời cho mỗi mục
dopt-campaign-new-reward-name = phần_thưởng
dopt-campaign-new-reward-desc = Số TNET cho mỗi câu trả lời được chấp nhận (như 10 hoặc 0.5)
dopt-campaign-new-budget-name = ngân_sách
dopt-campaign-new-budget-desc = Tổng ngân sách tính bằng TNET
dopt-campaign-new-items-name = dữ_liệu
dopt-campaign-new-items-desc = Các mục: .csv (có dòng tiêu đề; id, gold tùy chọn) hoặc .jsonl, hoặc .zip kèm ảnh; tối đa 20 MB
dopt-campaign-new-options-name = lựa_chọn
dopt-campaign-new-options-desc = Cách nhau bằng dấu phẩy: cat, dog (pos=Positive); multilabel: 2-20; check: tùy chọn; pairwise: không
dopt-campaign-new-answers-per-task-name = số_câu_trả_lời
dopt-campaign-new-answers-per-task-desc = Số câu trả lời mỗi nhiệm vụ cần (mặc định 3); contribute: số bài viết mỗi mục
dopt-campaign-new-check-question-name = câu_hỏi_kiểm_duyệt
dopt-campaign-new-check-question-desc = Contribute: câu hỏi kiểm duyệt mỗi bài (mặc định: Đây có phải là một bài đóng góp tốt không?)
dopt-campaign-new-check-reward-name = thưởng_kiểm_duyệt
dopt-campaign-new-check-reward-desc = Contribute: số TNET cho mỗi lượt kiểm duyệt được chấp nhận (bắt buộc)
dopt-campaign-new-check-budget-name = ngân_sách_kiểm_duyệt
dopt-campaign-new-check-budget-desc = Contribute: ngân sách cho việc kiểm duyệt, tính bằng TNET (bắt buộc)
dopt-campaign-new-min-length-name = độ_dài_tối_thiểu
dopt-campaign-new-min-length-desc = Contribute: số ký tự ít nhất của một bài viết (mặc định 3)
dopt-campaign-new-max-length-name = độ_dài_tối_đa
dopt-campaign-new-max-length-desc = Contribute: số ký tự nhiều nhất của một bài viết (mặc định 500)
dsub-campaign-list-name = list
dsub-campaign-list-desc = Các chiến dịch
dsub-campaign-stats-name = stats
dsub-campaign-stats-desc = Tình hình của một chiến dịch
dopt-campaign-stats-id-name = id
dopt-campaign-stats-id-desc = Số chiến dịch (xem /campaign list)
dsub-campaign-post-name = post
dsub-campaign-post-desc = Đăng thẻ nhiệm vụ của một chiến dịch vào kênh này
dopt-campaign-post-id-name = id
dopt-campaign-post-id-desc = Số chiến dịch (xem /campaign list)
dsub-campaign-activate-name = activate
dsub-campaign-activate-desc = Bắt đầu một chiến dịch nháp
dopt-campaign-activate-id-name = id
dopt-campaign-activate-id-desc = Số chiến dịch (xem /campaign list)
dsub-campaign-pause-name = pause
dsub-campaign-pause-desc = Tạm dừng một chiến dịch
dopt-campaign-pause-id-name = id
dopt-campaign-pause-id-desc = Số chiến dịch (xem /campaign list)
dsub-campaign-resume-name = resume
dsub-campaign-resume-desc = Tiếp tục một chiến dịch đang tạm dừng
dopt-campaign-resume-id-name = id
dopt-campaign-resume-id-desc = Số chiến dịch (xem /campaign list)
dsub-campaign-close-name = close
dsub-campaign-close-desc = Đóng hẳn một chiến dịch
dopt-campaign-close-id-name = id
dopt-campaign-close-id-desc = Số chiến dịch (xem /campaign list)
dsub-campaign-export-name = export
dsub-campaign-export-desc = Xuất các nhãn đồng thuận ra tệp
dopt-campaign-export-id-name = id
dopt-campaign-export-id-desc = Số chiến dịch (xem /campaign list)
dopt-campaign-export-format-name = định_dạng
dopt-campaign-export-format-desc = CSV (mặc định), JSON lines; chiến dịch pairwise có thêm cặp DPO hoặc xếp hạng mô hình
choice-campaign-export-format-csv = CSV
choice-campaign-export-format-jsonl = JSON lines
choice-campaign-export-format-dpo = Cặp DPO (pairwise)
choice-campaign-export-format-ranking = Xếp hạng mô hình (pairwise)

dcmd-community-name = community
dcmd-community-desc = Server này với tư cách cộng đồng: hạn mức TNET và nhật ký hoạt động (quản trị viên)
dsub-community-info-name = info
dsub-community-info-desc = Cộng đồng của server này và hạn mức của nó
dsub-community-audit-name = audit
dsub-community-audit-desc = Nhật ký hoạt động của cộng đồng
dopt-community-audit-community-name = cộng_đồng
dopt-community-audit-community-desc = Số cộng đồng (xem /community list)
dsub-community-register-name = register
dsub-community-register-desc = Đăng ký server này làm cộng đồng (quản trị viên nền tảng)
dopt-community-register-title-name = tiêu_đề
dopt-community-register-title-desc = Tên hiển thị trong nhật ký hoạt động
dsub-community-grant-name = grant
dsub-community-grant-desc = Cấp thêm TNET vào hạn mức của một cộng đồng (quản trị viên nền tảng)
dopt-community-grant-amount-name = số_lượng
dopt-community-grant-amount-desc = Số TNET, như 50000
dopt-community-grant-community-name = cộng_đồng
dopt-community-grant-community-desc = Số cộng đồng (xem /community list)
dsub-community-list-name = list
dsub-community-list-desc = Mọi cộng đồng (quản trị viên nền tảng)
