# What is wrong with a campaign definition, an import row or a community, one message per
# problem code (core/domain/problem.ts, bots/common/problem-text.ts).
# $field names a field of the definition (reward, options.0.id) as the moderator wrote it.

problem-field = { $field }: { $text }
# $lang: the language tag of an item's translated fields (es, pt-BR).
problem-in-language = bản { $lang }: { $text }

problem-required = bắt buộc
problem-empty = không được để trống
problem-not-text = phải là văn bản
problem-not-number = phải là một số
problem-not-integer = phải là số nguyên
problem-not-list = phải là một danh sách
problem-not-object = phải là một đối tượng có các trường được đặt tên
problem-invalid = không hợp lệ
problem-too-short = phải dài ít nhất { $min } ký tự
problem-too-long = chỉ được dài tối đa { $max } ký tự
problem-too-few = phải có ít nhất { $min } phần tử
problem-too-many = chỉ được có tối đa { $max } phần tử
problem-too-small = phải ít nhất là { $min }
problem-not-above = phải lớn hơn { $min }
problem-too-large = chỉ được tối đa là { $max }
# $values: the allowed values, comma-separated.
problem-not-one-of = phải là một trong: { $values }
problem-unknown-key = không phải trường mà chiến dịch chấp nhận
problem-bad-format = không đúng định dạng
problem-not-tnet-amount = phải là số lượng TNET như "10" hoặc "0.5"
problem-option-id-format = id lựa chọn gồm 1-32 chữ cái, chữ số, _ . -
problem-license-format = id giấy phép như cc-by-4.0 hoặc mit
problem-chat-id-format = nhóm chat dạng telegram:-100123 hoặc discord:123
problem-language-tag = khóa phải là mã ngôn ngữ như ru, pt-BR hoặc zh-CN
problem-too-many-languages = tối đa { $max } ngôn ngữ
problem-check-answers-too-few = ít nhất { $min }: kiểm duyệt không có gold, nên không bài viết nào được quyết định bởi ít thành viên hơn
problem-ids-not-unique = các id phải khác nhau
# $options: the fixed option ids.
problem-fixed-options = chiến dịch pairwise có các lựa chọn cố định ({ $options }); hãy bỏ trường này
problem-options-required = bắt buộc với chiến dịch label và vote
problem-needs-labels = chiến dịch multilabel cần ít nhất { $min } nhãn để chọn
problem-too-many-labels = chiến dịch multilabel có tối đa { $max } nhãn
problem-no-options = chiến dịch contribute không có lựa chọn; thành viên viết bài
# $other: the field it is compared with (answersPerTask, minLength).
problem-below-field = phải ít nhất bằng { $other }
problem-budget-below-reward = phải đủ cho ít nhất một phần thưởng
problem-check-budget-below-reward = phải đủ cho ít nhất một phần thưởng kiểm duyệt
# $kind: the campaign kind as the definition names it (pairwise, multilabel, contribute).
problem-no-baseline = chiến dịch { $kind } không dùng mô hình cơ sở
problem-no-gold = chiến dịch contribute không có mục gold
problem-check-reward-required = bắt buộc với chiến dịch contribute (số thưởng mỗi người kiểm duyệt nhận)
problem-check-budget-required = bắt buộc với chiến dịch contribute (số tiền việc kiểm duyệt được chi)
problem-contribute-only = chỉ chiến dịch contribute mới dùng trường này
problem-not-an-option-id = không phải id lựa chọn nào của chiến dịch

problem-nul-byte = chứa byte NUL
problem-not-utf8 = không phải UTF-8 hợp lệ
problem-line-too-long = dài hơn { $max } byte
problem-nul-character = chứa ký tự NUL (\u0000)
problem-lone-surrogate = chứa văn bản không phải Unicode hợp lệ (surrogate đơn lẻ)
problem-not-json = không phải JSON hợp lệ
problem-not-json-object = không phải đối tượng JSON
problem-header-empty-name = dòng tiêu đề có tên cột trống
problem-header-repeats-name = dòng tiêu đề lặp lại một tên cột
problem-header-no-content = dòng tiêu đề cần ít nhất một cột nội dung ngoài id và gold
problem-column-count = cần { $expected } cột, thực tế có { $found }
# $detail: the CSV reader's code for the break (CSV_QUOTE_NOT_CLOSED).
problem-broken-csv = CSV bị lỗi: { $detail }
problem-file-empty = tệp trống
problem-no-items = tệp không có mục nào
problem-id-wrong-type = id phải là văn bản hoặc số
problem-gold-wrong-type = gold phải là văn bản, số hoặc mảng id nhãn
problem-id-too-long = id dài hơn { $max } ký tự
problem-no-content = mục không có nội dung
problem-item-too-large = mục lớn hơn { $max } byte
# $id: an item's id; $line: the line it first appeared on.
problem-duplicate-id = id "{ $id }" bị trùng (xuất hiện lần đầu ở dòng { $line })
problem-id-taken = id "{ $id }" đã được dùng, ở phía trên trong tệp này hoặc trong chiến dịch này
# $name: a field of the item (prompt, a, b, model_a).
problem-pair-needs-text = mục pairwise cần "{ $name }" là văn bản không trống
problem-pair-outputs-same = hai kết quả "a" và "b" giống nhau
problem-pair-too-long = prompt, a và b cộng lại dài { $length } ký tự, nhiều hơn mức một thẻ chat hiển thị được ({ $max })
problem-field-not-text = "{ $name }" phải là văn bản
problem-field-too-long = "{ $name }" dài hơn { $max } ký tự
problem-control-character = "{ $name }" chứa ký tự điều khiển
# $key: a translated field (note@es); $name: the field it translates.
problem-translates-missing = "{ $key }" là bản dịch của "{ $name }", nhưng mục không có trường đó
problem-contribute-needs-prompt = mục contribute cần "prompt" (hoặc "text") hoặc "image" để viết về
problem-gold-not-text = gold phải là văn bản hoặc số
# $options: the campaign's option ids.
problem-gold-not-option = gold "{ $gold }" không thuộc các lựa chọn ({ $options })
problem-gold-not-a-set = gold phải là tập id nhãn: mảng JSON như ["a", "b"], hoặc các id nối bằng "|"
problem-not-a-label = "{ $label }" không phải nhãn của chiến dịch này
problem-ticked-twice = "{ $label }" được chọn hai lần
problem-archive-too-large = tệp nén lớn hơn { $max } MB
problem-image-not-text = image phải là văn bản: một tệp trong tệp nén hoặc một URL https
problem-image-not-file-or-url = ảnh "{ $image }" không phải tệp trong tệp nén cũng không phải URL https
problem-image-not-in-archive = ảnh "{ $image }" không có trong tệp nén
# $detail: the media check's words (problem-media-* below), or its English account where it has none.
problem-image-refused = ảnh "{ $image }": { $detail }
problem-media-refused = { $detail }

problem-media-image-too-many-bytes = ảnh có { $bytes } byte, quá { $max }
problem-media-image-format = tệp có định dạng { $format }; chấp nhận: { $accepted }
problem-media-image-format-unknown = tệp có định dạng không xác định; chấp nhận: { $accepted }
problem-media-image-no-size = phần đầu ảnh không có kích thước
problem-media-image-too-many-pixels = ảnh có kích thước { $size }, quá { $max } điểm ảnh
problem-media-image-aspect-ratio = ảnh có kích thước { $size }, dài hơn tỉ lệ { $max }:1
problem-media-zip-too-many-images = tệp nén nêu { $count } ảnh, quá { $max } ảnh mỗi lần tải lên
problem-media-zip-too-many-pixels = các ảnh trong tệp nén có tổng cộng quá { $max } điểm ảnh; hãy chia thành các lần tải lên nhỏ hơn
problem-media-zip-stored-too-large = các ảnh trong tệp nén chiếm quá { $max } byte khi lưu; hãy chia thành các lần tải lên nhỏ hơn
problem-media-zip-unsafe-name = tên "{ $name }" { $why ->
        [empty] bị trống
        [backslash] có dấu gạch chéo ngược
        [absolute] là đường dẫn tuyệt đối
        [drive_letter] bắt đầu bằng ký tự ổ đĩa
        [control_character] có ký tự điều khiển
        [parent_segment] có đoạn ".."
       *[empty_segment] có đoạn trống hoặc "."
    }
problem-media-zip-symlink = { $name } là liên kết tượng trưng
problem-media-zip-not-a-file = { $name } không phải tệp thường (chế độ { $mode })
problem-media-zip-encrypted = { $name } đã bị mã hóa
problem-media-zip-compression = { $name } dùng phương thức nén { $method } (chỉ hỗ trợ stored và deflate)
problem-media-zip-declares-too-large = { $name } khai báo { $bytes } byte, quá { $max }
problem-media-zip-declares-ratio = { $name } khai báo tỉ lệ nén trên { $max }:1
problem-media-zip-inflates-too-large = { $name } giải nén ra quá { $max } byte
problem-media-zip-inflates-ratio = { $name } giải nén ra hơn { $max } lần kích thước đã nén
problem-media-zip-duplicate = { $name } xuất hiện nhiều lần trong tệp nén

problem-community-id = cộng đồng là một nhóm Telegram hoặc một server Discord, ghi bằng id dạng số
problem-grant-amount = số cấp phải là lượng TNET dương, tối đa bằng mức trần 6.000.000.000
problem-chat-move-ids = nhóm chat chuyển từ một id chat dạng số sang một id khác
