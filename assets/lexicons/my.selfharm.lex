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
