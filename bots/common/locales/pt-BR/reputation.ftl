# Reputation across campaigns (issue 18).

rule-probation-unproven = você estava em período de prova por abusos em uma campanha anterior, e seu trabalho aqui não ficou claramente acima do mínimo
rule-cap-daily = você atingiu o limite diário de ganhos definido por esta comunidade

# /community cap: a community's daily earning cap per member.
community-cap-usage = Uso: /community cap <TNET por membro por dia>, como /community cap 100, ou /community cap off.
community-cap-here = Envie /community cap no grupo ou servidor da comunidade.
community-cap-set = Comunidade #{ $communityId }: cada membro ganha no máximo { $cap } por dia com as campanhas dela. Respostas além disso não são pagas (limite diário).
community-cap-off = Comunidade #{ $communityId }: não há mais limite diário de ganhos.
dsub-community-cap-name = cap
dsub-community-cap-desc = Limitar quanto um membro ganha por dia nesta comunidade
dopt-community-cap-amount-name = quantia
dopt-community-cap-amount-desc = TNET por membro por dia, como 100, ou off
help-community-cap = Moderadores: /community cap <TNET|off> - limitar quanto um membro ganha por dia nesta comunidade
