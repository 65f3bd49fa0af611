# The Discord bot's own words (bots/discord): buttons, menus, modals and its replies.
# Identifiers ($taskId) are written without grouping.
# Command and subcommand names stay as members type them in every text (/task, /campaign
# list); option names and choices are shown in Chinese, their values stay the codes.

btn-discord-write = 撰写
discord-answer-placeholder = 选择你的回答
discord-labels-placeholder = 选择所有适用的标签
# How a Discord multi-label card asks; it takes the place of the common card's words.
discord-labels-hint = 从菜单中选择所有适用的标签，或点“都不适用”。

modal-title-contribution = 任务 { $taskId } 的文本
discord-contribution-label = 你的文本（{ $minLength }–{ $maxLength } 个字符）
discord-contribution-about-picture = 围绕卡片上的图片来写。
modal-title-verify = 验证你的钱包
discord-verify-label = 签名
discord-verify-label-desc = /link 消息的 0x... 签名。比这个框还长？请使用 /link 给出的绑定页面。

discord-stale-button = 这个按钮已失效。发送 /task 领取新任务。
discord-stale-form = 这个表单已失效，请重新运行命令。
discord-unknown-command = 这里（已经）没有这个命令。输入 / 查看可用命令。

## Slash commands as Discord shows them. Ids follow the command's path:
##   dcmd-<command>-name, dcmd-<command>-desc
##   dsub-<command>-<subcommand>-name, dsub-<command>-<subcommand>-desc
##   dopt-<command>[-<subcommand>]-<option>-name, dopt-...-desc
##   choice-<command>[-<subcommand>]-<option>-<value>
## (an underscore in a name is a hyphen in the id). Names: 1-32 characters, lower case,
## letters, digits, - and _ only, no spaces. Descriptions and choices: at most 100 characters.

dcmd-task-name = task
dcmd-task-desc = 领取一个任务
dopt-task-campaign-name = 活动
dopt-task-campaign-desc = 活动编号（见 /campaign list）

dcmd-balance-name = balance
dcmd-balance-desc = 你待发放和已铸造的 TNET

dcmd-stats-name = stats
dcmd-stats-desc = 你的准确率，以及奖励被扣发的原因

dcmd-leaderboard-name = leaderboard
dcmd-leaderboard-desc = 矿工排行榜

dcmd-link-name = link
dcmd-link-desc = 绑定你的钱包（签署一条消息以证明钱包归你所有）
dopt-link-address-name = 地址
dopt-link-address-desc = 你的钱包地址，0x...

dcmd-verify-name = verify
dcmd-verify-desc = 用 /link 消息的签名完成钱包绑定
dopt-verify-signature-name = 签名
dopt-verify-signature-desc = 你的钱包给出的 0x... 签名（留空则弹出表单）

dcmd-wallet-name = wallet
dcmd-wallet-desc = 你绑定的钱包

dcmd-unlink-name = unlink
dcmd-unlink-desc = 解绑你的钱包

dcmd-merge-name = merge
dcmd-merge-desc = 在 /verify 提示后，合并你在另一个聊天平台上的账号
dopt-merge-action-name = 操作
dopt-merge-action-desc = 确认或取消合并（留空可查看合并提示）
choice-merge-action-confirm = 确认（confirm）
choice-merge-action-cancel = 取消（cancel）

dcmd-batch-name = batch
dcmd-batch-desc = 铸造批次的清单：每一笔 wei 发给了谁、因何发放
dopt-batch-id-name = id
dopt-batch-id-desc = 批次 id，0x 加 64 位十六进制数字

dcmd-help-name = help
dcmd-help-desc = 本机器人的功能和命令

dcmd-campaign-name = campaign
dcmd-campaign-desc = 管理活动（管理员）
dsub-campaign-new-name = new
dsub-campaign-new-desc = 创建一个草稿活动并导入条目（CSV 或 JSONL）
dopt-campaign-new-name-name = 名称
dopt-campaign-new-name-desc = 活动名称
dopt-campaign-new-kind-name = 类型
dopt-campaign-new-kind-desc = label、vote、check、pairwise、multilabel 或 contribute
choice-campaign-new-kind-label = label 标注（为每个条目选一个标签）
choice-campaign-new-kind-vote = vote 投票（选出更好的选项）
choice-campaign-new-kind-check = check 核验（模型说得对吗？）
choice-campaign-new-kind-pairwise = pairwise 成对比较（两个输出哪个更好？）
choice-campaign-new-kind-multilabel = multilabel 多标签（勾选所有适用的标签）
choice-campaign-new-kind-contribute = contribute 投稿（成员撰写文本，其他成员审核）
dopt-campaign-new-question-name = 问题
dopt-campaign-new-question-desc = 成员对每个条目要回答的问题
dopt-campaign-new-reward-name = 奖励
dopt-campaign-new-reward-desc = 每个被采纳的回答奖励多少 TNET（如 10 或 0.5）
dopt-campaign-new-budget-name = 预算
dopt-campaign-new-budget-desc = 总预算（TNET）
dopt-campaign-new-items-name = 条目
dopt-campaign-new-items-desc = 条目文件：.csv（含表头；可选 id、gold 列）或 .jsonl，或包含其一及图片的 .zip；最大 20 MB
dopt-campaign-new-options-name = 选项
dopt-campaign-new-options-desc = 逗号分隔：cat, dog（pos=Positive）；multilabel：2-20 个；check：可选；pairwise：不填
dopt-campaign-new-answers-per-task-name = 每任务回答数
dopt-campaign-new-answers-per-task-desc = 每个任务需要多少个回答（默认 3）；contribute：每个条目的文本数
dopt-campaign-new-check-question-name = 审核问题
dopt-campaign-new-check-question-desc = contribute：审核者对每篇文本回答的问题（默认：这篇投稿写得好吗？）
dopt-campaign-new-check-reward-name = 审核奖励
dopt-campaign-new-check-reward-desc = contribute：每次被采纳的审核奖励多少 TNET（必填）
dopt-campaign-new-check-budget-name = 审核预算
dopt-campaign-new-check-budget-desc = contribute：审核的预算（TNET，必填）
dopt-campaign-new-min-length-name = 最短长度
dopt-campaign-new-min-length-desc = contribute：文本最少字符数（默认 3）
dopt-campaign-new-max-length-name = 最长长度
dopt-campaign-new-max-length-desc = contribute：文本最多字符数（默认 500）
dsub-campaign-list-name = list
dsub-campaign-list-desc = 活动列表
dsub-campaign-stats-name = stats
dsub-campaign-stats-desc = 活动的进展情况
dopt-campaign-stats-id-name = id
dopt-campaign-stats-id-desc = 活动编号（见 /campaign list）
dsub-campaign-post-name = post
dsub-campaign-post-desc = 在本频道发布某个活动的任务卡片
dopt-campaign-post-id-name = id
dopt-campaign-post-id-desc = 活动编号（见 /campaign list）
dsub-campaign-activate-name = activate
dsub-campaign-activate-desc = 启动一个草稿活动
dopt-campaign-activate-id-name = id
dopt-campaign-activate-id-desc = 活动编号（见 /campaign list）
dsub-campaign-pause-name = pause
dsub-campaign-pause-desc = 暂停一个活动
dopt-campaign-pause-id-name = id
dopt-campaign-pause-id-desc = 活动编号（见 /campaign list）
dsub-campaign-resume-name = resume
dsub-campaign-resume-desc = 恢复一个已暂停的活动
dopt-campaign-resume-id-name = id
dopt-campaign-resume-id-desc = 活动编号（见 /campaign list）
dsub-campaign-close-name = close
dsub-campaign-close-desc = 永久关闭一个活动
dopt-campaign-close-id-name = id
dopt-campaign-close-id-desc = 活动编号（见 /campaign list）
dsub-campaign-export-name = export
dsub-campaign-export-desc = 以文件形式导出共识标签
dopt-campaign-export-id-name = id
dopt-campaign-export-id-desc = 活动编号（见 /campaign list）
dopt-campaign-export-format-name = 格式
dopt-campaign-export-format-desc = CSV（默认）、JSON lines；成对比较类活动还可导出 DPO 偏好对或模型排名
choice-campaign-export-format-csv = CSV
choice-campaign-export-format-jsonl = JSON lines
choice-campaign-export-format-dpo = DPO 偏好对（成对比较）
choice-campaign-export-format-ranking = 模型排名（成对比较）

dcmd-community-name = community
dcmd-community-desc = 将本服务器作为社区：TNET 额度和审计日志（管理员）
dsub-community-info-name = info
dsub-community-info-desc = 本服务器的社区及其额度
dsub-community-audit-name = audit
dsub-community-audit-desc = 社区的审计日志
dopt-community-audit-community-name = 社区
dopt-community-audit-community-desc = 社区编号（见 /community list）
dsub-community-register-name = register
dsub-community-register-desc = 将本服务器注册为社区（平台管理员）
dopt-community-register-title-name = 标题
dopt-community-register-title-desc = 在审计日志中显示的名称
dsub-community-grant-name = grant
dsub-community-grant-desc = 为社区增加 TNET 额度（平台管理员）
dopt-community-grant-amount-name = 数量
dopt-community-grant-amount-desc = TNET 数量，如 50000
dopt-community-grant-community-name = 社区
dopt-community-grant-community-desc = 社区编号（见 /community list）
dsub-community-list-name = list
dsub-community-list-desc = 所有社区（平台管理员）
