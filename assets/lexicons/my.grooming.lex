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
# one parent alone is also how a family keeps a surprise: weak on its own (2026-12)
အမေ့ကိုမပြောနဲ့       | grooming | 0.45 | grooming_secrecy |
ဘယ်သူ့ကိုမှမပြောနဲ့   | grooming | 0.45 | grooming_secrecy |
ဓာတ်ပုံပို့ပေး        | grooming | 0.35 | grooming_photo_request |
အဝတ်မပါတဲ့ပုံ       | grooming | 0.85 | grooming_photo_request | severe
အဝတ်ချွတ်ပြီးရိုက်     | grooming | 0.85 | grooming_photo_request | severe
ဖုန်းဘေလ်ဖြည့်ပေးမယ်   | grooming | 0.5  | grooming_gift |
ငွေဖြည့်ပေးမယ်       | grooming | 0.4  | grooming_gift |
တွေ့ကြရအောင်        | grooming | 0.25 | grooming_meeting |
ကျောင်းကိုလာကြိုမယ်   | grooming | 0.6  | grooming_meeting |

# ---- Secrecy about talking to an adult, moving to a private app, deleting chats, meeting alone,
# ---- pick-up at school, bathing photos (added 2026-12, original work, MIT) ----
re:(မေမေ|ဖေဖေ|အဖေ|အမေ|မိဘ|ဆရာမ)့?\s?(ကို)?\s?မပြောနဲ့                  | grooming | 0.45 | grooming_secrecy |
re:(အကို|ကိုကို|ဦးလေး|အစ်ကို)\s?(နဲ့).{0,20}မပြောနဲ့                      | grooming | 0.7  | grooming_secrecy | severe
re:(အဖေအမေ|မိဘ|အမေ|အဖေ|မေမေ)\s?(တွေ)?\s?မသိအောင်                     | grooming | 0.7  | grooming_secrecy | severe
re:(chat|ချက်|မက်ဆေ့|စာ)(တွေ)?\s?(ကို)?\s?ဖျက်(ထား|လိုက်|ပစ်)           | grooming | 0.45 | grooming_secrecy |
re:(telegram|viber|messenger|signal|line|wechat|whatsapp)\s?(မှာ|ထဲမှာ)(ပဲ)?\s?(ပြောရအောင်|ပြောမယ်|chatရအောင်)  | grooming | 0.4 | grooming_private_app |
re:(တစ်ယောက်တည်း|နှစ်ယောက်တည်း)\s?(လာ)?\s?တွေ့                      | grooming | 0.55 | grooming_meeting | severe
re:ကျောင်း\s?(ကို|မှာ|က|ပေါက်မှာ|ဆင်းရင်)?\s?လာ\s?ကြိုမယ်                   | grooming | 0.55 | grooming_meeting |
re:(ရေချိုး|အဝတ်လဲ)\s?နေတဲ့\s?(ပုံ|ဓာတ်ပုံ|ဗီဒီယို)                        | grooming | 0.85 | grooming_photo_request | severe
re:(နှစ်ယောက်|ငါတို့နှစ်ယောက်)\s?(ထဲ|တည်း)?\s?(ရဲ့)?\s?လျှို့ဝှက်ချက်          | grooming | 0.6  | grooming_secrecy |
