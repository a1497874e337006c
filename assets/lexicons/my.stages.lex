# Burmese (Unicode) grooming stages as they are written in chat. Burmese is matched without word
# edges; chat puts spaces between phrases irregularly, so terms are written with the usual space (the
# form without it is found too) and patterns allow an optional space (\s?). Pronoun variety: မင်း,
# နင်, ညီမ(လေး), ညီလေး for the child; အစ်ကို/အကို, အစ်မ, ကိုယ်, ဦးလေး for the writer. Each entry
# alone is weak: parents, teachers, friends and couples say many of these too, and a conversation warns
# only when several stages add up (assets/conversation.json). Complements my.grooming.lex.
@format 1
@lang my
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT

# --- trust: flattery, "mature for your age", "I understand you", "tell me anything" -----------------
ရင့်ကျက်              | grooming | 0.3  | grooming_flattery |
re:အသက်(ဆိုတာ|က)\s?(ဂဏန်း|နံပါတ်)                                             | grooming | 0.4  | grooming_flattery |
re:တခြား(ကလေး|ကောင်မလေး|ကောင်လေး|မိန်းကလေး|သူ|လူ)(တွေ)?(နဲ့)?\s?မတူ              | grooming | 0.3  | grooming_flattery |
မော်ဒယ် လုပ်          | grooming | 0.3  | grooming_flattery |
re:(နင်|မင်း|ညီမ|ညီမလေး|ညီလေး|ချစ်လေး)(က)?\s?(အရမ်း)?\s?(ချစ်စရာကောင်း|လှတယ်|လှလိုက်တာ|ချောတယ်|cute) | grooming | 0.25 | grooming_flattery |
re:ပုံ(တွေ|လေးတွေ)\s?(က)?\s?(အရမ်း)?\s?(လှတယ်|လှလိုက်တာ|ချစ်စရာ)                     | grooming | 0.25 | grooming_flattery |
re:(မင်း|နင့်|ညီမ|ညီလေး|ညီမလေး)(လေး)?ကို\s?(တကယ်)?\s?နားလည်(တယ်|ပါတယ်|တာ)               | grooming | 0.3  | grooming_flattery |
re:(အစ်ကို|အကို|အစ်မ|ကိုယ်)\s?(က)?\s?နားလည်(တယ်|ပါတယ်)                              | grooming | 0.25 | grooming_flattery |
re:(ဘာမဆို|ဘာပဲဖြစ်ဖြစ်)\s?(အစ်ကို့|အကို့|ကိုယ့်|ငါ့|အစ်မ)?\s?(ကို)?\s?(ပြောပြ|ပြောလို့ရ|တိုင်ပင်) | grooming | 0.35 | grooming_flattery |

# --- personal: age, school, where they live, who is home, house rules ----------------------------
ဘယ်မြို့နယ်            | grooming | 0.25 | grooming_age_question |
re:ဘယ်(မှာ|နားမှာ)\s?နေ(လဲ|တာလဲ)                                              | grooming | 0.25 | grooming_age_question |
အိမ် ဘယ်နား          | grooming | 0.3  | grooming_age_question |
ဘယ်ကျောင်း            | grooming | 0.3  | grooming_age_question |
re:(ဂရိတ်|အတန်း)\s?(ဘယ်လောက်|ဘယ်နှစ်)                                | grooming | 0.3  | grooming_age_question |
ဘယ်နှစ်နှစ်            | grooming | 0.25 | grooming_age_question |
re:အိမ်(မှာ)?\s?(ဘယ်သူမှ|ဘယ်သူ)\s?(မရှိ|ရှိလဲ)                                   | grooming | 0.35 | grooming_age_question |
re:(တစ်|တ)ယောက်တည်း\s?(လား|ပဲလား|ရှိ)                                          | grooming | 0.3  | grooming_age_question |
re:(မိဘ|ဖေဖေမေမေ|အဖေအမေ|မေမေ|ဖေဖေ|အမေ|အဖေ|အိမ်ကလူ)(တွေ)?(က)?\s?(အိပ်ပြီလား|အိပ်ပြီးပြီလား|အိပ်သွားပြီလား|အိပ်နေပြီလား) | grooming | 0.45 | grooming_age_question |
re:(မိဘ|အဖေ|အမေ|ဖေဖေ|မေမေ)(တွေ)?.{0,15}ဘယ်(အချိန်|နှနာရီ)\s?(ပြန်|အိမ်ရောက်)          | grooming | 0.35 | grooming_age_question |
စည်းကမ်းကြီး           | grooming | 0.3  | grooming_age_question |
re:ဖုန်း(ကို)?\s?စစ်                                                            | grooming | 0.25 | grooming_age_question |
ရည်းစားထားခွင့်         | grooming | 0.35 | grooming_age_question |
single လား           | grooming | 0.2  | grooming_age_question |
re:ရည်းစား\s?ရှိ(ပြီ)?(လား|လဲ)                                                     | grooming | 0.2  | grooming_age_question |
ကိုယ်ပိုင်ဖုန်း           | grooming | 0.25 | grooming_age_question |

# --- isolation: they don't understand you, only I do, you don't need them ------------------------
re:(မင်း|နင့်|ညီမ|ညီလေး|သမီး)(ကို|လေးကို)\s?(လုံးဝ|ဘာမှ)?\s?နားမလည်                    | grooming | 0.35 | grooming_isolation |
re:(မိဘ|အဖေအမေ|ဖေဖေမေမေ|သူတို့|လူကြီး|သူငယ်ချင်း)(တွေ)?(က|လည်း)?\s?.{0,20}နားမလည်(ဘူး|ကြဘူး) | grooming | 0.3 | grooming_isolation |
re:(ကိုယ်|ငါ|အစ်ကို|အကို|အစ်မ)ပဲ\s?.{0,15}နားလည်                                   | grooming | 0.4  | grooming_isolation |
သူငယ်ချင်းအစစ် မဟုတ်  | grooming | 0.35 | grooming_isolation |
re:သူငယ်ချင်း(တွေ)?\s?(လည်း|က)?\s?(အတု|မကောင်း|သစ္စာမရှိ)                            | grooming | 0.3  | grooming_isolation |
re:သူတို့(ကို)?\s?(မလိုဘူး|မလိုပါဘူး|မလိုအပ်)                                       | grooming | 0.35 | grooming_isolation |
re:(အစ်ကို|အကို|အစ်မ|ကိုယ်)\s?(ရှိတယ်လေ|ရှိသားပဲ|ရှိနေတယ်လေ|ရှိတာပဲ)                     | grooming | 0.3  | grooming_isolation |
re:(မင်း|နင့်|ညီမ)ကို\s?(လုံးဝ)?\s?မယုံ                                          | grooming | 0.3  | grooming_isolation |
re:(လူကြီးတွေ|သူတို့)(က)?\s?(ဒီလိုပဲ|မနာလို|တားလိမ့်မယ်|တားမှာ)                          | grooming | 0.3  | grooming_isolation |

# --- secrecy: don't tell (yet), only we know, nobody will see, cover stories, delete the chat ----
re:(မိဘ|အဖေအမေ|ဖေဖေမေမေ|လူကြီး)(တွေ)?\s?(ကို)?\s?(အခု|ဘာမှ)?\s?(မပြောသေးနဲ့|မပြောပါနဲ့|ပြောစရာမလို|ပြောဖို့မလို|မပြောရဘူး|မသိစေနဲ့) | grooming | 0.45 | grooming_secrecy |
re:(မေမေ|ဖေဖေ|အမေ|အဖေ|ဆရာ|ဆရာမ)့?\s?(ကို)?\s?(အခု)?\s?(မပြောသေးနဲ့|ပြောစရာမလို|ပြောဖို့မလို|မပြောရဘူး) | grooming | 0.3 | grooming_secrecy |
re:(သူငယ်ချင်း|တခြားသူ|တခြားကလေး|တခြားလူ)(တွေ)?\s?(ကို)?\s?(မပြောနဲ့|မပြောပါနဲ့|မပြောရဘူး)   | grooming | 0.3  | grooming_secrecy |
re:(နှစ်ယောက်|ငါတို့|ကိုယ်တို့)ပဲ\s?သိ                                                | grooming | 0.3  | grooming_secrecy |
re:(ငါတို့|ကိုယ်တို့|အစ်ကို|အကို)\s?လျှို့ဝှက်(ထား|ထားကြ)                                | grooming | 0.3  | grooming_secrecy |
re:ဘယ်သူမှ\s?(မမြင်ရ|မသိရ|မသိစေရ)                                               | grooming | 0.3  | grooming_secrecy |
re:(သူငယ်ချင်းအိမ်|ကျူရှင်|စာကြည့်တိုက်).{0,25}လို့\s?ပြော(လိုက်|ထား)                      | grooming | 0.4  | grooming_secrecy |
re:(message|msg|မက်ဆေ့ချ်|စကားပြောတာ)(တွေ)?\s?(ကို)?\s?ဖျက်                              | grooming | 0.35 | grooming_secrecy |
re:(သူတို့|မိဘ)(တွေ)?\s?မ(မြင်|ဖတ်)(အောင်|နိုင်အောင်)                     | grooming | 0.35 | grooming_secrecy |

# --- move_app: other apps, second accounts, disappearing messages --------------------------------
telegram             | grooming | 0.2  | grooming_private_app |
re:\b(telegram|viber|messenger|signal|line|wechat|whatsapp|instagram)\s?(ကို|ဘက်|ထဲ)?\s?(ပြောင်း|ရွှေ့) | grooming | 0.35 | grooming_private_app |
re:\b(telegram|signal|wechat|line|whatsapp)\s?(ဒေါင်း|သွင်း|install)                     | grooming | 0.35 | grooming_private_app |
re:\b(telegram|signal|wechat|line|whatsapp)\s?(ကနေ|မှာ|ထဲ)\s?(ပို့|add)                  | grooming | 0.3  | grooming_private_app |
re:\b(vanish mode|secret chat|disappearing)                                       | grooming | 0.4  | grooming_private_app |
re:အလို(လို|အလျောက်)\s?(ပျက်|ပျောက်)                                           | grooming | 0.35 | grooming_private_app |
re:(အကောင့်|account)\s?(အသစ်|အတု|ခွဲ)                                          | grooming | 0.3  | grooming_private_app |
re:\badd\s?(ထားလိုက်|လိုက်|ပေး)                                                    | grooming | 0.2  | grooming_private_app |
re:သီးသန့်\s?(ပြော|chat|စကားပြော)                                                | grooming | 0.3  | grooming_private_app |

# --- gift: game currency, top-ups, e-wallets (KBZPay, WavePay), phones, fares ---------------------
ဖြည့်ပေးမယ်            | grooming | 0.3  | grooming_gift |
လွှဲပေးမယ်             | grooming | 0.3  | grooming_gift |
ဝယ်ပေးမယ်             | grooming | 0.25 | grooming_gift |
re:\b(diamond|uc|dia|robux|skin)\s?(လိုချင်လား|ယူမလား|လိုလား|ပေးမယ်)                 | grooming | 0.35 | grooming_gift |
re:\b(kpay|kbzpay|wavepay|wave pay)\s?(နဲ့|ကနေ)\s?(လွှဲ|ပို့)                              | grooming | 0.3  | grooming_gift |
ဖုန်းအသစ်              | grooming | 0.25 | grooming_gift |
re:\b(grab|taxi)\s?ခ\s?(လွှဲ|ပေး|ပို့)                                                       | grooming | 0.3  | grooming_gift |
မုန့်ဖိုး                | grooming | 0.2  | grooming_gift |

# --- sexual: kissing, "what have you done", what you wear, bodies, bed ---------------------------
နမ်းဖူး                | grooming | 0.4  | grooming_sexual_talk |
re:(ယောက်ျားလေး|ကောင်လေး|ကောင်မလေး|ရည်းစား)(တွေ)?နဲ့\s?(ဘာတွေ|ဘာ)\s?(လုပ်ဖူး|လုပ်ပြီး)    | grooming | 0.4  | grooming_sexual_talk |
ဘာ ဝတ်ထားလဲ          | grooming | 0.4  | grooming_sexual_talk |
စကတ်တို              | grooming | 0.3  | grooming_sexual_talk |
re:အိပ်ရာ(ပေါ်|ထဲ)\s?(ရောက်|ရှိ)                                                 | grooming | 0.35 | grooming_sexual_talk |
re:ခန္ဓာကိုယ်\s?(အချိုးအစား|လေး|လှ|ကြည့်)                                       | grooming | 0.3  | grooming_sexual_talk |
re:(အပျိုစင်|ဆက်ဆံဖူး|sex လုပ်ဖူး)                                                 | grooming | 0.45 | grooming_sexual_talk |
re:ရာသီ\s?(လာပြီလား|ပေါ်ပြီလား)                                                  | grooming | 0.3  | grooming_sexual_talk |
re:ချွတ်ပြ(ပါ|နော်|လိုက်|ပေး|မလား|ရအောင်) | grooming | 0.45 | grooming_sexual_talk | severe
ရင်သား               | grooming | 0.3  | grooming_sexual_talk |

# --- photo: pictures of you, selfies, camera, "no face needed", "just for me" --------------------
re:(နင့်|မင်း|ညီမ|ညီလေး|ညီမလေး|ချစ်လေး)\s?(ရဲ့)?\s?(ပုံ|ဓာတ်ပုံ|selfie|ဆယ်လ်ဖီ)(လေး)?\s?(တစ်ပုံ|တပုံ)?(လောက်)?\s?ပို့ | grooming | 0.35 | grooming_photo_request |
re:\b(selfie|pic)\s?(လေး)?\s?(တစ်ပုံ|တပုံ)?\s?ပို့                                | grooming | 0.3  | grooming_photo_request |
ပုံချင်း လဲ             | grooming | 0.35 | grooming_photo_request |
မျက်နှာ မပါ           | grooming | 0.4  | grooming_photo_request |
re:(ကင်မရာ|camera)\s?ဖွင့်(ပြီး|ထားပြီး)?\s?(ပြ|ပြပါ|ပြနော်)                          | grooming | 0.35 | grooming_photo_request |
re:(ကိုယ်|အစ်ကို|အကို|ငါ)(ပဲ|တစ်ယောက်တည်း)\s?ကြည့်(မှာ|မယ်)                         | grooming | 0.4  | grooming_photo_request |
re:(ညဝတ်|ရေကူးဝတ်စုံ|ဘီကီနီ|အတွင်းခံ)(အင်္ကျီ)?\s?(နဲ့|ဝတ်ပြီး)\s?(ပုံ|ဓာတ်ပုံ|video)     | grooming | 0.4  | grooming_photo_request |
re:(အိပ်ခန်း|ရေချိုးခန်း)(ထဲ)?(မှာ)?\s?.{0,30}(ရိုက်|ပို့)                                | grooming | 0.35 | grooming_photo_request |

# --- meet: I'll pick you up, come to my place, sneak out, I'll wait --------------------------------
re:(အစ်ကို|အကို|အစ်မ|ကိုယ်|ဦးလေး)(ပဲ)?\s?(လာ)?\s?ကြို(မယ်|ပေးမယ်|မှာ|ရင်)              | grooming | 0.35 | grooming_meeting |
re:(အစ်ကို့|အကို့|ကိုယ့်|ငါ့|ဦးလေး|အစ်မ)\s?(အိမ်|အခန်း)\s?(ကို)?\s?(လာ|လိုက်)            | grooming | 0.35 | grooming_meeting |
re:(အစ်ကို့|အကို့|ကိုယ့်|ငါ့|အစ်မ|ဦးလေး)\s?(အိမ်|အခန်း)(မှာ)?\s?(နေရာလွတ်|လာနေ|လာအိပ်)     | grooming | 0.35 | grooming_meeting |
ပြန်ပို့ပေးမယ်          | grooming | 0.25 | grooming_meeting |
လမ်းထိပ်              | grooming | 0.2  | grooming_meeting |
re:(အိမ်က|အိမ်ကနေ)\s?(ထွက်ချင်|ထွက်ပြေး|ခိုးထွက်)                                   | grooming | 0.4  | grooming_meeting |
re:အပြင်(မှာ)?\s?(တွေ့|ချိန်း)                                                     | grooming | 0.3  | grooming_meeting |
re:(အစ်ကို|အကို|အစ်မ|ကိုယ်|ဦးလေး)\s?.{0,12}စောင့်နေမယ်                              | grooming | 0.3  | grooming_meeting |
