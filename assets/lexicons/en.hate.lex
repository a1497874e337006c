# English hate: slurs by target group, dehumanising terms, attacks on groups.
# Unambiguous slurs carry high weight on their own; words with ordinary meanings need a group nearby.
@format 1
@lang en
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- slurs: race and ethnicity ----
nigger*           | hate | 0.95 | slur_group | severe
niggah            | hate | 0.4 | slur_group |
nigga             | hate | 0.3 | slur_group |
niggas            | hate | 0.3 | slur_group |
negroid*          | hate | 0.5 | slur_group | needs=group
sand nigger*      | hate | 0.95 | slur_group | severe
sandnigger*       | hate | 0.95 | slur_group | severe
coon              | hate | 0.55 | slur_group | needs=target,group
coons             | hate | 0.6 | slur_group | needs=target,group
jungle bunny      | hate | 0.9 | slur_group | severe
jungle bunnies    | hate | 0.9 | slur_group | severe
porch monkey*     | hate | 0.9 | slur_group | severe
moon cricket*     | hate | 0.85 | slur_group | severe
spearchucker*     | hate | 0.85 | slur_group | severe
golliwog*         | hate | 0.7 | slur_group |
pickaninny        | hate | 0.85 | slur_group | severe
chink             | hate | 0.8 | slur_group | severe
chinks            | hate | 0.8 | slur_group | severe
ching chong       | hate | 0.8 | slur_group | severe
gook              | hate | 0.85 | slur_group | severe
gooks             | hate | 0.85 | slur_group | severe
zipperhead*       | hate | 0.85 | slur_group | severe
slant eye*        | hate | 0.8 | slur_group | severe
slanteye*         | hate | 0.8 | slur_group | severe
chinaman          | hate | 0.5 | slur_group | needs=target,group
jap               | hate | 0.5 | slur_group | needs=target,group
japs              | hate | 0.55 | slur_group | needs=target,group
spic              | hate | 0.85 | slur_group | severe
spics             | hate | 0.85 | slur_group | severe
wetback*          | hate | 0.9 | slur_group | severe
beaner*           | hate | 0.85 | slur_group | severe
kike              | hate | 0.9 | slur_group | severe
kikes             | hate | 0.9 | slur_group | severe
yid               | hate | 0.55 | slur_group | needs=target,group
yids              | hate | 0.6 | slur_group | needs=target,group
hymie*            | hate | 0.6 | slur_group | needs=target,group
christ killer*    | hate | 0.8 | slur_group | severe
raghead*          | hate | 0.9 | slur_group | severe
towelhead*        | hate | 0.9 | slur_group | severe
camel jockey*     | hate | 0.85 | slur_group | severe
camel fucker*     | hate | 0.9 | slur_group | severe
goat fucker*      | hate | 0.8 | slur_group | severe
muzzie*           | hate | 0.85 | slur_group | severe
muzrat*           | hate | 0.9 | slur_group | severe
mudslime*         | hate | 0.9 | slur_group | severe
paki              | hate | 0.7 | slur_group | needs=target,group
pakis             | hate | 0.7 | slur_group | needs=target,group
curry muncher*    | hate | 0.8 | slur_group | severe
pajeet*           | hate | 0.8 | slur_group | severe
kaffir            | hate | 0.8 | slur_group | severe
kaffirs           | hate | 0.8 | slur_group | severe
gypo              | hate | 0.6 | slur_group | needs=target,group
gyppo*            | hate | 0.6 | slur_group | needs=target,group
pikey*            | hate | 0.6 | slur_group | needs=target,group
redskin*          | hate | 0.35 | slur_group | needs=target,group
injun*            | hate | 0.6 | slur_group | needs=target,group
honky             | hate | 0.45 | slur_group | needs=target,group
honkies           | hate | 0.45 | slur_group | needs=target,group
gringo*           | hate | 0.3 | slur_group | needs=target,group
half breed*       | hate | 0.55 | slur_group | needs=target,group
halfbreed*        | hate | 0.55 | slur_group | needs=target,group
mongrel*          | hate | 0.45 | slur_group | needs=target,group
monkey            | hate | 0.4 | slur_group | needs=group
monkeys           | hate | 0.45 | slur_group | needs=group
ape               | hate | 0.4 | slur_group | needs=group
apes              | hate | 0.45 | slur_group | needs=group

# ---- slurs: sexuality, gender identity, disability, gender ----
faggot*           | hate | 0.85 | slur_group | severe
fag               | hate | 0.7 | slur_group | needs=target,group
fags              | hate | 0.7 | slur_group | needs=target,group
faggy             | hate | 0.6 | slur_group | needs=target,group
dyke              | hate | 0.55 | slur_group | needs=target,group
dykes             | hate | 0.55 | slur_group | needs=target,group
tranny            | hate | 0.75 | slur_group | severe
trannies          | hate | 0.75 | slur_group | severe
shemale*          | hate | 0.55 | slur_group | needs=target,group
homo              | hate | 0.5 | slur_group | needs=target,group
homos             | hate | 0.55 | slur_group | needs=target,group
poofter*          | hate | 0.65 | slur_group | needs=target,group
batty boy*        | hate | 0.75 | slur_group | severe
sodomite*         | hate | 0.55 | slur_group | needs=target,group
cripple*          | hate | 0.4 | slur_group | needs=target,group
feminazi*         | hate | 0.5 | hate_group_attack | needs=target,group
femoid*           | hate | 0.7 | dehumanising_group |
foid              | hate | 0.7 | dehumanising_group |
foids             | hate | 0.7 | dehumanising_group |

# ---- dehumanising (need a group nearby) ----
subhuman*         | hate | 0.65 | dehumanising_group | needs=group
sub human         | hate | 0.6 | dehumanising_group | needs=group
untermensch*      | hate | 0.85 | dehumanising_group | severe
vermin            | hate | 0.6 | dehumanising_group | needs=group
cockroach*        | hate | 0.55 | dehumanising_group | needs=group
parasite*         | hate | 0.5 | dehumanising_group | needs=group
leech*            | hate | 0.4 | dehumanising_group | needs=group
savages           | hate | 0.4 | dehumanising_group | needs=group
animals           | hate | 0.45 | dehumanising_group | needs=group
beasts            | hate | 0.45 | dehumanising_group | needs=group
infestation       | hate | 0.5 | dehumanising_group | needs=group
infest*           | hate | 0.45 | dehumanising_group | needs=group
filth             | hate | 0.45 | dehumanising_group | needs=group
scum              | hate | 0.45 | dehumanising_group | needs=group
breed like rabbits | hate | 0.7 | dehumanising_group |
breed like rats   | hate | 0.75 | dehumanising_group |
re:\b(they|these|those|them|all)( \w+)? (are|r) (just |all |nothing but |fucking |dirty |filthy )*(animals|vermin|subhuman|savages|rats|cockroaches|parasites|roaches|apes|monkeys|pigs|dogs|a disease|a plague|a cancer|a virus|scum|filth|trash|garbage|not human|not people)\b | hate | 0.65 | dehumanising_group | needs=group
re:\bnot (even )?(fully )?human\b | hate | 0.45 | dehumanising_group | needs=group

# ---- attacks on groups ----
re:\bi (fucking |really |just )?(hate|despise|can['’]?t stand|detest) (all |the |those |these |fucking )?(muslims|jews|christians|blacks|black people|whites|white people|asians|chinese|mexicans|arabs|immigrants|migrants|refugees|gays|homosexuals|lesbians|trans people|transgenders|trannies|women|hindus|indians|africans|latinos|hispanics|foreigners|catholics|sikhs|disabled people|pakistanis|filipinos|indonesians|malays|rohingya|jewish people)\b | hate | 0.7 | hate_group_attack |
re:\b(muslims|jews|blacks|black people|asians|chinese|mexicans|arabs|immigrants|migrants|refugees|gays|homosexuals|lesbians|trans people|women|hindus|indians|africans|foreigners|rohingya)( \w+)? (are|r) (all )?(terrorists|rapists|criminals|thieves|pedophiles|paedophiles|groomers|inferior|stupid|dirty|disgusting|evil|a threat|the problem|the enemy|invaders|property|whores|sluts|mentally ill|sick|an abomination|abominations)\b | hate | 0.7 | hate_group_attack |
re:\b(muslims|jews|blacks|immigrants|migrants|refugees|gays|homosexuals|trans people|women|foreigners|asians|mexicans|arabs|chinese|indians)( \w+)? (should|must|need to|deserve to|ought to) (all )?(die|be killed|be exterminated|be gassed|be deported|be banned|be hanged|be shot|burn|hang|not exist|not vote|be locked up|be sterilized|go back)\b | hate | 0.85 | hate_group_attack | severe
re:\bgo back (to|where) (your|ur|you|u) (own )?(country|countries|came from|belong|homeland|jungle|cave|desert|village) | hate | 0.7 | hate_group_attack |
re:\bgo back to (africa|china|mexico|india|pakistan|the middle east|arabia|your country|asia|israel|poland|somalia|syria) | hate | 0.7 | hate_group_attack |
re:\bsend (them|em|all of them|these people|those people) back\b | hate | 0.5 | hate_group_attack | needs=group
re:\bdeport (them|em|all of them|every last one|all (the )?\w+)\b | hate | 0.45 | hate_group_attack | needs=group
re:\bwom[ae]n (belong|should stay|should be) (in the kitchen|at home|barefoot|seen and not heard) | hate | 0.65 | hate_group_attack |
back to the kitchen | hate | 0.5 | hate_group_attack | needs=target,group
make me a sandwich | hate | 0.35 | hate_group_attack | needs=target,group
re:\bwom[ae]n (are|r) (just )?(objects|property|inferior|worthless|too emotional|meant to|made to) | hate | 0.6 | hate_group_attack |
re:\b(being )?(gay|trans|transgender|homosexual|lesbian)( people)? (is|are) (a )?(sin|disgusting|sick|a disease|an abomination|unnatural|a mental illness|mentally ill|degenerate|perverts?)\b | hate | 0.6 | hate_group_attack |
re:\b(gays|homosexuals|trans people|lgbt people|queers) (are|r) (all )?(groomers|pedophiles|paedophiles|perverts|predators|sick)\b | hate | 0.75 | hate_group_attack |
re:\b(kill|gas|burn|hang|shoot|lynch|exterminate) (all )?(the )?(jews|muslims|gays|fags|faggots|blacks|niggers|immigrants|arabs|christians|trannies|queers)\b | hate | 0.9 | hate_group_attack | severe
re:\b(jews|zionists|the jews) (control|own|run) (the )?(media|banks|world|government|money|hollywood) | hate | 0.7 | hate_group_attack |
jewish question   | hate | 0.5 | hate_group_attack |
jew down          | hate | 0.5 | hate_group_attack |
jewed             | hate | 0.6 | hate_group_attack |
white genocide    | hate | 0.4 | hate_group_attack |
great replacement | hate | 0.4 | hate_group_attack |
race traitor*     | hate | 0.6 | hate_group_attack |
mud people        | hate | 0.85 | dehumanising_group | severe
mud race*         | hate | 0.85 | dehumanising_group | severe
oven dodger*      | hate | 0.9 | slur_group | severe
happy merchant    | hate | 0.6 | hate_group_attack |
shitskin*         | hate | 0.9 | slur_group | severe
dune coon*        | hate | 0.9 | slur_group | severe
ghetto trash      | hate | 0.5 | hate_group_attack | needs=group
white trash       | hate | 0.35 | slur_group | needs=target,group
anchor baby       | hate | 0.5 | hate_group_attack |
anchor babies     | hate | 0.5 | hate_group_attack |
illegal aliens    | hate | 0.3 | hate_group_attack | needs=group
invaders          | hate | 0.4 | hate_group_attack | needs=group
re:\b(go|get) back (on|to) (the|your|ur) (boat|plantation|reservation|field)s?\b | hate | 0.8 | hate_group_attack | severe

# ---- Vermin emoji used for people; counts only next to a group name (added 2026-12, original
# ---- work, MIT; 🐀 is already read as "rat") ----
🪳                | hate | 0.4  | dehumanising_group | needs=group
🐛                | hate | 0.4  | dehumanising_group | needs=group
🦠                | hate | 0.35 | dehumanising_group | needs=group

# ---- Hashtag-joined generalisations (#MuslimsAreTerrorists), "too stupid to vote", "they belong in
# ---- the kitchen", racist "back to the jungle" (added 2026-12, original work, MIT) ----
re:\b#?(muslims|jews|blacks|immigrants|migrants|refugees|gays|mexicans|arabs|women|asians|chinese|indians|africans|foreigners)(are|r)(all)?(terrorists|animals|rapists|criminals|vermin|parasites|evil|trash|scum|subhuman|inferior|stupid|pedos|pedophiles|invaders)\b | hate | 0.7 | hate_group_attack | severe
re:\b(women|girls|females|blacks|immigrants|muslims|gays|trans people) (are|r) (too )?(stupid|dumb|emotional|weak|inferior|primitive) to (vote|lead|drive|think|work|rule|be (trusted|in charge|leaders?))\b | hate | 0.7 | hate_group_attack |
re:\b(they|she|women|females|girls) (belong|should stay|should be) (in the kitchen|at home|barefoot and pregnant)\b | hate | 0.55 | hate_group_attack | needs=group
re:\bgo back to (the|your) (jungle|trees|zoo|cave|desert)\b | hate | 0.65 | dehumanising_group |

# ---- slurs missing before (2026-12; words known to the developers, weights kept low where the word has an ordinary sense) ----
troon*              | hate | 0.75 | slur_group | severe
darkie              | hate | 0.8 | slur_group | severe
darkies             | hate | 0.8 | slur_group | severe
jigaboo*            | hate | 0.85 | slur_group | severe
dothead*            | hate | 0.8 | slur_group | severe
dot head*           | hate | 0.7 | slur_group | needs=target,group
bugman              | hate | 0.6 | slur_group | needs=target,group
bugmen              | hate | 0.6 | slur_group | needs=target,group
christard*          | hate | 0.7 | slur_group |
rapefugee*          | hate | 0.85 | slur_group | severe
cow worshipper*     | hate | 0.7 | slur_group |
bible thumper*      | hate | 0.55 | slur_group | needs=target,group
kalar               | hate | 0.7 | slur_group | needs=target,group
kalars              | hate | 0.7 | slur_group | needs=target,group
poof                | hate | 0.6 | slur_group | needs=target
poofs               | hate | 0.6 | slur_group | needs=target
