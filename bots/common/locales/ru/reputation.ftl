# Reputation across campaigns (issue 18).

rule-probation-unproven = вы на испытательном сроке после нарушений в прошлой кампании, и ваша работа здесь не оказалась явно выше порога
rule-cap-daily = вы достигли дневного лимита заработка, установленного сообществом

# /community cap: a community's daily earning cap per member.
community-cap-usage = Использование: /community cap <TNET на участника в день>, например /community cap 100, или /community cap off.
community-cap-here = Отправьте /community cap в группе или на сервере сообщества.
community-cap-set = Сообщество #{ $communityId }: каждый участник получает от его кампаний не больше { $cap } в день. Ответы сверх этого не оплачиваются (дневной лимит).
community-cap-off = Сообщество #{ $communityId }: дневного лимита заработка больше нет.
dsub-community-cap-name = cap
dsub-community-cap-desc = Ограничить дневной заработок участника в этом сообществе
dopt-community-cap-amount-name = сумма
dopt-community-cap-amount-desc = TNET на участника в день, например 100, или off
help-community-cap = Модераторам: /community cap <TNET|off> - ограничить дневной заработок участника в этом сообществе
