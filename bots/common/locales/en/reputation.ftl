# Reputation across campaigns (issue 18).

rule-probation-unproven = you were on probation after abuse in an earlier campaign, and your work here was not clearly above the campaign's floor
rule-cap-daily = you reached the daily earning limit this community set

# /community cap: a community's daily earning cap per member.
community-cap-usage = Usage: /community cap <TNET per member and day>, like /community cap 100, or /community cap off.
community-cap-here = Send /community cap in the community's group or server.
community-cap-set = Community #{ $communityId }: each member earns at most { $cap } a day from its campaigns. Answers past it are withheld (daily limit).
community-cap-off = Community #{ $communityId }: no daily earning limit any more.
dsub-community-cap-name = cap
dsub-community-cap-desc = Limit what one member earns from this community per day
dopt-community-cap-amount-name = amount
dopt-community-cap-amount-desc = TNET per member and day, like 100, or off
help-community-cap = Moderators: /community cap <TNET|off> - limit what one member earns from this community per day
