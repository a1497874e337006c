# Thai groups and predicates for the target x predicate layer: who a sentence is about (grp:*)
# and what it says of them (pred:*). A predicate scores only next to a group or a person in its
# sentence, or with a pronoun ("พวกมัน", "พวกเขา", "พวกนี้") pointing back to a group named just
# before. Groups already in th.context.lex (ctx:group) are not repeated.
# Thai has no spaces, so terms match inside longer words: no term here is a piece of a common
# innocent word. Left out on purpose: bare หมา (in หมาย, กฎหมาย), หมู (in หมู่, หมู่บ้าน), หนู (a
# pronoun), ชั่ว (in ชั่วโมง), บ้า (in บ้าน), ลิง (in ลิงก์), ขยะ (in ขยะแขยง, ถังขยะ), สตรี (in สตรีท).
# Plain ไม่ is not a negator in th.context.lex, so negated forms of the main predicates ("ไม่เกลียด",
# "ไม่ควรตาย") are listed under `allow`.
@format 1
@lang th
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- grp:protected: further protected groups (colloquial and derogatory names included)
เชื้อสายจีน                | grp:protected
ลูกจีน                     | grp:protected
ชาวอีสาน                   | grp:protected
ชาวใต้                     | grp:protected
คนสามจังหวัด               | grp:protected
สามจังหวัดชายแดนใต้        | grp:protected
ชาวปาตานี                  | grp:protected
ปาตานี                     | grp:protected
กะเหรี่ยง                  | grp:protected
ชาวม้ง                     | grp:protected
คนม้ง                      | grp:protected
อาข่า                      | grp:protected
ลีซอ                       | grp:protected
มูเซอ                      | grp:protected
ไทใหญ่                     | grp:protected
ชาวมอญ                     | grp:protected
คนมอญ                      | grp:protected
ชาวเล                      | grp:protected
มอแกน                      | grp:protected
คนดอย                      | grp:protected
ชาวดอย                     | grp:protected
คนไร้สัญชาติ               | grp:protected
แรงงานข้ามชาติ             | grp:protected
แรงงานต่างชาติ             | grp:protected
คนต่างชาติ                 | grp:protected
คนมาเลเซีย                 | grp:protected
ชาวมาเลเซีย                | grp:protected
คนญี่ปุ่น                  | grp:protected
ชาวญี่ปุ่น                 | grp:protected
คนเกาหลี                   | grp:protected
คนอเมริกัน                 | grp:protected
ชาวแอฟริกัน                | grp:protected
คนแอฟริกา                  | grp:protected
คนผิวสี                    | grp:protected
คนผิวขาว                   | grp:protected
นิโกร                      | grp:protected
ชาวปากีสถาน                | grp:protected
ชาวบังกลาเทศ               | grp:protected
คนบังคลาเทศ                | grp:protected
คนฟิลิปปินส์               | grp:protected
ชาวฟิลิปปินส์              | grp:protected
คนเนปาล                    | grp:protected
คาทอลิก                    | grp:protected
ฮินดู                      | grp:protected
ซิกข์                      | grp:protected
คนไม่มีศาสนา               | grp:protected
อเทวนิยม                   | grp:protected
พวกนอกรีต                  | grp:protected
คนนอกศาสนา                 | grp:protected
ทอมดี้                     | grp:protected
พวกทอม                     | grp:protected
แต๋ว                       | grp:protected
เก้งกวาง                   | grp:protected
ชายรักชาย                  | grp:protected
หญิงรักหญิง                | grp:protected
รักร่วมเพศ                 | grp:protected
คนรักเพศเดียวกัน           | grp:protected
ทรานส์                     | grp:protected
สาวสอง                     | grp:protected
ผู้ชายข้ามเพศ              | grp:protected
สาวข้ามเพศ                 | grp:protected
หญิงข้ามเพศ                | grp:protected
ชายข้ามเพศ                 | grp:protected
นอนไบนารี                  | grp:protected
เพศที่สาม                  | grp:protected
ไบเซ็กชวล                  | grp:protected
ผญ                         | grp:protected
เพศหญิง                    | grp:protected
ชะนี                       | grp:protected
พวกตัวเมีย                 | grp:protected
คนตาบอด                    | grp:protected
คนหูหนวก                   | grp:protected
คนใบ้                      | grp:protected
คนปัญญาอ่อน                | grp:protected
เด็กพิเศษ                  | grp:protected
ออทิสติก                   | grp:protected
ผู้ป่วยจิตเวช              | grp:protected
คนป่วยจิตเวช               | grp:protected
ดาวน์ซินโดรม               | grp:protected
คนง่อย                     | grp:protected

# ---- grp:other: groups that are not protected (abuse of them is harassment)
นักการเมือง                | grp:other
ส.ส.                       | grp:other
รัฐบาล                     | grp:other
รัฐมนตรี                   | grp:other
ตำรวจ                      | grp:other
ทหาร                       | grp:other
ข้าราชการ                  | grp:other
ผู้พิพากษา                 | grp:other
ทนาย                       | grp:other
แพทย์                      | grp:other
พยาบาล                     | grp:other
คุณครู                     | grp:other
พวกครู                     | grp:other
นักเรียน                   | grp:other
นักศึกษา                   | grp:other
กรรมการ                    | grp:other
ผู้ตัดสิน                  | grp:other
นักเตะ                     | grp:other
นักฟุตบอล                  | grp:other
แฟนบอล                     | grp:other
แฟนคลับ                    | grp:other
ด้อม                       | grp:other
พวกติ่ง                    | grp:other
อินฟลูเอนเซอร์             | grp:other
ยูทูบเบอร์                 | grp:other
เน็ตไอดอล                  | grp:other
พวกดารา                    | grp:other
ดาราไทย                    | grp:other
เกมเมอร์                   | grp:other
คนเล่นเกม                  | grp:other
เจ้าของหอ                  | grp:other
แลนด์ลอร์ด                 | grp:other
นายทุน                     | grp:other
เจ้าสัว                    | grp:other
คนรวย                      | grp:other
นายธนาคาร                  | grp:other
# bare ธนาคาร (the bank, its app) is an institution, not people: left out (2026-12)
นักข่าว                    | grp:other
สื่อมวลชน                  | grp:other
พวกสื่อ                    | grp:other
สลิ่ม                      | grp:other
ควายแดง                    | grp:other
เสื้อแดง                   | grp:other
เสื้อเหลือง                | grp:other
นกหวีด                     | grp:other
สามกีบ                     | grp:other
ด้อมส้ม                    | grp:other
ติ่งส้ม                    | grp:other
ม็อบ                       | grp:other
ผู้ชุมนุม                  | grp:other
นักเคลื่อนไหว              | grp:other
บูมเมอร์                   | grp:other
เด็กสมัยนี้                | grp:other
วัยรุ่น                    | grp:other
วินมอไซค์                  | grp:other
คนขับแท็กซี่               | grp:other
แท็กซี่                    | grp:other
ไรเดอร์                    | grp:other
เจ้าหน้าที่                | grp:other
เจ้านาย                    | grp:other
นายจ้าง                    | grp:other
ชาวเน็ต                    | grp:other
ไอโอ                       | grp:other
# คนบ้านนอก moved to grp:protected (regional origin, 2026-12)
เฟมินิสต์                  | grp:other

# ---- grp:pronoun: they, them and back-references
พวกมัน                     | grp:pronoun
พวกเขา                     | grp:pronoun
พวกเค้า                    | grp:pronoun
พวกนี้                     | grp:pronoun
พวกนั้น                    | grp:pronoun
คนพวกนี้                   | grp:pronoun
คนพวกนั้น                  | grp:pronoun
เหล่านี้                   | grp:pronoun
เหล่านั้น                  | grp:pronoun
พวกแม่ง                    | grp:pronoun

# ---- pred:emotion: strong negative emotion about a group
เกลียด                     | pred:emotion | 0.85 | hate_emotion_group
เกลียดชัง                  | pred:emotion | 0.9 | hate_emotion_group
ชิงชัง                     | pred:emotion | 0.9 | hate_emotion_group
จงเกลียดจงชัง              | pred:emotion | 0.9 | hate_emotion_group
เกลียดเข้าไส้              | pred:emotion | 0.9 | hate_emotion_group
เกลียดที่สุด               | pred:emotion | 0.9 | hate_emotion_group
เกลียดมาก                  | pred:emotion | 0.9 | hate_emotion_group
โคตรเกลียด                 | pred:emotion | 0.9 | hate_emotion_group
รังเกียจ                   | pred:emotion | 0.85 | hate_emotion_group
ขยะแขยง                    | pred:emotion | 0.85 | hate_emotion_group
สะอิดสะเอียน               | pred:emotion | 0.9 | hate_emotion_group
คลื่นไส้                   | pred:emotion | 0.8 | hate_emotion_group
อยากอ้วก                   | pred:emotion | 0.85 | hate_emotion_group
เห็นแล้วอ้วก               | pred:emotion | 0.85 | hate_emotion_group
เห็นแล้วจะอ้วก             | pred:emotion | 0.85 | hate_emotion_group
เหม็นขี้หน้า               | pred:emotion | 0.85 | hate_emotion_group
ทนไม่ได้                   | pred:emotion | 0.8 | hate_emotion_group
รับไม่ได้                  | pred:emotion | 0.8 | hate_emotion_group
เอือมระอา                  | pred:emotion | 0.8 | hate_emotion_group
สุดจะทน                    | pred:emotion | 0.8 | hate_emotion_group
แค้น                       | pred:emotion | 0.8 | hate_emotion_group
ไม่อยากเห็นหน้า            | pred:emotion | 0.8 | hate_emotion_group
เกลียดขี้หน้า              | pred:emotion | 0.9 | hate_emotion_group
ชังน้ำหน้า                 | pred:emotion | 0.9 | hate_emotion_group
เหม็นหน้า                  | pred:emotion | 0.8 | hate_emotion_group
อาฆาต                      | pred:emotion | 0.85 | hate_emotion_group
เคียดแค้น                  | pred:emotion | 0.85 | hate_emotion_group
ยะแยง                      | pred:emotion | 0.85 | hate_emotion_group
แหวะ                       | pred:emotion | 0.75 | hate_emotion_group
เห็นแล้วหงุดหงิด           | pred:emotion | 0.75 | hate_emotion_group
ไม่อยากอยู่ใกล้            | pred:emotion | 0.75 | hate_emotion_group
ไม่อยากเข้าใกล้            | pred:emotion | 0.75 | hate_emotion_group
หมดความอดทนกับ             | pred:emotion | 0.75 | hate_emotion_group
สุดทน                      | pred:emotion | 0.8 | hate_emotion_group

# ---- pred:attribute: very negative attributes said of a group
สกปรก                      | pred:attribute | 0.8 | negative_attribute_group
โสโครก                     | pred:attribute | 0.85 | negative_attribute_group
โสมม                       | pred:attribute | 0.85 | negative_attribute_group
ตัวเหม็น                   | pred:attribute | 0.8 | negative_attribute_group
เหม็น                      | pred:attribute | 0.7 | negative_attribute_group
มอมแมม                     | pred:attribute | 0.7 | negative_attribute_group
โง่                        | pred:attribute | 0.75 | negative_attribute_group
โง่ดักดาน                  | pred:attribute | 0.85 | negative_attribute_group
ควาย                       | pred:attribute | 0.75 | negative_attribute_group
ไร้สมอง                    | pred:attribute | 0.8 | negative_attribute_group
ไม่มีสมอง                  | pred:attribute | 0.8 | negative_attribute_group
สมองกลวง                   | pred:attribute | 0.75 | negative_attribute_group
ปัญญาอ่อน                  | pred:attribute | 0.8 | negative_attribute_group
ปัญญาควาย                  | pred:attribute | 0.8 | negative_attribute_group
ขี้โกง                     | pred:attribute | 0.8 | negative_attribute_group
ขี้ขโมย                    | pred:attribute | 0.85 | negative_attribute_group
หัวขโมย                    | pred:attribute | 0.85 | negative_attribute_group
เป็นขโมย                   | pred:attribute | 0.8 | negative_attribute_group
เป็นโจร                    | pred:attribute | 0.8 | negative_attribute_group
พวกโจร                     | pred:attribute | 0.8 | negative_attribute_group
โจรทั้งนั้น                | pred:attribute | 0.85 | negative_attribute_group
ขี้โกหก                    | pred:attribute | 0.8 | negative_attribute_group
ตอแหล                      | pred:attribute | 0.8 | negative_attribute_group
อาชญากร                    | pred:attribute | 0.8 | negative_attribute_group
ฆาตกร                      | pred:attribute | 0.85 | negative_attribute_group
ผู้ก่อการร้าย              | pred:attribute | 0.85 | negative_attribute_group
โจรใต้                     | pred:attribute | 0.85 | negative_attribute_group
ป่าเถื่อน                  | pred:attribute | 0.8 | negative_attribute_group
ไร้อารยธรรม                | pred:attribute | 0.8 | negative_attribute_group
ล้าหลัง                    | pred:attribute | 0.7 | negative_attribute_group
ด้อยพัฒนา                  | pred:attribute | 0.7 | negative_attribute_group
บ้านนอกคอกนา               | pred:attribute | 0.7 | negative_attribute_group
ขี้เกียจ                   | pred:attribute | 0.7 | negative_attribute_group
สันหลังยาว                 | pred:attribute | 0.7 | negative_attribute_group
ชั่วช้า                    | pred:attribute | 0.8 | negative_attribute_group
เลวทราม                    | pred:attribute | 0.85 | negative_attribute_group
ชั่วร้าย                   | pred:attribute | 0.8 | negative_attribute_group
สารเลว                     | pred:attribute | 0.85 | negative_attribute_group
เลวชาติ                    | pred:attribute | 0.85 | negative_attribute_group
ชาติชั่ว                   | pred:attribute | 0.85 | negative_attribute_group
คนชั่ว                     | pred:attribute | 0.8 | negative_attribute_group
ระยำ                       | pred:attribute | 0.8 | negative_attribute_group
ต่ำช้า                     | pred:attribute | 0.85 | negative_attribute_group
ชั้นต่ำ                    | pred:attribute | 0.8 | negative_attribute_group
ต่ำตม                      | pred:attribute | 0.8 | negative_attribute_group
อัปรีย์                    | pred:attribute | 0.8 | negative_attribute_group
จัญไร                      | pred:attribute | 0.8 | negative_attribute_group
เสนียด                     | pred:attribute | 0.8 | negative_attribute_group
ตัวซวย                     | pred:attribute | 0.75 | negative_attribute_group
ตัวปัญหา                   | pred:attribute | 0.7 | negative_attribute_group
ภัยสังคม                   | pred:attribute | 0.8 | negative_attribute_group
ภาระสังคม                  | pred:attribute | 0.8 | negative_attribute_group
เป็นภาระ                   | pred:attribute | 0.75 | negative_attribute_group
ไร้ค่า                     | pred:attribute | 0.85 | negative_attribute_group
ไร้ประโยชน์                | pred:attribute | 0.75 | negative_attribute_group
อกตัญญู                    | pred:attribute | 0.75 | negative_attribute_group
เนรคุณ                     | pred:attribute | 0.75 | negative_attribute_group
ทรยศ                       | pred:attribute | 0.75 | negative_attribute_group
ไว้ใจไม่ได้                | pred:attribute | 0.75 | negative_attribute_group
เชื่อถือไม่ได้             | pred:attribute | 0.75 | negative_attribute_group
วิปริต                     | pred:attribute | 0.8 | negative_attribute_group
ผิดธรรมชาติ                | pred:attribute | 0.8 | negative_attribute_group
โรคจิต                     | pred:attribute | 0.8 | negative_attribute_group
จิตป่วย                    | pred:attribute | 0.8 | negative_attribute_group
ลามก                       | pred:attribute | 0.75 | negative_attribute_group
หื่น                       | pred:attribute | 0.75 | negative_attribute_group
แรด                        | pred:attribute | 0.8 | negative_attribute_group
ร่าน                       | pred:attribute | 0.85 | negative_attribute_group
กะหรี่                     | pred:attribute | 0.85 | negative_attribute_group
อีตัว                      | pred:attribute | 0.85 | negative_attribute_group
โสเภณี                     | pred:attribute | 0.8 | negative_attribute_group
ดอกทอง                     | pred:attribute | 0.85 | negative_attribute_group
ขายตัว                     | pred:attribute | 0.8 | negative_attribute_group
ใจง่าย                     | pred:attribute | 0.7 | negative_attribute_group
น่าเกลียด                  | pred:attribute | 0.7 | negative_attribute_group
อัปลักษณ์                  | pred:attribute | 0.7 | negative_attribute_group
ขี้เหร่                    | pred:attribute | 0.65 | negative_attribute_group
น่ารังเกียจ                | pred:attribute | 0.8 | negative_attribute_group
น่าขยะแขยง                 | pred:attribute | 0.85 | negative_attribute_group
น่าสะอิดสะเอียน            | pred:attribute | 0.85 | negative_attribute_group
เห็นแก่เงิน                | pred:attribute | 0.7 | negative_attribute_group
หน้าเงิน                   | pred:attribute | 0.7 | negative_attribute_group
ขี้งก                      | pred:attribute | 0.65 | negative_attribute_group
ไม่มีการศึกษา              | pred:attribute | 0.7 | negative_attribute_group
ไร้การศึกษา                | pred:attribute | 0.7 | negative_attribute_group
ขี้ข้า                     | pred:attribute | 0.8 | negative_attribute_group
ขี้เมา                     | pred:attribute | 0.65 | negative_attribute_group
ก้าวร้าว                   | pred:attribute | 0.65 | negative_attribute_group

# ---- pred:dehumanise: animals, vermin, disease, filth
สัตว์                      | pred:dehumanise | 0.85 | dehumanising_group
เดรัจฉาน                   | pred:dehumanise | 0.95 | dehumanising_group
สัตว์นรก                   | pred:dehumanise | 0.95 | dehumanising_group
ไอ้สัตว์                   | pred:dehumanise | 0.9 | dehumanising_group
อีสัตว์                    | pred:dehumanise | 0.9 | dehumanising_group
เหมือนสัตว์                | pred:dehumanise | 0.9 | dehumanising_group
ยังกับสัตว์                | pred:dehumanise | 0.9 | dehumanising_group
ไม่ต่างจากสัตว์            | pred:dehumanise | 0.9 | dehumanising_group
ต่ำกว่าสัตว์               | pred:dehumanise | 0.95 | dehumanising_group
ครึ่งคนครึ่งสัตว์          | pred:dehumanise | 0.95 | dehumanising_group
ไอ้หมา                     | pred:dehumanise | 0.9 | dehumanising_group
พวกหมา                     | pred:dehumanise | 0.9 | dehumanising_group
เหมือนหมา                  | pred:dehumanise | 0.9 | dehumanising_group
หมาวัด                     | pred:dehumanise | 0.85 | dehumanising_group
หมาจรจัด                   | pred:dehumanise | 0.85 | dehumanising_group
หมาข้างถนน                 | pred:dehumanise | 0.9 | dehumanising_group
ขี้หมา                     | pred:dehumanise | 0.85 | dehumanising_group
หมาหมู่                    | pred:dehumanise | 0.8 | dehumanising_group
หมาลอบกัด                  | pred:dehumanise | 0.85 | dehumanising_group
ชาติหมา                    | pred:dehumanise | 0.95 | dehumanising_group
ไอ้หมู                     | pred:dehumanise | 0.85 | dehumanising_group
หมูสกปรก                   | pred:dehumanise | 0.9 | dehumanising_group
ไอ้ลิง                     | pred:dehumanise | 0.9 | dehumanising_group
เหมือนลิง                  | pred:dehumanise | 0.9 | dehumanising_group
ลิงป่า                     | pred:dehumanise | 0.9 | dehumanising_group
ลิงกัง                     | pred:dehumanise | 0.9 | dehumanising_group
หนูท่อ                     | pred:dehumanise | 0.9 | dehumanising_group
หนูสกปรก                   | pred:dehumanise | 0.9 | dehumanising_group
ฝูงหนู                     | pred:dehumanise | 0.9 | dehumanising_group
แมลงสาบ                    | pred:dehumanise | 0.95 | dehumanising_group
ฝูงแมลง                    | pred:dehumanise | 0.85 | dehumanising_group
เหมือนแมลง                 | pred:dehumanise | 0.9 | dehumanising_group
หนอน                       | pred:dehumanise | 0.85 | dehumanising_group
ไส้เดือน                   | pred:dehumanise | 0.85 | dehumanising_group
เห็บ                       | pred:dehumanise | 0.85 | dehumanising_group
ตัวเหา                     | pred:dehumanise | 0.85 | dehumanising_group
ปลิง                       | pred:dehumanise | 0.85 | dehumanising_group
กาฝาก                      | pred:dehumanise | 0.9 | dehumanising_group
ปรสิต                      | pred:dehumanise | 0.95 | dehumanising_group
เชื้อโรค                   | pred:dehumanise | 0.95 | dehumanising_group
เหมือนไวรัส                | pred:dehumanise | 0.9 | dehumanising_group
เหมือนโรคระบาด             | pred:dehumanise | 0.9 | dehumanising_group
คือโรคระบาด                | pred:dehumanise | 0.9 | dehumanising_group
ตัวแพร่เชื้อ               | pred:dehumanise | 0.9 | dehumanising_group
พาหะนำโรค                  | pred:dehumanise | 0.9 | dehumanising_group
มะเร็งร้ายของสังคม         | pred:dehumanise | 0.95 | dehumanising_group
เนื้อร้ายของสังคม          | pred:dehumanise | 0.95 | dehumanising_group
มะเร็งของสังคม             | pred:dehumanise | 0.95 | dehumanising_group
ขยะสังคม                   | pred:dehumanise | 0.95 | dehumanising_group
ขยะของสังคม                | pred:dehumanise | 0.95 | dehumanising_group
พวกขยะ                     | pred:dehumanise | 0.9 | dehumanising_group
ไอ้ขยะ                     | pred:dehumanise | 0.9 | dehumanising_group
เศษขยะ                     | pred:dehumanise | 0.9 | dehumanising_group
คนขยะ                      | pred:dehumanise | 0.9 | dehumanising_group
สวะ                        | pred:dehumanise | 0.9 | dehumanising_group
เดนคน                      | pred:dehumanise | 0.95 | dehumanising_group
เดนมนุษย์                  | pred:dehumanise | 0.95 | dehumanising_group
กากเดน                     | pred:dehumanise | 0.9 | dehumanising_group
กากสังคม                   | pred:dehumanise | 0.95 | dehumanising_group
ก้อนขี้                    | pred:dehumanise | 0.85 | dehumanising_group
ไม่ใช่คนหรอก               | pred:dehumanise | 0.9 | dehumanising_group
ไม่ใช่คนแล้ว               | pred:dehumanise | 0.9 | dehumanising_group
ไม่ใช่คนด้วยซ้ำ            | pred:dehumanise | 0.9 | dehumanising_group
ไม่นับเป็นคน               | pred:dehumanise | 0.9 | dehumanising_group
ไม่ใช่มนุษย์               | pred:dehumanise | 0.9 | dehumanising_group
ปีศาจ                      | pred:dehumanise | 0.85 | dehumanising_group
ซาตาน                      | pred:dehumanise | 0.85 | dehumanising_group
อสุรกาย                    | pred:dehumanise | 0.85 | dehumanising_group
มารร้าย                    | pred:dehumanise | 0.85 | dehumanising_group
เชื้อชั่ว                  | pred:dehumanise | 0.9 | dehumanising_group
พันธุ์ชั่ว                 | pred:dehumanise | 0.9 | dehumanising_group
เผ่าพันธุ์ต่ำ              | pred:dehumanise | 0.9 | dehumanising_group
ชาติสุนัข                  | pred:dehumanise | 0.9 | dehumanising_group
สุนัข                      | pred:dehumanise | 0.8 | dehumanising_group
สุนัขรับใช้                | pred:dehumanise | 0.85 | dehumanising_group
ตัวเหี้ย                   | pred:dehumanise | 0.85 | dehumanising_group
ไอ้เหี้ย                   | pred:dehumanise | 0.85 | dehumanising_group
งูพิษ                      | pred:dehumanise | 0.85 | dehumanising_group
อสรพิษ                     | pred:dehumanise | 0.85 | dehumanising_group
งูเห่า                     | pred:dehumanise | 0.8 | dehumanising_group
แพร่พันธุ์                 | pred:dehumanise | 0.85 | dehumanising_group
ออกลูกเป็นครอก             | pred:dehumanise | 0.9 | dehumanising_group
ไปอยู่สวนสัตว์             | pred:dehumanise | 0.9 | dehumanising_group
ควรอยู่ในกรง               | pred:dehumanise | 0.9 | dehumanising_group
ขังกรง                     | pred:dehumanise | 0.9 | dehumanising_group

# ---- pred:exclude: expulsion, exclusion, "no place here"
ไล่กลับไป                  | pred:exclude | 0.85 | exclusion_group
ไล่กลับประเทศ              | pred:exclude | 0.85 | exclusion_group
กลับประเทศไป               | pred:exclude | 0.85 | exclusion_group
กลับประเทศมึงไป            | pred:exclude | 0.9 | exclusion_group
กลับไปประเทศมึง            | pred:exclude | 0.9 | exclusion_group
กลับไปประเทศตัวเอง         | pred:exclude | 0.85 | exclusion_group
กลับบ้านเกิดไป             | pred:exclude | 0.8 | exclusion_group
ไสหัวไป                    | pred:exclude | 0.85 | exclusion_group
ไสหัวกลับไป                | pred:exclude | 0.9 | exclusion_group
ไสหัวออกไป                 | pred:exclude | 0.9 | exclusion_group
ออกไปจากประเทศ             | pred:exclude | 0.85 | exclusion_group
ออกไปจากแผ่นดินไทย         | pred:exclude | 0.9 | exclusion_group
ไล่ออกไป                   | pred:exclude | 0.8 | exclusion_group
ไล่ไปให้หมด                | pred:exclude | 0.85 | exclusion_group
ไล่ไปอยู่ที่อื่น           | pred:exclude | 0.8 | exclusion_group
ส่งกลับไปให้หมด            | pred:exclude | 0.85 | exclusion_group
ควรเนรเทศ                  | pred:exclude | 0.85 | exclusion_group
เนรเทศให้หมด               | pred:exclude | 0.85 | exclusion_group
ไม่ต้อนรับ                 | pred:exclude | 0.85 | exclusion_group
ไม่ยินดีต้อนรับ            | pred:exclude | 0.85 | exclusion_group
ไม่ควรอยู่ในประเทศ         | pred:exclude | 0.85 | exclusion_group
ไม่ควรอยู่ที่นี่           | pred:exclude | 0.85 | exclusion_group
ไม่ควรอยู่ร่วมสังคม        | pred:exclude | 0.85 | exclusion_group
ไม่มีที่ยืน                | pred:exclude | 0.85 | exclusion_group
ไม่มีที่ให้                | pred:exclude | 0.8 | exclusion_group
ไม่มีสิทธิ์อยู่            | pred:exclude | 0.85 | exclusion_group
ไม่มีสิทธิอยู่             | pred:exclude | 0.85 | exclusion_group
ไม่ใช่ที่ของ               | pred:exclude | 0.8 | exclusion_group
ห้ามเข้าประเทศ             | pred:exclude | 0.8 | exclusion_group
ไม่ให้เข้าประเทศ           | pred:exclude | 0.8 | exclusion_group
อย่าให้เข้ามา              | pred:exclude | 0.8 | exclusion_group
ไม่ควรให้เข้ามา            | pred:exclude | 0.8 | exclusion_group
อย่าจ้าง                   | pred:exclude | 0.75 | exclusion_group
ไม่ควรจ้าง                 | pred:exclude | 0.75 | exclusion_group
อย่าให้เช่า                | pred:exclude | 0.75 | exclusion_group
ไม่ให้เช่า                 | pred:exclude | 0.75 | exclusion_group
อย่าคบ                     | pred:exclude | 0.75 | exclusion_group
อย่าไปคบ                   | pred:exclude | 0.75 | exclusion_group
จับขังให้หมด               | pred:exclude | 0.85 | exclusion_group
ขังไว้ให้หมด               | pred:exclude | 0.85 | exclusion_group
ไม่ควรได้สัญชาติ           | pred:exclude | 0.8 | exclusion_group
ถอนสัญชาติ                 | pred:exclude | 0.85 | exclusion_group
ยึดสัญชาติ                 | pred:exclude | 0.85 | exclusion_group
ไม่ควรให้แต่งงาน           | pred:exclude | 0.8 | exclusion_group
ไม่ควรเป็นครู              | pred:exclude | 0.75 | exclusion_group
อยู่แต่ในครัว              | pred:exclude | 0.8 | exclusion_group
ควรอยู่ในครัว              | pred:exclude | 0.8 | exclusion_group
ไม่อยากให้อยู่             | pred:exclude | 0.8 | exclusion_group

# ---- pred:violence: violent wishes and norms
ควรตาย                     | pred:violence | 0.95 | violence_group | severe
สมควรตาย                   | pred:violence | 0.95 | violence_group | severe
ตายให้หมด                  | pred:violence | 0.95 | violence_group | severe
ตายไปให้หมด                | pred:violence | 0.95 | violence_group | severe
ขอให้ตายหมด                | pred:violence | 0.95 | violence_group | severe
ตายทั้งโคตร                | pred:violence | 0.9 | violence_group | severe
ตายห่า                     | pred:violence | 0.85 | violence_group | severe
ฆ่าให้หมด                  | pred:violence | 0.95 | violence_group | severe
ฆ่าทิ้งซะ                  | pred:violence | 0.95 | violence_group | severe
ฆ่าทิ้งให้หมด              | pred:violence | 0.95 | violence_group | severe
ควรฆ่า                     | pred:violence | 0.95 | violence_group | severe
ควรถูกฆ่า                  | pred:violence | 0.95 | violence_group | severe
ฆ่าล้างโคตร                | pred:violence | 0.95 | violence_group | severe
ล้างโคตร                   | pred:violence | 0.95 | violence_group | severe
กวาดล้างให้หมด             | pred:violence | 0.9 | violence_group | severe
กำจัดให้หมด                | pred:violence | 0.95 | violence_group | severe
ควรกำจัด                   | pred:violence | 0.95 | violence_group | severe
กำจัดทิ้ง                  | pred:violence | 0.95 | violence_group | severe
กำจัดพวกมัน                | pred:violence | 0.95 | violence_group | severe
เผาทิ้งให้หมด              | pred:violence | 0.95 | violence_group | severe
จับเผาทิ้ง                 | pred:violence | 0.95 | violence_group | severe
เผาให้หมด                  | pred:violence | 0.95 | violence_group | severe
เผาทั้งเป็น                | pred:violence | 0.95 | violence_group | severe
จับเผา                     | pred:violence | 0.95 | violence_group | severe
ยิงทิ้งซะ                  | pred:violence | 0.95 | violence_group | severe
ยิงทิ้งให้หมด              | pred:violence | 0.95 | violence_group | severe
ยิงให้หมด                  | pred:violence | 0.95 | violence_group | severe
ยิงให้ตาย                  | pred:violence | 0.95 | violence_group | severe
ยิงเป้า                    | pred:violence | 0.95 | violence_group | severe
ควรโดนยิง                  | pred:violence | 0.95 | violence_group | severe
จับแขวนคอ                  | pred:violence | 0.95 | violence_group | severe
ควรแขวนคอ                  | pred:violence | 0.95 | violence_group | severe
แขวนคอให้หมด               | pred:violence | 0.95 | violence_group | severe
ควรประหาร                  | pred:violence | 0.95 | violence_group | severe
ประหารให้หมด               | pred:violence | 0.95 | violence_group | severe
ทุบให้ตาย                  | pred:violence | 0.95 | violence_group | severe
กระทืบให้ตาย               | pred:violence | 0.95 | violence_group | severe
ตีให้ตาย                   | pred:violence | 0.95 | violence_group | severe
แทงให้ตาย                  | pred:violence | 0.95 | violence_group | severe
ระเบิดทิ้ง                 | pred:violence | 0.95 | violence_group | severe
ระเบิดให้หมด               | pred:violence | 0.95 | violence_group | severe
วางยาให้ตาย                | pred:violence | 0.95 | violence_group | severe
ไม่ควรมีชีวิตอยู่          | pred:violence | 0.95 | violence_group | severe
ไม่สมควรมีชีวิต            | pred:violence | 0.95 | violence_group | severe
ไม่ควรเกิดมา               | pred:violence | 0.9 | violence_group | severe
ไม่ควรมีอยู่               | pred:violence | 0.9 | violence_group | severe
ให้หายไปจากโลก             | pred:violence | 0.9 | violence_group | severe
ควรสูญพันธุ์               | pred:violence | 0.95 | violence_group | severe
ให้สูญพันธุ์               | pred:violence | 0.9 | violence_group | severe
ถีบลงทะเล                  | pred:violence | 0.9 | violence_group | severe
จมเรือ                     | pred:violence | 0.9 | violence_group | severe
ควรโดนข่มขืน               | pred:violence | 0.95 | violence_group | severe
ควรทำหมัน                  | pred:violence | 0.9 | violence_group | severe
จับทำหมัน                  | pred:violence | 0.9 | violence_group | severe

# ---- pred:threat: first-person intent and direct threats
re:(กู|ผม|ฉัน|พวกเรา|ข้า|พวกกู|ตู)\s?(จะ|จะไป|จะต้อง|ขอ)\s?(ฆ่า|เผา|กระทืบ|ตามล่า|ข่มขืน|ทำร้าย|กำจัด|ระเบิด) | pred:threat | 0.95 | threat_violence | severe
กูจะฆ่า                    | pred:threat | 0.95 | threat_violence | severe
เราจะฆ่า                   | pred:threat | 0.95 | threat_violence | severe
ผมจะฆ่า                    | pred:threat | 0.95 | threat_violence | severe
ฉันจะฆ่า                   | pred:threat | 0.95 | threat_violence | severe
ข้าจะฆ่า                   | pred:threat | 0.95 | threat_violence | severe
จะฆ่าให้หมด                | pred:threat | 0.95 | threat_violence | severe
ฆ่ามึง                     | pred:threat | 0.9 | threat_violence | severe
จะยิงมึง                   | pred:threat | 0.95 | threat_violence | severe
จะแทงมึง                   | pred:threat | 0.95 | threat_violence | severe
กูจะเผา                    | pred:threat | 0.9 | threat_violence | severe
กูจะระเบิด                 | pred:threat | 0.9 | threat_violence | severe
กูจะตามไป                  | pred:threat | 0.85 | threat_violence | severe
เจอที่ไหนฆ่าที่นั่น        | pred:threat | 0.95 | threat_violence | severe
เจอที่ไหนกระทืบที่นั่น     | pred:threat | 0.95 | threat_violence | severe
เห็นที่ไหนฆ่าที่นั่น       | pred:threat | 0.95 | threat_violence | severe
กูรู้บ้านมึง               | pred:threat | 0.95 | threat_violence | severe
รู้ว่าบ้านมึงอยู่ไหน       | pred:threat | 0.95 | threat_violence | severe
มึงตายแน่                  | pred:threat | 0.9 | threat_violence | severe
มึงเจอดีแน่                | pred:threat | 0.85 | threat_violence | severe
จนเลือดอาบ                 | pred:threat | 0.9 | threat_violence | severe
ให้เลือดสาด                | pred:threat | 0.9 | threat_violence | severe
ตีจนตาย                    | pred:threat | 0.95 | threat_violence | severe
กระทืบจนตาย                | pred:threat | 0.95 | threat_violence | severe
จะตามไปฆ่า                 | pred:threat | 0.95 | threat_violence | severe
จะตามล่า                   | pred:threat | 0.9 | threat_violence | severe
จะไปเผาบ้าน                | pred:threat | 0.95 | threat_violence | severe
เผาบ้านมึง                 | pred:threat | 0.95 | threat_violence | severe
มึงโดนแน่                  | pred:threat | 0.85 | threat_violence | severe
กูไม่ปล่อยไว้แน่           | pred:threat | 0.85 | threat_violence | severe
เอาให้ตาย                  | pred:threat | 0.95 | threat_violence | severe
ซัดให้ตาย                  | pred:threat | 0.95 | threat_violence | severe
จะทำให้มึงตาย              | pred:threat | 0.95 | threat_violence | severe
ตายคามือ                   | pred:threat | 0.9 | threat_violence | severe

# ---- ctx:counter: reporting and condemning (adds to th.context.lex)
เหยียดเชื้อชาติ            | ctx:counter
เหยียดผิว                  | ctx:counter
เหยียดเพศ                  | ctx:counter
เหยียดศาสนา                | ctx:counter
อย่าเหยียด                 | ctx:counter
หยุดเหยียด                 | ctx:counter
ถูกเหยียด                  | ctx:counter
โดนเหยียด                  | ctx:counter
คำเหยียด                   | ctx:counter
ไม่ควรพูดว่า               | ctx:counter
อย่าพูดว่า                 | ctx:counter
อย่าไปพูดว่า               | ctx:counter
ไม่ควรเรียก                | ctx:counter
อย่าเรียก                  | ctx:counter
คนที่พูดว่า                | ctx:counter
ใครที่พูดว่า               | ctx:counter
พูดแบบนี้ไม่ได้            | ctx:counter
คำพูดแบบนี้                | ctx:counter
วาทกรรมเกลียดชัง           | ctx:counter
ความเกลียดชังต่อ           | ctx:counter
ประณาม                     | ctx:counter
ขอประณาม                   | ctx:counter
รายงานโพสต์                | ctx:counter
กดรายงาน                   | ctx:counter
มีคนด่าว่า                 | ctx:counter
มีคนบอกว่า                 | ctx:counter
เขาบอกว่า                  | ctx:counter
อ้างว่า                    | ctx:counter
คำกล่าวที่ว่า              | ctx:counter
ความเชื่อที่ว่า            | ctx:counter
ภาพจำ                      | ctx:counter
อย่าเหมารวม                | ctx:counter
เหมารวม                    | ctx:counter
ไม่จริงเลย                 | ctx:counter
เลือกปฏิบัติ               | ctx:counter
hate speech                | ctx:counter

# ---- allow: benign phrases and negated forms (plain ไม่ is not a negator in th.context.lex)
re:(กู|ผม|ฉัน|พวกเรา|ข้า|พวกกู|ตู|เรา|หนู|ชั้น)\s?(จะ|จะไป|จะต้อง|ขอ|อยาก|คิดจะ|ต้อง)\s?(ไป)?ฆ่าตัวตาย | allow
re:ไม่(ได้|เคย)?(เกลียด|รังเกียจ|ขยะแขยง|สกปรก|โง่|ขี้เกียจ|ขี้โกง|เหม็น|ไร้ค่า|น่ารังเกียจ|น่าเกลียด|ป่าเถื่อน|ล้าหลัง|วิปริต|ผิดธรรมชาติ|ควรตาย|สมควรตาย|ควรฆ่า|ควรถูกฆ่า|ควรกำจัด|ควรโดน|ควรถูก|ควรไล่|ต่างจากสัตว์) | allow
อย่าปล่อยให้ตาย            | allow
ไม่ควรปล่อยให้ตาย          | allow
สัตว์เลี้ยง                | allow
สวนสัตว์                   | allow
คนรักสัตว์                 | allow
สัตว์ป่า                   | allow
ทารุณสัตว์                 | allow
เนื้อสัตว์                 | allow
ปศุสัตว์                   | allow
สัตว์น้ำ                   | allow
สัตว์ทะเล                  | allow
สัตว์ปีก                   | allow
ฆ่าสัตว์                   | allow
สัตว์โลก                   | allow
สรรพสัตว์                  | allow
ปล่อยสัตว์                 | allow
หนอนหนังสือ                | allow
ปลิงทะเล                   | allow
ฆ่าเชื้อ                   | allow
ฆ่าเชื้อโรค                | allow
กำจัดเชื้อโรค              | allow
ติดเชื้อโรค                | allow
ป้องกันเชื้อโรค            | allow
รับเชื้อโรค                | allow
สัมผัสเชื้อโรค             | allow
สุนัขนำทาง                 | allow
สุนัขช่วยเหลือ             | allow
สุนัขตำรวจ                 | allow

# ==== Additions 2026-12 (original work, MIT): more group names and the general vocabulary behind
# ==== implicit derogation, negated positives, threats and profanity with a group ====

# ---- grp:protected: religions, peoples and slur names (bare forms only where they are no piece of
# ---- an everyday word; otherwise with พวก/ไอ้/อี/คน in front)
คนคริสต์                   | grp:protected
พวกคริสต์                  | grp:protected
คริสตัง                    | grp:protected
คริสต์ศาสนิกชน             | grp:protected
คนนับถือคริสต์             | grp:protected
คนพุทธ                     | grp:protected
พุทธศาสนิกชน               | grp:protected
คนนับถืออิสลาม             | grp:protected
คนยิว                      | grp:protected
โจรใต้                     | grp:protected
คนบ้านนอก                  | grp:protected
พวกบ้านนอก                 | grp:protected
ไอ้บ้านนอก                 | grp:protected
อีบ้านนอก                  | grp:protected
เด็กบ้านนอก                | grp:protected
ลาวอีสาน                   | grp:protected
ลาว                        | grp:protected
ไอ้ลาว                     | grp:protected
อีลาว                      | grp:protected
พวกแม้ว                    | grp:protected
ไอ้แม้ว                    | grp:protected
อีแม้ว                     | grp:protected
ชาวแม้ว                    | grp:protected
เผ่าแม้ว                   | grp:protected
อีก้อ                      | grp:protected
พวกอาข่า                   | grp:protected
ชาวอาข่า                   | grp:protected
ชาวกะเหรี่ยง               | grp:protected
พวกม่อง                    | grp:protected
ไอ้ม่อง                    | grp:protected
อีม่อง                     | grp:protected
หม่อง                      | grp:protected
ไอ้หม่อง                   | grp:protected
เจ๊ก                       | grp:protected
ไอ้เจ๊ก                    | grp:protected
ไอ้แขก                     | grp:protected
อีแขก                      | grp:protected
แขกดำ                      | grp:protected
แขกขาว                     | grp:protected
คนแขก                      | grp:protected
ไอ้มืด                     | grp:protected
ไอ้ยุ่น                    | grp:protected
พวกยุ่น                    | grp:protected
พวกเงาะ                    | grp:protected
ไอ้เงาะ                    | grp:protected
อีเงาะ                     | grp:protected
เงาะป่า                    | grp:protected
ซาไก                       | grp:protected
ชาวมานิ                    | grp:protected
คนกัมพูชา                  | grp:protected
คนเขมร                     | grp:protected
คนเวียดนาม                 | grp:protected
คนไทใหญ่                   | grp:protected
คนต่างด้าว                 | grp:protected
แรงงานเถื่อน               | grp:protected
ผู้อพยพ                    | grp:protected
คนอพยพ                     | grp:protected
# LGBT slur names
ทอม                        | grp:protected
ทอมแอนด์เจอร์รี่           | allow
ทอม ครูซ                   | allow
ทอม ฮอลแลนด์               | allow
พวกเก้ง                    | grp:protected
ไอ้เก้ง                    | grp:protected
อีเก้ง                     | grp:protected
พวกประเทือง                | grp:protected
ไอ้ประเทือง                | grp:protected
อีประเทือง                 | grp:protected
ตุ๊ดแต๋ว                   | grp:protected
อีแอบ                      | grp:protected
พวกเลส                     | grp:protected
คนเป็นเกย์                 | grp:protected
แอลจีบีที                  | grp:protected
# women and slurs for them (กะหรี่ alone is also curry: only with a contemptuous prefix)
อีกะหรี่                   | grp:protected
นังกะหรี่                  | grp:protected
พวกกะหรี่                  | grp:protected
อีตัว                      | grp:protected
อีดอก                      | grp:protected
นังพวกผู้หญิง              | grp:protected
พวกชะนี                    | grp:protected
ผู้หญิงทุกคน               | grp:protected
# disability (ใบ้ alone is also คำใบ้, a hint)
ง่อย                       | grp:protected
ไอ้ง่อย                    | grp:protected
พวกง่อย                    | grp:protected
พวกใบ้                     | grp:protected
ไอ้ใบ้                     | grp:protected
อีใบ้                      | grp:protected
ไอ้บอด                     | grp:protected
ไอ้เป๋                     | grp:protected
คนพิการทางสมอง             | grp:protected
คนพิการทางจิต              | grp:protected
เด็กปัญญาอ่อน              | grp:protected
คนเป็นโรคจิตเวช            | grp:protected
ผู้ป่วยโรคจิต              | grp:protected
คนติดเชื้อเอชไอวี          | grp:protected

# ---- grp:other: professions, fans, sellers, admins, political camps
เซลส์                      | grp:other
พนักงานขาย                 | grp:other
ขายประกัน                  | grp:other
ตัวแทนประกัน               | grp:other
นายหน้า                    | grp:other
แอดมิน                     | grp:other
แอดเพจ                     | grp:other
แม่ค้า                     | grp:other
พ่อค้า                     | grp:other
เจ้าของร้าน                | grp:other
นักธุรกิจ                  | grp:other
ผู้บริหาร                  | grp:other
ผู้จัดการ                  | grp:other
หัวหน้างาน                 | grp:other
ผู้รับเหมา                 | grp:other
ผู้ว่าฯ                    | grp:other
นายกฯ                      | grp:other
นายกรัฐมนตรี               | grp:other
ส.ว.                       | grp:other
สว.                        | grp:other
กกต.                       | grp:other
พรรคการเมือง               | grp:other
นักร้อง                    | grp:other
นักแสดง                    | grp:other
คนดัง                      | grp:other
เซเลบ                      | grp:other
พิธีกร                     | grp:other
สตรีมเมอร์                 | grp:other
ติ๊กต็อกเกอร์              | grp:other
บล็อกเกอร์                 | grp:other
อาจารย์                    | grp:other
ครูบาอาจารย์               | grp:other
คนขับรถเมล์                | grp:other
คนขับรถ                    | grp:other
วินมอเตอร์ไซค์             | grp:other
มอเตอร์ไซค์รับจ้าง         | grp:other
พนักงานรัฐ                 | grp:other
รปภ.                       | grp:other
เด็กแว้น                   | grp:other
เด็กช่าง                   | grp:other
นักเลง                     | grp:other
พวกชังชาติ                 | grp:other
พวกคลั่งเจ้า               | grp:other
พวกคอมมี่                  | grp:other
พวกเสรีชน                  | grp:other
ติ่งเกาหลี                 | grp:other
แฟนเพจ                     | grp:other
ลูกค้า                     | grp:other
เพื่อนบ้าน                 | grp:other
คนรุ่นใหม่                 | grp:other
คนแก่หัวโบราณ              | grp:other

# ---- grp:pronoun
พวกแก                      | grp:pronoun
พวกมึง                     | grp:pronoun
ไอ้พวกนี้                  | grp:pronoun
ไอ้พวกนั้น                 | grp:pronoun
อีพวกนี้                   | grp:pronoun
พวกแบบนี้                  | grp:pronoun
คนแบบนี้                   | grp:pronoun
มันทุกตัว                  | grp:pronoun
พวกมันทุกตัว               | grp:pronoun

# ---- pred:emotion
หมั่นไส้                   | pred:emotion | 0.75 | hate_emotion_group
เอือม                      | pred:emotion | 0.75 | hate_emotion_group
ทนไม่ไหว                   | pred:emotion | 0.75 | hate_emotion_group
ทนดูไม่ได้                 | pred:emotion | 0.8 | hate_emotion_group
ทนเห็นไม่ได้               | pred:emotion | 0.8 | hate_emotion_group
เห็นแล้วขยะแขยง            | pred:emotion | 0.85 | hate_emotion_group
เห็นแล้วคลื่นไส้           | pred:emotion | 0.85 | hate_emotion_group
อ้วกแตก                    | pred:emotion | 0.8 | hate_emotion_group
จะอ้วก                     | pred:emotion | 0.8 | hate_emotion_group
อยากจะอ้วก                 | pred:emotion | 0.85 | hate_emotion_group
เกลียดชะมัด                | pred:emotion | 0.9 | hate_emotion_group
เกลียดจับใจ                | pred:emotion | 0.9 | hate_emotion_group
เกลียดจนตาย                | pred:emotion | 0.9 | hate_emotion_group
แค้นใจ                     | pred:emotion | 0.8 | hate_emotion_group
ไม่ชอบขี้หน้า              | pred:emotion | 0.8 | hate_emotion_group
ไม่อยากเจอหน้า             | pred:emotion | 0.8 | hate_emotion_group
ไม่อยากยุ่งด้วย            | pred:emotion | 0.7 | hate_emotion_group
ไม่มีใครอยากอยู่ใกล้       | pred:emotion | 0.8 | hate_emotion_group
ไม่มีใครอยากคบ             | pred:emotion | 0.8 | hate_emotion_group
ไม่มีใครต้องการ            | pred:emotion | 0.75 | hate_emotion_group
ไม่มีใครอยากได้            | pred:emotion | 0.75 | hate_emotion_group
สมน้ำหน้า                  | pred:emotion | 0.7 | hate_emotion_group

# ---- pred:attribute: character words, "all of them", "not one of them is ..."
re:เลว(ทุกคน|ทั้งนั้น|หมด|ทั้งหมด|ที่สุด|สุดๆ|โดยกำเนิด|ทุกตัว|ระยำ|โดยสันดาน) | pred:attribute | 0.85 | negative_attribute_group
re:(มัน|แม่ง|พวก|คน|โคตร|ล้วนแต่|ก็แค่)เลว | pred:attribute | 0.8 | negative_attribute_group
re:(มัน|แม่ง)?เลวร้าย      | allow
re:ชั่ว(ทุกคน|ทั้งนั้น|หมด|ทั้งโคตร|ทั้งตระกูล|โดยกำเนิด|สุดๆ|ที่สุด|ทุกตัว) | pred:attribute | 0.85 | negative_attribute_group
พวกชั่ว                    | pred:attribute | 0.8 | negative_attribute_group
re:(ขี้โกง|โกงกิน|โกง|เลว|ชั่ว|โง่|ควาย|ขี้ขโมย|ขโมย|ขี้เกียจ|สกปรก|ตอแหล|ขี้โกหก)(ทั้งนั้น|ทุกคน|หมดทุกคน|ทั้งหมด|ทั้งประเทศ|ทั้งชาติ|ทุกตัว) | pred:attribute | 0.9 | negative_attribute_group
สามานย์                    | pred:attribute | 0.85 | negative_attribute_group
สันดาน                     | pred:attribute | 0.75 | negative_attribute_group
สันดานเสีย                 | pred:attribute | 0.85 | negative_attribute_group
สันดานโจร                  | pred:attribute | 0.85 | negative_attribute_group
โง่เง่า                    | pred:attribute | 0.8 | negative_attribute_group
เต่าตุ่น                   | pred:attribute | 0.8 | negative_attribute_group
หัวขี้เลื่อย               | pred:attribute | 0.75 | negative_attribute_group
สมองหมา                    | pred:attribute | 0.8 | negative_attribute_group
สมองควาย                   | pred:attribute | 0.8 | negative_attribute_group
โง่ทั้งโคตร                | pred:attribute | 0.85 | negative_attribute_group
โกงกิน                     | pred:attribute | 0.85 | negative_attribute_group
โกงบ้านกินเมือง            | pred:attribute | 0.85 | negative_attribute_group
ขี้ฉ้อ                     | pred:attribute | 0.8 | negative_attribute_group
ไม่เคยพอ                   | pred:attribute | 0.7 | negative_attribute_group
ไม่รู้จักพอ                | pred:attribute | 0.7 | negative_attribute_group
โลภมาก                     | pred:attribute | 0.7 | negative_attribute_group
ชอบขโมย                    | pred:attribute | 0.8 | negative_attribute_group
ขโมยทั้งนั้น               | pred:attribute | 0.85 | negative_attribute_group
น่าสมเพช                   | pred:attribute | 0.8 | negative_attribute_group
น่าสังเวช                  | pred:attribute | 0.8 | negative_attribute_group
น่าอนาถ                    | pred:attribute | 0.7 | negative_attribute_group
น่ารำคาญ                   | pred:attribute | 0.6 | negative_attribute_group
สถุล                       | pred:attribute | 0.8 | negative_attribute_group
ไพร่                       | pred:attribute | 0.75 | negative_attribute_group
ตัวถ่วง                    | pred:attribute | 0.8 | negative_attribute_group
ถ่วงความเจริญ              | pred:attribute | 0.85 | negative_attribute_group
ฉุดประเทศ                  | pred:attribute | 0.8 | negative_attribute_group
ภาระของสังคม               | pred:attribute | 0.8 | negative_attribute_group
ภาระประเทศ                 | pred:attribute | 0.8 | negative_attribute_group
ภาระของประเทศ              | pred:attribute | 0.8 | negative_attribute_group
นอกจากเป็นภาระ             | pred:attribute | 0.8 | negative_attribute_group
re:(ไม่)?มีประโยชน์(อะไร)?(ต่อ|กับ)(โลก|สังคม|ประเทศ|ชาติ|ใคร) | pred:attribute | 0.75 | negative_attribute_group
หนักแผ่นดิน                | pred:attribute | 0.85 | negative_attribute_group
รกแผ่นดิน                  | pred:attribute | 0.85 | negative_attribute_group
รกโลก                      | pred:attribute | 0.85 | negative_attribute_group
เปลืองข้าวสุก              | pred:attribute | 0.8 | negative_attribute_group
เปลืองอากาศ                | pred:attribute | 0.8 | negative_attribute_group
เกิดมาเปลือง               | pred:attribute | 0.8 | negative_attribute_group
เกิดมาเป็นทาส              | pred:attribute | 0.85 | negative_attribute_group
เกิดมาเป็นขี้ข้า           | pred:attribute | 0.85 | negative_attribute_group
เกิดมารับใช้               | pred:attribute | 0.8 | negative_attribute_group
ควรเป็นทาส                 | pred:attribute | 0.85 | negative_attribute_group
เหมาะเป็นทาส               | pred:attribute | 0.85 | negative_attribute_group
มีแต่สร้างปัญหา            | pred:attribute | 0.75 | negative_attribute_group
นำแต่ปัญหา                 | pred:attribute | 0.75 | negative_attribute_group
ตัวแพร่โรค                 | pred:attribute | 0.85 | negative_attribute_group
# negated positives: "not one of them is clever", "never any good", "worth nothing"
re:(ฉลาด|มีสมอง|ไว้ใจได้|ซื่อสัตย์|เป็นคนดี|มีการศึกษา|มีมารยาท|มีศีลธรรม|น่าคบ)\s?สักคน | pred:attribute | 0.75 | negative_attribute_group
re:(ดี|ฉลาด|เก่ง)\s?(ๆ)?\s?(สักคน|สักตัว)\s?(ก็)?(ไม่มี|ไม่เคย|หาไม่ได้) | pred:attribute | 0.85 | negative_attribute_group
re:(ไม่มีวัน|ไม่มีทาง|ไม่เคย)(จะ)?(ได้)?(เท่าเทียมกับเรา|เท่าเทียมกับคนไทย|เท่ากับเรา|เท่ากับคนไทย|เทียบเท่าเรา|เทียบเท่าคนไทย|เท่ากับคนปกติ|เป็นคนปกติ|เป็นผู้หญิง|เป็นผู้ชาย|เป็นผู้หญิงจริง|เป็นผู้ชายจริง|เป็นคนไทย|เป็นคนดี|เป็นมนุษย์|เป็นคนเต็มคน|ฉลาด|ซื่อสัตย์|มีสมอง|เจริญ|พัฒนา|ทำอะไรดี|ทำอะไรได้|ทำประโยชน์|มีประโยชน์|ไว้ใจได้|เปลี่ยนสันดาน|สำนึก|มีความเป็นคน) | pred:attribute | 0.8 | negative_attribute_group
re:จะ(ซื่อสัตย์|ฉลาด|เป็นคนดี|มีสมอง|เจริญ|มีน้ำใจ|พัฒนา|เท่าเทียม|ทำอะไรดี)(ได้)?\s?(ไม่มีทาง|ไม่มีวัน|ฝันไปเถอะ|ฝันไปเหอะ|เป็นไปไม่ได้) | pred:attribute | 0.8 | negative_attribute_group
re:(อยาก|ขอ|หา|ต้องการ|ขอให้)(ได้|มี|เจอ)?\S{0,25}(ฉลาด|มีสมอง|ไว้ใจได้|ซื่อสัตย์|เป็นคนดี|มีการศึกษา|ดี|เก่ง)\s?สักคน | allow
# the group may stand inside these: "ไม่เคยเห็น<group>ที่ฉลาดสักคน", "ทนเห็นหน้า<group>ไม่ได้"
re:ไม่เคย(เห็น|เจอ|พบ|มี)\S{1,30}?(ที่|คนที่)(ฉลาด|มีสมอง|ดี|ดีๆ|เป็นคนดี|ซื่อสัตย์|ไว้ใจได้|มีการศึกษา|ขยัน|สะอาด|เก่ง|มีมารยาท|น่าคบ)\s?(สักคน|สักตัว) | pred:attribute | 0.85 | negative_attribute_group
re:(ทน|ทนเห็นหน้า|ทนดู|ทนอยู่ใกล้|ทนฟัง)\S{1,25}?(ไม่ได้|ไม่ไหว) | pred:emotion | 0.8 | hate_emotion_group
re:(ไม่ควร|ไม่สมควร|ห้าม|อย่า)(ให้|ปล่อยให้)\S{1,25}?(อยู่ในประเทศ|เข้าประเทศ|เข้ามา|มาอยู่|เรียนร่วม|ใช้ห้องน้ำ|เป็นครู|เป็นผู้นำ|มีสิทธิ์|มีสิทธิ|แต่งงาน|เลือกตั้ง|ลงสมัคร|อยู่ร่วม|เช่าบ้าน|เช่าห้อง|ได้สัญชาติ) | pred:exclude | 0.8 | exclusion_group
ไม่มีค่าอะไร               | pred:attribute | 0.85 | negative_attribute_group
ไม่มีค่าเลย                | pred:attribute | 0.85 | negative_attribute_group
ไม่มีค่าพอ                 | pred:attribute | 0.85 | negative_attribute_group
ไม่มีค่าเท่า               | pred:attribute | 0.85 | negative_attribute_group
ไม่มีคุณค่า                | pred:attribute | 0.85 | negative_attribute_group
ชีวิตไม่มีค่า              | pred:attribute | 0.9 | negative_attribute_group
ค่าไม่เท่าคน               | pred:attribute | 0.9 | negative_attribute_group
ไม่มีความเป็นคน            | pred:attribute | 0.85 | negative_attribute_group
ไม่มีดีสักอย่าง            | pred:attribute | 0.8 | negative_attribute_group
ไม่มีอะไรดี                | pred:attribute | 0.75 | negative_attribute_group
ดีไม่เป็น                  | pred:attribute | 0.75 | negative_attribute_group
ซื่อสัตย์ไม่เป็น           | pred:attribute | 0.8 | negative_attribute_group
คิดไม่เป็น                 | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:dehumanise
re:ขยะ(เดินได้|มนุษย์|ทั้งนั้น|ชัดๆ|ไร้ค่า|ทั้งหมด|ทุกตัว|ทุกคน|ของประเทศ|ของโลก|ทั้งโคตร) | pred:dehumanise | 0.9 | dehumanising_group
re:(แค่|เป็น|คือ|มัน|แม่ง|เหมือน|พวก)ขยะ($|[^แ]) | pred:dehumanise | 0.85 | dehumanising_group
กลายเป็นขยะ                | allow
แยกขยะ                     | allow
re:(เนื้อร้าย|มะเร็ง|มะเร็งร้าย)(ของ|ที่กัดกิน|ที่ทำลาย|ที่บ่อนทำลาย)(สังคม|ประเทศ|ชาติ|บ้านเมือง|แผ่นดิน|โลก) | pred:dehumanise | 0.9 | dehumanising_group
เนื้อร้ายที่กัดกิน         | pred:dehumanise | 0.9 | dehumanising_group
re:(กัดกิน|บ่อนทำลาย|แทะกิน)(ประเทศ|สังคม|ชาติ|แผ่นดิน|บ้านเมือง) | pred:dehumanise | 0.85 | dehumanising_group
หนอนบ่อนไส้                | pred:dehumanise | 0.85 | dehumanising_group
ดูดเลือด                   | pred:dehumanise | 0.85 | dehumanising_group
สูบเลือดสูบเนื้อ           | pred:dehumanise | 0.85 | dehumanising_group
แมลงวัน                    | pred:dehumanise | 0.85 | dehumanising_group
ตอมขี้                     | pred:dehumanise | 0.85 | dehumanising_group
ปลวก                       | pred:dehumanise | 0.85 | dehumanising_group
ฝูงลิง                     | pred:dehumanise | 0.9 | dehumanising_group
ฝูงสัตว์                   | pred:dehumanise | 0.9 | dehumanising_group
เหมือนฝูงหมา               | pred:dehumanise | 0.9 | dehumanising_group
หมาขี้เรื้อน               | pred:dehumanise | 0.9 | dehumanising_group
ทั้งโขลง                   | pred:dehumanise | 0.85 | dehumanising_group
ทั้งฝูง                    | pred:dehumanise | 0.8 | dehumanising_group
ทั้งคอก                    | pred:dehumanise | 0.8 | dehumanising_group
เศษเดน                     | pred:dehumanise | 0.9 | dehumanising_group
เศษสวะ                     | pred:dehumanise | 0.9 | dehumanising_group
เศษคน                      | pred:dehumanise | 0.9 | dehumanising_group
เดนนรก                     | pred:dehumanise | 0.9 | dehumanising_group
ต่ำกว่าคน                  | pred:dehumanise | 0.9 | dehumanising_group
ต่ำกว่ามนุษย์              | pred:dehumanise | 0.9 | dehumanising_group
ต่ำกว่าหมา                 | pred:dehumanise | 0.95 | dehumanising_group
re:ไม่ใช่คน(\s|$|[.!?,”"]|หรอก|เลย|ด้วยซ้ำ|แล้ว|ปกติ|ธรรมดา|เต็มคน) | pred:dehumanise | 0.9 | dehumanising_group
ไม่นับว่าเป็นคน            | pred:dehumanise | 0.9 | dehumanising_group
ไม่ถือว่าเป็นคน            | pred:dehumanise | 0.9 | dehumanising_group
re:(แม่ง|มัน|พวก|อี|ชาติ|เป็น|คือ)เหี้ย | pred:dehumanise | 0.85 | dehumanising_group
re:(เหี้ย|สัส|ชั่ว|เลว|โง่|ควาย|ระยำ|สถุล|สัตว์|หมา)\s?ทุกตัว | pred:dehumanise | 0.9 | dehumanising_group
ชาติสัตว์                  | pred:dehumanise | 0.95 | dehumanising_group
ชาติสัส                    | pred:dehumanise | 0.9 | dehumanising_group
ชาติระยำ                   | pred:dehumanise | 0.9 | dehumanising_group
พวกสัส                     | pred:dehumanise | 0.85 | dehumanising_group
ไอ้พวกสัตว์                | pred:dehumanise | 0.9 | dehumanising_group
พันธุ์หมา                  | pred:dehumanise | 0.9 | dehumanising_group
เชื้อหมา                   | pred:dehumanise | 0.9 | dehumanising_group
ตัวเชื้อโรค                | pred:dehumanise | 0.9 | dehumanising_group
ฝูงแมลงสาบ                 | pred:dehumanise | 0.95 | dehumanising_group

# ---- pred:exclude: cages and camps, "their place is the jungle", rights denied, boycotts,
# ---- disowning, "a country free of them", property values
re:(ขัง|จับ|จับใส่|ใส่|จับขัง)(ไว้)?(ใน)?กรง | pred:exclude | 0.85 | exclusion_group
re:ควร(ถูก|โดน)?(จับ)?(ขัง|ขังคุก|ขังลืม|เข้าคุก|ติดคุก) | pred:exclude | 0.85 | exclusion_group
re:(จับ|ส่ง)(เข้า|ไป)(คุก|ค่าย|ค่ายกักกัน)(ให้หมด|ทั้งหมด|ทุกคน) | pred:exclude | 0.85 | exclusion_group
ขังลืม                     | pred:exclude | 0.85 | exclusion_group
re:คือ(ใน|ที่)?(ป่า|ครัว|คุก|กรง|สวนสัตว์|ถังขยะ|นรก|ข้างถนน|ห้องครัว|ใต้ดิน)($|[^เ]) | pred:exclude | 0.85 | exclusion_group
re:(ควร|ต้อง|ให้)(กลับ)?(ไป)?อยู่(แต่)?(ใน)?(ป่า|ครัว|คุก|กรง|สวนสัตว์|ถังขยะ|นรก|ห้องครัว)($|[^เ]) | pred:exclude | 0.85 | exclusion_group
re:(กลับ)(ไป)?(อยู่|เข้า)(ใน)?ป่า | pred:exclude | 0.85 | exclusion_group
re:(ควร|ต้อง|ไล่)?กลับ(ไป|บ้าน|ประเทศ)\S{0,6}(ให้หมด|ไปซะ|ทั้งหมด|ทุกคน) | pred:exclude | 0.85 | exclusion_group
ไม่ใช่ในเมือง              | pred:exclude | 0.75 | exclusion_group
re:(ไม่ควร|ไม่สมควร|ไม่ต้อง)(ให้)?(ได้|มี)(รับ)?(สิทธิ์|สิทธิ) | pred:exclude | 0.85 | exclusion_group
re:(ควร|ต้อง|สมควร)(ถูก|โดน)?(ตัด|ริบ|ถอน|เพิกถอน|ยึด)(สิทธิ|สัญชาติ) | pred:exclude | 0.85 | exclusion_group
re:(ตัด|ริบ|ถอน)สิทธิ์?(ทุกอย่าง|ให้หมด|ทั้งหมด|ทุกคน) | pred:exclude | 0.85 | exclusion_group
re:(ไม่ควร|ไม่สมควร)(ให้)?(ได้)?(เลือกตั้ง|ลงคะแนน|เรียนหนังสือ|รับราชการ|เป็นผู้นำ|เป็นนายก|เป็นครู|เป็นตำรวจ|เป็นทหาร|เป็นหมอ|เป็นพลเมือง|ได้ทุน|ได้งาน|ได้ทำงาน|ได้แต่งงาน|สัญชาติ|รับบุตรบุญธรรม|เข้าโรงเรียน|ใช้ห้องน้ำ|อยู่ร่วม|มีที่อยู่|ลงสมัคร|เป็นส\.ส\.|เป็นสส) | pred:exclude | 0.85 | exclusion_group
re:ห้าม(เลือกตั้ง|ลงสมัคร|เข้าวัด|เข้าร้าน|เข้าประเทศ|เหยียบแผ่นดิน) | pred:exclude | 0.8 | exclusion_group
re:(จะ)?ไม่(เข้า)?(ไป)?(ซื้อ|อุดหนุน|ใช้บริการ|กิน)(ของ)?(ร้าน|อีก) | pred:exclude | 0.8 | exclusion_group
re:เลิก(ซื้อ|อุดหนุน|ใช้บริการ|กินร้าน|เข้าร้าน) | pred:exclude | 0.8 | exclusion_group
เลิกกินแล้ว                | pred:exclude | 0.75 | exclusion_group
บอยคอต                     | pred:exclude | 0.8 | exclusion_group
แบนร้าน                    | pred:exclude | 0.8 | exclusion_group
re:ตัด(พ่อ|แม่)ตัดลูก       | pred:exclude | 0.85 | exclusion_group
ตัดขาดความเป็นพ่อลูก       | pred:exclude | 0.85 | exclusion_group
ไม่นับเป็นลูก              | pred:exclude | 0.85 | exclusion_group
ไม่นับญาติ                 | pred:exclude | 0.8 | exclusion_group
re:(ห้าม|อย่า|ไม่ให้|ไม่ยอมให้)(ลูก)?(แต่งงาน|คบ|เป็นแฟน|มีแฟน|ยุ่ง|ไปยุ่ง)(กับ|เป็น) | pred:exclude | 0.8 | exclusion_group
re:(ห้าม|ไม่ให้)(พา)?(เข้า|เหยียบ)บ้าน | pred:exclude | 0.8 | exclusion_group
# "ปลอด" (free of): its everyday compounds are allowed below
ปลอด                       | pred:exclude | 0.85 | exclusion_group
re:ปลอด(ภัย|โปร่ง|ประสบ|สาร|เชื้อ|ยา|หนี้|ภาษี|อากร|ดอกเบี้ย|โรค|ฝุ่น|ควัน|บุหรี่|เหล้า|แอลกอฮอล์|ขยะ|ไวรัส|ศัตรูพืช|การ|คอร์รัปชั|ทุจริต|อาวุธ|น้ำตาล|กลูเตน|ลูกน้ำ|ยุง|เสียง|มลพิษ|พลาสติก|โฟม|สัตว์) | allow
re:ราคา(ที่ดิน|บ้าน|คอนโด|อสังหา)\S{0,8}(ตก|ร่วง|ดิ่ง) | pred:exclude | 0.8 | exclusion_group
re:(ทำให้)?(ย่าน|หมู่บ้าน|ชุมชน|ซอย|ที่นี่|ประเทศ)(นี้)?(เสื่อม|พัง|สกปรก|ไม่น่าอยู่) | pred:exclude | 0.75 | exclusion_group
re:ไม่มีใคร(อยาก|ยอม)(ให้)?(เช่า|จ้าง|ต้อนรับ|อยู่ใกล้|คบ) | pred:exclude | 0.8 | exclusion_group
re:(ออก|ออกไป)(จาก)?แผ่นดิน(นี้|ไทย)? | pred:exclude | 0.85 | exclusion_group
re:(ไม่ให้|อย่าให้|ไม่ต้อง)เหลือ(สัก|แม้แต่)?(คน|ตัว|ซาก) | pred:exclude | 0.85 | exclusion_group
ไม่ต้องเหลือ               | pred:exclude | 0.85 | exclusion_group
re:(หายไป|หมดไป)(จาก)?(โลก|ประเทศ|แผ่นดิน|สังคม|ให้หมด|ซะ|สักที) | pred:exclude | 0.85 | exclusion_group
re:(ไม่สมควร|ไม่ควร|ไม่คู่ควร)(จะ)?(ได้รับ|ได้|มี)(ความ|การ)?(เห็นใจ|สงสาร|เคารพ|ช่วยเหลือ|คุ้มครอง|ปกป้อง|ยอมรับ|เมตตา|ให้อภัย|เท่าเทียม|ยุติธรรม|รักษา|สวัสดิการ|ที่ยืน|ที่อยู่) | pred:exclude | 0.85 | exclusion_group
re:(อย่า|ไม่ต้อง)(ไป)?(เห็นใจ|สงสาร|ให้ที่อยู่|ให้งาน) | pred:exclude | 0.75 | exclusion_group
ไม่น่าเห็นใจ               | pred:exclude | 0.75 | exclusion_group
ไม่มีใครต้อนรับ            | pred:exclude | 0.85 | exclusion_group
ไม่มีที่ให้ยืน             | pred:exclude | 0.85 | exclusion_group
ไม่มีที่อยู่ในสังคม        | pred:exclude | 0.85 | exclusion_group

# ---- pred:violence: norms and wishes ("should be slapped / drowned / swept away", "die off")
# passive "should be <hit>" is never about rehearsing or clapping; active forms only with unambiguous verbs
re:(ควร|สมควร|ต้อง|น่าจะ)(จะ)?(โดน|ถูก)(รุม)?(ตบ|กระทืบ|ซ้อม|ต่อย|เตะ|เฆี่ยน|ฆ่า|แขวนคอ|ประหาร|ข่มขืน|ถีบ|ฟาด|ตีหัว|ตีให้|ยิง|แทง|ทุบ|เผา|ถ่วงน้ำ|ทรมาน|ตัดหัว|ตัดคอ|บีบคอ|ทำร้าย|ทำหมัน|ล้างเผ่าพันธุ์) | pred:violence | 0.9 | violence_group | severe
re:(ควร|สมควร|ต้อง|น่าจะ)(จะ)?(รุม)?(กระทืบ|เฆี่ยน|ฆ่า|แขวนคอ|ประหาร|ข่มขืน|ตีหัว|ตีให้ตาย|ยิงทิ้ง|ยิงเป้า|ยิงให้ตาย|ยิงหัว|ทุบหัว|ทุบให้ตาย|เผาทั้งเป็น|เผาทิ้ง|เผาให้ตาย|ถ่วงน้ำ|ตัดหัว|ตัดคอ|บีบคอ|แทงให้ตาย|ตบให้|ตบสั่งสอน|ซ้อมให้|รุมกระทืบ|รุมซ้อม|ทรมาน|ล้างเผ่าพันธุ์) | pred:violence | 0.9 | violence_group | severe
re:(ควร|สมควร|ต้อง|น่าจะ)(จะ)?ฆ่า(เชื้อ|เวลา|แมลง|ยุง|หญ้า|ลูกน้ำ) | allow
re:ตาย\s?ๆ\s?(ไป|ซะ|เถอะ|สักที|ให้หมด) | pred:violence | 0.9 | violence_group | severe
re:(ไปตาย|ตายไป)(ซะ|เถอะ|ให้พ้น) | pred:violence | 0.85 | violence_group | severe
re:ตาย(ซะ|สักที|ซะที|ยกครัว|โหง|ให้พ้น) | pred:violence | 0.85 | violence_group | severe
re:(ถ่วง|กด|จับกด)น้ำ      | pred:violence | 0.9 | violence_group | severe
re:(จับ)?(โยน|ถีบ|ผลัก)(ลง|ทิ้ง)?(ทะเล|แม่น้ำ|คลอง|เหว|ตึก) | pred:violence | 0.9 | violence_group | severe
ราดน้ำมัน                  | pred:violence | 0.85 | violence_group | severe
re:เผา(ให้ตาย|ทิ้ง|ทั้งเป็น|ให้หมด|พวกมัน|มันให้|ทั้งโคตร|บ้านพวกมัน) | pred:violence | 0.9 | violence_group | severe
re:(ต้อง|ควร|จะต้อง|ต้องถูก|ควรถูก|ต้องโดน|ควรโดน)กวาดล้าง | pred:violence | 0.9 | violence_group | severe
re:กวาดล้าง(ออกจาก|ให้|ทิ้ง|พวกมัน) | pred:violence | 0.9 | violence_group | severe
ล้างบาง                    | pred:violence | 0.85 | violence_group | severe
ถอนรากถอนโคน               | pred:violence | 0.85 | violence_group | severe
ให้สิ้นซาก                 | pred:violence | 0.9 | violence_group | severe
ให้หมดสิ้น                 | pred:violence | 0.85 | violence_group | severe
re:(คนไหน|สักคน|ตัวไหน)(ที่)?(สมควร|ควร|คู่ควร)(จะ)?(ได้)?(มีชีวิต|อยู่บนโลก|เกิดมา|หายใจ) | pred:violence | 0.9 | violence_group | severe
ไม่สมควรมีชีวิตอยู่        | pred:violence | 0.95 | violence_group | severe
ไม่ควรได้มีชีวิต           | pred:violence | 0.95 | violence_group | severe
ไม่ควรได้เกิด              | pred:violence | 0.9 | violence_group | severe
ไม่น่าเกิดมา               | pred:violence | 0.85 | violence_group | severe
ตายได้ก็ดี                 | pred:violence | 0.9 | violence_group | severe
ตายไปก็ไม่เสียดาย          | pred:violence | 0.9 | violence_group | severe
ตายหมดก็ดี                 | pred:violence | 0.9 | violence_group | severe
ควรทำให้สูญพันธุ์          | pred:violence | 0.95 | violence_group | severe
ฆ่าทิ้ง                    | pred:violence | 0.95 | violence_group | severe
ยิงทิ้ง                    | pred:violence | 0.95 | violence_group | severe
re:(จับ)?(ไป)?ยิงเป้า      | pred:violence | 0.95 | violence_group | severe
เลือดตกยางออก              | pred:violence | 0.9 | violence_group | severe

# ---- pred:threat: first-person intent with any common violent verb, weapons made ready,
# ---- "<group> are dead tomorrow"
re:(กู|ผม|ฉัน|พวกเรา|ข้า|พวกกู|ตู|ข้าพเจ้า|พวกผม|พวกฉัน|เรา)\s?(จะ|จะไป|จะต้อง|ขอ|กำลังจะ|พร้อมจะ|อยากจะ|จะตามไป|จะลงมือ)\s?(ไป|มา)?\s?(ฆ่า|เผา|กระทืบ|ตามล่า|ข่มขืน|ทำร้าย|กำจัด|ระเบิด|เชือด|สังหาร|บีบคอ|วางยา|ขับรถชน|ล้างบาง|กวาดล้าง|ยิงทิ้ง|ยิงให้ตาย|ยิงหัว|ยิงพวก|ยิงมัน|กราดยิง|แทงให้ตาย|แทงพวก|ไล่ฟัน|ไล่ยิง|ไล่แทง|ถ่วงน้ำ|ราดน้ำมัน|จุดไฟเผา|รุมกระทืบ|ซ้อมให้) | pred:threat | 0.95 | threat_violence | severe
re:(กู|ผม|ฉัน|พวกเรา|ข้า|พวกกู|ตู|เรา)\s?(จะ)\s?(เอา|จับ)\S{0,14}?(ไป|มา)(ราด|ฆ่า|ถ่วงน้ำ|แขวนคอ|จุดไฟเผา|ระเบิด) | pred:threat | 0.9 | threat_violence | severe
re:เอา(ปืน|มีด|ดาบ|ขวาน|ระเบิด|น้ำมัน)(ไป|มา)?(ยิง|แทง|ฟัน|จ่อ|ไล่|ราด|ฟาด|ขว้าง|ปา) | pred:threat | 0.9 | threat_violence | severe
re:(เตรียม|ลับ)(มีด|ปืน|ดาบ|ขวาน|ระเบิด|อาวุธ) | pred:threat | 0.8 | threat_violence | severe
ตายแน่                     | pred:threat | 0.8 | threat_violence | severe
re:(เหนื่อย|หิว|ร้อน|เบื่อ|ขำ|ฮา|เครียด|อาย|ง่วง|กู|ฉัน|เรา|ผม|หนู)(จะ|ต้อง)?ตายแน่ | allow
ไม่รอดแน่                  | pred:threat | 0.85 | threat_violence | severe
เจอดีแน่                   | pred:threat | 0.85 | threat_violence | severe
ได้เห็นดีกัน               | pred:threat | 0.85 | threat_violence | severe
เตรียมตัวตาย               | pred:threat | 0.85 | threat_violence | severe
นับวันรอตาย                | pred:threat | 0.85 | threat_violence | severe
ให้ตายคาตีน                | pred:threat | 0.9 | threat_violence | severe
ตายคาตีน                   | pred:threat | 0.9 | threat_violence | severe
re:กระทืบ(ให้)?(ตาย|จมดิน|คาตีน|ไม่เลี้ยง) | pred:threat | 0.9 | threat_violence | severe

# ---- ctx:counter: talking about hate speech itself ("saying that ... is hatred")
การพูดว่า                  | ctx:counter
การบอกว่า                  | ctx:counter
คำพูดที่ว่า                | ctx:counter
ประโยคที่ว่า               | ctx:counter
โพสต์ที่บอกว่า             | ctx:counter
ใครพูดว่า                  | ctx:counter
สร้างความเกลียดชัง         | ctx:counter
แสดงความเกลียดชัง          | ctx:counter
ปลุกปั่นความเกลียดชัง      | ctx:counter
ยุยงให้เกลียด              | ctx:counter
คำพูดเกลียดชัง             | ctx:counter
ถ้อยคำเกลียดชัง            | ctx:counter
เฮทสปีช                    | ctx:counter
เพียงเพราะเป็น             | ctx:counter
แค่เพราะเป็น               | ctx:counter
เพียงเพราะว่าเป็น          | ctx:counter
ไม่ว่าจะเป็นชาติไหน        | ctx:counter
ไม่ว่าจะนับถือศาสนาอะไร    | ctx:counter
ทุกคนเท่าเทียมกัน          | ctx:counter
คนเท่ากัน                  | ctx:counter
อย่าตัดสินคนจาก            | ctx:counter
เป็นการเหยียด              | ctx:counter
เป็นคำเหยียด               | ctx:counter
ไม่ควรมีใครถูก             | ctx:counter

# ---- allow: the nouns "hatred"/"disgust" are talked about, not felt at someone; slur group names
# ---- that hold a predicate word; nobody deserves ...
ความเกลียดชัง              | allow
ความเกลียด                 | allow
การเกลียดชัง               | allow
ความรังเกียจ               | allow
ความขยะแขยง                | allow
ควายแดง                    | allow
re:ไม่มีใคร(สมควร|ควร)(จะ)?(ถูก|โดน)?(เกลียด|รังเกียจ|ทำร้าย|ฆ่า|ไล่|ดูถูก|เหยียด|รังแก|เลือกปฏิบัติ|ตัดสิน|ทำแบบนี้|ตาย) | allow
re:ไม่(ควร|สมควร|ต้อง)(จะ)?(โดน|ถูก|ไป)(ฆ่า|ทำร้าย|ตบ|กระทืบ|ซ้อม|ยิง|แทง|เผา|แขวนคอ|ประหาร|ข่มขืน|ไล่|เกลียด|รังเกียจ|ดูถูก|เหยียด|ขัง|กำจัด|กวาดล้าง|ตัดสิทธิ|ริบสิทธิ)\S{0,8} | allow
re:(หยุด|เลิก|ต่อต้าน|ไม่เอา)(การ)?(เหยียด|เกลียด|ไล่|กีดกัน|ทำร้าย) | allow
ม่องเท่ง                   | allow
re:(กู|ผม|ฉัน|เรา|พวกเรา|ข้า)\s?(จะ)?\s?(ไป|มา)?\s?(เผา(ศพ|ขยะ|ฟาง|เทียน|ธูป|กระดาษ|หญ้า)|ฆ่า(เวลา|เชื้อ|แมลง|ยุง)|กำจัด(ขยะ|แมลง|ยุง|วัชพืช|เชื้อ|หนี้)|ระเบิด(อารมณ์|เสียงหัวเราะ)) | allow
re:(กลัว|ไม่ชอบ|เกลียด|ฆ่า|กำจัด|ไล่|ฉีด|เจอ|มี|จับ)(ตัว)?(แมลงสาบ|หนู|ยุง|แมลงวัน|ปลวก|หนอน|งู|แมลง|ปลิง|เห็บ|เหา) | allow

# ---- pred:attribute: denied worth ("ไม่ใช่คน") — added 2026-12
# Plain ไม่ is no negator in th.context.lex, so the denied forms are written out. Bare ไม่ใช่คน
# (in ไม่ใช่คนเดียว, ไม่ใช่คนผิด), ไม่เท่าเทียม (in ความไม่เท่าเทียม, inequality), ไม่มีค่า (in
# ไม่มีค่าใช้จ่าย, free of charge) and ไม่เจริญ (in ไม่เจริญอาหาร) are left out; forms already
# covered by a shorter entry above (ไม่นับเป็นคน, ไม่ใช่มนุษย์, ไม่มีสิทธิ์อยู่) are not repeated.
ไม่ใช่คนเหมือนเรา          | pred:attribute | 0.85 | negative_attribute_group
ไม่ใช่คนเหมือนพวกเรา       | pred:attribute | 0.85 | negative_attribute_group
ไม่เป็นมนุษย์              | pred:attribute | 0.85 | negative_attribute_group
ไม่มีความเป็นมนุษย์        | pred:attribute | 0.85 | negative_attribute_group
ไร้ความเป็นมนุษย์          | pred:attribute | 0.85 | negative_attribute_group
ไร้ความเป็นคน              | pred:attribute | 0.85 | negative_attribute_group
หมดความเป็นคน              | pred:attribute | 0.85 | negative_attribute_group
ไม่สมควรเกิดเป็นคน         | pred:attribute | 0.85 | negative_attribute_group
ไม่คู่ควรกับความเป็นคน     | pred:attribute | 0.85 | negative_attribute_group
ไม่มีค่าความเป็นคน         | pred:attribute | 0.85 | negative_attribute_group
ไม่มีค่าเป็นคน             | pred:attribute | 0.85 | negative_attribute_group
ไม่มีค่าสักบาท             | pred:attribute | 0.8 | negative_attribute_group
ไม่เท่าเทียมกับเรา         | pred:attribute | 0.8 | negative_attribute_group
ไม่เท่าเทียมกับคนไทย       | pred:attribute | 0.8 | negative_attribute_group
ไม่เท่าเทียมกับคนปกติ      | pred:attribute | 0.8 | negative_attribute_group
ไม่ได้เท่าเทียมกับเรา      | pred:attribute | 0.8 | negative_attribute_group
ไม่เท่าคนไทย               | pred:attribute | 0.8 | negative_attribute_group
ไม่น่าไว้ใจ                | pred:attribute | 0.75 | negative_attribute_group
ไม่น่าไว้วางใจ             | pred:attribute | 0.75 | negative_attribute_group
ไว้วางใจไม่ได้             | pred:attribute | 0.75 | negative_attribute_group
เชื่อใจไม่ได้              | pred:attribute | 0.75 | negative_attribute_group
ไม่น่าเชื่อถือ             | pred:attribute | 0.75 | negative_attribute_group
ไม่ซื่อสัตย์               | pred:attribute | 0.75 | negative_attribute_group
ไม่ฉลาด                    | pred:attribute | 0.75 | negative_attribute_group
ไม่มีความสามารถ            | pred:attribute | 0.75 | negative_attribute_group
ไร้ความสามารถ              | pred:attribute | 0.75 | negative_attribute_group
ไม่สะอาด                   | pred:attribute | 0.75 | negative_attribute_group
ไม่อาบน้ำ                  | pred:attribute | 0.8 | negative_attribute_group
ไม่ค่อยอาบน้ำ              | pred:attribute | 0.8 | negative_attribute_group
ไม่รู้จักอาบน้ำ            | pred:attribute | 0.8 | negative_attribute_group
ไม่มีอารยธรรม              | pred:attribute | 0.8 | negative_attribute_group
ไม่ศิวิไลซ์                | pred:attribute | 0.8 | negative_attribute_group
ไม่มีมารยาท                | pred:attribute | 0.75 | negative_attribute_group
ไม่มีวัฒนธรรม              | pred:attribute | 0.8 | negative_attribute_group
ไม่เป็นที่ต้อนรับ          | pred:attribute | 0.85 | negative_attribute_group
ไม่ใช่ส่วนหนึ่งของสังคม    | pred:attribute | 0.8 | negative_attribute_group
ไม่ใช่ส่วนหนึ่งของประเทศ   | pred:attribute | 0.8 | negative_attribute_group
ไม่ใช่ส่วนหนึ่งของชาติ     | pred:attribute | 0.8 | negative_attribute_group
ไม่ควรมาอยู่ที่นี่         | pred:attribute | 0.85 | negative_attribute_group
ไม่มีสิทธิ์มีชีวิต         | pred:attribute | 0.85 | negative_attribute_group
ไม่มีสิทธิมีชีวิต          | pred:attribute | 0.85 | negative_attribute_group
ไม่สมควรเกิดมา             | pred:attribute | 0.85 | negative_attribute_group
ไม่สมควรอยู่บนโลก          | pred:attribute | 0.85 | negative_attribute_group
ไม่ควรอยู่บนโลก            | pred:attribute | 0.85 | negative_attribute_group
ไม่สมควรได้มีชีวิต         | pred:attribute | 0.85 | negative_attribute_group
ไม่ใช่คนไทยแท้             | pred:attribute | 0.8 | negative_attribute_group
ไม่ใช่คนไทยจริง            | pred:attribute | 0.8 | negative_attribute_group
ไม่ได้เป็นคนไทยจริง        | pred:attribute | 0.8 | negative_attribute_group
ไม่สมควรเป็นคนไทย          | pred:attribute | 0.85 | negative_attribute_group
ไม่คู่ควรเป็นคนไทย         | pred:attribute | 0.85 | negative_attribute_group
ไม่ปกติ                    | pred:attribute | 0.75 | negative_attribute_group
ไม่ใช่คนดี                 | pred:attribute | 0.75 | negative_attribute_group
ไม่มีคนดี                  | pred:attribute | 0.8 | negative_attribute_group
ไม่จงรักภักดี              | pred:attribute | 0.8 | negative_attribute_group
ไม่รักชาติ                 | pred:attribute | 0.75 | negative_attribute_group
ไม่เหมาะเป็นผู้นำ          | pred:attribute | 0.8 | negative_attribute_group
ไม่เหมาะจะเป็นผู้นำ        | pred:attribute | 0.8 | negative_attribute_group
ไม่เหมาะเป็นพ่อแม่         | pred:attribute | 0.8 | negative_attribute_group
ไม่ควรได้เลี้ยงลูก         | pred:attribute | 0.8 | negative_attribute_group
