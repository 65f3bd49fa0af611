# Khiếu nại (issue 18): thành viên nhờ điều hành viên của chiến dịch xem lại một câu trả lời bị giữ lại.

## Menu lệnh, /help và đăng ký trên Discord
cmd-appeal = Khiếu nại một câu trả lời bị giữ lại: /appeal <nhiệm vụ> <lý do> (trả lời riêng)
cmd-appeals = Điều hành viên: các khiếu nại đang chờ quyết định
help-appeal = /appeal <nhiệm vụ> <lý do> - nhờ điều hành viên xem lại một câu trả lời bị giữ lại (nút Khiếu nại trong /stats)
help-appeals = Điều hành viên: /appeals - các khiếu nại đang chờ quyết định, với Chấp nhận và Từ chối
dcmd-appeal-name = appeal
dcmd-appeal-desc = Nhờ điều hành viên xem lại một câu trả lời bị giữ lại
dopt-appeal-task-name = nhiệm_vụ
dopt-appeal-task-desc = Số nhiệm vụ (trong /stats)
dopt-appeal-reason-name = lý_do
dopt-appeal-reason-desc = Vì sao câu trả lời của bạn đúng, trong một hai câu
dcmd-appeals-name = appeals
dcmd-appeals-desc = Các khiếu nại đang chờ quyết định (điều hành viên)
dopt-appeals-community-name = cộng_đồng
dopt-appeals-community-desc = Số cộng đồng (bỏ trống: cộng đồng của máy chủ này)

## Phía thành viên
appeal-usage = Cách dùng: /appeal <nhiệm vụ> <lý do>. Lý do nói trong một hai câu vì sao câu trả lời của bạn đúng (tối đa { $max } ký tự).
appeal-filed = Khiếu nại của bạn về nhiệm vụ { $taskId } đã được gửi tới điều hành viên của chiến dịch. Quyết định của họ sẽ hiện trong /stats.
appeal-refused-not-found = Bạn không có câu trả lời nào cho nhiệm vụ { $taskId }.
appeal-refused-reason-empty = Hãy nói trong một câu vì sao câu trả lời của bạn đúng: /appeal { $taskId } <lý do>
appeal-refused-reason-too-long = Lý do đó quá dài: tối đa { $max } ký tự.
appeal-refused-waiting = Câu trả lời của bạn cho nhiệm vụ { $taskId } chưa được đánh giá: hãy khiếu nại khi /stats cho thấy nó bị giữ lại.
appeal-refused-not-withheld = Câu trả lời của bạn cho nhiệm vụ { $taskId } không bị giữ lại: không có gì để khiếu nại.
appeal-refused-not-appealable = Câu trả lời của bạn cho nhiệm vụ { $taskId } bị giữ lại vì một lý do không thể khiếu nại.
appeal-refused-duplicate = Bạn đã khiếu nại nhiệm vụ { $taskId } rồi. Mỗi câu trả lời chỉ được khiếu nại một lần.
appeal-refused-too-many-pending = Bạn có { $max } khiếu nại đang chờ quyết định. Hãy khiếu nại tiếp khi một khiếu nại đã được quyết định.
appeal-refused-rate-limited = Bạn đã khiếu nại { $max } câu trả lời trong 24 giờ qua. Hãy thử lại vào ngày mai.
stats-appealable = Bạn có thể khiếu nại các câu trả lời bị giữ lại sau:
stats-appealable-line = - nhiệm vụ { $taskId }: { $reason }
btn-appeal = Khiếu nại nhiệm vụ { $taskId }
appeal-how = Gửi /appeal { $taskId } kèm một lý do ngắn (tối đa { $max } ký tự), ví dụ:
    /appeal { $taskId } Bức ảnh là con chó, không phải con mèo.
stats-appeals = Các khiếu nại của bạn:
stats-appeal-line = - nhiệm vụ { $taskId }: { $state }
appeal-state-name = { $state ->
        [upheld] được chấp nhận, phần thưởng đã trả
        [refused] bị từ chối
       *[pending] đang chờ điều hành viên
    }
rule-appeal-upheld = điều hành viên đã chấp nhận khiếu nại của bạn

## Hàng chờ của điều hành viên
appeals-none = Không có khiếu nại nào đang chờ.
appeals-usage = Cách dùng: /appeals [số cộng đồng]. Trong nhóm hoặc máy chủ: các khiếu nại của cộng đồng đó; khi nhắn riêng, hãy ghi số cộng đồng.
appeals-forbidden = Bạn không điều hành cộng đồng đó.
appeals-title = { $count ->
       *[other] { $count } khiếu nại đang chờ; dưới đây là { $shown } khiếu nại cũ nhất.
    }
appeal-card-header = Khiếu nại #{ $appealId } · chiến dịch #{ $campaignId } { $name } · nhiệm vụ { $taskId }
appeal-card-withheld = Bị giữ lại vì: { $reason }
appeal-card-choice = Thành viên đã trả lời: { $label }
appeal-card-counts = Các câu trả lời: { $counts }
appeal-card-consensus = Đồng thuận: { $label } ({ $confidence })
appeal-card-no-consensus = Không có đồng thuận
appeal-card-gold = Đáp án đã biết (câu hỏi kiểm tra): { $label }
appeal-card-record = Thành viên trong chiến dịch này: { $answers } câu trả lời, độ chính xác ước tính { $skill }, câu hỏi kiểm tra đúng { $goldCorrect }/{ $goldAnswers }
appeal-card-no-skill = chưa ước tính
appeal-card-record-withheld = Đã bị giữ lại trước đó: { $lines }
appeal-card-reason = Lý do của thành viên: { $reason }
btn-appeal-uphold = Chấp nhận
btn-appeal-refuse = Từ chối
appeal-upheld = Khiếu nại #{ $appealId } được chấp nhận: đã trả { $amount } cho nhiệm vụ { $taskId }.
appeal-refused = Khiếu nại #{ $appealId } bị từ chối.
appeal-decide-not-found = Bạn không có quyền quyết định khiếu nại đó.
appeal-decide-own = Khiếu nại #{ $appealId } là của chính bạn: một điều hành viên khác sẽ quyết định.
appeal-decide-already = Khiếu nại #{ $appealId } đã được quyết định.
appeal-decide-budget-short = Ngân sách của chiến dịch không đủ trả khiếu nại #{ $appealId }: khiếu nại vẫn đang chờ.
