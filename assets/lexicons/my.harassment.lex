# Burmese harassment: insults, profanity aimed at people, threats, wishes of harm, sexual
# harassment and body shaming. Substring matching (no word boundaries): compounds are preferred
# to bare roots; the crude intensifier စောက်/ဆောက် only appears in compounds (ဆောက် alone = build).
@format 1
@lang my
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- profanity ------------------------------------------------------------------------------
မအေလိုး           | harassment | 0.5  | profanity_at_person | needs=target
မေလိုး            | harassment | 0.5  | profanity_at_person | needs=target
မအေးလိုး          | harassment | 0.5  | profanity_at_person | needs=target
မင်းအမေလိုး        | harassment | 0.75 | profanity_at_person |
ကိုမေကိုလိုး        | harassment | 0.7  | profanity_at_person |
ငါလိုးမသား        | harassment | 0.7  | profanity_at_person |
ငါလိုးမ           | harassment | 0.6  | profanity_at_person |
လိုးမသား          | harassment | 0.65 | profanity_at_person |
ဖေလိုးမ           | harassment | 0.6  | profanity_at_person |
လိုး              | harassment | 0.3  | profanity_at_person | needs=target
လီး               | harassment | 0.3  | profanity_at_person | needs=target
စောက်ဖုတ်          | harassment | 0.6  | profanity_at_person |
သေနာ              | harassment | 0.35 | profanity_at_person | needs=target
မသာမ             | harassment | 0.5  | profanity_at_person |
မသာကောင်          | harassment | 0.5  | profanity_at_person |

# --- insults --------------------------------------------------------------------------------
ခွေးမသား          | harassment | 0.7  | insult_at_person |
ခွေးသား           | harassment | 0.65 | insult_at_person |
ခွေးကောင်          | harassment | 0.6  | insult_at_person |
ခွေးမ             | harassment | 0.5  | insult_at_person | needs=target
စောက်ရူး           | harassment | 0.55 | insult_at_person |
ဆောက်ရူး          | harassment | 0.55 | insult_at_person |
စောက်ခွက်          | harassment | 0.55 | insult_at_person |
ဆောက်ခွက်         | harassment | 0.55 | insult_at_person |
စောက်ပို           | harassment | 0.45 | insult_at_person | needs=target
စောက်ရှက်မရှိ       | harassment | 0.55 | insult_at_person |
စောက်ရှက်          | harassment | 0.45 | insult_at_person | needs=target
စောက်ပေါ           | harassment | 0.5  | insult_at_person |
စောက်သုံးမကျ        | harassment | 0.6  | insult_at_person |
စောက်ကလေး         | harassment | 0.45 | insult_at_person | needs=target
ငတုံး              | harassment | 0.5  | insult_at_person | needs=target
ငရူး              | harassment | 0.5  | insult_at_person |
အရူး              | harassment | 0.3  | insult_at_person | needs=target
ရူးနေလား          | harassment | 0.4  | insult_at_person |
အောက်တန်းစား       | harassment | 0.5  | insult_at_person | needs=target
အောက်တန်းကျ       | harassment | 0.45 | insult_at_person | needs=target
သူတောင်းစား        | harassment | 0.4  | insult_at_person | needs=target
ကျက်သရေတုံး       | harassment | 0.5  | insult_at_person | needs=target
လူယုတ်မာ          | harassment | 0.4  | insult_at_person | needs=target
မိုက်ရိုင်း           | harassment | 0.3  | insult_at_person | needs=target
တိရစ္ဆာန်ကောင်      | harassment | 0.55 | insult_at_person |
နွားကောင်          | harassment | 0.45 | insult_at_person | needs=target
ဖာသည်မ           | harassment | 0.65 | insult_at_person |
ဖာသည်            | harassment | 0.5  | insult_at_person | needs=target
ဖင်ယား            | harassment | 0.4  | insult_at_person | needs=target
# political name-calling
စစ်ခွေး            | harassment | 0.45 | insult_at_person | needs=target
အာဏာရူး           | harassment | 0.4  | insult_at_person | needs=target

# --- body shaming ---------------------------------------------------------------------------
ရုပ်ဆိုးမ           | harassment | 0.5  | body_shaming |
ရုပ်ဆိုး            | harassment | 0.35 | body_shaming | needs=target
ဝတုတ်             | harassment | 0.4  | body_shaming | needs=target
အဝကောင်           | harassment | 0.5  | body_shaming |
အမည်းကောင်         | harassment | 0.5  | body_shaming |
မျောက်မျက်နှာ       | harassment | 0.5  | body_shaming |

# --- threats --------------------------------------------------------------------------------
မင်းကိုသတ်မယ်      | harassment | 0.9  | threat_violence | severe
နင့်ကိုသတ်မယ်       | harassment | 0.9  | threat_violence | severe
သတ်ပစ်မယ်         | harassment | 0.75 | threat_violence | severe
သတ်မယ်           | harassment | 0.5  | threat_violence | needs=target
ရိုက်သတ်မယ်        | harassment | 0.85 | threat_violence | severe
သေအောင်ရိုက်       | harassment | 0.7  | threat_violence | severe
ခုတ်သတ်မယ်        | harassment | 0.85 | threat_violence | severe
အိမ်ကိုမီးရှို့မယ်    | harassment | 0.85 | threat_violence | severe
မီးရှို့ပစ်မယ်       | harassment | 0.75 | threat_violence | severe
မင်းသေပြီ          | harassment | 0.6  | threat_violence |
သေချင်လို့လား       | harassment | 0.55 | threat_violence |
မင်းသေချင်လား      | harassment | 0.65 | threat_violence |
မင်းအိမ်ကိုသိတယ်    | harassment | 0.75 | doxxing | severe

# --- wishes of harm -------------------------------------------------------------------------
သေပါစေ            | harassment | 0.55 | wish_harm | needs=target
သေစမ်း             | harassment | 0.55 | wish_harm | needs=target
သေလိုက်စမ်း         | harassment | 0.7  | wish_harm |
သွားသေလိုက်        | harassment | 0.8  | wish_harm | severe
သွားသေတော့        | harassment | 0.8  | wish_harm | severe
သေချင်းဆိုး         | harassment | 0.5  | wish_harm | needs=target
ငရဲကျပါစေ         | harassment | 0.6  | wish_harm |
မျိုးပြုတ်ပါစေ       | harassment | 0.7  | wish_harm |

# --- sexual harassment ----------------------------------------------------------------------
လိုးချင်            | harassment | 0.7  | sexual_harassment |
လိုးမယ်            | harassment | 0.75 | sexual_harassment |
နို့ပြ              | harassment | 0.65 | sexual_harassment |
အဝတ်ချွတ်ပြ        | harassment | 0.75 | sexual_harassment | severe
နို့ကြီး             | harassment | 0.4  | sexual_harassment | needs=target

# ---- Spaced or dotted spellings ("သ တ် မယ်", "မ.အေ.လိုး", "င တုံး"), insults after "like you",
# ---- threats to break limbs, doxxing with ငါ inside, exclusion and blackmail (added 2026-12,
# ---- original work, MIT). Zero-width spaces are removed before matching. ----
re:မ[\s.\-_*]?အေ[\s.\-_*]?လိုး                       | harassment | 0.5  | profanity_at_person | needs=target
re:င[\s.\-_*]?တုံး                                  | harassment | 0.5  | insult_at_person | needs=target
re:(မင်း|နင်|ညည်း)(လို|က|ဟာ|ကလည်း)?\s?(င[\s.]?တုံး|ငရူး|အရူး|ခွေးကောင်|ခွေးမ|အောက်တန်းစား|သူတောင်းစား) | harassment | 0.65 | insult_at_person |
re:(မင်း|နင့်|နင်)(ကို)?\s?သ\s?တ်\s?(ပစ်)?\s?မယ်        | harassment | 0.9  | threat_violence | severe
re:သ\s?တ်\s?(ပစ်)?\s?မယ်                            | harassment | 0.5  | threat_violence | needs=target
re:(ခြေထောက်|လက်|ခေါင်း|သွား|နှာခေါင်း|ပါးစပ်)(ကို)?\s?(ချိုး|ခွဲ|ရိုက်ခွဲ|ဖြတ်)\s?(ပစ်)?\s?မယ် | harassment | 0.75 | threat_violence | severe
re:(စောင့်နေမယ်|စောင့်နေမှာ)                          | harassment | 0.25 | threat_violence | needs=target
re:(မင်း|နင်)(ရဲ့|တို့)?\s?အိမ်(ကို)?\s?(ငါ)?\s?(သိတယ်|သိပြီ)  | harassment | 0.75 | doxxing | severe
re:(ဘယ်သူမှ|ဘယ်သူကမှ).{0,15}(နဲ့)?(မပေါင်းနဲ့|စကားမပြောနဲ့|မဆော့နဲ့)     | harassment | 0.45 | harassment_phrase |
re:(group|ဂရုပ်|အဖွဲ့|အတန်း)\s?(ထဲက|ထဲကနေ|က)\s?(ထုတ်ပစ်|ကန်ထုတ်|ဖယ်ထုတ်)  | harassment | 0.55 | harassment_phrase |
re:(မပေါင်းနဲ့|စကားမပြောနဲ့).{0,40}(ထုတ်ပစ်|ကန်ထုတ်|ဖယ်ထုတ်)        | harassment | 0.7  | harassment_phrase |
re:(မလွှဲရင်|မပို့ရင်|မပေးရင်|မလုပ်ရင်).{0,40}(တင်မယ်|ဖြန့်မယ်|ပို့မယ်|ပြမယ်|ထုတ်ပြမယ်) | harassment | 0.8 | blackmail | severe
re:(ဓာတ်ပုံ|ပုံ|ဗီဒီယို|video)(တွေ)?(ကို)?.{0,15}(ဖေ့ဘုတ်|facebook|fb|အွန်လိုင်း)(မှာ|ပေါ်)?\s?(တင်မယ်|ဖြန့်မယ်) | harassment | 0.6 | blackmail |
# face likened to a pig, dog or monkey; "so fat" aimed at someone (2026-12)
re:(ရုပ်|မျက်နှာ|ခန္ဓာကိုယ်)\s?(က|ဟာ)?\s?(ဝက်|ခွေး|မျောက်|နွား|ဆင်)\s?(နဲ့|လို)\s?(တူ|ပဲ)   | harassment | 0.65 | body_shaming |
ဝလိုက်တာ          | harassment | 0.35 | body_shaming | needs=target

# ---- Telling someone to kill or hurt themselves and wishing them dead: moved here from
# ---- my.selfharm.lex (2026-12). Aimed at someone else these are harassment (wish_harm, severe);
# ---- self_harm keeps only the writer's own risk. ----
ကိုယ့်ကိုယ်ကိုသတ်သေလိုက် | harassment | 0.9 | wish_harm | severe
သွားသတ်သေလိုက် | harassment | 0.9 | wish_harm | severe
သတ်သေလိုက်တော့ | harassment | 0.85 | wish_harm | severe
သွားကြိုးဆွဲချလိုက် | harassment | 0.9 | wish_harm | severe
ကြိုးဆွဲချလိုက်တော့ | harassment | 0.85 | wish_harm | severe
re:သွား\s?သေ\s?(လိုက်|တော့|လိုက်တော့|လိုက်ပါ) | harassment | 0.85 | wish_harm | severe
re:သေ\s?လို\s?က်\s?(ပါလား|စမ်းပါ|တော့) | harassment | 0.7 | wish_harm | severe
re:ကြိုး\s?ဆွဲ\s?ချ.{0,12}သေ | harassment | 0.85 | wish_harm | severe

# ---- The same words said of oneself are the writer's own risk:
# ---- my.selfharm.lex lists these patterns as self_harm_risk, and the identical `allow` here keeps
# ---- the harassment entries above from reading them as a wish aimed at someone. ----
re:(သွား|ကိုယ့်ကိုယ်ကို)?\s?(သတ်သေ|ကြိုးဆွဲချ|သေ)\s?လို\s?က်\s?(ချင်|တော့မယ်|မယ်) | allow
re:ကြိုး\s?ဆွဲ\s?ချ.{0,12}သေ\s?(ချင်|မယ်|တော့မယ်) | allow
