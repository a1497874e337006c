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
tuyển cộng tác viên      | scam:sender | 0.45 | employer
tuyển ctv               | scam:sender | 0.45 | employer
tuyen ctv              | scam:sender | 0.4  | employer

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
cộng tác viên             | scam:problem | 0.3  | job
cong tac vien           | scam:problem | 0.25 | job
ctv                     | scam:problem | 0.3  | job
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
tham gia nhóm               | scam:action | 0.55 | contact
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

# ============================================================================================
# Generalisation pass (2026-12): the same parts in more of the wordings Vietnamese scams use.
# ============================================================================================
# --- scam:sender ----------------------------------------------------------------------------
# Latin brand names below are written as patterns, not plain terms: a plain Latin sender term is
# also a word looked for in link hosts, and these brands' own domains are not (yet) in
# ../misinfo/brands.tsv, so their real sites would look like impersonation.
# wallets (spaced and joined spellings)
re:\bvnpt money\b     | scam:sender | 0.85 | wallet
re:\bvnptmoney\b      | scam:sender | 0.85 | wallet
re:\bvnpt pay\b       | scam:sender | 0.8  | wallet
re:\bvnptpay\b        | scam:sender | 0.8  | wallet
re:\bzalo pay\b       | scam:sender | 0.85 | wallet
re:\bviettel pay\b    | scam:sender | 0.85 | wallet
re:\bshopee pay\b     | scam:sender | 0.8  | wallet
# telecoms and utilities
re:\bvnpt\b           | scam:sender | 0.75 | telecom
re:\bfpt telecom\b    | scam:sender | 0.8  | telecom
re:\bfpt\b            | scam:sender | 0.55 | telecom
re:\bitel\b           | scam:sender | 0.75 | telecom
re:\breddi\b          | scam:sender | 0.7  | telecom
re:\bgmobile\b        | scam:sender | 0.75 | telecom
re:\bwintel\b         | scam:sender | 0.7  | telecom
re:\bviettel telecom\b| scam:sender | 0.8  | telecom
cấp nước               | scam:sender | 0.6  | government
re:\bcap nuoc\b       | scam:sender | 0.55 | government
re:\bsawaco\b         | scam:sender | 0.8  | government
re:\bvetc\b           | scam:sender | 0.6  | government
re:\bepass\b          | scam:sender | 0.6  | government
cục đăng kiểm           | scam:sender | 0.85 | government
đăng kiểm               | scam:sender | 0.6  | government
re:\bdang kiem\b      | scam:sender | 0.55 | government
cục csgt               | scam:sender | 0.8  | police
cục cảnh sát giao thông  | scam:sender | 0.8  | police
# police: ranks and departments
đại úy                 | scam:sender | 0.65 | police
đại uý                 | scam:sender | 0.65 | police
thiếu tá               | scam:sender | 0.65 | police
trung tá               | scam:sender | 0.65 | police
thượng úy              | scam:sender | 0.65 | police
thượng uý              | scam:sender | 0.65 | police
trung úy               | scam:sender | 0.6  | police
trung uý               | scam:sender | 0.6  | police
đại tá                 | scam:sender | 0.6  | police
cục cảnh sát            | scam:sender | 0.8  | police
cảnh sát hình sự        | scam:sender | 0.8  | police
cục an ninh mạng        | scam:sender | 0.85 | police
an ninh mạng           | scam:sender | 0.6  | police
công an huyện           | scam:sender | 0.75 | police
công an xã              | scam:sender | 0.7  | police
viện kiểm sát nhân dân   | scam:sender | 0.9  | government
# shops whose "anniversary giveaways" are faked
thế giới di động        | scam:sender | 0.55 | platform
re:\bthe gioi di dong\b| scam:sender | 0.55 | platform
re:\bthegioididong\b  | scam:sender | 0.55 | platform
re:\btgdd\b           | scam:sender | 0.55 | platform
điện máy xanh           | scam:sender | 0.55 | platform
re:\bdien may xanh\b  | scam:sender | 0.55 | platform
re:\bdienmayxanh\b    | scam:sender | 0.55 | platform
re:\bfpt shop\b       | scam:sender | 0.55 | platform
re:\bfptshop\b        | scam:sender | 0.55 | platform
bách hóa xanh           | scam:sender | 0.55 | platform
bách hoá xanh           | scam:sender | 0.55 | platform
re:\bbach hoa xanh\b  | scam:sender | 0.55 | platform
re:\bbachhoaxanh\b    | scam:sender | 0.55 | platform
re:\bco\.opmart\b     | scam:sender | 0.55 | platform
re:\bcoopmart\b       | scam:sender | 0.55 | platform
re:\bwinmart\b        | scam:sender | 0.55 | platform
re:\bvinmart\b        | scam:sender | 0.55 | platform
re:\bcircle k\b       | scam:sender | 0.55 | platform
re:\bcellphones\b     | scam:sender | 0.55 | platform
nguyễn kim              | scam:sender | 0.55 | platform
điện máy chợ lớn        | scam:sender | 0.55 | platform
re:\blotte mart\b     | scam:sender | 0.55 | platform
# a message "on Zalo / from Facebook…"; support desks
re:\b(trên|của|từ|qua|ở|tren|cua|tu) (zalo|facebook|fb|youtube|tiktok|messenger|whatsapp|instagram|telegram|viber|wechat|shopee|lazada|tiki|google maps|google|grab|agoda|tinder|bumble)\b | scam:sender | 0.4 | platform
bộ phận hỗ trợ          | scam:sender | 0.5  | platform
đội ngũ hỗ trợ          | scam:sender | 0.5  | platform
# dating apps: where a romance "match" says they met you
re:\btinder\b         | scam:sender | 0.45 | platform
re:\bbumble\b         | scam:sender | 0.45 | platform
re:\bfacebook dating\b| scam:sender | 0.5  | platform
re:\btantan\b         | scam:sender | 0.45 | platform
re:\bbadoo\b          | scam:sender | 0.45 | platform
re:\bhinge\b          | scam:sender | 0.4  | platform
re:\bokcupid\b        | scam:sender | 0.45 | platform
app hẹn hò              | scam:sender | 0.5  | platform
ứng dụng hẹn hò         | scam:sender | 0.5  | platform
# "it's me": a child, friend or lover on another number or a borrowed phone
em yêu                 | scam:sender | 0.45 | relative
anh yêu                | scam:sender | 0.45 | relative
tao đây                | scam:sender | 0.5  | relative
tớ đây                 | scam:sender | 0.5  | relative
re:\b(đây là |này là )?số (mới|công ty|cơ quan|khác|tạm|phụ|bạn) (của )?(con|em|anh|chị|mình|tao|cháu)\b | scam:sender | 0.65 | relative
re:\bso (moi|cong ty|khac) (cua )?(con|em|anh|chi|minh)\b | scam:sender | 0.6 | relative
lưu số này              | scam:sender | 0.55 | relative
lưu số mới              | scam:sender | 0.6  | relative
mượn máy                | scam:sender | 0.5  | relative
mượn điện thoại          | scam:sender | 0.5  | relative
re:\bmuon may\b       | scam:sender | 0.45 | relative
re:\bđiện thoại (của )?(con|em|anh|chị|mình|tao|cháu|cũ)? ?(bị )?(hư|hỏng|mất|rơi|vỡ|hết pin|sập nguồn)\b | scam:sender | 0.55 | relative
cháu đây               | scam:sender | 0.6  | relative
re:\bchau day\b       | scam:sender | 0.5  | relative
rơi xuống nước          | scam:sender | 0.45 | relative
kính mời               | scam:sender | 0.3  | relative
# recruiters and job boards
công ty tuyển dụng      | scam:sender | 0.5  | employer
đang tuyển              | scam:sender | 0.45 | employer
re:\bdang tuyen\b     | scam:sender | 0.4  | employer
công ty bên mình        | scam:sender | 0.4  | employer
cv của bạn             | scam:sender | 0.45 | employer
re:\btopcv\b          | scam:sender | 0.6  | employer
re:\bvietnamworks\b   | scam:sender | 0.6  | employer
re:\bcareerviet\b     | scam:sender | 0.6  | employer
re:\bcareerlink\b     | scam:sender | 0.6  | employer
re:\bjobstreet\b      | scam:sender | 0.6  | employer
re:\bvieclam24h\b     | scam:sender | 0.6  | employer
# lenders
cho vay                | scam:sender | 0.45 | lender
cho vay góp ngày        | scam:sender | 0.7  | lender
vay góp                | scam:sender | 0.6  | lender
góp ngày               | scam:sender | 0.45 | lender
vay nóng               | scam:sender | 0.6  | lender
vay tín chấp            | scam:sender | 0.5  | lender
hỗ trợ vay              | scam:sender | 0.5  | lender
# investment "experts", groups, exchanges
chuyên gia forex        | scam:sender | 0.65 | investment
re:\bchuyên gia (forex|chứng khoán|crypto|coin|tiền ảo|tiền số|tài chính|phân tích|đầu tư|vàng|ngoại hối)\b | scam:sender | 0.6 | investment
cùng chuyên gia         | scam:sender | 0.5  | investment
nhóm chứng khoán        | scam:sender | 0.55 | investment
nhóm tín hiệu           | scam:sender | 0.55 | investment
nhóm cổ phiếu           | scam:sender | 0.55 | investment
tiết lộ nền tảng        | scam:sender | 0.55 | investment
nền tảng đầu tư         | scam:sender | 0.55 | investment
re:\bsàn (giao dịch )?(dogecoin|bitcoin|btc|usdt|eth|bnb|solana|xrp|coin|crypto|tiền ảo|tiền số|vàng|forex|ngoại hối|chứng khoán|quốc tế)\b | scam:sender | 0.6 | investment
tài khoản của sàn       | scam:sender | 0.6  | investment
góp vốn dự án           | scam:sender | 0.6  | investment
góp vốn                | scam:sender | 0.45 | investment
dự án đầu tư            | scam:sender | 0.45 | investment
học viên của mình        | scam:sender | 0.45 | investment

# --- scam:problem ---------------------------------------------------------------------------
# account: card, wallet or account locked or limited; to verify again; a transaction "being processed"
re:\b(thẻ|thẻ atm|tài khoản|tk|ví|sim|zalo|facebook|fb|nick|acc)\b.{0,30}\b(đã bị|bị|đang bị) (khóa|khoá|tạm khóa|tạm khoá|phong tỏa|phong toả|đóng băng|vô hiệu hóa|vô hiệu hoá|hạn chế|đình chỉ)\b | scam:problem | 0.5 | account
re:\b(the|the atm|tai khoan|tk|vi|sim|zalo|facebook|fb|nick|acc)\b.{0,30}\b(da bi|bi|dang bi) (khoa|tam khoa|phong toa|dong bang|vo hieu hoa|han che)\b | scam:problem | 0.45 | account
re:\b(thẻ|tài khoản|tk|ví|sim)\b.{0,25}\b(của bạn|của quý khách|của qk|quý khách|qk|của anh/chị|của anh chị)\b.{0,25}\b(đã bị|bị|đang bị|sẽ bị) (khóa|khoá|tạm khóa|tạm khoá|phong tỏa|phong toả|đóng băng|vô hiệu hóa|vô hiệu hoá|hạn chế|đình chỉ)\b | scam:problem | 0.8 | account
re:\b(the|tai khoan|tk|vi|sim)\b.{0,25}\b(cua ban|cua quy khach|quy khach|qk)\b.{0,25}\b(da bi|bi|dang bi|se bi) (khoa|tam khoa|phong toa|dong bang|han che)\b | scam:problem | 0.75 | account
thông tin chưa hợp lệ    | scam:problem | 0.6  | account
thong tin chua hop le  | scam:problem | 0.55 | account
chưa hợp lệ            | scam:problem | 0.45 | account
xác thực lại danh tính   | scam:problem | 0.75 | account
xác thực danh tính       | scam:problem | 0.6  | account
xác thực lại            | scam:problem | 0.55 | account
xac thuc lai           | scam:problem | 0.5  | account
xác minh lại            | scam:problem | 0.55 | account
cần xác thực            | scam:problem | 0.55 | account
giao dịch đáng ngờ       | scam:problem | 0.75 | account
giao dich dang ngo     | scam:problem | 0.7  | account
hoạt động đáng ngờ       | scam:problem | 0.7  | account
đăng nhập đáng ngờ       | scam:problem | 0.75 | account
phát hiện giao dịch      | scam:problem | 0.6  | account
re:\bgiao dịch\b.{0,60}\bđang (được )?xử lý\b | scam:problem | 0.55 | account
re:\bgiao dich\b.{0,60}\bdang (duoc )?xu ly\b | scam:problem | 0.5 | account
re:\bkhông phải (bạn|quý khách|qk)( thực hiện)?\s?\? | scam:problem | 0.6 | account
phải nâng cấp           | scam:problem | 0.5  | account
nâng cấp lên tài khoản doanh nghiệp | scam:problem | 0.8 | account
tài khoản doanh nghiệp   | scam:problem | 0.45 | account
để tiếp tục sử dụng      | scam:problem | 0.5  | account
de tiep tuc su dung    | scam:problem | 0.45 | account
re:\bkhông có trên (ch play|google play|play store|app store|cửa hàng) | scam:problem | 0.6 | account
# parcels: nobody home, missing house number, redelivery, a torn label
không có ai ở nhà        | scam:problem | 0.6  | parcel
khong co ai o nha      | scam:problem | 0.55 | parcel
không có người nhận      | scam:problem | 0.6  | parcel
không liên lạc được với người nhận | scam:problem | 0.6 | parcel
thiếu số nhà            | scam:problem | 0.75 | parcel
thieu so nha           | scam:problem | 0.7  | parcel
thiếu địa chỉ           | scam:problem | 0.7  | parcel
sai số nhà              | scam:problem | 0.65 | parcel
giao lại                | scam:problem | 0.4  | parcel
kiện hàng của bạn        | scam:problem | 0.5  | parcel
kiện hàng               | scam:problem | 0.4  | parcel
rách nhãn               | scam:problem | 0.55 | parcel
ảnh kiện hàng            | scam:problem | 0.45 | parcel
# refunds and aid: on the list to receive, refunded for an overcharge
thuộc danh sách nhận     | scam:problem | 0.7  | refund
danh sách nhận          | scam:problem | 0.5  | refund
để nhận tiền            | scam:problem | 0.5  | refund
de nhan tien           | scam:problem | 0.45 | refund
được hoàn               | scam:problem | 0.5  | refund
duoc hoan              | scam:problem | 0.45 | refund
thu thừa                | scam:problem | 0.7  | refund
thu thua               | scam:problem | 0.65 | refund
nhận hoàn tiền           | scam:problem | 0.6  | refund
hoàn tiền đơn            | scam:problem | 0.6  | refund
đơn đã hủy              | scam:problem | 0.45 | refund
đơn đã huỷ              | scam:problem | 0.45 | refund
hỗ trợ người lao động    | scam:problem | 0.55 | refund
# prizes: selected, lucky person, cash prize, survey, red envelope, "free for real"
bạn được chọn           | scam:problem | 0.7  | prize
ban duoc chon          | scam:problem | 0.65 | prize
được chọn nhận          | scam:problem | 0.7  | prize
người may mắn           | scam:problem | 0.75 | prize
nguoi may man          | scam:problem | 0.7  | prize
giải thưởng tiền mặt     | scam:problem | 0.7  | prize
để nhận giải            | scam:problem | 0.65 | prize
nhận giải thưởng        | scam:problem | 0.6  | prize
re:\bmừng sinh nhật \d+ năm\b | scam:problem | 0.4 | prize
re:\bnhận được\b.{0,40}\b(free|miễn phí)\b | scam:problem | 0.3 | prize
free thật               | scam:problem | 0.5  | prize
miễn phí                | scam:problem | 0.3  | prize
làm khảo sát            | scam:problem | 0.5  | prize
lam khao sat           | scam:problem | 0.5  | prize
khảo sát                | scam:problem | 0.35 | prize
phiếu mua hàng          | scam:problem | 0.35 | prize
lì xì                   | scam:problem | 0.5  | prize
li xi                  | scam:problem | 0.45 | prize
bình chọn giúp          | scam:problem | 0.55 | prize
binh chon giup         | scam:problem | 0.5  | prize
thi ảnh đẹp             | scam:problem | 0.5  | prize
bình chọn               | scam:problem | 0.35 | prize
# jobs: millions a day, a task "combo" that needs a deposit, refunded "with a bonus"
re:\d\s?(triệu|tr|trieu|củ)\s?/ ?(ngày|giờ|ngay|gio)\b | scam:problem | 0.65 | job
re:\d[.,]\d{1,3}[.,]\d{1,3}\s?(đ|vnđ|vnd|đồng|dong)?\s?/ ?(ngày|giờ|ngay|gio)\b | scam:problem | 0.65 | job
re:\bcho (chỉ )?\d+ (giờ|tiếng) làm\b | scam:problem | 0.5 | job
ctv làm online          | scam:problem | 0.6  | job
làm online              | scam:problem | 0.4  | job
trợ lý online            | scam:problem | 0.55 | job
tối ưu dữ liệu          | scam:problem | 0.5  | job
lương ngày              | scam:problem | 0.45 | job
mỗi nhiệm vụ            | scam:problem | 0.6  | job
nhiệm vụ combo          | scam:problem | 0.85 | job
hoàn thành nhiệm vụ      | scam:problem | 0.6  | job
vòng sàng lọc           | scam:problem | 0.45 | job
re:\b(hoàn lại|trả lại|nhận lại|hoàn vốn|hoàn trả)\b.{0,15}\b(kèm|cộng|thêm|và) (thưởng|hoa hồng|lãi|tiền thưởng)\b | scam:problem | 0.8 | job
# investment: a rate per day/week/month, profit guaranteed, no loss of capital, accuracy
re:\b(lãi|lời|lợi nhuận|sinh lời|chia lãi|lai|loi nhuan)\s?\d+([.,]\d+)?\s?%\s?(mỗi|một|/|hàng|1|moi|mot|hang)\s?(ngày|tuần|tháng|ngay|tuan|thang)\b | scam:problem | 0.8 | investment
re:\b(lãi|lời|lai)\s?\d+([.,]\d+)?\s?% | scam:problem | 0.4 | investment
lợi nhuận đảm bảo        | scam:problem | 0.8  | investment
loi nhuan dam bao      | scam:problem | 0.75 | investment
đảm bảo lợi nhuận        | scam:problem | 0.8  | investment
lãi đảm bảo             | scam:problem | 0.75 | investment
cam kết không mất vốn     | scam:problem | 0.85 | investment
không mất vốn            | scam:problem | 0.7  | investment
khong mat von          | scam:problem | 0.65 | investment
bảo toàn vốn            | scam:problem | 0.6  | investment
rút bất cứ lúc nào       | scam:problem | 0.5  | investment
giới thiệu bạn bè được   | scam:problem | 0.5  | investment
chia lãi                | scam:problem | 0.5  | investment
chính xác 100%          | scam:problem | 0.6  | investment
tín hiệu chính xác       | scam:problem | 0.6  | investment
re:\bkiếm (hàng )?(trăm|chục) triệu\b | scam:problem | 0.6 | investment
kiếm tiền mỗi ngày       | scam:problem | 0.55 | investment
cách kiếm tiền          | scam:problem | 0.45 | investment
giao dịch hộ            | scam:problem | 0.6  | investment
trade hộ                | scam:problem | 0.6  | investment
đang lãi                | scam:problem | 0.5  | investment
# loans
không cần người bảo lãnh  | scam:problem | 0.55 | loan
không cần bảo lãnh       | scam:problem | 0.5  | loan
không thế chấp           | scam:problem | 0.5  | loan
khong the chap         | scam:problem | 0.45 | loan
tiền về trong ngày       | scam:problem | 0.55 | loan
ngân hàng từ chối        | scam:problem | 0.45 | loan
# romance: a leave that needs paying for, a card refused at the airport, a trip to meet you
được duyệt nghỉ phép     | scam:problem | 0.6  | romance
duyệt nghỉ phép          | scam:problem | 0.55 | romance
giàn khoan              | scam:problem | 0.5  | romance
bác sĩ quân đội          | scam:problem | 0.55 | romance
quân đội mỹ             | scam:problem | 0.5  | romance
lính gìn giữ hòa bình    | scam:problem | 0.55 | romance
thuyền trưởng           | scam:problem | 0.4  | romance
thẻ bị từ chối           | scam:problem | 0.55 | romance
re:\b(đặt vé|bay|sang) (sang |về )?(gặp|thăm) (em|anh)\b | scam:problem | 0.55 | romance
match trên              | scam:problem | 0.5  | romance
mình match              | scam:problem | 0.5  | romance
# legal: drugs or fake passports in a parcel in your name, a suspect, "for the investigation"
có chứa ma túy           | scam:problem | 0.85 | legal
có chứa ma tuý           | scam:problem | 0.85 | legal
chứa ma túy             | scam:problem | 0.75 | legal
chứa ma tuý             | scam:problem | 0.75 | legal
hộ chiếu giả            | scam:problem | 0.7  | legal
bị hải quan thu giữ      | scam:problem | 0.75 | legal
thu giữ                 | scam:problem | 0.5  | legal
re:\bđứng tên (anh|chị|bạn|quý khách|ông|bà|anh/chị|anh chị)\b | scam:problem | 0.6 | legal
thụ lý vụ án            | scam:problem | 0.65 | legal
là nghi phạm            | scam:problem | 0.75 | legal
nghi phạm               | scam:problem | 0.55 | legal
để điều tra             | scam:problem | 0.6  | legal
biên bản phạt nguội      | scam:problem | 0.7  | legal
chưa nộp phạt           | scam:problem | 0.6  | legal
# voicemail: a voice message waiting; a file with a disguised name that is really an app
re:\bbạn có (\d+ )?(tin nhắn thoại|cuộc gọi nhỡ|tin nhắn đang chờ|thư thoại) | scam:problem | 0.75 | voicemail
re:\bban co (\d+ )?(tin nhan thoai|cuoc goi nho) | scam:problem | 0.7 | voicemail
tin nhắn thoại mới       | scam:problem | 0.7  | voicemail
tin nhắn đang chờ        | scam:problem | 0.65 | voicemail
chưa nghe               | scam:problem | 0.45 | voicemail
từ người lạ             | scam:problem | 0.4  | voicemail
re:\w\.apk\b             | scam:problem | 0.6  | voicemail
# fees: pay again for redelivery, an upgrade fee, an application fee, "only the shipping"
phí giao lại             | scam:problem | 0.8  | fee
phi giao lai           | scam:problem | 0.75 | fee
phí nâng cấp            | scam:problem | 0.8  | fee
phí mở hồ sơ            | scam:problem | 0.8  | fee
phi mo ho so           | scam:problem | 0.75 | fee
re:\bchỉ (cần )?(trả|thanh toán|đóng|chịu|chuyển) (phí|tiền) (ship|vận chuyển|giao hàng|van chuyen)\b | scam:problem | 0.8 | fee
để trả phí ship          | scam:problem | 0.7  | fee
trả phí ship            | scam:problem | 0.65 | fee
phí ship               | scam:problem | 0.4  | fee
re:\b(nộp|đóng|chuyển)\b.{0,15}\b(thuế|phí)\b.{0,20}\b(để |mới )?(rút|nhận)\b | scam:problem | 0.8 | fee
để rút tiền             | scam:problem | 0.6  | fee
de rut tien            | scam:problem | 0.55 | fee
re:\b(nếu|khi) chưa (nộp|đóng|trả|chuyển|thanh toán)\b | scam:problem | 0.6 | fee
re:\bneu chua (nop|dong|tra|chuyen)\b | scam:problem | 0.55 | fee
nợ tiền                 | scam:problem | 0.5  | fee
chưa nộp                | scam:problem | 0.4  | fee
# a relative's emergency: needs money at once, a bank app that will not open, "I'll pay you back"
re:\b(con|em|anh|chị|mình|tao|cháu) cần (gấp )?\d | scam:problem | 0.55 | fee
re:\bcần\b.{0,25}\bgấp\b | scam:problem | 0.5 | fee
mua máy mới             | scam:problem | 0.4  | fee
re:\b(app|ứng dụng) (ngân hàng|bank)\b.{0,25}\bkhông (mở|vào|dùng|đăng nhập|chuyển) được\b | scam:problem | 0.6 | fee
re:\b(anh|em|con|mình|tao|tôi|cháu) (sẽ |hứa sẽ |hứa )?(trả|gửi lại|trả lại|hoàn lại)( lại)? (em|anh|mẹ|bố|ba|chị|mày|bạn|cô|chú|ngay|sau)\b | scam:problem | 0.5 | fee
hứa sẽ trả lại           | scam:problem | 0.55 | fee
re:\b(mai|mốt|tuần sau|cuối tuần|có lương|lát|lát nữa) (con|em|anh|mình|tao|cháu) (sẽ )?(trả|gửi lại|trả lại|hoàn lại)\b | scam:problem | 0.55 | fee
đóng học phí             | scam:problem | 0.45 | fee
tiền trọ                | scam:problem | 0.4  | fee
bị tai nạn              | scam:problem | 0.55 | fee
đang ở bệnh viện         | scam:problem | 0.45 | fee
tai nạn                 | scam:problem | 0.4  | fee
đang nằm viện            | scam:problem | 0.55 | fee
nằm viện                | scam:problem | 0.5  | fee

# --- scam:pressure --------------------------------------------------------------------------
re:\btrước khi (ví|tài khoản|tk|thẻ|sim|số|tin nhắn|link|liên kết|đơn hàng)? ?(bị )?(đóng|khóa|khoá|hủy|huỷ|xóa|xoá|hết hạn)\b | scam:pressure | 0.7 | threat
re:\bđể tránh bị\b       | scam:pressure | 0.6  | threat
de tranh bi            | scam:pressure | 0.55 | threat
re:\bsẽ bị cắt (điện|nước|dịch vụ|mạng|sim|internet|kết nối)\b | scam:pressure | 0.75 | threat
bị cắt dịch vụ           | scam:pressure | 0.65 | threat
tạm giữ đăng ký xe       | scam:pressure | 0.6  | threat
re:\b(không|ko) (chịu |cho |được )?(chữa|về|thả|xuất viện|xuất cảnh|giao|nhận)\b.{0,25}\bnếu (chưa|không)\b | scam:pressure | 0.6 | threat
re:\btrong (vòng )?\d{1,2} ngày\b | scam:pressure | 0.45 | deadline
re:\btrong (vong )?\d{1,2} ngay\b | scam:pressure | 0.4 | deadline
re:\bsau \d{1,3} ?(giờ|h|tiếng|phút)\b | scam:pressure | 0.5 | deadline
re:\b(nộp|thanh toán|đóng|chuyển|nop) trước (ngày )?\d{1,2}\s?/\s?\d{1,2} | scam:pressure | 0.35 | deadline
re:\bchỉ còn \d+ (chỗ|suất|slot|vé|ngày|giờ|sản phẩm|phần|người)\b | scam:pressure | 0.6 | deadline
re:\bchi con \d+ (cho|suat|slot)\b | scam:pressure | 0.55 | deadline
số suất có hạn           | scam:pressure | 0.55 | deadline
suất có hạn             | scam:pressure | 0.5  | deadline
số lượng có hạn          | scam:pressure | 0.45 | deadline
re:\bcho \d+ (khách hàng|người|bạn|thành viên)( đầu tiên| may mắn)\b | scam:pressure | 0.45 | deadline
re:\bkhông được (báo|nói|kể|tiết lộ|chia sẻ|cho biết) (cho|với)\b | scam:pressure | 0.8 | secrecy
re:\bđừng (nói|kể|báo) (cho|với) (ai|bố|mẹ|ba|gia đình|người nhà|nhân viên|ngân hàng)\b | scam:pressure | 0.75 | secrecy
chỉ tin mình em          | scam:pressure | 0.55 | secrecy
chỉ tin em              | scam:pressure | 0.5  | secrecy
đừng gọi                | scam:pressure | 0.5  | secrecy
không nghe máy được      | scam:pressure | 0.5  | secrecy

# --- scam:action ----------------------------------------------------------------------------
# links: cancel / claim / listen "at", tap to listen, reply Y and reopen the message
hủy ngay tại            | scam:action | 0.75 | link
huỷ ngay tại            | scam:action | 0.75 | link
huy ngay tai           | scam:action | 0.7  | link
nhận hoàn tiền tại       | scam:action | 0.75 | link
nghe tại                | scam:action | 0.7  | link
re:\b(chạm|bấm|nhấn|nhấp|click) (vào )?để (nghe|xem|nhận|mở)\b | scam:action | 0.75 | link
bấm link                | scam:action | 0.7  | link
bam link               | scam:action | 0.65 | link
nhấn link               | scam:action | 0.7  | link
qua link này            | scam:action | 0.65 | link
link này                | scam:action | 0.45 | link
kích hoạt liên kết       | scam:action | 0.85 | link
mở lại tin nhắn          | scam:action | 0.75 | link
thoát ra và mở lại       | scam:action | 0.85 | link
# calls: "connecting you to the officer", video calls
nối máy                 | scam:action | 0.7  | call
noi may                | scam:action | 0.65 | call
chuyển máy              | scam:action | 0.6  | call
cuộc gọi video          | scam:action | 0.65 | call
gọi video               | scam:action | 0.6  | call
goi video              | scam:action | 0.55 | call
video call             | scam:action | 0.6  | call
sẽ gọi lại              | scam:action | 0.45 | call
# apps: remote-support apps, unknown sources, files ending in .apk
airdroid               | scam:action | 0.85 | app
splashtop              | scam:action | 0.85 | app
quicksupport           | scam:action | 0.85 | app
nguồn không xác định     | scam:action | 0.85 | app
nguon khong xac dinh   | scam:action | 0.8  | app
cho phép cài            | scam:action | 0.75 | app
cài bản bảo mật          | scam:action | 0.75 | app
bản bảo mật mới          | scam:action | 0.6  | app
mở tệp                  | scam:action | 0.55 | app
.apk                   | scam:action | 0.95 | app
# money: pay first, cash handed to "officers", gift cards, deposits into "the site"
nạp trước               | scam:action | 0.7  | transfer
nap truoc              | scam:action | 0.65 | transfer
chuyển trước            | scam:action | 0.6  | transfer
chuyển trước cho        | scam:action | 0.7  | transfer
chuyển khoản ngay        | scam:action | 0.7  | transfer
chuyen khoan ngay      | scam:action | 0.65 | transfer
chuyển cọc              | scam:action | 0.55 | transfer
gửi giúp                | scam:action | 0.5  | transfer
re:\b(nộp|đóng|trả|gửi) (giúp|hộ|giùm)\b | scam:action | 0.6 | transfer
re:\bchuyển (tiền )?(cho|vào tài khoản|vào tk|vào stk|sang tài khoản)\b | scam:action | 0.55 | transfer
gui giup               | scam:action | 0.45 | transfer
rút tiền mặt            | scam:action | 0.7  | transfer
rut tien mat           | scam:action | 0.65 | transfer
re:\bgiao (tiền |tiền mặt )?cho (cán bộ|nhân viên|người của|chúng tôi|bên)\b | scam:action | 0.85 | transfer
nộp trước               | scam:action | 0.45 | transfer
phải nộp                | scam:action | 0.5  | transfer
vào tài khoản của sàn    | scam:action | 0.8  | transfer
re:\bmua (giúp |hộ |giùm )?(anh |em |mình |tôi |chị )?thẻ (quà tặng|cào|game|itunes|google play|steam|razer|garena|apple) | scam:action | 0.85 | transfer
thẻ quà tặng            | scam:action | 0.6  | transfer
the qua tang           | scam:action | 0.55 | transfer
thẻ cào                 | scam:action | 0.5  | transfer
re:\b(nộp|đóng|trả|gửi|chuyển) (trước |giúp |cho |hộ |thêm )?(anh |em |con |mình |tao |chị )?\d | scam:action | 0.5 | transfer
qua số tài khoản         | scam:action | 0.6  | transfer
gửi số tài khoản         | scam:action | 0.6  | transfer
chỉ cần nạp tiền         | scam:action | 0.7  | transfer
re:\bnạp (tiền )?vào (trang|web|sàn|app|ứng dụng|tài khoản)\b | scam:action | 0.75 | transfer
đầu tư ngay             | scam:action | 0.55 | transfer
# codes: the wallet or bank password, a code photographed or "sent back to me"
mật khẩu ví             | scam:action | 0.85 | code
mật khẩu ngân hàng       | scam:action | 0.85 | code
mat khau ngan hang     | scam:action | 0.8  | code
chụp mã                 | scam:action | 0.8  | code
chup ma                | scam:action | 0.75 | code
re:\b(mã|otp)\b.{0,30}\bgửi (lại|về|cho) (em|anh|mình|tao|tớ|chị|con)\b | scam:action | 0.8 | code
re:\bma\b.{0,30}\bgui (lai|ve|cho) (em|anh|minh|tao|chi|con)\b | scam:action | 0.75 | code
re:\b(mã|otp|ma)\b.{0,20}\b(gửi nhầm|gui nham|gửi lộn|gui lon)\b | scam:action | 0.85 | code
# details: reply with name, ID number and password; ID photos; card details
trả lời tin nhắn này với  | scam:action | 0.75 | details
trả lời tin nhắn với     | scam:action | 0.7  | details
tải ảnh cccd            | scam:action | 0.75 | details
ảnh chân dung           | scam:action | 0.5  | details
số cccd                 | scam:action | 0.5  | details
so cccd                | scam:action | 0.45 | details
re:\bgửi (họ tên|tên|địa chỉ|số tài khoản|stk|thông tin|ảnh cccd|số cccd)\b | scam:action | 0.7 | details
re:\bgui (ho ten|dia chi|so tai khoan|stk|thong tin)\b | scam:action | 0.65 | details
xin thông tin thẻ        | scam:action | 0.8  | details
# contact: reply "yes" / "1", inbox now, message me
re:\btrả lời ['"‘“]?(có|y|yes|ok|1|số 1)['"’”]?(\s|$|[.,!]) | scam:action | 0.6 | contact
re:\btra loi ['"]?(co|y|yes|ok|1)\b | scam:action | 0.55 | contact
để nhận thông tin        | scam:action | 0.45 | contact
inbox ngay              | scam:action | 0.5  | contact
ib ngay                 | scam:action | 0.5  | contact
nhắn mình qua           | scam:action | 0.55 | contact

# --- scam:aware -----------------------------------------------------------------------------
là lừa đảo              | scam:aware
la lua dao             | scam:aware
là chiêu lừa            | scam:aware
dấu hiệu lừa đảo         | scam:aware
là dấu hiệu đáng ngờ     | scam:aware
cờ đỏ                   | scam:aware
đừng bấm                | scam:aware
dung bam               | scam:aware
đừng click              | scam:aware
đừng nhấp               | scam:aware
re:\b(không|đừng|tuyệt đối không) (bấm|nhấp|nhấn|click|truy cập|mở)( vào)? (link|đường link|đường dẫn|liên kết) | scam:aware
không thu tiền           | scam:aware
không bao giờ hỏi        | scam:aware
không bao giờ gửi        | scam:aware
không bao giờ gọi        | scam:aware
re:\b(cơ quan|chúng tôi|ngân hàng|công an|bộ phận|nhân viên|momo|zalopay)\b.{0,20}\bkhông (bao giờ )?(yêu cầu|hỏi|thu)\b | scam:aware
tài khoản chính chủ      | scam:aware
chính thức chỉ có tại    | scam:aware
nhận tin nhắn nói        | scam:aware
nhận được tin nhắn nói    | scam:aware
có ai nhận được          | scam:aware
ai cũng nhận được        | scam:aware
giả làm                 | scam:aware
mạo nhận                | scam:aware
tự nhắc                 | scam:aware
không chia sẻ            | scam:aware
khong chia se          | scam:aware
suýt bị lừa             | scam:aware
tự xưng                 | scam:aware
tu xung                | scam:aware
kẻ gian                 | scam:aware
kẻ lừa đảo              | scam:aware
bọn lừa đảo             | scam:aware
toàn là lừa đảo          | scam:aware
không cung cấp thông tin  | scam:aware
khong cung cap thong tin | scam:aware

# --- the same key phrases typed without diacritics -----------------------------------------
re:\bem yeu\b         | scam:sender | 0.35 | relative
kich hoat lien ket     | scam:action | 0.8  | link
nghe tai               | scam:action | 0.65 | link
cuoc goi video         | scam:action | 0.6  | call
tra loi tin nhan nay voi | scam:action | 0.7 | details
re:\bgiao (tien |tien mat )?cho (can bo|nhan vien|chung toi)\b | scam:action | 0.8 | transfer
la nghi pham           | scam:problem | 0.7  | legal
co chua ma tuy         | scam:problem | 0.8  | legal
ho chieu gia           | scam:problem | 0.65 | legal
re:\bdung ten (anh|chi|ban|quy khach|anh/chi)\b | scam:problem | 0.55 | legal
cam ket khong mat von  | scam:problem | 0.8  | investment
thuoc danh sach nhan   | scam:problem | 0.65 | refund
giai thuong tien mat   | scam:problem | 0.65 | prize
xac thuc lai danh tinh | scam:problem | 0.7  | account
re:\bkhong duoc (bao|noi|ke|tiet lo) (cho|voi)\b | scam:pressure | 0.75 | secrecy
so suat co han         | scam:pressure | 0.5  | deadline

# --- allow: a code delivered to you is not a code asked of you -------------------------------
re:\b(mã|ma) (otp|xác thực|xác nhận|xac thuc|xac nhan) (của bạn |cua ban |của quý khách )?(là|la|:)\s?\d{4,8}\b | allow
re:\b(mã|ma) (của bạn|cua ban|của quý khách) (là|la|:)\s?\d{4,8}\b | allow
re:\bmã (là|:)\s?\d{4,8}\b | allow
re:\bcó hiệu lực trong \d{1,3} ?(phút|giây)\b | allow
re:\bco hieu luc trong \d{1,3} ?(phut|giay)\b | allow
# someone telling friends that their own account is locked is not a notice that yours is
re:\b(thẻ|thẻ atm|tài khoản|tk|ví|sim|zalo|facebook|fb|nick|acc)\b.{0,20}\bcủa (mình|tôi)\b.{0,10}\b(đã bị|bị|đang bị) (khóa|khoá|tạm khóa|tạm khoá|hạn chế|vô hiệu hóa|vô hiệu hoá)\b(\s|[.,!?]|$) | allow
