# Burmese self-harm: first-person wishes to die (risk, answered with help resources). Telling
# someone else to kill themselves is harassment (wish_harm), in my.harassment.lex.
@format 1
@lang my
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

သေချင်တယ်          | self_harm | 0.45 | self_harm_risk |
သေချင်ပြီ           | self_harm | 0.55 | self_harm_risk |
သတ်သေချင်          | self_harm | 0.8  | self_harm_risk | severe
ကိုယ့်ကိုယ်ကိုသတ်သေချင် | self_harm | 0.85 | self_harm_risk | severe
အသက်မရှင်ချင်တော့ဘူး | self_harm | 0.75 | self_harm_risk |
အသက်ရှင်ရတာမောပြီ   | self_harm | 0.55 | self_harm_risk |
မနေချင်တော့ဘူး       | self_harm | 0.3  | self_harm_risk |
လက်ကောက်ဝတ်ကိုလှီး  | self_harm | 0.7  | self_harm_risk |

# ---- First-person wish to die with a plan (added 2026-12, original work, MIT) ----
re:(အိပ်ဆေး|ဆေးပြား|ပိုးသတ်ဆေး|ကြိုး)(တွေ)?\s?(စုထား|ဝယ်ထား|အဆင်သင့်)     | self_harm | 0.6  | self_harm_risk | severe
re:သေ\s?ချင်\s?(တယ်|ပြီ|လိုက်တာ)                                | self_harm | 0.5  | self_harm_risk |
ဝန်ထုပ်ဝန်ပိုး       | self_harm | 0.25 | self_harm_risk |
မခံနိုင်တော့ဘူး      | self_harm | 0.25 | self_harm_risk |

# ---- The writer's own wish in words that, said to someone, are a death wish (those moved to
# ---- my.harassment.lex, 2026-12); the same patterns are `allow` there. ----
re:(သွား|ကိုယ့်ကိုယ်ကို)?\s?(သတ်သေ|ကြိုးဆွဲချ|သေ)\s?လို\s?က်\s?(ချင်|တော့မယ်|မယ်) | self_harm | 0.7 | self_harm_risk | severe
re:ကြိုး\s?ဆွဲ\s?ချ.{0,12}သေ\s?(ချင်|မယ်|တော့မယ်) | self_harm | 0.7 | self_harm_risk | severe

# ---- "I will kill myself" (reflexive ကိုယ့်ကိုယ်ကို / ငါ့ကိုယ်ငါ): my.groups.lex lists the same patterns as
# ---- `allow` so that "ငါ…သတ်မယ်" inside them is not read as a threat; these entries keep them a risk. ----
re:(ငါ|ငါက|ကျွန်တော်|ကျနော်|ကျုပ်)?\s?ကိုယ့်\s?ကိုယ်\s?(ကိုယ်|ကို)+\s?(သတ်|သတ်သေ)\s?(ပစ်)?\s?(မယ်|လိုက်မယ်|ချင်) | self_harm | 0.75 | self_harm_risk | severe
re:ငါ့\s?ကိုယ်\s?ငါ\s?(သတ်|သတ်သေ)\s?(ပစ်)?\s?(မယ်|လိုက်မယ်|ချင်) | self_harm | 0.75 | self_harm_risk | severe
