# Domain errors, one message per error code (bots/common/error-text.ts).
# Identifiers ($campaignId, $communityId) are written without grouping.

err-member-not-found = I do not know you yet. Send /start first.
err-member-banned = Your account is blocked from answering tasks.
err-member-no-merge = There is no merge waiting. It is offered when you verify a wallet your account on another chat already linked.
err-member-merge-expired = That merge offer expired. Send /link again and sign with the wallet.
err-member-merge-stale = That wallet changed since the merge was offered. Send /link again and sign with the wallet.
err-campaign-not-found = There is no campaign #{ $campaignId }.
err-campaign-invalid-definition = That campaign definition has problems:
    { $problems }
err-campaign-invalid-transition = Campaign #{ $campaignId } is { $from }; it cannot become { $to }.
err-campaign-not-active = Campaign #{ $campaignId } is { $status }, not active.
err-campaign-import-invalid = Nothing was imported: { $badRowCount ->
        [one] { $badRowCount } bad row.
       *[other] { $badRowCount } bad rows.
    }
    { $rows }
err-campaign-import-row = - line { $row }: { $reason }
err-campaign-import-more = - and { $count } more
err-campaign-closed = Campaign #{ $campaignId } is closed.
err-campaign-no-items = Campaign #{ $campaignId } has no items yet; import some first.
err-campaign-export-format = Campaign #{ $campaignId } is a { $kind } campaign; the { $format } export is for pairwise campaigns only.
err-campaign-forbidden = Only moderators can do that.
err-campaign-budget-exhausted = Campaign #{ $campaignId } has spent its budget.
err-campaign-over-cap = That budget would exceed the 6,000,000,000 TNET cap: at most { $available } is left to promise.
err-campaign-check-not-posted = Campaign #{ $campaignId } holds the checks of contributions: members get them privately with /task, never in a chat.
err-campaign-post-elsewhere = Campaign #{ $campaignId } belongs to a community; it is posted only in that community's chat or server.
err-community-not-found = There is no community #{ $communityId }.
err-community-not-registered = This chat is not a registered community. A platform admin registers it with /community register.
err-community-already-registered = This chat is already community #{ $communityId }.
err-community-forbidden = Only platform admins can do that.
err-community-invalid = That does not work: { $reason }.
err-community-no-allowance = This community has no TNET allowance left for a new budget. A platform admin grants one with /community grant.
err-community-allowance-exceeded = That budget is over this community's allowance: at most { $available } is left.
err-task-not-found = That task does not exist.
err-answer-not-served = That button is not valid anymore.
err-answer-task-closed = This task is already closed. Tap "Next task" for another one.
err-answer-task-full = This task just got all the answers it needs. Tap "Next task" for another one.
err-answer-invalid-option = That is not one of the options of this task.
err-answer-rate-limited = { $seconds ->
        [one] You are answering too fast. Try again in { $seconds } second.
       *[other] You are answering too fast. Try again in { $seconds } seconds.
    }
err-answer-campaign-paused = This campaign is { $status } right now.
err-answer-own-contribution = You wrote this one: other members check it. Tap "Next task" for another one.
err-contribution-not-wanted = This task takes a button, not a text: tap one of its options.
err-wallet-invalid-address = That is not an Ethereum address. Send /link 0x... with your wallet address.
err-wallet-no-challenge = There is no link request waiting. Start with /link <your wallet address>.
err-wallet-challenge-expired = That link request expired. Send /link <your wallet address> again.
err-wallet-bad-signature = That signature does not match the message and address. Sign the exact message from /link and try again.
err-wallet-address-taken = That wallet is already linked to another member.
err-wallet-not-linked = You have no linked wallet. Send /link <your wallet address>.
err-model-invalid-config = That model registration has problems:
    { $problems }
err-model-invalid-file = The model file { $path } cannot be used: { $reason }. Nothing was registered.
err-model-shape-mismatch = The model { $path } does not fit its registration: expected { $expected }, found { $actual }. Nothing was registered.
err-model-file-changed = The model file { $path } changed since it was registered; register it again.
err-model-device-unavailable = The model device { $device } is not available here ({ $reason }).
err-model-not-found = Campaign #{ $campaignId } has no baseline model registered.
err-model-no-predictions = Campaign #{ $campaignId } has no baseline predictions to check yet.

# Campaign statuses and kinds as error texts name them ($status is a status code).
campaign-status-name = { $status ->
        [draft] a draft
        [active] active
        [paused] paused
       *[closed] closed
    }
