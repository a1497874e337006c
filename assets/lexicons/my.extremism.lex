# Burmese extremism: calls to kill or drive out ethnic and religious groups. Small starter list.
@format 1
@lang my
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

re:(ကုလား|ဘင်္ဂါလီ|မွတ်ဆလင်|ရိုဟင်ဂျာ|တရုတ်|ခရစ်ယာန်)(တွေ)?(ကို)?(အကုန်|အားလုံး)?(သတ်|မောင်းထုတ်|မီးရှို့|ရှင်းပစ်|မျိုးဖြုတ်) | extremism | 0.85 | extremism_incitement | severe
မျိုးဖြုတ်           | extremism | 0.55 | extremism_incitement | needs=group
လူမျိုးတုံးအောင်      | extremism | 0.6  | extremism_incitement | needs=group
အကုန်သတ်ပစ်        | extremism | 0.55 | extremism_incitement | needs=group
