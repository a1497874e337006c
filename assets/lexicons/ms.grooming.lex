# Malay grooming moves: age and school questions (darjah, tingkatan), secrecy from parents,
# moving to WhatsApp / Telegram / PM, gifts (top-up, reload, diamond), photo requests, meeting
# requests, flattery and isolation. Each alone is weak; together they add up.
@format 1
@lang ms
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- age and school ----
umur berapa       | grooming | 0.35 | grooming_age_question |
berapa umur       | grooming | 0.35 | grooming_age_question |
umur brp          | grooming | 0.35 | grooming_age_question |
darjah berapa     | grooming | 0.5 | grooming_age_question |
tingkatan berapa  | grooming | 0.5 | grooming_age_question |
form berapa       | grooming | 0.45 | grooming_age_question |
lahir tahun berapa | grooming | 0.3 | grooming_age_question |
re:\bsekolah (mana|kat mana|dekat mana|di mana)\b | grooming | 0.4 | grooming_age_question |
re:\b(awak|kau|adik|dik|you) (masih |baru )?(sekolah rendah|sekolah menengah|darjah \d|tingkatan \d|form \d)\b | grooming | 0.45 | grooming_age_question |
re:\b(balik|habis) sekolah (pukul berapa|kul berapa|bila)\b | grooming | 0.45 | grooming_age_question |

# ---- secrecy ----
re:\b(jangan|jgn|tak payah|tak perlu) (bagitahu|beritahu|bagitau|bgtau|bagi tau|cakap|cerita|tunjuk)( kat| pada| dekat| kepada| dengan)? (parents|mak ayah|mak bapak|ibu bapa|mak abah|family|sesiapa|siapa-siapa|orang lain|cikgu)\b | grooming | 0.7 | grooming_secrecy | severe
# one parent or sibling alone is also how a family keeps a surprise ("jangan bagitau ayah, kita buat
# surprise birthday"): weak on its own, it counts with other moves (2026-12)
re:\b(jangan|jgn|tak payah|tak perlu) (bagitahu|beritahu|bagitau|bgtau|bagi tau|cakap|cerita|tunjuk)( kat| pada| dekat| kepada| dengan)? (mak|ayah|abah|mama|papa|ibu|bapak|kawan|kawan-kawan|abang|kakak)\b | grooming | 0.45 | grooming_secrecy |
re:\b(ni |ini )?rahsia (kita|kita berdua|antara kita)\b | grooming | 0.6 | grooming_secrecy | severe
re:\bantara kita (je|sahaja|saja|berdua)\b | grooming | 0.45 | grooming_secrecy |
re:\b(padam|delete|buang) (chat|mesej|perbualan|message)( ni| kita| tu)\b | grooming | 0.5 | grooming_secrecy |
re:\b(mak ayah|mak bapak|parents|mak|ayah|abah) (awak|adik|kau|you) (ada |tengah )?(kat rumah|tidur|keluar|kerja)( tak| ke)?\b | grooming | 0.45 | grooming_secrecy |
re:\b(awak|adik|kau|you) (seorang|sorang) (je |sahaja )?(kat rumah|dalam bilik|di rumah)\b | grooming | 0.4 | grooming_secrecy |

# ---- private apps ----
re:\b(pm|whatsapp|wasap|ws|wassap|telegram|tele|dm) (saya|aku|abang|akak|uncle)\b | grooming | 0.3 | grooming_private_app |
re:\b(bagi|minta|boleh dapat|boleh bagi|nak) (nombor|no|number) (whatsapp|wasap|ws|telefon|fon|phone|hp|awak|adik|you)\b | grooming | 0.4 | grooming_private_app |
re:\b(sembang|borak|chat) (kat|dekat|di|dalam) (whatsapp|wasap|telegram|tele|pm|private)\b | grooming | 0.35 | grooming_private_app |

# ---- gifts ----
re:\b(abang|akak|pakcik|uncle|saya|aku) (boleh |nak |akan )?(belanja|belikan|bagi|topup|top up|reload|tambah nilai|transfer) (adik |awak |kau |you )?(topup|top up|reload|kredit|diamond|skin|duit|handphone|hp|fon|baju|hadiah|duit belanja)\b | grooming | 0.55 | grooming_gift |
re:\b(nak|mahu) (topup|top up|reload|diamond|skin) (free|percuma)\b | grooming | 0.4 | grooming_gift |

# ---- photo requests ----
re:\b(hantar|send|bagi|minta) (gambar|gmbr|pic|selfie|video) (awak|adik|kau|you)\b | grooming | 0.4 | grooming_photo_request |
re:\b(hantar|send|bagi|minta|ambil) (gambar|gmbr|pic|selfie|video) (pakai|guna|dengan) (baju sekolah|uniform|tuala|baju tidur|seluar dalam|baju renang|baju ketat)\b | grooming | 0.75 | grooming_photo_request | severe
re:\b(tengah|sedang) pakai (baju )?apa\b | grooming | 0.45 | grooming_photo_request |
re:\b(video call|vc) (berdua|senyap-senyap|diam-diam|malam ni|tengah malam)\b | grooming | 0.5 | grooming_photo_request | severe

# ---- meeting ----
re:\b(jom|jomlah|nak) (jumpa|keluar|lepak) (dengan |dgn )?(abang|akak|uncle|saya|aku)\b | grooming | 0.35 | grooming_meeting |
re:\bjumpa (senyap-senyap|diam-diam|berdua|tanpa mak ayah|tanpa parents)\b | grooming | 0.6 | grooming_meeting | severe
re:\b(abang|saya|aku|uncle|akak) (ambil|jemput|hantar) (adik|awak|kau|you) (kat|dari|di|balik) (sekolah|rumah|tuisyen)\b | grooming | 0.5 | grooming_meeting |
re:\brumah (awak|adik|kau|you) (kat|dekat|di) mana\b | grooming | 0.35 | grooming_meeting |
re:\blari dari rumah\b | grooming | 0.35 | grooming_meeting |

# ---- flattery ----
re:\bmatang (untuk|bagi) (umur|usia) (awak|adik|kau|you|macam ni)\b | grooming | 0.7 | grooming_flattery | severe
re:\b(umur|usia) (hanya|cuma|cuma satu) (nombor|angka)\b | grooming | 0.6 | grooming_flattery |
re:\bcinta (tak|tidak) (kenal|mengenal) (usia|umur)\b | grooming | 0.5 | grooming_flattery |
re:\b(adik|awak|you) (boleh )?percaya (kat|pada|dekat) (abang|akak|uncle|saya)\b | grooming | 0.4 | grooming_flattery |
adik comel        | grooming | 0.25 | grooming_flattery |

# ---- isolation ----
re:\b(mak ayah|mak bapak|parents|keluarga|kawan-kawan) (awak|adik|kau|you) (tak|tidak) (faham|sayang|peduli|kisah)( pun)?( pasal)? (awak|adik|kau|you)?\b | grooming | 0.6 | grooming_isolation |
re:\b(hanya|cuma) (abang|saya|aku|uncle|akak) (je |sahaja )?(yang )?(faham|sayang|peduli) (awak|adik|kau|you)\b | grooming | 0.6 | grooming_isolation |

# ---- Hiding from parents, game top-ups, school-uniform photos (added 2026-12, original work, MIT) ----
re:\bjangan (bagi|biar) (parents|mak|ayah|mak ayah|ibu bapa|family|abah|mama|papa) (nampak|tahu|tau|baca)\b | grooming | 0.7 | grooming_secrecy | severe
re:\b(delete|padam|buang) (semua|semua chat|chat|mesej)( ye| ya| tau)?\b | grooming | 0.4 | grooming_secrecy |
re:\b(topup|top up|belanja|belikan|beli) (💎|diamond|skin|uc|robux)\b | grooming | 0.5 | grooming_gift |
re:\b(gambar|pic|foto|video)\w*( adik| awak| dik)? (pakai|berpakaian|dengan) (baju sekolah|uniform sekolah|uniform|seragam|baju tidur|bikini|tuala)\b | grooming | 0.65 | grooming_photo_request | severe
