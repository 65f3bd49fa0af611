# Glossary: task 任务 · campaign 活动 · wallet 钱包 · consensus 共识 · reward 奖励 ·
#   moderator 管理员（platform admin 平台管理员）· check question 质检题 · label 标签 ·
#   answer 回答 · member 成员 · mint/minted 铸造/已铸造 · pending 待发放 · budget 预算 ·
#   allowance 额度 · community 社区 · contribution 投稿 · batch 批次（mint batch 铸造批次）
# Also: item 条目 · text 文本 · check (of a text) 审核 · checker 审核者 · accepted 采纳 ·
#   withheld 扣发 · scored 计分 · accuracy 准确率 · floor 下限 · miner 矿工 · mining 挖矿 ·
#   link/unlink 绑定/解绑 · verify 验证 · signature 签名 · merge 合并 · prompt 提示词 ·
#   audit log 审计日志 · grant 授予 · export 导出 · post 发布 · draft 草稿
# Kinds: label 标注 · vote 投票 · check 核验 · pairwise 成对比较 · multilabel 多标签 · contribute 投稿
#
# What members read: task cards, answers, /stats, /balance, /leaderboard, /help and the
# member commands. $campaignId and $taskId are identifiers; $name is a campaign's name.

## Task cards
card-header = 活动 #{ $campaignId } · { $name } · 任务 { $taskId }
# A card's progress: answers so far of the answers it needs.
card-answers-of = { $count }/{ $target } 个回答
card-answers = { $count } 个回答
# The same for a card that asks for written texts.
card-texts-of = { $count }/{ $target } 篇文本
card-texts = { $count } 篇文本
# $reward is an amount such as "0.5 TNET".
card-reward-answer = 每个被采纳的回答奖励 { $reward }
card-reward-text = 每篇被采纳的文本奖励 { $reward }
card-closed-texts = 已关闭：文本将交给其他成员审核
# $label names the decided option.
card-closed-consensus = 共识：{ $label }
card-closed-unclear = 已关闭，未形成明确共识
card-multilabel-hint = 勾选所有适用的标签，然后点“完成”；如果都不适用，点“都不适用”。
# How each surface asks for a written text; $min and $max count characters.
card-contribute-hint = 回复这条消息发送你的文本（{ $min }–{ $max } 个字符）。
card-contribute-hint-discord = 点“撰写”发送你的文本（{ $min }–{ $max } 个字符）。
card-contribute-hint-console = 在下一行输入你的文本（{ $min }–{ $max } 个字符）。
card-pair-prompt = 提示词：
card-pair-first = 回复 1：
card-pair-second = 回复 2：
card-check-text = 待审核文本：
# What a multi-label answer with no label ticked is called.
card-none-apply = 都不适用

## Buttons
btn-next-task = 下一个任务
btn-pair-first = 1 更好
btn-pair-second = 2 更好
btn-pair-tie = 不相上下
btn-pair-both-bad = 都不好
btn-none-apply = 都不适用
btn-done = 完成

## Answers
toast-stale-button = 这个按钮已失效。
toast-answer-recorded = 回答已记录
answer-recorded = 回答已记录：{ $label }。
answer-decided-later = 你的奖励将在任务结束时确定，届时可在 /balance 和 /stats 中查看。
answer-duplicate = 你已经回答过这个任务：{ $label }。
# A pairwise answer named by the side the member saw on their own card.
answer-duplicate-side = 你已经回答过这个任务：{ $label }（以你作答时看到的卡片为准）。
toast-nothing-ticked = 还没有勾选。请勾选适用的标签，或点“都不适用”。
toast-ticks-expired = 你的勾选已过期，请重新勾选。
# $labels lists the ticked labels, separated by commas.
toast-ticked = 已勾选：{ $labels }。点“完成”提交。
task-none-active = 目前没有进行中的活动，请稍后再来看看。
task-campaign-idle = 活动 #{ $campaignId } 目前不接受回答。
task-all-done = 你已完成所有可做的任务，谢谢！请稍后再来看看。

## Written contributions
contribution-accepted = 谢谢！你的文本将交给其他成员审核，审核通过后即可获得奖励。
contribution-repeat = 你已经为这个任务提交过文本，正在审核中。
contribution-not-served = 这张卡片不是发给你的。发送 /task 领取任务。
contribution-empty = 文本为空。请写下你自己的文本后重新发送。
contribution-control = 文本中含有控制字符，请发送纯文本。
contribution-too-short = 文本太短：至少写 { $min } 个字符。
contribution-too-long = 文本太长：最多写 { $max } 个字符。
contribution-copied = 文本照抄了提示词，请用自己的话写。
contribution-duplicate = 这段文本已经有人在本活动中提交过，请写你自己的。

## Why a reward was paid, withheld or corrected (after "because")
rule-consensus-match = 与共识一致
rule-majority-match = 与多数一致
rule-gold-match = 与已知答案一致
rule-consensus-mismatch = 与共识不一致
rule-consensus-uncertain = 任务关闭时未形成可信的共识
rule-majority-tie = 未能达成共识
rule-gold-mismatch = 与已知答案不一致
rule-gold-failed = 你答错的质检题太多
rule-skill-below-floor = 你的预估准确率低于活动设定的下限
rule-budget-exhausted = 活动预算已用完
rule-collusion-suspected = 你的回答与其他账号高度同步，远超正常作答所能解释的程度，且这些账号的质检题成绩不够好
rule-timing-too-fast = 你的作答速度快到来不及读完题目
rule-contribution-accepted = 其他成员审核了你的投稿，认为质量合格
rule-contribution-rejected = 其他成员审核了你的投稿，认为质量不合格
rule-contribution-uncertain = 你的投稿审核结束时未形成可信的共识
rule-consensus-corrected = 更多回答提交后，任务的共识发生了变化
rule-pace-pro-rata = 本周期的收益超过了释放速度，所有奖励均按比例发放
rule-merge-duplicate = 你的两个聊天账号已合并，且两者都回答过这个任务：以较早的回答为准

## /stats, /balance, /leaderboard
stats-none = 还没有回答。发送 /task 开始挖矿。
stats-title = 你的挖矿数据
stats-answers = 回答：{ $answers } · 已计分：{ $scored } · 已采纳：{ $accepted }
# The same with the accepted share of scored answers, such as "75%".
stats-answers-share = 回答：{ $answers } · 已计分：{ $scored } · 已采纳：{ $accepted }（{ $share }）
stats-withheld = 扣发：
# $reason is one of the rule- texts.
stats-withheld-line = - { $count } 个，因为{ $reason }
stats-corrected = 已更正：{ $count } 个（{ $amount }），因为{ $reason }
# $accuracy and $floor are shares such as "82%".
stats-campaign = 活动 #{ $campaignId } { $name }：预估准确率 { $accuracy }（下限 { $floor }）
stats-not-estimated = 尚未估算
stats-gold = · 质检题答对 { $correct }/{ $total }
stats-gold-failed = 答错的质检题太多：在你答对更多质检题之前，与共识一致的回答也不会获得奖励。
stats-below-floor = 低于下限：在你的准确率提升之前，与共识一致的回答也不会获得奖励。请认真对待每个任务。
# $pending and $minted are amounts such as "12.5 TNET".
balance-text = 待发放：{ $pending }
    已铸造：{ $minted }
    已采纳回答：{ $accepted } · 扣发：{ $withheld } · 待定：{ $awaiting }
leaderboard-empty = 还没有人获得奖励。快来抢第一：发送 /task。
leaderboard-title = 矿工排行榜
leaderboard-line = { $rank }. { $name }：{ $earned }（{ $accepted } 个被采纳）
# A member without a display name.
leaderboard-member = 成员 { $memberId }

## Commands in general
router-too-long = 这条命令太长了。
router-not-command = 命令以 / 开头。发送 /help 查看命令列表。
router-unknown = 未知命令 /{ $name }。发送 /help 查看命令列表。
toast-went-wrong = 出了点问题。
# $ref is a short code the member quotes to the operators.
router-unexpected = 我们这边出了点问题（参考码 { $ref }），请重试。
refusal-moderators = 只有管理员可以执行此操作。
refusal-admins = 只有平台管理员可以执行此操作。
usage-task = 用法：/task 或 /task <活动编号>
usage-link = 用法：/link 或 /link <你的钱包地址>，例如 /link 0xAbC...123
usage-verify = 用法：/verify <签名>（即你的钱包签署 /link 消息后给出的 0x... 文本）

## /link, /wallet, /unlink, /merge
link-page = 在装有钱包的浏览器中打开 { $url } 进行绑定（链接仅可使用一次，{ $minutes } 分钟内有效）。
link-by-hand = 或者发送 /link <你的钱包地址>，手动签署一条消息。
link-sign = 或者用你的钱包（{ $address }）签署这条消息，然后发送 /verify <签名>。{ $minutes } 分钟后过期。
mywallet-yours = 你的钱包：{ $address }
mywallet-none = 你还没有绑定钱包。请发送 /link <你的钱包地址>。
unlink-done = 钱包 { $address } 已解绑。已铸造的 TNET 仍留在该钱包中；待发放的奖励会等你重新绑定钱包后再发放。
merge-offer = 钱包 { $address } 属于成员 #{ $otherMemberId }。发送 /merge confirm 合并账号，或发送 /merge cancel 取消。
merge-usage = 用法：在 /verify 提示可以合并后，发送 /merge confirm 或 /merge cancel。
merge-cancelled = 已取消合并，你的账号保持独立。
merge-done = 完成：你现在是成员 #{ $memberId }，钱包为 { $address }。你的回答、能力评估和待发放奖励已合并到一起。
merge-duplicates = 你重复回答过的 { $count } 个任务只计一次（以较早的回答为准）。

## /start and /help
welcome = 欢迎来到 TNET 挖矿！
    你会收到一些小任务（给条目打标签、投票、核验模型）。每个任务由多名成员作答；当足够多的人意见一致时，与共识一致的回答即可赚取 TNET。奖励会按批次铸造到你绑定的钱包。
help-text = TNET 挖矿：回答 AI 小任务，回答与共识一致即可赚取 TNET。
    /task [活动] - 领取一个任务（在群组或服务器中：该社区的活动和平台的活动）
    /leaderboard - 矿工排行榜
    /batch <批次 id> - 查看铸造批次：总额、交易和前几笔发放
    /campaign list - 进行中的活动
    /campaign stats <id> - 活动进展
    /language - 选择语言（在群组中：由管理员设置群组语言）
    个人命令，只在私聊中回复（在 Discord 上，只有你能看到回复）：
    /balance - 你待发放和已铸造的 TNET
    /stats - 你的准确率，以及奖励被扣发的原因
    /why [任务 | batch <id>] - 你的回答为何获得奖励或被扣发，以及在哪个批次铸造
    /link [地址] - 在绑定页面绑定钱包，或手动签署消息绑定
    /verify <签名> - 用该消息的签名完成绑定
    /wallet - 你绑定的钱包；/unlink - 解绑钱包
    /merge confirm - 合并你在另一个聊天平台上的账号（验证其钱包时会提示）
    管理员：/campaign new、/campaign activate|pause|resume|close|export|post <id>、/community（本社区的额度）、/community audit（本社区的审计日志）
    /help - 显示本列表

## The platform's own option labels and questions (check, model-check and contribution-check
## campaigns), shown in the reader's words unless the campaign translates them itself.
btn-option-correct = 正确
btn-option-wrong = 错误
btn-option-yes = 是
btn-option-no = 否
btn-option-unsure = 不确定
btn-option-good = 好
btn-option-not-good = 不好
card-default-check-question = 这篇投稿写得好吗？
# $label is the model's predicted label, $percent its probability ("92%").
card-model-says = 模型认为是 { $label }，置信度 { $percent }。对吗？
card-checks-name = { $name }（审核）
