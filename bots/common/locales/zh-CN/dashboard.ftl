# The moderator dashboard (bots/web/dashboard-html.ts, /dashboard) and the /dashboard command.

usage-dashboard = 用法：在你的社区群组中发送 /dashboard，或在私聊中发送 /dashboard <社区 id>。
# The Telegram command menu's line for /dashboard.
cmd-dashboard = 管理员：本社区管理面板的一次性链接，私聊发送
dashboard-no-community = 这个聊天不是你管理的社区。请在你的社区群组中发送 /dashboard，或在这里发送 /dashboard <社区 id>。
dashboard-no-such-community = 你没有管理该 id 的社区。
dashboard-not-here = 管理面板链接只在私聊中发送。
dashboard-link = 你在 { $title } 的管理面板：
    { $url }
    此链接只能使用一次，有效期 { $minutes } 分钟。请勿分享。
# The slash command's name: it stays "dashboard" (moderators type it).
dcmd-dashboard-name = dashboard
dcmd-dashboard-desc = 打开本服务器的管理面板（私人一次性链接）

dash-title = 管理面板 · TNET 挖矿
dash-heading = { $community } · 管理面板
dash-skip = 跳到正文
dash-logout = 退出
dash-campaigns = 活动
dash-no-campaigns = 这个社区还没有活动。
dash-col-campaign = 活动
dash-col-status = 状态
dash-col-decided = 已决定的任务
dash-col-open = 进行中的任务
dash-col-uncertain = 不确定的任务
dash-col-spent = 已用预算
dash-col-left = 剩余预算
dash-budget = 预算
dash-back = 全部活动
dash-progress = 进度
dash-agreement = 一致性
dash-alpha = Krippendorff α（名义）
dash-alpha-none = 重叠的回答还不够
dash-alpha-not-applicable = 仅适用于单选活动
dash-agreement-share = 与共识一致的回答
dash-confusion = 成员回答与共识对照
dash-confusion-caption = 行：决定的选项。列：成员的回答。
dash-consensus = 共识
dash-col-answered = 回答
dash-chart = 图表
dash-chart-alt = { $campaign } 的图表：进度、一致性和每日回答数。
dash-members = 成员
dash-no-answers = 还没有回答。
dash-col-member = 成员
dash-col-answers = 回答数
dash-col-skill = 能力估计
dash-col-gold = 黄金题记录
dash-col-median-time = 每个任务的中位用时
dash-col-withheld = 被扣留的回答（原因）
dash-gold-hidden = 结算前隐藏
dash-gold-note = 活动结算前黄金题记录保持隐藏，这样没人能分辨出黄金题。
dash-gold-record = { $answers } 题中答对 { $correct } 题
dash-seconds = { $seconds } 秒
dash-appeals = 申诉队列
dash-appeals-none = 没有待处理的申诉。
dash-exports = 导出
dash-export-csv = 下载 CSV
dash-export-jsonl = 下载 JSONL
dash-export-final = 仅已决定的任务
dash-actions = 活动操作
dash-pause = 暂停活动
dash-resume = 恢复活动
dash-close = 关闭活动
dash-close-warning = 关闭后无法撤销：成员将不再收到该活动的任务。
dash-no-actions = 该活动已关闭。
dash-done-pause = 活动已暂停。
dash-done-resume = 活动已恢复运行。
dash-done-close = 活动已关闭。
dash-open = 打开管理面板
dash-open-note = 此链接只能使用一次。打开管理面板后，你将在此浏览器中保持登录 8 小时。
dash-refused-heading = 管理面板未能打开
dash-refused-link = 此链接已使用、已过期或无效。请向机器人发送 /dashboard 获取新链接。
dash-refused-session = 你尚未登录、会话已结束，或你已不再管理该社区。请向机器人发送 /dashboard 获取新链接。
dash-refused-csrf = 无法验证此表单。请返回、刷新页面后重试。
dash-not-found = 这个社区没有该活动。
dash-signed-out = 你已退出。
help-dashboard = 管理员：/dashboard - 获取浏览器中活动面板的一次性链接（私聊发送）
