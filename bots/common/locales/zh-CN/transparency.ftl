# The public transparency page (bots/web/transparency-html.ts and public/transparency.js), at
# PUBLIC_URL/transparency. Amounts come formatted ("12.5 TNET"), dates too. The page's script
# fills in { $id }, { $reason }, { $status } and the counts itself: keep each one.

transparency-title = TNET 透明度
transparency-heading = 公开透明的 TNET
transparency-intro = 每一枚 TNET 都是为成员完成的工作而铸造的。本页显示已铸造多少、铸造速度、基金会获得多少以及每个社区可以支出多少，并由你的浏览器将每个铸造批次与链上记录核对。
transparency-language-label = 语言

transparency-supply-heading = 已铸造与上限
transparency-minted-label = 已铸造
transparency-minted-value = { $minted } / { $cap }（{ $percent }）
transparency-remaining-label = 尚可铸造
transparency-batches-label = 已确认的铸造批次

transparency-pace-heading = 速度
transparency-pace-window-label = 时段
transparency-pace-minted-label = 已铸造
transparency-pace-cap-label = 按此速度达到上限的时间
transparency-pace-7 = 最近 7 天
transparency-pace-30 = 最近 30 天
transparency-cap-date = { $date }（{ $days } 天后）
transparency-cap-reached = 已达到上限。
transparency-cap-no-pace = 永远不会：这些天里没有铸造。
transparency-cap-far = 超过 1000 年以后。

transparency-foundation-heading = 基金会的份额
transparency-foundation-text = 基金会获得了 { $foundation }，占全部已铸造 TNET 的 { $percent }；矿工获得了 { $miners }。

transparency-communities-heading = 社区
transparency-communities-intro = 平台管理员为每个社区授予额度；社区的活动从额度中预留预算，并用预算向成员支付。
transparency-community = 社区
transparency-allowance = 额度
transparency-reserved = 活动预留
transparency-spent = 已支付给成员
transparency-left = 剩余可用
transparency-no-communities = 还没有社区获得额度。
transparency-communities-more = 显示 { $count } 个社区中的前 { $shown } 个。

transparency-batches-heading = 铸造批次
transparency-batches-intro = 批次 ID 是其清单（它所支付内容的列表）的 keccak256 哈希。你的浏览器会下载每份清单，自行计算哈希，并与此处列出的 ID 以及链上记录的 ID 进行比较。
transparency-batch-id = 批次 ID
transparency-batch-state = 状态
transparency-batch-created = 创建时间
transparency-batch-updated = 确认或最后更改时间
transparency-batch-minted = 已铸造
transparency-batch-foundation = 基金会
transparency-batch-recipients = 接收方
transparency-batch-tx = 交易
transparency-batch-manifest = 清单
transparency-batch-check = 核对
transparency-download = 下载
transparency-no-batches = 还没有铸造批次。
transparency-older = 更早的批次
transparency-newest = 最新的批次
transparency-needs-script = 核对需要 JavaScript。

transparency-state-prepared = 已准备
transparency-state-submitted = 已发送
transparency-state-confirmed = 已确认
transparency-state-failed = 失败

transparency-checking = 正在核对…
transparency-checking-all = 正在核对 { $count } 个批次…
transparency-summary = 已核对 { $count } 个批次：{ $verified } 个已验证，{ $mismatch } 个不一致，{ $unchecked } 个无法核对。
transparency-verified = 已验证：清单的哈希等于此 ID，且链上记录了此 ID。
transparency-not-minted = 清单的哈希等于此 ID；链上尚未铸造该批次，与其状态一致。
transparency-mismatch-manifest = 不一致：清单的哈希不等于此批次 ID。
transparency-mismatch-chain = 不一致：链上为此交易记录的批次 ID 是 { $id }。
transparency-mismatch-not-minted = 不一致：列为已确认，但链上并未铸造该批次。
transparency-unchecked = 无法核对：{ $reason }
transparency-reason-no-chain = 此服务器未连接到区块链。
transparency-reason-unreachable = 区块链节点没有响应。
transparency-reason-timeout = 区块链节点响应太慢。
transparency-reason-manifest = 无法下载清单（状态 { $status }）。
transparency-reason-server = 服务器没有响应（状态 { $status }）。
transparency-reason-network = 网络故障。
