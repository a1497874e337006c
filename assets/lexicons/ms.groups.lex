# Malay (Malaysia) groups and predicates for the target x predicate layer: who a sentence is about
# (grp:*) and what it says of them (pred:*). A predicate scores only next to a group or a person in
# its sentence, or with a pronoun ("mereka", "diorang", "puak ni") pointing back to a group named
# just before. Groups already in ms.context.lex (ctx:group: melayu, cina, india, bangla, indon,
# pendatang, kafir, pondan, perempuan, oku ...) are not repeated. Words that are also everyday
# nouns (sampah, babi, tikus) have benign collocations in `allow`.
@format 1
@lang ms
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- grp:protected: further protected groups (colloquial and derogatory names included)
# places of worship stand for the people who worship there
masjid                     | grp:protected
surau                      | grp:protected
gereja                     | grp:protected
kuil                       | grp:protected
tokong                     | grp:protected
vihara                     | grp:protected
sinagog                    | grp:protected
gurdwara                   | grp:protected
kuil hindu                 | grp:protected
keling                     | grp:protected
kling                      | grp:protected
benggali                   | grp:protected
orang benggali             | grp:protected
serani                     | grp:protected
orang serani               | grp:protected
orang putih                | grp:protected
mat salleh                 | grp:protected
minah salleh               | grp:protected
orang barat                | grp:protected
orang hitam                | grp:protected
negro                      | grp:protected
orang negro                | grp:protected
orang afrika               | grp:protected
afrika                     | grp:protected
orang nigeria              | grp:protected
nigeria                    | grp:protected
orang arab                 | grp:protected
arab                       | grp:protected
pak arab                   | grp:protected
orang jawa                 | grp:protected
orang acheh                | grp:protected
orang bugis                | grp:protected
orang banjar               | grp:protected
bangladeshi                | grp:protected
nepali                     | grp:protected
orang pakistan             | grp:protected
pakistani                  | grp:protected
orang filipina             | grp:protected
filipina                   | grp:protected
pinoy                      | grp:protected
orang vietnam              | grp:protected
orang burma                | grp:protected
burma                      | grp:protected
orang kemboja              | grp:protected
orang siam                 | grp:protected
orang thai                 | grp:protected
orang jepun                | grp:protected
orang korea                | grp:protected
pekerja asing              | grp:protected
buruh asing                | grp:protected
pekerja migran             | grp:protected
migran                     | grp:protected
imigran                    | grp:protected
orang asing                | grp:protected
pati                       | grp:protected
refugee*                   | grp:protected
foreigner*                 | grp:protected
orang sabah                | grp:protected
orang sarawak              | grp:protected
melanau                    | grp:protected
murut                      | grp:protected
orang ulu                  | grp:protected
penan                      | grp:protected
suluk                      | grp:protected
sakai                      | grp:protected
jakun                      | grp:protected
orang islam                | grp:protected
penganut islam             | grp:protected
nasrani                    | grp:protected
kristiani                  | grp:protected
protestan                  | grp:protected
orang kristian             | grp:protected
orang buddha               | grp:protected
buddhis                    | grp:protected
penyembah berhala          | grp:protected
ateis                      | grp:protected
atheist*                   | grp:protected
orang tak beragama         | grp:protected
murtad                     | grp:protected
ahmadiyah                  | grp:protected
qadiani                    | grp:protected
wahabi                     | grp:protected
shia                       | grp:protected
homo                       | grp:protected
homoseksual                | grp:protected
biseksual                  | grp:protected
transeksual                | grp:protected
trans                      | grp:protected
queer                      | grp:protected
bapok                      | grp:protected
darai                      | grp:protected
pengkid                    | grp:protected
tomboi                     | grp:protected
kaum luth                  | grp:protected
kaum nabi luth             | grp:protected
kaum sodom                 | grp:protected
lelaki lembut              | grp:protected
gay2                       | grp:protected
betina                     | grp:protected
pompuan                    | grp:protected
pempuan                    | grp:protected
orang perempuan            | grp:protected
kaum wanita                | grp:protected
kaum hawa                  | grp:protected
orang cacat                | grp:protected
orang buta                 | grp:protected
orang pekak                | grp:protected
orang bisu                 | grp:protected
orang lumpuh               | grp:protected
autistik                   | grp:protected
autisme                    | grp:protected
orang autisme              | grp:protected
budak autisme              | grp:protected
pesakit mental             | grp:protected
orang sakit mental         | grp:protected
terencat akal              | grp:protected
orang terencat             | grp:protected
lembam                     | grp:protected
sindrom down               | grp:protected
down syndrome              | grp:protected
# added 2026-12: slurs and nicknames used as names for a group
bohsia                     | grp:protected
jalang                     | grp:protected
sundal                     | grp:protected
terencat                   | grp:protected
budak terencat             | grp:protected
si cacat                   | grp:protected
cacat                      | grp:protected
budak cacat                | grp:protected
golongan cacat             | grp:protected
orang kurang upaya         | grp:protected
pendatang haram            | grp:protected
pendatang asing            | grp:protected
minah indon                | grp:protected
mat indon                  | grp:protected
indon                      | grp:protected
indons                     | grp:protected
bangla                     | grp:protected
banglas                    | grp:protected
keling*                    | grp:protected
cina sepet                 | grp:protected
apek cina                  | grp:protected
amoi                       | grp:protected
penyembah lembu            | grp:protected
penyembah patung           | grp:protected
kafir harbi                | grp:protected
orang kafir                | grp:protected
mat bangla                 | grp:protected
orang rohingya             | grp:protected
orang myanmar              | grp:protected
orang nepal                | grp:protected
orang indonesia            | grp:protected
orang bangladesh           | grp:protected
penganut buddha            | grp:protected
penganut hindu             | grp:protected
penganut kristian          | grp:protected
orang yahudi               | grp:protected
orang hindu                | grp:protected
golongan lgbt              | grp:protected
golongan transgender       | grp:protected
golongan oku               | grp:protected
orang gay                  | grp:protected
kaum lgbt                  | grp:protected
kaum perempuan             | grp:protected

# ---- grp:other: groups that are not protected (abuse of them is harassment)
ahli politik               | grp:other
politikus                  | grp:other
politician*                | grp:other
menteri                    | grp:other
menteri-menteri            | grp:other
wakil rakyat               | grp:other
ahli parlimen              | grp:other
yb                         | grp:other
kerajaan                   | grp:other
pembangkang                | grp:other
pemimpin                   | grp:other
pegawai kerajaan           | grp:other
penjawat awam              | grp:other
kakitangan awam            | grp:other
polis                      | grp:other
anggota polis              | grp:other
mata-mata                  | grp:other
pdrm                       | grp:other
jpj                        | grp:other
askar                      | grp:other
tentera                    | grp:other
peguam                     | grp:other
hakim                      | grp:other
doktor                     | grp:other
jururawat                  | grp:other
cikgu                      | grp:other
guru                       | grp:other
pensyarah                  | grp:other
pelajar                    | grp:other
mahasiswa                  | grp:other
pengadil                   | grp:other
referee                    | grp:other
pemain                     | grp:other
jurulatih                  | grp:other
penyokong                  | grp:other
peminat                    | grp:other
fans                       | grp:other
ultras                     | grp:other
influencer*                | grp:other
pempengaruh                | grp:other
selebriti                  | grp:other
artis                      | grp:other
youtuber*                  | grp:other
tiktoker*                  | grp:other
streamer*                  | grp:other
gamer*                     | grp:other
tuan rumah                 | grp:other
tuan tanah                 | grp:other
landlord*                  | grp:other
banker*                    | grp:other
pegawai bank               | grp:other
bank                       | grp:other
orang kaya                 | grp:other
jutawan                    | grp:other
billionaire*               | grp:other
tauke                      | grp:other
taukeh                     | grp:other
majikan                    | grp:other
bos                        | grp:other
ceo                        | grp:other
usahawan                   | grp:other
peniaga                    | grp:other
pemandu grab               | grp:other
pemandu teksi              | grp:other
pemandu lori               | grp:other
pemandu bas                | grp:other
mat rempit                 | grp:other
rempit                     | grp:other
budak vape                 | grp:other
macai                      | grp:other
cybertrooper*              | grp:other
netizen                    | grp:other
warganet                   | grp:other
wartawan                   | grp:other
media                      | grp:other
jurnalis                   | grp:other
penyokong umno             | grp:other
penyokong pas              | grp:other
penyokong dap              | grp:other
penyokong pkr              | grp:other
penyokong ph               | grp:other
penyokong pn               | grp:other
umno                       | grp:other
dap                        | grp:other
pkr                        | grp:other
pengundi                   | grp:other
feminis                    | grp:other
liberal                    | grp:other
kroni                      | grp:other
pemaju                     | grp:other
kontraktor                 | grp:other
jiran                      | grp:other
mertua                     | grp:other
remaja                     | grp:other
boomer*                    | grp:other
# added 2026-12
ejen hartanah              | grp:other
ejen insurans              | grp:other
ejen*                      | grp:other
driver grab                | grp:other
pemandu e-hailing          | grp:other
fan mu                     | grp:other
fan bola                   | grp:other
fan k-pop                  | grp:other
fan liverpool              | grp:other
peminat k-pop              | grp:other
kpopers                    | grp:other
penjual insurans           | grp:other
ah long                    | grp:other
pemungut hutang            | grp:other
penyokong bola             | grp:other
pegawai                    | grp:other
cikgu-cikgu                | grp:other

# ---- grp:pronoun: they, them and back-references
mereka                     | grp:pronoun
diorang                    | grp:pronoun
dorang                     | grp:pronoun
diaorang                   | grp:pronoun
derang                     | grp:pronoun
depa                       | grp:pronoun
dioghang                   | grp:pronoun
deme                       | grp:pronoun
mereka semua               | grp:pronoun
diorang semua              | grp:pronoun
dorang semua               | grp:pronoun
semua mereka               | grp:pronoun
puak ni                    | grp:pronoun
puak tu                    | grp:pronoun
puak-puak ni               | grp:pronoun
puak puak ni               | grp:pronoun
golongan ni                | grp:pronoun
golongan tu                | grp:pronoun
golongan ini               | grp:pronoun
golongan itu               | grp:pronoun
orang macam ni             | grp:pronoun
orang macam tu             | grp:pronoun
orang mcm ni               | grp:pronoun
orang-orang ni             | grp:pronoun
orang orang ni             | grp:pronoun
org2 ni                    | grp:pronoun
manusia macam ni           | grp:pronoun
manusia jenis ni           | grp:pronoun
jenis ni                   | grp:pronoun
jenis macam ni             | grp:pronoun
kaum ni                    | grp:pronoun
kaum tu                    | grp:pronoun
kaum mereka                | grp:pronoun
bangsa ni                  | grp:pronoun
bangsa tu                  | grp:pronoun
bangsa mereka              | grp:pronoun
# added 2026-12: back-references ("makhluk" = those creatures)
makhluk ni                 | grp:pronoun
makhluk tu                 | grp:pronoun
makhluk                    | grp:pronoun
depa semua                 | grp:pronoun
depa ni                    | grp:pronoun
diorang ni                 | grp:pronoun
dorang ni                  | grp:pronoun
diorang tu                 | grp:pronoun
mereka ni                  | grp:pronoun
mereka tu                  | grp:pronoun
mereka itu                 | grp:pronoun
perangai diorang           | grp:pronoun
perangai mereka            | grp:pronoun
muka diorang               | grp:pronoun
muka mereka                | grp:pronoun
benda alah ni              | grp:pronoun
spesis ni                  | grp:pronoun
spesies ni                 | grp:pronoun

# ---- pred:emotion: strong negative emotion about a group
benci                      | pred:emotion | 0.85 | hate_emotion_group
membenci                   | pred:emotion | 0.85 | hate_emotion_group
bencikan                   | pred:emotion | 0.85 | hate_emotion_group
aku benci                  | pred:emotion | 0.9 | hate_emotion_group
saya benci                 | pred:emotion | 0.9 | hate_emotion_group
kami benci                 | pred:emotion | 0.9 | hate_emotion_group
sangat benci               | pred:emotion | 0.9 | hate_emotion_group
benci sangat               | pred:emotion | 0.9 | hate_emotion_group
benci gila                 | pred:emotion | 0.9 | hate_emotion_group
bnci                       | pred:emotion | 0.8 | hate_emotion_group
meluat                     | pred:emotion | 0.8 | hate_emotion_group
meluat dengan              | pred:emotion | 0.85 | hate_emotion_group
muak                       | pred:emotion | 0.8 | hate_emotion_group
muak dengan                | pred:emotion | 0.85 | hate_emotion_group
muak tengok                | pred:emotion | 0.85 | hate_emotion_group
jijik                      | pred:emotion | 0.85 | hate_emotion_group
jijik dengan               | pred:emotion | 0.85 | hate_emotion_group
jijik tengok               | pred:emotion | 0.85 | hate_emotion_group
rasa jijik                 | pred:emotion | 0.85 | hate_emotion_group
geli dengan                | pred:emotion | 0.75 | hate_emotion_group
geli tengok                | pred:emotion | 0.75 | hate_emotion_group
geli geleman               | pred:emotion | 0.8 | hate_emotion_group
geli-geleman               | pred:emotion | 0.8 | hate_emotion_group
loya tekak                 | pred:emotion | 0.8 | hate_emotion_group
nak muntah                 | pred:emotion | 0.8 | hate_emotion_group
nak termuntah              | pred:emotion | 0.8 | hate_emotion_group
menyampah                  | pred:emotion | 0.75 | hate_emotion_group
menyampah dengan           | pred:emotion | 0.8 | hate_emotion_group
menyirap                   | pred:emotion | 0.75 | hate_emotion_group
menyirap dengan            | pred:emotion | 0.75 | hate_emotion_group
tak tahan dengan           | pred:emotion | 0.8 | hate_emotion_group
tak boleh tahan dengan     | pred:emotion | 0.8 | hate_emotion_group
benci tengok               | pred:emotion | 0.85 | hate_emotion_group
sakit hati tengok          | pred:emotion | 0.75 | hate_emotion_group
sakit mata tengok          | pred:emotion | 0.75 | hate_emotion_group
pandang hina               | pred:emotion | 0.8 | hate_emotion_group
dendam dengan              | pred:emotion | 0.75 | hate_emotion_group
berdendam dengan           | pred:emotion | 0.75 | hate_emotion_group
kebencian aku              | pred:emotion | 0.85 | hate_emotion_group
# added 2026-12: "tak boleh blah/tahan", disgust idioms, profanity said of a group
re:\b(x|tak|tk|tidak|memang tak|memang x)( boleh| blh| bole)? ?(blah|tahan)( langsung)?( dengan| dgn| tengok| tgk)?\b | pred:emotion | 0.8 | hate_emotion_group
menyampah gila             | pred:emotion | 0.85 | hate_emotion_group
meluat gila                | pred:emotion | 0.85 | hate_emotion_group
benci betul                | pred:emotion | 0.9 | hate_emotion_group
benci sungguh              | pred:emotion | 0.9 | hate_emotion_group
nak muntah dengar          | pred:emotion | 0.85 | hate_emotion_group
naik darah                 | pred:emotion | 0.8 | hate_emotion_group
naik angin                 | pred:emotion | 0.7 | hate_emotion_group
panas hati                 | pred:emotion | 0.75 | hate_emotion_group
darah mendidih             | pred:emotion | 0.85 | hate_emotion_group
geram                      | pred:emotion | 0.6 | hate_emotion_group
pukimak                    | pred:emotion | 0.85 | hate_emotion_group
puki mak                   | pred:emotion | 0.85 | hate_emotion_group
pukimak punya              | pred:emotion | 0.85 | hate_emotion_group
kimak                      | pred:emotion | 0.8 | hate_emotion_group
puki                       | pred:emotion | 0.8 | hate_emotion_group
pundek                     | pred:emotion | 0.8 | hate_emotion_group
bangsat                    | pred:emotion | 0.8 | hate_emotion_group
haram jadah                | pred:emotion | 0.85 | hate_emotion_group
haramjadah                 | pred:emotion | 0.85 | hate_emotion_group
anak haram                 | pred:emotion | 0.85 | hate_emotion_group
keparat                    | pred:emotion | 0.8 | hate_emotion_group
bedebah                    | pred:emotion | 0.8 | hate_emotion_group
jahanam                    | pred:emotion | 0.75 | hate_emotion_group
lahanat                    | pred:emotion | 0.8 | hate_emotion_group
lancau                     | pred:emotion | 0.8 | hate_emotion_group
cibai                      | pred:emotion | 0.85 | hate_emotion_group
cipap                      | pred:emotion | 0.8 | hate_emotion_group
kanina                     | pred:emotion | 0.85 | hate_emotion_group
lanjiao                    | pred:emotion | 0.8 | hate_emotion_group
butoh                      | pred:emotion | 0.8 | hate_emotion_group
kepala bapak               | pred:emotion | 0.75 | hate_emotion_group
kepala hotak               | pred:emotion | 0.7 | hate_emotion_group
babi punya                 | pred:emotion | 0.85 | hate_emotion_group
celaka punya               | pred:emotion | 0.85 | hate_emotion_group
sial punya                 | pred:emotion | 0.8 | hate_emotion_group
bodoh punya                | pred:emotion | 0.8 | hate_emotion_group
re:(^|[.!?]\s*)dasar\b | pred:emotion | 0.65 | hate_emotion_group
menjijikkan betul          | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:attribute: very negative attributes said of a group
kotor                      | pred:attribute | 0.75 | negative_attribute_group
pengotor                   | pred:attribute | 0.8 | negative_attribute_group
busuk                      | pred:attribute | 0.75 | negative_attribute_group
bau busuk                  | pred:attribute | 0.8 | negative_attribute_group
berbau                     | pred:attribute | 0.7 | negative_attribute_group
hapak                      | pred:attribute | 0.75 | negative_attribute_group
hamis                      | pred:attribute | 0.75 | negative_attribute_group
bau kambing                | pred:attribute | 0.8 | negative_attribute_group
tak mandi                  | pred:attribute | 0.7 | negative_attribute_group
tak pernah mandi           | pred:attribute | 0.75 | negative_attribute_group
selekeh                    | pred:attribute | 0.65 | negative_attribute_group
menjijikkan                | pred:attribute | 0.8 | negative_attribute_group
penipu                     | pred:attribute | 0.8 | negative_attribute_group
kaki tipu                  | pred:attribute | 0.8 | negative_attribute_group
kaki kencing               | pred:attribute | 0.75 | negative_attribute_group
pencuri                    | pred:attribute | 0.8 | negative_attribute_group
perompak                   | pred:attribute | 0.8 | negative_attribute_group
penyamun                   | pred:attribute | 0.8 | negative_attribute_group
penyangak                  | pred:attribute | 0.8 | negative_attribute_group
penjenayah                 | pred:attribute | 0.8 | negative_attribute_group
penjahat                   | pred:attribute | 0.75 | negative_attribute_group
pembunuh                   | pred:attribute | 0.85 | negative_attribute_group
perogol                    | pred:attribute | 0.85 | negative_attribute_group
pencabul                   | pred:attribute | 0.8 | negative_attribute_group
pedofil                    | pred:attribute | 0.85 | negative_attribute_group
pengganas                  | pred:attribute | 0.85 | negative_attribute_group
teroris                    | pred:attribute | 0.85 | negative_attribute_group
ekstremis                  | pred:attribute | 0.75 | negative_attribute_group
pelampau                   | pred:attribute | 0.75 | negative_attribute_group
samseng                    | pred:attribute | 0.7 | negative_attribute_group
pengedar dadah             | pred:attribute | 0.75 | negative_attribute_group
bodoh                      | pred:attribute | 0.8 | negative_attribute_group
bangang                    | pred:attribute | 0.75 | negative_attribute_group
bengap                     | pred:attribute | 0.7 | negative_attribute_group
bebal                      | pred:attribute | 0.7 | negative_attribute_group
dungu                      | pred:attribute | 0.7 | negative_attribute_group
tolol                      | pred:attribute | 0.7 | negative_attribute_group
bodoh sombong              | pred:attribute | 0.75 | negative_attribute_group
otak udang                 | pred:attribute | 0.8 | negative_attribute_group
otak lembu                 | pred:attribute | 0.75 | negative_attribute_group
otak kerbau                | pred:attribute | 0.75 | negative_attribute_group
malas                      | pred:attribute | 0.65 | negative_attribute_group
pemalas                    | pred:attribute | 0.7 | negative_attribute_group
jahat                      | pred:attribute | 0.7 | negative_attribute_group
keji                       | pred:attribute | 0.8 | negative_attribute_group
hina                       | pred:attribute | 0.75 | negative_attribute_group
jahil                      | pred:attribute | 0.65 | negative_attribute_group
biadab                     | pred:attribute | 0.75 | negative_attribute_group
biadap                     | pred:attribute | 0.75 | negative_attribute_group
kurang ajar                | pred:attribute | 0.7 | negative_attribute_group
tak beradab                | pred:attribute | 0.75 | negative_attribute_group
kurang adab                | pred:attribute | 0.65 | negative_attribute_group
tak guna                   | pred:attribute | 0.7 | negative_attribute_group
tak berguna                | pred:attribute | 0.75 | negative_attribute_group
sial                       | pred:attribute | 0.6 | negative_attribute_group
celaka                     | pred:attribute | 0.75 | negative_attribute_group
laknat                     | pred:attribute | 0.85 | negative_attribute_group
terkutuk                   | pred:attribute | 0.85 | negative_attribute_group
sesat                      | pred:attribute | 0.7 | negative_attribute_group
tak tahu malu              | pred:attribute | 0.7 | negative_attribute_group
tak sedar diri             | pred:attribute | 0.75 | negative_attribute_group
tak kenang budi            | pred:attribute | 0.75 | negative_attribute_group
tak mengenang budi         | pred:attribute | 0.75 | negative_attribute_group
menumpang di negara orang  | pred:attribute | 0.8 | negative_attribute_group
bangsa penumpang           | pred:attribute | 0.8 | negative_attribute_group
kaum penumpang             | pred:attribute | 0.8 | negative_attribute_group
tamak                      | pred:attribute | 0.65 | negative_attribute_group
haloba                     | pred:attribute | 0.65 | negative_attribute_group
kedekut                    | pred:attribute | 0.65 | negative_attribute_group
licik                      | pred:attribute | 0.7 | negative_attribute_group
khianat                    | pred:attribute | 0.7 | negative_attribute_group
pengkhianat                | pred:attribute | 0.8 | negative_attribute_group
pembelot                   | pred:attribute | 0.75 | negative_attribute_group
talam dua muka             | pred:attribute | 0.7 | negative_attribute_group
munafik                    | pred:attribute | 0.7 | negative_attribute_group
mundur                     | pred:attribute | 0.65 | negative_attribute_group
terkebelakang              | pred:attribute | 0.7 | negative_attribute_group
tak bertamadun             | pred:attribute | 0.8 | negative_attribute_group
tidak bertamadun           | pred:attribute | 0.8 | negative_attribute_group
primitif                   | pred:attribute | 0.75 | negative_attribute_group
liar                       | pred:attribute | 0.7 | negative_attribute_group
ganas                      | pred:attribute | 0.7 | negative_attribute_group
buas                       | pred:attribute | 0.75 | negative_attribute_group
buta huruf                 | pred:attribute | 0.65 | negative_attribute_group
tak berpelajaran           | pred:attribute | 0.65 | negative_attribute_group
tak reti bahasa            | pred:attribute | 0.7 | negative_attribute_group
menyusahkan                | pred:attribute | 0.7 | negative_attribute_group
membebankan                | pred:attribute | 0.75 | negative_attribute_group
beban negara               | pred:attribute | 0.8 | negative_attribute_group
beban masyarakat           | pred:attribute | 0.8 | negative_attribute_group
perosak                    | pred:attribute | 0.75 | negative_attribute_group
perosak bangsa             | pred:attribute | 0.8 | negative_attribute_group
merosakkan negara          | pred:attribute | 0.75 | negative_attribute_group
penceroboh                 | pred:attribute | 0.8 | negative_attribute_group
perampas tanah             | pred:attribute | 0.75 | negative_attribute_group
pelacur                    | pred:attribute | 0.85 | negative_attribute_group
sundal                     | pred:attribute | 0.85 | negative_attribute_group
jalang                     | pred:attribute | 0.85 | negative_attribute_group
murahan                    | pred:attribute | 0.75 | negative_attribute_group
bohsia                     | pred:attribute | 0.75 | negative_attribute_group
songsang                   | pred:attribute | 0.75 | negative_attribute_group
menyimpang                 | pred:attribute | 0.7 | negative_attribute_group
tak normal                 | pred:attribute | 0.7 | negative_attribute_group
tidak normal               | pred:attribute | 0.7 | negative_attribute_group
abnormal                   | pred:attribute | 0.7 | negative_attribute_group
sakit jiwa                 | pred:attribute | 0.75 | negative_attribute_group
tak siuman                 | pred:attribute | 0.7 | negative_attribute_group
hodoh                      | pred:attribute | 0.65 | negative_attribute_group
huduh                      | pred:attribute | 0.65 | negative_attribute_group
tak boleh dipercayai       | pred:attribute | 0.75 | negative_attribute_group
tak boleh percaya          | pred:attribute | 0.75 | negative_attribute_group
tidak boleh dipercayai     | pred:attribute | 0.75 | negative_attribute_group
tak amanah                 | pred:attribute | 0.7 | negative_attribute_group
kaki rasuah                | pred:attribute | 0.75 | negative_attribute_group
makan rasuah               | pred:attribute | 0.75 | negative_attribute_group
makan suap                 | pred:attribute | 0.75 | negative_attribute_group
korup                      | pred:attribute | 0.7 | negative_attribute_group
pembawa masalah            | pred:attribute | 0.75 | negative_attribute_group
punca masalah              | pred:attribute | 0.7 | negative_attribute_group
pengacau                   | pred:attribute | 0.7 | negative_attribute_group
pembawa sial               | pred:attribute | 0.8 | negative_attribute_group
sial majal                 | pred:attribute | 0.8 | negative_attribute_group
tak layak                  | pred:attribute | 0.7 | negative_attribute_group
tak ada perasaan           | pred:attribute | 0.75 | negative_attribute_group
tiada otak                 | pred:attribute | 0.8 | negative_attribute_group
tak ada otak               | pred:attribute | 0.8 | negative_attribute_group
tak ada maruah             | pred:attribute | 0.75 | negative_attribute_group
tiada maruah               | pred:attribute | 0.75 | negative_attribute_group
tak bernilai               | pred:attribute | 0.85 | negative_attribute_group
tak ada nilai              | pred:attribute | 0.8 | negative_attribute_group
# added 2026-12: negated positives with their own negator, menial-work stereotypes, contempt
re:\b(tak|tidak|x|tk|takde|tiada|tak ada|tidak ada|xde)( pernah)? (menyumbang|sumbang|memberi sumbangan|bagi sumbangan|berjasa|membantu negara|buat apa-apa|buat apa2)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(tiada|takde|tak ada|tidak ada|xde|x ada) (apa-apa |apa2 )?(sumbangan|jasa|guna|faedah|manfaat|nilai)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(takde|tak ada|tiada|tidak ada|xde|x ada|tak)( satu| apa)?( benda| perkara| hal)?( pun)?( yang)? (baik|bagus|elok|positif|berguna)( pun)? (pasal|tentang|mengenai|dengan|dari|daripada|kat|pada)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(takde|tak ada|tiada|tidak ada|xde|tak|tidak|x) (ber)?(maruah|harga diri|otak|akal|adab|moral|malu|agama|tamadun|etika|integriti|perasaan|hati perut)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(takkan|tak akan|tidak akan|tak kan|x akan|takan|tak pernah|tidak pernah)( pernah| sekali-kali| sampai bila-bila)? (diterima|dialu-alukan|jadi sebahagian|setaraf|sama taraf|setanding|sama dengan kita|jadi rakyat|jadi orang malaysia|berubah|maju|pandai|bersih|jujur|boleh dipercayai|ikhlas|setia)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(tak|tidak|x|bukan) (setaraf|sama taraf|setanding|sebaik) (dengan )?(kita|kami|kaum lain|orang lain|melayu)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(tak|tidak|x|tk) (boleh|blh) (dipercayai|dipercaya|diharap|diharapkan|diberi muka)\b | pred:attribute | 0.8 | negative_attribute_group
jangan percaya             | pred:attribute | 0.75 | negative_attribute_group
re:\b(sesuai|layak|cuma layak|hanya layak|cuma sesuai|hanya sesuai|patut)( \w+)? (cuci tandas|cuci jamban|cuci longkang|jadi kuli|jadi hamba|jadi orang gaji|kutip sampah|jadi buruh|buat kerja kotor|jaga lembu|gembala)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(cuci tandas|cuci jamban|jadi kuli|jadi hamba|kutip sampah|jadi orang suruhan)( je| saja| sahaja| jela)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(rosak|teruk|kotor|huru-hara|hancur|bahaya|busuk|bising)( \w+)? sejak\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(rosakkan|merosakkan|menghancurkan|hancurkan|memusnahkan|kotorkan|mengotorkan|cemarkan|mencemarkan) (kawasan|negara|taman|kampung|bandar|tempat|masyarakat|bangsa|agama|budaya|sekolah)\b | pred:attribute | 0.75 | negative_attribute_group
memalukan umat manusia     | pred:attribute | 0.85 | negative_attribute_group
re:\b(memalukan|aib kepada|aib pada|mencemarkan|noda kepada|noda pada|jijik kepada) (umat manusia|manusia|bangsa|negara|agama|masyarakat|malaysia|semua orang)\b | pred:attribute | 0.85 | negative_attribute_group
memalukan                  | pred:attribute | 0.6 | negative_attribute_group
re:\b(otak|perangai|kelakuan|sikap) (macam|mcm|seperti) (binatang|haiwan|babi|anjing|beruk|monyet|setan|syaitan|sampah|budak)\b | pred:attribute | 0.85 | negative_attribute_group
penipu semua               | pred:attribute | 0.85 | negative_attribute_group
bodoh semua                | pred:attribute | 0.85 | negative_attribute_group
tak guna semua             | pred:attribute | 0.85 | negative_attribute_group
pencuri semua              | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:dehumanise: animals, vermin, disease, filth
babi                       | pred:dehumanise | 0.9 | dehumanising_group
khinzir                    | pred:dehumanise | 0.9 | dehumanising_group
anjing                     | pred:dehumanise | 0.9 | dehumanising_group
anjing kurap               | pred:dehumanise | 0.95 | dehumanising_group
monyet                     | pred:dehumanise | 0.9 | dehumanising_group
beruk                      | pred:dehumanise | 0.9 | dehumanising_group
kera                       | pred:dehumanise | 0.85 | dehumanising_group
lipas                      | pred:dehumanise | 0.95 | dehumanising_group
tikus                      | pred:dehumanise | 0.9 | dehumanising_group
tikus mondok               | pred:dehumanise | 0.9 | dehumanising_group
kutu                       | pred:dehumanise | 0.85 | dehumanising_group
pijat                      | pred:dehumanise | 0.85 | dehumanising_group
ulat                       | pred:dehumanise | 0.85 | dehumanising_group
cacing                     | pred:dehumanise | 0.85 | dehumanising_group
lintah                     | pred:dehumanise | 0.9 | dehumanising_group
lintah darat               | pred:dehumanise | 0.85 | dehumanising_group
parasit                    | pred:dehumanise | 0.95 | dehumanising_group
binatang                   | pred:dehumanise | 0.9 | dehumanising_group
haiwan                     | pred:dehumanise | 0.85 | dehumanising_group
makhluk hina               | pred:dehumanise | 0.9 | dehumanising_group
macam ular                 | pred:dehumanise | 0.85 | dehumanising_group
ular berbisa               | pred:dehumanise | 0.85 | dehumanising_group
biawak                     | pred:dehumanise | 0.85 | dehumanising_group
serangga                   | pred:dehumanise | 0.85 | dehumanising_group
hama                       | pred:dehumanise | 0.9 | dehumanising_group
kuman                      | pred:dehumanise | 0.9 | dehumanising_group
barah                      | pred:dehumanise | 0.9 | dehumanising_group
barah masyarakat           | pred:dehumanise | 0.95 | dehumanising_group
kanser masyarakat          | pred:dehumanise | 0.95 | dehumanising_group
virus masyarakat           | pred:dehumanise | 0.95 | dehumanising_group
penyakit masyarakat        | pred:dehumanise | 0.95 | dehumanising_group
macam penyakit             | pred:dehumanise | 0.9 | dehumanising_group
adalah penyakit            | pred:dehumanise | 0.9 | dehumanising_group
bawa penyakit              | pred:dehumanise | 0.85 | dehumanising_group
pembawa penyakit           | pred:dehumanise | 0.9 | dehumanising_group
wabak                      | pred:dehumanise | 0.85 | dehumanising_group
sampah                     | pred:dehumanise | 0.85 | dehumanising_group
sampah masyarakat          | pred:dehumanise | 0.95 | dehumanising_group
sampah negara              | pred:dehumanise | 0.95 | dehumanising_group
najis                      | pred:dehumanise | 0.9 | dehumanising_group
tahi                       | pred:dehumanise | 0.85 | dehumanising_group
kotoran                    | pred:dehumanise | 0.85 | dehumanising_group
bangkai                    | pred:dehumanise | 0.85 | dehumanising_group
bukan manusia              | pred:dehumanise | 0.9 | dehumanising_group
tak macam manusia          | pred:dehumanise | 0.85 | dehumanising_group
separuh manusia            | pred:dehumanise | 0.9 | dehumanising_group
tak layak digelar manusia  | pred:dehumanise | 0.9 | dehumanising_group
setan                      | pred:dehumanise | 0.85 | dehumanising_group
syaitan                    | pred:dehumanise | 0.85 | dehumanising_group
iblis                      | pred:dehumanise | 0.85 | dehumanising_group
macam binatang             | pred:dehumanise | 0.9 | dehumanising_group
mcm binatang               | pred:dehumanise | 0.9 | dehumanising_group
perangai binatang          | pred:dehumanise | 0.9 | dehumanising_group
macam tikus                | pred:dehumanise | 0.9 | dehumanising_group
macam lipas                | pred:dehumanise | 0.95 | dehumanising_group
macam anjing               | pred:dehumanise | 0.9 | dehumanising_group
macam babi                 | pred:dehumanise | 0.9 | dehumanising_group
macam monyet               | pred:dehumanise | 0.95 | dehumanising_group
keturunan babi             | pred:dehumanise | 0.95 | dehumanising_group
keturunan monyet           | pred:dehumanise | 0.95 | dehumanising_group
membiak macam              | pred:dehumanise | 0.9 | dehumanising_group
beranak macam              | pred:dehumanise | 0.85 | dehumanising_group
tempat dia di zoo          | pred:dehumanise | 0.9 | dehumanising_group
# added 2026-12: cages, zoos, jungle; wasted oxygen; "nothing more than"
re:\b(dalam|dlm|masuk|kurung dalam|duduk dalam|tempat (diorang|dorang|mereka|depa|dia) (dalam|di|kat)|patut masuk|layak masuk|sesuai dalam|duduk kat|tinggal dalam|tinggal kat) (kandang|zoo|zoo negara|sangkar|longkang|kurungan|reban|kandang babi|kandang lembu|tong sampah)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(balik|pulang|kembali) (ke |masuk )?(hutan|gua|pokok|zoo|kandang)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(membazir|bazir|buang|bazirkan|membazirkan|habiskan) (oksigen|udara|oxygen|beras|nasi|makanan|ruang|tempat)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(tak|tidak|x|bukan) lebih (dari|daripada) (sekadar |cuma |hanya )?(sampah|binatang|haiwan|tikus|lipas|parasit|anjing|babi|beruk|monyet|hama|penyakit|virus|kotoran|tahi|najis|beban|hamba|pelacur|penjenayah|pengganas|pencuri|barang|objek)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\bmakhluk (paling |yang paling |yang )?(hina|jijik|keji|kotor|busuk|menjijikkan|bodoh|jahat|celaka|laknat|terkutuk)\b | pred:dehumanise | 0.9 | dehumanising_group
paling hina                | pred:dehumanise | 0.8 | dehumanising_group
paling jijik               | pred:dehumanise | 0.85 | dehumanising_group
re:\b(macam|mcm|seperti|cam) (kuman|virus|wabak|barah|kanser|hama|kutu|pijat|ulat|lintah|parasit|serangga|cacing|najis|sampah|haiwan|beruk|kera|tikus|lipas)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(membiak|beranak|berkembang biak)( \w+)? (macam|mcm|seperti|cam) (tikus|kucing|arnab|lipas|kuman|binatang|haiwan|nyamuk)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(tak|tidak|x|bukan) (layak )?(dianggap|digelar|dipanggil|jadi|macam|seperti) manusia\b | pred:dehumanise | 0.9 | dehumanising_group
sampah semua               | pred:dehumanise | 0.9 | dehumanising_group
parasit semua              | pred:dehumanise | 0.95 | dehumanising_group
babi semua                 | pred:dehumanise | 0.9 | dehumanising_group
anjing semua               | pred:dehumanise | 0.9 | dehumanising_group

# ---- pred:exclude: expulsion, exclusion, "no place here"
balik negara asal          | pred:exclude | 0.85 | exclusion_group
balik ke negara asal       | pred:exclude | 0.85 | exclusion_group
balik tempat asal          | pred:exclude | 0.8 | exclusion_group
balik negara korang        | pred:exclude | 0.85 | exclusion_group
balik negara kau           | pred:exclude | 0.85 | exclusion_group
balik negara sendiri       | pred:exclude | 0.85 | exclusion_group
pulang ke negara asal      | pred:exclude | 0.8 | exclusion_group
pulang negara asal         | pred:exclude | 0.85 | exclusion_group
hantar balik               | pred:exclude | 0.7 | exclusion_group
hantar pulang              | pred:exclude | 0.7 | exclusion_group
patut dihantar pulang      | pred:exclude | 0.85 | exclusion_group
halau                      | pred:exclude | 0.8 | exclusion_group
halau keluar               | pred:exclude | 0.85 | exclusion_group
halau semua                | pred:exclude | 0.85 | exclusion_group
patut dihalau              | pred:exclude | 0.85 | exclusion_group
usir                       | pred:exclude | 0.8 | exclusion_group
usir keluar                | pred:exclude | 0.85 | exclusion_group
patut diusir               | pred:exclude | 0.85 | exclusion_group
tendang keluar             | pred:exclude | 0.8 | exclusion_group
buang negeri               | pred:exclude | 0.85 | exclusion_group
nyahkan                    | pred:exclude | 0.8 | exclusion_group
patut dideport             | pred:exclude | 0.85 | exclusion_group
tak layak tinggal          | pred:exclude | 0.85 | exclusion_group
tidak layak tinggal        | pred:exclude | 0.85 | exclusion_group
tak layak duduk            | pred:exclude | 0.85 | exclusion_group
tak diterima               | pred:exclude | 0.75 | exclusion_group
tidak diterima             | pred:exclude | 0.75 | exclusion_group
tidak dialu-alukan         | pred:exclude | 0.8 | exclusion_group
tak dialu-alukan           | pred:exclude | 0.8 | exclusion_group
tiada tempat               | pred:exclude | 0.8 | exclusion_group
takde tempat               | pred:exclude | 0.8 | exclusion_group
tak ada tempat             | pred:exclude | 0.8 | exclusion_group
tak patut ada              | pred:exclude | 0.8 | exclusion_group
tak patut duduk            | pred:exclude | 0.8 | exclusion_group
tak perlu ada              | pred:exclude | 0.75 | exclusion_group
jangan bagi masuk          | pred:exclude | 0.8 | exclusion_group
jangan benarkan masuk      | pred:exclude | 0.8 | exclusion_group
jangan bagi duduk          | pred:exclude | 0.8 | exclusion_group
haramkan                   | pred:exclude | 0.75 | exclusion_group
patut diharamkan           | pred:exclude | 0.8 | exclusion_group
tarik kerakyatan           | pred:exclude | 0.85 | exclusion_group
tarik balik kerakyatan     | pred:exclude | 0.85 | exclusion_group
tarik ic                   | pred:exclude | 0.8 | exclusion_group
tak layak jadi rakyat      | pred:exclude | 0.85 | exclusion_group
tak layak mengundi         | pred:exclude | 0.8 | exclusion_group
tak layak undi             | pred:exclude | 0.8 | exclusion_group
pulaukan                   | pred:exclude | 0.75 | exclusion_group
boikot                     | pred:exclude | 0.7 | exclusion_group
asingkan                   | pred:exclude | 0.75 | exclusion_group
jangan kawan dengan        | pred:exclude | 0.75 | exclusion_group
jangan berkawan dengan     | pred:exclude | 0.75 | exclusion_group
jangan sewa                | pred:exclude | 0.75 | exclusion_group
jangan sewakan             | pred:exclude | 0.75 | exclusion_group
jangan ambil kerja         | pred:exclude | 0.75 | exclusion_group
berambus                   | pred:exclude | 0.85 | exclusion_group
blah dari sini             | pred:exclude | 0.8 | exclusion_group
keluar dari malaysia       | pred:exclude | 0.85 | exclusion_group
keluar dari negara ni      | pred:exclude | 0.85 | exclusion_group
keluar dari negara kami    | pred:exclude | 0.85 | exclusion_group
bukan negara korang        | pred:exclude | 0.85 | exclusion_group
bukan tanah korang         | pred:exclude | 0.85 | exclusion_group
bukan tempat korang        | pred:exclude | 0.85 | exclusion_group
bukan tempat kau           | pred:exclude | 0.8 | exclusion_group
tempat korang bukan sini   | pred:exclude | 0.85 | exclusion_group
masukkan dalam kem         | pred:exclude | 0.85 | exclusion_group
hantar ke kem              | pred:exclude | 0.85 | exclusion_group
kurung semua               | pred:exclude | 0.85 | exclusion_group
patut dipenjara            | pred:exclude | 0.8 | exclusion_group
tangkap semua              | pred:exclude | 0.8 | exclusion_group
sekat kemasukan            | pred:exclude | 0.75 | exclusion_group
hentikan kemasukan         | pred:exclude | 0.75 | exclusion_group
tutup sempadan             | pred:exclude | 0.7 | exclusion_group
jauhkan dari               | pred:exclude | 0.75 | exclusion_group
duduk dapur                | pred:exclude | 0.75 | exclusion_group
tempat perempuan di dapur  | pred:exclude | 0.8 | exclusion_group
layak di dapur             | pred:exclude | 0.8 | exclusion_group
# added 2026-12: boats and no return, "better without", children, shops that refuse a group
re:\bjangan (bagi|benarkan|biar|izinkan|bg)( \w+)? (balik|pulang|kembali|masuk|datang|dekat|rapat|tinggal|duduk|kerja|menetap|mengundi|undi|kahwin|sekolah)\b | pred:exclude | 0.8 | exclusion_group
re:\b(naikkan|naik|masukkan|hantar|hantar je|letak|humban|sumbat)( \w+)? (dalam |atas |naik |ke )?(bot|kapal|rakit|tongkang)\b | pred:exclude | 0.6 | exclusion_group
re:\b(jangan|tak payah|tak perlu|x payah)( \w+)? (bagi|benarkan|biar)( \w+)? (balik|pulang|kembali|masuk semula)\b | pred:exclude | 0.85 | exclusion_group
re:\b(lagi|lebih|makin)( \w+)? (bagus|baik|aman|selamat|maju|bersih|tenang|sejahtera|makmur|elok) (kalau|jika|bila|tanpa) (takde|tiada|tak ada|x ada|xde|tanpa|hilang|pergi|balik|keluar|dihalau|diusir)\b | pred:exclude | 0.85 | exclusion_group
re:\b(lagi|lebih|makin) (bagus|baik|aman|selamat|maju|bersih|tenang|sejahtera|makmur|elok)( \w+){0,3} (tanpa|kalau takde|kalau tiada|kalau tak ada|jika tiada)\b | pred:exclude | 0.85 | exclusion_group
re:\b(jauhkan|jauhkan diri|jaga jarak|jangan dekat|jangan rapat|jangan bergaul|jangan berkawan|jangan main)( \w+)? (dari|daripada|dengan|dgn)\b | pred:exclude | 0.75 | exclusion_group
re:\b(dekat|rapat|bergaul|main|berkawan|bercampur|satu kelas|sekelas|sekolah sama)( dengan| dgn)? (anak-anak|anak anak|anak2|anak|budak-budak|budak) (kita|kami|aku|saya|kau|korang|kitorang)\b | pred:exclude | 0.8 | exclusion_group
re:\b(kedai|restoran|rumah|syarikat|bilik|tempat|premis|hotel|kelas|sekolah|gerai|warung|kedai makan|rumah sewa|bilik sewa) (aku|kami|saya|ni|kitorang|kita)( memang)? (tak|tidak|x|tk) (terima|layan|benarkan|sewakan|sewa kepada|ambil|bagi masuk|jual kepada)\b | pred:exclude | 0.85 | exclusion_group
re:\b(tak|tidak|x) (terima|layan|benarkan|sewakan|ambil) (pelanggan|penyewa|pekerja)\b | pred:exclude | 0.8 | exclusion_group
re:\b(jangan|tak payah|x payah|jgn) (undi|pilih|sokong|lantik)\b | pred:exclude | 0.7 | exclusion_group
re:\bhilang( je| sahaja| saja| terus| selamanya)? (dari|daripada) (negara|malaysia|sini|tanah air|kampung|taman|kawasan)\b | pred:exclude | 0.85 | exclusion_group
re:\b(takkan|tak akan|tidak akan|tak kan)( pernah)? diterima\b | pred:exclude | 0.85 | exclusion_group
re:\b(tak|tidak|x) (patut|sepatutnya|layak|berhak)( dibenarkan| dibagi| diberi)? (mengundi|undi|kahwin|berkahwin|bekerja|kerja|tinggal|duduk|menetap|bersekolah|jadi pemimpin|memimpin|ada anak|beranak|masuk)\b | pred:exclude | 0.85 | exclusion_group
keluar dari sini           | pred:exclude | 0.8 | exclusion_group
balik negara               | pred:exclude | 0.8 | exclusion_group
balik kampung korang       | pred:exclude | 0.8 | exclusion_group
pergi mampus               | pred:exclude | 0.85 | exclusion_group
nyah dari sini             | pred:exclude | 0.85 | exclusion_group

# ---- pred:violence: violent wishes and norms
patut dibunuh              | pred:violence | 0.95 | violence_group | severe
wajib dibunuh              | pred:violence | 0.95 | violence_group | severe
harus dibunuh              | pred:violence | 0.95 | violence_group | severe
perlu dibunuh              | pred:violence | 0.95 | violence_group | severe
mesti dibunuh              | pred:violence | 0.95 | violence_group | severe
layak dibunuh              | pred:violence | 0.95 | violence_group | severe
layak mati                 | pred:violence | 0.95 | violence_group | severe
patut mati                 | pred:violence | 0.95 | violence_group | severe
mesti mati                 | pred:violence | 0.95 | violence_group | severe
wajib mati                 | pred:violence | 0.95 | violence_group | severe
halal darah                | pred:violence | 0.95 | violence_group | severe
halal darahnya             | pred:violence | 0.95 | violence_group | severe
bunuh je                   | pred:violence | 0.95 | violence_group | severe
bunuh jela                 | pred:violence | 0.95 | violence_group | severe
bunuh jelah                | pred:violence | 0.95 | violence_group | severe
bunuh semua                | pred:violence | 0.95 | violence_group | severe
bunuh sahaja               | pred:violence | 0.95 | violence_group | severe
bunuh saja                 | pred:violence | 0.95 | violence_group | severe
bunuh diorang              | pred:violence | 0.95 | violence_group | severe
bunuh mereka               | pred:violence | 0.95 | violence_group | severe
bunuh dorang               | pred:violence | 0.95 | violence_group | severe
sembelih semua             | pred:violence | 0.95 | violence_group | severe
patut disembelih           | pred:violence | 0.95 | violence_group | severe
sembelih diorang           | pred:violence | 0.95 | violence_group | severe
sembelih mereka            | pred:violence | 0.95 | violence_group | severe
bakar semua                | pred:violence | 0.95 | violence_group | severe
bakar je                   | pred:violence | 0.9 | violence_group | severe
patut dibakar              | pred:violence | 0.95 | violence_group | severe
bakar hidup-hidup          | pred:violence | 0.95 | violence_group | severe
bakar hidup hidup          | pred:violence | 0.95 | violence_group | severe
tembak je                  | pred:violence | 0.95 | violence_group | severe
tembak semua               | pred:violence | 0.95 | violence_group | severe
patut ditembak             | pred:violence | 0.95 | violence_group | severe
patut ditembak mati        | pred:violence | 0.95 | violence_group | severe
gantung je                 | pred:violence | 0.9 | violence_group | severe
patut digantung            | pred:violence | 0.95 | violence_group | severe
gantung sampai mati        | pred:violence | 0.95 | violence_group | severe
patut direjam              | pred:violence | 0.95 | violence_group | severe
rejam sampai mati          | pred:violence | 0.95 | violence_group | severe
patut dipancung            | pred:violence | 0.95 | violence_group | severe
pancung je                 | pred:violence | 0.95 | violence_group | severe
penggal kepala             | pred:violence | 0.95 | violence_group | severe
hapuskan semua             | pred:violence | 0.95 | violence_group | severe
patut dihapuskan           | pred:violence | 0.95 | violence_group | severe
hapuskan mereka            | pred:violence | 0.95 | violence_group | severe
hapuskan diorang           | pred:violence | 0.95 | violence_group | severe
musnahkan semua            | pred:violence | 0.95 | violence_group | severe
patut dimusnahkan          | pred:violence | 0.95 | violence_group | severe
lenyapkan                  | pred:violence | 0.9 | violence_group | severe
hapus dari muka bumi       | pred:violence | 0.95 | violence_group | severe
lenyap dari muka bumi      | pred:violence | 0.95 | violence_group | severe
bersihkan negara           | pred:violence | 0.9 | violence_group | severe
mampus semua               | pred:violence | 0.9 | violence_group | severe
mati semua                 | pred:violence | 0.9 | violence_group | severe
biar mati                  | pred:violence | 0.9 | violence_group | severe
biar diorang mati          | pred:violence | 0.95 | violence_group | severe
biar mereka mati           | pred:violence | 0.95 | violence_group | severe
tak layak hidup            | pred:violence | 0.95 | violence_group | severe
tak patut hidup            | pred:violence | 0.95 | violence_group | severe
tak berhak hidup           | pred:violence | 0.95 | violence_group | severe
tidak layak hidup          | pred:violence | 0.95 | violence_group | severe
tidak berhak hidup         | pred:violence | 0.95 | violence_group | severe
patut disebat              | pred:violence | 0.9 | violence_group | severe
patut dibelasah            | pred:violence | 0.9 | violence_group | severe
belasah semua              | pred:violence | 0.9 | violence_group | severe
pukul sampai mati          | pred:violence | 0.95 | violence_group | severe
ganyang                    | pred:violence | 0.9 | violence_group | severe
ulang 13 mei               | pred:violence | 0.95 | violence_group | severe
13 mei lagi                | pred:violence | 0.9 | violence_group | severe
bom je                     | pred:violence | 0.9 | violence_group | severe
bom semua                  | pred:violence | 0.95 | violence_group | severe
patut diracun              | pred:violence | 0.95 | violence_group | severe
racun je                   | pred:violence | 0.9 | violence_group | severe
tenggelamkan bot           | pred:violence | 0.9 | violence_group | severe
biar mati lemas            | pred:violence | 0.95 | violence_group | severe
tolak balik ke laut        | pred:violence | 0.85 | violence_group | severe
patut dikasi               | pred:violence | 0.9 | violence_group | severe
semoga mati semua          | pred:violence | 0.95 | violence_group | severe
moga mampus                | pred:violence | 0.9 | violence_group | severe
mampuslah                  | pred:violence | 0.85 | violence_group | severe
# added 2026-12: modal/passive forms ("elok disembelih", "layak digantung"), wishes, "hapuskan"
re:\b(patut|wajib|harus|perlu|mesti|layak|elok|baik|lebih baik|sepatutnya|kena|biar)( je| saja| sahaja| la| lah)? (di(bunuh|sembelih|tembak|gantung|bakar|pancung|penggal|rejam|hapuskan|musnahkan|bom|racun|belasah|pukul|sebat|siksa|seksa|lenyapkan|bunuh mati|tembak mati|hukum mati|campak|humban|tenggelamkan|halau|usir|kasi|kembiri|mandulkan)|kena (bunuh|tembak|gantung|bakar|belasah|pukul|sebat|sembelih|pancung|rejam|hapus|bom))\b | pred:violence | 0.95 | violence_group | severe
re:\b(di(bunuh|sembelih|tembak|gantung|bakar|pancung|penggal|rejam|belasah|racun|bom))( je| sahaja| saja| jela)( semua)?\b | pred:violence | 0.95 | violence_group | severe
re:\b(semua|sume|semuanya) (layak|patut|wajib|kena|perlu|mesti) (di|kena )?(bunuh|sembelih|tembak|gantung|bakar|pancung|rejam|hapuskan|belasah|mati)\b | pred:violence | 0.95 | violence_group | severe
re:\b(layak|patut|cuma layak|hanya layak)( \w+)? (kena belasah|kena pukul|kena bunuh|kena tembak|kena gantung|kena bakar|dipukul|dibelasah|mati|mampus)\b | pred:violence | 0.9 | violence_group | severe
hapuskan                   | pred:violence | 0.85 | violence_group | severe
nak hapuskan               | pred:violence | 0.9 | violence_group | severe
musnahkan                  | pred:violence | 0.85 | violence_group | severe
re:\b(hilang|lenyap|pupus|mampus|mati|musnah)( je| sahaja| saja| terus| semua)? (dari|daripada) (dunia|muka bumi|bumi|atas muka bumi)\b | pred:violence | 0.9 | violence_group | severe
re:\b(semoga|moga|harap|harapnya|aku harap|biar|doakan|moga-moga)( \w+){0,2} (mati|mampus|terbakar|lemas|mati lemas|kena bom|kena langgar|kena tembak|mati katak|mampus semua|musnah|binasa|pupus|celaka)\b | pred:violence | 0.9 | violence_group | severe
re:\b(humban|campak|buang|tolak|lempar|halau)( je| saja)?( semua)? (dalam|ke|ke dalam|masuk) (laut|sungai|gaung|api|neraka|longkang|lombong)\b | pred:violence | 0.9 | violence_group | severe
humban dalam laut          | pred:violence | 0.9 | violence_group | severe
re:\b(pijak|langgar|gilis|lenyek)( je| saja| sampai mati| semua)\b | pred:violence | 0.9 | violence_group | severe
re:\b(tak|tidak|x|tk) (berhak|layak|patut|sepatutnya)( untuk)? (hidup|wujud|bernafas|dilahirkan|ada di dunia|hidup di dunia)\b | pred:violence | 0.95 | violence_group | severe

# ---- pred:threat: first-person intent and direct threats
re:\b(aku|saya|kami|kitorang|kitaorang|kitaorg|den|ak|aq|gua|gue)( akan| nak| mahu| memang nak| confirm| sumpah| nanti| siap)* (bunuh ([^d\W]\w*|d[^i\W]\w*|di[^r\W]\w*|di)|tembak|sembelih|tikam|parang|belasah|bantai|lanyak|penggal|cekik|rogol|pancung|racun|bakar rumah|bakar kedai|bakar kuil|bakar gereja|bakar masjid|pecahkan kepala|patahkan (kaki|tangan|leher|tengkuk))\b | pred:threat | 0.95 | threat_violence | severe
aku bunuh kau              | pred:threat | 0.95 | threat_violence | severe
aku bunuh korang           | pred:threat | 0.95 | threat_violence | severe
kami bunuh semua           | pred:threat | 0.95 | threat_violence | severe
aku tembak                 | pred:threat | 0.95 | threat_violence | severe
aku sembelih               | pred:threat | 0.95 | threat_violence | severe
aku tikam                  | pred:threat | 0.95 | threat_violence | severe
aku parang                 | pred:threat | 0.95 | threat_violence | severe
aku belasah                | pred:threat | 0.9 | threat_violence | severe
aku bantai                 | pred:threat | 0.9 | threat_violence | severe
aku lanyak                 | pred:threat | 0.9 | threat_violence | severe
aku penggal                | pred:threat | 0.95 | threat_violence | severe
aku cekik                  | pred:threat | 0.95 | threat_violence | severe
aku rogol                  | pred:threat | 0.95 | threat_violence | severe
aku bom                    | pred:threat | 0.95 | threat_violence | severe
kami bom                   | pred:threat | 0.95 | threat_violence | severe
aku cari kau               | pred:threat | 0.85 | threat_violence | severe
aku cari korang            | pred:threat | 0.85 | threat_violence | severe
aku tau rumah kau          | pred:threat | 0.95 | threat_violence | severe
aku tahu rumah kau         | pred:threat | 0.95 | threat_violence | severe
aku tau rumah korang       | pred:threat | 0.95 | threat_violence | severe
aku tahu kau tinggal kat mana | pred:threat | 0.9 | threat_violence | severe
siap kau                   | pred:threat | 0.85 | threat_violence | severe
nahas kau                  | pred:threat | 0.85 | threat_violence | severe
mampus kau                 | pred:threat | 0.85 | threat_violence | severe
mati kau                   | pred:threat | 0.85 | threat_violence | severe
tunggu nasib kau           | pred:threat | 0.85 | threat_violence | severe
kami akan serang           | pred:threat | 0.9 | threat_violence | severe
sampai berdarah            | pred:threat | 0.9 | threat_violence | severe
sampai mampus              | pred:threat | 0.9 | threat_violence | severe
pukul sampai patah         | pred:threat | 0.9 | threat_violence | severe
kami datang cari           | pred:threat | 0.85 | threat_violence | severe
# added 2026-12: threats at a person ("belasah kau", "aku tahu kau kerja kat mana"), crews
re:\b(bunuh|belasah|pukul|tikam|tembak|sepak|tumbuk|lempang|bantai|lanyak|hentak|cekik|sembelih|parang|terajang|tampar|penampar|pijak|ganyang|kerjakan|ajar|langgar|bakar rumah|serang|culik|rogol|siram asid|simbah asid|pecahkan (muka|kepala|mulut|gigi|rumah|kereta)|patahkan (kaki|tangan|leher|tulang|gigi|tengkuk)) (kau|ko|korang|hang|hampa|awak|kamu|engkau|lu|mu|hangpa|kalian)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(aku|kami|kitorang|kitaorang|gua|saya|kita|ak|aq)( memang| dah| akan| nak| tau| tahu)* (tau|tahu) (\w+ ){0,2}(kau|ko|korang|awak|kamu|hang|engkau|anak kau|family kau|keluarga kau|mak kau|bini kau) (kerja|tinggal|duduk|sekolah|belajar|lalu|lepak|parking|letak kereta)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(cari|datang|serbu|serang|tunggu|pergi) (rumah|tempat kerja|ofis|sekolah|kedai|kereta|pejabat) (kau|ko|korang|awak|kamu|hang|engkau|mereka|diorang|dorang)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(buat|bagi) (kau|ko|korang|awak|kamu|hang|engkau|diorang|mereka) (menyesal|rasa|merana|menderita|sengsara|insaf|serik)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(kau|ko|korang|awak|kamu|engkau) (akan|nanti|confirm|mesti) (menyesal|merana|mampus|mati|sengsara)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(aku|kami|kitorang|kitaorang|gua|saya|ak|aq|geng aku|budak-budak aku|member aku)( akan| nak| memang nak| confirm| sumpah| nanti| siap| dah plan nak| dah rancang nak| tengah| pergi)+ (buru|memburu|kejar|serbu|serang|pukul|belasah|bunuh|bakar|tembak|tikam|bantai|lanyak|hentam|kerjakan|ganyang|sembelih|tumbuk|terajang|sepak|halau|usir|culik|rogol|simbah|siram)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(sorang-sorang|sorang sorang|seorang demi seorang|satu persatu|satu per satu|sampai habis)\b | pred:threat | 0.5 | threat_violence | severe
re:\b(kitorang|kitaorang|kami|kita|geng aku|budak-budak aku|member aku|aku dengan geng)( \w+)? (nak|akan|mahu|memang nak|dah plan nak|nanti) (pukul|belasah|serang|serbu|bantai|lanyak|hentam|bakar|bunuh|tembak|tikam|kerjakan|ganyang|buru|halau|usir)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(rasa|terasa|teringin|gatal tangan|geram)( nak| mau| mahu)? (tumbuk|lempang|sepak|terajang|tampar|penampar|pukul|belasah|bunuh|tikam|tembak|cekik|hentak|pijak|ludah)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(nak|mahu|teringin nak) (tumbuk|lempang|sepak|terajang|tampar|belasah|pukul|bunuh|tikam|tembak|cekik|hentak|pijak|ludah) (je |saja )?(muka|kepala|mulut)\b | pred:threat | 0.9 | threat_violence | severe
jaga-jaga                  | pred:threat | 0.55 | threat_violence | severe
jaga jaga                  | pred:threat | 0.55 | threat_violence | severe
tunggu nasib               | pred:threat | 0.8 | threat_violence | severe

# ---- ctx:counter: reporting and condemning (adds to ms.context.lex)
# "don't label/lump X as …" answers a generalisation
jangan samakan             | ctx:counter
jangan pukul rata          | ctx:counter
jangan cop                 | ctx:counter
jangan label               | ctx:counter
# "Not all X are …" answers a generalisation
bukan semua                | ctx:counter
tak semua                  | ctx:counter
tidak semua                | ctx:counter
tak baik cakap             | ctx:counter
tak elok cakap             | ctx:counter
salah untuk cakap          | ctx:counter
salah cakap macam tu       | ctx:counter
tak patut kata             | ctx:counter
jangan kata                | ctx:counter
kenyataan rasis            | ctx:counter
komen rasis                | ctx:counter
kata-kata rasis            | ctx:counter
kata kata rasis            | ctx:counter
ucapan rasis               | ctx:counter
kenyataan perkauman        | ctx:counter
berbaur perkauman          | ctx:counter
isu perkauman              | ctx:counter
menghina kaum              | ctx:counter
hina kaum                  | ctx:counter
menghina agama             | ctx:counter
kecam                      | ctx:counter
mengecam                   | ctx:counter
dikecam                    | ctx:counter
kami mengecam              | ctx:counter
tak boleh diterima         | ctx:counter
tidak boleh diterima       | ctx:counter
tidak wajar                | ctx:counter
tak wajar                  | ctx:counter
ada orang kata             | ctx:counter
ada yang kata              | ctx:counter
orang yang cakap           | ctx:counter
sesiapa yang cakap         | ctx:counter
siapa yang cakap           | ctx:counter
dia cakap                  | ctx:counter
dia kata                   | ctx:counter
kononnya                   | ctx:counter
memetik                    | ctx:counter
petikan                    | ctx:counter
sebar kebencian            | ctx:counter
menyebarkan kebencian      | ctx:counter
hasutan                    | ctx:counter
menghasut                  | ctx:counter
stereotaip                 | ctx:counter
jangan jadi rasis          | ctx:counter
stop rasis                 | ctx:counter
hentikan perkauman         | ctx:counter
hentikan kebencian         | ctx:counter
lawan perkauman            | ctx:counter
tolak perkauman            | ctx:counter
kebencian terhadap         | ctx:counter
diskriminasi terhadap      | ctx:counter
prejudis terhadap          | ctx:counter
keganasan terhadap         | ctx:counter
serangan terhadap          | ctx:counter
mangsa perkauman           | ctx:counter
dihina                     | ctx:counter
kena hina                  | ctx:counter
panggil kami               | ctx:counter
dipanggil                  | ctx:counter
istilah                    | ctx:counter
guna perkataan             | ctx:counter
perkataan tu               | ctx:counter
perkataan itu              | ctx:counter
tidak benar                | ctx:counter
fitnah                     | ctx:counter
re:\b(bagaimana|cara) (\w+ ){0,3}(dilayan|dihina|diserang|didiskriminasi|dibuli)\b | ctx:counter
# added 2026-12
re:\b(berhenti|stop|tolong berhenti) (tulis|cakap|kata|sebar|sebarkan|post|kongsi|share|panggil|gelar|hina)\b | ctx:counter
re:\b(sesiapa|siapa|orang) (yang|yg) (tulis|cakap|kata|sebar|post|kongsi|share|panggil|hina)\b | ctx:counter
re:\b(siapa|sape|sapa) (kata|cakap|bilang)\b | ctx:counter
re:\b(takkan|tak akan|tidak akan|tak kan|tak pernah|tidak pernah|x pernah) (cakap|kata|sebut|panggil|gelar|tulis)\b | ctx:counter
re:\bserangan (\w+ ){0,2}(terhadap|ke atas|kepada)\b | ctx:counter
re:\b(tu|itu) (kebencian|bukan pendapat|hasutan)\b | ctx:counter
re:\b(benda|kata-kata|komen|kenyataan|ayat|ucapan|perkataan|post|posting|statement|tulisan) (tu|itu|ni|ini) (kebencian|rasis|perkauman|hasutan|fitnah|diskriminasi|jahat|salah|tak betul|keji)\b | ctx:counter
kita kena tegur             | ctx:counter
bukan pendapat             | ctx:counter
perlu ditegur              | ctx:counter
patut malu                 | ctx:counter
kebencian kaum             | ctx:counter
komen jahat                | ctx:counter
komen kebencian            | ctx:counter
jangan sebar kebencian     | ctx:counter
solidariti                 | ctx:counter

# ---- allow: benign phrases that contain predicate words
bunuh masa                 | allow
sampah sarap               | allow
buang sampah               | allow
kutip sampah               | allow
tong sampah                | allow
lori sampah                | allow
pengutip sampah            | allow
tapak sampah               | allow
pelupusan sampah           | allow
makan babi                 | allow
makan khinzir              | allow
daging khinzir             | allow
tikus makmal               | allow
ulat buku                  | allow
cinta monyet               | allow
benci tapi rindu           | allow
benci jadi cinta           | allow
tahun tikus                | allow
makan serangga             | allow
bela anjing                | allow
pelihara anjing            | allow
bela babi                  | allow
ternak babi                | allow
najis anjing               | allow
najis babi                 | allow
najis mughallazah          | allow
re:\b(anjing|babi|khinzir) (itu |adalah |ialah |kan |tu )?najis\b | allow
tahun babi                 | allow
tahun anjing               | allow
tahun monyet               | allow
tahun ular                 | allow
shio                       | allow
re:\b(hapuskan|musnahkan|hapus|banteras|basmi|basmikan|lenyapkan|hentikan|halau|usir)( semua)?( bentuk)? (diskriminasi|perkauman|rasuah|kemiskinan|kebencian|buli|keganasan|penindasan|stigma|prejudis|stereotaip|nyamuk|tikus|lipas|anai-anai)\b | allow
re:\b(komen|kenyataan|kata-kata|ucapan|gurauan|lawak|label|gelaran|stereotaip|layanan) (yang )?(kotor|jijik|bodoh|hina|keji|menjijikkan|busuk|biadab)\b | allow
bintang                    | allow
bawak                      | allow
jalan                      | allow
menyimpan                  | allow
depot                      | allow
melaut                     | allow
jutaan                     | allow
youtube                    | allow
# added 2026-12: place names containing a slur word
tanjung keling             | allow
kapitan keling             | allow
masjid kapitan keling      | allow
kampung keling             | allow
cacat cela                 | allow
anjing jiran               | allow
re:\b(anjing|kucing|lembu|kambing|ayam|monyet|khinzir|babi|tikus) (jiran|peliharaan|kesayangan|liar|hutan|ternakan|belaan|kampung|sesat)\b | allow
bukit keling               | allow
re:\b(dasar|dasar-dasar) (kerajaan|negara|luar|baru|ekonomi|pendidikan|awam|imigresen|pelarian|syarikat|parti|kita|ini|itu|ni|tu|hukum|pemikiran|teori|utama|yang|pertama|sekolah|laut|ilmu|agama|kewangan|perumahan|kesihatan|bahasa|keselamatan|kerja|pekerjaan|buruh|sosial|baharu)\b | allow
re:\bpada dasarnya\b | allow
re:\b(bilik|wad|kelas|pusat|sekolah|rumah) (oku|cacat|pemulihan)\b | allow
re:\b(barang|produk|kereta|telefon|kain|baju|buah) (\w+ )?cacat\b | allow

# ---- allow: everyday words that the one-letter matcher would misread as a group or predicate word
musim                      | allow
wahai                      | allow
bulat                      | allow
layan                      | allow
awang                      | allow
merta                      | allow
diraja                     | allow
serai                      | allow
bangka                     | allow
karun                      | allow
biaya                      | allow
lebam                      | allow
limah                      | allow
malin                      | allow
batuan                     | allow
kadir                      | allow
sampa                      | allow
salai                      | allow
madya                      | allow
miang                      | allow
murad                      | allow
babah                      | allow
samah                      | allow
singki                     | allow
ganang                     | allow
berau                      | allow
bidak                      | allow
peniup                     | allow
celak                      | allow

# ---- pred:worth: nilai dan hak sesuatu kumpulan; benci hanya bila dinafikan dalam klausanya
# ("X bukan manusia", "X takkan setaraf kita"); tanpa penafian ia pujian. added 2026-12
manusia                    | pred:worth | 0.85 | negative_attribute_group
manusia biasa              | pred:worth | 0.85 | negative_attribute_group
setaraf                    | pred:worth | 0.8 | negative_attribute_group
sama taraf                 | pred:worth | 0.8 | negative_attribute_group
setaraf dengan kita        | pred:worth | 0.8 | negative_attribute_group
boleh dipercayai           | pred:worth | 0.8 | negative_attribute_group
boleh percaya              | pred:worth | 0.8 | negative_attribute_group
jujur                      | pred:worth | 0.75 | negative_attribute_group
amanah                     | pred:worth | 0.75 | negative_attribute_group
pandai                     | pred:worth | 0.75 | negative_attribute_group
bijak                      | pred:worth | 0.75 | negative_attribute_group
cerdik                     | pred:worth | 0.75 | negative_attribute_group
bersih                     | pred:worth | 0.75 | negative_attribute_group
bertamadun                 | pred:worth | 0.8 | negative_attribute_group
beradab                    | pred:worth | 0.8 | negative_attribute_group
diterima                   | pred:worth | 0.8 | negative_attribute_group
dialu-alukan               | pred:worth | 0.8 | negative_attribute_group
dialu alukan               | pred:worth | 0.8 | negative_attribute_group
layak hidup                | pred:worth | 0.85 | negative_attribute_group
layak duduk sini           | pred:worth | 0.8 | negative_attribute_group
layak tinggal di sini      | pred:worth | 0.8 | negative_attribute_group
layak mengundi             | pred:worth | 0.8 | negative_attribute_group
berhak                     | pred:worth | 0.8 | negative_attribute_group
berhak hidup               | pred:worth | 0.85 | negative_attribute_group
ada hak                    | pred:worth | 0.8 | negative_attribute_group
rakyat sebenar             | pred:worth | 0.8 | negative_attribute_group
rakyat malaysia sebenar    | pred:worth | 0.8 | negative_attribute_group
normal                     | pred:worth | 0.75 | negative_attribute_group
setia                      | pred:worth | 0.75 | negative_attribute_group
berguna                    | pred:worth | 0.75 | negative_attribute_group
ada maruah                 | pred:worth | 0.75 | negative_attribute_group
orang baik                 | pred:worth | 0.75 | negative_attribute_group
