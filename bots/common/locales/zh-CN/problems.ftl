# What is wrong with a campaign definition, an import row or a community, one message per
# problem code (core/domain/problem.ts, bots/common/problem-text.ts).
# $field names a field of the definition (reward, options.0.id) as the moderator wrote it.

problem-field = { $field }：{ $text }
# $lang: the language tag of an item's translated fields (es, pt-BR).
problem-in-language = { $lang } 译文：{ $text }

problem-required = 必填
problem-empty = 不能为空
problem-not-text = 必须是文本
problem-not-number = 必须是数字
problem-not-integer = 必须是整数
problem-not-list = 必须是列表
problem-not-object = 必须是带字段名的对象
problem-invalid = 无效
problem-too-short = 至少需要 { $min } 个字符
problem-too-long = 最多 { $max } 个字符
problem-too-few = 至少需要 { $min } 项
problem-too-many = 最多 { $max } 项
problem-too-small = 不能小于 { $min }
problem-not-above = 必须大于 { $min }
problem-too-large = 不能大于 { $max }
# $values: the allowed values, comma-separated.
problem-not-one-of = 必须是以下之一：{ $values }
problem-unknown-key = 活动不支持此字段
problem-bad-format = 格式不符合要求

problem-not-tnet-amount = 必须是 TNET 数量，如 "10" 或 "0.5"
problem-option-id-format = 选项 id 为 1-32 个字母、数字或 _ . -
problem-license-format = 许可证 id，如 cc-by-4.0 或 mit
problem-chat-id-format = 聊天格式如 telegram:-100123 或 discord:123
problem-language-tag = 键必须是语言标签，如 ru、pt-BR 或 zh-CN
problem-too-many-languages = 最多 { $max } 种语言
problem-check-answers-too-few = 至少 { $min }：审核没有已知答案，因此每篇文本至少要由这么多成员来判定
problem-ids-not-unique = id 不能重复
# $options: the fixed option ids.
problem-fixed-options = 成对比较类活动的选项是固定的（{ $options }），请不要填写
problem-options-required = 标注类和投票类活动必填
problem-needs-labels = 多标签类活动至少需要 { $min } 个可勾选的标签
problem-too-many-labels = 多标签类活动最多 { $max } 个标签
problem-no-options = 投稿类活动没有选项，成员直接撰写文本
# $other: the field it is compared with (answersPerTask, minLength).
problem-below-field = 不能小于 { $other }
problem-budget-below-reward = 至少要够支付一份奖励
problem-check-budget-below-reward = 至少要够支付一份审核奖励
# $kind: the campaign kind as the definition names it (pairwise, multilabel, contribute).
problem-no-baseline = { $kind } 类活动不使用基线模型
problem-no-gold = 投稿类活动没有已知答案条目
problem-check-reward-required = 投稿类活动必填（每位审核者的奖励）
problem-check-budget-required = 投稿类活动必填（审核可花费的预算）
problem-contribute-only = 仅投稿类活动使用此字段
problem-not-an-option-id = 不是该活动的选项 id

problem-nul-byte = 含有 NUL 字节
problem-not-utf8 = 不是有效的 UTF-8
problem-line-too-long = 超过 { $max } 字节
problem-nul-character = 含有 NUL 字符（\u0000）
problem-lone-surrogate = 含有无效的 Unicode 文本（孤立代理项）
problem-not-json = 不是有效的 JSON
problem-not-json-object = 不是 JSON 对象
problem-header-empty-name = 表头中有空的列名
problem-header-repeats-name = 表头中有重复的列名
problem-header-no-content = 除 id 和 gold 外，表头至少需要一个内容列
problem-column-count = 应有 { $expected } 列，实际为 { $found } 列
# $detail: the CSV reader's code for the break (CSV_QUOTE_NOT_CLOSED).
problem-broken-csv = CSV 格式损坏：{ $detail }
problem-file-empty = 文件为空
problem-no-items = 文件中没有条目
problem-id-wrong-type = id 必须是文本或数字
problem-gold-wrong-type = gold 必须是文本、数字或标签 id 数组
problem-id-too-long = id 超过 { $max } 个字符
problem-no-content = 条目没有内容
problem-item-too-large = 条目超过 { $max } 字节
# $id: an item's id; $line: the line it first appeared on.
problem-duplicate-id = id "{ $id }" 重复（首次出现在第 { $line } 行）
problem-id-taken = id "{ $id }" 已被使用（在本文件前面或本活动中）
# $name: a field of the item (prompt, a, b, model_a).
problem-pair-needs-text = 成对比较条目需要非空文本 "{ $name }"
problem-pair-outputs-same = 输出 "a" 和 "b" 相同
problem-pair-too-long = prompt、a 和 b 合计 { $length } 个字符，超过了聊天卡片可显示的上限（{ $max }）
problem-field-not-text = "{ $name }" 必须是文本
problem-field-too-long = "{ $name }" 超过 { $max } 个字符
problem-control-character = "{ $name }" 含有控制字符
# $key: a translated field (note@es); $name: the field it translates.
problem-translates-missing = "{ $key }" 是 "{ $name }" 的译文，但条目中没有 "{ $name }"
problem-contribute-needs-prompt = 投稿条目需要 "prompt"（或 "text"）或 "image"，作为撰写的依据
problem-gold-not-text = gold 必须是文本或数字
# $options: the campaign's option ids.
problem-gold-not-option = gold "{ $gold }" 不是选项之一（{ $options }）
problem-gold-not-a-set = gold 必须是一组标签 id：JSON 数组如 ["a", "b"]，或用 "|" 连接的 id
problem-not-a-label = "{ $label }" 不是本活动的标签
problem-ticked-twice = "{ $label }" 被勾选了两次
problem-archive-too-large = 压缩包超过 { $max } MB
problem-image-not-text = image 必须是文本：压缩包中的文件或 https 链接
problem-image-not-file-or-url = 图片 "{ $image }" 既不是压缩包中的文件，也不是 https 链接
problem-image-not-in-archive = 压缩包中没有图片 "{ $image }"
# $detail: the media check's words (problem-media-* below), or its English account where it has none.
problem-image-refused = 图片 "{ $image }"：{ $detail }
problem-media-refused = { $detail }

# Why the media check refused an image or an archive ($detail above, where it has words).
# $bytes, $max: numbers; $size: width x height in pixels (20000x10000); $name: a file name
# in the archive; $accepted: the image formats, as a list of names.
problem-media-image-too-many-bytes = 图片大小为 { $bytes } 字节，超过 { $max }
problem-media-image-format = 文件格式为 { $format }；支持：{ $accepted }
problem-media-image-format-unknown = 文件格式未知；支持：{ $accepted }
problem-media-image-no-size = 图片头部没有尺寸信息
problem-media-image-too-many-pixels = 图片尺寸为 { $size }，超过 { $max } 像素
problem-media-image-aspect-ratio = 图片尺寸为 { $size }，长宽比超过 { $max }:1
problem-media-zip-too-many-images = 压缩包引用了 { $count } 张图片，超过每次上传 { $max } 张的上限
problem-media-zip-too-many-pixels = 压缩包中的图片合计超过 { $max } 像素；请拆分成更小的上传
problem-media-zip-stored-too-large = 压缩包中的图片保存后超过 { $max } 字节；请拆分成更小的上传
# $why: empty, backslash, absolute, drive_letter, control_character, parent_segment, empty_segment.
problem-media-zip-unsafe-name = 名称 "{ $name }" { $why ->
        [empty] 为空
        [backslash] 含有反斜杠
        [absolute] 是绝对路径
        [drive_letter] 以盘符开头
        [control_character] 含有控制字符
        [parent_segment] 含有 ".." 路径段
       *[empty_segment] 含有空的或 "." 路径段
    }
problem-media-zip-symlink = { $name } 是符号链接
problem-media-zip-not-a-file = { $name } 不是普通文件（模式 { $mode }）
problem-media-zip-encrypted = { $name } 已加密
problem-media-zip-compression = { $name } 使用压缩方法 { $method }（仅支持 stored 和 deflate）
problem-media-zip-declares-too-large = { $name } 声明大小为 { $bytes } 字节，超过 { $max }
problem-media-zip-declares-ratio = { $name } 声明的压缩比超过 { $max }:1
problem-media-zip-inflates-too-large = { $name } 解压后超过 { $max } 字节
problem-media-zip-inflates-ratio = { $name } 解压后超过其压缩大小的 { $max } 倍
problem-media-zip-duplicate = { $name } 在压缩包中出现了不止一次

problem-community-id = 社区是 Telegram 群组或 Discord 服务器，用其数字 id 表示
problem-grant-amount = 授予额度必须是正的 TNET 数量，不超过 6,000,000,000 的上限
problem-chat-move-ids = 聊天从一个数字聊天 id 迁移到另一个
