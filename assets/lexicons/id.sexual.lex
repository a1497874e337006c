# Indonesian sexual content: explicit acts, porn, genital slang, prostitution ads.
# Health words (payudara, sperma, vagina) are weak; "ngocok arisan", "puting beliung", "pentil ban"
# and "kanker payudara" are allowed in id.context.lex.
@format 1
@lang id
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

kontol*           | sexual | 0.55 | sexual_explicit |
kntl              | sexual | 0.45 | sexual_explicit |
memek*            | sexual | 0.6 | sexual_explicit |
pepek             | sexual | 0.6 | sexual_explicit |
meki              | sexual | 0.55 | sexual_explicit |
itil              | sexual | 0.6 | sexual_explicit |
jembut            | sexual | 0.45 | sexual_explicit |
ngentot*          | sexual | 0.7 | sexual_explicit |
ngentod*          | sexual | 0.7 | sexual_explicit |
entot*            | sexual | 0.65 | sexual_explicit |
ngewe             | sexual | 0.7 | sexual_explicit |
ngewek            | sexual | 0.7 | sexual_explicit |
ewean             | sexual | 0.65 | sexual_explicit |
ngeseks           | sexual | 0.7 | sexual_explicit |
bokep*            | sexual | 0.75 | sexual_explicit |
bokp              | sexual | 0.6 | sexual_explicit |
porno*            | sexual | 0.6 | sexual_explicit |
pornografi        | sexual | 0.25 | sexual_explicit |
film porno        | sexual | 0.7 | sexual_explicit |
video porno       | sexual | 0.7 | sexual_explicit |
link bokep        | sexual | 0.85 | sexual_explicit |
video syur        | sexual | 0.6 | sexual_explicit |
video mesum       | sexual | 0.6 | sexual_explicit |
video panas       | sexual | 0.4 | sexual_explicit |
foto bugil        | sexual | 0.7 | sexual_explicit |
bugil             | sexual | 0.6 | sexual_explicit |
telanjang         | sexual | 0.35 | sexual_explicit |
mesum             | sexual | 0.45 | sexual_explicit |
cabul             | sexual | 0.3 | sexual_explicit |
coli              | sexual | 0.4 | sexual_explicit |
colmek            | sexual | 0.75 | sexual_explicit |
ngocok            | sexual | 0.35 | sexual_explicit |
onani             | sexual | 0.45 | sexual_explicit |
masturbasi        | sexual | 0.4 | sexual_explicit |
sange             | sexual | 0.5 | sexual_explicit |
sangek            | sexual | 0.5 | sexual_explicit |
sagne             | sexual | 0.5 | sexual_explicit |
horny             | sexual | 0.45 | sexual_explicit |
birahi            | sexual | 0.45 | sexual_explicit |
ngaceng           | sexual | 0.6 | sexual_explicit |
toket*            | sexual | 0.55 | sexual_explicit |
tetek             | sexual | 0.4 | sexual_explicit |
pentil            | sexual | 0.3 | sexual_explicit |
puting            | sexual | 0.3 | sexual_explicit |
payudara          | sexual | 0.15 | sexual_explicit |
crot              | sexual | 0.4 | sexual_explicit |
croot             | sexual | 0.5 | sexual_explicit |
peju              | sexual | 0.7 | sexual_explicit |
pejuh             | sexual | 0.7 | sexual_explicit |
sperma            | sexual | 0.2 | sexual_explicit |
jilmek            | sexual | 0.8 | sexual_explicit |
sepong            | sexual | 0.75 | sexual_explicit |
nyepong           | sexual | 0.75 | sexual_explicit |
blowjob           | sexual | 0.75 | sexual_explicit |
desahan           | sexual | 0.4 | sexual_explicit |
vcs               | sexual | 0.55 | sexual_explicit |
open vcs          | sexual | 0.8 | sexual_explicit |
open bo           | sexual | 0.65 | sexual_explicit |
bispak            | sexual | 0.5 | sexual_explicit |
bisyar            | sexual | 0.55 | sexual_explicit |
tante girang      | sexual | 0.5 | sexual_explicit |
ayam kampus       | sexual | 0.45 | sexual_explicit |
cewek panggilan   | sexual | 0.55 | sexual_explicit |
pijat plus        | sexual | 0.55 | sexual_explicit |
pijat plus plus   | sexual | 0.7 | sexual_explicit |
psk               | sexual | 0.25 | sexual_explicit |
seks              | sexual | 0.3 | sexual_explicit |
sex               | sexual | 0.3 | sexual_explicit |
lagi sange        | sexual | 0.55 | sexual_explicit |
re:\b(isep|isap|emut|jilat|jilatin|kocok|kocokin|remas|remes|sodok|masukin|genjot) (kontol|memek|toket|tetek|pentil|puting|itil|meki|pepek|titit|penis|vagina)\w*\b | sexual | 0.85 | sexual_explicit |
re:\b(kontol|memek|toket)\w* (gede|besar|basah|becek|sempit|tembem|mulus|montok|berurat|keras|ngaceng)\b | sexual | 0.85 | sexual_explicit |
re:\b(video|foto|vid|link) (abg|smp|sma|anak sekolah|pelajar|bocil) (bugil|telanjang|mesum|syur|ngentot|ngewe|colmek)\b | sexual | 0.95 | sexual_explicit | severe
re:\b(abg|smp|sma|bocil|pelajar) (bugil|telanjang|colmek|ngentot|ngewe|mesum)\b | sexual | 0.9 | sexual_explicit | severe
re:\b(video|vidio|vid) (viral )?(full|no sensor|tanpa sensor|durasi \d+)\b.{0,40}\b(bugil|mesum|syur|hot|bokep|ngewe)\b | sexual | 0.7 | sexual_explicit |
re:\b(link|lnk) (video |vidio )?(bokep|mesum|syur|viral \w+ mesum)\b | sexual | 0.85 | sexual_explicit |
