# Filipino / Tagalog (incl. Taglish) scam wording families added on top of fil.scamparts.lex and
# fil.scam.lex: generalised from the misses of the second writer's tuning set (tests/scam_tuning).
# Each entry is a family (tense, affix and spelling variants, with and without particles), never a
# whole test message.
@format 1
@lang fil
@source Original work written for Waspada, 2026-12: scam wording families generalised from the misses of a second writer's tuning set (tests/scam_tuning), never from held-back suites or held-out messages
@licence MIT
# term | class | weight | kind | flags

# ======================================================================= senders
# ---- wallets, telcos, toll and TV promos not yet named ----
palawanpay              | scam:sender | 0.85 | wallet |
palawan pay             | scam:sender | 0.85 | wallet |
re:\bdito (voicemail|voice ?mail|sim|account|rewards|loyalty|raffle|telecom|5g|prepaid|postpaid|alert|advisory|promo|subscriber)\b | scam:sender | 0.7 | telecom |
re:\btnt (loyalty|rewards|promo|raffle|subscriber|sim|load|voicemail|voice ?mail)\b | scam:sender | 0.7 | telecom |
re:\b(tm|gomo|globe|smart|sun) (voicemail|voice mail|loyalty|raffle)\b | scam:sender | 0.7 | telecom |
re:\b(sim|5g) upgrade (team|center|department)\b | scam:sender | 0.7 | telecom |
rfid                    | scam:sender | 0.5  | government |
re:\b(expressway|tollway) toll\b | scam:sender | 0.5 | government |
pcso                    | scam:sender | 0.6  | government |
ched                    | scam:sender | 0.55 | government |
deped                   | scam:sender | 0.45 | government |
tesda                   | scam:sender | 0.5  | government |
department of agriculture | scam:sender | 0.8 | government |
department of health    | scam:sender | 0.8  | government |
department of labor     | scam:sender | 0.8  | government |
re:\b(dole|dmw|dict|doh) (ayuda|tupad|akap|assistance|advisory|alert|benefits?|cash aid|payout|grant)\b | scam:sender | 0.7 | government |
# celebrities named in fake endorsements of platforms
re:\b(vice ganda|willie revillame|raffy tulfo|kris aquino|coco martin|jessica soho|manny villar|ramon ang|boy abunda|sarah geronimo|anne curtis|marian rivera|dingdong dantes|ivana alawi|alex gonzaga|korina sanchez|mel tiangco)\b | scam:sender | 0.45 | investment |
re:\bsa pag-?share ng (platform|app|site|sistema|investment|trading)\b | scam:sender | 0.55 | investment |
re:\b(it['’]?s showtime|eat bulaga|wowowin|kapuso mo jessica)\b | scam:sender | 0.45 | platform |
# "sss" is squashed to "s" by the normaliser: these are "SSS Digital", "SSS ayuda", …
sss digital             | scam:sender | 0.7  | government |
sss ayuda               | scam:sender | 0.7  | government |
sss benefit             | scam:sender | 0.65 | government |
sss online              | scam:sender | 0.6  | government |
sss member              | scam:sender | 0.5  | government |
securities and exchange commission | scam:sender | 0.85 | government |
# lenders, banks and platforms not yet named
billease                | scam:sender | 0.7  | lender |
juanhand                | scam:sender | 0.7  | lender |
digido                  | scam:sender | 0.7  | lender |
moneycat                | scam:sender | 0.7  | lender |
atome                   | scam:sender | 0.6  | lender |
spaylater               | scam:sender | 0.65 | lender |
shopee paylater         | scam:sender | 0.7  | lender |
lazpaylater             | scam:sender | 0.65 | lender |
tonik                   | scam:sender | 0.7  | bank |
maribank                | scam:sender | 0.75 | bank |
ltfrb                   | scam:sender | 0.5  | government |
comelec                 | scam:sender | 0.4  | government |
poea                    | scam:sender | 0.6  | government |
nbi clearance           | scam:sender | 0.55 | police |
bybit                   | scam:sender | 0.5  | investment |
# ---- police, agents, support desks ----
presinto                | scam:sender | 0.55 | police |
re:\b(pcpl|pssg|pmsg|psms|pcpt|pmaj|pltcol|pcol|patrolman|pat)\.? (\w+ )?(\w+ )?(ito|po ito|ng presinto|ng pnp|ng pulis)\b | scam:sender | 0.75 | police |
re:\b(pcpl|pssg|pmsg|psms|pcpt|pmaj|pltcol|patrolman)\b | scam:sender | 0.5 | police |
re:\b(it|tech|technical) support (po )?(ng|from|mula sa)\b | scam:sender | 0.55 | platform |
legal department        | scam:sender | 0.55 | lender |
re:\b(collection|collections) (department|dept|team|agent|agency)\b | scam:sender | 0.55 | lender |
re:\btala (collection|collections|collector|loan|cash loan|cash|lending|app|agent|finance)\b | scam:sender | 0.7 | lender |
re:\b(agent|ahente|collector|kolektor) (po )?(ako )?(ng|from|mula sa) (tala|cashalo|home credit|billease|juanhand|digido|moneycat|gloan|online lending|lending)\b | scam:sender | 0.7 | lender |
dear investor           | scam:sender | 0.55 | investment |
re:\b(group|gc|channel|signals?|klase|class) ni (coach|sir|mentor|idol|master|prof|professor)\b | scam:sender | 0.65 | investment |
re:\blink ng (mentor|coach|admin|agent)\b | scam:sender | 0.5 | investment |
re:\b(rd pawnshop|villarica|tambunting|ml kwarta padala|palawan pawnshop|lbc padala|cebuana padala)\b | scam:sender | 0.55 | wallet |
re:\b(finance|loan|lending|collection|credit) (dept|department)\b | scam:sender | 0.55 | lender |
re:\b(officer|imbestigador|ahente|agent|pulis) na (may hawak|humahawak) (ng|sa) (kaso|imbestigasyon)\b | scam:sender | 0.6 | police |
# ---- relatives and the people around them ----
re:\b(ito|eto|heto) na (ang |yung |ung )?(bagong )?(number|numero|num|no) ko\b | scam:sender | 0.75 | relative |
re:\bpinalitan ko (na )?(yung |ang |ung )?(sim|number|numero)\b | scam:sender | 0.65 | relative |
re:\b(adviser|teacher|guro|titser|classmate|kaklase|kaibigan|boss|amo|katrabaho) (po )?(ito )?(ng|ni) (anak|apo|asawa|mister|misis) (mo|nyo|niyo|ninyo)\b | scam:sender | 0.65 | relative |
re:\bbuyer (po )?(ako|kami)\b | scam:sender | 0.45 | platform |
re:\bsa (fb |facebook )?marketplace\b | scam:sender | 0.35 | platform |
re:\bsa (signal|viber|telegram|whatsapp)\b | scam:sender | 0.3 | platform |
re:\b(hello|hi|dear|good day) (po )?(applicant|aplikante|applicants)\b | scam:sender | 0.55 | employer |
re:\b(resume|cv|profile) (mo|nyo|niyo|ninyo) sa (indeed|kalibrr|jobstreet|upwork|linkedin|onlinejobs|bossjob|facebook|fb)\b | scam:sender | 0.6 | employer |
re:\b(delivery|shipping|customs|courier|cargo) agent\b | scam:sender | 0.55 | courier |
re:\b(western union|moneygram|remitly|worldremit)\b | scam:sender | 0.55 | wallet |
re:^\W{0,3}(honey|hon|love|babe|baby|sweetheart|darling|hubby|wifey|mahal ko|my love)\b | scam:sender | 0.4 | relative |
re:\b(mula sa|galing sa|galing kay|from) (iyong |inyong |your )?(anak|asawa|kapatid|nanay|tatay|mama|papa|lola|lolo|apo|pamangkin|inaanak|tita|tito|tiya|tiyo|pinsan|bayaw|hipag|biyenan|manugang|ninang|ninong|kumare|kumpare|mister|misis|jowa|boyfriend|girlfriend|kaibigan|bestfriend|bff) (mo|nyo|niyo|ninyo)\b | scam:sender | 0.55 | relative |

# ======================================================================= problems
# ---- account ----
re:\b(na-?compromise|nakompromiso|na-?kompromiso|compromised|na-?breach)\b.{0,25}\b(account|acct|card|wallet|gcash|pondo|online banking)\b | scam:problem | 0.85 | account |
re:\b(account|acct|card|wallet|gcash|online banking)\b.{0,25}\b(na-?compromise|nakompromiso|na-?kompromiso|compromised|na-?breach)\b | scam:problem | 0.85 | account |
account ninyo           | scam:problem | 0.3  | account |
account nyo             | scam:problem | 0.3  | account |
account niyo            | scam:problem | 0.3  | account |
re:\bunauthorized (na |na transaction |transaction )?(₱|php|p) ?\d | scam:problem | 0.8 | account |
re:\bmay problema (po )?(sa|ng) (iyong |inyong |yung |ang |ung )?(account|acct|bayad|payment|transaction|transaksyon|wallet|card)\b | scam:problem | 0.65 | account |
re:\b(hindi pa|di pa) (fully )?(verified|beripikado|na-?verify)\b | scam:problem | 0.6 | account |
re:\b(mag-?e-?expire|mage-?expire|nag-?expire|expired)\b.{0,12}\b(id verification|verification|kyc|account|wallet|sim)\b | scam:problem | 0.7 | account |
re:\b(hindi ka pa|di ka pa|hindi pa kayo) (merchant|verified|upgraded|registered|rehistrado)\b | scam:problem | 0.65 | account |
re:\bpara (ma-?upgrade|ma-?unlock|ma-?reactivate|ma-?verify|ma-?activate)\b | scam:problem | 0.5 | account |
# codes that "will arrive": the set-up of a code request
re:\b(ipapadala|isesend|ise-?send|magse-?send|magpapadala|padadalhan|papasok|darating|dadating|matatanggap)\b.{0,30}\b(code|otp|pin|verification)\b | scam:problem | 0.7 | account |
re:\b(code|otp|pin)\b.{0,15}\b(papasok|darating|dadating|ipapadala|matatanggap|ise-?send|isesend)\b | scam:problem | 0.7 | account |
re:\b(sa (inyo|iyo|yo)|sayo|sa inyo po|sa phone (mo|nyo|niyo|ninyo)|sa number (mo|nyo|niyo|ninyo)) (po )?(napunta|na-?send|nai-?send|naisend|pumunta|dumating|naipadala|napadala)\b | scam:problem | 0.75 | account |
re:\b(nagkamali|nagkamali(ng)?|namali) (po )?(ako |ko )?(ng )?(lagay|type|input|pindot|sulat|send|pagtype|pag-?type)\b | scam:problem | 0.65 | account |
re:\b(nilagay|inilagay|ginamit) ko (kasi |po |lang )?(ang |yung |ung )?(number|numero|phone|cp) (mo|nyo|niyo|ninyo)\b | scam:problem | 0.7 | account |
re:\bpara (sure|sigurado|siguradong|makasiguro) (na |po na )?(legit|totoo|real) (ka|kayo|po kayo)\b | scam:problem | 0.6 | account |
re:\b(you will|you'?ll) (receive|get) (a |an )?(code|otp|pin)\b | scam:problem | 0.65 | account |
re:\b(upgrading|upgrade|i-?upgrade|ia-?upgrade|iu-?upgrade) (your |ang |ng )?(sim|simcard|sim card)\b | scam:problem | 0.6 | account |
re:\b(hindi awtorisadong?|unauthorized|suspicious|unusual|kahina-?hinalang?)\b.{0,10}\b(login|log-?in|pag-?login|transaksyon|transaction|aktibidad|activity|access)\b | scam:problem | 0.8 | account |
re:\b(double charge|double charged|na-?double charge|nadoble ang bayad|sobrang bayad|overpayment|sobra ang (nabayad|nakaltas|bayad))\b | scam:problem | 0.55 | refund |
re:\b(napanalunan|napanalunang|naipanalo) (mo|nyo|niyo|ninyo)\b | scam:problem | 0.8 | prize |
re:\bnanalo (po )?(kayo|ikaw)\b | scam:problem | 0.8 | prize |
# ---- parcel ----
re:\b(hindi|di) (mahanap|makita|ma-?locate|matagpuan|mahagilap)\b.{0,25}\b(bahay|address|lokasyon|location|unit|bahay mo)\b | scam:problem | 0.75 | parcel |
re:\btungkol sa (delivery|parcel|package|padala|order) (mo|nyo|niyo|ninyo)\b | scam:problem | 0.5 | parcel |
# ---- refunds and aid ----
re:\bmay (refund|rebate|reimbursement|cashback|ibabalik|babayaran sa inyo|matatanggap|makukuha) (po )?(ka|kayo|ikaw)\b | scam:problem | 0.75 | refund |
re:\b(unemployment|calamity|medical|cash|financial|digital) (benefits?|ayuda|assistance) (app|payout|claim|link)\b | scam:problem | 0.7 | refund |
digital ayuda           | scam:problem | 0.7  | refund |
re:\bmay problema (po )?(sa|ng) (iyong |inyong |yung |ang |ung )?refund\b | scam:problem | 0.7 | refund |
re:\bpara (ma-?process|maproseso|ma-?proseso) (namin |po namin )?(ang |yung )?(refund|php|₱|bayad|reimbursement)\b | scam:problem | 0.6 | refund |
# ---- prizes ----
re:\bisa (ka|kayo|po kayo|ikaw) (sa|po sa) (mga )?(\d+ )?(lucky |masuwerteng |maswerteng |napiling |piling )?(winners?|nanalo|napili|mananalo|recipients?)\b | scam:problem | 0.85 | prize |
re:\bikaw (ang|ay) (napili|napiling|nanalo|winner|grand winner|maswerteng|masuwerteng)\b | scam:problem | 0.8 | prize |
lucky winners           | scam:problem | 0.7  | prize |
re:\b(premyo|prize|regalo|reward|papremyo|panalo|sasakyan|kotse|motor|package|vios|iphone)\b.{0,40}\bay naghihintay\b | scam:problem | 0.6 | prize |
re:\b(loyalty|anniversary|year-?end|christmas|pasko) (raffle|draw|promo|giveaway)\b | scam:problem | 0.55 | prize |
re:\b(free|libre(ng)?|libre) (\w+ )?(netflix|spotify|youtube|disney|viu|hbo|vivamax|canva|capcut|iwantv)( premium)?\b | scam:problem | 0.7 | prize |
re:\bpremium (for|ng|sa|nang) (\d+|isang|one) (years?|taon|buwan|months?)\b | scam:problem | 0.55 | prize |
re:\bbrand new (toyota|vios|car|kotse|motor|iphone|montero|innova|wigo|mio|nmax)\b | scam:problem | 0.5 | prize |
# ---- jobs and tasks ----
re:\b(task group|task gc|task job|task-?based)\b | scam:problem | 0.7 | job |
re:\b(agoda|shopee|lazada|tiktok|youtube|amazon|booking|klook|trip\.com) (task|tasks|rating|review) (group|job|gc)?\b | scam:problem | 0.7 | job |
re:\bpasok (ka|kayo|po kayo) (na )?(sa|bilang) (aming |ating |isang )?(work-?from-?home|wfh|online|part-?time|homebased|home-?based)\b | scam:problem | 0.6 | job |
work-from-home position | scam:problem | 0.45 | job |
# ---- investment ----
re:\b(kumita|kumikita|kinita|nakakuha|na-?withdraw|nakapag-?withdraw|nag-?withdraw|nakapag-?cash ?out)( na)?( nga)? (ako|kami|siya|sila|ka)( na)?( nga)? (ng )?(₱|php|p|\$|usd) ?\d | scam:problem | 0.6 | investment |
re:\b(kumikita|kumita|kikita|kita)\b.{0,30}\d.{0,10}\bkada (linggo|araw|buwan|oras)\b | scam:problem | 0.7 | investment |
re:\b(ai|auto|automated|robot) (trading|trade) (app|bot|platform|system|software)\b | scam:problem | 0.65 | investment |
re:\bmula (sa )?(₱|php|p) ?\d[\d,.]*k?\b.{0,10}\bnaging (na )?(₱|php|p)? ?\d | scam:problem | 0.85 | investment |
re:\b(kita|kinita|tubo|profit|balik) (ko|namin|niya|nila)\b.{0,20}\b(in|sa|within|sa loob ng|after) (\d+|isang|dalawang) (days|araw|weeks?|linggo|months?|buwan)\b | scam:problem | 0.7 | investment |
re:\b(profit|kita|tubo|earnings|balance|kinita)\b.{0,40}\b(handa nang|ready nang|ready na|ready to|pwede nang)( i-?withdraw| withdraw| ma-?withdraw| i-?cash ?out)\b | scam:problem | 0.75 | investment |
re:\b(sure|siguradong|guaranteed|garantisado(ng)?|100%|minimum) \d{1,3} ?x\b | scam:problem | 0.85 | investment |
re:\b(presale|pre-?sale|ico|bagong coin|new coin|token sale)\b.{0,30}\b(ili-?list|ilalist|ma-?list|listing|next week|bukas)\b | scam:problem | 0.65 | investment |
inside info             | scam:problem | 0.45 | investment |
re:\bako na (ang |po ang )?(maglalagay|mag-?i-?invest|mag-?iinvest|magtre-?trade|mag-?trade|bahala sa investment|bahalang mag-?invest)\b | scam:problem | 0.6 | investment |
re:\bmag-?trade ng (bitcoin|crypto|forex|stocks|usdt|ethereum|gold)\b | scam:problem | 0.5 | investment |
re:\b\d{1,2} ?% (na )?(\w+ ){1,2}(tax|buwis|fee)\b | scam:problem | 0.75 | fee |
re:\b(capital gains|withdrawal|release|unlocking|verification) tax\b | scam:problem | 0.7 | fee |
# ---- loans ----
re:\b(ok|okay|approved|aprubado|pasado) na (po )?(ang |yung |ung )?(loan|utang|application|pautang) (mo|nyo|niyo|ninyo)\b | scam:problem | 0.7 | loan |
re:\bcredit score (booster|fee|insurance|upgrade)\b | scam:problem | 0.8 | fee |
re:\b(booster|activation|processing|release|verification|unlocking) (fee )?(na |ng )?(₱|php|p) ?\d | scam:problem | 0.7 | fee |
re:\boverdue (ka|kayo|po kayo) (na )?\b | scam:problem | 0.7 | loan |
# ---- romance and family emergencies ----
re:\b(hindi|di|ayaw)\b.{0,15}\b(pinapayagang?|pinapayagan|pinayagang?|payagang?|akong pasakayin|kaming pasakayin|pasakayin)\b.{0,12}\b(umuwi|makauwi|lumabas|makaalis|bumiyahe|sumakay|ako|kami)?\b | scam:problem | 0.65 | romance |
re:\b(leave|vacation|travel|exit|release|visa|ticket|flight|airport|immigration) (application |processing |clearance )?(fee|clearance|tax)\b | scam:problem | 0.75 | fee |
re:\banti-?(terrorism|terror|money laundering|laundering)\b.{0,15}\b(certificate|clearance|fee|tax|permit)\b | scam:problem | 0.85 | fee |
re:\bkulang (daw |pa |raw )?(ako |kami |ko )?(ng )?(₱|php|p) ?\d | scam:problem | 0.65 | fee |
nasa airport na ako     | scam:problem | 0.45 | romance |
para sa future natin    | scam:problem | 0.5  | romance |
re:\b(box|package|padala|parcel|kahon) na (pinadala|ipinadala|pinapadala) ko\b | scam:problem | 0.6 | romance |
re:\bikaw (lang|na lang) ang (inaasahan|maaasahan|matatakbuhan|malalapitan) ko\b | scam:problem | 0.55 | romance |
re:\bmay (babayaran|bayarin|kailangang bayaran|kailangan bayaran) (lang |po )?(ako|ko|kami)\b | scam:problem | 0.55 | fee |
re:\b(dinala|isinugod|sinugod|naisugod|na-?confine|nakaconfine|naka-?confine) (po )?(siya |sya |sila |ako |kami )?(sa )?(ospital|hospital|er|emergency room|clinic)\b | scam:problem | 0.65 | fee |
re:\b(nahimatay|nabundol|nasagasaan|nakabangga|nabangga|inatake|nadisgrasya)\b | scam:problem | 0.5 | fee |
re:\bkailangan (po |ko |namin )?(raw |daw )?(ng )?(₱|php|p) ?\d | scam:problem | 0.55 | fee |
re:\bhawak (namin|ng pulis|nila) (ngayon )?(ang |si )?(anak|asawa|apo|kapatid|mister|misis) (mo|nyo|niyo|ninyo)\b | scam:problem | 0.8 | legal |
re:\bpre-?approved (ka|kayo|na|po)\b | scam:problem | 0.75 | loan |
re:\b(na-?freeze|naka-?freeze|na-?hold|naka-?hold|na-?block)\b.{0,15}\b(disbursement|loan|withdrawal|payout)\b | scam:problem | 0.8 | loan |
re:\b(ipinagbabawal na (gamot|droga|items?|bagay|gamit)|bawal na gamot)\b | scam:problem | 0.8 | legal |
re:\b(aprubado|approved|na-?approve|naaprubahan) na (po )?(ang )?(iyong |inyong )?(unemployment|calamity|cash|financial|medical|educational|ayuda|benefit|assistance|refund|subsidy)\b | scam:problem | 0.75 | refund |
re:\b(un mission|un peacekeeping|peacekeeping mission|united nations mission|oil rig|offshore rig|naka-?deploy ako)\b | scam:problem | 0.55 | romance |
re:\bhangga['’]?t (walang|wala pang|hindi pa nababayaran|hindi mo nababayaran|di pa bayad)\b.{0,25}\b(bayad|down ?payment|deposit|pera|fee)\b | scam:problem | 0.7 | fee |
# ---- legal ----
re:\b(ipinatatawag|ipinapatawag|pinapatawag|pinatatawag)\b | scam:problem | 0.7 | legal |
re:\b(reklamo|reklamong|kaso|kasong|complaint)\b.{0,25}\b(isinampa|naisampa|inihain|isinampa laban|filed)\b | scam:problem | 0.7 | legal |
re:\bpara sa (statement|salaysay|imbestigasyon|investigation|pagtatanong|interview|paglilinaw) (mo|nyo|niyo|ninyo)\b | scam:problem | 0.6 | legal |
re:\b(negative|unpaid|kulang na|insufficient) (balance|load)\b.{0,20}\b(toll|rfid|autosweep|easytrip|expressway|tollway)\b | scam:problem | 0.75 | legal |
re:\bmay (negative|unpaid) balance\b | scam:problem | 0.6 | legal |
unpaid account          | scam:problem | 0.55 | legal |
# ---- voicemail and files waiting ----
re:\b(\d+ )?(unheard|new|unread|unopened|bagong|hindi pa napapakinggang?) (voicemails|voice ?mails?|voice ?messages?|voice notes?|audio messages?|voice ?msgs?)\b | scam:problem | 0.75 | voicemail |
re:\b(voice ?message|voice ?mail|voicemail|voice note|voice ?msg|audio message|voice recording) (mula|galing|from)\b | scam:problem | 0.65 | voicemail |
re:\b(nag-?iwan|nagiwan|may naiwang?|nakaiwan)\b.{0,30}\b(voice ?message|voicemail|voice ?mail|voice note|voice ?msg|mensahe|audio message)\b | scam:problem | 0.7 | voicemail |
re:\b(hindi|di) (ito |po ito )?(ma-?play|mapatugtog|mabuksan|ma-?open)\b.{0,12}\b(sms|text|phone|dito)\b | scam:problem | 0.6 | voicemail |
re:\b(e-?invite|invitation|imbitasyon|invite|wedding card|e-?card)\b.{0,15}\bapk\b | scam:problem | 0.7 | voicemail |
re:\bvoicemsg_?\d* | scam:problem | 0.6 | voicemail |

# ======================================================================= pressure
re:\bmamayang (\d{1,2}(:\d\d)? ?(pm|am|nn)|alas \w+|hatinggabi)\b | scam:pressure | 0.55 | deadline |
ngayong gabi            | scam:pressure | 0.3  | deadline |
re:\bhabang (bukas|open|available|may natitira) pa (ang )?(slots?|slot|registration|promo)\b | scam:pressure | 0.6 | deadline |
re:\bpara (hindi|di) (na )?(maantala|ma-?delay|madelay|mawala|ma-?forfeit|makansela)\b | scam:pressure | 0.45 | deadline |
re:\b(account|acct|wallet|gcash|card|sim)\b.{0,15}\b(ma-?suspend|masuspend|masususpend|ma-?lock|malock|ma-?freeze|ma-?close|ila-?lock|ifi-?freeze|isu-?suspend)\b | scam:pressure | 0.65 | threat |
re:\b(ma-?blacklist|mablacklist|iba-?blacklist|maba-?blacklist)\b | scam:pressure | 0.65 | threat |
re:\b(pag-?aresto|pagaresto|arestuhin|aarestuhin|ipapaaresto|ipaaaresto|pagdakip|dadakpin)\b | scam:pressure | 0.7 | threat |
re:\b(upang|para) (hindi|di) (na )?(ituloy|ma-?aresto|maaresto|makulong|kasuhan|makasuhan|ma-?blacklist|hulihin|madamay|masampahan)\b | scam:pressure | 0.75 | threat |
re:\b(ite-?text|itetext|tatawagan|ime-?message|imemessage|sasabihan|ipapaalam sa)\b (namin |ko )?(ang )?(lahat ng )?(contacts|kontak|kamag-?anak|pamilya|kaibigan|employer|amo|katrabaho) (mo|nyo|niyo|ninyo)\b | scam:pressure | 0.85 | threat |
re:\b(ipo-?post|ipopost|ipapost|ikakalat|ipapakalat|ia-?upload)\b (namin |ko )?(ang )?(picture|litrato|mukha|larawan|id|selfie|pangalan) (mo|nyo|niyo|ninyo)\b | scam:pressure | 0.85 | threat |
re:\b(ibabalik|babalik|mapupunta) (ito |po ito )?sa (pondo|kaban|treasury) ng (gobyerno|pamahalaan)\b | scam:pressure | 0.6 | threat |
re:\b(kung|kapag|pag) (hindi|di) (na-?claim|ma-?claim|makuha|ma-?withdraw|na-?renew|ma-?renew|na-?update|na-?verify|nai-?verify)\b | scam:pressure | 0.6 | threat |
# secrecy: say nothing, go to no branch, stay on the line
re:\b(huwag|wag|hwag|['’]wag)\b.{0,12}\b(ipagkakalat|ipagsasabi|ikakalat|ikukwento|sasabihin|ipagkalat|ikalat)\b | scam:pressure | 0.75 | secrecy |
re:\b(huwag|wag|hwag|['’]wag)\b.{0,20}\b(pumunta|pupunta|magpunta|dumaan|tumawag|tawagan|mag-?visit)\b.{0,12}\b(branch|sangay|bangko|bank|hotline|opisina|office|presinto|pulis)\b | scam:pressure | 0.75 | secrecy |
re:\b(huwag|wag|hwag|['’]wag)\b.{0,12}\b(ibaba|ibababa|i-?end|patayin|putulin|i-?hang ?up|iwan)\b.{0,12}\b(tawag|call|phone|linya|video call|videocall)\b | scam:pressure | 0.75 | secrecy |
re:\b(huwag|wag|hwag|['’]wag)\b.{0,12}\b(kausapin|kakausapin|makipag-?usap|kausap)\b.{0,15}\b(iba|kahit sino|sinuman|kahit kanino|pamilya|bangko)\b | scam:pressure | 0.8 | secrecy |
re:\b(huwag|wag|hwag|['’]wag) (mo |nyo |niyo |po )?(na )?(siyang|syang|siya|sya|akong|ako|kaming|kami) (tawagan|i-?text|kontakin|i-?contact|hanapin)\b | scam:pressure | 0.6 | secrecy |
re:\b(tsaka|saka|mamaya)( na)? (ako )?(magpapaliwanag|mag-?explain|magkukwento|mag-?kwento|ikukwento|ipapaliwanag)\b | scam:pressure | 0.5 | secrecy |
re:\b(your )?mailbox (will be|is going to be|ay) (deleted|closed|full|buburahin|ide-?delete)\b | scam:pressure | 0.65 | threat |

# ======================================================================= actions
# transfers: "padalhan", "pa-load", "send mo sa akin", "bayaran mo lang", fees asked first
re:\b(padalhan|padalahan|pdalhan|mapadalhan)\b | scam:action | 0.55 | transfer |
re:\bpa-?load(an)? (mo |nyo |niyo |po )?(naman|muna|ako|lang|ng)\b | scam:action | 0.6 | transfer |
re:\b(loadan|lodan|i-?load|iload) (mo |nyo |niyo |po )?(naman |muna |lang )?(ako|ko|ng|ang number)\b | scam:action | 0.55 | transfer |
re:\bsa (gcash|maya|number|account|palawan|cebuana) na ['’]?(to|ito|eto|ito po)\b | scam:action | 0.6 | transfer |
re:\b(send|i-?send|isend|ipadala|padala|transfer|i-?transfer|i-?gcash|igcash) (mo|nyo|niyo|ninyo|po) (na |lang |muna |po )?(sa akin|sakin|sa'?kin|saakin|dito)\b | scam:action | 0.65 | transfer |
re:\b(balik|ibabalik|babalik|isasauli|ibalik|babayaran) ko (din |rin |na lang |nalang |po )?(agad|bukas|mamaya|pagsweldo|sa sweldo|sa sahod|next week|pag-?uwi|pagdating)\b | scam:action | 0.5 | transfer |
re:\b(bayaran|bayadan|i-?settle|isettle) (mo|nyo|niyo|ninyo) (lang|na lang|muna|na|po)\b | scam:action | 0.65 | transfer |
re:\bi-?settle (sa|ang|po|agad|dito|na)\b | scam:action | 0.6 | transfer |
re:\b(kailangan|need) (ko |mo |nyo |niyo |po )?(raw |daw |pa |lang |talaga )(magbayad|bayaran|mag-?send|magpadala|mag-?deposit|mag-?cash ?in)\b | scam:action | 0.7 | transfer |
re:\bkailangan (po |mo |nyo |niyo )?muna(ng)?( ng| magbayad ng| bayaran ang| i-?settle ang)?\b.{0,30}\b(fee|booster|deposit|insurance|processing|activation|bayad)\b | scam:action | 0.65 | transfer |
re:\b(try|subukan) (mo|nyo|niyo) (na )?(mag-?deposit|mag-?invest|mag-?cash ?in|mag-?top ?up|magpasok)\b | scam:action | 0.6 | transfer |
re:\b(ililipat|inililipat|lilipat|maglilipat|ita-?transfer|itatransfer|ilalagay)\b.{0,45}\b(protected|secure|safe|safety|holding|temporary|pansamantalang|bagong|ibang|government|escrow|safekeeping) (account|wallet)\b | scam:action | 0.85 | transfer |
re:\b(magdala|dalhin|maghanda|ihanda) (ng |ang )?(\w+ )?(at )?(₱|php|p) ?\d | scam:action | 0.5 | transfer |
re:\b(selfie|picture|litrato|larawan)\b.{0,15}\b(hawak|kasama|with|katabi)\b.{0,10}\b(id|valid id|card)\b | scam:action | 0.7 | details |
re:\bi-?add (mo |nyo |niyo |po |lang )?(si|kay)\b.{0,30}\bsa (messenger|telegram|viber|signal|whatsapp|wechat|fb|facebook)\b | scam:action | 0.7 | contact |
re:\b(ito|eto|heto) (po )?(yung|ang|ung) (account|acct|gcash|account number|acct no|gcash number)\b | scam:action | 0.55 | transfer |
# codes: "paki-reply/paki-text the code", "reply with the code"
re:\b(code|otp|pin|mpin)\b.{0,80}\b(paki-?reply|i-?reply|ireply|paki-?text|pakitext|paki-?type|i-?type|paki-?sabi|pakisabi|paki-?basa|pakibasa)\b | scam:action | 0.8 | code |
re:\b(paki-?reply|i-?reply|ireply|paki-?text|pakitext|paki-?type|paki-?basa|pakibasa|paki-?sabi|pakisabi)\b.{0,25}\b(code|otp|pin|mpin)\b | scam:action | 0.8 | code |
re:\b(code|otp|pin)\b.{0,100}\b(pakisend|paki-?send|paki-?forward|pakiforward|i-?forward) (naman |po |lang |mo )?(sakin|sa akin|dito|pabalik|agad)\b | scam:action | 0.75 | code |
re:\b(reply|send|forward|text|give)( us| me| it| back)? with (that|the|this|your) (code|otp|pin)\b | scam:action | 0.85 | code |
reversal code           | scam:action | 0.65 | code |
re:\bibigay (mo |nyo |niyo |po )?(sa akin|sakin) (ang |yung )?(id|code|password)\b | scam:action | 0.75 | code |
# apps: modded APKs, players and remote access
re:\b(mod|modded|cracked|unlocked|hacked) apk\b | scam:action | 0.85 | app |
re:\b(i-?install|install|i-?download|download) (mo |nyo |po )?(muna |lang )?(ang |yung )?(voice|video|audio|media|file) (player|viewer|app)\b | scam:action | 0.8 | app |
re:\bako na (po )?(ang )?(mag-?aayos|bahala|mag-?a-?access|mag-?access|magko-?control|mag-?control)\b.{0,15}\b(phone|cellphone|cp|device|account)\b | scam:action | 0.6 | app |
# contact and links
re:\bi-?add (mo |nyo |niyo |po |lang )?(si|kay|ang) (officer|agent|atty|attorney|sir|maam|ma'am|mentor|coach|hr|admin|recruiter|ms|mr|miss)\b | scam:action | 0.65 | contact |
re:\bi-?add (mo |nyo |niyo |po |lang )?(si|kay)\b | scam:action | 0.5 | contact |
re:\breply (claim|yes|oo|ok|1|y|accept|win|premyo)\b | scam:action | 0.6 | contact |
re:\b(unlock|i-?unlock|renew|i-?renew|ma-?renew) (now|agad|dito|na|ngayon)\b | scam:action | 0.6 | link |
re:\b(join|sumali|sali) (ka|kayo|na) (dito|sa link|rito)\b | scam:action | 0.6 | link |
re:\bcheck (niyo|nyo|mo|ninyo) (dito|sa link|rito)\b | scam:action | 0.55 | link |
re:\bkailangan (mong|nyong|niyong|ninyong) (pakinggan|buksan|i-?click|i-?open|panoorin)\b | scam:action | 0.6 | link |
re:\b(mag-?register|magparehistro|mag-?sign ?up|mag-?apply|sumali|mag-?join) (na )?(habang|bago|ngayon na|agad)\b | scam:action | 0.5 | link |
re:\b(text|i-?text|itext|tawagan|kontakin|i-?message|imessage|i-?chat) (mo|nyo|niyo|ninyo) (siya|sya|sila|si|kay)\b | scam:action | 0.5 | contact |
re:\bpara marinig\b     | scam:action | 0.5  | call |

# ======================================================================= awareness and advice
scam yun                | scam:aware |  |  |
scam 'yun               | scam:aware |  |  |
scam iyon               | scam:aware |  |  |
scam yon                | scam:aware |  |  |
scam po yun             | scam:aware |  |  |
scam na yan             | scam:aware |  |  |
scam na yun             | scam:aware |  |  |
scam talaga yan         | scam:aware |  |  |
siguradong scam         | scam:aware |  |  |
malamang scam           | scam:aware |  |  |
re:\b(kapag|kung|pag) may (nangangako|nag-?aalok|nag-?o-?offer|nangako)\b | scam:aware |  |  |
re:\b(hindi|di) (kami|po kami) (naniningil|humihingi|nagpapabayad|nag-?i-?interview|nag-?iinterview|nagpapadala ng link|nanghihingi)\b | scam:aware |  |  |
re:\bwala (kaming|po kaming|akong|po akong) (sinisingil|siningil|hinihinging bayad|fee)\b | scam:aware |  |  |
re:\b(hindi|di) (po )?ako (recruiter|agent|ahente)\b | scam:aware |  |  |
re:\b(kung|kapag|pag) (makatanggap|nakatanggap|makakatanggap) (ka |kayo |po kayo )?ng (mensahe|mensaheng|text|sms|tawag|email|message)\b | scam:aware |  |  |
re:\b(i-?delete|burahin|i-?block|balewalain) (agad )?(ito|iyon|yan|ito agad)\b | scam:aware |  |  |
re:\b(opisyal|official) (naming|nilang|na) (tracking|website|page|app|hotline|account|channel)\b | scam:aware |  |  |

re:\bwala (po )?(kaming|pong) (ganitong |ganyang )?(promo|raffle|giveaway|programa|ayuda|pa-?raffle)\b | scam:aware |  |  |
re:\b(hindi|di) (po )?(totoo|legit) (ang |yung )?(mensahe|text|message|post|promo|link)\b | scam:aware |  |  |
re:\bbuti (na lang |nalang |at )?(hindi|di) ko (pinindot|kinlick|kinlik|na-?click|binuksan|sinunod|ibinigay|binigay|pinatulan)\b | scam:aware |  |  |
fake pala               | scam:aware |  |  |
scam pala               | scam:aware |  |  |
re:\bingat (po )?(mga|tayo|kayo|po tayo) (seller|sellers|buyer|buyers|kababayan|ka-?fb|kaibigan|friends|lahat|sa ganito)\b | scam:aware |  |  |
re:\b(sa )?(official|opisyal na) (app|website|site|page|store|hotline|account|channel)( lang| lamang| only)\b | scam:aware |  |  |
re:\b(huwag|wag|hwag) (po )?(magbigay|magpadala|magbayad|mag-?abot) (ng )?(pera|bayad|anumang bayad|kahit magkano)\b | scam:aware |  |  |
re:\b(huwag|wag|hwag) (po )?(makipag-?transaksyon|makipagtransaksyon|makipag-?deal|makipag-?usap sa mga)\b | scam:aware |  |  |
nagpapakilalang         | scam:aware |  |  |

# ======================================================================= honest look-alikes
# a parcel on its way or waiting at a branch (its words are no problem)
re:\b(out for delivery|parating na|papunta na|on the way|naka-?schedule)( na)?( po)?( ngayong araw| ngayon| today| bukas| mamaya)? (ang |yung |ung )?(parcel|package|order|padala)( mo| nyo| niyo| ninyo)?\b | allow |  |  |
re:\b(ready for pick-?up|ready na for pick-?up|ready na for pickup|pwede nang kunin|maaari nang kunin|handa nang kunin|available for pick-?up)( na)?( po)? (ang |yung |ung )?(parcel|package|order|padala)( mo| nyo| niyo| ninyo)?\b | allow |  |  |
re:\b(naihatid|na-?deliver|maihatid|nai-?deliver)\b.{0,80}\b(susubukan (ulit|muli|naming)|walang karagdagang bayad|walang dagdag na bayad)\b | allow |  |  |
re:\b(balikbayan box|parcel|package|padala|kahon)\b.{0,140}\bbayad na (po )?(ang )?(lahat ng )?(charges|singil|bayarin|fees?|shipping)\b | allow |  |  |
# a daily wage with its benefits ("₱650 kada araw + OT pay") is an honest job ad
re:(₱|\bphp|\bp) ?\d[\d,]* ?(per|a|kada|bawat) ?(day|araw) ?\+ ?(gas|ot|overtime|service charge|allowance|benefits|13th|meal|commission|incentives?|sss|s|philhealth) | allow |  |  |

# ======================================================================= prize wordings (legacy scores)
re:\bisa (ka|kayo|po kayo|ikaw) (sa|po sa) (mga )?(\d+ )?(lucky |masuwerteng |maswerteng )(winners?|nanalo)\b | scam | 0.4 | scam_prize |
# money that has arrived ("dumating na yung padala mo, salamat")
re:\b(dumating|natanggap|nakuha|na-?receive|na-?claim) (ko )?na (po )?(yung|ang|ung) (padala|pinadala|remittance|pera|bayad) (mo|nyo|niyo|ninyo)\b | allow |  |  |
