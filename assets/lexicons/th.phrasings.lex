@format 1
@lang th
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites), never from held-back or blind cases
@licence MIT
# term | category | weight | key | flags

# ---- pred:attribute: English words typed in Thai posts (toxic, loser, trash...) and Thai spellings
re:toxic\s?(สุดๆ|สุด|มาก|จริงๆ|ชิบหาย|ฉิบหาย|สัสๆ|เกิน|ที่สุด|ทั้งนั้น|ทุกคน|ทุกตัว) | pred:attribute | 0.8 | negative_attribute_group
re:(นี่|มัน|คือ|เป็น|โคตร|แม่ง)\s?toxic | pred:attribute | 0.8 | negative_attribute_group
re:(พวก|เป็น|คือ|มัน|แม่ง)\s?losers? | pred:attribute | 0.8 | negative_attribute_group
re:losers?\s?(ตัวจริง|ทั้งนั้น|ทุกคน|สุดๆ|ทั้งโคตร) | pred:attribute | 0.8 | negative_attribute_group
re:(ก็แค่|เป็นแค่|แค่|คือ|พวก|มัน)\s?(trash|scum|garbage|parasites?) | pred:dehumanise | 0.85 | dehumanising_group
re:(โคตร|แม่ง|กู|ผม|ฉัน|เรา)\s?(hate|เฮท) | pred:emotion | 0.8 | hate_emotion_group
ท็อกซิก                    | pred:attribute | 0.8 | negative_attribute_group
ทอกซิก                     | pred:attribute | 0.8 | negative_attribute_group
ท๊อกซิก                    | pred:attribute | 0.8 | negative_attribute_group
ลูสเซอร์                   | pred:attribute | 0.8 | negative_attribute_group
ลูเซอร์                    | pred:attribute | 0.8 | negative_attribute_group
พวกขี้แพ้                  | pred:attribute | 0.8 | negative_attribute_group
re:(อยู่ใกล้|เข้าใกล้|คบ|ยุ่ง)(ด้วย)?(แล้ว|ทีไร)?\s?(ชีวิต|ชีวิตก็|ชีวิตจะ)(พัง|ฉิบหาย|ชิบหาย|ซวย|ตกต่ำ) | pred:attribute | 0.75 | negative_attribute_group
ไม่มีอนาคตสักคน            | pred:attribute | 0.75 | negative_attribute_group
re:(พวก)?(คน)?ไม่มีอนาคต(ตัวจริง|ทั้งนั้น|ทุกคน|หรอก) | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:attribute: wicked, shameless, disgrace (ชั่ว only with what follows it: not ชั่วโมง/ชั่วคราว)
re:ชั่ว(จริง|ชิบ|ฉิบ|สัส|มาก|สุด|โดยกำเนิด|แต่กำเนิด|ทั้งโคตร|ทุกตัว|ทุกคน|ทั้งนั้น|ตั้งแต่เกิด|สามานย์|ชาติ) | pred:attribute | 0.8 | negative_attribute_group
re:(มัน|พวกมัน|มันก็|ล้วน)ชั่ว | pred:attribute | 0.75 | negative_attribute_group
ไอ้พวกเวร                  | pred:attribute | 0.75 | negative_attribute_group
อีพวกเวร                   | pred:attribute | 0.75 | negative_attribute_group
พวกเวรตะไล                 | pred:attribute | 0.75 | negative_attribute_group
ไร้ยางอาย                  | pred:attribute | 0.85 | negative_attribute_group
หน้าด้านไร้ยางอาย          | pred:attribute | 0.8 | negative_attribute_group
หน้าไม่อาย                 | pred:attribute | 0.7 | negative_attribute_group
อัปยศ                      | pred:attribute | 0.8 | negative_attribute_group
อับยศ                      | pred:attribute | 0.8 | negative_attribute_group
อัปรีย์                    | pred:attribute | 0.8 | negative_attribute_group
อุบาทว์                    | pred:attribute | 0.8 | negative_attribute_group
ความน่าอับอายของ           | pred:attribute | 0.75 | negative_attribute_group
re:(ตัว|ความ)?(เสนียด|อัปมงคล|เสื่อมเสีย)(ของ)?(สังคม|ประเทศ|แผ่นดิน|ชาติ|บ้านเมือง|โลก) | pred:attribute | 0.8 | negative_attribute_group
re:(ภาระ|ตัวถ่วง|ตัวปัญหา|ตัวก่อปัญหา|ขยะ|มะเร็ง|เนื้อร้าย|กาฝาก)(ของ)?(สังคม|ประเทศ|แผ่นดิน|ชาติ|บ้านเมือง)(นี้)? | pred:attribute | 0.8 | negative_attribute_group
re:(โง่|ควาย|เลว|เหี้ย|ชั่ว|ห่วย|โกง)(บัดซบ|ดักดาน|สุดๆ|ที่สุดในประเทศ|ที่สุดในโลก|ทั้งโคตร|จริงๆ|ชิบหาย|ฉิบหาย|สัสๆ) | pred:attribute | 0.75 | negative_attribute_group
re:หน้า(เงิน|เลือด)(กัน)?(ทั้งนั้น|ทุกคน|ทุกตัว|ทั้งหมด) | pred:attribute | 0.75 | negative_attribute_group
re:(โคตร|แม่ง|แม่งโคตร|สุดจะ)น่า(รำคาญ|รังเกียจ|สมเพช|ขยะแขยง|เกลียด|ขนลุก) | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:emotion: disgust at the sight or smell of them
ทุเรศลูกตา                 | pred:emotion | 0.85 | hate_emotion_group
ทุเรศ                      | pred:attribute | 0.75 | negative_attribute_group
อุจาดตา                    | pred:emotion | 0.8 | hate_emotion_group
อุจาดลูกตา                 | pred:emotion | 0.8 | hate_emotion_group
ขัดลูกตา                   | pred:emotion | 0.75 | hate_emotion_group
รกหูรกตา                   | pred:emotion | 0.8 | hate_emotion_group
เสียสายตา                  | pred:emotion | 0.75 | hate_emotion_group
ทนกลิ่น                    | pred:emotion | 0.75 | hate_emotion_group
เหม็นกลิ่นตัว              | pred:attribute | 0.8 | negative_attribute_group
re:กลิ่น(ตัว|สาบ)\s?(แรง|เหม็น|ฉุน|เน่า|ตลบ|คลุ้ง) | pred:attribute | 0.8 | negative_attribute_group
เฮท                        | pred:emotion | 0.75 | hate_emotion_group
re:เกลียด(พวก|ไอ้พวก|อีพวก|คนพวก)?(มัน|นี้|นั้น)?\s?(ทุกตัว|ทุกคน|ทั้งโคตร|ทั้งหมด|เข้ากระดูก|เข้าไส้|ชิบหาย|ฉิบหาย|สัสๆ) | pred:emotion | 0.9 | hate_emotion_group
re:เกลือกกลั้ว(กับ)?(ของ|สิ่ง|พวก)?(สกปรก|โสโครก|ขยะ|ขี้|อุจจาระ|เน่า|ต่ำ|โสมม|ชั้นต่ำ) | pred:emotion | 0.8 | hate_emotion_group

# ---- pred:dehumanise: herd of beasts, beasts on two legs, dogs all of them
re:(ควาย|หมา|สัตว์|หมู|ลิง|วัว|ไก่)(ที่)?(เดิน|ยืน)?(ได้)?(สอง|2)\s?ขา | pred:dehumanise | 0.9 | dehumanising_group
re:(ก็แค่|เป็นแค่|แค่|เหมือน|มันก็|พวกมันก็|ไม่ต่างจาก)\s?ฝูง(ควาย|หมา|หมู|วัว|แพะ|แกะ|หนอน|ยุง|ปลวก|เห็บ|เหา|ตั๊กแตน|ซอมบี้|สัตว์) | pred:dehumanise | 0.9 | dehumanising_group
re:(หมา|ควาย|สัตว์|หมู|ลิง|เหี้ย|สวะ|ขยะ)(ทั้งนั้น|ทุกตัว|ทั้งฝูง|ทั้งโคตร|กันทั้งหมด|กันหมด|ทั้งหมด)\s?(แหละ|เลย)? | pred:dehumanise | 0.85 | dehumanising_group
re:(ก็|ก็เป็น|เป็นแค่|ก็แค่|มันก็แค่|มันคือ)\s?(แค่)?(สวะ|เดนคน|เศษสวะ|เศษเดน|เดนมนุษย์|ขยะเปียก|ขยะสังคม|กากเดน|กาก) | pred:dehumanise | 0.85 | dehumanising_group
เหมือนกองขยะ               | pred:dehumanise | 0.8 | dehumanising_group
re:เหม็น(เหมือน|ยังกับ|อย่างกับ|ยิ่งกว่า)(กองขยะ|ส้วม|ท่อ|ซากศพ|หมา|ขี้|ศพ) | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: implicit exclusion (everyone but them, their place, not mixing, moving away)
re:(รับ|ต้อนรับ|ให้เช่า|จ้าง|ให้เข้า|ยินดีต้อนรับ)[^.!?\n]{0,25}(ทุกคน|ทุกชาติ|ทุกเพศ|ทุกศาสนา|ทุกเชื้อชาติ|ทุกท่าน)\s?(ยกเว้น|เว้นแต่|เว้นก็แต่|ยกเว้นแต่) | pred:exclude | 0.85 | exclusion_group
re:(ยกเว้น|เว้นแต่|ยกเว้นแต่)(พวก|คน|ชาว)?[^.!?\n]{0,15}(ไม่รับ|ห้ามเข้า|ห้ามเช่า|ไม่ให้เช่า|ไม่ต้อนรับ) | pred:exclude | 0.8 | exclusion_group
re:(รู้|รู้จัก|สำนึก)(ที่ทาง|ที่ต่ำที่สูง|ฐานะ|ที่อยู่ที่ยืน)(ของ)?(ตัวเอง|ตน|ตัว)? | pred:exclude | 0.85 | exclusion_group
re:(อย่า|ไม่ต้อง|ไม่ควร|อย่าได้)(ออก)?มา(เรียกร้อง|เรียกร้องสิทธิ์|ทำตัวเท่าเทียม|เสนอหน้า|ออกความเห็น|ตีเสมอ) | pred:exclude | 0.8 | exclusion_group
re:(อยู่เงียบๆ|อยู่เฉยๆ|อยู่ในที่ของตัวเอง|อยู่ในที่ของมัน)(ไป)?(เถอะ|ซะ|ก็พอ|ดีกว่า|ไป) | pred:exclude | 0.7 | exclusion_group
re:(ไม่|อย่า|ห้าม)?(ปน|ปะปน|ปนเป|อยู่รวม|ใช้ร่วม|เรียนร่วม|นั่งร่วม)(กับ)?(คนปกติ|คนธรรมดา|คนทั่วไป|คนดีๆ|คนไทยแท้|พวกเรา) | pred:exclude | 0.85 | exclusion_group
re:แยก(ไว้|ออกไป|ห้อง|ที่|โซน|ขัง)?(ให้)?[^.!?\n]{0,25}(ต่างหาก|ออกจากคนปกติ|ออกจากคนทั่วไป|ออกจากสังคม) | pred:exclude | 0.8 | exclusion_group
re:(ไม่ใช่|ไม่เหมือน|ผิดจาก)คนปกติ | pred:attribute | 0.8 | negative_attribute_group
re:(ต้อง|คงต้อง|ควร|ขอ)(ย้าย|พาลูกย้าย|ให้ลูกย้าย)(โรงเรียน|บ้าน|ออก|หนี)(หนี|ไป|แล้ว|ดีกว่า)? | pred:exclude | 0.8 | exclusion_group
ย้ายบ้านหนี                | pred:exclude | 0.8 | exclusion_group
ย้ายหนี                    | pred:exclude | 0.75 | exclusion_group
re:(อย่า|ห้าม|ไม่ให้)(พา|เอา|หิ้ว)[^.!?\n]{0,25}(เข้าบ้าน|มาบ้าน|เข้ามาในบ้าน|มาเป็นสะใภ้|มาเป็นเขย|มาเป็นลูกเขย|มาเป็นลูกสะใภ้|มาเป็นแฟน|มาแต่งงาน|เข้าตระกูล) | pred:exclude | 0.85 | exclusion_group
ไม่มีที่ยืน                | pred:exclude | 0.8 | exclusion_group

# ---- pred:attribute: implied thieves (clutch your bag, count the stock)
re:(กอด|กำ|หนีบ|ถือ|จับ|เก็บ)กระเป๋า(ไว้|ให้)?(แน่น|ดีๆ|ให้ดี|ติดตัว) | pred:attribute | 0.8 | negative_attribute_group
re:(ระวัง|เฝ้า)(กระเป๋า|ของ|ทรัพย์สิน|ของมีค่า)(หาย|ให้ดี|ไว้ดีๆ|ไว้) | pred:attribute | 0.75 | negative_attribute_group
re:(อย่าลืม|ต้อง|คอย|หมั่น)(นับ|เช็ค|เช็ก|ตรวจ)(ของ|สต็อก|สต๊อก|เงินในลิ้นชัก|เงินในเก๊ะ|ลิ้นชัก) | pred:attribute | 0.8 | negative_attribute_group
re:(ของ|เงิน)(ในร้าน|ในบ้าน)?หายแน่ | pred:attribute | 0.75 | negative_attribute_group
re:(มา)?แย่ง(งาน|อาชีพ|ที่ทำกิน|ข้าว|สวัสดิการ)(คนไทย|คนในพื้นที่|คนท้องถิ่น|พวกเรา|เรา) | pred:attribute | 0.8 | negative_attribute_group
re:สมอง(มัน)?(ก็)?(ไม่มี|กลวง|ฝ่อ|เท่าเมล็ดถั่ว|หมาปัญญาควาย) | pred:attribute | 0.8 | negative_attribute_group
re:(อย่าหวัง|อย่าไปหวัง|ไม่ต้องหวัง|ไม่มีทาง|ชาตินี้)ว่า?[^.!?\n]{0,25}(จะ)?(ฉลาด|เจริญ|ดีขึ้น|เป็นคนดี|มีสมอง|ซื่อสัตย์|มีการศึกษา|พัฒนา) | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:violence: norms and wishes
re:ปล่อย(ให้)?(มัน)?(อด|เน่า|หิว|ป่วย)?ตาย | pred:violence | 0.85 | violence_group | severe
ให้อดตาย                   | pred:violence | 0.85 | violence_group | severe
ขังรวมกัน                  | pred:violence | 0.7 | violence_group
re:(ซ้อม|กระทืบ|ตบ|ยิง|แทง|ฆ่า|ทำร้าย|รุม|ต่อย|เตะ|ฟัน|เผา)ได้(เลย|ไม่ผิด|เต็มที่|ตามสบาย|ไม่ต้องกลัว) | pred:violence | 0.85 | violence_group | severe
re:สมควร(โดน|ถูก)(แล้ว|หรอก|จริงๆ|ละ|นะ)?$ | pred:violence | 0.7 | violence_group
re:(สมควร|มัน|พวกมัน)(โดน|ถูก)(แล้ว|หรอก|จริงๆ|ละ)? | pred:violence | 0.6 | violence_group
re:ไล่(ตี|กระทืบ|ฆ่า|ยิง|ฟัน|แทง|ซ้อม|เตะ|ต่อย|ตบ)(ให้)?(กระเจิง|แตกกระเจิง|ตาย|หมด|ให้หมด)? | pred:violence | 0.85 | violence_group | severe
re:(ตี|ยิง|ระเบิด|ไล่)ให้(แตก)?กระเจิง | pred:violence | 0.8 | violence_group
re:สูญพันธุ์(ไป)?\s?(ซะ|เสีย|สักที|ซะที|ให้หมด|ไปให้หมด|ไปเลย|จากโลก|จากประเทศ) | pred:violence | 0.9 | violence_group | severe
re:(ตาย|ตายห่า|ตายโหง|หายไป|หมดไป)(ไป)?(ให้หมด|ยกโคตร|ทั้งโคตร|ซะให้หมด)(เถอะ|ซะ|ไป)? | pred:violence | 0.9 | violence_group | severe

# ---- pred:threat: first-person intent, weapons ready, acid
re:(รอ|เตรียม|เตรียมตัว)(โดน|ถูก)(ยิง|แทง|ฟัน|กระทืบ|ซ้อม|ฆ่า|เผา|ตบ|สาดน้ำกรด|ระเบิด) | pred:threat | 0.9 | threat_violence | severe
re:(ปืน|มีด|ดาบ|ขวาน|ระเบิด|ลูกปืน|กระสุน)(กู|ผม|ข้า|ฉัน)?\s?(พร้อม|เตรียมไว้|ขึ้นลำ|ลับไว้) | pred:threat | 0.85 | threat_violence | severe
re:(สาด|ราด|เอาน้ำกรดสาด|เอากรดสาด)(น้ำกรด|กรด|หน้า) | pred:threat | 0.85 | threat_violence | severe
re:(น้ำกรด|กรด)\s?(สาด|ราด) | pred:threat | 0.85 | threat_violence | severe
ให้เสียโฉม                 | pred:violence | 0.85 | violence_group | severe

# ---- slurs with their contemptuous prefix (bare forms are everyday words: บัง, ม่าน, เสี่ยว, ประตูหลัง)
re:(ไอ้|อี|พวก|ไอ้พวก|อีพวก)(บัง|ม่าน|เสี่ยว|ประตูหลัง|คนดอย|จีนแดง|ดำตับเป็ด|พม่าเผาเมือง|ลาวอีสาน|ลาว|เขมร|ญวน|แกว|หม่อง)([^ก-๙]|$|แม่ง|มัน|นี่|ที่|พวกนี้|ก็|ลง|วัน|ย้าย|อีก|เต็ม|ทุก|เวร) | hate | 0.85 | slur_group |

# ---- ctx:counter: reporting or condemning what others said or called
เห็นคอมเมนต์ว่า            | ctx:counter
คอมเมนต์ที่ว่า             | ctx:counter
เห็นโพสต์ว่า               | ctx:counter
เหยียดชัดๆ                 | ctx:counter
แบบนี้มันเหยียด            | ctx:counter
แบบนี้เหยียด               | ctx:counter
re:(ใคร|คนที่|พวกที่)(เรียก|ด่า|ว่า)(คนอื่น|ใคร|เขา|เพื่อน)ว่า | ctx:counter
เรียกคนอื่นว่า             | ctx:counter
แสดงว่าคนนั้น              | ctx:counter
re:ไม่(เคย)?รู้จัก(พวกเขา|เขา|พวกเค้า)(จริงๆ|จริง|ดีพอ)? | ctx:counter
re:(ก็|ก็เป็น)คน(เหมือน|เหมือนกับ)(เรา|พวกเรา|กัน|ทุกคน) | ctx:counter
re:(จะ)?ไม่มีวัน(พูด|คิด|มอง|เรียก|บอก)ว่า | ctx:negation
re:ไม่(เคย)?(คิด|มอง|เชื่อ|เห็น)ว่า | ctx:negation

# ---- allow: no reason to hate; ordinary words that hold a group or insult word
re:ไม่มีเหตุผล(อะไร)?(เลย)?(ที่)?(ต้อง|จะ|ควร)(ไป)?(เกลียด|รังเกียจ|กลัว|ดูถูก|เหยียด|ไล่|ทำร้าย) | allow
re:(ปิด|เปิด|ภาค|กลาง|ปลาย|ต้น|ค่า)เทอม | allow
เทอมนี้                    | allow
ตายาย                      | allow
หน้าหนาว                   | allow

# ---- ctx:ingroup: "we call each other", "the likes of me"
เรียกกันว่า                | ctx:ingroup
เรียกกันเอง                | ctx:ingroup
อย่างชั้น                  | ctx:ingroup
อย่างฉัน                   | ctx:ingroup
อย่างพวกเรา                | ctx:ingroup

# ---- insults at a device are no harassment ("the printer is dumber than a buffalo")
re:(ปริ้นเตอร์|พริ้นเตอร์|ปรินเตอร์|เครื่องพิมพ์|แอป|แอพ|ไวไฟ|wifi|มือถือ|โทรศัพท์|คอมเครื่อง|คอมพิวเตอร์|โน้ตบุ๊ก|โน๊ตบุ๊ค|ตู้เย็น|รีโมท|รีโมต|ทีวี|เกม|อัปเดต|อัพเดท|หม้อหุงข้าว|เครื่องซักผ้า|แอร์|เว็บไซต์|โปรแกรม|ซอฟต์แวร์|ระบบ)[^.!?\n]{0,30}(โง่|ควาย|ห่วย|กาก)(ยิ่งกว่า|กว่า|เหมือน)?(ควาย|หมา)? | allow
re:ไม่เคย(คิด|มอง|เชื่อ|เห็น)ว่า[^.!?\n]{0,30}(เป็น|มัน|พวกเขา) | ctx:counter

# ---- harassment: "you are low-born by nature"
re:(แก|มึง|เอ็ง|ลื้อ|เธอ)(นี่)?(มัน)?(สันดาน|นิสัย)(ต่ำ|เสีย|ชั่ว|เลว|หมา|ไพร่|ทราม) | harassment | 0.8 | insult_at_person | needs=target

# ---- grp:other: salespeople and brokers
เซลล์ขาย                   | grp:other
เซลล์คอนโด                 | grp:other
นายหน้า                    | grp:other

# ---- leet spellings of loser (l0ser, l053r)
re:(พวก|เป็น|คือ|มัน|แม่ง)\s?l[o0][s5$][e3]rs? | pred:attribute | 0.8 | negative_attribute_group
