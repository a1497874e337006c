# Thai context words. Thai has no spaces between words and the engine checks no word boundary
# next to Thai letters: every entry matches as a substring, so short pronouns that occur inside
# common words ("แก" in แก้ไข/แกง, "คุณ" in ขอบคุณ/คุณภาพ, "อี" in อีก/อีเมล) are written as
# patterns that exclude those neighbours.
@format 1
@lang th
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- ctx:target -----------------------------------------------------------------------------
มึง             | ctx:target
มรึง            | ctx:target
เมิง            | ctx:target
มืง             | ctx:target
เอ็ง            | ctx:target
ไอ้             | ctx:target
เธอ             | ctx:target
พวกแก           | ctx:target
แกนี่           | ctx:target
แกมัน           | ctx:target
อีนี่           | ctx:target
อีนั่น          | ctx:target
อีพวก           | ctx:target
อีคน            | ctx:target
อีป้า           | ctx:target
พวกมัน          | ctx:target
ไอ้พวก          | ctx:target
# "แก" (you, informal) when not the start of แก้/แก่/แกง/แกล้ง/แกน/แกว่ง/แกะ/แกร่ง/แกม/แกลบ
re:แก($|[^่้๊๋็งละนวรมสบดลฮ]) | ctx:target
# "คุณ" (you, polite) but not ขอบคุณ/บุญคุณ/พระคุณ/คุณภาพ/คุณค่า/คุณสมบัติ/คุณธรรม/คุณประโยชน์/คุณลักษณะ/คุณวุฒิ
re:(^|[^บญะ])คุณ($|[^ภคสธปลวู]) | ctx:target

# --- ctx:group ------------------------------------------------------------------------------
มุสลิม          | ctx:group
อิสลาม          | ctx:group
ชาวมุสลิม       | ctx:group
พม่า            | ctx:group
ชาวอินเดีย       | ctx:group
คนอินเดีย        | ctx:group
คนผิวดำ         | ctx:group
เขมร            | ctx:group
กัมพูชา         | ctx:group
คนลาว           | ctx:group
ชาวลาว          | ctx:group
คนจีน           | ctx:group
ชาวจีน          | ctx:group
ญวน             | ctx:group
เวียดนาม        | ctx:group
ต่างด้าว         | ctx:group
แรงงานต่างด้าว   | ctx:group
แรงงานพม่า       | ctx:group
ชาวเขา          | ctx:group
ชาวไทยภูเขา     | ctx:group
คนอีสาน         | ctx:group
คนใต้           | ctx:group
คนเหนือ         | ctx:group
มลายู           | ctx:group
โรฮิงญา         | ctx:group
ชาวคริสต์       | ctx:group
คริสเตียน       | ctx:group
ชาวพุทธ         | ctx:group
ยิว             | ctx:group
กะเทย           | ctx:group
ตุ๊ด            | ctx:group
เกย์            | ctx:group
เลสเบี้ยน        | ctx:group
คนข้ามเพศ       | ctx:group
สาวประเภทสอง    | ctx:group
หลากหลายทางเพศ  | ctx:group
ผู้หญิง          | ctx:group
คนพิการ         | ctx:group
ผู้พิการ         | ctx:group
คนดำ            | ctx:group
ฝรั่ง            | ctx:group
ชาวต่างชาติ      | ctx:group
ผู้ลี้ภัย         | ctx:group
lgbt*           | ctx:group

# --- ctx:negation (multi-syllable only: bare ไม่ is everywhere) ------------------------------
ไม่ใช่          | ctx:negation
ไม่ได้          | ctx:negation
มิใช่           | ctx:negation
# bare ไม่เคย ("never") is left out: "ไม่เคยเห็น <group> ที่ฉลาดสักคน" (never seen a smart one) is
# hate as a negated positive; only "never said / thought / called" forms negate (2026-12)
ไม่เคยคิด       | ctx:negation
ไม่เคยพูด       | ctx:negation
ไม่เคยบอก       | ctx:negation
ไม่เคยว่า        | ctx:negation
ไม่เคยด่า        | ctx:negation
ไม่เคยมองว่า     | ctx:negation
ไม่เคยเห็นว่า    | ctx:negation
ไม่เคยรู้สึก      | ctx:negation
ไม่เคยเชื่อว่า    | ctx:negation
ไม่เคยเรียก      | ctx:negation
ไม่ได้เป็น       | ctx:negation

# --- ctx:counter ----------------------------------------------------------------------------
โดนด่าว่า       | ctx:counter
ถูกด่าว่า        | ctx:counter
โดนเรียกว่า     | ctx:counter
ด่าเราว่า        | ctx:counter |  |  |
ด่าผมว่า         | ctx:counter |  |  |
ด่าฉันว่า         | ctx:counter |  |  |
ด่าหนูว่า         | ctx:counter |  |  |
ด่ากูว่า          | ctx:counter |  |  |
เรียกเราว่า      | ctx:counter |  |  |
เรียกผมว่า       | ctx:counter |  |  |
เรียกฉันว่า       | ctx:counter |  |  |
มีคนด่า          | ctx:counter |  |  |
ถูกเรียกว่า      | ctx:counter
อย่าใช้คำว่า     | ctx:counter
หยุดบูลลี่       | ctx:counter
การบูลลี่        | ctx:counter
เลิกเหยียด      | ctx:counter
ไม่ควรเหยียด    | ctx:counter
การเหยียด       | ctx:counter
ถ้อยคำแสดงความเกลียดชัง | ctx:counter
เตือนภัย        | ctx:counter
มิจฉาชีพ        | ctx:counter
ระวังมิจฉาชีพ    | ctx:counter
แก๊งคอลเซ็นเตอร์ | ctx:counter
อย่าหลงเชื่อ     | ctx:counter
อย่าเชื่อ        | ctx:counter
หลอกลวง         | ctx:counter
แจ้งความ        | ctx:counter
ข่าวปลอม        | ctx:counter
ศูนย์ต่อต้านข่าวปลอม | ctx:counter
เป็นข่าวปลอม    | ctx:counter
ตำรวจไซเบอร์    | ctx:counter
สายด่วน         | ctx:counter

# --- allow ----------------------------------------------------------------------------------
ฆ่าเวลา         | allow
ควายป่า         | allow
ควายไทย         | allow
ควายเผือก       | allow
ควายน้ำ         | allow
ควายธนู         | allow
เลี้ยงควาย       | allow
ฝูงควาย         | allow
เนื้อควาย        | allow
ควายงาม         | allow
กะหรี่ปั๊บ        | allow
กะหรี่พัฟ        | allow
แกงกะหรี่        | allow
ผงกะหรี่         | allow
ข้าวกะหรี่       | allow
ข้าวแกงกะหรี่    | allow
ไก่กะหรี่        | allow
ขนมสลิ่ม        | allow
สลิ่มน้ำกะทิ     | allow
สลิ่มแตงไทย     | allow
ลอดช่องสลิ่ม    | allow
ฉันโง่          | allow
เราโง่          | allow
กูโง่           | allow
หนูโง่          | allow
ผมโง่           | allow
โง่จังเลยเรา    | allow

# ---- ctx:target: third person and pointing at someone (insulting a person who is talked about is
# ---- still harassment); added 2026-11-29 by the engine maintainers, original work ----
เขา | ctx:target
พวกเขา | ctx:target
คนนี้ | ctx:target
คนนั้น | ctx:target
ไอ้นี่ | ctx:target
ไอ้นั่น | ctx:target
นังนี่ | ctx:target
มันเป็น | ctx:target
หมอนี่ | ctx:target
ยัยนี่ | ctx:target
พวกนี้ | ctx:target

# ---- ctx:group: "พวก" + a people that is also an ordinary word (ลาว, แขก, จีน); added 2026-12 ----
พวกลาว | ctx:group
พวกแขก | ctx:group
แขกมุสลิม | ctx:group
พวกจีน | ctx:group
พวกเจ๊ก | ctx:group
พวกญวน | ctx:group
พวกฝรั่ง | ctx:group
พวกผู้หญิง | ctx:group
คนพม่า | ctx:group
ชาวพม่า | ctx:group
ชาวกัมพูชา | ctx:group
ชาวโรฮิงญา | ctx:group

# ---- ctx:counter: scam-awareness warnings (added 2026-12) ----
ห้ามบอกรหัส | ctx:counter
อย่าบอกรหัส | ctx:counter
ห้ามให้รหัส | ctx:counter
อย่าให้รหัส | ctx:counter
ไม่ควรบอก | ctx:counter
อย่ากดลิงก์ | ctx:counter
อย่ากดลิงค์ | ctx:counter
อย่าโอนเงิน | ctx:counter
ระวังถูกหลอก | ctx:counter
ระวังโดนหลอก | ctx:counter
แก๊งมิจฉาชีพ | ctx:counter

# ---- ctx:contrast: the word that turns a sentence round ("I'm not racist but ..."): a negator before it
# with nothing named between disclaims the writer and negates nothing after it
แต่         | ctx:contrast
