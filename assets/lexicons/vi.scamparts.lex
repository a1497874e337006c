# Vietnamese scam parts (issue 15): who a message claims to be, the problem or prize it announces,
# the pressure it applies and what it asks you to do. Parts never warn alone; they count when they
# meet. Diacritics are kept for @lang vi, so the important phrases are also written without them
# ("tai khoan bi khoa"), as people type in SMS; both accent placements are written where both are
# in use (khóa/khoá, hóa/hoá, hủy/huỷ, tỏa/toả). Bare "chuyển", "gọi", "nạp" are left weak:
# they only matter next to other parts. "ck" is left out (it is also "chồng").
# Latin brand forms (vcb, bidv, momo, ghtk, vnpost…) are also the words the layer looks for in link
# hosts (vcb-xacminh.top): only brands, never everyday words.
@format 1
@lang vi
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language and of public scam-awareness advice)
@licence MIT
# term | class | weight | kind

# ============================================================================================
# scam:sender
# ============================================================================================
# --- banks ----------------------------------------------------------------------------------
ngân hàng              | scam:sender | 0.5  | bank
ngan hang              | scam:sender | 0.45 | bank
nhân viên ngân hàng     | scam:sender | 0.7  | bank
nhan vien ngan hang     | scam:sender | 0.65 | bank
tổng đài ngân hàng      | scam:sender | 0.65 | bank
vietcombank            | scam:sender | 0.95 | bank
vcb                    | scam:sender | 0.85 | bank
techcombank            | scam:sender | 0.95 | bank
tcb                    | scam:sender | 0.7  | bank
bidv                   | scam:sender | 0.9  | bank
vietinbank             | scam:sender | 0.95 | bank
agribank               | scam:sender | 0.95 | bank
mb bank                | scam:sender | 0.9  | bank
mbbank                 | scam:sender | 0.9  | bank
ngân hàng quân đội      | scam:sender | 0.85 | bank
acb                    | scam:sender | 0.85 | bank
vpbank                 | scam:sender | 0.95 | bank
tpbank                 | scam:sender | 0.95 | bank
sacombank              | scam:sender | 0.95 | bank
hdbank                 | scam:sender | 0.9  | bank
shb                    | scam:sender | 0.75 | bank
vib                    | scam:sender | 0.75 | bank
ocb                    | scam:sender | 0.75 | bank
msb                    | scam:sender | 0.75 | bank
seabank                | scam:sender | 0.85 | bank
lpbank                 | scam:sender | 0.85 | bank
eximbank               | scam:sender | 0.9  | bank
scb                    | scam:sender | 0.8  | bank
# the central bank and card/consumer-finance firms
ngân hàng nhà nước      | scam:sender | 0.8  | government
ngan hang nha nuoc      | scam:sender | 0.75 | government
nhnn                   | scam:sender | 0.6  | government

# --- wallets --------------------------------------------------------------------------------
ví momo                | scam:sender | 0.95 | wallet
momo                   | scam:sender | 0.9  | wallet
zalopay                | scam:sender | 0.9  | wallet
viettelpay             | scam:sender | 0.9  | wallet
viettel money          | scam:sender | 0.9  | wallet
viettelmoney           | scam:sender | 0.9  | wallet
vnpay                  | scam:sender | 0.85 | wallet
shopeepay              | scam:sender | 0.85 | wallet
ví điện tử              | scam:sender | 0.6  | wallet
vi dien tu             | scam:sender | 0.55 | wallet

# --- couriers -------------------------------------------------------------------------------
giao hàng nhanh         | scam:sender | 0.85 | courier
giao hang nhanh         | scam:sender | 0.8  | courier
ghn                    | scam:sender | 0.8  | courier
giao hàng tiết kiệm     | scam:sender | 0.9  | courier
giao hang tiet kiem     | scam:sender | 0.85 | courier
ghtk                   | scam:sender | 0.85 | courier
vnpost                 | scam:sender | 0.9  | courier
bưu điện việt nam       | scam:sender | 0.85 | courier
bưu điện               | scam:sender | 0.65 | courier
buu dien               | scam:sender | 0.6  | courier
bưu cục                | scam:sender | 0.6  | courier
bưu tá                 | scam:sender | 0.55 | courier
viettel post           | scam:sender | 0.9  | courier
viettelpost            | scam:sender | 0.9  | courier
j&t                    | scam:sender | 0.85 | courier
j&t express            | scam:sender | 0.9  | courier
jnt                    | scam:sender | 0.8  | courier
jtexpress              | scam:sender | 0.9  | courier
ninja van              | scam:sender | 0.85 | courier
ninjavan               | scam:sender | 0.85 | courier
best express           | scam:sender | 0.85 | courier
shopee express         | scam:sender | 0.85 | courier
spx                    | scam:sender | 0.7  | courier
dhl                    | scam:sender | 0.8  | courier
fedex                  | scam:sender | 0.8  | courier
đơn vị vận chuyển       | scam:sender | 0.55 | courier
don vi van chuyen      | scam:sender | 0.5  | courier
bên vận chuyển          | scam:sender | 0.5  | courier
nhân viên giao hàng     | scam:sender | 0.5  | courier

# --- government -----------------------------------------------------------------------------
viện kiểm sát           | scam:sender | 0.85 | government
vien kiem sat          | scam:sender | 0.8  | government
tòa án                 | scam:sender | 0.7  | government
toà án                 | scam:sender | 0.7  | government
toa an                 | scam:sender | 0.6  | government
tổng cục thuế           | scam:sender | 0.85 | government
cục thuế               | scam:sender | 0.8  | government
chi cục thuế            | scam:sender | 0.8  | government
cơ quan thuế            | scam:sender | 0.8  | government
co quan thue           | scam:sender | 0.75 | government
bảo hiểm xã hội         | scam:sender | 0.7  | government
bao hiem xa hoi        | scam:sender | 0.65 | government
bhxh                   | scam:sender | 0.75 | government
vssid                  | scam:sender | 0.8  | government
điện lực               | scam:sender | 0.75 | government
dien luc               | scam:sender | 0.7  | government
công ty điện lực        | scam:sender | 0.85 | government
evn                    | scam:sender | 0.8  | government
evnhcmc                | scam:sender | 0.85 | government
evnhanoi               | scam:sender | 0.85 | government
công ty cấp nước        | scam:sender | 0.7  | government
hải quan               | scam:sender | 0.75 | government
hai quan               | scam:sender | 0.65 | government
cục hải quan            | scam:sender | 0.85 | government
bộ tài chính            | scam:sender | 0.7  | government
ủy ban nhân dân         | scam:sender | 0.55 | government
uỷ ban nhân dân         | scam:sender | 0.55 | government
ubnd                   | scam:sender | 0.55 | government
cục quản lý xuất nhập cảnh | scam:sender | 0.75 | government
vneid                  | scam:sender | 0.8  | government
dịch vụ công            | scam:sender | 0.6  | government
cổng dịch vụ công       | scam:sender | 0.75 | government
dichvucong             | scam:sender | 0.8  | government
bộ thông tin và truyền thông | scam:sender | 0.7 | government
cục viễn thông          | scam:sender | 0.7  | government
sở giao thông vận tải    | scam:sender | 0.7  | government
trung tâm đăng kiểm     | scam:sender | 0.7  | government

# --- police ---------------------------------------------------------------------------------
công an                | scam:sender | 0.65 | police
cong an                | scam:sender | 0.6  | police
cán bộ công an          | scam:sender | 0.8  | police
can bo cong an         | scam:sender | 0.75 | police
bộ công an              | scam:sender | 0.8  | police
cơ quan công an         | scam:sender | 0.8  | police
công an phường          | scam:sender | 0.75 | police
công an quận            | scam:sender | 0.75 | police
công an tỉnh            | scam:sender | 0.75 | police
công an thành phố       | scam:sender | 0.75 | police
cơ quan điều tra        | scam:sender | 0.8  | police
co quan dieu tra       | scam:sender | 0.75 | police
cơ quan cảnh sát điều tra | scam:sender | 0.85 | police
điều tra viên           | scam:sender | 0.75 | police
dieu tra vien          | scam:sender | 0.7  | police
cảnh sát               | scam:sender | 0.6  | police
canh sat               | scam:sender | 0.55 | police
cảnh sát giao thông      | scam:sender | 0.6  | police
csgt                   | scam:sender | 0.6  | police

# --- telecoms -------------------------------------------------------------------------------
viettel                | scam:sender | 0.75 | telecom
vinaphone              | scam:sender | 0.85 | telecom
mobifone               | scam:sender | 0.85 | telecom
vietnamobile           | scam:sender | 0.85 | telecom
nhà mạng               | scam:sender | 0.6  | telecom
nha mang               | scam:sender | 0.55 | telecom
tổng đài viên           | scam:sender | 0.55 | telecom

# --- platforms ------------------------------------------------------------------------------
shopee                 | scam:sender | 0.7  | platform
lazada                 | scam:sender | 0.7  | platform
tiki                   | scam:sender | 0.6  | platform
sendo                  | scam:sender | 0.6  | platform
tiktok shop            | scam:sender | 0.65 | platform
tiktok                 | scam:sender | 0.5  | platform
facebook               | scam:sender | 0.4  | platform
sàn thương mại điện tử   | scam:sender | 0.55 | platform
chăm sóc khách hàng     | scam:sender | 0.4  | platform
cham soc khach hang    | scam:sender | 0.35 | platform
bộ phận cskh            | scam:sender | 0.45 | platform

# --- relatives and friends ("con đây, con đổi số") -----------------------------------------
con đây mẹ             | scam:sender | 0.7  | relative
con đây bố             | scam:sender | 0.7  | relative
con đây                | scam:sender | 0.55 | relative
con day                | scam:sender | 0.45 | relative
mẹ ơi                  | scam:sender | 0.45 | relative
me oi                  | scam:sender | 0.4  | relative
bố ơi                  | scam:sender | 0.45 | relative
bo oi                  | scam:sender | 0.35 | relative
con đổi số              | scam:sender | 0.75 | relative
con doi so             | scam:sender | 0.7  | relative
số mới của con          | scam:sender | 0.75 | relative
em đổi số               | scam:sender | 0.65 | relative
anh đổi số              | scam:sender | 0.6  | relative
chị đổi số              | scam:sender | 0.6  | relative
số điện thoại mới        | scam:sender | 0.45 | relative
zalo mới                | scam:sender | 0.55 | relative
nick mới                | scam:sender | 0.5  | relative
điện thoại bị hỏng       | scam:sender | 0.45 | relative
mất điện thoại           | scam:sender | 0.4  | relative
# "your child's teacher": the hospital-emergency call
giáo viên chủ nhiệm     | scam:sender | 0.45 | relative
cô giáo chủ nhiệm       | scam:sender | 0.45 | relative

# --- recruiters -----------------------------------------------------------------------------
nhà tuyển dụng          | scam:sender | 0.5  | employer
phòng nhân sự           | scam:sender | 0.55 | employer
bộ phận nhân sự         | scam:sender | 0.55 | employer
tuyển dụng              | scam:sender | 0.4  | employer
tuyển cộng tác viên      | scam:sender | 0.55 | employer
tuyển ctv               | scam:sender | 0.55 | employer
tuyen ctv              | scam:sender | 0.5  | employer

# --- lenders --------------------------------------------------------------------------------
app vay tiền            | scam:sender | 0.75 | lender
app vay                | scam:sender | 0.75 | lender
ứng dụng vay            | scam:sender | 0.7  | lender
vay tiền online         | scam:sender | 0.7  | lender
vay tien online        | scam:sender | 0.65 | lender
vay online             | scam:sender | 0.65 | lender
công ty tài chính       | scam:sender | 0.55 | lender
cong ty tai chinh      | scam:sender | 0.5  | lender
đơn vị cho vay          | scam:sender | 0.55 | lender
fe credit              | scam:sender | 0.8  | lender
fecredit               | scam:sender | 0.8  | lender
home credit            | scam:sender | 0.8  | lender
homecredit             | scam:sender | 0.8  | lender

# --- investment -----------------------------------------------------------------------------
chuyên gia tài chính     | scam:sender | 0.55 | investment
chuyên gia đầu tư        | scam:sender | 0.6  | investment
cố vấn đầu tư            | scam:sender | 0.6  | investment
sàn giao dịch            | scam:sender | 0.5  | investment
sàn đầu tư              | scam:sender | 0.6  | investment
sàn forex               | scam:sender | 0.6  | investment
sàn coin                | scam:sender | 0.55 | investment
nhóm đầu tư             | scam:sender | 0.55 | investment
nhóm vip                | scam:sender | 0.5  | investment

# ============================================================================================
# scam:problem
# ============================================================================================
# --- account: locked, KYC, biometrics, unusual login, a payment you did not make ------------
tài khoản của bạn bị khóa | scam:problem | 0.9 | account
tài khoản của bạn bị khoá | scam:problem | 0.9 | account
tai khoan cua ban bi khoa | scam:problem | 0.85 | account
tài khoản đã bị khóa     | scam:problem | 0.85 | account
tài khoản đã bị khoá     | scam:problem | 0.85 | account
tai khoan da bi khoa    | scam:problem | 0.8  | account
tài khoản bị khóa        | scam:problem | 0.8  | account
tài khoản bị khoá        | scam:problem | 0.8  | account
tai khoan bi khoa       | scam:problem | 0.75 | account
tài khoản bị tạm khóa     | scam:problem | 0.85 | account
tài khoản bị tạm khoá     | scam:problem | 0.85 | account
bị tạm khóa              | scam:problem | 0.7  | account
bị tạm khoá              | scam:problem | 0.7  | account
bi tam khoa             | scam:problem | 0.65 | account
tạm khóa tài khoản        | scam:problem | 0.75 | account
tạm khoá tài khoản        | scam:problem | 0.75 | account
phong tỏa tài khoản       | scam:problem | 0.8  | account
phong toả tài khoản       | scam:problem | 0.8  | account
phong toa tai khoan     | scam:problem | 0.75 | account
bị phong tỏa             | scam:problem | 0.7  | account
bị phong toả             | scam:problem | 0.7  | account
đóng băng tài khoản       | scam:problem | 0.75 | account
tài khoản của quý khách   | scam:problem | 0.5  | account
tai khoan cua quy khach | scam:problem | 0.45 | account
tài khoản có dấu hiệu bất thường | scam:problem | 0.85 | account
dấu hiệu bất thường       | scam:problem | 0.6  | account
dau hieu bat thuong     | scam:problem | 0.55 | account
giao dịch bất thường      | scam:problem | 0.7  | account
giao dich bat thuong    | scam:problem | 0.65 | account
đăng nhập bất thường      | scam:problem | 0.75 | account
dang nhap bat thuong    | scam:problem | 0.7  | account
đăng nhập trên thiết bị lạ | scam:problem | 0.8 | account
thiết bị lạ              | scam:problem | 0.6  | account
thiet bi la             | scam:problem | 0.55 | account
xác thực tài khoản        | scam:problem | 0.65 | account
xac thuc tai khoan      | scam:problem | 0.6  | account
xác minh tài khoản        | scam:problem | 0.6  | account
xac minh tai khoan      | scam:problem | 0.55 | account
chưa cập nhật sinh trắc học | scam:problem | 0.8 | account
cập nhật sinh trắc học    | scam:problem | 0.75 | account
cap nhat sinh trac hoc  | scam:problem | 0.7  | account
xác thực sinh trắc học    | scam:problem | 0.7  | account
sinh trắc học            | scam:problem | 0.5  | account
sinh trac hoc           | scam:problem | 0.45 | account
cập nhật căn cước         | scam:problem | 0.6  | account
cập nhật cccd            | scam:problem | 0.65 | account
cap nhat cccd           | scam:problem | 0.6  | account
định danh điện tử         | scam:problem | 0.5  | account
định danh mức 2          | scam:problem | 0.6  | account
kích hoạt định danh       | scam:problem | 0.6  | account
chuẩn hóa thông tin thuê bao | scam:problem | 0.7 | account
chuẩn hoá thông tin thuê bao | scam:problem | 0.7 | account
chuẩn hóa thuê bao        | scam:problem | 0.65 | account
chuẩn hoá thuê bao        | scam:problem | 0.65 | account
chuan hoa thue bao      | scam:problem | 0.6  | account
mật khẩu hết hạn         | scam:problem | 0.6  | account
nâng hạn mức thẻ         | scam:problem | 0.65 | account
nâng hạn mức             | scam:problem | 0.5  | account
nang han muc            | scam:problem | 0.45 | account
bị trừ tiền              | scam:problem | 0.55 | account
bi tru tien             | scam:problem | 0.5  | account
hủy giao dịch            | scam:problem | 0.55 | account
huỷ giao dịch            | scam:problem | 0.55 | account
huy giao dich           | scam:problem | 0.5  | account
nếu không phải bạn        | scam:problem | 0.6  | account
neu khong phai ban      | scam:problem | 0.55 | account
tài khoản vi phạm         | scam:problem | 0.65 | account
vi phạm chính sách        | scam:problem | 0.6  | account
vi pham chinh sach      | scam:problem | 0.55 | account
vi phạm tiêu chuẩn cộng đồng | scam:problem | 0.65 | account

# --- parcels --------------------------------------------------------------------------------
đơn hàng của bạn          | scam:problem | 0.4  | parcel
don hang cua ban        | scam:problem | 0.35 | parcel
bưu phẩm                 | scam:problem | 0.45 | parcel
buu pham                | scam:problem | 0.4  | parcel
bưu kiện                 | scam:problem | 0.45 | parcel
buu kien                | scam:problem | 0.4  | parcel
giao hàng không thành công | scam:problem | 0.75 | parcel
giao hang khong thanh cong | scam:problem | 0.7 | parcel
giao không thành công     | scam:problem | 0.7  | parcel
không thể giao hàng       | scam:problem | 0.75 | parcel
khong the giao hang     | scam:problem | 0.7  | parcel
địa chỉ không chính xác   | scam:problem | 0.7  | parcel
dia chi khong chinh xac | scam:problem | 0.65 | parcel
địa chỉ không đầy đủ      | scam:problem | 0.75 | parcel
dia chi khong day du    | scam:problem | 0.7  | parcel
sai địa chỉ              | scam:problem | 0.55 | parcel
đơn hàng bị giữ           | scam:problem | 0.75 | parcel
bưu phẩm bị giữ           | scam:problem | 0.75 | parcel
hàng bị giữ              | scam:problem | 0.6  | parcel
giữ tại hải quan          | scam:problem | 0.8  | parcel
bị hải quan giữ           | scam:problem | 0.8  | parcel
thông quan               | scam:problem | 0.5  | parcel
thong quan              | scam:problem | 0.45 | parcel

# --- refunds, aid, subsidies ----------------------------------------------------------------
hoàn thuế                | scam:problem | 0.6  | refund
hoan thue               | scam:problem | 0.55 | refund
được hoàn tiền            | scam:problem | 0.6  | refund
nhận tiền hoàn            | scam:problem | 0.6  | refund
hoàn tiền                | scam:problem | 0.45 | refund
hoan tien               | scam:problem | 0.4  | refund
hoàn tiền điện            | scam:problem | 0.75 | refund
hoàn phí                 | scam:problem | 0.5  | refund
tiền hỗ trợ              | scam:problem | 0.55 | refund
tien ho tro             | scam:problem | 0.5  | refund
nhận hỗ trợ              | scam:problem | 0.5  | refund
gói hỗ trợ               | scam:problem | 0.5  | refund
nhận trợ cấp             | scam:problem | 0.6  | refund
trợ cấp                  | scam:problem | 0.45 | refund
tro cap                 | scam:problem | 0.4  | refund
rút bảo hiểm xã hội một lần | scam:problem | 0.6 | refund
rút bhxh                 | scam:problem | 0.6  | refund
rut bhxh                | scam:problem | 0.55 | refund
hỗ trợ lấy lại tiền       | scam:problem | 0.8  | refund
ho tro lay lai tien     | scam:problem | 0.75 | refund
lấy lại tiền bị lừa       | scam:problem | 0.8  | refund
thu hồi tiền bị lừa       | scam:problem | 0.8  | refund
lấy lại tiền              | scam:problem | 0.5  | refund

# --- prizes ---------------------------------------------------------------------------------
bạn đã trúng             | scam:problem | 0.8  | prize
ban da trung            | scam:problem | 0.75 | prize
trúng thưởng             | scam:problem | 0.6  | prize
trung thuong            | scam:problem | 0.55 | prize
chúc mừng quý khách       | scam:problem | 0.6  | prize
chúc mừng bạn             | scam:problem | 0.55 | prize
chuc mung ban           | scam:problem | 0.5  | prize
khách hàng may mắn        | scam:problem | 0.7  | prize
khach hang may man      | scam:problem | 0.65 | prize
may mắn trúng             | scam:problem | 0.7  | prize
quà tri ân                | scam:problem | 0.6  | prize
tri ân khách hàng         | scam:problem | 0.6  | prize
tri an khach hang       | scam:problem | 0.55 | prize
nhận thưởng              | scam:problem | 0.55 | prize
nhan thuong             | scam:problem | 0.5  | prize
nhận quà                 | scam:problem | 0.45 | prize
nhan qua                | scam:problem | 0.4  | prize
phần thưởng              | scam:problem | 0.45 | prize
giải đặc biệt             | scam:problem | 0.4  | prize
xe máy sh                | scam:problem | 0.6  | prize
vòng quay may mắn         | scam:problem | 0.5  | prize
quay số may mắn           | scam:problem | 0.5  | prize
được chọn                 | scam:problem | 0.35 | prize
điểm thưởng sắp hết hạn   | scam:problem | 0.7  | prize
điểm tích lũy sắp hết hạn | scam:problem | 0.7  | prize
điểm sắp hết hạn          | scam:problem | 0.6  | prize

# --- jobs -----------------------------------------------------------------------------------
việc nhẹ lương cao        | scam:problem | 0.75 | job
viec nhe luong cao      | scam:problem | 0.7  | job
làm nhiệm vụ              | scam:problem | 0.7  | job
lam nhiem vu            | scam:problem | 0.65 | job
nhận nhiệm vụ             | scam:problem | 0.7  | job
nhan nhiem vu           | scam:problem | 0.65 | job
cộng tác viên online       | scam:problem | 0.6  | job
cộng tác viên             | scam:problem | 0.45 | job
cong tac vien           | scam:problem | 0.4  | job
ctv                     | scam:problem | 0.35 | job
kiếm tiền online          | scam:problem | 0.5  | job
kiem tien online        | scam:problem | 0.45 | job
việc làm online           | scam:problem | 0.45 | job
viec lam online         | scam:problem | 0.4  | job
làm thêm tại nhà          | scam:problem | 0.45 | job
chỉ cần có điện thoại     | scam:problem | 0.5  | job
chỉ cần điện thoại        | scam:problem | 0.5  | job
nhận hoa hồng             | scam:problem | 0.5  | job
hoa hồng cao              | scam:problem | 0.5  | job
like video               | scam:problem | 0.45 | job
thả tim                  | scam:problem | 0.35 | job
đánh giá sản phẩm         | scam:problem | 0.4  | job
chốt đơn ảo               | scam:problem | 0.75 | job
đơn hàng ảo               | scam:problem | 0.65 | job
thu nhập mỗi ngày         | scam:problem | 0.5  | job
thu nhập hàng ngày        | scam:problem | 0.5  | job
không cần kinh nghiệm     | scam:problem | 0.35 | job
sang campuchia làm việc   | scam:problem | 0.6  | job

# --- investment -----------------------------------------------------------------------------
cam kết lợi nhuận          | scam:problem | 0.8  | investment
cam ket loi nhuan        | scam:problem | 0.75 | investment
lợi nhuận mỗi ngày         | scam:problem | 0.7  | investment
lợi nhuận hàng ngày        | scam:problem | 0.7  | investment
loi nhuan moi ngay       | scam:problem | 0.65 | investment
lợi nhuận cao              | scam:problem | 0.5  | investment
loi nhuan cao            | scam:problem | 0.45 | investment
không rủi ro               | scam:problem | 0.55 | investment
khong rui ro             | scam:problem | 0.5  | investment
bao lỗ                     | scam:problem | 0.6  | investment
chắc chắn có lãi           | scam:problem | 0.75 | investment
x2 tài khoản               | scam:problem | 0.75 | investment
nhân đôi số tiền           | scam:problem | 0.75 | investment
đầu tư tiền ảo             | scam:problem | 0.5  | investment
đầu tư sinh lời            | scam:problem | 0.5  | investment
lãi suất cao               | scam:problem | 0.45 | investment
hoàn vốn nhanh             | scam:problem | 0.55 | investment
nhóm kéo                   | scam:problem | 0.6  | investment
kéo coin                   | scam:problem | 0.6  | investment

# --- loans ----------------------------------------------------------------------------------
vay không cần thế chấp      | scam:problem | 0.6  | loan
vay khong can the chap    | scam:problem | 0.55 | loan
không cần thế chấp          | scam:problem | 0.55 | loan
khong can the chap        | scam:problem | 0.5  | loan
giải ngân nhanh             | scam:problem | 0.65 | loan
giai ngan nhanh           | scam:problem | 0.6  | loan
giải ngân trong ngày        | scam:problem | 0.6  | loan
giải ngân ngay              | scam:problem | 0.6  | loan
duyệt hồ sơ nhanh           | scam:problem | 0.55 | loan
không cần chứng minh thu nhập | scam:problem | 0.6 | loan
không cần thẩm định         | scam:problem | 0.65 | loan
khong can tham dinh       | scam:problem | 0.6  | loan
nợ xấu vẫn vay được          | scam:problem | 0.7  | loan
no xau van vay duoc       | scam:problem | 0.65 | loan
hỗ trợ nợ xấu               | scam:problem | 0.6  | loan
chỉ cần cccd                | scam:problem | 0.6  | loan
chi can cccd              | scam:problem | 0.55 | loan
chỉ cần căn cước            | scam:problem | 0.6  | loan
vay tiền nhanh              | scam:problem | 0.6  | loan
vay tien nhanh            | scam:problem | 0.55 | loan
vay nhanh                  | scam:problem | 0.55 | loan
khoản vay của bạn đã được duyệt | scam:problem | 0.8 | loan
hồ sơ vay đã được duyệt      | scam:problem | 0.8  | loan
được duyệt vay              | scam:problem | 0.7  | loan
sai số tài khoản            | scam:problem | 0.75 | loan
sai thông tin tài khoản     | scam:problem | 0.7  | loan
đóng băng khoản vay         | scam:problem | 0.75 | loan

# --- romance --------------------------------------------------------------------------------
gửi quà cho em              | scam:problem | 0.6  | romance
gửi quà cho anh             | scam:problem | 0.6  | romance
gửi quà từ nước ngoài        | scam:problem | 0.7  | romance
quà từ nước ngoài            | scam:problem | 0.65 | romance
kiện quà                    | scam:problem | 0.5  | romance
kỹ sư giàn khoan             | scam:problem | 0.6  | romance
bác sĩ quân y               | scam:problem | 0.55 | romance
lính mỹ                     | scam:problem | 0.45 | romance
bị giữ ở sân bay             | scam:problem | 0.65 | romance
bị giữ tại sân bay           | scam:problem | 0.65 | romance

# --- legal trouble --------------------------------------------------------------------------
liên quan đến vụ án          | scam:problem | 0.8  | legal
lien quan den vu an        | scam:problem | 0.75 | legal
liên quan đến đường dây      | scam:problem | 0.75 | legal
lien quan den duong day   | scam:problem | 0.7  | legal
đường dây rửa tiền           | scam:problem | 0.8  | legal
rửa tiền                    | scam:problem | 0.65 | legal
rua tien                  | scam:problem | 0.6  | legal
đường dây ma túy             | scam:problem | 0.75 | legal
đường dây ma tuý             | scam:problem | 0.75 | legal
vận chuyển ma túy            | scam:problem | 0.6  | legal
vận chuyển ma tuý            | scam:problem | 0.6  | legal
lệnh bắt tạm giam            | scam:problem | 0.8  | legal
lệnh bắt                    | scam:problem | 0.65 | legal
lenh bat                  | scam:problem | 0.6  | legal
lệnh truy nã                 | scam:problem | 0.7  | legal
giấy triệu tập               | scam:problem | 0.6  | legal
giay trieu tap            | scam:problem | 0.55 | legal
đang bị điều tra             | scam:problem | 0.7  | legal
dang bi dieu tra          | scam:problem | 0.65 | legal
hồ sơ vụ án                 | scam:problem | 0.7  | legal
số điện thoại của bạn liên quan | scam:problem | 0.8 | legal
căn cước của bạn bị sử dụng   | scam:problem | 0.8  | legal
phối hợp điều tra            | scam:problem | 0.75 | legal
phoi hop dieu tra         | scam:problem | 0.7  | legal
phục vụ điều tra             | scam:problem | 0.75 | legal
hợp tác điều tra             | scam:problem | 0.7  | legal
chứng minh trong sạch        | scam:problem | 0.75 | legal
chứng minh vô tội            | scam:problem | 0.75 | legal
xác minh nguồn tiền          | scam:problem | 0.8  | legal
xac minh nguon tien       | scam:problem | 0.75 | legal
kiểm tra nguồn tiền          | scam:problem | 0.75 | legal
phạt nguội                  | scam:problem | 0.6  | legal
phat nguoi                | scam:problem | 0.55 | legal
biên bản vi phạm             | scam:problem | 0.55 | legal
vi phạm giao thông           | scam:problem | 0.45 | legal

# --- voicemail, missed call, robocall -------------------------------------------------------
bạn có cuộc gọi nhỡ          | scam:problem | 0.6  | voicemail
cuộc gọi nhỡ                | scam:problem | 0.45 | voicemail
hộp thư thoại               | scam:problem | 0.55 | voicemail
tin nhắn thoại              | scam:problem | 0.5  | voicemail

# --- fees to receive something --------------------------------------------------------------
phí giải ngân               | scam:problem | 0.85 | fee
phi giai ngan             | scam:problem | 0.8  | fee
phí hồ sơ                   | scam:problem | 0.55 | fee
phi ho so                 | scam:problem | 0.5  | fee
phí bảo hiểm khoản vay       | scam:problem | 0.8  | fee
phí thông quan              | scam:problem | 0.8  | fee
phi thong quan            | scam:problem | 0.75 | fee
phí nhận thưởng             | scam:problem | 0.85 | fee
phi nhan thuong           | scam:problem | 0.8  | fee
nộp thuế thu nhập           | scam:problem | 0.6  | fee
phí kích hoạt               | scam:problem | 0.6  | fee
phí rút tiền                | scam:problem | 0.7  | fee
phí xác minh                | scam:problem | 0.75 | fee
phí mở khóa                 | scam:problem | 0.75 | fee
phí mở khoá                 | scam:problem | 0.75 | fee
phí chống rửa tiền           | scam:problem | 0.85 | fee
tiền ký quỹ                 | scam:problem | 0.5  | fee
nạp thêm tiền               | scam:problem | 0.7  | fee
nap them tien             | scam:problem | 0.65 | fee
nạp tiền để rút              | scam:problem | 0.85 | fee
nạp tiền làm nhiệm vụ        | scam:problem | 0.85 | fee
đóng phí                    | scam:problem | 0.55 | fee
dong phi                  | scam:problem | 0.5  | fee
nộp phí                     | scam:problem | 0.55 | fee
nop phi                   | scam:problem | 0.5  | fee
phí vận chuyển              | scam:problem | 0.3  | fee
nợ cước                     | scam:problem | 0.55 | fee
nợ thuế                     | scam:problem | 0.55 | fee
chậm nộp thuế               | scam:problem | 0.55 | fee
tiền điện chưa thanh toán     | scam:problem | 0.65 | fee
# relative and "teacher" emergencies: money needed at once
cần tiền gấp                | scam:problem | 0.6  | fee
can tien gap              | scam:problem | 0.55 | fee
đang cấp cứu                | scam:problem | 0.55 | fee
cần mổ gấp                  | scam:problem | 0.75 | fee
viện phí                    | scam:problem | 0.45 | fee
mượn tiền                   | scam:problem | 0.45 | fee
cho con mượn                | scam:problem | 0.6  | fee
cho em mượn                 | scam:problem | 0.55 | fee
mượn tạm                    | scam:problem | 0.5  | fee
đóng học phí gấp             | scam:problem | 0.6  | fee
muon tien                 | scam:problem | 0.35 | fee

# ============================================================================================
# scam:pressure
# ============================================================================================
# --- deadlines ------------------------------------------------------------------------------
re:\btrong (vòng )?\d{1,3} ?(giờ|h|tiếng|phút)\b | scam:pressure | 0.8 | deadline
re:\btrong (vong )?\d{1,3} ?(gio|h|tieng|phut)\b| scam:pressure | 0.75 | deadline
re:\btrước \d{1,2} ?(giờ|h)\b                    | scam:pressure | 0.5 | deadline
ngay lập tức                | scam:pressure | 0.6  | deadline
ngay lap tuc              | scam:pressure | 0.55 | deadline
trong ngày hôm nay           | scam:pressure | 0.6  | deadline
ngay hôm nay                | scam:pressure | 0.55 | deadline
ngay hom nay              | scam:pressure | 0.5  | deadline
ngay bây giờ                | scam:pressure | 0.5  | deadline
khẩn cấp                    | scam:pressure | 0.55 | deadline
khan cap                  | scam:pressure | 0.5  | deadline
rất gấp                     | scam:pressure | 0.55 | deadline
càng sớm càng tốt            | scam:pressure | 0.45 | deadline
hạn chót                    | scam:pressure | 0.45 | deadline
sắp hết hạn                 | scam:pressure | 0.55 | deadline
sap het han               | scam:pressure | 0.5  | deadline
hết hạn                     | scam:pressure | 0.4  | deadline
gấp                        | scam:pressure | 0.3  | deadline

# --- threats --------------------------------------------------------------------------------
sẽ bị khóa vĩnh viễn         | scam:pressure | 0.85 | threat
sẽ bị khoá vĩnh viễn         | scam:pressure | 0.85 | threat
se bi khoa vinh vien      | scam:pressure | 0.8  | threat
sẽ bị khóa                  | scam:pressure | 0.75 | threat
sẽ bị khoá                  | scam:pressure | 0.75 | threat
se bi khoa                | scam:pressure | 0.7  | threat
khóa vĩnh viễn              | scam:pressure | 0.7  | threat
khoá vĩnh viễn              | scam:pressure | 0.7  | threat
sẽ bị vô hiệu hóa            | scam:pressure | 0.75 | threat
sẽ bị vô hiệu hoá            | scam:pressure | 0.75 | threat
se bi vo hieu hoa         | scam:pressure | 0.7  | threat
vô hiệu hóa                 | scam:pressure | 0.5  | threat
vô hiệu hoá                 | scam:pressure | 0.5  | threat
sẽ bị đình chỉ              | scam:pressure | 0.7  | threat
sẽ bị thu hồi               | scam:pressure | 0.6  | threat
sẽ bị hủy                   | scam:pressure | 0.55 | threat
sẽ bị huỷ                   | scam:pressure | 0.55 | threat
sẽ bị cắt điện              | scam:pressure | 0.75 | threat
ngừng cung cấp điện          | scam:pressure | 0.65 | threat
cắt điện                    | scam:pressure | 0.45 | threat
khóa 2 chiều                | scam:pressure | 0.75 | threat
khoá 2 chiều                | scam:pressure | 0.75 | threat
khoa 2 chieu              | scam:pressure | 0.7  | threat
khóa sim                    | scam:pressure | 0.6  | threat
khoá sim                    | scam:pressure | 0.6  | threat
bị khởi tố                  | scam:pressure | 0.75 | threat
bi khoi to                | scam:pressure | 0.7  | threat
truy cứu trách nhiệm hình sự  | scam:pressure | 0.75 | threat
truy cuu trach nhiem hinh su | scam:pressure | 0.7 | threat
xử lý theo pháp luật         | scam:pressure | 0.6  | threat
xử lý theo quy định          | scam:pressure | 0.5  | threat
bị bắt giam                 | scam:pressure | 0.7  | threat
bắt tạm giam                | scam:pressure | 0.7  | threat
phạt tù                     | scam:pressure | 0.6  | threat
cưỡng chế                   | scam:pressure | 0.6  | threat
cuong che                 | scam:pressure | 0.55 | threat
nếu không thực hiện          | scam:pressure | 0.6  | threat
neu khong thuc hien       | scam:pressure | 0.55 | threat
nếu không xác thực           | scam:pressure | 0.7  | threat
nếu không cập nhật           | scam:pressure | 0.7  | threat
neu khong cap nhat        | scam:pressure | 0.65 | threat
nếu quá thời hạn             | scam:pressure | 0.6  | threat
mất quyền lợi               | scam:pressure | 0.5  | threat

# --- secrecy --------------------------------------------------------------------------------
bí mật điều tra             | scam:pressure | 0.85 | secrecy
bi mat dieu tra           | scam:pressure | 0.8  | secrecy
giữ bí mật                  | scam:pressure | 0.75 | secrecy
giu bi mat                | scam:pressure | 0.7  | secrecy
không được nói với ai        | scam:pressure | 0.85 | secrecy
khong duoc noi voi ai     | scam:pressure | 0.8  | secrecy
đừng nói với ai              | scam:pressure | 0.75 | secrecy
dung noi voi ai           | scam:pressure | 0.7  | secrecy
không được tiết lộ cho người thân | scam:pressure | 0.85 | secrecy
không được chia sẻ với người thân | scam:pressure | 0.8 | secrecy
không cho người nhà biết     | scam:pressure | 0.8  | secrecy
không liên lạc với gia đình   | scam:pressure | 0.8  | secrecy
ngắt liên lạc               | scam:pressure | 0.6  | secrecy
không được cúp máy           | scam:pressure | 0.8  | secrecy
không được tắt máy           | scam:pressure | 0.8  | secrecy
tắt định vị                  | scam:pressure | 0.6  | secrecy
thuê phòng khách sạn         | scam:pressure | 0.45 | secrecy

# ============================================================================================
# scam:action
# ============================================================================================
# --- links ----------------------------------------------------------------------------------
truy cập đường link          | scam:action | 0.75 | link
truy cap duong link       | scam:action | 0.7  | link
truy cập đường dẫn           | scam:action | 0.7  | link
truy cập link               | scam:action | 0.7  | link
truy cap link             | scam:action | 0.65 | link
truy cập website            | scam:action | 0.6  | link
truy cập vào                | scam:action | 0.5  | link
truy cập                    | scam:action | 0.35 | link
truy cap                  | scam:action | 0.3  | link
bấm vào link                | scam:action | 0.75 | link
bấm vào đường link           | scam:action | 0.75 | link
bam vao link              | scam:action | 0.7  | link
bấm vào                     | scam:action | 0.45 | link
bam vao                   | scam:action | 0.4  | link
nhấp vào                    | scam:action | 0.5  | link
nhấn vào                    | scam:action | 0.5  | link
nhap vao                  | scam:action | 0.35 | link
click vào                   | scam:action | 0.55 | link
click vao                 | scam:action | 0.5  | link
click link                 | scam:action | 0.6  | link
ấn vào link                 | scam:action | 0.7  | link
vào link                    | scam:action | 0.55 | link
vao link                  | scam:action | 0.5  | link
link bên dưới               | scam:action | 0.55 | link
link ben duoi             | scam:action | 0.5  | link
theo đường link             | scam:action | 0.65 | link
theo link                  | scam:action | 0.6  | link
tại đường link              | scam:action | 0.65 | link
qua đường link              | scam:action | 0.6  | link
đăng nhập tại               | scam:action | 0.7  | link
dang nhap tai             | scam:action | 0.65 | link
đăng nhập                   | scam:action | 0.45 | link
dang nhap                 | scam:action | 0.4  | link
xác thực tại                | scam:action | 0.75 | link
xac thuc tai              | scam:action | 0.7  | link
xác minh tại                | scam:action | 0.75 | link
cập nhật tại                | scam:action | 0.7  | link
cap nhat tai              | scam:action | 0.65 | link
đăng ký tại                 | scam:action | 0.55 | link
quét mã qr                  | scam:action | 0.55 | link

# --- calls ----------------------------------------------------------------------------------
gọi lại                     | scam:action | 0.4  | call
goi lai                   | scam:action | 0.35 | call
gọi ngay                    | scam:action | 0.55 | call
gọi đến số                  | scam:action | 0.65 | call
goi den so                | scam:action | 0.6  | call
gọi vào số                  | scam:action | 0.65 | call
liên hệ số                  | scam:action | 0.6  | call
lien he so                | scam:action | 0.55 | call
liên hệ hotline             | scam:action | 0.6  | call
liên hệ tổng đài            | scam:action | 0.55 | call
gọi tổng đài                | scam:action | 0.55 | call
liên hệ ngay                | scam:action | 0.55 | call
lien he ngay              | scam:action | 0.5  | call
bấm phím 9                  | scam:action | 0.8  | call
nhấn phím 9                 | scam:action | 0.8  | call
bam phim 9                | scam:action | 0.75 | call
bấm phím 0                  | scam:action | 0.7  | call
nhấn phím 0                 | scam:action | 0.7  | call
kết nối tổng đài viên        | scam:action | 0.6  | call

# --- apps and remote access -----------------------------------------------------------------
tải ứng dụng                | scam:action | 0.6  | app
tai ung dung              | scam:action | 0.55 | app
cài đặt ứng dụng            | scam:action | 0.65 | app
cai dat ung dung          | scam:action | 0.6  | app
cài ứng dụng                | scam:action | 0.6  | app
cai ung dung              | scam:action | 0.55 | app
tải app                     | scam:action | 0.55 | app
tai app                   | scam:action | 0.5  | app
cài app                     | scam:action | 0.6  | app
cai app                   | scam:action | 0.55 | app
cài đặt app                 | scam:action | 0.6  | app
cài đặt file                | scam:action | 0.7  | app
file apk                    | scam:action | 0.9  | app
tệp apk                     | scam:action | 0.9  | app
apk                         | scam:action | 0.8  | app
anydesk                     | scam:action | 0.9  | app
teamviewer                  | scam:action | 0.85 | app
ultraviewer                 | scam:action | 0.9  | app
rustdesk                    | scam:action | 0.9  | app
cấp quyền truy cập           | scam:action | 0.7  | app
cấp quyền                   | scam:action | 0.55 | app
cap quyen                 | scam:action | 0.5  | app
bật trợ năng                | scam:action | 0.75 | app
trợ năng                    | scam:action | 0.55 | app
chia sẻ màn hình            | scam:action | 0.8  | app
chia se man hinh          | scam:action | 0.75 | app

# --- money ----------------------------------------------------------------------------------
chuyển tiền vào tài khoản tạm giữ | scam:action | 0.95 | transfer
tài khoản tạm giữ            | scam:action | 0.8  | transfer
tai khoan tam giu         | scam:action | 0.75 | transfer
tài khoản an toàn            | scam:action | 0.75 | transfer
chuyển toàn bộ tiền          | scam:action | 0.9  | transfer
chuyen toan bo tien       | scam:action | 0.85 | transfer
chuyển tiền vào tài khoản     | scam:action | 0.7  | transfer
chuyển vào tài khoản         | scam:action | 0.65 | transfer
chuyển khoản                | scam:action | 0.55 | transfer
chuyen khoan              | scam:action | 0.5  | transfer
chuyển tiền                 | scam:action | 0.55 | transfer
chuyen tien               | scam:action | 0.5  | transfer
nộp tiền                    | scam:action | 0.5  | transfer
nop tien                  | scam:action | 0.45 | transfer
nạp tiền                    | scam:action | 0.5  | transfer
nap tien                  | scam:action | 0.45 | transfer
thanh toán ngay             | scam:action | 0.6  | transfer
thanh toan ngay           | scam:action | 0.55 | transfer
thanh toán                  | scam:action | 0.35 | transfer
thanh toan                | scam:action | 0.3  | transfer
đóng tiền                   | scam:action | 0.45 | transfer
gửi tiền                    | scam:action | 0.45 | transfer
gui tien                  | scam:action | 0.4  | transfer
nộp phạt                    | scam:action | 0.55 | transfer
chuyển khoản giúp           | scam:action | 0.65 | transfer
chuyển khoản giùm           | scam:action | 0.65 | transfer
chuyển khoản hộ             | scam:action | 0.65 | transfer
chuyen khoan giup         | scam:action | 0.6  | transfer
chuyển giúp                 | scam:action | 0.55 | transfer
chuyển                     | scam:action | 0.15 | transfer

# --- codes ----------------------------------------------------------------------------------
cung cấp mã otp             | scam:action | 0.95 | code
cung cap ma otp           | scam:action | 0.9  | code
đọc mã otp                  | scam:action | 0.95 | code
doc ma otp                | scam:action | 0.9  | code
báo mã otp                  | scam:action | 0.9  | code
gửi mã otp                  | scam:action | 0.85 | code
gui ma otp                | scam:action | 0.8  | code
nhắn mã otp                 | scam:action | 0.85 | code
cho mã otp                  | scam:action | 0.8  | code
gửi nhầm mã                 | scam:action | 0.85 | code
gui nham ma               | scam:action | 0.8  | code
cung cấp mã                 | scam:action | 0.75 | code
cung cap ma               | scam:action | 0.7  | code
đọc mã                      | scam:action | 0.65 | code
mã otp                      | scam:action | 0.5  | code
ma otp                    | scam:action | 0.45 | code
otp                         | scam:action | 0.45 | code
mã xác thực                 | scam:action | 0.5  | code
ma xac thuc               | scam:action | 0.45 | code
mã xác nhận                 | scam:action | 0.5  | code
ma xac nhan               | scam:action | 0.45 | code
mã smart otp                | scam:action | 0.7  | code
cung cấp mật khẩu           | scam:action | 0.85 | code
cung cap mat khau         | scam:action | 0.8  | code
mật khẩu                    | scam:action | 0.4  | code
mat khau                  | scam:action | 0.35 | code
mã pin                      | scam:action | 0.5  | code
mã cvv                      | scam:action | 0.8  | code
cvv                         | scam:action | 0.7  | code

# --- details --------------------------------------------------------------------------------
điền thông tin               | scam:action | 0.6  | details
dien thong tin            | scam:action | 0.55 | details
cung cấp thông tin cá nhân    | scam:action | 0.75 | details
cung cấp thông tin           | scam:action | 0.6  | details
cung cap thong tin        | scam:action | 0.55 | details
cập nhật thông tin           | scam:action | 0.55 | details
cap nhat thong tin        | scam:action | 0.5  | details
nhập thông tin              | scam:action | 0.55 | details
cập nhật địa chỉ             | scam:action | 0.65 | details
thông tin thẻ               | scam:action | 0.6  | details
số thẻ                      | scam:action | 0.5  | details
ngày hết hạn thẻ            | scam:action | 0.7  | details
tên đăng nhập               | scam:action | 0.5  | details
chụp căn cước               | scam:action | 0.7  | details
chụp cccd                   | scam:action | 0.7  | details
chup cccd                 | scam:action | 0.65 | details
ảnh cccd                    | scam:action | 0.55 | details
hai mặt căn cước            | scam:action | 0.65 | details
quay video khuôn mặt         | scam:action | 0.75 | details
quay video khuon mat      | scam:action | 0.7  | details
xác thực khuôn mặt           | scam:action | 0.6  | details
số tài khoản                | scam:action | 0.35 | details
stk                        | scam:action | 0.4  | details

# --- contact (Zalo, Telegram) ---------------------------------------------------------------
kết bạn zalo                | scam:action | 0.65 | contact
ket ban zalo              | scam:action | 0.6  | contact
nhắn zalo                   | scam:action | 0.6  | contact
nhan zalo                 | scam:action | 0.55 | contact
liên hệ zalo                | scam:action | 0.6  | contact
lien he zalo              | scam:action | 0.55 | contact
add zalo                    | scam:action | 0.6  | contact
qua zalo                    | scam:action | 0.5  | contact
zalo                        | scam:action | 0.35 | contact
nhắn tin telegram           | scam:action | 0.6  | contact
nhắn telegram               | scam:action | 0.6  | contact
nhan telegram             | scam:action | 0.55 | contact
nhóm telegram               | scam:action | 0.5  | contact
telegram                    | scam:action | 0.4  | contact
whatsapp                    | scam:action | 0.4  | contact
tham gia nhóm               | scam:action | 0.45 | contact
nhắn tin theo số            | scam:action | 0.6  | contact
liên hệ cskh                | scam:action | 0.55 | contact
soạn tin                    | scam:action | 0.45 | contact
inbox                       | scam:action | 0.35 | contact
ib                          | scam:action | 0.3  | contact

# ============================================================================================
# scam:aware — warnings and advice about scams: parts near them count for little
# ============================================================================================
cảnh báo lừa đảo             | scam:aware
canh bao lua dao          | scam:aware
chiêu lừa đảo               | scam:aware
chieu lua dao             | scam:aware
chiêu trò lừa đảo            | scam:aware
chiêu lừa                   | scam:aware
thủ đoạn lừa đảo            | scam:aware
thu doan lua dao          | scam:aware
thủ đoạn                    | scam:aware
đối tượng lừa đảo            | scam:aware
các đối tượng               | scam:aware
lừa đảo qua mạng            | scam:aware
lừa đảo trực tuyến           | scam:aware
tin nhắn lừa đảo             | scam:aware
cuộc gọi lừa đảo             | scam:aware
chống lừa đảo               | scam:aware
cảnh giác                   | scam:aware
canh giac                 | scam:aware
nâng cao cảnh giác           | scam:aware
cẩn thận                    | scam:aware
can than                  | scam:aware
cẩn trọng                   | scam:aware
tỉnh táo                    | scam:aware
mạo danh                    | scam:aware
mao danh                  | scam:aware
giả danh                    | scam:aware
gia danh                  | scam:aware
giả mạo ngân hàng            | scam:aware
tin nhắn giả mạo             | scam:aware
trang web giả mạo            | scam:aware
website giả mạo              | scam:aware
ứng dụng giả mạo             | scam:aware
link lạ                     | scam:aware
link la                   | scam:aware
đường link lạ                | scam:aware
số lạ                       | scam:aware
tin nhắn lạ                 | scam:aware
cuộc gọi lạ                 | scam:aware
không cung cấp mã otp cho bất kỳ ai | scam:aware
không cung cấp otp cho bất kỳ ai | scam:aware
không bao giờ cung cấp       | scam:aware
khong cung cap ma otp cho bat ky ai | scam:aware
tuyệt đối không cung cấp     | scam:aware
tuyet doi khong cung cap  | scam:aware
không chia sẻ mã otp         | scam:aware
đừng cung cấp               | scam:aware
không chuyển tiền cho người lạ | scam:aware
đừng chuyển tiền             | scam:aware
không bao giờ yêu cầu        | scam:aware
không yêu cầu khách hàng     | scam:aware
không làm việc qua điện thoại  | scam:aware
khuyến cáo người dân         | scam:aware
bộ công an khuyến cáo         | scam:aware
trình báo cơ quan công an     | scam:aware
trình báo công an            | scam:aware
trinh bao cong an         | scam:aware
bắt cóc online              | scam:aware
bat coc online            | scam:aware
chiếm đoạt tài sản           | scam:aware
chiem doat tai san        | scam:aware
sập bẫy                     | scam:aware
mắc bẫy                     | scam:aware
chongluadao                | scam:aware
tinnhiemmang               | scam:aware
