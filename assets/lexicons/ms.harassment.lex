# Malay harassment: insults and profanity aimed at people (incl. Hokkien/Tamil loanwords common in
# Malaysian swearing), threats, wishes of harm, sexual harassment, body shaming, doxxing and
# blackmail. "butuh" (vulgar in Malay, "need" in Indonesian) is only used inside insult structures.
@format 1
@lang ms
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- insults ----
bodoh             | harassment | 0.5 | insult_at_person | needs=target
bodo              | harassment | 0.4 | insult_at_person | needs=target
bangang           | harassment | 0.6 | insult_at_person | needs=target
bengap            | harassment | 0.55 | insult_at_person | needs=target
bongok            | harassment | 0.55 | insult_at_person | needs=target
bengong           | harassment | 0.45 | insult_at_person | needs=target
bahlul            | harassment | 0.5 | insult_at_person | needs=target
bebal             | harassment | 0.45 | insult_at_person | needs=target
dungu             | harassment | 0.55 | insult_at_person | needs=target
tolol             | harassment | 0.55 | insult_at_person | needs=target
sengal            | harassment | 0.4 | insult_at_person | needs=target
sewel             | harassment | 0.4 | insult_at_person | needs=target
lembab            | harassment | 0.3 | insult_at_person | needs=target
lembap            | harassment | 0.3 | insult_at_person | needs=target
otak udang        | harassment | 0.55 | insult_at_person | needs=target
otak keldai       | harassment | 0.55 | insult_at_person | needs=target
otak lembu        | harassment | 0.55 | insult_at_person | needs=target
keldai            | harassment | 0.4 | insult_at_person | needs=target
lembu             | harassment | 0.3 | insult_at_person | needs=target
beruk             | harassment | 0.45 | insult_at_person | needs=target
monyet            | harassment | 0.5 | insult_at_person | needs=target
kera              | harassment | 0.3 | insult_at_person | needs=target
mangkuk           | harassment | 0.35 | insult_at_person | needs=target
mangkuk hayun     | harassment | 0.5 | insult_at_person | needs=target
re:\botak (kau|ko|hang|awak|korang) (letak |taruk |simpan )?(kat|dekat|di|dalam) (lutut|kepala lutut|bontot|punggung|tapak kaki)\b | harassment | 0.65 | insult_at_person |
re:\b(tak|tiada|takde|tak ada) otak\b | harassment | 0.45 | insult_at_person | needs=target
tak guna          | harassment | 0.35 | insult_at_person | needs=target
tak berguna       | harassment | 0.4 | insult_at_person | needs=target
sampah            | harassment | 0.4 | insult_at_person | needs=target
sampah masyarakat | harassment | 0.6 | insult_at_person | needs=target
babi              | harassment | 0.55 | insult_at_person | needs=target
anjing            | harassment | 0.55 | insult_at_person | needs=target
anak anjing       | harassment | 0.5 | insult_at_person | needs=target
anak babi         | harassment | 0.55 | insult_at_person | needs=target
anak haram        | harassment | 0.65 | insult_at_person | needs=target
haram jadah       | harassment | 0.7 | insult_at_person | needs=target
haramjadah        | harassment | 0.7 | insult_at_person | needs=target
sial              | harassment | 0.3 | profanity_at_person | needs=target
sial betul        | harassment | 0.35 | profanity_at_person | needs=target
celaka            | harassment | 0.45 | profanity_at_person | needs=target
celake            | harassment | 0.45 | profanity_at_person | needs=target
keparat           | harassment | 0.6 | insult_at_person | needs=target
setan             | harassment | 0.45 | insult_at_person | needs=target
syaitan           | harassment | 0.45 | insult_at_person | needs=target
iblis             | harassment | 0.4 | insult_at_person | needs=target
laknat            | harassment | 0.5 | insult_at_person | needs=target
lahanat           | harassment | 0.5 | insult_at_person | needs=target
bedebah           | harassment | 0.55 | insult_at_person | needs=target
jahanam           | harassment | 0.55 | insult_at_person | needs=target
biadab            | harassment | 0.55 | insult_at_person | needs=target
biadap            | harassment | 0.55 | insult_at_person | needs=target
kurang ajar       | harassment | 0.5 | insult_at_person | needs=target
kurang ajo        | harassment | 0.5 | insult_at_person | needs=target
bangsat           | harassment | 0.6 | insult_at_person | needs=target
bajingan          | harassment | 0.6 | insult_at_person | needs=target
penyangak         | harassment | 0.5 | insult_at_person | needs=target
dayus             | harassment | 0.45 | insult_at_person | needs=target
pengecut          | harassment | 0.45 | insult_at_person | needs=target
munafik           | harassment | 0.45 | insult_at_person | needs=target
budak hingus      | harassment | 0.35 | insult_at_person | needs=target
sundal            | harassment | 0.7 | insult_at_person | needs=target
jalang            | harassment | 0.65 | insult_at_person | needs=target
pelacur           | harassment | 0.65 | insult_at_person | needs=target
perempuan murahan | harassment | 0.55 | insult_at_person | needs=target
bohsia            | harassment | 0.5 | insult_at_person | needs=target
betina            | harassment | 0.45 | insult_at_person | needs=target

# ---- profanity (Malay, Hokkien, Tamil loans) ----
pukimak           | harassment | 0.75 | profanity_at_person | needs=target
puki              | harassment | 0.6 | profanity_at_person | needs=target
kimak             | harassment | 0.6 | profanity_at_person | needs=target
pundek            | harassment | 0.6 | profanity_at_person | needs=target
lancau            | harassment | 0.6 | profanity_at_person | needs=target
lanjiao           | harassment | 0.6 | profanity_at_person | needs=target
lan jiao          | harassment | 0.6 | profanity_at_person | needs=target
cibai             | harassment | 0.65 | profanity_at_person | needs=target
chibai            | harassment | 0.65 | profanity_at_person | needs=target
re:\bkanina (lu|kau|hang|korang|punya|nia|lanjiao|lancau)\b | harassment | 0.6 | profanity_at_person |
kote              | harassment | 0.45 | profanity_at_person | needs=target
pantat            | harassment | 0.45 | profanity_at_person | needs=target
jubur             | harassment | 0.45 | profanity_at_person | needs=target
re:\b(kepala|muka|macam|mulut) (butuh|konek|pantat|puki|pukimak|lancau|jubur)\b | harassment | 0.7 | profanity_at_person |
re:\b(butuh|konek|puki|lancau|kote) (kau|ko|hang|korang|engkau|hampa|lu)\b | harassment | 0.7 | profanity_at_person |
re:\bkepala (bapak|hotak|otak|atuk|mak) (kau|ko|hang|engkau|korang|hampa|lu)\b | harassment | 0.55 | profanity_at_person |
re:\b(diam|senyap|tutup mulut|tutup mulut busuk)(lah|la)? (kau|ko|hang|korang|engkau|lu)\b | harassment | 0.4 | profanity_at_person |
mampus            | harassment | 0.35 | wish_harm | needs=target
mampos            | harassment | 0.35 | wish_harm | needs=target

# ---- insult structures ----
re:\b(kau|ko|hang|awak|kamu|korang|engkau|engko|hampa|lu|mu) (ni |tu |memang |mmg |sangat |betul2 |betul |sungguh |ni memang |tu memang |punya )*(bodoh|bodo|bangang|bengap|bongok|bengong|bahlul|bebal|dungu|tolol|sengal|sewel|babi|anjing|sial|celaka|keparat|setan|syaitan|bedebah|jahanam|biadab|biadap|bangsat|bajingan|sampah|sundal|jalang|pelacur|munafik|pengecut|dayus|hodoh|gemuk|busuk|pukimak|lancau|beruk|monyet|keldai)( gila| betul| sangat| nak mampus| siot| doh| gila babi)?\b | harassment | 0.7 | insult_at_person |
re:\b(bodoh|bangang|babi|anjing|sial|celaka|setan|syaitan|bedebah|keparat|sundal|pukimak|lancau|cibai|jahanam) (punya |betul |la |lah )?(kau|ko|hang|korang|engkau|hampa|lu|budak|orang|manusia|betina|jantan)\b | harassment | 0.6 | insult_at_person |
re:\b(memang|mmg) (bodoh|bangang|babi|sial|celaka) (betul|gila|nak mampus|sangat)\b | harassment | 0.45 | insult_at_person | needs=target
re:\b(tak|tiada|takde) (sorang |seorang )?(pun )?(yang |yg )?(suka|sayang|peduli|nak kawan dengan) (kau|ko|hang|awak|kamu|korang)\b | harassment | 0.55 | harassment_phrase |
re:\b(semua orang|semua) (benci|meluat|menyampah|jijik) (dengan |dgn |kat |dekat )?(kau|ko|hang|awak|kamu)\b | harassment | 0.6 | harassment_phrase |
re:\b(kau|ko|hang|awak|kamu) (tak|tidak) (layak|patut) (hidup|wujud|lahir)\b | harassment | 0.7 | harassment_phrase |

# ---- threats ----
re:\b(aku|saya|kami|den|kitorang|kitaorang|ak|aq) (akan |nak |mahu |memang nak |confirm |siap |nanti )*(bunuh|tikam|tembak|bakar|pukul|belasah|sepak|terajang|penggal|sembelih|cekik|rogol|parang|tetak|lempang|hentak|bantai|ganyang|pecahkan kepala|patahkan|kerjakan|siat|lanyak|tumbuk) (kau|ko|hang|awak|kamu|korang|engkau|engko|mu|hampa|lu|keluarga kau|anak kau|mak kau)\b | harassment | 0.9 | threat_violence | severe
re:\b(aku|saya|kami|den) (tahu|tau) (rumah|alamat|sekolah|tempat kerja|ofis) (kau|ko|hang|awak|kamu|korang|engkau|mu)\b | harassment | 0.8 | threat_violence | severe
re:\b(aku|saya|kami) (cari|kejar|tunggu) (kau|ko|hang|awak|korang) (sampai dapat|sampai mati|kat luar|lepas sekolah|balik nanti)\b | harassment | 0.7 | threat_violence | severe
re:\b(nahas|siap|siaplah|jaga|jaga-jaga|jagalah|tunggu) (kau|ko|hang|korang|engkau)( nanti| lepas ni| esok)?\b | harassment | 0.45 | threat_violence |
re:\b(mati|mampus|habis) (kau|ko|hang|korang|engkau) (dengan|dgn|kat tangan) (aku|kami|den)\b | harassment | 0.75 | threat_violence | severe
re:\b(kau|ko|hang|korang|awak) (akan|nanti|confirm) (mati|mampus|menyesal|merana|kena)\b | harassment | 0.55 | threat_violence |

# ---- wishes of harm ----
re:\b(semoga|harap|moga-moga|mudah-mudahan|aku doakan|aku harap) (kau|ko|hang|awak|kamu|korang|dia|keluarga kau|anak kau) (cepat )?(mati|mampus|kena bala|ditimpa bala|kena azab|masuk neraka|eksiden|accident|kemalangan|kena kanser|kena rogol|merana|sengsara|mereput)\b | harassment | 0.8 | wish_harm | severe
re:\b(pergi|pegi|pi|gi) (mampus|mampos|mati|jahanam|neraka)\b | harassment | 0.7 | wish_harm | severe
re:\b(matilah|mampuslah|mati la|mampus la|mampos la|mati je|mampus je) (kau|ko|hang|korang|engkau|lu)\b | harassment | 0.7 | wish_harm | severe
re:\bbiar (kau|ko|hang|dia|korang) (mati|mampus|merana)\b | harassment | 0.65 | wish_harm |
kena bala         | harassment | 0.3 | wish_harm | needs=target

# ---- sexual harassment ----
re:\b(hantar|send|bagi|minta|nak) (gambar|gmbr|pic|video|vid) (bogel|telanjang|tetek|puki|cipap|bontot|lucah|tak berbaju|seluar dalam|coli|bra)\b | harassment | 0.85 | sexual_harassment | severe
re:\b(nak|jom|jomlah|mari) (romen|henjut|main dengan|tidur dengan|check in|checkin|projek dengan) (kau|ko|hang|awak|kamu|you)\b | harassment | 0.75 | sexual_harassment |
re:\b(tetek|buah dada|bontot|punggung|pantat|cipap|puki) (kau|ko|hang|awak|kamu|you) (besar|besaq|cantik|sedap|ketat|gebu|mantap|padu)\b | harassment | 0.8 | sexual_harassment |
re:\b(aku|saya) (nak|mahu|teringin) (rogol|romen|henjut|raba|jilat) (kau|ko|hang|awak|kamu|you)\b | harassment | 0.9 | sexual_harassment | severe
re:\bberapa (satu malam|semalam|short time|sejam) (kau|awak|you|dik|sayang)?\b | harassment | 0.45 | sexual_harassment | needs=target
re:\b(kau|awak|you) (gersang|stim|horny) (ke|tak)\b | harassment | 0.5 | sexual_harassment |

# ---- body shaming ----
gemuk             | harassment | 0.35 | body_shaming | needs=target
gendut            | harassment | 0.35 | body_shaming | needs=target
debab             | harassment | 0.3 | body_shaming | needs=target
boroi             | harassment | 0.35 | body_shaming | needs=target
buncit            | harassment | 0.3 | body_shaming | needs=target
tong dram         | harassment | 0.45 | body_shaming | needs=target
badak             | harassment | 0.35 | body_shaming | needs=target
gajah             | harassment | 0.3 | body_shaming | needs=target
hodoh             | harassment | 0.45 | body_shaming | needs=target
muka buruk        | harassment | 0.45 | body_shaming | needs=target
hitam legam       | harassment | 0.45 | body_shaming | needs=target
cebol             | harassment | 0.5 | body_shaming | needs=target
kerempeng         | harassment | 0.4 | body_shaming | needs=target
kurus kering      | harassment | 0.35 | body_shaming | needs=target
jongang           | harassment | 0.45 | body_shaming | needs=target
gigi jongang      | harassment | 0.5 | body_shaming | needs=target
pesek             | harassment | 0.4 | body_shaming | needs=target
hidung kemek      | harassment | 0.4 | body_shaming | needs=target
kudung            | harassment | 0.4 | body_shaming | needs=target
capik             | harassment | 0.4 | body_shaming | needs=target
pekak             | harassment | 0.3 | body_shaming | needs=target
cacat             | harassment | 0.35 | body_shaming | needs=target
re:\b(muka|badan|gigi|hidung|kulit|perut) (kau|ko|hang|awak|kamu|korang) (hodoh|buruk|macam|hitam|gemuk|busuk|jongang|kemek|menjijikkan)\b | harassment | 0.6 | body_shaming |
re:\b(kau|ko|hang|awak|kamu) (gemuk|hodoh|hitam|pendek|debab|boroi)( gila| nak mampus| macam \w+| sangat| betul)\b | harassment | 0.6 | body_shaming |

# ---- doxxing ----
re:\b(ini|ni|inilah) (alamat|nombor telefon|no telefon|nombor fon|no fon|no ic|nombor ic|ic|alamat rumah)( dia| budak ni| perempuan ni| lelaki ni| orang ni| mamat ni| minah ni)\b | harassment | 0.6 | doxxing |
re:\b(sebar|sebarkan|viralkan|tularkan|bocorkan) (alamat|nombor|no telefon|no ic|ic|gambar|muka) (dia|kau|awak|orang ni|budak ni|mamat ni|minah ni)\b | harassment | 0.55 | doxxing |
re:\b(aku|saya|kami) (dah |sudah )?(tahu|tau|dapat|ada) (alamat|nama sebenar|ip|no ic|ic|nombor telefon|sekolah) (kau|ko|hang|awak|kamu)\b | harassment | 0.7 | doxxing | severe

# ---- blackmail ----
re:\b(kalau|kalo|klu|jika|kecuali) (\w+ ){0,4}(tak|tidak|x) (\w+ ){0,3}(aku|saya|kami) (sebar|sebarkan|viralkan|tularkan|upload|post|hantar) (gambar|video|vid|chat|rahsia|semua)\b | harassment | 0.85 | blackmail | severe
re:\b(aku|saya|kami) (akan |nak |mahu )?(sebar|sebarkan|viralkan|tularkan|upload|post|hantar) (gambar|video|vid|chat) (bogel |lucah |telanjang )?(kau|ko|hang|awak|kamu|kita)\b | harassment | 0.75 | blackmail | severe
re:\b(gambar|video) (bogel|lucah|telanjang) (kau|ko|hang|awak|kamu)\b | harassment | 0.7 | blackmail | severe
re:\b(transfer|bayar|bank in|bankin) (dulu |sekarang |rm\s?\d+ )?(atau|kalau tak|kalau x|kalau tidak) (aku|saya|kami) (sebar|sebarkan|viralkan|tularkan|hantar)\b | harassment | 0.9 | blackmail | severe

# ---- Face or body likened to animals, exclusion, beating threats (added 2026-12, original work, MIT) ----
re:\bmuka (macam|mcm|cam|mcam|sebijik|seperti) (babi|anjing|monyet|beruk|kera|lembu|kambing|tapir)\b | harassment | 0.7 | insult_at_person |
re:\b(gemuk|gemok|badan) (macam|mcm|cam|seperti) (gajah|babi|tong|badak|paus|lembu|tong dram)\b | harassment | 0.7 | body_shaming |
re:\bjangan (ada )?(sapa|siapa|sesiapa|orang) (kawan|berkawan|cakap|tegur|layan) (dengan|dgn|ngan|kat)\b | harassment | 0.5 | harassment_phrase |
re:\b(buang|keluarkan|kick|tendang|remove) (dia|si \w+|dia ni) (dari|daripada|dlm) (group|grup|kelas|gc)\b | harassment | 0.5 | harassment_phrase |
re:\bjangan (ada )?(sapa|siapa|sesiapa) (kawan|berkawan) .{0,50}\b(buang|keluarkan|kick|tendang)\b | harassment | 0.7 | harassment_phrase |
re:\b(pukul|belasah|tumbuk|hentak|bantai|lanyak)( kau| ko| hang)? (sampai|sampai la|smpi) (patah|mampus|mati|lunyai|masuk hospital)\b | harassment | 0.8 | threat_violence | severe

# ---- Telling someone to kill or hurt themselves and wishing them dead: moved here from
# ---- ms.selfharm.lex (2026-12). Aimed at someone else these are harassment (wish_harm, severe);
# ---- self_harm keeps only the writer's own risk. ----
bunuh diri je | harassment | 0.9 | wish_harm | severe
bunuh diri jela | harassment | 0.9 | wish_harm | severe
bunuh diri jelah | harassment | 0.9 | wish_harm | severe
bunuh diri ajelah | harassment | 0.9 | wish_harm | severe
pergi bunuh diri | harassment | 0.9 | wish_harm | severe
pi bunuh diri | harassment | 0.9 | wish_harm | severe
gantung diri je | harassment | 0.9 | wish_harm | severe
pergi gantung diri | harassment | 0.9 | wish_harm | severe
terjun bangunan je | harassment | 0.85 | wish_harm | severe
re:\b(kau|ko|hang|awak|kamu|korang|engkau|lu) (\w+ )?(baik|lebih baik|patut|sepatutnya|elok|pergi|pi|gi) (mati|bunuh diri|gantung diri|terjun bangunan|terjun jambatan|minum racun|kelar tangan)\b | harassment | 0.85 | wish_harm | severe
re:\b(bunuh diri|gantung diri|mati|minum racun|terjun)( je| jela| jelah| ajelah| la| lah)+ (kau|ko|hang|awak|korang|engkau|lu)\b | harassment | 0.9 | wish_harm | severe
re:\b(kenapa|apasal|asal|pasal apa) (kau|ko|hang|awak) (tak|tidak|x) (bunuh diri|mati|gantung diri) (je|jela|lagi)\b | harassment | 0.85 | wish_harm | severe
re:\b(dunia|semua orang) (akan )?(lebih baik|lebih aman|lebih tenang) tanpa (kau|ko|hang|awak|kamu)\b | harassment | 0.75 | wish_harm | severe
re:\b(baik|baik lah|lebih baik|elok|mending) (kau|ko|hang|awak|engkau|kamu) (terjun|gantung diri|bunuh diri|mati|mampus|minum racun|lompat)\b | harassment | 0.85 | wish_harm | severe

# ---- The same words said of oneself are the writer's own risk:
# ---- ms.selfharm.lex lists these patterns as self_harm_risk, and the identical `allow` here keeps
# ---- the harassment entries above from reading them as a wish aimed at someone. ----
re:\b(aku|saya|ak|aq|gua|gue|sy)( rasa| memang| dah| pun| ni)*( nak| mahu| ingin| akan| nk| mau| teringin nak| baik| lebih baik| patut)( pergi| pi| gi)? (bunuh diri|gantung diri|terjun bangunan)( je| jela| jelah| ajelah| la| lah)?\b | allow
