@format 1
@lang fil
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b, then tests/tuning_suites_c, then tests/tuning_suites_d, then tests/tuning_suites_e, then tests/tuning_suites_f), never from held-back or blind cases
@licence MIT

# ---- grp:protected: group names the engine lacked (religious denomination, nationality/ethnicity)
aprikano*                  | grp:protected
apricano*                  | grp:protected
mga inc                    | grp:protected
taga-inc                   | grp:protected
taga inc                   | grp:protected
iglesia ni cristo          | grp:protected
iglesia ni kristo          | grp:protected
mga iglesia                | grp:protected
mga manalo                 | grp:protected

# ---- pred:dehumanise: disease and vermin likenesses ("parang virus", "kumakalat")
re:\b(parang|tulad ng|gaya ng|kagaya ng|mistulang|mukhang) (virus|sakit|salot|peste|kanser|cancer|anay|ipis|daga|kuto|linta|uod|langaw|lamok|surot|garapata|bulate|tae|basura|dumi)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(kumakalat|kakalat|lumalaganap|dumadami|nagkakalat)( \S+)? (kung saan-saan|kung saan saan|parang (virus|sakit|salot|ipis|daga|anay))\b | pred:dehumanise | 0.8 | dehumanising_group
re:\b(ganoong|ganong|ganung|ganyang|ganitong) (klaseng|klase ng|uri ng|klaseng mga) (basura|hayop|salot|peste|dumi|tao)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: refusing marriage, jobs, rights, space; keeping apart from "normal" people
re:\b(hindi|di|never|hinding-hindi) (ko|namin|ko talaga) (papayagan|papayagang|pinapayagan|hahayaan|hahayaang|tatanggapin|tanggap)( na| kailanman)?( \S+){0,3} (mag-?asawa|magpakasal|pakasalan|makipag-?date|makipagrelasyon|jowain|maging manugang|mapangasawa)\b | pred:exclude | 0.8 | exclusion_group
re:\b(hindi|di) (na )?(dapat )?(binibigyan|bigyan|bibigyan|tinatanggap|tanggapin|pinapasok|papasukin|hinahire|i-?hire|kinukuha)( na| pa)? ng (trabaho|pabahay|ayuda|tulong|karapatan|upuan|pwesto|puwesto|boto|scholarship|serbisyo|bahay|lupa)\b | pred:exclude | 0.8 | exclusion_group
re:\bbakit (pa |ba |pa ba )?(natin |nila |nyo |ninyo |kayo |tayo )?(pinapayagan|pinapayagang|pinayagan|pinayagang|pinapapasok|binibigyan|hinahayaan|hinahayaang|tinatanggap|pinagbibigyan)\b | pred:exclude | 0.8 | exclusion_group
re:\b(malayo|hiwalay|ihiwalay|ilayo|layo|bukod)( \S+){0,2} sa (mga )?(normal|matinong|matitinong|disenteng|totoong|tunay na|ordinaryong)( na)? (tao|pilipino|mamamayan)\b | pred:exclude | 0.85 | exclusion_group
re:\bdapat (may |meron |may sarili nilang |)sariling (pila|banyo|cr|lugar|upuan|bus|jeep|kainan|paaralan|eskwelahan|section|barangay|isla)\b | pred:exclude | 0.75 | exclusion_group
re:\bkailan (ba |kaya |pa )*(mawawala|maglalaho|mauubos|aalis|lalayas|mamamatay|mapupuksa|lilipat|mapapaalis)\b | pred:exclude | 0.8 | exclusion_group
re:\b(hindi|di) (na )?(kailanman )?(magiging |magagawang )?(welcome|tanggap|malugod na tinatanggap)\b | pred:exclude | 0.8 | exclusion_group
re:\b(bawal|ipagbawal|i-ban|iban|dapat bawal) (ang |na ang |dapat ang )?(mga )?\S+ sa (mga )?(mall|jeep|bus|mrt|lrt|simbahan|opisina|paaralan|eskwelahan|palengke|restawran|resto|kainan|barangay|subdivision|condo)\b | pred:exclude | 0.7 | exclusion_group

# ---- pred:attribute: implied stereotypes (crime follows them, watch your wallet, property values fall)
re:\b(dumami|lumala|tumaas|lumaganap|sumama)( na)? (ang |rin ang )?(nakawan|krimen|holdapan|patayan|gulo|snatcher|snatching|droga|basura|dumi|ingay|nakaw|budol)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(bumaba|bumagsak|lumiit)( na)? (ang )?(presyo|halaga|value)( ng (lupa|bahay|property|ari-arian|mga bahay))?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bantayan|ingatan|hawakan|higpitan|itago|bilangin|tingnan|tignan|i-?check|kapitan)( mo| nyo| ninyo| niyo)?( nang| ng)?( mabuti| maigi| maayos)? ang (bag|wallet|pitaka|gamit|cellphone|cp|pera|sukli|alahas|bulsa)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(swerte|suwerte|maswerte|masuwerte|mapalad|buti)( na)? nga( \S+){0,5} (pinapayagan|pinayagan|pinapapasok|pinapasok|tinatanggap|binibigyan|pinag-aaral|pinapaaral)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bpuro (kabastusan|kalaswaan|kalokohan|kaguluhan|kasamaan|kasinungalingan|panloloko|katamaran|perwisyo|krimen|droga|kadumihan|kababuyan|kahalayan|kasalanan|gulo)\b | pred:attribute | 0.9 | negative_attribute_group
kabastusan                 | pred:attribute | 0.6 | negative_attribute_group
kalaswaan                  | pred:attribute | 0.7 | negative_attribute_group
kababuyan                  | pred:attribute | 0.7 | negative_attribute_group
re:\bwala(ng)? (naitulong|naitutulong|naiambag|naiaambag|ambag|naibigay|naiaabot|maitutulong|maiaambag|pakinabang)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(may|meron|mayroon) (pa )?(silbi|kwenta|kuwenta|pakinabang|ambag|saysay|halaga|naitulong) (pa )?(ba|nga ba|kaya)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bwala (silang|kayong|siyang|tayong) (kwenta|kwentang|kuwenta|kuwentang|silbi|silbing|utak|modo|hiya|pakinabang|ambag|kwentang tao|silbing tao)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bwalang (kwentang|kuwentang|silbing|kwenta na|silbi na) (tao|nilalang|mamamayan)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(ang|ambaho|napaka|sobrang|ubod ng|grabe ang) ?(baho|babaho|dumi|dudumi|baboy|lansa|asim|panghi) (nila|ninyo|nyo|niyo|ng mga)\b | pred:attribute | 0.9 | negative_attribute_group
kupal                      | pred:attribute | 0.75 | negative_attribute_group
mga kupal                  | pred:attribute | 0.8 | negative_attribute_group
tarantado                  | pred:attribute | 0.75 | negative_attribute_group
mga tarantado              | pred:attribute | 0.8 | negative_attribute_group
hinayupak                  | pred:attribute | 0.8 | negative_attribute_group
mga hinayupak              | pred:attribute | 0.85 | negative_attribute_group
lintik                     | pred:attribute | 0.6 | negative_attribute_group

# ---- pred:emotion: revulsion and hatred, all aspects and "kundi" frames
pandidiri                  | pred:emotion | 0.8 | hate_emotion_group
pagkasuklam                | pred:emotion | 0.85 | hate_emotion_group
pagkamuhi                  | pred:emotion | 0.85 | hate_emotion_group
poot                       | pred:emotion | 0.75 | hate_emotion_group
re:\bkundi (galit|poot|pandidiri|pagkasuklam|pagkamuhi|inis|suklam|diri|pagkainis|pagkadiri)\b | pred:emotion | 0.85 | hate_emotion_group
kinasuklaman               | pred:emotion | 0.9 | hate_emotion_group
kinamuhian                 | pred:emotion | 0.9 | hate_emotion_group
kinadirihan                | pred:emotion | 0.85 | hate_emotion_group
kinadiringan               | pred:emotion | 0.85 | hate_emotion_group
kinainisan                 | pred:emotion | 0.75 | hate_emotion_group
nandiri                    | pred:emotion | 0.8 | hate_emotion_group
re:\b(nandidiri|nasusuka|nasusuklam|namumuhi|naiirita|nabubwisit|nababadtrip|naaasar|nandiri|nasuka|nasuklam|namuhi)( na| talaga| ako| kami| kayo| ka| tayo){0,3} sa\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(hindi|di) (ba|ka ba|ba kayo|ba tayo|ba kau|nyo ba|niyo ba|mo ba)( talaga)? (nandidiri|nasusuka|naiinis|nagagalit|nasusuklam|naiirita|nababadtrip|naaasar|nabubwisit|namumuhi|kinaiinisan|kinasusuklaman|kinamumuhian)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(punyeta|leche|letse|lintik|pakshet|pakyu|bwisit|buwisit|hinayupak|peste|shet|putragis|pucha|tae),? (na )?(mga|yang mga|itong mga|yung mga|kayong mga|sa mga)\b | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:violence: wishes and calls for beating, hanging, drowning, bombing, vanishing
re:\bsana (\S+ )?(pinaghahampas|paghahampasin|hampasin|hinampas|binubugbog|bugbugin|binugbog|pagbubugbugin|pinagbubugbog|gulpihin|ginulpi|sapakin|pinagsasapak|barilin|binaril|pinagbabaril|saksakin|sinaksak|sagasaan|masagasaan|sunugin|masunog|malunod|lunurin|mabulok|bitayin|mabitay|mapatay|patayin|maubos|ubusin|mapuksa|puksain|maglaho|mawala|mamatay|tamaan ng kidlat|kidlatan)\b | pred:violence | 0.95 | violence_group
maglaho                    | pred:violence | 0.7 | violence_group
re:\b(maglaho|mawala|mamatay|maubos|mapuksa|mawalan)( na)?( lang)? (silang lahat|sila lahat|lahat sila|kayong lahat|kayo lahat|ang lahat ng)\b | pred:violence | 0.95 | violence_group
re:\bdapat (\S+ )?(binibitay|bitayin|ibitay|binibitin|ibitin|binabaril|barilin|sinusunog|sunugin|pinapatay|patayin|kinukulong|ikulong|pinapalo|paluin|binubugbog|bugbugin|itinatapon|itapon|ipatapon|nilulunod|lunurin|ginigilitan|gilitan|pinupugutan|pugutan|sinasaksak|saksakin)\b | pred:violence | 0.95 | violence_group
re:\b(ihulog|ihagis|itapon|ibaon|ilunod|lunurin|ipatapon|itulak|ipakain)( \S+){0,2} sa (dagat|ilog|bangin|basurahan|impyerno|kangkungan|hukay|lupa|buwaya|pating|bulkan)\b | pred:violence | 0.95 | violence_group
re:\b(itapon|ipatapon|ibasura|tapon)( na)?( lang)? (sila|silang lahat|lahat sila|ang mga)\b | pred:violence | 0.8 | violence_group
tokhang                    | pred:violence | 0.95 | violence_group
re:\b(i-?tokhang|matokhang|natokhang|i-?salvage|ma-?salvage|sinalvage|ejk|i-?ejk)\b | pred:violence | 0.95 | violence_group
re:\b(magpasabog|pasabugin|pinasabog|pasabog|bombahin|bombahan|magbomba|maghagis ng granada|hagisan ng granada)\b | pred:violence | 0.95 | violence_group
re:\b(barilin|saksakin|sunugin|patayin|bitayin|pugutan|gilitan)( \S+)? sa (ulo|leeg|plaza|harap ng lahat|publiko|kalye)\b | pred:violence | 0.95 | violence_group

# ---- pred:threat: first-person threats (break skull, armed and waiting, "let's see who dares")
re:\b(babasagin|basagin|dudurugin|durugin|bibiyakin|biyakin|wawasakin|pupukpukin|hahatawin|tatadtarin|gigilitan)( ko| namin| natin)? (ang |ng )?(bungo|ulo|mukha|panga|ngipin|buto|leeg|tadyang)\b | pred:threat | 0.9 | threat_violence
re:\b(tingnan|tignan) (natin|ko|lang natin|na lang natin) kung (may|sino)( \S+){0,3} (pang|pa) (maglalakas-loob|maglalakas ng loob|magtatangka|lalabas|magpapakita|dadaan|babalik)\b | pred:threat | 0.85 | threat_violence
re:\bmay dala (akong|kaming|ako ng|kami ng|na akong) (itak|baril|patalim|kutsilyo|bolo|gulok|granada|bomba|balisong|sumpak|pamalo|lanseta)\b | pred:threat | 0.75 | threat_violence

# ---- grp:pronoun: "that kind" back-references
ganoong klase              | grp:pronoun
ganoong klaseng            | grp:pronoun
ganong klase               | grp:pronoun
ganung klase               | grp:pronoun
ganyang klaseng            | grp:pronoun
ganitong klaseng           | grp:pronoun

# ---- ctx:denial: rhetorical "who still believes" denies a worth ("tao", "equal")
re:\bsino (pa )?(ba )?(ang |ang mga )?(naniniwala|maniniwala|nag-iisip|nagsasabi|magsasabi)(ng)?\b | ctx:denial

# ---- ctx:counter: reporting, rebutting and condemning someone else's hateful words
re:\bsino (ba|bang|ba ang|bang nagsabi|ang nagsabi|nagsabi|ba ang nagsabi)\b | ctx:counter
re:\b(hindi|di) (yun|yan|iyon|iyan|naman yun|naman yan|naman) totoo\b | ctx:counter
hindi totoo                | ctx:counter
di totoo                   | ctx:counter
re:\b(laging|palaging|lagi|palagi|parating) (sinasabi|nagsasabi|sabi)\b | ctx:counter
re:\bnakakahiya( naman| talaga| yan| yun)?(\.|!|,|$) | ctx:counter
re:\bwala (kang|kayong) argumento\b | ctx:counter
re:\b(bias|stereotype|stereotyping|paglalahat|generalization|racist|rasista|homophobic|sexist) (lang|yan|yun|iyan|naman|ka|kayo)\b | ctx:counter
re:\b(nag-?comment|nag-?post|nag-?tweet|nagsulat|nagsabi) (ng|na|nang)\b | ctx:counter
re:\b(ma-?ban|i-?ban|i-?report|ma-?report|ireport) (ka|kayo|sila|siya|yan|na)\b | ctx:counter
re:\bseryoso (ka|kayo|ba kayo|ba|ka ba)\b | ctx:counter
re:\b(hindi|di) (yan|yun|iyan|iyon) biro\b | ctx:counter
dinedehumanize             | ctx:counter
nagde-dehumanize           | ctx:counter

# ---- slurs the engine lacked (count fully only read as people: mga, yung, hoy, ka...)
kaladkarin                 | hate | 0.75 | slur_group | slur
mga kaladkarin             | hate | 0.8 | slur_group | slur
jihadista                  | hate | 0.7 | slur_group | slur
mga jihadista              | hate | 0.75 | slur_group | slur

# ---- harassment at a person: "you are useless", "a waste of air"
re:\bwala (kang|kayong|ka namang|kang kwentang|kang silbing) (silbi|kwenta|kuwenta|utak|modo|pakinabang|ambag|tao)\b | harassment | 0.7 | insult_at_person
re:\bsayang (ka|kayo|ang buhay mo)( lang)? sa (hangin|oxygen|oxygen na nilalanghap mo|mundo|bigas|kanin)\b | harassment | 0.75 | insult_at_person

# ======================================================================
# Second round: families written from the misses of tests/tuning_suites_b
# ======================================================================
# term | category | weight | key | flags

# ---- pred:emotion: sick when they are near, cannot bear them (Tagalog and Cebuano)
re:\b(nasusuka|nandidiri|naiirita|naiinis|nasusuklam|kinikilabutan|nangingilabot|nagagalit)( na| talaga| ako| kami| lang){0,3} (pag|kapag|kung|tuwing|basta|pag may|kapag may) (malapit|katabi|kasama|nakikita|nakakasalubong|nandiyan|andyan|nandito|andito)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(hindi|di) (ko|namin|natin) (sila|kayo|siya) (matiis|matagalan|masikmura|matanggap|makayanan|maatim|masakyan)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(hindi|di) (ko|namin|natin) (matiis|matagalan|masikmura|maatim) (ang|sila|yung|ang mga|ang isang)\b | pred:emotion | 0.85 | hate_emotion_group
re:\bdiri (kaayo|jud|gyud|kaau|kaayo ko|jud ko|gyud ko)( ko| ako| mi| kami)? (sa|anang|ani nga|aning)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(dili|di) (gyud |jud |gud )?(nako|ko|ako|namo|mi) (sila|siya|mo) (maagwanta|ma-?agwanta|maantos|maatiman|masarangan|madawat)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(kasilag|kalagot|kayugot) (kaayo |jud |gyud )?(ko|ako|mi|kami) (sa|anang)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(nakakadiri|nakakasuka|nakakasuklam|nakakairita|nakakainis|kadiri|kasuklam-suklam|nakakapangilabot) (sila|kayo|talaga sila|sila talaga|silang lahat|sila lahat|lahat sila)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:attribute: the worst people, lower minds, "X in four words", still rude however dressed
re:\bpinaka-?(masama|bobo|tanga|walang kwenta|walang kuwenta|walang silbi|ganid|tamad|madumi|marumi|bastos|salbahe|masahol|mabaho|nakakadiri|sinungaling|gago|inutil|mangmang|kadiri|perwisyo|mayabang|makasalanan)(ng)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\bmas (mababa|maliit|mahina|kulang|mapurol)( talaga| pa| naman)? ang (utak|iq|talino|isip|pag-?iisip|ulo)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bmas mababang? (uri|klase|lahi|nilalang|tao)\b | pred:attribute | 0.85 | negative_attribute_group
re:\blikas na (mas )?(bobo|tanga|tamad|madumi|marumi|sinungaling|magnanakaw|mangmang|bastos|kriminal|masama|mahina ang ulo|manloloko|malandi|mandaraya)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(ayan|yan|iyan|yun|iyon|that['’]?s)( na)?,? (\S+ ){1,3}in (one|two|three|four|five|a few) words?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(walang kwenta|walang kuwenta|walang silbi|bastos|madumi|marumi|tamad|sinungaling|magnanakaw|bobo|tanga|manloloko|kadiri|mabaho|salot|hayop) (pa rin|parin|pa din|padin|talaga|lagi) (sila|kayo|silang lahat|ang mga)\b | pred:attribute | 0.95 | negative_attribute_group
re:\bpuro (sinungaling|magnanakaw|manloloko|kriminal|tamad|bastos|adik|basura|hayop|salot|peste|ipis|daga|gago|tanga|bobo|mandurugas|budol|scammer)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(sinisira|sisirain|winawasak|wawasakin|sumisira|sinira)( nila)?( ang)? (lahat|lahat ng|bawat)( \S+){0,2} (hawakan|hinahawakan|mahawakan|hawak|puntahan|pinupuntahan|galawin|ginagalaw|tirhan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(hinding-hindi|hinding hindi|hindi|di|never)( ako| kami| ko| tayo)? (magtitiwala|mapagkakatiwalaan|nagtitiwala|pagkakatiwalaan|magtiwala|maniniwala)( kahit kailan)?( \S+)? sa\b | pred:attribute | 0.85 | negative_attribute_group
re:\bwala(ng)? (kahit )?(isang|isa mang|ni isang|ni isa mang) (tapat|matino|mabait|disente|marangal|mapagkakatiwalaan|matalino|malinis|maayos|masipag|mabuting)( na)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(hindi|di) (marunong|kayang|kaya|makapag|makakapag|natututong|natutong|marunong na) (mag-?isip|umintindi|makaintindi|mangatwiran|magbasa|magdesisyon|sumunod|mag-?trabaho|maglinis|magbihis)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bmas wala (pa )?(bang |ba |pang |pa bang )?(kwenta|kuwenta|silbi|kwentang|silbing|kwentang tao)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bsayang (lang )?(sa )?(hangin|oxygen|bigas|kanin|espasyo|pagkain|hininga)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(ugat|sanhi|dahilan|pinagmulan|pinanggagalingan) ng lahat ng (problema|gulo|krimen|kahirapan|kasamaan|sakit|kamalasan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bbago (pa )?(dumating|lumipat|dumami|sumulpot|nagsidatingan|pumasok|nagsilipat|nagsulputan)( dito)? (ang|ang mga|yung mga|sila|itong mga)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:dehumanise: cancer of the nation, "animals, all of them"
re:\b(kanser|cancer|salot|peste|anay|sumpa|pabigat|perwisyo|lason|tae|basura) (ng|sa) (bansa|bayan|lipunan|mundo|pilipinas|pinas|komunidad|barangay|bansang|lahi)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bmga (hayop|salot|peste|ipis|daga|basura|demonyo|halimaw|baboy|aso|unggoy|linta|anay|kuto) ('?yan|iyan|sila|yan silang|sila lahat|'?yan lahat|lahat sila|silang lahat)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: permits to go out, make sure none move in, island, banned from public places, no decent company hires
re:\b(kailangan|dapat)( \S+){0,3} ng (special |espesyal na |sariling )?(permit|pass|pahintulot|id|lisensya|clearance|escort)( \S+){0,2} (para )?(lang )?(lumabas|makalabas|maglakad|makapaglakad|umalis|pumasok|makapasok|mabuhay|tumira|bumiyahe)\b | pred:exclude | 0.8 | exclusion_group
re:\bpara (walang|wala nang|hindi na|di na)( \S+){1,2} (na |ang )?(makalipat|makatira|makapasok|makabili|makaupa|lumipat|tumira|pumasok|makapag-?renta)\b | pred:exclude | 0.85 | exclusion_group
re:\b(ilagay|itapon|ipadala|ilipat|ikulong|dalhin|ipatapon|isakay|ilayo|ipunin)( na| lang| na lang)?( \S+){0,4} sa (isang )?(isla|pulo|barko|bangka|kampo|gubat|disyerto)\b | pred:exclude | 0.85 | exclusion_group
re:\bbahala na (sila|kayo) (doon|dun|diyan|dyan|sa sarili nila)\b | pred:exclude | 0.6 | exclusion_group
re:\bbawal (sila|ang mga|kayo|na sila|silang lahat) sa (mga )?(pampublikong lugar|publiko|labas|kalye|mall|paaralan|simbahan|trabaho|opisina|bansa|pinas|lugar namin|barangay|subdivision|health center|ospital)\b | pred:exclude | 0.85 | exclusion_group
re:\bwala(ng)? (matinong|disenteng|maayos na|seryosong|normal na|matinong mga|disenteng mga|matinong tao na) (kompanya|kumpanya|company|employer|amo|landlord|pamilya|paaralan|eskwelahan|tao|lalaki|babae|negosyo)( ang| na)? (kukuha|tatanggap|magpapaupa|magtitiwala|mag-?hire|mag-?hihire|papakasal|makikipagkaibigan|tatanggapin)\b | pred:exclude | 0.85 | exclusion_group
re:\b(umalis|lumayas|layas)( na)? (kayo|kayong lahat|silang lahat) (dito|sa bansa|sa pinas|sa lugar namin|sa bansang)\b | pred:exclude | 0.75 | exclusion_group

# ---- pred:threat: weapons to their gatherings, broken knees, "they will never sleep in peace"
re:\b(dadalhin|dalhin|magdadala|dinala|bitbitin|bibitbitin)( ko| namin| ko na)? (ang |ng |yung )?(itak|baril|patalim|kutsilyo|bolo|gulok|granada|bomba|balisong|sumpak|pamalo|lanseta|gasolina|machete)( ko| namin)? sa (susunod na |darating na )?(pagtitipon|meeting|rally|misa|simbahan|mosque|moske|kasal|pride|party|handaan|pista|martsa|pulong|protesta|event|tindahan|pwesto)\b | pred:threat | 0.85 | threat_group | severe
re:\b(tingnan|tignan) (natin|ko|lang natin) kung sino (ang )?(makakauwi|makakaligtas|mabubuhay|matitira|makakalabas)\b | pred:threat | 0.8 | threat_group | severe
re:\b(babaliin|baliin|babalian|pipilayin|lulumpuhin|babasagin|dudurugin)( ko| namin| natin)? (ang |ng |yung )?(tuhod|buto|binti|braso|kamay|paa|leeg|panga|ngipin|tadyang)\b | pred:threat | 0.85 | threat_group | severe
re:\b(hindi|di) na (sila )?(makatulog|makakatulog|makalabas|makakalabas|makauwi|makakauwi|makahinga|makakahinga|mabuhay|mabubuhay)( pa)? (nang|ng) (payapa|mapayapa|maayos|tahimik|ligtas|buhay)\b | pred:threat | 0.85 | threat_group | severe
re:\b(pupuntahan|susugurin|aabangan|babalikan)( ko| namin| natin) (sila |kayo )?(mamaya|mamayang gabi|ngayong gabi|bukas|ngayon)\b | pred:threat | 0.6 | threat_group

# ---- pred:violence: wipe out, lined against a wall, mobbing approved, burned alive
re:\b(ubusin|lipulin|puksain|pagpapatayin|lipunin)( na| lang| na lang)? (ang|ang lahat ng|lahat ng|sila|silang lahat)\b | pred:violence | 0.9 | violence_group | severe
re:\b(ipapila|ipapapila|ihanay|ihahanay|isandal|isasandal|pinapila|pipila) (sa|sa isang) (pader|dingding)\b | pred:violence | 0.9 | violence_group | severe
re:\b(babarilin|pagbabarilin|bibitayin|susunugin|sasaksakin|pupugutan)( na| lang)? (ang|ang mga|ang lahat ng|silang lahat|sila)\b | pred:violence | 0.85 | violence_group | severe
re:\b(kuyugin|kukuyugin|pagtulungang bugbugin|pagtutulungang bugbugin)\b | pred:violence | 0.8 | violence_group
re:\b(masunog|sunugin|susunugin|ilibing|ibaon|ibabaon|lutuin) (nang |ng )?buhay\b | pred:violence | 0.85 | violence_group | severe
re:\bmatututo (na |rin |din )?(ang iba|sila|ang lahat|ang mga natitira|ang natitira)\b | pred:violence | 0.7 | violence_group

# ---- harassment at a person: the stupidest person I ever met
re:\bpinaka-?(bobo|tanga|walang kwenta|walang kuwenta|walang silbi|gago|inutil|mangmang|masama|kadiri|mabaho|pangit|bastos)(ng| na)? ?(tao|taong)( na)? (nakilala|nakita|nakausap|nakasama|nakatrabaho) (ko|namin)\b | harassment | 0.7 | insult_at_person |

# ---- counter-speech: "nobody said that", "don't put words in my mouth", "you are the problem"
re:\bwala(ng)? (nagsabi|nagsasabi|nagsabing|sinabi)( dito| dyan| diyan)?\b | ctx:counter | | |
re:\b(lagyan|lalagyan|nilalagyan|maglagay|naglalagay) (mo )?(ako |ako ng )?(ng )?(salita|words) sa bibig\b | ctx:counter | | |
re:\b(ikaw|kayo) (ang|yung) (problema|may problema|bigot|rasista|racist|homophobic)\b | ctx:counter | | |

# ======================================================================
# Third round: families written from the misses of tests/tuning_suites_c
# ======================================================================
# Third round: families written from the misses of tests/tuning_suites_c (Tagalog, Taglish, a little
# Cebuano). Predicate-first Tagalog word order ("Virus ang mga X") and predicate-last order ("mga
# taksil sila") are both covered.

# ---- grp:protected / grp:other: "INC" (Iglesia ni Cristo) on its own; fans of a team
inc                        | grp:protected
re:\b(fans?|supporters?|tagahanga|tagasuporta|die-?hard fans?) (ng|ni) \w+\b | grp:other

# ---- pred:emotion: allergic to them; Cebuano curses at them; "pakyu sa lahat ng mga"
re:\b(allergic|alerdyik|allergy|may allergy|may allergic|alergic)( na)?( ako| kami| talaga ako| ako talaga| talaga)? sa\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(yawa|yawaa|yawa-a|piste|pisti|bilat|buang|animal)( gyud| jud| gud| kaayo)? (ning|ani nga|kining|sa)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(pakyu|fuck you|fak yu|pak yu|fuck|putang ?ina|tangina|punyeta|leche|letse|bwisit|buwisit|lintik) (sa|sa lahat ng|sa inyong|sa inyo|sa lahat|kayong|ninyong|nyong)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(tinitiis|tinatiis|tiniis|pinagtitiisan|tinitiis ko|tinitiis namin|sinisikmura)( ko| namin| natin)?( ang| yung)? (baho|dumi|sama|kabulukan|kababuyan|kabastusan|ugali|ingay|presensya)\b | pred:emotion | 0.85 | hate_emotion_group

# ---- pred:dehumanise: disease and cancer of society, "failed product", contagious rot
re:\b(virus|salot|peste|kanser|cancer|lason|anay|parasito|linta|basura|ipis|daga|uod)( talaga| lang| lamang| naman)? (ang|sila|kayo)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(kanser|cancer|salot|peste|sakit|virus|lason|sumpa|anay|pabigat|tinik|basura|dumi|linta|parasito) (ng|sa|ng ating|sa ating|ng aming|ng buong|ng ating buong) (lipunan|bayan|bansa|mundo|pamilya|sambayanan|komunidad|barangay|sangkatauhan|henerasyon|simbahan|pilipinas)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(nakakahawa|nakahahawa|kumakalat|ikinakalat|ipinapasa|ipapasa|mahahawa|mahawa|nahahawa|hahawa|ikakalat)( \w+){0,3} (kabulukan|kasamaan|kababuyan|karumihan|kadumihan|kahalayan|kabastusan|kamangmangan|kalaswaan|kasalanan)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(palpak|sira|depektibo|defective|bulok|basurang|pangit) (na )?(produkto|gawa|likha|nilalang|nilikha|klase|henerasyon|lahi)\b | pred:dehumanise | 0.8 | dehumanising_group

# ---- pred:attribute: smell, shame of the family, what use are they, brains in the soles of the feet
re:\bamoy[- ]?(imburnal|estero|kanal|basura|basurahan|patay|bangkay|baboy|kambing|putik|tae|ihi|paa|pawis|isda|bulok|burak|aso|daga|kulob|kili-kili|kilikili|sibuyas|bawang|curry|lupa|araw|usok|sigarilyo)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(kahihiyan|sumpa|pabigat|salot|sakit ng ulo|disgrasya|batik|mantsa|dungis|perwisyo|problema|tinik) (ng|sa) (pamilya|angkan|lahi|bayan|bansa|lipunan|barangay|simbahan|magulang|mga magulang|gobyerno|komunidad)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(pabigat|pasanin|perwisyo|salot|peste|linta|sagabal|problema|taksil|traydor|kaaway)( lang| lamang)?( sila| kayo)? (sa|ng) (gobyerno|bayan|bansa|lipunan|pamilya|lahat|ekonomiya|komunidad|barangay|mundo|sambayanan|pilipinas|pinas)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bano (ba|bang|ba ang|pa ang|pa bang|nga ba ang|naman ang)? ?(ang )?(silbi|kwenta|kuwenta|pakinabang|saysay|ambag|naitutulong|naiaambag|halaga|gamit)( ng| nila| ninyo| nyo| niyo)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(nasa|nasa may) (talampakan|paa|tuhod|puwit|pwet|puwitan|singit|sakong|bulsa|tiyan)( \w+)? (ang |yung )?(utak|isip|kukote)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(utak|isip|kukote)( nila| ninyo| nyo| niyo| ng mga \w+)?( ay)? nasa (talampakan|paa|tuhod|puwit|pwet|puwitan|singit|sakong|bulsa)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bwala(ng)? (laman|lamang)( ang)? (utak|ulo|isip|kukote|bungo)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bpuro (sipsip|ahas|plastik|sinungaling|manloloko|magnanakaw|tamad|bastos|kurakot|traydor|taksil|linta|peste|salot|yabang|arte|daldal|tsismis|chismis|lason|kamandag|satsat|reklamo|angas)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(manggagantso|mandurugas|manloloko|magnanakaw|sinungaling|estafador|budol|kawatan|mandarambong|tulisan|snatcher|holdaper|kriminal|taksil|traydor|ahas|sipsip|linta)(ng)? (silang lahat|sila lahat|lahat sila|kayong lahat|kayo lahat|sila|kayo)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(baho|dumi|sama|pangit|kabulukan|kababuyan|kapal) (ng|nang) (ugali|asal|pag-uugali|budhi|kalooban|pagkatao|isip|bibig|bunganga|mukha)( nila| ninyo| nyo| niyo)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\bwala( pa| pa rin| rin| talaga| namang| naman)?( silang| kayong| siyang| ni katiting na) (utang na loob|hiya|modo|galang|respeto|delikadesa|malasakit|pakundangan|disiplina)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(naging|nagmukhang|nagmistulang|mukhang|parang)( \w+)? (squatter|squatters|iskwater|iskwateran|basurahan|tambakan|slum|babuyan|kulungan ng baboy|impyerno)( area)?\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(hampaslupa|hampas-lupa|hampas lupa|patay-gutom|patay gutom|walang pinag-aralan|squammy|skwater|iskwater|jologs)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(nakakasulasok|nakasusulasok|nakakarimarim|nakaririmarim|nakakasuklam|nakasusuklam|nakakaumay|nakakasuka)(ng)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(samok|baho|hugaw|bastos|tapolan|kawatan)( kaayo| jud| gyud| kaau)\b | pred:attribute | 0.7 | negative_attribute_group
re:\bkaya (pala|naman pala|naman|siguro) (ganyan|ganoon|ganun|ganon|ganito)( ang| yung| kasi| talaga)? (ugali|asal|kilos|galawan|pag-uugali|ugaling|amoy|itsura)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(ka|kayo) (lang|lamang) (naman|pala|eh|e)\b | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:attribute: never decent people, don't expect them to live normally, no honour to be found
re:\b(hinding-hindi|hindi kailanman|di kailanman|hindi|di) (kailanman )?(magiging|naging|nagiging|maituturing na|ituturing na|matatawag na) (disenteng|matinong|mabuting|normal na|tunay na|totoong|kagalang-galang na|maayos na)( na)? (tao|mamamayan|pilipino|kapitbahay|kasama|miyembro|tao ang)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(wag|huwag|hindi|di)( mo| nyo| niyo| ninyo)?(ng)? (asahan|aasahan|inaasahan|umasa)( na)? (mamumuhay|mabubuhay|mamuhay|kikilos|magiging|aasal|aasta|magbabago)( nang| ng)? (normal|maayos|disente|matino|tahimik|tulad ng|gaya ng|marangal)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bwala(ng)? (kang |kayong |tayong )?(makikitang|makikita|mahahanap na|mahahanap|matatagpuang|matatagpuan) (dangal|kabutihan|respeto|galang|puri|hiya|malasakit|talino|disiplina|kagandahang-asal|silbi|kwenta|kuwenta|katinuan|kabaitan)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:attribute: suspicion frames (bring in the laundry, the wallet went missing, wash hands thrice, always the suspect)
re:\b(pag|kapag|kung|pagka|tuwing|basta|kapag may|pag may)\b[^.!?]{1,50}\b(ipasok|itago|iligpit|bantayan|ingatan|ikandado|i-?lock|kandaduhan|itabi)( mo| nyo| niyo| ninyo| natin)?( na)?( \w+){0,2} (sinampay|tsinelas|manok|motor|bisikleta|bike|alahas|wallet|pitaka|cellphone|sapatos|halaman|labada|sampayan)\b | pred:attribute | 0.95 | negative_attribute_group
re:\bkaya (pala|naman pala|nga|siguro)( \w+)? (nawala|nawawala|nanakaw|ninakaw|nadukot|nawalan|naglaho)( ang| ng| yung)?( \w+)? (wallet|pitaka|cellphone|cp|selpon|pera|bag|relo|alahas|gamit|tsinelas|sinampay|manok|motor)( ko| namin| niya| mo)?\b[^.!?]{0,40}\b(katabi|kasabay|katapat|nakatabi|nakasabay|nakasalubong|may|nakabangga|nakipagkamay|kasama|dumaan)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(maghugas|hugasan|maghuhugas|mag-?alcohol|mag-?sanitize|linisin|kuskusin|magbanlaw)( ka| kayo| ako| mo| agad| kaagad| na| kami)*( ng| ang)? (kamay|mga kamay|katawan|kamay mo)\b,?( \S+){0,3},? (tatlong beses|pitong beses|tatlong ulit|ilang beses|nang maigi|ng lupa|gamit ang lupa|ng alcohol)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(na naman|nanaman|lagi|palagi|laging|parating)( na)?( ang| ang mga| sila ang)? (suspect|suspek|salarin|may sala|may kasalanan|sangkot|nasangkot|itinuturo|akusado|may gawa)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(kaya|kaya nga|kaya naman)( \w+)? (hindi|di|walang) (umaasenso|umuunlad|aasenso|uunlad|makaahon|umaangat|sumusulong|umusad|umuusad)( ang| ng)? (pinas|pilipinas|bansa|bayan|barangay|lugar|probinsya|lungsod|siyudad)\b[^.!?]{0,25}\b(dumadami|dumami|marami|puro|kasi|dahil)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:exclude: don't want them as co-workers; clean and quiet barangay; know their place; "natuto na kami"
re:\b(ayoko|ayokong|ayaw ko|ayaw kong|ayaw namin|ayaw naming|di ko gusto|hindi ko gustong|ayaw ng)( \w+)? (makasama|kasama|makatrabaho|katrabaho|makatabi|katabi|kapitbahay|maging kapitbahay|makasalamuha|makihalubilo|makisalamuha|makasabay|makapitbahay)\b | pred:exclude | 0.85 | exclusion_group
re:\bgusto (lang |lamang )?(namin|natin|ko|nila) (ng|na|ang)( \w+){0,3} (malinis|tahimik|ligtas|maayos|disente|payapa|disiplinadong)( at \w+)?( na)? (barangay|lugar|komunidad|subdivision|kapitbahayan|paligid|bayan|opisina|eskwelahan|paaralan|kalye|compound|village)\b | pred:exclude | 0.9 | exclusion_group
re:\b(basta|basta't|kung|as long as|hangga't|basta lang)( \w+)? (marunong|matutong|natututo|alam) (lumugar|lumagay sa lugar|ng lugar nila|makisama|sa lugar nila|mahiya)\b | pred:exclude | 0.9 | exclusion_group
re:\b(hindi|bawal|walang|no|except|maliban sa|huwag)\b[^.!?]{1,40}\b(natuto na|nadala na|na-?trauma na|trauma na|kadala na|kadala|nadala)( kami| ako| kmi)?\b | pred:exclude | 0.9 | exclusion_group
re:\bsino (ba|bang|pa ba|naman|ba naman|pa)( ang)? (may gusto|may gustong|gusto|gustong|papayag|papayag na|sasang-ayon|gaganahan) (maging|na maging|makasama|makatabi|makatrabaho|makapitbahay|pakasalan|mapangasawa|katabi|kasama|kapitbahay)\b | pred:exclude | 0.85 | exclusion_group
re:\b(kailan|kelan)( ba| kaya| pa| pa kaya)? (malilinis|lilinisin|malilinisan|maaalis|mawawala|mapapalayas|maaalisan|makakalaya)( ang| na ang)? (pilipinas|pinas|bansa|bayan|barangay|lugar|mundo|kalye|subdivision|eskwelahan|opisina|lungsod|siyudad)\b | pred:exclude | 0.85 | exclusion_group
re:\b(linisin|malinis|malilinis|lilinisin|linisan)( na)?( ang)? (pilipinas|pinas|bansa|bayan|barangay|lugar|mundo|lungsod|siyudad|kalye|subdivision) (sa|mula sa)\b | pred:exclude | 0.85 | exclusion_group
re:\b(hindi|di) (mo|nyo|niyo|ninyo|nila) ('?to|ito|yan|iyan) (kalsada|lugar|bansa|bahay|teritoryo|mundo|pinas|pilipinas|barangay)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:threat: breaking bones, torching their houses one by one, a sharpened bolo, "you'll regret being born"
re:\b(babaliin|baliin|babalian|pipilayin|lulumpuhin|babasagin|dudurugin|bubugbugin|gugulpihin|tatadtarin)( ko| namin| natin)?( talaga)? (ang|ng|yung) (mga )?(buto|tuhod|binti|braso|kamay|paa|leeg|panga|ngipin|tadyang|bungo|ulo|mukha)( nila| niya| mo| nyo| ninyo)?\b | pred:threat | 0.9 | threat_group | severe
re:\b(isa-isahin|iisa-isahin|sugurin|susugurin|lusubin|lulusubin|sunugin|susunugin|sirain|sisirain|wasakin|wawasakin|pasabugin|bombahin)( natin| namin| ko)? (ang |yung )?(mga )?(bahay|tirahan|tindahan|simbahan|mosque|moske|tambayan|kampo|pwesto|opisina|kapilya|bahay-sambahan)\b | pred:threat | 0.85 | threat_group | severe
re:\b(magdala|dalhin|magdadala|bitbitin|magbitbit)( kayo| tayo| kami| ka)?( ng)? (gasolina|gaas|posporo|lighter|molotov|itak|bolo|baril|pamalo|tubo|kutsilyo|sumpak|lata ng gasolina)\b | pred:threat | 0.8 | threat_group | severe
re:\b(hasa|hinasa|hinahasa|nakahasa|nakahanda|naka-?ready|kargado|loaded)( na)?( ang| yung)? (itak|bolo|gulok|kutsilyo|patalim|baril|sumpak|balisong|machete|lanseta|pana)\b | pred:threat | 0.8 | threat_group | severe
re:\b(hinihintay|hihintayin|inaabangan|aabangan|inaantay|aantayin|hinintay)( ko| namin| natin)( na)?( lang)? (ang |yung )?(unang|susunod na|kung sinong|sinumang|bawat)\b[^.!?]{1,30}\b(dadaan|daraan|lalabas|lalapit|magpapakita|mapapadaan|lalagpas|dumaan|papasok|uuwi)\b | pred:threat | 0.85 | threat_group | severe
re:\b(hinihintay|inaantay|hihintayin)( ko| namin| natin)?( na)?( lang)? (ang )?(tamang|magandang) (oras|panahon|pagkakataon|tiyempo|timing)\b | pred:threat | 0.7 | threat_group
re:\b(kabisado|memoryado|kabisa|saulado|saulo)( ko| namin| natin)( na)? (ang )?(address|adres|tirahan|tambayan|lokasyon|schedule|iskedyul|location)\b | pred:threat | 0.7 | threat_group
re:\balam (namin|ko|natin) kung saan (kayo|sila|siya|ka) (nakatira|nagtitipon|nagkikita|tumatambay|nagsisimba|nagdadasal|natutulog|nagtatago|umuuwi|nagtitipun-tipon)\b | pred:threat | 0.75 | threat_group
re:\b(pagsisisihan|pagsisihan|magsisisi|pagsisisihin)( \w+){0,4} (na |nang )?(ipinanganak|pinanganak|isinilang|nabuhay|nakilala|nakaharap|nakabangga|ipinanganak pa)\b | pred:threat | 0.9 | threat_group | severe
re:\b(hindi|di) na (sila |kayo |siya |ka )?(makakalakad|makalakad|makakatayo|makatayo|makakapagsalita|makakakita|magigising)( pa| ulit| muli)?\b | pred:threat | 0.85 | threat_group | severe
re:\b(hindi|di) na (sila |kayo |siya |ka )?(makakauwi|makauwi|makakabalik|makabalik|makakalabas|makalabas)( pa)? (nang|ng) (buo|buhay|maayos|humihinga)\b | pred:threat | 0.85 | threat_group | severe
re:\b(magro-?ronda|magroronda|mag-?patrol|magpapatrol|maghahanap|manghuhuli|mangangaso)( kami| tayo| kaming| kami ulit)?( \w+){0,2} (para|upang) (hanapin|hulihin|tugisin|abangan|sugurin)\b | pred:threat | 0.8 | threat_group | severe
re:\b(sasagasaan|sagasaan|babanggain|bubundulin|sasagasaan ko|kakaladkarin|papatulan)( ko| namin| natin)( talaga| agad| na lang)?\b | pred:threat | 0.85 | threat_group | severe

# ---- pred:violence: lessons with fists, "salvage na lang", quietly "taking care of" them
re:\b(turuan|magturo|tuturuan|bigyan|bibigyan|binigyan)( \w+)? (ng )?(leksyon|leksiyon|lesson|aral)\b | pred:violence | 0.75 | violence_group
re:\b(kahit|kung kailangan|kahit pa|kahit na) (sa )?(suntukan|bugbugan|sapakan|bakbakan|dahas|karahasan|pamalo|itak|baril|gulpihan)( pa)?\b | pred:violence | 0.95 | violence_group | severe
re:\bsalvage(hin|in)?( na| na lang| nalang| lang| ang| sila| silang lahat)\b | pred:violence | 0.9 | violence_group | severe
re:\bwala(ng)? (namang |naman |ring |din )?(maghahanap|hahanap|magrereklamo|iiyak|makakaalala|makakamiss|magluluksa|makakapansin|makakaalam) (sa kanila|sa kanya|sa inyo)\b | pred:violence | 0.75 | violence_group
re:\b(dapat|kailangan|sana)( may| meron| na may)? "?(mag-?asikaso|asikasuhin|aasikaso|mag-?linis|linisin|lilinisin|ayusin|mag-?ayos|tumapos|tapusin|magligpit|iligpit)"?( \S+){0,4} (nang tahimik|ng tahimik|nang palihim|ng palihim|sa dilim|nang walang ingay|nang walang bakas|para wala nang gulo)\b | pred:violence | 0.9 | violence_group | severe

# ---- grp:pronoun: "that kind"; "kayo" addressing a group named just before
re:\b(ganyang|ganitong|ganoong|ganong|ganung|ganiyang) (klase|uri|lahi)\b | grp:pronoun
kayo                       | grp:pronoun

# ---- allow: cursing one's own gadgets ("sunugin yung cellphone ko", "parang tae yung laptop ko")
re:\b(sunugin|itapon|ibato|basagin|ihagis|ibalibag|sirain|wasakin|ilunod|durugin|tapakan)( ko)?( na)?( lang)?( sa dagat| sa basurahan| sa ilog| sa bintana)? (yung|ang|itong|iyong|tong|ung) (cellphone|cp|selpon|phone|laptop|computer|kompyuter|pc|tv|printer|router|modem|wifi|charger|motor|kotse|relo|gadget|tablet|ipad|keyboard|mouse|headset|remote|aircon|ref|electric fan)\b | allow
re:\b(parang|mukhang|kasing-?) ?(tae|basura|bulok|dumi|ebak) (yung|ang|itong|tong|ung) (cellphone|cp|selpon|phone|laptop|computer|pc|tv|printer|router|modem|wifi|charger|motor|kotse|headset|remote|aircon|ref|tablet|internet|signal|sasakyan)\b | allow
re:\b(yung|ang|itong|tong|ung) (cellphone|cp|selpon|phone|laptop|computer|pc|tv|printer|router|modem|wifi|charger|motor|kotse|headset|remote|aircon|ref|tablet|internet|signal)( ko| namin| natin| nila| mo| ng tv)?,? (walang silbi|walang kwenta|walang kuwenta|bulok|sira|palpak|basura)\b | allow
# ---- allow: slur homonyms (a duck embryo dish, narrow eyes when sleepy, a Ford Thunderbird)
re:\b(pritong|piniritong|prito|nilagang|inihaw|ginisang|adobong|ulam na|itlog na|bumili ng|kumain ng|nag-?ulam ng|balut at|penoy at) abnoy\b | allow
re:\bsingkit (ng|na|ang) (mata|mga mata)\b | allow
re:\b(ford|vintage|kotse|sasakyan|thunderbird|classic)( \w+)? t-?bird\b | allow

# ---- ctx:counter: condemning hateful words and those who say them; naming hate comments; "don't stay silent"
re:\b(ganitong|ganyang|ganoong|ganung|ganong|ganitong klaseng|ganyang klaseng) (salita|pananalita|komento|post|biro|pag-iisip|mindset|pananaw|paninira|pangungutya)\b | ctx:counter
re:\b(nagbibigay|nagbigay|nagbibigay-daan|nagtutulak)( \w+){0,3} (lakas ng loob|dahilan|permiso|pahintulot)( \w+){0,2} (sa mga )?(nambubugbog|nananakit|nang-aapi|nambubully|umaatake|nandidiskrimina)\b | ctx:counter
re:\b(ganun|ganoon|ganon|ganung|ganong) (kakitid|kababaw|karasista|ka-?racist|kasama|kaitim)( ang| ng) (isip|utak|pag-iisip|puso|budhi)\b | ctx:counter
re:\b(hate comments?|hate speech|hate posts?|hate messages?|pambabash|bashing|pang-?aapi|diskriminasyon|panliligalig|harassment|pambu-?bully|pambubully|bullying|pang-?iinsulto|pangungutya|panlalait)( \w+)? (sa|laban sa|against|towards|sa kapwa)\b | ctx:counter
re:\b(wag|huwag|hindi) (tayong|tayo|kayong|kayo|natin) (manahimik|tumahimik|magbulag-bulagan|magbingi-bingihan|palampasin|hayaan)\b | ctx:counter
re:\b(nakakatanggap|nakatanggap|natatanggap|tumatanggap|dumarating|nakakakuha)( ako| kami)?( ng| ang)? (dm|dms|mensahe|message|messages|comments|komento|text|tawag|pm)( \w+){0,3} (mura|banta|pagbabanta|insulto|pang-?iinsulto|pambabastos|hate|pananakot|threats|death threats|panlalait)\b | ctx:counter
re:\b(yung|ang|mga|yung mga|ang mga|sa mga) (tumatawag|tumawag|nagtatawag|nanlalait|nang-?iinsulto|nangungutya|nambabastos|nambubully|nambu-?bully|nagbabansag|nambabash|nanghuhusga|nandidiskrimina)\b | ctx:counter
re:\b(sila|kayo|siya) (ang|yung) (dapat|kailangang|nararapat na|dapat na) (mahiya|managot|kasuhan|parusahan|ikulong|humingi ng tawad|magsorry|mag-sorry)\b | ctx:counter
re:\b(pangalan|tawag|bansag) (ng|na) (hayop|aso|baboy|unggoy|demonyo)\b | ctx:counter
re:\b(kasabwat|kakuntsaba|complicit|kasangkot)( ka| kayo| tayo| na rin| rin| din)+\b | ctx:counter
re:\bhabang (binu-?bully|binubully|inaapi|inaatake|dinidiskrimina|sinasaktan|binabastos|ginugulpi|binubugbog|hinaharass|nilalait|pinagtatawanan)\b | ctx:counter
re:\bsana (makulong|maparusahan|mahuli|managot|makasuhan|kasuhan|maaresto|mahuli na|makulong na)( na)? (ang|ang mga|yung|yung mga|lahat ng) (gumawa|salarin|may sala|responsable|suspek|nanakit|umatake|bumato|sumunog|nambugbog|may gawa)\b | ctx:counter
re:\b(dahil|dahil lang|dahil lamang|dahil lang sa|dahil sa) (sa )?(kung sino (siya|sila|ka|kayo)|kung ano (siya|sila|ka|kayo)|kanilang (pagkatao|kasarian|relihiyon|lahi|kulay|paniniwala)|pagkatao|kasarian|relihiyon|lahi|kulay ng balat|kapansanan|paniniwala|pinanggalingan)\b | ctx:counter
re:\b(normal|ordinaryong tao|tao rin|tao din|tao lang)( lang| lamang| rin| din)? (sila|kayo|siya)( lang| rin| din)? (gaya|tulad|katulad|kagaya) (natin|namin|ng iba|nating lahat|ko|mo|ng lahat)\b | ctx:counter

# ---- ctx:denial: "does anyone still believe they are human?"
re:\b(may|meron|mayroon) (pa )?(bang |ba ang |pang )?(naniniwala|maniniwala|nag-iisip|nagsasabi|nag-aakala)(ng)?( pa)?( bang?)?\b | ctx:denial

# ---- ctx:ingroup: "X din si ..." (the writer and a friend share the label: reclaimed use)
re:\b(din|rin) (si|sina)\b | ctx:ingroup

# ---- harassment: calls to expose and shame a person; "mukha kang ..." insults; "basura siya"
re:\b(i-?expose|iexpose|i-?viral|iviral|ipahiya|i-?shame|ishame|ipakalat|ipagkalat|ikalat|i-?call out)( natin| namin| ko| nyo| niyo| ninyo)? (si|sina|yung|ang)\b | harassment | 0.55 | harassment_phrase
re:\b(basura|salot|peste|walang kwenta|walang kuwenta|walang silbi|demonyo|manloloko|sinungaling|malandi|pokpok|inutil|kadiri|nakakadiri)( talaga| lang)? (siya|sya|xa)\b | harassment | 0.6 | insult_at_person
re:\bmukha (kang|kayong|siyang|kang isang) (puwit|pwet|puwitan|unggoy|aso|baboy|kabayo|daga|butiki|palaka|tae|basura|paa|kuto|ipis|kalabaw|tipaklong)( ng \w+)?\b | harassment | 0.7 | insult_at_person

# ---- pred:attribute: "who still believes in them?"
re:\bsino (pa )?(ba |bang |pa bang )?(ang )?(naniniwala|maniniwala|nagtitiwala|magtitiwala|rumerespeto|gumagalang|bilib) (pa )?(sa|kay)\b | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:worth: "tao ang mga X" (counts only when denied: "may naniniwala pa bang tao ang ...")
re:\btao( rin| din| talaga| nga)? ang mga\b | pred:worth | 0.85 | negative_attribute_group
# ---- pred:emotion: "more and more of them here, disgusting"
re:\b(dumadami|dumami|dumarami|padami nang padami|pakalat-kalat)( na)?( ang)?( \w+){0,5},? (nakakadiri|nakakainis|nakakairita|nakakasuka|nakakabwisit|kadiri|nakakasulasok)\b | pred:emotion | 0.9 | hate_emotion_group
# ---- grp:other: traffic enforcers
traffic enforcer*          | grp:other

# ======================================================================
# Fourth round: families written from the misses of tests/tuning_suites_d
# ======================================================================
# term | category | weight | key | flags
# Fourth round: families written from the misses of tests/tuning_suites_d (Tagalog, Taglish).

# ======================================================================
# pred:threat: first-person threats (fillers "na talaga" between verb and body part; future forms)
# ======================================================================
re:\b(babasagin|basagin|dudurugin|durugin|bibiyakin|biyakin|wawasakin|pupukpukin|hahatawin|tatadtarin|gigilitan|babaliin|baliin|pipilayin|lulumpuhin|bubugbugin|gugulpihin|sasapakin|tutuhurin|sisipain|hahampasin|papaluin|pupukpukin|bubutasin)( ko| namin| natin| kita| ka)?( na| talaga| lang| na lang| na talaga| talaga na| agad| kaagad| mismo)+ (ang|ng|yung|ung|mga|ang mga)( mga)? ?(bungo|ulo|mukha|panga|ngipin|buto|leeg|tadyang|tuhod|binti|braso|kamay|paa|nguso|bunganga|ilong|mata|likod|sikmura|tiyan)\b | pred:threat | 0.9 | threat_group | severe
re:\b(ipapatapon|ipatatapon|itatapon|ihuhulog|ihahagis|ibabaon|ilulunod|itutulak|ipapakain|ipapatapon|ipatapon|itapon|ihulog|ihagis|ibaon|ilunod|ipakain|isasakay|ipapadala)( ko| namin| natin| nila)?( \S+){0,6} sa (gitna ng |ilalim ng |pusod ng |bunganga ng |laot ng )?(dagat|ilog|bangin|laot|karagatan|bulkan|impyerno|buwaya|mga buwaya|pating|mga pating|hukay|balon|kumunoy)\b | pred:threat | 0.9 | threat_group | severe
re:\bwala(ng)? (matitira|matitirang|ititira|ititirang|maiiwan|maiiwang|makakaligtas|makakatakas|sasantuhin|patatawarin)( ni isa| kahit isa| sa kanila| buhay| ni isa sa kanila| kahit isa sa kanila)\b | pred:violence | 0.8 | violence_group
re:\balam na (namin|ko|natin|nila) (kung saan|ang bahay|bahay|address|tirahan|ang address|ang tirahan)( \S+){0,2}( (nakatira|nagtitipon|nagkikita|tumatambay|nagsisimba|natutulog|nagtatago|umuuwi))?\b | pred:threat | 0.75 | threat_group
re:\b(humanda|maghanda|mag-?ingat|magdasal|magdasal na)( na)? (kayo|ka|sila|kayong lahat)( na| lahat)?\b | pred:threat | 0.7 | threat_group
re:\b(hindi|di) na (yan|iyan|'yan|yun|iyon|yon|sila|siya|kayo|ka) (makakalakad|makalakad|makakauwi|makauwi|makakatayo|makatayo|makakabalik|makabalik|makakalabas|makalabas|magigising|makakapagsalita|makakahinga|mabubuhay|makakakita|sisikatan ng araw|aabutan ng umaga|aabutin ng umaga|makakakita ng umaga)( pa| ulit| muli)?( (pauwi|nang buo|ng buo|nang buhay|ng buhay|nang maayos))?\b | pred:threat | 0.9 | threat_group | severe
re:\b(sisiguraduhin|sinisiguro|sisiguruhin|titiyakin|sisiguraduhin)( ko| namin| naming| kong| natin| nating)?( na)? (hindi|di|wala)( na)?\b | pred:threat | 0.5 | threat_group
re:\b(uuwi|makakauwi|babalik|lalabas|aalis|iuuwi)( \S+)? (nang|ng|na) (nakahiga|nakaratay|nakakabaong|nasa kabaong|nakabalot|duguan|lumpo|pilay|naka-?stretcher|walang buhay|bangkay|gapang|gumagapang|nakasako|wala nang buhay|naka-?wheelchair|bali-bali)\b | pred:threat | 0.9 | threat_group | severe
re:\b(nakakahon|naka-?kahon|nakabaong|nasa kabaong|nakakabaong|naka-?kabaong|nakasako|isasako|nakabalot sa sako|nakabalot sa kumot|nakabalot sa plastik|nasa body bag|naka-?body bag)\b | pred:threat | 0.85 | threat_group | severe
re:\b(ibabalik|ipapauwi|pauuwiin|ihahatid|iuuwi)( ko| namin| natin) (kayo|sila|ka|siya)( \S+){0,4} sa (pinanggalingan|pinagmulan|pinanggalingang)( nyo| niyo| ninyo| nila| mo| niya)?\b | pred:threat | 0.6 | threat_group
re:\b(lilinisin|lilinisan|papalinisin|linisin|lilinis|lilinisin na)( namin| natin| ko)? (ang |itong |'?tong )?(bayan|bansa|barangay|lugar|kalye|lungsod|siyudad|subdivision|eskwelahan|paaralan|pilipinas|pinas|mundo|komunidad)( na '?to| na ito| natin| namin| ko|ng ito)? (sa|mula sa)\b | pred:threat | 0.85 | threat_group | severe
re:\b(isa-isa|isa isa|isaisa|isa-isahin|isaisahin)( ko| namin| natin)?( sila| kayo| kayong lahat| silang lahat)?(\.|!|,|$| tandaan| abangan| humanda| hintayin)\b | pred:threat | 0.6 | threat_group
re:\b(dalhin|magdala|magdadala|bitbitin|magbitbit|ihanda|dalhin na)( nyo| niyo| ninyo| mo| natin| na| na ang| ang| yung| ng| ang mga| yung mga)?( mga)? (pamalo|tubo|itak|bolo|baril|kutsilyo|patalim|sumpak|gasolina|molotov|posporo|lighter|lata ng gasolina|baseball bat|batuta|kahoy|bato|granada|lubid)( nyo| niyo| ninyo| natin)?\b | pred:threat | 0.8 | threat_group | severe
re:\b(bibisitahin|bisitahin|dadalawin|dalawin|pupuntahan|puntahan|dadayuhin|dayuhin|susugurin|sugurin|aakyatin|aakyat|lulusubin|kakatukin|kakatok sa)( natin| namin| ko| nyo| niyo)? (ang |yung |ung |ang mga |yung mga |mga )?(bahay|tirahan|tindahan|kapilya|bahay-sambahan|pwesto|puwesto|tambayan|opisina|boarding house|dorm)( ng| nila| nyo)\b | pred:threat | 0.75 | threat_group
re:\b(magtaka|magulat|magtanong)( \S+){0,2} (kung )?sino (ang|yung|na ang) (susunod|next)\b | pred:threat | 0.85 | threat_group | severe
re:\b(kayo|ikaw|sila|kayong lahat|silang lahat|ka) na (ang|yung) (susunod|next)( mga| kaya| tandaan| promise| sigurado)?(\.|!|,|\?|$) | pred:threat | 0.8 | threat_group | severe
re:\b(ginawa|nagawa|gagawin|ginagawa) (na )?(namin|ko|natin) ('?to|ito|iyan|'?yan|yun|iyon)( dati| noon| na| noong isang linggo| kahapon)? sa (isang|mga|isa|inyong)\b | pred:threat | 0.7 | threat_group
re:\b(hintayin|antayin|abangan|aabangan|hihintayin|aantayin|inaabangan)( nyo| niyo| mo| ninyo)? (ako|ko|kita|kayo|ka|niyo ako|nyo ako)( mamaya| bukas| mamayang gabi| pag-?uwi)?( sa| dito sa| diyan sa| dyan sa) (labas|kanto|eskinita|gate|likod|parking|paradahan|school|iskul|eskwelahan|bahay|tapat)\b | pred:threat | 0.85 | threat_group | severe
re:\bmay (sorpresa|surprise|inihanda|nakahanda|naghihintay na sorpresa|espesyal na sorpresa)( ako| kami| na ako| na kami)\b | pred:threat | 0.75 | threat_group
re:\b(hindi|di) (nyo|niyo|ninyo|mo|nila|niya) (magugustuhan|gugustuhin|makakalimutan|malilimutan|kakayanin)\b | pred:threat | 0.6 | threat_group
re:\b(tingnan|tignan|tingnan na lang|subukan|sukatin)( natin| ko| namin)? (ang )?(tapang|angas|yabang|galing)( mo| nyo| niyo| ninyo| nila)\b | pred:threat | 0.7 | threat_group

# ======================================================================
# pred:violence: calls and wishes (someone should "clean up", petrol on their houses, shoot on sight)
# ======================================================================
re:\b(magbuhos|buhusan|bubuhusan|ibuhos|ibubuhos|magsaboy|sabuyan|sasabuyan|binuhusan|nagbuhos)( na)?( ng)? (gasolina|gaas|kerosene|asido|acid|muriatic|langis|thinner|kumukulong tubig)\b | pred:violence | 0.9 | violence_group | severe
re:\bhabang (tulog|natutulog|nasa loob|nagdadasal|nagsisimba|nagpapahinga) (sila|sila lahat|silang lahat|ang mga|kayo)\b | pred:violence | 0.55 | violence_group
re:\b(para|upang|nang) (maubos|mapuksa|malipol|mamatay|maglaho|mawala|mabura|matapos|matigok|mategi)( na)?( lahat| nang tuluyan| ng tuluyan)?( ang| sila| silang| ang mga| ang lahat| lahat)\b | pred:violence | 0.85 | violence_group | severe
re:\bsana (may|meron|mayroong|merong) (gumawa|gagawa|kumilos|tumapos|magligpit|magpasabog|sumunog|magsunog|bumaril|pumatay|umubos|magbuhos|maghagis|magtapon|lumason|lason)\b | pred:violence | 0.7 | violence_group
re:\b(deserve|karapat-dapat|nararapat|bagay|dapat lang)( \S+){0,4} (na|nang|ng|ma|maging)? ?(mabugbog|bugbugin|masaktan|saktan|mapatay|patayin|barilin|mabaril|sunugin|masunog|gulpihin|magulpi|mabitay|bitayin|mamatay|bugbog|pahirapan|mahirapan|mapalo|paluin|latiguhin|malatigo|kuyugin|makuyog|lunurin|malunod|ipako|saksakin|masaksak)\b | pred:violence | 0.9 | violence_group | severe
re:\b(bugbugin|mabugbog|paluin|mapalo|latiguhin|gulpihin|saktan)( \S+){0,2} hanggang (matuto|magtanda|magsisi|mamatay|mawalan ng malay|dumugo|magmakaawa|lumuhod)\b | pred:violence | 0.9 | violence_group | severe
re:\b(may |merong )?dapat (nang |na )?(maglinis|magligpit|mag-?ayos|umaksyon|kumilos|gumawa ng paraan|magturo ng leksyon|tumapos) (sa|sa mga|sa lahat ng)\b | pred:violence | 0.75 | violence_group
re:\bkahit (walang|wala nang|labag sa|lampas sa) (batas|batas-batas|proseso|due process|kaso|paglilitis|korte|pulis|permiso)\b | pred:violence | 0.8 | violence_group | severe
re:\b(pinapasabog|pasasabugin|papasabugin|sasabugin|pasabugin na|pinasabog na|pagsasabugin|bombahin na|bobombahin|pinapabomba|ipabomba)\b | pred:violence | 0.95 | violence_group | severe
re:\b(paputukan|paputukin|pagbabarilin|barilin|babarilin|patayin|papatayin|tirahin|itumba|itutumba|pagbabarilin)( na)?( lang)?( \S+)? (on sight|agad-agad|nang walang tanong|ng walang tanong|pagkakita|kapag nakita|pag nakita|sa mismong lugar)\b | pred:violence | 0.9 | violence_group | severe
re:\b(pwedeng|puwedeng|pwede nang|puwede nang|dapat nang|dapat lang)( \S+)? (paputukan|barilin|patayin|pagbabarilin|itumba|saksakin|sunugin|bugbugin|kuyugin|sagasaan|tirahin)\b | pred:violence | 0.9 | violence_group | severe

# ======================================================================
# pred:attribute / pred:exclude: negated positives
# ======================================================================
re:\bwala(ng)? (magandang|mabuting|kabutihang|positibong|maayos na|matinong|kapaki-pakinabang na|mabuting bagay na) (naidulot|naidudulot|nagawa|nagagawa|naiambag|naiaambag|naitulong|naitutulong|naibigay|dinala|idinulot|dulot|ginawa|hatid|naihatid)\b | pred:attribute | 0.9 | negative_attribute_group
kapaki-pakinabang          | pred:worth | 0.8 | negative_attribute_group
pakinabang                 | pred:worth | 0.75 | negative_attribute_group
re:\bwala sa (bokabularyo|diksyunaryo|diksiyonaryo|vocabulary|dictionary|dugo|ugali|kultura|isip|konsepto)( ng| nila| ng mga)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(never|hindi|di|hinding-hindi|walang araw na)( kailanman| na| talaga)? (magkakaroon|nagkaroon|magkaroon|nagkakaroon|magkakaron|nagkaron) (ng )?(utak|isip|modo|hiya|disiplina|respeto|galang|breeding|pinag-aralan|delikadesa|kwenta|silbi|kuwenta|dangal|puso|konsensya|konsensiya|sentido kumon|common sense)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(hindi|di|never|hinding-hindi)( ko| namin| kami| ako)( \S+)? (papapasukin|papasukin|patutuluyin|patuluyin|papatuluyin|papatirahin|patitirahin|paupahin|papaupahin|pauupahan|papaupahan)( \S+){0,3} (sa|ang|kahit) ?(bahay|tindahan|pwesto|bakuran|lugar|apartment|paupahan|boarding house|opisina|kwarto|kahit sino|kahit sinong|kahit isang)?\b | pred:exclude | 0.85 | exclusion_group
re:\b(hindi|di) (sila |kayo |siya )?(marunong|natututong|natutong|nagkakaroon ng|alam ang salitang) (rumespeto|gumalang|mahiya|makisama|lumugar|magpasalamat|sumunod sa batas|sumunod|mag-?sorry|humingi ng tawad|maglinis|maligo|magbayad|magtrabaho)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(hindi|di) (na )?(dapat )?(pinapayagan|pinapayagang|payagan|payagang|pahintulutan|pinahihintulutang|pinahihintulutan|hinahayaang|hayaang)( na)? (magtrabaho|mag-?trabaho|bumoto|mag-?aral|pumasok|tumira|magnegosyo|tumakbo|lumabas|magmaneho|mamuno|maglingkod|mag-?serbisyo|humawak|magturo|mag-?ampon|magkaanak|magpakasal|magsalita)\b | pred:exclude | 0.85 | exclusion_group
re:\b(masama|marumi|madumi|bulok|maitim|makasalanan|mababang uri|sumpa|sinumpa|may sumpa|may lason|lason)( talaga| nga| naman| na| din| rin)? (ang|na) (dugo|lahi|budhi|kaluluwa|ugat|binhi|pinagmulan|lipi) (ng|nila|ng mga)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(masamang|maruming|bulok na|sinumpang|mababang) (dugo|lahi|binhi|lipi)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bpinaka-?(mababang|mababa|hamak|walang kwentang|walang kuwentang|walang silbing|masamang|bulok na) (uri|klase|lahi|nilalang)( ng tao)?\b | pred:attribute | 0.85 | negative_attribute_group

# ---- questions and opinions: "how do you stand being with them?", "life is quieter without them"
re:\bpaano (nyo|niyo|ninyo|mo|nila|natin|mo ba|nyo ba|niyo ba)( \S+)? (natitiis|natatagalan|nasisikmura|naaatim|nakakayanan|kinakaya|tinitiis|natitiis na|nakakasama|kinakaya na|naaagwanta)\b | pred:emotion | 0.85 | hate_emotion_group
re:\bmas (tahimik|payapa|maayos|maganda|masaya|ligtas|malinis|mapayapa|maaliwalas|mabuti)( sana)?( ang)? (buhay|mundo|bansa|lugar|bayan|barangay|pilipinas|pinas|kapitbahayan|opisina|eskwelahan|paaralan)( natin| namin| ko)? (kung|kapag|pag) (walang|wala na ang|wala nang|mawawala ang|maubos ang|mawala ang|wala ang|wala ang mga|mawawala na ang)\b | pred:exclude | 0.85 | exclusion_group
re:\b(galit|poot|inis|asar|suklam|pagkamuhi|pandidiri|pagkainis|pagkadiri|pagkasuklam|hate|muhi|ngitngit)( na)? (ko|namin|natin|ko talaga|ko na)( \S+)? (sa|para sa|sa lahat ng|sa inyong)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(pinaka-?|pinaka )(kinaiinisan|kinasusuklaman|kinamumuhian|kinaaasaran|kinadidirihan|ayaw|ayaw ko|ayokong|galit ako|hate ko|kinagagalitan)( ko| kong| namin)?\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(sawang-?sawa|sawa|suyang-?suya|suya|umay na umay|umay|rindi|rinding-rindi)( na)?( talaga)? (ako|ko|kami|tayo)( sa| dyan| diyan| dito)?\b | pred:emotion | 0.75 | hate_emotion_group

# ---- referring back: "mga tuso 'yan", "mga basura naman sila", cancer of social media
re:\bmga (tuso|sinungaling|manloloko|traydor|taksil|ahas|mandaraya|magnanakaw|tamad|bastos|madumi|marumi|mabaho|kriminal|adik|bobo|tanga|korap|kurakot|mayabang|plastik|mapagsamantala|gahaman|ganid|linta|basura|hayop|salot|peste|parasito|demonyo|halimaw|ipis|daga|bwisit|perwisyo|pabigat)( naman| talaga| lang| nga| pa| lahat| rin| din)*\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(hindi|di) (mo|nyo|niyo|ninyo|natin|ko|namin|kami|ako) (mapagkakatiwalaan|mapagkatiwalaan|pagkakatiwalaan|maaasahan|pagtitiwalaan|mapagtitiwalaan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(kanser|cancer|salot|peste|lason|virus|sakit|basura|tae|anay|linta|sumpa) (ng|sa) (social media|internet|fb|facebook|twitter|tiktok|youtube|online|comment section|newsfeed|feed|platform|group|gc|group chat)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(ibalik|ikulong|ilagay|ipasok|ibabalik|ikukulong|isilid|ipasok na|ibalik na)( na)?( lang)?( sila| ang mga| silang lahat| sa kanila)? sa (hawla|kulungan|zoo|gubat|kweba|kuweba|bundok|imburnal|estero|kural|kulungan ng hayop|kulungan ng baboy)\b | pred:exclude | 0.85 | exclusion_group

# ---- non-protected groups (referees, politicians): reduplicated intensives, blind to truth
re:\bang (bobobo|tatanga|tatamad|sasama|dudumi|babaho|kukupad|hihina|yayabang|gagago|kakapal|susungit|lalandi|bubulok|kukurakot)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- slur frames: never trust them, who let them in, "#XFree" places, moving out when they move in
re:\b(wag|huwag|hwag) (kang|kayong|ka|kayo|mong|nyong) (magpapaloko|magpaloko|magtiwala|magtitiwala|lumapit|lalapit|makikipagkaibigan|makipagkaibigan|sumama|sasama|maniwala|maniniwala|papalapit|makikipag-?usap|makipag-?usap|magpapaniwala|magpauto|magpapauto)( \S+)? sa (mga|isang|kahit anong|kahit sinong)\b | pred:exclude | 0.8 | exclusion_group
re:\bsino (ba |bang |ang |ba ang |ba'ng )?(nagpapasok|nagpapapasok|nagpasok|nagpapasok dito|nag-?imbita|nag-?invite|nagdala|nagpatira|nagpapatira|nagpaupa|nagpapaupa)\b | pred:exclude | 0.75 | exclusion_group
re:\bfree (dapat|na dapat|sana|na sana|na)( na)? ('?tong|ang|itong|ang buong|yung|ung|ng) (barangay|lugar|bayan|bansa|subdivision|village|compound|school|eskwelahan|opisina|pinas|pilipinas|building|condo|kalye|probinsya|lungsod)\b | pred:exclude | 0.85 | exclusion_group
re:\b(lilipat|lipat|aalis|alis|lalayas)( na)?( rin| din| na rin| na din| na lang)? (kami|ako|tayo)\b | pred:exclude | 0.6 | exclusion_group
'yan                       | grp:pronoun
'yun                       | grp:pronoun
sa inyo                    | grp:pronoun
re:\b(sisiguraduhin|sinisiguro|sisiguruhin|titiyakin|sisiguraduhin)( ko| namin| naming| kong| natin| nating)?( na)? (hindi|di) na (yan|iyan|'yan|yun|iyon|sila|siya|kayo|ka) (makakalakad|makalakad|makakauwi|makauwi|makakatayo|makatayo|makakabalik|makabalik|makakalabas|makalabas|magigising|makakahinga|mabubuhay|sisikatan ng araw|aabutan ng umaga|aabutin ng umaga)\b | pred:threat | 0.95 | threat_group | severe
re:\b(ipakulong|ikulong|ipapakulong|ikukulong|ipabitay|ipapatay)( na)?( lang)? (lahat ng|ang lahat ng|silang lahat|sila lahat|lahat sila)\b | pred:violence | 0.75 | violence_group

# ======================================================================
# ctx:counter: reporting and condemning hateful words (someone said, spreading hate, this is the hate we must fight)
# ======================================================================
re:\b(may )?(nagsabing|nagsasabing|magsasabing|nag-?post na|nagpost na|nag-?comment na|nagcomment na|nag-?tweet na|nagtweet na|sinabing|sinasabing|nagsusulat na|isinulat na|sumigaw na|sumisigaw na)\b | ctx:counter
re:\b(napakamali|maling-mali|sobrang mali|mali talaga|mali|hindi tama|di tama|hindi katanggap-tanggap|di katanggap-tanggap|nakakagalit|nakakadismaya)( po)? (nyan|niyan|iyan|yan|'yan|yun|'yun|iyon|nun|noon|ng ganyan|ang ganyan|ang ganitong|ang sinabi)\b | ctx:counter
re:\b(nagkakalat|nagpapakalat|nagkalat|nagpapalaganap|nagpakalat|nagpalaganap|nagsisimula|nagtatanim|nagpapasa|nagsheshare|nagshe-share) (ng|nang) (hate|galit|poot|fake news|kasinungalingan|paninira|maling impormasyon|disinformation|misinformation|chismis|tsismis|pambabastos|diskriminasyon|takot|hate speech|hate comments?|kamangmangan)\b | ctx:counter
re:\b(hate|diskriminasyon|racism|rasismo|homophobia|transphobia|misogyny|pang-?aapi|bigotry|karahasan|panlalait|pambabastos|hate speech|ganitong pag-iisip|ganyang pag-iisip)( na| ang| ang dapat na)? (kailangan|dapat|kailangang|dapat na) (nating|natin|nyong|ninyong|kong|naming|natin itong|nating) (labanan|tutulan|kondenahin|i-?report|ireport|sugpuin|itigil|wakasan|puksain|tanggihan|isumbong)\b | ctx:counter
re:\b(ganito|ganyan|ito|iyan|yan|'yan|eto|heto) (yung|ang|mismo ang|mismo yung|na naman yung|na naman ang) (hate|diskriminasyon|racism|rasismo|bigotry|pang-?aapi|panlalait|pambabastos|homophobia|hate speech|problema|sinasabi ko|tinutukoy ko)\b | ctx:counter
re:#?(notohate|no to hate|stophate|stop the hate|stopasianhate|endhate|end hate|lovenothate|love not hate|notoracism|noto racism|stopracism|stop racism|stopdiscrimination|notodiscrimination|pride|loveislove|love is love|transrightsarehumanrights|blacklivesmatter)\b | ctx:counter
re:\b(hindi|di) (kayo|ka|sila|siya) (nakakatawa|matapang|cool|astig|magaling|tama|bayani|malakas)\b | ctx:counter

# ---- negated violence and denied dehumanisation said as defence ("they don't deserve to be beaten", "they are people, like you")
re:\b(hindi|di|walang|wala ni isang|walang sinuman ang|walang sinumang) (deserve|karapat-dapat|dapat|nararapat|nagde-deserve|nagdedeserve)( \S+){0,5} (na|ng|nang) (mabugbog|bugbugin|masaktan|saktan|maliitin|apihin|maapi|laitin|malait|pagtawanan|bastusin|mabastos|patayin|mapatay|i-?bully|ma-?bully|idiskrimina|madiskrimina|husgahan|mahusgahan|ipahiya|mapahiya|ituring na iba|tratuhin nang masama)\b | ctx:counter
re:\btao (rin |din |lang |lamang |po )?(sila|kayo|siya|sila rin|sila din)( rin| din| lang| po)?,? (tulad|gaya|katulad|kagaya|parang) (mo|natin|ko|namin|nating lahat|ng iba|ninyo|nyo|niyo|mo rin|ko rin|ng lahat)\b | ctx:counter
re:\b(hindi|di) (ko|namin|ako|kami) (hate|galit|kinaiinisan|kinamumuhian|kinasusuklaman|ayaw) (ang|sa|ang mga|sa mga)\b | ctx:counter

# ======================================================================
# allow: cursing at one's own mishap; brand and object senses of slur words; cursing at broken things
# ======================================================================
re:\b(leche|letse|lintik|punyeta|bwisit|buwisit|pucha|putek|shet|tangina|putangina|peste|anak ng teteng|anak ng tokwa|ay naku|pakshet|pakingshet|syet|hayop|yawa|piste)( talaga| naman| na)?[,!.]* (naiwan|nakalimutan|nawala|nawalan|nasira|nasiraan|na-?late|late|naiwala|nabasa|natapon|nahulog|naubusan|nadapa|natisod|na-?traffic|na-?stuck|naipit|nabangga|na-?flat|naflat|umulan|bumaha|brownout|nag-?brownout|walang kuryente|walang tubig|naputulan|nagka-?lag|nag-?hang|nag-?crash|lowbat|low ?bat|na-?lowbat|namatay ang|na-?miss|nalaglag|nabuhos|nasunog ang|napaso|nakagat|natalo)\b | allow
re:\b(mongol)( na)?( #?2| no\.? ?2| number 2| lapis| pencil| pang-?drawing)\b | allow
re:\b(pahiram|hiram|hiramin|bili|bumili|binili|nabili|bibili|naiwan|nawala|nahulog|patasa|tasahan|pantasa)( \S+){0,2} (ng |ang |yung )?mongol\b | allow
re:\bmongol( \S+){0,5} (lapis|pencil|pantasa|eraser|pambura|notebook|papel|crayons?)\b | allow
re:\babnoy\b.{0,30}\b(balut|penoy|itlog|sisiw|suka|asin)\b | allow
re:\b(balut|penoy|itlog|sisiw)\b.{0,30}\babnoy\b | allow
re:\b(ayoko|ayaw ko|gusto ko|paborito ko|masarap|masarap ang|bili|bumili|kumain|kain|order|nag-?order|luto|iluto|naglalako|tinda|nagtitinda)( ng| ang| yung| nang)? abnoy\b | allow
re:\bbaldado( na)?( \S+){0,4} (jeep|owner|owner-type|kotse|sasakyan|motor|makina|truck|trak|bike|bisikleta|tricycle|traysikel|printer|laptop|computer|pc|aircon|ref|refrigerator|electric fan|bentilador|washing machine|relo|cellphone|cp|tv|radyo|generator|bangka|pump|poso)\b | allow
re:\b(basura|walang silbi|walang kwenta|walang kuwenta|bulok|palpak|sira-sira|sira|pangit|inutil)( talaga| na| lang| na talaga)? (yung|ang|itong|tong|ung|yang)( lumang| bagong| bulok na| mumurahing| \S+)? (cellphone|cp|selpon|phone|laptop|computer|kompyuter|pc|tv|printer|router|wifi router|modem|wifi|charger|motor|kotse|relo|gadget|tablet|ipad|keyboard|mouse|headset|remote|aircon|ref|refrigerator|electric fan|bentilador|washing machine|rice cooker|microwave|internet|signal|sasakyan|jeep|payong|sapatos|bag|kama|sofa|upuan|mesa|app|software|update|sistema|serbisyo|network|globe|smart|pldt|converge|meralco)\b | allow
re:\b(sana|sana nga)( \S+)? (masunog|masira|sumabog|mawala|maglaho|mabulok|magunaw|gumuho|malunod|mawasak|mamatay|matigok)( na)?( lang)?( na lang)? (yung|ang|itong|tong|ung|yang)( lumang| bagong| bulok na| \S+)? (cellphone|cp|selpon|phone|laptop|computer|kompyuter|pc|tv|printer|router|wifi router|modem|wifi|charger|motor|kotse|relo|gadget|tablet|ipad|keyboard|mouse|headset|remote|aircon|ref|refrigerator|electric fan|bentilador|washing machine|rice cooker|microwave|internet|sasakyan|jeep|payong|app|sistema|opisina|assignment|homework|thesis|report|exam|project|modules?|traffic|trapik)\b | allow
re:\b(bwisit|buwisit|badtrip|asar|inis|imbyerna|high blood|highblood)( na| na na)? (bwisit|buwisit|badtrip|asar|inis|imbyerna)?( na)? ?(ako|ko|kami|tuloy ako|na ako|na ko)\b | allow

# ======================================================================
# derog_impl: recurring implicit-stereotype frames
# ======================================================================
# ---- exclusion in notices and family rules: "bawal ang mga X", "basta wag lang sa mga X", "wag lang X ang iuuwi mo"
re:\bbawal( po| dito| rito| na| talaga)*( ang| ang mga| sa| sa mga| mga| ang kahit sinong| kahit sinong)\b | pred:exclude | 0.75 | exclusion_group
re:\b(basta|pero|kaso|except|maliban|maliban lang)( \S+)? (wag|huwag|hwag) (lang|lamang)( sa| ang| ng| sa mga| ang mga| mga)?\b | pred:exclude | 0.85 | exclusion_group
re:\b(wag|huwag|hwag) (lang|lamang)( \S+){0,2} (ang )?(iuuwi|iuwi|pakasalan|papakasalan|jowain|jojowain|dadalhin sa bahay|ipapakilala|ipakilala|mapangasawa|maging manugang|maging jowa|maging asawa|maging kaibigan|kakaibiganin|kaibiganin|makatuluyan|makakatuluyan)\b | pred:exclude | 0.85 | exclusion_group
re:\bsayang (ang|yung|ung) (apelyido|lahi|dugo|pangalan|angkan|lipi|pamilya)( natin| namin| ko| ng pamilya| mo)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\bayaw (lang |lamang )?(ng|nung) (may-?ari|landlord|landlady|owner|amo|boss|management|admin)( ng| nang)? (gulo|problema|sakit ng ulo|perwisyo|iskandalo|eskandalo|dumi|ingay)\b | pred:exclude | 0.75 | exclusion_group

# ---- suspicion: hold your bag, short change, missing phones, who the police visit first, statistics
re:\b(yakapin|yakap|hawakan|higpitan|kapitan|bantayan|ingatan|itago|ipitin|ikandado)( mo| nyo| niyo| ninyo| natin)?( na)?( agad| kaagad| nang mahigpit| ng mahigpit| mabuti)?( ang| yung| ung| mga| ang mga)? (bag|wallet|pitaka|cellphone|cp|phone|selpon|gamit|bulsa|alahas|pera|mga gamit|bag ninyo|bag nyo)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(laging|palaging|lagi|parating|madalas|palagi)( na)? (kulang|bawas|kulang-kulang|sobra ang singil) (ang |yung )?(sukli|timbang|bayad|sukat|sweldo|singil|resibo|bilang)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(pag|kapag|kung|tuwing|basta) may (nawawala|nawawalang|nawala|nawalang|nanakaw|ninakaw|nakawan|krimen|holdapan|gulo|away|patayan|snatching|sunog|nasira|nasirang)( \S+){0,5},? (laging|palaging|lagi|parating|siguradong|tiyak na|for sure|always)( may| nandyan| nandiyan| andyan| nandun| kasama| nasa paligid| sila| ang)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(pag|kapag|kung|tuwing) may (nakawan|nawawala|nawawalang|nanakaw|krimen|holdapan|gulo|patayan|snatching|away)( \S+){0,5},? alam na (ng|nila|natin|namin|mo|ko|ng lahat)( \S+){0,2} (kung )?(sino|saan|kanino|saang|sinong|saang bahay)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(unang|una nilang|unang-unang) (kakatok|kakatukin|pupuntahan|hahanapin|huhulihin|sisisihin|pinagbibintangan|pagbibintangan|pinaghihinalaan|paghihinalaan|tinitingnan|titingnan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b\d+ (sa|out of|sa bawat|kada) (bawat )?\d+( na)? (nahuhuli|nahuli|kriminal|nakukulong|nakakulong|magnanakaw|adik|snatcher|holdaper|suspek|akusado|preso|bilanggo|scammer|drug pusher|pusher|terorista|rapist|manyak)\b | pred:attribute | 0.95 | negative_attribute_group

# ---- contamination and smell: disinfect after meeting them, lots of Lysol, "my nose knows"
re:\b(nakasalamuha|nakahalubilo|nakipagkamay|nakatabi|nakahawak|nahawakan|nakasakay|nakasabay|nakausap|nakadikit|nadikitan|nahawakan ka)( \S+){0,3},? (mag-?alcohol|mag-?sanitize|mag-?disinfect|maghugas|maligo|magbanlaw|mag-?lysol|mag-?zonrox|magpalit ng damit|magdasal|mag-?sabon)\b | pred:exclude | 0.85 | exclusion_group
re:\b(mag-?alcohol|mag-?sanitize|mag-?disinfect|mag-?lysol)( ka| kayo| ako| kami)?( agad| kaagad| na| agad-agad)+( after| pagkatapos| pag-?uwi)?\b | pred:exclude | 0.7 | exclusion_group
re:\b(maraming|madaming|isang galon ng|isang drum ng|sangkaterbang|sandamakmak na|isang bote ng|extra na) (lysol|zonrox|clorox|alcohol|disinfectant|bleach|muriatic|air freshener|febreze|pang-?disinfect)\b | pred:attribute | 0.75 | negative_attribute_group
re:\bilong (ko|mo|natin|namin|nyo|niyo) (na )?(ang bahala|ang magsasabi|ang nakakaalam|ang nakakaamoy|agad|na agad|ang detector|ang radar)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(amoy|naamoy|maaamoy|naaamoy) (pa lang|palang|mo agad|ko agad|agad|mo na|na agad)\b | pred:attribute | 0.75 | negative_attribute_group
re:\balam (mo|nyo|niyo|natin|ko) (agad|kaagad|na agad|na kaagad) (pag|kapag|kung|pagka) (may|nandyan|dumaan|dumating|pumasok)\b | pred:attribute | 0.7 | negative_attribute_group

# ---- animals compared favourably; sarcastic praise; idleness; "can't change a lightbulb"
re:\b(aso|pusa|unggoy|kalabaw|baboy|manok|kambing|hayop|alaga|loro|daga)( \S+){0,3},? mas (marunong|matino|matalino|malinis|disiplinado|masunurin|mabait|may modo|may utak|may silbi|may pakinabang|maayos|magalang|mabango|tahimik)( \S+){0,6} (kesa|kaysa|keysa|kumpara|compared)( sa)?\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bmas (marunong|matino|matalino|malinis|disiplinado|masunurin|mabait|may modo|may utak|may silbi|maayos|magalang|mabango)( pa)?( \S+){0,6} (ang )?(aso|pusa|unggoy|kalabaw|baboy|manok|kambing|hayop|alaga ko|alaga namin) (kesa|kaysa|keysa)( sa)?\b | pred:dehumanise | 0.85 | dehumanising_group
re:["“'‘](sipag|masipag|talino|matalino|linis|malinis|bait|mabait|galing|magaling|tapat|bango|mabango|disiplinado|honest|sosyal|edukado|responsable|tahimik|maaasahan)["”'’] | pred:attribute | 0.8 | negative_attribute_group
re:\b(maghapong?|magdamag na|buong araw na|araw-araw na|puro) (nakatambay|tambay|natutulog|nakahiga|walang ginagawa|nag-?iinuman|nag-?iinom|nagsusugal|nagtsitsismis|nakatunganga|tamad)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(kailangan|need|kelangan) (para|upang) (magpalit|magpapalit|palitan|mag-?ayos|magkabit|ikabit|mag-?on|buksan) (ng |ang )?(bumbilya|bombilya|ilaw|lightbulb|bulb|gulong|fuse)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(di|hindi) (naman )?(nila|nyo|niyo|niya) (alam|kilala|naiintindihan|maintindihan) (kung )?(ano|paano|para saan) (yun|iyon|yan|iyan|gamitin|'?yon|ang) ?\b | pred:attribute | 0.7 | negative_attribute_group

# ---- loyalty and replacement
re:\b(wag|huwag|hindi|di)( mong| nyong| niyong| natin| mo| nyo)? (asahang|aasahang|asahan na|aasahan na|isiping|iisiping) (pilipino|tapat|loyal|makabayan|kakampi|kababayan|tunay na pilipino) (ang|sila|kayo)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bkung (kanino|saan|kaninong bansa) (sila|kayo|talaga sila) (tapat|loyal|kumakampi|nakikinig|nagsisilbi|sumusunod)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(ang bilis|sobrang bilis|grabe ang bilis|napakabilis|bilis)( \S+)? (dumami|dumarami|magparami|manganak|mag-?anak|magkaanak|kumalat|lumaganap|sumulpot)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(tayo|kami|tayong mga pilipino) na (ang|yung) (dayuhan|dayo|minorya|minority|alipin|bisita|nakikitira|iskwater|squatter) sa (sariling|ating sariling|aming sariling) (bansa|bayan|lupa|lugar)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- allow: "PSA lang" introduces advice in Taglish; it is not the English scam-warning counter word
re:\bpsa (lang|lamang|po|muna|mga)\b | allow

# ======================================================================
# slurs the engine lacked (count fully only read as people); their everyday senses kept out
# ======================================================================
tibam                      | hate | 0.7 | slur_group | slur
tibam                      | grp:protected
uling                      | hate | 0.7 | slur_group | slur
mga uling                  | grp:protected
haliparot                  | grp:protected
re:\b(bumili|bili|bibili|binili|sako|sakong|kilo|kilong|bag|supot|nagsindi|sindihan|magsindi|sinindihan|ihaw|ihawan|pang-?ihaw|pangihaw|baga|abo|kalan|pugon|plantsa|nagluluto|lutuan|uling at|kahoy at|gamit ang|gamit|de-?uling)( ka| kayo| mo| tayo| nga| naman| po| ako| kami| muna| na)*( ng| ang| sa| mga| na| ang mga| ng mga| nang)? (mga )?uling\b | allow
re:\buling( \S+){0,5} (pang-?ihaw|ihawan|ihaw|mag-?iihaw|iihaw|mag-?ihaw|nag-?iihaw|nag-?ihaw|iihawin|barbecue|bbq|inihaw|kalan|pugon|sako|kilo|baga|apoy|sindi|sinindihan|nagbabaga|plantsa|presyo|benta|tinda|ibinebenta)\b | allow
re:\b(kasing-?itim|kulay|itim na itim na parang|parang|singitim|sing-?itim) (ng )?uling\b | allow

# ---- slur frames: "puro X na lang nakikita ko", "ano bang ginagawa ng mga X (dito)", attention-seeking
re:\bpuro( \S+){1,2} na lang (ang )?(nakikita|naririnig|nababasa|lumalabas|nagkalat|nasa|makikita)\b | pred:emotion | 0.7 | hate_emotion_group
re:\bano (bang|ba ang|ba|ba talaga ang|pa bang|ba'ng|ba naman ang) (ginagawa|ginagawa pa|hinahanap|pinaggagagawa|ginagawa talaga)( ng| nung| nang)?\b | pred:exclude | 0.55 | exclusion_group
re:\b(nagpapapansin|nagpapansin|papansin|pabida|nagpapabida|epal|nagmamaganda|nagmamagaling|nag-?iinarte|nagpapa-?cute|kumekerengkeng|lumalandi|naglalandi|nanlalandi|nagpapakitang-?gilas)\b | pred:attribute | 0.65 | negative_attribute_group
re:\b(ayan|ayun|heto|eto|ito|nandyan|nandiyan) na naman (yung|ang|si|ang mga|yung mga|sila|mga)\b | pred:emotion | 0.6 | hate_emotion_group
kulot                      | hate | 0.7 | slur_group | slur
bisakol                    | hate | 0.75 | slur_group | slur
bisakol                    | grp:protected
re:\bkulot (na |ang |kong |mong |niyang |nyang |nilang |ng )?(buhok|hair|pilikmata|fries|bangs|kulot|dulo|kable|wire|noodles|pansit|pancit|sili)\b | allow
re:\b(buhok|hair|bangs)( \S+){0,2} kulot\b | allow
re:\b(pa-?kulot|magpakulot|nagpakulot|nagpapakulot|pinakulot|kinulot|kulutin|kukulutin|pakulutan|kulot-kulot|kulutan|pangkulot)\b | allow
re:\bkulot( \S+){0,4} (buhok|hair|bangs|pilikmata)\b | allow
# "kuot" (Indonesian forum slang for a quote) is not a misspelt "kulot"
kuot                       | allow

# ======================================================================
# harassment at a person: "deactivate already", "nobody wants you here"
# ======================================================================
re:\b(mag-?deactivate|magdeactivate|mag-?deact|magdeact|mag-?log ?out|maglog-?out|mag-?delete|magdelete|lumayas|umalis) (ka|kayo)( na)?( lang| nalang)?( sa (internet|fb|facebook|social media|twitter|tiktok|mundo|group|gc))?(\.|!|,|$| habambuhay| forever| walang| wala) | harassment | 0.6 | harassment_phrase
re:\b(burahin|i-?delete|idelete|i-?deactivate|ideactivate) (mo|nyo|niyo) (na )?(ang |yung )?(account|acct|fb|profile) (mo|nyo|niyo)\b | harassment | 0.6 | harassment_phrase
re:\bwala(ng)? (may gusto|nagmamahal|may pake|may pakialam|may paki|makaka-?miss|magmamahal|nakakagusto|may kailangan)( \S+)? (sa'?yo|sayo|sa iyo|sa inyo|sa'?yo dito|sayo dito)\b | harassment | 0.55 | harassment_phrase

# ======================================================================
# more threat families: numbered days, last warning, "you're dead to us", visits, someone waiting, finishing them off
# ======================================================================
re:\bbilang na (ang )?(mga )?(araw|oras|buhay|minuto|segundo|hininga)( nyo| niyo| ninyo| nila| mo| niya| ng mga)\b | pred:threat | 0.85 | threat_group | severe
re:\b(hindi|di) na (sisikatan|aabutan|aabutin|makakakita|makikita|masisilayan)( pa)? (ng |nang |ang )?(araw|umaga|bukas|liwanag|pasko|bagong taon)\b | pred:threat | 0.85 | threat_group | severe
re:\b(ipa-?salvage|ipapa-?salvage|ipapasalvage|ipasalvage|ipa-?tokhang|ipapa-?tokhang|ipatumba|ipapatumba|ipapaligpit|ipaligpit|ipapatay|ipapapatay|ipapatrabaho)\b | pred:threat | 0.9 | threat_group | severe
re:\bmay (mangyayaring|mangyayari na|mangyayaring hindi maganda|masamang mangyayari|darating na masama|kalalagyan)( masama)?( \S+)? (sa inyo|sa kanila|sa'?yo|sayo|sa iyo|sa kanya|sa inyong lahat|kayo|sila|ka)\b | pred:threat | 0.8 | threat_group | severe
re:\b(bibisitahin|dadalawin|pupuntahan|susugurin|aabangan|babalikan|sasalubungin|hahanapin|hahabulin|tutugisin|dadayuhin|aakyatin)( ko| namin| natin) (kayo|sila|ka|kayong lahat|silang lahat|siya)( isa-?isa| mamayang hatinggabi| sa hatinggabi| sa dilim| habang tulog| habang natutulog| nang walang nakakaalam| nang tahimik)\b | pred:threat | 0.85 | threat_group | severe
re:\b(huling|last|final) (babala|warning|paalala|pagkakataon|chance)( na| na '?to| na ito| ko)?( \S+)? (sa inyo|sa kanila|sa'?yo|sayo|sa iyo|nyo|niyo|ninyo|mo)\b | pred:threat | 0.7 | threat_group
re:\b(lagot|malalagot|patay|tepok|tigok)( na)? (kayo|ka|sila|kayong lahat|silang lahat|siya)( sa)? (akin|amin|atin|kin|min|samin|sakin)\b | pred:threat | 0.9 | threat_group | severe
re:\bmay (sasalubong|nag-?aabang|mag-?aabang|aabang|nakaabang|naka-?abang)( na)?( \S+)? (sa inyo|sa kanila|sa'?yo|sayo|sa iyo|sa kanya)\b | pred:threat | 0.85 | threat_group
re:\b(hindi|di) (na )?(kayo|sila|ka|siya) (makakalabas|makalabas|makakauwi|makauwi|makakaalis|makaalis|makakatakas|makatakas|makakabalik|makabalik)( \S+)? (nang|ng) (buhay|buo|humihinga|maayos)\b | pred:threat | 0.85 | threat_group | severe
re:\b(tatapusin|wawakasan|uubusin|lilipulin|pupuksain|buburahin|papatahimikin|liligpitin|iligpit|tapusin)( na)?( ko| namin| natin) (kayo|sila|ka|kayong lahat|silang lahat|siya|ang lahi|ang lahat)\b | pred:threat | 0.85 | threat_group | severe
re:\b(ubusin|lipulin|puksain|burahin|lipunin|pagpapatayin|tapusin|wakasan)( na)?( natin| namin| nyo| ninyo| niyo)?( na)? (ang lahi|ang lahi ng|lahi ng|ang lahat ng|lahat ng|silang lahat|sila|ang angkan|angkan ng)\b | pred:violence | 0.9 | violence_group | severe
re:\b(walang|wala nang|wala ng|ubos na ang|naubos ang|naubusan ng|kulang ang|kulang sa|basang|basa ang|sindihan ang|nasa) uling\b | allow
re:\buling( ay)?( nasa| sa| dun sa| doon sa| andun sa| nandun sa) (likod|labas|loob|ilalim|kusina|garahe|bodega|sako|kahon|kalan|ihawan|lutuan|dirty kitchen|silong|kamalig|balde|timba)\b | allow
re:\buling\b.{0,60}\b(ihaw|ihawan|mag-?iihaw|iihaw|inihaw|barbecue|bbq|kalan|pugon|lutuan|gas|sindi|apoy|baga|plantsa)\b | allow

# ---- more negated-positive and rhetorical-question orders
re:\bwala(ng)? (naidulot|naidudulot|nagawa|nagagawa|naiambag|naiaambag|naitulong|naitutulong|dinala|idinulot|naibigay|ginawa)( na| nang| ni isang| kahit isang)? (maganda|mabuti|kabutihan|positibo|maayos|kapaki-pakinabang|tama|matino|mabuting bagay|magandang bagay)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(hindi ba|di ba|diba|hindi ba't|di ba't|hindi kaya|di kaya)( mas)? (tahimik|payapa|maayos|maganda|masaya|ligtas|malinis|mapayapa|maaliwalas|mabuti)( sana)?( ang)? (buhay|mundo|bansa|lugar|bayan|barangay|pilipinas|pinas|kapitbahayan|opisina|eskwelahan|paaralan)( natin| namin| ko)? (kung|kapag|pag) (walang|wala na ang|wala nang|mawawala ang|maubos ang|mawala ang|wala ang|wala ang mga|mawawala na ang)\b | pred:exclude | 0.9 | exclusion_group

# ---- allow: clean-up drives ("lilinisin namin ang bayan sa mga basura")
re:\b(lilinisin|linisin|lilinisan|linisan|maglilinis|maglinis|naglinis|naglilinis|paglilinis)( \S+){0,6} (sa|ng|ang) (mga )?(basura|kalat|dumi|putik|damo|plastik|plastic|lamok|kanal|estero|bara|sukal|tuyong dahon|dahon|alikabok|agiw|lumot|graffiti|vandalism)\b | allow
# ---- ctx:counter: "it is wrong to say ..."
re:\b(mali|hindi tama|di tama|kasinungalingan|hindi totoo|di totoo|walang basehan|kalokohan)( po)? (na |ang |yung )?(sabihing|sabihin na|isiping|sabihin|isipin na|paniwalaang|paniwalaan na)\b | ctx:counter
# ---- allow: the praising idiom "wala sa bokabularyo nila ang salitang sumuko"
re:\bwala sa (bokabularyo|diksyunaryo|diksiyonaryo|vocabulary|dictionary)\b.{0,40}\b(sumuko|suko|pagsuko|talo|pagkatalo|imposible|impossible|hindi kaya|di kaya|pagod|pahinga|give up|quit|takot|katamaran|reklamo|pagrereklamo)\b | allow

# ==== fifth round: families from the misses of tests/tuning_suites_e
# ======================================================================
# pred:threat: first-person threats
# ======================================================================
# ---- breaking a skull or face with no article before the body part ("babasagin ko talaga bungo niya")
re:\b(babasagin|basagin|dudurugin|durugin|bibiyakin|biyakin|wawasakin|pupukpukin|hahatawin|tatadtarin|babaliin|baliin|pipilayin|lulumpuhin|bubugbugin|gugulpihin|sasapakin|sisipain|hahampasin|papaluin|bubutasin|babangasan|uupakan)( ko| namin| natin| kita)?( na| talaga| lang| na lang| agad| kaagad| mismo)* (bungo|ulo|mukha|panga|ngipin|buto|leeg|tadyang|tuhod|binti|braso|kamay|paa|nguso|bunganga|ilong|mata|likod|sikmura|tiyan) (niya|nya|nila|mo|nyo|niyo|ninyo|nito|niyan|nyan)\b | pred:threat | 0.9 | threat_group | severe
# ---- "we ourselves will finish you" (who will do it: kami na mismo ang ...)
re:\b(kami|ako|tayo)( na)?( mismo| na mismo| ang mismong)? ang (tatapos|papatay|uubos|magliligpit|liligpit|bubugbog|gugulpi|susunog|babaril|sasaksak|magpapalayas|magtuturo ng leksyon|magtuturo ng leksiyon|lilipol|pupuksa|magpaparusa|bibitay|dudukot)( \S+)? (sa inyo|sa kanila|sa'?yo|sayo|sa iyo|sa kanya|sa inyong lahat|sa lahat ng|sa mga|sa buhay)\b | pred:threat | 0.9 | threat_group | severe
re:\b(kung hindi|kundi|o kung hindi|or else|kung ayaw|o kaya)( \S+){0,3},? (kami|ako|tayo) (na )?(mismo )?(ang )?(tatapos|papatay|uubos|magliligpit|bubugbog|susunog|magpapalayas|kikilos|gagawa ng paraan|bahala)\b | pred:threat | 0.85 | threat_group | severe
re:\b(huling|last|final) (babala|warning|paalala|pagkakataon|chance) (na )?(sa|para sa|to) (mga|lahat ng|inyong|inyo|inyong lahat|all)\b | pred:threat | 0.75 | threat_group
# ---- bring pipes, we'll make an example of them; having them "taken for a ride"
re:\bdala (kayo|tayo|ka|kami|kyo)( na)?( ng| nang)? (tubo|pamalo|itak|bolo|baril|kutsilyo|patalim|sumpak|gasolina|molotov|posporo|baseball bat|batuta|kahoy|bato|granada|lubid|kadena|bakal|dos por dos|panghampas)\b | pred:threat | 0.8 | threat_group | severe
re:\b(sasampolan|sampolan|sinampolan|sinasampolan|isasampol|isampol|gagawing halimbawa|gawing halimbawa|gagawin naming halimbawa|gagawin naming sampol)\b | pred:threat | 0.85 | threat_group | severe
re:\b(ipapa-?rides|ipa-?rides|ipinarides|ipina-?rides|i-?rides|irarides|ira-?rides|rarides|ni-?rides)\b | pred:threat | 0.9 | threat_group | severe
re:\b(ipapadukot|ipadukot|dudukutin|ipapakidnap|ipakidnap|kikidnapin|kidnapin|ki-?kidnapin|isasakay sa van|isakay sa van)\b | pred:threat | 0.85 | threat_group | severe
# ---- one by one to your houses; "ako mismo ang magtuturo sa inyo ng leksyon"
re:\b(isa-?isa|isa isa|isaisa)( ko| namin| natin)? (kayong|silang|kayo|sila) (pupuntahan|bibisitahin|dadalawin|hahanapin|babalikan|tutugisin|uubusin|papatayin|susugurin|aabangan|kakatukin|huhulihin|tatapusin|liligpitin|bubugbugin|gugulpihin|dudukutin)\b | pred:threat | 0.85 | threat_group | severe
re:\b(magtuturo|tuturuan|turuan|tuturo|magtuturo na|bibigyan|bigyan|binigyan|tuturuan ko|magbibigay)( \S+){0,4} (ng|nang) (leksyon|leksiyon|leksyong|leksiyong)\b | pred:violence | 0.75 | violence_group
# ---- cleansing a whole town of them
re:\b(lilinisin|lilinisan|linisin|lilinis|papalinisin|wawalisin|walisin|wawalisan|lilimasin|limasin)( ko| namin| natin)? (ang |itong |'?tong )?(buong |buo kong |aming |ating )?(bayan|bansa|barangay|lugar|kalye|lungsod|siyudad|subdivision|eskwelahan|paaralan|pilipinas|pinas|mundo|komunidad|purok|sitio|probinsya)( na '?to| na ito| natin| namin| ko|ng ito)? (sa|mula sa)\b | pred:threat | 0.85 | threat_group | severe
# ---- boasting of a past beating and promising to repeat it
re:\b(binugbog|ginulpi|pinagtulungan|kinuyog|sinapak|pinagsasapak|binaril|sinaksak|hinampas|pinalo|sinunog|binato|inupakan|binanatan|binangasan)( na)? (namin|ko|natin|nila namin)\b | pred:threat | 0.55 | threat_group
re:\b(uulitin|uulit-ulitin|gagawin ulit|gagawin din|gagawin uli|uulitin pa)( namin| ko| natin)( \S+)? sa (bawat|lahat ng|iba pang|susunod na|kahit sinong|sinumang)\b | pred:threat | 0.85 | threat_group | severe

# ======================================================================
# pred:violence: calls and norms ("dapat sa mga X ...", imperatives, swallowed by the earth, by any means)
# ======================================================================
re:\bdapat sa (kanila|mga|lahat ng|ganyan|ganyang|ganitong|ganoong|mga ganyan|mga ganyang|mga katulad)( \S+){0,3},? (pinapatay|pinapapatay|patayin|binabaril|barilin|binibitay|bitayin|ibitay|sinusunog|sunugin|binubugbog|bugbugin|ginugulpi|gulpihin|nilulunod|lunurin|ikinukulong|ikulong|pinapalayas|palayasin|itinatapon|itapon|isinasakay|isakay|iniiwan|pinupugutan|pugutan|ginigilitan|gilitan|sinasaksak|saksakin|binabato|batuhin|kinakapon|kapunin|pinapako|ipako|tinotokhang|tokhangin|sinasalvage|isalvage|inililibing|ilibing|binabaon|ibaon)\b | pred:violence | 0.9 | violence_group | severe
re:\b(ibitay|bitayin|barilin|pagbabarilin|sunugin|saksakin|pugutan|gilitan|lunurin|gulpihin|bugbugin|kuyugin|sagasaan|pasabugin|ipako|batuhin|upakan|resbakan|tokhangin|i-?tokhang|ipatokhang|ipapatay|patayin|ubusin|lipulin|puksain|salvagin)( na| lang| na lang| nyo| niyo| ninyo| natin| agad| nang buhay)* (ang lahat ng|lahat ng|ang mga|yung mga|yang mga|silang lahat|lahat sila|ang bawat|bawat)\b | pred:violence | 0.9 | violence_group | severe
re:\b(patayin|patayin mo|patayin nyo|pakipatay|papatayin)( na| lang| mo| nyo| niyo)* (ang|yung|ung|ang mga|yung mga)? ?(ilaw|tv|telebisyon|aircon|electric fan|bentilador|makina|apoy|kalan|kandila|computer|pc|laptop|cellphone|phone|radyo|alarm|gripo|tubig|sound|music|kuryente|breaker|switch|oven|generator|motor|sasakyan|kotse|makina ng|lamok|mga lamok|ipis|mga ipis|daga|mga daga|langaw|mga langaw|anay|mga anay|surot|kuto|virus|bacteria|germs|mikrobyo|oras|boredom|inip|gutom|uhaw)\b | allow
re:\b(gulpihin|bugbugin|upakan|resbakan|sapakin|patayin|barilin|saksakin|sunugin|kuyugin|tirahin|banatan|bangasan)( nyo| niyo| ninyo| natin| mo)( na| agad| na agad| sila| kaagad)\b | pred:violence | 0.85 | violence_group | severe
re:\balam (nyo|niyo|ninyo) (na|na naman) (ang |kung ano ang |kung anong )?(gagawin|gagawin nyo|gagawin niyo|gagawin ninyo)\b | pred:violence | 0.7 | violence_group
# ---- left at sea, swallowed by the earth, by any means, dead or alive
re:\b(iniiwan|iiwan|iwan|iwanan|iniwan|inaanod|ianod|ipaanod|pinapaanod|palutangin|pinapalutang|ibinabagsak|isinasakay|isakay|isinakay|isasakay|ilagay|inilalagay)( \S+){0,3} sa (gitna ng |laot ng |pusod ng |ilalim ng )?(dagat|laot|karagatan|ilog|bangka|balsa|lumang bangka|butas na bangka)\b | pred:violence | 0.85 | violence_group | severe
re:\b(lamunin|lalamunin|lamonin|kainin|kakainin|nilamon|nilalamon|tupukin|tutupukin)( na)?( lang)?( sila| kayo| silang lahat)? (ng|nang) (lupa|dagat|apoy|impyerno|bulkan|lindol|alon|tsunami|baha|kidlat)\b | pred:violence | 0.9 | violence_group | severe
re:\b(buhay man o patay|patay man o buhay|buhay o patay|patay o buhay|dead or alive)\b | pred:violence | 0.9 | violence_group | severe
re:\b(alisin|palayasin|paalisin|tanggalin|burahin|ubusin|lipulin|puksain|linisin|itaboy|ipagtabuyan|alisan)( \S+){0,8} sa (anumang|kahit anong|kahit na anong|lahat ng|ano mang|anumang posibleng) (paraan|paraang)\b | pred:violence | 0.85 | violence_group | severe


# ======================================================================
# negated positives: never met one who isn't, not a fellow human, no trace of goodness, never a productive member
# ======================================================================
re:\b(di|hindi|wala|never) pa (ako|kami|ko|akong|kaming|ako kahit kailan|ako kailanman)( \S+)? (nakakakita|nakakita|nakikita|nakilala|nakakilala|nakakakilala|nakilalang|nakitang|nakasalamuha|nakakasalamuha|nakatagpo|nakaencounter|naka-?encounter|na-?meet|nameet|nakatrabaho|nakasama)( ng| nang)?( isang| kahit isang| kahit isa)?( \S+){1,2} na (hindi|di)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bwala sa (pagkatao|puso|kaluluwa|budhi|kalooban|dugo|ugali|kultura|bokabularyo|genes|dna|lahi)( ng| nila| ng mga)( \S+){0,3} (ang |kahit |ni )?(malasakit|katapatan|dangal|kabutihan|kabaitan|respeto|galang|hiya|disiplina|katinuan|pagmamahal|konsensya|konsensiya|awa|integridad|moralidad|kalinisan|kasipagan|sipag|talino|utang na loob|katapangan|pakikisama|delikadesa|pagkatao|kahihiyan|malinis na budhi)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bwala(ng)? (ni |kahit )?(katiting|kapiraso|kaunti|konti|isang patak|kapurit|kahit konti|kahit kaunti|butil)( na| ng|ng)? (kabutihan|malasakit|katapatan|dangal|kabaitan|respeto|galang|hiya|disiplina|katinuan|pagmamahal|konsensya|konsensiya|awa|integridad|moralidad|talino|utak|sipag|kasipagan|utang na loob|puso|pagkatao|delikadesa|kahihiyan)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(di|hindi|never|hinding-hindi)( ko| namin| natin| ko talaga| ko kailanman)( sila| kayo| siya| ang mga| yan| iyan)? (ituturing|tuturingin|itinuturing|tinuturing|ituring|kikilalanin|kinikilala|kilalanin|tatanggapin|tinatanggap|matatanggap|makikilala)( na| bilang| na parang)? (kapwa|kapwa tao|tao|kababayan|kapatid|pilipino|kapamilya|kaibigan|kapantay|katumbas|kasama|tunay na pilipino|kapitbahay)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(hindi|di|never)( ako| kami| ko)?( kailanman| kahit kailan)? (maniniwala|naniniwala|naniwala|papaniwala)( kahit kailan| kailanman)?( na| na may| sa)? (may|meron|mayroong|merong|na may) (matinong|mabuting|mabait na|tapat na|disenteng|matalinong|malinis na|masipag na|marangal na|mapagkakatiwalaang|normal na|maayos na|mabuting-loob na|honest na|tapat|matino)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(hindi|di)( naman| talaga| kasi| pa rin| parin| rin| din| na| nga)+ (sila |kayo |siya )?(marunong|natututong|natutong|natututo|alam) (rumespeto|gumalang|mahiya|makisama|lumugar|magpasalamat|sumunod sa batas|sumunod|mag-?sorry|humingi ng tawad|maglinis|maligo|magbayad|magtrabaho|makibagay|makipagkapwa|magmahal|magtiwala|umintindi|mag-?isip)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(never|hindi|di|hinding-hindi)( kailanman| talaga| na| sila| kayo)* (magiging|naging|nagiging|maging) (productive|kapaki-pakinabang na|mabuting|matinong|disenteng|responsableng|useful|good|maayos na|normal na|tapat na|tunay na|kagalang-galang na|respetadong)( na)? (member|miyembro|mamamayan|bahagi|parte|citizen|citizens|tao|kasapi|kababayan|kapitbahay|empleyado|magulang|pilipino)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(hindi|di) (nababagay|bagay|nabibilang|nararapat|karapat-dapat|belong|welcome)( talaga| kailanman| naman)?( \S+){0,4} sa (mga )?(paaralan|eskwelahan|eskwela|school|opisina|lipunan|simbahan|trabaho|komunidad|bansa|bayan|mundo|barangay|publiko|pampublikong lugar|sibilisadong|disenteng|matinong|lugar na may)\b | pred:exclude | 0.85 | exclusion_group

# ======================================================================
# opinions and questions: bans on having children, God's curse, rotten eggs of society, "fed up with them", pest control
# ======================================================================
re:\b(bawal|ipagbawal|dapat bawal|hindi dapat payagang|di dapat payagang|wag payagang|huwag payagang|hindi dapat pinapayagang|hindi dapat hayaang)( na| nang| sa kanila na)? (magkaanak|mag-?anak|manganak|magpakasal|mag-?asawa|bumoto|mag-?aral|mag-?ampon|magpalaki ng bata|mag-?alaga ng bata|magturo|mamuno|tumakbo|magkaroon ng anak|magparami|dumami)\b | pred:exclude | 0.85 | exclusion_group
re:\b(sumpa|parusa|salot|pahirap|kapalpakan|pagkakamali)( galing)? (ng|mula sa|sa|galing sa) (diyos|dios|maykapal|panginoon|langit|kalangitan|kalikasan|lumikha)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(bulok|bugok|sirang|sira)( na)? (itlog|mansanas|kamatis|prutas|bunga|binhi|punla|tinapay)( ng| sa) (lipunan|bayan|bansa|mundo|lahi|pamilya|komunidad|sangkatauhan|pilipinas|simbahan)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\bmas (tahimik|payapa|maayos|maganda|masaya|ligtas|malinis|mapayapa|maaliwalas|mabuti|mabango|maunlad|progresibo)( sana| siguro| talaga)?( ang)?( \S+){1,2} (kung|kapag|pag) (wala ni isang|walang kahit isang|wala kahit isang|walang ni isang|wala nang kahit isang|wala ni isa mang)\b | pred:exclude | 0.9 | exclusion_group
re:\b(hindi|di|huwag|wag)( na)?( dapat| dapat na| na dapat)? (pinapasok|pinapapasok|papasukin|pinapapasok pa|pinapasok pa|tinatanggap|tanggapin|tinatanggap pa|pinapayagang pumasok|ipinapasok|ipapasok|ina-?admit|iadmit|ginagamot|gamutin|sinasakay|isakay|pinapasakay|pinagsisilbihan|pagsilbihan)( pa| na)? sa (mga )?(eskwela|eskwelahan|paaralan|school|ospital|hospital|simbahan|opisina|trabaho|mall|bansa|pilipinas|barangay|bahay|restawran|restaurant|kainan|unibersidad|kolehiyo|gobyerno|klinika|health center|jeep|bus|tren|mrt|lrt|barko|eroplano|hotel|resort|beach)\b | pred:exclude | 0.85 | exclusion_group
re:\b(sawang-?sawa|suyang-?suya|umay na umay|rinding-rindi|pagod na pagod|badtrip na badtrip|asar na asar|inis na inis|galit na galit|bwisit na bwisit|buwisit na buwisit|imbyernang-imbyerna|pikon na pikon|yamot na yamot|muhing-muhi|suklam na suklam|diring-diri|diri na diri)( na)?( talaga| na talaga| talaga na)?( ako| kami| tayo| ko| kaming lahat| na ako)?( talaga)? sa\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(pest control|exterminator|pamatay-?peste|pamatay ng peste|pamatay ng ipis|pamatay ng daga|pesticide|insecticide|rat poison|lason sa daga|lason pang-?daga|fumigation|fumigate|i-?fumigate)\b | pred:dehumanise | 0.8 | dehumanising_group
re:\b(maglinis|linisin|malinis|lilinisin|paglilinis|linisan|lilinisan)( \S+)? (ng|ang|sa) (barangay|bayan|bansa|lugar|lungsod|siyudad|kalye|subdivision|eskwelahan|paaralan|pilipinas|pinas|mundo|komunidad|opisina|kapitbahayan) (na )?(puno|punong-?puno|pinamumugaran|dinudumog|sinakop|sinasakop|napupuno|napuno|pinamumugaran)( ng| nang)\b | pred:dehumanise | 0.85 | dehumanising_group

# ======================================================================
# pred:emotion: "my hatred for", cursing them, lingering disgust, the ick
# ======================================================================
re:\b(aking|ang aking|kanyang|aming|ating|ang aming|labis kong|matinding|malalim kong|malalim na) (pagkamuhi|galit|poot|pagkasuklam|pandidiri|pagkainis|pagkadiri|muhi|suklam|inis|asar|ngitngit|pagkayamot|pagkairita|pagkasuya|pagkarimarim)( \S+)? (sa|para sa|laban sa|tungo sa)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(isinusumpa|isinumpa|sinusumpa|susumpain|sumpain|isusumpa|sinumpa)( ko| namin| natin)( talaga| na)?( sila| silang lahat| kayo| kayong lahat| ang| ang mga| ang lahat ng| lahat ng)\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(nandidiri|nasusuka|nasusuklam|namumuhi|naiirita|nabubwisit|nababadtrip|naaasar|naiinis|nagagalit|nangingilabot|kinikilabutan|naaalibadbaran|naalibadbaran|nagngingitngit|nanggigigil)( lang| lamang| talaga| naman| ako| kami| tayo| na| pa rin| parin| talaga ako)+ sa\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(naaalibadbaran|naalibadbaran|nakakaalibadbad|nandidiri|nasusuka|naiirita|kinikilabutan|nangingilabot|nagngingitngit|nanggigigil|nabubwisit|naiinis|nasusuklam|nababadtrip)( na| lang| talaga| ako| kami| naman)* (pag|kapag|tuwing|kung|basta|pagka) (nakikita|nakita|naririnig|narinig|nakakasalubong|nakakasama|nakakatabi|nababasa|napapanood|lumalapit|dumadaan|nandyan|andyan|nandiyan|lumalabas|sumusulpot)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(ang |sobrang |grabe ang |super )?(ick|icky|cringe|yuck|yak|eww|ew|kadiri)( talaga| na| much| naman)* (ng|sa|nung|nang) (mga|lahat ng|ganyang|ganyan)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(punyetang|letseng|lecheng|pesteng|hinayupak na|putanginang|tanginang|pakshet na|bwisit na|buwisit na|lintik na|gagong|ulol na|hayop na|hudas na|demonyong|yawang|pisteng|walanghiyang|walang-?hiyang)( na)? (mga|yang mga|itong mga|yung mga|kayong mga|lahat ng mga|lahat ng)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(tangina|tngina|tang ina|tang-?ina|putangina|putang ina|puta|punyeta|leche|letse|lintik|bwisit|buwisit|pakyu|pakshet|yawa|gago|ulol|hayop)( talaga| naman| na| nga| talaga naman| ka)* (ng|nang|nitong|niyang|nyang|ng lahat ng|ning|anang) (mga|lahat ng mga|buong lahi ng|lahi ng)\b | pred:emotion | 0.85 | hate_emotion_group

# ======================================================================
# pred:dehumanise: weeds, vultures and lepers; a waste of space
# ======================================================================
re:\b(parang|tulad ng|gaya ng|kagaya ng|mistulang|mukhang|animo'?y|daig pa ang|para silang|para kayong) (mga )?(damo|damong ligaw|masamang damo|ligaw na damo|amag|kalawang|tumor|bukol|buwitre|bwitre|buwaya|ahas|lobo|hyena|linta|uwak|pating|halimaw|demonyo|parasito|garapata|anay|uod|langaw|lamok|surot|peste|salot|virus|kanser|ketong|ketongin|lepra|mikrobyo|bacteria|germs|basahan|inidoro|imburnal)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(iwasan|layuan|lumayo|iniiwasan|nilalayuan|lalayuan|iiwasan|pandirihan|pinandidirihan)( \S+){0,3} (na )?(parang|gaya ng|tulad ng|kagaya ng) (may )?(ketong|ketongin|lepra|sakit|nakakahawang sakit|virus|salot|covid|rabies|galis|peste|bulutong|tb|aids|hiv|kanser)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(nag-?aabang|naghahanap|naghihintay|nangangaso|umaaligid|umaaligid-aligid)( lang| lamang)? (ng|nang|sa) (mabibiktima|mabiktima|biktima|maloloko|mananakawan|madudukutan|mabubudol|masasamantala|mapagsasamantalahan|mabibiktimang)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(pampasikip|pampadami|pampabigat|pampagulo|pampasakit ng ulo|pampadumi|pampabaho|dagdag-?basura|dagdag na basura|dagdag-?pasanin|dagdag-?pabigat|dagdag na pabigat|dagdag-?problema|dagdag-?perwisyo|dagdag-?kalat|dagdag na kalat|dagdag-?dumi)( lang| lamang| lng)? (ng|sa|nang) (mundo|bansa|lipunan|espasyo|populasyon|hangin|kalye|kalsada|bayan|barangay|lugar|pilipinas|komunidad|gobyerno|planeta)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(dagdag-?basura|dagdag na basura|dagdag-?kalat|dagdag na kalat|pampasikip ng mundo|pampadami ng populasyon|sayang sa espasyo|pampuno ng espasyo)\b | pred:dehumanise | 0.75 | dehumanising_group

# ======================================================================
# pred:attribute: insult nouns the engine lacked
# ======================================================================
balasubas                  | pred:attribute | 0.8 | negative_attribute_group
mga balasubas              | pred:attribute | 0.85 | negative_attribute_group
sanggano                   | pred:attribute | 0.75 | negative_attribute_group
mga sanggano               | pred:attribute | 0.85 | negative_attribute_group
re:\b(halang ang bituka|halang ang kaluluwa|itim ang budhi|itim ang kaluluwa|bulok ang budhi|bulok ang ugali|walang kaluluwa|walang konsensya|walang konsensiya|mga walanghiya|mga walang-?hiya|mga hudas|mga bwakaw|mga patay-?gutom|mga ganid|mga garapal|mga hangal|mga mangmang|mga tulisan|mga bandido|mga dorobo|mga kawatan|mga mandurugas|mga buwaya|mga manggagantso)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bbe like\W{0,3} (mangmang|bobo|tanga|tamad|madumi|marumi|mabaho|sinungaling|magnanakaw|bastos|mayabang|walang alam|walang modo|walang hiya|walanghiya|kadiri|salot|pabigat|arogante|maarte|plastik|ahas|manloloko|feeling|epal|squammy|jologs|iskwater|balasubas|patay-?gutom|eskandaloso|maingay|magulo)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bwala(ng)? (silang |kayong |siyang )?karapatang? (huminga|mabuhay|tumira|umiral|mag-?exist|magkaanak|magsalita|maging tao|makihalubilo|lumakad|tumapak|sumakay|kumain|tumayo|magpakita|makalanghap|lumanghap|mag-?aral|magtrabaho|ngumiti|magmahal|sumamba|magdasal)\b | pred:exclude | 0.9 | exclusion_group

# ======================================================================
# pred:exclude: hoping they never come back, refusing to talk to them
# ======================================================================
re:\bsana (hindi|di) na (sila|kayo|siya|yan|'?yan|ulit sila) (bumalik|babalik|magpakita|magpapakita|lumabas|dumating|darating|pumunta|pupunta|tumapak|tumuntong|sumulpot|lumapit|mag-?apply|lumipat)\b | pred:exclude | 0.8 | exclusion_group
re:\b(ayoko|ayokong|ayaw kong|ayaw ko|ayaw naming|ayaw namin|hindi ko gustong|di ko gustong|di ako|hindi ako|hinding-hindi ako) (makipag-?usap|makikipag-?usap|makipagkaibigan|makikipagkaibigan|makipag-?kamay|makikipagkamay|makisalamuha|makipaglapit|makipag-?deal|makipagtransaksyon|makipagnegosyo|makitungo|makihalubilo|makikihalubilo|makipagkwentuhan|makisakay|makisabay|makikisabay|makikisakay|makikain|makikikain|bumili|bibili|kakain|kumain|tumangkilik|tatangkilik)( \S+)? sa (mga|isang|kahit sinong|ganyang|ganyan|ganoong|ganung|kanila|kanya)\b | pred:exclude | 0.85 | exclusion_group

# ======================================================================
# grp:pronoun: "people like him/them", "their kind", "creatures like that", "number 3"
# ======================================================================
re:\b(ang|yung|ang mga|yung mga|mga|lahat ng|pati lahat ng|pati ang mga) (katulad|kagaya|kauri|kalahi|kapareho|tulad|kasing-?uri|kaurian) (niya|nila|nya|nyan|niyan|nito|ninyo|nyo|niyo|mo|non|nun)\b | grp:pronoun
re:\bmga (nilalang|klase|uri|tao|hayop|taong|klaseng tao|ganitong tao) na (ganyan|ganoon|ganun|ganon|ganito|gaya nila|tulad nila|katulad nila)\b | grp:pronoun
re:\b(ng|ang|yung|sa) mga (ganyan|ganoon|ganun|ganon|ganiyan|ganyang tao|ganoong tao)\b | grp:pronoun
re:\b(yung|ang|si|sa) (number|no\.?|#|numero|pang-?) ?(\d|isa|dalawa|tatlo|apat|lima|una|pangalawa|pangatlo|huli)\b | grp:pronoun

# ---- wiped off the face of the earth ("sana mabura na siya sa mundo pati lahat ng kauri niya")
re:\b(mabura|mabubura|burahin|buburahin|binura|mawala|maglaho|mapawi|maalis|malipol|mapuksa|matanggal|maubos|mabura na|mawalis|walisin)( na)?( lang)?( sila| siya| kayo| silang lahat)?( \S+)? sa (mundo|balat ng lupa|mapa|kasaysayan|earth|planeta|ibabaw ng lupa|face of the earth)\b | pred:violence | 0.85 | violence_group | severe

# ======================================================================
# contrasts: denials, reports of abuse received, cursing at things and mishaps, food and car senses of slur words
# ======================================================================
re:\b(ni hindi|ni di|hindi rin|hindi din|di rin|di din) (sila|kayo|siya|naman sila)\b | ctx:negation
re:\bwala(ng)? (katotohanan|basehan|batayan|patunay|ebidensya|ebidensiya|katibayan|pruweba)( po)? (na|ang|sa|yang|iyang|yung|ung|ito|yan)\b | ctx:counter
re:\b(tigilan|itigil|tumigil|tama na)( na)?( nyo| niyo| ninyo| mo| natin)?( na)? (yang|ang|yung|iyang|ang mga|yang mga) (tsismis|chismis|chika|paninira|stereotype|kasinungalingan|fake news|maling akala|panghuhusga|pangungutya|panlalait)\b | ctx:counter
re:\b(sinigawan|minura|sinabihan|tinawag|binastos|hinarass|ininsulto|nilait|kinutya|pinagtawanan|binully|binu-?bully|dinuraan|hinusgahan)( ako| kami| kaming| akong| niya ako| nila ako| nila kami)( ng| nang| na| bilang)? ?["“'‘] | ctx:counter
re:\b(tinawag|tinatawag|binansagan|binabansagan)( nila| niya)? (akong|kaming|ako ng|kami ng|ako na|kami na)\b | ctx:counter
re:\b(nagsumbong|nagreport|nag-?report|nireport|ni-?report|isinumbong|nagsampa ng kaso|nagpa-?blotter|ipina-?blotter)( ako| kami| ko| namin| ko siya| namin sila| ko sila)? sa (pulis|barangay|tanod|admin|admins|hr|guard|security|management|principal|nbi|cicc|awtoridad|kapitan|moderator|mods|chr|dswd|pnp)\b | ctx:counter
re:\b(sunugin|itapon|ibato|basagin|ihagis|ibalibag|sirain|wasakin|ilunod|durugin|tapakan|ibenta|isangla)( ko| na| lang| nang)* (yung|ang|itong|tong|ung|yang)( lumang| bulok na| bagong| \S+)? (cellphone|cp|selpon|phone|laptop|computer|kompyuter|pc|tv|printer|router|modem|wifi|wi-?fi|charger|motor|kotse|relo|gadget|tablet|ipad|keyboard|mouse|headset|remote|aircon|ref|refrigerator|electric fan|bentilador|washing machine|rice cooker|microwave|sasakyan|jeep|scanner|projector|speaker|console|monitor|cpu|app|application|software|website|sistema|payong|sapatos|tsinelas|bag|kama|sofa|upuan|mesa|libro|notebook|module|modules|thesis|assignment|homework|resibo|bill|bills|utang)\b | allow
re:\b(dapat|dapat nang|dapat na|sana|sana nga|gusto ko nang|gusto kong)( nang| na| lang| talaga)* (sunugin|itapon|ibato|basagin|ihagis|ibalibag|sirain|wasakin|ilunod|durugin|tapakan|ibenta|isangla)( ko| na| lang| nang)* (yung|ang|itong|tong|ung|yang)( lumang| bulok na| bagong| \S+)? (cellphone|cp|selpon|phone|laptop|computer|kompyuter|pc|tv|printer|router|modem|wifi|wi-?fi|charger|motor|kotse|relo|gadget|tablet|ipad|keyboard|mouse|headset|remote|aircon|ref|refrigerator|electric fan|bentilador|washing machine|rice cooker|microwave|sasakyan|jeep|scanner|projector|speaker|console|monitor|cpu|app|application|software|website|sistema|payong|sapatos|tsinelas|bag|kama|sofa|upuan|mesa|libro|notebook|module|modules|thesis|assignment|homework|resibo|bill|bills|utang)\b | allow
re:\b(putang ?ina|tangina|tngina|puta|leche|letse|lintik|punyeta|bwisit|buwisit|pucha|putek|shet|syet|pakshet|peste|yawa|piste|anak ng teteng|anak ng tokwa|hay naku|ay naku)( talaga| naman| na)?[,!.]* (sira|nasira|nasiraan|nag-?hang|naghang|nag-?crash|nagcrash|ayaw gumana|hindi gumagana|di gumagana|patay|namatay|nasunog|na-?lowbat|lowbat|walang signal|walang internet|mabagal|ang bagal|ang init|ang lamig|traffic|trapik|umuulan|baha|nasunog ko|natapon ko|nabasag ko|nahulog ko|naiwan ko|nakalimutan ko|nasira ko|naubos|ubos na)\b | allow
re:\b(pakyu|fuck you|fak yu|pak yu|bwisit|buwisit|leche|letse|peste) (lunes|monday|martes|miyerkules|huwebes|biyernes|sabado|linggo|traffic|trapik|ulan|init|alarm|alarm clock|deadline|exam|thesis|homework|assignment|trabaho|work|school|klase|acads|exams?|quiz|module|bills?|bayarin|utang|covid|pandemya|2020|2021|2022|2023|2024|2025|2026|mundo|buhay|life)\b | allow
re:\b(bili|bumili|bibili|binili|bilhan|pabili|kumain|kain|kakain|order|mag-?order|magluto|lutuin|magtinda|nagtitinda|tinda|paborito|masarap|mainit na|balut at|penoy at)( \S+){0,3} (ng|nang|yung|ang|mga) abnoy\b | allow
re:\babnoy( \S+){0,6} (merienda|meryenda|pulutan|ulam|tig-?\S+|piso|pesos|kanto|tindahan|vendor|tindera|suka|asin|luto|masarap|mainit|kwek-?kwek|tokneneng|isaw|fishball)\b | allow
re:\b(lumang|luma na|bagong|pulang|itim na|puting|asul na|restored|ni-?restore|binebenta|benta|ibinebenta|bili|bumili|binili|pinaayos|minamaneho|maneho|imaneho|sakay ng|nakasakay sa|collector ng|kolektor ng|classic na)( \S+)? t-?bird\b | allow
re:\bt-?bird( \S+){0,4} (convertible|coupe|hardtop|engine|makina|gulong|pintura|model|modelo|19\d\d|collector|restoration|for sale|kotse|sasakyan|vintage|classic|car|v8)\b | allow
re:\bnegros (occidental|oriental|island|isla|province|probinsya)\b | allow
re:\b(putang ?ina|tangina|tngina|tang ?ina|puta|pucha|putek|shet|syet|pakshet|hayop|hayup|anak ng teteng|anak ng tokwa|gago|lintik)( talaga| naman| na)?[,!.]* (ang|ang sobrang|sobrang|napaka|grabe ang|ganda ng|sarap ng) ?(ganda|sarap|galing|cute|gwapo|pogi|bango|astig|saya|lupet|angas|husay|linis|lamig|presko|ganda-?ganda|sarap-?sarap|galing-?galing|ganda ng|sarap ng|view|sunset|sunrise|tanawin|beach|dagat|bundok|luto|pagkain)\b | allow
re:\bsana( \S+)? (mabura|malipol|mapuksa|maubos|mawala|maglaho|matanggal|mawalis|mabura na|mamatay)( na)?( lang)?( sila| siya| kayo| silang lahat)?( \S+)? sa (mundo|balat ng lupa|mapa|kasaysayan|earth|planeta|ibabaw ng lupa|face of the earth)\b | pred:violence | 0.95 | violence_group | severe
# ---- conditional call to action: "if you see one alone, you know what to do"
re:\b(pag|kapag|kung|pagka) (may )?(makita|nakita|makikita|makakita|nakakita|makasalubong|nakasalubong|makakasalubong)( nyo| niyo| ninyo| kayong| kang| tayong| mo)\b.{0,60}\balam (nyo|niyo|ninyo|mo|natin|na natin) (na|naman|na naman)( ang| kung ano ang| kung anong| ano ang)? (gagawin|dapat gawin|kailangang gawin)\b | pred:violence | 0.9 | violence_group | severe

# ======================================================================
# derog_impl: recurring implicit-stereotype frames
# ======================================================================
# ---- rental and hiring notices: "strictly no ...", "sorry po pero hindi kami tumatanggap ng"; HOA asks not to sell or rent to them
re:\bstrictly no\b | pred:exclude | 0.85 | exclusion_group
re:\b(sorry|pasensya|pasensiya|paumanhin)( na)?( po)?,? (pero |but )?(hindi kami tumatanggap ng|di kami tumatanggap ng|hindi kami tuma tanggap ng|bawal ang|bawal|not accepting|hindi pwede ang|di pwede ang|hindi puwede ang)\b | pred:exclude | 0.85 | exclusion_group
re:\b(huwag|wag|hindi|di|bawal|iwasang|iwasan ang)( na| po| dapat| po dapat)?( \S+)? (magbenta|magpaupa|magpa-?upa|magparenta|magpa-?renta|paupahan|pagbentahan|ibenta|iparenta|ipaupa|umupa|magpatira|tumanggap ng tenant|tumanggap ng boarder)( o (magbenta|magpaupa|magparenta|paupahan|pagbentahan|ipaupa|ibenta))?( ng| nang)?( bahay| lupa| kwarto| unit| apartment| condo| lote| pwesto| bahay o lupa| property| ari-arian)? (sa|kay)\b | pred:exclude | 0.85 | exclusion_group
# ---- suspicion: hugging the bag, locking the gate, counting the chickens, crime rising whenever they move in
re:\b(niyayakap|yayakapin|niyakap|hinihigpitan|hihigpitan|hinahawakan|hahawakan|kinakapitan|kakapitan|tinatago|itinatago|itatago|binabantayan|babantayan|iniipit|ipinipit|ini-?lock|nila-?lock|ila-?lock|i-?lock|ilock|kinakandado|ikandado|kandaduhan)( ko| namin| mo| nila| natin| nyo| niyo| ninyo| po)*( na| talaga| agad| kaagad| lagi| palagi| parati| nang mahigpit| ng mahigpit| nang mabuti| mabuti| po)* (ang|yung|ung|mga|ang mga) (bag|wallet|pitaka|cellphone|cp|phone|selpon|gamit|bulsa|alahas|pera|mga gamit|gate|pinto|pintuan|bahay|bintana|motor|bike|sasakyan)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(bilangin|bilangan|bibilangin|binibilang|i-?check|icheck|tingnan|silipin|suriin)( \S+){0,2} (ang|yung|mga|ang mga|yung mga) (manok|alaga|sinampay|tsinelas|sapatos|kaldero|hayop|kambing|baboy|bike|motor|halaman|paso|gamit)( \S+){0,2} (gabi-?gabi|araw-?araw|tuwing gabi|bawat gabi|gabi gabi|umaga't gabi|pag-?gising|bago matulog|oras-?oras)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(nakasalamuha|nakahalubilo|nakipagkamay|nakatabi|nakahawak|nahawakan|nakasakay|nakasabay|nakausap|nakadikit|nadikitan|katabi|kasabay|nakaupo sa tabi ng)( \S+){0,6},? (mag-?alcohol|mag-?sanitize|mag-?disinfect|maghugas|maligo|magbanlaw|mag-?lysol|mag-?zonrox|magpalit ng damit|mag-?sabon)( ka| kayo| ako| kami)?( agad| kaagad| na| agad-agad| pag-?uwi)*\b | pred:exclude | 0.85 | exclusion_group
re:\b(mga )?(sakit|virus|mikrobyo|germs|kuto|galis|bacteria|baho|amoy|lagnat|peste) (na |ang )?(dala|dinadala|dinala|kinakalat|ikinakalat|ipinapasa|ipinapasa|dumidikit|nakakahawa|nakahahawa|hatid|galing sa|mula sa) (nila|niya|ng mga|sa kanila)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(dumadami|dumarami|tumataas|lumalala|lumalaganap|sumisipa|sumisirit|tumaas|dumami|lumala|sumipa|sumirit)( na| rin| din| agad| bigla)?( ang| rin ang| din ang)?( kaso ng| bilang ng| insidente ng| rate ng| mga kaso ng| kaso ng mga)? (nakawan|krimen|holdapan|patayan|snatching|droga|nakaw|budol|rape|panggagahasa|sunog|scam|adik|pagnanakaw|karahasan|gulo sa|basura sa)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(kada|tuwing|bawat|pag|kapag|pagka|simula nung|mula nung) may (bagong )?(lipat|dating|salta|lumipat|dumating|lilipat|pumasok|tumira)\b.{0,60}\b(tumataas|dumadami|dumarami|lumalala|tumaas|dumami|lumala|sumisipa|sumipa|may nawawala|may nanakaw|nagkakanakawan|nagkakagulo)\b | pred:attribute | 0.9 | negative_attribute_group
# ---- many children on welfare; who they side with when trouble comes
re:\b(pito-?pito|walo-?walo|siyam-?siyam|sampu-?sampu|lima-?lima|dose-?dose|isang dosena|sandamakmak|sangkaterba|sangkatutak|napakarami|kay dami|ang dami|dami-?dami) (ang |na |ng )?(anak|supling|chikiting|bata)\b.{0,40}\b(wala|walang|hindi naman kaya|di naman kaya|walang pambili|walang trabaho|umaasa|nakaasa|asa sa|palamunin|ayuda|4ps)\b | pred:attribute | 0.95 | negative_attribute_group
re:\bkung (kanino|saan|kaninong panig|saang panig|saang bansa|kaninong bansa) (sila |talaga sila |ba sila |kaya sila )?(papanig|pumapanig|kakampi|kakampihan|kumakampi|papanigan|tatapat|magiging tapat|loyal|magiging loyal|susunod|sumusunod|kakampihan nila)\b | pred:attribute | 0.85 | negative_attribute_group
# ---- talk slowly and simply to them, they get confused
re:\b(kausap|kinakausap|kakausapin|kausapin|makipag-?usap|nakikipag-?usap|makikipag-?usap)( mo| nyo| niyo| ninyo| natin)?\b.{0,50}\b(simpleng salita|simple words|simpleng english|simpleng tagalog|mabagal na pananalita|baka (kasi |pa )?(malito|maguluhan|hindi makaintindi|di makaintindi|hindi makagets|di makagets))\b | pred:attribute | 0.9 | negative_attribute_group
# ---- "what do you call one with a job? a dream" joke frame
re:\bano (ang |yung |ang )?tawag sa\b.{1,50}\? ?(edi|eh di|e di|syempre|siyempre|edi syempre)?,? ?(panaginip|imposible|wala|fake|peke|himala|milagro|unicorn|fiction|kathang-?isip|alamat|bangungot|scam|ilusyon|guni-?guni|hallucination)\b | pred:attribute | 0.85 | negative_attribute_group
# ---- laziness: an hour's rest for every five minutes of work
re:\b(isang |dalawang |tatlong |)(oras|araw|linggo|buwan) na (pahinga|tulog|tambay|break|pagtambay|pagpapahinga|idlip)( kada| bawat| sa bawat| per| for every)( \S+)? (minuto|minutong|segundo|segundong|oras na|oras ng) ?(trabaho|pagtatrabaho|work|kayod)?\b | pred:attribute | 0.95 | negative_attribute_group

# ======================================================================
# non-protected groups (government offices and utilities) and abuse of them
# ======================================================================
re:\btaga-?(lto|ltfrb|meralco|bir|dfa|sss|gsis|philhealth|pag-?ibig|lgu|munisipyo|city hall|dpwh|mmda|comelec|customs|immigration|bureau of customs|boc|nbi|pldt|globe|smart|converge|maynilad|manila water|psa|nso|deped|ched|dswd|doh|dole|owwa|poea|napolcom|bfp|bjmp|lrt|mrt|pnr|ltms)\b | grp:other
re:\b(mukhang pera|gahaman sa pera|sugapa sa pera|ganid sa pera|walang puso)\b | pred:attribute | 0.8 | negative_attribute_group

# ======================================================================
# harassment at a person: conditional threats, gaming abuse, "snake"
# ======================================================================
re:\bkung (ayaw|ayaw pa) (mong|nyong|niyong|ninyong|mo|nyo) (masaktan|mabugbog|mamatay|mapahamak|madisgrasya|mapatay|magulpi|masaktan ulit|mabalian ng buto|maospital|mapilay|mabaril|masaksak|mawalan ng trabaho|mawala)\b | harassment | 0.85 | threat_violence | severe
re:\bkung (gusto|gusto pa) (mo|nyo|niyo|ninyo) (pang|pa ring|pang humaba ang buhay|pang makakita ng bukas) (mabuhay|makauwi|makakita ng bukas|huminga|makalakad|buo pa)\b | harassment | 0.85 | threat_violence | severe
re:\b(basura|bobo|tanga|noob|walang kwenta|walang kuwenta|inutil|bulok|pabigat|feeder|patapon) ka( talaga| na naman| nanaman)? (maglaro|mag-?laro|sa laro|sa game|mag-?rank|mag-?push|mag-?carry)\b | harassment | 0.7 | insult_at_person
re:\b(uninstall|i-?uninstall|iuninstall|mag-?uninstall|burahin) (mo|nyo|niyo|ninyo) na( yan| '?yan| ang laro| ang game| yang game| yang laro)?\b | harassment | 0.5 | harassment_phrase
re:\bsana (ma-?ban|mabanned|ma-?banned|ma-?report|ma-?kick|ma-?kicked|ma-?suspend) (ka|kayo)( na)?( habambuhay| forever| permanently| permanente| agad)?\b | harassment | 0.55 | harassment_phrase
re:\b(ahas|traydor|taksil|plastik|sipsip|hudas|balimbing|linta|mandurugas|manloloko|sinungaling|tsismosa|tsismoso|marites|pabida|epal) ka( talaga| na| kahit kailan| eh| e| pala)?(,|!|\.|$| talaga| na| eh| e| pala) | harassment | 0.7 | insult_at_person

# ======================================================================
# slur frames: don't defend them, don't give them a post, who invited them, trouble wherever they are
# ======================================================================
re:\b(wag|huwag|hwag)( mo| nyo| niyo| ninyo| natin)?( na| nang| nang pa| na lang)? (ipagtanggol|ipinagtatanggol|kampihan|kinakampihan|kaawaan|pagtakpan|ipagtatanggol|ipaglaban|suportahan|i-?support)( pa)? (yung|yang|ang|ang mga|yung mga|yang mga|mga|sila|ganyan)\b | pred:exclude | 0.75 | exclusion_group
re:\b(wag|huwag|hwag|hindi dapat|di dapat|bakit pa)( mo| nyo| niyo| ninyo| natin)?( na| nang| pa)? (bigyan|bibigyan|binibigyan|binigyan)( pa)?( ng| nang) (pwesto|puwesto|posisyon|trabaho|pagkakataon|boses|plataporma|platform|spotlight|atensyon|karapatan|upuan|ayuda|tulong|pansin|entablado|mic|award|parangal)\b | pred:exclude | 0.85 | exclusion_group
re:\bsinong (nagpapasok|nagpapapasok|nagpasok|nag-?imbita|nag-?invite|nagdala|nagpatira|nagpapatira|nagpaupa|nagpapaupa|nagsama|nag-?hire|tumanggap)\b | pred:exclude | 0.6 | exclusion_group
re:\b(kahit saan|saan man|kahit saang lugar|kung saan-?saan|saan mo man ilagay|saan ka man pumunta)( man)?,? (may|laging may|palaging may|merong|meron|nagdadala ng|nagdadala sila ng|dala ay|dala nila ang) (gulo|krimen|basura|dumi|nakawan|problema|away|baho|droga|sakit|ingay|kalat|perwisyo|disgrasya|kamalasan)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(di|hindi) (sila|kayo|sila lahat|silang lahat) worth( it| ipagtanggol| tulungan| pansinin| kaawaan| the effort| ng oras| ng effort| ng respeto)\b | pred:attribute | 0.75 | negative_attribute_group

# ---- "a mental illness": being one of them called a disease of the mind
re:\b(ay|na|ay isang|isang|ay isa lang|ay isa lamang) (sakit|diperensya|deperensya|depekto|karamdaman|abnormalidad|kabaliwan)( lang| lamang| talaga)? (sa utak|sa isip|sa pag-?iisip|sa ulo|pangkaisipan|ng utak|ng isip|sa kaluluwa|mental)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(sakit|diperensya|deperensya|depekto|karamdaman|abnormalidad|kabaliwan)( lang| lamang| talaga)? (sa utak|sa isip|sa pag-?iisip|sa ulo|pangkaisipan|ng utak|ng isip|sa kaluluwa|mental)( lang| lamang| talaga)? ang pagiging\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(mental illness|mentally ill|mental disorder|may sira sa ulo|may sayad|may topak|baliw)( lang| lamang| talaga)? (ang pagiging|ang mga|sila|kayo)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(krimen|krimeng|karahasan|pag-?atake|atake|diskriminasyon|hate crimes?|pang-?aabuso|pananakit|patayan|pambubugbog|pang-?aapi|pang-?haharass|harassment) (laban sa|against|na nakatuon sa|na tumatarget sa)\b | ctx:counter

# ==== sixth round: families from the misses of tests/tuning_suites_f
# ======================================================================
# pred:threat: first-person threats (cleansing, "we'll finish you first", causative "I'll have them shot")
# ======================================================================
re:\b(lilinisin|lilinis|lilinisan|wawalisin|wawalisan|lilimasin|aalisan|lilipulin)( ko| namin| natin)?( mismo)? (ng |ang )?(barangay|bayan|lugar|kalye|komunidad|lungsod|siyudad|probinsya|bansa|baryo|sitio|subdivision|kanto|purok)\b | pred:threat | 0.9 | threat_violence
re:\bkahit (ako|kami|ako pa|kami pa|ako man|kami man)( ang)? (makulong|mabilanggo|makalaboso|ma-?preso|mahatulan|mabitay|mamatay|ikulong|makasuhan)\b | pred:threat | 0.85 | threat_violence
re:\b(uunahin|uubusin|lilipulin|pupuksain|tatapusin|papatayin|uupakan|bubugbugin|babarilin|sasaksakin|susunugin|tutumbahin|dudurugin|sasagasaan|gigilitan|lilikidahin|ililigpit|didispatsahin)( ko| namin| natin) (kayo|kayong|sila|silang|ang mga|lahat ng|kayong lahat|silang lahat|isa-?isa)\b | pred:threat | 0.9 | threat_violence
re:\b(ipapabaril|ipapapatay|ipapakulong|ipapabitay|ipapasunog|ipapatapon|ipapadampot|ipapatokhang|ipapasalvage|ipapabugbog|ipapalayas|ipapasagasaan|ipapadukot|ipapaligpit|ipapasaksak|ipapatumba)( ko| namin| natin)( lahat| ang| sila| kayo| silang| kayong)?\b | pred:threat | 0.9 | threat_violence
re:\b(binugbog|sinapak|ginulpi|binaril|sinaksak|sinuntok|hinampas|tinadyakan|pinagsasapak|pinagsusuntok|binugbugan|pinukpok|kinuyog)( ko| namin)( na)? (yung|ang|ung|isang|isa sa mga|dalawang)\b | pred:threat | 0.85 | threat_violence
re:\b(next week|bukas|sa susunod|mamaya|next time|sa makalawa|sunod),? (yung|ang|ung|mga|sila|kayo)( mga)? (iba|iba pa|susunod|kasama nila|natitira) (naman|na)\b | pred:threat | 0.75 | threat_violence
re:\b(may dalang|may baong|may bitbit na|may nakatagong|may nakasukbit na|nakasukbit ang|laging dala ko ang|dala ko lagi ang|dala-?dala ko ang|bitbit ko ang|handa na ang)( \S+)? (itak|baril|patalim|kutsilyo|bolo|gulok|granada|bomba|balisong|sumpak|pamalo|lanseta|ice pick|dos por dos|tubo|kalibre|pistola|armalite|shotgun|karit|palakol)\b | pred:threat | 0.85 | threat_violence
re:\b(itak|baril|patalim|kutsilyo|bolo|gulok|balisong|sumpak|pamalo|lanseta|pistola|armalite|shotgun|palakol),? para sa (unang|sinumang|kung sinong|susunod na|mga|kahit sinong)\b | pred:threat | 0.85 | threat_violence
re:\b(hintay|maghintay|antay|mag-?antay|abangan)( lang| lamang| lang talaga)? (kayo|nyo|niyo|ninyo)\b.{0,60}\b(ubusin|patayin|uubusin|papatayin|ililibing|lilipulin|susunugin|babarilin|tatapusin|pupuksain|bubugbugin|makikita nyo|makikita niyo|malalaman nyo)\b | pred:threat | 0.85 | threat_violence
re:\b(may gaganti|gaganti|babalikan|resbakan|reresbakan|magbabayad ka|pagbabayaran mo|babawian)( rin| din| ako| kita| kami)?( sa'?yo| sayo| sa iyo| ka| kita)\b | harassment | 0.8 | threat_violence | severe
re:\b(tandaan|tatandaan) (mo|nyo|niyo|ninyo) (yan|'?yan|ito|to|'?to|iyan|ang araw na ito|ang mukha mo|ang pangalan mo)\b | harassment | 0.35 | threat_violence

# ======================================================================
# pred:violence: stoning, dragging, public beating, paying in blood, burying alive, wiping out a lineage
# ======================================================================
re:\bdapat( \S+){0,2} (pinagbabato|batuhin|pagbabatuhin|binabato|kinakaladkad|kaladkarin|kinakaladkad palabas|pinaparusahan|parusahan|hinahagupit|hagupitin|latiguhin|nilalatigo|pinapahirapan|pahirapan|sinisipa|sipain|ipinapakulong|ipakulong|ipinapatapon|binubugbog|pinagbubugbog|pinaghahampas|ipinapabitay|pinapasabog|ginigilitan|sinusunog nang buhay)\b | pred:violence | 0.95 | violence_group
re:\b(pinapalo|paluin|pinapahiya|binubugbog|bugbugin|hinahagupit|binibitay|bitayin|pinagbabato|batuhin|pinapatay|patayin) sa harap ng (lahat|publiko|madla|tao|mga tao|buong barangay|buong bayan|plaza)\b | pred:violence | 0.9 | violence_group
re:\bhanggang (wala nang matirang buhay|wala nang matira|walang matirang buhay|mamatay|malagutan ng hininga|maubos|mamatay sila|mamatay silang lahat|mawalan ng buhay|hindi na gumalaw|hindi na humihinga)\b | pred:violence | 0.9 | violence_group
re:\b(pagbayarin|magbayad|pagbabayaran|pagbabayarin|bayaran|babayaran|magbabayad)( \S+){0,2} (ng|sa|nang) (dugo|buhay)\b | pred:violence | 0.9 | violence_group
re:\b(ililibing|ilibing|ibaon|ibabaon|inilibing|ibinaon|ilibing na lang)( na| lang)?( \S+)? (nang |ng )?buhay\b | pred:violence | 0.95 | violence_group
re:\b(mabura|nabura|burahin|buburahin|maubos|naubos|ubusin|malipol|nalipol|lipulin|puksain|mapuksa|napuksa|maglaho|mawala|mapawi)( na| nang)?( ang| lahat ng| ang buong)? (lahi|angkan|lipi|salinlahi|henerasyon|populasyon|uri)\b | pred:violence | 0.95 | violence_group
re:\bmas (payapa|tahimik|maganda|maayos|mabuti|masaya|ligtas|malinis|mapayapa|tahimik sana) (ang|sana ang) (mundo|bansa|buhay|lipunan|pilipinas|bayan|barangay|lugar)( \S+)? (pag|kapag|kung|pagka|once|kapag wala na|pag wala na|kung wala na)( \S+){0,2} (nabura|naubos|nawala|namatay|napuksa|nalipol|naglaho|wala na|mawala|maubos|mamatay|mabura|mapuksa|malipol|maglaho)\b | pred:violence | 0.9 | violence_group
re:\bmas (mabuti|mainam|maganda|okay|ok|maayos|mabuting|magandang)( pa| pang)?( na)? (mawala|maglaho|mamatay|maubos|mabura|mapuksa|tanggalin|burahin|patayin|lipulin|malipol|matodas|mamatay na lang|mawala na lang)\b | pred:violence | 0.9 | violence_group
re:\bsana (may|meron|mayroong)( \S+)? (mag-?'?asikaso|umasikaso|mag-?'?ayos|tumapos|tatapos|magligpit|lumigpit|magdispatsa|mag-?dispatsa|dumispatsa|magtumba|tumumba|magpatumba|bumanat|magpapatahimik|magpatahimik|mag-?tokhang|mag-?salvage|bumaril|maglinis)\b | pred:violence | 0.85 | violence_group
re:\balam (nyo|niyo|ninyo|mo|n'yo|na natin|natin) (na|naman|na naman)( kung)? (ang |ano ang |anong )?(ibig kong sabihin|ibig sabihin ko|tinutukoy ko|gusto kong mangyari|dapat mangyari|ibig kong ipahiwatig)\b | pred:violence | 0.85 | violence_group
re:\bsana (sumabog|masunog|gumuho|mabomba|pasabugin|bombahin|sunugin|masabugan|lamunin ng apoy|tamaan ng bomba)( na)?( lahat ng| ang| ang mga| yung| yung mga)? (opisina|bahay|simbahan|mosque|moske|building|gusali|tanggapan|headquarters|hq|barangay|kapitolyo|kongreso|senado|munisipyo|mga bahay)\b | pred:violence | 0.9 | violence_group

# ======================================================================
# pred:emotion / pred:attribute / pred:dehumanise: frames the engine lacked
# ======================================================================
# ---- exasperation, rage and nausea adjectives (nakaka-/kaka- forms)
re:\b(nakakapanggigil|nakakagigil|nakakapang-?gigil|kakagigil|nakakapikon|kakapikon|nakakabwisit|nakakabuwisit|kakabwisit|nakakainis|kakainis|nakakasuka|kakasuka|nakakasukang|kakasukang|nakakadiri|kakadiri|nakakasuklam|kasuklam-suklam|nakakasura|nakakarimarim|nakakarindi|nakakairita|kakairita|nakakagalit|kagalit-galit|nakakaumay|kaumay)( talaga| naman| na| sobra| grabe)* (ang|ang mga|yung mga|sila|kayo|itong mga|yang mga|mga)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(bwiset|bwisit|buwisit|bwesit|punyeta|leche|letse|lintik|pesteng|peste|hinayupak|hayop|hayup|tarantadong|gagong|putang ?inang|tanginang|pakshet)( na)? (mga|yang mga|itong mga|na mga|na yan|na 'yan)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(sumisira|sinisira|nanira|sumira|sisira|nagpapasira|pinapasira)( talaga)? (ng|sa|ang) (araw|mood|umaga|gabi|buhay|lipunan|bansa|bayan|kultura|kabataan|pamilya) (ko|namin|natin|ng lahat)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(nanindig|nanayo|tumayo|nagtaasan|tumaas)( ang)? (balahibo|balahibo ko|mga balahibo)( ko)?( \S+){0,2} (sa )?(pandidiri|diri|suklam|takot|inis|galit|pagkasuklam)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(lalo|mas) (lang |pang |pa |lamang )?(akong|kaming|tayong|ako|kami)( \S+)? (nandiri|nasuka|nasuklam|namuhi|nagalit|nainis|nabwisit|nairita|nandidiri|nasusuklam|namumuhi|naiinis|nagagalit)( sa)?\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(ayoko|ayaw ko|ayaw namin|ayaw na namin|ayoko na)( na)?( talaga| talagang)? (makasama|kasama|katabi|makatabi|makasalubong|makita|makasabay|kapitbahay|makapitbahay|makausap|makahalubilo)\b | pred:exclude | 0.75 | exclusion_group

# ---- stench, filth and rudeness: plural adjective forms and "amoy-" compounds
re:\bamoy[- ]?(basura|imburnal|kanal|tae|patay|bulok|baboy|ihi|burak|estero|putik|kambing|aso|pusali|daga|bangkay|isda|anghit|paa|pawis|lupa)( pa rin| talaga| lagi| palagi| na)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(mababaho|mababantot|madudumi|marurumi|dugyot|dudugyot|dugyutin|babastos|bastos|balahura|burara|salaula|kadiri|mangmang|walang modo|walang galang|walang hiya|walanghiya|walang disiplina|walang delicadeza|walang pinag-?aralan)( at| pa| tapos| na)( ang| sobrang| napaka| mga)? ?(walang modo|walang galang|walang hiya|walanghiya|walang disiplina|mababaho|madudumi|marurumi|dugyot|dudugyot|babastos|bastos|balahura|burara|salaula|mangmang|tamad|tatamad|gahaman|sinungaling|mayayabang|mayabang|maiingay|maingay|magugulo|magulo)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bang (dudugyot|dudumi|babaho|babastos|tatamad|yayabang|iingay|gugulo|sasama|lalandi|kukupal|bobobo|tatanga|kakapal ng mukha) (nila|ninyo|nyo|niyo|ng mga)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bnakakahiya(ng)? (kasama|makasama|kababayan|kapitbahay|katabi|kalahi|kasabay)( sa| sila| ang)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(sugapa|ganid|gahaman|mukhang pera|ganid sa pera|sugapa sa pera|gutom sa pera|uhaw sa pera|pera lang ang habol),? (at|tsaka|saka) (gahaman|ganid|mukhang pera|sugapa|makasarili|manloloko|mandaraya|sinungaling|tuso)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(dumidikit|kumakapit|lumalapit|sumusulpot|nagsusulputan|naglipana|naglilipana|nagkalat|nagkakalat) (kung saan|saan man|kahit saan) (may pera|may pagkain|may kita|may libre|may ayuda|may mapapala|may makukuha)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(parang|tulad ng|gaya ng|kagaya ng|mistulang|mukhang|kasing) mga (virus|sakit|salot|peste|anay|ipis|daga|kuto|linta|uod|langaw|lamok|surot|garapata|bulate|buwaya|buwitre|hayop|baboy|aso|unggoy|tae|basura|dumi|damo|kabute|parasito|bangaw|tipaklong|balang)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(nasa lahat ng ulo|kahit saan ka lumingon|saan ka man lumingon|kahit saan ka tumingin|kahit saan ka pumunta)( \S+)?( andyan| nandyan| nandiyan| naroon| nandoon| meron| may)( sila| na naman sila| pa rin sila)?\b | pred:attribute | 0.7 | negative_attribute_group
# ---- Cebuano: lazy, dirty, useless
re:\b(tapulan|tapolan|hugaw|hugawan|baho|bahoon|way pulos|walay pulos|way ayo|walay ayo|way batasan|walay batasan|bastos|buang|bogo|yawa|mangingilad|kawatan|pabigat)( ug| og| and| ra| gyud| jud| kaayo)* (hugaw|tapulan|way pulos|walay pulos|way batasan|walay batasan|bahoon|kawatan|mangingilad|buang|bogo)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(way|walay) (pulos|ayo|batasan|klase|kapuslanan|silbi)( gyud| jud| gud| kaayo)?\b | pred:attribute | 0.75 | negative_attribute_group

# ---- dehumanising metaphors: walking trash, weeds, rotten eggs, parasites
re:\b(basurang|basura na|taeng|dumi na|bangkay na|zombie na|halimaw na|hayop na) (naglalakad|naglalakad lang|humihinga|nagsasalita|buhay|may paa|de-?paa)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(ligaw na damo|damong ligaw|damong-?ligaw|masamang damo|sukal|bulok na itlog|bulok na mansanas|bulok na kamatis|bulok na prutas|bulok na isda|bulok na laman|kanser na selula|tumor|bukol ng lipunan|nana ng lipunan|sakit ng lipunan)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(sinasakal|sumasakal|sinisira|sumisira|nilalason|lumalason|kinakain|inuubos|sinisipsip|sumisipsip)( ang)? (lahat ng tumutubo|ang buong tray|ang buong basket|ang lahat ng nasa paligid|ang kapaligiran|ang dugo ng|ang yaman ng|ang kaban ng)\b | pred:dehumanise | 0.8 | dehumanising_group
parasitiko*                | pred:dehumanise | 0.9 | dehumanising_group
re:\bmga (parasitiko|parasito|parasite|sampid|dayo lang|palamunin|linta|pabigat|salot|peste|hunghang|hangal|ungas|gunggong|inutil|mangmang|engot|tanga|bobo|buwaya|buwitre)( lang| lamang| naman| talaga| lang naman)*\b | pred:attribute | 0.85 | negative_attribute_group
re:\bsampid\b | pred:exclude | 0.8 | exclusion_group
re:\bwala(ng)? (silang |kayong )?karapatan(g)? (mag-?reklamo|magsalita|bumoto|mamuhay|manirahan|tumira|umangal|magreklamo|mag-?demand|humingi|magprotesta|mag-?aral|magtrabaho|dito|sa bansang ito|mabuhay)\b | pred:exclude | 0.85 | exclusion_group

# ---- "since when are they people": humanity denied as a question
re:\b(since when|kailan pa|mula kailan|simula kailan|kelan pa)( \S+)? (naging|naging mga|sila naging|pa naging) (tao|taong|mamamayan|tao na)\b | pred:dehumanise | 0.9 | dehumanising_group

# ======================================================================
# negate_pos: denied belonging, contribution, cleanliness
# ======================================================================
re:\b(hindi|di) (bagay|nababagay|akma|belong|kabilang|nararapat|karapat-?dapat)( ang| sila| kayo| talaga)?( \S+){0,3} sa (isang )?(sibilisadong|disenteng|maayos na|matinong|normal na|modernong|maunlad na|kagalang-?galang na|malinis na) (lipunan|bansa|mundo|komunidad|lugar|bayan|pamayanan|sambayanan)\b | pred:exclude | 0.85 | exclusion_group
re:\b(hindi|di|walang|never|kailanman hindi|kahit kailan hindi) (nakapag-?ambag|nakaambag|nakatulong|nakapagbigay|nag-?ambag|nagambag|nakapag-?contribute|nakapagsilbi|nagbigay ng kahit ano|nakagawa ng mabuti|nakapag-?ambag ng kahit ano)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(hindi|di) (marunong|alam|kilala|nila alam|nila kilala|natuto)( ng| sa| kung ano ang| ang)?( salitang| konseptong| konsepto ng| ibig sabihin ng)? '?(kalinisan|maglinis|maligo|disiplina|respeto|modo|hiya|delicadeza|galang|magtrabaho|katapatan|kalinisan'|utang na loob|pakikisama)\b | pred:attribute | 0.9 | negative_attribute_group

# ======================================================================
# harassment at a person and at non-protected groups
# ======================================================================
re:\b(kadiri|nakakadiri|kakadiri|nakakasuka|kakasuka|nakakasuklam|nakakainis|kakainis|nakakabwisit|kakabwisit|nakakairita|kaimbyerna|nakakaimbyerna|ang kapal ng mukha|kapal ng mukha|plastik|sipsip|epal|feeling)( mo| nyo| niyo)? (ka|kayo)( talaga| te| teh| girl| bro| pre| na| eh| e)?\b | harassment | 0.7 | insult_at_person
re:\b(sipsip|pabida|lapit ng lapit|dikit ng dikit) (sa|kay) (boss|amo|manager|supervisor|teacher|prof|adviser|kapitan|mayor|lider)\b | harassment | 0.55 | insult_at_person

# ======================================================================
# ctx:negation: "I have no hatred for", "I am not disgusted by"
# ======================================================================
wala akong                 | ctx:negation
wala kaming                | ctx:negation
wala tayong                | ctx:negation
wala naman akong           | ctx:negation
wala naman kaming          | ctx:negation
wala talaga akong          | ctx:negation
wala ako ng                | ctx:negation
wala kami ng               | ctx:negation
re:\b(hindi|di) (ako|kami|tayo|naman ako|naman kami) (galit|nandidiri|nasusuka|naiinis|namumuhi|nasusuklam|naiirita|natatakot|nagagalit)\b | ctx:negation

# ======================================================================
# batch 3: swarming likenesses, slurs read as people, counter-speech and homonyms
# ======================================================================
re:\b(parang|tulad ng|gaya ng|kagaya ng|mistulang) (balang|tipaklong|buwaya|buwitre|bangaw|kabute|damo|linta|ipis|daga|anay|kuto|surot|garapata|langaw|lamok|uod|parasito|virus|bulate|peste|salot)( \S+)? (ang|sila|kayo|ang mga)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(dumadagsa|nagdadagsaan|nagsisiksikan|naglilipana|nagkukumpulan|nagkakalat)( \S+){0,2} (at|tapos) (inuubos|sinisira|kinakain|nilalamon|inuuod|dinudumihan|kinakalat)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- slurs the engine held only as group names (count fully only read as people)
bayot                      | hate | 0.75 | slur_group | slur
mga bayot                  | hate | 0.8 | slur_group | slur
pokpok                     | hate | 0.75 | slur_group | slur
halatang                   | ctx:people
ang daming                 | ctx:people
madaming                   | ctx:people
maraming                   | ctx:people
re:\b(makipagkaibigan|makikipagkaibigan|makipag-?kaibigan|makipaglaro|makikipaglaro|makihalubilo|makikihalubilo|lumapit|lalapit|sumama|sasama|makisama|makikisama|makipag-?usap|makikipag-?usap) (sa|kay|sa mga)\b | ctx:people

# ---- counter-speech: stop saying, that is offensive, received in my DMs, news reports of attacks
re:\btigilan (na )?(natin|nyo|niyo|ninyo|mo)( na)? (ang|yang|yung|itong)\b | ctx:counter
re:\b(offensive|bastos|mali|racist|rasista|discriminatory|mapanirang?|nakakasakit) (yan|yun|iyan|iyon|'?to|ito|na yan|na yun)(,| period| talaga|\.|!|$)| ctx:counter
re:\b(natanggap|nareceive|na-?receive|nakuha) ko (ito|'?to|iyan|yan|yung message na '?to|yung mensaheng ito) (sa|mula sa|galing sa) (dm|pm|inbox|messenger|comments?|comment section|gc|group chat|email)\b | ctx:counter
re:\b(pinost|pinopost|ipinost|shinare|sinishare) ko (ito |'?to |yan )?para (makita|malaman|maintindihan|mabasa) (nyo|niyo|ninyo|ng lahat|natin|ng iba)\b | ctx:counter
re:\b(kung )?gaano ka(sama|lala|tindi|bastos|lupit) ang (ilang|ibang|mga|ilan sa mga) (tao|pilipino|netizen|user|kababayan)\b | ctx:counter
re:\b(yan|yun|iyan|iyon|ito) (daw|raw) (ang )?(sabi|sinabi|pahayag|post|comment|tweet) (ng|ni)\b | ctx:counter
re:\b(ayon sa|base sa) (ulat|report|balita|pulisya|pnp|nbi|imbestigasyon|mga saksi|awtoridad|otoridad)\b | ctx:counter
re:\b(nananawagan|humihingi|sumisigaw|naghahanap|humihiling|nagpoprotesta)( \S+){0,3} (ng|para sa|sa) (hustisya|katarungan|tulong|proteksyon)\b | ctx:counter

# ---- homonyms: the duck egg and narrow eyes
re:\b(bili|bumili|binili|bibili|nagbenta|nagtinda|tinda|benta|luto|niluto|lutuin|kumain|kinain)( \S+){0,4} abnoy\b | allow
re:\babnoy( \S+){0,6} (palengke|torta|tortang|itlog|prito|pinirito|balut|penoy|tindahan|almusal|ulam|luto|sarap|masarap)\b | allow
re:\b(singkit|chinito|chinita|maliit|namumugto|namamaga)( \S+)? (ng|na|ang) (mata|mga mata)( ko| niya| nya| mo| ng baby| ng anak)?\b | allow
re:\b(mata|mga mata) (ko|niya|nya|mo|ng baby|ng anak ko)( ay)? (singkit|chinito|chinita)\b | allow

# ======================================================================
# derog_impl: recurring implicit frames (notices, suspicion, "we know how far their brains go")
# ======================================================================
# ---- notices that bar a group: "bawal ang mga", "walang ... please", "kaso pinapasok nila"
re:\bbawal (na |rin |din |po |talaga )?(ang |po ang )?mga\b | pred:exclude | 0.8 | exclusion_group
re:\bwalang \S+( \S+)? (please|pls|plz|po sana|sana po|po please|muna)(,|\.|!| para| kasi| po)\b | pred:exclude | 0.8 | exclusion_group
re:\b(kaso|pero|kaya lang|sayang|ang problema) (pinapasok|pinapapasok|tinatanggap|pinapayagan|pinagsisilbihan|sine-?serve|sinerve|pinapaupo|pinaupo|pinapatuloy)( nila| nyo| niyo| dito| din| rin| na nila| pa nila)\b | pred:exclude | 0.8 | exclusion_group
re:\b(wag|huwag|hwag)( na| nang)? (nating|nyong|niyong|mong|natin|nyo|niyo|mo) (bigyan|bibigyan|pagbigyan)( pa)?( ng| nang) (scholarship|edukasyon|trabaho|posisyon|pwesto|puwesto|pagkakataon|promotion|ayuda|pabahay|lupa|boses|karapatan)\b | pred:exclude | 0.85 | exclusion_group
# ---- suspicion: keep away, watch your things, followed by guards, "there's a reason why"
re:\b(wag|huwag|hwag) (kang|kayong|ka|kayo)( masyadong| masyado| basta| na)? (lalapit|lumapit|makikipaglapit|dumikit|didikit|makipagkaibigan|makikipagkaibigan|sasama|sumama|magtitiwala|magtiwala)\b | pred:exclude | 0.6 | exclusion_group
re:\b(bantayan|ingatan|itago|hawakan|bantayang|higpitan)( mo| nyo| niyo| ninyo)?( lagi| palagi| parati| nang mabuti| mabuti| maigi| ng mabuti)* (ang |yung )?(gamit|mga gamit|bag|wallet|pitaka|cellphone|cp|pera|phone|alahas|bulsa) (mo|nyo|niyo|ninyo)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(sinusundan|binubuntutan|binabantayan|kinakapkapan|pinaghihinalaan|tinititigan|sinisita|hinaharang|minamanmanan)( \S+)? (ng|nang) (guard|gwardya|guwardiya|security|sekyu|pulis|tanod|bantay|saleslady|staff|cashier|bouncer)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bmay (dahilan|rason|dahilan naman|rason naman) (kung bakit|kaya)\b | pred:attribute | 0.5 | negative_attribute_group
# ---- crime statistics pinned on them; the fund will vanish
re:\b(kaso ng|kaso|krimen|nakawan|holdapan|patayan|rape|snatching|pagnanakaw|budol)\b.{0,50}\b(ang may gawa|ang may sala|ang suspek|ang salarin|ang gumawa|ang nasa likod|ang may kagagawan|ang responsable)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(gaano katagal|ilang araw|ilang linggo|ilang buwan|kailan kaya) bago (maubos|mawala|manakaw|malimas|kurakutin|makupitan|mabutas|mawaldas|mawaldas) ang (pondo|pera|kaban|budget|funds|ipon|kita|donasyon|kaha)\b | pred:attribute | 0.85 | negative_attribute_group
# ---- smell when many are in a room; limited brains; nothing good comes from them; you'll do all the work
re:\bmay (amoy|baho|anghit|alingasaw|masangsang na amoy)( talaga| na| agad| naman| na talaga)? (kapag|pag|kung|tuwing|pagka|once) (may|maraming|madaming|andyan|nandyan|andiyan|dumadaan|dumaan|pumasok|pumapasok)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bhanggang saan (lang |lamang )?(ang )?(kaya|abot|naaabot|alam|kayang intindihin) (ng )?(utak|isip|kokote|ulo|pag-?iisip)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(wag|huwag|hwag|hindi|di)( ka| kayo| na| nang| ka nang| kayo nang| ka na| kayo na)* (umasa|aasa|mag-?expect|asahan|umaasa)( na| sa)?( \S+){0,3} (maayos|matino|mabuti|matinong|magandang|disente|mabait|tapat|mapagkakatiwalaan|may kwenta|may silbi)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bkung ano ang puno,? (siya|sya|ganun|ganoon) (rin |din )?ang bunga\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(ihanda|humanda|maghanda|i-?ready)( mo| nyo| niyo| ka| kayo)?( na)?( ang)? (sarili|sarili mo|sarili nyo)( na| mo na| nyo na)? (ikaw|ikaw ang|ikaw na|kayo ang|kayo na) (gagawa|gagastos|magbabayad|maglilinis|mag-?aayos|bubuhat|magbubuhat|tatrabaho)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- ctx:ingroup: "we are the ..." (the writer counting themself in)
kami ang mga               | ctx:ingroup
tayo ang mga               | ctx:ingroup
kami yung mga              | ctx:ingroup
kami ay mga                | ctx:ingroup
tayo ay mga                | ctx:ingroup
kami'y mga                 | ctx:ingroup
ako ay isang               | ctx:ingroup
ako ang isang              | ctx:ingroup
ako'y isang                | ctx:ingroup
