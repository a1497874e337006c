# Vietnamese groups and predicates for the target x predicate layer: who a sentence is about
# (grp:*) and what it says of them (pred:*). A predicate scores only next to a group or a person in
# its sentence, or with a pronoun ("chúng nó", "bọn chúng", "tụi nó", "họ") pointing back to a group
# named just before. Groups already in vi.context.lex (ctx:group) are not repeated. Diacritics are
# kept for @lang vi, so common forms typed without them are listed too where they do not collide
# with other words. Bare "gián" (in "gián tiếp"), "cút" (in "chim cút") and "ném đá" (online
# criticism) are left out. Plain "không" is not a negator in vi.context.lex, so negated forms of the
# main predicates ("không ghét") are listed under `allow`.
@format 1
@lang vi
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- grp:protected: further protected groups (colloquial and derogatory names included)
parky                      | grp:protected
gốc hoa                    | grp:protected
người gốc hoa              | grp:protected
người việt gốc hoa         | grp:protected
hoa kiều                   | grp:protected
# places of worship stand for the people who worship there ("đốt hết chùa")
nhà thờ hồi giáo           | grp:protected
thánh đường hồi giáo       | grp:protected
nhà thờ công giáo          | grp:protected
dân nghệ                   | grp:protected
người nghệ                 | grp:protected
dân hà tĩnh                | grp:protected
người hà tĩnh              | grp:protected
thanh hoá                  | grp:protected
dân thanh hoá              | grp:protected
người thanh hoá            | grp:protected
dân miền tây               | grp:protected
người miền tây             | grp:protected
dân tàu                    | grp:protected
chệt                       | grp:protected
ba tàu                     | grp:protected
người miên                 | grp:protected
người campuchia            | grp:protected
người lào                  | grp:protected
người thái                 | grp:protected
người mèo                  | grp:protected
người hmông                | grp:protected
người h'mông               | grp:protected
người mán                  | grp:protected
dân mọi                    | grp:protected
người thiểu số             | grp:protected
đồng bào dân tộc           | grp:protected
người ê đê                 | grp:protected
người tày                  | grp:protected
người nùng                 | grp:protected
người dao                  | grp:protected
người gia rai              | grp:protected
người ba na                | grp:protected
người kinh                 | grp:protected
người da trắng             | grp:protected
người da màu               | grp:protected
da màu                     | grp:protected
người ả rập                | grp:protected
người pakistan             | grp:protected
người bangladesh           | grp:protected
người philippines          | grp:protected
người indonesia            | grp:protected
người malaysia             | grp:protected
người nước ngoài           | grp:protected
dân nước ngoài             | grp:protected
người ngoại quốc           | grp:protected
người tây                  | grp:protected
bọn tây                    | grp:protected
tây balo                   | grp:protected
người nhập cư              | grp:protected
dân nhập cư                | grp:protected
người di cư                | grp:protected
người tị nạn               | grp:protected
người tỵ nạn               | grp:protected
dân tị nạn                 | grp:protected
người rohingya             | grp:protected
rohingya                   | grp:protected
lao động nước ngoài        | grp:protected
người lai                  | grp:protected
con lai                    | grp:protected
muslim                     | grp:protected
đạo thiên chúa             | grp:protected
con chiên                  | grp:protected
dân đạo                    | grp:protected
phật tử                    | grp:protected
người theo đạo phật        | grp:protected
đạo phật                   | grp:protected
cao đài                    | grp:protected
hòa hảo                    | grp:protected
người vô thần              | grp:protected
vô thần                    | grp:protected
người hindu                | grp:protected
ấn độ giáo                 | grp:protected
bóng lộ                    | grp:protected
bóng kín                   | grp:protected
xăng pha nhớt              | grp:protected
ái nam ái nữ               | grp:protected
người song tính            | grp:protected
song tính                  | grp:protected
lưỡng tính                 | grp:protected
người liên giới tính       | grp:protected
đồng tính luyến ái         | grp:protected
tomboy                     | grp:protected
queer                      | grp:protected
trans                      | grp:protected
nữ giới                    | grp:protected
phái nữ                    | grp:protected
người tàn tật              | grp:protected
tàn tật                    | grp:protected
người tàn phế              | grp:protected
người mù                   | grp:protected
người điếc                 | grp:protected
người câm                  | grp:protected
người thiểu năng           | grp:protected
thiểu năng trí tuệ         | grp:protected
người tự kỷ                | grp:protected
trẻ tự kỷ                  | grp:protected
người bị down              | grp:protected
người tâm thần             | grp:protected
bệnh nhân tâm thần         | grp:protected
người què                  | grp:protected
nguoi hoa                  | grp:protected
nguoi tau                  | grp:protected
nguoi khmer                | grp:protected
chuyen gioi                | grp:protected
nguoi chuyen gioi          | grp:protected
nguoi dong tinh            | grp:protected
nguoi khuyet tat           | grp:protected
khuyet tat                 | grp:protected
hoi giao                   | grp:protected
nguoi hoi giao             | grp:protected
cong giao                  | grp:protected
nguoi da den               | grp:protected
da den                     | grp:protected
nguoi mien tay             | grp:protected
nguoi nuoc ngoai           | grp:protected
nguoi dan toc              | grp:protected
dan toc thieu so           | grp:protected
be de                      | grp:protected
pe de                      | grp:protected

# ---- grp:other: groups that are not protected (abuse of them is harassment)
chính trị gia              | grp:other
quan chức                  | grp:other
cán bộ                     | grp:other
quan tham                  | grp:other
lãnh đạo                   | grp:other
công an                    | grp:other
cảnh sát                   | grp:other
csgt                       | grp:other
cảnh sát giao thông        | grp:other
bộ đội                     | grp:other
quân đội                   | grp:other
luật sư                    | grp:other
thẩm phán                  | grp:other
bác sĩ                     | grp:other
y tá                       | grp:other
giáo viên                  | grp:other
thầy cô                    | grp:other
học sinh                   | grp:other
sinh viên                  | grp:other
trọng tài                  | grp:other
cầu thủ                    | grp:other
huấn luyện viên            | grp:other
hlv                        | grp:other
fan                        | grp:other
fans                       | grp:other
fan cuồng                  | grp:other
cổ động viên               | grp:other
cđv                        | grp:other
antifan                    | grp:other
idol                       | grp:other
ca sĩ                      | grp:other
diễn viên                  | grp:other
người nổi tiếng            | grp:other
hot girl                   | grp:other
tiktoker                   | grp:other
youtuber                   | grp:other
streamer                   | grp:other
influencer                 | grp:other
kol                        | grp:other
game thủ                   | grp:other
gamer                      | grp:other
chủ nhà                    | grp:other
chủ trọ                    | grp:other
đại gia                    | grp:other
người giàu                 | grp:other
nhà giàu                   | grp:other
tư bản                     | grp:other
# bare "ngân hàng" (the bank, its app) is an institution, not people: left out (2026-12)
nhân viên ngân hàng        | grp:other
doanh nhân                 | grp:other
sếp                        | grp:other
giám đốc                   | grp:other
nhà báo                    | grp:other
phóng viên                 | grp:other
báo chí                    | grp:other
truyền thông               | grp:other
tài xế                     | grp:other
tài xế grab                | grp:other
xe ôm                      | grp:other
shipper                    | grp:other
con buôn                   | grp:other
thương lái                 | grp:other
hàng xóm                   | grp:other
mẹ chồng                   | grp:other
dư luận viên               | grp:other
dlv                        | grp:other
phản động                  | grp:other
# "ba que" moved to grp:protected (a regional slur for southerners, 2026-12)
bò đỏ                      | grp:other
đảng viên                  | grp:other
việt tân                   | grp:other
nữ quyền                   | grp:other
anh hùng bàn phím          | grp:other
cộng đồng mạng             | grp:other
dân mạng                   | grp:other
boomer                     | grp:other
gen z                      | grp:other
trẻ trâu                   | grp:other

# ---- grp:pronoun: they, them and back-references
chúng nó                   | grp:pronoun
bọn chúng                  | grp:pronoun
bọn họ                     | grp:pronoun
tụi nó                     | grp:pronoun
họ                         | grp:pronoun
bọn nó                     | grp:pronoun
lũ chúng nó                | grp:pronoun
lũ nó                      | grp:pronoun
lũ chúng                   | grp:pronoun
mấy người đó               | grp:pronoun
những người đó             | grp:pronoun
những người này            | grp:pronoun
những kẻ đó                | grp:pronoun
những kẻ này               | grp:pronoun
bọn đó                     | grp:pronoun
bọn này                    | grp:pronoun
lũ đó                      | grp:pronoun
lũ này                     | grp:pronoun
tụi đó                     | grp:pronoun
đám đó                     | grp:pronoun
đám này                    | grp:pronoun
đám người đó               | grp:pronoun
đám người này              | grp:pronoun
cái bọn                    | grp:pronoun
cái lũ                     | grp:pronoun
loại người đó              | grp:pronoun
loại người này             | grp:pronoun
thứ người đó               | grp:pronoun
bọn người                  | grp:pronoun
lũ người                   | grp:pronoun
chung no                   | grp:pronoun
bon chung                  | grp:pronoun
bon ho                     | grp:pronoun
tui no                     | grp:pronoun
bon no                     | grp:pronoun
lu no                      | grp:pronoun

# ---- pred:emotion: strong negative emotion about a group
ghét                       | pred:emotion | 0.8 | hate_emotion_group
ghét cay ghét đắng         | pred:emotion | 0.9 | hate_emotion_group
căm ghét                   | pred:emotion | 0.9 | hate_emotion_group
căm thù                    | pred:emotion | 0.9 | hate_emotion_group
thù ghét                   | pred:emotion | 0.9 | hate_emotion_group
căm hận                    | pred:emotion | 0.9 | hate_emotion_group
oán hận                    | pred:emotion | 0.85 | hate_emotion_group
hận                        | pred:emotion | 0.8 | hate_emotion_group
ghê tởm                    | pred:emotion | 0.9 | hate_emotion_group
kinh tởm                   | pred:emotion | 0.9 | hate_emotion_group
tởm                        | pred:emotion | 0.85 | hate_emotion_group
khinh                      | pred:emotion | 0.8 | hate_emotion_group
khinh bỉ                   | pred:emotion | 0.85 | hate_emotion_group
khinh miệt                 | pred:emotion | 0.85 | hate_emotion_group
khinh thường               | pred:emotion | 0.8 | hate_emotion_group
coi thường                 | pred:emotion | 0.75 | hate_emotion_group
ghét bỏ                    | pred:emotion | 0.8 | hate_emotion_group
chán ghét                  | pred:emotion | 0.85 | hate_emotion_group
ghét nhất                  | pred:emotion | 0.9 | hate_emotion_group
cực ghét                   | pred:emotion | 0.85 | hate_emotion_group
rất ghét                   | pred:emotion | 0.85 | hate_emotion_group
ghét vãi                   | pred:emotion | 0.85 | hate_emotion_group
ghét vl                    | pred:emotion | 0.85 | hate_emotion_group
ghét vcl                   | pred:emotion | 0.85 | hate_emotion_group
chướng mắt                 | pred:emotion | 0.8 | hate_emotion_group
ngứa mắt                   | pred:emotion | 0.8 | hate_emotion_group
gai mắt                    | pred:emotion | 0.8 | hate_emotion_group
thấy buồn nôn              | pred:emotion | 0.85 | hate_emotion_group
muốn ói                    | pred:emotion | 0.85 | hate_emotion_group
muốn nôn                   | pred:emotion | 0.85 | hate_emotion_group
phát ói                    | pred:emotion | 0.85 | hate_emotion_group
chịu không nổi             | pred:emotion | 0.8 | hate_emotion_group
không chịu nổi             | pred:emotion | 0.8 | hate_emotion_group
không ưa                   | pred:emotion | 0.75 | hate_emotion_group
ko ưa                      | pred:emotion | 0.75 | hate_emotion_group
ghet                       | pred:emotion | 0.75 | hate_emotion_group
cam ghet                   | pred:emotion | 0.85 | hate_emotion_group
cam thu                    | pred:emotion | 0.85 | hate_emotion_group
kinh tom                   | pred:emotion | 0.85 | hate_emotion_group
khinh bi                   | pred:emotion | 0.8 | hate_emotion_group

# ---- pred:attribute: very negative attributes said of a group
bẩn                        | pred:attribute | 0.75 | negative_attribute_group
bẩn thỉu                   | pred:attribute | 0.85 | negative_attribute_group
dơ                         | pred:attribute | 0.75 | negative_attribute_group
dơ bẩn                     | pred:attribute | 0.85 | negative_attribute_group
dơ dáy                     | pred:attribute | 0.85 | negative_attribute_group
ở bẩn                      | pred:attribute | 0.8 | negative_attribute_group
hôi rình                   | pred:attribute | 0.8 | negative_attribute_group
hôi như                    | pred:attribute | 0.8 | negative_attribute_group
hôi hám                    | pred:attribute | 0.8 | negative_attribute_group
hôi thối                   | pred:attribute | 0.85 | negative_attribute_group
thối tha                   | pred:attribute | 0.8 | negative_attribute_group
thối nát                   | pred:attribute | 0.75 | negative_attribute_group
bốc mùi                    | pred:attribute | 0.75 | negative_attribute_group
ô uế                       | pred:attribute | 0.85 | negative_attribute_group
nhơ nhớp                   | pred:attribute | 0.85 | negative_attribute_group
tởm lợm                    | pred:attribute | 0.85 | negative_attribute_group
mất vệ sinh                | pred:attribute | 0.75 | negative_attribute_group
lừa đảo                    | pred:attribute | 0.8 | negative_attribute_group
lừa lọc                    | pred:attribute | 0.8 | negative_attribute_group
gian xảo                   | pred:attribute | 0.8 | negative_attribute_group
gian manh                  | pred:attribute | 0.8 | negative_attribute_group
xảo trá                    | pred:attribute | 0.8 | negative_attribute_group
xảo quyệt                  | pred:attribute | 0.8 | negative_attribute_group
dối trá                    | pred:attribute | 0.8 | negative_attribute_group
điêu toa                   | pred:attribute | 0.8 | negative_attribute_group
ăn cắp                     | pred:attribute | 0.85 | negative_attribute_group
ăn trộm                    | pred:attribute | 0.85 | negative_attribute_group
trộm cắp                   | pred:attribute | 0.85 | negative_attribute_group
bọn cướp                   | pred:attribute | 0.8 | negative_attribute_group
côn đồ                     | pred:attribute | 0.8 | negative_attribute_group
bọn tội phạm               | pred:attribute | 0.8 | negative_attribute_group
lũ tội phạm                | pred:attribute | 0.8 | negative_attribute_group
là tội phạm                | pred:attribute | 0.8 | negative_attribute_group
toàn tội phạm              | pred:attribute | 0.8 | negative_attribute_group
sát nhân                   | pred:attribute | 0.85 | negative_attribute_group
kẻ hiếp dâm                | pred:attribute | 0.85 | negative_attribute_group
bọn khủng bố               | pred:attribute | 0.85 | negative_attribute_group
lũ khủng bố                | pred:attribute | 0.85 | negative_attribute_group
quân khủng bố              | pred:attribute | 0.85 | negative_attribute_group
là khủng bố                | pred:attribute | 0.85 | negative_attribute_group
toàn khủng bố              | pred:attribute | 0.85 | negative_attribute_group
biến thái                  | pred:attribute | 0.8 | negative_attribute_group
bệnh hoạn                  | pred:attribute | 0.8 | negative_attribute_group
lệch lạc                   | pred:attribute | 0.75 | negative_attribute_group
trái tự nhiên              | pred:attribute | 0.8 | negative_attribute_group
quái dị                    | pred:attribute | 0.75 | negative_attribute_group
dị hợm                     | pred:attribute | 0.8 | negative_attribute_group
ngu                        | pred:attribute | 0.75 | negative_attribute_group
ngu si                     | pred:attribute | 0.8 | negative_attribute_group
ngu dốt                    | pred:attribute | 0.8 | negative_attribute_group
đần                        | pred:attribute | 0.75 | negative_attribute_group
đần độn                    | pred:attribute | 0.8 | negative_attribute_group
óc chó                     | pred:attribute | 0.8 | negative_attribute_group
não tàn                    | pred:attribute | 0.8 | negative_attribute_group
vô học                     | pred:attribute | 0.8 | negative_attribute_group
thất học                   | pred:attribute | 0.75 | negative_attribute_group
mất dạy                    | pred:attribute | 0.8 | negative_attribute_group
vô văn hóa                 | pred:attribute | 0.8 | negative_attribute_group
vô văn hoá                 | pred:attribute | 0.8 | negative_attribute_group
kém văn minh               | pred:attribute | 0.75 | negative_attribute_group
thiếu văn minh             | pred:attribute | 0.75 | negative_attribute_group
mọi rợ                     | pred:attribute | 0.85 | negative_attribute_group
man rợ                     | pred:attribute | 0.85 | negative_attribute_group
lạc hậu                    | pred:attribute | 0.7 | negative_attribute_group
hèn hạ                     | pred:attribute | 0.8 | negative_attribute_group
đê tiện                    | pred:attribute | 0.85 | negative_attribute_group
đê hèn                     | pred:attribute | 0.85 | negative_attribute_group
hạ đẳng                    | pred:attribute | 0.9 | negative_attribute_group
hạ tiện                    | pred:attribute | 0.85 | negative_attribute_group
thấp kém                   | pred:attribute | 0.8 | negative_attribute_group
rẻ rách                    | pred:attribute | 0.8 | negative_attribute_group
vô dụng                    | pred:attribute | 0.8 | negative_attribute_group
ăn hại                     | pred:attribute | 0.8 | negative_attribute_group
ăn bám                     | pred:attribute | 0.85 | negative_attribute_group
lười biếng                 | pred:attribute | 0.7 | negative_attribute_group
lười nhác                  | pred:attribute | 0.7 | negative_attribute_group
tham lam                   | pred:attribute | 0.7 | negative_attribute_group
keo kiệt                   | pred:attribute | 0.65 | negative_attribute_group
bủn xỉn                    | pred:attribute | 0.65 | negative_attribute_group
hám tiền                   | pred:attribute | 0.75 | negative_attribute_group
hám lợi                    | pred:attribute | 0.7 | negative_attribute_group
phản bội                   | pred:attribute | 0.7 | negative_attribute_group
bán nước                   | pred:attribute | 0.75 | negative_attribute_group
vô ơn                      | pred:attribute | 0.7 | negative_attribute_group
mất nết                    | pred:attribute | 0.75 | negative_attribute_group
lăng loàn                  | pred:attribute | 0.8 | negative_attribute_group
lẳng lơ                    | pred:attribute | 0.8 | negative_attribute_group
dâm đãng                   | pred:attribute | 0.85 | negative_attribute_group
đĩ                         | pred:attribute | 0.85 | negative_attribute_group
đĩ điếm                    | pred:attribute | 0.85 | negative_attribute_group
điếm                       | pred:attribute | 0.85 | negative_attribute_group
xấu xí                     | pred:attribute | 0.65 | negative_attribute_group
xấu xa                     | pred:attribute | 0.75 | negative_attribute_group
độc ác                     | pred:attribute | 0.75 | negative_attribute_group
tàn ác                     | pred:attribute | 0.75 | negative_attribute_group
gánh nặng xã hội           | pred:attribute | 0.8 | negative_attribute_group
gánh nặng cho xã hội       | pred:attribute | 0.8 | negative_attribute_group
không đáng tin             | pred:attribute | 0.75 | negative_attribute_group
ko đáng tin                | pred:attribute | 0.75 | negative_attribute_group
khùng                      | pred:attribute | 0.65 | negative_attribute_group
láo toét                   | pred:attribute | 0.75 | negative_attribute_group
đáng khinh                 | pred:attribute | 0.85 | negative_attribute_group
ăn bẩn                     | pred:attribute | 0.8 | negative_attribute_group
vô giá trị                 | pred:attribute | 0.85 | negative_attribute_group
không có não               | pred:attribute | 0.8 | negative_attribute_group
không có văn hóa           | pred:attribute | 0.8 | negative_attribute_group
không có văn hoá           | pred:attribute | 0.8 | negative_attribute_group
không có tình người        | pred:attribute | 0.75 | negative_attribute_group
vo gia tri                 | pred:attribute | 0.8 | negative_attribute_group
ban thiu                   | pred:attribute | 0.8 | negative_attribute_group
hoi thoi                   | pred:attribute | 0.8 | negative_attribute_group
an cap                     | pred:attribute | 0.8 | negative_attribute_group
an trom                    | pred:attribute | 0.8 | negative_attribute_group
mat day                    | pred:attribute | 0.75 | negative_attribute_group
vo hoc                     | pred:attribute | 0.75 | negative_attribute_group
ngu dot                    | pred:attribute | 0.75 | negative_attribute_group
ha dang                    | pred:attribute | 0.85 | negative_attribute_group
an bam                     | pred:attribute | 0.8 | negative_attribute_group
bien thai                  | pred:attribute | 0.75 | negative_attribute_group
benh hoan                  | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:dehumanise: animals, vermin, disease, filth
súc vật                    | pred:dehumanise | 0.95 | dehumanising_group
súc sinh                   | pred:dehumanise | 0.95 | dehumanising_group
cầm thú                    | pred:dehumanise | 0.95 | dehumanising_group
thú vật                    | pred:dehumanise | 0.9 | dehumanising_group
con vật                    | pred:dehumanise | 0.85 | dehumanising_group
loài vật                   | pred:dehumanise | 0.9 | dehumanising_group
động vật                   | pred:dehumanise | 0.85 | dehumanising_group
chó                        | pred:dehumanise | 0.85 | dehumanising_group
lũ chó                     | pred:dehumanise | 0.9 | dehumanising_group
bọn chó                    | pred:dehumanise | 0.9 | dehumanising_group
đồ chó                     | pred:dehumanise | 0.9 | dehumanising_group
chó má                     | pred:dehumanise | 0.9 | dehumanising_group
chó hoang                  | pred:dehumanise | 0.9 | dehumanising_group
chó ghẻ                    | pred:dehumanise | 0.9 | dehumanising_group
lợn                        | pred:dehumanise | 0.85 | dehumanising_group
heo                        | pred:dehumanise | 0.85 | dehumanising_group
bọn lợn                    | pred:dehumanise | 0.9 | dehumanising_group
lũ lợn                     | pred:dehumanise | 0.9 | dehumanising_group
đồ lợn                     | pred:dehumanise | 0.9 | dehumanising_group
khỉ                        | pred:dehumanise | 0.85 | dehumanising_group
khỉ đột                    | pred:dehumanise | 0.9 | dehumanising_group
đười ươi                   | pred:dehumanise | 0.9 | dehumanising_group
vượn                       | pred:dehumanise | 0.9 | dehumanising_group
chuột                      | pred:dehumanise | 0.85 | dehumanising_group
chuột cống                 | pred:dehumanise | 0.95 | dehumanising_group
con gián                   | pred:dehumanise | 0.95 | dehumanising_group
như gián                   | pred:dehumanise | 0.95 | dehumanising_group
bọn gián                   | pred:dehumanise | 0.95 | dehumanising_group
sâu bọ                     | pred:dehumanise | 0.95 | dehumanising_group
sâu mọt                    | pred:dehumanise | 0.95 | dehumanising_group
mọt                        | pred:dehumanise | 0.85 | dehumanising_group
ký sinh trùng              | pred:dehumanise | 0.95 | dehumanising_group
kí sinh trùng              | pred:dehumanise | 0.95 | dehumanising_group
ký sinh                    | pred:dehumanise | 0.9 | dehumanising_group
con đỉa                    | pred:dehumanise | 0.9 | dehumanising_group
đỉa                        | pred:dehumanise | 0.9 | dehumanising_group
giòi                       | pred:dehumanise | 0.9 | dehumanising_group
dòi                        | pred:dehumanise | 0.9 | dehumanising_group
rận                        | pred:dehumanise | 0.85 | dehumanising_group
chấy                       | pred:dehumanise | 0.85 | dehumanising_group
rệp                        | pred:dehumanise | 0.85 | dehumanising_group
ruồi nhặng                 | pred:dehumanise | 0.85 | dehumanising_group
rắn độc                    | pred:dehumanise | 0.85 | dehumanising_group
rác                        | pred:dehumanise | 0.85 | dehumanising_group
rác rưởi                   | pred:dehumanise | 0.95 | dehumanising_group
đồ rác                     | pred:dehumanise | 0.9 | dehumanising_group
thứ rác                    | pred:dehumanise | 0.9 | dehumanising_group
cặn bã                     | pred:dehumanise | 0.95 | dehumanising_group
cặn bã xã hội              | pred:dehumanise | 0.95 | dehumanising_group
cứt                        | pred:dehumanise | 0.85 | dehumanising_group
đồ cứt                     | pred:dehumanise | 0.9 | dehumanising_group
như virus                  | pred:dehumanise | 0.9 | dehumanising_group
mầm bệnh                   | pred:dehumanise | 0.9 | dehumanising_group
như dịch bệnh              | pred:dehumanise | 0.9 | dehumanising_group
là bệnh dịch               | pred:dehumanise | 0.9 | dehumanising_group
ung nhọt                   | pred:dehumanise | 0.9 | dehumanising_group
khối u của xã hội          | pred:dehumanise | 0.95 | dehumanising_group
ung thư của xã hội         | pred:dehumanise | 0.95 | dehumanising_group
quỷ                        | pred:dehumanise | 0.85 | dehumanising_group
quỷ dữ                     | pred:dehumanise | 0.9 | dehumanising_group
ác quỷ                     | pred:dehumanise | 0.9 | dehumanising_group
yêu quái                   | pred:dehumanise | 0.85 | dehumanising_group
quái vật                   | pred:dehumanise | 0.9 | dehumanising_group
quái thai                  | pred:dehumanise | 0.9 | dehumanising_group
không ra người             | pred:dehumanise | 0.9 | dehumanising_group
không phải con người       | pred:dehumanise | 0.9 | dehumanising_group
không phải là con người    | pred:dehumanise | 0.9 | dehumanising_group
giống loài                 | pred:dehumanise | 0.85 | dehumanising_group
đồ súc vật                 | pred:dehumanise | 0.95 | dehumanising_group
suc vat                    | pred:dehumanise | 0.9 | dehumanising_group
suc sinh                   | pred:dehumanise | 0.9 | dehumanising_group
sau bo                     | pred:dehumanise | 0.9 | dehumanising_group
ky sinh trung              | pred:dehumanise | 0.9 | dehumanising_group
rac ruoi                   | pred:dehumanise | 0.9 | dehumanising_group
can ba                     | pred:dehumanise | 0.9 | dehumanising_group
cho ma                     | pred:dehumanise | 0.85 | dehumanising_group
chuot cong                 | pred:dehumanise | 0.9 | dehumanising_group
con gian                   | pred:dehumanise | 0.9 | dehumanising_group
khi dot                    | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: expulsion, exclusion, "no place here"
cút về                     | pred:exclude | 0.85 | exclusion_group
cút về nước đi             | pred:exclude | 0.9 | exclusion_group
cút khỏi                   | pred:exclude | 0.85 | exclusion_group
cút khỏi việt nam          | pred:exclude | 0.9 | exclusion_group
cút đi                     | pred:exclude | 0.8 | exclusion_group
cút xéo                    | pred:exclude | 0.85 | exclusion_group
biến về nước               | pred:exclude | 0.85 | exclusion_group
biến khỏi                  | pred:exclude | 0.8 | exclusion_group
re:\bvề nước đi( mày| tụi mày| bọn mày| hết| cho rồi)?\s*([.!,?…]|$) | pred:exclude | 0.85 | exclusion_group
về bên tàu                 | pred:exclude | 0.85 | exclusion_group
về tàu đi                  | pred:exclude | 0.85 | exclusion_group
về trung quốc đi           | pred:exclude | 0.85 | exclusion_group
đuổi về                    | pred:exclude | 0.8 | exclusion_group
đuổi hết                   | pred:exclude | 0.85 | exclusion_group
đuổi cổ                    | pred:exclude | 0.85 | exclusion_group
tống cổ                    | pred:exclude | 0.85 | exclusion_group
tống khứ                   | pred:exclude | 0.85 | exclusion_group
tống ra khỏi               | pred:exclude | 0.85 | exclusion_group
phải trục xuất             | pred:exclude | 0.85 | exclusion_group
nên trục xuất              | pred:exclude | 0.85 | exclusion_group
trục xuất hết              | pred:exclude | 0.85 | exclusion_group
không được phép ở          | pred:exclude | 0.8 | exclusion_group
không có chỗ cho           | pred:exclude | 0.85 | exclusion_group
không có chỗ đứng          | pred:exclude | 0.85 | exclusion_group
không được chào đón        | pred:exclude | 0.85 | exclusion_group
không chào đón             | pred:exclude | 0.85 | exclusion_group
không hoan nghênh          | pred:exclude | 0.8 | exclusion_group
không thuộc về nơi này     | pred:exclude | 0.85 | exclusion_group
không thuộc về             | pred:exclude | 0.7 | exclusion_group
không nên ở đây            | pred:exclude | 0.85 | exclusion_group
không nên cho vào          | pred:exclude | 0.8 | exclusion_group
đừng cho vào               | pred:exclude | 0.8 | exclusion_group
cấm cửa                    | pred:exclude | 0.8 | exclusion_group
nhốt lại                   | pred:exclude | 0.8 | exclusion_group
nhốt hết                   | pred:exclude | 0.85 | exclusion_group
bỏ tù hết                  | pred:exclude | 0.85 | exclusion_group
cho vào trại               | pred:exclude | 0.85 | exclusion_group
đừng thuê                  | pred:exclude | 0.75 | exclusion_group
không thuê                 | pred:exclude | 0.75 | exclusion_group
đừng cho thuê nhà          | pred:exclude | 0.8 | exclusion_group
không cho thuê             | pred:exclude | 0.75 | exclusion_group
không nên làm lãnh đạo     | pred:exclude | 0.8 | exclusion_group
không xứng làm người việt  | pred:exclude | 0.85 | exclusion_group
tước quốc tịch             | pred:exclude | 0.85 | exclusion_group
không nên kết hôn          | pred:exclude | 0.75 | exclusion_group
không được kết hôn         | pred:exclude | 0.75 | exclusion_group
chỉ nên ở nhà nấu cơm      | pred:exclude | 0.8 | exclusion_group
về nhà nấu cơm đi          | pred:exclude | 0.8 | exclusion_group
vào bếp đi                 | pred:exclude | 0.75 | exclusion_group
cut ve nuoc                | pred:exclude | 0.85 | exclusion_group
cut khoi                   | pred:exclude | 0.8 | exclusion_group
re:\bve nuoc di( may| tui may| bon may| het)?\s*([.!,?]|$) | pred:exclude | 0.8 | exclusion_group
duoi het                   | pred:exclude | 0.8 | exclusion_group
tong co                    | pred:exclude | 0.8 | exclusion_group

# ---- pred:violence: violent wishes and norms
đáng chết                  | pred:violence | 0.95 | violence_group | severe
đáng bị giết               | pred:violence | 0.95 | violence_group | severe
đáng bị bắn                | pred:violence | 0.95 | violence_group | severe
nên chết                   | pred:violence | 0.95 | violence_group | severe
phải chết                  | pred:violence | 0.9 | violence_group | severe
chết hết                   | pred:violence | 0.95 | violence_group | severe
chết hết đi                | pred:violence | 0.95 | violence_group | severe
chết sạch                  | pred:violence | 0.95 | violence_group | severe
chết cả lũ                 | pred:violence | 0.95 | violence_group | severe
giết hết                   | pred:violence | 0.95 | violence_group | severe
giết sạch                  | pred:violence | 0.95 | violence_group | severe
giết chúng                 | pred:violence | 0.95 | violence_group | severe
nên giết                   | pred:violence | 0.95 | violence_group | severe
phải giết                  | pred:violence | 0.95 | violence_group | severe
cần giết                   | pred:violence | 0.95 | violence_group | severe
giết bỏ                    | pred:violence | 0.95 | violence_group | severe
tàn sát hết                | pred:violence | 0.95 | violence_group | severe
diệt                       | pred:violence | 0.85 | violence_group | severe
tiêu diệt                  | pred:violence | 0.9 | violence_group | severe
diệt sạch                  | pred:violence | 0.95 | violence_group | severe
diệt hết                   | pred:violence | 0.95 | violence_group | severe
nên diệt chủng             | pred:violence | 0.95 | violence_group | severe
tận diệt                   | pred:violence | 0.95 | violence_group | severe
xóa sổ                     | pred:violence | 0.9 | violence_group | severe
xoá sổ                     | pred:violence | 0.9 | violence_group | severe
trừ khử                    | pred:violence | 0.95 | violence_group | severe
thủ tiêu                   | pred:violence | 0.95 | violence_group | severe
bắn bỏ                     | pred:violence | 0.95 | violence_group | severe
bắn chết                   | pred:violence | 0.95 | violence_group | severe
bắn hết                    | pred:violence | 0.95 | violence_group | severe
xử bắn                     | pred:violence | 0.95 | violence_group | severe
treo cổ hết                | pred:violence | 0.95 | violence_group | severe
nên treo cổ                | pred:violence | 0.95 | violence_group | severe
thiêu sống                 | pred:violence | 0.95 | violence_group | severe
đốt hết                    | pred:violence | 0.9 | violence_group | severe
đốt sạch                   | pred:violence | 0.9 | violence_group | severe
thiêu chết                 | pred:violence | 0.95 | violence_group | severe
chém chết                  | pred:violence | 0.95 | violence_group | severe
chặt đầu                   | pred:violence | 0.95 | violence_group | severe
đánh chết                  | pred:violence | 0.95 | violence_group | severe
đập chết                   | pred:violence | 0.95 | violence_group | severe
đánh cho chết              | pred:violence | 0.95 | violence_group | severe
dìm chết                   | pred:violence | 0.95 | violence_group | severe
dìm xuống biển             | pred:violence | 0.95 | violence_group | severe
không đáng sống            | pred:violence | 0.95 | violence_group | severe
không xứng đáng được sống  | pred:violence | 0.95 | violence_group | severe
không đáng được sống       | pred:violence | 0.95 | violence_group | severe
không nên tồn tại          | pred:violence | 0.9 | violence_group | severe
không được tồn tại         | pred:violence | 0.9 | violence_group | severe
biến mất khỏi trái đất     | pred:violence | 0.9 | violence_group | severe
xóa khỏi trái đất          | pred:violence | 0.95 | violence_group | severe
xoá khỏi trái đất          | pred:violence | 0.95 | violence_group | severe
đáng bị hiếp               | pred:violence | 0.95 | violence_group | severe
nên thiến                  | pred:violence | 0.9 | violence_group | severe
triệt sản                  | pred:violence | 0.85 | violence_group | severe
ném bom                    | pred:violence | 0.9 | violence_group | severe
đáng bị đánh               | pred:violence | 0.9 | violence_group | severe
đánh hội đồng              | pred:violence | 0.85 | violence_group | severe
cho ăn đạn                 | pred:violence | 0.95 | violence_group | severe
dang chet                  | pred:violence | 0.9 | violence_group | severe
giet het                   | pred:violence | 0.95 | violence_group | severe
giet sach                  | pred:violence | 0.95 | violence_group | severe
chet het                   | pred:violence | 0.9 | violence_group | severe
diet sach                  | pred:violence | 0.9 | violence_group | severe
ban bo                     | pred:violence | 0.9 | violence_group | severe
ban chet                   | pred:violence | 0.9 | violence_group | severe
thieu song                 | pred:violence | 0.95 | violence_group | severe

# ---- pred:threat: first-person intent and direct threats
re:\b(tao|tôi|tớ|tui|bọn tao|tụi tao|chúng tao|bố mày|anh em tao|chúng tôi)( sẽ| phải| thề| muốn| sắp| thề sẽ)? (giết|chém|đâm|bắn|thiêu|hiếp|treo cổ|tiêu diệt|trừ khử|thủ tiêu|ném bom|tạt axit|xử đẹp|đốt nhà)\b | pred:threat | 0.95 | threat_violence | severe
re:\b(tao|toi|tui|bon tao|tui tao|chung tao|bo may)( se| phai| the)? (giet|chem|dam|ban chet|thieu|treo co|tieu diet|thu tieu|tat axit)\b | pred:threat | 0.95 | threat_violence | severe
tao sẽ giết                | pred:threat | 0.95 | threat_violence | severe
tao giết                   | pred:threat | 0.95 | threat_violence | severe
tao sẽ đánh                | pred:threat | 0.85 | threat_violence | severe
tao sẽ chém                | pred:threat | 0.95 | threat_violence | severe
tao sẽ đâm                 | pred:threat | 0.95 | threat_violence | severe
tao sẽ bắn                 | pred:threat | 0.95 | threat_violence | severe
tao sẽ đốt                 | pred:threat | 0.95 | threat_violence | severe
tao sẽ xử                  | pred:threat | 0.85 | threat_violence | severe
tao xử                     | pred:threat | 0.85 | threat_violence | severe
tao chém                   | pred:threat | 0.95 | threat_violence | severe
tao đâm                    | pred:threat | 0.95 | threat_violence | severe
chúng tao sẽ giết          | pred:threat | 0.95 | threat_violence | severe
tôi sẽ giết                | pred:threat | 0.95 | threat_violence | severe
bố mày giết                | pred:threat | 0.95 | threat_violence | severe
tao biết nhà mày           | pred:threat | 0.95 | threat_violence | severe
biết nhà mày ở đâu         | pred:threat | 0.95 | threat_violence | severe
gặp đâu đánh đó            | pred:threat | 0.9 | threat_violence | severe
gặp là giết                | pred:threat | 0.95 | threat_violence | severe
thấy đâu giết đó           | pred:threat | 0.95 | threat_violence | severe
đánh cho đến chết          | pred:threat | 0.95 | threat_violence | severe
đánh tới chết              | pred:threat | 0.95 | threat_violence | severe
đánh cho đổ máu            | pred:threat | 0.95 | threat_violence | severe
đánh đến chảy máu          | pred:threat | 0.9 | threat_violence | severe
mày chết chắc              | pred:threat | 0.9 | threat_violence | severe
mày chết với tao           | pred:threat | 0.95 | threat_violence | severe
tới số rồi                 | pred:threat | 0.85 | threat_violence | severe
tao se giet                | pred:threat | 0.95 | threat_violence | severe
tao giet                   | pred:threat | 0.95 | threat_violence | severe

# ---- ctx:counter: reporting and condemning (adds to vi.context.lex)
là kỳ thị                  | ctx:counter
sự kỳ thị                  | ctx:counter
kỳ thị người               | ctx:counter
kỳ thị đồng tính           | ctx:counter
bị kỳ thị                  | ctx:counter
phân biệt giới tính        | ctx:counter
đừng phân biệt             | ctx:counter
miệt thị                   | ctx:counter
bị miệt thị                | ctx:counter
lời lẽ thù ghét            | ctx:counter
ngôn từ thù ghét           | ctx:counter
phát ngôn thù ghét         | ctx:counter
ngôn từ kích động          | ctx:counter
đừng nói                   | ctx:counter
không nên nói              | ctx:counter
không được nói             | ctx:counter
sai khi nói                | ctx:counter
nói như vậy là sai         | ctx:counter
nói vậy là sai             | ctx:counter
có người nói               | ctx:counter
người ta nói               | ctx:counter
những ai nói               | ctx:counter
những người nói            | ctx:counter
trích dẫn                  | ctx:counter
định kiến                  | ctx:counter
vơ đũa cả nắm              | ctx:counter
không phải ai cũng         | ctx:counter
phản đối kỳ thị            | ctx:counter
đã báo cáo                 | ctx:counter
report                     | ctx:counter
ky thi                     | ctx:counter
phan biet chung toc        | ctx:counter
mien thi                   | ctx:counter

# ---- allow: benign phrases and negated forms (plain "không" is not a negator in vi.context.lex)
re:\b(không|ko|k|chẳng|chả|hông|hổng|khong|chang|cha|đừng|đừng có|dung)( hề| có| bao giờ| thấy| he| co)? (ghét|căm ghét|căm thù|khinh|khinh bỉ|coi thường|ghê tởm|kinh tởm|bẩn|bẩn thỉu|dơ|hôi|ngu|đần|lười|lười biếng|xấu|xấu xa|ăn cắp|lừa đảo|đáng chết|nên chết|phải chết|đáng bị|ghet|ban|ngu)\b | allow
thịt chó                   | allow
chó dẫn đường              | allow
khỉ gió                    | allow
khỉ thật                   | allow
chuột bạch                 | allow
mọt game                   | allow
mọt phim                   | allow
tin rác                    | allow
thư rác                    | allow
bị ăn cắp                  | allow
bị ăn trộm                 | allow
bị trộm cắp                | allow
re:\bbị (đánh chết|đập chết|bắn chết|chém chết|thiêu sống|thiêu chết|giết|giết hết|xử bắn|chặt đầu|dìm chết|treo cổ|tàn sát|ném bom|đánh hội đồng|tiêu diệt|trục xuất|đuổi về|nhốt)\b | allow
thịt lợn                   | allow
thịt heo                   | allow
ăn thịt chó                | allow
nuôi chó                   | allow
nuôi lợn                   | allow
nuôi heo                   | allow
chăn nuôi                  | allow
chó mèo                    | allow
mọt sách                   | allow
thùng rác                  | allow
đổ rác                     | allow
bãi rác                    | allow
xe rác                     | allow
nhặt rác                   | allow
phân loại rác              | allow
rác thải                   | allow
chim cút                   | allow
trứng cút                  | allow
chuột máy tính             | allow
con chuột máy tính         | allow
động vật hoang dã          | allow
bảo vệ động vật            | allow
yêu động vật               | allow
năm con chuột              | allow
năm con lợn                | allow
năm con chó                | allow
năm con khỉ                | allow
tuổi chuột                 | allow
tuổi lợn                   | allow
tuổi chó                   | allow
tuổi khỉ                   | allow
bé heo                     | allow
heo con                    | allow
vừa yêu vừa ghét           | allow
ghét của nào trời trao của nấy | allow
chết cười                  | allow
cười chết                  | allow
đẹp chết người             | allow
chết mê                    | allow
mệt chết                   | allow
diệt muỗi                  | allow
diệt chuột                 | allow
diệt gián                  | allow
diệt khuẩn                 | allow
diệt virus                 | allow
tiêu diệt virus            | allow
re:\b(tiêu diệt|diệt|xóa sổ|xoá sổ|đánh bại) (tham nhũng|nghèo đói|đói nghèo|dịch bệnh|ma túy|ma tuý|tội phạm|kỳ thị|phân biệt)\b | allow
youtube                    | allow

# ==== Additions 2026-12 (original work, MIT): more group names and slur names, and the general
# ==== vocabulary behind implicit derogation, negated positives, threats and profanity with a group ====

# ---- grp:protected: slur names with a contemptuous classifier (bare "mọi", "mèo", "bóng", "thổ",
# ---- "lại cái" are everyday words: mọi người, con mèo, bóng đá, lãnh thổ, làm lại cái này)
ba que                     | grp:protected
re:\b(bọn|lũ|tụi|đám|đồ|thằng|mấy thằng|cái bọn|cái lũ|dân) (mọi|mán|miên|thổ|nhọ|bóng|lại cái|khựa|chệt|què|thiểu năng|tàn phế|tật nguyền|bê đê|pê đê|ô môi|đồng bóng|mọi rợ|rợ|ba que|bắc kỳ|bắc kì|nam kỳ|nam kì|parky|hồi|tà đạo)\b | grp:protected
re:\b(bọn|lũ|tụi|đám|đồ|cái bọn|cái lũ) (đĩ|phò|điếm|cave|gái gọi|gái bao)\b | grp:protected
mán                        | grp:protected
ô môi                      | grp:protected
nam kỳ                     | grp:protected
nam kì                     | grp:protected
bắc kì                     | grp:protected
pắc kỳ                     | grp:protected
tàu khựa                   | grp:protected
người thổ                  | grp:protected
người khmer krom           | grp:protected
khmer krom                 | grp:protected
người h'mong               | grp:protected
người hmong                | grp:protected
người mông                 | grp:protected
người ê-đê                 | grp:protected
người dân tộc              | grp:protected
dân tộc thiểu số           | grp:protected
người thượng               | grp:protected
đồng bào thiểu số          | grp:protected
người công giáo            | grp:protected
dân công giáo              | grp:protected
người theo đạo             | grp:protected
người theo đạo thiên chúa  | grp:protected
người theo đạo hồi         | grp:protected
tín đồ                     | grp:protected
tín đồ hồi giáo            | grp:protected
người tin lành             | grp:protected
người phật giáo            | grp:protected
sư sãi                     | grp:protected
người đạo hồi              | grp:protected
người da đen               | grp:protected
dân da đen                 | grp:protected
người châu phi             | grp:protected
dân châu phi               | grp:protected
người trung quốc           | grp:protected
dân trung quốc             | grp:protected
người hàn quốc             | grp:protected
người nhật bản             | grp:protected
người ấn                   | grp:protected
dân ấn                     | grp:protected
người mỹ đen               | grp:protected
người đồng tính nam        | grp:protected
người đồng tính nữ         | grp:protected
cô gái đồng tính           | grp:protected
chàng trai đồng tính       | grp:protected
người lgbt                 | grp:protected
cộng đồng lgbt             | grp:protected
người chuyển giới nữ       | grp:protected
người chuyển giới nam      | grp:protected
người song giới            | grp:protected
đàn bà con gái             | grp:protected
bọn đàn bà                 | grp:protected
lũ đàn bà                  | grp:protected
chị em phụ nữ              | grp:protected
gái việt                   | grp:protected
người khuyết tật           | grp:protected
người khiếm thị            | grp:protected
người khiếm thính          | grp:protected
người bại liệt             | grp:protected
người tật nguyền           | grp:protected
người thiểu năng trí tuệ   | grp:protected
người bị tâm thần          | grp:protected
người bệnh tâm thần        | grp:protected
người nhiễm hiv            | grp:protected
dân di cư                  | grp:protected
người miền trung           | grp:protected
dân miền trung             | grp:protected
dân quê                    | grp:protected
dân nhà quê                | grp:protected
nhà quê                    | grp:protected
người nhà quê              | grp:protected
dân tỉnh lẻ                | grp:protected
nguoi mien bac             | grp:protected
nguoi mien nam             | grp:protected
nguoi dan toc thieu so     | grp:protected
nguoi cong giao            | grp:protected
nguoi da trang             | grp:protected
nguoi trung quoc           | grp:protected
phat tu                    | grp:protected
nguoi cham                 | grp:protected

# ---- grp:other
nhân viên bán bảo hiểm     | grp:other
bán bảo hiểm               | grp:other
nhân viên bảo hiểm         | grp:other
nhân viên sale             | grp:other
dân sale                   | grp:other
môi giới                   | grp:other
cò đất                     | grp:other
admin page                 | grp:other
admin nhóm                 | grp:other
quản trị viên              | grp:other
tài xế taxi                | grp:other
taxi                       | grp:other
tài xế xe buýt             | grp:other
cảnh sát cơ động           | grp:other
dân phòng                  | grp:other
quan chức nhà nước         | grp:other
cán bộ nhà nước            | grp:other
công chức                  | grp:other
viên chức                  | grp:other
đại biểu quốc hội          | grp:other
nghị sĩ                    | grp:other
bộ trưởng                  | grp:other
chủ tịch xã                | grp:other
nhân viên y tế             | grp:other
giảng viên                 | grp:other
hiệu trưởng                | grp:other
giáo sư                    | grp:other
nhà văn                    | grp:other
nghệ sĩ                    | grp:other
rapper                     | grp:other
tiểu thương                | grp:other
chủ quán                   | grp:other
chủ shop                   | grp:other
người bán hàng             | grp:other
fan mu                     | grp:other
fan bóng đá                | grp:other
hội chị em                 | grp:other
dân chơi                   | grp:other
dân nhậu                   | grp:other
bọn phản động              | grp:other
nhân viên ngan hang        | grp:other
canh sat                   | grp:other
cong an                    | grp:other
chinh tri gia              | grp:other

# ---- grp:pronoun: "those X", "that lot" in a later sentence
re:\b(loại|thứ|lũ|bọn|đám|tụi|cái lũ|cái bọn|mấy đứa|mấy thằng|mấy con|những đứa|những thằng)( \S+){0,2} (đó|này|kia|ấy|đấy)\b | grp:pronoun
re:\b(lũ|bọn|đám|tụi|cái lũ|cái bọn) (ăn bám|súc sinh|súc vật|chó|lợn|heo|khỉ|mọi|rác|rác rưởi|cặn bã|ký sinh|kí sinh|ăn hại|vô dụng|khốn nạn|mất dạy|vô học|ngu|dơ|bẩn|hôi|ăn cắp|lừa đảo|khủng bố|biến thái|bệnh hoạn|đĩ|điếm|phò)\b | grp:pronoun
bọn kia                    | grp:pronoun
lũ kia                     | grp:pronoun
đám kia                    | grp:pronoun
bọn chúng nó               | grp:pronoun
mấy đứa đó                 | grp:pronoun

# ---- pred:emotion
sôi máu                    | pred:emotion | 0.8 | hate_emotion_group
sôi gan                    | pred:emotion | 0.8 | hate_emotion_group
nóng máu                   | pred:emotion | 0.75 | hate_emotion_group
điên tiết                  | pred:emotion | 0.85 | hate_emotion_group
tức điên                   | pred:emotion | 0.75 | hate_emotion_group
chướng tai gai mắt         | pred:emotion | 0.85 | hate_emotion_group
nhìn là ghét               | pred:emotion | 0.85 | hate_emotion_group
thấy là ghét               | pred:emotion | 0.85 | hate_emotion_group
nhìn mặt là ghét           | pred:emotion | 0.85 | hate_emotion_group
ghét ra mặt                | pred:emotion | 0.85 | hate_emotion_group
ghét thậm tệ               | pred:emotion | 0.9 | hate_emotion_group
ghét cay                   | pred:emotion | 0.9 | hate_emotion_group
ghét kinh khủng            | pred:emotion | 0.9 | hate_emotion_group
thù hằn                    | pred:emotion | 0.85 | hate_emotion_group
hằn học                    | pred:emotion | 0.75 | hate_emotion_group
gớm ghiếc                  | pred:emotion | 0.85 | hate_emotion_group
ghê sợ                     | pred:emotion | 0.8 | hate_emotion_group
kinh sợ                    | pred:emotion | 0.75 | hate_emotion_group
phát tởm                   | pred:emotion | 0.9 | hate_emotion_group
buồn nôn                   | pred:emotion | 0.8 | hate_emotion_group
muốn mửa                   | pred:emotion | 0.85 | hate_emotion_group
nuốt không trôi            | pred:emotion | 0.75 | hate_emotion_group
dị ứng với                 | pred:emotion | 0.7 | hate_emotion_group
hết chịu nổi               | pred:emotion | 0.8 | hate_emotion_group
không chịu được            | pred:emotion | 0.75 | hate_emotion_group
không ưa nổi               | pred:emotion | 0.8 | hate_emotion_group
không thể chịu nổi         | pred:emotion | 0.8 | hate_emotion_group
không ai muốn sống gần     | pred:emotion | 0.8 | hate_emotion_group
chẳng ai muốn sống gần     | pred:emotion | 0.8 | hate_emotion_group
re:\b(không|chẳng|đéo) (ai|đứa nào) (muốn|thèm|ưa|chịu) (sống|ở|ngồi|làm|chơi|đứng) (gần|cạnh|chung|với)\b | pred:emotion | 0.8 | hate_emotion_group
soi mau                    | pred:emotion | 0.7 | hate_emotion_group
ghet cay ghet dang         | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:attribute
khốn nạn                   | pred:attribute | 0.85 | negative_attribute_group
khốn kiếp                  | pred:attribute | 0.85 | negative_attribute_group
láo                        | pred:attribute | 0.65 | negative_attribute_group
hỗn láo                    | pred:attribute | 0.75 | negative_attribute_group
đồ bỏ đi                   | pred:attribute | 0.9 | negative_attribute_group
re:\b(đứa|thằng|con|người|tên|mống) nào cũng (là )?(một )?(đồ bỏ đi|đồ vô dụng|đồ ăn hại|rác|rác rưởi|cặn bã|ăn cắp|ăn trộm|lừa đảo|ngu|dốt|mất dạy|vô học|khốn nạn|lười|bẩn|hôi|gian|xảo trá|dối trá|tội phạm|biến thái|bệnh hoạn|súc vật|chó)\b | pred:attribute | 0.95 | negative_attribute_group
đồ vô dụng                 | pred:attribute | 0.85 | negative_attribute_group
đồ ăn hại                  | pred:attribute | 0.85 | negative_attribute_group
vô tích sự                 | pred:attribute | 0.8 | negative_attribute_group
sống thừa                  | pred:attribute | 0.85 | negative_attribute_group
chật đất                   | pred:attribute | 0.85 | negative_attribute_group
tốn cơm                    | pred:attribute | 0.8 | negative_attribute_group
tốn cơm gạo                | pred:attribute | 0.8 | negative_attribute_group
tốn oxy                    | pred:attribute | 0.8 | negative_attribute_group
gánh nặng                  | pred:attribute | 0.75 | negative_attribute_group
là gánh nặng               | pred:attribute | 0.8 | negative_attribute_group
re:\b(có ích|có lợi|được tích sự|làm được|có tác dụng) gì (cho|với) (đời|xã hội|đất nước|ai|thế giới)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(phá hoại|phá nát|phá|hủy hoại|huỷ hoại|làm hại|làm loạn|đầu độc|làm bẩn|làm nhục|làm xấu mặt) (đất nước|xã hội|quê hương|dân tộc|giống nòi|nòi giống|việt nam|thành phố|khu phố|xóm)\b | pred:attribute | 0.8 | negative_attribute_group
thấp kém hơn người         | pred:attribute | 0.95 | negative_attribute_group
re:\b(thấp kém|kém|thấp|hèn) hơn (người|con người|người thường|người bình thường|chúng ta)\b | pred:attribute | 0.95 | negative_attribute_group
ăn tiền                    | pred:attribute | 0.85 | negative_attribute_group
ăn hối lộ                  | pred:attribute | 0.85 | negative_attribute_group
ăn chặn                    | pred:attribute | 0.8 | negative_attribute_group
tham nhũng                 | pred:attribute | 0.75 | negative_attribute_group
tham ô                     | pred:attribute | 0.75 | negative_attribute_group
không biết chán            | pred:attribute | 0.7 | negative_attribute_group
không biết đủ              | pred:attribute | 0.75 | negative_attribute_group
không bao giờ biết đủ      | pred:attribute | 0.8 | negative_attribute_group
không biết điểm dừng       | pred:attribute | 0.7 | negative_attribute_group
tham không đáy             | pred:attribute | 0.8 | negative_attribute_group
lưu manh                   | pred:attribute | 0.8 | negative_attribute_group
mafia                      | pred:attribute | 0.7 | negative_attribute_group
re:\bhôi (tới|đến|quá|vãi|vl|vcl|kinh|khủng|như|nồng|thối|hám|rình|mù|điếc|không chịu|không ngửi)\b | pred:attribute | 0.8 | negative_attribute_group
mùi hôi                    | pred:attribute | 0.75 | negative_attribute_group
hôi như cú                 | pred:attribute | 0.85 | negative_attribute_group
bẩn như                    | pred:attribute | 0.85 | negative_attribute_group
ở dơ                       | pred:attribute | 0.8 | negative_attribute_group
ăn ở bẩn                   | pred:attribute | 0.8 | negative_attribute_group
re:\b(ngu|ngu dốt|dốt|đần|lười|lười biếng|bẩn|bẩn thỉu|dơ|hôi|xấu|xấu xa|ác|độc ác|gian|gian xảo|láo|hèn|hèn hạ|tham|tham lam|ăn cắp|lừa đảo|vô dụng|ăn bám|ăn hại|mất dạy|vô học|khốn nạn|mọi rợ|man rợ|bệnh hoạn|biến thái|dâm đãng|vô văn hóa|vô văn hoá|thất học|hạ đẳng|thấp kém|đê tiện)(,| và| lại| lại còn| còn| mà| với| lại vừa)( \S+)? (ngu|dốt|đần|lười|bẩn|dơ|hôi|xấu|ác|gian|láo|hèn|tham|ăn cắp|lừa đảo|vô dụng|ăn bám|ăn hại|mất dạy|vô học|khốn nạn|mọi rợ|man rợ|bệnh hoạn|biến thái|dâm đãng|vô văn hóa|vô văn hoá|thất học|hạ đẳng|thấp kém|đê tiện|hôi thối|bẩn thỉu|lười biếng|xấu xa|độc ác|gian xảo|hèn hạ|tham lam)\b | pred:attribute | 0.95 | negative_attribute_group
re:\bvừa (ngu|dốt|lười|bẩn|hôi|xấu|ác|gian|dơ|láo|hèn|tham|ăn cắp|lừa đảo|vô dụng|ăn bám|mất dạy|vô học|khốn nạn)( \S+)? vừa (\S+)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(ngu|dốt|đần) như (bò|lợn|heo|chó|con bò|con lợn|con chó|trâu|một đàn bò|đàn bò|bầy bò)\b | pred:attribute | 0.85 | negative_attribute_group
ngu si đần độn             | pred:attribute | 0.85 | negative_attribute_group
ngu học                    | pred:attribute | 0.8 | negative_attribute_group
óc bò                      | pred:attribute | 0.8 | negative_attribute_group
óc lợn                     | pred:attribute | 0.8 | negative_attribute_group
não cá vàng                | pred:attribute | 0.75 | negative_attribute_group
não phẳng                  | pred:attribute | 0.75 | negative_attribute_group
sinh ra để phá             | pred:attribute | 0.85 | negative_attribute_group
re:\b(sinh ra|đẻ ra|sống)( là)? (chỉ )?để (làm|phục vụ|hầu|hầu hạ|phá|phá hoại|ăn bám|ăn hại|đẻ|làm đầy tớ|làm nô lệ|làm osin|làm culi|làm tôi|lừa đảo|ăn cắp)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(chỉ|chỉ đáng|chỉ xứng|chỉ nên|nên|phải|đáng) (làm|là) (đầy tớ|nô lệ|osin|culi|tôi tớ|nô tì|con ở|đồ chơi|nô bộc|gia nô)\b | pred:attribute | 0.85 | negative_attribute_group
làm đầy tớ cho             | pred:attribute | 0.8 | negative_attribute_group
re:\btoàn (là )?(lũ|bọn|đám|một lũ|thứ|đồ|loại) (ăn tiền|ăn cắp|ăn trộm|ăn bẩn|lừa đảo|ăn hại|ăn bám|vô dụng|mất dạy|khốn nạn|rác rưởi|chó|lợn|súc vật|cặn bã|tham nhũng|ngu|vô học|lưu manh|côn đồ|biến thái|bệnh hoạn)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bchỉ biết (phá|phá hoại|ăn bám|ăn hại|ăn cắp|lừa đảo|đẻ|ăn với ngủ|gây rối|gây chuyện|ngửa tay xin|xin ăn|ăn xin|ăn vạ|cướp|chửi)\b | pred:attribute | 0.85 | negative_attribute_group
phá hoại                   | pred:attribute | 0.7 | negative_attribute_group
re:\b(chỉ nên|chỉ biết|chỉ đáng) (ở nhà|ở bếp|vào bếp|đẻ con|đẻ|lo bếp núc|nấu cơm|rửa bát|hầu chồng|phục vụ chồng|làm vợ|ở xó bếp)\b | pred:exclude | 0.85 | exclusion_group
ở nhà đẻ con               | pred:exclude | 0.8 | exclusion_group
re:\bđừng (có )?(ra đường|đi làm|học cao|làm sếp|làm lãnh đạo|tham gia chính trị|đòi quyền|lên mặt)\b | pred:exclude | 0.7 | exclusion_group
làm nô lệ cho              | pred:attribute | 0.85 | negative_attribute_group
làm osin cho               | pred:attribute | 0.8 | negative_attribute_group
# negated positives: "not one of them is clever", "never honest, no way"
# the group may stand inside these: "chưa từng thấy <group> nào thông minh", "đừng cho <group> vào ..."
re:\b(chưa từng|chưa bao giờ|không bao giờ|chưa hề|chẳng bao giờ|chưa|không hề)( thấy| gặp| nghe nói| biết)( \S+){1,5}? nào (thông minh|tử tế|tốt|tốt đẹp|trung thực|sạch sẽ|đàng hoàng|ra hồn|ra gì|có học|lương thiện|tốt bụng|đáng tin|giỏi|chăm chỉ|văn minh|biết điều|có văn hóa|có văn hoá)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(đừng|không được|cấm|không nên|không bao giờ) (cho|để) (\S+ ){1,5}?(vào|dùng|xài|ở|học|làm việc ở|thuê|ngồi|đi)( chung)? (nhà vệ sinh|toilet|trường|lớp|nhà mình|khu này|xóm này|phố này|chung cư|công ty|xe buýt|quán|nhà tắm|bể bơi|chùa|nhà thờ)\b | pred:exclude | 0.8 | exclusion_group
re:\bnào (thông minh|tử tế|tốt|tốt đẹp|trung thực|sạch sẽ|đàng hoàng|ra hồn|ra gì|có học|lương thiện|tốt bụng|đáng tin|giỏi|chăm chỉ|văn minh|tử tế|biết điều|tử tế|có văn hóa|có văn hoá|ra người)( cả| hết| đâu| sất| luôn)?\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(trung thực|tử tế|tốt|thông minh|đàng hoàng|tiến bộ|văn minh|sạch sẽ|thay đổi|tử tế|lương thiện|biết điều|ra hồn)( được)?,? (không đời nào|còn lâu|không bao giờ|chẳng bao giờ|đừng hòng|mơ đi|nằm mơ|quên đi)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(không đời nào|không bao giờ|chẳng bao giờ|đừng hòng|còn lâu|chưa bao giờ|chưa từng)( mới| có thể| được)? (trung thực|tử tế|thông minh|đàng hoàng|tiến bộ|văn minh|sạch sẽ|ngang hàng|bình đẳng|bằng được|được như|làm được gì|ra hồn|ra gì|thành người|làm người|đáng tin|có ích|tốt lên)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(không|chẳng|đéo|ko) (bao giờ )?(bằng|sánh được|sánh bằng|ngang) (người|con người|người việt|chúng ta|ai)\b | pred:attribute | 0.8 | negative_attribute_group
khong biet chan            | pred:attribute | 0.65 | negative_attribute_group
do bo di                   | pred:attribute | 0.85 | negative_attribute_group
khon nan                   | pred:attribute | 0.8 | negative_attribute_group
chat dat                   | pred:attribute | 0.8 | negative_attribute_group
song thua                  | pred:attribute | 0.8 | negative_attribute_group
an hai                     | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:dehumanise
re:\b(đéo|không|chẳng|éo|ko|k|đếch|chả) (phải|phải là|là|ra) (con )?người( mà| đâu| nữa| hết| luôn| gì| cả)?\s*([.,!?…;]|$) | pred:dehumanise | 0.9 | dehumanising_group
đéo phải người             | pred:dehumanise | 0.9 | dehumanising_group
không phải người đâu       | pred:dehumanise | 0.9 | dehumanising_group
không xứng làm người       | pred:dehumanise | 0.9 | dehumanising_group
không đáng làm người       | pred:dehumanise | 0.9 | dehumanising_group
không bằng con chó         | pred:dehumanise | 0.95 | dehumanising_group
không bằng con vật         | pred:dehumanise | 0.95 | dehumanising_group
không bằng súc vật         | pred:dehumanise | 0.95 | dehumanising_group
thua cả chó                | pred:dehumanise | 0.95 | dehumanising_group
thua con chó               | pred:dehumanise | 0.95 | dehumanising_group
chó đẻ                     | pred:dehumanise | 0.9 | dehumanising_group
chó chết                   | pred:dehumanise | 0.85 | dehumanising_group
đồ chó đẻ                  | pred:dehumanise | 0.9 | dehumanising_group
re:\b(là|như|giống|chỉ là|toàn là) (một )?(lũ|bầy|đàn|đám|bọn|con|thứ|loài)? ?(chó|lợn|heo|khỉ|chuột|gián|sâu|giòi|dòi|ruồi|muỗi|rận|đỉa|bò|trâu|cừu|rắn|vật|thú|súc vật|cầm thú|ký sinh|kí sinh)\b | pred:dehumanise | 0.9 | dehumanising_group
đàn bò                     | pred:dehumanise | 0.85 | dehumanising_group
sủa                        | pred:dehumanise | 0.85 | dehumanising_group
sủa bậy                    | pred:dehumanise | 0.9 | dehumanising_group
sủa càn                    | pred:dehumanise | 0.9 | dehumanising_group
cắn càn                    | pred:dehumanise | 0.85 | dehumanising_group
bầy đàn                    | pred:dehumanise | 0.75 | dehumanising_group
lũ súc vật                 | pred:dehumanise | 0.95 | dehumanising_group
súc sinh đó                | pred:dehumanise | 0.95 | dehumanising_group
ruồi                       | pred:dehumanise | 0.85 | dehumanising_group
bu phân                    | pred:dehumanise | 0.85 | dehumanising_group
ruồi bu                    | pred:dehumanise | 0.9 | dehumanising_group
hút máu                    | pred:dehumanise | 0.85 | dehumanising_group
đỉa hút máu                | pred:dehumanise | 0.9 | dehumanising_group
khối u                     | pred:dehumanise | 0.8 | dehumanising_group
khối u ác tính             | pred:dehumanise | 0.9 | dehumanising_group
re:\b(khối u|ung thư|ung nhọt|căn bệnh|mầm bệnh|bệnh dịch|virus)( ác tính)? (của|cho|trong|với) (đất nước|xã hội|dân tộc|việt nam|thế giới|nhân loại|cộng đồng)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(là|như) (khối u|ung nhọt|mầm bệnh|bệnh dịch|dịch bệnh|virus|vi khuẩn|vi trùng|ung thư)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(người|phụ nữ|bệnh nhân|ca|có|bị|phát hiện|cắt bỏ|mổ|điều trị|u lành|tầm soát)( \S+){0,2} (khối u|ung thư)\b | allow
rác rưởi của xã hội        | pred:dehumanise | 0.95 | dehumanising_group
loại rác                   | pred:dehumanise | 0.9 | dehumanising_group
đồ rác rưởi                | pred:dehumanise | 0.95 | dehumanising_group
cặn bã của xã hội          | pred:dehumanise | 0.95 | dehumanising_group
thứ cặn bã                 | pred:dehumanise | 0.95 | dehumanising_group
quỷ dữ đội lốt người       | pred:dehumanise | 0.95 | dehumanising_group
đội lốt người              | pred:dehumanise | 0.9 | dehumanising_group
giống nòi hạ đẳng          | pred:dehumanise | 0.95 | dehumanising_group
re:\b(giống|loài|chủng|dân tộc|nòi) (hạ đẳng|thấp kém|man di|mọi rợ|khỉ|chó)\b | pred:dehumanise | 0.9 | dehumanising_group
deo phai nguoi             | pred:dehumanise | 0.85 | dehumanising_group
khong phai nguoi           | pred:dehumanise | 0.8 | dehumanising_group
khoi u ac tinh             | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: cages and camps, "their place is the jungle", rights denied, boycotts,
# ---- disowning, "a country clean of them", property prices, "don't share a toilet with them"
re:\bnhốt (hết |lại |sạch )?(vào|trong|vô)? ?(chuồng|lồng|cũi|trại|tù|nhà giam|ngục|trại tập trung)\b | pred:exclude | 0.85 | exclusion_group
re:\b(nên|phải|cần|đáng) (bị )?(nhốt|bỏ tù|tống giam|trục xuất|đuổi|đuổi đi|đuổi về|tống cổ|tống khứ|cấm cửa|cô lập|loại bỏ|gạt bỏ|đày)\b | pred:exclude | 0.85 | exclusion_group
trại tập trung             | pred:exclude | 0.85 | exclusion_group
re:\blà (trong|ở|tại) (rừng|bếp|chuồng|tù|nhà bếp|xó bếp|hang|sở thú|thùng rác|địa ngục|rừng rú|nhà|xó)\b | pred:exclude | 0.85 | exclusion_group
re:\b(nên|phải|hãy|cút|biến|về|quay về|trở về|đuổi) (về|vào|ở|lại)? ?(trong )?(rừng|hang|chuồng|bếp|sở thú|rừng rú|núi|xó bếp)( mà ở| đi| hết| cho rồi)?\b | pred:exclude | 0.8 | exclusion_group
chứ không phải thành phố   | pred:exclude | 0.75 | exclusion_group
re:\bgiá (nhà|đất|bất động sản|căn hộ|thuê nhà)( \S+){0,2} (rớt|giảm|tụt|xuống|lao dốc|mất giá|rẻ như)\b | pred:exclude | 0.8 | exclusion_group
re:\b(cả|nguyên|cái) (khu|xóm|phố|hẻm|chung cư|làng)( \S+){0,2} (hôi|bẩn|dơ|loạn|xuống cấp|mất giá|nát|hỗn loạn)\b | pred:exclude | 0.8 | exclusion_group
từ mặt                     | pred:exclude | 0.85 | exclusion_group
từ con                     | pred:exclude | 0.85 | exclusion_group
từ bỏ con                  | pred:exclude | 0.85 | exclusion_group
re:\bkhông (nhận|coi)( \S+)? là con\b | pred:exclude | 0.85 | exclusion_group
re:\b(cấm|không cho|không được|đừng|đừng có|không bao giờ cho)( con| con cái| con tao| con tôi| nó)? (cưới|lấy|yêu|kết hôn với|hẹn hò với|cặp với|chơi với|làm bạn với|qua lại với|dẫn về nhà)\b | pred:exclude | 0.8 | exclusion_group
sạch bóng                  | pred:exclude | 0.85 | exclusion_group
re:\bkhông còn (một )?(mống|bóng|đứa|tên|thằng|con) nào\b | pred:exclude | 0.85 | exclusion_group
re:\b(dùng|ăn|ngồi|ở|học|làm|xài|sống|tắm|ngủ|đi) chung( \S+){0,4} (với|cùng) (mình|chúng ta|chúng tôi|bọn mình|tụi mình|người bình thường|người việt|người lành|con mình)\b | pred:exclude | 0.8 | exclusion_group
re:\b(không|đừng) (nên |được )?(cho|để) (tụi nó |bọn nó |chúng nó |họ |bọn chúng )?(vào|ở|dùng|học|làm việc|thuê nhà|lấy vợ|lấy chồng|đi chung|ngồi chung|ăn chung|bầu cử|ứng cử|sinh con|đẻ)\b | pred:exclude | 0.8 | exclusion_group
re:\b(đừng|không|đéo|chẳng ai|tránh) (chơi|kết bạn|giao du|dây|dính|làm ăn|qua lại|ngồi|nói chuyện) (với|vào|cùng)\b | pred:exclude | 0.8 | exclusion_group
tránh xa                   | pred:exclude | 0.8 | exclusion_group
đừng lại gần               | pred:exclude | 0.8 | exclusion_group
đi chỗ khác                | pred:exclude | 0.75 | exclusion_group
re:\b(tước|tước bỏ|tước đoạt|thu hồi|cắt|cấm|xóa|xoá)( hết| sạch| đi| bỏ)?( mọi| tất cả| toàn bộ| hết)? (quyền|quyền lợi|quyền công dân|quyền bầu cử|quyền con người|quốc tịch|hộ khẩu|học bổng|trợ cấp)\b | pred:exclude | 0.85 | exclusion_group
re:\b(không|chẳng|đéo|ko) (xứng|đáng|xứng đáng)( được| để)? (có|hưởng|được hưởng|nhận|được|sống|tồn tại|làm người)?( bất kỳ| chút| một chút)? ?(quyền|quyền lợi|tự do|bình đẳng|sự tôn trọng|tôn trọng|thương hại|thương xót|cảm thông|thông cảm|giúp đỡ|trợ cấp|học bổng|việc làm|tha thứ|bảo vệ|che chở|đồng cảm|đối xử tử tế|lòng thương|gì|đi bầu|đi bầu cử|bầu cử|đi học|đi làm|kết hôn|lấy chồng|lấy vợ|ra đường|sinh con|ứng cử|làm lãnh đạo|có mặt|ở đây|sống ở đây|làm công dân)\b | pred:exclude | 0.85 | exclusion_group
re:\b(không|đéo) (được|nên) (bầu cử|đi bầu|ứng cử|làm lãnh đạo|làm quan|đi học|làm giáo viên|làm công an|có quốc tịch|nhập quốc tịch|nhận con nuôi)\b | pred:exclude | 0.85 | exclusion_group
khỏi mảnh đất này          | pred:exclude | 0.85 | exclusion_group
khỏi đất nước này          | pred:exclude | 0.85 | exclusion_group
re:\b(cút|biến|xéo|đuổi|tống)( hết| sạch| ngay| luôn| mẹ| cả lũ| hết cả lũ)*( đi| ra| về| khỏi)\b | pred:exclude | 0.85 | exclusion_group
về nước mà ở               | pred:exclude | 0.85 | exclusion_group
cút hết                    | pred:exclude | 0.85 | exclusion_group
sach bong                  | pred:exclude | 0.8 | exclusion_group
nhot vao chuong            | pred:exclude | 0.8 | exclusion_group

# ---- pred:violence: norms and wishes
re:\b(nên|phải|cần|đáng|đáng bị|cần phải|phải được) (bị )?(treo cổ|xử tử|xử bắn|bắn bỏ|bắn chết|chém|chém chết|giết|giết hết|thiêu sống|đánh chết|đập chết|dìm|dìm chết|tử hình|hành quyết|thiến|triệt sản|tát|ăn tát|ăn đòn|ăn đấm|ăn gậy|đánh đòn|đánh cho|đánh đập|đánh một trận|đấm|đá đít|hiếp|cưỡng hiếp|tra tấn|thủ tiêu|trừ khử|tiêu diệt|xóa sổ|xoá sổ|quét sạch|diệt sạch|diệt chủng|thanh trừng|chôn sống|lột da|cắt cổ|chặt đầu)\b | pred:violence | 0.9 | violence_group | severe
re:\b(không|chẳng|ko|đừng|chưa) (nên|cần|phải|được|đáng) (bị )?(treo cổ|xử tử|xử bắn|bắn bỏ|bắn chết|chém|chém chết|giết|giết hết|thiêu sống|đánh chết|đập chết|dìm|dìm chết|tử hình|hành quyết|thiến|triệt sản|tát|ăn tát|ăn đòn|ăn đấm|ăn gậy|đánh đòn|đánh cho|đánh đập|đánh một trận|đấm|đá đít|hiếp|cưỡng hiếp|tra tấn|thủ tiêu|trừ khử|tiêu diệt|xóa sổ|xoá sổ|quét sạch|diệt sạch|diệt chủng|thanh trừng|chôn sống|lột da|cắt cổ|chặt đầu)\b | allow
re:\bnào (đáng|xứng đáng|xứng|đáng để) (được )?(tôn trọng|tin|tin tưởng|thương|yêu thương|cảm thông|giúp đỡ|kính trọng|làm bạn|tử tế)\b | pred:exclude | 0.85 | exclusion_group
re:\b(tốt hơn|sạch hơn|yên bình hơn|bình yên hơn|văn minh hơn|đẹp hơn|an toàn hơn)( biết bao| nhiều)? (nếu|khi) (không còn|không có|hết|vắng|thiếu|đuổi hết|bớt)\b | pred:exclude | 0.85 | exclusion_group
re:\bnào (đáng|xứng đáng|xứng|nên) (được )?(sống|tồn tại|làm người|được sống|có mặt trên đời)\b | pred:violence | 0.9 | violence_group | severe
re:\b(biến|biến mất|cút|xéo|bốc hơi|tuyệt chủng|chết|xoá sổ|xóa sổ|bị xóa|bị xoá)( hết| sạch| luôn)? khỏi (trái đất|thế giới|cõi đời|mặt đất|hành tinh|thế gian)\b | pred:violence | 0.9 | violence_group | severe
re:\b(cho|phải|nên|đáng|mong|sớm|bắt) tuyệt chủng\b | pred:violence | 0.9 | violence_group | severe
re:\btuyệt chủng (hết|luôn|đi|cho rồi|cho xong)\b | pred:violence | 0.9 | violence_group | severe
re:\b(bị|phải|nên|cần|sẽ|hãy) quét sạch\b | pred:violence | 0.9 | violence_group | severe
re:\bquét sạch (khỏi|hết|bọn|lũ|tụi|đám|cả lũ)\b | pred:violence | 0.9 | violence_group | severe
re:\b(quét sạch|tiêu diệt|diệt|xóa sổ|xoá sổ|dọn sạch|dẹp sạch) (rác|rác thải|tham nhũng|tội phạm|ma túy|ma tuý|tệ nạn|nghèo đói|đói nghèo|dịch bệnh|muỗi|gián|chuột|bụi|virus|cỏ dại|lũ muỗi)\b | allow
thanh trừng                | pred:violence | 0.85 | violence_group | severe
re:\bdìm (hết|sạch|chết|tất cả|cả lũ)\b | pred:violence | 0.9 | violence_group | severe
re:\b(xuống|vào) (sông|biển|hố|vực|hồ) (cho|hết|sạch|luôn|mà chết)\b | pred:violence | 0.85 | violence_group | severe
re:\b(ném|quăng|vứt|thả|đẩy) (hết |cả lũ |tất cả )?(xuống|vào) (sông|biển|hố|vực|lò)\b | pred:violence | 0.85 | violence_group | severe
dìm hàng                   | allow
chôn sống                  | pred:violence | 0.95 | violence_group | severe
thiêu rụi                  | pred:violence | 0.85 | violence_group | severe
chết cho rộng đất          | pred:violence | 0.9 | violence_group | severe
chết hết cho rồi           | pred:violence | 0.95 | violence_group | severe
chết quách                 | pred:violence | 0.9 | violence_group | severe
chết mẹ                    | pred:violence | 0.85 | violence_group | severe
re:\b(đi chết đi|chết đi cho|chết mẹ (mày |chúng mày |tụi mày )?đi|chết quách đi)\b | pred:violence | 0.9 | violence_group | severe
re:\b(đáng|nên|phải) chết (hết|sạch|cả lũ|đi|từ lâu)\b | pred:violence | 0.95 | violence_group | severe
quet sach                  | pred:violence | 0.85 | violence_group | severe
treo co                    | pred:violence | 0.8 | violence_group | severe

# ---- pred:threat: first-person intent with any common violent verb, weapons made ready,
# ---- "they are dead tomorrow", blood in the streets
re:\b(tao|tôi|tớ|tui|bọn tao|tụi tao|chúng tao|bố mày|ông mày|anh em tao|chúng tôi|bọn tôi|tụi tôi)( sẽ| phải| thề| muốn| sắp| thề sẽ| quyết| nhất định| nhất định sẽ| đang định)? (đi |đến |tới )?(giết|chém|đâm|bắn chết|bắn bỏ|thiêu|hiếp|treo cổ|tiêu diệt|trừ khử|thủ tiêu|ném bom|tạt axit|tạt xăng|đổ xăng|xử đẹp|đốt nhà|săn lùng|truy sát|làm thịt|cắt cổ|bóp cổ|siết cổ|xiên|phóng hỏa|phóng hoả|hành hạ|tra tấn|quét sạch|đánh chết|đập chết|đánh cho)\b | pred:threat | 0.95 | threat_violence | severe
re:\b(tao|tôi|tui|bọn tao|tụi tao|chúng tao)( sẽ| phải| thề)? (giết|xử|săn|truy sát|diệt|đánh|chém)( \S+){0,4} (tới|đến) (đứa|thằng|người|con) cuối cùng\b | pred:threat | 0.95 | threat_violence | severe
tới đứa cuối cùng          | pred:threat | 0.85 | threat_violence | severe
đến đứa cuối cùng          | pred:threat | 0.85 | threat_violence | severe
không chừa một ai          | pred:threat | 0.85 | threat_violence | severe
không tha đứa nào          | pred:threat | 0.85 | threat_violence | severe
săn lùng                   | pred:threat | 0.85 | threat_violence | severe
truy sát                   | pred:threat | 0.9 | threat_violence | severe
tạt xăng                   | pred:threat | 0.9 | threat_violence | severe
đổ xăng vào                | pred:threat | 0.85 | threat_violence | severe
tưới xăng                  | pred:threat | 0.9 | threat_violence | severe
rồi châm lửa               | pred:threat | 0.85 | threat_violence | severe
châm lửa đốt               | pred:threat | 0.85 | threat_violence | severe
phóng hỏa                  | pred:threat | 0.85 | threat_violence | severe
phóng hoả                  | pred:threat | 0.85 | threat_violence | severe
tạt axit                   | pred:threat | 0.9 | threat_violence | severe
đổ máu                     | pred:threat | 0.85 | threat_violence | severe
máu chảy thành sông        | pred:threat | 0.9 | threat_violence | severe
chết chắc                  | pred:threat | 0.85 | threat_violence | severe
re:\b(tao|tôi|tui|tớ|mình) (chết chắc|chết chắc rồi|tiêu rồi)\b | allow
re:\b(mài|mài sẵn|giắt|thủ|chuẩn bị|sắm) (sẵn )?(dao|mã tấu|kiếm|súng|rựa|gậy|xăng|axit)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(dao|mã tấu|kiếm|súng|rựa)( \S+){0,2} (mài|lên nòng|chuẩn bị|sẵn) (sẵn|rồi)\b | pred:threat | 0.85 | threat_violence | severe
ăn đạn                     | pred:threat | 0.85 | threat_violence | severe
cho ăn dao                 | pred:threat | 0.9 | threat_violence | severe
coi chừng cái mạng         | pred:threat | 0.85 | threat_violence | severe
liệu hồn                   | pred:threat | 0.75 | threat_violence | severe
re:\b(tao|tui|bon tao) (se )?(giet|chem|dam|ban chet|san lung|tat xang)\b | pred:threat | 0.9 | threat_violence | severe
san lung                   | pred:threat | 0.8 | threat_violence | severe
tat xang                   | pred:threat | 0.85 | threat_violence | severe
chet chac                  | pred:threat | 0.8 | threat_violence | severe

# ---- profanity aimed at a group word: "đm bọn ...", "địt mẹ lũ ..."
re:\b(đm|đmm|dm|dmm|đcm|dcm|đkm|địt mẹ|địt con mẹ|dit me|đụ má|đụ mẹ|du ma|đù má|đéo|mẹ kiếp|con mẹ|cmn|vcl|vl|vãi|clgt|đĩ mẹ|mả mẹ|tổ cha|tiên sư|khốn nạn)( cái| cả| mấy)? (bọn|lũ|tụi|đám|thằng|mấy thằng|cả lũ|cái lũ|cái bọn|dân|loại|giống|lũ chó|bọn chó)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bọn|lũ|tụi|đám) \S+( \S+)? (chó má|chó đẻ|khốn nạn|mất dạy|mẹ kiếp|chết tiệt|đáng chết|vãi lồn|vãi l|vcl|vl)\b | pred:attribute | 0.8 | negative_attribute_group
chết tiệt                  | pred:attribute | 0.75 | negative_attribute_group
mẹ kiếp                    | pred:attribute | 0.6 | negative_attribute_group
vãi lồn                    | pred:attribute | 0.6 | negative_attribute_group

# ---- ctx:counter: saying that something is false, shameful or discriminatory
re:\b(không đúng|sai|sai lầm|thật sai|là sai|vô lý|thật vô lý|bất công|không công bằng|không hay)( chút nào| hoàn toàn| lắm| khi| nếu)? (khi|nếu) (nói|cho rằng|bảo|nghĩ|gọi|chửi|coi)\b | ctx:counter
như người ta hay nói       | ctx:counter
như người ta nói           | ctx:counter
người ta hay nói           | ctx:counter
thật đáng xấu hổ           | ctx:counter
nên thấy xấu hổ            | ctx:counter
đáng lên án                | ctx:counter
kỳ thị trắng trợn          | ctx:counter
phân biệt đối xử           | ctx:counter
câu như vậy                | ctx:counter
những câu như              | ctx:counter
lời lẽ như vậy             | ctx:counter
phát ngôn như vậy          | ctx:counter
ai đăng câu                | ctx:counter
ai nói câu                 | ctx:counter
không được phép tồn tại trong xã hội | ctx:counter
mọi người đều bình đẳng    | ctx:counter
ai cũng có quyền           | ctx:counter
không phân biệt            | ctx:counter
chỉ vì họ là               | ctx:counter
chỉ vì là                  | ctx:counter
không ai đáng bị           | ctx:counter
không ai nên bị            | ctx:counter
re:\b(dừng|ngừng|thôi|chấm dứt|chống|bài trừ|phản đối) (việc )?(kỳ thị|kì thị|phân biệt|miệt thị|xúc phạm|bắt nạt|chửi)\b | ctx:counter

# ---- allow: English words hidden in unmarked Vietnamese ("rất" reads as "rat" without marks),
# ---- nobody deserves ..., warnings
re:\b(rất|rát|rạt|rặt)(\s|[.,!?…]) | allow
re:\b(không|chẳng|ko|đừng|chưa) (nên|cần|phải|được|đáng) (bị )?(nhốt|bỏ tù|tống giam|trục xuất|đuổi|tống cổ|tống khứ|cấm cửa|cô lập|loại bỏ|gạt bỏ|đày|tước|phân biệt|kỳ thị|kì thị|xa lánh)\b | allow
re:\bbị (đuổi|tống|cấm|nhốt|giam|tước|trục xuất|kỳ thị|kì thị|xa lánh|phân biệt)( \S+){0,2} | allow
re:\b(tao|tôi|tớ|tui|mình|bọn tao|chúng tôi|tụi tao)( sẽ| phải| muốn| đang| đi)? (đánh giá|đánh máy|đánh răng|đánh thức|đánh bóng|đánh cầu|đánh cờ|đánh bài|đánh đàn|đánh trống|đánh dấu|đánh vần|đánh bạc|đánh golf|đánh son|đánh phấn|đánh võng|xử lý|xử lí)\b | allow
re:\b(cuộc|vụ|nạn nhân|tội ác|lên án|tưởng niệm|bị|thảm họa|thảm hoạ|chống|ngăn chặn) (diệt chủng|tàn sát|thảm sát)\b | allow
re:\b(đừng |không |đừng có )?(chơi|đùa) với (lửa|dao|súng)\b | allow
# in-group, reclaimed use of a regional label ("dân Bắc Kỳ chính hiệu như tui")
re:\b(dân|người|thằng|con) (bắc kỳ|bắc kì|nam kỳ|nam kì|parky|ba que|bake) (chính hiệu|chính gốc|gốc|thứ thiệt|chính cống|chuẩn|rặt)\b | allow
re:\b(tui|tao|tôi|tớ|mình|tụi tui|bọn tui|tụi mình|bọn mình|chúng tôi|tụi tao|bọn tao)( là| cũng là| vẫn là| đúng là)? (dân )?(bắc kỳ|bắc kì|nam kỳ|nam kì|parky|ba que|bake|bê đê|pê đê|bóng|ô môi)\b | allow
re:\b(dân )?(bắc kỳ|bắc kì|nam kỳ|nam kì|parky|bê đê|pê đê|bóng|ô môi)( \S+){0,3} như (tui|tôi|tao|tớ|mình|tụi tui|tụi mình|bọn mình)\b | allow
re:\b(không ai|chẳng ai|không một ai) (đáng|nên|xứng đáng) (bị )?(ghét|khinh|kỳ thị|kì thị|chửi|đánh|giết|đuổi|đối xử|miệt thị|phân biệt|chết|nhốt)\b | allow
re:\b(không|đừng|chẳng|không bao giờ|ko) (nên |được |có )?(ghét|khinh|kỳ thị|kì thị|đuổi|đánh|giết|nhốt|tẩy chay|xa lánh|từ mặt|miệt thị|xúc phạm)\b | allow

# ---- pred:worth: positive qualities and entitlements; hate only when denied ("hindi sila tao") — added 2026-12
# ("bọn nó không phải là người.", "chẳng hề đáng tin", "chưa bao giờ là người Việt thật sự"). Positive
# words only; the denial must stand apart from the term. Bare "con người" (in "quyền con người"),
# "bình đẳng" ("đối xử bình đẳng"), "tử tế" ("đối xử tử tế") and "có học" ("có học sinh") are left out.
re:\blà (con )?người( mà| đâu| nữa| hết| luôn| gì| cả)?\s*([.,!?…;]|$) | pred:worth | 0.85 | negative_attribute_group
con người như chúng ta     | pred:worth | 0.85 | negative_attribute_group
con người như mình         | pred:worth | 0.85 | negative_attribute_group
xứng làm người             | pred:worth | 0.85 | negative_attribute_group
đáng làm người             | pred:worth | 0.85 | negative_attribute_group
người bình thường          | pred:worth | 0.8 | negative_attribute_group
bình đẳng với chúng ta     | pred:worth | 0.8 | negative_attribute_group
bình đẳng với người việt   | pred:worth | 0.8 | negative_attribute_group
ngang hàng                 | pred:worth | 0.8 | negative_attribute_group
ngang bằng                 | pred:worth | 0.8 | negative_attribute_group
đáng tin                   | pred:worth | 0.8 | negative_attribute_group
tin tưởng được             | pred:worth | 0.8 | negative_attribute_group
trung thực                 | pred:worth | 0.75 | negative_attribute_group
thật thà                   | pred:worth | 0.75 | negative_attribute_group
lương thiện                | pred:worth | 0.75 | negative_attribute_group
người tử tế                | pred:worth | 0.75 | negative_attribute_group
người tốt                  | pred:worth | 0.75 | negative_attribute_group
người đàng hoàng           | pred:worth | 0.75 | negative_attribute_group
thông minh                 | pred:worth | 0.75 | negative_attribute_group
có năng lực                | pred:worth | 0.75 | negative_attribute_group
có đầu óc                  | pred:worth | 0.75 | negative_attribute_group
có não                     | pred:worth | 0.75 | negative_attribute_group
chăm chỉ                   | pred:worth | 0.75 | negative_attribute_group
có học thức                | pred:worth | 0.8 | negative_attribute_group
có học vấn                 | pred:worth | 0.75 | negative_attribute_group
có giáo dục                | pred:worth | 0.8 | negative_attribute_group
có văn hóa                 | pred:worth | 0.8 | negative_attribute_group
có văn hoá                 | pred:worth | 0.8 | negative_attribute_group
văn minh                   | pred:worth | 0.8 | negative_attribute_group
sạch sẽ                    | pred:worth | 0.75 | negative_attribute_group
ở sạch                     | pred:worth | 0.75 | negative_attribute_group
được chào đón              | pred:worth | 0.8 | negative_attribute_group
được hoan nghênh           | pred:worth | 0.8 | negative_attribute_group
thuộc về nơi này           | pred:worth | 0.8 | negative_attribute_group
thuộc về đất nước này      | pred:worth | 0.8 | negative_attribute_group
thuộc về việt nam          | pred:worth | 0.8 | negative_attribute_group
có chỗ đứng                | pred:worth | 0.8 | negative_attribute_group
đáng được sống             | pred:worth | 0.85 | negative_attribute_group
đáng sống                  | pred:worth | 0.85 | negative_attribute_group
có quyền sống              | pred:worth | 0.85 | negative_attribute_group
quyền được sống            | pred:worth | 0.85 | negative_attribute_group
có quyền gì                | pred:worth | 0.8 | negative_attribute_group
có quyền ở đây             | pred:worth | 0.8 | negative_attribute_group
có quyền bầu cử            | pred:worth | 0.8 | negative_attribute_group
đáng được tôn trọng        | pred:worth | 0.8 | negative_attribute_group
xứng đáng được bình đẳng   | pred:worth | 0.8 | negative_attribute_group
công dân thực sự           | pred:worth | 0.8 | negative_attribute_group
công dân thật sự           | pred:worth | 0.8 | negative_attribute_group
công dân chân chính        | pred:worth | 0.8 | negative_attribute_group
người việt thực sự         | pred:worth | 0.8 | negative_attribute_group
người việt thật sự         | pred:worth | 0.8 | negative_attribute_group
người việt chân chính      | pred:worth | 0.8 | negative_attribute_group
người việt đích thực       | pred:worth | 0.8 | negative_attribute_group
người việt nam thật sự     | pred:worth | 0.8 | negative_attribute_group
có giá trị                 | pred:worth | 0.75 | negative_attribute_group
có ích                     | pred:worth | 0.75 | negative_attribute_group
trung thành                | pred:worth | 0.75 | negative_attribute_group
yêu nước                   | pred:worth | 0.75 | negative_attribute_group
đủ tư cách                 | pred:worth | 0.8 | negative_attribute_group
đủ năng lực                | pred:worth | 0.75 | negative_attribute_group
xứng đáng làm lãnh đạo     | pred:worth | 0.8 | negative_attribute_group
# typed without diacritics (the commonest only)
la con nguoi               | pred:worth | 0.85 | negative_attribute_group
nguoi binh thuong          | pred:worth | 0.75 | negative_attribute_group
dang tin                   | pred:worth | 0.75 | negative_attribute_group
trung thuc                 | pred:worth | 0.75 | negative_attribute_group
thong minh                 | pred:worth | 0.75 | negative_attribute_group
van minh                   | pred:worth | 0.75 | negative_attribute_group
nguoi tot                  | pred:worth | 0.75 | negative_attribute_group
dang duoc ton trong        | pred:worth | 0.8 | negative_attribute_group
co quyen song              | pred:worth | 0.85 | negative_attribute_group
