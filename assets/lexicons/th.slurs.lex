# Thai slurs for protected groups, read as people (flag `slur`): a slur counts at its full weight
# only in a people slot (a `ctx:people` word touching it before: พวก, ไอ้, อี, นัง, มีแต่…; a
# `ctx:people_after` word touching it after: พวกนี้, ทุกคน…), with a second-person word within 60
# characters, or alone in its sentence; elsewhere at a fifth of its weight. Thai is written without
# spaces and no word edge is checked: every term matches as a substring. Slurs that are also
# everyday words (แขก guest, เงาะ rambutan, เก้ง barking deer, แรด rhinoceros, ชะนี gibbon,
# กะหรี่ curry, ลาว/พม่า/เขมร the countries and their peoples) weigh 0.75 and their everyday
# compounds are listed under `allow` after each group. Slurs already strong on their own in
# th.hate.lex (อีก้อ, โจรใต้) are not repeated; the ไอ้/อี forms there keep counting as before.
# Left out on purpose: ไอ้บ้า, โรคจิต, ปัญญานิ่ม (general insults, harassment not hate); bare
# ทอม, ดี้, เกย์, มุสลิม, จีน (the neutral names); ควายแดง, สลิ่ม, สามกีบ (political camps, not
# protected groups); bare มืด, เป๋, บอด (pieces of มืดแล้ว, กระเป๋า, บอดี้).
@format 1
@lang th
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ==== people markers ==========================================================================

# ---- ctx:people: written right before a noun, they make it a person or people ("พวกแขก", "ไอ้เจ๊ก")
# คน is left out: คนลาว, คนพม่า, คนจีน are the neutral names. ฝูง is left out (ฝูงเก้ง, a herd of
# deer), so is อีตัว (a slur itself).
พวก               | ctx:people
ไอ้               | ctx:people
# ไอ้ typed without its tone mark
ไอ                | ctx:people
อี                | ctx:people
# นัง (contemptuous, for women) but not the นัง inside หนัง (film, leather: หนังแขก) or ผนัง (wall)
re:(^|[^หผ])นัง    | ctx:people
มีแต่              | ctx:people
บรรดา             | ctx:people
เหล่า              | ctx:people
ไอ้ตัว             | ctx:people
ไอ้เด็ก            | ctx:people
อีเด็ก             | ctx:people
ไอ้หน้า            | ctx:people
อีหน้า             | ctx:people
พวกแม่ง           | ctx:people
ไอ้พวก            | ctx:people
อีพวก             | ctx:people

# ---- ctx:people_after: written right after a noun ("เจ๊กพวกนี้", "ลาวทุกคน", "แขกเวร")
พวกนี้             | ctx:people_after
พวกนั้น            | ctx:people_after
ทั้งหลาย           | ctx:people_after
ทุกคน             | ctx:people_after
ทั้งโคตร           | ctx:people_after
# curses said of people after their name: "เจ๊กเวร", "ตุ๊ดสัส"
เวร               | ctx:people_after
สัส               | ctx:people_after

# ---- the speaker counts themself in ("กูเป็นตุ๊ด", "ผมเป็นคนบ้านนอก", "เป็นตุ๊ดแล้วไง"): written as
# ---- `allow` spans that hold the slur, not as ctx:self words. A ctx:self word cuts every slur in
# ---- the 25 characters after it and Thai marks no clause break, so "ผมเป็น" would also soften
# ---- "ผมเป็นคนไทย ไม่ชอบพวกเขมร".
re:(กู|ผม|ฉัน|เรา|หนู|ชั้น|ดิฉัน|ข้อย|เฮา|พวกเรา|พวกกู)(ก็|เอง|เองก็)?(เป็น|คือ)(คน|ชาว|สาว|พวก|ลูก)?(ตุ๊ด|กะเทย|แต๋ว|เก้ง|ประเทือง|สาวแตก|อีแอบ|ลาว|บ้านนอก|เจ๊ก|แขก|ญวน|แกว|ม่อง|หม่อง|แม้ว|เงาะ|ซาไก|พม่า|เขมร|ต่างด้าว|ง่อย|ใบ้|ปัญญาอ่อน|ชะนี) | allow
re:ภูมิใจที่(ได้)?เป็น(คน|ชาว|สาว|ลูก)?(ตุ๊ด|กะเทย|แต๋ว|เก้ง|ลาว|บ้านนอก|เจ๊ก|แขก|ญวน|ม่อง|แม้ว|เงาะ|พม่า|เขมร) | allow
# "being a ตุ๊ด, so what?": owning or defending the name, whoever says it
re:เป็น(ตุ๊ด|กะเทย|เกย์|ทอม|ดี้|แต๋ว|เก้ง|ลาว|เขมร|พม่า|แขก|เจ๊ก|คนบ้านนอก|บ้านนอก|ง่อย|ใบ้)(แล้ว|แล้วมัน|แล้วยัง)(ไง|ยังไง|ผิดตรงไหน|ผิดอะไร|หนักหัวใคร|ทำไม) | allow

# ==== ethnicity, race, nationality ============================================================

# ---- Chinese, Japanese, Vietnamese
เจ๊ก               | hate | 0.8  | slur_group | slur
# Japanese (a wartime slur)
ยุ่น                | hate | 0.8  | slur_group | slur
# Vietnamese: ญวน is the old, now contemptuous name; แกว the Isan slur
ญวน               | hate | 0.75 | slur_group | slur
แกว               | hate | 0.8  | slur_group | slur
โปรเจ๊ก            | allow
อ็อบเจ๊ก           | allow
ซับเจ๊ก            | allow
แกว่ง              | allow
แกวิน              | allow
วัดญวน            | allow
ญวนอพยพ          | allow
ภาษาญวน          | allow
ชาวญวน           | allow

# ---- South Asians, Arabs and Muslims: แขก (also "guest", "customer"), แขกดำ, แขกขาว
แขก               | hate | 0.75 | slur_group | slur
แขกดำ             | hate | 0.85 | slur_group | slur
แขกขาว            | hate | 0.75 | slur_group | slur
re:(ต้อนรับ|รับ|เชิญ|เลี้ยง|ดูแล|ทักทาย|บ้านพัก|ห้องพัก|มี|ไม่มี|รอ|พา|จัดเลี้ยง|โต๊ะ|ที่นั่ง|เก้าอี้|บรรดา|เหล่า|ท่าน|จำนวน|รายชื่อ|บัตรเชิญ|มาเป็น|ไปเป็น|ได้เป็น|ผู้เป็น|จำพวก|มีแต่)แขก | allow
re:แขก(รับเชิญ|ผู้มีเกียรติ|ผู้ใหญ่|ผู้มาเยือน|วีไอพี|vip|พิเศษ|คนสำคัญ|ประจำ|ขาประจำ|เหรื่อ|บ้าน|เมือง|ในงาน|ที่มา|ที่พัก|ที่เข้าพัก|โรงแรม|ของ|มาหา|มาถึง|มาเยี่ยม|มาบ้าน|มาร่วมงาน|มางาน|เยอะ|น้อย|ทุกท่าน|ท่าน|บางท่าน|ทั้งหลาย|ทุกคน|ไปใครมา|แปลกหน้า|ไม่ได้รับเชิญ|เข้าร้าน|ต่างชาติ|ต่างประเทศ|ญี่ปุ่น|จีน|ฝรั่ง|ไทย) | allow
# food, films and the classical songs named แขก…
กล้วยแขก           | allow
ถั่วแขก            | allow
ขนมแขก            | allow
โรตีแขก            | allow
หนังแขก            | allow
เพลงแขก           | allow
สำเนียงแขก         | allow
แขกมอญ            | allow
แขกบรเทศ          | allow
แขกสาหร่าย         | allow
แขกต่อยหม้อ        | allow
แขกลพบุรี          | allow
แขกโอด            | allow

# ---- Black people
นิโกร              | hate | 0.85 | slur_group | slur
# "nigga" transliterated
นิกก้า             | hate | 0.8  | slur_group | slur
# bare มืด is "dark" (มืดแล้ว): only with its prefix; counts with a second-person word or alone
ไอ้มืด             | hate | 0.8  | slur_group | slur
อีมืด              | hate | 0.8  | slur_group | slur

# ---- Sakai / Mani (Negrito peoples of the south): เงาะ is also the rambutan
เงาะ               | hate | 0.75 | slur_group | slur
ซาไก              | hate | 0.75 | slur_group | slur
re:(ผล|ลูก|กิน|ปลูก|สวน|ต้น|ขาย|ซื้อ|ปอก|แกะ|เปลือก|ราคา|ผลไม้|ชาวสวน|ตลาด|กิโล|ทุเรียน|มังคุด|ลำไย|ลิ้นจี่|หน้า|ฤดู|เทศกาล|แยม|น้ำ|ไอศกรีม|ผลผลิต|เจ้า|รสชาติ|ชิม|เก็บ|ตัด|พันธุ์|ถุง|ตะกร้า|ลัง|เข่ง|กระป๋อง|จำพวก|มีแต่)เงาะ | allow
re:เงาะ(โรงเรียน|สีชมพู|พันธุ์|ทอง|ถอดรูป|ลอยแก้ว|กระป๋อง|สด|หวาน|เปรี้ยว|แช่|ลูก|กิโล|จันท์|บางยี่ขัน|ปีนัง|สีทอง|เนื้อ|ทุเรียน|มังคุด|ลำไย|ลิ้นจี่|แห้ง|อบแห้ง|ราคา|ผล|ต้น) | allow

# ---- Mon and Burmese men (ม่อง, หม่อง from Maung), Hmong (แม้ว)
ม่อง               | hate | 0.75 | slur_group | slur
หม่อง              | hate | 0.75 | slur_group | slur
ยาหม่อง            | allow
หม่องทองดี         | allow
ตรงหม่อง           | allow
# หม่อง is also Isan for "place, spot"
re:หม่อง(นี้|นั้น|นั่น|ใด|ได๋|เก่า|หน้า|ไหน) | allow
# แม้ว is also the nickname of a former prime minister: political talk about him is not about the Hmong
แม้ว               | hate | 0.75 | slur_group | slur
re:(พรรค|ระบอบ|ลิ่วล้อ|ทาส|ขี้ข้า|นาย|ตระกูล|เครือข่าย|สาวก|ลูกน้อง|รัฐบาล|ม็อบ|คนรัก|ชินวัตร|พรรคพวก|นายใหญ่|ลูกสาว|น้องสาว)แม้ว | allow
re:แม้ว(หนี|กลับ|ติดคุก|อยู่ดูไบ|เผด็จการ|โกง|ชินวัตร|ทักษิณ|ยิ่งลักษณ์|ปู|แดง|พรรค|รัฐบาล|นายกฯ|นายก|พักโทษ) | allow

# ---- Isan and Lao people (ลาว), people from the countryside (บ้านนอก)
ลาว               | hate | 0.5  | slur_group | slur
re:(ประเทศ|ชาว|คน|ภาษา|เพลง|อาหาร|ชายแดน|รัฐบาล|สปป\.?|สาธารณรัฐ|เที่ยว|ไป|จาก|ทัวร์|เงิน|หนัง|ละคร|ตลาด|ไทย|ไทย-|ทีมชาติ|นักเตะ|ศิลปิน|วัฒนธรรม|หมอลำ|สำเนียง|แรงงาน|นักท่องเที่ยว|ฝั่ง|เมือง|ตำ|ส้มตำ|ซิ่น|สาว|หนุ่ม|วัด|ข่าว|ทหาร|กองทัพ|ผู้นำ|ประชาชน)ลาว | allow
# lava, the names ลาวัณย์/ลาวัลย์, the Lao peoples of Thailand (ลาวครั่ง, ลาวโซ่ง…) and classical songs
re:ลาว(า|ัณ|ัลย์|เวียง|ครั่ง|โซ่ง|พวน|แง้ว|ยวน|ดวงเดือน|แพน|กระทบไม้|เจริญศรี|ดำเนินทราย|คำหอม|ครวญ|เสี่ยงเทียน|จ้อย|ตีทอง|สมเด็จ|เฉียง|ใต้|เหนือ|ตะวันออก) | allow
บ้านนอก            | hate | 0.75 | slur_group | slur
re:(ไป|กลับ|อยู่|ที่|ชีวิต|อาหาร|บรรยากาศ|โรงเรียน|วิถี|เที่ยว|แถว|คน|เด็ก|ทาง|บ้านเกิดที่|ชนบท)บ้านนอก | allow
re:บ้านนอก(ของ|เรา|ผม|ฉัน|กู|หนู|แถว|ที่|ช่วง|ตอน) | allow

# ---- Westerners: ฝรั่งขี้นก (cheap, scruffy farang) is also a small native guava
ฝรั่งขี้นก           | hate | 0.75 | slur_group | slur
re:(ต้น|ผล|ลูก|ใบ|กิ่ง|สวน|ปลูก|กิน|ขาย|เก็บ|พันธุ์)ฝรั่งขี้นก | allow

# ---- migrants and neighbours: พม่า, เขมร, ต่างด้าว are also the neutral names of the countries
# ---- and the legal word for aliens; they count as slurs only in a people slot or aimed at someone.
# ---- The riskiest entries in this file: drop this block if the neutral uses come through.
พม่า               | hate | 0.5  | slur_group | slur
re:(ประเทศ|ชาว|คน|ภาษา|อาหาร|ชายแดน|รัฐบาล|กองทัพ|ทหาร|เที่ยว|ไป|จาก|สาธารณรัฐ|สหภาพ|ทัวร์|เงิน|ตลาด|ไทย|ไทย-|ทีมชาติ|นักเตะ|วัฒนธรรม|สำเนียง|แรงงาน|แรงงานชาว|ฝั่ง|เมือง|วัด|พระ|เจดีย์|ศิลปะ|ข่าว|สงคราม|ศึก|นักท่องเที่ยว|ผู้อพยพ|ผู้ลี้ภัย|สาว|หนุ่ม|ชุด|ผ้า|ร้านอาหาร|ผู้นำ|ประชาชน|รัฐประหาร|แผ่นดินไหว)พม่า | allow
re:พม่า(เผา|ตี|เสีย|ยกทัพ|รบ|รามัญ|รุกราน|ประท้วง) | allow
เขมร              | hate | 0.5  | slur_group | slur
re:(ประเทศ|ชาว|คน|ภาษา|อาหาร|ชายแดน|รัฐบาล|กองทัพ|ทหาร|เที่ยว|ไป|จาก|ราชอาณาจักร|ทัวร์|เงิน|ตลาด|ไทย|ไทย-|ทีมชาติ|นักเตะ|วัฒนธรรม|สำเนียง|แรงงาน|ฝั่ง|เมือง|ปราสาท|ศิลปะ|อักษร|ตัวอักษร|เพลง|อารยธรรม|จักรวรรดิ|ขอม|ข่าว|ศึก|นักท่องเที่ยว|สาว|หนุ่ม|ผู้นำ|ประชาชน|นายก)เขมร | allow
# Khmer Rouge, the Khmer of Thailand, classical songs
re:เขมร(แดง|ถิ่นไทย|ไทรโยค|ลออองค์|กล่อมลูก|พวง|โพธิสัตว์|ราชบุรี|ปากท่อ|สุรินทร์) | allow
ต่างด้าว            | hate | 0.5  | slur_group | slur
re:(แรงงาน|คน|นิติบุคคล|ธุรกิจ|บริษัท|กฎหมาย|ทะเบียน|ใบอนุญาต|จ้าง|การจ้าง|นายจ้าง|ขึ้นทะเบียน|คนงาน|ผู้ถือหุ้น|สัดส่วน|ทุน|นักลงทุน|ทำงานของคน|ประกอบธุรกิจของคน)ต่างด้าว | allow
ต่างด้าวท้าวต่างแดน  | allow
# กะเหรี่ยง (Karen) is the neutral name; said of people as "hick", "savage"
กะเหรี่ยง           | hate | 0.5  | slur_group | slur
re:(ชาว|คน|ภาษา|หมู่บ้าน|ชุมชน|กองกำลัง|กองทัพ|ผ้าทอ|ผ้า|ชุด|สาว|หนุ่ม|เผ่า|ชนเผ่า|ปกา|อาหาร|เพลง|ศิลปะ|วัฒนธรรม|ผู้ลี้ภัย|ค่าย|รัฐ|ทหาร|ชาติพันธุ์|บ้าน|เด็ก)กะเหรี่ยง | allow
re:กะเหรี่ยง(คอยาว|แดง|โปว์|สะกอ|พลัดถิ่น|อพยพ|ติดอาวุธ|คริสต์|พุทธ) | allow

# ==== sexual orientation and gender identity ==================================================
ตุ๊ด               | hate | 0.8  | slur_group | slur
# แต๋ว is also a girl's nickname (น้องแต๋ว)
แต๋ว               | hate | 0.75 | slur_group | slur
re:(คุณ|นาย|นาง|น้อง|พี่|ป้า|ยาย|แม่|ลุง|ครู|หนู|น้า)แต๋ว | allow
# เก้ง (gay man) is also the barking deer
เก้ง               | hate | 0.75 | slur_group | slur
re:(เนื้อ|ล่า|ยิง|ฝูง|ลูก|เลี้ยง|สวนสัตว์|ซาก|หนัง|ลาบ|ผัด|ต้ม|แกง|ป่า|กวาง|ดักจับ|จำพวก|มีแต่)เก้ง | allow
re:(เก้ง|แรด|ชะนี|เงาะ)(ใน|ที่)(สวนสัตว์|ป่า|กรง|เขาดิน) | allow
re:เก้ง(หม้อ|ธรรมดา|ก้าง|แคระ|เผือก|ตัวผู้|ตัวเมีย|ป่า|เขาแดง|ดำ|อินเดีย|ยักษ์) | allow
# กะเทย is also the everyday name, used by many of themselves; a slur in the people slot
กะเทย             | hate | 0.75 | slur_group | slur
โชว์กะเทย          | allow
# ประเทือง (a flamboyant gay man, after a TV character) is also a given name and "to enrich"
ประเทือง           | hate | 0.75 | slur_group | slur
re:ประเทือง(ปัญญา|ผิว|อารมณ์|ความรู้|ใจ|ความคิด|สติปัญญา|ศิลป์|จิต|ผิวพรรณ) | allow
re:(คุณ|นาย|นาง|นางสาว|ลุง|ป้า|พี่|น้า|อา|ครู|หมอ|อาจารย์|ท่าน|ผู้ใหญ่|กำนัน|ตา|ยาย)ประเทือง | allow
# อีแอบ: a closeted gay man
อีแอบ              | hate | 0.8  | slur_group | slur
# สาวแตก: a gay man whose femininity "breaks out"
สาวแตก             | hate | 0.75 | slur_group | slur
# "neither a real man nor a real woman"
ชายไม่จริงหญิงไม่แท้  | hate | 0.85 | slur_group | slur

# ==== women ===================================================================================
# กะหรี่ (whore) is also curry; กระหรี่ the common misspelling of both
กะหรี่              | hate | 0.8  | slur_group | slur
กระหรี่             | hate | 0.8  | slur_group | slur
re:(ซอส|ราด|ก้อน|พริกแกง|เครื่องแกง|หมูทอด|ปลา|กุ้ง|เนื้อ|ผัด|ปู|หมู|อุด้ง|ขนมปัง|ซุป|น้ำ|รส|กลิ่น|จำพวก)กะหรี่ | allow
re:กะหรี่(ปั๊ป|ญี่ปุ่น|ไก่|หมู|เนื้อ|กุ้ง|แกะ|ปลา|อินเดีย|ก้อน|เขียว|แดง|เหลือง|ข้น|เผ็ด|ราด|คัตสึ|ทอด|อุด้ง|ซอส|ผง|ปู|ผัก|มัสมั่น) | allow
re:(แกง|ผง|ข้าว|ไก่|ข้าวแกง|ซอส|ราด|ก้อน|พริกแกง|เครื่องแกง|หมูทอด|ปลา|กุ้ง|เนื้อ|ผัด|ปู|หมู|อุด้ง|ขนมปัง|ซุป|น้ำ|รส|กลิ่น)กระหรี่ | allow
re:กระหรี่(ปั๊บ|ปั๊ป|พัฟ|ญี่ปุ่น|ไก่|หมู|เนื้อ|กุ้ง|แกะ|ปลา|อินเดีย|ก้อน|เขียว|แดง|เหลือง|ข้น|เผ็ด|ราด|คัตสึ|ทอด|อุด้ง|ซอส|ผง|ปู|ผัก|มัสมั่น) | allow
อีตัว              | hate | 0.85 | slur_group | slur
# "the little one", "the rascal": อีตัว with these is no whore
re:อีตัว(เล็ก|แสบ|ดี|น้อย|จิ๋ว|ป่วน|ยุ่ง|ร้าย|นี้|นั้น|เอง) | allow
อีดอก              | hate | 0.85 | slur_group | slur
ดอกทอง            | hate | 0.8  | slur_group | slur
# flowers: ทองกวาว, ทองอุไร, ทองพันชั่ง, ทองหลาง
re:ดอกทอง(กวาว|อุไร|พันชั่ง|หลาง|เครือ|คำ|หยิบ|หยอด|เหลือง) | allow
ร่าน               | hate | 0.8  | slur_group | slur
# แรด (a slut) is also the rhinoceros; ปลาแรด the giant gourami
แรด               | hate | 0.75 | slur_group | slur
re:(นอ|ลูก|ฝูง|หนัง|ด้วง|ล่า|อนุรักษ์|ปลา|สวนสัตว์|จำพวก|มีแต่)แรด | allow
re:แรด(ขาว|ดำ|ชวา|สุมาตรา|อินเดีย|นอเดียว|สองนอ|ป่า|ทอด|นึ่ง|ราดพริก|สามรส|แดดเดียว|ตัวผู้|ตัวเมีย) | allow
แพศยา             | hate | 0.85 | slur_group | slur
หญิงหากิน          | hate | 0.8  | slur_group | slur
# ชะนี (a woman, mocking) is also the gibbon
ชะนี               | hate | 0.75 | slur_group | slur
re:(ลิง|ลูก|ฝูง|เสียง|อนุรักษ์|สวนสัตว์|ป่า|โครงการ|มูลนิธิ|จำพวก|มีแต่)ชะนี | allow
re:ชะนี(มือขาว|มือดำ|มงกุฎ|แก้มขาว|แก้มเหลือง|เซียมัง|หัวโล้น|ร้อง|เผือก) | allow

# ==== disability ==============================================================================
ง่อย               | hate | 0.8  | slur_group | slur
# a "crippled" economy, team, system
ง่อยเปลี้ย          | allow
ปัญญาอ่อน          | hate | 0.8  | slur_group | slur
ภาวะปัญญาอ่อน      | allow
# ใบ้ (mute) is also a hint: คำใบ้, ใบ้หวย (lottery tips), ใบ้กิน (dumbstruck)
ใบ้                | hate | 0.75 | slur_group | slur
re:(คำ|เกม|เป็น|ทำเป็น|แกล้ง)ใบ้ | allow
re:ใบ้(หวย|เลข|คำ|กิน|แดก|ปริศนา|ท่า|ภาพ|ให้|หน่อย|นิดนึง|เบาๆ) | allow
# bare เป๋, บอด, พิการ are pieces of กระเป๋า, บอดี้ and the neutral คนพิการ: only with the prefix
ไอ้เป๋              | hate | 0.8  | slur_group | slur
ไอ้เป๋า             | allow
ไอ้บอด             | hate | 0.8  | slur_group | slur
ไอ้บอดี้             | allow
ไอ้พิการ            | hate | 0.8  | slur_group | slur
ไอ้แคระ            | hate | 0.8  | slur_group | slur
# a lame leg: also said plainly of a limp (เดินขาเป๋)
ขาเป๋              | hate | 0.75 | slur_group | slur
re:(เดิน|วิ่ง|เดินกะโผลกกะเผลก)ขาเป๋ | allow
อีพิการ             | hate | 0.8  | slur_group | slur

# ---- ctx:ingroup: the writer counting themself in; a slur within 8 characters of one, in the
# same clause, is the group's own word for itself (reclaimed use). Added by the engine's author. ----
พวกเรา            | ctx:ingroup |  |  |
พวกเราชาว         | ctx:ingroup |  |  |
กูเป็น            | ctx:ingroup |  |  |
ผมเป็น            | ctx:ingroup |  |  |
ฉันเป็น           | ctx:ingroup |  |  |
หนูเป็น           | ctx:ingroup |  |  |
เราเป็น           | ctx:ingroup |  |  |
เราชาว            | ctx:ingroup |  |  |
