# Filipino / Tagalog (incl. Taglish) groups and predicates for the target x predicate layer: who a
# sentence is about (grp:*) and what it says of them (pred:*). A predicate scores only next to a
# group or a person in its sentence, or with a pronoun ("sila", "nila", "kanila", "mga yan")
# pointing back to a group named just before. Groups already in fil.context.lex (ctx:group: muslim,
# moro, intsik, bumbay, lumad, aeta, bakla, tomboy, babae, pwd, mga dayuhan ...) are not repeated.
# A few English predicates are included for Taglish posts.
@format 1
@lang fil
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- grp:protected: further protected groups (colloquial and derogatory names included)
# places of worship stand for the people who worship there
moske                      | grp:protected
mosque                     | grp:protected
masjid                     | grp:protected
simbahan ng mga            | grp:protected
templo ng mga              | grp:protected
moslem*                    | grp:protected
mga moslem                 | grp:protected
born again                 | grp:protected
protestante                | grp:protected
saksi ni jehova            | grp:protected
mormon*                    | grp:protected
budista                    | grp:protected
hindu                      | grp:protected
ateista                    | grp:protected
atheist*                   | grp:protected
chekwa                     | grp:protected
tsekwa                     | grp:protected
chinoy                     | grp:protected
tsinoy                     | grp:protected
bombay                     | grp:protected
indian                     | grp:protected
indians                    | grp:protected
indiano                    | grp:protected
arabo                      | grp:protected
arab                       | grp:protected
arabs                      | grp:protected
negra                      | grp:protected
nognog                     | grp:protected
baluga                     | grp:protected
maguindanao                | grp:protected
maguindanaon               | grp:protected
bangsamoro                 | grp:protected
bisdak                     | grp:protected
ilocano                    | grp:protected
ilonggo                    | grp:protected
kapampangan                | grp:protected
waray                      | grp:protected
bikolano                   | grp:protected
mangyan                    | grp:protected
dumagat                    | grp:protected
indigenous                 | grp:protected
koreano                    | grp:protected
korean*                    | grp:protected
japanese                   | grp:protected
amerikano                  | grp:protected
african*                   | grp:protected
vietnamese                 | grp:protected
indonesian*                | grp:protected
pakistani*                 | grp:protected
bangladeshi*               | grp:protected
dayuhan                    | grp:protected
foreigner*                 | grp:protected
migrante                   | grp:protected
migrant*                   | grp:protected
immigrant*                 | grp:protected
bayot                      | grp:protected
beki                       | grp:protected
mga beki                   | grp:protected
badaf                      | grp:protected
baklita                    | grp:protected
silahis                    | grp:protected
bisexual*                  | grp:protected
transwoman                 | grp:protected
transwomen                 | grp:protected
trans women                | grp:protected
transpinay                 | grp:protected
tomboi                     | grp:protected
homosexual*                | grp:protected
homo                       | grp:protected
queer                      | grp:protected
binabae                    | grp:protected
pipi                       | grp:protected
autistic                   | grp:protected
autistiko                  | grp:protected
may autism                 | grp:protected
may down syndrome          | grp:protected
special child              | grp:protected
mga special child          | grp:protected
may sakit sa pag-iisip     | grp:protected
mongoloyd                  | grp:protected
mongoloid                  | grp:protected
lumpo                      | grp:protected
# added 2026-12: slurs and nicknames used as names for a group, plural forms with "mga"
abnoy                      | grp:protected
mga abnoy                  | grp:protected
baldado                    | grp:protected
mga baldado                | grp:protected
egoy                       | grp:protected
mga egoy                   | grp:protected
mga kulot                  | grp:protected
malandi                    | grp:protected
pokpok                     | grp:protected
puta                       | grp:protected
singkit                    | grp:protected
mga singkit                | grp:protected
sward                      | grp:protected
mga sward                  | grp:protected
mga negro                  | grp:protected
mga black                  | grp:protected
ang mga black              | grp:protected
re:\b(bagong|isang|ang|si|may|sa|ng|na|yung|kay) black\b | grp:protected
mga itim                   | grp:protected
taong itim                 | grp:protected
mga maiitim                | grp:protected
mga tsinoy                 | grp:protected
mga chinese                | grp:protected
mga kristiyano             | grp:protected
mga atheist                | grp:protected
mga pwd                    | grp:protected
mga lesbian                | grp:protected
mga transgender            | grp:protected
mga refugee                | grp:protected
mga indian                 | grp:protected
mga lumad                  | grp:protected
mga aeta                   | grp:protected
mga igorot                 | grp:protected
mga badjao                 | grp:protected
mga bisaya                 | grp:protected
mga hudyo                  | grp:protected
mga hindu                  | grp:protected
mga bakla                  | grp:protected
mga tomboy                 | grp:protected
mga tibo                   | grp:protected
baklang                    | grp:protected
mga baklang                | grp:protected
babaeng                    | grp:protected
mga babaeng                | grp:protected
aetang                     | grp:protected
tsinong                    | grp:protected
kristiyanong               | grp:protected

# ---- grp:other: groups that are not protected (abuse of them is harassment)
pulitiko                   | grp:other
politiko                   | grp:other
politicians                | grp:other
senador                    | grp:other
mga senador                | grp:other
kongresista                | grp:other
congressman                | grp:other
congressmen                | grp:other
mayor                      | grp:other
meyor                      | grp:other
konsehal                   | grp:other
kapitan                    | grp:other
kagawad                    | grp:other
gobyerno                   | grp:other
administrasyon             | grp:other
opisyal                    | grp:other
mga opisyal                | grp:other
trapo                      | grp:other
dds                        | grp:other
dilawan                    | grp:other
pinklawan                  | grp:other
kakampink                  | grp:other
bbm supporters             | grp:other
marcos loyalist*           | grp:other
loyalist*                  | grp:other
troll*                     | grp:other
pulis                      | grp:other
mga pulis                  | grp:other
parak                      | grp:other
police                     | grp:other
sundalo                    | grp:other
militar                    | grp:other
afp                        | grp:other
pnp                        | grp:other
abogado                    | grp:other
lawyer*                    | grp:other
huwes                      | grp:other
judge*                     | grp:other
doktor                     | grp:other
nars                       | grp:other
guro                       | grp:other
titser                     | grp:other
teacher*                   | grp:other
estudyante                 | grp:other
referee                    | grp:other
reperi                     | grp:other
manlalaro                  | grp:other
players                    | grp:other
coach                      | grp:other
fans                       | grp:other
fanatiko                   | grp:other
stans                      | grp:other
stan                       | grp:other
influencer*                | grp:other
vlogger*                   | grp:other
youtuber*                  | grp:other
tiktoker*                  | grp:other
content creator*           | grp:other
artista                    | grp:other
celebrity                  | grp:other
celebrities                | grp:other
gamer*                     | grp:other
landlord*                  | grp:other
landlady                   | grp:other
kasero                     | grp:other
kasera                     | grp:other
banker*                    | grp:other
mayayaman                  | grp:other
mga mayaman                | grp:other
elitista                   | grp:other
oligarch*                  | grp:other
negosyante                 | grp:other
manager*                   | grp:other
jeepney driver*            | grp:other
tricycle driver*           | grp:other
taxi driver*               | grp:other
grab driver*               | grp:other
rider*                     | grp:other
motorista                  | grp:other
media                      | grp:other
mamamahayag                | grp:other
journalist*                | grp:other
reporter*                  | grp:other
kapitbahay                 | grp:other
biyenan                    | grp:other
marites                    | grp:other
mga marites                | grp:other
boomers                    | grp:other
gen z                      | grp:other
millennials                | grp:other
jejemon*                   | grp:other
iskwater                   | grp:other
squatter*                  | grp:other
tambay                     | grp:other
mga tambay                 | grp:other
adik                       | grp:other
mga adik                   | grp:other
addict*                    | grp:other
drug pusher*               | grp:other
pusher*                    | grp:other
feminist*                  | grp:other
# added 2026-12
ahente ng insurance        | grp:other
insurance agent*           | grp:other
ahente                     | grp:other
mga ahente                 | grp:other
kolektor ng utang          | grp:other
kolektor                   | grp:other
mga kolektor               | grp:other
maniningil                 | grp:other
fans ng                    | grp:other
mga fans                   | grp:other
mga referee                | grp:other
mga vlogger                | grp:other
mga troll                  | grp:other
mga trapo                  | grp:other
mga pulitiko               | grp:other
mga politiko               | grp:other
mga artista                | grp:other
mga influencer             | grp:other
mga landlord               | grp:other
mga abogado                | grp:other
mga guro                   | grp:other
mga doktor                 | grp:other
mga nars                   | grp:other
mga estudyante             | grp:other
mga boss                   | grp:other
mga amo                    | grp:other
amo                        | grp:other
mga sundalo                | grp:other
mga driver                 | grp:other
mga rider                  | grp:other
mga negosyante             | grp:other
mga mayayaman              | grp:other
mga ofw                    | grp:other

# ---- grp:pronoun: they, them and back-references
sila                       | grp:pronoun
nila                       | grp:pronoun
kanila                     | grp:pronoun
sila lahat                 | grp:pronoun
silang lahat               | grp:pronoun
lahat sila                 | grp:pronoun
sila-sila                  | grp:pronoun
ang mga iyan               | grp:pronoun
ang mga yan                | grp:pronoun
mga yan                    | grp:pronoun
mga iyan                   | grp:pronoun
mga iyon                   | grp:pronoun
mga yun                    | grp:pronoun
yung mga yun               | grp:pronoun
yung mga yan               | grp:pronoun
ganyang mga tao            | grp:pronoun
mga ganyang tao            | grp:pronoun
mga ganitong tao           | grp:pronoun
ganitong klase ng tao      | grp:pronoun
mga taong yan              | grp:pronoun
mga taong iyan             | grp:pronoun
mga taong ganyan           | grp:pronoun
lahi nila                  | grp:pronoun
kanilang lahi              | grp:pronoun
kauri nila                 | grp:pronoun
kanilang uri               | grp:pronoun
they                       | grp:pronoun
them                       | grp:pronoun
# added 2026-12
silang                     | grp:pronoun
kanilang                   | grp:pronoun
sa kanila                  | grp:pronoun
mga ito                    | grp:pronoun
ang mga ito                | grp:pronoun
mga 'yan                   | grp:pronoun
mga 'yun                   | grp:pronoun
yang mga yan               | grp:pronoun
yang mga 'yan              | grp:pronoun
mga hayop na yan           | grp:pronoun
lahat ng yan               | grp:pronoun
sila rin                   | grp:pronoun
ganyang klase              | grp:pronoun
ganitong klase             | grp:pronoun

# ---- pred:emotion: strong negative emotion about a group
galit ako sa               | pred:emotion | 0.85 | hate_emotion_group
galit na galit ako sa      | pred:emotion | 0.9 | hate_emotion_group
nagagalit ako sa           | pred:emotion | 0.85 | hate_emotion_group
galit sa mga               | pred:emotion | 0.8 | hate_emotion_group
ayoko sa                   | pred:emotion | 0.8 | hate_emotion_group
ayoko sa mga               | pred:emotion | 0.8 | hate_emotion_group
ayaw ko sa                 | pred:emotion | 0.8 | hate_emotion_group
ayaw ko sa mga             | pred:emotion | 0.8 | hate_emotion_group
hate ko                    | pred:emotion | 0.85 | hate_emotion_group
hate na hate ko            | pred:emotion | 0.9 | hate_emotion_group
i hate                     | pred:emotion | 0.9 | hate_emotion_group
kinamumuhian               | pred:emotion | 0.9 | hate_emotion_group
kinamumuhian ko            | pred:emotion | 0.9 | hate_emotion_group
kamuhian                   | pred:emotion | 0.9 | hate_emotion_group
namumuhi ako               | pred:emotion | 0.9 | hate_emotion_group
nasusuklam ako             | pred:emotion | 0.9 | hate_emotion_group
suklam na suklam           | pred:emotion | 0.9 | hate_emotion_group
nandidiri ako              | pred:emotion | 0.85 | hate_emotion_group
nandidiri ako sa           | pred:emotion | 0.85 | hate_emotion_group
diring-diri ako            | pred:emotion | 0.9 | hate_emotion_group
diring diri ako            | pred:emotion | 0.9 | hate_emotion_group
naiinis ako sa             | pred:emotion | 0.75 | hate_emotion_group
inis na inis ako sa        | pred:emotion | 0.8 | hate_emotion_group
bwisit ako sa              | pred:emotion | 0.75 | hate_emotion_group
badtrip ako sa             | pred:emotion | 0.75 | hate_emotion_group
sawang-sawa na ako sa      | pred:emotion | 0.8 | hate_emotion_group
sawa na ako sa             | pred:emotion | 0.75 | hate_emotion_group
nasusuka ako               | pred:emotion | 0.85 | hate_emotion_group
nakakasuka                 | pred:emotion | 0.85 | hate_emotion_group
hindi ko matiis            | pred:emotion | 0.8 | hate_emotion_group
di ko matiis               | pred:emotion | 0.8 | hate_emotion_group
hindi ko masikmura         | pred:emotion | 0.85 | hate_emotion_group
di ko masikmura            | pred:emotion | 0.85 | hate_emotion_group
ayokong makita             | pred:emotion | 0.8 | hate_emotion_group
yamot ako sa               | pred:emotion | 0.75 | hate_emotion_group
kinaiinisan ko             | pred:emotion | 0.8 | hate_emotion_group
kinasusuklaman ko          | pred:emotion | 0.9 | hate_emotion_group
kasuklaman                 | pred:emotion | 0.9 | hate_emotion_group
ayoko talaga sa            | pred:emotion | 0.85 | hate_emotion_group
galit kami sa              | pred:emotion | 0.85 | hate_emotion_group
sukang-suka ako sa         | pred:emotion | 0.85 | hate_emotion_group
# added 2026-12: "hindi ko kayang tiisin", blood boiling, profanity aimed at a group
re:\b(hindi|di) ko (talaga |na |na talaga |kailanman )?(kayang |kaya |kinakaya |magawang )?(tiisin|matiis|masikmura|sikmurain|matagalan|tagalan|maatim|lunukin|pakisamahan|makasama|kasama|makatabi|matanggap|tanggapin|mahalin)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(kumukulo|kumulo|nag-iinit|nag iinit|umiinit|uminit|nagpapakulo|nagngingitngit|sumasabog)( talaga| na| agad)? (ang )?(dugo|ulo) ko\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(nagpapakulo|nagpapainit|pinapakulo|pinapainit)( talaga| na)? (ng )?(dugo|ulo) ko\b | pred:emotion | 0.85 | hate_emotion_group
re:\bsukang[- ]suka( na)?( ako)?\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(suklam|diri|sawa|suka|muhi|inis|galit)( na)?( na)? ako (sa|sa mga)\b | pred:emotion | 0.8 | hate_emotion_group
kinasusuklaman             | pred:emotion | 0.9 | hate_emotion_group
sinusuklam ko              | pred:emotion | 0.9 | hate_emotion_group
kinadidirian ko            | pred:emotion | 0.85 | hate_emotion_group
pinandidirihan ko          | pred:emotion | 0.85 | hate_emotion_group
nakakainis                 | pred:emotion | 0.7 | hate_emotion_group
sobrang nakakainis         | pred:emotion | 0.8 | hate_emotion_group
nakakabwisit               | pred:emotion | 0.8 | hate_emotion_group
nakakairita                | pred:emotion | 0.7 | hate_emotion_group
nakakamuhi                 | pred:emotion | 0.85 | hate_emotion_group
ayoko ng mga               | pred:emotion | 0.8 | hate_emotion_group
ayaw ko ng mga             | pred:emotion | 0.8 | hate_emotion_group
re:\b(puta ?ng ?ina|putang ?ina|tang ?ina|tangina|pota|potang ?ina|leche|letse|lintik|punyeta|punyemas|pakyu|pakshet|bwisit|buwisit|gago|ulol|tarantado|hinayupak|hudas|peste|hayup|hayop)( talaga| kayo| na)? (niyo|nyo|ninyo|mo|kayo|kayong|ng mga|sa mga|sa inyo|kang|mong|sila|nila|kanila)\b | pred:emotion | 0.85 | hate_emotion_group
putangina ng mga           | pred:emotion | 0.9 | hate_emotion_group
tangina ng mga             | pred:emotion | 0.9 | hate_emotion_group
leche kayong               | pred:emotion | 0.85 | hate_emotion_group
letse kayong               | pred:emotion | 0.85 | hate_emotion_group
fuck mga                   | pred:emotion | 0.85 | hate_emotion_group
fuck you mga               | pred:emotion | 0.85 | hate_emotion_group
malas                      | pred:emotion | 0.6 | hate_emotion_group
re:\bbakit (ba )?(puro|puros|laging|lagi na lang|ang dami ng|ang daming)\b | pred:emotion | 0.65 | hate_emotion_group

# ---- pred:attribute: very negative attributes said of a group
mabaho                     | pred:attribute | 0.8 | negative_attribute_group
mababaho                   | pred:attribute | 0.8 | negative_attribute_group
amoy putok                 | pred:attribute | 0.8 | negative_attribute_group
mapanghi                   | pred:attribute | 0.8 | negative_attribute_group
madumi                     | pred:attribute | 0.75 | negative_attribute_group
marumi                     | pred:attribute | 0.75 | negative_attribute_group
dugyot                     | pred:attribute | 0.8 | negative_attribute_group
burara                     | pred:attribute | 0.7 | negative_attribute_group
kadiri                     | pred:attribute | 0.8 | negative_attribute_group
nakakadiri                 | pred:attribute | 0.8 | negative_attribute_group
kasuklam-suklam            | pred:attribute | 0.85 | negative_attribute_group
kasuklam suklam            | pred:attribute | 0.85 | negative_attribute_group
nakakasuklam               | pred:attribute | 0.85 | negative_attribute_group
magnanakaw                 | pred:attribute | 0.85 | negative_attribute_group
sinungaling                | pred:attribute | 0.8 | negative_attribute_group
manloloko                  | pred:attribute | 0.8 | negative_attribute_group
mandaraya                  | pred:attribute | 0.8 | negative_attribute_group
madaya                     | pred:attribute | 0.75 | negative_attribute_group
scammer*                   | pred:attribute | 0.75 | negative_attribute_group
kriminal                   | pred:attribute | 0.8 | negative_attribute_group
mamamatay-tao              | pred:attribute | 0.85 | negative_attribute_group
mamamatay tao              | pred:attribute | 0.85 | negative_attribute_group
rapist*                    | pred:attribute | 0.85 | negative_attribute_group
manyak                     | pred:attribute | 0.8 | negative_attribute_group
manyakis                   | pred:attribute | 0.85 | negative_attribute_group
terorista                  | pred:attribute | 0.85 | negative_attribute_group
traydor                    | pred:attribute | 0.8 | negative_attribute_group
taksil                     | pred:attribute | 0.8 | negative_attribute_group
tanga                      | pred:attribute | 0.8 | negative_attribute_group
bobo                       | pred:attribute | 0.8 | negative_attribute_group
mangmang                   | pred:attribute | 0.75 | negative_attribute_group
walang utak                | pred:attribute | 0.8 | negative_attribute_group
walang pinag-aralan        | pred:attribute | 0.7 | negative_attribute_group
ignorante                  | pred:attribute | 0.7 | negative_attribute_group
gago                       | pred:attribute | 0.75 | negative_attribute_group
ulol                       | pred:attribute | 0.75 | negative_attribute_group
inutil                     | pred:attribute | 0.75 | negative_attribute_group
walang kwenta              | pred:attribute | 0.75 | negative_attribute_group
walang kuwenta             | pred:attribute | 0.75 | negative_attribute_group
walang silbi               | pred:attribute | 0.75 | negative_attribute_group
walang modo                | pred:attribute | 0.7 | negative_attribute_group
bastos                     | pred:attribute | 0.7 | negative_attribute_group
tamad                      | pred:attribute | 0.7 | negative_attribute_group
batugan                    | pred:attribute | 0.75 | negative_attribute_group
palamunin                  | pred:attribute | 0.75 | negative_attribute_group
pabigat                    | pred:attribute | 0.75 | negative_attribute_group
pabigat sa lipunan         | pred:attribute | 0.8 | negative_attribute_group
pabigat sa bansa           | pred:attribute | 0.8 | negative_attribute_group
abnormal                   | pred:attribute | 0.75 | negative_attribute_group
malandi                    | pred:attribute | 0.8 | negative_attribute_group
malalandi                  | pred:attribute | 0.8 | negative_attribute_group
pokpok                     | pred:attribute | 0.85 | negative_attribute_group
mga puta                   | pred:attribute | 0.85 | negative_attribute_group
haliparot                  | pred:attribute | 0.8 | negative_attribute_group
pangit                     | pred:attribute | 0.65 | negative_attribute_group
mga pangit                 | pred:attribute | 0.7 | negative_attribute_group
barbaro                    | pred:attribute | 0.8 | negative_attribute_group
mabangis                   | pred:attribute | 0.7 | negative_attribute_group
sakim                      | pred:attribute | 0.7 | negative_attribute_group
ganid                      | pred:attribute | 0.75 | negative_attribute_group
gahaman                    | pred:attribute | 0.75 | negative_attribute_group
kurakot                    | pred:attribute | 0.8 | negative_attribute_group
korap                      | pred:attribute | 0.75 | negative_attribute_group
corrupt                    | pred:attribute | 0.75 | negative_attribute_group
baliw                      | pred:attribute | 0.7 | negative_attribute_group
may sakit sa utak          | pred:attribute | 0.8 | negative_attribute_group
sira ulo                   | pred:attribute | 0.75 | negative_attribute_group
sira-ulo                   | pred:attribute | 0.75 | negative_attribute_group
hindi normal               | pred:attribute | 0.75 | negative_attribute_group
di normal                  | pred:attribute | 0.75 | negative_attribute_group
hindi natural              | pred:attribute | 0.75 | negative_attribute_group
unnatural                  | pred:attribute | 0.75 | negative_attribute_group
imoral                     | pred:attribute | 0.7 | negative_attribute_group
immoral                    | pred:attribute | 0.7 | negative_attribute_group
walang hiya                | pred:attribute | 0.75 | negative_attribute_group
walanghiya                 | pred:attribute | 0.75 | negative_attribute_group
walang-hiya                | pred:attribute | 0.75 | negative_attribute_group
mapagsamantala             | pred:attribute | 0.75 | negative_attribute_group
mapanlinlang               | pred:attribute | 0.8 | negative_attribute_group
hindi mapagkakatiwalaan    | pred:attribute | 0.75 | negative_attribute_group
di mapagkakatiwalaan       | pred:attribute | 0.75 | negative_attribute_group
walang galang              | pred:attribute | 0.65 | negative_attribute_group
marahas                    | pred:attribute | 0.7 | negative_attribute_group
banta sa lipunan           | pred:attribute | 0.8 | negative_attribute_group
panganib sa lipunan        | pred:attribute | 0.8 | negative_attribute_group
perwisyo                   | pred:attribute | 0.75 | negative_attribute_group
sagabal                    | pred:attribute | 0.7 | negative_attribute_group
sumisira sa bansa          | pred:attribute | 0.75 | negative_attribute_group
nang-aagaw ng trabaho      | pred:attribute | 0.7 | negative_attribute_group
mangaagaw ng trabaho       | pred:attribute | 0.7 | negative_attribute_group
stupid                     | pred:attribute | 0.75 | negative_attribute_group
dirty                      | pred:attribute | 0.7 | negative_attribute_group
disgusting                 | pred:attribute | 0.8 | negative_attribute_group
filthy                     | pred:attribute | 0.8 | negative_attribute_group
liars                      | pred:attribute | 0.75 | negative_attribute_group
thieves                    | pred:attribute | 0.8 | negative_attribute_group
criminals                  | pred:attribute | 0.8 | negative_attribute_group
terrorists                 | pred:attribute | 0.85 | negative_attribute_group
worthless                  | pred:attribute | 0.85 | negative_attribute_group
walang halaga              | pred:attribute | 0.85 | negative_attribute_group
walang damdamin            | pred:attribute | 0.75 | negative_attribute_group
walang moral               | pred:attribute | 0.75 | negative_attribute_group
hindi dapat pagkatiwalaan  | pred:attribute | 0.75 | negative_attribute_group
walang puso                | pred:attribute | 0.7 | negative_attribute_group
# added 2026-12: intensive adjectives ("ang babaho"), negated positives, "wala kayong kwenta"
re:\b(ang|napaka|sobrang|ubod ng) ?(babaho|baho|dudumi|dumi|rumi|tatanga|tanga|bobobo|tatamad|tamad|lalandi|landi|yayabang|tatakaw|kukupad|dudugyot|dugyot|kakadiri|aarte|iingay|gugulo|sasahol)( ng| ng mga| nila| niyo| mo)?\b | pred:attribute | 0.8 | negative_attribute_group
babaho                     | pred:attribute | 0.8 | negative_attribute_group
dudumi                     | pred:attribute | 0.8 | negative_attribute_group
re:\bwala (kayong|silang|kang|siyang|talagang|namang) (kwenta|kuwenta|silbi|utak|modo|galang|hiya|pakinabang|ambag|maitutulong|alam)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bwalang (ambag|naiaambag|naitutulong|maitutulong|pakinabang|mabuting naidudulot|magandang naidudulot|kontribusyon)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(bang|ba ang|ba na|bang mga|na) (hindi|di) (bobo|tanga|magnanakaw|mabaho|madumi|marumi|sinungaling|manloloko|kriminal|terorista|tamad|gago|bastos|malandi|mangmang|abnoy|baliw|kurakot)\b | pred:attribute | 0.65 | negative_attribute_group
re:\b(hindi|di) (mapagkakatiwalaan|maaasahan|mapagkatiwalaan|dapat pagkatiwalaan)( kailanman)?\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(masisira|sisirain|sinisira|nasisira|masira)( lang| lamang| talaga)? (ang )?(lugar|barangay|komunidad|kapitbahayan|bayan|bansa|paaralan|negosyo|kalye|subdivision)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(pabigat|perwisyo|salot|problema|sakit ng ulo) (lang )?(sa|ng) (lipunan|bayan|bansa|komunidad|barangay|lahat)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(hindi|di) (deserve|karapat-dapat|nararapat|dapat bigyan|dapat respetuhin|dapat igalang|dapat pakinggan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(hindi|di|hinding-hindi) (kailanman )?(magiging )?(kapantay|kapareho|kasing-galing|kasinggaling|katumbas) (natin|namin|ng iba)\b | pred:attribute | 0.85 | negative_attribute_group
puro kasinungalingan       | pred:attribute | 0.8 | negative_attribute_group
mga sinungaling            | pred:attribute | 0.85 | negative_attribute_group
mga magnanakaw             | pred:attribute | 0.85 | negative_attribute_group
mga kriminal               | pred:attribute | 0.85 | negative_attribute_group
mga terorista              | pred:attribute | 0.85 | negative_attribute_group
mga bobo                   | pred:attribute | 0.85 | negative_attribute_group
mga tanga                  | pred:attribute | 0.85 | negative_attribute_group
mga gago                   | pred:attribute | 0.85 | negative_attribute_group
walang kwenta lahat        | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:dehumanise: animals, vermin, disease, filth
hayop                      | pred:dehumanise | 0.85 | dehumanising_group
mga hayop                  | pred:dehumanise | 0.9 | dehumanising_group
hayup                      | pred:dehumanise | 0.85 | dehumanising_group
parang hayop               | pred:dehumanise | 0.9 | dehumanising_group
aso                        | pred:dehumanise | 0.85 | dehumanising_group
mga aso                    | pred:dehumanise | 0.85 | dehumanising_group
asong ulol                 | pred:dehumanise | 0.9 | dehumanising_group
asong kalye                | pred:dehumanise | 0.9 | dehumanising_group
baboy                      | pred:dehumanise | 0.9 | dehumanising_group
mga baboy                  | pred:dehumanise | 0.9 | dehumanising_group
unggoy                     | pred:dehumanise | 0.9 | dehumanising_group
mga unggoy                 | pred:dehumanise | 0.9 | dehumanising_group
matsing                    | pred:dehumanise | 0.9 | dehumanising_group
tsonggo                    | pred:dehumanise | 0.9 | dehumanising_group
chonggo                    | pred:dehumanise | 0.9 | dehumanising_group
daga                       | pred:dehumanise | 0.9 | dehumanising_group
mga daga                   | pred:dehumanise | 0.9 | dehumanising_group
ipis                       | pred:dehumanise | 0.95 | dehumanising_group
mga ipis                   | pred:dehumanise | 0.95 | dehumanising_group
kuto                       | pred:dehumanise | 0.85 | dehumanising_group
linta                      | pred:dehumanise | 0.9 | dehumanising_group
mga linta                  | pred:dehumanise | 0.9 | dehumanising_group
parasito                   | pred:dehumanise | 0.95 | dehumanising_group
parasite*                  | pred:dehumanise | 0.95 | dehumanising_group
peste                      | pred:dehumanise | 0.9 | dehumanising_group
mga peste                  | pred:dehumanise | 0.9 | dehumanising_group
salot                      | pred:dehumanise | 0.9 | dehumanising_group
mga salot                  | pred:dehumanise | 0.9 | dehumanising_group
salot sa lipunan           | pred:dehumanise | 0.95 | dehumanising_group
salot ng lipunan           | pred:dehumanise | 0.95 | dehumanising_group
kanser ng lipunan          | pred:dehumanise | 0.95 | dehumanising_group
kanser sa lipunan          | pred:dehumanise | 0.95 | dehumanising_group
sakit ng lipunan           | pred:dehumanise | 0.9 | dehumanising_group
sakit sa lipunan           | pred:dehumanise | 0.9 | dehumanising_group
lason sa lipunan           | pred:dehumanise | 0.9 | dehumanising_group
basura                     | pred:dehumanise | 0.85 | dehumanising_group
mga basura                 | pred:dehumanise | 0.9 | dehumanising_group
basura ng lipunan          | pred:dehumanise | 0.95 | dehumanising_group
dumi ng lipunan            | pred:dehumanise | 0.95 | dehumanising_group
tae                        | pred:dehumanise | 0.85 | dehumanising_group
mga tae                    | pred:dehumanise | 0.85 | dehumanising_group
halimaw                    | pred:dehumanise | 0.85 | dehumanising_group
demonyo                    | pred:dehumanise | 0.85 | dehumanising_group
mga demonyo                | pred:dehumanise | 0.85 | dehumanising_group
kampon ng demonyo          | pred:dehumanise | 0.9 | dehumanising_group
kampon ni satanas          | pred:dehumanise | 0.9 | dehumanising_group
satanas                    | pred:dehumanise | 0.85 | dehumanising_group
impakto                    | pred:dehumanise | 0.85 | dehumanising_group
aswang                     | pred:dehumanise | 0.85 | dehumanising_group
hindi tao                  | pred:dehumanise | 0.9 | dehumanising_group
di tao                     | pred:dehumanise | 0.85 | dehumanising_group
hindi sila tao             | pred:dehumanise | 0.9 | dehumanising_group
hindi mga tao              | pred:dehumanise | 0.9 | dehumanising_group
mababang uri               | pred:dehumanise | 0.85 | dehumanising_group
mababang lahi              | pred:dehumanise | 0.9 | dehumanising_group
uod                        | pred:dehumanise | 0.85 | dehumanising_group
bulate                     | pred:dehumanise | 0.85 | dehumanising_group
anay                       | pred:dehumanise | 0.85 | dehumanising_group
surot                      | pred:dehumanise | 0.85 | dehumanising_group
langaw                     | pred:dehumanise | 0.8 | dehumanising_group
ahas                       | pred:dehumanise | 0.85 | dehumanising_group
gorilya                    | pred:dehumanise | 0.85 | dehumanising_group
parang daga                | pred:dehumanise | 0.9 | dehumanising_group
parang ipis                | pred:dehumanise | 0.95 | dehumanising_group
parang aso                 | pred:dehumanise | 0.85 | dehumanising_group
parang baboy               | pred:dehumanise | 0.9 | dehumanising_group
parang unggoy              | pred:dehumanise | 0.9 | dehumanising_group
animals                    | pred:dehumanise | 0.85 | dehumanising_group
rats                       | pred:dehumanise | 0.9 | dehumanising_group
cockroach*                 | pred:dehumanise | 0.95 | dehumanising_group
vermin                     | pred:dehumanise | 0.95 | dehumanising_group
pigs                       | pred:dehumanise | 0.9 | dehumanising_group
monkeys                    | pred:dehumanise | 0.9 | dehumanising_group
subhuman*                  | pred:dehumanise | 0.95 | dehumanising_group
garbage                    | pred:dehumanise | 0.85 | dehumanising_group
trash                      | pred:dehumanise | 0.85 | dehumanising_group
# added 2026-12: "kanser ng bayan", contagion, not counting them as people
re:\b(kanser|salot|peste|sakit|lason|basura|dumi|sumpa|virus|tumor|parasito|linta|anay|kanser)( lang)? (ng|sa) (bayan|bansa|lipunan|mundo|pilipinas|komunidad|lahi|sangkatauhan|barangay|lugar)\b | pred:dehumanise | 0.95 | dehumanising_group
re:\b(baka|para hindi|para di|at baka) (mahawa|mahawaan|makahawa|magkasakit|madumihan|kapitan)\b | pred:dehumanise | 0.8 | dehumanising_group
mahawa                     | pred:dehumanise | 0.7 | dehumanising_group
re:\b(maghugas|maghuhugas|hugasan|maghugas ka|mag-alcohol|mag alcohol|mag-sanitize|maligo)( ka| kayo| ako)?( agad| kaagad| kaagad-agad)?( ng)? (kamay|kamay mo|ng kamay)\b | pred:dehumanise | 0.7 | dehumanising_group
re:\b(hindi|di|hinding-hindi)( ko| namin| natin)?( kailanman| kahit kailan)? (ituturing|ituring|tinuturing|tuturingin|kinikilala|kikilalanin|kilalanin|matatawag|tatawaging)( na| silang| bilang| kong)? (tao|kapwa|kapwa tao|kapatid|pilipino|kababayan|kapantay)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\btao (ba|nga ba|pa ba)( talaga)?\b | pred:dehumanise | 0.65 | dehumanising_group
re:\b(parang|mukhang|kamukha ng|kasing) (hayop|aso|baboy|unggoy|daga|ipis|uod|linta|demonyo|halimaw|basura|tae)( kung)? (kumilos|gumalaw|umasta|mag-isip|mamuhay|manamit)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(kumikilos|umaasta|nag-aasal|gumagalaw|namumuhay) (na )?(parang|tulad ng|gaya ng) (hayop|aso|baboy|unggoy|daga|ipis|demonyo|halimaw)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(dumarami|nagpaparami|dumadami|nanganganak) (na )?(parang|tulad ng|gaya ng) (daga|ipis|kuneho|langaw|lamok|hayop|aso|baboy)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(sa|nasa) (zoo|kulungan|hawla|kural|gubat|bundok|basurahan|imburnal) (sila )?(dapat|nababagay|bagay|lugar)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(dapat|bagay|nababagay|lugar nila|dapat sila) (sa|ilagay sa|ikulong sa) (zoo|kulungan|hawla|kural|basurahan|imburnal)\b | pred:dehumanise | 0.85 | dehumanising_group
basura lahat               | pred:dehumanise | 0.9 | dehumanising_group
basura lahat ng            | pred:dehumanise | 0.9 | dehumanising_group

# ---- pred:exclude: expulsion, exclusion, "walang lugar"
palayasin                  | pred:exclude | 0.85 | exclusion_group
palayasin na               | pred:exclude | 0.85 | exclusion_group
dapat palayasin            | pred:exclude | 0.85 | exclusion_group
palayasin sa pilipinas     | pred:exclude | 0.9 | exclusion_group
palayasin sa bansa         | pred:exclude | 0.9 | exclusion_group
itaboy                     | pred:exclude | 0.85 | exclusion_group
paalisin                   | pred:exclude | 0.8 | exclusion_group
dapat paalisin             | pred:exclude | 0.85 | exclusion_group
ipatapon                   | pred:exclude | 0.85 | exclusion_group
i-deport                   | pred:exclude | 0.85 | exclusion_group
ideport                    | pred:exclude | 0.85 | exclusion_group
pauwiin                    | pred:exclude | 0.8 | exclusion_group
pauwiin na                 | pred:exclude | 0.85 | exclusion_group
umuwi kayo                 | pred:exclude | 0.8 | exclusion_group
umuwi na kayo sa           | pred:exclude | 0.85 | exclusion_group
bumalik kayo sa            | pred:exclude | 0.85 | exclusion_group
bumalik sa bansa nila      | pred:exclude | 0.85 | exclusion_group
umuwi sa bansa nila        | pred:exclude | 0.85 | exclusion_group
bumalik sa bansa nyo       | pred:exclude | 0.85 | exclusion_group
bumalik sa china           | pred:exclude | 0.85 | exclusion_group
umuwi sa china             | pred:exclude | 0.85 | exclusion_group
layas                      | pred:exclude | 0.85 | exclusion_group
magsilayas                 | pred:exclude | 0.85 | exclusion_group
lumayas kayo               | pred:exclude | 0.85 | exclusion_group
lumayas                    | pred:exclude | 0.8 | exclusion_group
alis dito                  | pred:exclude | 0.8 | exclusion_group
umalis kayo dito           | pred:exclude | 0.85 | exclusion_group
umalis na kayo             | pred:exclude | 0.8 | exclusion_group
walang lugar               | pred:exclude | 0.85 | exclusion_group
walang puwang              | pred:exclude | 0.85 | exclusion_group
walang puwesto             | pred:exclude | 0.8 | exclusion_group
hindi kayo welcome         | pred:exclude | 0.85 | exclusion_group
hindi welcome              | pred:exclude | 0.85 | exclusion_group
di welcome                 | pred:exclude | 0.85 | exclusion_group
not welcome                | pred:exclude | 0.85 | exclusion_group
hindi kailangan dito       | pred:exclude | 0.8 | exclusion_group
di kailangan dito          | pred:exclude | 0.8 | exclusion_group
hindi nababagay dito       | pred:exclude | 0.85 | exclusion_group
di nababagay dito          | pred:exclude | 0.85 | exclusion_group
hindi kabilang dito        | pred:exclude | 0.85 | exclusion_group
hindi dapat nandito        | pred:exclude | 0.85 | exclusion_group
hindi dapat pinapapasok    | pred:exclude | 0.85 | exclusion_group
huwag papasukin            | pred:exclude | 0.85 | exclusion_group
wag papasukin              | pred:exclude | 0.85 | exclusion_group
bawal dito                 | pred:exclude | 0.8 | exclusion_group
bawal pumasok              | pred:exclude | 0.8 | exclusion_group
dapat ipagbawal            | pred:exclude | 0.8 | exclusion_group
ipagbawal                  | pred:exclude | 0.75 | exclusion_group
ikulong                    | pred:exclude | 0.8 | exclusion_group
ikulong lahat              | pred:exclude | 0.85 | exclusion_group
dapat ikulong              | pred:exclude | 0.85 | exclusion_group
ihiwalay                   | pred:exclude | 0.8 | exclusion_group
layuan                     | pred:exclude | 0.75 | exclusion_group
huwag kaibiganin           | pred:exclude | 0.75 | exclusion_group
wag kaibiganin             | pred:exclude | 0.75 | exclusion_group
huwag iboto                | pred:exclude | 0.75 | exclusion_group
wag iboto                  | pred:exclude | 0.75 | exclusion_group
hindi dapat bumoto         | pred:exclude | 0.8 | exclusion_group
hindi dapat mamuno         | pred:exclude | 0.8 | exclusion_group
hindi dapat ikasal         | pred:exclude | 0.8 | exclusion_group
hindi dapat mag-asawa      | pred:exclude | 0.75 | exclusion_group
huwag bigyan ng trabaho    | pred:exclude | 0.8 | exclusion_group
wag bigyan ng trabaho      | pred:exclude | 0.8 | exclusion_group
huwag tanggapin            | pred:exclude | 0.75 | exclusion_group
wag tanggapin              | pred:exclude | 0.75 | exclusion_group
sa kusina lang             | pred:exclude | 0.8 | exclusion_group
sa bahay lang dapat        | pred:exclude | 0.75 | exclusion_group
bawiin ang citizenship     | pred:exclude | 0.85 | exclusion_group
send them back             | pred:exclude | 0.85 | exclusion_group
deport them                | pred:exclude | 0.85 | exclusion_group
kick them out              | pred:exclude | 0.85 | exclusion_group
# added 2026-12: separate toilets, no renting, no vote, keep the children away
re:\b(ayaw|ayoko|ayaw ko|ayaw kong|hindi ko|di ko|ayaw naming|hindi namin|di namin)( talaga)? (pagsilbihan|pagbentahan|paupahan|pauupahin|tanggapin|makasama|makatabi|kapitbahay|katrabaho|makatrabaho|papasukin|pasukin|serbisyuhan|pagtrabahuhin|i-hire|ihire|kunin)\b | pred:exclude | 0.8 | exclusion_group
re:\b(huwag|wag|hwag|hindi dapat|di dapat)( niyong| nyong| nyo| niyo| kayong| mong| nating| natin)? (paupahan|pauupahin|papasukin|tanggapin|pagtrabahuhin|bigyan ng trabaho|kaibiganin|pakasalan|iboto|ipasok|pagbentahan|pagsilbihan|palapitin|paglapitin|hayaang lumapit|lapitan|kausapin|makihalubilo|pakisamahan)\b | pred:exclude | 0.8 | exclusion_group
re:\bilayo (\w+ ){0,3}(anak|bata|mga bata|pamilya|anak niyo|anak nyo|anak natin|anak mo|mga anak)\b | pred:exclude | 0.8 | exclusion_group
re:\b(dapat|kailangang|kailangan)( talagang| na)? (hiwalay|ihiwalay|ibukod|nakabukod|hiwalayin|bukod)\b | pred:exclude | 0.75 | exclusion_group
re:\b(hiwalay|bukod|sariling) (na )?(cr|banyo|kubeta|palikuran|paaralan|eskwelahan|upuan|kainan|sasakyan)\b | pred:exclude | 0.7 | exclusion_group
re:\b(hindi|di|wag|huwag|walang)( dapat)? (binibigyan|bigyan|bibigyan|ibigay|bigay|pagbigyan)( ng)? (karapatan|karapatang|boses|trabaho|tirahan|pagkakataon|puwesto|posisyon)\w*\b | pred:exclude | 0.8 | exclusion_group
re:\bwalang karapatang? (bumoto|mamuno|magsalita|tumira|manirahan|mag-asawa|ikasal|magtrabaho|mag-aral|dito)\b | pred:exclude | 0.85 | exclusion_group
re:\b(mas )?(uunlad|gaganda|aayos|tatahimik|sasaya|babait|lalago|liligtas|aasenso|yayaman)( ang \w+)?( ang \w+)? kung (mawawala|mawala|wala|aalis|mapapalayas|lalayas|mamamatay|maubos|mauubos|palalayasin|maaalis|aalisin)\b | pred:exclude | 0.85 | exclusion_group
re:\bsana (ay )?(mawala|mawawala|maubos|mapalayas|umalis|lumayas)( na)?( sila| kayo| silang lahat| kayong lahat| lahat)?\b | pred:exclude | 0.8 | exclusion_group
re:\b(mapapalayas|mapalayas|mapaalis|mapapaalis|mapatalsik|mapapatalsik|maipatapon|maitaboy|mapauwi|mapapauwi)\b | pred:exclude | 0.8 | exclusion_group
re:\b(lumipat|lumayo|umiwas|umalis)( ako| kami)?( agad)? (ng|sa) (upuan|pwesto|puwesto|lugar|linya|pila)\b | pred:exclude | 0.65 | exclusion_group
re:\bumalis (ka|kayo)( nga| na)?( dito)?\b | pred:exclude | 0.65 | exclusion_group
umalis kayo sa bansa       | pred:exclude | 0.85 | exclusion_group

# ---- pred:violence: violent wishes and norms
dapat patayin              | pred:violence | 0.95 | violence_group | severe
patayin                    | pred:violence | 0.9 | violence_group | severe
patayin lahat              | pred:violence | 0.95 | violence_group | severe
patayin silang lahat       | pred:violence | 0.95 | violence_group | severe
patayin na lang            | pred:violence | 0.95 | violence_group | severe
patayin nalang             | pred:violence | 0.95 | violence_group | severe
dapat pinapatay            | pred:violence | 0.95 | violence_group | severe
dapat mamatay              | pred:violence | 0.95 | violence_group | severe
sana mamatay               | pred:violence | 0.95 | violence_group | severe
sana mamatay na            | pred:violence | 0.95 | violence_group | severe
sana mamatay silang lahat  | pred:violence | 0.95 | violence_group | severe
mamatay na sana            | pred:violence | 0.95 | violence_group | severe
mamatay na kayo            | pred:violence | 0.95 | violence_group | severe
mamatay na sila            | pred:violence | 0.95 | violence_group | severe
dapat ubusin               | pred:violence | 0.95 | violence_group | severe
ubusin lahat               | pred:violence | 0.95 | violence_group | severe
lipulin                    | pred:violence | 0.95 | violence_group | severe
dapat lipulin              | pred:violence | 0.95 | violence_group | severe
puksain                    | pred:violence | 0.95 | violence_group | severe
dapat puksain              | pred:violence | 0.95 | violence_group | severe
burahin sa mundo           | pred:violence | 0.95 | violence_group | severe
burahin sa balat ng lupa   | pred:violence | 0.95 | violence_group | severe
sunugin                    | pred:violence | 0.95 | violence_group | severe
sunugin lahat              | pred:violence | 0.95 | violence_group | severe
sunugin ng buhay           | pred:violence | 0.95 | violence_group | severe
dapat sunugin              | pred:violence | 0.95 | violence_group | severe
barilin                    | pred:violence | 0.95 | violence_group | severe
dapat barilin              | pred:violence | 0.95 | violence_group | severe
barilin lahat              | pred:violence | 0.95 | violence_group | severe
pagbabarilin               | pred:violence | 0.95 | violence_group | severe
bitayin                    | pred:violence | 0.95 | violence_group | severe
dapat bitayin              | pred:violence | 0.95 | violence_group | severe
tokhangin                  | pred:violence | 0.95 | violence_group | severe
itokhang                   | pred:violence | 0.95 | violence_group | severe
ipatokhang                 | pred:violence | 0.95 | violence_group | severe
isalvage                   | pred:violence | 0.95 | violence_group | severe
i-salvage                  | pred:violence | 0.95 | violence_group | severe
itumba                     | pred:violence | 0.95 | violence_group | severe
ipatumba                   | pred:violence | 0.95 | violence_group | severe
tadtarin                   | pred:violence | 0.95 | violence_group | severe
tadtarin ng bala           | pred:violence | 0.95 | violence_group | severe
saksakin                   | pred:violence | 0.95 | violence_group | severe
pagsasaksakin              | pred:violence | 0.95 | violence_group | severe
bugbugin                   | pred:violence | 0.9 | violence_group | severe
bugbugin lahat             | pred:violence | 0.9 | violence_group | severe
gulpihin                   | pred:violence | 0.9 | violence_group | severe
hindi dapat mabuhay        | pred:violence | 0.95 | violence_group | severe
di dapat mabuhay           | pred:violence | 0.95 | violence_group | severe
walang karapatang mabuhay  | pred:violence | 0.95 | violence_group | severe
hindi karapat-dapat mabuhay | pred:violence | 0.95 | violence_group | severe
deserve mamatay            | pred:violence | 0.95 | violence_group | severe
deserve na mamatay         | pred:violence | 0.95 | violence_group | severe
lunurin                    | pred:violence | 0.95 | violence_group | severe
ilibing ng buhay           | pred:violence | 0.95 | violence_group | severe
pasabugin                  | pred:violence | 0.95 | violence_group | severe
bombahin                   | pred:violence | 0.95 | violence_group | severe
gahasain                   | pred:violence | 0.95 | violence_group | severe
dapat gahasain             | pred:violence | 0.95 | violence_group | severe
deserve marape             | pred:violence | 0.95 | violence_group | severe
dapat i-rape               | pred:violence | 0.95 | violence_group | severe
should be killed           | pred:violence | 0.95 | violence_group | severe
deserve to die             | pred:violence | 0.95 | violence_group | severe
kill them all              | pred:violence | 0.95 | violence_group | severe
# added 2026-12: wishes with "sana", run over, modal forms
re:\bsana (ay )?(ma(sagasaan|matay|tamaan ng kidlat|sunog|lunod|puksa|bomba|baril|saksak|tigok|tepok|deds|disgrasya|aksidente|patay|paslang|lipol|ubos|sunog ng buhay|lason|bitay|tokhang)|mamatay|mapuksa|mapatay|masunog|malunod|maubos na)\b | pred:violence | 0.9 | violence_group | severe
re:\b(sagasaan|sasagasaan|masagasaan|banggain|ibangga)\b | pred:violence | 0.85 | violence_group | severe
re:\b(dapat|kailangang|kailangan|deserve|nararapat)( na)?( silang| sila| lahat| kayong| kayo)? (patayin|barilin|sunugin|bitayin|lipulin|puksain|ubusin|tokhangin|gahasain|bugbugin|saksakin|lunurin|pasabugin|tadtarin|katayin|ilibing ng buhay|mamatay|lasunin|paslangin)\b | pred:violence | 0.95 | violence_group | severe
re:\b(patayin|barilin|sunugin|lipulin|puksain|ubusin|bugbugin|saksakin|lunurin|pasabugin|tadtarin|katayin)( na)? (lahat|silang lahat|lahat sila|lahat ng)\b | pred:violence | 0.95 | violence_group | severe
katayin                    | pred:violence | 0.9 | violence_group | severe
lasunin                    | pred:violence | 0.9 | violence_group | severe
paslangin                  | pred:violence | 0.95 | violence_group | severe
pagtatagain                | pred:violence | 0.95 | violence_group | severe
tagain                     | pred:violence | 0.9 | violence_group | severe
bugbugin hanggang mamatay  | pred:violence | 0.95 | violence_group | severe

# ---- pred:threat: first-person intent and direct threats
re:\b(papatayin|babarilin|sasaksakin|susunugin|bubugbugin|gugulpihin|sasaktan|tatadtarin|gagahasain|pasasabugin|ipapatay|ipapapatay|ipapatumba|itutumba|sasapakin|uupakan|lulunurin|bibitayin|sasakalin|pupugutan|pagsasaksakin|pagbabarilin) (ko|namin|natin|kita)\b | pred:threat | 0.95 | threat_violence | severe
papatayin ko               | pred:threat | 0.95 | threat_violence | severe
papatayin kita             | pred:threat | 0.95 | threat_violence | severe
papatayin namin            | pred:threat | 0.95 | threat_violence | severe
papatayin ko kayo          | pred:threat | 0.95 | threat_violence | severe
papatayin ko sila          | pred:threat | 0.95 | threat_violence | severe
papatayin ko lahat         | pred:threat | 0.95 | threat_violence | severe
babarilin ko               | pred:threat | 0.95 | threat_violence | severe
babarilin namin            | pred:threat | 0.95 | threat_violence | severe
sasaksakin ko              | pred:threat | 0.95 | threat_violence | severe
sasaksakin kita            | pred:threat | 0.95 | threat_violence | severe
susunugin ko               | pred:threat | 0.95 | threat_violence | severe
susunugin namin            | pred:threat | 0.95 | threat_violence | severe
bubugbugin ko              | pred:threat | 0.9 | threat_violence | severe
bubugbugin kita            | pred:threat | 0.9 | threat_violence | severe
bubugbugin namin           | pred:threat | 0.9 | threat_violence | severe
gugulpihin ko              | pred:threat | 0.9 | threat_violence | severe
sasaktan ko                | pred:threat | 0.9 | threat_violence | severe
sasaktan kita              | pred:threat | 0.9 | threat_violence | severe
tatadtarin ko              | pred:threat | 0.95 | threat_violence | severe
ipapatay ko                | pred:threat | 0.95 | threat_violence | severe
ipapapatay ko              | pred:threat | 0.95 | threat_violence | severe
ipapatumba ko              | pred:threat | 0.95 | threat_violence | severe
itutumba ko                | pred:threat | 0.95 | threat_violence | severe
gagahasain ko              | pred:threat | 0.95 | threat_violence | severe
pasasabugin ko             | pred:threat | 0.95 | threat_violence | severe
hahanapin ko kayo          | pred:threat | 0.85 | threat_violence | severe
alam ko kung saan ka nakatira | pred:threat | 0.95 | threat_violence | severe
alam ko bahay mo           | pred:threat | 0.9 | threat_violence | severe
alam ko ang bahay mo       | pred:threat | 0.9 | threat_violence | severe
alam namin kung saan kayo nakatira | pred:threat | 0.95 | threat_violence | severe
may paglalagyan ka         | pred:threat | 0.85 | threat_violence | severe
lagot ka sa akin           | pred:threat | 0.85 | threat_violence | severe
lagot ka sakin             | pred:threat | 0.85 | threat_violence | severe
lagot kayo sa akin         | pred:threat | 0.85 | threat_violence | severe
hanggang duguan            | pred:threat | 0.9 | threat_violence | severe
hanggang dumugo            | pred:threat | 0.9 | threat_violence | severe
i will kill                | pred:threat | 0.95 | threat_violence | severe
i'll kill                  | pred:threat | 0.95 | threat_violence | severe
# added 2026-12: first person plural, future forms ("uubusin namin kayo")
re:\b(uubusin|papatayin|lilipulin|pupuksain|susunugin|babarilin|sasaksakin|bubugbugin|gugulpihin|tatadtarin|pagtatatagain|tatagain|sasaktan|papaslangin|ililigpit|tutumbahin|itutumba|dudukutin|kakatayin|lalasunin|pasasabugin|sasabugin|gagahasain|hahabulin|aabangan|papatumbahin|papasabugin|susugurin|lulusubin|sasalakayin|hahanapin|bibitayin|lulunurin|sasagasaan)( ko| namin| natin| ka| kita| kayo| sila| silang| na| lahat)+\b | pred:threat | 0.9 | threat_violence | severe
re:\b(humanda|maghanda|mag-ingat)( na)? (kayo|ka|kayong|kang|sila)\b | pred:threat | 0.7 | threat_violence | severe
re:\b(pupuntahan|dadalawin|aabangan|susugurin|hahanapin)( ko| namin| natin) (kayo|ka|sila|ang mga|kayong|bahay)\b | pred:threat | 0.75 | threat_violence | severe
re:\b(alam|alam ko|alam namin) (kung )?(saan|san) (ka|kayo|sila) (nakatira|nagtatrabaho|nag-aaral|tumatambay|umuuwi)\b | pred:threat | 0.9 | threat_violence | severe
may kalalagyan ka          | pred:threat | 0.85 | threat_violence | severe
may kalalagyan kayo        | pred:threat | 0.85 | threat_violence | severe
may paglalagyan kayo       | pred:threat | 0.85 | threat_violence | severe
pagsisisihan mo            | pred:threat | 0.8 | threat_violence | severe
pagsisisihan niyo          | pred:threat | 0.8 | threat_violence | severe
re:\b(magbabayad|pagbabayaran) (ka|kayo|mo|niyo|nyo)\b | pred:threat | 0.8 | threat_violence | severe

# ---- ctx:counter: reporting and condemning (adds to fil.context.lex)
mali at rasista            | ctx:counter
rasista ang pagtawag       | ctx:counter
mali ang pagtawag          | ctx:counter
hindi tama ang pagtawag    | ctx:counter
racist yan                 | ctx:counter
racist yun                 | ctx:counter
ang racist                 | ctx:counter
ang rasista                | ctx:counter
diskriminasyon             | ctx:counter
diskriminasyon sa          | ctx:counter
pang-aapi                  | ctx:counter
pangmamaliit               | ctx:counter
pangungutya                | ctx:counter
mapanirang salita          | ctx:counter
hate speech                | ctx:counter
huwag sabihin              | ctx:counter
wag sabihin                | ctx:counter
hindi tama na sabihin      | ctx:counter
hindi tama ang sabihin     | ctx:counter
mali na sabihin            | ctx:counter
mali ang sabihin           | ctx:counter
hindi dapat sinasabi       | ctx:counter
hindi dapat tawagin        | ctx:counter
wag tawaging               | ctx:counter
huwag tawaging             | ctx:counter
tinawag kaming             | ctx:counter
tinawag kami               | ctx:counter
tinatawag kaming           | ctx:counter
sinabihan kami             | ctx:counter
ang sabi nila              | ctx:counter
sabi ng iba                | ctx:counter
may nagsabi                | ctx:counter
yung nagsasabi             | ctx:counter
mga nagsasabi              | ctx:counter
sinumang nagsasabi         | ctx:counter
kinukondena                | ctx:counter
kinokondena                | ctx:counter
kondenahin                 | ctx:counter
hindi totoo                | ctx:counter
hindi lahat                | ctx:counter
i-report na                | ctx:counter
report nyo                 | ctx:counter
nireport ko                | ctx:counter
re:\bwalang (lugar|puwang) (ang|para sa|dito ang) (rasismo|diskriminasyon|galit|poot|karahasan|pang-aapi|pambubully|pang-aalipusta)\b | ctx:counter
# added 2026-12: condemning insults, quoting to reject them
re:\b(nang-iinsulto|nang iinsulto|nanlalait|nang-aapi|nang aapi|nang-aalipusta|nangmamaliit|nang-mamaliit|nambu-bully|nambubully|nangungutya|nanghuhusga|nagkakalat ng galit|nagpapakalat ng galit|nag-uudyok ng|nag uudyok ng)\b | ctx:counter
re:\b(karahasan|diskriminasyon|pang-aabuso|pananakit|galit|pagkamuhi|pang-iinsulto|panlalait) (laban sa|sa mga|tungkol sa)\b | ctx:counter
re:\b(masasamang|masamang|bastos na|nakakasakit na|racist na|mapanirang) (comment|komento|salita|pananalita|post|biro|sinasabi|tweet|pahayag)s?\b | ctx:counter
re:\b(yung|ang|mga) (comment|komento|post|tweet|pahayag|sinabi) (na|nila na|niya na)\b | ctx:counter
re:\b(sino|sinong|sino ang|sino ba ang|sino nagsabi|sino ba nagsabi)( ba)? (nagsabing|nagsabi na|nagsabi|nagsasabing|maysabi)\b | ctx:counter
re:\b(tigilan|itigil|tumigil)( niyo| nyo| mo| na| niyo na| nyo na| mo na)* (ang )?(pagsasabing|pagsabi|pagtawag|paninira|pang-iinsulto|panlalait|pagkakalat|pagpapakalat|pagsasabi)\b | ctx:counter
re:\b(mali|hindi tama|di tama|bawal|nakakahiya|nakakasakit)( at| na| talaga| ang)?( nakakasakit| nakakahiya| mali)? ('?yan|'?yun|iyan|iyon|yan|yun|ang ganyan|ang ganitong|ang ganyang|sabihin|sinabi)\b | ctx:counter
re:\b(hindi|di|hinding-hindi) ko (kailanman |talaga )?(sasabihing|sasabihin|tatawaging|tatawagin|sinasabing|sinabing)\b | ctx:counter
nakakalungkot              | ctx:counter
nakakahiya yung            | ctx:counter
pagsasabing                | ctx:counter
paninira                   | ctx:counter
paki-report                | ctx:counter
pakireport                 | ctx:counter
mali ka                    | ctx:counter
mali kayo                  | ctx:counter
hindi totoo yan            | ctx:counter
kapwa tao rin sila         | ctx:counter
tao rin sila               | ctx:counter

# ---- allow: benign phrases that contain predicate words
re:\b(papatayin|sasaktan|sasaksakin|susunugin|bubugbugin|lulunurin|sasakalin|babarilin) ko (na )?(na lang |nalang )?(ang |yung )?sarili ko\b | allow
patayin ang aircon         | allow
sunugin ang basura         | allow
sunugin ang mga basura     | allow
re:\b(hayop|hayup|halimaw|demonyo) (sa|na|ng) (ganda|galing|sarap|gwapo|guwapo|pogi|talino|bilis|lakas|husay|boses|sayaw|kanta|performance)\b | allow
patayin ang electric fan   | allow
patayin ang kalan          | allow
patayin ang gripo          | allow
kumain ng baboy            | allow
kumakain ng baboy          | allow
adobong baboy              | allow
sinigang na baboy          | allow
inihaw na baboy            | allow
baboy damo                 | allow
nag-aalaga ng baboy        | allow
nag-aalaga ng aso          | allow
alagang aso                | allow
asong pulis                | allow
asong gala                 | allow
taon ng daga               | allow
taon ng baboy              | allow
taon ng aso                | allow
taon ng unggoy             | allow
tapon ang basura           | allow
itapon ang basura          | allow
magtapon ng basura         | allow
basurahan                  | allow
basura collection          | allow
hakot ng basura            | allow
namumulot ng basura        | allow
re:\b(komento|biro|salita|tawag|pananalita|trato) (na )?(nakakadiri|kadiri|mabaho|bastos|pangit|walang kwenta|kasuklam-suklam)\b | allow
depot                      | allow
garage                     | allow
pokok                      | allow
taksi                      | allow
youtube                    | allow
# added 2026-12: Tagalog "paki-" (please) and ordinary senses of slur and predicate words
re:\bpaki[- ]?(report|share|check|tingnan|basa|basahin|sabi|sabihin|suyo|usap|lagay|bigay|send|abot|hintay|sagot|explain|tulong|like|follow|dm|pm|message|reshare|repost|block|kuha|linis|bantay|alis|ulit|bili|dala|hanap|kontak|contact|tag|pasa|pass|sulat)\w*\b | allow
re:\b(mata|matang|mga matang|maliit at) singkit\b | allow
re:\bsingkit (ang|na) mata\b | allow
re:\b(buhok|buhok na|kulot na buhok|buhok niyang) kulot\b | allow
re:\bkulot (na buhok|ang buhok|shorts)\b | allow
re:\b(app|website|system|sistema|atm|card|account) ng bangko\b | allow
re:\bitim (na|ang) (damit|kotse|sapatos|pusa|aso|bag|t-shirt|tshirt|kulay|buhok)\b | allow
re:\b(kulay|damit na|sapatos na|pusang|asong|kotseng) itim\b | allow
re:\bmay (kanser|cancer|sakit)\b | allow
re:\b(susunugin|sisirain|babasagin|itatapon|ibabato|ihahagis|wawasakin|sasaksakin) ko (na )?(lang |nalang )?(itong|ito|yung|ang) (\w+ )?(aircon|laptop|phone|cellphone|cp|printer|tv|remote|electric fan|bentilador|rice cooker|motor|kotse|wifi|router|computer|kompyuter|app|gadget|keyboard|mouse|charger|libro|papel|sulat|unan|kama|sapatos|damit)\b | allow

# ---- allow: everyday words that the one-letter matcher would misread as a group or predicate word
boses                      | allow
sining                     | allow
protesta                   | allow
parati                     | allow
asang                      | allow
singit                     | allow
tamis                      | allow
palayain                   | allow
maawa                      | allow
banga                      | allow
bagang                     | allow
kaila                      | allow
lumaya                     | allow
binaba                     | allow
aning                      | allow
dilaan                     | allow
kailang                    | allow
bangag                     | allow

# ---- pred:worth: positive qualities and entitlements; hate only when denied ("hindi sila tao") — added 2026-12
# Positive words only: the denial ("hindi", "di", "never", "kailanman") must stand apart from the
# term. Bare "tao" is left out ("hindi sila masamang tao" defends them), so humanity is asked with a
# pronoun right before it ("hindi yan tao", "hindi sila mga tao"). English worth words come from
# en.groups.lex.
re:\b(sila|yan|yun|iyan|iyon) mga tao\b | pred:worth | 0.85 | negative_attribute_group
re:\b(yan|yun|iyan|iyon) tao\b | pred:worth | 0.85 | negative_attribute_group
tunay na tao               | pred:worth | 0.85 | negative_attribute_group
totoong tao                | pred:worth | 0.85 | negative_attribute_group
taong tulad natin          | pred:worth | 0.85 | negative_attribute_group
tao tulad natin            | pred:worth | 0.85 | negative_attribute_group
tao gaya natin             | pred:worth | 0.85 | negative_attribute_group
may kaluluwa               | pred:worth | 0.8 | negative_attribute_group
normal na tao              | pred:worth | 0.8 | negative_attribute_group
normal                     | pred:worth | 0.75 | negative_attribute_group
kapantay                   | pred:worth | 0.8 | negative_attribute_group
katumbas natin             | pred:worth | 0.8 | negative_attribute_group
kauri natin                | pred:worth | 0.8 | negative_attribute_group
ka-level natin             | pred:worth | 0.75 | negative_attribute_group
mapagkakatiwalaan          | pred:worth | 0.8 | negative_attribute_group
mapagkatiwalaan            | pred:worth | 0.8 | negative_attribute_group
pagkatiwalaan              | pred:worth | 0.8 | negative_attribute_group
katiwa-tiwala              | pred:worth | 0.8 | negative_attribute_group
maaasahan                  | pred:worth | 0.75 | negative_attribute_group
matapat                    | pred:worth | 0.75 | negative_attribute_group
tapat na tao               | pred:worth | 0.75 | negative_attribute_group
mabait                     | pred:worth | 0.75 | negative_attribute_group
mababait                   | pred:worth | 0.75 | negative_attribute_group
mabuting tao               | pred:worth | 0.75 | negative_attribute_group
mabubuting tao             | pred:worth | 0.75 | negative_attribute_group
disente                    | pred:worth | 0.75 | negative_attribute_group
marangal                   | pred:worth | 0.75 | negative_attribute_group
matalino                   | pred:worth | 0.75 | negative_attribute_group
matatalino                 | pred:worth | 0.75 | negative_attribute_group
may utak                   | pred:worth | 0.75 | negative_attribute_group
may kakayahan              | pred:worth | 0.75 | negative_attribute_group
edukado                    | pred:worth | 0.8 | negative_attribute_group
may pinag-aralan           | pred:worth | 0.8 | negative_attribute_group
sibilisado                 | pred:worth | 0.8 | negative_attribute_group
may modo                   | pred:worth | 0.75 | negative_attribute_group
may disiplina              | pred:worth | 0.75 | negative_attribute_group
malinis                    | pred:worth | 0.75 | negative_attribute_group
naliligo                   | pred:worth | 0.8 | negative_attribute_group
welcome dito               | pred:worth | 0.8 | negative_attribute_group
tanggap dito               | pred:worth | 0.8 | negative_attribute_group
tanggap sa lipunan         | pred:worth | 0.8 | negative_attribute_group
kabilang dito              | pred:worth | 0.8 | negative_attribute_group
nababagay dito             | pred:worth | 0.8 | negative_attribute_group
belong dito                | pred:worth | 0.8 | negative_attribute_group
may lugar dito             | pred:worth | 0.8 | negative_attribute_group
dapat nandito              | pred:worth | 0.8 | negative_attribute_group
may karapatan              | pred:worth | 0.8 | negative_attribute_group
karapatang mabuhay         | pred:worth | 0.85 | negative_attribute_group
karapatang bumoto          | pred:worth | 0.8 | negative_attribute_group
deserve ng karapatan       | pred:worth | 0.85 | negative_attribute_group
deserve ng respeto         | pred:worth | 0.8 | negative_attribute_group
deserve mabuhay            | pred:worth | 0.85 | negative_attribute_group
deserve na mabuhay         | pred:worth | 0.85 | negative_attribute_group
dapat mabuhay              | pred:worth | 0.85 | negative_attribute_group
dapat igalang              | pred:worth | 0.8 | negative_attribute_group
dapat respetuhin           | pred:worth | 0.8 | negative_attribute_group
tunay na pilipino          | pred:worth | 0.8 | negative_attribute_group
totoong pilipino           | pred:worth | 0.8 | negative_attribute_group
tunay na pinoy             | pred:worth | 0.8 | negative_attribute_group
totoong pinoy              | pred:worth | 0.8 | negative_attribute_group
purong pilipino            | pred:worth | 0.8 | negative_attribute_group
kababayan natin            | pred:worth | 0.8 | negative_attribute_group
may halaga                 | pred:worth | 0.8 | negative_attribute_group
may kwenta                 | pred:worth | 0.8 | negative_attribute_group
may silbi                  | pred:worth | 0.75 | negative_attribute_group
tapat sa bayan             | pred:worth | 0.8 | negative_attribute_group
masipag                    | pred:worth | 0.75 | negative_attribute_group
dapat mamuno               | pred:worth | 0.8 | negative_attribute_group
kayang mamuno              | pred:worth | 0.8 | negative_attribute_group
