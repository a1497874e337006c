# Burmese self-harm: telling someone to kill themselves (encouragement, severe) and first-person
# wishes to die (risk, answered with help resources).
@format 1
@lang my
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

ကိုယ့်ကိုယ်ကိုသတ်သေလိုက်   | self_harm | 0.9  | self_harm_encouragement | severe
သွားသတ်သေလိုက်       | self_harm | 0.9  | self_harm_encouragement | severe
သတ်သေလိုက်တော့     | self_harm | 0.85 | self_harm_encouragement | severe
သွားကြိုးဆွဲချလိုက်    | self_harm | 0.9  | self_harm_encouragement | severe
ကြိုးဆွဲချလိုက်တော့   | self_harm | 0.85 | self_harm_encouragement | severe
သေချင်တယ်          | self_harm | 0.45 | self_harm_risk |
သေချင်ပြီ           | self_harm | 0.55 | self_harm_risk |
သတ်သေချင်          | self_harm | 0.8  | self_harm_risk | severe
ကိုယ့်ကိုယ်ကိုသတ်သေချင် | self_harm | 0.85 | self_harm_risk | severe
အသက်မရှင်ချင်တော့ဘူး | self_harm | 0.75 | self_harm_risk |
အသက်ရှင်ရတာမောပြီ   | self_harm | 0.55 | self_harm_risk |
မနေချင်တော့ဘူး       | self_harm | 0.3  | self_harm_risk |
လက်ကောက်ဝတ်ကိုလှီး  | self_harm | 0.7  | self_harm_risk |

# ---- "Go die" to someone (also spaced), "why don't you hang yourself and die"; first-person
# ---- wish to die with a plan (added 2026-12, original work, MIT) ----
re:သွား\s?သေ\s?(လိုက်|တော့|လိုက်တော့|လိုက်ပါ)                 | self_harm | 0.85 | self_harm_encouragement | severe
re:သေ\s?လို\s?က်\s?(ပါလား|စမ်းပါ|တော့)                        | self_harm | 0.7  | self_harm_encouragement |
re:ကြိုး\s?ဆွဲ\s?ချ.{0,12}သေ                                  | self_harm | 0.85 | self_harm_encouragement | severe
re:(အိပ်ဆေး|ဆေးပြား|ပိုးသတ်ဆေး|ကြိုး)(တွေ)?\s?(စုထား|ဝယ်ထား|အဆင်သင့်)     | self_harm | 0.6  | self_harm_risk | severe
re:သေ\s?ချင်\s?(တယ်|ပြီ|လိုက်တာ)                                | self_harm | 0.5  | self_harm_risk |
ဝန်ထုပ်ဝန်ပိုး       | self_harm | 0.25 | self_harm_risk |
မခံနိုင်တော့ဘူး      | self_harm | 0.25 | self_harm_risk |
