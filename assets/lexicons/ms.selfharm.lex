# Malay self-harm: first-person risk only. Telling someone else to kill themselves is harassment
# (wish_harm), in ms.harassment.lex.
@format 1
@lang ms
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

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

# ---- The writer's own wish in words that, said to someone, are a death wish (those moved to
# ---- ms.harassment.lex, 2026-12); the same patterns are `allow` there. ----
re:\b(aku|saya|ak|aq|gua|gue|sy)( rasa| memang| dah| pun| ni)*( nak| mahu| ingin| akan| nk| mau| teringin nak| baik| lebih baik| patut)( pergi| pi| gi)? (bunuh diri|gantung diri|terjun bangunan)( je| jela| jelah| ajelah| la| lah)?\b | self_harm | 0.7 | self_harm_risk | severe
