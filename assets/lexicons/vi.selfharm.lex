# Vietnamese self-harm: first-person wishes to die = self_harm_risk (answered with help resources).
# Telling someone else to kill or hurt themselves is harassment (wish_harm), in vi.harassment.lex.
# "tu tu" without diacritics is not listed: it is also "từ từ" (slowly).
@format 1
@lang vi
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- risk (first person) ---------------------------------------------------------------------
tôi muốn chết       | self_harm | 0.65 | self_harm_risk |
toi muon chet       | self_harm | 0.55 | self_harm_risk |
mình muốn chết      | self_harm | 0.65 | self_harm_risk |
em muốn chết        | self_harm | 0.6  | self_harm_risk |
tao muốn chết       | self_harm | 0.55 | self_harm_risk |
muốn chết quá       | self_harm | 0.35 | self_harm_risk |
chỉ muốn chết       | self_harm | 0.6  | self_harm_risk |
muốn tự tử          | self_harm | 0.75 | self_harm_risk | severe
muốn tự sát         | self_harm | 0.75 | self_harm_risk | severe
tôi sẽ tự tử        | self_harm | 0.85 | self_harm_risk | severe
mình sẽ tự tử       | self_harm | 0.85 | self_harm_risk | severe
em sẽ tự tử         | self_harm | 0.85 | self_harm_risk | severe
định tự tử          | self_harm | 0.75 | self_harm_risk | severe
nghĩ đến chuyện tự tử | self_harm | 0.75 | self_harm_risk | severe
nghĩ đến việc tự tử | self_harm | 0.75 | self_harm_risk | severe
nghĩ đến cái chết   | self_harm | 0.45 | self_harm_risk |
không muốn sống nữa | self_harm | 0.75 | self_harm_risk |
khong muon song nua | self_harm | 0.65 | self_harm_risk |
ko muốn sống nữa    | self_harm | 0.75 | self_harm_risk |
chẳng muốn sống nữa | self_harm | 0.75 | self_harm_risk |
chán sống           | self_harm | 0.35 | self_harm_risk |
sống không bằng chết | self_harm | 0.4 | self_harm_risk |
muốn biến mất khỏi thế giới | self_harm | 0.55 | self_harm_risk |
muốn biến mất mãi mãi | self_harm | 0.6 | self_harm_risk |
kết thúc cuộc đời mình | self_harm | 0.55 | self_harm_risk |
kết thúc cuộc sống của mình | self_harm | 0.5 | self_harm_risk |
kết thúc cuộc đời   | self_harm | 0.45 | self_harm_risk |
rạch tay            | self_harm | 0.55 | self_harm_risk |
rach tay            | self_harm | 0.45 | self_harm_risk |
rạch cổ tay         | self_harm | 0.65 | self_harm_risk |
tự làm hại bản thân | self_harm | 0.55 | self_harm_risk |
tự hại bản thân     | self_harm | 0.55 | self_harm_risk |
tự làm đau bản thân | self_harm | 0.55 | self_harm_risk |
không ai cần tôi    | self_harm | 0.45 | self_harm_risk |
không ai cần mình   | self_harm | 0.45 | self_harm_risk |
tôi là gánh nặng    | self_harm | 0.5  | self_harm_risk |
mình là gánh nặng   | self_harm | 0.5  | self_harm_risk |
mình chỉ là gánh nặng | self_harm | 0.55 | self_harm_risk |
trầm cảm muốn chết  | self_harm | 0.7  | self_harm_risk |
viết thư tuyệt mệnh | self_harm | 0.7  | self_harm_risk | severe

# ---- First-person "muốn chết" and a plan (pills bought). Added 2026-12, original work, MIT ----
# said of oneself: after a first-person pronoun or opening a clause ("anh muốn chết à" is a taunt)
re:(^|[,.!?;…]\s*|\b(tôi|mình|em|tao|tớ|toi|minh|mk|mik|tui) )(chỉ |thật sự |thực sự |rất |cũng |chi |that su )?(muốn|muon) (ch[eế]t|chet)\b | self_harm | 0.5 | self_harm_risk |
cười muốn chết       | allow
buồn cười muốn chết  | allow
đói muốn chết        | allow
nóng muốn chết       | allow
lạnh muốn chết       | allow
sợ muốn chết         | allow
re:\b(mua|gom|tích|chuẩn bị|để dành|mua sẵn) (sẵn |đủ |cả )?(thuốc ngủ|thuốc chuột|thuốc sâu|dây thừng|lưỡi lam)\b | self_harm | 0.6 | self_harm_risk | severe
re:\b(mệt|mệt mỏi) (lắm|quá) rồi\b                         | self_harm | 0.2  | self_harm_risk |

# ---- The writer's own wish in words that, said to someone, are a death wish (those moved to
# ---- vi.harassment.lex, 2026-12); the same patterns are `allow` there. ----
re:\b(tôi|tao|tui|tớ|toi)( chắc| muốn| sẽ| thà| định| phải| cũng)* (tự tử|tự sát|nhảy lầu|nhảy cầu|nhảy sông|treo cổ|chết) (đi|đi cho rồi|cho rồi|luôn)\b | self_harm | 0.7 | self_harm_risk | severe
