# Filipino / Tagalog (incl. Taglish and common Visayan forms) slurs that count only when read as
# people. A `slur` entry counts at its full weight when a `ctx:people` word stands right before it
# ("mga tsekwa", "yung abnoy"), a `ctx:people_after` word right after it ("bakla yan"), a
# second-person word ("ka", "mo", "ikaw") is within 60 characters, or it is the only word of its
# sentence; otherwise at a fifth of its weight. A `ctx:self` word just before it ("proud na
# bakla") cuts it to a third. Words that are also the ordinary, often self-chosen name of a group
# ("bakla", "bayot", "tomboy", "intsik", "ita") weigh 0.7, just over the line, so that any
# weakening context drops them; words that are only insults weigh 0.8 or more. Everyday senses
# (abnoy = a failed balut egg, paminta = pepper) carry `allow` entries.
@format 1
@lang fil
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:people: words that, right before a noun, make it a person or people ----
mga               | ctx:people |  |  |
ang mga           | ctx:people |  |  |
itong mga         | ctx:people |  |  |
yung mga          | ctx:people |  |  |
kayong mga        | ctx:people |  |  |
si                | ctx:people |  |  |
sina              | ctx:people |  |  |
kayong            | ctx:people |  |  |
itong             | ctx:people |  |  |
etong             | ctx:people |  |  |
yung              | ctx:people |  |  |
yong              | ctx:people |  |  |
ung               | ctx:people |  |  |
yang              | ctx:people |  |  |
iyang             | ctx:people |  |  |
ganyang           | ctx:people |  |  |
ganitong          | ctx:people |  |  |
ganung            | ctx:people |  |  |
ganong            | ctx:people |  |  |
lahat ng          | ctx:people |  |  |
puro              | ctx:people |  |  |
puro mga          | ctx:people |  |  |
daming            | ctx:people |  |  |
dami ng           | ctx:people |  |  |
# contempt before a noun, with the linker "-ng" / "na"
putanginang       | ctx:people |  |  |
putang inang      | ctx:people |  |  |
punyetang         | ctx:people |  |  |
tangang           | ctx:people |  |  |
bobong            | ctx:people |  |  |
gagong            | ctx:people |  |  |
ulol na           | ctx:people |  |  |
hayop na          | ctx:people |  |  |
salot na          | ctx:people |  |  |
pesteng           | ctx:people |  |  |
lintik na         | ctx:people |  |  |
walang kwentang   | ctx:people |  |  |
walang kuwentang  | ctx:people |  |  |
walang hiyang     | ctx:people |  |  |
kadiring          | ctx:people |  |  |
demonyong         | ctx:people |  |  |
baboy na          | ctx:people |  |  |
maruming          | ctx:people |  |  |
mabahong          | ctx:people |  |  |

# ---- ctx:people_after: words that, right after a noun, make it people ----
na yan            | ctx:people_after |  |  |
na iyan           | ctx:people_after |  |  |
yan               | ctx:people_after |  |  |
iyan              | ctx:people_after |  |  |
na yun            | ctx:people_after |  |  |
na ito            | ctx:people_after |  |  |
na to             | ctx:people_after |  |  |
ito               | ctx:people_after |  |  |
to                | ctx:people_after |  |  |
dito              | ctx:people_after |  |  |
dyan              | ctx:people_after |  |  |
diyan             | ctx:people_after |  |  |
lahat             | ctx:people_after |  |  |

# ---- ctx:self: the speaker belongs to the group (reclaimed use) ----
proud na          | ctx:self |  |  |
proud to be       | ctx:self |  |  |
proud to be a     | ctx:self |  |  |
bilang isang      | ctx:self |  |  |
isa akong         | ctx:self |  |  |
isa rin akong     | ctx:self |  |  |
ako ay isang      | ctx:self |  |  |
kaming mga        | ctx:self |  |  |
kapwa             | ctx:self |  |  |
kapwa ko          | ctx:self |  |  |
mga kapwa ko      | ctx:self |  |  |

# ---- slurs: sexual orientation and gender identity ----
bakla             | hate | 0.5  | slur_group | slur
baklang           | hate | 0.7  | slur_group | slur
bading            | hate | 0.75 | slur_group | slur
badingding        | hate | 0.75 | slur_group | slur
badaf             | hate | 0.75 | slur_group | slur
# Visayan "bayot": gay man
bayot             | hate | 0.5  | slur_group | slur
bayut             | hate | 0.7  | slur_group | slur
bayoting          | hate | 0.75 | slur_group | slur
# "sward": gay man (gay lingo turned insult)
sward             | hate | 0.8  | slur_group | slur
binabae           | hate | 0.75 | slur_group | slur
# "paminta" (pepper): a closeted gay man
paminta           | hate | 0.7  | slur_group | slur
tomboy            | hate | 0.5  | slur_group | slur
tibo              | hate | 0.75 | slur_group | slur
t-bird            | hate | 0.75 | slur_group | slur
shemale           | hate | 0.85 | slur_group | slur
lesbo             | hate | 0.8  | slur_group | slur
salot na bading   | hate | 0.8  | slur_group | severe
salot na bayot    | hate | 0.8  | slur_group | severe

# ---- slurs: Chinese Filipinos and other Asians ----
intsik            | hate | 0.5  | slur_group | slur
insik             | hate | 0.7  | slur_group | slur
tsekwa            | hate | 0.85 | slur_group | slur severe
chekwa            | hate | 0.85 | slur_group | slur severe
tsikwa            | hate | 0.85 | slur_group | slur severe
chikwa            | hate | 0.85 | slur_group | slur severe
intsik beho       | hate | 0.85 | slur_group | slur severe
# the same words with the linker "-ng" ("tsekwang baboy"), and a common misspelling
tsekwang          | hate | 0.85 | slur_group | slur severe
chekwang          | hate | 0.85 | slur_group | slur severe
instik            | hate | 0.7  | slur_group | slur
intsik na baboy   | hate | 0.85 | slur_group | severe
# "singkit": slit-eyed
singkit           | hate | 0.8  | slur_group | slur
chingchong        | hate | 0.85 | slur_group | slur severe
ching chong       | hate | 0.85 | slur_group | slur severe
# "bumbay": Indians (and Indian moneylenders)
bumbay            | hate | 0.5  | slur_group | slur
bombay            | hate | 0.7  | slur_group | slur

# ---- slurs: dark-skinned and indigenous Filipinos (Aeta, Agta, Lumad), Badjao ----
nognog            | hate | 0.8  | slur_group | slur
baluga            | hate | 0.8  | slur_group | slur
egoy              | hate | 0.8  | slur_group | slur
ita               | hate | 0.5  | slur_group | slur
negrito           | hate | 0.75 | slur_group | slur
negritos          | hate | 0.75 | slur_group | slur
mukhang badjao    | hate | 0.7  | slur_group |
amoy badjao       | hate | 0.75 | slur_group |
amoy ita          | hate | 0.75 | slur_group |

# ---- slurs: Muslims (Moro) and religious groups ----
# "huramentado"/"juramentado": a Moro running amok, said of Muslims as a people
huramentado       | hate | 0.75 | slur_group | slur
juramentado       | hate | 0.75 | slur_group | slur
# "manalista": members of the Iglesia ni Cristo, in contempt
manalista         | hate | 0.75 | slur_group | slur
manalistas        | hate | 0.75 | slur_group | slur

# ---- slurs: women ----
pokpok            | hate | 0.8  | slur_group | slur
malandi           | hate | 0.7  | slur_group | slur
haliparot         | hate | 0.75 | slur_group | slur
babaeng bayaran   | hate | 0.8  | slur_group | slur
malanding babae   | hate | 0.75 | slur_group | slur
babaeng malandi   | hate | 0.75 | slur_group | slur
bayarang babae    | hate | 0.8  | slur_group | slur

# ---- slurs: disability ----
abnoy             | hate | 0.8  | slur_group | slur
mongoloid         | hate | 0.8  | slur_group | slur
mongoloyd         | hate | 0.8  | slur_group | slur
mongol            | hate | 0.75 | slur_group | slur
retard            | hate | 0.85 | slur_group | slur
retarded          | hate | 0.75 | slur_group | slur
retardado         | hate | 0.85 | slur_group | slur
retardada         | hate | 0.85 | slur_group | slur
autistic ka       | hate | 0.7  | slur_group |
# "ngongo": cleft palate speech; "lumpo", "baldado": crippled; "bingi": deaf; "sinto-sinto": "mental"
ngongo            | hate | 0.75 | slur_group | slur
lumpo             | hate | 0.75 | slur_group | slur
baldado           | hate | 0.75 | slur_group | slur
bingi             | hate | 0.7  | slur_group | slur
sinto-sinto       | hate | 0.7  | slur_group | slur
sintu-sinto       | hate | 0.7  | slur_group | slur

# ---- allow: everyday senses of the words above ----
# balut: "abnoy" is the egg that did not develop
re:\b(penoy|balut|itlog|kumain ng|bumili ng|bili ng|benta ng|nagtitinda ng|tindang|masarap na|adobong|tortang|torta na) abnoy\b | allow |  |  |
re:\babnoy (at|and|na itlog|egg|eggs|balut|penoy|omelet|torta)\b | allow |  |  |
# pepper
re:\b(asin at|asin|durog na|dinurog na|buong|lagyan ng|lagay ng|budburan ng|konting|kaunting|kutsarita ng|ground|black|white|salt and|salt &|bawang at|toyo at|suka at) paminta\b | allow |  |  |
re:\bpaminta (at asin|and salt|buo|durog|pangtimpla|powder|seeds|at bawang|ayon sa panlasa)\b | allow |  |  |
# "bingi ka ba?" (can't you hear?), "nagbibingi-bingihan" (pretending not to hear), deaf to the truth
re:\bbingi (ka ba|ba kayo|ka yata|ka ata|sa|na ako|ako)\b | allow |  |  |
re:\b(nagbibingi|magbingi|nagbingi|bingi)-bingihan\b | allow |  |  |
re:\b(medyo|parang|nabingi|nabibingi|halos) bingi\b | allow |  |  |
# the city, the gin, the duck
re:\bbombay (sapphire|gin|duck|city|india|mumbai|stock exchange|high court|dyeing|chutney|mix)\b | allow |  |  |
re:\b(sa|galing sa|nasa|papuntang|lungsod ng) bombay\b | allow |  |  |
# history
re:\b(imperyong|imperyo ng mga|mga sundalong|mga mandirigmang|empire|hari ng mga) mongol\b | allow |  |  |
# the tomboy and bakla saying so of themselves (fil.context.lex has "bakla ako", "tomboy ako")
re:\b(ako ay|ako'y|ako|akong|ako rin ay|ako rin) (bakla|bading|bayot|tomboy|tibo)\b | allow |  |  |
re:\b(bakla|bading|bayot|tomboy|tibo|baklang) (ako|din ako|rin ako|kami|po ako)\b | allow |  |  |

# ---- allow: everyday words the speller would otherwise read as glued words ("nabingi" → "na bingi")
nabingi           | allow |  |  |

# ---- ctx:ingroup: the writer counting themself in; a slur within 8 characters of one, in the
# same clause, is the group's own word for itself (reclaimed use). Added by the engine's author. ----
tayong            | ctx:ingroup |  |  |
tayong mga        | ctx:ingroup |  |  |
tayo              | ctx:ingroup |  |  |
kami              | ctx:ingroup |  |  |
kaming            | ctx:ingroup |  |  |
kaming mga        | ctx:ingroup |  |  |
ako               | ctx:ingroup |  |  |
akong             | ctx:ingroup |  |  |
ako ay            | ctx:ingroup |  |  |
ako'y             | ctx:ingroup |  |  |
bilang isang      | ctx:ingroup |  |  |
kapwa             | ctx:ingroup |  |  |
