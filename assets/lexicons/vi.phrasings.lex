@format 1
@lang vi
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b), never from held-back or blind cases
@licence MIT

# ---- grp:protected: group names the engine lacked alone (Chăm and H'Mông without "người", typed with
# and without diacritics; "chăm" alone is also "diligent/care for", so only after a people word)
h'mông                     | grp:protected
hmông                      | grp:protected
h'mong                     | grp:protected
hmong                      | grp:protected
re:\b(bọn|lũ|tụi|đứa|thứ|loài|đám|dân|mấy đứa|mấy thằng|mấy con|thằng|con|giống|cái bọn|cái lũ|toàn lũ|toàn bọn) (chăm|dân tộc)\b | grp:protected
re:\b(bon|lu|tui|dua|thu|loai|dam|dan|may dua|may thang|thang|giong|toan lu|toan bon) (cham|dan toc|tq|trung quoc|tau|hoa|khmer|dong tinh|chuyen gioi|dan ba|da den|bac ky|nam ky|hoi giao|cong giao)\b | grp:protected
tq                         | grp:protected
người tq                   | grp:protected
dân tq                     | grp:protected
nguoi tq                   | grp:protected
dan tq                     | grp:protected

# ---- slurs the engine lacked (read as people only after bọn, lũ, tụi, đám, toàn...)
tàu cộng                   | hate | 0.8 | slur_group | slur
tau cong                   | hate | 0.75 | slur_group | slur
giáo gian                  | hate | 0.8 | slur_group | slur
giao gian                  | hate | 0.75 | slur_group | slur

# ---- pred:exclude: refusing rooms, jobs, schooling, acceptance; locking away from "normal" people
re:\b(không|ko|khong|cấm|đéo|chẳng|nhất quyết không) cho( \S+){1,4} (thuê phòng|thuê nhà|thuê trọ|ở trọ|vào nhà|vào quán|vào làm|lên xe|học chung|ở chung|thue phong|thue nha|thue tro)\b | pred:exclude | 0.85 | exclusion_group
re:\bnhốt (riêng|lại|hết|chung|vào|ra)\b | pred:exclude | 0.8 | exclusion_group
re:\bnhot (rieng|lai|het|vao)\b | pred:exclude | 0.8 | exclusion_group
re:\bvới (người|những người|dân|mọi người) (bình thường|thường|tử tế|đàng hoàng|lương thiện)\b | pred:exclude | 0.8 | exclusion_group
re:\blà (tôi|tao|tui|mình|t|em|bọn tao|công ty tôi) (bỏ qua|loại|loại luôn|gạch|gạch tên|từ chối|đuổi|đuổi ra|né|tránh xa|không nhận|không tuyển)( luôn| ngay| thẳng| cổ)?\b | pred:exclude | 0.85 | exclusion_group
re:\bhồ sơ( \S+){0,6} (bỏ qua|loại|loại luôn|vứt|gạch|từ chối|bỏ luôn|khỏi đọc)\b | pred:exclude | 0.85 | exclusion_group
re:\bcho( \S+){1,5} (đi học|học|đi làm|làm việc|vào|ăn học|đi bầu|bầu cử|học đại học|ra đường)( \S+){0,2} làm gì\b | pred:exclude | 0.85 | exclusion_group
re:\b(phí|tốn|phi|ton) tiền thuế\b | pred:exclude | 0.75 | exclusion_group
re:\bcó quyền gì( mà)? (đòi|đòi hỏi|được|lên tiếng|đòi được|đòi hỏi được|đòi bình đẳng)\b | pred:exclude | 0.85 | exclusion_group
re:\bco quyen gi( ma)? (doi|duoc)\b | pred:exclude | 0.85 | exclusion_group
re:\bđừng (mong|hòng|hy vọng|hi vọng|mơ|có mơ)( là)? (tôi|tao|tui|mình|t|bọn tao|tụi tao)( sẽ)? (tôn trọng|chấp nhận|tha thứ|coi trọng|đối xử tử tế|chơi với|ngồi chung|cho vào)\b | pred:exclude | 0.9 | exclusion_group
re:\b(không|ko|k|khong|chẳng|chang|đéo|deo|éo) bao (giờ|gio) (chấp nhận|chap nhan|cho vào|cho vao|tiếp|tiep|nhận|nhan|tha thứ|tha thu|tôn trọng|ton trong)\b | pred:exclude | 0.9 | exclusion_group
re:\b(tống|đuổi|nhốt|đày|quăng|vứt|lùa) (hết|sạch|cổ)( \S+){0,4} (vào|ra|về|xuống) (rừng|tù|trại|biển|đảo|sông|bãi rác|nước họ|nước chúng nó)\b | pred:exclude | 0.9 | exclusion_group
re:\b(tong|duoi|nhot|quang|vut|lua) (het|sach|co)( \S+){0,4} (vao|ra|ve|xuong) (rung|tu|trai|bien|dao|song|bai rac)\b | pred:exclude | 0.9 | exclusion_group

# ---- pred:attribute: implied stereotypes, worthlessness, "source of all evils", unaccented forms
re:\bgiữ (chặt|kỹ|kĩ|lấy)( cái| túi| con)? (ví|bóp|túi|túi xách|điện thoại|đồ|tiền|xe)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bcoi chừng( cái| túi| con)? (ví|bóp|túi|túi xách|điện thoại|đồ|đồ đạc|tiền|xe)\b | pred:attribute | 0.8 | negative_attribute_group
re:\by như rằng( \S+){0,2} (mất đồ|mất cắp|mất trộm|bị trộm|có trộm|có chuyện|có đánh nhau|bẩn|hôi|loạn|ồn)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bchỗ nào có( \S+){1,4} (là|thì)( y như rằng| kiểu gì cũng| thế nào cũng| auto)? (mất|bẩn|hôi|loạn|có trộm|có chuyện)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bnguồn gốc( của)?( mọi| tất cả| các| bao)? (tệ nạn|tội ác|vấn đề|rắc rối|bất ổn|tai họa|tai hoạ|tội lỗi|bệnh tật)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bmầm mống( của)?( mọi| các)? (tệ nạn|tội ác|rắc rối|tai họa|tai hoạ|bất ổn)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bnguon goc( cua)?( moi)? (te nan|toi ac|van de)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(chẳng|không|chả|ko|đéo|éo|k) (đáng|bằng)( giá)? (một xu|một đồng|1 xu|1 đồng|xu nào|đồng nào|một cắc|cái móng tay|con chó|con kiến|cục c)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(cha|khong|ko|deo|k) (dang|bang)( gia)? (mot xu|1 xu|xu nao|dong nao|con cho)\b | pred:attribute | 0.9 | negative_attribute_group
re:\blàm gì có (đạo đức|văn hóa|văn hoá|liêm sỉ|lương tâm|nhân tính|học thức|não|tự trọng|tư cách|nhân cách)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bkhông (đáng|xứng|xứng đáng)( được)? (đối xử|coi là|đối đãi|sống|tồn tại|làm người|có quyền|được sống)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(chẳng|không|chả|chưa|ko) bao giờ (làm|được|nên)( được)?( \S+){0,3} (ra hồn|ra gì|nên hồn|tử tế|đàng hoàng|cho ra hồn|nên thân)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bviệc gì (ra hồn|nên hồn|ra gì|nên thân)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(ô nhục|nhục nhã|nỗi nhục|vết nhơ|nỗi xấu hổ|cái nhục|sự sỉ nhục|nỗi ô nhục) của (đất nước|dân tộc|xã hội|quốc gia|việt nam|cả nước|loài người|giống nòi)\b | pred:attribute | 0.9 | negative_attribute_group
nỗi ô nhục                 | pred:attribute | 0.8 | negative_attribute_group
# unaccented attributes (typed without diacritics)
do ban                     | pred:attribute | 0.8 | negative_attribute_group
ban thiu                   | pred:attribute | 0.8 | negative_attribute_group
hoi ham                    | pred:attribute | 0.8 | negative_attribute_group
hoi thoi                   | pred:attribute | 0.8 | negative_attribute_group
re:\bhoi (den do|nhu cho|nhu cu|vl|vcl|kinh)\b | pred:attribute | 0.8 | negative_attribute_group
mat day                    | pred:attribute | 0.75 | negative_attribute_group
vo hoc                     | pred:attribute | 0.75 | negative_attribute_group
lua dao                    | pred:attribute | 0.8 | negative_attribute_group
an cap                     | pred:attribute | 0.8 | negative_attribute_group
an trom                    | pred:attribute | 0.8 | negative_attribute_group
luoi bieng                 | pred:attribute | 0.75 | negative_attribute_group
ngu dot                    | pred:attribute | 0.8 | negative_attribute_group
an bam                     | pred:attribute | 0.8 | negative_attribute_group
an hai                     | pred:attribute | 0.8 | negative_attribute_group
lu an hai                  | pred:attribute | 0.85 | negative_attribute_group
lu an bam                  | pred:attribute | 0.85 | negative_attribute_group
vo dung                    | pred:attribute | 0.75 | negative_attribute_group
rac ruoi                   | pred:dehumanise | 0.85 | dehumanising_group
can ba                     | pred:dehumanise | 0.85 | dehumanising_group
khon nan                   | pred:attribute | 0.75 | negative_attribute_group
benh hoan                  | pred:attribute | 0.8 | negative_attribute_group
bien thai                  | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:dehumanise: unaccented animal likenesses
re:\b(giong|loai|lu|bon|do|nhu|nhu lu|nhu bon|toan lu) (khi|cho|lon|heo|suc vat|suc sinh|ky sinh|ki sinh|ky sinh trung|gian|chuot|sau bo|dong vat|rac|mọi)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bchua (tien hoa|thanh nguoi|tiến hóa)\b | pred:dehumanise | 0.85 | dehumanising_group
chưa tiến hóa              | pred:dehumanise | 0.85 | dehumanising_group
chưa tiến hoá              | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:emotion: disgust and contempt, with and without diacritics
re:\b(ngua mat|chuong mat|ghet cay ghet dang|kinh tom|ghe tom|ghet|cam ghet|khinh|khinh bi|buon non|buon oi|muon oi|muon non)( vl| vcl| vai| that| lam| qua)?\b | pred:emotion | 0.8 | hate_emotion_group
buồn ói                    | pred:emotion | 0.8 | hate_emotion_group
buồn nôn                   | pred:emotion | 0.8 | hate_emotion_group
muốn ói                    | pred:emotion | 0.8 | hate_emotion_group
re:\b(đéo|éo|không|chả|chẳng|ko|k) ưa( nổi| được)?\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(deo|eo|khong|ko|k|cha|chang) ua( noi| duoc)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(clm|vcl|đm|dm|đmm|dmm|đcm|dcm|đkm|dkm|cmm|đù|đụ) bọn\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(clm|vcl|đm|dm|đmm|dmm|đcm|dcm|đkm|dkm|cmm|đù|đụ) tụi\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(clm|vcl|đm|dm|đmm|dmm|đcm|dcm|đkm|dkm|cmm|đù|đụ) lũ\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(clm|vcl|dm|dmm|dcm|dkm|cmm) (bon|tui|lu)\b | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:violence / pred:threat: beatings, stabbings, shootings, "deserved it", bounties
re:\b(nhìn|thấy|gặp)( \S+){0,2} (đã|là|cũng) muốn (đấm|đánh|tát|đạp|giết|chém|đập|táng|vả|bóp cổ)\b | pred:threat | 0.85 | threat_violence
re:\b(đập|đánh|đấm|đạp|táng|vụt|chém|dần) cho (gãy|vỡ|nát|bể|què|dập|tàn phế|nhừ|chết|tơi bời)\b | pred:threat | 0.9 | threat_violence
re:\blà (tao|tôi|tui|t|bố|tụi tao|anh em tao|bọn tao) (đập|đánh|đấm|đạp|chém|giết|bắn|đâm|xử|táng|vả|tạt|thiêu|đốt)\b | pred:threat | 0.9 | threat_violence
re:\bla (tao|toi|tui|t|bo) (dap|danh|dam|chem|giet|ban|xu)\b | pred:threat | 0.9 | threat_violence
re:\b(đâm|bắn|chém|đánh|đập|đạp|xiên|bóp cổ|giẫm|dìm) chết\b | pred:threat | 0.9 | threat_violence
re:\b(dam|ban|chem|danh|dap) chet\b | pred:threat | 0.9 | threat_violence
re:\b(bắn|giết|chém|đâm|xử|đốt|thiêu|xử đẹp|diệt|đập) hết (lũ|bọn|tụi|đám|mấy đứa|mấy thằng|người|dân)\b | pred:threat | 0.9 | threat_violence
re:\b(ban|giet|chem|dam|xu|dot|diet|dap) het (lu|bon|tui|dam|may dua|may thang|nguoi|dan)\b | pred:threat | 0.9 | threat_violence
re:\b(có|co) (súng|sung|dao|lựu đạn|luu dan|bom) (thì|thi|là|la)\b | pred:threat | 0.7 | threat_violence
re:\b(hành|hành hạ|trù dập|đì|o ép|chơi|xử) cho( \S+){0,3} (nghỉ việc|bỏ việc|cút|thân tàn|sống không bằng chết|tàn đời|nghỉ học|biến)\b | pred:threat | 0.95 | threat_violence
re:\bđáng đời( thôi| lắm| chúng nó| tụi nó| bọn nó)?\b | pred:violence | 0.85 | violence_group
re:\bdang doi\b | pred:violence | 0.85 | violence_group
re:\bđáng bị (đánh|giết|đập|chém|đốt|bắn|đuổi|tù|nhốt|treo cổ)\b | pred:violence | 0.9 | violence_group
re:\bai (giết|giet|diệt|diet|bắn|ban|xử|xu|đánh|danh|đốt|dot) (được|dc|đc|duoc)\b | pred:violence | 0.9 | violence_group

# ---- harassment at a person: breaking their face
re:\b(đấm|đập|vả|táng|đạp) vỡ (mồm|mõm|mặt|răng|đầu|mỏ|sọ|hàm|alo)\b | harassment | 0.85 | threat_violence | severe
re:\b(dam|dap|va|tang) vo (mom|mat|rang|dau|mo|so)\b | harassment | 0.85 | threat_violence | severe

# ---- ctx:negation: "no reason to", "nobody should", "never thought"
re:\b(chẳng|không|ko|k|chả|khong) có (lý do|lí do|ly do|li do)( gì| nào| gi)?( để| de)?\b | ctx:negation
re:\b(không|ko|k|khong|chẳng|chang) ai (nên|nen|được|duoc|đáng|dang)\b | ctx:negation

# ---- ctx:counter: rebutting or condemning a quoted or reported slur
re:\b(chưa bao giờ|không bao giờ|chưa từng|chẳng bao giờ|không hề) (nghĩ|cho rằng)\b | ctx:counter
# "ai nói" is also "whoever talks" (ai nói chuyện): only "ai bảo" (who says…?) rebuts
re:\bai (bảo|bao)\b | ctx:counter
re:\b(hoàn toàn )?(không|chẳng|chả) (đúng|chính xác|phải vậy)\b | ctx:counter
re:\bnhư (người ta|thiên hạ|mọi người|nhiều người|mấy người)( vẫn| hay| thường)? (đồn|nói|nghĩ|tưởng|bảo)\b | ctx:counter
# only "…nói ra được" (could bring yourself to say): "mà mày nói tiếng VN" is no rebuttal
re:\b(mà|sao) (bạn|mày|ông|bà|anh|chị|em|cậu|mấy người|các bạn)( cũng)? (nói|viết|đăng|comment|bình luận) ra (được|đc|dc)\b | ctx:counter
re:\b(xấu hổ|đáng xấu hổ|nhục) (thật|quá|thay)\b | ctx:counter
re:\bđọc (mấy|những|các)? ?(dòng|câu|bình luận|comment|status)( này| đó| như vậy| kiểu này)?\b | ctx:counter
re:\bbuồn cho (cộng đồng|xã hội|dân mạng|người)\b | ctx:counter

# ---- pred:emotion: hatred said of a back-reference pronoun ("tôi căm ghét họ", "khinh bọn họ ra mặt")
re:\bcăm ghét (họ|bọn họ|chúng nó|bọn nó|tụi nó|lũ đó|lũ nó|bọn chúng)( ra mặt| lắm| vô cùng| cực kỳ| cực kì| thậm tệ)?\b | pred:emotion | 0.95 | hate_emotion_group
re:\bkhinh (họ|bọn họ|chúng nó|bọn nó|tụi nó|lũ đó|lũ nó|bọn chúng)( ra mặt| lắm| vô cùng| cực kỳ| cực kì| thậm tệ)?\b | pred:emotion | 0.95 | hate_emotion_group
re:\bkhinh bỉ (họ|bọn họ|chúng nó|bọn nó|tụi nó|lũ đó|lũ nó|bọn chúng)( ra mặt| lắm| vô cùng| cực kỳ| cực kì| thậm tệ)?\b | pred:emotion | 0.95 | hate_emotion_group
re:\bghét (họ|bọn họ|chúng nó|bọn nó|tụi nó|lũ đó|lũ nó|bọn chúng)( ra mặt| lắm| vô cùng| cực kỳ| cực kì| thậm tệ)?\b | pred:emotion | 0.95 | hate_emotion_group
re:\bcăm thù (họ|bọn họ|chúng nó|bọn nó|tụi nó|lũ đó|lũ nó|bọn chúng)( ra mặt| lắm| vô cùng| cực kỳ| cực kì| thậm tệ)?\b | pred:emotion | 0.95 | hate_emotion_group
re:\bthù ghét (họ|bọn họ|chúng nó|bọn nó|tụi nó|lũ đó|lũ nó|bọn chúng)( ra mặt| lắm| vô cùng| cực kỳ| cực kì| thậm tệ)?\b | pred:emotion | 0.95 | hate_emotion_group
re:\bghê tởm (họ|bọn họ|chúng nó|bọn nó|tụi nó|lũ đó|lũ nó|bọn chúng)( ra mặt| lắm| vô cùng| cực kỳ| cực kì| thậm tệ)?\b | pred:emotion | 0.95 | hate_emotion_group
re:\bkinh tởm (họ|bọn họ|chúng nó|bọn nó|tụi nó|lũ đó|lũ nó|bọn chúng)( ra mặt| lắm| vô cùng| cực kỳ| cực kì| thậm tệ)?\b | pred:emotion | 0.95 | hate_emotion_group

# ---- grp:protected: regional groups typed without diacritics
dan mien nam               | grp:protected
dan mien bac               | grp:protected
dan mien trung             | grp:protected
dan mien tay               | grp:protected
nguoi mien nam             | grp:protected
nguoi mien bac             | grp:protected
nguoi mien trung           | grp:protected
dan thanh hoa              | grp:protected
nguoi thanh hoa            | grp:protected
dan nghe an                | grp:protected
nguoi dan toc              | grp:protected
nguoi hoa                  | grp:protected
nguoi cham                 | grp:protected
nguoi khmer                | grp:protected
nguoi da den               | grp:protected

# ======================================================================
# Second round: families written from the misses of tests/tuning_suites_b
# ======================================================================

# ---- pred:violence: herding onto boats, casting out to sea, wishing a plague or disappearance
re:\b(gom|lùa|dồn|tống|nhét|xua|bắt|đẩy|gom hết|lùa hết|dồn hết) (hết |sạch |tất cả |cả lũ )?(\S+ ){0,4}(lên|xuống) (thuyền|tàu|bè|ghe|xuồng)\b | pred:violence | 0.8 | violence_group
re:\b(gom|lua|don|tong|nhet|xua|bat|day) (het |sach |tat ca )?(\S+ ){0,4}(len|xuong) (thuyen|tau|be|ghe|xuong)\b | pred:violence | 0.8 | violence_group
re:\b(thả|ném|quăng|vứt|đẩy|thả trôi|tha|nem|quang|vut|day) (hết |sạch |het |sach )?(ra|xuống|xuong) (biển|sông|giữa biển|biển khơi|bien|song)\b | pred:violence | 0.85 | violence_group
re:\b(biến mất|biến|bốc hơi|tuyệt chủng|chết sạch|chết hết|bị xoá sổ|bị xóa sổ|bien mat|tuyet chung|chet sach|chet het)( hết| sạch| het| sach)? (vĩnh viễn|mãi mãi|khỏi trái đất|khỏi mặt đất|khỏi thế giới|khỏi hành tinh|vinh vien|mai mai|khoi trai dat)\b | pred:violence | 0.85 | violence_group
re:\b(giá mà|ước gì|ước gì có|mong sao|giá như|gia ma|uoc gi|gia nhu)( \S+){0,6} (chết|giết|biến mất|tuyệt chủng|xoá sổ|xóa sổ|quét sạch|chet|giet|bien mat|tuyet chung)\b | pred:violence | 0.85 | violence_group
re:\b(dịch|dịch bệnh|trận dịch|bệnh dịch|virus|con virus|đại dịch|dich|dich benh|tran dich)( \S+){0,2} (chỉ|mà chỉ|chi) (giết|diệt|xoá sổ|xóa sổ|quét sạch|nhắm vào|giet|diet)\b | pred:violence | 0.9 | violence_group
re:\b(tốt|tốt đẹp|yên bình|bình yên|sạch|sạch sẽ|văn minh|an toàn|yên ổn|tot|yen binh|binh yen)( đẹp)?( hơn| hon)( nhiều| hẳn| nhieu| han)? (nếu|khi|neu) (không có|không còn|vắng|bớt|hết|khong co|khong con|vang|bot)\b | pred:exclude | 0.8 | exclusion_group
re:\b(đáng|nên|phải) (được )?(khen|khen thưởng|thưởng|tuyên dương|vinh danh|trao huy chương|trao giải)\b( \S+){0,4} (chứ|sao lại|sao) (lại )?(bắt|phạt|xử|kết án)\b | pred:violence | 0.85 | violence_group

# ---- pred:threat: "with my own hands", "one by one", "none will escape", "spare none", bringing knives, "clean-up" raids
re:\b(tự tay|tu tay) (xử|giết|xử lý|xử đẹp|diệt|thịt|bắn|chém|đâm|trừ khử|xu|giet|xu ly|diet|ban|chem|dam)\b | pred:threat | 0.9 | threat_violence
re:\b(xử|giết|chém|bắn|đâm|thịt|diệt|xử lý|trừ khử|xu|giet|chem|ban|dam|diet) từng (đứa|thằng|con|người|tên|mống|dua|thang|nguoi)\b | pred:threat | 0.9 | threat_violence
re:\b(xu|giet|chem|ban|dam|thit|diet|xu ly) tung (dua|thang|con|nguoi|ten)\b | pred:threat | 0.9 | threat_violence
re:\b(đứa|thằng|con|ai|người|mống|dua|thang|nguoi) nào cũng (không|đừng|chẳng|ko|k|đéo) (thoát|sống|toàn mạng|sống sót|chạy thoát|chạy được)\b | pred:threat | 0.9 | threat_violence
re:\b(không|ko|k|chẳng|đéo|éo|khong|deo) (chừa|tha|bỏ sót|sót|chua|bo sot)( một| 1| mot)? (đứa|thằng|con|ai|người|mống|dua|thang|nguoi|mong)( nào| nao)?\b | pred:threat | 0.9 | threat_violence
re:\b(sẽ|se|sắp|đi|đến|tới|sang|qua) (chém|giết|bắn|đâm|xử|thịt|đập|diệt|đốt|xiên|chem|giet|ban|dam|xu|thit|dap|diet|dot) (hết|sạch|tất|tuốt|het|sach|tuot)\b | pred:threat | 0.9 | threat_violence
re:\b(tao|tôi|tui|bọn tao|tụi tao|anh em tao|t) (mang|cầm|vác|xách|rút|lôi|mang theo) (dao|mã tấu|súng|kiếm|gậy|búa|rựa|dao phay|xăng|axit|a xít)( ra| theo| đến| tới| qua)?\b | pred:threat | 0.85 | threat_violence
re:\b(đi|sẽ|sắp|tới|đến|sang|se|di) ["'“]?(dọn dẹp|dọn sạch|thanh lọc|thanh trừng|làm sạch|don dep|don sach|thanh loc|thanh trung)\b | pred:threat | 0.85 | threat_violence

# ---- pred:exclude: "anyone but X", refusing rooms/jobs, kept apart, "who needs X", not allowed to raise children
re:\b(ai|người nào|bất kỳ ai|bất cứ ai|ai ai)( cũng)? (được|ok|oke|okela|nhận|đc|dc)( hết| tuốt| tất)?,? (trừ|ngoại trừ|chỉ trừ|miễn là không phải|tru)\b | pred:exclude | 0.85 | exclusion_group
re:\b(không|ko|k|miễn|khong) (nhận|tiếp|tuyển|nhan|tiep|tuyen)\b | pred:exclude | 0.7 | exclusion_group
re:\b(ngồi|ở|học|ăn|xếp|tách|cách ly|cách li|nhốt|ngoi|hoc|xep|tach) riêng( một| 1| ra)? (lớp|phòng|khu|bàn|chỗ|góc|dãy|trường|lop|phong|khu)\b | pred:exclude | 0.85 | exclusion_group
re:\b(đéo|éo|không|chẳng|chả|ko|deo|khong) (ai|thằng nào|đứa nào) (cần|thèm|muốn)\b | pred:exclude | 0.8 | exclusion_group
re:\b(không|ko|chẳng|đéo|cấm|khong) nên (được )?(phép|quyền) (nuôi|nuôi dạy|dạy|dạy dỗ|chăm|chăm sóc|nhận nuôi|trông|gần|tiếp xúc|làm việc|có con|sinh con|lấy|kết hôn|đi học|dạy học|làm giáo viên)\b | pred:exclude | 0.85 | exclusion_group
re:\b(không|ko|chẳng|đéo|cấm|khong) (nên )?được (phép )?(nuôi|nuôi dạy|nhận nuôi|trông|chăm sóc) (trẻ|trẻ con|con|con cái|trẻ em|con nuôi|trẻ nhỏ|học sinh)\b | pred:exclude | 0.85 | exclusion_group
re:\b(mà|cũng|lại) (đòi|đòi được|đòi hỏi|dám đòi|doi) (được )?(tôn trọng|bình đẳng|đối xử tử tế|quyền lợi|ngang hàng|tôn trọng|ton trong|binh dang)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:attribute: "lock the doors", clutching bags, catching it, born liars, "no shred of humanity", disowning
re:\b(nhớ |nhớ mà |phải |nên |nho )?(khóa|khoá|khoa|đóng|dong) (cửa|cổng|cua|cong)( nẻo)?( cho)? (cẩn thận|kỹ|kĩ|cho chắc|chặt|can than|ky|chat)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(ôm|giữ|nắm|cầm|giấu|om|giu|nam|cam) (chặt|chat|kỹ|kĩ|khư khư|ky)( cái| túi| con| cai| tui)? (ví|bóp|túi|túi xách|điện thoại|đồ|tiền|balo|ba lô|cặp|giỏ|vi|bop|tui|dien thoai|do|tien)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(khỏi|tránh|kẻo|sợ|khoi|tranh|keo|so) (bị )?(lây|nhiễm|lây bệnh|lây nhiễm|lây theo|bi lay|lay)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(bẩm sinh|sinh ra|từ trong bụng mẹ|từ lúc sinh ra|từ khi sinh ra|từ lúc lọt lòng|bam sinh)( đã| là| đã là| da)? (gian dối|gian xảo|lừa đảo|dối trá|xấu xa|ngu|dốt|lười|tham|ác|bẩn|ăn cắp|gian|hư hỏng|bạo lực|nguy hiểm|thấp kém|gian doi|lua dao|doi tra)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bhọc (mấy|bao nhiêu|cao mấy|nhiều mấy|đến đâu)( đi nữa)? (cũng|thì cũng) (vậy|thế|ngu|dốt|không khá|chẳng khá|vậy thôi|thế thôi)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(không|chẳng|chả|ko|k|đéo|làm gì|lấy đâu ra|khong|lam gi) (có )?(chút|tí|một chút|một tí|tý|chút xíu|miếng|mảy may|chut|ti) (đạo đức|văn hóa|văn hoá|liêm sỉ|lương tâm|nhân tính|học thức|não|tự trọng|tư cách|nhân cách|tính người|trí tuệ|đầu óc|dao duc|liem si|luong tam|nhan tinh)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(coi như|xem như|coi|xem) (không có|không còn|mất|chưa từng có|chưa từng sinh) (đứa |thằng |đứa con |con )?(con|con gái|con trai)( đó| ấy| này)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(ban chat|bản chất)( \S+){0,2} (gian doi|lua dao|trom cap|an cap|xau xa|do ban|luoi bieng|gian xao|xao tra|gian dối|dối trá|gian xảo)\b | pred:attribute | 0.85 | negative_attribute_group
gian doi                   | pred:attribute | 0.75 | negative_attribute_group
gian xao                   | pred:attribute | 0.75 | negative_attribute_group
trom cap                   | pred:attribute | 0.75 | negative_attribute_group
xao tra                    | pred:attribute | 0.75 | negative_attribute_group
re:\b(đến mức|tới mức|đến nỗi|den muc|toi muc)( \S+){0,2} (ăn cắp|ăn trộm|lừa đảo|trộm|cướp|an cap|an trom|lua dao)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bcó (bộ )?(não|óc|đầu óc|nao)( không| ko| k| hok| hem)? hay (chỉ|toàn|chi)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bchỉ (có|được|giỏi|biết) (cái )?(mồm|mõm|miệng|mỏ|võ mồm|cái loa)\b | pred:attribute | 0.8 | negative_attribute_group
re:\blà (cái )?(lồn|lol|đéo|cc|con cặc|cặc|buồi|cứt|loz|cl) gì mà\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(đéo|éo|deo|chẳng|chả) ra (gì|gi|cái gì|hồn)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(lại )?(gây chuyện|gây sự|gây rối|gây loạn|quậy phá|phá làng phá xóm|gay chuyen|gay su|gay roi)( chứ gì| nữa| rồi| chu gi)\b | pred:attribute | 0.75 | negative_attribute_group

# ---- grp:pronoun: "the whole lot" in a later sentence
cả lũ                      | grp:pronoun
ca lu                      | grp:pronoun

# ---- slur: "bánh bèo" (a rice cake; as people, a sneer at women) read only after bọn, lũ, đứa, đồ, toàn
bánh bèo                   | hate | 0.7 | slur_group | slur
banh beo                   | hate | 0.65 | slur_group | slur
ăn bánh bèo                | allow
món bánh bèo               | allow
bánh bèo huế               | allow
bánh bèo chén              | allow

# ---- harassment at a named person: "đồ lừa đảo", "loại rác rưởi", "óc chó vl", "the fakest person"
re:\b(đồ|loại|thằng|con|do|loai|thang) (lừa đảo|ăn quỵt|quỵt tiền|giả tạo|giả dối|lươn lẹo|hai mặt|xảo trá|bịp bợm|phản bạn|đạo đức giả|lua dao|an quyt|gia tao)\b | harassment | 0.7 | insult_at_person
re:\b(óc chó|óc lợn|óc heo|não tôm|não cá vàng|thiểu năng|bại não|oc cho|oc lon|nao tom) (vl|vcl|vãi|vkl|vc|vãi lồn|vãi l|thật sự|that su)\b | harassment | 0.65 | insult_at_person
re:\blà (đứa|thằng|con|người|kẻ|dua|thang) (giả tạo|giả dối|lươn lẹo|tệ hại|khốn nạn|mất dạy|đểu|xấu tính|hèn|tởm|bẩn tính|gia tao|mat day|kinh tởm) nhất\b | harassment | 0.7 | insult_at_person

# ---- allow: machines called stupid
re:\b(máy in|máy tính|laptop|điện thoại|wifi|mạng|app|tivi|modem|cái máy|cái xe|máy|may in|may tinh|tủ lạnh|máy giặt|quạt|nồi cơm|lò vi sóng|điều hòa|điều hoà|máy lạnh|phần mềm|bàn phím|chuột|router)( \S+){0,3} (ngu như bò|ngu như lợn|ngu như chó|ngu như heo|ngu vl|ngu vcl|ngu)\b | allow

# ---- ctx:counter: "X? No way", naming contemptuous words, incitement, rebuttals, "leads to violence"
re:\b(á|à|hả|ư|hở|a)\? (không đời nào|còn lâu|đâu có|không hề|làm gì có|chẳng bao giờ|khong doi nao|con lau)\b | ctx:counter
re:\b(từ|lời|câu|chữ|từ ngữ|ngôn từ) (khinh miệt|miệt thị|xúc phạm|kỳ thị|kì thị|thù ghét|lăng mạ|phân biệt)\b | ctx:counter
re:\b(kích động|kich dong) (thù hận|thù địch|thù ghét|bạo lực|kỳ thị|kì thị|thu han|thu dich)\b | ctx:counter
re:\b(ngôn từ|phát ngôn|lời lẽ|ngon tu|phat ngon) (thù ghét|thù hận|kích động|kỳ thị|kì thị|thu ghet|thu han)\b | ctx:counter
re:\b(nên|phải|hãy) tự (xem lại|nhìn lại|soi lại) (mình|bản thân)\b | ctx:counter
re:\b(dẫn đến|dẫn tới|gây ra|tiếp tay cho|dan den|dan toi) (bạo lực|thù hận|kỳ thị|kì thị|phân biệt đối xử|tội ác|bao luc|thu han)\b | ctx:counter
re:\b(những ai|những người|mấy người|kẻ nào|người nào|nhung ai|nhung nguoi) (gọi|coi|xem|goi) (\S+ ){1,5}là\b | ctx:counter
re:\b(đã|liền|lập tức|đã lập tức|da|lien) (phản bác|phản đối|cãi lại|lên tiếng phản đối|phan bac|phan doi)\b | ctx:counter
re:\bcó (người|đứa|thằng|ai đó|bạn|nguoi) (bảo|nói|bảo với|nói với|bao|noi) (mình|tôi|em|tao|tui|minh|toi) (rằng|là|rang|la)\b | ctx:counter

# ---- slur: southerners ("namkiki"), read as people after bọn, đứa, đồ, toàn
namkiki                    | hate | 0.8 | slur_group | slur
nam kiki                   | hate | 0.8 | slur_group | slur

# ---- pred:worth: "real citizens" (counts only when denied)
công dân thực thụ          | pred:worth | 0.8 | negative_attribute_group
cong dan thuc thu          | pred:worth | 0.8 | negative_attribute_group
cong dan thuc su           | pred:worth | 0.8 | negative_attribute_group

# ---- pred:attribute: "never met one like that (a decent one)"
re:\b(chưa|chẳng|không|chua|chang|khong) (từng |bao giờ |tung )?(gặp|thấy|gap|thay) (ai|đứa nào|người nào|thằng nào|dua nao|nguoi nao)( như thế| như vậy| tử tế| tốt| tốt cả| nhu the| nhu vay)\b | pred:attribute | 0.75 | negative_attribute_group

# ---- ctx:denial: "never tell me they are good people" (denies a worth word only)
re:\b(đừng|dung) (bao giờ |có |bao gio |co )?(bảo|nói|khen|tưởng|nghĩ|bao|noi)\b | ctx:denial
