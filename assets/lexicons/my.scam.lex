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
