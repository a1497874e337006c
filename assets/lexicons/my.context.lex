# Burmese (Myanmar, Unicode encoding) context words. Burmese is written without spaces between
# words and the engine checks no boundaries next to Myanmar letters: every entry matches as a
# substring. Posts in the legacy Zawgyi encoding do not match these Unicode strings.
@format 1
@lang my
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- ctx:target: you (informal, rude, polite), "this guy" --------------------------------------
မင်း             | ctx:target
မင်းတို့          | ctx:target
နင်              | ctx:target
နင်တို့           | ctx:target
ညည်း             | ctx:target
ခင်ဗျား           | ctx:target
ဟေ့ကောင်          | ctx:target
ဟကောင်           | ctx:target
ဒီကောင်           | ctx:target
အဲ့ကောင်          | ctx:target
ဒီကောင်မ          | ctx:target
အဲ့ကောင်မ         | ctx:target
မင်းကို           | ctx:target
နင့်              | ctx:target
မင်းရဲ့           | ctx:target

# --- ctx:group ------------------------------------------------------------------------------
မွတ်ဆလင်          | ctx:group
အစ္စလာမ်          | ctx:group
ဘင်္ဂါလီ          | ctx:group
ရိုဟင်ဂျာ          | ctx:group
တရုတ်            | ctx:group
ဗမာ              | ctx:group
ကရင်             | ctx:group
ကချင်             | ctx:group
ရခိုင်            | ctx:group
ရှမ်းလူမျိုး        | ctx:group
ချင်းလူမျိုး        | ctx:group
မွန်လူမျိုး        | ctx:group
ကုလားလူမျိုး      | ctx:group
အိန္ဒိယ           | ctx:group
ခရစ်ယာန်          | ctx:group
ဟိန္ဒူ             | ctx:group
ဗုဒ္ဓဘာသာ         | ctx:group
ဘာသာခြား         | ctx:group
လူမျိုးခြား        | ctx:group
အမျိုးသမီး         | ctx:group
မိန်းမတွေ          | ctx:group
ဂေး              | ctx:group
lgbt*            | ctx:group
မသန်စွမ်း          | ctx:group

# --- ctx:negation ---------------------------------------------------------------------------
မဟုတ်ဘူး          | ctx:negation
မဟုတ်ပါဘူး        | ctx:negation

# --- ctx:counter ----------------------------------------------------------------------------
မဆဲပါနဲ့          | ctx:counter
မဆဲရဘူး          | ctx:counter
အလိမ်ခံရ          | ctx:counter
လိမ်လည်မှု        | ctx:counter
သတိထားကြပါ       | ctx:counter
မယုံကြပါနဲ့        | ctx:counter

# --- allow ----------------------------------------------------------------------------------
ကုလားထိုင်         | allow
ကုလားပဲ           | allow
ကုလားအုတ်         | allow
ခွေးမွေး           | allow

# ---- ctx:target: third person and pointing at someone (insulting a person who is talked about is
# ---- still harassment); added 2026-11-29 by the engine maintainers, original work ----
သူ့ | ctx:target
သူတို့ | ctx:target
ဒီလူ | ctx:target
အဲ့လူ | ctx:target
ဒီမိန်းမ | ctx:target
ဒီကောင်တွေ | ctx:target

# ---- ctx:target: orders to the reader ("don't come messing", "shut up") aim a post (2026-12) ----
လာမရှုပ်နဲ့ | ctx:target
ပါးစပ်ပိတ် | ctx:target
# ---- ctx:group: slur names and plurals also name the group (2026-12) ----
re:ကု\s?လား | ctx:group
အခြောက် | ctx:group
အမျိုးသမီးတွေ | ctx:group
တရုတ်တွေ | ctx:group
ဘင်္ဂါလီတွေ | ctx:group
# ---- allow: hyperbole "so hot I'm dying", "laughing to death" (2026-12) ----
ရယ်ရတာသေတော့မယ် | allow
ဆာလို့သေတော့မယ် | allow
# ---- ctx:target: warnings addressed to someone ("watch yourself", "I'm watching you") aim a
# ---- threat at the reader (2026-12) ----
သတိထားနေ | ctx:target
စောင့်ကြည့်နေ | ctx:target

# ---- ctx:contrast: the word that turns a sentence round ("I'm not racist but ..."): a negator before it
# with nothing named between disclaims the writer and negates nothing after it
ဒါပေမဲ့ | ctx:contrast
ဒါပေမယ့် | ctx:contrast
သို့သော် | ctx:contrast
ဒါပေမည့် | ctx:contrast
