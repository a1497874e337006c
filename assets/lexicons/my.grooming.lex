# Burmese grooming: age/school questions, secrecy from parents, photo requests, phone top-ups,
# meeting. Small starter list; single signals weigh little.
@format 1
@lang my
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

အသက်ဘယ်လောက်ရှိပြီလဲ | grooming | 0.3  | grooming_age_question |
အသက်ဘယ်လောက်လဲ    | grooming | 0.3  | grooming_age_question |
ဘယ်ကျောင်းတက်လဲ     | grooming | 0.35 | grooming_age_question |
ဘယ်နှစ်တန်းလဲ       | grooming | 0.4  | grooming_age_question |
အဖေအမေကိုမပြောနဲ့   | grooming | 0.85 | grooming_secrecy | severe
မိဘကိုမပြောနဲ့        | grooming | 0.85 | grooming_secrecy | severe
အမေ့ကိုမပြောနဲ့       | grooming | 0.65 | grooming_secrecy |
ဘယ်သူ့ကိုမှမပြောနဲ့   | grooming | 0.45 | grooming_secrecy |
ဓာတ်ပုံပို့ပေး        | grooming | 0.35 | grooming_photo_request |
အဝတ်မပါတဲ့ပုံ       | grooming | 0.85 | grooming_photo_request | severe
အဝတ်ချွတ်ပြီးရိုက်     | grooming | 0.85 | grooming_photo_request | severe
ဖုန်းဘေလ်ဖြည့်ပေးမယ်   | grooming | 0.5  | grooming_gift |
ငွေဖြည့်ပေးမယ်       | grooming | 0.4  | grooming_gift |
တွေ့ကြရအောင်        | grooming | 0.25 | grooming_meeting |
ကျောင်းကိုလာကြိုမယ်   | grooming | 0.6  | grooming_meeting |
