# Malay sexual content: explicit acts, porn ("lucah"), genital slang, prostitution ads.
@format 1
@lang ms
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

pukimak           | sexual | 0.45 | sexual_explicit |
puki              | sexual | 0.5 | sexual_explicit |
cipap             | sexual | 0.6 | sexual_explicit |
kote              | sexual | 0.4 | sexual_explicit |
lucah             | sexual | 0.5 | sexual_explicit |
video lucah       | sexual | 0.7 | sexual_explicit |
gambar lucah      | sexual | 0.65 | sexual_explicit |
filem lucah       | sexual | 0.7 | sexual_explicit |
laman lucah       | sexual | 0.6 | sexual_explicit |
bogel             | sexual | 0.55 | sexual_explicit |
gambar bogel      | sexual | 0.7 | sexual_explicit |
telanjang         | sexual | 0.3 | sexual_explicit |
melancap          | sexual | 0.6 | sexual_explicit |
lancap            | sexual | 0.55 | sexual_explicit |
henjut            | sexual | 0.55 | sexual_explicit |
romen             | sexual | 0.4 | sexual_explicit |
seks              | sexual | 0.3 | sexual_explicit |
sex               | sexual | 0.3 | sexual_explicit |
porn              | sexual | 0.6 | sexual_explicit |
porno*            | sexual | 0.6 | sexual_explicit |
tetek             | sexual | 0.45 | sexual_explicit |
buah dada         | sexual | 0.25 | sexual_explicit |
pantat            | sexual | 0.3 | sexual_explicit |
gersang           | sexual | 0.35 | sexual_explicit |
ghairah           | sexual | 0.25 | sexual_explicit |
urut batin        | sexual | 0.5 | sexual_explicit |
bohsia            | sexual | 0.35 | sexual_explicit |
air mani          | sexual | 0.3 | sexual_explicit |
pancut            | sexual | 0.3 | sexual_explicit |
re:\b(hisap|isap|kulum|jilat|jolok|ramas|raba|main) (butuh|konek|kote|batang|puki|cipap|tetek|pantat)\b | sexual | 0.85 | sexual_explicit |
re:\b(butuh|konek|kote|batang) (keras|tegang|besar|panjang)\b.{0,20}\b(puki|cipap|tetek|pantat|hisap|jolok)\b | sexual | 0.8 | sexual_explicit |
re:\b(video|klip|gambar) (lucah|bogel|seks) (pelajar|budak sekolah|budak bawah umur|awek sekolah)\b | sexual | 0.95 | sexual_explicit | severe

# ---- Paid sex video calls (added 2026-12, original work, MIT) ----
re:\b(video call|vc|vcall|video kol) (seks|sex|lucah|bogel|sexy)\b | sexual | 0.7 | sexual_explicit |
