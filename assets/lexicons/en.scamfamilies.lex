# English scam wording families, added on top of en.scamparts.lex and en.scam.lex: the same scam
# ideas in the other words people use (senders the bundled lists lack, problems and asks worded
# differently, code-mixed forms), and honest notices that only look like scams.
# Patterns are anchored on distinctive words; everyday words stay inside phrases.
@format 1
@lang en
@source Original work written for Waspada, 2026-12: scam wording families generalised from the misses of a second writer's tuning set (tests/scam_tuning), never from held-back suites or held-out messages
@licence MIT
# term | scam:<part> | weight | kind |

# ======================================================================= senders
# Brand names whose real domains are not in ../misinfo/brands.tsv are written as re:\b…\b, so that
# they are not looked for in link hosts (a plain single-word sender would make the brand's own site
# read as an impersonating link); brands listed there stay plain terms.
# ---- banks the bundled list lacks (regional) ----
re:\bcommbank\b         | scam:sender | 0.85 | bank |
re:\bnetbank\b          | scam:sender | 0.6  | bank |
klikbca                 | scam:sender | 0.85 | bank |
re:\bbca\b              | scam:sender | 0.7  | bank |
re:\bbank central asia\b | scam:sender | 0.85 | bank |
bank mandiri            | scam:sender | 0.85 | bank |
livin by mandiri        | scam:sender | 0.85 | bank |
re:\bbni\b              | scam:sender | 0.6  | bank |
bank bri                | scam:sender | 0.8  | bank |
brimo                   | scam:sender | 0.8  | bank |
rhb                     | scam:sender | 0.8  | bank |
re:\bhong leong bank\b  | scam:sender | 0.85 | bank |
hong leong              | scam:sender | 0.6  | bank |
ambank                  | scam:sender | 0.85 | bank |
bank islam              | scam:sender | 0.85 | bank |
bank rakyat             | scam:sender | 0.85 | bank |
re:\bbank simpanan nasional\b | scam:sender | 0.85 | bank |
re:\bbsn\b              | scam:sender | 0.55 | bank |
re:\baffin bank\b       | scam:sender | 0.85 | bank |
alliance bank           | scam:sender | 0.8  | bank |
rcbc                    | scam:sender | 0.8  | bank |
security bank           | scam:sender | 0.65 | bank |
chinabank               | scam:sender | 0.8  | bank |
eastwest bank           | scam:sender | 0.8  | bank |
psbank                  | scam:sender | 0.8  | bank |
re:\bbendigo bank\b     | scam:sender | 0.8  | bank |
re:\bst george bank\b   | scam:sender | 0.8  | bank |
re:\bst\.george bank\b  | scam:sender | 0.8  | bank |
re:\bgxs bank\b         | scam:sender | 0.8  | bank |
re:\bjenius\b           | scam:sender | 0.7  | bank |
# ---- wallets and payment rails (brand words that are also ordinary words only in phrases) ----
re:\bdana (notice|alert|account|balance|saldo|premium|app|wallet|e-?wallet|user|support|team|official|security|kaget)\b | scam:sender | 0.8 | wallet |
re:\b(your|ur|akun|saldo|aplikasi|app) dana\b | scam:sender | 0.7 | wallet |
re:\bboost (notice|alert|account|balance|app|wallet|e-?wallet|support|team|security|official)\b | scam:sender | 0.75 | wallet |
re:\b(your|ur) boost (account|balance|wallet|e-?wallet|app|was|has)\b | scam:sender | 0.7 | wallet |
myboost                 | scam:sender | 0.7  | wallet |
re:\bovo\b              | scam:sender | 0.6  | wallet |
gopay                   | scam:sender | 0.75 | wallet |
linkaja                 | scam:sender | 0.8  | wallet |
re:\bpaynow\b           | scam:sender | 0.6  | wallet |
re:\bpayid\b            | scam:sender | 0.55 | wallet |
duitnow                 | scam:sender | 0.6  | wallet |
re:\bbigpay\b           | scam:sender | 0.75 | wallet |
# ---- marketplaces (second-hand buying and selling) ----
carousell               | scam:sender | 0.7  | platform |
re:\bmudah\.my\b        | scam:sender | 0.7  | platform |
re:\bfacebook marketplace\b | scam:sender | 0.6  | platform |
re:\bfb marketplace\b   | scam:sender | 0.6  | platform |
re:\bmarketplace\b      | scam:sender | 0.35 | platform |
re:\bgumtree\b          | scam:sender | 0.65 | platform |
re:\bcraigslist\b       | scam:sender | 0.65 | platform |
re:\bofferup\b          | scam:sender | 0.65 | platform |
re:\bvinted\b           | scam:sender | 0.6  | platform |
re:\bdepop\b            | scam:sender | 0.55 | platform |
re:\bolx\b              | scam:sender | 0.6  | platform |
tokopedia               | scam:sender | 0.6  | platform |
bukalapak               | scam:sender | 0.6  | platform |
re:\b(hi|hello|hey|dear|helo|hai)\W{0,2} ?(seller|sir seller|boss seller|seller sis|seller bro)\b | scam:sender | 0.45 | platform |
re:\bfairprice\b        | scam:sender | 0.55 | platform |
# a social media page that asks for messages: "DM our page", "inbox the admin"
re:\b(dm|pm|message|inbox) (our|the) (page|admin|page admin)\b | scam:sender | 0.45 | platform |
# a chat app named in brackets at the head of a notice: "[LINE]", "[Signal]"
re:\[(line|signal|whatsapp|telegram|viber|wechat|messenger|imo|kakaotalk)( group)?\] | scam:sender | 0.45 | platform |
# ---- government: tolls, road transport, aid programmes ----
re:\blinkt\b            | scam:sender | 0.7  | government |
re:\btransurban\b       | scam:sender | 0.6  | government |
re:\blta\b              | scam:sender | 0.5  | government |
re:\bland transport authority\b | scam:sender | 0.8 | government |
re:\bjpj\b              | scam:sender | 0.8  | government |
re:\broad transport department\b | scam:sender | 0.75 | government |
re:\blto\b              | scam:sender | 0.55 | government |
re:\bland transportation office\b | scam:sender | 0.8 | government |
re:\bfastrak\b          | scam:sender | 0.75 | government |
re:\btxtag\b            | scam:sender | 0.75 | government |
re:\bbansos\b           | scam:sender | 0.7  | government |
re:\b(dear|attention) (citizen|citizens|resident|residents|taxpayer|taxpayers|motorist|motorists)\b | scam:sender | 0.5 | government |
# ---- police: "add officer X", "contact inspector Y" ----
re:\b(add|contact|call|message|whatsapp|text|reach) (officer|inspector|sergeant|corporal|detective|investigating officer|case officer)\b | scam:sender | 0.55 | police |
re:\bcyber ?crimes? (division|department|unit|bureau|team|investigation)\b | scam:sender | 0.65 | police |
re:\bcommercial crime\b | scam:sender | 0.55 | police |
re:\bcyber police\b     | scam:sender | 0.6  | police |
# ---- telecoms ----
re:\bunified messaging\b | scam:sender | 0.5  | telecom |
re:\bmicrosoft defender\b | scam:sender | 0.75 | platform |
re:\bwindows security\b | scam:sender | 0.65 | platform |
re:\bu mobile\b         | scam:sender | 0.75 | telecom |
re:\bumobile\b          | scam:sender | 0.75 | telecom |
# ---- employers, recruiters, job sites, a "manager" who writes from a new number ----
re:\bjobstreet\b        | scam:sender | 0.5  | employer |
re:\bmycareersfuture\b  | scam:sender | 0.55 | employer |
re:\bhiredly\b          | scam:sender | 0.55 | employer |
re:\bkalibrr\b          | scam:sender | 0.5  | employer |
re:\bindeed (shortlisted|recruit\w*|hr|team|job offer|hiring)\b | scam:sender | 0.55 | employer |
re:\b(our|the|my) (receptionist|group admin|task admin|task mentor|task coordinator)\b | scam:sender | 0.5 | employer |
re:\b(this is|it['’]?s|its|im|i['’]?m) (your|ur) (manager|boss|ceo|director|supervisor|team lead|line manager|managing director|head of department|hod|employer)\b | scam:sender | 0.75 | employer |
# ---- lenders: app names built of a speed word and a money word ----
re:\b(kilat|cepat|fast|quick|easy|instant|express|segera|rapid)\s?(loan|loans|cash|kredit|credit|funds?|dana|money)\b | scam:sender | 0.55 | lender |
re:\b(loan|loans|cash|kredit|credit|funds?)\s?(kilat|cepat|fast|express|direct|segera)\b | scam:sender | 0.55 | lender |
# ---- public figures named in fake endorsements and giveaways ----
re:\btony fernandes\b   | scam:sender | 0.45 | investment |
re:\blee hsien loong\b  | scam:sender | 0.45 | investment |
re:\banwar ibrahim\b    | scam:sender | 0.4  | investment |
re:\bandrew forrest\b   | scam:sender | 0.45 | investment |
re:\bgina rinehart\b    | scam:sender | 0.45 | investment |
re:\braffi ahmad\b      | scam:sender | 0.45 | investment |
# ---- a stranger who "texted the wrong number" and stays to chat ----
re:\b(sorry|oops|sry|opps|oh sorry|my bad)\W{0,3} ?(wrong|wrng) (number|no|person|chat|contact|num)\b | scam:sender | 0.5 | investment |
re:\b(i think i|i must have|must have|i) (texted|messaged|added|sent this to) the wrong (number|person)\b | scam:sender | 0.5 | investment |
# ---- relatives: "this is my new no.", a lover's pet name before a request ----
re:\b(this is|this['’]?s|its|it['’]?s|here['’]?s) (my|me|mi) new (no|num|number|phone|fone|hp|line|contact|whatsapp)\b | scam:sender | 0.75 | relative |
re:\bnew (no|num)\. ?(old|my old)\b | scam:sender | 0.6 | relative |
re:\bfrom my new phone\b | scam:sender | 0.5  | relative |
re:\b(baby|babe|honey|hun|sweetie|darling|dearest)\W{0,3} (i need|i want|can you|could you|please|pls|i miss you|i really need)\b | scam:sender | 0.4 | relative |

# ======================================================================= problems
# ---- account: online banking locked after failed attempts, a wallet "used to pay", a new device ----
re:\b(internet |online |mobile |digital |e-?)banking( access| account| id| login| profile)?\b.{0,25}\b(has been|have been|is|was|got|is now|has now been|been) (temporarily |permanently |now )?(locked|blocked|suspended|frozen|restricted|disabled|deactivated|on hold|barred)\b | scam:problem | 0.85 | account |
re:\b(internet|online|mobile|digital) banking (locked|blocked|suspended|frozen|restricted|disabled|deactivated)\b | scam:problem | 0.8 | account |
# short and code-mixed forms: "your acct has been frozen", "acc kena block", "account na-lock"
re:\b(acct|acc|a/c|accnt|akaun|akun)\b.{0,30}\b(has been|have been|is|was|got|is now|has now been|will be|kena) (temporarily |permanently |now )?(suspended|locked|blocked|block|restricted|limited|disabled|frozen|freeze|deactivated|compromised|hacked|flagged|on hold|closed)\b | scam:problem | 0.8 | account |
re:\b(acct|acc|a/c|accnt) (suspended|locked|blocked|frozen|restricted|on hold|deactivated|disabled)\b | scam:problem | 0.75 | account |
re:\b(account|acct|acc|akaun|card|wallet|e-?wallet|gcash|sim)\b.{0,15}\b(kena|na-?|ma-?)(block|blocked|lock|locked|freeze|frozen|suspend|suspended|hold|deactivate|deactivated)\b | scam:problem | 0.75 | account |
re:\b(\d{1,2}|multiple|several|many|too many|repeated) (invalid|failed|incorrect|wrong|unsuccessful) (login |log-in |log in |sign-in |sign in |pin |password |otp )?(attempts|tries|logins)\b | scam:problem | 0.75 | account |
re:\b(was|were|has been|have been) used (to pay|to make a payment|to make a purchase|for a payment|for a purchase|to purchase|to buy|to transfer|to send|for a transaction|to withdraw)\b | scam:problem | 0.7 | account |
re:\b(not you|wasn['’]?t you|was not you|wasnt you|not u)\W{0,2}\? | scam:problem | 0.6 | account |
re:\bnew device (was |has been |is |just )?(linked|added|registered|paired|bound|logged in)\b | scam:problem | 0.55 | account |
re:\b(linked|added|registered|bound|paired) (to|with) (your|ur) (account|wallet|e-?wallet|number)\b | scam:problem | 0.45 | account |
re:\b(saldo|balance|funds|wallet|e-?wallet)\b.{0,30}\b(is|are|has been|have been|was|were|now) (on hold|held|frozen|suspended|blocked|restricted|locked)\b | scam:problem | 0.7 | account |
re:\b(belum|not yet|not been|has not been|hasn['’]?t been) (di-?)?(upgrade|upgraded|verified|diverifikasi)\b | scam:problem | 0.6 | account |
re:\b(akun|account|wallet|e-?wallet|saldo)\b.{0,20}\b(di-?)?upgraded? (ke|to) (premium|business|merchant|verified)\b | scam:problem | 0.6 | account |
re:\b(not|isn['’]?t|is not) a (business|merchant|verified|premium) account\b | scam:problem | 0.65 | account |
re:\b(system|platform|website|marketplace)\b.{0,10}\b(requires|needs|asks for|require|wants)\b.{0,30}\b(confirmation|verification|code|number|otp|upgrade|business account|deposit|fee)\b | scam:problem | 0.6 | account |
re:\b(confirm|acknowledge) (the )?(receipt|payment received|receiving)\b.{0,40}\b(released|credited|received|go through|processed|transferred)\b | scam:problem | 0.7 | account |
re:\bso (that )?(the|my|your|ur) (payment|money|funds|transfer)\b.{0,10}\b(is|will be|gets?|can be) (released|credited|unlocked|processed)\b | scam:problem | 0.65 | account |
re:\bmy (courier|driver|mover|agent|cousin|son|daughter|husband|wife|assistant|rider)\b.{0,15}\b(will )?(collect|pick up|pick it up|come for|come and get)\b | scam:problem | 0.55 | account |
re:\b(send|sending|arrange|arranging|book|booking) (my |a )?(courier|driver|lalamove|grab driver|mover|rider|delivery guy)\b.{0,10}\bto (collect|pick up|pick it up)\b | scam:problem | 0.55 | account |
re:\bcheck (your|ur) (email|e-mail|inbox|mail)\b.{0,40}\b(to (receive|release|claim|accept) (the |your )?(payment|money|funds|transfer))\b | scam:problem | 0.6 | account |
re:\b(my )?(phone|fone|handphone)\b.{0,8}\b(fell (in|into)|got wet|is dead|died|cracked|is broken|broke down|got stolen|was stolen|spoilt|spoiled)\b | scam:problem | 0.5 | account |
re:\b(can['’]?t|cannot|can not|cant|unable to)\b.{0,10}\b(log ?in|login|sign in|access|use|open)\b.{0,25}\b(new phone|this phone|new number|my banking|bank app|banking app|my account|online banking)\b | scam:problem | 0.6 | account |
re:\b(log ?in|login|sign in|key in)\b (with|using) (your|ur) (online banking|internet banking|bank account|banking app|bank login|mobile banking|banking details|banking password)\b | scam:problem | 0.6 | account |
re:\b(old|my old) (one|phone|fone|number|no|hp|sim)\W{0,2} ?(broke|is broken|broken|died|is dead|dead|got stolen|was stolen|stopped working|fell|cracked|damaged)\b | scam:problem | 0.55 | account |
# ---- parcels: cannot dispatch, underpaid postage, item held until paid ----
re:\b(unable to|could not|couldn['’]?t|cannot|can['’]?t|failed to|was unable to|were unable to) (dispatch|ship|process|release|forward|send out|clear)\b.{0,20}\b(shipment|parcel|package|item|order|consignment)\b | scam:problem | 0.75 | parcel |
re:\b(was|were|has been|is) (underpaid|short ?paid|insufficiently paid)\b | scam:problem | 0.7 | parcel |
underpaid postage       | scam:problem | 0.75 | parcel |
insufficient postage    | scam:problem | 0.75 | parcel |
re:\bdeclared (weight|value)\b | scam:problem | 0.55 | parcel |
re:\bto release (your|the) (item|parcel|package|shipment|order|goods|consignment)\b | scam:problem | 0.7 | parcel |
re:\b(parcle|parsel|pakage|packege|pacakge|pakej|pckg|pkg)\b.{0,20}\b(on hold|held|suspended|undeliverable|returned|failed|pending|stuck)\b | scam:problem | 0.75 | parcel |
# ---- refunds, aid, overpayments ----
re:\b(refunded|credited|sent|paid|transferred|overpaid)\b (you|u|to you|your account|into your account)\b.{0,25}\btoo much\b | scam:problem | 0.8 | refund |
re:\b(return|refund|send back|give back|pay back) the (extra|excess|difference|overpaid|overpayment)\b | scam:problem | 0.7 | refund |
re:\bcdc voucher\w* | scam:problem | 0.55 | refund |
re:\b(i|we|my (mum|mom|dad|family|friend)) (just )?(received|got|claimed)\b.{0,15}\b(my|the|our)\b.{0,20}\b(voucher|vouchers|subsidy|grant|rebate|bantuan|ayuda|payout|cash aid|refund|stimulus)\b | scam:problem | 0.55 | refund |
re:\byour application (has been|was|is) (approved|successful|accepted)\b | scam:problem | 0.5 | refund |
# ---- prizes and giveaways ----
re:\blucky (winners|winner['’]?s)\b | scam:problem | 0.8 | prize |
re:\bone of (our|the) (\d{1,4} )?(lucky )?(winners|chosen ones|selected customers|selected users)\b | scam:problem | 0.75 | prize |
re:\b(you|u)['’]?ve been (chosen|selected|picked)\b | scam:problem | 0.7 | prize |
re:\b(you|u)['’]?re (one of|among) (our|the)\b.{0,20}\b(winners|chosen|selected|lucky)\b | scam:problem | 0.75 | prize |
re:\bgiving (back|away)\b.{0,20}\b(to )?(fans|followers|supporters|the community|everyone|subscribers|his fans|her fans)\b | scam:problem | 0.7 | prize |
re:\b(everyone|anyone|all) who (shares?|likes?|comments?|registers?|signs? up|follows?|joins?)\b.{0,40}\b(receives?|gets?|will (get|receive)|wins?|is entitled)\b | scam:problem | 0.75 | prize |
re:\b(share|like|comment on) this (post|page|video)\b.{0,30}\b(and|to) (get|receive|win|claim)\b | scam:problem | 0.7 | prize |
re:\bgift vouchers?\b   | scam:problem | 0.45 | prize |
re:\b(free )?spins? (left|remaining|to use)\b | scam:problem | 0.6 | prize |
# ---- jobs: missions, screenshots, VIP levels, overseas jobs with free flights ----
re:\b(today['’]?s|daily|first|next) (mission|missions|task list)\b | scam:problem | 0.6 | job |
re:\b(each|per|every|1|one) (screenshot|like|follow|review|task|mission|video|subscribe|subscription)\b ?(=|:) ?(\S{0,5}\d[\d,.]*\S{0,4}|rm\w{1,8}) | scam:problem | 0.8 | job |
re:\b(each|per|every|1|one) (screenshot|like|follow|review|task|mission|subscribe|subscription)\b (gets?|earns?|pays?|is worth) (\S{0,5}\d[\d,.]*\S{0,4}|rm\w{1,8}) | scam:problem | 0.75 | job |
re:\bwithdraw\w* (after|once|when)\b.{0,20}\b(missions?|tasks?|orders?|levels?)\b | scam:problem | 0.65 | job |
re:\bsend (the |your )?screenshots?\b.{0,30}\b(receptionist|mentor|admin|tutor|manager|hr|agent)\b | scam:problem | 0.7 | job |
re:\b(reach|upgrade to|unlock|level|become) vip ?(\d|[ieast])\b | scam:problem | 0.75 | job |
merchant account        | scam:problem | 0.45 | job |
re:\b(combined|combo|lucky|bonus|special|golden) (order|orders)\b | scam:problem | 0.6 | job |
re:\bto (withdraw|cash out|receive) (your|ur|the) (earnings|commission|salary|income|wages|profits?)\b | scam:problem | 0.7 | job |
re:\bto complete the (task|mission|set|combination)\b | scam:problem | 0.5 | job |
re:\bfree (flight|flights|air ?tickets?|airfare|visa)\b.{0,25}\b(accommodation|housing|lodging|food|meals|dorm)\b | scam:problem | 0.65 | job |
re:\bonly (your |a )?passport (is )?(required|needed)\b | scam:problem | 0.55 | job |
re:\b(company|job|work|position|role)s? (in|based in|located in) (bangkok|thailand|cambodia|phnom penh|sihanoukville|myanmar|laos|dubai)\b | scam:problem | 0.5 | job |
# ---- investment: a sum made this month, a robot with a win rate, returns within a week ----
re:\b(made|earned|profited|gained|cleared|earn|make)\b ((usd|aud|sgd|gbp|myr|php|idr|rm|rp|s\$|a\$|us\$) ?)?(\S{0,5}\d[\d,.]*\S{0,4}|rm\w{1,8})( \w+)? (this|last|per|a|in (a|one|1)|every) (month|week|day)\b | scam:problem | 0.7 | investment |
re:\b(my|an?) (uncle|aunt|aunty|auntie|cousin|brother|sister|friend|father|dad)\b.{0,10}\b(is|was) (a |an )?(analyst|trader|insider|broker|fund manager|expert|mentor|banker|investor)\b | scam:problem | 0.6 | investment |
re:\bi trade (bitcoin|crypto|forex|gold|stocks|btc|eth|ethereum|solana|cardano|xrp|usdt|options|futures)\b | scam:problem | 0.45 | investment |
re:\b\d{2,3} ?% (win rate|winning rate|win ratio|success rate|accuracy|accurate|win)\b | scam:problem | 0.8 | investment |
win rate                | scam:problem | 0.5  | investment |
re:\bai (trading )?(robot|bot|trader|trading system)\b | scam:problem | 0.6 | investment |
trading robot           | scam:problem | 0.6  | investment |
trading bot             | scam:problem | 0.55 | investment |
re:\b(deposit|invest|put in|send)\b ((usd|aud|sgd|gbp|myr|php|idr|rm|rp|s\$|a\$|us\$) ?)?(\S{0,5}\d[\d,.]*\S{0,4}|rm\w{1,8}),? (and )?(get|receive|earn|withdraw|balik|back|return|make)\b | scam:problem | 0.8 | investment |
re:\b(see|get|earn|receive|make|enjoy|guaranteed|start seeing)( your| the| big| huge| real)? (returns?|profits?|gains)\b (within|in) (a|one|1|\d{1,2}) (day|days|week|weeks|hours?|hrs)\b | scam:problem | 0.7 | investment |
re:\b(shocked|stunned|surprised|amazed)\b.{0,20}\b(the )?(host|hosts|audience|viewers|interviewer|nation)\b | scam:problem | 0.6 | investment |
re:\bbehind (his|her|their|my) (fortune|wealth|millions|success)\b | scam:problem | 0.6 | investment |
re:\b(opened|created|made|registered|set up) (an |a )?account for (you|u)\b | scam:problem | 0.7 | investment |
re:\bsee (the |your |my )?(profit|profits|returns|gains)\b | scam:problem | 0.55 | investment |
re:\b(the )?same (platform|app|site|website|exchange) (my|that my|i|we)\b | scam:problem | 0.6 | investment |
# ---- loans: overdue amounts, instant approval, fees before release ----
re:\b(overdue|unpaid) (amount|balance|loan|debt|installment|instalment|repayment)\b | scam:problem | 0.5 | loan |
re:\boutstanding (amount|loan|debt)\b | scam:problem | 0.45 | loan |
re:\b(your|ur) overdue\b | scam:problem | 0.5 | loan |
instant approval        | scam:problem | 0.65 | loan |
re:\b(no|without|even with|even if|blacklist\w*|bad) (ctos|ccris|credit check)\b | scam:problem | 0.6 | loan |
re:\b(ctos|ccris|blacklist|blacklisted)\b.{0,20}\b(also can|also ok|ok|okay|no problem|accepted|can apply|welcome)\b | scam:problem | 0.65 | loan |
re:\bapprov(e|ed|al) (in|within) (\d{1,2}|one|a few|few) (minutes?|mins?|hours?|hrs?)\b | scam:problem | 0.6 | loan |
re:\b(pay|deposit|for|settle|paid)\b.{0,20}\bstamp duty\b | scam:problem | 0.55 | fee |
re:\b(pay|paid|deposit|transfer|settle|top up|send)\b.{0,40}\bfirst\b.{0,20}\b(then|before|and then|after that|so that|once)\b | scam:problem | 0.65 | fee |
re:\bonce (paid|payment is made|you pay|you['’]ve paid|you have paid|settled|transferred|received)\b.{0,40}\b(release|released|reach|credited|disburse|disbursed|receive|sent)\b | scam:problem | 0.65 | fee |
re:\b(verification|activation|unlock|security|registration) deposit\b | scam:problem | 0.75 | fee |
re:\b(seller|buyer|you) (need|needs|must|has|have) to pay\b.{0,30}\bfirst\b | scam:problem | 0.7 | fee |
re:\b(small|tiny|minimal|nominal|token) (shipping|delivery|handling|postage|courier|admin|processing) (charge|fee|cost)s?\b | scam:problem | 0.65 | fee |
re:\b(in a meeting|in meeting|in a conference|in a board meeting|on a flight|in court)\b.{0,20}\b(can['’]?t|cannot|can not|unable to) (talk|call|speak|answer|take calls|pick up)\b | scam:problem | 0.6 | fee |
re:\b(can['’]?t|cannot|can not|unable to) (talk|take calls|take a call|answer calls) (right now|now|at the moment|atm)\b | scam:problem | 0.45 | fee |
# ---- romance ----
re:\b(sent|send|shipped|posted|mailed) (you|u) (a |an )?(box|package|parcel|gift|gifts|consignment|luggage|trunk|diplomatic bag)\b | scam:problem | 0.6 | romance |
re:\b(box|package|parcel|luggage|consignment)\b.{0,15}\b(with|containing|full of) (gifts?|cash|money|jewel\w*|gold|dollars)\b | scam:problem | 0.7 | romance |
re:\b(can['’]?t|cannot|won['’]?t be able to) (talk|chat|speak) (to|with) (you|u) (anymore|again)\b | scam:problem | 0.5 | romance |
re:\bour future (house|home|life|together|family)\b | scam:problem | 0.45 | romance |
re:\b(ship captain|sea captain|marine engineer|offshore engineer|cargo vessel|military doctor|army general|army officer|navy officer|un doctor)\b | scam:problem | 0.5 | romance |
re:\bon a (un|united nations|peacekeeping|military|humanitarian) mission\b | scam:problem | 0.6 | romance |
re:\b(can['’]?t|cannot) (travel|fly|leave)\b (yet|now|until)\b | scam:problem | 0.5 | romance |
# ---- legal: a number "used to" commit a crime, a statement to give ----
re:\b(your|ur) (phone number|mobile number|number|sim|sim card|ic|ic number|identity card|identity|id|name|bank account|account|passport|personal details|details)\b.{0,15}\b(is being|was|has been|have been|were|are being) used (to|for|in)\b | scam:problem | 0.7 | legal |
re:\b(illegal|fraudulent|criminal) (ads|adverts|advertisements|postings|posts|parcels|items|goods|transactions)\b | scam:problem | 0.55 | legal |
re:\b(you|u) (must|need to|are required to|have to|to)\b.{0,15}\b(give|provide|record|submit|make) (a |your )?(video |recorded |verbal |formal )?statement\b | scam:problem | 0.65 | legal |
video statement         | scam:problem | 0.55 | legal |
re:\bmule accounts?\b   | scam:problem | 0.7 | legal |
re:\b(pc|computer|device|phone|laptop|mac|system|browser|iphone|android|windows)\b.{0,20}\binfected\b.{0,20}\b(virus|viruses|malware|trojans?|spyware|ransomware|adware)\b | scam:problem | 0.8 | account |
re:\b(pc|computer|device|phone|laptop|mac|system) (is|has been|was|got) (infected|hacked|compromised)\b | scam:problem | 0.8 | account |
re:\b(toll|erp|road) (notice|charge|charges|fee|fine|balance)\b | scam:problem | 0.5 | legal |
# ---- voicemail: voice notes and messages "received" ----
re:\b(voice ?mail|voice ?message|voice note|audio message|audio note|voice memo|voice clip)s?\b.{0,15}\b(received|waiting|pending|unheard|unread|for you|from)\b | scam:problem | 0.75 | voicemail |
re:\bnew (voice note|voice clip|audio note|voice memo)\b | scam:problem | 0.7 | voicemail |
re:\bleft (you|u) (a|an)( \w+)? (voice ?mail|voice ?message|voice note|audio message)\b | scam:problem | 0.7 | voicemail |
re:\b(didn['’]?t|did not|didnt) (pick up|answer)\b | scam:problem | 0.4 | voicemail |
re:\b(contact|number|caller) (not in|not saved in) (your|ur) (list|contacts|phonebook|address book)\b | scam:problem | 0.5 | voicemail |

# ======================================================================= pressure
# ---- deadlines ----
re:\b(last|final|only) \d{1,3} (slots|spots|places|seats|spaces|vacancies|units)\b | scam:pressure | 0.6 | deadline |
in 24h                  | scam:pressure | 0.5  | deadline |
in 48h                  | scam:pressure | 0.5  | deadline |
in 12h                  | scam:pressure | 0.5  | deadline |
in 24hrs                | scam:pressure | 0.5  | deadline |
re:\b(registration|registrations|offer|promo|claim|claims|giveaway|entry|entries|applications?|sign-?ups?) (closes?|ends?|expires?)\b.{0,10}\b(tonight|today|soon|at midnight|in \d|tomorrow)\b | scam:pressure | 0.6 | deadline |
re:\bbefore (the )?(banks?|government|authorities|regulators?|they|media) (block|ban|shut|stop|remove|take down|close)\b | scam:pressure | 0.7 | deadline |
re:\b(if )?(not |un)(paid|settled|cleared|completed) (by|before|within|today|tonight)\b | scam:pressure | 0.65 | deadline |
re:\bpay by \d{1,2}[/.]\d{1,2}\b | scam:pressure | 0.5 | deadline |
re:\b(pay|send|transfer|do it) (fast|quickly|now please|asap|right now)\b | scam:pressure | 0.45 | deadline |
re:\b(it['’]?s|its|it is) (very |really |super |so )?(important|urgent)\W{0,2}(:|!) | scam:pressure | 0.4 | deadline |
# ---- threats ----
re:\bto avoid\b.{0,20}\b(penalt\w+|fines?|late fees?|surcharges?|suspension|disconnection|legal action|prosecution|arrest|additional charges|blacklist\w*|cancellation|termination|towing|impound\w*|deactivation)\b | scam:pressure | 0.7 | threat |
re:\bsuspension of (your|ur) (licen[cs]e|account|service|registration|vehicle|road tax|number|sim|card)\b | scam:pressure | 0.7 | threat |
re:\b(failure|fail|failing) to (cooperate|co-operate|attend|comply|respond|reply|pay|report)\b | scam:pressure | 0.75 | threat |
re:\b(result in|results in|lead to|leads to|resulting in)\b.{0,30}\b(frozen|freez\w+|blocked|suspended|suspension|seized|seizure|closure|closed|terminated|disconnected|disconnection|deactivat\w+|arrest\w*|blacklist\w*)\b | scam:pressure | 0.75 | threat |
re:\bbefore (your|ur|the) (balance|funds|money|savings|account|wallet)\b.{0,10}\b(is|are|gets|get)\b.{0,10}\b(moved|transferred|withdrawn|taken|drained|emptied|stolen|lost)\b | scam:pressure | 0.7 | threat |
re:\b(we will|we['’]?ll|will be|or we|we are going to|we shall|i will|i['’]?ll)\b.{0,10}\b(send|share|post|spread|forward|expose|show)\b.{0,30}\b(photo|photos|picture|pictures|face|selfie|ic|debt details|details|data)\b.{0,40}\b(contacts?|friends|family|relatives|employer|colleagues|social media|facebook|everyone)\b | scam:pressure | 0.85 | threat |
re:\b(we will|we['’]?ll|we shall|or we)\b.{0,10}\b(call|contact|message|visit|inform|notify)\b.{0,15}\b(your )?(family|relatives|employer|boss|colleagues|references|contacts|neighbours?|neighbors?|friends)\b | scam:pressure | 0.65 | threat |
re:\b(diblokir|terblokir|dibekukan|dinonaktifkan)\b | scam:pressure | 0.65 | threat |
re:\b(or|otherwise|else) (we|they|the bank|police|the police|the authorities|authorities|the court) (will|shall|are going to|would) (freeze|block|suspend|close|seize|arrest|terminate|cut off|disconnect|deactivate|blacklist|sue|charge)\b | scam:pressure | 0.8 | threat |
re:\bso (it|the (box|package|parcel|item)) (is not|isn['’]?t|won['’]?t be|will not be|doesn['’]?t get|does not get) (returned|sent back|seized|confiscated|destroyed|auctioned)\b | scam:pressure | 0.6 | threat |
# ---- secrecy ----
re:\bkeep (this|it) (between us|private|quiet|to yourself|secret|confidential)\b | scam:pressure | 0.75 | secrecy |

# ======================================================================= actions
# ---- links: unlock, listen, start, cancel the transaction here ----
re:\bunlock (it |your \w+ |the \w+ )?(now|here|at|via|using|immediately)\b | scam:action | 0.65 | link |
re:\brestore (your |full )?(access|account)\b.{0,10}\b(now|here|at|via|using|by)\b | scam:action | 0.6 | link |
re:\b(log ?in|login|sign in|click|tap) (here )?to (listen|hear|play|retrieve)\b | scam:action | 0.65 | link |
re:\blisten (securely|here|now|pls|please|to it|to the message)\b | scam:action | 0.55 | link |
start now               | scam:action | 0.45 | link |
re:\bcancel (the|this) (transaction|payment|transfer|request|purchase|order)\b.{0,25}\b(here|now|at|via|below|within)\b | scam:action | 0.7 | link |
re:\bsecure (your|ur) account (at|here|via|now|by|using)\b | scam:action | 0.6 | link |
re:\bupgrade (sekarang|now|here|your account)\b | scam:action | 0.6 | link |
re:\b(fill up|fill in|fill out|complete) the (form|survey)\b.{0,10}\b(here|below|at|via|in the link)\b | scam:action | 0.6 | link |
re:\bregister (here|now|at|via|before)\b | scam:action | 0.5 | link |
# ---- calls and chats: add the officer, interview on a chat app, speak to our agent ----
re:\b(interview|interviews|briefing|statement|video call|verification call|orientation|onboarding)\b (is )?(on|via|through|over|using) (whatsapp|wechat|telegram|line|signal|viber|messenger|instagram|discord|skype|zoom|imo)\b | scam:action | 0.6 | contact |
re:\bspeak (to|with) (our|the) (security |fraud |customer |case |claims )?(agent|officer|specialist|team|representative|consultant|advisor|adviser)\b | scam:action | 0.6 | call |
re:\b(want|shall|should) (me|i) (to )?(show|teach|guide|coach) (you|u)\b | scam:action | 0.5 | contact |
re:\b(u|you|are you) free\s?\? | scam:action | 0.45 | contact |
re:\bneed (ur|your|yr) help\b | scam:action | 0.45 | contact |
re:\bdm (our|my|the) (page|account|admin|inbox)\b | scam:action | 0.55 | contact |
re:\bsend (me|us) (a |the )?screenshot\b | scam:action | 0.45 | transfer |
re:\bsend (the |your )?screenshots? to\b | scam:action | 0.55 | contact |
# ---- payments: recharge, pay the insurance, buy cards and scratch them ----
re:\brecharge\b.{0,25}\bto (complete|unlock|continue|withdraw|finish|activate|upgrade|proceed|release)\b | scam:action | 0.75 | transfer |
re:\b(please|pls|kindly) recharge\b | scam:action | 0.6 | transfer |
re:\bpay (the |a |an |your |for the )?(insurance|stamp duty|legal fee|lawyer['’]?s? fee|agent fee|service charge|surcharge|duty|duties|shipping|postage|courier fee|delivery charge|customs|clearance)\b | scam:action | 0.65 | transfer |
re:\bbuy\b.{0,25}\b(gift ?cards?|cards|vouchers|pins|reload cards?|top-?up cards?|prepaid cards?|razer gold|itunes|google play|steam|apple cards?)\b | scam:action | 0.5 | transfer |
re:\bscratch (the |off the )?(back|card|cards|panel|silver)\b | scam:action | 0.85 | transfer |
razer gold              | scam:action | 0.55 | transfer |
re:\b(i['’]?ll|i will|will) reimburse (you|u)\b | scam:action | 0.5 | transfer |
re:\bsettle the (balance|amount|fee|fees|payment|charges|outstanding|difference)\b | scam:action | 0.65 | transfer |
re:\bstart (with|from) (just|only|as little as)\b | scam:action | 0.6 | transfer |
re:\bif (not |un)(paid|settled)\b | scam:action | 0.5 | transfer |
# ---- codes and details ----
re:\b(tell|send|give|text|forward|share|read)( me| us)? (the|that|this) (number|digits)\b | scam:action | 0.55 | code |
re:\b(tell|send|give|text|forward|share|read)( me| us)? (the|that|this|your|ur) (code|pin|otp|tac|confirmation (number|code)|verification (number|code)|security (number|code))\b | scam:action | 0.75 | code |
confirmation number     | scam:action | 0.4  | code |
re:\b(kod|kode) (otp|tac|pengesahan|verifikasi|verification)\b | scam:action | 0.6 | code |
re:\b(verfy|verifiy|veryfy|varify|verfiy|vrify)\b | scam:action | 0.55 | details |
re:\bcheck (your|ur) (sms|text messages|messages|inbox)\b.{0,15}\b(tell|send|give|forward|read)\b | scam:action | 0.65 | code |
re:\bkey in (your|ur) (card|pin|password|account|bank|ic|tac|otp)\b | scam:action | 0.8 | details |
re:\b(card number|card no|card details)\b.{0,20}\b(expiry|expiration|cvv|cvc)\b | scam:action | 0.8 | details |
re:\bconfirm (the )?receipt\b | scam:action | 0.55 | details |
re:\b(so|and) (i|we) can guide (you|u)\b | scam:action | 0.55 | app |
re:\bscreenconnect\b    | scam:action | 0.8 | app |
re:\bconnectwise\b      | scam:action | 0.75 | app |
re:\b(install|download|run|open) (the|our) (support|security|remote|repair|cleanup|protection) (tool|app|software|program)\b | scam:action | 0.65 | app |
re:\b(app|apps|application)\b.{0,20}\bfrom (this|the|our|below) link\b | scam:action | 0.75 | app |

# ======================================================================= awareness and honest notices
re:\b(are|were|is) being warned\b | scam:aware |  |  |
warned about            | scam:aware |  |  |
fake texts              | scam:aware |  |  |
fake messages           | scam:aware |  |  |
fake emails             | scam:aware |  |  |
fake calls              | scam:aware |  |  |
re:\b(sites|links|websites|urls|numbers) such as\b | scam:aware |  |  |
re:\bonly pay (through|via|on|at|using)\b | scam:aware |  |  |
re:\bno (action|payment|further action)( or payment)? (is )?(needed|required|necessary)\b | scam:aware |  |  |
re:\b(never|do not|don['’]?t|will not|won['’]?t) charge (applicants|candidates|jobseekers|job seekers|any fee|a fee|fees|you)\b | scam:aware |  |  |
re:\bno (agent|agency|placement|recruitment|hiring) fees?\b | scam:aware |  |  |
re:\b(ignore|disregard)\b.{0,30}\b(already (paid|settled|made (the|your|this) payment|renewed))\b | scam:aware |  |  |
re:\bif (you have |you['’]ve |you )?already (paid|settled|made (the|your|this) payment)\b | scam:aware |  |  |
kill switch             | scam:aware |  |  |
re:\bcooling[- ]off period\b | scam:aware |  |  |
re:\b(visit|walk in to|walk into|drop by) (your nearest|any of our|any|our nearest|the nearest) (store|branch|outlet|shop|counter)\b | scam:aware |  |  |
re:\bcollect it (from|at) (your|the) nearest (branch|post office|outlet|counter|store)\b | scam:aware |  |  |

# ---- honest look-alikes: ordering food by chat, the bank's own round-the-clock hotline ----
re:\border (by|via|through|on|thru) (whatsapp|wa|phone|call|sms|text|telegram|messenger|line)\b | allow |  |  |
re:\b(order|orders|pre-?order|book|booking)s?\b.{0,40}\bbefore \w{1,2}(:\w\w)? ?(am|pm)\b | allow |  |  |
re:\b(24[- ]hour|24-hr|24hr|24/7|24 hour) (customer )?(hotline|helpline|contact cent(er|re)|call cent(er|re))\b.{0,30}\b(immediately|right away|asap)\b | allow |  |  |
