# The moderator dashboard (bots/web/dashboard-html.ts, /dashboard) and the /dashboard command.
# Commands (/dashboard) stay as written. α is Krippendorff's alpha: keep the letter.

## The /dashboard command

usage-dashboard = Usage: /dashboard in your community's group, or /dashboard <community id> in private.
# The Telegram command menu's line for /dashboard.
cmd-dashboard = Moderators: a one-time link to this community's dashboard, sent in private
dashboard-no-community = This chat is not a community you moderate. Send /dashboard in your community's group, or /dashboard <community id> here.
dashboard-no-such-community = You do not moderate a community with that id.
dashboard-not-here = The dashboard link is sent only in private.
# $title is the community's name, $url the one-time link, $minutes how long it works.
dashboard-link = Your moderator dashboard for { $title }:
    { $url }
    The link works once, for { $minutes } minutes. Do not share it.
# The slash command's name: it stays "dashboard" (moderators type it).
dcmd-dashboard-name = dashboard
dcmd-dashboard-desc = Open this server's moderator dashboard (a private, one-time link)

## The pages

dash-title = Moderator dashboard · TNET mining
# $community is the community's name.
dash-heading = { $community } · moderator dashboard
dash-skip = Skip to content
dash-logout = Sign out
dash-campaigns = Campaigns
dash-no-campaigns = This community has no campaigns yet.
dash-col-campaign = Campaign
dash-col-status = Status
dash-col-decided = Decided tasks
dash-col-open = Open tasks
dash-col-uncertain = Uncertain tasks
dash-col-spent = Budget spent
dash-col-left = Budget left
dash-budget = Budget
dash-back = All campaigns
dash-progress = Progress
dash-agreement = Agreement
dash-alpha = Krippendorff's α (nominal)
dash-alpha-none = Not enough overlapping answers yet
dash-alpha-not-applicable = Only for one-choice campaigns
dash-agreement-share = Answers matching the consensus
dash-confusion = Members' answers against the consensus
dash-confusion-caption = Rows: the decided option. Columns: what members answered.
dash-consensus = Consensus
dash-col-answered = Answered
dash-chart = Chart
# $campaign is the campaign's name.
dash-chart-alt = Chart of { $campaign }: progress, agreement and answers per day.
dash-members = Members
dash-no-answers = No answers yet.
dash-col-member = Member
dash-col-answers = Answers
dash-col-skill = Skill estimate
dash-col-gold = Gold record
dash-col-median-time = Median time per task
dash-col-withheld = Withheld answers (reasons)
dash-gold-hidden = hidden until settled
dash-gold-note = Gold records stay hidden until the campaign settles, so that nobody can tell gold tasks apart.
# $correct of $answers gold (check) answers were right.
dash-gold-record = { $correct } of { $answers }
# $seconds is a number of seconds, already formatted.
dash-seconds = { $seconds } s
dash-appeals = Appeal queue
dash-appeals-none = No appeals waiting.
# $answers is the member's answers in the campaign, $skill their skill estimate (a percentage or —).
dash-exports = Exports
dash-export-csv = Download CSV
dash-export-jsonl = Download JSONL
dash-export-final = decided tasks only
dash-actions = Campaign actions
dash-pause = Pause campaign
dash-resume = Resume campaign
dash-close = Close campaign
dash-close-warning = Closing is final: members get no more tasks from this campaign.
dash-no-actions = This campaign is closed.
dash-done-pause = The campaign is paused.
dash-done-resume = The campaign is running again.
dash-done-close = The campaign is closed.
dash-open = Open the dashboard
dash-open-note = This link works once. Opening the dashboard signs you in on this browser for 8 hours.
dash-refused-heading = The dashboard did not open
dash-refused-link = This link is spent, expired or unknown. Send /dashboard to the bot for a new one.
dash-refused-session = You are not signed in, your session has ended, or you no longer moderate this community. Send /dashboard to the bot for a new link.
dash-refused-csrf = This form could not be checked. Go back, reload the page and try again.
dash-not-found = There is no such campaign in this community.
dash-signed-out = You are signed out.
help-dashboard = Moderators: /dashboard - a one-time link to the campaigns dashboard in your browser (sent in private)
