@format 1
@lang th
@source Original work written for Waspada, 2026-12: scam wording families generalised from the misses of a second writer's tuning set (tests/scam_tuning), never from held-back suites or held-out messages
@licence MIT
# Thai scam parts, second pass: families of wordings that th.scamparts.lex does not yet cover.
# Thai has no word edges, so every plain term matches as a substring: terms are long enough to
# mean one thing, and words that also sit inside everyday words are written as patterns with the
# neighbour excluded (ที่รัก but not ที่รักษา; เครื่องหาย but not เครื่องหายใจ).
# Latin brand names are bounded patterns, not plain terms: a plain Latin sender is also a word
# looked for in link hosts, and these brands' own domains are not in ../misinfo/brands.tsv.
# The engine folds a leading 7 or 3 next to Latin letters as leetspeak (7-Eleven is t-eleven,
# 3BB is ebb), so those patterns spell both.
# Everything here is a part: it never warns alone, only where an action meets a sender or problem.
# term | class | weight | kind

# ============================================================================================
# scam:sender
# ============================================================================================
# --- the central bank's short name, toll roads, courts, immigration ---------------------------
ธปท.                    | scam:sender | 0.6  | government
ธ.ป.ท.                  | scam:sender | 0.6  | government
การทางพิเศษ             | scam:sender | 0.7  | government
ทางพิเศษ                | scam:sender | 0.5  | government
กทพ.                    | scam:sender | 0.65 | government
re:(^|[^a-z0-9])m-?flow([^a-z0-9]|$) | scam:sender | 0.7 | government
re:(^|[^a-z0-9])easy ?pass([^a-z0-9]|$) | scam:sender | 0.7 | government
เอ็มโฟลว์                | scam:sender | 0.7  | government
อีซี่พาส                 | scam:sender | 0.7  | government
ศาลจังหวัด               | scam:sender | 0.6  | government
ศาลแขวง                 | scam:sender | 0.6  | government
ศาลยุติธรรม              | scam:sender | 0.6  | government
ตรวจคนเข้าเมือง           | scam:sender | 0.55 | government
ตม.                     | scam:sender | 0.5  | government
# --- wallets and merchant apps a fake buyer "paid through" ------------------------------------
แม่มณี                   | scam:sender | 0.55 | wallet
re:(^|[^a-z0-9])k ?shop([^a-z0-9]|$) | scam:sender | 0.65 | wallet
เคช็อป                  | scam:sender | 0.65 | wallet
re:(^|[^a-z0-9])(lazada|shopee|true ?money|rabbit line|line) ?wallet([^a-z0-9]|$) | scam:sender | 0.7 | wallet
re:(^|[^a-z0-9])paypal([^a-z0-9]|$) | scam:sender | 0.6 | wallet
เพย์พาล                 | scam:sender | 0.6  | wallet
# --- telecoms and their "technicians" ---------------------------------------------------------
re:(^|[^a-z0-9])(3bb|ebb)([^a-z0-9]|$) | scam:sender | 0.7 | telecom
ทรีบีบี                   | scam:sender | 0.7  | telecom
re:(ค่าย|เบอร์|ซิม|เครือข่าย|ฝ่ายเทคนิค|หมายเลข|เจ้าหน้าที่|ลูกค้า)\s?true([^a-z0-9]|$) | scam:sender | 0.6 | telecom
ฝ่ายเทคนิค               | scam:sender | 0.45 | telecom
ช่างเทคนิค               | scam:sender | 0.35 | telecom
# --- couriers' riders by brand --------------------------------------------------------------
re:(ไรเดอร์|พนักงานส่งของ|คนส่งของ|แมส)\s?(flash|kerry|j&t|jnt|lalamove|grab|lineman|spx|shopee|best|ninja|แฟลช|เคอรี่|เจแอนด์ที|ไปรษณีย์|ลาล่ามูฟ|แกร็บ|ไลน์แมน) | scam:sender | 0.7 | courier
ไรเดอร์                  | scam:sender | 0.3  | courier
# --- refund and support desks, admins of a brand, shop names before Thai text -----------------
ฝ่ายคืนเงิน              | scam:sender | 0.6  | platform
แผนกคืนเงิน              | scam:sender | 0.6  | platform
ฝ่ายบริการหลังการขาย      | scam:sender | 0.5  | platform
re:แอดมิน\s?(true ?money|truemoney|ทรูมันนี่|shopee|ช้อปปี้|lazada|ลาซาด้า|line|ไลน์|เป๋าตัง|ธนาคาร|แบงก์|เพจ) | scam:sender | 0.6 | platform
เซเว่น                   | scam:sender | 0.35 | platform
re:(^|[^a-z0-9])(7|t)-?eleven([^a-z0-9]|$) | scam:sender | 0.55 | platform
re:^\[?(line|facebook|meta|tiktok|instagram|google|apple|netflix|microsoft)\]?\s?: | scam:sender | 0.55 | platform
re:(^|[^a-z0-9])(central|robinson|the mall|lotus's|lotuss|tops|makro|big c)\s?(:|[ก-๙]) | scam:sender | 0.5 | platform
# --- lenders by name ------------------------------------------------------------------------
เงินติดล้อ                | scam:sender | 0.6  | lender
เมืองไทยแคปปิตอล         | scam:sender | 0.6  | lender
อิออน                   | scam:sender | 0.45 | lender
re:(^|[^a-z0-9])aeon([^a-z0-9]|$) | scam:sender | 0.5 | lender
ไทยเครดิต               | scam:sender | 0.5  | lender
# --- "it's me": a stranger who knows your child, a partner, the one who lost the old phone ----
re:(ครู|อาจารย์|เพื่อน|หัวหน้า|เจ้านาย|ครูประจำชั้น|ครูที่ปรึกษา)(ของ)?(ลูก|หลาน)(คุณ|ท่าน|พี่) | scam:sender | 0.6 | relative
re:ที่รัก([^ษ]|$)         | scam:sender | 0.3  | relative
เพื่อนจ๋า                 | scam:sender | 0.4  | relative
# the identity a romance scammer claims: a soldier, an army doctor, an engineer abroad
re:(ผม|ฉัน)(เป็น|ทำงานเป็น)(ทหาร|หมอทหาร|แพทย์ทหาร|วิศวกร|กัปตัน|นายพล|นักบิน) | scam:sender | 0.35 | relative
เบบี๋                    | scam:sender | 0.3  | relative
หวานใจ                  | scam:sender | 0.3  | relative
re:^(darling|honey|babe|baby|my love|sweetheart|dear)([^a-z]|$) | scam:sender | 0.3 | relative
re:(เครื่อง|มือถือ|โทรศัพท์|ไอโฟน|ซิม)(เก่า)?(หาย|ทำหาย|ตกหาย|ถูกขโมย|โดนขโมย|โดนล้วง)([^ใ]|$) | scam:sender | 0.55 | relative
ลบเบอร์เก่า              | scam:sender | 0.55 | relative
re:(ยืม|ใช้)(มือถือ|เครื่อง|โทรศัพท์|ไลน์|เฟส)(ของ)?(เพื่อน|คนอื่น|พี่|น้อง)(พิมพ์|ทัก|ส่ง|โทร) | scam:sender | 0.6 | relative
# the child or grandchild naming themself and saying they cannot talk now
re:(หนู|หลาน|ลูก)(โทร|คุย)ไม่สะดวก | scam:sender | 0.4 | relative
# --- recruiters that "got your CV" ---------------------------------------------------------
re:ได้รับ(ประวัติ|เรซูเม่|resume|cv|ใบสมัคร)(ของ)?(คุณ|ท่าน)?(มา)?จาก | scam:sender | 0.6 | employer
ฝ่ายสรรหา               | scam:sender | 0.5  | employer
# --- investment: free stock classes, trade signals, "secret platforms", mining on a phone ------
เรียนหุ้นฟรี              | scam:sender | 0.65 | investment
กลุ่มเรียนหุ้น             | scam:sender | 0.6  | investment
สอนเทรดฟรี              | scam:sender | 0.6  | investment
สัญญาณเทรด             | scam:sender | 0.55 | investment
re:เทรด(ทอง|ทองคำ|ค่าเงิน|ฟอเร็กซ์|คริปโต|เหรียญ) | scam:sender | 0.4 | investment
แพลตฟอร์มลับ            | scam:sender | 0.6  | investment
เผยแพลตฟอร์ม            | scam:sender | 0.55 | investment
re:ขุด\s?(bitcoin|บิทคอยน์|บิตคอยน์|btc|เหรียญ|คริปโต|crypto|อีเธอเรียม|ethereum|eth|usdt|bnb|doge|dogecoin|solana|xrp) | scam:sender | 0.5 | investment
re:ขุด\s?[a-z]{2,12}\s?ผ่าน(มือถือ|แอป|แอพ|โทรศัพท์|เว็บ) | scam:sender | 0.55 | investment
re:(^|[^a-z0-9])(bitcoin|usdt|crypto|ethereum|dogecoin|solana)([^a-z0-9]|$) | scam:sender | 0.3 | investment
บิทคอยน์                 | scam:sender | 0.3  | investment
คริปโต                  | scam:sender | 0.3  | investment

# ============================================================================================
# scam:problem
# ============================================================================================
# --- account: the service moved to an app, a version stopped or too old, a hacked device ------
re:ต้อง(ติดตั้ง|ดาวน์โหลด|โหลด)(แอป|แอพ)?\s?(เวอร์ชัน|เวอร์ชั่น)ใหม่ | scam:problem | 0.5 | account
ยืนยันการสมัครงาน         | scam:problem | 0.45 | account
re:(ย้าย|เปลี่ยน)(ระบบ)?(ไป|มา)(ที่|ยัง|ใช้|เป็น)?\s?(แอป|แอพ|แอปพลิเคชัน|แอพพลิเคชั่น|application) | scam:problem | 0.5 | account
re:(เวอร์ชัน|เวอร์ชั่น|แอป|แอพ|ระบบ)\S{0,15}(หยุดให้บริการ|ยกเลิกการให้บริการ|ปิดให้บริการ|ไม่รองรับแล้ว|ใช้งานไม่ได้แล้ว) | scam:problem | 0.5 | account
re:(เวอร์ชัน|เวอร์ชั่น)\S{0,12}(เก่าเกินไป|ล้าสมัย|หมดอายุ|ไม่รองรับ) | scam:problem | 0.55 | account
re:(play store|google play|app store|เพลย์สโตร์|แอปสโตร์)\s?(ยังไม่|ไม่)(อัปเดต|อัพเดท|อัพเดต|มี) | scam:problem | 0.6 | account
re:(อินเทอร์เน็ต|อินเตอร์เน็ต|เน็ต|เราเตอร์|ไวไฟ|wifi|wi-fi|มือถือ|โทรศัพท์|เครื่อง|คอม|คอมพิวเตอร์|อุปกรณ์)(บ้าน)?(ของ)?(คุณ|ท่าน)?\s?(โดน|ถูก|กำลังถูก)(แฮก|แฮ็ก|แฮค|แฮ็ค|เจาะ|บุกรุก|ฝังไวรัส|ฝังมัลแวร์) | scam:problem | 0.6 | account
re:(ติด|มี)(ไวรัส|มัลแวร์|สปายแวร์)   | scam:problem | 0.4 | account
re:(เบอร์|หมายเลข|ซิม)\S{0,25}(ผูก|ลงทะเบียน)\S{0,15}หมดอายุ | scam:problem | 0.6 | account
ผูกเบอร์ใหม่              | scam:problem | 0.55 | account
re:(อัปเกรด|อัพเกรด)(เป็น)?\s?บัญชี(ร้านค้า|ธุรกิจ|ผู้ขาย|แม่ค้า|พ่อค้า|ร้าน|การค้า) | scam:problem | 0.7 | account
re:เงิน(เลย|ยัง|จึง|ของคุณ|ที่โอน)?(ค้าง|ติด|ถูกพัก)(อยู่|ในระบบ) | scam:problem | 0.5 | account
re:ยืนยัน(ว่า)?(พี่|คุณ|ท่าน|น้อง)?(เป็น)?(คนขาย|ผู้ขาย|เจ้าของ(สินค้า|บัญชี)?)(ตัว)?จริง | scam:problem | 0.6 | account
re:เข้า(บัญชี|ไลน์|เฟส|เฟซ|อีเมล|ไอจี)(ของ)?ตัวเองไม่ได้ | scam:problem | 0.5 | account
re:(ส่ง|ส่งรหัส|ส่งโค้ด)\S{0,30}(โดยไม่ตั้งใจ|โดยผิดพลาด|ผิดพลาด|ผิดเบอร์|ผิดคน) | scam:problem | 0.65 | account
# a fake buyer: "I paid, now confirm receipt of the money at this link"
re:(กด)?ยืนยัน(การ)?รับเงิน | scam:problem | 0.5 | account
re:(ย้าย|โอนย้าย)(สิทธิ์|แพ็กเกจ|แพ็คเกจ|โปรโมชั่น|โปร|ค่าย) | scam:problem | 0.4 | account
# --- parcels: a name that does not match the record, goods released only after a code ---------
re:(พัสดุ|กล่อง)(ของ)?(คุณ|ท่าน)\S{0,20}(พบ|ตรวจพบ|มี)(สิ่งของ|สิ่ง|ของ|สาร|ยา)ผิดกฎหมาย | scam:problem | 0.8 | legal
re:(พบ|ตรวจพบ|มี)(สิ่งของ|สิ่ง|ของ|สาร|ยา)ผิดกฎหมาย\S{0,6}(ใน)?(พัสดุ|กล่อง) | scam:problem | 0.75 | legal
re:(ชื่อ|ที่อยู่)ผู้รับ(พัสดุ)?\S{0,30}ไม่ตรง | scam:problem | 0.55 | parcel
re:(ชื่อ|ที่อยู่)\S{0,20}ไม่ตรงกับ(ทะเบียน|ฐานข้อมูล|ระบบ|บัตรประชาชน) | scam:problem | 0.55 | parcel
re:(ถึงจะ|จึงจะ)ปล่อย(ของ|พัสดุ|สินค้า)   | scam:problem | 0.5 | parcel
# --- refunds and state aid -----------------------------------------------------------------
re:คืนเงิน\s?(ค่าสินค้า|ค่าคำสั่งซื้อ|ค่าออเดอร์|ให้คุณ|ให้ท่าน|ส่วนต่าง) | scam:problem | 0.5 | refund
เพื่อคืนเงิน              | scam:problem | 0.45 | refund
re:(รับ|ขอ)(ยอด)?เงินคงเหลือ | scam:problem | 0.5 | refund
เงินคงเหลือคืน            | scam:problem | 0.55 | refund
เงินดิจิทัล               | scam:problem | 0.45 | refund
รอบเก็บตก               | scam:problem | 0.45 | refund
re:ยังไม่ได้รับ(เงิน|สิทธิ์|เงินคืน|เงินเยียวยา) | scam:problem | 0.45 | refund
# --- prizes: a number drawn, spin the wheel, everybody wins, confirm your right ---------------
re:(สติกเกอร์|สติ๊กเกอร์|ธีม|คูปอง|บัตรกำนัล|voucher|เครดิต)(ไลน์|line)?\s?ฟรี | scam:problem | 0.5 | prize
ถูกสุ่ม                  | scam:problem | 0.55 | prize
re:(เบอร์|หมายเลข|บัญชี)\S{0,20}(ถูกสุ่ม|ได้รับการสุ่ม|ถูกเลือก) | scam:problem | 0.7 | prize
แจกจริง                  | scam:problem | 0.5  | prize
หมุนวงล้อ                | scam:problem | 0.4  | prize
ทุกคนได้รางวัล             | scam:problem | 0.7  | prize
ลูกค้าคนพิเศษ             | scam:problem | 0.4  | prize
re:(เน็ต|อินเทอร์เน็ต|อินเตอร์เน็ต|ดาต้า|data)\s?ฟรี | scam:problem | 0.45 | prize
ได้รางวัลทุกคน             | scam:problem | 0.7  | prize
ยืนยันสิทธิ์               | scam:problem | 0.4  | prize
เพื่อยืนยันสิทธิ์            | scam:problem | 0.55 | prize
re:ช่วย(หนู|ผม|ลูก|หลาน|เรา|น้อง|พี่)?\s?โหวต | scam:problem | 0.55 | prize
โหวตประกวด              | scam:problem | 0.5  | prize
# --- jobs: minutes a day, part-time reviews, top-up "missions", the border-casino job ---------
re:ทำ(แค่|เพียง)?(วันละ|ต่อวัน)\s?\d+(\s?-\s?\d+)?\s?(นาที|ชั่วโมง|ชม) | scam:problem | 0.5 | job
re:(พาร์ทไทม์|พาร์ทไทม|part-?time)\s?(รีวิว|กดไลก์|กดไลค์|กดออเดอร์|แอดมิน) | scam:problem | 0.6 | job
re:ภารกิจ\S{0,6}(เติมยอด|เติมเงิน|สำรองจ่าย|ฝากเงิน) | scam:problem | 0.75 | job
re:คืน(ทุน|เงินต้น)\s?(\+|บวก|พร้อม)\s?(คอม|ค่าคอม|กำไร|โบนัส) | scam:problem | 0.7 | job
ได้เงินทุกวัน              | scam:problem | 0.5  | job
ทำผ่านมือถือ              | scam:problem | 0.45 | job
re:ไม่(มี|ต้องมี|ต้องใช้|ต้องทำ)\s?(พาสปอร์ต|หนังสือเดินทาง|วีซ่า)\S{0,6}(ก็)?(ไป|เดินทาง|ทำงาน|ข้าม)ได้ | scam:problem | 0.75 | job
เมียวดี                  | scam:problem | 0.45 | job
ชเวโก๊กโก่               | scam:problem | 0.6  | job
สีหนุวิลล์                | scam:problem | 0.5  | job
ปอยเปต                  | scam:problem | 0.4  | job
re:(บริษัท)?ออกค่า(ตั๋ว|เครื่องบิน|เดินทาง)ให้ | scam:problem | 0.45 | job
ไม่ต้องใช้วุฒิ             | scam:problem | 0.35 | job
# --- investment: rates per day written the other way round, sure winners, rich fast ----------
re:(ผลตอบแทน|กำไร|ปันผล|ดอกเบี้ย|ได้เงิน|รายได้)\s?(วันละ|ต่อวัน|รายวัน|ทุกวัน|สัปดาห์ละ|อาทิตย์ละ|เดือนละ|ต่อเดือน|ต่อสัปดาห์|ทุกสัปดาห์|ทุกอาทิตย์|ทุกเดือน|รายสัปดาห์|รายเดือน)\s?\d+(\.\d+)?\s?% | scam:problem | 0.8 | investment
re:(ขึ้นแน่|กำไรแน่|ขึ้นชัวร์|ได้แน่|บวกแน่)\s?\d+\s?% | scam:problem | 0.7 | investment
re:(รับ|แจก)?หุ้น(ฟรี|เด้ง|ตัวเด็ด|ตัวเต็ง|ตัวแรง)   | scam:problem | 0.55 | investment
แจกหุ้น                 | scam:problem | 0.5  | investment
ทำกำไรกันไป             | scam:problem | 0.55 | investment
re:กำไร(ไป)?\s?[\d,]+\s?(บาท)?\s?(ใน|ภายใน)\s?(ชั่วโมง|วัน|คืน|สัปดาห์|อาทิตย์)(เดียว)? | scam:problem | 0.7 | investment
re:รวย(ภายใน|ใน)\s?(ปีเดียว|เดือนเดียว|สัปดาห์เดียว|ไม่กี่วัน|ไม่กี่เดือน|\d+\s?(วัน|เดือน)) | scam:problem | 0.65 | investment
ที่ทำให้รวย              | scam:problem | 0.4  | investment
ปันผลเข้าทุก             | scam:problem | 0.55 | investment
re:ชวนเพื่อน\S{0,6}(ได้|รับ)(ค่าคอม|โบนัส|เงิน|เพิ่ม) | scam:problem | 0.6 | investment
ไม่ต้องซื้อเครื่อง          | scam:problem | 0.35 | investment
# --- loans: approved amounts, a contract "deposit", money released after a fee ---------------
re:(ได้รับ)?(การ)?อนุมัติ(วงเงิน|สินเชื่อ|เงินกู้|ยอดกู้) | scam:problem | 0.6 | loan
re:ค่า(ประกัน|ค้ำ|มัดจำ|ทำ|ดำเนินการ|เปิด)(สัญญา|วงเงิน|เงินกู้|ยอดกู้) | scam:problem | 0.75 | fee
re:เพื่อให้ระบบ(ปล่อย|โอน|อนุมัติ) | scam:problem | 0.65 | fee
re:ปล่อย(เงิน|ยอด)(กู้)?เข้าบัญชี | scam:problem | 0.6 | fee
# --- romance: paid leave, the visa and flights, held at immigration, a base abroad ------------
re:ค่า(อนุมัติ(การ)?ลา|วันลา|ลาพัก|ทำเรื่องลา|ลาออกจากกองทัพ|ปลดประจำการ) | scam:problem | 0.75 | romance
ฐานทัพ                  | scam:problem | 0.5  | romance
re:(เหลือ|เหลือแค่|ขาดแค่|ขาดอีก)\s?ค่า(วีซ่า|ตั๋ว|เครื่องบิน|เดินทาง|ภาษี|ธรรมเนียม|ปรับ|ประกัน) | scam:problem | 0.6 | romance
re:จะได้(เจอ|อยู่ด้วย|พบ)กัน(แล้ว|สักที|ซะที) | scam:problem | 0.35 | romance
re:ที่เหลือ(คุณ|เธอ|ที่รัก)(ช่วย|ออก|จ่าย) | scam:problem | 0.65 | romance
re:(กักตัว|กักขัง|ควบคุมตัว|กัก)(ผม|ฉัน|ตัวผม|ตัวฉัน)ไว้ | scam:problem | 0.6 | legal
re:พก(เงินสด|เงิน|ทองคำ|ทอง)\S{0,6}เกิน | scam:problem | 0.65 | legal
re:(ถึงจะ|จึงจะ|ก่อนจะ)ปล่อยตัว | scam:problem | 0.55 | legal
re:(ผม|ฉัน)?เข้าถึง(เงิน|บัญชี)\S{0,20}ไม่ได้ | scam:problem | 0.45 | fee
re:(บัตรเครดิต|บัตร|บัญชี)(ผม|ฉัน|ของผม|ของฉัน)(โดน|ถูก)(อายัด|ระงับ|ล็อก|ล็อค|บล็อก) | scam:problem | 0.55 | fee
# --- legal: default on a card, judgement in your absence --------------------------------------
ผิดนัดชำระ               | scam:problem | 0.45 | legal
# --- voicemail: voice notes not yet opened -------------------------------------------------
โน้ตเสียง                | scam:problem | 0.4  | voicemail
re:(ข้อความ|โน้ตเสียง|ข้อความเสียง|คลิปเสียง|วอยซ์|voice)\S{0,30}ที่ยังไม่ได้(เปิด|ฟัง|อ่าน) | scam:problem | 0.65 | voicemail
# --- fees and emergencies: tolls overdue, surgery, the dorm, "I'll pay back at month end" -----
re:(ค่าผ่านทาง|ค่าทางด่วน|ค่าโทรศัพท์|ค่าบริการ|ค่าน้ำ|ค่าปรับ|ภาษีรถ|ค่างวด|ค่าอินเทอร์เน็ต|ค่าเน็ต|ค่าไฟ)\S{0,25}\s?ค้างชำระ | scam:problem | 0.6 | fee
ค่าผ่านทาง               | scam:problem | 0.35 | fee
re:ค่า(เปิดระบบ|เปิดยูส|เปิดบัญชีงาน|ลงทะเบียนงาน|ชุดอุปกรณ์|ประกันงาน|สมัครงาน) | scam:problem | 0.7 | fee
re:ได้คืน(หลัง|ตอน|เมื่อ)(ทำ|จบ|เสร็จ) | scam:problem | 0.55 | fee
re:(ซื้อ|สั่ง|จ่ายค่า)(ชุด)?อุปกรณ์(ทำงาน)?ก่อน | scam:problem | 0.6 | fee
re:(มี)?ปัญหา(เรื่อง)?(เงิน|การเงิน)(ด่วน)? | scam:problem | 0.5 | fee
re:มีเรื่อง(ด่วน|สำคัญ|จำเป็น|เดือดร้อน)(มาก)?(จะ)?(ปรึกษา|ขอ|ให้ช่วย|อยากให้ช่วย|จะเล่า) | scam:problem | 0.55 | fee
re:(สิ้นเดือน|เงินเดือนออก|เงินออก|อาทิตย์หน้า|เดือนหน้า|ได้เงินแล้ว|วันจันทร์)(จะ)?(รีบ)?(คืน|ใช้คืน|โอนคืน) | scam:problem | 0.45 | fee
re:(ไล่ออกจากหอ|ไล่ออกจากห้อง|ค่าหอ|ค่าห้อง|ค่าเทอม)\S{0,20}(วันนี้|ไม่ทัน|ไม่พอ) | scam:problem | 0.5 | fee

# ============================================================================================
# scam:pressure
# ============================================================================================
re:ก่อน\s?\d{1,2}[:.]\d{2}\s?(น\.|นาฬิกา)? | scam:pressure | 0.5 | deadline
re:(\d{1,2}\s?/\s?\d{1,2}|พรุ่งนี้|สิ้นเดือน)\s?(นี้)?\s?เท่านั้น | scam:pressure | 0.4 | deadline
re:ก่อน(โดน|ถูก)(ลบ|ปิด|แบน|ระงับ|บล็อก) | scam:pressure | 0.6 | deadline
รีบอ่าน                  | scam:pressure | 0.35 | deadline
ที่นั่งมีจำกัด              | scam:pressure | 0.5  | deadline
รับจำนวนจำกัด            | scam:pressure | 0.5  | deadline
re:เร็ว\s?ๆ\s?(ด้วย|นะ|หน่อย) | scam:pressure | 0.35 | deadline
จะถูกปรับ                | scam:pressure | 0.6  | threat
ระงับการต่อภาษี           | scam:pressure | 0.65 | threat
จะถูกริบ                 | scam:pressure | 0.7  | threat
พิจารณาลับหลัง           | scam:pressure | 0.6  | threat
re:(หาก|ถ้า)ไม่(มา|ไป)(ศาล|ตามนัด|พบ|รายงานตัว) | scam:pressure | 0.65 | threat
re:จะ(โดน|ถูก)ไล่ออก      | scam:pressure | 0.4 | threat
ไม่งั้น                   | scam:pressure | 0.3  | threat
re:(โทร|คุย)ไม่สะดวก       | scam:pressure | 0.45 | secrecy
re:(ติดธุระ|ติดประชุม|ติดเรียน)อยู่ | scam:pressure | 0.3 | secrecy
re:(เย็นนี้|คืนนี้|พรุ่งนี้|ไว้)(ค่อย|จะ)เล่าให้ฟัง | scam:pressure | 0.4 | secrecy
re:ไม่มีใคร(แล้ว)?(นอกจาก|ยกเว้น)(คุณ|เธอ|ที่รัก) | scam:pressure | 0.5 | secrecy

# ============================================================================================
# scam:action
# ============================================================================================
# --- links: tap to link/update/register, sign up on "this platform", share to win -------------
re:(แตะ|กด|คลิก|คลิ๊ก)(ที่นี่)?เพื่อ(ผูก|อัปเดต|อัพเดท|อัพเดต|เปลี่ยน|ลงทะเบียน|กู้คืน|ปลดล็อก|ปลดล็อค|เข้าสู่ระบบ|ดำเนินการ|ตรวจสอบ|ยกเลิก|รับสิทธิ์|ยืนยันสิทธิ์) | scam:action | 0.75 | link
กดลงทะเบียน             | scam:action | 0.6  | link
re:สมัคร(ใน|ที่|ผ่าน|บน)(แพลตฟอร์ม|เว็บ|แอป|แอพ|ลิงก์|ลิงค์) | scam:action | 0.6 | link
กดรับที่                 | scam:action | 0.65 | link
re:แชร์(โพสต์|โพส|ต่อ)?(นี้)?\s?\d+\s?(กลุ่ม|คน|ครั้ง) | scam:action | 0.6 | link
re:(ดู|เปิด|ตรวจสอบ|ดาวน์โหลด)(เอกสาร|หมาย|สำนวน)(คดี|ศาล) | scam:action | 0.65 | link
re:(เข้าสู่ระบบ|ล็อกอิน|login)\s?(ด้วย|โดยใช้)\s?(เบอร์|อีเมล|รหัสผ่าน|ชื่อผู้ใช้|บัญชี) | scam:action | 0.65 | details
re:ยืนยัน(บัญชี|ตัวตน)?\s?(ด้วย|โดยใช้|โดยกรอก)\s?(รหัสผ่าน|พาสเวิร์ด|password|รหัส\s?pin|รหัส atm) | scam:action | 0.8 | details
# --- apps: remote control, the bank app left open, a "partner's" app ------------------------
re:(รีโมต|รีโมท|remote)\s?(เข้า|ควบคุม) | scam:action | 0.75 | app
ควบคุมเครื่องจากระยะไกล   | scam:action | 0.8  | app
ควบคุมระยะไกล           | scam:action | 0.45 | app
re:เปิด(แอป|แอพ)(ธนาคาร|กระเป๋าเงิน|วอลเล็ท|วอลเล็ต|เป๋าตัง)\S{0,6}(ค้างไว้|ทิ้งไว้) | scam:action | 0.75 | app
re:(แอป|แอพ)(ของ)?พาร์ทเนอร์ | scam:action | 0.55 | app
re:เปิดบัญชี(ใน|ที่|ผ่าน|บน)(แอป|แอพ|เว็บ|แพลตฟอร์ม) | scam:action | 0.45 | details
# --- money: top up for me, send it first, a deposit, a hospital's or officer's account --------
re:(ช่วย)?เติม(เงิน)?ให้(หนู|ผม|ลูก|หลาน|เรา|พี่|น้อง)   | scam:action | 0.6  | transfer
re:เติม(เงิน)?\s?[฿\d]   | scam:action | 0.45 | transfer
re:(ช่วย)?โอน(มา|ไป)ก่อน  | scam:action | 0.6 | transfer
วางมัดจำ                 | scam:action | 0.6  | transfer
# the ask written before the sum, so that the sum after it counts
re:ขอยืม(เงิน)?(คุณ|หน่อย)? | scam:action | 0.5  | transfer
re:บัญชี(ของ)?(คุณหมอ|หมอ|โรงพยาบาล|ครู|ทนาย|ทนายความ) | scam:action | 0.55 | transfer
บัญชีเจ้าหน้าที่             | scam:action | 0.7  | transfer
re:ฝาก(แค่|สัก|เพียง|ขั้นต่ำ)\s?[฿\d] | scam:action | 0.65 | transfer
re:(โอน|จ่าย)แล้วส่งสลิป   | scam:action | 0.55 | transfer
re:(โอน|ส่ง)(เงิน)?(เข้า)?(บัญชี|พร้อมเพย์)(ของ)?เพื่อน | scam:action | 0.6 | transfer
เคลียร์ยอด               | scam:action | 0.55 | transfer
# --- codes: "send me the code", a screenshot of it, the number on your screen ----------------
re:(ส่ง|บอก|แจ้ง|แคป|ถ่ายรูป)(โค้ด|code|รหัส)\s?(นั้น|นี้|ที่ได้|ที่ได้รับ|ที่ส่งไป|ที่ส่ง|ที่เด้งขึ้น|ที่เด้ง|ยืนยัน|otp|โอทีพี|\d\s?หลัก)?\s?(ทาง\s?sms|นั้น|นี้)?\s?(กลับ)?มา(ให้|ทาง|ที่) | scam:action | 0.8 | code
re:(ส่ง|บอก|แจ้ง)(โค้ด|code) | scam:action | 0.5 | code
re:(โค้ด|code)ที่(เพิ่ง)?ได้รับ | scam:action | 0.5 | code
re:รหัส\s?\d{1,2}\s?หลัก\s?(นั้น|นี้)?\s?ที่(เพิ่ง)?ได้รับ | scam:action | 0.7 | code
re:กด\s?\d\s?เพื่อ(คุย|ติดต่อ|พูด|สนทนา|ฟัง|โอนสาย) | scam:action | 0.75 | call
re:ฟัง(ข้อความเสียง|ข้อความ|คลิปเสียง)(ได้)?ที่ | scam:action | 0.7 | link
re:ขอ(เลข|หมายเลข)\s?(otp|โอทีพี) | scam:action | 0.85 | code
re:(บอก|แจ้ง|ส่ง)(เลข|หมายเลข)\s?(otp|โอทีพี) | scam:action | 0.85 | code
re:(ตอบกลับ|ส่งกลับ|แจ้งกลับ|พิมพ์กลับ)(ข้อความนี้)?\s?(ด้วย)?\s?(รหัส|โค้ด|code|otp|โอทีพี) | scam:action | 0.85 | code
re:(รหัส|โค้ด|otp|โอทีพี).{0,40}(แคปหน้าจอ|แคปจอ|แคป|ถ่ายรูปหน้าจอ)(ส่ง|มา) | scam:action | 0.75 | code
re:(รหัส|โค้ด|otp)\S{0,25}(เด้ง|ส่ง)เข้า(มือถือ|เครื่อง|เบอร์) | scam:action | 0.6 | code
re:(บอก|แจ้ง|ส่ง|อ่าน)(เลข|ตัวเลข|ไอดี|id|รหัส)\S{0,25}(บนจอ|หน้าจอ|ที่ขึ้น) | scam:action | 0.75 | code
re:(ถ้า|หาก)มี(รหัส|โค้ด|otp|โอทีพี).{0,40}(บอก|ส่ง|แจ้ง|แคป)(เรา|ผม|หนู|มา|ให้|กลับ) | scam:action | 0.75 | code
re:วันหมดอายุ\S{0,6}\s?(และ)?\s?(cvv|ซีวีวี|รหัสหลังบัตร|เลขหลังบัตร) | scam:action | 0.85 | code
# --- details: name and account number sent back "to receive the money" ----------------------
re:(ชื่อ-?\s?นามสกุล|ชื่อและนามสกุล|ชื่อ นามสกุล)\S{0,12}\s?(และ)?(เลขบัญชี|เลขที่บัญชี|เลขบัตร) | scam:action | 0.7 | details
re:เลขบัญชี\S{0,12}เพื่อรับ(เงิน|รางวัล|สิทธิ์) | scam:action | 0.75 | details
re:ยืนยัน(ชื่อ|ที่อยู่)\s?(ที่อยู่|และ|,)?\s?(และ)?\s?(เลขบัตรประชาชน|เลขบัญชี) | scam:action | 0.7 | details
re:(ใช้|แค่|เพียง)(แค่)?(เลขบัตรประชาชน|บัตรประชาชนใบเดียว)(กับ|และ)?(เลขบัญชี)? | scam:action | 0.5 | details
# --- contact: reply with a word, message on a chat app, save this number ---------------------
re:(ตอบกลับ|ตอบ|พิมพ์|ส่งข้อความ)\s?['"“‘]?(รับ|ยืนยัน|ตกลง|สนใจ|ok|yes|y)['"”’] | scam:action | 0.7 | contact
re:(ทัก|แอด|ติดต่อ|คุยกับ|เพิ่มเพื่อน)\s?(ไป|มา)?(ที่|ทาง|ผ่าน|ใน)?\s?(telegram|เทเลแกรม|whatsapp|วอทส์แอพ|วอทส์แอป|wechat|วีแชท|signal) | scam:action | 0.65 | contact
ทักแชทมา                | scam:action | 0.45 | contact
re:(ติดต่อ|ทัก|แอด)\s?(ทาง|ผ่าน|ที่)?\s?(line|ไลน์)\s?(id|ไอดี)?\s?:?\s?@ | scam:action | 0.5 | contact
re:(ที่ปรึกษา|แอดมิน|อาจารย์|โค้ช|พี่เลี้ยง|หัวหน้าทีม)\s?(ทาง|ผ่าน|ใน|ที่)?\s?(line|ไลน์|telegram|เทเลแกรม|whatsapp) | scam:action | 0.55 | contact
re:(เซฟ|save|บันทึก)(เบอร์|ไลน์|ไอดี)(ใหม่)?(นี้|นี่)?\s?(ไว้|แทน) | scam:action | 0.55 | contact
re:(ใช้|ทัก|ติดต่อ)(เบอร์|ไลน์|ไอดี)(นี้|นี่|ใหม่)\s?แทน | scam:action | 0.5 | contact

# ============================================================================================
# scam:aware — warnings and advice
# ============================================================================================
อย่าไปเชื่อ               | scam:aware
อย่าเชื่อ                 | scam:aware
ไม่เอาด้วย                | scam:aware
sec check first         | scam:aware
ไม่ได้รับอนุญาตจาก        | scam:aware
re:(ถ้า|หาก)มี(ใคร|คน|เบอร์แปลก|เบอร์ไม่รู้จัก)(โทร|ทัก|ส่ง|แชท|ไลน์)มา | scam:aware
re:(อย่า|ห้าม)(ไป)?ทำ(ตาม|นะ) | scam:aware
re:(ข้อความ|ลิงก์|ลิงค์|เว็บ|เพจ|sms|อีเมล|เบอร์|บัญชี|ไลน์)(นี้|นั้น|แบบนี้|พวกนี้)\s?(เป็น)?(ของ)?ปลอม | scam:aware
อย่ากรอก                | scam:aware

# ============================================================================================
# allow — honest phrases that hold part words
# ============================================================================================
# "the PromptPay linked to your ID number": where money is paid in, not a number asked for
re:(ผูก|ผูกไว้|ผูกบัญชี)(กับ|ไว้กับ)?\s?(เลขบัตรประชาชน|บัตรประชาชน|เลขประจำตัวประชาชน) | allow
# "no need to pay anything", "free of charge"
re:ไม่ต้อง(จ่าย|ชำระ|โอน|เสีย)(ค่า|เงิน)?(ใดๆ|ใด ๆ|อะไร|เพิ่ม)? | allow
re:ไม่มีค่าใช้จ่าย(ใดๆ|ใด ๆ|เพิ่ม|เพิ่มเติม)? | allow
# money that will be paid in to you is not a transfer asked of you
re:เงิน(จะ|จะถูก|จะได้รับการ)?โอนเข้า | allow
