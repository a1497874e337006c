# Malay (Malaysia, incl. common Manglish / northern and Kelantan forms) context words: targets,
# protected groups, negators, counter-speech, self-reference and benign collocations.
@format 1
@lang ms
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:target ----
kau               | ctx:target |  |  |
engkau            | ctx:target |  |  |
ekau              | ctx:target |  |  |
# bare "ko" is also Filipino "I/my" ("na ko dito", "tanga ko"): Malay "ko" (you) before a verb or
# particle, or after an insult, aims at a person (2026-12)
re:\bko (ni|tu|ingat|nak|dah|memang|mmg|tak|x|pun|la|cakap|jgn|jangan|pergi|ada|buat|punya|sape|siapa|tengok|tgk|diam|blah|dengar|mmg|ni memang|nk|mcm|macam|kena|patut|ingt|fikir|rasa|boleh|bole|jangan)\b | ctx:target |  |  |
re:\b(siap|bodoh|babi|sial|bangang|celaka|mampus|lahanat) ko\b | ctx:target |  |  |
kamu              | ctx:target |  |  |
awak              | ctx:target |  |  |
anda              | ctx:target |  |  |
# northern "hang" (you), not Indonesian "nge-hang" (a frozen laptop) (2026-12)
re:(^|[^\w-])hang\b | ctx:target |  |  |
hg                | ctx:target |  |  |
hampa             | ctx:target |  |  |
hangpa            | ctx:target |  |  |
korang            | ctx:target |  |  |
kaorang           | ctx:target |  |  |
kalian            | ctx:target |  |  |
engko             | ctx:target |  |  |
mu                | ctx:target |  |  |
lu                | ctx:target |  |  |
you               | ctx:target |  |  |
kome              | ctx:target |  |  |
dirimu            | ctx:target |  |  |
mukamu            | ctx:target |  |  |
otakmu            | ctx:target |  |  |
bapak kau         | ctx:target |  |  |
mak kau           | ctx:target |  |  |
muka kau          | ctx:target |  |  |
otak kau          | ctx:target |  |  |
woi               | ctx:target |  |  |
# "oi!" opening a sentence; bare "oi" is also Vietnamese "ơi" without marks ("trời ơi") (2026-12)
re:(^|[.!?,]\s*)oi\b | ctx:target |  |  |
weh               | ctx:target |  |  |
wei               | ctx:target |  |  |
bro               | ctx:target |  |  |
beb               | ctx:target |  |  |
bang              | ctx:target |  |  |
adik              | ctx:target |  |  |
dik               | ctx:target |  |  |

# ---- ctx:group ----
melayu            | ctx:group |  |  |
orang melayu      | ctx:group |  |  |
cina              | ctx:group |  |  |
orang cina        | ctx:group |  |  |
india             | ctx:group |  |  |
orang india       | ctx:group |  |  |
tamil             | ctx:group |  |  |
bumiputera        | ctx:group |  |  |
orang asli        | ctx:group |  |  |
iban              | ctx:group |  |  |
kadazan           | ctx:group |  |  |
dusun             | ctx:group |  |  |
bajau             | ctx:group |  |  |
bidayuh           | ctx:group |  |  |
bangla            | ctx:group |  |  |
bangladesh        | ctx:group |  |  |
indonesia         | ctx:group |  |  |
indon             | ctx:group |  |  |
myanmar           | ctx:group |  |  |
rohingya          | ctx:group |  |  |
nepal             | ctx:group |  |  |
pendatang         | ctx:group |  |  |
warga asing       | ctx:group |  |  |
pelarian          | ctx:group |  |  |
islam             | ctx:group |  |  |
muslim*           | ctx:group |  |  |
kristian          | ctx:group |  |  |
kristen           | ctx:group |  |  |
katolik           | ctx:group |  |  |
hindu             | ctx:group |  |  |
buddha            | ctx:group |  |  |
sikh              | ctx:group |  |  |
yahudi            | ctx:group |  |  |
syiah             | ctx:group |  |  |
kafir             | ctx:group |  |  |
bukan islam       | ctx:group |  |  |
lgbt*             | ctx:group |  |  |
gay               | ctx:group |  |  |
lesbian           | ctx:group |  |  |
mak nyah          | ctx:group |  |  |
transgender       | ctx:group |  |  |
pondan            | ctx:group |  |  |
perempuan         | ctx:group |  |  |
wanita            | ctx:group |  |  |
oku               | ctx:group |  |  |
orang kurang upaya | ctx:group |  |  |
kaum              | ctx:group |  |  |
bangsa            | ctx:group |  |  |
agama             | ctx:group |  |  |
umat              | ctx:group |  |  |

# ---- ctx:negation ----
tidak             | ctx:negation |  |  |
tak               | ctx:negation |  |  |
tk                | ctx:negation |  |  |
bukan             | ctx:negation |  |  |
bkn               | ctx:negation |  |  |
jangan            | ctx:negation |  |  |
jgn               | ctx:negation |  |  |
tiada             | ctx:negation |  |  |
takde             | ctx:negation |  |  |
tak pernah        | ctx:negation |  |  |
tidak pernah      | ctx:negation |  |  |
usah              | ctx:negation |  |  |

# ---- ctx:counter ----
jangan cakap macam tu | ctx:counter |  |  |
jangan cakap camtu | ctx:counter |  |  |
jangan panggil    | ctx:counter |  |  |
jangan gelar      | ctx:counter |  |  |
dia panggil aku   | ctx:counter |  |  |
dia panggil saya  | ctx:counter |  |  |
dia kata aku      | ctx:counter |  |  |
dia kata saya     | ctx:counter |  |  |
dorang panggil aku | ctx:counter |  |  |
diorang panggil aku | ctx:counter |  |  |
kena panggil      | ctx:counter |  |  |
kena maki         | ctx:counter |  |  |
dia maki aku      | ctx:counter |  |  |
maki saya         | ctx:counter |  |  |
ucapan kebencian  | ctx:counter |  |  |
perkataan kesat   | ctx:counter |  |  |
kata-kata kesat   | ctx:counter |  |  |
bahasa kesat      | ctx:counter |  |  |
tak patut cakap   | ctx:counter |  |  |
tidak sepatutnya  | ctx:counter |  |  |
itu rasis         | ctx:counter |  |  |
sangat rasis      | ctx:counter |  |  |
kena buli         | ctx:counter |  |  |
dibuli            | ctx:counter |  |  |
buli siber        | ctx:counter |  |  |
laporkan          | ctx:counter |  |  |
dah report        | ctx:counter |  |  |

# ---- ctx:self ----
aku memang        | ctx:self |  |  |
aku ni memang     | ctx:self |  |  |
aku ni            | ctx:self |  |  |
saya ni           | ctx:self |  |  |
saya memang       | ctx:self |  |  |
diri aku          | ctx:self |  |  |
diri saya         | ctx:self |  |  |

# ---- allow ----
babi hutan        | allow |  |  |
daging babi       | allow |  |  |
ternakan babi     | allow |  |  |
ladang babi       | allow |  |  |
demam babi        | allow |  |  |
selsema babi      | allow |  |  |
anjing peliharaan | allow |  |  |
anjing polis      | allow |  |  |
anjing liar       | allow |  |  |
anjing laut       | allow |  |  |
anak anjing comel | allow |  |  |
mati gelak        | allow |  |  |
nak mati gelak    | allow |  |  |
gelak sampai mati | allow |  |  |
mati kutu         | allow |  |  |
mati akal         | allow |  |  |
kelingking        | allow |  |  |
bom masa          | allow |  |  |
ass wr wb         | allow |  |  |
re:\b((aku|saya|ak|aq) )?((\w+ )?(nak|rasa nak|macam nak|rasa macam nak|boleh) )?mati (gelak|ketawa|kebosanan|kelaparan|kepanasan|kesejukan|terkejut) | allow |  |  |

# ---- ctx:target: third person and pointing at someone (insulting a person who is talked about is
# ---- still harassment); added 2026-11-29 by the engine maintainers, original work ----
dia | ctx:target
diorang | ctx:target
budak ni | ctx:target
orang ni | ctx:target
mamat ni | ctx:target
minah ni | ctx:target
makcik ni | ctx:target
pakcik ni | ctx:target
manusia ni | ctx:target
jenis ni | ctx:target

# ---- ctx:counter: reported name-calling and calling it racist (added 2026-12, original work, MIT) ----
re:\b(pakcik|makcik|orang|budak|mamat|minah|cikgu|kawan|dia|dorang|diorang|mereka) (tu |ni )?panggil (aku|saya|kami|kita|anak aku|mak aku)\b | ctx:counter |  |  |
re:\b(tu|itu|ni|memang) (rasis|racist|perkauman)\b | ctx:counter |  |  |
re:\b(buat|dah buat|nak buat|buat) (report|laporan) (polis|police)\b | ctx:counter |  |  |
lapor polis       | ctx:counter |  |  |
re:\b(jangan|jgn|tak boleh|x boleh) (sesekali |pernah )?(beri|bagi|kongsi|share|dedahkan|hantar) (nombor |kod )?(tac|otp|pin|kata laluan|password)\b | ctx:counter |  |  |

# ---- ctx:contrast: the word that turns a sentence round ("I'm not racist but ..."): a negator before it
# with nothing named between disclaims the writer and negates nothing after it
tapi              | ctx:contrast
tetapi            | ctx:contrast
namun             | ctx:contrast
tp                | ctx:contrast
