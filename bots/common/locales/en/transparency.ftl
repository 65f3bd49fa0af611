# The public transparency page (bots/web/transparency-html.ts and public/transparency.js), at
# PUBLIC_URL/transparency. Amounts come formatted ("12.5 TNET"), dates too. The page's script
# fills in { $id }, { $reason }, { $status } and the counts itself: keep each one.

transparency-title = TNET transparency
transparency-heading = TNET in the open
transparency-intro = Every TNET is minted for work members did. This page shows what was minted, at what pace, what the foundation received and what each community may spend, and your browser checks every mint batch against the chain.
transparency-language-label = Language

transparency-supply-heading = Minted against the cap
transparency-minted-label = Minted
transparency-minted-value = { $minted } of { $cap } ({ $percent })
transparency-remaining-label = Still mintable
transparency-batches-label = Confirmed mint batches

transparency-pace-heading = Pace
transparency-pace-window-label = Window
transparency-pace-minted-label = Minted
transparency-pace-cap-label = At this pace the cap is reached
transparency-pace-7 = Last 7 days
transparency-pace-30 = Last 30 days
# { $date }: the day the cap would be reached; { $days }: how many days from now.
transparency-cap-date = { $date } (in { $days } days)
transparency-cap-reached = The cap is reached.
transparency-cap-no-pace = Never: nothing was minted in these days.
transparency-cap-far = In more than 1,000 years.

transparency-foundation-heading = The foundation's share
transparency-foundation-text = The foundation received { $foundation }, { $percent } of all TNET minted; the miners received { $miners }.

transparency-communities-heading = Communities
transparency-communities-intro = Platform admins grant each community an allowance; its campaigns reserve budgets from it and pay members out of them.
transparency-community = Community
transparency-allowance = Allowance
transparency-reserved = Reserved by campaigns
transparency-spent = Paid to members
transparency-left = Still available
transparency-no-communities = No community has an allowance yet.
transparency-communities-more = Showing the first { $shown } of { $count } communities.

transparency-batches-heading = Mint batches
transparency-batches-intro = A batch's id is the keccak256 hash of its manifest, the list of what it paid. Your browser downloads each manifest, hashes it itself and compares the hash with the id listed here and with the id the chain recorded.
transparency-batch-id = Batch id
transparency-batch-state = State
transparency-batch-created = Created
transparency-batch-updated = Confirmed or last changed
transparency-batch-minted = Minted
transparency-batch-foundation = Foundation
transparency-batch-recipients = Recipients
transparency-batch-tx = Transaction
transparency-batch-manifest = Manifest
transparency-batch-check = Check
transparency-download = Download
transparency-no-batches = No mint batch yet.
transparency-older = Older batches
transparency-newest = Newest batches
transparency-needs-script = The check needs JavaScript.

transparency-state-prepared = Prepared
transparency-state-submitted = Sent
transparency-state-confirmed = Confirmed
transparency-state-failed = Failed

transparency-checking = Checking…
transparency-checking-all = Checking { $count } batches…
transparency-summary = Checked { $count } batches: { $verified } verified, { $mismatch } mismatched, { $unchecked } could not be checked.
transparency-verified = Verified: the manifest hashes to this id, and the chain recorded this id.
transparency-not-minted = The manifest hashes to this id; the chain has not minted it, as its state says.
transparency-mismatch-manifest = MISMATCH: the manifest does not hash to this batch id.
transparency-mismatch-chain = MISMATCH: the chain recorded batch id { $id } for this transaction.
transparency-mismatch-not-minted = MISMATCH: listed as confirmed, but the chain has not minted this batch.
transparency-unchecked = Could not check: { $reason }
transparency-reason-no-chain = this server is not connected to a chain.
transparency-reason-unreachable = the chain's node did not answer.
transparency-reason-timeout = the chain's node took too long to answer.
transparency-reason-manifest = the manifest could not be downloaded (status { $status }).
transparency-reason-server = the server did not answer (status { $status }).
transparency-reason-network = the network failed.
