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
