# Vietnamese grooming: age and school questions, secrecy from parents, moving to Zalo /
# Messenger / Telegram, gifts and game top-ups (nạp thẻ, nạp game, kim cương), photo and camera
# requests, meeting, flattery and isolation. Weak single signals only count together.
@format 1
@lang vi
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- age and school --------------------------------------------------------------------------
em bao nhiêu tuổi   | grooming | 0.4  | grooming_age_question |
em bao nhieu tuoi   | grooming | 0.35 | grooming_age_question |
em mấy tuổi         | grooming | 0.4  | grooming_age_question |
em may tuoi         | grooming | 0.35 | grooming_age_question |
em học lớp mấy      | grooming | 0.55 | grooming_age_question |
em hoc lop may      | grooming | 0.5  | grooming_age_question |
học lớp mấy         | grooming | 0.45 | grooming_age_question |
hoc lop may         | grooming | 0.4  | grooming_age_question |
em học trường nào   | grooming | 0.45 | grooming_age_question |
em hoc truong nao   | grooming | 0.4  | grooming_age_question |
em còn đi học à     | grooming | 0.35 | grooming_age_question |
em học cấp mấy      | grooming | 0.5  | grooming_age_question |
em sinh năm bao nhiêu | grooming | 0.3 | grooming_age_question |
mấy giờ em tan học  | grooming | 0.5  | grooming_age_question |
bố mẹ em có nhà không | grooming | 0.5 | grooming_age_question |
bố mẹ em đi vắng à  | grooming | 0.55 | grooming_age_question |
em ở nhà một mình à | grooming | 0.55 | grooming_age_question |

# --- secrecy ---------------------------------------------------------------------------------
re:\b(đừng|đừng có|không được|ko được|dung|dung co) (nói|kể|mách|noi|ke|mach)( (với|vs|cho|voi))? (bố mẹ|ba mẹ|cha mẹ|phụ huynh|bo me|ba me|cha me)\b | grooming | 0.8 | grooming_secrecy | severe
re:\b(đừng|đừng có|không được|ko được|dung|dung co) (cho|để|de) (bố mẹ|ba mẹ|cha mẹ|phụ huynh|bo me|ba me|cha me) (biết|biet)\b | grooming | 0.75 | grooming_secrecy | severe
# one parent alone is also how a family keeps a surprise ("đừng nói với bố, mình làm tiệc sinh nhật"):
# weak on its own, it counts together with other moves (2026-12)
re:\b(đừng|đừng có|không được|ko được|dung|dung co) (nói|kể|mách|noi|ke|mach)( (với|vs|cho|voi))? (bố|mẹ|ba|má|cô giáo|thầy giáo|bo|me|ma)\b | grooming | 0.45 | grooming_secrecy |
re:\b(đừng|đừng có|không được|ko được|dung|dung co) (cho|để|de) (bố|mẹ|ba|má|ai) (biết|biet)\b | grooming | 0.45 | grooming_secrecy |
re:\b(đừng|dung) (nói|kể|noi|ke)( (với|vs|cho|voi))? (ai|người khác|nguoi khac)( (biết|biet))?\b | grooming | 0.45 | grooming_secrecy |
bí mật của hai đứa mình | grooming | 0.7 | grooming_secrecy | severe
bí mật giữa hai ta  | grooming | 0.65 | grooming_secrecy |
bí mật giữa anh và em | grooming | 0.7 | grooming_secrecy | severe
chuyện này chỉ hai đứa mình biết | grooming | 0.7 | grooming_secrecy | severe
chỉ hai đứa mình biết | grooming | 0.6 | grooming_secrecy |
giữ bí mật nhé      | grooming | 0.45 | grooming_secrecy |
giữ bí mật nha      | grooming | 0.45 | grooming_secrecy |
xóa tin nhắn đi     | grooming | 0.5  | grooming_secrecy |
xoá tin nhắn đi     | grooming | 0.5  | grooming_secrecy |
xoa tin nhan di     | grooming | 0.45 | grooming_secrecy |
nhớ xóa tin nhắn    | grooming | 0.55 | grooming_secrecy |
nhớ xoá tin nhắn    | grooming | 0.55 | grooming_secrecy |
xóa hết tin nhắn    | grooming | 0.5  | grooming_secrecy |
xoá hết tin nhắn    | grooming | 0.5  | grooming_secrecy |

# --- private apps ----------------------------------------------------------------------------
kết bạn zalo        | grooming | 0.3  | grooming_private_app |
ket ban zalo        | grooming | 0.3  | grooming_private_app |
add zalo            | grooming | 0.3  | grooming_private_app |
cho anh xin zalo    | grooming | 0.4  | grooming_private_app |
cho anh xin số zalo | grooming | 0.4  | grooming_private_app |
cho xin zalo        | grooming | 0.3  | grooming_private_app |
nhắn zalo           | grooming | 0.3  | grooming_private_app |
nhắn riêng          | grooming | 0.3  | grooming_private_app |
nhắn tin riêng      | grooming | 0.3  | grooming_private_app |
inbox anh           | grooming | 0.35 | grooming_private_app |
ib anh              | grooming | 0.35 | grooming_private_app |
ib riêng            | grooming | 0.3  | grooming_private_app |
qua telegram        | grooming | 0.3  | grooming_private_app |
nói chuyện qua telegram | grooming | 0.35 | grooming_private_app |
dùng nick phụ       | grooming | 0.45 | grooming_private_app |
tạo nick phụ        | grooming | 0.45 | grooming_private_app |
tin nhắn tự hủy     | grooming | 0.45 | grooming_private_app |
tin nhắn tự huỷ     | grooming | 0.45 | grooming_private_app |

# --- gifts, top-up, game credit --------------------------------------------------------------
anh nạp thẻ cho em  | grooming | 0.55 | grooming_gift |
nạp thẻ cho em      | grooming | 0.5  | grooming_gift |
nap the cho em      | grooming | 0.45 | grooming_gift |
nạp game cho em     | grooming | 0.55 | grooming_gift |
nap game cho em     | grooming | 0.5  | grooming_gift |
nạp kim cương cho em | grooming | 0.55 | grooming_gift |
anh mua skin cho em | grooming | 0.5  | grooming_gift |
anh mua cho em      | grooming | 0.35 | grooming_gift |
anh cho em tiền     | grooming | 0.3  | grooming_gift |
anh chuyển tiền cho em | grooming | 0.45 | grooming_gift |
anh gửi quà cho em  | grooming | 0.4  | grooming_gift |
anh tặng em         | grooming | 0.25 | grooming_gift |
anh bao em          | grooming | 0.35 | grooming_gift |

# --- photo and camera requests ---------------------------------------------------------------
gửi ảnh cho anh     | grooming | 0.4  | grooming_photo_request |
gui anh cho anh     | grooming | 0.35 | grooming_photo_request |
gửi ảnh em cho anh  | grooming | 0.45 | grooming_photo_request |
chụp ảnh gửi anh    | grooming | 0.5  | grooming_photo_request |
cho anh xem ảnh     | grooming | 0.4  | grooming_photo_request |
cho anh xem người em | grooming | 0.7 | grooming_photo_request | severe
cởi áo ra           | grooming | 0.65 | grooming_photo_request | severe
coi ao ra           | grooming | 0.5  | grooming_photo_request |
cởi đồ ra           | grooming | 0.65 | grooming_photo_request | severe
cởi quần ra         | grooming | 0.7  | grooming_photo_request | severe
re:\b(chụp|gửi|quay|chup|gui) (ảnh|hình|clip|video|anh|hinh) (không mặc|ko mặc|khong mac|khỏa thân|khoả thân|nude|mặc đồ lót|đồ lót)\b | grooming | 0.85 | grooming_photo_request | severe
gọi video đi        | grooming | 0.3  | grooming_photo_request |
gọi video với anh   | grooming | 0.35 | grooming_photo_request |
bật cam lên         | grooming | 0.35 | grooming_photo_request |
bật camera lên      | grooming | 0.35 | grooming_photo_request |

# --- meeting ---------------------------------------------------------------------------------
gặp nhau đi         | grooming | 0.3  | grooming_meeting |
đi chơi với anh     | grooming | 0.3  | grooming_meeting |
anh đến đón em      | grooming | 0.45 | grooming_meeting |
anh qua đón em      | grooming | 0.45 | grooming_meeting |
đón em ở trường     | grooming | 0.65 | grooming_meeting | severe
anh đón em sau giờ học | grooming | 0.65 | grooming_meeting | severe
đừng cho ai biết mình gặp nhau | grooming | 0.8 | grooming_meeting | severe
trốn nhà đi gặp anh | grooming | 0.8 | grooming_meeting | severe
ra khách sạn        | grooming | 0.3  | grooming_meeting |

# --- flattery --------------------------------------------------------------------------------
em trưởng thành hơn tuổi | grooming | 0.6 | grooming_flattery |
em chín chắn hơn tuổi | grooming | 0.6 | grooming_flattery |
em khác hẳn mấy đứa cùng tuổi | grooming | 0.55 | grooming_flattery |
em không giống mấy đứa bạn | grooming | 0.4 | grooming_flattery |
em xinh hơn tuổi    | grooming | 0.55 | grooming_flattery |
em gái nhỏ của anh  | grooming | 0.35 | grooming_flattery |

# --- isolation -------------------------------------------------------------------------------
chỉ có anh hiểu em  | grooming | 0.65 | grooming_isolation |
chỉ anh mới hiểu em | grooming | 0.65 | grooming_isolation |
bố mẹ em không hiểu em | grooming | 0.5 | grooming_isolation |
bố mẹ không hiểu em đâu | grooming | 0.55 | grooming_isolation |
đừng nghe lời bố mẹ | grooming | 0.6  | grooming_isolation |
đừng nghe bố mẹ em  | grooming | 0.6  | grooming_isolation |
bạn bè em không tốt đâu | grooming | 0.45 | grooming_isolation |
em chỉ cần anh thôi | grooming | 0.45 | grooming_isolation |
bỏ nhà đi với anh   | grooming | 0.75 | grooming_isolation | severe

# ---- Game top-ups as gifts (💎 for kim cương), uniform photos, meeting alone, pick-up at
# ---- school (added 2026-12, original work, MIT) ----
re:\b(anh|chú|bác|a) (sẽ )?(nạp|mua|tặng|bắn|chuyển|nap|tang) (kim cương|💎|quân huy|thẻ|card|skin|robux|tiền|kc|kim cuong|the|tien)\b.{0,25}\b(cho em|cho e|cho con)\b | grooming | 0.55 | grooming_gift |
re:\b(gửi|chụp|gởi|gui|chup) (ảnh|hình|anh|hinh)( em| e)? (mặc|đang mặc|mac|dang mac) (đồng phục|đồ ngủ|đồ bơi|đồ lót|bikini|dong phuc|do ngu|do boi|do lot)\b | grooming | 0.65 | grooming_photo_request | severe
re:\b(gửi|chụp|gởi|gui|chup) (ảnh|hình|anh|hinh).{0,40}\bcho (anh|chú|a) (xem|coi)\b | grooming | 0.45 | grooming_photo_request |
re:\b(ra|đến|tới|qua) gặp (anh|chú|a) (một mình|1 mình|mot minh)\b | grooming | 0.6 | grooming_meeting | severe
re:\b(anh|chú|a) (qua|đến|tới|ra|sẽ qua|sẽ đến) (trường|cổng trường|truong) (đón|đợi|don)\b | grooming | 0.55 | grooming_meeting |
re:\b(đừng|đừng có|dung) (rủ|dẫn|kéo|ru) (ai|bạn|ban)\b   | grooming | 0.35 | grooming_isolation |
re:\b(đừng|dung) (nói|kể|noi|ke) (với|cho|voi) (ai|bất kỳ ai)\b | grooming | 0.45 | grooming_secrecy |
