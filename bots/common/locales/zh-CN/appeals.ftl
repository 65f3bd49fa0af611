# 申诉（issue 18）：成员请活动的管理员重新审查一个被扣留的回答。

## 命令菜单、/help 和 Discord 注册
cmd-appeal = 申诉被扣留的回答：/appeal <任务> <理由>（私聊回复）
cmd-appeals = 管理员：等待裁决的申诉
help-appeal = /appeal <任务> <理由> - 请管理员重新审查被扣留的回答（/stats 中的“申诉”按钮）
help-appeals = 管理员：/appeals - 等待裁决的申诉，可支持或驳回
dcmd-appeal-name = appeal
dcmd-appeal-desc = 请管理员重新审查被扣留的回答
dopt-appeal-task-name = 任务
dopt-appeal-task-desc = 任务编号（见 /stats）
dopt-appeal-reason-name = 理由
dopt-appeal-reason-desc = 用一两句话说明你的回答为什么正确
dcmd-appeals-name = appeals
dcmd-appeals-desc = 等待裁决的申诉（管理员）
dopt-appeals-community-name = 社区
dopt-appeals-community-desc = 社区编号（留空：本服务器的社区）

## 成员一方
appeal-usage = 用法：/appeal <任务> <理由>。理由用一两句话说明你的回答为什么正确（最多 { $max } 个字符）。
appeal-filed = 你对任务 { $taskId } 的申诉已交给活动的管理员。他们的裁决会显示在 /stats 中。
appeal-refused-not-found = 你没有回答过任务 { $taskId }。
appeal-refused-reason-empty = 请用一句话说明你的回答为什么正确：/appeal { $taskId } <理由>
appeal-refused-reason-too-long = 理由太长了：最多 { $max } 个字符。
appeal-refused-waiting = 你对任务 { $taskId } 的回答还没有评定：等 /stats 显示它被扣留后再申诉。
appeal-refused-not-withheld = 你对任务 { $taskId } 的回答没有被扣留：无需申诉。
appeal-refused-not-appealable = 你对任务 { $taskId } 的回答因不可申诉的原因被扣留。
appeal-refused-duplicate = 你已经申诉过任务 { $taskId }。每个回答只能申诉一次。
appeal-refused-too-many-pending = 你有 { $max } 个申诉正在等待裁决。等其中一个裁决后再申诉。
appeal-refused-rate-limited = 过去 24 小时内你已申诉了 { $max } 个回答。请明天再试。
stats-appealable = 你可以申诉这些被扣留的回答：
stats-appealable-line = - 任务 { $taskId }：{ $reason }
btn-appeal = 申诉任务 { $taskId }
appeal-how = 发送 /appeal { $taskId } 加上简短的理由（最多 { $max } 个字符），例如：
    /appeal { $taskId } 图片里是狗，不是猫。
stats-appeals = 你的申诉：
stats-appeal-line = - 任务 { $taskId }：{ $state }
appeal-state-name = { $state ->
        [upheld] 已支持，奖励已支付
        [refused] 已驳回
       *[pending] 等待管理员裁决
    }
rule-appeal-upheld = 管理员支持了你的申诉

## 管理员的队列
appeals-none = 没有等待中的申诉。
appeals-usage = 用法：/appeals [社区编号]。在群组或服务器中：其社区的申诉；私聊时请提供社区编号。
appeals-forbidden = 你不是该社区的管理员。
appeals-title = { $count ->
       *[other] { $count } 个申诉等待裁决；以下是最早的 { $shown } 个。
    }
appeal-card-header = 申诉 #{ $appealId } · 活动 #{ $campaignId } { $name } · 任务 { $taskId }
appeal-card-withheld = 扣留原因：{ $reason }
appeal-card-choice = 该成员的回答：{ $label }
appeal-card-counts = 回答：{ $counts }
appeal-card-consensus = 共识：{ $label }（{ $confidence }）
appeal-card-no-consensus = 没有共识
appeal-card-gold = 已知答案（检查题）：{ $label }
appeal-card-record = 该成员在本活动中：{ $answers } 个回答，估计准确率 { $skill }，检查题答对 { $goldCorrect }/{ $goldAnswers }
appeal-card-no-skill = 尚未估计
appeal-card-record-withheld = 此前被扣留：{ $lines }
appeal-card-reason = 该成员的理由：{ $reason }
btn-appeal-uphold = 支持
btn-appeal-refuse = 驳回
appeal-upheld = 申诉 #{ $appealId } 已支持：为任务 { $taskId } 支付了 { $amount }。
appeal-refused = 申诉 #{ $appealId } 已驳回。
appeal-decide-not-found = 你无权裁决这个申诉。
appeal-decide-own = 申诉 #{ $appealId } 是你自己的：由其他管理员裁决。
appeal-decide-already = 申诉 #{ $appealId } 已经裁决过了。
appeal-decide-budget-short = 活动预算不足以支付申诉 #{ $appealId }：它仍在等待。
