# Burmese extremism: calls to kill or drive out ethnic and religious groups. Small starter list.
@format 1
@lang my
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

re:(ကုလား|ဘင်္ဂါလီ|မွတ်ဆလင်|ရိုဟင်ဂျာ|တရုတ်|ခရစ်ယာန်)(တွေ)?(ကို)?(အကုန်|အားလုံး)?(သတ်|မောင်းထုတ်|မီးရှို့|ရှင်းပစ်|မျိုးဖြုတ်) | extremism | 0.85 | extremism_incitement | severe
မျိုးဖြုတ်           | extremism | 0.55 | extremism_incitement | needs=group
လူမျိုးတုံးအောင်      | extremism | 0.6  | extremism_incitement | needs=group
အကုန်သတ်ပစ်        | extremism | 0.55 | extremism_incitement | needs=group

# ---- Burning places of worship, praise of bombers, armed recruitment with a contact (added
# ---- 2026-12, original work, MIT) ----
re:(ဗလီ|ဘုရားကျောင်း|ဘုန်းကြီးကျောင်း|ချာ့ချ်|ဘုရားရှိခိုးကျောင်း)\s?(တွေ)?\s?(ကို)?\s?မီး\s?ရှို့   | extremism | 0.75 | extremism_incitement | severe
re:တစ်ယောက်မှ\s?မ\s?ချန်                                               | extremism | 0.4  | extremism_incitement |
re:ဗုံး\s?ခွဲ.{0,25}သူရဲ\s?ကောင်း                                        | extremism | 0.8  | extremism_glorification | severe
ဘာသာရေးစစ်ပွဲ       | extremism | 0.4  | extremism_recruitment |
re:(လက်နက်ကိုင်|စစ်ပွဲ|ဂျီဟတ်).{0,50}(ဆက်သွယ်|telegram|inbox)              | extremism | 0.65 | extremism_recruitment | severe
