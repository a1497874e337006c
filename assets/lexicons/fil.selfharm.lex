# Filipino / Tagalog (incl. Taglish) self-harm. First-person statements of wanting to die are
# self_harm_risk: the extension answers them with help resources, not by hiding. Telling someone
# else to kill or hurt themselves is harassment (wish_harm), in fil.harassment.lex.
@format 1
@lang fil
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

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
