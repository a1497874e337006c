# Thai hate: slurs and attacks on people for their ethnicity, nationality, religion, gender,
# sexual orientation or disability; dehumanising terms that count next to a group name.
# Substring matching (no word boundaries in Thai): terms are specific; group nouns that are also
# ordinary words (แขก = guest, ลาว, จีน) only appear with the contemptuous prefix ไอ้/อี/พวก.
@format 1
@lang th
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- sexual orientation and gender identity --------------------------------------------------
ไอ้ตุ๊ด            | hate | 0.65 | slur_group |
อีตุ๊ด             | hate | 0.6  | slur_group |
ตุ๊ด              | hate | 0.3  | slur_group | needs=target
ตุ๊ดตู่            | allow
ตุ๊ดการ์ด          | allow
ตุ๊ดการ์ท          | allow
ไอ้กะเทย          | hate | 0.55 | slur_group |
อีกะเทย           | hate | 0.55 | slur_group |
ไอ้เกย์            | hate | 0.5  | slur_group |
ไอ้ทอม            | hate | 0.45 | slur_group |
อีทอม             | hate | 0.45 | slur_group |
พวกผิดเพศ         | hate | 0.55 | hate_group_attack |
ผิดเพศ            | hate | 0.35 | hate_group_attack | needs=target,group
วิปริตทางเพศ       | hate | 0.4  | hate_group_attack | needs=target,group
เบี่ยงเบนทางเพศ     | hate | 0.3  | hate_group_attack | needs=group
re:(เกย์|กะเทย|ตุ๊ด|ทอม|เลสเบี้ยน|lgbt\w*|คนข้ามเพศ|พวกรักร่วมเพศ)(มัน)?(เป็น|คือ)?(โรคจิต|พวกโรคจิต|ผิดธรรมชาติ|วิปริต|ตัวประหลาด|เชื้อโรค|ขยะ|ความผิดปกติ|ความป่วย|บาป|ตัวกาลกิณี) | hate | 0.65 | hate_group_attack | severe

# --- ethnicity, race, nationality ------------------------------------------------------------
ไอ้เจ๊ก            | hate | 0.6  | slur_group |
อีเจ๊ก             | hate | 0.6  | slur_group |
เจ๊ก              | hate | 0.3  | slur_group | needs=target,group
รถเจ๊ก            | allow
ไอ้ลาว            | hate | 0.5  | slur_group |
อีลาว             | hate | 0.5  | slur_group |
ไอ้พม่า            | hate | 0.6  | slur_group |
อีพม่า             | hate | 0.6  | slur_group |
ไอ้เขมร           | hate | 0.6  | slur_group |
อีเขมร            | hate | 0.6  | slur_group |
ไอ้แขก            | hate | 0.55 | slur_group |
อีแขก             | hate | 0.55 | slur_group |
แขกดำ             | hate | 0.45 | slur_group | needs=target,group
ไอ้ญวน            | hate | 0.55 | slur_group |
ไอ้ยุ่น             | hate | 0.45 | slur_group |
ไอ้มืด             | hate | 0.45 | slur_group |
ไอ้นิโกร           | hate | 0.65 | slur_group |
นิโกร             | hate | 0.3  | slur_group | needs=target,group
ไอ้ต่างด้าว         | hate | 0.55 | slur_group |
ต่างด้าวสกปรก      | hate | 0.6  | hate_group_attack |
พม่าสกปรก         | hate | 0.6  | hate_group_attack |
เขมรขี้ขโมย        | hate | 0.6  | hate_group_attack |
re:(พวก|ไอ้พวก|อีพวก)(พม่า|เขมร|ลาว|แขก|ต่างด้าว|มุสลิม|อิสลาม|เจ๊ก|ญวน|โรฮิงญา|กะเทย|ตุ๊ด|เกย์|ทอม|คนดํา)(มัน)?(สกปรก|ชั่ว|เลว|ขี้ขโมย|โจร|ควาย|เหี้ย|สัตว์|ขยะ|เชื้อโรค|ไม่ใช่คน|น่ารังเกียจ|ปัญญาอ่อน|สวะ|หมา) | hate | 0.7 | hate_group_attack | severe
re:(ไล่|เตะ|ส่ง)(พวก|ไอ้พวก)?(พม่า|เขมร|ลาว|แขก|ต่างด้าว|มุสลิม|โรฮิงญา|คนจีน|เจ๊ก|ญวน)(กลับประเทศ|กลับบ้าน|ออกไป|ออกไปให้หมด) | hate | 0.5 | hate_group_attack |
ไล่ออกไปให้หมด    | hate | 0.45 | hate_group_attack | needs=group

# --- religion -------------------------------------------------------------------------------
ไอ้พวกมุสลิม       | hate | 0.55 | hate_group_attack |
re:(มุสลิม|อิสลาม|แขก)(มัน)?(เป็น|คือ)?(โจร|ผู้ก่อการร้าย|พวกก่อการร้าย|ระเบิด|สัตว์) | hate | 0.6 | hate_group_attack | severe
ศาสนาโจร          | hate | 0.6  | hate_group_attack |
ศาสนาบ้าๆ         | hate | 0.4  | hate_group_attack |

# --- women ----------------------------------------------------------------------------------
ผู้หญิงโง่          | hate | 0.5  | hate_group_attack |
เป็นผู้หญิงอย่าเสือก | hate | 0.6  | hate_group_attack |
ผู้หญิงควรอยู่ในครัว | hate | 0.5  | hate_group_attack |
ผู้หญิงมีหน้าที่แค่   | hate | 0.45 | hate_group_attack |
สมควรโดนข่มขืน     | hate | 0.9  | hate_group_attack | severe
แต่งตัวแบบนี้ก็สมควรโดน | hate | 0.75 | hate_group_attack | severe
สมควรโดนปล้ำ      | hate | 0.85 | hate_group_attack | severe

# --- disability -----------------------------------------------------------------------------
ไอ้ง่อย            | hate | 0.6  | slur_group |
อีง่อย             | hate | 0.6  | slur_group |
ไอ้ใบ้             | hate | 0.55 | slur_group |
อีใบ้              | hate | 0.55 | slur_group |
ไอ้บอด            | hate | 0.55 | slur_group |
ไอ้ปัญญาอ่อน       | hate | 0.65 | slur_group |
อีปัญญาอ่อน        | hate | 0.65 | slur_group |
ไอ้พิการ           | hate | 0.6  | slur_group |
ไอ้ออทิสติก        | hate | 0.6  | slur_group |
ไอ้เอ๋อ            | hate | 0.55 | slur_group |
อีเอ๋อ             | hate | 0.55 | slur_group |
ไอ้ปัญญานิ่ม        | hate | 0.45 | slur_group |

# --- dehumanising (next to a group name) -----------------------------------------------------
เชื้อโรค           | hate | 0.3  | dehumanising_group | needs=group
แมลงสาบ           | hate | 0.4  | dehumanising_group | needs=group
ปรสิต              | hate | 0.45 | dehumanising_group | needs=group
พวกสัตว์            | hate | 0.45 | dehumanising_group | needs=group
สัตว์เดรัจฉาน       | hate | 0.5  | dehumanising_group | needs=target,group
พันธุ์ชั่ว           | hate | 0.5  | dehumanising_group | needs=group
เผ่าพันธุ์ชั่ว        | hate | 0.6  | dehumanising_group |
ควรกำจัด           | hate | 0.5  | dehumanising_group | needs=group
กำจัดให้หมด        | hate | 0.5  | dehumanising_group | needs=group
เนรคุณแผ่นดิน      | hate | 0.35 | hate_group_attack | needs=group

# ---- Generalisations and comparisons about a group (added 2026-12, original work, MIT):
# ---- "<group> (มัน) เหมือนแมลงสาบ", "โง่ทั้งประเทศ", "ไว้ใจไม่ได้สักคน", "ไล่กลับไป". ----
re:(เหมือน|อย่างกับ|ยังกับ|คือ|เป็น)\s?(แมลงสาบ|🪳|หนู|rat|เชื้อโรค|ปรสิต|เห็บ|หมา|สัตว์|ลิง|monkey|ขยะ|หนอน|🐛)  | hate | 0.5 | dehumanising_group | needs=group
re:(โง่|ควาย|ชั่ว|เลว|สกปรก|ขี้ขโมย|เป็นโจร|ขี้โกง)(ทุกคน|ทั้งประเทศ|ทั้งหมด|ทั้งชาติ|ทั้งเผ่า|หมดทุกคน) | hate | 0.55 | hate_group_attack | needs=group
re:(ทุกคน|ทั้งหมด)(เป็น|คือ)(โจร|ขโมย|ผู้ก่อการร้าย|ขยะ|ภัยสังคม|ตัวปัญหา) | hate | 0.55 | hate_group_attack | needs=group
ไว้ใจไม่ได้สักคน     | hate | 0.4  | hate_group_attack | needs=group
ไว้ใจไม่ได้ทั้งนั้น     | hate | 0.4  | hate_group_attack | needs=group
re:ต่ํากว่าคน(ไทย|ปกติ|ทั่วไป)?                        | hate | 0.55 | dehumanising_group | needs=group
re:(ไล่|ส่ง)(มัน|พวกมัน)?กลับ(ไป)?(ประเทศ|บ้านเกิด)?(ให้หมด|ไปให้หมด) | hate | 0.5 | hate_group_attack | needs=group
มาแย่งงานคนไทย      | hate | 0.4  | hate_group_attack | needs=group
แย่งงานคนไทย        | hate | 0.35 | hate_group_attack | needs=group
ไม่ควรให้อยู่ในสังคม   | hate | 0.5  | hate_group_attack | needs=group
ไม่ควรมีสิทธิ์         | hate | 0.4  | hate_group_attack | needs=group
ไม่ควรได้เป็นผู้นํา     | hate | 0.45 | hate_group_attack | needs=group
น่ารังเกียจ          | hate | 0.3  | hate_group_attack | needs=group
re:(มัน)?วิปริต                                       | hate | 0.45 | hate_group_attack | needs=group
re:(ผู้หญิง|พวกผู้หญิง|ผู้หญิงทุกคน)(มัน|แม่ง)?\s?(โง่|ควาย|ไร้สมอง|ไม่มีสมอง) | hate | 0.65 | hate_group_attack |
re:(มุสลิม|อิสลาม|แขก|พม่า|เขมร|ลาว|ต่างด้าว|โรฮิงญา|คนจีน|เจ๊ก|ญวน|คนอีสาน|คนใต้|กะเทย|ตุ๊ด|เกย์)(ทุกคน|ทั้งหมด|ทุกตัว)?(มัน|แม่ง)?(เป็น|คือ)(โจร|ขโมย|ผู้ก่อการร้าย|ขยะ|ภัยสังคม|ตัวปัญหา|สัตว์|คนโง่) | hate | 0.65 | hate_group_attack | severe

# ---- slurs standing alone (2026-12; proposed from the suites' development errors, weights low where the word has an ordinary sense) ----
อีก้อ               | hate | 0.7 | slur_group |
โจรใต้              | hate | 0.7 | slur_group |
แต๋ว                | hate | 0.6 | slur_group | needs=target,group
ง่อย                | hate | 0.6 | slur_group | needs=target
