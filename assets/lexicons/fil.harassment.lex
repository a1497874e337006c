# Filipino / Tagalog (incl. Taglish) harassment: insults, profanity aimed at people, threats,
# wishes of harm, sexual harassment, body shaming, doxxing and blackmail.
# Profanity is very often an interjection ("tangina ang init", "putek"), so bare swear words are
# needs=target with low-to-moderate weight; the forms that already contain "mo"/"ka" are aimed.
@format 1
@lang fil
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- profanity (interjection unless aimed) --------------------------------------------------
putangina*          | harassment | 0.4  | profanity_at_person | needs=target
putang ina          | harassment | 0.4  | profanity_at_person | needs=target
potangina*          | harassment | 0.4  | profanity_at_person | needs=target
tangina*            | harassment | 0.35 | profanity_at_person | needs=target
tang ina            | harassment | 0.35 | profanity_at_person | needs=target
tngina              | harassment | 0.35 | profanity_at_person | needs=target
taena               | harassment | 0.3  | profanity_at_person | needs=target
kingina*            | harassment | 0.35 | profanity_at_person | needs=target
pota                | harassment | 0.35 | profanity_at_person | needs=target
puta                | harassment | 0.4  | profanity_at_person | needs=target
punyeta             | harassment | 0.4  | profanity_at_person | needs=target
pakyu               | harassment | 0.5  | profanity_at_person | needs=target
pak yu              | harassment | 0.5  | profanity_at_person | needs=target
leche               | harassment | 0.3  | profanity_at_person | needs=target
letse               | harassment | 0.3  | profanity_at_person | needs=target
lintik              | harassment | 0.3  | profanity_at_person | needs=target
pucha               | harassment | 0.2  | profanity_at_person | needs=target
bwisit              | harassment | 0.2  | profanity_at_person | needs=target
buwisit             | harassment | 0.2  | profanity_at_person | needs=target
peste               | harassment | 0.25 | profanity_at_person | needs=target
hinayupak           | harassment | 0.55 | profanity_at_person | needs=target
bwakanangina*       | harassment | 0.45 | profanity_at_person | needs=target
# aimed forms ("... mo", "... ninyo", "... ka")
re:\b(putang ?ina|potang ?ina|tang ?ina|kingina|puta|pota) (mo|nyo|niyo|ninyo|mong|kayo|ka)\b | harassment | 0.6 | profanity_at_person |
putanginamo         | harassment | 0.6  | profanity_at_person |
tanginamo           | harassment | 0.6  | profanity_at_person |
tanginanyo          | harassment | 0.6  | profanity_at_person |
putanginanyo        | harassment | 0.6  | profanity_at_person |
puta ka             | harassment | 0.7  | insult_at_person    |
putang ina ng nanay mo | harassment | 0.75 | profanity_at_person |

# --- insults --------------------------------------------------------------------------------
gago                | harassment | 0.5  | insult_at_person | needs=target
gaga                | harassment | 0.45 | insult_at_person | needs=target
gagu                | harassment | 0.4  | insult_at_person | needs=target
ogag                | harassment | 0.45 | insult_at_person | needs=target
tanga               | harassment | 0.45 | insult_at_person | needs=target
bobo                | harassment | 0.35 | insult_at_person | needs=target
boba                | harassment | 0.35 | insult_at_person | needs=target
ulol                | harassment | 0.5  | insult_at_person | needs=target
ulul                | harassment | 0.5  | insult_at_person | needs=target
olol                | harassment | 0.45 | insult_at_person | needs=target
tarantado           | harassment | 0.55 | insult_at_person | needs=target
tarantada           | harassment | 0.55 | insult_at_person | needs=target
inutil              | harassment | 0.45 | insult_at_person | needs=target
kupal               | harassment | 0.5  | insult_at_person | needs=target
ungas               | harassment | 0.5  | insult_at_person | needs=target
engot               | harassment | 0.45 | insult_at_person | needs=target
hangal              | harassment | 0.4  | insult_at_person | needs=target
mangmang            | harassment | 0.4  | insult_at_person | needs=target
ulaga               | harassment | 0.45 | insult_at_person | needs=target
tukmol              | harassment | 0.45 | insult_at_person | needs=target
bugok               | harassment | 0.45 | insult_at_person | needs=target
tangahan            | harassment | 0.45 | insult_at_person | needs=target
siraulo             | harassment | 0.4  | insult_at_person | needs=target
sira ulo            | harassment | 0.4  | insult_at_person | needs=target
baliw               | harassment | 0.3  | insult_at_person | needs=target
abnoy               | harassment | 0.45 | insult_at_person | needs=target
walang kwenta       | harassment | 0.45 | insult_at_person | needs=target
walang kwentang     | harassment | 0.45 | insult_at_person | needs=target
walang silbi        | harassment | 0.4  | insult_at_person | needs=target
walang utak         | harassment | 0.5  | insult_at_person | needs=target
walanghiya          | harassment | 0.5  | insult_at_person | needs=target
walang hiya         | harassment | 0.45 | insult_at_person | needs=target
kapal ng mukha      | harassment | 0.4  | insult_at_person | needs=target
makapal ang mukha   | harassment | 0.4  | insult_at_person | needs=target
bastos ka           | harassment | 0.45 | insult_at_person |
sinungaling         | harassment | 0.3  | insult_at_person | needs=target
epal                | harassment | 0.25 | insult_at_person | needs=target
pokpok              | harassment | 0.6  | insult_at_person | needs=target
malandi             | harassment | 0.45 | insult_at_person | needs=target
haliparot           | harassment | 0.45 | insult_at_person | needs=target
hayop ka            | harassment | 0.6  | insult_at_person |
hayup ka            | harassment | 0.6  | insult_at_person |
mga hayop kayo      | harassment | 0.6  | insult_at_person |
animal ka           | harassment | 0.55 | insult_at_person |
aso ka              | harassment | 0.5  | insult_at_person |
baboy ka            | harassment | 0.55 | insult_at_person |
demonyo ka          | harassment | 0.5  | insult_at_person |
salot ka            | harassment | 0.55 | insult_at_person |
basura ka           | harassment | 0.55 | insult_at_person |
re:\b(ang )?(tanga|bobo|gago|gaga|ulol|engot|inutil|tarantado|hangal) (mo|nyo|niyo|ninyo)\b | harassment | 0.6 | insult_at_person |
re:\b(tanga|bobo|gago|gaga|ulol|engot|inutil|tarantado|hangal|kupal|ungas|bugok) ka\b | harassment | 0.6 | insult_at_person |
re:\bmga (tanga|bobo|gago|ulol|inutil|tarantado|kupal|ungas) (kayo|talaga kayo)\b | harassment | 0.6 | insult_at_person |
stupid ka           | harassment | 0.55 | insult_at_person |
idiot ka            | harassment | 0.55 | insult_at_person |
# political insults of the campaign seasons (name-calling of supporters and officials)
dilawan             | harassment | 0.25 | insult_at_person | needs=target
dutertard*          | harassment | 0.45 | insult_at_person | needs=target
yellowtard*         | harassment | 0.45 | insult_at_person | needs=target
pinklawan           | harassment | 0.4  | insult_at_person | needs=target
kakampwet           | harassment | 0.4  | insult_at_person | needs=target
bobotante*          | harassment | 0.4  | insult_at_person | needs=target
bayaran ka          | harassment | 0.35 | insult_at_person |
mga bayaran         | harassment | 0.35 | insult_at_person | needs=target
bayarang troll*     | harassment | 0.4  | insult_at_person |
trapo               | harassment | 0.2  | insult_at_person | needs=target
tuta ng             | harassment | 0.3  | insult_at_person | needs=target
tuta ni             | harassment | 0.3  | insult_at_person | needs=target
magnanakaw          | harassment | 0.25 | insult_at_person | needs=target
kurakot             | harassment | 0.25 | insult_at_person | needs=target
# red-tagging a person, which in the Philippines has preceded violence
re:\b(npa|komunista|terorista|rebelde) ka\b | harassment | 0.45 | harassment_phrase |

# --- body shaming ---------------------------------------------------------------------------
pangit              | harassment | 0.3  | body_shaming | needs=target
panget              | harassment | 0.3  | body_shaming | needs=target
re:\bang (pangit|panget|taba|itim|pandak|payat) (mo|nyo|niyo)\b | harassment | 0.6 | body_shaming |
re:\b(pangit|panget|mataba|baboy|pandak|bansot|balyena) ka\b | harassment | 0.6 | body_shaming |
re:\bmukha( kang|ng) (unggoy|baboy|aso|kabayo|paa|tae|butiki|palaka|kalabaw)\b | harassment | 0.6 | body_shaming |
tabachoy            | harassment | 0.45 | body_shaming | needs=target
tabachingching      | harassment | 0.35 | body_shaming | needs=target
balyena             | harassment | 0.35 | body_shaming | needs=target
bansot              | harassment | 0.4  | body_shaming | needs=target
pandak              | harassment | 0.35 | body_shaming | needs=target
negra ka            | harassment | 0.55 | body_shaming |
sunog na balat      | harassment | 0.4  | body_shaming | needs=target
mukhang pera        | harassment | 0.3  | insult_at_person | needs=target
tigyawat mo         | harassment | 0.4  | body_shaming |
bungal              | harassment | 0.3  | body_shaming | needs=target

# --- threats of violence ---------------------------------------------------------------------
papatayin kita      | harassment | 0.95 | threat_violence | severe
papatayin ka        | harassment | 0.85 | threat_violence | severe
patayin kita        | harassment | 0.9  | threat_violence | severe
papatayin ko kayo   | harassment | 0.9  | threat_violence | severe
papatayin ko kayong | harassment | 0.9  | threat_violence | severe
papatayin ko siya   | harassment | 0.8  | threat_violence | severe
papatayin ko yang   | harassment | 0.75 | threat_violence | severe
ipapapatay kita     | harassment | 0.95 | threat_violence | severe
ipapatay kita       | harassment | 0.95 | threat_violence | severe
ipapatumba kita     | harassment | 0.9  | threat_violence | severe
itutumba kita       | harassment | 0.9  | threat_violence | severe
re:\bipa-?tokhang (kita|ka|ko kayo)\b | harassment | 0.85 | threat_violence | severe
babarilin kita      | harassment | 0.9  | threat_violence | severe
babarilin ko        | harassment | 0.6  | threat_violence |
sasaksakin kita     | harassment | 0.9  | threat_violence | severe
sasaksakin ko       | harassment | 0.6  | threat_violence |
tatagain kita       | harassment | 0.9  | threat_violence | severe
tatadtarin kita     | harassment | 0.85 | threat_violence | severe
bubugbugin kita     | harassment | 0.85 | threat_violence | severe
bugbugin kita       | harassment | 0.8  | threat_violence | severe
uupakan kita        | harassment | 0.8  | threat_violence | severe
sasapakin kita      | harassment | 0.75 | threat_violence |
sapakin kita        | harassment | 0.7  | threat_violence |
sasampalin kita     | harassment | 0.65 | threat_violence |
sasaktan kita       | harassment | 0.75 | threat_violence |
tatapusin kita      | harassment | 0.85 | threat_violence | severe
gigilitan kita      | harassment | 0.9  | threat_violence | severe
susunugin ko bahay mo | harassment | 0.9 | threat_violence | severe
susunugin ko ang bahay mo | harassment | 0.9 | threat_violence | severe
pasasabugin ko      | harassment | 0.8  | threat_violence | severe
aabangan kita       | harassment | 0.7  | threat_violence |
abangan mo ako      | harassment | 0.55 | threat_violence |
rereresbakan kita   | harassment | 0.7  | threat_violence |
resbakan kita       | harassment | 0.7  | threat_violence |
lagot ka sa akin    | harassment | 0.65 | threat_violence |
lagot ka sakin      | harassment | 0.65 | threat_violence |
patay ka sa akin    | harassment | 0.75 | threat_violence |
patay ka sakin      | harassment | 0.75 | threat_violence |
humanda ka sa akin  | harassment | 0.65 | threat_violence |
humanda ka sakin    | harassment | 0.65 | threat_violence |
humanda ka na       | harassment | 0.45 | threat_violence |
may paglalagyan ka  | harassment | 0.65 | threat_violence |
hindi ka na sisikatan ng araw | harassment | 0.85 | threat_violence | severe
di ka na sisikatan ng araw | harassment | 0.85 | threat_violence | severe

# --- wishes of harm -------------------------------------------------------------------------
sana mamatay ka     | harassment | 0.85 | wish_harm | severe
mamatay ka sana     | harassment | 0.85 | wish_harm | severe
mamatay ka na       | harassment | 0.8  | wish_harm | severe
mamatay ka          | harassment | 0.7  | wish_harm |
mamatay na kayo     | harassment | 0.8  | wish_harm | severe
sana mamatay na kayo | harassment | 0.85 | wish_harm | severe
sana mamatay na siya | harassment | 0.7 | wish_harm |
sana mamatay na sya | harassment | 0.7  | wish_harm |
sana masagasaan ka  | harassment | 0.8  | wish_harm | severe
sana maaksidente ka | harassment | 0.75 | wish_harm |
sana magka cancer ka | harassment | 0.75 | wish_harm |
sana magkacancer ka | harassment | 0.75 | wish_harm |
sana mabaril ka     | harassment | 0.8  | wish_harm | severe
sana ma-rape ka     | harassment | 0.9  | wish_harm | severe
sana marape ka      | harassment | 0.9  | wish_harm | severe
mabulok ka sa impyerno | harassment | 0.65 | wish_harm |
mabulok ka sana     | harassment | 0.6  | wish_harm |
masunog ka sa impyerno | harassment | 0.6 | wish_harm |
deserve mong mamatay | harassment | 0.8 | wish_harm | severe
dapat sayo pinapatay | harassment | 0.8 | wish_harm | severe
dapat sa inyo pinapatay | harassment | 0.8 | wish_harm | severe
dapat sayo binabaril | harassment | 0.8 | wish_harm | severe

# --- sexual harassment ----------------------------------------------------------------------
kantutin kita       | harassment | 0.9  | sexual_harassment | severe
kakantutin kita     | harassment | 0.9  | sexual_harassment | severe
iyutin kita         | harassment | 0.9  | sexual_harassment | severe
rape kita           | harassment | 0.9  | sexual_harassment | severe
ire-rape kita       | harassment | 0.9  | sexual_harassment | severe
sarap mong kantutin | harassment | 0.9  | sexual_harassment | severe
ang sarap mo        | harassment | 0.5  | sexual_harassment | needs=target
sarap mo            | harassment | 0.4  | sexual_harassment | needs=target
tsupain mo          | harassment | 0.8  | sexual_harassment |
chupain mo          | harassment | 0.8  | sexual_harassment |
pasilip naman       | harassment | 0.6  | sexual_harassment |
pasilip ng          | harassment | 0.55 | sexual_harassment |
patingin ng suso    | harassment | 0.8  | sexual_harassment |
patingin ng dede    | harassment | 0.8  | sexual_harassment |
laki ng suso mo     | harassment | 0.75 | sexual_harassment |
laki ng dede mo     | harassment | 0.75 | sexual_harassment |
laki ng boobs mo    | harassment | 0.7  | sexual_harassment |
re:\b(suso|dede|puke|pekpek|pwet|puwet|titi|burat) mo\b | harassment | 0.6 | sexual_harassment |
libog mo            | harassment | 0.5  | sexual_harassment |
malibog ka          | harassment | 0.5  | sexual_harassment |
manyak              | harassment | 0.4  | sexual_harassment | needs=target
manyakis            | harassment | 0.45 | sexual_harassment | needs=target
send ka nudes       | harassment | 0.65 | sexual_harassment |

# --- doxxing --------------------------------------------------------------------------------
alam ko kung saan ka nakatira | harassment | 0.85 | doxxing | severe
alam ko bahay mo    | harassment | 0.7  | doxxing |
alam ko ang bahay mo | harassment | 0.7 | doxxing |
alam ko kung saan ka nag aaral | harassment | 0.7 | doxxing |
alam ko kung saan ka nagtatrabaho | harassment | 0.65 | doxxing |
ito ang address niya | harassment | 0.6 | doxxing |
ito ang address nya | harassment | 0.6  | doxxing |
ito ang number niya | harassment | 0.55 | doxxing |
ito ang number nya  | harassment | 0.55 | doxxing |
ipapakalat ko ang number mo | harassment | 0.75 | doxxing |
ikakalat ko ang address mo | harassment | 0.75 | doxxing |

# --- blackmail ------------------------------------------------------------------------------
ikakalat ko         | harassment | 0.55 | blackmail |
ipapakalat ko       | harassment | 0.55 | blackmail |
ikakalat ko ang video mo | harassment | 0.85 | blackmail | severe
ikakalat ko ang mga picture mo | harassment | 0.85 | blackmail | severe
ikakalat ko ang mga litrato mo | harassment | 0.85 | blackmail | severe
ipopost ko ang video mo | harassment | 0.75 | blackmail |
ipopost ko ang mga picture mo | harassment | 0.75 | blackmail |
re:\b(ikakalat|ipapakalat|ipopost|isesend|ilalabas|ipapakita) ko ((ang|yung|ung|mga) )*(scandal|video|vid|picture|pics|litrato|hubad|nudes|sex video)\b | harassment | 0.8 | blackmail | severe
scandal mo          | harassment | 0.55 | blackmail |
kung hindi ka magbabayad | harassment | 0.55 | blackmail |
kapag hindi ka nagbayad | harassment | 0.55 | blackmail |
pag di ka nagbayad  | harassment | 0.55 | blackmail |
kung hindi mo ako babayaran | harassment | 0.6 | blackmail |
kung ayaw mong kumalat | harassment | 0.75 | blackmail | severe
kung ayaw mong ikalat ko | harassment | 0.8 | blackmail | severe
ipapahiya kita      | harassment | 0.6  | blackmail |
sasabihin ko sa asawa mo | harassment | 0.5 | blackmail |
isusumbong kita sa asawa mo | harassment | 0.45 | blackmail |

# ---- Exclusion from a group chat, threats to smash a face, added 2026-12 (original work, MIT) ----
re:\b(huwag|wag|hwag) (niyo|nyo|nating|mo|na) ?(nang |na )?(isali|isama|kausapin|pansinin|imbitahin|i-add|iadd) si \w+ | harassment | 0.45 | harassment_phrase |
re:\bwala(ng| ng) (may gusto|may gustong|nagmamahal|may pake|may pakialam) (sa kanya|sayo|sa iyo|sa'yo|sa inyo|sa kaniya)\b | harassment | 0.5 | harassment_phrase |
re:\b(huwag|wag) (niyo|nyo) ?(nang |na )?(isali|isama|pansinin) si \w+.{0,50}\bwala(ng| ng) (may gusto|may pake) | harassment | 0.7 | harassment_phrase |
re:\b(i-?kick|tanggalin|alisin|palabasin) (si \w+|siya|sya|yan) (sa|mula sa) (gc|group|grupo|klase)\b | harassment | 0.55 | harassment_phrase |
re:\b(babasagin|basagin|bubugbugin|sasapakin|sasaksakin|papatayin|uupakan) ko (ang |yang |yung )?(mukha|ulo|bunganga|ngipin|panga)? ?(mo|nyo|niyo)\b | harassment | 0.85 | threat_violence | severe
re:\babangan (kita|ka|kayo)\b | harassment | 0.45 | threat_violence |

# ---- Telling someone to kill or hurt themselves and wishing them dead: moved here from
# ---- fil.selfharm.lex (2026-12). Aimed at someone else these are harassment (wish_harm, severe);
# ---- self_harm keeps only the writer's own risk. ----
magpakamatay ka na | harassment | 0.95 | wish_harm | severe
magpakamatay ka | harassment | 0.9 | wish_harm | severe
magpakamatay na kayo | harassment | 0.9 | wish_harm | severe
magpakamatay ka nalang | harassment | 0.95 | wish_harm | severe
magpakamatay ka na lang | harassment | 0.95 | wish_harm | severe
re:\bmag-? ?suicide ka( na)?\b | harassment | 0.9 | wish_harm | severe
magbigti ka na | harassment | 0.95 | wish_harm | severe
magbigti ka | harassment | 0.85 | wish_harm | severe
magbigti ka nalang | harassment | 0.95 | wish_harm | severe
maglaslas ka na | harassment | 0.9 | wish_harm | severe
maglaslas ka | harassment | 0.85 | wish_harm | severe
laslasin mo ang pulso mo | harassment | 0.9 | wish_harm | severe
tumalon ka na sa building | harassment | 0.9 | wish_harm | severe
tumalon ka sa building | harassment | 0.85 | wish_harm | severe
tumalon ka sa tulay | harassment | 0.85 | wish_harm | severe
tumalon ka na lang | harassment | 0.8 | wish_harm | severe
uminom ka ng lason | harassment | 0.9 | wish_harm | severe
inom ka ng lason | harassment | 0.9 | wish_harm | severe
inom ka ng muriatic | harassment | 0.9 | wish_harm | severe
uminom ka ng muriatic | harassment | 0.9 | wish_harm | severe
pakamatay ka na | harassment | 0.9 | wish_harm | severe
wala namang mawawala kung mamatay ka | harassment | 0.8 | wish_harm | severe
walang iiyak pag namatay ka | harassment | 0.75 | wish_harm | severe
mas mabuti pang mamatay ka na | harassment | 0.85 | wish_harm | severe
mas mabuti pang wala ka na | harassment | 0.7 | wish_harm | severe
