# Burmese implicit-derogation frames for the target x predicate layer: hate said without a slur or
# an explicit insult (HateCheck's "implicit derogation"): where a group "belongs" (the kitchen, the
# jungle, a camp), what it is "only fit for", what happens to a ward when it arrives, whose opinion
# "needn't be heard", "Muslims may not enter" signs, refusing to give a daughter in marriage, "it is
# in their blood".
# None of these scores alone; each counts only when the same sentence names a group (or a pronoun
# such as "သူတို့", "ဒီကောင်တွေ" points back to one). Frames already in my.groups.lex (cages, rights
# with ခွင့်…မပေးသင့်, အိမ်မငှားနဲ့, အမွေပြတ်, မရှိရင်ကောင်းမယ်, ကင်းစင် ...) are not repeated.
# Burmese has no spaces between words (though posts often put them between phrases): pieces are
# several syllables long and patterns allow an optional space (\s?). Burmese negates inside the
# verb (မ…ဘူး), so the negated forms are written out; a pattern stops before the final ဘူး/ပါဘူး
# where both forms are used, and no pattern ends in မဟုတ် (a negator when ဘူး follows).
@format 1
@lang my
@source Original work written for Waspada, 2026-12 (implicit-derogation frames from general knowledge of the language, following the functionality design of HateCheck, Röttger et al., ACL 2021)
@licence MIT
# term | category | weight | key | flags

# ---- pred:exclude: where they "belong" (the kitchen, the jungle, a camp)
re:မီးဖို(ချောင်|ဆောင်)\s?(ထဲ|ထဲမှာ|မှာ)\s?(ပဲ|သာ)\s?(နေ|ရှိ) | pred:exclude | 0.8 | exclusion_group
re:မီးဖို(ချောင်|ဆောင်)\s?(ထဲ)?\s?(ကို)?\s?(ပြန်ဝင်|ပြန်သွား|ပြန်နေ)\s?(ကြ|စမ်း|ပါ|တော့|လိုက်) | pred:exclude | 0.8 | exclusion_group
re:(တောထဲ|တောင်ပေါ်|ဂူထဲ|သစ်ပင်ပေါ်|တိရစ္ဆာန်ရုံ)\s?(ကို|မှာ)?\s?(ပြန်သွားကြ|ပြန်သွားစမ်း|ပြန်ကြစမ်း|ပြန်ပို့ပစ်|ပြန်ပို့သင့်|ပြန်ပို့ရမယ်|ပဲ\s?နေကြ|ပဲ\s?နေသင့်) | pred:exclude | 0.85 | exclusion_group
re:(သူတို့|ဒီကောင်တွေ|အဲ့ကောင်တွေ|ဒီလူတွေ)\s?(ရဲ့)?\s?နေရာ\s?(က|ဟာ)?\s?(တောထဲ|မီးဖိုချောင်|ထောင်ထဲ|ဒုက္ခသည်စခန်း|စခန်း|ဘင်္ဂလားဒေ့ရှ်|ဘင်္ဂလား|တရုတ်ပြည်|အိန္ဒိယ)\s?(မှာ|ထဲမှာ)?\s?(ပဲ|သာ) | pred:exclude | 0.85 | exclusion_group

# ---- pred:exclude: rights denied (office, their opinion)
re:(သမ္မတ|ဝန်ကြီး|ဆရာဝန်|စစ်သား|အရာရှိ|တရားသူကြီး|လွှတ်တော်အမတ်|အုပ်ချုပ်သူ)\s?(အဖြစ်)?\s?(မလုပ်သင့်|မဖြစ်သင့်|မခန့်သင့်|မခန့်နဲ့|မတင်သင့်|မရွေးနဲ့|မရွေးသင့်|မဖြစ်ထိုက်) | pred:exclude | 0.8 | exclusion_group
re:(အသံ|အမြင်|ထင်မြင်ချက်|စကား)\s?(တွေ)?\s?(ကို)?\s?(နားမထောင်နဲ့|နားထောင်စရာမလို|ထည့်မတွက်နဲ့|မရေတွက်သင့်|ဂရုစိုက်စရာမလို|အလေးမထားနဲ့) | pred:exclude | 0.8 | exclusion_group
re:(ဒုတိယတန်းစား|အောက်တန်းစား)\s?(နိုင်ငံသား|လူ)?\s?(အဖြစ်)?\s?(ပဲ)?\s?(ထားသင့်|ထားရမယ်|ဆက်ဆံသင့်|ဆက်ဆံရမယ်|ဖြစ်သင့်) | pred:exclude | 0.85 | exclusion_group

# ---- pred:exclude: "Muslims may not enter", refusing to rent, sell, hire, sit beside
re:(မွတ်ဆလင်|ကုလား|ဘင်္ဂါလီ|တရုတ်|ခရစ်ယာန်|ဟိန္ဒူ|ဂေး|အခြောက်|ဘာသာခြား|လူမျိုးခြား|ရိုဟင်ဂျာ)\S{0,4}\s?(ကို|တွေကို)?\s?(အိမ်|အခန်း|မြေ|အလုပ်)?\s?(မငှား|မရောင်း|မခန့်|လက်မခံ|မဝင်ရ|ဝင်ခွင့်မရှိ|ဝင်ခွင့်မပြု|ခွင့်မပြု) | pred:exclude | 0.85 | exclusion_group
re:(ငါ|ကျွန်တော်|ကျွန်မ)\s?(တို့)?\s?(က)?\s?[^။!?\n]{0,30}(ကို)\s?(အိမ်|အခန်း|မြေ|အလုပ်)\s?(လုံးဝ)?\s?(မငှား|မရောင်း|မခန့်|မပေး) | pred:exclude | 0.8 | exclusion_group
re:(ဘေး|အနား)\s?(မှာ)?\s?(မထိုင်ချင်|မနေချင်|မရပ်ချင်|မအိပ်ချင်) | pred:exclude | 0.75 | exclusion_group

# ---- pred:exclude: the fewer the better, good riddance
re:နည်း(လေ|နိုင်သမျှ)\s?ကောင်း(လေ)? | pred:exclude | 0.75 | exclusion_group
re:(မောင်းထုတ်ခံရ|နှင်ထုတ်ခံရ|ပြည်နှင်ခံရ|ပျောက်သွား|ထွက်သွားကြ)\s?(တာ|ရင်)\s?(ပဲ)?\s?(ကောင်းတယ်|ကောင်းပါတယ်|ကောင်းမယ်|ကောင်းလိုက်တာ|သာကောင်း|အေးရော|ဝမ်းသာ|ကျေနပ်) | pred:exclude | 0.8 | exclusion_group

# ---- pred:exclude: keep them away from our children
re:(ကလေး|သား|သမီး|သားသမီး)\s?(တွေ)?\s?(ကို)?\s?(အနား|အနီး)\s?(မကပ်|မလာ|မသွား|မထား)\s?(စေနဲ့|ခိုင်းနဲ့|နဲ့|ပါနဲ့|စေရ) | pred:exclude | 0.8 | exclusion_group
re:(ကလေး|သား|သမီး|သားသမီး)\s?(တွေ)?\s?(ကို)?\s?(မထိန်းခိုင်းနဲ့|မထိန်းစေနဲ့|မအပ်နဲ့|လက်မအပ်နဲ့|စာမသင်ခိုင်းနဲ့|မထိန်းခိုင်း|လက်မအပ်) | pred:exclude | 0.8 | exclusion_group
re:(ကလေး|သား|သမီး|သားသမီး)\s?(တွေ)?\s?(ကို)?\s?[^။!?\n]{0,30}(နဲ့)\s?(မကစား|မဆော့|မပေါင်း)\s?(စေနဲ့|ခိုင်းနဲ့|ရ|နဲ့) | pred:exclude | 0.8 | exclusion_group

# ---- pred:exclude: "be grateful we let you stay", only guests here
re:(နေခွင့်ပေး|နေရာပေး|လက်ခံထား|ခိုလှုံခွင့်ပေး|နေခွင့်ရ)\S{0,20}\s?(တာ|တာကို|ထားတာကို|ထားတာ)?\s?(ကျေးဇူးသိ|ကျေးဇူးတင်)\S{0,4}\s?(သင့်|ရမယ်|ရမှာ) | pred:exclude | 0.85 | exclusion_group
re:(ဧည့်သည်|ကပ်နေသူ|ခိုလှုံသူ|တည်းခိုသူ)\s?(သာ|ပဲ|ပါ)\s?(ဖြစ်တယ်ဆိုတာ|ဆိုတာ|မှန်း)\s?(သိ|မမေ့|မှတ်) | pred:exclude | 0.8 | exclusion_group
ကျေးဇူးကန်း                 | pred:attribute | 0.75 | negative_attribute_group
re:ကျေးဇူး\s?မသိ\s?(တတ်|တဲ့)  | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:attribute: contamination (since they arrived ..., land prices fell, wherever they go)
re:(ရောက်လာ|ပြောင်းလာ|ဝင်လာ|ပြောင်းရွှေ့လာ)\s?(ကတည်းက|ပြီးကတည်းက|ပြီးနောက်)[^။!?\n]{0,35}(ညစ်ပတ်|နံစော်|ရှုပ်ပွ|ပျက်စီး|လုံခြုံမှုမရှိ|ခိုးမှု|ရာဇဝတ်မှု|မူးယစ်ဆေး|ဆူညံ|အမှိုက်) | pred:attribute | 0.85 | negative_attribute_group
re:(အိမ်ခြံမြေ|မြေကွက်|မြေ|အိမ်)\s?(ဈေး|တန်ဖိုး)\s?(ကျ|ထိုးကျ|ပြုတ်ကျ)[^။!?\n]{0,25}(ကြောင့်|ရောက်လာ|ပြောင်းလာ|လာနေ) | pred:attribute | 0.8 | negative_attribute_group
re:(ဘယ်ရောက်ရောက်|ဘယ်သွားသွား|ဘယ်နေနေ|ရောက်တဲ့နေရာတိုင်း|သွားလေရာ)[^။!?\n]{0,25}(ပြဿနာ|ရာဇဝတ်မှု|ခိုးမှု|ညစ်ပတ်|နံစော်|ရှုပ်ပွ|အဓိကရုဏ်း|မူးယစ်) | pred:attribute | 0.85 | negative_attribute_group
re:(ရာဇဝတ်မှု|ခိုးမှု|မူးယစ်ဆေး|ပြဿနာ)\s?(တွေ)?\s?(များလာ|တိုးလာ|မြင့်တက်လာ)[^။!?\n]{0,30}(ရောက်လာကတည်းက|ဝင်လာကတည်းက|ပြောင်းလာကတည်းက|တွေကြောင့်) | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: suspicion (guard your wallet when they come, chickens lost since they came)
re:(လာရင်|တွေ့ရင်|ရှိရင်|အနားရောက်ရင်|ဖြတ်သွားရင်)\s?(ပိုက်ဆံအိတ်|လက်ကိုင်အိတ်|ဖုန်း|ရွှေ|လက်ဝတ်ရတနာ|ပစ္စည်း)\s?(တွေ)?\s?(ကို)?\s?(သတိထား|ဂရုစိုက်|သေချာကိုင်|ဖွက်ထား|သိမ်းထား) | pred:attribute | 0.8 | negative_attribute_group
re:(ပိုက်ဆံအိတ်|လက်ကိုင်အိတ်|လက်ဝတ်ရတနာ)\s?(တွေ)?\s?(ကို)?\s?(သတိထား|ဂရုစိုက်|သေချာကိုင်|ဖွက်ထား|သိမ်းထား)\S{0,4}\s?(ဒီကောင်တွေ|သူတို့|အဲ့ကောင်တွေ|အဲဒီကောင်တွေ)\s?(လာရင်|တွေ့ရင်|ရှိရင်|အနားရောက်ရင်) | pred:attribute | 0.8 | negative_attribute_group
re:(ကြက်|ခွေး|ဆိုင်ကယ်|စက်ဘီး|ဖိနပ်)\s?(တွေ)?\s?(ပျောက်|ခိုးခံရ|အခိုးခံရ)[^။!?\n]{0,20}(ရောက်လာကတည်းက|ပြောင်းလာကတည်းက|လာကတည်းက) | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: servitude (only fit to be maids, only for bearing children, know your place)
re:(အိမ်ဖော်|ကျွန်|အစေခံ|ကူလီ|ပြည့်တန်ဆာ|အိမ်အကူ|အမှိုက်ကောက်)\s?(လုပ်ဖို့|ဖြစ်ဖို့|အဖြစ်)\s?(ပဲ|သာ)\s?(သင့်တော်|တန်|ထိုက်|အသုံးဝင်|ကောင်း|ရှိ|တတ်) | pred:attribute | 0.85 | negative_attribute_group
re:(ကလေးမွေး|သားမွေး|ထမင်းချက်|အိမ်အလုပ်လုပ်|ယောက်ျားပြုစု|လင်ပြုစု)\s?(ဖို့|ရုံ)\s?(ပဲ|သာ)\s?(သုံး|အသုံးဝင်|တတ်|သင့်တော်|ရှိ|မွေးလာ) | pred:attribute | 0.8 | negative_attribute_group
re:(ယောက်ျား|လင်|ခင်ပွန်း)\s?(ကို)?\s?(နာခံ|ကျွန်ခံ|ကိုးကွယ်|ဦးညွှတ်)\s?(ရမယ်|ရုံပဲ|ဖို့ပဲ|ဖို့သာ|သင့်) | pred:attribute | 0.75 | negative_attribute_group
ကိုယ့်နေရာကိုယ် သိ           | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:attribute: innate flaw (in the blood, born thieves, their nature can't be fixed)
re:(ခိုး|လိမ်|လိမ်လည်|ညစ်ပတ်|ပျင်း|အကြမ်းဖက်|သစ္စာဖောက်|ကောက်ကျစ်|လောဘ|ရက်စက်|ရမ်းကား|မုဒိမ်းကျင့်)\S{0,6}\s?(တာ|တတ်တာ|ခြင်း|မှု)?\s?(က|ဟာ)?\s?(သူတို့)?\s?(ရဲ့)?\s?(သွေးထဲ|ဗီဇ|မျိုးရိုးဗီဇ|မွေးရာပါ|အရိုးထဲ)\s?(မှာ)?\s?(ပါ|ပဲ|ကိုက်|ထဲက|စွဲ) | pred:attribute | 0.85 | negative_attribute_group
re:မွေးရာပါ\s?(သူခိုး|လူလိမ်|ရာဇဝတ်ကောင်|အကြမ်းဖက်သမား|သစ္စာဖောက်|လူယုတ်မာ|ငတုံး|ငအ|ကျွန်|လူပျင်း) | pred:attribute | 0.85 | negative_attribute_group
re:(ဗီဇ|မျိုးရိုးဗီဇ|စရိုက်)\s?(ကို|က)?\s?(ပြင်လို့|ပြောင်းလို့|ဖျောက်လို့|ပြုပြင်လို့)\s?မရ | pred:attribute | 0.8 | negative_attribute_group
re:(လူမျိုး|အမျိုး|ဒီကောင်တွေ|သူတို့)\s?(ရဲ့)?\s?(ဗီဇ|စရိုက်|အကျင့်)\s?(ပဲ|ပါပဲ|ကိုက်) | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: "they're all like that", "what can you expect"
re:(သူတို့|ဒီကောင်တွေ|အဲ့ကောင်တွေ|ဒီလူတွေ|ဒီလူမျိုး|ဒီအမျိုး)\s?(က|တွေက)?\s?(ဒီလိုပဲ|အဲ့လိုပဲ|အဲဒီလိုပဲ|ဒီအတိုင်းပဲ|အတူတူပဲ|အကုန်တူတူပဲ) | pred:attribute | 0.75 | negative_attribute_group
re:ဘာ\s?(များ)?\s?(မျှော်လင့်|မျှော်)\s?(လို့ရမှာလဲ|လို့ရမလဲ|ရမှာလဲ|စရာရှိလဲ|နေသေးလဲ) | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:attribute: family rejection (over my dead body, won't give my daughter, shame)
re:(ငါ့|ကျွန်တော့်|ကျွန်မ|ငါ)\s?(ရဲ့)?\s?(အလောင်း|အသေ)\s?(ကို)?\s?(ကျော်|ဖြတ်)\s?(ပြီးမှ|မှ) | pred:attribute | 0.8 | negative_attribute_group
re:(သမီး|သား|မြေး|ညီမ)\s?(ကို)?\s?(လုံးဝ)?\s?မပေးစား | pred:attribute | 0.85 | negative_attribute_group
re:(သား|သမီး|ညီမ|တူမ|မြေး)\S{0,4}\s?(ကို)?\s?[^။!?\n]{0,30}(နဲ့|ကို)\s?(လက်ထပ်|ယူ|တွဲ|ရည်းစားထား|ချစ်ကြိုက်)\s?(ခွင့်မပြု|ခွင့်မပေး|လို့မရ|ခွင့်မရှိ) | pred:attribute | 0.85 | negative_attribute_group
re:(အရှက်ရ|မျက်နှာပျက်|အရှက်ကွဲ)[^။!?\n]{0,25}(သား|သမီး)[^။!?\n]{0,30}(ယူ|လက်ထပ်|တွဲ) | pred:attribute | 0.8 | negative_attribute_group
re:(မျိုးရိုး|သွေး|အမျိုး|လူမျိုး)\s?(ကို)?\s?(ညစ်ညမ်း|ပျက်စီး|ရောနှော|မစင်ကြယ်)\S{0,4}\s?(စေ|အောင်|မယ်|လိမ့်မယ်) | pred:attribute | 0.85 | negative_attribute_group
