@format 1
@lang my
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b, then tests/tuning_suites_c, then tests/tuning_suites_d, then tests/tuning_suites_e, then tests/tuning_suites_f), never from held-back or blind cases
@licence MIT
# term | category | weight | key | flags

# ---- grp:protected: a people the engine lacked
လူမည်း                     | grp:protected
လူအသားမည်း                 | grp:protected
အသားမည်းသူ                 | grp:protected

# ---- slurs the engine lacked (read as people next to တွေ, ဒီ, a second person...)
မိန်းမပျက်                 | hate | 0.85 | slur_group | slur
နီဂရိုး                    | hate | 0.85 | slur_group | slur
ဘင်္ဂါလီ                   | hate | 0.75 | slur_group | slur
re:(ဒုက္ခိတ|လူမည်း|အကန်း|ဆွံ့အ|နားပင်း|ခြေဆွံ့|တရုတ်|အခြောက်)\s?ကောင် | hate | 0.85 | slur_group | slur
re:ခွေးမ\s?(တွေ|များ) | hate | 0.8 | slur_group |
re:ဘင်္ဂါလီ\s?(ဘာသာ|စကား|စာ|ကဗျာ|ဂီတ|ပင်လယ်အော်|အက္ခရာ) | allow
re:ခွေးမ(လေး|ကြီး)?\s?(တစ်ကောင်|နှစ်ကောင်|သုံးကောင်|က\s?(သူ့)?\s?(သား|ခွေးပေါက်စ|ကလေး)|မွေး|ခွေးပေါက်စ) | allow
re:(ဝါဝါ|ညိုညို|အဖြူ|အနက်|ငါ့|ကျွန်တော့်|ကျွန်မ|အိမ်က)\s?ခွေးမ | allow

# ---- pred:emotion: nausea, disgust, anger, fed up, cannot stand
အော်ဂလီဆန်                 | pred:emotion | 0.85 | hate_emotion_group
ပျို့အန်ချင်               | pred:emotion | 0.85 | hate_emotion_group
အန်ချင်လာ                  | pred:emotion | 0.8 | hate_emotion_group
re:ရွံ(လာ|တယ်|ရှာ|စရာ|လိုက်|မုန်း|ပါတယ်|တာ|မိ) | pred:emotion | 0.85 | hate_emotion_group
re:(အ)?ရွံရှာ(ဆုံး|စရာ) | pred:emotion | 0.9 | hate_emotion_group
ဒေါသထွက်                   | pred:emotion | 0.75 | hate_emotion_group
ဒေါသဖြစ်                   | pred:emotion | 0.7 | hate_emotion_group
စိတ်ကုန်                   | pred:emotion | 0.75 | hate_emotion_group
စိတ်ပျက်စရာ                | pred:emotion | 0.7 | hate_emotion_group
သည်းမခံနိုင်               | pred:emotion | 0.85 | hate_emotion_group
မကြည့်ချင်                 | pred:emotion | 0.75 | hate_emotion_group
မမြင်ချင်                  | pred:emotion | 0.75 | hate_emotion_group
အမြင်ကတ်                   | pred:emotion | 0.8 | hate_emotion_group
re:hate\s?(တယ်|လိုက်|ပါတယ်|တာ|ကွာ) | pred:emotion | 0.85 | hate_emotion_group
re:(တကယ်|အရမ်း|သေလောက်အောင်|အသေ)\s?hate | pred:emotion | 0.85 | hate_emotion_group
re:(အသေ|သေလောက်အောင်|အရမ်း|တအား|ရင်ထဲကနေ)\s?မုန်း | pred:emotion | 0.9 | hate_emotion_group
စက်ဆုပ်                    | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:attribute: dumb, cruel, wicked from birth, useless, criminals, toxic, losers
re:toxic\s?(အရမ်း|ဖြစ်|တွေ|ပဲ|ကွာ|လွန်း) | pred:attribute | 0.8 | negative_attribute_group
re:(က|ဟာ|အရမ်း)\s?toxic | pred:attribute | 0.8 | negative_attribute_group
re:losers?\s?(တွေ|ပဲ|ကောင်|ချည်း) | pred:attribute | 0.8 | negative_attribute_group
re:(ဦးနှောက်|ခေါင်း)\s?(က|ဟာ)?\s?(တုံးလွန်း|တုံးတယ်|မရှိ|ခြောက်|ပွ|နှမ်း) | pred:attribute | 0.85 | negative_attribute_group
re:တုံး(လွန်း|ဆုံး|တယ်|သေး)| pred:attribute | 0.75 | negative_attribute_group
re:အတုံး(တွေ|ဆုံး|ကောင်|ပဲ|ချည်း) | pred:attribute | 0.8 | negative_attribute_group
ရက်စက်ကြမ်းကြုတ်           | pred:attribute | 0.85 | negative_attribute_group
ကြမ်းကြုတ်ရက်စက်           | pred:attribute | 0.85 | negative_attribute_group
ဆိုးသွမ်း                  | pred:attribute | 0.8 | negative_attribute_group
ယုတ်မာ                     | pred:attribute | 0.8 | negative_attribute_group
re:မွေး(က)?တည်းက\s?(ဆိုး|ယုတ်မာ|လိမ်|ခိုး|ညစ်|အောက်တန်း|ရက်စက်) | pred:attribute | 0.85 | negative_attribute_group
အဟန့်အတား                  | pred:attribute | 0.8 | negative_attribute_group
re:(တိုးတက်မှု|ဖွံ့ဖြိုးမှု)(ကို)?\s?(ဆွဲချ|နှောင့်နှေး|ဟန့်တား) | pred:attribute | 0.8 | negative_attribute_group
re:အသုံး(မကျ|မဝင်)(ဘူး|တဲ့|တွေ|ကောင်) | pred:attribute | 0.8 | negative_attribute_group
ရာဇဝတ်သား                  | pred:attribute | 0.8 | negative_attribute_group
ရာဇဝတ်ကောင်                | pred:attribute | 0.85 | negative_attribute_group
လူကောင်းယောင်ဆောင်         | pred:attribute | 0.8 | negative_attribute_group
ခိုးစား                    | pred:attribute | 0.8 | negative_attribute_group
မျက်နှာပြောင်              | pred:attribute | 0.8 | negative_attribute_group
ကပ်ပါး                     | pred:dehumanise | 0.85 | dehumanising_group
re:(လူ့အဖွဲ့အစည်း|တိုင်းပြည်|နိုင်ငံ|လူမျိုး|လူ့ဘောင်|ရပ်ကွက်|မြို့)(ရဲ့|၏)?\s?(အရှက်|အနာ|ကင်ဆာ|အမှိုက်|ဝန်ထုပ်ဝန်ပိုး|အညစ်အကြေး|ကပ်ပါး|အဟန့်အတား|ရန်သူ|ဆူးငြောင့်) | pred:attribute | 0.85 | negative_attribute_group
re:ဝန်ထုပ်ဝန်ပိုး(ပဲ|ကလွဲ|သာ|တွေ) | pred:attribute | 0.8 | negative_attribute_group
re:(လူ့ဘောင်|လူ့အဖွဲ့အစည်း|တိုင်းပြည်|ရပ်ကွက်|လူမျိုး)(ကို)?\s?(ညစ်ညမ်း|ညစ်ပတ်|ပျက်စီး|ဖျက်ဆီး)(အောင်|စေ|နေ) | pred:attribute | 0.85 | negative_attribute_group
re:(ကိုယ်နံ့|အနံ့|ချွေးနံ့)\s?(ကို)?\s?(ဘယ်သူ)?\s?(သည်းခံ|ခံနိုင်|မခံနိုင်|ဆိုး|နံ|စော်) | pred:attribute | 0.8 | negative_attribute_group
re:(နံစော်|နံဟောင်|နံစုတ်) | pred:attribute | 0.8 | negative_attribute_group
re:စောက်(ဖုတ်|ကောင်|ပေါ)\s?(တွေ|ကောင်တွေ) | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:dehumanise: no different from dogs, pigs; monkey level; cancer; leeches; trash
re:(ခွေး|ဝက်|တိရစ္ဆာန်|မျောက်|နွား|ကြွက်|ပိုးမွှား)(တွေ)?\s?(နဲ့)?\s?(ဘာမှ)?\s?မကွာ | pred:dehumanise | 0.9 | dehumanising_group
re:(ခွေး|မျောက်|တိရစ္ဆာန်|ဝက်|နွား|ကြွက်)\s?အဆင့် | pred:dehumanise | 0.85 | dehumanising_group
re:(ခွေး|ဝက်|မျောက်|ကြွက်|ပိုးမွှား|ယင်ကောင်|ပိုးဟပ်|မျှော့|တိရစ္ဆာန်|နွား|အမှိုက်ပုံ)(တွေ)?\s?လို | pred:dehumanise | 0.85 | dehumanising_group
re:ကင်ဆာ\s?(အနာ|လို|ပဲ|ဆဲလ်လို|ရောဂါလို) | pred:dehumanise | 0.85 | dehumanising_group
ပိုးမွှား                  | pred:dehumanise | 0.85 | dehumanising_group
re:မျှော့(တွေ|ကောင်|ပဲ) | pred:dehumanise | 0.85 | dehumanising_group
re:သွေးစုပ်(တဲ့|သူ|ကောင်|နေ) | pred:dehumanise | 0.8 | dehumanising_group
re:(trash|shit|garbage|scum)\s?(တွေ|ပဲ|ကောင်|ချည်း) | pred:dehumanise | 0.85 | dehumanising_group
re:နွား(ပဲ|ကောင်|တွေ|မ) | pred:dehumanise | 0.8 | dehumanising_group
re:အမှိုက်(တွေ|ပုံ|ကောင်)(ပဲ|လို|ချည်း) | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: implicit exclusion (will not accept, land prices, move school, know your place)
re:(ကို|ကိုတော့|တွေကို)\s?(တော့)?\s?(လက်မခံဘူး|လက်မခံပါဘူး|မငှားဘူး|မခန့်ဘူး|မရောင်းဘူး|ဝင်ခွင့်မပြု) | pred:exclude | 0.85 | exclusion_group
re:(မြေဈေး|အိမ်ဈေး|အိမ်ခြံမြေဈေး|အိမ်လခ)\s?(ကျ|ထိုး) | pred:exclude | 0.8 | exclusion_group
re:(ပိုက်ဆံအိတ်|အိတ်|ပစ္စည်း|ဖုန်း)(ကို|တွေ)?\s?(သေချာ|တင်းတင်း|ကောင်းကောင်း)\s?(ကိုင်|ဆုပ်|စောင့်|သိမ်း) | pred:attribute | 0.8 | negative_attribute_group
re:(ပစ္စည်း|ငွေ|ပိုက်ဆံ)(တွေ)?\s?(ကို)?\s?(နေ့တိုင်း)?\s?(ရေတွက်|စစ်ဆေး|စာရင်းစစ်)\s?(ထား|ပါ|ဦး) | pred:attribute | 0.8 | negative_attribute_group
re:အသိအမှတ်\s?(မပြုသင့်|မပြုရ|မပြုနဲ့|မပြုဘူး) | pred:exclude | 0.85 | exclusion_group
re:အိမ်(ကို)?\s?(ခေါ်မလာနဲ့|မခေါ်လာနဲ့|ခေါ်မလာရ|မခေါ်ခဲ့နဲ့|ခေါ်မလာခဲ့နဲ့) | pred:exclude | 0.85 | exclusion_group
re:(သူတို့|ကိုယ့်)\s?နေရာ(ကို)?\s?(သူတို့|ကိုယ်)?\s?(သိ|သိဖို့|သိသင့်) | pred:exclude | 0.85 | exclusion_group
re:ခေါင်းငုံ့\s?(ပြီး|နေ|ထား) | pred:exclude | 0.75 | exclusion_group
re:(တခြား|အခြား|တစ်ခြား)\s?(ကျောင်း|ရပ်ကွက်|မြို့|အိမ်)\s?(ကို)?\s?(ပြောင်း|ရွှေ့) | pred:exclude | 0.8 | exclusion_group
re:ကလေး(တွေ)?\s?(နား|အနား|နားမှာ|အနားမှာ)\s?(မှာ)?\s?(မထားသင့်|မကပ်စေနဲ့|မထားနဲ့|မလာစေနဲ့|မကပ်ရ) | pred:exclude | 0.85 | exclusion_group
re:နေရာ\s?(မပေးသင့်|မပေးနဲ့|မပေးရ|မရှိစေရ) | pred:exclude | 0.85 | exclusion_group
re:နှင်ထုတ်(လိုက်|ပစ်|ရမယ်|သင့်) | pred:exclude | 0.85 | exclusion_group

# ---- pred:attribute: denied good (never good people, not worth respect, worth less than a bean)
re:လူကောင်း\s?(မဖြစ်|ဖြစ်မလာ) | pred:attribute | 0.85 | negative_attribute_group
re:လေးစား(ခံ)?ထိုက်(သူ|သူတွေ)?\s?(မဟုတ်|မရှိ) | pred:attribute | 0.85 | negative_attribute_group
re:(ပဲတစ်စေ့|ပြားတစ်ပြား|ဆံပင်တစ်ပင်|ခွေးတစ်ကောင်)(စာ|လောက်|ဖိုး)?(တောင်|မှ)?\s?(မတန်|တန်ဖိုးမရှိ) | pred:attribute | 0.85 | negative_attribute_group
re:(ကောင်းတာ|ကောင်းကျိုး)\s?(ဘာမှ|တစ်ခုမှ)\s?(မမျှော်လင့်|မရှိ|မလုပ်|မပေး) | pred:attribute | 0.8 | negative_attribute_group
re:(ဘာအကျိုးမှ|ဘာအကျိုးကျေးဇူးမှ|ဘာကောင်းကျိုးမှ)\s?(မပြု|မရှိ|မဖြစ်|မပေး) | pred:attribute | 0.8 | negative_attribute_group
re:(ဘာတန်ဖိုးမှ|တန်ဖိုးတစ်ပြားမှ)\s?(မရှိ|မဖြစ်) | pred:attribute | 0.85 | negative_attribute_group
re:(ရိုးသားတဲ့|သစ္စာရှိတဲ့|လူကောင်း)\s?\S{0,20}?\s?(တစ်ယောက်မှ|တစ်ကောင်မှ)\s?(မတွေ့|မရှိ|မမြင်) | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:threat / pred:violence: heads will roll, shoot on sight, bury alive, starve, hang, drown
re:ခေါင်း(တွေ)?\s?(ပြတ်|ဖြတ်)\s?(ကုန်မယ်|မယ်|ပစ်မယ်|ကုန်စေ) | pred:threat | 0.9 | threat_violence | severe
re:(မြင်တာနဲ့|တွေ့တာနဲ့|တွေ့တိုင်း|မြင်တိုင်း|မြင်ရင်|တွေ့ရင်)\s?(ပစ်|သတ်|ခုတ်|ထိုး|ရိုက်|ပါးရိုက်)\s?(မယ်|ပစ်မယ်|ပစ်လိုက်မယ်) | pred:threat | 0.9 | threat_violence | severe
re:(သေနတ်|ဓား|ဒုတ်|လက်နက်)\s?(ရှိတယ်|အသင့်|ဆောင်ထား|သွေးထား) | pred:threat | 0.8 | threat_violence | severe
re:အရှင်(လတ်လတ်)?\s?(မြှုပ်|မီးရှို့|ကင်|ခုတ်|အရေခွံ) | pred:threat | 0.9 | threat_violence | severe
re:(ဓားနဲ့|ဒုတ်နဲ့|တုတ်နဲ့)\s?(ခုတ်|ထိုး|ရိုက်)\s?(မယ်|ပစ်မယ်) | pred:threat | 0.9 | threat_violence | severe
re:(ရိုက်နှက်|ရိုက်သတ်|ပါးရိုက်|ခုတ်သတ်)\s?(ပစ်)?\s?(မယ်|ပစ်မယ်) | pred:threat | 0.85 | threat_violence | severe
re:ငတ်(သေ|ပြီးသေ)\s?(အောင်|စေ|ပါစေ|သွား) | pred:violence | 0.9 | violence_group | severe
re:(ရိုက်|သတ်|ခုတ်|ထိုး|ကန်|ပစ်)\s?(လိုက်)?(ပါ|ကြ)\s?[၊,]?\s?(ဘာမှ)?\s?မဖြစ် | pred:violence | 0.85 | violence_group | severe
re:(ရိုက်|သတ်|သေ|ထောင်ချ|ကန်|နှိပ်စက်)\s?ခံ\s?ထိုက် | pred:violence | 0.85 | violence_group | severe
ထိုက်တန်တယ်                | pred:violence | 0.55 | violence_group
re:(ပင်လယ်|မြစ်|ရေ|မီး|ချောက်)\s?ထဲ\s?(ကို)?\s?(ပစ်ချ|ထည့်|ပို့|ချ|တွန်း) | pred:violence | 0.85 | violence_group | severe
re:ကြိုး(ပေး|ဆွဲချ)\s?(သင့်|ရမယ်|ပစ်|လိုက်) | pred:violence | 0.9 | violence_group | severe
re:(သုတ်သင်|ရှင်းလင်း|ဖယ်ရှား|မျိုးဖြုတ်|မျိုးတုံး)\s?(ပစ်)?\s?(သင့်|ရမယ်|ရမှာ|လိုက်|သွားမလဲ|စေ|ပါစေ) | pred:violence | 0.9 | violence_group | severe
re:(အကုန်|အားလုံး)\s?သေ(ပါစေ|သင့်|ကုန်) | pred:violence | 0.9 | violence_group | severe
re:(စခန်း|ထောင်)\s?ထဲ\s?(မှာ)?\s?(ပိတ်|ထည့်|လှောင်)\s?(ထား)?(ပြီး|သင့်|ရမယ်) | pred:violence | 0.75 | violence_group

# ---- harassment at a person: your face is a rotten dog's, I know where you live
re:မျက်နှာ(က|ဟာ)?\s?(ခွေး|ဝက်|မျောက်|နွား)(ပုပ်|မ)?\s?(လို|နဲ့တူ) | harassment | 0.75 | body_shaming |
re:(မင်း|နင်|မင်းတို့|နင်တို့)(ရဲ့|့)?\s?(အိမ်|နေရာ|ရုံး|ကျောင်း)\s?(ဘယ်မှာ)?(လဲ)?\s?(ဆိုတာ)?\s?(ငါ|ငါတို့)?\s?သိ(တယ်|ပြီ|နေတယ်) | harassment | 0.85 | threat_violence | severe

# ---- ctx:counter and allow: no reason to hate, humans like us, interjections, devices
re:မုန်း(စရာ|ဖို့)\s?(အကြောင်း|အကြောင်းပြချက်)?\s?(ဘာမှ|တစ်ခုမှ)?\s?မရှိ | allow
re:(သူတို့|သူတို့လည်း)\s?(ငါတို့|ကျွန်တော်တို့|ကျွန်မတို့|ကိုယ်တို့)\s?လို(ပဲ)?\s?လူ | ctx:counter
re:လို့\s?(ငါ|ကျွန်တော်|ကျွန်မ)?\s?(ဘယ်တော့မှ|တစ်ခါမှ)\s?မ(ခေါ်|ပြော|ထင်|ယူဆ) | ctx:counter
ခွဲခြားဆက်ဆံ               | ctx:counter
အမုန်းစကား                 | ctx:counter
re:^(စောက်ဖုတ်ပဲ|လီးပဲ|ဒုက္ခပဲ|ငါလိုးမ|မအေလိုး|ဘာလီးလဲ)\s?[၊,!] | allow
re:(ငါလိုးမ|မအေလိုး|စောက်ရမ်း)[^။\n]{0,40}(မိုက်လိုက်တာ|မိုက်တယ်|ကောင်းလိုက်တာ|စားကောင်း|ပျော်|လှလိုက်တာ) | allow
re:(ပရင်တာ|ဖုန်း|wi-?fi|app|လက်ပ်တော့|ရေခဲသေတ္တာ|remote|ဂိမ်း|update|အိုး|ကွန်ပျူတာ|စက်|ဆိုင်ကယ်|tv|တီဗွီ)[^။\n]{0,15}စောက်သုံးမကျ | allow

# ---- batch 2: bare group names with "every"/"kind of", insurance agents, disloyal, zoo, rice
re:ရှမ်း\s?(ဆိုတာ|ကိုတော့|ကလေး|တိုင်း|လူမျိုး|အမျိုးသား|အမျိုးသမီး|မျိုး) | grp:protected
re:မိန်းမ\s?(တိုင်း|မျိုး|ဆိုတာ) | grp:protected
အေးဂျင့်                   | grp:other
re:သစ္စာ\s?(မရှိ|ဖောက်) | pred:attribute | 0.85 | negative_attribute_group
re:(တွေ့ရင်|မြင်ရင်|တွေ့တာနဲ့|မြင်တာနဲ့)\s?(ပါးရိုက်|ရိုက်|ထိုး|ခုတ်|သတ်)\s?(ပစ်)?\s?မယ် | harassment | 0.8 | threat_violence | severe
ညီအစ်မတို့                 | ctx:ingroup
ညီအစ်မတွေ                  | ctx:ingroup
တိရစ္ဆာန်ဥယျာဉ်            | allow
ထမင်း                      | allow

# ---- leet spellings of loser (l0ser, l053r)
re:l[o0][s5$][e3]rs?\s?(တွေ|ပဲ|ကောင်|ချည်း) | pred:attribute | 0.8 | negative_attribute_group

# ======================================================================
# Second round: families written from the misses of tests/tuning_suites_b
# ======================================================================

# ---- group words the engine lacks (not protected: harassment only)
ကားဆရာ                     | grp:other
တက္ကစီဆရာ                  | grp:other
ဒရိုင်ဘာ                   | grp:other
ဘောလုံးဒိုင်               | grp:other
ဈေးသည်                     | grp:other

# ---- emotion: "a thorn in the eye", "sickening to look at"
re:မျက်စိ(ထဲ)?\s?(စပါးမွေး|ဆူး|သဲ)\s?(စူး|ဝင်|ထိုး)\s?(နေ)?\s?(သလို|သလိုပဲ|တယ်) | pred:emotion | 0.8 | hate_emotion_group
re:မျက်စိ\s?နောက်\s?(လိုက်တာ|တယ်|စရာ|လွန်း) | pred:emotion | 0.7 | hate_emotion_group
re:(ကြည့်ရတာ|မြင်ရတာ)\s?(အော့|အန်|ပျို့)\s?(ချ|ချင်|အန်ချင်)  | pred:emotion | 0.85 | hate_emotion_group
re:(ထိုင်ရ|နေရ|ကပ်ရ|ထိရ)(ရင်|ရင်တောင်|တာ)\s?(ကြက်သီးထ|အော်ဂလီ|ရွံ) | pred:emotion | 0.8 | hate_emotion_group

# ---- attributes
re:ပျင်း(တယ်|ကြတယ်|လွန်း|တဲ့ကောင်|ကြီး) | pred:attribute | 0.7 | negative_attribute_group
re:ကတိ\s?(မတည်|မရှိ|ဖျက်တတ်) | pred:attribute | 0.75 | negative_attribute_group
re:(ခိုး|လိမ်)(တယ်|ကြတယ်|တတ်တယ်|တတ်ကြ)[၊,]\s?(ခိုး|လိမ်|ပျင်း) | pred:attribute | 0.8 | negative_attribute_group
re:နုံ(တယ်|လွန်း|အ|ချာ|ကြတယ်) | pred:attribute | 0.75 | negative_attribute_group
re:(ကလေး|ခွေး|ကြက်|နွား)(ထက်|လောက်)(တောင်|ပဲ)?\s?(နုံ|တုံး|ညံ့|မသိ) | pred:attribute | 0.8 | negative_attribute_group
re:(သဘာဝ|မွေးရာပါ|ဗီဇ|အရင်း)(အရ|ကိုက)(ကိုက|ကတည်းက)?\s?(ရက်စက်|ဆိုး|လိမ်|ခိုး|ယုတ်မာ|ပျင်း|ညစ်|အကြမ်းဖက်|တုံး) | pred:attribute | 0.85 | negative_attribute_group
re:ရက်စက်(တယ်|ကြတယ်|လွန်း|တဲ့ကောင်) | pred:attribute | 0.75 | negative_attribute_group
re:အောက်တန်း\s?(အကျဆုံး|ကျဆုံး|အကျ|ကျတဲ့) | pred:attribute | 0.85 | negative_attribute_group
re:လူလိမ်(ကောင်|ပဲ|ချည်း|တွေကို|တွေပဲ) | pred:attribute | 0.8 | negative_attribute_group
re:(အကြံအစည်|အကြံ)\s?(ကြီး|ဆိုး)(တဲ့|တယ်) | pred:attribute | 0.7 | negative_attribute_group
re:ဘာ\s?(အသုံး|အကျိုး)\s?(ဝင်|ရှိ)(လို့လဲ|သလဲ|မှာလဲ) | pred:attribute | 0.75 | negative_attribute_group
re:(ကောင်းတာ|ကောင်းကျိုး)\s?(ဘာမှ|တစ်ခုမှ|တစ်ခုခုမှ)\s?(မထွက်|မလာ|မရ|မတွေ့) | pred:attribute | 0.8 | negative_attribute_group
re:(ရိုးသားတဲ့|သစ္စာရှိတဲ့|ယုံရတဲ့|ကောင်းတဲ့)\s?\S{0,32}?\s?(ဆိုတာ)\s?(ကမ္ဘာပေါ်မှာ|လောကမှာ|ဘယ်မှာမှ)?\s?(မရှိ|မတွေ့) | pred:attribute | 0.8 | negative_attribute_group
re:(အခွင့်အရေး|လူ့အခွင့်အရေး|နိုင်ငံသား)\s?(ရ|ခံစား)\s?ထိုက်(တဲ့|သူ)\s?(သူတွေ|လူတွေ)?\s?မဟုတ် | pred:attribute | 0.85 | negative_attribute_group
re:(ယုံကြည်|ယုံ|အားကိုး)\s?(လို့ရ|ရ)(တဲ့)\s?(လူစားမျိုး|လူမျိုး|လူတွေ|သူတွေ)\s?မဟုတ် | pred:attribute | 0.85 | negative_attribute_group
re:(ကလေး|မျောက်|အရူး|လူရူး)(လက်ထဲ|လက်)\s?(ကို)?\s?(ဓား|သေနတ်|မီးခြစ်|ဗုံး)\s?(ပေး|ထည့်|ကိုင်) | pred:attribute | 0.8 | negative_attribute_group
re:(သိပ်|အရမ်း|တော်တော်|တကယ်)\s?(ရိုးသား|ဖြောင့်မတ်|သစ္စာရှိ|ယဉ်ကျေး)(တာ|ကြတာ)?(ပေါ့|ပဲလေ)\s?🙄 | pred:attribute | 0.75 | negative_attribute_group
re:သွေး\s?(မစစ်|နှော|ညစ်)\s?(တော့|သွား|မှာ) | pred:attribute | 0.75 | negative_attribute_group
re:အရူး(တွေချည်း|တွေပဲ|ချည်းပဲ) | pred:attribute | 0.85 | negative_attribute_group

# ---- dehumanise
re:ကင်ဆာ\s?(ဆဲလ်|အနာ|ရောဂါ|ပိုး)\s?(တွေ)?\s?(လို|ပဲ|နဲ့တူ) | pred:dehumanise | 0.85 | dehumanising_group
re:(တွေ|ကောင်တွေ)\s?လီး(ပဲ|တွေ) | pred:dehumanise | 0.75 | dehumanising_group
re:လူ\s?(လို|အဖြစ်)\s?(မမြင်|သဘောမထား|မဆက်ဆံ|မသတ်မှတ်)(ဘူး|ပါဘူး|နဲ့) | pred:dehumanise | 0.85 | dehumanising_group

# ---- exclusion
re:(ရွာ|ရပ်ကွက်|မြို့|နိုင်ငံ|ကျောင်း)(ထဲ|ထဲမှာ|မှာ)?\s?(ပေးမနေ|မနေ)(သင့်|ရ|စေနဲ့|ကြနဲ့) | pred:exclude | 0.8 | exclusion_group
re:သီးသန့်\s?(ခြံစည်းရိုး|ဝင်း|စခန်း|နေရာ|ရပ်ကွက်)(ထဲ)?(မှာ)?\s?(ထား|ပိတ်|လှောင်) | pred:exclude | 0.8 | exclusion_group
re:မရှိတဲ့\s?(ရပ်ကွက်|ရွာ|မြို့|နိုင်ငံ|ကျောင်း|ရုံး|လမ်း)(မှာ)?\s?(နေရတာ)?\s?(ဘယ်လောက်)?\s?(အေးချမ်း|ငြိမ်း|သန့်ရှင်း|ပျော်|လုံခြုံ) | pred:exclude | 0.8 | exclusion_group
re:\s(လက်မခံပါ|လက်ခံမပါ|မငှားပါ|ငှားမည်မဟုတ်|ဝင်ခွင့်မပြုပါ|လက်မခံပါရှင်|လက်မခံပါခင်ဗျ) | pred:exclude | 0.8 | exclusion_group
re:(လက်ထပ်|အိမ်ထောင်ပြု|ယူ)ခွင့်\s?(ပေးမယ့်|ပေးမှာ|မပေး|ပေးရမလား) | pred:exclude | 0.7 | exclusion_group
re:ဧည့်သည်\s?(နေရာ)(မှာ)?(ပဲ|သာ)\s?(နေ|ထား) | pred:exclude | 0.8 | exclusion_group
re:အိမ်ရှင်\s?(လုပ်ဖို့|လုပ်)\s?(မကြိုးစားနဲ့|မလုပ်နဲ့|ချင်နေ) | pred:exclude | 0.8 | exclusion_group
re:မီးဖိုချောင်\s?(ထဲ)?(မှာ)?(ပဲ|သာ)\s?(ထား|နေ)(သင့်|ရ|ကြ) | pred:exclude | 0.8 | exclusion_group
re:ကလေး(တွေ)?(နဲ့)\s?(ဝေးဝေး|ဝေးရာ|အဝေး)(မှာ)?\s?(ထား|နေ|ပို့) | pred:exclude | 0.8 | exclusion_group
re:ဖယ်ထုတ်\s?(ပစ်ရမယ်|ပစ်မယ်|ပစ်လိုက်ပါ|ပစ်လိုက်ကြ|ပစ်ပါ|ပစ်စမ်း|ပစ်[၊။!]|ပစ်$|ရမယ်|သင့်|လိုက်ပါ|လိုက်စမ်း|လိုက်မယ်|ကြ) | pred:exclude | 0.8 | exclusion_group
re:(ရိုက်ထုတ်|မောင်းထုတ်|ကန်ထုတ်|ဆွဲထုတ်)\s?(ရမယ်|ရမှာ|ပစ်ရမယ်|ပစ်မယ်|ပစ်လိုက်ပါ|ပစ်ပါ|လိုက်ပါ|လိုက်စမ်း|လိုက်မယ်|သင့်|ကြ) | pred:exclude | 0.8 | exclusion_group
re:(နေထိုင်|ရှင်သန်|အလုပ်လုပ်|မဲပေး|နေ)ခွင့်\s?(မရှိ|မပေးသင့်|မပေးနဲ့) | pred:exclude | 0.8 | exclusion_group
re:(လက်ခံ|ပညာသင်ပေး|ကူညီ|ကယ်)\s?(ဖို့)?\s?(မထိုက်|မထိုက်တန်|မတန်) | pred:exclude | 0.8 | exclusion_group
re:(ပညာသင်ပေး|ကူညီ|ကျွေးမွေး|ကျွေး)\s?(လည်း)\s?(အလကား|အချည်းနှီး) | pred:exclude | 0.75 | exclusion_group
re:(မနှင်ထုတ်|မမောင်းထုတ်|မဖယ်ရှား|မရှင်းထုတ်)\s?(သေး|ကြသေး)\s?(တာလဲ|ဘူးလား) | pred:exclude | 0.8 | exclusion_group
re:(အတူတူ|အတူ)\s?(တက်|နေ|လုပ်|စား)\s?ခွင့်\s?(ပေးရမှာလဲ|ပေးရမလဲ|မပေးသင့်|ပေးသင့်လား) | pred:exclude | 0.8 | exclusion_group
re:(အလုပ်|အခန်း|အိမ်)\s?(မပေးသင့်|မပေးနဲ့|မခန့်သင့်|မငှားသင့်|မခန့်နဲ့|မငှားနဲ့) | pred:exclude | 0.8 | exclusion_group

# ---- violence and threats
re:(ခြေထောက်|လက်|ခေါင်း|နံရိုး|အရိုး|သွား)\s?(ကို)?\s?(ချိုး|ခွဲ|ဖြတ်)\s?(ပစ်|ပေး|လိုက်)?\s?(မယ်|မှာ) | pred:threat | 0.9 | threat_violence | severe
re:(ရှာပြီး|လိုက်ပြီး|ဖမ်းပြီး|စောင့်ပြီး|ချောင်းပြီး)\s?(သတ်|ခုတ်|ရိုက်|ထိုး|ဆော်)\s?(ပစ်)?\s?(မယ်|မှာ) | pred:threat | 0.9 | threat_violence | severe
re:(အသက်ရှင်လျက်|အသက်ရှင်ရက်|အသက်ရှင်)\s?(ကျန်မှာ|ကျန်ခွင့်)\s?(မဟုတ်|မရှိ) | pred:threat | 0.9 | threat_violence | severe
re:(ဖြိုဖျက်|မီးရှို့|ဖျက်ဆီး)\s?(ပစ်မယ်|လိုက်မယ်|မယ်|ပစ်ရမယ်|ရမယ်) | pred:threat | 0.8 | threat_violence | severe
re:(မနက်ဖြန်|ဒီည|ညနေ|ခဏနေ|နောက်နေ့)\s?(ဖြိုဖျက်|မီးရှို့|ဖျက်ဆီး|ဝင်စီး) | pred:threat | 0.8 | threat_violence | severe
re:(ဆွဲထုတ်|ဆွဲချ)\s?(ပြီး)?\s?(ရိုက်|သတ်|ခုတ်)\s?(မယ်|ပစ်မယ်) | pred:threat | 0.9 | threat_violence | severe
re:(ပျောက်ကွယ်|ပျောက်|သေ|ကုန်)\s?(သွား)?(ရင်|ရင်တော့)\s?(ကောင်းမယ်|ကောင်းမှာ|ပိုကောင်း) | pred:violence | 0.8 | violence_group
re:တစ်ယောက်မှ\s?(မကျန်|အသက်မရှင်)\s?(စေနဲ့|စေရ|အောင်) | pred:violence | 0.85 | violence_group | severe
re:ဆော်\s?(ပစ်|ထည့်)\s?(ချင်|မယ်) | pred:violence | 0.9 | violence_group
re:(စောင့်ပြီး|ချောင်းပြီး|ဖမ်းပြီး|ရှာပြီး)\s?(ရိုက်|သတ်|ခုတ်|ထိုး|ဆော်)\s?(ပစ်)?\s?(မယ်) | harassment | 0.8 | threat_violence | severe

# ---- counter-speech and denials
re:ဆိုတာ\s?(လုံးဝ)?\s?(မမှန်|အမှန်မဟုတ်|လိမ်ညာချက်)(ဘူး|ပါဘူး) | ctx:counter
re:ဆိုတဲ့\s?(စိတ်မျိုး|စိတ်|အတွေး)\s?(ငါ့မှာ|ကျွန်တော့်မှာ|ကျွန်မမှာ)?\s?(တစ်စက်မှ|လုံးဝ|ဘယ်တုန်းကမှ)?\s?မရှိ | ctx:counter
re:လို\s?(ဘယ်တော့မှ|တစ်ခါမှ|လုံးဝ)\s?မ(မြင်|ထင်|သတ်မှတ်|ဆက်ဆံ) | ctx:counter
re:report\s?(လုပ်|တင်)\s?(ပေး)?(ကြ|ပါ) | ctx:counter
re:ပြန်\s?ငြင်း\s?(လိုက်|ခဲ့) | ctx:counter
re:(ကျွန်တော့်|ကျွန်မ|ကျနော့်)ကို\s?[^။၊]{0,40}?(လို့)\s?[^။၊]{0,40}?(အော်|ခေါ်|ဆဲ)(သွား|ခဲ့)?(တယ်) | ctx:counter
re:လို့\s?[^။၊]{0,40}?(ကျွန်တော့်|ကျွန်မ|ကျနော့်|ငါ့)ကို\s?[^။၊]{0,10}?(အော်|ခေါ်|ဆဲ)(သွား|ခဲ့)?(တယ်) | ctx:counter
အမုန်းပို့စ်                | ctx:counter
re:(လို့|ကြောင်း)\s?(သတင်း)\s?(ထွက်|ရ|ရရှိ|ဖော်ပြ|တွေထွက်) | ctx:counter
re:(hr|ရဲ)\s?(ကို)\s?(တိုင်ထား|တိုင်ခဲ့|တိုင်လိုက်) | ctx:counter

# ---- ordinary phrases
re:(printer|laptop|phone|router|wifi|computer|tv|ကား|ပရင်တာ|ပန်ကာ|ရေခဲသေတ္တာ|ထမင်းပေါင်းအိုး|မီးဖို|အဲယားကွန်း|ကီးဘုတ်|mouse|keyboard|ဘက်ထရီ|charger)[^။\n]{0,15}စောက်သုံးမကျ | allow

# ---- more predicates and slurs
re:(ဒီ|အဲ့|အဲဒီ|ဟို)\s?လူလိမ်\s?(တွေ|ကောင်တွေ|အုပ်စု|ကို) | pred:attribute | 0.9 | negative_attribute_group
re:ဦးနှောက်\s?(မရှိ|မပါ|ခြောက်|ပွ)(တဲ့)\s?(ကောင်|ကောင်မ|အကောင်|လူ) | harassment | 0.7 | insult_at_person |
re:(မင်း|နင်|ညည်း)(က|ဟာ)?\s?(တကယ့်|တကယ်|အစစ်|အ)\s?(အရူး|ငတုံး|ငအ|ငပေါ|ငနုံ)(ပဲ|ကြီး|ပါပဲ) | harassment | 0.7 | insult_at_person |
re:အပျက်မ\s?(တွေ|ကြီး|လေး|တစ်ကောင်|တစ်ယောက်|ဆိုင်|ကောင်|များ) | hate | 0.8 | slur_group |
re:အမုန်းစကား\s?(မဟုတ်|မဟုတ်ပါ)\s?(ဘူး|ဘူးနော်|ဘူးဗျ) | allow
re:ရှမ်း\s?(တွေ|များ|ကောင်တွေ) | grp:protected
re:(ငါတို့|ကျွန်တော်တို့|ကျွန်မတို့|ကျနော်တို့)လို\s?(အခြောက်|မိန်းမလျာ|ယောက်ျားလျာ|ဂေး|လက်စ်ဘီယန်)\s?(တွေ|များ)? | allow

# ======================================================================
# Third round: families written from the misses of tests/tuning_suites_c
# ======================================================================
# ---- group words the engine lacks (not protected: harassment only)
စပယ်ယာ                     | grp:other
influencer                 | grp:other
tiktoker*                  | grp:other

# ---- slurs read as people (classifier တစ်ယောက်, ဒီ/အဲ့ဒီ before, a third person near)
re:ခွေးမ(\s|$|[၊။!?,]|ကို|တဲ့|ပဲ|ကြီး) | hate | 0.8 | slur_group | slur
# ဒုက္ခိတ (the older word for disabled people) is still in plain use ("helped a disabled man"): a
# group word, a slur only in its contemptuous forms
ဒုက္ခိတ                    | grp:protected
re:ဒုက္ခိတ\s?(စုတ်|ကြီးတွေ|တွေချည်း) | hate | 0.8 | slur_group | slur
re:ခွေးမ(လေး|ကြီး)?\s?\S{0,12}\s?(ခွေးပေါက်စ|ခွေးကလေး|သားပေါက်|သားမွေး) | allow

# ---- pred:emotion: anger, resentment, blood boiling, cannot bear to look
re:(ကို|အပေါ်)\s?(ငါ|ကျနော်|ကျွန်တော်|ကျမ|ကျွန်မ|ငါတို့)?\s?(အရမ်း|တအား|သေလောက်အောင်)?\s?(ဒေါသထွက်|ဒေါသဖြစ်|ဒေါသပေါက်|နာကျည်း|အငြိုးထား|အာဃာတထား|ငြိုးငြင်) | pred:emotion | 0.8 | hate_emotion_group
re:သွေး\s?(တိုး\s?တက်|ဆူ)\s?(လာ|တယ်|ရ|လွန်း|နေ|သွား) | pred:emotion | 0.8 | hate_emotion_group
re:အ(ရွံ|စက်ဆုပ်|မြင်ကတ်|ကြည့်မရ)\s?(ဆုံး|ရဆုံး) | pred:emotion | 0.9 | hate_emotion_group
re:(ကြည့်|မြင်)\s?လို့\s?(ကို|တောင်)\s?မရ(ဘူး|ပါဘူး|တော့ဘူး) | pred:emotion | 0.75 | hate_emotion_group
re:(ကြည့်|မြင်|ကြား)\s?(ရတာ|လို့)\s?(ကို|တောင်)?\s?မခံနိုင် | pred:emotion | 0.75 | hate_emotion_group
re:(မြင်ရတိုင်း|မြင်တိုင်း|တွေ့တိုင်း|ကြားတိုင်း|တွေ့ရတိုင်း|ကြားရတိုင်း|မြင်ရရင်|တွေ့ရရင်|မြင်တာနဲ့|တွေ့တာနဲ့|ကြားရတာနဲ့|ကြားတာနဲ့)(တင်)?\s?(ငါ|ကျနော်|ကျွန်တော်|ကျမ|ကျွန်မ)?\s?(ရဲ့)?\s?(စိတ်ညစ်|စိတ်ဆိုး|စိတ်တို|စိတ်ကုန်|စိတ်ပျက်|အော့|ပျို့|ကြက်သီး|ရင်ထဲ\s?ဆို့|ဒေါသ|သွေးတိုး|သွေးဆူ|နာကျည်း) | pred:emotion | 0.8 | hate_emotion_group
re:(ရွံ|မုန်း|စက်ဆုပ်)ဖို့\s?(အကြောင်းပြချက်|အကြောင်း)\s?(ဘာ)?(ထပ်)?\s?(လိုသေးလဲ|လိုလဲ|လိုဦးမလဲ|များလှပြီ|အများကြီး|ပြည့်နေ|အပြည့်) | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:attribute: stupid (low intelligence, empty head, straw in the head)
re:ဉာဏ်(ရည်)?\s?(နိမ့်|နည်း|မမီ|ချို့တဲ့|ထိုင်း|တုံး) | pred:attribute | 0.8 | negative_attribute_group
re:iq\s?(နိမ့်|နည်း|မရှိ) | pred:attribute | 0.8 | negative_attribute_group
re:(ဦးနှောက်|ခေါင်း)\s?(ထဲ)?\s?(မှာ)?\s?(ဗလာ|ကောက်ရိုး|နွားချေး|ခွေးချေး|အမှိုက်|ဂွေး)(တွေ)?\s?(ပဲ|သာ|ချည်း|ကောင်|နဲ့|သက်သက်)? | pred:attribute | 0.8 | negative_attribute_group
re:(လူ့)?ဦးနှောက်\s?(ပါ|ရှိ)(တဲ့)?\s?(သူ|လူ|ကောင်|တစ်ယောက်)?\s?(ရှိသေးလို့လား|ရှိလို့လား|ရှိသေးလား|ရှိရဲ့လား|ရှိလား|ရှိမှာလဲ) | pred:attribute | 0.8 | negative_attribute_group
# ---- pred:attribute: lacking conscience, culture, shame (ကင်းမဲ့, "no X at all")
re:(အသိတရား|အသိဉာဏ်|စာရိတ္တ|ကိုယ်ကျင့်တရား|လူ့စိတ်|စာနာစိတ်|အရှက်|ယဉ်ကျေးမှု|သိက္ခာ|ကိုယ်ချင်းစာစိတ်|လူ့ကျင့်ဝတ်|စည်းကမ်း)\s?(ကင်းမဲ့|ခေါင်းပါး|ချို့တဲ့) | pred:attribute | 0.8 | negative_attribute_group
re:(ယဉ်ကျေးမှု|အရှက်|သိက္ခာ|စာရိတ္တ|ကိုယ်ကျင့်တရား|လူ့စိတ်|စည်းကမ်း|အသိတရား|ဦးနှောက်|ကျေးဇူးသိတတ်မှု|သစ္စာ|စာနာစိတ်)\s?(ဆိုတာ|ဆိုတာမျိုး|ဆိုလို့)\s?(လုံးဝ|ဘာမှ|တစ်စက်မှ|နည်းနည်းမှ|တစ်ပြားသားမှ)?\s?မရှိ | pred:attribute | 0.85 | negative_attribute_group
# ---- pred:attribute: innate vice (in the genes, in the blood, from birth)
re:(ဗီဇ|မျိုးရိုးဗီဇ|အရိုး|သွေး)\s?ထဲ\s?(က|မှာ|ကတည်းက)?\s?(ကို|ကိုက)?\s?(ပါလာ|ပါတာ|ပါနေ|ပါပြီးသား|စွဲ|စိမ့်) | pred:attribute | 0.8 | negative_attribute_group
re:(ခိုးဆိုးလုယက်|လုယက်|ဓားပြတိုက်|ခါးပိုက်နှိုက်|လိမ်လည်လှည့်ဖြား)\s?(တာ|တတ်|ကြ|တဲ့|ကောင်) | pred:attribute | 0.8 | negative_attribute_group
# ---- pred:attribute: bottom of society, would sell their own mother
re:(အောက်ဆုံး|အနိမ့်ဆုံး|အညံ့ဆုံး|အယုတ်ဆုံး)\s?(အဆင့်|လူတန်းစား|အလွှာ|အမျိုး|လူ) | pred:attribute | 0.85 | negative_attribute_group
re:(အမေ|မိဘ|အဖေ|မယား|သား|သမီး|တိုင်းပြည်|လူမျိုး|နိုင်ငံ)(ကို)?(တောင်|ပါ)?\s?(ရောင်းစား)\s?(မယ့်|မဲ့|တတ်|ရဲ|မှာ|ပစ်) | pred:attribute | 0.85 | negative_attribute_group
# ---- pred:attribute: "never trustworthy", "no good day with them", unworthy of a role
re:(ယုံ|ယုံကြည်|အားကိုး)\s?(လို့)?\s?ရ(တဲ့|မယ့်)\s?(တစ်နေ့|အချိန်|နေ့|တစ်ယောက်|တစ်ကောင်|ကောင်|လူ)\s?(ဆိုတာ|မှ)?\s?(လုံးဝ|ဘယ်တော့မှ)?\s?(မရှိ|မလာ|မတွေ့) | pred:attribute | 0.85 | negative_attribute_group
re:(နေရာ|ရာထူး|အာဏာ|အခွင့်အရေး|နိုင်ငံသား|လေးစားမှု|တန်းတူ|အလုပ်|မဲ|ခေါင်းဆောင်)\s?(ကို)?\s?\S{0,8}\s?(ယူ|ရ|ကိုင်|လုပ်|ဖြစ်|ပေး|ခံစား)ဖို့\s?(ဘယ်လိုမှ|လုံးဝ|ဘယ်တော့မှ)?\s?မထိုက်(တန်)? | pred:attribute | 0.8 | negative_attribute_group
# ---- pred:attribute: profane worthlessness
re:(စောက်|သောက်)(ရေ|ရည်)\s?မရှိ | pred:attribute | 0.8 | negative_attribute_group
re:(စောက်|သောက်)(ကျိုးနည်း|ပိုး|ပေါ) | pred:attribute | 0.75 | negative_attribute_group
re:(လီး|စောက်|ခွေးချေး|ချေး)\s?(လောက်|စာ|ဖိုး)\s?(မှ|တောင်)\s?(တန်ဖိုးမထား|မတန်|အရေးမစိုက်|ဂရုမစိုက်|မမြင်|တန်ဖိုးမရှိ) | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:dehumanise: spreading like a disease, human or animal
re:(ရောဂါ|ရောဂါပိုး|ကပ်ရောဂါ|ပိုး)\s?(ကူး|ကူးစက်|ပျံ့)\s?(သလို|နေသလို|သလိုပဲ) | pred:dehumanise | 0.85 | dehumanising_group
re:ကူးစက်ရောဂါ\s?(လို|ပဲ|တွေ|နဲ့တူ) | pred:dehumanise | 0.85 | dehumanising_group
re:လူလား\s?(တိရစ္ဆာန်|တိရိစ္ဆာန်|ခွေး|မျောက်|ဝက်|ကြွက်|နွား)လား | pred:dehumanise | 0.95 | dehumanising_group
re:လူ\s?(လို့|လို|အဖြစ်)\s?(ကို|တောင်)?\s?(မသတ်မှတ်|မမြင်|မယူဆ|သဘောမထား|မဆက်ဆံ)(ဘူး|ပါဘူး|နိုင်) | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: go back, throw them out, never as a neighbour
re:(အကုန်|အားလုံး|အကုန်လုံး)\s?(ပြန်သွားကြ|ပြန်ကြ|ပြန်သွား|ထွက်သွား|ထွက်ကြ|ထွက်သွားကြ)(စမ်း|တော့|ပါ)?\s?($|[၊။!?,]) | pred:exclude | 0.8 | exclusion_group
re:(ပြန်သွားကြ|ပြန်ကြ)(စမ်း|ပါ|တော့)?\s?($|[၊။!]) | pred:exclude | 0.75 | exclusion_group
re:(ထုတ်ပစ်|ဖယ်ပစ်)\s?(ရမယ်|ရမှာ|မယ်|သင့်|လိုက်ပါ|လိုက်စမ်း|လိုက်ကြ) | pred:exclude | 0.8 | exclusion_group
re:(အိမ်နီးချင်း|သူငယ်ချင်း|လုပ်ဖော်ကိုင်ဖက်|ချွေးမ|သမက်|ယောက္ခမ|မိတ်ဆွေ|အဖော်|ဆရာ|ခေါင်းဆောင်)\s?(အဖြစ်)\s?(ဘယ်တော့မှ|လုံးဝ|ဘယ်လိုမှ)?\s?(လက်မခံ|မလိုချင်|မယူ|မပေါင်း|မထား) | pred:exclude | 0.85 | exclusion_group

# ---- pred:violence / pred:threat
re:သေ(ကြ|ကုန်|သွား)(ပါ)?စေ | pred:violence | 0.9 | violence_group | severe
re:(ဘာလို့|ဘာဖြစ်လို့)\s?(မသေ|မသေကြ|မပျောက်ကြ)\s?(သေး)(တာလဲ|ဘူးလဲ|လဲ) | pred:violence | 0.85 | violence_group | severe
re:(ပင်လယ်|မြစ်|ရေ|ချောက်|တွင်း|ကျင်း)\s?ထဲ\s?(ကို)?\s?(ဆွဲနှစ်|နှစ်|လွှတ်ပစ်|ပစ်ထည့်|ပစ်ချ|တွန်းချ|မြှုပ်)\s?(ပစ်|လိုက်|ပစ်လိုက်)?\s?(မယ်|ရမယ်|သင့်|ရမှာ|လိုက်) | pred:violence | 0.9 | violence_group | severe
re:(လှေ|သင်္ဘော)\s?(ပေါ်)?\s?(တင်|ထည့်)\s?(ပြီး|ပြီးတော့)\s?(ပင်လယ်|မြစ်|ရေ)\s?(ထဲ|ပြင်)?\s?(ကို)?\s?(လွှတ်|မျှော|ပစ်ချ|တွန်းချ) | pred:violence | 0.85 | violence_group | severe
re:(အရှင်|အသက်ရှင်လျက်|အသက်ရှင်ရက်)\s?(မပြန်ရ|ပြန်ရမှာမဟုတ်|ပြန်မသွားရ|မပြန်စေရ|မထွက်ရ)  | pred:threat | 0.9 | threat_violence | severe
re:(ခြေထောက်|လက်|ခေါင်း|နံရိုး|အရိုး|ခါး)\s?(ကို)?\s?(ရိုက်)?(ချိုး|ခွဲ|ဖြတ်)\s?(ပေးလိုက်|ပစ်လိုက်|ပေး|ပစ်)\s?(မယ်|မှာ) | pred:threat | 0.9 | threat_violence | severe
re:(တစ်ယောက်ချင်း|တစ်ကောင်ချင်း|မှတ်လောက်အောင်|နာနာ|ချောင်းပြီး|ဖမ်းပြီး|မှတ်မှတ်ရရ|ဆွဲထုတ်ပြီး)\s?(တစ်ယောက်ချင်း)?\s?သင်ခန်းစာ\s?(ပေး|ပြ)\s?(ပေး)?(မယ်|လိုက်မယ်|ရမယ်|ရမှာ) | pred:threat | 0.85 | threat_violence | severe
re:သွေး(နဲ့|တွေနဲ့)\s?.{0,15}(ဆေးကြော|ဆေး|ဖြန်း|ရေချိုး|ဆိုး)\s?(ပြ|ပစ်|ပေး)?(မယ်|ရမယ်) | pred:threat | 0.9 | threat_violence | severe
re:သွေး\s?(ချောင်းစီး|မြစ်စီး)\s?(စေ|အောင်|မယ်) | pred:threat | 0.9 | threat_violence | severe
re:(ရှင်းလင်းရေး|သုတ်သင်ရေး|နယ်မြေရှင်းလင်းရေး|ဖယ်ရှားရေး)\s?စစ်ဆင်ရေး | pred:violence | 0.85 | violence_group | severe
re:နေရာ\s?(က|ဟာ)?\s?(သင်္ချိုင်း|မြေကြီးအောက်|ငရဲ|ထောင်|ကျင်း)\s?(ထဲ)?\s?(ပဲ|သာ) | pred:violence | 0.85 | violence_group | severe
re:(သင်္ချိုင်း|ငရဲ)\s?(ကို)?\s?(ပို့ပစ်|ပို့ပေးလိုက်|ရောက်အောင်|ရောက်စေ|ပို့လိုက်)\s?(မယ်|ရမယ်|သင့်|ပို့မယ်|လုပ်မယ်)? | pred:violence | 0.85 | violence_group | severe
re:သေ(တိုင်း|လေ)\s?(ကမ္ဘာ|လောက|တိုင်းပြည်|နိုင်ငံ)?\s?(ကြီး)?\s?(ပို)?\s?(ကောင်း|သာယာ|ငြိမ်း)(လာ|လေ) | pred:violence | 0.85 | violence_group | severe

# ---- harassment at a person: nobody would cry, I know your address, hounding
re:သေ(သွား)?ရင်\s?(ဘယ်သူမှ|ဘယ်သူကမှ)\s?(ငို|ဝမ်းနည်း|သတိရ|ဂရုစိုက်|နှမြော) | harassment | 0.8 | threat_violence | needs=target
re:(အိမ်လိပ်စာ|လိပ်စာ|နေတဲ့နေရာ|နေတဲ့အိမ်)\s?(ကို)?\s?(ငါ|ငါတို့|ကျနော်|ကျနော်တို့)\s?သိ(တယ်|ပြီ|နေတယ်) | harassment | 0.7 | threat_violence | severe needs=target
re:(တင်|ပြော|ရေး|လာ)တိုင်း\s?(ငါ|ငါတို့)\s?(လာ|လိုက်)\s?(ဆဲ|ရှုပ်|နှောင့်ယှက်|ဖျက်|ကလိ) | harassment | 0.8 | threat_violence | needs=target
re:(ထွက်သွား|ထွက်ပြေး|ပိတ်သွား|ဖျက်သွား|ထွက်)\s?(တဲ့|သည့်)\s?(အထိ|အချိန်ထိ) | harassment | 0.75 | threat_violence | needs=target
re:ဦးနှောက်\s?(မရှိ|မပါ|ခြောက်|ပွ|ဗလာ)(တဲ့)\s?(နွား|ခွေး|ဝက်|မျောက်|ကျွဲ|ကြွက်) | harassment | 0.75 | insult_at_person |

# ---- counter-speech and denials
re:(တယ်လို့|မယ်လို့|သင့်လို့|ပဲလို့|တာလို့|တယ်\sလို့|မယ်\sလို့)\s?(ငါ|ကျနော်|ကျွန်တော်|ကျမ|ကျွန်မ|ကျုပ်)?\s?(လုံးဝ|ဘယ်တော့မှ|ဘယ်လိုမှ|တစ်ခါမှ)?\s?(မထင်|မယူဆ|မယုံ|မပြော|မခေါ်|မမြင်)(ဘူး|ပါဘူး) | ctx:counter
re:လို့\s?(ကျနော်|ကျုပ်|ကျမ|ငါတို့|ကျနော်တို့)\s?(ဘယ်တော့မှ|တစ်ခါမှ|လုံးဝ)\s?မ(ခေါ်|ပြော|ထင်|ယူဆ) | ctx:counter
re:ဆိုတာ\s?(ဘယ်လိုမှ|လုံးဝ|တကယ်|ဘယ်တုန်းကမှ)\s?(မမှန်|အမှန်မဟုတ်|မဟုတ်မမှန်) | ctx:counter
re:ဆိုတဲ့\s?(comment|post|ပို့စ်|စာ|စကား|စာသား|မှတ်ချက်)(တွေ|မျိုး)? | ctx:counter
re:လှုံ့ဆော်\s?(တာ|နေ|မှု|ချက်) | ctx:counter
re:(အမြင်|အတွေး|စိတ်ဓာတ်|အယူအဆ|ပြောဆိုမှု|စကား)(မျိုး)?(ကို)?\s?(ငါ|ကျနော်|ကျွန်တော်|ကျမ|ကျွန်မ|ငါတို့|ကျနော်တို့)?\s?(လက်မခံ|ဆန့်ကျင်|ရှုတ်ချ|ကန့်ကွက်) | ctx:counter

# ---- allow: swearing at a thing or an event, camp greetings
re:^(ငါလိုးမသား|ငါလိုးမ|မအေလိုး|လီးပဲ|စောက်ဖုတ်ပဲ|ဘာလီးလဲ)\s?(ဒီ|မနေ့ညက|မနေ့က|ဒီနေ့)?\s?(ဂိမ်း|ဘောလုံးပွဲ|ပွဲ|သီချင်း|ကော်ဖီ|project|စာမေးပွဲ|ဇာတ်လမ်း|k-drama|drama|ရုပ်ရှင်|မိုး|traffic|ကားကြပ်|အလုပ်|assignment|homework|အင်တာနက်|မီးပျက်) | allow
re:ဟဲ့\s?[^\s၊]{0,16}\s?(အခြောက်မ|မိန်းမလျာ|ယောက်ျားလျာ)(လေး)?[၊,!] | allow

# ---- slur in a person slot, empty heads, curses, wiping out
# အရူး alone is mostly a plain insult ("X are all idiots"): a slur for the mentally ill only in a
# noun slot with a person classifier ("an idiot sat beside me", "a new crazy one")
re:အရူး\s?(တစ်ယောက်|တစ်ကောင်|အသစ်) | hate | 0.75 | slur_group |
re:အရူး\s?(တစ်ယောက်|တစ်ကောင်)\s?(လို|လိုပဲ|လိုမျိုး|ဖြစ်|လုပ်|လောက်) | allow
re:အသစ်\s?တစ်(ယောက်|ကောင်) | ctx:people_after
re:ဦးနှောက်\s?ဗလာ\s?(ကောင်|လူ|တွေ|ပဲ|ချည်း)? | pred:attribute | 0.9 | negative_attribute_group
re:ငရဲ\s?(ကျ|ရောက်)\s?(ကြ)?(ပါစေ|စေ) | pred:violence | 0.85 | violence_group
re:(ပြောင်|ပြောင်သလင်းခါ|တစ်ယောက်မကျန်|တစ်ကောင်မကျန်|အမြစ်ပြတ်)\s?(သွား)?(အောင်)?\s?(ရှင်းပစ်|ချေမှုန်း|သုတ်သင်|ခုတ်ပစ်|သတ်ပစ်|ထုတ်ပစ်) | pred:violence | 1.0 | violence_group | severe

# ---- implicit derogation frames that recur (keep children away, lock the safe, takeover,
# ---- boycott, backhanded praise, "peaceful without them", guests only, refusing their service)
re:(နား|အနား|ဆီ|ဘေး)\s?(ကို|မှာ)?\s?(သမီး|သား|ကလေး|သားသမီး|မိန်းကလေး|ကလေးငယ်)(တွေ)?\s?(ကို)?\s?(တစ်ယောက်တည်း|တစ်ယောက်ထဲ)?\s?(မလွှတ်|မပို့|မထား|မသွားခိုင်း|မကပ်ခိုင်း)(ပါနဲ့|နဲ့|ကြနဲ့|သင့်|ရ) | pred:exclude | 0.8 | exclusion_group
re:(မီးခံသေတ္တာ|ငွေသေတ္တာ|ဗီရို|ငွေအိတ်|ပိုက်ဆံအိတ်|ရွှေ|အံဆွဲ)(တွေ)?\s?(သော့)?\s?(ကို)?\s?(သေချာ|ကောင်းကောင်း|တင်းတင်း|နှစ်ထပ်)?\s?(သော့ခတ်|ခတ်|ဖွက်)\s?ထား\s?(ဦး|နော်|ကြ|ပါ|လိုက်) | pred:attribute | 0.8 | negative_attribute_group
re:(ဒီမြေ|ဒီနိုင်ငံ|တိုင်းပြည်|ကိုယ့်မြေ|ငါတို့မြေ|မြေ|နိုင်ငံ)\s?(က|ဟာ)?\s?(သူတို့|ဒီကောင်တွေ|အဲ့ကောင်တွေ)\s?(ပိုင်|လက်ထဲ|အပိုင်)\s?(ဖြစ်|ရောက်|ကျ)\s?(သွား|လာ)?(မှာ|မယ်|လိမ့်မယ်) | pred:attribute | 0.8 | negative_attribute_group
re:လူနည်းစု\s?(ဖြစ်သွား|ဖြစ်လာ|ဖြစ်ကုန်|ဖြစ်)\s?(မယ်|မှာ|လိမ့်မယ်|တော့မယ်) | pred:attribute | 0.8 | negative_attribute_group
re:ဆိုင်\s?(က|မှာ|ကနေ|တွေမှာ|တွေက)?\s?(ဘာမှ|ဘာတစ်ခုမှ|လုံးဝ)?\s?(မဝယ်|အဝယ်မလုပ်|မစား|မသုံး)\s?(ကြနဲ့|နဲ့|ပါနဲ့|ရ) | pred:exclude | 0.8 | exclusion_group
re:ကိုယ့်\s?(လူမျိုး|ဘာသာ|အမျိုး)\s?\S{0,15}\s?ဆိုင်\s?(မှာ|က)?\s?(ပဲ|သာ)\s?(ဝယ်|သုံး|စား) | pred:exclude | 0.75 | exclusion_group
re:(ဖြစ်ပေမယ့်|ဖြစ်ပေမဲ့|ဖြစ်ရက်နဲ့|ဖြစ်သော်လည်း|ဆိုပေမယ့်|ဆိုပေမဲ့)\s?[^။\n]{0,30}(သန့်ရှင်း|သန့်သန့်|ရိုးသား|ယဉ်ကျေး|ဉာဏ်ကောင်း|စိတ်ထားကောင်း|လိမ္မာ|ယုံရ) | pred:attribute | 0.75 | negative_attribute_group
re:(ရှိတဲ့နေရာ|ရှိတဲ့ဆီ|နေတဲ့နေရာ|ရှိရင်)\s?(မှာ)?\s?(ဖိနပ်|ဆိုင်ကယ်|စက်ဘီး|ဖုန်း|ပိုက်ဆံအိတ်|ပစ္စည်း|အိတ်|ကား)\s?\S{0,12}\s?(ထားခဲ့|ထား)\s?(လို့)?\s?(မရ|မဖြစ်) | pred:attribute | 0.8 | negative_attribute_group
re:(တစ်ယောက်မှ|တစ်ကောင်မှ|လုံးဝ)\s?မရှိ\s?(လို့|တော့|တဲ့အတွက်|တာကြောင့်)\s?(ငြိမ်းချမ်း|အေးချမ်း|သန့်ရှင်း|လုံခြုံ|ပျော်|သာယာ) | pred:exclude | 0.8 | exclusion_group
re:(ဒီနိုင်ငံ|ဒီမြေ|ဒီမြို့|ဒီရွာ|ဒီမှာ)\s?(မှာ|ပေါ်မှာ)?\s?ဧည့်သည်(တွေ|များ)?\s?(ပဲ|သာ|ပါ|သက်သက်) | pred:exclude | 0.8 | exclusion_group
re:အိမ်ရှင်\s?(ပြောတာ|စကား)\s?(ကို)?\s?\S{0,12}\s?(နားထောင်|နာခံ)\s?(ရ|ရမယ်|သင့်) | pred:exclude | 0.75 | exclusion_group
re:(ဖြစ်နေရင်|ဖြစ်ရင်|ဆိုရင်)\s?[^။\n]{0,25}(ဆေးရုံ|ဆရာဝန်|ဆိုင်|ကျောင်း|ဘဏ်|ကား|တက္ကစီ)\s?(ပြောင်း|ပြန်ထွက်|ဆင်း)\s?(လိုက်)?(မယ်|မှာ) | pred:exclude | 0.75 | exclusion_group
# ---- being near them is a curse
re:(နား|ဘေး|အနား|အိမ်နီး)\s?(မှာ)?\s?(ရှိရတာ|နေရတာ|ရှိနေတာ)\s?(ကျိန်စာ|ငရဲ|ကံဆိုး|ကံမကောင်း|ဒုက္ခ|အိပ်မက်ဆိုး) | pred:emotion | 0.8 | hate_emotion_group
re:ကျိန်စာ\s?(သင့်|မိ)\s?(သလို|နေသလို|တာ) | pred:emotion | 0.75 | hate_emotion_group
# a warning to parents ("parents, beware") is advice, not counter-speech
re:(မိဘ|မိဘတွေ|မိဘများ|အမေတွေ|အမေများ|မိဘပြည်သူ)\s?(တို့)?\s?(သတိထားကြပါ|သတိထားကြ|သတိထားပါ) | allow

# ---- any woman, fellow members, breeding stereotype, more of the families above
# "every woman you see", "any woman"
re:မိန်းမ\s?(တွေ့သမျှ|မြင်သမျှ|ဟူသမျှ|မှန်သမျှ|ဆိုရင်) | grp:protected
# "fellow X love each other": the writer's own community (reclaimed use)
re:ချင်း\s?(ချစ်ကြ|ယူကြ|တွဲကြ|လက်ထပ်ကြ|ပေါင်းကြ|ကူညီကြ|စုစုစည်းစည်း) | ctx:ingroup
# breeding and replacement stereotype ("count how many children each of them has")
re:ကလေး\s?(ဘယ်နှစ်ယောက်စီ|တပုံကြီး|တစ်ပုံကြီး|တစ်အုံကြီး|ဆယ်ယောက်စီ|တစ်ဒါဇင်)\s?မွေး\s?(လဲ|ကြ|တတ်|နေကြ) | pred:attribute | 0.7 | negative_attribute_group
re:(ကြွက်|ယုန်|ပိုးမွှား|ယင်ကောင်)\s?(တွေ)?\s?(လို)\s?(ပွား|မွေး|များ) | pred:dehumanise | 0.85 | dehumanising_group
# more of the same families
မြင်ပြင်းကတ်                | pred:emotion | 0.85 | hate_emotion_group
re:(ပျောက်|ကွယ်|ပြုတ်|မျိုးတုံး|မျိုးပြုတ်)\s?(ကုန်|သွား)?\s?(ကြ)?\s?ပါစေ | pred:violence | 0.8 | violence_group
re:(လာခဲ့တဲ့|လာတဲ့|မွေးတဲ့)\s?(နေရာ|နိုင်ငံ|ရွာ|တိုင်းပြည်)\s?(ကို)?\s?ပြန်(သွား|ကြ|ပို့) | pred:exclude | 0.8 | exclusion_group
re:ဆိုတာ\s?(လုံးဝ|တကယ်)?\s?(မှားယွင်း|မှား|ကောလာဟလ|အတင်း)(တယ်|ပါတယ်|နေ|ပဲ) | ctx:counter
# violence or discrimination done TO a group is a report of abuse, not abuse
re:(အပေါ်|အပေါ်မှာ)\s?(ကျူးလွန်တဲ့|ကျူးလွန်ခဲ့တဲ့)?\s?(ရက်စက်မှု|အကြမ်းဖက်မှု|နှိပ်စက်မှု|ခွဲခြားဆက်ဆံမှု|အနိုင်ကျင့်မှု|သတ်ဖြတ်မှု|ဖိနှိပ်မှု|မတရားမှု) | ctx:counter
# "calling them X is wrong / shameful"
re:(လို့|လို)\s?(ခေါ်|ပြော|သတ်မှတ်|ဆက်ဆံ|ထင်|ရေး)\s?(တာ|ခြင်း|နေတာ)\s?(ဟာ|က)?\s?(လုံးဝ)?\s?(မှား|မသင့်|မတရား|ရှက်စရာ|ရှက်ဖို့ကောင်း|လက်မခံနိုင်) | ctx:counter
# "hatred against X is growing / spreading" reports hate
re:အမုန်း(တွေ|တရား|စိတ်|စကား)?(တွေ)?\s?(များလာ|တိုးလာ|ပြန့်|ပျံ့|ဖြန့်|မြင့်တက်) | ctx:counter

# ======================================================================
# Fourth round: families written from the misses of tests/tuning_suites_d
# ======================================================================
# term | category | weight | key | flags

# ---- pred:threat: paying a visit, "there will be nothing left when we come back"
re:(ရွာ|အိမ်|မြို့|ရပ်ကွက်|ဆိုင်|ဗလီ|ဘုရားကျောင်း)\s?(တွေ)?\s?(ရှိ|ကျန်|ရပ်တည်)\s?တော့\s?(မှာ|မည်)\s?မဟုတ်(ဘူး|တော့ဘူး)? | pred:threat | 0.85 | threat_violence | severe
re:(ရွာ|အိမ်|မြို့|ရပ်ကွက်|ဆိုင်)\s?(တွေ)?\s?(ကို|ဆီ)\s?(သွားလည်|လာလည်|အလည်လာ|အလည်သွား|ဧည့်သည်လာ)\s?(မယ်|ကြမယ်|ပေးမယ်)\s?(😈|🔪|🔥|💣|🪓|🔫|💀) | pred:threat | 0.85 | threat_violence | severe
# ---- pred:threat: teaching a lesson, one by one, house by house
re:(ရှာပြီး|လိုက်ရှာပြီး|ဖမ်းပြီး|ခေါ်ပြီး|ဆွဲခေါ်ပြီး|စောင့်ပြီး|တွေ့တိုင်း|တွေ့တဲ့နေရာမှာ)\s?သင်ခန်းစာ\s?(ပေး|ပြ) | pred:threat | 0.85 | threat_violence | severe
re:သင်ခန်းစာ\s?(ပေး|ပြ)\s?(ပေး|လိုက်)?\s?(မယ်|ကြမယ်|ရမယ်|ကြရမယ်)\s?[၊,။!]?\s?(စောင့်ကြည့်|စောင့်နေ|မှတ်ထား|သတိထား) | pred:threat | 0.85 | threat_violence | severe
re:(တစ်အိမ်ချင်း|တစ်ရွာချင်း|တစ်ယောက်ချင်း|အိမ်တိုင်း|တစ်အိမ်ဝင်တစ်အိမ်ထွက်|အိမ်စဉ်)\s?(လိုက်)?\s?(ဖြို|ဖျက်|ရှာ|မီးရှို့|မီးတင်|ဆွဲထုတ်|ဝင်စီး|ရှင်း|ထု)\s?(ပစ်|ချ|ကြ|လိုက်)?\s?(မယ်|ရမယ်|ကြမယ်) | pred:threat | 0.9 | threat_violence | severe
re:ဖြို\s?(ပစ်|ချ|ဖျက်ပစ်|လိုက်)\s?(မယ်|ရမယ်|ကြမယ်|သင့်|ကြရမယ်) | pred:threat | 0.85 | threat_violence | severe
# ---- pred:threat: calls to gather with weapons
re:(တုတ်|ဒုတ်|ဓား|ဓားရှည်|သေနတ်|လက်နက်|ဓာတ်ဆီ|ဆီပုံး|မီးစာ|ခဲ|အုတ်ခဲ|သံချောင်း)\s?(တွေ)?\s?(ယူခဲ့|ယူလာ|ဆောင်ခဲ့|ဆောင်လာ|ကိုင်လာ|ကိုင်ခဲ့|အသင့်ပြင်|အဆင်သင့်ပြင်|ယူသွား) | pred:threat | 0.85 | threat_violence | severe
re:(တွေကို|ကို)\s?(အကုန်|အားလုံး|တစ်ယောက်မကျန်|တစ်ကောင်မကျန်)?\s?ရှင်း\s?(ကြ|ပစ်|ပစ်ကြ|လိုက်)?\s?(မယ်|ရမယ်|ကြမယ်|ကြရမယ်|ရမှာ) | pred:violence | 0.8 | violence_group | severe
re:(ကိုယ့်လက်နဲ့ကိုယ်|ကိုယ့်လက်နဲ့|ကိုယ်တိုင်|လက်ရဲဇက်ရဲ)\s?(ရှင်း|သတ်|ရိုက်|ဖယ်ရှား|အဆုံးသတ်|သုတ်သင်|ခုတ်|ထု)\s?(ကြ|ပစ်|ပစ်ကြ)?\s?(ရမယ်|မယ်|သင့်|ကြမယ်) | pred:violence | 0.85 | violence_group | severe
# ---- pred:threat: beat, corpses, graves dug
re:(ထု|ဆော်|နှက်|ဖွ)\s?(ပစ်|ကြ|လိုက်|ပစ်ကြ)?\s?(မယ်|ကြမယ်|ရမယ်) | pred:threat | 0.75 | threat_violence | severe
re:အလောင်း\s?(တွေ|ကောင်)?\s?(ပဲ|သာ)?\s?(ပြန်ပို့|ပို့|ပြန်ရ|ပြန်သွား|ကျန်|ပြန်ထုတ်|သယ်)\s?(ပေး)?\s?(မယ်|မှာ|လိမ့်မယ်|ရမယ်|ကြမယ်) | pred:threat | 0.9 | threat_violence | severe
re:(တွင်း|ကျင်း|မြေကျင်း|သင်္ချိုင်း|ဂူ)\s?(တွေ)?\s?(တူး|ပြင်|တူးပေး)\s?(ထား|ပေး)\s?(ပြီးပြီ|ပြီ|တယ်|မယ်|လိုက်) | pred:threat | 0.85 | threat_violence | severe
re:မြေမြှုပ်\s?(ဖို့|ပစ်|ပေး)\s?(တွင်း|ကျင်း|မယ်|ရမယ်|လိုက်မယ်) | pred:threat | 0.85 | threat_violence | severe
# ---- pred:threat: "if I had a gun", line up and shoot, a knock at night
re:(သေနတ်|ဓား|ဗုံး|လက်နက်|အာဏာ|ကျည်ဆံ)\s?(သာ|သာလျှင်|တစ်လက်|တစ်ချောင်း)?\s?(ရှိ|ကိုင်ထား|ရ|ကိုင်ရ)\s?(ရင်|မယ်ဆိုရင်|လိုက်ရင်|ခဲ့ရင်) | pred:threat | 0.8 | threat_violence | severe
re:တန်းစီ\s?(ပြီး|ခိုင်းပြီး|ထားပြီး|ပြီးတော့)\s?(ပစ်|သတ်|ခုတ်|ရိုက်|ခေါင်းဖြတ်) | pred:threat | 0.9 | threat_violence | severe
re:(တံခါးခေါက်|တံခါးခေါက်သံ|တံခါးဖွင့်သံ|ခြေသံ)\s?(ကို)?\s?(ကြားရင်|ကြားလိုက်ရင်|ကြားတာနဲ့|ကြားတဲ့အခါ)\s?[^။\n]{0,20}(ငါတို့|ငါ|ကျုပ်တို့) | pred:threat | 0.85 | threat_violence | severe
# ---- pred:violence: gallows, death sentence, bonfire, right to beat, razed, no bones left, coffin
re:(ကြိုးစင်|သေဒဏ်|ကျည်ဆံ|သေနတ်ပြောင်း|ကြိုးကွင်း)\s?(ပဲ|ပေါ်|တင်|သာ|ထိုက်|ပို့|ပေး) | pred:violence | 0.85 | violence_group | severe
re:ခံထိုက်\s?(တာ|တာက|တဲ့အရာ|တာဟာ)\s?(ကြိုးစင်|သေဒဏ်|ကျည်ဆံ|သေခြင်း|ရိုက်|သေနတ်|ဓား|မီး|ငရဲ) | pred:violence | 0.9 | violence_group | severe
re:(မီးပုံ|မီးဖို|မီးကျင်း|မီးတောက်|ရေနစ်|ရေပူအိုး|ဆီပူအိုး)\s?(ထဲ)?\s?(ကို)?\s?(ပစ်ထည့်|ထည့်|ပစ်ချ|တွန်းချ|ပို့|မောင်းသွင်း) | pred:violence | 0.9 | violence_group | severe
re:(ပစ်ထည့်|သတ်|ရိုက်|မီးရှို့|ခုတ်|ပစ်သတ်|ဖြို|ရှင်း)\S{0,4}\s?(တာ|ရင်)\s?(တရား|မှန်|ကောင်း|တရားမျှတ)(ပါတယ်|တယ်|ပါ) | pred:violence | 0.85 | violence_group | severe
re:(ရိုက်|သတ်|ပစ်သတ်|ခုတ်|ထိုး|ကန်|ပစ်|မီးရှို့|ရိုက်နှက်)\s?(ပစ်)?\s?ခွင့်\s?(ရှိသင့်|ပေးသင့်|ရှိရမယ်|ပေးရမယ်|ရှိတယ်|ပေးထား) | pred:violence | 0.85 | violence_group | severe
re:မြေ(ပြင်|ကြီး)\s?(နဲ့)?\s?ညီ\s?(သွား)?\s?(အောင်|စေ) | pred:violence | 0.85 | violence_group | severe
re:(အရိုး|အလောင်း|အရိုးအသား|ပြာ|အမွေး)\s?(တောင်|တစ်စ|တစ်ချောင်း|တစ်ပွင့်)?\s?(မှ|တောင်)?\s?မကျန်\s?(စေနဲ့|စေရ|အောင်|ရဘူး|စေ) | pred:violence | 0.9 | violence_group | severe
re:(သေတ္တာ|ခေါင်းတလား|အိတ်|ဂုန်နီအိတ်|ပလတ်စတစ်အိတ်)\s?(ထဲ)\s?(ကို)?\s?(ထည့်|ထုပ်|ပိတ်)\s?(ပြီး|ပြီးတော့)\s?(ပြန်ပို့|ပို့|ပစ်|မြှုပ်|မျှော) | pred:violence | 0.85 | violence_group | severe

# ---- negated worths: "nothing at all", "not a drop" before the negated verb
re:(ဘာ)?(တစ်ခု|တစ်စက်|နည်းနည်း|တစ်ပြား|တစ်စုံတစ်ရာ)(လေး)?(မှ|တောင်)\s?မ(ရှိ|ပါ|တွေ့) | ctx:negation
re:(လေးစားစရာ|ချစ်စရာ|ကောင်းတာ|အားကျစရာ|ဂုဏ်ယူစရာ|တန်ဖိုးထားစရာ|အသုံးဝင်တာ|ယုံကြည်စရာ|ချီးကျူးစရာ|အတုယူစရာ)\s?(ဘာ)?(တစ်ခု|တစ်စက်|နည်းနည်း|ဘာ)?(လေး)?မှ\s?မ(ရှိ|ပါ|တွေ့) | pred:attribute | 0.8 | negative_attribute_group
re:(ယဉ်ကျေးမှု|အရှက်|သိက္ခာ|စာရိတ္တ|ကိုယ်ကျင့်တရား|လူ့စိတ်|စည်းကမ်း|အသိတရား|ဦးနှောက်|ကျေးဇူးသိတတ်မှု|သစ္စာ|စာနာစိတ်|ရိုးသားမှု|ဉာဏ်|အသိဉာဏ်)\s?(ဆိုတာ|ဆိုတာမျိုး|ဆိုတဲ့အရာ)?\s?(လုံးဝ|ဘာမှ|တစ်စက်မှ|နည်းနည်းမှ|တစ်ပြားသားမှ|တစ်စက်လေးမှ)\s?မ(ပါ|တွေ့|ရှိ) | pred:attribute | 0.85 | negative_attribute_group
# worths: deserving to live here, using one's brain
နေထိုက်                      | pred:worth | 0.8
နေထိုင်ထိုက်                 | pred:worth | 0.8
ရှိထိုက်                     | pred:worth | 0.8
ဦးနှောက်သုံးတတ်              | pred:worth | 0.75
ဦးနှောက်ရှိ                  | pred:worth | 0.75
တွေးတတ်                      | pred:worth | 0.7
စဉ်းစားတတ်                   | pred:worth | 0.7
ဆင်ခြင်တတ်                   | pred:worth | 0.7
# not seen / counted as humans, brothers, citizens
re:(လူသား|လူစစ်စစ်|ညီအစ်ကို|ညီအစ်မ|မောင်နှမ|နိုင်ငံသား|မိတ်ဆွေ|အိမ်နီးချင်း|တိုင်းရင်းသား|လူမျိုးတူ|ပြည်သူ|သွေးသားရင်း)\s?(ချင်း)?\s?(လို့|လို|အဖြစ်)\s?(ကို|တောင်)?\s?(ဘယ်တော့မှ|လုံးဝ|ဘယ်လိုမှ|တစ်ခါမှ)?\s?မ(မြင်|သတ်မှတ်|ယူဆ|ဆက်ဆံ|လက်ခံ)(ဘူး|ပါဘူး|နိုင်|နဲ့|ရ) | pred:attribute | 0.85 | negative_attribute_group
re:(လူသား|လူ|လူစစ်စစ်|ညီအစ်ကို|ညီအစ်မ|နိုင်ငံသား|မိတ်ဆွေ|အိမ်နီးချင်း|တိုင်းရင်းသား)\s?(ချင်း)?\s?(လို့|အဖြစ်)\s?(သတ်မှတ်|မြင်|ယူဆ|လက်ခံ|ဆက်ဆံ)\s?(လို့|ဖို့)\s?(ဘယ်လိုမှ|လုံးဝ)?\s?(မရ|မဖြစ်နိုင်|မသင့်) | pred:attribute | 0.85 | negative_attribute_group
re:(လက်ခံ|ပေါင်းသင်း|အတူနေ|ယုံကြည်|ဆက်ဆံ)\s?ဖို့\s?(ဆိုတာ)?\s?(ဘယ်လိုမှ|လုံးဝ|ဘယ်တော့မှ)\s?(မဖြစ်နိုင်|မရ|မသင့်) | pred:exclude | 0.8 | exclusion_group
# worthless: not worth a penny
re:(တစ်ပြား|ငါးပြား|တစ်ပဲ|တစ်ကျပ်|တစ်ပြားသား|ပိုက်ဆံတစ်ပြား|ဆယ်ပြား|အကြွေစေ့)(စာ|ဖိုး)?\s?(မှ|တောင်)\s?(မတန်|တန်ဖိုးမရှိ|မထိုက်) | pred:attribute | 0.8 | negative_attribute_group

# ---- opinions: should not be kept here, biggest problem, peace only after removal, toxic
re:(ဒီနိုင်ငံ|ဒီမြို့|ဒီရွာ|ဒီရပ်ကွက်|ဒီမြေ|ဒီမှာ|တိုင်းပြည်|ဒီကမ္ဘာ)\s?(မှာ|ထဲမှာ|ပေါ်မှာ|ထဲ|ပေါ်)?\s?(မထားသင့်|မထားနဲ့|ပေးမထားနဲ့|ပေးမနေနဲ့|မထားရ|ထားလို့မရ|ထားစရာမလို|ဆက်မထားသင့်|မနေစေနဲ့|မနေစေရ) | pred:exclude | 0.85 | exclusion_group
re:(တိုင်းပြည်|နိုင်ငံ|မြို့|လူ့အဖွဲ့အစည်း|ကမ္ဘာ|ရပ်ကွက်|လူမျိုး|ဘာသာ)(ရဲ့|၏)?\s?(အကြီးမားဆုံး|အဆိုးဆုံး|အဓိက|ကြီးမားတဲ့|နံပါတ်တစ်)\s?(ပြဿနာ|ဘေးအန္တရာယ်|ခြိမ်းခြောက်မှု|အန္တရာယ်|ရန်သူ|ကပ်ဘေး) | pred:attribute | 0.85 | negative_attribute_group
re:(ရှင်းထုတ်|မောင်းထုတ်|နှင်ထုတ်|ဖယ်ရှား|ရှင်း|သုတ်သင်|ထုတ်ပစ်|ဖယ်ထုတ်)\s?(ပစ်|လိုက်)?\s?(နိုင်)?မှ\s?[^။\n]{0,20}(ငြိမ်းချမ်း|အေးချမ်း|တိုးတက်|သာယာ|ကောင်း|လုံခြုံ|သန့်ရှင်း) | pred:exclude | 0.85 | exclusion_group
re:ရှင်းထုတ်\s?(ပစ်|ရမယ်|သင့်|လိုက်) | pred:exclude | 0.85 | exclusion_group
အဆိပ်အတောက်                  | pred:dehumanise | 0.8 | dehumanising_group
re:အဆိပ်\s?(တွေ|ပဲ|လိုပဲ|ချည်းပဲ|ပါပဲ|ကောင်)($|[၊။!?\s]) | pred:dehumanise | 0.75 | dehumanising_group

# ---- questions: what's in their heads, lie whenever they open their mouths, why not yet burned
re:(ခေါင်း|ဦးနှောက်)\s?ထဲ\s?(မှာ)?\s?(ဘာ|ဘာတွေ)\s?(ရှိ|ပါ|ထည့်ထား)(လဲ|သလဲ|တာလဲ) | pred:attribute | 0.7 | negative_attribute_group
re:(ချေး|နွားချေး|ခွေးချေး|ကောက်ရိုး|ရွှံ့|အမှိုက်|ဂွေး|လီး)(တွေ)?\s?(ပဲ)?လား | pred:attribute | 0.7 | negative_attribute_group
re:(ပါးစပ်ဖွင့်|ပါးစပ်ဟ|စကားပြော|ပါးစပ်လှုပ်)\s?(တိုင်း|လိုက်တိုင်း|တာနဲ့)\s?(လိမ်|ညာ|ကြွား|ဆဲ|အမှိုက်|ချေး|အပုပ်|မုသား) | pred:attribute | 0.85 | negative_attribute_group
re:မ(လိမ်|ခိုး|ညာ|ဆဲ|ညစ်)(ရင်)\s?(သေ|ရူး|နေမကောင်း)\s?(မှာ|သွားမှာ)?(လား) | pred:attribute | 0.8 | negative_attribute_group
re:(မီးရှို့|သတ်|ရိုက်|ခုတ်|ပစ်သတ်|ကြိုးဆွဲ|ကြိုးပေး|ထောင်ချ|ဖြို|ဖမ်း)\s?(မ)?(ပစ်|လိုက်)?\s?(ကြ)?\s?သေး\s?(တာလဲ|ဘူးလဲ|ဘူးလား|တာလား|လဲ) | pred:violence | 0.85 | violence_group | severe
re:မ(မောင်းထုတ်|နှင်ထုတ်|ဖယ်ရှား|ရှင်းထုတ်|ပြန်ပို့)\s?(ပစ်|လိုက်)?\s?(ကြ)?\s?သေး\s?(တာလဲ|ဘူးလဲ|ဘူးလား|တာလား|လဲ) | pred:exclude | 0.85 | exclusion_group
re:(ဖို့|ရန်)\s?(ပဲ|သာ)?\s?(မွေးလာ|မွေးဖွားလာ|ရောက်လာ|ဝင်လာ)\s?(ကြ)?\s?(တာ)\s?မဟုတ်(ဘူး|ပါဘူး|ဘူးလား|ဘူးလေ)လား | pred:attribute | 0.8 | negative_attribute_group
re:မရှိ(တဲ့|သော)\s?(ရပ်ကွက်|ရွာ|မြို့|နိုင်ငံ|ကျောင်း|ရုံး|လမ်း|ကမ္ဘာ|နေရာ)\s?(မှာ)?\s?(နေရ|နေရတာ|နေရရင်|နေ)?\s?(ဘယ်လောက်|သိပ်)?\s?(ကောင်း|ငြိမ်း|အေးချမ်း|သာယာ|ပျော်|လုံခြုံ)(မလဲ|မှာလဲ|လိုက်မလဲ|လိုက်တာ|မယ်) | pred:exclude | 0.85 | exclusion_group

# ---- second-sentence references and clauses: shoot them, lock them all up, disease follows them
re:(သေနတ်|ဓား|တုတ်|ဒုတ်|ဗုံး|ဓာတ်ဆီ|မီး)\s?(နဲ့|ဖြင့်)\s?(ပစ်|ခုတ်|ထိုး|ရိုက်|ဖောက်|ရှို့|လောင်း)\s?(ပစ်|လိုက်)?\s?(ရင်|ရင်တော့)\s?(ကောင်းမယ်|ကောင်းမှာ|ပိုကောင်း|သိပ်ကောင်း|ကျေနပ်) | pred:violence | 0.9 | violence_group | severe
re:(သတ်|ပစ်သတ်|ခုတ်|ရိုက်သတ်|မီးရှို့|ကြိုးဆွဲ|ဗုံးကြဲ|ဖြို)\s?(ပစ်|လိုက်)?\s?(ရင်|ရင်တော့)\s?(ကောင်းမယ်|ကောင်းမှာ|ပိုကောင်း|သိပ်ကောင်း|ကျေနပ်) | pred:violence | 0.9 | violence_group | severe
re:(အကုန်|အားလုံး|အကုန်လုံး|တစ်ယောက်မကျန်|တစ်ကောင်မကျန်)\s?(ဖမ်းချုပ်|ဖမ်းဆီး|ထောင်ချ|ချုပ်နှောင်|အကျဉ်းချ|ပိတ်လှောင်|လှောင်ပိတ်)\s?(ထား)?\s?(လိုက်|ပစ်|ရမယ်|သင့်|ကြ|မယ်)($|[၊။!\s]|တော့|စမ်း|ပါ) | pred:exclude | 0.85 | exclusion_group
re:ထောင်\s?(ထဲ|ထဲကို)\s?(အကုန်|အားလုံး|တစ်ယောက်မကျန်)?\s?(ထည့်|ပို့|ချ|ပစ်ထည့်|ဆွဲထည့်)\s?(ပစ်|လိုက်)?\s?(မယ်|ရမယ်|ကြမယ်|ထားမယ်) | pred:exclude | 0.85 | exclusion_group
re:(ရောက်တဲ့နေရာ|ရောက်လေရာ|သွားလေရာ|ရှိတဲ့နေရာ|နေတဲ့နေရာ|ရောက်တဲ့ဆီ)(တိုင်း)?\s?(မှာ)?\s?(ရောဂါ|ကူးစက်ရောဂါ|ပိုး|ဒုက္ခ|ပြဿနာ|အမှိုက်|ညစ်ပတ်|နံ|ရာဇဝတ်မှု|ခိုးမှု)\s?(ကူး|ပျံ့|ဖြစ်|ပါ|များ|လာ|ပေါ်) | pred:dehumanise | 0.85 | dehumanising_group
re:(ကျွေးမွေး|ကျွေး|ထိန်းသိမ်း|စောင့်ရှောက်|ကူညီ|ထောက်ပံ့)\s?(ထား)?\s?(စရာ|ဖို့)\s?(မလို|မထိုက်|မတန်)(တဲ့|ဘူး) | pred:attribute | 0.8 | negative_attribute_group
re:(တဲ့|သော)\s?အကောင်(တွေ|များ)(ပဲ|ပါ)?($|[။၊!?]) | pred:dehumanise | 0.8 | dehumanising_group
re:(လူ့အဖွဲ့အစည်း|တိုင်းပြည်|နိုင်ငံ|လူမျိုး|လူ့ဘောင်|ရပ်ကွက်|မြို့|ကမ္ဘာ)\s?(ထဲက|ထဲမှာရှိတဲ့|ပေါ်က|ထဲမှာ)\s?(ကင်ဆာ|အနာ|အမှိုက်|ကပ်ပါး|ရောဂါ|ဆူးငြောင့်|အဆိပ်|ပိုးမွှား|အညစ်အကြေး|ကပ်ရောဂါ) | pred:dehumanise | 0.85 | dehumanising_group
re:ကင်ဆာ\s?(ပဲ|တွေပဲ|တွေ|ပါပဲ)($|[။၊!?]) | pred:dehumanise | 0.8 | dehumanising_group

# ---- attributes: lying is their hobby, liars, dumb
re:(လိမ်|ညာ|ခိုး|ဆဲ|ရန်ဖြစ်|အနိုင်ကျင့်|လှည့်စား|ကောက်ကျစ်|ညစ်|မုဒိမ်း|သောက်စား|ပျင်း)\S{0,8}\s?(ဝါသနာပါ|ဝါသနာ|ဓမ္မတာ|နေ့စဉ်အလုပ်|အသက်မွေးဝမ်းကျောင်း|ပင်ကိုယ်)\s?(ပါ|ဖြစ်|ပဲ|တွေ|လုပ်|ပဲ|ကြ)? | pred:attribute | 0.85 | negative_attribute_group
re:လိမ်ညာ\s?(သမား|တတ်|ကောင်|တဲ့) | pred:attribute | 0.8 | negative_attribute_group
re:တုံးအ($|\s|[၊။!?]|တာ|ရ|လိုက်|တဲ့|တွေ|ကြ|နေ|ပဲ) | pred:attribute | 0.85 | negative_attribute_group
re:(အခွင့်အရေး|ရပိုင်ခွင့်|လူ့အခွင့်အရေး|အသံ|အမြင်|ထင်မြင်ချက်|ဘဝ|အသက်|ခံစားချက်)\s?(ဆိုတာ|ဆိုတဲ့ဟာ|တွေ|က)?\s?(လီး|စောက်|ချေး|ခွေးချေး|နွားချေး)\s?(ပဲ|ပါပဲ|လောက်|လိုပဲ|မှ|တောင်)($|[၊။!?\s]) | pred:attribute | 0.8 | negative_attribute_group
# ---- exclusion: don't put me in one group with them
re:နဲ့\s?(ငါ့ကို|ငါ့|ကျွန်တော့်ကို|ကျွန်မကို|ငါတို့ကို|ကိုယ့်ကို|ကျနော့်ကို)?\s?(တစ်ဖွဲ့တည်း|တစ်တန်းတည်း|တစ်ခန်းတည်း|တစ်အုပ်စုတည်း|တစ်ဝိုင်းတည်း|တစ်ခုံတည်း|တစ်အိမ်တည်း|အတူတူ)\s?(မထားနဲ့|မထားပါနဲ့|မထည့်နဲ့|မထိုင်ခိုင်းနဲ့|မနေချင်|မထိုင်ချင်|မလုပ်ချင်|မထားချင်) | pred:exclude | 0.8 | exclusion_group

# ---- group words the engine lacks (not protected: harassment only)
ယူကျုဘာ                      | grp:other
ယူကျုဘ်ဘာ                    | grp:other
youtuber*                    | grp:other
ဗလော့ဂါ                      | grp:other
# ---- slurs read as people: intruders; the one at that seat, the one in this video
ခိုးဝင်                      | hate | 0.8 | slur_group | slur
re:ခိုးဝင်\s?(ခံရ|ခဲ့|ပြီး|မှု|ရန်|ဖို့|လာ|တယ်|သွား|နေ|လို့|တာ) | allow
ဂေါ်လီ                       | hate | 0.75 | slur_group | slur
re:(ခုံ|ဘေးအိမ်|ဘေးခန်း|ရုံး|ရထား|ဘတ်စ်ကား|အတန်း|ခန်း)\s?က | ctx:people
re:(video|ဗီဒီယို|ဓာတ်ပုံ|ပုံ|ဇာတ်ကား|post|ပို့စ်|tiktok|live|ရုပ်ရှင်|သတင်း)\s?ထဲ\s?က | ctx:people

# ---- harassment at one person: spreading photos, disgusted by your face, breaking legs, you'll see
re:(ဓာတ်ပုံ|ပုံ|ဗီဒီယို|video|chat|screenshot|ss|လိပ်စာ|ဖုန်းနံပါတ်|လျှို့ဝှက်ချက်|ပုံတွေ|အတွင်းရေး)(တွေ)?\s?(ကို)?\s?(ငါ|ငါတို့)?\s?(ဖြန့်|တင်|ထုတ်ပြ|ရှယ်|share|ပေါက်ကြား|ထုတ်ဖော်)\s?(ပစ်|လိုက်|ပေး)?\s?(မယ်|လိုက်မယ်) | harassment | 0.8 | blackmail | needs=target
re:(မင်း|နင်|ညည်း|ခင်ဗျား)\s?(ရဲ့)?\s?(ရုပ်|မျက်နှာ|ပုံ|မျက်နှာပေါက်)\s?(ကို)?\s?(ကြည့်|မြင်)\s?(ပြီး|ရတာ|ရင်|တာနဲ့|လိုက်ရတာ)\s?(အန်ချင်|အော့အန်ချင်|ပျို့|ရွံ|အော့|စိတ်ကုန်|မုန်း) | harassment | 0.75 | body_shaming
re:(စောင့်နေမယ်|စောင့်မယ်|ချောင်းနေမယ်|လာခဲ့မယ်)\s?[၊,]?\s?[^။\n]{0,20}(ချိုး|ခွဲ|ရိုက်|ထိုး|ခုတ်|သတ်|ဆော်)\s?(ပေး|ပစ်|လိုက်)?\s?(မယ်|လိုက်မယ်) | harassment | 0.85 | threat_violence | severe
re:(ခြေထောက်|လက်|ခေါင်း|နံရိုး|အရိုး|သွား|မျက်နှာ|နှာခေါင်း)\s?(ကို)?\s?(ချိုး|ခွဲ|ဖြတ်|ကြေ)\s?(ပေး|ပစ်|လိုက်)\s?(မယ်|လိုက်မယ်) | harassment | 0.8 | threat_violence | severe
re:ဘာ\s?(ဖြစ်|ဖြစ်သွား)\s?(မလဲ|မယ်ဆိုတာ)\s?(သိရ|မြင်ရ|ကြည့်ရ|စောင့်ကြည့်)\s?(မယ်|လိမ့်မယ်|စေမယ်) | harassment | 0.8 | threat_violence | severe
re:ဆိုတဲ့\s?(ဟာ|အကောင်|ကောင်|ကောင်မ|ငနဲ|ကောင်စုတ်|ဟာကြီး)(က|ဟာ) | ctx:you
re:ဆိုတဲ့\s?(ဟာ|အကောင်|ကောင်|ကောင်မ|ငနဲ|ကောင်စုတ်|ဟာကြီး)(က|ဟာ) | ctx:target
re:လို\s?(ငပေါ|ငတုံး|ငအ|အရူး|လူလိမ်|သူခိုး|အမှိုက်|လူယုတ်မာ|ကောင်စုတ်|ငနုံ|ငမိုက်သား|လူညံ့|အသုံးမကျ)\s?(မျိုး|ကောင်|တစ်ယောက်|တစ်ကောင်)\s?[^။\n]{0,20}(မတွေ့ဖူး|မမြင်ဖူး|မရှိဘူး|ရှားတယ်|တစ်ယောက်ပဲ) | harassment | 0.75 | insult_at_person

# ---- counter-speech: calling them X is unacceptable, reports about, I argue back, you cannot say
re:(လို့|လို)\s?(ခေါ်|ပြော|သတ်မှတ်|ဆက်ဆံ|ရေး|စွပ်စွဲ)\s?(တာ|ခြင်း|နေတာ)\s?(ဟာ|က)?\s?(ဘယ်လိုမှ|လုံးဝ|တကယ်|အရမ်း|ဘယ်လောက်)?\s?(မှား|မသင့်|မတရား|ရှက်စရာ|ရှက်ဖို့ကောင်း|လက်မခံနိုင်|မဖြစ်သင့်|ရက်စက်) | ctx:counter
re:အကြောင်း\s?(report|သတင်း|စာတမ်း|အစီရင်ခံစာ|ဆောင်းပါး|ဗီဒီယို|မှတ်တမ်း|documentary)\s?(တစ်ခု|တစ်စောင်|တစ်ပုဒ်|တစ်ပုဒ်)?\s?(ထွက်|ဖတ်|ရေး|တင်|ကြည့်) | ctx:counter
re:(ခေါ်|ပြော|ဆို|ရေး)\s?(တိုင်း|တဲ့အခါ|တာကို|လိုက်တိုင်း)\s?(ငါ|ကျွန်တော်|ကျနော်|ကျွန်မ|ကျမ)?\s?(ငြင်း|ပြန်ပြော|ကန့်ကွက်|ဆန့်ကျင်|တား|ပြင်ပေး|ပြန်ရှင်းပြ) | ctx:counter
re:(လို့|ဆိုပြီး)\s?(ပြော|ခေါ်|စွပ်စွဲ|ဆို)\s?(လို့)\s?(ဘယ်လိုမှ|လုံးဝ)?\s?(မရ|မဖြစ်)(ဘူး|ပါဘူး) | ctx:counter
re:(တယ်လို့|မယ်လို့|သင့်လို့|ပဲလို့|တာလို့|တွေလို့)\s?(ငါ|ကျနော်|ကျွန်တော်|ကျမ|ကျွန်မ|ကျုပ်)?\s?(ဘယ်တုန်းကမှ|တစ်ခါမှ|ဘယ်တော့မှ|လုံးဝ)\s?မ(တွေး|ထင်|ယုံ|ပြော|ရေး|ဆို|ယူဆ|ခံယူ)\s?(ဖူး)?(ဘူး|ပါဘူး) | ctx:counter
re:(ငါတို့|ကျွန်တော်တို့|ကျွန်မတို့|ကိုယ်တို့|ကျနော်တို့|ကျုပ်တို့)\s?လို(ပဲ)?\s?(လူ|လူသား)(တွေ)?\s?(ပါ|ပဲ|ပါပဲ|ဖြစ်) | ctx:counter

# ---- allow: swearing as an exclamation at the weather, a goal, a deadline
re:^(ဟ|ဟာ|အား|အို|ဟယ်|အမလေး)?\s?(ခွေးမသား|ဖာသည်မသား|ငါလိုးမသား|ငါလိုးမ|မအေလိုး|စောက်ဖုတ်ပဲ|လီးပဲ)\s?[၊,!]?\s?(ပူ|အေး|မိုး|ဗိုက်ဆာ|ငိုက်|ပင်ပန်း|မိုက်|ကောင်း|လှ|ပျော်|ကံကောင်း|ရယ်ရ|စားကောင်း|ကြာ)\S{0,10}(လိုက်တာ|တယ်|လှချည်လား|လှချေလား) | allow
re:^(ဟ|ဟာ|အား|အို|ဟယ်|အမလေး)?\s?(ခွေးမသား|ဖာသည်မသား|ငါလိုးမသား|ငါလိုးမ|မအေလိုး)\s?[၊,!]?\s?ဒီ\s?(ဂိုး|ပွဲ|သီချင်း|ကား|ဂိမ်း|ဇာတ်ကား|ရုပ်ရှင်|ဟင်း|ပီဇာ|ကော်ဖီ|ရာသီဥတု|အပူ|မိုး)\s?(က|ဟာ) | allow
re:^(ဟ|ဟာ|အား|အို|ဟယ်|အမလေး)\s?(စောက်ဖုတ်ပဲ|လီးပဲ|ဒုက္ခပဲ|ငါလိုးမ|မအေလိုး|ဘာလီးလဲ)\s?[၊,!] | allow

# ---- implicit derogation frames that recur
# "X need not apply" (job and rental ads)
re:(လျှောက်|လျှောက်ထား|ဝင်ရောက်|လာရောက်|လာရောက်လျှောက်ထား|ဆက်သွယ်)\s?(ရန်|ဖို့|ခွင့်)\s?(မလိုပါ|မလို|မရှိပါ|မပြုပါ|မလိုဘူး) | pred:exclude | 0.8 | exclusion_group
# lock the motorbike twice when they move in
re:(ဆိုင်ကယ်|စက်ဘီး|ကား|တံခါး|အိမ်|ခြံ|ဂိတ်|ပြတင်းပေါက်|ဗီရို|မီးခံသေတ္တာ)(တွေ)?\s?(ကို)?\s?(သော့)?\s?(နှစ်ထပ်|သုံးထပ်|နှစ်လုံး|သေချာ|ကောင်းကောင်း|တင်းတင်း)\s?(သော့)?\s?(ခတ်|ပိတ်|ချိတ်) | pred:attribute | 0.75 | negative_attribute_group
# the crimes are their handiwork, police will be busy now they came
re:(ခိုးမှု|ရာဇဝတ်မှု|မုဒိမ်းမှု|လူသတ်မှု|မူးယစ်|လုယက်မှု|ဓားပြမှု|အမှု|မီးလောင်မှု)[^။\n]{0,40}လက်ချက် | pred:attribute | 0.8 | negative_attribute_group
re:(ရဲစခန်း|ရဲတွေ|ထောင်|တရားရုံး|ရာဇဝတ်ဌာန)\s?(လည်း|ကတော့|တွေ)?\s?(အလုပ်များ|အလုပ်ရှုပ်|ပြည့်|ကျပ်)\s?(တော့မှာ|လာမှာ|တော့မယ်|လာပြီ|တော့မှာပေါ့) | pred:attribute | 0.8 | negative_attribute_group
# the smell doesn't go away after they pass
re:အနံ့\s?(က|တွေ|ဆိုး)?\s?[^။\n]{0,20}(မပျောက်|မစင်|ကျန်နေ|စွဲနေ|မပြယ်|မထွက်) | pred:attribute | 0.8 | negative_attribute_group
# changing school / hospital / seat when one of them comes near
re:(ဝင်လာ|ပြောင်းလာ|ရောက်လာ|ကပ်|ကပ်ရ|ထိုင်|နေ)\s?(ရင်|တာနဲ့|ရတယ်ဆိုလို့|တယ်ဆိုလို့|လို့)\s?[^။\n]{0,30}(ကျောင်း|ရပ်ကွက်|အိမ်|ဆေးရုံ|ရုံး|အလုပ်|ခုံ|ကုတင်|အခန်း|ဆိုင်)\s?(ပြောင်း|ရွှေ့) | pred:exclude | 0.8 | exclusion_group
re:(ဘာ|ဘယ်လို)\s?ရောဂါ(တွေ)?\s?(ပါလာ|ကူး|ပါ|ရှိ|ယူလာ)\s?(မလဲ|မှာလဲ|နေလဲ|သလဲ) | pred:attribute | 0.75 | negative_attribute_group
# whose town will it be in twenty years, ten children a house
re:(ဒီမြို့|ဒီနိုင်ငံ|ဒီတိုင်းပြည်|ဒီရွာ|ဒီမြေ|တိုင်းပြည်|နိုင်ငံ)\s?(က)?\s?ဘယ်သူ့\s?(မြို့|နိုင်ငံ|တိုင်းပြည်|ရွာ|မြေ)\s?(ဖြစ်|ဖြစ်သွား)\s?(မလဲ|မှာလဲ) | pred:attribute | 0.8 | negative_attribute_group
re:(တစ်အိမ်|တစ်မိသားစု|တစ်ယောက်)\s?(ကို|မှာ|စီ)?\s?ကလေး\s?(ဆယ်|ရှစ်|ကိုး|ဆယ့်|တစ်ဒါဇင်|တစ်ပုံ|အယောက်\s?၁၀)\S{0,6} | pred:attribute | 0.75 | negative_attribute_group
# must draw pictures to explain, never understand
re:ပုံ\s?ဆွဲ\s?(ပြီး|ပြ)\s?(ရှင်းပြ|ပြ|သင်)\s?(ရ|ပေးရ) | pred:attribute | 0.8 | negative_attribute_group
re:(ရှင်းပြလည်း|စာနဲ့ပေးရင်|ဘယ်လောက်ပြောပြော|ဘယ်လောက်ရှင်းပြပြ|ဘယ်နှခါပြောပြော)\s?နားမလည်\s?(ဘူး|ကြဘူး|တတ်|နိုင်) | pred:attribute | 0.8 | negative_attribute_group
# work is what other people do
re:အလုပ်\s?(ဆိုတာ|ဆိုတဲ့အရာ|ဆိုတာကို)\s?(တခြားသူ|သူများ|သူတစ်ပါး|အခြားသူ|ကျန်တဲ့သူ)(တွေ)?\s?(ပဲ)?\s?(လုပ်|လုပ်ရ|လုပ်ပေး) | pred:attribute | 0.8 | negative_attribute_group
# which side would they take; never put them in the army
re:(ဘယ်ဘက်|ဘယ်သူ့ဘက်)\s?(လှည့်|ပါ|ရပ်|ကူ|ယိမ်း)\s?(မလဲ|မှာလဲ|သွားမလဲ) | pred:attribute | 0.8 | negative_attribute_group
re:(စစ်တပ်|ရဲတပ်ဖွဲ့|အစိုးရ|ရာထူး|ဌာန|လွှတ်တော်)\s?(ထဲ)?\s?(ကို)?\s?(ဘယ်တော့မှ|လုံးဝ)?\s?(မထည့်|မခန့်|မလက်ခံ|မယူ|မသွင်း)\s?(ရ|နဲ့|သင့်) | pred:exclude | 0.8 | exclusion_group
# marry anyone but one of them; the lineage will be ruined
re:နဲ့\s?(ပဲ|တော့|သာ)\s?မ(ယူ|ပေါင်း|လက်ထပ်|တွဲ|ပတ်သက်)\s?(နဲ့|ပါနဲ့|ရ) | pred:exclude | 0.8 | exclusion_group
re:(မျိုးရိုး|သွေး|အမျိုး|ဆွေမျိုး|မိသားစုဂုဏ်)\s?(ကို)?\s?(ပျက်|ညစ်|ပေ|ရော|ကြေ)\s?(မယ်|သွားမယ်|လိမ့်မယ်|တော့မယ်|မှာ) | pred:attribute | 0.8 | negative_attribute_group
re:(ဖြတ်သွား|ရောက်သွား|ထိုင်သွား|ဝင်သွား|သုံးသွား)\s?(ပြီးရင်|ပြီးတိုင်း|ပြီးတာနဲ့|ရင်)\s?[^။\n]{0,30}(အနံ့|နံစော်|နံဟောင်) | pred:attribute | 0.8 | negative_attribute_group
re:(ကိုတော့|တွေကို|ကို)\s?(မငှားပါ|လက်မခံပါ|မရောင်းပါ|မခန့်ပါ|မငှားဘူး|မရောင်းဘူး) | pred:exclude | 0.8 | exclusion_group

# ---- more threat families: won't see the morning, days are numbered, watch your back, next time
re:(မနက်ဖြန်|နောက်နေ့|မနက်ခင်း|နေထွက်တာ|နေ့သစ်|နောက်နှစ်)\s?(ကို)?\s?(မမြင်ရ|မြင်ရမှာမဟုတ်|မမြင်ရတော့|မတွေ့ရ|မရောက်ရ|မမီ)(တော့)?(ဘူး)? | pred:threat | 0.85 | threat_violence | severe
re:(မနက်ဖြန်|နောက်နေ့|မနက်ခင်း|နေထွက်တာ|နေ့သစ်)\s?(ကို)?\s?(မမြင်ရ|မြင်ရမှာမဟုတ်|မမြင်ရတော့|မတွေ့ရ)(တော့)?(ဘူး)? | harassment | 0.8 | threat_violence | severe needs=target
re:(ရက်|နေ့|အချိန်)(တွေ)?\s?(ကို)?\s?(ရေတွက်|စာရင်းရေ)\s?(ထား|နေ|ပေတော့|ထားလိုက်) | pred:threat | 0.8 | threat_violence | severe
re:(ရက်|နေ့|အချိန်)(တွေ)?\s?(ကို)?\s?(ရေတွက်|စာရင်းရေ)\s?(ထား|နေ|ပေတော့|ထားလိုက်) | harassment | 0.75 | threat_violence | needs=target
re:နောက်ကျော\s?(ကို)?\s?(သတိထား|ဂရုစိုက်|ကြည့်ထား|စောင့်ကြည့်)\s?(နေ|ပေတော့|ကြ|ကြပေတော့|ထား)? | pred:threat | 0.75 | threat_violence | severe
re:နောက်ကျော\s?(ကို)?\s?(သတိထား|ဂရုစိုက်|ကြည့်ထား|စောင့်ကြည့်)\s?(နေ|ပေတော့|ကြ|ကြပေတော့|ထား)? | harassment | 0.7 | threat_violence | needs=target
re:(ထပ်|နောက်တစ်ခါ|နောက်တစ်ခေါက်)\s?(လာ|တွေ့|မြင်|ဝင်လာ|ပေါ်လာ)\s?(ရင်|လို့ကတော့|ရင်တော့)\s?[^။\n]{0,30}(သတ်|ခုတ်|ရိုက်|ပစ်သတ်|မီးရှို့|ချိုး|အရှင်မထား|သေပြီ|မချန်) | pred:threat | 0.85 | threat_violence | severe
re:(အိမ်|ရွာ|ဆိုင်|ဗလီ|ဘုရားကျောင်း|ရပ်ကွက်|စခန်း)(တွေ)?\s?(ကို|တွေကို)?\s?(မီးတင်|မီးထိုး|မီးလောင်အောင်လုပ်)\s?(ပစ်|လိုက်)?\s?(မယ်|ရမယ်|ကြမယ်|သင့်) | pred:threat | 0.85 | threat_violence | severe
re:(အက်ဆစ်|ဓာတ်ဆီ|ရေနွေး|ဆီပူ)\s?(နဲ့)?\s?(ပက်|လောင်း|ပက်ပစ်|လောင်းပစ်)\s?(ပစ်|လိုက်)?\s?(မယ်|ရမယ်|ကြမယ်|သင့်) | pred:threat | 0.9 | threat_violence | severe
re:(ကျည်ဆံ|ကျည်)\s?(တစ်တောင့်|တစ်ချက်|တစ်လုံး)\s?(စီ|ပဲ|တည်း)\s?(ပေး|ကျွေး|လက်ဆောင်|ထည့်|သင့်|ထိုက်) | pred:violence | 0.9 | violence_group | severe
re:(လာခဲ့|လာ|ရောက်လာ)\s?(မယ်|ကြမယ်)\s?[၊,]?\s?(စောင့်နေ|စောင့်ကြည့်|အသင့်ပြင်ထား|သတိထား)(ကြ|လိုက်)?\s?(😈|🔪|🔥|💀|🔫|🪓) | pred:threat | 0.8 | threat_violence | severe

# ==== fifth round: families from the misses of tests/tuning_suites_e
# ---- group words the engine lacks
အသွင်ပြောင်းသူ               | grp:protected
အသွင်ပြောင်းလိင်             | grp:protected
လိင်ပြောင်းသူ                | grp:protected
ဂိမ်းမာ                      | grp:other
gamer*                       | grp:other
re:(ဘောလုံး|အသင်း|\S{2,12})\s?(ဖန်|fan)(တွေ|များ|ကလပ်) | grp:other

# ---- slurs read as people: "wretched X-s", X as subject of a speech verb, X "among us"
စုတ်တွေ                      | ctx:people_after
စုတ်များ                     | ctx:people_after
ကပြောတော့                    | ctx:people_after
ကပြောတာ                      | ctx:people_after
ကပြောရင်                     | ctx:people_after
ကဆိုတော့                     | ctx:people_after
ကရေးတာ                       | ctx:people_after
ပါနေလို့                     | ctx:people_after
ပါနေရင်                      | ctx:people_after
ပါလာရင်                      | ctx:people_after
ပါလာလို့                     | ctx:people_after
ပါဝင်နေလို့                   | ctx:people_after
re:ဒုက္ခိတ\s?(တစ်ကောင်|ကောင်တွေ|ကောင်များ) | hate | 0.8 | slur_group | slur
# a day in the life of one (self-made vlogs and diaries): the writer's own community
re:တစ်ယောက်ရဲ့\s?(တစ်နေ့တာ|နေ့စဉ်ဘဝ|daily life|vlog|diary|ဒိုင်ယာရီ) | ctx:ingroup

# ---- pronouns that point back: "this kind", "such people", "that breed"
re:(ဒီ|အဲ့|အဲဒီ|ဟို|ထို)(လို)?\s?(လူစား|လူစားမျိုး|လူမျိုး|အမျိုး|အမျိုးအစား)(တွေ|များ|မျိုး)? | grp:pronoun
အဲဒါတွေ                      | grp:pronoun
အဲ့ဒါတွေ                     | grp:pronoun

# ---- pred:emotion: rage, losing appetite, wanting to wash, "who would like them"
re:ဒေါသ\s?(ပေါက်ကွဲ|ပေါက်|မီးတောက်|ချောင်းချောင်း) | pred:emotion | 0.85 | hate_emotion_group
re:(မြင်|တွေ့|ကြား|တွေး)\S{0,12}\s?[^။\n]{0,6}(ထမင်း|အစာ|အစား)\s?(စားလို့|စား)?\s?(မဝင်|မကျ)\s?(တော့|ဘူး) | pred:emotion | 0.85 | hate_emotion_group
re:(ကပ်လာ|ထိ|ကိုင်|နားကပ်|အနားကပ်|ထိမိ|ဖြတ်သွား|လာထိုင်)\S{0,6}\s?(တိုင်း|ရင်|ပြီးရင်|တာနဲ့)\s?[^။\n]{0,10}(ရေချိုး|လက်ဆေး|ရေဆေး)\s?(ချင်|ရ) | pred:emotion | 0.85 | hate_emotion_group
re:(တွေ|တွေကို|ကို)\s?(ဘယ်သူက|ဘယ်သူ)\s?(ကြိုက်|ချစ်|လိုချင်|ပေါင်း)\s?(မှာလဲ|မလဲ|မှာတုန်း) | pred:emotion | 0.8 | hate_emotion_group
re:(reasons?\s?to|why\s?i|things\s?i)\s?hate | pred:emotion | 0.95 | hate_emotion_group

# ---- pred:attribute: ungrateful, deceitful, rotten habits, stench, brains of a child
re:ကျေးဇူး\s?(ကန်း|မသိတတ်|မသိ|ကန်းတတ်|ကောင်းမှု\s?မသိ) | pred:attribute | 0.85 | negative_attribute_group
ကလိန်ကကျစ်                 | pred:attribute | 0.85 | negative_attribute_group
re:(ကောက်ကျစ်|ကလိမ်ကကျစ်|စဉ်းလဲ)\s?(များ|လွန်း|တယ်|တတ်) | pred:attribute | 0.8 | negative_attribute_group
re:အကျင့်\s?(ပုတ်|ဆိုး|ယုတ်|စုတ်) | pred:attribute | 0.85 | negative_attribute_group
re:(ပုပ်|ညှီ|ချဉ်|ချေး)\s?စော်\s?(နံ|ထွက်|နံလိုက်) | pred:attribute | 0.85 | negative_attribute_group
re:(စော်နံ|အပုပ်နံ|ပုပ်နံ) | pred:attribute | 0.8 | negative_attribute_group
re:နှာခေါင်း\s?(ပိတ်|ဆို့|အုပ်)\s?(ထား)?\s?(ရ|ရတယ်|ရတာ|ရမယ်) | pred:attribute | 0.8 | negative_attribute_group
re:(ဦးနှောက်|ဉာဏ်)\s?(က|ဟာ)?\s?(ကလေး|မျောက်|ခွေး|ကြက်|ငှက်|ပိုးကောင်|ငါး)\S{0,8}\s?(စာ|လောက်) | pred:attribute | 0.85 | negative_attribute_group
re:(ဘယ်တော့မှ|လုံးဝ|ဘယ်လိုမှ|တစ်ခွန်းမှ|တစ်ယောက်မှ|ဘယ်သူ့ကိုမှ)\s?(ယုံ|ယုံကြည်|အားကိုး)\s?(လို့)?\s?မရ(ဘူး|ပါဘူး)? | pred:attribute | 0.85 | negative_attribute_group
re:(တစ်ခုလုံး|တစ်ရပ်ကွက်လုံး|တစ်ရွာလုံး|တစ်မြို့လုံး|တစ်အိမ်လုံး|တစ်ရုံးလုံး)\s?(မွန်းကြပ်|ညစ်ပတ်|နံ|ပျက်စီး|ဆူညံ|ညစ်ပေ) | pred:attribute | 0.8 | negative_attribute_group
re:(နေရာတကာ|ဘယ်နေရာမဆို|ရောက်တဲ့နေရာတိုင်း)\s?(ညစ်ပေ|ညစ်ပတ်|ရှုပ်ပွ|ပျက်စီး) | pred:attribute | 0.8 | negative_attribute_group
re:(အဆင့်|ဂုဏ်|နာမည်|သိက္ခာ)\s?(ကို)?\s?(ကျ|ညှိုး|ပျက်)\s?(စေ|အောင်) | pred:attribute | 0.8 | negative_attribute_group
re:(ခိုးစား|လိမ်စား|ညာစား|လိမ်လည်|ကပ်စား)\S{0,4}\s?(တတ်|ကြ)(တယ်|ကြတယ်) | pred:attribute | 0.8 | negative_attribute_group
re:(အခွင့်အရေး|ရပိုင်ခွင့်|နိုင်ငံသား|လေးစားမှု|တန်းတူ)\s?(ရ|ခံစား|ခံယူ)\s?ထိုက်(တဲ့|သော)\s?(သူ|သူတွေ|လူ|လူတွေ|အမျိုး)\s?(မဟုတ်) | pred:attribute | 0.85 | negative_attribute_group
re:(ယုံ|ယုံကြည်|အားကိုး)\s?(လို့)?\s?ရ(တယ်)?\s?လို့\s?(ဘယ်သူမှ|ဘယ်သူကမှ)\s?(မပြောနိုင်|မပြောရဲ|မအာမခံနိုင်) | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:dehumanise: like locusts, weeds, crows, demons; living with poison; what's the difference
re:(ကျိုင်းကောင်|ပေါင်းပင်|ကျီးကန်း|မိစ္ဆာ|ဘီလူး|မြွေဆိုး|ကင်းခြေများ|ပုရွက်ဆိတ်|ခြင်ကောင်|ယင်ကောင်|ပိုးဟပ်|ကြွက်|သန်ကောင်)(တွေ|အုပ်|များ)?\s?(လို|လိုပဲ|နဲ့တူ) | pred:dehumanise | 0.9 | dehumanising_group
re:(ကပ်ဆိုး|ကပ်ဘေး|ကျိန်စာ)\s?(ပဲ|တွေပဲ|ကောင်|ကောင်တွေ|ပါပဲ)($|[၊။!?\s]) | pred:dehumanise | 0.85 | dehumanising_group
re:(အဆိပ်|မြွေ|ကင်ဆာ|ဗုံး)\s?(နဲ့|ထဲမှာ)\s?(အတူ)?\s?(နေရ|ထိုင်ရ|အိပ်ရ)(တာ|သလို) | pred:dehumanise | 0.85 | dehumanising_group
re:(အမှိုက်ပုံ|အမှိုက်|ခွေး|ဝက်|မျောက်|ကြွက်|ပိုးဟပ်|တိရစ္ဆာန်|မြွေ|နွား|ချေး)(တွေ)?\s?(ဘာ|ဘယ်လောက်)\s?ကွာ(လဲ|သလဲ|မလဲ) | pred:dehumanise | 0.85 | dehumanising_group
re:(လူ|လူ့အဆင့်|လူသား)\s?(ရှိ|ဖြစ်)?(တယ်)?\s?လို့\s?(သတ်မှတ်|ယူဆ|လက်ခံ)\s?(လိုက်)?(ကြ)?(တာလဲ|သလဲ|တုန်း) | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: kick out when, should not come, rights must not exist, no more hiring
re:(ကန်ထုတ်|မောင်းထုတ်|နှင်ထုတ်|ရှင်းထုတ်|ဖယ်ရှား|ထုတ်ပစ်)\s?(ပစ်)?\s?(ကြ)?\s?(မှာလဲ|မလဲ|ရမလဲ|မှာတုန်း) | pred:exclude | 0.85 | exclusion_group
re:(ကျောင်း|ရုံး|ရပ်ကွက်|ရွာ|မြို့|နိုင်ငံ|ဆိုင်|ဒီကို|ဒီမှာ)\s?(ထဲ|ထဲကို|ကို|ထဲမှာ)?\s?(မလာသင့်|မဝင်သင့်|မလာရ|မဝင်ရ|မလာနဲ့|မဝင်နဲ့|မလာစေနဲ့|မနေသင့်) | pred:exclude | 0.85 | exclusion_group
re:(ပိုင်ခွင့်|ခွင့်)\s?(လုံးဝ)?\s?(မရှိစေရ|မရှိစေနဲ့|မရှိသင့်|မပေးရ) | pred:exclude | 0.85 | exclusion_group
re:(နောက်ထပ်|ဘယ်တော့မှ)\s?(မခန့်|မငှား|မလက်ခံ|မရောင်း)\s?(တော့)?(ဘူး) | pred:exclude | 0.8 | exclusion_group
re:(ဖယ်ရှား|ရှင်းထုတ်|မောင်းထုတ်|နှင်ထုတ်|ရှင်းလင်း|သုတ်သင်)\s?(ပစ်)?\s?(ပေး)?(ကြ)(ပါ|စို့|စမ်း) | pred:exclude | 0.9 | exclusion_group
re:(မပါဘဲ|မရှိဘဲ|မပါပဲ|မရှိပဲ)\s?[^။\n]{0,25}(သန့်ရှင်း|ငြိမ်းချမ်း|အေးချမ်း|လုံခြုံ|သာယာ) | pred:exclude | 0.8 | exclusion_group
re:(ဘယ်တုန်းက|ဘယ်တော့က|ဘယ်အချိန်က)\s?[^။\n]{0,25}(နိုင်ငံသား|တိုင်းရင်းသား|လူသား|ဒီမြေ)\S{0,6}\s?ဖြစ်(ဖူး)?(လို့လဲ|လို့တုန်း|သလဲ) | pred:exclude | 0.85 | exclusion_group

# ---- pred:threat: unforgettable lessons, run over, spare not even the children, drown, burn, visits
re:(မမေ့နိုင်တဲ့|မမေ့တဲ့|တစ်သက်မမေ့တဲ့|မှတ်လောက်တဲ့|မှတ်မှတ်ရရ)\s?သင်ခန်းစာ | pred:threat | 0.85 | threat_violence | severe
re:ဆေးရုံ\s?(ရောက်|တက်)\s?(မှ|အောင်)\s?(သိလိမ့်မယ်|သိကြလိမ့်မယ်|လုပ်မယ်|လုပ်ပေးမယ်|ဆော်မယ်|ရိုက်မယ်|ထုမယ်) | pred:threat | 0.8 | threat_violence | severe
re:(ကားနဲ့|ဆိုင်ကယ်နဲ့|ထရပ်ကားနဲ့|ကားနင်း)\s?(ဝင်)?(တိုက်|ကြိတ်|ဆောင့်)\s?(ပစ်|လိုက်)?\s?(မယ်|ပစ်မယ်|လိုက်မယ်) | pred:threat | 0.9 | threat_violence | severe
re:(ကလေး|ကလေးငယ်|မိန်းမ|အမျိုးသမီး|မိသားစု|သားသမီး|အဘိုးအဘွား)(တွေ)?\s?(ကို)?(ပါ|တောင်)\s?\S{0,12}\s?မချန် | pred:threat | 0.9 | threat_violence | severe
re:(နှစ်သတ်|ရေနှစ်သတ်|ရိုက်သတ်|ခုတ်သတ်|ပစ်သတ်|ထိုးသတ်|လည်လှီးသတ်|ကြိုးဆွဲသတ်|မီးရှို့သတ်)\s?(ပစ်)?\s?(မယ်|ကြမယ်|ပစ်မယ်) | pred:threat | 0.9 | threat_violence | severe
re:မီး(တိုက်|တင်|ထိုး|ရှို့)\s?ပစ်\s?(မယ်|ကြမယ်|ရမယ်|မှာ|လိုက်မယ်) | pred:threat | 0.85 | threat_violence | severe
re:(မင်းတို့|နင်တို့|သူတို့|ခင်ဗျားတို့)\s?(ဆီ|အိမ်)\s?(ကို)?\s?(ငါတို့)?\s?(တစ်ယောက်ချင်း|တစ်အိမ်ချင်း|ညဘက်)?\s?(လာလည်|အလည်လာ|လာတွေ့)\s?(မယ်|ကြမယ်)\S{0,4}\s?[၊,]?\s?[^။\n]{0,20}(ပြင်ထား|အသင့်ပြင်|စောင့်နေ|စောင့်ကြည့်|ဧည့်ခံ) | pred:threat | 0.85 | threat_violence | severe
re:(ဆွဲထုတ်|ဖမ်း|ရှာ|ဆွဲခေါ်)\s?ပြီး\s?\S{0,12}\s?(ဆုံးမ|အပြစ်ပေး|ဆော်|ထု|ရိုက်)\s?(ပေး)?(မယ်|ကြမယ်) | pred:threat | 0.85 | threat_violence | severe
re:ကောင်းကောင်း\s?(ဆုံးမ|ဆော်|ထု|ကျွေး|ရိုက်)\s?(ပေး)?(မယ်|ကြမယ်|လိုက်မယ်) | pred:threat | 0.8 | threat_violence | severe
re:(ဆော်|ရိုက်|သတ်|ခုတ်|ထု|ထိုး|ပစ်)\s?ခဲ့\s?(ပြီးပြီ|ပြီ)\s?[၊,]?\s?[^။\n]{0,25}(ထပ်|ပိုများ|ဆက်)\S{0,6}\s?(လုပ်|ဆော်|ရိုက်|သတ်)\S{0,4}မယ် | pred:threat | 0.9 | threat_violence | severe

# ---- pred:violence: deserve to be beaten to death, not suffered enough, mass graves, no right to live
re:(ရိုက်|သတ်|သေ|ထောင်ချ|ကန်|နှိပ်စက်|ပစ်သတ်|ကြိုးပေး|မီးရှို့|ခုတ်|ရိုက်သတ်)\s?ခံရ\s?(ထိုက်|သင့်) | pred:violence | 0.9 | violence_group | severe
re:ခံရ(တာ)?\s?(နည်းသေး|မလောက်သေး|မလုံလောက်|မများသေး) | pred:violence | 0.85 | violence_group | severe
re:(ပိုဆိုးဆိုး|ဒီထက်ဆိုးတာ|ဒီထက်ပို)\s?\S{0,6}\s?ခံရ\s?(သင့်|ထိုက်|မယ်) | pred:violence | 0.85 | violence_group | severe
re:(အစုလိုက်သင်္ချိုင်း|အစုလိုက်အပြုံလိုက်\s?မြှုပ်|အလောင်းကျင်း) | pred:violence | 0.9 | violence_group | severe
re:(သင်္ချိုင်း|ကျင်း|မြေကျင်း)\s?(တွေ)?\s?(တူး|ပြင်)\s?(ထား|ပေး)?\s?(သင့်|ရမယ်|ထားရမယ်) | pred:violence | 0.85 | violence_group | severe
re:(အသက်ရှင်|ရှင်သန်|မွေးဖွား)\s?ခွင့်\s?(ပေးထားတာ|ပေးတာ)\s?(ကိုက|ကို|က)?\s?(မှား|အမှား) | pred:violence | 0.9 | violence_group | severe
re:အသက်ရှင်\s?ခွင့်\s?(မရှိ|မပေးသင့်|မပေးနဲ့|မထိုက်) | pred:violence | 0.9 | violence_group | severe
re:(မီးရှို့|ရိုက်|သတ်|ခုတ်|ဖြို|ရိုက်ချ|ပစ်သတ်|မီးတင်|ဆော်)\s?(ပစ်)?\s?ပေး\s?(သင့်|ရမယ်|ကြ) | pred:violence | 0.85 | violence_group | severe
re:(သားကြောဖြတ်|သားအိမ်ထုတ်)\s?(ပစ်|ပေးပစ်)\s?(ဖို့|ရမယ်|သင့်|မယ်) | pred:violence | 0.9 | violence_group | severe
re:မျိုး\s?မ(ပွား|ဆက်)\s?နိုင်\s?အောင် | pred:violence | 0.8 | violence_group | severe
re:(ရိုက်နှက်|ရိုက်|သတ်|ခုတ်|မီးရှို့|နှိပ်စက်|မောင်းထုတ်|ပစ်သတ်)\s?(ပစ်)?\s?(တာ|ရင်)\s?(ဘာမှ|လုံးဝ)?\s?(မမှား|အမှားမဟုတ်|ပြဿနာမရှိ|ကိစ္စမရှိ) | pred:violence | 0.9 | violence_group | severe
re:(ပျောက်|ကွယ်|သေ|ကုန်|ထွက်သွား|ရှင်းသွား)\s?(မှ|တော့မှ|သွားမှ)\s?(တိုင်းပြည်|ကမ္ဘာ|မြို့|ရွာ|ရပ်ကွက်|နိုင်ငံ)?\s?(ကြီး)?\s?(အေး|ငြိမ်း|တိုးတက်|သာယာ) | pred:violence | 0.85 | violence_group | severe
re:(ရိုက်|သတ်|ခုတ်|ဆော်|ပါးရိုက်|လည်ပင်းညှစ်|ရိုက်နှက်)\s?(ပစ်)?\s?ချင်စိတ် | pred:violence | 0.95 | violence_group | severe
re:လည်ပင်း\s?(ညှစ်|လှီး|ဖြတ်)\s?(ချင်|ပစ်|မယ်) | pred:violence | 0.9 | violence_group | severe

# ---- stronger "brainless" (said of a group that is not protected, it must stand alone)
re:ဦးနှောက်\s?(မရှိ|မပါ)(ရတာလဲ|ကြဘူး|ကြတာ|တဲ့ကောင်တွေ|တဲ့အကောင်တွေ) | pred:attribute | 0.95 | negative_attribute_group

# ---- harassment at a named person: thieving liar, vomit at your face, noob, just die
re:(ခိုးစား|လိမ်စား|ညာစား|ကောက်စား|လိမ်လည်)\S{0,6}\s?(တဲ့|သော)\s?(လူလိမ်|သူခိုး|လူယုတ်မာ|ကောင်မ) | harassment | 0.75 | insult_at_person
re:(ဘယ်သူမှ|ဘယ်သူကမှ)\s?(မယုံ|မပေါင်း|အလုပ်မပေး|ငွေမချေး)\s?(နဲ့|ကြနဲ့|ပါနဲ့) | harassment | 0.4 | insult_at_person
re:(ရုပ်|မျက်နှာ|မျက်နှာပေါက်|ရုပ်ဆိုး)\s?(ကို)?\s?(ကြည့်|မြင်)\s?(ပြီး|ရတာ|ရင်|တာနဲ့|လိုက်ရတာ|ရုံနဲ့)\s?(အော့|အန်|ပျို့|ရွံ|စိတ်ကုန်|အော်ဂလီ) | harassment | 0.8 | body_shaming
re:noob\s?(ကောင်|ကောင်မ|ပဲ|တွေ|လေး) | harassment | 0.55 | insult_at_person
re:uninstall\s?(လုပ်)?\s?(လိုက်)?\s?(တော့|ပါ|စမ်း|ပေး) | harassment | 0.4 | insult_at_person
re:(မင်း|နင်|ညည်း)\s?(ရဲ့)?\s?(မိဘ|အမေ|အဖေ|မိသားစု)(တွေ)?\s?(တောင်|ပါ)?\s?(ရှက်နေ|ရှက်ရ|ရှက်လိမ့်|မျက်နှာပူ) | harassment | 0.7 | insult_at_person
re:သေ\s?(လိုက်|သွား)\s?(ပါတော့|စမ်းပါ|ပါစေ|တော့) | harassment | 0.85 | wish_harm | severe
re:(သေသွားရင်|သေလိုက်ရင်|မရှိတော့ရင်|ပျောက်သွားရင်)\s?[၊,]?\s?(ကမ္ဘာ|လောက)(ကြီး)?\s?(ပို)?\s?(ကောင်း|သာယာ|ငြိမ်း) | harassment | 0.85 | wish_harm | severe

# ---- derog_impl frames: "not racist but", ever since they came, coincidence, crime shares,
# ---- whose town, the slogan, their food, how long will it last, don't go there alone
re:(လူမျိုးရေး|ဘာသာရေး)\s?(ခွဲခြား|ဆန့်ကျင်|အမြင်ကျဉ်း)\S{0,2}\s?(တာ|သူ)?\s?မဟုတ်(ဘူး|ပါဘူး)?(နော်|ပါ)?\s?[၊,]?\s?(ဒါပေမဲ့|ဒါပေမယ့်|but) | pred:attribute | 0.75 | negative_attribute_group
re:(no offence|no offense|စော်ကားတာ မဟုတ်ဘူး|စော်ကားချင်လို့ မဟုတ်ဘူး)\S{0,4}\s?[၊,]?\s?(ဒါပေမဲ့|ဒါပေမယ့်|but) | pred:attribute | 0.7 | negative_attribute_group
re:(ရောက်လာ|ပြောင်းလာ|ဝင်လာ)\s?(ပြီးကတည်းက|ကတည်းက|ပြီးနောက်|ပြီးတော့)\s?[^။\n]{0,30}(ပျောက်|ခိုး|ရာဇဝတ်|မုဒိမ်း|ညစ်ပတ်|အမှိုက်|ဆူညံ|ပြဿနာ) | pred:attribute | 0.8 | negative_attribute_group
re:(ပြောင်းလာ|ရောက်လာ|ဝင်လာ)\S{0,4}\s?(တဲ့)?\s?(အချိန်|နေ့)\s?(နဲ့)?\s?တိုက်(တိုက်)?ဆိုင် | pred:attribute | 0.8 | negative_attribute_group
re:(ခိုးမှု|ရာဇဝတ်မှု|မုဒိမ်းမှု|လူသတ်မှု|လုယက်မှု|ဓားပြမှု)[^။\n]{0,40}(ကျူးလွန်တာ|ကျူးလွန်ကြတာ|လုပ်တာ|ရဲ့လက်ချက်) | pred:attribute | 0.8 | negative_attribute_group
re:(ဒီမြို့|ဒီနိုင်ငံ|ဒီတိုင်းပြည်|ဒီရွာ|ဒီမြေ|တိုင်းပြည်)\s?(က)?\s?(သူတို့|သူတို့ရဲ့|ဒီကောင်တွေရဲ့)\s?(မြို့|နိုင်ငံ|တိုင်းပြည်|ရွာ|မြေ)\s?(ဖြစ်|ဖြစ်သွား|ဖြစ်လာ)\s?(မယ်|မှာ|လိမ့်မယ်|တော့မယ်) | pred:attribute | 0.8 | negative_attribute_group
re:(တစ်စု|တစ်အိမ်|တစ်မိသားစု|မိသားစုတိုင်း|အိမ်တိုင်း|တစ်ယောက်စီ)\s?(မှာ|ကို|စီ)?\s?ကလေး\s?(ဆယ်|ရှစ်|ကိုး|ဆယ့်|တစ်ဒါဇင်)\S{0,8}\s?(လောက်)?\s?(ရှိ|မွေး) | pred:attribute | 0.75 | negative_attribute_group
re:လူမျိုးမှ\s?လူမျိုး\s?(ပျောက်|ကို\s?မျို) | pred:exclude | 0.8 | exclusion_group
re:(ပြင်ထား|ချက်ထား|လုပ်ထား|ကိုင်ထား)\S{0,4}\s?(တဲ့)?\s?(အစားအစာ|စားစရာ|ဟင်း|မုန့်)\s?(ကို)?\s?(ဝယ်မစား|မစား|မဝယ်) | pred:exclude | 0.8 | exclusion_group
re:(ဘယ်လောက်ကြာကြာ|ဘယ်နှစ်ရက်|ဘယ်နှလ|ဘယ်နှစ်လ)\s?(ခံ|ခံနိုင်|ရပ်တည်နိုင်|အသက်ဆက်)\s?(မလဲ|မှာလဲ) | pred:attribute | 0.75 | negative_attribute_group
re:(များတဲ့|ရှိတဲ့|နေတဲ့)\s?(ရပ်ကွက်|ရွာ|လမ်း|နေရာ|ဘက်)\s?(ကို|ထဲ|ထဲကို)?\s?(ညဘက်|ညဘက်မှာ|ည)?\s?(တစ်ယောက်တည်း|တစ်ယောက်ထဲ)?\s?(မသွားနဲ့|မသွားပါနဲ့|မသွားရ|မသွားကြနဲ့) | pred:attribute | 0.8 | negative_attribute_group

# ---- counter-speech: people who treat them like animals, abusive comments, propaganda
# ---- that portrays them, posts inciting against them, nicknames used for bullying, denials
re:(ဆက်ဆံ|ပြော|ဆဲ|နှိပ်စက်|ခွဲခြား|စော်ကား)\S{0,4}\s?(နေတဲ့|တဲ့)\s?(လူတွေ|သူတွေ|အုပ်စု|လူ)\s?(ကို)?\s?(ရပ်တန့်|တား|ဆန့်ကျင်|အရေးယူ|ဖော်ထုတ်) | ctx:counter
re:(ဆဲဆို|စော်ကား|နှိမ့်ချ|ခွဲခြား|တိုက်ခိုက်|အမုန်းပွား)\S{0,4}\s?(ထားတဲ့|တဲ့|နေတဲ့)\s?(comment|ပို့စ်|post|စာ|မှတ်ချက်|ဗီဒီယို|video|စကား) | ctx:counter
re:(ပုံဖော်|သရုပ်ဖော်|ပုံဆွဲ)\S{0,4}\s?(တဲ့|ထားတဲ့|နေတဲ့)\s?(ဝါဒဖြန့်|ပို့စ်|post|ကာတွန်း|meme|ဗီဒီယို|သတင်း) | ctx:counter
re:ဝါဒဖြန့်\s?(ပို့စ်|စာ|video|ဗီဒီယို|မှု|ချက်) | ctx:counter
re:လှုံ့ဆော်\S{0,2}\s?(တဲ့|သော|ထားတဲ့|နေတဲ့) | ctx:counter
re:မုန်းတီးမှု(တွေ)?\s?(ဘယ်ကလာ|များလာ|ပျံ့|ကို\s?ဆန့်ကျင်) | ctx:counter
re:လို့\s?(နာမည်ပြောင်|ခေါ်|စ|နောက်|အော်)\S{0,6}\s?(ပြီး)?\s?(အနိုင်ကျင့်|စော်ကား|ဗိုလ်ကျ|ဝိုင်းစ) | ctx:counter
re:(ဒီလို|အဲ့လို|အဲဒီလို)\s?(ခေါ်|ပြော|ဆဲ)\s?(တာ)?\s?(ရပ်|ရပ်ကြ|ရပ်ပါ|မလုပ်ကြ|ရပ်တန့်) | ctx:counter
re:(တယ်လို့|ပဲလို့|တွေလို့|တာလို့)\s?(ဘယ်တုန်းကမှ|တစ်ခါမှ|ဘယ်တော့မှ|လုံးဝ)\s?မ(ပြော|ထင်|ခေါ်|ယူဆ|တွေး|ဆို)\s?(ခဲ့|ဖူး)?\s?(ဘူး|ပါဘူး) | ctx:counter

# ---- allow: swearing as an exclamation about the heat, an exam, a fruit; blaming oneself
re:^(ဟ|ဟာ|အား|အို|ဟယ်|အမလေး)?\s?(ခွေးမသား|ဖာသည်မသား|ငါလိုးမသား|ငါလိုးမ|မအေလိုး|စောက်ရူးလို|လီးပဲ|စောက်ဖုတ်ပဲ)\s?[၊,!]?\s?(ဒီ\s?[^\s၊]{1,24}\s?(ကြီး|က|ဟာ)?\s?)?(ချို|ကောင်း|လှ|မိုက်|ပူ|အေး|ခက်|ကြာ|ပင်ပန်း|ငိုက်|ဆာ|ကြပ်|ပျော်|ရယ်ရ|စပ်|ဈေးကြီး|စားကောင်း)\S{0,4}(လိုက်တာ|လှချည်လား|လှချေလား) | allow
re:(စောက်သုံးမကျ|စောက်ရူး|ငတုံး|စောက်ပေါ|အသုံးမကျ)\S{0,2}\s?(လိုက်တာ|လှချည်လား)\s?[၊,]?\s?(ငါ့ကိုယ်ငါ|ကိုယ့်ကိုယ်ကို|ငါကိုယ်တိုင်|ငါ့ဘာသာ) | allow
# the "you" inside rice (ထမင်း): a rice cooker, rice pot
re:ထမင်း(ပေါင်းအိုး|အိုး|ချိုင့်|ဘူး|ပန်းကန်)\s?(ကို|က)?\s?\S{0,24} | allow
re:(ထီး|ဖိနပ်|ဖုန်း|ကား|ဆိုင်ကယ်|ပရင်တာ|အိတ်|ကွန်ပျူတာ|စက်|ပစ္စည်း)\s?(ဆိုတဲ့)?\s?စောက်သုံးမကျ(တဲ့)?\s?(ပစ္စည်း|စက်|ဟာ) | allow

# ---- more frames: as long as we let them in; appoint one and see how long it lasts; we lost because of them
re:(ဝင်ခွင့်|နေခွင့်|နိုင်ငံသားအဖြစ်)\s?(ပေး|ပေးထား)\s?(နေ)?\s?(သရွေ့|သမျှ|သ၍)\s?[^။\n]{0,25}(မမေ့|သတိထား|ဒုက္ခ|ပျောက်|ပျက်|မငြိမ်း) | pred:exclude | 0.8 | exclusion_group
re:(ခန့်|တင်|ရွေး|ခေါင်းဆောင်တင်)\s?(လိုက်)?\s?(တော့|ရင်)\s?[^။\n]{0,20}(ဘယ်လောက်ကြာကြာ|ဘယ်နှစ်ရက်|ဘယ်နှလ|ဘယ်နှစ်လ)\s?(ခံ|ခံနိုင်|ရပ်တည်နိုင်|အသက်ဆက်)\s?(မလဲ|မှာလဲ) | pred:exclude | 0.8 | exclusion_group
# swearing at a thing ("fuck, I want to throw this rice cooker away")
re:^(ဟ|ဟာ|အား)?\s?(မအေလိုး|ငါလိုးမ|ခွေးမသား|လီးပဲ|စောက်ဖုတ်ပဲ)\s?[၊,!]?\s?ဒီ\s?(ထမင်းပေါင်းအိုး|ပရင်တာ|ဖုန်း|ကွန်ပျူတာ|လက်ပ်တော့|ကား|ဆိုင်ကယ်|ထီး|စက်|tv|တီဗွီ|ရေခဲသေတ္တာ|ပန်ကာ|router|wifi|အင်တာနက်|app|ဂိမ်း)\S{0,6}\s?(ကို|က|ဟာ) | allow
re:(အမင်္ဂလာ|ကပ်ဆိုး|ကံဆိုးမှု)\s?(ဝင်လာ|ယူလာ|သယ်လာ|ဆောင်လာ) | pred:dehumanise | 0.8 | dehumanising_group
# taking photos and shooting films (ရိုက်) is not hitting
re:(ဓာတ်ပုံ|ပုံ|ရုပ်ရှင်|ဗီဒီယို|video|ကြော်ငြာ|ဇာတ်ကား|selfie|tiktok)(တွေ)?\s?(ကို)?\s?ရိုက်\s?(ပစ်)?\s?(ချင်|ရ|နေ|မယ်)\S{0,6} | allow

# ==== sixth round: families from the misses of tests/tuning_suites_f
# ---- group words the engine lacks (not protected: harassment only)
re:k-?pop\s?(fan|fans|ပရိသတ်|stan)s? | grp:other
re:\b(fan|fans|stan)\s?(တွေ|များ|ကောင်တွေ) | grp:other

# ---- pred:threat: paying with one's life or blood, heads split, bones broken
re:(အသက်|သွေး|ခေါင်း)\s?(နဲ့|နှင့်|ကို)\s?(ပေးဆပ်|ပြန်ဆပ်|လျော်|ဆပ်)\s?(ရမယ်|ရလိမ့်မယ်|ရမှာ|စေမယ်|ခိုင်းမယ်|ရစေမယ်) | pred:threat | 0.9 | threat_violence | severe
re:(ခေါင်း|နဖူး|မျက်နှာ|နှာခေါင်း|သွား|ခြေထောက်|ခြေကျိုး|လက်|အရိုး|နံရိုး|ဦးခေါင်း)\s?(ကွဲ|ကျိုး|ပြတ်|ပေါက်|ကြေ)\s?(သွား|ကုန်)?\s?(မယ်|မှာ|လိမ့်မယ်|စေမယ်|စေရမယ်) | pred:threat | 0.85 | threat_violence | severe
re:(ခြေချ|ဝင်လာ|ဖြတ်လျှောက်|ဖြတ်သွား|ပေါ်လာ|ခြေဖျားချ)\s?(တာနဲ့|ရင်|လိုက်ရင်|တဲ့နေ့)\s?[^။\n]{0,20}(အသက်|ခေါင်း|သွေး|ခြေထောက်|အရိုး)\s?\S{0,20}(မယ်|မှာ|လိမ့်မယ်) | pred:threat | 0.85 | threat_violence | severe
# ---- pred:threat: night visits you do not leave, blood on the streets
re:(ပြန်ထွက်|ထွက်ပြေး|လွတ်မြောက်|အသက်ရှင်|ပြန်လှည့်|ပြန်)\s?(နိုင်|ခွင့်ရ)\s?(မှာ|လိမ့်မယ်)\s?မဟုတ်(ဘူး|ပါဘူး|တော့ဘူး)? | pred:threat | 0.85 | threat_violence | severe
re:(တစ်ညည|တစ်ညညတော့|တစ်နေ့နေ့|တစ်ညတော့|ညကျရင်|ညဘက်ကျရင်|မကြာခင်)\s?(တော့)?\s?(ငါ|ငါတို့|ကျုပ်တို့)?\s?(လာလည်|အလည်လာ|လာတွေ့|လာခေါ်|ရောက်လာ|ဝင်လာ)\s?(မယ်|ကြမယ်|လိမ့်မယ်|ခဲ့မယ်) | pred:threat | 0.8 | threat_violence | severe
re:သွေး\s?(ချင်းချင်း|ရဲရဲ|သံတရဲရဲ|တွေ)?\s?(နီ|အိုင်|စွန်း|ချင်းချင်းနီ)\s?(စေ|အောင်|သွား|ကုန်)\s?(ရမယ်|မယ်|ကြမယ်|လိမ့်မယ်)? | pred:threat | 0.85 | threat_violence | severe
# ---- pred:threat: knives sharpened, weapons coming out, patience running out
re:(ဓား|ဓားမ|ဓားရှည်|လှံ|ပုဆိန်|ဓားမြှောင်)(တွေ)?\s?(ကို)?\s?(သွေး|ချွန်|သွေးထား|ပြင်)\s?(ပြီး|ထား|ကြ|မယ်|ထားပြီ|ထားတယ်) | pred:threat | 0.85 | threat_violence | severe
re:(ဓား|သေနတ်|လက်နက်|တုတ်|ဒုတ်|ဓားရှည်)(တွေ)?\s?(ထွက်လာ|ထုတ်လာ|ကိုင်လာ|ဆွဲထုတ်|ပြောလာ)\s?(မှာ|လိမ့်မယ်|မယ်|မှာပဲ) | pred:threat | 0.8 | threat_violence | severe
re:(စိတ်ရှည်မှု|သည်းခံမှု|သည်းခံနိုင်မှု|စိတ်ရှည်သည်းခံမှု|စိတ်ရှည်)\s?(က|တွေ)?\s?(ကုန်|ကုန်ဆုံး|ပြည့်|ကုန်ခန်း)\s?(နေ)?(ပြီ|လာပြီ|တော့မယ်) | pred:threat | 0.75 | threat_violence | severe
re:(ကို|တွေကို)\s?(တစ်ခါတည်း|ကောင်းကောင်း|နာနာ|မှတ်လောက်အောင်)?\s?သင်ခန်းစာ\s?(ပေး|ပြ)\s?(ကြ)?\s?(မယ်|ရမယ်|ကြမယ်)\s?(💪|🔪|🔥|😈|👊|🪓) | pred:threat | 0.85 | threat_violence | severe
re:(စုမယ်|စုကြမယ်|စုပြီး|စုရုံး)\s?[၊,]?\s?[^။\n]{0,25}သင်ခန်းစာ\s?(ပေး|ပြ) | pred:threat | 0.85 | threat_violence | severe
# ---- pred:threat: someone will (burn, beat) them, and rightly; we will burn it one day
re:(မီးရှို့|သတ်|ရိုက်|ခုတ်|ပစ်သတ်|ဆော်|ထု|ထိုး|ရိုက်နှက်)\s?(ပစ်|လိုက်)?\s?(လိမ့်မယ်|မှာပဲ|မှာ)\s?[၊,]?\s?(ထိုက်တန်|တန်|သင့်|ခံထိုက်) | pred:threat | 0.85 | threat_violence | severe
re:(တစ်နေ့|မကြာခင်|ညကျရင်|တစ်ညည)\s?(ငါ|ငါတို့|ကျုပ်တို့)\s?(မီးရှို့|ဖြို|ဖျက်ဆီး|ဆော်|ရိုက်|သတ်|ခုတ်)\s?(ပစ်|လိုက်)?\s?(မှာ|မယ်|ကြမယ်) | pred:threat | 0.85 | threat_violence | severe

# ---- pred:violence: need to be beaten, only then they learn, final solution, time to "clean"
re:(ရိုက်|သတ်|ခုတ်|ထိုး|ဆော်|ထု|ရိုက်နှက်|မီးရှို့|ပစ်သတ်|ထောင်ချ|ကန်|ကြိုးပေး)\s?(ပစ်)?\s?(ဖို့|ရန်)\s?(လို|လိုအပ်)(တယ်|ပြီ|နေပြီ) | pred:violence | 0.85 | violence_group | severe
re:(တုတ်|ဒုတ်|ဓား|ကြိမ်လုံး|ကြိမ်|ခါးပတ်|သံချောင်း|အုတ်ခဲ|ခဲ|ဓားမ)\s?(နဲ့|တွေနဲ့)\s?(ရိုက်|ခုတ်|ထိုး|ထု|ဆော်|ပေါက်)\s?(ပစ်|ပေး)?\s?(ဖို့|ရမယ်|သင့်|မယ်|ကြမယ်|ရန်) | pred:violence | 0.85 | violence_group | severe
re:(ဆော်|ရိုက်|ထု|ကန်|ဆုံးမ|ရိုက်နှက်)\s?(ပြ|ပေး|လိုက်)?\s?မှ\s?(မှတ်|သိ|နားလည်|လိမ္မာ)\s?(မယ်|မှာ|လိမ့်မယ်|ကြမယ်) | pred:violence | 0.85 | violence_group | severe
re:(ဒါမှ|အဲ့ဒါမှ|အဲဒီတော့မှ|အဲ့တော့မှ)\s?(မှတ်|သိ|နားလည်|လိမ္မာ)\s?(မှာ|မယ်|လိမ့်မယ်|ကြမှာ) | pred:violence | 0.6 | violence_group
re:(ရှင်း|သုတ်သင်|ဖယ်ရှား|ရှင်းလင်း|ချေမှုန်း|ဆော်|ရှင်းထုတ်|မောင်းထုတ်)['’"”]?\s?(လိုက်|ပစ်)?(ကြ)?\s?ဖို့\s?(အချိန်|အခါ)\s?(ကျ|တန်|ရောက်)\s?(ပြီ|နေပြီ) | pred:violence | 0.85 | violence_group | severe
re:ပြဿနာ\s?(ကို)?\s?(အမြစ်ပြတ်|တစ်ခါတည်း|အပြီးတိုင်|ထာဝရ|အပြီးအပိုင်)\s?(ဖြေရှင်း|ရှင်း|ရှင်းလင်း)\s?(ပေး)?\s?(သင့်|ရမယ်|ကြ|ရမှာ|လိုက်) | pred:violence | 0.8 | violence_group | severe
re:(ထောင်ချ|ထောင်ထဲထည့်|ကြိုးပေး|ပစ်သတ်|ကြိုးဆွဲ|ရိုက်သတ်)\s?(ပစ်)?\s?(သင့်|ရမယ်)(တယ်)? | pred:violence | 0.85 | violence_group | severe
re:(သတ်|ရိုက်|ခုတ်|ပစ်သတ်|မီးရှို့|ရိုက်နှက်|ဆော်|ရိုက်သတ်)\s?(ပစ်)?\s?(ရင်|လိုက်ရင်|တာ)\s?(အပြစ်|ပြစ်မှု|ပြဿနာ)\s?(ရှိ|ဖြစ်)(လို့လား|မလား|သလား|မှာလား) | pred:violence | 0.85 | violence_group | severe
re:(သေ|ပျောက်|ကွယ်|မရှိ)\s?(မှ|တော့မှ|သွားမှ)\s?(ကောင်းမယ့်|ကောင်းမှာ|ပိုကောင်း|ကောင်းမယ်|ကောင်း) | pred:violence | 0.85 | violence_group | severe
re:(ရိုက်နှက်|ရိုက်|သတ်|ခုတ်|တိုက်ခိုက်|မီးရှို့|ဆော်|ပစ်သတ်)\s?(ခဲ့)?(တဲ့|သော)\s?(သူ|လူ)(တွေ|များ)?\s?(ဟာ|က)?\s?(သူရဲကောင်း|အာဇာနည်|မျိုးချစ်|လူစွမ်းကောင်း) | pred:violence | 0.85 | violence_group | severe
re:(ပျောက်|ကွယ်|သေ|မျိုးတုံး|ပျက်စီး|ကုန်)\s?(သွား|ကုန်)?(ကြ)?\s?ဖို့\s?(ဆုတောင်း|မျှော်လင့်|စောင့်) | pred:violence | 0.85 | violence_group | severe
ကွက်ကွက်ပျောက်              | pred:violence | 0.8 | violence_group

# ---- pred:worth: trustworthy (denied by "never", "will not be")
ယုံကြည်လို့ရ                 | pred:worth | 0.8
ယုံလို့ရ                     | pred:worth | 0.8
တစ်စိတ်တစ်ပိုင်း              | pred:worth | 0.8

# ---- pred:attribute / pred:exclude: denied goods
re:(အဲ့လိုဟာ|အဲဒီလိုဟာ|အဲ့လိုလူ|ဒီလိုဟာ|အဲ့လိုမျိုး|အဲလိုဟာ|အဲ့ဒီလိုဟာ)\s?(ကမ္ဘာပေါ်မှာ|လောကမှာ|ဘယ်မှာမှ|တကယ်)\s?(မ(ရှိ|တွေ့)|ရှိလို့လား) | pred:attribute | 0.8 | negative_attribute_group
re:(အလုပ်ပေး|အလုပ်ခန့်|ခန့်|ယုံ|ကူညီ|ငှား|လက်ခံ|အလုပ်ခိုင်း)\s?(တာ|ရတာ)\s?(ဘယ်တုန်းကမှ|ဘယ်တော့မှ|တစ်ခါမှ)?\s?(အကျိုး|အမြတ်)\s?(မရှိ|မရ|မဖြစ်) | pred:attribute | 0.8 | negative_attribute_group
re:(ဦးနှောက်|ဉာဏ်)\s?(ကို)?\s?မသုံး(တတ်)?(ကြ)?(ဘူး|တာ) | pred:attribute | 0.8 | negative_attribute_group
re:(ရိုးသားမှု|ယဉ်ကျေးမှု|သစ္စာ|ကျေးဇူးသိတတ်မှု|စာနာစိတ်|အရှက်|သိက္ခာ|စည်းကမ်း|ကောင်းတာ)\s?(ဆိုတာ)?\s?(လုံးဝ|ဘာမှ|တစ်စက်မှ|နည်းနည်းမှ|တစ်ခါမှ|တစ်စက်လေးမှ)\s?မ(မြင်|ကြုံ|ခံစားရ)(ဖူး)? | pred:attribute | 0.85 | negative_attribute_group
re:(နိုင်ငံ|တိုင်းပြည်|လူ့အဖွဲ့အစည်း|ရပ်ကွက်|မြို့|ရွာ|လူမျိုး)(ရဲ့|၏)?\s?(တစ်စိတ်တစ်ပိုင်း|အစိတ်အပိုင်း|အဖွဲ့ဝင်)\s?(မဟုတ်|မဖြစ်) | pred:exclude | 0.85 | exclusion_group
re:(လုံးဝ|ဘယ်လိုမှ|ဘယ်တော့မှ)\s?မထိုက်တန်(ပါ)?(ဘူး) | pred:attribute | 0.8 | negative_attribute_group
re:ထိုက်(တန်)?တယ်လို့\s?(ဘယ်သူ|ဘယ်သူက)\s?(ပြော|ထင်|ဆို)(လဲ|သလဲ) | pred:attribute | 0.8 | negative_attribute_group
# ---- pred:threat: a string of blows ("will punch, kick, drag out")
re:(ထိုး|ကန်|ရိုက်|ဆွဲထုတ်|ခုတ်|ထု|ဆော်|နင်း|ဆွဲ)\s?(ပစ်)?မယ်\s?[၊,]\s?(ထိုး|ကန်|ရိုက်|ဆွဲထုတ်|ခုတ်|ထု|ဆော်|နင်း|ဆွဲ)\s?(ပစ်)?မယ် | pred:threat | 0.9 | threat_violence | severe

# ---- questions and opinions: bred like rabbits, why not caged, since when human, heroes who beat them
re:(ကြွက်|ယုန်|ပိုးမွှား|ယင်ကောင်|ပိုးဟပ်|ခြင်|ပေါင်းပင်|မှို|ဝက်|ခွေး|ပိုးကောင်)(တွေ)?\s?(လို|လိုပဲ|လိုမျိုး)\s?(ပေါက်ပွား|မျိုးပွား|ပွား|ပေါက်|မွေး|တိုး) | pred:dehumanise | 0.85 | dehumanising_group
re:(တိရစ္ဆာန်ရုံ|လှောင်အိမ်|ခွေးလှောင်အိမ်|ခွေးချိုင့်|ကြက်ခြံ|ဝက်ခြံ|ခြံ)\s?(ထဲ)?\s?(ကို|မှာ)?\s?(မ)?(ထည့်|ပိတ်|လှောင်|ပို့|ထား)\s?(ထား|ပစ်)?\s?(တာလဲ|သလဲ|သင့်|ရမယ်|ကြတာလဲ|ရမှာ) | pred:dehumanise | 0.85 | dehumanising_group
re:(လူ|လူသား|လူ့အဆင့်)\s?(လို့|အဖြစ်)\s?(ကို)?\s?(သတ်မှတ်|ယူဆ|လက်ခံ|မြင်)\s?(လာ|ခဲ့|လိုက်)(ကြ)?(တာလဲ|သလဲ|တုန်း) | pred:dehumanise | 0.85 | dehumanising_group
re:(ခိုး|ခိုးဝှက်|လိမ်|လိမ်လည်|ညာ|ပျင်း|ရက်စက်|ညစ်ပတ်|ကောက်ကျစ်|ခြစား)\S{0,4}\s?(တာ|တတ်တာ)?\s?(ကို)?\s?(မျိုးရိုး|အမွေ|ဗီဇ)\s?(လိုက်|ဆက်|ခံ|ရ|က) | pred:attribute | 0.85 | negative_attribute_group
re:ဒီလောက်\s?(ဉာဏ်နည်း|တုံး|ညံ့|နုံ|အ|မိုက်|ပျင်း|ညစ်ပတ်|ရိုင်း)\s?(နေ)?(ကြ)?(ရတာလဲ|တာလဲ|ရသလဲ) | pred:attribute | 0.95 | negative_attribute_group

# ---- pred:dehumanise: cancer eating the country, weeds, plague, rats, pests
re:(ကိုက်စား|ဝါးမျို|ဖျက်ဆီး|စုပ်ယူ|ကိုက်ဖြတ်)\s?(နေ)?(တဲ့|သော)\s?(ကင်ဆာ|ပိုး|ပိုးမွှား|အဖျက်ပိုး|ကပ်ပါး|မျှော့|ပိုးကောင်|ကြွက်|ပိုးဟပ်) | pred:dehumanise | 0.9 | dehumanising_group
re:(လယ်ထဲက|ခြံထဲက)?\s?ပေါင်းပင်(တွေ)?\s?(ပဲ|ပါပဲ|[၊။!]|$) | pred:dehumanise | 0.85 | dehumanising_group
re:(ပေါက်|ပွား|များ)လေ\s?(ရှုပ်|ဆိုး|ညစ်|ပျက်)လေ | pred:attribute | 0.75 | negative_attribute_group
re:(ကပ်ရောဂါ|ကူးစက်ရောဂါ|ရောဂါပိုး|ပိုးမွှား|ကင်ဆာ|အမှိုက်|ပိုးဟပ်|ကြွက်)\s?(လို့)\s?(ခေါ်|သတ်မှတ်)\s?(ရမယ်|သင့်|ရမှာ|ထိုက်) | pred:dehumanise | 0.85 | dehumanising_group
re:(ရောဂါ|ရောဂါဆိုး|ကပ်ရောဂါ|ကူးစက်ရောဂါ|ရောဂါပိုး|ပိုး|ကင်ဆာ)\s?(လို|လိုပဲ|လိုမျိုး)\s?(ကူး|ပျံ့|ပြန့်) | pred:dehumanise | 0.85 | dehumanising_group
re:ရောဂါ(ပိုး)?\s?(သယ်ဆောင်|ဖြန့်|ကူးစက်|ယူ)\s?(လာ)?(တဲ့|သူ|သော|နေတဲ့) | pred:dehumanise | 0.8 | dehumanising_group
re:(ကြွက်|ပိုးဟပ်|ယင်ကောင်|ခြင်|ကျိုင်းကောင်|ပိုးမွှား|မျောက်|ခွေး|ဝက်|သန်ကောင်)\s?(အုပ်|အုပ်စု|အုံ)\s?(ပဲ|ပါပဲ|သာ|တွေ|လို|[၊။!]|$) | pred:dehumanise | 0.85 | dehumanising_group
အဖျက်ပိုး                    | pred:dehumanise | 0.85 | dehumanising_group
re:အပို(ကောင်|ကောင်တွေ|လူ|လူတွေ|အကောင်)(တွေ)?\s?(ပဲ|ပါပဲ|ချည်း|[၊။!]|$) | pred:dehumanise | 0.8 | dehumanising_group

# ---- grp:pronoun: "the group that ..." in a later sentence
re:(တဲ့|သော)\s?အုပ်စု(ကြီး)?\s?(ပဲ)?\s?[။!]? | grp:pronoun

# ---- pred:emotion: breath short, food won't go down near them, resentment
re:(ထိုင်|စီး|နေ|စား|ထိုင်စား|အလုပ်လုပ်|ရပ်|အိပ်|အတူနေ)\s?ရ(ရင်|တာ)\s?(တောင်)?\s?[^။\n]{0,6}(အသက်ရှူကြပ်|အသက်ရှူမဝ|အသက်ရှူရခက်|ထမင်းမဝင်|ထမင်းစားလို့မဝင်|အော့|ရွံ|ကြက်သီးထ|မွန်းကြပ်) | pred:emotion | 0.8 | hate_emotion_group
re:နာကြည်း\s?(တယ်|လွန်း|ရ|မိ|နေ|လိုက်တာ) | pred:emotion | 0.8 | hate_emotion_group
re:(မြင်ရင်|မြင်တာနဲ့|တွေ့ရင်|ကြားရင်|မြင်လိုက်တိုင်း|မြင်ရတာနဲ့|မြင်ရရင်)\s?(ကို|တောင်)?\s?(အော့|အန်|ပျို့|အော့အန်|ပျို့အန်)\s?(ချင်|ချ) | pred:emotion | 0.85 | hate_emotion_group
re:(ရင်ထဲ|စိတ်ထဲ)\s?(မှာ)?\s?(အမုန်းတရား|အမုန်း)(တွေ)?\s?(ပဲ)?\s?(ပြည့်|လျှံ|ဆူ|တောက်) | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:attribute: corrupt, lazy, greedy, rude, liars, most useless, insults as plural nouns
re:(အကျင့်ပျက်|အကျင့်စာရိတ္တပျက်) | pred:attribute | 0.8 | negative_attribute_group
re:(ခြစား|လာဘ်စား|အဂတိလိုက်)\s?(တတ်|ကြ|တဲ့|တယ်|နေ) | pred:attribute | 0.8 | negative_attribute_group
အပျင်းထူ                     | pred:attribute | 0.8 | negative_attribute_group
ကလိမ်ကကျစ်                   | pred:attribute | 0.85 | negative_attribute_group
လောဘကြီး                     | pred:attribute | 0.75 | negative_attribute_group
ရိုင်းစိုင်း                   | pred:attribute | 0.7 | negative_attribute_group
re:(လိမ်လည်|ခိုးဝှက်|လိမ်ညာ)\s?(တတ်|ကြ)(တဲ့|တယ်|ကြတယ်) | pred:attribute | 0.8 | negative_attribute_group
re:လူလိမ်(တွေ|ကောင်တွေ)\s?(ပဲ|ချည်း|[၊။!]|$) | pred:attribute | 0.85 | negative_attribute_group
re:(အသုံးမကျ|အညံ့|အတုံး|အယုတ်မာ|အောက်တန်းအကျ|အပျင်း(ထူ)?)\s?ဆုံး\s?(လူ|ကောင်|အုပ်စု|အမျိုး) | pred:attribute | 0.85 | negative_attribute_group
re:(ငလိုး|မအေလိုး|ငါလိုးမ|ခွေးမသား|ဖာသည်မသား|စောက်ရူး|လီးကောင်)\s?(တွေ|ကောင်တွေ|အုပ်စု) | pred:attribute | 0.85 | negative_attribute_group
re:(ယုံ|ယုံကြည်|အားကိုး|အလုပ်ပေး|ကူညီ)\s?(ရင်|တာ)\s?[^။\n]{0,8}ကိုယ့်\s?\S{0,12}\s?ကိုယ်\s?\S{0,14}(တာ|သလို)\s?(နဲ့)?\s?(တူ|အတူတူ) | pred:attribute | 0.8 | negative_attribute_group

# ---- slur the engine lacked: "blind creature" (read as people next to တွေ, ဒီ, a second person...)
ကန်းကောင်                    | hate | 0.85 | slur_group | slur
ကန်းကောင်မ                   | hate | 0.85 | slur_group | slur

# ---- harassment at a person: rude idiot, dick-head, rat-sized brain, someone will beat you
re:(ရိုင်းစိုင်း|ပါးစပ်ပုပ်|လိမ်လည်|ညစ်ပတ်|အသုံးမကျ|ခိုးစား|ကောက်ကျစ်|လောဘကြီး)\S{0,2}\s?(တဲ့|သော)\s?(စောက်ရူး|လူလိမ်|ငတုံး|ခွေး|လီးကောင်|ကောင်|ကောင်မ|သူခိုး|အရူး|နွား) | harassment | 0.8 | insult_at_person
re:(noob|ငနုံ|အတုံး)?\s?လီးကောင်(ကြီး|လေး)? | harassment | 0.7 | insult_at_person
re:(ဦးနှောက်|ဉာဏ်)\s?(က|ဟာ)?\s?(ကြွက်|ကလေး|မျောက်|ခွေး|ကြက်|ငှက်|ပိုးကောင်|ငါး|ယင်ကောင်|ခြင်)\S{0,4}\s?(လောက်|စာ)(ပဲ)?\s?(ပဲ)?(ရှိ|ပါ)(တဲ့)?\s?(ကောင်|ကောင်မ|လူ|အကောင်) | harassment | 0.8 | insult_at_person
re:(ဦးနှောက်|ဉာဏ်)\s?(က|ဟာ)?\s?(ကြွက်|ယင်ကောင်|ခြင်|ပုရွက်ဆိတ်)\S{0,4}\s?(စာ|လောက်) | pred:attribute | 0.85 | negative_attribute_group
re:(တစ်ယောက်ယောက်|တစ်နေ့)\s?(က)?\s?(ရိုက်|သတ်|ခုတ်|မီးရှို့|ဆော်|ထိုး|ထု)\s?(ပစ်|လိုက်)?\s?လိမ့်မယ်\s?[၊,]?\s?(ထိုက်တန်|တန်|ခံထိုက်) | harassment | 0.75 | threat_violence | severe

# ---- counter-speech: "people call me X, Y and so on", "stop comparing them to", "I'll never accept calling them"
re:(လူတွေက|သူတို့က|တချို့က|တချို့လူတွေက)\s?[^။\n]{0,40}(စသဖြင့်|စသည်ဖြင့်|လို့)\s?(ခေါ်|ပြော|ဆဲ|နာမည်ပေး)(ကြ)?(တယ်|ခဲ့တယ်|ကြတယ်) | ctx:counter
re:(အဲ့|အဲဒီ|ဒီ|ထို)\s?(စကား|စကားလုံး|ခေါ်ဝေါ်ချက်|နာမည်)(တွေ)?\s?(ဘယ်လောက်)?\s?(နာကျင်|ထိခိုက်|ခံပြင်း) | ctx:counter
re:(နှိုင်းယှဉ်|တင်စား|ခိုင်းနှိုင်း)\s?(ပြော|ရေး)?\s?(တာ|တာတွေ|နေတာ|တာကို) | ctx:counter
re:(ပြောတာ|ခေါ်တာ|ဆဲတာ|ရေးတာ|စတာ|နောက်တာ)(တွေ)?\s?(ကို)?\s?ရပ်\s?(ကြ|ပါ|လိုက်|တော့) | ctx:counter
re:(ခေါ်|ပြော|ဆဲ|သတ်မှတ်|ဆက်ဆံ)\s?(တာ|နေတာ)(ကို)?\s?(ငါ|ကျနော်|ကျွန်တော်|ကျမ|ကျွန်မ|ငါတို့)?\s?(ဘယ်တော့မှ|လုံးဝ)?\s?(လက်မခံ|သည်းမခံ|ဆန့်ကျင်|ရှုတ်ချ|ကန့်ကွက်) | ctx:counter
re:(တယ်|တာ)?ဆိုတာ\s?(လုံးဝ|ဘယ်လိုမှ|တကယ်)\s?မဟုတ်(ပါ)?ဘူး | ctx:counter
re:(လိမ်ညာ|မဟုတ်မမှန်|မမှန်တဲ့)\s?(ဝါဒဖြန့်|ပြောဆို|သတင်း|စွပ်စွဲ) | ctx:counter
re:(ဘူး|မယ်|တယ်)လို့\s?(တစ်ခါမှ|ဘယ်တော့မှ|လုံးဝ)\s?မ(ကန့်သတ်|ပြော|ထား|သတ်မှတ်|ခွဲခြား|ငြင်း)\s?(ခဲ့)?(ဘူး|ပါဘူး) | ctx:counter

# ---- allow: swearing at one's own mishap
re:^(ဟ|ဟာ|အား)?\s?(မအေလိုး|ငါလိုးမ|လီးပဲ|စောက်ဖုတ်ပဲ|ခွေးမသား)\s?[၊,!]?\s?(ငါ့|ငါ|ကိုယ့်)\s?[^။\n]{0,30}(မှား|ပျောက်|ကျ|ပျက်|မေ့|ရှုံး|နောက်ကျ) | allow
re:(စောက်ရူး|အရူး|ငတုံး|ငအ|စောက်ပေါ)\s?(လို|လိုပဲ)\s?(ငါ|ငါ့ဘာသာ|ကိုယ့်ဘာသာ|ငါကိုယ်တိုင်) | allow

# ---- profane exclusion: "bullshit, letting them live here"
re:^(လီးပဲ|စောက်ဖုတ်ပဲ|ဘာလီးလဲ)\s?[^။\n၊]{0,50}(နေခွင့်|ဝင်ခွင့်|နိုင်ငံသား|အလုပ်|အခွင့်အရေး)\s?(ပေး|ရ)(ထား)?(တာ|တယ်) | pred:exclude | 0.85 | exclusion_group

# ---- derog_impl frames that recur: outbreeding, loyalty elsewhere, you'll have to redo their work,
# ---- counting the change twice, keep a tight hold of your phone, blamed for every loss
re:လူဦးရေ\s?(နဲ့|ဖြင့်)\s?(နိုင်|အနိုင်ယူ|လွှမ်းမိုး|ဖုံး|ကျော်) | pred:attribute | 0.8 | negative_attribute_group
re:သစ္စာ\s?(က|ဟာ)?\s?(တခြား|တစ်ခြား|အခြား|ပြင်ပ|နိုင်ငံခြား)\s?(မှာ|ကို|နိုင်ငံ|ဘက်) | pred:attribute | 0.8 | negative_attribute_group
re:(ရဲ|စစ်|အစိုးရ|ရုံး|တပ်)\s?(ထဲ)?\s?[၊,]?\s?[^။\n]{0,10}(မခန့်|မထည့်|မလက်ခံ)(ပါနဲ့|နဲ့|သင့်|ရ) | pred:exclude | 0.8 | exclusion_group
re:(အလုပ်ခိုင်း|တာဝန်ပေး|ခိုင်း|အပ်)\s?(ရင်|လိုက်ရင်)\s?(နောက်ဆုံး)?\s?ကိုယ်(တိုင်)?\s?(ပဲ)?\s?ပြန်\s?(လုပ်|ပြင်) | pred:attribute | 0.7 | negative_attribute_group
re:(ပိုက်ဆံ|ငွေ|အကြွေ)\s?(အမ်း)?(တာ)?\s?(နှစ်ခါ|သုံးခါ|ခဏခဏ|ထပ်ခါထပ်ခါ|နှစ်ခေါက်)\s?(ပြန်)?(ရေ|စစ်) | pred:attribute | 0.7 | negative_attribute_group
re:(ဖုန်း|ပိုက်ဆံ|ပိုက်ဆံအိတ်|အိတ်|ပစ္စည်း|ရွှေ)\s?(နဲ့|တွေ|ကို)\s?(ဖုန်း|ပိုက်ဆံ|ပိုက်ဆံအိတ်|အိတ်|ပစ္စည်း)?\s?(ကို)?\s?(သေချာ|တင်းတင်း|ကောင်းကောင်း)\s?(ကိုင်|ဆုပ်|စောင့်|သိမ်း) | pred:attribute | 0.8 | negative_attribute_group
re:(ပစ္စည်း|ဖုန်း|ပိုက်ဆံ|ကြက်|ဆိုင်ကယ်|စက်ဘီး)\s?(ပျောက်|ခိုးခံရ)\s?(တိုင်း|တာနဲ့) | pred:attribute | 0.75 | negative_attribute_group
re:(များလာ|တိုးလာ|ဆိုးလာ|ပျက်စီးလာ)\s?(တာ)\s?[^။\n]{0,30}(လက်ခံ|ဝင်ခွင့်ပေး|ခေါ်|ခန့်)\s?(လို့|တဲ့အတွက်|ကြောင့်)\s?(ပဲ)? | pred:attribute | 0.75 | negative_attribute_group
re:မျက်စိ\s?မှိတ်\s?(ပြီး)?\s?(တောင်|လည်း)?\s?(သိ|ပြော)\s?(တယ်|နိုင်) | pred:attribute | 0.7 | negative_attribute_group

# ---- numbered lists of vices ("3 things about X: 1. lazy 2. sly")
re:(၁|1)\s?[။.)]\s?(အပျင်းထူ|လောဘကြီး|ကလိမ်ကကျစ်|ရိုင်းစိုင်း|ဆိုးသွမ်း|ညစ်ပတ်|လိမ်လည်|ခိုးဝှက်|တုံး|ယုတ်မာ|သစ္စာမရှိ|ကောက်ကျစ်|ပျင်း|လူလိမ်|သူခိုး|ခြစား) | pred:attribute | 0.85 | negative_attribute_group
# ---- pred:threat: you won't see the morning
re:(မနက်|မနက်ဖြန်|နောက်နေ့|နေထွက်|မိုးလင်း|နောက်တစ်နေ့)\s?(ကို)?\s?(မမြင်ရ|မမီ|မမြင်ရတော့|မလင်း|မလင်းခင်)\s?(စေရ|စေနဲ့|ဘူး|တော့ဘူး|လိမ့်မယ်|မှာ|ဘူးမှတ်ထား) | pred:threat | 0.85 | threat_violence | severe
# ---- allow: swearing at a thing ("fuck, this rice cooker, it won't work")
re:^(ဟ|ဟာ|အား)?\s?(မအေလိုး|ငါလိုးမ|ခွေးမသား|လီးပဲ|စောက်ဖုတ်ပဲ)\s?[၊,!]?\s?ဒီ\s?(ထမင်းပေါင်းအိုး|ပရင်တာ|printer|ဖုန်း|ကွန်ပျူတာ|laptop|လက်ပ်တော့|ကား|ဆိုင်ကယ်|ထီး|ပန်ကာ|စက်|tv|router|wifi|အင်တာနက်|app|ဂိမ်း)\s?[၊,!] | allow
