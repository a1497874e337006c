# Vietnamese hate: regional, ethnic, national, religious, gender, sexual-orientation and
# disability slurs, dehumanising terms and group attacks. Written with and without diacritics
# where the bare form does not collide with an everyday word.
@format 1
@lang vi
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- regional slurs (north / south / centre) -------------------------------------------------
bắc kỳ              | hate | 0.5  | slur_group | needs=target,group
bắc kì              | hate | 0.5  | slur_group | needs=target,group
bac ky              | hate | 0.4  | slur_group | needs=target,group
bac ki              | hate | 0.4  | slur_group | needs=target,group
parky               | hate | 0.6  | slur_group |
pắc kỳ              | hate | 0.6  | slur_group |
nam kỳ              | hate | 0.3  | slur_group | needs=target,group
nam kì              | hate | 0.3  | slur_group | needs=target,group
re:\b(bọn|lũ|dân|thằng|con|bon|lu|dan|thang) (bắc kỳ|bắc kì|bac ky|bac ki|parky|bake|nam kỳ|nam kì)\b | hate | 0.7 | slur_group | severe
bắc kỳ chó          | hate | 0.8  | slur_group | severe
bắc kỳ ăn cắp       | hate | 0.75 | hate_group_attack | severe
re:\b(dân|người|bọn) (thanh hóa|nghệ an|hà tĩnh|miền bắc|miền nam|miền trung|bắc|nam|trung) (toàn|đều|là) ((lũ|bọn|đồ) )?(ăn cắp|ăn trộm|lừa đảo|mất dạy|vô học|chó|súc vật|cặn bã)\b | hate | 0.7 | hate_group_attack | severe

# --- ethnicity, race, nationality ------------------------------------------------------------
khựa                | hate | 0.6  | slur_group |
tàu khựa            | hate | 0.75 | slur_group |
tau khua            | hate | 0.5  | slur_group |
chệt                | hate | 0.6  | slur_group |
thằng chệt          | hate | 0.75 | slur_group |
ba tàu              | hate | 0.45 | slur_group | needs=target,group
bọn tàu             | hate | 0.35 | slur_group |
mọi rợ              | hate | 0.35 | dehumanising_group | needs=target,group
đồ mọi              | hate | 0.6  | slur_group |
thằng mọi           | hate | 0.6  | slur_group |
bọn mọi             | hate | 0.6  | slur_group |
mọi đen             | hate | 0.65 | slur_group |
thằng mán           | hate | 0.55 | slur_group |
đồ mán              | hate | 0.55 | slur_group |
thằng nhọ           | hate | 0.55 | slur_group |
bọn nhọ             | hate | 0.6  | slur_group |
khỉ đen             | hate | 0.65 | slur_group |
da đen hôi          | hate | 0.6  | slur_group |
bọn da đen          | hate | 0.4  | hate_group_attack |
lũ da đen           | hate | 0.45 | hate_group_attack |
cút về nước         | hate | 0.45 | hate_group_attack |
cút về nước mày     | hate | 0.6  | hate_group_attack |
đuổi hết bọn        | hate | 0.45 | hate_group_attack | needs=group
trục xuất hết       | hate | 0.3  | hate_group_attack | needs=group

# --- sexual orientation and gender identity --------------------------------------------------
pê đê               | hate | 0.55 | slur_group | needs=target
pe de               | hate | 0.4  | slur_group | needs=target
bê đê               | hate | 0.45 | slur_group | needs=target
bede                | hate | 0.45 | slur_group | needs=target
bóng lộ             | hate | 0.45 | slur_group | needs=target
thằng bóng          | hate | 0.5  | slur_group |
xăng pha nhớt       | hate | 0.55 | slur_group |
xang pha nhot       | hate | 0.5  | slur_group |
ái nam ái nữ        | hate | 0.35 | slur_group | needs=target
bệnh đồng tính      | hate | 0.5  | hate_group_attack |
re:\b(đồng tính|dong tinh|gay|les|lgbt\w*|pê đê|bê đê|bede|chuyển giới|người chuyển giới)( (là|la))? (một )?(bệnh|căn bệnh|bệnh hoạn|bệnh tâm thần|biến thái|lệch lạc|tội lỗi|trái tự nhiên|quái thai|benh|bien thai)\b | hate | 0.6 | hate_group_attack | severe
bệnh hoạn          | hate | 0.3  | hate_group_attack | needs=group
biến thái           | hate | 0.25 | hate_group_attack | needs=group
lệch lạc            | hate | 0.3  | hate_group_attack | needs=group
trái tự nhiên       | hate | 0.35 | hate_group_attack | needs=group
quái thai           | hate | 0.4  | dehumanising_group | needs=target,group

# --- women ----------------------------------------------------------------------------------
đàn bà thì biết gì  | hate | 0.5  | hate_group_attack |
đàn bà biết gì      | hate | 0.45 | hate_group_attack |
phụ nữ thì biết gì  | hate | 0.5  | hate_group_attack |
đàn bà ngu          | hate | 0.55 | hate_group_attack |
ngực to não nhỏ     | hate | 0.45 | hate_group_attack |
re:\b(đàn bà|phụ nữ|con gái)( thì)?( chỉ)? (nên|phải|chỉ biết) (ở nhà|ở bếp|trong bếp|đẻ con|làm vợ|rửa bát)\b | hate | 0.45 | hate_group_attack |
re:\b(đáng bị|đáng đời bị) (hiếp|hiếp dâm|cưỡng hiếp)\b | hate | 0.85 | hate_group_attack | severe

# --- religion -------------------------------------------------------------------------------
hồi giáo khủng bố   | hate | 0.6  | hate_group_attack |
re:\b(hồi giáo|đạo hồi|người hồi giáo|muslim)( (là|toàn|đều là))? ((lũ|bọn|quân) )?(khủng bố|súc vật|man rợ|mọi rợ)\b | hate | 0.65 | hate_group_attack | severe
bọn cuồng đạo       | hate | 0.35 | hate_group_attack | needs=group
bọn hồi giáo        | hate | 0.45 | hate_group_attack |
bọn công giáo       | hate | 0.35 | hate_group_attack |
bọn theo đạo        | hate | 0.35 | hate_group_attack |

# --- disability -----------------------------------------------------------------------------
thằng què           | hate | 0.5  | slur_group |
con què             | hate | 0.5  | slur_group |
thằng mù            | hate | 0.45 | slur_group |
thằng câm           | hate | 0.4  | slur_group |
thằng điếc          | hate | 0.4  | slur_group |
đồ tật nguyền       | hate | 0.55 | slur_group |
đồ tàn phế          | hate | 0.55 | slur_group |
thằng thiểu năng    | hate | 0.55 | slur_group |
đồ thiểu năng       | hate | 0.55 | slur_group |
thằng tự kỷ         | hate | 0.45 | slur_group |
đồ tự kỷ            | hate | 0.45 | slur_group |

# --- dehumanising (count fully next to a group name) -----------------------------------------
lũ súc vật          | hate | 0.5  | dehumanising_group | needs=group
bọn súc vật         | hate | 0.5  | dehumanising_group | needs=group
lũ chuột            | hate | 0.4  | dehumanising_group | needs=group
lũ gián             | hate | 0.45 | dehumanising_group | needs=group
ký sinh trùng       | hate | 0.4  | dehumanising_group | needs=group
sâu bọ              | hate | 0.4  | dehumanising_group | needs=group
lũ khỉ              | hate | 0.45 | dehumanising_group | needs=group
bọn khỉ             | hate | 0.45 | dehumanising_group | needs=group
giống loài hạ đẳng  | hate | 0.6  | dehumanising_group |
chủng tộc hạ đẳng   | hate | 0.65 | dehumanising_group | severe
dân tộc hạ đẳng     | hate | 0.65 | dehumanising_group | severe
không đáng làm người | hate | 0.45 | dehumanising_group | needs=group
bọn mọi rợ          | hate | 0.55 | dehumanising_group |

# ---- Group + "là (lũ|bọn|đồ)" + contempt, dotted "b.ê đ.ê", expulsion, no-diacritic and
# ---- hashtag forms (added 2026-12, original work, MIT) ----
re:\b(đồng tính|dong tinh|gay|les|lgbt\w*|pê đê|bê đê|b[.\-_*]ê ?đ[.\-_*]ê|bede|pede|chuyển giới|người chuyển giới)( (là|la))? (lũ|bọn|đồ|một lũ|toàn lũ|lu|bon|do) (bệnh hoạn|biến thái|bệnh|lệch lạc|quái thai|rác rưởi|benh hoan|bien thai) | hate | 0.65 | hate_group_attack | severe
re:\bb[.\-_*]ê ?đ[.\-_*]ê\b           | hate | 0.45 | slur_group | needs=target
re:\b(tống cổ|đuổi|tong co|duoi) (hết|hết bọn nó|sạch|het) (ra khỏi|về|ra khoi|ve) (xã hội|nước|nuoc|xa hoi|đất nước|dat nuoc)\b | hate | 0.5 | hate_group_attack | needs=group
re:\b(cút|cut|đuổi|duoi|biến|bien) (hết )?(về|ve) (nước|nuoc|bên|ben)\b | hate | 0.5 | hate_group_attack | needs=group
taukhua              | hate | 0.6  | slur_group |
re:\b(lu|bon|dan|thang) (tau khua|tau|khua)\b | hate | 0.55 | slur_group |
re:\b(toàn|toan) (là )?(lũ|bọn|một lũ|lu|bon) (lừa đảo|ăn cắp|ăn trộm|lưu manh|mất dạy|rác rưởi|lua dao|an cap|an trom|luu manh)\b | hate | 0.55 | hate_group_attack | needs=group
re:\b(đừng|dung|không được) tin (đứa|thằng|con|đứa) nào\b | hate | 0.35 | hate_group_attack | needs=group
re:\b(đàn bà|phụ nữ|con gái|dan ba|phu nu)( thì| là| thi| la)? (ngu|óc bò|não cá vàng|ngu như bò|ngu nhu bo|không có não)\b | hate | 0.65 | hate_group_attack |
re:\b(không nên|không được|khong nen|đừng) (cho|để|de) (làm|lam) (lãnh đạo|sếp|lanh dao)\b | hate | 0.35 | hate_group_attack | needs=group

# ---- slurs standing alone (2026-12; proposed from the suites' development errors, weights low where the word has an ordinary sense) ----
mán                 | hate | 0.6 | slur_group | needs=target,group
ô môi               | hate | 0.6 | slur_group | needs=target,group
ba que              | hate | 0.7 | slur_group |
