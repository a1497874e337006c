# Filipino / Tagalog (incl. Taglish) grooming: the steps an adult uses to win a child's trust and
# isolate them. Most single signals are ordinary in adult chat (asking someone's age, "pm mo ako"),
# so they carry low weights that only add up together; secrecy from parents and photo requests
# weigh more.
@format 1
@lang fil
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- age and school questions ----------------------------------------------------------------
re:\bilan?g? taon ka( ?na)?\b | grooming | 0.3 | grooming_age_question |
ilang taon ka na ba | grooming | 0.35 | grooming_age_question |
anong grade mo      | grooming | 0.4  | grooming_age_question |
anong grade ka na   | grooming | 0.4  | grooming_age_question |
grade ilan ka       | grooming | 0.4  | grooming_age_question |
grade ilan ka na    | grooming | 0.4  | grooming_age_question |
anong year mo na    | grooming | 0.3  | grooming_age_question |
high school ka pa lang | grooming | 0.4 | grooming_age_question |
highschool ka pa lang | grooming | 0.4 | grooming_age_question |
elementary ka pa lang | grooming | 0.45 | grooming_age_question |
menor de edad ka ba | grooming | 0.4  | grooming_age_question |
bata ka pa pala     | grooming | 0.3  | grooming_age_question |
re:\bsa?an ka (nag-? ?aaral|pumapasok|nagsskul|nag-? ?sschool)\b | grooming | 0.35 | grooming_age_question |
anong school mo     | grooming | 0.35 | grooming_age_question |
anong paaralan mo   | grooming | 0.35 | grooming_age_question |
anong oras uwian mo | grooming | 0.45 | grooming_age_question |
anong oras labas mo sa school | grooming | 0.5 | grooming_age_question |
kasama mo ba parents mo | grooming | 0.35 | grooming_age_question |
nasa bahay ba parents mo | grooming | 0.45 | grooming_age_question |
wala ba parents mo  | grooming | 0.45 | grooming_age_question |
mag-isa ka lang ba sa bahay | grooming | 0.5 | grooming_age_question |
mag isa ka lang ba sa bahay | grooming | 0.5 | grooming_age_question |

# --- secrecy ---------------------------------------------------------------------------------
re:\b(wag|huwag|hwag) (mo|mong) (sabihin|sasabihin|ipaalam|ikwento|ikukwento|ipagsabi|ipakita)\w* (kahit )?(sa|kay|sa mga) (mama|papa|nanay|tatay|magulang|parents?|mommy|daddy|mom|dad|ate|kuya|pamilya|teacher|titser|kahit sino|iba)\b | grooming | 0.85 | grooming_secrecy | severe
re:\b(wag|huwag) (mong )?(ipaalam|sabihin) ((sa|kay) )?(kahit kanino|kahit sino)\b | grooming | 0.6 | grooming_secrecy |
secret lang natin   | grooming | 0.6  | grooming_secrecy |
sikreto lang natin  | grooming | 0.6  | grooming_secrecy |
sekreto lang natin  | grooming | 0.6  | grooming_secrecy |
secret natin to     | grooming | 0.55 | grooming_secrecy |
sikreto natin ito   | grooming | 0.55 | grooming_secrecy |
re:\batin-? ?atin lang\b | grooming | 0.5 | grooming_secrecy |
tayo lang makakaalam | grooming | 0.55 | grooming_secrecy |
tayong dalawa lang ang makakaalam | grooming | 0.65 | grooming_secrecy |
burahin mo ang chat | grooming | 0.55 | grooming_secrecy |
burahin mo yung chat | grooming | 0.55 | grooming_secrecy |
burahin mo ang convo | grooming | 0.55 | grooming_secrecy |
delete mo ang convo natin | grooming | 0.6 | grooming_secrecy |
delete mo yung convo natin | grooming | 0.6 | grooming_secrecy |
i-delete mo ang chat natin | grooming | 0.6 | grooming_secrecy |
baka magalit parents mo | grooming | 0.4 | grooming_secrecy |
baka pagalitan ka ng mama mo | grooming | 0.4 | grooming_secrecy |

# --- moving to a private app -----------------------------------------------------------------
sa messenger tayo   | grooming | 0.3  | grooming_private_app |
sa telegram tayo    | grooming | 0.35 | grooming_private_app |
usap tayo sa telegram | grooming | 0.35 | grooming_private_app |
usap tayo sa private | grooming | 0.4 | grooming_private_app |
chat tayo sa private | grooming | 0.4 | grooming_private_app |
lipat tayo sa telegram | grooming | 0.4 | grooming_private_app |
lipat tayo sa messenger | grooming | 0.35 | grooming_private_app |
lipat tayo sa viber | grooming | 0.35 | grooming_private_app |
tara sa telegram    | grooming | 0.35 | grooming_private_app |
gawa ka ng dummy account | grooming | 0.5 | grooming_private_app |
gamitin mo dummy account mo | grooming | 0.5 | grooming_private_app |
pm mo ako           | grooming | 0.2  | grooming_private_app |
pm mo ko            | grooming | 0.2  | grooming_private_app |
chat mo ako sa      | grooming | 0.2  | grooming_private_app |
add mo ako sa fb    | grooming | 0.2  | grooming_private_app |
secret convo        | grooming | 0.5  | grooming_private_app |
naka vanish mode    | grooming | 0.4  | grooming_private_app |

# --- gifts, load and game credit -------------------------------------------------------------
bibigyan kita ng load | grooming | 0.55 | grooming_gift |
papaloadan kita     | grooming | 0.55 | grooming_gift |
loadan kita         | grooming | 0.5  | grooming_gift |
papasaloadan kita   | grooming | 0.5  | grooming_gift |
pasaloadan kita     | grooming | 0.5  | grooming_gift |
bibigyan kita ng diamonds | grooming | 0.6 | grooming_gift |
bibilhan kita ng diamonds | grooming | 0.6 | grooming_gift |
tototopupan kita    | grooming | 0.55 | grooming_gift |
topupan kita        | grooming | 0.5  | grooming_gift |
bibigyan kita ng skin | grooming | 0.5 | grooming_gift |
bibigyan kita ng pera | grooming | 0.45 | grooming_gift |
bibilhan kita ng    | grooming | 0.35 | grooming_gift |
bilhan kita ng      | grooming | 0.3  | grooming_gift |
ibibili kita ng     | grooming | 0.3  | grooming_gift |
gcash kita          | grooming | 0.35 | grooming_gift |
sesendan kita ng pera | grooming | 0.45 | grooming_gift |
padadalhan kita ng pera | grooming | 0.45 | grooming_gift |
may regalo ako sayo | grooming | 0.3  | grooming_gift |
libre kita ng       | grooming | 0.2  | grooming_gift |
ililibre kita      | grooming | 0.2  | grooming_gift |

# --- photo and camera requests ---------------------------------------------------------------
re:\b(pa ?send|send ka|send mo|padala ka|padalhan mo ako) ((ng|nang) )?(pic|pics|picture|litrato|selfie|photo)\b | grooming | 0.4 | grooming_photo_request |
send mo pic mo      | grooming | 0.4  | grooming_photo_request |
patingin ng katawan mo | grooming | 0.8 | grooming_photo_request | severe
pakita mo katawan mo | grooming | 0.8 | grooming_photo_request | severe
patingin ng katawan | grooming | 0.7  | grooming_photo_request | severe
re:\b(send|padala|pasend|pakita)\w* ((ka|mo) )?((ng|nang) )?(pic|picture|litrato|video|vid)\w* (na )?(nakahubad|hubad|walang damit|naka ?bra|naka ?panty|naka ?underwear|naka ?brief)\b | grooming | 0.85 | grooming_photo_request | severe
hubarin mo damit mo | grooming | 0.8  | grooming_photo_request | severe
hubad ka nga        | grooming | 0.75 | grooming_photo_request | severe
hubarin mo ang      | grooming | 0.6  | grooming_photo_request |
walang damit        | grooming | 0.35 | grooming_photo_request |
naka panty ka ba    | grooming | 0.7  | grooming_photo_request | severe
naka bra ka ba      | grooming | 0.7  | grooming_photo_request | severe
video call tayo     | grooming | 0.3  | grooming_photo_request |
vc tayo             | grooming | 0.3  | grooming_photo_request |
open cam ka         | grooming | 0.35 | grooming_photo_request |
buksan mo camera mo | grooming | 0.35 | grooming_photo_request |
selfie ka nga       | grooming | 0.3  | grooming_photo_request |
patingin ng mukha mo | grooming | 0.25 | grooming_photo_request |

# --- meeting in person -----------------------------------------------------------------------
magkita tayo        | grooming | 0.3  | grooming_meeting |
meet tayo           | grooming | 0.3  | grooming_meeting |
eyeball tayo        | grooming | 0.35 | grooming_meeting |
eb tayo             | grooming | 0.3  | grooming_meeting |
susunduin kita      | grooming | 0.35 | grooming_meeting |
sunduin kita sa school | grooming | 0.6 | grooming_meeting |
susunduin kita sa school | grooming | 0.6 | grooming_meeting |
hintayin kita sa labas ng school | grooming | 0.6 | grooming_meeting |
puntahan kita sa bahay | grooming | 0.4 | grooming_meeting |
tayong dalawa lang  | grooming | 0.4  | grooming_meeting |
wag mong isama      | grooming | 0.35 | grooming_meeting |
huwag mong isama    | grooming | 0.35 | grooming_meeting |
wag mong sabihin kung saan ka pupunta | grooming | 0.75 | grooming_meeting | severe
tumakas ka sa inyo  | grooming | 0.6  | grooming_meeting |

# --- flattery --------------------------------------------------------------------------------
mature ka para sa edad mo | grooming | 0.65 | grooming_flattery |
mature ka para sa age mo | grooming | 0.65 | grooming_flattery |
ang mature mo mag isip | grooming | 0.4 | grooming_flattery |
ang mature mo para sa edad mo | grooming | 0.65 | grooming_flattery |
ang ganda mo para sa edad mo | grooming | 0.55 | grooming_flattery |
ang sexy mo para sa edad mo | grooming | 0.8 | grooming_flattery | severe
iba ka sa ibang bata | grooming | 0.5 | grooming_flattery |
hindi ka tulad ng ibang bata | grooming | 0.5 | grooming_flattery |
special ka sa akin  | grooming | 0.3  | grooming_flattery |
ikaw lang ang special sa akin | grooming | 0.35 | grooming_flattery |
baby girl ko        | grooming | 0.3  | grooming_flattery |
dalaga ka na        | grooming | 0.35 | grooming_flattery |
binata ka na        | grooming | 0.3  | grooming_flattery |

# --- isolation -------------------------------------------------------------------------------
re:\b(hindi|di) ka (nila )?(naiintindihan|maintindihan|mahal)( (ng|nang))? (mga )?(magulang|parents?|mama|papa|pamilya|nanay|tatay)\b | grooming | 0.6 | grooming_isolation |
ako lang ang nakakaintindi sayo | grooming | 0.65 | grooming_isolation |
ako lang nakakaintindi sayo | grooming | 0.65 | grooming_isolation |
ako lang ang kailangan mo | grooming | 0.5 | grooming_isolation |
wag kang makinig sa magulang mo | grooming | 0.6 | grooming_isolation |
wag kang makinig sa parents mo | grooming | 0.6 | grooming_isolation |
wag kang maniwala sa magulang mo | grooming | 0.6 | grooming_isolation |
hindi ka nila mahal | grooming | 0.45 | grooming_isolation |
ako lang ang may pake sayo | grooming | 0.55 | grooming_isolation |
ako lang ang totoong kaibigan mo | grooming | 0.55 | grooming_isolation |
layasan mo na sila | grooming | 0.55 | grooming_isolation |
sumama ka na lang sa akin | grooming | 0.5 | grooming_isolation |

# ---- Hiding from parents, deleting chats, not asking permission, not bringing friends (added 2026-12,
# ---- original work, MIT) ----
re:\bbaka (makita|malaman|mabasa) ng (parents|magulang|mama|papa|nanay|tatay|mommy|daddy) (mo|niyo)\b | grooming | 0.6 | grooming_secrecy | severe
re:\b(i-?delete|burahin|idelete|delete) (mo |nyo )?(ang |yung |mga )?(chats?|convo|messages?|usapan)( natin)?\b | grooming | 0.45 | grooming_secrecy |
re:\b(wag|huwag) (ka |kang )?(nang |na )?(magpapaalam|magpaalam|sasabihin kahit kanino|magsabi)\b | grooming | 0.55 | grooming_secrecy |
re:\b(wag|huwag) (mo |mong )?(isasama|isama|yayain|dadalhin) (ang |mga |yung )?(kaibigan|barkada|kapatid)\b | grooming | 0.4 | grooming_isolation |
