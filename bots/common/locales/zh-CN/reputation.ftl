# Reputation across campaigns (issue 18).

rule-probation-unproven = 你因在之前的活动中违规而处于考察期，且你在本活动中的表现未能明显高于下限
rule-cap-daily = 你已达到该社区设定的每日收益上限

# /community cap: a community's daily earning cap per member.
community-cap-usage = 用法：/community cap <每位成员每日 TNET>，如 /community cap 100，或 /community cap off。
community-cap-here = 请在社区的群组或服务器中发送 /community cap。
community-cap-set = 社区 #{ $communityId }：每位成员每天从其活动中最多获得 { $cap }。超出部分的回答不予发放（每日上限）。
community-cap-off = 社区 #{ $communityId }：已取消每日收益上限。
dsub-community-cap-name = cap
dsub-community-cap-desc = 限制每位成员每天从本社区获得的收益
dopt-community-cap-amount-name = 数量
dopt-community-cap-amount-desc = 每位成员每日 TNET，如 100，或 off
help-community-cap = 管理员：/community cap <TNET|off> - 限制每位成员每天从本社区获得的收益
