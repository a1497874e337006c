# Thai self-harm. Telling someone to kill themselves = self_harm_encouragement (severe).
# First-person wishes to die = self_harm_risk (help resources). "อยากตาย" alone is common
# hyperbole ("อายจนอยากตาย") and weighs little.
@format 1
@lang th
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- encouragement ---------------------------------------------------------------------------
ไปฆ่าตัวตาย        | self_harm | 0.9  | self_harm_encouragement | severe
ไปฆ่าตัวตายซะ      | self_harm | 0.95 | self_harm_encouragement | severe
ฆ่าตัวตายไปเลย     | self_harm | 0.9  | self_harm_encouragement | severe
ฆ่าตัวตายซะ        | self_harm | 0.9  | self_harm_encouragement | severe
ฆ่าตัวตายไปซะ      | self_harm | 0.95 | self_harm_encouragement | severe
ทำไมไม่ฆ่าตัวตาย   | self_harm | 0.85 | self_harm_encouragement | severe
ไปผูกคอตาย        | self_harm | 0.95 | self_harm_encouragement | severe
ผูกคอตายซะ        | self_harm | 0.9  | self_harm_encouragement | severe
ผูกคอตายไป        | self_harm | 0.9  | self_harm_encouragement | severe
ไปกระโดดตึกตาย    | self_harm | 0.9  | self_harm_encouragement | severe
กระโดดตึกตายไป    | self_harm | 0.9  | self_harm_encouragement | severe
โดดตึกตายไป       | self_harm | 0.85 | self_harm_encouragement | severe
ไปโดดตึก          | self_harm | 0.75 | self_harm_encouragement | severe
โดดน้ำตายไป       | self_harm | 0.85 | self_harm_encouragement | severe
ไปกินยาตาย        | self_harm | 0.9  | self_harm_encouragement | severe
กินยาตายไป        | self_harm | 0.9  | self_harm_encouragement | severe
กินยาฆ่าแมลงตายไป  | self_harm | 0.9  | self_harm_encouragement | severe
อยู่ไปก็หนักแผ่นดิน   | self_harm | 0.6  | self_harm_encouragement |
เกิดมาหนักแผ่นดิน   | self_harm | 0.5  | self_harm_encouragement |

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

# ---- "Go die" said to someone is encouragement to die (self-harm and harassment at once), also
# ---- spelled with spaces ("ไป ต า ย ซะ"); added 2026-12, original work, MIT ----
re:ไป[\s.]?ต[\s.]?า[\s.]?ย[\s.]?(ซะ|ไป|ห่า|เถอะ|ซะเถอะ)  | self_harm | 0.85 | self_harm_encouragement | severe
re:ตาย[\s.]?ๆ[\s.]?ไป[\s.]?(ซะ|เถอะ)                  | self_harm | 0.8  | self_harm_encouragement | severe
re:(มึง|แก|เอ็ง)[\s.]?(ก็)?(ไป)?ฆ่าตัวตาย               | self_harm | 0.85 | self_harm_encouragement | severe
re:ไป[\s.]?ฆ่า[\s.]?ตัว[\s.]?ตาย                       | self_harm | 0.85 | self_harm_encouragement | severe

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
