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
ngân hàng                  | grp:other
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
ba que                     | grp:other
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
