# Burmese worths for the target x predicate layer (pred:worth): positive worths, rights and
# feelings said of a group. They count as hate only when denied in their clause with a group named
# in the sentence; stated plainly they are praise and count for nothing. Burmese negates after the
# word it denies ("…လူသား မဟုတ်ဘူး", "…နေပိုင်ခွင့် မရှိဘူး", "…လေးစားဖို့ မထိုက်ဘူး"), and for Burmese the
# engine accepts a negator up to 12 characters after the worth; "never", "nobody", "not a single
# one" come before it ("ဘယ်တော့မှ မလေးစားဘူး"). Terms are written without the negator, ending where
# the negated verb begins, with a space at the usual word break (a spaced term also matches the
# unspaced form).
# Plain ဘူး (the sentence-final negative) and the verb prefix မ are not negators here: ဘူး ends most
# negative clauses, and as ctx:negation it would weaken threats that follow one in the same clause
# ("… မချန်ဘူး"), while မ begins many words. Bare မဟုတ် is no negator either: it is in the
# everyday "or" (သို့မဟုတ်, ဒါမှမဟုတ်: "ဗုဒ္ဓဘာသာ ဒါမှမဟုတ် မွတ်ဆလင် … လူသားပဲ"). Only the negated copula
# (မဟုတ်ပါ, မဟုတ်ကြ, မဟုတ်တဲ့, မဟုတ်သော), negated "have"
# (မရှိဘူး), "do not deserve" (မထိုက်, …ထိုက်ဘူး), "should not" (မသင့်, …သင့်ဘူး), "cannot be"
# (မဖြစ်နိုင်), "no need" (မလိုဘူး), "do not want" (မလိုချင်) and the polite negative ending ပါဘူး are added.
# Compound verbs that take မ inside (လက်မခံ, အသုံးမဝင်, ဉာဏ်မကောင်း) cannot be written as a positive
# term; the commonest are in my.groups.lex as negated forms, and three more are added at the end.
# Left out: bare လူ့အခွင့်အရေး and အခွင့်အရေး (news of rights denied: "… လူ့အခွင့်အရေး မရှိဘူး"), bare
# ယုံကြည် (religious faith: "ဘာသာကို မယုံကြည်ပါဘူး"), bare နိုင်ငံသား (citizenship reports).
@format 1
@lang my
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:negation: negators after the worth (my.context.lex has only မဟုတ်ဘူး, မဟုတ်ပါဘူး)
# Not မဟုတ်ပါ (it starts the conditional မဟုတ်ပါက, "if not"), nor မဟုတ်တဲ့ / မဟုတ်သော (relative:
# ပုံမှန်မဟုတ်သော is "unusual"): as negators they cancelled the action of a bank scam after them.
မဟုတ်ကြ                      | ctx:negation |  |  |
မရှိဘူး                      | ctx:negation |  |  |
မရှိကြဘူး                    | ctx:negation |  |  |
မရှိပါ                       | ctx:negation |  |  |
မထိုက်                       | ctx:negation |  |  |
ထိုက်ဘူး                     | ctx:negation |  |  |
ထိုက်တန်ဘူး                  | ctx:negation |  |  |
မသင့်                        | ctx:negation |  |  |
သင့်ဘူး                      | ctx:negation |  |  |
မဖြစ်နိုင်                   | ctx:negation |  |  |
မလိုဘူး                      | ctx:negation |  |  |
မလိုချင်                     | ctx:negation |  |  |
ပါဘူး                        | ctx:negation |  |  |

# ---- ctx:denial: "never", "nobody", "not one", "no <X> at all" before the worth (worth only)
re:ဘယ်\S{1,15}?မှ           | ctx:denial |  |  |
ဘယ်တော့မှ                    | ctx:denial |  |  |
ဘယ်တုန်းကမှ                  | ctx:denial |  |  |
ဘယ်သူမှ                      | ctx:denial |  |  |
တစ်ခါမှ                      | ctx:denial |  |  |
တစ်ယောက်မှ                   | ctx:denial |  |  |
မည်သူမျှ                     | ctx:denial |  |  |
မည်သည့်အခါမျှ                | ctx:denial |  |  |

# ---- pred:worth: being human, normal, good people
လူသား                        | pred:worth | 0.85 | |
လူသားချင်း                   | pred:worth | 0.85 | |
လူစစ်စစ်                     | pred:worth | 0.85 | |
လူ့အဆင့်အတန်း                | pred:worth | 0.85 | |
လူ့တန်ဖိုး                   | pred:worth | 0.85 | |
ပုံမှန်လူ                    | pred:worth | 0.75 | |
လူကောင်း                     | pred:worth | 0.75 | |

# ---- citizens, belonging, welcome, a place here
နိုင်ငံသားအစစ်               | pred:worth | 0.8 | |
နိုင်ငံသားစစ်စစ်             | pred:worth | 0.8 | |
မြန်မာစစ်စစ်                 | pred:worth | 0.8 | |
တိုင်းရင်းသား                | pred:worth | 0.75 | |
နိုင်ငံသားအဖြစ်              | pred:worth | 0.75 | |
ဒီမှာ နေရာ                   | pred:worth | 0.8 | |
ဒီနိုင်ငံမှာ နေရာ            | pred:worth | 0.8 | |
လူ့အဖွဲ့အစည်းမှာ နေရာ        | pred:worth | 0.8 | |
ကြိုဆို                      | pred:worth | 0.8 | |
အိမ်နီးချင်း အဖြစ်           | pred:worth | 0.75 | |
ပေါင်းသင်း                   | pred:worth | 0.7 | |

# ---- equality
တန်းတူ                       | pred:worth | 0.8 | |

# ---- trust, honesty, reliability, loyalty
ယုံကြည်ရတဲ့                  | pred:worth | 0.75 | |
ယုံကြည်စရာ                   | pred:worth | 0.75 | |
ယုံကြည်ထိုက်                 | pred:worth | 0.8 | |
ယုံကြည်ဖို့                  | pred:worth | 0.75 | |
အားကိုးစရာ                   | pred:worth | 0.75 | |
စိတ်ချရ                      | pred:worth | 0.7 | |
ရိုးသား                      | pred:worth | 0.75 | |
ဖြောင့်မတ်                   | pred:worth | 0.75 | |
သစ္စာရှိ                     | pred:worth | 0.75 | |

# ---- intelligence, capability, civilisation, cleanliness, usefulness
ဉာဏ်ကောင်း                   | pred:worth | 0.75 | |
ညာဏ်ကောင်း                   | pred:worth | 0.75 | |
ဉာဏ်ရည်                      | pred:worth | 0.75 | |
အရည်အချင်း                   | pred:worth | 0.7 | |
ပညာတတ်                       | pred:worth | 0.75 | |
ယဉ်ကျေး                      | pred:worth | 0.8 | |
သန့်ရှင်း                    | pred:worth | 0.75 | |
အသုံးဝင်                     | pred:worth | 0.7 | |
တန်ဖိုး                      | pred:worth | 0.8 | |

# ---- deserving: to live, to live here, to vote, help, work, respect
အသက်ရှင်ခွင့်                | pred:worth | 0.85 | |
အသက်ရှင်ပိုင်ခွင့်           | pred:worth | 0.85 | |
ရှင်သန်ခွင့်                 | pred:worth | 0.85 | |
နေပိုင်ခွင့်                 | pred:worth | 0.8 | |
နေထိုင်ပိုင်ခွင့်            | pred:worth | 0.8 | |
နေခွင့်                      | pred:worth | 0.75 | |
မဲပေးခွင့်                   | pred:worth | 0.75 | |
အကူအညီ                       | pred:worth | 0.7 | |
အလုပ် ပေးဖို့                | pred:worth | 0.75 | |
အလုပ် ခန့်ဖို့               | pred:worth | 0.75 | |
လေးစားထိုက်                  | pred:worth | 0.8 | |
လေးစားဖို့                   | pred:worth | 0.8 | |

# ---- feelings of the speaker ("မလေးစားပါဘူး", "ဘယ်တော့မှ မလေးစားဘူး", "ချစ်ခင်စရာ မရှိဘူး")
လေးစား                       | pred:worth | 0.75 | |
ချစ်ခင်                      | pred:worth | 0.7 | |

# ---- negated forms with မ inside the verb, which no positive term can reach
ယုံလို့ မရ                   | pred:attribute | 0.75 | |
မကြိုဆို                     | pred:exclude | 0.8 | |
မလေးစားဘူး                   | pred:emotion | 0.7 | |
