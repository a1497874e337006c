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
ผมเองนะ                | scam:sender | 0.55 | relative
เพื่อนเอง                | scam:sender | 0.5  | relative
จำกันได้ไหม             | scam:sender | 0.45 | relative
นี่เบอร์ใหม่              | scam:sender | 0.65 | relative
เบอร์ใหม่                | scam:sender | 0.5  | relative
เปลี่ยนเบอร์ใหม่          | scam:sender | 0.6  | relative
นี่ไลน์ใหม่               | scam:sender | 0.65 | relative
ไลน์ใหม่                 | scam:sender | 0.5  | relative
มือถือหาย               | scam:sender | 0.55 | relative
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
รายได้วันละ              | scam:problem | 0.6  | job
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
ชำระเงิน                | scam:action | 0.35 | transfer
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

# ============================================================================================
# Generalisation pass (2026-12): the same parts in more of the wordings Thai scams use.
# ============================================================================================
# --- scam:sender ----------------------------------------------------------------------------
# Latin brand names below are written as patterns, not plain terms: a plain Latin sender term is
# also a word looked for in link hosts, and these brands' own domains are not (yet) in
# ../misinfo/brands.tsv, so their real sites would look like impersonation. Thai letters are word
# characters, so the patterns check for a non-Latin neighbour instead of \b.
# wallets and their spellings
re:(^|[^a-z0-9])rabbit line pay([^a-z0-9]|$) | scam:sender | 0.85 | wallet
re:(^|[^a-z0-9])rabbit linepay([^a-z0-9]|$) | scam:sender | 0.85 | wallet
re:(^|[^a-z0-9])rabbitlinepay([^a-z0-9]|$) | scam:sender | 0.85 | wallet
แรบบิท ไลน์ เพย์         | scam:sender | 0.85 | wallet
ไลน์เพย์                 | scam:sender | 0.7  | wallet
re:(^|[^a-z0-9])line pay([^a-z0-9]|$) | scam:sender | 0.7  | wallet
เป๋าตังค์                | scam:sender | 0.85 | wallet
ทรูวอลเล็ต               | scam:sender | 0.85 | wallet
# banks' card and call-centre desks
ฝ่ายบัตรเครดิต           | scam:sender | 0.6  | bank
ศูนย์บริการบัตรเครดิต      | scam:sender | 0.6  | bank
คอลเซ็นเตอร์ธนาคาร        | scam:sender | 0.7  | bank
# telecoms: the SMS header ("True:", "NT:") and Thai names
re:^\[?(true|nt|ais|dtac|truemove h|true move h)\]?\s?: | scam:sender | 0.6 | telecom
re:^\[?(true|nt)\]?\s       | scam:sender | 0.5  | telecom
เอ็นที                   | scam:sender | 0.6  | telecom
โทรคมนาคมแห่งชาติ         | scam:sender | 0.85 | telecom
ทรูออนไลน์               | scam:sender | 0.75 | telecom
ทรูมูฟ เอช               | scam:sender | 0.85 | telecom
# shops and malls whose "anniversary giveaways" are faked
re:(^|[^a-z0-9])lotus['’]?s?([^a-z0-9]|$) | scam:sender | 0.55 | platform
โลตัส                  | scam:sender | 0.55 | platform
re:(^|[^a-z0-9])big c([^a-z0-9]|$) | scam:sender | 0.55 | platform
re:(^|[^a-z0-9])bigc([^a-z0-9]|$) | scam:sender | 0.55 | platform
บิ๊กซี                  | scam:sender | 0.55 | platform
re:(^|[^a-z0-9])7-eleven([^a-z0-9]|$) | scam:sender | 0.55 | platform
re:(^|[^a-z0-9])7eleven([^a-z0-9]|$) | scam:sender | 0.55 | platform
เซเว่นอีเลฟเว่น          | scam:sender | 0.55 | platform
เซเว่น อีเลฟเว่น         | scam:sender | 0.55 | platform
เซ็นทรัล                | scam:sender | 0.45 | platform
re:(^|[^a-z0-9])power buy([^a-z0-9]|$) | scam:sender | 0.55 | platform
re:(^|[^a-z0-9])powerbuy([^a-z0-9]|$) | scam:sender | 0.55 | platform
เพาเวอร์บาย             | scam:sender | 0.55 | platform
re:(^|[^a-z0-9])homepro([^a-z0-9]|$) | scam:sender | 0.55 | platform
โฮมโปร                 | scam:sender | 0.55 | platform
re:(^|[^a-z0-9])makro([^a-z0-9]|$) | scam:sender | 0.55 | platform
แม็คโคร                | scam:sender | 0.55 | platform
ไทวัสดุ                 | scam:sender | 0.5  | platform
# a giveaway "from a shop's promotion"; a message "from/on LINE, Facebook…"
re:จาก(โปร|ห้าง|ร้าน)      | scam:sender | 0.4  | platform
re:(บน|ของ|จาก|ทาง|ใน|สมัคร|ร้านค้า|รีวิว)\s?(line|ไลน์|facebook|เฟซบุ๊ก|เฟสบุ๊ค|เฟสบุ๊ก|tiktok|ติ๊กต็อก|telegram|เทเลแกรม|whatsapp|wechat|instagram|ไอจี|messenger|youtube|ยูทูบ|shopee|ช้อปปี้|lazada|ลาซาด้า|google|grab|แกร็บ|agoda|netflix|apple) | scam:sender | 0.4 | platform
ฝ่ายสนับสนุน             | scam:sender | 0.55 | platform
ทีมสนับสนุน              | scam:sender | 0.5  | platform
ฝ่ายซัพพอร์ต             | scam:sender | 0.5  | platform
ฝ่ายความปลอดภัย          | scam:sender | 0.45 | platform
# dating apps: where a romance "match" says they met you
re:(^|[^a-z0-9])tinder([^a-z0-9]|$) | scam:sender | 0.45 | platform
re:(^|[^a-z0-9])bumble([^a-z0-9]|$) | scam:sender | 0.45 | platform
ทินเดอร์                | scam:sender | 0.45 | platform
re:(^|[^a-z0-9])facebook dating([^a-z0-9]|$) | scam:sender | 0.5  | platform
re:(^|[^a-z0-9])badoo([^a-z0-9]|$) | scam:sender | 0.45 | platform
re:(^|[^a-z0-9])okcupid([^a-z0-9]|$) | scam:sender | 0.45 | platform
แอปหาคู่                | scam:sender | 0.5  | platform
แอพหาคู่                | scam:sender | 0.5  | platform
เว็บหาคู่                | scam:sender | 0.5  | platform
# police: units, ranks (abbreviations keep their dots), stations
สภ.                    | scam:sender | 0.6  | police
สน.                    | scam:sender | 0.5  | police
บช.สอท                  | scam:sender | 0.85 | police
สอท.                   | scam:sender | 0.7  | police
บก.ปอท                  | scam:sender | 0.85 | police
กองบังคับการ            | scam:sender | 0.7  | police
กองปราบปราม            | scam:sender | 0.8  | police
กองปราบ                | scam:sender | 0.7  | police
ตำรวจจราจร              | scam:sender | 0.7  | police
ตำรวจสืบสวน             | scam:sender | 0.75 | police
ร.ต.อ.                  | scam:sender | 0.7  | police
ร.ต.ท.                  | scam:sender | 0.7  | police
ร.ต.ต.                  | scam:sender | 0.7  | police
พ.ต.อ.                  | scam:sender | 0.7  | police
พ.ต.ท.                  | scam:sender | 0.7  | police
พ.ต.ต.                  | scam:sender | 0.7  | police
ด.ต.                    | scam:sender | 0.6  | police
จ.ส.ต.                  | scam:sender | 0.6  | police
สารวัตร                 | scam:sender | 0.65 | police
ผู้กำกับการ              | scam:sender | 0.6  | police
# government departments and programmes
กรมสวัสดิการและคุ้มครองแรงงาน | scam:sender | 0.85 | government
กระทรวงแรงงาน           | scam:sender | 0.8  | government
กรมการขนส่ง             | scam:sender | 0.8  | government
กรมพัฒนาสังคม           | scam:sender | 0.75 | government
กระทรวงการพัฒนาสังคม     | scam:sender | 0.75 | government
เจ้าหน้าที่กรม            | scam:sender | 0.7  | government
สำนักงานสลากกินแบ่งรัฐบาล  | scam:sender | 0.85 | government
กองสลาก                | scam:sender | 0.7  | government
บัตรสวัสดิการแห่งรัฐ       | scam:sender | 0.5  | government
ศุลกากร                 | scam:sender | 0.55 | government
# couriers
พนักงานส่งพัสดุ           | scam:sender | 0.5  | courier
re:(^|[^a-z0-9])shopee express([^a-z0-9]|$) | scam:sender | 0.85 | courier
re:(^|[^a-z0-9])spx express([^a-z0-9]|$) | scam:sender | 0.85 | courier
ลาซาด้าเอ็กซ์เพรส         | scam:sender | 0.8  | courier
re:(^|[^a-z0-9])lazada express([^a-z0-9]|$) | scam:sender | 0.8  | courier
re:(^|[^a-z0-9])scg express([^a-z0-9]|$) | scam:sender | 0.8  | courier
# "it's me": the child or grandchild on a new number or a borrowed phone
นี่หลานเอง               | scam:sender | 0.7  | relative
หลานเองนะ               | scam:sender | 0.65 | relative
หลานเอง                 | scam:sender | 0.6  | relative
นี่หนูเอง                | scam:sender | 0.65 | relative
นี่ผมเอง                 | scam:sender | 0.6  | relative
นี่แม่เอง                 | scam:sender | 0.6  | relative
หนูเอง                  | scam:sender | 0.5  | relative
เพื่อนเก่าเอง             | scam:sender | 0.55 | relative
re:เบอร์ใหม่(ของ)?(หนู|ผม|ลูก|แม่|พ่อ|หลาน|เรา|พี่|น้อง) | scam:sender | 0.65 | relative
re:นี่(เป็น)?เบอร์(ที่ทำงาน|ใหม่|ออฟฟิศ|บริษัท|สำรอง)  | scam:sender | 0.6 | relative
เบอร์ที่ทำงาน             | scam:sender | 0.5  | relative
เซฟเบอร์นี้               | scam:sender | 0.55 | relative
เซฟไว้ด้วย               | scam:sender | 0.45 | relative
re:ยืม(เครื่อง|มือถือ|โทรศัพท์|ไลน์)(ของ)?เพื่อน | scam:sender | 0.55 | relative
re:(มือถือ|โทรศัพท์|เครื่องเก่า|เครื่อง)(ตกน้ำ|พัง|จอแตก|เสีย|โดนขโมย) | scam:sender | 0.5 | relative
ขอเรียนเชิญ              | scam:sender | 0.3  | relative
เรียนเชิญร่วมงาน          | scam:sender | 0.35 | relative
# recruiters
กำลังรับสมัคร             | scam:sender | 0.45 | employer
รับสมัครผู้ช่วย            | scam:sender | 0.5  | employer
รับสมัครแม่บ้าน           | scam:sender | 0.55 | employer
รับสมัครคนทำงาน          | scam:sender | 0.45 | employer
บริษัทของเรา             | scam:sender | 0.35 | employer
re:(^|[^a-z0-9])jobthai([^a-z0-9]|$) | scam:sender | 0.6  | employer
re:(^|[^a-z0-9])jobsdb([^a-z0-9]|$) | scam:sender | 0.6  | employer
จ๊อบไทย                 | scam:sender | 0.6  | employer
# lenders
สินเชื่อ                 | scam:sender | 0.4  | lender
เงินกู้                  | scam:sender | 0.45 | lender
กู้เงิน                  | scam:sender | 0.4  | lender
กู้ไว                   | scam:sender | 0.5  | lender
กู้ง่าย                  | scam:sender | 0.45 | lender
ให้กู้                   | scam:sender | 0.5  | lender
เงินด่วน                 | scam:sender | 0.5  | lender
สินเชื่อเงินสด            | scam:sender | 0.55 | lender
# investment pitches and "mentors"; bare ลงทุน is weak: honest money talk says it too
ลงทุน                  | scam:sender | 0.35 | investment
แชร์ออนไลน์              | scam:sender | 0.55 | investment
เปิดเผยแพลตฟอร์ม         | scam:sender | 0.55 | investment
แพลตฟอร์มที่ทำให้          | scam:sender | 0.45 | investment
เว็บเทรด                | scam:sender | 0.55 | investment
แอปเทรด                | scam:sender | 0.5  | investment
แอพเทรด                | scam:sender | 0.5  | investment
กลุ่มหุ้น                 | scam:sender | 0.55 | investment
กลุ่มเทรด                | scam:sender | 0.55 | investment
กลุ่มสอนเทรด             | scam:sender | 0.6  | investment
อาจารย์สอนหุ้น            | scam:sender | 0.6  | investment
เซียนหุ้น                 | scam:sender | 0.55 | investment
ลงทุนโครงการ             | scam:sender | 0.5  | investment
โครงการลงทุน             | scam:sender | 0.5  | investment
re:ลงทุน\s?(หุ้น|ทองคำ|ทอง|ฟอเร็กซ์|forex|คริปโต|crypto|บิทคอยน์|bitcoin|เหรียญ|ค่าเงิน|น้ำมัน) | scam:sender | 0.45 | investment

# --- scam:problem ---------------------------------------------------------------------------
# account: a card or account blocked, limited, on hold, to be verified again
re:(บัตร|บัญชี|วอลเล็ท|วอลเล็ต|กระเป๋าเงิน|ไลน์|เฟซบุ๊ก|เฟสบุ๊ค|ซิม|เบอร์|แอป|แอพ).{0,40}(ถูกระงับ|โดนระงับ|ถูกล็อก|ถูกล็อค|โดนล็อก|โดนล็อค|ถูกอายัด|โดนอายัด|ถูกจำกัด|ถูกบล็อก|ถูกปิด|ถูกแฮก|โดนแฮก) | scam:problem | 0.55 | account
re:(บัตร|บัญชี|วอลเล็ท|วอลเล็ต|กระเป๋าเงิน|ซิม|เบอร์).{0,25}(คุณ|ท่าน).{0,40}(ถูกระงับ|โดนระงับ|ถูกล็อก|ถูกล็อค|ถูกอายัด|ถูกจำกัด|ถูกบล็อก|ถูกปิด|จะถูก) | scam:problem | 0.75 | account
ถูกระงับ                 | scam:problem | 0.5  | account
โดนระงับ                | scam:problem | 0.5  | account
ถูกจำกัดการใช้งาน         | scam:problem | 0.75 | account
จำกัดการใช้งาน           | scam:problem | 0.6  | account
re:(เข้าสู่ระบบ|ล็อกอิน|login).{0,10}ผิดปกติ | scam:problem | 0.75 | account
ยอดเงินถูกพัก            | scam:problem | 0.75 | account
ถูกพักไว้                 | scam:problem | 0.6  | account
จนกว่าจะยืนยัน           | scam:problem | 0.6  | account
ยืนยันตัวตนอีกครั้ง        | scam:problem | 0.7  | account
ยืนยันว่าคุณเป็นเจ้าของบัญชี | scam:problem | 0.75 | account
ยืนยันความเป็นเจ้าของ      | scam:problem | 0.65 | account
แก้ปัญหาบัญชี            | scam:problem | 0.6  | account
บัญชีมีปัญหา             | scam:problem | 0.6  | account
ปัญหาบัญชี              | scam:problem | 0.5  | account
เปิดใช้งานใหม่            | scam:problem | 0.5  | account
เปิดใช้งานอีกครั้ง          | scam:problem | 0.5  | account
re:ต้อง(อัปเดต|อัพเดท|อัพเดต|ยืนยัน|ปรับปรุง|แก้ไข)(ข้อมูล|ตัวตน|บัญชี) | scam:problem | 0.6 | account
เพื่อใช้งานแอปต่อ         | scam:problem | 0.6  | account
เพื่อใช้งานต่อ            | scam:problem | 0.5  | account
re:ไม่มี(ใน|บน)\s?(play store|google play|app store|เพลย์สโตร์|แอปสโตร์) | scam:problem | 0.6 | account
ตรวจสอบมือถือ            | scam:problem | 0.5  | account
re:(กรอก|ใส่|พิมพ์|ลง)เบอร์.{0,10}ผิด | scam:problem | 0.7 | account
ส่งผิดเบอร์              | scam:problem | 0.6  | account
re:มี(การทำ)?รายการ(ชำระเงิน|ใช้จ่าย|โอนเงิน|ถอนเงิน) | scam:problem | 0.5 | account
เพื่อยกเลิกรายการ         | scam:problem | 0.6  | account
หากไม่ใช่ท่าน            | scam:problem | 0.55 | account
ถ้าไม่ใช่คุณ             | scam:problem | 0.55 | account
# parcels: nobody home, no house number, redelivery
ไม่มีคนอยู่               | scam:problem | 0.55 | parcel
ไม่มีผู้รับ                | scam:problem | 0.55 | parcel
ไม่มีคนรับ               | scam:problem | 0.55 | parcel
ติดต่อผู้รับไม่ได้          | scam:problem | 0.6  | parcel
ไม่มีบ้านเลขที่            | scam:problem | 0.75 | parcel
ขาดบ้านเลขที่            | scam:problem | 0.7  | parcel
ไม่พบที่อยู่              | scam:problem | 0.65 | parcel
ที่อยู่ไม่ชัดเจน            | scam:problem | 0.65 | parcel
ส่งซ้ำ                   | scam:problem | 0.45 | parcel
จัดส่งใหม่                | scam:problem | 0.5  | parcel
ไปส่งใหม่                | scam:problem | 0.5  | parcel
นัดส่งใหม่                | scam:problem | 0.5  | parcel
ยืนยันการรับพัสดุ          | scam:problem | 0.55 | parcel
รูปพัสดุ                  | scam:problem | 0.45 | parcel
# refunds and state aid: "you passed registration", "you have received money"
ผ่านการลงทะเบียน          | scam:problem | 0.6  | refund
บัตรคนจน                | scam:problem | 0.5  | refund
เบี้ยยังชีพ               | scam:problem | 0.55 | refund
คนละครึ่ง                | scam:problem | 0.5  | refund
เงินอุดหนุน              | scam:problem | 0.5  | refund
เพื่อรับเงิน               | scam:problem | 0.5  | refund
รับเงินคืน               | scam:problem | 0.45 | refund
เพื่อให้คืนเงิน            | scam:problem | 0.55 | refund
เงินคืน                  | scam:problem | 0.3  | refund
คุณได้รับเงิน             | scam:problem | 0.6  | refund
ท่านได้รับเงิน            | scam:problem | 0.6  | refund
คืนเงินส่วนเกิน           | scam:problem | 0.7  | refund
เก็บเงินเกิน              | scam:problem | 0.65 | refund
ชำระเกิน                | scam:problem | 0.55 | refund
# prizes: points about to expire, "you are the lucky one", selected, surveys, red envelopes
re:(คะแนนสะสม|แต้มสะสม|คะแนน|แต้ม|พอยท์|พอยต์|point).{0,60}หมดอายุ | scam:problem | 0.6 | prize
แลกเป็นเงินสด            | scam:problem | 0.65 | prize
แลกเงินสด               | scam:problem | 0.55 | prize
แลกของรางวัล            | scam:problem | 0.5  | prize
คุณคือผู้โชคดี            | scam:problem | 0.85 | prize
ท่านคือผู้โชคดี           | scam:problem | 0.85 | prize
เป็นผู้โชคดี              | scam:problem | 0.7  | prize
ผู้โชคดีประจำ             | scam:problem | 0.75 | prize
รับเงินรางวัล             | scam:problem | 0.6  | prize
เงินรางวัล               | scam:problem | 0.5  | prize
คุณได้รับเลือก            | scam:problem | 0.75 | prize
ท่านได้รับเลือก           | scam:problem | 0.75 | prize
ได้รับเลือก              | scam:problem | 0.5  | prize
ผ่านการคัดเลือก           | scam:problem | 0.55 | prize
คุณได้รับสิทธิ์            | scam:problem | 0.7  | prize
ท่านได้รับสิทธิ์           | scam:problem | 0.7  | prize
ได้รับสิทธิ์              | scam:problem | 0.45 | prize
ฉลองครบรอบ             | scam:problem | 0.45 | prize
ตอบแบบสอบถาม           | scam:problem | 0.55 | prize
ทำแบบสอบถาม            | scam:problem | 0.55 | prize
แบบสอบถาม              | scam:problem | 0.35 | prize
ในราคาเพียง              | scam:problem | 0.45 | prize
re:(อัปเกรด|อัพเกรด).{0,15}ฟรี | scam:problem | 0.55 | prize
คุณได้รับอั่งเปา           | scam:problem | 0.7  | prize
แจกอั่งเปา               | scam:problem | 0.55 | prize
อั่งเปา                  | scam:problem | 0.45 | prize
ฟรีจากโปร               | scam:problem | 0.55 | prize
ได้ฟรีจาก               | scam:problem | 0.5  | prize
ไม่จกตา                 | scam:problem | 0.4  | prize
สลากหมายเลข            | scam:problem | 0.5  | prize
สลากกินแบ่ง             | scam:problem | 0.45 | prize
ช่วยโหวต                | scam:problem | 0.55 | prize
โหวตให้                  | scam:problem | 0.45 | prize
ส่งประกวด               | scam:problem | 0.45 | prize
# jobs: paid to like, a "special task" that needs a deposit, a VIP account, pay too good
แค่กดไลก์                | scam:problem | 0.7  | job
แค่กดไลค์                | scam:problem | 0.7  | job
re:กด(ไลก์|ไลค์|หัวใจ|ติดตาม|ฟอล|follow|like|แชร์).{0,25}(ได้|รับ)\s?(เงิน|ค่าคอม|ค่าจ้าง|[฿\d]) | scam:problem | 0.75 | job
ต่องาน                  | scam:problem | 0.4  | job
จ่ายรายวัน               | scam:problem | 0.3  | job
ภารกิจพิเศษ              | scam:problem | 0.7  | job
งานรีวิว                 | scam:problem | 0.5  | job
ค่าคอมเพิ่ม              | scam:problem | 0.55 | job
re:(ได้คืน|คืนทุน|ได้เงินคืน|คืนเงิน).{0,10}(พร้อม|บวก)\s?(โบนัส|ค่าคอม|กำไร) | scam:problem | 0.8 | job
พร้อมโบนัส              | scam:problem | 0.45 | job
ผู้ช่วยออนไลน์            | scam:problem | 0.55 | job
ใช้แค่มือถือ              | scam:problem | 0.6  | job
มีพี่เลี้ยงสอน             | scam:problem | 0.5  | job
ทำงานที่บ้าน              | scam:problem | 0.4  | job
re:(เปิด|อัปเกรด|อัพเกรด|ยกระดับ)\s?(บัญชี|สมาชิก|ระดับ)?\s?vip | scam:problem | 0.6 | job
บัญชี vip               | scam:problem | 0.55 | job
# investment: a rate per day/week/month, guaranteed, principal safe, accuracy, multiples
re:(ผลตอบแทน|กำไร|ปันผล|ดอกเบี้ย|ได้)\s?\d+(\.\d+)?\s?%\s?(ต่อ|ทุก|ราย)?\s?(วัน|สัปดาห์|อาทิตย์|เดือน) | scam:problem | 0.8 | investment
re:กำไร\s?\d+\s?% | scam:problem | 0.6 | investment
กำไรการันตี              | scam:problem | 0.8  | investment
ผลตอบแทนการันตี          | scam:problem | 0.8  | investment
รับประกันผลตอบแทน        | scam:problem | 0.8  | investment
รับประกันกำไร            | scam:problem | 0.8  | investment
การันตี                  | scam:problem | 0.3  | investment
เงินต้นปลอดภัย           | scam:problem | 0.7  | investment
เงินต้นไม่หาย            | scam:problem | 0.75 | investment
ไม่เสียเงินต้น            | scam:problem | 0.7  | investment
ปันผลรายวัน             | scam:problem | 0.65 | investment
ปันผลรายเดือน           | scam:problem | 0.5  | investment
ถอนได้ทุกเมื่อ            | scam:problem | 0.5  | investment
ถอนได้ทุกวัน             | scam:problem | 0.5  | investment
ชวนเพื่อนได้เพิ่ม          | scam:problem | 0.55 | investment
รายได้หลักแสน            | scam:problem | 0.6  | investment
รายได้หลักล้าน           | scam:problem | 0.6  | investment
กำไรหลักแสน             | scam:problem | 0.6  | investment
re:แม่นยำ\s?\d+\s?%       | scam:problem | 0.65 | investment
ทำเงินทุกวัน             | scam:problem | 0.6  | investment
วิธีทำเงิน               | scam:problem | 0.5  | investment
สอนทำเงิน               | scam:problem | 0.55 | investment
re:(เพิ่มเป็น|ได้คืน|คืน|ทวี)\s?\d+\s?เท่า | scam:problem | 0.6 | investment
# loans
อนุมัติชัวร์              | scam:problem | 0.7  | loan
ติดแบล็คลิสต์             | scam:problem | 0.65 | loan
ติดแบล็กลิสต์             | scam:problem | 0.65 | loan
ติดบูโร                  | scam:problem | 0.55 | loan
ไม่ต้องค้ำ               | scam:problem | 0.55 | loan
วงเงินอนุมัติ             | scam:problem | 0.6  | loan
# romance: money stuck abroad, a leave that needs paying for, an inheritance
เงินมรดก                | scam:problem | 0.6  | romance
re:(เงิน|มรดก|ของขวัญ|กล่อง|พัสดุ|ทองคำ).{0,20}ติดอยู่ | scam:problem | 0.6 | romance
อนุมัติวันลา             | scam:problem | 0.5  | romance
หมอทหาร                | scam:problem | 0.55 | romance
ทหารสหประชาชาติ         | scam:problem | 0.6  | romance
กัปตันเรือ               | scam:problem | 0.45 | romance
แท่นขุดเจาะ              | scam:problem | 0.5  | romance
แมตช์กัน                | scam:problem | 0.45 | romance
re:(ทหาร|หมอ|วิศวกร|กัปตัน|นายพล)\s?(สหรัฐ|อเมริกัน|อเมริกา|ยูเอ็น|สหประชาชาติ|นาโต|อังกฤษ) | scam:problem | 0.55 | romance
re:(อยาก|จะ)?ส่ง(กล่อง|พัสดุ|ของขวัญ|เงินสด|ทองคำ|กระเป๋า).{0,20}(ให้คุณ|มาให้|ไปให้) | scam:problem | 0.6 | romance
ค่าขนส่ง                | scam:problem | 0.4  | fee
# legal: suspect, drugs or fake passports in a parcel in your name, money returned after checks
ผู้ต้องสงสัย              | scam:problem | 0.65 | legal
คดีฉ้อโกง               | scam:problem | 0.6  | legal
มียาเสพติด              | scam:problem | 0.8  | legal
พาสปอร์ตปลอม           | scam:problem | 0.7  | legal
หนังสือเดินทางปลอม       | scam:problem | 0.7  | legal
ตรวจยึด                 | scam:problem | 0.6  | legal
พัสดุในชื่อของคุณ         | scam:problem | 0.75 | legal
พัสดุในชื่อของท่าน        | scam:problem | 0.75 | legal
ในชื่อของคุณ             | scam:problem | 0.5  | legal
ในชื่อของท่าน            | scam:problem | 0.5  | legal
รับผิดชอบคดี            | scam:problem | 0.6  | legal
หลังการสอบสวน          | scam:problem | 0.7  | legal
หลังตรวจสอบเสร็จ         | scam:problem | 0.65 | legal
เงินจะถูกคืน             | scam:problem | 0.65 | legal
เพื่อการตรวจสอบ          | scam:problem | 0.45 | legal
ขับรถชน                 | scam:problem | 0.6  | legal
ค่าประกันตัว              | scam:problem | 0.8  | legal
ประสบอุบัติเหตุ           | scam:problem | 0.5  | fee
อุบัติเหตุ                | scam:problem | 0.4  | fee
อยู่โรงพยาบาล            | scam:problem | 0.45 | fee
ประกันตัว                | scam:problem | 0.55 | legal
ใบสั่งจราจร              | scam:problem | 0.55 | legal
ค่าปรับค้างชำระ           | scam:problem | 0.7  | legal
มีค่าปรับ                 | scam:problem | 0.55 | legal
ค่าปรับจราจร             | scam:problem | 0.55 | legal
# voicemail: a voice message waiting; a file with a disguised name that is really an app
คุณมีข้อความเสียง         | scam:problem | 0.75 | voicemail
ข้อความเสียงใหม่          | scam:problem | 0.7  | voicemail
ฝากข้อความเสียง          | scam:problem | 0.6  | voicemail
ข้อความรอฟัง            | scam:problem | 0.75 | voicemail
มีข้อความรอ             | scam:problem | 0.6  | voicemail
ข้อความที่ยังไม่ได้ฟัง       | scam:problem | 0.7  | voicemail
จากผู้ติดต่อที่ไม่รู้จัก       | scam:problem | 0.5  | voicemail
re:\w\.apk\b             | scam:problem | 0.6  | voicemail
# fees: pay again for redelivery, "only the shipping", tax on a prize, "until you pay"
ค่าส่งซ้ำ                 | scam:problem | 0.75 | fee
ค่าจัดส่งใหม่             | scam:problem | 0.75 | fee
ค่าส่งใหม่               | scam:problem | 0.7  | fee
จ่ายแค่ค่าส่ง             | scam:problem | 0.8  | fee
แค่ค่าส่ง                | scam:problem | 0.7  | fee
re:แค่.{0,25}ค่า(ส่ง|จัดส่ง)  | scam:problem | 0.75 | fee
ค่าส่ง                  | scam:problem | 0.3  | fee
ภาษีรางวัล               | scam:problem | 0.8  | fee
re:จนกว่าจะ(จ่าย|โอน|ชำระ|วางเงิน) | scam:problem | 0.6 | fee
เพื่อปลดล็อก             | scam:problem | 0.6  | fee
เพื่อปลดล็อค             | scam:problem | 0.6  | fee
ค่าปลดล็อกบัญชี           | scam:problem | 0.8  | fee
# "I'll pay you back", a phone or bank app that does not work, an emergency that needs money
re:(ผม|หนู|ฉัน|เรา|จะ|แล้ว|เดี๋ยว|พรุ่งนี้)\s?(จะ)?\s?(รีบ)?คืน(ให้|เงิน|เมื่อ|ทันที|พรุ่งนี้|ตอน) | scam:problem | 0.5 | fee
พรุ่งนี้คืน               | scam:problem | 0.5  | fee
re:(แอป|แอพ)(ธนาคาร)?.{0,20}ใช้.{0,12}ไม่ได้ | scam:problem | 0.55 | fee
re:ต้องใช้\s?(เงิน)?\s?[฿\d] | scam:problem | 0.55 | fee
ต้องจ่ายค่าเทอม          | scam:problem | 0.5  | fee
ค่าโรงพยาบาล            | scam:problem | 0.5  | fee
เข้าโรงพยาบาล           | scam:problem | 0.45 | fee
ช่วยอะไรหน่อย            | scam:problem | 0.4  | fee
ขอยืม                   | scam:problem | 0.45 | fee

# --- scam:pressure --------------------------------------------------------------------------
จะหมดอายุวันนี้           | scam:pressure | 0.65 | deadline
หมดอายุวันนี้             | scam:pressure | 0.6  | deadline
re:ใน\s?\d{1,3}\s?(ชั่วโมง|ชม\.|นาที) | scam:pressure | 0.6 | deadline
ก่อนถูกลบ               | scam:pressure | 0.6  | deadline
re:ก่อน\s?\d{1,2}\s?(โมง|ทุ่ม|นาฬิกา|น\.) | scam:pressure | 0.5 | deadline
ก่อนเที่ยง                | scam:pressure | 0.45 | deadline
re:(ชำระ|จ่าย|โอน)\s?(ก่อน|ภายใน)\s?(วันที่)?\s?\d{1,2}\s?/\s?\d{1,2} | scam:pressure | 0.35 | deadline
ที่นั่งจำกัด              | scam:pressure | 0.5  | deadline
จำนวนจำกัด              | scam:pressure | 0.45 | deadline
สิทธิ์มีจำนวนจำกัด        | scam:pressure | 0.55 | deadline
re:เหลือ(อีก)?(เพียง|แค่)?\s?\d+\s?(ที่|ท่าน|สิทธิ์|ชิ้น|คน|ที่นั่ง|ชั่วโมง|ชม) | scam:pressure | 0.55 | deadline
ชิ้นสุดท้าย              | scam:pressure | 0.5  | deadline
re:\d+\s?(ท่าน|คน|รายชื่อ|สิทธิ์)แรก | scam:pressure | 0.5 | deadline
ลงทุนวันนี้               | scam:pressure | 0.4  | deadline
วันนี้ต้อง                | scam:pressure | 0.4  | deadline
re:ก่อน(บัญชี|ซิม|เบอร์|บัตร|สิทธิ์|ลิงก์|ลิงค์|ข้อความ)?(จะ)?ถูก(ปิด|ระงับ|ลบ|ยกเลิก|ล็อก|ล็อค|อายัด|ตัด) | scam:pressure | 0.7 | threat
re:บัญชี.{0,12}จะถูก(ล็อก|ล็อค|ปิด|ระงับ)   | scam:pressure | 0.7 | threat
จะถูกล็อก               | scam:pressure | 0.6  | threat
จะถูกล็อค               | scam:pressure | 0.6  | threat
จะถูกปิด                | scam:pressure | 0.55 | threat
เพื่อหลีกเลี่ยง            | scam:pressure | 0.55 | threat
ถูกระงับทะเบียน          | scam:pressure | 0.7  | threat
ระงับทะเบียนรถ          | scam:pressure | 0.65 | threat
re:(จะ)?ถูกตัด(บริการ|น้ำ|ไฟ|เน็ต|อินเทอร์เน็ต|สัญญาณ|ซิม) | scam:pressure | 0.7 | threat
re:ไม่(ยอม|ให้|ปล่อย).{0,25}จนกว่าจะ | scam:pressure | 0.6 | threat
re:(อย่า|ห้าม)(เพิ่ง)?(บอก|แจ้ง|เล่า|ปรึกษา)(ให้)?(ใคร|ครอบครัว|พ่อ|แม่|คนอื่น|ที่บ้าน|เพื่อน|พนักงาน|ธนาคาร|ญาติ|ลูก|สามี|ภรรยา|แฟน|ตำรวจ) | scam:pressure | 0.8 | secrecy
เก็บเรื่องนี้เป็นความลับ     | scam:pressure | 0.8  | secrecy
ไว้ใจคุณคนเดียว           | scam:pressure | 0.55 | secrecy
ไว้ใจเธอคนเดียว          | scam:pressure | 0.55 | secrecy
ตอนนี้โทรไม่ได้           | scam:pressure | 0.5  | secrecy
อย่าโทรมา               | scam:pressure | 0.55 | secrecy
ไม่ต้องโทรมา             | scam:pressure | 0.45 | secrecy
เดี๋ยวเล่าให้ฟัง            | scam:pressure | 0.35 | secrecy

# --- scam:action ----------------------------------------------------------------------------
# links: "redeem / claim / listen / pay … at", "tap to listen", "reply Y and reopen"
re:(แลก|รับ|ฟัง|ดู|ตรวจสอบ|ยืนยัน|ชำระ|อัปเดต|อัพเดท|กรอก|ลงทะเบียน|กู้คืน|ปลดล็อก|ยกเลิก)[^\s]{0,25}ได้ที่ | scam:action | 0.65 | link
ฟังได้ที่                 | scam:action | 0.7  | link
re:(แตะ|กด|คลิก|คลิ๊ก)เพื่อ(ฟัง|ดู|รับ|เปิด|ยืนยัน) | scam:action | 0.75 | link
ในลิงก์นี้                | scam:action | 0.65 | link
ในลิงค์นี้                | scam:action | 0.65 | link
ลิงก์นี้                  | scam:action | 0.5  | link
ลิงค์นี้                  | scam:action | 0.5  | link
กดรับ                   | scam:action | 0.5  | link
กู้คืนบัญชี               | scam:action | 0.6  | link
กู้คืน                   | scam:action | 0.45 | link
เพื่อให้ลิงก์ใช้งานได้       | scam:action | 0.85 | link
เพื่อให้ลิงค์ใช้งานได้       | scam:action | 0.85 | link
เปิดข้อความนี้ใหม่         | scam:action | 0.8  | link
# calls: transferred to "the officer", a video call
โอนสาย                  | scam:action | 0.65 | call
จะโอนสายให้              | scam:action | 0.7  | call
วิดีโอคอล                | scam:action | 0.65 | call
วีดีโอคอล                | scam:action | 0.65 | call
วิดีโอคอลล์              | scam:action | 0.65 | call
video call            | scam:action | 0.6  | call
เข้าวิดีโอคอล             | scam:action | 0.75 | call
เจ้าหน้าที่จะโทรหา         | scam:action | 0.55 | call
# apps: unknown sources, accessibility, remote-support apps, files ending in .apk
แหล่งที่ไม่รู้จัก            | scam:action | 0.85 | app
ไม่ทราบแหล่งที่มา         | scam:action | 0.85 | app
อนุญาตการเข้าถึงทั้งหมด    | scam:action | 0.85 | app
การช่วยเหลือพิเศษ         | scam:action | 0.75 | app
เปิดสิทธิ์การช่วยเหลือพิเศษ | scam:action | 0.9  | app
quicksupport          | scam:action | 0.85 | app
airdroid              | scam:action | 0.85 | app
splashtop             | scam:action | 0.85 | app
.apk                  | scam:action | 0.95 | app
re:(ติดตั้ง|ดาวน์โหลด|โหลด)(แอป|แอพ).{0,15}เวอร์ชัน | scam:action | 0.7 | app
เวอร์ชันพิเศษ             | scam:action | 0.55 | app
เปิดไฟล์                 | scam:action | 0.5  | app
ไฟล์นี้                   | scam:action | 0.4  | app
# money: cash handed to "officers", a state account, deposits before a task, gift cards
ถอนเงินสด               | scam:action | 0.7  | transfer
re:(ถอนเงิน|เงินสด).{0,30}(มอบให้|ส่งให้|นำมาให้|ฝากไว้กับ|ให้เจ้าหน้าที่) | scam:action | 0.85 | transfer
มอบให้เจ้าหน้าที่           | scam:action | 0.85 | transfer
เก็บรักษาไว้ชั่วคราว        | scam:action | 0.7  | transfer
บัญชีของรัฐ              | scam:action | 0.85 | transfer
ที่เจ้าหน้าที่กำหนด         | scam:action | 0.6  | transfer
ต้องโอนเงิน              | scam:action | 0.7  | transfer
ต้องโอน                 | scam:action | 0.6  | transfer
ต้องเติมเงิน              | scam:action | 0.7  | transfer
ต้องฝากเงิน              | scam:action | 0.7  | transfer
แค่ฝากเงิน              | scam:action | 0.7  | transfer
re:ฝากเงิน(ใน|เข้า)(เว็บ|แอป|แอพ|ระบบ|แพลตฟอร์ม) | scam:action | 0.75 | transfer
ต้องจ่าย                | scam:action | 0.5  | transfer
จ่ายค่าส่ง               | scam:action | 0.6  | transfer
จ่ายค่า                 | scam:action | 0.45 | transfer
re:จ่าย(เงิน)?\s?[฿\d]    | scam:action | 0.5  | transfer
re:โอน(เงิน)?(ให้)?\s?[฿\d] | scam:action | 0.5  | transfer
re:ส่ง(เงิน)?(ให้)?\s?[฿\d] | scam:action | 0.45 | transfer
re:ขอ(เงิน)?\s?[฿\d]      | scam:action | 0.45 | transfer
re:ยืม(เงิน)?\s?[฿\d]     | scam:action | 0.5  | transfer
re:โอน(เงิน)?ให้(หนู|ผม|ลูก|ฉัน|เรา|หลาน|พี่|น้อง) | scam:action | 0.65 | transfer
re:ซื้อ(บัตร|การ์ด)(ของขวัญ|เติมเงิน|เกม|google play|itunes|steam|garena|razer|playstation|apple) | scam:action | 0.85 | transfer
บัตรของขวัญ              | scam:action | 0.5  | transfer
ช่วยส่ง                  | scam:action | 0.45 | transfer
ส่งเงิน                  | scam:action | 0.5  | transfer
ช่วยจ่าย                 | scam:action | 0.5  | transfer
ช่วยชำระ                | scam:action | 0.55 | transfer
จ่ายแทน                 | scam:action | 0.5  | transfer
re:โอน(เงิน)?ให้เจ้าหน้าที่   | scam:action | 0.75 | transfer
ชำระภาษี                | scam:action | 0.55 | transfer
ชำระค่าปรับ              | scam:action | 0.65 | transfer
# codes: "send me the code you just got", a code read from the screen or a photo of it
re:(ส่ง|บอก|แจ้ง|ขอ|ถ่ายรูป)รหัส | scam:action | 0.65 | code
re:รหัส.{0,30}(ส่งให้|ส่งมาให้|ส่งกลับ|ส่งต่อ)  | scam:action | 0.75 | code
รหัสที่เพิ่งได้รับ          | scam:action | 0.8  | code
รหัสที่ได้รับ              | scam:action | 0.5  | code
รหัสที่เพิ่งส่ง            | scam:action | 0.8  | code
ตอบกลับด้วยรหัส          | scam:action | 0.9  | code
ขอรหัส                  | scam:action | 0.7  | code
re:รหัส\s?\d{1,2}\s?หลัก  | scam:action | 0.45 | code
รหัสบนหน้าจอ            | scam:action | 0.8  | code
re:รหัส(ทาง)?\s?sms       | scam:action | 0.6  | code
ถ่ายรูปรหัส              | scam:action | 0.85 | code
ขูดรหัส                 | scam:action | 0.7  | code
# details: ID photos and selfies, name/address/account number sent back, card details
อัปโหลดรูปบัตรประชาชน     | scam:action | 0.8  | details
อัพโหลดรูปบัตรประชาชน     | scam:action | 0.8  | details
รูปบัตรประชาชน           | scam:action | 0.6  | details
เซลฟี่คู่บัตร              | scam:action | 0.75 | details
เซลฟี่                   | scam:action | 0.35 | details
re:ส่ง(ชื่อ|ที่อยู่|เลขบัญชี|เลขที่บัญชี|สำเนา|รูปบัตร|ข้อมูลส่วนตัว|ข้อมูลบัตร) | scam:action | 0.7 | details
กรอกเลขบัญชีธนาคาร      | scam:action | 0.75 | details
re:เลขบัญชี.{0,10}มา(ที่|ให้|ทาง) | scam:action | 0.75 | details
กรอกข้อมูลบัตร           | scam:action | 0.85 | details
แค่กรอกข้อมูล            | scam:action | 0.7  | details
ข้อมูลบัตร               | scam:action | 0.55 | details
# contact: "reply Y", "reply 'interested'", join a LINE/Telegram group
re:ตอบกลับ\s?['"“‘]?(y|yes|ใช่|ok|1)['"”’]?\s | scam:action | 0.7 | contact
re:(ตอบ|พิมพ์)\s?['"“‘]?สนใจ | scam:action | 0.6 | contact
ทักมาว่าสนใจ             | scam:action | 0.6  | contact
สนใจทักไลน์              | scam:action | 0.65 | contact
สนใจทัก                 | scam:action | 0.5  | contact
เพื่อรับรายละเอียด         | scam:action | 0.45 | contact
re:เข้ากลุ่ม.{0,15}(line|ไลน์|telegram|เทเลแกรม|facebook|เฟซบุ๊ก|เฟส|วีไอพี|vip) | scam:action | 0.7 | contact
เข้ากลุ่ม                | scam:action | 0.55 | contact
ทักมา                   | scam:action | 0.4  | contact

# --- scam:aware -----------------------------------------------------------------------------
มิจฉาชีพ                 | scam:aware
สัญญาณอันตราย           | scam:aware
สัญญาณเตือน             | scam:aware
เป็นการหลอกลวง          | scam:aware
เตือนตัวเอง              | scam:aware
โปรดระวัง                | scam:aware
ระวังข้อความ             | scam:aware
ระวังลิงก์                | scam:aware
ระวังลิงค์                | scam:aware
ระวังแก๊ง                | scam:aware
เบอร์หลังบัตร             | scam:aware
หมายเลขหลังบัตร          | scam:aware
เบอร์โทรหลังบัตร          | scam:aware
ติดต่อธนาคารโดยตรง       | scam:aware
จะไม่ขอรหัส              | scam:aware
ไม่เคยขอรหัส             | scam:aware
ไม่ขอรหัส                | scam:aware
ห้ามบอกรหัสนี้            | scam:aware
ห้ามแจ้งรหัส             | scam:aware
อย่าแจ้งรหัส             | scam:aware
อย่าเปิดเผยรหัส          | scam:aware
ห้ามเปิดเผย             | scam:aware
ห้ามบอกผู้อื่น            | scam:aware
ห้ามบอกผู้ใด             | scam:aware
ไม่มีการส่งลิงก์           | scam:aware
ไม่มีการส่งลิงค์           | scam:aware
ไม่ส่งลิงก์               | scam:aware
ไม่ส่งลิงค์               | scam:aware
อย่ากด                  | scam:aware
อย่าคลิก                 | scam:aware
สายด่วน 1441            | scam:aware
สายด่วน1441             | scam:aware
ศูนย์ aoc               | scam:aware
ได้รับข้อความแบบนี้        | scam:aware
ใครได้รับข้อความ          | scam:aware
อย่าหลงกล               | scam:aware
อย่าแชร์รหัส             | scam:aware
ห้ามแชร์รหัส             | scam:aware
อย่าแชร์                | scam:aware
แอบอ้าง                 | scam:aware
อ้างว่า                  | scam:aware
ระวังนะ                 | scam:aware
ระวังด้วย                | scam:aware
ระวังกันด้วย              | scam:aware
มีคนทักมาว่า             | scam:aware
มีคนโทรมาว่า             | scam:aware
ส่งข้อความมาว่า           | scam:aware
ได้รับข้อความว่า          | scam:aware
ได้รับ sms ว่า           | scam:aware

# --- allow: a code delivered to you is not a code asked of you -------------------------------
re:(รหัส\s?)?(otp|โอทีพี)\s?(ของ(คุณ|ท่าน))?\s?(คือ|=|:)\s?\d{4,8} | allow
re:(ใช้ได้|มีอายุ)\s?(ภายใน|ใน)\s?\d{1,2}\s?นาที | allow
# a bank or wallet reporting a transaction that happened is not asking for one
re:รายการ(โอนเงิน|ชำระเงิน|ถอนเงิน|ใช้จ่าย)\s?(จำนวน)?\s?[฿\d]? | allow
โอนเงินสำเร็จ            | allow
ชำระเงินสำเร็จ           | allow
re:(คุณ|ท่าน)?ได้รับเงินโอน | allow
เงินโอนเข้า              | allow
# "redeem / pay / check it in the app or at a branch" points to the official channel
re:(แลก|รับ|ฟัง|ดู|ตรวจสอบ|ยืนยัน|ชำระ|อัปเดต|อัพเดท|กรอก|ลงทะเบียน|กู้คืน|ปลดล็อก|ยกเลิก)[^\s]{0,25}ได้(ที่|ใน)\s?(แอป|แอพ|application|สาขา|เคาน์เตอร์|ร้าน|หน้าร้าน|จุดบริการ|ที่ทำการ|ตู้) | allow
# a wage of a few hundred baht a day is an ordinary job, not a promise of easy money
re:(รายได้|ค่าแรง|ค่าจ้าง|จ่าย)\s?(วันละ|ต่อวัน|รายวัน)\s?\d{3}\s?(บาท|บ\.) | allow
