@format 1
@lang vi
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites), never from held-back or blind cases
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
