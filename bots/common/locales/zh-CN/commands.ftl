# The Telegram command menu (setMyCommands): one description per command, 3 to 256
# characters. Personal commands say that their answer comes in private.

cmd-task = 领取一个任务（在群组中：该社区的活动，通过私聊发送）
cmd-balance = 你待发放和已铸造的 TNET（私聊回复）
cmd-stats = 你的回答、采纳率和准确率（私聊回复）
cmd-leaderboard = 矿工排行榜
cmd-link = 绑定钱包：/link <地址>（私聊回复）
cmd-verify = 完成绑定：/verify <签名>（仅限私聊）
cmd-wallet = 你绑定的钱包（私聊回复）
cmd-unlink = 解绑你的钱包（仅限私聊）
cmd-merge = 合并你在另一个聊天平台上的账号：/merge confirm|cancel（仅限私聊）
cmd-campaign = 活动：list、stats <id>；管理员：new、post <id> [卡片数]、pause|resume|close|export <id>
cmd-community = 管理员：本社区的额度；/community audit：审计日志
cmd-cancel = 退出 /campaign new 对话
cmd-language = 选择你的语言（在群组中：群组的语言，由管理员设置）
cmd-help = 全部命令

# Personal commands sent in a group (bots/common/private-only.ts): the group's line, and
# what the private chat gets for an action that waits there. Commands stay as written.

private-sent = 我已私信你。
# $link is the t.me link that opens the private chat.
private-open-chat = 这个只能在私聊中回复。请打开与我的私聊：{ $link }
private-unlink-in-group = 你在群组中发送了 /unlink。如需解绑钱包，请在这里发送 /unlink。
private-merge-in-group = 你在群组中发送了 /merge。请在这里发送 /merge confirm 或 /merge cancel。
private-verify-here = 签名只能在这里私聊发送：请在这里发送 /verify <签名>，切勿发到群组中。
# $link opens the private chat (no start payload); $campaignId is the campaign's number.
private-export-needs-chat = 导出文件只能发送到私聊。请打开 { $link }，点“开始”，然后在那里发送 /campaign export { $campaignId }，或者回到这里再发一次。

# Expensive commands asked for too often (bots/common/rate-limit.ts).

rate-limited-seconds = 这项内容需要一些时间准备，而你刚才请求得太频繁了。请 { $seconds } 秒后再试。
rate-limited-minutes = 这项内容需要一些时间准备，而你刚才请求得太频繁了。请 { $minutes } 分钟后再试。

# Wallet linking (bots/common/wallet-text.ts), in every chat and on the link page.

wallet-signature-too-long = 这个签名太长，无法在聊天中粘贴。请发送 /link 并打开绑定页面：它会在浏览器中用你的钱包签名，也支持合约钱包。
wallet-linked = 钱包 { $address } 已绑定。你待发放的 TNET 将在下一个铸造批次中发到该钱包。
# $memberId: the member number of the other account.
wallet-linked-elsewhere = 钱包 { $address } 属于你的另一个账号（成员 #{ $memberId }，在另一个聊天平台上）。发送 /merge confirm 合并两个账号：你的回答、能力评估和待发放奖励将合为一个账号。发送 /merge cancel 则保持两个账号独立。
