# Vietnamese harassment: insults, profanity aimed at people, threats, wishes of harm, sexual
# harassment, body shaming, doxxing and blackmail. Entries come with and without diacritics
# (diacritics are kept for @lang vi) and in common teencode ("đm", "vcl", "loz").
# Profanity and intensifiers ("vãi", "vcl", "đéo", "đm nóng quá") are everyday interjections:
# bare forms are needs=target with low weight; forms aimed with "mày" carry the weight.
@format 1
@lang vi
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- profanity: interjections unless aimed ---------------------------------------------------
địt mẹ              | harassment | 0.45 | profanity_at_person | needs=target
dit me              | harassment | 0.4  | profanity_at_person | needs=target
ditme               | harassment | 0.4  | profanity_at_person | needs=target
đjt mẹ              | harassment | 0.45 | profanity_at_person | needs=target
djt me              | harassment | 0.4  | profanity_at_person | needs=target
đụ má               | harassment | 0.45 | profanity_at_person | needs=target
đụ mẹ               | harassment | 0.45 | profanity_at_person | needs=target
du ma               | harassment | 0.4  | profanity_at_person | needs=target
đù má               | harassment | 0.3  | profanity_at_person | needs=target
đm                  | harassment | 0.35 | profanity_at_person | needs=target
dm                  | harassment | 0.2  | profanity_at_person | needs=target
đmm                 | harassment | 0.4  | profanity_at_person | needs=target
dmm                 | harassment | 0.35 | profanity_at_person | needs=target
đcm                 | harassment | 0.4  | profanity_at_person | needs=target
dcm                 | harassment | 0.35 | profanity_at_person | needs=target
đcmm                | harassment | 0.45 | profanity_at_person | needs=target
dcmm                | harassment | 0.4  | profanity_at_person | needs=target
đkm                 | harassment | 0.4  | profanity_at_person | needs=target
đmcs                | harassment | 0.4  | profanity_at_person | needs=target
dmcs                | harassment | 0.35 | profanity_at_person | needs=target
cmm                 | harassment | 0.4  | profanity_at_person | needs=target
vcl                 | harassment | 0.2  | profanity_at_person | needs=target
vkl                 | harassment | 0.2  | profanity_at_person | needs=target
vãi lồn             | harassment | 0.25 | profanity_at_person | needs=target
vcc                 | harassment | 0.2  | profanity_at_person | needs=target
clgt                | harassment | 0.3  | profanity_at_person | needs=target
clm                 | harassment | 0.3  | profanity_at_person | needs=target
lồn                 | harassment | 0.4  | profanity_at_person | needs=target
loz                 | harassment | 0.35 | profanity_at_person | needs=target
cặc                 | harassment | 0.4  | profanity_at_person | needs=target
buồi                | harassment | 0.35 | profanity_at_person | needs=target
đéo                 | harassment | 0.25 | profanity_at_person | needs=target
đếch                | harassment | 0.2  | profanity_at_person | needs=target
tổ sư               | harassment | 0.3  | profanity_at_person | needs=target
tiên sư             | harassment | 0.3  | profanity_at_person | needs=target
tổ cha              | harassment | 0.4  | profanity_at_person | needs=target
mả mẹ               | harassment | 0.45 | profanity_at_person | needs=target
chết mẹ             | harassment | 0.3  | profanity_at_person | needs=target
như lồn             | harassment | 0.4  | profanity_at_person | needs=target
như lol             | harassment | 0.35 | profanity_at_person | needs=target
như cặc             | harassment | 0.4  | profanity_at_person | needs=target
xạo lồn             | harassment | 0.4  | profanity_at_person | needs=target
# aimed
re:(địt|đụ|đù|đjt) (mẹ|má|cha|bố) (mày|mầy|chúng mày|tụi mày|bọn mày|mài) | harassment | 0.75 | profanity_at_person |
re:\b(dit|du|djt) (me|ma|cha) (may|chung may|tui may|bon may)\b | harassment | 0.7 | profanity_at_person |
re:\b(đm|đmm|đcm|đkm|đcmm|dm|dmm|dcm|dkm) (mày|mầy|mài|chúng mày|tụi mày|bọn mày|thằng|con)\b | harassment | 0.65 | profanity_at_person |
con mẹ mày          | harassment | 0.6  | profanity_at_person |
mẹ mày              | harassment | 0.5  | profanity_at_person |
cha mày             | harassment | 0.45 | profanity_at_person |
bố mày              | harassment | 0.35 | profanity_at_person | needs=target
ông nội mày         | harassment | 0.4  | profanity_at_person |
chết mẹ mày         | harassment | 0.65 | profanity_at_person |
cút mẹ mày đi       | harassment | 0.7  | profanity_at_person |
mặt lồn             | harassment | 0.6  | profanity_at_person |
hãm lồn             | harassment | 0.55 | profanity_at_person |
hãm lol             | harassment | 0.5  | profanity_at_person |
óc lồn              | harassment | 0.6  | profanity_at_person |
bú cặc              | harassment | 0.6  | profanity_at_person |
đi bú cặc           | harassment | 0.7  | profanity_at_person |

# --- insults --------------------------------------------------------------------------------
ngu                 | harassment | 0.45 | insult_at_person | needs=target
thằng ngu           | harassment | 0.65 | insult_at_person |
con ngu             | harassment | 0.6  | insult_at_person |
đồ ngu              | harassment | 0.65 | insult_at_person |
thang ngu           | harassment | 0.55 | insult_at_person |
lũ ngu              | harassment | 0.55 | insult_at_person |
bọn ngu             | harassment | 0.55 | insult_at_person |
re:\bngu (như|nhu) (bò|chó|lợn|heo|trâu|con bò|con chó|con lợn|bo|cho|lon|trau)\b | harassment | 0.65 | insult_at_person |
re:\bngu (vãi|vl|vcl|vkl|vãi lồn|vãi cả lồn|bỏ mẹ|thấy mẹ|như lồn|như cặc|hết phần thiên hạ)\b | harassment | 0.55 | insult_at_person | needs=target
ngu dốt             | harassment | 0.5  | insult_at_person | needs=target
ngu si              | harassment | 0.5  | insult_at_person | needs=target
ngu học             | harassment | 0.5  | insult_at_person | needs=target
óc chó              | harassment | 0.55 | insult_at_person | needs=target
oc cho              | harassment | 0.45 | insult_at_person | needs=target
re:\bóc (lợn|heo|bò|trâu|bã đậu|quần què)\b | harassment | 0.55 | insult_at_person |
não tôm             | harassment | 0.5  | insult_at_person | needs=target
não phẳng           | harassment | 0.45 | insult_at_person | needs=target
não cá vàng         | harassment | 0.25 | insult_at_person | needs=target
thiểu năng          | harassment | 0.55 | insult_at_person | needs=target
thieu nang          | harassment | 0.5  | insult_at_person | needs=target
bại não             | harassment | 0.55 | insult_at_person | needs=target
bai nao             | harassment | 0.45 | insult_at_person | needs=target
đần độn             | harassment | 0.45 | insult_at_person | needs=target
đầu đất             | harassment | 0.35 | insult_at_person | needs=target
đầu đất nước        | allow
khùng               | harassment | 0.3  | insult_at_person | needs=target
thằng khùng         | harassment | 0.5  | insult_at_person |
thằng điên          | harassment | 0.5  | insult_at_person |
con điên            | harassment | 0.5  | insult_at_person |
mất dạy             | harassment | 0.55 | insult_at_person | needs=target
mat day             | harassment | 0.4  | insult_at_person | needs=target
vô học              | harassment | 0.5  | insult_at_person | needs=target
vo hoc              | harassment | 0.4  | insult_at_person | needs=target
vô văn hóa          | harassment | 0.45 | insult_at_person | needs=target
mất nết             | harassment | 0.45 | insult_at_person | needs=target
láo toét            | harassment | 0.45 | insult_at_person | needs=target
bố láo              | harassment | 0.4  | insult_at_person | needs=target
mặt dày             | harassment | 0.35 | insult_at_person | needs=target
súc vật             | harassment | 0.65 | insult_at_person | needs=target
suc vat             | harassment | 0.55 | insult_at_person | needs=target
súc sinh            | harassment | 0.65 | insult_at_person | needs=target
suc sinh            | harassment | 0.55 | insult_at_person | needs=target
khốn nạn            | harassment | 0.55 | insult_at_person | needs=target
khon nan            | harassment | 0.45 | insult_at_person | needs=target
thằng khốn          | harassment | 0.6  | insult_at_person |
đồ khốn             | harassment | 0.6  | insult_at_person |
khốn kiếp           | harassment | 0.5  | insult_at_person | needs=target
cặn bã              | harassment | 0.5  | insult_at_person | needs=target
rác rưởi            | harassment | 0.45 | insult_at_person | needs=target
phế vật             | harassment | 0.5  | insult_at_person | needs=target
đồ bỏ đi            | harassment | 0.5  | insult_at_person | needs=target
đồ ăn hại           | harassment | 0.5  | insult_at_person |
ăn hại              | harassment | 0.3  | insult_at_person | needs=target
hèn hạ              | harassment | 0.4  | insult_at_person | needs=target
đê tiện             | harassment | 0.45 | insult_at_person | needs=target
bỉ ổi               | harassment | 0.45 | insult_at_person | needs=target
hạ đẳng             | harassment | 0.45 | insult_at_person | needs=target
rẻ rách             | harassment | 0.5  | insult_at_person | needs=target
kinh tởm            | harassment | 0.3  | insult_at_person | needs=target
thằng chó           | harassment | 0.65 | insult_at_person |
thang cho           | harassment | 0.45 | insult_at_person | needs=target
đồ chó              | harassment | 0.6  | insult_at_person |
đồ chó má           | harassment | 0.65 | insult_at_person |
chó má              | harassment | 0.5  | insult_at_person | needs=target
con chó             | harassment | 0.3  | insult_at_person | needs=target
lũ chó              | harassment | 0.55 | insult_at_person | needs=target
bọn chó             | harassment | 0.55 | insult_at_person | needs=target
chó đẻ              | harassment | 0.55 | insult_at_person | needs=target
chó chết            | harassment | 0.5  | insult_at_person | needs=target
con đĩ              | harassment | 0.7  | insult_at_person |
đĩ                  | harassment | 0.5  | insult_at_person | needs=target
đĩ thõa             | harassment | 0.6  | insult_at_person | needs=target
đĩ điếm             | harassment | 0.6  | insult_at_person | needs=target
con điếm            | harassment | 0.65 | insult_at_person |
điếm                | harassment | 0.45 | insult_at_person | needs=target
con phò             | harassment | 0.65 | insult_at_person |
phò                 | harassment | 0.45 | insult_at_person | needs=target
phò tá              | allow
phò mã              | allow
phò trợ             | allow
thằng hề            | harassment | 0.35 | insult_at_person | needs=target
sủa                 | harassment | 0.35 | insult_at_person | needs=target
re:\bsủa (bậy|láo|ít thôi|nhảm|như chó)\b | harassment | 0.5 | insult_at_person |
bớt sủa             | harassment | 0.5  | insult_at_person |
câm mồm             | harassment | 0.5  | insult_at_person |
câm miệng           | harassment | 0.45 | insult_at_person |
im mồm              | harassment | 0.4  | insult_at_person |
ngậm mồm            | harassment | 0.4  | insult_at_person |
cút đi              | harassment | 0.45 | insult_at_person |
cút xéo             | harassment | 0.45 | insult_at_person |
cút                 | harassment | 0.35 | insult_at_person | needs=target
trứng cút           | allow
chim cút            | allow
thịt cút            | allow
biến đi             | harassment | 0.3  | insult_at_person | needs=target
nhà quê             | harassment | 0.3  | insult_at_person | needs=target
bò đỏ               | harassment | 0.4  | insult_at_person | needs=target
dlv                 | harassment | 0.3  | insult_at_person | needs=target
dư luận viên        | harassment | 0.25 | insult_at_person | needs=target
ba que              | harassment | 0.45 | insult_at_person | needs=target
ba que xỏ lá        | harassment | 0.65 | insult_at_person |

# --- body shaming ---------------------------------------------------------------------------
re:\b(béo|mập|beo|map) (như|nhu) (lợn|heo|con lợn|con heo|trâu|voi|lon|trau)\b | harassment | 0.65 | body_shaming |
con lợn béo         | harassment | 0.6  | body_shaming |
đồ béo              | harassment | 0.5  | body_shaming |
con béo             | harassment | 0.45 | body_shaming | needs=target
thằng béo           | harassment | 0.45 | body_shaming | needs=target
mặt lợn             | harassment | 0.55 | body_shaming | needs=target
mặt heo             | harassment | 0.5  | body_shaming | needs=target
re:\bxấu (như|nhu) (chó|ma|quỷ|cho|lợn|heo|khỉ)\b | harassment | 0.6 | body_shaming |
xau nhu cho         | harassment | 0.5  | body_shaming |
xấu xí              | harassment | 0.3  | body_shaming | needs=target
re:\bxấu (vãi|vl|vcl|vkl|vãi lồn|như lồn)\b | harassment | 0.5 | body_shaming | needs=target
mặt như lồn         | harassment | 0.65 | body_shaming |
mặt như cặc         | harassment | 0.65 | body_shaming |
thằng lùn           | harassment | 0.45 | body_shaming |
con lùn             | harassment | 0.45 | body_shaming |
lùn tịt             | harassment | 0.4  | body_shaming | needs=target
răng hô             | harassment | 0.35 | body_shaming | needs=target
răng vẩu            | harassment | 0.35 | body_shaming | needs=target
ngực lép            | harassment | 0.45 | body_shaming | needs=target
mặt rỗ              | harassment | 0.35 | body_shaming | needs=target
đen như than        | harassment | 0.45 | body_shaming | needs=target
đen như cột nhà cháy | harassment | 0.5 | body_shaming | needs=target
mặt như khỉ         | harassment | 0.55 | body_shaming |

# --- threats --------------------------------------------------------------------------------
tao giết mày        | harassment | 0.95 | threat_violence | severe
tao sẽ giết mày     | harassment | 0.95 | threat_violence | severe
tao giet may        | harassment | 0.9  | threat_violence | severe
giết mày            | harassment | 0.85 | threat_violence | severe
giet may            | harassment | 0.7  | threat_violence |
giết chết mày       | harassment | 0.9  | threat_violence | severe
giet chet may       | harassment | 0.85 | threat_violence | severe
giết cả nhà mày     | harassment | 0.95 | threat_violence | severe
re:\b(đánh|đâm|chém|đập|bắn|đốt) chết (mày|mầy|chúng mày|tụi mày|bọn mày|mài|cả nhà mày)\b | harassment | 0.9 | threat_violence | severe
re:\b(danh|dam|chem|dap|ban) chet (may|chung may|tui may|bon may)\b | harassment | 0.8 | threat_violence | severe
re:\btao (sẽ )?(đánh|đâm|chém|đập|bắn|xử|đấm|tát|xiên) (mày|mầy|chúng mày|tụi mày|bọn mày|mài)\b | harassment | 0.75 | threat_violence |
re:\btao (se )?(danh|dam|chem|dap|ban|xu) (may|chung may|tui may|bon may)\b | harassment | 0.65 | threat_violence |
tạt axit mày        | harassment | 0.9  | threat_violence | severe
tạt axit            | harassment | 0.45 | threat_violence | needs=target
đốt nhà mày         | harassment | 0.9  | threat_violence | severe
dot nha may         | harassment | 0.8  | threat_violence | severe
xử đẹp mày          | harassment | 0.7  | threat_violence |
xu dep may          | harassment | 0.6  | threat_violence |
cho mày ăn đạn      | harassment | 0.85 | threat_violence | severe
cho mày ăn dao      | harassment | 0.85 | threat_violence | severe
coi chừng tao       | harassment | 0.55 | threat_violence |
liệu hồn            | harassment | 0.5  | threat_violence | needs=target
mày chết chắc       | harassment | 0.75 | threat_violence |
mày chết với tao    | harassment | 0.8  | threat_violence | severe
may chet voi tao    | harassment | 0.7  | threat_violence |
mày tới số rồi      | harassment | 0.75 | threat_violence |
mày hết đường sống  | harassment | 0.75 | threat_violence |
đừng để tao gặp     | harassment | 0.6  | threat_violence |
gặp tao là mày chết | harassment | 0.85 | threat_violence | severe
gặp đâu đánh đó     | harassment | 0.7  | threat_violence |
ra đường cẩn thận   | harassment | 0.5  | threat_violence | needs=target
ra đường nhớ cẩn thận | harassment | 0.6 | threat_violence | needs=target
tao sẽ tìm mày      | harassment | 0.6  | threat_violence |
tao sẽ tìm ra mày   | harassment | 0.65 | threat_violence |
tao biết nhà mày    | harassment | 0.8  | threat_violence | severe
tao biết nhà mày ở đâu | harassment | 0.85 | doxxing | severe
tao biết mày ở đâu  | harassment | 0.8  | doxxing | severe
tao biet nha may    | harassment | 0.7  | threat_violence |

# --- wishes of harm -------------------------------------------------------------------------
chết đi             | harassment | 0.55 | wish_harm | needs=target
đi chết đi          | harassment | 0.85 | wish_harm | severe
di chet di          | harassment | 0.75 | wish_harm |
chết quách đi       | harassment | 0.75 | wish_harm |
chet quach di       | harassment | 0.65 | wish_harm |
chết sớm đi         | harassment | 0.75 | wish_harm |
chết cả lò          | harassment | 0.8  | wish_harm | severe
chet ca lo          | harassment | 0.7  | wish_harm |
chết cả nhà         | harassment | 0.75 | wish_harm |
cả nhà mày chết     | harassment | 0.85 | wish_harm | severe
chết không toàn thây | harassment | 0.8 | wish_harm | severe
chet khong toan thay | harassment | 0.7 | wish_harm |
chết không có chỗ chôn | harassment | 0.8 | wish_harm | severe
mong mày chết       | harassment | 0.85 | wish_harm | severe
cầu cho mày chết    | harassment | 0.85 | wish_harm | severe
mong nó chết        | harassment | 0.6  | wish_harm |
đáng chết           | harassment | 0.45 | wish_harm | needs=target
re:\b(ra đường|ra duong) (bị|bi) (xe )?(tông|đâm|cán|tong|dam|can)\b | harassment | 0.7 | wish_harm |
đẻ con không có lỗ đít | harassment | 0.65 | wish_harm |
con không có lỗ đít | harassment | 0.6  | wish_harm |
bắn bỏ              | harassment | 0.4  | wish_harm | needs=target
xuống địa ngục      | harassment | 0.3  | wish_harm | needs=target

# --- sexual harassment ----------------------------------------------------------------------
tao địt mày         | harassment | 0.8  | sexual_harassment | severe
cho anh địt         | harassment | 0.85 | sexual_harassment | severe
cho địt             | harassment | 0.7  | sexual_harassment |
cho anh chịch       | harassment | 0.85 | sexual_harassment | severe
chịch em            | harassment | 0.75 | sexual_harassment |
đụ em               | harassment | 0.75 | sexual_harassment |
địt em              | harassment | 0.75 | sexual_harassment |
chịch không         | harassment | 0.6  | sexual_harassment |
re:\b(bú|liếm|mút) (cu|cặc|buồi|lồn|vú) (anh|tao|em)\b | harassment | 0.85 | sexual_harassment | severe
vú to               | harassment | 0.55 | sexual_harassment | needs=target
vếu to              | harassment | 0.55 | sexual_harassment | needs=target
ngực to             | harassment | 0.3  | sexual_harassment | needs=target
mông to             | harassment | 0.3  | sexual_harassment | needs=target
cho anh xem ngực    | harassment | 0.8  | sexual_harassment | severe
cho anh xem vú      | harassment | 0.85 | sexual_harassment | severe
cho xem hàng        | harassment | 0.55 | sexual_harassment |
em nứng không       | harassment | 0.7  | sexual_harassment |
nứng không em       | harassment | 0.7  | sexual_harassment |
đi khách không      | harassment | 0.7  | sexual_harassment |
re:\b(bao nhiêu|bn|bao nhieu) (một|i|mot) (đêm|dem|nháy|nhay|lần)\b | harassment | 0.65 | sexual_harassment |
gạ địt              | harassment | 0.7  | sexual_harassment |
gạ chịch            | harassment | 0.7  | sexual_harassment |
gửi ảnh nude        | harassment | 0.75 | sexual_harassment |
gửi nude            | harassment | 0.7  | sexual_harassment |

# --- doxxing --------------------------------------------------------------------------------
địa chỉ nhà mày     | harassment | 0.65 | doxxing |
địa chỉ nhà nó đây  | harassment | 0.6  | doxxing |
địa chỉ nhà nó là   | harassment | 0.55 | doxxing |
số điện thoại của nó đây | harassment | 0.55 | doxxing |
sđt của nó đây      | harassment | 0.55 | doxxing |
sdt cua no day      | harassment | 0.5  | doxxing |
facebook của nó đây | harassment | 0.4  | doxxing |
tung info           | harassment | 0.5  | doxxing |
tung info mày       | harassment | 0.7  | doxxing |
tao sẽ tung info    | harassment | 0.75 | doxxing |
công khai địa chỉ   | harassment | 0.45 | doxxing |
truy tìm danh tính  | harassment | 0.3  | doxxing |

# --- blackmail ------------------------------------------------------------------------------
tung clip nóng      | harassment | 0.65 | blackmail |
tao sẽ tung clip    | harassment | 0.8  | blackmail | severe
tao tung clip       | harassment | 0.75 | blackmail | severe
tao sẽ phát tán     | harassment | 0.8  | blackmail | severe
tao sẽ đăng ảnh     | harassment | 0.65 | blackmail |
đăng ảnh nóng của mày | harassment | 0.85 | blackmail | severe
đăng clip của mày   | harassment | 0.7  | blackmail |
gửi ảnh cho bố mẹ mày | harassment | 0.7 | blackmail |
gửi clip cho bố mẹ mày | harassment | 0.75 | blackmail | severe
gửi cho vợ mày      | harassment | 0.55 | blackmail |
gửi cho chồng mày   | harassment | 0.55 | blackmail |
re:\b(nếu|neu)? ?(không|ko|k|khong) (chuyển|gửi|đưa|chuyen|gui|dua) (tiền|tien) (thì|thi)\b | harassment | 0.65 | blackmail |
nếu không muốn bị tung | harassment | 0.75 | blackmail | severe
không muốn clip bị lộ | harassment | 0.75 | blackmail | severe
chuyển tiền thì tao xóa | harassment | 0.8 | blackmail | severe

# ---- Dotted insults and exclusion bullying (added 2026-12, original work, MIT) ----
re:\bcon đ[.\-_*]ĩ\b                 | harassment | 0.7  | insult_at_person |
re:\bđ[.\-_*]ĩ\b                     | harassment | 0.5  | insult_at_person | needs=target
re:\b(đừng|không|ko|dung|khong) (ai|đứa nào|thằng nào|con nào|ai được|ai dc) (chơi|nói chuyện|kết bạn|choi|noi chuyen) (với|voi|vs)\b | harassment | 0.45 | harassment_phrase |
re:\b(kick|đuổi|sút|xóa|xoá|tống|duoi|sut|xoa) (nó|con|thằng|nó|no|thang)( \w+)? (ra khỏi|khỏi|ra khoi|khoi) (nhóm|group|lớp|nhom|lop|team)\b | harassment | 0.55 | harassment_phrase |
re:\b(đừng|không|dung) (ai|đứa nào) (chơi|choi) (với|voi).{0,60}(kick|đuổi|sút|xóa|tống|duoi) | harassment | 0.7 | harassment_phrase |

# ---- Telling someone to kill or hurt themselves and wishing them dead: moved here from
# ---- vi.selfharm.lex (2026-12). Aimed at someone else these are harassment (wish_harm, severe);
# ---- self_harm keeps only the writer's own risk. ----
tự tử đi | harassment | 0.9 | wish_harm | severe
mày tự tử đi | harassment | 0.95 | wish_harm | severe
đi tự tử đi | harassment | 0.95 | wish_harm | severe
sao không tự tử | harassment | 0.8 | wish_harm | severe
sao mày không tự tử | harassment | 0.9 | wish_harm | severe
sao không chết đi | harassment | 0.8 | wish_harm | severe
tự sát đi | harassment | 0.9 | wish_harm | severe
tu sat di | harassment | 0.75 | wish_harm | severe
nhảy lầu đi | harassment | 0.85 | wish_harm | severe
nhay lau di | harassment | 0.75 | wish_harm | severe
nhảy cầu đi | harassment | 0.85 | wish_harm | severe
nhảy sông đi | harassment | 0.8 | wish_harm | severe
treo cổ đi | harassment | 0.85 | wish_harm | severe
treo co di | harassment | 0.7 | wish_harm | severe
mày treo cổ đi | harassment | 0.95 | wish_harm | severe
uống thuốc chuột đi | harassment | 0.9 | wish_harm | severe
uống thuốc sâu đi | harassment | 0.9 | wish_harm | severe
uống thuốc ngủ mà chết đi | harassment | 0.9 | wish_harm | severe
cắt cổ tay đi | harassment | 0.9 | wish_harm | severe
rạch tay đi | harassment | 0.85 | wish_harm | severe
re:\bsống (làm gì|để làm gì)( nữa)?,? (chết|chết quách|tự tử) (đi|cho rồi)\b | harassment | 0.8 | wish_harm | severe
chết đi cho xã hội đỡ chật | harassment | 0.85 | wish_harm | severe
chết cho rảnh nợ | harassment | 0.7 | wish_harm | severe
re:\b(mày|mầy|mài|may|m) (ch[eếê]t|chet) (đi|di)\b | harassment | 0.8 | wish_harm | severe
re:\b(ch[eếê]t|chet) (đi|di) cho (rảnh nợ|ranh no|rồi|roi|xong|đỡ chật đất|do chat dat)\b | harassment | 0.8 | wish_harm | severe
re:\b(sao|sao mày|sao may) (không|ko|k|hok|khong) (nhảy cầu|nhảy lầu|nhảy sông|treo cổ|uống thuốc|nhay cau|nhay lau)?( |)(t[.\-_*]?ự t[.\-_*]?ử|tự sát|chết|tu sat|chet)( luôn| luon)?( đi| di)?\b | harassment | 0.85 | wish_harm | severe
re:\bt[.\-_*]ự t[.\-_*]ử (luôn )?đi\b | harassment | 0.85 | wish_harm | severe

# ---- The same words said of oneself are the writer's own risk:
# ---- vi.selfharm.lex lists these patterns as self_harm_risk, and the identical `allow` here keeps
# ---- the harassment entries above from reading them as a wish aimed at someone. ----
re:\b(tôi|tao|tui|tớ|toi)( chắc| muốn| sẽ| thà| định| phải| cũng)* (tự tử|tự sát|nhảy lầu|nhảy cầu|nhảy sông|treo cổ|chết) (đi|đi cho rồi|cho rồi|luôn)\b | allow
