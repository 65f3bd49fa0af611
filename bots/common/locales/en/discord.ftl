# The Discord bot's own words (bots/discord): buttons, menus, modals and its replies.
# Identifiers ($taskId) are written without grouping.

btn-discord-write = Write
discord-answer-placeholder = Choose your answer
discord-labels-placeholder = Pick every label that applies
# How a Discord multi-label card asks; it takes the place of the common card's words.
discord-labels-hint = Pick every label that applies from the menu, or tap None apply.

modal-title-contribution = Your text for task { $taskId }
discord-contribution-label = Your text ({ $minLength }–{ $maxLength } characters)
discord-contribution-about-picture = Write about the picture on the card.
modal-title-verify = Verify your wallet
discord-verify-label = Signature
discord-verify-label-desc = The 0x... signature for the /link message. Longer than this box? Use the link page from /link.

discord-stale-button = That button is not valid anymore. Send /task for a fresh task.
discord-stale-form = That form is not valid anymore. Run the command again.
discord-unknown-command = That command is not known here (anymore). Type / to see the commands.

## Slash commands as Discord shows them. Ids follow the command's path:
##   dcmd-<command>-name, dcmd-<command>-desc
##   dsub-<command>-<subcommand>-name, dsub-<command>-<subcommand>-desc
##   dopt-<command>[-<subcommand>]-<option>-name, dopt-...-desc
##   choice-<command>[-<subcommand>]-<option>-<value>
## (an underscore in a name is a hyphen in the id). Names: 1-32 characters, lower case,
## letters, digits, - and _ only, no spaces. Descriptions and choices: at most 100 characters.

dcmd-task-name = task
dcmd-task-desc = Get a task to answer
dopt-task-campaign-name = campaign
dopt-task-campaign-desc = A campaign number (from /campaign list)

dcmd-balance-name = balance
dcmd-balance-desc = Your pending and minted TNET

dcmd-stats-name = stats
dcmd-stats-desc = Your accuracy, and why rewards were withheld

dcmd-leaderboard-name = leaderboard
dcmd-leaderboard-desc = The top miners

dcmd-link-name = link
dcmd-link-desc = Link your wallet (you sign a message to prove it is yours)
dopt-link-address-name = address
dopt-link-address-desc = Your wallet address, 0x...

dcmd-verify-name = verify
dcmd-verify-desc = Finish linking your wallet with the signature of the /link message
dopt-verify-signature-name = signature
dopt-verify-signature-desc = The 0x... signature your wallet gave (or leave it out for a form)

dcmd-wallet-name = wallet
dcmd-wallet-desc = Your linked wallet

dcmd-unlink-name = unlink
dcmd-unlink-desc = Remove your linked wallet

dcmd-merge-name = merge
dcmd-merge-desc = Join your account on another chat, after /verify offers it
dopt-merge-action-name = action
dopt-merge-action-desc = Confirm or cancel the offered merge (leave it out to see the offer)
choice-merge-action-confirm = confirm
choice-merge-action-cancel = cancel

dcmd-batch-name = batch
dcmd-batch-desc = The manifest of a mint batch: what each wei paid for
dopt-batch-id-name = id
dopt-batch-id-desc = The batch id, 0x and 64 hex digits

dcmd-help-name = help
dcmd-help-desc = What this bot does and its commands

dcmd-campaign-name = campaign
dcmd-campaign-desc = Run campaigns (moderators)
dsub-campaign-new-name = new
dsub-campaign-new-desc = Create a draft campaign with its items (CSV or JSONL)
dopt-campaign-new-name-name = name
dopt-campaign-new-name-desc = Its name
dopt-campaign-new-kind-name = kind
dopt-campaign-new-kind-desc = label, vote, check, pairwise, multilabel or contribute
choice-campaign-new-kind-label = label (pick a label for each item)
choice-campaign-new-kind-vote = vote (pick the better option)
choice-campaign-new-kind-check = check (is a model right?)
choice-campaign-new-kind-pairwise = pairwise (which of two outputs is better?)
choice-campaign-new-kind-multilabel = multilabel (tick every label that applies)
choice-campaign-new-kind-contribute = contribute (members write a text, others check it)
dopt-campaign-new-question-name = question
dopt-campaign-new-question-desc = The question members answer on every item
dopt-campaign-new-reward-name = reward
dopt-campaign-new-reward-desc = TNET per accepted answer (like 10 or 0.5)
dopt-campaign-new-budget-name = budget
dopt-campaign-new-budget-desc = The total budget in TNET
dopt-campaign-new-items-name = items
dopt-campaign-new-items-desc = The items: .csv (header row; optional id, gold) or .jsonl, or a .zip with one and its images; 20 MB
dopt-campaign-new-options-name = options
dopt-campaign-new-options-desc = Comma-separated: cat, dog (pos=Positive); multilabel: 2-20; check: optional; pairwise: none
dopt-campaign-new-answers-per-task-name = answers_per_task
dopt-campaign-new-answers-per-task-desc = How many answers each task needs (default 3); contribute: texts per item
dopt-campaign-new-check-question-name = check_question
dopt-campaign-new-check-question-desc = Contribute: what the checkers answer on each text (default: Is this a good contribution?)
dopt-campaign-new-check-reward-name = check_reward
dopt-campaign-new-check-reward-desc = Contribute: TNET per accepted check (required there)
dopt-campaign-new-check-budget-name = check_budget
dopt-campaign-new-check-budget-desc = Contribute: the budget of the checks in TNET (required there)
dopt-campaign-new-min-length-name = min_length
dopt-campaign-new-min-length-desc = Contribute: the fewest characters of a text (default 3)
dopt-campaign-new-max-length-name = max_length
dopt-campaign-new-max-length-desc = Contribute: the most characters of a text (default 500)
dsub-campaign-list-name = list
dsub-campaign-list-desc = The campaigns
dsub-campaign-stats-name = stats
dsub-campaign-stats-desc = How a campaign is going
dopt-campaign-stats-id-name = id
dopt-campaign-stats-id-desc = The campaign number (from /campaign list)
dsub-campaign-post-name = post
dsub-campaign-post-desc = Post task cards of a campaign in this channel
dopt-campaign-post-id-name = id
dopt-campaign-post-id-desc = The campaign number (from /campaign list)
dsub-campaign-activate-name = activate
dsub-campaign-activate-desc = Start a draft campaign
dopt-campaign-activate-id-name = id
dopt-campaign-activate-id-desc = The campaign number (from /campaign list)
dsub-campaign-pause-name = pause
dsub-campaign-pause-desc = Pause a campaign
dopt-campaign-pause-id-name = id
dopt-campaign-pause-id-desc = The campaign number (from /campaign list)
dsub-campaign-resume-name = resume
dsub-campaign-resume-desc = Resume a paused campaign
dopt-campaign-resume-id-name = id
dopt-campaign-resume-id-desc = The campaign number (from /campaign list)
dsub-campaign-close-name = close
dsub-campaign-close-desc = Close a campaign for good
dopt-campaign-close-id-name = id
dopt-campaign-close-id-desc = The campaign number (from /campaign list)
dsub-campaign-export-name = export
dsub-campaign-export-desc = The consensus labels as a file
dopt-campaign-export-id-name = id
dopt-campaign-export-id-desc = The campaign number (from /campaign list)
dopt-campaign-export-format-name = format
dopt-campaign-export-format-desc = CSV (default), JSON lines; pairwise campaigns also DPO pairs or the model ranking
choice-campaign-export-format-csv = CSV
choice-campaign-export-format-jsonl = JSON lines
choice-campaign-export-format-dpo = DPO pairs (pairwise)
choice-campaign-export-format-ranking = Model ranking (pairwise)

dcmd-community-name = community
dcmd-community-desc = This server as a community: its TNET allowance and audit log (moderators)
dsub-community-info-name = info
dsub-community-info-desc = This server's community and its allowance
dsub-community-audit-name = audit
dsub-community-audit-desc = The community's audit log
dopt-community-audit-community-name = community
dopt-community-audit-community-desc = The community number (from /community list)
dsub-community-register-name = register
dsub-community-register-desc = Register this server as a community (platform admins)
dopt-community-register-title-name = title
dopt-community-register-title-desc = Its name in the audit log
dsub-community-grant-name = grant
dsub-community-grant-desc = Add TNET to a community's allowance (platform admins)
dopt-community-grant-amount-name = amount
dopt-community-grant-amount-desc = TNET, like 50000
dopt-community-grant-community-name = community
dopt-community-grant-community-desc = The community number (from /community list)
dsub-community-list-name = list
dsub-community-list-desc = Every community (platform admins)
