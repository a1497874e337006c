# Thai extremism: calls to kill or expel groups, praise of attacks, recruitment.
# News vocabulary (ระเบิด, ผู้ก่อการร้าย) alone is not listed.
@format 1
@lang th
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- incitement ------------------------------------------------------------------------------
re:(ฆ่า|เผา|ยิง|ระเบิด|กําจัด|ไล่ฆ่า)(พวก|ไอ้พวก)?(มุสลิม|อิสลาม|แขก|พม่า|เขมร|ลาว|ต่างด้าว|เกย์|กะเทย|ตุ๊ด|คนจีน|เจ๊ก|ญวน|โรฮิงญา|ชาวพุทธ|คนพุทธ|ชาวคริสต์|คนอีสาน|คนใต้|คนดํา)(ให้|ทิ้ง)?(หมด|ตาย|เกลี้ยง|สิ้นซาก) | extremism | 0.85 | extremism_incitement | severe
re:ฆ่า.{1,20}ไม่บาป   | extremism | 0.75 | extremism_incitement | severe
ฆ่าให้หมด           | extremism | 0.45 | extremism_incitement | needs=group
ฆ่าทิ้งให้หมด        | extremism | 0.6  | extremism_incitement | needs=group
ฆ่าล้างโคตร         | extremism | 0.55 | extremism_incitement |
ล้างโคตร            | extremism | 0.4  | extremism_incitement | needs=target,group
ฆ่าล้างเผ่าพันธุ์      | extremism | 0.4  | extremism_incitement | needs=group
เผาให้หมด           | extremism | 0.4  | extremism_incitement | needs=group
ระเบิดให้หมด        | extremism | 0.55 | extremism_incitement | needs=group
ขวาพิฆาตซ้าย        | extremism | 0.6  | extremism_incitement |
ลากไปแขวนคอ       | extremism | 0.6  | extremism_incitement |
ลากออกมาฆ่า        | extremism | 0.7  | extremism_incitement | severe
ต้องนองเลือด        | extremism | 0.5  | extremism_incitement |

# --- glorification ---------------------------------------------------------------------------
ผู้ก่อการร้ายคือวีรบุรุษ | extremism | 0.8 | extremism_glorification | severe
วีรชนผู้พลีชีพ        | extremism | 0.45 | extremism_glorification |
ไอเอสจงเจริญ        | extremism | 0.85 | extremism_glorification | severe
ระเบิดพลีชีพ        | extremism | 0.3  | extremism_glorification |
ญิฮาด              | extremism | 0.2  | extremism_glorification |
สงครามศักดิ์สิทธิ์     | extremism | 0.3  | extremism_glorification |
ยิงกราดสะใจ        | extremism | 0.75 | extremism_glorification | severe
ระเบิดสะใจ          | extremism | 0.7  | extremism_glorification | severe
สมควรโดนระเบิด     | extremism | 0.65 | extremism_glorification |

# --- recruitment -----------------------------------------------------------------------------
เข้าร่วมไอเอส        | extremism | 0.7  | extremism_recruitment | severe
เข้าร่วมกลุ่มไอเอส    | extremism | 0.7  | extremism_recruitment | severe
เข้าร่วมญิฮาด        | extremism | 0.75 | extremism_recruitment | severe
มาร่วมญิฮาด         | extremism | 0.75 | extremism_recruitment | severe
วิธีทำระเบิด          | extremism | 0.5  | extremism_recruitment |
สอนทำระเบิด         | extremism | 0.6  | extremism_recruitment |
สูตรทำระเบิด         | extremism | 0.6  | extremism_recruitment |

# ---- Praise of attackers, attacks on places of worship, armed recruitment (added 2026-12,
# ---- original work, MIT); spaced spellings of ระเบิด are folded by the patterns ----
re:(วางระ\s?เบิ\s?ด|ระ\s?เบิ\s?ด|ก่อการร้าย|ยิงกราด|พลีชีพ).{0,25}(คือ|เป็น)(วีรบุรุษ|ฮีโร่|วีรชน|คนกล้า) | extremism | 0.8 | extremism_glorification | severe
re:(ต้องมีอีก|ทําอีก|ต้องทําอีก|ขอให้มีอีก)(หลาย)?                                    | extremism | 0.2 | extremism_glorification |
re:(เผา|ระเบิด|ทําลาย|ถล่ม|บุก)(มัสยิด|วัด|โบสถ์|ศาลเจ้า|สุเหร่า)                       | extremism | 0.7 | extremism_incitement | severe
ฆ่าให้เรียบ          | extremism | 0.45 | extremism_incitement |
พร้อมจับอาวุธ        | extremism | 0.45 | extremism_recruitment |
จับอาวุธต่อสู้         | extremism | 0.45 | extremism_recruitment |
ศัตรูของพระเจ้า       | extremism | 0.4  | extremism_recruitment |
ค่ายฝึกอาวุธ         | extremism | 0.55 | extremism_recruitment |
re:(มี)?ค่ายฝึก(ให้)?                                                              | extremism | 0.25 | extremism_recruitment |
# arms and a contact channel in one post: recruitment
re:(จับอาวุธ|ถืออาวุธ|ต่อสู้เพื่อพระเจ้า|ญิฮาด|ร่วมรบ).{0,60}(ทักมา|ติดต่อ|เทเลแกรม|telegram|ไลน์|inbox|อินบ็อกซ์) | extremism | 0.65 | extremism_recruitment | severe
