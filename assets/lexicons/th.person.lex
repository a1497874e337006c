# Thai abuse aimed at one person: insults said to or about someone, mother insults, threats and
# death wishes, in the everyday online register. Complements th.harassment.lex (words listed there
# are not repeated). Thai has no spaces between words and no word edges are checked: entries are
# compounds or patterns with a pronoun (มึง, แก, เอ็ง) or a prefix (ไอ้, อี) before the insult.
# "แก" ending a pattern is followed by a class that keeps out แก้/แก่/แกง/แกล้ง/แกะ; "แก" before
# more words refuses a ก before it (ตุ๊กแก, gecko).
# "นัง" is also the end of หนัง (film, leather): the pattern for it refuses a ห before.
@format 1
@lang th
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT

# --- ctx:target: pointing at someone, missing from th.context.lex ----------------------------
นายนี่            | ctx:target
ยัยนั่น           | ctx:target
หมอนั่น          | ctx:target
เจ้านี่            | ctx:target
re:(^|[^ห])นังนั่น | ctx:target

# --- insults: words and compounds not yet listed (need someone aimed at) --------------------
ปัญญาควาย        | harassment | 0.6  | insult_at_person | needs=target
หน้าตัวเมีย        | harassment | 0.6  | insult_at_person | needs=target
สารเลว           | harassment | 0.6  | insult_at_person | needs=target
ระยำตำบอน        | harassment | 0.6  | insult_at_person | needs=target
จัญไร             | harassment | 0.55 | insult_at_person | needs=target
อัปรีย์            | harassment | 0.55 | insult_at_person | needs=target
อุบาทว์            | harassment | 0.55 | insult_at_person | needs=target
สันดานต่ำ          | harassment | 0.6  | insult_at_person | needs=target
ต่ำตม             | harassment | 0.55 | insult_at_person | needs=target
คนชั้นต่ำ          | harassment | 0.6  | insult_at_person | needs=target
ปากหมา           | harassment | 0.6  | insult_at_person | needs=target
ไม่มีสมอง         | harassment | 0.55 | insult_at_person | needs=target
มีสมองไหม         | harassment | 0.55 | insult_at_person | needs=target
สมองเท่าเม็ดถั่ว    | harassment | 0.6  | insult_at_person | needs=target
โง่สัส             | harassment | 0.6  | insult_at_person | needs=target
โง่ฉิบหาย          | harassment | 0.6  | insult_at_person | needs=target
โง่ชิบหาย          | harassment | 0.6  | insult_at_person | needs=target
โง่เหี้ย            | harassment | 0.6  | insult_at_person | needs=target
บรมโง่            | harassment | 0.6  | insult_at_person | needs=target
ลูกไม่มีพ่อ         | harassment | 0.6  | insult_at_person | needs=target
พ่อแม่ไม่สั่งสอน     | harassment | 0.6  | insult_at_person | needs=target
พ่อแม่ไม่เคยสอน    | harassment | 0.6  | insult_at_person | needs=target
ไม่มีพ่อแม่สั่งสอน   | harassment | 0.65 | insult_at_person | needs=target
เด็กเปรต          | harassment | 0.55 | insult_at_person | needs=target
เด็กเวร           | harassment | 0.55 | insult_at_person | needs=target
แก่หัวงู           | harassment | 0.6  | insult_at_person | needs=target
หน้าด้านไร้ยางอาย  | harassment | 0.6  | insult_at_person | needs=target
ไร้ยางอาย         | harassment | 0.55 | insult_at_person | needs=target
เปลืองข้าวสุก      | harassment | 0.6  | insult_at_person | needs=target
ขี้แพ้ชวนตี        | harassment | 0.55 | insult_at_person | needs=target
น่าขยะแขยง        | harassment | 0.55 | insult_at_person | needs=target

# --- insults abusive on their own ----------------------------------------------------------
สมองมีไว้คั่นหู     | harassment | 0.7  | insult_at_person |
สมองมีไว้กั้นหู     | harassment | 0.7  | insult_at_person |
หน้าหี            | harassment | 0.65 | insult_at_person |
หน้าส้นตีน         | harassment | 0.65 | insult_at_person |
ไอ้ลูกหมา         | harassment | 0.75 | insult_at_person |
ลูกอีดอก          | harassment | 0.8  | insult_at_person |
ตาแก่หัวงู         | harassment | 0.7  | insult_at_person |
ไอ้แก่หัวงู        | harassment | 0.75 | insult_at_person |
ไอ้สัด            | harassment | 0.7  | profanity_at_person |
อีสัด             | harassment | 0.7  | profanity_at_person |
ไอ้เชี่ย           | harassment | 0.6  | profanity_at_person |
อีเชี่ย            | harassment | 0.6  | profanity_at_person |
ไอ้หอก           | harassment | 0.65 | profanity_at_person |
# prefixed insults: ไอ้ / อี + insult
re:(ไอ้|อี)\s?(งั่ง|เบื๊อก|ทึ่ม|ปัญญาอ่อน|ปัญญาควาย|สมองหมา|สมองควาย|สมองกลวง|หน้าตัวเมีย|ขี้ขลาด|ขยะ|ชาติชั่ว|ลูกควาย|สันดานต่ำ|สันดานหมา|ต่ำตม|จัญไร|อัปรีย์|อุบาทว์|ถ่อย|ไพร่|ขี้คุก|ขี้ยา|แพศยา|สารเลว|เปรต|ผีบ้า|ปากหมา|ปากเสีย|หน้าหี|หน้าโง่|ตัวเหี้ย|เด็กเปรต|เด็กเวร|ไร้ค่า|ไร้ประโยชน์|ไร้สมอง|ขี้โกง|ขี้ขโมย|โรคจิต|วิปริต|ตอหลดตอแหล|เนรคุณ|ทรยศ|หน้าไม่อาย|ไม่มีสมอง|บ้ากาม) | harassment | 0.7 | insult_at_person |
# นัง + insult (not หนัง)
re:(^|[^ห])นัง(แพศยา|ร่าน|ดอกทอง|กะหรี่|ชั่ว|สารเลว|ขี้เหร่|ตอแหล|หน้าด้าน|หน้าหี|งั่ง|ปากหมา|แรด|สำส่อน|โง่|ควาย|เหี้ย|สัตว์|ระยำ|จัญไร|อัปรีย์|ไพร่|บ้า|ผีบ้า|เลว|ขี้ข้า|ตัวดี) | harassment | 0.7 | insult_at_person |
# "you (are) X": pronoun, an optional copula, then the insult
re:(มึง|เมิง|มรึง|มืง|เอ็ง|พวกมึง|พวกเอ็ง|พวกแก|(^|[^ก])แก)(มัน|นี่|นี่มัน|แม่ง|ก็|มันก็|มันเป็น|เป็น|ก็แค่|แม่งเป็น|ก็เป็น)?\s?(ไอ้|อี)?(สัตว์|สวะ|ขยะ|งั่ง|เบื๊อก|ทึ่ม|ปัญญาควาย|กะหรี่|ดอกทอง|ตัวเหี้ย|ขี้แพ้|ไร้ค่า|ไร้ประโยชน์|ต่ำตม|ชั้นต่ำ|สารเลว|จัญไร|อัปรีย์|ถ่อย|น่าขยะแขยง|น่ารังเกียจ|ตัวถ่วง|หน้าตัวเมีย|ไม่มีสมอง|สมองหมา|สมองควาย|ลูกหมา|หมาข้างถนน|หมาขี้เรื้อน|ปากหมา|โรคจิต|ขี้ขลาด|ขี้ข้า|ไพร่|ตอแหล|หน้าด้าน) | harassment | 0.75 | insult_at_person |
# mother and family insults
re:(พ่อ|แม่|โคตรพ่อ|โคตรแม่|ครอบครัว|พ่อแม่|ทั้งโคตร)(มึง|เมิง|เอ็ง|แก)(มัน|ก็|เป็น|มันเป็น|นี่)?\s?(กะหรี่|ดอกทอง|อีดอก|อีตัว|ร่าน|แรด|ขายตัว|สำส่อน|ควาย|เหี้ย|สัตว์|ไม่สั่งสอน|ไม่สอน|ไม่เคยสอน|เลี้ยงมาไม่ดี|ไม่ได้สั่งสอน) | harassment | 0.8 | insult_at_person |
# shut up, get lost
re:หุบปาก\s?(ไป|ซะ|เหอะ|เถอะ|ไปเลย|ไว้)?\s?(มึง|เมิง|เอ็ง|ไอ้|พวกมึง) | harassment | 0.65 | insult_at_person |
หุบปากหมา         | harassment | 0.7  | insult_at_person |
หุบปากไปเลย       | harassment | 0.55 | insult_at_person |
ไสหัวออกไป        | harassment | 0.6  | insult_at_person |
ไปให้พ้นหน้ากู      | harassment | 0.65 | insult_at_person |

# --- appearance aimed at someone (body_shaming) ---------------------------------------------
re:หน้า(ตา)?(เหมือน|อย่างกับ|ยังกับ|ยังกะ|อย่างกะ)\s?(ตูด|ตีน|ส้นตีน|ปลวก|คางคก|ไก่ต้ม|จิ้งจก|ตุ๊กแก|หมู|หมา|ลิง|ควาย) | harassment | 0.65 | body_shaming |
re:อ้วน(เหมือน|อย่างกับ|ยังกับ|ยังกะ|เป็น)\s?(ตุ่ม|โอ่ง|ถังน้ำ|ฮิปโป|วาฬ|แรด) | harassment | 0.6 | body_shaming |
ไอ้หมูอ้วน         | harassment | 0.6  | body_shaming |
ไอ้ขี้เหร่          | harassment | 0.6  | body_shaming |

# --- threats of violence --------------------------------------------------------------------
re:(กู|ผม|ฉัน|ข้า)\s?(รู้|รู้นะ|รู้แล้ว)(ว่า)?\s?(มึง|เอ็ง|แก)\s?(อยู่|ทำงาน|เรียน|พัก|นอน)\s?(ที่ไหน|ไหน|ตรงไหน|ซอยไหน|บ้านเลขที่) | harassment | 0.85 | threat_violence | severe
re:(กู|ข้า|พวกกู)\s?(จะ)?\s?(ตาม)?หา(ตัว)?(มึง|เอ็ง)\s?ให้เจอ | harassment | 0.8 | threat_violence | severe
re:(มึง|เมิง|เอ็ง|พวกมึง|พวกแก|(^|[^ก])แก)\s?(ไม่รอด|หนีไม่พ้น|หนีไม่รอด)(แน่|แน่ๆ|หรอก|แน่นอน) | harassment | 0.8 | threat_violence | severe
re:(มึง|เมิง|เอ็ง|พวกมึง)\s?(จะ|จะต้อง|ต้อง)\s?(เสียใจ|ชดใช้|ได้รับกรรม) | harassment | 0.6 | threat_violence |
re:(มึง|เมิง|เอ็ง|พวกมึง)\s?(จะ|จะต้อง|ต้อง)\s?(เจ็บตัว|พิการ|นอนโรงพยาบาล|ไม่ได้ตายดี|ตายอย่างทรมาน|ไม่มีที่ยืน|ไม่มีแผ่นดินอยู่) | harassment | 0.85 | threat_violence | severe
ระวังหลังไว้ให้ดี    | harassment | 0.7  | threat_violence |
ระวังหลังไว้        | harassment | 0.65 | threat_violence |
re:ระวัง(ตัว|หลัง)ไว้(ให้ดี)?(เถอะ|ละกัน)?\s?(มึง|เมิง|เอ็ง|ไอ้) | harassment | 0.65 | threat_violence |
# "I'll break your legs / smash your head": act + body part + you
re:(หัก|ตัด|ทุบ|ตี|เตะ|กระทืบ|ยิง|แทง|เด็ด|ควัก|บีบ|ตบ)(ขา|แขน|คอ|มือ|หัว|ฟัน|กระดูก|ซี่โครง|ลูกตา|ปาก|กบาล|ไข่|หน้า)(มึง|เมิง|เอ็ง|พวกมึง|แก($|[^่้๊๋็งละนวรมสบดลฮ])) | harassment | 0.85 | threat_violence | severe
re:(เชือด|ฟันคอ|ปาดคอ|ตัดคอ|ตัดหัว|เป่าหัว|ยิงหัว|ยิงกบาล|ฝัง|จับถ่วงน้ำ|ถ่วงน้ำ|เผาทั้งเป็น|รุมกระทืบ|ยำ|ตื้บ|ตื๊บ)(มึง|เมิง|เอ็ง|พวกมึง) | harassment | 0.85 | threat_violence | severe
เอามึงตาย         | harassment | 0.85 | threat_violence | severe
เอามึงถึงตาย       | harassment | 0.9  | threat_violence | severe
ดักตีหัว           | harassment | 0.7  | threat_violence | needs=target severe
ดักยิง            | harassment | 0.7  | threat_violence | needs=target severe

# --- wishes of death and harm ---------------------------------------------------------------
re:(อยาก|หวัง|ภาวนา|แช่ง|สาปแช่ง|ขอสาปแช่ง)(ให้)?(มึง|เมิง|เอ็ง|พวกมึง|ครอบครัวมึง|ทั้งโคตรมึง|แก)\s?(ตาย|ไปตาย|ตายๆ|โดนรถชน|รถชนตาย|เป็นมะเร็ง|ฉิบหาย|พิการ|ตกนรก|ตายโหง|ตายห่า|ไม่ได้ผุดได้เกิด|เป็นอัมพาต|ตายอย่างทรมาน|ไม่มีที่ซุกหัวนอน) | harassment | 0.85 | wish_harm | severe
ขอให้ไม่ได้ผุดได้เกิด | harassment | 0.8  | wish_harm | severe
ไม่ได้ผุดได้เกิด    | harassment | 0.6  | wish_harm | needs=target
ขอให้ตายอย่างทรมาน | harassment | 0.85 | wish_harm | severe
ไปตายไกลๆ        | harassment | 0.8  | wish_harm | severe
ไปตายที่อื่น        | harassment | 0.75 | wish_harm | severe
ไปตายที่ไหนก็ไป    | harassment | 0.8  | wish_harm | severe
re:(ไป)?ลงนรก(ไป)?(ซะ|เถอะ|ไปเลย|ไปซะ) | harassment | 0.65 | wish_harm |

# --- allow: benign phrases holding the words above ------------------------------------------
หน้าหีบ           | allow
ควายเหล็ก         | allow
ขี่ควาย            | allow
วัวควาย           | allow
ควายไถนา         | allow
วิ่งควาย           | allow
ฟาร์มควาย         | allow
ควายนม           | allow
# silly question / silly joke: "โง่ๆ" about a thing, not a person
คำถามโง่ๆ         | allow
ถามโง่ๆ           | allow
เรื่องโง่ๆ          | allow
มุกโง่ๆ           | allow
ความคิดโง่ๆ        | allow
