# Vietnamese slurs for protected groups, read as people (flag `slur`): a slur counts at its full
# weight only in a people slot (a `ctx:people` word right before it: bọn, lũ, tụi, đám, thằng, đồ,
# toàn…; a `ctx:people_after` word right after it), with a second-person word within 60
# characters, or alone in its sentence; elsewhere at a fifth of its weight. Diacritics are kept for
# @lang vi, so terms are written with them, and diacritic-free forms only where they collide with
# nothing ("parky", "bac ky"; not "bong", "meo", "moi", "nho"). Slurs that are also everyday words
# (bóng ball/shadow, mèo cat, mọi every, thổ earth, miên in triền miên, nhọ soot/unlucky, ô môi the
# cassia fruit, cà ri curry, nhà quê the countryside) weigh 0.75 and their everyday collocations are
# listed under `allow` after them. Slurs already strong on their own in vi.hate.lex are strengthened
# here only where that entry needed a target.
# Left out on purpose: đần, khùng, điên, ngáo, não tàn, óc chó (general insults: harassment, not
# hate); bare mù, câm, điếc (mù tạt, sương mù, câm mồm, điếc tai); bare "con" as a people word (it
# is also the animal classifier: con mèo); tàu, tây, mỹ, hoa (neutral or everyday); bò đỏ, 3 sọc,
# cờ vàng, tàu cộng (political camps); bánh bèo, femi (mocking, not slurs for a protected group).
@format 1
@lang vi
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ==== people markers ==========================================================================

# ---- ctx:people: right before a noun, they make it a person or people ("bọn mọi", "thằng bóng")
bọn               | ctx:people |  |  |
lũ                | ctx:people |  |  |
tụi               | ctx:people |  |  |
đám               | ctx:people |  |  |
thằng             | ctx:people |  |  |
mụ                | ctx:people |  |  |
đồ                | ctx:people |  |  |
# "toàn X" (full of X, nothing but X)
toàn              | ctx:people |  |  |
dân               | ctx:people |  |  |
đứa               | ctx:people |  |  |
gã                | ctx:people |  |  |
ả                 | ctx:people |  |  |
lão               | ctx:people |  |  |
quân              | ctx:people |  |  |
bọn chúng         | ctx:people |  |  |
lũ chúng          | ctx:people |  |  |
# typed without diacritics ("tui" is left out: it is also "I")
bon               | ctx:people |  |  |
thang             | ctx:people |  |  |

# ---- ctx:people_after: right after a noun ("lũ bê đê các người")
các người         | ctx:people_after |  |  |
các ngươi         | ctx:people_after |  |  |
chúng mày         | ctx:people_after |  |  |
tụi bây           | ctx:people_after |  |  |

# ---- the speaker counts themself in ("tôi là người bắc kỳ", "tụi mình là bê đê", "tự hào là ô
# ---- môi"): written as `allow` spans that hold the slur, not as ctx:self words. A ctx:self word
# ---- cuts every slur in the 25 characters after it, so "tôi là" would also soften "tôi là người
# ---- việt ghét bọn tàu khựa". vi.groups.lex already allows some regional and LGBT forms.
re:\b(tôi|tui|mình|tớ|tao|chúng tôi|chúng mình|tụi mình|bọn mình|tụi tui|bọn tui|tụi tao|bọn tao)( cũng| vẫn| đúng| chính| vốn)? là( một| người| dân| đứa| thằng| con| một đứa| một thằng| một người| người dân| gái| trai)? (bắc kỳ|bắc kì|nam kỳ|nam kì|parky|ba que|bê đê|pê đê|bóng|bóng lộ|bóng kín|ô môi|xăng pha nhớt|ái nam ái nữ|đồng bóng|mọi|mán|mèo|thổ|miên|nhọ|nhà quê|què|tàn phế|tật nguyền|thiểu năng|bại não|tự kỷ|tự kỉ|câm điếc|đông lào)\b | allow |  |  |
re:\b(tôi|tui|mình|tớ|tao|chúng tôi|tụi mình|bọn mình)( cũng| vẫn)? (bị|mắc) (què|tàn phế|tật nguyền|thiểu năng|bại não|tự kỷ|tự kỉ|tâm thần|câm điếc)\b | allow |  |  |
re:\btự hào (là|vì là|được là|làm)( một| người| dân| đứa)? (bắc kỳ|bắc kì|nam kỳ|nam kì|parky|bê đê|pê đê|bóng|ô môi|mọi|mán|mèo|thổ|miên|nhà quê)\b | allow |  |  |

# ==== ethnicity, race, nationality ============================================================

# ---- Chinese and Hoa people
ba tàu            | hate | 0.85 | slur_group | slur
ba tau            | hate | 0.8  | slur_group | slur
tàu khựa          | hate | 0.9  | slur_group | slur
tau khua          | hate | 0.85 | slur_group | slur
taukhua           | hate | 0.85 | slur_group | slur
khựa              | hate | 0.85 | slur_group | slur
chệt              | hate | 0.85 | slur_group | slur
# "Trung Quốc" mocked as "dog" (cẩu) or in a mock accent
trung cẩu         | hate | 0.85 | slur_group | slur
tung cẩu          | hate | 0.85 | slur_group | slur
tung của          | hate | 0.8  | slur_group | slur
# three ships, trains
re:\bba tàu (cá|chiến|hàng|hỏa|hoả|thuyền|ngầm|sân bay|vũ trụ|khu trục|tuần tra|container|du lịch|biển|lửa|điện|bay|chở)\b | allow |  |  |

# ---- Japanese, Americans, South Asians
# "dwarf Japanese", from the war
nhật lùn          | hate | 0.85 | slur_group | slur
# Americans
mẽo               | hate | 0.8  | slur_group | slur
# South Asians ("bọn cà ri") and the curry
cà ri             | hate | 0.75 | slur_group | slur
re:\b(ăn|nấu|món|bột|gói|nồi|chén|bát|đĩa|bánh mì|cơm|bún|mì|vị|sốt|lẩu|mùi|gà nấu|bò nấu|dê nấu) cà ri\b | allow |  |  |
re:\bcà ri (gà|bò|dê|vịt|heo|chay|cá|tôm|cua|ghẹ|nấu|nước cốt dừa|ấn độ|ấn|thái|nhật|xanh|đỏ|vàng|ngon|bột|khoai|rau|mực|đậu)\b | allow |  |  |

# ---- ethnic minorities: mọi, mán (savages), mèo (the Hmong), thổ (Tày, Khmer), miên (Khmer)
# bare "mọi" is the everyday "every": only its slur use counts ("bọn mọi", "đồ mọi", "mày mọi")
mọi               | hate | 0.75 | slur_group | slur
re:\bmọi (người|ng|thứ|việc|lúc|nơi|khi|chuyện|cái|điều|ngày|năm|lần|mặt|cách|giá|thời|lứa|miền|ngành|vấn đề|bề|phía|hướng|nhà|hoàn cảnh|trường hợp|hình thức|quyết định|sự|thành viên|công dân|quyền|ý kiến|tầng lớp|đối tượng|giới|độ tuổi|quốc gia|dân tộc|tuổi|loại|kiểu|kênh|lĩnh vực|phương diện|hoạt động|chi phí|thông tin|câu hỏi|góc|khía cạnh|thắc mắc|tội|lỗi|giao dịch|rủi ro|tình huống|sản phẩm|bài|đơn|khách|gia đình|học sinh|nhân viên|ngóc ngách|điều kiện|giá trị|thời điểm|tháng|tuần|sáng|tối|đêm|buổi|bữa|món|nẻo|cấp|nước|tỉnh|vùng|địa phương|công việc|nhiệm vụ|người dân|hành vi|hành động|biện pháp|nỗ lực|yêu cầu|nhu cầu|khoản|phương tiện|dịch vụ|thiết bị|ứng dụng|nền tảng|ngôn ngữ|sinh viên|bạn|anh|chị|em|mình|thời đại|thế hệ|tôn giáo|chủng tộc|giới tính|lứa tuổi|hình thức|phương án|giải pháp|tác phẩm|đóng góp|thủ tục|chính sách|cố gắng|ngả|ngõ|gia đình|mối|mối quan hệ|quan hệ|kỳ|kì|đời|giai đoạn|mùa|dịp|thông báo|phản hồi|tin nhắn|comment|bình luận)\b | allow |  |  |
mán               | hate | 0.8  | slur_group | slur
man mán           | allow |  |  |
mèo               | hate | 0.75 | slur_group | slur
re:\b(con|chú|bé|em|những chú|nuôi|chăm|cho|mua|bán|nhận nuôi|cứu|bắt|lông|thức ăn|hạt|pate|cát|mắt|chó|chuột|hổ|gấu|cá|sen|boss|yêu|thích|vuốt|ôm|tắm|triệt sản|tiêm|cặp|có|cà phê|hội yêu|đàn|ổ|mấy bé|mấy con|giống|loài|dạy|hình|ảnh|clip|video|tranh|sticker|mèo) mèo\b | allow |  |  |
re:\bmèo (con|cái|đực|hoang|mướp|ta|tây|anh|ba tư|xiêm|mun|đen|trắng|vàng|tam thể|béo|ú|nhà|cưng|rừng|máy|méo|kêu|ăn|ngủ|cào|đẻ|mả gà đồng|khen mèo|vờn|vạc|lười|mập|cảnh|munchkin|sphynx|ragdoll|bengal|mỡ|già|ốm|bệnh|lạc|nằm|chạy|nhảy|liếm|meo|hư|cắn|ị|tè|dễ thương|xinh|đáng yêu|cute|nhỏ|lớn|bự|lông dài|lông ngắn|chân ngắn|tai cụp|mèo)\b | allow |  |  |
# also earth (lãnh thổ, thổ cư, thổ lộ, mệnh thổ, động thổ) and Turkey (Thổ Nhĩ Kỳ)
thổ               | hate | 0.75 | slur_group | slur
re:\b(lãnh|đất|nhà|phong|bản|tịnh|hoàng|mệnh|hành|hợp|khắc|hậu|ngũ|thủy|thuỷ|kim|hỏa|hoả|mộc|động|quốc|cố) thổ\b | allow |  |  |
re:\bthổ (nhĩ kỳ|nhĩ kì|địa|công|cẩm|dân|ngữ|nhưỡng|huyết|lộ|phỉ|tả|cư|mộc|sản|tinh|ty|hào|âm|ngơi|canh|thần|trạch|tức|phục linh|hoàng|cảnh)\b | allow |  |  |
dân tộc thổ       | allow |  |  |
# also in triền miên, liên miên, thôi miên, miên man, and a given name
miên              | hate | 0.75 | slur_group | slur
re:\b(triền|liên|thôi|an|vĩnh|trường|giấc) miên\b | allow |  |  |
re:\bmiên (man|viễn|trường|miên|tục|dương)\b | allow |  |  |
re:\b(chị|anh|cô|bà|ông|bé|bác|dì|cụ) miên\b | allow |  |  |
vương quốc cao miên | allow |  |  |

# ---- Black people: nhọ (also soot; "nhọ quá" = so unlucky), mọi đen, khỉ đen
nhọ               | hate | 0.75 | slur_group | slur
re:\b(bôi|lọ|số|vết|vệt|lem|xui|hôm nay|ngày|đen đủi) nhọ\b | allow |  |  |
re:\bnhọ (nồi|mặt|quá|vãi|vl|vcl|thật|thế|vậy|ghê|kinh|lắm|dã man|nhem|cả|hết|vãi chưởng)\b | allow |  |  |
mọi đen           | hate | 0.85 | slur_group | slur
khỉ đen           | hate | 0.8  | slur_group | slur
nigga             | hate | 0.85 | slur_group | slur
nigger            | hate | 0.9  | slur_group | slur

# ---- regions: northerners (bắc kỳ, parky, bắc 75), southerners (nam kỳ, ba que), the country as
# ---- "East Laos", country people (nhà quê)
bắc kỳ            | hate | 0.8  | slur_group | slur
bắc kì            | hate | 0.8  | slur_group | slur
bac ky            | hate | 0.8  | slur_group | slur
bac ki            | hate | 0.8  | slur_group | slur
parky             | hate | 0.85 | slur_group | slur
pắc kỳ            | hate | 0.85 | slur_group | slur
pắc kì            | hate | 0.85 | slur_group | slur
# northerners who came south after 1975
bắc 75            | hate | 0.8  | slur_group | slur
nam kỳ            | hate | 0.75 | slur_group | slur
nam kì            | hate | 0.75 | slur_group | slur
# the colonial regions in history
re:\b(xứ|thống sứ|toàn quyền|thời|chế độ|phủ thống sứ|nghĩa quân|ba|xứ sở|đất|lục tỉnh) (bắc|nam) (kỳ|kì)\b | allow |  |  |
re:\b(bắc|nam) (kỳ|kì) (thuộc pháp|lục tỉnh|khởi nghĩa|tự trị|quốc|thời pháp|xưa|dưới thời)\b | allow |  |  |
# "three sticks": the old southern flag, said of southerners
ba que            | hate | 0.8  | slur_group | slur
3 que             | hate | 0.85 | slur_group | slur
ba que xỏ lá      | allow |  |  |
đông lào          | hate | 0.75 | slur_group | slur
re:\b(miền|phía|vùng|khu vực) đông lào\b | allow |  |  |
nhà quê           | hate | 0.75 | slur_group | slur
re:\b(về|ở|dưới|từ|tại|thăm) nhà quê\b | allow |  |  |
re:\bnhà quê (tôi|mình|tui|em|anh|chị|của|ngoại|nội)\b | allow |  |  |

# ==== sexual orientation and gender identity ==================================================
bê đê             | hate | 0.85 | slur_group | slur
pê đê             | hate | 0.85 | slur_group | slur
bêđê              | hate | 0.85 | slur_group | slur
pêđê              | hate | 0.85 | slur_group | slur
bede              | hate | 0.8  | slur_group | slur
pede              | hate | 0.8  | slur_group | slur
pe de             | hate | 0.8  | slur_group | slur
gay lọ            | hate | 0.85 | slur_group | slur
bóng lộ           | hate | 0.85 | slur_group | slur
bóng kín          | hate | 0.85 | slur_group | slur
# bóng (a gay man) is also the ball, the shadow, the light bulb, "shiny"
bóng              | hate | 0.75 | slur_group | slur
re:\bbóng (đá|rổ|chuyền|bàn|chày|ném|bầu dục|nước|bay|đèn|điện|tối|râm|mát|dáng|hình|ma|đêm|người|cây|nắng|gió|bẩy|loáng|nhoáng|lưỡng|mượt|mờ|đổ|tròn|cười|tennis|golf|lăn|chết|sống|hồng|lưng|dầu|vía|nghiêng|đè|câu|mây|trăng|khí|cao su|nhựa|sáng|led|huỳnh quang|neon|compact|sợi đốt|quần|né|mềm|bi|gỗ|hơi|bổng|ngả|tuyết|vợt|chim|in|đen|trắng|vàng|xanh|đỏ)\b | allow |  |  |
re:\b(hình|cái|quả|trái|sáng|đánh|bong|đá|sút|chuyền|giữ|tranh|cướp|chơi|ném|bắt|đập|thổi|làng|giấy|sơn|lụa|tóc|lên|chiếc|soi|hắt|che|núp|khuất|ẩn|sân|trận|đội|xem|kèo|độ|dắt|rê|đỡ|lốp|phát|giao|nhồi|bơm|bóp|nổ|láng|trơn|nhẵn|mặt|da|giày|áo|lưới|cầu thủ|fan|bình luận|tin|giải|môn|tập|ôm|cầm|lăn|đuổi|đón|mượn|mua|bán|đen|trắng) bóng\b | allow |  |  |
# xăng pha nhớt ("petrol mixed with oil"): also the fuel of two-stroke engines
xăng pha nhớt     | hate | 0.8  | slur_group | slur
xang pha nhot     | hate | 0.8  | slur_group | slur
re:\b(đổ|pha|dùng|chạy|xe|máy|xe chạy) xăng pha nhớt\b | allow |  |  |
re:\bxăng pha nhớt (cho|tỉ lệ|tỷ lệ|theo|của)\b | allow |  |  |
# ô môi (a lesbian) is also the cassia fruit of the Mekong delta
ô môi             | hate | 0.75 | slur_group | slur
re:\b(ăn|trái|quả|cây|hoa|rượu|mứt|ngâm|mua|bán|kẹo|hái|vị|hạt|chè|bột|thanh|mùa) ô môi\b | allow |  |  |
re:\bô môi (ngâm|chín|khô|rừng|miền tây|nướng|tươi|đồng tháp|nam bộ|chữa|có tác dụng|trị|tốt|giá|nở|rượu)\b | allow |  |  |
ái nam ái nữ      | hate | 0.8  | slur_group | slur
# đồng bóng (effeminate) is also "fickle" (tính đồng bóng, thời tiết đồng bóng)
đồng bóng         | hate | 0.75 | slur_group | slur
re:\b(tính|tính khí|thời tiết|trời|tâm trạng|tính tình) đồng bóng\b | allow |  |  |
# "half lean, half fat": said of gay and trans people; also pork belly, and a fence-sitter
nửa nạc nửa mỡ    | hate | 0.75 | slur_group | slur
re:\b(thịt|miếng|ba chỉ|chọn|mua|thái độ|kiểu|cách|chính sách|lập trường) nửa nạc nửa mỡ\b | allow |  |  |
# "lại cái" (a man-woman) is also "again the…" (làm lại cái này): only with a contemptuous word
# before it, and so not flagged `slur` (the people word is inside the match)
re:\b(đồ|thằng|bọn|lũ|tụi|mấy thằng|con mụ|cái thằng) lại cái\b | hate | 0.75 | slur_group |

# ==== women ===================================================================================
đĩ                | hate | 0.85 | slur_group | slur
phò               | hate | 0.85 | slur_group | slur
điếm              | hate | 0.85 | slur_group | slur
điếm canh         | allow |  |  |
điếm nhục         | allow |  |  |
ô điếm            | allow |  |  |
cave              | hate | 0.8  | slur_group | slur
# "con" is also the animal classifier and no people word; with these it can only be a woman
re:\bcon (đĩ|phò|điếm|cave)\b | hate | 0.85 | slur_group | slur

# ==== disability ==============================================================================
thiểu năng        | hate | 0.8  | slur_group | slur
thieu nang        | hate | 0.8  | slur_group | slur
re:\bthiểu năng (tuần hoàn|sinh dục|tuyến|động mạch|vành|thận|gan|tim|não|mạch|hô hấp|tĩnh mạch|buồng trứng|tinh hoàn|hormone|nội tiết|cơ|van)\b | allow |  |  |
re:\b(người|trẻ|trẻ em|học sinh|bệnh nhân|hỗ trợ|chăm sóc|những người) thiểu năng\b | allow |  |  |
què               | hate | 0.75 | slur_group | slur
què quặt          | hate | 0.8  | slur_group | slur
# quần què ("whatever, crap"), a broken machine
re:\b(quần|bị|máy|xe|điện thoại|mạng|wifi|app|game) què\b | allow |  |  |
tàn phế           | hate | 0.75 | slur_group | slur
re:\b(bị|người|trở nên|thành|khiến|gây) tàn phế\b | allow |  |  |
re:\btàn phế (suốt đời|vĩnh viễn|cả đời)\b | allow |  |  |
tật nguyền        | hate | 0.75 | slur_group | slur
re:\b(người|trẻ|trẻ em|bị|những người|người bị) tật nguyền\b | allow |  |  |
bại não           | hate | 0.8  | slur_group | slur
bai nao           | hate | 0.75 | slur_group | slur
re:\b(trẻ|trẻ em|bệnh nhân|chứng|bệnh|người|người bị|bé|bé bị|trẻ bị|con bị|cháu bị) bại não\b | allow |  |  |
tự kỷ             | hate | 0.75 | slur_group | slur
tự kỉ             | hate | 0.75 | slur_group | slur
re:\b(trẻ|trẻ em|trẻ bị|bé|bé bị|con bị|cháu bị|hội chứng|chứng|rối loạn phổ|phổ|bệnh|người|can thiệp|trung tâm|ngồi|đang|hay) tự (kỷ|kỉ)\b | allow |  |  |
re:\btự (kỷ|kỉ) (một mình|quá|ghê|thật|vl|vãi|cả ngày|trong phòng)\b | allow |  |  |
tâm thần          | hate | 0.75 | slur_group | slur
re:\b(sức khỏe|sức khoẻ|bệnh viện|rối loạn|bác sĩ|khoa|thuốc|bệnh|bệnh nhân|người bệnh|điều trị|giám định|trại|chấn thương|y tế|chuyên khoa|tổn thương|vấn đề|chăm sóc|dịch vụ) tâm thần\b | allow |  |  |
re:\btâm thần (học|phân liệt|kinh|vận động|trung ương)\b | allow |  |  |
câm điếc          | hate | 0.75 | slur_group | slur
re:\b(người|trẻ|trẻ em|trường|học sinh|cộng đồng|người bị) câm điếc\b | allow |  |  |
đui mù            | hate | 0.75 | slur_group | slur
# one-eyed (chột dạ: startled), limping (thọt lét: tickling)
chột              | hate | 0.75 | slur_group | slur
re:\b(chột dạ|làm chột)\b | allow |  |  |
thọt              | hate | 0.75 | slur_group | slur
re:\bthọt (lét|tay|vào|gậy)\b | allow |  |  |

# ---- ctx:ingroup: the writer counting themself in; a slur within 8 characters of one, in the
# same clause, is the group's own word for itself (reclaimed use). Added by the engine's author. ----
tụi tui           | ctx:ingroup |  |  |
tụi mình          | ctx:ingroup |  |  |
tụi tôi           | ctx:ingroup |  |  |
chúng tôi         | ctx:ingroup |  |  |
chúng mình        | ctx:ingroup |  |  |
bọn mình          | ctx:ingroup |  |  |
bọn tôi           | ctx:ingroup |  |  |
tôi là            | ctx:ingroup |  |  |
mình là           | ctx:ingroup |  |  |
tui là            | ctx:ingroup |  |  |
tao là            | ctx:ingroup |  |  |
tôi cũng là       | ctx:ingroup |  |  |
mình cũng là      | ctx:ingroup |  |  |
