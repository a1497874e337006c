# Burmese scams: guaranteed profit, doubling, prizes, OTP requests, advance payments.
# Small starter list.
@format 1
@lang my
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

အမြတ်အာမခံ        | scam | 0.6  | scam_guaranteed_returns |
အမြတ်ငွေအာမခံ      | scam | 0.6  | scam_guaranteed_returns |
နေ့စဉ်အမြတ်         | scam | 0.4  | scam_guaranteed_returns |
ငွေနှစ်ဆ            | scam | 0.55 | scam_crypto_doubling |
နှစ်ဆပြန်ရ          | scam | 0.6  | scam_crypto_doubling |
အိမ်မှာနေရင်းဝင်ငွေ    | scam | 0.4  | scam_job_offer |
ကံထူးရှင်            | scam | 0.4  | scam_prize |
ဆုကြီးပေါက်          | scam | 0.4  | scam_prize |
re:otp\s?(ကုဒ်|နံပါတ်)?\s?(ကို)?\s?(ပို့|ပြော|ပေး) | scam | 0.75 | scam_credentials | severe
လျှို့ဝှက်နံပါတ်ပေး     | scam | 0.6  | scam_credentials |
ကြိုတင်ငွေလွှဲ        | scam | 0.5  | scam_payment_request |
ဝန်ဆောင်ခအရင်လွှဲ    | scam | 0.55 | scam_payment_request |

# ---- "Put in X, get Y back", no-loss promises, like-to-earn jobs, prize with a delivery fee,
# ---- account locks, OTP "sent by mistake" (added 2026-12, original work, MIT) ----
re:(ထည့်|လွှဲ|ရင်းနှီး|အပ်)\s?ရင်.{0,30}ပြန်\s?ရ(မယ်|မှာ)                  | scam | 0.6  | scam_crypto_doubling |
re:အ\s?ရှုံး\s?မ\s?ရှိ                                               | scam | 0.5  | scam_guaranteed_returns |
re:အာ\s?မ\s?ခံ\s?(တယ်|ပါတယ်|ချက်)                                     | scam | 0.3  | scam_guaranteed_returns |
re:(like|လိုက်ခ်|share|ရှယ်)\s?(နှိပ်|လုပ်)\s?ရုံ(နဲ့|ဖြင့်)                        | scam | 0.55 | scam_job_offer |
re:(တစ်ရက်|တစ်နေ့|နေ့စဉ်|တစ်ပတ်)\s?.{0,12}(ရမယ်|ရပါမယ်|ဝင်ငွေ)               | scam | 0.25 | scam_job_offer |
re:(telegram|viber|whatsapp|inbox).{0,25}(ဆက်သွယ်|လာခဲ့)                   | scam | 0.15 | scam_off_platform |
re:(ပို့ဆောင်ခ|ဝန်ဆောင်မှုခ|ဝန်ဆောင်ခ|အခွန်|စရံ).{0,20}(အရင်)?\s?လွှဲ          | scam | 0.55 | scam_payment_request |
re:(အကောင့်|account)(ကို)?\s?(ယာယီ)?\s?(ပိတ်|ရပ်ဆိုင်း)                     | scam | 0.45 | scam_urgency |
re:(နာရီ|မိနစ်)\s?အတွင်း\s?(အတည်ပြု|verify|ဆက်သွယ်)                      | scam | 0.3  | scam_urgency |
re:(verify|login|secure|update|account)[-.][a-z0-9-]+\.   | scam | 0.45 | scam_credentials |
re:[a-z0-9]+-(verify|login|secure|update)\.   | scam | 0.45 | scam_credentials |
re:otp.{0,12}(မှား)?\s?(ပို့|ပြန်ပို့|ပြော)                                 | scam | 0.75 | scam_credentials | severe
