# Malay hate: slurs and attacks on ethnic groups (Chinese, Indian, Malay, migrant workers),
# religions, LGBT people and women. Animal and filth words count only next to a group name.
@format 1
@lang ms
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- slurs ----
keling            | hate | 0.8 | slur_group | severe
kling             | hate | 0.65 | slur_group | needs=target,group
keling karat      | hate | 0.9 | slur_group | severe
paria             | hate | 0.5 | slur_group | needs=target,group
tambi             | hate | 0.25 | slur_group | needs=target,group
cina babi         | hate | 0.85 | slur_group | severe
babi cina         | hate | 0.85 | slur_group | severe
cina kafir        | hate | 0.7 | slur_group | severe
balik cina        | hate | 0.7 | hate_group_attack |
balik tongsan     | hate | 0.75 | hate_group_attack | severe
balik india       | hate | 0.7 | hate_group_attack |
balik benua       | hate | 0.4 | hate_group_attack | needs=group
penyembah lembu   | hate | 0.7 | slur_group | severe
indon             | hate | 0.45 | slur_group |
indons            | hate | 0.45 | slur_group |
mat bangla        | hate | 0.45 | slur_group | needs=target,group
bangla            | hate | 0.25 | slur_group | needs=target,group
pendatang         | hate | 0.3 | hate_group_attack | needs=target,group
kaum pendatang    | hate | 0.4 | hate_group_attack |
pondan            | hate | 0.5 | slur_group | needs=target,group
bapok             | hate | 0.6 | slur_group | needs=target,group
darai             | hate | 0.45 | slur_group | needs=target,group
songsang          | hate | 0.45 | hate_group_attack | needs=group
golongan songsang | hate | 0.55 | hate_group_attack |
kafir             | hate | 0.2 | hate_group_attack | needs=target
kapir             | hate | 0.4 | slur_group | needs=target,group

# ---- dehumanising words (only next to a group) ----
babi              | hate | 0.55 | dehumanising_group | needs=group
anjing            | hate | 0.5 | dehumanising_group | needs=group
monyet            | hate | 0.55 | dehumanising_group | needs=group
beruk             | hate | 0.5 | dehumanising_group | needs=group
kera              | hate | 0.4 | dehumanising_group | needs=group
binatang          | hate | 0.45 | dehumanising_group | needs=group
lipas             | hate | 0.5 | dehumanising_group | needs=group
tikus             | hate | 0.3 | dehumanising_group | needs=group
parasit           | hate | 0.45 | dehumanising_group | needs=group
sampah            | hate | 0.4 | dehumanising_group | needs=group
penyakit          | hate | 0.25 | dehumanising_group | needs=group
najis             | hate | 0.4 | dehumanising_group | needs=group
re:\b(mereka|korang|diorang|dorang|depa|kaum|bangsa|puak|golongan) (\w+ )?(ni |tu |memang |semua |hanya )*(binatang|babi|anjing|monyet|beruk|kera|lipas|tikus|parasit|sampah|najis|bukan manusia)\b | hate | 0.6 | dehumanising_group | needs=group

# ---- attacks on named groups ----
re:\b(cina|melayu|india|keling|indon|bangla|yahudi|kristian|kristen|hindu|kafir|pondan|bapok|lgbt|gay|syiah|pendatang|rohingya|perempuan|betina) (semua |memang |ni |tu |mmg |macam |dasar )*(babi|anjing|bodoh|bangang|sial|celaka|sampah|penipu|pencuri|kotor|busuk|pengotor|pengkhianat|penjajah|laknat|jahanam|malas|tamak|penyakit|songsang|pemalas|perompak|penyamun)\b | hate | 0.7 | hate_group_attack |
re:\b(dasar|memang) (cina|keling|indon|bangla|yahudi|kafir|pondan|bapok)\b | hate | 0.55 | hate_group_attack |
re:\b(halau|usir|hapuskan|nyahkan) (semua )?(cina|india|keling|indon|yahudi|lgbt|pondan|melayu)\b | hate | 0.7 | hate_group_attack |
re:\b(halau|usir|hantar balik) (semua )?(bangla|pendatang|rohingya|pelarian|pati)\b | hate | 0.4 | hate_group_attack |
re:\b(lgbt|gay|pondan|bapok|mak nyah|songsang)( ni| tu| adalah)? (penyakit|sampah|laknat|najis|menjijikkan|jijik|songsang|sakit jiwa|patut dibunuh|patut dihapuskan|patut direjam)\b | hate | 0.65 | hate_group_attack |
re:\b(perempuan|wanita|betina)( ni| tu)? (hanya|cuma|just) (layak |tahu )?(kat|di) (dapur|katil|rumah)\b | hate | 0.55 | hate_group_attack |
re:\b(orang|puak|bangsa) (cina|india|keling|melayu|indon|bangla) (ni |tu )?(memang )?(tak boleh percaya|tak sedar diri|tak kenang budi|menumpang)\b | hate | 0.55 | hate_group_attack |

# ---- Groups likened to vermin, expelled or called crooks; misogyny (added 2026-12, original work, MIT) ----
re:\b(cina|melayu|india|keling|indon|bangla|yahudi|pendatang|rohingya|pondan|bapok|mereka|diorang|dorang) (ni |tu |semua )*(macam|mcm|cam|seperti|sama macam) (lipas|tikus|babi|anjing|monyet|beruk|kera|parasit|sampah|binatang|kutu)\b | hate | 0.7 | dehumanising_group | severe
re:\b(halau|usir) (semua|je semua|semuanya)\b | hate | 0.45 | hate_group_attack | needs=group
re:\b(semua|semuanya) (patut|kena|mesti|wajib) (dihalau|dibunuh|dibuang|diusir|dihapuskan)\b | hate | 0.6 | hate_group_attack | needs=group
re:\b(indon|bangla|cina|keling|pendatang) (semua )?(penyangak|penipu|pencuri|perompak|penjenayah|pembunuh|perogol|kotor)\b | hate | 0.65 | hate_group_attack |
re:\bjangan (bagi|benarkan|biar) (dorang |diorang |mereka )?masuk (malaysia|negara|kampung)\b | hate | 0.4 | hate_group_attack | needs=group
re:\b(perempuan|betina|wanita|orang pompuan) (ni |tu |semua )?(otak (letak )?(kat|di) lutut|bodoh|tak layak jadi (ketua|pemimpin))\b | hate | 0.65 | hate_group_attack |

# ---- slurs missing before (2026-12; words known to the developers, weights kept low where the word has an ordinary sense) ----
kunyit              | hate | 0.6 | slur_group | needs=target,group
sotong              | hate | 0.55 | slur_group | needs=target
bohsia              | hate | 0.6 | slur_group | needs=target
terencat            | hate | 0.6 | slur_group | needs=target
jakun               | hate | 0.6 | slur_group | needs=target,group
sakai               | hate | 0.65 | slur_group | needs=target,group
pengkid             | hate | 0.6 | slur_group | needs=target
