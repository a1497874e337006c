# Burmese (Myanmar, Unicode) slurs for protected groups, read as people (flag `slur`): a slur counts
# at its full weight only in a people slot (a `ctx:people` word touching it before: ဒီ, အဲ့ဒီ, ဟို,
# ဟေ့, စောက်…; a `ctx:people_after` word touching it after: တွေ, များ, ကောင်, မ, တို့…), with a
# second-person word within 60 characters, or alone in its sentence; elsewhere at a fifth of its
# weight. Burmese is written without spaces between words and no word edge is checked: every term
# matches as a substring. ကုလား keeps its compounds for chair, curtain, camel and chickpea (allowed
# here and in my.context.lex); အခြောက် (a gay man) is also "the dried one", allowed with foods in
# my.groups.lex and here. Posts in the legacy Zawgyi encoding do not match these strings.
# Left out on purpose: bare တရုတ်, ဂေး, မွတ်ဆလင်, ဗမာ (the neutral names: with the plural တွေ they
# would read as slurs in every news post); အရူး, ငရူး, ငအ (general insults: harassment, not hate);
# ကလား (also the particles က + လား, "is it…?"); bare ဖာ (in ဆိုဖာ, ဖာထေး).
@format 1
@lang my
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ==== people markers ==========================================================================

# ---- ctx:people: right before a noun, they make it a person or people ("ဒီကုလား", "ဟေ့ကုလား")
ဒီ                 | ctx:people
အဲ့ဒီ               | ctx:people
အဲဒီ               | ctx:people
အဲ့                | ctx:people
ဟို                | ctx:people
ထို                | ctx:people
# vocative "hey"
ဟေ့                | ctx:people
# the contemptuous prefix ("fucking …")
စောက်              | ctx:people
# "dog …" said of people ("ခွေးကုလား")
ခွေး               | ctx:people

# ---- ctx:people_after: right after a noun ("ကုလားတွေ", "ကုလားကောင်", "ကုလားမ", "ကုလားတို့")
တွေ                | ctx:people_after
များ               | ctx:people_after
# ကောင် (the animal classifier, for people: contempt) but not ကောင်း (good) or ကောင်စီ (council)
re:ကောင်($|[^းစ])   | ctx:people_after
# the female suffix မ before a break or a case ending, not the negation မ… of the verb after
re:မ($|[\s။၊!?.,]|တွေ|များ|ကြီး|ကို|ရဲ့|က\s) | ctx:people_after
တို့               | ctx:people_after
တစ်ယောက်           | ctx:people_after
တစ်ကောင်           | ctx:people_after
ဆိုတာ              | ctx:people_after
# "wretched …" (ကုလားစုတ်) but not စုတ်တံ (brush)
re:စုတ်($|[^တ])     | ctx:people_after

# ---- the speaker counts themself in ("ငါ ကုလားပါ", "ကျွန်တော် အခြောက်ပဲ"): `allow` spans that
# ---- hold the slur and end in a copula, not ctx:self words. "ငါက" (I, topic) begins most Burmese
# ---- sentences, also "ငါက ကုလားတွေကို မုန်းတယ်", and a ctx:self word would soften it.
re:(ငါ|ကျွန်တော်|ကျနော်|ကျွန်မ|ကျုပ်)(တို့)?\s?(က|ဟာ|လည်း)?\s?(ကုလား|ဘင်္ဂါလီ|ဘင်ဂါလီ|အခြောက်|မိန်းမလျာ|မိန်းမလျှာ|ယောက်ျားလျာ|တောသား|အကန်း|ဆွံ့အ)\s?(ပါ|ပဲ|ဖြစ်|တစ်ယောက်ပါ|တွေပါ) | allow

# ==== ethnicity, race, nationality, religion ==================================================

# ---- South Asians, Muslims, Rohingya
ကုလား             | hate | 0.85 | slur_group | slur
# curtain, shuffling cards (chair, chickpea and camel are allowed in my.context.lex)
ကုလားကာ           | allow
ကုလားဖန်ထိုး        | allow
# "Bengali", said of the Rohingya to deny who they are; also the language
ဘင်္ဂါလီ            | hate | 0.5  | slur_group | slur
ဘင်ဂါလီ            | hate | 0.75 | slur_group | slur
ဘင်္ဂလီ            | hate | 0.75 | slur_group | slur
re:(ဘင်္ဂါလီ|ဘင်ဂါလီ|ဘင်္ဂလီ)\s?(ဘာသာစကား|စကား|စာ|ဘာသာ) | allow
# the neutral name with the animal classifier (counting fully aimed at someone or alone)
မွတ်ဆလင်ကောင်       | hate | 0.8  | slur_group | slur

# ---- Chinese: the name alone is neutral, only these forms (counting fully aimed at someone or alone)
တရုတ်ကောင်         | hate | 0.8  | slur_group | slur
တရုတ်စုတ်          | hate | 0.85 | slur_group | slur

# ---- Bamar ("wretched Burmans"), Thai (Yodaya, the old contemptuous name), country people
ဗမာစုတ်            | hate | 0.85 | slur_group | slur
ယိုးဒယား           | hate | 0.75 | slur_group | slur
re:ယိုးဒယား\s?(သီချင်း|တေး|ဆိုင်း|အက|ဂီတ|သံ) | allow
တောသား            | hate | 0.75 | slur_group | slur
# wild beasts, game
တောသားရဲ           | allow
တောသားကောင်        | allow

# ==== sexual orientation and gender identity ==================================================
# အခြောက် (a gay man) is also "the dried one": dry noodles, dry cough
အခြောက်            | hate | 0.75 | slur_group | slur
re:(ခေါက်ဆွဲ|ခေါက်ဆွဲသုပ်|မုန့်တီ|ကြာဇံ|နန်းကြီး|ရှမ်းခေါက်ဆွဲ|အစို|ဆံပင်|ချောင်းဆိုး|သစ်ရွက်|ဆေး|လက်ဖက်|ပုစွန်|ငါး)\s?အခြောက် | allow
re:အခြောက်\s?(စား|နဲ့အစို|အစို|ထည့်|ကြော်|သုပ်|ခြောက်) | allow
မိန်းမလျာ           | hate | 0.8  | slur_group | slur
မိန်းမလျှာ          | hate | 0.8  | slur_group | slur
ယောက်ျားလျာ        | hate | 0.75 | slur_group | slur
ယောကျ်ားလျာ        | hate | 0.75 | slur_group | slur
ဖင်ခံ               | hate | 0.85 | slur_group | slur
ဖင်လိုး             | hate | 0.8  | slur_group | slur
# the loan ဂေး alone is neutral: only with the animal classifier
ဂေးကောင်           | hate | 0.8  | slur_group | slur

# ==== women ===================================================================================
ဖာသည်              | hate | 0.85 | slur_group | slur
ဖါသည်              | hate | 0.85 | slur_group | slur
အပျော်မယ်          | hate | 0.85 | slur_group | slur
# ပြည့်တန်ဆာ is also the plain word for sex work in the news
ပြည့်တန်ဆာ          | hate | 0.5  | slur_group | slur
re:ပြည့်တန်ဆာ\s?(လုပ်ငန်း|အိမ်|မှု|ခိုင်း|ရောင်းစား|ကုန်ကူး|အဖြစ်) | allow

# ==== disability ==============================================================================
အကန်း              | hate | 0.8  | slur_group | slur
ငကန်း              | hate | 0.85 | slur_group | slur
ကန်းစုတ်            | hate | 0.85 | slur_group | slur
ဆွံ့အ               | hate | 0.75 | slur_group | slur
re:ဆွံ့အ\s?(ကျောင်း|ကလေး|ကလေးများ|သူ|သူများ|အသင်း|အဖွဲ့)  | allow

# ---- ctx:ingroup: the writer counting themself in; a slur within 8 characters of one, in the
# same clause, is the group's own word for itself (reclaimed use). Added by the engine's author. ----
ငါတို့            | ctx:ingroup |  |  |
ကျွန်တော်တို့     | ctx:ingroup |  |  |
ကျွန်မတို့        | ctx:ingroup |  |  |
ငါ                | ctx:ingroup |  |  |
ကျွန်တော်         | ctx:ingroup |  |  |
ကျွန်မ            | ctx:ingroup |  |  |
ကျနော်            | ctx:ingroup |  |  |
ချင်းချင်း        | ctx:ingroup |  |  |
