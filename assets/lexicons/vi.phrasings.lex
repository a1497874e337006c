@format 1
@lang vi
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b, then tests/tuning_suites_c, then tests/tuning_suites_d, then tests/tuning_suites_e, then tests/tuning_suites_f), never from held-back or blind cases
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

# ======================================================================
# Third round: families written from the misses of tests/tuning_suites_c
# ======================================================================
# ---- grp:protected: group names typed without diacritics that the engine lacked
nguoi campuchia            | grp:protected
dan campuchia              | grp:protected
nguoi mien                 | grp:protected
nguoi cong giao            | grp:protected
nguoi thien chua giao      | grp:protected
dong tinh nu               | grp:protected
nguoi dong tinh nu         | grp:protected
nguoi dan toc thieu so     | grp:protected
nguoi thieu so             | grp:protected

# ---- allow: unaccented "rất" (rat) before an ordinary adjective is not the English "rat"
re:\brat (de thuong|dang yeu|dep|xinh|tot|gioi|vui|hay|thich|ngon|nhieu|it|can|de|kho|met|hien|on|tu te|chiu kho|cham chi|than thien|nhiet tinh|lich su|thong minh|gan gui|vui ve|de chiu|tuyet|la|ok|oke|manh|khoe|nhanh|cham|lon|nho|quan trong|buon|vui tinh|hoa dong|ngoan|duyen|sach|dac biet)\b | allow

# ---- ctx:counter: "this sentence should not exist", "it is 2026", asking admins to delete, "the language that led to genocide",
# "is completely wrong", "they are people like us"
re:\b(câu|lời|câu nói|phát ngôn|kiểu nói|mấy câu|những câu|comment|cmt|bình luận|status|cau|loi|cau noi|phat ngon|binh luan)( như)? (này|đó|ấy|kiểu này|kiểu đó|nay|do|ay)( \S+){0,6} (không nên|không được|chẳng nên|khong nen|khong duoc)\b | ctx:counter
re:\bnăm 20[2-9]\d (rồi|roi|rồi mà|roi ma)\b | ctx:counter
re:\bnam 20[2-9]\d roi\b | ctx:counter
re:\b(admin|ad ơi|ad oi|mod ơi|quản trị viên)( ơi| oi)? (xóa|xoá|xoa|xử lý|xu ly|ban|khóa|khoá|khoa|chặn|chan|gỡ|go)\b | ctx:counter
# reading comments is counter-speech only when they are named as the hateful kind ("đọc cmt mà thấy … mất dạy" is abuse)
re:\b(thấy|đọc|gặp|thay|doc|gap) (cái |mấy |những )?(comment|cmt|bình luận|binh luan) (kiểu này|kiểu đó|như vậy|như thế|phân biệt|kỳ thị|kì thị|miệt thị|xúc phạm|kieu nay|nhu vay|phan biet|ky thi|ki thi|miet thi|xuc pham)\b | ctx:counter
re:\b(thứ|loại|kiểu|thu|loai|kieu) (ngôn ngữ|ngôn từ|ngon ngu|ngon tu)\b | ctx:counter
re:\b(dẫn|dan) (tới|đến|toi|den) (diệt chủng|thảm sát|diet chung|tham sat|chiến tranh|chien tranh|bạo lực|bao luc|tội ác|toi ac)\b | ctx:counter
re:\blà (sai hoàn toàn|sai bét|hoàn toàn sai|không đúng sự thật|nhảm nhí|bịa đặt|sai sự thật|xuyên tạc|vô căn cứ)\b | ctx:counter
re:\blà sai( rồi| mà| đó| đấy)?\s*([.,!?…]|$) | ctx:counter
re:\bla (sai hoan toan|sai bet|hoan toan sai|nham nhi|bia dat|xuyen tac)\b | ctx:counter
re:\bla sai( roi| ma| do)?\s*([.,!?]|$) | ctx:counter
re:\b(là|cũng là|la|cung la) (người|con người|nguoi|con nguoi) (như|giống|nhu|giong) (tụi mình|chúng ta|mình|bao người|mọi người|bọn mình|ta|tui minh|chung ta|minh|moi nguoi)\b | ctx:counter

# ---- ctx:negation: unaccented "never once"
re:\b(khong he|chang he|chua he|chua bao gio|khong bao gio|chang bao gio)\b | ctx:negation
# ---- ctx:counter: "never felt disgust / hatred towards" (stating the opposite of hate), with and without diacritics
re:\b(không hề|chẳng hề|chưa hề|chưa bao giờ|không bao giờ)( thấy| cảm thấy)? (ghê|ghét|kinh|sợ|khinh|kỳ thị|kì thị|ghê tởm|kinh tởm|coi thường|xem thường|ác cảm)\b | ctx:counter
re:\b(khong he|chang he|chua he|chua bao gio|khong bao gio)( thay| cam thay)? (ghe|ghet|kinh|so|khinh|ky thi|ki thi|ghe tom|kinh tom|coi thuong|xem thuong|ac cam)\b | ctx:counter

# ---- ctx:people_after: what only people do, right after a noun (a slur there is read as people:
# "lại có bóng dọn tới", "bầu X vào quốc hội", "X thì mãi là X")
re:(dọn|chuyển|don|chuyen) (tới|đến|về|vào|toi|den|ve|vao)\b | ctx:people_after
re:(vào|vao) (quốc hội|quoc hoi|hội đồng|hoi dong|ban lãnh đạo|chính phủ|chinh phu)\b | ctx:people_after
re:(làm|lam) (đại biểu|dai bieu|lãnh đạo|lanh dao|tổng thống|thủ tướng|chủ tịch|bộ trưởng|giám đốc|sếp|lớp trưởng|tong thong|thu tuong|chu tich)\b | ctx:people_after
re:(thì|thi) (mãi|mãi mãi|mai mai|muôn đời|muon doi|suốt đời|suot doi|trước sau|truoc sau)( vẫn| van)? (là|la)\b | ctx:people_after
# ---- ctx:people: "the owner / the neighbour is a …" makes the next noun a person
re:\b(chủ quán|chủ nhà|chủ tiệm|chủ trọ|ông chủ|bà chủ|người bán|người yêu|hàng xóm|thằng đó|con đó|đứa đó|người đó|người kia|chu quan|chu nha|chu tiem|hang xom) (là|la)\b | ctx:people

# ---- pred:emotion: allergic to them, annoyed to madness, "can anyone stand them", wanting to spit on them, profanity at a group
re:\b(tôi|mình|tao|tui|t|em|anh|chị|tớ)( thì| thấy| là)? (dị ứng|di ung) (nặng|với|thật|vãi|vl|lắm|kinh khủng|nang|voi|that|vai|lam)\b | pred:emotion | 0.8 | hate_emotion_group
re:\bchứ (tôi|mình|tao|tui|t|em|anh|tớ) (thì )?(dị ứng|ghét|kinh|ớn|gớm|không ưa|chịu không nổi|ghê|tránh xa)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(bực mình|bực|tức|cáu|khó chịu|ngứa mắt|điên|buc minh|tuc|cau|kho chiu|ngua mat)( muốn| đến| tới| muon| den)? (phát điên|phát khùng|điên lên|nổ đầu|nổ não|phat dien|no dau)\b | pred:emotion | 0.8 | hate_emotion_group
re:\bcó ai (chịu|ưa|chịu đựng|thương|chịu được|ưa được|chiu|ua) (nổi|được|noi|duoc)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(phiền|phiền phức|phiền toái|khó chịu|bực|phien phuc|phien|kho chiu)( muốn chết| chết đi được| vãi| vl| vcl| kinh khủng| muon chet| vai)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(muốn |muon )?(nhổ|khạc|phỉ nhổ|nho|khac|phi nho) (nước bọt|nuoc bot|nước miếng|nuoc mieng|vào mặt|vao mat|toẹt)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(dcm|đcm|dm|đm|dmm|đmm|đkm|dkm|clm|địt mẹ|dit me|đụ má|du ma|đù má|đéo mẹ|deo me|đjt mẹ|djt me),? (phu nu|phụ nữ|nguoi|người|dan|dân|lũ|bọn|tụi|đám)\b | pred:emotion | 0.8 | hate_emotion_group

# ---- pred:attribute: two-faced, hypocrites, rot the country, sawdust or straw for brains, no one trustworthy,
# nothing useful, worthless of anyone's time, shameless, "in every way a mess", creepy, backstabbing
re:\btrước mặt (một kiểu|một đằng|một nẻo|một kiểu|thì)( \S+){0,3} sau lưng (một kiểu|một nẻo|một đằng|thì)\b | pred:attribute | 0.85 | negative_attribute_group
re:\btruoc mat (mot kieu|mot dang|thi)( \S+){0,3} sau lung (mot kieu|mot neo|mot dang|thi)\b | pred:attribute | 0.85 | negative_attribute_group
đạo đức giả               | pred:attribute | 0.8 | negative_attribute_group
dao duc gia               | pred:attribute | 0.8 | negative_attribute_group
khẩu phật tâm xà          | pred:attribute | 0.8 | negative_attribute_group
ăn cháo đá bát            | pred:attribute | 0.8 | negative_attribute_group
an chao da bat            | pred:attribute | 0.8 | negative_attribute_group
nói một đằng làm một nẻo  | pred:attribute | 0.8 | negative_attribute_group
re:\b(sẵn sàng|chuyên|hay|thích|luôn|chực|rình|san sang|chuyen) (đâm sau lưng|đâm lén|chơi sau lưng|chơi xấu|phản bội|trở mặt|lật lọng|dam sau lung|phan boi|tro mat)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(làm|khiến|lam|khien) (mục ruỗng|mục nát|thối nát|băng hoại|suy đồi|tha hóa|tha hoá|lụn bại|bại hoại|muc ruong|muc nat|thoi nat|bang hoai|suy doi) (cái )?(cai )?(đất nước|xã hội|quốc gia|dân tộc|nước|giống nòi|dat nuoc|xa hoi)\b | pred:attribute | 0.85 | negative_attribute_group
mục ruỗng                 | pred:attribute | 0.75 | negative_attribute_group
re:\bmầm mống (gây rối|gây loạn|tội ác|bệnh tật|bất ổn|phá hoại|tai họa|tai hoạ|tệ nạn|gây hại)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(mầm mống|mam mong|mầm họa|mầm hoạ|mam hoa)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(trong đầu|trong não|đầu óc|não|óc|trong óc|dau oc|trong dau|nao)( \S+){0,3} (toàn|chỉ có|chứa|toan|chi co|toàn là|chứa toàn) (rơm|bã đậu|cứt|phân|bùn|rác|ba dau|rom|cut|phan|bun)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(óc|não|nao|oc) (bã đậu|ba dau|rơm|rom|cứt|cut|phân)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bcó (não|óc|đầu óc) (không|ko|k|hông|hok|hem)( vậy| thế| vay)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\bco (nao|oc|dau oc) (khong|ko|k|hok|hem)( vay| the)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(không|ko|k|chẳng|chả|đéo) (đứa|thằng|con|người|ai|mống|tên) nào (tin được|đáng tin|tin nổi|tử tế|ra gì|ra hồn|tốt|đàng hoàng|sạch sẽ|có học)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(khong|ko|k|chang|deo) (dua|thang|con|nguoi|ai) nao (tin duoc|dang tin|tu te|ra gi|ra hon|tot)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(không|ko|chẳng|đéo|khong|deo) (tin|tin tưởng|tin tuong) (được|nổi|duoc|noi) (đứa|thằng|người|ai|con|dua|thang|nguoi) nào\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(chưa|chẳng|không|chua|khong) (thấy|thay|bao giờ thấy|từng thấy)( \S+){1,6} (làm được|làm|lam duoc|lam) (việc gì|gì|cái gì|viec gi|gi|được gì) (có ích|ra hồn|tử tế|nên hồn|co ich|ra hon|cho đời)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(không|khong|ko|chẳng|chang|chả|cha) (đáng|dang) (để|de) (ai |người ta |ai phải |nguoi ta )?(phí|phi|tốn|ton|mất|mat|bỏ|bo) (thời gian|thoi gian|công|cong|sức|suc|nước bọt|nuoc bot|tâm trí)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(đéo|éo|deo|chẳng|chả|không|ko|cha|khong) ra (cái )?(cai )?(thể thống|the thong)( gì| gi)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(tham tiền|tham lam|hám tiền|ham tiền|lừa đảo|ăn cắp|trộm cắp|gian dối|tham tien|lua dao)( \S+){0,3} (không biết ngượng|không biết nhục|không biết xấu hổ|trơ trẽn|trơ tráo|mặt dày|khong biet nguong|khong biet nhuc)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(ngu|dốt|đần|ngốc|hèn|tham|ngu si|ngu học|bẩn|dot|dan|ngoc|hen|ban) (cả đàn|cả lũ|cả bầy|cả đám|cả ổ|ca dan|ca lu|ca bay|ca dam)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(toàn|toan) (một |mot )?(lũ|bọn|đám|lu|bon|dam) (khốn|khốn nạn|mất dạy|lừa đảo|ăn hại|rác|rác rưởi|chó|súc vật|vô dụng|khon|khon nan|mat day|lua dao|an hai|rac|vo dung)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bọn|tụi|lũ|đám|chúng)( nó| đó| họ| này| kia)? (ghê người|ghê tởm|kinh tởm|gớm ghiếc|gớm|tởm)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(ghê người|gớm người|ghe nguoi)( lắm| quá| vãi| vl| thật| kinh khủng| lam| qua| vai)?\s*([.,!?…]|$) | pred:attribute | 0.8 | negative_attribute_group
re:\b(sống|song) (chỉ |chi )?(cho |để )?(chật đất|chat dat|tốn cơm|ton com|phí cơm|phi com|tốn oxy|ton oxy|tốn không khí|chật chỗ|phí gạo|phi gao)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(suốt ngày|lúc nào cũng|cứ|hay|suot ngay) (than|kêu|than vãn|kêu ca|ăn vạ|la làng|khóc lóc|keu) (bị|là bị|bi) (kỳ thị|kì thị|phân biệt|bắt nạt|áp bức|đối xử tệ|ky thi|phan biet)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(không|ko|chẳng|đéo|khong) biết (dạy dỗ|dạy con|nuôi con|dạy|chăm con|nuôi dạy|day do|day con|nuoi con)( gì| cái gì| gi)?( đâu| dau)?\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(khỏi|không cần|chẳng cần|khoi|khong can) (đoán|hỏi|nghĩ|doan|hoi)( cũng| cung)? (biết|biet)( là| la)? (do đâu|do ai|ai làm|ai lấy|tại ai|thủ phạm|do dau|ai lam|ai lay|tai ai)([^.!?\n]{0,60}(dọn tới|dọn đến|dọn về|chuyển tới|chuyển đến|ở đây|ở gần|sống gần|don toi|chuyen toi))?\b | pred:attribute | 0.85 | negative_attribute_group
re:\btừ (hồi|khi|ngày|lúc|dạo)( \S+){1,14} (lắp|gắn|lắp thêm|gắn thêm|thuê thêm|mua thêm|thay) (camera|khóa|khoá|ổ khóa|bảo vệ|chó|cửa sắt)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(không|ko|chẳng|khong) sợ (lây|bị lây|nhiễm|lây bệnh|bị nhiễm|lay|bi lay|lay benh)( bệnh| benh)?( hả| à| sao| ư| a| ha| hay sao)?\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:dehumanise: "no different from a plague", "what's the difference from a bin", "a dog at least wags its tail", biting the hand that feeds
re:\b(chẳng|không|chả|cha|khong|ko) (khác gì|khác nào|khac gi|khac nao) (dịch bệnh|dịch|bệnh dịch|virus|vi rút|rác|đống rác|chó|lợn|heo|gián|chuột|ký sinh trùng|kí sinh trùng|sâu bọ|giòi|bọ|khỉ|súc vật|thú vật|ung thư|khối u|mầm bệnh|bệnh hủi|đỉa|dich benh|rac|cho|lon|heo|gian|chuot|suc vat|ky sinh trung)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bvới (cái |con |đống |bãi )?(thùng rác|rác|đống rác|con chó|chó|con lợn|lợn|con heo|heo|con gián|gián|con chuột|chuột|cục phân|phân|bãi rác|con khỉ|khỉ|con giòi|giòi|cái bô|bô) (khác nhau|khác gì nhau|có gì khác)( chỗ nào| ở đâu| điểm nào| nhau)?\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(chó|con chó|cho|con cho) (còn|con|cũng|cung) (biết|biet) (vẫy đuôi|vay duoi|trung thành|trung thanh|giữ nhà|giu nha|nhớ ơn|nho on|biết ơn)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(cắn|can) (người|nguoi|tay người|tay nguoi|chủ|chu)( \S+){0,2} (cho ăn|cho an|nuôi|nuoi)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: everyone but them, bring anyone home but, their own quarter, not to sit with us, "the kind that should live with us",
# "not worthy to enter", kicked out, rich long ago without them, who would leave children with them
re:\b(ưu tiên|nhận|tuyển|chào đón|hoan nghênh|welcome|cho thuê|tiếp|uu tien|nhan|tuyen)( tất cả| mọi| hết| tat ca| moi)( \S+){0,3},? (trừ|ngoại trừ|chỉ trừ|tru|ngoai tru)\b | pred:exclude | 0.85 | exclusion_group
re:\bmiễn (đừng|không phải|là không phải|không|đừng có) (dẫn|đưa|lấy|cưới|rước|yêu|quen|là)\b | pred:exclude | 0.8 | exclusion_group
re:\bmien (dung|khong phai|khong) (dan|dua|lay|cuoi|ruoc|yeu|quen)\b | pred:exclude | 0.8 | exclusion_group
re:\b(về|ở|sống|quay về|cút về|ve|o|song) (khu|xóm|chỗ|trại|làng|góc|khu vực|xom|cho|trai|lang) riêng( của (họ|chúng nó|tụi nó|bọn nó|chúng))?\b | pred:exclude | 0.85 | exclusion_group
re:\b(đừng|không được|cấm|đừng có|dung|khong duoc|cam) (ra |vào |đến |tới |ra quán |vao )?(\S+ ){0,2}(ngồi chung|ăn chung|ở chung|học chung|chơi chung|xài chung|dùng chung|tắm chung|ngoi chung|an chung|o chung|hoc chung|choi chung) (với|voi)\b | pred:exclude | 0.85 | exclusion_group
re:\b(sao|tại sao|sao lại|tai sao) (phải|bắt|phai|bat) (xài|dùng|ở|ngồi|học|ăn|tắm|đi|xai|dung|ngoi|hoc|an) chung\b | pred:exclude | 0.8 | exclusion_group
re:\bkhông phải (loại|hạng|giống|kiểu|thứ) người (nên|đáng|xứng|được phép|có thể|để) (sống|ở|làm việc|ngồi|học|chung sống|sinh sống)( chung| cùng)?\b | pred:exclude | 0.9 | exclusion_group
re:\bkhong phai (loai|hang|giong|kieu|thu) nguoi (nen|dang|xung|duoc phep) (song|o|lam viec|chung song)\b | pred:exclude | 0.9 | exclusion_group
re:\b(đâu có|không|chẳng|ko|đéo|khong|dau co|chang) (xứng|xứng đáng|đáng|xung|xung dang) (bước vào|vào|bước chân vào|đặt chân vào|làm dâu|làm rể|ở trong|ngồi chung|buoc vao|vao|dat chan vao)\b | pred:exclude | 0.85 | exclusion_group
re:\b(nên|phải|cần|nen|phai|can) (bị )?(bi )?(tống khứ|tong khu|đuổi cổ|duoi co|trục xuất|truc xuat|tống cổ|tong co)( hết| het| sạch| sach| đi| di)?\b | pred:exclude | 0.85 | exclusion_group
re:\b(giàu|phát triển|văn minh|hùng mạnh|sạch|yên bình|tốt đẹp|giau|phat trien|van minh)( \S+){0,3} (rồi|từ lâu|lâu rồi|hơn nhiều|roi|tu lau) nếu (không|khỏi|chẳng|khong|khoi) (phải|có|phai|co)\b | pred:exclude | 0.8 | exclusion_group
re:\b(giao|để|gửi|giao phó|gui) (con|trẻ|trẻ con|con nít|con cái|bọn trẻ|học sinh|con tôi|con mình)( \S+){0,2} cho( \S+){1,5} (nuôi|dạy|trông|chăm|giữ|nuoi|day|trong|cham)( á| hả| ư| à| sao| a| ha)?\?\s? | pred:exclude | 0.8 | exclusion_group
re:\b(bầu|chọn|cho|để|bau|chon)( \S+){1,4} (vào|vao|làm|lam) (quốc hội|quoc hoi|lãnh đạo|lanh dao|đại biểu|dai bieu|thủ tướng|chủ tịch)( á| hả| ư| à| sao| ha| a)?\?\s? | pred:exclude | 0.75 | exclusion_group
re:\b(đổi|bỏ|né|tránh|doi|bo|ne|tranh) (quán|tiệm|chỗ|quan|tiem|cho)( khác| khac)?( đi| di| thôi| thoi)?,? (\S+ ){0,2}(chủ quán|chủ tiệm|người bán|nhân viên|chu quan|chu tiem) (là|la)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:violence: deserve worse, starve on an island, not one left, clear them out
re:\bđáng bị (hơn thế|hơn vậy|hơn nữa|nặng hơn|tệ hơn|hơn thế nữa|hơn)( nhiều| nữa)?\b | pred:violence | 0.85 | violence_group
re:\bdang bi (hon the|hon vay|hon nua|nang hon|te hon)( nhieu| nua)?\b | pred:violence | 0.85 | violence_group
re:\b(để|để cho|bỏ|cho|de|bo|mặc|mac) (tự |tu |chúng nó |tụi nó )?(chết đói|chết khát|chết dần|chết rục|chết mòn|tự chết|chet doi|chet khat|chet dan)\b | pred:violence | 0.9 | violence_group
re:\b(dồn|đày|đưa|tống|nhốt|thả|lùa|don|day|dua|tong|nhot|tha|lua) (hết |het |sạch |sach |tất cả |tat ca )?(\S+ ){0,5}(ra|lên|vào|len|vao) (đảo hoang|hoang đảo|đảo|sa mạc|rừng sâu|rừng|dao hoang|dao|rung)\b | pred:violence | 0.85 | violence_group
re:\b(không|ko|chẳng|khong|đừng|dung) (còn|con|chừa|chua|sót|sot|để sót|de sot) (lại )?(một |mot |1 )(mống|mong|móng|đứa|dua|thằng|thang|tên|ten)( nào| nao)\b | pred:violence | 0.85 | violence_group
re:\b(không|ko|chẳng|khong|đừng|dung) (còn|con|chừa|chua|sót|sot|để sót|de sot) (lại )?(một |mot |1 )?(mống|mong)\b | pred:violence | 0.85 | violence_group
re:\b(dọn|don|dọn dẹp|don dep|dẹp|dep) (sạch |sach |hết |het )?(đám|bọn|lũ|tụi|cái đám|cái lũ|dam|bon|lu|tui)( \S+){0,5} (giùm|giùm cái|hộ|dùm|gium|dum)\b | pred:violence | 0.75 | violence_group
re:\b(nên|nen|phải|phai) (treo co|treo cổ|ban bo|bắn bỏ)( het| hết)?\b | pred:violence | 0.85 | violence_group

# ---- pred:threat: wherever I meet them, burning their quarter, counting down, remembered faces, "you'll see",
# beaten until they cannot stand, no way to live, sent to their ancestors, kicked into the ditch
re:\b(gặp|thấy|gap|thay)( \S+){1,5} (ở đâu|chỗ nào|o dau|cho nao) (là )?(tao |tôi |tui |t |bố |tụi tao |anh em tao |la )?(đánh|đập|giết|chém|đấm|xử|bắn|đâm|danh|dap|giet|chem|dam|xu|ban) (ở đó|đó|chỗ đó|ngay|luôn|o do|do|luon)\b | pred:threat | 0.9 | threat_violence
re:\b(sẽ|se|đi|sắp|qua|tới|đến|sang) (đốt|thiêu|phóng hỏa|phóng hoả|dot|thieu|châm lửa|đập phá|dap pha) (cái |nhà |hết |sạch |cai |nha |het )?(xóm|nhà|khu|nhà thờ|chùa|đền|thánh đường|quán|tiệm|trại|làng|xom|nha|khu|lang)\b | pred:threat | 0.9 | threat_violence
re:\b(xăng|xang|bom xăng|bom xang|lựu đạn|luu dan|súng|mã tấu|ma tau|axit|a xít)( \S+){0,2} (chuẩn bị|chuan bi|sẵn sàng|san sang|sẵn|có sẵn|mài sẵn)( rồi| roi| sẵn)?\b | pred:threat | 0.85 | threat_violence
re:\b(cứ )?(cu )?(đếm ngược|dem nguoc)( đi| di)\b | pred:threat | 0.75 | threat_violence
re:\b(tao|bố|tụi tao|bọn tao|anh em tao|toa) (sẽ |se )?(xử|xu|giết|giet|diệt|diet|thịt|thit) (hết|het|sạch|sach|tất|tuốt)\b | pred:threat | 0.9 | threat_violence
re:\b(tôi|tui|t) (sẽ |se )?(giết|giet|diệt|diet|thịt|thit) (hết|het|sạch|sach|tất|tuốt)\b | pred:threat | 0.9 | threat_violence
re:\b(tao|bố|tụi tao|bọn tao) (đã )?(nhớ|nho) (mặt|mat|rõ mặt|ro mat)\b | pred:threat | 0.75 | threat_violence
re:\b(rồi|thì|là|roi|thi|la|sẽ|se) (biết tay|biet tay)\b | pred:threat | 0.85 | threat_violence
re:\b(dần|đánh|đập|đấm|đạp|táng|xử|danh|dap|dam|dan|tang) (cho )?(từng đứa |từng thằng |tung dua |cả lũ )?(không đứng dậy nổi|không dậy nổi|không ngóc đầu lên nổi|khong dung day noi|nằm viện|ra bã|nhừ tử|thừa sống thiếu chết|tàn phế|khong day noi)\b | pred:threat | 0.9 | threat_violence
re:\b(hết đường sống|het duong song|không còn đường sống|khong con duong song|sống không bằng chết|song khong bang chet)\b | pred:threat | 0.85 | threat_violence
re:\b(cứ chờ xem|cu cho xem|cứ đợi đấy|cu doi day|chờ đấy|đợi đấy|doi day|cứ chờ đấy|để rồi xem|de roi xem)\b | pred:threat | 0.7 | threat_violence
re:\b(tiễn|cho|bắt|gửi|đưa|tien|bat|gui|dua)( \S+){0,6} (về|đi|ve|di) (chầu|chau) (ông bà|ong ba|diêm vương|diem vuong|trời|tổ tiên|ông vải|ong vai|tiên tổ)\b | pred:threat | 0.9 | threat_violence
re:\b(tiễn|tien)( \S+){0,6} (về chầu|lên đường|xuống lỗ|xuống địa ngục|về trời|về nơi chín suối|ra nghĩa địa|ve chau|len duong|xuong lo)\b | pred:threat | 0.9 | threat_violence
re:\bmuốn (đạp|đá|đấm|tát|đập|vả|xô|đẩy|ném|quăng|dap|da|dam|tat) (xuống|vào|xuong|vao) (mương|sông|cống|hố|ao|biển|vực|hồ|muong|song|cong|ho|ao|bien)\b | pred:threat | 0.95 | threat_violence
re:\bmuon (dap|da|dam|tat|day|nem|quang) (xuong|vao) (muong|song|cong|ho|ao|bien)\b | pred:threat | 0.95 | threat_violence

# ---- harassment at a named person: shameless, the trash of the class, born a burden, slapped crooked, "you good-for-nothing"
re:\b(mặt dày|mat day|trơ trẽn|tro tren|mặt mo|mat mo) (vô liêm sỉ|vo liem si|không biết nhục|khong biet nhuc|mày dạn|trơ trẽn|hết chỗ nói|không biết ngượng|khong biet nguong)\b | harassment | 0.8 | insult_at_person
re:\b(cục|đồ|thứ|cuc|do|thu) (rác|rac|rác rưởi|rac ruoi|nợ|no|nhục|nhuc)( \S+){0,2} (của|cua) (cả |ca )?(khóa|khoá|lớp|trường|công ty|xóm|nhà|họ|gia đình|nhóm|team|khoa|lop|truong|cong ty|xom)\b | harassment | 0.8 | insult_at_person
re:\b(sinh ra|đẻ ra|sinh ra đời|sinh ra trên đời|sinh ra để|sinh ra chi|de ra|sinh ra de) (làm |là |chỉ để làm |để làm |lam |la )?(gánh nặng|ganh nang|cục nợ|cuc no|của nợ|cua no|kẻ ăn hại|đồ ăn hại|do an hai|rác|rac|nỗi nhục|noi nhuc)\b | harassment | 0.8 | insult_at_person
re:\b(tát|vả|đấm|đập|táng|đạp|tat|va|dam|dap|tang) cho (lệch mặt|lệch hàm|méo mặt|sưng mặt|vỡ mồm|rụng răng|gãy răng|hộc máu|lech mat|meo mat|sung mat|vo mom|rung rang)\b | harassment | 0.85 | threat_violence | severe
re:\b(mày|may|mi|mầy|m) (là|la) (đồ|do|thứ|thu|loại|loai|con|thằng|thang) (ăn hại|an hai|vô dụng|vo dung|rác rưởi|rac ruoi|ăn bám|an bam|bỏ đi|bo di|phế thải|phe thai)\b | harassment | 0.8 | insult_at_person

# ---- allow: the "I'm not discriminating, it's just…" disclaimer is no counter-speech
re:\bkhông (phân biệt|kỳ thị|kì thị) (gì )?(đâu|nha|nhé|đâu nha|cả),? (chỉ là|chỉ|nhưng|mà)\b | allow
re:\bkhong (phan biet|ky thi|ki thi) (gi )?(dau|nha|nhe|ca),? (chi la|chi|nhung|ma)\b | allow
# ---- ctx:denial: "pretend they are equals" (denies a worth only)
re:\b(giả vờ|giả bộ|vờ như|giả đò|gia vo|gia bo)( như| là| nhu| la)?\b | ctx:denial

# ---- clause-spanning frames that name the group inside them (a predicate in the next clause pairs only weakly):
# "whoever likes X go ahead, but me…", "everywhere I run into X, so annoying", "letting X work is fine, but…"
re:\bai (thương|ưa|thích|yêu|chịu|chấp nhận|chơi với|thuong|ua|thich)( được| nổi| duoc| noi)?( \S+){1,7} thì (cứ|cứ việc|cứ mà|cu)( \S+){0,3},? chứ (tôi|mình|tao|tui|t|em|anh|tớ|minh)\b | pred:emotion | 0.85 | hate_emotion_group
re:\bđi đâu cũng (đụng|gặp|thấy|đụng phải|gặp phải|đụng mặt|chạm mặt) (người|dân|bọn|lũ|tụi|mấy|đám|phụ nữ|đàn bà|con|thằng|mọi|khựa|bê đê|pê đê|gay|les)( \S+){0,6},? (bực|bực mình|chán|mệt|tức|khó chịu|ngứa mắt|phát ngán|ngán|ớn|phát bực|điên)\b | pred:emotion | 0.9 | hate_emotion_group
re:\bdi dau cung (dung|gap|thay) (nguoi|dan|bon|lu|tui|may|dam|phu nu|dan ba|gay|les)( \S+){0,6},? (buc|buc minh|chan|met|tuc|kho chiu|ngua mat|ngan)\b | pred:emotion | 0.9 | hate_emotion_group
re:\bcho( \S+){1,7} (vào làm|làm việc|vào làm việc|đi làm|vao lam|lam viec)( thì| thi)? (được|cũng được|duoc|cung duoc)[^.!?\n]{0,25} (nhưng|nhung)( \S+){0,6} (về khu|về chỗ|về xóm|về trại|ở riêng|tránh xa|không được|ve khu|khong duoc)\b | pred:exclude | 0.85 | exclusion_group
re:\b(không|ko|khong|cấm|đéo|chẳng|chang) cho( \S+){1,8} (thuê phòng|thuê nhà|thuê trọ|ở trọ|vào nhà|vào quán|vào làm|thue phong|thue nha|thue tro|vao nha|vao lam)\b | pred:exclude | 0.85 | exclusion_group
re:\b(giả vờ|giả bộ|vờ như|giả đò|gia vo|gia bo)( như| là| nhu| la)?( \S+){0,5} (cũng là|cung la)\b | ctx:denial

# ---- grp:other: office workers and salespeople (not protected: abuse of them is harassment)
dân văn phòng              | grp:other
dân công sở                | grp:other
nhân viên văn phòng        | grp:other
dân sale                   | grp:other
dan van phong              | grp:other
dan cong so                | grp:other
# ---- pred:attribute: greedy for money
re:\b(tham tiền|hám tiền|hám của|tham tien|ham tien)\b | pred:attribute | 0.9 | negative_attribute_group
# ---- allow: "let them raise / lead / marry …? No way" is a refusal, not the rebuttal "X are lazy? No way" (keeps the
# round-2 counter entry from cancelling the exclusion)
re:\b(nuôi|dạy|trông|chăm|giữ|lãnh đạo|cai quản|làm sếp|làm thầy|dạy học|bầu|lấy|cưới|ở chung|sống chung|thuê|nuoi|day|lay|cuoi)( \S+){0,2} (á|à|hả|ư|ha|a)\? (không đời nào|còn lâu|khong doi nao|con lau) | allow
# ---- pred:dehumanise: "lazy as a leper / filthy as a pig" likenesses
re:\b(lười|bẩn|ngu|dơ|hôi|dốt|tham|luoi|ban|do|hoi|dot) như (hủi|chó|heo|lợn|trâu|bò|khỉ|chuột|gián|dòi|giòi|hui|cho|lon|trau|bo|khi|chuot|gian)\b | pred:dehumanise | 0.85 | dehumanising_group

# ======================================================================
# Fourth round: families written from the misses of tests/tuning_suites_d
# ======================================================================

# ---- pred:threat: veiled warnings (accidents happen, watch your back, don't walk home alone, I know where you live)
re:\b(tai nạn|tai nan|chuyện gì|chuyen gi|bất trắc|bat trac|chuyện không hay|xui xẻo|xui xeo)( \S+){0,3} (xảy ra|xay ra|ập tới|ập đến|ap toi|đến|tới)( \S+){0,3} (lúc nào|khi nào|luc nao|khi nao|bất cứ lúc nào|bat cu luc nao)( \S+){0,2}( không hay| chẳng hay| ai biết| khong hay| không biết| khong biet| đâu biết)?\b | pred:threat | 0.95 | threat_violence
re:\b(ra đường|đi đường|ra ngoài|đi đêm|ra duong|di duong|di dem)( thì| thi)?( nhớ| nên| phải| liệu| nho| nen| phai)? (nhìn trước nhìn sau|nhìn trước ngó sau|coi chừng cái mạng|giữ cái mạng|cẩn thận cái mạng|coi chừng cái thân|liệu hồn|nhin truoc nhin sau|coi chung cai mang|lieu hon)\b | pred:threat | 0.95 | threat_violence
re:\b(coi chừng|cẩn thận|giữ|liệu mà giữ|coi chung|can than|giu) (cái mạng|cái thân|mạng|cái mạng chó|cai mang|cai than)( \S+){0,2}( đấy| đó| nhé| nha| day| do)\b | pred:threat | 0.85 | threat_violence
re:\b(không thì|ko thì|k thì|bằng không|nếu không thì|không là|khong thi|ko thi|bang khong)( \S+){0,4} (đừng có|đừng|dung co|dung) (về nhà|ra đường|đi đêm|ra ngoài|đi làm|đi học|ve nha|ra duong|di dem|ra ngoai)\b | pred:threat | 0.85 | threat_violence
re:\b(tao|bố|tụi tao|bọn tao|anh em tao|bố mày|tau|bo may)( đã| da)? (biết|biet|tìm ra|tìm được|tim ra|tim duoc) (nhà|địa chỉ|chỗ ở|chỗ làm|nha|dia chi|cho o)( \S+){0,3} (ở )?(o )?(hẻm|ngõ|ngách|đường|phố|phường|khu|chỗ|xóm|tầng|hem|ngo|ngach|duong|pho|phuong|xom) (nào|nao)( rồi| roi)\b | pred:threat | 0.85 | threat_violence
re:\b(xem|coi|để xem|de xem)( thử)? (đứa|thằng|con|ai|dua|thang) (nào|nao) (chạy kịp|chạy thoát|chạy được|thoát được|sống sót|còn sống|chay kip|chay thoat|thoat duoc|song sot)\b | pred:threat | 0.9 | threat_violence

# ---- pred:threat: bringing fuel, weapons or "tools" over, mobs gathering, smashing their homes, stones at heads
re:\b(mang|cầm|vác|xách|đem|sắm|chuẩn bị|cam|vac|xach|dem|chuan bi)( theo| sẵn| san)? (can xăng|bình xăng|xăng|dầu hoả|dầu hỏa|dầu lửa|bom xăng|mã tấu|dao phay|gậy gộc|hung khí|axit|a xít|súng|lựu đạn|can xang|binh xang|xang|dau hoa|dau lua|bom xang|ma tau|hung khi|luu dan)( \S+){0,4} (qua|sang|tới|đến|vào|lại|xuống|ra|sang|toi|den|vao|xuong)\b | pred:threat | 0.85 | threat_violence
re:\b(nhớ|nho|nhớ mà|nhớ là)( mang| cầm| đem| cam| dem)? (theo )?(dầu hoả|dầu hỏa|dầu lửa|can xăng|bom xăng|mã tấu|hung khí|axit|a xít|gậy gộc|dau hoa|dau lua|can xang|bom xang|ma tau|hung khi)\b | pred:threat | 0.9 | threat_violence
re:\b(kéo nhau|kéo quân|kéo cả hội|kéo anh em|kéo hội|gom người|gom quân|tập hợp anh em|huy động anh em|keo nhau|keo quan|gom nguoi|gom quan)( \S+){0,4} (đập|xử đẹp|xử lý|phá|đốt|dằn mặt|dạy cho|dạy dỗ|hỏi thăm|quậy|xiên|chém|đánh hội đồng|đánh cho|dap|xu dep|pha|dot|dan mat|day cho|chem)\b | pred:threat | 0.95 | threat_violence
re:\b(đập nát|đập phá|đập tan|phá nát|phá tan|đốt trụi|đốt sạch|san bằng|san phẳng|dap nat|dap pha|pha nat|dot trui|san bang)( \S+){0,2} (nhà|chỗ|quán|xóm|tiệm|khu|nhà cửa|cửa hàng|nơi|ổ|nha|cho|quan|xom|tiem|noi)\b | pred:threat | 0.85 | threat_violence
re:\bcho (tụi nó|chúng nó|bọn nó|tụi mày|chúng mày|bọn mày|tui no|chung no|bon no) (biết mặt|biết tay|biết thân|chừa|biet mat|biet tay|biet than)\b | pred:threat | 0.8 | threat_violence
re:\b(ở|o|đánh|đập|xử|danh|dap|xu) cho (biết mặt|biết tay|biết thân|biet mat|biet tay|biet than)\b | pred:threat | 0.8 | threat_violence
re:\bdạy cho( \S+){1,5} (một|1|mot) (bài học|trận|bai hoc|tran)( nhớ đời| ra trò| đích đáng| nho doi)?\b | pred:threat | 0.85 | threat_violence
re:\bday cho( \S+){1,5} (mot|1) (bai hoc|tran)\b | pred:threat | 0.85 | threat_violence
re:\b(ném|chọi|liệng|phang|nem|choi|lieng)( đá| gạch| chai| cục đá| da| gach| chai)? (vô|vào|vao|vo|trúng|trung) (đầu|mặt|mồm|dau|mat)\b | pred:threat | 0.9 | threat_violence
re:\b(ném|chọi|liệng|nem|choi|lieng) (đá|gạch|chai|mắm tôm|sơn|da|gach)( \S+){0,2} (vỡ|bể|vô|vào|vo|be|vao) (kính|cửa|nhà|kinh|cua|nha)\b | pred:threat | 0.85 | threat_violence
re:\b(lần sau|lan sau|lần tới|lan toi|lần này|lan nay)( là| thì| la| thi)? (ném|chọi|đập|đâm|chém|bắn|đốt|đánh|nem|choi|dap|dam|chem|ban|dot|danh) (vô|vào|vao|vo)? ?(đầu|người|mặt|dau|nguoi|mat|tụi nó|chúng nó|tui no)\b | pred:threat | 0.9 | threat_violence

# ---- pred:threat: quoted euphemisms for attacks ("hỏi thăm", "ghé thăm", "dọn dẹp") and coffins
re:["'“‘](hỏi thăm|ghé thăm|thăm hỏi|viếng thăm|chào hỏi|thăm|nói chuyện|làm việc|dọn dẹp|xử lý|hoi tham|ghe tham|tham hoi|vieng tham|xu ly|don dep)["'”’] \S+ | pred:threat | 0.85 | threat_violence
re:\b(trong|vào|nằm|vô|bằng|trong cái|nằm trong|trong|vao|nam|vo|bang) (thùng gỗ|hòm gỗ|quan tài|áo quan|túi đựng xác|bao xác|thung go|hom go|quan tai|ao quan|tui dung xac)\b | pred:threat | 0.85 | threat_violence

# ---- pred:violence: bullets, violence as the only "cure", dealt with in silence, cleaned out, camps
re:\b(một|1|mot|vài|vai|mấy|may) (viên đạn|phát đạn|phát súng|viên kẹo đồng|vien dan|phat dan|phat sung|vien keo dong)\b | pred:violence | 0.85 | violence_group
re:\b(ăn|xơi|nhận|tặng|cho|an|xoi|nhan|tang) (kẹo đồng|đạn|keo dong)\b | pred:violence | 0.85 | violence_group
re:\b(bạo lực|đòn roi|nắm đấm|dùi cui|roi vọt|gậy gộc|bao luc|don roi|nam dam|dui cui)( mà| thì| để| ma| thi| de)? (trị|xử|dạy|dạy dỗ|tri|xu|day)\b | pred:violence | 0.85 | violence_group
re:\b(cứ|phải|chỉ có|cu|phai|chi co) (đánh|đập|bạo lực|đấm|danh|dap|bao luc) (mới|mà|cho|thì|moi|ma) (trị|sợ|chừa|biết điều|nghe|tri|so|chua)\b | pred:violence | 0.85 | violence_group
re:\b(không cần|khỏi cần|chẳng cần|khong can|khoi can) (luật lệ|pháp luật|xét xử|tòa án|toà án|ra tòa|ra toà|luật|luat le|phap luat|xet xu|toa an)( gì| gi)?\b | pred:violence | 0.75 | violence_group
re:\b(xử lý|xử|thủ tiêu|giải quyết|dọn|khử|xu ly|thu tieu|giai quyet) (trong im lặng|âm thầm|lặng lẽ|trong bóng tối|không để lại dấu vết|trong im lang|am tham|lang le)\b | pred:violence | 0.85 | violence_group
re:\b(xứng đáng|đáng|xung dang|dang) (bị|bi)( \S+){0,3} (xử lý|thủ tiêu|trừ khử|tiêu diệt|xử tử|xử bắn|hành quyết|xử đẹp|xu ly|thu tieu|tru khu|tieu diet|xu tu|xu ban)\b | pred:violence | 0.85 | violence_group
re:\b(đứng ra|ra tay|dung ra) (dọn dẹp|dọn|xử lý|xử|xử đẹp|trừ khử|thanh lọc|làm sạch|giải quyết|tiêu diệt|don dep|xu ly|thanh loc|tru khu)\b | pred:violence | 0.85 | violence_group
re:\b(dọn dẹp|dọn sạch|làm sạch|quét sạch|thanh lọc|don dep|don sach|lam sach|quet sach|thanh loc)( \S+){1,6} (cho sạch|cho sach|cho sạch sẽ|cho trong sạch)\b | pred:violence | 0.85 | violence_group
re:\b(đưa|tống|nhốt|bắt|lùa|cho|gom|đày|gửi|dua|tong|nhot|bat|lua|day|gui)( \S+){0,5} (đi|vào|vô|di|vao|vo) (trại cải tạo|trại tập trung|trại giam|trại lao động|trai cai tao|trai tap trung|trai giam)\b | pred:violence | 0.85 | violence_group

# ---- harassment at a named person: veiled threats (or else don't walk home alone, I know which alley you live in)
re:\b(không thì|ko thì|k thì|bằng không|nếu không thì|không là|khong thi|ko thi|bang khong)( \S+){0,4} (đừng có|đừng|dung co|dung) (về nhà|ra đường|đi đêm|ra ngoài|đi làm|đi học|ve nha|ra duong|di dem|ra ngoai)\b | harassment | 0.85 | threat_violence | severe
re:\b(tao|bố|tụi tao|bọn tao|anh em tao|bố mày|tau|bo may)( đã| da)? (biết|biet|tìm ra|tìm được|tim ra|tim duoc) (nhà|địa chỉ|chỗ ở|chỗ làm|nha|dia chi|cho o)( \S+){0,3} (ở )?(o )?(hẻm|ngõ|ngách|đường|phố|phường|khu|chỗ|xóm|tầng|hem|ngo|ngach|duong|pho|phuong|xom) (nào|nao)( rồi| roi)\b | harassment | 0.85 | threat_violence | severe
# ---- harassment at a named person: swindler, cheat, welsher
re:\blà (đứa|kẻ|thằng|con|tên|một đứa|một thằng|một kẻ|dua|ke|thang|ten) (lừa đảo|ăn quỵt|quỵt tiền|lừa lọc|bịp bợm|lươn lẹo|phản bạn|ăn cắp|trộm cắp|lua dao|an quyt|quyt tien|an cap)\b | harassment | 0.8 | insult_at_person
re:\b(ăn quỵt|quỵt|ăn chặn|lừa|an quyt|quyt) (tiền|tien)( của)? (anh em|bạn bè|mọi người|cả xóm|cả lớp|anh em|ban be|moi nguoi)( \S+){0,2} (rồi )?(trốn|bỏ trốn|chạy|trốn biệt|lặn|tron|chay)\b | harassment | 0.8 | insult_at_person
# ---- harassment at a named person: face likened to a stale bun, a tray, a pig
re:\b(mặt|cái mặt|bản mặt|mat|cai mat|ban mat)( \S+){0,2} (như|nhu|y như|giống|giong|y chang) (cái |con |cai )?(bánh bao chiều|bánh bao|mẹt|mâm|đít khỉ|lợn|heo|chó|khỉ|quỷ|thớt|bánh đa|cái bô|banh bao chieu|banh bao|met|mam|dit khi|lon|heo|cho|khi|quy)\b | harassment | 0.8 | insult_at_person

# ---- grp:other: multi-level-marketing sellers (not protected: abuse of them is harassment)
dân đa cấp                 | grp:other
bọn đa cấp                 | grp:other
lũ đa cấp                  | grp:other
tụi đa cấp                 | grp:other
dân bán hàng đa cấp        | grp:other
người làm đa cấp           | grp:other
dan da cap                 | grp:other
bon da cap                 | grp:other

# ---- pred:dehumanise: "no different from a swarm of roaches", swarming, herds of cattle, vermin of society, "less than a dog"
re:\b(chẳng|không|chả|cha|khong|ko) (khác gì|khác nào|khac gi|khac nao) (một )?(mot )?(lũ|bọn|đám|bầy|đàn|mấy con|lu|bon|dam|bay|dan) (gián|chuột|chó|lợn|heo|khỉ|giòi|dòi|sâu bọ|ruồi|muỗi|kiến|rận|bọ chét|ký sinh trùng|kí sinh trùng|súc vật|thú vật|gia súc|cầm thú|đỉa|rệp|gian|chuot|cho|lon|heo|khi|gioi|sau bo|ruoi|suc vat|gia suc)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(nhung nhúc|lúc nhúc|đông như kiến|đông như giòi|đông như ruồi|đẻ như chuột|đẻ như thỏ|đẻ như heo|đẻ như lợn|đẻ như gà|nhung nhuc|luc nhuc|dong nhu kien|de nhu chuot|de nhu tho|de nhu heo)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(sống|ăn ở|song|an o)( \S+){0,1} (như|y như|chẳng khác gì|nhu) (một )?(mot )?(bầy|đàn|lũ|bay|dan|lu) (gia súc|súc vật|thú|thú vật|cầm thú|dã thú|lợn|heo|chó|khỉ|chuột|gián|trâu bò|gia suc|suc vat|thu vat|cam thu|lon|heo|cho|khi|chuot)\b | pred:dehumanise | 0.95 | dehumanising_group
re:\b(sâu mọt|sau mot|mọt của xã hội|ung nhọt|ung nhot|khối u|cái ung nhọt|bệnh hoạn của xã hội|cặn bã|can ba của)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(con chó|con mèo|con lợn|con heo|con gà|con chó nhà tôi|con cho|con meo|con lon|con heo)( \S+){0,3} (còn|cũng còn|con) (biết|sạch|khôn|thông minh|văn minh|ngoan|biet|sach|khon)( \S+){0,4} (hơn|hon)\b | pred:dehumanise | 0.85 | dehumanising_group
chó má                     | pred:dehumanise | 0.8 | dehumanising_group

# ---- pred:attribute: barbaric, talking to a wall, failures, traitors, criminal genes, freeloaders, clowns, shameless, lazy to the bone
re:\bman di( lắm| quá| thật| vãi| vl| mọi rợ| như| hết chỗ nói| thế| vậy)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bọn|lũ|đồ|quân|giống|loài|tụi|đám|bon|lu|do|quan|giong|loai) man di\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(như|nhu) (nói với đầu gối|nói với cục đá|nói với bức tường|nước đổ đầu vịt|nước đổ lá khoai|đàn gảy tai trâu|noi voi dau goi|nuoc do dau vit|dan gay tai trau)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(kẻ|đồ|lũ|bọn|những kẻ|loại|quân|ke|do|lu|bon|nhung ke|loai) (thất bại|thua cuộc|vô dụng|bất tài|hèn hạ|hèn nhát|đê tiện|that bai|thua cuoc|vo dung|bat tai|hen ha|de tien)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(thất bại thảm hại|that bai tham hai|thảm hại|tham hai)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(quân|lũ|bọn|đồ|loại|phường|quan|lu|bon|do|loai|phuong) (phản trắc|phản bội|bán nước|phản quốc|bất nhân|vô ơn|vong ân bội nghĩa|trộm cướp|lừa lọc|phan trac|phan boi|ban nuoc|phan quoc|bat nhan|vo on)\b | pred:attribute | 0.85 | negative_attribute_group
phản trắc                  | pred:attribute | 0.8 | negative_attribute_group
phan trac                  | pred:attribute | 0.8 | negative_attribute_group
re:\b(có |co )?(gen|gien|gene|máu|dòng máu|bản năng|mau) (tội phạm|tội ác|trộm cắp|ăn trộm|lừa đảo|bạo lực|giết người|côn đồ|toi pham|toi ac|trom cap|an trom|lua dao|bao luc|giet nguoi|con do)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(nuôi báo cô|nuôi ăn bám|còng lưng nuôi|cong lưng nuôi|nuôi không công|nuoi bao co|cong lung nuoi)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(làm|diễn|lam|dien) (trò hề|trò cười|tro he|tro cuoi|trò khỉ|tro khi)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(không|ko|chẳng|đéo|khong|deo|chang|chả) (biết|biet) (nhục|xấu hổ|ngượng|liêm sỉ|nhuc|xau ho|nguong|liem si)( à| hả| ư| sao| a| ha| là gì| la gi)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(lười|luoi) (chảy thây|thối thây|chảy thây ra|thối xác|nhác|như gián|như chó|như heo|như lợn|chay thay|thoi thay|nhac)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(chẳng|không|chả|ko|đéo|khong|chang|cha|deo|vô|vo)( được| làm được| duoc)? (tích sự|tich su)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(dè chừng|đề phòng|canh chừng|de chung|de phong|canh chung)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(chỉ giỏi|chỉ biết|chuyên|chỉ có|chi gioi|chi biet|chuyen) (phá hoại|phá|phá phách|gây rối|gây hại|phá hoại thôi|pha hoai|pha phach|gay roi)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(ngu|dốt|đần|ngu si|ngu học)( thế| vậy| thế nhỉ| vậy trời| thế không biết)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(não|óc|nao|oc) (để trưng|để làm cảnh|để trang trí|để trưng bày|de trung|de lam canh|de trang tri)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:worth: value (counts only when denied: "never of any value to society")
giá trị                    | pred:worth | 0.8 | negative_attribute_group
gia tri                    | pred:worth | 0.8 | negative_attribute_group

# ---- pred:emotion: driving me mad, the more I look the more I hate, enough of tolerating them, wanting to vomit
re:\b(làm|khiến|lam|khien) (t|tôi|tao|mình|tui|em|toi|minh)( \S+){0,1} (phát điên|phát khùng|điên tiết|điên máu|sôi máu|tức điên|phát ói|phát tởm|phát ghét|phat dien|phat khung|dien tiet|soi mau|tuc dien)\b | pred:emotion | 0.85 | hate_emotion_group
re:\bcàng (nhìn|thấy|nghĩ|nghe|gặp|nhin|thay|nghi) càng (căm|ghét|tởm|ghê|ghê tởm|ngứa mắt|bực|khinh|cam|ghet|tom|ghe|ngua mat|khinh)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(chịu đựng|nhịn|chịu|chiu dung|nhin)( \S+){0,4} (đủ lâu|quá lâu|đủ rồi|lâu lắm rồi|du lau|qua lau|du roi)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(muốn nôn|muốn mửa|mắc ói|muon non|muon mua|mac oi)\b | pred:emotion | 0.8 | hate_emotion_group

# ---- pred:exclude: never welcome, isolated from the community, chased out, keep to their quarter, don't befriend, don't hire
re:\b(không|ko|chẳng|đéo|khong|chang|deo)( bao giờ| bao gio| hề| he)? (chào đón|hoan nghênh|tiếp đón|đón tiếp|chứa chấp|chao don|hoan nghenh|tiep don|don tiep|chua chap)\b | pred:exclude | 0.85 | exclusion_group
re:\b(cách ly|cách li|tách|tách biệt|loại|loại bỏ|đuổi|gạt|cô lập|trục xuất|cach ly|cach li|tach biet|loai bo|duoi|co lap|truc xuat)( \S+){0,2} (khỏi|ra khỏi|khoi|ra khoi) (cộng đồng|xã hội|đất nước|thành phố|khu phố|xóm|trường|lớp|công ty|làng|cong dong|xa hoi|dat nuoc|thanh pho|khu pho|xom|truong|lop|cong ty)\b | pred:exclude | 0.85 | exclusion_group
re:\b(đáng|nên|phải|dang|nen|phai) (bị )?(bi )?(cách ly|cách li|cô lập|tẩy chay|loại bỏ|trục xuất|xua đuổi|ruồng bỏ|cach ly|co lap|tay chay|loai bo|truc xuat|xua duoi)\b | pred:exclude | 0.85 | exclusion_group
re:\b(đuổi|tống|tống cổ|đuổi cổ|duoi)( hết| sạch| het| sach)? (chúng|chúng nó|tụi nó|bọn nó|họ|bọn họ|lũ đó|bọn đó|chung no|tui no|bon no)( đi| ra| về| khỏi| di| ve| khoi)\b | pred:exclude | 0.85 | exclusion_group
re:\btìm cách (đuổi|tống|xua|loại|trừ khử|tống khứ|tống cổ|duoi|tong|loai)\b | pred:exclude | 0.85 | exclusion_group
re:\btim cach (duoi|tong|xua|loai)\b | pred:exclude | 0.85 | exclusion_group
re:\b(ở yên|ở im|ru rú|o yen|o im)( \S+){0,2} (trong|ở|o) (khu|xóm|nhà|chỗ|ổ|khu vực|làng|xom|nha|cho|lang) (của )?(cua )?(tụi nó|chúng nó|bọn nó|họ|mình|tui no|chung no|bon no|ho)\b | pred:exclude | 0.85 | exclusion_group
re:\bra đường (chi|làm gì|làm chi|để làm gì)( \S+){0,2} (cho )?(người ta|thiên hạ|mọi người) (khó chịu|ngứa mắt|chướng mắt|sợ|ghê|bực)\b | pred:exclude | 0.85 | exclusion_group
re:\b(đừng|đừng có|dung|dung co|cấm|không được|khong duoc) (thân|chơi|kết bạn|yêu|lấy|cưới|quen|dây dưa|dính dáng|dính líu|qua lại|làm bạn|than|choi|ket ban|yeu|lay|cuoi|day dua|dinh dang) (với|voi)\b | pred:exclude | 0.85 | exclusion_group
re:\b(đừng|đừng có|dung|dung co|cấm) (nhận|tuyển|thuê|cho thuê|mướn|nhan|tuyen|thue|cho thue|muon)\b | pred:exclude | 0.85 | exclusion_group
re:\b(yêu cầu|điều kiện|tiêu chí|yeu cau|dieu kien|tieu chi):( \S+){0,12} (không phải|không nhận|không tuyển|khong phai|khong nhan|khong tuyen)\b | pred:exclude | 0.85 | exclusion_group
re:\bcho( \S+){1,5} (đi bầu|bầu cử|đi học|đi làm|lãnh đạo|làm chủ|ứng cử|nắm quyền|lái xe|làm lãnh đạo|di bau|bau cu|di hoc|lanh dao)( \S+){0,2} (là|la) (sai lầm|thảm họa|thảm hoạ|sai|sai lam|tham hoa)\b | pred:exclude | 0.85 | exclusion_group
re:\b(mà|cũng|lại|ma|cung)( cũng)? (đòi|doi) ["'“]?(bình đẳng|nhân quyền|quyền lợi|tôn trọng|quyền|binh dang|nhan quyen|quyen loi|ton trong)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:attribute: implied stereotypes that recur: "who knows what disease they carry", a nest of snakes, smells, thefts traced to them,
# "even after months they can't do it", "X smart? No way"
re:\b(ai biết|biết đâu|ai mà biết|ai biet|biet dau)( được| duoc)? (mang|có|bị|nhiễm|lây|mang theo|co|bi|nhiem|lay) (bệnh|bệnh gì|benh|mầm bệnh)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(nuôi ong tay áo|nuôi rắn trong nhà|cõng rắn cắn gà nhà|rước rắn vào nhà|rước voi giày mả tổ|nuoi ong tay ao|cong ran can ga nha)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(quay lại|quay ra|trở lại|quay lai|quay ra) (cắn|đâm|hại|phản|can|dam|hai|phan) (mình|chủ|người nuôi|minh|chu)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(ám mùi|bốc mùi|hôi rình|hôi hám|hôi thối|hôi như cú|am mui|boc mui|hoi rinh|hoi ham|hoi thoi)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bvụ (mất|trộm|cướp|móc túi|lừa|đánh nhau|mat|trom|cuop)( \S+){0,6} (đều |cũng |toàn |deu |cung )?(có )?(co )?(dính tới|dính đến|dính líu|liên quan tới|liên quan đến|là do|dinh toi|dinh den|lien quan)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(vẫn|van) (không|chẳng|ko|khong|chang) (làm nổi|làm được|làm nên|nên hồn|ra hồn|lam noi|lam duoc)\b | pred:attribute | 0.95 | negative_attribute_group
re:\bmà (thông minh|tử tế|tốt|giỏi|trung thực|đàng hoàng|sạch sẽ|văn minh|lương thiện|có học|biết điều|chăm chỉ|tài giỏi|đáng tin|có văn hóa|có văn hoá|thong minh|tu te|tot|gioi|trung thuc)( được| nổi)?( á| à| hả| ư| a| ha)?\?\s*(không đời nào|còn lâu|mơ đi|nằm mơ|quên đi|đừng hòng|làm gì có|khong doi nao|con lau|mo di) | pred:attribute | 0.85 | negative_attribute_group
re:\bmà (thông minh|tử tế|tốt|giỏi|trung thực|đàng hoàng|sạch sẽ|văn minh|lương thiện|có học|biết điều|chăm chỉ|tài giỏi|đáng tin|có văn hóa|có văn hoá|thong minh|tu te|tot|gioi|trung thuc)( được| nổi)?( á| à| hả| ư| a| ha)?\?\s*(không đời nào|còn lâu|mơ đi|nằm mơ|quên đi|đừng hòng|làm gì có|khong doi nao|con lau|mo di) | allow

# ---- pred:violence / pred:threat: sinking the boat, a beating, making them pay
re:\b(đánh chìm|nhấn chìm|đánh đắm|cho chìm|đục thủng|danh chim|nhan chim|danh dam)\b | pred:violence | 0.85 | violence_group
re:\b(tống|lùa|dồn|gom|nhét|xua|đẩy|tong|lua|don|nhet)( hết| sạch| het| sach)?( \S+){0,4} (lên|xuống|len|xuong) (một |mot |1 )(con |chiếc |cái |chiec )?(thuyền|tàu|bè|ghe|xuồng|thuyen|tau|ghe)\b | pred:violence | 0.85 | violence_group
re:\b(đánh|đập|dần|táng|đấm|nện|tẩn|danh|dap|dan|tang|nen|tan) cho (một|1|mot) (trận|tran)\b | pred:violence | 0.85 | violence_group
re:\b(bắt|khiến|cho|bat|khien)( \S+){0,2} (trả giá|tra gia|đền tội|den toi|trả nợ máu|tra no mau)\b | pred:threat | 0.85 | threat_violence

# ---- grp:pronoun: "those who …" pointing back to the group named before
re:\bnhững (kẻ|đứa|thằng|tên|con người) (mà|đó|này|ấy|như vậy|như thế)\b | grp:pronoun

# ---- slurs: "lại cái" read as people after a person classifier or as a predicate noun
re:\b(đứa|con|mấy con|mấy đứa|những đứa|thứ|loại|dân|hội|đám) lại cái\b | hate | 0.75 | slur_group
re:\blà lại cái (đó|đấy|rồi|mà|à|thôi|chính hiệu|chứ gì)\b | hate | 0.75 | slur_group
re:\blại cái (thì|thi) (mãi|mãi mãi|vẫn|muôn đời|suốt đời|trước sau) (là|la|vẫn là) lại cái\b | hate | 0.75 | slur_group

# ---- ctx:people / ctx:people_after: "more X than people", "that X joining the group", "one look and you know (he's) X"
re:(nhiều|đông|nhieu|dong) (hơn|hon) (người|dân|nguoi|dan)\b | ctx:people_after
re:(nhiều|đông|nhieu|dong) (như|nhu) (kiến|nấm|quân nguyên|ruồi|kien|nam)\b | ctx:people_after
re:(đó|này|kia|ấy) (vào|vô) (group|nhóm|hội|page|fanpage|lớp)\b | ctx:people_after
re:\b(nhìn|trông|nghe|nhin|trong)( \S+){0,4} (là|la) (biết|biet)( ngay| liền| ngay là| ngay la)?\b | ctx:people

# ---- ctx:ingroup: "me and X are two …" (the writer counts themself in)
re:\b(tui|tôi|mình|tao|tớ|em|toi|minh)( với| và| voi| va)( \S+){1,2} (là|la) (hai|ba|cả hai) (đứa|thằng|con|dua|thang)\b | ctx:ingroup

# ---- ctx:negation: "nobody here has ever", "I don't see what is (scary) about them"
re:\b(chưa từng có ai|chưa có ai|chưa ai|chua tung co ai|chua co ai)\b | ctx:negation
re:\b(không|chẳng|chả|ko|khong|chang)( hề| he)? (thấy|thay)( \S+){1,5} có gì\b | ctx:negation

# ---- ctx:counter: "the one who should leave is you", shock at a relative's words, news reports of attacks, "the first step to violence", baseless rumours
re:\b(người|kẻ|đứa|ai|nguoi|ke|dua) (cần|phải|nên|đáng|can|phai|nen|dang) (cút|biến|ra đi|xấu hổ|bị đuổi|cut|bien|xau ho)( \S+){0,2} (là|chính là|la) (bạn|mày|ông|mấy người|các bạn|ban|may|cac ban)\b | ctx:counter
re:\b(mà|ma) (tôi|mình|tao|tui|em|toi|minh) (sốc|shock|bàng hoàng|choáng|sững sờ|sững người|thất vọng|soc|bang hoang)\b | ctx:counter
re:\b(ngồi |đã )?(nói chuyện lại|giải thích lại|phân tích lại|noi chuyen lai|giai thich lai) (với|cho|voi)\b | ctx:counter
re:\b(báo|báo chí|truyền thông|bao|bao chi)( vừa| mới| vua| moi)? (đưa tin|đăng tin|dua tin|dang tin)( rằng| rang)?\s?: | ctx:counter
re:\b(công an|cảnh sát|cơ quan chức năng|cong an|canh sat)( \S+){0,2} (đang |đã |da |dang )?(điều tra|vào cuộc|bắt giữ|khởi tố|tạm giữ|truy bắt|dieu tra|vao cuoc|bat giu|khoi to|tam giu)\b | ctx:counter
re:\b(bước đầu|bước đầu tiên|khởi đầu|buoc dau|khoi dau) (của|dẫn tới|dẫn đến|cua|dan toi|dan den) (bạo lực|diệt chủng|thảm sát|tội ác|thù hận|bao luc|diet chung|tham sat|toi ac|thu han)\b | ctx:counter
re:\b(lời đồn|tin đồn|định kiến|loi don|tin don|dinh kien)( \S+){0,3} (vô căn cứ|sai|nhảm nhí|bịa đặt|vo can cu|sai su that|nham nhi)\b | ctx:counter

# ---- allow: profanity at things ("đm con quạt", "dm cái xe")
re:\b(đm con|đm cái|dm con|dm cái|dm cai|đmm con|đmm cái|dmm con|dmm cai|đcm con|đcm cái|dcm con|dcm cai|đkm con|vcl con|vcl cái|clm con|clm cái|đù má con|đù má cái) (xe|quạt|quạt trần|máy|điện thoại|đt|laptop|tủ lạnh|máy giặt|wifi|mạng|app|game|tivi|nồi|máy tính|đồng hồ|xe máy|xe đạp|máy in|router|modem|quat|may|dien thoai|tu lanh|may giat|mang|may tinh)\b | allow
# ---- allow: "no offence / not criticising, but …" disclaimers are no negation or counter-speech
re:\b(không|ko|k|khong|chẳng) (có ý|co y) (xúc phạm|kỳ thị|kì thị|phân biệt|chê|xuc pham|ky thi|phan biet)( ai| gì| gi)?( đâu| nha| nhé| dau| nhe)?,? (nhưng|mà|nhung|ma)\b | allow
re:\b(không phải|khong phai) (chê|kỳ thị|kì thị|phân biệt|ghét|xúc phạm|che|ky thi|phan biet|ghet|xuc pham)( gì| gi)?( đâu| dau)?( nha| nhé| nhe)?,? (nhưng|mà|nhung|ma)\b | allow
re:\b(không|ko|chẳng|khong|chang) (đồng ý|ủng hộ|tán thành|đồng tình|dong y|ung ho|tan thanh|dong tinh) (việc |viec |chuyện |chuyen )?\b | ctx:negation

# ---- grp:pronoun: "chúng" as "them" after a verb of expulsion or violence (never "chúng ta", "chúng tôi")
re:\b(đuổi|tống|đánh|giết|bắt|xử|đập|nhốt|diệt|tiễn|trị|duoi|tong|danh|giet|bat|xu|dap|nhot|diet) chúng (đi|ra|về|khỏi|lại|hết|trả|phải|vào|xuống|lên|cho|di|ve|khoi|lai|het|tra|phai|vao)\b | grp:pronoun
# ---- pred:attribute: "never have been and never will be of any value"
re:\b(chưa bao giờ|chẳng bao giờ|không bao giờ|chưa từng|chua bao gio|chang bao gio|khong bao gio|chua tung)( \S+){0,6} (có|co|mang lại|đóng góp|mang lai|dong gop)( chút| tí| một chút| chut| ti)? (giá trị|ích|ích lợi|gia tri|ich)( gì| nào| gi| nao)?\b | pred:attribute | 0.85 | negative_attribute_group
# ---- pred:exclude: avoidance on sight ("see X get in the pool and I'm out at once")
re:\b(là|thì|la|thi) (tôi|tao|mình|tui|t|em|toi|minh) (lên bờ|tránh xa|bỏ đi|đi chỗ khác|né|tránh|đứng dậy|đổi chỗ|bước ra|xuống xe|đổi bàn|len bo|tranh xa|bo di|di cho khac|ne|doi cho)( liền| ngay| luôn| lien| luon)\b | pred:exclude | 0.85 | exclusion_group
# ---- pred:attribute: breeding and takeover ("a few decades and the ward is theirs")
re:\b(vài|mấy|chục|vai|may)( \S+){0,3} (năm|nam) (nữa|nua)( \S+){0,6} (thành của|thuộc về|là của|thanh cua|thuoc ve|la cua)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(đẻ|de) (như vậy|như thế|nhiều như vậy|cả đàn|như máy|như điên|nhu vay|nhu the|ca dan|nhu may)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:threat: "won't live past tonight / see tomorrow", "won't escape with your life", acid and petrol
re:\b(không|ko|chẳng|đéo|khó mà|khong|deo|kho ma) (sống|thấy|song|thay) (qua|được|tới|đến|nổi|qua khỏi|duoc|toi|den) (đêm nay|sáng mai|ngày mai|tết|tháng sau|mặt trời ngày mai|dem nay|sang mai|ngay mai)\b | pred:threat | 0.9 | threat_violence
re:\b(đừng mong|khó mà|đừng hòng|dung mong|kho ma|dung hong) (toàn mạng|toàn thây|sống sót|sống yên|toan mang|toan thay|song sot)\b | pred:threat | 0.9 | threat_violence
re:\b(tạt|hắt|tat) (xăng|dầu|acid|a-xít|nước sôi|xang|nuoc soi)\b | pred:threat | 0.9 | threat_violence
re:\b(ăn đòn|ăn đập|ăn gạch|ăn dao|ăn chém|an don|an dap|an gach|an chem)\b | pred:violence | 0.8 | violence_group

# ---- pred:exclude / pred:violence: "why must we put up with / feed them", "why does nobody get rid of them"
re:\b(tại sao|sao|vì sao|tai sao|vi sao) (chúng ta|mình|tụi mình|dân mình|người việt|chung ta|minh|tui minh)( lại| cứ| lai| cu)? (phải|phai) (chịu đựng|nuôi|chứa chấp|sống chung với|chung sống với|gánh|cưu mang|trả tiền cho|nhường|chiu dung|nuoi|chua chap|song chung voi|ganh|cuu mang)\b | pred:exclude | 0.85 | exclusion_group
re:\b(sao|sao lại|tại sao|tai sao) (không ai|chưa ai|không có ai|chẳng ai|khong ai|chua ai) (xử|đuổi|dọn|diệt|giết|tống|dẹp|bắn|đốt|trị|xử lý|xu|duoi|don|diet|giet|tong|dep|ban|dot|tri)\b | pred:violence | 0.85 | violence_group

# ==== fifth round: families from the misses of tests/tuning_suites_e
# ---- pred:threat: maiming a body part ("là tao chặt chân", "bẻ gãy tay", "bắn bể đầu", "đập nát sọ")
re:\b(chặt|chém|bẻ|bẻ gãy|đánh gãy|đập gãy|chặt đứt|cắt|cắt đứt|vặn|chat|chem|be gay|danh gay|dap gay|chat dut|cat|cat dut) (chân|tay|cổ|giò|cẳng|đầu|lưỡi|gân|ngón tay|ngón chân|chan|co|gio|cang|luoi|gan)( \S+)?( luôn| liền| ngay| cho| luon| lien)?\b | pred:threat | 0.85 | threat_violence
re:\b(bắn|đập|đấm|táng|nện|phang|chọi|đạp|vả|ban|dap|dam|tang|nen|phang|dap) (bể|vỡ|nát|toác|lủng|thủng|be|vo|nat|toac|lung|thung) (đầu|sọ|óc|mặt|mồm|mõm|mỏ|hàm|dau|so|oc|mat|mom)\b | pred:threat | 0.9 | threat_violence
re:\b(chặt|bẻ|cắt|chat|be|cat) (chân|tay|cổ|chan|co)\b | harassment | 0.6 | threat_violence | needs=target
# ---- pred:threat: "give them a taste of blood / knives / fists"
re:\b(cho|bắt|bat)( \S+){0,5} (nếm mùi|nem mui) (máu|đòn|dao|đạn|súng|lửa|roi|gậy|nắm đấm|đau khổ|đau đớn|địa ngục|mau|don|dan|sung|lua|gay)\b | pred:threat | 0.9 | threat_violence
re:\b(nếm mùi|nem mui) (máu|đòn|dao|đạn|roi vọt|gậy gộc|nắm đấm|địa ngục|mau|don|dan)\b | pred:threat | 0.8 | threat_violence
re:\b(sẽ|rồi sẽ|se|roi se) có (ngày|ngay) (tao|bọn tao|tụi tao|anh em tao|t|tau|bố)\b | pred:threat | 0.6 | threat_violence
# ---- pred:threat: coffins, typed quickly ("trog thùng gỗ"), sent home in one
re:\b(gửi|đưa|tiễn|chở|đóng|bỏ|nhét|cho|gui|dua|tien|cho|dong|bo|nhet)( \S+){0,6} (thùng gỗ|hòm gỗ|quan tài|áo quan|túi đựng xác|bao xác|thung go|hom go|quan tai|ao quan)\b | pred:threat | 0.85 | threat_violence
re:\b(trog|trg|tr) (thùng gỗ|hòm gỗ|quan tài|thung go|hom go|quan tai)\b | pred:threat | 0.85 | threat_violence
# ---- pred:violence: buried or burned alive, paying in blood, "someone should strike first"
re:\b(chôn sống|côn sống|chon song|luộc sống|lột da|chặt xác|phanh thây|băm vằm|băm xác|thiêu sống|luoc song|lot da|phanh thay|bam vam)\b | pred:violence | 0.9 | violence_group
re:\b(trả giá|trả nợ|đền|tra gia|tra no|den) (bằng|bang) (máu|mạng|mạng sống|tính mạng|cái chết|mau|mang|mang song|tinh mang|cai chet)\b | pred:violence | 0.9 | violence_group
re:\b(nợ máu|no mau) (phải |thì phải )?(trả|tra) (bằng |bang )?(máu|mau)\b | pred:violence | 0.9 | violence_group
re:\b(nên|phải|cần|hãy|nen|phai|can|hay) (ra tay|động thủ|ra tay trước|xuống tay|dong thu|xuong tay)( trước| truoc| đi| di| thôi| luôn)?\b | pred:violence | 0.8 | violence_group
# ---- pred:violence: calls to action ("ai đó nên đốt …", "ai đó xử giùm")
re:\b(ai đó|có ai|ai|người nào|ai do|co ai) (nên|phải|hãy|làm ơn|nen|phai|hay|lam on)( \S+)? (đốt|thiêu|giết|bắn|xử|chém|đập|phá|đánh|dọn|diệt|ném bom|dot|thieu|giet|ban|xu|chem|dap|pha|danh|don|diet)\b | pred:violence | 0.85 | violence_group
re:\b(đốt|dot) (trụi|triụ|tru|sạch|rụi|trui|sach|rui)( \S+){0,3} (chỗ|nhà|nơi|khu|ổ|hang ổ|trụ sở|nhà thờ|chùa|đền|xóm|quán|cho|nha|noi|khu|xom|quan)\b | pred:threat | 0.85 | threat_violence
# ---- pred:violence: rooting out ("xử lý tận gốc", "nhổ cỏ nhổ tận rễ", "diệt tận gốc")
re:\b(bị|phải|nên|cần|bi|phai|nen|can) (bị )?(xử lý|xử|diệt|trừ|loại bỏ|dọn|dẹp|tiêu diệt|xoá|xóa|xu ly|xu|diet|tru|loai bo|don|dep|tieu diet|xoa) (tận gốc|tận rễ|tan goc|tan re)\b | pred:violence | 0.85 | violence_group
re:\bnhổ (cỏ|sạch|nho|co)( \S+){0,4} (tận rễ|tận gốc|tan re|tan goc)\b | pred:violence | 0.85 | violence_group
re:\bnho (co|sach)( \S+){0,4} (tan re|tan goc)\b | pred:violence | 0.85 | violence_group
# ---- pred:violence: "taken out and shot / hanged", "made to vanish" ('bay màu', 'bốc hơi')
re:\b(nên|phải|cần|đáng|hãy|lẽ ra|đáng lẽ|nen|phai|can|dang|hay|le ra)( phải| phai)?( bị| bi)? (đem|lôi|kéo|dắt|bắt|dem|loi|keo|dat|bat) ra (bắn|xử bắn|chém|treo cổ|xử|thiêu|đánh|pháp trường|ban|xu ban|chem|treo co|xu|thieu|danh|phap truong)\b | pred:violence | 0.9 | violence_group
re:\b(đem|lôi|kéo|dắt|bắt|dem|loi|keo|dat|bat) ra (bắn|xử bắn|chém|treo cổ|xử|thiêu|pháp trường|ban|xu ban|chem|treo co|thieu|phap truong)( \S+){0,2} (từ lâu|lâu rồi|hết|sạch|cho rồi|cho xong|hết đi|tu lau|lau roi|het|sach|cho roi)\b | pred:violence | 0.9 | violence_group
re:\b(cho|bị|đáng bị|bi|dang bi)( \S+){0,3} ["'“‘]?(bay màu|bốc hơi|ra đi|lên đường|về nơi chín suối|bay mau|boc hoi|len duong)["'”’]?( vĩnh viễn| mãi mãi| hết| sạch| vinh vien| mai mai| het)\b | pred:violence | 0.9 | violence_group
re:\b(đáng bị|nên bị|phải bị|dang bi|nen bi|phai bi)( cho)? ["'“‘]?(bay màu|bốc hơi|bay mau|boc hoi)\b | pred:violence | 0.9 | violence_group
re:\b(biến mất|bay màu|bốc hơi|bien mat|bay mau|boc hoi)( vĩnh viễn| mãi mãi| vinh vien)? khỏi (cuộc đời|cõi đời|trần gian|thế gian|đời này|mặt đất|hành tinh|cuoc doi|coi doi|tran gian|the gian)\b | pred:violence | 0.9 | violence_group
# ---- pred:threat: "teach them a lesson" with a stray space ("bà i học")
re:\bdạy cho( \S+){1,5} (một|1|mot) (bà i|b ài|bai) học\b | pred:threat | 0.85 | threat_violence

# ---- pred:attribute: "never met one who wasn't dishonest" (a double negative that asserts the flaw)
re:\b(chưa từng|chưa bao giờ|chưa|chẳng bao giờ|không bao giờ|chua tung|chua bao gio|chua)( \S+)? (gặp|thấy|quen|biết|gặp được|gap|thay|quen|biet)( \S+){1,6} (nào|nao|đứa nào|thằng nào|ai) (mà|ma|lại|lai) (không|chẳng|chả|ko|khong|chang|k) (gian dối|dối trá|lừa đảo|lươn lẹo|ăn cắp|trộm cắp|lười|lười biếng|bẩn|bẩn thỉu|dơ|hôi|tham|tham lam|ngu|dốt|láo|xảo trá|gian xảo|bạo lực|mất dạy|vô học|hèn|ăn bám|phản bội|gian doi|doi tra|lua dao|luon leo|an cap|trom cap|luoi|luoi bieng|ban|ban thiu|tham lam|xao tra|gian xao|bao luc|mat day|vo hoc|an bam|phan boi)\b | pred:attribute | 0.9 | negative_attribute_group
# ---- ctx:denial: "as if X could ever be useful", "no chance", "dream on" (deny a worth word only)
re:\b(làm gì có chuyện|làm gì có|lấy đâu ra chuyện|đời nào có chuyện|lam gi co chuyen|lam gi co|lay dau ra)\b | ctx:denial
# ---- pred:exclude: "nobody wants to live next to them", "nobody would rent to / sit with them"
re:\b(không|chẳng|chả|ko|đéo|khong|chang|cha|deo)( có)?( một| 1| mot)? (ai|người nào|đứa nào|nguoi nao|dua nao) (muốn|thèm|chịu|dám|ưa|muon|them|chiu|dam)( \S+)? (làm hàng xóm|ở gần|sống gần|ở cạnh|sống cạnh|ngồi cạnh|ngồi gần|làm bạn|chơi|kết bạn|lấy|cưới|cho thuê|thuê|ở chung|sống chung|làm việc|làm chung|đứng gần|lam hang xom|o gan|song gan|o canh|ngoi canh|lam ban|choi|ket ban|lay|cuoi|cho thue|o chung|song chung|lam viec|lam chung)\b | pred:exclude | 0.85 | exclusion_group
# ---- pred:exclude: "should be banned (from work)", poll options ("nên bị (A) cấm cửa (B) trục xuất")
re:\b(nên|phải|cần|đáng|nen|phai|can|dang) (bị|bi) (cấm|cam)( tiệt| hẳn| luôn| tiet| han| luon)?( (cửa|đi làm|đi học|ra đường|ra khỏi nhà|vào|vô|kết hôn|cưới|bầu cử|đi bầu|sinh sống|nhập cảnh|ở|lái xe|làm việc|sinh con|có con|nuôi con|lên tiếng|phát biểu|tụ tập|hành nghề|mua nhà|thuê nhà|xuất hiện|sống|cua|di lam|di hoc|ra duong|vao|vo|ket hon|cuoi|bau cu|di bau|nhap canh|o|lam viec|song)\b|\s*[,.!?;]) | pred:exclude | 0.85 | exclusion_group
re:\b(nên|phải|cần|đáng|nen|phai|can|dang) (bị|bi):? \(?[a-d1-4][).:] ?(cấm cửa|cấm|trục xuất|đuổi|đuổi về|nhốt|cách ly|tống cổ|tống khứ|cô lập|cam cua|cam|truc xuat|duoi|nhot|cach ly)\b | pred:exclude | 0.85 | exclusion_group
re:\b\(?[a-d1-4][).:] ?(trục xuất|đuổi về nước|tống cổ|tống khứ|truc xuat|tong co|tong khu)\b | pred:exclude | 0.75 | exclusion_group
# ---- pred:exclude: "who gave X the right to live here?", "since when are X allowed in here?", "can we kick them out?"
re:\bai cho( \S+){1,6} (cái |cai )?(quyền|quyen)( được| duoc)? (sống|ở|làm|đòi|lên tiếng|vào|bước vào|có mặt|tồn tại|song|o|lam|doi|vao|ton tai)\b | pred:exclude | 0.85 | exclusion_group
re:\btừ (bao giờ|khi nào|lúc nào|hồi nào)( mà| ma)?( \S+){1,6} (được phép|được|có quyền|dám) (bước vô|bước vào|vào|vô|ở|sống|ngồi|đi|bén mảng|lảng vảng|lui tới|buoc vo|buoc vao|vao|vo|o|song|ngoi)\b | pred:exclude | 0.85 | exclusion_group
re:\btu (bao gio|khi nao|luc nao)( ma)?( \S+){1,6} (duoc phep|duoc|co quyen) (buoc vo|buoc vao|vao|vo|o|song|ngoi)\b | pred:exclude | 0.85 | exclusion_group
re:\b(đuổi|tống|tống cổ|duoi|tong|tong co)( \S+)? (ra|đi|về|khỏi|ra ngoài|di|ve|khoi)( \S+)? (được không|được ko|được chưa|đc không|đc ko|dc ko|dc khong|duoc khong|được hông|duoc ko)\b | pred:exclude | 0.85 | exclusion_group
# ---- pred:exclude: "should not be allowed to vote / marry / run / teach" (rights withheld)
re:\b(không|ko|chẳng|đéo|khong|chang|deo) (nên|nen) (được|duoc|đc|dc|cho|có quyền|co quyen)( phép| phep)? (đi bầu|bầu cử|đi bầu cử|bỏ phiếu|ứng cử|kết hôn|cưới|lấy vợ|lấy chồng|nhận con nuôi|nuôi con|làm cha mẹ|dạy học|làm giáo viên|làm lãnh đạo|làm việc|đi làm|đi học|học đại học|sở hữu|mua nhà|mua đất|nhập quốc tịch|ra đường|có con|sinh con|di bau|bau cu|bo phieu|ung cu|ket hon|cuoi|nhan con nuoi|nuoi con|day hoc|lam lanh dao|di lam|di hoc|so huu|mua nha|co con|sinh con)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:exclude: getting rid of them ("muốn tống khứ", "đuổi sạch", "không cho ở lại một người nào")
re:\b(muốn|mong|định|nên|cần|phải|hãy|muon|mong|dinh|nen|can|phai|hay) (tống khứ|tống cổ|đuổi cổ|tong khu|tong co|duoi co)( hết| sạch| het| sach)? (đám|bọn|lũ|tụi|chúng|họ|mấy|những|cái đám|cái lũ|cái bọn|người|dân|dam|bon|lu|tui|chung|ho|may|nhung|nguoi|dan)\b | pred:exclude | 0.9 | exclusion_group
re:\b(đề nghị|kiến nghị|yêu cầu|đòi|de nghi|kien nghi|yeu cau)( \S+){0,2} (đuổi|tống|trục xuất|dẹp|dọn|duoi|tong|truc xuat|dep|don) (sạch|hết|đi|sach|het|di)( (đám|bọn|lũ|tụi|chúng nó|họ|hết|dam|bon|lu|tui|chung no|ho|het))?\s*[,.!;] | pred:exclude | 0.9 | exclusion_group
re:\b(không|ko|đừng|chẳng|khong|dung) (cho|để|de)( \S+)? (ở lại|còn|sót|o lai|con|sot)( lại| lai)?( một| 1| mot)? (người|đứa|thằng|ai|mống|con|nguoi|dua|thang|mong) (nào|nao)\b | pred:exclude | 0.95 | exclusion_group
# ---- pred:violence: "no idea why they are still allowed to exist"
re:\b(hiểu sao|sao|tại sao|vì sao|hieu sao|tai sao|vi sao)( mà| ma)? (còn|vẫn|con|van) (được |duoc )?(tồn tại|sống|sống sót|được sống|ton tai|song|song sot)( trên đời| trên đời này| tren doi)?\b | pred:violence | 0.95 | violence_group
# ---- grp:pronoun: "people like that", "that kind (of person)"
re:\b(loại|thứ|hạng|kiểu|giống|loai|thu|hang|kieu|giong) (người|nguoi) (như vậy|như thế|như tụi nó|như bọn nó|như chúng nó|thế này|thế đó|vậy|nhu vay|nhu the)\b | grp:pronoun
re:\b(cái |cai )?(loại|thứ|giống|loai|thu|giong) (đó|này|ấy|kia|đấy|do|nay|ay)\b | grp:pronoun
# ---- pred:dehumanise: "only fit for the bin", parasites that gnaw and suck dry
re:\b(chỉ đáng|đáng|nên|phải|chi dang|dang|nen|phai) (bị )?(vứt|ném|quăng|tống|đổ|hốt|vut|nem|quang|tong|do|hot) (vào|vô|ra|xuống|vao|vo|xuong) (sọt rác|thùng rác|bãi rác|cống|cống rãnh|hố rác|xe rác|so rac|thung rac|bai rac|cong)\b | pred:dehumanise | 0.95 | dehumanising_group
re:\b(đám|lũ|bọn|bầy|ổ|dam|lu|bon|bay|o) (sâu mọt|ký sinh trùng|kí sinh trùng|đỉa|giòi|mối mọt|chuột|sau mot|ky sinh trung|dia|gioi|moi mot)( \S+)? (đục khoét|hút máu|hút cạn|gặm nhấm|ăn bám|đục ruỗng|duc khoet|hut mau|hut can|gam nham|an bam)\b | pred:dehumanise | 1.0 | dehumanising_group
re:\b(bám|hút|bam|hut)( \S+){0,3} (như|nhu) (đỉa|đỉa đói|ký sinh trùng|kí sinh trùng|giòi|rận|dia|dia doi|ky sinh trung|gioi|ran)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(đục khoét|hút máu|hút cạn|duc khoet|hut mau|hut can) (xã hội|đất nước|nhân dân|ngân sách|tiền thuế|xa hoi|dat nuoc|ngan sach|tien thue)\b | pred:dehumanise | 0.9 | dehumanising_group
# ---- pred:attribute: a stain on the family, the village, the school
re:\b(vết nhơ|vết bẩn|nỗi nhục|nỗi ô nhục|cái nhục|nỗi xấu hổ|sự sỉ nhục|cục nhục|vet nho|noi nhuc|noi o nhuc|cai nhuc)( của| cua)? (dòng họ|gia đình|gia tộc|họ hàng|cả nhà|nhà này|làng|xóm|dong ho|gia dinh|gia toc|ho hang|ca nha|lang|xom)\b | pred:attribute | 0.9 | negative_attribute_group
# ---- pred:emotion / pred:exclude: "nobody can stand them", "get lost already" (Gen-Z spellings khum, hông)
re:\b(không|khum|hông|hong|ko|k|chẳng|chả|đéo|khong|chang|deo) (ai|người nào|đứa nào|nguoi nao) (chịu|ưa|chịu được|chịu đựng|ưa được|chiu|ua|chiu duoc|chiu dung)( nổi| được| noi| duoc| đc| dc)\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(biến|cút|xéo|bien|cut|xeo)( đi)? (giùm|dùm|hộ|giùm cái|dùm cái|gium|dum|ho)( cái| cai| cho| đi| di)?\b | pred:exclude | 0.9 | exclusion_group

# ---- allow: "don't call X people, call them …" is no counter-speech (the rebuttal "đừng gọi X là khỉ" stays one)
re:\bđừng (gọi|coi|xem)( \S+){1,5} là (người|con người),? (hãy |mà |phải |cứ )?(gọi|coi|xem) (là|bằng|như) | allow
re:\bdung (goi|coi|xem)( \S+){1,5} la (nguoi|con nguoi),? (hay |ma |phai )?(goi|coi|xem) (la|bang|nhu) | allow
re:\b(gọi|coi|xem|goi) (là|bằng|như|la|bang|nhu) (loài|giống|thứ|đồ|lũ|bọn|bầy|con|loai|giong|thu|do|lu|bon|bay) \S+( \S+)? (cho đúng|mới đúng|thì hơn|cho chuẩn|mới chuẩn|cho dung|moi dung)\b | pred:dehumanise | 0.9 | dehumanising_group

# ---- pred:dehumanise: swarms and weeds ("bầy châu chấu", "mọc lan ra như cỏ dại", "nhà đầy lũ gián", "bò ra lúc nhúc")
re:\b(một |mot )?(bầy|đàn|lũ|đám|nạn|bay|dan|lu|dam|nan) (châu chấu|chau chau|cào cào|cao cao)\b | pred:dehumanise | 0.95 | dehumanising_group
re:\b(mọc|lan|sinh sôi|nảy nở|đẻ|lây lan|mọc lan|moc|lan|sinh soi|nay no|de)( ra| khắp| tràn lan| ra khắp nơi)? (như|nhu) (cỏ dại|nấm|nấm mốc|rêu|cỏ|cỏ lác|co dai|nam|nam moc|reu)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(như|nhu) (cỏ dại|co dai)\b | pred:dehumanise | 0.8 | dehumanising_group
re:\b(nhổ|diệt|dọn|đuổi|nho|diet|don|duoi) (hoài|mãi|hoai|mai|hoài mà|mãi mà)( vẫn)? (không|chẳng|ko|khong|chang) (hết|sạch|het|sach)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(như|y như|giống|chẳng khác gì|nhu|giong)( cái| một| cai| mot)? (nhà|ổ|tổ|chuồng|hang|cống|bãi|nha|o|to|chuong|cong) (đầy|toàn|chứa đầy|day|toan)( lũ| bầy| đàn| lu| bay)? (gián|chuột|giòi|dòi|rận|bọ|mối|ruồi|muỗi|rệp|gian|chuot|gioi|ran|moi|ruoi|muoi)\b | pred:dehumanise | 0.95 | dehumanising_group
re:\b(bò|chui|túa|bo|chui|tua) ra (lúc nhúc|nhung nhúc|luc nhuc|nhung nhuc)\b | pred:dehumanise | 0.9 | dehumanising_group

# ---- pred:attribute: "liars like Cuội", arrogant, "the one is … and on top of that …"
re:\b(dối trá|nói dối|xạo|điêu|nói láo|láo|lừa lọc|doi tra|noi doi|dieu|noi lao) (như|nhu) (cuội|vẹm|ranh|cuoi)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(mấy ai|có ai|ai mà|may ai|co ai|ai ma) (tin|tin tưởng|tin tuong) (nổi|được|noi|duoc|đc|dc)\b | pred:attribute | 0.8 | negative_attribute_group
cả đám                    | grp:pronoun
ca dam                    | grp:pronoun
re:\bđã (ngu|dốt|đần|hèn|hèn hạ|lười|bẩn|dơ|hôi|tham|láo|xấu|ác|gian|gian xảo|lươn lẹo|ăn bám|vô dụng|mất dạy|vô học|bẩn thỉu|xấu xa|đê tiện|bỉ ổi|hạ đẳng|lười biếng|tham lam) (lại còn|lại|còn|mà còn)( \S+){0,2} (thích|hay|ra vẻ|tỏ vẻ|làm màu|làm như|đòi|sĩ diện|sĩ|láo|lười|ngu|bẩn|hỗn|ăn vạ)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(ra vẻ|tỏ vẻ|làm bộ|ra vẻ ta đây|tỏ ra) (ta đây|ta|bề trên|ngon|nguy hiểm|ta day)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(dơ bẩn|bẩn thỉu|thối nát|mục nát|xấu xa|giả tạo|độc ác|hèn hạ|đen tối|thối tha|do ban|ban thiu|thoi nat|xau xa|gia tao|doc ac|hen ha) từ trong ra ngoài\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(ở|o|đi|di|đến|den|tới|toi) (tới |đến |toi |den )?(đâu|dau) (là |thì |la |thi )?(nát|loạn|bẩn|hỏng|tan hoang|tanh bành|hôi|dơ|nat|loan|ban|hong|tan hoang|tanh banh)( \S+)? (tới đó|đến đó|tới đấy|đến đấy|đó|toi do|den do|do)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bbiết (gì|cái gì|cc gì|cl gì|cái cc gì|cái đéo gì|gi|cai gi)( mà| ma)? (nói|sủa|lên tiếng|phát biểu|góp ý|xen vào|bàn|chen vào|noi|sua|len tieng)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:emotion: fed up to the throat, allergic on sight, contempt (misspelled "kinh bỉ"), seeing them drives me mad
re:\b(ngán|ớn|chán|ngấy|tởm|ngan|on|chan|ngay) (tận cổ|đến tận cổ|tới cổ|đến cổ|tận óc|tan co|den tan co|toi co)( rồi| luôn| thật| lắm| roi| luon| that| lam)?(\s*([,.!?…;]|$)| (với|mấy|bọn|lũ|tụi|cái thứ|voi|may|bon|lu|tui|cai thu)\b) | pred:emotion | 0.9 | hate_emotion_group
re:\b(là|thì|la|thi) (t|tao|tôi|mình|tui|em|toi|minh) (dị ứng|nổi da gà|sởn gai ốc|nổi mẩn|ngứa mắt|muốn ói|phát ói|phát bực|phát ghét|nổi điên|nổi khùng|phát điên|di ung|noi da ga|ngua mat|muon oi|phat oi|phat ghet|noi dien|phat dien)\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(là|thì|la|thi) (t|tao|tôi|mình|tui|em|toi|minh)( phải| phai)? (nín thở|bịt mũi|che mũi|bịt mồm|nin tho|bit mui|che mui)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(kinh bỉ|khinh bỉ|kinh bi|khinh bi)( \S+){0,2} (từ trong ra ngoài|tận xương tủy|tận xương tuỷ|ra mặt|tận cùng)\b | pred:emotion | 0.95 | hate_emotion_group
kinh bỉ                   | pred:emotion | 0.85 | hate_emotion_group
re:\b(nhìn|thấy|gặp|nghe|nhin|thay|gap)( thấy| thay)? (là|thì|la|thi) (điên|bực|phát điên|phát ói|ngứa mắt|sôi máu|nóng máu|ói|ghét|dien|buc|phat dien|soi mau|nong mau|oi)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(mả cha|mả mẹ|mả bố|tổ cha|tiên sư|cha tiên nhân|mẹ kiếp|ma cha|ma me|to cha|tien su|me kiep),? (bọn|lũ|tụi|đám|cái bọn|cái lũ|bon|lu|tui|dam)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(chết tiệt|chết bầm|chết dẫm|khốn kiếp|trời đánh|chet tiet|khon kiep)\b | pred:attribute | 0.8 | negative_attribute_group
# "mắc dịch" is also "caught the epidemic": only after a contemptuous classifier ("cái thứ … mắc dịch")
re:\b(thứ|đồ|lũ|bọn|cái lũ|cái bọn|loại|thu|do|lu|bon|loai)( \S+){1,4} (mắc dịch|ôn dịch|mắc toi|mac dich|on dich)\b | pred:attribute | 0.85 | negative_attribute_group
# ---- pred:exclude: leaving on sight ("out game liền", "rời phòng ngay")
re:\b(là|thì|la|thi) (t|tao|tôi|mình|tui|em|toi|minh) (out|thoát|rời|out game|out phòng|out room|thoát game|rời phòng|rời nhóm|rời group|afk|quit|block|chặn|thoat|roi|chan)( game| phòng| nhóm| group| trận| luôn)?( liền| ngay| luôn| lien| luon)\b | pred:exclude | 0.85 | exclusion_group

# ---- ctx:counter: "they never did anyone wrong", "I never said / wrote that X …"
re:\b(họ|người ta|chúng ta|ho|nguoi ta)( có| co)? (chưa|không|chẳng|chả|chua|khong|chang) (làm gì sai|làm gì có lỗi|có lỗi gì|làm hại ai|hại ai|làm gì ai|lam gi sai|co loi gi|lam hai ai|hai ai)\b | ctx:counter
# ("chưa từng nói chuyện với bọn …" is no rebuttal: only "never said (that) X …")
re:\b(chưa bao giờ|không bao giờ|chưa từng|chẳng bao giờ|không hề|chưa hề|chua tung|chua bao gio|khong he)( \S+)? (nói|bảo|viết|gọi|chê|kêu|bình luận|cmt|comment|noi|bao|viet|goi)( là| rằng| la| rang)? (người|dân|phụ nữ|đàn bà|con gái|đàn ông|họ|ai|những người|mấy người|các bạn|nguoi|dan|phu nu|dan ba|ho)\b | ctx:counter

# ---- slurs the engine lacked: "Tàu phù" (the Chinese); "lại cái" after "toàn"
tàu phù                    | hate | 0.8 | slur_group | slur
tau phu                    | hate | 0.75 | slur_group | slur
re:\btoàn lại cái\b | hate | 0.75 | slur_group
# ---- ctx:people: "one look and you know (he's) that kind of …", "here too there are …"
re:\b(nhìn|trông|nghe|nhin|trong)( \S+){0,4} (là|la) (biết|biet)( ngay| liền| ngay| lien)? (thứ|loại|giống|đồ|hạng|thu|loai|giong|do|hang)\b | ctx:people
re:\b(bên đây|bên này|ở đây|quanh đây|gần đây|khu này|xóm này|chỗ này|trường này|lớp này|ben day|ben nay|o day|khu nay|xom nay)( cũng| cung)? có\b | ctx:people
re:\bcó (mèo|chó|gà|heo|lợn) (con|hoang|nhà|mướp|đen|trắng|cưng|cảnh|ta|nuôi)\b | allow
# ---- ctx:people_after: what only people do ("X lại gây chuyện ở chợ", "X chen vô group")
re:(lại|vừa|mới|đang|lai|vua|moi|dang) (gây chuyện|gây sự|gây rối|quậy phá|đánh nhau|cướp giật|ăn cắp|trộm cắp|chen vô|chen vào|gay chuyen|gay su|gay roi|danh nhau|an cap|chen vo)\b | ctx:people_after
# ---- ctx:ingroup: "this X (me) loves you so", "growing up as an X"
re:\bnày (thương|yêu|nhớ|cưng|quý|mê|biết ơn|cảm ơn|xin lỗi|thuong|yeu|nho|cung|quy)\b | ctx:ingroup
re:\blớn lên (làm|là|thành)( một| 1)?( đứa| người| thằng| con| cô| cậu)?\b | ctx:ingroup

# ---- allow: profanity at traffic, weather and lateness; praise and congratulations with a swear word
re:\b(đm|dm|đmm|dmm|đcm|dcm|vcl|vl|clgt|đù|đù má|đkm|dkm)( \S+)? (kẹt xe|tắc đường|kẹt|tắc|mưa|nắng|nóng|lạnh|trễ|muộn|hết tiền|hết pin|rớt mạng|mất điện|cúp điện|cúp nước|lag|deadline|ket xe|tac duong|mua|nang|nong|lanh|tre|muon|het tien|het pin|mat dien|cup dien)\b | allow
re:\b(trễ|muộn|hỏng|hư|lỡ|mệt|đói|nóng|lạnh|tre|muon|hong|met|doi|nong|lanh)( \S+){0,2} (mẹ nó|me no|con mẹ nó|bà nó)( rồi| luôn| chứ| roi| luon)?\b | allow
re:\bchúc mừng (mày|m|bạn|ông|bà|cậu|tụi mày|bây|mi|ông bạn|bà bạn)( \S+)?( nha| nhé| nhá| nhe)?( đm| dm| vl| vcl| đcm| dcm| đù)?\b | allow
re:\b(đỉnh|xịn|ngon|gắt|chất|đỉnh cao|đỉnh của chóp|dinh|xin|ngon|gat|chat) (vl|vcl|vãi|vkl|vãi chưởng|vãi lúa|vai)\b | allow

# ---- pred:threat: "want to give (them) one good smack"
re:\b(muốn|sẽ|phải|thèm|định|muon|se|phai|them|dinh) (táng|đấm|đập|vả|tát|đạp|sút|nện|phang|bợp|tang|dam|dap|va|tat|sut|nen) cho (một|1|mấy|vài|mot|may|vai) (phát|cái|cú|trận|quả|đấm|bạt tai|phat|cai|cu|tran|qua)\b | pred:threat | 0.85 | threat_violence

# ---- harassment at a named person: snakes and foxes, backstabbing friends, "đồ phế vật", rotten through, shaming and veiled visits
re:\b(đúng là|thật là|y như|đồ|dung la|that la|do) (con )?(rắn độc|rắn hai đầu|cáo già|hồ ly tinh|con hồ ly|rắn đội lốt người|ran doc|cao gia|ho ly tinh)\b | harassment | 0.75 | insult_at_person
re:\b(bạn bè|bạn|anh em|ban be|anh em) gì mà (đâm sau lưng|đâm lén|chơi xấu|chơi bẩn|phản|lừa|hại|bán đứng|dam sau lung|choi xau|choi ban|ban dung)\b | harassment | 0.75 | insult_at_person
# ("đồ" is also "stuff": "đồ rác rưởi", "đồ bỏ đi", "đồ vô dụng" are said of gadgets, so only words for people)
re:\bđồ (phế vật|ăn hại|báo đời|báo thủ|cặn bã|gánh tạ|óc chó|óc lợn|não tôm)\b | harassment | 0.75 | insult_at_person
re:\bdo (phe vat|an hai|bao doi|can ba|oc cho|nao tom)\b | harassment | 0.75 | insult_at_person
re:\b(uninstall|gỡ game|xoá game|xóa game|nghỉ game|bỏ game|unins|go game|xoa game)( đi| luôn| di| luon| dùm| giùm)\b | harassment | 0.45 | insult_at_person
re:\b(bóc phốt|boc phot|phốt)( \S+){1,4}: (lừa đảo|hèn|dơ|bẩn|gian|ăn cắp|ăn quỵt|giả tạo|lươn lẹo|lua dao|an cap|an quyt)\b | harassment | 0.75 | insult_at_person
re:\b(share|chia sẻ|chia se) (cho|để) (mọi người|cả thiên hạ|ai cũng|moi nguoi)( cùng)? (biết mặt|tránh xa|biet mat|tranh xa)\b | harassment | 0.5 | insult_at_person
# ("nhiên liệu mà đi lại" is fuel: the warning needs its "cẩn thận")
re:\bliệu (mà|hồn)( \S+){0,3} (đi đường|ra đường|về nhà|đi đêm|đi làm|đi học|ra ngoài)( cho)? (cẩn thận|can than)\b | harassment | 0.85 | threat_violence | severe
re:\blieu (ma|hon)( \S+){0,3} (di duong|ra duong|ve nha|di dem)( cho)? can than\b | harassment | 0.85 | threat_violence | severe
re:\b(tối nay|đêm nay|sáng mai|chiều nay|tối mai|lát nữa|toi nay|dem nay|sang mai|chieu nay)( \S+){0,2} (ghé thăm|qua thăm|tới thăm|đến thăm|ghé qua|qua hỏi thăm|hỏi thăm|ghe tham|qua tham|toi tham|den tham|ghe qua|hoi tham)( \S+){0,3},? (chuẩn bị tinh thần|chuẩn bị tâm lý|chuan bi tinh than|chuan bi tam ly)( đi| đấy| đó| di| day| do)?\s*([.!]|$) | harassment | 0.9 | threat_violence | severe
re:\bnhà( \S+){1,3} ở (hẻm|ngõ|ngách|kiệt|hem|ngo|ngach)( \S+){1,3} (đúng không|phải không|đúng ko|phải ko|dung khong|phai khong)\b | harassment | 0.4 | threat_violence

# ---- allow: "I don't discriminate against anyone, but …", "no offence meant, but …" disclaimers are no negation or counter-speech
re:\b(không|ko|k|chẳng|khong|chang) (kỳ thị|kì thị|phân biệt|ghét|ky thi|ki thi|phan biet|ghet) (ai|gì|gi)( hết| cả| đâu| het| ca| dau)?,? (nhưng|mà|nhung|ma)\b | allow
re:\b(không|ko|k|chẳng|khong|chang) (có ý|co y) (gì|gi|xấu|xau)( đâu| hết| cả| dau| het| ca)?( nha| nhé| nhe)?,? (nhưng|mà|nhung|ma)\b | allow

# ---- pred:exclude: avoid them "to be safe" ("né … ra cho lành"), restrict renting to them, their place is behind bars
re:\b(né|tránh|tránh xa|lánh|né xa|ne|tranh|tranh xa)( \S+){1,6} (ra |đi |di )?cho (lành|yên|chắc|an toàn|đỡ phiền|đỡ mệt|yên thân|lanh|yen|chac|an toan|do phien)\b | pred:exclude | 0.9 | exclusion_group
re:\b(hạn chế|không khuyến khích|hạn chế tối đa|tránh|han che|khong khuyen khich)( việc)? (cho|tiếp nhận|nhận|viec cho|tiep nhan|nhan)( \S+){1,6} (thuê|thuê lại|mua|vào ở|vào|ở|làm|đến|thue|thue lai|vao o|vao|o|den)\b | pred:exclude | 0.9 | exclusion_group
re:\bchỗ (của|cua)( \S+){1,5} (là|la)( ở| o)? (sau song sắt|trong tù|trong trại|trong chuồng|trong rừng|ngoài bãi rác|dưới cống|dưới đáy xã hội|ngoài lề|sau song sat|trong tu|trong trai|trong chuong|trong rung)\b | pred:exclude | 0.9 | exclusion_group
re:\b(ở|nằm|nhốt|giam|o|nam|nhot) (sau song sắt|sau song sat)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:attribute: smell ("xịt phòng", "mở cửa cho bay mùi"), contamination (wash after sitting near), slowness, shirking, treachery
re:\b(tốn tiền|tốn|mất công|phải|ton tien|ton|phai) (xịt phòng|xịt thơm|xịt khử mùi|khử mùi|xit phong|xit thom|khu mui)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(mở|hạ|bật|mo|ha|bat)( \S+){0,4} cho (bay|hết|bớt|đỡ|tan|het|bot|do) mùi\b | pred:attribute | 0.9 | negative_attribute_group
re:\bcho (bay|het|bot|do|tan) mui\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(tắm rửa|tắm|rửa tay|sát khuẩn|xịt cồn|khử trùng|khử khuẩn|giặt đồ|tam rua|rua tay|sat khuan|xit con|khu trung)( \S+){0,4} (nếu|khi|sau khi|lỡ|mỗi khi|mỗi lần|neu|sau khi|lo|moi khi|moi lan)( lỡ| lo)? (ngồi gần|ngồi cạnh|đụng|chạm|bắt tay|tiếp xúc|đứng gần|ở gần|đi ngang|đi cạnh|ngoi gan|ngoi canh|dung|cham|bat tay|tiep xuc|dung gan)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(ngồi gần|ngồi cạnh|đụng|chạm|bắt tay|tiếp xúc|đứng gần|ngoi gan|ngoi canh|bat tay|tiep xuc)( \S+){1,6} (là|thì|la|thi)( \S+){0,3} (rửa tay|tắm|sát khuẩn|xịt cồn|khử trùng|khử khuẩn|rua tay|sat khuan|xit con|khu trung)( liền| ngay| lien)?\b | pred:attribute | 0.9 | negative_attribute_group
re:\bgấp (\d+|hai|ba|bốn|năm|mười|đôi|chục|vài|mấy) (lần|lan) (người bình thường|người thường|người khác|bình thường|nguoi binh thuong|nguoi thuong|nguoi khac)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bgap (\d+|hai|ba|bon|nam|muoi|doi|chuc) lan (nguoi binh thuong|nguoi thuong|nguoi khac)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(làm chung|làm cùng|chung ca|chung nhóm|chung team|chung tổ|lam chung|lam cung|chung nhom)( ca)?( với| voi)?( \S+){1,6} (là|thì|la|thi) (gánh team|gánh còng lưng|gánh tạ|còng lưng|làm hộ|làm thay|gánh|ganh team|cong lung|lam ho|lam thay)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(\d+|tám|mười) tiếng (thì|mà|thi|ma) (\d+|bảy|sáu|năm) tiếng\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(quay sang|chạy sang|ngả sang|đầu quân cho|quay lưng theo|quay sang theo|quay ra theo|quay sang phe|chay sang|nga sang)( phe| bên| phe bên| phe)? (bên kia|địch|kẻ thù|đối phương|giặc|quân thù|ben kia|dich|ke thu|doi phuong|giac)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(trở cờ|phản chủ|ăn cây táo rào cây sung|tro co|phan chu)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:attribute: outbreeding and takeover with a number ("10 năm nữa xóm này thành của tụi nó")
re:\b(\d+|vài|mấy|chục|dăm|mươi|hai|ba|mười|vai|may) (năm|thập kỷ|thập niên|đời|thế hệ|nam) (nữa|nua)( \S+){0,6} (thành của|thuộc về|là của|thanh cua|thuoc ve|la cua)\b | pred:attribute | 0.9 | negative_attribute_group

# ---- pred:attribute: sarcastic praise in scare quotes ("rất 'văn minh', rất 'sạch sẽ'")
re:\b(rất|quá|thật|cực kỳ|rat|qua|that)( là)? ['‘"“](văn minh|sạch sẽ|thật thà|trung thực|tử tế|lương thiện|thông minh|chăm chỉ|đàng hoàng|lịch sự|có học|văn hóa|văn hoá|hiền lành|van minh|sach se|that tha|trung thuc|tu te|luong thien|thong minh|cham chi|dang hoang|lich su)['’"”] | pred:attribute | 0.95 | negative_attribute_group
# ---- allow: a forwarded "warning to the sisters / parents:" is no counter-speech against abuse
re:\bcảnh báo (chị em|các mẹ|các chị|bà con|phụ huynh|cả nhà|các bé|ae|anh em|mọi người|các bạn)( ơi)?\s?: | allow
re:\bcanh bao (chi em|cac me|ba con|phu huynh|ca nha|ae|anh em|moi nguoi)( oi)?\s?: | allow
# ---- pred:attribute: "why is it always X? Stolen bikes, fights…"
re:\blúc nào cũng là( \S+){1,6} (nhỉ|vậy|thế|ta|ha|hết|nhi|vay|the)\?\s*(mất|trộm|cướp|đánh nhau|lừa|móc túi|ăn cắp|mat|trom|cuop|danh nhau|lua|an cap)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bluc nao cung la( \S+){1,6} (nhi|vay|the|ta|ha)\?\s*(mat|trom|cuop|danh nhau|lua|an cap)\b | pred:attribute | 0.9 | negative_attribute_group
# ---- pred:attribute: "see them gathering, change direction", "lock the bike twice"
re:\b(thấy|gặp|thay|gap)( \S+){1,6} (thì|là|thi|la) (đổi hướng|tránh xa|né|đi đường khác|quay đầu|tránh|chạy|né xa|doi huong|tranh xa|ne|di duong khac|quay dau|tranh|chay)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(khóa|khoá|khoa) (xe|cửa|cổng|cua|cong) (\d|hai|ba|mấy|hai ba|may) (lớp|ổ|lop|o)\b | pred:attribute | 0.85 | negative_attribute_group
# ---- pred:attribute: "N things everyone knows about X: 1. sly 2. greedy" (a list of flaws)
re:\b(điều|đặc điểm|sự thật|thứ|tính|dấu hiệu|dieu|dac diem|su that|tinh|dau hieu)( \S+){0,2} (về|của|ve|cua)( \S+){1,8}:\s*(1[.)]\s*)?(lươn lẹo|tham lam|gian dối|dối trá|lừa đảo|lười|lười biếng|bẩn|bẩn thỉu|hôi|dơ|ngu|dốt|láo|xảo trá|gian xảo|ăn cắp|trộm cắp|ăn bám|vô dụng|hèn|hèn hạ|bạo lực|ồn ào|mất dạy|vô học|ích kỷ|ích kỉ|luon leo|tham lam|gian doi|doi tra|lua dao|luoi|ban thiu|xao tra|an cap|an bam|vo dung)\b | pred:attribute | 0.95 | negative_attribute_group
# ---- ctx:counter: naming prejudice ("đó chính là định kiến", "vơ đũa cả nắm", "tư tưởng thù hận"), opposing calls to expel
re:\b(đó|đấy|như vậy|vậy|thế|do|day)( chính| chinh)? (là|la) (định kiến|kỳ thị|kì thị|phân biệt đối xử|vơ đũa cả nắm|phân biệt chủng tộc|dinh kien|ky thi|phan biet doi xu|vo dua ca nam)\b | ctx:counter
re:\b(vơ đũa cả nắm|vo dua ca nam|đổ lên đầu tất cả|đổ tội cho cả|quy chụp|quơ đũa cả nắm|do len dau tat ca|quy chup)\b | ctx:counter
re:\b(tư tưởng|lời lẽ|luận điệu|thái độ|suy nghĩ|tu tuong|loi le|luan dieu|thai do) (thù hận|thù ghét|kỳ thị|kì thị|bài ngoại|phân biệt|cực đoan|thu han|thu ghet|ky thi|bai ngoai|phan biet|cuc doan)\b | ctx:counter
re:\b(tôi|chúng tôi|mình|tui|tụi mình|toi|chung toi|minh)( cực lực| kiên quyết| hoàn toàn)? (phản đối|lên án|phan doi|len an) (mọi|những|các|việc|moi|nhung|cac|viec)\b | ctx:counter
re:\b(tối nay|đêm nay|sáng mai|chiều nay|tối mai|lát nữa|toi nay|dem nay|sang mai|chieu nay)( \S+){0,2} (ghé thăm|qua thăm|tới thăm|đến thăm|ghé qua|qua hỏi thăm|hỏi thăm|ghe tham|qua tham|toi tham|den tham|ghe qua|hoi tham)( \S+){0,3},? (chờ đấy|đợi đấy|liệu hồn|chuẩn bị hòm|cho day|doi day|lieu hon)\b | harassment | 0.9 | threat_violence | severe
re:\b(ngồi cạnh|ngồi gần|đứng gần|đứng cạnh|tiếp xúc|bắt tay|đi chung|ngoi canh|ngoi gan|tiep xuc|bat tay)( \S+){7,20} (là|thì|la|thi)( đi| phải| di| phai)? (rửa tay|sát khuẩn|xịt cồn|khử trùng|khử khuẩn|rua tay|sat khuan|xit con|khu trung)( liền| ngay| lien)\b | pred:attribute | 0.9 | negative_attribute_group

# ==== sixth round: families from the misses of tests/tuning_suites_f
# ---- pred:violence (norm): stoning, "no mercy", wiping out "to the root"
re:\bném đá( \S+){0,2} (thẳng tay|cho chết|đến chết|tới chết|cho bỏ|cho tởn|cho sợ|không thương tiếc)\b | pred:violence | 0.9 | violence_group
re:\b(cứ|phải|nên|cần|thì|cứ thế) ném (đá|gạch|chai|axit|a xít|bom xăng|dao)\b | pred:violence | 0.85 | violence_group
re:\bthẳng tay (đánh|đập|ném|xử|chém|trừng trị|tiêu diệt|diệt|bắn|đâm|giết|tống|đuổi)\b | pred:violence | 0.9 | violence_group
re:\b(đánh|đập|ném đá|xử|chém|trừng trị|tiêu diệt|diệt|bắn|đâm|giết|đuổi|quất|vụt) thẳng tay\b | pred:violence | 0.9 | violence_group
re:\b(danh|dap|nem da|xu|chem|diet|ban|dam|giet|duoi) thang tay\b | pred:violence | 0.9 | violence_group
re:\b(diệt|tiêu diệt|nhổ|trừ|xóa|xoá|quét|dit|diet|tieu diet|nho|tru|xoa|quet|giết|giet|triệt|triet) (sạch |hết |bỏ |sach |het )?tận (gốc|rễ)\b | pred:violence | 0.9 | violence_group
re:\b(diệt|tiêu diệt|nhổ|trừ|xóa|xoá|quét|dit|diet|tieu diet|nho|tru|xoa|quet|triệt|triet) (sạch |hết |bỏ |sach |het )?tan (goc|re)\b | pred:violence | 0.9 | violence_group

# ---- pred:threat: "walk in on your feet, carried out on a stretcher", "dare to come near", "did one already"
re:\bđi (bằng chân|bằng hai chân|bằng 2 chân|bộ) vào\b | pred:threat | 0.85 | threat_violence
re:\bnằm (cáng|băng ca|hòm|quan tài|viện) (ra|về)\b | pred:threat | 0.9 | threat_violence
re:\b(ben mang|bén mảng|mò|vác mặt|ló mặt|lò mò|dám bước)( \S+){0,5} (thì|là) (xác định|xac dinh|ăn đòn|no đòn|biết tay|chết|toi|đừng trách|đừng trách tao|liệu hồn)\b | pred:threat | 0.9 | threat_violence
re:\bthì xác định (ăn đòn|no đòn|nhập viện|vào viện|cấp cứu|ăn dao|ăn gạch|về không lành|không về|khỏi về|nằm viện|què|tàn phế|chết|toi)\b | pred:threat | 0.9 | threat_violence
re:\b(tôi|tao|tui|t|bố|tụi tao|bọn tao|anh em tao) (từng|đã|đã từng) (xử|giết|thịt|chém|đâm|bắn|đánh|xử đẹp|tiễn) (một|1|vài|mấy|hai|ba|dăm|2|3) (đứa|thằng|con|người|mạng|tên)\b | pred:threat | 0.9 | threat_violence
re:\b(xử|giết|thịt|chém|đâm|bắn|xử đẹp|tiễn|xu|giet|chem|ban) thêm (vài|mấy|một|1|dăm|chục|hai|ba|2|3|vai|may|mot)( \S+)? (đứa|thằng|con|mạng|người|tên|dua|thang|mang|nguoi)\b | pred:threat | 0.9 | threat_violence

# ---- pred:dehumanise: locusts, cockroach nests, weeds, breeding like rabbits
châu chấu                 | pred:dehumanise | 0.8 | dehumanising_group
chau chau                 | pred:dehumanise | 0.75 | dehumanising_group
châu chấu đá voi          | allow
chau chau da voi          | allow
re:\b(bầy|đàn|lũ|như|y như|toàn) cào cào\b | pred:dehumanise | 0.8 | dehumanising_group
re:\bkéo (tới|đến|về|qua|sang) đâu( là)? (sạch trơn|sạch sẽ|trơ trụi|trụi lủi|tan hoang|tan nát|sạch sành sanh|sạch bách|hết sạch|trụi|sạch)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bổ (gián|chuột|rận|bọ|dòi|ruồi|muỗi|ký sinh|ma túy|ma tuý|tệ nạn|dịch|bệnh)\b | pred:dehumanise | 0.7 | dehumanising_group
khu ổ chuột               | allow
xóm ổ chuột               | allow
re:\bchui rúc\b | pred:dehumanise | 0.75 | dehumanising_group
re:\bbu (đầy|kín|quanh|lấy|như ruồi)\b | pred:dehumanise | 0.6 | dehumanising_group
re:\b(như|là|y như|toàn|đám|lũ|bọn) cỏ dại\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bnhổ (chỗ|chổ|cây|bụi|đứa|thằng|con) (này|nọ) (mọc|lại mọc|nó mọc)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bđẻ( nhiều| lắm| sòn sòn)? như (thỏ|lợn|heo|chuột|gà|chó|mèo|gián|ruồi|lợn nái|heo nái|súc vật)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bde( nhieu| lam)? nhu (tho|lon|heo|chuot|ga|cho|meo|gian)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- allow: "there is no reason", "is not a pack of" (the negated likeness, read by the model as abuse)
re:\b(chẳng|không|ko|chả|khong|cha|chang) có (lý do|lí do|ly do|li do) (gì|nào|gi|nao)\b | allow
re:\b(chẳng|không|ko|chả|đâu|chang|khong|cha|dau) phải (là )?(lũ|bọn|tụi|đám|loài|giống|lu|bon|tui|dam|loai|giong)\b | allow

# ---- ctx:counter: calls to report, remove, speak up; arguing back; "don't put words in my mouth"
re:\b(lời|những lời|bài|bài đăng|status|comment|bình luận|câu|kiểu) (kêu gọi|cổ xúy|cổ vũ|xúi giục|kích động)\b | ctx:counter
re:\b(cần|phải|nên|đáng) bị (xóa|xoá|gỡ|gỡ bỏ|báo cáo|report|lên án)( ngay| luôn| sớm| triệt để)?\b | ctx:counter
re:\b(cần|phải|nên) (xóa|xoá|gỡ bỏ|báo cáo|report|lên án) (ngay|luôn|sớm|những|các|mấy|bài|câu|lời|comment|bình luận)\b | ctx:counter
re:\bđừng (im lặng|làm ngơ|ngó lơ|lặng im|bỏ qua|làm lơ|đứng nhìn)\b | ctx:counter
re:\blên tiếng (đi|ngay|phản đối|bảo vệ|lên án|chống lại)\b | ctx:counter
re:\b(người khác|ai đó|người ta|kẻ khác|tụi nó|bọn nó|thiên hạ) (gọi|chửi|réo|miệt thị|xúc phạm|sỉ nhục)( \S+){1,4} là\b | ctx:counter
re:\b(tôi|tao|tui|t|mình|em|tớ)( đã| có| liền| bèn| phải| mới| cũng)? (cãi lại|cự lại|phản bác lại|phản bác|cãi tay đôi|cãi nhau với|cãi với)\b | ctx:counter
re:\b(kiểu|thói|sự|cái|những|mấy) (thù ghét|thù hận|kỳ thị|kì thị|phân biệt|miệt thị|định kiến|hận thù) (đó|đấy|ấy|này|kia|như vậy|như thế)\b | ctx:counter
re:\bkhông thể để( \S+){0,4} (thù ghét|thù hận|kỳ thị|kì thị|phân biệt|miệt thị|định kiến|hận thù)\b | ctx:counter
re:\b(gán|đổ|nhét|bịa) (lời|chữ|câu|điều)( đó)? (cho|vào miệng|vào mồm)\b | ctx:counter
re:\b(chưa|chưa bao giờ|không bao giờ|không hề|chưa hề|chẳng hề|đâu có|đéo|chưa từng|không từng|chẳng bao giờ) (từng )?(viết|nói|bảo|đăng|phát biểu|post) (câu|điều|lời|chữ|cái|như) (đó|đấy|ấy|này|vậy|thế)\b | ctx:counter
re:\b(tôi|tao|tui|mình|t|em|tớ) (không|chưa|chẳng|chả|đâu|ko|đéo|chưa bao giờ|không bao giờ|không hề|đéo bao giờ|chưa từng) (có )?(nói|bảo|viết|nghĩ|coi|cho rằng|khẳng định)\b | ctx:negation

# ---- pred:exclude: "no place for", "don't expect to be respected", "please don't apply", "even want to be"
re:\b(chả|chẳng|không|ko|k|đéo|éo|khong|cha|chang|deo) có (chỗ|chổ|chỗ đứng|chỗ nào|nơi nào|chỗ nao|cho|cho nao|cho dung) (cho|dành cho|danh cho)\b | pred:exclude | 0.85 | exclusion_group
re:\b(chả|chẳng|không|ko|đéo|éo|khong|cha|chang|deo) (có )?chỗ đứng\b | pred:exclude | 0.8 | exclusion_group
re:\bđừng (mong|hòng|mơ|hy vọng|hi vọng|có mơ|có mong|mơ tưởng|nghĩ)( có ngày| có lúc| một ngày| sẽ| có cửa| là)?( được)? (tôn trọng|chấp nhận|coi trọng|đối xử tử tế|nhận|tuyển|vào|bình đẳng|thăng chức|sống yên|yên thân|yên ổn|ngóc đầu|làm người|có cửa)\b | pred:exclude | 0.9 | exclusion_group
re:\b(dung|đừng) (mong|hong|mo)( co ngay| se)?( duoc)? (ton trong|chap nhan|coi trong|tuyen)\b | pred:exclude | 0.9 | exclusion_group
re:\b(vui lòng|xin vui lòng|làm ơn|xin|đề nghị|yêu cầu|miễn|mien|vui long) (không|đừng|khỏi|ko|dung|khong|k) (nộp|gửi|ứng tuyển|apply|nop|gui|ung tuyen|liên hệ|lien he|đăng ký|inbox|ib|nhắn tin)\b | pred:exclude | 0.85 | exclusion_group
re:\b(không|ko|khong|kô|miễn|k) (nhận|tuyển|nhan|tuyen) (hồ sơ|ho so|cv)\b | pred:exclude | 0.8 | exclusion_group
re:\bmà (cũng )?(đòi|đòi làm|đòi được|đòi hỏi|bày đặt|đú đởn|cũng đòi|tính|mơ|mơ làm|đòi bình đẳng)( làm)? (người|công dân|con người|bình đẳng|quyền|ngang hàng|ngang bằng|lãnh đạo|sếp)\b | pred:exclude | 0.85 | exclusion_group
re:\bma (cung )?doi( lam)? (nguoi|cong dan|binh dang|quyen)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:attribute: "if they knew shame the sky would fall", "bad nature can't be fixed", stereotypes that recur
re:\bmà (biết|có|hiểu|biet|co|hieu) (xấu hổ|nhục|liêm sỉ|tự trọng|phải trái|lịch sự|văn hóa|văn hoá|đạo đức|lương tâm|điều|ơn|xau ho|liem si|tu trong|dao duc|luong tam)( \S+){0,3} (thì|thi)( có mà)? (trời sập|trời đất sập|mặt trời mọc đằng tây|heo biết bay|lợn biết bay|gà biết bay|lạ|hiếm|trời sap|la)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(thì|thi) (trời sập|trời đất sập|mặt trời mọc đằng tây|mặt trời mọc hướng tây|heo biết bay|lợn biết bay|gà biết bay|trời sap|heo biet bay)\b | pred:attribute | 0.6 | negative_attribute_group
re:\bbản (chất|tính|tánh) (xấu|gian|ác|đê tiện|bẩn|thối|hèn|lươn lẹo|xảo trá|gian xảo|bần tiện|súc vật|thú vật|man rợ|dã man)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bban (chat|tinh) (xau|gian|ac|ban|thoi|hen)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bản chất|bản tính|bản tánh|thói|tật)( \S+){0,3} (không|ko|chẳng|chả|đéo|khó|khong) (sửa|bỏ|thay đổi|đổi|dạy|cải tạo) (được|nổi|dc|đc)\b | pred:attribute | 0.95 | negative_attribute_group
ngựa quen đường cũ        | pred:attribute | 0.7 | negative_attribute_group
re:\b(giang sơn|non sông) dễ đổi,? bản tính khó dời\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(chó|cho) (không|chẳng|ko|khong|chang) (bỏ|bo) (được )?(nghề|nghe) ăn (cứt|cut|phân)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bnuôi ong tay áo\b | pred:attribute | 0.95 | negative_attribute_group
re:\bnuoi ong tay ao\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(rước|nuôi|chứa) (rắn|cáo|sói|hổ|voi|giặc) (trong|vào) nhà\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(đồi bại|đồi trụy|đồi truỵ|suy đồi|trụy lạc|truỵ lạc|sa đọa|sa đoạ|băng hoại|doi bai|doi truy|suy doi|truy lac|sa doa)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(không|chẳng|chả|ko|đéo|khong|cha|chang|deo) (có )?(chút|tí|một chút|miếng|chut|ti) (đạo đức|liêm sỉ|lương tâm|nhân tính|tự trọng|văn hóa|văn hoá|nhân cách|dao duc|liem si|luong tam|tu trong|van hoa)( nào| gì)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(vô|vo) (đạo đức|liêm sỉ|lương tâm|dao duc|liem si|luong tam)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(đi|sáng đi) (muộn|trễ)( \S+){0,2} về sớm\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(di|sang di) (muon|tre)( \S+){0,2} ve som\b | pred:attribute | 0.8 | negative_attribute_group
re:\btuyển( \S+){1,4} (thì|là|thi|la) (xác định|xac dinh|coi như|chuẩn bị|chuan bi|toang|xong|đi đời|mất)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(năm bảy|dăm bảy|năm sáu|cả đàn|cả đống|một đàn|một lũ|cả tá|nam bay|dam bay|ca dan) (đứa con|đứa|con|nhóc|dua con)\b | pred:attribute | 0.55 | negative_attribute_group
re:\bthảo nào (cứ |mãi |suốt |lúc nào cũng )?(nghèo|đói|bẩn|dốt|ngu|lạc hậu|khổ|tụt hậu)\b | pred:attribute | 0.95 | negative_attribute_group
re:\bthao nao (cu |mai )?(ngheo|doi|ban|dot|ngu)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(đẻ|de) (nhiều|lắm|nhieu|lam)( \S+){0,4} (mà vẫn|vẫn|còn|ma van|van|con) (đòi|xin|ăn|nhận|doi|xin|an|nhan) (trợ cấp|tro cap|hỗ trợ|ho tro|cứu trợ|tiền|bám)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(đòi|xin|ăn|sống nhờ|hưởng|bám|doi|an|song nho) (trợ cấp|tro cap)\b | pred:attribute | 0.45 | negative_attribute_group
re:\b(ngửi|ngui|hít|nghe mùi|ngửi mùi|ngui mui)( \S+){0,2} (là|la) (biết|nhận ra|ra|biet)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bmùi (nó|chúng nó|tụi nó|bọn nó|họ|người|của họ|của tụi nó|mui no|hôi|thối|khắm|khó chịu|kinh)( cứ)?( \S+){0,2} (sao sao|kiểu gì|khó ngửi|không chịu nổi|lợm|lộn mửa|nồng nặc|kinh khủng|ghê)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bmở (cửa sổ|cửa|quạt|máy lọc|điều hòa|điều hoà)( \S+){0,2} cho (thoáng|bay mùi|đỡ mùi|đỡ hôi|sạch mùi|hết mùi)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(đeo|mang|đeo thêm|đeo tận|đeo hẳn) (2|hai|3|ba|mấy|thêm|2-3|vài) (lớp|cái) (khẩu trang|găng tay)\b | pred:attribute | 0.85 | negative_attribute_group
re:\blà (t|tôi|tao|tui|mình|em|tớ) (đeo|mang|lấy|đi lấy) (khẩu trang|găng tay|nước rửa tay|cồn)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(quay đầu|co giò|ba chân bốn cẳng|vắt chân lên cổ) (bỏ )?(chạy|chạy mất dép|chạy thục mạng|biến)\b | pred:attribute | 0.7 | negative_attribute_group
re:\bvụ (lừa đảo|trộm|cướp|trộm cắp|móc túi|hiếp dâm|giết người|lua dao|trom|cuop)( \S+){0,2} nào( \S+){0,4} cũng (thấy |có |dính |liên quan )?(có|tới|đến|dính|thấy)\b | pred:attribute | 0.85 | negative_attribute_group
re:\btrùng hợp (ghê|ghê ha|quá|thật|vãi|vl|dữ|thế|vậy|nhỉ)\b | pred:attribute | 0.4 | negative_attribute_group

# ---- pred:dehumanise: "since when are they counted as people"
re:\b(từ khi nào|từ bao giờ|từ lúc nào|tự bao giờ|tu khi nao|tu bao gio)( mà)?( \S+){1,6} (được|đc|dc|duoc) (coi|xem|tính|công nhận|cong nhan|tinh) là (người|con người|nguoi|con nguoi)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\bmà (cũng )?(đòi|bày đặt|học đòi|đú|bon chen|đua đòi) (làm|được|hỏi|có|bình đẳng|quyền|ngang)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bma (cung )?(doi|bay dat|hoc doi) (lam|duoc|hoi|co)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:emotion: "what I hate most", lists of hated things
re:\b(thứ|điều|cái|người|bọn|đứa)( \S+){0,2} (căm|ghét|ghê tởm|kinh tởm|khinh|ớn|gớm|tởm|căm ghét|căm thù|thù|cam|ghet|ghe tom|kinh tom) nhất\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(căm|ghét|ghê tởm|kinh tởm|tởm|căm ghét|căm thù|cam ghet|cam thu) nhất (đời|cuộc đời|trên đời|trần đời|quả đất|thế giới|hệ mặt trời|vũ trụ)\b | pred:emotion | 0.9 | hate_emotion_group

# ---- allow: "don't say I didn't warn you" (a warning, not counter-speech)
re:\b(đừng|đừng có|dung|đừng bảo|đừng trách) (nói|bảo|trách|noi|bao)? ?(t|tôi|tao|tui|mình|tớ|em|anh|toi|minh) (không|ko|chưa|k|khong|chua|hông) (báo|nhắc|cảnh báo|nói|bảo|dặn|bao|nhac|canh bao|noi)( trước| truoc)?\b | allow

# ---- pred:attribute: "all a bunch of crooks" with the collective words the engine lacked
re:\btoàn (là )?(phường|quân|hạng|một phường|một quân|cái phường|cái quân|giống) (lừa đảo|lừa lọc|ăn cắp|ăn trộm|trộm cướp|ăn bẩn|ăn tiền|ăn hại|ăn bám|vô dụng|mất dạy|khốn nạn|rác rưởi|cặn bã|tham nhũng|vô học|lưu manh|côn đồ|bịp bợm|gian manh|gian xảo|xảo trá|dối trá|vô lại|đầu trâu mặt ngựa|bất lương)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(phường|quân|hạng|một phường|một quân) (lừa đảo|lừa lọc|ăn cắp|trộm cướp|bịp bợm|gian manh|vô lại|bất lương|đầu trâu mặt ngựa|ăn cháo đá bát|lưu manh|côn đồ|mất dạy)\b | pred:attribute | 0.85 | negative_attribute_group
re:\btoan (la )?(phuong|quan|hang) (lua dao|an cap|an trom|trom cuop|an ban|an hai|mat day|khon nan|luu manh|con do|bip bom)\b | pred:attribute | 0.9 | negative_attribute_group

# ---- harassment at a named person (no "you" needed): "a waste of space", "goldfish brain and still acts big", "get out"
re:\b(loại|cái loại) (phế vật|rác rưởi|cặn bã|ăn hại|vô dụng|bỏ đi|súc sinh|súc vật|chó má|mất dạy|khốn nạn|vô học)\b | harassment | 0.7 | insult_at_person
re:\b(thứ|cái thứ) (phế vật|cặn bã|súc sinh|súc vật|chó má|mất dạy|khốn nạn|vô học|mặt dày|vô ơn|ăn cháo đá bát)\b | harassment | 0.7 | insult_at_person
re:\bsống (chỉ|chỉ để|chỉ biết|chỉ tổ|chỉ có) (làm khổ|làm hại|hại|phá|phá hoại|ăn hại|tốn cơm|chật đất|báo hại|làm phiền|gây hại|hành)( người khác| người ta| mọi người| thiên hạ| gia đình)?\b | harassment | 0.6 | insult_at_person
re:\b(sống|chỉ tổ|chỉ) (chật đất|thừa|tốn cơm|tốn oxy|tốn không khí|phí cơm|chật chỗ)\b | harassment | 0.5 | insult_at_person | needs=target
re:\bnão (cá vàng|tôm|chó|lợn|heo|bò|gà|ngắn|phẳng|cá|trái nho|quả nho)( \S+){0,2} (mà|còn|cũng|lại) (bày đặt|bày|đòi|học đòi|lên mặt|to mồm|lắm mồm|sủa|dạy đời|ra vẻ)\b | harassment | 0.8 | insult_at_person
re:\bloại (người|đàn bà|đàn ông|thằng|con|đứa|như)? ?như (mày|chị|anh|em|cô|ông|bà|bạn|cậu|mi|bây|mầy|m|thằng này|con này|nó)\b | harassment | 0.6 | insult_at_person
re:\b(nên|phải|hãy|mau|làm ơn|biết điều thì|tốt nhất là|tốt nhất) cút (khỏi|ra khỏi|xéo|đi|về|mẹ|luôn|cho khuất mắt)\b | harassment | 0.75 | insult_at_person

# ---- ctx:ingroup: "X and me are two …" (other order), "us X folk, here we are"
re:\b(với|và|voi|va) (tui|tôi|mình|tao|tớ|em|t|toi|minh) (là|la) (hai|ba|cả hai|2|3|mấy) (đứa|thằng|con|dua|thang|bà|chị em|anh em|người)\b | ctx:ingroup
re:\b(tụi tao|bọn tao|chúng tao|tụi tớ|bọn tớ|tụi t|bọn t|tui tao|bon tao) (đây|nè|đó|là thế|là vậy|vốn|xưa nay|từ bé|day|ne)\b | ctx:ingroup
# a regional nickname followed by "us": the writer naming their own people
re:\b(dân |người |tụi |bọn )?(bắc kỳ|nam kỳ|trung kỳ|bắc kì|nam kì|trung kì|bac ky|nam ky) (tụi tao|bọn tao|tụi tui|tụi mình|chúng tao|bọn tớ|tụi tớ|chúng tôi|bọn mình|tui tao|bon tao)\b | allow

# ---- slurs for women and lesbians after "là con / có con / ngay con" (a person slot; "con" alone is also
# the animal classifier, so only these words, which name no animal)
re:\b(là|đúng là) con (đĩ|phò|điếm|cave)\b | hate | 0.8 | slur_group | severe
re:\b(có|ngay|gặp|thấy|mấy|cái|gặp phải|dính|dính phải|vớ phải|rước|toàn|đám) con (đĩ|phò|điếm|cave|bánh bèo|ô môi|banh beo|o moi)\b | hate | 0.8 | slur_group | severe

# ---- allow: machines and gadgets called stupid ("con xe ngu như bò", "cái máy in ngu vãi")
re:\b(con xe|cái xe|chiếc xe|xe số|xe tay ga|cái máy|con máy|máy in|cái điện thoại|con điện thoại|cái app|cái laptop|con laptop|cái wifi|cái máy tính|con máy tính|cái tivi|cái router|con chip|cái remote|cái tủ lạnh|cái nồi)( \S+){0,3} ngu( như (bò|lợn|heo|chó|gà|trâu))?\b | allow
