# Appeals (issue 18): a member asks the campaign's moderators to look again at a withheld
# answer (/appeal, the Appeal button in /stats); moderators decide in /appeals.
# $taskId and $appealId are numbers; $reason is the member's own text.

## The command menu, /help and Discord's registration
cmd-appeal = Appeal a withheld answer: /appeal <task> <reason> (answered in private)
cmd-appeals = Moderators: appeals waiting for a decision
help-appeal = /appeal <task> <reason> - ask the moderators to look again at a withheld answer (the Appeal button in /stats)
help-appeals = Moderators: /appeals - appeals waiting for a decision, with Uphold and Refuse
dcmd-appeal-name = appeal
dcmd-appeal-desc = Ask the moderators to look again at a withheld answer
dopt-appeal-task-name = task
dopt-appeal-task-desc = The task number (from /stats)
dopt-appeal-reason-name = reason
dopt-appeal-reason-desc = Why your answer is right, in a sentence or two
dcmd-appeals-name = appeals
dcmd-appeals-desc = Appeals waiting for a decision (moderators)
dopt-appeals-community-name = community
dopt-appeals-community-desc = The community number (leave out for this server's)

## The member's side
# $max is the longest reason in characters.
appeal-usage = Usage: /appeal <task> <reason>. The reason says in a sentence or two why your answer is right (at most { $max } characters).
appeal-filed = Your appeal of task { $taskId } is with the campaign's moderators. Their decision shows in /stats.
appeal-refused-not-found = You have no answer to task { $taskId }.
appeal-refused-reason-empty = Say in a sentence why your answer is right: /appeal { $taskId } <reason>
appeal-refused-reason-too-long = That reason is too long: at most { $max } characters.
appeal-refused-waiting = Your answer to task { $taskId } has not been judged yet: appeal it once /stats shows it withheld.
appeal-refused-not-withheld = Your answer to task { $taskId } was not withheld: there is nothing to appeal.
appeal-refused-not-appealable = Your answer to task { $taskId } was withheld for a reason that cannot be appealed.
appeal-refused-duplicate = You appealed task { $taskId } already. Each answer can be appealed once.
# $max is how many appeals may wait at once.
appeal-refused-too-many-pending = You have { $max } appeals waiting for a decision. Appeal again once one is decided.
appeal-refused-rate-limited = You appealed { $max } answers in the last 24 hours. Try again tomorrow.
# /stats: answers the member may still appeal, each with a button, and their appeals.
stats-appealable = You can appeal these withheld answers:
# $reason is one of the rule- texts.
stats-appealable-line = - task { $taskId }: { $reason }
btn-appeal = Appeal task { $taskId }
# The Appeal button pressed: the member sends the reason with the command.
appeal-how = Send /appeal { $taskId } followed by a short reason (at most { $max } characters), for example:
    /appeal { $taskId } The picture shows a dog, not a cat.
stats-appeals = Your appeals:
# $state is appeal-state-name.
stats-appeal-line = - task { $taskId }: { $state }
appeal-state-name = { $state ->
        [upheld] upheld, the reward is paid
        [refused] refused
       *[pending] waiting for the moderators
    }
# The ledger rule of an upheld appeal's payment (a corrected line in /stats).
rule-appeal-upheld = the moderators upheld your appeal

## The moderators' queue
appeals-none = No appeals are waiting.
appeals-usage = Usage: /appeals [community id]. In a group or server: its community's appeals; in private, give the community's number.
appeals-forbidden = You do not moderate that community.
# $count appeals wait; $shown of them are listed below.
appeals-title = { $count ->
        [one] 1 appeal is waiting.
       *[other] { $count } appeals are waiting; the oldest { $shown } follow.
    }
appeal-card-header = Appeal #{ $appealId } · campaign #{ $campaignId } { $name } · task { $taskId }
# $reason is one of the rule- texts (worded for the member: "your").
appeal-card-withheld = Withheld because: { $reason }
appeal-card-choice = The member answered: { $label }
# $counts is "cat 2 · dog 1": every answer to the task, counted per option, nobody named.
appeal-card-counts = Answers: { $counts }
# $confidence is a percentage.
appeal-card-consensus = Consensus: { $label } ({ $confidence })
appeal-card-no-consensus = No consensus
appeal-card-gold = Known answer (check question): { $label }
# $skill is a percentage or appeal-card-no-skill.
appeal-card-record = The member in this campaign: { $answers } answers, estimated accuracy { $skill }, check questions { $goldCorrect }/{ $goldAnswers } right
appeal-card-no-skill = unknown (no scoring round yet)
# $lines lists "rule-text ×count".
appeal-card-record-withheld = Withheld before: { $lines }
appeal-card-reason = Their reason: { $reason }
btn-appeal-uphold = Uphold
btn-appeal-refuse = Refuse
# The decision pressed.
appeal-upheld = Appeal #{ $appealId } upheld: { $amount } paid for task { $taskId }.
appeal-refused = Appeal #{ $appealId } refused.
appeal-decide-not-found = That appeal is not one you can decide.
appeal-decide-own = Appeal #{ $appealId } is your own: another moderator decides it.
appeal-decide-already = Appeal #{ $appealId } was decided already.
appeal-decide-budget-short = The campaign's budget cannot pay appeal #{ $appealId }: it stays waiting.
