# Indonesian grooming moves: age and school questions, secrecy from parents, moving to WhatsApp /
# Telegram / Line / MiChat, gifts (pulsa, kuota, diamond, top-up), photo requests ("pap"), meeting
# requests, flattery and isolation. Each alone is weak; together they add up.
@format 1
@lang id
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- age and school ----
umur berapa       | grooming | 0.35 | grooming_age_question |
umurnya berapa    | grooming | 0.3 | grooming_age_question |
usia berapa       | grooming | 0.3 | grooming_age_question |
umur brp          | grooming | 0.35 | grooming_age_question |
umur kamu berapa  | grooming | 0.4 | grooming_age_question |
umurmu berapa     | grooming | 0.4 | grooming_age_question |
berapa umurmu     | grooming | 0.4 | grooming_age_question |
lahir tahun berapa | grooming | 0.3 | grooming_age_question |
kelas berapa      | grooming | 0.45 | grooming_age_question |
kls berapa        | grooming | 0.45 | grooming_age_question |
kelas brp         | grooming | 0.45 | grooming_age_question |
re:\b(berapa|brp) (umur|usia) (kamu|km|kmu|adek|dek|ade|neng|sayang)\b | grooming | 0.4 | grooming_age_question |
re:\b(sekolah|sekolahnya|sekolahmu) (di ?mana|dmn|dimana)\b | grooming | 0.45 | grooming_age_question |
re:\b(kamu|km|kmu|adek|dek|ade) (masih )?(sd|smp|sma|smk|mts|kelas \d+|kls \d+)\b | grooming | 0.45 | grooming_age_question |
re:\b(kamu|km|kmu|adek|dek) (masih )?sekolah( gak| ga| nggak| ya| kan)?\b | grooming | 0.35 | grooming_age_question |
re:\b(pulang|bubaran) sekolah (jam berapa|jam brp|kapan)\b | grooming | 0.45 | grooming_age_question |

# ---- secrecy ----
re:\b(jangan|jgn|gak usah|ga usah|nggak usah|tidak usah) (bilang|cerita|kasih tau|kasih tahu|kasitau|ngomong|lapor|ngadu|kasi tau|kasih liat|tunjukin)( ke| sama| sm| ama| pada| kepada)? (mama|mamah|mami|papa|papah|papi|ibu|ibumu|ayah|ayahmu|bapak|bapakmu|ortu|ortumu|orang tua|orangtua|orang tuamu|emak|bokap|nyokap|kakak|kakakmu|abang|guru|gurumu|siapa[- ]siapa|siapapun|siapa pun|orang lain|temen|teman|temenmu)\b | grooming | 0.7 | grooming_secrecy | severe
re:\b(ini |jadi )?rahasia (kita|kita berdua|berdua)\b | grooming | 0.6 | grooming_secrecy | severe
re:\b(cuma|hanya) kita (berdua )?(yang |yg )?(tau|tahu)\b | grooming | 0.55 | grooming_secrecy |
re:\b(hapus|apus|delete) (chat|pesan|percakapan|obrolan|dm|riwayat chat)(nya| kita| ini| ini ya| kita ya)\b | grooming | 0.5 | grooming_secrecy |
re:\b(ortu|ortumu|orang tua|orangtua|mama|papa|ibu|ayah|mamamu|papamu) (kamu |mu |km )?(lagi )?(di rumah|ada di rumah|pergi|keluar|tidur|kerja|pulang jam berapa)( gak| ga| nggak| ya)?\b | grooming | 0.45 | grooming_secrecy |
re:\b(kamu|km|adek|dek) (lagi )?sendirian( di rumah| di kamar| aja)?\b | grooming | 0.4 | grooming_secrecy |
re:\b(ortu|ortumu|orang tua|orangtua|mama|papa) (kamu |mu |km )?(gak|ga|nggak|tidak|tak) (bakal |akan )?(ngerti|mengerti|paham|setuju|ngizinin|mengizinkan|boleh tau)\b | grooming | 0.55 | grooming_secrecy |
re:\b(ortu|orang tua|mama|papa) (kamu |mu )?(suka |sering )?(cek|ngecek|periksa|liat|lihat|baca) (hp|handphone|chat|wa)(mu| kamu)?\b | grooming | 0.55 | grooming_secrecy |

# ---- private apps ----
re:\b(pindah|lanjut|ngobrol|chat|chatting|cerita|japri|dm|ngomong) (aja |yuk |yok |ya )?(di|ke|lewat|via|pake|pakai) (wa|whatsapp|line|telegram|tele|ig|instagram|dm|snap|snapchat|michat|discord|messenger|tiktok dm|chat pribadi)\b | grooming | 0.4 | grooming_private_app |
re:\b(minta|bagi|boleh minta|boleh tau|kasih|save|simpan) (nomor|no|nomer|nmr|pin|id) (wa|whatsapp|hp|line|telegram|tele|kamu|km|mu|adek|dek)\b | grooming | 0.4 | grooming_private_app |
re:\b(add|tambahin|follow) (wa|line|ig|snap|telegram|michat|discord) (aku|gue|gw|kakak|om|abang)\b | grooming | 0.35 | grooming_private_app |
re:\bjapri (aja|ya|dong|yuk|ke)\b | grooming | 0.3 | grooming_private_app |
michat            | grooming | 0.3 | grooming_private_app |
re:\b(bikin|buat) (akun|akun ig|akun wa|nomor) (baru|rahasia|kedua|fake|palsu) (buat|untuk) (kita|chat sama)\b | grooming | 0.6 | grooming_private_app |

# ---- gifts, money, game credit ----
re:\b(aku|gue|gw|kakak|kaka|kak|om|abang|mas|saya) (bisa |mau |akan |nanti |ntar )?(beliin|belikan|kasih|kasi|kirimin|kirimkan|transferin|isiin|isikan|topupin|top upin|top up|traktir) (kamu |km |adek |dek |kmu )?(pulsa|kuota|paket data|diamond|dm|skin|uang jajan|uang|duit|hp baru|hp|voucher|saldo|ovo|gopay|dana|shopeepay|uc|robux|item|hadiah|baju)\b | grooming | 0.55 | grooming_gift |
re:\b(mau|pengen|pgn|butuh) (pulsa|kuota|diamond|dm|skin|uc|robux|voucher|saldo) (gratis|gak|ga|nggak|ya|dek|\?)\b | grooming | 0.4 | grooming_gift |
re:\b(top ?up|topup) (diamond|dm|uc|skin|robux) gratis\b | grooming | 0.45 | grooming_gift |
re:\b(nanti|ntar|entar) (aku|gue|gw|kakak|om|abang) (kasih|kasi|beliin|kirimin|transfer) (uang|duit|pulsa|diamond|hadiah|hp)\b.{0,40}\b(asal|kalau|kalo|klo|tapi)\b | grooming | 0.65 | grooming_gift | severe

# ---- photo and video requests ----
re:\b(minta|kirim|kirimin|bagi|send) (foto|poto|pap|fto|video|vidio)( dong| donk| dunk| ya| yuk| kamu| km| mu|mu| adek| dek)?\b | grooming | 0.3 | grooming_photo_request |
re:\bpap (dong|donk|dunk|yuk|ya|muka|badan|kaki|full body|fullbody|seragam|baju tidur|lagi apa|sekarang)\b | grooming | 0.35 | grooming_photo_request |
re:\b(foto|pap|video|vc) (pake|pakai|pas pakai|pas pake|lagi pake|lagi pakai) (seragam|seragam sekolah|baju tidur|handuk|daleman|pakaian dalam|bikini|baju renang|rok|hotpants|tanktop)\b | grooming | 0.75 | grooming_photo_request | severe
re:\b(lagi|sedang) (pake|pakai|pakek) (baju )?apa\b | grooming | 0.45 | grooming_photo_request |
re:\b(vc|video call|videocall) (berdua|diam[- ]diam|diem[- ]diem|pas ortu tidur|malam ini|tengah malam)\b | grooming | 0.55 | grooming_photo_request | severe
re:\b(buka|nyalain|nyalakan|on ?in) (kamera|cam|kamer)(nya| kamu| dong)?\b | grooming | 0.3 | grooming_photo_request |
re:\b(mau|pengen|pgn|boleh) (liat|lihat) (badan|tubuh|kaki|paha|perut|dada|kamar) (kamu|km|mu|adek|dek)\b | grooming | 0.65 | grooming_photo_request | severe

# ---- meeting requests ----
re:\bketemuan (yuk|yok|kuy|dong|ya|aja|kapan|gimana|yuk dek)\b | grooming | 0.4 | grooming_meeting |
re:\b(mau|ayo|yuk|yok|kuy|pengen) (ketemu|ketemuan|kopdar|jalan|main) (sama |ama |bareng |dengan )?(aku|gue|kakak|om|abang|aku dong)\b | grooming | 0.35 | grooming_meeting |
re:\b(ketemuan|ketemu|jalan|main) (diam[- ]diam|diem[- ]diem|berdua aja|tanpa (ortu|orang tua|mama|papa|temen))\b | grooming | 0.65 | grooming_meeting | severe
re:\b(aku|gue|kakak|om|abang|saya) (jemput|jemputin|anterin|antar) (kamu|km|adek|dek) (di |ke |pulang |dari )?(sekolah|rumah|les|depan gang)?\b | grooming | 0.45 | grooming_meeting |
re:\b(rumah|rumahnya|rumahmu|rumah kamu) (di ?mana|dmn|dimana)\b | grooming | 0.35 | grooming_meeting |
re:\b(main|mampir|nginep|menginap) (ke|di) (rumah|kos|kosan|apartemen|hotel|kamar) (aku|gue|kakak|om|abang|saya)\b | grooming | 0.45 | grooming_meeting |
re:\bkabur (dari rumah|aja dari rumah)\b | grooming | 0.35 | grooming_meeting |

# ---- flattery and trust ----
re:\bdewasa (banget |sekali |bgt )?(untuk|buat|utk) (umur|usia|anak) ?(mu|kamu|seusiamu|segitu|seumuran)?\b | grooming | 0.7 | grooming_flattery | severe
re:\b(kamu|km|adek|dek) (beda|lain) (dari|sama|dengan) (cewek|cowok|anak|yang) (lain|lainnya|seumuranmu)\b | grooming | 0.35 | grooming_flattery |
re:\b(umur|usia) (cuma|hanya|cuman|itu cuma|itu hanya) (angka|sekedar angka|sebuah angka)\b | grooming | 0.6 | grooming_flattery |
re:\bcinta (tidak|gak|ga|tak|nggak) (memandang|kenal|mengenal|lihat|liat) (usia|umur)\b | grooming | 0.5 | grooming_flattery |
re:\b(kamu|km|adek|dek) (cantik|ganteng|manis|seksi|sexy) (banget |bgt |sekali )?(untuk|buat|utk) (anak )?(seumuran|seusia|umur)\w*\b | grooming | 0.7 | grooming_flattery | severe
re:\b(kamu|km|adek|dek) (bisa|boleh) percaya (sama|ama|pada|kepada|ke) (aku|kakak|om|abang|saya)\b | grooming | 0.4 | grooming_flattery |
re:\b(om|kakak|abang) (sayang|kangen|suka) (banget )?(sama |ama )?(kamu|adek|dek|km)\b | grooming | 0.45 | grooming_flattery |
re:\badek (manis|cantik|imut|gemesin)\b | grooming | 0.3 | grooming_flattery |

# ---- isolation ----
re:\b(ortu|ortumu|orang tua|orangtua|mama|papa|keluarga|temen|teman)(mu| kamu| km)? (gak|ga|nggak|tidak|tak) (ngerti|mengerti|paham|peduli|sayang|perhatian)( sama| ama| pada)? (kamu|km|adek|dek)\b | grooming | 0.6 | grooming_isolation |
re:\b(cuma|hanya|cuman) (aku|kakak|om|abang|saya) (yang |yg )?(ngerti|mengerti|paham|peduli|sayang|sayang beneran) (sama |ama )?(kamu|km|adek|dek)\b | grooming | 0.6 | grooming_isolation |
re:\b(gak|ga|nggak|tidak) (usah|perlu) (dengerin|dengar|denger|nurut|nurutin) (ortu|orang tua|mama|papa|ibu|ayah|guru|mereka)\b | grooming | 0.5 | grooming_isolation |
re:\b(mereka|temen2mu|teman-temanmu|ortumu) (cuma|hanya) (iri|cemburu|mau ngatur)\b | grooming | 0.45 | grooming_isolation |

# ---- Hiding chats from parents, game top-ups, uniform photos (added 2026-12, original work, MIT) ----
re:\b(chat|chatnya|pesan|dm|obrolan)\w* (di)?(hapus|apus|delete)\b | grooming | 0.45 | grooming_secrecy |
re:\bbiar (gak|ga|nggak|tidak|gk) (ketauan|ketahuan|tau|tahu) (ortu|orang tua|mama|papa|ibu|bapak|mamah|papah|bokap|nyokap)\b | grooming | 0.7 | grooming_secrecy | severe
re:\b(top ?up|topup|beliin|isiin|kasih) (💎|diamond|dm|skin|uc|robux)\b | grooming | 0.5 | grooming_gift |
re:\b(foto|f0t0|pap|video|vc)\w* (kamu |km |adek |dek )?(pake|pakai|lagi pake) (seragam|baju sekolah|bikini|handuk|baju tidur|daleman)\b | grooming | 0.65 | grooming_photo_request | severe
