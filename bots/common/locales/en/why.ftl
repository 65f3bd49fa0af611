# /why (bots/common/commands/why.command.ts, bots/common/why-text.ts): the trace from one of
# the member's own answers to the rule that paid or withheld it and the mint batch.
# $taskId, $campaignId and $batchId are identifiers; $name is a campaign's name; $reason is
# one of the rule- texts (a clause said after "because"); $amount a TNET amount.
cmd-why = Why an answer paid or not, and its mint (answered in private)
dcmd-why-name = why
dcmd-why-desc = Why an answer of yours was paid or withheld, and where it was minted
dopt-why-task-name = task
dopt-why-task-desc = The task's number (without it: your latest answer)
dopt-why-batch-name = batch
dopt-why-batch-desc = A mint batch id, or its first digits: your rewards in it
why-usage = Usage: /why (your latest answer), /why <task number>, or /why batch <batch id or its first digits>.
why-no-answers = You have not answered any task yet. Send /task to get one.
why-not-yours = You have no answer on task #{ $taskId }. /why shows only your own answers.
why-no-batch = None of your rewards is in a mint batch whose id starts with { $prefix }.
why-ambiguous = More than one batch with your rewards starts with { $prefix }: type more of its id.
why-head = Why: task #{ $taskId } · campaign #{ $campaignId } { $name }
# $when is a UTC time such as "2026-12-06 05:21 UTC".
why-answer = Your answer: { $label } ({ $when })
# The same words for every task not decided yet.
why-waiting = The task is not decided yet: its votes, its decision and your reward show here once it is.
# $votes is a list of why-vote joined by " · ".
why-votes = Votes counted: { $votes }
why-vote = { $label } { $count }
# $confidence is a share such as "95%".
why-consensus = Consensus: { $label } ({ $confidence } confidence)
# A decided label without a stored confidence.
why-consensus-plain = Consensus: { $label }
why-consensus-none = Consensus: none, the task closed without a confident answer
why-no-label = no label
why-known = This was a check question; its known answer: { $label }
why-not-judged = Your answer is not judged yet: it will be once the scoring round has assessed enough of your answers.
why-row-paid = Paid { $amount } because { $reason }
why-row-withheld = Not paid because { $reason }
why-row-correction = Corrected by { $amount } because { $reason }
why-row-pending = Pending: it goes into the next mint batch once you have a linked wallet (/link).
# $state is a translated batch-state-name.
why-mint = Minted in batch { $batchId } [{ $state }], transaction { $txHash }
why-mint-no-transaction = In batch { $batchId } [{ $state }], not sent yet
why-manifest-hash = Manifest hash (keccak256 of its canonical text, the batch id): { $hash }
why-manifest-mismatch = Warning: the stored manifest does not hash to this batch id.
why-net = Net for this answer: { $amount }
why-batch-head = Your rewards in mint batch { $batchId }
why-batch-row = - Task #{ $taskId } (campaign #{ $campaignId } { $name }): { $amount } because { $reason }
why-batch-more = … and { $count } more of your rows in this batch.
# The gross amount: the foundation's share comes off at the mint.
why-batch-total = Your total in this batch: { $amount } in { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }, before the foundation's share
