# Filipino implicit-derogation frames for the target x predicate layer: hate said without a slur or
# an explicit insult (HateCheck's "implicit derogation"): where a group "belongs" (bundok, kusina,
# iskwater), "hanggang katulong lang", what happens to a barangay when it arrives, rights it should
# not have, refusing to rent or hire ("bawal ang Muslim dito"), families that would disown a child
# who married one, "nasa dugo nila ang pagnanakaw".
# None of these scores alone; each counts only when the same sentence names a group (or a pronoun
# such as "sila", "mga yan" points back to one). Frames already in fil.groups.lex (palayasin, sa
# kusina lang, walang karapatang bumoto, ayaw kong paupahan, ilayo ang anak, uunlad kung mawawala
# ...) are not repeated. Negators that belong to a frame ("hindi dapat", "huwag") stay inside it.
@format 1
@lang fil
@source Original work written for Waspada, 2026-12 (implicit-derogation frames from general knowledge of the language, following the functionality design of HateCheck, Röttger et al., ACL 2021)
@licence MIT
# term | category | weight | key | flags

# ---- pred:exclude: where they "belong" (bundok, gubat, kusina, iskwater)
re:\b(dapat lang|dapat|bagay|nababagay|dun lang|doon lang|dyan lang|diyan lang)( talaga| lang| lamang)?( sila| kayo)? (sa|nasa) (gubat|bundok|kusina|kulungan|zoo|bukid|kalye|kalsada|basurahan|imburnal|estero|squatter|iskwater|kuweba|kweba|barong-barong|hawla|probinsya)\b | pred:exclude | 0.85 | exclusion_group
re:\b(hindi|di)( dapat| pwedeng| puwedeng| nararapat| karapat-dapat)( na)? (maging|maupo bilang|tumakbo bilang|tumakbo|mahalal|iboto bilang) ?(presidente|pangulo|senador|mayor|alkalde|gobernador|lider|pinuno|kapitan|guro|titser|doktor|pulis|sundalo|pastor|boss|amo|manager|ceo|opisyal|kongresista|kandidato)\b | pred:exclude | 0.8 | exclusion_group
re:\b(hindi|di)( dapat| kailangang| kailangan)( na)? (pakinggan|paniwalaan|bilangin|isama|pansinin|seryosohin)( ang)? (boto|opinyon|salita|sinasabi|boses|testimonya)\b | pred:exclude | 0.8 | exclusion_group
re:\b(tanggalan|alisan|bawian)( na)?( ng| ang)? (karapatan|karapatang bumoto|boto|citizenship|pagkamamamayan|pasaporte)\b | pred:exclude | 0.8 | exclusion_group
re:\b(hindi|di|huwag|wag)( na)?( dapat| kailangang| kailangan)? (mag-aral pa|mag-aral nang mataas|mag-kolehiyo|magtrabaho sa labas|mamuno|mag-pulitika|pumasok sa pulitika|tumakbo sa eleksyon|maging boss)\b | pred:exclude | 0.75 | exclusion_group

# ---- pred:exclude: refusing to rent, hire, serve ("bawal ang Muslim dito", "no Muslim tenants")
re:\b(hindi|di|ayaw|ayoko|ayaw ko|ayaw namin|hindi ko|hindi namin|di ko|di namin|hinding-hindi)( talaga| na| ko| kami)? (magpapaupa|nagpapaupa|magpaupa|tumatanggap|tatanggap|kukuha|kumukuha|mag-hire|maghi-hire|nagha-hire|papasukin|magpapasok|pagsisilbihan|sisilbihan|pagbebentahan|tatabi|uupo sa tabi|makikikain|makikisalo|makikitira|magiging kapitbahay)( ng| sa| kay| sa mga| ng mga)?\b | pred:exclude | 0.8 | exclusion_group
re:\bbawal( ang| ang mga| dito ang| dito ang mga)? (muslim|muslims|moro|intsik|tsino|bisaya|igorot|badjao|bakla|bading|tomboy|aeta|ita|lumad|negro|bumbay|indiyano)\b | pred:exclude | 0.85 | exclusion_group
re:\bno (muslim|muslims|moro|intsik|tsino|bisaya|igorot|badjao|bakla|bading|tomboy|aeta|lumad|negro|bumbay|indian|indians|chinese)( dito| tenants?| na tenant| boarders?| na boarder| allowed| please| pls| sorry| po)\b | pred:exclude | 0.85 | exclusion_group
re:\b(hindi|di|huwag|wag|never)( ko| namin| natin| mo| niyo)? (ipagkakatiwala|ipagkatiwala|iiwan|iwan|ipapaalaga|ipaalaga|pababantayan|ipabantay|papalapitin|palapitin|pahahawakan|pahawakan)( ang| ang mga| sa)? ?(anak|mga anak|bata|mga bata|baby|sanggol|apo)( ko| namin| natin| mo| niyo| nyo)?( sa| kay| sa mga)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:exclude: good riddance, the fewer the better, "nakikitira lang kayo"
re:\b(buti nga|buti na lang|mabuti nga|mabuti na lang|salamat at|salamat naman at)( at)?( \w+){0,3} (lumayas|pinalayas|napalayas|pinauwi|na-deport|naideport|dineport|pinatapon)\b | pred:exclude | 0.8 | exclusion_group
re:\bmas (konti|kaunti|onti)( \w+){0,3},? mas (mabuti|maganda|ok|okay|ayos|maayos|tahimik|ligtas)\b | pred:exclude | 0.85 | exclusion_group
re:\b(nakikitira|makikitira|dayo|dayuhan|nakikisiksik|nakikisilong)( lang| lamang)( kayo| sila| ka)?( dito| rito| sa (bansa|lugar|bayan|lupa|pilipinas) (namin|natin|ko|na ito|ng iba))\b | pred:exclude | 0.8 | exclusion_group
re:\b(dayo|dayuhan|nakikitira|nakikisiksik)( na| lang)? (nga|lang)(,)?( sila| kayo)?( pa)? (mayabang|maangas|abusado|nagrereklamo|demanding|ang kapal ng mukha|makapal ang mukha|nag-iinarte)( pa)?\b | pred:exclude | 0.8 | exclusion_group
walang utang na loob        | pred:attribute | 0.75 | negative_attribute_group
re:\b(dapat|dapat lang|dapat nga)( \w+)? (magpasalamat|nagpapasalamat|maging thankful|maging grateful)( \w+){0,5} (pinayagan|pinatira|tinanggap|pinapasok|pinagtrabaho|binigyan|pinakain|pinapatira|pinakikisamahan)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:attribute: contamination (mula nang dumating sila ..., bumagsak ang presyo ng lupa)
re:\b(simula|mula|buhat|nung|noong|nang)( nang| ng| noong| nung)?( \w+){1,3} (dumating|lumipat|tumira|dumami|nagsidatingan|nagdatingan|pumasok|nagsilipatan)( \w+){0,4} (dumumi|dumudumi|rumumi|bumaho|bumabaho|gumulo|gumugulo|naging magulo|naging madumi|naging marumi|naging mabaho|naging delikado|naging squatter|naging iskwater|dumami ang (krimen|magnanakaw|nakawan|holdap|adik|basura)|tumaas ang (krimen|nakawan|kaso))\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bumaba|bumagsak|babagsak|bababa)( na)?( ang)? (presyo|halaga)( ng| nang)? (lupa|bahay|properties|property|real estate|lote|condo)( \w+){0,3} (dahil|simula|mula|nung|noong|nang|kapag|pag|kung)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(kung saan|saan man|kahit saan)( man)?( \w+){0,3} (pumunta|pumupunta|tumira|tumitira|nakatira|nandun|nandoon|naroon|naglalagi)( \w+){0,3},? (may|laging may|palaging may|siguradong may|tiyak na may|merong|meron)( \w+)? (gulo|krimen|basura|dumi|nakawan|problema|away|baho|magnanakaw|sakit|droga|adik)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:attribute: suspicion (ingatan ang wallet pag may dumaan, bilangin ang daliri)
re:\b(ingatan|bantayan|hawakan|itago|yakapin|higpitan|ikandado|i-lock)( mo| niyo| nyo| ninyo| natin)?( ang| yung| ung)? (wallet|pitaka|bag|cellphone|cp|selpon|alahas|bulsa|manok|sinampay|tsinelas|motor|dalaga mo|mga anak mo)( mo| niyo| nyo| ninyo| natin)?( \w+)? (kapag|pag|kung|tuwing|basta|pagka)( may| nandyan| nandiyan| dumaan| lumapit| dumating| andyan| andiyan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(bilangin|bilangin mo|i-check|icheck)( ulit| mo ulit| mo)?( ang| yung)? (daliri|daliri mo|sukli|sukli mo)( \w+)? (pagkatapos|matapos|pag|kapag|tuwing)( \w+)? (makipagkamay|makipag-kamay|makipagtransaksyon|makipag-deal|bumili)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(nawawala|nawala|ninakaw|nanakaw)( na)?( ang| ang mga)? (manok|aso|pusa|sinampay|tsinelas|motor|gamit|bike|cellphone)( \w+){0,2} (simula|mula|nung|noong|nang)( \w+){1,3} (dumating|lumipat|tumira)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: servitude ("hanggang katulong lang", "ipinanganak para maging alipin")
re:\b(hanggang|pang|pang-)( \w+)? (katulong|yaya|alipin|kasambahay|tagalinis|taga-linis|taga linis|labandera|tagahugas|utusan|kargador|houseboy|pokpok|kabit|dh|domestic helper)( lang| lamang| na lang)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(ipinanganak|pinanganak|isinilang|ginawa|nilikha|itinadhana)( \w+){0,3} (para|upang)( lang| lamang)? (maging )?(alipin|katulong|utusan|tagasilbi|kasambahay|yaya|sunud-sunuran|sunod-sunuran|kabit|pokpok|parausan)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bagay|nababagay|dapat lang)( lang| lamang)?( sila| kayo| ka| silang| kayong)?( na| maging| bilang)? (katulong|yaya|alipin|kasambahay|tagalinis|taga-linis|labandera|utusan|kargador|houseboy|tagahugas ng pinggan|tagalinis ng cr|tagalinis ng inidoro|parausan|pokpok)( lang| lamang)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(utusan|alipin|katulong|tagasilbi|kasambahay|yaya)( lang| lamang) (kayo|sila|ang mga|ng mga|namin|natin)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(ang )?(babae|mga babae|asawa)( ay)? (para|pang)( lang| lamang)? (sa )?(kusina|bahay|kama|pag-aanak|pagluluto|paglalaba|pagsisilbi sa asawa|pagsilbihan ang asawa)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(alamin|matuto|matutong|tandaan)( \w+)? (ang )?(lugar|puwesto|pwesto|kalagayan) (nila|niyo|nyo|ninyo)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(matutong|matuto kayong|matuto silang|dapat matutong) lumugar\b | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:attribute: innate flaw ("nasa dugo nila", "likas na magnanakaw", "hindi na magbabago")
re:\bnasa (dugo|lahi|genes|dna|kultura|ugat|pagkatao)( na)? (nila|ng mga \w+|ng \w+|nilang mga \w+)( ang)?( pagiging)? (pagnanakaw|magnakaw|nakaw|manloko|panloloko|mandaya|pandaraya|magsinungaling|pagsisinungaling|sinungaling|katamaran|tamad|madumi|marumi|mabaho|karahasan|manggulo|gulo|terorismo|pumatay|pagpatay|malandi|landi|kabobohan|bobo|tanga|katangahan|kurakot|kurakutan|kuripot|pagkakuripot|taksil|pagtataksil|magulang|manlamang)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(pagnanakaw|magnakaw|manloko|panloloko|mandaya|pandaraya|magsinungaling|katamaran|pagiging tamad|karahasan|manggulo|terorismo|pagpatay|kalandian|kabobohan|katangahan|kurakutan|pagkakuripot|pagtataksil|manlamang)( ay)? (nasa|likas sa|nasa dugo ng|nasa lahi ng|namana ng|kultura ng|bahagi ng kultura ng)( dugo| lahi| genes| dna| kultura)?( nila| ng mga| ng)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(likas|natural|ipinanganak|pinanganak|lahing|lahi ng) (na )?(magnanakaw|manloloko|mandaraya|sinungaling|tamad|madumi|marumi|mabaho|bayolente|marahas|terorista|mamamatay-tao|malandi|bobo|tanga|kurakot|kuripot|taksil|traydor|magugulang|mandurugas|kriminal)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(hindi|di) (na )?(magbabago|mababago|matututo|maiaayos|maaayos|madidisiplina)( \w+){0,3} (dahil|kasi|kase|talaga|sa) (nasa dugo|nasa lahi|lahi|dugo|ugali|kultura)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:attribute: "ganyan talaga ang mga X", "ugaling X", "ano pa ang aasahan mo sa"
re:\b(ano pa (ba )?(ang |bang |ba ang )?(aasahan|inaasahan|ineexpect|i-expect|maaasahan)( mo| niyo| nyo| natin)?|ano (ba )?(ang )?aasahan (mo|niyo|nyo)( pa| ba)?) (sa|kay|sa mga|mula sa)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(tipikal|typical|tipikal na|typical na|ugaling|asal-)( na)? ?(intsik|tsino|chinese|bisaya|bumbay|muslim|moro|igorot|badjao|aeta|negro|bakla|tomboy|probinsyano|ilokano|tausug|maranao)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(kaya pala|kaya naman pala|hindi na nakakapagtaka|di na nakakagulat|hindi na nakakagulat)( eh| e| kasi| naman)?,? (intsik|tsino|chinese|bisaya|bumbay|muslim|moro|igorot|badjao|aeta|negro|bakla|tomboy|probinsyano|ilokano|tausug|maranao)( pala| kasi| eh| e)\b | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:attribute: family rejection (itatakwil, dadaan muna sa bangkay ko, hindi papayagan ang anak)
re:\b(itatakwil|itakwil|tatakwilin|ititiwalag|itiwalag|palalayasin ko|papalayasin ko|hindi ko na ituturing na anak|di ko na ituturing na anak|hindi ko na kikilalaning anak|itatakwil kita)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(hindi|di|never|hinding-hindi)( ko| ko kailanman| ko talaga| kami)? (papayagan|hahayaan|pahihintulutan|babasbasan|papayag)( na)?( ang| si| na ang)? ?(anak|anak ko|dalaga ko|binata ko|kapatid ko|apo ko|mga anak ko)( na)? ?(mag-asawa|magpakasal|pakasalan|makipagrelasyon|makipag-relasyon|makipag-date|mag-jowa|mag-boyfriend|mag-girlfriend|makipagkaibigan|makipaglaro|makihalubilo)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(dadaan (ka |kayo |siya |sila )?muna sa bangkay ko|dadaanan muna (nila|niya|mo|ninyo) ang bangkay ko|sa bangkay ko muna|patay muna ako bago)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(nakakahiya|kahihiyan|ikakahiya|ikahiya|mapapahiya|isusumpa)( ko| namin)?( \w+){0,3} (kung|kapag|pag)( \w+)? (anak|apo|kapatid|dalaga)( ko| namin)?( ay)? (mag-asawa|nag-asawa|magpakasal|nagpakasal|makipagrelasyon|mag-jowa|magkajowa|maging)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(ayoko|ayaw ko|ayaw namin|hindi ko gusto|hindi namin gusto|di ko gusto)( ng| na)? (manugang|balae|bayaw|hipag|son-in-law|daughter-in-law)\b | pred:attribute | 0.85 | negative_attribute_group
