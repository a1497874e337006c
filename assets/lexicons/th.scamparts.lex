# Thai scam parts (issue 15): who a message claims to be, the problem or prize it announces, the
# pressure it applies and what it asks you to do. Parts never warn alone; they count when they meet.
# Thai has no word edges: every entry matches as a substring, so entries are long enough to mean
# one thing (no bare "ลูก", found in ลูกค้า; no bare "กรุงเทพ", the city; no bare "ศาล", in ศาลา).
# Spelling variants people really type are written out: ลิงก์/ลิงค์/ลิ้งค์, แอป/แอพ, ไลก์/ไลค์,
# อัปเดต/อัพเดท/อัพเดต, with and without a space before Latin words and numbers.
# Latin brand forms (kbank, scb, ktb, kerry…) are also the words the layer looks for in link hosts
# (kbank-th.cc): only brands, never everyday words.
@format 1
@lang th
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language and of public scam-awareness advice)
@licence MIT
# term | class | weight | kind

# ============================================================================================
# scam:sender
# ============================================================================================
# --- banks ----------------------------------------------------------------------------------
ธนาคาร                | scam:sender | 0.5  | bank
ธนาคารของคุณ           | scam:sender | 0.55 | bank
ธนาคารของท่าน          | scam:sender | 0.55 | bank
เจ้าหน้าที่ธนาคาร        | scam:sender | 0.75 | bank
พนักงานธนาคาร          | scam:sender | 0.7  | bank
แบงก์                  | scam:sender | 0.35 | bank
ธนาคารกสิกรไทย         | scam:sender | 0.95 | bank
กสิกรไทย               | scam:sender | 0.9  | bank
กสิกร                  | scam:sender | 0.6  | bank
kbank                 | scam:sender | 0.9  | bank
kasikorn              | scam:sender | 0.9  | bank
kasikornbank          | scam:sender | 0.9  | bank
k plus                | scam:sender | 0.85 | bank
kplus                 | scam:sender | 0.85 | bank
เคพลัส                 | scam:sender | 0.85 | bank
ธนาคารไทยพาณิชย์        | scam:sender | 0.95 | bank
ไทยพาณิชย์              | scam:sender | 0.9  | bank
scb                   | scam:sender | 0.85 | bank
scbeasy               | scam:sender | 0.9  | bank
scb easy              | scam:sender | 0.9  | bank
ธนาคารกรุงไทย          | scam:sender | 0.95 | bank
กรุงไทย                | scam:sender | 0.85 | bank
krungthai             | scam:sender | 0.9  | bank
ktb                   | scam:sender | 0.8  | bank
ธนาคารกรุงเทพ          | scam:sender | 0.95 | bank
bangkok bank          | scam:sender | 0.9  | bank
bangkokbank           | scam:sender | 0.9  | bank
บัวหลวง                | scam:sender | 0.8  | bank
bbl                   | scam:sender | 0.7  | bank
ธนาคารกรุงศรี           | scam:sender | 0.95 | bank
กรุงศรี                 | scam:sender | 0.75 | bank
krungsri              | scam:sender | 0.9  | bank
ธนาคารออมสิน           | scam:sender | 0.95 | bank
ออมสิน                 | scam:sender | 0.7  | bank
gsb                   | scam:sender | 0.8  | bank
mymo                  | scam:sender | 0.8  | bank
ธ.ก.ส                  | scam:sender | 0.9  | bank
ธกส                    | scam:sender | 0.85 | bank
baac                  | scam:sender | 0.85 | bank
ทีทีบี                   | scam:sender | 0.85 | bank
ttb                   | scam:sender | 0.8  | bank
ทหารไทยธนชาต           | scam:sender | 0.9  | bank
ยูโอบี                  | scam:sender | 0.85 | bank
uob                   | scam:sender | 0.8  | bank
ธนาคารอาคารสงเคราะห์     | scam:sender | 0.9  | bank
ghbank                | scam:sender | 0.85 | bank
เคทีซี                  | scam:sender | 0.8  | bank
ktc                   | scam:sender | 0.75 | bank
# the central bank is impersonated as an authority
ธนาคารแห่งประเทศไทย     | scam:sender | 0.85 | government
แบงก์ชาติ               | scam:sender | 0.8  | government

# --- wallets --------------------------------------------------------------------------------
ทรูมันนี่                | scam:sender | 0.85 | wallet
truemoney             | scam:sender | 0.9  | wallet
true money            | scam:sender | 0.9  | wallet
ทรูวอลเล็ท              | scam:sender | 0.85 | wallet
พร้อมเพย์               | scam:sender | 0.6  | wallet
เป๋าตัง                 | scam:sender | 0.9  | wallet
paotang               | scam:sender | 0.9  | wallet
ถุงเงิน                 | scam:sender | 0.5   | wallet
shopeepay             | scam:sender | 0.85 | wallet
ช้อปปี้เพย์              | scam:sender | 0.85 | wallet
แรบบิทไลน์เพย์           | scam:sender | 0.85 | wallet
linepay               | scam:sender | 0.8  | wallet

# --- couriers -------------------------------------------------------------------------------
เคอรี่                  | scam:sender | 0.8  | courier
kerry                 | scam:sender | 0.75 | courier
kerry express         | scam:sender | 0.9  | courier
kerryexpress          | scam:sender | 0.9  | courier
แฟลชเอ็กซ์เพรส          | scam:sender | 0.9  | courier
แฟลช เอ็กซ์เพรส         | scam:sender | 0.9  | courier
flash express         | scam:sender | 0.9  | courier
flashexpress          | scam:sender | 0.9  | courier
ไปรษณีย์ไทย             | scam:sender | 0.9  | courier
ไปรษณีย์                | scam:sender | 0.6  | courier
thailand post         | scam:sender | 0.9  | courier
thailandpost          | scam:sender | 0.9  | courier
เจแอนด์ที               | scam:sender | 0.85 | courier
j&t                   | scam:sender | 0.85 | courier
j&t express           | scam:sender | 0.9  | courier
jnt                   | scam:sender | 0.8  | courier
jtexpress             | scam:sender | 0.9  | courier
เบสท์เอ็กซ์เพรส          | scam:sender | 0.85 | courier
best express          | scam:sender | 0.85 | courier
ดีเอชแอล               | scam:sender | 0.85 | courier
dhl                   | scam:sender | 0.85 | courier
fedex                 | scam:sender | 0.85 | courier
นินจาแวน               | scam:sender | 0.85 | courier
ninja van             | scam:sender | 0.85 | courier
ninjavan              | scam:sender | 0.85 | courier
บริษัทขนส่ง             | scam:sender | 0.6  | courier
เจ้าหน้าที่ขนส่ง          | scam:sender | 0.65 | courier
พนักงานส่งของ           | scam:sender | 0.45 | courier
ศูนย์กระจายสินค้า        | scam:sender | 0.5  | courier

# --- government -----------------------------------------------------------------------------
กรมสรรพากร             | scam:sender | 0.9  | government
สรรพากร                | scam:sender | 0.8  | government
กรมศุลกากร             | scam:sender | 0.9  | government
ด่านศุลกากร             | scam:sender | 0.65 | government
กรมที่ดิน               | scam:sender | 0.9  | government
สำนักงานที่ดิน           | scam:sender | 0.8  | government
กรมการขนส่งทางบก       | scam:sender | 0.9  | government
ขนส่งทางบก             | scam:sender | 0.75 | government
dlt                   | scam:sender | 0.6  | government
กรมการจัดหางาน         | scam:sender | 0.85 | government
กรมบัญชีกลาง           | scam:sender | 0.85 | government
กระทรวงการคลัง         | scam:sender | 0.85 | government
สำนักงานประกันสังคม      | scam:sender | 0.9  | government
ประกันสังคม             | scam:sender | 0.65 | government
การไฟฟ้าส่วนภูมิภาค      | scam:sender | 0.9  | government
การไฟฟ้านครหลวง        | scam:sender | 0.9  | government
การไฟฟ้า               | scam:sender | 0.8  | government
กฟภ                   | scam:sender | 0.85 | government
กฟน                   | scam:sender | 0.85 | government
การประปา              | scam:sender | 0.75 | government
กปภ                   | scam:sender | 0.75 | government
กสทช                  | scam:sender | 0.85 | government
nbtc                  | scam:sender | 0.8  | government
สคบ                   | scam:sender | 0.75 | government
ศาลอาญา               | scam:sender | 0.8  | government
ศาลแพ่ง                | scam:sender | 0.75 | government
สำนักงานอัยการ          | scam:sender | 0.75 | government
กรมบังคับคดี            | scam:sender | 0.85 | government
ปปง                   | scam:sender | 0.85 | government
ป.ป.ง                  | scam:sender | 0.85 | government
amlo                  | scam:sender | 0.8  | government
สำนักงานป้องกันและปราบปรามการฟอกเงิน | scam:sender | 0.9 | government
ปปส                   | scam:sender | 0.8  | government
ป.ป.ส                  | scam:sender | 0.8  | government
ทางรัฐ                  | scam:sender | 0.45  | government
tangrat               | scam:sender | 0.85 | government
หน่วยงานรัฐ             | scam:sender | 0.55 | government
เจ้าหน้าที่รัฐ            | scam:sender | 0.6  | government
กรมการปกครอง          | scam:sender | 0.8  | government

# --- police ---------------------------------------------------------------------------------
ตำรวจ                  | scam:sender | 0.6  | police
เจ้าหน้าที่ตำรวจ          | scam:sender | 0.8  | police
สถานีตำรวจ             | scam:sender | 0.8  | police
สถานีตำรวจภูธร          | scam:sender | 0.85 | police
สถานีตำรวจนครบาล       | scam:sender | 0.85 | police
ตำรวจสอบสวนกลาง        | scam:sender | 0.85 | police
ตำรวจไซเบอร์            | scam:sender | 0.7  | police
พนักงานสอบสวน          | scam:sender | 0.8  | police
ร้อยตำรวจเอก            | scam:sender | 0.8  | police
พันตำรวจโท              | scam:sender | 0.8  | police
ตำรวจสากล              | scam:sender | 0.75 | police
กรมสอบสวนคดีพิเศษ       | scam:sender | 0.9  | police
ดีเอสไอ                 | scam:sender | 0.85 | police
dsi                   | scam:sender | 0.8  | police

# --- telecoms -------------------------------------------------------------------------------
เอไอเอส                | scam:sender | 0.85 | telecom
ais                   | scam:sender | 0.75 | telecom
ทรูมูฟ                  | scam:sender | 0.85 | telecom
truemove              | scam:sender | 0.85 | telecom
ดีแทค                  | scam:sender | 0.85 | telecom
dtac                  | scam:sender | 0.85 | telecom
ค่ายมือถือ               | scam:sender | 0.55 | telecom
ผู้ให้บริการเครือข่าย      | scam:sender | 0.6  | telecom

# --- platforms ------------------------------------------------------------------------------
ช้อปปี้                  | scam:sender | 0.7  | platform
shopee                | scam:sender | 0.7  | platform
ลาซาด้า                 | scam:sender | 0.7  | platform
lazada                | scam:sender | 0.7  | platform
ติ๊กต็อก                 | scam:sender | 0.5  | platform
tiktok                | scam:sender | 0.5  | platform
เฟซบุ๊ก                 | scam:sender | 0.4  | platform
เฟสบุ๊ค                 | scam:sender | 0.4  | platform
facebook              | scam:sender | 0.4  | platform
line official         | scam:sender | 0.5  | platform
ฝ่ายบริการลูกค้า         | scam:sender | 0.5  | platform
ศูนย์บริการลูกค้า        | scam:sender | 0.5  | platform

# --- relatives and friends ("it's me, new number") -----------------------------------------
แม่จ๋า                  | scam:sender | 0.55 | relative
แม่เอง                  | scam:sender | 0.55 | relative
แม่ครับ                 | scam:sender | 0.35 | relative
แม่คะ                   | scam:sender | 0.35 | relative
พ่อเอง                  | scam:sender | 0.55 | relative
ลูกเอง                  | scam:sender | 0.6  | relative
นี่ลูกนะ                 | scam:sender | 0.6  | relative
หนูเองนะ                | scam:sender | 0.55 | relative
ผมเองนะ                | scam:sender | 0.45 | relative
เพื่อนเอง                | scam:sender | 0.5  | relative
จำกันได้ไหม             | scam:sender | 0.45 | relative
นี่เบอร์ใหม่              | scam:sender | 0.65 | relative
เบอร์ใหม่                | scam:sender | 0.5  | relative
เปลี่ยนเบอร์ใหม่          | scam:sender | 0.6  | relative
นี่ไลน์ใหม่               | scam:sender | 0.65 | relative
ไลน์ใหม่                 | scam:sender | 0.5  | relative
มือถือหาย               | scam:sender | 0.45 | relative
โทรศัพท์หาย             | scam:sender | 0.45 | relative
มือถือพัง                | scam:sender | 0.45 | relative

# --- recruiters -----------------------------------------------------------------------------
ฝ่ายบุคคล               | scam:sender | 0.5  | employer
ผู้จัดการฝ่ายบุคคล        | scam:sender | 0.55 | employer
รับสมัครงาน             | scam:sender | 0.4  | employer
รับสมัครพนักงาน         | scam:sender | 0.4  | employer
รับสมัครด่วน            | scam:sender | 0.5  | employer
บริษัทจัดหางาน          | scam:sender | 0.55 | employer
แอดมินรับสมัคร          | scam:sender | 0.6  | employer

# --- lenders --------------------------------------------------------------------------------
เงินกู้ออนไลน์            | scam:sender | 0.7  | lender
แอปเงินกู้               | scam:sender | 0.7  | lender
แอพเงินกู้               | scam:sender | 0.7  | lender
สินเชื่อออนไลน์           | scam:sender | 0.65 | lender
บริษัทสินเชื่อ            | scam:sender | 0.6  | lender
ฝ่ายสินเชื่อ              | scam:sender | 0.6  | lender
เงินกู้นอกระบบ           | scam:sender | 0.6  | lender

# --- investment -----------------------------------------------------------------------------
โค้ชเทรด                | scam:sender | 0.7  | investment
อาจารย์สอนเทรด          | scam:sender | 0.65 | investment
ที่ปรึกษาการลงทุน         | scam:sender | 0.6  | investment
ผู้เชี่ยวชาญด้านการลงทุน   | scam:sender | 0.6  | investment
แพลตฟอร์มลงทุน          | scam:sender | 0.6  | investment
กลุ่มลงทุน               | scam:sender | 0.5  | investment
กลุ่มวีไอพี               | scam:sender | 0.5  | investment
กลุ่ม vip               | scam:sender | 0.5  | investment
โบรกเกอร์               | scam:sender | 0.45 | investment

# ============================================================================================
# scam:problem
# ============================================================================================
# --- account: blocked, suspended, KYC, unusual login, a payment you did not make --------------
บัญชีของคุณถูกระงับ      | scam:problem | 0.9  | account
บัญชีของท่านถูกระงับ     | scam:problem | 0.9  | account
บัญชีของคุณจะถูกระงับ    | scam:problem | 0.9  | account
บัญชีถูกระงับ            | scam:problem | 0.75 | account
บัญชีของคุณถูกล็อก       | scam:problem | 0.85 | account
บัญชีถูกล็อก             | scam:problem | 0.7  | account
บัญชีถูกล็อค             | scam:problem | 0.7  | account
บัญชีของคุณถูกอายัด      | scam:problem | 0.85 | account
บัญชีถูกอายัด            | scam:problem | 0.7  | account
ถูกระงับการใช้งาน        | scam:problem | 0.7  | account
ระงับการใช้งานชั่วคราว    | scam:problem | 0.7  | account
บัญชีของคุณมีความเสี่ยง   | scam:problem | 0.8  | account
บัญชีมีความผิดปกติ       | scam:problem | 0.7  | account
ตรวจพบความผิดปกติ       | scam:problem | 0.7  | account
ตรวจพบการเข้าสู่ระบบ     | scam:problem | 0.7  | account
การเข้าสู่ระบบที่ผิดปกติ   | scam:problem | 0.75 | account
เข้าสู่ระบบจากอุปกรณ์อื่น  | scam:problem | 0.75 | account
เข้าสู่ระบบจากอุปกรณ์ใหม่  | scam:problem | 0.65 | account
มีการทำรายการผิดปกติ     | scam:problem | 0.75 | account
ธุรกรรมผิดปกติ           | scam:problem | 0.7  | account
รายการที่ผิดปกติ          | scam:problem | 0.65 | account
หากคุณไม่ได้ทำรายการ     | scam:problem | 0.75 | account
หากท่านไม่ได้ทำรายการ    | scam:problem | 0.75 | account
หากไม่ใช่คุณ             | scam:problem | 0.55 | account
ยืนยันตัวตน             | scam:problem | 0.5  | account
ยืนยันตัวตนใหม่          | scam:problem | 0.7  | account
ยืนยันตัวตนผ่านลิงก์      | scam:problem | 0.85 | account
ยืนยันตัวตนผ่านลิงค์      | scam:problem | 0.85 | account
ข้อมูลไม่ครบถ้วน         | scam:problem | 0.5  | account
ข้อมูลของคุณไม่ครบ       | scam:problem | 0.6  | account
อัปเดตระบบสแกนใบหน้า    | scam:problem | 0.7  | account
ยืนยันใบหน้า             | scam:problem | 0.45 | account
รหัสผ่านหมดอายุ          | scam:problem | 0.7  | account
บัญชีจะถูกปิด            | scam:problem | 0.75 | account

# --- parcels --------------------------------------------------------------------------------
พัสดุของคุณ             | scam:problem | 0.45 | parcel
พัสดุของท่าน            | scam:problem | 0.45 | parcel
ไม่สามารถจัดส่งได้        | scam:problem | 0.75 | parcel
จัดส่งไม่สำเร็จ           | scam:problem | 0.7  | parcel
ที่อยู่ไม่ครบถ้วน          | scam:problem | 0.8  | parcel
ที่อยู่ไม่สมบูรณ์          | scam:problem | 0.75 | parcel
ที่อยู่ไม่ถูกต้อง          | scam:problem | 0.65 | parcel
พัสดุถูกตีกลับ            | scam:problem | 0.65 | parcel
พัสดุตกค้าง              | scam:problem | 0.7  | parcel
พัสดุถูกกัก              | scam:problem | 0.75 | parcel
พัสดุติดด่าน             | scam:problem | 0.8  | parcel
ติดด่านศุลกากร           | scam:problem | 0.75 | parcel
ติดศุลกากร              | scam:problem | 0.65 | parcel
นัดจัดส่งใหม่             | scam:problem | 0.55 | parcel

# --- refunds, aid, subsidies ----------------------------------------------------------------
ได้รับเงินคืนภาษี          | scam:problem | 0.8  | refund
เงินคืนภาษี              | scam:problem | 0.65 | refund
คืนเงินภาษี              | scam:problem | 0.6  | refund
คืนภาษี                 | scam:problem | 0.5  | refund
คืนเงินค่าไฟ             | scam:problem | 0.8  | refund
ประกันการใช้ไฟฟ้า        | scam:problem | 0.65 | refund
คืนเงินประกันมิเตอร์       | scam:problem | 0.8  | refund
เงินประกันมิเตอร์          | scam:problem | 0.6  | refund
คืนเงินประกันสังคม        | scam:problem | 0.7  | refund
รับเงินเยียวยา            | scam:problem | 0.65 | refund
เงินเยียวยา              | scam:problem | 0.55 | refund
เงินช่วยเหลือ             | scam:problem | 0.45 | refund
สิทธิ์รับเงิน              | scam:problem | 0.65 | refund
ลงทะเบียนรับเงิน          | scam:problem | 0.65 | refund
ลงทะเบียนรับสิทธิ์         | scam:problem | 0.55 | refund
ดิจิทัลวอลเล็ต            | scam:problem | 0.5  | refund
รับเงินหมื่น              | scam:problem | 0.6  | refund
ได้รับเงินคืน             | scam:problem | 0.6  | refund
ยอดเงินคืน              | scam:problem | 0.55 | refund
เงินชดเชย               | scam:problem | 0.5  | refund

# --- prizes ---------------------------------------------------------------------------------
คุณได้รับรางวัล           | scam:problem | 0.85 | prize
ท่านได้รับรางวัล          | scam:problem | 0.85 | prize
ได้รับรางวัล              | scam:problem | 0.55 | prize
ยินดีด้วยคุณได้รับ         | scam:problem | 0.8  | prize
คุณเป็นผู้โชคดี            | scam:problem | 0.85 | prize
ผู้โชคดี                  | scam:problem | 0.55 | prize
คุณถูกรางวัล             | scam:problem | 0.8  | prize
ถูกรางวัล                | scam:problem | 0.55 | prize
รางวัลใหญ่               | scam:problem | 0.5  | prize
ได้รับของขวัญ             | scam:problem | 0.5  | prize
แจกเงินฟรี               | scam:problem | 0.6  | prize
รับเงินฟรี               | scam:problem | 0.55 | prize
แจกฟรี                  | scam:problem | 0.4  | prize
คะแนนสะสมจะหมดอายุ      | scam:problem | 0.7  | prize
แต้มสะสมจะหมดอายุ        | scam:problem | 0.7  | prize
แลกคะแนน                | scam:problem | 0.4  | prize
ได้รับสิทธิ์พิเศษ           | scam:problem | 0.5  | prize

# --- jobs -----------------------------------------------------------------------------------
กดไลก์รับเงิน             | scam:problem | 0.8  | job
กดไลค์รับเงิน             | scam:problem | 0.8  | job
กดหัวใจรับเงิน            | scam:problem | 0.8  | job
กดไลก์                  | scam:problem | 0.3  | job
กดไลค์                  | scam:problem | 0.3  | job
งานออนไลน์              | scam:problem | 0.4  | job
งานเสริม                | scam:problem | 0.4  | job
รายได้เสริม              | scam:problem | 0.4  | job
ทำภารกิจ                | scam:problem | 0.6  | job
รับภารกิจ                | scam:problem | 0.65 | job
รับค่าคอม                | scam:problem | 0.55 | job
ค่าคอมมิชชั่น             | scam:problem | 0.45 | job
งานรีวิวสินค้า             | scam:problem | 0.6  | job
กดออเดอร์               | scam:problem | 0.6  | job
รายได้วันละ              | scam:problem | 0.55 | job
ทำงานผ่านมือถือ           | scam:problem | 0.5  | job
แค่มีมือถือก็ทำได้          | scam:problem | 0.6  | job

# --- investment -----------------------------------------------------------------------------
การันตีผลตอบแทน         | scam:problem | 0.8  | investment
การันตีกำไร              | scam:problem | 0.8  | investment
กำไรแน่นอน              | scam:problem | 0.75 | investment
ผลตอบแทนสูง             | scam:problem | 0.45 | investment
ผลตอบแทนต่อวัน           | scam:problem | 0.6  | investment
ผลตอบแทนรายวัน          | scam:problem | 0.6  | investment
ปันผลทุกวัน              | scam:problem | 0.6  | investment
ไม่มีความเสี่ยง           | scam:problem | 0.5  | investment
ไม่มีขาดทุน              | scam:problem | 0.7  | investment
ลงทุนน้อยกำไร            | scam:problem | 0.65 | investment
เงินทวีคูณ               | scam:problem | 0.65 | investment
ได้คืนสองเท่า             | scam:problem | 0.75 | investment
คืนทุนไว                 | scam:problem | 0.55 | investment

# --- loans ----------------------------------------------------------------------------------
ไม่เช็คบูโร              | scam:problem | 0.8  | loan
ไม่เช็กบูโร              | scam:problem | 0.8  | loan
ไม่ตรวจบูโร              | scam:problem | 0.75 | loan
ติดบูโรก็กู้ได้            | scam:problem | 0.8  | loan
กู้ง่าย                  | scam:problem | 0.6  | loan
ไม่ต้องมีคนค้ำ            | scam:problem | 0.55 | loan
ไม่ใช้คนค้ำ              | scam:problem | 0.55 | loan
ไม่ต้องใช้เอกสาร          | scam:problem | 0.5  | loan
ไม่ต้องมีสลิปเงินเดือน     | scam:problem | 0.55 | loan
อนุมัติไว                | scam:problem | 0.5  | loan
อนุมัติทันที              | scam:problem | 0.6  | loan
อนุมัติง่าย               | scam:problem | 0.55 | loan
ได้รับการอนุมัติวงเงิน      | scam:problem | 0.7  | loan
วงเงินกู้                 | scam:problem | 0.45 | loan
สินเชื่อด่วน              | scam:problem | 0.55 | loan
เงินกู้ด่วน               | scam:problem | 0.6  | loan
กู้เงินด่วน               | scam:problem | 0.6  | loan
กรอกเลขบัญชีผิด          | scam:problem | 0.7  | loan

# --- romance --------------------------------------------------------------------------------
ของขวัญจากต่างประเทศ     | scam:problem | 0.7  | romance
ส่งของขวัญมาให้           | scam:problem | 0.6  | romance
พัสดุของขวัญ             | scam:problem | 0.6  | romance
วิศวกรแท่นขุดเจาะ         | scam:problem | 0.6  | romance
ทหารอเมริกัน             | scam:problem | 0.45 | romance
ติดอยู่ที่สนามบิน           | scam:problem | 0.55 | romance
อยากแต่งงานกับคุณ        | scam:problem | 0.45 | romance

# --- legal trouble --------------------------------------------------------------------------
คดีฟอกเงิน              | scam:problem | 0.85 | legal
เกี่ยวข้องกับการฟอกเงิน    | scam:problem | 0.85 | legal
ฟอกเงิน                 | scam:problem | 0.6  | legal
พัวพันกับคดี              | scam:problem | 0.75 | legal
พัวพันยาเสพติด           | scam:problem | 0.85 | legal
เกี่ยวข้องกับยาเสพติด      | scam:problem | 0.7  | legal
พัสดุผิดกฎหมาย          | scam:problem | 0.85 | legal
มีสิ่งผิดกฎหมาย           | scam:problem | 0.8  | legal
บัญชีม้า                 | scam:problem | 0.6  | legal
เปิดบัญชีม้า              | scam:problem | 0.7  | legal
คุณมีหมายจับ             | scam:problem | 0.85 | legal
มีหมายจับ               | scam:problem | 0.75 | legal
ออกหมายจับ              | scam:problem | 0.7  | legal
หมายจับ                 | scam:problem | 0.5  | legal
หมายเรียก               | scam:problem | 0.55 | legal
หมายศาล                 | scam:problem | 0.6  | legal
ตกเป็นผู้ต้องหา           | scam:problem | 0.75 | legal
เป็นผู้ต้องหา             | scam:problem | 0.7  | legal
มีคนแจ้งความ             | scam:problem | 0.6  | legal
ถูกแจ้งความ              | scam:problem | 0.55 | legal
ตรวจสอบเส้นทางการเงิน    | scam:problem | 0.8  | legal
พิสูจน์ความบริสุทธิ์        | scam:problem | 0.8  | legal
ถูกนำไปเปิดบัญชี          | scam:problem | 0.8  | legal
บัตรประชาชนของคุณถูก     | scam:problem | 0.8  | legal
ค้างชำระบัตรเครดิต        | scam:problem | 0.6  | legal
ค้างชำระค่าปรับ           | scam:problem | 0.6  | legal
ค้างชำระภาษี             | scam:problem | 0.6  | legal

# --- voicemail, missed call, robocall -------------------------------------------------------
มีสายที่ไม่ได้รับ           | scam:problem | 0.55 | voicemail
ข้อความเสียง             | scam:problem | 0.5  | voicemail
มีข้อความเสียงถึงคุณ       | scam:problem | 0.7  | voicemail
มีเอกสารตกค้าง           | scam:problem | 0.65 | voicemail
มีเอกสารสำคัญ            | scam:problem | 0.55 | voicemail

# --- fees to receive something --------------------------------------------------------------
ค่าธรรมเนียม             | scam:problem | 0.45 | fee
ชำระค่าธรรมเนียม         | scam:problem | 0.6  | fee
ค่าธรรมเนียมก่อน          | scam:problem | 0.75 | fee
ค่าดำเนินการ             | scam:problem | 0.5  | fee
ค่าประกันเงินกู้           | scam:problem | 0.8  | fee
ค่าค้ำประกัน              | scam:problem | 0.55 | fee
ค่าธรรมเนียมรับรางวัล      | scam:problem | 0.85 | fee
ค่าภาษีรางวัล             | scam:problem | 0.8  | fee
ค่าส่งของรางวัล           | scam:problem | 0.8  | fee
ค่าจัดส่งเพิ่มเติม          | scam:problem | 0.7  | fee
ค่าธรรมเนียมศุลกากร      | scam:problem | 0.7  | fee
ภาษีนำเข้า               | scam:problem | 0.4   | fee
ค่าแก้ไขข้อมูล            | scam:problem | 0.75 | fee
ค่าปลดล็อก              | scam:problem | 0.75 | fee
ค่าปลดล็อค              | scam:problem | 0.75 | fee
ค่าธรรมเนียมถอนเงิน      | scam:problem | 0.75 | fee
เติมเงินเพื่อรับงาน         | scam:problem | 0.9  | fee
ต้องเติมเงินก่อน           | scam:problem | 0.75 | fee
ค่าไฟค้างชำระ            | scam:problem | 0.7  | fee
ค้างชำระค่าไฟ            | scam:problem | 0.7  | fee
ยอดค้างชำระ             | scam:problem | 0.45 | fee
# "hi mum" asks: borrowing money for an emergency
ขอยืมเงิน               | scam:problem | 0.5  | fee
ยืมเงินหน่อย             | scam:problem | 0.55 | fee

# ============================================================================================
# scam:pressure
# ============================================================================================
# --- deadlines ------------------------------------------------------------------------------
re:ภายใน\s?\d{1,3}\s?(ชั่วโมง|ชม|นาที) | scam:pressure | 0.8 | deadline
re:ภายใน\s?\d{1,2}\s?วัน | scam:pressure | 0.45 | deadline
ภายในวันนี้              | scam:pressure | 0.6  | deadline
ภายในวันนี้เท่านั้น         | scam:pressure | 0.7  | deadline
วันนี้เท่านั้น              | scam:pressure | 0.55 | deadline
หมดเขตวันนี้             | scam:pressure | 0.65 | deadline
หมดเขต                 | scam:pressure | 0.4  | deadline
วันสุดท้าย               | scam:pressure | 0.45 | deadline
ด่วนที่สุด                | scam:pressure | 0.55 | deadline
ด่วนมาก                 | scam:pressure | 0.5  | deadline
โดยด่วน                 | scam:pressure | 0.6  | deadline
เร่งด่วน                 | scam:pressure | 0.5  | deadline
ด่วน                    | scam:pressure | 0.3  | deadline
ทันที                    | scam:pressure | 0.4  | deadline
โดยเร็วที่สุด              | scam:pressure | 0.55 | deadline
เหลือเวลาอีก             | scam:pressure | 0.5  | deadline
ก่อนเที่ยงคืน              | scam:pressure | 0.5  | deadline

# --- threats --------------------------------------------------------------------------------
จะถูกระงับ               | scam:pressure | 0.7  | threat
ระงับถาวร               | scam:pressure | 0.7  | threat
จะถูกปิดบัญชี             | scam:pressure | 0.75 | threat
ปิดบัญชีถาวร             | scam:pressure | 0.75 | threat
บัญชีจะถูกอายัด           | scam:pressure | 0.8  | threat
ถูกอายัดบัญชี             | scam:pressure | 0.7  | threat
จะถูกดำเนินคดี           | scam:pressure | 0.8  | threat
ดำเนินคดีตามกฎหมาย      | scam:pressure | 0.7  | threat
ดำเนินคดี               | scam:pressure | 0.5  | threat
จะถูกออกหมายจับ         | scam:pressure | 0.85 | threat
จะถูกจับกุม              | scam:pressure | 0.75 | threat
จะถูกตัดไฟ              | scam:pressure | 0.75 | threat
จะถูกตัดสัญญาณ          | scam:pressure | 0.7  | threat
เบอร์จะถูกระงับ           | scam:pressure | 0.7  | threat
หากไม่ดำเนินการ          | scam:pressure | 0.7  | threat
หากเพิกเฉย              | scam:pressure | 0.65 | threat
มิฉะนั้น                 | scam:pressure | 0.5  | threat
จะเสียสิทธิ์              | scam:pressure | 0.55 | threat
สิทธิ์จะถูกยกเลิก          | scam:pressure | 0.6  | threat
ถูกยึดทรัพย์              | scam:pressure | 0.7  | threat
โทษจำคุก                | scam:pressure | 0.6  | threat

# --- secrecy --------------------------------------------------------------------------------
ห้ามบอกใคร              | scam:pressure | 0.85 | secrecy
อย่าบอกใคร              | scam:pressure | 0.8  | secrecy
ไม่ต้องบอกใคร            | scam:pressure | 0.75 | secrecy
ห้ามบอกคนอื่น            | scam:pressure | 0.8  | secrecy
ห้ามแจ้งครอบครัว         | scam:pressure | 0.85 | secrecy
ห้ามบอกครอบครัว         | scam:pressure | 0.85 | secrecy
ห้ามปรึกษาใคร           | scam:pressure | 0.8  | secrecy
ห้ามติดต่อธนาคาร         | scam:pressure | 0.85 | secrecy
ห้ามวางสาย              | scam:pressure | 0.85 | secrecy
อย่าวางสาย              | scam:pressure | 0.7  | secrecy
เก็บเป็นความลับ           | scam:pressure | 0.75 | secrecy
คดีนี้เป็นความลับ          | scam:pressure | 0.85 | secrecy
ความลับทางราชการ        | scam:pressure | 0.75 | secrecy
เป็นความลับ              | scam:pressure | 0.55 | secrecy

# ============================================================================================
# scam:action
# ============================================================================================
# --- links ----------------------------------------------------------------------------------
คลิกลิงก์                | scam:action | 0.75 | link
คลิกลิงค์                | scam:action | 0.75 | link
คลิ๊กลิงค์                | scam:action | 0.75 | link
คลิกที่ลิงก์              | scam:action | 0.75 | link
คลิกที่ลิงค์              | scam:action | 0.75 | link
กดลิงก์                 | scam:action | 0.75 | link
กดลิงค์                 | scam:action | 0.75 | link
กดลิ้งค์                 | scam:action | 0.75 | link
กดที่ลิงก์               | scam:action | 0.75 | link
กดที่ลิงค์               | scam:action | 0.75 | link
ลิงก์ด้านล่าง             | scam:action | 0.6  | link
ลิงค์ด้านล่าง             | scam:action | 0.6  | link
ตามลิงก์                | scam:action | 0.6  | link
ตามลิงค์                | scam:action | 0.6  | link
ผ่านลิงก์                | scam:action | 0.6  | link
ผ่านลิงค์                | scam:action | 0.6  | link
คลิกที่นี่                | scam:action | 0.6  | link
กดที่นี่                  | scam:action | 0.55 | link
คลิกเพื่อรับ              | scam:action | 0.75 | link
กดเพื่อรับ               | scam:action | 0.65 | link
กดรับสิทธิ์               | scam:action | 0.65 | link
กดรับเงิน               | scam:action | 0.7  | link
รับสิทธิ์ได้ที่             | scam:action | 0.65 | link
ยืนยันได้ที่              | scam:action | 0.65 | link
ตรวจสอบได้ที่            | scam:action | 0.5  | link
ลงทะเบียนได้ที่           | scam:action | 0.55 | link
เข้าสู่ระบบ              | scam:action | 0.45  | link
ล็อกอิน                 | scam:action | 0.5  | link
สแกนคิวอาร์โค้ด          | scam:action | 0.5  | link
คลิก                    | scam:action | 0.35 | link

# --- calls ----------------------------------------------------------------------------------
โทรกลับ                 | scam:action | 0.6  | call
ติดต่อกลับ               | scam:action | 0.55 | call
โทรหาเจ้าหน้าที่           | scam:action | 0.6  | call
ติดต่อเจ้าหน้าที่           | scam:action | 0.5  | call
โทรติดต่อ               | scam:action | 0.5  | call
โทรมาที่                 | scam:action | 0.55 | call
ติดต่อได้ที่เบอร์           | scam:action | 0.55 | call
กด 9                   | scam:action | 0.75 | call
กด9                    | scam:action | 0.75 | call
กด 0 เพื่อ               | scam:action | 0.7  | call
โอนสายไปยัง             | scam:action | 0.55 | call

# --- apps and remote access -----------------------------------------------------------------
ดาวน์โหลดแอป            | scam:action | 0.6  | app
ดาวน์โหลดแอพ            | scam:action | 0.6  | app
ติดตั้งแอป               | scam:action | 0.65 | app
ติดตั้งแอพ               | scam:action | 0.65 | app
โหลดแอป                | scam:action | 0.55 | app
โหลดแอพ                | scam:action | 0.55 | app
ดาวน์โหลดแอปพลิเคชัน     | scam:action | 0.6  | app
ติดตั้งแอปพลิเคชัน        | scam:action | 0.65 | app
ติดตั้งไฟล์               | scam:action | 0.7  | app
ไฟล์ apk                | scam:action | 0.9  | app
ไฟล์apk                 | scam:action | 0.9  | app
apk                    | scam:action | 0.8  | app
anydesk                | scam:action | 0.9  | app
teamviewer             | scam:action | 0.85 | app
rustdesk               | scam:action | 0.9  | app
แชร์หน้าจอ              | scam:action | 0.8  | app
เปิดการเข้าถึง            | scam:action | 0.6  | app
อนุญาตการเข้าถึง          | scam:action | 0.55 | app

# --- money ----------------------------------------------------------------------------------
โอนเงินเพื่อตรวจสอบ       | scam:action | 0.95 | transfer
โอนเงินทั้งหมด            | scam:action | 0.85 | transfer
บัญชีที่ปลอดภัย            | scam:action | 0.8  | transfer
บัญชีเพื่อตรวจสอบ         | scam:action | 0.8  | transfer
บัญชีของเจ้าหน้าที่         | scam:action | 0.75 | transfer
โอนเงินไปที่              | scam:action | 0.65 | transfer
โอนเข้าบัญชี              | scam:action | 0.65 | transfer
โอนไปยังบัญชี            | scam:action | 0.65 | transfer
โอนมาที่                 | scam:action | 0.6  | transfer
โอนก่อน                 | scam:action | 0.6  | transfer
โอนมัดจำ                | scam:action | 0.6  | transfer
โอนค่า                  | scam:action | 0.55 | transfer
โอนเงิน                 | scam:action | 0.55 | transfer
โอน                    | scam:action | 0.25 | transfer
ช่วยโอนเงิน              | scam:action | 0.65 | transfer
ช่วยโอนให้               | scam:action | 0.65 | transfer
ชำระได้ที่                | scam:action | 0.6  | transfer
ชำระผ่าน                | scam:action | 0.5  | transfer
ชำระเงิน                | scam:action | 0.45 | transfer
ชำระค่า                 | scam:action | 0.45 | transfer
วางเงินประกัน            | scam:action | 0.6  | transfer
เติมเงิน                 | scam:action | 0.45 | transfer
สแกนจ่าย               | scam:action | 0.5  | transfer

# --- codes ----------------------------------------------------------------------------------
แจ้งรหัส otp            | scam:action | 0.95 | code
แจ้งรหัสotp             | scam:action | 0.95 | code
บอกรหัส otp             | scam:action | 0.95 | code
บอกรหัสotp              | scam:action | 0.95 | code
แจ้ง otp                | scam:action | 0.9  | code
แจ้งotp                 | scam:action | 0.9  | code
บอก otp                 | scam:action | 0.9  | code
บอกotp                  | scam:action | 0.9  | code
แจ้งรหัสโอทีพี           | scam:action | 0.95 | code
บอกรหัสโอทีพี            | scam:action | 0.95 | code
ส่งรหัสที่ได้รับ            | scam:action | 0.85 | code
รหัสที่ได้รับทาง sms       | scam:action | 0.7  | code
ส่งรหัส otp             | scam:action | 0.6  | code
รหัส otp                | scam:action | 0.45 | code
รหัสotp                 | scam:action | 0.45 | code
otp                    | scam:action | 0.4  | code
โอทีพี                  | scam:action | 0.4  | code
แจ้งรหัส                | scam:action | 0.6  | code
บอกรหัส                 | scam:action | 0.65 | code
บอกรหัสผ่าน             | scam:action | 0.8  | code
รหัสผ่าน                | scam:action | 0.4  | code
รหัสยืนยัน               | scam:action | 0.5  | code
รหัสหลังบัตร             | scam:action | 0.85 | code
เลขหลังบัตร             | scam:action | 0.8  | code
cvv                    | scam:action | 0.7  | code
ตั้งรหัส 6 หลัก           | scam:action | 0.7  | code
ตั้งรหัส6หลัก            | scam:action | 0.7  | code

# --- details --------------------------------------------------------------------------------
กรอกข้อมูลส่วนตัว         | scam:action | 0.7  | details
กรอกข้อมูล              | scam:action | 0.55 | details
กรอกรายละเอียด          | scam:action | 0.55 | details
กรอกเลขบัตร             | scam:action | 0.8  | details
กรอกเลขบัญชี            | scam:action | 0.7  | details
อัปเดตข้อมูล             | scam:action | 0.55 | details
อัพเดทข้อมูล            | scam:action | 0.55 | details
อัพเดตข้อมูล            | scam:action | 0.55 | details
อัปเดตที่อยู่              | scam:action | 0.7  | details
อัพเดทที่อยู่             | scam:action | 0.7  | details
ยืนยันข้อมูล             | scam:action | 0.5  | details
เลขบัตรประชาชน         | scam:action | 0.45 | details
ถ่ายรูปบัตรประชาชน       | scam:action | 0.65 | details
ส่งรูปบัตรประชาชน        | scam:action | 0.7  | details
ถ่ายรูปคู่กับบัตร          | scam:action | 0.7  | details
สแกนใบหน้า             | scam:action | 0.6  | details
เลขบัตรเครดิต           | scam:action | 0.6  | details
ข้อมูลบัตรเครดิต          | scam:action | 0.6  | details
ชื่อผู้ใช้และรหัสผ่าน        | scam:action | 0.75 | details

# --- contact (LINE first) -------------------------------------------------------------------
แอดไลน์                 | scam:action | 0.65 | contact
แอด line               | scam:action | 0.65 | contact
แอดline                | scam:action | 0.65 | contact
add line               | scam:action | 0.65 | contact
แอดไลน์เจ้าหน้าที่         | scam:action | 0.8  | contact
เพิ่มเพื่อนไลน์            | scam:action | 0.6  | contact
เพิ่มเพื่อนทางไลน์         | scam:action | 0.6  | contact
ทักไลน์                 | scam:action | 0.6  | contact
ติดต่อทางไลน์            | scam:action | 0.6  | contact
ติดต่อผ่านไลน์            | scam:action | 0.6  | contact
ไลน์ไอดี                | scam:action | 0.55 | contact
ไอดีไลน์                | scam:action | 0.55 | contact
line id                | scam:action | 0.55 | contact
สแกนเพิ่มเพื่อน           | scam:action | 0.55 | contact
ทักแชท                 | scam:action | 0.4  | contact
ติดต่อผ่านเทเลแกรม        | scam:action | 0.65 | contact
เทเลแกรม               | scam:action | 0.4  | contact
telegram               | scam:action | 0.4  | contact
whatsapp               | scam:action | 0.4  | contact
ตอบกลับข้อความนี้         | scam:action | 0.5  | contact

# ============================================================================================
# scam:aware — warnings and advice about scams: parts near them count for little
# ============================================================================================
ระวังมิจฉาชีพ            | scam:aware
แก๊งมิจฉาชีพ             | scam:aware
มิจฉาชีพแอบอ้าง          | scam:aware
แอบอ้างเป็นเจ้าหน้าที่       | scam:aware
แอบอ้างเป็นตำรวจ         | scam:aware
แอบอ้างเป็นธนาคาร        | scam:aware
แก๊งคอลเซ็นเตอร์          | scam:aware
เตือนภัย                 | scam:aware
ระวังภัย                 | scam:aware
อย่าหลงเชื่อ              | scam:aware
ไม่มีนโยบาย              | scam:aware
ห้ามบอกรหัส              | scam:aware
อย่าบอกรหัส              | scam:aware
ห้ามให้รหัส               | scam:aware
อย่าให้รหัส               | scam:aware
ห้ามเปิดเผยรหัส           | scam:aware
อย่าบอก otp             | scam:aware
อย่ากดลิงก์              | scam:aware
อย่ากดลิงค์              | scam:aware
อย่าคลิกลิงก์             | scam:aware
อย่าคลิกลิงค์             | scam:aware
ไม่ควรกดลิงก์            | scam:aware
ไม่ควรกดลิงค์            | scam:aware
อย่าโอนเงิน              | scam:aware
ระวังถูกหลอก             | scam:aware
ระวังโดนหลอก            | scam:aware
ถูกหลอก                 | scam:aware
โดนหลอก                | scam:aware
หลอกลวง                | scam:aware
หลอกให้โอน              | scam:aware
หลอกให้กด               | scam:aware
หลอกให้ติดตั้ง            | scam:aware
กลโกง                  | scam:aware
ลิงก์ปลอม               | scam:aware
ลิงค์ปลอม               | scam:aware
เว็บปลอม                | scam:aware
เว็บไซต์ปลอม             | scam:aware
แอปปลอม                | scam:aware
แอพปลอม                | scam:aware
sms ปลอม               | scam:aware
ข้อความปลอม             | scam:aware
เพจปลอม                | scam:aware
ข่าวปลอม                | scam:aware
ศูนย์ต่อต้านข่าวปลอม       | scam:aware
แจ้งความออนไลน์          | scam:aware
thaipoliceonline       | scam:aware
ตั้งสติ                   | scam:aware
ตรวจสอบก่อนโอน          | scam:aware
ภัยออนไลน์               | scam:aware
โดนโกง                 | scam:aware
ถูกโกง                  | scam:aware
