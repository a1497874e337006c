# English slurs (as written in Southeast Asia and globally) that count only when read as people.
# A `slur` entry counts at its full weight when a `ctx:people` word stands right before it ("these
# pakis", "typical flip"), a `ctx:people_after` word right after it, a second-person word is within
# 60 characters, or it is the only word of its sentence; otherwise at a fifth of its weight. A
# `ctx:self` word just before it ("as a proud dyke") cuts it to a third. Slurs that have no benign
# sense at all are in en.hate.lex and are not repeated here; the few missing ones are at the end.
# Words that are also everyday words (a cigarette, an embankment, a gymnastics trick, a raccoon)
# have `allow` entries for their ordinary senses.
@format 1
@lang en
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:people: words that, right before a noun, make it a person or people ----
this              | ctx:people |  |  |
that              | ctx:people |  |  |
these             | ctx:people |  |  |
those             | ctx:people |  |  |
another           | ctx:people |  |  |
typical           | ctx:people |  |  |
a typical         | ctx:people |  |  |
all               | ctx:people |  |  |
all the           | ctx:people |  |  |
all these         | ctx:people |  |  |
all those         | ctx:people |  |  |
bunch of          | ctx:people |  |  |
a bunch of        | ctx:people |  |  |
some              | ctx:people |  |  |
every             | ctx:people |  |  |
every single      | ctx:people |  |  |
more              | ctx:people |  |  |
too many          | ctx:people |  |  |
so many           | ctx:people |  |  |
full of           | ctx:people |  |  |
nothing but       | ctx:people |  |  |
look at this      | ctx:people |  |  |
look at that      | ctx:people |  |  |
look at these     | ctx:people |  |  |
look at those     | ctx:people |  |  |
such a            | ctx:people |  |  |
what a            | ctx:people |  |  |
# contemptuous words that stand before a slur used of people
dirty             | ctx:people |  |  |
filthy            | ctx:people |  |  |
stinking          | ctx:people |  |  |
stinky            | ctx:people |  |  |
smelly            | ctx:people |  |  |
stupid            | ctx:people |  |  |
dumb              | ctx:people |  |  |
lazy              | ctx:people |  |  |
ugly              | ctx:people |  |  |
worthless         | ctx:people |  |  |
disgusting        | ctx:people |  |  |
fucking           | ctx:people |  |  |
fuckin            | ctx:people |  |  |
fking             | ctx:people |  |  |
effing            | ctx:people |  |  |
bloody            | ctx:people |  |  |
damn              | ctx:people |  |  |
damned            | ctx:people |  |  |

# ---- ctx:people_after: words that, right after a noun, make it people ----
everywhere        | ctx:people_after |  |  |
go home           | ctx:people_after |  |  |
go back           | ctx:people_after |  |  |
get out           | ctx:people_after |  |  |
in this country   | ctx:people_after |  |  |
in our country    | ctx:people_after |  |  |
over here         | ctx:people_after |  |  |
over there        | ctx:people_after |  |  |

# ---- ctx:self: the speaker belongs to the group (reclaimed use) ----
as a proud        | ctx:self |  |  |
proud to be a     | ctx:self |  |  |
i'm a proud       | ctx:self |  |  |
im a proud        | ctx:self |  |  |
i am a proud      | ctx:self |  |  |
speaking as a     | ctx:self |  |  |
as a fellow       | ctx:self |  |  |
my fellow         | ctx:self |  |  |
us fellow         | ctx:self |  |  |
as a gay          | ctx:self |  |  |
as a lesbian      | ctx:self |  |  |
as a bi           | ctx:self |  |  |
as a trans        | ctx:self |  |  |
as a queer        | ctx:self |  |  |
as a disabled     | ctx:self |  |  |
as an autistic    | ctx:self |  |  |
as a black        | ctx:self |  |  |
as a chinese      | ctx:self |  |  |
as a filipino     | ctx:self |  |  |
as a malaysian    | ctx:self |  |  |
as an indian      | ctx:self |  |  |
as an indonesian  | ctx:self |  |  |
as a jew          | ctx:self |  |  |
as a muslim       | ctx:self |  |  |
as a pakistani    | ctx:self |  |  |
# talking about the word itself
reclaim the word  | ctx:counter |  |  |
reclaimed the word | ctx:counter |  |  |
reclaiming the word | ctx:counter |  |  |

# ---- slurs: sexual orientation and gender identity ----
fag               | hate | 0.85 | slur_group | slur severe
fags              | hate | 0.85 | slur_group | slur severe
faggy             | hate | 0.8  | slur_group | slur
homo              | hate | 0.8  | slur_group | slur
homos             | hate | 0.8  | slur_group | slur
dyke              | hate | 0.8  | slur_group | slur
dykes             | hate | 0.8  | slur_group | slur
bulldyke          | hate | 0.85 | slur_group | slur severe
bull dyke         | hate | 0.85 | slur_group | slur severe
lesbo             | hate | 0.8  | slur_group | slur
lesbos            | hate | 0.75 | slur_group | slur
lezbo             | hate | 0.8  | slur_group | slur
lezbos            | hate | 0.8  | slur_group | slur
lezza             | hate | 0.8  | slur_group | slur
lezzas            | hate | 0.8  | slur_group | slur
lezzer            | hate | 0.8  | slur_group | slur
lezzers           | hate | 0.8  | slur_group | slur
lezzie            | hate | 0.8  | slur_group | slur
lezzies           | hate | 0.8  | slur_group | slur
poof              | hate | 0.8  | slur_group | slur
poofs             | hate | 0.8  | slur_group | slur
poofter           | hate | 0.85 | slur_group | slur severe
poofters          | hate | 0.85 | slur_group | slur severe
pooftah           | hate | 0.85 | slur_group | slur severe
bum boy           | hate | 0.8  | slur_group | slur
bum boys          | hate | 0.8  | slur_group | slur
bumboy            | hate | 0.8  | slur_group | slur
batty man         | hate | 0.85 | slur_group | slur severe
batty men         | hate | 0.85 | slur_group | slur severe
fudge packer      | hate | 0.85 | slur_group | slur severe
fudge packers     | hate | 0.85 | slur_group | slur severe
fudgepacker       | hate | 0.85 | slur_group | slur severe
fudgepackers      | hate | 0.85 | slur_group | slur severe
carpet muncher    | hate | 0.85 | slur_group | slur severe
carpet munchers   | hate | 0.85 | slur_group | slur severe
pillow biter      | hate | 0.8  | slur_group | slur
pillow biters     | hate | 0.8  | slur_group | slur
shirt lifter      | hate | 0.8  | slur_group | slur
shirt lifters     | hate | 0.8  | slur_group | slur
nancy boy         | hate | 0.8  | slur_group | slur
nancy boys        | hate | 0.8  | slur_group | slur
sodomite          | hate | 0.75 | slur_group | slur
sodomites         | hate | 0.75 | slur_group | slur
shemale           | hate | 0.85 | slur_group | slur severe
shemales          | hate | 0.85 | slur_group | slur severe
trannie           | hate | 0.85 | slur_group | slur severe

# ---- slurs: disability ----
retard            | hate | 0.85 | slur_group | slur
retards           | hate | 0.85 | slur_group | slur
retarded          | hate | 0.75 | slur_group | slur
tard              | hate | 0.8  | slur_group | slur
tards             | hate | 0.8  | slur_group | slur
spastic           | hate | 0.8  | slur_group | slur
spastics          | hate | 0.8  | slur_group | slur
spaz              | hate | 0.8  | slur_group | slur
spazz             | hate | 0.8  | slur_group | slur
spazzes           | hate | 0.8  | slur_group | slur
spacker           | hate | 0.8  | slur_group | slur
spackers          | hate | 0.8  | slur_group | slur
# "mong" left out: it is Vietnamese "hope" and Filipino "your" (mo + ng), written everywhere.
mongoloid         | hate | 0.8  | slur_group | slur
mongoloids        | hate | 0.8  | slur_group | slur
cripple           | hate | 0.8  | slur_group | slur
cripples          | hate | 0.8  | slur_group | slur
gimp              | hate | 0.75 | slur_group | slur
gimps             | hate | 0.75 | slur_group | slur
midget            | hate | 0.75 | slur_group | slur
midgets           | hate | 0.75 | slur_group | slur
# "window licker": mocks people with intellectual disabilities
window licker     | hate | 0.8  | slur_group | slur
window lickers    | hate | 0.8  | slur_group | slur
# "downie": mocks people with Down syndrome; "sperg": people with Asperger's
downie            | hate | 0.8  | slur_group | slur
downies           | hate | 0.8  | slur_group | slur
sperg             | hate | 0.8  | slur_group | slur
spergs            | hate | 0.8  | slur_group | slur
schizo            | hate | 0.7  | slur_group | slur
schizos           | hate | 0.7  | slur_group | slur

# ---- slurs: race and ethnicity ----
coon              | hate | 0.8  | slur_group | slur
coons             | hate | 0.8  | slur_group | slur
chinky            | hate | 0.85 | slur_group | slur severe
chinkies          | hate | 0.85 | slur_group | slur severe
chinaman          | hate | 0.8  | slur_group | slur
chinamen          | hate | 0.8  | slur_group | slur
jap               | hate | 0.8  | slur_group | slur
japs              | hate | 0.8  | slur_group | slur
# "bugman": Chinese people as insects
bugman            | hate | 0.8  | slur_group | slur
bugmen            | hate | 0.8  | slur_group | slur
# "bat eater", "dog eater": Chinese and other East and Southeast Asians
bat eater         | hate | 0.8  | slur_group | slur
bat eaters        | hate | 0.8  | slur_group | slur
dog eater         | hate | 0.8  | slur_group | slur
dog eaters        | hate | 0.8  | slur_group | slur
paki              | hate | 0.85 | slur_group | slur severe
pakis             | hate | 0.85 | slur_group | slur severe
# Malaysian Indians (Malay "keling"), used in Malaysian English too
keling            | hate | 0.85 | slur_group | slur severe
kelings           | hate | 0.85 | slur_group | slur severe
# Myanmar: Indians, Muslims and Rohingya
kalar             | hate | 0.85 | slur_group | slur severe
kalars            | hate | 0.85 | slur_group | slur severe
# Indonesians (in Malaysia and Australia)
indon             | hate | 0.75 | slur_group | slur
indons            | hate | 0.75 | slur_group | slur
# Bangladeshi migrant workers in Malaysia and Singapore; also the language's name
bangla            | hate | 0.5  | slur_group | slur
banglas           | hate | 0.75 | slur_group | slur
# Filipinos; also a jump, a turn and a verb
flip              | hate | 0.7  | slur_group | slur
flips             | hate | 0.7  | slur_group | slur
# Hokkien "huan na": Malays
huan na           | hate | 0.8  | slur_group | slur
huana             | hate | 0.8  | slur_group | slur
negro             | hate | 0.5  | slur_group | slur
negroes           | hate | 0.8  | slur_group | slur
sambo             | hate | 0.75 | slur_group | slur
sambos            | hate | 0.8  | slur_group | slur
dindu             | hate | 0.85 | slur_group | slur severe
dindus            | hate | 0.85 | slur_group | slur severe
half caste        | hate | 0.75 | slur_group | slur
half-caste        | hate | 0.75 | slur_group | slur
half castes       | hate | 0.75 | slur_group | slur
half-castes       | hate | 0.75 | slur_group | slur
wog               | hate | 0.85 | slur_group | slur severe
wogs              | hate | 0.85 | slur_group | slur severe
wop               | hate | 0.8  | slur_group | slur
wops              | hate | 0.8  | slur_group | slur
dago              | hate | 0.8  | slur_group | slur
dagos             | hate | 0.8  | slur_group | slur
polack            | hate | 0.8  | slur_group | slur
polacks           | hate | 0.8  | slur_group | slur
kraut             | hate | 0.75 | slur_group | slur
krauts            | hate | 0.75 | slur_group | slur
gypo              | hate | 0.8  | slur_group | slur
gypos             | hate | 0.8  | slur_group | slur
gyppo             | hate | 0.8  | slur_group | slur
gyppos            | hate | 0.8  | slur_group | slur
pikey             | hate | 0.8  | slur_group | slur
pikeys            | hate | 0.8  | slur_group | slur
injun             | hate | 0.8  | slur_group | slur
injuns            | hate | 0.8  | slur_group | slur
# redskin(s): left to en.hate.lex (weak, needs a target or group): most posts name the football team.
squaw             | hate | 0.8  | slur_group | slur
squaws            | hate | 0.8  | slur_group | slur
# Aboriginal Australians
abo               | hate | 0.8  | slur_group | slur
abos              | hate | 0.8  | slur_group | slur
honky             | hate | 0.75 | slur_group | slur
honkies           | hate | 0.75 | slur_group | slur
whitey            | hate | 0.75 | slur_group | slur
whiteys           | hate | 0.75 | slur_group | slur

# ---- slurs: religion ----
yid               | hate | 0.8  | slur_group | slur
yids              | hate | 0.8  | slur_group | slur
yiddo             | hate | 0.75 | slur_group | slur
yiddos            | hate | 0.75 | slur_group | slur
heeb              | hate | 0.8  | slur_group | slur
heebs             | hate | 0.8  | slur_group | slur
hymie             | hate | 0.8  | slur_group | slur
hymies            | hate | 0.8  | slur_group | slur
# Northern Irish Catholics; anti-Catholic
taig              | hate | 0.85 | slur_group | slur severe
taigs             | hate | 0.85 | slur_group | slur severe
papist            | hate | 0.7  | slur_group | slur
papists           | hate | 0.7  | slur_group | slur
christcuck        | hate | 0.75 | slur_group | slur
christcucks       | hate | 0.75 | slur_group | slur
bible thumper     | hate | 0.7  | slur_group | slur
bible thumpers    | hate | 0.7  | slur_group | slur
bible basher      | hate | 0.7  | slur_group | slur
bible bashers     | hate | 0.7  | slur_group | slur
# Hindus
cow piss drinker  | hate | 0.85 | slur_group | slur severe
cow piss drinkers | hate | 0.85 | slur_group | slur severe
cow worshiper     | hate | 0.8  | slur_group | slur
cow worshipers    | hate | 0.8  | slur_group | slur
# non-Muslims, in the mouth of Islamists ("kafir", "kuffar")
kafir             | hate | 0.5  | slur_group | slur
kafirs            | hate | 0.7  | slur_group | slur
kuffar            | hate | 0.75 | slur_group | slur
towel head        | hate | 0.85 | slur_group | slur severe
towel heads       | hate | 0.85 | slur_group | slur severe
rag head          | hate | 0.85 | slur_group | slur severe
rag heads         | hate | 0.85 | slur_group | slur severe

# ---- slurs: women ----
# incel word for women ("roast beef"); also British for roast potatoes
roastie           | hate | 0.8  | slur_group | slur
roasties          | hate | 0.8  | slur_group | slur

# ---- slurs: migrants and foreigners ----
foreign trash     | hate | 0.8  | slur_group | slur
third worlder     | hate | 0.75 | slur_group | slur
third worlders    | hate | 0.75 | slur_group | slur
street shitter    | hate | 0.85 | slur_group | slur severe
street shitters   | hate | 0.85 | slur_group | slur severe

# ---- unambiguous slurs missing from en.hate.lex: they count on their own (no `slur` flag) ----
sheboon           | hate | 0.9  | slur_group | severe
sheboons          | hate | 0.9  | slur_group | severe
groid             | hate | 0.9  | slur_group | severe
groids            | hate | 0.9  | slur_group | severe
jewboy            | hate | 0.9  | slur_group | severe
jewboys           | hate | 0.9  | slur_group | severe
sand monkey       | hate | 0.85 | slur_group | severe
sand monkeys      | hate | 0.85 | slur_group | severe
yellow monkey     | hate | 0.85 | slur_group | severe
yellow monkeys    | hate | 0.85 | slur_group | severe
third world trash | hate | 0.8  | slur_group |
migrant scum      | hate | 0.8  | slur_group |
immigrant scum    | hate | 0.8  | slur_group |
refugee scum      | hate | 0.8  | slur_group |
foreign scum      | hate | 0.8  | slur_group |
indoneshit        | hate | 0.85 | slur_group | severe

# ---- allow: everyday senses of the words above ----
# cigarettes and firewood
re:\b(smoke|smoked|smokes|smoking|light|lights|lit|lighting|roll|rolled|rolls|rolling|bum|bummed|cadge|cadged|scrounge|scrounged|spark|sparked|fancy|fancied|need|needed|want|wanted|have|had|having|grab|grabbed|buy|bought|buying|nick|nicked|finish|finished|out for|pop out for|nip out for|go out for|went out for|gone out for|step out for|stepped out for) (a |another |one more |a quick |me a |my |his |her |your |their |our |some |more |a few |any |the last |last |20 |twenty |ten |10 )?fags?\b | allow |  |  |
re:\bfags? (break|breaks|end|ends|packet|packets|butt|butts|paper|papers|ash|smoke|smell|stains?|burns?|machine|lighter|and (a|booze|beer|lager|tea|coffee))\b | allow |  |  |
re:\b(packet|pack|packs|carton|box|twenty|20|ten|10|pouch) of fags\b | allow |  |  |
re:\b(bundle|bundles|stack|pile|bunch) of faggots\b | allow |  |  |
re:\bfaggots (of|and) (wood|sticks|brushwood|twigs|kindling|peas|gravy|mash|onion gravy)\b | allow |  |  |
re:\b(pork|beef|homemade|brains and|traditional) faggots\b | allow |  |  |
# species of the genus Homo, homogenised milk
homo erectus      | allow |  |  |
homo sapien       | allow |  |  |
homo neanderthalensis | allow |  |  |
homo habilis      | allow |  |  |
homo floresiensis | allow |  |  |
homo naledi       | allow |  |  |
homo heidelbergensis | allow |  |  |
homo economicus   | allow |  |  |
homo deus         | allow |  |  |
homo ludens       | allow |  |  |
ecce homo         | allow |  |  |
genus homo        | allow |  |  |
homo milk         | allow |  |  |
# embankments, geology, and lesbian community names
re:\b(offa's|offas|devil's|devils|sea|river|flood|earthen|clay|igneous|basalt|basaltic|dolerite|doleritic|granite|granitic|volcanic|mafic|felsic|feeder|sheeted|clastic|sandstone|kimberlite|ring|radial) dykes?\b | allow |  |  |
re:\bdykes? (and sills|swarm|swarms|road|wall|walls|path|breach|breached|burst|failed|failure|collapse|collapsed|repair|repairs|system|systems|intrusion|intrusions|intruded|intrudes|cuts|cutting|rock|rocks|marsh|complex)\b | allow |  |  |
dyke march        | allow |  |  |
dykes on bikes    | allow |  |  |
# the Greek island
re:\b(island|isle) of lesbos\b | allow |  |  |
re:\b(on|visit|visited|visiting|reached|reach|arrive|arrived|arriving|greek island|greek islands|moria|mytilene|camp on|camps on|ferry to|boat to|flights? to) lesbos\b | allow |  |  |
re:\blesbos (island|camp|camps|refugee|refugees|greece|ferry|beach|beaches|holiday|trip|hotel|hotels)\b | allow |  |  |
# the interjection "poof!"
re:\bpoof ?! | allow |  |  |
re:\b(and|then|just|like|went|goes|and then|suddenly) poof\b | allow |  |  |
re:\bpoof (it|its|it's|and|gone|just|there|everything|all|the)\b | allow |  |  |
# the verbs "retard", "cripple"; "retarded" in physics and engineering
re:\bretard(s|ed|ing)? (the|its|their|our|his|her|growth|progress|development|combustion|flames?|fire|spread|corrosion|ignition|timing|ripening|germination|setting|curing|aging|ageing|evaporation|decay)\b | allow |  |  |
re:\bretarded (potential|potentials|time|green|solution|solutions|field|fields|wave|waves|timing|spark|ignition|growth|development)\b | allow |  |  |
re:\bcripples? (the|our|their|its|his|her|your|an?|economy|economies|industry|industries|business|businesses|system|systems|country|network)\b | allow |  |  |
# medicine
re:\bspastic (colon|bladder|paralysis|cerebral|diplegia|quadriplegia|hemiplegia|paraplegia|muscles?|gait|dysphonia|dysarthria|tetraparesis|paresis|type|form|cp|movements?|spasms?|limbs?|torticollis|society|centre|center|association)\b | allow |  |  |
spastics society  | allow |  |  |
# places and people
mong kok          | allow |  |  |
re:\b(gord|gordon) downie\b | allow |  |  |
re:\bwhitey (ford|bulger|herzog|houston)\b | allow |  |  |
tanjung keling    | allow |  |  |
kampung keling    | allow |  |  |
kapitan keling    | allow |  |  |
re:\bsquaw (valley|peak|creek|mountain|lake|butte|island)\b | allow |  |  |
re:\b(rio|cerro|monte|blanco y|pinot|vino|cafe) negro\b | allow |  |  |
re:\bnegro (league|leagues|spiritual|spirituals|river|modelo|college fund|history week|national league|baseball)\b | allow |  |  |
united negro college | allow |  |  |
# the image editor, the mask
re:\bgimp (tutorial|tutorials|plugin|plugins|software|editor|file|files|brush|brushes|script|scripts|version|image|images|program|app|mask|suit|2|3)\b | allow |  |  |
re:\b(in|using|with|open|opened|install|installed|download|downloaded|use|via|learn|learning) gimp\b | allow |  |  |
# vehicles, sweets, plants
re:\bmidgets? (car|cars|racing|racer|racers|race|races|submarine|submarines|sub|subs|gems|class|league|football|hockey|team|tomato|tomatoes|pepper|peppers|trees?)\b | allow |  |  |
mg midget         | allow |  |  |
# raccoons, the cat breed, the cheese
re:\bmaine coons?\b | allow |  |  |
re:\bcoons? (dog|dogs|hound|hounds|hunting|hunt|hunter|hunters|skin|skins|skin cap|cap|cheese|tail|tails)\b | allow |  |  |
# the martial art
re:\bsambo (wrestling|wrestler|wrestlers|fighter|fighters|champion|champions|championship|championships|class|classes|technique|techniques|gym|training|match|matches|world|federation|belt|coach|tournament|athlete|athletes)\b | allow |  |  |
re:\b(combat|sport|russian|freestyle) sambo\b | allow |  |  |
# blood groups
re:\babo (blood|incompatibility|incompatible|system|group|groups|type|types|typing|antigen|antigens|antibodies|gene|genes|compatible|compatibility)\b | allow |  |  |
# music, food, football
re:\bhonky[- ]?tonks?\b | allow |  |  |
re:\bkraut (rock|band|bands|salad|juice|recipe)\b | allow |  |  |
re:\byid (army|chant|chants)\b | allow |  |  |
heeb magazine     | allow |  |  |
re:\bredskins? (potato|potatoes|peanut|peanuts|lollies|lolly)\b | allow |  |  |
re:\b(washington|the washington) redskins\b | allow |  |  |
re:\bredskins (game|games|fans|fan|jersey|jerseys|logo|stadium|quarterback|coach|season|football|nfl)\b | allow |  |  |
re:\broasties? (and|with) (gravy|veg|veggies|yorkshires?|yorkshire puddings|pigs in blankets|stuffing|peas|carrots)\b | allow |  |  |
re:\b(crispy|crunchy|goose fat|duck fat|perfect|homemade|frozen|mum's|mums|sunday|fluffy) roasties\b | allow |  |  |
# kafir lime, kafir corn (sorghum)
re:\bkafir (lime|limes|lime leaves|leaves|corn)\b | allow |  |  |
# cricket: a left-arm wrist-spin delivery
re:\bchinaman (bowler|bowlers|bowling|delivery|deliveries|ball)\b | allow |  |  |
re:\b(bowl|bowls|bowled|bowling|left-arm|left arm) (a )?chinaman\b | allow |  |  |
# Australian "a wog" = a stomach bug
re:\b(caught|catch|got|get|have|had|picked up) (a |the |some )?(tummy |stomach |gastro )?wog\b | allow |  |  |
# the language Bangla
re:\bbangla (song|songs|gaan|music|movie|movies|film|films|natok|drama|dramas|language|script|font|fonts|keyboard|news|newspaper|subtitle|subtitles|lyrics|typing|text|book|books|literature|poem|poems|academy|version|translation|meaning|name|names|radio|tv|channel|band|rap|cinema|serial|video|videos|calendar|new year|date|word|words)\b | allow |  |  |
re:\b(in|speak|speaks|speaking|spoken|learn|learning|read|reads|write|writes|written|translate|translated|into) bangla\b | allow |  |  |
# flips and the verb "flip"
re:\b(kick|heel|front|back|double|triple|side|varial|hard|nollie|gainer|coin|pancake|burger|property|house|houses|cup|forward|backward|aerial|quick|first|cool|sick|insane|clean|perfect|twisting|layout|tuck|tucked|table|script|mood|massive|total|complete|big|bottle|mental|personality|backwards|forwards) flips?\b | allow |  |  |
re:\bflips? (was|were|is|looked|looks|landed|lands|into|over|out|off|side|sides|flop|flops|phone|phones|book|books|chart|charts|the|a|it|them|him|her|me|your|my|his|their|our|mode|switch|turn|coin|cup|camera|screen|card|cards|script|burger|burgers|pancake|pancakes|trick|tricks|video|clip|clips|clock|flip)\b | allow |  |  |
re:\bflip-flops?\b | allow |  |  |
# Taglish "paki" = "please" ("paki check", "paki-send")
re:\bpaki (check|send|sabi|explain|share|help|add|follow|like|pm|dm|bigay|abot|kuha|tingin|basa|post|reply|message|chat|confirm|update|upload|click|sign|open|sagot|tulong|tawag|hintay|ayos|lagay|off|on|print|scan|forward|tag|email|text|call|review|read|sabihan|turo|bili|dala|tanong|notify|repost|retweet|rt|fill|sagutan|pasa|padala|intindi|linis|bantay)\b | allow |  |  |
re:\bpaki-[a-z]+ | allow |  |  |
# Malaysian "jap" = "kejap" (a moment): "tunggu jap", "jap je"
re:\b(tunggu|kejap|sekejap|kejab|tgk|tengok|jom|pergi|gi|pegi|check|rehat|wait|hold on|sat|bagi|try|cuba|pinjam|jaga|duduk|stop|berhenti|balik|tidur|makan|mandi|solat|call|text|online|offline|afk|brb|gtg|lepak|wait a|kejap lagi) jap\b | allow |  |  |
re:\bjap (je|jer|ja|lagi|ni|tu|eh|ek|ya|yer|k|ok|okay|kejap|nanti|la|lah|tau|you|u|i|aku|saya|nak|dulu|dlu|boleh|bole|lepas|lps|ye|yea|tunggu)\b | allow |  |  |
# Tagalog "abo" = ash; Bandung's Dago; hot-dog eating contests
re:\b(naging|parang|kulay|ng|sa|ang|na) abo\b | allow |  |  |
re:\babo (ng|sa|na|at)\b | allow |  |  |
re:\b(jalan|jl|jln) dago\b | allow |  |  |
re:\bdago (atas|pakar|bandung)\b | allow |  |  |
re:\bhot dog eaters?\b | allow |  |  |
# the foreign waste trade
re:\bforeign trash (imports?|shipments?|dumping|dumped|waste|containers?)\b | allow |  |  |

# ---- allow: everyday words the speller would otherwise read as a misspelt or glued slur above
# ("grid" → "groid", "tags" → "taigs", "trad" → "tard", "taiga" → "taig a", "negroni" → "negro ni")
grid              | allow |  |  |
grids             | allow |  |  |
tags              | allow |  |  |
trad              | allow |  |  |
trads             | allow |  |  |
tars              | allow |  |  |
tads              | allow |  |  |
tardis            | allow |  |  |
dags              | allow |  |  |
hebe              | allow |  |  |
hebes             | allow |  |  |
kraus             | allow |  |  |
midges            | allow |  |  |
fips              | allow |  |  |
sabo              | allow |  |  |
samos             | allow |  |  |
abso              | allow |  |  |
taiga             | allow |  |  |
negroni           | allow |  |  |
kalari            | allow |  |  |
sambosa           | allow |  |  |

# ---- ctx:ingroup: the writer counting themself in; a slur within 8 characters of one, in the
# same clause, is the group's own word for itself (reclaimed use). Added by the engine's author. ----
we                | ctx:ingroup |  |  |
us                | ctx:ingroup |  |  |
we're             | ctx:ingroup |  |  |
were all          | ctx:ingroup |  |  |
i'm a             | ctx:ingroup |  |  |
im a              | ctx:ingroup |  |  |
i am a            | ctx:ingroup |  |  |
i'm               | ctx:ingroup |  |  |
as a              | ctx:ingroup |  |  |
our               | ctx:ingroup |  |  |
fellow            | ctx:ingroup |  |  |
we all            | ctx:ingroup |  |  |
us fellow         | ctx:ingroup |  |  |
me and my fellow  | ctx:ingroup |  |  |
