# Indonesian slurs that count only when read as people. A `slur` entry counts at its full weight
# when a `ctx:people` word stands right before it ("dasar bencong", "para lonte"), a
# `ctx:people_after` word right after it ("aseng itu"), a second-person word is within 60
# characters, or it is the only word of its sentence; otherwise at a fifth of its weight. A
# `ctx:self` word just before it cuts it to a third. Slurs with no benign sense ("singkek",
# "hombreng", "cina babi") are in id.hate.lex and are not repeated here. Words that are also
# everyday words (onta = camel, keriting = curly, betina = female animal) carry `allow` entries for
# their ordinary senses. Words that are also a neutral or medical name ("kafir", "cino", "autis",
# "cacat") weigh 0.7 or are written only in their insulting frames.
@format 1
@lang id
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:people: words that, right before a noun, make it a person or people ----
orang             | ctx:people |  |  |
orang-orang       | ctx:people |  |  |
orang2            | ctx:people |  |  |
si                | ctx:people |  |  |
sang              | ctx:people |  |  |
dasar             | ctx:people |  |  |
semua             | ctx:people |  |  |
seluruh           | ctx:people |  |  |
para              | ctx:people |  |  |
kaum              | ctx:people |  |  |
golongan          | ctx:people |  |  |
kelompok          | ctx:people |  |  |
gerombolan        | ctx:people |  |  |
segerombolan      | ctx:people |  |  |
sekumpulan        | ctx:people |  |  |
komplotan         | ctx:people |  |  |
antek             | ctx:people |  |  |
antek-antek       | ctx:people |  |  |
dia               | ctx:people |  |  |
mereka            | ctx:people |  |  |
banyak            | ctx:people |  |  |
kebanyakan        | ctx:people |  |  |
bangsa            | ctx:people |  |  |
keturunan         | ctx:people |  |  |
sejenis           | ctx:people |  |  |
makhluk           | ctx:people |  |  |
bocah             | ctx:people |  |  |
cowok             | ctx:people |  |  |
cowo              | ctx:people |  |  |
cewek             | ctx:people |  |  |
cewe              | ctx:people |  |  |
perempuan         | ctx:people |  |  |
wanita            | ctx:people |  |  |
mbak              | ctx:people |  |  |
tuh               | ctx:people |  |  |
nih               | ctx:people |  |  |
kayak             | ctx:people |  |  |
kyk               | ctx:people |  |  |

# ---- ctx:people_after: words that, right after a noun, make it people ----
tu                | ctx:people_after |  |  |
ni                | ctx:people_after |  |  |
itu               | ctx:people_after |  |  |
ini               | ctx:people_after |  |  |
tuh               | ctx:people_after |  |  |
nih               | ctx:people_after |  |  |
semua             | ctx:people_after |  |  |
semuanya          | ctx:people_after |  |  |
sekalian          | ctx:people_after |  |  |
sialan            | ctx:people_after |  |  |
bangsat           | ctx:people_after |  |  |
tolol             | ctx:people_after |  |  |
goblok            | ctx:people_after |  |  |
bego              | ctx:people_after |  |  |
brengsek          | ctx:people_after |  |  |
keparat           | ctx:people_after |  |  |
laknat            | ctx:people_after |  |  |
laknatullah       | ctx:people_after |  |  |
kampret           | ctx:people_after |  |  |
biadab            | ctx:people_after |  |  |
kurang ajar       | ctx:people_after |  |  |
busuk             | ctx:people_after |  |  |
najis             | ctx:people_after |  |  |
jorok             | ctx:people_after |  |  |
kampungan         | ctx:people_after |  |  |
murahan           | ctx:people_after |  |  |

# ---- ctx:self: the speaker belongs to the group (reclaimed use) ----
bangga jadi       | ctx:self |  |  |
bangga menjadi    | ctx:self |  |  |
bangga sebagai    | ctx:self |  |  |
sebagai seorang   | ctx:self |  |  |
kami para         | ctx:self |  |  |
aku seorang       | ctx:self |  |  |
saya seorang      | ctx:self |  |  |
gue seorang       | ctx:self |  |  |
gw seorang        | ctx:self |  |  |
sesama            | ctx:self |  |  |

# ---- slurs: LGBT ----
bencong           | hate | 0.8  | slur_group | slur
bences            | hate | 0.8  | slur_group | slur
banci             | hate | 0.75 | slur_group | slur
# "banci kaleng": a "tin-can sissy", coward and effeminate
banci kaleng      | hate | 0.8  | slur_group | slur
# "maho" = "manusia homo"
maho              | hate | 0.8  | slur_group | slur
homo              | hate | 0.75 | slur_group | slur
homok             | hate | 0.8  | slur_group | slur
# "ngondek": effeminate man
ngondek           | hate | 0.7  | slur_group | slur
kaum luth         | hate | 0.7  | slur_group | slur
kaum nabi luth    | hate | 0.7  | slur_group | slur
kaum sodom        | hate | 0.75 | slur_group | slur

# ---- slurs: Chinese Indonesians ----
cokin             | hate | 0.85 | slur_group | slur severe
aseng             | hate | 0.8  | slur_group | slur
# "cino": Javanese for Chinese, often in contempt
cino              | hate | 0.5  | slur_group | slur
# "sipit": slit-eyed
# sipit: mostly an adjective for narrow eyes ("matanya sipit"); a slur as a noun, so it only names the group.
sipit             | hate | 0.5  | slur_group | slur
cina sipit        | hate | 0.85 | slur_group | severe

# ---- slurs: Papuans, eastern Indonesians, Africans ----
# "koteka" (penis gourd) said of Papuans; "keriting" (curly-haired) likewise
koteka            | hate | 0.75 | slur_group | slur
keriting          | hate | 0.5  | slur_group | slur
negro             | hate | 0.5  | slur_group | slur
monyet hitam      | hate | 0.85 | slur_group | severe

# ---- slurs: other ethnic groups, nationalities ----
# "jawir" (jawa ireng, "black Javanese"): Javanese people
jawir             | hate | 0.8  | slur_group | slur
jawa ireng        | hate | 0.75 | slur_group | slur
# "padang bengkok" ("crooked Padang"): Minangkabau people as cheats
padang bengkok    | hate | 0.75 | slur_group | slur
keling            | hate | 0.8  | slur_group | slur severe
# "malingsia" (maling = thief): Malaysians
malingsia         | hate | 0.8  | slur_group | slur
# "onta" (camel), "kadal gurun"/"kadrun" (desert lizard): Arabs and people of Arab descent,
# and pious Muslims mocked as "Arabised"
onta              | hate | 0.75 | slur_group | slur
bani onta         | hate | 0.85 | slur_group | slur severe
kadal gurun       | hate | 0.75 | slur_group | slur
kadrun            | hate | 0.7  | slur_group | slur

# ---- slurs: religion ----
kafir             | hate | 0.5  | slur_group | slur
kapir             | hate | 0.8  | slur_group | slur
kafir harbi       | hate | 0.75 | slur_group | slur
# Shia ("rafidhah": rejecters) and Ahmadi ("qadiani") Muslims
rafidhah          | hate | 0.8  | slur_group | slur
rafidah           | hate | 0.8  | slur_group | slur
rafidi            | hate | 0.8  | slur_group | slur
rafidhi           | hate | 0.8  | slur_group | slur
qadiani           | hate | 0.8  | slur_group | slur
# "salibis" (crusaders): Christians
salibis           | hate | 0.8  | slur_group | slur
penyembah berhala | hate | 0.75 | slur_group | slur
penyembah patung  | hate | 0.75 | slur_group | slur
penyembah sapi    | hate | 0.8  | slur_group | slur
penyembah salib   | hate | 0.8  | slur_group | slur

# ---- slurs: women ----
lonte             | hate | 0.85 | slur_group | slur
perek             | hate | 0.8  | slur_group | slur
# "jablay" (jarang dibelai, "rarely caressed"), "pecun", "bispak" (bisa dipakai, "usable"): women as sluts
jablay            | hate | 0.8  | slur_group | slur
pecun             | hate | 0.8  | slur_group | slur
bispak            | hate | 0.8  | slur_group | slur
sundel            | hate | 0.8  | slur_group | slur
sundal            | hate | 0.8  | slur_group | slur
jalang            | hate | 0.8  | slur_group | slur
betina            | hate | 0.75 | slur_group | slur
cabe-cabean       | hate | 0.75 | slur_group | slur
cabe cabean       | hate | 0.75 | slur_group | slur
# "ayam kampus" (campus chicken): female students as prostitutes
ayam kampus       | hate | 0.75 | slur_group | slur
perempuan murahan | hate | 0.75 | slur_group | slur
cewek murahan     | hate | 0.75 | slur_group | slur
wanita murahan    | hate | 0.75 | slur_group | slur
janda gatal       | hate | 0.7  | slur_group | slur

# ---- slurs: disability ----
# "budek": deaf
budek             | hate | 0.75 | slur_group | slur
# "mongol" (from "mongoloid"): people with Down syndrome, said as "stupid"
mongol            | hate | 0.75 | slur_group | slur
mongoloid         | hate | 0.8  | slur_group | slur
cacat mental      | hate | 0.75 | slur_group | slur
# insults that name a disability and count on their own (no `slur` flag): "autis", "cacat" and
# "ODGJ" alone are medical or everyday words ("anak autis", "cacat produk", "logika cacat")
dasar autis       | hate | 0.75 | slur_group |
autis lu          | hate | 0.75 | slur_group |
autis lo          | hate | 0.75 | slur_group |
autis loe         | hate | 0.75 | slur_group |
autis luh         | hate | 0.75 | slur_group |
kayak orang autis | hate | 0.7  | slur_group |
kaya orang autis  | hate | 0.7  | slur_group |
dasar cacat       | hate | 0.75 | slur_group |
dasar odgj        | hate | 0.7  | slur_group |
odgj lu           | hate | 0.7  | slur_group |
odgj lo           | hate | 0.7  | slur_group |

# ---- allow: everyday senses of the words above ----
# camels
re:\b(naik|menunggang|susu|daging|peternakan|ternak|kandang|kotoran|bulu|punuk|kafilah|karavan|seekor|ekor|anak|unta dan|kuda dan|gurun dan) onta\b | allow |  |  |
re:\bonta (arab|gurun|punuk|susu|betina|jantan|liar|dan kuda|dan kambing|ternak|minum|berjalan|makan)\b | allow |  |  |
# curly noodles, hair, fries
re:\b(mie|mi|mi instan|kentang|bulu mata|rambut|rambutnya|kol|sawi|selada|peterseli|kale) keriting\b | allow |  |  |
re:\bkeriting (gantung|spiral|alami|natural|curly)\b | allow |  |  |
# the Papuan penis gourd as culture
re:\b(pakai|memakai|mengenakan|koteka dan|museum|festival|pakaian adat|busana|adat|tradisional|budaya) koteka\b | allow |  |  |
re:\bkoteka (adat|tradisional|khas|sebagai|merupakan|adalah|dan|terbuat|dari|museum)\b | allow |  |  |
# animals and plants
re:\b(ayam|kucing|anjing|sapi|kambing|kerbau|domba|kuda|itik|bebek|angsa|burung|ikan|ular|harimau|singa|gajah|rusa|monyet|kera|tikus|kelinci|babi|nyamuk|lebah|laba-laba|semut|penyu|buaya|onta|unta|merak|induk|hewan|binatang|ternak|bunga|pohon|tanaman|kelamin|jenis kelamin|spesies|seekor|anak|jantan dan|jantan atau|jantan apa) betina\b | allow |  |  |
re:\bbetina (dan|atau|apa) jantan\b | allow |  |  |
re:\b(binatang|kucing|anjing|burung|kuda|hewan|ayam) jalang\b | allow |  |  |
sundel bolong     | allow |  |  |
sundal bolong     | allow |  |  |
sundal malam      | allow |  |  |
# theology
re:\b(orang-orang|orang2) kafir\b | allow |  |  |
re:\bkafir (quraisy|quraish|mekah|makkah|dzimmi|zimmi|mu'ahad|muahad|musta'man|mustaman)\b | allow |  |  |
# history
re:\b(kekaisaran|bangsa|tentara|pasukan|kerajaan|orang|negara|dinasti|sejarah|invasi|serbuan|jenghis khan dan) mongol\b | allow |  |  |
re:\bmongol (empire|menyerang|menaklukkan|menguasai|dinasti)\b | allow |  |  |
# places
kampung keling    | allow |  |  |
kampung madras keling | allow |  |  |
kerajaan keling    | allow |  |  |

# ---- allow: everyday words the speller would otherwise read as a misspelt or glued slur
# ("mahoni" → "maho ni", "perekat" → "perek at", "Jair" → "jawir")
mahoni            | allow |  |  |
perekat           | allow |  |  |
perekam           | allow |  |  |
jair              | allow |  |  |

# ---- ctx:ingroup: the writer counting themself in; a slur within 8 characters of one, in the
# same clause, is the group's own word for itself (reclaimed use). Added by the engine's author. ----
gue               | ctx:ingroup |  |  |
gua               | ctx:ingroup |  |  |
gw                | ctx:ingroup |  |  |
aku               | ctx:ingroup |  |  |
saya              | ctx:ingroup |  |  |
kita              | ctx:ingroup |  |  |
kami              | ctx:ingroup |  |  |
kita sesama       | ctx:ingroup |  |  |
sesama            | ctx:ingroup |  |  |
kita para         | ctx:ingroup |  |  |
kami para         | ctx:ingroup |  |  |
gue si            | ctx:ingroup |  |  |
aku si            | ctx:ingroup |  |  |
