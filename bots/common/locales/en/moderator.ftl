# Moderator-facing words: /campaign, /community, /batch, the guided /campaign new
# (bots/common/campaign-wizard.ts), the stats text and chart, the audit log.
# Commands and what is typed after them (/campaign post, activate, -, min-max) stay as
# written: moderators type them. Identifiers ($campaignId, $communityId) have no grouping.

## Names of codes

# A campaign's status in a list or a heading. $status is its code: draft, active, paused or closed.
mod-status-name = { $status ->
        [draft] draft
        [active] active
        [paused] paused
        [closed] closed
       *[other] { $status }
    }
# A campaign's kind. $kind is its code (label, vote, check, pairwise, multilabel, contribute),
# which moderators also type in the wizard, so the code itself stays recognizable.
mod-kind-name = { $kind ->
        [label] label
        [vote] vote
        [check] check
        [pairwise] pairwise
        [multilabel] multilabel
        [contribute] contribute
       *[other] { $kind }
    }
# A mint batch's state. $state is its code: prepared, submitted, confirmed or failed.
batch-state-name = { $state ->
        [prepared] prepared
        [submitted] submitted
        [confirmed] confirmed
        [failed] failed
       *[other] { $state }
    }

## /campaign (bots/common/commands/campaign.command.ts)

mod-campaign-usage = Usage: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
# $sub is the subcommand the moderator typed (stats, post, pause, ...), kept as typed.
mod-campaign-usage-id = Usage: /campaign { $sub } <id>, with the campaign's number from /campaign list.
# $sub is the unknown word typed after /campaign, shown as typed.
mod-campaign-unknown-sub =
    Unknown subcommand "{ $sub }".
    Usage: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
mod-campaign-none = No campaigns yet.
mod-campaign-none-active = No active campaigns right now.
# $lines: one line per campaign (mod-campaign-line), joined by line breaks.
mod-campaign-list = Campaigns
    { $lines }
# One campaign of /campaign list. $status is a translated mod-status-name; $reward, $spent and $budget are TNET amounts.
mod-campaign-line = #{ $campaignId } { $name } [{ $status }] · { $reward } per answer · { $spent } of { $budget } spent
mod-campaign-posted = Campaign #{ $campaignId } is now posted here.
# $cards: how many task cards this chat shows at the same time.
mod-campaign-posted-cards = { $cards ->
        [one] Campaign #{ $campaignId } is now posted here, { $cards } card at a time.
       *[other] Campaign #{ $campaignId } is now posted here, { $cards } cards at a time.
    }
# $status is a translated mod-status-name.
mod-campaign-now = Campaign #{ $campaignId } is now { $status }.

## /campaign in Telegram and Discord (bots/telegram/campaign.composer.ts, bots/discord/commands/campaign*.ts)

mod-tg-campaign-usage =
    Usage: /campaign list | /campaign stats <id>
    Moderators: /campaign new [community id] | /campaign post <id> [cards at a time] | /campaign activate|pause|resume|close <id> | /campaign export <id>
mod-new-usage = Usage: /campaign new, then answer the questions one by one. In private: /campaign new <community id> for a community.
# $prompt is the question the conversation waits on.
mod-new-in-progress = A new campaign is already in progress.
    { $prompt }
# $formats: the export formats, joined by commas (csv, jsonl, dpo, ranking), as typed.
mod-export-usage = Usage: /campaign export <id> [format], with the campaign's number from /campaign list; format: { $formats } (default csv; dpo and ranking for pairwise campaigns).
# $formats: the export formats, joined by commas, as typed.
mod-export-choose-format = Choose the export format among { $formats }.
# The caption of an export file. $count: how many tasks (or, for the ranking format, models)
# the file holds; $format: csv, jsonl, dpo or ranking.
mod-export-caption = { $format ->
        [ranking] { $count ->
            [one] Campaign #{ $campaignId }: { $count } model ranked by Bradley-Terry, as CSV.
           *[other] Campaign #{ $campaignId }: { $count } models ranked by Bradley-Terry, as CSV.
        }
        [dpo] { $count ->
            [one] Campaign #{ $campaignId }: { $count } task decided, as DPO preference pairs (JSON lines).
           *[other] Campaign #{ $campaignId }: { $count } tasks decided, as DPO preference pairs (JSON lines).
        }
        [jsonl] { $count ->
            [one] Campaign #{ $campaignId }: { $count } task with their consensus, as JSON lines.
           *[other] Campaign #{ $campaignId }: { $count } tasks with their consensus, as JSON lines.
        }
       *[other] { $count ->
            [one] Campaign #{ $campaignId }: { $count } task with their consensus, as CSV.
           *[other] Campaign #{ $campaignId }: { $count } tasks with their consensus, as CSV.
        }
    }
mod-export-not-sent-telegram = The export of campaign #{ $campaignId } could not be sent (Telegram takes documents up to 50 MB). On the server: npx tnet campaign export { $campaignId }
mod-export-too-large-discord = The export of campaign #{ $campaignId } is over 10 MB; take it with the CLI: npx tnet campaign export { $campaignId }.
# $max: the most task cards a chat may show at once.
mod-post-usage = Usage: /campaign post <id> [cards], where cards (1 to { $max }) is how many task cards this chat shows at once.
mod-cancel-nothing = There is nothing to cancel.
# $prompt is the question the conversation waits on (a file comes only at the items step).
mod-upload-not-yet = Not yet: { $prompt }
# $size and $limit are file sizes with their unit (like 25.3 MB).
mod-upload-too-large = That file is { $size }; the limit is { $limit }. Split it into smaller files, or /cancel.
mod-upload-format = Send the items as a .csv or .jsonl file (or a .zip with one and its images), or /cancel.
# $reason says why the file could not be downloaded (a full sentence).
mod-upload-refused = { $reason } Or /cancel.
# $name is the attached file's name.
mod-items-format-discord = The items must be a .csv, .jsonl or .zip file; { $name } is none of them. Nothing was created.
# $size is the file's size in megabytes, with one decimal (like 25.0).
mod-items-too-large-discord = That file is { $size } MB; the items may be 20 MB at most. Nothing was created.
mod-items-unreadable-discord = The attached file could not be read. Attach it again. Nothing was created.
# $error is why the items were refused (an error text, possibly several lines).
mod-items-refused-discord = { $error }
    Nothing was created; fix the file and run /campaign new again.
# $count: items imported; $gold: how many of them carry a known answer (0: none).
mod-imported-discord = { $gold ->
        [0] { $count ->
            [one] Imported { $count } item into draft campaign #{ $campaignId }. Start it with /campaign activate { $campaignId }.
           *[other] Imported { $count } items into draft campaign #{ $campaignId }. Start it with /campaign activate { $campaignId }.
        }
       *[other] { $count ->
            [one] Imported { $count } item ({ $gold } of them with a known answer) into draft campaign #{ $campaignId }. Start it with /campaign activate { $campaignId }.
           *[other] Imported { $count } items ({ $gold } of them with a known answer) into draft campaign #{ $campaignId }. Start it with /campaign activate { $campaignId }.
        }
    }

## The guided /campaign new (bots/common/campaign-wizard.ts)

wizard-prompt-name =
    New campaign (send /cancel at any time to stop).
    Step 1 of 8: its name?
# The kind names before each parenthesis are typed as written.
wizard-prompt-kind = Step 2 of 8: which kind? label (pick a label for each item), vote (pick the better option), check (is a model right?), pairwise (which of two outputs is better: A, B, tie or both bad), multilabel (tick every label that applies) or contribute (members write a text, like a caption or a translation, and other members check it)
wizard-prompt-question = Step 3 of 8: the question members answer on every item?
wizard-prompt-options = Step 4 of 8: the options, separated by commas: cat, dog, bird. Give a label with = (pos=Positive). For a check campaign, - keeps Correct / Wrong.
wizard-prompt-options-multilabel = Step 4 of 8: the labels members tick, 2 to 20, separated by commas: toxic, spam, off_topic. Give a label with = (off_topic=Off topic).
wizard-prompt-reward = Step 5 of 8: the reward per accepted answer, in TNET (like 10 or 0.5)?
wizard-prompt-answers-per-task = Step 6 of 8: how many answers each task needs (1 to 100; 3 is usual)?
wizard-prompt-budget = Step 7 of 8: the total budget in TNET?
wizard-prompt-items = Step 8 of 8: send the items as a CSV file (a header row, one item per line; optional columns id and gold) or a JSONL file (one JSON object per line), at most 20 MB; or a .zip holding one such file and the images its image column names.
# Said under the items step of a pairwise campaign; the column names stay as written.
wizard-items-pairwise = Each pairwise item has a prompt and two outputs: columns prompt, a, b, and optionally model_a and model_b to rank the models.
# Said under the items step of a multilabel campaign; "gold" is the column name, | and [] as typed.
wizard-items-multilabel = A known answer (gold) is a set of label ids joined by | (toxic|spam), or [] when none apply.
wizard-pairwise-options-fixed = Its options are fixed: A, B, tie, both bad.

# A contribute campaign's questions. $step is this question's number, $steps how many there are.
wizard-contribute-question = Step { $step } of { $steps }: what members write for each item (like: Write a caption for this picture)?
wizard-contribute-reward = Step { $step } of { $steps }: the reward per accepted text, in TNET (like 10 or 0.5)? A text is accepted when the members who check it find it good.
wizard-contribute-answers-per-task = Step { $step } of { $steps }: how many texts each item takes, from different members (1 to 100)?
wizard-contribute-budget = Step { $step } of { $steps }: the budget for the texts, in TNET?
# "-" is typed as written: it keeps the default question shown in quotes.
wizard-contribute-check-question = Step { $step } of { $steps }: the question the checkers answer on each text (like: Is this a good caption?), or - for "Is this a good contribution?"
wizard-contribute-check-reward = Step { $step } of { $steps }: the reward per accepted check, in TNET?
wizard-contribute-check-budget = Step { $step } of { $steps }: the budget for the checks, in TNET?
# $max: the longest text allowed, in characters; $defaults: the default lengths as min-max (like 3-500).
wizard-contribute-lengths = Step { $step } of { $steps }: how long a text may be, in characters, as min-max (like 10-200; at most { $max }), or - for { $defaults }?
wizard-contribute-items = Step { $step } of { $steps }: send the items as a CSV file (a header row, one item per line; optional column id) or a JSONL file (one JSON object per line), at most 20 MB; or a .zip holding one such file and the images its image column names. Each item has a prompt (or text) to write about, an image, or both.

# A problem with an answer starts with the field's name as the definition file spells it
# (options, answersPerTask, lengths): keep those words as they are.
wizard-problem-options-multilabel = options: a multilabel campaign needs the labels to tick
wizard-problem-options-needed = options: label and vote campaigns need their options
# $max: the most labels a multilabel campaign may have.
wizard-problem-too-many-labels = options: a multilabel campaign has at most { $max } labels
wizard-problem-answers-whole = answersPerTask: must be a whole number
wizard-problem-lengths-format = lengths: write the least and the most characters as min-max, like 10-200
wizard-problem-lengths-order = lengths: the least must not be over the most
# $problems: one "- " line per problem (their texts come from the definition's rules).
wizard-does-not-fit = That does not fit:
    { $problems }
# $prompt: the items question (wizard-prompt-items, maybe with more lines).
wizard-items-as-document = Send the items as a document (a .csv or .jsonl file). { $prompt }
# The first summary line. $name and $question are the moderator's own; $kind is a translated mod-kind-name.
wizard-summary-head = { $name } ({ $kind }): { $question }
# $options: the options joined by commas, each as its id or as id (label).
wizard-summary-options = Options: { $options }
# One option with its label, in the options summary.
wizard-summary-option-label = { $optionId } ({ $label })
# $reward and $budget are TNET amounts; $answers: answers each task needs.
wizard-summary-answers = { $reward } per accepted answer, { $answers } answers per task, budget { $budget }
# A contribute campaign's length and check question; $min and $max are characters.
wizard-summary-texts = Texts of { $min }–{ $max } characters, checked by other members: { $checkQuestion }
# $reward and $budget are TNET amounts; $texts: texts each item takes.
wizard-summary-texts-money = { $texts ->
        [one] { $reward } per accepted text, { $texts } text per item, budget { $budget }
       *[other] { $reward } per accepted text, { $texts } texts per item, budget { $budget }
    }
# $reward and $budget are TNET amounts; $checks: checks each text takes.
wizard-summary-checks-money = { $reward } per accepted check, { $checks } checks per text, budget { $budget }
# $error is the error text (possibly several lines); the file can be sent again.
wizard-file-refused = { $error }
    Fix the file and send it again, or /cancel.
# $count: items imported; $gold: how many of them carry a known answer (0: none).
wizard-imported = { $gold ->
        [0] { $count ->
            [one] Imported { $count } item into draft campaign #{ $campaignId }.
           *[other] Imported { $count } items into draft campaign #{ $campaignId }.
        }
       *[other] { $count ->
            [one] Imported { $count } item ({ $gold } of them with a known answer) into draft campaign #{ $campaignId }.
           *[other] Imported { $count } items ({ $gold } of them with a known answer) into draft campaign #{ $campaignId }.
        }
    }
# "activate" is typed as written (yes and start work too).
wizard-confirm = Send activate to start campaign #{ $campaignId }, or /cancel to drop it.
wizard-activated = Campaign #{ $campaignId } is active. Post it in a group with /campaign post { $campaignId } [cards at a time].
wizard-cancelled-draft = Cancelled. Draft campaign #{ $campaignId } is closed; it never ran.
wizard-cancelled = Cancelled. No campaign was created.

## /campaign stats in words (bots/common/campaign-stats-text.ts)

# $status is a translated mod-status-name.
stats-report-head = Campaign #{ $campaignId } · { $name } [{ $status }]
# $progress is a percentage; $final: tasks with a final result of $tasks; $uncertain: final without clear consensus.
stats-report-progress = Progress: { $progress } ({ $final } of { $tasks } tasks final, { $uncertain } without clear consensus)
stats-report-answers = { $members ->
        [one] Answers: { $answers } from { $members } member
       *[other] Answers: { $answers } from { $members } members
    }
stats-report-agreement-none = Agreement: no scored answers yet ({ $accepted } accepted, { $withheld } withheld)
# $agreement is a percentage.
stats-report-agreement = Agreement: { $agreement } ({ $accepted } accepted, { $withheld } withheld)
# $spent and $budget are TNET amounts.
stats-report-budget = Budget: { $spent } of { $budget } spent
# $accuracy is a percentage; $checked: model predictions members decided.
stats-report-model-verified = { $checked ->
        [one] Model verified by members: { $accuracy } right ({ $checked } prediction checked)
       *[other] Model verified by members: { $accuracy } right ({ $checked } predictions checked)
    }
# A multilabel campaign's heading: $sets decided label sets, $answers answers that ticked labels.
stats-report-labels-head = Labels (in { $sets ->
        [one] { $sets } decided set
       *[other] { $sets } decided sets
    } · ticked in { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    }):
# One label: $decided is its share of the decided sets, $ticked of the answers (each like "50% (4)" or –).
stats-report-label-line = • { $label }: { $decided } · { $ticked }
# The line for sets where no label applies; $decided and $ticked as in stats-report-label-line.
stats-report-label-none = • none apply: { $decided } · { $ticked }
# A share with its count, like "50% (4)". $share is a percentage.
stats-report-share-count = { $share } ({ $count })
stats-report-position-bias-none = Position bias: no answer chose a side yet
# $share, $low and $high are percentages ($low–$high is the 95% interval); $answers: answers that chose a side.
stats-report-position-bias = Position bias: the output shown first won { $share } of { $answers } answers that chose a side (95% { $low }–{ $high }; 50% is none)
stats-report-ranking-none = Ranking: no decided pair names both of its models yet
# $pairs: decided pairs that name both models.
stats-report-ranking-head = { $pairs ->
        [one] Ranking (Bradley-Terry over { $pairs } decided pair, 95% interval):
       *[other] Ranking (Bradley-Terry over { $pairs } decided pairs, 95% interval):
    }
# One model of the ranking: $rank its place, $score its score with the 95% interval $low–$high, $pairs the pairs it was in.
stats-report-ranking-line = { $pairs ->
        [one] { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } pair
       *[other] { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } pairs
    }

## The /campaign stats picture (bots/common/campaign-chart.ts); short lines on a chart

# $status is a translated mod-status-name.
chart-title = Campaign #{ $campaignId } · { $name } [{ $status }]
# $spent and $budget are TNET amounts.
chart-subtitle = { $members ->
        [one] { $answers } answers from { $members } member · { $spent } of { $budget } spent
       *[other] { $answers } answers from { $members } members · { $spent } of { $budget } spent
    }
chart-progress = Progress
# $final: tasks with a final result, of $tasks.
chart-progress-note = ({ $final } of { $tasks } final)
chart-agreement = Agreement
chart-agreement-none = no scored answers yet
chart-agreement-note = ({ $accepted } accepted)
chart-model-verified = Model verified
chart-model-none = no checks decided yet
chart-model-note = ({ $checks } checks)
# A pairwise campaign's position bias: the share of answers won by the output shown first.
chart-first-won = First shown won
chart-first-won-none = no answer chose a side yet
# $answers: answers that chose a side.
chart-first-won-note = of { $answers } (50% is no bias)
# $days: how many days the columns show.
chart-answers-per-day = Answers per day (last { $days } days, UTC)
chart-top-miners = Top miners
chart-no-answers = No answers yet
# A miner without a display name; $memberId is their member number.
chart-member = member { $memberId }
# One miner: $rank is their place.
chart-miner = { $rank }. { $name }
# $earned is a TNET amount.
chart-miner-note = { $answers } answers · { $accepted } accepted · { $earned }
# $sets: decided label sets; $answers: answers (the thin bars count their ticks).
chart-labels-head = Labels in { $sets } decided sets (thin: ticked in { $answers } answers)
chart-labels-more = and { $count } more in /campaign stats
chart-ranking-head = Model ranking (Bradley-Terry, { $pairs } pairs, 95% interval)
chart-ranking-more = and { $count } more in the export
chart-ranking-model = { $rank }. { $model }

## /batch (bots/common/batch-text.ts, bots/common/commands/batch.command.ts)

batch-usage = Usage: /batch <batch id, 0x and 64 hex digits>
batch-not-found = There is no mint batch { $batchId }.
# $state is a translated batch-state-name.
batch-head = Mint batch { $batchId } [{ $state }]
batch-transaction = Transaction: { $txHash }
batch-transaction-none = Transaction: not sent yet
# $gross is a TNET amount.
batch-totals = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } to { $wallets ->
        [one] { $wallets } wallet
       *[other] { $wallets } wallets
    }, { $gross } gross
# $amount is a TNET amount.
batch-payout = { $wallet } { $amount }
# The full manifest is shown by the operator's command line, kept as written.
batch-more = { $count ->
        [one] ... and { $count } more wallet; the full manifest: npx tnet batch { $batchId }
       *[other] ... and { $count } more wallets; the full manifest: npx tnet batch { $batchId }
    }

## /community (bots/common/commands/community.command.ts, bots/common/audit-text.ts)

community-usage =
    Usage: /community (this community and its allowance) | /community audit [community id]
    Platform admins: /community register [title] (in the group or server; the title defaults to its name) | /community grant [community id] <TNET> | /community list
# $sub is the unknown word typed after /community, shown as typed.
community-unknown-sub =
    Unknown subcommand "{ $sub }".
    Usage: /community (this community and its allowance) | /community audit [community id]
    Platform admins: /community register [title] (in the group or server; the title defaults to its name) | /community grant [community id] <TNET> | /community list
community-grant-usage = Usage: /community grant [community id] <TNET>, like /community grant 50000.
community-audit-usage = Usage: /community audit [community id]
community-not-registered = This chat is not a registered community. A platform admin registers it with /community register.
# $line is the community's line (community-line).
community-info = Community { $line }
community-register-here = Send /community register in the group or server to register, or use the CLI: tnet community register.
community-registered = This chat is now community #{ $communityId } "{ $title }". Grant it an allowance with /community grant <TNET>.
community-grant-private-usage = Usage: /community grant <community id> <TNET> in private.
community-register-first = This chat is not a registered community. Register it first with /community register.
# $amount, $allowance and $left are TNET amounts.
community-granted = Granted { $amount } to community #{ $communityId }: { $allowance } in total, { $left } left.
community-audit-empty = The audit log has nothing here yet.
# $lines: one audit line each (audit-line), oldest first.
community-audit = Audit log (newest last)
    { $lines }
community-none = No communities yet.
# $lines: one community-line each.
community-list = Communities
    { $lines }
# One community. $platform (telegram, discord) and $chatId (its chat or server id) are codes;
# $allowance, $reserved and $left are TNET amounts.
community-line = #{ $communityId } { $platform } { $chatId } "{ $title }" · allowance { $allowance }, { $reserved } reserved, { $left } left

# An audit log line: "2026-12-05 14:40 UTC #17 telegram:999 campaign.pause campaign:3 platform from=active to=paused".
# $at is the time in UTC (year-month-day hours:minutes); $rest holds codes (who, what, details) kept as recorded.
audit-line = { $at } UTC #{ $id } { $rest }
# Where an audit entry happened: the platform itself, not a community.
audit-platform = platform
audit-community = community:{ $communityId }
