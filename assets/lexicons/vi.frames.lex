# Vietnamese implicit-derogation frames for the target x predicate layer: hate said without a slur
# or an explicit insult (HateCheck's "implicit derogation"): where a group "belongs", what it is
# "only fit for" (chỉ đáng rửa bát), what happens to a street when it arrives, rights it should not
# have, refusing to rent or hire ("không cho người Thanh Hóa thuê"), families that would not take
# one as a son-in-law, "ăn cắp ngấm vào máu", "bản chất tụi nó vậy rồi".
# None of these scores alone; each counts only when the same sentence names a group (or a pronoun
# such as "chúng nó", "bọn đó" points back to one). Frames already in vi.groups.lex (sinh ra để
# phục vụ, chỉ nên ở nhà, giá nhà rớt, từ mặt, cấm con cưới, sạch bóng, tước quyền, chật đất ...)
# are not repeated. Written lower case with diacritics; negators that belong to a frame stay inside.
@format 1
@lang vi
@source Original work written for Waspada, 2026-12 (implicit-derogation frames from general knowledge of the language, following the functionality design of HateCheck, Röttger et al., ACL 2021)
@licence MIT
# term | category | weight | key | flags

# ---- pred:exclude: where they "belong", what they should not aspire to
re:\b(về|cút về|biến về|về quê|về rừng|lên rừng|lên núi|về bản)( mà| đi)? (chăn trâu|chăn bò|chăn lợn|chăn heo|cuốc đất|làm ruộng|trồng lúa|bắt chuột|hái chè|đốt rẫy|làm rẫy|bán vé số)( đi| thôi| hết đi| cho xong| là vừa| cho rồi)\b | pred:exclude | 0.8 | exclusion_group
re:\b(mà )?(đòi|cũng đòi|bày đặt|học đòi|đòi làm|cũng bày đặt|bày đặt đòi) (làm lãnh đạo|làm sếp|làm chủ|lãnh đạo|làm chính trị|bình đẳng|nữ quyền|học cao|lên tiếng|có ý kiến|làm tổng thống|ra ứng cử|ứng cử|làm quan|kết hôn|cưới nhau|quyền lợi)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:exclude: rights denied (không có tư cách, ý kiến không đáng nghe)
re:\b(không|đéo|chẳng) (có|được có) (tư cách|quyền|cửa) (gì )?(để )?(bầu cử|đi bầu|ứng cử|lên tiếng|nói|phát biểu|làm lãnh đạo|làm quan|làm sếp|làm chủ|ở đây|sống ở đây|đòi hỏi|đòi quyền|có ý kiến)\b | pred:exclude | 0.85 | exclusion_group
re:\b(ý kiến|phiếu|phiếu bầu|tiếng nói|lời khai|lời nói)( của)?( \S+){0,3} (không đáng|chẳng đáng|đéo đáng|không cần|không nên) (được )?(nghe|tính|đếm|quan tâm|để ý|coi trọng|tin)\b | pred:exclude | 0.8 | exclusion_group
re:\b(không|đừng|đéo) (nên )?(cho|để) (\S+ ){0,3}(lên tiếng|có tiếng nói|phát biểu|làm chủ|làm sếp|lãnh đạo|làm lãnh đạo|làm quan|nắm quyền|học đại học|học cao)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:exclude: refusing to rent, hire, sell to ("không cho người Thanh Hóa thuê")
re:\b(không|ko|đéo|chẳng|nhất định không|không bao giờ|cấm)( bao giờ)? (cho thuê nhà|cho thuê phòng|cho thuê|bán nhà|bán đất|tuyển|nhận vào làm|tiếp|phục vụ)( cho)? (người|dân|bọn|lũ|tụi|mấy đứa|đứa)\b | pred:exclude | 0.85 | exclusion_group
re:\b(miễn|không nhận|không tiếp|không tuyển|trừ|ngoại trừ|không cho thuê)( \S+){0,3} (người|dân) (thanh hóa|thanh hoá|nghệ an|hà tĩnh|bắc|miền bắc|miền trung|miền tây|quảng bình|quảng trị|tàu|trung quốc|hoa|dân tộc|da đen|đồng tính)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:exclude: better without them, the fewer the better, "cút cho khuất mắt"
re:\b(không có|vắng|bớt|đuổi hết|đuổi được|hết)( \S+){1,3} (thì |là )?(đất nước|xã hội|việt nam|khu này|xóm này|phố này|thành phố|thế giới)?( sẽ| đã| mới)? ?(sạch|yên bình|yên ổn|bình yên|văn minh|phát triển|an toàn|sạch sẽ|tốt đẹp|thanh bình)( hơn| hẳn| ngay| biết mấy| bao nhiêu| nhiều)\b | pred:exclude | 0.85 | exclusion_group
re:\bcàng (ít|bớt|vắng)( \S+){0,3},? càng (tốt|hay|sạch|yên|an toàn|văn minh)\b | pred:exclude | 0.85 | exclusion_group
re:\b(đi|cút|biến|về|xéo)( \S+){0,2} (cho|thì) (rảnh nợ|khuất mắt|sạch nhà|sạch đất|sạch xã hội|đỡ chật đất|nhẹ nợ|yên thân|rộng đất|sạch sẽ|sạch)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:exclude: keep them away from our children
re:\b(đừng|không|không bao giờ|cấm)( \S+)? (cho|để|gửi|giao)( \S+){0,3} (trông|giữ|chăm|dạy|bế|ẵm|chơi với|lại gần|gần)( \S+)? (con|trẻ con|con cái|con nhỏ|con mình|cháu|bọn trẻ|tụi nhỏ)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:exclude: "phải biết ơn vì được cho ở", lodgers on someone else's land
re:\b(phải|nên|hãy|cần)( \S+)? (biết ơn|mang ơn|nhớ ơn)( \S+){0,3} (vì |đã |vì đã |vì được )?(cho ở|cho sống|cho làm|cho phép|chứa chấp|cưu mang|cho nhập|cho vào)\b | pred:exclude | 0.85 | exclusion_group
re:\b(ăn nhờ ở đậu|ở nhờ|ăn nhờ|sống nhờ)( \S+){0,2} (đất|nước|nhà) (người|người ta|mình|chúng ta|việt nam)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:attribute: contamination (từ khi bọn nó đến ..., tội phạm tăng, đi đâu là có trộm cắp)
re:\b(từ khi|từ lúc|từ hồi|kể từ khi|từ ngày|sau khi)( \S+){1,4} (chuyển đến|dọn đến|đến ở|về ở|tới ở|kéo đến|kéo về|tràn vào|tràn sang|tràn qua|đến|sang|vào),?( \S+){0,4} (bẩn|dơ|hôi|loạn|mất an ninh|trộm cắp|nhiều trộm|nhiều cướp|xuống cấp|nát|hỗn loạn|ồn ào|tệ nạn|nghiện ngập|ma túy|ma tuý)( hẳn| hơn| ngay| hết| luôn| lên)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(ở đâu|chỗ nào|đi đâu|đến đâu|tới đâu)( là| thì)? (có |là có )?(trộm cắp|trộm|cướp|rác|bẩn|dơ|hôi|loạn|tệ nạn|ma túy|ma tuý|đánh nhau|lừa đảo|bẩn thỉu|hỗn loạn)( đến đó| tới đó| ở đó| đó| theo)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(giờ|bây giờ|nay)( \S+)? (như|thành|chẳng khác gì|khác gì) (ổ chuột|khu ổ chuột|bãi rác|chuồng lợn|chuồng heo|bên tàu|châu phi|trại tị nạn)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(tội phạm|trộm cắp|cướp giật|tệ nạn|ma túy|ma tuý|mại dâm)( \S+)? (tăng|tăng vọt|tăng mạnh|gia tăng|nhiều hơn|tràn lan)( \S+){0,2} (từ khi|kể từ khi|từ lúc|do|vì|tại)( \S+)? (có|bọn|lũ|tụi|người|dân)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: suspicion (giữ chặt ví khi gặp, mất gà từ khi chúng nó đến)
re:\b(giữ|cầm|ôm|cất|giấu|coi chừng|canh|trông|khóa|khoá|để ý)( chặt| kỹ| kĩ| cẩn thận)? (ví|bóp|túi|túi xách|điện thoại|đồ|đồ đạc|tài sản|xe|xe máy|gà|chó|con gái)( \S+)?( cẩn thận| cho chặt| cho kỹ| kỹ| kĩ| chặt)? (khi|lúc|mỗi khi|hễ|nếu|thấy|gặp)( \S+)? (gặp|thấy|có|đi qua|ở gần|lại gần)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(mất|bị trộm|bị ăn cắp|bị bắt trộm|bị mất)( \S+)? (gà|chó|mèo|xe|xe đạp|dép|đồ|ví)( \S+){0,3} (từ khi|từ lúc|từ hồi|kể từ khi|sau khi)( \S+){1,3} (chuyển đến|dọn đến|đến ở|về ở|tới ở|đến|tới|vào)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(đếm lại|kiểm tra lại|check lại|giữ chặt) (tiền|tiền thừa|tiền thối|ngón tay|ví)( \S+)? (sau khi|khi|mỗi khi|lúc)( \S+)? (mua|bắt tay|giao dịch|làm ăn|nói chuyện)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: servitude (chỉ đáng rửa bát, kiếp osin, biết thân biết phận)
re:\b(chỉ biết|chỉ xứng|chỉ hợp|chỉ giỏi|chỉ đáng|chỉ làm được)( \S+)? (rửa bát|rửa chén|lau nhà|quét rác|quét đường|nhặt rác|dọn nhà vệ sinh|dọn toilet|cọ toilet|làm osin|làm ô sin|làm giúp việc|bưng bê|khuân vác|làm cu li|làm culi|đi ở|ăn xin|đẻ con|nấu cơm|hầu hạ|làm gái|bán thân)( thôi| là cùng| là hết cỡ| cả đời| suốt đời)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(kiếp|phận)( \S+){0,2} (là |chỉ là |chỉ )?(làm )?(osin|ô sin|đầy tớ|nô lệ|culi|cu li|tôi tớ|con ở|ở đợ|giúp việc|hầu hạ)( thôi| cả đời| suốt đời| mãi mãi)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(biết|phải biết|nên biết|hãy biết) (thân|thân phận|phận|vị trí|chỗ đứng|địa vị) (của )?(mình|bọn mày|chúng mày|tụi mày|chúng nó|bọn nó|tụi nó|họ)\b | pred:attribute | 0.8 | negative_attribute_group
biết thân biết phận         | pred:attribute | 0.75 | negative_attribute_group
re:\b(đàn bà|phụ nữ|con gái|gái)( \S+)? (sinh ra )?(chỉ để|là để|chỉ có việc|có mỗi việc) (đẻ|sinh con|nấu cơm|hầu chồng|phục vụ|làm vợ|rửa bát|giặt giũ|chiều chồng)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: innate flaw (ngấm vào máu, bản chất không đổi được, giống ăn cắp)
re:\b(trộm cắp|ăn cắp|lừa đảo|gian xảo|lười|lười biếng|bẩn|bẩn thỉu|tham|tham lam|bạo lực|hung hăng|mọi rợ|man rợ|phản bội|xảo trá|ngu|dốt|láo|lật lọng|ăn bám)( \S+)? (là |đã |đều )?(ăn sâu |ngấm |chảy |nằm )(vào |trong )?(máu|gen|gien|dòng máu|bản chất|bản tính|xương tủy|xương tuỷ|huyết thống|dna|giống nòi|nòi giống)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(trộm cắp|ăn cắp|lừa đảo|gian xảo|lười biếng|bẩn thỉu|tham lam|bạo lực|mọi rợ|man rợ|phản bội|xảo trá|lật lọng|ăn bám) (là|vốn là|đã là) (bản chất|bản tính|máu|gen|truyền thống|đặc tính)( của| rồi)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bản chất|bản tính|máu|gen|gien|dòng máu|giống|nòi)( \S+){0,3} (đã |vốn |sẵn |là )?(vậy|thế|như vậy|như thế|rồi|sẵn rồi)( rồi)?,? (không|chẳng|khó|đéo) (sửa|thay đổi|đổi|bỏ|dạy)( được| nổi)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(giống|nòi|máu|gen) (ăn cắp|ăn trộm|lừa đảo|gian|tham|lười|bẩn|bạo lực|phản bội|ăn bám|mọi rợ|ngu)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bđã là( \S+){1,3} (thì|là) (ăn cắp|ăn trộm|lừa đảo|bẩn|lười|gian|ngu|láo|tham|mất dạy|vô học|phản bội|lật lọng)\b | pred:attribute | 0.8 | negative_attribute_group
được voi đòi tiên            | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:attribute: "đúng là dân X", "hèn gì là X"
re:\b(đúng là|đúng kiểu|cái kiểu|kiểu gì chả là|y như rằng)( \S+){0,2} (người|dân|bọn|lũ|tụi|đám|thằng|con)?\s?(tàu|tàu khựa|khựa|bắc kỳ|thanh hóa|thanh hoá|nghệ an|hà tĩnh|nam kỳ|bê đê|pê đê|đàn bà|da đen|hồi giáo|do thái|mọi)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(thảo nào|bảo sao|hèn gì|hèn chi|chả trách|chẳng trách),?( \S+){0,2} (người|dân|bọn|lũ|tụi|đám|thằng|con)?\s?(tàu|tàu khựa|khựa|bắc kỳ|thanh hóa|thanh hoá|nghệ an|hà tĩnh|nam kỳ|bê đê|pê đê|đàn bà|da đen|hồi giáo|do thái|mọi)( mà| thôi| cả| hết| à| có khác)?(\.|!|\?|,|$) | pred:attribute | 0.7 | negative_attribute_group
re:\b(mong chờ|trông mong|hy vọng|hi vọng|kỳ vọng|mong đợi) (gì|được gì|cái gì) (ở|từ|với) (bọn|lũ|tụi|đám|loại|dân|người)\b | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:attribute: family rejection (bước qua xác tao, không nhận con rể, nhục nếu con cưới)
re:\b(bước qua xác|trừ khi tao chết|trừ khi tôi chết|tao chết cũng không|tôi chết cũng không|mẹ chết cũng không|bố chết cũng không)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(lấy|cưới|yêu|theo)( \S+){1,3} (thì|là) (từ mặt|đừng về nhà|đừng nhìn mặt|cút khỏi nhà|đừng gọi tao là mẹ|đừng gọi tao là bố|coi như không có con|coi như mất con)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(nhục|xấu hổ|mất mặt|ô nhục|nhục nhã|muối mặt)( \S+){0,3} (nếu|khi|mà)( \S+)? (con|con gái|con trai|em gái|cháu)( \S+)? (lấy|cưới|yêu|hẹn hò|quen|dẫn về|theo)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(không|đéo|không bao giờ|nhất định không|chết cũng không)( \S+)? (chấp nhận|nhận|cho|đồng ý)( \S+)? (con rể|con dâu|làm rể|làm dâu|làm thông gia|thông gia)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(không|đéo|không bao giờ|nhất định không|chết cũng không)( bao giờ)? gả (con|con gái|cháu|em gái)( \S+)? cho\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(làm bẩn|làm ô uế|làm hỏng|pha tạp|lai tạp|làm nhơ)( \S+)? (dòng máu|giống nòi|nòi giống|huyết thống|dòng họ)\b | pred:attribute | 0.85 | negative_attribute_group
