# English scam moves: guaranteed returns, crypto doubling, easy-money jobs, urgency, moving to a
# private chat, prizes, credential and OTP requests, payment requests, recovery and romance scams.
@format 1
@lang en
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- guaranteed returns ----
guaranteed profit* | scam | 0.7 | scam_guaranteed_returns |
guaranteed return* | scam | 0.7 | scam_guaranteed_returns |
guaranteed income | scam | 0.6 | scam_guaranteed_returns |
guaranteed payout* | scam | 0.65 | scam_guaranteed_returns |
100% guaranteed   | scam | 0.5 | scam_guaranteed_returns |
100% profit*      | scam | 0.6 | scam_guaranteed_returns |
risk free investment | scam | 0.7 | scam_guaranteed_returns |
risk-free investment | scam | 0.7 | scam_guaranteed_returns |
no risk investment | scam | 0.65 | scam_guaranteed_returns |
zero risk         | scam | 0.4 | scam_guaranteed_returns |
without any risk  | scam | 0.4 | scam_guaranteed_returns |
passive income    | scam | 0.25 | scam_guaranteed_returns |
financial freedom | scam | 0.25 | scam_guaranteed_returns |
investment opportunity | scam | 0.3 | scam_guaranteed_returns |
investment platform | scam | 0.3 | scam_guaranteed_returns |
trading signals   | scam | 0.35 | scam_guaranteed_returns |
binary options    | scam | 0.45 | scam_guaranteed_returns |
forex signals     | scam | 0.4 | scam_guaranteed_returns |
account manager   | scam | 0.25 | scam_guaranteed_returns |
expert trader     | scam | 0.4 | scam_guaranteed_returns |
profit daily      | scam | 0.5 | scam_guaranteed_returns |
daily profit*     | scam | 0.5 | scam_guaranteed_returns |
weekly profit*    | scam | 0.45 | scam_guaranteed_returns |
re:\b(earn|make|making|earning|profit|get|receive|returns? of) \$?\d[\d,.]*k?\$? ?(usd|dollars|\$)? ?(per|a|every|each|in (a|one|1)) ?(day|week|hour|daily|weekly|24 ?hours|48 ?hours)\b | scam | 0.6 | scam_guaranteed_returns |
re:\b\d{1,3} ?% (daily|weekly|per day|per week|a day|a week|every day|return|roi|profit)\b | scam | 0.55 | scam_guaranteed_returns |
re:\b(invested|invest) \$?\d[\d,.]*k?\b.{0,30}\b(got|received|made|earned|returned|profit( of)?) \$?\d[\d,.]*k?\b | scam | 0.6 | scam_guaranteed_returns |
re:\b(thanks|thank you|all thanks) to (mr|mrs|ms|miss|dr|expert|sir|madam)\.? \w+ | scam | 0.45 | scam_guaranteed_returns |
re:\b(recover|recovery of|get back) (your|my) (lost|stolen|scammed) (funds|money|crypto|bitcoin|btc)\b | scam | 0.6 | scam_guaranteed_returns |
re:\b(funds|crypto|bitcoin) recovery (expert|specialist|agent|hacker|service)\b | scam | 0.65 | scam_guaranteed_returns |
re:\b(hacker|hack expert) (who|that) (helped|recovered)\b | scam | 0.55 | scam_guaranteed_returns |

# ---- crypto and money doubling ----
double your money | scam | 0.75 | scam_crypto_doubling |
double your bitcoin | scam | 0.85 | scam_crypto_doubling |
double your crypto | scam | 0.85 | scam_crypto_doubling |
double your btc   | scam | 0.85 | scam_crypto_doubling |
double your eth   | scam | 0.85 | scam_crypto_doubling |
double your investment | scam | 0.8 | scam_crypto_doubling |
triple your money | scam | 0.75 | scam_crypto_doubling |
money doubling    | scam | 0.75 | scam_crypto_doubling |
cash flip*        | scam | 0.6 | scam_crypto_doubling |
money flip*       | scam | 0.65 | scam_crypto_doubling |
cashapp flip*     | scam | 0.75 | scam_crypto_doubling |
crypto giveaway   | scam | 0.7 | scam_crypto_doubling |
bitcoin giveaway  | scam | 0.75 | scam_crypto_doubling |
btc giveaway      | scam | 0.75 | scam_crypto_doubling |
eth giveaway      | scam | 0.75 | scam_crypto_doubling |
airdrop claim     | scam | 0.5 | scam_crypto_doubling |
claim your airdrop | scam | 0.6 | scam_crypto_doubling |
connect your wallet | scam | 0.5 | scam_crypto_doubling |
validate your wallet | scam | 0.75 | scam_crypto_doubling |
sync your wallet  | scam | 0.7 | scam_crypto_doubling |
re:\bsend (\d[\d.,]*|any amount of|some) ?(btc|bitcoin|eth|ethereum|usdt|sol|bnb|doge|crypto)\b.{0,40}\b(get|receive|send you|back) (\d[\d.,]*|double|2x|twice) | scam | 0.9 | scam_crypto_doubling | severe
re:\b(2x|3x|5x|10x|double|triple) (back|your (deposit|coins|funds))\b | scam | 0.6 | scam_crypto_doubling |
re:\b(elon|musk|tesla|vitalik|binance|coinbase|mrbeast|saylor) (is )?(giving away|giveaway|will (send|give|double))\b | scam | 0.75 | scam_crypto_doubling |
re:\b(seed phrase|recovery phrase|secret phrase|private key|12 words|24 words)\b | scam | 0.45 | scam_credentials |

# ---- easy-money job offers ----
work from home    | scam | 0.25 | scam_job_offer |
work from home opportunity | scam | 0.45 | scam_job_offer |
earn from home    | scam | 0.4 | scam_job_offer |
make money from home | scam | 0.45 | scam_job_offer |
make money online | scam | 0.35 | scam_job_offer |
earn money online | scam | 0.4 | scam_job_offer |
no experience needed | scam | 0.3 | scam_job_offer |
no experience required | scam | 0.3 | scam_job_offer |
paid daily        | scam | 0.35 | scam_job_offer |
daily pay         | scam | 0.3 | scam_job_offer |
get paid to like  | scam | 0.7 | scam_job_offer |
paid to like      | scam | 0.6 | scam_job_offer |
like and subscribe task* | scam | 0.7 | scam_job_offer |
simple tasks      | scam | 0.3 | scam_job_offer |
online task*      | scam | 0.35 | scam_job_offer |
part time job     | scam | 0.2 | scam_job_offer |
re:\b(earn|make|get paid|paid) \$?\d[\d,.]*k?\$? ?(usd|dollars)? ?(per|a|each) ?(day|hour|task|like|review|video)\b.{0,60}\b(from home|online|phone|no experience|part[- ]time|whatsapp|telegram) | scam | 0.7 | scam_job_offer |
re:\b(just|only) (need|needs|require|requires) (a )?(phone|smartphone|1-2 hours|30 minutes|an hour|\d+ (minutes|hours) a day)\b | scam | 0.45 | scam_job_offer |
re:\b(hiring|recruiting|looking for) (part[- ]time|online|remote) (workers|staff|agents|members|employees)\b | scam | 0.35 | scam_job_offer |
re:\b(task|commission|prepaid|merchant) (job|jobs|task|tasks|order|orders)\b | scam | 0.3 | scam_job_offer |

# ---- urgency ----
act now           | scam | 0.35 | scam_urgency |
act fast          | scam | 0.3 | scam_urgency |
limited time offer | scam | 0.3 | scam_urgency |
offer expires     | scam | 0.3 | scam_urgency |
expires today     | scam | 0.35 | scam_urgency |
only a few spots left | scam | 0.4 | scam_urgency |
limited slots     | scam | 0.35 | scam_urgency |
last chance       | scam | 0.2 | scam_urgency |
urgent            | scam | 0.15 | scam_urgency |
immediate action required | scam | 0.55 | scam_urgency |
action required   | scam | 0.35 | scam_urgency |
re:\b(within|in (the )?next) (24|48|12|2|1) ?(hours|hrs|h|minutes|mins)\b | scam | 0.2 | scam_urgency |
re:\b(your )?(account|card|wallet|access|number|sim|package|parcel) (will be|has been|is being|is) (suspended|blocked|locked|deactivated|disabled|closed|frozen|terminated|on hold)\b | scam | 0.55 | scam_urgency |
re:\b(unusual|suspicious) (activity|login|sign[- ]in|transaction)s? (on|in|detected|from)\b | scam | 0.45 | scam_urgency |
re:\b(don['’]?t|do not) miss (out|this chance|this opportunity)\b | scam | 0.3 | scam_urgency |
re:\b(final|last) (notice|warning|reminder)\b | scam | 0.35 | scam_urgency |

# ---- off-platform contact ----
whatsapp me       | scam | 0.45 | scam_off_platform |
wa me             | scam | 0.4 | scam_off_platform |
text me on whatsapp | scam | 0.45 | scam_off_platform |
message me on whatsapp | scam | 0.45 | scam_off_platform |
contact me on whatsapp | scam | 0.5 | scam_off_platform |
contact me on telegram | scam | 0.55 | scam_off_platform |
message me on telegram | scam | 0.5 | scam_off_platform |
inbox me for more | scam | 0.45 | scam_off_platform |
dm for more info  | scam | 0.45 | scam_off_platform |
dm me for more    | scam | 0.4 | scam_off_platform |
dm me for details | scam | 0.45 | scam_off_platform |
send me a dm      | scam | 0.2 | scam_off_platform |
wa.me/*           | scam | 0.45 | scam_off_platform |
t.me/*            | scam | 0.4 | scam_off_platform |
re:\b(contact|reach|message|text|write|chat with) (him|her|them|mr|mrs|dr|expert|the expert|manager)\.? ?\w* (on|via|through|at) (whatsapp|telegram|wa|instagram|gmail|email)\b | scam | 0.6 | scam_off_platform |
re:\b(whatsapp|wa|telegram|tele|signal)( me)?( on| at| via|:| number| no\.?| #)? ?\+?\d[\d \-]{7,}\d\b | scam | 0.3 | scam_off_platform |
re:\b(click|check) (the )?link in (my|the|our) bio\b | scam | 0.3 | scam_off_platform |

# ---- prizes ----
you have won      | scam | 0.55 | scam_prize |
you've won        | scam | 0.5 | scam_prize |
you won a         | scam | 0.45 | scam_prize |
congratulations you won | scam | 0.65 | scam_prize |
congratulations you have won | scam | 0.7 | scam_prize |
you have been selected | scam | 0.5 | scam_prize |
you've been selected | scam | 0.45 | scam_prize |
selected as a winner | scam | 0.65 | scam_prize |
lucky winner      | scam | 0.55 | scam_prize |
claim your prize  | scam | 0.7 | scam_prize |
claim your reward | scam | 0.6 | scam_prize |
claim your gift   | scam | 0.55 | scam_prize |
claim now         | scam | 0.4 | scam_prize |
cash prize        | scam | 0.35 | scam_prize |
free iphone       | scam | 0.55 | scam_prize |
free gift card    | scam | 0.55 | scam_prize |
prize money       | scam | 0.3 | scam_prize |
re:\b(won|win|winner of) (a |an )?(\$|£|€)?\d[\d,.]*k? ?(cash|prize|voucher|gift card|reward|dollars|pounds)\b | scam | 0.6 | scam_prize |
re:\b(to claim|claim (it|your|the)|redeem (it|your))\b.{0,40}\b(call|text|click|reply|visit|send)\b | scam | 0.5 | scam_prize |
re:\b(txt|text|reply|send) \w+ to \d{4,6}\b | scam | 0.5 | scam_prize |
re:\b(call|ring|dial) (now )?0?9\d{8,10}\b | scam | 0.35 | scam_prize |
re:\b(you have been|you['’]?ve been|u have been|you are|u r) (awarded|selected to receive|chosen to receive|a (lucky )?winner)\b | scam | 0.55 | scam_prize |
re:\bawait(s|ing)? (your )?collection\b | scam | 0.45 | scam_prize |

# ---- credentials, OTP, bank details ----
re:\b(send|give|tell|share|forward|read|confirm)( me| us)? (the |your |ur |that )?(otp|one[- ]time (password|pin|code)|verification code|security code|login code|6[- ]digit code|sms code|cvv|cvc|seed phrase|recovery phrase|2fa code|tac code)\b | scam | 0.75 | scam_credentials | severe
re:\b(send|give|tell|share)( me| us)? (your|ur) (password|pin|pin code|atm pin|card number|card details|bank details|login details|login|online banking|mother['’]?s maiden name)\b | scam | 0.65 | scam_credentials |
re:\b(verify|confirm|update|validate|unlock|reactivate) (your|ur) (account|identity|bank details|card|payment (details|information|info)|billing|wallet|details)\b | scam | 0.45 | scam_credentials |
re:\b(i|we) (sent|texted|will send) (you )?a (code|6[- ]digit code|verification code)\b | scam | 0.6 | scam_credentials |
re:\b(what is|what['’]?s|whats) the (code|otp|number) (you|u) (got|received|just got)\b | scam | 0.7 | scam_credentials | severe
re:\bsent to (your|ur) (phone|number) by mistake\b | scam | 0.7 | scam_credentials | severe
re:\b(enter|input|type) (your|ur) (card|bank|login|account) (details|number|info|information)\b | scam | 0.45 | scam_credentials |

# ---- payment requests ----
processing fee    | scam | 0.45 | scam_payment_request |
release fee       | scam | 0.6 | scam_payment_request |
clearance fee     | scam | 0.55 | scam_payment_request |
customs fee*      | scam | 0.4 | scam_payment_request |
delivery fee      | scam | 0.2 | scam_payment_request |
redelivery fee    | scam | 0.5 | scam_payment_request |
activation fee    | scam | 0.45 | scam_payment_request |
registration fee  | scam | 0.35 | scam_payment_request |
withdrawal fee    | scam | 0.45 | scam_payment_request |
upgrade fee       | scam | 0.45 | scam_payment_request |
pay with gift card* | scam | 0.7 | scam_payment_request |
in itunes gift cards | scam | 0.7 | scam_payment_request |
steam gift card*  | scam | 0.4 | scam_payment_request |
google play card* | scam | 0.45 | scam_payment_request |
re:\b(pay|send|transfer|deposit) (a |the )?(small |one[- ]time |refundable )?(fee|deposit|tax|charge|amount)\b.{0,40}\b(to (receive|claim|release|unlock|withdraw|get)|before (you|we) (can )?(release|send|receive|withdraw))\b | scam | 0.75 | scam_payment_request | severe
re:\b(buy|get|purchase) (some |\d+ )?(itunes|apple|google play|steam|amazon|ebay|razer) (gift )?cards?\b.{0,40}\b(send|scratch|photo|pictures?|codes?)\b | scam | 0.8 | scam_payment_request | severe
re:\b(send|pay) (via|with|through|by) (gift ?cards?|bitcoin|btc|usdt|western union|moneygram|crypto)\b | scam | 0.5 | scam_payment_request |
re:\bi (need|just need) (you to send|some money|money for|a loan|help with (the )?(fees|ticket|hospital|customs))\b | scam | 0.35 | scam_payment_request |
re:\b(i['’]?m|i am) (stuck|stranded|trapped) (at|in) (the )?(airport|customs|hospital|abroad)\b | scam | 0.5 | scam_payment_request |
re:\b(my|the) (wallet|card|bank account) (is|was|got) (frozen|blocked|stolen)\b.{0,60}\b(send|transfer|lend)\b | scam | 0.6 | scam_payment_request |
re:\bhi (mum|mom|dad),? (this is my new number|i (lost|broke|dropped) my phone)\b | scam | 0.75 | scam_payment_request |

# ---- Like-a-video jobs, prizes with a fee, codes "sent by mistake" (added 2026-12, original work, MIT) ----
re:\b(earn|make|get paid|paid) \$?\d[\d,.]*k?\$? ?(usd|dollars)? ?(/|per|a|each) ?(day|hour|hr|task)\b | scam | 0.4 | scam_job_offer |
re:\bjust (by )?(liking|like|watching|rating|reviewing|following|subscribing to) (videos|posts|youtube|tiktok|products|pages|channels)\b | scam | 0.55 | scam_job_offer |
re:\bcongratulations\W+(you|u) (have )?won\b | scam | 0.65 | scam_prize |
re:\b(you|u) (have )?won (a|an|the)? ?(free )?(iphone|samsung|car|prize|gift card|voucher|reward|\$)\b | scam | 0.5 | scam_prize |
re:\bpay (a |the |only )?(\$|rs\.?|₱|rm|rp)? ?\d[\d,.]* ?(for )?(shipping|delivery|processing|handling|release|customs|clearance|registration) (fee|cost|charge)\b | scam | 0.55 | scam_payment_request |
re:\b(shipping|delivery|processing|handling|release|customs|clearance) fee\b.{0,40}\bto (receive|claim|get|release)\b | scam | 0.5 | scam_payment_request |
re:\b(accidentally|mistakenly|wrongly|by mistake) (sent|texted|forwarded) (a |my |the |an )?(\d[- ]digit )?(code|otp|verification code|pin)\b | scam | 0.75 | scam_credentials | severe
re:\b(send|forward|text|give) (it|the code|that code|the otp|it all) back( to me)?\b | scam | 0.5 | scam_credentials |
