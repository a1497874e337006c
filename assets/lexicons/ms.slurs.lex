# Malay (Malaysia, incl. Manglish) slurs that count only when read as people. A `slur` entry counts
# at its full weight when a `ctx:people` word stands right before it ("dasar pondan", "mamat
# bangla"), a `ctx:people_after` word right after it ("bapok tu"), a second-person word is within
# 60 characters, or it is the only word of its sentence; otherwise at a fifth of its weight. A
# `ctx:self` word just before it cuts it to a third. Slurs with no benign sense ("keling", "cina
# babi") are in ms.hate.lex and are not repeated here. Words that are also everyday words (kunyit =
# turmeric, sotong = squid, betina = female animal, paria = bitter gourd) carry `allow` entries for
# their ordinary senses. Words that are also the neutral name of a group ("bangla", "kafir",
# "pendatang") weigh 0.7, just over the line, so that any weakening context drops them.
@format 1
@lang ms
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:people: words that, right before a noun, make it a person or people ----
# "ada" (there is) and "banyak" (much) are left out: "ada kunyit", "banyak sotong" are about food.
orang             | ctx:people |  |  |
si                | ctx:people |  |  |
dasar             | ctx:people |  |  |
semua             | ctx:people |  |  |
semua sekali      | ctx:people |  |  |
para              | ctx:people |  |  |
kaum              | ctx:people |  |  |
puak              | ctx:people |  |  |
golongan          | ctx:people |  |  |
geng              | ctx:people |  |  |
budak             | ctx:people |  |  |
budak-budak       | ctx:people |  |  |
budak2            | ctx:people |  |  |
mamat             | ctx:people |  |  |
mat               | ctx:people |  |  |
minah             | ctx:people |  |  |
awek              | ctx:people |  |  |
bini              | ctx:people |  |  |
perempuan         | ctx:people |  |  |
pompuan           | ctx:people |  |  |
lelaki            | ctx:people |  |  |
pakcik            | ctx:people |  |  |
makcik            | ctx:people |  |  |
ramai             | ctx:people |  |  |
dia               | ctx:people |  |  |
diorang           | ctx:people |  |  |
dorang            | ctx:people |  |  |
mereka            | ctx:people |  |  |
sekumpulan        | ctx:people |  |  |
segelintir        | ctx:people |  |  |
sesetengah        | ctx:people |  |  |
kebanyakan        | ctx:people |  |  |
bangsa            | ctx:people |  |  |
keturunan         | ctx:people |  |  |
jenis             | ctx:people |  |  |
spesis            | ctx:people |  |  |
spesies           | ctx:people |  |  |
makhluk           | ctx:people |  |  |
# "sekor": the classifier for animals, used of people in contempt ("sekor bapok")
sekor             | ctx:people |  |  |

# ---- ctx:people_after: words that, right after a noun, make it people ----
tu                | ctx:people_after |  |  |
ni                | ctx:people_after |  |  |
itu               | ctx:people_after |  |  |
ini               | ctx:people_after |  |  |
semua             | ctx:people_after |  |  |
semuanya          | ctx:people_after |  |  |
sekalian          | ctx:people_after |  |  |
bodoh             | ctx:people_after |  |  |
bangang           | ctx:people_after |  |  |
sial              | ctx:people_after |  |  |
celaka            | ctx:people_after |  |  |
keparat           | ctx:people_after |  |  |
jahanam           | ctx:people_after |  |  |
laknat            | ctx:people_after |  |  |
durjana           | ctx:people_after |  |  |
lahanat           | ctx:people_after |  |  |
haram jadah       | ctx:people_after |  |  |
tak guna          | ctx:people_after |  |  |
tak sedar diri    | ctx:people_after |  |  |
pengotor          | ctx:people_after |  |  |
kotor             | ctx:people_after |  |  |
jijik             | ctx:people_after |  |  |
hina              | ctx:people_after |  |  |
busuk             | ctx:people_after |  |  |

# ---- ctx:self: the speaker belongs to the group (reclaimed use) ----
bangga jadi       | ctx:self |  |  |
bangga menjadi    | ctx:self |  |  |
bangga sebagai    | ctx:self |  |  |
sebagai seorang   | ctx:self |  |  |
kami para         | ctx:self |  |  |
kami golongan     | ctx:self |  |  |
aku seorang       | ctx:self |  |  |
saya seorang      | ctx:self |  |  |
sesama            | ctx:self |  |  |

# ---- slurs: LGBT ----
pondan            | hate | 0.8  | slur_group | slur
bapok             | hate | 0.8  | slur_group | slur
bapuk             | hate | 0.8  | slur_group | slur
darai             | hate | 0.8  | slur_group | slur
# kunyit (turmeric) and sotong (squid): effeminate or gay men
kunyit            | hate | 0.8  | slur_group | slur
sotong            | hate | 0.75 | slur_group | slur
pengkid           | hate | 0.8  | slur_group | slur
pengkids          | hate | 0.8  | slur_group | slur
lesbo             | hate | 0.8  | slur_group | slur
homo              | hate | 0.75 | slur_group | slur
# Hokkien "ah kua": effeminate or trans people (Malaysia, Singapore)
ah kua            | hate | 0.8  | slur_group | slur
ahkua             | hate | 0.8  | slur_group | slur
# "kaum Luth", "kaum Sodom": the people of Lot, said of LGBT people
kaum luth         | hate | 0.7  | slur_group | slur
kaum nabi luth    | hate | 0.7  | slur_group | slur
kaum sodom        | hate | 0.75 | slur_group | slur
geng songsang     | hate | 0.75 | slur_group | slur

# ---- slurs: Indian Malaysians ----
kling             | hate | 0.8  | slur_group | slur severe
# "tambi" (younger brother, Tamil): said of Indian men in contempt; also a friendly call at the mamak
tambi             | hate | 0.5  | slur_group | slur
# "paria" (pariah caste); also the bitter gourd
paria             | hate | 0.8  | slur_group | slur
ah neh            | hate | 0.8  | slur_group | slur
peminum kencing lembu | hate | 0.85 | slur_group | severe
minum air kencing lembu | hate | 0.8 | slur_group | slur

# ---- slurs: Chinese Malaysians ----
cina sepet        | hate | 0.85 | slur_group | severe
# "sepet": slit-eyed
sepet             | hate | 0.75 | slur_group | slur
cina tongsan      | hate | 0.8  | slur_group | slur
# "pendatang" (newcomer): Chinese and Indian Malaysians told they do not belong; also migrants
pendatang         | hate | 0.5  | slur_group | slur
kaum pendatang    | hate | 0.75 | slur_group | slur

# ---- slurs: Malays (from other communities) ----
# Hokkien "huan na" (barbarian), "malai kui" (Malay ghost)
huan na           | hate | 0.8  | slur_group | slur
huana             | hate | 0.8  | slur_group | slur
hoana             | hate | 0.8  | slur_group | slur
malai kui         | hate | 0.8  | slur_group | slur
malaikui          | hate | 0.8  | slur_group | slur
melayu celup      | hate | 0.75 | slur_group | slur

# ---- slurs: Indonesians, Bangladeshi, Myanmar and Nepali migrants ----
indon             | hate | 0.75 | slur_group | slur
indons            | hate | 0.75 | slur_group | slur
mat indon         | hate | 0.8  | slur_group | slur
minah indon       | hate | 0.8  | slur_group | slur
indon haram       | hate | 0.8  | slur_group |
indoneshit        | hate | 0.85 | slur_group | severe
bangla            | hate | 0.5  | slur_group | slur
banglas           | hate | 0.75 | slur_group | slur
mat bangla        | hate | 0.8  | slur_group | slur
mamat bangla      | hate | 0.8  | slur_group | slur
mat nepal         | hate | 0.7  | slur_group | slur
mat myanmar       | hate | 0.7  | slur_group | slur
mat rohingya      | hate | 0.75 | slur_group | slur
# "pendatang haram" (illegal immigrant): the legal phrase, and a slur at migrants; news use is allowed below
pendatang haram   | hate | 0.5  | slur_group | slur

# ---- slurs: Orang Asli, Africans ----
# "sakai", "jakun": Orang Asli peoples' names used for "backward, uncouth"
sakai             | hate | 0.8  | slur_group | slur
jakun             | hate | 0.75 | slur_group | slur
negro             | hate | 0.5  | slur_group | slur
negro hitam       | hate | 0.85 | slur_group | severe

# ---- slurs: religion ----
kafir             | hate | 0.5  | slur_group | slur
kapir             | hate | 0.8  | slur_group | slur
kafir harbi       | hate | 0.75 | slur_group | slur
kafir laknat      | hate | 0.85 | slur_group | severe
penyembah berhala | hate | 0.75 | slur_group | slur
penyembah patung  | hate | 0.75 | slur_group | slur
penyembah tokong  | hate | 0.75 | slur_group | slur
penyembah salib   | hate | 0.8  | slur_group | slur
# "Qadiani": Ahmadi Muslims
qadiani           | hate | 0.8  | slur_group | slur

# ---- slurs: women ----
# "betina" (female animal) said of a woman
betina            | hate | 0.75 | slur_group | slur
sundal            | hate | 0.8  | slur_group | slur
jalang            | hate | 0.8  | slur_group | slur
bohsia            | hate | 0.8  | slur_group | slur
perempuan murahan | hate | 0.75 | slur_group | slur
janda gatal       | hate | 0.7  | slur_group | slur

# ---- slurs: disability ----
terencat          | hate | 0.8  | slur_group | slur
terencat akal     | hate | 0.8  | slur_group | slur
# "mongol" (from "mongoloid"): people with Down syndrome, said as "stupid"
mongol            | hate | 0.75 | slur_group | slur
mongoloid         | hate | 0.8  | slur_group | slur
retard            | hate | 0.85 | slur_group | slur
retarded          | hate | 0.75 | slur_group | slur
budak cacat       | hate | 0.7  | slur_group | slur
otak cacat        | hate | 0.7  | slur_group | slur
# insults that name a disability and count on their own (no `slur` flag): "cacat" and "OKU" alone
# are everyday words ("hujah cacat", "kad OKU", "dasar OKU" = OKU policy), only these frames insult
si cacat          | hate | 0.75 | slur_group |
re:\b(perangai|otak|macam|mcm|cam) oku\b | hate | 0.7 | slur_group |

# ---- allow: everyday senses of the words above ----
# turmeric
re:\b(serbuk|air|nasi|pulut|akar|daun|hirisan|sedikit|sikit|secubit|sesudu|sudu|letak|letakkan|masukkan|tambah|tambahkan|campur|campurkan|guna|gunakan|kisar|tumbuk|parut|hiris|perap|perapan|bubuh|halia|lengkuas|serai|warna|kuning|rempah|bawang|minyak|teh|jamu|masak|masakan|ikan|ayam|ketam|udang|gulai|kari|rendang|lemak|kuah|ubat|sabun|masker|krim|losyen|lulur|mandi|pokok|tanam|kebun|ladang|bunga|batang|jus|susu|hidup|beli|jual|dan|dengan|atau) kunyit\b | allow |  |  |
re:\bkunyit (hidup|basah|kering|serbuk|muda|tua|bakar|segar|hitam|putih|dan|halia|lengkuas|serai|sikit|sedikit|secukup|secukupnya|sebesar|seinci|sehiris|sebatang|dikisar|ditumbuk|diparut|dihiris|parut|kisar|tumbuk|hiris|untuk|mengandungi|kaya|curcumin|kurkumin|susu|latte|madu|air|jus|campur|dalam|kepada|pada|supaya|agar|membantu|bantu|dapat|mampu|sangat|amat|perlu|boleh|bagus|baik|mahal|murah|sekilo|per|atau|dengan)\b | allow |  |  |
re:\bkunyit (ni|tu|ini|itu) (bagus|baik|elok|sedap|segar|mahal|murah|banyak|sikit|sedikit|boleh|untuk|dah|sudah|harus|perlu|kena|memang|sangat|amat|dari|daripada|beli|tanam)\b | allow |  |  |
# squid
re:\b(goreng|kari|sambal|gulai|masak|bakar|celup|kangkung|mee|mi|nasi|kuey teow|kueytiau|laksa|sate|satay|salai|kering|jeruk|dakwat|tinta|ikan|udang|ketam|kerang|makan|makanan|beli|jual|tangkap|pancing|memancing|candat|mencandat|bot|kapal|nelayan|harga|sekilo|segar|hidup|besar|kecil|seekor|anak|telur|keropok|bebola|bola|sup|tom yam|tomyam|paprik|butter|mentega|kicap|rangup|tepung|calamari|dan|dengan|atau) sotong\b | allow |  |  |
re:\bsotong (goreng|kari|sambal|gulai|masak|bakar|celup|kangkung|kering|jeruk|sumbat|kukus|rebus|salai|segar|hidup|mentah|besar|kecil|kurita|katak|mabuk|hitam|putih|karang|torak|kembang|dan|atau|sedap|mahal|murah|sekilo|per|tepung|rangup|butter|kicap|paprik|tomyam|tom yam|tempura|calamari|squid|dakwat|tinta|dengan|dalam|untuk|kena|dimasak|digoreng|dibakar|disalai|dicelup|segar|bersih|dibersihkan|potong|dipotong)\b | allow |  |  |
re:\bsotong (ni|tu|ini|itu) (sedap|segar|mahal|murah|besar|kecil|fresh|masak|goreng|bakar|berapa|rm|dah|sudah|beli|dari|daripada|liat|lembut|rangup)\b | allow |  |  |
# bitter gourd
re:\b(sayur|goreng|jus|buah|masak|tumis|kerabu|sambal|sup|air|rebus|pokok|tanam|beli|makan|pahit|hiris|dan|atau|telur|ikan bilis|udang) paria\b | allow |  |  |
re:\bparia (goreng|sumbat|masak|rebus|tumis|katak|pahit|telur|ikan bilis|udang|dan|atau|jus|hiris|dihiris|ni pahit|tu pahit)\b | allow |  |  |
# a mamak-shop order, "tambi, teh tarik satu"
re:\btambi,? (teh|roti|kopi|milo|nasi|mee|mi|satu|dua|tiga|kira|order|air|tapau|bungkus|tambah|kosong|ais|limau|sirap|neslo|maggi)\b | allow |  |  |
# the Jakun as a people
re:\b(suku|kaum|masyarakat|etnik|bahasa|kampung|orang asli|komuniti|penduduk) jakun\b | allow |  |  |
re:\b(orang asli|suku kaum|etnik) sakai\b | allow |  |  |
# animals and plants
re:\b(ayam|kucing|anjing|lembu|kambing|kerbau|biri-biri|biri|domba|kuda|itik|angsa|burung|ikan|ular|harimau|singa|gajah|rusa|monyet|kera|beruk|tikus|arnab|babi|nyamuk|lebah|labah-labah|semut|penyu|buaya|unta|merak|induk|haiwan|binatang|ternakan|bunga|pokok|tumbuhan|kelamin|jantina|spesies|seekor|anak|jantan dan|jantan atau|jantan ke) betina\b | allow |  |  |
re:\bbetina (dan|atau|ke) jantan\b | allow |  |  |
re:\b(binatang|kucing|anjing|burung|kuda|haiwan|ayam) jalang\b | allow |  |  |
sundal malam      | allow |  |  |
sundal bolong     | allow |  |  |
# Sepet, Yasmin Ahmad's film; one's own eyes
re:\b(filem|cerita|movie|film|tonton|menonton) sepet\b | allow |  |  |
re:\bmata (aku|saya|ku|dia|dia memang|aku memang|saya memang) sepet\b | allow |  |  |
# newcomers in show business and sport; immigration news
re:\bpendatang (baru|asing|tanpa izin|sah|sementara)\b | allow |  |  |
re:\b(\d+|puluhan|ratusan|ribuan|seramai|seorang|beberapa|dua|tiga|lima|sepuluh) (orang )?pendatang haram\b | allow |  |  |
re:\bpendatang haram (ditahan|diberkas|dicekup|ditangkap|dihantar pulang|dideportasi|didakwa|dikesan|termasuk|warga)\b | allow |  |  |
re:\b(tahan|berkas|cekup|serbuan|operasi|ops|tangkap|penahanan|isu|masalah|lambakan) pendatang haram\b | allow |  |  |
re:\bdasar pendatang (asing|haram)\b | allow |  |  |
re:\bkaum pendatang (dari|pada|yang datang|ke tanah melayu|di tanah melayu|abad|ke malaya|di malaya)\b | allow |  |  |
# theology
re:\b(orang-orang|orang2) kafir\b | allow |  |  |
re:\bkafir (quraisy|quraish|mekah|makkah|zimmi|dzimmi|musta'man|muahad|mu'ahad)\b | allow |  |  |
# stunted growth, clinical and news use
re:\b(pertumbuhan|perkembangan|pembangunan|ekonomi|proses|kemajuan|projek|rancangan|tumbesaran) (\w+ )?terencat\b | allow |  |  |
re:\b(gadis|remaja|wanita|lelaki|kanak-kanak|pelajar|mangsa|pesakit|individu|seorang|anak|adik|murid) (\w+ )?terencat akal\b | allow |  |  |
# history
re:\b(empayar|empire|tentera|bangsa|kerajaan|orang|negara|pahlawan|penakluk|dinasti|sejarah) mongol\b | allow |  |  |
re:\bmongol (empire|empayar|menyerang|menakluk|menakluki|dinasti)\b | allow |  |  |
homo sapiens      | allow |  |  |
homo erectus      | allow |  |  |
# the language Bangla
re:\b(lagu|bahasa|filem|cerita|tulisan|huruf|dalam|cakap|bercakap) bangla\b | allow |  |  |
# places
tanjung keling    | allow |  |  |
kampung kling     | allow |  |  |

# ---- allow: everyday words the speller would otherwise read as a misspelt or glued slur
# ("karut" → "kraut", "pereka" → "perek a")
karut             | allow |  |  |
pereka            | allow |  |  |

# ---- ctx:ingroup: the writer counting themself in; a slur within 8 characters of one, in the
# same clause, is the group's own word for itself (reclaimed use). Added by the engine's author. ----
kitorang          | ctx:ingroup |  |  |
kitaorang         | ctx:ingroup |  |  |
kiteorang         | ctx:ingroup |  |  |
kami              | ctx:ingroup |  |  |
kita              | ctx:ingroup |  |  |
aku ni            | ctx:ingroup |  |  |
aku               | ctx:ingroup |  |  |
saya              | ctx:ingroup |  |  |
kami ni           | ctx:ingroup |  |  |
kita ni           | ctx:ingroup |  |  |
sesama            | ctx:ingroup |  |  |
geng kami         | ctx:ingroup |  |  |
