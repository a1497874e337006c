# Vietnamese scams: guaranteed profit, doubling money, "việc nhẹ lương cao" task jobs, urgency,
# moving to Zalo/Telegram, prizes, OTP and password requests, up-front fees (loan "phí giải
# ngân"), police/bank impersonation. News and warnings use the same words: ctx:counter words
# ("lừa đảo", "cảnh giác") lower them.
@format 1
@lang vi
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- guaranteed returns ----------------------------------------------------------------------
cam kết lợi nhuận   | scam | 0.6  | scam_guaranteed_returns |
cam ket loi nhuan   | scam | 0.55 | scam_guaranteed_returns |
đảm bảo lợi nhuận   | scam | 0.55 | scam_guaranteed_returns |
lợi nhuận cao       | scam | 0.3  | scam_guaranteed_returns |
lợi nhuận mỗi ngày  | scam | 0.55 | scam_guaranteed_returns |
lợi nhuận hàng ngày | scam | 0.55 | scam_guaranteed_returns |
lãi mỗi ngày        | scam | 0.5  | scam_guaranteed_returns |
lãi hàng ngày       | scam | 0.5  | scam_guaranteed_returns |
không rủi ro        | scam | 0.4  | scam_guaranteed_returns |
khong rui ro        | scam | 0.35 | scam_guaranteed_returns |
không lo lỗ         | scam | 0.45 | scam_guaranteed_returns |
bao lỗ              | scam | 0.5  | scam_guaranteed_returns |
chắc chắn có lãi    | scam | 0.55 | scam_guaranteed_returns |
thu nhập thụ động   | scam | 0.3  | scam_guaranteed_returns |
đầu tư tiền ảo      | scam | 0.35 | scam_guaranteed_returns |
sàn đầu tư          | scam | 0.35 | scam_guaranteed_returns |
sàn forex           | scam | 0.35 | scam_guaranteed_returns |
sàn coin            | scam | 0.3  | scam_guaranteed_returns |
chuyên gia đầu tư dẫn dắt | scam | 0.5 | scam_guaranteed_returns |
nhóm kéo            | scam | 0.45 | scam_guaranteed_returns |
kèo thơm            | scam | 0.4  | scam_guaranteed_returns |
kèo chắc thắng      | scam | 0.55 | scam_guaranteed_returns |
hoàn vốn nhanh      | scam | 0.4  | scam_guaranteed_returns |

# --- doubling --------------------------------------------------------------------------------
nhân đôi số tiền    | scam | 0.65 | scam_crypto_doubling |
nhân đôi tài khoản  | scam | 0.65 | scam_crypto_doubling |
nhân đôi vốn        | scam | 0.6  | scam_crypto_doubling |
nhân đôi tiền       | scam | 0.6  | scam_crypto_doubling |
gấp đôi số tiền     | scam | 0.55 | scam_crypto_doubling |
re:\b(x2|nhân đôi|nhân ba|gấp đôi|gấp ba) (tài khoản|số vốn|vốn|số tiền|tiền nạp|tiền gửi)\b | scam | 0.6 | scam_crypto_doubling |
gửi bao nhiêu nhận lại gấp đôi | scam | 0.8 | scam_crypto_doubling | severe
double coin         | scam | 0.6  | scam_crypto_doubling |

# --- jobs ------------------------------------------------------------------------------------
việc nhẹ lương cao  | scam | 0.45 | scam_job_offer |
viec nhe luong cao  | scam | 0.4  | scam_job_offer |
ham việc nhẹ lương cao | allow
tham việc nhẹ lương cao | allow
thu nhập mỗi ngày   | scam | 0.4  | scam_job_offer |
thu nhập hàng ngày  | scam | 0.4  | scam_job_offer |
kiếm tiền online    | scam | 0.35 | scam_job_offer |
kiem tien online    | scam | 0.3  | scam_job_offer |
làm việc tại nhà    | scam | 0.2  | scam_job_offer |
làm online tại nhà  | scam | 0.3  | scam_job_offer |
chỉ cần điện thoại  | scam | 0.35 | scam_job_offer |
không cần kinh nghiệm | scam | 0.25 | scam_job_offer |
tuyển cộng tác viên | scam | 0.15 | scam_job_offer |
tuyển ctv           | scam | 0.15 | scam_job_offer |
làm nhiệm vụ nhận hoa hồng | scam | 0.7 | scam_job_offer |
nhận hoa hồng       | scam | 0.3  | scam_job_offer |
like video kiếm tiền | scam | 0.6 | scam_job_offer |
thả tim kiếm tiền   | scam | 0.6  | scam_job_offer |
đánh giá sản phẩm nhận tiền | scam | 0.6 | scam_job_offer |
chốt đơn ảo         | scam | 0.6  | scam_job_offer |
xuất khẩu lao động không cần | scam | 0.35 | scam_job_offer |
lương nghìn đô      | scam | 0.4  | scam_job_offer |
bao ăn ở bay        | scam | 0.35 | scam_job_offer |

# --- urgency ---------------------------------------------------------------------------------
tài khoản của bạn bị khóa | scam | 0.55 | scam_urgency |
tài khoản của bạn bị khoá | scam | 0.55 | scam_urgency |
tai khoan cua ban bi khoa | scam | 0.5 | scam_urgency |
tài khoản sẽ bị khóa | scam | 0.55 | scam_urgency |
tài khoản sẽ bị khoá | scam | 0.55 | scam_urgency |
sẽ bị khóa vĩnh viễn | scam | 0.5 | scam_urgency |
sẽ bị khoá vĩnh viễn | scam | 0.5 | scam_urgency |
số lượng có hạn     | scam | 0.25 | scam_urgency |
chỉ còn hôm nay     | scam | 0.3  | scam_urgency |
liên quan đến vụ án | scam | 0.45 | scam_urgency |
liên quan đến đường dây | scam | 0.45 | scam_urgency |
lệnh bắt tạm giam   | scam | 0.4  | scam_urgency |
chuyển tiền vào tài khoản tạm giữ | scam | 0.85 | scam_urgency | severe
tài khoản tạm giữ   | scam | 0.6  | scam_urgency |
đơn hàng của bạn bị giữ | scam | 0.45 | scam_urgency |
bưu phẩm của bạn    | scam | 0.35 | scam_urgency |
nợ cước             | scam | 0.35 | scam_urgency |
sim sẽ bị khóa      | scam | 0.5  | scam_urgency |
chuẩn hóa thuê bao  | scam | 0.4  | scam_urgency |
cập nhật định danh  | scam | 0.3  | scam_urgency |

# --- off-platform ----------------------------------------------------------------------------
liên hệ zalo        | scam | 0.35 | scam_off_platform |
lien he zalo        | scam | 0.35 | scam_off_platform |
kết bạn zalo để     | scam | 0.4  | scam_off_platform |
nhắn tin telegram   | scam | 0.35 | scam_off_platform |
vào nhóm telegram   | scam | 0.4  | scam_off_platform |
tham gia nhóm telegram | scam | 0.4 | scam_off_platform |
tham gia nhóm zalo  | scam | 0.35 | scam_off_platform |
inbox để biết thêm chi tiết | scam | 0.1 | scam_off_platform |
ib để nhận          | scam | 0.35 | scam_off_platform |
tải app             | scam | 0.25 | scam_off_platform |
cài ứng dụng        | scam | 0.25 | scam_off_platform |
truy cập đường link | scam | 0.3  | scam_off_platform |
bấm vào link        | scam | 0.3  | scam_off_platform |

# --- prizes ----------------------------------------------------------------------------------
bạn đã trúng        | scam | 0.55 | scam_prize |
ban da trung        | scam | 0.5  | scam_prize |
chúc mừng bạn đã trúng | scam | 0.65 | scam_prize |
trúng thưởng        | scam | 0.4  | scam_prize |
trung thuong        | scam | 0.35 | scam_prize |
nhận quà tri ân     | scam | 0.5  | scam_prize |
quà tri ân khách hàng | scam | 0.5 | scam_prize |
quay số trúng thưởng | scam | 0.4 | scam_prize |
nhận thưởng ngay    | scam | 0.5  | scam_prize |
giải thưởng trị giá | scam | 0.35 | scam_prize |
phí nhận thưởng     | scam | 0.7  | scam_prize |
đóng phí để nhận quà | scam | 0.75 | scam_prize |

# --- credentials -----------------------------------------------------------------------------
re:\b(cung cấp|gửi|đọc|báo|nhắn|cung cap|gui|doc|bao|nhan)( (lại|giúp|cho|em|anh|mình|tôi|chị))* (mã otp|ma otp|otp|mã xác nhận|mã xác thực|ma xac nhan)\b | scam | 0.75 | scam_credentials | severe
mã otp              | scam | 0.25 | scam_credentials |
ma otp              | scam | 0.2  | scam_credentials |
đọc mã otp          | scam | 0.85 | scam_credentials | severe
mã xác nhận vừa gửi | scam | 0.6  | scam_credentials |
mật khẩu của bạn    | scam | 0.35 | scam_credentials |
cung cấp mật khẩu   | scam | 0.65 | scam_credentials |
số thẻ và mã cvv    | scam | 0.75 | scam_credentials | severe
mã cvv              | scam | 0.5  | scam_credentials |
tên đăng nhập và mật khẩu | scam | 0.45 | scam_credentials |
số căn cước         | scam | 0.25 | scam_credentials |
chụp căn cước hai mặt | scam | 0.45 | scam_credentials |
xác minh tài khoản  | scam | 0.3  | scam_credentials |
đăng nhập để nhận   | scam | 0.45 | scam_credentials |

# --- payment requests ------------------------------------------------------------------------
chuyển khoản trước  | scam | 0.5  | scam_payment_request |
chuyen khoan truoc  | scam | 0.45 | scam_payment_request |
chuyển tiền trước   | scam | 0.5  | scam_payment_request |
đặt cọc trước       | scam | 0.3  | scam_payment_request |
phí hồ sơ           | scam | 0.4  | scam_payment_request |
phí giải ngân       | scam | 0.6  | scam_payment_request |
phí bảo hiểm khoản vay | scam | 0.55 | scam_payment_request |
phí kích hoạt       | scam | 0.4  | scam_payment_request |
phí rút tiền        | scam | 0.5  | scam_payment_request |
nộp thuế để rút tiền | scam | 0.7 | scam_payment_request |
vay tiền nhanh      | scam | 0.35 | scam_payment_request |
vay không thế chấp  | scam | 0.3  | scam_payment_request |
giải ngân trong ngày | scam | 0.4 | scam_payment_request |
không cần thẩm định | scam | 0.4  | scam_payment_request |
nợ xấu vẫn vay được | scam | 0.45 | scam_payment_request |

# ---- Returns promised with amounts, doubling, like-video jobs, fake account locks, OTP "sent by
# ---- mistake" (added 2026-12, original work, MIT); character classes also fit text without marks ----
re:\b(c[aă]m k[eế]t|bao) (l[aã]i|lời|loi|lợi nhuận)\b      | scam | 0.55 | scam_guaranteed_returns |
re:\b(đầu tư|dau tu|nạp|nap|góp|gop) \d+ ?(triệu|tr|k|usdt|usd|btc|củ|trieu)\b.{0,20}\b(nhận|nhan|lãi|lai|về|ve)( về| ve| ngay)? \d+ ?(triệu|tr|k|usdt|usd|btc|củ|trieu)\b | scam | 0.6 | scam_crypto_doubling |
re:\b(nhân đôi|x2|x3|gấp đôi|nhan doi|gap doi) (tài sản|tiền|số tiền|vốn|tai san|tien|von)\b | scam | 0.6 | scam_crypto_doubling |
re:\b(chỉ cần|chi can|chỉ việc|chi viec) (like|thả tim|tha tim|xem|follow|share) (video|clip|bài|bai)\b | scam | 0.5 | scam_job_offer |
re:\b(thu nh[aậ]p|kiếm|kiem|lương|luong) \d+ ?(k|triệu|tr|trieu)?( ?- ?\d+ ?(k|triệu|tr|trieu)?)? ?(\/ ?|mỗi |một |moi |mot )(ngày|ngay|giờ|gio)\b | scam | 0.45 | scam_job_offer |
re:\b(nhắn|ib|inbox|liên hệ|lien he|nhan|ibx) (telegram|tele|zalo|z4lo|whatsapp)\b | scam | 0.35 | scam_off_platform |
re:\b(ib|inbox) ngay\b                                      | scam | 0.25 | scam_off_platform |
re:\b(tài khoản|tai khoan|tk)( của quý khách| của bạn| cua quy khach)? (đã bị |bị |đang bị |da bi |bi )?(tạm khóa|tạm khoá|khóa|khoá|tam khoa|khoa|phong tỏa|đình chỉ)\b | scam | 0.5 | scam_urgency |
re:\b(xác thực|xác minh|xac thuc|xac minh) (tại|ngay tại|tai|qua)\b | scam | 0.45 | scam_credentials |
re:\b(gửi|gởi|nhắn|chuyển|gui) nhầm (mã|ma|otp)\b           | scam | 0.7  | scam_credentials | severe
re:\b(đọc|gửi|nhắn|chụp|doc|gui|nhan) (lại )?(giúp|hộ|cho|giup|ho) (chị|anh|em|mình|chi|minh) (cái )?(mã|ma|otp)\b | scam | 0.7 | scam_credentials | severe

# ---- False alarms (2026-12, original work, MIT): being hired is not winning a prize; a wage of
# ---- tens of thousands of đồng an hour is an ordinary job ----
re:\b(chúc mừng )?(bạn |em |anh |chị )?(đã )?trúng tuyển\b | allow
re:\b(chuc mung )?(ban |em |anh |chi )?(da )?trung tuyen\b | allow
re:\b(lương|luong|thu nhập|thu nhap) \d{2} ?(k|nghìn|ngàn|nghin|ngan) ?/ ?(giờ|gio|h)\b(\s|[.,;!?]|$) | allow
