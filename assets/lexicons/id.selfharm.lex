# Indonesian self-harm: telling someone to kill or hurt themselves (encouragement, severe) and
# first-person statements of risk. News about "bunuh diri" stays weak; "bom bunuh diri" and
# "mati ketawa" are allowed in id.context.lex.
@format 1
@lang id
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- encouragement ----
bunuh diri aja    | self_harm | 0.9 | self_harm_encouragement | severe
bunuh diri aj     | self_harm | 0.9 | self_harm_encouragement | severe
bunuh diri ajah   | self_harm | 0.9 | self_harm_encouragement | severe
bunuh diri saja   | self_harm | 0.85 | self_harm_encouragement | severe
bunuh diri sana   | self_harm | 0.9 | self_harm_encouragement | severe
bundir aja        | self_harm | 0.9 | self_harm_encouragement | severe
bundir sana       | self_harm | 0.9 | self_harm_encouragement | severe
gantung diri aja  | self_harm | 0.9 | self_harm_encouragement | severe
gantung diri sana | self_harm | 0.9 | self_harm_encouragement | severe
minum racun aja   | self_harm | 0.85 | self_harm_encouragement | severe
minum baygon aja  | self_harm | 0.85 | self_harm_encouragement | severe
minum baygon sana | self_harm | 0.85 | self_harm_encouragement | severe
re:\b(lu|lo|loe|elu|elo|luh|lw|kamu|km|kau|anda|kalian|sia|ente) (\w+ )?(mending|mendingan|lebih baik|lebih baek|sebaiknya|harusnya|better|buruan|cepetan|sekalian) (bunuh diri|bundir|gantung diri|mati|minum racun|minum baygon|loncat dari \w+|terjun dari \w+|nabrakin diri|potong nadi)\b | self_harm | 0.85 | self_harm_encouragement | severe
re:\b(bunuh diri|bundir|gantung diri|minum racun|minum baygon|loncat dari \w+|terjun dari \w+|potong nadi|sayat nadi)( aja| saja| ajah| sana| sono| lah| deh| dong)+ (lu|lo|loe|elu|elo|kamu|kau|anda|kalian|sia)\b | self_harm | 0.95 | self_harm_encouragement | severe
re:\b(kenapa|knp|napa|ngapain|kok) (gak|ga|nggak|ngga|tidak|gk|enggak) (bunuh diri|bundir|gantung diri|mati) (aja|saja|sekalian)\b | self_harm | 0.85 | self_harm_encouragement | severe
re:\b(dunia|semua orang|keluargamu|keluarga lu) (akan |bakal )?(lebih baik|lebih baek|lebih tenang|lebih damai) (tanpa|kalau gak ada|kalo ga ada|jika tidak ada) (lu|lo|elu|kamu|kau|anda)\b | self_harm | 0.75 | self_harm_encouragement | severe
re:\b(gak|ga|tidak|nggak|ngga) (ada )?(yang |yg )?(bakal |akan )?(peduli|kangen|sedih|nangis|rindu) (kalau|kalo|klo|jika) (lu|lo|elu|kamu|kau|anda) (mati|bunuh diri|mampus|gak ada)\b | self_harm | 0.7 | self_harm_encouragement |

# ---- first-person risk ----
re:\b(aku|gue|gua|gw|saya|ak|w|ku|aq) (\w+ )?(ingin|pengen|pengin|pingin|pgn|mau|mw|kepengen|kepingin|ingin sekali|berniat|mikir buat|mikir untuk|kepikiran) (bunuh diri|bundir|mati aja|mati saja|mengakhiri hidup|akhiri hidup|gantung diri|minum racun|menghilang selamanya|gak hidup lagi|ga hidup lagi|tidak hidup lagi)\b | self_harm | 0.8 | self_harm_risk | severe
re:\b(aku|gue|gua|gw|saya|ak|aq) (\w+ )?(ingin|pengen|pengin|pingin|pgn|kepengen) mati\b | self_harm | 0.6 | self_harm_risk |
re:\b(pengen|pengin|pingin|pgn|ingin|mau) mati (aja|saja|ajah)\b | self_harm | 0.65 | self_harm_risk |
re:\b(lebih baik|mending|mendingan|lebih baek) (aku|gue|gw|saya|ak) (mati|gak ada|ga ada|tidak ada|gak usah hidup|gak pernah lahir|tidak pernah lahir)\b | self_harm | 0.75 | self_harm_risk | severe
re:\b(aku|gue|gw|saya|ak) (udah |sudah |udh )?(gak|ga|tidak|nggak|ngga|tak) (kuat|sanggup|mau|ingin|pengen) (hidup|lanjut hidup|menjalani hidup)( lagi)?\b | self_harm | 0.7 | self_harm_risk | severe
re:\b(capek|capai|cape|lelah|muak|bosan|bosen) (hidup|menjalani hidup|dengan hidup ini|sama hidup)\b | self_harm | 0.5 | self_harm_risk |
re:\b(semua orang|keluargaku|keluarga gue|mereka) (akan |bakal )?(lebih baik|lebih bahagia|lebih tenang) (tanpa|kalau gak ada|kalo ga ada|jika tidak ada) (aku|gue|gw|saya|diriku)\b | self_harm | 0.7 | self_harm_risk | severe
re:\b(gak|ga|tidak|nggak) ada (alasan|gunanya|artinya) (untuk |buat )?(hidup|aku hidup|gue hidup|saya hidup)\b | self_harm | 0.6 | self_harm_risk |
re:\b(aku|gue|gw|saya|ak) (\w+ )?(nyilet|menyilet|menyayat|sayat|silet|melukai|nyakitin|menyakiti) (tangan|lengan|nadi|paha|diri)( sendiri| aku| ku|ku)?\b | self_harm | 0.7 | self_harm_risk | severe
re:\b(ini )?(pesan|postingan|status|tulisan|surat) (terakhir|perpisahan) ?(ku|aku|gue|saya)\b | self_harm | 0.6 | self_harm_risk |
re:\bberapa (banyak |butir )?(obat|pil|paracetamol|parasetamol|obat tidur|baygon) (buat|untuk|biar|supaya|agar) (mati|bunuh diri|overdosis|od)\b | self_harm | 0.9 | self_harm_risk | severe
re:\bcara (bunuh diri|mati) (yang )?(cepat|tanpa rasa sakit|tidak sakit|gak sakit|paling mudah|paling gampang)\b | self_harm | 0.9 | self_harm_risk | severe
cara bunuh diri   | self_harm | 0.7 | self_harm_risk | severe
mengakhiri hidupku | self_harm | 0.8 | self_harm_risk | severe
akhiri hidupku    | self_harm | 0.8 | self_harm_risk | severe
ingin bunuh diri  | self_harm | 0.7 | self_harm_risk | severe
pengen bunuh diri | self_harm | 0.7 | self_harm_risk | severe
pengen bundir     | self_harm | 0.7 | self_harm_risk | severe
kepikiran bunuh diri | self_harm | 0.75 | self_harm_risk | severe
pikiran bunuh diri | self_harm | 0.5 | self_harm_risk |
self harm         | self_harm | 0.35 | self_harm_risk |
selfharm          | self_harm | 0.4 | self_harm_risk |
sayat nadi        | self_harm | 0.55 | self_harm_risk |
potong nadi       | self_harm | 0.55 | self_harm_risk |
bunuh diri        | self_harm | 0.25 | self_harm_risk |
bundir            | self_harm | 0.35 | self_harm_risk |
overdosis         | self_harm | 0.2 | self_harm_risk |

# ---- more encouragement ----
gantung diri lah  | self_harm | 0.85 | self_harm_encouragement | severe
bunuh diri deh    | self_harm | 0.85 | self_harm_encouragement | severe
bunuh diri lah    | self_harm | 0.85 | self_harm_encouragement | severe
potong nadi aja   | self_harm | 0.85 | self_harm_encouragement | severe
minum racun sana  | self_harm | 0.85 | self_harm_encouragement | severe
re:\b(loncat|lompat|terjun|nyebur) (aja |saja )?(dari|ke) (jembatan|gedung|lantai \w+|tebing|jurang|rel|sungai|laut)( aja| saja| sana| sono)\b | self_harm | 0.75 | self_harm_encouragement | severe
re:\b(akhiri|akhirin|selesaikan|sudahi) (aja |saja )?(hidup|hidupmu|hidup lu|hidup lo|hidup kamu|nyawa lu|nyawamu)\b | self_harm | 0.85 | self_harm_encouragement | severe
re:\b(ngapain|buat apa|untuk apa|gunanya apa) (lu|lo|elu|kamu|kau|anda) (masih )?hidup\b | self_harm | 0.6 | self_harm_encouragement |
re:\b(hidup|hidupmu|hidup lu|hidup lo|hidup kamu) (gak|ga|tidak|nggak) (ada )?(guna|gunanya|berguna|berarti|artinya)\b | self_harm | 0.5 | self_harm_encouragement | needs=target

# ---- more first-person risk ----
re:\b(capek|capai|cape|lelah|muak|bosan|bosen) (banget |bgt |sekali |sama |dengan |dgn )+(hidup|hidupku|hidup gue|hidup ini)\b | self_harm | 0.5 | self_harm_risk |
re:\b(aku|gue|gw|saya) (udah |sudah )?(gak|ga|tidak|nggak) (kuat|sanggup|tahan) lagi\b | self_harm | 0.4 | self_harm_risk |
re:\b(pengen|ingin|mau|pingin) (menghilang|hilang) (selamanya|dari dunia|aja dari dunia ini)\b | self_harm | 0.6 | self_harm_risk |
re:\b(pengen|ingin|mau|pingin) tidur (selamanya|dan (gak|ga|tidak|nggak) bangun lagi)\b | self_harm | 0.65 | self_harm_risk | severe
re:\b(hidupku|hidup gue|hidup gw|hidup saya) (gak|ga|tidak|nggak) (ada )?(artinya|berarti|berguna|gunanya)\b | self_harm | 0.5 | self_harm_risk |
re:\b(aku|gue|gw|saya) (cuma|hanya) (jadi )?beban (buat |untuk |bagi )?(keluarga|semua orang|orang tua|ortu|kalian)\b | self_harm | 0.55 | self_harm_risk |
re:\b(udah|sudah) (beli|nyiapin|menyiapkan|siapin|siapkan) (racun|tali|obat|silet|baygon)\b | self_harm | 0.75 | self_harm_risk | severe
re:\b(selamat tinggal|maafin aku) semua(nya)?\b.{0,40}\b(pergi|terakhir|mati|selamanya)\b | self_harm | 0.55 | self_harm_risk |
re:\b(aku|gue|gw|saya) (suka |sering |lagi |abis |habis )?(nyilet|cutting|menyilet|nyayat)\b | self_harm | 0.6 | self_harm_risk | severe
surat wasiat      | self_harm | 0.2 | self_harm_risk |
minum obat nyamuk | self_harm | 0.55 | self_harm_risk |
depresi berat     | self_harm | 0.2 | self_harm_risk |

# ---- "Better you just die" aimed at someone (added 2026-12, original work, MIT) ----
re:\b(mending|mendingan|sebaiknya|lebih baik|baiknya) (lu|lo|elu|kamu|km|kau|lo tuh|lu tuh) (mati|bunuh diri|gantung diri|mampus|modar|lompat|minum racun)( aja| saja)?\b | self_harm | 0.85 | self_harm_encouragement | severe
