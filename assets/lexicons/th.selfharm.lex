# Thai self-harm: first-person wishes to die = self_harm_risk (help resources). Telling someone
# else to kill themselves is harassment (wish_harm), in th.harassment.lex. "อยากตาย" alone is common
# hyperbole ("อายจนอยากตาย") and weighs little.
@format 1
@lang th
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- risk (first person) ---------------------------------------------------------------------
อยากตาย           | self_harm | 0.3  | self_harm_risk |
อยากตายจริงๆ       | self_harm | 0.55 | self_harm_risk |
อยากตายแล้ว        | self_harm | 0.45 | self_harm_risk |
อยากฆ่าตัวตาย      | self_harm | 0.8  | self_harm_risk | severe
จะฆ่าตัวตาย        | self_harm | 0.7  | self_harm_risk | severe
คิดฆ่าตัวตาย       | self_harm | 0.7  | self_harm_risk | severe
คิดจะฆ่าตัวตาย     | self_harm | 0.75 | self_harm_risk | severe
เคยคิดฆ่าตัวตาย    | self_harm | 0.6  | self_harm_risk |
ไม่อยากมีชีวิตอยู่   | self_harm | 0.75 | self_harm_risk |
ไม่อยากอยู่บนโลกนี้  | self_harm | 0.7  | self_harm_risk |
ไม่อยากอยู่แล้ว      | self_harm | 0.4  | self_harm_risk |
ไม่อยากตื่นขึ้นมาอีก | self_harm | 0.6  | self_harm_risk |
อยากหายไปจากโลกนี้ | self_harm | 0.6  | self_harm_risk |
อยากหายไปจากโลก   | self_harm | 0.55 | self_harm_risk |
อยากหลับไม่ตื่น     | self_harm | 0.6  | self_harm_risk |
เบื่อชีวิต           | self_harm | 0.3  | self_harm_risk |
ไม่มีใครต้องการฉัน   | self_harm | 0.5  | self_harm_risk |
ไม่มีใครต้องการเรา   | self_harm | 0.5  | self_harm_risk |
ไม่มีใครรักฉัน      | self_harm | 0.35 | self_harm_risk |
เป็นภาระของทุกคน   | self_harm | 0.5  | self_harm_risk |
กรีดข้อมือ          | self_harm | 0.65 | self_harm_risk |
กรีดแขน            | self_harm | 0.6  | self_harm_risk |
กรีดแขนตัวเอง      | self_harm | 0.7  | self_harm_risk |
ทำร้ายตัวเอง        | self_harm | 0.5  | self_harm_risk |
ทำร้ายร่างกายตัวเอง | self_harm | 0.55 | self_harm_risk |
กินยาเกินขนาด      | self_harm | 0.45 | self_harm_risk |
กินยานอนหลับทั้งแผง | self_harm | 0.7  | self_harm_risk | severe
จบชีวิตตัวเอง       | self_harm | 0.6  | self_harm_risk |
จบชีวิตตัวเองดีกว่า  | self_harm | 0.75 | self_harm_risk | severe
ลาก่อนทุกคน        | self_harm | 0.35 | self_harm_risk |
จดหมายลาตาย       | self_harm | 0.6  | self_harm_risk |

# ---- First-person risk: "อยากตาย" is a risk statement on its own (help resources, not removal);
# ---- hyperbole collocations are allowed. Plans (pills saved up) are severe. Added 2026-12 ----
re:อยาก[\s.]?ต[\s.]?า[\s.]?ย                           | self_harm | 0.5  | self_harm_risk |
อายจนอยากตาย       | allow
อายอยากตาย         | allow
ขำจนอยากตาย        | allow
re:(เตรียม|สะสม|เก็บ|ซื้อ)(ยา|ยานอนหลับ|ยาพารา|เชือก|ยาฆ่าแมลง)ไว้(หมด|แล้ว|เยอะ) | self_harm | 0.6 | self_harm_risk | severe
ไม่ไหวแล้วจริงๆ      | self_harm | 0.2  | self_harm_risk |
อยู่ไปก็ไม่มีประโยชน์   | self_harm | 0.5  | self_harm_risk |
ไม่อยากอยู่ต่อแล้ว     | self_harm | 0.55 | self_harm_risk |

# ---- The writer's own wish in words that, said to someone, are a death wish (those moved to
# ---- th.harassment.lex, 2026-12); the same patterns are `allow` there. ----
re:(กู|ฉัน|ผม|หนู|ข้า|ชั้น)?\s?(อยาก|คิดจะ|กำลังจะ|คิดอยาก|ว่าจะ)\s?(จะ)?\s?ไป[\s.]?(ฆ่า[\s.]?ตัว[\s.]?ตาย|ผูกคอตาย|กินยาตาย|โดดตึก|กระโดดตึกตาย|โดดน้ำตาย) | self_harm | 0.7 | self_harm_risk | severe
re:(กู|ฉัน|ผม|หนู|ข้า|ชั้น)\s?(จะ|คง|ขอ|คงต้อง)\s?ไป[\s.]?(ฆ่า[\s.]?ตัว[\s.]?ตาย|ผูกคอตาย|กินยาตาย|โดดตึก|กระโดดตึกตาย|โดดน้ำตาย) | self_harm | 0.7 | self_harm_risk | severe
re:(กู|ฉัน|ผม|หนู|ข้า|ชั้น)\s?(อยาก|จะ|คิดจะ|คง|ขอ|ว่าจะ|ก็)*\s?(ฆ่าตัวตาย|ผูกคอตาย|กินยาตาย|โดดตึกตาย|กระโดดตึกตาย|โดดน้ำตาย)(ไปเลย|ซะ|ไปซะ|ไป) | self_harm | 0.7 | self_harm_risk | severe

# ---- "I will kill myself" with a first-person pronoun: th.groups.lex lists the same pattern as
# ---- `allow` so that "กูจะฆ่า" inside it is not read as a threat; this entry keeps it a risk. ----
re:(กู|ผม|ฉัน|พวกเรา|ข้า|พวกกู|ตู|เรา|หนู|ชั้น)\s?(จะ|จะไป|จะต้อง|ขอ|อยาก|คิดจะ|ต้อง)\s?(ไป)?ฆ่าตัวตาย | self_harm | 0.75 | self_harm_risk | severe
