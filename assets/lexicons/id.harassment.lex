# Indonesian harassment: insults and profanity aimed at people (formal and slang, incl. common
# Javanese and Sundanese swearing), threats, wishes of harm, sexual harassment, body shaming,
# doxxing and blackmail. Words that are also ordinary nouns (anjing, babi, monyet, setan, sampah)
# only count with a target nearby; mild exclamations (anjir, anjay, sial, cok) stay weak.
@format 1
@lang id
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- insults: stupidity ----
goblok            | harassment | 0.65 | insult_at_person | needs=target
goblog            | harassment | 0.65 | insult_at_person | needs=target
goblk             | harassment | 0.6 | insult_at_person | needs=target
gblk              | harassment | 0.6 | insult_at_person | needs=target
gblg              | harassment | 0.6 | insult_at_person | needs=target
goblokk           | harassment | 0.65 | insult_at_person | needs=target
tolol             | harassment | 0.65 | insult_at_person | needs=target
tll               | harassment | 0.45 | insult_at_person | needs=target
bego              | harassment | 0.55 | insult_at_person | needs=target
begok             | harassment | 0.55 | insult_at_person | needs=target
bodoh             | harassment | 0.5 | insult_at_person | needs=target
bodo              | harassment | 0.35 | insult_at_person | needs=target
dungu             | harassment | 0.6 | insult_at_person | needs=target
idiot             | harassment | 0.6 | insult_at_person | needs=target
bloon             | harassment | 0.55 | insult_at_person | needs=target
blo'on            | harassment | 0.55 | insult_at_person | needs=target
oon               | harassment | 0.45 | insult_at_person | needs=target
dongo             | harassment | 0.55 | insult_at_person | needs=target
dongok            | harassment | 0.55 | insult_at_person | needs=target
pekok             | harassment | 0.55 | insult_at_person | needs=target
bebal             | harassment | 0.45 | insult_at_person | needs=target
bahlul            | harassment | 0.5 | insult_at_person | needs=target
belegug           | harassment | 0.55 | insult_at_person | needs=target
koplok            | harassment | 0.45 | insult_at_person | needs=target
geblek            | harassment | 0.5 | insult_at_person | needs=target
plonga plongo     | harassment | 0.5 | insult_at_person | needs=target
planga plongo     | harassment | 0.5 | insult_at_person | needs=target
sinting           | harassment | 0.45 | insult_at_person | needs=target
sarap             | harassment | 0.4 | insult_at_person | needs=target
otak udang        | harassment | 0.6 | insult_at_person | needs=target
otak dengkul      | harassment | 0.6 | insult_at_person | needs=target
otak kosong       | harassment | 0.5 | insult_at_person | needs=target
otak sapi         | harassment | 0.55 | insult_at_person | needs=target
re:\b(gak|ga|nggak|ngga|tidak|tak|enggak|gk) (punya|ada) otak\b | harassment | 0.6 | insult_at_person | needs=target
re:\b(otak|otaknya|otakmu) (di|ditaruh di|taruh di) (dengkul|pantat|lutut|kaki)\b | harassment | 0.65 | insult_at_person |
re:\biq (jongkok|rendah|sekolam|sebesar)\b | harassment | 0.45 | insult_at_person | needs=target
kampungan         | harassment | 0.45 | insult_at_person | needs=target
udik              | harassment | 0.35 | insult_at_person | needs=target
norak             | harassment | 0.3 | insult_at_person | needs=target
katrok            | harassment | 0.35 | insult_at_person | needs=target
cupu              | harassment | 0.3 | insult_at_person | needs=target
micin             | harassment | 0.3 | insult_at_person | needs=target

# ---- insults: character, worth ----
brengsek          | harassment | 0.65 | insult_at_person | needs=target
bangsat           | harassment | 0.7 | insult_at_person | needs=target
bangsad           | harassment | 0.7 | insult_at_person | needs=target
bgst              | harassment | 0.65 | insult_at_person | needs=target
bngst             | harassment | 0.65 | insult_at_person | needs=target
bajingan*         | harassment | 0.7 | insult_at_person | needs=target
keparat           | harassment | 0.65 | insult_at_person | needs=target
kampret           | harassment | 0.45 | insult_at_person | needs=target
kunyuk            | harassment | 0.55 | insult_at_person | needs=target
kutu kupret       | harassment | 0.4 | insult_at_person | needs=target
sontoloyo         | harassment | 0.45 | insult_at_person | needs=target
kurang ajar       | harassment | 0.45 | insult_at_person | needs=target
biadab            | harassment | 0.55 | insult_at_person | needs=target
bejat             | harassment | 0.5 | insult_at_person | needs=target
bejad             | harassment | 0.5 | insult_at_person | needs=target
laknat            | harassment | 0.5 | insult_at_person | needs=target
terkutuk          | harassment | 0.45 | insult_at_person | needs=target
jahanam           | harassment | 0.55 | insult_at_person | needs=target
pecundang         | harassment | 0.5 | insult_at_person | needs=target
pengecut          | harassment | 0.45 | insult_at_person | needs=target
munafik           | harassment | 0.45 | insult_at_person | needs=target
penjilat          | harassment | 0.45 | insult_at_person | needs=target
jongos            | harassment | 0.5 | insult_at_person | needs=target
kacung            | harassment | 0.45 | insult_at_person | needs=target
babu              | harassment | 0.35 | insult_at_person | needs=target
sampah            | harassment | 0.4 | insult_at_person | needs=target
sampah masyarakat | harassment | 0.65 | insult_at_person | needs=target
gembel            | harassment | 0.45 | insult_at_person | needs=target
sialan            | harassment | 0.45 | insult_at_person | needs=target
sial              | harassment | 0.2 | insult_at_person | needs=target
setan             | harassment | 0.45 | insult_at_person | needs=target
iblis             | harassment | 0.4 | insult_at_person | needs=target
dajjal            | harassment | 0.45 | insult_at_person | needs=target
bangke            | harassment | 0.55 | insult_at_person | needs=target
bangkai           | harassment | 0.35 | insult_at_person | needs=target
anak haram        | harassment | 0.65 | insult_at_person | needs=target
anak setan        | harassment | 0.55 | insult_at_person | needs=target
anak anjing       | harassment | 0.5 | insult_at_person | needs=target
anak babi         | harassment | 0.55 | insult_at_person | needs=target
muka tembok       | harassment | 0.45 | insult_at_person | needs=target
muka dua          | harassment | 0.35 | insult_at_person | needs=target
tukang fitnah     | harassment | 0.35 | insult_at_person | needs=target
re:\b(gak|ga|nggak|tidak|tak|gk) tau (diri|malu)\b | harassment | 0.4 | insult_at_person | needs=target
re:\btidak tahu (diri|malu)\b | harassment | 0.4 | insult_at_person | needs=target
picek             | harassment | 0.45 | insult_at_person | needs=target
budek             | harassment | 0.35 | insult_at_person | needs=target
culun             | harassment | 0.3 | insult_at_person | needs=target
sompret           | harassment | 0.45 | insult_at_person | needs=target
kampang           | harassment | 0.5 | insult_at_person | needs=target
betina            | harassment | 0.4 | insult_at_person | needs=target
iblis betina      | harassment | 0.6 | insult_at_person | needs=target
najis             | harassment | 0.4 | insult_at_person | needs=target
menjijikkan       | harassment | 0.4 | insult_at_person | needs=target
busuk             | harassment | 0.3 | insult_at_person | needs=target
silit             | harassment | 0.5 | profanity_at_person | needs=target
endasmu           | harassment | 0.55 | profanity_at_person |
lambemu           | harassment | 0.4 | profanity_at_person |
cebong            | harassment | 0.4 | insult_at_person | needs=target
kecebong          | harassment | 0.35 | insult_at_person | needs=target
kadrun            | harassment | 0.45 | insult_at_person | needs=target
togog             | harassment | 0.4 | insult_at_person | needs=target

# ---- insults: animals (ordinary nouns, need a target) ----
anjing            | harassment | 0.55 | profanity_at_person | needs=target
anjg              | harassment | 0.55 | profanity_at_person | needs=target
ajg               | harassment | 0.55 | profanity_at_person | needs=target
anjk              | harassment | 0.5 | profanity_at_person | needs=target
anjink            | harassment | 0.55 | profanity_at_person | needs=target
anjeng            | harassment | 0.5 | profanity_at_person | needs=target
njing             | harassment | 0.5 | profanity_at_person | needs=target
njir              | harassment | 0.2 | profanity_at_person | needs=target
anjir             | harassment | 0.2 | profanity_at_person | needs=target
anjrit            | harassment | 0.2 | profanity_at_person | needs=target
anjrot            | harassment | 0.25 | profanity_at_person | needs=target
anying            | harassment | 0.3 | profanity_at_person | needs=target
asu               | harassment | 0.55 | profanity_at_person | needs=target
asw               | harassment | 0.5 | profanity_at_person | needs=target
babi              | harassment | 0.55 | insult_at_person | needs=target
babik             | harassment | 0.55 | insult_at_person | needs=target
celeng            | harassment | 0.5 | insult_at_person | needs=target
monyet            | harassment | 0.55 | insult_at_person | needs=target
monyed            | harassment | 0.55 | insult_at_person | needs=target
nyet              | harassment | 0.4 | insult_at_person | needs=target
kera              | harassment | 0.3 | insult_at_person | needs=target
beruk             | harassment | 0.4 | insult_at_person | needs=target
kambing           | harassment | 0.25 | insult_at_person | needs=target
kebo              | harassment | 0.35 | insult_at_person | needs=target
kerbau            | harassment | 0.25 | insult_at_person | needs=target
tikus got         | harassment | 0.45 | insult_at_person | needs=target
ular              | harassment | 0.2 | insult_at_person | needs=target

# ---- profanity aimed at people ----
tai               | harassment | 0.3 | profanity_at_person | needs=target
taik              | harassment | 0.5 | profanity_at_person | needs=target
tahi              | harassment | 0.4 | profanity_at_person | needs=target
ngehe             | harassment | 0.4 | profanity_at_person | needs=target
kontol            | harassment | 0.65 | profanity_at_person | needs=target
kntl              | harassment | 0.6 | profanity_at_person | needs=target
memek             | harassment | 0.6 | profanity_at_person | needs=target
pepek             | harassment | 0.6 | profanity_at_person | needs=target
jembut            | harassment | 0.5 | profanity_at_person | needs=target
ngentot           | harassment | 0.6 | profanity_at_person | needs=target
ngentod           | harassment | 0.6 | profanity_at_person | needs=target
ngntt             | harassment | 0.55 | profanity_at_person | needs=target
entot             | harassment | 0.55 | profanity_at_person | needs=target
jancok            | harassment | 0.5 | profanity_at_person | needs=target
jancuk            | harassment | 0.5 | profanity_at_person | needs=target
jancuuk           | harassment | 0.5 | profanity_at_person | needs=target
dancok            | harassment | 0.5 | profanity_at_person | needs=target
diancok           | harassment | 0.5 | profanity_at_person | needs=target
diancuk           | harassment | 0.5 | profanity_at_person | needs=target
cok               | harassment | 0.25 | profanity_at_person | needs=target
cuk               | harassment | 0.25 | profanity_at_person | needs=target
jamput            | harassment | 0.4 | profanity_at_person | needs=target
ndasmu            | harassment | 0.55 | profanity_at_person |
raimu             | harassment | 0.4 | profanity_at_person |
cangkemmu         | harassment | 0.55 | profanity_at_person |
gundulmu          | harassment | 0.4 | profanity_at_person |
dengkulmu         | harassment | 0.4 | profanity_at_person |
matamu            | harassment | 0.3 | profanity_at_person |
mbahmu            | harassment | 0.3 | profanity_at_person |
bacot             | harassment | 0.5 | profanity_at_person | needs=target
bacod             | harassment | 0.5 | profanity_at_person | needs=target
bct               | harassment | 0.4 | profanity_at_person | needs=target
ngebacot          | harassment | 0.5 | profanity_at_person | needs=target
cocot             | harassment | 0.5 | profanity_at_person | needs=target
congor            | harassment | 0.5 | profanity_at_person | needs=target
mingkem           | harassment | 0.3 | profanity_at_person | needs=target
berisik           | harassment | 0.15 | profanity_at_person | needs=target
re:\b(diem|diam|tutup mulut|tutup bacot|tutup mulutmu)( aja)?,? (lu|lo|lo|elu|elo|kau|kamu|loe|sia|luh)\b | harassment | 0.45 | profanity_at_person |
re:\b(muka|mulut|otak|congor|bacot|kepala|pala|mata) (lu|lo|elu|elo|loe|kau|kamu|luh|sia) (kayak|kaya|kek|kyk|seperti|mirip|dasar) (\w+ )?(kontol|memek|pantat|tai|taik|babi|anjing|monyet|sampah|setan|jamban|comberan|bokong|pantat panci) | harassment | 0.75 | insult_at_person |
re:\b(muka|mulut|otak|pala|kepala) (kontol|memek|tai|taik|babi|anjing|monyet|sampah|pantat|comberan|jamban)\b | harassment | 0.6 | insult_at_person | needs=target

# ---- insult structures: "dasar ...", "lu/kamu ... banget", "anjing lu" ----
re:\bdasar (\w+ )?(goblok|goblog|tolol|bego|bodoh|dungu|idiot|bloon|anjing|anjg|babi|monyet|bangsat|bajingan|kampret|kunyuk|brengsek|keparat|setan|sampah|lonte|pelacur|perek|jablay|sundal|banci|bencong|kafir|cebong|kadrun|cina|kampungan|udik|gembel|munafik|pecundang|pengecut|biadab|jongos|kacung|tai|taik|kontol|memek)\b | harassment | 0.7 | insult_at_person |
re:\b(lu|lo|elu|elo|loe|kau|kamu|km|kmu|anda|luh|lw|sia|kalian|ente) (itu |tuh |emang |memang |sungguh |benar2 |bener2 |bener |bnr |ternyata |udah |sangat |paling |juga )*(goblok|goblog|tolol|bego|bodoh|dungu|idiot|bloon|oon|dongo|pekok|sinting|brengsek|bangsat|bajingan|kampret|kunyuk|keparat|biadab|bejat|munafik|pecundang|pengecut|sampah|gembel|jelek|busuk|bau|najis|menjijikkan|kampungan|norak|murahan|lonte|pelacur|perek|jalang|sundal|babi|anjing|monyet|setan|iblis)( banget| bgt| sekali| bngt| amat)?\b | harassment | 0.7 | insult_at_person |
re:\b(anjing|anjg|ajg|babi|bangsat|bgst|goblok|goblog|tolol|kontol|kntl|memek|monyet|bajingan|kampret|keparat|brengsek|tai|taik|asu|jancok|jancuk|setan|bego|bodoh|idiot|sampah|lonte|ngentot) (lu|lo|loe|elu|elo|luh|lw|kau|kamu|sia|kalian|ente|maneh)\b | harassment | 0.7 | insult_at_person |
re:\b(goblok|goblog|tolol|bego|bodoh|dungu) (banget|bgt|bngt|amat|sekali|kali) (sih |si |lu|lo|kamu|kau|elu|elo)\b | harassment | 0.6 | insult_at_person |
re:\b(orang|manusia|makhluk|mahluk|cewek|cowok|cewe|cowo|bocah|bocil|anak) (goblok|goblog|tolol|bego|dungu|idiot|bangsat|bajingan|brengsek|biadab|sampah|tai|kontol|anjing|babi|laknat|munafik)\b | harassment | 0.45 | insult_at_person | needs=target
re:\b(gak|ga|nggak|tidak|tak|gk) (ada|punya) (yang )?(suka|peduli|sayang) (sama |dengan |ama |)(lu|lo|elu|elo|kamu|kau|anda)\b | harassment | 0.55 | harassment_phrase |
re:\bsemua orang (benci|muak|jijik) (sama |dengan |ama |)(lu|lo|elu|kamu|kau|anda)\b | harassment | 0.6 | harassment_phrase |
re:\b(lu|lo|elu|elo|kamu|kau|anda) (gak|ga|tidak|nggak|tak) (pantas|layak|pantes) (hidup|ada|lahir|di dunia)\b | harassment | 0.7 | harassment_phrase |
re:\b(mending|mendingan|lebih baik|lebih baek) (lu|lo|elu|kamu|kau|anda) (gak|ga|tidak|nggak) (usah )?(pernah )?(lahir|ada|hidup)\b | harassment | 0.65 | harassment_phrase |
re:\b(jijik|muak|eneg|enek) (gue|gw|aku|saya) (liat|lihat|melihat|sama|ama|dengan) (lu|lo|elu|kamu|kau|muka lu|muka kamu|mukamu|anda)\b | harassment | 0.55 | harassment_phrase |

# ---- sexualised insults ----
lonte             | harassment | 0.75 | insult_at_person | needs=target
pelacur           | harassment | 0.65 | insult_at_person | needs=target
perek             | harassment | 0.65 | insult_at_person | needs=target
jablay            | harassment | 0.6 | insult_at_person | needs=target
sundal            | harassment | 0.7 | insult_at_person | needs=target
jalang            | harassment | 0.65 | insult_at_person | needs=target
pecun             | harassment | 0.6 | insult_at_person | needs=target
bispak            | harassment | 0.6 | insult_at_person | needs=target
cabe cabean       | harassment | 0.4 | insult_at_person | needs=target
cabe-cabean       | harassment | 0.4 | insult_at_person | needs=target
murahan           | harassment | 0.4 | insult_at_person | needs=target
pelakor           | harassment | 0.45 | insult_at_person | needs=target
gundik            | harassment | 0.45 | insult_at_person | needs=target
lacur             | harassment | 0.6 | insult_at_person | needs=target

# ---- threats of violence ----
re:\b(aku|gue|gua|gw|gwa|ane|saya|ak|w|kami|kita) (akan |bakal |bakalan |mau |pengen |pingin |siap |udah siap |pasti |sumpah |nanti |ntar )*(bunuh|bacok|tusuk|tembak|gorok|penggal|habisi|habisin|hajar|gebukin|gebuk|pukul|pukulin|tonjok|bakar|cekik|bantai|matiin|mampusin|perkosa|gampar|tabok|bogem|bogel|tikam|lindas|siram air keras|santet|racun|culik|mutilasi|tembak mati) (lu|lo|loe|luh|elu|elo|lw|kamu|kau|km|kmu|anda|kalian|sia|maneh|ente|keluarga (lu|lo|kamu|mu)|anak (lu|lo|kamu|mu)|anakmu|keluargamu)\b | harassment | 0.9 | threat_violence | severe
re:\b(lu|lo|loe|elu|elo|lw|kamu|kau|anda|kalian|sia) (\w+ )?(gue|gw|gua|aku|saya|ku|ane) (bunuh|bacok|tusuk|tembak|gorok|penggal|habisi|habisin|hajar|bakar|matiin|mampusin|perkosa|cekik|bantai|tikam|racun)\b | harassment | 0.85 | threat_violence | severe
re:\bku(bunuh|bacok|tusuk|tembak|gorok|penggal|habisi|hajar|bakar|cekik|bantai|perkosa|tikam|racun|mampusin|matiin) (kau|kamu|lu|lo|engkau|kalian|anda|sia|mu)\b | harassment | 0.85 | threat_violence | severe
re:\b(gue|gw|gua|aku|saya|ane) (tau|tahu) (rumah|alamat|sekolah|kantor|kosan|kos|tempat kerja) (lu|lo|elu|elo|kamu|kau|anda|mu)\b | harassment | 0.8 | threat_violence | severe
re:\b(gue|gw|gua|aku|saya|kami) (datengin|datangi|samperin|cari|cariin|temuin|tungguin|tunggu) (rumah |sekolah |kantor )?(lu|lo|elu|elo|kamu|kau|anda)\b | harassment | 0.55 | threat_violence |
re:\b(siap[- ]siap|tunggu aja|liat aja|lihat saja|awas aja|awas) (lu|lo|elu|elo|kamu|kau|anda|kalian)\b | harassment | 0.45 | threat_violence |
re:\b(lu|lo|elu|elo|kamu|kau|anda|kalian) (bakal|akan|pasti) (mati|mampus|modar|celaka|menyesal|nyesel|gue habisi|habis)\b | harassment | 0.65 | threat_violence |
re:\b(mati|mampus|modar|abis|habis) (lu|lo|elu|elo|kau|luh|sia) (sama|ama|di tangan) (gue|gw|aku|gua)\b | harassment | 0.75 | threat_violence | severe
re:\btunggu (pembalasan|balasan) (gue|gw|aku|saya|ku|kami)\b | harassment | 0.55 | threat_violence |
re:\b(nyawa|leher|kepala) (lu|lo|elu|kamu|kau|mu) (taruhannya|gue (potong|penggal|patahin))\b | harassment | 0.85 | threat_violence | severe
re:\b(gue|gw|aku|saya) (patahin|patahkan|potong|pecahin) (leher|kaki|tangan|kepala|gigi|muka) (lu|lo|elu|kamu|kau|mu)\b | harassment | 0.85 | threat_violence | severe
re:\b(aku|gue|gw|saya|kami) (bom|ledakkan|ledakin|tembakin|serang) (sekolah|rumah|kantor|kampus|masjid|gereja) (lu|lo|kamu|kau|kalian|mu|ini|itu)\b | harassment | 0.9 | threat_violence | severe

# ---- wishes of harm ----
re:\b(semoga|moga|mudah[- ]mudahan|smoga|mdh2an|moga2) (aja |saja )?(lu|lo|elu|elo|kamu|kau|anda|kalian|dia|keluarga (lu|lo|kamu)|keluargamu|anakmu|anak (lu|lo|kamu)) (mati|cepat mati|cepet mati|lekas mati|cepet mati|mampus|modar|celaka|kecelakaan|kena azab|diazab|masuk neraka|kena kanker|kena kanker|kena stroke|diperkosa|ditabrak|kena musibah|kena covid|sakit keras|menderita|membusuk|busuk di neraka|dilaknat)\b | harassment | 0.8 | wish_harm | severe
re:\b(mati|mampus|modar|matilah|mampuslah) (aja|ajah|aje|saja|lah|sana|sono) (lu|lo|elu|elo|kau|kamu|sia|luh|kalian|anda)\b | harassment | 0.7 | wish_harm | severe
re:\b(mati|mampus|modar|matilah|mampuslah) (aja |ajah |saja )?(sana|sono)\b | harassment | 0.6 | wish_harm |
re:\b(mati|mampus|modar) (lu|lo|elu|elo|kau|luh|sia|kalian)\b | harassment | 0.55 | wish_harm |
re:\b(lu|lo|elu|elo|kamu|kau|anda|kalian) (mending|mendingan|lebih baik|sebaiknya) (mati|mampus|modar|ke neraka)\b | harassment | 0.8 | wish_harm | severe
mampus            | harassment | 0.3 | wish_harm | needs=target
modar             | harassment | 0.35 | wish_harm | needs=target
kena azab         | harassment | 0.35 | wish_harm | needs=target
semoga cepat mati | harassment | 0.8 | wish_harm | severe
moga cepet mati   | harassment | 0.8 | wish_harm | severe
re:\b(ditabrak|dilindas) (truk|kereta|mobil|bus)\b.{0,15}\b(aja|sana|lu|lo|kamu)\b | harassment | 0.65 | wish_harm |

# ---- sexual harassment ----
re:\b(kirim|kirimin|kirimkan|minta|bagi|send|pap) (foto|poto|video|vidio|vid|pap)? ?(bugil|telanjang|tt|tete|tetek|toket|memek|meki|nenen|tanpa busana)\b | harassment | 0.85 | sexual_harassment | severe
re:\b(kirim|kirimin|kirimkan|minta|bagi|send) (foto|poto|video|vidio|vid|pap) (susu|payudara|bokong|pantat|tanpa baju|pake daleman|pakai daleman|pake bh|pakai bh|daleman|cd|pakaian dalam|mandi)\b | harassment | 0.8 | sexual_harassment | severe
re:\bpap (tt|tete|toket|memek|bugil|susu|bokong|pantat|nenen|meki|kontol)\b | harassment | 0.85 | sexual_harassment | severe
re:\b(mau|ayo|ayok|yuk|yok|kuy|pengen|pgn|mw|ingin) (vcs|ngewe|ngentot|ngentod|entot|ewean|main ranjang|making love|bercinta|ngamar)\b | harassment | 0.75 | sexual_harassment | needs=target
re:\b(pengen|pgn|mau|ingin|ingin sekali|gue mau|aku mau) (ngewe|ngentot|ngentod|entot|perkosa|genjot|remas|remes|jilat|jilatin|grepe|grepein|isep|emut) (kamu|lu|lo|elu|kau|anda|km|toket|tetek|memek|susu|bibir) ?(lu|lo|kamu|mu|elu)?\b | harassment | 0.85 | sexual_harassment | severe
re:\b(toket|tetek|tete|susu|toge|memek|pantat|bokong|puting|pentil) (lu|lo|elu|elo|kamu|kau|mu|anda|luh) (gede|besar|montok|seksi|sexy|kenceng|kencang|empuk|sempit|mulus)\b | harassment | 0.8 | sexual_harassment |
re:\b(toketmu|tetekmu|memekmu|bokongmu|putingmu)\b | harassment | 0.75 | sexual_harassment |
re:\b(berapa|brp) (semalam|sejam|short time|long time|st|lt) (lu|lo|elu|kamu|kau|mba|mbak|neng|dek|say|sayang|beb|cantik)\b | harassment | 0.6 | sexual_harassment |
re:\b(lu|lo|elu|kamu|kau|mba|mbak|neng|dek) (berapa|brp) (semalam|sejam|short time|long time)\b | harassment | 0.6 | sexual_harassment |
re:\b(open bo|bisa dipake|bisa dipakai|bisa diajak ngamar)\b | harassment | 0.45 | sexual_harassment | needs=target
re:\b(gue|aku|gw|saya) (perkosa|entot|ewe|genjot) (lu|lo|kamu|kau|elu)\b | harassment | 0.95 | threat_violence | severe
sange ya          | harassment | 0.5 | sexual_harassment | needs=target
sini aku puasin   | harassment | 0.75 | sexual_harassment |
mau jadi simpanan | harassment | 0.5 | sexual_harassment |
re:\bmasih (perawan|perjaka|virgin) (gak|ga|nggak|ngga|tidak|ya|kan)\b | harassment | 0.55 | sexual_harassment | needs=target

# ---- body shaming ----
gendut            | harassment | 0.35 | body_shaming | needs=target
gembrot           | harassment | 0.55 | body_shaming | needs=target
gembul            | harassment | 0.3 | body_shaming | needs=target
ndut              | harassment | 0.25 | body_shaming | needs=target
babi gendut       | harassment | 0.7 | body_shaming | needs=target
gajah bengkak     | harassment | 0.6 | body_shaming | needs=target
kayak gajah       | harassment | 0.45 | body_shaming | needs=target
jelek             | harassment | 0.35 | body_shaming | needs=target
buruk rupa        | harassment | 0.5 | body_shaming | needs=target
burik             | harassment | 0.5 | body_shaming | needs=target
pesek             | harassment | 0.45 | body_shaming | needs=target
dekil             | harassment | 0.45 | body_shaming | needs=target
item dekil        | harassment | 0.55 | body_shaming | needs=target
cebol             | harassment | 0.55 | body_shaming | needs=target
tonggos           | harassment | 0.5 | body_shaming | needs=target
monyong           | harassment | 0.45 | body_shaming | needs=target
kerempeng         | harassment | 0.4 | body_shaming | needs=target
cungkring         | harassment | 0.4 | body_shaming | needs=target
kurus kering      | harassment | 0.35 | body_shaming | needs=target
tepos             | harassment | 0.45 | body_shaming | needs=target
toket rata        | harassment | 0.55 | body_shaming | needs=target
jerawatan         | harassment | 0.3 | body_shaming | needs=target
bau badan         | harassment | 0.3 | body_shaming | needs=target
bau ketek         | harassment | 0.4 | body_shaming | needs=target
botak             | harassment | 0.2 | body_shaming | needs=target
cacat             | harassment | 0.35 | body_shaming | needs=target
autis             | harassment | 0.4 | insult_at_person | needs=target
re:\b(muka|badan|bodi|body|gigi|idung|hidung|kulit|perut) (lu|lo|elu|elo|kamu|kau|mu|anda|luh) (jelek|kayak|kaya|kek|mirip|item|hitam|dekil|gendut|buluk|burik|bau|busuk|menjijikkan|jijik|bengkak|gede banget)\b | harassment | 0.6 | body_shaming |
re:\b(mukamu|badanmu|gigimu|hidungmu|kulitmu|perutmu) (jelek|kayak|kaya|kek|mirip|item|hitam|dekil|gendut|buluk|burik|menjijikkan)\b | harassment | 0.6 | body_shaming |
re:\b(lu|lo|elu|elo|kamu|kau|anda) (gendut|jelek|gembrot|pesek|dekil|burik|item|cebol|buluk)( banget| bgt| amat| kayak \w+)\b | harassment | 0.6 | body_shaming |
re:\b(diet|olahraga) (sana|dong|lah),? (gendut|ndut|gembrot|babi)\b | harassment | 0.55 | body_shaming |

# ---- doxxing ----
re:\b(ini|itu|nih|berikut) (alamat|no hp|nomor hp|nomer hp|nomor telepon|no wa|nomor wa|ktp|akun asli|alamat rumah|alamat kantor)( asli)?(nya| dia| si \w+| orang ini)\b | harassment | 0.6 | doxxing |
re:\balamat (rumah|kantor|kos|kosan)(nya| dia) (di|adalah|ada di|jl|jalan)\b | harassment | 0.5 | doxxing |
re:\b(spill|sebar|sebarin|sebarkan|bocorin|bocorkan|viralin|viralkan) (alamat|no hp|nomor hp|nomer|nomor wa|no wa|data|data pribadi|ktp|foto ktp|identitas)(nya| dia| si \w+| orang ini| lu| lo| kamu|mu)\b | harassment | 0.55 | doxxing |
re:\b(gue|gw|aku|saya|kami) (udah |sudah )?(tau|tahu|dapet|dapat|punya) (alamat|nama asli|ip|data|ktp|nomor hp|no hp|sekolah|kantor) (lu|lo|elu|kamu|kau|anda|mu)\b | harassment | 0.7 | doxxing | severe
doxing            | harassment | 0.4 | doxxing | needs=target
doxxing           | harassment | 0.4 | doxxing | needs=target

# ---- blackmail and coercion ----
re:\b(kalau|kalo|klo|klau|kl|jika|kecuali) (\w+ ){0,4}(gak|ga|nggak|tidak|tdk|gk|ngga|enggak) (\w+ ){0,3}(gue|gw|aku|saya|ane|kami) (sebar|sebarin|sebarkan|upload|posting|post|kirim|kirimin|viralin|viralkan|bocorin|share) (foto|video|vidio|vid|chat|ss|aib|rahasia|semua)\b | harassment | 0.85 | blackmail | severe
re:\b(transfer|tf|bayar|kirim (uang|duit|pulsa)|kirimin (uang|duit)|kirim foto lagi)( dulu| sekarang| \d+\w*)? (atau|ato|kalau gak|kalo gak|kalo ga|kalau tidak) (gue|gw|aku|saya|kami) (sebar|sebarin|sebarkan|viralin|upload|kirim)\b | harassment | 0.9 | blackmail | severe
re:\b(gue|gw|aku|saya|kami) (bakal |akan |mau |bakalan )?(sebar|sebarin|sebarkan|upload|viralin|viralkan|bocorin|kirim) (foto|video|vidio|vid|chat|ss|aib|rekaman) (bugil |telanjang |syur |mesum )?(lu|lo|elu|elo|kamu|kau|anda|mu|kita|nya)\b | harassment | 0.75 | blackmail | severe
re:\b(foto|video|vidio|vid) (bugil|telanjang|syur|mesum|vcs)(mu| lu| lo| kamu| kau| anda)\b | harassment | 0.75 | blackmail | severe
re:\b(gue|gw|aku|saya) (punya|simpen|simpan|rekam|ngerekam|screenshot|ss) (foto|video|vidio|vid|rekaman|chat) (bugil |telanjang |vcs |syur )?(lu|lo|elu|kamu|kau|anda|mu)\b | harassment | 0.6 | blackmail |
re:\b(gue|gw|aku|saya) (kasih tau|bilangin|laporin|kirim ke) (ortu|orang tua|ortumu|mama|papa|bokap|nyokap|keluarga|suami|istri|pacar|bos|atasan) (lu|lo|elu|kamu|kau|mu)\b | harassment | 0.45 | blackmail |

# ---- Exclusion from a class group, blackmail with photos, knife emoji threats, wishing death
# ---- (added 2026-12, original work, MIT; 🔪 is read as "knife", m4t1 as "mati") ----
re:\bjangan (ada )?(yg|yang) (temenan|berteman|main|ngobrol|deket|deketin) (sama|dengan|ama|dgn)\b | harassment | 0.5 | harassment_phrase |
re:\b(kick|keluarin|keluarkan|tendang|remove) (aja |saja )?(dia |si \w+ )?dari (grup|group|gc|kelas)\b | harassment | 0.5 | harassment_phrase |
re:\bjangan (ada )?(yg|yang) (temenan|berteman|main) .{0,50}\b(kick|keluarin|keluarkan|tendang)\b | harassment | 0.7 | harassment_phrase |
re:\b(kirim|transfer|tf|bayar)\b.{0,30}\b(atau|ato|kalo gak|kalau tidak|klo ga|kalo ga)\b.{0,30}\b(foto|video|vid|chat|aib)\w*\b.{0,20}\b(sebar|upload|posting|viralin|kirim)\b | harassment | 0.8 | blackmail | severe
re:\b(gw|gue|gua|aku|w) (knife|bunuh|bacok|tusuk|gorok|tembak) (lu|lo|elu|kamu|km|kau)\b | harassment | 0.85 | threat_violence | severe
re:\bsemoga (lu|lo|elu|kamu|km|kau|dia|lo semua|kalian) (\w+ ){0,4}(mati|mampus|ketabrak|kecelakaan|kena kanker|masuk neraka|cepet mati|modar)\b | harassment | 0.8 | wish_harm | severe

# ---- Telling someone to kill or hurt themselves and wishing them dead: moved here from
# ---- id.selfharm.lex (2026-12). Aimed at someone else these are harassment (wish_harm, severe);
# ---- self_harm keeps only the writer's own risk. ----
bunuh diri aja | harassment | 0.9 | wish_harm | severe
bunuh diri aj | harassment | 0.9 | wish_harm | severe
bunuh diri ajah | harassment | 0.9 | wish_harm | severe
bunuh diri saja | harassment | 0.85 | wish_harm | severe
bunuh diri sana | harassment | 0.9 | wish_harm | severe
bundir aja | harassment | 0.9 | wish_harm | severe
bundir sana | harassment | 0.9 | wish_harm | severe
gantung diri aja | harassment | 0.9 | wish_harm | severe
gantung diri sana | harassment | 0.9 | wish_harm | severe
minum racun aja | harassment | 0.85 | wish_harm | severe
minum baygon aja | harassment | 0.85 | wish_harm | severe
minum baygon sana | harassment | 0.85 | wish_harm | severe
re:\b(lu|lo|loe|elu|elo|luh|lw|kamu|km|kau|anda|kalian|sia|ente) (\w+ )?(mending|mendingan|lebih baik|lebih baek|sebaiknya|harusnya|better|buruan|cepetan|sekalian) (bunuh diri|bundir|gantung diri|mati|minum racun|minum baygon|loncat dari \w+|terjun dari \w+|nabrakin diri|potong nadi)\b | harassment | 0.85 | wish_harm | severe
re:\b(bunuh diri|bundir|gantung diri|minum racun|minum baygon|loncat dari \w+|terjun dari \w+|potong nadi|sayat nadi)( aja| saja| ajah| sana| sono| lah| deh| dong)+ (lu|lo|loe|elu|elo|kamu|kau|anda|kalian|sia)\b | harassment | 0.95 | wish_harm | severe
re:\b(kenapa|knp|napa|ngapain|kok) (gak|ga|nggak|ngga|tidak|gk|enggak) (bunuh diri|bundir|gantung diri|mati) (aja|saja|sekalian)\b | harassment | 0.85 | wish_harm | severe
re:\b(dunia|semua orang|keluargamu|keluarga lu) (akan |bakal )?(lebih baik|lebih baek|lebih tenang|lebih damai) (tanpa|kalau gak ada|kalo ga ada|jika tidak ada) (lu|lo|elu|kamu|kau|anda)\b | harassment | 0.75 | wish_harm | severe
re:\b(gak|ga|tidak|nggak|ngga) (ada )?(yang |yg )?(bakal |akan )?(peduli|kangen|sedih|nangis|rindu) (kalau|kalo|klo|jika) (lu|lo|elu|kamu|kau|anda) (mati|bunuh diri|mampus|gak ada)\b | harassment | 0.7 | wish_harm | severe
gantung diri lah | harassment | 0.85 | wish_harm | severe
bunuh diri deh | harassment | 0.85 | wish_harm | severe
bunuh diri lah | harassment | 0.85 | wish_harm | severe
potong nadi aja | harassment | 0.85 | wish_harm | severe
minum racun sana | harassment | 0.85 | wish_harm | severe
re:\b(loncat|lompat|terjun|nyebur) (aja |saja )?(dari|ke) (jembatan|gedung|lantai \w+|tebing|jurang|rel|sungai|laut)( aja| saja| sana| sono)\b | harassment | 0.75 | wish_harm | severe
re:\b(akhiri|akhirin|selesaikan|sudahi) (aja |saja )?(hidup|hidupmu|hidup lu|hidup lo|hidup kamu|nyawa lu|nyawamu)\b | harassment | 0.85 | wish_harm | severe
re:\b(ngapain|buat apa|untuk apa|gunanya apa) (lu|lo|elu|kamu|kau|anda) (masih )?hidup\b | harassment | 0.6 | wish_harm | severe
re:\b(hidup|hidupmu|hidup lu|hidup lo|hidup kamu) (gak|ga|tidak|nggak) (ada )?(guna|gunanya|berguna|berarti|artinya)\b | harassment | 0.5 | insult_at_person | needs=target
re:\b(mending|mendingan|sebaiknya|lebih baik|baiknya) (lu|lo|elu|kamu|km|kau|lo tuh|lu tuh) (mati|bunuh diri|gantung diri|mampus|modar|lompat|minum racun)( aja| saja)?\b | harassment | 0.85 | wish_harm | severe

# ---- The same words said of oneself are the writer's own risk:
# ---- id.selfharm.lex lists these patterns as self_harm_risk, and the identical `allow` here keeps
# ---- the harassment entries above from reading them as a wish aimed at someone. ----
re:\b(aku|gue|gua|gw|saya|ak|aq|w)( mending| mendingan| pengen| pengin| mau| mw| udah| emang| kayaknya| sebaiknya| lebih baik| harus| pingin| ingin)* (bunuh diri|bundir|gantung diri|minum racun|minum baygon|potong nadi)( aja| saja| ajah| aj| deh| lah| sana)*\b | allow
