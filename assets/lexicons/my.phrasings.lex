@format 1
@lang my
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites), never from held-back or blind cases
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
