# Vietnamese extremism: calls for violence against groups, praise of terrorist attacks and
# recruitment. News vocabulary ("khủng bố", "đánh bom") alone is not listed.
@format 1
@lang vi
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- incitement ------------------------------------------------------------------------------
re:\b(giết|tiêu diệt|thảm sát|đốt|chém|diệt|xử|đuổi) (hết|sạch|sạch sẽ|toàn bộ|tất cả) (bọn|lũ|dân|người|đám|tụi) (tàu|trung quốc|khựa|bắc kỳ|bắc kì|nam kỳ|hồi giáo|đạo hồi|đồng tính|pê đê|bê đê|da đen|mọi|công giáo|tin lành|do thái|việt kiều|hoa|chăm|khmer|thượng|ba que|bò đỏ)\b | extremism | 0.85 | extremism_incitement | severe
re:\b(giết|tiêu diệt|thảm sát|đốt|chém|diệt) (bọn|lũ) (tàu|trung quốc|khựa|bắc kỳ|hồi giáo|đồng tính|pê đê|bê đê|da đen|mọi|công giáo|do thái)\b | extremism | 0.75 | extremism_incitement | severe
giết hết bọn        | extremism | 0.6  | extremism_incitement | needs=group
giết sạch bọn       | extremism | 0.65 | extremism_incitement | needs=group
giết hết            | extremism | 0.35 | extremism_incitement | needs=group
giết sạch           | extremism | 0.4  | extremism_incitement | needs=group
tiêu diệt bọn       | extremism | 0.45 | extremism_incitement | needs=group
tiêu diệt hết       | extremism | 0.45 | extremism_incitement | needs=group
diệt sạch           | extremism | 0.45 | extremism_incitement | needs=group
diệt chủng          | extremism | 0.3  | extremism_incitement | needs=group
thảm sát bọn        | extremism | 0.7  | extremism_incitement | needs=group
đốt hết nhà bọn     | extremism | 0.75 | extremism_incitement | severe
đốt nhà thờ         | extremism | 0.55 | extremism_incitement |
đốt chùa            | extremism | 0.5  | extremism_incitement |
đánh bom bọn        | extremism | 0.75 | extremism_incitement | severe
ném bom bọn         | extremism | 0.7  | extremism_incitement | severe
cần một cuộc thanh trừng | extremism | 0.6 | extremism_incitement |
thanh trừng bọn     | extremism | 0.65 | extremism_incitement | needs=group
cầm súng lên        | extremism | 0.4  | extremism_incitement |
cầm vũ khí giết     | extremism | 0.7  | extremism_incitement | severe

# --- glorification ---------------------------------------------------------------------------
ủng hộ khủng bố     | extremism | 0.6  | extremism_glorification |
khủng bố là anh hùng | extremism | 0.8 | extremism_glorification | severe
kẻ đánh bom là anh hùng | extremism | 0.85 | extremism_glorification | severe
anh hùng tử vì đạo  | extremism | 0.45 | extremism_glorification |
is muôn năm         | extremism | 0.8  | extremism_glorification | severe
isis muôn năm       | extremism | 0.85 | extremism_glorification | severe
nhà nước hồi giáo muôn năm | extremism | 0.85 | extremism_glorification | severe
đánh bom hay lắm    | extremism | 0.75 | extremism_glorification | severe
vụ đánh bom đáng đời | extremism | 0.7 | extremism_glorification | severe
xả súng đáng đời    | extremism | 0.7  | extremism_glorification | severe
giết thế là đáng    | extremism | 0.5  | extremism_glorification | needs=group
đáng đời lũ         | extremism | 0.35 | extremism_glorification | needs=group
thánh chiến         | extremism | 0.25 | extremism_glorification |

# --- recruitment -----------------------------------------------------------------------------
tham gia thánh chiến | extremism | 0.75 | extremism_recruitment | severe
gia nhập is         | extremism | 0.65 | extremism_recruitment | severe
gia nhập isis       | extremism | 0.75 | extremism_recruitment | severe
gia nhập nhà nước hồi giáo | extremism | 0.75 | extremism_recruitment | severe
gia nhập lực lượng thánh chiến | extremism | 0.8 | extremism_recruitment | severe
cách chế tạo bom    | extremism | 0.6  | extremism_recruitment |
cách làm bom        | extremism | 0.55 | extremism_recruitment |
hướng dẫn chế bom   | extremism | 0.65 | extremism_recruitment |
hướng dẫn chế tạo bom | extremism | 0.65 | extremism_recruitment |
tự chế bom          | extremism | 0.5  | extremism_recruitment |
huấn luyện chiến binh | extremism | 0.35 | extremism_recruitment |

# ---- Praise of bombings, attacks on places of worship, armed recruitment with a contact
# ---- (added 2026-12, original work, MIT) ----
re:\b(đánh bom|khủng bố|xả súng|đánh bom tự sát|danh bom|khung bo|xa sung)\b.{0,40}\b(là )?(hành động )?(anh hùng|chính nghĩa|anh hung)\b | extremism | 0.8 | extremism_glorification | severe
re:\bcần (thêm )?nhiều vụ như (vậy|thế)\b                    | extremism | 0.35 | extremism_glorification |
re:\b(đốt|đập|phá|đánh bom|thiêu|dot|dap|pha) (hết |sạch |het )?(chùa|nhà thờ|đền|thánh đường|chua|nha tho)\b | extremism | 0.65 | extremism_incitement | severe
re:\b(giết|giet) (sạch|hết|sach|het) (không chừa|khong chua)\b | extremism | 0.6 | extremism_incitement | severe
re:\b(cầm súng|cam sung) (chiến đấu|chien dau)\b           | extremism | 0.45 | extremism_recruitment |
re:\b(nhà nước hồi giáo|isis)\b.{0,60}\b(nhắn|liên hệ|ib|inbox|telegram)\b | extremism | 0.45 | extremism_recruitment |
re:\b(cầm súng|chiến đấu|thánh chiến|jihad)\b.{0,60}\b(nhắn|liên hệ|ib|inbox|telegram|có người đưa)\b | extremism | 0.65 | extremism_recruitment | severe
