# Burmese groups and predicates for the target x predicate layer: who a sentence is about
# (grp:*) and what it says of them (pred:*). A predicate scores only next to a group or a person in
# its sentence, or with a pronoun ("သူတို့", "ဒီလူတွေ") pointing back to a group named just before.
# Groups already in my.context.lex (ctx:group) are not repeated. Burmese has no spaces, so terms
# match inside longer words: bare ဝက် (also "half"), ချေး (in ချေးငွေ, loan), သန်း (also "million")
# and ဖာ (in ဆိုဖာ) are left out. Passive news forms ("ပစ်သတ်ခံရ", was shot dead) and negated
# forms ("မမုန်း") are listed under `allow` so that reports and denials do not read as calls.
@format 1
@lang my
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- grp:protected: further protected groups (colloquial and derogatory names included)
မူဆလင်                     | grp:protected
မူစလင်                     | grp:protected
မွတ်စလင်                   | grp:protected
ဘင်္ဂလီ                    | grp:protected
ကရင်နီ                     | grp:protected
ကယား                       | grp:protected
ပအိုဝ်း                    | grp:protected
ကိုးကန့်                   | grp:protected
တအာင်း                     | grp:protected
ဂေါ်ရခါး                   | grp:protected
နိုင်ငံခြားသား             | grp:protected
ခိုးဝင်လာသူ                | grp:protected
ခိုးဝင်သူ                  | grp:protected
ဒုက္ခသည်                   | grp:protected
ရွှေ့ပြောင်းလုပ်သား        | grp:protected
နီပေါ                      | grp:protected
ပါကစ္စတန်                  | grp:protected
ကက်သလစ်                    | grp:protected
ဘာသာမဲ့                    | grp:protected
လိင်တူချစ်သူ               | grp:protected
လိင်ပြောင်းသူ              | grp:protected
ယောက်ျားလျာ                | grp:protected
မိန်းမလျာ                  | grp:protected
လက်စ်ဘီယန်                 | grp:protected
မိန်းကလေးတွေ               | grp:protected
မျက်မမြင်                  | grp:protected
နားမကြားသူ                 | grp:protected
ဆွံ့အ                      | grp:protected
စိတ်ဝေဒနာရှင်              | grp:protected
အော်တစ်ဇင်                 | grp:protected

# ---- grp:other: groups that are not protected (abuse of them is harassment)
နိုင်ငံရေးသမား             | grp:other
ရဲတွေ                      | grp:other
ရဲအရာရှိ                   | grp:other
စစ်တပ်                     | grp:other
စစ်သား                     | grp:other
စစ်ကောင်စီ                 | grp:other
စစ်ခွေး                    | grp:other
ဒလန်                       | grp:other
ဝန်ကြီး                    | grp:other
အစိုးရ                     | grp:other
တရားသူကြီး                 | grp:other
ရှေ့နေ                     | grp:other
ဆရာဝန်                     | grp:other
ဒိုင်လူကြီး                | grp:other
ဘောလုံးသမား                | grp:other
ပရိသတ်                     | grp:other
အနုပညာရှင်                 | grp:other
သူဌေး                      | grp:other
အိမ်ရှင်                   | grp:other
ဂိမ်းသမား                  | grp:other
သတင်းထောက်                 | grp:other
မီဒီယာ                     | grp:other
ကျောင်းသား                 | grp:other
ပြည်သူ့စစ်                 | grp:other
ကြံ့ခိုင်ရေး               | grp:other
အန်အယ်လ်ဒီ                 | grp:other
nld                        | grp:other
usdp                       | grp:other

# ---- grp:pronoun: they, them and back-references
သူတို့                     | grp:pronoun
ဒီလူတွေ                    | grp:pronoun
အဲ့လူတွေ                   | grp:pronoun
အဲဒီလူတွေ                  | grp:pronoun
ထိုသူများ                  | grp:pronoun
၎င်းတို့                   | grp:pronoun
ဒီကောင်တွေ                 | grp:pronoun
အဲ့ကောင်တွေ                | grp:pronoun
ဒီအကောင်တွေ                | grp:pronoun
ဒီလိုလူတွေ                 | grp:pronoun

# ---- pred:emotion: strong negative emotion about a group
မုန်း                      | pred:emotion | 0.85 | hate_emotion_group
မုန်းတီး                   | pred:emotion | 0.9 | hate_emotion_group
အရမ်းမုန်း                 | pred:emotion | 0.9 | hate_emotion_group
စက်ဆုပ်                    | pred:emotion | 0.9 | hate_emotion_group
ရွံရှာ                     | pred:emotion | 0.9 | hate_emotion_group
ရွံတယ်                     | pred:emotion | 0.85 | hate_emotion_group
အော့အန်ချင်                | pred:emotion | 0.85 | hate_emotion_group
အန်ချင်တယ်                 | pred:emotion | 0.8 | hate_emotion_group
မျက်စိနောက်                | pred:emotion | 0.8 | hate_emotion_group
အမြင်ကတ်                   | pred:emotion | 0.8 | hate_emotion_group
သည်းမခံနိုင်               | pred:emotion | 0.8 | hate_emotion_group
အမုန်းဆုံး                 | pred:emotion | 0.9 | hate_emotion_group
အော့ချင်                   | pred:emotion | 0.85 | hate_emotion_group
ကြည့်မရ                    | pred:emotion | 0.8 | hate_emotion_group
မျက်မုန်းကျိုး             | pred:emotion | 0.9 | hate_emotion_group
အော့ကြောလန်                | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:attribute: very negative attributes said of a group
ညစ်ပတ်                     | pred:attribute | 0.8 | negative_attribute_group
ညစ်ညမ်း                    | pred:attribute | 0.8 | negative_attribute_group
နံစော်                     | pred:attribute | 0.8 | negative_attribute_group
အနံ့ဆိုး                   | pred:attribute | 0.75 | negative_attribute_group
လိမ်တတ်                    | pred:attribute | 0.8 | negative_attribute_group
လူလိမ်                     | pred:attribute | 0.8 | negative_attribute_group
သူခိုး                     | pred:attribute | 0.85 | negative_attribute_group
ခိုးတတ်                    | pred:attribute | 0.8 | negative_attribute_group
ရာဇဝတ်ကောင်                | pred:attribute | 0.85 | negative_attribute_group
ရာဇဝတ်သား                  | pred:attribute | 0.8 | negative_attribute_group
အကြမ်းဖက်သမား              | pred:attribute | 0.85 | negative_attribute_group
လူသတ်သမား                  | pred:attribute | 0.85 | negative_attribute_group
မုဒိမ်းကောင်               | pred:attribute | 0.85 | negative_attribute_group
ငတုံး                      | pred:attribute | 0.75 | negative_attribute_group
ငအ                         | pred:attribute | 0.75 | negative_attribute_group
မိုက်မဲ                    | pred:attribute | 0.75 | negative_attribute_group
ဉာဏ်နည်း                   | pred:attribute | 0.7 | negative_attribute_group
ပညာမဲ့                     | pred:attribute | 0.7 | negative_attribute_group
အသုံးမကျ                   | pred:attribute | 0.8 | negative_attribute_group
အသုံးမဝင်                  | pred:attribute | 0.75 | negative_attribute_group
တန်ဖိုးမရှိ                | pred:attribute | 0.85 | negative_attribute_group
ယုတ်မာ                     | pred:attribute | 0.85 | negative_attribute_group
ယုတ်ညံ့                    | pred:attribute | 0.85 | negative_attribute_group
အောက်တန်းစား               | pred:attribute | 0.85 | negative_attribute_group
အဆင့်နိမ့်                 | pred:attribute | 0.8 | negative_attribute_group
ရိုင်းစိုင်း               | pred:attribute | 0.75 | negative_attribute_group
ယဉ်ကျေးမှုမရှိ             | pred:attribute | 0.8 | negative_attribute_group
သစ္စာဖောက်                 | pred:attribute | 0.8 | negative_attribute_group
ကောက်ကျစ်                  | pred:attribute | 0.8 | negative_attribute_group
လောဘကြီး                   | pred:attribute | 0.7 | negative_attribute_group
စိတ်ဖောက်ပြန်              | pred:attribute | 0.8 | negative_attribute_group
စိတ်မနှံ့                  | pred:attribute | 0.75 | negative_attribute_group
ပြည့်တန်ဆာ                 | pred:attribute | 0.85 | negative_attribute_group
ဖာသည်မ                     | pred:attribute | 0.85 | negative_attribute_group
အပျက်မ                     | pred:attribute | 0.85 | negative_attribute_group
ရုပ်ဆိုး                   | pred:attribute | 0.65 | negative_attribute_group
ဝန်ထုပ်ဝန်ပိုး             | pred:attribute | 0.75 | negative_attribute_group
ယုံလို့မရ                  | pred:attribute | 0.75 | negative_attribute_group
သဘာဝမကျ                    | pred:attribute | 0.75 | negative_attribute_group
သဘာဝနဲ့မညီ                 | pred:attribute | 0.75 | negative_attribute_group
မုန်းစရာ                   | pred:attribute | 0.75 | negative_attribute_group
ရွံစရာ                     | pred:attribute | 0.85 | negative_attribute_group
စက်ဆုပ်စရာ                 | pred:attribute | 0.85 | negative_attribute_group
အော့နှလုံးနာ               | pred:attribute | 0.85 | negative_attribute_group
ရမ်းကား                    | pred:attribute | 0.7 | negative_attribute_group
ကြမ်းကြုတ်                 | pred:attribute | 0.7 | negative_attribute_group
သွေးဆာ                     | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:dehumanise: animals, vermin, disease, filth
ခွေး                       | pred:dehumanise | 0.85 | dehumanising_group
ခွေးတွေ                    | pred:dehumanise | 0.9 | dehumanising_group
ခွေးကောင်                  | pred:dehumanise | 0.9 | dehumanising_group
ဝက်ကောင်                   | pred:dehumanise | 0.9 | dehumanising_group
ဝက်တွေ                     | pred:dehumanise | 0.85 | dehumanising_group
မျောက်                     | pred:dehumanise | 0.9 | dehumanising_group
ကြွက်                      | pred:dehumanise | 0.9 | dehumanising_group
ပိုးဟပ်                    | pred:dehumanise | 0.95 | dehumanising_group
ပိုးမွှား                  | pred:dehumanise | 0.95 | dehumanising_group
လောက်ကောင်                 | pred:dehumanise | 0.9 | dehumanising_group
မြွေ                       | pred:dehumanise | 0.85 | dehumanising_group
မျှော့                     | pred:dehumanise | 0.9 | dehumanising_group
ကပ်ပါး                     | pred:dehumanise | 0.95 | dehumanising_group
တိရစ္ဆာန်                  | pred:dehumanise | 0.9 | dehumanising_group
တိရိစ္ဆာန်                 | pred:dehumanise | 0.9 | dehumanising_group
ရောဂါပိုးတွေ               | pred:dehumanise | 0.9 | dehumanising_group
ရောဂါပိုးလို               | pred:dehumanise | 0.9 | dehumanising_group
ကင်ဆာလို                   | pred:dehumanise | 0.9 | dehumanising_group
လူ့အဖွဲ့အစည်းရဲ့ကင်ဆာ      | pred:dehumanise | 0.95 | dehumanising_group
အမှိုက်ကောင်               | pred:dehumanise | 0.9 | dehumanising_group
လူ့အမှိုက်                 | pred:dehumanise | 0.95 | dehumanising_group
အမှိုက်သရိုက်              | pred:dehumanise | 0.9 | dehumanising_group
အမှိုက်လို                 | pred:dehumanise | 0.9 | dehumanising_group
အညစ်အကြေး                  | pred:dehumanise | 0.85 | dehumanising_group
လူ့အဆင့်မရှိ               | pred:dehumanise | 0.9 | dehumanising_group
လူမဟုတ်ဘူး                 | pred:dehumanise | 0.85 | dehumanising_group
နတ်ဆိုး                    | pred:dehumanise | 0.85 | dehumanising_group
ဘီလူး                      | pred:dehumanise | 0.85 | dehumanising_group
မကောင်းဆိုးဝါး             | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: expulsion, exclusion, "no place here"
မောင်းထုတ်                 | pred:exclude | 0.85 | exclusion_group
နှင်ထုတ်                   | pred:exclude | 0.85 | exclusion_group
ပြည်နှင်                   | pred:exclude | 0.8 | exclusion_group
ပြန်ပို့ပစ်                | pred:exclude | 0.85 | exclusion_group
ကိုယ့်နိုင်ငံကိုပြန်       | pred:exclude | 0.85 | exclusion_group
ဘင်္ဂလားကိုပြန်            | pred:exclude | 0.85 | exclusion_group
ဘင်္ဂလားဒေ့ရှ်ကိုပြန်      | pred:exclude | 0.85 | exclusion_group
ဒီနိုင်ငံမှာမနေသင့်        | pred:exclude | 0.85 | exclusion_group
ဒီမှာမနေသင့်               | pred:exclude | 0.85 | exclusion_group
မရှိသင့်                   | pred:exclude | 0.85 | exclusion_group
နေရာမရှိ                   | pred:exclude | 0.85 | exclusion_group
မကြိုဆို                   | pred:exclude | 0.85 | exclusion_group
ထွက်သွားကြ                 | pred:exclude | 0.8 | exclusion_group
ဒီကထွက်သွား                | pred:exclude | 0.85 | exclusion_group
နိုင်ငံသားအဖြစ်လက်မခံ      | pred:exclude | 0.85 | exclusion_group
နိုင်ငံသားမဟုတ်            | pred:exclude | 0.75 | exclusion_group
ဝင်ခွင့်မပြု               | pred:exclude | 0.8 | exclusion_group
သပိတ်မှောက်                | pred:exclude | 0.75 | exclusion_group
ဆိုင်မှာမဝယ်နဲ့            | pred:exclude | 0.8 | exclusion_group

# ---- pred:violence: violent wishes and norms
သတ်ပစ်                     | pred:violence | 0.95 | violence_group | severe
သတ်ပစ်သင့်                 | pred:violence | 0.95 | violence_group | severe
သတ်သင့်                    | pred:violence | 0.95 | violence_group | severe
အကုန်သတ်                   | pred:violence | 0.95 | violence_group | severe
သုတ်သင်                    | pred:violence | 0.95 | violence_group | severe
မျိုးဖြုတ်                 | pred:violence | 0.95 | violence_group | severe
မျိုးတုံး                  | pred:violence | 0.95 | violence_group | severe
မျိုးပြုတ်                 | pred:violence | 0.95 | violence_group | severe
မီးရှို့ပစ်                | pred:violence | 0.95 | violence_group | severe
ပစ်သတ်                     | pred:violence | 0.95 | violence_group | severe
ခုတ်သတ်                    | pred:violence | 0.95 | violence_group | severe
ရိုက်သတ်                   | pred:violence | 0.95 | violence_group | severe
ကြိုးပေးသတ်                | pred:violence | 0.95 | violence_group | severe
သေသင့်                     | pred:violence | 0.95 | violence_group | severe
သေထိုက်                    | pred:violence | 0.95 | violence_group | severe
သေပါစေ                     | pred:violence | 0.9 | violence_group | severe
အသက်ရှင်ခွင့်မရှိ          | pred:violence | 0.95 | violence_group | severe
ရှင်သန်ခွင့်မရှိ           | pred:violence | 0.95 | violence_group | severe
ပြာကျအောင်                 | pred:violence | 0.9 | violence_group | severe
ဗုံးကြဲ                    | pred:violence | 0.9 | violence_group | severe
ရှင်းပစ်                   | pred:violence | 0.85 | violence_group | severe

# ---- pred:threat: first-person intent and direct threats
re:(ငါတို့|ငါက|ငါ\s|ကျွန်တော်|ကျနော်|ကျုပ်)(က)?\s?.{0,15}(သတ်|ခုတ်သတ်|ရိုက်သတ်|ပစ်သတ်|မီးရှို့)\s?(ပစ်)?\s?(မယ်|လိုက်မယ်) | pred:threat | 0.95 | threat_violence | severe
ငါသတ်မယ်                   | pred:threat | 0.95 | threat_violence | severe
ငါတို့သတ်မယ်               | pred:threat | 0.95 | threat_violence | severe
သတ်ပစ်မယ်                  | pred:threat | 0.95 | threat_violence | severe
ငါမီးရှို့မယ်              | pred:threat | 0.95 | threat_violence | severe
မီးရှို့မယ်                | pred:threat | 0.9 | threat_violence | severe
ရိုက်သတ်မယ်                | pred:threat | 0.95 | threat_violence | severe
ခုတ်သတ်မယ်                 | pred:threat | 0.95 | threat_violence | severe
ပစ်သတ်မယ်                  | pred:threat | 0.95 | threat_violence | severe
လိုက်သတ်မယ်                | pred:threat | 0.95 | threat_violence | severe
ဓားနဲ့ခုတ်မယ်              | pred:threat | 0.95 | threat_violence | severe
မင်းအိမ်ကိုသိတယ်           | pred:threat | 0.95 | threat_violence | severe
သွေးထွက်အောင်ရိုက်         | pred:threat | 0.9 | threat_violence | severe
သေအောင်ရိုက်               | pred:threat | 0.95 | threat_violence | severe
ရှင်းပစ်မယ်                | pred:threat | 0.9 | threat_violence | severe

# ---- ctx:counter: reporting and condemning (adds to my.context.lex)
အမုန်းစကား                 | ctx:counter
အမုန်းတရား                 | ctx:counter
လူမျိုးရေးခွဲခြား          | ctx:counter
ခွဲခြားဆက်ဆံ               | ctx:counter
မပြောသင့်                  | ctx:counter
မပြောပါနဲ့                 | ctx:counter
ကဲ့ရဲ့                     | ctx:counter
ရှုတ်ချ                    | ctx:counter
ပြောခံရ                    | ctx:counter
ခေါ်ခံရ                    | ctx:counter
ခွဲခြားမှု                 | ctx:counter

# ---- allow: benign phrases, passive news forms and negated forms
re:(ငါ|ငါက|ကျွန်တော်|ကျနော်|ကျုပ်)?\s?ကိုယ့်\s?ကိုယ်\s?(ကိုယ်|ကို)+\s?(သတ်|သတ်သေ)\s?(ပစ်)?\s?(မယ်|လိုက်မယ်|ချင်) | allow
re:ငါ့\s?ကိုယ်\s?ငါ\s?(သတ်|သတ်သေ)\s?(ပစ်)?\s?(မယ်|လိုက်မယ်|ချင်) | allow
re:(သတ်|ပစ်သတ်|ခုတ်သတ်|ရိုက်သတ်|မီးရှို့|သုတ်သင်|နှင်ထုတ်|မောင်းထုတ်|ပြန်ပို့)\s?(ခြင်း)?\s?ခံရ | allow
မမုန်း                     | allow
မုန်းတိုင်း                | allow
မရွံ                       | allow
မစက်ဆုပ်                   | allow
မညစ်ပတ်                    | allow
မသတ်သင့်                   | allow
မသေသင့်                    | allow
မမောင်းထုတ်                | allow
မနှင်ထုတ်                  | allow
အမှိုက်ပုံး                | allow
အမှိုက်ပစ်                 | allow
အမှိုက်သိမ်း               | allow
ခွေးကလေး                   | allow
ခွေးသွား                   | allow
ကြွက်ဖမ်း                  | allow
တိရစ္ဆာန်ရုံ               | allow
တိရစ္ဆာန်ဆေးကု             | allow

# ==== Additions 2026-12 (original work, MIT): more group names (with the plural and classifier
# ==== forms တွေ, များ, တစ်ယောက်, ကောင်), and the general vocabulary behind implicit derogation,
# ==== negated positives, threats and profanity with a group. Burmese posts are often typed with
# ==== spaces between words: a term written with a space also matches the unspaced form, so
# ==== multi-word terms below keep their spaces and patterns allow an optional one (\s?).

# ---- grp:protected
ရှမ်းတွေ                   | grp:protected
ရှမ်းများ                  | grp:protected
ရှမ်းတစ်ယောက်              | grp:protected
ရှမ်းကောင်                 | grp:protected
ရှမ်းအမျိုးသား             | grp:protected
မွန်တွေ                    | grp:protected
ချင်းတွေ                   | grp:protected
ပလောင်                     | grp:protected
နာဂလူမျိုး                 | grp:protected
နာဂတွေ                     | grp:protected
ကမန်လူမျိုး                | grp:protected
ပသီ                        | grp:protected
ဗမာတွေ                     | grp:protected
ရခိုင်တွေ                  | grp:protected
ကချင်တွေ                   | grp:protected
ကရင်တွေ                    | grp:protected
တရုတ်ကောင်                 | grp:protected
တရုတ်မ                     | grp:protected
ကုလားကောင်                 | grp:protected
ကုလားမည်း                  | grp:protected
ခိုးဝင်ဘင်္ဂါလီ            | grp:protected
ဘင်္ဂါလီကုလား              | grp:protected
အစ္စလာမ်ဘာသာဝင်            | grp:protected
မွတ်ဆလင်တွေ                | grp:protected
ခရစ်ယာန်တွေ                | grp:protected
ဟိန္ဒူတွေ                  | grp:protected
ထရန်စ်ဂျန်ဒါ               | grp:protected
ထရန့်စ်ဂျန်ဒါ              | grp:protected
ထရန်စ်                     | grp:protected
ဂျန်ဒါပြောင်း              | grp:protected
လိင်ပြောင်း                | grp:protected
ဂေးတွေ                     | grp:protected
ဂေးကောင်                   | grp:protected
လက်စ်ဘီယန်တွေ              | grp:protected
မိန်းမလျာတွေ               | grp:protected
ယောက်ျားလျာတွေ             | grp:protected
မိန်းမတစ်ယောက်             | grp:protected
မိန်းမများ                 | grp:protected
မိန်းမဆိုတာ                | grp:protected
မိန်းမသား                  | grp:protected
အမျိုးသမီးများ             | grp:protected
မိန်းကလေးများ              | grp:protected
ဖာသည်မတွေ                  | grp:protected
ဖာသည်                      | grp:protected
မသန်စွမ်းသူ                | grp:protected
မသန်စွမ်းသူတွေ             | grp:protected
ကန်းစုတ်                   | grp:protected
မျက်စိကန်း                 | grp:protected
နားပင်း                    | grp:protected
ဆွံ့အတွေ                   | grp:protected
ခြေဆွံ့                    | grp:protected
စိတ်ကျန်းမာရေးမကောင်းသူ    | grp:protected
ဒုက္ခသည်တွေ                | grp:protected
နိုင်ငံခြားသားတွေ          | grp:protected

# ---- grp:other
ယာဉ်ထိန်းရဲ                | grp:other
ရဲသား                      | grp:other
ပြည်သူ့ရဲ                  | grp:other
အရောင်းသမား                | grp:other
တက္ကစီသမား                 | grp:other
youtuber                   | grp:other
admin                      | grp:other
ဆိုင်ရှင်                  | grp:other
အစိုးရဝန်ထမ်း              | grp:other
ဝန်ထမ်းတွေ                 | grp:other
လွှတ်တော်အမတ်              | grp:other
အမတ်တွေ                    | grp:other
စစ်ဗိုလ်                   | grp:other
စစ်အုပ်စု                  | grp:other
စစ်အာဏာရှင်                | grp:other
ဆရာဝန်တွေ                  | grp:other
ဆရာတွေ                     | grp:other
ကျောင်းသားတွေ              | grp:other
ပရိသတ်တွေ                  | grp:other
ဘောလုံးပရိသတ်              | grp:other
အနုပညာရှင်တွေ              | grp:other
သတင်းထောက်တွေ              | grp:other
နိုင်ငံရေးသမားတွေ          | grp:other
ပွဲစား                     | grp:other

# ---- grp:pronoun: "those fellows", "such trash" in a later sentence
အဲဒီကောင်တွေ               | grp:pronoun
ဟိုကောင်တွေ                | grp:pronoun
ထိုကောင်တွေ                | grp:pronoun
အဲဒီအကောင်တွေ              | grp:pronoun
သူတို့တွေ                  | grp:pronoun
ဒီအုပ်စု                   | grp:pronoun
re:(ဒီ|အဲ့|အဲဒီ|ဟို|ထို)(လို)?\s?\S{0,10}?(ကောင်|အကောင်|လူ|ကောင်မ|အမှိုက်|ခွေး|တိရစ္ဆာန်|ကုလား)(တွေ|များ) | grp:pronoun
re:(ကောင်|အကောင်|ကောင်မ)\s?(တွေ|များ) | grp:pronoun

# ---- pred:emotion
ပျို့တက်                   | pred:emotion | 0.8 | hate_emotion_group
ပျို့အန်                   | pred:emotion | 0.8 | hate_emotion_group
စိတ်ကုန်                   | pred:emotion | 0.8 | hate_emotion_group
အရမ်း မုန်း                | pred:emotion | 0.9 | hate_emotion_group
မုန်းလိုက်တာ               | pred:emotion | 0.9 | hate_emotion_group
ရွံလိုက်တာ                 | pred:emotion | 0.85 | hate_emotion_group
ရွံစရာကောင်း               | pred:emotion | 0.85 | hate_emotion_group
ရွံစရာအကောင်းဆုံး          | pred:emotion | 0.9 | hate_emotion_group
အရွံစရာအကောင်းဆုံး         | pred:emotion | 0.9 | hate_emotion_group
စက်ဆုပ်စရာကောင်း           | pred:emotion | 0.85 | hate_emotion_group
မြင်ရင် အော့                | pred:emotion | 0.85 | hate_emotion_group
မြင်ကတည်းက မုန်း           | pred:emotion | 0.9 | hate_emotion_group
ကြည့်မရဘူး                 | pred:emotion | 0.8 | hate_emotion_group
သည်းမခံနိုင်ဘူး            | pred:emotion | 0.8 | hate_emotion_group
re:ဘယ်သူမှ\s?(အနားမှာ\s?)?(မနေချင်|အတူမနေချင်|မပေါင်းချင်|မကြိုက်) | pred:emotion | 0.8 | hate_emotion_group
အထင်သေး                    | pred:emotion | 0.75 | hate_emotion_group
အထင်သေးစရာ                 | pred:emotion | 0.8 | hate_emotion_group

# ---- pred:attribute
ပျင်းရိ                    | pred:attribute | 0.75 | negative_attribute_group
မှီခို                     | pred:attribute | 0.75 | negative_attribute_group
သူများကိုပဲ မှီခို         | pred:attribute | 0.85 | negative_attribute_group
သုံးမကျ                    | pred:attribute | 0.85 | negative_attribute_group
အလကားကောင်                 | pred:attribute | 0.85 | negative_attribute_group
အလကားလူ                    | pred:attribute | 0.8 | negative_attribute_group
တန်ဖိုးမဲ့                 | pred:attribute | 0.85 | negative_attribute_group
ကျက်သရေ မရှိ               | pred:attribute | 0.75 | negative_attribute_group
အရှက်မရှိ                  | pred:attribute | 0.8 | negative_attribute_group
စိတ်ဓာတ်ယုတ်ညံ့            | pred:attribute | 0.85 | negative_attribute_group
စဉ်းလဲ                     | pred:attribute | 0.75 | negative_attribute_group
လာဘ်စား                    | pred:attribute | 0.85 | negative_attribute_group
အကုန်လိမ်                  | pred:attribute | 0.85 | negative_attribute_group
လိမ်တာပဲ                   | pred:attribute | 0.75 | negative_attribute_group
လူလိမ်တွေ                  | pred:attribute | 0.85 | negative_attribute_group
သူခိုးတွေ                  | pred:attribute | 0.85 | negative_attribute_group
မတင်းတိမ်                  | pred:attribute | 0.7 | negative_attribute_group
re:ဘယ်တော့မှ\s?(မဝ|မတင်းတိမ်|မပြောင်း|လူမဖြစ်|မယဉ်ကျေး|မရိုးသား) | pred:attribute | 0.8 | negative_attribute_group
re:တစ်ယောက်မှ\s?(အသုံးမကျ|အသုံးမဝင်|မကောင်း|ယုံလို့မရ|လူမဖြစ်|ချွင်းချက်မရှိ|မရိုးသား|လူကောင်းမရှိ) | pred:attribute | 0.9 | negative_attribute_group
re:(တိုင်းပြည်|နိုင်ငံ|လူမျိုး|ဘာသာ|လူ့အဖွဲ့အစည်း)(ကို)?\s?(ဖျက်ဆီး|ဖျက်စီး|ပျက်စီး)(အောင်|ဖို့|နေ|တယ်)? | pred:attribute | 0.8 | negative_attribute_group
re:(ဖို့|ရန်)\s?(ပဲ|သာ)?\s?(မွေးလာ|မွေးဖွားလာ|မွေးထား) | pred:attribute | 0.8 | negative_attribute_group
re:(သူများ|သူတစ်ပါး)?\s?ကျွန်\s?(လုပ်|ဖြစ်|ဘဝ|အဖြစ်) | pred:attribute | 0.85 | negative_attribute_group
re:(လူကောင်း|လူလူချင်း|လူစစ်စစ်|ယဉ်ကျေးတဲ့လူ|ရိုးသားတဲ့လူ|လူ)\s?(မ|ဘယ်တော့မှ\s?မ)(ဖြစ်နိုင်|ဖြစ်လာ|ဖြစ်ဘူး) | pred:attribute | 0.85 | negative_attribute_group
re:(ရိုးသား|ယဉ်ကျေး|လူကောင်း|တိုးတက်|ယုံကြည်ရ|လိမ္မာ|ဉာဏ်ကောင်း)\S{0,10}\s?(မမျှော်လင့်နဲ့|မမျှော်လင့်ပါနဲ့|မမျှော်နဲ့|ဘယ်တော့မှ\s?မဖြစ်) | pred:attribute | 0.8 | negative_attribute_group
re:မ(ဉာဏ်ကောင်း|ရိုးသား|ယဉ်ကျေး|သန့်ရှင်း|အသုံးဝင်|ယုံကြည်ရ|လိမ္မာ|ဖြောင့်မတ်)\s?(တဲ့|သော)\s?\S{1,25}?(တစ်ယောက်|တွေ)\s?(ကို|မှ)?\s?(တစ်ခါမှ|ဘယ်တုန်းကမှ|တစ်ယောက်မှ)\s?မ(တွေ့|မြင်|ရှိ)\s?(ဖူး|ခဲ့|ဘူး) | allow
# the group may stand inside this one: "ဉာဏ်ကောင်းတဲ့ <group>တစ်ယောက်ကို တစ်ခါမှ မတွေ့ဖူးဘူး"
re:(ဉာဏ်ကောင်း|ရိုးသား|ယဉ်ကျေး|သန့်ရှင်း|အသုံးဝင်|စိတ်ကောင်းရှိ|ယုံကြည်ရ|လိမ္မာ|ဖြောင့်မတ်|လူကောင်း)\s?(တဲ့|သော)\s?\S{1,25}?(တစ်ယောက်|တွေ)\s?(ကို|မှ)?\s?(တစ်ခါမှ|ဘယ်တုန်းကမှ|တစ်ယောက်မှ)\s?မ(တွေ့|မြင်|ရှိ)\s?(ဖူး|ခဲ့|ဘူး) | pred:attribute | 0.85 | negative_attribute_group
ငတုံးတွေ                   | pred:attribute | 0.8 | negative_attribute_group
re:(လာဘ်စား|လူလိမ်|သူခိုး|ငတုံး|ငအ|ခွေး|အမှိုက်|ကောက်ကျစ်|ယုတ်မာ|လူယုတ်မာ|အကြမ်းဖက်သမား|ရာဇဝတ်ကောင်|ကပ်ပါး)\S{0,4}\s?(တွေ)?\s?(ချည်းပဲ|ချည်းပါပဲ|ချည်း|တွေပဲ) | pred:attribute | 0.9 | negative_attribute_group
re:(စိတ်)?ရောဂါ\s?(သည်|သမား)?\s?(တွေ)?\s?(ပဲ|ဖြစ်တယ်|ချည်းပဲ|တွေပဲ) | pred:attribute | 0.8 | negative_attribute_group
ဦးနှောက်မရှိ               | pred:attribute | 0.8 | negative_attribute_group
ဉာဏ်မရှိ                   | pred:attribute | 0.75 | negative_attribute_group
အညစ်အကြေးတွေ               | pred:attribute | 0.85 | negative_attribute_group
နံစော်တဲ့                  | pred:attribute | 0.85 | negative_attribute_group
အနံ့အသက်ဆိုး               | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:dehumanise
အမှိုက်                    | pred:dehumanise | 0.65 | dehumanising_group
အမှိုက်ပဲ                  | pred:dehumanise | 0.85 | dehumanising_group
အမှိုက်တွေ                 | pred:dehumanise | 0.85 | dehumanising_group
လမ်းလျှောက်နေတဲ့ အမှိုက်   | pred:dehumanise | 0.95 | dehumanising_group
re:အမှိုက်\s?(တွေ|များ)?\s?(ကား|ပုံ|ပုံး|ပစ်|သိမ်း|ကောက်|မပစ်ရ|စွန့်|အိတ်|ထုတ်|နေ့|ရှင်း|ကန်|ခွဲ) | allow
ကပ်စား                     | pred:dehumanise | 0.85 | dehumanising_group
ကပ်ပါးကောင်                | pred:dehumanise | 0.95 | dehumanising_group
သွေးစုပ်                   | pred:dehumanise | 0.85 | dehumanising_group
ယင်ကောင်                   | pred:dehumanise | 0.85 | dehumanising_group
re:(နွား|ယင်ကောင်|ခွေး|ဝက်|ကြွက်|ပိုးဟပ်|မျောက်|သိုး)\s?(အုပ်|အုပ်စု|တွေလို|လိုပဲ) | pred:dehumanise | 0.85 | dehumanising_group
စောက်ခွေး                  | pred:dehumanise | 0.9 | dehumanising_group
ခွေးမသား                   | pred:dehumanise | 0.9 | dehumanising_group
ခွေးကောင်တွေ               | pred:dehumanise | 0.9 | dehumanising_group
လမ်းဘေးခွေး                | pred:dehumanise | 0.9 | dehumanising_group
ပိုးဟပ်တွေလို              | pred:dehumanise | 0.95 | dehumanising_group
တိရစ္ဆာန်တွေ               | pred:dehumanise | 0.9 | dehumanising_group
re:(လူသား|လူ)\s?(တွေ|စစ်စစ်)?\s?မဟုတ်\s?(ဘူး|ပါဘူး|ကြဘူး) | pred:dehumanise | 0.9 | dehumanising_group
လူစိတ်မရှိ                 | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude
လှောင်အိမ်                 | pred:exclude | 0.85 | exclusion_group
လှောင်ချိုင့်              | pred:exclude | 0.85 | exclusion_group
re:ထောင်\s?(ထဲ|ထဲကို)\s?(ထည့်|ပို့|ချ)\s?(ထား)?(သင့်|ရမယ်|ပစ်) | pred:exclude | 0.85 | exclusion_group
အကျဉ်းစခန်း               | pred:exclude | 0.8 | exclusion_group
re:(ခွင့်|အခွင့်အရေး|အခွင့်)\S{0,4}\s?(မပေးသင့်|မပေးရ|မပေးနဲ့|မရသင့်|မရှိသင့်|မထိုက်|ရုပ်သိမ်း) | pred:exclude | 0.85 | exclusion_group
re:ရုပ်သိမ်း\s?(သင့်|ပစ်|ရမယ်) | pred:exclude | 0.85 | exclusion_group
re:ဘယ်တော့မှ\s?မ(ဝင်|ဝယ်|စား|သွား|အားပေး|ငှား|ခန့်)\s?(တော့)? | pred:exclude | 0.8 | exclusion_group
မစားတော့ဘူး                | pred:exclude | 0.6 | exclusion_group
အားမပေးတော့ဘူး             | pred:exclude | 0.75 | exclusion_group
အလုပ်မခန့်နဲ့              | pred:exclude | 0.8 | exclusion_group
အိမ်မငှားနဲ့               | pred:exclude | 0.8 | exclusion_group
re:(အမေ|အဖေ|မိဘ)\s?(လို့)?\s?မခေါ်\s?(နဲ့|ပါနဲ့) | pred:exclude | 0.85 | exclusion_group
အမွေပြတ်                   | pred:exclude | 0.85 | exclusion_group
re:(သား|သမီး)\s?(အဖြစ်)?\s?(မသတ်မှတ်|မဟုတ်တော့|အဖြစ်က\s?စွန့်) | pred:exclude | 0.85 | exclusion_group
re:(လုံးဝ\s?)?မရှိ\s?(တော့)?\s?ရင်\s?(ကောင်းမယ်|ကောင်းမှာ|ပိုကောင်း|သိပ်ကောင်း|ငြိမ်းချမ်း) | pred:exclude | 0.85 | exclusion_group
ကင်းစင်                    | pred:exclude | 0.8 | exclusion_group
re:ပျောက်\s?(သွား)?\s?(စမ်း|ကြစမ်း|ပါစေ|ရင်ကောင်းမယ်) | pred:exclude | 0.85 | exclusion_group
re:(အတူတူ|အတူ|တူတူ)\s?မ(နေ|သုံး|စား|ထိုင်|ကစား|ပေါင်း|သွား|အိပ်)\s?(ခိုင်းနဲ့|ရ|နဲ့|ချင်) | pred:exclude | 0.8 | exclusion_group
re:(အတူနေ|နေ|အသက်ရှင်|ရှင်သန်|လေးစားခံ|နိုင်ငံသား\s?ဖြစ်|ဒီမှာနေ)\s?(ဖို့|ရန်)\s?မ(ထိုက်တန်|ထိုက်|သင့်တော်) | pred:exclude | 0.85 | exclusion_group
ဒီမှာ မနေနဲ့               | pred:exclude | 0.85 | exclusion_group
ဒီမှာ မနေရ                 | pred:exclude | 0.85 | exclusion_group
ဒီနိုင်ငံမှာ မနေနဲ့        | pred:exclude | 0.85 | exclusion_group
တခြားနေရာ သွား             | pred:exclude | 0.75 | exclusion_group
re:(ကိုယ့်|သူတို့)\s?(နိုင်ငံ|တိုင်းပြည်|ရွာ)\s?(ကို)?\s?ပြန်\s?(သွား|ကြ|ပို့) | pred:exclude | 0.85 | exclusion_group
re:(ရပ်ကွက်|ရပ်ကွက်တစ်ခုလုံး|တစ်လမ်းလုံး|တစ်ရွာလုံး|တစ်မြို့လုံး|တစ်နိုင်ငံလုံး)\s?\S{0,6}\s?(နံစော်|ညစ်ပတ်|ပျက်စီး|ရှုပ်ပွ|အနံ့ဆိုး) | pred:exclude | 0.85 | exclusion_group
မယုံနဲ့                    | pred:exclude | 0.7 | exclusion_group
re:(နဲ့|တို့နဲ့)\s?မ(ပေါင်း|ပတ်သက်|ယူ|လက်ထပ်)\s?(နဲ့|ပါနဲ့|ရ) | pred:exclude | 0.8 | exclusion_group
ဝေးဝေးနေ                   | pred:exclude | 0.75 | exclusion_group

# ---- pred:violence: norms and wishes ("should be shot / hanged / burnt", "may they all die")
re:(သတ်|ပစ်ခတ်|ပစ်သတ်|ခုတ်သတ်|ရိုက်သတ်|မီးရှို့|ကြိုးဆွဲ|ကြိုးဆွဲချ|ကြိုးပေး|ရိုက်နှက်|ပါးရိုက်|နှိပ်စက်|သုတ်သင်|ချေမှုန်း|ဖြုတ်|ရှင်းလင်း)\s?(ပစ်)?\s?(သင့်|ရမယ်|ရမည်|ကြရမယ်|လိုက်ရမယ်) | pred:violence | 0.9 | violence_group | severe
ကြိုးဆွဲချ                 | pred:violence | 0.95 | violence_group | severe
အရှင်လတ်လတ် မီးရှို့       | pred:violence | 0.95 | violence_group | severe
re:အကုန်\s?သေ\s?(သွား|ကုန်)?\s?(ပါစေ|မှာလဲ|ရင်|စမ်း|သင့်|ထိုက်|ကြပါစေ|ကုန်မှာ) | pred:violence | 0.9 | violence_group | severe
re:သေ\s?(ကုန်|သွား)\s?(ပါစေ|ရင်ကောင်း|စမ်း|မှာလဲ|ကြပါစေ) | pred:violence | 0.9 | violence_group | severe
သေကုန်ပါစေ                 | pred:violence | 0.95 | violence_group | severe
re:(အသက်ရှင်|ရှင်သန်|မွေးဖွား|ရှင်)\s?(ဖို့|ရန်|ခွင့်)\s?မ(ထိုက်တန်|ထိုက်|ရှိ|သင့်) | pred:violence | 0.95 | violence_group | severe
re:(ဒီမြေပေါ်|ကမ္ဘာပေါ်|ဒီကမ္ဘာ|တိုင်းပြည်)\s?(က|ကနေ|မှ)?\s?(မျိုးဖြုတ်|ရှင်းထုတ်|သုတ်သင်|ဖယ်ရှား) | pred:violence | 0.95 | violence_group | severe
re:(မျိုးဖြုတ်|မျိုးတုံး)\s?(ပစ်|အောင်|ရမယ်|သင့်) | pred:violence | 0.95 | violence_group | severe
re:တစ်ယောက်မှ\s?မ(ချန်|ကျန်)\s?(နဲ့|စေနဲ့|အောင်) | pred:violence | 0.9 | violence_group | severe
re:(ပစ်ခတ်|ပစ်သတ်|မီးရှို့|သတ်)\s?(ခြင်း)?\s?ခံ\s?(ရ|ခဲ့) | allow

# ---- pred:threat: first person "…မယ်" with any common violent verb, weapons made ready,
# ---- "consider yourselves dead"
re:(အူထွက်|သွေးထွက်|သေ|ကြေမွ|ခြေကျိုးလက်ကျိုး|ပွဲချင်းပြီး|အရိုးကျိုး|မျက်နှာပျက်)\s?(အောင်)\s?(လာ)?\s?(ရိုက်|ထိုး|ခုတ်|ကန်|လုပ်|နှိပ်စက်|ဆော်|ထုရိုက်)\s?(မယ်|ပစ်မယ်|လိုက်မယ်|ပေးမယ်) | pred:threat | 0.95 | threat_violence | severe
re:(ဓား|သေနတ်|တုတ်|ဒုတ်|ဆီ|ဓာတ်ဆီ)\s?(နဲ့|ဖြင့်)\s?(ထိုး|ခုတ်|ပစ်|ရိုက်|လောင်း|မီးရှို့)\s?(မယ်|ပစ်မယ်|လိုက်မယ်) | pred:threat | 0.95 | threat_violence | severe
re:(ခုတ်|ဆော်|ရိုက်နှက်|ထိုးသတ်|ပစ်သတ်)\s?(ပစ်)?\s?မယ် | pred:threat | 0.8 | threat_violence | severe
သွေးထွက်သံယို              | pred:threat | 0.9 | threat_violence | severe
သေပြီမှတ်                  | pred:threat | 0.9 | threat_violence | severe
သေပြီသာမှတ်                | pred:threat | 0.9 | threat_violence | severe
ဓားသွေး                    | pred:threat | 0.8 | threat_violence | severe
သေနတ် အဆင်သင့်             | pred:threat | 0.8 | threat_violence | severe
re:နောက်ဆုံး\s?တစ်ယောက်\s?အထိ | pred:threat | 0.85 | threat_violence | severe
re:တစ်ယောက်ချင်း\s?(သတ်|ခုတ်|ရိုက်|ပစ်) | pred:threat | 0.9 | threat_violence | severe
re:(အိမ်|အိမ်အထိ)\s?(အထိ)?\s?လိုက်\s?(လာ|သွား)\s?(ပြီး|မယ်) | pred:threat | 0.85 | threat_violence | severe
မင်းအိမ် ငါသိတယ်           | pred:threat | 0.9 | threat_violence | severe

# ---- profanity with a group: "ငါလိုးမ <group>တွေ", "စောက်…"
re:(ငါလိုးမ|မင်းမေလိုး|မအေလိုး|မေလိုး|ဖေလိုး|လိုးမ|စောက်ရူး|စောက်ခွက်|ခွေးမသား|ဖာသည်မသား|သောက်ရူး) | pred:attribute | 0.7 | negative_attribute_group
re:စောက်\s?(သုံးမကျ|ပေါ|ရူး|ခွေး|ကုလား|တရုတ်|ငတုံး|နံ) | pred:attribute | 0.85 | negative_attribute_group

# ---- ctx:counter
အမုန်းစကား ပြော            | ctx:counter
အမုန်းပွား                 | ctx:counter
re:(ပြောတာ|ဆိုတာ|ထင်တာ|ရေးတာ)\s?(မှားတယ်|မမှန်ဘူး|မဟုတ်ဘူး|မှားပါတယ်|လုံးဝမှား) | ctx:counter
ခွဲခြားမဆက်ဆံ              | ctx:counter
လူတိုင်း တန်းတူ            | ctx:counter
လူတိုင်း အခွင့်အရေး        | ctx:counter
re:(ဆိုတဲ့|လို့ပြောတဲ့|လို့ရေးတဲ့)\s?(စကား|post|ပို့စ်|စာ|မှတ်ချက်) | ctx:counter

# ---- allow: homonyms and in-group use
re:(ဟင်းသီးဟင်းရွက်|ငါး|ပုစွန်|သစ်သီး|အသား|မုန့်|လက်ဖက်|ငရုတ်|စပါး|ပဲ|မှို|ဆေးဖက်ဝင်)\s?(အခြောက်|ခြောက်)(တွေ|များ)? | allow
re:အခြောက်\s?(လှန်း|ခံ|ရောင်း|ဆိုင်) | allow
re:(ငါတို့|ကျွန်တော်တို့|ကျွန်မတို့|ငါ)\s?(လည်း)?\s?(အခြောက်|ဂေး|လိင်တူချစ်သူ|မိန်းမလျာ|ယောက်ျားလျာ|ထရန်စ်)(တွေ|တစ်ယောက်)? | allow
ဘောလုံးအရူး                | allow
re:(နွား|ဆိတ်|ကြက်|ဝက်)\s?(နို့|သား|ခြံ|မွေး|လှည်း|ဥ) | allow

# ---- pred:attribute: denied worth ("ไม่ใช่คน") — added 2026-12
# Burmese negates inside the verb (မ…ဘူး, …မဟုတ်ဘူး) and my.context.lex lists only မဟုတ်ဘူး, so the
# denied forms of being human, equal, trustworthy, clean, civilised, entitled to live and a real
# citizen are written out. Each term stops before the final ဘူး/ပါဘူး so that both forms match; a
# space marks the usual word break (it also matches the unspaced form).
လူစာရင်းမဝင်               | pred:attribute | 0.85 | negative_attribute_group
လူလို့ မသတ်မှတ်             | pred:attribute | 0.85 | negative_attribute_group
လူအဖြစ် မသတ်မှတ်            | pred:attribute | 0.85 | negative_attribute_group
လူလို့ မမြင်                | pred:attribute | 0.85 | negative_attribute_group
လူသားချင်း မဟုတ်            | pred:attribute | 0.85 | negative_attribute_group
လူနဲ့ မတူ                   | pred:attribute | 0.8 | negative_attribute_group
လူဖြစ်ဖို့ မထိုက်           | pred:attribute | 0.85 | negative_attribute_group
လူ့အဆင့်အတန်း မရှိ          | pred:attribute | 0.85 | negative_attribute_group
တန်းတူ မဟုတ်                | pred:attribute | 0.8 | negative_attribute_group
တန်းတူ မဖြစ်နိုင်           | pred:attribute | 0.8 | negative_attribute_group
တန်းတူ မထားသင့်             | pred:attribute | 0.8 | negative_attribute_group
ယုံကြည်လို့ မရ              | pred:attribute | 0.75 | negative_attribute_group
အားကိုးလို့ မရ              | pred:attribute | 0.75 | negative_attribute_group
စိတ်ချလို့ မရ               | pred:attribute | 0.75 | negative_attribute_group
သစ္စာ မရှိ                  | pred:attribute | 0.8 | negative_attribute_group
သစ္စာမဲ့                    | pred:attribute | 0.8 | negative_attribute_group
မရိုးသား                    | pred:attribute | 0.75 | negative_attribute_group
ရိုးသားမှု မရှိ             | pred:attribute | 0.75 | negative_attribute_group
မဖြောင့်မတ်                 | pred:attribute | 0.75 | negative_attribute_group
ဉာဏ်မကောင်း                 | pred:attribute | 0.75 | negative_attribute_group
အရည်အချင်း မရှိ             | pred:attribute | 0.75 | negative_attribute_group
စွမ်းရည် မရှိ               | pred:attribute | 0.75 | negative_attribute_group
ဘာမှ မလုပ်တတ်               | pred:attribute | 0.75 | negative_attribute_group
မသန့်ရှင်း                  | pred:attribute | 0.75 | negative_attribute_group
ရေမချိုး                    | pred:attribute | 0.75 | negative_attribute_group
သန့်ရှင်းမှု မရှိ           | pred:attribute | 0.75 | negative_attribute_group
မယဉ်ကျေး                    | pred:attribute | 0.8 | negative_attribute_group
ပညာမတတ်                     | pred:attribute | 0.75 | negative_attribute_group
အသိပညာ မရှိ                 | pred:attribute | 0.75 | negative_attribute_group
ဒီနိုင်ငံနဲ့ မဆိုင်         | pred:attribute | 0.8 | negative_attribute_group
ဒီမြေနဲ့ မဆိုင်             | pred:attribute | 0.8 | negative_attribute_group
တိုင်းရင်းသား မဟုတ်         | pred:attribute | 0.8 | negative_attribute_group
မြန်မာစစ်စစ် မဟုတ်          | pred:attribute | 0.8 | negative_attribute_group
မြန်မာ အစစ် မဟုတ်           | pred:attribute | 0.8 | negative_attribute_group
နိုင်ငံသားစစ်စစ် မဟုတ်      | pred:attribute | 0.8 | negative_attribute_group
အသက်ရှင်ပိုင်ခွင့် မရှိ     | pred:attribute | 0.85 | negative_attribute_group
မွေးမလာသင့်                 | pred:attribute | 0.85 | negative_attribute_group
ကလေး မမွေးသင့်              | pred:attribute | 0.8 | negative_attribute_group
လေးစားဖို့ မထိုက်တန်        | pred:attribute | 0.8 | negative_attribute_group
လေးစားစရာ မရှိ              | pred:attribute | 0.8 | negative_attribute_group
ဘာတန်ဖိုးမှ မရှိ            | pred:attribute | 0.85 | negative_attribute_group
ပုံမှန် မဟုတ်               | pred:attribute | 0.75 | negative_attribute_group
လူကောင်း မဟုတ်              | pred:attribute | 0.75 | negative_attribute_group
လူကောင်း မရှိ               | pred:attribute | 0.8 | negative_attribute_group
နိုင်ငံကို မချစ်            | pred:attribute | 0.75 | negative_attribute_group
တိုင်းပြည်ကို မချစ်         | pred:attribute | 0.75 | negative_attribute_group
ခေါင်းဆောင်ဖို့ မထိုက်      | pred:attribute | 0.8 | negative_attribute_group
ခေါင်းဆောင် မလုပ်သင့်       | pred:attribute | 0.8 | negative_attribute_group
ခေါင်းဆောင်ဖို့ မသင့်တော်   | pred:attribute | 0.8 | negative_attribute_group
မိဘလုပ်ဖို့ မထိုက်          | pred:attribute | 0.8 | negative_attribute_group
