# English grooming stages as they are typed in chat: short forms (u, ur, r, rn, wanna), missing
# apostrophes and punctuation. Complements en.grooming.lex (no entry repeats one there). Every
# entry is weak alone: parents, coaches, friends and adults dating say many of these words too.
# The conversation layer adds the stages up.
@format 1
@lang en
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- trust: flattery, "mature", "I get you" ----
re:\b(ur|you['’]?re|youre|u r|you are) (so |rly |really |actually |very |lowkey |kinda )?(pretty|cute|gorgeous|beautiful|stunning|handsome)\b | grooming | 0.2 | grooming_flattery |
more mature than  | grooming | 0.35 | grooming_flattery |
re:\b(ur|you['’]?re|youre|u r|you are) so mature\b | grooming | 0.4 | grooming_flattery |
re:\bage is (only|jus|juss|onli) a number\b | grooming | 0.45 | grooming_flattery |
re:\bage (doesnt|doesn['’]?t|does not|dont|don['’]?t) matter\b | grooming | 0.4 | grooming_flattery |
re:\bdifferent (from|than) (the )?other (girls|boys|kids)\b | grooming | 0.35 | grooming_flattery |
re:\b(u|you) can tell me anything\b | grooming | 0.3 | grooming_flattery |
re:\bi know exactly how (u|you) feel\b | grooming | 0.3 | grooming_flattery |
re:\b(thought about|think about|ever tried|could be a|should be a) model(l)?ing\b | grooming | 0.3 | grooming_flattery |
re:\b(u|you) could (be a|easily be a|totally be a) model\b | grooming | 0.3 | grooming_flattery |
good girl         | grooming | 0.25 | grooming_flattery |
re:\b(private|one on one|one-to-one|1 on 1|extra) (training|sessions|lessons) with (u|you)\b | grooming | 0.25 | grooming_flattery |

# ---- personal: school, boyfriend, parents' routine, being alone ----
re:\b(wat|what|which|wht) (grade|year|yr) (r|are|ru) (u|you) in\b | grooming | 0.35 | grooming_age_question |
re:\b(wat|what|which) (school|skool) (do |r |are )?(u|you) (go|at|in|attend)\b | grooming | 0.35 | grooming_age_question |
re:\b(u|you|r u|are you) (in|still in) (middle school|high school|highschool|junior high|elementary|primary school)\b | grooming | 0.35 | grooming_age_question |
re:\b(r|are) (u|you) single\b | grooming | 0.25 | grooming_age_question |
re:\b(u|you) (got|have) a (bf|boyfriend|gf|girlfriend)\b | grooming | 0.2 | grooming_age_question |
re:\b(do|will|would) (ur|your) (parents|mom|mum|dad) (let|allow) (u|you)\b | grooming | 0.3 | grooming_age_question |
re:\b(ur|your) (parents|mom|mum|dad) strict\b | grooming | 0.35 | grooming_age_question |
re:\bgo (thru|through) (ur|your) (phone|messages|chats|dms)\b | grooming | 0.35 | grooming_age_question |
re:\b(when|what time) (r|are|do|does|will) (ur|your) (parents|mom|mum|dad|folks) (out|away|leave|go out|get home|come home|finish work|get back|go to sleep|go to bed)\b | grooming | 0.4 | grooming_age_question |
re:\bparents (still )?(asleep|sleeping|awake)\b | grooming | 0.4 | grooming_age_question |
re:\b(u|you) home alone\b | grooming | 0.4 | grooming_age_question |
re:\b(who|anyone|anybody) (else )?(home|at home|in the house) with (u|you)\b | grooming | 0.35 | grooming_age_question |
re:\b(when|whenever) (ur|you['’]?re|youre|u r|you are) alone\b | grooming | 0.4 | grooming_age_question |
re:\balone in (ur|your) room\b | grooming | 0.4 | grooming_age_question |
re:\b(whats|what['’]?s|what is|send me|give me) (ur|your) address\b | grooming | 0.3 | grooming_age_question |

# ---- isolation ----
re:\bthey (dont|don['’]?t|never) (trust|get|understand|listen to|care about) (u|you)\b | grooming | 0.35 | grooming_isolation |
re:\bthey (wouldnt|wouldn['’]?t|won['’]?t|wont|would never) (understand|get it)\b | grooming | 0.35 | grooming_isolation |
re:\btreats? (u|you) like a (baby|kid|child)\b | grooming | 0.4 | grooming_isolation |
re:\b(never|not) (ur |your )?real friends\b | grooming | 0.35 | grooming_isolation |
re:\b(ur|your) friends (are|r|dont|don['’]?t) (fake|using (u|you)|even (notice|care))\b | grooming | 0.35 | grooming_isolation |
re:\bonly one who (actually |really )?(listens to|gets|cares about|understands) (u|you)\b | grooming | 0.45 | grooming_isolation |
re:\b(they|theyd|they['’]?d|they would|they will|theyll|they['’]?ll) (be|get) (jealous|mad|angry)\b | grooming | 0.3 | grooming_isolation |
re:\b(dont|don['’]?t) deserve (a kid like |someone like )?(u|you)\b | grooming | 0.35 | grooming_isolation |
re:\b(adults|grown ups|grownups) (never|dont|don['’]?t) (understand|get it)\b | grooming | 0.35 | grooming_isolation |

# ---- secrecy ----
our lil secret    | grooming | 0.45 | grooming_secrecy |
re:\bkeep (it|this) (quiet|on the low|lowkey|low key|to urself|to yourself)\b | grooming | 0.3 | grooming_secrecy |
re:\b(she|he|they|parents|ur (mom|mum|dad|parents)|your (mom|mum|dad|parents)) (doesnt|doesn['’]?t|dont|don['’]?t) (need|have) to know\b | grooming | 0.4 | grooming_secrecy |
re:\bjust (say|tell (her|him|them)) (ur|you['’]?re|youre|u r|u were|you were) (at|with|studying|sleeping)\b | grooming | 0.4 | grooming_secrecy |
re:\bif (ur|your) (parents|mom|mum|dad|family) (find|finds|found) out\b | grooming | 0.4 | grooming_secrecy |
re:\b(cant|can['’]?t|cannot) tell (anyone|anybody|ur parents|your parents|ur mom|your mom)\b | grooming | 0.4 | grooming_secrecy |
re:\bso (they|ur parents|your parents|ur mom|ur mum|nobody|no one) (cant|can['’]?t|wont|won['’]?t) (see|find out|know)\b | grooming | 0.4 | grooming_secrecy |
re:\b(no one|nobody) else (will|would|is gonna) see\b | grooming | 0.35 | grooming_secrecy |
re:\b(no need to|dont|don['’]?t) mention (it|this|us|me) to\b | grooming | 0.35 | grooming_secrecy |
re:\bdelete (my|the|our|all the|these) (msgs|messages|pics|photos)\b | grooming | 0.4 | grooming_secrecy |
re:\bdelete (it|this|them|everything) after\b | grooming | 0.35 | grooming_secrecy |

# ---- move to another app ----
re:\b(download|get|install) (kik|telegram|signal|snap|snapchat|wickr|session|threema|wechat|viber|line app)\b | grooming | 0.3 | grooming_private_app |
re:\b(msg|text|pm|chat|talk|continue|switch|move) (me )?(on|to|over to|in) (telegram|tele|kik|signal|snap|snapchat|whatsapp|wickr|session|wechat|viber)\b | grooming | 0.3 | grooming_private_app |
re:\bdisappearing (msgs|messages|mode|chats?)\b | grooming | 0.35 | grooming_private_app |
secret chat       | grooming | 0.35 | grooming_private_app |
re:\b(second|2nd|alt|spam|private) (account|acc|acct)\b | grooming | 0.25 | grooming_private_app |
re:\b(send|sent) (it|them|the pics|pics|those) (on|thru|through|via|over) (snap|snapchat|telegram|kik|signal|whatsapp|discord|dm)\b | grooming | 0.3 | grooming_private_app |

# ---- gifts ----
re:\b(want|wanna|need) (some |a |the |free )?(robux|vbucks|v bucks|battle pass|gift ?card|steam card|nitro|skins|gems|diamonds|coins)\b | grooming | 0.3 | grooming_gift |
re:\b(got|have) (some )?(extra|spare) (robux|vbucks|v bucks|gift ?cards?|steam cards?|skins|gems|diamonds|coins|codes?)\b | grooming | 0.35 | grooming_gift |
re:\bgift (u|you)\b | grooming | 0.25 | grooming_gift |
re:\bsend (u |you )?(the |ur |your )?(robux|vbucks|v bucks|money|cash|diamonds|gems|skins|gift ?card|code) (after|once|when|if)\b | grooming | 0.4 | grooming_gift |
re:\b(send|give|pay) (u|you) (some )?(money|cash|\$\d+|£\d+)\b | grooming | 0.3 | grooming_gift |
re:\b(cashapp|cash app|venmo|paypal|zelle) (u|you)\b | grooming | 0.35 | grooming_gift |
re:\b(buy|get) (u|you) a new (phone|iphone|switch|laptop|headset)\b | grooming | 0.35 | grooming_gift |
re:\bmoney for (an|a|ur|your) (uber|taxi|cab|bus|train|ticket)\b | grooming | 0.35 | grooming_gift |
re:\bspoil (u|you)\b | grooming | 0.3 | grooming_gift |

# ---- sexual talk (not graphic) ----
re:\b(ever|u|you) kissed (anyone|someone|a (boy|girl|guy))\b | grooming | 0.4 | grooming_sexual_talk |
re:\b(r|are) (u|you) (still )?a virgin\b | grooming | 0.45 | grooming_sexual_talk | severe
re:\b(ever|have (u|you)|u ever|you ever) (done|did) (it|anything|stuff|something) with (a|any|anyone|someone)\b | grooming | 0.45 | grooming_sexual_talk |
re:\b(what|wat) do (u|you) sleep in\b | grooming | 0.4 | grooming_sexual_talk |
re:\bwearing to bed\b | grooming | 0.4 | grooming_sexual_talk |
re:\bwhen (ur|you['’]?re|youre|u r|you are) in bed\b | grooming | 0.25 | grooming_sexual_talk |
re:\b(do|do u|do you) sleep naked\b | grooming | 0.45 | grooming_sexual_talk | severe
re:\b(ur|your) (figure|curves|thighs)\b | grooming | 0.3 | grooming_sexual_talk |
re:\bwear (that|the|ur|your) (skirt|shorts|dress|crop top|top) (i like|i love|for me)\b | grooming | 0.35 | grooming_sexual_talk |
re:\bwear something (short|tight|cute for me|sexy)\b | grooming | 0.4 | grooming_sexual_talk |
re:\b(teach|show) (u|you) how to kiss\b | grooming | 0.45 | grooming_sexual_talk |
re:\bin (ur|your) (swimsuit|swimwear|bikini|underwear|pyjamas|pajamas|pjs|bra|towel)\b | grooming | 0.25 | grooming_sexual_talk |

# ---- photos, video, camera ----
re:\b(pic|pics|picture|photo|photos|selfie|vid|video) of (u|you|urself|yourself)\b | grooming | 0.25 | grooming_photo_request |
re:\b(trade|swap|exchange) (pics|pictures|photos|selfies|snaps)\b | grooming | 0.4 | grooming_photo_request |
re:\b(send|snap) (me )?(a |some )?(selfie|selfies)\b | grooming | 0.3 | grooming_photo_request |
re:\b(i['’]?ll|ill|i will|i can) send (mine )?first\b | grooming | 0.35 | grooming_photo_request |
re:\b(doesnt|doesn['’]?t|dont|don['’]?t) (have to|need to) (be|show) (ur|your) face\b | grooming | 0.45 | grooming_photo_request |
re:\b(camera on|cam on|on cam|on camera)\b | grooming | 0.2 | grooming_photo_request |
re:\bwhat (u|you) look like\b | grooming | 0.25 | grooming_photo_request |
re:\bjust for (me|my eyes)\b | grooming | 0.3 | grooming_photo_request |

# ---- meeting ----
re:\bpick (u|you) up (after|from|outside) (school|practice|class)\b | grooming | 0.3 | grooming_meeting |
re:\b(drop|drive) (u|you) home\b | grooming | 0.25 | grooming_meeting |
re:\b(spare room|stay at my place|stay at mine|crash at my)\b | grooming | 0.35 | grooming_meeting |
re:\b(near|outside|by) (ur|your) (house|school|place)\b | grooming | 0.3 | grooming_meeting |
re:\b(i['’]?ll|ill|i will|i can) wait (for (u|you) )?(at|outside|near)\b | grooming | 0.3 | grooming_meeting |
re:\bcome (play|chill|hang) (at|on) my\b | grooming | 0.25 | grooming_meeting |
re:\b(hotel room|booked a hotel|book a hotel|got a room)\b | grooming | 0.35 | grooming_meeting |
re:\brun away (with me|together)\b | grooming | 0.4 | grooming_meeting |

