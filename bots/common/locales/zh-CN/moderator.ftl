# Moderator-facing words: /campaign, /community, /batch, the guided /campaign new
# (bots/common/campaign-wizard.ts), the stats text and chart, the audit log.
# Commands and what is typed after them (/campaign post, activate, -, min-max) stay as
# written: moderators type them. Identifiers ($campaignId, $communityId) have no grouping.

## Names of codes

# A campaign's status in a list or a heading. $status is its code: draft, active, paused or closed.
mod-status-name = { $status ->
        [draft] 草稿
        [active] 进行中
        [paused] 已暂停
        [closed] 已关闭
       *[other] { $status }
    }
# A campaign's kind. $kind is its code (label, vote, check, pairwise, multilabel, contribute),
# which moderators also type in the wizard, so the code itself stays recognizable.
mod-kind-name = { $kind ->
        [label] 标注（label）
        [vote] 投票（vote）
        [check] 核验（check）
        [pairwise] 成对比较（pairwise）
        [multilabel] 多标签（multilabel）
        [contribute] 投稿（contribute）
       *[other] { $kind }
    }
# A mint batch's state. $state is its code: prepared, submitted, confirmed or failed.
batch-state-name = { $state ->
        [prepared] 已准备
        [submitted] 已提交
        [confirmed] 已确认
        [failed] 失败
       *[other] { $state }
    }

## /campaign (bots/common/commands/campaign.command.ts)

mod-campaign-usage = 用法：/campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
# $sub is the subcommand the moderator typed (stats, post, pause, ...), kept as typed.
mod-campaign-usage-id = 用法：/campaign { $sub } <id>，id 为 /campaign list 中的活动编号。
# $sub is the unknown word typed after /campaign, shown as typed.
mod-campaign-unknown-sub =
    未知的子命令“{ $sub }”。
    用法：/campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
mod-campaign-none = 还没有活动。
mod-campaign-none-active = 目前没有进行中的活动。
# $lines: one line per campaign (mod-campaign-line), joined by line breaks.
mod-campaign-list = 活动列表
    { $lines }
# One campaign of /campaign list. $status is a translated mod-status-name; $reward, $spent and $budget are TNET amounts.
mod-campaign-line = #{ $campaignId } { $name } [{ $status }] · 每个回答 { $reward } · 已花费 { $spent } / { $budget }
mod-campaign-posted = 活动 #{ $campaignId } 已在此发布。
# $cards: how many task cards this chat shows at the same time.
mod-campaign-posted-cards = 活动 #{ $campaignId } 已在此发布，每次显示 { $cards } 张卡片。
# $status is a translated mod-status-name.
mod-campaign-now = 活动 #{ $campaignId } 现在的状态：{ $status }。

## /campaign in Telegram and Discord (bots/telegram/campaign.composer.ts, bots/discord/commands/campaign*.ts)

mod-tg-campaign-usage =
    用法：/campaign list | /campaign stats <id>
    管理员：/campaign new [社区 id] | /campaign post <id> [同时显示的卡片数] | /campaign activate|pause|resume|close <id> | /campaign export <id>
mod-new-usage = 用法：发送 /campaign new，然后逐一回答问题。在私聊中：用 /campaign new <社区 id> 为某个社区创建。
# $prompt is the question the conversation waits on.
mod-new-in-progress = 已经有一个新活动正在创建中。
    { $prompt }
# $formats: the export formats, joined by commas (csv, jsonl, dpo, ranking), as typed.
mod-export-usage = 用法：/campaign export <id> [格式]，id 为 /campaign list 中的活动编号；格式：{ $formats }（默认 csv；dpo 和 ranking 仅用于成对比较类活动）。
# $formats: the export formats, joined by commas, as typed.
mod-export-choose-format = 请从 { $formats } 中选择导出格式。
# The caption of an export file. $count: how many tasks (or, for the ranking format, models)
# the file holds; $format: csv, jsonl, dpo or ranking.
mod-export-caption = { $format ->
        [ranking] 活动 #{ $campaignId }：按 Bradley-Terry 排名的 { $count } 个模型，CSV 格式。
        [dpo] 活动 #{ $campaignId }：{ $count } 个已决出的任务，DPO 偏好对格式（JSON lines）。
        [jsonl] 活动 #{ $campaignId }：{ $count } 个任务及其共识，JSON lines 格式。
       *[other] 活动 #{ $campaignId }：{ $count } 个任务及其共识，CSV 格式。
    }
mod-export-not-sent-telegram = 活动 #{ $campaignId } 的导出文件无法发送（Telegram 只接受不超过 50 MB 的文件）。请在服务器上运行：npx tnet campaign export { $campaignId }
mod-export-too-large-discord = 活动 #{ $campaignId } 的导出文件超过 10 MB，请用命令行导出：npx tnet campaign export { $campaignId }。
# $max: the most task cards a chat may show at once.
mod-post-usage = 用法：/campaign post <id> [卡片数]，卡片数（1 到 { $max }）为本聊天同时显示的任务卡片数量。
mod-cancel-nothing = 没有可取消的操作。
# $prompt is the question the conversation waits on (a file comes only at the items step).
mod-upload-not-yet = 还没到这一步：{ $prompt }
# $size and $limit are file sizes with their unit (like 25.3 MB).
mod-upload-too-large = 该文件大小为 { $size }，上限为 { $limit }。请拆分成更小的文件，或发送 /cancel。
mod-upload-format = 请以 .csv 或 .jsonl 文件（或包含其一及图片的 .zip）发送条目，或发送 /cancel。
# $reason says why the file could not be downloaded (a full sentence).
mod-upload-refused = { $reason } 或发送 /cancel。
# $name is the attached file's name.
mod-items-format-discord = 条目必须是 .csv、.jsonl 或 .zip 文件；{ $name } 都不是。未创建任何内容。
# $size is the file's size in megabytes, with one decimal (like 25.0).
mod-items-too-large-discord = 该文件大小为 { $size } MB，条目文件最大 20 MB。未创建任何内容。
mod-items-unreadable-discord = 无法读取附件，请重新附加。未创建任何内容。
# $error is why the items were refused (an error text, possibly several lines).
mod-items-refused-discord = { $error }
    未创建任何内容；请修正文件后重新运行 /campaign new。
# $count: items imported; $gold: how many of them carry a known answer (0: none).
mod-imported-discord = { $gold ->
        [0] 已将 { $count } 个条目导入草稿活动 #{ $campaignId }。用 /campaign activate { $campaignId } 启动它。
       *[other] 已将 { $count } 个条目（其中 { $gold } 个带有已知答案）导入草稿活动 #{ $campaignId }。用 /campaign activate { $campaignId } 启动它。
    }

## The guided /campaign new (bots/common/campaign-wizard.ts)

wizard-prompt-name =
    新建活动（随时发送 /cancel 可退出）。
    第 1 步，共 8 步：活动名称是？
# The kind names before each parenthesis are typed as written.
wizard-prompt-kind = 第 2 步，共 8 步：选择哪种类型？label（为每个条目选一个标签）、vote（选出更好的选项）、check（模型说得对吗？）、pairwise（两个输出哪个更好：A、B、不相上下或都不好）、multilabel（勾选所有适用的标签）或 contribute（成员撰写文本，如图片说明或译文，由其他成员审核）
wizard-prompt-question = 第 3 步，共 8 步：成员对每个条目要回答的问题是？
wizard-prompt-options = 第 4 步，共 8 步：选项，用英文逗号分隔：cat, dog, bird。用 = 指定显示名（pos=正面）。check 类活动发送 - 则使用默认的“正确 / 错误”。
wizard-prompt-options-multilabel = 第 4 步，共 8 步：成员可勾选的标签，2 到 20 个，用英文逗号分隔：toxic, spam, off_topic。用 = 指定显示名（off_topic=跑题）。
wizard-prompt-reward = 第 5 步，共 8 步：每个被采纳的回答奖励多少 TNET（如 10 或 0.5）？
wizard-prompt-answers-per-task = 第 6 步，共 8 步：每个任务需要多少个回答（1 到 100，通常为 3）？
wizard-prompt-budget = 第 7 步，共 8 步：总预算是多少 TNET？
wizard-prompt-items = 第 8 步，共 8 步：以 CSV 文件（含表头，每行一个条目；可选 id 和 gold 列）或 JSONL 文件（每行一个 JSON 对象）发送条目，最大 20 MB；也可以发送 .zip，内含一个这样的文件及其 image 列引用的图片。
# Said under the items step of a pairwise campaign; the column names stay as written.
wizard-items-pairwise = 每个成对比较条目包含一个提示词和两个输出：列 prompt、a、b，可选 model_a 和 model_b 用于给模型排名。
# Said under the items step of a multilabel campaign; "gold" is the column name, | and [] as typed.
wizard-items-multilabel = 已知答案（gold）是用 | 连接的一组标签 id（toxic|spam），都不适用时填 []。
wizard-pairwise-options-fixed = 它的选项是固定的：A、B、不相上下、都不好。

# A contribute campaign's questions. $step is this question's number, $steps how many there are.
wizard-contribute-question = 第 { $step } 步，共 { $steps } 步：成员要为每个条目写什么（如：为这张图片写一句说明）？
wizard-contribute-reward = 第 { $step } 步，共 { $steps } 步：每篇被采纳的文本奖励多少 TNET（如 10 或 0.5）？审核的成员认为文本合格时，该文本即被采纳。
wizard-contribute-answers-per-task = 第 { $step } 步，共 { $steps } 步：每个条目收集多少篇文本，各由不同成员撰写（1 到 100）？
wizard-contribute-budget = 第 { $step } 步，共 { $steps } 步：文本的预算是多少 TNET？
# "-" is typed as written: it keeps the default question shown in quotes.
wizard-contribute-check-question = 第 { $step } 步，共 { $steps } 步：审核者对每篇文本回答的问题（如：这句图片说明写得好吗？），发送 - 则使用“这篇投稿写得好吗？”
wizard-contribute-check-reward = 第 { $step } 步，共 { $steps } 步：每次被采纳的审核奖励多少 TNET？
wizard-contribute-check-budget = 第 { $step } 步，共 { $steps } 步：审核的预算是多少 TNET？
# $max: the longest text allowed, in characters; $defaults: the default lengths as min-max (like 3-500).
wizard-contribute-lengths = 第 { $step } 步，共 { $steps } 步：文本长度范围（字符数），格式为 min-max（如 10-200；最多 { $max }），发送 - 则使用 { $defaults }？
wizard-contribute-items = 第 { $step } 步，共 { $steps } 步：以 CSV 文件（含表头，每行一个条目；可选 id 列）或 JSONL 文件（每行一个 JSON 对象）发送条目，最大 20 MB；也可以发送 .zip，内含一个这样的文件及其 image 列引用的图片。每个条目包含供撰写的提示词（或文本）、一张图片，或两者都有。

# A problem with an answer starts with the field's name as the definition file spells it
# (options, answersPerTask, lengths): keep those words as they are.
wizard-problem-options-multilabel = options：多标签类活动需要提供可勾选的标签
wizard-problem-options-needed = options：标注类和投票类活动需要提供选项
# $max: the most labels a multilabel campaign may have.
wizard-problem-too-many-labels = options：多标签类活动最多 { $max } 个标签
wizard-problem-answers-whole = answersPerTask：必须是整数
wizard-problem-lengths-format = lengths：请按 min-max 格式写出最少和最多字符数，如 10-200
wizard-problem-lengths-order = lengths：最少字符数不能大于最多字符数
# $problems: one "- " line per problem (their texts come from the definition's rules).
wizard-does-not-fit = 不符合要求：
    { $problems }
# $prompt: the items question (wizard-prompt-items, maybe with more lines).
wizard-items-as-document = 请以文档形式（.csv 或 .jsonl 文件）发送条目。{ $prompt }
# The first summary line. $name and $question are the moderator's own; $kind is a translated mod-kind-name.
wizard-summary-head = { $name } · { $kind }：{ $question }
# $options: the options joined by commas, each as its id or as id (label).
wizard-summary-options = 选项：{ $options }
# One option with its label, in the options summary.
wizard-summary-option-label = { $optionId }（{ $label }）
# $reward and $budget are TNET amounts; $answers: answers each task needs.
wizard-summary-answers = 每个被采纳的回答 { $reward }，每个任务 { $answers } 个回答，预算 { $budget }
# A contribute campaign's length and check question; $min and $max are characters.
wizard-summary-texts = 文本 { $min }–{ $max } 个字符，由其他成员审核：{ $checkQuestion }
# $reward and $budget are TNET amounts; $texts: texts each item takes.
wizard-summary-texts-money = 每篇被采纳的文本 { $reward }，每个条目 { $texts } 篇文本，预算 { $budget }
# $reward and $budget are TNET amounts; $checks: checks each text takes.
wizard-summary-checks-money = 每次被采纳的审核 { $reward }，每篇文本 { $checks } 次审核，预算 { $budget }
# $error is the error text (possibly several lines); the file can be sent again.
wizard-file-refused = { $error }
    请修正文件后重新发送，或发送 /cancel。
# $count: items imported; $gold: how many of them carry a known answer (0: none).
wizard-imported = { $gold ->
        [0] 已将 { $count } 个条目导入草稿活动 #{ $campaignId }。
       *[other] 已将 { $count } 个条目（其中 { $gold } 个带有已知答案）导入草稿活动 #{ $campaignId }。
    }
# "activate" is typed as written (yes and start work too).
wizard-confirm = 发送 activate 启动活动 #{ $campaignId }，或发送 /cancel 放弃。
wizard-activated = 活动 #{ $campaignId } 已启动。在群组中用 /campaign post { $campaignId } [同时显示的卡片数] 发布它。
wizard-cancelled-draft = 已取消。草稿活动 #{ $campaignId } 已关闭，从未运行。
wizard-cancelled = 已取消。未创建任何活动。

## /campaign stats in words (bots/common/campaign-stats-text.ts)

# $status is a translated mod-status-name.
stats-report-head = 活动 #{ $campaignId } · { $name } [{ $status }]
# $progress is a percentage; $final: tasks with a final result of $tasks; $uncertain: final without clear consensus.
stats-report-progress = 进度：{ $progress }（{ $tasks } 个任务中 { $final } 个已有最终结果，其中 { $uncertain } 个未形成明确共识）
stats-report-answers = 回答：{ $answers } 个，来自 { $members } 名成员
stats-report-agreement-none = 一致率：还没有计分的回答（{ $accepted } 个采纳，{ $withheld } 个扣发）
# $agreement is a percentage.
stats-report-agreement = 一致率：{ $agreement }（{ $accepted } 个采纳，{ $withheld } 个扣发）
# $spent and $budget are TNET amounts.
stats-report-budget = 预算：已花费 { $spent } / { $budget }
# $accuracy is a percentage; $checked: model predictions members decided.
stats-report-model-verified = 经成员核验的模型准确率：{ $accuracy }（已核验 { $checked } 条预测）
# A multilabel campaign's heading: $sets decided label sets, $answers answers that ticked labels.
stats-report-labels-head = 标签（{ $sets } 个已决出的标签组 · 在 { $answers } 个回答中被勾选）：
# One label: $decided is its share of the decided sets, $ticked of the answers (each like "50% (4)" or –).
stats-report-label-line = • { $label }：{ $decided } · { $ticked }
# The line for sets where no label applies; $decided and $ticked as in stats-report-label-line.
stats-report-label-none = • 都不适用：{ $decided } · { $ticked }
# A share with its count, like "50% (4)". $share is a percentage.
stats-report-share-count = { $share }（{ $count }）
stats-report-position-bias-none = 位置偏差：还没有回答选择某一边
# $share, $low and $high are percentages ($low–$high is the 95% interval); $answers: answers that chose a side.
stats-report-position-bias = 位置偏差：在 { $answers } 个选择了某一边的回答中，先展示的输出胜出 { $share }（95% 区间 { $low }–{ $high }；50% 表示无偏差）
stats-report-ranking-none = 排名：还没有同时标明两个模型的已决出对
# $pairs: decided pairs that name both models.
stats-report-ranking-head = 排名（基于 { $pairs } 个已决出对的 Bradley-Terry 模型，95% 区间）：
# One model of the ranking: $rank its place, $score its score with the 95% interval $low–$high, $pairs the pairs it was in.
stats-report-ranking-line = { $rank }. { $model }：{ $score }（{ $low }–{ $high }），{ $pairs } 对

## The /campaign stats picture (bots/common/campaign-chart.ts); short lines on a chart

# $status is a translated mod-status-name.
chart-title = 活动 #{ $campaignId } · { $name } [{ $status }]
# $spent and $budget are TNET amounts.
chart-subtitle = { $answers } 个回答，来自 { $members } 名成员 · 已花费 { $spent } / { $budget }
chart-progress = 进度
# $final: tasks with a final result, of $tasks.
chart-progress-note = （{ $final }/{ $tasks } 已有最终结果）
chart-agreement = 一致率
chart-agreement-none = 还没有计分的回答
chart-agreement-note = （{ $accepted } 个采纳）
chart-model-verified = 模型核验
chart-model-none = 还没有决出的核验
chart-model-note = （{ $checks } 次核验）
# A pairwise campaign's position bias: the share of answers won by the output shown first.
chart-first-won = 先展示者胜出
chart-first-won-none = 还没有回答选择某一边
# $answers: answers that chose a side.
chart-first-won-note = 共 { $answers } 个（50% 表示无偏差）
# $days: how many days the columns show.
chart-answers-per-day = 每日回答数（最近 { $days } 天，UTC）
chart-top-miners = 矿工排行
chart-no-answers = 还没有回答
# A miner without a display name; $memberId is their member number.
chart-member = 成员 { $memberId }
# One miner: $rank is their place.
chart-miner = { $rank }. { $name }
# $earned is a TNET amount.
chart-miner-note = { $answers } 个回答 · { $accepted } 个采纳 · { $earned }
# $sets: decided label sets; $answers: answers (the thin bars count their ticks).
chart-labels-head = { $sets } 个已决出标签组中的标签（细条：在 { $answers } 个回答中被勾选）
chart-labels-more = 另有 { $count } 个，见 /campaign stats
chart-ranking-head = 模型排名（Bradley-Terry，{ $pairs } 对，95% 区间）
chart-ranking-more = 另有 { $count } 个，见导出文件
chart-ranking-model = { $rank }. { $model }

## /batch (bots/common/batch-text.ts, bots/common/commands/batch.command.ts)

batch-usage = 用法：/batch <批次 id，0x 加 64 位十六进制数字>
batch-not-found = 铸造批次 { $batchId } 不存在。
# $state is a translated batch-state-name.
batch-head = 铸造批次 { $batchId } [{ $state }]
batch-transaction = 交易：{ $txHash }
batch-transaction-none = 交易：尚未发送
# $gross is a TNET amount.
batch-totals = { $rows } 行，发往 { $wallets } 个钱包，总额 { $gross }
# $amount is a TNET amount.
batch-payout = { $wallet } { $amount }
# The full manifest is shown by the operator's command line, kept as written.
batch-more = ……还有 { $count } 个钱包；完整清单：npx tnet batch { $batchId }

## /community (bots/common/commands/community.command.ts, bots/common/audit-text.ts)

community-usage =
    用法：/community（本社区及其额度）| /community audit [社区 id]
    平台管理员：/community register [标题]（在群组或服务器中发送；标题默认为其名称）| /community grant [社区 id] <TNET> | /community list
# $sub is the unknown word typed after /community, shown as typed.
community-unknown-sub =
    未知的子命令“{ $sub }”。
    用法：/community（本社区及其额度）| /community audit [社区 id]
    平台管理员：/community register [标题]（在群组或服务器中发送；标题默认为其名称）| /community grant [社区 id] <TNET> | /community list
community-grant-usage = 用法：/community grant [社区 id] <TNET>，如 /community grant 50000。
community-audit-usage = 用法：/community audit [社区 id]
community-not-registered = 这个聊天还不是已注册的社区。平台管理员可以用 /community register 注册。
# $line is the community's line (community-line).
community-info = 社区 { $line }
community-register-here = 请在群组或服务器中发送 /community register 进行注册，或使用命令行：tnet community register。
community-registered = 本聊天现在是社区 #{ $communityId }“{ $title }”。用 /community grant <TNET> 为它授予额度。
community-grant-private-usage = 用法：在私聊中发送 /community grant <社区 id> <TNET>。
community-register-first = 这个聊天还不是已注册的社区。请先用 /community register 注册。
# $amount, $allowance and $left are TNET amounts.
community-granted = 已向社区 #{ $communityId } 授予 { $amount }：总额度 { $allowance }，剩余 { $left }。
community-audit-empty = 这里的审计日志还没有记录。
# $lines: one audit line each (audit-line), oldest first.
community-audit = 审计日志（最新的在最后）
    { $lines }
community-none = 还没有社区。
# $lines: one community-line each.
community-list = 社区列表
    { $lines }
# One community. $platform (telegram, discord) and $chatId (its chat or server id) are codes;
# $allowance, $reserved and $left are TNET amounts.
community-line = #{ $communityId } { $platform } { $chatId }“{ $title }” · 额度 { $allowance }，已预留 { $reserved }，剩余 { $left }

# An audit log line: "2026-12-05 14:40 UTC #17 telegram:999 campaign.pause campaign:3 platform from=active to=paused".
# $at is the time in UTC (year-month-day hours:minutes); $rest holds codes (who, what, details) kept as recorded.
audit-line = { $at } UTC #{ $id } { $rest }
# Where an audit entry happened: the platform itself, not a community.
audit-platform = 平台
audit-community = 社区#{ $communityId }
