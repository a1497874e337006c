@format 1
@lang th
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b, then tests/tuning_suites_c, then tests/tuning_suites_d, then tests/tuning_suites_e), never from held-back or blind cases
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

# ======================================================================
# Second round: families written from the misses of tests/tuning_suites_b
# ======================================================================

# ---- pred:exclude: "anyone but", refusing with an apology, "no place for", not allowed to raise children, driving out
re:(ใครก็ได้|ใครก็รับ|ทุกคน|ทุกเพศ|ทุกชาติ|ทุกศาสนา|ได้หมด|รับหมด|รับทุกคน)\s?(ยกเว้น|เว้นแต่|ยกเว้นแต่) | pred:exclude | 0.85 | exclusion_group
re:(ไม่รับ|ไม่ให้เช่า|ไม่จ้าง|ไม่ต้อนรับ|งดรับ|ไม่ขายให้)[^.!?\n]{0,20}(นะคะ|นะครับ|ค่ะ|ครับ|นะ)?\s?(ขออภัย|ขอโทษ|ขออภัยด้วย|เสียใจด้วย|ต้องขอโทษ|ขอภัย) | pred:exclude | 0.85 | exclusion_group
re:(ไม่ควร|ไม่สมควร|ห้าม)(ได้)?(รับ)?(อนุญาต)?(ให้)?(เลี้ยง|เลี้ยงดู|ดูแล|สอน|อยู่ใกล้|รับเลี้ยง|อุปการะ)(เด็ก|ลูก|บุตร) | pred:exclude | 0.85 | exclusion_group
re:(ไม่ควร|ไม่สมควร)(ได้)?รับอนุญาต | pred:exclude | 0.8 | exclusion_group
re:ไล่[^.!?\n]{0,25}ออก(ไป)?(ให้หมด|ให้หมดๆ|ซะที|สักที|ให้พ้น|จากประเทศ|จากแผ่นดิน) | pred:exclude | 0.85 | exclusion_group
re:จะไม่มี[^.!?\n]{0,25}(ซะที|สักที|เสียที|ซักที) | pred:exclude | 0.8 | exclusion_group
re:(โลก|ประเทศ|สังคม|บ้านเมือง|คนดีๆ|ชุมชน)(ก็)?(จะได้|ก็จะ|คงจะ)(อยู่)?(อย่าง)?(สงบ|สงบสุข|น่าอยู่|ดีขึ้น|สะอาด|ปลอดภัย) | pred:exclude | 0.8 | exclusion_group
re:(หัด|ไปหัด|ไปเรียน)เป็นคน(ให้ได้|ให้เป็น)?(ก่อน) | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:attribute: lock your doors, no brain, born bad, lower than others, root of all problems, sarcasm "so honest they steal"
re:(ล็อก|ล็อค|ล๊อก|ล๊อค|ลงกลอน|ปิด)(ประตู|ประตูบ้าน|บ้าน|หน้าต่าง|รถ)(ให้)?(ดีๆ|ให้ดี|แน่นๆ|ให้แน่น|ให้ดีๆ) | pred:attribute | 0.8 | negative_attribute_group
re:มีสมอง(มั้ย|ไหม|มั๊ย|รึเปล่า|หรือเปล่า|ป่ะ|ปะ|บ้างมั้ย|บ้างไหม|บ้างป่ะ|กันมั้ย|กันไหม) | pred:attribute | 0.8 | negative_attribute_group
re:(มีแต่|ดีแต่|เก่งแต่)(ปาก|พูด|เห่า|ทำให้คนอื่น|สร้างปัญหา|ก่อเรื่อง) | pred:attribute | 0.75 | negative_attribute_group
re:(นิสัยเสีย|นิสัยไม่ดี|สันดานเสีย|สันดานชั่ว|ขี้โกง|ขี้ขโมย|ขี้โกหก|โกหก|หลอกลวง|ชั่ว|เลว|โง่|สกปรก|เจ้าเล่ห์|ไว้ใจไม่ได้)(มา)?(แต่กำเนิด|โดยกำเนิด|ตั้งแต่เกิด|ตั้งแต่กำเนิด|แต่เกิด|โดยสันดาน|ในสายเลือด|ตั้งแต่อยู่ในท้อง) | pred:attribute | 0.85 | negative_attribute_group
re:(เรียน|สอน|ศึกษา)(สูง|มาก|เยอะ)?(แค่ไหน|เท่าไหร่|เท่าไร|ยังไง)(ก็)?(ไม่|ยัง)(เปลี่ยน|ดีขึ้น|ฉลาด|หาย|ต่าง) | pred:attribute | 0.8 | negative_attribute_group
re:(ต่ำต้อย|ต่ำชั้น|ด้อย|ต่ำ)กว่า(คนอื่น|คนทั่วไป|คนปกติ|มนุษย์) | pred:attribute | 0.85 | negative_attribute_group
ต่ำต้อย                    | pred:attribute | 0.75 | negative_attribute_group
re:(ต้นเหตุ|ต้นตอ|บ่อเกิด|ตัวการ)(ของ)?(ปัญหา|ความวุ่นวาย|อาชญากรรม|ความเสื่อม|หายนะ|ความชั่ว) | pred:attribute | 0.85 | negative_attribute_group
re:สาเหตุ(ของ)?(ปัญหา|ความวุ่นวาย)(ทุกอย่าง|ทั้งหมด|ทั้งปวง|ทุกเรื่อง) | pred:attribute | 0.85 | negative_attribute_group
re:(ซื่อสัตย์|ซื่อ|ดี|ใจดี|สุจริต)(มาก)*(จน|ถึงขั้น|ขนาด)(ขโมย|โกง|ปล้น|หลอก|ลัก|ฉก) | pred:attribute | 0.8 | negative_attribute_group
re:(ยังไม่เคย|ไม่เคย)(เจอ|เห็น|พบ)(สัก|ซัก)(คน|ตัว)(เดียว)? | pred:attribute | 0.75 | negative_attribute_group
re:(ไร้ประโยชน์|ไม่มีประโยชน์|หน้าด้าน|ไร้การศึกษา|เห็นแก่ตัว|ไร้มารยาท|ไม่มีมารยาท|สถุล|ไร้สมอง)(ทั้งนั้น|ทุกคน|ทุกตัว|ทั้งหมด|ทั้งโคตร|จริงๆ|สุดๆ|ที่สุด) | pred:attribute | 0.85 | negative_attribute_group
re:(ก่อเรื่อง|ก่อปัญหา|สร้างเรื่อง|หาเรื่อง)(อีกแล้ว|อีก|ตลอด|ทุกที) | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:emotion: contempt said of a back-reference
re:(ดูถูก|เหยียดหยาม|ดูหมิ่น|รังเกียจ|สะอิดสะเอียน)(พวกนั้น|พวกนี้|พวกมัน|คนพวกนั้น|คนพวกนี้)?(สุดๆ|มาก|ที่สุด|จริงๆ|ชิบหาย|สุดใจ|เข้าไส้) | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:violence: boats and the sea, a plague that kills only them, rewarding attackers
re:(ต้อน|ไล่|จับ|ยัด|อัด|กวาด)[^.!?\n]{0,25}(ขึ้นเรือ|ลงเรือ|ใส่เรือ) | pred:violence | 0.85 | violence_group
re:(ปล่อย|ผลัก|โยน|ทิ้ง|ถีบ|ไล่)(ออก|ลง)?(ทะเล|กลางทะเล|แม่น้ำ)(ไป)?(ให้หมด|ซะ|เลย)? | pred:violence | 0.85 | violence_group
re:(โรคระบาด|ไวรัส|เชื้อโรค|ระเบิด|โรค)(ที่)?(ฆ่า|คร่า|กำจัด|ทำลาย|เล่นงาน)(ได้)?(แค่|เฉพาะ|แต่) | pred:violence | 0.9 | violence_group
re:ใคร(ทำร้าย|ฆ่า|ตี|ซ้อม|กระทืบ|ยิง|แทง|ทุบ|ตบ|ต่อย|เผา)[^.!?\n]{0,30}(ควร|สมควร|ต้อง)(ได้)?(รับ)?(รางวัล|เหรียญ|คำชม|คำชื่นชม) | pred:violence | 0.9 | violence_group

# ---- pred:threat: bringing a crew or a knife, none left alive, "clean-up", one by one by my own hand
re:(กู|ผม|ข้า|พวกกู|พวกผม)(กับ)?[^.!?\n]{0,10}จะ(พาคน|พาพวก|ยกพวก|พาเพื่อน)(ไป|มา)(ถึงบ้าน|หา|บุก|ที่บ้าน) | pred:threat | 0.85 | threat_violence
re:(กู|ผม|ข้า|พวกกู|พวกผม)(จะ)?(เอา|พก|ถือ|ควง|หยิบ)(มีด|ปืน|ดาบ|ขวาน|ระเบิด|น้ำกรด|ไม้หน้าสาม)(ไป|มา) | pred:threat | 0.85 | threat_violence
re:ไม่มี(ใคร|ตัวไหน|คนไหน)(รอด|หนีรอด)(สักคน|สักตัว|ซักคน|แน่) | pred:threat | 0.85 | threat_violence
re:ไม่เหลือ(สักตัว|สักคน|ซักตัว|ซักคน|ซากเลย) | pred:threat | 0.85 | threat_violence
re:จะ(ฟัน|ยิง|แทง|ฆ่า|เผา|กระทืบ|ซ้อม|เก็บ|ฆ่าล้าง|ตื้บ|เชือด)(ให้)?(หมด|เรียบ|ทั้งหมด|ทุกตัว|ทุกคน) | pred:threat | 0.9 | threat_violence
re:(ไป|จะ|มา)\s?['"‘“]?(เก็บกวาด|กวาดล้าง|ล้างบาง|เช็คบิล) | pred:threat | 0.85 | threat_violence
re:(จัดการ|ฆ่า|เก็บ|ฟัน|ยิง|เชือด|กำจัด)[^.!?\n]{0,30}(ทีละคน|ทีละตัว|ด้วยมือตัวเอง|ด้วยมือกู|ด้วยมือผม) | pred:threat | 0.85 | threat_violence

# ---- slurs: "bandit แขก" as a slur; ประตูหลัง / อีตัว in further people slots
โจรแขก                     | hate | 0.85 | slur_group | slur
re:(ไอ้|อี|พวก|ไอ้พวก|อีพวก)(ประตูหลัง|บัง|ม่าน|เสี่ยว)(ก่อ|ชอบ|มัก|ทำ|มา|เยอะ|ระบาด|อีกแล้ว|สร้าง|หา) | hate | 0.85 | slur_group
re:อีตัว(มา|ที่ไหน|อะไร|ชัดๆ|แน่ๆ|ตัวจริง|ทั้งนั้น) | hate | 0.8 | slur_group
re:(รู้|ดู|เห็น)(เลย)?ว่า(เป็น)?อีตัว | hate | 0.8 | slur_group

# ---- harassment at a named person: threats, liar "of all time", cheat, dog brain, face like a toilet
re:(กู|ผม|ข้า|พวกกู)รู้(แล้ว)?(นะ)?ว่าบ้าน(มึง|แก|เอ็ง|เธอ|คุณ)?อยู่(ไหน|ที่ไหน|ตรงไหน) | harassment | 0.85 | threat_violence | severe
re:(เจอ|เห็น)(กู|ผม|หน้ากู)(เมื่อไหร่|เมื่อไร|ที่ไหน|เมื่อไหร)[^.!?\n]{0,10}(โดน|เจ็บ|ตาย|เละ|น่วม) | harassment | 0.85 | threat_violence | severe
re:เป็นคน(ตอแหล|เลว|ชั่ว|โกหก|ขี้โกง|เห็นแก่ตัว|สันดานเสีย|หน้าด้าน|ระยำ|ต่ำตม)ที่สุด | harassment | 0.7 | insult_at_person
re:(ไอ้|อี)(คนโกง|ขี้โกง|คนเลว|คนชั่ว|คนตอแหล|ขี้โกหก|ตัวโกง|สารเลว|ขี้ชักดาบ) | harassment | 0.75 | insult_at_person
re:สมอง(หมา|ควาย|หมู|ไก่|ปลาทอง|กลวง)(ปะ|ป่ะ|เหรอ|หรอ|รึไง|หรือไง|วะ|ว่ะ|จริงๆ|มั้ย|ไหม) | harassment | 0.7 | insult_at_person
re:เหมือน(ส้วม|ขี้|ตูด|ตีน|กองขยะ|ถังขยะ) | pred:dehumanise | 0.8 | dehumanising_group

# ---- ctx:ingroup: friends teasing each other
เพื่อนรัก                  | ctx:ingroup
เพื่อนซี้                  | ctx:ingroup

# ---- ctx:denial: "don't tell me they are good"
re:(อย่ามา|ไม่ต้องมา)(บอก|พูด|อ้าง)ว่า | ctx:denial

# ---- ctx:counter: being called names, "X? no way", reporting posts, "such words lead to violence"
re:(โดน|ถูก)[^.!?\n]{0,12}(เรียก|ด่า|ล้อ)(ว่า|เป็น) | ctx:counter
re:(เหรอ|หรอ|เหรอะ|หรือ)\s?(ไม่มีทาง|ไม่เลย|ไม่หรอก|เปล่าเลย|ไม่ใช่เลย) | ctx:counter
re:(รีพอร์ต|รายงาน)(โพสต์|คอมเมนต์|คอมเม้น|ข้อความ|เพจ|บัญชี) | ctx:counter
ช่วยกันรีพอร์ต              | ctx:counter
re:คำพูด(แบบนั้น|แบบนี้|พวกนี้|พวกนั้น|เหล่านี้|เหล่านั้น) | ctx:counter
re:นำไปสู่(ความรุนแรง|การเกลียดชัง|ความเกลียดชัง|อาชญากรรม|การทำร้าย) | ctx:counter
re:(คนที่|พวกที่|ใครที่)เรียก[^.!?\n]{1,25}ว่า | ctx:counter

# ---- allow: no reason to hate
re:ไม่มีเหตุผล(อะไร)?(เลย)?(ให้|ที่จะ)(ต้อง)?(ไป)?(เกลียด|รังเกียจ|กลัว|ดูถูก|เหยียด) | allow

# ---- slurs: "black monkey"; ต่างด้าว with a contemptuous prefix in a sneer
ลิงดำ                      | hate | 0.85 | slur_group | slur
re:(ไอ้|อี)ต่างด้าว(มา|ที่ไหน|ชัดๆ|แน่ๆ|ก่อ|อีกแล้ว|ตัวจริง) | hate | 0.8 | slur_group

# ---- harassment: "your face looks like a toilet"
re:หน้า(แก|มึง|เอ็ง|เธอ|คุณ|มัน)?(เหมือน|ยังกับ|อย่างกับ|ยังะกับ)(ส้วม|ขี้|ตูด|ตีน|หมา|ควาย|หมู|กองขยะ|ถังขยะ) | harassment | 0.7 | insult_at_person

# ---- ctx:negation / ctx:counter: "never once thought that", "whoever says that is wrong"
re:ไม่(เคย)?(คิด|มอง|เชื่อ|เห็น)(เลย|เลยสักนิด|มาก่อน|สักนิด|สักครั้ง)ว่า | ctx:negation
re:(ใคร|คนที่)(พูด|คิด|บอก)(แบบนั้น|แบบนี้|อย่างนั้น|อย่างนี้)(คือ|ก็)?(ผิด|แย่|ไม่ถูก) | ctx:counter

# ======================================================================
# Third round: families written from the misses of tests/tuning_suites_c
# ======================================================================
# ---- grp:protected: transgender women and men (สาวข้ามเพศ, หญิงข้ามเพศ, ชายข้ามเพศ are in th.groups.lex)
ผู้หญิงข้ามเพศ             | grp:protected
สาวทรานส์                  | grp:protected
หนุ่มทรานส์                | grp:protected
ทรานส์เจนเดอร์             | grp:protected
คนแปลงเพศ                  | grp:protected
สาวประเภทสอง               | grp:protected

# ---- allow: curry puffs after a verb ending in อ (ซื้อ/ขอ/รอ + กะหรี่ปั๊บ reads as อี + slur)
re:(ซื้อ|ขอ|รอ|พอ|หรือ|ต่อ|ห่อ|ก็|ทอด|อบ|กิน|ขาย|ทำ|แจก|ฝาก)กะหรี่(ปั๊บ|ปั้บ|ปั๊ป|ปั๋บ|พัฟ) | allow
re:(ซื้อ|ขอ|รอ|พอ|หรือ|ต่อ|ห่อ|ก็|ทอด|อบ|กิน|ขาย|ทำ|แจก|ฝาก)กระหรี่(ปั๊บ|ปั้บ|ปั๊ป|ปั๋บ|พัฟ) | allow

# ---- ctx:counter: naming the act of calling a group a name, warning where such language leads
re:การ(เรียก|ด่า|ล้อ|ตีตรา)[^.!?\n]{1,30}ว่า | ctx:counter
re:ภาษา(แบบ)?เดียวกับ(ที่)?(ใช้|พวกนาซี|นาซี|ถูกใช้) | ctx:counter
re:ก่อน(การ)?(ฆ่าล้างเผ่าพันธุ์|ล้างเผ่าพันธุ์|สังหารหมู่|ฆ่าหมู่) | ctx:counter
re:(คนที่|พวกที่|ใครที่|คนที่ชอบ)(พูด|คิด|บอก|เชื่อ|โพสต์)(แบบนั้น|แบบนี้|อย่างนั้น|อย่างนี้|งั้น)[^.!?\n]{0,6}(ต่างหาก|ควร|ต้อง) | ctx:counter
re:(ต้อง|ควร)(คิดใหม่|ทบทวนตัวเอง|กลับไปคิดใหม่|ปรับทัศนคติ) | ctx:counter

# ---- pred:dehumanise: tumour / cancer of the nation, "a dog is better", "what is the difference from rubbish"
re:(เนื้อร้าย|มะเร็งร้าย|เซลล์มะเร็ง|เชื้อร้าย|เนื้องอก)(ใน|ของ|แห่ง|ที่กัดกิน|ที่กัดกร่อน)(ร่างกาย|ร่าง)?(ของ)?(สังคม|ชาติ|ประเทศ|แผ่นดิน|บ้านเมือง|โลก|มนุษยชาติ) | pred:dehumanise | 0.85 | dehumanising_group
re:มะเร็ง(ใน|ของ|แห่ง)(ร่างกาย)?(ของ)?(สังคม|ชาติ|ประเทศ|แผ่นดิน|บ้านเมือง) | pred:dehumanise | 0.85 | dehumanising_group
re:(หมา|สุนัข|ควาย|หมู|แมว|สัตว์)(มัน)?ยัง(รู้คุณ|มีค่ากว่า|มีประโยชน์กว่า|มีสมองกว่า|สะอาดกว่า|ซื่อสัตย์กว่า|มีมารยาทกว่า|มีศีลธรรมกว่า) | pred:dehumanise | 0.85 | dehumanising_group
re:อย่างน้อย(หมา|สุนัข|ควาย|หมู|แมว|สัตว์)(มัน)?ยัง | pred:dehumanise | 0.8 | dehumanising_group
re:กับ(ถังขยะ|ขยะ|หมา|ควาย|หมู|ลิง|ส้วม|เชื้อโรค|แมลงสาบ|หนู|ขี้|สัตว์|ปลิง|เห็บ)(มัน)?(ต่างกัน|แตกต่างกัน)(ยังไง|ตรงไหน|อย่างไร|ตรงที่|ตรงไหนบ้าง) | pred:dehumanise | 0.85 | dehumanising_group
re:(ไม่ต่าง|ไม่แตกต่าง|ไม่ได้ต่าง|ไม่ได้แตกต่าง)(อะไร)?(จาก|กับ)(โรคระบาด|เชื้อโรค|ขยะ|หมา|ควาย|สัตว์|หนู|แมลงสาบ|ปรสิต|กาฝาก|ไวรัส|มะเร็ง|เนื้อร้าย|ปลิง|เห็บ|หมัด|เหา|ยุง|ปลวก|หนอน|สวะ|ตัวเชื้อ|สัตว์ป่า|สัตว์นรก) | pred:dehumanise | 0.85 | dehumanising_group
re:(ออกลูกออกหลาน|แพร่พันธุ์|ขยายพันธุ์|ผสมพันธุ์)(เต็ม|ล้น|ไปทั่ว)(ประเทศ|บ้านเมือง|เมือง|แผ่นดิน|ซอย|หมู่บ้าน|โลก) | pred:dehumanise | 0.8 | dehumanising_group

# ---- pred:attribute: two-faced, backstabbing, rot the country, sawdust heads, "the best at being selfish"
เสแสร้ง                    | pred:attribute | 0.75 | negative_attribute_group
ต่อหน้าอย่างลับหลังอย่าง   | pred:attribute | 0.8 | negative_attribute_group
ปากอย่างใจอย่าง            | pred:attribute | 0.8 | negative_attribute_group
หน้าไหว้หลังหลอก           | pred:attribute | 0.8 | negative_attribute_group
ตีสองหน้า                  | pred:attribute | 0.8 | negative_attribute_group
มือถือสากปากถือศีล         | pred:attribute | 0.8 | negative_attribute_group
กลับกลอก                   | pred:attribute | 0.75 | negative_attribute_group
re:(พร้อม|ชอบ|ถนัด|คอย|จ้อง|รอ|มัก)(แทงข้างหลัง|หักหลัง|ลอบกัด|แทงกั๊ก|ทรยศ) | pred:attribute | 0.8 | negative_attribute_group
re:ทำให้(ประเทศ|สังคม|บ้านเมือง|ชาติ|โลก|ชุมชน|แผ่นดิน)(นี้|เรา|ไทย)?(เน่าเฟะ|เน่า|เสื่อม|เสื่อมโทรม|ฉิบหาย|ชิบหาย|พัง|ล่มจม|วุ่นวาย|แย่ลง|ถอยหลัง|ตกต่ำ|ล้าหลัง|สกปรก) | pred:attribute | 0.8 | negative_attribute_group
เน่าเฟะ                    | pred:attribute | 0.75 | negative_attribute_group
re:มีสมอง(กัน)?(บ้าง)?(มั้ย|ไหม|มั๊ย|ป่ะ|ปะ|รึเปล่า|หรือเปล่า|หรือไม่)(เนี่ย|เนี้ย|วะ|ว่ะ)? | pred:attribute | 0.8 | negative_attribute_group
re:(ในหัว|ในสมอง|ในกะโหลก)(มัน)?(มี)?(แต่)?(ขี้เลื่อย|ขี้วัว|ขี้ควาย|ฟาง|ขี้) | pred:attribute | 0.8 | negative_attribute_group
หัวขี้เลื่อย               | pred:attribute | 0.75 | negative_attribute_group
สมองขี้เลื่อย             | pred:attribute | 0.75 | negative_attribute_group
re:(เห็นแก่ตัว|หน้าด้าน|ขี้โกง|โง่|สกปรก|เลว|ขี้เกียจ|ขี้โกหก|ตอแหล|ชั่ว|ขี้ขโมย|เสแสร้ง|หน้าเงิน)(แล้วก็|และ)?[^.!?\n]{0,12}(เป็นที่หนึ่ง|เป็นอันดับหนึ่ง|อันดับหนึ่ง|เป็นเลิศ|ไม่มีใครเกิน|ไม่มีใครเทียบ|ไม่มีใครสู้|ระดับโลก) | pred:attribute | 0.85 | negative_attribute_group
re:(ก็คือ|ก็ยังเป็น|ก็เป็น|ยังไงก็|ก็ยัง)[^.!?\n]{0,15}วันยังค่ำ | pred:attribute | 0.75 | negative_attribute_group
re:(ไม่ต้องเดา|ไม่ต้องถาม|ไม่ต้องสืบ|ไม่ต้องคิด)(ก็)?(รู้)?(ว่า)?[^.!?\n]{0,6}(ฝีมือใคร|ใครทำ|ใครขโมย|ใครเอาไป|ฝีมือพวก) | pred:attribute | 0.8 | negative_attribute_group
re:ไม่กลัว(ติดโรค|ติดเชื้อ|โรคติดต่อ|ติดเชื้อโรค)(กัน)?(บ้าง)?(เหรอ|หรอ|หรือไง|รึไง|มั้ย|ไหม|เหรอไง) | pred:attribute | 0.8 | negative_attribute_group
re:(ดึง|รีบ|คว้า|รีบดึง|รีบเอา|รีบคว้า)(กระเป๋า|กระเป๋าสตางค์|กระเป๋าตังค์|มือถือ|โทรศัพท์)(มา)?(กอด|กำ|หนีบ|ซ่อน)(ไว้)? | pred:attribute | 0.8 | negative_attribute_group
re:(กอด|หนีบ|กำ)(กระเป๋า|กระเป๋าสตางค์|กระเป๋าตังค์|มือถือ)(ไว้|แน่น|เลย) | pred:attribute | 0.8 | negative_attribute_group
re:ตั้งแต่(มี)?[^.!?\n]{1,40}(ต้อง)(ติด|ติดตั้ง|เพิ่ม|จ้าง)(กล้องวงจรปิด|กล้อง|cctv|ยาม|รปภ|กุญแจ|กลอนประตู) | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:emotion: spitting at them, "fed up with these people", profanity flung at a group, "again, ugh"
re:อยาก(ถุยน้ำลาย|ถ่มน้ำลาย|ถ่มถุย|ถุย)(ใส่)? | pred:emotion | 0.85 | hate_emotion_group
re:(เบื่อหน่าย|เอือมระอา|เอือม|ระอา|เหม็นเบื่อ|เบื่อ)(กับ)?(คน)?(พวกนี้|พวกนั้น|พวกมัน) | pred:emotion | 0.8 | hate_emotion_group
re:(เย็ดแม่|ไอ้สัส|ห่าเหว|เย็ดเข้|ควยเอ๊ย)(เอ๊ย|เอ้ย|เอย)?\s?(พวก|ไอ้พวก|อีพวก) | pred:emotion | 0.8 | hate_emotion_group
re:(มี|เจอ|เห็น)[^.!?\n ]{1,25}อีกแล้ว\s?(เซ็ง|เบื่อ|รำคาญ|น่ารำคาญ|หงุดหงิด|ขยะแขยง|ยี้|แหวะ|อี๋|เอือม|สะอิดสะเอียน|ปัดทิ้ง|บล็อก|บล็อค|เหม็น) | pred:emotion | 0.75 | hate_emotion_group

# ---- pred:exclude: not wanting them near, leaving if they live there, "if not for them", crop them out, keep off our streets
re:(ไม่อยาก|ทำไมต้อง|ไม่ควร|อย่า|ห้าม|ไม่ให้)(ให้)?[^.!?\n]{0,25}(โต๊ะเดียวกับ|ห้องเดียวกับ|ตึกเดียวกับ|ห้องน้ำเดียวกับ|เดียวกับเรา|เดียวกับลูก|ร่วมกับเรา|ร่วมกับลูก|ปนกับเรา|ปนกับลูก|ใกล้ลูก|ใกล้ๆลูก) | pred:exclude | 0.8 | exclusion_group
re:ถ้ามี(ก็|ผม|กู|ฉัน|เรา)?(บาย|ไม่เอา|ไม่เช่า|ไม่ซื้อ|ไม่อยู่|ไม่ไป|ย้ายหนี|ย้ายออก|ขอผ่าน|เท) | pred:exclude | 0.8 | exclusion_group
re:กว่านี้(เยอะ|มาก|แยะ|อีก)?\s?(ถ้า|หาก)(ไม่มี|ไร้|ปราศจาก|ไม่มีพวก) | pred:exclude | 0.8 | exclusion_group
re:(คอย|เป็นตัว)ถ่วง(ความเจริญ|ประเทศ|ชาติ|สังคม|บ้านเมือง)? | pred:attribute | 0.8 | negative_attribute_group
re:ถ่วง(ความเจริญ|การพัฒนา) | pred:attribute | 0.8 | negative_attribute_group
re:(มี|ติด)[^.!?\n ]{1,20}(ยืน|นั่ง|อยู่|ติดมา|โผล่)[^.!?\n]{0,20}(ครอป|ครอบ|ตัด|ลบ|เบลอ)(ออก|ทิ้ง) | pred:exclude | 0.75 | exclusion_group
re:(ปัดทิ้ง|ปัดหนี|ปัดผ่าน|กดบล็อก|บล็อกทิ้ง|กดซ่อน)(แทบไม่ทัน|ทันที|ทุกที|ไม่ทัน) | pred:exclude | 0.75 | exclusion_group
re:(อย่า|ห้าม)(มา)?(เดิน)?(เพ่นพ่าน|ป้วนเปี้ยน|เดินเกะกะ|วอแว|เกะกะ) | pred:exclude | 0.8 | exclusion_group
re:(เปลี่ยนร้าน|เลิกซื้อ|เลิกอุดหนุน|ไปร้านอื่น|เลิกกิน)(เถอะ|ดีกว่า|เลย|ทันที)?(แก|นะ|ว่ะ)?\s?[^.!?\n]{0,6}(คนขาย|เจ้าของร้าน|แม่ค้า|พ่อค้า|คนทำ|พนักงาน|คนเสิร์ฟ|เชฟ)(มัน)?(เป็น|คือ) | pred:exclude | 0.75 | exclusion_group
re:(เลือก|ให้|เอา)[^.!?\n]{0,15}เป็น\s?(ส\.ส\.|สส|นายก|ผู้ว่า|หัวหน้า|ครู|ผู้นำ|ประธาน|ผู้แทน|ผู้บริหาร)\s?[^.!?\n]{0,5}(เนี่ยนะ|เนี้ยนะ) | pred:exclude | 0.75 | exclusion_group
re:ให้[^.!?\n]{0,20}(เลี้ยงเด็ก|เลี้ยงลูก|สอนเด็ก|ดูแลเด็ก|รับเลี้ยงเด็ก|อุปการะเด็ก)\s?(เหรอ|หรอ|หรือ|เนี่ยนะ|จริงดิ) | pred:exclude | 0.8 | exclusion_group
ไม่มีวันเหมาะ              | pred:exclude | 0.7 | exclusion_group
re:(ไม่ใช่|ไม่ได้เป็น)(คน|พวก)(ที่)?(ควร|สมควร|เหมาะ)(จะ)?(ได้)?(อยู่|อาศัย|ใช้ชีวิต)(ร่วม|ใน|กับ) | pred:exclude | 0.85 | exclusion_group
re:(ปน|ผสม|แปดเปื้อน|ทำลาย)(เลือด|สายเลือด)(ตระกูล|วงศ์ตระกูล|คนไทย|ของเรา|เรา|ชาติ|บริสุทธิ์) | pred:exclude | 0.8 | exclusion_group
re:ไม่(ควร|สมควร)(เข้า)?มา(ปน|ยุ่ง|แต่งงาน|เป็นสะใภ้|เป็นเขย|เกี่ยวดอง|ร่วมตระกูล) | pred:exclude | 0.8 | exclusion_group
re:ไม่(สมควร|ควร)(จะ)?ได้(อะไร|สิทธิ์อะไร|สิทธิอะไร)(เลย|ทั้งนั้น|ทั้งสิ้น|สักอย่าง) | pred:exclude | 0.8 | exclusion_group

# ---- pred:violence: nothing but the cane, deserve worse, no breath on earth, enforced disappearance, none left
re:นอกจาก(ไม้เรียว|ตีน|ส้นตีน|ลูกปืน|กระสุน|ความตาย|ไม้หน้าสาม|ลูกตะกั่ว|แส้) | pred:violence | 0.75 | violence_group
re:(สมควร|ควร|ต้อง)(โดน|ถูก)(หนัก|แรง|มาก|เยอะ)(กว่านี้|ๆ|อีก)(อีก)? | pred:violence | 0.85 | violence_group
re:(ไม่ควร|ไม่สมควร|ไม่คู่ควร)(จะ)?(ได้)?(มี)?(ลมหายใจ|ได้เกิด|อยู่บนโลก|เกิดมาบนโลก|มีที่อยู่บนโลก|ที่ยืนบนโลก) | pred:violence | 0.9 | violence_group
re:(ควร|ต้อง|น่า|สมควร|ต่อเมื่อ|จับ|ไป)[^.!?\n]{0,20}อุ้ม(หาย|ไปฆ่า|ไปทิ้ง|ทิ้ง) | pred:violence | 0.85 | violence_group
re:อุ้ม(หาย|ไปฆ่า|ไปทิ้ง)(ไป)?(ทีละ|ให้หมด|ซะ|ให้เกลี้ยง) | pred:violence | 0.85 | violence_group
re:ไม่(ต้อง)?(ให้)?เหลือ(ไว้)?(สัก|ซัก|แม้แต่)(คน|ตัว)(เดียว)? | pred:violence | 0.85 | violence_group

# ---- pred:threat: "wherever I meet them", wiping all out by month's end, beaten until they can't stand, not in one piece, sent to be reborn, memorised faces
re:(เจอ|เห็น|พบ)[^.!?\n]{0,25}ที่ไหน\s?(กู|ผม|ข้า|พวกกู)?(จะ)?(กระทืบ|ฆ่า|ยิง|แทง|ตบ|ต่อย|ซ้อม|ฟัน|ตื้บ|เตะ|ทุบ|เผา|ตี)(ที่นั่น|มัน|ทันที|แม่ง|เลย) | pred:threat | 0.9 | threat_violence
re:(กู|ผม|ข้า|พวกกู|พวกผม)(จะ)?(เชือด|ฆ่า|เผา|ยิง|ฟัน|ล้างบาง|ฆ่าล้าง)(ให้)?(หมด|เรียบ|เกลี้ยง) | pred:threat | 0.9 | threat_violence
re:(กู|พวกกู|ข้า)(จะ)?(เก็บ|จัดการ|เก็บกวาด)(ให้)?(หมด|เรียบ|เกลี้ยง)(แน่|แน่นอน|แน่ๆ) | pred:threat | 0.9 | threat_violence
re:(ซ้อม|กระทืบ|ตื้บ|ต่อย|เตะ|ทุบ)(ให้)?(ลุกไม่ขึ้น|หมอบ|น่วม|เละ|ปางตาย|พิการ|ขาหัก|แขนหัก|ฟันหัก|หัวแตก|ไม่เหลือชิ้นดี) | pred:threat | 0.9 | threat_violence
re:(กระทืบ|ตื้บ|ทุบ|แทง|ฟัน|เชือด|ซ้อมให้|ยิงทิ้ง)[^.!?\n]{0,30}ทีละ(คน|ตัว) | pred:threat | 0.85 | threat_violence
re:(กลับบ้าน|กลับไป|ออกไป|กลับ)(แบบ|ใน)?(ไม่ครบ\s?(สามสิบสอง|32)|ในโลง|ในถุงดำ|นอนมา|แบบศพ|เป็นศพ) | pred:threat | 0.85 | threat_violence
re:ไม่ครบ\s?(สามสิบสอง|32) | pred:threat | 0.8 | threat_violence
re:ส่ง[^.!?\n]{0,25}ไป(เกิดใหม่|ผุดไปเกิด|นรก|ยมโลก|เฝ้ายมบาล|ลงนรก|ปรโลก) | pred:threat | 0.9 | threat_violence
re:จำหน้า(พวก|ไอ้พวก|อีพวก|มึง|แก)[^.!?\n]{0,25}ไว้(หมด|ให้ดี|แล้ว|ทุกคน) | pred:threat | 0.75 | threat_violence
re:(จะได้รู้|รู้)ว่า(กู|ผม|ข้า|พวกกู)(เอาจริง|ไม่ได้ขู่|ไม่ได้พูดเล่น) | pred:threat | 0.75 | threat_violence
re:อยาก(ถีบ|ตบ|เตะ|ต่อย|กระทืบ|ตื้บ|ชก|ผลัก|ทุบ)(ให้)?(ตก|ลง|หน้า|หัว)(คลอง|น้ำ|ทะเล|ตึก|สะพาน|บันได|หัน|คว่ำ|หงาย|ทิ่ม|แตก)? | pred:threat | 0.95 | threat_violence

# ---- pred:attribute / grp:other: "the whole herd" of a non-protected group
re:(โง่|ควาย|เลว|ชั่ว|ห่วย|โกง|กาก|ขี้โกง|เหี้ย|หน้าเงิน|ไร้สมอง)(ทั้งโขยง|ทั้งฝูง|ยกโขยง|ยกแก๊ง|ทั้งแก๊ง|ทั้งหน่วย|ทั้งกรม|ทั้งสภา|ทั้งพรรค) | pred:attribute | 0.85 | negative_attribute_group

# ---- harassment at a named person: "the trash of the class", born a burden, shaming clips, shameless
re:(เป็น|คือ|มัน)ขยะ(ของ)?(รุ่น|ห้อง|โรงเรียน|บริษัท|ทีม|คณะ|ครอบครัว|สังคม|หมู่บ้าน|ออฟฟิศ|แก๊ง) | harassment | 0.75 | insult_at_person
re:เกิดมา(เป็น|เพื่อเป็น)?(ภาระ|ตัวถ่วง|ขยะ|ตัวปัญหา|ตัวซวย|เสนียด)(โลก|สังคม|ครอบครัว|พ่อแม่|บ้าน|ของโลก|ของสังคม)? | harassment | 0.75 | insult_at_person
re:แชร์(ไป|ต่อ)?(ให้)?(ทั้ง)?(โรงเรียน|ห้อง|ที่ทำงาน|บริษัท|คณะ|มหาลัย|รุ่น|โลก|ทุกคน|ทั้งเน็ต)[^.!?\n]{0,10}(ให้)?(อาย|ขายหน้า|ประจาน|อับอาย) | harassment | 0.8 | insult_at_person
re:(ประจาน|แฉ)(ให้)?(ทั้ง)?(โรงเรียน|ห้อง|รุ่น|โลก|ทุกคน)(รู้|ดู|เห็น)? | harassment | 0.7 | insult_at_person
re:หน้าด้าน(ไม่มียางอาย|ไร้ยางอาย|หน้าทน|ไม่อาย) | harassment | 0.75 | insult_at_person

# ---- ctx:people_after: what only people do, written right after a noun (a slur there is read as people:
# "มีแขกย้ายเข้ามา", "เลือกแรดเป็น ส.ส."; the animal and guest senses do not move in or stand for office)
re:ย้าย(เข้า)?มา(อยู่)? | ctx:people_after
re:เป็น\s?(ส\.ส\.|สส\.|นายก|ผู้แทน|ผู้ว่า|ผู้นำ|ประธาน|หัวหน้าห้อง|ผู้ใหญ่บ้าน|กำนัน) | ctx:people_after
re:ยืน(อยู่)?(ด้วย|ในรูป|ข้างหลัง|แถวหน้า|แถวหลัง) | ctx:people_after
# a hotel guest who moves rooms is no slur
re:แขก(ที่)?(ย้าย|ขอย้าย)(ห้อง|มาพัก|ไปพัก|เข้าพัก|มาห้อง|ไปห้อง|มาอยู่ห้อง) | allow

# ---- slur: เป๋ (lame) as a name for disabled people; not กระเป๋า/เป๋า/เป๋อ
เป๋                        | hate | 0.75 | slur_group | slur
กระเป๋                     | allow
เป๋า                       | allow
เป๋อเหลอ                   | allow
เป๋อๆ                      | allow
เป๋อเป๋อ                   | allow
re:(ล้อ|ขา|เดิน|รถ|จักรยาน|ประตู|เสา|รั้ว|พวงมาลัย|แฮนด์|ศูนย์|ล้อหน้า|ล้อหลัง|คด|เบี้ยว)[^.!?\n ]{0,6}เป๋ | allow

# ---- ctx:denial: "must we pretend that they are human" (denies a worth only)
re:แกล้ง(ทำ)?(เป็น)?ว่า | ctx:denial
# ---- pred:worth: "human as much as we are"
re:(เป็น)?มนุษย์เท่า(เรา|กับเรา|พวกเรา|คนอื่น|คนทั่วไป) | pred:worth | 0.85 | negative_attribute_group

# ---- pred:attribute: dismissing reports of discrimination ("always claiming to be discriminated against")
re:(ชอบ|มัก|เอาแต่|ชอบแต่|วันๆ)(อ้าง|ร้อง|โวย|ตีโพยตีพาย)(ว่า)?(โดน|ถูก)(เหยียด|กดขี่|รังแก|เลือกปฏิบัติ|ทำร้าย|ดูถูก) | pred:attribute | 0.8 | negative_attribute_group

# ======================================================================
# Fourth round: families written from the misses of tests/tuning_suites_d
# ======================================================================
# term | category | weight | key | flags

# ======================================================================
# Fourth round: families written from the misses of tests/tuning_suites_d
# ======================================================================

# ---- allow: everyday words the spelling layer reads as insults (หาเงิน ~ หน้าเงิน, หลากหลาย)
หลากหลาย                   | allow
หาเงิน                     | allow
# ---- allow: flowers after a word ending in อ (ซื้อดอกมะลิ holds อดอก), gibbons and barking deer in the wild
re:อดอก(ไม้|มะลิ|กุหลาบ|บัว|ดาวเรือง|ทานตะวัน|กล้วยไม้|ลิลลี่|ทิวลิป|ซากุระ|ไม้จันทน์|รัก|แก้ว|ลำดวน|พุด|เข็ม|ชบา|โบตั๋น|เบญจมาศ|คาร์เนชั่น|เบี้ย|ผล|บาน) | allow
re:ชะนี[^.!?\n]{0,20}(ห้อยโหน|โหนกิ่ง|โหนต้นไม้|บนต้นไม้|กิ่งไม้|ส่งเสียงร้อง|ร้องเรียกคู่|ในกรง|กินกล้วย|กินผลไม้) | allow
re:(สวนสัตว์|เขาเขียว|เขาดิน|ซาฟารี|อุทยาน|เขตรักษาพันธุ์|สัตว์ป่า)[^.!?\n]{0,30}ชะนี | allow
re:(เขาใหญ่|อุทยาน|เขตรักษาพันธุ์|สัตว์ป่า|กวางป่า|ป่าดิบ)[^.!?\n]{0,30}เก้ง | allow
re:เก้ง(ยืน|วิ่ง|กระโดด|เดิน)(อยู่)?(กลางถนน|ข้ามถนน|ตัดหน้ารถ|ริมถนน|ข้างทาง|ในป่า) | allow
re:ทำให้(สังคม|ประเทศ|โลก|ชุมชน|บ้านเมือง)(ไทย|นี้|เรา)?(สวยงาม|งดงาม|น่าอยู่|ดีขึ้น|เข้มแข็ง|มีสีสัน|อบอุ่น|ก้าวหน้า) | allow

# ---- ctx:ingroup: "a woman like us" (the likes of us)
อย่างเรา                   | ctx:ingroup
อย่างเราๆ                  | ctx:ingroup
แบบเราๆ                    | ctx:ingroup

# ---- ctx:negation: "our dorm never banned", "never refused"
re:ไม่เคย(ห้าม|กีดกัน|ปฏิเสธ|ไล่|รังเกียจ|เลือกปฏิบัติ|แบ่งแยก|ปิดกั้น) | ctx:negation
re:ไม่เคย(ห้าม|ปฏิเสธ|กีดกัน|ไม่รับ|ไม่ให้)[^.!?\n]{0,25}(เช่า|เข้า|ทำงาน|สมัคร|ใช้|เรียน|พัก|อยู่|ซื้อ|ร่วม) | allow

# ---- ctx:counter: blaming a group without evidence, "even thinking it is wrong", "should look at themselves"
re:โยน(ความผิด|บาป|ขี้)ให้ | ctx:counter
re:(ตกเป็น|กลายเป็น|จับเป็น|หา)แพะ | ctx:counter
re:(ทั้งที่|ทั้งๆที่|ทั้งๆ ที่|โดยที่)(ยัง)?ไม่มี(หลักฐาน|ข้อมูล|ข้อเท็จจริง) | ctx:counter
re:(แค่คิด|คิดแบบนั้น|คิดแบบนี้|พูดแบบนั้น|พูดแบบนี้|พูดอย่างนั้น)(ก็)?(ผิด|บาป|แย่|น่าละอาย|ไม่ถูก)(แล้ว)? | ctx:counter
re:(คนที่|พวกที่|ใครที่)(ชอบ|มัก|ยัง|ชอบไป|ไป|ยังชอบ)(เรียก|ด่า|ล้อ|เปรียบ)[^.!?\n]{1,25}(ว่า|เป็น) | ctx:counter
re:(ถูก|โดน)(มอง|ปฏิบัติ|กดขี่|ตีตรา|เหยียด|ดูถูก)(ให้)?(เหมือน|เป็น|ว่า|ราวกับ) | ctx:counter
re:(ควร|ต้อง)(กลับไป)?(ทบทวน|คิดทบทวน|สำรวจ|มองดู|ส่องกระจกดู)ตัวเอง | ctx:counter

# ---- slurs with a contemptuous prefix: ไอ้/อี + a group name, พวก + a name that is a slur only there
re:(ไอ้|อี)\s?(ดอก|ทอม|มืด|ดอย|ลาว|เขมร|ม่าน|ต่างด้าว|ญวน|แกว|หม่อง|เจ๊ก|นิโกร|ง่อย|ใบ้) | hate | 0.8 | slur_group
re:(พวก|ไอ้พวก|อีพวก)\s?(อีทอม|อีดอก|ไอ้ทอม|ดอย|มืด|ลาว|เขมร|ม่าน|ต่างด้าว|ญวน|แกว|หม่อง|เจ๊ก|นิโกร) | hate | 0.8 | slur_group
พวกเขมรแดง                 | allow
re:ไอ้ทอม\s?(แอนด์|แอนด์เจอร์รี่|ครูซ|ฮอลแลนด์|แฮงค์) | allow
re:พวกลาว(โซ่ง|ครั่ง|เวียง|พวน|แง้ว|ตี้|ยวน|เทิง|สูง|ลุ่ม) | allow

# ---- pred:threat: leaving without breath, going home in a coffin, burning every house, none left
re:(ออก|กลับ)(ไป|บ้าน|บ้านเกิด)(แบบ|อย่าง|ด้วยสภาพ)(ไม่มีลมหายใจ|ไร้ลมหายใจ|ไร้วิญญาณ) | pred:threat | 0.9 | threat_violence | severe
re:(จะได้|จะ|ให้มัน|ให้)(กลับบ้านเกิด|กลับบ้าน|กลับไป|ออกไป|กลับ)(ไป)?\s?(ใน|แบบ|อย่าง)?\s?(โลง|โลงศพ|ถุงดำ|ถุงศพ) | pred:threat | 0.9 | threat_violence | severe
re:(จะ|ได้|ให้)(นอน|เข้า)(ใน)?(โลง|โลงศพ)(ทุกคน|ทุกตัว|ให้หมด|แน่|กันหมด) | pred:threat | 0.85 | threat_violence | severe
re:ไม่ให้เหลือ(สัก|ซัก|แม้แต่)(หลัง|คน|ตัว|ราย|ครอบครัว|บ้าน) | pred:threat | 0.85 | threat_violence | severe
re:(เผา|ถล่ม|ระเบิด)(บ้าน|ร้าน|มัสยิด|โบสถ์|วัด|หอ|ชุมชน|หมู่บ้าน)[^.!?\n]{0,20}(ทุกหลัง|ให้หมด|ให้เรียบ|ให้ราบ) | pred:threat | 0.85 | threat_violence | severe
# calls to gather and "teach a lesson", bringing sticks and weapons
re:(นัดกัน|รวมตัวกัน|ยกพวก|ชวนกัน|รวมพล|ไปรวมกัน)(ไป|มา)?[^.!?\n]{0,6}(สั่งสอน|กระทืบ|ตื้บ|รุมกระทืบ|รุมตี|รุมซ้อม|ไล่ตี|ไล่ล่า|ไล่ฆ่า|ฆ่า|ยิง|เผา) | pred:threat | 0.9 | threat_violence | severe
re:(เอา|พก|ถือ|หิ้ว|เตรียม)(ปืน|ไม้หน้าสาม|ขวาน|ดาบ|ไม้เบสบอล|ท่อนเหล็ก|สนับมือ|ระเบิด)(ไป|มา)(ด้วย|กันด้วย|ให้พร้อม|กันเยอะๆ) | pred:threat | 0.75 | threat_violence
# a visit with a "gift" of bullets; a knife that will taste blood
re:(ของฝาก|ของขวัญ|ของกำนัล)(เป็น)?(ลูกปืน|กระสุน|ลูกตะกั่ว|ระเบิด|น้ำกรด|ไม้หน้าสาม) | pred:threat | 0.9 | threat_violence | severe
re:(กู|พวกกู|ข้า)(จะ)?(ไป)?เยี่ยม[^.!?\n]{0,25}ถึง(บ้าน|ที่|หน้าบ้าน|หน้าประตู) | pred:threat | 0.7 | threat_violence
re:(มีด|ดาบ|ขวาน|ปืน|กระสุน)[^.!?\n]{0,10}ลิ้ม(รส)?เลือด | pred:threat | 0.85 | threat_violence | severe
re:(มีด|ดาบ|ปืน|ขวาน|กระสุน)(เล่มนี้|กระบอกนี้|นัดนี้|ของกู|ของผม)?[^.!?\n]{0,8}(ได้กินเลือด|อาบเลือด|ดื่มเลือด) | pred:threat | 0.85 | threat_violence | severe
re:(วันไหน|เมื่อไหร่)(เผลอ|พลาด)[^.!?\n]{0,6}(โดน|ตาย|เสร็จ|เจอดี|เละ) | pred:threat | 0.75 | threat_violence
# "will make them unable to live in peace", "run them out"
re:จะ(ทำให้|ให้)[^.!?\n]{0,30}อยู่ไม่(เป็นสุข|สุข) | pred:threat | 0.85 | threat_violence
re:สาบาน(ว่า)?จะ(ฆ่า|ไล่|จัดการ|ล้างบาง|ล้างแค้น|กำจัด|เอาคืน) | pred:threat | 0.8 | threat_violence
# running them down with a vehicle
re:(จะ|ไป|อยาก|เดี๋ยว)(ขับ|เหยียบ)[^.!?\n]{0,15}(พุ่งใส่|พุ่งชน|ชนให้|เหยียบให้|ทับให้|ไล่ชน|ไล่เหยียบ|ชนให้ตาย|ทับให้ตาย) | pred:threat | 0.9 | threat_violence | severe

# ---- pred:violence: beat until the back breaks, mob justice, "don't let one survive", "someone stop them"
re:(ต้อง|ควร|สมควร|จะ|อยาก|น่า|เดี๋ยว|กู)(จะ)?(โดน|ถูก)?(จับ)?(ตี|ซ้อม|กระทืบ|ทุบ|ฟาด|เฆี่ยน|ตบ|ต่อย|เตะ|ตื้บ)(จน|ให้)(หลังหัก|ขาหัก|แขนหัก|หัวแตก|หัวร้างข้างแตก|ปางตาย|เลือดอาบ|เลือดออก|น่วม|ลุกไม่ขึ้น|พิการ|กระดูกหัก|ซี่โครงหัก|คอหัก|สลบ|ฟันร่วง|หน้าเละ|ตาย) | pred:violence | 0.9 | violence_group | severe
re:(จัดหนัก|สั่งสอน|ตื้บ|กระทืบ)ให้(เข็ด|หลาบจำ|เข็ดหลาบ|เข็ดไปจนตาย|สาสม) | pred:violence | 0.85 | violence_group | severe
re:อย่าให้(มัน|พวกมัน|พวกนี้)?(เหลือรอด|หนีรอด|รอด)(ไป)?(สัก|ซัก)(คน|ตัว) | pred:violence | 0.85 | violence_group | severe
re:อย่าให้(มัน|พวกมัน|พวกนี้)(เหลือรอด|หนีรอด|รอด) | pred:violence | 0.8 | violence_group
re:(ปล่อยให้|ปล่อย|ควร|ต้อง)[^.!?\n]{0,15}(รุม)?ประชาทัณฑ์ | pred:violence | 0.85 | violence_group | severe
re:(ควร|สมควร|ต้อง|น่า|อยาก|จะ)(จะ)?(โดน|ถูก)?(จับ)?ลาก(ไป|มา|ออกมา|ตัว)(ตบ|ตี|กระทืบ|ยิง|แขวนคอ|เฆี่ยน|ฆ่า|ทุบ|ประจาน|ซ้อม|ตื้บ) | pred:violence | 0.85 | violence_group | severe
re:(ควร|สมควร|ต้อง|น่า|อยาก)(จะ)?(โดน|ถูก)?(จับ)?(ลาก|พา)?(ไป)?(ตบ|ยิง|ประหาร|แขวนคอ|เฆี่ยน|ตัดหัว|เผา|ตี|ประจาน)(ทิ้ง)?กลาง(สี่แยก|เมือง|ถนน|ตลาด|สนามหลวง|ลานเมือง|หมู่บ้าน) | pred:violence | 0.85 | violence_group | severe
re:(ไม่มีใคร|ใครก็ได้|ต้องมีคน|ทำไมไม่มีใคร)(ช่วย)?(หยุด|กำจัด|จัดการ|เก็บ)(พวกมัน|มัน|พวกนี้|พวกนั้น) | pred:violence | 0.75 | violence_group
re:(ไม่ควร|ไม่สมควร|ไม่คู่ควร)(จะ)?(ได้)?(หายใจ|มีชีวิต|มีชีวิตอยู่|อยู่)\s?(ร่วมโลก|บนโลก|บนโลกนี้|ร่วมแผ่นดิน) | pred:violence | 0.9 | violence_group | severe

# ---- pred:dehumanise: "don't count them as people, count them as animals", half-human, rotting wound, speaking no human tongue
re:(อย่า|ไม่)(ไป)?(นับ|ถือ|มอง)[^.!?\n]{0,25}(เป็นคน|เป็นมนุษย์)(เลย|หรอก|ด้วยซ้ำ|เถอะ) | pred:dehumanise | 0.85 | dehumanising_group
re:นับ(เป็น|ว่าเป็น)ตัว(เถอะ|ดีกว่า|แทน|ไม่ใช่คน) | pred:dehumanise | 0.8 | dehumanising_group
re:ครึ่งคนครึ่ง(ลิง|สัตว์|หมา|ควาย|เดรัจฉาน) | pred:dehumanise | 0.85 | dehumanising_group
re:(เหมือน|ดั่ง|ยังกับ|ยังกะ|ราวกับ|อย่างกับ)(แผลเน่า|ฝีหนอง|เนื้อเน่า|หนองเฟะ|หนอนชอนไช) | pred:dehumanise | 0.8 | dehumanising_group
หนอนชอนไช                  | pred:dehumanise | 0.8 | dehumanising_group
re:(พูด|ฟัง)ภาษาคน(ไม่รู้เรื่อง|ไม่เข้าใจ|ไม่ออก|ไม่เป็น|ไม่ได้) | pred:dehumanise | 0.8 | dehumanising_group
re:กลิ่น(ตัว)?(เหมือน|ยังกับ|อย่างกับ|ยิ่งกว่า|ยังะกับ|ยังกะ|ยังกา)(ท่อ|ท่อระบายน้ำ|ส้วม|กองขยะ|ศพ|ซากศพ|หมา|ขี้|ปลาเน่า|ขยะ|ห้องน้ำ|บ่อ|คอกหมู|เล้าหมู|หนูตาย|ของเน่า) | pred:dehumanise | 0.85 | dehumanising_group
re:(หมา|สุนัข|ควาย|แมว)(ที่บ้าน|ข้างบ้าน|จรจัด|ตัวนึง|ตัวหนึ่ง|บ้านฉัน|บ้านผม|ของฉัน|ของผม|ข้างถนน)?ยัง(รู้จักบุญคุณ|รู้บุญคุณ|รู้คุณ|รู้จักบุญคุณคน|กตัญญู|ซื่อสัตย์|ฉลาด|มีค่า|มีประโยชน์|มีมารยาท|มีศีลธรรม|สะอาด|มีสมอง|รู้ความ|ฟังรู้เรื่อง|รู้เรื่อง|น่าเคารพ)[^.!?\n ]{0,15}(มากกว่า|ดีกว่า|กว่า) | pred:dehumanise | 0.85 | dehumanising_group
re:(ท้อง|ออกลูก|ปั๊มลูก)(กัน)?(ปีละ|ทีละ)(คน|ท้อง|สองคน|หลายคน) | pred:dehumanise | 0.75 | dehumanising_group
re:(ออกลูก|คลอด|ลูก)(กัน)?(เป็น)?ครอก | pred:dehumanise | 0.85 | dehumanising_group
re:(แพร่|กระจาย|ปลูกฝัง|แพร่เชื้อ|หว่าน)(ความเสื่อม|ความชั่ว|ความสกปรก|ความวิปริต|ความวิตถาร|ความเน่าเฟะ|ความป่าเถื่อน) | pred:dehumanise | 0.8 | dehumanising_group

# ---- pred:attribute: opinions and stereotypes
re:(เป็น|คือ|ตัว)(กาลกิณี|กาลีกิณี) | pred:attribute | 0.8 | negative_attribute_group
ตัวซวย                     | pred:attribute | 0.8 | negative_attribute_group
ตัวนำซวย                   | pred:attribute | 0.8 | negative_attribute_group
ตัวอัปมงคล                 | pred:attribute | 0.8 | negative_attribute_group
ตัวนำโชคร้าย               | pred:attribute | 0.8 | negative_attribute_group
ตัวนำหายนะ                 | pred:attribute | 0.8 | negative_attribute_group
re:(อยู่ใกล้|เข้าใกล้|คบ|ยุ่ง|ไปยุ่ง|ไปคบ)(ด้วย)?(ก็|แล้ว|ทีไร)?(ซวย|ฉิบหาย|ชิบหาย|เจ๊ง|มีแต่เรื่อง|เสนียด|อัปมงคล) | pred:attribute | 0.8 | negative_attribute_group
re:(นำ|พา|เอา)(แต่)?(ความซวย|ความฉิบหาย|ความชิบหาย|เคราะห์ร้าย|โชคร้าย|หายนะ|เรื่องซวย|ความวุ่นวาย)(มา|เข้ามา)(ให้|สู่)? | pred:attribute | 0.8 | negative_attribute_group
re:(คือ|เป็น|แค่|ก็แค่)พลเมืองชั้นสอง | pred:attribute | 0.8 | negative_attribute_group
คนชั้นสอง                  | pred:attribute | 0.8 | negative_attribute_group
มนุษย์ชั้นสอง              | pred:attribute | 0.8 | negative_attribute_group
คนชั้นต่ำ                  | pred:attribute | 0.8 | negative_attribute_group
พวกชั้นต่ำ                 | pred:attribute | 0.8 | negative_attribute_group
re:เลือด(ชั่ว|เลว|โจร|ขี้โกง|ขี้ขโมย|ไพร่|ทาส|สามานย์|ชั้นต่ำ) | pred:attribute | 0.8 | negative_attribute_group
re:เป็นภัย(ต่อ)?(ความมั่นคง|สังคม|ชาติ|ประเทศ|บ้านเมือง)(ของชาติ|ของประเทศ|ทุกคน|ทั้งนั้น|ทั้งหมด|แน่ๆ|จริงๆ|[\s.!?,]|$) | pred:attribute | 0.8 | negative_attribute_group
re:(เป็น|กลายเป็น)(สาย|สายลับ|ไส้ศึก|หนอนบ่อนไส้|แนวที่ห้า|จารชน)(ให้)?(ประเทศอื่น|ต่างชาติ|ศัตรู|ข้าศึก|ต่างประเทศ) | pred:attribute | 0.8 | negative_attribute_group
หนอนบ่อนไส้                | pred:attribute | 0.8 | negative_attribute_group
re:(เป็นได้แค่|ก็แค่|เป็นแค่|เป็นได้เพียง|มีแต่จะเป็น|ได้แค่เป็น)(ภาระ|ตัวถ่วง|ตัวปัญหา|ตัวซวย|กาฝาก|ปลิง|ขี้ข้า) | pred:attribute | 0.85 | negative_attribute_group
re:ภาระ(ของ)?(ครอบครัว|พ่อแม่|ทุกคน|คนอื่น|ลูกหลาน|สังคม|ประเทศ)(เท่านั้น|ทั้งนั้น|ไปวันๆ) | pred:attribute | 0.8 | negative_attribute_group
re:ไร้ความรับผิดชอบ(เหมือนกันหมด|ทั้งนั้น|ทุกคน|กันหมด|ทั้งหมด|ทุกตัว) | pred:attribute | 0.8 | negative_attribute_group
re:(ไม่มี|ไร้|ไม่รู้จัก|ไม่เคยมี)(ความ)?(กตัญญู|กตัญญูรู้คุณ|สำนึกบุญคุณ|รู้คุณ|รู้บุญคุณ|จิตสำนึก|สำนึก|ศีลธรรม|คุณธรรม|ความละอาย|ยางอาย) | pred:attribute | 0.8 | negative_attribute_group
re:ไม่มีวัน(มี|รู้จัก)(จิตสำนึก|สำนึก|ยางอาย|ศีลธรรม|คุณธรรม|ความรับผิดชอบ|ความกตัญญู) | pred:attribute | 0.9 | negative_attribute_group
re:ไม่เคย(เห็น|เจอ|พบ)[^.!?\n]{0,30}(ทำ)?(อะไร)?(เป็น|ให้เกิด|มี)ประโยชน์[^.!?\n]{0,20}(สักอย่าง|สักครั้ง|เลยสัก|ซักอย่าง) | pred:attribute | 0.8 | negative_attribute_group
re:ไม่(เหมาะ|สมควร)(จะ)?(อยู่|เข้า|ไป)?ใกล้(เด็ก|ลูก|ลูกหลาน|เยาวชน|นักเรียน) | pred:exclude | 0.85 | exclusion_group
re:อันตราย(ต่อ)?(ลูกหลาน|เด็กๆ|สังคม|เยาวชน)(เรา|ของเรา) | pred:attribute | 0.8 | negative_attribute_group
re:กลายเป็น(สลัม|แหล่งเสื่อมโทรม|แหล่งมั่วสุม|แหล่งอาชญากรรม|ซ่อง|ถิ่นโจร|รังโจร) | pred:attribute | 0.8 | negative_attribute_group
re:(ให้|ลงทุน|ช่วย)(อะไร)?(ไป)?(เท่าไหร่)?(ก็)(สูญเปล่า|เสียเปล่า|ไม่มีประโยชน์|เปล่าประโยชน์|ไร้ค่า|เสียของ) | pred:attribute | 0.8 | negative_attribute_group
re:เสียดาย(เงินภาษี|ภาษี|ภาษีประชาชน) | pred:attribute | 0.6 | negative_attribute_group
re:เงินภาษี(ของ)?(เรา|พวกเรา|คนไทย|ประชาชน)ทั้งนั้น | pred:attribute | 0.7 | negative_attribute_group
re:สมอง(มี)?ไว้(กั้นหู|คั่นหู|ประดับ|กันหู|ขั้นหู) | pred:attribute | 0.85 | negative_attribute_group
re:เกิดมา(ทำ)?(เหี้ย|ห่า|ส้นตีน|แมว|ควาย|หอกหัก|พ่อง)อะไร | pred:attribute | 0.8 | negative_attribute_group
re:(นี่|แม่ง)?มัน(เชี่ย|เหี้ย|ระยำ|ชาติหมา|สถุล|สัส)(จริงๆ|ชิบหาย|ฉิบหาย|สัสๆ|มาก|ที่สุด|ทุกตัว|ทุกคน) | pred:attribute | 0.8 | negative_attribute_group
re:(สร้าง|ก่อ|หา)(เรื่อง|ปัญหา)(เหี้ยๆ|ชิบหาย|ฉิบหาย|ระยำ|เลวๆ|ห่าๆ|ส้นตีน|ชั่วๆ|เหี้ย) | pred:attribute | 0.8 | negative_attribute_group
re:ไม่มีวันไหน(ที่)?(พวกมัน|มัน|พวกนี้|พวกนั้น)?ไม่(สร้าง|ก่อ|หา|ทำ)(เรื่อง|ปัญหา|เรื่องเดือดร้อน) | pred:attribute | 0.8 | negative_attribute_group
re:(พวก|ไอ้พวก|อีพวก)[^.!?\n ]{1,20}(ส้นตีน|ชาติหมา|ระยำ|เหี้ย|สถุล) | pred:attribute | 0.8 | negative_attribute_group
re:น่า(รำคาญ|รังเกียจ|ขยะแขยง|สมเพช)(ขนาดนี้|ชิบหาย|ฉิบหาย|สัสๆ|เหลือเกิน|ที่สุด|สุดๆ|เป็นบ้า) | pred:attribute | 0.85 | negative_attribute_group
re:น่าเบื่อ(ขนาดนี้|ชิบหาย|ฉิบหาย|สัสๆ|เป็นบ้า) | pred:attribute | 0.85 | negative_attribute_group
re:(โกงกิน|ขี้ฉ้อ)(ทุกคน|ทั้งนั้น|ทั้งหมด|กันหมด|ทุกตัว|บ้านกินเมือง)? | pred:attribute | 0.8 | negative_attribute_group
re:(ตอแหล|ขี้โกง|เลว|ชั่ว|เหี้ย)(ทั้งแก๊ง|ทั้งก๊วน|ทั้งกลุ่ม|ทั้งด้อม|ทั้งบาง) | pred:attribute | 0.85 | negative_attribute_group
re:(แค่|พวก|เหมือน|คือ|เป็น)(ปลิง|เห็บ)(ดูดเลือด)? | pred:dehumanise | 0.85 | dehumanising_group
# implied stereotypes: hygiene, smell, littering, theft, statistics "think about it yourself", innuendo
re:ไม่รู้(ล้างมือ|อาบน้ำ|แปรงฟัน|สระผม)(กัน)?(รึเปล่า|หรือเปล่า|ไหม|มั้ย|บ้างไหม|บ้างรึเปล่า|บ้างมั้ย|หรือยัง) | pred:attribute | 0.8 | negative_attribute_group
re:(เตรียม|ฉีด)(สเปรย์ดับกลิ่น|ยาดับกลิ่น|น้ำหอมดับกลิ่น|ที่ปิดจมูก)(ไว้|รอ) | pred:attribute | 0.7 | negative_attribute_group
re:ทิ้งขยะ(เต็ม|เกลื่อน|เรี่ยราด|ไม่เป็นที่|ทั่ว|ไปทั่ว|ข้างถนน) | pred:attribute | 0.75 | negative_attribute_group
re:(อาชญากรรม|คดีลักขโมย|ลักขโมย|คดี|ขโมย|ยาเสพติด|ยาบ้า|ปล้น|โจร)[^.!?\n]{0,15}(เพิ่มขึ้น|เยอะขึ้น|พุ่ง|มากขึ้น|ชุกชุม)[^.!?\n]{0,12}ตั้งแต่[^.!?\n]{0,25}(ย้ายเข้ามา|ย้ายมา|เข้ามาอยู่|มาอยู่|อพยพ|ทะลัก|แห่กันมา|มาเยอะ) | pred:attribute | 0.8 | negative_attribute_group
re:(ลอง)?คิด(เอา)?เอง(ว่า|นะ)?(เกี่ยวกัน|เกี่ยว)(ไหม|มั้ย|รึเปล่า|หรือเปล่า|หรือไม่) | pred:attribute | 0.7 | negative_attribute_group
re:(เข้าใจกัน|รู้กัน|รู้ๆกัน|รู้ ๆ กัน)(อยู่)?(ใช่ไหม|ใช่มั้ย|ใช่ป่ะ|นะ|อยู่แล้ว)?\s?(😏|😉|🤭|😒|🙄) | pred:attribute | 0.7 | negative_attribute_group
re:ไม่ต้อง(ถาม|สงสัย)(นะ)?ว่าทำไม | pred:attribute | 0.7 | negative_attribute_group
re:(ไม่ค่อย|เลิก)(จอดรถ|ไป|ผ่าน|เดินผ่าน)(แถวนั้น|ย่านนั้น|ซอยนั้น)แล้ว | pred:exclude | 0.6 | exclusion_group
re:(ลูกค้า|ผู้เช่า|คนในหอ|เพื่อนบ้าน|ลูกบ้าน|ผู้ปกครอง|พนักงานคนอื่น)(ไม่ค่อย|ไม่)(สบายใจ|ไว้ใจ)(\)|นะคะ|นะครับ|ค่ะ|ครับ|คะ|[\s.!?)]|$) | pred:exclude | 0.7 | exclusion_group
re:ขอ(เป็น)?ไม่ใช่ | pred:exclude | 0.6 | exclusion_group

# ---- pred:emotion: just hearing their voice makes me furious; can anyone stand them; not in my sight
re:(แค่เห็น|แค่ได้ยิน|ได้ยินเสียง|เห็นหน้า|ได้ยินชื่อ)[^.!?\n]{0,10}ก็(หัวร้อน|โมโห|หงุดหงิด|คลื่นไส้|อยากอ้วก|รำคาญ|เกลียด|ขยะแขยง|ของขึ้น|เดือด|ปรี๊ด) | pred:emotion | 0.85 | hate_emotion_group
re:ไม่อยาก(ให้)?(มา)?(อยู่ในสายตา|เห็นหน้า|อยู่ให้เห็น|เข้ามาในสายตา|ให้เห็นหน้า) | pred:emotion | 0.8 | hate_emotion_group
re:(มีใคร|ใคร)(ทน|อดทน)(อยู่ใกล้|อยู่ด้วย|อยู่กับ|นั่งใกล้)[^.!?\n]{0,25}ได้(จริงๆ|จริง|ไง|ยังไง|เหรอ|ด้วยเหรอ|หรอ) | pred:emotion | 0.75 | hate_emotion_group

# ---- grp:other: fans of a brand
re:สาวก(ไอโฟน|แอปเปิ้ล|แอปเปิล|apple|iphone|ซัมซุง|samsung|แอนดรอยด์|android|หัวเว่ย) | grp:other

# ---- harassment at a named person: slaps, feet in the face, "I know where you stay", shaming, the worst ever met
re:(จะ|อยาก|เดี๋ยว|กู|แม่ง|ผม)(ตบ|ต่อย|ตื้บ|เตะ|ชก|ถีบ)(ให้)?(หน้าหัน|หน้าคว่ำ|ฟันร่วง|ฟันหลุด|หน้าแหก|ปากแตก|หน้าเละ) | harassment | 0.85 | threat_violence | severe
re:(เอา)?(เท้า|ตีน|ส้นตีน|รองเท้า|ส้นเท้า)(ลูบหน้า|ยัดปาก|ก่ายหน้า|ตบหน้า|ถีบหน้า|เหยียบหน้า|ยันหน้า|ลูบปาก) | harassment | 0.8 | insult_at_person
re:รู้นะ(ว่า)?[^.!?\n]{0,15}(พัก|อยู่|ทำงาน|เรียน)(อยู่)?(ที่)?(คอนโด|หอ|บ้าน|ซอย|ตึก|ห้อง)?(ไหน) | harassment | 0.6 | threat_violence
re:ระวังตัว(ไว้)?(ให้ดี)?(ก็แล้วกัน|แล้วกัน|ละกัน|นะมึง|นะแก|เถอะมึง) | harassment | 0.75 | threat_violence
re:(มัน|แม่ง)?หน้าด้าน(จริงๆ|ชิบหาย|ฉิบหาย|สัสๆ|มาก|ที่สุด|สุดๆ|เป็นบ้า) | harassment | 0.75 | insult_at_person
re:(น่ารังเกียจ|น่าขยะแขยง|เลว|ชั่ว|ตอแหล|ปากหมา|เห็นแก่ตัว|หน้าด้าน|ขี้อิจฉา)ที่สุด(ที่)?(เคย)?(รู้จัก|เจอ|เห็น|พบ|คบ) | harassment | 0.8 | insult_at_person
re:(ยืม|โกง)(เงิน)?[^.!?\n]{0,15}ไม่(คืน|ใช้คืน|จ่าย)(สัก|ซัก)(บาท|แดง|สตางค์) | harassment | 0.6 | insult_at_person
re:(ช่วยกัน)?(แชร์|แฉ|ประจาน)[^.!?\n]{0,10}ให้(มัน)?(ไม่มีที่ยืน|อับอาย|ขายหน้า|ไม่มีที่อยู่|ตกงาน|หมดอนาคต) | harassment | 0.8 | insult_at_person
re:(แชร์|ช่วยกันแชร์)ประจาน | harassment | 0.6 | insult_at_person
re:(หมั่นไส้|เกลียด|รำคาญ)(จน)?อยาก(ตบ|ต่อย|ตื้บ|เตะ|ถีบ|เอาเท้า|เอาตีน|ชก|กระทืบ) | harassment | 0.8 | threat_violence

# ==== fifth round: families from the misses of tests/tuning_suites_e
# ---- grp:protected: spellings of Rohingya the engine lacks (โรฮิงญา is in th.context.lex)
โรฮีนจา                    | grp:protected
โรฮินจา                    | grp:protected
โรฮิงยา                    | grp:protected
โรฮิงจา                    | grp:protected
โรฮินญา                    | grp:protected

# ---- pred:threat: striking with a weapon until a head splits, knocked flat ("ฟาดให้หัวแบะ", "ซัดให้คว่ำ")
re:(ฟาด|ตี|ทุบ|ซัด|ฟัน|ต่อย|ชก|ตบ|ถีบ|เตะ|กระทืบ|ยิง|แทง|จามหัว|สับ)ให้(หัวแบะ|หัวแตก|หัวยุบ|หัวร้างข้างแตก|กะโหลกแตก|กะโหลกยุบ|กะโหลกร้าว|ไส้ไหล|ไส้ทะลัก|ไส้แตก|เลือดสาด|เลือดท่วม|ตายคาที่|คาตีน|คามือ|จมดิน|ปากแตก|หน้าแหก) | pred:threat | 0.9 | threat_violence | severe
re:(จะ|กู|ผม|ข้า|เดี๋ยว|อยาก)(จะ)?(เอา|หยิบ|คว้า|ควง)(ไม้หน้าสาม|ไม้เบสบอล|ท่อนเหล็ก|ท่อเหล็ก|ขวาน|มีดพร้า|พร้า|มีด|ดาบ|ปืน|ค้อน|ชะแลง|จอบ|เสียม|ขวดเบียร์|ไม้กอล์ฟ|สนับมือ|ไม้เบส)(มา|ไป)?(ฟาด|ตี|ทุบ|ฟัน|แทง|ยิง|จ่อ|ไล่ฟัน|ไล่แทง|ไล่ยิง|สับ|จาม|ซัด|ฟาดหัว|ตีหัว|ทุบหัว) | pred:threat | 0.9 | threat_violence | severe
# arson: fuel ready, bring whatever is at hand
re:(ทินเนอร์|ระเบิดขวด|ระเบิดปิงปอง|ระเบิดเพลิง|โมโลตอฟ|ระเบิด|กระสุน|ลูกปืน)[^.!?\n ]{0,6}(เตรียม|พก)(ไว้|มา)?(แล้ว|พร้อม|เรียบร้อย|ครบ|เต็ม) | pred:threat | 0.85 | threat_violence | severe
re:(น้ำมัน|เบนซิน|ทินเนอร์)[^.!?\n]{0,15}(แกลลอน|ถัง|ลิตร|ขวด)[^.!?\n]{0,10}🔥 | pred:threat | 0.85 | threat_violence | severe
re:(มีอะไร|มีไม้|มีอาวุธ|มีมีด|มีปืน)(ติดมือ|ติดตัว|ติดรถ)(ก็)?(เอา|หยิบ|พก|ถือ|หิ้ว)(มา|ไป)(ด้วย)? | pred:threat | 0.6 | threat_violence
re:(รวมตัว|รวมพล|นัดรวมตัว|นัดเจอ|ไปรวมกัน)[^.!?\n]{0,20}(กวาดล้าง|ล้างบาง|ไล่|สั่งสอน)[^.!?\n]{0,30}(ให้หมด|ให้เกลี้ยง|ให้เรียบ|ให้สิ้นซาก|ออกไป) | pred:threat | 0.9 | threat_violence | severe
re:(จะ|ไป|มา|ต้อง)\s?เคลียร์[^.!?\n]{0,25}ออก(ไป)?จาก(ชุมชน|หมู่บ้าน|ซอย|ตำบล|ประเทศ|เมือง|แผ่นดิน|บ้านเมือง|ย่าน)[^.!?\n]{0,6}(ให้หมด|ให้เกลี้ยง|ให้เรียบ|ให้สิ้นซาก) | pred:threat | 0.85 | threat_violence | severe
# buried or burned alive, beheaded and displayed, hunted
re:(ฝัง|เผา|ต้ม|ย่าง|ถลกหนัง|ขังให้ตาย)ทั้งเป็น | pred:violence | 0.95 | violence_group | severe
re:ตัดหัว(มา)?(เสียบ|ประจาน|แขวน|ทิ้ง|ให้หมด|ทีละ|โชว์) | pred:violence | 0.95 | violence_group | severe
re:(เสียบประจาน|เสียบหลาว|เสียบหัวประจาน|แขวนคอประจาน|ลากประจาน) | pred:violence | 0.9 | violence_group | severe
re:(ตาม|ไล่)(กระทืบ|ตื้บ|ยิง|ฆ่า|ฟัน|แทง|ซ้อม|ทุบ|ตี) | pred:threat | 0.9 | threat_violence | severe
re:(จะ|คืนนี้|พรุ่งนี้|ไป)(ออก)?(ล่า|ไล่ล่า|ตามล่า)(อีก|ต่อ|กันอีก|อีกรอบ|ให้หมด|ทีละ) | pred:threat | 0.85 | threat_violence | severe
# knowing where they live, "I'll take care of it quietly"
re:ที่อยู่(มึง|แก|พวกมึง|มัน|พวกมัน)?\s?(กู|ผม|ข้า|พวกกู)(ก็)?รู้(แล้ว|หมด|นะ|อยู่)? | pred:threat | 0.85 | threat_violence | severe
re:พัก(อยู่)?(ตรงไหน|ที่ไหน|แถวไหน|ซอยไหน)[^.!?\n]{0,10}(dm|ดีเอ็ม|อินบ็อกซ์|inbox|หลังไมค์) | pred:threat | 0.7 | threat_violence
re:(จัดการ|เก็บ|เก็บกวาด|เคลียร์)(เอง)?\s?(แบบ)?(เงียบๆ|เงียบ ๆ|เนียนๆ|ลับๆ)\s?(ไม่มีใครรู้|ไม่มีใครเห็น|ไม่ให้ใครรู้) | pred:threat | 0.9 | threat_violence | severe
re:เงียบ\s?ๆ\s?(ไม่มีใครรู้|ไม่มีใครเห็น|ไม่มีหลักฐาน) | pred:threat | 0.85 | threat_violence

# ---- pred:violence: mob beatings "to teach a lesson", calls for someone to burn, sterilise, execute without trial
re:(รุมยำ|รุมตื้บ|รุมสกรัม|รุมกระทืบ|รุมซ้อม|รุมตี|รุมทึ้ง|สกรัม|ยำ|ตื้บ|ซ้อม|เฆี่ยน|ฟาด|ตี|ตบ|กระทืบ)(ให้)?(เข็ดหลาบ|หลาบจำ|เข็ด|สาสม|จำไปจนตาย|จำขึ้นใจ) | pred:violence | 0.9 | violence_group | severe
รุมยำ                      | pred:violence | 0.85 | violence_group | severe
re:(ลงทัณฑ์|ชดใช้|สั่งสอน|เอาคืน|จัดหนัก)(ให้)?(สาสม|ถึงตาย|ให้ตาย) | pred:violence | 0.85 | violence_group | severe
re:(ควร|สมควร|ต้อง)(ถูก|โดน|จะถูก|จะโดน)?(ขับไล่|เนรเทศ|ไล่ออกจาก(ประเทศ|หมู่บ้าน|ชุมชน|แผ่นดิน|ซอย|ตำบล|เมือง|บ้านเมือง)|ไล่ส่ง|ถีบหัวส่ง|ขับออก|เตะออก|ไล่กลับ) | pred:exclude | 0.85 | exclusion_group
re:(ใครก็ได้|ใครก็ได้ช่วย|ช่วยกัน|ไปช่วยกัน|ใครว่าง)(ไป)?(เผา|ยิง|ฆ่า|กระทืบ|ระเบิด|ถล่ม|ทุบ|ตื้บ|แทง|ฟัน|รุม|ไล่ตี|ไล่ยิง|ปาระเบิด|ปาหิน)(บ้าน|ร้าน|หมู่บ้าน|ชุมชน|มัสยิด|โบสถ์|ทิ้ง|ที|ให้หน่อย|ให้ที)? | pred:violence | 0.9 | violence_group | severe
re:(จับ|ต้อง|ควร)(ให้)?(บังคับ)?ทำหมัน[^.!?\n]{0,20}(ทุกคน|ให้หมด|ทั้งหมด|ทุกตัว) | pred:violence | 0.9 | violence_group | severe
re:(ควร|ต้อง|ออกกฎหมาย|จับ)[^.!?\n]{0,10}บังคับทำหมัน | pred:violence | 0.9 | violence_group | severe
re:วิสามัญ(ไปเลย|ทิ้ง|ให้หมด|ซะ|มันซะ|เลย|จบ) | pred:violence | 0.9 | violence_group | severe
re:(จะตีจะฆ่า|ตีฆ่า|ฆ่าแกง)[^.!?\n]{0,15}(ก็)?(ได้|ไม่ผิด|ไม่ต้อง|ตามสบาย) | pred:violence | 0.9 | violence_group | severe
re:(ตี|ฆ่า|ยิง|กระทืบ|ทำร้าย|ซ้อม|เผา|รุม)[^.!?\n]{0,12}(ไม่บาป|ได้บุญ|ถือว่าทำบุญ) | pred:violence | 0.9 | violence_group | severe
re:(กลับบ้านเกิด|กลับบ้าน|กลับประเทศ|กลับไป|ส่งกลับ|ส่งคืน)(แบบ|โดย|ด้วยการ)?(ใส่|นอน|ยัด)(ใน)?(โลง|โลงศพ|ถุงดำ|ถุงศพ|หีบศพ) | pred:violence | 0.9 | violence_group | severe
re:(ใส่|ยัด|ลง)โลง(ไป)?(ทีละ|ให้หมด|ทุกคน|ทุกตัว|ซะ|ให้เกลี้ยง) | pred:violence | 0.9 | violence_group | severe
re:ไม่ควร(ปล่อย)?ให้(โต|ลืมตาดูโลก|โตขึ้น|เติบโต)(มา)?(\s|$|เลย|ด้วยซ้ำ|แต่แรก) | pred:violence | 0.85 | violence_group | severe

# ---- allow: profanity as an intensifier of hardship ("ยากระยำ", "ร้อนชิบหาย"), stopping by a shop
re:(ยาก|เยอะ|ร้อน|หนาว|ช้า|แพง|ไกล|นาน|เหนื่อย|ง่วง|หิว|งง|เครียด|อร่อย|เผ็ด|สวย|เก่ง|สนุก|ปวดหัว|น่ารัก|หล่อ|เท่|เจ๋ง|ฮา|ตลก|เพราะ|แซ่บ)(โคตร|แม่ง|แม่งโคตร)?(ระยำ|ชิบหาย|ฉิบหาย|สัสๆ|เหี้ยๆ|ห่าๆ|เชี่ยๆ|สัส|เหี้ย|ห่า) | allow
ต้องแวะ                    | allow
re:แวะ(ทุก|มา|ไป|กิน|ซื้อ|ร้าน|เที่ยว|เยี่ยม|ชม|บ่อย|ประจำ|อุดหนุน) | allow

# ---- ctx:counter: moderators removing threats, reporting to the police, "the comment that threatened"
re:(แอด|แอดมิน|admin|เพจ|ทีมงาน|ผู้ดูแล|ม็อด)(ได้)?(ทำการ)?(ลบ|แบน|บล็อก|บล็อค|ซ่อน|รีพอร์ต)(คอมเมนต์|คอมเม้นต์|คอมเม้น|เมนต์|โพสต์|ข้อความ|แอคเคาท์|แอคเคานต์|บัญชี|ผู้ใช้|คลิป) | ctx:counter
re:(ลบ|แบน|บล็อก|บล็อค|ซ่อน|รีพอร์ต)(คอมเมนต์|คอมเม้นต์|คอมเม้น|เมนต์|โพสต์|ข้อความ|แอคเคาท์|แอคเคานต์|บัญชี|ผู้ใช้|คลิป)[^.!?\n]{0,30}(แล้ว|เรียบร้อย) | ctx:counter
re:(คอมเมนต์|คอมเม้นต์|คอมเม้น|เมนต์|โพสต์|ข้อความ|คลิป)(ที่)?(ขู่|ข่มขู่|ยุยง|ปลุกปั่น)(ว่า)?(จะ)? | ctx:counter
re:(ส่ง|แจ้ง)(ข้อมูล|เรื่อง|หลักฐาน|ชื่อ)(ให้|ต่อ)(ตำรวจ|เจ้าหน้าที่|ตร\.) | ctx:counter
re:(แจ้งความ|ดำเนินคดี)(แล้ว|ไว้|กับ|เรียบร้อย|ทันที) | ctx:counter
# someone else's words quoted in marks: "ลุงพูดว่า '…'"
re:(พูด|บอก|โพสต์|เขียน|คอมเมนต์|คอมเม้น|ตะโกน|บ่น|ด่า)[^'"‘“\n]{0,20}ว่า\s?['"‘“] | ctx:counter

# ---- grp:pronoun: "people of this kind", "those kids"
คนประเภทนี้                | grp:pronoun
คนประเภทนั้น               | grp:pronoun
พวกประเภทนี้               | grp:pronoun
คนจำพวกนี้                 | grp:pronoun
คนจำพวกนั้น                | grp:pronoun
พวกเนี้ย                   | grp:pronoun
คนพวกเนี้ย                 | grp:pronoun
คนกลุ่มนี้                 | grp:pronoun
คนกลุ่มนั้น                | grp:pronoun
เด็กพวกนั้น                | grp:pronoun
เด็กพวกนี้                 | grp:pronoun

# ---- slurs: ตีฉิ่ง (lesbians; the cymbal sense is not read as people), and words that make a slur people
ตีฉิ่ง                     | hate | 0.8 | slur_group | slur
อีตีฉิ่ง                   | hate | 0.85 | slur_group | slur
พวกตีฉิ่ง                  | hate | 0.85 | slur_group | slur
re:ตีฉิ่ง(ตีฉาบ|ฉาบ|ในวง|วงปี่พาทย์|ให้จังหวะ|เข้าจังหวะ|ประกอบ) | allow
re:(วงปี่พาทย์|ปี่พาทย์|วงดนตรีไทย|ดนตรีไทย|มโหรี|เครื่องกระทบ)[^.!?\n]{0,20}ตีฉิ่ง | allow
re:(มีแต่|เจอแต่|เจอแต่เรื่อง|เต็มไปด้วย|ยุคนี้)(ง่อย|ปัญญาอ่อน|กะหรี่|กระหรี่|ตุ๊ด|ตีฉิ่ง|อีแอบ|แต๋ว|นิโกร|นิกก้า|เจ๊ก|ญวน|ดอกทอง|แพศยา|หญิงหากิน|อีตัว|แม้ว|หม่อง|ซาไก) | hate | 0.8 | slur_group
re:(กะหรี่|กระหรี่|ตุ๊ด|ตีฉิ่ง|อีแอบ|แต๋ว|นิโกร|นิกก้า|เจ๊ก|ญวน|ดอกทอง|แพศยา|อีตัว)(ทั้งโต๊ะ|ทั้งร้าน|ทั้งซอย|ทั้งหอ|ทั้งแก๊ง|ทั้งกลุ่ม|ทั้งชั้น|เต็มบ้านเต็มเมือง|เต็มเมือง|เต็มซอย|เต็มร้าน|เต็มห้าง|ตัวเดียว|ทุกตัว) | hate | 0.8 | slur_group
re:(แรด|ง่อย|ปัญญาอ่อน|แม้ว)(ทั้งโต๊ะ|ทั้งร้าน|ทั้งหอ|ทั้งแก๊ง|ทั้งกลุ่ม|ทั้งชั้น|เต็มบ้านเต็มเมือง|เต็มเมือง|เต็มซอย|เต็มห้าง) | hate | 0.8 | slur_group

# ---- pred:attribute: careless, selfish to the extreme, profane intensifiers said of a group
มักง่าย                    | pred:attribute | 0.85 | negative_attribute_group
re:เห็นแก่ตัว(สุดขีด|สุดๆ|ที่สุด|ชิบหาย|ฉิบหาย|เป็นบ้า|มาก|จริงๆ|ทั้งนั้น|กันหมด) | pred:attribute | 0.9 | negative_attribute_group
re:(แม่ง|มัน)?(โคตร|โคด|แม่ง)(เหี้ย|เชี่ย|ระยำ|ควาย|กาก|ส้นตีน|เลว|ชั่ว|สถุล|ถ่อย)(เลย|จริงๆ|ทั้งนั้น|ทุกคน|ทุกตัว)? | pred:attribute | 0.85 | negative_attribute_group
re:(หัวควย|หน้าควย|สมองควย|ปัญญาควย|หัวขี้|สมองหมา)(ทั้งนั้น|ทุกคน|ทุกตัว|ทั้งหมด|กันหมด)? | pred:attribute | 0.85 | negative_attribute_group
re:(ชิบหายวายป่วง|ฉิบหายวายป่วง|ระยำตำบอน|เหี้ย|ระยำ|สัส|ชั่ว|เลว|ส้นตีน|สถุล|ถ่อย)(ทั้งเผ่า|ทั้งโคตร|ทั้งเหง้า|ทั้งวงศ์|ทั้งตระกูล|ทั้งชาติ|ทั้งพันธุ์|ทั้งบาง) | pred:attribute | 0.85 | negative_attribute_group
re:(พวก|ไอ้พวก|อีพวก)[^.!?\n ]{1,20}(สัส|ควาย|เวร|ห่า|เชี่ย)(\s|$|[.!?]|ๆ|เอ๊ย|เอ้ย) | pred:attribute | 0.85 | negative_attribute_group
re:ทำ(ให้)?(บ้านเมือง|ประเทศ|สังคม|ชาติ|โลก|สังคมไทย)(นี้|เรา)?(พัง|ฉิบหาย|ชิบหาย|ล่มจม|เละ|วุ่นวาย|เสื่อม|เน่า)(หมด|ไปหมด|ทั้งหมด)? | pred:attribute | 0.85 | negative_attribute_group
re:(คือ|เป็น)\s?ภัย(คุกคาม|ร้าย)?(อันดับหนึ่ง|อันดับ\s?1|ที่ใหญ่ที่สุด|ร้ายแรงที่สุด)?(ของ|ต่อ)(ชาติ|ประเทศ|สังคม|โลก|มนุษยชาติ|ศาสนา|ครอบครัว|เด็ก) | pred:attribute | 0.85 | negative_attribute_group
ภัยคุกคามอันดับหนึ่ง       | pred:attribute | 0.85 | negative_attribute_group
re:เปลือง(งบ|ภาษี|ข้าวสุก|ทรัพยากร|อากาศ|ออกซิเจน|ที่|เงินภาษี)(ประเทศ|ประชาชน|เปล่าๆ)? | pred:attribute | 0.75 | negative_attribute_group
re:(อ้าปาก|เปิดปาก)(พูด)?(อะไร)?(ก็)?(เป็น)?(ขยะ|ขี้|โกหก|เหม็น|เรื่องไร้สาระ|ตอแหล)(ทั้งนั้น|หมด)? | pred:attribute | 0.9 | negative_attribute_group
re:(สกปรก|เหม็น|น่ารังเกียจ|วุ่นวาย|น่าขยะแขยง)(เกิน|เกินกว่า)(จะ)?(รับไหว|ทนไหว|ทน|รับได้|ทนได้|บรรยาย) | pred:attribute | 0.85 | negative_attribute_group
re:(ไม่|จะไม่|งด|เลิก)(ต่อสัญญา|ให้เช่าต่อ|ต่อสัญญาเช่า|ต่อสัญญาจ้าง)(ให้)? | pred:exclude | 0.6 | exclusion_group

# ---- pred:attribute: virtues denied ("don't expect honesty from", "never equal to normal people"), useless, "what good are they"
re:(อย่าหวัง|อย่าไปหวัง|ไม่ต้องหวัง|อย่าคาดหวัง|เลิกหวัง)(ความ)?(ซื่อสัตย์|จริงใจ|ซื่อตรง|กตัญญู|สำนึก|ความดี|น้ำใจ|ฉลาด|มีสมอง|มารยาท|สะอาด|รับผิดชอบ|สุจริต|เป็นคนดี)(จาก|กับ)? | pred:attribute | 0.85 | negative_attribute_group
re:(ไม่มีทาง|ไม่มีวัน)(จะ)?(เท่าเทียม|เทียบเท่า|เทียบ|เสมอ|ดีเท่า|เก่งเท่า|ฉลาดเท่า)(กับ)?(คนปกติ|คนทั่วไป|คนธรรมดา|พวกเรา|เรา|ผู้ชาย|คนอื่น|มนุษย์) | pred:attribute | 0.85 | negative_attribute_group
re:(สังคม|ประเทศ|โลก|บ้านเมือง|ชุมชน|ใครๆ)(ก็)?(ไม่ได้|ไม่)(ต้องการ|อยากได้|ยินดีต้อนรับ) | pred:exclude | 0.85 | exclusion_group
re:(อยู่ไป|มีไว้|เกิดมา|เลี้ยงไว้|ปล่อยไว้)(ก็)?(ไม่ได้|ไม่มี|ไร้)(ประโยชน์|ค่า)(อะไร)?(เลย)? | pred:attribute | 0.85 | negative_attribute_group
re:มีดี(ตรงไหน|ที่ไหน)(บ้าง)? | pred:attribute | 0.75 | negative_attribute_group
re:นอกจาก(สร้างปัญหา|ก่อปัญหา|สร้างภาระ|ก่อเรื่อง|เป็นภาระ|แย่งงาน|ผลาญภาษี|กินภาษี|แบมือขอ|ขอทาน|ทำให้เดือดร้อน|ทำให้วุ่นวาย) | pred:attribute | 0.8 | negative_attribute_group
re:ยิ่ง(เยอะ|มาก|อยู่นาน|นาน|มี)(ประเทศ|บ้านเมือง|สังคม)?ยิ่ง(จน|เหม็น|แย่|ฉิบหาย|พัง|วุ่นวาย|สกปรก|เสื่อม) | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:dehumanise: swarms, weeds, mould, parasites, "count them as people?", "who will take one home to raise", spreading like mould
re:(เป็นฝูง|ทั้งฝูง|ยกฝูง|ฝูงๆ)\s?(เหมือน|ยังกับ|อย่างกับ|ราวกับ|ดั่ง)?\s?(ตั๊กแตน|แมลง|หนู|ปลวก|มด|ยุง|แมลงวัน|แมลงสาบ|หนอน|ซอมบี้|ลิง|หมาป่า|ผึ้ง|ค้างคาว) | pred:dehumanise | 0.95 | dehumanising_group
re:(เหมือน|ยังกับ|อย่างกับ|ราวกับ|ดั่ง)\s?(วัชพืช|หญ้าพิษ|เชื้อรา|ราขึ้น|ราดำ|ตะไคร่|เห็ดพิษ|ตั๊กแตน|ฝูงตั๊กแตน|พยาธิ|โรคเรื้อน|ขี้เรื้อน|เห็บหมัด|ตัวเรือด|เหา|โรคห่า|สนิม) | pred:dehumanise | 0.9 | dehumanising_group
re:(คือ|ก็แค่|แค่|ก็คือ)\s?(วัชพืช|หญ้าพิษ|เชื้อรา|ตั๊กแตน|ฝูงตั๊กแตน|พยาธิ|โรคเรื้อน|ขี้เรื้อน|เห็บหมัด|ตัวเรือด|เหา|โรคห่า|สนิม) | pred:dehumanise | 0.9 | dehumanising_group
re:เป็น(วัชพืช|หญ้าพิษ|ฝูงตั๊กแตน|เห็บหมัด|ตัวเรือด) | pred:dehumanise | 0.85 | dehumanising_group
re:(ลาม|ระบาด|แพร่|กระจาย|ขยาย)(ไป)?(ทั้ง|ทั่ว)(ตำบล|อำเภอ|หมู่บ้าน|ซอย|เมือง|ประเทศ|จังหวัด|ชุมชน|บาง|ตลาด) | pred:dehumanise | 0.6 | dehumanising_group
re:เหมือน(หนี|หลบ|เลี่ยง|รังเกียจ)(โรคเรื้อน|โรคระบาด|เชื้อโรค|ผี|โควิด|ขี้|โรคติดต่อ|ห่า|เสนียด) | pred:dehumanise | 0.9 | dehumanising_group
re:(อยาก|ต้อง|ขอ)(ย้าย)(แผนก|ห้อง|โต๊ะ|บ้าน|ที่นั่ง|ที่|โรงเรียน|ทีม|ตึก)(หนี) | pred:exclude | 0.8 | exclusion_group
re:นับ[^.!?\n]{0,25}เป็น(คน|มนุษย์)(ได้)?\s?(ยังไง|อย่างไร|ไง|ได้ไง|ลง|ได้ยังไง) | pred:dehumanise | 0.9 | dehumanising_group
re:(ใครจะ|ใคร)รับ[^.!?\n]{0,25}ไปเลี้ยง(บ้าง|มั้ย|ไหม|ฟรี|ที) | pred:dehumanise | 0.75 | dehumanising_group
re:(หมา|สุนัข|แมว|ควาย|วัว|หมู)(ที่บ้าน|ข้างบ้าน|จรจัด|ของฉัน|ของผม|ตัวนึง|บ้านฉัน|บ้านผม|ข้างถนน)?ยัง[^.!?\n]{1,40}(มากกว่า|ดีกว่า|เก่งกว่า) | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: barred from hospitals and services, let in "to the same mall as us", detention camps, "get out of my sight"
re:(ควร|ต้อง|สมควร)(ถูก|โดน)?(ห้าม|ไม่ให้|ตัดสิทธิ์|ถูกตัดสิทธิ์|ห้ามใช้|ห้ามเข้า)(เข้า|ใช้|รับ)?(โรงพยาบาล|โรงเรียน|รพ|สถานพยาบาล|บริการ|สวัสดิการ|ประกันสังคม|บัตรทอง|สิทธิ์|สิทธิ|มหาลัย|ห้าง|วัด|ขนส่ง) | pred:exclude | 0.85 | exclusion_group
re:(ต้องยอมให้|ยอมให้|ทนให้|ปล่อยให้)[^.!?\n]{0,25}(เดียวกับเรา|เดียวกับลูก|ร่วมกับเรา|ปนกับเรา|ใกล้เรา|ใกล้ลูก) | pred:exclude | 0.85 | exclusion_group
re:(มา)?(เดิน)?เพ่นพ่าน | pred:exclude | 0.75 | exclusion_group
re:กลัว(ลูกค้า|คนอื่น|ลูก|เด็ก|ลูกหลาน|แขก|พนักงาน)(คนอื่น)?(จะ)?ติด(โรค|เชื้อ|นิสัย) | pred:attribute | 0.85 | negative_attribute_group
re:(ควร|ต้อง|สมควร|จับ|เอาไป|ต้อนไป|จับไป)(ถูก|โดน)?(จับ)?(กักบริเวณ|กักขัง|ขัง|ต้อน|รวบ)(ไว้)?(ใน)?(ค่าย|ค่ายกักกัน|กรง|คอก) | pred:exclude | 0.9 | exclusion_group
re:(ไปให้พ้น|ออกไปให้พ้น|ไสหัวไปให้พ้น)(หน้า|ตา)?(กู|ผม|ข้า|ฉัน)? | pred:exclude | 0.85 | exclusion_group
re:(ลูกค้า|ผู้เช่า|เพื่อนบ้าน|ลูกบ้าน|ผู้ปกครอง|พนักงาน)(ส่วนใหญ่)?(ไม่ชอบ|ไม่ปลื้ม|ไม่โอเค|รับไม่ได้|ไม่ต้อนรับ|ไม่ยอมรับ) | pred:exclude | 0.7 | exclusion_group
re:(บุคลิกดี|พูดจาดี|หน้าตาดี|สุขภาพดี|สัญชาติไทย|ไม่ดื่มเหล้า|ไม่สูบบุหรี่|มีประสบการณ์)\s(ไม่ใช่|ไม่รับ|ยกเว้น|งดรับ) | pred:exclude | 0.85 | exclusion_group

# ---- pred:violence: disappearing from the country, "nobody would grieve if they all died"
re:หายหัว(ไป)?(จาก)?[^.!?\n]{0,20}(ให้หมด|ซะที|สักที|ให้พ้น|ไปซะ) | pred:violence | 0.85 | violence_group | severe
re:(หายไป|สูญ|หมดไป)จาก(ประเทศ|โลก|แผ่นดิน|บ้านเมือง|สังคม)(นี้|ไทย)?(ให้หมด|ซะที|สักที) | pred:violence | 0.85 | violence_group | severe
re:(ตาย|หายไป|ตายห่า|สูญพันธุ์)(กัน)?(หมด|ให้หมด|ไปหมด|ทั้งหมด)[^.!?\n]{0,15}(ไม่มีใคร|คงไม่มีใคร|ก็ไม่มีใคร)(เสียใจ|เดือดร้อน|คิดถึง|สนใจ|ร้องไห้|เสียดาย) | pred:violence | 0.9 | violence_group | severe

# ---- pred:threat: asking where they walk alone at night, "you know what to do"
re:ก็รู้(นะ|กัน)ว่า(ควร|ต้อง)(ทำ|จัดการ)(ยังไง|อะไร) | pred:threat | 0.75 | threat_violence
re:(อยาก|จะ)(เอา)?(ตีน|เท้า|ส้นตีน|ส้นเท้า)(ยัน|ถีบ|เหยียบ|ก่าย|ลูบ)(หน้า|ปาก|หัว) | pred:threat | 0.85 | threat_violence | severe
re:เห็น(กี่ที|ทีไร|ทุกที|เมื่อไหร่)(ก็)?อยาก(ตบ|ต่อย|เตะ|ถีบ|กระทืบ|ตื้บ|เอาตีน|เอาเท้า|อ้วก|อาเจียน|ฆ่า|ยิง) | pred:emotion | 0.9 | hate_emotion_group

# ---- pred:emotion: profanity at a group, "fed up as hell", hating "most in the world"
re:(เบื่อ|เกลียด|รำคาญ|เหม็น|เหม็นหน้า|หมั่นไส้|เซ็ง)ส้นตีน | pred:emotion | 0.85 | hate_emotion_group
re:(เกลียด|รังเกียจ|ชิงชัง|เหม็นขี้หน้า)([^.!?\nก ][^.!?\n]{0,19})?ที่สุดใน(โลก|ประเทศ|จักรวาล|ชีวิต|สามโลก) | pred:emotion | 0.95 | hate_emotion_group

# ---- target_group strength: stupid every day, trash of the field, locked away and forgotten
re:โง่(ได้)?(ทุกวัน|ขนาดนี้|ทุกที|ทุกปี|ไม่เปลี่ยน|ไม่หาย|ได้ขนาดนี้|ซ้ำซาก|ไม่มีวันหาย) | pred:attribute | 0.95 | negative_attribute_group
re:(คือ|เป็น)\s?ขยะ(ของ)?(วงการ|สังคม|ประเทศ|โลก|แผ่นดิน|สภา) | pred:dehumanise | 0.95 | dehumanising_group
re:ขังลืม(ให้หมด|ทั้งหมด|ทุกคน|ไปเลย|ซะ) | pred:violence | 0.95 | violence_group
re:(ถนัด|เก่ง|ทำเป็น)(แต่)?[:\s]{0,3}(โกหก|โกง|ขโมย|ตอแหล|แหกตา) | pred:attribute | 0.9 | negative_attribute_group

# ---- ctx:counter: objecting at once to what someone said
re:(เรา|ฉัน|ผม|หนู|ชั้น|ก็|เลย)(รีบ)?(แย้ง|เถียงกลับ|ค้าน|ติง|สวนกลับ|โต้กลับ)(ทันที|กลับ|ไป|เลย|ไปว่า) | ctx:counter
re:(มีคน|คนมา|ใครมา)(มา)?(บอก|พูด|สอน)(เรา|ฉัน|ผม|หนู)?ว่า | ctx:counter

# ---- harassment at a named person: "you'll get hurt", worst in the class, wishing them fired, knowing where they live
re:เจ็บตัว(แน่|แน่ๆ|แน่นอน|ไม่รู้ด้วย|ละกัน|แล้วกัน) | harassment | 0.8 | threat_violence | severe needs=target
re:(เจอ|เห็น)(หน้า)?(มึง|แก|เอ็ง|เธอ|ลื้อ)[^.!?\n]{0,25}(โดน|เละ|น่วม|ตาย|เจ็บ)(แน่|แน่ๆ|แน่นอน|แน่ๆ) | harassment | 0.85 | threat_violence | severe
re:(เหี้ย|เลว|ชั่ว|ระยำ|ห่วย|กาก|โง่|ควาย|สถุล|ตอแหล|เชี่ย|ถ่อย|ต่ำตม)ที่สุดใน(รุ่น|ห้อง|โรงเรียน|บริษัท|ทีม|ออฟฟิศ|โลก|ประเทศ|คณะ|หมู่บ้าน|จักรวาล|แผนก|ซอย|มหาลัย) | harassment | 0.8 | insult_at_person
re:(คือ|เป็น)(ตัวปลอม|ตัวแสบ|ตัวเหี้ย|ตัวอิจฉา|ตัวเสนียด|ตัวกาลกิณี|ตัวซวย) | harassment | 0.7 | insult_at_person
re:(ใคร)?(คบ|ยุ่ง|อยู่ใกล้|ทำงานกับ)(ด้วย)?(ก็)?(ซวย|ฉิบหาย|ชิบหาย|เจ๊ง|มีแต่เรื่อง)(ทุกคน|ทุกราย)? | harassment | 0.7 | insult_at_person
re:(ขี้ประจบ|ขี้เลีย|ขี้อิจฉา|ขี้เกียจสันหลังยาว|ขี้นินทา|ขี้ฟ้อง)[^.!?\n]{0,20}(ขี้ประจบ|ขี้เลีย|ขี้อิจฉา|สันหลังยาว|ขี้นินทา|ขี้ฟ้อง|หน้าด้าน|ตอแหล|ขี้โกง) | harassment | 0.75 | insult_at_person
re:ขอให้(โดน|ถูก|มัน)(ไล่ออก|ไล่ออกจากงาน|เลิกจ้าง|ตกงาน|รถชน|ฟ้าผ่า|เด้ง|ปลด|ตาย)(ไวๆ|เร็วๆ|สักที|ซะที|เถอะ|ด้วย|เร็วๆนี้)? | harassment | 0.75 | wish_harm
re:รู้(แล้ว|นะ|แล้วนะ)ว่าบ้าน[^.!?\n ]{0,12}อยู่(ไหน|ที่ไหน|ตรงไหน|ซอยไหน) | harassment | 0.8 | threat_violence | severe
re:(จะ)?(ไป)?(ดักรอ|ดักเจอ|ไปดัก|ดักตี|ดักตบ)(อยู่)?(หน้าประตู|หน้าบ้าน|หน้าหอ|หน้าห้อง|หน้าคอนโด|หน้าออฟฟิศ|ที่บ้าน|หน้าโรงเรียน)? | harassment | 0.7 | threat_violence | needs=target

# ---- derog_impl frames that recur: clutch the bag when passing them, smell that never washes out, "the rest, work it out",
# sarcasm "hardworking only at breeding", beyond their ability, family council, double locks, not like their own kind
re:(เอา|ดึง|รีบเอา|คว้า)(กระเป๋า|กระเป๋าสตางค์|กระเป๋าตังค์|มือถือ|โทรศัพท์|ของมีค่า)(มา)?(กอด|หนีบ|กำ|ถือ)(ไว้)?(ข้างหน้า|แน่น|แน่นๆ|ให้แน่น|หน้าอก)? | pred:attribute | 0.85 | negative_attribute_group
re:กลิ่น[^.!?\n]{0,12}(ล้าง|ขัด|เช็ด|ทำความสะอาด|ฉีด)(ยังไง|เท่าไหร่|เท่าไร|กี่รอบ)(ก็)?ไม่(ออก|หาย|หมด) | pred:attribute | 0.85 | negative_attribute_group
re:(เตรียมใจ|ทำใจ)(ได้|ไว้)?(เลย)?(ว่า)?(ได้)?(บ้าน|ห้อง|ของ)(คืน)?(มา)?(พัง|เละ|สกปรก|เหม็น|พร้อมกลิ่น) | pred:attribute | 0.8 | negative_attribute_group
re:(ที่เหลือ|ที่เหลือก็|ที่เหลือให้)(คิด|ตัดสิน|สรุป|เดา)(เอา)?เอง(นะ|ละกัน|แล้วกัน)? | pred:attribute | 0.85 | negative_attribute_group
re:(คนร้าย|ผู้ต้องหา|โจร|ขโมย|ผู้ก่อเหตุ)(ส่วนใหญ่|ทั้งหมด|ล้วน|ล้วนแต่)?(เป็น|คือ) | pred:attribute | 0.4 | negative_attribute_group
re:(ขยัน|เก่ง|ถนัด)แต่(เรื่อง)?(ปั๊มลูก|ออกลูก|ผลิตลูก|แพร่พันธุ์|ขยายพันธุ์|ขโมย|โกง|แบมือขอ|กินเหล้า|ก่อเรื่อง|ทะเลาะ|หาเรื่อง|เกาะกิน|ผลาญ|อู้) | pred:attribute | 0.85 | negative_attribute_group
re:เกิน(ความสามารถ|สติปัญญา|กำลังสมอง|ปัญญา|ความเข้าใจ|ขีดความสามารถ)(ของ)?(เขา|พวกเขา|มัน|พวกมัน|พวกนี้|พวกนั้น|เค้า|พวกเค้า) | pred:attribute | 0.85 | negative_attribute_group
re:(จะจ้าง|จะรับสมัคร|จะเลือก|หาคน|รับสมัคร)[^.!?\n]{0,20}(อย่า|ไม่ควร)(ไป)?(เลือก|จ้าง|รับ) | pred:exclude | 0.8 | exclusion_group
re:เรียกประชุม(ญาติ|ครอบครัว|ตระกูล|วงศ์ตระกูล|ญาติพี่น้อง) | pred:attribute | 0.8 | negative_attribute_group
re:(ปิดประตู|ลงกลอน|ล็อคประตู|ล็อกประตู|ใส่กุญแจ)(ลงกลอน|ล็อค|ล็อก)?\s?(สอง|2|สาม|3)\s?ชั้น | pred:attribute | 0.8 | negative_attribute_group
re:อย่าปล่อย(ให้)?(เด็ก|ลูก|ลูกหลาน|ลูกสาว|หลาน)(ออกไป)?(เล่น|เดิน|อยู่|ไป)(คนเดียว|ตามลำพัง|ลำพัง) | pred:attribute | 0.8 | negative_attribute_group
re:(ให้|ยอมให้)(ลูก|เด็ก|ลูกสาว|ลูกชาย|หลาน)[^.!?\n]{0,15}(คันเดียวกับ|ห้องเดียวกับ|โต๊ะเดียวกับ|รถเดียวกับ|ที่เดียวกับ) | pred:exclude | 0.75 | exclusion_group
re:(ไม่เหมือน|ผิดกับ|ต่างจาก)(พวกเดียวกัน|คนพวกเดียวกัน|พวกที่เหลือ|พวกพ้อง) | pred:attribute | 0.85 | negative_attribute_group
re:(บริษัท|ประเทศ|องค์กร|ทีม|ร้าน|บ้านเมือง|โรงเรียน)(ก็)?(คง|คงจะ)(ได้)?(ยื่น)?(ล้มละลาย|เจ๊ง|ล่มจม|พัง|ฉิบหาย|ปิดตัว|ไปไม่รอด) | pred:attribute | 0.8 | negative_attribute_group
re:(ต้นตอ|ต้นเหตุ|ตัวการ|สาเหตุ)(ก็)?(ต้อง)?(โยง|ชี้|วน|มา)(ไป)?(ถึง|ที่|หา) | pred:attribute | 0.85 | negative_attribute_group
re:(ชัด|ชัดเจน|ชัดยิ่งกว่าชัด|รู้ๆกันอยู่|รู้กันอยู่|เดาได้|เดาไม่ยาก)(แล้ว)?(ว่า)?(เป็น)?(ฝีมือใคร|ใครทำ|ฝีมือพวก|ใครขโมย) | pred:attribute | 0.85 | negative_attribute_group
re:ขโมยขึ้นบ้าน(แทบ)?ทุก(เดือน|วัน|คืน|อาทิตย์|สัปดาห์) | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:exclude: "if nobody drives them out ..."
re:(ถ้า|หาก)ไม่(มีใคร)?(ไล่|กำจัด|กวาดล้าง|ไล่ออก|ไล่ไป|ไล่ตะเพิด)(ออก)?(ไป)? | pred:exclude | 0.8 | exclusion_group

# ---- pred:threat: "I'll knock every one of them flat" (first person or future only: sports reports use the same verbs)
re:(กู|ผม|ข้า|จะ|เดี๋ยว)(จะ)?(ฟาด|ตี|ทุบ|ซัด|ต่อย|ชก|ตบ|ถีบ|เตะ|กระทืบ)ให้(คว่ำ|หงาย|หงายหลัง|ร่วง|สลบ|น็อค|น็อก|เละ|กระเด็น|หัวทิ่ม|ดับ|จุก)(ทุกคน|ทุกตัว|ให้หมด|เลย)? | pred:threat | 0.9 | threat_violence | severe

# ---- ctx:counter: condemning bigots ("staff who look down on X should be fired")
re:ที่(เหยียด|เหยียดหยาม|ดูถูก|ล้อเลียน|บูลลี่|กลั่นแกล้ง|รังแก|คุกคาม)(ผู้|คน|ชาว|พวก)? | ctx:counter

# ---- pred:threat: fuel ready by the gallon
re:(น้ำมัน|เบนซิน|ทินเนอร์)(ก็)?(เตรียม|พร้อม|ตุน)(ไว้)?(แล้ว)?[^.!?\n]{0,15}(แกลลอน|ถัง|ลิตร) | pred:threat | 0.9 | threat_violence | severe
# ---- pred:exclude: "is it wrong if I don't let them in / rent to them?"
re:(ผิด(มั้ย|ไหม|มั๊ย|หรอ|เหรอ|ป่ะ)|จะผิดไหม|จะผิดมั้ย)\s?(ถ้า|หาก)[^.!?\n]{0,20}(ไม่ให้|ไม่รับ|ห้าม|ไม่จ้าง|ไม่ขาย|ไม่ต้อนรับ|ไล่|ไม่ให้เช่า) | pred:exclude | 0.85 | exclusion_group
