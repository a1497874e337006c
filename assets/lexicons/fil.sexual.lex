# Filipino / Tagalog (incl. Taglish) sexual content: explicit words and porn/scandal spam.
# Anatomical words used in ordinary or medical talk carry low weights.
@format 1
@lang fil
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

kantot              | sexual | 0.65 | sexual_explicit |
kantutan            | sexual | 0.75 | sexual_explicit |
kinantot            | sexual | 0.75 | sexual_explicit |
kinakantot          | sexual | 0.75 | sexual_explicit |
kantutin            | sexual | 0.7  | sexual_explicit |
iyot                | sexual | 0.6  | sexual_explicit |
iyutan              | sexual | 0.7  | sexual_explicit |
jakol               | sexual | 0.6  | sexual_explicit |
jakolan             | sexual | 0.65 | sexual_explicit |
nagjajakol          | sexual | 0.65 | sexual_explicit |
jabol               | sexual | 0.5  | sexual_explicit |
chupa               | sexual | 0.55 | sexual_explicit |
tsupa               | sexual | 0.6  | sexual_explicit |
tsinupa             | sexual | 0.65 | sexual_explicit |
chinupa             | sexual | 0.65 | sexual_explicit |
tsupain             | sexual | 0.65 | sexual_explicit |
kinain ang puke     | sexual | 0.8  | sexual_explicit |
titi                | sexual | 0.3  | sexual_explicit |
tite                | sexual | 0.45 | sexual_explicit |
burat               | sexual | 0.45 | sexual_explicit |
puke                | sexual | 0.35 | sexual_explicit |
pekpek              | sexual | 0.45 | sexual_explicit |
bilat               | sexual | 0.45 | sexual_explicit |
etits               | sexual | 0.35 | sexual_explicit |
bayag               | sexual | 0.25 | sexual_explicit |
utong               | sexual | 0.3  | sexual_explicit |
suso                | sexual | 0.25 | sexual_explicit |
libog               | sexual | 0.5  | sexual_explicit |
malibog             | sexual | 0.45 | sexual_explicit |
nalilibugan         | sexual | 0.6  | sexual_explicit |
nakakalibog         | sexual | 0.6  | sexual_explicit |
tigang              | sexual | 0.3  | sexual_explicit |
hubad               | sexual | 0.35 | sexual_explicit |
nakahubad           | sexual | 0.45 | sexual_explicit |
re:\bhubo'?t hubad\b | sexual | 0.45 | sexual_explicit |
walang saplot       | sexual | 0.45 | sexual_explicit |
kiffy               | sexual | 0.4  | sexual_explicit |
pinay scandal       | sexual | 0.75 | sexual_explicit |
sex scandal         | sexual | 0.6  | sexual_explicit |
scandal video       | sexual | 0.55 | sexual_explicit |
viral scandal       | sexual | 0.6  | sexual_explicit |
full video sa bio   | sexual | 0.55 | sexual_explicit |
full vid sa bio     | sexual | 0.55 | sexual_explicit |
link sa comment ng scandal | sexual | 0.6 | sexual_explicit |
porno               | sexual | 0.55 | sexual_explicit |
bold video          | sexual | 0.45 | sexual_explicit |
re:\bx-?rated\b | sexual | 0.45 | sexual_explicit |
boso                | sexual | 0.4  | sexual_explicit |
binoboso            | sexual | 0.5  | sexual_explicit |
binobosohan         | sexual | 0.55 | sexual_explicit |
sex tayo            | sexual | 0.7  | sexual_explicit |
tara sex            | sexual | 0.7  | sexual_explicit |
tara kantutan       | sexual | 0.85 | sexual_explicit |
re:\bhanap ka-? ?sex\b | sexual | 0.7 | sexual_explicit |
looking for fubu    | sexual | 0.6  | sexual_explicit |
fubu                | sexual | 0.45 | sexual_explicit |
one night stand     | sexual | 0.35 | sexual_explicit |
chupa chups         | allow

# ---- Scandal videos advertised with a link (added 2026-12, original work, MIT) ----
re:\b(scandal|iskandalo|sex video|leaked video|leaked vid)( video| vid)?\b.{0,50}(link|bio|🔞|full vid) | sexual | 0.65 | sexual_explicit |
