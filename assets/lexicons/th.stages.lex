# Thai grooming stages as they are written in chat: short cores that match inside longer messages
# (Thai is matched without word edges; a space inside a term may also be left out). Each entry alone
# is weak: parents, teachers, friends and couples say many of these too, and a conversation warns only
# when several stages add up (assets/conversation.json). Complements th.grooming.lex; no entry repeats it.
@format 1
@lang th
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT

# --- trust: flattery, "mature for your age", "I understand you", "tell me anything" -----------------
อายุเป็นแค่ตัวเลข     | grooming | 0.4  | grooming_flattery |
คิดเป็นผู้ใหญ่        | grooming | 0.35 | grooming_flattery |
ดูโตกว่า            | grooming | 0.3  | grooming_flattery |
โตกว่าอายุ          | grooming | 0.4  | grooming_flattery |
ไม่เหมือนเด็กทั่วไป    | grooming | 0.35 | grooming_flattery |
หนูน่ารัก           | grooming | 0.25 | grooming_flattery |
น้องน่ารัก          | grooming | 0.25 | grooming_flattery |
น้องสวย            | grooming | 0.25 | grooming_flattery |
เป็นนางแบบ          | grooming | 0.3  | grooming_flattery |
พี่เข้าใจน้อง        | grooming | 0.3  | grooming_flattery |
บอกพี่ได้ทุกเรื่อง     | grooming | 0.35 | grooming_flattery |
เด็กดีของพี่         | grooming | 0.4  | grooming_flattery |

# --- personal: age, school, where they live, who is home, house rules ----------------------------
ม.ไหน              | grooming | 0.3  | grooming_age_question |
ม.อะไร             | grooming | 0.3  | grooming_age_question |
เรียนที่ไหน          | grooming | 0.3  | grooming_age_question |
เรียนโรงเรียน        | grooming | 0.25 | grooming_age_question |
อยู่ชั้นไหน          | grooming | 0.25 | grooming_age_question |
อยู่จังหวัดไหน       | grooming | 0.25 | grooming_age_question |
บ้านอยู่แถวไหน       | grooming | 0.3  | grooming_age_question |
บ้านว่าง            | grooming | 0.3  | grooming_age_question |
คนเดียวป่ะ          | grooming | 0.25 | grooming_age_question |
พ่อแม่หลับ          | grooming | 0.45 | grooming_age_question |
ที่บ้านหลับ          | grooming | 0.45 | grooming_age_question |
พ่อแม่ไม่อยู่         | grooming | 0.35 | grooming_age_question |
พ่อแม่กลับกี่โมง      | grooming | 0.4  | grooming_age_question |
เช็คมือถือ           | grooming | 0.3  | grooming_age_question |
ที่บ้านให้มีแฟน       | grooming | 0.35 | grooming_age_question |

# --- isolation: nobody else understands you, only I do, your friends are fake ---------------------
ไม่เข้าใจเธอ         | grooming | 0.3  | grooming_isolation |
ไม่เข้าใจน้อง        | grooming | 0.3  | grooming_isolation |
ไม่เข้าใจหนู         | grooming | 0.3  | grooming_isolation |
ไม่มีใครเข้าใจ       | grooming | 0.3  | grooming_isolation |
ผู้ใหญ่ไม่เข้าใจ       | grooming | 0.35 | grooming_isolation |
มีแต่พี่ที่           | grooming | 0.35 | grooming_isolation |
เพื่อนปลอม          | grooming | 0.3  | grooming_isolation |
ไม่ใช่เพื่อนแท้        | grooming | 0.35 | grooming_isolation |
ไม่ไว้ใจเธอ         | grooming | 0.3  | grooming_isolation |

# --- secrecy: don't tell, nobody will know, cover stories, delete the chat ------------------------
อย่าให้ผู้ปกครองรู้    | grooming | 0.45 | grooming_secrecy | severe
ไม่ต้องบอกผู้ปกครอง  | grooming | 0.4  | grooming_secrecy |
อย่าบอกที่บ้าน       | grooming | 0.4  | grooming_secrecy |
อย่าให้ที่บ้านรู้       | grooming | 0.4  | grooming_secrecy |
ถ้าพ่อแม่รู้          | grooming | 0.35 | grooming_secrecy |
ห้ามบอกใคร          | grooming | 0.35 | grooming_secrecy |
อย่าเล่าให้          | grooming | 0.25 | grooming_secrecy |
ไม่มีใครเห็นหรอก     | grooming | 0.3  | grooming_secrecy |
ไม่มีใครรู้หรอก       | grooming | 0.3  | grooming_secrecy |
บอกว่าไปบ้านเพื่อน    | grooming | 0.4  | grooming_secrecy |
ลบแชทนี้            | grooming | 0.35 | grooming_secrecy |

# --- move_app: other apps, spare accounts, disappearing messages ---------------------------------
เทเลแกรม           | grooming | 0.25 | grooming_private_app |
telegram           | grooming | 0.2  | grooming_private_app |
signal             | grooming | 0.2  | grooming_private_app |
ย้ายไปคุย           | grooming | 0.35 | grooming_private_app |
ไปคุยต่อใน          | grooming | 0.3  | grooming_private_app |
ข้อความหายเอง       | grooming | 0.4  | grooming_private_app |
แชทลับ             | grooming | 0.35 | grooming_private_app |
แอคสำรอง           | grooming | 0.3  | grooming_private_app |

# --- gift: game currency, top-up cards, e-wallets, phones, fares -----------------------------------
เอาเพชร            | grooming | 0.25 | grooming_gift |
อยากได้สกิน         | grooming | 0.25 | grooming_gift |
บัตรเติมเงิน         | grooming | 0.25 | grooming_gift |
ทรูมันนี่            | grooming | 0.2  | grooming_gift |
truemoney          | grooming | 0.2  | grooming_gift |
re:ซื้อ(มือถือ|โทรศัพท์|ไอโฟน|iphone).{0,15}ให้ | grooming | 0.3  | grooming_gift |
ออกค่ารถให้         | grooming | 0.3  | grooming_gift |

# --- sexual: kissing, "have you done it", what you wear, bodies, bed ------------------------------
เคยจูบ             | grooming | 0.35 | grooming_sexual_talk |
เคยทำอะไรกับ       | grooming | 0.35 | grooming_sexual_talk |
เคยมีอะไรกับ        | grooming | 0.4  | grooming_sexual_talk |
ใส่อะไรอยู่          | grooming | 0.35 | grooming_sexual_talk |
ตัวที่พี่ชอบ         | grooming | 0.25 | grooming_sexual_talk |
ใส่ชุดอะไรอยู่        | grooming | 0.35 | grooming_sexual_talk |
หุ่นหนู             | grooming | 0.35 | grooming_sexual_talk |
หุ่นน้อง            | grooming | 0.35 | grooming_sexual_talk |
re:ยังซิง(ไหม|มั้ย|ป่ะ|อยู่ไหม|อยู่มั้ย|อยู่ป่ะ|รึเปล่า|หรือเปล่า) | grooming | 0.4  | grooming_sexual_talk |
มีประจำเดือนยัง      | grooming | 0.35 | grooming_sexual_talk |

# --- photo: pictures of you, selfies, camera, "no face needed", "just for me" --------------------
ส่งเซลฟี่            | grooming | 0.3  | grooming_photo_request |
ขอเซลฟี่            | grooming | 0.3  | grooming_photo_request |
แลกรูป             | grooming | 0.35 | grooming_photo_request |
ส่งรูปตัวเอง         | grooming | 0.3  | grooming_photo_request |
ไม่ต้องเห็นหน้า       | grooming | 0.45 | grooming_photo_request |
เปิดกล้องให้         | grooming | 0.35 | grooming_photo_request |
ถ่ายให้พี่ดู          | grooming | 0.3  | grooming_photo_request |
ให้พี่ดูคนเดียว      | grooming | 0.4  | grooming_photo_request |

# --- meet: I'll pick you up, come to my place, sneak out, run away to me --------------------------
พี่ไปรับ            | grooming | 0.35 | grooming_meeting |
เค้าไปรับ           | grooming | 0.35 | grooming_meeting |
ที่บ้านพี่            | grooming | 0.3  | grooming_meeting |
ห้องพี่              | grooming | 0.3  | grooming_meeting |
ค้างบ้านพี่          | grooming | 0.4  | grooming_meeting |
หนีออกมา           | grooming | 0.4  | grooming_meeting |
แอบออกจากบ้าน      | grooming | 0.45 | grooming_meeting |
เจอตัวจริง           | grooming | 0.3  | grooming_meeting |
