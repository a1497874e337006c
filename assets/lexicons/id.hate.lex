# Indonesian hate: slurs and attacks on religions, ethnicities (Chinese-Indonesians, Papuans, Arabs
# and others), genders and sexual orientations. Animal and filth words count as hate only next to
# a group name; "kafir" is an ordinary theological word and stays weak unless aimed at someone.
@format 1
@lang id
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- slurs ----
cokin             | hate | 0.65 | slur_group | severe
aseng             | hate | 0.3 | slur_group | needs=target,group
antek aseng       | hate | 0.35 | hate_group_attack |
asing aseng       | hate | 0.25 | hate_group_attack |
sipit             | hate | 0.3 | slur_group | needs=target,group
mata sipit        | hate | 0.3 | slur_group | needs=target,group
cina babi         | hate | 0.85 | slur_group | severe
cina kafir        | hate | 0.75 | slur_group | severe
cina laknat       | hate | 0.8 | slur_group | severe
cina anjing       | hate | 0.85 | slur_group | severe
cina komunis      | hate | 0.5 | hate_group_attack |
kafir             | hate | 0.2 | hate_group_attack | needs=target
kapir             | hate | 0.45 | slur_group | needs=target,group
kafir laknat      | hate | 0.7 | hate_group_attack |
kafir najis       | hate | 0.7 | hate_group_attack |
onta              | hate | 0.35 | slur_group | needs=target,group
bani onta         | hate | 0.6 | slur_group |
kadal gurun       | hate | 0.5 | slur_group |
yahudi laknat     | hate | 0.75 | hate_group_attack | severe
yahudi babi       | hate | 0.85 | slur_group | severe
kristen babi      | hate | 0.85 | slur_group | severe
agama setan       | hate | 0.6 | hate_group_attack |
nasrani laknat    | hate | 0.7 | hate_group_attack |
syiah sesat       | hate | 0.45 | hate_group_attack |
syiah bukan islam | hate | 0.4 | hate_group_attack |
ahmadiyah sesat   | hate | 0.45 | hate_group_attack |
monyet papua      | hate | 0.9 | dehumanising_group | severe
papua monyet      | hate | 0.9 | dehumanising_group | severe
bencong           | hate | 0.5 | slur_group | needs=target,group
banci             | hate | 0.45 | slur_group | needs=target,group
maho              | hate | 0.6 | slur_group | needs=target,group
homo              | hate | 0.4 | slur_group | needs=target,group
homok             | hate | 0.55 | slur_group | needs=target,group
lekong            | hate | 0.3 | slur_group | needs=target,group
cacat mental      | hate | 0.45 | slur_group | needs=target,group

# ---- dehumanising words (only next to a group) ----
babi              | hate | 0.55 | dehumanising_group | needs=group
anjing            | hate | 0.5 | dehumanising_group | needs=group
monyet            | hate | 0.5 | dehumanising_group | needs=group
kera              | hate | 0.45 | dehumanising_group | needs=group
kecoa             | hate | 0.5 | dehumanising_group | needs=group
tikus             | hate | 0.3 | dehumanising_group | needs=group
binatang          | hate | 0.45 | dehumanising_group | needs=group
hewan             | hate | 0.3 | dehumanising_group | needs=group
parasit           | hate | 0.45 | dehumanising_group | needs=group
benalu            | hate | 0.4 | dehumanising_group | needs=group
sampah            | hate | 0.4 | dehumanising_group | needs=group
najis             | hate | 0.4 | dehumanising_group | needs=group
laknat            | hate | 0.45 | dehumanising_group | needs=group
terkutuk          | hate | 0.4 | dehumanising_group | needs=group
biadab            | hate | 0.4 | dehumanising_group | needs=group
setan             | hate | 0.35 | dehumanising_group | needs=group
re:\b(mereka|kalian|kaum|orang2|orang-orang|bangsa|etnis|suku|umat) (\w+ )?(itu |tuh |adalah |memang |emang |cuma |hanya |semua )*(binatang|hewan|babi|anjing|monyet|kera|kecoa|tikus|parasit|benalu|sampah|virus|penyakit|najis|kotoran|bukan manusia|setengah manusia)\b | hate | 0.6 | dehumanising_group | needs=group

# ---- attacks on named groups ----
re:\b(cina|china|cino|tionghoa|aseng|cokin|yahudi|kristen|katolik|nasrani|islam|muslim|arab|batak|jawa|sunda|madura|padang|minang|bugis|ambon|dayak|papua|orang timur|rohingya|india|pribumi|bule|lgbt|gay|lesbi|banci|bencong|waria|homo|kafir|hindu|buddha|budha|syiah|ahmadiyah|wahabi|perempuan|wanita|cewek) (itu |tuh |emang |memang |semua |pada |adalah |kayak |kaya |kek |seperti |dasar )*(babi|anjing|monyet|kera|tolol|goblok|bodoh|dungu|bangsat|laknat|sampah|najis|biadab|kecoa|tikus|busuk|setan|iblis|terkutuk|penjajah|rakus|licik|kotor|jorok|menjijikkan|penyakit|sesat|pengkhianat|teroris|perusak|maling|babi semua|anjing semua)\b | hate | 0.7 | hate_group_attack |
re:\b(dasar|babi|anjing|monyet|bangsat|goblok|tolol|sampah|laknat|najis) (cina|china|cino|aseng|cokin|yahudi|kristen|kafir|arab|batak|jawa|madura|papua|ambon|india|bule|lgbt|banci|bencong|homo|syiah|ahmadiyah|hindu|nasrani|wahabi)\b | hate | 0.75 | hate_group_attack |
re:\b(usir|usirin|tendang) (semua |para |orang |etnis |kaum )?(cina|china|cino|aseng|tionghoa|yahudi|arab|india|kafir|syiah|ahmadiyah|lgbt|papua|batak|madura|ambon)\b | hate | 0.7 | hate_group_attack |
re:\b(usir|usirin|tendang|deportasi|pulangkan) (semua |para )?(rohingya|pengungsi|imigran|pendatang|bule|orang asing)\b | hate | 0.4 | hate_group_attack |
re:\b(pulang|balik|minggat)( aja| sana| lah)? (ke )?(negara asal|negaramu|negeri asal|cina|china|tiongkok|arab|israel|india|afrika|hutan)( sana| aja| lah| lu| lo| kalian| sono)\b | hate | 0.55 | hate_group_attack | needs=target,group
re:\b(lu|lo|elu|kalian|kamu|kau|ente) (pulang|balik|minggat) (aja |sana |lah )?(ke )?(negara asal|negaramu|negeri asal|cina|china|tiongkok|arab|israel|india|afrika|hutan)\b | hate | 0.55 | hate_group_attack | needs=group
re:\b(lgbt|gay|homo|lesbi|waria|banci|bencong)( itu| tuh| adalah)? (penyakit|sampah|laknat|najis|menjijikkan|menular|kelainan jiwa|gangguan jiwa|dosa besar|harus dimusnahkan|harus dibasmi|harus diberantas|harus dibunuh|sakit jiwa)\b | hate | 0.65 | hate_group_attack |
re:\b(basmi|berantas|musnahkan|babat habis|bersihkan) (kaum |para |semua )?(lgbt|gay|homo|banci|bencong|waria|cina|aseng|syiah|ahmadiyah|kafir|yahudi|kristen|papua)\b | hate | 0.75 | hate_group_attack | severe
re:\b(perempuan|wanita|cewek|istri)( itu| tuh)? (cuma|hanya|cuman|cman) (pemuas|pelengkap|barang|budak|pembantu|alat|buat (dipake|dipakai|kasur|dapur|melahirkan))\b | hate | 0.6 | hate_group_attack |
re:\btempat(nya)? (perempuan|wanita|cewek) (itu )?(di|ya di) (dapur|kasur|rumah)\b | hate | 0.5 | hate_group_attack |
dapur sumur kasur | hate | 0.3 | hate_group_attack | needs=group
kasur dapur sumur | hate | 0.3 | hate_group_attack | needs=group
re:\b(cina|china|aseng|tionghoa|yahudi|kafir|asing)( \w+)? (menjajah|jajah|kuasai|menguasai|rampok|merampok) (indonesia|negeri ini|negara ini|pribumi|kita)\b | hate | 0.5 | hate_group_attack |
re:\bbukan (manusia|orang indonesia|pribumi|wni)\b | hate | 0.35 | dehumanising_group | needs=group

# ---- "<group> itu kayak monyet", women fit only for the kitchen (added 2026-12, original work, MIT) ----
re:\b(orang |suku |etnis |kaum )?(papua|cina|china|aseng|arab|jawa|batak|madura|ambon|negro|yahudi|kristen|islam|muslim|hindu|lgbt|bencong|banci) (itu |tuh |semua |emang )*(kayak|kaya|kek|kyk|seperti|mirip|sama kayak) (monyet|monkey|babi|pig|anjing|binatang|hewan|kecoa|tikus|rat|sampah)\b | hate | 0.75 | dehumanising_group | severe
re:\b(perempuan|cewek|cewe|wanita|betina) (itu |tuh )?(cuma|hanya|cuman|cm) (pantes|pantas|layak|boleh|bisa) (di )?(dapur|kasur|sumur|rumah|ngurus anak)\b | hate | 0.65 | hate_group_attack |
re:\bgak (pantes|pantas|layak) (sekolah|tinggal|hidup|kerja) (bareng|sama|dengan) (kita|kami)\b | hate | 0.4 | hate_group_attack | needs=group

# ---- slurs missing before (2026-12; words known to the developers, weights kept low where the word has an ordinary sense) ----
bences              | hate | 0.7 | slur_group | needs=target,group
hombreng            | hate | 0.7 | slur_group |
budek               | hate | 0.55 | slur_group | needs=target
jablay              | hate | 0.7 | slur_group | needs=target
koteka              | hate | 0.55 | slur_group | needs=target,group
rafidhah            | hate | 0.6 | slur_group | needs=group
salibis             | hate | 0.6 | slur_group | needs=target,group
singkek             | hate | 0.75 | slur_group |
