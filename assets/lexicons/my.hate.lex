# Burmese hate: slurs and attacks against ethnic and religious groups (the Rohingya and other
# Muslims above all), gender and sexual orientation. ကုလား is the common slur for people of South
# Asian descent and Muslims; its compounds for chair, chickpea and camel are allowed.
@format 1
@lang my
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

ကုလား             | hate | 0.45 | slur_group |
ကုလားမ           | hate | 0.6  | slur_group |
ကုလားကောင်        | hate | 0.7  | slur_group | severe
ကုလားတွေ          | hate | 0.55 | slur_group |
ဘင်္ဂါလီကုလား      | hate | 0.75 | slur_group | severe
မွတ်ဆလင်ကောင်     | hate | 0.65 | slur_group |
တရုတ်ကောင်        | hate | 0.55 | slur_group |
re:(ကုလား|ဘင်္ဂါလီ|မွတ်ဆလင်|ရိုဟင်ဂျာ)(တွေ)?(က|ဟာ)?(ခွေး|ဝက်|တိရစ္ဆာန်|ပိုးမွှား|အကောင်|သစ္စာဖောက်|အကြမ်းဖက်) | hate | 0.7 | hate_group_attack | severe
ပြည်ကနှင်ထုတ်       | hate | 0.45 | hate_group_attack | needs=group
ပိုးမွှား             | hate | 0.4  | dehumanising_group | needs=group
အခြောက်            | hate | 0.35 | slur_group | needs=target
ဖင်ခံ              | hate | 0.5  | slur_group |
ဖင်လိုး            | hate | 0.5  | slur_group |
ဂေးကောင်           | hate | 0.5  | slur_group |
မိန်းမလျာ          | hate | 0.35 | slur_group | needs=target
ယောက်ျားလျာ        | hate | 0.3  | slur_group | needs=target

# ---- Spaced slurs, "<group> are dogs/rats/vermin", disease and "should not exist", misogyny
# ---- (added 2026-12, original work, MIT) ----
re:ကု\s?လား\s?(တွေ)?\s?(က|ဟာ)?\s?(ခွေး|ဝက်|ကြွက်|တိရစ္ဆာန်|ပိုးမွှား|အကောင်)   | hate | 0.7 | hate_group_attack | severe
re:ကု\s+လား                                                   | hate | 0.45 | slur_group |
re:(ခွေး|ဝက်|ကြွက်|ပိုးမွှား|🐛|🪳|မျောက်)(တွေ)?\s?(ပဲ|တွေပဲ)              | hate | 0.45 | dehumanising_group | needs=group
ကြွက်တွေ           | hate | 0.45 | dehumanising_group | needs=group
ပိုးမွှားတွေ          | hate | 0.5  | dehumanising_group | needs=group
ခိုးဝင်လာတဲ့         | hate | 0.4  | hate_group_attack | needs=group
ခိုးတတ်တဲ့          | hate | 0.4  | hate_group_attack | needs=group
re:(မောင်းထုတ်|နှင်ထုတ်)\s?(ပစ်|ကြ)?                          | hate | 0.45 | hate_group_attack | needs=group
အခြောက်တွေ         | hate | 0.55 | slur_group |
re:(ရောဂါ|စိတ်ရောဂါ)\s?(ပဲ|တွေပဲ|သည်)                          | hate | 0.45 | dehumanising_group | needs=group
re:(လူ့အဖွဲ့အစည်း|နိုင်ငံ|ဒီနိုင်ငံ)\s?(ထဲ|ထဲမှာ|မှာ)?\s?(မရှိသင့်|မနေသင့်)  | hate | 0.45 | hate_group_attack | needs=group
re:(မိန်းမတွေ|အမျိုးသမီးတွေ|မိန်းမ)(က|ဟာ)?\s?(ဦးနှောက်မရှိ|ဦးနှောက်မပါ|အသုံးမကျ|ငတုံးတွေ|ငတုံး)   | hate | 0.65 | hate_group_attack |
re:(ခေါင်းဆောင်|ဦးဆောင်)\s?(မလုပ်သင့်|မဖြစ်သင့်)                    | hate | 0.35 | hate_group_attack | needs=group

# ---- slurs standing alone (2026-12; proposed from the suites' development errors, weights low where the word has an ordinary sense) ----
ခိုးဝင်ဘင်္ဂါလီ     | hate | 0.75 | slur_group |
ကုလားမည်း           | hate | 0.7 | slur_group |
ကန်းစုတ်            | hate | 0.6 | slur_group | needs=target
