# Vietnamese abuse aimed at one person: insults said to or about someone, mother insults, threats
# and death wishes, in the everyday online register. Complements vi.harassment.lex (entries there
# are not repeated). Diacritics are kept for @lang vi; forms typed without them are added only
# where they do not collide with ordinary words ("may" is also máy, "cho" is also "give").
# "con" is also the classifier of animals ("con chó" = a dog): animal words are aimed with
# thằng / đồ / mày, never with "con".
@format 1
@lang vi
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT

# --- ctx:target: second person missing from vi.context.lex ----------------------------------
tụi mi              | ctx:target
bọn mi              | ctx:target
chúng mi            | ctx:target
lũ bây              | ctx:target
đằng ấy             | ctx:target
cưng                | ctx:target
thím                | ctx:target
re:\bmi (là|đúng là|thật là|bị|có biết|nghĩ)\b | ctx:target
# "m" is teencode for mày before a verb or a copula
re:\bm (là|đúng là|bị|ngu|điên|câm|cút|chết|đi chết|biết gì)\b | ctx:target

# --- ctx:self: speaking of oneself ----------------------------------------------------------
tôi đúng là         | ctx:self
tôi thật là         | ctx:self
mình đúng là        | ctx:self
mình thật là        | ctx:self
tao đúng là         | ctx:self
tui đúng là         | ctx:self
tớ đúng là          | ctx:self
bản thân tôi        | ctx:self
bản thân mình       | ctx:self

# --- insults: words not yet listed (need someone aimed at) ----------------------------------
đần                 | harassment | 0.55 | insult_at_person | needs=target
vô não              | harassment | 0.6  | insult_at_person | needs=target
không có não        | harassment | 0.55 | insult_at_person | needs=target
có não không        | harassment | 0.55 | insult_at_person | needs=target
não ngắn            | harassment | 0.55 | insult_at_person | needs=target
vô dụng             | harassment | 0.55 | insult_at_person | needs=target
vô tích sự          | harassment | 0.55 | insult_at_person | needs=target
ăn cháo đá bát      | harassment | 0.55 | insult_at_person | needs=target
trẻ trâu            | harassment | 0.55 | insult_at_person | needs=target
hồ ly tinh          | harassment | 0.55 | insult_at_person | needs=target
lẳng lơ             | harassment | 0.55 | insult_at_person | needs=target
con hoang           | harassment | 0.6  | insult_at_person | needs=target
thứ rác rưởi        | harassment | 0.6  | insult_at_person | needs=target
sống chật đất       | harassment | 0.65 | insult_at_person | needs=target
sống thừa           | harassment | 0.55 | insult_at_person | needs=target
tốn cơm tốn gạo     | harassment | 0.55 | insult_at_person | needs=target
mặt hãm             | harassment | 0.55 | insult_at_person | needs=target
vô liêm sỉ          | harassment | 0.55 | insult_at_person | needs=target
đốn mạt             | harassment | 0.55 | insult_at_person | needs=target
mặt người dạ thú    | harassment | 0.65 | insult_at_person | needs=target
mõm chó             | harassment | 0.6  | insult_at_person | needs=target
re:\bngu (hơn|còn hơn|thua) (bò|chó|lợn|heo|trâu|con bò|con chó|con lợn|con heo|con trâu|lừa|con lừa|gà|con gà)\b | harassment | 0.65 | insult_at_person | needs=target

# --- insults abusive on their own -----------------------------------------------------------
cặn bã xã hội       | harassment | 0.7  | insult_at_person |
rác rưởi xã hội     | harassment | 0.7  | insult_at_person |
đồ tốn cơm          | harassment | 0.65 | insult_at_person |
đồ thất bại         | harassment | 0.6  | insult_at_person |
đồ biến thái        | harassment | 0.65 | insult_at_person |
thằng biến thái     | harassment | 0.65 | insult_at_person |
# thằng / đồ / lũ + insult ("con" is left out: it is also "I" said by a child, and the animal classifier)
re:\b(thằng|đồ|lũ|bọn|tụi|mấy thằng|cái thằng|cái con|thằng cha|con mụ|mụ|lão) (đần|đần độn|ngu si|ngu dốt|ngu học|óc chó|óc lợn|óc heo|óc bò|óc trâu|não tôm|não phẳng|vô não|thiểu năng|bại não|súc vật|súc sinh|mất dạy|vô học|vô văn hóa|vô giáo dục|khốn nạn|khốn kiếp|đê tiện|bỉ ổi|đốn mạt|mặt dày|mặt lồn|mặt l|óc lồn|vô liêm sỉ|hãm lồn|mất nết|láo toét|bố láo|tiểu nhân|ôn con|ôn dịch|mắc dịch|trời đánh|ăn cháo đá bát|mặt người dạ thú|lẳng lơ|lăng loàn|con hoang|đĩ điếm|đĩ thõa|cave|dâm đãng|loser|bất tài|trẻ trâu|ba que|hèn hạ)\b | harassment | 0.7 | insult_at_person |
# words that also describe things ("đồ vô dụng" is also useless stuff) only after thằng / mụ / lão
re:\b(thằng|cái thằng|thằng cha|mấy thằng|con mụ|mụ|lão) (cặn bã|rác rưởi|phế vật|vô dụng|vô tích sự|ăn hại|ăn bám|hèn|hạ đẳng|mạt hạng|rẻ rách|dơ bẩn|bẩn thỉu|ghê tởm|kinh tởm|giẻ rách|hai mặt|chết tiệt|chết bầm|chết dẫm|hãm)\b | harassment | 0.7 | insult_at_person |
re:\b(thằng|đồ|mấy thằng|cái thằng|thằng cha|con mụ|mụ|lão) (lợn|heo|bò|trâu|khỉ|đười ươi|chó ghẻ|chó dại|chó hoang|chó đẻ|chó chết|con chó|con lợn|con heo|gián|chuột cống|sâu bọ|ký sinh trùng)\b | harassment | 0.7 | insult_at_person |
# "mày (là) X": pronoun, an optional copula, then the insult
re:\b(mày|mầy|mài|mi|tụi mày|bọn mày|chúng mày|lũ mày|tụi bây|chúng bây|bọn bây|tụi mi) (là |là đồ |là thằng |là con |là loại |đúng là |đúng là đồ |đúng là thằng |đúng là con |thật là |chỉ là |chỉ là đồ |chỉ là thằng |chỉ là con |như |y như |như đồ |như con |như thằng |đích thị là |chính là |là một |là một con |là một thằng )?(ngu|đần|đần độn|ngu si|ngu dốt|ngu học|óc chó|óc lợn|não tôm|vô não|thiểu năng|bại não|súc vật|súc sinh|chó|chó má|chó đẻ|chó chết|chó ghẻ|lợn|heo|rác|rác rưởi|cặn bã|phế vật|vô dụng|vô tích sự|ăn hại|ăn bám|hèn|hèn hạ|đê tiện|bỉ ổi|đốn mạt|mất dạy|vô học|vô văn hóa|khốn nạn|khốn kiếp|đĩ|điếm|phò|cave|thằng hề|loser|mặt dày|vô liêm sỉ|kinh tởm|ghê tởm|bẩn thỉu|rẻ rách|hạ đẳng|con hoang|ký sinh trùng|sâu bọ)\b | harassment | 0.75 | insult_at_person |
re:\b(may|tui may|bon may|chung may) (la|la do|la thang|la con|dung la|that la|chi la) (ngu|oc cho|suc vat|suc sinh|rac ruoi|can ba|phe vat|vo hoc|mat day|khon nan|thieu nang|bai nao)\b | harassment | 0.6 | insult_at_person |
re:\bthang (oc cho|suc vat|suc sinh|mat day|vo hoc|khon nan|rac ruoi|can ba|phe vat|thieu nang|bai nao|mat lon|oc lon|cho de|cho ma)\b | harassment | 0.6 | insult_at_person |
re:\b(mặt|óc|não|đồ) l[\*\._\-]+n\b | harassment | 0.6 | insult_at_person |
re:\bmặt (l|loz|lìn|lờ)\b | harassment | 0.6 | insult_at_person |
re:\b(mày|mầy|loại như mày|thứ như mày|người như mày|đứa như mày) (sống|sinh ra|tồn tại) (chỉ )?(chật đất|phí cơm|tốn cơm|tốn oxy|phí oxy|thừa|làm gì|để làm gì)\b | harassment | 0.7 | insult_at_person |
# mother and family insults
re:\b(mẹ|má|bố|cha|ba|bố mẹ|cha mẹ|ba má|cả nhà|gia đình|cả họ|họ hàng|tổ tiên|ông bà|bà già|ông già) (mày|mầy|chúng mày|tụi mày|bọn mày|mài|mi) (là |là đồ |là con |là thằng |đúng là |cũng là |cũng |toàn |toàn là |toàn lũ )?(đĩ|con đĩ|điếm|con điếm|phò|con phò|cave|chó|con chó|lũ chó|súc vật|khốn nạn|rác rưởi|cặn bã|ngu|mất dạy|vô học)\b | harassment | 0.8 | insult_at_person |
re:\b(bố mẹ|cha mẹ|ba mẹ|ba má|bố|mẹ|má|nhà) (mày|mầy|nó|mi|tụi mày|bọn mày) (không|ko|k|đéo|chẳng|hông) (dạy|biết dạy|dạy dỗ|dạy bảo|giáo dục)\b | harassment | 0.65 | insult_at_person | needs=target
# shut up, get lost, go to hell
re:\b(câm|im|ngậm|khóa|khâu) cái (mõm|họng|mồm|miệng|mồm thối|miệng thối|mỏ)\b | harassment | 0.6 | insult_at_person |
re:\b(câm|ngậm|im|khóa) (mõm|họng|mỏ)\b | harassment | 0.6 | insult_at_person |
re:\b(câm mồm|im mồm|câm miệng|ngậm mồm|câm mõm|im mõm|câm họng|ngậm miệng|im miệng)( lại| vào| đi| ngay)* (mày|mầy|mài|tụi mày|bọn mày|chúng mày|con kia|thằng kia|con đĩ|thằng ngu|con chó|thằng chó|con mụ|mụ|lão)\b | harassment | 0.65 | insult_at_person |
re:\b(cút|xéo|biến) (mẹ|con mẹ|cmn|con mẹ mày|mẹ mày|cụ mày|đm|khỏi đây|khỏi mắt tao|ra khỏi đây|cho khuất mắt|đi cho khuất mắt|cho rảnh nợ)( đi| ngay| mày| mầy)*\b | harassment | 0.65 | insult_at_person |
xuống địa ngục đi   | harassment | 0.65 | wish_harm |
re:\b(mày|mầy|tụi mày|bọn mày|chúng mày|cả nhà mày) (xuống|vào|đi xuống|cút xuống) (địa ngục|âm phủ|mười tám tầng địa ngục|18 tầng địa ngục)\b | harassment | 0.75 | wish_harm |

# --- appearance aimed at someone (body_shaming) ---------------------------------------------
re:\b(mặt|cái mặt)( mày| mầy| nó)? (như|giống|y như|trông như) (cứt|đít|lợn|heo|chó|khỉ|ma|quỷ|ếch|cóc|con cóc|đười ươi)\b | harassment | 0.6 | body_shaming |
đồ xấu xí           | harassment | 0.6  | body_shaming |

# --- threats of violence --------------------------------------------------------------------
re:\b(trốn|chạy) (đâu|đằng trời|lên trời|đi đâu)( đi nữa| thì)? (cũng|tao cũng) (không|ko|k|đéo|chẳng|chả) thoát\b | harassment | 0.8 | threat_violence | severe
re:\b(mày|mầy|tụi mày|bọn mày|chúng mày) (không|ko|k|đéo|chẳng|chả) (thoát|thoát được|thoát khỏi tay tao|yên thân|toàn mạng|còn đường sống) (đâu|được đâu|với tao|nổi đâu)\b | harassment | 0.75 | threat_violence | severe
re:\b(tao|tụi tao|bọn tao|anh em tao|bố mày|ông mày)( sẽ| sắp| thề sẽ)? (tìm đến|tìm tới|mò đến|mò tới|truy đến|lần ra|tìm ra) (tận )?(nhà|chỗ làm|chỗ ở|trường|công ty|cơ quan|quê) (mày|mầy|tụi mày|bọn mày|của mày)\b | harassment | 0.8 | threat_violence | severe
re:\btao (biết|đã biết|biết rõ|nắm rõ) (địa chỉ|địa chỉ nhà|chỗ ở|chỗ làm|trường|công ty|cơ quan|số nhà) (của )?(mày|mầy|tụi mày|bọn mày|vợ mày|chồng mày|con mày|bố mẹ mày|mẹ mày)\b | harassment | 0.8 | threat_violence | severe
re:\b(coi chừng|cẩn thận|liệu|giữ|lo giữ|liệu mà giữ|lo mà giữ) (cái )?(mạng|tính mạng|mạng chó|cái mạng chó|mạng sống) (của )?(mày|mầy|tụi mày|bọn mày|chúng mày|nhà mày)\b | harassment | 0.85 | threat_violence | severe
re:\b(mày|mầy|tụi mày|bọn mày|chúng mày) (sẽ |rồi sẽ |sẽ phải |phải |rồi |sớm muộn gì cũng )(hối hận|trả giá|ân hận|lãnh hậu quả|nhận hậu quả|biết tay tao)\b | harassment | 0.7 | threat_violence |
re:\b(mày|mầy|tụi mày|bọn mày|chúng mày) (sẽ |rồi sẽ |sẽ phải |phải |rồi |sớm muộn gì cũng )(sống không bằng chết|chết không kịp ngáp|chết không toàn thây|chết thảm)\b | harassment | 0.85 | threat_violence | severe
re:\b(tao|tụi tao|bọn tao)( sẽ| thề)? (không|ko|k|đéo|chẳng) (để|cho) (mày|mầy|tụi mày|bọn mày|nhà mày|gia đình mày) (yên|sống yên|yên thân|yên ổn)\b | harassment | 0.7 | threat_violence |
re:\b(tao|tụi tao|bọn tao)( sẽ| thề)? (không|ko|k|đéo|chẳng) (để|cho) (mày|mầy|tụi mày|bọn mày) (sống sót|toàn mạng|sống mà về|sống mà ra)\b | harassment | 0.9 | threat_violence | severe
biết tay tao        | harassment | 0.65 | threat_violence |
cho mày biết tay    | harassment | 0.7  | threat_violence |
để xem mày sống được bao lâu | harassment | 0.85 | threat_violence | severe
mày sống không yên đâu | harassment | 0.75 | threat_violence |
lên bàn thờ ngắm gà | harassment | 0.7  | threat_violence |
# "I'll break your legs / gouge your eyes"
re:\b(tao |tụi tao |bọn tao |anh em tao )?(sẽ )?(bẻ|bẻ gãy|đánh gãy|đập gãy|chặt|đập nát|đánh què|móc|chọc mù|rạch|xẻo|vặt|vặn) (chân|tay|cổ|răng|mồm|mặt|đầu|mắt|lưỡi|gân|tai|giò|cẳng|chân tay|tay chân|họng) (mày|mầy|tụi mày|bọn mày|chúng mày|thằng đó|con đó)\b | harassment | 0.9 | threat_violence | severe
re:\b(đánh|đập|chém|xử|làm|đấm|đá|tẩn|nện|giã|úp sọt) (mày|mầy|tụi mày|bọn mày|chúng mày) (tàn phế|tàn tật|què|què chân|gãy chân|gãy tay|nhập viện|vào viện|nằm viện|không còn mặt mũi|ra bã|nhừ tử|thừa sống thiếu chết|sống dở chết dở|bầm dập|đổ máu|không nhận ra mặt|rụng răng|mù mắt)\b | harassment | 0.85 | threat_violence | severe
re:\b(tao|tụi tao|bọn tao|anh em tao|bố mày|ông mày)( sẽ| thề| nhất định| thề sẽ)? (cho|làm cho|khiến) (mày|mầy|tụi mày|bọn mày|chúng mày|cả nhà mày|cả họ nhà mày) (chết|chết không toàn thây|chết không kịp ngáp|chết không có chỗ chôn|sống không bằng chết|mất xác|tan xác|không còn đường sống|tuyệt tự|tàn phế|đi chầu ông bà|về với ông bà|về chầu trời|xuống lỗ|xuống mồ|lên bàn thờ)\b | harassment | 0.9 | threat_violence | severe

# --- wishes of death and harm ---------------------------------------------------------------
re:\b(chúc|mong|cầu|cầu mong|mong cho|cầu cho|ước gì|mong sao|trù|rủa|nguyền rủa)( cho)? (mày|mầy|tụi mày|bọn mày|chúng mày|cả nhà mày|gia đình mày|cả họ nhà mày|con mày|bố mẹ mày|mẹ mày|thằng này|thằng đó) (sớm |sớm bị |bị |mau |gặp )?(chết|chết sớm|chết đi|chết bất đắc kỳ tử|chết không toàn thây|chết không có chỗ chôn|chết thảm|chết trôi|xe tông|xe cán|xe đâm|ung thư|tai nạn|xuống địa ngục|bệnh hiểm nghèo|tàn phế|tuyệt tự|đột quỵ|sét đánh|chết cháy)\b | harassment | 0.85 | wish_harm | severe
re:\bchết (đi|mẹ mày đi|con mẹ mày đi|quách đi|đi cho rồi|mẹ đi) (mày|mầy|con|thằng|đồ|tụi mày|bọn mày|thằng chó|con chó|con đĩ|thằng ngu|con ngu|lũ|bọn)\b | harassment | 0.8 | wish_harm | severe
re:\b(mày|mầy|tụi mày|bọn mày|chúng mày|loại như mày|thứ như mày|loại người như mày|người như mày|đứa như mày) (đáng|xứng đáng|nên|phải) (bị )?(chết|giết|chết đi|bị giết|ăn đạn|bị thiến|xuống địa ngục|đi chết|chết hết|bị xử bắn|bị tử hình|bị treo cổ|bị đánh chết)\b | harassment | 0.85 | wish_harm | severe

# --- allow: benign phrases holding the words above ------------------------------------------
ngu ngơ             | allow
bánh óc chó         | allow
nhân óc chó         | allow
bột óc chó          | allow
óc chó rang         | allow
óc chó mỹ           | allow
# pig, cow and buffalo brain is a dish
re:\b(món|ăn|hấp|chưng|cháo|lẩu|súp|bún|nấu|mua|bán|chiên|hầm|luộc|kho|giá) óc (lợn|heo|bò|trâu)\b | allow
re:\bóc (lợn|heo|bò|trâu) (hấp|chưng|chiên|hầm|luộc|nướng|xào|tươi|sống|cách thủy|ngải cứu|rán|kho|nấu|bổ)\b | allow
# pets
re:\bcon chó (nhà|của tôi|của mình|của em|của anh|của tui|cưng|con|nhỏ|lớn|đen|vàng|trắng|cỏ|ta|becgie|husky|poodle|corgi|phốc|bị lạc|bị bệnh|bị ốm|đói)\b | allow
re:\bchó (nhà \S+ )?(chết|đã chết|bị chết) (rồi|vì|do|sau|mất|hôm qua|hôm nay|sáng nay|tối qua)\b | allow
re:\bchó (vừa |mới |sắp )?đẻ (con|rồi|được|mấy)\b | allow
đồ chó mèo          | allow
shop đồ chó         | allow
rọ mõm chó          | allow
# "con hoang mang" (I'm confused, said by a child or to a parent), "con hoang dã" (wild animal)
re:\bcon hoang (mang|dã|phí|tưởng|vắng|sơ|đường|vu)\b | allow
# "die laughing", "die of hunger": hyperbole, not a wish or a threat
re:\b(mày|mầy|tụi mày|bọn mày|chúng mày) (sẽ |phải |nên |đáng |chắc |chắc phải )?chết (cười|mê|thèm|đói|khát|mệt|ngất|sướng|nhục|rét|cóng|ngộp)\b | allow
re:\b(cho|làm cho|khiến) (mày|mầy|tụi mày|bọn mày|chúng mày) chết (cười|mê|thèm|ngất|sướng)\b | allow
re:\b(tao|tụi tao|bọn tao|anh em tao)( sẽ| thề)? (cho|làm cho|khiến) (mày|mầy|tụi mày|bọn mày|chúng mày) chết (cười|mê|thèm|ngất|sướng)\b | allow
# litter
dọn rác rưởi        | allow
rác rưởi khắp       | allow
rác rưởi ngập       | allow
rác rưởi bừa bãi    | allow
đầy rác rưởi        | allow
