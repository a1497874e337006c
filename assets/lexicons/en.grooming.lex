# English grooming moves: age and school questions, secrecy, moving to private apps, gifts,
# photo requests, meeting requests, trust-building flattery, isolation from family.
# Each move alone is weak (adults ask these too); the engine adds them up across a conversation.
@format 1
@lang en
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- age and school ----
how old are you   | grooming | 0.35 | grooming_age_question |
how old r u       | grooming | 0.35 | grooming_age_question |
how old are u     | grooming | 0.35 | grooming_age_question |
how old r you     | grooming | 0.35 | grooming_age_question |
hw old r u        | grooming | 0.35 | grooming_age_question |
asl               | grooming | 0.2 | grooming_age_question |
what's your age   | grooming | 0.3 | grooming_age_question |
whats ur age      | grooming | 0.3 | grooming_age_question |
re:\bwhat (grade|year|class|form) (are|r) (you|u) in\b | grooming | 0.45 | grooming_age_question |
re:\b(what|which) (school|middle school|high school|primary school|elementary) (do|did) (you|u) (go to|attend)\b | grooming | 0.5 | grooming_age_question |
re:\b(are|r) (you|u) (still )?in (middle school|high school|junior high|primary school|elementary|grade school|year \d+|\d+(th|st|nd|rd) grade)\b | grooming | 0.5 | grooming_age_question |
re:\b(are|r) (you|u) (only |still |even |like )?(under ?age|underage|a minor|in school|1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)( years old| yo| y/o)?\?? | grooming | 0.45 | grooming_age_question |
re:\b(you|u) (look|seem|sound) (so |really )?(young|older than (you|u) are) | grooming | 0.3 | grooming_age_question |
re:\bwhen (is|does) (your|ur) (school|class) (finish|end|get out|let out)\b | grooming | 0.4 | grooming_age_question |

# ---- secrecy ----
re:\bdon['’]?t tell (your|ur) (mom|mum|mommy|dad|daddy|parents|mother|father|family|teacher|sister|brother|friends|folks)\b | grooming | 0.75 | grooming_secrecy | severe
re:\bdo not tell (your|ur) (mom|mum|dad|parents|mother|father|family|teacher|friends)\b | grooming | 0.75 | grooming_secrecy | severe
re:\b(don['’]?t|do not|never) (tell|show) (anyone|anybody|no one|nobody) (about (us|this|me|our)|what we)\b | grooming | 0.7 | grooming_secrecy | severe
re:\b(this|it) (is|['’]s|will be|stays) (just )?(our|a) (little )?secret\b | grooming | 0.65 | grooming_secrecy | severe
our little secret | grooming | 0.65 | grooming_secrecy | severe
our secret        | grooming | 0.25 | grooming_secrecy |
keep this between us | grooming | 0.55 | grooming_secrecy |
keep it between us | grooming | 0.55 | grooming_secrecy |
just between us   | grooming | 0.4 | grooming_secrecy |
keep it a secret  | grooming | 0.45 | grooming_secrecy |
keep this a secret | grooming | 0.5 | grooming_secrecy |
re:\b(delete|clear|erase) (this|our|the|these|all (of )?(our|the)) (chat|chats|messages|conversation|convo|texts|dms)\b | grooming | 0.55 | grooming_secrecy |
re:\b(your|ur) (parents|mom|mum|dad|family) (wouldn['’]?t|won['’]?t|don['’]?t|would not|will not) (understand|get it|approve|let you)\b | grooming | 0.6 | grooming_secrecy |
re:\b(no one|nobody) (needs to|has to|will|should) know\b | grooming | 0.45 | grooming_secrecy |
re:\bmake sure (your|ur) (parents|mom|mum|dad) (don['’]?t|doesn['’]?t|do not) (see|find out|know)\b | grooming | 0.75 | grooming_secrecy | severe
re:\b(are|r) (your|ur) (parents|mom|mum|dad|folks) (home|around|watching|asleep|awake)\b | grooming | 0.5 | grooming_secrecy |
re:\b(are|r) (you|u) (home )?alone( right now| now| at home| tonight)?\?? | grooming | 0.4 | grooming_secrecy |
re:\bdo (your|ur) (parents|mom|mum|dad) (check|read|look at|monitor) (your|ur) (phone|messages|chats|dms)\b | grooming | 0.65 | grooming_secrecy | severe

# ---- private apps and channels ----
re:\b(add|message|text|dm|hit|hmu on|find|follow) me on (snap|snapchat|whatsapp|telegram|kik|discord|insta|instagram|wechat|line|signal|viber|skype|omegle)\b | grooming | 0.35 | grooming_private_app |
re:\b(do|have) (you|u) (have|got) (snap|snapchat|whatsapp|telegram|kik|discord|insta|instagram|wechat|line|signal)\b | grooming | 0.35 | grooming_private_app |
re:\b(what['’]?s|whats|what is|give me|send me|drop) (your|ur) (snap|snapchat|number|phone number|whatsapp|telegram|kik|discord|insta|ig)\b | grooming | 0.4 | grooming_private_app |
re:\b(let['’]?s|lets|we (should|can)|can we) (talk|chat|continue|move|go) (on|to|in) (snap|snapchat|whatsapp|telegram|kik|discord|dms?|private|pm|somewhere private|a private chat)\b | grooming | 0.45 | grooming_private_app |
re:\b(talk|chat|message me|dm me) (in )?(private|privately)\b | grooming | 0.35 | grooming_private_app |
re:\b(use|download|get) (a )?(secret|private|disappearing|hidden) (app|chat|account|messages)\b | grooming | 0.55 | grooming_private_app |
re:\bmake (a|an) (secret|private|second|fake) (account|acc|insta|snap)\b | grooming | 0.55 | grooming_private_app |
turn on disappearing messages | grooming | 0.4 | grooming_private_app |
vanish mode       | grooming | 0.3 | grooming_private_app |

# ---- gifts, money, game credit ----
re:\bi ?(['’]?ll|will|can|could|wanna|want to) (buy|get|send|give|gift) (you|u) (a |some |the |new )?(robux|vbucks|v-bucks|v bucks|skins?|gift ?cards?|phone|iphone|makeup|credits?|top ?up|diamonds|gems|coins|nitro|battle pass)\b | grooming | 0.55 | grooming_gift |
re:\bfree (robux|vbucks|v-bucks|v bucks|skins|diamonds|nitro)\b | grooming | 0.4 | grooming_gift |
re:\b(do|would) (you|u) (want|like) (some |free )?(robux|vbucks|v-bucks|skins|money|gift ?cards?|a (new )?phone|diamonds|nitro)\b | grooming | 0.5 | grooming_gift |
re:\bi ?(['’]?ll|will|can) (pay|top up|topup|recharge) (for )?(your|ur) (phone|credit|game|account|data|load)\b | grooming | 0.5 | grooming_gift |
re:\bi ?(['’]?ll|will|can) (give|send) (you|u) (robux|vbucks|money|skins|diamonds) (if|for)\b | grooming | 0.65 | grooming_gift | severe

# ---- photo and video requests ----
re:\b(send|show|give) me (a |some |more |another )?(pic|pics|picture|pictures|photo|photos|selfie|selfies|video|vid|snap) (of (you|u|yourself|urself)|in (your|ur)|without|wearing)\b | grooming | 0.6 | grooming_photo_request | severe
re:\b(send|show) me (a |some |more )?(pic|pics|picture|pictures|photo|photos|selfie|selfies)\b | grooming | 0.35 | grooming_photo_request |
re:\b(can|could|will) (i|you|u) (see|get|have) (a |some |more )?(pic|pics|picture|photo|photos|selfie) of (you|u|yourself|urself)\b | grooming | 0.45 | grooming_photo_request |
re:\bwhat (are|r) (you|u) wearing\b | grooming | 0.5 | grooming_photo_request |
re:\b(show me|let me see) (your|ur) (body|legs|feet|chest|belly|tummy|bra|underwear|room|bedroom)\b | grooming | 0.65 | grooming_photo_request | severe
re:\b(turn on|open|switch on) (your|ur) (cam|camera|webcam)\b | grooming | 0.3 | grooming_photo_request |
re:\b(video call|facetime|vc) (me )?(tonight|alone|when (your|ur) (parents|mom|mum|dad) (are|is) (asleep|out|gone))\b | grooming | 0.6 | grooming_photo_request | severe
re:\b(pic|photo|pics|photos|selfie) (in|of) (your|ur) (bikini|swimsuit|underwear|bra|pajamas|pyjamas|school uniform|uniform)\b | grooming | 0.75 | grooming_photo_request | severe
re:\bwithout (your|ur) (shirt|top|clothes|bra|pants)\b | grooming | 0.55 | grooming_photo_request |

# ---- meeting requests ----
re:\b(we should|let['’]?s|lets|wanna|want to|can we|we could) meet (up|irl|in person|in real life|somewhere|alone|secretly)\b | grooming | 0.45 | grooming_meeting |
re:\bmeet (me )?(alone|secretly|in secret|without (your|ur) (parents|mom|mum|dad|friends))\b | grooming | 0.65 | grooming_meeting | severe
re:\b(i ?['’]?ll|i will|i can|let me) (pick (you|u) up|come (to|get) (you|u|your|ur)|drive (you|u))\b | grooming | 0.45 | grooming_meeting |
re:\bwhere do (you|u) live\b | grooming | 0.3 | grooming_meeting |
re:\bwhat (city|town|area|neighbou?rhood|street) do (you|u) live in\b | grooming | 0.35 | grooming_meeting |
re:\bsneak out\b  | grooming | 0.45 | grooming_meeting |
re:\bcome (over )?to my (place|house|apartment|flat|room|car|hotel)\b | grooming | 0.35 | grooming_meeting |

# ---- flattery and trust-building ----
mature for your age | grooming | 0.7 | grooming_flattery | severe
mature for ur age | grooming | 0.7 | grooming_flattery | severe
so mature for     | grooming | 0.55 | grooming_flattery |
re:\b(you|u) (are|r|['’]re) (so |very |really )?(mature|grown up|grown-up|wise|smart) for (your|ur) age\b | grooming | 0.7 | grooming_flattery | severe
re:\b(you|u) (are|r|['’]re) not like (other|the other) (girls|boys|kids)\b | grooming | 0.4 | grooming_flattery |
re:\b(you|u) (are|r|['’]re) (so )?(special|different|my favou?rite|my princess|my angel)\b | grooming | 0.25 | grooming_flattery |
age is just a number | grooming | 0.6 | grooming_flattery |
love has no age   | grooming | 0.55 | grooming_flattery |
re:\b(you|u) can trust me\b | grooming | 0.35 | grooming_flattery |
re:\bi (would|will) never hurt (you|u)\b | grooming | 0.3 | grooming_flattery |
re:\bi['’]?ve never (met|known) (anyone|someone|a girl|a boy) like (you|u)\b | grooming | 0.35 | grooming_flattery |
re:\b(you|u) (are|r|['’]re|look) (so )?(pretty|cute|beautiful|hot|sexy) for (a|your|ur) (\d+ ?year ?old|age|kid|girl your age)\b | grooming | 0.75 | grooming_flattery | severe
re:\bolder (guys|men|boys) (like|prefer|are better)\b | grooming | 0.4 | grooming_flattery |

# ---- isolation ----
re:\b(your|ur) (parents|mom|mum|dad|family|friends) (don['’]?t|doesn['’]?t|do not|never) (understand|care about|love|get|listen to) (you|u)\b | grooming | 0.6 | grooming_isolation |
re:\b(only|just) i (understand|get|care about|love) (you|u)\b | grooming | 0.6 | grooming_isolation |
re:\bi['’]?m the only one who (understands|gets|cares about|loves) (you|u)\b | grooming | 0.65 | grooming_isolation |
re:\b(no one|nobody) (understands|gets|cares about|loves) (you|u) like i do\b | grooming | 0.7 | grooming_isolation | severe
re:\b(you|u) don['’]?t need (them|your parents|your friends|anyone else)\b | grooming | 0.55 | grooming_isolation |
re:\bdon['’]?t listen to (your|ur) (parents|mom|mum|dad|teachers?)\b | grooming | 0.45 | grooming_isolation |
re:\b(they|your parents|your friends) (are|['’]re) (just )?(jealous|trying to control you|keeping us apart)\b | grooming | 0.45 | grooming_isolation |

# ---- Sneaking out while parents sleep, "just us two", "don't tell anyone" (added 2026-12,
# ---- original work, MIT) ----
re:\b(after|when|once|while) (your|ur) (parents|mom|dad|mum|mother|father|folks|family) (are|r|is|go|goes|fall|falls|have gone)( \w+)? (asleep|to sleep|to bed|out|away|gone|not home)\b | grooming | 0.6 | grooming_secrecy | severe
re:\b(just|only) (us two|the two of us|you and me|you and i|us)\b | grooming | 0.35 | grooming_meeting |
re:\b(don['’]?t|do not|dont|never) (tell|mention it to) (anyone|anybody|no one|your (parents|mom|dad|mum|friends))\b | grooming | 0.4 | grooming_secrecy |
