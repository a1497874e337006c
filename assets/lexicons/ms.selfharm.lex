# Malay self-harm: telling someone to kill themselves (encouragement, severe) and first-person risk.
@format 1
@lang ms
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- encouragement ----
bunuh diri je     | self_harm | 0.9 | self_harm_encouragement | severe
bunuh diri jela   | self_harm | 0.9 | self_harm_encouragement | severe
bunuh diri jelah  | self_harm | 0.9 | self_harm_encouragement | severe
bunuh diri ajelah | self_harm | 0.9 | self_harm_encouragement | severe
pergi bunuh diri  | self_harm | 0.9 | self_harm_encouragement | severe
pi bunuh diri     | self_harm | 0.9 | self_harm_encouragement | severe
gantung diri je   | self_harm | 0.9 | self_harm_encouragement | severe
pergi gantung diri | self_harm | 0.9 | self_harm_encouragement | severe
terjun bangunan je | self_harm | 0.85 | self_harm_encouragement | severe
re:\b(kau|ko|hang|awak|kamu|korang|engkau|lu) (\w+ )?(baik|lebih baik|patut|sepatutnya|elok|pergi|pi|gi) (mati|bunuh diri|gantung diri|terjun bangunan|terjun jambatan|minum racun|kelar tangan)\b | self_harm | 0.85 | self_harm_encouragement | severe
re:\b(bunuh diri|gantung diri|mati|minum racun|terjun)( je| jela| jelah| ajelah| la| lah)+ (kau|ko|hang|awak|korang|engkau|lu)\b | self_harm | 0.9 | self_harm_encouragement | severe
re:\b(kenapa|apasal|asal|pasal apa) (kau|ko|hang|awak) (tak|tidak|x) (bunuh diri|mati|gantung diri) (je|jela|lagi)\b | self_harm | 0.85 | self_harm_encouragement | severe
re:\b(dunia|semua orang) (akan )?(lebih baik|lebih aman|lebih tenang) tanpa (kau|ko|hang|awak|kamu)\b | self_harm | 0.75 | self_harm_encouragement | severe

# ---- first-person risk ----
re:\b(aku|saya|ak|aq) (\w+ )?(nak|mahu|ingin|teringin|rasa nak|rasa macam nak|dah fikir nak|terfikir nak|terfikir untuk) (mati|bunuh diri|mengakhiri hidup|tamatkan hidup|hilang selamanya|gantung diri|minum racun|terjun bangunan)\b | self_harm | 0.75 | self_harm_risk | severe
re:\b(aku|saya|ak) (dah |sudah )?(tak|tidak|x) (nak|mahu|larat|sanggup|kuat) (hidup|teruskan hidup)( lagi)?\b | self_harm | 0.7 | self_harm_risk | severe
re:\b(lebih baik|baik) (aku|saya) (mati|tak wujud|tak pernah lahir|hilang)\b | self_harm | 0.75 | self_harm_risk | severe
re:\b(penat|letih|muak|bosan) (dengan )?(hidup|kehidupan ini|hidup ni)\b | self_harm | 0.5 | self_harm_risk |
re:\b(semua orang|keluarga aku|family aku|diorang) (akan )?(lebih baik|lebih bahagia|lebih senang) tanpa (aku|saya)\b | self_harm | 0.7 | self_harm_risk | severe
re:\b(tiada|takde|tak ada) (guna|gunanya|sebab|makna) (aku |saya )?(hidup|untuk hidup)\b | self_harm | 0.6 | self_harm_risk |
re:\b(aku|saya|ak) (\w+ )?(kelar|toreh|hiris|potong|cederakan) (tangan|lengan|pergelangan|nadi|diri)( aku| sendiri| saya)?\b | self_harm | 0.7 | self_harm_risk | severe
re:\bberapa (banyak |biji )?(ubat|pil|panadol|paracetamol|ubat tidur) (untuk|nak|boleh) (mati|bunuh diri|overdos)\b | self_harm | 0.9 | self_harm_risk | severe
cara bunuh diri   | self_harm | 0.7 | self_harm_risk | severe
nak bunuh diri    | self_harm | 0.65 | self_harm_risk | severe
teringin nak mati | self_harm | 0.7 | self_harm_risk | severe
mesej terakhir aku | self_harm | 0.55 | self_harm_risk |
bunuh diri        | self_harm | 0.25 | self_harm_risk |

# ---- "Better you jump off a building" aimed at someone (added 2026-12, original work, MIT) ----
re:\b(baik|baik lah|lebih baik|elok|mending) (kau|ko|hang|awak|engkau|kamu) (terjun|gantung diri|bunuh diri|mati|mampus|minum racun|lompat)\b | self_harm | 0.85 | self_harm_encouragement | severe
