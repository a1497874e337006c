# Indonesian context words: targets (formal and slang "you", vocatives), protected groups, negators,
# counter-speech, self-reference and benign collocations that contain a flagged word.
@format 1
@lang id
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:target: second person (formal, slang, regional) and vocatives ----
kamu              | ctx:target |  |  |
kmu               | ctx:target |  |  |
km                | ctx:target |  |  |
kau               | ctx:target |  |  |
engkau            | ctx:target |  |  |
dikau             | ctx:target |  |  |
anda              | ctx:target |  |  |
lu                | ctx:target |  |  |
lo                | ctx:target |  |  |
loe               | ctx:target |  |  |
elu               | ctx:target |  |  |
elo               | ctx:target |  |  |
luh               | ctx:target |  |  |
lw                | ctx:target |  |  |
ente              | ctx:target |  |  |
antum             | ctx:target |  |  |
situ              | ctx:target |  |  |
kalian            | ctx:target |  |  |
klian             | ctx:target |  |  |
kelen             | ctx:target |  |  |
sampeyan          | ctx:target |  |  |
koe               | ctx:target |  |  |
kowe              | ctx:target |  |  |
sia               | ctx:target |  |  |
maneh             | ctx:target |  |  |
dirimu            | ctx:target |  |  |
mukamu            | ctx:target |  |  |
otakmu            | ctx:target |  |  |
mulutmu           | ctx:target |  |  |
kepalamu          | ctx:target |  |  |
matamu            | ctx:target |  |  |
bapakmu           | ctx:target |  |  |
ibumu             | ctx:target |  |  |
emakmu            | ctx:target |  |  |
keluargamu        | ctx:target |  |  |
kelakuanmu        | ctx:target |  |  |
omonganmu         | ctx:target |  |  |
dasar             | ctx:target |  |  |
woi               | ctx:target |  |  |
woy               | ctx:target |  |  |
# "oi!" opening a sentence; bare "oi" is also Vietnamese "ơi" without marks ("trời ơi") (2026-12)
re:(^|[.!?,]\s*)oi\b | ctx:target |  |  |
heh               | ctx:target |  |  |
hei               | ctx:target |  |  |
bro               | ctx:target |  |  |
bang              | ctx:target |  |  |
bung              | ctx:target |  |  |
cuy               | ctx:target |  |  |
coy               | ctx:target |  |  |
gan               | ctx:target |  |  |
nyet              | ctx:target |  |  |
njing             | ctx:target |  |  |

# ---- ctx:group: religions, ethnicities, nationalities, genders, orientations, disabilities ----
islam             | ctx:group |  |  |
muslim*           | ctx:group |  |  |
umat islam        | ctx:group |  |  |
kristen           | ctx:group |  |  |
nasrani           | ctx:group |  |  |
katolik           | ctx:group |  |  |
protestan         | ctx:group |  |  |
hindu             | ctx:group |  |  |
buddha            | ctx:group |  |  |
budha             | ctx:group |  |  |
konghucu          | ctx:group |  |  |
yahudi            | ctx:group |  |  |
ahmadiyah         | ctx:group |  |  |
syiah             | ctx:group |  |  |
ateis             | ctx:group |  |  |
kafir             | ctx:group |  |  |
non muslim        | ctx:group |  |  |
cina              | ctx:group |  |  |
china             | ctx:group |  |  |
tionghoa          | ctx:group |  |  |
aseng             | ctx:group |  |  |
arab              | ctx:group |  |  |
batak             | ctx:group |  |  |
jawa              | ctx:group |  |  |
sunda             | ctx:group |  |  |
madura            | ctx:group |  |  |
minang            | ctx:group |  |  |
bugis             | ctx:group |  |  |
ambon             | ctx:group |  |  |
dayak             | ctx:group |  |  |
betawi            | ctx:group |  |  |
papua             | ctx:group |  |  |
orang papua       | ctx:group |  |  |
orang timur       | ctx:group |  |  |
rohingya          | ctx:group |  |  |
india             | ctx:group |  |  |
pribumi           | ctx:group |  |  |
non pribumi       | ctx:group |  |  |
pendatang         | ctx:group |  |  |
imigran           | ctx:group |  |  |
pengungsi         | ctx:group |  |  |
orang asing       | ctx:group |  |  |
bule              | ctx:group |  |  |
orang hitam       | ctx:group |  |  |
negro             | ctx:group |  |  |
perempuan         | ctx:group |  |  |
wanita            | ctx:group |  |  |
cewek             | ctx:group |  |  |
cewe              | ctx:group |  |  |
kaum hawa         | ctx:group |  |  |
janda             | ctx:group |  |  |
lgbt*             | ctx:group |  |  |
gay               | ctx:group |  |  |
lesbi*            | ctx:group |  |  |
homo              | ctx:group |  |  |
waria             | ctx:group |  |  |
transgender       | ctx:group |  |  |
bencong           | ctx:group |  |  |
banci             | ctx:group |  |  |
penyandang disabilitas | ctx:group |  |  |
disabilitas       | ctx:group |  |  |
difabel           | ctx:group |  |  |
orang cacat       | ctx:group |  |  |
kaum              | ctx:group |  |  |
etnis             | ctx:group |  |  |
suku              | ctx:group |  |  |
agama             | ctx:group |  |  |
umat              | ctx:group |  |  |

# ---- ctx:negation ----
tidak             | ctx:negation |  |  |
tdk               | ctx:negation |  |  |
tak               | ctx:negation |  |  |
bukan             | ctx:negation |  |  |
bkn               | ctx:negation |  |  |
bukannya          | ctx:negation |  |  |
jangan            | ctx:negation |  |  |
jgn               | ctx:negation |  |  |
nggak             | ctx:negation |  |  |
ngga              | ctx:negation |  |  |
enggak            | ctx:negation |  |  |
engga             | ctx:negation |  |  |
gak               | ctx:negation |  |  |
ga                | ctx:negation |  |  |
gk                | ctx:negation |  |  |
ndak              | ctx:negation |  |  |
ora               | ctx:negation |  |  |

# ---- ctx:counter: reporting or condemning abuse ----
jangan menyebut   | ctx:counter |  |  |
jangan sebut      | ctx:counter |  |  |
jangan mengatakan | ctx:counter |  |  |
jangan berkata    | ctx:counter |  |  |
jangan ngomong kasar | ctx:counter |  |  |
jangan bilang gitu | ctx:counter |  |  |
jangan ngatain    | ctx:counter |  |  |
jangan mengejek   | ctx:counter |  |  |
tidak boleh mengatakan | ctx:counter |  |  |
tidak boleh menyebut | ctx:counter |  |  |
gak boleh ngatain | ctx:counter |  |  |
stop bilang       | ctx:counter |  |  |
berhenti menyebut | ctx:counter |  |  |
berhenti mengatakan | ctx:counter |  |  |
dia bilang aku    | ctx:counter |  |  |
dia bilang saya   | ctx:counter |  |  |
dia bilang gue    | ctx:counter |  |  |
dia bilang gw     | ctx:counter |  |  |
mereka bilang aku | ctx:counter |  |  |
katanya aku       | ctx:counter |  |  |
ngatain aku       | ctx:counter |  |  |
aku dibilang      | ctx:counter |  |  |
saya dibilang     | ctx:counter |  |  |
gue dibilang      | ctx:counter |  |  |
gw dibilang       | ctx:counter |  |  |
aku dipanggil     | ctx:counter |  |  |
saya dipanggil    | ctx:counter |  |  |
ngatain saya      | ctx:counter |  |  |
ngatain gue       | ctx:counter |  |  |
ngatain gw        | ctx:counter |  |  |
ngatain orang     | ctx:counter |  |  |
dikatain          | ctx:counter |  |  |
dikatai           | ctx:counter |  |  |
menyebut saya     | ctx:counter |  |  |
menyebutku        | ctx:counter |  |  |
memanggilku       | ctx:counter |  |  |
mengataiku        | ctx:counter |  |  |
dihina            | ctx:counter |  |  |
dibully           | ctx:counter |  |  |
di bully          | ctx:counter |  |  |
perundungan       | ctx:counter |  |  |
kata kasar        | ctx:counter |  |  |
kata-kata kasar   | ctx:counter |  |  |
ujaran kebencian  | ctx:counter |  |  |
itu rasis         | ctx:counter |  |  |
sangat rasis      | ctx:counter |  |  |
tidak pantas      | ctx:counter |  |  |
# "gak pantes" alone is also the insult ("gak pantes sekolah bareng kita"); only "not right to say" counts (2026-12)
re:\b(gak|ga|nggak|tidak|tak|gk) (pantes|pantas) (ngomong|bilang|ngatain|menghina|nyebut|manggil|ngejek)\b | ctx:counter |  |  |
laporkan          | ctx:counter |  |  |
dilaporkan        | ctx:counter |  |  |
sudah saya laporkan | ctx:counter |  |  |

# ---- ctx:self: speaking of oneself ----
aku memang        | ctx:self |  |  |
aku emang         | ctx:self |  |  |
aku tuh           | ctx:self |  |  |
aku ini           | ctx:self |  |  |
saya ini          | ctx:self |  |  |
saya memang       | ctx:self |  |  |
gue emang         | ctx:self |  |  |
gw emang          | ctx:self |  |  |
gue tuh           | ctx:self |  |  |
gw tuh            | ctx:self |  |  |
gue ini           | ctx:self |  |  |
diriku            | ctx:self |  |  |
betapa bodohnya aku | ctx:self |  |  |

# ---- allow: benign phrases containing flagged words ----
anjing peliharaan | allow |  |  |
anjing saya       | allow |  |  |
anjing kami       | allow |  |  |
anjingku          | allow |  |  |
anjing kecil      | allow |  |  |
anjing pelacak    | allow |  |  |
anjing liar       | allow |  |  |
anjing laut       | allow |  |  |
anjing ras        | allow |  |  |
ras anjing        | allow |  |  |
anjing herder     | allow |  |  |
anjing golden     | allow |  |  |
anjing menggonggong | allow |  |  |
anak anjing lucu  | allow |  |  |
rabies anjing     | allow |  |  |
gigitan anjing    | allow |  |  |
daging anjing     | allow |  |  |
daging babi       | allow |  |  |
babi guling       | allow |  |  |
babi panggang     | allow |  |  |
babi hutan        | allow |  |  |
babi hutan*       | allow |  |  |
sate babi         | allow |  |  |
flu babi          | allow |  |  |
ternak babi       | allow |  |  |
peternakan babi   | allow |  |  |
demam babi        | allow |  |  |
mengandung babi   | allow |  |  |
minyak babi       | allow |  |  |
topeng monyet     | allow |  |  |
cinta monyet      | allow |  |  |
monyet ekor panjang | allow |  |  |
tai lalat         | allow |  |  |
tahi lalat        | allow |  |  |
tahi ayam         | allow |  |  |
setan merah       | allow |  |  |
kuda lumping      | allow |  |  |
otak udang galah  | allow |  |  |
bom waktu         | allow |  |  |
bom ikan          | allow |  |  |
bom asap          | allow |  |  |
bom molotov       | allow |  |  |
bom atom          | allow |  |  |
bom bunuh diri    | allow |  |  |
mati lampu        | allow |  |  |
mati listrik      | allow |  |  |
mati gaya         | allow |  |  |
mati kutu         | allow |  |  |
mati suri         | allow |  |  |
bunuh waktu       | allow |  |  |
bikin mati ketawa | allow |  |  |
ngakak sampe mati | allow |  |  |
ngakak sampai mati | allow |  |  |
pengen mati ketawa | allow |  |  |
mati ketawa       | allow |  |  |
puting beliung    | allow |  |  |
kanker payudara   | allow |  |  |
pemeriksaan payudara | allow |  |  |
menyusui          | allow |  |  |
air susu ibu      | allow |  |  |
kocok arisan      | allow |  |  |
ngocok arisan     | allow |  |  |
kocok ulang       | allow |  |  |
ngocok kartu      | allow |  |  |
kocok telur       | allow |  |  |
pentil ban        | allow |  |  |
ass wr wb         | allow |  |  |
bodo amat         | allow |  |  |
bodoamat          | allow |  |  |
bodo amet         | allow |  |  |
bodo ah           | allow |  |  |
ass. wr. wb       | allow |  |  |
ass wr. wb        | allow |  |  |
re:\b((aku|gue|gua|gw|saya|ak|aq) )?((\w+ )?(pengen|pengin|pingin|pgn|mau|ingin|bisa|rasanya) )?mati (ketawa|ngakak|kebosanan|kelaparan|kepanasan|kedinginan|penasaran|gaya|kutu|lampu) | allow |  |  |

# ---- ctx:target: third person and pointing at someone (insulting a person who is talked about is
# ---- still harassment); added 2026-11-29 by the engine maintainers, original work ----
dia | ctx:target
mereka | ctx:target
orang ini | ctx:target
orang itu | ctx:target
orang kayak gini | ctx:target
cowok ini | ctx:target
cewek ini | ctx:target
bapak ini | ctx:target
ibu ini | ctx:target
anak ini | ctx:target
bocah ini | ctx:target
si dia | ctx:target
tuh orang | ctx:target
nih orang | ctx:target
orang2 ini | ctx:target
manusia ini | ctx:target
manusia kayak gini | ctx:target

# ---- ctx:counter: "never give your OTP" warnings (added 2026-12, original work, MIT) ----
re:\b(jangan|jgn|jangan pernah|jgn pernah|tidak boleh|gak boleh) (pernah )?(kasih|kasi|berikan|kirim|bagikan|sebar|share|kasih tau|kasih tahu|kasitau) (kode |kode otp |nomor )?(otp|pin|password|kata sandi|kode verifikasi)\b | ctx:counter |  |  |
re:\b(termasuk|walaupun|meskipun) (yg|yang) (ngaku|mengaku)\b | ctx:counter |  |  |
# ---- allow: sex education; "memekik" (to shriek) holds a vulgar word ----
pendidikan seks   | allow |  |  |
pendidikan seksual | allow |  |  |
edukasi seks      | allow |  |  |
# an allow span must be wider than the hit it cancels: take the word edges with it
re:(^|\W)memekik\w*(\W|$) | allow |  |  |

# ---- ctx:contrast: the word that turns a sentence round ("I'm not racist but ..."): a negator before it
# with nothing named between disclaims the writer and negates nothing after it
tapi              | ctx:contrast
tetapi            | ctx:contrast
namun             | ctx:contrast
tp                | ctx:contrast
