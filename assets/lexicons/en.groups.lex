# English groups and predicates for the target x predicate layer: who a sentence is about
# (grp:*) and what it says of them (pred:*). Neither counts on its own: a predicate scores only when
# the same sentence names a group or a person, or a pronoun points back to a group named just before.
# Protected groups already in en.context.lex (ctx:group) are not repeated here. Predicates are the
# core phrase without the group; phrases that carry their own negator ("have no place", "don't
# belong") keep it inside the term.
@format 1
@lang en
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- grp:protected: further protected groups (plurals, colloquial and derogatory names)
# places of worship stand for the people who worship there ("burn down every mosque")
mosque                     | grp:protected
mosques                    | grp:protected
synagogue                  | grp:protected
synagogues                 | grp:protected
gurdwara                   | grp:protected
gurdwaras                  | grp:protected
hindu temple               | grp:protected
hindu temples              | grp:protected
buddhist temple            | grp:protected
buddhist temples           | grp:protected
black church               | grp:protected
black churches             | grp:protected
muslim people              | grp:protected
muslim women               | grp:protected
muslim men                 | grp:protected
jewish people              | grp:protected
the jews                   | grp:protected
orthodox jews              | grp:protected
zionist jews               | grp:protected
hindu people               | grp:protected
sikh people                | grp:protected
buddhist people            | grp:protected
mormon*                    | grp:protected
jehovah's witnesses        | grp:protected
protestant*                | grp:protected
evangelicals               | grp:protected
shia                       | grp:protected
shias                      | grp:protected
shiite*                    | grp:protected
sunni*                     | grp:protected
ahmadi*                    | grp:protected
ahmadiyya                  | grp:protected
pagans                     | grp:protected
black men                  | grp:protected
black women                | grp:protected
black person               | grp:protected
black guys                 | grp:protected
black kids                 | grp:protected
white men                  | grp:protected
white women                | grp:protected
brown people               | grp:protected
people of colour           | grp:protected
people of color            | grp:protected
poc                        | grp:protected
bipoc                      | grp:protected
minorities                 | grp:protected
ethnic minorities          | grp:protected
racial minorities          | grp:protected
negroes                    | grp:protected
asian people               | grp:protected
asian women                | grp:protected
asian americans            | grp:protected
east asians                | grp:protected
south asians               | grp:protected
southeast asians           | grp:protected
chinese people             | grp:protected
koreans                    | grp:protected
japanese                   | grp:protected
japanese people            | grp:protected
vietnamese                 | grp:protected
vietnamese people          | grp:protected
thais                      | grp:protected
thai people                | grp:protected
burmese                    | grp:protected
cambodians                 | grp:protected
khmer                      | grp:protected
laotians                   | grp:protected
malaysians                 | grp:protected
singaporeans               | grp:protected
indian people              | grp:protected
bangladeshi*               | grp:protected
nepalis                    | grp:protected
nepalese                   | grp:protected
sri lankans                | grp:protected
tamils                     | grp:protected
arab people                | grp:protected
middle eastern*            | grp:protected
iranians                   | grp:protected
persians                   | grp:protected
iraqis                     | grp:protected
afghans                    | grp:protected
afghanis                   | grp:protected
syrians                    | grp:protected
turks                      | grp:protected
kurds                      | grp:protected
nigerians                  | grp:protected
ethiopians                 | grp:protected
eritreans                  | grp:protected
sudanese                   | grp:protected
jamaicans                  | grp:protected
haitians                   | grp:protected
puerto ricans              | grp:protected
dominicans                 | grp:protected
cubans                     | grp:protected
colombians                 | grp:protected
venezuelans                | grp:protected
brazilians                 | grp:protected
mexican people             | grp:protected
latinx                     | grp:protected
romani                     | grp:protected
romanies                   | grp:protected
gypsy                      | grp:protected
irish travellers           | grp:protected
poles                      | grp:protected
polish people              | grp:protected
romanians                  | grp:protected
bulgarians                 | grp:protected
albanians                  | grp:protected
ukrainians                 | grp:protected
russians                   | grp:protected
first nations              | grp:protected
native people              | grp:protected
aborigines                 | grp:protected
indigenous people*         | grp:protected
dalits                     | grp:protected
mixed race people          | grp:protected
biracial people            | grp:protected
all men                    | grp:protected
ladies                     | grp:protected
trans women                | grp:protected
trans men                  | grp:protected
transwomen                 | grp:protected
transmen                   | grp:protected
trans woman                | grp:protected
transsexual*               | grp:protected
non-binary people          | grp:protected
non binary people          | grp:protected
nonbinary people           | grp:protected
enbies                     | grp:protected
intersex people            | grp:protected
genderqueer people         | grp:protected
gay men                    | grp:protected
gay people                 | grp:protected
gay couples                | grp:protected
bi people                  | grp:protected
pansexual*                 | grp:protected
asexual people             | grp:protected
disabled people            | grp:protected
people with disabilities   | grp:protected
handicapped people         | grp:protected
the handicapped            | grp:protected
wheelchair users           | grp:protected
deaf people                | grp:protected
the deaf                   | grp:protected
blind people               | grp:protected
the blind                  | grp:protected
autistic people            | grp:protected
autists                    | grp:protected
people with autism         | grp:protected
people with down syndrome  | grp:protected
the mentally ill           | grp:protected
mentally ill people        | grp:protected
people with mental illness | grp:protected
neurodivergent people      | grp:protected
illegal aliens             | grp:protected
boat people                | grp:protected
foreign workers            | grp:protected
guest workers              | grp:protected
undocumented people        | grp:protected
undocumented immigrants    | grp:protected
muzzies                    | grp:protected
muzzie                     | grp:protected
towelheads                 | grp:protected
ragheads                   | grp:protected
trannies                   | grp:protected
fags                       | grp:protected
faggots                    | grp:protected
dykes                      | grp:protected
homos                      | grp:protected
kikes                      | grp:protected
niggers                    | grp:protected
wetbacks                   | grp:protected
beaners                    | grp:protected
chinks                     | grp:protected
gooks                      | grp:protected
spics                      | grp:protected
pakis                      | grp:protected
gypos                      | grp:protected
pikeys                     | grp:protected
femoids                    | grp:protected
foids                      | grp:protected
# added 2026-12: singular and colloquial names, and slurs used as names for a group
an indian                  | grp:protected
indian guy*                | grp:protected
indian man                 | grp:protected
indian men                 | grp:protected
indian woman               | grp:protected
indian women               | grp:protected
indian person              | grp:protected
indian kid*                | grp:protected
indian famil*              | grp:protected
indian neighbo*            | grp:protected
a malay                    | grp:protected
malay people               | grp:protected
malay person               | grp:protected
malay man                  | grp:protected
malay men                  | grp:protected
malay woman                | grp:protected
malay women                | grp:protected
malay guy*                 | grp:protected
black guy                  | grp:protected
black man                  | grp:protected
black woman                | grp:protected
black folk                 | grp:protected
black kid                  | grp:protected
a jew                      | grp:protected
jewish person              | grp:protected
muslim person              | grp:protected
muslim guy*                | grp:protected
chinese person             | grp:protected
chinese guy*               | grp:protected
banglas                    | grp:protected
chinaman                   | grp:protected
chinamen                   | grp:protected
christard*                 | grp:protected
bugman                     | grp:protected
bugmen                     | grp:protected
coon                       | grp:protected
coons                      | grp:protected
cow worshipper*            | grp:protected
cow worshiper*             | grp:protected
cow piss drinker*          | grp:protected
bible thumper*             | grp:protected
bible basher*              | grp:protected
cripple                    | grp:protected
cripples                   | grp:protected
darkie                     | grp:protected
darkies                    | grp:protected
darky                      | grp:protected
dothead*                   | grp:protected
dyke                       | grp:protected
fag                        | grp:protected
faggot                     | grp:protected
homo                       | grp:protected
jigaboo*                   | grp:protected
kalar                      | grp:protected
kalars                     | grp:protected
kelings                    | grp:protected
mong                       | grp:protected
mongs                      | grp:protected
mongoloid*                 | grp:protected
poof                       | grp:protected
poofs                      | grp:protected
poofter*                   | grp:protected
rapefugee*                 | grp:protected
retard                     | grp:protected
retards                    | grp:protected
shemale*                   | grp:protected
spastic                    | grp:protected
spastics                   | grp:protected
spaz                       | grp:protected
spazzes                    | grp:protected
spacker*                   | grp:protected
troon*                     | grp:protected
tranny                     | grp:protected
yid                        | grp:protected
yids                       | grp:protected
kike                       | grp:protected
pajeet*                    | grp:protected
curry muncher*             | grp:protected
towelhead                  | grp:protected
raghead                    | grp:protected
chink                      | grp:protected
gook                       | grp:protected
wetback                    | grp:protected
beaner                     | grp:protected
spic                       | grp:protected
nigger*                    | grp:protected
nignog*                    | grp:protected
nig-nog*                   | grp:protected
wog                        | grp:protected
wogs                       | grp:protected
dago*                      | grp:protected
polack*                    | grp:protected
camel jockey*              | grp:protected
sand nigger*               | grp:protected
jungle bunn*               | grp:protected
porch monkey*              | grp:protected
zipperhead*                | grp:protected
ching chong*               | grp:protected
slant eye*                 | grp:protected
mudslime*                  | grp:protected
muzrat*                    | grp:protected
lezza*                     | grp:protected
carpet muncher*            | grp:protected
batty boy*                 | grp:protected
he-she*                    | grp:protected
shemale                    | grp:protected
slut                       | grp:protected
sluts                      | grp:protected
whore                      | grp:protected
whores                     | grp:protected
skank*                     | grp:protected
roastie*                   | grp:protected
illegal immigrants         | grp:protected
illegal migrants           | grp:protected
asylum seekers             | grp:protected
foreign trash              | grp:protected

# ---- grp:other: groups that are not protected (abuse of them is harassment, not hate)
politicians                | grp:other
politician                 | grp:other
the government             | grp:other
government officials       | grp:other
officials                  | grp:other
bureaucrats                | grp:other
civil servants             | grp:other
ministers                  | grp:other
mps                        | grp:other
senators                   | grp:other
congressmen                | grp:other
congress                   | grp:other
councillors                | grp:other
councilors                 | grp:other
mayors                     | grp:other
lobbyists                  | grp:other
democrats                  | grp:other
republicans                | grp:other
liberals                   | grp:other
libs                       | grp:other
libtards                   | grp:other
conservatives              | grp:other
tories                     | grp:other
labour voters              | grp:other
leftists                   | grp:other
lefties                    | grp:other
right-wingers              | grp:other
right wingers              | grp:other
socialists                 | grp:other
communists                 | grp:other
commies                    | grp:other
libertarians               | grp:other
trump supporters           | grp:other
maga                       | grp:other
maga people                | grp:other
feminists                  | grp:other
anti-vaxxers               | grp:other
anti vaxxers               | grp:other
antivaxxers                | grp:other
flat earthers              | grp:other
conspiracy theorists       | grp:other
activists                  | grp:other
protesters                 | grp:other
protestors                 | grp:other
climate activists          | grp:other
environmentalists          | grp:other
vegans                     | grp:other
bankers                    | grp:other
banks                      | grp:other
investors                  | grp:other
shareholders               | grp:other
billionaires               | grp:other
millionaires               | grp:other
the rich                   | grp:other
rich people                | grp:other
elites                     | grp:other
the elite                  | grp:other
ceos                       | grp:other
executives                 | grp:other
bosses                     | grp:other
managers                   | grp:other
recruiters                 | grp:other
landlords                  | grp:other
landlord                   | grp:other
estate agents              | grp:other
real estate agents         | grp:other
realtors                   | grp:other
salesmen                   | grp:other
car salesmen               | grp:other
telemarketers              | grp:other
corporations               | grp:other
big pharma                 | grp:other
insurance companies        | grp:other
lawyers                    | grp:other
attorneys                  | grp:other
judges                     | grp:other
police                     | grp:other
the police                 | grp:other
cops                       | grp:other
police officers            | grp:other
policemen                  | grp:other
security guards            | grp:other
soldiers                   | grp:other
the army                   | grp:other
the military               | grp:other
journalists                | grp:other
reporters                  | grp:other
the media                  | grp:other
mainstream media           | grp:other
doctors                    | grp:other
nurses                     | grp:other
teachers                   | grp:other
professors                 | grp:other
academics                  | grp:other
scientists                 | grp:other
economists                 | grp:other
students                   | grp:other
referees                   | grp:other
refs                       | grp:other
the ref                    | grp:other
umpires                    | grp:other
linesmen                   | grp:other
players                    | grp:other
footballers                | grp:other
coaches                    | grp:other
fans                       | grp:other
fanboys                    | grp:other
stans                      | grp:other
kpop stans                 | grp:other
swifties                   | grp:other
supporters                 | grp:other
ultras                     | grp:other
hooligans                  | grp:other
united fans                | grp:other
man utd fans               | grp:other
man united fans            | grp:other
liverpool fans             | grp:other
chelsea fans               | grp:other
arsenal fans               | grp:other
city fans                  | grp:other
spurs fans                 | grp:other
everton fans               | grp:other
barca fans                 | grp:other
madrid fans                | grp:other
lakers fans                | grp:other
cowboys fans               | grp:other
yankees fans               | grp:other
influencers                | grp:other
influencer                 | grp:other
youtubers                  | grp:other
tiktokers                  | grp:other
streamers                  | grp:other
content creators           | grp:other
bloggers                   | grp:other
vloggers                   | grp:other
celebrities                | grp:other
celebs                     | grp:other
actors                     | grp:other
actresses                  | grp:other
musicians                  | grp:other
rappers                    | grp:other
gamers                     | grp:other
gamer                      | grp:other
redditors                  | grp:other
twitter users              | grp:other
mods                       | grp:other
moderators                 | grp:other
admins                     | grp:other
trolls                     | grp:other
bots                       | grp:other
boomers                    | grp:other
millennials                | grp:other
zoomers                    | grp:other
gen z                      | grp:other
teenagers                  | grp:other
teens                      | grp:other
incels                     | grp:other
karens                     | grp:other
hipsters                   | grp:other
crypto bros                | grp:other
cryptobros                 | grp:other
tech bros                  | grp:other
techbros                   | grp:other
nft bros                   | grp:other
cyclists                   | grp:other
drivers                    | grp:other
truck drivers              | grp:other
truckers                   | grp:other
taxi drivers               | grp:other
uber drivers               | grp:other
bikers                     | grp:other
motorists                  | grp:other
smokers                    | grp:other
vapers                     | grp:other
tourists                   | grp:other
neighbours                 | grp:other
neighbors                  | grp:other
in-laws                    | grp:other
tenants                    | grp:other
customers                  | grp:other
developers                 | grp:other
programmers                | grp:other
the royals                 | grp:other
royals                     | grp:other
# added 2026-12
grab drivers               | grp:other
grab driver                | grp:other
k-pop stans                | grp:other
k pop stans                | grp:other
kpop fans                  | grp:other
k-pop fans                 | grp:other
man u fans                 | grp:other
football fans              | grp:other
estate agent               | grp:other
insurance agents           | grp:other
insurance salesmen         | grp:other
insurance sales*           | grp:other
debt collectors            | grp:other
bailiffs                   | grp:other
traffic wardens            | grp:other
parking wardens            | grp:other
tax collectors             | grp:other
car dealers                | grp:other
used car salesmen          | grp:other
lawmakers                  | grp:other
legislators                | grp:other
the cabinet                | grp:other
cabinet ministers          | grp:other
brexiteers                 | grp:other
remainers                  | grp:other
big tech                   | grp:other
tech companies             | grp:other
hedge fund managers        | grp:other
the referee                | grp:other
referee                    | grp:other
lawyer                     | grp:other
scalpers                   | grp:other
spammers                   | grp:other
paparazzi                  | grp:other
critics                    | grp:other
haters                     | grp:other

# ---- grp:pronoun: third-person plural pronouns and back-references to a group
they                       | grp:pronoun
them                       | grp:pronoun
their                      | grp:pronoun
theirs                     | grp:pronoun
themselves                 | grp:pronoun
they're                    | grp:pronoun
theyre                     | grp:pronoun
'em                        | grp:pronoun
people like them           | grp:pronoun
people like that           | grp:pronoun
the likes of them          | grp:pronoun
that lot                   | grp:pronoun
this lot                   | grp:pronoun
those ones                 | grp:pronoun
these ones                 | grp:pronoun
such people                | grp:pronoun
all of them                | grp:pronoun
every one of them          | grp:pronoun
each of them               | grp:pronoun
these guys                 | grp:pronoun
those guys                 | grp:pronoun
these folks                | grp:pronoun
those folks                | grp:pronoun
their people               | grp:pronoun
that crowd                 | grp:pronoun
that bunch                 | grp:pronoun
these types                | grp:pronoun
those types                | grp:pronoun
their sort                 | grp:pronoun
# added 2026-12
they all                   | grp:pronoun
them all                   | grp:pronoun
all of em                  | grp:pronoun
any of them                | grp:pronoun
none of them               | grp:pronoun
the lot of them            | grp:pronoun
every last one of them     | grp:pronoun
every single one of them   | grp:pronoun
each and every one of them | grp:pronoun
the whole lot of them      | grp:pronoun
their lot                  | grp:pronoun
these lot                  | grp:pronoun
that sort                  | grp:pronoun
this sort                  | grp:pronoun
that kind                  | grp:pronoun
such types                 | grp:pronoun
these kinds of people      | grp:pronoun
those kinds of people      | grp:pronoun
this kind of people        | grp:pronoun
people of that kind        | grp:pronoun
your kind                  | grp:pronoun

# ---- pred:emotion: strong negative emotion about a group
hate                       | pred:emotion | 0.8 | hate_emotion_group
hates                      | pred:emotion | 0.8 | hate_emotion_group
hated                      | pred:emotion | 0.75 | hate_emotion_group
hating                     | pred:emotion | 0.75 | hate_emotion_group
i hate                     | pred:emotion | 0.9 | hate_emotion_group
we hate                    | pred:emotion | 0.9 | hate_emotion_group
i fucking hate             | pred:emotion | 0.9 | hate_emotion_group
fucking hate               | pred:emotion | 0.9 | hate_emotion_group
hate all                   | pred:emotion | 0.9 | hate_emotion_group
hate every                 | pred:emotion | 0.9 | hate_emotion_group
hate the sight of          | pred:emotion | 0.9 | hate_emotion_group
hate everything about      | pred:emotion | 0.9 | hate_emotion_group
despise                    | pred:emotion | 0.9 | hate_emotion_group
despises                   | pred:emotion | 0.85 | hate_emotion_group
despised                   | pred:emotion | 0.85 | hate_emotion_group
loathe                     | pred:emotion | 0.9 | hate_emotion_group
loathes                    | pred:emotion | 0.85 | hate_emotion_group
loathing                   | pred:emotion | 0.85 | hate_emotion_group
detest                     | pred:emotion | 0.9 | hate_emotion_group
detests                    | pred:emotion | 0.85 | hate_emotion_group
abhor                      | pred:emotion | 0.9 | hate_emotion_group
abhors                     | pred:emotion | 0.85 | hate_emotion_group
re:\bcan['’]?t stand\b     | pred:emotion | 0.85 | hate_emotion_group
cannot stand               | pred:emotion | 0.85 | hate_emotion_group
re:\bcan['’]?t bear\b      | pred:emotion | 0.8 | hate_emotion_group
cannot bear                | pred:emotion | 0.8 | hate_emotion_group
re:\bcan['’]?t tolerate\b  | pred:emotion | 0.8 | hate_emotion_group
cannot tolerate            | pred:emotion | 0.8 | hate_emotion_group
re:\bwon['’]?t tolerate\b  | pred:emotion | 0.75 | hate_emotion_group
sick of                    | pred:emotion | 0.8 | hate_emotion_group
sick and tired of          | pred:emotion | 0.85 | hate_emotion_group
fed up with                | pred:emotion | 0.75 | hate_emotion_group
disgusted by               | pred:emotion | 0.85 | hate_emotion_group
disgusted with             | pred:emotion | 0.85 | hate_emotion_group
disgust me                 | pred:emotion | 0.9 | hate_emotion_group
disgusts me                | pred:emotion | 0.9 | hate_emotion_group
make me sick               | pred:emotion | 0.85 | hate_emotion_group
makes me sick              | pred:emotion | 0.85 | hate_emotion_group
make me want to vomit      | pred:emotion | 0.9 | hate_emotion_group
make me want to puke       | pred:emotion | 0.9 | hate_emotion_group
make me puke               | pred:emotion | 0.85 | hate_emotion_group
repulse me                 | pred:emotion | 0.85 | hate_emotion_group
repulses me                | pred:emotion | 0.85 | hate_emotion_group
repulsed by                | pred:emotion | 0.85 | hate_emotion_group
revolt me                  | pred:emotion | 0.85 | hate_emotion_group
revolted by                | pred:emotion | 0.85 | hate_emotion_group
nauseate me                | pred:emotion | 0.85 | hate_emotion_group
gross me out               | pred:emotion | 0.75 | hate_emotion_group
nothing but contempt       | pred:emotion | 0.9 | hate_emotion_group
my hatred                  | pred:emotion | 0.85 | hate_emotion_group
re:\b(i|we) (have|feel) (nothing but )?(contempt|hatred|disgust|loathing) (for|towards?)\b | pred:emotion | 0.85 | hate_emotion_group
want nothing to do with    | pred:emotion | 0.75 | hate_emotion_group
disdain                    | pred:emotion | 0.8 | hate_emotion_group
so much hate for           | pred:emotion | 0.9 | hate_emotion_group
# added 2026-12: rage and disgust idioms, profanity said of a group (only counts next to one)
re:\bfill(s|ed)? me with (rage|disgust|hatred|hate|anger|fury|loathing|revulsion|contempt)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(make|makes|made|making) my blood boil\b | pred:emotion | 0.85 | hate_emotion_group
my blood boils             | pred:emotion | 0.8 | hate_emotion_group
sickens me                 | pred:emotion | 0.85 | hate_emotion_group
sicken me                  | pred:emotion | 0.85 | hate_emotion_group
sick to my stomach         | pred:emotion | 0.85 | hate_emotion_group
re:\b(make|makes|made) me (want to |wanna )?(throw up|gag|retch|heave)\b | pred:emotion | 0.85 | hate_emotion_group
enrage me                  | pred:emotion | 0.8 | hate_emotion_group
enrages me                 | pred:emotion | 0.8 | hate_emotion_group
infuriate me               | pred:emotion | 0.8 | hate_emotion_group
infuriates me              | pred:emotion | 0.8 | hate_emotion_group
piss me off                | pred:emotion | 0.75 | hate_emotion_group
pisses me off              | pred:emotion | 0.75 | hate_emotion_group
re:\bcan['’]?t stomach\b | pred:emotion | 0.85 | hate_emotion_group
cannot stomach             | pred:emotion | 0.85 | hate_emotion_group
fuck                       | pred:emotion | 0.7 | hate_emotion_group
fuck all                   | pred:emotion | 0.85 | hate_emotion_group
fuck every                 | pred:emotion | 0.85 | hate_emotion_group
fuck these                 | pred:emotion | 0.85 | hate_emotion_group
fuck those                 | pred:emotion | 0.85 | hate_emotion_group
fuck them                  | pred:emotion | 0.85 | hate_emotion_group
fuck em                    | pred:emotion | 0.85 | hate_emotion_group
fuck the lot               | pred:emotion | 0.85 | hate_emotion_group
re:\b(fck|fuk|fuq|fcuk|phuck|fuxk|fukk)\b | pred:emotion | 0.75 | hate_emotion_group
re:\bf[*#@][*#@]{0,2}(c?k\b)? | pred:emotion | 0.7 | hate_emotion_group
screw all                  | pred:emotion | 0.8 | hate_emotion_group
screw them                 | pred:emotion | 0.8 | hate_emotion_group
screw these                | pred:emotion | 0.8 | hate_emotion_group
screw those                | pred:emotion | 0.8 | hate_emotion_group
to hell with               | pred:emotion | 0.85 | hate_emotion_group
to hell                    | pred:emotion | 0.75 | hate_emotion_group
re:\bdamn (all|every|them|em|those|these|the lot)\b | pred:emotion | 0.8 | hate_emotion_group

# ---- pred:attribute: very negative attributes said of a group
filthy                     | pred:attribute | 0.8 | negative_attribute_group
dirty                      | pred:attribute | 0.7 | negative_attribute_group
disgusting                 | pred:attribute | 0.8 | negative_attribute_group
revolting                  | pred:attribute | 0.8 | negative_attribute_group
repulsive                  | pred:attribute | 0.8 | negative_attribute_group
vile                       | pred:attribute | 0.8 | negative_attribute_group
gross                      | pred:attribute | 0.65 | negative_attribute_group
smelly                     | pred:attribute | 0.75 | negative_attribute_group
stinky                     | pred:attribute | 0.75 | negative_attribute_group
stink                      | pred:attribute | 0.75 | negative_attribute_group
stinks                     | pred:attribute | 0.75 | negative_attribute_group
reek                       | pred:attribute | 0.75 | negative_attribute_group
smell like                 | pred:attribute | 0.75 | negative_attribute_group
smell bad                  | pred:attribute | 0.75 | negative_attribute_group
stink of                   | pred:attribute | 0.8 | negative_attribute_group
unwashed                   | pred:attribute | 0.7 | negative_attribute_group
re:\b(never|don['’]?t|do not) (wash|shower|bathe)\b | pred:attribute | 0.7 | negative_attribute_group
liars                      | pred:attribute | 0.75 | negative_attribute_group
thieves                    | pred:attribute | 0.8 | negative_attribute_group
thief                      | pred:attribute | 0.7 | negative_attribute_group
criminals                  | pred:attribute | 0.8 | negative_attribute_group
crooks                     | pred:attribute | 0.75 | negative_attribute_group
cheats                     | pred:attribute | 0.7 | negative_attribute_group
cheaters                   | pred:attribute | 0.7 | negative_attribute_group
frauds                     | pred:attribute | 0.7 | negative_attribute_group
scammers                   | pred:attribute | 0.75 | negative_attribute_group
con artists                | pred:attribute | 0.75 | negative_attribute_group
thugs                      | pred:attribute | 0.8 | negative_attribute_group
gangsters                  | pred:attribute | 0.7 | negative_attribute_group
rapists                    | pred:attribute | 0.85 | negative_attribute_group
murderers                  | pred:attribute | 0.85 | negative_attribute_group
killers                    | pred:attribute | 0.8 | negative_attribute_group
terrorists                 | pred:attribute | 0.85 | negative_attribute_group
jihadis                    | pred:attribute | 0.8 | negative_attribute_group
pedophiles                 | pred:attribute | 0.85 | negative_attribute_group
paedophiles                | pred:attribute | 0.85 | negative_attribute_group
pedos                      | pred:attribute | 0.85 | negative_attribute_group
groomers                   | pred:attribute | 0.85 | negative_attribute_group
predators                  | pred:attribute | 0.8 | negative_attribute_group
perverts                   | pred:attribute | 0.8 | negative_attribute_group
perverted                  | pred:attribute | 0.75 | negative_attribute_group
deviants                   | pred:attribute | 0.8 | negative_attribute_group
degenerates                | pred:attribute | 0.85 | negative_attribute_group
degenerate                 | pred:attribute | 0.8 | negative_attribute_group
freaks                     | pred:attribute | 0.8 | negative_attribute_group
abominations               | pred:attribute | 0.85 | negative_attribute_group
an abomination             | pred:attribute | 0.85 | negative_attribute_group
unnatural                  | pred:attribute | 0.7 | negative_attribute_group
abnormal                   | pred:attribute | 0.7 | negative_attribute_group
sinful                     | pred:attribute | 0.6 | negative_attribute_group
evil                       | pred:attribute | 0.75 | negative_attribute_group
wicked                     | pred:attribute | 0.65 | negative_attribute_group
demonic                    | pred:attribute | 0.75 | negative_attribute_group
satanic                    | pred:attribute | 0.75 | negative_attribute_group
devil worshippers          | pred:attribute | 0.8 | negative_attribute_group
inferior                   | pred:attribute | 0.85 | negative_attribute_group
a lesser race              | pred:attribute | 0.85 | negative_attribute_group
lesser beings              | pred:attribute | 0.85 | negative_attribute_group
second-class               | pred:attribute | 0.7 | negative_attribute_group
second class citizens      | pred:attribute | 0.75 | negative_attribute_group
stupid                     | pred:attribute | 0.75 | negative_attribute_group
dumb                       | pred:attribute | 0.7 | negative_attribute_group
idiots                     | pred:attribute | 0.75 | negative_attribute_group
morons                     | pred:attribute | 0.75 | negative_attribute_group
imbeciles                  | pred:attribute | 0.75 | negative_attribute_group
retarded                   | pred:attribute | 0.8 | negative_attribute_group
retards                    | pred:attribute | 0.85 | negative_attribute_group
brainless                  | pred:attribute | 0.75 | negative_attribute_group
mindless                   | pred:attribute | 0.65 | negative_attribute_group
ignorant                   | pred:attribute | 0.65 | negative_attribute_group
uneducated                 | pred:attribute | 0.6 | negative_attribute_group
illiterate                 | pred:attribute | 0.6 | negative_attribute_group
too stupid to              | pred:attribute | 0.8 | negative_attribute_group
not smart enough           | pred:attribute | 0.7 | negative_attribute_group
primitive                  | pred:attribute | 0.75 | negative_attribute_group
backward                   | pred:attribute | 0.7 | negative_attribute_group
backwards                  | pred:attribute | 0.7 | negative_attribute_group
uncivilised                | pred:attribute | 0.8 | negative_attribute_group
uncivilized                | pred:attribute | 0.8 | negative_attribute_group
barbaric                   | pred:attribute | 0.8 | negative_attribute_group
barbarians                 | pred:attribute | 0.85 | negative_attribute_group
savage                     | pred:attribute | 0.8 | negative_attribute_group
a threat to children       | pred:attribute | 0.85 | negative_attribute_group
a danger to children       | pred:attribute | 0.85 | negative_attribute_group
prey on children           | pred:attribute | 0.85 | negative_attribute_group
lazy                       | pred:attribute | 0.65 | negative_attribute_group
useless                    | pred:attribute | 0.7 | negative_attribute_group
worthless                  | pred:attribute | 0.85 | negative_attribute_group
good for nothing           | pred:attribute | 0.8 | negative_attribute_group
good-for-nothing           | pred:attribute | 0.8 | negative_attribute_group
pathetic                   | pred:attribute | 0.65 | negative_attribute_group
lowlifes                   | pred:attribute | 0.8 | negative_attribute_group
low lifes                  | pred:attribute | 0.8 | negative_attribute_group
lowlife                    | pred:attribute | 0.75 | negative_attribute_group
losers                     | pred:attribute | 0.6 | negative_attribute_group
ugly                       | pred:attribute | 0.65 | negative_attribute_group
hideous                    | pred:attribute | 0.7 | negative_attribute_group
greedy                     | pred:attribute | 0.65 | negative_attribute_group
money-grabbing             | pred:attribute | 0.75 | negative_attribute_group
money grabbing             | pred:attribute | 0.75 | negative_attribute_group
money grubbing             | pred:attribute | 0.75 | negative_attribute_group
untrustworthy              | pred:attribute | 0.7 | negative_attribute_group
re:\bcan['’]?t be trusted\b | pred:attribute | 0.75 | negative_attribute_group
cannot be trusted          | pred:attribute | 0.75 | negative_attribute_group
never be trusted           | pred:attribute | 0.75 | negative_attribute_group
traitors                   | pred:attribute | 0.75 | negative_attribute_group
treacherous                | pred:attribute | 0.75 | negative_attribute_group
sneaky                     | pred:attribute | 0.6 | negative_attribute_group
devious                    | pred:attribute | 0.65 | negative_attribute_group
parasitic                  | pred:attribute | 0.8 | negative_attribute_group
freeloaders                | pred:attribute | 0.75 | negative_attribute_group
freeloading                | pred:attribute | 0.7 | negative_attribute_group
scroungers                 | pred:attribute | 0.75 | negative_attribute_group
spongers                   | pred:attribute | 0.7 | negative_attribute_group
benefit cheats             | pred:attribute | 0.75 | negative_attribute_group
welfare queens             | pred:attribute | 0.8 | negative_attribute_group
a burden                   | pred:attribute | 0.75 | negative_attribute_group
a burden on society        | pred:attribute | 0.8 | negative_attribute_group
a drain on                 | pred:attribute | 0.75 | negative_attribute_group
ruin everything            | pred:attribute | 0.7 | negative_attribute_group
ruining this country       | pred:attribute | 0.75 | negative_attribute_group
ruining our country        | pred:attribute | 0.75 | negative_attribute_group
destroying this country    | pred:attribute | 0.75 | negative_attribute_group
destroying our country     | pred:attribute | 0.75 | negative_attribute_group
invaders                   | pred:attribute | 0.8 | negative_attribute_group
an invasion                | pred:attribute | 0.8 | negative_attribute_group
occupiers                  | pred:attribute | 0.7 | negative_attribute_group
fanatics                   | pred:attribute | 0.7 | negative_attribute_group
extremists                 | pred:attribute | 0.7 | negative_attribute_group
hysterical                 | pred:attribute | 0.65 | negative_attribute_group
too emotional              | pred:attribute | 0.65 | negative_attribute_group
only good for              | pred:attribute | 0.75 | negative_attribute_group
re:\b(are|is|r) (so |very |too |extremely |all |inherently )?(dangerous|violent|a threat|a danger|a menace)\b | pred:attribute | 0.7 | negative_attribute_group
whores                     | pred:attribute | 0.85 | negative_attribute_group
sluts                      | pred:attribute | 0.85 | negative_attribute_group
slutty                     | pred:attribute | 0.8 | negative_attribute_group
hoes                       | pred:attribute | 0.8 | negative_attribute_group
bitches                    | pred:attribute | 0.8 | negative_attribute_group
gold diggers               | pred:attribute | 0.75 | negative_attribute_group
re:\b(are|is) (all )?mentally ill\b | pred:attribute | 0.7 | negative_attribute_group
a mental illness           | pred:attribute | 0.8 | negative_attribute_group
a mental disorder          | pred:attribute | 0.8 | negative_attribute_group
sick in the head           | pred:attribute | 0.8 | negative_attribute_group
psychos                    | pred:attribute | 0.75 | negative_attribute_group
psychopaths                | pred:attribute | 0.75 | negative_attribute_group
lunatics                   | pred:attribute | 0.75 | negative_attribute_group
delusional                 | pred:attribute | 0.7 | negative_attribute_group
not real women             | pred:attribute | 0.8 | negative_attribute_group
not real men               | pred:attribute | 0.75 | negative_attribute_group
fake women                 | pred:attribute | 0.8 | negative_attribute_group
men in dresses             | pred:attribute | 0.8 | negative_attribute_group
cowards                    | pred:attribute | 0.65 | negative_attribute_group
inbred                     | pred:attribute | 0.85 | negative_attribute_group
heathens                   | pred:attribute | 0.7 | negative_attribute_group
infidels                   | pred:attribute | 0.7 | negative_attribute_group
godless                    | pred:attribute | 0.65 | negative_attribute_group
brainwashed                | pred:attribute | 0.65 | negative_attribute_group
control the media          | pred:attribute | 0.75 | negative_attribute_group
control the banks          | pred:attribute | 0.75 | negative_attribute_group
run the world              | pred:attribute | 0.7 | negative_attribute_group
a disgrace                 | pred:attribute | 0.7 | negative_attribute_group
abhorrent                  | pred:attribute | 0.8 | negative_attribute_group
despicable                 | pred:attribute | 0.8 | negative_attribute_group
detestable                 | pred:attribute | 0.8 | negative_attribute_group
loathsome                  | pred:attribute | 0.8 | negative_attribute_group
contemptible               | pred:attribute | 0.8 | negative_attribute_group
repugnant                  | pred:attribute | 0.8 | negative_attribute_group
abominable                 | pred:attribute | 0.8 | negative_attribute_group
re:\b(are|is|r) (the )?(absolute |very |literal )?worst\b | pred:attribute | 0.75 | negative_attribute_group
know their place           | pred:attribute | 0.75 | negative_attribute_group
should know their place    | pred:attribute | 0.8 | negative_attribute_group
the root of all evil       | pred:attribute | 0.8 | negative_attribute_group
a mistake of nature        | pred:attribute | 0.85 | negative_attribute_group
re:\bshould(n['’]?t| not) be trusted\b | pred:attribute | 0.75 | negative_attribute_group
re:\bcan['’]?t be civili[sz]ed\b | pred:attribute | 0.8 | negative_attribute_group
always stealing            | pred:attribute | 0.8 | negative_attribute_group
always lying               | pred:attribute | 0.75 | negative_attribute_group
only know violence         | pred:attribute | 0.8 | negative_attribute_group
steal our jobs             | pred:attribute | 0.7 | negative_attribute_group
stealing our jobs          | pred:attribute | 0.7 | negative_attribute_group
taking our jobs            | pred:attribute | 0.7 | negative_attribute_group
contribute nothing         | pred:attribute | 0.75 | negative_attribute_group
re:\b(don['’]?t|do not) contribute anything\b | pred:attribute | 0.7 | negative_attribute_group
re:\bdon['’]?t have (any )?(feelings|souls?|brains?|morals|culture|manners|empathy)\b | pred:attribute | 0.75 | negative_attribute_group
re:\bhave no (feelings|souls?|brains?|morals|culture|manners|empathy)\b | pred:attribute | 0.75 | negative_attribute_group
low iq                     | pred:attribute | 0.8 | negative_attribute_group
low-iq                     | pred:attribute | 0.8 | negative_attribute_group
re:\blives (don['’]?t|do not|doesn['’]?t) matter\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(aren['’]?t|are not|isn['’]?t|is not) worth (anything|saving|the air|the oxygen|a damn|shit|respect|a thing)\b | pred:attribute | 0.8 | negative_attribute_group
worth nothing              | pred:attribute | 0.8 | negative_attribute_group
# added 2026-12: dishonesty, "never trust", negated positives with their own negator, profane nouns,
# implicit stereotypes (the wallet, the neighbourhood), contributions denied
dishonest                  | pred:attribute | 0.75 | negative_attribute_group
deceitful                  | pred:attribute | 0.75 | negative_attribute_group
born liars                 | pred:attribute | 0.8 | negative_attribute_group
compulsive liars           | pred:attribute | 0.8 | negative_attribute_group
pathological liars         | pred:attribute | 0.8 | negative_attribute_group
re:(^|[.!?,;:]\s*|\b(i|we|you|u|people|one|should|must|always|just|and)\s+)never trust\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(can['’]?t|cannot|can never|could never|never|don['’]?t ever|do not ever|shouldn['’]?t|should never) (ever )?trust (any|a single|one|none|them|em|those|these|that lot|such)\b | pred:attribute | 0.8 | negative_attribute_group
not to be trusted          | pred:attribute | 0.75 | negative_attribute_group
should never be trusted    | pred:attribute | 0.8 | negative_attribute_group
can never be trusted       | pred:attribute | 0.8 | negative_attribute_group
re:\b(are|r|so|all|inherently|naturally|always|very|too|genetically)( so| all| very| just| really| fucking)? (violent|aggressive|dishonest|deceitful|untrustworthy|corrupt|lazy|dirty|filthy|stupid|dumb|primitive|savage|barbaric|greedy|sneaky|treacherous|hostile|arrogant|rude|selfish|entitled|ungrateful|smelly|ugly|nasty|vile|disgusting|criminal|immoral|perverted|unclean|thick)\b | pred:attribute | 0.75 | negative_attribute_group
by nature                  | pred:attribute | 0.6 | negative_attribute_group
manipulative               | pred:attribute | 0.7 | negative_attribute_group
conniving                  | pred:attribute | 0.7 | negative_attribute_group
scheming                   | pred:attribute | 0.7 | negative_attribute_group
depraved                   | pred:attribute | 0.8 | negative_attribute_group
immoral                    | pred:attribute | 0.7 | negative_attribute_group
re:\b(horrible|awful|terrible|bad|evil|vile|nasty|disgusting|filthy|dirty|rotten|sick|twisted|worthless|useless|horrid|despicable|wretched) (people|creatures|folk|lot|bunch|species|race)\b | pred:attribute | 0.8 | negative_attribute_group
insufferable               | pred:attribute | 0.7 | negative_attribute_group
obnoxious                  | pred:attribute | 0.65 | negative_attribute_group
ungrateful                 | pred:attribute | 0.65 | negative_attribute_group
halfwits                   | pred:attribute | 0.75 | negative_attribute_group
dimwits                    | pred:attribute | 0.75 | negative_attribute_group
cretins                    | pred:attribute | 0.8 | negative_attribute_group
dumbasses                  | pred:attribute | 0.8 | negative_attribute_group
idiotic                    | pred:attribute | 0.75 | negative_attribute_group
moronic                    | pred:attribute | 0.75 | negative_attribute_group
inbreds                    | pred:attribute | 0.85 | negative_attribute_group
shitheads                  | pred:attribute | 0.8 | negative_attribute_group
shithead                   | pred:attribute | 0.75 | negative_attribute_group
dickheads                  | pred:attribute | 0.8 | negative_attribute_group
assholes                   | pred:attribute | 0.8 | negative_attribute_group
arseholes                  | pred:attribute | 0.8 | negative_attribute_group
bastards                   | pred:attribute | 0.8 | negative_attribute_group
cunts                      | pred:attribute | 0.85 | negative_attribute_group
twats                      | pred:attribute | 0.8 | negative_attribute_group
wankers                    | pred:attribute | 0.8 | negative_attribute_group
fuckers                    | pred:attribute | 0.85 | negative_attribute_group
motherfuckers              | pred:attribute | 0.85 | negative_attribute_group
pricks                     | pred:attribute | 0.75 | negative_attribute_group
douchebags                 | pred:attribute | 0.75 | negative_attribute_group
shitbags                   | pred:attribute | 0.8 | negative_attribute_group
piece of shit              | pred:attribute | 0.8 | negative_attribute_group
sacks of shit              | pred:attribute | 0.85 | negative_attribute_group
turds                      | pred:attribute | 0.8 | negative_attribute_group
tossers                    | pred:attribute | 0.75 | negative_attribute_group
always whining             | pred:attribute | 0.85 | negative_attribute_group
always complaining         | pred:attribute | 0.65 | negative_attribute_group
always moaning             | pred:attribute | 0.65 | negative_attribute_group
playing the victim         | pred:attribute | 0.7 | negative_attribute_group
play the victim            | pred:attribute | 0.7 | negative_attribute_group
race card                  | pred:attribute | 0.7 | negative_attribute_group
burden on                  | pred:attribute | 0.75 | negative_attribute_group
drain on society           | pred:attribute | 0.8 | negative_attribute_group
drain on resources         | pred:attribute | 0.75 | negative_attribute_group
bleeding us dry            | pred:attribute | 0.75 | negative_attribute_group
sponge off                 | pred:attribute | 0.75 | negative_attribute_group
sponging off               | pred:attribute | 0.75 | negative_attribute_group
re:\bliv(e|es|ing) off (benefits|welfare|handouts|the state|our taxes|taxpayers)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(take|taking|took|steal|stealing|stole|stealin)( all)? our (jobs|women|homes|houses|benefits|country|land)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(ruin|ruins|ruined|ruining|destroy|destroys|destroyed|destroying|wreck|wrecks|wrecked|wrecking) (this|our|the|my|every|any) (country|nation|neighbourhood|neighborhood|town|city|area|street|community|culture|society|schools?|workplace|office|game)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(goes|go|went|gone|going) (downhill|to shit|to hell|to the dogs)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bring|brings|bringing|brought) (crime|disease|drugs|violence|trouble|chaos|filth|problems)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(into|in to) (a|the) (ghetto|slum|shithole|dump|cesspit|cesspool|third world)\b | pred:attribute | 0.8 | negative_attribute_group
shithole                   | pred:attribute | 0.7 | negative_attribute_group
lower the tone             | pred:attribute | 0.7 | negative_attribute_group
re:\b(check|checks|checking|hold|holding|clutch|clutches|clutching|hide|hiding|guard|guarding|grip|gripping|watch|watching)( on to| onto)? my (wallet|purse|bag|handbag|phone|valuables|pockets?)\b | pred:attribute | 0.75 | negative_attribute_group
re:\bcross(es|ing)? the (street|road)\b | pred:attribute | 0.6 | negative_attribute_group
nothing good about         | pred:attribute | 0.85 | negative_attribute_group
re:\bnothing (good|positive|nice|decent|redeeming|worthwhile) (to say )?about\b | pred:attribute | 0.85 | negative_attribute_group
no redeeming qualities     | pred:attribute | 0.85 | negative_attribute_group
re:\bnot (a single|one) (good|redeeming|positive) (thing|quality)\b | pred:attribute | 0.85 | negative_attribute_group
nothing of value           | pred:attribute | 0.8 | negative_attribute_group
nothing of worth           | pred:attribute | 0.8 | negative_attribute_group
re:\b(contribute|contributes|contributed|contributing|add|adds|added|offer|offers|offered|give|gives|gave|bring|brings|brought|provide|provides) (absolutely )?nothing\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(have|has|had)? ?never (contributed|contribute|done anything (good|useful|worthwhile)|achieved anything|invented anything|built anything|created anything|produced anything)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(of|have|has|with) no (value|use|worth)\b | pred:attribute | 0.75 | negative_attribute_group
useless to society         | pred:attribute | 0.85 | negative_attribute_group
worthless to society       | pred:attribute | 0.85 | negative_attribute_group
net negative               | pred:attribute | 0.8 | negative_attribute_group
re:\b(will |can |should |could )?never be (equal|our equals|equals|as good as|one of us|accepted|welcome|welcomed|trusted|normal|real|a real|true|proper|civilised|civilized|intelligent|smart|clean|decent|honest|human|people|citizens|loyal|british|american|malaysian|indonesian|filipino)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(are|is|r)( not|n['’]t) (our )?(equals?|equal to (us|the rest of us|everyone else|normal people))\b | pred:attribute | 0.85 | negative_attribute_group
re:\bnot (our )?equals?( to (us|the rest of us|everyone else|normal people))?\b | pred:attribute | 0.8 | negative_attribute_group
less than us               | pred:attribute | 0.8 | negative_attribute_group
beneath us                 | pred:attribute | 0.8 | negative_attribute_group
inferior to us             | pred:attribute | 0.85 | negative_attribute_group
not one of us              | pred:attribute | 0.75 | negative_attribute_group
re:\b(never|won['’]?t|refuse to|can['’]?t|cannot|will not|don['’]?t) (ever )?(integrate|assimilate|fit in|belong|adapt|learn our ways)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(are|is|r)( not|n['’]t) (real|proper|true|actual|normal) (women|woman|men|man|people|citizens|humans|parents|muslims|christians|americans|british|malaysians|indonesians|filipinos)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(not|never|aren['’]?t|isn['’]?t|ain['’]?t) worth (saving|helping|the air (they|it) breathes?|the oxygen|a damn|a thing|shit|anything|listening to|the space|the effort|respecting|a penny|a dime|the trouble|keeping alive)\b | pred:attribute | 0.8 | negative_attribute_group
worth less than            | pred:attribute | 0.8 | negative_attribute_group
capable of nothing         | pred:attribute | 0.8 | negative_attribute_group
incapable of               | pred:attribute | 0.75 | negative_attribute_group
re:\b(can['’]?t|cannot) (think|do anything right|be educated|be civilised|be civilized|be taught|learn|behave|control themselves)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(have|has|with|got) (no|zero) (morals|brains|brain|culture|manners|shame|souls?|dignity|honou?r|loyalty|values|decency|self-respect|conscience|intelligence|common sense)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(don['’]?t|do not|doesn['’]?t|never) deserve (any |our |the same |equal |basic )?(respect|rights|kindness|sympathy|help|dignity|equality|a voice|compassion|to be heard|to vote|to be here|citizenship|freedom|a chance|protection|jobs|benefits|healthcare|housing|anything|love|mercy|a place)\b | pred:attribute | 0.8 | negative_attribute_group
deserve nothing            | pred:attribute | 0.8 | negative_attribute_group
deserve no                 | pred:attribute | 0.75 | negative_attribute_group
re:\bhave no right to (be here|exist|vote|speak|an opinion|complain|marry|live here|work here|citizenship)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(who|that)( are|['’]re| is| was| were)?( not|n['’]t) (stupid|dumb|lazy|dirty|criminals|a criminal|thieves|a thief|terrorists|a terrorist|liars|a liar|violent|ugly|smelly|idiots|an idiot|retarded|crazy|psychos|perverts|a pervert|useless|scum|trash|animals|an animal|disgusting)\b | pred:attribute | 0.65 | negative_attribute_group
re:\b(a danger|a threat|a menace|dangerous) to (society|our society|our way of life|our children|our kids|kids|women|our women|decent people|normal people|the public|everyone)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(prey|preying|preys) on\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(groom|grooming|abuse|abusing|molest|molesting|corrupt|corrupting|recruit|recruiting|indoctrinate|indoctrinating) (our |the )?(children|kids|youth|young people|boys|girls)\b | pred:attribute | 0.85 | negative_attribute_group
child molesters            | pred:attribute | 0.9 | negative_attribute_group
molesters                  | pred:attribute | 0.85 | negative_attribute_group
nonces                     | pred:attribute | 0.85 | negative_attribute_group
paedos                     | pred:attribute | 0.85 | negative_attribute_group
re:\b(pop|popping|pump|pumping|churn|churning) out (babies|kids|children)\b | pred:attribute | 0.75 | negative_attribute_group
re:\bout-?breed(ing)? us\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(replace|replacing|replaced|will replace) us\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(take|taking|took|will take) over (our|this|the) (country|nation|land|streets|towns|cities|schools|government|world)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(invading|invade|invaded|colonising|colonizing|overrunning|overran|flooding|flood) (our|this|my) (country|nation|land|streets|towns|cities|schools|neighbourhood|neighborhood|continent)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(wash|washed|washing|sanitise|sanitize|sanitising|sanitizing|disinfect|disinfecting) (my|your|our) (hands|hand)\b | pred:attribute | 0.65 | negative_attribute_group

# ---- pred:dehumanise: animals, vermin, disease, filth, objects
rats                       | pred:dehumanise | 0.9 | dehumanising_group
rat                        | pred:dehumanise | 0.85 | dehumanising_group
sewer rats                 | pred:dehumanise | 0.95 | dehumanising_group
vermin                     | pred:dehumanise | 0.95 | dehumanising_group
cockroach*                 | pred:dehumanise | 0.95 | dehumanising_group
roaches                    | pred:dehumanise | 0.9 | dehumanising_group
roach                      | pred:dehumanise | 0.85 | dehumanising_group
animals                    | pred:dehumanise | 0.85 | dehumanising_group
beasts                     | pred:dehumanise | 0.85 | dehumanising_group
beast                      | pred:dehumanise | 0.85 | dehumanising_group
brutes                     | pred:dehumanise | 0.85 | dehumanising_group
apes                       | pred:dehumanise | 0.9 | dehumanising_group
ape                        | pred:dehumanise | 0.9 | dehumanising_group
monkeys                    | pred:dehumanise | 0.9 | dehumanising_group
monkey                     | pred:dehumanise | 0.85 | dehumanising_group
gorillas                   | pred:dehumanise | 0.9 | dehumanising_group
baboons                    | pred:dehumanise | 0.9 | dehumanising_group
chimps                     | pred:dehumanise | 0.9 | dehumanising_group
chimpanzees                | pred:dehumanise | 0.9 | dehumanising_group
pigs                       | pred:dehumanise | 0.9 | dehumanising_group
pig                        | pred:dehumanise | 0.85 | dehumanising_group
swine                      | pred:dehumanise | 0.9 | dehumanising_group
dogs                       | pred:dehumanise | 0.85 | dehumanising_group
mongrels                   | pred:dehumanise | 0.9 | dehumanising_group
curs                       | pred:dehumanise | 0.85 | dehumanising_group
hyenas                     | pred:dehumanise | 0.85 | dehumanising_group
jackals                    | pred:dehumanise | 0.85 | dehumanising_group
snakes                     | pred:dehumanise | 0.85 | dehumanising_group
vipers                     | pred:dehumanise | 0.85 | dehumanising_group
rodents                    | pred:dehumanise | 0.9 | dehumanising_group
insects                    | pred:dehumanise | 0.9 | dehumanising_group
lice                       | pred:dehumanise | 0.9 | dehumanising_group
maggots                    | pred:dehumanise | 0.9 | dehumanising_group
worms                      | pred:dehumanise | 0.85 | dehumanising_group
leeches                    | pred:dehumanise | 0.9 | dehumanising_group
leech                      | pred:dehumanise | 0.85 | dehumanising_group
parasites                  | pred:dehumanise | 0.95 | dehumanising_group
parasite                   | pred:dehumanise | 0.9 | dehumanising_group
fleas                      | pred:dehumanise | 0.85 | dehumanising_group
locusts                    | pred:dehumanise | 0.9 | dehumanising_group
termites                   | pred:dehumanise | 0.85 | dehumanising_group
pests                      | pred:dehumanise | 0.9 | dehumanising_group
pest                       | pred:dehumanise | 0.85 | dehumanising_group
germs                      | pred:dehumanise | 0.9 | dehumanising_group
bacteria                   | pred:dehumanise | 0.85 | dehumanising_group
a virus                    | pred:dehumanise | 0.9 | dehumanising_group
a disease                  | pred:dehumanise | 0.95 | dehumanising_group
diseased                   | pred:dehumanise | 0.85 | dehumanising_group
disease-ridden             | pred:dehumanise | 0.9 | dehumanising_group
disease ridden             | pred:dehumanise | 0.9 | dehumanising_group
carry diseases             | pred:dehumanise | 0.85 | dehumanising_group
spread disease             | pred:dehumanise | 0.85 | dehumanising_group
a cancer                   | pred:dehumanise | 0.95 | dehumanising_group
cancerous                  | pred:dehumanise | 0.85 | dehumanising_group
a plague                   | pred:dehumanise | 0.95 | dehumanising_group
a tumour                   | pred:dehumanise | 0.9 | dehumanising_group
a tumor                    | pred:dehumanise | 0.9 | dehumanising_group
an infection               | pred:dehumanise | 0.9 | dehumanising_group
a blight                   | pred:dehumanise | 0.9 | dehumanising_group
a scourge                  | pred:dehumanise | 0.85 | dehumanising_group
a pestilence               | pred:dehumanise | 0.9 | dehumanising_group
a contagion                | pred:dehumanise | 0.9 | dehumanising_group
a sickness                 | pred:dehumanise | 0.85 | dehumanising_group
an infestation             | pred:dehumanise | 0.95 | dehumanising_group
infestation                | pred:dehumanise | 0.9 | dehumanising_group
infest*                    | pred:dehumanise | 0.85 | dehumanising_group
swarm*                     | pred:dehumanise | 0.85 | dehumanising_group
breed like rabbits         | pred:dehumanise | 0.9 | dehumanising_group
breed like rats            | pred:dehumanise | 0.95 | dehumanising_group
breeding like              | pred:dehumanise | 0.85 | dehumanising_group
savages                    | pred:dehumanise | 0.9 | dehumanising_group
subhuman*                  | pred:dehumanise | 0.95 | dehumanising_group
sub-human*                 | pred:dehumanise | 0.95 | dehumanising_group
sub human                  | pred:dehumanise | 0.95 | dehumanising_group
untermensch*               | pred:dehumanise | 0.9 | dehumanising_group
not human                  | pred:dehumanise | 0.9 | dehumanising_group
not even human             | pred:dehumanise | 0.9 | dehumanising_group
less than human            | pred:dehumanise | 0.9 | dehumanising_group
barely human               | pred:dehumanise | 0.9 | dehumanising_group
not fully human            | pred:dehumanise | 0.9 | dehumanising_group
not people                 | pred:dehumanise | 0.85 | dehumanising_group
not real people            | pred:dehumanise | 0.85 | dehumanising_group
non-human                  | pred:dehumanise | 0.85 | dehumanising_group
nonhuman                   | pred:dehumanise | 0.85 | dehumanising_group
re:\b(are|is|r) (just |merely |only |nothing but |no better than )?(property|objects|cattle|livestock|breeding machines|baby machines)\b | pred:dehumanise | 0.85 | dehumanising_group
filth                      | pred:dehumanise | 0.9 | dehumanising_group
scum                       | pred:dehumanise | 0.9 | dehumanising_group
scum of the earth          | pred:dehumanise | 0.95 | dehumanising_group
scumbags                   | pred:dehumanise | 0.85 | dehumanising_group
trash                      | pred:dehumanise | 0.85 | dehumanising_group
garbage                    | pred:dehumanise | 0.85 | dehumanising_group
rubbish                    | pred:dehumanise | 0.85 | dehumanising_group
human garbage              | pred:dehumanise | 0.95 | dehumanising_group
human trash                | pred:dehumanise | 0.95 | dehumanising_group
human waste                | pred:dehumanise | 0.95 | dehumanising_group
waste of oxygen            | pred:dehumanise | 0.85 | dehumanising_group
waste of space             | pred:dehumanise | 0.85 | dehumanising_group
waste of skin              | pred:dehumanise | 0.85 | dehumanising_group
pieces of shit             | pred:dehumanise | 0.85 | dehumanising_group
excrement                  | pred:dehumanise | 0.9 | dehumanising_group
sewage                     | pred:dehumanise | 0.85 | dehumanising_group
monsters                   | pred:dehumanise | 0.85 | dehumanising_group
demons                     | pred:dehumanise | 0.85 | dehumanising_group
devils                     | pred:dehumanise | 0.85 | dehumanising_group
spawn of satan             | pred:dehumanise | 0.9 | dehumanising_group
zombies                    | pred:dehumanise | 0.85 | dehumanising_group
orcs                       | pred:dehumanise | 0.85 | dehumanising_group
goblins                    | pred:dehumanise | 0.85 | dehumanising_group
cavemen                    | pred:dehumanise | 0.85 | dehumanising_group
neanderthals               | pred:dehumanise | 0.85 | dehumanising_group
troglodytes                | pred:dehumanise | 0.85 | dehumanising_group
mutants                    | pred:dehumanise | 0.85 | dehumanising_group
freaks of nature           | pred:dehumanise | 0.9 | dehumanising_group
belong in a zoo            | pred:dehumanise | 0.9 | dehumanising_group
belong in the zoo          | pred:dehumanise | 0.9 | dehumanising_group
belong in cages            | pred:dehumanise | 0.9 | dehumanising_group
belong in a cage           | pred:dehumanise | 0.9 | dehumanising_group
should be caged            | pred:dehumanise | 0.9 | dehumanising_group
like animals               | pred:dehumanise | 0.9 | dehumanising_group
like rats                  | pred:dehumanise | 0.9 | dehumanising_group
like cockroaches           | pred:dehumanise | 0.95 | dehumanising_group
like vermin                | pred:dehumanise | 0.95 | dehumanising_group
like dogs                  | pred:dehumanise | 0.85 | dehumanising_group
like pigs                  | pred:dehumanise | 0.85 | dehumanising_group
a stain on                 | pred:dehumanise | 0.85 | dehumanising_group
kept in cages              | pred:dehumanise | 0.9 | dehumanising_group
belong in chains           | pred:dehumanise | 0.9 | dehumanising_group
kept on a leash            | pred:dehumanise | 0.9 | dehumanising_group
should be on a leash       | pred:dehumanise | 0.9 | dehumanising_group
bring disease              | pred:dehumanise | 0.85 | dehumanising_group
bring diseases             | pred:dehumanise | 0.85 | dehumanising_group
# added 2026-12: belonging in cages, zoos, sewers; comparisons with animals and disease
re:\bbelongs? (in|on|at) (a |the )?(zoo|zoos|cage|cages|sewer|sewers|gutter|gutters|jungle|trees|kennel|kennels|pen|pens|pigsty|barn|farm|trash|bin|dumpster|rubbish|garbage|landfill|toilet|swamp|dirt|mud|stable|stables)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(should|must|need to|needs to|ought to|deserve to)( all)? (be )?(kept|locked|put|thrown|shoved|caged)? ?(in|into|inside) (a |the )?(zoo|zoos|cage|cages|kennel|kennels|pen|pens|sewer|sewers|pigsty)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(kept|locked|live|living|lives) in (cages|a cage|zoos|a zoo|sewers|the sewer|kennels)\b | pred:dehumanise | 0.85 | dehumanising_group
be caged                   | pred:dehumanise | 0.85 | dehumanising_group
re:\bback (to|in|into) the (trees|jungle|zoo|cave|caves|sewer|swamp)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\blike (rats|roaches|vermin|lice|locusts|insects|rodents|parasites|maggots|leeches|termites|bugs|fleas|ticks|beasts|apes|monkeys|cattle|rabbits|a virus|a disease|a plague|a cancer|an infestation|a swarm|a pack of (dogs|wolves|animals|hyenas))\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(nothing|no) (more|better) than (\w+ )?(animals|beasts|vermin|rats|cockroaches|roaches|dogs|pigs|apes|monkeys|savages|parasites|trash|garbage|scum|filth|criminals|thieves|terrorists|slaves|property|objects|cattle|livestock|insects|pests|leeches)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\bnothing but (\w+ )?(animals|beasts|vermin|rats|cockroaches|roaches|dogs|pigs|apes|monkeys|savages|parasites|trash|garbage|scum|filth|criminals|thieves|terrorists|slaves|property|objects|cattle|livestock|insects|pests|leeches|a plague|a disease|a cancer|a burden|breeding machines)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(carry|carries|carrying|spread|spreads|spreading|bring|brings|bringing) (diseases?|germs|plague|viruses|infections?|aids|hiv|lice|fleas)\b | pred:dehumanise | 0.85 | dehumanising_group
disease carriers           | pred:dehumanise | 0.9 | dehumanising_group
riddled with disease       | pred:dehumanise | 0.85 | dehumanising_group
waste of air               | pred:dehumanise | 0.85 | dehumanising_group
waste of life              | pred:dehumanise | 0.85 | dehumanising_group
wastes of space            | pred:dehumanise | 0.85 | dehumanising_group
wastes of oxygen           | pred:dehumanise | 0.85 | dehumanising_group
wastes of skin             | pred:dehumanise | 0.85 | dehumanising_group
re:\bbreed(s|ing)? like\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(are|is|r)( not|n['’]t) (even )?(human|humans|people|persons|real people)\b | pred:dehumanise | 0.9 | dehumanising_group
not even people            | pred:dehumanise | 0.85 | dehumanising_group
barely people              | pred:dehumanise | 0.85 | dehumanising_group
stain on                   | pred:dehumanise | 0.8 | dehumanising_group
re:\b(that|which) (learned|learnt) to (talk|speak|walk|dress)\b | pred:dehumanise | 0.8 | dehumanising_group

# ---- pred:exclude: expulsion, exclusion, "have no place"
re:\b(go|get|fuck off|piss off|sod off) back (to )?(where (they|you|u) (came|come) from|(their|your|ur) (own )?(country|countries|homeland|land|jungle|desert|cave|village|island|shithole))\b | pred:exclude | 0.85 | exclusion_group
go back where they came from | pred:exclude | 0.85 | exclusion_group
should go back             | pred:exclude | 0.8 | exclusion_group
must go back               | pred:exclude | 0.8 | exclusion_group
need to go back            | pred:exclude | 0.8 | exclusion_group
should go back home        | pred:exclude | 0.8 | exclusion_group
fuck off back              | pred:exclude | 0.85 | exclusion_group
piss off back              | pred:exclude | 0.85 | exclusion_group
fuck off home              | pred:exclude | 0.85 | exclusion_group
send them back             | pred:exclude | 0.85 | exclusion_group
send them all back         | pred:exclude | 0.85 | exclusion_group
send them home             | pred:exclude | 0.8 | exclusion_group
ship them back             | pred:exclude | 0.85 | exclusion_group
ship them out              | pred:exclude | 0.85 | exclusion_group
deport them                | pred:exclude | 0.85 | exclusion_group
deport them all            | pred:exclude | 0.85 | exclusion_group
deport all                 | pred:exclude | 0.85 | exclusion_group
deport every               | pred:exclude | 0.85 | exclusion_group
should be deported         | pred:exclude | 0.85 | exclusion_group
must be deported           | pred:exclude | 0.85 | exclusion_group
need to be deported        | pred:exclude | 0.85 | exclusion_group
mass deportation*          | pred:exclude | 0.75 | exclusion_group
kick them out              | pred:exclude | 0.85 | exclusion_group
kick them all out          | pred:exclude | 0.85 | exclusion_group
should be kicked out       | pred:exclude | 0.85 | exclusion_group
throw them out             | pred:exclude | 0.85 | exclusion_group
should be thrown out       | pred:exclude | 0.85 | exclusion_group
get out of our country     | pred:exclude | 0.85 | exclusion_group
get out of my country      | pred:exclude | 0.85 | exclusion_group
get out of this country    | pred:exclude | 0.85 | exclusion_group
leave our country          | pred:exclude | 0.8 | exclusion_group
leave my country           | pred:exclude | 0.8 | exclusion_group
out of our country         | pred:exclude | 0.8 | exclusion_group
out of our neighbourhood   | pred:exclude | 0.8 | exclusion_group
out of our neighborhood    | pred:exclude | 0.8 | exclusion_group
re:\bdon['’]?t belong\b    | pred:exclude | 0.8 | exclusion_group
do not belong              | pred:exclude | 0.8 | exclusion_group
re:\bdoesn['’]?t belong\b  | pred:exclude | 0.75 | exclusion_group
have no place              | pred:exclude | 0.85 | exclusion_group
has no place               | pred:exclude | 0.85 | exclusion_group
no place in                | pred:exclude | 0.8 | exclusion_group
not welcome                | pred:exclude | 0.8 | exclusion_group
re:\baren['’]?t welcome\b  | pred:exclude | 0.8 | exclusion_group
unwelcome                  | pred:exclude | 0.75 | exclusion_group
undesirables               | pred:exclude | 0.85 | exclusion_group
keep them out              | pred:exclude | 0.85 | exclusion_group
keep them away             | pred:exclude | 0.8 | exclusion_group
keep them away from children | pred:exclude | 0.85 | exclusion_group
keep them away from our kids | pred:exclude | 0.85 | exclusion_group
ban them                   | pred:exclude | 0.8 | exclusion_group
ban all                    | pred:exclude | 0.8 | exclusion_group
should be banned           | pred:exclude | 0.8 | exclusion_group
re:\bshould ?n['’]?o?t be allowed\b | pred:exclude | 0.75 | exclusion_group
should not be allowed      | pred:exclude | 0.75 | exclusion_group
must not be allowed        | pred:exclude | 0.75 | exclusion_group
never be allowed           | pred:exclude | 0.75 | exclusion_group
not be allowed to vote     | pred:exclude | 0.8 | exclusion_group
re:\bshould(n['’]?t| not) (be allowed to )?(vote|marry|adopt|teach|lead|work here|have kids|have children)\b | pred:exclude | 0.8 | exclusion_group
re:\bshould(n['’]?t| not) have (any )?rights\b | pred:exclude | 0.8 | exclusion_group
re:\bdon['’]?t deserve (any |equal )?rights\b | pred:exclude | 0.8 | exclusion_group
should have no rights      | pred:exclude | 0.8 | exclusion_group
strip them of              | pred:exclude | 0.8 | exclusion_group
revoke their citizenship   | pred:exclude | 0.8 | exclusion_group
should leave               | pred:exclude | 0.8 | exclusion_group
must leave                 | pred:exclude | 0.8 | exclusion_group
need to leave              | pred:exclude | 0.8 | exclusion_group
should get out             | pred:exclude | 0.85 | exclusion_group
get rid of                 | pred:exclude | 0.75 | exclusion_group
get rid of them            | pred:exclude | 0.85 | exclusion_group
back where they belong     | pred:exclude | 0.8 | exclusion_group
get rid of all             | pred:exclude | 0.8 | exclusion_group
remove them                | pred:exclude | 0.8 | exclusion_group
should stay out            | pred:exclude | 0.8 | exclusion_group
segregate                  | pred:exclude | 0.8 | exclusion_group
should be segregated       | pred:exclude | 0.85 | exclusion_group
should be excluded         | pred:exclude | 0.8 | exclusion_group
should be isolated         | pred:exclude | 0.8 | exclusion_group
lock them up               | pred:exclude | 0.85 | exclusion_group
should be locked up        | pred:exclude | 0.85 | exclusion_group
locked away                | pred:exclude | 0.8 | exclusion_group
put them in camps          | pred:exclude | 0.85 | exclusion_group
should be in camps         | pred:exclude | 0.85 | exclusion_group
round them up              | pred:exclude | 0.85 | exclusion_group
belong in the kitchen      | pred:exclude | 0.8 | exclusion_group
stay in the kitchen        | pred:exclude | 0.8 | exclusion_group
stay out of our country    | pred:exclude | 0.85 | exclusion_group
back to the kitchen        | pred:exclude | 0.8 | exclusion_group
should stay at home        | pred:exclude | 0.7 | exclusion_group
stay in the closet         | pred:exclude | 0.8 | exclusion_group
back in the closet         | pred:exclude | 0.8 | exclusion_group
re:\bshould(n['’]?t| not) be around (children|kids)\b | pred:exclude | 0.8 | exclusion_group
never hire                 | pred:exclude | 0.75 | exclusion_group
re:\b(don['’]?t|do not|never|won['’]?t) (hire|rent to|serve)\b | pred:exclude | 0.7 | exclusion_group
should not be hired        | pred:exclude | 0.75 | exclusion_group
re:\bdon['’]?t let them in\b | pred:exclude | 0.85 | exclusion_group
stop letting them in       | pred:exclude | 0.85 | exclusion_group
turn them away             | pred:exclude | 0.8 | exclusion_group
turn back the boats        | pred:exclude | 0.8 | exclusion_group
have no business           | pred:exclude | 0.75 | exclusion_group
not fit to                 | pred:exclude | 0.75 | exclusion_group
unfit to                   | pred:exclude | 0.75 | exclusion_group
re:\b(we|i) don['’]?t want them\b | pred:exclude | 0.85 | exclusion_group
nobody wants them          | pred:exclude | 0.8 | exclusion_group
no one wants them          | pred:exclude | 0.8 | exclusion_group
close the borders          | pred:exclude | 0.7 | exclusion_group
build a wall               | pred:exclude | 0.7 | exclusion_group
# added 2026-12: getting rid of a group, "better off without", boats, children, bans on ordinary life
be rid of                  | pred:exclude | 0.8 | exclusion_group
re:\brid (the|this|our|my) (world|country|nation|town|city|streets|planet|society|community|neighbourhood|neighborhood|land|earth) of\b | pred:exclude | 0.85 | exclusion_group
a better place without     | pred:exclude | 0.85 | exclusion_group
re:\b(better|safer|greater|nicer|cleaner|richer|happier|stronger|great again) (place |off |country |world |nation )?without\b | pred:exclude | 0.65 | exclusion_group
re:\bput (them|em|'em|all of them|the lot|the lot of them)( all)? on (a|the) (boat|plane|raft|ship|train|bus)s?\b | pred:exclude | 0.85 | exclusion_group
on a boat                  | pred:exclude | 0.55 | exclusion_group
re:\b(don['’]?t|do not|never|not|won['’]?t|will not)( ever)? let (it|them|em|'em|any of them|those|these|the boat|the boats)( ever)? (come back|back|return|back in|in|stay|come here|enter|land|dock|near)\b | pred:exclude | 0.8 | exclusion_group
send them packing          | pred:exclude | 0.85 | exclusion_group
ship them off              | pred:exclude | 0.85 | exclusion_group
one way ticket             | pred:exclude | 0.75 | exclusion_group
one-way ticket             | pred:exclude | 0.75 | exclusion_group
go home                    | pred:exclude | 0.6 | exclusion_group
re:\b(keep|kept|keeping|stay|stays|staying|be kept)( them| em)?( well| far| right)? away from\b | pred:exclude | 0.75 | exclusion_group
re:\baway from (our |my |your |the |decent people['’]?s |normal people['’]?s |good people['’]?s )?(children|kids|daughters|sons|schools|playgrounds|families|decent people|normal people|good people|civilised people|civilized people)\b | pred:exclude | 0.85 | exclusion_group
re:\b(shouldn['’]?t|should not|must not|mustn['’]?t|never|not)( ever)? be (allowed |let )?(near|around|close to|anywhere near|alone with|in charge of) (our |my |your |the )?(children|kids|schools|daughters|sons|women)\b | pred:exclude | 0.85 | exclusion_group
re:\b(should|must|shall|need to|ought to)( never| not|n['’]?t)( ever)? (be allowed|be permitted|get|have the right|be able|be let) to (vote|marry|adopt|teach|work|lead|drive|own (property|land|guns|a house|businesses)|run for office|hold office|have (kids|children|babies)|breed|reproduce|serve|study|go to school|enter|immigrate|live here|buy (houses|property|land)|use (our|the) (toilets|bathrooms|schools|hospitals|pools)|be (citizens|teachers|doctors|nurses|police|soldiers|politicians|leaders|parents))\b | pred:exclude | 0.85 | exclusion_group
re:\b(shouldn['’]?t|should not|must not|mustn['’]?t) (breed|reproduce|vote|marry|adopt|teach|exist here|live here)\b | pred:exclude | 0.85 | exclusion_group
re:\b(ban|banned|banning|bar|barred|barring) (them |em )?from (voting|marrying|adopting|teaching|working|schools|public office|office|the country|our country|entering|driving|owning|the army|the military|sports|toilets|bathrooms)\b | pred:exclude | 0.8 | exclusion_group
re:\b(stop|stopping) them( from)? (breeding|voting|coming|entering|marrying|adopting)\b | pred:exclude | 0.85 | exclusion_group
re:\bseparate (toilets|bathrooms|schools|buses|entrances|classes|classrooms|hospitals)\b | pred:exclude | 0.7 | exclusion_group
re:\bwish (they|them|all of them|those|these|the lot of them)( would| could|['’]d)? (all )?(just )?(disappear|vanish|go away|leave|go back|be gone|were gone|never existed|didn['’]?t exist|did not exist|were never born|drop dead)\b | pred:exclude | 0.85 | exclusion_group
piss off                   | pred:exclude | 0.8 | exclusion_group
fuck off                   | pred:exclude | 0.85 | exclusion_group
sod off                    | pred:exclude | 0.8 | exclusion_group
bugger off                 | pred:exclude | 0.8 | exclusion_group
get out of here            | pred:exclude | 0.85 | exclusion_group
get lost                   | pred:exclude | 0.6 | exclusion_group
re:\b(refuse|refused|refusing) to (serve|hire|rent to|sell to|employ|treat|accept|admit)\b | pred:exclude | 0.75 | exclusion_group
re:\b(my|our|this) (shop|store|restaurant|bar|pub|cafe|house|flat|building|company|business|school|class|club|gym|hotel|salon|taxi|office) (doesn['’]?t|does not|won['’]?t|will not|do not|don['’]?t|will never|never) (serve|accept | allow | admit | hire | rent to | want | take | let in | employ)\b | pred:exclude | 0.85 | exclusion_group
not allowed near           | pred:exclude | 0.8 | exclusion_group
re:\b(no|zero) (more )?(mosques|synagogues|churches|temples|visas|immigration|immigrants|refugees|asylum)\b | pred:exclude | 0.65 | exclusion_group
re:\b(be|get|got|being|been) (sent|shipped|deported|kicked|thrown|chased|driven|flown) (back|home|out|away)\b | pred:exclude | 0.85 | exclusion_group
re:\b(kept|keep|stay|stays|banned|barred|locked) out of (our|my|the|this) (schools?|country|neighbourhood|neighborhood|town|city|streets|community|churches|parks|pools|hospitals|workplaces?|government|army|military|sports|clubs?|bathrooms|toilets)\b | pred:exclude | 0.85 | exclusion_group
re:\b(would|could|will|should)( all)?( just)? (disappear|vanish|go away|drop dead|leave forever|cease to exist|die out)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:violence: violent wishes and norms
should be shot             | pred:violence | 0.95 | violence_group | severe
should be killed           | pred:violence | 0.95 | violence_group | severe
should be exterminated     | pred:violence | 0.95 | violence_group | severe
should be wiped out        | pred:violence | 0.95 | violence_group | severe
should be eradicated       | pred:violence | 0.95 | violence_group | severe
should be eliminated       | pred:violence | 0.95 | violence_group | severe
should be executed         | pred:violence | 0.95 | violence_group | severe
should be hanged           | pred:violence | 0.95 | violence_group | severe
should be hung             | pred:violence | 0.95 | violence_group | severe
should be lynched          | pred:violence | 0.95 | violence_group | severe
should be gassed           | pred:violence | 0.95 | violence_group | severe
should be burned           | pred:violence | 0.95 | violence_group | severe
should be burnt            | pred:violence | 0.95 | violence_group | severe
should be slaughtered      | pred:violence | 0.95 | violence_group | severe
should be stoned           | pred:violence | 0.95 | violence_group | severe
should be beheaded         | pred:violence | 0.95 | violence_group | severe
should be tortured         | pred:violence | 0.95 | violence_group | severe
should be nuked            | pred:violence | 0.95 | violence_group | severe
should be purged           | pred:violence | 0.95 | violence_group | severe
should be culled           | pred:violence | 0.95 | violence_group | severe
should be put down         | pred:violence | 0.95 | violence_group | severe
should be run over         | pred:violence | 0.9 | violence_group | severe
should be beaten           | pred:violence | 0.9 | violence_group | severe
should be whipped          | pred:violence | 0.9 | violence_group | severe
should be castrated        | pred:violence | 0.9 | violence_group | severe
should be sterilized       | pred:violence | 0.9 | violence_group | severe
should be sterilised       | pred:violence | 0.9 | violence_group | severe
should be raped            | pred:violence | 0.95 | violence_group | severe
should be destroyed        | pred:violence | 0.9 | violence_group | severe
should die                 | pred:violence | 0.95 | violence_group | severe
should all die             | pred:violence | 0.95 | violence_group | severe
must die                   | pred:violence | 0.95 | violence_group | severe
need to die                | pred:violence | 0.95 | violence_group | severe
needs to die               | pred:violence | 0.95 | violence_group | severe
need to be killed          | pred:violence | 0.95 | violence_group | severe
need to be shot            | pred:violence | 0.95 | violence_group | severe
must be killed             | pred:violence | 0.95 | violence_group | severe
must be exterminated       | pred:violence | 0.95 | violence_group | severe
must be destroyed          | pred:violence | 0.9 | violence_group | severe
deserve to die             | pred:violence | 0.95 | violence_group | severe
deserves to die            | pred:violence | 0.95 | violence_group | severe
deserve death              | pred:violence | 0.95 | violence_group | severe
deserve to be shot         | pred:violence | 0.95 | violence_group | severe
deserve to be killed       | pred:violence | 0.95 | violence_group | severe
deserve a bullet           | pred:violence | 0.95 | violence_group | severe
deserve to suffer          | pred:violence | 0.9 | violence_group | severe
deserve to be raped        | pred:violence | 0.95 | violence_group | severe
deserve a beating          | pred:violence | 0.9 | violence_group | severe
re:\bdon['’]?t deserve to (live|exist)\b | pred:violence | 0.95 | violence_group | severe
do not deserve to live     | pred:violence | 0.95 | violence_group | severe
re:\bdon['’]?t deserve life\b | pred:violence | 0.95 | violence_group | severe
have no right to live      | pred:violence | 0.95 | violence_group | severe
re:\bshould(n['’]?t| not) (even )?exist\b | pred:violence | 0.9 | violence_group | severe
better off dead            | pred:violence | 0.9 | violence_group | severe
better without them        | pred:violence | 0.85 | violence_group | severe
re:\b(world|country|society|planet|earth|life|everyone|we) (would be|is|will be|['’]d be|would all be) (a )?(much |so )?better (place |off )?without\b | pred:violence | 0.9 | violence_group | severe
put against a wall         | pred:violence | 0.95 | violence_group | severe
put up against a wall      | pred:violence | 0.95 | violence_group | severe
wipe them out              | pred:violence | 0.95 | violence_group | severe
wipe them off              | pred:violence | 0.95 | violence_group | severe
wiped off the face of the earth | pred:violence | 0.95 | violence_group | severe
exterminate                | pred:violence | 0.95 | violence_group | severe
exterminate them           | pred:violence | 0.95 | violence_group | severe
eradicate them             | pred:violence | 0.95 | violence_group | severe
eradicate                  | pred:violence | 0.9 | violence_group | severe
eliminate them             | pred:violence | 0.95 | violence_group | severe
kill them                  | pred:violence | 0.95 | violence_group | severe
kill them all              | pred:violence | 0.95 | violence_group | severe
re:\bkill ['’]?em all\b    | pred:violence | 0.95 | violence_group | severe
kill all                   | pred:violence | 0.95 | violence_group | severe
kill every                 | pred:violence | 0.95 | violence_group | severe
kill every last            | pred:violence | 0.95 | violence_group | severe
kill every one of them     | pred:violence | 0.95 | violence_group | severe
burn them                  | pred:violence | 0.95 | violence_group | severe
burn them all              | pred:violence | 0.95 | violence_group | severe
burn them alive            | pred:violence | 0.95 | violence_group | severe
should burn                | pred:violence | 0.9 | violence_group | severe
gas them                   | pred:violence | 0.95 | violence_group | severe
gas them all               | pred:violence | 0.95 | violence_group | severe
into the ovens             | pred:violence | 0.95 | violence_group | severe
to the ovens               | pred:violence | 0.95 | violence_group | severe
back to the gas chambers   | pred:violence | 0.95 | violence_group | severe
into the gas chambers      | pred:violence | 0.95 | violence_group | severe
hang them                  | pred:violence | 0.95 | violence_group | severe
hang them all              | pred:violence | 0.95 | violence_group | severe
string them up             | pred:violence | 0.95 | violence_group | severe
lynch them                 | pred:violence | 0.95 | violence_group | severe
lynch all                  | pred:violence | 0.95 | violence_group | severe
execute them               | pred:violence | 0.95 | violence_group | severe
execute them all           | pred:violence | 0.95 | violence_group | severe
shoot them                 | pred:violence | 0.95 | violence_group | severe
shoot them all             | pred:violence | 0.95 | violence_group | severe
shoot on sight             | pred:violence | 0.95 | violence_group | severe
slaughter them             | pred:violence | 0.95 | violence_group | severe
massacre them              | pred:violence | 0.95 | violence_group | severe
butcher them               | pred:violence | 0.95 | violence_group | severe
behead them                | pred:violence | 0.95 | violence_group | severe
chop their heads off       | pred:violence | 0.95 | violence_group | severe
cut their heads off        | pred:violence | 0.95 | violence_group | severe
bomb them                  | pred:violence | 0.95 | violence_group | severe
nuke them                  | pred:violence | 0.95 | violence_group | severe
drown them                 | pred:violence | 0.95 | violence_group | severe
sink their boats           | pred:violence | 0.9 | violence_group | severe
sink the boats             | pred:violence | 0.9 | violence_group | severe
run them over              | pred:violence | 0.9 | violence_group | severe
castrate them              | pred:violence | 0.9 | violence_group | severe
sterilise them             | pred:violence | 0.9 | violence_group | severe
sterilize them             | pred:violence | 0.9 | violence_group | severe
cull them                  | pred:violence | 0.95 | violence_group | severe
purge them                 | pred:violence | 0.95 | violence_group | severe
put down like dogs         | pred:violence | 0.95 | violence_group | severe
stone them                 | pred:violence | 0.95 | violence_group | severe
torture them               | pred:violence | 0.95 | violence_group | severe
rape them                  | pred:violence | 0.95 | violence_group | severe
throw them off buildings   | pred:violence | 0.95 | violence_group | severe
throw them off a roof      | pred:violence | 0.95 | violence_group | severe
thrown off roofs           | pred:violence | 0.95 | violence_group | severe
line them up against the wall | pred:violence | 0.95 | violence_group | severe
final solution             | pred:violence | 0.9 | violence_group | severe
need a final solution      | pred:violence | 0.95 | violence_group | severe
another holocaust          | pred:violence | 0.9 | violence_group | severe
deserve genocide           | pred:violence | 0.95 | violence_group | severe
need a genocide            | pred:violence | 0.95 | violence_group | severe
genocide them              | pred:violence | 0.95 | violence_group | severe
hope they die              | pred:violence | 0.95 | violence_group | severe
hope they all die          | pred:violence | 0.95 | violence_group | severe
re:\bwish they (were|was|would|['’]?d) (all )?(dead|die)\b | pred:violence | 0.95 | violence_group | severe
want them dead             | pred:violence | 0.95 | violence_group | severe
want them all dead         | pred:violence | 0.95 | violence_group | severe
re:\bthe only good \w+ (is|are) (a )?dead( ones?| \w+)?\b | pred:violence | 0.95 | violence_group | severe
re:\b(die|rot|burn) in hell\b | pred:violence | 0.85 | violence_group | severe
# added 2026-12: modal + passive forms ("ought to be wiped out", "deserve to be hanged"), "someone
# should …", "kill all …", wishes ("I hope they all burn") and what they "deserve"
re:\b(should|must|ought to|oughta|need to|needs to|have to|has to|deserve to|deserves to|gotta|got to|all need to|all deserve to)( all| just| really| finally| simply)? (be|get|all be|all get) (shot|killed|exterminated|wiped out|eradicated|eliminated|executed|hanged|hung|lynched|gassed|burned|burnt|burned alive|burnt alive|slaughtered|stoned|beheaded|tortured|nuked|purged|culled|put down|drowned|massacred|annihilated|butchered|murdered|hunted down|hunted|poisoned|euthanised|euthanized|bombed|lined up|strung up|run over|beaten|beaten up|whipped|flogged|castrated|sterilised|sterilized|raped|destroyed|thrown (off|into|in|from|out of) [a-z ]{1,20}|stabbed|decapitated|crucified|skinned|set on fire|set alight|gunned down|shot dead|kicked to death|beaten to death|stoned to death|burned to death|burnt to death|hanged till dead|put to death|shot on sight|rounded up|wiped off the map|wiped off the face of the earth)\b | pred:violence | 0.95 | violence_group | severe
re:\bbe (all )?(exterminated|wiped out|gassed|lynched|eradicated|annihilated|culled|massacred|slaughtered|hanged|strung up|lined up against (a|the) wall|put down|put to death|shot on sight|burned alive|burnt alive|wiped off the map|wiped off the face of the earth)\b | pred:violence | 0.9 | violence_group | severe
re:\blined up (against (a|the) wall|and shot)\b | pred:violence | 0.9 | violence_group | severe
up against the wall        | pred:violence | 0.85 | violence_group | severe
re:\b(kill|gas|shoot|hang|burn|nuke|bomb|drown|exterminate|slaughter|murder|massacre|behead|stab|execute|eliminate|eradicate|wipe out|lynch|butcher|poison|torture|cull|purge|annihilate|gun down|mow down|run over)( off)? (all|every|each|every last|every single|the lot of|all of|all the|all these|all those|all them)\b | pred:violence | 0.95 | violence_group | severe
re:\b(someone|somebody|anyone|anybody|people|we|y['’]?all|you guys|the government|the army|the police|they)( really| just)? (should|needs? to|ought to|must|has to|have to|gotta|got to|oughta)( just| finally| really| simply| go| go and| all)? (kill|shoot|gas|hang|lynch|burn|drown|bomb|nuke|exterminate|wipe out|slaughter|stab|behead|poison|execute|eliminate|eradicate|massacre|murder|butcher|torture|run over|beat up|bash|round up|take out|get rid of|put down|cull|purge|sterilise|sterilize|castrate|shoot up|blow up|firebomb|torch)\b | pred:violence | 0.95 | violence_group | severe
re:\b(hope|hoping|wish|pray|praying)( that)? (they|them|you|u|those|these|all of them|every one of them|each of them|the lot of them|em)( all| both| guys| lot)? (burn|die|rot|suffer|drown|starve|choke|perish|croak|get shot|get killed|get raped|get cancer|get aids|get ebola|get hit|get run over|go extinct|are killed|get lynched|get beaten|get bombed|get gassed|catch fire|burn alive|burn to death|die painfully|die slowly|die horribly|get what['’]?s coming)\b | pred:violence | 0.95 | violence_group | severe
re:\bdeserve(s|d)?( is| are)?( nothing but| nothing less than| only| nothing more than)?( a| the| to| to be)? (beating|good beating|bullet|bullet in the head|kicking|good kicking|death|die|be shot|be killed|be hanged|be hung|be lynched|be gassed|be burned|be burnt|be beaten|be raped|be tortured|suffer|rot|burn|the rope|a rope|a noose|the noose|the gas chamber|gas chambers|the chair|the firing squad|a slow death|a painful death|be exterminated|genocide|extermination|execution|a lynching|lynching|hanging|public hanging|be put down|be wiped out|hanged|shot|killed|lynched|gassed|exterminated|wiped out)\b | pred:violence | 0.95 | violence_group | severe
re:\b(thrown|throw|chuck|chucked|dump|dumped|toss|tossed|push|pushed|drive|driven)( them| em| all of them| the lot)?( all)? (into|in|off|from|to)\W(the|a) (sea|ocean|river|lake|volcano|fire|furnace|oven|ovens|sewer|cliff|cliffs|roof|roofs|rooftop|bridge|building|buildings|pit|wood ?chipper|grinder|sharks|crocodiles)\b | pred:violence | 0.9 | violence_group | severe
into the sea               | pred:violence | 0.75 | violence_group | severe
re:\blet (them|em|'em|those|these|the lot)( all)? (die|drown|starve|rot|burn|perish|suffer|sink)\b | pred:violence | 0.9 | violence_group | severe
re:\b(can|should)( all| just)? (go )?die\b | pred:violence | 0.85 | violence_group | severe
go die                     | pred:violence | 0.85 | violence_group | severe
annihilate                 | pred:violence | 0.9 | violence_group | severe
put them down              | pred:violence | 0.9 | violence_group | severe
gas all                    | pred:violence | 0.95 | violence_group | severe
shoot all                  | pred:violence | 0.95 | violence_group | severe
hang all                   | pred:violence | 0.95 | violence_group | severe
nuke all                   | pred:violence | 0.95 | violence_group | severe
bomb all                   | pred:violence | 0.95 | violence_group | severe
drown all                  | pred:violence | 0.95 | violence_group | severe
exterminate all            | pred:violence | 0.95 | violence_group | severe

# ---- pred:threat: first-person intent and direct threats
re:\b(i|we) ?(['’]?ll|will|shall|am going to|['’]?m going to|are going to|['’]?re going to|am gonna|['’]?m gonna|im gonna|are gonna|['’]?re gonna|gonna|want to|wanna|would love to|['’]?d love to|am about to|['’]?m about to|plan to|intend to) (\w+ ){0,2}(kill|murder|stab|hurt|lynch|slaughter|butcher|torture|rape|strangle|behead|exterminate|massacre|shoot up|gun down|hunt down|maim|beat up) ([^m\W]\w*|m[^y\W]\w*|my|my[^s\W]\w*|mys[^e\W]\w*)\b | pred:threat | 0.95 | threat_violence | severe
re:\b(i|we) ?(['’]?ll|will|shall|am going to|['’]?m going to|are going to|['’]?re going to|am gonna|['’]?m gonna|im gonna|are gonna|['’]?re gonna|gonna|want to|wanna|would love to|['’]?d love to|plan to) (\w+ ){0,2}(shoot|burn|hang|gas|bomb) (you|u|them|em|every|all|each|those|these|any)\b | pred:threat | 0.95 | threat_violence | severe
we will kill               | pred:threat | 0.95 | threat_violence | severe
we'll kill                 | pred:threat | 0.95 | threat_violence | severe
we will burn               | pred:threat | 0.95 | threat_violence | severe
we'll burn                 | pred:threat | 0.95 | threat_violence | severe
i will find you            | pred:threat | 0.9 | threat_violence | severe
i'll find you              | pred:threat | 0.9 | threat_violence | severe
i will find where you live | pred:threat | 0.95 | threat_violence | severe
i'll find where you live   | pred:threat | 0.95 | threat_violence | severe
i know where you live      | pred:threat | 0.95 | threat_violence | severe
i know where they live     | pred:threat | 0.95 | threat_violence | severe
we know where you live     | pred:threat | 0.95 | threat_violence | severe
we know where they live    | pred:threat | 0.95 | threat_violence | severe
re:\bi['’]?ll find where (they|you|u) live\b | pred:threat | 0.95 | threat_violence | severe
beat you until you bleed   | pred:threat | 0.95 | threat_violence | severe
until you bleed            | pred:threat | 0.9 | threat_violence | severe
until they bleed           | pred:threat | 0.9 | threat_violence | severe
re:\b(beat|punch|kick|stomp) (you|u|them|em) (until|till|til) (you|u|they) (bleed|die|can['’]?t)\b | pred:threat | 0.95 | threat_violence | severe
beat the shit out of       | pred:threat | 0.9 | threat_violence | severe
watch your back            | pred:threat | 0.85 | threat_violence | severe
your days are numbered     | pred:threat | 0.9 | threat_violence | severe
their days are numbered    | pred:threat | 0.9 | threat_violence | severe
we are coming for          | pred:threat | 0.9 | threat_violence | severe
we're coming for           | pred:threat | 0.9 | threat_violence | severe
coming for you             | pred:threat | 0.85 | threat_violence | severe
i'll make them pay         | pred:threat | 0.85 | threat_violence | severe
i will make them pay       | pred:threat | 0.85 | threat_violence | severe
i'll make them suffer      | pred:threat | 0.95 | threat_violence | severe
i'll make you suffer       | pred:threat | 0.95 | threat_violence | severe
put a bullet in            | pred:threat | 0.95 | threat_violence | severe
bullet in your head        | pred:threat | 0.95 | threat_violence | severe
bullet in their head*      | pred:threat | 0.95 | threat_violence | severe
slit your throat           | pred:threat | 0.95 | threat_violence | severe
slit their throats         | pred:threat | 0.95 | threat_violence | severe
cut your throat            | pred:threat | 0.95 | threat_violence | severe
i'll break your neck       | pred:threat | 0.95 | threat_violence | severe
i'll run you over          | pred:threat | 0.95 | threat_violence | severe
hunt them down             | pred:threat | 0.95 | threat_violence | severe
hunt you down              | pred:threat | 0.95 | threat_violence | severe
i'll end you               | pred:threat | 0.9 | threat_violence | severe
i will end you             | pred:threat | 0.9 | threat_violence | severe
you won't see tomorrow     | pred:threat | 0.95 | threat_violence | severe
shoot up the               | pred:threat | 0.95 | threat_violence | severe
shoot up their             | pred:threat | 0.95 | threat_violence | severe
# added 2026-12: first person with a crew ("me and the boys"), more verbs, weapons, person threats
re:\b(i|we|me and the boys|me and my (boys|mates|friends|crew|brothers|lads|friends)|my (boys|mates|friends|crew|lads) and i|the boys and i|us)( all)? ?(['’]?ll|['’]d|would|will|shall|am going to|['’]?m going to|are going to|['’]?re going to|am gonna|['’]?m gonna|im gonna|are gonna|['’]?re gonna|gonna|want to|wanna|would love to|['’]?d love to|am about to|['’]?m about to|are about to|['’]?re about to|plan to|intend to|are planning to|['’]?re planning to|am planning to|['’]?m planning to|can['’]?t wait to|cannot wait to|are coming to|['’]?re coming to|am coming to|['’]?m coming to)( \w+){0,2} (beat up|bash|burn down|torch|firebomb|blow up|set fire to|hunt|hunt down|go after|attack|stab|shoot|kill|murder|lynch|hang|gas|bomb|slaughter|butcher|strangle|behead|rape|torture|run over|jump|smash|knife|slash|drown|poison|exterminate|massacre|wipe out|get rid of|teach (them|those|these|em) a lesson|make (them|em|those|these|you|u) (pay|suffer|regret)|hurt|maim|punch|kick|beat|batter|crush|finish off|take out|gun down|mow down|shoot up|cut|break)\b | pred:threat | 0.95 | threat_violence | severe
re:\b(i['’]?m|im|i am|we['’]?re|we are|i|we|i['’]?ll|we['’]?ll|i will|we will|gonna|going to)( \w+)? (bringing|bring|grabbing|grab|getting|get|loading|load|sharpening|sharpen|taking|take|packing|pack|carrying|carry|buying|buy)( my| our| a| the| some)? (gun|guns|rifle|rifles|shotgun|pistol|knife|knives|machete|machetes|axe|axes|bat|baseball bat|crowbar|petrol|gasoline|molotov|molotovs|rope|noose|ammo|explosives|bomb|pitchfork|torch|torches)\b | pred:threat | 0.9 | threat_violence | severe
going after                | pred:threat | 0.55 | threat_violence | severe
re:\b(waiting|wait|be waiting|camping) (for (you|u) )?(outside|at|near|by) (your|ur) (house|home|place|door|flat|school|work|office|car)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(outside|at|near) (your|ur) (house|home|place|door|flat) tonight\b | pred:threat | 0.8 | threat_violence | severe
re:\b(bring|need|you['’]?ll need|youll need|you will need|pack) (a|an|your) (first aid kit|ambulance|stretcher|coffin|body bag|helmet)\b | pred:threat | 0.8 | threat_violence | severe
in a body bag              | pred:threat | 0.9 | threat_violence | severe
re:\b(make|making) (you|u) (regret|pay|sorry|bleed|cry|beg)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(you['’]?ll|youll|you will|you['’]?re going to|youre going to|you are going to|you['’]?re gonna|youre gonna|you gonna) (regret|pay for) (this|it|that|ever|posting|saying|what)\b | pred:threat | 0.8 | threat_violence | severe
re:\b(i|we) know where (you|u|they|your (family|kids|mum|mom|wife|husband|parents)) (live|lives|work|works|sleep|sleeps|go to school|study|pray|hang out|park)\b | pred:threat | 0.95 | threat_violence | severe
re:\b(you['’]?re|youre|you are|ur) (a )?dead( man| meat)?\b | pred:threat | 0.8 | threat_violence | severe
sleep with one eye open    | pred:threat | 0.85 | threat_violence | severe
re:\bteach (them|em|those|these|you|u) a lesson\b | pred:threat | 0.8 | threat_violence | severe
re:\bpay (you|u|them|em) a visit\b | pred:threat | 0.7 | threat_violence | severe

# ---- ctx:counter: reporting and condemning (adds to en.context.lex)
# "Not all X are …" answers a generalisation
not all                    | ctx:counter
not every                  | ctx:counter
re:\bit['’]?s wrong to (say|call|claim)\b | ctx:counter
it is wrong to say         | ctx:counter
wrong to call              | ctx:counter
wrong to say               | ctx:counter
not ok to call             | ctx:counter
not okay to call           | ctx:counter
is hateful                 | ctx:counter
so hateful                 | ctx:counter
that's hateful             | ctx:counter
thats hateful              | ctx:counter
hateful to say             | ctx:counter
is bigoted                 | ctx:counter
is bigotry                 | ctx:counter
is xenophobic              | ctx:counter
is transphobic             | ctx:counter
is antisemitic             | ctx:counter
is anti-semitic            | ctx:counter
is islamophobic            | ctx:counter
is misogynistic            | ctx:counter
is misogynist              | ctx:counter
is ableist                 | ctx:counter
is dehumanising            | ctx:counter
is dehumanizing            | ctx:counter
dehumanising language      | ctx:counter
dehumanizing language      | ctx:counter
racist to say              | ctx:counter
disgusting to say          | ctx:counter
disgusting to read         | ctx:counter
vile to say                | ctx:counter
awful to say               | ctx:counter
horrible to say            | ctx:counter
re:\b(hate|hatred|racism|bigotry|discrimination|prejudice|violence|homophobia|transphobia|islamophobia|antisemitism|misogyny|xenophobia|sexism|ableism)( \w+){0,5} (has|have) no place\b | ctx:counter
no place for hate          | ctx:counter
no place for racism        | ctx:counter
no room for hate           | ctx:counter
stop the hate              | ctx:counter
stand against hate         | ctx:counter
stand against racism       | ctx:counter
hate speech                | ctx:counter
hate crime*                | ctx:counter
racism against             | ctx:counter
discrimination against     | ctx:counter
prejudice against          | ctx:counter
bigotry against            | ctx:counter
i condemn                  | ctx:counter
we condemn                 | ctx:counter
condemn this               | ctx:counter
condemns                   | ctx:counter
denounce                   | ctx:counter
shame on                   | ctx:counter
people who say             | ctx:counter
anyone who says            | ctx:counter
those who say              | ctx:counter
whoever says               | ctx:counter
people saying              | ctx:counter
people who call            | ctx:counter
when people say            | ctx:counter
when people call           | ctx:counter
for calling                | ctx:counter
re:\b(he|she|someone|somebody|a guy|a man|a woman|my (boss|uncle|aunt|coworker|neighbou?r|classmate)) (said|wrote|tweeted|posted|told me|yelled|shouted) that\b | ctx:counter
someone told me            | ctx:counter
someone wrote              | ctx:counter
the tweet said             | ctx:counter
the post said              | ctx:counter
the comment said           | ctx:counter
this comment               | ctx:counter
that comment               | ctx:counter
quoting                    | ctx:counter
re:\bif (you|u) (call|say|think|believe|claim|post|tweet)\b | ctx:counter
re:\bcan['’]?t believe (people|someone|anyone|they|he|she|some people)( still)? (say|think|believe|claim|post|write|call)\b | ctx:counter
re:\b(hateful|racist|bigoted|vile|dangerous|harmful|xenophobic|sexist|homophobic|transphobic) (rubbish|nonsense|garbage|trash|lies?|myths?|bullshit|crap|drivel|propaganda|conspiracy theor(y|ies))\b | ctx:counter
re:\bwhich is (horrifying|appalling|unacceptable|shameful|racist|hateful|bigoted|sickening|outrageous)\b | ctx:counter
re:\b(is|are) a (\w+ )?(myth|lie|stereotype|trope|smear|conspiracy theory)\b | ctx:counter
re:\b(someone|somebody|a guy|a man|a woman|a stranger|he|she|they|the guy|this guy|people) (saying|shouting|yelling|screaming|claiming|writing|posting|tweeting|said|shouted|yelled|screamed|claimed|wrote|posted|tweeted|told me) that\b | ctx:counter
re:\b(treated|treat|treating|treats|seen|viewed|portrayed) (them |us |people |everyone )?(like|as) (a )?(criminals?|animals?|dogs|trash|garbage|second-class citizens|slaves|terrorists|suspects|vermin|outsiders)\b | ctx:counter
quoted                     | ctx:counter
debunked                   | ctx:counter
been disproven             | ctx:counter
been disproved             | ctx:counter
quote:                     | ctx:counter
the myth that              | ctx:counter
the lie that               | ctx:counter
the stereotype that        | ctx:counter
the claim that             | ctx:counter
claiming that              | ctx:counter
not true that              | ctx:counter
is a myth                  | ctx:counter
is a stereotype            | ctx:counter
is false                   | ctx:counter
is untrue                  | ctx:counter
racists who                | ctx:counter
bigots who                 | ctx:counter
homophobes                 | ctx:counter
transphobes                | ctx:counter
islamophobes               | ctx:counter
xenophobes                 | ctx:counter
misogynists                | ctx:counter
was called                 | ctx:counter
were called                | ctx:counter
being called               | ctx:counter
get called                 | ctx:counter
slurs like                 | ctx:counter
words like                 | ctx:counter
terms like                 | ctx:counter
using the word             | ctx:counter
used the word              | ctx:counter
reported this account      | ctx:counter
i've reported              | ctx:counter
blocked and reported       | ctx:counter
educate yourself           | ctx:counter
re:\b(how|the way) (\w+ ){0,3}(are|is|were|was|get|gets|got) (being )?(treated|spoken about|talked about|portrayed|attacked|targeted|harassed|abused|bullied|discriminated against|mocked|dehumani[sz]ed)\b | ctx:counter
the treatment of           | ctx:counter
re:\b(sick|tired|fed up) (of|with) (people|everyone|folks|seeing|hearing|all the|the) (\w+ )?(attacking|hating|bullying|harassing|mocking|insulting|abusing|discriminating|racism|hate|hatred|bigotry|slurs|comments)\b | ctx:counter
# added 2026-12
spreading hate             | ctx:counter
spread hate                | ctx:counter
spreads hate               | ctx:counter
spreading hatred           | ctx:counter
spread hatred              | ctx:counter
stand with                 | ctx:counter
stand in solidarity        | ctx:counter
solidarity with            | ctx:counter
statements like            | ctx:counter
comments like              | ctx:counter
saying things like         | ctx:counter
say things like            | ctx:counter
posts like                 | ctx:counter
tweets like                | ctx:counter
deeply hurtful             | ctx:counter
is hurtful                 | ctx:counter
so hurtful                 | ctx:counter
is offensive               | ctx:counter
so offensive               | ctx:counter
deeply offensive           | ctx:counter
totally unacceptable       | ctx:counter
completely unacceptable    | ctx:counter
not acceptable             | ctx:counter
re:\bit['’]?s not (ok|okay|acceptable|alright|right|cool|fine) to\b | ctx:counter
re:\bit is not (ok|okay|acceptable|alright|right) to\b | ctx:counter
re:\b(is|are) never (ok|okay|acceptable|alright)\b | ctx:counter
re:\byou (can['’]?t|cannot) (just )?(say|call)\b | ctx:counter
re:\b(attacks?|abuse|hatred|hate|hostility|bigotry|racism|prejudice|discrimination|harassment|violence) (on|against|towards?|of|directed at|aimed at)\b | ctx:counter
re:\b(racist|hateful|bigoted|vile|nasty|horrible|disgusting|awful|abusive|hurtful|offensive|sexist|homophobic|transphobic|xenophobic|islamophobic|antisemitic|anti-semitic|ableist|misogynistic|dehumani[sz]ing) (comments?|remarks?|posts?|tweets?|messages?|slurs?|abuse|attacks?|jokes?|rhetoric|language|words|stereotypes?|propaganda|graffiti|chants?|insults?|things|trope|tropes|lies)\b | ctx:counter
speak out against          | ctx:counter
speaking out against       | ctx:counter
stand up against           | ctx:counter
stand up to                | ctx:counter
calling out                | ctx:counter
no excuse for              | ctx:counter
re:\b(would|will|could)( never|n['’]?t) (say|call|think)\b | ctx:counter
re:\bi['’]?d never (say|call|think)\b | ctx:counter
re:\bwho (says|say|said|thinks|think|claims|claim|believes|believe)\b | ctx:counter

# ---- allow: benign phrases that contain predicate words
talk trash                 | allow
talks trash                | allow
talking trash              | allow
talked trash               | allow
trash talk*                | allow
burn trash                 | allow
burning trash              | allow
take out the trash         | allow
taking out the trash       | allow
hate speech                | allow
hate crime*                | allow
hate group*                | allow
love-hate                  | allow
love hate relationship     | allow
hate to admit              | allow
hate to say                | allow
hate to break it           | allow
hate to be that            | allow
hate to see                | allow
hate seeing                | allow
hate being                 | allow
re:^(oh )?rats\b           | allow
rat race                   | allow
lab rat*                   | allow
gym rat*                   | allow
mall rat*                  | allow
pack rat*                  | allow
pet rat*                   | allow
pig out                    | allow
pigging out                | allow
pigged out                 | allow
guinea pig*                | allow
piggy bank*                | allow
hot dog*                   | allow
top dog                    | allow
underdog*                  | allow
dog days                   | allow
guide dog*                 | allow
service dog*               | allow
seeing eye dog*            | allow
assistance dog*            | allow
therapy dog*               | allow
dog owners                 | allow
dog lovers                 | allow
dog walker*                | allow
animal lover*              | allow
animal rights              | allow
animal welfare             | allow
animal shelter*            | allow
farm animals               | allow
wild animals               | allow
party animal               | allow
stuffed animal*            | allow
animal crossing            | allow
monkey bars                | allow
re:\byear of the (rat|ox|tiger|rabbit|dragon|snake|horse|goat|sheep|rooster|dog|pig)\b | allow
like the plague            | allow
cancer survivor*           | allow
cancer patient*            | allow
cancer research            | allow
cancer treatment           | allow
cancer screening           | allow
a cancer diagnosis         | allow
re:\ba (disease|virus) (that|which) (affects|affected|kills|killed|spreads|spread|is common)\b | allow
garbage collector*         | allow
garbage truck*             | allow
garbage can*               | allow
garbage bin*               | allow
trash can*                 | allow
trash bin*                 | allow
take out the trash         | allow
taking out the trash       | allow
took out the trash         | allow
trash talk*                | allow
rubbish bin*               | allow
rubbish collection         | allow
pick up trash              | allow
picking up trash           | allow
pick up litter             | allow
filthy rich                | allow
dirty laundry              | allow
dirty dishes               | allow
dirty clothes              | allow
shoot them a               | allow
shoot them an              | allow
kill them with kindness    | allow
hang them up               | allow
hang them on               | allow
hang them out to dry       | allow
gas them up                | allow
gassing them up            | allow
gas up                     | allow
beat them at               | allow
beat them in               | allow
re:\bget rid of (the )?(stereotypes?|racism|discrimination|prejudices?|bias|hate|hatred|stigma|poverty|bigotry)\b | allow
re:\beradicate (racism|poverty|discrimination|hate|hatred|stigma|bigotry|disease|malaria|polio)\b | allow
re:\b(nasty|disgusting|vile|filthy|gross|ugly|stupid|dumb|ignorant|hateful|evil|dirty|repulsive|revolting|horrible|awful|sick) (comments?|remarks?|posts?|tweets?|jokes?|slurs?|words|language|rhetoric|stereotypes?|lies|names|insults?|treatment|abuse|attacks?|racism|laws?|policies|policy|rules|bans?)\b | allow
raise pigs                 | allow
raising pigs               | allow
pig farm*                  | allow
eat insects                | allow
eating insects             | allow
fried insects              | allow
re:\b(collect|collects|collecting|pick up|picks up|picking up|take out|takes out|sort|sorts|haul|hauls)( the)? (garbage|trash|rubbish|litter)\b | allow
kill for a                 | allow
would kill for             | allow
could kill for             | allow
i'd kill for               | allow
beats                      | allow
chats                      | allow
chips                      | allow
cooks                      | allow
demos                      | allow
garage                     | allow
loses                      | allow
money                      | allow
moneys                     | allow
moons                      | allow
smell                      | allow
sakes                      | allow
sinks                      | allow
backs                      | allow
israel                     | allow
roman                      | allow
games                      | allow
vegas                      | allow
bikes                      | allow
ultra                      | allow
# added 2026-12: ordinary senses of slur words, and "spreading hate" (the hate is condemned)
spreading hate             | allow
spread hate                | allow
spreads hate               | allow
spreading hatred           | allow
spread hatred              | allow
re:\bchinks? (of|in) (light|sunlight|daylight|the (armou?r|curtains?|defen[cs]e|wall|fence|cloud|clouds|door|blinds)|their (armou?r|defen[cs]e)|his (armou?r|defen[cs]e)|her (armou?r|defen[cs]e)|its (armou?r|defen[cs]e)|our (armou?r|defen[cs]e)|your (armou?r|defen[cs]e))\b | allow
re:\bfaggots? (and|in|with) (peas|mash|gravy|chips|onion gravy|mushy peas)\b | allow
pork faggots               | allow
kaffir lime*               | allow
kaffir leaves              | allow
re:\b((go|went|nipped|popped|step|stepped|nip|pop|gone)( out| outside)? for a|smoke a|smoking a|light a|lit a|bum a|roll a|rolled a|rolling a|spark a|sparked a|cadge a|scrounge a) fags?\b | allow
re:\bfags? (break|breaks|end|ends|packet|packets|butt|butts|paper|papers)\b | allow
re:\b(packet|pack|carton|box|twenty|20) of fags\b | allow
re:\btranny (fluid|oil|box|rebuild|repair|cooler|slipping|is slipping|shop|case|problems?)\b | allow
re:\b(car|truck|van|ute|engine|motor)['’]?s tranny\b | allow
re:\bbitch (in heat|in season|had (a litter|puppies|pups)|has (a litter|puppies|pups)|and her (puppies|pups|litter)|whelped|in the (dog )?show)\b | allow
re:\b(entered|enter|entering|showing|show|breeding|mated|spayed) (my|our|her|the|a) bitch\b | allow

# ---- allow: everyday words that the one-letter matcher would misread as a group or predicate word
times                      | allow
black                      | allow
latin                      | allow
layer                      | allow
layers                     | allow
baker                      | allow
bakers                     | allow
karen                      | allow
programmes                 | allow
influences                 | allow
manages                    | allow
refuge                     | allow
christina                  | allow
kristin                    | allow
kirsten                    | allow
kristina                   | allow
tails                      | allow
ahmad                      | allow
divers                     | allow
slang                      | allow
disable                    | allow
occupies                   | allow
mating                     | allow
bangs                      | allow
niger                      | allow
smokes                     | allow
migrate                    | allow
steamer                    | allow
shite                      | allow
tolls                      | allow
payers                     | allow

# ---- pred:worth: worth and rights said of a group; hate only when denied in the clause
# ("X are not human", "X will never be equal", "X don't deserve respect"); said plainly it is praise.
# added 2026-12
human                      | pred:worth | 0.85 | negative_attribute_group
humans                     | pred:worth | 0.85 | negative_attribute_group
human beings               | pred:worth | 0.85 | negative_attribute_group
fully human                | pred:worth | 0.85 | negative_attribute_group
real people                | pred:worth | 0.8 | negative_attribute_group
equal                      | pred:worth | 0.8 | negative_attribute_group
equals                     | pred:worth | 0.8 | negative_attribute_group
our equals                 | pred:worth | 0.8 | negative_attribute_group
as good as us              | pred:worth | 0.8 | negative_attribute_group
trustworthy                | pred:worth | 0.8 | negative_attribute_group
to be trusted              | pred:worth | 0.8 | negative_attribute_group
be trusted                 | pred:worth | 0.8 | negative_attribute_group
reliable                   | pred:worth | 0.75 | negative_attribute_group
honest                     | pred:worth | 0.75 | negative_attribute_group
capable                    | pred:worth | 0.75 | negative_attribute_group
capable of                 | pred:worth | 0.75 | negative_attribute_group
intelligent                | pred:worth | 0.75 | negative_attribute_group
smart enough               | pred:worth | 0.75 | negative_attribute_group
clever enough              | pred:worth | 0.75 | negative_attribute_group
civilised                  | pred:worth | 0.8 | negative_attribute_group
civilized                  | pred:worth | 0.8 | negative_attribute_group
welcome                    | pred:worth | 0.8 | negative_attribute_group
welcome here               | pred:worth | 0.8 | negative_attribute_group
belong here                | pred:worth | 0.8 | negative_attribute_group
belong in this country     | pred:worth | 0.8 | negative_attribute_group
deserve rights             | pred:worth | 0.85 | negative_attribute_group
deserve any rights         | pred:worth | 0.85 | negative_attribute_group
deserve respect            | pred:worth | 0.8 | negative_attribute_group
deserve to live            | pred:worth | 0.85 | negative_attribute_group
deserve to exist           | pred:worth | 0.85 | negative_attribute_group
deserve a place            | pred:worth | 0.8 | negative_attribute_group
deserve to be here         | pred:worth | 0.8 | negative_attribute_group
deserve a vote             | pred:worth | 0.8 | negative_attribute_group
deserve to vote            | pred:worth | 0.8 | negative_attribute_group
worth anything             | pred:worth | 0.8 | negative_attribute_group
worth a thing              | pred:worth | 0.8 | negative_attribute_group
worth saving               | pred:worth | 0.85 | negative_attribute_group
worth the oxygen           | pred:worth | 0.85 | negative_attribute_group
normal                     | pred:worth | 0.75 | negative_attribute_group
loyal                      | pred:worth | 0.75 | negative_attribute_group
real citizens              | pred:worth | 0.8 | negative_attribute_group
true citizens              | pred:worth | 0.8 | negative_attribute_group
proper citizens            | pred:worth | 0.8 | negative_attribute_group
fit to vote                | pred:worth | 0.8 | negative_attribute_group
fit to lead                | pred:worth | 0.8 | negative_attribute_group
fit to be parents          | pred:worth | 0.8 | negative_attribute_group
fit to raise children      | pred:worth | 0.8 | negative_attribute_group
decent people              | pred:worth | 0.75 | negative_attribute_group
good people                | pred:worth | 0.75 | negative_attribute_group
able to think              | pred:worth | 0.75 | negative_attribute_group

# ---- allow: rhetorical frames that endorse what follows; the counter-speech words inside them
# ("who thinks") do not report it. added 2026-12
re:\b(am i|i'?m|im) (the only one|not the only one|the only person) (who|that) (thinks?|feels?|believes?|says?)\b | allow
re:\b(does|do) (anyone|anybody|everyone) else (think|feel|believe)\b | allow
re:\b(is it|it'?s) (just|only) me\b | allow

# ---- grp:protected: a people's name that is also a language's, counted as people only after a
# quantifier ("any Malay", "the next Malay"; "I speak Malay" is a language). added 2026-12
re:\b(any|every|each|the next|the first|no|that|this|one|another|some|a single) (malay|thai|lao|khmer|burmese|tagalog|javanese|sundanese|bugis|hmong)\b | grp:protected
