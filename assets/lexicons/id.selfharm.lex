# Indonesian self-harm: first-person statements of risk. Telling someone else to kill or hurt
# themselves is harassment (wish_harm), in id.harassment.lex. News about "bunuh diri" stays weak;
# "bom bunuh diri" and "mati ketawa" are allowed in id.context.lex.
@format 1
@lang id
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

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

# ---- The writer's own wish in words that, said to someone, are a death wish (those moved to
# ---- id.harassment.lex, 2026-12); the same patterns are `allow` there. ----
re:\b(aku|gue|gua|gw|saya|ak|aq|w)( mending| mendingan| pengen| pengin| mau| mw| udah| emang| kayaknya| sebaiknya| lebih baik| harus| pingin| ingin)* (bunuh diri|bundir|gantung diri|minum racun|minum baygon|potong nadi)( aja| saja| ajah| aj| deh| lah| sana)*\b | self_harm | 0.7 | self_harm_risk | severe
