@format 1
@lang en
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b, then tests/tuning_suites_c, then tests/tuning_suites_d, then tests/tuning_suites_e, then tests/tuning_suites_f), never from held-back or blind cases
@licence MIT
# term | category | weight | key | flags

# ---- pred:emotion: bodily disgust and "cannot tahan" (skin crawl, creeps, stomach turns)
re:\b(make|makes|made|making) (my|me) (skin crawl|flesh crawl|skin creep|stomach turn|stomach churn)\b | pred:emotion | 0.85 | hate_emotion_group
re:\bmy (skin|flesh) (crawls|creeps|crawl)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(give|gives|giving|gave) me (the creeps|the ick|the heebie[- ]jeebies|the willies|goosebumps of disgust)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(creep|creeps|creeped|freak|freaks) me (out|the hell out)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(turn|turns|turned|turning) my stomach\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(feel|feels|felt|get|gets) (physically )?(sick|ill|nauseous|queasy) (to my stomach|just looking at|just thinking about|when i see|every time i see|whenever i see|seeing)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(can['’]?t|cannot|cant|cnnot|canot|tak|tak boleh|tak leh|tk|x|really cannot|really can['’]?t) tahan\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(cannot|can['’]?t|cant|cnnot) (take|stand|tahan|tolerate|stomach|bear) (them|em|those|these|their kind|that lot|this lot)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(so|sooo|totally|completely|absolutely|really|fully|officially|damn) done with\b | pred:emotion | 0.7 | hate_emotion_group
re:\b(sick to death|sick and tired) of (them|em|their)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(nothing|no one|nobody|nothing on (this )?earth|nothing in (this|the) world) (disgusts|sickens|repulses|revolts|annoys|angers|irritates|infuriates) me (more|as much)\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(god ?damn|goddamn|goddamned|god-damn|god damned|damn all|damned) (the|those|these|all|every|them|em)?\b | pred:emotion | 0.75 | hate_emotion_group
goddamn                    | pred:emotion | 0.75 | hate_emotion_group
re:\bi (find|found) (them|em|\w+( \w+)?) (repulsive|repugnant|revolting|disgusting|vile|sickening|nauseating|abhorrent|detestable|loathsome|gross|unbearable|insufferable)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(beneath|below|under) (contempt|my contempt|contempt itself)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(are|is|r|so far|far) (beneath|below) (me|us|contempt|human dignity|any decent person|decent people|the rest of us)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- Singlish and Manglish: disgust and "cannot tahan", beatings threatened in colloquial words
re:\b(buay|bo|boh|mai) tahan\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(so|very|damn|super|really|sibei|sibeh|memang) (geli|jijik|menyampah|meluat)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(geli|jijik|menyampah|meluat) (with|of|to see|tengok|lah|sia|siol)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(see|seeing|tengok) (them|em|their face|their faces) (already|oredi|alr)? ?(want to|wanna|also want to|also wanna|feel like) (vomit|puke|muntah|throw up|slap|whack|punch)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(i|we|i['’]?ll|we['’]?ll|i will|we will|gonna|going to|sure|confirm|wanna|want to|later i|next time i) (whack|hantam|pukul|tumbuk|tikam|belasah|bash|sapu|parang|tetak|bunuh) (them|em|you|u|him|her|all|every|those|these|the|one by one|until)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(confirm|sure|will|gonna|going to|must|should) kena (whack|hantam|pukul|tumbuk|tikam|belasah|bash|parang|tetak|bunuh|stab|beat|bunuh)\b | pred:violence | 0.8 | violence_group | severe

# ---- pred:attribute: distrust, innate vice, stupidity likened to a child, moral likened to a crook
re:\b(can['’]?t|cannot|cant|can never|should never|shouldn['’]?t|never ever|never|don['’]?t ever|do not ever) (ever )?trust\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(deceit|deception|treachery|lying|lies|dishonesty|violence|crime|criminality|thievery|stealing|greed|laziness|filth|savagery|betrayal|cruelty|cheating|fraud|scamming|evil)( just| simply)? (runs?|running|flows?|is|are|['’]s) (in|through) (their|the|its|his|her) (blood|veins|genes|dna|bones|bloodline|family)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(brains?|brain|intelligence|iq|mind|minds|mentality|maturity|attention span|emotional range|self[- ]control|reasoning) of (a|an) (toddler|child|baby|infant|goldfish|monkey|rock|potato|chicken|pea|peanut|squirrel|fruit fly|gnat|dog|cow|sheep|donkey|five[- ]year[- ]old|three[- ]year[- ]old|two[- ]year[- ]old|kid|caveman|slug|brick)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(morals|morality|ethics|honesty|conscience|loyalty|scruples|principles|manners|hygiene) of (a|an) (con man|conman|con artist|thief|snake|rat|alley cat|criminal|crook|pimp|whore|hyena|pig|swindler|scammer|gangster|jackal|cockroach|sewer rat|feral cat|stray dog|goat|pirate|drug dealer)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(greedy|violent|lazy|dirty|filthy|dishonest|arrogant|stupid|smelly|loud|rude|cruel|vicious|savage|corrupt|useless|sneaky|sly|cunning|treacherous|backward|primitive|ignorant|evil|lying|two[- ]faced)( and| ,|,)? (and )?(proud of it|shameless about it|not even ashamed|unashamed|unapologetic)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(greedy|violent|lazy|dirty|filthy|dishonest|arrogant|stupid|smelly|cruel|vicious|savage|corrupt|useless|sneaky|treacherous|backward|primitive|ignorant|evil|lying),? (greedy|violent|lazy|dirty|filthy|dishonest|arrogant|stupid|smelly|cruel|vicious|savage|corrupt|useless|sneaky|treacherous|backward|primitive|ignorant|evil|lying|two[- ]faced)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(brain[- ]?dead|braindead|brainless|dumb as (rocks|a rock|bricks|a brick|a post|dirt)|thick as (two short planks|a brick|bricks|pig shit)|pea[- ]brained|peabrained|empty[- ]headed|airheaded|dense as)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(lying|two[- ]faced|backstabbing|back[- ]stabbing|double[- ]crossing|snake[- ]like|conniving|scheming)( little| lil)? (snakes?|rats?|weasels?|liars?|cheats?|backstabbers?|vipers?|frauds?|hypocrites?)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: the group as cause of every problem, crime and mess
re:\b(root|source|cause|causes|origin|roots|sources) of (every|all|all of|most|most of|each|so many|our|society['’]?s|the world['’]?s|this country['’]?s|the country['’]?s)( our| the| this| society['’]?s)? (problems?|evils?|troubles|ills|crimes?|issues|woes|misery|suffering|decline|decay|mess|rot)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(to blame|responsible|at fault) for (everything|every problem|all (our|the|of our|of the) (problems|troubles|ills|crime|mess)|the (decline|decay|downfall|collapse|ruin) of)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(crime|the crime rate|crime rates?|crime levels?|robberies|thefts|burglaries|break[- ]ins|rapes|stabbings|violence|drugs|littering|noise|disease) (rate |rates |levels? )?(round here |around here |here |in (this|our|my|the) (area|town|city|estate|neighbou?rhood|country) |in \w+ )?(shot up|went up|goes up|go up|skyrocketed|sky[- ]rocketed|spiked|rose|doubled|tripled|increased|exploded|soared|jumped|climbed|got worse|went through the roof)\b.{0,40}\b(after|since|when|once|the moment|the day|as soon as)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(funny|strange|interesting|weird|curious|notice|noticed|coincidence)\b.{0,10}\b(how|that|when)\b.{0,30}\b(crime|robberies|thefts|trouble|problems|mess|rubbish|litter|noise|smell|stink|violence)\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(mess|messes|trash|rubbish|garbage|litter|filth|damage|chaos|trouble|crime|destruction|stench|stink|vandalism|graffiti)( they| \w+)? (left|leave|leaves|left behind|caused|created|made|brought|spread) (behind )?by\b | pred:attribute | 0.75 | negative_attribute_group
re:\bsome things (never|will never|don['’]?t|dont|do not) change\b | pred:attribute | 0.55 | negative_attribute_group
re:\b(ruin|ruins|ruined|ruining|destroy|destroys|destroyed|destroying|wreck|wrecks|wrecked|wrecking|spoil|spoils|spoiled|spoilt|spoiling|bring down|brings down|drag down|drags down|degrade|degrades|poison|poisons|poisoning|infect|infects) (a|the|our|any|every|this|my|your|an entire|the whole|a whole|whole)( nice| good| whole| entire| decent)? (neighbou?rhood|area|street|town|city|country|school|estate|building|block|community|place|society|workplace|office|economy|culture|nation|kampung|village|condo|flat|district|industry|country['’]?s)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(smell|smells|smelt|smelled|stink|stinks|stank|reek|reeks|reeked|pong|pongs)( so| really| always| damn| very| like)? (bad|awful|terrible|horrible|disgusting|gross|foul|rotten|nasty|like shit|like crap|like garbage|like rubbish|like trash|like a sewer|like sewage|like a toilet|like animals|like a zoo|like goats|like curry|like fish|like death|funky|funny|weird)\b | pred:attribute | 0.8 | negative_attribute_group
re:\balways (smell|smells|stink|stinks|reek|reeks)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(get|got|catch|caught|take|took|getting) a (whiff|sniff|smell) (of (them|em|their)|and you['’]?ll|you['’]?ll)?\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(smell|smelled|smelt)( the)? (stench|stink|reek|pong)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(wasn['’]?t|was not|isn['’]?t|is not|never|not|weren['’]?t|were not) (earned|deserved|merited|on merit|based on merit|because of merit|because of (talent|skill|ability|competence|hard work))\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(diversity|token|quota|affirmative action|dei) (hires?|picks?|appointments?|promotions?|admissions?|candidates?)\b | pred:attribute | 0.7 | negative_attribute_group
re:\bwhat['’]?s the (point|use|purpose) of\b | pred:attribute | 0.7 | negative_attribute_group
re:\bwhat (is|are) the (point|use|purpose) of\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(why do|why does|why should) (they|we need|we even need|anyone need|the world need|society need) (even |still )?(exist|need them|have them|keep them|tolerate them)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(are|is) (they|\w+( \w+)?) (even|ever|actually|really) capable of\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(incapable|not capable|never capable|unable) of (any |basic |simple |common |even basic )?(human )?(decency|kindness|empathy|thought|thinking|reason|reasoning|logic|love|compassion|honesty|morality|intelligence|civility|respect|loyalty|gratitude|learning|being civili[sz]ed|independent thought|critical thinking)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(capable of|have|has|possess|show|shows|know) (any |basic |simple |common |even basic )?(human )?(decency|empathy|compassion|morals|morality|civility|honesty|humanity)\b | pred:worth | 0.8 | negative_attribute_group

re:\b(gets?|got|was|were|is|are|being) (promoted|hired|elected|appointed|admitted|accepted|chosen|picked|selected|given (the|a) (job|post|promotion|scholarship|seat|place))\b.{0,50}\b(wasn['’]?t|was not|isn['’]?t|is not|not|never|weren['’]?t) (earned|deserved|merited|on merit|because of merit|for (their|her|his) (skills?|talent|ability|merit))\b | pred:attribute | 0.9 | negative_attribute_group

# ---- ctx:denial: "no X is ...", "none of them" deny a worth
re:\bno (\w+ ){1,3}(is|are|was|were|has|have|has ever|have ever|had ever|will ever|can ever|could ever|should ever|will|can|could|deserves)\b | ctx:denial
re:\bnone of (them|those|these|em|those people|these people)\b | ctx:denial

re:\b(do|does|did) (they|\w+|\w+ \w+) (even|ever|actually|really) (have|possess|know|understand|show) (any |basic |the concept of |what |a shred of |an ounce of )?(decency|manners|morals|hygiene|shame|empathy|brains?|culture|respect|honou?r|humanity|a conscience|self[- ]respect|common sense)\b | pred:attribute | 0.75 | negative_attribute_group
re:\bwhy (do|should|must|does|are|is|did) (we|you|they|singapore|malaysia|this country|the government|our government|anyone|people)( even| still| continue to| keep)? (tolerate|tolerating|allow|allowing|let in|letting in|put up with|putting up with|let them stay|let them in)\b | pred:exclude | 0.75 | exclusion_group
re:\b(eating|eat|eats|gnawing|gnaw|gnaws|rotting|rot|rots|chewing|chew|chews|eroding|erode|erodes) away at (our|the|this|my|every)\b | pred:dehumanise | 0.8 | dehumanising_group

# ---- pred:worth: value, contribution, fitness (counts only when denied: "no X is", "not a single", "never")
re:\b(contributed|contributes|contribute|achieved|achieve|accomplished|accomplish|invented|invent|created|create|built|build|given|give|added|add|produced|produce|done|do) (anything|something|much|a single thing|one thing) (worthwhile|useful|of value|valuable|good|meaningful|positive|important|worth (anything|mentioning|having)|to (society|the world|this country|humanity|mankind|civili[sz]ation))\b | pred:worth | 0.8 | negative_attribute_group
re:\b(ever )?(contributed|contributes|contribute) (anything|something|much)\b | pred:worth | 0.75 | negative_attribute_group
re:\b(fit|qualified|competent|suited|suitable|smart enough|good enough|capable enough|worthy|deserving) (to|for|of) (hold|lead|rule|govern|serve|run|vote|teach|raise|work|make decisions|be (trusted|leaders|in charge|citizens|parents|teachers|doctors|judges|president|prime minister)|office|public office|leadership|power|citizenship|respect|trust|responsibility|the job|any job|any position)\b | pred:worth | 0.8 | negative_attribute_group
re:\b(zero|no|nothing of|little|not any|absolutely no|no real|no actual) (value|worth|use|purpose|benefit|contribution|place|role|function)( whatsoever| at all)? (to|for|in) (society|the world|humanity|this country|the country|anyone|us|the community|mankind|civili[sz]ation|the nation|our society|our country)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(contribute|contributes|add|adds|give|gives|offer|offers|bring|brings) (nothing|zero|nothing at all|nothing of value|nothing worthwhile|nothing useful|nothing good|fuck all|jack shit|nuts) (to|for)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(worthless|useless|a burden|a drain|dead weight|deadweight|a liability|parasitic) (to|on|for) (society|the world|humanity|this country|the country|everyone|us|the community|mankind|the economy|the taxpayer|taxpayers|the system|the nation)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:dehumanise: spreading like rot and mould, vermin in human form, parasites feeding on a host
re:\bspread(s|ing)? like (mould|mold|a disease|a virus|cancer|a cancer|a plague|the plague|rot|fungus|a fungus|weeds|a rash|an infection|vermin|rats|lice|cockroaches|roaches|termites|an infestation|a contagion|gangrene|pus)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\blike (mould|mold|fungus|a fungus|weeds|a rash|rot|gangrene|pus|mildew|slime|sludge|scum|filth|dirt)\b | pred:dehumanise | 0.8 | dehumanising_group
re:\b(in|with|wearing) (a )?human (form|shape|skin|clothing|clothes|body|bodies|disguise|costume|suit)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(an insult|insulting|offensive|a disgrace|an offence|an offense) to (humans|humanity|the human race|human beings|real humans|real people|actual humans|mankind|animals|dogs|pigs|rats)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(calling|call|calls|called|consider|considering|considered|count|counting|counted|classify|classed) (them|em|\w+( \w+)?) (human|humans|people|human beings|persons|fully human)\b | pred:worth | 0.75 | negative_attribute_group
re:\b(livestock|cattle|vermin|animals|beasts|pests|insects|rodents|parasites) at best\b | pred:dehumanise | 0.9 | dehumanising_group
livestock                  | pred:dehumanise | 0.8 | dehumanising_group
re:\b(feed|feeds|feeding|fed|leeching|leech|leeches|sucking|suck|sucks|living|live|lives|preying|prey|preys|gorging|gorge) (on|off|upon) (a|the|our|this|my|every|each)( dying| sick| rotting| dead| decaying| weak| hard[- ]working| poor)? (country|nation|society|economy|taxpayers?|system|welfare|state|carcass|corpse|host|body|community|land|people|city|town)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(termite|maggot|louse|tick|leech|flea|cockroach|roach|rat|vermin|parasite|rodent|insect|bedbug|bed bug|worm|slug|locust|mosquito|germ|virus|tapeworm)s? (in human form|with a (face|passport|phone|job|ic|mykad)|that learned to (talk|walk|speak)|on two legs|walking on two legs)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(basically|just|nothing but|no more than|no better than|essentially|literally|simply|merely) (a|an|some) (termite|maggot|louse|tick|leech|flea|cockroach|roach|rat|parasite|rodent|insect|bedbug|worm|slug|locust|mosquito|germ|virus|tapeworm|pest|animal|beast|ape|monkey|pig|dog|vermin)\b | pred:dehumanise | 0.85 | dehumanising_group
termite                    | pred:dehumanise | 0.8 | dehumanising_group
maggot                     | pred:dehumanise | 0.85 | dehumanising_group
bedbugs                    | pred:dehumanise | 0.85 | dehumanising_group
tapeworms                  | pred:dehumanise | 0.85 | dehumanising_group
mosquitoes                 | pred:dehumanise | 0.8 | dehumanising_group
re:\b(disgusting|filthy|vile|wretched|repulsive|revolting|pathetic|loathsome|foul|nasty|subhuman|miserable|worthless|dirty|stinking|stinky|smelly) (creatures|critters|beasts|things|specimens|lot|breed|vermin|organisms)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: keep them out, far away, not free to walk around, banned
re:\bkeep (them|em|\w+( \w+)?) (out|away) (of|from) (our|my|this|the|their)\b | pred:exclude | 0.8 | exclusion_group
re:\b(out of|away from) (our|my) (schools?|country|countries|neighbou?rhoods?|streets|town|city|estates?|area|workplaces?|offices?|parliament|government|army|military|pools|gyms|clubs|buildings?|community|communities|kampung|village|condo|hdb|blocks?|shops|restaurants|hospitals|universities|land|kids|children|daughters|sons|families|homes|churches|mosques|temples|group chat|chat|group|estate|void deck|malls|parks|beaches)\b | pred:exclude | 0.75 | exclusion_group
re:\b(sit|stand|stay|keep|move|get|walk)( as| very| well)? far (away )?from\b | pred:exclude | 0.7 | exclusion_group
re:\b(let|letting|allow|allowing|lets|allows)( them| em| \w+| \w+ \w+) (walk|roam|run|wander|go|live)( around| about| the streets| our streets| among us)? (freely|free|loose|unchecked|unsupervised|unpunished)\b | pred:exclude | 0.8 | exclusion_group
re:\b(still|allowed to|being allowed to|get to|gets to|free to) (walk|walking|roam|roaming|wander|wandering|run|running)( around| about| the streets| our streets| among us)? (freely|free|loose|unchecked|unsupervised)\b | pred:exclude | 0.75 | exclusion_group
re:\b(shouldn['’]?t|should not|should never|must not|mustn['’]?t|must never|can['’]?t|cannot)( even| ever| really| be| evn)? (be )?(allowed|permitted|able|let) to (vote|marry|work|adopt|teach|drive|live|exist|breathe|own|study|enter|lead|run|stay|speak|pray|worship|be here|have|hold|use|buy|rent|serve|join|go|come|raise|reproduce|breed|have kids|have children)\b | pred:exclude | 0.85 | exclusion_group
re:\bno \w+( \w+){0,2} (allowed|welcome|wanted|permitted|accepted|tolerated) (in|into|here|at|on|inside|near|around)\b | pred:exclude | 0.85 | exclusion_group
re:\b(should|must|need to|needs to|ought to|oughta)( all| just)? be (banned|barred|blocked|kicked|thrown|booted|removed|purged) (from|off|out of)\b | pred:exclude | 0.75 | exclusion_group
re:\b(will|would|can|could|shall) never be (welcome|accepted|wanted|tolerated|one of us|equal|our equals)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:violence: death wished for the group, deserved beatings, gallows imagery
re:\b(better|safer|nicer|happier|cleaner|greater|improved)( \w+){0,3} if\b.{0,50}\b(gassed|exterminated|wiped out|wiped off|eradicated|lynched|hanged|hung|shot|executed|culled|nuked|slaughtered|massacred|killed|burned|burnt|drowned|purged|eliminated|annihilated|dead|extinct|died|disappeared|vanished|sterili[sz]ed|put down|gone for good|wiped from|erased)\b | pred:violence | 0.9 | violence_group | severe
re:\b(a |some |the )?(rope|ropes|noose|nooses|lamppost|lamp post|lamp posts|lampposts|gallows|tree|trees|bullet|bullets|wall|firing squad)( and| &| plus| or) (a |some |the )?(tree|trees|lamppost|lamp post|lampposts|lamp posts|bullet|bullets|rope|ropes|noose|wall|firing squad|gallows)\b | pred:violence | 0.9 | violence_group | severe
re:\b(give|gives|giving|deserve|deserves)( \w+){0,3} what (they|it|he|she) (deserve|deserves|deserved|has coming|have coming|had coming)\b | pred:violence | 0.55 | violence_group
re:\bdeserved? (every|each|all|all the)( single)? (baton|bullet|blow|punch|kick|beating|hit|stone|rock|lashing|whip|lash|rubber bullet|tear gas|slap|strike|stab|wound|bruise|bit of it)s?\b | pred:violence | 0.85 | violence_group | severe
re:\bdeserve(s|d)? (the|a|that|a good|every) (beating|kicking|bullet|hiding|thrashing|bashing|lynching|stoning|caning|whipping|hanging|execution|massacre)\b | pred:violence | 0.85 | violence_group | severe
re:\b(every single|every|each|each and every)( one)?( \w+){1,2} (deserves|deserve) (a|the|to)\b | pred:violence | 0.5 | violence_group
re:\bneeds? (is )?(a|another|some|more|a few) (good |proper |real |little |nice |big |fresh |quick )?(old[- ]fashioned |old school |good old[- ]fashioned )?(massacre|genocide|purge|pogrom|cull|culling|cleansing|ethnic cleansing|holocaust|extermination|lynching|lynchings|bloodbath|killing spree|purging|final solution|race war|night of the long knives|kristallnacht|may 13|13 may)\b | pred:violence | 0.9 | violence_group | severe
re:\b(start|starting|begin|beginning|starts) (with|by killing|by shooting|by burning|by hanging|by gassing)\b | pred:violence | 0.45 | violence_group
re:\b(torch|torches|torching|burn|burns|burning|bomb|bombs|bombing|firebomb|blow up|blowing up|set fire to|setting fire to|light up)( it| the place| the building| that place| their \w+| the \w+)? with (them|em|all of them|everyone|those people|these people|the \w+|\w+) (still )?(inside|in it|in there|locked inside|trapped inside)\b | pred:violence | 0.9 | violence_group | severe
re:\b(can['’]?t|cannot|cant) wait (for|till|until|to see) (someone|somebody|people|anyone|the day|one of them|they|them)( \w+){0,2} (to )?(torch|burn|bomb|kill|shoot|hang|gas|beat|attack|stab|lynch|slaughter|massacre|run over|blow up)\b | pred:violence | 0.85 | violence_group | severe
re:\b(skulls?|heads?|faces?|teeth|jaws?|brains?) (caved|smashed|bashed|kicked|punched|knocked|stoved|blown) in\b | pred:violence | 0.9 | violence_group | severe
re:\b(cave|caving|bash|bashing|smash|smashing|kick|kicking|stove|knock|knocking|punch|punching) (his|her|their|your|ur|them|em|its) (skulls?|heads?|faces?|teeth|brains?) in\b | pred:violence | 0.9 | violence_group | severe
re:\bhanging is too good for\b | pred:violence | 0.85 | violence_group | severe
re:\b(too good|too kind|too merciful|too quick|too easy) for (them|em|those|these|that lot|their kind)\b | pred:violence | 0.6 | violence_group

# ---- pred:threat: weapons readied, "coming for", "I'm stabbing", broken noses
re:\b(time to|gonna|going to|i['’]?ll|we['’]?ll|let['’]?s|lets)( start| go| begin)? (sharpen|sharpening|grab|grabbing|get|getting|bring out|load|loading|oil|oiling|dust off|dusting off|ready|readying|prepare|preparing|fetch|fetching) (the|my|our) (knives|knife|blades?|parangs?|machetes?|axes?|swords?|pitchforks|torches|guns|rifles|shotguns?|pistols?|goloks?|keris|kris|cleavers?|bats|baseball bats|nooses?|ropes?|petrol|molotovs?)\b | pred:threat | 0.95 | threat_violence | severe
re:\b(sharpen|sharpening|sharpened|sharpens|grab|grabbing|get|getting|bring out|load|loading|loaded|oil|oiling|dust off|dusting off|polish|polishing|ready|readying|prepare|preparing) (the|my|our|your|them) (knives|knife|blades?|parangs?|machetes?|axes?|swords?|pitchforks|torches|guns|rifles|shotguns?|pistols?|goloks?|keris|kris|cleavers?|bats|baseball bats|nooses?|ropes?|petrol|molotovs?)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(got|get|have|had|has|getting) (my|our|the) (parang|parangs|machete|machetes|knife|knives|blade|blades|axe|gun|guns|rifle|pistol|bat|baseball bat|golok|keris|kris|sword|cleaver|petrol|molotovs?) (sharpened|ready|loaded|oiled|cleaned|out|handy|with me)\b | pred:threat | 0.8 | threat_violence | severe
re:\b(i['’]?m|im|i am|we['’]?re|we are|were|me and the boys are|the boys are|i['’]?ll be|we['’]?ll be|gonna be|going)( \w+)? coming for\b | pred:threat | 0.85 | threat_violence | severe
re:\bcoming for (them|em|the|those|these|all|every|\w+|\w+ \w+) (this weekend|tonight|tomorrow|next week|next weekend|soon|one by one|this week|today|at dawn|at night|after (prayers|church|school|work))\b | pred:threat | 0.85 | threat_violence | severe
re:\bcoming (over )?for (dinner|lunch|breakfast|brunch|supper|tea|coffee|drinks|makan|a (visit|drink|meal|party|chat|swim|run|ride|sleepover|bbq|barbecue|makan)|the (party|wedding|game|match|show|concert|event|meeting|holidays?|weekend|festival|celebration|funeral|service|prayers?|kenduri|open house)|christmas|raya|hari raya|deepavali|diwali|eid|cny|chinese new year|prayers?|church|mass|class|school|work|training|practice|rehearsal|a visit|you guys|the kids|the children|my birthday|his birthday|her birthday|our wedding)( \w+){0,3}\b | allow
re:\b(i['’]?m|im|i am|we['’]?re|we are|i will|i['’]?ll|ill|we will|we['’]?ll|gonna|going to|i['’]?m gonna|imma|ima)( \w+)? (stabbing|shooting|slashing|knifing|gutting|strangling|choking|burning|bashing|whacking|parang(ing)?|hacking|torching|running over|mowing down|lynching|hanging) (him|her|them|em|you|u|it|that|one|every|all|whoever|anyone)?\b | pred:threat | 0.85 | threat_violence | severe
re:\bnext (one|\w+|\w+ \w+) (i|we|me and the boys) (see|spot|meet|find|catch|run into|come across|bump into)\b.{0,50}\b(i['’]?m|im|i am|i will|i['’]?ll|ill|gonna|we['’]?re|we will|we['’]?ll|is|gets|will get|is getting|getting)( \w+)? (stabbing|stabbed|stab|shooting|shot|shoot|slashing|slashed|slash|knifing|knifed|gutting|gutted|strangling|beating|beaten|bashing|bashed|whacking|whacked|hacking|hacked|punching|punched|killing|killed|kill|burning|burned|torching|running (them |him |her )?over|run over|lynching|hanging|hanged|parang)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(any|every|whichever|the next)( \w+){1,2} (who|that) (walks|comes|steps|goes|wanders|shows up|dares|crosses|sets foot)\b.{0,60}\b(getting|gets|get|will get|is getting|are getting|gonna get|will be|is gonna)\b | pred:threat | 0.6 | threat_violence
re:\b(i['’]?m|im|i am|i['’]?ll|ill|i will|gonna|going to|i['’]?m gonna|imma|we['’]?re|we['’]?ll|we will)( \w+)? (break|breaking|smash|smashing|bust|busting|punch|punching|rearrange|rearranging|crack|cracking|snap|snapping|kick|kicking|bash|bashing|cave|caving|pound|pounding) (your|ur|his|her|their|yer|ya) (nose|face|jaw|legs?|arms?|neck|teeth|skull|head|ribs|kneecaps|knees|fingers|back|spine|eyes?|mouth)( in)?\b | pred:threat | 0.9 | threat_violence | severe
re:\bif (i|we) (ever )?(see|catch|find|spot|meet|run into) (you|u|ya|him|her|them|em|any of (you|them))( \w+){0,6} again\b | pred:threat | 0.6 | threat_violence
re:\b(hunt|hunting|track|tracking|chase|chasing)( \w+){1,3} down (one by one|like (dogs|animals|rats))\b | pred:threat | 0.9 | threat_violence | severe

# ---- counter speech: reporting the hate a group receives, "is not a joke", "nobody in their right mind"
re:\bthe (hate|hatred|abuse|harassment|racism|bigotry|vitriol|discrimination|slurs|insults|threats|violence|hostility|bullying|trolling|prejudice|contempt|attacks|comments)( that)?( \w+){1,3} (get|gets|got|face|faces|faced|receive|receives|received|suffer|suffers|suffered|endure|endures|endured|deal with|deals with|put up with|puts up with|are subjected to|experience|experiences)\b | ctx:counter
# only where the sentence ends there: "they need to stop breeding" and "should stop whining" are not counter-speech
re:\b(needs|need|has|have|got|has got|have got) to (stop|end)( now| today| immediately| right now)?\s*([.!]|$) | ctx:counter
re:\b(must|should) (stop|end)( now| today| immediately| right now)?\s*([.!]|$) | ctx:counter
re:\b(slurs|hate|hatred|hate speech|abuse|racism|bigotry|discrimination|violence|insults|threats|attacks|harassment|prejudice|vitriol|jokes|hostility|bias) (against|towards|toward|directed at|aimed at)\b | ctx:counter
re:\bhave no place (here|in (this|our|a|any) (group|forum|chat|community|country|society|server|page|sub|world))\b | ctx:counter
re:\b(is|isn['’]?t|are|aren['’]?t|was|wasn['’]?t)( not| never)? (a joke|funny|banter|just a joke|harmless|okay|ok|acceptable|free speech|edgy)\b.{0,30}\b(no matter|however|whatever|even if)\b | ctx:counter
re:\b(is|are|was) (not|never|no) (a joke|funny|banter|harmless|a laughing matter|something to joke about|okay|acceptable)\b | ctx:counter
re:\b(nobody|no one|noone|no-one|no person|not a single person|no sane person|no decent person|no reasonable person|no rational person|no normal person) (in (their|his|her) right mind|with (a brain|half a brain|any sense|a conscience|a heart)|sane|decent|sensible)\b | ctx:counter
re:\b(nobody|no one|noone|no-one) (seriously|actually|really|honestly|genuinely|sane|decent|sensible)? ?(thinks|believes|says|claims|argues|buys|accepts|agrees)\b | ctx:counter
re:\bno (sane|decent|reasonable|rational|normal|sensible|intelligent|thinking|right[- ]thinking|right[- ]minded|good) (person|human|human being|one|individual|adult|man|woman|people|citizen)\b | ctx:counter
re:\b(dehumani[sz]e|dehumani[sz]es|dehumani[sz]ing|dehumani[sz]ed|dehumani[sz]ation of|demoni[sz]e|demoni[sz]es|demoni[sz]ing|demoni[sz]ation of|vilify|vilifying|vilification of|scapegoat|scapegoating|scapegoats|othering|marginali[sz]e|marginali[sz]ing)\b | ctx:counter
re:\bonly (an idiot|idiots|a bigot|bigots|a racist|racists|a fool|fools|a moron|morons) (would|could|will|still) (think|say|believe|claim|argue)\b | ctx:counter

# ---- homonyms: chinks in armour, the car's tranny, raccoons
re:\bchinks? (in|of) (the|his|her|their|its|my|our|your|an|a|this|that)\b | allow
re:\bchink of (light|hope|daylight|sunlight|opportunity)\b | allow
re:\b(the|a|an|his|her|my|our|their|manual|auto|automatic|cvt|new|old|rebuilt|busted|dead|broken) tranny (on|in|of|for|fluid|oil|mount|rebuild|cooler|shop|case|swap|problems?|issues?|slipping|is|was|died|failed|went)\b | allow
re:\b(rebuild|rebuilding|rebuilt|fix|fixing|fixed|replace|replacing|replaced|swap|swapping|service|servicing|flush|flushing|overhaul|overhauling) (the|a|my|his|her|our|their) tranny\b | allow
re:\b(a|the|that|this|some) coons? (got|get|gets|getting|broke|raided|raiding|knocked|tipped|ate|eating|was|were|is|keeps|kept|has been|have been|dug|digging)\b.{0,60}\b(bins?|trash|garbage|rubbish|attic|chickens|roof|yard|garage|porch|cat food|dog food|driveway|tree|shed|compost|pond|fish|corn)\b | allow
coonhound*                 | allow
coon hound*                | allow

# ---- Singapore and Malaysia slurs the engine lacks (counted only where read as people)
malaun                     | hate | 0.8 | slur_group | slur
malauns                    | hate | 0.8 | slur_group | slur
ma lai gui                 | hate | 0.85 | slur_group | slur
malai gui                  | hate | 0.85 | slur_group | slur
ah neh                     | hate | 0.8 | slur_group | slur
ah nehs                    | hate | 0.8 | slur_group | slur
ah nesh                    | hate | 0.75 | slur_group | slur
sakai                      | hate | 0.7 | slur_group | slur
sakais                     | hate | 0.75 | slur_group | slur
bengali illegal            | hate | 0.8 | slur_group | slur
bengali illegals           | hate | 0.8 | slur_group | slur
bangla illegals            | hate | 0.8 | slur_group | slur
pendatang                  | hate | 0.7 | slur_group | slur
mongs                      | hate | 0.7 | slur_group | slur
ching chongs               | hate | 0.85 | slur_group | slur
# "no X allowed": the noun after "no" is read as people (its negation still weakens the slur alone)
no                         | ctx:people
malay                      | grp:protected

# ---- other (non-protected) groups the engine lacks
property agents            | grp:other
property agent             | grp:other
housing agents             | grp:other
rental agents              | grp:other

# ---- harassment: a named person called a lying, two-faced snake (third-person character attack)
re:\b(is|was|are|such|what) (a|an|one) (lying|two[- ]faced|backstabbing|back[- ]stabbing|conniving|scheming|sneaky|deceitful|manipulative|treacherous|double[- ]crossing)(,| and)? ?(lying|two[- ]faced|backstabbing|back[- ]stabbing|conniving|scheming|sneaky|deceitful|manipulative|treacherous|double[- ]crossing|little|lil|fat|ugly|disgusting|filthy)? ?(snake|rat|weasel|liar|cheat|backstabber|viper|fraud|hypocrite|scumbag|bastard|piece of shit|toad|worm|leech|parasite)\b | harassment | 0.75 | insult_at_person

# ======================================================================
# Second round: families written from the misses of tests/tuning_suites_b
# ======================================================================
# term | category | weight | key | flags

# ---- pred:emotion: feeling sick just being near them
re:\b(feel|feels|felt|feeling|get|gets|got|getting) (physically |literally |so |really |actually |kinda |a bit |just )?(sick|ill|nauseous|queasy|disgusted|dirty|unclean)( just| even)? (being|standing|sitting|living|walking|breathing) (around|near|next to|close to|beside|with)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(fills?|filled|filling) (me|my heart|us) with (rage|anger|disgust|hatred|hate|loathing|revulsion|contempt|fury)\b | pred:emotion | 0.8 | hate_emotion_group

# ---- pred:attribute: a list of flaws summed up ("that's X in four words", "X in a nutshell")
re:\bthat['’]?s (\w+ ){1,3}in (a nutshell|one word|two words|three words|four words|five words|a few words)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(are|r|is|just|all)( all| just)? (shit|shitty|crap|crappy|trash|garbage|rubbish|scum|scummy|dogshit|horrible|awful|terrible|rotten|vile) (people|humans|human beings|folks|folk|neighbou?rs|citizens|parents|tenants|workers|creatures)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bruin(ing|s|ed)? (everything|every place|everywhere|anything|whatever) (they|it|he|she|them) (touch|touches|touched|go|goes)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(dumbest|stupidest|greediest|laziest|ugliest|worst|filthiest|dirtiest|rudest|smelliest|most useless|most pathetic|most disgusting|most worthless|most worth less)(,? (and )?(dumbest|stupidest|greediest|laziest|ugliest|worst|filthiest|dirtiest|rudest|smelliest))* (people|humans|creatures|bunch|lot|species|beings|things)( alive| on earth| on the planet| in the world| ever| out there)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:exclude: permits, islands, kept apart from "normal" families, no decent X would hire
re:\b(need|needs|needed|require|requires|should need|have to get|has to get|should have to get|should carry|must carry)( a| an)? (special |separate |extra )?(permits?|licen[cs]es?|pass|passes|papers|permission|id cards?|escorts?) (just )?to (walk|go|leave|step|be|live|shop|travel|go out|enter|exist)\b | pred:exclude | 0.8 | exclusion_group
re:\bmake sure no( \w+){1,2} (ever )?(moves?|gets?|comes?|rents?|buys?|lives?|settles?|sets? foot) (in|into|here|near|anywhere near|next to)\b | pred:exclude | 0.85 | exclusion_group
re:\b(far|well|miles|kept|keep|away) away from (normal|decent|regular|ordinary|good|civili[sz]ed|real|proper|respectable) (families|people|folks|folk|citizens|society|humans|kids|children|neighbou?rhoods|areas|estates)\b | pred:exclude | 0.8 | exclusion_group
re:\bfar from (normal|decent|regular|ordinary|good|civili[sz]ed|real|proper|respectable) (families|people|folks|folk|citizens|society|humans|kids|children)\b | pred:exclude | 0.8 | exclusion_group
re:\b(put|ship|send|dump|move|lock|round up|pack|throw|stick|leave|maroon)( all| every one of| every last one of)?( the| those| these| them| em| of them)?( \w+){0,2} (on|onto|to|in|into) (an? |some |their own |a separate |a remote |a deserted )?(island|desert island|raft|barge|boat)s?( somewhere)?\b | pred:exclude | 0.85 | exclusion_group
re:\blet (them|em|those people|these people) (sort|fend|fight|kill|eat) (themselves|each other|for themselves)( out)?\b | pred:exclude | 0.6 | exclusion_group
re:\b(just|only|simply|merely) protecting (their|our|my|his|her) (property|properties|investment|investments|assets|homes?|business|businesses|families|family|kids|children|tenants)\b | pred:exclude | 0.8 | exclusion_group
re:\bno (decent|sane|sensible|self-respecting|self respecting|respectable|good|right-minded|normal|serious|reputable|proper|smart|legit) (company|companies|employer|employers|business|boss|landlord|family|school|parent|club|shop|restaurant|firm|bank|agency|hospital|person|man|woman|guy|girl) (would|will|should|could|ever|wants to|is going to)( ever)? (hire|employ|rent to|marry|date|accept|trust|serve|admit|want|take on|promote|work with|sell to)\b | pred:exclude | 0.85 | exclusion_group
re:\bpiss(ed)? off back (home|to where|to your|to their|to wherever)\b | pred:exclude | 0.85 | exclusion_group
re:\bthat was (way |long |all )?before (the |all the |all these |all those |those |these )?\w+( \w+)?( came| arrived| moved in| showed up| took over| got here)?\s*[.!]*$ | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:threat: weapons brought to their gatherings, "the next one gets stabbed", cars into crowds
re:\b(bring|bringing|brought|taking|take|carry|carrying)( my| a| our| the| me)? (parang|machete|knife|knives|gun|guns|bat|baseball bat|axe|cleaver|golok|sword|rifle|pistol|petrol|gasoline|acid|crowbar|hammer|molotov|shotgun|keris)s? (to|into|down to) (the|their|that|this|a|any)( next)? (gathering|meeting|rally|march|mosque|church|temple|event|party|wedding|pride|protest|festival|prayer|service|celebration|function|shop|market)s?\b | pred:threat | 0.85 | threat_group | severe
re:\bnext( one| \w+){1,2}\b.{0,60}\b(is|are|gets|will get|gonna get|is gonna get|is going to get|is getting|will be|['’]s getting|['’]s gonna get)( \w+)? (stabbed|shot|knifed|beaten|bashed|punched|slapped|run over|torched|killed|murdered|strangled|hanged|lynched|smashed|glassed|bottled|kicked in|curbstomped)\b | pred:threat | 0.85 | threat_group | severe
re:\b(i|we)( will|['’]ll| ll| am going to|['’]m going to| m going to|['’]m gonna| gonna| shall| are going to|['’]re going to)( personally| myself| gladly| happily| just)? (set|light|burn|torch)( \w+){0,3} (on fire|alight|ablaze|down)\b | pred:threat | 0.9 | threat_group | severe
re:\bwith (them|em|those people|these people|everyone|all of them) (still )?(inside|in it|in there|locked in)\b | pred:threat | 0.7 | threat_group
re:\bmake sure( \w+){1,3} never (sleep|feel|walk|live|rest|sleeps|feels|walks|go out|leave home) (safe|safely|peacefully|easy|in peace|at night|again)\b | pred:threat | 0.85 | threat_group | severe
re:\b(i|we)( will|['’]ll| ll| am going to|['’]m going to|['’]m gonna| gonna| are going to)( just)? (go|come|drop) (round|around|over|by)( there)? (tonight|tomorrow|later|this weekend|soon)\b | pred:threat | 0.6 | threat_group
re:\b(run|drive|plough|plow|ram|mow|crash|smash)( my| the| a| this| our)?( car| truck| van| lorry| bike| bus| ute| 4x4)? (into|through|over|down) (the next|a|any|that|those|these|every|the)( \w+)? (group|crowd|bunch|gathering|queue|line|pack|lot)s? of\b | pred:threat | 0.85 | threat_group | severe

# ---- pred:violence: mobs applauded, dumped at sea, burned alive, teach the rest a lesson
re:\b(if|when|whenever) (a|the|some) (mob|crowd|gang)s? (beats?|attacks?|lynch\w*|kills?|burns?|stones?|bash\w*|hangs?|chases?)\b.{0,50}\b(good|fine|deserved|deserve it|about time|serves them right|so be it|no loss|well done)\b | pred:violence | 0.85 | violence_group | severe
re:\b(dump|dumping|dumped|throw|throwing|thrown|toss|tossing|chuck|chucking|push|pushing|ship|shipping|drown|drowning)( all)?( the| those| these| them| em)?( \w+){0,3} (out |off )?(at|into|in|to|off) (the )?(sea|ocean|river|bay|strait)\b | pred:violence | 0.85 | violence_group | severe
re:\b(burned|burnt|buried|skinned|boiled|cooked|roasted) alive\b | pred:violence | 0.8 | violence_group | severe
re:\bwould teach (the rest|the others|others|the lot of them|all of them|the lot|everyone else)( of them)? a lesson\b | pred:violence | 0.75 | violence_group
re:\b(lock|locked|locking|shut|trap)( up)?( all| every one of| every last one of)?( the| those| these| them| em)?( \w+){0,3} (in|into|inside) (a|the|one|some) (room|cell|cage|box|container|basement|shed|warehouse)\b.{0,40}\bthrow(ing)? away the key\b | pred:violence | 0.9 | violence_group

# ---- harassment at a person: superlative insults, "you absolute muppet", finding out where they live
re:\b(is|are|was|you['’]?re|you are|ur|youre|u r) (the|one of the) (dumbest|stupidest|ugliest|most useless|most pathetic|most annoying|thickest|laziest|most idiotic|most clueless|most brainless|most insufferable) (person|people|human|human being|man|woman|guy|girl|idiot|loser|creature|thing)s?( i['’]?ve| i have| i| alive| on earth| in the world| ever)\b | harassment | 0.7 | insult_at_person |
re:\b(you|u|ya) (absolute|complete|total|utter|massive|bloody|fucking|giant|proper|colossal) (muppet|clown|melon|donkey|plank|numpty|wally|pillock|tool|knob|bellend|walnut|twat|moron|idiot|dumbass|buffoon|imbecile|cretin|doofus|nitwit|halfwit|dunce|goon|oxygen thief)s?\b | harassment | 0.7 | insult_at_person |
re:\b(try|start|maybe try) (using|to use) (your|ur|that) (brain|head|brain cell|brain cells|single brain cell)( for once| once)?\b | harassment | 0.45 | insult_at_person | needs=target
re:\b(i['’]?ll|i will|i['’]?m gonna|i am gonna|i['’]?m going to|i am going to|we['’]?ll|we will|gonna) (find|figure|track down|look up|dig up|work)( out)? where (you|u|ya|he|she|they) (live|lives|stay|stays|work|works|sleep|sleeps)\b | harassment | 0.85 | threat_violence | severe
re:\bthen (we['’]?ll|we will|you['’]?ll|you will) see how (brave|tough|hard|big|smart|clever|funny|confident) (you are|you['’]?re|u r|he is|she is)\b | harassment | 0.6 | threat_violence |

# ---- counter-speech: correcting words put in one's mouth, reporting what "people keep saying"
re:\b(stop|quit) putting words in (my|our|his|her|their) mouths?\b | ctx:counter | | |
re:\b(nobody|no one|noone|no-one) (here |in this thread |ever )?(said|says|is saying|claimed|claims)\b | ctx:counter | | |
re:\b(people|folks|some people|they|everyone|y['’]?all) (keep|keeps) (saying|claiming)\b | ctx:counter | | |
re:\bbelongs? here (as much as|just as much as|like) (anyone|everyone|any of us|you|me|we do)\b | ctx:counter | | |
re:\b(you|u)( are|['’]re| r|re) the (problem|issue|real problem|bigot|racist)\b | ctx:counter | | |

# ---- second batch: wishes with "would", cannot bear being near, swarming with, who let them in
re:\b(wish|hope|pray)( that)? (they|those people|these people|them|em|the lot of them|all of them)( would| will| could| might| can)( all)?( just)? (die|drop dead|disappear|vanish|rot|burn|perish|get cancer|go extinct|be wiped out)\b | pred:violence | 0.9 | violence_group | severe
re:\b(can['’]?t|cannot|could not|couldn['’]?t|can not) (stand|bear|stomach|handle|tolerate) (being|living|standing|sitting|working|staying) (near|around|next to|close to|with|beside)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(crawling|infested|overrun|swarming|teeming|overflowing|riddled) (with|by)\b | pred:dehumanise | 0.75 | dehumanising_group
re:\bwho let (the|these|those|all the|all these|all those|them|em) (\w+ ){0,2}(in|into|onto|on)\b | pred:exclude | 0.7 | exclusion_group
re:\bof course it (was|['’]s|is|had to be) (the )?\w+( \w+)? again\b | pred:attribute | 0.75 | negative_attribute_group
re:\bthink (they|he|she|they['’]?re|it) owns? (this|the|our|my) (place|country|town|city|street|road|estate|world|neighbou?rhood|island)\b | pred:attribute | 0.75 | negative_attribute_group
crawling with     | ctx:people |  |  |
infested with     | ctx:people |  |  |
overrun with      | ctx:people |  |  |
overrun by        | ctx:people |  |  |
swarming with     | ctx:people |  |  |
who let the       | ctx:people |  |  |

# ======================================================================
# Third round: families written from the misses of tests/tuning_suites_c
# ======================================================================
# ---- groups the engine lacks ("rohingyas" is in en.context.lex)

# ---- counter-speech: stop sharing / spreading lies about / anyone who calls X Y should be ashamed
re:\b(stop|quit|please stop|pls stop|don['’]?t|dont|do not|never)( \w+)? (sharing|spreading|reposting|forwarding|retweeting|posting|circulating|amplifying|liking|boosting|pushing) (posts?|memes?|videos?|tweets?|messages?|comments?|screenshots?|articles?|stuff|content|things|nonsense|lies|rubbish|garbage|junk|this|that|these|those|hate|fake news|misinfo(rmation)?|rumours|rumors)\b | ctx:counter
re:\b(posts?|memes?|videos?|tweets?|messages?|comments?|articles?|threads?|pages?|accounts?|headlines?|content|stuff|rubbish|nonsense) (saying|claiming|calling|that say|that says|that claim|that claims|that call|which say|which claim|implying|suggesting)\b | ctx:counter
re:\b(spreading|spread|spreads|telling|tell|tells|posting|peddling|peddle|pushing|push|repeating|repeat|believing|believe) (lies|misinfo(rmation)?|disinformation|fake news|rumours|rumors|falsehoods|propaganda|smears?|myths?|stereotypes?|hoaxes|conspiracy theories|nonsense|rubbish) (about|on|against|of|regarding)\b | ctx:counter
re:\b(it['’]?s|it is|that['’]?s|that is|thats|its|this is|which is|all of it is)( completely| totally| simply| just| all| obviously| plainly| utterly)? (false|untrue|not true|a lie|lies|made up|fake|fake news|bullshit|nonsense|rubbish|propaganda|wrong)( and you know it)?\b | ctx:counter
re:\b(anyone|anybody|everyone|everybody|people|someone|somebody|whoever|those|folks|guys|you|u) (who|that|which)( still| keep| keeps| ever)? (call|calls|called|calling|label|labels|labelled|labeled|brand|brands|branded|compare|compares|compared|describe|describes|described|refer to|refers to|referred to|treat|treats|treated|spread|spreads)\b | ctx:counter
# "you should be ashamed of yourself" is said to a person, not about hate
re:\b(who|whoever|anyone|anybody|people|they|those|everyone|whoever)\b[^.!?\n]{0,60} (should|must|ought to|oughta|need to|needs to)( all)? be (ashamed|embarrassed)( of (themselves|himself|herself))?\b | ctx:counter
re:\b(ashamed|embarrassed) of (themselves|himself|herself)\b | ctx:counter
re:\b(unfollow|block|report|mute) (them|him|her|this page|that page|these pages|those pages|the page|this account|that account|these accounts|those accounts|the admins?)\b | ctx:counter
re:\b(nobody|no one|noone|no-one|not one person|none of us)( here| in (this|the|our|my) (group|chat|thread|page|room|class|office|family|country|team|server|sub|forum|community|house|town|neighbourhood|neighborhood))( seriously| actually| really| honestly| even)? (thinks|believes|says|wants|wishes|said|claims|is saying|is suggesting|suggests|agrees|thought|wanted|supports|hates|dislikes)\b | ctx:counter
re:\b(should|must|need to|needs to|gotta|got to|have to|has to)( all)? (stop|quit) (whining|complaining|moaning|crying|bitching|playing the victim|begging|demanding|talking|shouting|yelling|acting|pretending|making excuses)\b | allow

# ---- pred:emotion: sick to the stomach every time, the hatred I have for, loathe with every fibre
re:\b(feel|feels|felt|feeling|get|gets|getting|got)( physically| so| literally| actually| really| just)? (sick|ill|nauseous|queasy|like (vomiting|puking|throwing up|hurling))( to (my|their|your|his|her|our|the) (stomach|core|bones))? (every time|everytime|whenever|each time|anytime|any time|the moment|as soon as) (a |an |the |some |those |these |any )?\w+( \w+){0,2} (pop up|pops up|popped up|show up|shows up|turn up|turns up|appear|appears|walk in|walks in|come near|comes near|are around|is around|get near|gets near|open their mouths?|opens (his|her) mouth|post|posts|come on|comes on)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(the |my |all the |such )?(hatred|hate|disgust|loathing|contempt|rage|resentment|revulsion|animosity|hostility) (i|we) (have|feel|got|hold|harbour|harbor|carry)( for| towards| toward| against)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(i|we) (have|feel|got|hold|harbour|harbor)( so much| such| pure| nothing but| only| a deep| a burning| an intense)? (hatred|hate|disgust|loathing|contempt|revulsion|animosity) (for|towards?|against)\b | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:attribute: stereotype frames (then they came, give them an inch, the money goes missing,
# the next buyer, already know it's one of them, a X who actually showers)
re:\b(then|until|till|til|but then|and then) (the |these |those |all these |all the |some |a few |a bunch of |a load of |a lot of )?\w+( \w+)? (came|arrived|moved in|showed up|turned up|came along|started coming|started arriving|started moving in|moved here|came here|came in|took over|invaded)\s*(\.|!|…|$) | pred:attribute | 0.75 | negative_attribute_group
re:\b(then|until|till|but then|and then|before) (the |some |a few |our |my )?\w+ (guests|friends|neighbours|neighbors|family|families|students|tourists|relatives|kids|children|workers|staff|team|players|band|dancers|monks|priests|aunties|uncles|ladies|girls|guys|boys|couple|couples|colleagues|classmates|doctors|nurses|volunteers|visitors)( came| arrived| showed up| turned up| came along| came in| came here| moved in)(\s*[.!…]+\s*\S+|\s+\S+) | allow
re:\bgive (them|em|those people|these people|\w+|\w+ \w+) an inch\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(take|taking|took|takes|grab|grabbing|steal|stealing|own|owning) (over )?(the )?(whole|entire) (country|town|city|world|island|state|nation|economy|continent|government)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(money|cash|wallets?|purses?|stuff|things|jewellery|jewelry|valuables|phones?|tools|stock|inventory|takings|petty cash|funds|donations) (goes|go|went|going|starts going|start going|started going|has gone|have gone|ends up|end up|ended up|turns up|turn up|keeps going|keep going) missing\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(hire|hiring|employ|employing|rent to|renting to|trust|trusting|date|dating|marry|marrying|let in|invite|inviting)( \w+){1,3} (if you want|if you like|if you must|all you want|at your own risk|if you dare)\b.{0,50}\b(missing|stolen|gone|disappear|disappears|vanish|vanishes|robbed|cheated|scammed|ripped off|regret it)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bmake sure (the |your |that the )?(next |new )?(buyer|tenant|renter|neighbour|neighbor|owner|hire|applicant|occupant|lodger|housemate|roommate|flatmate|employee|worker|maid|helper|driver|nanny|son-in-law|daughter-in-law|boyfriend|girlfriend|husband|wife)s? (is|are|isn['’]?t|aren['’]?t)( not| never)? (a|an|one of (them|those|these)|any)\b | pred:exclude | 0.8 | exclusion_group
re:\b(never|not to|don['’]?t|dont|do not|no)( ever)? (to )?(bring|bringing|brings|brought) (a|an|any|one)( \w+){1,2} (home|back home|to meet (the family|my parents|mum|mom|dad|the parents))\b | pred:exclude | 0.8 | exclusion_group
re:\b(already|just|always) know (it['’]?s|it is|it was|it will be|it['’]?ll be|it must be) (a|an|the|some|one of)( \w+){1,2} (behind it|behind this|behind that|again|who did it|responsible|at it again)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(it['’]?s|it is|it was) (always|usually|probably|obviously|definitely|of course|inevitably|invariably) (a|an|the|some)( \w+){1,2} (behind it|behind this|behind that|behind these|who did it|responsible)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(who|that) (actually|finally|genuinely|really) (shower|showers|bathe|bathes|washes|smells nice|smells good|smells clean|smell nice|smell good|uses deodorant|use deodorant|brushes (his|her|their) teeth|pays taxes|pay taxes|pays tax|pays rent|pays the rent|pays bills|pays back|pays on time|pay back|tells the truth|tell the truth|does honest work|does an honest work|works hard|work hard|keeps clean|keeps promises)\b.{0,60}(\?|rare|unicorn|take a picture|take a photo|take a pic|screenshot|for once|miracle|who knew|never seen|first time) | pred:attribute | 0.8 | negative_attribute_group
re:\b(letting|allowing|giving|let|allow|allowed)( them| em)?( \w+){0,3} (vote|the vote|votes|voting rights|citizenship|into (this|the|our) country|in|into|move in|come here|settle here|immigrate|work here|lead|drive|study|rights|equal rights) (was|were|is|has been)( such| a| the)?( biggest| huge| big| terrible| massive| grave| fatal| historic| costly)? (mistake|error|disaster|blunder)\b | pred:exclude | 0.85 | exclusion_group
re:\bshould (never|not|n['’]?t)( ever)? have been (allowed|permitted|let|given)( to| the| in| into)?\b | pred:exclude | 0.8 | exclusion_group
re:\b(poison|poisons|poisoned|poisoning|destroy|destroys|wreck|wrecks|corrupt|corrupts|contaminate|contaminates|infect|infects|taint|taints|spoil|spoils|pollute|pollutes|dirty|dirties|break|breaks|fuck up|fucks up|screw up|screws up|mess up|messes up|stink up|stinks up) (everything|every place|everywhere|anything|whatever|all) (they|it|he|she|them|those people) (touch|touches|touched|go|goes|come near|get near|lay their hands on|get their hands on)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(born|naturally|inherently|genetically|biologically)( \w+)? (less|not as|far less|much less|way less) (intelligent|smart|capable|civilised|civilized|honest|rational|evolved|human|clever|able|developed|moral)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(less|not as) (intelligent|smart|capable|evolved|civilised|civilized|rational|human|developed) (than|as) (us|everyone else|normal people|the rest of us|other races|real people|regular people|decent people|the rest)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bnothing but (trouble|problems|a problem|a burden|burdens|a nuisance|a drain|bad news|headaches?|a headache|misery|grief|dead weight|a menace|a liability|a waste( of space| of oxygen| of money| of air)?|freeloaders|criminals|thieves|liars|crooks|losers|useless)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(so|too|very|really|damn|such|bloody|fucking|always|all|super|hella|freaking) (damn |fucking |bloody |freaking )?(entitled|ungrateful|arrogant|obnoxious|demanding|smug)\b | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:attribute: the country going down the drain because of them
re:\b(the reason|to blame|the cause|responsible)( that| why| for| of)? (this|our|the|my) (country|town|city|world|neighbourhood|neighborhood|society|economy|estate|area|place|nation|school|office|company)( is|['’]s| has| went| keeps)?( going| gone| been going)? (down the drain|down the toilet|to hell|to shit|downhill|to the dogs|to ruin|to pot|backwards|broke|bankrupt|to waste|down the tubes|down the pan|to crap)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:exclude: how are they even allowed to, let them breathe the same air, can't wait till they're gone
re:\b(how|why) (are|is|were|do|does|the hell are|tf are|on earth are) (they|them|\w+|\w+ \w+) (even |still |actually |ever |legally )?(allowed|permitted|trusted) to (raise|have|adopt|teach|vote|drive|work|marry|breed|own|be near|be around|look after|care for|run|lead|live|exist|breathe|hold|enter|stay|come)\b | pred:exclude | 0.8 | exclusion_group
re:\bbreath(e|ing|es)? (the same|our) (air|oxygen)( as (us|me|we do|normal people|decent people|everyone else))?\b | pred:exclude | 0.75 | exclusion_group
re:\b(can['’]?t|cannot|cant|can not|couldn['’]?t) wait (until|till|til|for|to see|for the day) (they['’]?re|they are|theyre|them|em|the day they['’]?re|all of them are|every one of them is|they get|they['’]?ve)( all)?( been)? (gone|out|dead|deported|wiped out|kicked out|extinct|sent back|sent home|out of here|rounded up|removed|banished)\b | pred:exclude | 0.85 | exclusion_group
re:\b(gone|out|away|banished) for good\b | pred:exclude | 0.6 | exclusion_group

# ---- pred:dehumanise: "more filth to step around"
re:\bmore (filth|trash|garbage|rubbish|vermin|cockroaches|roaches|parasites|animals|pests|leeches|savages|degenerates) (to (step around|step over|deal with|clean up|avoid|put up with|look at|smell|sweep|scrape off|tolerate)|around|in (our|this|my|the) (town|city|area|street|neighbourhood|neighborhood|estate|country|school))\b | pred:dehumanise | 1.0 | dehumanising_group
re:\b(they['’]?re|theyre|they are|they r)( all| just| literally| honestly| basically| nothing but)* (scum|vermin|animals|trash|garbage|filth|parasites|rats|cockroaches|subhuman|savages|leeches|degenerates|scum of the earth|pieces of shit|a plague|a disease|a cancer)\b | hate | 0.7 | dehumanising_group | needs=group

# ---- pred:threat: leaving in an ambulance, make them disappear, nobody will find the bodies,
# any X who shows up gets stabbed, make sure they stop breathing
re:\b((is|are|will be|['’]s|['’]re|gonna be|going to be) (leaving|going home|being carried out|coming out)|(will|['’]ll|gonna|going to) (leave|go home|end up|wake up|be carried out|come out)|leaves|ends up|goes home|wakes up) in (an ambulance|ambulances|a body bag|body bags|a coffin|coffins|a box|a casket|an urn|pieces|a wheelchair|the icu|intensive care|traction)\b | pred:threat | 0.85 | threat_group | severe
re:\b(make|making|made|gonna make|will make) (them|em|\w+( \w+){0,4}) (disappear|vanish|go missing)( one by one| for good| forever| permanently| quietly| without a trace)\b | pred:threat | 0.85 | threat_group | severe
re:\b(nobody will|no one will|noone will|no-one will|nobody['’]?ll|no one['’]?ll|they['’]?ll never|they will never|police will never|cops will never|nobody is going to|no one is going to|no one['’]?s gonna|nobody['’]?s gonna|nobody gonna|no one gonna)( ever)? (find|recover|identify) (the|their|his|her|your|any) (bodies|body|remains|corpses?|bones)\b | pred:threat | 0.85 | threat_group | severe
re:\b(any|every|each|whichever|whatever)( \w+){1,3} (who|that)\b.{0,60}\b(gets|get|will get|is getting|gonna get|is gonna get|is going to get|will be|['’]s getting|['’]s gonna get) (stabbed|shot|knifed|beaten|bashed|slashed|killed|murdered|run over|torched|lynched|hanged|hacked|parang|parangs|paranged|beaten up|beat up|smashed|glassed|bottled|burned|burnt|curbstomped)\b | pred:threat | 0.9 | threat_group | severe
re:\bmake sure (\w+ ){1,7}(stop|stops|never|don['’]?t|doesn['’]?t|won['’]?t) (breathing|breathe|wake up|waking up|see tomorrow|see another day|live to see|make it home|come home|walk again|leave alive|get out alive|live)\b | pred:threat | 0.9 | threat_group | severe

# ---- pred:violence: unalived, gas chambers too good for them
re:\b(get|got|gets|getting|be|being|been|should be|should get|deserve to be|need to be|needs to be) (unalived|un-alived|un alived|unalive|deleted from existence|erased from existence|wiped off the map|wiped from the earth|wiped off the earth)\b | pred:violence | 0.9 | violence_group | severe
re:\b(gas chambers?|gassing|the ovens?|ovens|concentration camps?|death camps?|the gallows|gallows|the noose|a noose|the rope|the firing squad|a firing squad|firing squads|a bullet|bullets|the electric chair|lethal injection|a quick death|lynching|extermination)( is| are| was| were|['’]s| would be| will be) (way |far |much |even )?too (good|kind|merciful|quick|nice|easy|humane) for\b | pred:violence | 0.9 | violence_group | severe

# ---- harassment of other groups: "are all scammers", "should all be locked up", "the worst kind of people", "why are X so useless"
re:\b(are|r) all (\w+ )?(scammers|crooks|thieves|liars|frauds|cheats|criminals|con artists|idiots|morons|clowns|parasites|leeches|vultures|snakes|scum|trash|garbage|useless|corrupt|evil|crooked|bloodsuckers|leeches|losers|wankers|pricks|assholes|arseholes)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bshould( just| really| honestly)? all( just)? be (locked up|jailed|thrown in jail|thrown in prison|put in jail|put in prison|put behind bars|behind bars|imprisoned|rounded up|caged|locked away)\b | pred:exclude | 0.9 | exclusion_group
re:\b(the )?(worst|lowest|vilest|scummiest|most disgusting|most pathetic|most useless|most evil) (kind|sort|type|form) of (people|humans|human beings|person|scum|trash|life|lifeform|creature)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bwhy (are|is|r) (\w+ ){1,3}(always |all |still |so |such |this |that )+(useless|stupid|dumb|incompetent|lazy|greedy|annoying|arrogant|rude|corrupt|clueless|pathetic|trashy|dishonest|entitled|disgusting|toxic|selfish|unbearable|insufferable|brainless|thick|ignorant)\b | pred:attribute | 0.9 | negative_attribute_group

# ---- harassment of a named person: I know where X lives, lying cheating snake, teach X a lesson with fists, such a brainless idiot
re:\bi (know|found out|now know|have found|figured out) where (\w+ ){1,2}(lives|live|stays|stay|works|work|sleeps|sleep|parks|goes to school|studies)\b | harassment | 0.6 | doxxing
re:\b(see|seeing) (you|u|ya|him|her|them) (soon|real soon|very soon|tonight|shortly)( \S+)?\s*$ | harassment | 0.45 | threat_violence
re:\b(is|was|are|such|what|a real|a total|an absolute|one) (a |an )?(lying|cheating|thieving|two-faced|two faced|backstabbing|back-stabbing|back stabbing|conniving|scheming|sneaky|deceitful|manipulative|treacherous|double-crossing|double crossing|gold-digging|gold digging|filthy|dirty)(,| and)? ?(lying|cheating|thieving|two-faced|two faced|backstabbing|back-stabbing|back stabbing|conniving|scheming|sneaky|deceitful|manipulative|treacherous|double-crossing|double crossing|gold-digging|gold digging|little|lil) (snake|rat|weasel|liar|cheat|backstabber|viper|fraud|hypocrite|scumbag|bastard|toad|worm|leech|parasite|bitch|slut|whore|cow|pig|dog|skank)\b | harassment | 0.75 | insult_at_person
re:\bteach (\w+ ){1,2}a (lesson|thing or two)( \w+){0,3} (with (their|his|her|my|our|your|a|some) (fists?|hands|belt|bat|stick|cane|parang|knife|boots|feet|knuckles|baseball bat|crowbar|machete)|(they|he|she|you) (won['’]?t|will never|wont|never) forget)\b | harassment | 0.85 | threat_violence | severe
re:\b(is|was|are)( such| a total| an absolute| a complete| a real| the biggest| one)? (a |an )?(brainless|useless|stupid|pathetic|worthless|clueless|spineless|dumb|disgusting|ugly|fat|lazy|miserable|mindless|witless|gormless|retarded|moronic|dimwitted|thick) (idiot|moron|loser|clown|fool|imbecile|cretin|bastard|piece of shit|waste of space|failure|joke|dumbass|retard|twat|prick|cunt|bitch|slut|whore|halfwit|nitwit|dimwit|buffoon|donkey|muppet)\b | harassment | 0.7 | insult_at_person

# ---- slurs the engine lacks, or lacks as slurs (counted only where read as people)
ah tiong                   | hate | 0.8 | slur_group | slur
ah tiongs                  | hate | 0.8 | slur_group | slur
ah gua                     | hate | 0.8 | slur_group | slur
ah guas                    | hate | 0.8 | slur_group | slur
pondan                     | hate | 0.8 | slur_group | slur
pondans                    | hate | 0.8 | slur_group | slur
feminazi                   | hate | 0.75 | slur_group | slur
feminazis                  | hate | 0.75 | slur_group | slur
re:\b(another|these|those|some|bloody|fucking|dirty|stupid|filthy|damn|effing|more|too many|so many) chinks? (in|on|at) (the|this|our|my|that) (comments?|comment section|chat|group|group chat|thread|replies|class|office|bus|train|mrt|lift|building|neighbourhood|neighborhood|area|street|estate|condo|country|block)\b | hate | 0.8 | slur_group | severe

# ---- homonym: the female dog
re:\bbitch(es)?( just| finally| recently| has just)? (had|has|gave birth to|delivered|whelped|birthed|is nursing|nursing|is expecting|is pregnant with)( a| her| his| their)?( \w+)? (litter|puppies|pups|puppy|babies)\b | allow
re:\b(puppies|pups|litter) (from|of|out of) (my|our|his|her|their|the|\w+['’]?s) bitch\b | allow

# ---- stereotype and hostility frames: crime rose around the time, trusted with my kids (a worth: counts
# only denied), "which is why it makes me sick", better if they got unalived, "X again?! get out"
re:\b(crime|crimes|theft|thefts|robberies|burglaries|break-ins|stabbings|muggings|rapes|drugs|littering|noise|trouble|violence)( rates?| levels?| figures| numbers| stats)? (went up|goes up|go up|rose|rises|soared|skyrocketed|shot up|exploded|spiked|doubled|tripled|jumped|climbed|increased|got worse|started)( \w+){0,3} (around|about|at|from) the (same )?time\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(crime|crimes|theft|thefts|robberies|burglaries|stabbings|muggings|trouble|violence)( rates?| levels?)? (went up|goes up|rose|soared|skyrocketed|shot up|exploded|spiked|doubled|jumped|increased|got worse)( \w+){0,2} (ever since|right when|just when|the day|the year|the moment|the minute|as soon as)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(i['’]?d|i would|i will|i['’]?ll|i could|i can|we['’]?d|we would|you can|you could|anyone would|you would|you['’]?d|i['’]?d ever|i would ever)( ever| actually| really| honestly)? trust (with|around|near|alone with|to watch|to look after|to babysit) (my|our|your|the|their) (kids|children|daughters?|sons?|family|wife|money|house|car|wallet|pets?|life|business|shop|baby|babies)\b | pred:worth | 0.85
re:\b(which is why|which['’]s why|which is the reason|that['’]s why|that is why|thats why|that['’]s the reason|which explains why)( \w+){0,5} (makes? me (sick|ill|nauseous|want to (vomit|puke|throw up|scream))|disgusts? me|i (hate|can['’]?t stand|cannot stand|dread|despise)|(is|feels like) (a nightmare|hell|torture|unbearable))\b | pred:emotion | 0.95 | hate_emotion_group
re:\b(better|safer|nicer|happier|cleaner|greater|improved)( \w+){0,3} if\b.{0,50}\b(unalived|unalive|un-alived|un alived|deleted|erased|got rid of|removed for good|taken out|sent to the camps|put down|put to sleep|wiped away|disposed of)\b | pred:violence | 0.9 | violence_group | severe
re:\b\w+( \w+)? again\s*[?!]+\s*(get (the fuck |the hell |tf |the f |the fk )?out|gtfo|fuck off|piss off|go (back|home)|get lost|get out)\b | pred:exclude | 0.85 | exclusion_group

# ---- reclaimed and homonym uses
proud                      | ctx:ingroup
re:\b(us|we|we['’]re|we are|all us|me and my fellow|my fellow|us fellow) (fags|faggots|dykes|queers|trannies|pondans|sluts|homos|fairies|bencongs|bapoks)\b | allow
re:\bslut ?walks?\W{1,3}\w+ | allow

# ---- "don't be surprised when things go missing", "can't wait till they are all gone"
re:\b(don['’]?t|do not|dont|never) (be )?(surprised|shocked|amazed|come crying|complain|blame me)( \w+){0,2} (when|if|once|after)\b.{0,40}\b(missing|stolen|gone|disappear|disappears|vanish|vanishes|robbed|cheated|scammed|ripped off)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(can['’]?t|cannot|cant) wait (until|till|til|for the day)( \w+){1,3} (are|is|get|gets|have|has been|have been|['’]re)( all)?( been)? (gone|deported|wiped out|kicked out|extinct|sent back|sent home|rounded up|removed|banished|dead)\b | pred:exclude | 0.85 | exclusion_group

# ======================================================================
# Fourth round: families written from the misses of tests/tuning_suites_d
# ======================================================================
# term | category | weight | key | flags

# ======================================================================
# Fourth round: families written from the misses of tests/tuning_suites_d
# ======================================================================

# ---- pred:threat: a weapon across the head, won't see the morning, paying them a visit
re:\b(getting|gets|get|gonna get|going to get|will get|['’]ll get|deserves?|needs?|give (them|em|him|her|you|u)|giving (them|em|him|her|you|u)|i['’]?ll put|i will put|gonna put|i['’]?ll smash|i will smash|gonna smash|i['’]?ll take) (a |an |my |the |some |this )?(bottle|brick|bat|baseball bat|glass|pint glass|chair|hammer|crowbar|pipe|lead pipe|iron bar|plank|spade|shovel|golf club|cricket bat|hockey stick|wrench|spanner|knuckle duster|machete|blade|knife) (across|over|to|into|round|around|upside|in|through) (the|their|his|her|your|ur|yer|ya|them|em) (head|heads|face|faces|skull|skulls|jaw|jaws|teeth|neck|necks|knees|kneecaps|legs|back|throat|gut|ribs)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(won['’]?t|wont|will not|will never|ain['’]?t gonna|aren['’]?t gonna|are not going to|aren['’]?t going to|isn['’]?t going to|never gonna|not gonna|not going to)( \w+)? (see|live to see) (the morning|the night out|another day|another morning|tomorrow|the sunrise|sunrise|the dawn|the weekend|next week|christmas|the new year|their next birthday)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(won['’]?t|wont|will not|will never|never gonna|not gonna|not going to) (leave (here )?(alive|in one piece)|get out (of here )?alive)\b | pred:threat | 0.8 | threat_violence | severe
re:\b(pay|pays|paying|paid|pay em|gonna pay|going to pay|['’]ll pay|will pay)( \w+){1,3} a (little |quick |friendly |proper |late[- ]night |midnight |nice |surprise |special |personal |wee |lil |visit,? )?visit\b.{0,30}\b(they|you|u|he|she|none of them|nobody)( will|['’]ll)? (won['’]?t|wont|will never|never|will not|['’]?ll never|can['’]?t|cannot) (walk away from|forget|recover from|survive|come back from|live through|live down)\b | pred:threat | 0.95 | threat_violence | severe
re:\b(paying|paid|gonna pay|going to pay|we['’]?ll pay|we will pay|i['’]?ll pay|i will pay|time (someone|somebody|we) paid)( them| em| him| her| you| u| those| these| the lot| all of them)( \w+){0,2} a (little |quick |friendly |proper |late[- ]night |midnight |nice |surprise |special |personal |wee |lil )?visit\b | pred:threat | 0.8 | threat_violence | severe
re:\b(time|about time|high time)( \w+)? (someone|somebody|we|people|the lads|the boys) (paid|pay|payed)( \w+){1,3} a (little |quick |friendly |proper |late[- ]night |midnight |nice |surprise |special |personal )?visit\b | pred:threat | 0.8 | threat_violence | severe
re:\bvisit (they|you|u|he|she|none of them|nobody)( will|['’]ll)? (won['’]?t|wont|will never|never|will not|['’]?ll never|can['’]?t) (walk away from|forget|recover from|survive|come back from|live through)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(i['’]?m going to|i['’]?m gonna|im gonna|i will|i['’]?ll|ill|we will|we['’]?ll|we['’]?re going to|we['’]?re gonna|gonna|going to|let['’]?s|lets|should|need to|needs to|time to|someone should|somebody should|will personally) drag (\w+ ){1,7}out (of|from) (their|his|her|your|ur|the|them) (beds|bed|homes|home|houses|house|cars|car|flats|caravans|shops|mosques|churches|synagogues|temples)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(and|then|gonna|going to|will|['’]ll|i['’]?ll|we['’]?ll) make (them|em|'em|the lot of them|all of them|every one of them|every last one of them) (pay|suffer|bleed|beg|scream|regret it)\s*([.!,;]|$| for (it|this|that|what they|everything|existing)) | pred:threat | 0.85 | threat_violence | severe
re:\b(i['’]?ll|i will|ill|we will|we['’]?ll|gonna|going to|i['’]?m gonna|happy to|ready to|i['’]?d|i would|we['’]?d) (put|personally put)( them| em| you| u| him| her| the lot of them| all of them| every one of them| every last one of them| the lot)( all)? (in the ground|six feet under|in (a|an|the) (early grave|grave|coffin|body bag|morgue))\b | pred:threat | 0.9 | threat_violence | severe
re:\b(teach|teaching|taught|teaches|gonna teach|going to teach)( \w+){1,6} a (proper |real |hard |harsh |painful |good |little |lasting )?lesson (they|he|she|you|u|none of them|nobody)( will|['’]ll)? (won['’]?t|wont|will never|never|will not|['’]?ll never|can['’]?t) (forget|recover from|live down)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(teach|teaching|taught|gonna teach|going to teach)( the| those| these| them| em| all the| every)( \w+){1,5} a (proper |real |hard |harsh |painful |good |little |lasting )?lesson(\s*[.!]|\s*$| with| in (respect|manners|pain)| tonight| this weekend| on saturday| they| none of them) | pred:threat | 0.7 | threat_violence | severe
re:\bbring (the |your |ur |yer |some |a few |plenty of |extra )?(bats|baseball bats|knives|blades|machetes|crowbars|hammers|petrol|molotovs|guns|pipes|pitchforks|knuckle dusters|axes|acid|lighter fluid)\b | pred:threat | 0.45 | threat_violence | severe
re:\b(consider (yourselves|yourself|urself|this|yourselfs) (warned|told)|you['’]?ve (all )?been warned|you have (all )?been warned|you lot have been warned|this is your (last|final|only|one and only) warning|(final|last) warning to (all|every|the|you|those))\b | pred:threat | 0.75 | threat_violence | severe
re:\b(shotgun|shotguns|gun|guns|rifle|rifles|knife|knives|machete|axe|crossbow|pistol|bat|petrol|ammo|bullets|jerry ?can|can of petrol)s? and a (list|hit ?list|kill ?list|list of (names|addresses))\b | pred:threat | 0.9 | threat_violence | severe
re:\b(got|made|making|have|keeping|keep|drawing up|drew up|writing|started) (a|my|our) (hit ?list|kill ?list|death ?list)\b | pred:threat | 0.8 | threat_violence | severe
re:\b(start|starting|begin|beginning|i['’]?ll start|we['’]?ll start|gonna start|going to start|i start|we start|i will start|go round|go around) (breaking|cracking|snapping|smashing|busting|caving in|stamping on|kicking in) (bones|skulls|heads|legs|arms|jaws|necks|kneecaps|knees|teeth|faces|noses|ribs|fingers|spines)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(one more|any more|another) (incident|word|peep|comment|complaint|look|time|stunt|chance|warning)\b.{0,30}\b(i|we)( will|['’]ll| am going to|['’]m going to| start| swear)\b.{0,30}\b(break|breaking|smash|smashing|stab|stabbing|kill|killing|hurt|hurting|burn|burning|snap|snapping|bury|shoot|shooting|batter|battering)\b | pred:threat | 0.85 | threat_violence | severe
re:\blast time( \w+){1,6} (at|with|to|near|on|in front of|around) (me|us|my \w+|our \w+)\b.{0,30}\b(left|went home|ended up|was carried out|were carried out|got carried out|got taken away|was taken away|were taken away|woke up|came out|got stretchered off) in (an ambulance|ambulances|a body bag|body bags|a coffin|coffins|a wheelchair|pieces|a stretcher|stretchers|a neck brace|plaster|casts|intensive care|icu)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(in|into) (an ambulance|ambulances|a body bag|body bags|a coffin|coffins|a wheelchair|pieces|a stretcher|stretchers|intensive care|icu|hospital|a&e)\b.{0,40}\b(happy|glad|more than happy|ready|willing|gonna|going|i['’]?d|i would|i will|i['’]?ll|would|will|can|could)( to)? (do it|do that|do the same|do the lot of them|do it to the rest|do them) (again|all over again|twice|every time)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(happy|glad|more than happy|ready|willing) to do (it|that|the same) (again|all over again) to (any|every|the rest|another|the next)\b | pred:threat | 0.85 | threat_violence | severe
re:\bswear (down|on my (life|mum['’]?s life|mother['’]?s life|kids|children|nan['’]?s grave))\b.{0,80}\b(gets|getting|is getting|will get|gonna get|['’]s getting|get) (stabbed|shot|glassed|bottled|battered|knifed|slashed|a bottle|a blade|a knife|a slap|a kicking|a beating|smacked|leathered|done in|merked|shanked)\b | pred:threat | 0.85 | threat_violence | severe

# ---- pred:violence: a clean-up of the group, broken jaws taught as respect, lampposts are free, stop existing
re:\b(a few|a couple of|couple of|some|plenty of|loads of|with a few|with some|give (them|em) (a few|some)|deserve (a few|some)|need (a few|some)|needs (a few|some)) (broken|smashed|busted|cracked|snapped|shattered|caved[- ]in) (jaws|bones|noses|legs|arms|skulls|teeth|ribs|kneecaps|necks|heads|faces|spines|fingers|knees)\b | pred:violence | 0.8 | violence_group | severe
re:\b(taught|teach|teaching|learn|learns|learnt|learned|get taught|got taught|be taught)( them| em)?( some| a bit of| a little| proper)? (respect|manners|their place|a lesson|discipline|obedience) (with|by|using|through|the hard way|at the end of)\b | pred:violence | 0.75 | violence_group | severe
re:\b(proper|real|good|thorough|big|final|permanent|total|full|serious|massive|much[- ]needed|overdue|long overdue) (clean-?up|clean up|cleansing|clear-?out|clear out|purge|sweep|tidy[- ]?up|deep clean|spring clean|clean sweep) of\b | pred:violence | 0.7 | violence_group | severe
re:\b(permanently|for good|once and for all|for ever|forever),? (if|know what) (you|u|ya) (get|know|catch|mean) (me|my drift|what i mean)\b | pred:violence | 0.75 | violence_group | severe
re:\b(lampposts?|lamp posts?|trees|rope|ropes|nooses?) (is|are|['’]s|['’]re) (free|cheap|plentiful|waiting|ready|on me|in stock)\b | pred:violence | 0.85 | violence_group | severe
re:\b(hang|shoot|kill|gas|burn|string up|lynch|drown|execute|nuke|exterminate) (them|em|'em) all\W+(every|each) (last|single|one)\b | pred:violence | 0.95 | violence_group | severe
re:\b(stopped|stop|stops|ceased|cease|ceases) (existing|to exist)\b | pred:violence | 0.8 | violence_group | severe
re:\b(better|safer|nicer|happier|cleaner|greater|improved|better off)( \w+){0,3} if\b.{0,50}\b(stopped existing|ceased to exist|ceased existing|never existed|didn['’]?t exist|did not exist|were never born|weren['’]?t born|were gone|were all gone|disappeared|vanished|were wiped out|got wiped out)\b | pred:violence | 0.9 | violence_group | severe
re:\b(would|should|will|must|need to|needs to|ought to|gonna|going to|deserve to|could)( all| just)? be (rounded up)( \w+){0,3} (and |then )?(shipped|sent|put|shot|gassed|deported|locked|caged|thrown|marched|loaded|put on trains|sent to camps|put in camps)\b | pred:violence | 0.85 | violence_group | severe
re:\b(nobody|no one|noone|no-one) (would|will|is gonna|is going to|would ever|will ever)( ever)? miss (them|em|\w+( \w+)?) if\b | pred:violence | 0.6 | violence_group

# ---- pred:emotion: repulsed, makes me want to puke, can get fucked
re:\b(genuinely|truly|utterly|absolutely|totally|completely|physically|honestly|seriously|properly|deeply|frankly|actually|literally|just|so|very|really) (repulsed|disgusted|revolted|sickened|nauseated|appalled|grossed out)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(makes?|made|making) me (want to |wanna |wanting to |feel like i (could|might|want to) )?(puke|vomit|spew|hurl|barf|be sick|chunder|heave|gag|retch|throw up)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(can|should|may|could|can all|should all|can just|should just|can go and|can go|should go)( all| just)? (get fucked|get fukked|go fuck (themselves|yourselves|itself)|fuck off|piss off|do one|sod off|get stuffed|go to hell|get bent|get in the bin|eat shit|go die in a ditch|rot)\b | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:attribute: rotten to the core, morally bankrupt, lowest of the low, summed up in three words
re:\b(rotten|evil|corrupt|bad|vile|wicked|crooked|twisted|sick|dirty|filthy|poisonous|toxic|nasty) (to|right to|down to|through to) the (core|bone|marrow|roots)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bmorally (bankrupt|corrupt|depraved|bereft|void|vacant|degenerate|inferior|defective|rotten|bankrupted|repugnant|deficient|broken|compromised)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bzero (decency|morals|integrity|honou?r|dignity|conscience|empathy|humanity|class|self[- ]respect|manners|loyalty|scruples)\b | pred:attribute | 0.75 | negative_attribute_group
spiteful                   | pred:attribute | 0.7 | negative_attribute_group
vindictive                 | pred:attribute | 0.7 | negative_attribute_group
re:\b(the )?(lowest of the low|bottom of the (barrel|food chain|heap|pile)|lowest (form|forms) of (life|human life|humanity|existence)|scum of the (earth|planet))\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(lazy|useless|entitled|greedy|dirty|filthy|smelly|violent|stupid|dishonest|thieving|loud|rude|arrogant|ignorant|pathetic|worthless|disgusting|vile|evil|sneaky|backward|primitive|savage|scrounging|lying|ugly|thick|dumb)\W{1,3}.{0,60}\bsummed up\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(thieving|lying|cheating|incompetent|scrounging|sponging|grifting|scamming|swindling|crooked|conniving|useless|two[- ]faced) (frauds?|crooks?|liars?|thieves|scum|scumbags?|bastards?|gits?|cheats?|parasites?|leeches?|rats?|snakes?|scammers?|con artists?|conmen|con men|wasters?)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bruin(ing|s|ed)? (every single thing|every last thing|every thing|anything and everything|each thing|all the things|everything)( \w+)? (they|it|he|she|them|you) (touch|touches|touched|go near|get near|come near|get their hands on|lay their hands on|get involved in|get involved with)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(are|is|['’]re|were|was)( not|n['’]?t),? (and|nor)( they| it)? (never|will never|won['’]?t ever|never will|can never|could never|shall never|won['’]?t)( ever)? (be|become),? (equal|equals|our equals|human|humans|normal|welcome|accepted|decent|civili[sz]ed|trustworthy|one of us|people|citizens|british|english|american|good enough|as good as|real|true|proper|worthy)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(haven['’]?t got|have not got|hasn['’]?t got|has not got|don['’]?t have|doesn['’]?t have|do not have|does not have|ain['’]?t got|never had|never have|got no|have no|has no|without|lack|lacks|lacking|not|nor|devoid of)( a| an| one| even a| even one)?( single| solitary| tiny| little)? (ounce|shred|drop|scrap|bit|grain|iota|speck|trace|hint|sliver|modicum|atom|crumb|bone|fibre|fiber|molecule|particle) of (honesty|decency|shame|integrity|morals|morality|empathy|humanity|intelligence|kindness|loyalty|compassion|respect|class|dignity|sense|common sense|brains|manners|self[- ]respect|conscience|remorse|gratitude|hygiene|humility|talent|worth|value|goodness|good|intellect|honou?r|culture)( in (them|em|their|him|her))?\b | pred:attribute | 0.85 | negative_attribute_group
re:\bnothing (remotely|even remotely|at all|whatsoever|particularly|really|vaguely|slightly|the least bit|even slightly|even vaguely|truly|actually|genuinely)( \w+)? (good|positive|nice|decent|redeeming|worthwhile|admirable|likeable|likable|valuable|useful|special|interesting|human|respectable|lovable|loveable) (about|in|to say about)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(not (a|one)|no) (single )?(good|positive|nice|decent|redeeming|worthwhile|admirable|likeable|likable) (thing|quality|qualities|trait|traits|bone|feature|features) (about|in|to)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bname (one|a single|1|even one|just one) (good|positive|useful|decent|nice|worthwhile|valuable|helpful) (thing|contribution|achievement)\b | pred:attribute | 0.75 | negative_attribute_group
name one good thing        | ctx:people
re:\b(a|the|nothing but a|just a|such a) (curse|plague|blight|scourge|stain|pox|parasite|menace|poison|bane) (on|upon|to|of|in|for) (this|our|the|any|every|whatever|whichever|each|a|society|humanity|mankind|the world|earth|civili[sz]ation)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(a|the|nothing but a|just a|such a) (cancer|disease|virus|infection|tumou?r|rot) (on|upon) (this|our|the|any|every|whatever|whichever|each|society|humanity|mankind|the world|earth|civili[sz]ation)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(pathetic|sorry|poor|sad|miserable|lousy|shitty|shit|crap|crappy|disgusting|worthless|useless|piss[- ]poor|feeble|pitiful|wretched|vile|filthy|rotten) excuses? (for|of) (a |an )?(people|person|humans?|human beings?|men|man|women|woman|society|mankind|citizens|parents?|life|lifeforms?|creatures?|humanity)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(do|does|did|can|could|will|would) (\w+ ){1,3}(ever|even|actually) (do|contribute|achieve|manage) (anything|owt|something) (apart|aside|other|besides|except|but)( from| than)?\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(apart from|aside from|other than|besides|except|except for) (scrounge|scrounging|whinge|whinging|whine|whining|moan|moaning|complain|complaining|steal|stealing|breed|breeding|beg|begging|leech|leeching|sponge|sponging|cause trouble|causing trouble|lie|lying|cheat|cheating|riot|rioting|claim benefits|claiming benefits|scam|scamming|loot|looting|litter|littering|sit on (their|the) (arse|ass|backside|couch|sofa|hands))\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(scrounge|scrounges|scrounging|whinge|whinges|whinging) (and|or|&) (whinge|whinging|scrounge|scrounging|moan|moaning|complain|complaining|steal|stealing|breed|breeding|beg|begging|whine|whining)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:exclude: still legal for them to breed, let them near our children, life nicer with none around
re:\b(still|even|actually|really) (legal|allowed|permitted|lawful|acceptable|tolerated) for (\w+ ){1,3}to (breed|exist|reproduce|vote|have (kids|children|babies)|adopt|marry|live|work|teach|walk (around|the streets)|be (out|seen) in public|drive|own (property|homes|houses|land))\b | pred:exclude | 0.85 | exclusion_group
re:\b(how|why) (is|are) (it|they) (still |even |actually )?(legal|allowed|permitted|lawful) (to|for)\b | pred:exclude | 0.7 | exclusion_group
re:\b(let|letting|lets|allow|allowing|allows)( \w+){1,4} (anywhere near|near|around|alone with|close to|next to|in charge of) (our|my|your|the|their|any) (kids|children|daughters|sons|babies|grandkids|grandchildren|little ones|schools?|families)\b | pred:exclude | 0.8 | exclusion_group
re:\b(nobody|no one|noone|no-one|no parent|who|who['’]?d|who would|would you|would anyone|i['’]?d never|i would never|never)( \w+){0,5} (would|will|should|could|ever)( ever)? (trust|let|allow|leave)( \w+){1,4} (anywhere near|near|around|alone with|close to|next to|in charge of) (our|my|your|the|their|any|his|her) (kids|children|daughters|sons|babies|grandkids|grandchildren|little ones|schools?|families)\b | pred:exclude | 0.8 | exclusion_group
re:\banywhere near (our|my|your|the|their|any) (kids|children|daughters|sons|babies|grandkids|grandchildren|little ones|schools?|playgrounds?|nurseries)\b | pred:exclude | 0.75 | exclusion_group
re:\b(so |much |a lot |way |far |loads |heaps |ten times |a hundred times )*(better|nicer|safer|happier|cleaner|quieter|more peaceful|easier|calmer|lovelier|greater|sweeter|brighter)( place| off)? (with no|without any|with none of|if there were no|if there weren['’]?t any|if there was no|with fewer|if we had no|with zero|minus (the|all the|any))\b | pred:exclude | 0.8 | exclusion_group

# ---- harassment of a person: superlative lists, "you talentless clown", doxxing where they work
re:\b(ugliest|dumbest|stupidest|thickest|laziest|smelliest|fattest|most (useless|pathetic|annoying|brain-dead|braindead|brain dead|brainless|idiotic|clueless|insufferable|disgusting|vile|repulsive|incompetent|obnoxious|arrogant|miserable|worthless|vapid|odious|unbearable|hateful|spiteful))(,? (and )?(\w+est|most [\w-]+( [\w-]+)?))* (person|people|human|human being|man|woman|guy|girl|idiot|loser|creature|individual|specimen|bloke|lad|lass)s? (i['’]?ve|i have|i|alive|on earth|in the world|ever)\b | harassment | 0.7 | insult_at_person |
re:\b(you|u|ya) (talentless|useless|pathetic|worthless|brainless|spineless|gormless|clueless|witless|miserable|sad|fat|ugly|smelly|stupid|dumb|thick|sorry|insufferable|snivelling|sniveling|pompous|smug|lying|cheating|deluded|washed[- ]up|tone[- ]deaf|no[- ]talent|jumped[- ]up|two[- ]bit|cringe|cringy|cringey)( little| old| fat| bloody| fucking)? (clown|muppet|melon|donkey|plank|numpty|wally|pillock|tool|knob|bellend|walnut|twat|moron|idiot|dumbass|buffoon|imbecile|cretin|doofus|nitwit|halfwit|dunce|goon|loser|hack|fraud|joke|failure|nobody|prat|git|sod|turd|slob|clot|weirdo|creep|rat|snake|worm|scumbag|pig|cow|wanker|tosser|dickhead|nonce|waste of space|waste of oxygen|embarrassment|has[- ]been|wannabe)s?\b | harassment | 0.7 | insult_at_person |
re:\b(such|what|a total|an absolute|a complete|a real|a right|a proper|a massive|a lazy|a fat|a filthy|a disgusting|a greasy|a smelly) (a |an )?(disgusting|filthy|lazy|fat|greasy|smelly|vile|revolting|gross|repulsive|useless|pathetic|stinking|horrible|ugly|dirty|grubby|minging|rank) (slob|pig|cow|mess|tramp|wreck|sloth|lump|heifer|hog|whale|skank|scrounger|waster|sponger|layabout|lowlife|scumbag|animal|creature|specimen)\b | harassment | 0.7 | insult_at_person |
re:\bhow (does|do|can|could) (anyone|anybody|people|you|u|they|his \w+|her \w+|their \w+) (stand|bear|tolerate|stomach|put up with)( being)?( near| around| with| next to| in the same room as)? (him|her|them|em|that|it)\b | harassment | 0.45 | insult_at_person |
re:\bmake sure (everyone|everybody|the whole (world|internet|town|street|school|village|city|country)|all (of )?(their|his|her) (friends|family|colleagues|neighbou?rs|followers)|people|the world) (knows|finds out|find out|know|sees|hears about|learns) (where|who) (he|she|they|you|u) (work|works|live|lives|stay|stays|sleep|sleeps|goes to school|go to school|really (is|are))\b | harassment | 0.85 | doxxing | severe
re:\b(is|was|are)( such| a total| an absolute| a complete)? (a|an) (thief|fraud|liar|cheat|crook|con artist|scammer|conman|con man|snake|rat|grifter|swindler)( and|,)( also)? (a|an) (thief|fraud|liar|cheat|crook|con artist|scammer|conman|con man|snake|rat|loser|joke|grifter|swindler|hypocrite|creep|nonce|pervert)\b | harassment | 0.6 | insult_at_person |

# ---- counter speech: the amount of hate a group gets, nobody I know thinks, we're not like that
re:\b(the |this |that )?(amount|level|levels|volume|scale|sheer amount|flood|tide|wave|torrent|barrage|deluge|constant stream|stream) of (hate|hatred|abuse|harassment|racism|bigotry|vitriol|discrimination|slurs|insults|threats|violence|hostility|bullying|trolling|prejudice|misogyny|homophobia|transphobia|islamophobia|antisemitism|xenophobia|ableism|racist abuse|hate mail|death threats)\b | ctx:counter
re:\b(nobody|no one|noone|no-one|none of us|not one person|not a single person|not one of us)( i know| we know| i['’]?ve met| i have met| i['’]?ve ever met| around here| round here| here| in (my|our) (family|town|village|street|circle|life|house|office|school|area|friend group))( seriously| actually| really| honestly| genuinely)? (thinks|believes|says|would say|feels|agrees|buys|accepts|wants)\b | ctx:counter
re:\b(we['’]?re|we are|were|i['’]?m|i am) not like that( (round|around|over|down|up) here| here| in this (house|family|town|street))?\b | ctx:counter
re:\b(you|u|y['’]?all|we|everyone|people|this app|this platform)( all| need to| must| should| can| have to)? do better\b | ctx:counter
re:\bshame on (you|them|anyone|everyone|this app|this platform)\b | ctx:counter
report and block | ctx:counter
please report | ctx:counter

# ---- profanity that is not hate: an exclamation after stubbing a toe; reclaimed self-description
re:\b(yelled|shouted|screamed|swore|muttered|cried|exclaimed|yelling|shouting|screaming|muttering|went|goes|said|says|mumbled|groaned|hissed)( out)?,? ["“'‘]?(fuck|fucking hell|fuckin hell|fuck me|fuck sake|for fuck['’]?s sake|ffs|shit|holy shit|holy fuck|oh fuck|oh shit|bollocks|bloody hell|motherfucker|son of a bitch|goddamn it|god damn it|god dammit|goddammit|shite|oh my fucking god|jesus fucking christ|christ)\b | allow
re:\b(fucking|fuckin|effing|bloody|flipping|frigging|friggin) (hell|heck)( fire)?\W*( at| on| in| when| as| after| before|$) | allow
re:\b(yes|yeah|yep|sure|and yes|so yes|ok|okay),? (i['’]?m|im|i am) (a|an|just a|such a|a proud|a big|a massive|a raging|a flaming|your friendly neighbou?rhood|your local) (faggot|fag|dyke|queer|poof|poofter|homo|fairy|tranny|cripple|crip|spaz|mong|retard|slut|whore|bitch)\b | allow

# ---- slurs read as people: "at least one X in it", "keeps housing X", "X everywhere you look"
at least one               | ctx:people
housing                    | ctx:people
importing                  | ctx:people
letting in                 | ctx:people
bringing in                | ctx:people
shipping in                | ctx:people
bussing in                 | ctx:people
taking over                | ctx:people_after
everywhere                 | ctx:people_after
knacker                    | hate | 0.75 | slur_group | slur
knackers                   | hate | 0.75 | slur_group | slur
knacker                    | grp:protected
knackers                   | grp:protected
re:\bknacker['’]?s (yard|yards)\b | allow
re:\bslant[- ]?eyes\b      | hate | 0.8 | slur_group | slur severe

# ---- Gypsies and Travellers: the singular noun as a group word (the plural stays out: travel news)
traveller                  | grp:protected

# ---- second batch: worth the air they breathe, "that's X summed up", rhetorical "wouldn't life be nicer without"
re:\bworth the (air|oxygen|breath|space|skin|dirt|ground|food|water|money|effort|time of day|bother|paper (they|he|she|it)['’]?(re|s)? (written|printed) on)( (they|he|she|it) (breathe|breathes|take up|takes up|walk on|walks on|eat|eats|use|uses|waste|wastes|consume|consumes))?\b | pred:worth | 0.85 | negative_attribute_group
re:\bnot (one|a single|1|even one)( \w+){1,5} (has|have|is|are|was|were|will|would|could|can|did|does|ever)\b | ctx:denial
re:\bthat['’]?s (\w+ ){1,4}summed up( perfectly| nicely| exactly| right there| for you)?( in (one|two|three|four|five|a few) words)?\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(wouldn['’]?t|won['’]?t|would not|wouldnt|isn['’]?t|wont) (life|it|the world|things|everything|this country|the country|britain|england|the uk|the town|the city|the street|the area|the neighbou?rhood|our (town|street|country|school|office|estate|road|city)|society|work|school|everyone|we|you|the place|this place|everyone['’]?s life|our lives|the office|the estate)( all)? (be|feel|get|become)( so| much| a lot| way| far| just| loads| heaps)* (better|nicer|safer|happier|cleaner|quieter|more peaceful|easier|calmer|lovelier|greater|sweeter|brighter)( place| off)? (with no|without any|without|with none of|if there were no|if there weren['’]?t any|with fewer|with zero)\b | pred:exclude | 0.85 | exclusion_group
re:\bkeep (testing|pushing|provoking|trying|poking|winding up|mugging off|mugging|pushing on) (me|my patience|my buttons|us|our patience)\b.{0,60}\b(one more|any more|next time|another|once more|last chance|last warning)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(incompetent|lazy|useless|lying|cheating|greedy|dishonest|thick|stupid|scrounging|sneaky|crooked)(,| and|, and)? (thieving|lying|cheating|scrounging|sponging|grifting|scamming|swindling|crooked|conniving|two[- ]faced) (frauds?|crooks?|liars?|thieves|scum|scumbags?|bastards?|gits?|cheats?|parasites?|leeches?|rats?|snakes?|scammers?|con artists?|conmen|con men|wasters?)\b | pred:attribute | 0.85 | negative_attribute_group
# "nobody in their right mind would trust/let X ..." says X is a danger: the counter-speech words inside are this phrase's
re:\b(nobody|no one|noone|no-one|no parent|no mother|no father) (in (their|his|her) right mind|with (half a brain|a brain|any sense|any common sense)|sane|sensible) (would|will|should|could)( ever)? (trust|let|allow|leave|hire|employ|rent to|want)\b | allow

# ---- misogynist slurs: counted as hate only where read as people ("this X", "some X", "X everywhere")
slut                       | hate | 0.7 | slur_group | slur
sluts                      | hate | 0.7 | slur_group | slur
whore                      | hate | 0.7 | slur_group | slur
whores                     | hate | 0.7 | slur_group | slur
re:\b(keep|keeps|kept|keeping) (housing|moving|putting|dumping|bringing|shipping|bussing|importing|letting|settling|placing|sending)( more| all these| all those| all the| these| those)? (\w+ )?(in|on|into|onto|near|next to|round|around) (our|my|this|the) (road|street|estate|area|town|neighbou?rhood|village|block|building|city|country|school|doorstep|street|flats|close)\b | pred:exclude | 0.65 | exclusion_group

# ---- derog_impl: stereotype frames that recur (in charge and it falls apart, hold your bag tighter,
# count your spoons, N out of 10 shoplifters, backhanded "for a X", loyalty questioned, the smell lingers)
re:\bput (a|an|one|some|any|them|em|those|these)( \w+){0,3} in charge( of \w+( \w+)?)?\b.{0,40}\b(fall apart|falls apart|fell apart|collapse|collapses|go to (shit|hell|pot|ruin)|goes to (shit|hell|pot|ruin)|crumble|crumbles|burn down|burns down|implode|implodes|go downhill|goes downhill|go down the drain|goes down the drain|tank|tanks|go bust|goes bust|fail|fails|turn to shit|turns to shit)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(hold|holding|hang on to|hold on to|hold onto|grip|gripping|clutch|clutching|keep|keeping|check|watch|guard)( on to| onto)? (your|ur|yer|my|our|their|her|his) (bags?|handbags?|purses?|wallets?|phones?|belongings|stuff|things|valuables|pockets?|kids|children|daughters)( a bit| a little| extra| that bit| a lot| much)? (tighter|closer|close|tight|extra tight|nearer)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(start|better|go|get|begin|best|time to)( start)? (counting|count|hiding|hide|locking up|lock up|guarding|guard|checking|check|nailing down|chaining up|bolting down) (your|ur|yer|yo|the|our|my) (spoons|silverware|cutlery|fingers|change|chickens|valuables|jewel(le)?ry|bikes|tools|wallets?|purses?|daughters|kids|wheels|hubcaps|copper|lead|scrap|garden furniture|pets|cats|dogs)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b\d+ (out of|in|of every|outta) (every )?\d+ (shoplifters|thieves|criminals|rapists|muggers|burglars|scammers|beggars|terrorists|drug dealers|dealers|murderers|offenders|benefit cheats|robbers|pickpockets|paedos|pedos|groomers|gang members|stabbings|crimes|rapes|robberies|prisoners|inmates|fraudsters|pimps|car thieves|knife crimes)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(numbers|the numbers|stats|the stats|statistics|the statistics|facts|the facts|data|the data|crime stats|the crime stats)( simply)? (don['’]?t|do not|never|dont|can['’]?t) lie\b | pred:attribute | 0.55 | negative_attribute_group
re:\b(surprisingly|remarkably|unusually|quite|so|really|very|pretty|actually|incredibly|impressively|weirdly|oddly) (well[- ]spoken|articulate|eloquent|clean|smart|intelligent|clever|bright|normal|polite|well[- ]behaved|hard[- ]working|hardworking|honest|civili[sz]ed|well[- ]dressed|good[- ]looking|pretty|handsome|competent|capable|reliable|trustworthy|well[- ]mannered|educated|sensible|rational|logical|good at (maths|math|your job|driving)) for (a|an|one of)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(true |real )?loyalt(y|ies) (really |truly |actually )?(lies|lie)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bdual loyalt(y|ies)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bloyal to (another|a foreign|their own|someone else['’]?s) (country|flag|nation|people|state)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(waving|fly|flies|flying) (someone|somebody) else['’]?s flag\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(the |their )?(smell|stench|stink|reek|odou?r|pong|whiff|niff)( of (them|it|em))? (lingers|lingered|lingering|stays|stayed|never leaves|never goes|hangs around|hung around|hangs in the air|gets everywhere|stays for (hours|days|ages)|follows them)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(you can|u can|you could|u could|i can|i could) (always |just |instantly |immediately )?(tell|smell|sniff out) (when|if|where|which)( \w+){1,4} (have been|has been|had been|['’]ve been|sat|lived|were|was)\b | pred:attribute | 0.65 | negative_attribute_group
re:\b(i['’]?d|i would|id|we['’]?d|we would|my (dad|mum|mom|father|mother|family|parents) would|i['’]?d much|i['’]?d far)( much| far| rather| sooner| prefer)* (rather|sooner|prefer)( \w+){0,5} (a|an) (convicted |known |serial |violent |registered |drug[- ]addicted )?(burglar|criminal|murderer|rapist|thief|paedo|pedo|paedophile|pedophile|drug dealer|junkie|crackhead|serial killer|convict|terrorist|axe murderer|sex offender|dog|pig|goat|rat|gangster|wife[- ]beater|arsonist|jailbird|ex[- ]con)( \w+){0,3} than (a|an|one of|any of)\b | pred:attribute | 0.85 | negative_attribute_group
re:\beven (a|the|my|your|our) (dog|dogs|puppy|monkey|chimp|chimpanzee|ape|animal|rat|pig|goldfish|parrot|cat|horse|donkey|hamster|toddler|baby|two[- ]year[- ]old|5[- ]year[- ]old|five[- ]year[- ]old) (can|could|knows how to|is able to|has|learns|can learn|gets|understands|manages)\b | pred:dehumanise | 0.75 | dehumanising_group
re:\b(never|can['’]?t|cannot|don['’]?t|won['’]?t|unable to|not|too lazy to|never once)( \w+){0,3} (hold down|keep down) (a|any|a proper|a real|a steady|a regular|a full[- ]time|one) (job|job down)\b | pred:attribute | 0.75 | negative_attribute_group
re:\bwith (a|an) (full[- ]time |proper |real |steady |regular |paying |legit |legitimate )?(job|jobs)\b.{0,20}\b(rare sighting|rare sight|unicorn|a myth|myth|miracle|never seen one|no such thing|doesn['’]?t exist|dont exist|fairy ?tale|urban legend|mythical|endangered species|bigfoot|once in a lifetime)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(don['’]?t|do not|dont|never) know what (you|u|ya|i|we|they)( will|['’]ll|['’]d|['’]re gonna|['’]re going to| might| could| would)? (catch|pick up|get|come back with|go home with)\b | pred:exclude | 0.75 | exclusion_group
re:\b(every|all the|all your|your|the) (jab|jabs|vaccine|vaccines|vaccination|vaccinations|shots|booster|boosters|injections) (going|you can get|available|in the book|on offer)?\b.{0,30}\b(before|if) (you|u|ya) (visit|go|go near|go into|walk through|enter|move|move into|move to)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(our|the|my) (regulars|customers|clients|tenants|guests|residents|members|patrons|neighbou?rs|landlord|owner|boss|staff|other tenants|other residents) (prefer|would prefer|prefers|want|wants|don['’]?t want|won['’]?t have|don['’]?t like|wouldn['’]?t like|are not comfortable|aren['’]?t comfortable|feel uncomfortable|wouldn['’]?t be comfortable) (it )?(that way|it that way|no|none|them|without|not to|to avoid)\b | pred:exclude | 0.75 | exclusion_group
re:\b(well presented|friendly|reliable|professional|hardworking|hard[- ]working|fluent english|own transport|experienced|clean|tidy|presentable|respectable|smart|honest)(,| and)( \w+){0,3} (and )?not (a|an|be a|be an|from a|of)\b | pred:exclude | 0.7 | exclusion_group
re:\b(wonderful|lovely|valued|esteemed|beloved|cherished|precious|treasured|fine|great|brilliant|marvellous|glorious|fantastic|amazing|much[- ]loved|hard[- ]working) ["“'‘](contributors?|contributions?|enrichers?|enrichment|citizens|neighbou?rs|assets?|guests|culture|community members|members of society|new neighbou?rs|refugees|workers|professionals|doctors|engineers)["”'’] | pred:attribute | 0.75 | negative_attribute_group
re:\b(find|found|finds|have|has|had)( \w+)? (the )?(energy|time|strength|money|effort) to (march|protest|riot|complain|moan|whinge|breed|party|loot|beg|demonstrate|shout|chant)\b.{0,30}\bnever\b | pred:attribute | 0.8 | negative_attribute_group
re:\bwhen (you|u|ya|i|we|you['’]?re|u r) (see|spot|notice|meet|pass|walk past|sit near|sit next to|get near|are near|stand near)( \w+){1,4}( on the \w+| in the \w+| at the \w+| nearby| around| coming)?,? (hold|holding|grip|clutch|keep|check|watch|guard|hide|lock|mind)( on to| onto)? (your|ur|yer|the|my) (bags?|handbags?|purses?|wallets?|phones?|belongings|stuff|things|valuables|pockets?|kids|children|doors?|car)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bif (a|an|one|some|any|them|those|these)( \w+){1,3} (moves?|moved|moving|move|comes?|came) (in|into|to)( next door| nearby| down the (road|street)| on your (street|road)| your (street|road|area|building))?,? (start |better |go |time to |get |best )?(start )?(counting|count|hiding|hide|locking up|lock up|guarding|guard|checking|check|nailing down|bolting down|chaining up|selling|sell|moving|move) (your|ur|yer|the|our|my|up|out|house|home|away)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(tell|smell|know) when( \w+){1,4} (have been|['’]ve been|has been|had been|were|was) (on|in|at|through|near|inside) (the|a|our|my|this|that) (bus|train|tube|lift|elevator|room|toilet|loo|bathroom|kitchen|flat|house|car|taxi|carriage|office|shop|changing rooms?|gym|pool|waiting room|queue|restaurant|cafe)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(an absolute|a complete|a total|an utter|such a|what a|absolute|complete|total|utter)( fucking| bloody| fuckin)? (waste of (skin|oxygen|air|a life|sperm|flesh|carbon|a human|a person|a body)|oxygen thief)\b | harassment | 0.75 | insult_at_person |
re:\b\w+( \w+)?,? (our|the|those|these|such|their|all our|all the|all those) (wonderful|lovely|valued|esteemed|beloved|cherished|precious|treasured|fine|great|brilliant|marvellous|glorious|fantastic|amazing|much[- ]loved|hard[- ]working) ["“'‘](contributors?|contributions?|enrichers?|enrichment|citizens|neighbou?rs|assets?|guests|culture|community members|members of society|new neighbou?rs|refugees|workers|professionals|doctors|engineers)["”'’] | pred:attribute | 0.8 | negative_attribute_group
east asian person          | grp:protected
east asian people          | grp:protected
southeast asian person     | grp:protected
southeast asian people     | grp:protected
# "at least one fag a day" is a cigarette
re:\b(at least one|one|a|another|one more|two|three|ten|twenty) fags? (a|per|each|every) (day|week|night|hour|morning|evening)\b | allow

# ==== fifth round: families from the misses of tests/tuning_suites_e
# ---- Gypsies and Travellers: the plural too (it pairs only with a predicate; travel news has none)
travellers                 | grp:protected
# the disease's name is no dehumanising "virus" said of a group
coronavirus                | allow
coronaviruses              | allow

# ---- pred:violence / pred:threat: round-ups and one-way boats, once and for all, the old-fashioned way
re:\b(round|rounding|rounded) up (every|each|all|the lot|all the|all of the|every last|every single|them|em|those|these)\b.{0,50}\b(and|then) (stick|put|ship|send|deport|throw|lock|load|pack|shoot|gas|hang|drown|chuck|dump|march|burn|bury|kill)\b | pred:violence | 0.85 | violence_group | severe
re:\b(stick|put|send|ship|pack|load|throw|chuck|dump|shove)( them| em| the lot| the lot of them| all of them| every one of them| every last one of them)( all)? (on|onto|in|into) (a|the|some) one[- ]way (boat|ship|flight|plane|train|bus|dinghy|raft|ticket|trip)\b | pred:exclude | 0.85 | exclusion_group
re:\b(sort|sorting|sorted|deal with|dealing with|dealt with|take care of|taking care of|settle|settling|finish|finishing|clean out|cleaning out|clear out|clearing out|get rid of|getting rid of|finish off|finishing off|wipe out|wiping out)( \w+){1,8} once and for all\b | pred:violence | 0.7 | violence_group
re:\b(deal|dealt|dealing|deals|handle|handled|handling|sort|sorted|sorting|settle|settled|treat|treated|treating)( with| out)?( \w+){0,4} the (old[- ]fashioned|old[- ]school|old school|medieval|traditional|good old) way\b | pred:violence | 0.75 | violence_group | severe
re:\b(got|have|['’]ve got|bought|buying|picked up|with|plus) (a |some |my |plenty of |a full )?(can of petrol|jerry ?can|petrol can|petrol|gasoline|lighter fluid|box of matches|matches|lighter|rope|machete|crowbar|baseball bat|bat|shotgun|gun|knife|axe|hammer)s? and (a lot of|plenty of|loads of|lots of|all the|nothing but) (free |spare )?time\b | pred:threat | 1.0 | threat_violence | severe
re:\byou (all |lot )?know (who|exactly who) (it['’]?s|its|it is|this is|that['’]?s|that is|they['’]?re|these are|this one['’]?s|the next one['’]?s|the bullets? (is|are)|the blade['’]?s) for\b(\W{0,6}$|\W{0,6}[.!]|\W{1,6}(knife|dagger|kitchen knife|pistol|gun|water pistol|fire|bomb|skull|coffin|axe|hocho|sword)\b) | pred:threat | 1.0 | threat_violence | severe
re:\bfirst,? and not (gently|nicely|politely|kindly|softly|quietly|peacefully)\b | pred:threat | 0.8 | threat_violence | severe
re:\b(clean|cleaning|clear|clearing|sweep|sweeping|purge|purging) (up |out )?(this|our|the|my) (estate|street|streets|town|area|neighbou?rhood|country|city|block|village|road|ends|manor) (ourselves|myself|ourself|by ourselves|with our own hands)\b | pred:threat | 0.65 | threat_violence
re:\b(better|safer|nicer|happier|cleaner|greater|improved|better off)( \w+){0,3} if\b.{0,50}\b(were|was|are|got|get|went)( all| just| simply| finally)?\W{0,6}(gone|dead|extinct|erased|eliminated|six feet under|in the ground)\b | pred:violence | 0.85 | violence_group | severe
re:\b(is|are) (a dead one|dead ones|one six feet under|ones six feet under|six feet under|one (that['’]?s|who['’]?s) dead|in the ground|one in the ground|one in a (box|coffin|grave|body bag))\b | pred:violence | 0.7 | violence_group
re:\bthe only good (\w+ ){1,3}(is|are) (one|ones|the ones?) (six feet under|in the ground|in a (box|coffin|grave|body bag)|(that['’]?s|who['’]?s|that are|who are) (dead|buried|gone))\b | pred:violence | 0.95 | violence_group | severe
re:\b(a lot more|lots more|loads more|plenty more|many more|a few more|way more|more) (funerals|graves|coffins|body bags|dead bodies|obituaries|headstones|wreaths)\b | pred:violence | 0.8 | violence_group | severe
re:\bbring back (the )?(stocks|gallows|noose|rope|hanging|hangings|firing squad|firing squads|public executions?|the birch|birching|flogging|floggings|stoning|lynching|lynchings|the guillotine|guillotine)\b | pred:violence | 0.7 | violence_group | severe
re:\b(rocks|stones|bricks|pitchforks|torches) (encouraged|welcome|recommended|mandatory|compulsory|optional)\b | pred:violence | 0.7 | violence_group | severe
re:\b(wiped|wipe|wiping|wipes|blown|blow|blowing|erased|erase|erasing|removed|remove|nuked|nuke|nuking|scrubbed|scrub) (off|from) (the )?(map|face of the earth|face of the planet|planet|earth|history books)\b | pred:violence | 0.9 | violence_group | severe
re:\b(wouldn['’]?t|would not|won['’]?t|will not|not gonna|not going to|wouldnt|wont|never|i['’]?d never)( even| bother to| bother)? (call|ring|phone|dial|get) (an ambulance|the ambulance|999|911|112|the police|the cops|for help|a doctor|the paramedics)( either| for (them|em|one|any of them))?\b | pred:violence | 1.0 | violence_group | severe
re:\b(wouldn['’]?t|would not|won['’]?t|will not|wouldnt|wont)( even)? (piss|pee|spit) on (them|em|one|him|her|any of them)( \w+){0,3} if (they|he|she|it) (were|was|was ever|were ever) on fire\b | pred:violence | 0.8 | violence_group
re:\b(pray|praying|prayed|hope|hoping)( that)? (he|god|the lord|allah|jesus|karma|fate|nature|satan|the almighty) (hurries up|hurry up|gets a move on|gets round to it|gets around to it|does it soon|gets on with it|smites|smite|strikes (them|em) down|wipes (them|em) out|takes (them|em) (soon|early|all|first)|sends (them|em) to hell)\b | pred:violence | 0.95 | violence_group | severe
re:\b(god|the lord|allah|jesus|karma|the almighty) (will|shall|is going to|gonna|['’]ll) (deal with|punish|smite|sort out|destroy|burn|wipe out|strike down)\b | pred:violence | 0.55 | violence_group

# ---- pred:exclude: no seat at the table, not fit to breathe our air, shipped off to islands, kept out of decent areas
re:\b(don['’]?t|do not|doesn['’]?t|does not|dont|never|shouldn['’]?t|should not|should never|must never|won['’]?t ever|will never)( even| ever)? (deserve|get|have|earn|merit|warrant|belong at|belong in|get to have) (a|any|the|one)( single)? (seat|place|spot|voice|say|vote|chair|role) (at|in|on) (any|the|our|this|a|my)( \w+)? (table|room|board|boardroom|conversation|debate|government|parliament|society|workplace|office)\b | pred:exclude | 0.85 | exclusion_group
re:\b(don['’]?t|do not|doesn['’]?t|does not|dont|never|shouldn['’]?t|should not|should never|must never|why should|why do|why does|why did)( even| ever)? (deserve|get|deserve to|get to|be allowed to|allowed to|have the right to) (to )?breathe( the same air| our air| the air| air)?\b | pred:exclude | 0.85 | exclusion_group
re:\b(get|gets|getting|allowed|permitted|free) to breathe (the same air|our air|the same oxygen)\b | pred:exclude | 0.8 | exclusion_group
re:\b(be|get|got|gets|all be|just be|all get|be all)( shipped| sent| dumped| packed| moved| deported| marooned| exiled| banished| locked away| carted| shunted| towed| floated| airlifted)( off| away| out)? (to|on|onto) (an? |some |their own |a separate |a remote |a deserted |a desert |one big )?(island|colony|camp|reservation|penal colony|rock|atoll)s?( somewhere)?\b | pred:exclude | 0.85 | exclusion_group
re:\b(kept|keep|keeping|banned|barred|locked|shut|driven|chased|kicked|thrown|run|priced|forced|pushed) out of (every|any|all|each|our|decent|good|nice|normal|respectable|civili[sz]ed|proper)( decent| good| nice| normal| respectable| civili[sz]ed| proper| single)? (neighbou?rhoods?|areas?|streets?|towns?|cities|city|schools?|jobs|workplaces?|places?|communities|community|country|countries|estates?|homes?|public life|public spaces?|society|clubs?|pubs?|shops?|restaurants?|villages?|suburbs?|part of (town|the city|the country))\b | pred:exclude | 0.85 | exclusion_group
re:\b(run|runs|running|go|goes|going|work|works|working|be|get|feel|function|tick along)( \w+){0,3} (smoother|better|nicer|safer|happier|cleaner|quieter|easier|calmer|more peaceful|more smoothly|more efficiently) (with fewer|with less|with no|without|with none of|with zero|with a lot fewer|with far fewer|with way fewer|minus)\b | pred:exclude | 0.85 | exclusion_group
re:\bsince when (did|do|does|are|were|is|can|could|should|have)\b.{0,40}\b(letting|let|allowing|allowed|allow|giving|given|give) (\w+ ){0,3}(vote|votes|the vote|drive|work|teach|marry|adopt|lead|rights|a say|a voice|be in charge|in charge|own property|into|in here|in)\b | pred:exclude | 0.8 | exclusion_group
re:\b(start|started|starting|keep|keeps|kept|began|begin) (letting|allowing) (\w+ ){1,3}(vote|drive|work here|teach|marry|adopt|lead|run things|run the country|own property|into (the|our) country|in)\b | pred:exclude | 0.6 | exclusion_group
re:\b(should|shouldn['’]?t|ought to|oughta|must)( never| not| n['’]?t)?( have| of| ve| ['’]ve)? (been|be) (let|allowed|permitted) (in|into|here|across|through|over|to (come|stay|settle))\b | pred:exclude | 0.85 | exclusion_group
re:\b(should|shouldn['’]?t|ought to|must)( never| not| n['’]?t)?( have| of| ve| ['’]ve)? (let|allowed|admitted|taken) (them|em|those|these|any of them|that lot|this lot|the lot) (in|into|here|across|through|over)\b | pred:exclude | 0.85 | exclusion_group
re:\bwhat (do|should|shall|can|are|will) we (do|gonna do|going to do|meant to do) (with|about)\b.{0,40}\b(deport|deportation|deported|lock (them |em )?up|locking (them |em )?up|gas (them|em)|shoot (them|em)|hang (them|em)|cull|exterminate|sterili[sz]e|ship (them|em) off|camps|kill (them|em)|round (them|em) up|drown (them|em)|burn (them|em))\b | pred:violence | 0.85 | violence_group | severe

# ---- pred:attribute: not to be trusted, no such thing as a good one, never an equal, useful as a chocolate teapot
re:\b(can['’]?t|cannot|cant|can never|should never|shouldn['’]?t|should not|never|won['’]?t|couldn['’]?t|could never|must never|mustn['’]?t|never to|not to) (ever )?be trusted\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(wouldn['’]?t|would not|wouldnt|won['’]?t|will not|wont|i['’]?d never|i would never|couldn['’]?t|could not|don['’]?t|do not|dont|never)( ever| even| really| fully)? trust (a|an|one|any|them|em|those|these|one of|that lot|this lot|any of)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bno such thing as (a|an) (good|decent|nice|honest|innocent|trustworthy|smart|clever|normal|moderate|peaceful|kind|harmless|hard[- ]working|law[- ]abiding|clean|civili[sz]ed|intelligent|loyal|competent|sane|sensible|reasonable|genuine|real)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(never|yet to|not once|still waiting to|have yet to|i['’]?ve yet to) (met|meet|seen|see|known|come across|found|find) (a|an|one|a single)( single)? (good|decent|nice|honest|trustworthy|smart|normal|clean|hard[- ]working|law[- ]abiding|civili[sz]ed|intelligent|competent|sane|sensible|reasonable|useful|polite)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(never|not|won['’]?t|wont|will never|refuse to|would never|i['’]?ll never|nobody should|no one should|can['’]?t)( ever)?,?( ever)?( \w+){0,3} (treat|treating|see|regard|consider|accept|count|view)( \w+){1,3} as (an |my |our |your |their )?equals?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(as useful as|about as useful as|as much use as|about as much use as|as helpful as|about as helpful as|as useless as|more useless than) (a|an|tits on|nipples on|a pulled|a wet|a chocolate)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bchocolate (teapots?|fireguards?|kettles?)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(lying|thieving|cheating|lazy|scrounging|dodgy|filthy|useless|sponging|workshy|work[- ]shy|feckless|grifting|benefit[- ]scrounging|good[- ]for[- ]nothing|freeloading)( \w+)? (scroungers?|spongers?|leeches?|cheats?|wasters?|layabouts?|freeloaders?|thieves|thief|crooks?|liars?|bums?|dossers?|skivers?|wasters?|parasites?|grifters?)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(nick|nicks|nicked|nicking|steal|steals|stole|stealing|pinch|pinches|pinched|pinching|take|takes|took|taking|swipe|swipes|swiped|swiping|half[- ]inch|half[- ]inched|lift|lifts|lifted|walk off with|walked off with)( anything| everything| whatever)( that| which)? (isn['’]?t|wasn['’]?t|is not|was not|ain['’]?t|aint|not|that['’]?s not|that isn['’]?t) (nailed|bolted|screwed|chained|tied|glued|locked) down\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(anything|everything|whatever)( that| which)? (isn['’]?t|wasn['’]?t|is not|was not|ain['’]?t|aint) (nailed|bolted|screwed|chained|glued) down\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(stank|stunk|stink|stinks|stinking|smelled|smelt|smell|smells|reek|reeked|reeks|hum|humming) (out|up) (the|our|my|this|every|a|their|his|her|the whole)( whole| entire)? (place|room|changing rooms?|dressing rooms?|bus|train|carriage|office|house|flat|building|lift|street|shop|classroom|kitchen|toilets?|car|queue|gym|hall|ward)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(bite|bites|bit|bitten|biting)( \w+){0,2} (the|every|any|each|a)( very)? hands? (that|which|who)( \w+)? (feeds?|fed|feeding|helps?|helped|helping|houses|housed|saved|shelters?|sheltered)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(dregs|refuse|detritus|underbelly|bottom[- ]feeders|rejects|sewage|sludge|effluent|scrapings|cesspit|cesspool) of (society|humanity|the earth|the world|mankind|the human race|the nation|this country|the country|civili[sz]ation|the planet|britain|england|the gene pool)\b | pred:dehumanise | 0.85 | dehumanising_group
dregs                      | pred:dehumanise | 0.8 | dehumanising_group

# ---- pred:violence: a proper beating to learn manners, paying to watch them beaten, a bat kept by the door
re:\bneeds? (a|another|some|a good|a proper|a real|a sound|a right|a damn good|a bloody good|a serious|the occasional|regular)( good| proper| real| sound| right| old[- ]fashioned)? (beating|beatings|kicking|kickings|hiding|hidings|thrashing|thrashings|slap|slapping|smack|smacking|battering|leathering|whipping|whippings|flogging|floggings|caning|hammering|pasting|bashing|shoeing|kicking in)\b | pred:violence | 0.85 | violence_group | severe
re:\b(happily|gladly|pay good money to|pay money to|pay to|love to|i['’]?d love to|would love to|enjoy|enjoyed|cheer as i|laugh as i|grab (the )?popcorn and|can['’]?t wait to|would happily|would gladly|i['’]?d happily|i['’]?d gladly|i would happily) (watch|see|film|stream)\b.{0,40}\b(get|getting|being|be)( \w+)? (beaten|beat|battered|kicked|stabbed|shot|hanged|hung|lynched|burned|burnt|tortured|killed|punched|slapped|trampled|stoned|whipped|flogged|run over|executed|gassed|drowned|mown down|mowed down|massacred|slaughtered|crushed|set on fire|strung up|curb[- ]?stomped|kerb[- ]?stomped)\b | pred:violence | 0.9 | violence_group | severe
re:\bkeep (a|my|the|our) (baseball bat|bat|cricket bat|machete|knife|shotgun|gun|crowbar|golf club|hammer|axe|poker|pitchfork|rifle|hockey stick|cosh|truncheon)( \w+){0,4} (for them|for em|for those|for that lot|for when they|for any of them|just for them|for the likes of them)\b | pred:threat | 0.85 | threat_violence | severe

# ---- counter: refusing a stereotype
re:\bi (refuse|will never agree|won['’]?t ever agree) to (believe|accept|think|agree)\b | ctx:counter
# sarcastic resentment: "who apparently we all have to respect now"
re:\b(apparently|supposedly|now|these days|nowadays) (we|you|i|everyone|everybody|we['’]re|you['’]re)( all)?( now)? (have|has|need|needs|are supposed|are meant|must|are expected|are forced|are told|got|gotta|['’]re supposed|['’]re meant)( to)? (respect|love|accept|tolerate|celebrate|worship|bow down to|cater to|pander to|kneel to|bend over for|tiptoe around)( \w+)?( now)?\b | pred:emotion | 0.7 | hate_emotion_group

# ---- pred:emotion: blood boiling in lists, physically sick, wanting to throw up when they appear, bollocks to them
re:\b(make|makes|made|making|gets|get|got|sets|set) my blood (boil|boiling|run cold|curdle|pressure rise|pressure go up)\b | pred:emotion | 0.95 | hate_emotion_group
re:\b(physically|literally|actually|genuinely|honestly)( felt| feel| feels| was| got| get| went| turned)( so| really)? (sick|ill|nauseous|queasy|repulsed|disgusted|green)\b | pred:emotion | 0.95 | hate_emotion_group
re:\b(i|i just|i literally|i actually|i honestly|it makes me|makes me|i always|i immediately|i instantly)( \w+)? (want to|wanna|feel like i|feel like i['’]?ll|feel like i could|could|start to|have to|need to|am going to|['’]m gonna|['’]m going to|just want to) (throw up|puke|vomit|be sick|spew|hurl|barf|retch|gag|heave|chunder)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(bollocks|sod|screw|bugger|balls|to hell|stuff|bugger off|sod off) (to|with)( the lot of them| them| em| the lot| all of them| every one of them| that lot| this lot| the whole lot| the whole lot of them)\b | pred:emotion | 0.85 | hate_emotion_group
re:\bscrew (them|em|the lot of them|all of them|that lot|the lot)\b | pred:emotion | 0.75 | hate_emotion_group

# ---- pred:attribute: list words (feckless, workshy, feral), shit for brains, forever whinging, "the usual rude service"
feckless                   | pred:attribute | 0.8 | negative_attribute_group
workshy                    | pred:attribute | 0.8 | negative_attribute_group
work-shy                   | pred:attribute | 0.8 | negative_attribute_group
work shy                   | pred:attribute | 0.8 | negative_attribute_group
re:\bshit[- ]?for[- ]?brains\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(zero|no|0|one|1|a single|two|2|half a|not a single|not one) brain ?cells?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(forever|always|constantly|endlessly|perpetually|never stop|never stops|permanently|non[- ]stop) (whinging|whining|moaning|complaining|begging|scrounging|sponging|playing the victim|crying|bitching|kicking off)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(clueless|useless|brainless|thick|stupid|dumb|lazy|filthy|dirty|feral|unhinged|toxic|violent|vile|smelly|greedy|rude|dishonest|feckless|workshy|entitled|grubby|scruffy|shifty|dodgy|savage|deranged|psychotic)(,| and|, and| &| ,)( \w+)? (clueless|useless|brainless|thick|stupid|dumb|lazy|filthy|dirty|feral|unhinged|toxic|violent|vile|smelly|greedy|rude|dishonest|feckless|workshy|entitled|grubby|scruffy|shifty|dodgy|savage|deranged|psychotic)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(giving|be giving|being|so|proper|pure|absolutely|totally|completely) (feral|unhinged|deranged|rabid)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(the usual|your usual|their usual|the same old|typical|the typical)( \w+)?,? (rude|grubby|dishonest|lazy|dirty|filthy|smelly|thieving|lying|useless|shoddy|dodgy|aggressive|violent|loud|scruffy|greasy|shifty|surly|sullen|incompetent)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bruin(ing|s|ed)? (everything|it for everyone|it for the rest of us|the country|the game|the neighbou?rhood|the area|this country)( again| as usual| as always| once again| yet again)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(then|now|go on|and then|go ahead and|just) tell me (that )?(\w+ ){1,3}(aren['’]?t|isn['’]?t|are not|is not|weren['’]?t|ain['’]?t|don['’]?t|do not)\b | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:dehumanise: "the weeds of society", pull one out and more sprout
re:\b(the )?(weeds|cancer|rot|vermin|parasites|termites|cockroaches|rats|lice|leeches|plague|scourge|mould|mold|fungus|tumou?rs?|disease|infection|pests|locusts|maggots|sewer rats|bottom[- ]feeders|cesspit) of (society|humanity|the earth|the world|mankind|this country|the country|the nation|civili[sz]ation|the planet|britain|england|our (society|country|nation|town|streets|city|communities))\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(pull|pluck|kill|cut|squash|stamp on|swat|get rid of|remove|take) (one|one of them) (out|down|off)?,? (and|then) (two|three|four|five|ten|a dozen|a hundred|twenty|more|another|two more|three more|ten more) (more )?(sprout|sprouts|grow|grows|pop up|pops up|spring up|springs up|appear|appears|come|comes|show up|take its place|take their place|crawl out)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bbelong (behind|in|inside|in a|in the|behind a|behind the)( \w+)? (fences?|bars|wire|barbed wire|cages?|zoos?|camps?|kennels?|pens?|enclosures?|compounds?|a ghetto|ghettos|the gutter|the sewer)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- harassment of non-protected groups and persons: string them up, knocking them out, run him over, banned from breeding
re:\b(string|strung|stringing|strings) (\w+ ){1,5}up (from|on|by|off)\b | pred:violence | 0.9 | violence_group | severe
re:\bfrom the nearest (lamppost|lamp post|lamp-post|tree|oak|gallows|bridge|beam|streetlight|street light|crane)\b | pred:violence | 0.95 | violence_group | severe
re:\b(people|folk|folks|ones|those|everyone|things|the ones)( i['’]?d| i would| i wanna| i want to| i['’]?d happily| i['’]?d gladly) (throw|push|feed|toss|launch|drop|chuck|yeet|kick|shove) (in|into|off|to|from|down|out of) (a|the|an) (volcano|sea|ocean|shark tank|woodchipper|wood chipper|cliff|lake|sun|bin|furnace|pit|well|meat grinder|blender|river|plane|airlock)\b | pred:violence | 0.9 | violence_group | severe
re:\b(i['’]?m|im|i am|i will|i['’]?ll|ill|i['’]?m gonna|i['’]?m going to|we['’]?re|we will|we['’]?ll|i['’]?d|i would|i swear i['’]?ll|i swear i will|imma|ima)( \w+)? (knocking|knock|sparking|spark|laying|lay) (them|em|him|her|you|u|the lot|every one of them|one of them|that \w+|the \w+)( \w+)? (out|spark out|clean out|cold|flat out|unconscious|into next week)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(i['’]?m|im|i am|i will|i['’]?ll|ill|i['’]?m gonna|i['’]?m going to|we['’]?re|we will|we['’]?ll|i['’]?d|imma|ima)( \w+)? (decking|deck|flooring|battering|batter|leathering|leather|twatting|glassing|glass|bottling|headbutting|headbutt|lamping|chinning|sucker punching|sucker punch|kicking the shit out of|kick the shit out of|beating the shit out of|beat the shit out of|smashing|smash|battering) (them|em|him|her|you|u|the lot|every one of them|one of them)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(someone|somebody|some1|sum1|anyone|anybody|we|they|u|you|people|the lads)( really| honestly| seriously)? (should|needs to|need to|ought to|oughta|gotta|has to|have to|must) (run|mow|plough|plow)( \w+){1,3} (over|down)\b | pred:violence | 0.85 | violence_group | severe
re:\b(someone|somebody|some1|sum1|anyone|anybody)( really| honestly| seriously| just)? (should|needs to|need to|ought to|oughta|gotta|has to|must) (run|mow|plough|plow) (\w+ ){1,2}(over|down)( with| in| outside| at| on| when|\s*[.!]|\s*$)\b | harassment | 0.8 | wish_harm | severe
re:\bget (these|those|them|em|the|all the|all these|all those|this|that|rid of the|rid of these|rid of all)( \w+){0,3} (out of|off) (my|our|the) (feed|timeline|tl|fyp|for you page|country|street|streets|town|school|sight|face|area|neighbou?rhood|server|group|chat|thread|comments|replies|league|game|team|club|island|land|city|village|estate|workplace|office|uni|university)\b | pred:exclude | 0.8 | exclusion_group
# "PSA:" opening a generalisation about a group is no warning against abuse
re:\bpsa\W{1,3}(all |the |those |these |most |every )?\w+( \w+)? (are|is|r|will|can['’]?t|cannot|never|always|have|all)\b | allow
re:\b(banned|barred|stopped|prevented|forbidden|prohibited|blocked) from (breeding|reproducing|having (kids|children|babies)|procreating|multiplying|spawning)\b | pred:exclude | 0.85 | exclusion_group
re:\b(sterili[sz]ed|neutered)\b | pred:violence | 0.75 | violence_group | severe
re:\b(lying|cheating|thieving|two[- ]faced|backstabbing|back[- ]stabbing|sneaky|dirty|filthy|scheming|conniving|manipulative|disgusting|greasy|pathetic|talentless|worthless|spineless|slimy|sleazy|vile|gutless|useless)(,| and|, and)? (lying|cheating|thieving|two[- ]faced|backstabbing|sneaky|dirty|filthy|scheming|conniving|manipulative|disgusting|greasy|little|slimy|pathetic|talentless|useless|worthless|spineless|fat|ugly|sleazy|vile|gutless|old)(,| and|, and)?( little| old| fat| ugly| greasy| slimy| sleazy)? (rat|snake|creep|fraud|scumbag|bastard|weasel|pig|worm|loser|slimeball|sleazebag|liar|cheat|git|toerag|ratbag|rat bag|prick|sleaze|sleazeball|toad|hack|charlatan|con artist|conman|leech|parasite|tosser|wanker|twat|cow|bitch)s?\b | harassment | 0.7 | insult_at_person |

# ---- a thing, not a person: "this printer can go to hell"
re:\b(this|that|my|the|our|your|stupid|bloody|fucking|damn|effing|sodding|piece of shit|useless|cheap|crappy|shitty)( \w+){0,2} (printer|laptop|router|kettle|phone|hoover|controller|toaster|car|coffee machine|computer|pc|wifi|wi-fi|internet|app|game|update|software|weather|traffic|bus|train|microwave|fridge|washing machine|tv|telly|remote|keyboard|mouse|headphones|charger|battery|alarm|alarm clock|oven|dishwasher|vacuum|machine|website|server|console|xbox|playstation|ps5|monitor|tablet|ipad|iphone|android|boiler|printer ink|scanner|modem|engine|code|compiler|spreadsheet|excel|windows|operating system|hairdryer|blender|lawnmower|bike|satnav|sat nav|smart speaker|alexa|siri|autocorrect|algorithm|vending machine|ticket machine|self[- ]checkout|parking meter|fax machine) (can|should|could|may|will)( all| just| kindly| officially)? (go to hell|get fucked|fuck off|piss off|die|rot|burn|go die|do one|get in the bin|go in the bin|sod off|bugger off|eat shit|rot in hell|burn in hell)\b | allow

# ---- derog_impl: recurring stereotype frames (hiring "so realistically not X", "just not one of those",
# don't leave your bike out, N% more break-ins, can't say the same for, scare-quoted virtues,
# rather my daughter didn't bring one home, will outnumber us, can actually read, extra vetting)
re:\b(so realistically|realistically|so basically|basically|so ideally|ideally|preferably|so obviously|so yeah|i\.e\.|ie|read|translation|in other words|meaning|so that means|which means|so that['’]?s a)\W{0,3} (not|no) (any )?\b | pred:exclude | 0.75 | exclusion_group
re:\b(must be|should be|looking for|seeking|wanted|applicants must be|candidates must be|ideal candidate is)\b.{0,60}\b(so|i\.e\.|meaning|which means|aka|basically|realistically)( realistically| basically)?,? (not|no)\b | pred:exclude | 0.8 | exclusion_group
re:\bjust not (one of (those|them|these|that lot|their lot|your lot)|any of (those|them|these))\b | pred:exclude | 0.8 | exclusion_group
re:\b(marry|date|bring home|hire|rent to|vote for|befriend|be friends with|go out with|sleep with|move in with) (anyone|anybody|whoever|who ever|who you want|who you like)( you (want|like|please|fancy))?,? (just |but |only )?(not|except|as long as (it['’]?s|they['’]?re) not)\b | pred:exclude | 0.8 | exclusion_group
re:\b(don['’]?t|do not|dont|never|better not|wouldn['’]?t|would not|i wouldn['’]?t|maybe don['’]?t|best not)( \w+)? leave (your|ur|the|any|yer)( \w+)? (bikes?|car|cars|stuff|things|valuables|bags?|doors?|windows?|kids|washing|phone|tools|shoes|garden furniture|van|handbag|purse|wallet|scooter|pram|parcels?) (out|unlocked|open|lying around|outside|unattended|about|on show|in the car)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(\d+ ?%|\d+ percent|twice as many|three times as many|double the|triple the|way more|far more|a lot more|loads more|more) (more )?(break[- ]ins|burglaries|crime|crimes|robberies|muggings|thefts|stabbings|rapes|assaults|car thefts|shoplifting|vandalism|violence|knife crime|antisocial behaviou?r|anti[- ]social behaviou?r|fly[- ]tipping|litter|noise complaints)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(i['’]?m|im|i am) (just|only|simply|merely) (sharing|stating|posting|quoting|saying|reporting|pointing out|showing) (the )?(numbers|facts|stats|statistics|data|figures|truth)\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(can['’]?t|cannot|cant|couldn['’]?t|can never|could never|wish i could|won['’]?t) say the same (for|about|of)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bthe ["“'‘](hard[- ]working|hardworking|peaceful|tolerant|law[- ]abiding|honest|clean|civili[sz]ed|educated|skilled|highly skilled|vibrant|diverse|oppressed|persecuted|innocent|genuine|desperate|vulnerable|loving|friendly|decent|respectable|moderate|integrated|grateful|gentle|harmless|poor|lovely|wonderful|brave|talented|qualified)["”'’] \w+ | pred:attribute | 0.75 | negative_attribute_group
re:\b(never|don['’]?t ever|somehow never|rarely|hardly ever|never ever|none of them ever)( seem| seems)? (to )?(have|hold|find|keep|get|do|want|hold down) (a|any|an honest|a real|a proper|a steady|one|an actual)( \w+)? (job|jobs|day['’]?s work|day of work|work)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(i['’]?d|i would|we['’]?d|we would|i['’]?d much|i['’]?d far)( much| far)? (rather|prefer) (my|our) (daughter|son|kids|children|sister|brother|girl|boy|niece|nephew|grandkids|grandchildren|family)s? (didn['’]?t|did not|never|not|wouldn['’]?t|doesn['’]?t|don['’]?t) (bring|date|marry|brought|dated|married|go out with|see|hang out with|play with|befriend|mix with|sit next to|go to school with)\b | pred:exclude | 0.8 | exclusion_group
re:\b(will|gonna|going to|soon|already|set to|about to|to|could|would|plan to|plotting to|trying to|want to)( \w+)? (outnumber|outbreed|out-breed|replace|overrun|outvote)( us| the natives| the locals| white people| the british| the english| the whites| our people| our kids| our children| the rest of us)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(have|having|pop out|popping out|breed|breeding|pumping out|churning out) (eight|nine|ten|twelve|\d+|a dozen|six|seven|loads of|hundreds of) (kids|children|babies|sprogs|brats) (each|apiece|a piece|per family|per woman|every year)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bwe (pay|paying|pay for|foot the bill|are paying) (for )?(every one of them|all of them|each of them|the lot|them all|their (kids|children|benefits|housing|everything))\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(who|that|which) (can|could|is able to|knows how to|managed to|manages to) actually (read|write|speak|drive|count|think|do|cook|work|spell|park|reverse|add up|string a sentence|hold|understand|follow|use|form)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(didn['’]?t|did not|never|wouldn['’]?t have) (think|thought|know|knew|realise|realize|expect|expected|believe|believed|imagine|imagined) (it was|that was|that['’]?s|they were|they could|it['’]?s|you lot were|your lot were|one of them could|one could|you could|any of them could|that) (possible|capable|able|allowed|a thing)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(have|has|had)? ?(started|start|been|keep|always|often|seen|begun) (hanging|loitering|lurking|prowling|congregating|hovering) (around|about|round|near|outside|by|at)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(problems|trouble|troubles|crime|issues|rot|decline|mess|stabbings|robberies|break[- ]ins|muggings|burglaries|noise|litter)( all)? (only )?(started|began|kicked off|went up|rose|started rising|appeared|got worse|began rising) (the (year|day|month|week|minute|moment|summer|winter)|right when|just when|once|as soon as|right after|just after|the same (year|month|week|time))\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(will be|are|is|shall be) (subject to|required to (undergo|pass)|asked to undergo|put through) (additional|extra|enhanced|further|special|stricter|more|closer|heightened)( \w+)? (vetting|screening|checks|scrutiny|security checks|background checks|monitoring|questioning|searches|review)\b | pred:exclude | 0.8 | exclusion_group
re:\b(we['’]?ve|i['’]?ve|we have|i have|have been|we got|we['’]?ve all) (been )?(burned|burnt|stung|bitten|had|ripped off|robbed) (before|too many times|once too often|one too many times|enough times|in the past)\b | pred:attribute | 0.65 | negative_attribute_group
re:\bnot (racist|a racist|homophobic|sexist|a sexist|a bigot|bigoted|transphobic|islamophobic|antisemitic|anti[- ]semitic|prejudiced|xenophobic|ableist)( or anything| at all| in any way)?,? but\b.{0,50}\b(cross|crossed|crossing) (the )?(road|street|over)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- homonyms: faggots and mash, spic and span, a chink in anyone's armour, the golf town of Troon
re:\bfaggots?,?( and| &| n| 'n'| with| in| on| n['’])? (mash|mashed|peas|chips|gravy|onion gravy|mushy peas|potatoes|spuds|onions|veg|toast|a bap)\b | allow
re:\b(pork|beef|lamb|liver|brain|brains|homemade|home[- ]made|baked|frozen|butcher['’]?s|mr brain['’]?s|traditional|welsh|black country) faggots?\b | allow
re:\bfaggots? (for|at) (tea|dinner|supper|lunch)\b | allow
re:\bspic (and|&|n|'n'|n['’]) span\b | allow
re:\bchinks? in (\w+['’]s?|the|his|her|their|its|my|our|your|an|a|this|that)( \w+)? (armou?r|defen[cs]es?|argument|plan|logic|story|game|shield|wall|case|reasoning|theory|strategy|backline|midfield|lineup|line-up|squad|record)\b | allow
re:\b(to|in|at|from|near|visit|visiting|visited|off to|heading to|play|playing|played|golf at|golf in|royal|via|round|around|trip to|weekend in|holiday in|holidays in|staying in|open at|the open at) troon\b | allow
re:\btroon (golf|harbour|beach|station|ferry|open|links|town|championship|marina|high street|academy)\b | allow

# ---- slurs read as people: said of someone ("the neighbours are X", "my manager's a X", "imagine being a X")
re:\b(they|neighbou?rs|people|folks|guys|lads|girls|women|men|kids|players|fans|tenants|students|teachers|staff|customers|all|these|those|them|you lot|new lot|family|families|parents|colleagues|coworkers|flatmates|housemates|drivers|workers)( are| were| are all| were all| are just| are such| are bloody| are fucking| are a bunch of| are a load of| r) | ctx:people
re:\b(he|she|hes|shes|manager|boss|driver|neighbou?r|teacher|ex|mate|friend|cousin|brother|sister|colleague|co-?worker|landlord|landlady|waiter|waitress|guy|bloke|lad|girl|woman|man|kid|son|daughter|dad|mum|mom|husband|wife|boyfriend|girlfriend|partner|referee|ref|player|coach|tenant|customer|cashier|barber|doctor|nurse|student|flatmate|roommate|housemate|uncle|aunt|lecturer|keeper|striker|host|presenter|contestant|streamer|uber driver|cabbie|postman|plumber|builder|receptionist|sales ?man|officer)(['’]s| is| was| is such| was such| is just| was just| is literally| was literally| is a total| was a total| is a right| was a right)( such)? an? | ctx:people
re:\b(imagine being|fancy being|why be|never be|rather die than be|wouldn['’]?t be caught dead being|imagine) an? | ctx:people
typical                    | ctx:people

# ---- counter-speech: never once thought it, nobody here will ever say it, nothing wrong about them, the way people talk about
re:\b(i['’]?ve|i have|i|we['’]?ve|we have|we|i had|i['’]?d)( never| never once| never ever| not once| never for a (second|moment)| never for one second)( once)? (thought|believed|said|felt|claimed|agreed|suggested|considered|assumed|called)\b | ctx:counter
re:\b(i['’]?m|im|i am|we['’]?re|we are) not (about|going|gonna) to start\b | ctx:counter
re:\b(nobody|no one|noone|no-one|none of us|not one of us)( in this (house|family|home|household|group|club|team|school|town|office|street|class)| here| under (my|this) roof| i know)? (will|would|should|shall|is going to|is gonna|is allowed to|gets to|can)( ever)? (say|think|believe|claim|suggest|agree|pretend|joke)\b | ctx:counter
re:\bnot (under|in) (my|this|our) (roof|house|home|watch|classroom|pub|shop|name)\b | ctx:counter
re:\b(there['’]?s|there is|there was|is|was|absolutely|literally|genuinely)? ?nothing (disgusting|wrong|bad|dirty|shameful|evil|scary|dangerous|weird|unnatural|sinful|gross|vile|inferior|lesser|strange|abnormal|sick|creepy|threatening|suspicious|criminal|lazy|stupid) (about|with|in) (being )?\b | ctx:counter
re:\b(can['’]?t stand|cannot stand|hate|i hate|sick of|tired of|fed up with|disgusted by|appalled by|angry at|ashamed of|don['’]?t like|can['’]?t bear|cannot bear|hate seeing|hate hearing) (the way|how) (people|some people|others|everyone|folk|folks|they|the media|the press|politicians|society|this country|you lot|the tabloids|the papers|the news|certain people|my family|my colleagues) (talk|speak|treat|write|go on|think|look at|describe|portray|refer to|behave towards|act towards|joke|tweet|post)( about| to| of)?\b | allow
re:\b(can['’]?t stand|cannot stand|hate|i hate|sick of|tired of|fed up with|disgusted by|appalled by|angry at|ashamed of|don['’]?t like|can['’]?t bear|cannot bear|hate seeing|hate hearing) (the way|how) (people|some people|others|everyone|folk|folks|they|the media|the press|politicians|society|this country|you lot|the tabloids|the papers|the news|certain people|my family|my colleagues) (talk|speak|treat|write|go on|think|look at|describe|portray|refer to|behave towards|act towards|joke|tweet|post)( about| to| of)?\b | ctx:counter

# ==== sixth round: families from the misses of tests/tuning_suites_f
# ---- pred:threat: in the ground, a weapon with your name on it, at your door, sent back in a box
re:\b(put|putting|puts|personally put)( \w+){1,4} (in the ground|six feet under|in an early grave|in (a|the) (grave|coffin|body bag|morgue))\b | pred:threat | 0.9 | threat_violence | severe
re:\b(bat|bullet|knife|blade|machete|brick|crowbar|hammer|bottle|noose|rope|shotgun|gun|cartridge|shell|axe|petrol can|baseball bat)( \w+){0,5} with (your|ur|yer|ya|their|his|her|yo) names? on (it|them)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(we|i|they|the lads|the boys)( will|['’]ll| are gonna|['’]re gonna| are going to|['’]re going to| will soon|['’]ll soon) be (at|outside|knocking on|banging on|kicking in|round) (your|ur|yer|their|his|her) (door|doors|doorstep|doorsteps|house|houses|home|homes|front door|front doors|windows?|gate|place)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(one|some) (morning|night|day|evening)( soon)? (you|u|they|youll|you['’]?ll|they['’]?ll)( will)? wake up and\b | pred:threat | 0.6 | threat_violence | severe
re:\b(send|sending|sent|ship|shipping|shipped|post|posting)( \w+){1,6} (back|home)( \w+){0,5} in (a box|boxes|a body bag|body bags|a coffin|coffins|pieces|bits|a bin bag|bin bags)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(getting|gets|get|gonna get|going to get|will get|['’]ll get|is getting|are getting|['’]s getting|['’]re getting) (taught|given) a (proper |real |hard |harsh |painful |good |little |lasting |serious )?lesson\b | pred:threat | 0.8 | threat_violence | severe
re:\blesson (they|he|she|you|u|none of them|nobody|no one)( will|['’]ll)? (won['’]?t|wont|will never|never|will not|['’]?ll never|can['’]?t|cannot|ain['’]?t gonna) (walk away from|get up from|come back from|survive|walk off|limp away from|recover from|forget|live down|live through|wake up from)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(any|every|each)( \w+){1,3} (still out|still around|out|seen|caught|found|left|hanging around|walking)( \w+){0,4} (gets|get|will get|['’]ll get|gonna get|is gonna get|is getting) (dealt with|sorted|sorted out|taken care of|handled|done in|what['’]s coming|battered|leathered|a kicking|a beating)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(tonight|this weekend|tomorrow night|on saturday|on friday) (we['’]re|we are|we['’]ll be|we will be|the lads are|the boys are) (cleaning up|clearing out|sorting out|taking back|purging) (the|our|this|my) (estate|streets?|area|neighbou?rhood|town|road|block|park)\b | pred:threat | 0.8 | threat_violence | severe
re:\b(is|are|['’]s|['’]re|will be|['’]ll be|gonna be|going to be) (leaving|going home|coming out|getting carried out|being carried out|carried out|going out) (in|on) (an ambulance|a stretcher|a body bag|body bags|a coffin|coffins|pieces|a box|a wheelchair)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(get|gets|getting|got|give (them|em|him|her|you|u)|giving (them|em|him|her|you|u)|deserve|deserves|need|needs|want to see (them|em|\w+( \w+)?) get) a (proper |good |real |right |severe |serious |sound |savage |brutal |massive |fucking |bloody |good old )?(beating|kicking|hiding|thrashing|battering|pasting|leathering|doing over|shoeing)\b | pred:threat | 0.85 | threat_violence | severe
re:\bgive( \w+){1,3} a (slap|smack|punch|kicking|beating|good hiding|hiding|thump|clout|wallop|slapping|battering|shoeing|right hook|few slaps|good slap|proper slap)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(torch|torches|torching|firebomb|firebombs|firebombing|petrol[- ]bomb|petrol[- ]bombing)( a few| a couple of| some| all( of)?| the| those| these| them| em| every| any)\b | pred:violence | 0.85 | violence_group | severe
re:\b(nobody|no one|noone|no-one)( will|['’]ll| would|['’]d| is gonna| is going to)( ever)? (cry|shed a tear|weep|mourn|miss them|bat an eye|bat an eyelid|care)\b | pred:violence | 0.7 | violence_group
re:\b(get|gets|getting|got|gonna get|going to get|will get) (what['’]?s|what is|what was) coming( to (them|em|him|her|you|u))?\b | pred:threat | 0.85 | threat_violence | severe
re:\b(better|best|should|had better|['’]d better) watch (out|their backs?|your backs?|ur back|yourselves|themselves|their step|your step)\b | pred:threat | 0.75 | threat_violence | severe
re:\b(gets?|got|getting|get) rid of( \w+){1,3} (for good|once and for all|permanently|for ever|forever|for real)\b | pred:violence | 0.85 | violence_group | severe
re:\b(whoever|anyone who|anybody who|the (man|person|guy|one|government|party) (who|that)|whichever)\b.{0,60}\b(deserves?|gets?|should get|would get|will get) (a|an|the) (medal|knighthood|statue|award|nobel prize|prize|pat on the back|peerage)\b | pred:violence | 0.85 | violence_group | severe
re:\b(gas|nuke|shoot|hang|exterminate|execute|drown|burn|lynch|bomb|cull|string up|wipe out)( \w+){1,3} and be done with (it|them|em)\b | pred:violence | 0.95 | violence_group | severe
re:\b(would|should|could|will|ought to|need to|needs to|must|to|gonna|going to)( just| simply| finally)? (gas|exterminate|lynch|string up|cull)( all| the| those| these| them| em| every| a few| some| \w+ \w+s?)\b | pred:violence | 0.85 | violence_group | severe
re:\b(strung|string|stringing|strings) (up|them up|em up|the lot up)\b | pred:violence | 0.85 | violence_group | severe
re:\bdragged (out|off|away|into the street|into the streets)( \w+){0,3} and (strung up|shot|hanged|hung|beaten|lynched|burned|burnt|stoned|killed|executed|gassed)\b | pred:violence | 0.9 | violence_group | severe
re:\b(shut|silence|silenced|shutting|silencing) (them|em|him|her|you|u|\w+) (up )?(permanently|for good|forever|for ever|once and for all)\b | pred:violence | 0.85 | violence_group | severe
re:\b(will|['’]ll|finally|let (them|em)|hope (they|them)|deserve to|should|can|might)( finally| just| all)? (starve off|starve to death|starve|die off|drop dead|croak|perish)\b | pred:violence | 0.85 | violence_group | severe

# ---- harassment of a named person: watch your back, what happens to grasses, pathetic excuse for a human, vile person
re:\bwatch (their|your|ur|his|her|yer|yo) backs?\b | harassment | 0.75 | threat_violence | severe
re:\b(find out|see|learn|know|remember) what happens to (grasses|snitches|rats|grassers|people like (you|u|that|them|him|her)|those who|anyone who|folk who|people who|nosy people|troublemakers|big mouths|mouthy)\b | harassment | 0.85 | threat_violence | severe
re:\b(pathetic|sorry|poor|sad|miserable|worthless|useless|disgusting|vile|shit|shitty|waste of an) excuses? (for|of) (a|an) (human|human being|person|man|woman|adult|parent|mother|father|friend|boyfriend|girlfriend|husband|wife|teacher|boss|manager)\b | harassment | 0.8 | insult_at_person
re:\b(vile|odious|loathsome|despicable|repulsive|revolting|wretched|horrid|hateful|poisonous|toxic|nasty|horrible|evil),? ((vile|odious|loathsome|despicable|repulsive|revolting|wretched|horrid|hateful|poisonous|toxic|nasty|horrible|evil|little|old),? )?(person|human being|individual|creature|piece of work|woman|man|cow|git)\b | harassment | 0.75 | insult_at_person
re:\b(could|would|can|enough to|might) (curdle milk|curdle (the )?milk|sour milk|stop a clock|crack a mirror|turn milk sour|peel paint|strip paint)\b | harassment | 0.7 | insult_at_person

# ---- pred:emotion: how much I abhor them, the more I loathe, what a bunch of
re:\bhow much (i|we) (abhor|loathe|detest|despise|hate|can['’]?t stand|cannot stand|resent|dread|can['’]?t bear|cannot bear)\b | pred:emotion | 0.95 | hate_emotion_group
re:\bthe more (i|we) (abhor|loathe|detest|despise|hate|resent|can['’]?t stand)\b | pred:emotion | 0.95 | hate_emotion_group
re:\bwhat a (bunch|pack|load|lot|gang|shower|band|herd|troop|horde|crowd|nest|set) of (shit[- ]?stains|shitstains|scumbags|scum|wankers|cunts|pricks|twats|bellends|tossers|arseholes|assholes|filth|vermin|animals|savages|degenerates|freaks|subhumans|parasites|cockroaches|rats|maggots|pigs|apes|monkeys|clowns|losers|idiots|morons|retards|mongs|weirdos|perverts|lowlifes|wasters|scroungers|thugs|creeps|knobheads|dickheads|fuckwits|muppets|plonkers|numpties)\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(shit[- ]?stains|shitstains|lowlifes|low[- ]lifes)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bi (find|found|consider|think of) (them|em|\w+( \w+)?) (creepy|unhinged|deranged|sinister|untrustworthy|dangerous|pathetic|contemptible|despicable|degenerate|subhuman|inferior|freakish|twisted|sick|creeps|freaks|weirdos|perverts|dirty|filthy|scary|frightening|off[- ]putting|menacing)\b | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:attribute: spineless frauds, intellectually stunted, nothing but chancers, filthiest neighbours going
re:\b(spineless|gutless|two[- ]faced|sly|greedy|light[- ]fingered|sticky[- ]fingered|sneaky|shifty|slimy|snivelling|sniveling|cowardly|bent|crooked|thick|devious|deceitful|grasping|thieving|work[- ]shy|feckless|shiftless|useless),? (and )?(spineless|gutless|two[- ]faced|sly|greedy|light[- ]fingered|sticky[- ]fingered|sneaky|shifty|slimy|snivelling|cowardly|bent|crooked|thick|devious|deceitful|grasping|thieving|work[- ]shy|feckless|shiftless|frauds?|liars?|chancers?|cowards?|crooks?|cheats?|thieves|wasters?|scroungers?|spongers?|layabouts?)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(light[- ]fingered|sticky[- ]fingered|gutless|spineless|work[- ]shy|feckless|shiftless|chancers)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(intellectually|mentally|morally|emotionally|culturally|socially|genetically|evolutionarily|cognitively) (stunted|inferior|deficient|retarded|backward|defective|subnormal|underdeveloped|crippled|bankrupt|primitive|incapable)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bnothing but (\w+[, ]+){0,4}(chancers|thieves|crooks|criminals|scroungers|spongers|parasites|leeches|liars|layabouts|wasters|scum|vermin|animals|savages|trouble|thugs|beggars|junkies|druggies|frauds|cheats|perverts|degenerates|freaks|rapists|terrorists|gangsters|dealers|crooks|pests|rats)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(the )?(filthiest|dirtiest|smelliest|laziest|nastiest|rudest|loudest|worst|greediest|thickest|stupidest|dumbest|ugliest|vilest|scummiest|sneakiest|noisiest|scruffiest|most disgusting|most useless|most vile|most dishonest|most violent|most dangerous|most selfish|most ignorant) (neighbou?rs|people|tenants|drivers|workers|colleagues|customers|parents|humans|creatures|lot|bunch|group|employees|students|citizens|immigrants|specimens)( going| around| alive| on (earth|the planet)| in the world| ever| you['’]?ll ever meet| i['’]?ve ever (met|seen|known|had))\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(stab|stabs|stabbing|knife|knifes) (you|u|us|people|everyone|anyone|their (friends|mates|neighbou?rs|hosts)|each other) in the back\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(rot|rots|rotting|rotted|poison|poisons|poisoning|corrode|corrodes|eat|eats|destroy|destroys|hollow|hollows|ruin|ruins)( it| them| us| everything| society| the country| the place| the (club|school|team|party|church|company|community|nation|town|street))?( out)? from (the )?(inside|within)( out)?\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(rot|rots|poison|poisons|infect|infects|taint|taints) everything\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(ruin|ruins|spoil|spoils|wreck|wrecks) everything (they|it|he|she) (touch|touches|go near|goes near)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(those|these|them|such|bunch of|pack of|load of|gang of|herd of) (freaks|weirdos|perverts|degenerates|deviants|nutters|lunatics|psychos|subhumans|savages|vermin|parasites|creeps|sickos|nonces|groomers|lowlifes|scumbags)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(absolute|total|complete|utter|fucking|bloody|filthy|sick|dirty|disgusting) (perverts|degenerates|deviants|freaks|weirdos|sickos|nonces|groomers|animals|savages|vermin|parasites|scumbags|lowlifes|creeps|nutters|psychos)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(smell|smells|smelt|smelled|stink|stinks|stank|reek|reeks|reeked|pongs|pong)( \w+)? (of|like) (a bin|bins|the bins|a skip|a landfill|a dump|a tip|a pigsty|a farmyard|a barn|a zoo|rotten \w+|piss|wee|urine|sweat|bo|sewage|a sewer|shit|crap|garbage|rubbish|trash|armpits|feet|curry|fish|cabbage|death|decay|a toilet|a drain|damp|mould|a kebab shop|a slaughterhouse)\b | pred:attribute | 1.0 | negative_attribute_group
re:\b(bunch|pack|load|shower|gang|band|herd|collection) of (brain[- ]?dead |brainless |useless |clueless |gormless |spineless |gutless |thick |dim |corrupt |bent |thieving |lying |greedy |talentless |incompetent |overpaid )?(clowns|idiots|morons|muppets|donkeys|crooks|thieves|liars|frauds|cheats|parasites|leeches|wasters|numpties|halfwits|cretins|imbeciles|losers|jokers|cowards|chancers|bottlers|wankers|tossers|bellends|cunts|pricks|twats|scumbags)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(as )?(bent|crooked|corrupt|twisted) as (a|an|the) ((nine|ten|three|seven)[- ]bob note|\w+ (note|bob note|hook|corkscrew|paperclip|banana)|corkscrew|hook|paperclip|banana|butcher['’]?s hook|dog['’]?s hind leg|pretzel|country lane|nine[- ]pound note|three[- ]pound note|three[- ]dollar bill)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(parasites|leeches|scum|crooks|thieves|liars|vermin|animals|savages|clowns|idiots|morons|frauds|cheats|wasters|scroungers|bloodsuckers|vultures|snakes|rats|pigs|cowards|useless|trash|garbage|filth|perverts|degenerates|crooked|bent|corrupt|thick|greedy|gutless|spineless|lazy|dirty|filthy|evil|vile),? (the lot( of (them|em|you))?|every (last |single )?one( of (them|em))?|all of (them|em)|the whole lot( of (them|em))?|to a man|each and every one( of (them|em))?)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(born|inherently|innately|naturally|fundamentally|biologically) (defective|broken|evil|inferior|stupid|criminal|criminals|deficient|flawed|twisted|degenerate|subhuman|wicked)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(which|who|what)( is|['’]s) (dirtier|filthier|smellier|worse|more disgusting|uglier|more vile|lazier|dumber|stupider|more useless|more dangerous|thicker|nastier|grosser|more annoying),? (a|an|the) (sewer|rat|pig|cockroach|roach|toilet|dog|bin|dump|monkey|landfill|skunk|animal|goat|plague|disease|virus|parasite|rock|brick|potato|slug|maggot|sewer rat|pigsty|cesspit|tapeworm|leech|donkey|cow)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(dirtier|filthier|smellier|worse|more disgusting|uglier|more vile|lazier|dumber|stupider|more useless|thicker|nastier) than (a|an|the|any) (sewer|rat|pig|cockroach|roach|toilet|bin|dump|landfill|skunk|plague|disease|virus|parasite|slug|maggot|sewer rat|pigsty|cesspit|tapeworm|leech)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(get|gets|allowed|permitted|got|be allowed|are allowed) to (walk|walk around|live|act|go around|be treated|parade around|pass as|pass themselves off|be seen|behave|carry on) (like|as) (normal|real|proper|regular|ordinary|decent|actual) (humans|people|human beings|citizens|members of society|persons)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\bsince when (did|do|does|were|are|is|have) (we|they|you|people|society|the government|this country)( \w+)? (decide|decided|let|allow|allowed|agree|agreed|say|accept|tolerate|start letting|start allowing|put up with)\b | pred:exclude | 0.75 | exclusion_group

# ---- pred:dehumanise: weeds choking the garden, woodworm in the timber
re:\b(are|is|['’]re|were|like|just|nothing but) (weeds|a weed|woodworm|termites|dry rot|a blight|a fungus|mould|mold|a tumou?r|knotweed|japanese knotweed|bindweed|ivy|moss|algae|bacteria|germs|a rash)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bweeds? (choking|strangling|smothering|overrunning|taking over|spreading through|spreading across|in (a|the|our) (garden|lawn|flowerbed))\b | pred:dehumanise | 0.85 | dehumanising_group
re:\blike (woodworm|termites|dry rot|knotweed|japanese knotweed|bindweed|mildew|a blight|bedbugs|bed bugs|nits|head lice)\b | pred:dehumanise | 0.9 | dehumanising_group

# ---- stereotype frames: no pets no smokers, lock your doors, things go missing, collecting benefits, the taxpayer's bill
re:\bno (pets|dogs|smokers|dss|children|kids|students|benefits|sharers|couples|parties),? no (pets|dogs|smokers|dss|children|kids|students|benefits|sharers|couples|parties)\b | pred:exclude | 0.9 | exclusion_group
re:\block (your|ur|the|yer|yo) (car |front |back )?doors\b | pred:attribute | 0.75 | negative_attribute_group
re:\bkeep (your|ur|the|yer|yo) (kids|children|little ones|daughters|sons|family|wallets?|purses?|valuables) (close|closer|inside|indoors|away|in|locked up|safe)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(something|stuff|things|money|anything|phones?|wallets?|bikes?|tools|cash|purses?) (goes|go|went|has gone|have gone|gone|going|starts going|start going) (missing|walkabout)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(hard[- ]working|hardworking|hard at work|experts?|professionals?|talented|skilled|busy) at (collecting|claiming|scrounging|sponging|stealing|begging|breeding|lying|complaining|doing nothing|milking|fiddling|dodging|pickpocketing|shoplifting|fleecing)\b | pred:attribute | 1.0 | negative_attribute_group
re:\b(infections|diseases?|outbreaks?|crimes?|rapes?|stabbings|muggings|burglaries|robberies|the virus|hiv|aids|stds?|cases) (come|comes|came|coming|are coming|originate|originates|start|starts) from\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(taxpayers?|the taxpayer|the public purse|the council|the state|the nhs|the welfare state) (gets|get|foots|pays|pay|picks up|is left with|gets stuck with|gets handed|foot|covers|cops|is landed with)( another| the| a| yet another)? (invoice|bill|tab|cost|bills)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(can['’]?t|cannot|can never|will never|won['’]?t ever|never|couldn['’]?t) (hand|give|buy|teach|make|grant|issue) (them|em|those people|these people|their kind|that lot) (loyalty|patriotism|decency|manners|honesty|class|culture|civili[sz]ation|integrity|morals|brains|values|a conscience)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(won['’]?t|can['’]?t|cannot|will never|wont|don['’]?t|never|couldn['’]?t) (follow|understand|keep up with|grasp|learn|get) (the lesson|lessons|it|anything|a word)( anyway| regardless| either)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(seat|sit|put|stick|keep) (the|them|those|these|all the)( \w+){0,2} (at|in) the back\b.{0,30}\b(won['’]?t|can['’]?t|cannot|never|don['’]?t|kinder|better|anyway)\b | pred:attribute | 0.75 | negative_attribute_group

# ---- negated worth: not one of them has an ounce of, wouldn't trust, nobody would hire, never see them contributing
re:\b(not one|not a single one|not a single|not one single one|not even one) of\b | ctx:denial
re:\b(has|have|had|has had|have had|has ever had|have ever had|show|shown|showed|shows|possess|possesses|displayed|display)( ever)? (an|a|one|the slightest|the smallest) (ounce|shred|scrap|grain|iota|speck|trace|sliver|modicum|bit|drop|hint|atom|crumb) of (honesty|decency|shame|integrity|morals|morality|empathy|humanity|intelligence|kindness|loyalty|compassion|respect|class|dignity|sense|common sense|brains|manners|self[- ]respect|conscience|remorse|gratitude|hygiene|humility|talent|goodness|intellect|honou?r|culture|sense)\b | pred:worth | 0.85 | negative_attribute_group
re:\b(wouldn['’]?t|would not|wouldnt|would never|won['’]?t|will not|could never|couldn['’]?t|could not|i['’]?d never|id never|i['’]?d not|not gonna|never gonna)( ever| even)? trust\b | pred:attribute | 0.8 | negative_attribute_group
re:\btrust( \w+){1,3} to (look after|mind|feed|water|walk|boil|run|watch) (a|an|my|the|your) (goldfish|hamster|plant|cactus|kettle|egg|bath|bath|dog|cat|pet rock|parking space|bin|shoelaces|shoelace|raffle|piss-up|piss up|sandwich)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(nobody|no one|noone|no-one|no employer|no landlord|no sane person|no decent person|no business|no company)( in (their|his|her|his or her) right mind)? (would|will|should|could|is going to|is gonna)( ever)? (hire|employ|rent to|let to|date|marry|trust|vote for|promote|serve|work with|want to work with|sell to|house|let in|insure|lend to)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(contributing|achieving|adding|producing|creating|building|doing|giving|offering|bringing) (anything|something|much|a single thing|one thing|owt) (of value|worthwhile|useful|valuable|good|meaningful|positive|to society|of worth|of use|productive|decent)\b | pred:worth | 0.85 | negative_attribute_group
re:\bnever (once )?(have|had|did|do|would) (i|we)\b | ctx:negation
never once                 | ctx:negation

# ---- pred:exclude: ought to be locked up, banned from the planet
re:\b(ought to|should|must|need to|needs to|deserve to|deserves to|have to|has to|want them to)( all| just| really| honestly)? be (locked up|locked away|jailed|imprisoned|caged|rounded up|put away|put behind bars|thrown in jail|thrown in prison|interned|put in camps|sectioned|sterili[sz]ed|chemically castrated|castrated)\b | pred:exclude | 0.9 | exclusion_group
re:\b(banned|banish|banished|removed|kicked|thrown|wiped|erased|exiled|deported|ejected|expelled|launched|fired) (off|from|out of) (the planet|the earth|this earth|the face of the earth|existence|the world|this planet|the universe|the human race|the gene pool|society)\b | pred:exclude | 0.95 | exclusion_group

# ---- counter-speech: reporting what one is told, it's not a joke, made-up stats that make people hate, nobody should call
re:\b(i|we) (get|got|am|['’]m|was|were|keep getting|constantly get|often get|still get|regularly get|have been|['’]ve been) (told|called|asked if|asked why|shouted at|yelled at|abused|harassed)\b | ctx:counter
re:\b(it|this|that) (wears|wore|grinds|ground|gets|got) (you|me|us|people) down\b | ctx:counter
re:\b(it['’]?s|it is|its|that['’]?s|that is|thats|this is|this isn['’]?t|it isn['’]?t|that isn['’]?t) (not )?(a joke|banter|funny|a threat|harassment|incitement|hate speech)\b | ctx:counter
re:\b(make|making|makes|get|getting|stir|stirring|whip|whipping|stoke|stoking) (people|folk|everyone|others|us|the public|readers|voters) (to )?(hate|fear|despise|resent|turn on)\b | ctx:counter
re:\b(made[- ]up|fake|bogus|invented|fabricated|debunked|dodgy|cherry[- ]picked|misleading) ['‘’"]?(statistics|stats|figures|numbers|facts|studies|claims)\b | ctx:counter
re:\b(nobody|no one|noone|no-one|we shouldn['’]?t|you shouldn['’]?t|never|don['’]?t|do not|dont|stop|quit|please stop) (should )?(ever )?(call|calling|calls|label|labelling|labeling|describe|describing|refer to|referring to|compare|comparing)\b | ctx:counter

# ---- slurs read as people: rammed with, simping for, ban the; the female dog, reclaimed "us bitches", "sluts unite"
rammed with                | ctx:people
packed with                | ctx:people
heaving with               | ctx:people
full of                    | ctx:people
simping for                | ctx:people
simp for                   | ctx:people
simps for                  | ctx:people
ban the                    | ctx:people
ban all                    | ctx:people
ban all the                | ctx:people
banning the                | ctx:people
re:\b(sweetest|best|good|lovely|prettiest|finest|cutest|oldest|youngest|show|breeding|brood|champion|pedigree|best behaved|gentlest|first|old|young|spayed|unspayed)( little| old| young)? bitch (we['’]?ve|i['’]?ve|we|i|they['’]?ve|she['’]?s|he['’]?s)( ever)? (owned|had|bred|raised|trained|kept|shown)\b | allow
re:\b(dog|puppy|puppies|pups|litter|whelped|whelping|whelp|stud|kennel|breeder|crufts|labrador|spaniel|retriever|collie|terrier|greyhound|lurcher|whippet|beagle|husky)\b.{0,60}\bbitch\b | allow
re:\bbitch\b.{0,40}\b(litter|puppies|pups|whelped|whelping|in season|on heat|spayed|kennel club|crufts)\b | allow
re:\b(us|we|we['’]re|we are|all us|me and my fellow|my fellow|us fellow|fellow) (bitches|hoes|hos|sluts|baddies|girlies|whores)\b | allow
re:\b(sluts|bitches|dykes|queers|fags|hoes|whores|queens|girlies)( of the world)? unite\b | allow
re:\bslut ?walks?\b | allow

# ---- references back to a group and their negators: every single one, the lot; never once have I found
every single one           | grp:pronoun
each and every one         | grp:pronoun
the lot                    | grp:pronoun
re:\bnever (once|at any point|in my life) (have|had|did) (i|we) (found|considered|called)\b | ctx:counter
re:\b(i|we)( have| had|['’]ve|['’]d)? never (once )?(found|considered) (them|em|any of them|\w+ \w+|\w+) (to be )?(repulsive|disgusting|dirty|lazy|dangerous|violent|stupid|inferior|two[- ]faced|dishonest|creepy|untrustworthy|vile|evil|subhuman)\b | ctx:counter
# "PSA: if you see ..." opens a stereotype warning, not a warning against abuse
re:\bpsa\W{1,3}(if|when|whenever|once|anytime|any time) (you|u|ya) (see|spot|notice|meet|find|come across)\b | allow
re:\b(if|when|whenever|once|anytime|any time) (you|u|ya) (see|spot|notice|come across)\b.{0,60}\b(lock|hide|guard|hold on to|hold onto|keep an eye on|clutch|grab|watch|keep) (your|ur|yer|the) (doors|car doors|car|kids|children|daughters|wallets?|purses?|handbags?|bags?|valuables|pockets|phones?|bikes?|pets|dogs|wives)\b | pred:attribute | 0.95 | negative_attribute_group
