@format 1
@lang fil
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b, then tests/tuning_suites_c), never from held-back or blind cases
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
