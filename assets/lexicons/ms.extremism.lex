# Malay violent extremism: calls to kill or attack groups and places of worship, threats to repeat
# the 13 May 1969 riots, praise of attacks, recruitment to ISIS-style groups.
@format 1
@lang ms
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

re:\b(bunuh|bantai|sembelih|penggal|bakar|tembak|hapuskan|musnahkan|ganyang|serang) (semua |kesemua |kaum |orang )*(kafir|cina|keling|india|melayu|yahudi|murtad|syiah|kristian|indon|bangla|pendatang|lgbt|pondan)\b | extremism | 0.85 | extremism_incitement | severe
re:\b(halal|dihalalkan) darah(nya| mereka| dia| korang)?\b | extremism | 0.85 | extremism_incitement | severe
re:\bdarah (dia|mereka|diorang|korang) halal\b | extremism | 0.85 | extremism_incitement | severe
re:\b(wajib|patut|layak|halal) (dibunuh|dibantai|dipenggal|disembelih|dibakar|diperangi)\b | extremism | 0.65 | extremism_incitement | severe
re:\b(ulang|ulangi|buat semula|nak buat|jadikan|cetuskan) (peristiwa |tragedi |rusuhan )?13 mei\b | extremism | 0.75 | extremism_incitement | severe
re:\b13 mei (lagi|kedua|jilid 2|part 2)\b | extremism | 0.6 | extremism_incitement |
re:\b(bakar|serang|robohkan|musnahkan) (gereja|kuil|tokong|masjid|surau|rumah ibadat)\b | extremism | 0.6 | extremism_incitement |
kafir harbi       | extremism | 0.35 | extremism_incitement |
re:\b(hijrah|pergi berjihad|berangkat) ke (syria|syam|daulah|raqqa|marawi|bumi jihad)\b | extremism | 0.7 | extremism_recruitment | severe
re:\b(baiah|bai'ah|berbaiah|taat setia) (kepada |pada )?(khalifah|daulah|isis|amirul mukminin|baghdadi)\b | extremism | 0.75 | extremism_recruitment | severe
re:\b(sertai|menyertai|join|masuk) (isis|daesh|daulah|daulah islamiyah|al-qaeda|al qaeda|jemaah islamiyah|kumpulan militan)\b | extremism | 0.75 | extremism_recruitment | severe
re:\b(cara|tutorial) (buat|membuat|pasang) (bom|bahan letupan|bom paip|senjata api buatan sendiri)\b | extremism | 0.75 | extremism_recruitment | severe
re:\b(isis|daulah|daulah islamiyah) (akan )?(menang|bangkit|kekal|kembali)\b | extremism | 0.6 | extremism_glorification |
re:\b(pengebom|penyerang|pengganas|pelaku) (tu |itu )?(adalah )?(wira|hero|syahid|mujahid|pejuang sejati)\b | extremism | 0.75 | extremism_glorification | severe
re:\bsemoga (amaliyah|serangan|jihad|syahid)(nya| mereka| dia)? diterima\b | extremism | 0.7 | extremism_glorification | severe

# ---- Praise of the Movida-style bombing as jihad, Daulah recruitment with a contact (added 2026-12,
# ---- original work, MIT) ----
re:\b(bom|serangan|letupan|tembakan)\b.{0,30}\b(jihad sebenar|jihad yang sebenar|syahid|wira)\b | extremism | 0.75 | extremism_glorification | severe
re:\bpejuang (daulah|is|isis) (wira|hero|syahid)\b | extremism | 0.7 | extremism_glorification | severe
re:\b(berjihad|jihad|daulah|mujahidin)\b.{0,60}\b(hubungi|pm|telegram|whatsapp|inbox|tiket)\b | extremism | 0.7 | extremism_recruitment | severe
