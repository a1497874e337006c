# The person a post speaks to (`ctx:you`), in every language served: second-person pronouns and
# the forms that carry them. What a group predicate says right after one of these ("you are
# trash", "မင်းက အမှိုက်ပဲ", "mày là rác") is said of that person. Third persons ("he", "dia",
# "họ") are `ctx:target` words but not these: "he's trash" is usually about a player or a song.
@format 1
@lang any
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the languages)
@licence MIT
# term | category | weight | key | flags
# ---- English ----
you               | ctx:you |  |  |
u                 | ctx:you |  |  |
you're            | ctx:you |  |  |
youre             | ctx:you |  |  |
ur                | ctx:you |  |  |
you are           | ctx:you |  |  |
u r               | ctx:you |  |  |
ya                | ctx:you |  |  |
yourself          | ctx:you |  |  |
# ---- Malay, Indonesian ----
kau               | ctx:you |  |  |
engkau            | ctx:you |  |  |
kamu              | ctx:you |  |  |
awak              | ctx:you |  |  |
hang              | ctx:you |  |  |
korang            | ctx:you |  |  |
lu                | ctx:you |  |  |
lo                | ctx:you |  |  |
loe               | ctx:you |  |  |
elo               | ctx:you |  |  |
elu               | ctx:you |  |  |
lw                | ctx:you |  |  |
ente              | ctx:you |  |  |
kalian            | ctx:you |  |  |
# ---- Filipino ----
ikaw              | ctx:you |  |  |
ka                | ctx:you |  |  |
kayo              | ctx:you |  |  |
mo                | ctx:you |  |  |
# ---- Vietnamese ----
mày               | ctx:you |  |  |
mầy               | ctx:you |  |  |
mi                | ctx:you |  |  |
tụi mày           | ctx:you |  |  |
chúng mày         | ctx:you |  |  |
bọn mày           | ctx:you |  |  |
bây               | ctx:you |  |  |
# ---- Thai (written against the next word: these touch the predicate) ----
มึง               | ctx:you |  |  |
พวกมึง            | ctx:you |  |  |
แก                | ctx:you |  |  |
เธอ               | ctx:you |  |  |
# ---- Burmese ----
မင်း              | ctx:you |  |  |
မင်းတို့          | ctx:you |  |  |
နင်               | ctx:you |  |  |
နင်တို့           | ctx:you |  |  |
ညည်း              | ctx:you |  |  |
