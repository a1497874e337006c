# Vietnamese grooming stages as they are written in chat, with and without diacritics (teens often
# drop them; terms are matched with marks kept, so both spellings are listed), short pronouns
# (a/e, t/b) and particles left out so the core matches inside longer messages. Each entry alone is
# weak: parents, teachers, friends and couples say many of these too, and a conversation warns only
# when several stages add up (assets/conversation.json). Complements vi.grooming.lex.
@format 1
@lang vi
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT

# --- trust: flattery, "mature for your age", "I understand you", "tell me anything" -----------------
re:\b(em|e|bé|be|cậu|cau|b) (dễ thương|xinh|dth|de thuong|cute)\b        | grooming | 0.2  | grooming_flattery |
chín chắn           | grooming | 0.3  | grooming_flattery |
chin chan           | grooming | 0.3  | grooming_flattery |
trưởng thành hơn    | grooming | 0.3  | grooming_flattery |
tuổi chỉ là con số  | grooming | 0.4  | grooming_flattery |
tuoi chi la con so  | grooming | 0.4  | grooming_flattery |
re:\b(khác|khac) (mấy đứa|các bạn|bọn con gái|may dua|cac ban)\b             | grooming | 0.3  | grooming_flattery |
mẫu ảnh             | grooming | 0.25 | grooming_flattery |
re:\b(anh|a|chị|thầy|chú|tớ) (hiểu|hieu) (em|e|cậu|mà|ma)\b              | grooming | 0.3  | grooming_flattery |
re:\b(kể|tâm sự|nói|ke|tam su|noi)( với| voi| cho| vs)? (anh|a|chị|tớ) (nghe )?(mọi chuyện|mọi thứ|tất cả|moi chuyen|moi thu|tat ca)\b | grooming | 0.35 | grooming_flattery |
re:\b(bé|em|be) (ngoan|cưng|cung) (của|cua) (anh|a|chú|thầy)\b            | grooming | 0.4  | grooming_flattery |

# --- personal: age, school, where they live, who is home, house rules ----------------------------
re:\b(e|bé|be|cậu|cau|b) (bao nhiêu|bao|mấy|bao nhieu|may) (tuổi|tuoi)\b  | grooming | 0.3  | grooming_age_question |
re:\b2k (mấy|may|bao nhiêu|bao nhieu)\b                                  | grooming | 0.3  | grooming_age_question |
re:\b(lớp|lop|cấp|cap) (mấy|may)\b                                       | grooming | 0.3  | grooming_age_question |
re:\b(học|hoc) (trường|truong) (nào|nao|gì|gi)\b                           | grooming | 0.3  | grooming_age_question |
re:\b(nhà|nha)( em| e| cậu| b)? (ở|o) (đâu|khu nào|quận nào|chỗ nào|dau|khu nao|quan nao|cho nao)\b | grooming | 0.3 | grooming_age_question |
re:\b(ở|o) (quận|huyện|quan|huyen) (nào|nao)\b                             | grooming | 0.25 | grooming_age_question |
re:\b(bố mẹ|ba mẹ|bo me|ba me)( em| e| cậu)? (ngủ|ngu) (chưa|hết chưa|hết rồi|chua|het chua|het roi)\b | grooming | 0.45 | grooming_age_question |
re:\b(nhà|nha)( em| e| cậu)? (có|co) (ai|người|nguoi)\b                     | grooming | 0.3  | grooming_age_question |
re:\b(ở nhà|o nha) (một|1|mot) (mình|minh)\b                              | grooming | 0.35 | grooming_age_question |
re:\b(bố mẹ|ba mẹ|bố|mẹ|ba|má|bo me|ba me)( em| e| cậu)? (đi làm |di lam )?(về|ve) (mấy giờ|lúc mấy giờ|may gio|luc may gio)\b | grooming | 0.35 | grooming_age_question |
re:\b(bố mẹ|ba mẹ|bo me|ba me)( em| e| b| cậu)? (có )?(khó|kho|nghiêm|nghiem|khắt khe|khat khe) (không|ko|k|khong|hông|hok)\b | grooming | 0.3 | grooming_age_question |
re:\b(có|co) (ny|người yêu|nguoi yeu|bạn trai|ban trai|bạn gái|ban gai) (chưa|chua)\b | grooming | 0.2 | grooming_age_question |
re:\b(học|hoc|lên|len) (cấp|cap) (2|3|hai|ba) (chưa|chua|à|hả|ha)\b      | grooming | 0.25 | grooming_age_question |
re:\b(check|kiểm tra|kiem tra|soi) (điện thoại|đt|dt|dien thoai)\b          | grooming | 0.3  | grooming_age_question |
re:\b(nhà|bố mẹ|ba mẹ|nha|bo me|ba me)( có| co)? cho( em| e| cậu)? (yêu|yeu|có ny|co ny|có người yêu)\b | grooming | 0.35 | grooming_age_question |

# --- isolation: they don't understand you, only I do, you don't need them ------------------------
re:\b(bố mẹ|ba mẹ|mẹ|bố|họ|người lớn|bạn bè|tụi nó|bọn nó|bo me|ba me|ban be|tui no)\b.{0,15}\b(không|ko|k|chẳng|chả|khong|chang) (hiểu|hieu)\b | grooming | 0.35 | grooming_isolation |
re:\b(chỉ có|chỉ|chi co|chi) (anh|a|chị|tớ) (là |mới |la |moi )?(hiểu|thương|quan tâm|hieu|thuong)\b | grooming | 0.4 | grooming_isolation |
re:\b(bạn bè|tụi nó|bọn nó|ban be|tui no)\b.{0,20}\b(giả tạo|gia tao|fake)\b | grooming | 0.3  | grooming_isolation |
re:\b(phải|phai) (bạn thật|bạn tốt|ban that|ban tot)\b                    | grooming | 0.35 | grooming_isolation |
re:\b(không|ko|k|chẳng|khong) (cần|can) (tụi nó|bọn nó|họ|tui no|bon no)\b | grooming | 0.3  | grooming_isolation |
re:\b(có|co) (anh|a|chị|tớ) (rồi|là đủ|roi|la du)\b                       | grooming | 0.3  | grooming_isolation |
re:\b(người lớn|nguoi lon) (là vậy|đều vậy|toàn vậy|ai cũng vậy|la vay)\b  | grooming | 0.3  | grooming_isolation |
re:\b(không|ko|k|chẳng|khong) (tin|tin tưởng|tin tuong) (em|e|cậu|b|bé)\b  | grooming | 0.25 | grooming_isolation |
re:\b(họ|tụi nó|bọn nó)( sẽ)? (cấm|ngăn|ghen tị|ghen)\b                     | grooming | 0.3  | grooming_isolation |

# --- secrecy: no need to tell, our secret, nobody will know, cover stories, delete the chat -------
re:\b(khoan|chưa cần|không cần|ko cần|k cần|khỏi|chua can|khong can|ko can|khoi)( phải)? (nói|kể|báo|noi|ke|bao)( (với|vs|cho|voi))? (bố mẹ|ba mẹ|cha mẹ|phụ huynh|người nhà|bo me|ba me|nguoi nha)\b | grooming | 0.35 | grooming_secrecy |
re:\b(khoan|chưa cần|không cần|ko cần|k cần|khỏi|chua can|khong can|ko can|khoi) (nói|kể|noi|ke)( (với|vs|cho|voi))? ai\b | grooming | 0.25 | grooming_secrecy |
re:\b(đừng|dung|đừng có|ko được|không được|ko đc) (nói|kể|noi|ke)( (với|vs|cho|voi))? (bạn bè|các bạn|ban be|cac ban)\b | grooming | 0.25 | grooming_secrecy |
re:\b(ko đc|k đc|không đc|ko dc|k dc|cấm|ko được|k được) (nói|kể|noi|ke)( (với|vs|cho|voi))? (ai|người khác|nguoi khac)\b | grooming | 0.35 | grooming_secrecy |
re:\b(mình|minh) (biết|biet) (thôi|với nhau|thoi)\b                       | grooming | 0.25 | grooming_secrecy |
re:\b(bí mật|bi mat) (của|giữa|cua|giua) (chúng ta|hai ta|tụi mình|chung ta|tui minh)\b | grooming | 0.35 | grooming_secrecy |
re:\b(giữ bí mật|giu bi mat|giữ kín|giu kin)\b                              | grooming | 0.3  | grooming_secrecy |
re:\b(không|ko|k|chẳng|khong|sẽ không|se ko) (ai|có ai|co ai) (thấy|biết|thay|biet)( được| dc| đc| duoc)? (đâu|dau)\b | grooming | 0.3 | grooming_secrecy |
re:\b(xóa|xoá|xoa) (tin nhắn|đoạn chat|cuộc trò chuyện|chat|tin nhan|doan chat)( này| nay| với anh| voi anh)? (đi|nhé|nha|nhe|ngay|liền|di|sau khi)\b | grooming | 0.35 | grooming_secrecy |
re:\b(nói|bảo|noi|bao)( với| voi)?( (bố mẹ|ba mẹ|mẹ|bố|bo me|ba me|me))? (là|la) (qua|đi|sang|ở|o|di) (nhà bạn|học nhóm|học thêm|nha ban|hoc nhom|hoc them)\b | grooming | 0.35 | grooming_secrecy |
re:\b(nếu|lỡ|mà|neu|lo)( như)? (bố mẹ|ba mẹ|phụ huynh|bo me|ba me)( em| e| cậu| b)? (biết|phát hiện|biet|phat hien)\b | grooming | 0.35 | grooming_secrecy |

# --- move_app: other apps, second accounts, disappearing messages --------------------------------
telegram            | grooming | 0.2  | grooming_private_app |
re:\b(tải|cài|tai|cai|dùng|sang) (telegram|tele|signal|wechat|whatsapp|line)\b | grooming | 0.35 | grooming_private_app |
re:\bqua (signal|wechat|whatsapp|line|tele)\b                             | grooming | 0.3  | grooming_private_app |
re:\b(tin nhắn|tin nhan|chế độ|che do) (tự hủy|tự huỷ|tự xóa|tự xoá|biến mất|tu huy|tu xoa|bien mat)\b | grooming | 0.4 | grooming_private_app |
re:\b(nick|acc|tài khoản|tai khoan) (phụ|clone|ảo|phu|ao)\b                | grooming | 0.35 | grooming_private_app |
re:\b(chat|nhắn|nhan|nhắn tin|nhan tin|nói chuyện|noi chuyen|inbox) (riêng|rieng)\b | grooming | 0.3 | grooming_private_app |
re:\b(add|kết bạn|ket ban|kb|xin) (tele|telegram|fb|face|insta|ig|line|zl)\b | grooming | 0.25 | grooming_private_app |
re:\bzalo (anh|a|chị|tớ|chú)\b                                            | grooming | 0.3  | grooming_private_app |

# --- gift: game currency, top-up cards, e-wallets, phones, fares -----------------------------------
re:\b(anh|a|chú|tớ|chị|thầy)( sẽ| se)? (nạp|nap)\b                         | grooming | 0.3  | grooming_gift |
re:\b(lấy|cho|tặng|nạp|lay|tang|nap)( \w+){0,2} (quân huy|kim cương|robux|quan huy|kim cuong|kc|skin)\b | grooming | 0.3 | grooming_gift |
re:\b(thẻ|card|the) (garena|cào|game|điện thoại|cao|dien thoai)\b          | grooming | 0.25 | grooming_gift |
re:\b(chuyển|bắn|chuyen|ban|gửi|gui|nạp|nap)( qua)? (momo|zalopay|zalo pay|viettelpay)\b | grooming | 0.3 | grooming_gift |
re:\b(mua|sắm)( cho)? (e|em|bé|cậu|be)( cái| 1 cái| chiếc| cai)? (đt|điện thoại|iphone|dt|dien thoai|váy|quần áo|vay|quan ao)\b | grooming | 0.3 | grooming_gift |
re:\b(tiền|tien) (grab|taxi|xe ôm|đi lại|di lai)\b                          | grooming | 0.25 | grooming_gift |
re:\b(bao nuôi|bao nuoi)\b                                                 | grooming | 0.4  | grooming_gift |
re:\b(muốn|thích|muon|thich) skin (nào|gì|nao|gi)\b                        | grooming | 0.3  | grooming_gift |

# --- sexual: kissing, "have you done it", what you wear, bodies, bed ------------------------------
re:\bhôn (ai|bao giờ)\b                                                    | grooming | 0.4  | grooming_sexual_talk |
re:\bhon ai (chua|bao gio)\b                                               | grooming | 0.4  | grooming_sexual_talk |
re:\b(làm|lam) (chuyện ấy|chuyện đó|chuyen ay|chuyen do|chuyện người lớn)\b | grooming | 0.4  | grooming_sexual_talk |
re:\b(làm gì|lam gi) (với|voi) (con trai|bạn trai|con gái|người yêu|ny|ban trai|nguoi yeu)\b | grooming | 0.35 | grooming_sexual_talk |
re:\b(đang mặc gì|dang mac gi)\b                                           | grooming | 0.4  | grooming_sexual_talk |
re:\b(còn zin|con zin|còn trinh|mất trinh|mat trinh)\b                      | grooming | 0.45 | grooming_sexual_talk |
re:\b(lên giường|trên giường|len giuong|tren giuong)( rồi| roi)? (nhắn|gọi|nhan|goi)\b | grooming | 0.35 | grooming_sexual_talk |
re:\b(váy|quần|áo|vay|ao)( \w+){0,3} (anh|a|chú) (thích|thich)\b            | grooming | 0.3  | grooming_sexual_talk |
re:\b(cơ thể|body|vòng 1|ngực|đùi|dáng)( của)? (em|e|bé|cậu)\b              | grooming | 0.35 | grooming_sexual_talk |
re:\b(có kinh|đến tháng|co kinh|den thang) (chưa|chua)\b                     | grooming | 0.25 | grooming_sexual_talk |
re:\b(ngủ|ngu) (với|voi|chung với) (anh|a|chú)\b                             | grooming | 0.35 | grooming_sexual_talk |

# --- photo: pictures of you, selfies, camera, "no face needed", "just for me" --------------------
re:\b(gửi|gởi|gui|send)( cho)? (anh|a|tớ|t|chú)( xem)?( thêm)?( (tấm|cái|vài|mấy|1|một|tam|cai|vai|may|mot))? (ảnh|hình|pic|selfie|clip|video|anh|hinh)\b | grooming | 0.35 | grooming_photo_request |
re:\b(xin|cho xin)( (tấm|cái|1|vài))? (ảnh|hình|pic|selfie|hinh)\b          | grooming | 0.25 | grooming_photo_request |
re:\b(trao đổi|đổi|trao doi) (ảnh|hình|hinh|pic)\b                          | grooming | 0.35 | grooming_photo_request |
re:\b(không|ko|k|khỏi|khong|khoi) (cần|can)( lộ| lo| thấy| thay| có| co| để| de)? (mặt|mat)\b | grooming | 0.45 | grooming_photo_request |
re:\b(bật|mở|bat|mo) (cam|camera|webcam)( lên| len)? cho (anh|a|tớ|chị|thầy|chú)\b | grooming | 0.35 | grooming_photo_request |
re:\b(call video|video call|call cam|facetime)\b                           | grooming | 0.2  | grooming_photo_request |
re:\b(chỉ|chi) (mình|có|một mình|1 mình) (anh|a|tớ|chị|thầy) (xem|coi|thấy|thay)\b | grooming | 0.4  | grooming_photo_request |
re:\b(ảnh|hình|anh|hinh)( em| e)? (mặc|mac) (đồ ngủ|đồ bơi|bikini|váy ngủ|đồ lót|do ngu|do boi|vay ngu|do lot)\b | grooming | 0.35 | grooming_photo_request |
re:\b(quay|chụp|chup)( \w+){0,3} (trong phòng|phòng ngủ|lúc tắm|khi tắm|trong phong|phong ngu|luc tam)\b | grooming | 0.4 | grooming_photo_request |

# --- meet: I'll pick you up, come to my place, sneak out, run away to me --------------------------
re:\b(anh|a|chị|thầy|chú|tớ|bác)( sẽ| se)?( qua| đến| tới| ra| ghé| den| toi| ghe)? (đón|chở|rước|don)( em| e| cậu| bé| be)?\b | grooming | 0.35 | grooming_meeting |
re:\b(qua|sang|đến|tới|về|ghé|lên|den|toi|ve|ghe) (nhà|phòng|nha|phong) (anh|a|chú|thầy|chị|tớ)\b | grooming | 0.35 | grooming_meeting |
re:\b(ở|o) (với|chung với|voi) (anh|a|chú)\b                               | grooming | 0.3  | grooming_meeting |
re:\b(gặp riêng|gap rieng|đi chơi riêng|di choi rieng|gặp ngoài đời|gap ngoai doi)\b | grooming | 0.3 | grooming_meeting |
re:\b(trốn nhà|bỏ nhà|trốn ra|lén ra|tron nha|bo nha|tron ra|muốn bỏ đi|muon bo di)\b | grooming | 0.35 | grooming_meeting |
re:\b(đầu ngõ|đầu hẻm|dau ngo|dau hem|cổng sau)\b                           | grooming | 0.2  | grooming_meeting |
re:\b(anh|a|chị|thầy|chú)( sẽ| se)? (đợi|chờ|doi)( em| e)? (ở|tại|trước|o|tai)\b | grooming | 0.3 | grooming_meeting |
re:\b(qua đêm|qua dem)\b                                                    | grooming | 0.3  | grooming_meeting |
