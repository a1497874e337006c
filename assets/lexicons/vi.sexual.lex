# Vietnamese sexual content: explicit words, porn and sex-service spam. Clinical and
# educational words carry low weights. Both tone-mark placements are written where they differ
# ("khỏa"/"khoả").
@format 1
@lang vi
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

địt nhau            | sexual | 0.7  | sexual_explicit |
dit nhau            | sexual | 0.6  | sexual_explicit |
đụ nhau             | sexual | 0.7  | sexual_explicit |
chịch nhau          | sexual | 0.7  | sexual_explicit |
chịch               | sexual | 0.45 | sexual_explicit |
xoạc                | sexual | 0.35 | sexual_explicit |
bú cu               | sexual | 0.65 | sexual_explicit |
bú cặc              | sexual | 0.6  | sexual_explicit |
bú lồn              | sexual | 0.7  | sexual_explicit |
liếm lồn            | sexual | 0.75 | sexual_explicit |
sục cặc             | sexual | 0.7  | sexual_explicit |
nứng                | sexual | 0.45 | sexual_explicit |
nứng quá            | sexual | 0.55 | sexual_explicit |
nứng lồn            | sexual | 0.7  | sexual_explicit |
nứng cặc            | sexual | 0.7  | sexual_explicit |
lồn to              | sexual | 0.6  | sexual_explicit |
cặc to              | sexual | 0.6  | sexual_explicit |
làm tình            | sexual | 0.35 | sexual_explicit |
quan hệ tình dục    | sexual | 0.2  | sexual_explicit |
thủ dâm             | sexual | 0.3  | sexual_explicit |
quay tay            | sexual | 0.3  | sexual_explicit |
cực khoái           | sexual | 0.45 | sexual_explicit |
xuất tinh           | sexual | 0.35 | sexual_explicit |
dương vật           | sexual | 0.25 | sexual_explicit |
phim sex            | sexual | 0.6  | sexual_explicit |
phim heo            | sexual | 0.6  | sexual_explicit |
phim người lớn      | sexual | 0.4  | sexual_explicit |
phim jav            | sexual | 0.6  | sexual_explicit |
clip sex            | sexual | 0.6  | sexual_explicit |
clip nóng           | sexual | 0.5  | sexual_explicit |
clip lộ hàng        | sexual | 0.55 | sexual_explicit |
lộ hàng             | sexual | 0.3  | sexual_explicit |
ảnh nóng            | sexual | 0.45 | sexual_explicit |
ảnh nude            | sexual | 0.55 | sexual_explicit |
anh nude            | sexual | 0.5  | sexual_explicit |
ảnh khỏa thân       | sexual | 0.55 | sexual_explicit |
ảnh khoả thân       | sexual | 0.55 | sexual_explicit |
khỏa thân           | sexual | 0.35 | sexual_explicit |
khoả thân           | sexual | 0.35 | sexual_explicit |
xem full clip       | sexual | 0.4  | sexual_explicit |
link full không che | sexual | 0.7  | sexual_explicit |
không che           | sexual | 0.35 | sexual_explicit |
gái gọi             | sexual | 0.45 | sexual_explicit |
gái bao             | sexual | 0.35 | sexual_explicit |
trai bao            | sexual | 0.35 | sexual_explicit |
đi khách            | sexual | 0.35 | sexual_explicit |
tìm bạn tình        | sexual | 0.55 | sexual_explicit |
tìm bạn tình một đêm | sexual | 0.7 | sexual_explicit |
bạn tình một đêm    | sexual | 0.6  | sexual_explicit |
massage kích dục    | sexual | 0.7  | sexual_explicit |
kích dục            | sexual | 0.45 | sexual_explicit |
tình một đêm        | sexual | 0.4  | sexual_explicit |
sugar baby          | sexual | 0.35 | sexual_explicit |
sugar daddy         | sexual | 0.3  | sexual_explicit |
chat sex            | sexual | 0.6  | sexual_explicit |
show hàng           | sexual | 0.35 | sexual_explicit |
gạ tình             | sexual | 0.35 | sexual_explicit |
some ba người       | sexual | 0.6  | sexual_explicit |

# ---- Leaked-clip adverts with a link, also leet and without marks (added 2026-12, original work, MIT) ----
re:\b(clip|video|clíp) (n[oó]ng|sex|lộ|lo|nóng bỏng)\b.{0,60}(link|bio|🔞|không che|khong che) | sexual | 0.65 | sexual_explicit |
re:\b(clip|video) (n[oó]ng)\b                              | sexual | 0.5  | sexual_explicit |
