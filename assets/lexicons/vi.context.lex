# Vietnamese context words. Diacritics are KEPT for @lang vi, so a word typed without them
# ("may", "ngu", "du") is a different string from the word with them ("mày", "ngủ", "đụ"):
# write both forms only where the bare form does not collide with an everyday word.
@format 1
@lang vi
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- ctx:target: second person, contemptuous classifiers used as "you / that guy" -----------
mày             | ctx:target
mầy             | ctx:target
mài             | ctx:target
tụi mày         | ctx:target
bọn mày         | ctx:target
chúng mày       | ctx:target
lũ mày          | ctx:target
tui may         | ctx:target
bon may         | ctx:target
chung may       | ctx:target
bạn             | ctx:target
các bạn         | ctx:target
cậu             | ctx:target
ad              | ctx:target
admin           | ctx:target
thằng           | ctx:target
con mụ          | ctx:target
mụ              | ctx:target
lão             | ctx:target
ông này         | ctx:target
bà này          | ctx:target
ông kia         | ctx:target
bà kia          | ctx:target
con này         | ctx:target
con kia         | ctx:target
thằng này       | ctx:target
thằng kia       | ctx:target
mấy thằng       | ctx:target
mấy con         | ctx:target
bọn             | ctx:target
chúng nó        | ctx:target
tụi nó          | ctx:target
thang nay       | ctx:target
thang kia       | ctx:target

# --- ctx:group ------------------------------------------------------------------------------
người bắc       | ctx:group
người nam       | ctx:group
người trung     | ctx:group
dân bắc         | ctx:group
dân nam         | ctx:group
dân miền bắc    | ctx:group
dân miền nam    | ctx:group
dân miền trung  | ctx:group
người miền bắc  | ctx:group
người miền nam  | ctx:group
người miền trung | ctx:group
dân thanh hóa   | ctx:group
dân nghệ an     | ctx:group
người thanh hóa | ctx:group
người nghệ an   | ctx:group
dân tộc thiểu số | ctx:group
người dân tộc   | ctx:group
người thượng    | ctx:group
người khmer     | ctx:group
người chăm      | ctx:group
người hoa       | ctx:group
người tàu       | ctx:group
người trung quốc | ctx:group
trung quốc      | ctx:group
bọn tàu         | ctx:group
người hàn       | ctx:group
người nhật      | ctx:group
người ấn        | ctx:group
người ấn độ     | ctx:group
người da đen    | ctx:group
da đen          | ctx:group
người châu phi  | ctx:group
người mỹ        | ctx:group
việt kiều       | ctx:group
người đồng tính | ctx:group
đồng tính       | ctx:group
đồng tính nam   | ctx:group
đồng tính nữ    | ctx:group
gay             | ctx:group
les             | ctx:group
lgbt*           | ctx:group
người chuyển giới | ctx:group
chuyển giới     | ctx:group
phụ nữ          | ctx:group
đàn bà          | ctx:group
con gái         | ctx:group
người khuyết tật | ctx:group
khuyết tật      | ctx:group
hồi giáo        | ctx:group
người hồi giáo  | ctx:group
đạo hồi         | ctx:group
công giáo       | ctx:group
thiên chúa giáo | ctx:group
dân công giáo   | ctx:group
phật giáo       | ctx:group
tin lành        | ctx:group
người do thái   | ctx:group
do thái         | ctx:group
dan bac         | ctx:group
dan nam         | ctx:group
nguoi bac       | ctx:group
dong tinh       | ctx:group

# --- ctx:negation (only multi-word negators: bare "không" is also a question particle) ------
không phải      | ctx:negation
khong phai      | ctx:negation
ko phải         | ctx:negation
ko phai         | ctx:negation
k phải          | ctx:negation
chẳng phải      | ctx:negation
đâu phải        | ctx:negation
không hề        | ctx:negation
khong he        | ctx:negation
chẳng hề        | ctx:negation
chưa bao giờ    | ctx:negation
không bao giờ   | ctx:negation
đâu có          | ctx:negation
không có ý      | ctx:negation

# --- ctx:counter ----------------------------------------------------------------------------
bị chửi là      | ctx:counter
bị gọi là       | ctx:counter
gọi người ta là | ctx:counter
chửi người ta là | ctx:counter
đừng chửi       | ctx:counter
không nên chửi  | ctx:counter
đừng gọi        | ctx:counter
đừng kỳ thị     | ctx:counter
không nên kỳ thị | ctx:counter
kỳ thị vùng miền | ctx:counter
phân biệt vùng miền | ctx:counter
phân biệt chủng tộc | ctx:counter
phân biệt đối xử | ctx:counter
lên án          | ctx:counter
tố cáo          | ctx:counter
báo cáo         | ctx:counter
nạn nhân        | ctx:counter
bắt nạt         | ctx:counter
bạo lực mạng    | ctx:counter
cảnh giác       | ctx:counter
cảnh báo        | ctx:counter
# bare "lừa đảo" is also an accusation ("toàn lũ lừa đảo"); only warning collocations count (2026-12)
bị lừa đảo      | ctx:counter
cảnh báo lừa đảo | ctx:counter
chiêu lừa đảo   | ctx:counter
thủ đoạn lừa đảo | ctx:counter
lừa đảo qua mạng | ctx:counter
lừa đảo trực tuyến | ctx:counter
đối tượng lừa đảo | ctx:counter
kẻ lừa đảo      | ctx:counter
vụ lừa đảo      | ctx:counter
tin nhắn lừa đảo | ctx:counter
cuộc gọi lừa đảo | ctx:counter
trang web lừa đảo | ctx:counter
chống lừa đảo   | ctx:counter
chiêu lừa       | ctx:counter
thủ đoạn        | ctx:counter
# "đừng tin đứa nào" (trust none of them) is hate; warnings name what not to believe
re:\bđừng (bao giờ )?tin (mấy|những|các|lời|vào|tin nhắn|cuộc gọi|bất kỳ|link|đường link)\b | ctx:counter
đừng bao giờ cung cấp | ctx:counter
canh giac       | ctx:counter
bi lua dao      | ctx:counter
canh bao lua dao | ctx:counter
chieu lua dao   | ctx:counter

# --- allow: benign collocations -------------------------------------------------------------
# "óc chó" (dog brain) is also the walnut
quả óc chó      | allow
hạt óc chó      | allow
sữa óc chó      | allow
dầu óc chó      | allow
gỗ óc chó       | allow
hat oc cho      | allow
sua oc cho      | allow
go oc cho       | allow
# "ngu" without diacritics is also ngủ (sleep), ngữ (language), ngũ (five), ngư (fish)
đi ngu          | allow
di ngu          | allow
ngu ngon        | allow
buon ngu        | allow
giac ngu        | allow
ngu day         | allow
mat ngu         | allow
thieu ngu       | allow
ngon ngu        | allow
ngu phap        | allow
ngu van         | allow
thanh ngu       | allow
tu ngu          | allow
ngu canh        | allow
doi ngu         | allow
ngu coc         | allow
ngu hanh        | allow
ngu dan         | allow
ngu nghiep      | allow
ngu loi         | allow
giấc ngủ        | allow
ngủ ngon        | allow
# other words that contain a flagged one
sáng sủa        | allow
chó sủa         | allow
chó đẻ con      | allow
giết thời gian  | allow
giet thoi gian  | allow
chém gió        | allow
chem gio        | allow
nam kỳ khởi nghĩa | allow
nam ky khoi nghia | allow

# ---- ctx:target: third person and pointing at someone (insulting a person who is talked about is
# ---- still harassment); added 2026-11-29 by the engine maintainers, original work ----
nó | ctx:target
họ | ctx:target
hắn | ctx:target
thằng đó | ctx:target
con đó | ctx:target
bọn nó | ctx:target
lũ | ctx:target
người này | ctx:target
ông ta | ctx:target
bà ta | ctx:target
cô ta | ctx:target
anh ta | ctx:target
nó là | ctx:target
may thang | ctx:target
thang nay | ctx:target
con nay | ctx:target

# ---- ctx:group: slur names and regional labels also name a group (added 2026-12) ----
tàu khựa | ctx:group
tau khua | ctx:group
taukhua | ctx:group
khựa | ctx:group
bắc kỳ | ctx:group
bac ky | ctx:group
dân bắc | ctx:group
người bắc | ctx:group
dân nam kỳ | ctx:group
bê đê | ctx:group
pê đê | ctx:group
người trung quốc | ctx:group
nguoi trung quoc | ctx:group
dan ba | ctx:group
phu nu | ctx:group

# ---- ctx:counter: "never give/share your OTP" warnings (added 2026-12) ----
re:\b(không|đừng|tuyệt đối không|không bao giờ|khong|dung)( bao giờ)? (cung cấp|chia sẻ|đưa|gửi|tiết lộ|cung cap|chia se|dua|gui) (mã )?(otp|mật khẩu|mat khau|mã xác nhận)\b | ctx:counter

# ---- ctx:target: vocatives "cô ơi", "anh ơi", "bạn ơi" (with or without marks) address a person (2026-12) ----
re:\b(cô|chú|anh|chị|em|bạn|bác|ông|bà|con|thím|dì|co|chu|chi|ban|bac|ong|ba|di) (ơi|oi)\b | ctx:target
# ---- ctx:target: "you people", "those guys" forms (added 2026-12) ----
mấy người | ctx:target
tụi bây | ctx:target
chúng bay | ctx:target
bọn bây | ctx:target
mấy đứa | ctx:target
mấy bà | ctx:target
mấy ông | ctx:target
thằng cha | ctx:target
mấy thằng cha | ctx:target

# ---- ctx:denial: deny a worth only (pred:worth, "X không đáng tin"); bare "không" is also a
# question particle, too loose for ctx:negation. added 2026-12
không           | ctx:denial
chẳng           | ctx:denial
chả             | ctx:denial
chưa            | ctx:denial
đéo             | ctx:denial
đếch            | ctx:denial
hông            | ctx:denial
ko              | ctx:denial
khong           | ctx:denial

# ---- ctx:contrast: the word that turns a sentence round ("I'm not racist but ..."): a negator before it
# with nothing named between disclaims the writer and negates nothing after it
nhưng            | ctx:contrast
nhưng mà        | ctx:contrast
nhg               | ctx:contrast
