# Indonesian groups and predicates for the target x predicate layer: who a sentence is about
# (grp:*) and what it says of them (pred:*). A predicate scores only next to a group or a person in
# its sentence, or with a pronoun ("mereka", "orang-orang itu", "kaum itu") pointing back to a group
# named just before. Groups already in id.context.lex (ctx:group: cina, tionghoa, aseng, papua,
# kristen, ahmadiyah, lgbt, banci, waria, perempuan, difabel ...) are not repeated. Everyday nouns
# (sampah, babi, tikus) have benign collocations in `allow`; bare news verbs ("diusir", "dibantai",
# "dibunuh") are left out so that reports of violence against a group do not read as calls for it.
@format 1
@lang id
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- grp:protected: further protected groups (colloquial and derogatory names included)
# places of worship stand for the people who worship there
masjid                     | grp:protected
musala                     | grp:protected
mushola                    | grp:protected
gereja                     | grp:protected
klenteng                   | grp:protected
vihara                     | grp:protected
pura                       | grp:protected
sinagoga                   | grp:protected
kuil                       | grp:protected
cino                       | grp:protected
chindo                     | grp:protected
cindo                      | grp:protected
cokin                      | grp:protected
amoy                       | grp:protected
wni keturunan              | grp:protected
nonpri                     | grp:protected
keling                     | grp:protected
orang keling               | grp:protected
orang padang               | grp:protected
orang aceh                 | grp:protected
aceh                       | grp:protected
toraja                     | grp:protected
orang toraja               | grp:protected
orang nias                 | grp:protected
orang flores               | grp:protected
orang ntt                  | grp:protected
orang timor                | grp:protected
orang maluku               | grp:protected
maluku                     | grp:protected
orang bali                 | grp:protected
orang banjar               | grp:protected
orang sasak                | grp:protected
orang kulit hitam          | grp:protected
kulit hitam                | grp:protected
orang kulit putih          | grp:protected
kulit putih                | grp:protected
orang afrika               | grp:protected
afrika                     | grp:protected
orang nigeria              | grp:protected
nigeria                    | grp:protected
orang malaysia             | grp:protected
malingsia                  | grp:protected
orang singapura            | grp:protected
orang jepang               | grp:protected
orang korea                | grp:protected
orang amerika              | grp:protected
orang israel               | grp:protected
orang barat                | grp:protected
pencari suaka              | grp:protected
tki                        | grp:protected
tkw                        | grp:protected
tka                        | grp:protected
pekerja migran             | grp:protected
wna                        | grp:protected
warga negara asing         | grp:protected
warga asing                | grp:protected
khonghucu                  | grp:protected
kristiani                  | grp:protected
buddhis                    | grp:protected
umat buddha                | grp:protected
wahabi                     | grp:protected
salafi                     | grp:protected
ahmadi                     | grp:protected
penganut kepercayaan       | grp:protected
aliran kepercayaan         | grp:protected
kejawen                    | grp:protected
atheis                     | grp:protected
murtad                     | grp:protected
kapir                      | grp:protected
nonmuslim                  | grp:protected
non-muslim                 | grp:protected
emak-emak                  | grp:protected
emak2                      | grp:protected
ciwi                       | grp:protected
ciwi-ciwi                  | grp:protected
betina                     | grp:protected
kaum wanita                | grp:protected
maho                       | grp:protected
homok                      | grp:protected
lekong                     | grp:protected
homoseksual                | grp:protected
biseksual                  | grp:protected
transpuan                  | grp:protected
transeksual                | grp:protected
trans                      | grp:protected
queer                      | grp:protected
kaum pelangi               | grp:protected
kaum luth                  | grp:protected
kaum sodom                 | grp:protected
penyandang cacat           | grp:protected
tunanetra                  | grp:protected
tunarungu                  | grp:protected
tunawicara                 | grp:protected
tunadaksa                  | grp:protected
tunagrahita                | grp:protected
orang buta                 | grp:protected
orang tuli                 | grp:protected
orang bisu                 | grp:protected
orang lumpuh               | grp:protected
odgj                       | grp:protected
autis                      | grp:protected
orang autis                | grp:protected
anak autis                 | grp:protected
down syndrome              | grp:protected
sindrom down               | grp:protected
# added 2026-12: slurs and nicknames used as names for a group
bences                     | grp:protected
bencong                    | grp:protected
budek                      | grp:protected
si buntung                 | grp:protected
orang buntung              | grp:protected
si cacat                   | grp:protected
orang cacat                | grp:protected
hombreng                   | grp:protected
homo                       | grp:protected
jablay                     | grp:protected
lonte                      | grp:protected
perek                      | grp:protected
si keriting                | grp:protected
orang keriting             | grp:protected
rambut keriting            | grp:protected
koteka                     | grp:protected
monyet hitam               | grp:protected
onta                       | grp:protected
rafidhah                   | grp:protected
rafidi                     | grp:protected
rafidhi                    | grp:protected
salibis                    | grp:protected
singkek                    | grp:protected
sipit                      | grp:protected
si sipit                   | grp:protected
cina sipit                 | grp:protected
panlok                     | grp:protected
kaum sumbu                 | grp:protected
kafir                      | grp:protected
orang kafir                | grp:protected
aseng                      | grp:protected
asing aseng                | grp:protected
orang tionghoa             | grp:protected
orang syiah                | grp:protected
orang kristen              | grp:protected
orang islam                | grp:protected
orang yahudi               | grp:protected
umat hindu                 | grp:protected
umat islam                 | grp:protected
umat kristen               | grp:protected
orang ateis                | grp:protected
orang gay                  | grp:protected
cowok gay                  | grp:protected
kaum lgbt                  | grp:protected
kaum waria                 | grp:protected
kaum perempuan             | grp:protected
pengungsi rohingya         | grp:protected
jemaat ahmadiyah           | grp:protected
orang madura               | grp:protected
orang difabel              | grp:protected

# ---- grp:other: groups that are not protected (abuse of them is harassment)
politisi                   | grp:other
politikus                  | grp:other
pejabat                    | grp:other
anggota dewan              | grp:other
dpr                        | grp:other
wakil rakyat               | grp:other
menteri                    | grp:other
pemerintah                 | grp:other
rezim                      | grp:other
kabinet                    | grp:other
birokrat                   | grp:other
pns                        | grp:other
aparat                     | grp:other
polisi                     | grp:other
polri                      | grp:other
oknum polisi               | grp:other
tni                        | grp:other
tentara                    | grp:other
satpol pp                  | grp:other
jaksa                      | grp:other
hakim                      | grp:other
pengacara                  | grp:other
advokat                    | grp:other
dokter                     | grp:other
perawat                    | grp:other
guru                       | grp:other
dosen                      | grp:other
mahasiswa                  | grp:other
pelajar                    | grp:other
wasit                      | grp:other
pemain                     | grp:other
pelatih                    | grp:other
suporter                   | grp:other
supporter                  | grp:other
bobotoh                    | grp:other
jakmania                   | grp:other
bonek                      | grp:other
aremania                   | grp:other
fans                       | grp:other
fanboy                     | grp:other
kpopers                    | grp:other
k-popers                   | grp:other
wibu                       | grp:other
gamer                      | grp:other
gamers                     | grp:other
streamer                   | grp:other
youtuber                   | grp:other
influencer                 | grp:other
selebgram                  | grp:other
artis                      | grp:other
seleb                      | grp:other
selebritis                 | grp:other
buzzer                     | grp:other
buzzer rp                  | grp:other
cebong                     | grp:other
kampret                    | grp:other
kadrun                     | grp:protected
pendukung                  | grp:other
relawan                    | grp:other
partai                     | grp:other
kader                      | grp:other
netizen                    | grp:other
warganet                   | grp:other
netijen                    | grp:other
driver ojol                | grp:other
sopir angkot               | grp:other
sopir                      | grp:other
supir                      | grp:other
bos                        | grp:other
atasan                     | grp:other
hrd                        | grp:other
pengusaha                  | grp:other
konglomerat                | grp:other
orang kaya                 | grp:other
crazy rich                 | grp:other
bankir                     | grp:other
rentenir                   | grp:other
pinjol                     | grp:other
debt collector             | grp:other
tukang parkir              | grp:other
juru parkir                | grp:other
preman                     | grp:other
ormas                      | grp:other
wartawan                   | grp:other
jurnalis                   | grp:other
media                      | grp:other
pemilik kos                | grp:other
ibu kos                    | grp:other
pemilik kontrakan          | grp:other
landlord                   | grp:other
tetangga                   | grp:other
mertua                     | grp:other
anak jaksel                | grp:other
boomer                     | grp:other
gen z                      | grp:other
milenial                   | grp:other
pemda                      | grp:other
kepala desa                | grp:other
kades                      | grp:other
lurah                      | grp:other
camat                      | grp:other
bupati                     | grp:other
gubernur                   | grp:other
koruptor                   | grp:other
caleg                      | grp:other
timses                     | grp:other
feminis                    | grp:other
sjw                        | grp:other
kaum liberal               | grp:other
sekuler                    | grp:other
pki                        | grp:other
# added 2026-12
sales asuransi             | grp:other
sales mobil                | grp:other
orang sales                | grp:other
para sales                 | grp:other
mas sales                  | grp:other
mbak sales                 | grp:other
sales-sales                | grp:other
agen asuransi              | grp:other
marketing asuransi         | grp:other
debt collector*            | grp:other
penagih utang              | grp:other
penagih hutang             | grp:other
abang ojol                 | grp:other
bang ojol                  | grp:other
tukang ojek                | grp:other
pengemudi ojol             | grp:other
mitra ojol                 | grp:other
ojol-ojol                  | grp:other
para ojol                  | grp:other
agen properti              | grp:other
makelar                    | grp:other
calo                       | grp:other
fans mu                    | grp:other
fans bola                  | grp:other
the jakmania               | grp:other
anak punk                  | grp:other
tiktoker                   | grp:other
seleb tiktok               | grp:other
pejabat daerah             | grp:other

# ---- grp:pronoun: they, them and back-references
mereka                     | grp:pronoun
mrk                        | grp:pronoun
mereka semua               | grp:pronoun
mereka itu                 | grp:pronoun
orang-orang itu            | grp:pronoun
orang-orang ini            | grp:pronoun
orang orang itu            | grp:pronoun
orang2 itu                 | grp:pronoun
org2 itu                   | grp:pronoun
kaum itu                   | grp:pronoun
kaum ini                   | grp:pronoun
kaum mereka                | grp:pronoun
golongan itu               | grp:pronoun
golongan ini               | grp:pronoun
kelompok itu               | grp:pronoun
kelompok ini               | grp:pronoun
orang kayak gitu           | grp:pronoun
orang macam itu            | grp:pronoun
orang seperti itu          | grp:pronoun
jenis mereka               | grp:pronoun
bangsa itu                 | grp:pronoun
bangsa mereka              | grp:pronoun
dorang                     | grp:pronoun
tuh orang2                 | grp:pronoun
nih orang2                 | grp:pronoun
# added 2026-12: possessive back-references ("kelakuannya" = their behaviour)
kelakuannya                | grp:pronoun
kelakuan mereka            | grp:pronoun
perilakunya                | grp:pronoun
perilaku mereka            | grp:pronoun
tingkahnya                 | grp:pronoun
tingkah mereka             | grp:pronoun
sifatnya                   | grp:pronoun
sifat mereka               | grp:pronoun
mereka semua itu           | grp:pronoun
semua mereka               | grp:pronoun
mereka-mereka              | grp:pronoun
mereka2                    | grp:pronoun
orang-orang kayak gitu     | grp:pronoun
orang kayak mereka         | grp:pronoun
makhluk itu                | grp:pronoun
makhluk kayak gitu         | grp:pronoun
spesies itu                | grp:pronoun
kaum begituan              | grp:pronoun
golongan begitu            | grp:pronoun

# ---- pred:emotion: strong negative emotion about a group
benci                      | pred:emotion | 0.85 | hate_emotion_group
membenci                   | pred:emotion | 0.85 | hate_emotion_group
gue benci                  | pred:emotion | 0.9 | hate_emotion_group
gw benci                   | pred:emotion | 0.9 | hate_emotion_group
aku benci                  | pred:emotion | 0.9 | hate_emotion_group
saya benci                 | pred:emotion | 0.9 | hate_emotion_group
kami benci                 | pred:emotion | 0.9 | hate_emotion_group
benci banget               | pred:emotion | 0.9 | hate_emotion_group
benci bgt                  | pred:emotion | 0.9 | hate_emotion_group
sangat membenci            | pred:emotion | 0.9 | hate_emotion_group
benci setengah mati        | pred:emotion | 0.9 | hate_emotion_group
benci sampai mati          | pred:emotion | 0.9 | hate_emotion_group
muak                       | pred:emotion | 0.85 | hate_emotion_group
muak sama                  | pred:emotion | 0.85 | hate_emotion_group
muak dengan                | pred:emotion | 0.85 | hate_emotion_group
muak liat                  | pred:emotion | 0.85 | hate_emotion_group
jijik                      | pred:emotion | 0.85 | hate_emotion_group
jijik sama                 | pred:emotion | 0.85 | hate_emotion_group
jijik banget               | pred:emotion | 0.9 | hate_emotion_group
jijik liat                 | pred:emotion | 0.85 | hate_emotion_group
jijik lihat                | pred:emotion | 0.85 | hate_emotion_group
jijay                      | pred:emotion | 0.8 | hate_emotion_group
ilfeel                     | pred:emotion | 0.75 | hate_emotion_group
enek liat                  | pred:emotion | 0.8 | hate_emotion_group
eneg liat                  | pred:emotion | 0.8 | hate_emotion_group
mual liat                  | pred:emotion | 0.85 | hate_emotion_group
mual lihat                 | pred:emotion | 0.85 | hate_emotion_group
pengen muntah              | pred:emotion | 0.85 | hate_emotion_group
mau muntah                 | pred:emotion | 0.8 | hate_emotion_group
geli liat                  | pred:emotion | 0.75 | hate_emotion_group
najis liat                 | pred:emotion | 0.85 | hate_emotion_group
sebel banget               | pred:emotion | 0.75 | hate_emotion_group
gak tahan sama             | pred:emotion | 0.8 | hate_emotion_group
ga tahan sama              | pred:emotion | 0.8 | hate_emotion_group
nggak tahan sama           | pred:emotion | 0.8 | hate_emotion_group
tidak tahan dengan         | pred:emotion | 0.8 | hate_emotion_group
risih liat                 | pred:emotion | 0.75 | hate_emotion_group
emosi liat                 | pred:emotion | 0.75 | hate_emotion_group
males liat                 | pred:emotion | 0.75 | hate_emotion_group
dendam sama                | pred:emotion | 0.75 | hate_emotion_group
gak sudi                   | pred:emotion | 0.8 | hate_emotion_group
ga sudi                    | pred:emotion | 0.8 | hate_emotion_group
tidak sudi                 | pred:emotion | 0.8 | hate_emotion_group
# added 2026-12: "bikin mual", reluctance, profanity said of a group
re:\bbikin (mual|muak|jijik|eneg|enek|muntah|pengen muntah|ilfeel|emosi|naik darah|darah tinggi|sebel|kesel|gerah|risih|males)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(gak|ga|nggak|enggak|tidak|tak|gk|ndak)( bisa| kuat)? tahan( kalo| kalau| harus)?( \w+)? (deket|dekat|deket-deket|dekat-dekat|sama|ama|liat|lihat|ketemu)\b | pred:emotion | 0.8 | hate_emotion_group
males banget               | pred:emotion | 0.65 | hate_emotion_group
ogah banget                | pred:emotion | 0.7 | hate_emotion_group
ogah                       | pred:emotion | 0.65 | hate_emotion_group
amit-amit                  | pred:emotion | 0.7 | hate_emotion_group
najis banget               | pred:emotion | 0.85 | hate_emotion_group
gedeg                      | pred:emotion | 0.7 | hate_emotion_group
muak gue                   | pred:emotion | 0.85 | hate_emotion_group
eneg                       | pred:emotion | 0.75 | hate_emotion_group
enek                       | pred:emotion | 0.75 | hate_emotion_group
gak sudi gue               | pred:emotion | 0.85 | hate_emotion_group
bangsat                    | pred:emotion | 0.8 | hate_emotion_group
bajingan                   | pred:emotion | 0.8 | hate_emotion_group
jancuk                     | pred:emotion | 0.85 | hate_emotion_group
jancok                     | pred:emotion | 0.85 | hate_emotion_group
dancuk                     | pred:emotion | 0.85 | hate_emotion_group
kontol                     | pred:emotion | 0.85 | hate_emotion_group
memek                      | pred:emotion | 0.85 | hate_emotion_group
ngentot                    | pred:emotion | 0.85 | hate_emotion_group
ngewe                      | pred:emotion | 0.75 | hate_emotion_group
pantek                     | pred:emotion | 0.8 | hate_emotion_group
pepek                      | pred:emotion | 0.8 | hate_emotion_group
keparat                    | pred:emotion | 0.8 | hate_emotion_group
bedebah                    | pred:emotion | 0.8 | hate_emotion_group
bangke                     | pred:emotion | 0.8 | hate_emotion_group
asu                        | pred:emotion | 0.75 | hate_emotion_group
sialan                     | pred:emotion | 0.75 | hate_emotion_group
jahanam                    | pred:emotion | 0.75 | hate_emotion_group
taik                       | pred:emotion | 0.8 | hate_emotion_group
taik kucing                | pred:emotion | 0.85 | hate_emotion_group
tai kucing                 | pred:emotion | 0.85 | hate_emotion_group
tahi kucing                | pred:emotion | 0.85 | hate_emotion_group
anjing lu                  | pred:emotion | 0.85 | hate_emotion_group
anjing emang               | pred:emotion | 0.85 | hate_emotion_group
babi lu                    | pred:emotion | 0.85 | hate_emotion_group
goblok semua               | pred:emotion | 0.85 | hate_emotion_group
tolol semua                | pred:emotion | 0.85 | hate_emotion_group
re:(^|[.!?]\s*)dasar\b | pred:emotion | 0.65 | hate_emotion_group

# ---- pred:attribute: very negative attributes said of a group
kotor                      | pred:attribute | 0.75 | negative_attribute_group
jorok                      | pred:attribute | 0.75 | negative_attribute_group
dekil                      | pred:attribute | 0.75 | negative_attribute_group
bau badan                  | pred:attribute | 0.75 | negative_attribute_group
bau busuk                  | pred:attribute | 0.8 | negative_attribute_group
busuk                      | pred:attribute | 0.75 | negative_attribute_group
bau ketek                  | pred:attribute | 0.75 | negative_attribute_group
bau amis                   | pred:attribute | 0.75 | negative_attribute_group
bau kambing                | pred:attribute | 0.8 | negative_attribute_group
gak pernah mandi           | pred:attribute | 0.75 | negative_attribute_group
jarang mandi               | pred:attribute | 0.7 | negative_attribute_group
penipu                     | pred:attribute | 0.8 | negative_attribute_group
tukang tipu                | pred:attribute | 0.8 | negative_attribute_group
pembohong                  | pred:attribute | 0.75 | negative_attribute_group
pendusta                   | pred:attribute | 0.75 | negative_attribute_group
maling                     | pred:attribute | 0.8 | negative_attribute_group
pencuri                    | pred:attribute | 0.8 | negative_attribute_group
perampok                   | pred:attribute | 0.8 | negative_attribute_group
garong                     | pred:attribute | 0.75 | negative_attribute_group
penjahat                   | pred:attribute | 0.8 | negative_attribute_group
re:\b(itu|adalah|semua|semuanya|emang|memang|dasar|para|tukang|bangsa|kaum) kriminal\b | pred:attribute | 0.8 | negative_attribute_group
pembunuh                   | pred:attribute | 0.85 | negative_attribute_group
pemerkosa                  | pred:attribute | 0.85 | negative_attribute_group
teroris                    | pred:attribute | 0.85 | negative_attribute_group
pedofil                    | pred:attribute | 0.85 | negative_attribute_group
cabul                      | pred:attribute | 0.75 | negative_attribute_group
mesum                      | pred:attribute | 0.7 | negative_attribute_group
bodoh                      | pred:attribute | 0.75 | negative_attribute_group
goblok                     | pred:attribute | 0.8 | negative_attribute_group
tolol                      | pred:attribute | 0.75 | negative_attribute_group
bego                       | pred:attribute | 0.7 | negative_attribute_group
dungu                      | pred:attribute | 0.75 | negative_attribute_group
idiot                      | pred:attribute | 0.75 | negative_attribute_group
oon                        | pred:attribute | 0.65 | negative_attribute_group
otak udang                 | pred:attribute | 0.7 | negative_attribute_group
otak dengkul               | pred:attribute | 0.75 | negative_attribute_group
gak punya otak             | pred:attribute | 0.8 | negative_attribute_group
ga punya otak              | pred:attribute | 0.8 | negative_attribute_group
tidak punya otak           | pred:attribute | 0.8 | negative_attribute_group
pemalas                    | pred:attribute | 0.7 | negative_attribute_group
jahat                      | pred:attribute | 0.7 | negative_attribute_group
licik                      | pred:attribute | 0.7 | negative_attribute_group
culas                      | pred:attribute | 0.7 | negative_attribute_group
serakah                    | pred:attribute | 0.7 | negative_attribute_group
rakus                      | pred:attribute | 0.7 | negative_attribute_group
tamak                      | pred:attribute | 0.7 | negative_attribute_group
pelit                      | pred:attribute | 0.65 | negative_attribute_group
kikir                      | pred:attribute | 0.65 | negative_attribute_group
mata duitan                | pred:attribute | 0.75 | negative_attribute_group
pengkhianat                | pred:attribute | 0.8 | negative_attribute_group
penghianat                 | pred:attribute | 0.8 | negative_attribute_group
munafik                    | pred:attribute | 0.7 | negative_attribute_group
sesat                      | pred:attribute | 0.7 | negative_attribute_group
menyimpang                 | pred:attribute | 0.75 | negative_attribute_group
tidak normal               | pred:attribute | 0.75 | negative_attribute_group
gak normal                 | pred:attribute | 0.75 | negative_attribute_group
ga normal                  | pred:attribute | 0.75 | negative_attribute_group
abnormal                   | pred:attribute | 0.75 | negative_attribute_group
sakit jiwa                 | pred:attribute | 0.8 | negative_attribute_group
kelainan jiwa              | pred:attribute | 0.8 | negative_attribute_group
sinting                    | pred:attribute | 0.65 | negative_attribute_group
barbar                     | pred:attribute | 0.8 | negative_attribute_group
bar-bar                    | pred:attribute | 0.8 | negative_attribute_group
primitif                   | pred:attribute | 0.8 | negative_attribute_group
terbelakang                | pred:attribute | 0.75 | negative_attribute_group
kampungan                  | pred:attribute | 0.7 | negative_attribute_group
udik                       | pred:attribute | 0.65 | negative_attribute_group
tidak beradab              | pred:attribute | 0.8 | negative_attribute_group
gak beradab                | pred:attribute | 0.8 | negative_attribute_group
tak beradab                | pred:attribute | 0.8 | negative_attribute_group
kurang ajar                | pred:attribute | 0.7 | negative_attribute_group
brengsek                   | pred:attribute | 0.75 | negative_attribute_group
bejat                      | pred:attribute | 0.8 | negative_attribute_group
keji                       | pred:attribute | 0.8 | negative_attribute_group
hina                       | pred:attribute | 0.75 | negative_attribute_group
hina dina                  | pred:attribute | 0.8 | negative_attribute_group
laknat                     | pred:attribute | 0.85 | negative_attribute_group
terkutuk                   | pred:attribute | 0.85 | negative_attribute_group
tidak berguna              | pred:attribute | 0.75 | negative_attribute_group
gak berguna                | pred:attribute | 0.75 | negative_attribute_group
ga guna                    | pred:attribute | 0.75 | negative_attribute_group
gak guna                   | pred:attribute | 0.75 | negative_attribute_group
beban negara               | pred:attribute | 0.8 | negative_attribute_group
merusak negara             | pred:attribute | 0.75 | negative_attribute_group
perusak                    | pred:attribute | 0.75 | negative_attribute_group
penjajah                   | pred:attribute | 0.7 | negative_attribute_group
antek asing                | pred:attribute | 0.75 | negative_attribute_group
antek                      | pred:attribute | 0.7 | negative_attribute_group
pelacur                    | pred:attribute | 0.85 | negative_attribute_group
lonte                      | pred:attribute | 0.85 | negative_attribute_group
perek                      | pred:attribute | 0.85 | negative_attribute_group
cabe-cabean                | pred:attribute | 0.8 | negative_attribute_group
murahan                    | pred:attribute | 0.75 | negative_attribute_group
jalang                     | pred:attribute | 0.85 | negative_attribute_group
sundal                     | pred:attribute | 0.85 | negative_attribute_group
matre                      | pred:attribute | 0.7 | negative_attribute_group
jelek                      | pred:attribute | 0.65 | negative_attribute_group
buruk rupa                 | pred:attribute | 0.65 | negative_attribute_group
tidak bisa dipercaya       | pred:attribute | 0.75 | negative_attribute_group
gak bisa dipercaya         | pred:attribute | 0.75 | negative_attribute_group
ga bisa dipercaya          | pred:attribute | 0.75 | negative_attribute_group
nggak bisa dipercaya       | pred:attribute | 0.75 | negative_attribute_group
gak tau diri               | pred:attribute | 0.75 | negative_attribute_group
ga tau diri                | pred:attribute | 0.75 | negative_attribute_group
tidak tahu diri            | pred:attribute | 0.75 | negative_attribute_group
tidak tahu berterima kasih | pred:attribute | 0.7 | negative_attribute_group
gak tau terima kasih       | pred:attribute | 0.7 | negative_attribute_group
tukang palak               | pred:attribute | 0.75 | negative_attribute_group
suka rusuh                 | pred:attribute | 0.75 | negative_attribute_group
tukang rusuh               | pred:attribute | 0.75 | negative_attribute_group
biang kerok                | pred:attribute | 0.75 | negative_attribute_group
biang rusuh                | pred:attribute | 0.75 | negative_attribute_group
provokator                 | pred:attribute | 0.7 | negative_attribute_group
pemberontak                | pred:attribute | 0.7 | negative_attribute_group
separatis                  | pred:attribute | 0.65 | negative_attribute_group
rendahan                   | pred:attribute | 0.75 | negative_attribute_group
kaum rendahan              | pred:attribute | 0.8 | negative_attribute_group
kasta rendah               | pred:attribute | 0.8 | negative_attribute_group
derajat rendah             | pred:attribute | 0.8 | negative_attribute_group
tidak punya perasaan       | pred:attribute | 0.75 | negative_attribute_group
gak punya perasaan         | pred:attribute | 0.75 | negative_attribute_group
tidak punya moral          | pred:attribute | 0.75 | negative_attribute_group
gak punya moral            | pred:attribute | 0.75 | negative_attribute_group
gak ada harganya           | pred:attribute | 0.85 | negative_attribute_group
tidak ada harganya         | pred:attribute | 0.85 | negative_attribute_group
tidak berharga             | pred:attribute | 0.85 | negative_attribute_group
gak berharga               | pred:attribute | 0.85 | negative_attribute_group
nyawanya gak berharga      | pred:attribute | 0.85 | negative_attribute_group
kafir laknat               | pred:attribute | 0.85 | negative_attribute_group
# added 2026-12: negated positives with their own negator, "no brains", stereotypes
re:\b(gak|ga|nggak|enggak|tidak|tak|gk|ndak)( pernah)? (ada )?(gunanya|guna|manfaatnya|manfaat|kontribusi|kontribusinya|jasanya|jasa)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(gak|ga|nggak|enggak|tidak|tak)( pernah)? (berkontribusi|menyumbang|nyumbang|membantu|berguna|bermanfaat)( apa-apa| apapun| sedikit pun)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(gak|ga|nggak|enggak|tidak|tak) (ada|punya) (otak|akal|moral|adab|malu|harga diri|etika|sopan santun|hati nurani|otak sama sekali)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(gak|ga|nggak|enggak|tidak|tak|gk) (bisa|dapat|pernah bisa|akan pernah bisa|bakal bisa) (dipercaya|dipercayai|diandalkan|diatur|dididik|diajarin|maju|berubah|jujur)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(gak|ga|nggak|enggak|tidak|tak) (akan|bakal)( pernah)? (setara|sederajat|diterima|sama dengan kita|jadi bagian|maju|berubah|beradab)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(gak|ga|nggak|enggak|tidak|tak) (setara|sederajat|selevel) (sama|dengan) (kita|kami|orang lain|pribumi)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(gak|ga|nggak|tidak|tak|gada|gaada|nggak ada|ga ada|gak ada|tidak ada) (ada )?(satu pun |sedikit pun |apa-apa |apapun )?(yang )?(baik|bagus|positif|berguna) (dari|tentang|soal|sama|pada)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(otaknya|otak mereka) (kosong|udang|dengkul|di dengkul|gak ada|ga ada|nggak ada|cuma sebesar)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(cocok|cocoknya|pantes|pantesnya|pantas|layak|cuma layak|cuma cocok|hanya layak) (jadi )?(babu|budak|pembantu|kuli|jongos|pesuruh|tukang sapu|tukang bersih|pelayan|budak belian)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(merusak|ngerusak|bikin rusak|bikin kotor|bikin kumuh|mengotori|ngotorin|mencemari|nyemarin|menghancurkan|ngancurin) (kampung|lingkungan|negara|negeri|bangsa|kota|daerah|komplek|kompleks|agama|moral|generasi)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(jadi|makin) (kumuh|rusak|kotor|rawan|bahaya|berantakan) (sejak|semenjak|gara-gara|karena)\b | pred:attribute | 0.8 | negative_attribute_group
tukang tipu semua          | pred:attribute | 0.85 | negative_attribute_group
gak becus                  | pred:attribute | 0.7 | negative_attribute_group
makan gaji buta            | pred:attribute | 0.75 | negative_attribute_group
biang masalah              | pred:attribute | 0.75 | negative_attribute_group
sumber masalah             | pred:attribute | 0.75 | negative_attribute_group
bikin masalah              | pred:attribute | 0.7 | negative_attribute_group
gak ada yang bener         | pred:attribute | 0.9 | negative_attribute_group
ga ada yang bener          | pred:attribute | 0.9 | negative_attribute_group
gak ada yang beres         | pred:attribute | 0.9 | negative_attribute_group
tidak ada yang benar       | pred:attribute | 0.9 | negative_attribute_group
re:\b(cuma|hanya|bisanya|kerjanya) (nyusahin|menyusahkan|ngerepotin|merepotkan|bikin susah|bikin repot|jadi beban|jadi benalu|jadi masalah|bikin masalah|bikin rusuh|ngabisin duit|ngabisin uang negara)\b | pred:attribute | 0.8 | negative_attribute_group
nyusahin                   | pred:attribute | 0.7 | negative_attribute_group
ngerepotin                 | pred:attribute | 0.65 | negative_attribute_group
jadi beban                 | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:dehumanise: animals, vermin, disease, filth
babi                       | pred:dehumanise | 0.9 | dehumanising_group
anjing                     | pred:dehumanise | 0.9 | dehumanising_group
anjg                       | pred:dehumanise | 0.85 | dehumanising_group
monyet                     | pred:dehumanise | 0.9 | dehumanising_group
kera                       | pred:dehumanise | 0.85 | dehumanising_group
beruk                      | pred:dehumanise | 0.85 | dehumanising_group
lutung                     | pred:dehumanise | 0.85 | dehumanising_group
simpanse                   | pred:dehumanise | 0.85 | dehumanising_group
gorila                     | pred:dehumanise | 0.85 | dehumanising_group
kecoa                      | pred:dehumanise | 0.95 | dehumanising_group
kecoak                     | pred:dehumanise | 0.95 | dehumanising_group
coro                       | pred:dehumanise | 0.9 | dehumanising_group
tikus                      | pred:dehumanise | 0.9 | dehumanising_group
tikus got                  | pred:dehumanise | 0.95 | dehumanising_group
curut                      | pred:dehumanise | 0.85 | dehumanising_group
kutu                       | pred:dehumanise | 0.85 | dehumanising_group
kutu busuk                 | pred:dehumanise | 0.9 | dehumanising_group
tuma                       | pred:dehumanise | 0.85 | dehumanising_group
lintah                     | pred:dehumanise | 0.9 | dehumanising_group
benalu                     | pred:dehumanise | 0.9 | dehumanising_group
parasit                    | pred:dehumanise | 0.95 | dehumanising_group
cacing                     | pred:dehumanise | 0.85 | dehumanising_group
belatung                   | pred:dehumanise | 0.9 | dehumanising_group
hama                       | pred:dehumanise | 0.9 | dehumanising_group
biawak                     | pred:dehumanise | 0.85 | dehumanising_group
kadal                      | pred:dehumanise | 0.85 | dehumanising_group
binatang                   | pred:dehumanise | 0.9 | dehumanising_group
hewan                      | pred:dehumanise | 0.85 | dehumanising_group
makhluk rendah             | pred:dehumanise | 0.9 | dehumanising_group
makhluk hina               | pred:dehumanise | 0.9 | dehumanising_group
bukan manusia              | pred:dehumanise | 0.9 | dehumanising_group
setengah manusia           | pred:dehumanise | 0.9 | dehumanising_group
kayak binatang             | pred:dehumanise | 0.9 | dehumanising_group
kaya binatang              | pred:dehumanise | 0.9 | dehumanising_group
seperti binatang           | pred:dehumanise | 0.9 | dehumanising_group
kayak hewan                | pred:dehumanise | 0.9 | dehumanising_group
kayak virus                | pred:dehumanise | 0.9 | dehumanising_group
seperti virus              | pred:dehumanise | 0.9 | dehumanising_group
virus masyarakat           | pred:dehumanise | 0.95 | dehumanising_group
virus bangsa               | pred:dehumanise | 0.95 | dehumanising_group
penyakit masyarakat        | pred:dehumanise | 0.95 | dehumanising_group
penyakit sosial            | pred:dehumanise | 0.9 | dehumanising_group
seperti penyakit           | pred:dehumanise | 0.9 | dehumanising_group
kayak penyakit             | pred:dehumanise | 0.9 | dehumanising_group
adalah penyakit            | pred:dehumanise | 0.9 | dehumanising_group
itu penyakit               | pred:dehumanise | 0.9 | dehumanising_group
bawa penyakit              | pred:dehumanise | 0.85 | dehumanising_group
pembawa penyakit           | pred:dehumanise | 0.9 | dehumanising_group
kuman                      | pred:dehumanise | 0.9 | dehumanising_group
seperti wabah              | pred:dehumanise | 0.9 | dehumanising_group
kayak wabah                | pred:dehumanise | 0.9 | dehumanising_group
adalah wabah               | pred:dehumanise | 0.9 | dehumanising_group
kanker masyarakat          | pred:dehumanise | 0.95 | dehumanising_group
tumor bangsa               | pred:dehumanise | 0.9 | dehumanising_group
sampah                     | pred:dehumanise | 0.85 | dehumanising_group
sampah masyarakat          | pred:dehumanise | 0.95 | dehumanising_group
sampah negara              | pred:dehumanise | 0.95 | dehumanising_group
sampah bangsa              | pred:dehumanise | 0.95 | dehumanising_group
kotoran                    | pred:dehumanise | 0.85 | dehumanising_group
tai                        | pred:dehumanise | 0.85 | dehumanising_group
tahi                       | pred:dehumanise | 0.85 | dehumanising_group
najis                      | pred:dehumanise | 0.9 | dehumanising_group
limbah                     | pred:dehumanise | 0.85 | dehumanising_group
setan                      | pred:dehumanise | 0.85 | dehumanising_group
iblis                      | pred:dehumanise | 0.85 | dehumanising_group
dajjal                     | pred:dehumanise | 0.85 | dehumanising_group
siluman                    | pred:dehumanise | 0.85 | dehumanising_group
monster                    | pred:dehumanise | 0.85 | dehumanising_group
berkembang biak            | pred:dehumanise | 0.85 | dehumanising_group
beranak pinak              | pred:dehumanise | 0.8 | dehumanising_group
kayak tikus                | pred:dehumanise | 0.9 | dehumanising_group
seperti tikus              | pred:dehumanise | 0.9 | dehumanising_group
kayak kecoa                | pred:dehumanise | 0.95 | dehumanising_group
kayak monyet               | pred:dehumanise | 0.95 | dehumanising_group
hama masyarakat            | pred:dehumanise | 0.95 | dehumanising_group
parasit negara             | pred:dehumanise | 0.95 | dehumanising_group
benalu negara              | pred:dehumanise | 0.95 | dehumanising_group
tempatnya di kebun binatang | pred:dehumanise | 0.9 | dehumanising_group
masukin kandang            | pred:dehumanise | 0.85 | dehumanising_group
tempatnya di kandang       | pred:dehumanise | 0.9 | dehumanising_group
# added 2026-12: forest and cage, "nothing more than", animal behaviour, contagion
re:\b(balik|pulang|kembali|tempatnya|cocoknya|pantesnya|pantasnya|cocok tinggal|harusnya tinggal|mending tinggal|lebih cocok tinggal|pantas tinggal|pantes tinggal)( lagi)? (ke |di )(hutan|kandang|kebun binatang|got|selokan|gua|goa|pohon|tempat sampah|comberan)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(gak|ga|nggak|enggak|tidak|tak|bukan) lebih (dari|daripada) (sekadar |sekedar |cuma |hanya )?(sampah|sampah masyarakat|binatang|hewan|tikus|kecoa|parasit|benalu|anjing|babi|monyet|hama|penyakit|virus|kotoran|tai|tahi|najis|beban|budak|pelacur|penjahat|kriminal|teroris|maling|lintah|cacing|belatung)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(kelakuan|perilaku|tingkah|tingkah laku|sifat|otak)(nya| mereka)? (kayak|kaya|seperti|mirip|macam|kek) (binatang|hewan|babi|anjing|monyet|setan|iblis|sampah|tikus|kecoa|lintah)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(kayak|kaya|seperti|mirip|macam|kek) (babi|anjing|monyet|kera|tikus|kecoa|lintah|parasit|benalu|hama|kuman|setan|iblis|sampah|hewan|binatang|kutu|belatung|cacing)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(baka|nanti|bisa) (ketularan|tertular|ketular|nular|menular)\b | pred:dehumanise | 0.8 | dehumanising_group
ketularan                  | pred:dehumanise | 0.75 | dehumanising_group
re:\b(dianggap|nganggep|menganggap|anggap) (\w+ ){0,3}sebagai (binatang|hewan|sampah|hama|penyakit|budak|benda)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: expulsion, exclusion, "no place here"
pulang ke negaramu         | pred:exclude | 0.85 | exclusion_group
pulang ke negara asal      | pred:exclude | 0.8 | exclusion_group
balik ke negara asal       | pred:exclude | 0.8 | exclusion_group
balik ke negaramu          | pred:exclude | 0.85 | exclusion_group
balik ke negara lu         | pred:exclude | 0.85 | exclusion_group
pulang ke negara lu        | pred:exclude | 0.85 | exclusion_group
pulang kampung sana        | pred:exclude | 0.8 | exclusion_group
balik ke china             | pred:exclude | 0.85 | exclusion_group
pulang ke china            | pred:exclude | 0.85 | exclusion_group
balik ke arab              | pred:exclude | 0.85 | exclusion_group
pulang ke arab             | pred:exclude | 0.85 | exclusion_group
minggat                    | pred:exclude | 0.85 | exclusion_group
minggat dari               | pred:exclude | 0.85 | exclusion_group
minggat sana               | pred:exclude | 0.85 | exclusion_group
angkat kaki dari           | pred:exclude | 0.8 | exclusion_group
hengkang dari              | pred:exclude | 0.8 | exclusion_group
enyah                      | pred:exclude | 0.85 | exclusion_group
enyahlah                   | pred:exclude | 0.85 | exclusion_group
pergi dari indonesia       | pred:exclude | 0.85 | exclusion_group
keluar dari indonesia      | pred:exclude | 0.85 | exclusion_group
pergi dari negeri ini      | pred:exclude | 0.85 | exclusion_group
keluar dari negeri ini     | pred:exclude | 0.85 | exclusion_group
keluar dari negara ini     | pred:exclude | 0.85 | exclusion_group
usir                       | pred:exclude | 0.8 | exclusion_group
usir aja                   | pred:exclude | 0.85 | exclusion_group
usir saja                  | pred:exclude | 0.85 | exclusion_group
usir semua                 | pred:exclude | 0.85 | exclusion_group
usirin                     | pred:exclude | 0.85 | exclusion_group
harus diusir               | pred:exclude | 0.85 | exclusion_group
wajib diusir               | pred:exclude | 0.85 | exclusion_group
pantas diusir              | pred:exclude | 0.85 | exclusion_group
tendang keluar             | pred:exclude | 0.8 | exclusion_group
deportasi aja              | pred:exclude | 0.85 | exclusion_group
deportasi semua            | pred:exclude | 0.85 | exclusion_group
harus dideportasi          | pred:exclude | 0.85 | exclusion_group
pulangkan aja              | pred:exclude | 0.85 | exclusion_group
pulangkan semua            | pred:exclude | 0.85 | exclusion_group
tidak layak tinggal        | pred:exclude | 0.85 | exclusion_group
gak layak tinggal          | pred:exclude | 0.85 | exclusion_group
tidak pantas tinggal       | pred:exclude | 0.85 | exclusion_group
gak pantes tinggal         | pred:exclude | 0.85 | exclusion_group
gak diterima di sini       | pred:exclude | 0.85 | exclusion_group
tidak diterima di sini     | pred:exclude | 0.85 | exclusion_group
tidak ada tempat           | pred:exclude | 0.8 | exclusion_group
gak ada tempat             | pred:exclude | 0.8 | exclusion_group
ga ada tempat              | pred:exclude | 0.8 | exclusion_group
tidak punya tempat         | pred:exclude | 0.8 | exclusion_group
bukan tempat kalian        | pred:exclude | 0.85 | exclusion_group
bukan tempatnya            | pred:exclude | 0.75 | exclusion_group
tidak boleh tinggal        | pred:exclude | 0.8 | exclusion_group
jangan kasih masuk         | pred:exclude | 0.8 | exclusion_group
jangan biarkan masuk       | pred:exclude | 0.8 | exclusion_group
jangan terima              | pred:exclude | 0.75 | exclusion_group
tolak kedatangan           | pred:exclude | 0.8 | exclusion_group
usir dari kampung          | pred:exclude | 0.85 | exclusion_group
jangan sewakan             | pred:exclude | 0.75 | exclusion_group
jangan kasih kerja         | pred:exclude | 0.75 | exclusion_group
haram dipilih              | pred:exclude | 0.8 | exclusion_group
haram jadi pemimpin        | pred:exclude | 0.8 | exclusion_group
tidak boleh jadi pemimpin  | pred:exclude | 0.8 | exclusion_group
gak boleh jadi pemimpin    | pred:exclude | 0.8 | exclusion_group
tidak layak jadi pemimpin  | pred:exclude | 0.8 | exclusion_group
harus dilarang             | pred:exclude | 0.8 | exclusion_group
wajib dilarang             | pred:exclude | 0.8 | exclusion_group
harus dibubarkan           | pred:exclude | 0.8 | exclusion_group
bubarkan                   | pred:exclude | 0.75 | exclusion_group
asingkan                   | pred:exclude | 0.8 | exclusion_group
kucilkan                   | pred:exclude | 0.8 | exclusion_group
jauhi                      | pred:exclude | 0.75 | exclusion_group
jauhin                     | pred:exclude | 0.75 | exclusion_group
jangan temenan sama        | pred:exclude | 0.75 | exclusion_group
jangan berteman dengan     | pred:exclude | 0.75 | exclusion_group
cabut kewarganegaraan      | pred:exclude | 0.85 | exclusion_group
bukan orang indonesia      | pred:exclude | 0.8 | exclusion_group
bukan wni                  | pred:exclude | 0.8 | exclusion_group
bukan pribumi              | pred:exclude | 0.75 | exclusion_group
harus dipenjara            | pred:exclude | 0.8 | exclusion_group
penjarakan                 | pred:exclude | 0.8 | exclusion_group
harus direhabilitasi       | pred:exclude | 0.75 | exclusion_group
harus disembuhkan          | pred:exclude | 0.75 | exclusion_group
harus diruqyah             | pred:exclude | 0.75 | exclusion_group
tempatnya di dapur         | pred:exclude | 0.8 | exclusion_group
urus dapur aja             | pred:exclude | 0.75 | exclusion_group
# added 2026-12: don't rent, don't let near children, cleansing, "better without"
jangan dikasih             | pred:exclude | 0.85 | exclusion_group
re:\bjangan (dikasih|kasih|dikasi|kasi|diizinin|diizinkan|dibolehin|dibolehkan|biarin|dibiarkan|dibiarin)( \w+)? (masuk|ngontrak|ngekos|kos|tinggal|sewa|nyewa|kerja|sekolah|nikah|jadi pemimpin|deket|dekat|main)\b | pred:exclude | 0.8 | exclusion_group
re:\bjangan (sampe|sampai)( \w+)? (sekelas|satu kelas|sekolah bareng|satu sekolah|main|bergaul|berteman|temenan|deket|dekat|nikah|menikah|kawin|satu kos|sekos|tetanggaan)( sama| dengan| ama)?\b | pred:exclude | 0.8 | exclusion_group
re:\b(gak|ga|nggak|enggak|tidak|tak) (boleh|usah) (main|bergaul|berteman|temenan|deket|dekat|nikah|menikah|kawin|sekolah|sekelas|ngontrak|tinggal|kerja|masuk|jadi pemimpin|memimpin|dipilih)( sama| dengan| ama| di)?\b | pred:exclude | 0.8 | exclusion_group
re:\bjangan (mau|pernah|sampe)( \w+)? (dipimpin|diperintah|dilayanin|dilayani|dipilih|milih|memilih|nyoblos|diatur|diurus)\b | pred:exclude | 0.8 | exclusion_group
re:\b(gak|ga|nggak|enggak|tidak|ogah|gak sudi|ga sudi) (mau )?(dipimpin|diperintah|dilayanin|dilayani|diatur|satu kos|sekos|tetanggaan|bertetangga|sekantor|satu kantor|serumah)\b | pred:exclude | 0.75 | exclusion_group
re:\b(tetanggaan|bertetangga|satu kos|sekos|sekantor|satu kantor|serumah|sekelas)( sama| dengan| ama)\b | pred:exclude | 0.6 | exclusion_group
re:\b(dikasih|diberi|dapat|dapet) (panggung|tempat|ruang|jabatan|kursi|posisi)\b | pred:exclude | 0.65 | exclusion_group
re:\b(bersih|dibersihkan|dibersihin|bersihkan|bersihin|steril|disterilkan|sterilkan) (dari|daripada)\b | pred:exclude | 0.8 | exclusion_group
re:\b(lebih|makin|baru bakal|baru akan|bakal|akan) (maju|aman|damai|bersih|baik|tenang|sejahtera|makmur|tertib)( \w+)? (kalau|kalo|jika|bila|tanpa|setelah) (gak ada|ga ada|nggak ada|tidak ada|tanpa|udah bersih|sudah bersih|mereka pergi|diusir)\b | pred:exclude | 0.85 | exclusion_group
re:\b(lebih|makin) (maju|aman|damai|bersih|baik|tenang|sejahtera|makmur|tertib) tanpa\b | pred:exclude | 0.85 | exclusion_group
re:\b(jauhin|jauhkan|jauhi) (anak|anak-anak|anak2|keluarga|adik)( \w+)? (dari|sama)\b | pred:exclude | 0.8 | exclusion_group
re:\b(pisahkan|pisahin|dipisah|dipisahkan|dipisahin|harus dipisah|harus dipisahkan)( dari| sama)?\b | pred:exclude | 0.6 | exclusion_group
re:\bdiusir (dari|keluar dari) (negeri ini|negara ini|indonesia|sini|kampung|kampung kita|daerah ini|kota ini)\b | pred:exclude | 0.75 | exclusion_group
re:\bwc (umum )?(yang )?(sama|bareng|terpisah|beda)\b | pred:exclude | 0.65 | exclusion_group
re:\b(gak|ga|nggak|enggak|tidak|tak) (pantas|pantes|layak|boleh|berhak|cocok|pantas untuk|layak untuk) (jadi|menjadi|dipilih jadi|memimpin|mimpin) ?(pemimpin|presiden|gubernur|bupati|walikota|wali kota|guru|dokter|polisi|pejabat|imam|anggota dewan|ketua|menteri|tentara)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:violence: violent wishes and norms
harus dibunuh              | pred:violence | 0.95 | violence_group | severe
wajib dibunuh              | pred:violence | 0.95 | violence_group | severe
pantas dibunuh             | pred:violence | 0.95 | violence_group | severe
layak dibunuh              | pred:violence | 0.95 | violence_group | severe
perlu dibunuh              | pred:violence | 0.95 | violence_group | severe
bunuh aja                  | pred:violence | 0.95 | violence_group | severe
bunuh saja                 | pred:violence | 0.95 | violence_group | severe
bunuh semua                | pred:violence | 0.95 | violence_group | severe
bunuh mereka               | pred:violence | 0.95 | violence_group | severe
bunuhin                    | pred:violence | 0.9 | violence_group | severe
bantai aja                 | pred:violence | 0.95 | violence_group | severe
bantai semua               | pred:violence | 0.95 | violence_group | severe
harus dibantai             | pred:violence | 0.95 | violence_group | severe
pantas dibantai            | pred:violence | 0.95 | violence_group | severe
dibasmi                    | pred:violence | 0.9 | violence_group | severe
harus dibasmi              | pred:violence | 0.95 | violence_group | severe
basmi                      | pred:violence | 0.9 | violence_group | severe
basmi aja                  | pred:violence | 0.95 | violence_group | severe
basmi semua                | pred:violence | 0.95 | violence_group | severe
musnahkan                  | pred:violence | 0.95 | violence_group | severe
harus dimusnahkan          | pred:violence | 0.95 | violence_group | severe
dimusnahkan                | pred:violence | 0.9 | violence_group | severe
berantas                   | pred:violence | 0.85 | violence_group | severe
harus diberantas           | pred:violence | 0.9 | violence_group | severe
bakar aja                  | pred:violence | 0.95 | violence_group | severe
bakar semua                | pred:violence | 0.95 | violence_group | severe
bakar hidup-hidup          | pred:violence | 0.95 | violence_group | severe
bakar hidup hidup          | pred:violence | 0.95 | violence_group | severe
harus dibakar              | pred:violence | 0.95 | violence_group | severe
dibakar hidup              | pred:violence | 0.95 | violence_group | severe
tembak mati aja            | pred:violence | 0.95 | violence_group | severe
tembak mati semua          | pred:violence | 0.95 | violence_group | severe
tembak aja                 | pred:violence | 0.95 | violence_group | severe
harus ditembak             | pred:violence | 0.95 | violence_group | severe
harus ditembak mati        | pred:violence | 0.95 | violence_group | severe
didor aja                  | pred:violence | 0.9 | violence_group | severe
dor aja                    | pred:violence | 0.85 | violence_group | severe
gantung aja                | pred:violence | 0.9 | violence_group | severe
harus digantung            | pred:violence | 0.95 | violence_group | severe
hukum gantung              | pred:violence | 0.9 | violence_group | severe
penggal kepalanya          | pred:violence | 0.95 | violence_group | severe
harus dipenggal            | pred:violence | 0.95 | violence_group | severe
rajam                      | pred:violence | 0.9 | violence_group | severe
harus dirajam              | pred:violence | 0.95 | violence_group | severe
rajam sampai mati          | pred:violence | 0.95 | violence_group | severe
sembelih aja               | pred:violence | 0.95 | violence_group | severe
halal darahnya             | pred:violence | 0.95 | violence_group | severe
darahnya halal             | pred:violence | 0.95 | violence_group | severe
gorok                      | pred:violence | 0.9 | violence_group | severe
cincang aja                | pred:violence | 0.95 | violence_group | severe
habisi aja                 | pred:violence | 0.95 | violence_group | severe
habisi semua               | pred:violence | 0.95 | violence_group | severe
ganyang                    | pred:violence | 0.9 | violence_group | severe
ganyang aja                | pred:violence | 0.95 | violence_group | severe
gebukin aja                | pred:violence | 0.85 | violence_group | severe
hajar aja                  | pred:violence | 0.85 | violence_group | severe
keroyok aja                | pred:violence | 0.85 | violence_group | severe
bom aja                    | pred:violence | 0.9 | violence_group | severe
racun aja                  | pred:violence | 0.9 | violence_group | severe
tenggelamkan aja           | pred:violence | 0.9 | violence_group | severe
mati aja                   | pred:violence | 0.9 | violence_group | severe
mampus aja                 | pred:violence | 0.9 | violence_group | severe
mampus semua               | pred:violence | 0.9 | violence_group | severe
modar aja                  | pred:violence | 0.9 | violence_group | severe
pantas mati                | pred:violence | 0.95 | violence_group | severe
layak mati                 | pred:violence | 0.95 | violence_group | severe
harus mati                 | pred:violence | 0.95 | violence_group | severe
wajib mati                 | pred:violence | 0.95 | violence_group | severe
mesti mati                 | pred:violence | 0.95 | violence_group | severe
semoga mati                | pred:violence | 0.95 | violence_group | severe
semoga mampus              | pred:violence | 0.9 | violence_group | severe
moga mati                  | pred:violence | 0.95 | violence_group | severe
biar mati                  | pred:violence | 0.9 | violence_group | severe
gak pantas hidup           | pred:violence | 0.95 | violence_group | severe
tidak pantas hidup         | pred:violence | 0.95 | violence_group | severe
ga pantes hidup            | pred:violence | 0.95 | violence_group | severe
tidak layak hidup          | pred:violence | 0.95 | violence_group | severe
gak layak hidup            | pred:violence | 0.95 | violence_group | severe
gak berhak hidup           | pred:violence | 0.95 | violence_group | severe
tidak berhak hidup         | pred:violence | 0.95 | violence_group | severe
lenyapkan                  | pred:violence | 0.9 | violence_group | severe
lenyap dari muka bumi      | pred:violence | 0.95 | violence_group | severe
hapus dari muka bumi       | pred:violence | 0.95 | violence_group | severe
hilangkan dari muka bumi   | pred:violence | 0.95 | violence_group | severe
perkosa aja                | pred:violence | 0.95 | violence_group | severe
pantas diperkosa           | pred:violence | 0.95 | violence_group | severe
layak diperkosa            | pred:violence | 0.95 | violence_group | severe
kebiri aja                 | pred:violence | 0.9 | violence_group | severe
sterilkan                  | pred:violence | 0.85 | violence_group | severe
# added 2026-12: passive forms with "aja/saja" or a modal ("pantesnya ditembak mati"), wishes
re:\b(pantesnya|pantasnya|pantes|pantas|layaknya|layak|harusnya|seharusnya|sebaiknya|mending|mendingan|wajib|perlu|kudu|musti|mesti|patut|patutnya|biar|biarin)( aja| saja| semua| sekalian| tuh| itu)? (di(tembak|bunuh|bantai|bakar|gantung|penggal|gorok|sembelih|basmi|musnahkan|habisi|rajam|racun|tenggelamkan|siksa|hukum mati|eksekusi|matiin|matikan|dor|bom|lindas|gebukin|hajar|keroyok|pancung|kebiri|perkosa)|mati|mampus|modar|dihabisin|dilenyapkan)\b | pred:violence | 0.95 | violence_group | severe
re:\bdi(rajam|bunuh|bantai|bakar|tembak|gantung|penggal|gorok|sembelih|basmi|musnahkan|habisi|hajar|gebukin|racun|tenggelamkan|siksa|perkosa|dor|lindas|keroyok|pancung)( mati)?( aja| saja| sekalian| semua| rame-rame| ramai-ramai| beramai-ramai)\b | pred:violence | 0.9 | violence_group | severe
re:\bdi\w+ (aja |saja )?(sampe|sampai) (mati|mampus|modar|tewas|koit|sekarat)\b | pred:violence | 0.9 | violence_group | severe
ditembak mati              | pred:violence | 0.6 | violence_group | severe
re:\b(gak|ga|nggak|enggak|tidak|kok gak|kok ga|kenapa gak|kenapa ga|kenapa tidak) (di(bunuh|basmi|bantai|bakar|tembak|gantung|usir|habisi|musnahkan|berantas|ganyang))( aja| saja| sekalian| dari dulu| semua)\b | pred:violence | 0.9 | violence_group | severe
re:\b(pengen|pingin|pengin|ingin|mau|berharap|semoga|harap|moga|mudah-mudahan|doain|pengennya)( banget)? (mereka|dia|kalian|lo|lu|kamu|semua|semuanya|orang-orang itu|mereka itu|kaum itu|mereka-mereka)( semua| semuanya| itu)? (mati|mampus|modar|musnah|lenyap|binasa|punah|celaka|mati semua|mampus semua|kena azab|dilaknat|terbakar|tenggelam|kena bom)\b | pred:violence | 0.9 | violence_group | severe
re:\b(hilang|lenyap|musnah|punah|dihapus|dihilangkan|dimusnahkan) (dari|dari muka) (bumi|dunia|muka bumi|indonesia|negeri ini)\b | pred:violence | 0.9 | violence_group | severe
re:\b(siram|disiram|nyiram|siramin) (pake|pakai|dengan|pakek)? ?air keras\b | pred:violence | 0.9 | violence_group | severe
air keras                  | pred:violence | 0.6 | violence_group | severe
dirajam                    | pred:violence | 0.8 | violence_group | severe
dibasmi aja                | pred:violence | 0.95 | violence_group | severe
mati aja semua             | pred:violence | 0.95 | violence_group | severe
mending mampus             | pred:violence | 0.9 | violence_group | severe
mampus aja semua           | pred:violence | 0.95 | violence_group | severe

# ---- pred:threat: first-person intent and direct threats
re:\b(gue|gw|gua|aku|saya|ane|kami|w|ku|ak|aq)( akan| bakal| bakalan| mau| pengen| siap| pasti| sumpah| nanti| ntar| udah siap)* bunuh ([^d\W]\w*|d[^i\W]\w*|di[^r\W]\w*|di)\b | pred:threat | 0.95 | threat_violence | severe
re:\b(gue|gw|gua|aku|saya|ane|kami|w|ku|ak|aq)( akan| bakal| bakalan| mau| pengen| siap| pasti| sumpah| nanti| ntar| udah siap)* (bacok|tusuk|tembak|gorok|penggal|habisi|habisin|bantai|cekik|perkosa|racun|gebukin|keroyok|matiin|mampusin|tikam|bacokin|tusukin|basmi|ganyang|cincang|bakar rumah|bakar gereja|bakar masjid|bakar vihara|bakar kampung)\b | pred:threat | 0.95 | threat_violence | severe
gue bunuh lo               | pred:threat | 0.95 | threat_violence | severe
gw bunuh lu                | pred:threat | 0.95 | threat_violence | severe
gue bunuh semua            | pred:threat | 0.95 | threat_violence | severe
aku bunuh kau              | pred:threat | 0.95 | threat_violence | severe
gue habisin lo             | pred:threat | 0.95 | threat_violence | severe
gue habisin                | pred:threat | 0.95 | threat_violence | severe
gue bacok                  | pred:threat | 0.95 | threat_violence | severe
gue tusuk                  | pred:threat | 0.95 | threat_violence | severe
gue tembak                 | pred:threat | 0.95 | threat_violence | severe
kami bantai                | pred:threat | 0.95 | threat_violence | severe
gue cari lo                | pred:threat | 0.85 | threat_violence | severe
gue tau rumah lo           | pred:threat | 0.95 | threat_violence | severe
gw tau rumah lu            | pred:threat | 0.95 | threat_violence | severe
gue tau rumah lu           | pred:threat | 0.95 | threat_violence | severe
aku tahu rumahmu           | pred:threat | 0.95 | threat_violence | severe
gue datengin rumah lo      | pred:threat | 0.9 | threat_violence | severe
tunggu aja pembalasan      | pred:threat | 0.85 | threat_violence | severe
mati lo                    | pred:threat | 0.85 | threat_violence | severe
mampus lo                  | pred:threat | 0.85 | threat_violence | severe
lo bakal mati              | pred:threat | 0.9 | threat_violence | severe
kalian bakal mati          | pred:threat | 0.9 | threat_violence | severe
sampai berdarah            | pred:threat | 0.9 | threat_violence | severe
hajar sampai mati          | pred:threat | 0.95 | threat_violence | severe
pukul sampai mati          | pred:threat | 0.95 | threat_violence | severe
gebukin sampai mati        | pred:threat | 0.95 | threat_violence | severe
sampai mampus              | pred:threat | 0.9 | threat_violence | severe
sampai modar               | pred:threat | 0.9 | threat_violence | severe
kami akan serbu            | pred:threat | 0.9 | threat_violence | severe
# added 2026-12: first person with more verbs and filler words ("yang bakal nembak")
re:\b(gue|gw|gua|aku|saya|ane|kami|kita|w|ak|aq|ogut|gue sama temen-temen|kami semua)( sendiri)?( yang)?( akan| bakal| bakalan| mau| pengen| siap| pasti| sumpah| nanti| ntar| udah siap| langsung| sendiri)+ (nembak|nembakin|ngebunuh|membunuh|ngebacok|nusuk|menusuk|ngehajar|menghajar|hajar|mukulin|pukulin|gebukin|ngebakar|membakar|bakar|nyiram|siram|ngabisin|menghabisi|membantai|nyembelih|menyembelih|memperkosa|nyulik|menculik|nyerang|menyerang|nyerbu|menyerbu|serbu|serang|ngeroyok|mengeroyok|sikat|lindas|ngelindas|tabrak|nabrak|siksa|nyiksa|menyiksa|buru|memburu|ngeburu|usir|ngusir|mengusir)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(gue|gw|gua|aku|saya|ane|kami)( \w+)? (siram|sirem|siramin) (pake|pakai|pakek|dengan)? ?(air keras|bensin|asam|air panas)\b | pred:threat | 0.95 | threat_violence | severe
re:\b(bacok|tusuk|tembak|hajar|gebukin|bunuh|habisin|siram|bakar|matiin|mampusin|keroyok|culik|perkosa|siksa|lindas|tabrak|sikat) (lo|lu|elo|elu|loe|kamu|kau|kalian|lo semua|lu semua)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(gue|gw|gua|aku|saya|kami)( \w+)? (tau|tahu) (\w+ ){0,2}(lo|lu|elo|kamu|kau|kalian) (tinggal|kerja|sekolah|kuliah|kos|ngekos|ngontrak|nongkrong|lewat)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(bikin|buat) (lo|lu|elo|kamu|kau|kalian) (nyesel|menyesal|nyesal|kapok|menderita|sengsara|masuk rumah sakit|masuk rs)\b | pred:threat | 0.85 | threat_violence | severe
tunggu pembalasan          | pred:threat | 0.8 | threat_violence | severe
awas aja lo                | pred:threat | 0.8 | threat_violence | severe
awas lo                    | pred:threat | 0.7 | threat_violence | severe

# ---- ctx:counter: reporting and condemning (adds to id.context.lex)
# "don't label/lump X as …" answers a generalisation
jangan sudutkan            | ctx:counter
jgn sudutkan               | ctx:counter
jangan cap                 | ctx:counter
jgn cap                    | ctx:counter
jangan samakan             | ctx:counter
jgn samakan                | ctx:counter
jangan pukul rata          | ctx:counter
jgn pukul rata             | ctx:counter
jangan generalisasi        | ctx:counter
# "Not all X are …" answers a generalisation
bukan semua                | ctx:counter
tidak semua                | ctx:counter
gak semua                  | ctx:counter
nggak semua                | ctx:counter
ga semua                   | ctx:counter
komentar rasis             | ctx:counter
ucapan rasis               | ctx:counter
pernyataan rasis           | ctx:counter
sikap rasis                | ctx:counter
rasis banget               | ctx:counter
jangan rasis               | ctx:counter
stop rasis                 | ctx:counter
stop rasisme               | ctx:counter
lawan rasisme              | ctx:counter
tolak rasisme              | ctx:counter
rasisme terhadap           | ctx:counter
diskriminasi terhadap      | ctx:counter
kebencian terhadap         | ctx:counter
kekerasan terhadap         | ctx:counter
persekusi terhadap         | ctx:counter
isu sara                   | ctx:counter
jangan sara                | ctx:counter
jangan bawa sara           | ctx:counter
jangan bawa-bawa sara      | ctx:counter
menghina suku              | ctx:counter
menghina agama             | ctx:counter
kami mengecam              | ctx:counter
mengecam                   | ctx:counter
kecam                      | ctx:counter
dikecam                    | ctx:counter
tidak dibenarkan           | ctx:counter
gak dibenarin              | ctx:counter
tidak bisa dibenarkan      | ctx:counter
gak bisa dibenarkan        | ctx:counter
salah kalau bilang         | ctx:counter
orang yang bilang          | ctx:counter
siapa pun yang bilang      | ctx:counter
mengutip                   | ctx:counter
dikutip                    | ctx:counter
stereotip                  | ctx:counter
stereotipe                 | ctx:counter
bukan berarti              | ctx:counter
itu hoaks                  | ctx:counter
itu fitnah                 | ctx:counter
fitnah                     | ctx:counter
tidak benar                | ctx:counter
miris                      | ctx:counter
prihatin                   | ctx:counter
sedih liat                 | ctx:counter
sedih lihat                | ctx:counter
lapor polisi               | ctx:counter
lapor ke polisi            | ctx:counter
sudah dilaporkan           | ctx:counter
dipanggil                  | ctx:counter
diteriaki                  | ctx:counter
diteriakin                 | ctx:counter
korban rasisme             | ctx:counter
korban diskriminasi        | ctx:counter
korban persekusi           | ctx:counter
korban bully               | ctx:counter
re:\btidak ada tempat (bagi|untuk|buat) (rasisme|intoleransi|kebencian|diskriminasi|kekerasan|perundungan|bullying)\b | ctx:counter
re:\b(gimana|bagaimana|cara) (\w+ ){0,3}(diperlakukan|dihina|diserang|didiskriminasi|dipersekusi|dibully|dikucilkan)\b | ctx:counter
# added 2026-12
re:\b(kalimat|omongan|ucapan|komentar|postingan|tulisan|kata-kata|status|cuitan|twit) (kayak|seperti|macam|begini|begitu|gini|gitu)( gini| gitu| ini| itu)?\b | ctx:counter
re:\b(gak|ga|nggak|tidak) (boleh|bisa) (dibiarin|dibiarkan|dibenarkan|ditoleransi|didiamkan|didiemin)\b | ctx:counter
re:\b(lo|lu|elo|kamu|kalian|anda|situ) (yang|yg) (bermasalah|salah|rasis|jahat|goblok)\b | ctx:counter
re:\b(kalau|kalo|klo|jika) (lo|lu|elo|kamu|kalian|anda) (bilang|ngomong|nulis|ngetik|berpikir|mikir)\b | ctx:counter
re:\b(siapa|sapa|siapa yang|sapa yang) (bilang|ngomong|bilangin)\b | ctx:counter
re:\b(sedih|miris|prihatin|kesel|muak|geram|jijik) (banget |sekali )?(liat|lihat|baca|denger|dengar|ngeliat|melihat|membaca) (komentar|komen|ujaran|hinaan|serangan|perlakuan|cuitan|postingan|omongan)\b | ctx:counter
re:\b(komentar|komen|ujaran|cuitan|omongan|hinaan|serangan|candaan|postingan) (jahat|kebencian|rasis|kasar|menghina|merendahkan|sara|diskriminatif|hina|kejam)\b | ctx:counter
sedih banget liat          | ctx:counter
temen-temen gue buktinya   | ctx:counter
jangan sebar kebencian     | ctx:counter
stop ujaran kebencian      | ctx:counter
lawan intoleransi          | ctx:counter
solidaritas                | ctx:counter

# ---- allow: benign phrases that contain predicate words
buang sampah               | allow
tempat sampah              | allow
tong sampah                | allow
bak sampah                 | allow
truk sampah                | allow
bank sampah                | allow
sampah plastik             | allow
pengelolaan sampah         | allow
kutu buku                  | allow
ular tangga                | allow
benci tapi rindu           | allow
benci jadi cinta           | allow
shio tikus                 | allow
shio babi                  | allow
shio anjing                | allow
shio monyet                | allow
tahun tikus                | allow
tahun babi                 | allow
tahun anjing               | allow
tahun monyet               | allow
makan babi                 | allow
makan serangga             | allow
pelihara anjing            | allow
hewan kurban               | allow
hewan qurban               | allow
kurban hewan               | allow
hewan peliharaan           | allow
pecinta hewan              | allow
kebun binatang             | allow
binatang peliharaan        | allow
pecinta binatang           | allow
melihara anjing            | allow
re:\b(basmi|berantas|musnahkan|hapus|lenyapkan|bantai)( aja| saja)? (hama|korupsi|narkoba|kemiskinan|hoaks|hoax|kebodohan|diskriminasi|rasisme|intoleransi|kekerasan|nyamuk|tikus|kecoa|penyakit|judi|judol|pinjol|terorisme|premanisme|pungli)\b | allow
re:\b(anjing|babi) (itu |adalah |kan |tuh )?najis\b | allow
najis anjing               | allow
najis babi                 | allow
re:\b(komentar|ucapan|candaan|lelucon|label|sebutan|stereotip|perlakuan|hinaan) (yang )?(kotor|jijik|bodoh|hina|keji|menjijikkan|busuk|biadab|rendahan|kampungan)\b | allow
bintang                    | allow
bawak                      | allow
jalan                      | allow
menyimpan                  | allow
golok                      | allow
penjaja                    | allow
siuman                     | allow
bubaran                    | allow
merek                      | allow
games                      | allow
youtube                    | allow
# added 2026-12: ordinary senses of slur words
celana buntung             | allow
homo sapiens               | allow
homo erectus               | allow
celana pendek buntung      | allow
re:\bbanci (tampil|kamera|foto|selfie|panggung)\b | allow
re:\b(rambut|rambutnya|rambut yang) keriting\b | allow
re:\b(mata|matanya|mata yang|bermata) sipit\b | allow
re:\bnaik onta\b | allow
re:\baplikasi (ojol|ojek online|gojek|grab)\b | allow
re:\bpada dasarnya\b | allow
re:\b(pendidikan|sekolah|hukum|ilmu|pengetahuan|gaji|harga|warna|bahan|dasar) dasar\b | allow
re:\bdasar (hukum|negara|pemikiran|teori|pendidikan|ilmu|laut|kolam|sungai|utama|pertimbangan|perhitungan|kebijakan|aturan|kita|ini|itu|yang)\b | allow

# ---- allow: everyday words that the one-letter matcher would misread as a group or predicate word
popok                      | allow
politis                    | allow
pemimpi                    | allow
mangan                     | allow
wahab                      | allow
kapita                     | allow
kagawa                     | allow
cristian                   | allow
brantas                    | allow
disain                     | allow
salaf                      | allow

# ---- pred:worth: nilai dan hak suatu kelompok; kebencian hanya bila disangkal dalam klausanya
# ("X bukan manusia", "X tidak setara dengan kita"); tanpa penyangkalan itu pujian. added 2026-12
manusia                    | pred:worth | 0.85 | negative_attribute_group
manusia normal             | pred:worth | 0.85 | negative_attribute_group
setara                     | pred:worth | 0.8 | negative_attribute_group
sederajat                  | pred:worth | 0.8 | negative_attribute_group
setara dengan kita         | pred:worth | 0.8 | negative_attribute_group
bisa dipercaya             | pred:worth | 0.8 | negative_attribute_group
dapat dipercaya            | pred:worth | 0.8 | negative_attribute_group
jujur                      | pred:worth | 0.75 | negative_attribute_group
amanah                     | pred:worth | 0.75 | negative_attribute_group
pintar                     | pred:worth | 0.75 | negative_attribute_group
cerdas                     | pred:worth | 0.75 | negative_attribute_group
bersih                     | pred:worth | 0.75 | negative_attribute_group
beradab                    | pred:worth | 0.8 | negative_attribute_group
berbudaya                  | pred:worth | 0.8 | negative_attribute_group
diterima                   | pred:worth | 0.8 | negative_attribute_group
diterima di sini           | pred:worth | 0.8 | negative_attribute_group
layak hidup                | pred:worth | 0.85 | negative_attribute_group
pantas hidup               | pred:worth | 0.85 | negative_attribute_group
layak tinggal di sini      | pred:worth | 0.8 | negative_attribute_group
berhak                     | pred:worth | 0.8 | negative_attribute_group
berhak hidup               | pred:worth | 0.85 | negative_attribute_group
punya hak                  | pred:worth | 0.8 | negative_attribute_group
warga asli                 | pred:worth | 0.8 | negative_attribute_group
warga negara sejati        | pred:worth | 0.8 | negative_attribute_group
orang indonesia asli       | pred:worth | 0.8 | negative_attribute_group
normal                     | pred:worth | 0.75 | negative_attribute_group
setia                      | pred:worth | 0.75 | negative_attribute_group
berguna                    | pred:worth | 0.75 | negative_attribute_group
punya otak                 | pred:worth | 0.75 | negative_attribute_group
orang baik                 | pred:worth | 0.75 | negative_attribute_group
