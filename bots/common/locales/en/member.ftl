# What members read: task cards, answers, /stats, /balance, /leaderboard, /help and the
# member commands. $campaignId and $taskId are identifiers; $name is a campaign's name.

## Task cards
card-header = Campaign #{ $campaignId } · { $name } · task { $taskId }
# A card's progress: answers so far of the answers it needs.
card-answers-of = { $count }/{ $target } { $target ->
        [one] answer
       *[other] answers
    }
card-answers = { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    }
# The same for a card that asks for written texts.
card-texts-of = { $count }/{ $target } { $target ->
        [one] text
       *[other] texts
    }
card-texts = { $count ->
        [one] { $count } text
       *[other] { $count } texts
    }
# $reward is an amount such as "0.5 TNET".
card-reward-answer = { $reward } per accepted answer
card-reward-text = { $reward } per accepted text
card-closed-texts = Closed: the texts go to other members for checking
# $label names the decided option.
card-closed-consensus = Consensus: { $label }
card-closed-unclear = Closed without a clear consensus
card-multilabel-hint = Tick every label that applies, then tap Done; tap None apply if none does.
# How each surface asks for a written text; $min and $max count characters.
card-contribute-hint = Reply to this message with your text ({ $min }–{ $max } characters).
card-contribute-hint-discord = Tap Write to send your text ({ $min }–{ $max } characters).
card-contribute-hint-console = Type your text ({ $min }–{ $max } characters) as your next line.
card-pair-prompt = Prompt:
card-pair-first = Response 1:
card-pair-second = Response 2:
card-check-text = Text to check:
# What a multi-label answer with no label ticked is called.
card-none-apply = none apply

## Buttons
btn-next-task = Next task
btn-pair-first = 1 is better
btn-pair-second = 2 is better
btn-pair-tie = Tie
btn-pair-both-bad = Both bad
btn-none-apply = None apply
btn-done = Done

## Answers
toast-stale-button = That button is not valid anymore.
toast-answer-recorded = Answer recorded
answer-recorded = Answer recorded: { $label }.
answer-decided-later = Your reward is decided with the task; /balance and /stats show it then.
answer-duplicate = You already answered this task: { $label }.
# A pairwise answer named by the side the member saw on their own card.
answer-duplicate-side = You already answered this task: { $label } (on the card you answered).
toast-nothing-ticked = Nothing ticked. Tick the labels that apply, or tap None apply.
toast-ticks-expired = Your ticks expired; tick again.
# $labels lists the ticked labels, separated by commas.
toast-ticked = Ticked: { $labels }. Tap Done to send.
task-none-active = There is no active campaign right now. Check back later.
task-campaign-idle = Campaign #{ $campaignId } is not taking answers right now.
task-all-done = You have answered every task available to you. Thank you! Check back later.

## Written contributions
contribution-accepted = Thanks — your text goes to other members for checking; you are paid if they accept it.
contribution-repeat = You already sent a text for this task; it is being checked.
contribution-not-served = That card is not one you were given. Send /task for a task.
contribution-empty = That text is empty. Write your own text and send it again.
contribution-control = That text holds control characters. Send plain text.
contribution-too-short = That text is too short: write at least { $min } characters.
contribution-too-long = That text is too long: write at most { $max } characters.
contribution-copied = That text copies the prompt. Write your own.
contribution-duplicate = That text was already sent for this campaign. Write your own.

## Why a reward was paid, withheld or corrected (after "because")
rule-consensus-match = it matches the consensus
rule-majority-match = it matches the majority
rule-gold-match = it matches a known answer
rule-consensus-mismatch = it differs from the consensus
rule-consensus-uncertain = the task closed without a confident consensus
rule-majority-tie = no consensus was reached
rule-gold-mismatch = it differs from a known answer
rule-gold-failed = too many of your answers to check questions were wrong
rule-skill-below-floor = your estimated accuracy is below the campaign's floor
rule-budget-exhausted = the campaign's budget ran out
rule-collusion-suspected = your answers move in step with other accounts far more than honest work explains, and their shared check answers are not good enough
rule-timing-too-fast = your answers came faster than the items can be read
rule-contribution-accepted = other members checked your contribution and found it good
rule-contribution-rejected = other members checked your contribution and found it not good
rule-contribution-uncertain = the check of your contribution closed without a confident consensus
rule-consensus-corrected = the consensus of the task changed when more answers came in
rule-pace-pro-rata = the epoch earned more than the emission pace, so every reward was paid pro-rata
rule-merge-duplicate = your two chat accounts joined, and both had answered this task: the earlier answer counts

## /stats, /balance, /leaderboard
stats-none = No answers yet. Send /task to start mining.
stats-title = Your mining stats
stats-answers = Answers: { $answers } · scored: { $scored } · accepted: { $accepted }
# The same with the accepted share of scored answers, such as "75%".
stats-answers-share = Answers: { $answers } · scored: { $scored } · accepted: { $accepted } ({ $share })
stats-withheld = Withheld:
# $reason is one of the rule- texts.
stats-withheld-line = - { $count } because { $reason }
stats-corrected = Corrected: { $count } ({ $amount }) because { $reason }
# $accuracy and $floor are shares such as "82%".
stats-campaign = Campaign #{ $campaignId } { $name }: estimated accuracy { $accuracy } (floor { $floor })
stats-not-estimated = not estimated yet
stats-gold = · check questions { $correct }/{ $total } right
stats-gold-failed = Too many check questions were wrong: your matching answers earn nothing until you get more of them right.
stats-below-floor = Below the floor: your matching answers earn nothing until your accuracy rises. Take your time with each task.
# $pending and $minted are amounts such as "12.5 TNET".
balance-text = Pending: { $pending }
    Minted: { $minted }
    Accepted answers: { $accepted } · withheld: { $withheld } · waiting: { $awaiting }
leaderboard-empty = No rewards yet. Be the first: send /task.
leaderboard-title = Top miners
leaderboard-line = { $rank }. { $name }: { $earned } ({ $accepted } accepted)
# A member without a display name.
leaderboard-member = member { $memberId }

## Commands in general
router-too-long = That command is too long.
router-not-command = Commands start with /. Send /help for the list.
router-unknown = Unknown command /{ $name }. Send /help for the list.
toast-went-wrong = Something went wrong.
# $ref is a short code the member quotes to the operators.
router-unexpected = Something went wrong on our side (ref { $ref }). Please try again.
refusal-moderators = Only moderators can do that.
refusal-admins = Only platform admins can do that.
usage-task = Usage: /task or /task <campaign id>
usage-link = Usage: /link or /link <your wallet address>, for example /link 0xAbC...123
usage-verify = Usage: /verify <signature> (the 0x... text your wallet gave when signing the /link message)

## /link, /wallet, /unlink, /merge
link-page = Open { $url } in a browser with your wallet to link it (the link works once, for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }).
link-by-hand = Or send /link <your wallet address> to sign a message by hand.
link-sign = Or sign this message with your wallet ({ $address }), then send /verify <signature>. It expires in { $minutes ->
        [one] { $minutes } minute.
       *[other] { $minutes } minutes.
    }
mywallet-yours = Your wallet: { $address }
mywallet-none = You have no linked wallet. Send /link <your wallet address>.
unlink-done = Wallet { $address } is unlinked. What was minted stays there; pending rewards wait until you link a wallet again.
merge-offer = Wallet { $address } belongs to member #{ $otherMemberId }. Send /merge confirm to join them, or /merge cancel.
merge-usage = Usage: /merge confirm or /merge cancel, after /verify offers a merge.
merge-cancelled = Merge cancelled. Your accounts stay apart.
merge-done = Done: you are now member #{ $memberId }, with wallet { $address }. Your answers, skill and pending rewards are together.
merge-duplicates = { $count ->
        [one] { $count } task you had answered twice counts once (the earlier answer).
       *[other] { $count } tasks you had answered twice count once (the earlier answer).
    }

## /start and /help
welcome = Welcome to TNET mining!
    You get small tasks (label an item, vote, check a model). Many members answer each task; when enough agree, answers that match the consensus earn TNET. Rewards are minted in batches to your linked wallet.
help-text = TNET mining: answer small AI tasks, earn TNET when your answer matches the consensus.
    /task [campaign] - get a task to answer (in a group or server: its community's campaigns and the platform's)
    /leaderboard - the top miners
    /batch <batch id> - a mint batch: its totals, transaction and first payouts
    /campaign list - running campaigns
    /campaign stats <id> - how a campaign is going
    /language - choose your language (in a group: the group's, for its moderators)
    Personal, answered only in private (on Discord, only you see the answer):
    /balance - your pending and minted TNET
    /stats - your accuracy, and why rewards were withheld
    /why [task | batch <id>] - why an answer of yours was paid or withheld, and where it was minted
    /link [address] - link your wallet on the link page, or by signing a message by hand
    /verify <signature> - finish linking with the signature of that message
    /wallet - your linked wallet; /unlink - remove it
    /merge confirm - join your account on another chat (offered when you verify its wallet)
    Moderators: /campaign new, /campaign activate|pause|resume|close|export|post <id>, /community (this community's allowance), /community audit (its audit log)
    /help - this list

## The platform's own option labels and questions (check, model-check and contribution-check
## campaigns), shown in the reader's words unless the campaign translates them itself.
btn-option-correct = Correct
btn-option-wrong = Wrong
btn-option-yes = Yes
btn-option-no = No
btn-option-unsure = Unsure
btn-option-good = Good
btn-option-not-good = Not good
card-default-check-question = Is this a good contribution?
# $label is the model's predicted label, $percent its probability ("92%").
card-model-says = The model says { $label }, { $percent }. Is it right?
# A contribution check campaign's name: the contribute campaign's name ($name) and what it is.
card-checks-name = { $name } (checks)
