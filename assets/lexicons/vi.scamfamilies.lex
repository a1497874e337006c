@format 1
@lang vi
@source Original work written for Waspada, 2026-12: scam wording families generalised from the misses of a second writer's tuning set (tests/scam_tuning), never from held-back suites or held-out messages
@licence MIT
# Added on top of vi.scamparts.lex and vi.scam.lex: the same scam parts in more of the wordings
# people type (with and without diacritics, abbreviations, English mixed in), and the honest
# phrasings of bank, courier, shop and family messages that look like them.
# term | class | weight | kind

# ============================================================================================
# scam:sender
# ============================================================================================
# wallets and exchanges the bundled lists lack (patterns: their own domains are not in brands.tsv)
re:\bpayoo\b                  | scam:sender | 0.85 | wallet
re:\bví payoo\b               | scam:sender | 0.9  | wallet
re:\b(moca|smartpay|airpay|ví việt|vi viet|vimo|truemoney|foxpay|9pay|appotapay|appota pay|ví vnpay)\b | scam:sender | 0.75 | wallet
# banks and couriers the bundled lists lack
re:\b(nam a bank|namabank|pvcombank|kienlongbank|baoviet bank|abbank|ncb|oceanbank|gpbank|saigonbank|pgbank|vietbank|vietabank|bac a bank|bacabank|shinhan bank|woori bank|hsbc|uob|timo|tnex)\b | scam:sender | 0.8 | bank
re:\b(ahamove|lalamove|kerry express|nhất tín logistics|nhat tin logistics|ems việt nam|vietnam post|lazada express|lex vn|grabexpress|grab express)\b | scam:sender | 0.75 | courier
re:\b(okx|bybit|remitano|mexc|kucoin|bitget|huobi|htx|bingx)\b | scam:sender | 0.6 | investment
# an exchange named in an SMS header: "[Gate.io] your withdrawal is on hold"
re:\[(gate\.io|gate|crypto\.com|binance|okx|bybit|mexc)\] | scam:sender | 0.65 | investment
# power companies by region (EVN has regional corporations)
re:\bevn(spc|cpc|npc|genco)\b | scam:sender | 0.85 | government
re:\bđiện lực (miền nam|miền bắc|miền trung|hà nội|tp|thành phố)\b | scam:sender | 0.8 | government
# tax offices named by place: "Thuế TP Hà Nội", "Thuế tỉnh Đồng Nai", "Thuế cơ sở 2", "cán bộ thuế"
re:\bthuế (tp|thành phố|tỉnh|cơ sở|quận|huyện|khu vực|phường)\b | scam:sender | 0.75 | government
re:\bthue (tp|thanh pho|tinh|co so|quan|huyen|khu vuc)\b | scam:sender | 0.7 | government
re:\b(cán bộ|nhân viên|cb) (cục |chi cục |cơ quan )?thuế\b | scam:sender | 0.8 | government
re:\b(can bo|nhan vien) (cuc |chi cuc |co quan )?thue\b | scam:sender | 0.75 | government
kho bạc nhà nước              | scam:sender | 0.75 | government
cục quản lý thị trường         | scam:sender | 0.7  | government
thanh tra chính phủ            | scam:sender | 0.7  | government
# police units by their codes: "Cục C02", "(A05)" (a05 is folded to aos as leetspeak)
re:\b(cục|cuc|phòng|phong) (c02|c03|a05|aos|pc02|pa05)\b | scam:sender | 0.7 | police
re:\((c02|c03|a05|aos)\) | scam:sender | 0.7 | police
# lenders
re:\bhd ?saison\b             | scam:sender | 0.8  | lender
re:\bshinhan finance\b        | scam:sender | 0.8  | lender
re:\bmcredit\b                | scam:sender | 0.75 | lender
re:\bmirae asset\b            | scam:sender | 0.6  | lender
re:\b(bên|ben|phòng|phong) (tài chính|tai chinh)\b | scam:sender | 0.5 | lender
# recruiters and "task mentors"
re:\bitviec\b                 | scam:sender | 0.6  | employer
re:\b(bên|ben|phòng|phong) (tuyển dụng|tuyen dung)\b | scam:sender | 0.55 | employer
re:\b(tuyển|tuyen) (người|nguoi) (làm|lam)\b | scam:sender | 0.5 | employer
# a recruiter for work at home or online (the honest cafe ad names a place)
re:\b(việc làm|viec lam|tuyển|tuyen|nhận người|nhan nguoi|cần người|can nguoi)\b.{0,15}\b(tại nhà|tai nha|tại gia|tai gia|ở nhà|o nha)\b | scam:sender | 0.5 | employer
giáo viên hướng dẫn            | scam:sender | 0.5  | employer
re:\b(làm|lam) (ctv|cộng tác viên|cong tac vien) (cho|của|tại|cua|tai)\b | scam:sender | 0.5 | employer
giao vien huong dan            | scam:sender | 0.45 | employer
# investment: the expert's assistant, celebrities said to teach trading, someone "at the exchange"
re:\btrợ lý (của )?(chuyên gia|thầy|cô|anh|chị)\b | scam:sender | 0.65 | investment
re:\btro ly (cua )?(chuyen gia|thay)\b | scam:sender | 0.6 | investment
re:\b(shark|cá mập) [a-zà-ỹđ]+\b | scam:sender | 0.5 | investment
re:\b(làm|lam) theo (hướng dẫn|huong dan|chỉ dẫn|bí kíp|bi kip|cách|công thức) (của|cua)\b | scam:sender | 0.55 | investment
re:\b(làm|phân tích|chuyên gia|quản lý|làm việc|lam|phan tich) (ở|tại|trong|cho|o|tai) (sàn|san)\b | scam:sender | 0.6 | investment
# telecom and voicemail services named as the sender
re:\btổng đài (\d{3,5}|viễn thông)\b | scam:sender | 0.55 | telecom
re:\bdịch vụ (voice ?mail|hộp thư thoại|thư thoại|tin nhắn thoại)\b | scam:sender | 0.6 | telecom
re:\b(hộp thư thoại|voice ?mail|thư thoại)\s?: | scam:sender | 0.55 | telecom
re:\b(tong dai|tổng đài) (hop thu thoai|hộp thư thoại|thu thoai|thư thoại|voice|tin nhắn thoại)\b | scam:sender | 0.6 | telecom
re:\bvoice (sms|tin nhắn|message service)\b | scam:sender | 0.55 | telecom
re:\bdịch vụ (call ?me|voice sms|gọi lại|báo cuộc gọi nhỡ)\b | scam:sender | 0.55 | telecom
# a hospital calling "about your relative"
re:\bbệnh viện (nhi|đa khoa|trung ương|quốc tế|chợ rẫy|bạch mai|việt đức|[a-zà-ỹđ]+ [a-zà-ỹđ]+)\b | scam:sender | 0.4 | government
# lovers and family on chat: pet names, "it's me, new number", a friend getting married
re:\b(baby|honey|bé|bé yêu|cục cưng|vợ yêu|chồng yêu|vk yêu|ck yêu|darling|babe) (ơi|nè|à|oi|ne)\b | scam:sender | 0.5 | relative
re:\b(anh|em) là (sĩ quan|kỹ sư|kĩ sư|bác sĩ|chuyên gia|thuyền trưởng|quân nhân|lính|phi công|nhà thầu|kiến trúc sư|doanh nhân)\b | scam:sender | 0.5 | relative
re:\b(dùng|xài|sử dụng|dung|xai) (số|sđt|sim|so) (mới|moi|khác|khac)( này| nay)?\b | scam:sender | 0.7 | relative
re:\b(tao|mình|em|anh|chị|con|tớ|tui) (sắp |chuẩn bị )?cưới\b | scam:sender | 0.5 | relative
# "I'm logging in to Zalo / registering Facebook": the platform whose code is asked for
re:\b(đăng nhập|dang nhap|đăng ký|dang ky|lập|tạo|mở) (tài khoản |tai khoan |nick |acc |tk )?(zalo|facebook|fb|telegram|messenger|tiktok|shopee|momo|instagram|gmail|icloud)\b | scam:sender | 0.45 | platform
# brands whose "lucky spins" are faked
re:\bvinamilk\b               | scam:sender | 0.5  | platform
re:\bhonda việt nam\b         | scam:sender | 0.5  | platform

# ============================================================================================
# scam:problem
# ============================================================================================
# --- account: a transfer "you did not make", a stranger in the account, malware, sign-in fails
re:\b(nếu|neu) (không|khong|ko|k) (phải|phai) (quý khách|quy khach|qk|bạn|ban|anh/chị|anh chị)( thực hiện| thuc hien)?\b | scam:problem | 0.45 | account
re:\b(không|khong) (phải|phai) (quý khách|quy khach|bạn|ban) (thực hiện|thuc hien)\b | scam:problem | 0.45 | account
re:\b(gd|giao dịch|giao dich|lệnh chuyển|lenh chuyen)\b.{0,60}\b(đang|dang) (chờ|cho) (xử lý|xu ly|duyệt|duyet)\b | scam:problem | 0.55 | account
re:\b(truy cập|truy cap|đăng nhập|dang nhap) (trái phép|trai phep)\b | scam:problem | 0.8 | account
re:\b(bị|bi) (xâm nhập|xam nhap|hack|chiếm quyền|chiem quyen|đánh cắp|danh cap)\b | scam:problem | 0.65 | account
re:\b(phát hiện|phat hien) (mã độc|ma doc|virus|phần mềm độc hại|phan mem doc hai)\b | scam:problem | 0.8 | account
re:\b(mã độc|phần mềm độc hại)\b | scam:problem | 0.5 | account
re:\b(có người|ai đó|thiết bị khác|thiet bi khac|co nguoi) (đang |dang )?(cố |co |cố gắng )?(đăng nhập|dang nhap|truy cập|truy cap)\b | scam:problem | 0.7 | account
re:\b(bị|bi|đã bị|da bi) (tạm dừng|tam dung|tạm ngưng|tạm ngừng|tam ngung|ngừng hoạt động|ngung hoat dong) (giao dịch|giao dich|gd|hoạt động|dịch vụ|dich vu)\b | scam:problem | 0.6 | account
re:\b(đăng nhập|dang nhap|nhập|nhap) (sai|sai mật khẩu|sai mat khau) (nhiều|nhieu|quá|qua) (lần|lan)\b | scam:problem | 0.6 | account
re:\b(chưa|chua) (liên kết|lien ket|gắn|gan|cập nhật|cap nhat|xác thực|xac thuc|đồng bộ|dong bo) (cccd|căn cước|can cuoc|sinh trắc|sinh trac|định danh|dinh danh|vneid)\b | scam:problem | 0.7 | account
re:\b(bắt buộc|bat buoc) (cập nhật|cap nhat|cài đặt|cai dat|xác thực|xac thuc)\b | scam:problem | 0.55 | account
re:\b(đồng bộ|dong bo|cập nhật|cap nhat|kích hoạt|kich hoat) (lại )?(mã số thuế|ma so thue|mst)\b | scam:problem | 0.7 | account
# fees that rise unless you opt out; a fee taken automatically
re:\b(phí|phi) (dịch vụ|dich vu|duy trì|duy tri|thường niên|thuong nien|sms banking|tin nhắn)\b.{0,30}\b(tăng|tang)\b | scam:problem | 0.55 | account
# money "sent to you by mistake", money "waiting for you"; stuck until the account is upgraded
re:\b(chuyển|chuyen|chuyển khoản|chuyen khoan|ck|gửi|gui|nạp|nap) (nhầm|nham|lộn|lon)\b | scam:problem | 0.6 | account
re:\b(đang|dang) (chờ|cho) (nhận|nhan)\b | scam:problem | 0.6 | refund
re:\b(khoản tiền|khoan tien|số tiền|so tien)\b.{0,40}\b(chờ nhận|cho nhan|chưa nhận|chua nhan)\b | scam:problem | 0.65 | refund
re:\b(tiền|tien)\b.{0,10}\b(bị treo|bi treo|đang bị treo|bị giữ lại|bi giu lai)\b | scam:problem | 0.7 | account
re:\bnâng cấp (lên )?(tài khoản|tk|ví) (người bán|bán hàng|kinh doanh|doanh nghiệp|merchant|vip|cửa hàng)\b | scam:problem | 0.8 | account
re:\bnang cap (len )?(tai khoan|tk|vi) (nguoi ban|ban hang|kinh doanh|doanh nghiep|merchant)\b | scam:problem | 0.75 | account
# a code "sent to your phone by mistake": typed your number by mistake, the code landed on yours
re:\b(nhập|nhap|điền|dien|đăng ký|dang ky|gõ|go|ghi) (nhầm|nham|lộn|lon) (số|so|sđt|sdt)\b | scam:problem | 0.7 | account
re:\b(gửi|gui|về|ve)\b.{0,15}\b(về|ve|vào|vao) (máy|may|số|so|sđt|sdt|điện thoại|dien thoai) (của )?(bạn|ban|chị|chi|anh|em|mày|may|cậu|cau|ông|bà|cô|chú)\b | scam:problem | 0.6 | account
# QR codes and PINs "to receive" money (receiving money never needs your PIN)
re:\b(quét|quet|scan)\b.{0,30}\b(để|de) (nhận|nhan)\b | scam:problem | 0.75 | refund
re:\b(nhập|nhap) (mã pin|ma pin|pin|mật khẩu|mat khau)\b.{0,15}\b(để|de) (nhận|nhan)\b | scam:problem | 0.8 | refund
# --- parcels: failed delivery, on hold, wrong postcode ----------------------------------------
re:\b(giao|giao hàng|giao hang|phát|phat|phát hàng|phat hang) (thất bại|that bai|không được|khong duoc|ko dc)\b | scam:problem | 0.75 | parcel
re:\b(đang|dang|bị|bi) on hold\b | scam:problem | 0.7 | parcel
re:\b(sai|thiếu|thieu) (mã bưu chính|ma buu chinh|mã bưu điện|mã zip|zip code|postcode)\b | scam:problem | 0.7 | parcel
re:\b(phí|phi) (điều phối|dieu phoi|lưu kho|luu kho|giao lại|phát lại|phat lai|xử lý đơn|xu ly don|bảo quản)\b | scam:problem | 0.75 | fee
# --- refunds, tax, power bills ----------------------------------------------------------------
re:\b(được|duoc) (hoàn thuế|hoan thue)\b | scam:problem | 0.7 | refund
re:\b(hoàn thuế|hoan thue) (tncn|thu nhập cá nhân|thu nhap ca nhan)\b | scam:problem | 0.7 | refund
re:\b(nợ|no|còn nợ|con no) (tiền điện|tien dien|tiền nước|tien nuoc|cước|cuoc)\b | scam:problem | 0.65 | fee
# --- prizes: a spin left, congratulations to a subscriber, "100 free SH bikes" -----------------
re:\bcòn \d+ (lượt|luot) (quay|bốc thăm|rút thăm|mở quà|mở hộp)\b | scam:problem | 0.75 | prize
re:\b(lượt quay|luot quay|quay trúng|quay trung)\b | scam:problem | 0.6 | prize
re:\b(chúc mừng|chuc mung) (thuê bao|thue bao|số thuê bao|chủ thuê bao)\b | scam:problem | 0.7 | prize
re:\b(đã |vừa |da |vua )?(trúng|trung) (giải|giai|xe|iphone|điện thoại|dien thoai|tủ lạnh|tu lanh|tivi|laptop|vespa|phiếu quà|voucher)\b | scam:problem | 0.6 | prize
re:\b(sinh nhật|sinh nhat) (nhà mạng|nha mang|viettel|vinaphone|mobifone|công ty|cong ty|shopee|lazada)\b | scam:problem | 0.55 | prize
re:\b(được tặng|duoc tang)\b | scam:problem | 0.45 | prize
re:\btặng \d+ (suất|phần quà|xe|chiếc|iphone|điện thoại)\b | scam:problem | 0.6 | prize
re:\b(tang|tặng) \d+ (suat|phan qua)\b | scam:problem | 0.55 | prize
# --- jobs: task orders, deposits for materials, a price per review ---------------------------
re:\b(nhiệm vụ|nhiem vu) (đơn hàng|don hang|số|so|thứ|tiếp theo)\b | scam:problem | 0.7 | job
re:\b(đơn|don|lệnh|nhiệm vụ) (liên hoàn|lien hoan)\b | scam:problem | 0.75 | job
re:\b(kích hoạt|kich hoat) (đơn|don|nhiệm vụ|nhiem vu)\b | scam:problem | 0.65 | job
re:\b(hoàn|hoan|hoàn lại|trả lại|nhận lại) (gốc|goc|vốn|von|tiền|tien)\s?(\+|và|kèm|cộng|va|kem|cong)\s?(hoa hồng|hoa hong|lãi|lai|thưởng|thuong|\d+ ?%) | scam:problem | 0.8 | job
re:\b(đặt đơn|dat don|chốt đơn|chot don) (giúp|giup|hộ|cho) (shop|cửa hàng|người bán)\b | scam:problem | 0.65 | job
re:\b(tăng|tang) (doanh số|doanh so|tương tác|tuong tac|lượt bán|đánh giá)\b.{0,40}\b(hoa hồng|hoa hong)\b | scam:problem | 0.6 | job
re:\b(đánh giá|danh gia|review|chấm) \d sao\b | scam:problem | 0.6 | job
re:(\d+|\b[ioeast]{1,2}) ?(k|nghìn|ngàn|đ|vnd|vnđ)\s?/\s?(lượt|luot|đơn|don|nhiệm vụ|nhiem vu|like|review|đánh giá|danh gia|video|clip)\b | scam:problem | 0.65 | job
re:\b(làm thử|lam thu) \d+ (lượt|luot|đơn|don|nhiệm vụ|nhiem vu)\b | scam:problem | 0.55 | job
re:\b(tiền|tien|phí|phi) (nguyên liệu|nguyen lieu|vật liệu|vat lieu|bộ kit|bo kit)\b | scam:problem | 0.7 | fee
re:\b(đặt cọc|dat coc|cọc|coc)\b.{0,25}\b(nguyên liệu|nguyen lieu|vật liệu|vat lieu|hàng mẫu|hang mau|đồng phục|dong phuc)\b | scam:problem | 0.75 | fee
re:\b(yêu cầu|yeu cau) (đặt cọc|dat coc)\b | scam:problem | 0.65 | fee
re:\b(hoàn cọc|hoan coc|trả cọc|tra coc)\b | scam:problem | 0.55 | fee
re:\b(nguyên liệu|nguyen lieu)\b.{0,15}\b(gửi|gui|giao) (tận|tan) (nhà|nha|nơi|noi)\b | scam:problem | 0.6 | job
re:\b(làm|lam) (tại nhà|tai nha|ở nhà|o nha)\b.{0,40}\b(trả|tra|lương|luong) \d | scam:problem | 0.55 | job
re:\b(nhận việc|nhan viec) (tại|tai|qua|ngay)\b | scam:problem | 0.55 | job
# --- investment: a rate per day or week, "from 15 million to 470", no loss promised -----------
re:(\d|\b[ioeast]{1,2})([.,]\d+)?\s?%\s?/\s?(ngày|tuần|ngay|tuan)\b | scam:problem | 0.75 | investment
re:\b(lợi nhuận|loi nhuan|lãi|lai|lời|loi|cổ tức|co tuc|sinh lời|chia lãi)\b.{0,15}(\d+|\b[ioeast]{1,2})([.,]\d+)?\s?%\s?(/|mỗi|một|moi|mot|hàng|hang)\s?(tháng|thang)\b | scam:problem | 0.65 | investment
re:\b(cam kết|cam ket|bảo đảm|bao dam|đảm bảo|dam bao) (không|khong|ko) (lỗ|lo)\b | scam:problem | 0.8 | investment
re:\b(cam kết|cam ket|đảm bảo|dam bao) (hoàn vốn|hoan von|hoàn tiền 100%|lãi|lai)\b | scam:problem | 0.75 | investment
re:\b(đền bù|den bu|bù|bu|hoàn tiền|hoan tien) (nếu|neu|khi) (lỗ|lo|thua lỗ|thua lo)\b | scam:problem | 0.8 | investment
re:\b(lãi|lời|lai|loi|nhân|nhan|gấp|gap) ?x ?[2689]\b | scam:problem | 0.7 | investment
re:\b(lãi|lời|lai|loi|nhân|nhan|gấp|gap) x(e|a|s|t) (sau|trong|chỉ|chi|mỗi|moi|tài khoản|vốn|von|số|so)\b | scam:problem | 0.7 | investment
re:\b(lãi|lời|lai|loi) (gấp|gap) (đôi|doi|ba|\d)\b | scam:problem | 0.7 | investment
re:\btừ (\d|[ioeast]{1,2}([.,]\d|k\b|tr\b|đ\b))[^ ]*( (triệu|tr|củ|đồng|vnd|vnđ|usdt|k))?\b.{0,25}\b(thành|lên) (\d|[ioeast]{1,2}([.,]\d|k\b|tr\b|đ\b)) | scam:problem | 0.7 | investment
re:\btu (\d|[ioeast]{1,2}([.,]\d|k\b|tr\b|đ\b))[^ ]*( (trieu|tr|cu|dong|vnd|k))?\b.{0,25}\b(thanh|len) (\d|[ioeast]{1,2}([.,]\d|k\b|tr\b|đ\b)) | scam:problem | 0.65 | investment
re:\b(tín hiệu|tin hieu|thông tin|thong tin|kèo|keo) (nội bộ|noi bo)\b | scam:problem | 0.75 | investment
re:\b(nhà nước|nha nuoc|chính phủ|chinh phu|ngân hàng nhà nước) (bảo lãnh|bao lanh|bảo hộ|bao ho|đảm bảo)\b | scam:problem | 0.7 | investment
re:\b(lệnh rút|lenh rut|yêu cầu rút|yeu cau rut|khoản rút|khoan rut)\b.{0,40}\b(tạm giữ|tam giu|bị treo|bi treo|đóng băng|dong bang|bị chặn|bi chan|chưa được duyệt|chua duoc duyet)\b | scam:problem | 0.75 | investment
re:\b(nộp|nop|đóng|dong|chuyển|chuyen) (thuế|thue|phí|phi)\b.{0,30}\b(trước khi|truoc khi)\b.{0,25}\b(rút|rut|giải ngân|giai ngan|nhận|nhan) | scam:problem | 0.8 | fee
re:\b(nop|dong) (thue thu nhap|thue tncn)\b | scam:problem | 0.6 | fee
# --- loans: disbursement failed, frozen until a fee, "prove your ability to pay" -------------
re:\b(giải ngân|giai ngan) (khoản vay |khoan vay )?(thất bại|that bai|không thành công|khong thanh cong|bị lỗi|bi loi)\b | scam:problem | 0.8 | loan
re:\b(khoản vay|khoan vay|hồ sơ vay|ho so vay)\b.{0,20}\b(bị đóng băng|bi dong bang|bị treo|bi treo|bị khóa|bị khoá|bi khoa)\b | scam:problem | 0.75 | loan
re:\b(sai|nhầm|nham) (số tài khoản|so tai khoan|stk|thông tin tài khoản|thong tin tai khoan)\b | scam:problem | 0.7 | loan
re:\b(phí|phi) (mở khóa|mở khoá|mo khoa|giải băng|giai bang|đóng băng|dong bang)\b | scam:problem | 0.75 | fee
re:\b(chứng minh|chung minh) (năng lực tài chính|nang luc tai chinh|tài chính|tai chinh|thu nhập|thu nhap)\b | scam:problem | 0.65 | fee
re:\b(trả lại|hoàn lại|tra lai|hoan lai) (cả |ca )?(gốc|goc|vốn|von)\b | scam:problem | 0.6 | fee
re:\b(đủ điều kiện|du dieu kien) (vay|được vay|nhận khoản vay)\b | scam:problem | 0.6 | loan
re:\b(kích hoạt|kich hoat|mở|nâng|nang) (hạn mức|han muc)\b | scam:problem | 0.65 | fee
re:\bvay (tới|đến|lên đến|lên tới|toi|den|len den) (\d|[ioeast]{1,2}([.,]\d|k\b|tr\b|đ\b)) | scam:problem | 0.55 | loan
re:\b(duyệt|duyet) (tự động|tu dong|nhanh|trong|sau)? ?(\d+|[ioeast]{1,2}) ?(phút|phut)\b | scam:problem | 0.7 | loan
re:\b(duyệt|duyet) (tự động|tu dong)\b | scam:problem | 0.5 | loan
# --- romance: a paid leave, stuck at the airport, short of a ticket, a box of gifts and dollars
re:\b(phí|phi|tiền|tien) (nghỉ phép|nghi phep|xuất ngũ|xuat ngu|giải ngũ|về phép|ve phep)\b | scam:problem | 0.8 | romance
re:\bvề (việt nam|vn|nước) (cưới|gặp|sống với|thăm) (em|anh)\b | scam:problem | 0.6 | romance
re:\b(đang|dang|bị|bi|kẹt|ket|bị giữ|bi giu) (ở|o|tại|tai) (sân bay|san bay|hải quan|hai quan|biên giới|bien gioi)\b | scam:problem | 0.6 | romance
re:\b(đặt vé|dat ve|mua vé|mua ve|bay|ra|vào|xuống|lên|đi|di)\b.{0,20}\b(gặp|gap|thăm|tham) (em|anh|a|e)\b | scam:problem | 0.5 | romance
re:\b(thiếu|thieu)\b.{0,25}\b(tiền vé|tien ve|tiền khách sạn|tien khach san|tiền phòng|tien phong|vé máy bay|ve may bay)\b | scam:problem | 0.7 | romance
re:\b(thùng|thung|kiện|hộp|hop) (hàng|hang|quà|qua)\b.{0,20}\b(chứa|chua|có|kèm|kem)\b.{0,20}\b(usd|đô|đô la|tiền mặt|tien mat|vàng|vang|trang sức)\b | scam:problem | 0.75 | romance
re:\b(liên hợp quốc|lien hop quoc|tàu hàng quốc tế|giàn khoan dầu|quân đội mỹ|lính mỹ|sĩ quan quân đội)\b | scam:problem | 0.5 | romance
re:\b(không|ko|khong) cho (phẫu thuật|phau thuat|mổ|mo|xuất viện|xuat vien|ra viện|điều trị|dieu tri|lên máy bay|len may bay|xuất cảnh|xuat canh)\b | scam:problem | 0.6 | fee
# --- relatives: school fee "failed", a favour to come, "I'll pay you back when we meet" -------
re:\b(nộp|nop|đóng|dong|chuyển|chuyen) (học phí|hoc phi|tiền học|tien hoc)\b.{0,10}\b(bị lỗi|bi loi|lỗi|loi|không được|khong duoc)\b | scam:problem | 0.7 | fee
re:\bnhờ (mẹ|bố|ba|má|cha|anh|chị|em|cô|chú|bác|bạn|mày|cậu|dì|ông|bà) (một |1 |chút |tí )?(việc|chuyện|chút việc|tí việc|xíu)\b | scam:problem | 0.5 | fee
re:\bnho (me|bo|ba|ma|cha|anh|chi|em|co|chu|bac|ban) (mot |1 |chut |ti )?(viec|chuyen|chut viec)\b | scam:problem | 0.45 | fee
re:\b(gặp nhau|gặp rồi|lúc gặp|khi gặp|về tới|về đến|gap nhau)\b.{0,12}\b(em|anh|mình|e|a) (trả|tra|gửi lại|hoàn lại)\b | scam:problem | 0.55 | fee
re:\b(a|anh|e|em|con|minh) (se )?(tra|gui lai|hoan lai) (e|em|a|anh|me|bo|ba|ban) (lien|ngay|het|sau)\b | scam:problem | 0.5 | fee
re:\b(a|anh|e|em|con|minh|mình) (đang |dang )?(cần|can) (gấp|gap) (\d|[ioeast]{1,2}([.,]\d|k\b|tr\b|đ\b)) | scam:problem | 0.6 | fee
# --- legal: an order freezing your assets, bail money, a summons "waiting" --------------------
re:\b(lệnh|lenh|quyết định|quyet dinh) (phong tỏa|phong toả|phong toa|tạm giữ|tam giu|kê biên|ke bien)\b | scam:problem | 0.8 | legal
re:\b(gỡ|go|giải tỏa|giai toa|giải toả) (phong tỏa|phong toả|phong toa)\b | scam:problem | 0.75 | legal
re:\b(phong tỏa|phong toả|phong toa) (tài sản|tai san)\b | scam:problem | 0.75 | legal
re:\b(tiền|tien) (bảo lãnh|bao lanh|tại ngoại|tai ngoai|ký quỹ điều tra)\b | scam:problem | 0.75 | fee
re:\b(giấy mời|giay moi) (làm việc|lam viec|lên làm việc)\b | scam:problem | 0.7 | legal
re:\b(quyết định|quyet dinh) (khởi tố|khoi to|truy tố|truy to|bắt|bat|triệu tập|trieu tap)\b | scam:problem | 0.75 | legal
re:\b(lệnh|lenh) (khởi tố|khoi to|truy tố|truy to|triệu tập|trieu tap)\b | scam:problem | 0.75 | legal
# --- voicemail: a new voice message from a hidden number; the player to download ------------
re:\b(quý khách|quy khach|qk|bạn|ban) (có|co) (\d+ )?(tin nhắn thoại|tin nhan thoai|thư thoại|thu thoai|voice ?message|voice ?mail|cuộc gọi nhỡ|cuoc goi nho) | scam:problem | 0.75 | voicemail
re:\b(tin nhan thoai|voice ?message|voicemail|voice mail|thư thoại|thu thoai)\b | scam:problem | 0.55 | voicemail
re:\b(tin nhắn thoại|tin nhan thoai|thư thoại) (mới|moi|khẩn|khan)\b | scam:problem | 0.7 | voicemail
re:\b(số ẩn danh|so an danh|số lạ gọi|số không xác định)\b | scam:problem | 0.5 | voicemail
re:\b(về|ve) (người nhà|nguoi nha|người thân|nguoi than|con|chồng|vợ) (của )?(bạn|ban|anh|chị|quý khách)\b | scam:problem | 0.55 | voicemail
re:\b(thiệp mời|thiệp cưới|thiep moi|thiep cuoi) (online|điện tử|dien tu|trực tuyến)\b | scam:problem | 0.7 | voicemail
re:\b(thiep|thiepmoi|thiepcuoi|invitation|hoadon|bienlai|voicemsg|voice|ghiam|phatnguoi|bienban|donhang|giaymoi|img|photo)[\w-]*\.apk\b | scam:problem | 0.8 | voicemail

# ============================================================================================
# scam:pressure
# ============================================================================================
re:\b(trước|truoc) (\d{1,2}|[ioeast]{1,2})[:h](\d{2}|[ioeast]{2})\b | scam:pressure | 0.5 | deadline
# failed for the second or last time: it goes back to the sender
re:\b(thất bại|that bai|không thành công|khong thanh cong) (lần|lan) (\d|hai|ba|cuối|cuoi)\b | scam:pressure | 0.5 | threat
re:\b(hết hạn|het han|hạn chót|han chot) (hôm nay|hom nay|trong hôm nay|tối nay|toi nay)\b | scam:pressure | 0.6 | deadline
re:\b(kẻo|keo) (hết|het) (lượt|luot|hạn|han|suất|suat|quà|qua)\b | scam:pressure | 0.6 | deadline
re:\b(đợt cuối|dot cuoi|suất cuối|suat cuoi)\b | scam:pressure | 0.5 | deadline
re:\b(giữ suất|giu suat|giữ chỗ|giu cho|giữ slot)\b | scam:pressure | 0.45 | deadline
re:\b(công bố|cong bo|chốt|quay số|kết thúc)\b.{0,10}\b(tối nay|toi nay|hôm nay|hom nay|ngày mai)\b | scam:pressure | 0.45 | deadline
re:\b(tin nhắn|thông báo|cuộc gọi|thư|tin nhan|thong bao) (thoại |thoai )?(khẩn|khan)\b | scam:pressure | 0.55 | deadline
re:\b(gấp|gap) (lắm|lam|lắm luôn|quá|qua)\b | scam:pressure | 0.45 | deadline
re:\b(để|de) (bảo toàn|bao toan|bảo vệ|bao ve|giữ an toàn|giu an toan) (số dư|so du|tiền|tien|tài sản|tai san|tài khoản|tai khoan)\b | scam:pressure | 0.6 | threat
re:\b(để|de) (tránh|tranh) (mất|mat) (tiền|tien|tài sản|tai san|số dư|so du)\b | scam:pressure | 0.65 | threat
re:\b(tự động|tu dong) (trừ|tru) (phí|phi|tiền|tien)\b | scam:pressure | 0.6 | threat
re:\b(se bi|sẽ bị) (tru|trừ) (phi|phí|tien|tiền)\b | scam:pressure | 0.6 | threat
re:\b(tự động|tu dong) (hoàn trả|hoan tra|hoàn lại|hoan lai|trả lại|tra lai) (người gửi|nguoi gui|về người gửi)\b | scam:pressure | 0.6 | threat
re:\b(tạm ngưng|tạm ngừng|tam ngung|ngừng|ngưng|ngung|cắt|cat|cúp|cup) (cấp điện|cap dien|cung cấp điện|cung cap dien|điện|dien|nước|nuoc)\b | scam:pressure | 0.5 | threat
re:\b(sẽ|se) (tạm ngưng|tạm ngừng|tam ngung|ngừng|ngưng|ngung|cắt|cat|cúp|cup) (cấp điện|cap dien|cung cấp điện|cung cap dien|điện|dien|nước|nuoc|dịch vụ|dich vu)\b | scam:pressure | 0.75 | threat
re:\b(ghi nhận|ghi nhan|báo|bao|bị ghi|bi ghi|lên|len) (nợ xấu|no xau)\b | scam:pressure | 0.7 | threat
re:\b(quá hạn|qua han) (sẽ|se) (bị|bi)\b | scam:pressure | 0.65 | threat
re:\b(đơn hàng|don hang|bưu phẩm|buu pham|kiện hàng|kien hang|bưu kiện|buu kien|hàng|hang)\b.{0,20}\b(sẽ bị|se bi) (hoàn|hoan|hủy|huỷ|huy|trả lại|tra lai|tiêu hủy|tieu huy|tịch thu|tich thu)\b | scam:pressure | 0.65 | threat
re:\b(sẽ bị|se bi) (tạm dừng|tam dung|tạm ngưng|tạm ngừng|tam ngung|ngừng hoạt động|ngung hoat dong)\b | scam:pressure | 0.6 | threat
re:\b(bỏ dở|bo do|không hoàn thành|khong hoan thanh|dừng giữa chừng)\b.{0,15}\b(không rút được|khong rut duoc|mất|mat|bị khóa|bị khoá)\b | scam:pressure | 0.7 | threat
re:\b(sẽ|se) (không|khong|ko) (rút|rut) (được|duoc|dc)\b | scam:pressure | 0.65 | threat
re:\b(văn bản|van ban|tài liệu|hồ sơ|thông tin) (mật|mat|tối mật|toi mat)\b | scam:pressure | 0.75 | secrecy
re:\b(không được|khong duoc|ko dc|tuyệt đối không) (tiết lộ|tiet lo|chia sẻ|chia se)\b | scam:pressure | 0.7 | secrecy
re:\b(ko|k|khong|không) (nghe|nghe được) (may|máy) (dc|duoc|được)\b | scam:pressure | 0.55 | secrecy
re:\b(đang|dang) (trong lớp|trong lop|họp|hop|thi)\b.{0,10}\b(ko|k|khong|không) (nghe|nghe được) (máy|may)\b | scam:pressure | 0.55 | secrecy

# ============================================================================================
# scam:action
# ============================================================================================
# --- links: cancel at, receive at, reschedule, claim, open an account at, spin now ----------
re:\b(hủy|huỷ|huy) (đăng ký|dang ky|dịch vụ|dich vu|gói|goi) (tại|tai|qua)\b | scam:action | 0.7 | link
re:\b(nhận tiền|nhan tien|nhận ngay|nhan ngay|nhận quà|nhan qua|nhận thưởng) (ngay|tại|tai|qua)\b | scam:action | 0.65 | link
re:\b(đặt lịch|dat lich|hẹn lịch|hen lich|đặt lại lịch|dat lai lich|đổi lịch|doi lich) (giao|phát|phat) (lại|lai|hàng|hang)?\b.{0,3}(:|tại|tai) | scam:action | 0.65 | link
re:\b(mở khóa|mở khoá|mo khoa) (ngay|tại|tai|qua)\b | scam:action | 0.65 | link
re:\b(bấm|bam|nhấn|nhan|click|ấn|an|chạm) (vào|vao) (đây|day)\b | scam:action | 0.6 | link
re:\b(quet ma qr|quét qr|quet qr|scan qr|scan mã qr)\b | scam:action | 0.5 | link
re:\b(hoàn|hoan|trả|tra|gửi|gui|chuyển|chuyen) (lại|lai|trả|tra)? ?(tiền |tien )?(qua|theo|tại|tai|bằng|bang) (link|đường link|duong link|liên kết|lien ket)\b | scam:action | 0.75 | link
re:\b(mở|mo|lập|lap|tạo|tao|đăng ký|dang ky) (tài khoản|tai khoan|tk) (ở|o|tại|tai|trên|tren)\b | scam:action | 0.6 | link
re:\b(quay|quay thưởng) (ngay|liền)\b | scam:action | 0.55 | link
re:\b(nghe|xem) (ngay|nội dung|noi dung|bản|ban)( ghi âm| ghi am)? (tại|tai|qua)\b | scam:action | 0.75 | link
re:\bnghe (nội dung |noi dung )?(ghi âm|ghi am|tin nhắn thoại|thư thoại)\b | scam:action | 0.6 | link
re:\b(nghe|xem) (lại|lai) (tại|tai|qua|ở)\b | scam:action | 0.7 | link
re:\b(xác nhận|xac nhan) (phỏng vấn|phong van|lịch phỏng vấn|lich phong van)\b | scam:action | 0.55 | link
# --- calls: call now, press a key, ask customer care --------------------------------------
goi ngay                       | scam:action | 0.5  | call
re:\b(gọi|goi) (lại |lai )?(ngay )?(cho |vào |vao |đến |den |tới |toi )?(số|so|sđt|sdt)\b | scam:action | 0.6 | call
re:\b(bấm|nhấn|bam|nhan|ấn) (phím|phim) \d\b | scam:action | 0.75 | call
re:\b(liên hệ|lien he) (cskh|chăm sóc khách hàng|cham soc khach hang|tổng đài|tong dai)\b | scam:action | 0.5 | call
# --- apps: install the protection app, the player, contacts and accessibility access --------
re:\b(ứng dụng|ung dung|app|phần mềm) (bảo vệ|bao ve|bảo mật|bao mat|diệt virus)\b | scam:action | 0.6 | app
re:\b(tải|tai|cài|cai) (trình phát|trinh phat|trình nghe|player)\b | scam:action | 0.8 | app
re:\b(cho phép|cho phep|bật|bat|cấp|cap) (quyền )?(trợ năng|tro nang|accessibility)\b | scam:action | 0.8 | app
accessibility                  | scam:action | 0.6  | app
re:\b(truy cập|truy cap|quyền truy cập|đọc|cấp quyền|cap quyen)\b.{0,10}\b(danh bạ|danh ba)\b | scam:action | 0.8 | app
re:\b(bấm|bam|nhấn|click) link (tải|tai|cài|cai)\b | scam:action | 0.75 | app
# --- money: pay the fee, deposit, top up an amount, "transfer it for me", gift cards -----------
re:\b(nộp|nop|đóng|dong|thanh toán|thanh toan|trả|chuyển|chuyen) (phí|phi)\b | scam:action | 0.55 | transfer
re:\bnạp (thêm |trước |tối thiểu |ngay |vào )?(\d|[ioeast]{1,2}([.,]\d|k\b|tr\b|đ\b)) | scam:action | 0.5 | transfer
re:\bnạp (tối thiểu|toi thieu)\b | scam:action | 0.6 | transfer
re:\bnap (them |truoc |toi thieu )?(\d|[ioeast]{1,2}([.,]\d|k\b|tr\b|đ\b)) | scam:action | 0.45 | transfer
re:\bnạp\b.{0,12}\bthử\b | scam:action | 0.55 | transfer
re:\b(góp|gop) (vốn )?(\d|[ioeast]{1,2}([.,]\d|k\b|tr\b|đ\b)) | scam:action | 0.5 | transfer
re:\b(đặt cọc|dat coc)\b | scam:action | 0.45 | transfer
re:\b(chuyen|chuyển) (giup|giúp|gium|giùm|ho|hộ) (con|em|anh|chi|chị|minh|mình|tao|to|tớ)\b | scam:action | 0.55 | transfer
re:\b(e|em|anh|a|me|mẹ|bo|bố|ba|má|ma|chi|chị) (chuyen|chuyển|ck) (qua|cho|vao|vào|giup|giúp|truoc|trước)\b | scam:action | 0.5 | transfer
re:\bcho (anh|em|chị|mình|tao|tớ|a|e) (mượn|muon|vay)( tạm| tam| đỡ| do| trước| truoc)?\b | scam:action | 0.5 | transfer
re:\b(em|anh|chị|bạn|mẹ|e|a) (cứ |cu )?(đóng|nộp|chuyển|dong|nop|chuyen) (nhé|nha|đi|nhe|di|giúp|giup|trước|truoc)\b | scam:action | 0.5 | transfer
re:\b(giúp|giup|ứng|ung|lo) (anh|em|a|e) (trước|truoc|tạm|tam)\b | scam:action | 0.5 | transfer
re:\b(tài khoản|tai khoan|tk) (chuyên thu|chuyen thu|tạm giữ|tam giu|phong tỏa|bảo lãnh)\b | scam:action | 0.85 | transfer
re:\b(nộp|nop|đóng|dong) (tiền )?(bảo lãnh|bao lanh)\b | scam:action | 0.8 | transfer
re:\bmua (giúp |hộ |giùm )?(anh |em |mình |tôi |chị )?thẻ (zing|vcoin|gate|viettel|mobifone|vinaphone|vietnamobile|appota|scoin|funcard|garena|itunes|steam|google play|apple) | scam:action | 0.85 | transfer
re:\bmua the (zing|vcoin|gate|viettel|mobifone|vinaphone|garena|itunes|steam|google play|apple)\b | scam:action | 0.8 | transfer
# --- codes: a six-digit code, read it out, photograph the message, the card code, the PIN -----
re:\b(đọc|doc|chụp|chup|gửi|gui|báo|bao|nhắn|nhan) (giúp|giup|giùm|gium|hộ|ho|cho|lại|lai)? ?(em|anh|mình|minh|tao|tớ|to|chị|chi|con)? ?\d số\b | scam:action | 0.85 | code
re:\b(mã|ma|code) \d (số|so|chữ số|chu so)\b | scam:action | 0.6 | code
re:\b(đọc|doc) (giúp|giup|giùm|gium|hộ|ho) (em|anh|mình|minh|tao|tớ|chị|chi|con)\b | scam:action | 0.7 | code
re:\b(chụp|chup)( lại| lai)?( màn hình| man hinh)?( tin nhắn| tin nhan)? (gửi|gui) (mình|minh|em|anh|tao|tớ|to|chị|chi|con)\b | scam:action | 0.75 | code
re:\b(chụp|chup) (màn hình|man hinh) (tin nhắn|tin nhan|sms|mã|ma)\b | scam:action | 0.7 | code
re:\b(gửi|gui|đọc|doc|nhắn|nhan|báo|bao|cung cấp) (mã|ma|số seri|so seri|seri) (thẻ|the|cào|cao)\b | scam:action | 0.8 | code
re:\b(nhập|nhap) (mã pin|ma pin)\b | scam:action | 0.8 | code
re:\b(gửi|gui|đọc|doc|báo|bao|nhắn|nhan|cho) (lại |lai )?(em|anh|mình|minh|tao|tớ|chị|chi|con) (cái |cai |dãy |day )?(mã|ma|otp|code)\b | scam:action | 0.75 | code
re:\b(nhập|nhap) (mật khẩu|mat khau) (ngân hàng|ngan hang|ví|vi|internet banking|app ngân hàng)\b | scam:action | 0.85 | code
# --- details: declare the account to receive money, the card number, confirm the address ------
re:\b(khai báo|khai bao|cung cấp|cung cap|điền|dien|nhập|nhap) (số |so )?(tài khoản|tai khoan|stk)( nhận tiền| nhan tien| ngân hàng| ngan hang)?\b | scam:action | 0.65 | details
re:\b(tài khoản|tai khoan|tk) (nhận tiền|nhan tien|thụ hưởng|thu huong)\b | scam:action | 0.55 | details
re:\b(xác minh|xac minh|xác nhận|xac nhan|cung cấp|cung cap) (số thẻ|so the|thông tin thẻ|thong tin the)\b | scam:action | 0.75 | details
re:\b(so the|số thẻ) (ngan hang|ngân hàng|atm|tín dụng|tin dung)\b | scam:action | 0.65 | details
re:\b(confirm|xác nhận|xac nhan) (lại )?(địa chỉ|dia chi|thông tin nhận hàng)\b | scam:action | 0.6 | details
re:\b(gửi|gui) (em|anh|mình|minh|chị|chi|cho em|cho mình|cho anh) (stk|số tài khoản|so tai khoan)\b | scam:action | 0.65 | details
# --- contact: join the group, leave your Zalo, add Telegram, comment for details ------------
re:\b(kéo|keo|add|thêm|them) (vào|vao) (nhóm|nhom|group)\b | scam:action | 0.6 | contact
re:\b(để lại|de lai|cho|gửi|gui|xin) (số|so|sđt|sdt) (zalo|điện thoại|dien thoai|telegram)\b | scam:action | 0.6 | contact
re:\b(kết bạn|ket ban|add) (telegram|tele|zalo|whatsapp|wechat)\b | scam:action | 0.6 | contact
re:\b(ib|inbox|nhắn|nhan) (mình|minh|em|anh|chị|chi|tui|tôi)\b | scam:action | 0.45 | contact
re:\b(ib|inbox) (hướng dẫn|huong dan|chỉ|chi|để|de)\b | scam:action | 0.5 | contact
re:\b(link nhóm|link nhom|link group)\b | scam:action | 0.55 | contact
re:\bai (cần|can|muốn|muon) (link|lk|zalo|tele|telegram|nhóm|nhom)\b | scam:action | 0.6 | contact
re:\b(cmt|comment|bình luận|binh luan|bl)\b.{0,5}\b(quan tâm|quan tam)\b | scam:action | 0.5 | contact
re:\b(bình luận|binh luan|comment|cmt|để lại|de lai)\b.{0,5}\b(số điện thoại|so dien thoai|sđt|sdt)\b | scam:action | 0.55 | contact
re:\b(lưu|luu|lưu lại|luu lai) (số|so) (này|nay|mới|moi)\b | scam:action | 0.55 | contact
re:\b(xóa|xoá|xoa) (số|so) (cũ|cu)\b | scam:action | 0.6 | contact

# ============================================================================================
# scam:aware — advice and honest reassurance
# ============================================================================================
re:\b(hợp lệ|chính thống|uy tín|chính thức|thật)\b.{0,12}\bkhông (bao giờ )?(yêu cầu|thu|đòi|bắt)\b | scam:aware
re:\bkhông (cần|phải|bao giờ|yêu cầu bạn) (cung cấp|gửi|nhập|đọc|chia sẻ) (thông tin thẻ|mã otp|otp|mật khẩu|mã pin|số thẻ|thông tin|mã xác nhận) | scam:aware
re:\bkhông (gửi|nhắn) (đường link|link|liên kết|đường dẫn)\b | scam:aware
re:\bchính thức chỉ (có )?(trên|tại|từ|qua)\b | scam:aware
re:\bchỉ (tải|cài|cài đặt|tải về) (ứng dụng |app )?(trên|từ|tại|qua) (app store|google play|ch play|cửa hàng ứng dụng)\b | scam:aware
re:\b(bất kỳ|bất cứ) khoản (phí|tiền|chi phí) nào\b | scam:aware
re:\bkhông (phải|cần) (trả|đóng|nộp) thêm\b | scam:aware
re:\b(thuế phí|phí|lệ phí)\b.{0,12}\bchỉ thu (khi|lúc|tại)\b | scam:aware
re:\b(tuyệt đối không|không nên|chớ|đừng bao giờ|đừng nên) (chuyển tiền|chuyển khoản|nộp tiền|đặt cọc|đọc mã|gửi mã|bấm|click|nhấp|truy cập|cài|tải|quét)\b | scam:aware
re:\bđừng (chuyển khoản|nộp tiền|đặt cọc|đọc mã|gửi mã|truy cập|cài|tải|quét)\b | scam:aware
re:\b(là giả mạo|la gia mao|tin nhắn giả|tin nhan gia|link giả|trang giả|web giả|app giả)\b | scam:aware
re:\b(mình|tôi|tui|em) (bị lừa|bi lua)\b | scam:aware
re:\bbị lừa mất\b | scam:aware

# ============================================================================================
# allow — honest statements that look like parts
# ============================================================================================
# a parent reporting money already sent is not asking for any
re:\b(vừa|đã|mới|vua|da|moi) (gửi|chuyển|chuyển khoản|nạp|gởi|gui|chuyen) (cho (con|em|anh|chị|mẹ|bố) )?(\d|[ioeast]{1,2}([.,]\d|k\b|tr\b|đ\b))[\w.,]* | allow
re:\b(mẹ|bố|ba|má|me|bo) (vừa|đã|mới|vua|da|moi) (gửi|chuyển|chuyển khoản|nạp|gởi|gui|chuyen) (cho con |con )?(\d|[ioeast]{1,2}([.,]\d|k\b|tr\b|đ\b))[\w.,]*[^.!?\n]{0,80} | allow
# an employer stating it takes no deposit or fee; "urgent hiring" is not a scam deadline
re:\bkhông (đặt cọc|thu cọc|thu phí|thu tiền)( [a-zà-ỹđ]+){0,3}(, không (đặt cọc|thu cọc|thu phí|thu tiền)( [a-zà-ỹđ]+){0,3})? | allow
re:\btuyển (nhân viên |nv |người )?gấp\b | allow
# a bank's rule about transfers above a limit; a card statement's minimum payment and due date
re:\b(giao dịch|gd) (chuyển tiền|chuyển khoản|thanh toán|rút tiền)( trực tuyến| online)? (trên|từ|dưới|tối đa|vượt|quá)\b | allow
re:\bthanh toán tối thiểu\b | allow
re:\bhạn (thanh toán|nộp|đóng)( trong \d{1,2} ngày| trước (ngày )?\d{1,2}\s?/\s?\d{1,2}| (là |vào )?(ngày )?\d{1,2}\s?/\s?\d{1,2})? | allow
# refunds going back to the original payment method
re:\b(sẽ )?(được )?hoàn (tiền )?về (phương thức thanh toán|tài khoản|ví|thẻ)( ban đầu| gốc)? | allow
# a parcel that has cleared customs or arrived is news, not a problem
re:\b(kiện hàng|bưu kiện|đơn hàng|bưu phẩm)\b[^.!?\n]{0,40}\bđã (thông quan|được thông quan|đến bưu cục|nhập kho|giao thành công) | allow
# scheduled power cuts for maintenance
re:\b(lịch|kế hoạch|thông báo) (tạm )?(ngừng|ngưng|cắt|cúp) (cung cấp |cấp )?điện\b | allow
# an internship allowance, free calls in a data plan
re:\btrợ cấp (thực tập |ăn trưa |đi lại )?(\d+|[ioeast]{1,2})([.,]\d+)? ?(triệu|tr|k|nghìn)?\s?/\s?tháng\b | allow
re:\bmiễn phí (gọi|data|nhắn tin|sms|vận chuyển|giao hàng|ship|đổi trả|lắp đặt|tư vấn)\b | allow
