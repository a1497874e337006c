# Indonesian abuse aimed at one person: insults said to or about someone, mother insults, threats
# and death wishes, in the everyday online register (Jakarta slang, some Javanese, Sundanese and
# Sumatran swearing). Complements id.harassment.lex: words already listed there are not repeated;
# this file adds missing words, aimed forms ("lu/kamu ... X", "dasar X", "X lu"), and benign
# collocations of animal and everyday words that the insults contain.
# Latin words of four letters or more join the spelling corrector's vocabulary, so words whose
# one-letter slips are English words are left out ("bedes" would take "beds", "wedus" "weds",
# "kirik" the "krik krik" of an awkward silence).
@format 1
@lang id
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:target: second person and vocatives missing from id.context.lex ----
siah              | ctx:target |  |  |
awakmu            | ctx:target |  |  |
koen              | ctx:target |  |  |
mbak              | ctx:target |  |  |
mba               | ctx:target |  |  |
neng              | ctx:target |  |  |
hidupmu           | ctx:target |  |  |
wajahmu           | ctx:target |  |  |
tampangmu         | ctx:target |  |  |
badanmu           | ctx:target |  |  |
ortumu            | ctx:target |  |  |
anakmu            | ctx:target |  |  |

# ---- insults: words not yet in id.harassment.lex (need someone aimed at) ----
bedebah           | harassment | 0.6  | insult_at_person | needs=target
kehed             | harassment | 0.6  | insult_at_person | needs=target
menjijikan        | harassment | 0.55 | insult_at_person | needs=target
haram jadah       | harassment | 0.65 | insult_at_person | needs=target
beban keluarga    | harassment | 0.55 | insult_at_person | needs=target
orang gak berguna | harassment | 0.6  | insult_at_person | needs=target
pantek            | harassment | 0.6  | profanity_at_person | needs=target
kimak             | harassment | 0.6  | profanity_at_person | needs=target
re:\b(banyak|kebanyakan|kbanyakan) (bacot|bacod|bct|bacotan|omong kosong)\b | harassment | 0.55 | insult_at_person | needs=target
re:\b(otak|otakmu|otaknya)( lu| lo| elu| elo| kamu| kau| km)? (di ?mana|ditaruh mana|taruh mana|ketinggalan|dijual|dipake dong|dipakai dong|buat apa)\b | harassment | 0.6 | insult_at_person | needs=target
re:\b(punya|pake|pakai|dipake|dipakai|gunain|gunakan) otak(nya|mu)? (dong|donk|napa|ngapa|kenapa|dikit|sedikit)\b | harassment | 0.55 | insult_at_person | needs=target
re:\b(gak|ga|nggak|ngga|tidak) (pernah )?(diajarin|diajari|dididik) (sama |oleh |ama )?(ortu|orang tua|ortumu|emakmu|bapakmu|ibumu|emak|bokap|nyokap)\b | harassment | 0.6 | insult_at_person | needs=target

# ---- insults abusive on their own (no target needed) ----
anak lonte        | harassment | 0.8  | insult_at_person |
anak pelacur      | harassment | 0.75 | insult_at_person |
anak sundal       | harassment | 0.75 | insult_at_person |
anak perek        | harassment | 0.7  | insult_at_person |
anak jadah        | harassment | 0.7  | insult_at_person |
anak haram jadah  | harassment | 0.75 | insult_at_person |
manusia sampah    | harassment | 0.7  | insult_at_person |
manusia gak berguna | harassment | 0.7 | insult_at_person |
manusia tidak berguna | harassment | 0.7 | insult_at_person |
manusia gak guna  | harassment | 0.7  | insult_at_person |
pukimak           | harassment | 0.75 | profanity_at_person |
pukimai           | harassment | 0.75 | profanity_at_person |
puki mak          | harassment | 0.75 | profanity_at_person |

# ---- aimed forms: "lu/kamu (itu/emang/kayak) X", "dasar X", "bacot lu" ----
# (words of the aimed patterns in id.harassment.lex are left out here)
re:\b(lu|lo|loe|elu|elo|luh|lw|kau|kamu|km|kmu|anda|sia|siah|kalian|ente|maneh|kowe|koe|awakmu) (itu |tuh |emang |memang |sungguh |bener |beneran |ternyata |cuma |cuman |hanya |hanyalah |udah |sangat |paling |juga |kayak |kaya |kek |kyk |seperti |mirip |dasar )*(bedebah|kehed|asu|celeng|kera|beruk|tikus got|kecoa|lintah|benalu|parasit|beban keluarga|aib keluarga|manusia sampah|sampah masyarakat|loser|begundal|pembohong|budek|picek|bebal|koplok|geblek|bahlul|belegug|jablay|pecun|gampangan|menjijikan|rendahan|gak berguna|ga berguna|nggak berguna|tidak berguna|tak berguna|gak guna|ga guna|gak ada gunanya|tidak ada gunanya)\b | harassment | 0.7 | insult_at_person |
re:\bdasar (\w+ )?(bedebah|kehed|asu|celeng|kera|beruk|tikus|kecoa|lintah|benalu|parasit|beban keluarga|manusia sampah|sampah masyarakat|loser|begundal|pembohong|pendusta|penipu|gak berguna|ga berguna|nggak berguna|tidak berguna|gak guna|gak tau diri|ga tau diri|nggak tau diri|tidak tahu diri|gak tau malu|ga tau malu|tidak tahu malu|muka tembok|muka dua|tukang fitnah|otak udang|otak dengkul|otak kosong|pantek|pukimak|haram jadah|anak haram|anak lonte|anak jadah|jalang|pecun|gampangan|menjijikan|menjijikkan|najis|rendahan|busuk|bolot|budek|picek)\b | harassment | 0.7 | insult_at_person |
re:\b(bacot|bacod|bct|cocot|congor|cangkem|bacotan)( aja| doang| mulu| terus| amat| banget| bgt)? (lu|lo|loe|elu|elo|luh|lw|kau|kamu|sia|siah|ente|kalian|maneh)\b | harassment | 0.65 | insult_at_person |
re:\b(masuk|ke|pergi ke) neraka (aja|saja|sana|sono|ajalah|sanalah)\b | harassment | 0.65 | insult_at_person |
re:\b(masuk|ke|pergi ke) neraka( aja| saja| sana| sono)? (lu|lo|elu|elo|kau|kamu|sia|kalian|ente)\b | harassment | 0.7 | insult_at_person |
re:\bke laut (aja|aje|ajah|saja|sana) (lu|lo|elu|elo|kau|kamu|sia|kalian)\b | harassment | 0.55 | insult_at_person |
re:\b(enyah|minggat|enyahlah|minggatlah)( aja| sana| dari sini)* (lu|lo|elu|elo|kau|kamu|sia|kalian|dari hadapanku|dari hadapan gue|dari sini)\b | harassment | 0.6 | insult_at_person |

# ---- mother and family insults ----
re:\b(emak|mak|mamak|nyokap|ibu|bapak|bokap|ayah|ortu|keluarga|kakak|adik|adek)( lu| lo| elu| elo| loe| kau| kamu| sia| luh| lw|mu) (itu |tuh |emang |juga |pasti |kan |dulu )*(lonte|pelacur|perek|jalang|sundal|jablay|pecun|pelakor|gundik|anjing|babi|monyet|bangsat|bajingan|kontol|memek)\b | harassment | 0.8 | insult_at_person |

# ---- appearance aimed at someone (body_shaming) ----
buntelan kentut   | harassment | 0.5  | body_shaming | needs=target
re:\bdasar (\w+ )?(jelek|gendut|gembrot|gembul|pesek|dekil|burik|buluk|cebol|tonggos|kerempeng|cungkring|jerawatan|tepos|buntelan kentut|kuda nil|gajah bengkak|muka jelek|muka burik)\b | harassment | 0.65 | body_shaming |
re:\b(lu|lo|elu|elo|kau|kamu|km|anda|sia) (itu |tuh |emang |memang |udah |kok |makin |tambah )*(gendut|jelek|gembrot|pesek|dekil|burik|cebol|buluk|tonggos|kerempeng|cungkring|tepos|buruk rupa|kayak babi|kaya babi|kek babi|kayak gajah|kek gajah|kayak kuda nil|kayak tong|kayak karung)\b | harassment | 0.6 | body_shaming |
re:\b(muka|tampang|wajah)( lu| lo| elu| kamu| kau|mu|nya)? (kayak|kaya|kek|kyk|mirip|seperti) (tai|taik|pantat|bokong|babi|anjing|monyet|kera|setan|genderuwo|tuyul|kodok|comberan|keset|pantat panci)\b | harassment | 0.6 | body_shaming | needs=target

# ---- threats of violence ----
re:\b(gue|gw|gua|aku|saya|ane|kami|w|ak|aq)( \w+)? (abisin|abisi|remukin|bonyokin|tampol|tampar|jotos|cincang|kubur|mutilasi|patahin|congkel|sobek) (lu|lo|loe|elu|elo|luh|lw|kau|kamu|km|anda|kalian|sia|maneh|ente)\b | harassment | 0.85 | threat_violence | severe
re:\b(gue|gw|gua|aku|saya|ane|kami|w)( \w+)? (bikin|buat) (lu|lo|elu|elo|kau|kamu|kalian|anda) (babak belur|bonyok|cacat|lumpuh|koma|masuk kubur|masuk liang kubur|gak bisa jalan|ga bisa jalan|mati|mampus|modar|sekarat|berdarah-darah|buta)\b | harassment | 0.9 | threat_violence | severe
re:\b(gue|gw|gua|w|ane)( akan| bakal| bakalan| pasti| sumpah)+ (cari|nyari|nemuin|temuin|kejar|ngejar|buru|ngeburu|samperin|datengin|datangin|susul|tandain|incer|incar) (lu|lo|loe|elu|elo|luh|lw|sia|maneh|ente|kalian|rumah lu|rumah lo|keluarga lu|keluarga lo)\b | harassment | 0.8 | threat_violence | severe
re:\b(cari|nyari|kejar|ngejar|buru|ngeburu|temuin|samperin|datengin)(in)? (lu|lo|elu|elo|loe|sia|kalian) (sampe|sampai) (ke )?(lubang semut|liang kubur|neraka|mati|mampus|modar|dapet|dapat|ketemu|ujung dunia)\b | harassment | 0.8 | threat_violence | severe
re:\b(jangan|jgn) (sampe|sampai) (gue|gw|gua|aku|saya|kami|w) (ketemu|liat|lihat|nemu|jumpa|papasan) (lu|lo|elu|elo|kau|kamu|kalian|sia|muka lu|muka lo|mukamu)\b | harassment | 0.75 | threat_violence | severe
re:\b(gue|gw|gua|aku|saya|kami)( \w+)? (tau|tahu|udah tau|udah tahu|dapet|dapat)( \w+)? (alamat|rumah|sekolah|kantor|kos|kosan|tempat kerja|tempat tinggal) (anak|istri|suami|ortu|orang tua|keluarga|pacar|adik|adek|emak|nyokap|bokap) ?(lu|lo|elu|elo|kamu|kau|anda|mu)\b | harassment | 0.85 | threat_violence | severe
re:\b(umur|nyawa|hidup)( lu| lo| elu| kamu| kau|mu) (gak|ga|nggak|tidak|tak) (bakal |akan )?(lama|panjang)( lagi)?\b | harassment | 0.85 | threat_violence | severe
re:\b(lu|lo|elu|elo|kau|kamu|kalian|sia)( \w+){0,2} (gak|ga|nggak|tidak|tak) (bakal|akan|bakalan)( \w+)? (selamat|hidup lama|lolos|bisa lolos|bisa kabur)\b | harassment | 0.8 | threat_violence | severe
re:\b(hati-hati|hati hati|hati2|ati-ati|ati2|waspada)( aja| saja| ya| lho| deh)* (lu|lo|elu|elo|loe|luh|lw|sia|kalian|maneh)\b | harassment | 0.6 | threat_violence |
re:\b(lu|lo|elu|elo|kau|kamu|sia|kalian) (\w+ )?(cari mati|nyari mati|cari mampus|nyari mampus|cari ribut sama gue|nantangin gue|nantang gue)\b | harassment | 0.65 | threat_violence |
urusan kita belum selesai | harassment | 0.55 | threat_violence | needs=target

# ---- wishes of death and harm ----
re:\b(matilah|mampuslah|modarlah|mati sajalah|mati ajalah|mampus ajalah) (kau|kamu|lu|lo|elu|elo|kalian|sia|engkau|anda)\b | harassment | 0.8 | wish_harm | severe
re:\b(gue|gw|gua|aku|saya|kami) (doain|doakan|sumpahin|sumpahi|kutuk|nyumpahin) (lu|lo|elu|elo|kamu|kau|anda|kalian|keluarga lu|keluargamu|anak lu|anakmu) (cepet |cepat |lekas |biar |supaya |agar )*(mati|mampus|modar|celaka|kecelakaan|kena kanker|kena azab|masuk neraka|sengsara|menderita|cacat|mandul|jatuh miskin|dilaknat)\b | harassment | 0.85 | wish_harm | severe
re:\b(semoga|moga|mudah-mudahan|moga2|smoga)( aja| saja)? (cepet|cepat|lekas|segera) (mati|mampus|modar|koit|dijemput malaikat maut|masuk neraka)\b | harassment | 0.75 | wish_harm | severe
semoga cepat mampus | harassment | 0.8 | wish_harm | severe
moga cepet mampus | harassment | 0.8 | wish_harm | severe

# ---- allow: calling oneself names ("gue bego banget") is not aimed at anyone ----
re:\b(aku|gue|gua|gw|saya|ak|aq)( emang| memang| tuh| ini| sih| kok| bener2| beneran)? (bego|bodoh|goblok|goblog|tolol|oon|dungu|bloon|lemot)( banget| bgt| amat| sekali| bener)?\b | allow |  |  |

# ---- allow: animal and everyday words used literally ----
anjing tetangga   | allow |  |  |
anjing penjaga    | allow |  |  |
anjing kampung    | allow |  |  |
anjing pudel      | allow |  |  |
anjing polisi     | allow |  |  |
anjing lucu       | allow |  |  |
anjingnya lucu    | allow |  |  |
makanan anjing    | allow |  |  |
kandang anjing    | allow |  |  |
memelihara anjing | allow |  |  |
babi ngepet       | allow |  |  |
babi rusa         | allow |  |  |
lemak babi        | allow |  |  |
kulit babi        | allow |  |  |
gelatin babi      | allow |  |  |
nasi babi         | allow |  |  |
bakmi babi        | allow |  |  |
babi kecap        | allow |  |  |
babi hong         | allow |  |  |
kambing hitam     | allow |  |  |
sate kambing      | allow |  |  |
daging kambing    | allow |  |  |
kambing guling    | allow |  |  |
susu kambing      | allow |  |  |
tai kucing        | allow |  |  |
tai sapi          | allow |  |  |
tai ayam          | allow |  |  |
sampah organik    | allow |  |  |
sampah anorganik  | allow |  |  |
kantong sampah    | allow |  |  |
sampah rumah tangga | allow |  |  |
# "otak-otak" is a fish cake; beef and goat brain is a dish
re:\botak[- ]otak (udang|ikan|bakar|goreng|sapi)\b | allow |  |  |
re:\b(gulai|sop|sup|goreng|masak|olahan|pepes|kari|tumis|resep|menu) otak (sapi|kambing)\b | allow |  |  |
re:\botak (sapi|kambing) (goreng|gulai|balado|masak|rebus|bakar|crispy)\b | allow |  |  |
