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
ธนาคาร                     | grp:other
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
คนบ้านนอก                  | grp:other
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
re:ไม่(ได้)?(เกลียด|รังเกียจ|ขยะแขยง|สกปรก|โง่|ขี้เกียจ|ขี้โกง|เหม็น|ไร้ค่า|น่ารังเกียจ|น่าเกลียด|ป่าเถื่อน|ล้าหลัง|วิปริต|ผิดธรรมชาติ|ควรตาย|สมควรตาย|ควรฆ่า|ควรถูกฆ่า|ควรกำจัด|ควรโดน|ควรถูก|ควรไล่|ต่างจากสัตว์) | allow
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
