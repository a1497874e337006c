# Indonesian grooming stages as they are typed in chat: short forms (km, lo, gw, gue, dek, bgt, brp,
# dmn, udh, ga/gak, sm, yg, 2 for repetition), Jakarta slang (dong, deh, sih, yuk, aja). Complements
# id.grooming.lex (no entry repeats one there). Every entry is weak alone; the conversation layer
# adds the stages up.
@format 1
@lang id
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- trust: flattery, "lebih dewasa", "aku ngerti kamu" ----
re:\b(kamu|km|kmu|lo|lu|elo|adek|dek)( tuh| itu)? (cantik|cakep|ganteng|manis|imut|lucu|gemes|gemesin) (banget|bgt|bngt|sekali|deh|sih)\b | grooming | 0.2 | grooming_flattery |
re:\b(lebih|lbh|lbih) dewasa (dari|dr|daripada|drpd)\b | grooming | 0.35 | grooming_flattery |
re:\bdewasa (banget |bgt |bngt |sekali )?(buat|untuk|utk) (anak )?(seumuran|seusia|umur \d+|\d+)\b | grooming | 0.45 | grooming_flattery |
re:\b(beda|berbeda) (deh |sih |banget |bgt )?(dari|dr|sama|sm|ama|dengan) (cewe|cewek|cewe2|cewek2|cowo|cowok|cowo2|anak2|temen2|yg|yang) (lain|seumuran|seumuranmu)\b | grooming | 0.35 | grooming_flattery |
re:\b(umur|usia) (cm|cuman|cuma) (angka|nomor)\b | grooming | 0.45 | grooming_flattery |
re:\b(umur|usia) (ga|gak|nggak|bukan|tidak) (penting|masalah|jadi masalah)\b | grooming | 0.4 | grooming_flattery |
re:\b(aku|gw|gue|kakak|abang|om) (ngerti|paham|tau|tahu) (banget |bgt )?(perasaan|rasanya) (kamu|km|lo|lu|adek|dek)\b | grooming | 0.3 | grooming_flattery |
re:\b(cerita|curhat|crita) (apa aja|apapun|apa pun|aja) (ke|sama|sm|ama) (aku|gw|gue|kakak|kk|abang|om)\b | grooming | 0.3 | grooming_flattery |
re:\b(pernah kepikiran|cocok|bakat) jadi model\b | grooming | 0.3 | grooming_flattery |
re:\banak (pinter|pintar|baik|manis|penurut)\b | grooming | 0.2 | grooming_flattery |
latihan privat    | grooming | 0.2 | grooming_flattery |

# ---- personal: age, school, boyfriend, strict parents, being alone ----
kls brp           | grooming | 0.45 | grooming_age_question |
kls brapa         | grooming | 0.45 | grooming_age_question |
klas berapa       | grooming | 0.45 | grooming_age_question |
re:\b(umur|umurnya|usia) (kamu|km|kmu|lo|lu|elo|loe|adek|dek|ade) (berapa|brp|brapa)\b | grooming | 0.35 | grooming_age_question |
re:\b(msh|masih|mash) (sd|smp|sma|smk|mts)\b | grooming | 0.35 | grooming_age_question |
re:\b(skolah|sklh|skul|sekul)(nya|mu)? (di ?mana|dmn|dmana)\b | grooming | 0.35 | grooming_age_question |
re:\banak (sd|smp|sma|smk|smpn|sman|sdn|smkn|mts)\b | grooming | 0.25 | grooming_age_question |
re:\b(kamu|km|lo|lu|adek|dek) (jomblo|jomlo|single)\b | grooming | 0.25 | grooming_age_question |
re:\b(boleh|dibolehin|diizinin) pacaran\b | grooming | 0.3 | grooming_age_question |
re:\b(ortu|orang tua|mama|papa|bokap|nyokap)( kamu| km| lo| lu|mu)? (galak|strict|ketat|protektif|posesif)\b | grooming | 0.3 | grooming_age_question |
re:\b(suka|sering) (cek|ngecek|periksa|buka) (hp|hape|handphone)\b | grooming | 0.3 | grooming_age_question |
rumah kosong      | grooming | 0.3 | grooming_age_question |
re:\b(lagi|lg|pas|kalo|klo|kalau) (sendiri|sendirian)\b | grooming | 0.35 | grooming_age_question |
re:\b(sendirian|sndirian) (di rumah|dirumah|di kamar|dikamar)\b | grooming | 0.4 | grooming_age_question |
re:\b(pas|kalo|klo|kalau|abis|habis|setelah|nunggu) (ortu|ortumu|orang tua|mama|papa|bokap|nyokap|semua)( kamu| km| lo| lu)?( udh| udah| sudah| dah| lagi| lg)? (tidur|bobo|pergi|keluar|kerja)\b | grooming | 0.4 | grooming_age_question |
re:\bpulang (kerja|kantor) (jam|jm) (brp|berapa|brapa)\b | grooming | 0.3 | grooming_age_question |
re:\btinggal (di ?mana|dmn|dimana|daerah mana)\b | grooming | 0.3 | grooming_age_question |
re:\b(di )?daerah (mana|mn|mna)\b | grooming | 0.25 | grooming_age_question |

# ---- isolation ----
re:\b(ga|gak|nggak|ngga|gk|tidak|tak) (ngertiin|mengerti|peduli|perduli|percaya)( sama| sm| ama| ke)? (kamu|km|kmu|lo|lu|elo|adek|dek)\b | grooming | 0.3 | grooming_isolation |
re:\b(cuma|cm|hanya|cuman) (gw|gue|gua|aku|aq) (yg|yang) (ngerti|paham|peduli|sayang|care|ada buat)\b | grooming | 0.45 | grooming_isolation |
re:\b(bukan|bkn) (temen|teman|sahabat) (beneran|sejati|asli)\b | grooming | 0.35 | grooming_isolation |
re:\b(pura2|pura-pura) (peduli|baik|care|temenan|sayang)\b | grooming | 0.35 | grooming_isolation |
re:\b(ga|gak|nggak|gk|tidak) (butuh|perlu) (mereka|temen2|temen|teman|ortu)\b | grooming | 0.4 | grooming_isolation |
re:\bkan ada (aku|gw|gue|kakak|abang|om)\b | grooming | 0.3 | grooming_isolation |
re:\b(berhak|butuh|perlu) (punya )?privasi\b | grooming | 0.3 | grooming_isolation |
re:\b(ga|gak|nggak|tidak|gk) (pantes|pantas) (punya|dapet|dapat) (anak|kamu|km)\b | grooming | 0.35 | grooming_isolation |
re:\b(orang|org) (dewasa|tua) (emg|emang|memang|tuh|selalu) (gitu|begitu|ga ngerti|gak ngerti)\b | grooming | 0.35 | grooming_isolation |
re:\b(nanti|ntar|ntr) (mereka|temen2|ortu|anak2|yg lain|yang lain)( pada)? (iri|cemburu|sirik|ngelarang|larang)\b | grooming | 0.3 | grooming_isolation |

# ---- secrecy ----
re:\b(jangan|jgn|jgan|ga usah|gak usah|gausah|gk usah|nggak usah) (bilang|blg|cerita|crita|kasih tau|kasi tau|kasitau|ngomong|lapor|ngadu|share)( ke| sama| sm| ama)? (siapa2|sapa2|temen2|teman2|temen2mu|anak2|yg lain|yang lain|org lain|siapa pun)\b | grooming | 0.4 | grooming_secrecy |
re:\b(bilang|blg|ngomong|alesan|alasan) (aja|aj) (kerja kelompok|belajar bareng|belajar kelompok|les|nginep|main ke rumah temen|di rumah temen|ke rumah temen|dikasih temen|dari temen|temen yg kasih|temen yang kasih)\b | grooming | 0.4 | grooming_secrecy |
rahasiain         | grooming | 0.35 | grooming_secrecy |
dirahasiain       | grooming | 0.35 | grooming_secrecy |
re:\b(hapus|apus|delete|hps) (aja |ya |semua )?(abis|habis|setelah|sesudah) (baca|dibaca|liat|dilihat|kirim|dikirim|ini)\b | grooming | 0.4 | grooming_secrecy |
re:\bbiar (ga|gak|nggak|gk|ngga|tidak) (ketauan|ketahuan|ada yg tau|ada yang tau)\b | grooming | 0.4 | grooming_secrecy |
re:\b(ga|gak|nggak|gk|ngga) (bakal|bakalan|akan) (ada )?(yg|yang) (liat|lihat|tau|tahu)\b | grooming | 0.35 | grooming_secrecy |
re:\b(ortu|ortumu|orang tua|mama|papa|mamah|papah|bokap|nyokap|mereka)( kamu| km| lo)? (ga|gak|nggak|gk|tidak|ngga) (perlu|usah|boleh) (tau|tahu)\b | grooming | 0.45 | grooming_secrecy |

# ---- move to another app ----
re:\b(save|simpen|simpan|sv) (wa|whatsapp|nomor|nomer|no|line|tele|telegram) (aku|gw|gue|abang|kakak|kk|om|aja)\b | grooming | 0.3 | grooming_private_app |
re:\b(kirim|kirimin|send|chat|ngobrol|pindah|lanjut|dm|pc)( aja| yuk| ya)? (di|ke|lewat|via|pake) (signal|telegram|tele|michat|snap|snapchat|discord|kik|wechat|line)\b | grooming | 0.3 | grooming_private_app |
re:\b(pesan|chat) (sementara|menghilang|hilang|sekali lihat|sekali liat)\b | grooming | 0.35 | grooming_private_app |
akun kedua        | grooming | 0.3 | grooming_private_app |
akun rahasia      | grooming | 0.4 | grooming_private_app |

# ---- gifts ----
re:\b(aku|gw|gue|gua|kakak|abang|om|mas) (beliin|kirimin|transferin|topupin|isiin|bayarin)\b | grooming | 0.3 | grooming_gift |
re:\b(mau|mo|pengen|pgn) (aku|gw|gue|abang|kakak|om) (topup|top up|topupin|beliin|kirimin|isiin)\b | grooming | 0.4 | grooming_gift |
re:\b(mau|mo|pengen|pgn) (voucher|pulsa|kuota|diamond|skin|starlight|uc|robux|saldo|gopay|ovo)\b | grooming | 0.3 | grooming_gift |
re:\bvoucher (google play|game|gplay|steam|ml)\b | grooming | 0.25 | grooming_gift |
re:\bongkos (gojek|grab|ojol|ojek|taksi|travel)\b | grooming | 0.35 | grooming_gift |
re:\b(hp|hape|handphone|iphone) baru\b | grooming | 0.25 | grooming_gift |
re:\b(abis|habis|setelah|sesudah) (itu|ini|kirim) (langsung )?(aku|gw|gue|abang|kakak|om) (topup|top up|transfer|kirim|beliin|kirimin)\b | grooming | 0.4 | grooming_gift |

# ---- sexual talk (not graphic) ----
re:\b(pernah|prnh|pnh) (ciuman|cipokan|cium|dicium|kissing|ngapain aja|diapa-apain|diapa2in|begituan|gituan)\b | grooming | 0.4 | grooming_sexual_talk |
re:\b(masih|msh) (perawan|virgin|perjaka)\b | grooming | 0.45 | grooming_sexual_talk | severe
re:\b(udh|udah|sudah|lagi|lg) di (kasur|ranjang|tempat tidur)\b | grooming | 0.2 | grooming_sexual_talk |
re:\b(proporsi|bentuk|lekuk) (badan|tubuh)\b | grooming | 0.35 | grooming_sexual_talk |
re:\b(rok|celana|baju|dress) (yg |yang )?(mini|seksi|sexy|tipis|transparan)\b | grooming | 0.3 | grooming_sexual_talk |
re:\b(yg|yang) (pendek|ketat|seksi|sexy) (itu|tuh)\b | grooming | 0.35 | grooming_sexual_talk |
re:\b(aku|gw|gue|kakak|abang|om) (ajarin|ajarkan|ajari) (pelan2|pelan-pelan|ciuman|cium)\b | grooming | 0.4 | grooming_sexual_talk |
re:\b(tidur|bobo|bobok) (pake|pakai) (apa|baju apa)\b | grooming | 0.45 | grooming_sexual_talk |
re:\b(ga|gak|nggak|tanpa|tidak) (pake|pakai) (baju|busana)\b | grooming | 0.35 | grooming_sexual_talk |
re:\b(mau|pengen|pgn|pingin|ingin) (peluk|cium|nyium|meluk|cipok) (kamu|km|lo|lu|adek|dek)\b | grooming | 0.4 | grooming_sexual_talk |

# ---- photos, video, camera ----
re:\b(tukeran|tuker|tukar) (foto|pap|pic|poto)\b | grooming | 0.4 | grooming_photo_request |
re:\b(aku|gw|gue|kakak|abang) (kirim|send|pap) (duluan|dulu)\b | grooming | 0.35 | grooming_photo_request |
re:\b(ga|gak|nggak|gk|tidak) (usah|perlu) (keliatan|kelihatan|liatin|nunjukin) (muka|wajah)\b | grooming | 0.45 | grooming_photo_request |
re:\b(kamera|kameranya|cam) (nyala|on|dinyalain)\b | grooming | 0.25 | grooming_photo_request |
re:\b(kirim|kirimin|send|minta) (selfie|selfi|swafoto)\b | grooming | 0.3 | grooming_photo_request |
re:\b(vc|vcan|videocall|video call) (yuk|yok|kuy|berdua)\b | grooming | 0.25 | grooming_photo_request |
full body         | grooming | 0.3 | grooming_photo_request |
re:\b(pengen|pgn|pingin|ingin) (liat|lihat) (kamu|km|lo|lu|elo)\b | grooming | 0.2 | grooming_photo_request |

# ---- meeting ----
re:\b(aku|gw|gue|gua|kakak|abang|om|coach) (bisa |mau |nanti |ntar |aja yg |aja yang )?(jemput|jemputin|anterin|samperin|nyamperin)\b | grooming | 0.3 | grooming_meeting |
re:\b(jemput|jemputin|tunggu|tungguin|samperin) (di |pas |waktu )?(depan|pulang|deket|dekat) (sekolah|skolah|sklh|gang|rumah)\b | grooming | 0.35 | grooming_meeting |
re:\b(kos|kosan|apartemen|apart|hotel) (gw|gua|gue)\b | grooming | 0.3 | grooming_meeting |
re:\b(kosanku|kosan aku|kamar kosong|apartemenku)\b | grooming | 0.35 | grooming_meeting |
re:\b(mau|pengen|pgn|kalo mau|kalau mau|ayo|yuk) kabur\b | grooming | 0.35 | grooming_meeting |
re:\bkabur (aja|bareng|sama aku|sm aku|yuk)\b | grooming | 0.35 | grooming_meeting |
re:\b(antar|anter|anterin) (kamu|km|lo|lu|adek|dek) (pulang|ke rumah)\b | grooming | 0.3 | grooming_meeting |
kopdar            | grooming | 0.3 | grooming_meeting |
re:\b(share ?lok|sharelok|share lokasi|kirim lokasi|shareloc)\b | grooming | 0.25 | grooming_meeting |
re:\b(booking|pesen|sewa) (hotel|kamar|penginapan)\b | grooming | 0.35 | grooming_meeting |
