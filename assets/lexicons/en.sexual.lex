# English sexual content: explicit acts, porn, body parts in sexual use, solicitation.
# Clinical words (penis, vagina, breast) are weak so health and education posts stay quiet.
@format 1
@lang en
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

porn              | sexual | 0.6 | sexual_explicit |
porno             | sexual | 0.65 | sexual_explicit |
pornos            | sexual | 0.65 | sexual_explicit |
pornography       | sexual | 0.4 | sexual_explicit |
pornhub           | sexual | 0.75 | sexual_explicit |
xvideos           | sexual | 0.8 | sexual_explicit |
xhamster          | sexual | 0.8 | sexual_explicit |
xnxx              | sexual | 0.8 | sexual_explicit |
redtube           | sexual | 0.75 | sexual_explicit |
youporn           | sexual | 0.75 | sexual_explicit |
onlyfans          | sexual | 0.4 | sexual_explicit |
nsfw              | sexual | 0.35 | sexual_explicit |
hentai            | sexual | 0.6 | sexual_explicit |
nudes             | sexual | 0.4 | sexual_explicit |
nude pics         | sexual | 0.6 | sexual_explicit |
naked pics        | sexual | 0.6 | sexual_explicit |
sex tape*         | sexual | 0.6 | sexual_explicit |
sex video*        | sexual | 0.6 | sexual_explicit |
sex cam*          | sexual | 0.7 | sexual_explicit |
camgirl*          | sexual | 0.65 | sexual_explicit |
cam girl*         | sexual | 0.6 | sexual_explicit |
blowjob*          | sexual | 0.8 | sexual_explicit |
blow job*         | sexual | 0.75 | sexual_explicit |
handjob*          | sexual | 0.75 | sexual_explicit |
hand job*         | sexual | 0.7 | sexual_explicit |
rimjob*           | sexual | 0.8 | sexual_explicit |
footjob*          | sexual | 0.75 | sexual_explicit |
titjob*           | sexual | 0.8 | sexual_explicit |
cumshot*          | sexual | 0.85 | sexual_explicit |
cum               | sexual | 0.35 | sexual_explicit |
cumming           | sexual | 0.55 | sexual_explicit |
cumslut*          | sexual | 0.85 | sexual_explicit |
creampie*         | sexual | 0.8 | sexual_explicit |
gangbang*         | sexual | 0.8 | sexual_explicit |
gang bang*        | sexual | 0.75 | sexual_explicit |
deepthroat*       | sexual | 0.75 | sexual_explicit |
bukkake           | sexual | 0.85 | sexual_explicit |
facefuck*         | sexual | 0.85 | sexual_explicit |
skullfuck*        | sexual | 0.85 | sexual_explicit |
threesome*        | sexual | 0.5 | sexual_explicit |
orgy              | sexual | 0.5 | sexual_explicit |
orgies            | sexual | 0.5 | sexual_explicit |
anal sex          | sexual | 0.6 | sexual_explicit |
oral sex          | sexual | 0.45 | sexual_explicit |
doggystyle        | sexual | 0.7 | sexual_explicit |
doggy style       | sexual | 0.7 | sexual_explicit |
69ing             | sexual | 0.6 | sexual_explicit |
dildo*            | sexual | 0.6 | sexual_explicit |
vibrator*         | sexual | 0.35 | sexual_explicit |
buttplug*         | sexual | 0.7 | sexual_explicit |
butt plug*        | sexual | 0.65 | sexual_explicit |
fleshlight*       | sexual | 0.7 | sexual_explicit |
orgasm*           | sexual | 0.5 | sexual_explicit |
masturbat*        | sexual | 0.5 | sexual_explicit |
jerk off          | sexual | 0.6 | sexual_explicit |
jerking off       | sexual | 0.65 | sexual_explicit |
jack off          | sexual | 0.6 | sexual_explicit |
jacking off       | sexual | 0.65 | sexual_explicit |
wank              | sexual | 0.5 | sexual_explicit |
wanking           | sexual | 0.55 | sexual_explicit |
fap               | sexual | 0.5 | sexual_explicit |
fapping           | sexual | 0.55 | sexual_explicit |
horny             | sexual | 0.45 | sexual_explicit |
sexting           | sexual | 0.45 | sexual_explicit |
sext              | sexual | 0.45 | sexual_explicit |
boner*            | sexual | 0.45 | sexual_explicit |
erection*         | sexual | 0.35 | sexual_explicit |
hard cock         | sexual | 0.8 | sexual_explicit |
cock              | sexual | 0.45 | sexual_explicit |
cocks             | sexual | 0.45 | sexual_explicit |
dick pic*         | sexual | 0.6 | sexual_explicit |
pussy             | sexual | 0.5 | sexual_explicit |
pussies           | sexual | 0.45 | sexual_explicit |
wet pussy         | sexual | 0.85 | sexual_explicit |
tits              | sexual | 0.5 | sexual_explicit |
titties           | sexual | 0.55 | sexual_explicit |
boobs             | sexual | 0.4 | sexual_explicit |
boobies           | sexual | 0.4 | sexual_explicit |
nipple*           | sexual | 0.3 | sexual_explicit |
clit              | sexual | 0.6 | sexual_explicit |
clitoris          | sexual | 0.3 | sexual_explicit |
penis             | sexual | 0.25 | sexual_explicit |
vagina            | sexual | 0.25 | sexual_explicit |
milf*             | sexual | 0.55 | sexual_explicit |
dilf*             | sexual | 0.5 | sexual_explicit |
bdsm              | sexual | 0.45 | sexual_explicit |
fetish*           | sexual | 0.3 | sexual_explicit |
incest*           | sexual | 0.55 | sexual_explicit |
stepsis           | sexual | 0.45 | sexual_explicit |
stepmom porn      | sexual | 0.8 | sexual_explicit |
hot singles       | sexual | 0.55 | sexual_explicit |
escort service*   | sexual | 0.5 | sexual_explicit |
happy ending massage | sexual | 0.6 | sexual_explicit |
jizz*             | sexual | 0.75 | sexual_explicit |
squirting         | sexual | 0.5 | sexual_explicit |
re:\b(fuck|fucked|fucking|pound|pounded|pounding|ride|riding|suck|sucked|sucking|lick|licked|licking|eat|eating) (my|her|his|your|ur) (pussy|cock|dick|clit|tits|asshole|cunt) | sexual | 0.85 | sexual_explicit |
re:\b(fuck|fucked|fucking) (her|him|me) (hard|so hard|raw|senseless|doggy|in the ass)\b | sexual | 0.85 | sexual_explicit |
re:\bsuck(ing|ed)? (a |his |my |your |ur )?(cock|dick|di?ck)s?\b | sexual | 0.8 | sexual_explicit |
re:\b(had|have|having) sex (with|in|on)\b | sexual | 0.3 | sexual_explicit |
re:\b(leaked|leak) (nudes|sex tape|nude photos|video scandal) | sexual | 0.6 | sexual_explicit |
re:\b(click|link|watch|full video) (in|on|at) (my |the )?bio\b.{0,40}\b(nude|naked|sex|18\+|hot) | sexual | 0.7 | sexual_explicit |
re:\b(naked|nude|topless) (photos?|pics?|videos?|girls?|women|teens?|selfies?)\b | sexual | 0.6 | sexual_explicit |
re:\b(teen|underage|schoolgirl|loli|preteen|child|kiddie) (porn|nudes|naked pics|sex videos?)\b | sexual | 0.95 | sexual_explicit | severe
child porn*       | sexual | 0.4 | sexual_explicit |
cp trading        | sexual | 0.9 | sexual_explicit | severe
loli hentai       | sexual | 0.9 | sexual_explicit | severe

# ---- The 18+ emoji marks adult content in every language (added 2026-12, original work, MIT) ----
🔞                | sexual | 0.35 | sexual_explicit |
# explicit requests for nudes or body parts are sexual content as well as harassment (2026-12)
re:\b(send|show) (me )?(nudes|noodz|nudez|your nudes)\b | sexual | 0.55 | sexual_explicit |
re:\b(see|suck|touch|lick|fuck|taste|grab) (your|ur) (tits|pussy|dick|cock|boobs|titties|nipples)\b | sexual | 0.7 | sexual_explicit |
