# Filipino / Tagalog (incl. Taglish) self-harm. Telling someone to kill or hurt themselves is
# self_harm_encouragement (severe). First-person statements of wanting to die are self_harm_risk:
# the extension answers them with help resources, not by hiding.
@format 1
@lang fil
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- encouragement ---------------------------------------------------------------------------
magpakamatay ka na  | self_harm | 0.95 | self_harm_encouragement | severe
magpakamatay ka     | self_harm | 0.9  | self_harm_encouragement | severe
magpakamatay na kayo | self_harm | 0.9 | self_harm_encouragement | severe
magpakamatay ka nalang | self_harm | 0.95 | self_harm_encouragement | severe
magpakamatay ka na lang | self_harm | 0.95 | self_harm_encouragement | severe
re:\bmag-? ?suicide ka( na)?\b | self_harm | 0.9 | self_harm_encouragement | severe
magbigti ka na      | self_harm | 0.95 | self_harm_encouragement | severe
magbigti ka         | self_harm | 0.85 | self_harm_encouragement | severe
magbigti ka nalang  | self_harm | 0.95 | self_harm_encouragement | severe
maglaslas ka na     | self_harm | 0.9  | self_harm_encouragement | severe
maglaslas ka        | self_harm | 0.85 | self_harm_encouragement | severe
laslasin mo ang pulso mo | self_harm | 0.9 | self_harm_encouragement | severe
tumalon ka na sa building | self_harm | 0.9 | self_harm_encouragement | severe
tumalon ka sa building | self_harm | 0.85 | self_harm_encouragement | severe
tumalon ka sa tulay | self_harm | 0.85 | self_harm_encouragement | severe
tumalon ka na lang  | self_harm | 0.8  | self_harm_encouragement | severe
uminom ka ng lason  | self_harm | 0.9  | self_harm_encouragement | severe
inom ka ng lason    | self_harm | 0.9  | self_harm_encouragement | severe
inom ka ng muriatic | self_harm | 0.9  | self_harm_encouragement | severe
uminom ka ng muriatic | self_harm | 0.9 | self_harm_encouragement | severe
pakamatay ka na     | self_harm | 0.9  | self_harm_encouragement | severe
wala namang mawawala kung mamatay ka | self_harm | 0.8 | self_harm_encouragement | severe
walang iiyak pag namatay ka | self_harm | 0.75 | self_harm_encouragement | severe
mas mabuti pang mamatay ka na | self_harm | 0.85 | self_harm_encouragement | severe
mas mabuti pang wala ka na | self_harm | 0.7 | self_harm_encouragement |

# --- risk (first person) ---------------------------------------------------------------------
gusto ko nang mamatay | self_harm | 0.7 | self_harm_risk |
gusto ko na mamatay | self_harm | 0.7  | self_harm_risk |
gusto ko ng mamatay | self_harm | 0.7  | self_harm_risk |
gusto ko na lang mamatay | self_harm | 0.75 | self_harm_risk |
gusto ko nalang mamatay | self_harm | 0.75 | self_harm_risk |
gusto ko mamatay    | self_harm | 0.6  | self_harm_risk |
sana mamatay na lang ako | self_harm | 0.75 | self_harm_risk |
sana mamatay nalang ako | self_harm | 0.75 | self_harm_risk |
sana mamatay na ako | self_harm | 0.7  | self_harm_risk |
sana di na ako nagising | self_harm | 0.6 | self_harm_risk |
sana hindi na ako magising | self_harm | 0.65 | self_harm_risk |
ayoko nang mabuhay  | self_harm | 0.75 | self_harm_risk |
ayoko na mabuhay    | self_harm | 0.75 | self_harm_risk |
ayaw ko nang mabuhay | self_harm | 0.75 | self_harm_risk |
ayoko na sa buhay ko | self_harm | 0.5 | self_harm_risk |
pagod na akong mabuhay | self_harm | 0.7 | self_harm_risk |
pagod na ako mabuhay | self_harm | 0.7 | self_harm_risk |
pagod na ako sa buhay | self_harm | 0.45 | self_harm_risk |
magpapakamatay na ako | self_harm | 0.85 | self_harm_risk | severe
magpapakamatay ako  | self_harm | 0.8  | self_harm_risk | severe
papakamatay na ako  | self_harm | 0.8  | self_harm_risk | severe
magpakamatay na lang ako | self_harm | 0.8 | self_harm_risk | severe
magpakamatay nalang ako | self_harm | 0.8 | self_harm_risk | severe
gusto kong magpakamatay | self_harm | 0.85 | self_harm_risk | severe
iniisip kong magpakamatay | self_harm | 0.85 | self_harm_risk | severe
tatapusin ko na ang buhay ko | self_harm | 0.85 | self_harm_risk | severe
tapusin ko na buhay ko | self_harm | 0.8 | self_harm_risk | severe
maglalaslas na ako  | self_harm | 0.8  | self_harm_risk | severe
naglalaslas ako     | self_harm | 0.75 | self_harm_risk |
naglaslas ako       | self_harm | 0.7  | self_harm_risk |
laslas              | self_harm | 0.4  | self_harm_risk |
wala nang saysay ang buhay ko | self_harm | 0.6 | self_harm_risk |
walang saysay ang buhay ko | self_harm | 0.6 | self_harm_risk |
walang kwenta ang buhay ko | self_harm | 0.55 | self_harm_risk |
wala nang silbi ang buhay ko | self_harm | 0.6 | self_harm_risk |
gusto ko nang mawala | self_harm | 0.55 | self_harm_risk |
gusto ko na lang mawala | self_harm | 0.55 | self_harm_risk |
pabigat lang ako    | self_harm | 0.45 | self_harm_risk |
pabigat ako sa pamilya ko | self_harm | 0.5 | self_harm_risk |
mas mabuti pang wala na ako | self_harm | 0.65 | self_harm_risk |
wala nang makakamiss sa akin | self_harm | 0.5 | self_harm_risk |
wala nang may pake sa akin | self_harm | 0.4 | self_harm_risk |
suicidal ako        | self_harm | 0.7  | self_harm_risk |
suicidal na ako     | self_harm | 0.7  | self_harm_risk |
