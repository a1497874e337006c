# English violent extremism: calls for violence against groups, praise of terrorist attacks and
# attackers, recruitment into violent groups. News about attacks should stay quiet: single words
# like "jihad", "isis" or "attack" are weak; praise and calls to act carry the weight.
@format 1
@lang en
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- incitement ----
re:\b(kill|murder|slaughter|exterminate|gas|behead|burn|hang|lynch|shoot|bomb|wipe out|eradicate|purge|cleanse) (all |every |each |the |those |these )+(\w+ )?(muslims|jews|christians|blacks|whites|gays|immigrants|migrants|refugees|arabs|asians|chinese|hindus|sikhs|infidels|kafirs|kuffar|apostates|crusaders|zionists|leftists|liberals|trannies|queers|foreigners|rohingya)\b | extremism | 0.9 | extremism_incitement | severe
re:\bdeath to (all )?(the )?(muslims|jews|christians|america|americans|israel|infidels|kafirs|kuffar|apostates|gays|blacks|whites|immigrants|arabs|hindus|the west|zionists|crusaders|traitors)\b | extremism | 0.75 | extremism_incitement | severe
re:\b(kill|behead|slaughter|fight) (the )?(infidels|kuffar|kafirs|apostates|crusaders|mushrikeen|murtads)\b | extremism | 0.85 | extremism_incitement | severe
re:\b(take up arms|pick up (a )?(gun|rifle|weapon)s?|grab your (guns|rifles|weapons)) (against|and (kill|fight|shoot))\b | extremism | 0.8 | extremism_incitement | severe
re:\b(it['’]?s|it is) time (to|for) (kill|start killing|shoot|exterminate|a race war|the day of the rope|holy war)\b | extremism | 0.85 | extremism_incitement | severe
re:\b(start|begin|need) (a |the )?(race war|holy war|civil war) (now|against)\b | extremism | 0.75 | extremism_incitement | severe
race war now      | extremism | 0.8 | extremism_incitement | severe
rahowa            | extremism | 0.85 | extremism_incitement | severe
day of the rope   | extremism | 0.75 | extremism_incitement | severe
gas the jews      | extremism | 0.95 | extremism_incitement | severe
gas the kikes     | extremism | 0.95 | extremism_incitement | severe
burn the mosque*  | extremism | 0.8 | extremism_incitement | severe
burn the church*  | extremism | 0.8 | extremism_incitement | severe
burn the synagogue* | extremism | 0.85 | extremism_incitement | severe
bomb the mosque*  | extremism | 0.85 | extremism_incitement | severe
re:\b(shoot up|bomb|attack|burn down|torch) (a |the |that |their )?(mosque|church|synagogue|temple|gurdwara|pride parade|gay bar|refugee (camp|centre|center|shelter))\b | extremism | 0.75 | extremism_incitement | severe
re:\b(they|them|traitors|politicians|journalists) (all )?(should|must|need to|deserve to) (hang|be hanged|be lynched|be executed|be shot|swing)\b | extremism | 0.6 | extremism_incitement |
re:\b(hang|lynch|execute) (all )?(the )?(traitors|politicians|journalists|liberals|leftists|communists)\b | extremism | 0.65 | extremism_incitement |
re:\b(ethnic|racial) cleansing (now|is (the answer|needed|necessary))\b | extremism | 0.85 | extremism_incitement | severe
final solution    | extremism | 0.35 | extremism_incitement | needs=group
re:\b(wage|declare|wage war|waging) jihad (on|against)\b | extremism | 0.7 | extremism_incitement | severe

# ---- glorification ----
hitler was right  | extremism | 0.8 | extremism_glorification | severe
hitler did nothing wrong | extremism | 0.85 | extremism_glorification | severe
heil hitler       | extremism | 0.8 | extremism_glorification | severe
sieg heil         | extremism | 0.75 | extremism_glorification | severe
white power       | extremism | 0.5 | extremism_glorification |
white pride world wide | extremism | 0.75 | extremism_glorification |
saint tarrant     | extremism | 0.95 | extremism_glorification | severe
st tarrant        | extremism | 0.9 | extremism_glorification | severe
saint breivik     | extremism | 0.95 | extremism_glorification | severe
saint roof        | extremism | 0.9 | extremism_glorification | severe
saint elliot      | extremism | 0.6 | extremism_glorification |
saint mcveigh     | extremism | 0.9 | extremism_glorification | severe
tarrant did nothing wrong | extremism | 0.95 | extremism_glorification | severe
supreme gentleman | extremism | 0.5 | extremism_glorification |
re:\b(tarrant|breivik|dylann roof|mcveigh|bin laden|baghdadi|zarqawi|al[- ]awlaki|elliot rodger|payton gendron|gendron|patrick crusius|crusius|imam samudra|amrozi|mukhlas)( \w+)? (is|was|remains|will always be) (a |an |my |our |the )?(true |real |great )?(hero|legend|saint|martyr|role model|inspiration|king|icon|based|right)\b | extremism | 0.85 | extremism_glorification | severe
re:\b(tarrant|breivik|dylann roof|mcveigh|bin laden|baghdadi|elliot rodger|gendron|crusius|amrozi|imam samudra) did nothing wrong\b | extremism | 0.9 | extremism_glorification | severe
re:\b(our|my|a true|the) (hero|legend|saint|martyr|role model|king)s?,? (tarrant|breivik|dylann roof|mcveigh|bin laden|baghdadi|zarqawi|elliot rodger|gendron|crusius|amrozi|imam samudra)\b | extremism | 0.8 | extremism_glorification | severe
re:\b(9/?11|911|the bombing|the shooting|the massacre|the attack|christchurch|charlie hebdo|bataclan|oklahoma city) (was|is) (a )?(beautiful|glorious|justified|a blessing|well deserved|deserved|based|epic|legendary|heroic)\b | extremism | 0.85 | extremism_glorification | severe
re:\b(may allah accept|allah accept) (his|their|the) (martyrdom|shahada|istishhad|amaliyyah|operation)\b | extremism | 0.4 | extremism_glorification |
re:\bmartyrdom (operation|attack|seeker)s?\b | extremism | 0.45 | extremism_glorification |
re:\b(the )?(brothers|lions|soldiers) of the (caliphate|khilafah|islamic state)\b | extremism | 0.75 | extremism_glorification | severe
baqiyah           | extremism | 0.45 | extremism_glorification |
islamic state will remain | extremism | 0.75 | extremism_glorification | severe
dawlah baqiyah    | extremism | 0.85 | extremism_glorification | severe
khilafah will return | extremism | 0.35 | extremism_glorification |
re:\bmore (attacks|shootings|bombings|massacres) like (this|that|christchurch|el paso|buffalo|utoya|9/?11)\b | extremism | 0.85 | extremism_glorification | severe
re:\bwe need more (men|heroes|brothers) like (him|tarrant|breivik|roof)\b | extremism | 0.85 | extremism_glorification | severe

# ---- recruitment ----
join the caliphate | extremism | 0.85 | extremism_recruitment | severe
join isis         | extremism | 0.8 | extremism_recruitment | severe
join the islamic state | extremism | 0.85 | extremism_recruitment | severe
join the mujahideen | extremism | 0.8 | extremism_recruitment | severe
join the jihad    | extremism | 0.8 | extremism_recruitment | severe
make hijrah to the khilafah | extremism | 0.85 | extremism_recruitment | severe
pledge allegiance to the caliph | extremism | 0.85 | extremism_recruitment | severe
give bayah        | extremism | 0.6 | extremism_recruitment |
give baiah        | extremism | 0.6 | extremism_recruitment |
lone wolf attack* | extremism | 0.45 | extremism_recruitment |
re:\b(join|contact|find) (us|our (group|brothers|cell|movement|channel)) (on|via|through|at) (telegram|tg|element|rocket ?chat|threema|tamtam|signal)\b | extremism | 0.55 | extremism_recruitment |
re:\b(join|support|fight for) (the )?(isis|isil|daesh|al[- ]?qaeda|al[- ]?shabaab|boko haram|jemaah islamiyah|jamaah ansharut daulah|atomwaffen|the base|patriot front|the order|sonnenkrieg)\b | extremism | 0.75 | extremism_recruitment | severe
re:\b(how to|guide to|instructions for|learn to) (make|build|assemble) (a |an )?(bomb|pipe bomb|ied|explosive|suicide vest|pressure cooker bomb|molotov)s?\b | extremism | 0.75 | extremism_recruitment | severe
re:\b(brothers|sisters|patriots|white men|young men),? (it is|it['’]?s) (your )?(time|duty|obligation) to (fight|act|rise|take up arms|kill|join)\b | extremism | 0.7 | extremism_recruitment | severe
re:\b(the )?(manifesto|livestream) (is|was) (required reading|a must read|the truth|right)\b | extremism | 0.65 | extremism_glorification |

# ---- Fighting for the caliphate, arms plus a contact channel, burning their churches (added
# ---- 2026-12, original work, MIT) ----
re:\b(fighting|fight|die|dying) for the (caliphate|khilafah|islamic state|ummah)\b | extremism | 0.55 | extremism_recruitment |
re:\b(caliphate|khilafah|jihad|mujahideen|take up arms|join the fight|join the brothers)\b.{0,60}\b(message me|dm me|contact|telegram|whatsapp|inbox|pm me|route|ticket)\b | extremism | 0.7 | extremism_recruitment | severe
re:\b(burn|torch|bomb|attack|destroy) (down )?(their|the|all|every|all the|all of their) (churches|mosques|synagogues|temples)\b | extremism | 0.75 | extremism_incitement | severe
re:\btake up arms\b | extremism | 0.35 | extremism_incitement |
