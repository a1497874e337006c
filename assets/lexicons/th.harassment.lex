# Thai harassment: insults, profanity aimed at people, threats, wishes of harm, sexual
# harassment, body shaming, doxxing and blackmail.
# Thai entries match as substrings (no word boundaries): each term is long or specific enough not
# to occur inside innocent words. Bare swear words ("สัส", "เหี้ย", "ควย") are also interjections
# ("เหี้ยไรเนี่ย") and are needs=target with low weight; the prefixes ไอ้ (male) and อี (female)
# aim them at a person.
@format 1
@lang th
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- profanity (interjection unless aimed) --------------------------------------------------
สัส              | harassment | 0.35 | profanity_at_person | needs=target
เหี้ย             | harassment | 0.35 | profanity_at_person | needs=target
เหี้ยม            | allow
เหี้ยน            | allow
ควย              | harassment | 0.35 | profanity_at_person | needs=target
เย็ดแม่           | harassment | 0.45 | profanity_at_person | needs=target
เย็ดเข้           | harassment | 0.3  | profanity_at_person | needs=target
ฉิบหาย           | harassment | 0.25 | profanity_at_person | needs=target
ห่าราก           | harassment | 0.45 | profanity_at_person | needs=target
ตายห่า           | harassment | 0.35 | profanity_at_person | needs=target
พ่องตาย          | harassment | 0.5  | profanity_at_person | needs=target
ระยำ             | harassment | 0.45 | profanity_at_person | needs=target
บัดซบ            | harassment | 0.4  | profanity_at_person | needs=target
เวรตะไล          | harassment | 0.4  | profanity_at_person | needs=target
ส้นตีน           | harassment | 0.45 | profanity_at_person | needs=target
# aimed with ไอ้ / อี / มึง
ไอ้สัส           | harassment | 0.6  | profanity_at_person |
อีสัส            | harassment | 0.6  | profanity_at_person |
ไอ้สัตว์          | harassment | 0.65 | profanity_at_person |
อีสัตว์           | harassment | 0.65 | profanity_at_person |
ไอ้เหี้ย          | harassment | 0.6  | profanity_at_person |
อีเหี้ย           | harassment | 0.6  | profanity_at_person |
ไอ้ควย           | harassment | 0.6  | profanity_at_person |
หน้าควย          | harassment | 0.55 | profanity_at_person |
หน้าเหี้ย         | harassment | 0.55 | profanity_at_person |
หน้าเหี้ยม        | allow
หน้าสัส          | harassment | 0.55 | profanity_at_person |
หน้าตีน          | harassment | 0.55 | profanity_at_person |
ไอ้ห่า            | harassment | 0.55 | profanity_at_person |
อีห่า             | harassment | 0.55 | profanity_at_person |
ไอ้ระยำ          | harassment | 0.65 | profanity_at_person |
อีระยำ           | harassment | 0.65 | profanity_at_person |
ไอ้เวร           | harassment | 0.55 | profanity_at_person |
อีเวร            | harassment | 0.55 | profanity_at_person |
อีเวร์            | allow
เย็ดแม่มึง        | harassment | 0.75 | profanity_at_person |
ไอ้เย็ดแม่        | harassment | 0.75 | profanity_at_person |
พ่อมึงตาย        | harassment | 0.7  | profanity_at_person |
แม่มึงตาย        | harassment | 0.7  | profanity_at_person |
โคตรพ่อโคตรแม่มึง | harassment | 0.7 | profanity_at_person |
โคตรพ่อมึง       | harassment | 0.6  | profanity_at_person |
โคตรแม่มึง       | harassment | 0.6  | profanity_at_person |
พ่อมึงสิ          | harassment | 0.5  | profanity_at_person |
แม่มึงสิ          | harassment | 0.5  | profanity_at_person |
พ่อมึง           | harassment | 0.4  | profanity_at_person |
แม่มึง           | harassment | 0.4  | profanity_at_person |

# --- insults --------------------------------------------------------------------------------
ควาย             | harassment | 0.4  | insult_at_person | needs=target
ไอ้ควาย          | harassment | 0.65 | insult_at_person |
อีควาย           | harassment | 0.65 | insult_at_person |
โง่              | harassment | 0.3  | insult_at_person | needs=target
ไอ้โง่            | harassment | 0.65 | insult_at_person |
อีโง่             | harassment | 0.65 | insult_at_person |
โง่เง่า           | harassment | 0.45 | insult_at_person | needs=target
โง่ดักดาน        | harassment | 0.55 | insult_at_person | needs=target
โง่บัดซบ         | harassment | 0.6  | insult_at_person | needs=target
โง่เหมือนควาย    | harassment | 0.65 | insult_at_person |
หน้าโง่           | harassment | 0.5  | insult_at_person | needs=target
ปัญญาอ่อน        | harassment | 0.5  | insult_at_person | needs=target
สมองหมา         | harassment | 0.55 | insult_at_person | needs=target
สมองหมาย        | allow
สมองควาย        | harassment | 0.55 | insult_at_person | needs=target
สมองกลวง        | harassment | 0.45 | insult_at_person | needs=target
ไร้สมอง          | harassment | 0.4  | insult_at_person | needs=target
ไอ้บ้า            | harassment | 0.45 | insult_at_person |
อีบ้า             | harassment | 0.45 | insult_at_person |
ไอ้กาก           | harassment | 0.45 | insult_at_person |
ขยะสังคม        | harassment | 0.55 | insult_at_person | needs=target
เศษสวะ           | harassment | 0.55 | insult_at_person | needs=target
ไอ้สวะ           | harassment | 0.6  | insult_at_person |
อีสวะ            | harassment | 0.6  | insult_at_person |
ไอ้ขี้แพ้          | harassment | 0.5  | insult_at_person |
ไอ้ชั่ว           | harassment | 0.55 | insult_at_person |
อีชั่ว            | harassment | 0.55 | insult_at_person |
ชาติชั่ว          | harassment | 0.5  | insult_at_person | needs=target
ไอ้เลว           | harassment | 0.5  | insult_at_person |
อีเลว            | harassment | 0.5  | insult_at_person |
ชาติหมา         | harassment | 0.55 | insult_at_person | needs=target
ชาติหมาย        | allow
ไอ้ชาติหมา       | harassment | 0.7  | insult_at_person |
สัตว์นรก          | harassment | 0.5  | insult_at_person | needs=target
ไอ้หมา           | harassment | 0.55 | insult_at_person |
อีหมา            | harassment | 0.55 | insult_at_person |
หน้าหมา         | harassment | 0.5  | insult_at_person | needs=target
หน้าหมาย        | allow
หน้าหมาก        | allow
สันดานเสีย       | harassment | 0.5  | insult_at_person | needs=target
สันดานชั่ว        | harassment | 0.5  | insult_at_person | needs=target
สันดานหมา       | harassment | 0.6  | insult_at_person | needs=target
สันดานควาย      | harassment | 0.6  | insult_at_person | needs=target
หน้าด้าน          | harassment | 0.35 | insult_at_person | needs=target
หัวหน้าด้าน        | allow
ไอ้หน้าด้าน       | harassment | 0.55 | insult_at_person |
อีหน้าด้าน        | harassment | 0.55 | insult_at_person |
ตอแหล            | harassment | 0.4  | insult_at_person | needs=target
อีตอแหล          | harassment | 0.6  | insult_at_person |
ไอ้แมงดา         | harassment | 0.55 | insult_at_person |
ขี้ข้า             | harassment | 0.4  | insult_at_person | needs=target
ไอ้ขี้ข้า          | harassment | 0.55 | insult_at_person |
ไม่ต้องเสือก       | harassment | 0.5  | insult_at_person |
เสือกเรื่องชาวบ้าน  | harassment | 0.45 | insult_at_person |
อย่าเสือก         | harassment | 0.5  | insult_at_person |
หุบปาก           | harassment | 0.4  | insult_at_person | needs=target
ไสหัวไป          | harassment | 0.55 | insult_at_person |
ไปไกลๆตีน        | harassment | 0.6  | insult_at_person |
# women-directed sexual insults
อีดอก            | harassment | 0.65 | insult_at_person |
อีดอกทอง         | harassment | 0.75 | insult_at_person |
ดอกทอง          | harassment | 0.45 | insult_at_person | needs=target
อีตัว             | harassment | 0.55 | insult_at_person | needs=target
ลูกอีตัว          | harassment | 0.7  | insult_at_person |
กะหรี่            | harassment | 0.45 | insult_at_person | needs=target
อีกะหรี่           | harassment | 0.75 | insult_at_person |
ลูกกะหรี่          | harassment | 0.7  | insult_at_person |
อีร่าน            | harassment | 0.7  | insult_at_person |
ร่านสัส           | harassment | 0.65 | insult_at_person |
อีแรด            | harassment | 0.6  | insult_at_person |
อีสำส่อน          | harassment | 0.65 | insult_at_person |
สำส่อน           | harassment | 0.35 | insult_at_person | needs=target
อีแก่             | harassment | 0.55 | insult_at_person |
# political name-calling
ควายแดง          | harassment | 0.45 | insult_at_person | needs=target
ไอ้สลิ่ม          | harassment | 0.5  | insult_at_person |
สลิ่ม             | harassment | 0.3  | insult_at_person | needs=target
พวกชังชาติ        | harassment | 0.35 | insult_at_person | needs=target
ไอ้ชังชาติ        | harassment | 0.5  | insult_at_person |

# --- body shaming ---------------------------------------------------------------------------
อีอ้วน            | harassment | 0.6  | body_shaming |
ไอ้อ้วน           | harassment | 0.55 | body_shaming |
อ้วนเหมือนหมู     | harassment | 0.65 | body_shaming |
อ้วนอย่างกับหมู    | harassment | 0.65 | body_shaming |
อ้วนเป็นหมู       | harassment | 0.6  | body_shaming |
อ้วนเหมือนช้าง    | harassment | 0.6  | body_shaming |
อีช้างน้ำ          | harassment | 0.55 | body_shaming |
อีหมูตอน         | harassment | 0.6  | body_shaming |
อีดำ             | harassment | 0.45 | body_shaming | needs=target
ดำเหมือนตอตะโก   | harassment | 0.6  | body_shaming |
ดำเหมือนถ่าน      | harassment | 0.55 | body_shaming |
ดำตับเป็ด         | harassment | 0.45 | body_shaming | needs=target
ไอ้เตี้ย           | harassment | 0.5  | body_shaming |
อีเตี้ย            | harassment | 0.5  | body_shaming |
เตี้ยม่อต้อ        | harassment | 0.45 | body_shaming | needs=target
อีขี้เหร่          | harassment | 0.6  | body_shaming |
ขี้เหร่            | harassment | 0.35 | body_shaming | needs=target
หน้าตาอัปลักษณ์   | harassment | 0.45 | body_shaming | needs=target
หน้าเหมือนหมา    | harassment | 0.6  | body_shaming |
หน้าเหมือนควาย   | harassment | 0.6  | body_shaming |
หน้าเหมือนลิง     | harassment | 0.6  | body_shaming |
ไอ้ฟันเหยิน       | harassment | 0.55 | body_shaming |
ฟันเหยิน          | harassment | 0.35 | body_shaming | needs=target
นมยาน            | harassment | 0.5  | body_shaming | needs=target
อกแบน            | harassment | 0.35 | body_shaming | needs=target
ไอ้ผอมแห้ง        | harassment | 0.5  | body_shaming |

# --- threats --------------------------------------------------------------------------------
กูจะฆ่ามึง        | harassment | 0.95 | threat_violence | severe
จะฆ่ามึง          | harassment | 0.9  | threat_violence | severe
ฆ่ามึง            | harassment | 0.8  | threat_violence | severe
ฆ่ามึงทิ้ง         | harassment | 0.9  | threat_violence | severe
กูจะฆ่า           | harassment | 0.6  | threat_violence |
ฆ่าให้ตาย         | harassment | 0.55 | threat_violence | needs=target
มึงตายแน่         | harassment | 0.8  | threat_violence | severe
มึงตายแน่ๆ        | harassment | 0.8  | threat_violence | severe
มึงเจอกูแน่       | harassment | 0.75 | threat_violence |
มึงเจอดีแน่       | harassment | 0.7  | threat_violence |
มึงโดนแน่         | harassment | 0.6  | threat_violence |
โดนตีนแน่         | harassment | 0.6  | threat_violence | needs=target
กูจะยิง           | harassment | 0.8  | threat_violence | severe
ยิงมึง            | harassment | 0.85 | threat_violence | severe
ยิงทิ้ง            | harassment | 0.45 | threat_violence | needs=target
ยิงให้ตาย         | harassment | 0.65 | threat_violence | needs=target
แทงมึง           | harassment | 0.85 | threat_violence | severe
กูจะแทง          | harassment | 0.8  | threat_violence | severe
กระทืบมึง         | harassment | 0.8  | threat_violence | severe
กูจะกระทืบ        | harassment | 0.8  | threat_violence | severe
ดักกระทืบ         | harassment | 0.7  | threat_violence |
โดนกระทืบแน่     | harassment | 0.65 | threat_violence |
ตบมึง            | harassment | 0.65 | threat_violence |
กูจะตบ           | harassment | 0.65 | threat_violence |
ตบให้คว่ำ         | harassment | 0.55 | threat_violence | needs=target
ต่อยมึง           | harassment | 0.65 | threat_violence |
เผาบ้านมึง        | harassment | 0.9  | threat_violence | severe
ระเบิดบ้านมึง     | harassment | 0.9  | threat_violence | severe
เก็บมึง           | harassment | 0.7  | threat_violence |
สั่งเก็บ           | harassment | 0.45 | threat_violence | needs=target
อย่าให้กูเจอ       | harassment | 0.6  | threat_violence |
ถ้ากูเจอมึง        | harassment | 0.55 | threat_violence |
ระวังตัวไว้ให้ดี    | harassment | 0.45 | threat_violence | needs=target
ระวังตัวให้ดี      | harassment | 0.4  | threat_violence | needs=target
กูจะไปหาถึงบ้าน   | harassment | 0.7  | threat_violence |
ไปหาถึงบ้าน       | harassment | 0.4  | threat_violence | needs=target
ดักรอหน้าบ้าน     | harassment | 0.55 | threat_violence |

# --- wishes of harm -------------------------------------------------------------------------
ไปตายซะ          | harassment | 0.85 | wish_harm | severe
ไปตายไป          | harassment | 0.8  | wish_harm | severe
ตายๆไปซะ         | harassment | 0.8  | wish_harm | severe
ตายไปซะ          | harassment | 0.75 | wish_harm | severe
ไปตายห่า         | harassment | 0.8  | wish_harm | severe
ขอให้มึงตาย       | harassment | 0.9  | wish_harm | severe
ขอให้ตายโหง      | harassment | 0.85 | wish_harm | severe
ขอให้มันตาย       | harassment | 0.7  | wish_harm |
ขอให้ตาย         | harassment | 0.55 | wish_harm | needs=target
ตายโหง           | harassment | 0.5  | wish_harm | needs=target
ขอให้ฉิบหาย       | harassment | 0.6  | wish_harm |
ขอให้รถชน        | harassment | 0.7  | wish_harm |
ขอให้โดนรถชน     | harassment | 0.7  | wish_harm |
ขอให้เป็นมะเร็ง    | harassment | 0.7  | wish_harm |
ขอให้ตกนรก       | harassment | 0.55 | wish_harm |
ลงนรกไป          | harassment | 0.5  | wish_harm |
สมควรตาย         | harassment | 0.55 | wish_harm | needs=target
ตายทั้งโคตร       | harassment | 0.7  | wish_harm |
ตายยกครัว        | harassment | 0.6  | wish_harm |

# --- sexual harassment ----------------------------------------------------------------------
ขอเย็ด           | harassment | 0.85 | sexual_harassment | severe
อยากเย็ด         | harassment | 0.7  | sexual_harassment |
จะเย็ดมึง         | harassment | 0.85 | sexual_harassment | severe
เย็ดมึง           | harassment | 0.75 | sexual_harassment |
ขอดูนม          | harassment | 0.8  | sexual_harassment | severe
โชว์นม           | harassment | 0.55 | sexual_harassment |
ขอดูหี           | harassment | 0.85 | sexual_harassment | severe
หีแม่             | harassment | 0.55 | sexual_harassment |
อีหี              | harassment | 0.6  | sexual_harassment |
เงี่ยนไหม         | harassment | 0.65 | sexual_harassment |
ขอเอาหน่อย       | harassment | 0.6  | sexual_harassment |
ไปเอากันไหม      | harassment | 0.65 | sexual_harassment |
คืนละเท่าไหร่      | harassment | 0.65 | sexual_harassment |
น้องรับงานไหม     | harassment | 0.65 | sexual_harassment |
ไปโรงแรมกันไหม    | harassment | 0.55 | sexual_harassment |
ส่งรูปโป๊มา        | harassment | 0.8  | sexual_harassment | severe

# --- doxxing --------------------------------------------------------------------------------
กูรู้บ้านมึง        | harassment | 0.8  | doxxing | severe
กูรู้ว่ามึงอยู่ไหน   | harassment | 0.8  | doxxing | severe
รู้ที่อยู่มึง         | harassment | 0.7  | doxxing |
แฉที่อยู่          | harassment | 0.55 | doxxing |
แฉเบอร์           | harassment | 0.55 | doxxing |
ปล่อยเบอร์        | harassment | 0.5  | doxxing |
เบอร์โทรของมัน    | harassment | 0.45 | doxxing |
นี่คือบ้านของมัน   | harassment | 0.5  | doxxing |
ล่าแม่มด          | harassment | 0.3  | doxxing |
ช่วยกันแชร์ให้ถึงตัว | harassment | 0.4 | doxxing |

# --- blackmail ------------------------------------------------------------------------------
จะปล่อยคลิป      | harassment | 0.7  | blackmail | severe
ปล่อยคลิปหลุด     | harassment | 0.6  | blackmail |
จะประจาน         | harassment | 0.6  | blackmail |
เอาไปประจาน      | harassment | 0.6  | blackmail |
ถ้าไม่โอนเงิน      | harassment | 0.55 | blackmail |
ถ้าไม่อยากให้คลิปหลุด | harassment | 0.8 | blackmail | severe
ถ้าไม่อยากให้รูปหลุด | harassment | 0.8 | blackmail | severe
ส่งให้พ่อแม่มึงดู   | harassment | 0.7  | blackmail |
ส่งให้แฟนมึงดู     | harassment | 0.65 | blackmail |
แบล็กเมล์         | harassment | 0.4  | blackmail |
แบล็คเมล์         | harassment | 0.4  | blackmail |

# ---- Obfuscated and aimed forms (added 2026-12): Thai evasions put spaces or dots between
# ---- syllables ("ไอ้ สั ส", "อี.ด.อ.ก", "ฆ่า มึง", "ต า ย") and use ๅ for า; sara am is
# ---- decomposed to ํา by NFKC, so patterns never contain ำ. Original work, MIT.
re:(ไอ้|อี)[\s.\-_*]?ส[\s.\-_*]?ั[\s.\-_*]?ส            | harassment | 0.6  | profanity_at_person |
re:ส้น[\s.\-_*]?ตี[\s.\-_*]?น                          | harassment | 0.45 | insult_at_person | needs=target
re:อี[\s.\-_*]?ด[\s.\-_*]?อ[\s.\-_*]?ก                 | harassment | 0.65 | insult_at_person |
re:(ไอ้|อี)[\s.\-_*]?(เหี้ย|เ[\s.]?หี้[\s.]?ย)          | harassment | 0.6  | profanity_at_person |
re:คว[\s.\-_*]?[าๅ][\s.\-_*]?ย                         | harassment | 0.4  | insult_at_person | needs=target
re:โง่(เหมือน|อย่างกับ|ยังกับ|ยิ่งกว่า)\s?คว[าๅ]ย         | harassment | 0.65 | insult_at_person |
# "you (are) stupid/a buffalo/…": second-person pronoun directly before the insult
re:(มึง|เมิง|มรึง|เอ็ง|ไอ้นี่|อีนี่)(มัน|นี่|นี่มัน|แม่ง)?\s?(โง่|คว[าๅ]ย|ปัญญาอ่อน|กาก|ชั่ว|เลว|ระยำ|สวะ|ขยะ|ตอแหล|หน้าด้าน|สันดานเสีย) | harassment | 0.6 | insult_at_person |
# body shaming with an animal emoji (🐷 is read as "pig")
re:(อ้วน|หน้า|ตัว)(เหมือน|อย่างกับ|ยังกับ|เป็น)\s*(หมู|pig|ช้าง|ลิง|monkey|ควาย) | harassment | 0.6 | body_shaming |

# ---- Exclusion bullying: telling others to shun or kick someone out (added 2026-12) ----
อย่าไปคบกับ        | harassment | 0.35 | harassment_phrase |
อย่าไปคบ          | harassment | 0.3  | harassment_phrase |
ไม่มีใครอยากคบ     | harassment | 0.45 | harassment_phrase |
ไม่มีใครอยากเป็นเพื่อน | harassment | 0.45 | harassment_phrase |
re:(เตะ|ไล่|ลบ|แบน|คิก)(มัน|เขา|มึง|แก|อีนี่|ไอ้นี่)?ออกจาก(กลุ่ม|กรุ๊ป|ห้อง|แก๊ง) | harassment | 0.55 | harassment_phrase |
อย่าให้มันเข้ากลุ่ม   | harassment | 0.5  | harassment_phrase |
re:อย่าไป(คบ|ยุ่ง|คุย|เล่น)(กับ)?.{0,40}(เตะ|ไล่|ลบ|แบน|คิก).{0,10}ออก | harassment | 0.7 | harassment_phrase |
ไม่ต้องไปยุ่งกับมัน   | harassment | 0.35 | harassment_phrase |

# ---- Threats and wishes of harm with a pronoun or spaces inside (added 2026-12) ----
re:ฆ่า[\s.]{0,2}(มึง|เมิง|แก|เอ็ง|มัน)                 | harassment | 0.8  | threat_violence | severe
re:(มึง|เมิง|แก|เอ็ง)[\s.]{0,2}ต[\s.]?า[\s.]?ย[\s.]?แน่ | harassment | 0.8  | threat_violence | severe
re:ขอให้(มึง|แก|มัน|เอ็ง|พวกมึง|พวกมัน|เขา)?(โดน)?(รถชน|รถทับ|ฟ้าผ่า|ตาย|เป็นมะเร็ง|ตกนรก|พิการ) | harassment | 0.75 | wish_harm | severe
re:(กระทืบ|ตบ|ต่อย|แทง|ยิง)[\s.]{0,2}(มึง|เมิง|แก)[\s.]{0,2}(ให้)?(ตาย|คว่ํา|หมอบ)? | harassment | 0.7 | threat_violence |

# ---- Doxxing and blackmail (added 2026-12) ----
re:รู้(นะ)?(ว่า)?บ้าน(มึง|แก|เธอ|เอ็ง)อยู่             | harassment | 0.75 | doxxing | severe
re:บ้าน(มึง|แก|เอ็ง)อยู่(ซอย|ถนน|หมู่บ้าน|ตรง)           | harassment | 0.6  | doxxing |
re:(ไม่งั้น|ไม่อย่างนั้น|ถ้าไม่โอน|ถ้าไม่ส่ง|ถ้าไม่ทํา).{0,25}(ปล่อย|แฉ|ประจาน|โพสต์|แชร์|ส่ง)(รูป|คลิป|แชท|ภาพ) | harassment | 0.8 | blackmail | severe
re:(จะ)?(ปล่อย|แฉ|โพสต์|ประจาน)(รูป|คลิป|ภาพ)(มึง|แก|เธอ|หนู)  | harassment | 0.65 | blackmail |

# ---- Telling someone to kill or hurt themselves and wishing them dead: moved here from
# ---- th.selfharm.lex (2026-12). Aimed at someone else these are harassment (wish_harm, severe);
# ---- self_harm keeps only the writer's own risk. ----
ไปฆ่าตัวตาย | harassment | 0.9 | wish_harm | severe
ไปฆ่าตัวตายซะ | harassment | 0.95 | wish_harm | severe
ฆ่าตัวตายไปเลย | harassment | 0.9 | wish_harm | severe
ฆ่าตัวตายซะ | harassment | 0.9 | wish_harm | severe
ฆ่าตัวตายไปซะ | harassment | 0.95 | wish_harm | severe
ทำไมไม่ฆ่าตัวตาย | harassment | 0.85 | wish_harm | severe
ไปผูกคอตาย | harassment | 0.95 | wish_harm | severe
ผูกคอตายซะ | harassment | 0.9 | wish_harm | severe
ผูกคอตายไป | harassment | 0.9 | wish_harm | severe
ไปกระโดดตึกตาย | harassment | 0.9 | wish_harm | severe
กระโดดตึกตายไป | harassment | 0.9 | wish_harm | severe
โดดตึกตายไป | harassment | 0.85 | wish_harm | severe
ไปโดดตึก | harassment | 0.75 | wish_harm | severe
โดดน้ำตายไป | harassment | 0.85 | wish_harm | severe
ไปกินยาตาย | harassment | 0.9 | wish_harm | severe
กินยาตายไป | harassment | 0.9 | wish_harm | severe
กินยาฆ่าแมลงตายไป | harassment | 0.9 | wish_harm | severe
อยู่ไปก็หนักแผ่นดิน | harassment | 0.6 | insult_at_person | needs=target
เกิดมาหนักแผ่นดิน | harassment | 0.5 | insult_at_person | needs=target
re:ไป[\s.]?ต[\s.]?า[\s.]?ย[\s.]?(ซะ|ไป|ห่า|เถอะ|ซะเถอะ) | harassment | 0.85 | wish_harm | severe
re:ตาย[\s.]?ๆ[\s.]?ไป[\s.]?(ซะ|เถอะ) | harassment | 0.8 | wish_harm | severe
re:(มึง|แก|เอ็ง)[\s.]?(ก็)?(ไป)?ฆ่าตัวตาย | harassment | 0.85 | wish_harm | severe
re:ไป[\s.]?ฆ่า[\s.]?ตัว[\s.]?ตาย | harassment | 0.85 | wish_harm | severe

# ---- The same words said of oneself are the writer's own risk:
# ---- th.selfharm.lex lists these patterns as self_harm_risk, and the identical `allow` here keeps
# ---- the harassment entries above from reading them as a wish aimed at someone. ----
re:(กู|ฉัน|ผม|หนู|ข้า|ชั้น)?\s?(อยาก|คิดจะ|กำลังจะ|คิดอยาก|ว่าจะ)\s?(จะ)?\s?ไป[\s.]?(ฆ่า[\s.]?ตัว[\s.]?ตาย|ผูกคอตาย|กินยาตาย|โดดตึก|กระโดดตึกตาย|โดดน้ำตาย) | allow
re:(กู|ฉัน|ผม|หนู|ข้า|ชั้น)\s?(จะ|คง|ขอ|คงต้อง)\s?ไป[\s.]?(ฆ่า[\s.]?ตัว[\s.]?ตาย|ผูกคอตาย|กินยาตาย|โดดตึก|กระโดดตึกตาย|โดดน้ำตาย) | allow
re:(กู|ฉัน|ผม|หนู|ข้า|ชั้น)\s?(อยาก|จะ|คิดจะ|คง|ขอ|ว่าจะ|ก็)*\s?(ฆ่าตัวตาย|ผูกคอตาย|กินยาตาย|โดดตึกตาย|กระโดดตึกตาย|โดดน้ำตาย)(ไปเลย|ซะ|ไปซะ|ไป) | allow
