# Malay grooming stages as they are typed in chat: short forms (awk, ko, kau, abg, sy, brp, bgtau,
# gmbr, hntr, tgk, dtg, x for tak, 2 for repetition), Manglish. Complements ms.grooming.lex (no
# entry repeats one there). Every entry is weak alone; the conversation layer adds the stages up.
@format 1
@lang ms
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- trust: flattery, "matang", "I understand you" ----
re:\b(awak|awk|kau|ko|adik|dik|kamu) (ni )?(comel|cntik|cantik|lawa|hensem|handsome|cute|manis) (gila|sgt|sangat|la|lah|betul|kot)\b | grooming | 0.2 | grooming_flattery |
re:\b(nampak|nmpk|nmpak|lagi|lebih|lbh) matang\b | grooming | 0.35 | grooming_flattery |
re:\b(lain|beza|berbeza) (dr|dari|daripada) (budak|gadis|perempuan|pompuan|awek)( ?2| lain| sebaya| sebaya awak)?\b | grooming | 0.35 | grooming_flattery |
re:\b(x|tak|tk|bukan) (macam|mcm|cam) (budak|budak2|perempuan|gadis) lain\b | grooming | 0.35 | grooming_flattery |
re:\b(umur|usia) (x|tak|tidak|bukan) (penting|masalah|hal)\b | grooming | 0.4 | grooming_flattery |
re:\bfaham (perasaan|hati) (awak|awk|kau|ko|adik|dik|kamu)\b | grooming | 0.3 | grooming_flattery |
re:\b(boleh|blh|bleh) (cerita|citer|crita|luah) (apa2|apa-apa|apa saja|apa je|semua) (kat|kt|dkt|dekat|pada|dgn) (abg|abang|akak|sy|saya|aku|uncle)\b | grooming | 0.3 | grooming_flattery |
tuan puteri       | grooming | 0.25 | grooming_flattery |
puteri abg        | grooming | 0.3 | grooming_flattery |
budak baik        | grooming | 0.2 | grooming_flattery |
re:\b(latihan|kelas|sesi) (peribadi|private|1 lawan 1|satu lawan satu)\b | grooming | 0.2 | grooming_flattery |

# ---- personal: age, school, boyfriend, who is home, parents' routine ----
form brp          | grooming | 0.4 | grooming_age_question |
form bape         | grooming | 0.4 | grooming_age_question |
darjah brp        | grooming | 0.45 | grooming_age_question |
tingkatan brp     | grooming | 0.45 | grooming_age_question |
umur bape         | grooming | 0.35 | grooming_age_question |
brp umur          | grooming | 0.35 | grooming_age_question |
masih sekolah     | grooming | 0.3 | grooming_age_question |
msh sekolah       | grooming | 0.3 | grooming_age_question |
re:\b(skolah|sklh|belajar|blajar|blaja|sekolah) (kat |kt |dkt |dekat |di )?(mne|mn|mane)\b | grooming | 0.35 | grooming_age_question |
re:\b(belajar|blajar|blaja) (kat|kt|dkt|dekat|di) mana\b | grooming | 0.35 | grooming_age_question |
re:\b(dah ada|dh ada|ada) (bf|gf|boyfriend|girlfriend|pakwe|makwe|awek|balak)\b | grooming | 0.2 | grooming_age_question |
re:\b(sorang|sorg|seorang|sorang2|sorang-sorang)( je| jer| sahaja| diri)?( ke)? (kat|kt|dkt|dlm|dalam|di) (rumah|bilik)\b | grooming | 0.4 | grooming_age_question |
re:\bbila (awak|awk|kau|ko|kamu|adik|dik) (sorang|sorg|seorang|sorang2|sorang-sorang)\b | grooming | 0.4 | grooming_age_question |
rumah kosong      | grooming | 0.3 | grooming_age_question |
re:\b(rumah ada|ada sape|ada siapa|ada org|sape ada) (sape |siapa |org )?(kat |kt |dkt |dekat |di )?(rumah )?(skrg|sekarang|mlm ni|malam ni)\b | grooming | 0.3 | grooming_age_question |
re:\b(mak ayah|mak bapak|parents|family|mak|ayah|abah|mama|papa|ibu bapa) (awak|awk|kau|ko|kamu|adik|dik) (dh|dah|sudah|tengah|tgh|masih|msh) (tidur|tdo|tido|keluar|jaga)\b | grooming | 0.4 | grooming_age_question |
re:\b(bila|masa|lepas|lps) (mak ayah|mak bapak|parents|family|mak|ayah|abah|org rumah)( awak| awk| kau| ko| kamu| adik)? (dh |dah |sudah )?(tidur|tdo|tido|keluar|xde|takde)\b | grooming | 0.4 | grooming_age_question |
re:\b(kerja|keje|balik|blk) (sampai |smpai |smp )?(pukul|pkl|kul|pkul) (berapa|brp|bape)\b | grooming | 0.3 | grooming_age_question |
re:\b(tinggal|duduk|rumah) (kat|kt|dkt|dekat|di) (mana|mne|area mana|kawasan mana)\b | grooming | 0.3 | grooming_age_question |
alamat rumah      | grooming | 0.25 | grooming_age_question |
re:\b(parents|mak ayah|mak|ayah)( awak| awk| kau| ko| kamu)? (strict|garang|selalu check|suka check|check fon|check phone|cek fon)\b | grooming | 0.3 | grooming_age_question |

# ---- isolation ----
re:\b(dia|diorg|diorang|dorg|dorang|mereka)( tu)? (x|tak|tk|tidak|takkan|xkan) (paham|faham|phm|fhm|kisah|peduli|sayang)( langsung)? (awak|awk|kau|ko|kamu|adik|dik)\b | grooming | 0.35 | grooming_isolation |
re:\b(sy|saya|aku|abg|abang|akak|uncle) (je|jer|sorang|saja|sahaja) (yg|yang) (betul2 |betul-betul |benar-benar |paling )?(faham|paham|sayang|peduli|kisah|ambil berat)\b | grooming | 0.45 | grooming_isolation |
re:\bkawan(2|-kawan| 2)? (awak|awk|kau|ko|kamu)( tu| pun)? (fake|palsu|hipokrit|x ikhlas|tak ikhlas)\b | grooming | 0.35 | grooming_isolation |
re:\b(x|tak|tidak|tk) (perlu|perlukan|payah) (diorg|diorang|dorang|dorg|mereka|kawan2|kawan-kawan)\b | grooming | 0.4 | grooming_isolation |
re:\b(awak|awk|kau|ko|kamu|adik) (ada|ade) (sy|saya|aku|abg|abang|akak)\b | grooming | 0.25 | grooming_isolation |
re:\b(diorg|diorang|dorang|dorg|mereka|kawan2|org lain)( nanti| nnti)? (jeles|jealous|cemburu|dengki|iri hati)\b | grooming | 0.3 | grooming_isolation |

# ---- secrecy ----
re:\b(jgn|jangan|x payah|tak payah|tk payah|xyah|x yah|tkyah) (bgtau|bagitau|bagitahu|beritahu|bgtahu|btau|cakap|ckp|cerita|citer|crita|tunjuk|share)( kat| kt| dkt| dekat| pada| kpd| dgn)? (sape2|sapa2|siapa2|sape-sape|sesape|sesapa|sape pun|siapa pun|org lain|kawan2|kawan-kawan|member|geng|pemain lain|budak lain)\b | grooming | 0.4 | grooming_secrecy |
re:\b(kita|kita berdua) (je|jer|sahaja|saja) (yg |yang )?(tau|tahu)\b | grooming | 0.45 | grooming_secrecy |
re:\b(janji|simpan|jaga) rahsia\b | grooming | 0.3 | grooming_secrecy |
re:\b(mak|ayah|abah|parents|mak ayah|family|mama|papa)( awak| awk| kau| ko| kamu| adik)? (x|tak|tk|takkan|xkan|tidak) (kan |akan |perlu |payah )(tau|tahu)\b | grooming | 0.4 | grooming_secrecy |
re:\b(cakap|ckp|kata|bgtau|bagitau|bagitahu) (je|jer|jela|aje|saja) (ada|kawan|pergi|g|gi|tidur|study|kelas|rumah kawan|keluar)\b | grooming | 0.35 | grooming_secrecy |
re:\b(lepas|lps|lpas|dah|dh|siap) (hantar|tgk|tengok|baca|send) (terus )?(padam|delete|buang)\b | grooming | 0.4 | grooming_secrecy |
re:\b(padam|delete|buang)( je| jer)? (lepas|lps|lpas) (ni|tu|baca|tgk|hantar|send)\b | grooming | 0.4 | grooming_secrecy |
re:\b(takut|nanti|nnti|kang) (mak|ayah|abah|parents|family|mak ayah)( awak| awk| kau| ko| kamu)? (check|cek|nampak|nmpk|baca|tahu|tau|jumpa)\b | grooming | 0.35 | grooming_secrecy |

# ---- move to another app ----
re:\b(add|tambah|chat|sembang|borak|msg|mesej|text|pm|jom|pindah|tukar)( la| je| abg| abang| sy| saya| aku| akak)? (kat|kt|dkt|dekat|dlm|dalam|ke|on) (telegram|tele|whatsapp|wasap|wassap|ws|discord|snap|snapchat|signal|messenger|wechat)\b | grooming | 0.3 | grooming_private_app |
mesej hilang      | grooming | 0.3 | grooming_private_app |
mod hilang        | grooming | 0.3 | grooming_private_app |
chat rahsia       | grooming | 0.35 | grooming_private_app |
akaun kedua       | grooming | 0.3 | grooming_private_app |
akaun rahsia      | grooming | 0.4 | grooming_private_app |
re:\b(x|tak|tk|tidak) (selamat|best|privasi|private) (kat|kt|dkt|dekat|di) (sini|fb|ig|tiktok|game|ml)\b | grooming | 0.25 | grooming_private_app |

# ---- gifts ----
re:\b(bg|bagi|kasi|belanja|belikan|bayar|transfer|bank in) (kau|ko|awak|awk|adik|dik|kamu|u) (diamond|dm|skin|uc|robux|topup|top up|reload|kredit|duit|fon|phone|hp|iphone|baju|kasut)\b | grooming | 0.35 | grooming_gift |
re:\b(nanti|nnti|esok) (sy|saya|abg|abang|aku|akak|uncle) (bg|bagi|belikan|belanja|topup|top up|transfer|bank in|reload)\b | grooming | 0.35 | grooming_gift |
re:\b(nak|nk|mahu|mau) (skin|diamond|dm|uc|robux|topup|top up) (ape|apa|tak|x|ke)\b | grooming | 0.35 | grooming_gift |
re:\b(duit|tambang) (grab|teksi|bas|tiket)\b | grooming | 0.3 | grooming_gift |
re:\b(fon|hp|phone|handphone|iphone) baru\b | grooming | 0.25 | grooming_gift |
re:\b(lps|lepas) (tu|ni|hantar) (abg|abang|sy|saya|aku|akak)( terus)? (topup|top up|bg|bagi|transfer|bank in)\b | grooming | 0.4 | grooming_gift |

# ---- sexual talk (not graphic) ----
re:\b(tidur|tdo|tido) (pakai|pki|pakei) (apa|ape|apa2)\b | grooming | 0.45 | grooming_sexual_talk |
re:\b(x|tak|tk|tanpa) (pakai|pki) baju\b | grooming | 0.35 | grooming_sexual_talk |
baju sendat       | grooming | 0.35 | grooming_sexual_talk |
re:\b(yg|yang|baju) (ketat|seksi|sexy|pendek) (tu|tau|ye)\b | grooming | 0.35 | grooming_sexual_talk |
re:\b(pernah|prnah|pnah) (cium|kiss|berciuman|bercium|ciuman|dicium|sentuh)\b | grooming | 0.4 | grooming_sexual_talk |
re:\b(masih|msh|still) (dara|virgin|perawan|teruna)\b | grooming | 0.45 | grooming_sexual_talk | severe
re:\b(nak|nk|teringin|rasa nak|mahu) (peluk|cium|kiss|sentuh|pegang) (awak|awk|kau|ko|adik|dik|kamu)\b | grooming | 0.4 | grooming_sexual_talk |
re:\b(bentuk badan|body) (awak|awk|kau|ko|adik|dik|kamu)\b | grooming | 0.3 | grooming_sexual_talk |
re:\bduduk bilik (je|jer|berdua)\b | grooming | 0.4 | grooming_sexual_talk |

# ---- photos, video, camera ----
re:\b(hntr|hantar|hantaq|send|bagi|bg|snap) (gambar|gmbr|gbr|pic|foto|selfie|video|vid) (awak|awk|kau|ko|adik|dik|kamu|sendiri)\b | grooming | 0.3 | grooming_photo_request |
re:\b(gmbr|gambar|pic|foto|video) (adik|awak|awk|kau|ko|kamu) (dulu|skit|sikit|skrg|sekarang)\b | grooming | 0.3 | grooming_photo_request |
re:\b(tukar|tukar2|tukar-tukar|exchange|swap) (gambar|gmbr|pic|foto)\b | grooming | 0.4 | grooming_photo_request |
re:\b(buka|bukak|bkak|onkan|hidupkan|on) (camera|kamera|cam)\b | grooming | 0.25 | grooming_photo_request |
full body         | grooming | 0.3 | grooming_photo_request |
re:\b(x|tak|tk|xyah|x payah|tak payah|tak perlu|x perlu) (nampak|nmpk|tunjuk|tnjuk) muka\b | grooming | 0.4 | grooming_photo_request |
re:\b(sy|saya|aku|abg|abang) (hntr|hantar|send|bagi) dulu\b | grooming | 0.3 | grooming_photo_request |
re:\b(nak|nk) (tgk|tengok|tngok) (muka|rupa) (awak|awk|kau|ko|adik|kamu)\b | grooming | 0.2 | grooming_photo_request |

# ---- meeting ----
re:\b(ambik|ambil|amik|jemput|jmput) (awak|awk|kau|ko|adik|dik|kamu) (lps|lepas|kat|kt|dkt|depan|dpn|dekat|di) (sekolah|skolah|sklh|rumah|simpang|stesen|tuisyen|taman|pagar)\b | grooming | 0.35 | grooming_meeting |
re:\b(dtg|datang|dtang|singgah) (rumah|umah) (awak|awk|kau|ko|adik|kamu)\b | grooming | 0.35 | grooming_meeting |
re:\b(dtg|datang|mai|main|lepak|tidur|bermalam|singgah)( la| je| lah)? (kat |kt |dkt |di )?(rumah|bilik|kondo|hotel) (abg|abang|akak|uncle|sy|saya|aku)\b | grooming | 0.35 | grooming_meeting |
re:\bkita (jumpa|jmpa|keluar|kluar|lepak|jln2|jalan2|jalan-jalan|dating) (nak|nk|jom|ye|tau|nanti|nnti|esok)\b | grooming | 0.3 | grooming_meeting |
re:\b(book|tempah|sewa) (hotel|bilik|homestay)\b | grooming | 0.35 | grooming_meeting |
re:\b(keluar|kluar|jumpa|datang|dtg|pergi)( rumah)? (senyap2|curi2|curi-curi|sembunyi2|diam2)\b | grooming | 0.4 | grooming_meeting |
re:\b(abg|abang|sy|saya|aku|akak|uncle) (tunggu|tggu|tnggu) (awak |awk |kau |ko |adik |kamu )?(kat|kt|dkt|depan|dpn|dekat)\b | grooming | 0.3 | grooming_meeting |
