# The wallet link page (bots/web/public/link.html and link.js), at PUBLIC_URL/link/<token>.
# The page's script fills in { $time } and { $status } itself: keep each one. Its other
# errors are the chats' own (err-wallet-*, router-unexpected).

web-title = 绑定钱包 · TNET 挖矿
web-heading = 将你的钱包绑定到 TNET 挖矿
web-intro = 你的钱包将签署一条“使用以太坊登录”（Sign-In with Ethereum）消息。签名不收取任何费用，也不会发送交易。
# Followed by the address the member asked to link.
web-requested-address = 申请绑定的地址：
web-connect-button = 连接钱包并签名
web-loading = 加载中…
web-message-summary = 你要签署的消息
# $time is the link's expiry as the browser writes a date and time.
web-valid-until = 有效期至 { $time }。
web-no-wallet = 此浏览器中未找到钱包。请安装钱包扩展，或手动签名：在聊天中发送 /link <地址>。
web-waiting-wallet = 正在等待钱包…
web-no-account = 钱包没有提供任何账户。
web-sign-prompt = 请在钱包中签署消息…
web-checking-signature = 正在校验签名…
# $status is an HTTP status code, like 502.
web-server-answered = 服务器返回了 { $status }。
web-error-request-invalid = 该请求无效。
web-error-not-found = 未找到。
