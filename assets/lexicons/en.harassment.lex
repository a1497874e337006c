# English harassment: insults, profanity aimed at people, threats, wishes of harm, sexual harassment,
# body shaming, doxxing, blackmail. Insult words and profanity need a target (second person) nearby.
@format 1
@lang en
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- insults (need a target) ----
idiot*            | harassment | 0.6 | insult_at_person | needs=target
moron*            | harassment | 0.6 | insult_at_person | needs=target
stupid            | harassment | 0.5 | insult_at_person | needs=target
stupid ass        | harassment | 0.6 | insult_at_person | needs=target
dumb              | harassment | 0.45 | insult_at_person | needs=target
dumbass*          | harassment | 0.65 | insult_at_person | needs=target
dumb ass          | harassment | 0.6 | insult_at_person | needs=target
dumbfuck*         | harassment | 0.7 | insult_at_person | needs=target
dipshit*          | harassment | 0.65 | insult_at_person | needs=target
imbecile*         | harassment | 0.6 | insult_at_person | needs=target
cretin*           | harassment | 0.55 | insult_at_person | needs=target
halfwit*          | harassment | 0.55 | insult_at_person | needs=target
nitwit*           | harassment | 0.45 | insult_at_person | needs=target
numbskull*        | harassment | 0.45 | insult_at_person | needs=target
brainless         | harassment | 0.55 | insult_at_person | needs=target
braindead         | harassment | 0.5 | insult_at_person | needs=target
brain dead        | harassment | 0.45 | insult_at_person | needs=target
peabrain*         | harassment | 0.5 | insult_at_person | needs=target
airhead*          | harassment | 0.4 | insult_at_person | needs=target
bimbo*            | harassment | 0.45 | insult_at_person | needs=target
retard            | harassment | 0.7 | insult_at_person | needs=target
retards           | harassment | 0.7 | insult_at_person | needs=target
retarded          | harassment | 0.6 | insult_at_person | needs=target
mongoloid*        | harassment | 0.7 | insult_at_person | needs=target
spaz              | harassment | 0.5 | insult_at_person | needs=target
spastic           | harassment | 0.45 | insult_at_person | needs=target
loser*            | harassment | 0.45 | insult_at_person | needs=target
pathetic          | harassment | 0.4 | insult_at_person | needs=target
worthless         | harassment | 0.5 | insult_at_person | needs=target
useless           | harassment | 0.3 | insult_at_person | needs=target
ignorant          | harassment | 0.3 | insult_at_person | needs=target
scum              | harassment | 0.6 | insult_at_person | needs=target
scumbag*          | harassment | 0.65 | insult_at_person | needs=target
lowlife*          | harassment | 0.55 | insult_at_person | needs=target
low life          | harassment | 0.5 | insult_at_person | needs=target
dirtbag*          | harassment | 0.5 | insult_at_person | needs=target
degenerate*       | harassment | 0.5 | insult_at_person | needs=target
trash             | harassment | 0.3 | insult_at_person | needs=target
garbage           | harassment | 0.25 | insult_at_person | needs=target
piece of shit     | harassment | 0.75 | insult_at_person | needs=target
piece of crap     | harassment | 0.6 | insult_at_person | needs=target
waste of space    | harassment | 0.65 | insult_at_person | needs=target
waste of oxygen   | harassment | 0.65 | insult_at_person | needs=target
waste of air      | harassment | 0.6 | insult_at_person | needs=target
shithead*         | harassment | 0.7 | insult_at_person | needs=target
shitbag*          | harassment | 0.65 | insult_at_person | needs=target
asshole*          | harassment | 0.65 | insult_at_person | needs=target
arsehole*         | harassment | 0.65 | insult_at_person | needs=target
jackass*          | harassment | 0.55 | insult_at_person | needs=target
dickhead*         | harassment | 0.65 | insult_at_person | needs=target
dick              | harassment | 0.4 | insult_at_person | needs=target
prick             | harassment | 0.5 | insult_at_person | needs=target
pricks            | harassment | 0.5 | insult_at_person | needs=target
twat              | harassment | 0.65 | insult_at_person | needs=target
twats             | harassment | 0.65 | insult_at_person | needs=target
wanker            | harassment | 0.6 | insult_at_person | needs=target
wankers           | harassment | 0.6 | insult_at_person | needs=target
tosser*           | harassment | 0.55 | insult_at_person | needs=target
bellend*          | harassment | 0.6 | insult_at_person | needs=target
knobhead*         | harassment | 0.6 | insult_at_person | needs=target
cunt*             | harassment | 0.7 | insult_at_person | needs=target
bitch*            | harassment | 0.6 | insult_at_person | needs=target
son of a bitch    | harassment | 0.65 | insult_at_person | needs=target
bastard*          | harassment | 0.55 | insult_at_person | needs=target
cocksucker*       | harassment | 0.7 | insult_at_person | needs=target
fuckface*         | harassment | 0.7 | insult_at_person | needs=target
fuckwit*          | harassment | 0.7 | insult_at_person | needs=target
slut*             | harassment | 0.7 | insult_at_person | needs=target
whore*            | harassment | 0.7 | insult_at_person | needs=target
hoe               | harassment | 0.45 | insult_at_person | needs=target
hoes              | harassment | 0.45 | insult_at_person | needs=target
skank*            | harassment | 0.65 | insult_at_person | needs=target
thot              | harassment | 0.35 | insult_at_person | needs=target
thots             | harassment | 0.35 | insult_at_person | needs=target
douche            | harassment | 0.5 | insult_at_person | needs=target
douchebag*        | harassment | 0.6 | insult_at_person | needs=target
clown             | harassment | 0.3 | insult_at_person | needs=target
freak             | harassment | 0.35 | insult_at_person | needs=target
weirdo*           | harassment | 0.3 | insult_at_person | needs=target
creep             | harassment | 0.3 | insult_at_person | needs=target
simp              | harassment | 0.3 | insult_at_person | needs=target
incel*            | harassment | 0.35 | insult_at_person | needs=target
cuck              | harassment | 0.45 | insult_at_person | needs=target
pig               | harassment | 0.35 | insult_at_person | needs=target
swine             | harassment | 0.35 | insult_at_person | needs=target
parasite          | harassment | 0.45 | insult_at_person | needs=target
vermin            | harassment | 0.5 | insult_at_person | needs=target
subhuman          | harassment | 0.7 | insult_at_person | needs=target

# ---- insult structures ----
re:\b(you ?['’]?re|you are|u r|u are|ur|youre) (such an?|an?|so|the|just an?|nothing but an?) (fucking |absolute |total |complete |stupid |dumb |ugly |fat |worthless |pathetic |little )*(idiot|moron|retard|loser|bitch|cunt|slut|whore|joke|disgrace|failure|mistake|embarrassment|clown|waste|nobody|nothing|piece of shit|pig|animal)s?\b | harassment | 0.7 | insult_at_person |
re:\b(you|u) (stupid|dumb|fucking|fat|ugly|little|worthless|pathetic) (idiot|moron|retard|loser|bitch|cunt|slut|whore|cow|pig|piece of shit|bastard|twat|prick|asshole|fuck)s?\b | harassment | 0.75 | insult_at_person |
re:\bshut (up|the fuck up|your (mouth|face)),? (you|u) \w+ | harassment | 0.5 | insult_at_person |
nobody likes you  | harassment | 0.6 | harassment_phrase |
no one likes you  | harassment | 0.6 | harassment_phrase |
everyone hates you | harassment | 0.65 | harassment_phrase |
everybody hates you | harassment | 0.65 | harassment_phrase |
no one loves you  | harassment | 0.65 | harassment_phrase |
nobody loves you  | harassment | 0.65 | harassment_phrase |
no one will ever love you | harassment | 0.7 | harassment_phrase |
nobody cares about you | harassment | 0.55 | harassment_phrase |
you should be ashamed | harassment | 0.4 | harassment_phrase |
you disgust me    | harassment | 0.55 | harassment_phrase |
you make me sick  | harassment | 0.5 | harassment_phrase |
you're a joke     | harassment | 0.45 | harassment_phrase |
you are a joke    | harassment | 0.45 | harassment_phrase |
re:\b(kill|shoot) yourself\b.{0,20}\b(loser|idiot|bitch) | harassment | 0.6 | harassment_phrase |

# ---- profanity aimed at people ----
fuck              | harassment | 0.35 | profanity_at_person | needs=target
fucking           | harassment | 0.3 | profanity_at_person | needs=target
fuckin            | harassment | 0.3 | profanity_at_person | needs=target
fucker*           | harassment | 0.55 | profanity_at_person | needs=target
motherfucker*     | harassment | 0.6 | profanity_at_person | needs=target
motherfucking     | harassment | 0.4 | profanity_at_person | needs=target
fuck you          | harassment | 0.65 | profanity_at_person |
fuck u            | harassment | 0.65 | profanity_at_person |
fuck ur           | harassment | 0.6 | profanity_at_person |
fuck your         | harassment | 0.55 | profanity_at_person |
fuck off          | harassment | 0.55 | profanity_at_person |
f off             | harassment | 0.45 | profanity_at_person |
stfu              | harassment | 0.5 | profanity_at_person |
shut the fuck up  | harassment | 0.65 | profanity_at_person |
shut up           | harassment | 0.3 | profanity_at_person | needs=target
gtfo              | harassment | 0.5 | profanity_at_person |
shit              | harassment | 0.25 | profanity_at_person | needs=target
bullshit          | harassment | 0.2 | profanity_at_person | needs=target
eat shit          | harassment | 0.6 | profanity_at_person |
screw you         | harassment | 0.5 | profanity_at_person |
go to hell        | harassment | 0.5 | profanity_at_person |
piss off          | harassment | 0.5 | profanity_at_person |
bugger off        | harassment | 0.45 | profanity_at_person |
sod off           | harassment | 0.45 | profanity_at_person |
kiss my ass       | harassment | 0.5 | profanity_at_person |
up yours          | harassment | 0.5 | profanity_at_person |
damn you          | harassment | 0.45 | profanity_at_person |
ass               | harassment | 0.3 | profanity_at_person | needs=target
goddamn           | harassment | 0.2 | profanity_at_person | needs=target

# ---- threats of violence ----
re:\bi ?(['’]?ll|will|shall|am going to|['’]?m going to|['’]?m gonna|am gonna|gonna|am about to) (\w+ )?(kill|murder|stab|shoot|strangle|choke|rape|behead|slaughter|butcher|gut|lynch|torture|curb ?stomp) (you|u|ya|yall|y['’]?all)\b | harassment | 0.9 | threat_violence | severe
re:\bi ?(['’]?ll|will|shall|am going to|['’]?m going to|['’]?m gonna|am gonna|gonna) (\w+ )?(hurt|punch|slap|stomp|hang|end|cut|burn) (you|u|ya)\b | harassment | 0.7 | threat_violence |
re:\bi ?(['’]?ll|will|am going to|['’]?m going to|['’]?m gonna|gonna) (\w+ )?(break|smash|snap|cut|slit|bash|kick) (your|ur) (\w+ )?(neck|face|head|legs?|arms?|teeth|skull|throat|jaw|ass) | harassment | 0.85 | threat_violence | severe
re:\bi ?(['’]?ll|will|am going to|['’]?m going to|['’]?m gonna|gonna) beat (the (shit|crap|hell|fuck) out of|you up|your ass) | harassment | 0.85 | threat_violence | severe
re:\bi ?(['’]?ll|will|am going to|['’]?m going to|['’]?m gonna|gonna) (hunt|track) (you|u) down\b | harassment | 0.85 | threat_violence | severe
re:\bi ?(['’]?ll|will) find (you|u)( and (kill|hurt|end|make|break|beat|fuck)|,? (trust me|mark my words|i promise|bitch|motherfucker|you \w+)|$|[.!]) | harassment | 0.8 | threat_violence | severe
re:\bi ?(['’]?ll|will|am going to|['’]?m going to|['’]?m gonna|gonna) (kill|murder|hurt|rape|find) (your|ur) (family|kids?|children|mom|mum|mother|dad|father|wife|husband|sister|brother|daughter|son|dog) | harassment | 0.9 | threat_violence | severe
re:\bi ?(want|wanna|would love) to (kill|murder|stab|shoot|strangle|hurt|punch) (you|u)\b | harassment | 0.75 | threat_violence | severe
re:\b(you ?['’]?re|you are|ur|youre|u r) (so |fucking )?dead( meat| man)?( when| if|$|[.!]) | harassment | 0.7 | threat_violence |
re:\b(you|u) ?(['’]?ll|will|are going to|['’]?re going to|gonna) (die|bleed|pay for (this|that|it)|regret (this|that|it))\b | harassment | 0.55 | threat_violence |
re:\b(i ?['’]?ll|i will|gonna|going to) put a bullet in (you|your|ur)\b | harassment | 0.95 | threat_violence | severe
i know where you live | harassment | 0.85 | threat_violence | severe
i know where u live | harassment | 0.85 | threat_violence | severe
i know where you work | harassment | 0.75 | threat_violence | severe
watch your back   | harassment | 0.6 | threat_violence |
watch ur back     | harassment | 0.6 | threat_violence |
your days are numbered | harassment | 0.7 | threat_violence |
sleep with one eye open | harassment | 0.6 | threat_violence |
you won't see tomorrow | harassment | 0.8 | threat_violence | severe
you're next       | harassment | 0.4 | threat_violence |
you are next      | harassment | 0.4 | threat_violence |
i'll make you suffer | harassment | 0.8 | threat_violence | severe
i will make you suffer | harassment | 0.8 | threat_violence | severe
i'll make you pay | harassment | 0.6 | threat_violence |
re:\b(gonna|going to|i ?['’]?ll|i will) (shoot up|bomb|burn down) (your|ur|the) (school|house|home|office|church|mosque|work) | harassment | 0.95 | threat_violence | severe

# ---- wishes of harm ----
re:\bi (hope|wish|pray) (that )?(you|u|ya|ur \w+|your \w+) (\w+ )?(die|dies|die slowly|get cancer|gets cancer|get raped|gets raped|get shot|get killed|get murdered|get hit by|choke|drown|burn|rot|suffer|get aids|catch covid|never wake up) | harassment | 0.85 | wish_harm | severe
re:\b(hope|wish) (you|u) (were|was) dead\b | harassment | 0.85 | wish_harm | severe
re:\bsomeone (should|needs to|ought to|gotta) (kill|shoot|stab|murder|hang|rape|beat) (you|u|him|her|them|this \w+)\b | harassment | 0.8 | wish_harm | severe
re:\b(you|u) (should|deserve to|need to|ought to) (die|be shot|be killed|be hanged|be raped|burn|rot|get raped|get shot|be beaten) | harassment | 0.85 | wish_harm | severe
re:\bmay (you|u) (die|burn|rot|suffer|choke) | harassment | 0.75 | wish_harm |
go die            | harassment | 0.7 | wish_harm |
die in a fire     | harassment | 0.8 | wish_harm |
die in a hole     | harassment | 0.75 | wish_harm |
drop dead         | harassment | 0.55 | wish_harm |
rot in hell       | harassment | 0.6 | wish_harm |
burn in hell      | harassment | 0.55 | wish_harm |
get cancer        | harassment | 0.5 | wish_harm | needs=target
hope you die      | harassment | 0.85 | wish_harm | severe
hope u die        | harassment | 0.85 | wish_harm | severe
get raped         | harassment | 0.7 | wish_harm | needs=target severe
should be shot    | harassment | 0.45 | wish_harm |
should be hanged  | harassment | 0.45 | wish_harm |

# ---- sexual harassment ----
send nudes        | harassment | 0.75 | sexual_harassment |
send me nudes     | harassment | 0.85 | sexual_harassment |
send me a nude    | harassment | 0.85 | sexual_harassment |
send me nude*     | harassment | 0.85 | sexual_harassment |
send noods        | harassment | 0.75 | sexual_harassment |
re:\b(show|send) me (your|ur|ya) (tits|boobs|titties|pussy|dick|cock|ass|butt|body|nipples|panties|bra|underwear) | harassment | 0.85 | sexual_harassment |
re:\bi ?(want|wanna|would|['’]?d|will|['’]?ll|am gonna|['’]?m gonna|gonna) (to )?(fuck|bang|rape|grope|finger|rail|breed|molest) (you|u|ya|(your|ur) (mom|mum|sister|ass|pussy|mouth|daughter))\b | harassment | 0.8 | sexual_harassment | severe
re:\b(suck|lick|ride|sit on) my (dick|cock|balls|face|penis|di?ck) | harassment | 0.8 | sexual_harassment |
re:\b(wanna|want to|lets|let['’]?s) (fuck|bang|have sex|sext)( me)?\?? *$ | harassment | 0.5 | sexual_harassment | needs=target
re:\bnice (tits|boobs|ass|rack|titties|booty)\b | harassment | 0.55 | sexual_harassment |
re:\bbend (you|u|her) over | harassment | 0.7 | sexual_harassment |
re:\bi ?(['’]?ll|will|am going to|['’]?m going to|gonna) rape | harassment | 0.95 | threat_violence | severe
rape you          | harassment | 0.9 | threat_violence | severe
what color are your panties | harassment | 0.75 | sexual_harassment |
what are you wearing right now | harassment | 0.5 | sexual_harassment |
dick pic*         | harassment | 0.5 | sexual_harassment |
are you a virgin  | harassment | 0.5 | sexual_harassment |
are u a virgin    | harassment | 0.5 | sexual_harassment |

# ---- body shaming ----
fatass*           | harassment | 0.6 | body_shaming | needs=target
fat ass           | harassment | 0.5 | body_shaming | needs=target
fatso             | harassment | 0.6 | body_shaming | needs=target
fatty             | harassment | 0.45 | body_shaming | needs=target
fat pig           | harassment | 0.7 | body_shaming |
fat cow           | harassment | 0.7 | body_shaming |
fat bitch         | harassment | 0.7 | body_shaming |
fat fuck          | harassment | 0.7 | body_shaming |
fat slob          | harassment | 0.65 | body_shaming |
lardass*          | harassment | 0.65 | body_shaming |
land whale        | harassment | 0.7 | body_shaming |
landwhale*        | harassment | 0.7 | body_shaming |
beached whale     | harassment | 0.6 | body_shaming |
whale             | harassment | 0.3 | body_shaming | needs=target
hippo             | harassment | 0.3 | body_shaming | needs=target
ugly              | harassment | 0.4 | body_shaming | needs=target
ugly ass          | harassment | 0.55 | body_shaming | needs=target
butterface        | harassment | 0.6 | body_shaming |
pizza face        | harassment | 0.6 | body_shaming |
crater face       | harassment | 0.6 | body_shaming |
midget            | harassment | 0.45 | body_shaming | needs=target
anorexic          | harassment | 0.3 | body_shaming | needs=target
re:\b(you ?['’]?re|you are|ur|youre|u r|u are|u look|you look) (so |really |fucking |such an? )?(fat|ugly|hideous|disgusting|gross|obese|nasty|like a (man|pig|whale|cow|troll|potato)) | harassment | 0.6 | body_shaming |
re:\b(go on a diet|lose some weight|lose weight),? (you|u|fatty|fatso)\b | harassment | 0.55 | body_shaming |
re:\b(your|ur) (face|body|nose|teeth) (is|are|looks?) (so )?(ugly|disgusting|gross|hideous|fucked) | harassment | 0.6 | body_shaming |

# ---- doxxing ----
re:\bi (know|found|found out|tracked down|traced) (your|ur) (home address|address|ip|ip address|real name|full name|location|home location|workplace|parents['’]? address) | harassment | 0.65 | doxxing |
re:\b(his|her|their|your|ur) (home |real |full )?(address|phone number|home location) is\b | harassment | 0.6 | doxxing |
re:\b(here ?['’]?s|here is|this is) (his|her|their) (home |real )?(address|phone number|number|ip)\b | harassment | 0.7 | doxxing |
re:\b(i ?['’]?ll|i will|gonna|going to|let['’]?s) (dox|doxx|expose|leak) (you|u|him|her|them|your|ur)\b | harassment | 0.75 | doxxing | severe
dox               | harassment | 0.45 | doxxing | needs=target
doxx*             | harassment | 0.45 | doxxing | needs=target
doxing            | harassment | 0.4 | doxxing | needs=target

# ---- blackmail and coercion ----
re:\b(or else|or|unless (you|u)( \w+){1,3}|if (you|u) (don['’]?t|do not|won['’]?t)( \w+){1,3}),? i ?(['’]?ll|will|am going to|['’]?m going to|['’]?m gonna|gonna) (post|share|leak|send|show|expose|publish|upload) (your|ur|the (pics|photos|videos?|nudes|screenshots|chats?)|everything|it to (everyone|your)) | harassment | 0.8 | blackmail | severe
re:\bi (have|got|saved|recorded|kept) (your|ur) (nudes|nude pics|pics|photos|videos|screenshots|messages) | harassment | 0.65 | blackmail |
re:\b(i ?['’]?ll|i will|gonna|going to) (leak|post|share|send) (your|ur) (nudes|pics|photos|videos|messages) | harassment | 0.85 | blackmail | severe
re:\b(pay|send) me .{0,25}\bor (else|everyone will see|your (family|parents|friends|boss|wife|husband) will) | harassment | 0.8 | blackmail | severe
re:\b(send|give) me (more )?(pics|photos|nudes|money|bitcoin) or\b | harassment | 0.85 | blackmail | severe
re:\bi ?(['’]?ll|will) (show|send|forward) (it|this|them|these|the (pics|photos|videos?|screenshots)) to (everyone|your (parents|mom|mum|dad|family|boss|wife|husband|school|friends)) | harassment | 0.6 | blackmail |
i recorded you    | harassment | 0.6 | blackmail |
i have access to your webcam | harassment | 0.7 | blackmail |
i have access to your camera | harassment | 0.7 | blackmail |

# ---- Joined insults (hashtags, words spelled out letter by letter run together: "patheticloser"),
# ---- exclusion, blackmail, threats to break bones (added 2026-12, original work, MIT) ----
re:(pathetic|stupid|fucking|fking|total|dumb|ugly|fat|worthless|useless|little)(loser|idiot|moron|bitch|retard|slut|whore|cunt)s?\b | harassment | 0.6 | insult_at_person | needs=target
re:\b(nobody|no one|noone)( \w+){0,4} (wants|likes|needs) (you|u) (here|around|in (this|the|our) \w+)\b | harassment | 0.65 | harassment_phrase |
re:\b(just )?(leave|get out of|gtfo of|quit) (the|our|this) (group ?chat|gc|group|server|class chat|chat)( already)?\b | harassment | 0.3 | harassment_phrase | needs=target
re:\b(everyone|everybody|y['’]?all|guys),? (block|ignore|unfriend|kick|remove) (her|him|them|that \w+)\b | harassment | 0.55 | harassment_phrase |
re:\b(pay|send|give|transfer|venmo|cashapp) me\b.{0,40}\bor (else )?(i|i['’]?ll|ill|i will|i['’]?m gonna|i am going to) (send|post|leak|share|show|tell|forward|expose|release)\b | harassment | 0.8 | blackmail | severe
re:\b(or|otherwise) (i|i['’]?ll|ill|i will) (send|post|leak|share|show|forward) (those|these|the|your|ur|all your) (pics|pictures|photos|screenshots|nudes|videos|messages|texts|chats)\b | harassment | 0.7 | blackmail | severe
re:\b(i['’]?m going to|im going to|i['’]?ll|ill|i will|gonna|going to) (\w+ ){0,6}(break|snap|smash|bust) (both )?(your|ur|his|her) (legs?|arms?|neck|face|jaw|knees?|teeth|skull|nose|fingers)\b | harassment | 0.85 | threat_violence | severe
re:\b(i['’]?m going to|im going to|i['’]?ll|ill|i will|gonna) find (you|u) (after school|after work|tonight|tomorrow|outside)\b | harassment | 0.6 | threat_violence |

# ---- Telling someone to kill or hurt themselves and wishing them dead: moved here from
# ---- en.selfharm.lex (2026-12). Aimed at someone else these are harassment (wish_harm, severe);
# ---- self_harm keeps only the writer's own risk. ----
kys | harassment | 0.95 | wish_harm | severe
kill yourself | harassment | 0.9 | wish_harm | severe
kill urself | harassment | 0.9 | wish_harm | severe
kill ur self | harassment | 0.9 | wish_harm | severe
kill yourselves | harassment | 0.85 | wish_harm | severe
killyourself | harassment | 0.9 | wish_harm | severe
go kill yourself | harassment | 0.95 | wish_harm | severe
hang yourself | harassment | 0.9 | wish_harm | severe
hang urself | harassment | 0.9 | wish_harm | severe
neck yourself | harassment | 0.9 | wish_harm | severe
rope yourself | harassment | 0.9 | wish_harm | severe
an hero | harassment | 0.6 | wish_harm | severe
unalive yourself | harassment | 0.9 | wish_harm | severe
unalive urself | harassment | 0.9 | wish_harm | severe
end yourself | harassment | 0.85 | wish_harm | severe
off yourself | harassment | 0.85 | wish_harm | severe
slit your wrists | harassment | 0.9 | wish_harm | severe
slit ur wrists | harassment | 0.9 | wish_harm | severe
cut yourself | harassment | 0.6 | wish_harm | severe
drink bleach | harassment | 0.75 | wish_harm | severe
jump off a bridge | harassment | 0.7 | wish_harm | severe
jump off a cliff | harassment | 0.6 | wish_harm | severe
jump in front of a train | harassment | 0.8 | wish_harm | severe
re:\b(you|u|ya) (should|need to|ought to|gotta|better|deserve to) (just )?(kill|hang|shoot|off|end|unalive|cut|hurt|starve) (yourself|urself|ur self)\b | harassment | 0.95 | wish_harm | severe
re:\b(you|u) should (just )?(die|stop breathing|not exist|never have been born)\b | harassment | 0.8 | wish_harm | severe
re:\bdo (us|everyone|the world) a favou?r (and|&) (die|kill yourself|kys|disappear|end it)\b | harassment | 0.9 | wish_harm | severe
re:\b(the )?world (would be|is|will be) better (off )?without (you|u)\b | harassment | 0.75 | wish_harm | severe
re:\bno ?(one|body) (would|will) (miss|care about|notice) (you|u|if (you|u) (died|were gone|disappeared))\b | harassment | 0.7 | wish_harm | severe
re:\b(just|go|pls|please) (die|end it)\b | harassment | 0.55 | wish_harm | needs=target severe
re:\b(why don['’]?t you|why dont you|why not) (just )?(kill yourself|die|end it|hang yourself) | harassment | 0.85 | wish_harm | severe
re:(just|go|pls|please|u should|you should)?kill ?(yo)?urself\b | harassment | 0.9 | wish_harm | severe

# ---- The same words said of oneself ("i want to jump off a bridge") are the writer's own risk:
# ---- en.selfharm.lex lists these patterns as self_harm_risk, and the identical `allow` here keeps
# ---- the harassment entries above from reading them as a wish aimed at someone. ----
re:\bi (\w+ ){0,3}(jump off a (bridge|cliff|building|roof)|jump in front of a (train|bus|car|truck)|drink bleach)\b | allow
