@format 1
@lang fil
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b), never from held-back or blind cases
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
