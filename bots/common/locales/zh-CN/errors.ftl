# Domain errors, one message per error code (bots/common/error-text.ts).
# Identifiers ($campaignId, $communityId) are written without grouping.

err-member-not-found = 我还不认识你。请先发送 /start。
err-member-banned = 你的账号已被禁止回答任务。
err-member-no-merge = 当前没有待处理的合并。当你验证的钱包已被你在另一个聊天平台上的账号绑定时，才会提示合并。
err-member-merge-expired = 合并请求已过期。请重新发送 /link 并用钱包签名。
err-member-merge-stale = 发起合并后该钱包已发生变化。请重新发送 /link 并用钱包签名。
err-campaign-not-found = 活动 #{ $campaignId } 不存在。
err-campaign-invalid-definition = 该活动的设置有问题：
    { $problems }
err-campaign-invalid-transition = 活动 #{ $campaignId } 当前状态为“{ $from }”，无法变为“{ $to }”。
err-campaign-not-active = 活动 #{ $campaignId } 当前状态为“{ $status }”，未在进行中。
err-campaign-import-invalid = 未导入任何内容：有 { $badRowCount } 行有误。
    { $rows }
err-campaign-import-row = - 第 { $row } 行：{ $reason }
err-campaign-import-more = - 还有 { $count } 行
err-campaign-closed = 活动 #{ $campaignId } 已关闭。
err-campaign-no-items = 活动 #{ $campaignId } 还没有条目，请先导入。
err-campaign-export-format = 活动 #{ $campaignId } 是 { $kind } 类活动；{ $format } 导出格式仅适用于成对比较类活动。
err-campaign-forbidden = 只有管理员可以执行此操作。
err-campaign-budget-exhausted = 活动 #{ $campaignId } 的预算已用完。
err-campaign-over-cap = 该预算将超过 6,000,000,000 TNET 的上限：最多还能承诺 { $available }。
err-campaign-check-not-posted = 活动 #{ $campaignId } 用于审核投稿：成员只能通过 /task 在私聊中领取，不会发布到群聊。
err-campaign-post-elsewhere = 活动 #{ $campaignId } 属于某个社区，只能在该社区的群组或服务器中发布。
err-community-not-found = 社区 #{ $communityId } 不存在。
err-community-not-registered = 这个聊天还不是已注册的社区。平台管理员可以用 /community register 注册。
err-community-already-registered = 这个聊天已经是社区 #{ $communityId }。
err-community-forbidden = 只有平台管理员可以执行此操作。
err-community-invalid = 无法执行：{ $reason }。
err-community-no-allowance = 本社区已没有可用于新预算的 TNET 额度。平台管理员可以用 /community grant 授予额度。
err-community-allowance-exceeded = 该预算超出了本社区的额度：最多还剩 { $available }。
err-task-not-found = 该任务不存在。
err-answer-not-served = 这个按钮已失效。
err-answer-task-closed = 这个任务已经关闭。点“下一个任务”换一个。
err-answer-task-full = 这个任务刚刚收齐所需的回答。点“下一个任务”换一个。
err-answer-invalid-option = 这不是该任务的选项。
err-answer-rate-limited = 你答得太快了，请 { $seconds } 秒后再试。
err-answer-campaign-paused = 该活动当前状态为“{ $status }”。
err-answer-own-contribution = 这是你自己写的，由其他成员审核。点“下一个任务”换一个。
err-contribution-not-wanted = 这个任务需要点按钮，而不是发文本：请点其中一个选项。
err-wallet-invalid-address = 这不是以太坊地址。请发送 /link 0x...，附上你的钱包地址。
err-wallet-no-challenge = 当前没有待处理的绑定请求。请先发送 /link <你的钱包地址>。
err-wallet-challenge-expired = 绑定请求已过期。请重新发送 /link <你的钱包地址>。
err-wallet-bad-signature = 签名与消息和地址不匹配。请签署 /link 给出的原始消息后重试。
err-wallet-address-taken = 该钱包已绑定到其他成员。
err-wallet-not-linked = 你还没有绑定钱包。请发送 /link <你的钱包地址>。
err-model-invalid-config = 该模型注册信息有问题：
    { $problems }
err-model-invalid-file = 模型文件 { $path } 无法使用：{ $reason }。未注册任何内容。
err-model-shape-mismatch = 模型 { $path } 与注册信息不符：应为 { $expected }，实际为 { $actual }。未注册任何内容。
err-model-file-changed = 模型文件 { $path } 在注册后发生了变化，请重新注册。
err-model-device-unavailable = 模型设备 { $device } 在此不可用（{ $reason }）。
err-model-not-found = 活动 #{ $campaignId } 没有注册基线模型。
err-model-no-predictions = 活动 #{ $campaignId } 还没有可供核验的基线预测。

# Campaign statuses and kinds as error texts name them ($status is a status code).
campaign-status-name = { $status ->
        [draft] 草稿
        [active] 进行中
        [paused] 已暂停
       *[closed] 已关闭
    }
