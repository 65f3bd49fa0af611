# Reputation across campaigns (issue 18).

rule-probation-unproven = bạn đang trong thời gian thử thách do vi phạm ở chiến dịch trước, và kết quả của bạn ở đây chưa vượt rõ ràng ngưỡng tối thiểu
rule-cap-daily = bạn đã đạt giới hạn thu nhập mỗi ngày mà cộng đồng này đặt ra

# /community cap: a community's daily earning cap per member.
community-cap-usage = Cách dùng: /community cap <TNET mỗi thành viên mỗi ngày>, ví dụ /community cap 100, hoặc /community cap off.
community-cap-here = Hãy gửi /community cap trong nhóm hoặc máy chủ của cộng đồng.
community-cap-set = Cộng đồng #{ $communityId }: mỗi thành viên nhận tối đa { $cap } mỗi ngày từ các chiến dịch của cộng đồng. Các câu trả lời vượt mức sẽ không được trả (giới hạn ngày).
community-cap-off = Cộng đồng #{ $communityId }: không còn giới hạn thu nhập mỗi ngày.
dsub-community-cap-name = cap
dsub-community-cap-desc = Giới hạn thu nhập mỗi ngày của một thành viên trong cộng đồng này
dopt-community-cap-amount-name = số_lượng
dopt-community-cap-amount-desc = TNET mỗi thành viên mỗi ngày, ví dụ 100, hoặc off
help-community-cap = Người kiểm duyệt: /community cap <TNET|off> - giới hạn thu nhập mỗi ngày của một thành viên trong cộng đồng này
