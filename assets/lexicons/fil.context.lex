# Filipino / Tagalog (incl. Taglish) context words: who a post is aimed at, protected groups,
# negators, counter-speech and benign collocations that contain a flagged word.
@format 1
@lang fil
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- ctx:target: second person and naming a person ----------------------------------------
# "ka" and "mo" are the enclitic "you"/"your" that follow an insult ("gago ka", "tangina mo").
ka              | ctx:target
mo              | ctx:target
ikaw            | ctx:target
kayo            | ctx:target
kau             | ctx:target
ninyo           | ctx:target
niyo            | ctx:target
nyo             | ctx:target
sayo            | ctx:target
sa iyo          | ctx:target
sa inyo         | ctx:target
kayong          | ctx:target
mong            | ctx:target
kang            | ctx:target
# "si <name>": the personal article; an insult next to a named person is aimed at that person.
si              | ctx:target
siya            | ctx:target
sya             | ctx:target
# Taglish
you             | ctx:target
your            | ctx:target
ur              | ctx:target
u               | ctx:target

# --- ctx:group: protected groups (religion, ethnicity, nationality, gender, orientation, disability)
muslim*         | ctx:group
moro            | ctx:group
mga moro        | ctx:group
kristiyano      | ctx:group
katoliko        | ctx:group
iglesia         | ctx:group
hudyo           | ctx:group
intsik          | ctx:group
chinese         | ctx:group
tsino           | ctx:group
bumbay          | ctx:group
indiyano        | ctx:group
lumad           | ctx:group
aeta            | ctx:group
ita             | ctx:group
igorot          | ctx:group
badjao          | ctx:group
bajau           | ctx:group
tausug          | ctx:group
maranao        | ctx:group
bisaya          | ctx:group
ilokano         | ctx:group
katutubo        | ctx:group
negro           | ctx:group
babae           | ctx:group
mga babae       | ctx:group
kababaihan      | ctx:group
bakla           | ctx:group
mga bakla       | ctx:group
bading          | ctx:group
tomboy          | ctx:group
tibo            | ctx:group
lesbiyana       | ctx:group
lesbian*        | ctx:group
gay             | ctx:group
lgbt*           | ctx:group
transgender     | ctx:group
trans           | ctx:group
pwd             | ctx:group
may kapansanan  | ctx:group
bingi           | ctx:group
bulag           | ctx:group
pilay           | ctx:group
mga dayuhan     | ctx:group
refugee*        | ctx:group
mga katoliko    | ctx:group
mga muslim      | ctx:group
mga intsik      | ctx:group

# --- ctx:negation -------------------------------------------------------------------------
hindi           | ctx:negation
hinde           | ctx:negation
di              | ctx:negation
hindi naman     | ctx:negation
hindi ka        | ctx:negation
not             | ctx:negation
never           | ctx:negation
kailanman       | ctx:negation

# --- ctx:counter: reporting or condemning abuse --------------------------------------------
tinawag akong   | ctx:counter
tinawag niya akong | ctx:counter
tinawag siyang  | ctx:counter
sinabihan akong | ctx:counter
sinabihan niya ako | ctx:counter
wag mong tawaging | ctx:counter
huwag mong tawaging | ctx:counter
tigilan na ang  | ctx:counter
itigil ang      | ctx:counter
bawal ang       | ctx:counter
hindi tama ang  | ctx:counter
mali ang tumawag | ctx:counter
pang-aabuso     | ctx:counter
cyberbullying   | ctx:counter
i-report        | ctx:counter
ireport         | ctx:counter
ni-report       | ctx:counter
mag-ingat sa scam | ctx:counter
ingat sa scam   | ctx:counter
scam alert      | ctx:counter
modus           | ctx:counter
modus operandi  | ctx:counter
huwag maniwala  | ctx:counter
wag maniwala    | ctx:counter
babala          | ctx:counter
called me       | ctx:counter
stop saying     | ctx:counter
is a slur       | ctx:counter

# --- allow: benign collocations ------------------------------------------------------------
# self-deprecation (the insult is about oneself)
tanga ako       | allow
ang tanga ko    | allow
bobo ako        | allow
ang bobo ko     | allow
gago ako        | allow
ang gago ko     | allow
ulol ako        | allow
tanga ko talaga | allow
bakla ako       | allow
ako ay bakla    | allow
ako ay tomboy   | allow
tomboy ako      | allow
tibo ako        | allow
bading ako      | allow
kaming mga bakla | allow
proud bakla     | allow
# food and everyday words that contain flagged words
leche flan      | allow
leche plan      | allow
lechon baboy    | allow
karne ng baboy  | allow
baboy ramo      | allow
chupa chups     | allow
patayin ang ilaw | allow
patayin mo ang ilaw | allow
patayin ang tv  | allow
patayin ang apoy | allow
papatayin ko ang ilaw | allow
patay ang ilaw  | allow
patay na ang ilaw | allow
patay ang kuryente | allow
patay oras      | allow
pumatay ng oras | allow
bayaran ang utang | allow
bayaran mo ang utang | allow
bayaran ang bill | allow
bayaran ang kuryente | allow
bayaran ng buwis | allow

# ---- ctx:target: third person and pointing at someone (insulting a person who is talked about is
# ---- still harassment); added 2026-11-29 by the engine maintainers, original work ----
niya | ctx:target
kanya | ctx:target
sila | ctx:target
nila | ctx:target
kanila | ctx:target
itong | ctx:target
yung | ctx:target
ang mga | ctx:target
ni | ctx:target
mga ito | ctx:target
taong ito | ctx:target
babaeng ito | ctx:target
lalaking ito | ctx:target

# ---- ctx:group: Chinese and indigenous peoples often named in contempt (added 2026-12) ----
intsik | ctx:group
insik | ctx:group
badjao | ctx:group
bajau | ctx:group
aeta | ctx:group
igorot | ctx:group
lumad | ctx:group
mga muslim | ctx:group
# ---- ctx:counter: "never share your OTP" (added 2026-12) ----
re:\b(huwag|wag|hwag|never) (po )?(ibigay|i-share|ishare|ibahagi|sabihin|isend|i-send) (ang |yung |ang inyong |ang iyong )?(otp|pin|password|code)\b | ctx:counter

# ---- ctx:denial: deny a worth only (pred:worth, "walang mapagkakatiwalaan sa kanila"); "walang"
# is also "without", too loose for ctx:negation. added 2026-12
walang          | ctx:denial
wala            | ctx:denial
hnd             | ctx:denial
hndi            | ctx:denial

# ---- ctx:contrast: the word that turns a sentence round ("I'm not racist but ..."): a negator before it
# with nothing named between disclaims the writer and negates nothing after it
pero              | ctx:contrast
ngunit            | ctx:contrast
subalit           | ctx:contrast
kaso              | ctx:contrast
