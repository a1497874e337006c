# Burmese (Myanmar, Unicode encoding) abuse aimed at one person: insults said to or about someone,
# mother insults, threats and death wishes. Complements my.harassment.lex (entries there are not
# repeated). Burmese is written without word edges: entries are compounds, or patterns with a
# pronoun (မင်း, နင်, ညည်း) before the insult. Bare animal words (ခွေး, နွား, ဝက်) are everyday
# nouns and appear only in compounds ("ခွေးမ" is also the start of ခွေးမွေး, ခွေးမျိုး, ခွေးမြီး).
# "မင်း" is also the start of မင်းသား (prince) and မင်းသမီး (actress): the patterns need the
# insult right after it. "ခွေးသား" is also dog meat and is left out of the patterns.
@format 1
@lang my
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT

# --- ctx:target: second person and pointing at someone, missing from my.context.lex ----------
ညည်းတို့           | ctx:target
မင့်               | ctx:target
ဟိုကောင်           | ctx:target
ဟိုကောင်မ          | ctx:target
ဟေ့ကောင်မ         | ctx:target

# --- insults: compounds not yet listed (need someone aimed at) ------------------------------
ငပေါ              | harassment | 0.55 | insult_at_person | needs=target
ငမိုက်သား           | harassment | 0.6  | insult_at_person | needs=target
ကောင်စုတ်          | harassment | 0.6  | insult_at_person | needs=target
ဦးနှောက်မရှိဘူးလား   | harassment | 0.6  | insult_at_person | needs=target
ဦးနှောက်ပါရဲ့လား    | harassment | 0.6  | insult_at_person | needs=target
ဦးနှောက်မဲ့         | harassment | 0.55 | insult_at_person | needs=target
မျက်နှာပြောင်        | harassment | 0.55 | insult_at_person | needs=target
ပြည့်တန်ဆာမ        | harassment | 0.6  | insult_at_person | needs=target
မိဘမဆုံးမ          | harassment | 0.55 | insult_at_person | needs=target
မဟောင်နဲ့           | harassment | 0.55 | insult_at_person | needs=target
ထွက်သွားစမ်း        | harassment | 0.55 | insult_at_person | needs=target
ရွံစရာကောင်း        | harassment | 0.55 | insult_at_person | needs=target
သူခိုးကောင်         | harassment | 0.55 | insult_at_person | needs=target
ပါးစပ်ပုပ်           | harassment | 0.55 | insult_at_person | needs=target

# --- insults abusive on their own -----------------------------------------------------------
ဖာသည်မသား         | harassment | 0.8  | insult_at_person |
ကောင်မစုတ်         | harassment | 0.7  | insult_at_person |
စောက်ကောင်         | harassment | 0.65 | insult_at_person |
အသုံးမကျတဲ့ကောင်    | harassment | 0.7  | insult_at_person |
သုံးစားမရတဲ့ကောင်    | harassment | 0.7  | insult_at_person |
ယုတ်မာတဲ့ကောင်      | harassment | 0.65 | insult_at_person |
ရှက်စရာမရှိတဲ့ကောင်  | harassment | 0.6  | insult_at_person |
ရွံစရာကောင်းတဲ့ကောင် | harassment | 0.65 | insult_at_person |
လူ့အမှိုက်          | harassment | 0.65 | insult_at_person |
တိရိစ္ဆာန်ကောင်       | harassment | 0.6  | insult_at_person |
ပါးစပ်ပိတ်စမ်း       | harassment | 0.6  | insult_at_person |
ခွေးလိုမဟောင်နဲ့      | harassment | 0.7  | insult_at_person |
လူမဆန်တဲ့ကောင်      | harassment | 0.65 | insult_at_person |
# "you (are) X": pronoun, an optional particle, then the insult
re:(မင်း|နင်|ညည်း|မင်းတို့|နင်တို့|ညည်းတို့|ခင်ဗျား)(က|ဟာ|ကလည်း|ကတော့|လို)?\s?(နွားကောင်|ဝက်ကောင်|မျောက်ကောင်|တိရစ္ဆာန်|တိရိစ္ဆာန်|ကောင်စုတ်|ကောင်မစုတ်|စောက်ရူး|ဆောက်ရူး|စောက်ကောင်|စောက်သုံးမကျ|အသုံးမကျ|သုံးစားမရ|ဖာသည်|ငပေါ|ငမိုက်သား|လူယုတ်မာ|ယုတ်မာ|လူ့အမှိုက်|မျက်နှာပြောင်|ရှက်စရာမရှိ|ဦးနှောက်မရှိ|ဦးနှောက်မဲ့|ခွေးမသား) | harassment | 0.75 | insult_at_person |
# mother and family insults
re:(မင်း|နင့်|နင်|ညည်း|မင့်)(ရဲ့)?\s?(အမေ|အဖေ|မိဘ|မိသားစု)\s?(က|ဟာ)?\s?(ဖာသည်|ပြည့်တန်ဆာ|ခွေးမကြီး|ခွေးမပဲ|ဝက်မကြီး) | harassment | 0.8 | insult_at_person |
# go to hell
re:ငရဲ\s?(ကို)?\s?(သွား|ဆင်း)\s?(လိုက်|တော့|စမ်း|ပါ) | harassment | 0.7 | wish_harm |

# --- appearance aimed at someone (body_shaming) ---------------------------------------------
ဝက်လိုဝ            | harassment | 0.6  | body_shaming |
ဆင်လိုဝ            | harassment | 0.6  | body_shaming |
ရုပ်ဆိုးကောင်        | harassment | 0.6  | body_shaming |
ဝက်မကြီး           | harassment | 0.65 | body_shaming |
re:(မင်း|နင်|ညည်း)(က|ဟာ|ရဲ့)?\s?(ရုပ်|မျက်နှာ)?\s?(က|ဟာ)?\s?(ရုပ်ဆိုး|ဝတုတ်|ဝက်လိုဝ|ဆင်လိုဝ|ကြည့်မကောင်း) | harassment | 0.65 | body_shaming |

# --- threats of violence --------------------------------------------------------------------
re:(မင်း|နင့်|နင်|ညည်း|မင်းတို့|နင်တို့)\s?ကို\s?(ပါးရိုက်|ရိုက်|ထိုး|ကန်|ဆော်|တီး|ထုရိုက်|ရိုက်နှက်|ခုတ်|ထိုးသတ်|ဓားနဲ့ထိုး|သေနတ်နဲ့ပစ်|ပစ်)\s?(ပစ်|လိုက်)?\s?မယ် | harassment | 0.8 | threat_violence | severe
re:(မင်း|နင့်|နင်|ညည်း|မင်းတို့|နင်တို့)\s?(ကို)?\s?(ရှာတွေ့အောင်|အရောက်|ဘယ်ရောက်ရောက်)\s?(လိုက်)?\s?(ရှာ|လာ)\s?(မယ်|ခဲ့မယ်) | harassment | 0.8 | threat_violence | severe
re:ဘယ်\s?(ပြေး|ပုန်း|သွား)\s?(ပြေး|ပုန်း|သွား).{0,15}(မလွတ်|ရှာတွေ့|လိုက်ရှာ|လိုက်သတ်) | harassment | 0.75 | threat_violence | severe
re:(မင်း|နင်|ညည်း|မင်းတို့|နင်တို့)(ရဲ့)?\s?(အလုပ်|ရုံး|ကျောင်း|လိပ်စာ|နေရပ်|အိမ်လိပ်စာ|နေတဲ့နေရာ)(ကို)?\s?(ငါ)?\s?(သိတယ်|သိပြီ|သိထားတယ်) | harassment | 0.65 | threat_violence |
re:(မင်း|နင်|ညည်း|မင်းတို့|နင်တို့)\s?(ကို)?\s?နောင်တ\s?(ရ|ရစေ)\s?(မယ်|လိမ့်မယ်|ရမယ်|စေရမယ်|အောင်လုပ်မယ်) | harassment | 0.7 | threat_violence |
နောင်တရစေရမယ်      | harassment | 0.65 | threat_violence |
re:(မင်း|နင်|ညည်း)\s?ငါ(နဲ့|နှင့်)\s?(တွေ့|တွေ့ကြ)\s?(မယ်|ချင်လား|လိမ့်မယ်) | harassment | 0.65 | threat_violence |
re:(မင်း|နင်|ညည်း|မင်းတို့|နင်တို့)\s?(သေ|သေပြီ)\s?(သာ)?\s?မှတ် | harassment | 0.85 | threat_violence | severe
re:သေဖို့\s?(ပြင်ထား|အသင့်ပြင်|ပြင်ဆင်ထား) | harassment | 0.8 | threat_violence | needs=target severe
အသေသတ်မယ်        | harassment | 0.85 | threat_violence | severe
အရှင်မထားဘူး        | harassment | 0.8  | threat_violence | needs=target severe
re:ငါ့\s?(လက်|လက်ချက်)\s?(နဲ့|ကြောင့်)\s?(သေ|သေရ)\s?(မယ်|မှာ|လိမ့်မယ်) | harassment | 0.85 | threat_violence | severe
re:(မင်း|နင့်|နင်|ညည်း)(ရဲ့)?\s?(မိသားစု|အမေ|အဖေ|မိဘ|ကလေး|သားသမီး)(ကို)?\s?(သတ်|ခုတ်|ရိုက်သတ်|ပစ်သတ်|မီးရှို့)\s?(ပစ်|လိုက်)?\s?မယ် | harassment | 0.9 | threat_violence | severe
re:(မျက်လုံး|မျက်နှာ|ပါးစပ်|ခေါင်း|နှာခေါင်း)(ကို)?\s?(ထိုးဖောက်|ထုခွဲ|ကွဲအောင်ရိုက်|ကြေအောင်ရိုက်|ဖဲ့ထုတ်|ထိုးထုတ်)\s?(ပစ်|လိုက်)?\s?မယ် | harassment | 0.85 | threat_violence | severe

# --- wishes of death and harm ---------------------------------------------------------------
re:(မင်း|နင်|ညည်း|မင်းတို့|နင်တို့|ညည်းတို့|မင်းမိသားစု|နင့်မိသားစု|မင်းအမေ|နင့်အမေ)\s?(မြန်မြန်)?\s?(သေ|သေသွား|ကားတိုက်ခံရ|ကားတိုက်ပြီးသေ|ကင်ဆာဖြစ်|ငရဲကျ|မျိုးပြုတ်|အသက်တို|ဒုက္ခရောက်|ပျက်စီး|ရူးသွား)\s?(ပါစေ|စေချင်တယ်|ရင်ကောင်းမယ်|လိုက်ရင်ကောင်းမယ်|သွားရင်ကောင်းမယ်) | harassment | 0.85 | wish_harm | severe
မြန်မြန်သေပါစေ      | harassment | 0.85 | wish_harm | severe
ကားတိုက်ခံရပါစေ     | harassment | 0.75 | wish_harm | severe
ကင်ဆာဖြစ်ပါစေ       | harassment | 0.8  | wish_harm | severe
အသက်တိုပါစေ        | harassment | 0.8  | wish_harm | severe
သေရင်ကောင်းမယ်      | harassment | 0.6  | wish_harm | needs=target
ငရဲသွားလိုက်         | harassment | 0.7  | wish_harm |

# --- allow: everyday words holding the insults ----------------------------------------------
# "ခွေးမ" (bitch) starts ခွေးမျိုး (dog breed), ခွေးမြီး (dog's tail), ခွေးမှာ (the dog has)
ခွေးမျိုး            | allow
ခွေးမြီး             | allow
ခွေးမှ              | allow
ခွေးမလေး           | allow
ခွေးမရှိ            | allow
# killing pests is not a threat ("ပိုးသတ်မယ်", I'll spray the insects)
re:(ပိုး|ခြင်|ကြွက်|ပိုးမွှား|ပိုးမွှားတွေ|ခြင်တွေ|ကြွက်တွေ|ပိုးတွေ)\s?(ကို)?\s?(သတ်|သတ်ပစ်)\s?မယ် | allow
