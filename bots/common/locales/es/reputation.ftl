# Reputation across campaigns (issue 18).

rule-probation-unproven = estabas en periodo de prueba por abusos en una campaña anterior y tu trabajo aquí no quedó claramente por encima del mínimo
rule-cap-daily = alcanzaste el límite diario de ganancias que fijó esta comunidad

# /community cap: a community's daily earning cap per member.
community-cap-usage = Uso: /community cap <TNET por miembro y día>, como /community cap 100, o /community cap off.
community-cap-here = Envía /community cap en el grupo o servidor de la comunidad.
community-cap-set = Comunidad #{ $communityId }: cada miembro gana como máximo { $cap } al día con sus campañas. Las respuestas que lo superen no se pagan (límite diario).
community-cap-off = Comunidad #{ $communityId }: ya no hay límite diario de ganancias.
dsub-community-cap-name = cap
dsub-community-cap-desc = Limitar lo que un miembro gana al día en esta comunidad
dopt-community-cap-amount-name = cantidad
dopt-community-cap-amount-desc = TNET por miembro y día, como 100, u off
help-community-cap = Moderadores: /community cap <TNET|off> - limitar lo que un miembro gana al día en esta comunidad
