# Filipino / Tagalog (incl. Taglish) extremism: calls for violence against groups, praise of
# attacks and recruitment (ISIS-linked groups in Mindanao, armed groups). Names of groups alone are
# news vocabulary and carry low weights; praise and calls to join carry the weight.
@format 1
@lang fil
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- incitement ------------------------------------------------------------------------------
re:\b(patayin|ubusin|lipulin|sunugin|barilin|pasabugin|bombahin)( na)?( natin)?( ang)? (lahat ng )?(mga )?(muslim|moro|moslem|intsik|chinese|bakla|tomboy|katoliko|kristiyano|lumad|aeta|igorot|bisaya|hudyo|indiyano|bumbay)\w*\b | extremism | 0.85 | extremism_incitement | severe
re:\b(muslim|moro|intsik|chinese|bakla|lumad|katoliko|kristiyano|bumbay)\w* (ay )?(dapat|kailangang|kelangan) (patayin|ubusin|lipulin|sunugin|barilin|palayasin)\b | extremism | 0.85 | extremism_incitement | severe
patayin lahat ng    | extremism | 0.6  | extremism_incitement | needs=group
patayin ang lahat ng | extremism | 0.6 | extremism_incitement | needs=group
ubusin ang lahat ng | extremism | 0.55 | extremism_incitement | needs=group
ubusin natin sila   | extremism | 0.55 | extremism_incitement | needs=group
lipulin             | extremism | 0.45 | extremism_incitement | needs=group
lipulin ang mga     | extremism | 0.6  | extremism_incitement | needs=group
dapat lipulin       | extremism | 0.6  | extremism_incitement | needs=group
dapat ubusin        | extremism | 0.5  | extremism_incitement | needs=group
sunugin ang mga     | extremism | 0.5  | extremism_incitement | needs=group
pasabugin ang       | extremism | 0.6  | extremism_incitement |
pasabugin natin     | extremism | 0.75 | extremism_incitement | severe
bombahin natin      | extremism | 0.75 | extremism_incitement | severe
bombahin ang        | extremism | 0.55 | extremism_incitement |
patayin lahat ng adik | extremism | 0.7 | extremism_incitement | severe
patayin ang mga adik | extremism | 0.7 | extremism_incitement | severe
barilin na lang ang mga | extremism | 0.65 | extremism_incitement |
digmaang bayan laban sa | extremism | 0.3 | extremism_incitement |
jihad laban sa      | extremism | 0.6  | extremism_incitement | severe
mag jihad tayo      | extremism | 0.75 | extremism_incitement | severe
mag-jihad tayo      | extremism | 0.75 | extremism_incitement | severe

# --- glorification ---------------------------------------------------------------------------
mabuhay ang isis    | extremism | 0.85 | extremism_glorification | severe
mabuhay ang is      | extremism | 0.5  | extremism_glorification |
mabuhay ang abu sayyaf | extremism | 0.85 | extremism_glorification | severe
mabuhay ang maute   | extremism | 0.85 | extremism_glorification | severe
bayani ang mga nagpasabog | extremism | 0.8 | extremism_glorification | severe
bayani ang nagpasabog | extremism | 0.8 | extremism_glorification | severe
tama lang ang pagpapasabog | extremism | 0.75 | extremism_glorification | severe
tama lang na pinasabog | extremism | 0.75 | extremism_glorification | severe
buti nga sa kanila pinasabog | extremism | 0.75 | extremism_glorification | severe
martir ng jihad     | extremism | 0.6  | extremism_glorification |
shaheed             | extremism | 0.3  | extremism_glorification |
mujahideen          | extremism | 0.3  | extremism_glorification |
dawlah islamiyah    | extremism | 0.35 | extremism_glorification |
abu sayyaf          | extremism | 0.1  | extremism_glorification |
maute group         | extremism | 0.1  | extremism_glorification |

# --- recruitment -----------------------------------------------------------------------------
sumali sa isis      | extremism | 0.7  | extremism_recruitment | severe
sumali ka sa isis   | extremism | 0.75 | extremism_recruitment | severe
sumapi sa isis      | extremism | 0.7  | extremism_recruitment | severe
sumama sa jihad     | extremism | 0.7  | extremism_recruitment | severe
sumali sa jihad     | extremism | 0.7  | extremism_recruitment | severe
sumali ka sa jihad  | extremism | 0.75 | extremism_recruitment | severe
sumali sa mujahideen | extremism | 0.7 | extremism_recruitment | severe
maging mujahid      | extremism | 0.6  | extremism_recruitment |
bay'ah              | extremism | 0.3  | extremism_recruitment |
baiat               | extremism | 0.2  | extremism_recruitment |
mag bay'ah          | extremism | 0.6  | extremism_recruitment |
sumapi sa armadong kilusan | extremism | 0.45 | extremism_recruitment |
humawak ng armas para sa | extremism | 0.5 | extremism_recruitment |
training sa paggawa ng bomba | extremism | 0.8 | extremism_recruitment | severe
paano gumawa ng bomba | extremism | 0.5 | extremism_recruitment |

# ---- Burning places of worship, mujahideen recruitment with a contact (added 2026-12, original
# ---- work, MIT) ----
re:\b(sunugin|pasabugin|sirain|bombahin|wasakin) (natin )?(ang |mga )*(mosque|moske|simbahan|templo|masjid)\b | extremism | 0.75 | extremism_incitement | severe
re:\b(mujahideen|mujahidin|jihad|kapatid na mandirigma|armadong grupo)\b.{0,60}\b(pm|dm|message|telegram|sumali|baril|sahod)\b | extremism | 0.6 | extremism_recruitment | severe
