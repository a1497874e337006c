# English scam parts (issue 15): who a message claims to be, the problem or prize it announces,
# the pressure it applies and what it asks you to do; plus scam-awareness phrases that take the
# weight out of parts near them. Parts never warn alone (see FORMAT.md, "The scam layer").
# English is read on every post, so this file also names the regional brands whose English-language
# messages are common in Malaysia, Singapore, the Philippines and Indonesia.
# Single-word sender terms of 3+ letters are also looked for in link hosts; a brand named here
# should have its real domains in ../misinfo/brands.tsv. Everyday words stay in phrases.
@format 1
@lang en
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language and of public scam-awareness advice)
@licence MIT
# term | scam:<part> | weight | kind |

# ======================================================================= senders
# ---- banks ----
hsbc                    | scam:sender | 0.85 | bank |
barclays                | scam:sender | 0.85 | bank |
natwest                 | scam:sender | 0.9  | bank |
lloyds bank             | scam:sender | 0.9  | bank |
halifax bank            | scam:sender | 0.85 | bank |
santander               | scam:sender | 0.85 | bank |
monzo                   | scam:sender | 0.85 | bank |
revolut                 | scam:sender | 0.85 | bank |
starling bank           | scam:sender | 0.85 | bank |
tsb bank                | scam:sender | 0.85 | bank |
chase bank              | scam:sender | 0.85 | bank |
wells fargo             | scam:sender | 0.9  | bank |
bank of america         | scam:sender | 0.9  | bank |
citibank                | scam:sender | 0.85 | bank |
capital one             | scam:sender | 0.8  | bank |
american express        | scam:sender | 0.8  | bank |
amex                    | scam:sender | 0.75 | bank |
standard chartered      | scam:sender | 0.85 | bank |
dbs bank                | scam:sender | 0.85 | bank |
dbs                     | scam:sender | 0.7  | bank |
posb                    | scam:sender | 0.8  | bank |
ocbc                    | scam:sender | 0.85 | bank |
uob                     | scam:sender | 0.8  | bank |
maybank                 | scam:sender | 0.9  | bank |
maybank2u               | scam:sender | 0.9  | bank |
cimb                    | scam:sender | 0.85 | bank |
public bank             | scam:sender | 0.85 | bank |
bdo                     | scam:sender | 0.8  | bank |
bpi                     | scam:sender | 0.8  | bank |
metrobank               | scam:sender | 0.85 | bank |
landbank                | scam:sender | 0.85 | bank |
unionbank               | scam:sender | 0.85 | bank |
your bank               | scam:sender | 0.5  | bank |
the bank                | scam:sender | 0.3  | bank |
bank                    | scam:sender | 0.25 | bank |
fraud department        | scam:sender | 0.65 | bank |
fraud prevention team   | scam:sender | 0.65 | bank |
fraud team              | scam:sender | 0.6  | bank |
bank security team      | scam:sender | 0.7  | bank |
card services           | scam:sender | 0.55 | bank |
online banking          | scam:sender | 0.45 | bank |
visa card               | scam:sender | 0.45 | bank |
mastercard              | scam:sender | 0.55 | bank |

# ---- wallets, payment apps, exchanges ----
paypal                  | scam:sender | 0.85 | wallet |
venmo                   | scam:sender | 0.8  | wallet |
cash app                | scam:sender | 0.8  | wallet |
cashapp                 | scam:sender | 0.85 | wallet |
zelle                   | scam:sender | 0.8  | wallet |
apple pay               | scam:sender | 0.55 | wallet |
google pay              | scam:sender | 0.55 | wallet |
gcash                   | scam:sender | 0.85 | wallet |
paymaya                 | scam:sender | 0.85 | wallet |
touch n go              | scam:sender | 0.85 | wallet |
touch 'n go             | scam:sender | 0.85 | wallet |
touchngo                | scam:sender | 0.85 | wallet |
tng ewallet             | scam:sender | 0.85 | wallet |
grabpay                 | scam:sender | 0.8  | wallet |
shopeepay               | scam:sender | 0.8  | wallet |
coinbase                | scam:sender | 0.7  | wallet |
binance                 | scam:sender | 0.7  | wallet |
metamask                | scam:sender | 0.75 | wallet |
trust wallet            | scam:sender | 0.75 | wallet |
e-wallet                | scam:sender | 0.45 | wallet |
ewallet                 | scam:sender | 0.45 | wallet |

# ---- couriers and post ----
royal mail              | scam:sender | 0.85 | courier |
royalmail               | scam:sender | 0.85 | courier |
evri                    | scam:sender | 0.85 | courier |
usps                    | scam:sender | 0.9  | courier |
fedex                   | scam:sender | 0.9  | courier |
ups                     | scam:sender | 0.35 | courier |
ups delivery            | scam:sender | 0.7  | courier |
dhl                     | scam:sender | 0.85 | courier |
dhl express             | scam:sender | 0.9  | courier |
dpd                     | scam:sender | 0.8  | courier |
parcelforce             | scam:sender | 0.9  | courier |
canada post             | scam:sender | 0.85 | courier |
australia post          | scam:sender | 0.85 | courier |
auspost                 | scam:sender | 0.85 | courier |
singpost                | scam:sender | 0.85 | courier |
aramex                  | scam:sender | 0.8  | courier |
pos laju                | scam:sender | 0.85 | courier |
poslaju                 | scam:sender | 0.85 | courier |
pos malaysia            | scam:sender | 0.85 | courier |
j&t express             | scam:sender | 0.85 | courier |
j&t                     | scam:sender | 0.8  | courier |
jnt                     | scam:sender | 0.75 | courier |
ninja van               | scam:sender | 0.85 | courier |
ninjavan                | scam:sender | 0.85 | courier |
lbc express             | scam:sender | 0.85 | courier |
flash express           | scam:sender | 0.8  | courier |
post office             | scam:sender | 0.45 | courier |
postal service          | scam:sender | 0.5  | courier |
delivery service        | scam:sender | 0.35 | courier |
courier company         | scam:sender | 0.45 | courier |
courier service         | scam:sender | 0.45 | courier |
delivery team           | scam:sender | 0.35 | courier |
customs department      | scam:sender | 0.55 | government |
customs office          | scam:sender | 0.55 | government |
border force            | scam:sender | 0.5  | government |

# ---- government ----
irs                     | scam:sender | 0.8  | government |
internal revenue service | scam:sender | 0.9 | government |
hmrc                    | scam:sender | 0.9  | government |
dvla                    | scam:sender | 0.9  | government |
dwp                     | scam:sender | 0.7  | government |
gov.uk                  | scam:sender | 0.5  | government |
nhs                     | scam:sender | 0.5  | government |
tv licensing            | scam:sender | 0.8  | government |
social security administration | scam:sender | 0.9 | government |
ssa                     | scam:sender | 0.5  | government |
department of motor vehicles | scam:sender | 0.7 | government |
the dmv                 | scam:sender | 0.6  | government |
toll services           | scam:sender | 0.6  | government |
e-zpass                 | scam:sender | 0.8  | government |
ezpass                  | scam:sender | 0.8  | government |
sunpass                 | scam:sender | 0.75 | government |
canada revenue agency   | scam:sender | 0.9  | government |
australian taxation office | scam:sender | 0.9 | government |
tax office              | scam:sender | 0.55 | government |
tax department          | scam:sender | 0.55 | government |
tax authority           | scam:sender | 0.55 | government |
lhdn                    | scam:sender | 0.9  | government |
kwsp                    | scam:sender | 0.85 | government |
epf                     | scam:sender | 0.5  | government |
bank negara             | scam:sender | 0.85 | government |
dswd                    | scam:sender | 0.85 | government |
bureau of internal revenue | scam:sender | 0.9 | government |
bureau of customs       | scam:sender | 0.9  | government |
philhealth              | scam:sender | 0.8  | government |
pag-ibig                | scam:sender | 0.8  | government |
government agency       | scam:sender | 0.45 | government |
government official     | scam:sender | 0.45 | government |
department of justice   | scam:sender | 0.6  | government |
court clerk             | scam:sender | 0.6  | government |

# ---- police ----
fbi                     | scam:sender | 0.8  | police |
us marshals             | scam:sender | 0.75 | police |
interpol                | scam:sender | 0.8  | police |
metropolitan police     | scam:sender | 0.7  | police |
police officer          | scam:sender | 0.55 | police |
police department       | scam:sender | 0.55 | police |
the police              | scam:sender | 0.4  | police |
detective               | scam:sender | 0.4  | police |
sheriff's office        | scam:sender | 0.6  | police |
pdrm                    | scam:sender | 0.85 | police |
royal malaysia police   | scam:sender | 0.9  | police |
pnp                     | scam:sender | 0.55 | police |
nbi                     | scam:sender | 0.55 | police |
macc                    | scam:sender | 0.7  | police |
anti-money laundering unit | scam:sender | 0.7 | police |
cybercrime unit         | scam:sender | 0.6  | police |

# ---- platforms, shops, tech support ----
amazon                  | scam:sender | 0.7  | platform |
amazon prime            | scam:sender | 0.8  | platform |
netflix                 | scam:sender | 0.75 | platform |
apple id                | scam:sender | 0.85 | platform |
apple support           | scam:sender | 0.85 | platform |
icloud                  | scam:sender | 0.75 | platform |
apple                   | scam:sender | 0.4  | platform |
microsoft support       | scam:sender | 0.85 | platform |
microsoft account       | scam:sender | 0.8  | platform |
microsoft               | scam:sender | 0.55 | platform |
windows defender        | scam:sender | 0.75 | platform |
mcafee                  | scam:sender | 0.7  | platform |
norton antivirus        | scam:sender | 0.7  | platform |
geek squad              | scam:sender | 0.8  | platform |
google account          | scam:sender | 0.7  | platform |
gmail                   | scam:sender | 0.5  | platform |
facebook                | scam:sender | 0.4  | platform |
meta support            | scam:sender | 0.8  | platform |
meta business           | scam:sender | 0.7  | platform |
instagram               | scam:sender | 0.4  | platform |
whatsapp support        | scam:sender | 0.8  | platform |
whatsapp team           | scam:sender | 0.75 | platform |
tiktok                  | scam:sender | 0.4  | platform |
tiktok shop             | scam:sender | 0.65 | platform |
shopee                  | scam:sender | 0.65 | platform |
lazada                  | scam:sender | 0.65 | platform |
ebay                    | scam:sender | 0.6  | platform |
temu app                | scam:sender | 0.6  | platform |
shein                   | scam:sender | 0.5  | platform |
walmart                 | scam:sender | 0.55 | platform |
costco                  | scam:sender | 0.55 | platform |
spotify                 | scam:sender | 0.45 | platform |
docusign                | scam:sender | 0.7  | platform |
dropbox                 | scam:sender | 0.5  | platform |
linkedin                | scam:sender | 0.4  | platform |
steam support           | scam:sender | 0.7  | platform |
customer service        | scam:sender | 0.35 | platform |
customer support        | scam:sender | 0.35 | platform |
dear customer           | scam:sender | 0.4  | platform |
dear valued customer    | scam:sender | 0.5  | platform |
support team            | scam:sender | 0.35 | platform |
security team           | scam:sender | 0.45 | platform |
help desk               | scam:sender | 0.35 | platform |
technical support       | scam:sender | 0.45 | platform |
tech support            | scam:sender | 0.5  | platform |

# ---- telecoms ----
vodafone                | scam:sender | 0.8  | telecom |
virgin media            | scam:sender | 0.8  | telecom |
verizon                 | scam:sender | 0.85 | telecom |
t-mobile                | scam:sender | 0.85 | telecom |
at&t                    | scam:sender | 0.8  | telecom |
singtel                 | scam:sender | 0.85 | telecom |
starhub                 | scam:sender | 0.85 | telecom |
celcom                  | scam:sender | 0.85 | telecom |
maxis                   | scam:sender | 0.8  | telecom |
celcomdigi              | scam:sender | 0.9  | telecom |
globe telecom           | scam:sender | 0.85 | telecom |
smart communications    | scam:sender | 0.85 | telecom |
pldt                    | scam:sender | 0.85 | telecom |
telkomsel               | scam:sender | 0.85 | telecom |
your network provider   | scam:sender | 0.55 | telecom |
your mobile provider    | scam:sender | 0.55 | telecom |
your phone provider     | scam:sender | 0.5  | telecom |
your service provider   | scam:sender | 0.5  | telecom |

# ---- relatives ("hi mum") ----
hi mum                  | scam:sender | 0.85 | relative |
hi mom                  | scam:sender | 0.85 | relative |
hey mum                 | scam:sender | 0.75 | relative |
hi dad                  | scam:sender | 0.8  | relative |
mum it's me             | scam:sender | 0.85 | relative |
mom it's me             | scam:sender | 0.85 | relative |
dad it's me             | scam:sender | 0.85 | relative |
grandma it's me         | scam:sender | 0.85 | relative |
grandpa it's me         | scam:sender | 0.85 | relative |
it's your grandson      | scam:sender | 0.75 | relative |
it's your son           | scam:sender | 0.6  | relative |
it's your daughter      | scam:sender | 0.6  | relative |
this is my new number   | scam:sender | 0.8  | relative |
my new number           | scam:sender | 0.6  | relative |
new number              | scam:sender | 0.35 | relative |
save this number        | scam:sender | 0.5  | relative |
delete the old number   | scam:sender | 0.7  | relative |
delete my old number    | scam:sender | 0.75 | relative |

# ---- employers and recruiters ----
recruiter               | scam:sender | 0.45 | employer |
recruitment agency      | scam:sender | 0.5  | employer |
recruitment team        | scam:sender | 0.5  | employer |
hr department           | scam:sender | 0.45 | employer |
hr manager              | scam:sender | 0.45 | employer |
hiring manager          | scam:sender | 0.45 | employer |
talent acquisition      | scam:sender | 0.45 | employer |
headhunter              | scam:sender | 0.5  | employer |
job agency              | scam:sender | 0.45 | employer |
we are hiring           | scam:sender | 0.35 | employer |

# ---- lenders and collectors ----
loan company            | scam:sender | 0.6  | lender |
lending company         | scam:sender | 0.6  | lender |
loan officer            | scam:sender | 0.6  | lender |
loan agent              | scam:sender | 0.6  | lender |
lender                  | scam:sender | 0.45 | lender |
debt collector          | scam:sender | 0.55 | lender |
collection agency       | scam:sender | 0.55 | lender |
lending app             | scam:sender | 0.55 | lender |

# ---- investment ----
trading mentor          | scam:sender | 0.85 | investment |
crypto mentor           | scam:sender | 0.85 | investment |
investment mentor       | scam:sender | 0.8  | investment |
crypto expert           | scam:sender | 0.75 | investment |
forex trader            | scam:sender | 0.6  | investment |
account manager         | scam:sender | 0.4  | investment |
investment manager      | scam:sender | 0.55 | investment |
investment advisor      | scam:sender | 0.5  | investment |
financial advisor       | scam:sender | 0.4  | investment |
broker                  | scam:sender | 0.4  | investment |
trading platform        | scam:sender | 0.5  | investment |
investment platform     | scam:sender | 0.55 | investment |
crypto exchange         | scam:sender | 0.5  | investment |
fund manager            | scam:sender | 0.45 | investment |

# ======================================================================= problems
# ---- account ----
re:\byour (account|card|wallet|profile|apple id|paypal|bank account|debit card|credit card) (has been|have been|is|was|got|is being|is now) (temporarily |permanently )?(suspended|locked|blocked|restricted|limited|disabled|frozen|deactivated|compromised|on hold|flagged|closed)\b | scam:problem | 0.9 | account |
re:\baccount (has been |is |was |temporarily |permanently )?(suspended|locked|blocked|restricted|limited|frozen|on hold|deactivated)\b | scam:problem | 0.75 | account |
re:\bcard (has been |is |was |temporarily )?(blocked|frozen|suspended|locked|deactivated)\b | scam:problem | 0.7 | account |
card blocked            | scam:problem | 0.65 | account |
unusual activity        | scam:problem | 0.7  | account |
suspicious activity     | scam:problem | 0.7  | account |
unusual login           | scam:problem | 0.8  | account |
unusual sign-in         | scam:problem | 0.8  | account |
suspicious login        | scam:problem | 0.8  | account |
login attempt           | scam:problem | 0.55 | account |
new device              | scam:problem | 0.45 | account |
unrecognized device     | scam:problem | 0.7  | account |
unauthorized transaction | scam:problem | 0.8 | account |
unauthorized payment    | scam:problem | 0.8  | account |
unauthorized access     | scam:problem | 0.65 | account |
suspicious transaction  | scam:problem | 0.75 | account |
suspicious payment      | scam:problem | 0.75 | account |
new payee               | scam:problem | 0.7  | account |
payment to a new payee  | scam:problem | 0.85 | account |
a new payee has been added | scam:problem | 0.85 | account |
new beneficiary         | scam:problem | 0.65 | account |
if this was not you     | scam:problem | 0.7  | account |
if this wasn't you      | scam:problem | 0.7  | account |
if you did not make this | scam:problem | 0.75 | account |
if you did not authorize | scam:problem | 0.75 | account |
if you did not request  | scam:problem | 0.55 | account |
if you don't recognize  | scam:problem | 0.6  | account |
did you make this purchase | scam:problem | 0.7 | account |
did you attempt         | scam:problem | 0.6  | account |
verification required   | scam:problem | 0.7  | account |
verification is required | scam:problem | 0.7 | account |
account verification    | scam:problem | 0.6  | account |
identity verification   | scam:problem | 0.5  | account |
kyc update              | scam:problem | 0.75 | account |
kyc verification        | scam:problem | 0.75 | account |
kyc                     | scam:problem | 0.5  | account |
ekyc                    | scam:problem | 0.55 | account |
billing problem         | scam:problem | 0.7  | account |
billing issue           | scam:problem | 0.65 | account |
payment declined        | scam:problem | 0.6  | account |
payment failed          | scam:problem | 0.55 | account |
payment was declined    | scam:problem | 0.65 | account |
unable to process your payment | scam:problem | 0.75 | account |
we could not process your payment | scam:problem | 0.75 | account |
direct debit failed     | scam:problem | 0.65 | account |
subscription has expired | scam:problem | 0.65 | account |
your subscription has expired | scam:problem | 0.75 | account |
subscription expired    | scam:problem | 0.6  | account |
membership has expired  | scam:problem | 0.6  | account |
password has expired    | scam:problem | 0.7  | account |
password expires        | scam:problem | 0.6  | account |
mailbox is full         | scam:problem | 0.65 | account |
storage is full         | scam:problem | 0.55 | account |
icloud storage is full  | scam:problem | 0.7  | account |
your device is infected | scam:problem | 0.85 | account |
your computer is infected | scam:problem | 0.85 | account |
virus detected          | scam:problem | 0.75 | account |
security breach         | scam:problem | 0.5  | account |
data breach             | scam:problem | 0.4  | account |
violated our community standards | scam:problem | 0.7 | account |
violating our terms     | scam:problem | 0.6  | account |
copyright infringement  | scam:problem | 0.55 | account |
your page will be       | scam:problem | 0.55 | account |
your page has been      | scam:problem | 0.55 | account |
sim card will be blocked | scam:problem | 0.8 | account |
your sim will be        | scam:problem | 0.6  | account |
can't access my bank    | scam:problem | 0.65 | account |
cant access my bank     | scam:problem | 0.65 | account |
can't access my banking | scam:problem | 0.7  | account |
my phone broke          | scam:problem | 0.5  | account |
dropped my phone        | scam:problem | 0.5  | account |
lost my phone           | scam:problem | 0.45 | account |
my phone is broken      | scam:problem | 0.5  | account |

# ---- parcel ----
re:\bparcel (is |has been |was )?(currently )?(on hold|held|suspended|undeliverable|returned)\b | scam:problem | 0.75 | parcel |
re:\bpackage (is |has been |was )?(currently )?(on hold|held|suspended|undeliverable|returned)\b | scam:problem | 0.75 | parcel |
re:\bshipment (is |has been |was )?(currently )?(on hold|held|suspended|undeliverable|returned)\b | scam:problem | 0.75 | parcel |
re:\bdelivery (has |was |is )?(failed|unsuccessful|suspended|on hold)\b | scam:problem | 0.75 | parcel |
re:\b(could not|couldn't|cannot|can't|was unable to|were unable to) be delivered\b | scam:problem | 0.8 | parcel |
your parcel             | scam:problem | 0.4  | parcel |
your package            | scam:problem | 0.4  | parcel |
your shipment           | scam:problem | 0.4  | parcel |
held at our depot       | scam:problem | 0.8  | parcel |
held at our warehouse   | scam:problem | 0.8  | parcel |
held at customs         | scam:problem | 0.8  | parcel |
held by customs         | scam:problem | 0.8  | parcel |
delivery failed         | scam:problem | 0.8  | parcel |
failed delivery         | scam:problem | 0.75 | parcel |
delivery attempt failed | scam:problem | 0.85 | parcel |
delivery was unsuccessful | scam:problem | 0.8 | parcel |
unsuccessful delivery   | scam:problem | 0.75 | parcel |
we missed you           | scam:problem | 0.5  | parcel |
unable to deliver       | scam:problem | 0.8  | parcel |
incomplete address      | scam:problem | 0.8  | parcel |
address is incomplete   | scam:problem | 0.85 | parcel |
incorrect address       | scam:problem | 0.65 | parcel |
invalid address         | scam:problem | 0.7  | parcel |
address information is incomplete | scam:problem | 0.85 | parcel |
unpaid shipping         | scam:problem | 0.75 | parcel |
unpaid customs          | scam:problem | 0.75 | parcel |
customs duty            | scam:problem | 0.5  | parcel |
import duty             | scam:problem | 0.5  | parcel |
reschedule your delivery | scam:problem | 0.65 | parcel |
reschedule delivery     | scam:problem | 0.6  | parcel |
redelivery              | scam:problem | 0.6  | parcel |
pending delivery        | scam:problem | 0.5  | parcel |
awaiting delivery       | scam:problem | 0.45 | parcel |
awaiting your confirmation | scam:problem | 0.5 | parcel |

# ---- refund, rebate, aid ----
tax refund              | scam:problem | 0.8  | refund |
tax rebate              | scam:problem | 0.8  | refund |
tax return refund       | scam:problem | 0.8  | refund |
eligible for a refund   | scam:problem | 0.8  | refund |
eligible for a tax refund | scam:problem | 0.9 | refund |
you are eligible        | scam:problem | 0.5  | refund |
you are entitled to     | scam:problem | 0.5  | refund |
pending refund          | scam:problem | 0.75 | refund |
unclaimed refund        | scam:problem | 0.8  | refund |
unclaimed funds         | scam:problem | 0.7  | refund |
refund has been approved | scam:problem | 0.8 | refund |
refund of               | scam:problem | 0.4  | refund |
you have been overcharged | scam:problem | 0.7 | refund |
overpayment             | scam:problem | 0.55 | refund |
energy rebate           | scam:problem | 0.75 | refund |
energy bill discount    | scam:problem | 0.7  | refund |
cost of living payment  | scam:problem | 0.55 | refund |
stimulus payment        | scam:problem | 0.6  | refund |
stimulus check          | scam:problem | 0.7  | refund |
government grant        | scam:problem | 0.55 | refund |
cash aid                | scam:problem | 0.5  | refund |
cash assistance         | scam:problem | 0.55 | refund |
financial assistance    | scam:problem | 0.45 | refund |
subsidy                 | scam:problem | 0.4  | refund |
compensation payment    | scam:problem | 0.6  | refund |
accidentally refunded   | scam:problem | 0.75 | refund |
refunded you too much   | scam:problem | 0.8  | refund |
sent you too much       | scam:problem | 0.7  | refund |
sent to you by mistake  | scam:problem | 0.65 | refund |

# ---- prize ----
you have won            | scam:problem | 0.85 | prize |
you've won              | scam:problem | 0.8  | prize |
you won                 | scam:problem | 0.5  | prize |
lucky winner            | scam:problem | 0.8  | prize |
selected as a winner    | scam:problem | 0.85 | prize |
you have been selected  | scam:problem | 0.65 | prize |
you have been chosen    | scam:problem | 0.6  | prize |
congratulations         | scam:problem | 0.3  | prize |
winner                  | scam:problem | 0.35 | prize |
free gift               | scam:problem | 0.55 | prize |
giveaway                | scam:problem | 0.4  | prize |
claim your reward       | scam:problem | 0.75 | prize |
claim your prize        | scam:problem | 0.8  | prize |
claim your gift         | scam:problem | 0.7  | prize |
exclusive reward        | scam:problem | 0.6  | prize |
loyalty reward          | scam:problem | 0.6  | prize |
customer reward         | scam:problem | 0.6  | prize |
reward points           | scam:problem | 0.5  | prize |
your points             | scam:problem | 0.45 | prize |
points will expire      | scam:problem | 0.75 | prize |
points are expiring     | scam:problem | 0.75 | prize |
cash prize              | scam:problem | 0.7  | prize |
lottery                 | scam:problem | 0.4  | prize |
sweepstakes             | scam:problem | 0.6  | prize |
lucky draw              | scam:problem | 0.6  | prize |
gift card               | scam:problem | 0.4  | prize |
survey reward           | scam:problem | 0.6  | prize |
free iphone             | scam:problem | 0.7  | prize |
mystery box             | scam:problem | 0.5  | prize |

# ---- jobs ----
part-time job           | scam:problem | 0.45 | job |
part time job           | scam:problem | 0.45 | job |
part-time position      | scam:problem | 0.45 | job |
work from home          | scam:problem | 0.4  | job |
remote job              | scam:problem | 0.35 | job |
daily salary            | scam:problem | 0.6  | job |
daily pay               | scam:problem | 0.5  | job |
paid daily              | scam:problem | 0.5  | job |
simple tasks            | scam:problem | 0.6  | job |
online tasks            | scam:problem | 0.6  | job |
like and review         | scam:problem | 0.7  | job |
like and follow         | scam:problem | 0.6  | job |
rate products           | scam:problem | 0.6  | job |
optimize products       | scam:problem | 0.7  | job |
app optimization        | scam:problem | 0.65 | job |
data optimization       | scam:problem | 0.65 | job |
boost sales             | scam:problem | 0.45 | job |
merchant tasks          | scam:problem | 0.75 | job |
prepaid task*           | scam:problem | 0.85 | job |
commission task*        | scam:problem | 0.7  | job |
earn commission         | scam:problem | 0.5  | job |
you have been shortlisted | scam:problem | 0.6 | job |
we saw your resume      | scam:problem | 0.6  | job |
we have reviewed your resume | scam:problem | 0.6 | job |
your resume             | scam:problem | 0.4  | job |
your cv                 | scam:problem | 0.4  | job |
no experience needed    | scam:problem | 0.45 | job |
no experience required  | scam:problem | 0.45 | job |
flexible hours          | scam:problem | 0.35 | job |
earn extra income       | scam:problem | 0.5  | job |
extra income            | scam:problem | 0.4  | job |
mystery shopper         | scam:problem | 0.6  | job |
reshipping              | scam:problem | 0.7  | job |

# ---- investment ----
guaranteed returns      | scam:problem | 0.85 | investment |
guaranteed return       | scam:problem | 0.85 | investment |
guaranteed profit*      | scam:problem | 0.85 | investment |
high returns            | scam:problem | 0.6  | investment |
risk-free               | scam:problem | 0.55 | investment |
risk free               | scam:problem | 0.55 | investment |
double your money       | scam:problem | 0.9  | investment |
double your investment  | scam:problem | 0.9  | investment |
daily profit*           | scam:problem | 0.7  | investment |
daily returns           | scam:problem | 0.7  | investment |
passive income          | scam:problem | 0.4  | investment |
trading signals         | scam:problem | 0.55 | investment |
crypto investment       | scam:problem | 0.5  | investment |
investment opportunity  | scam:problem | 0.5  | investment |
100% profit             | scam:problem | 0.75 | investment |
withdraw your profit*   | scam:problem | 0.6  | investment |
your profits are ready  | scam:problem | 0.75 | investment |
airdrop                 | scam:problem | 0.45 | investment |
recover your lost funds | scam:problem | 0.8  | investment |
recover your funds      | scam:problem | 0.7  | investment |

# ---- loans ----
instant loan            | scam:problem | 0.7  | loan |
pre-approved loan       | scam:problem | 0.75 | loan |
loan approved           | scam:problem | 0.6  | loan |
your loan has been approved | scam:problem | 0.8 | loan |
your loan is approved   | scam:problem | 0.8  | loan |
no credit check         | scam:problem | 0.75 | loan |
bad credit ok           | scam:problem | 0.7  | loan |
guaranteed loan         | scam:problem | 0.8  | loan |
loan without collateral | scam:problem | 0.65 | loan |
low interest loan       | scam:problem | 0.5  | loan |
quick loan              | scam:problem | 0.55 | loan |
fast cash               | scam:problem | 0.45 | loan |
debt relief             | scam:problem | 0.5  | loan |
student loan forgiveness | scam:problem | 0.6 | loan |
overdue loan            | scam:problem | 0.5  | loan |
outstanding balance     | scam:problem | 0.45 | loan |
overdue payment         | scam:problem | 0.55 | loan |
unpaid invoice          | scam:problem | 0.5  | loan |

# ---- romance ----
i fell in love with you | scam:problem | 0.6  | romance |
i have fallen in love   | scam:problem | 0.6  | romance |
my darling              | scam:problem | 0.3  | romance |
deployed in syria       | scam:problem | 0.7  | romance |
on a peacekeeping mission | scam:problem | 0.65 | romance |
working on an oil rig   | scam:problem | 0.65 | romance |
offshore oil rig        | scam:problem | 0.6  | romance |
money for my flight     | scam:problem | 0.75 | romance |
pay for my ticket       | scam:problem | 0.65 | romance |
money for my visa       | scam:problem | 0.7  | romance |
stuck at the airport    | scam:problem | 0.6  | romance |
i sent you a gift       | scam:problem | 0.6  | romance |
i want to come and see you | scam:problem | 0.5 | romance |
we can be together      | scam:problem | 0.35 | romance |

# ---- legal ----
arrest warrant          | scam:problem | 0.4  | legal |
warrant for your arrest | scam:problem | 0.9  | legal |
warrant has been issued | scam:problem | 0.85 | legal |
court summons           | scam:problem | 0.55 | legal |
summons                 | scam:problem | 0.35 | legal |
lawsuit                 | scam:problem | 0.3  | legal |
missed jury duty        | scam:problem | 0.85 | legal |
jury duty               | scam:problem | 0.45 | legal |
unpaid taxes            | scam:problem | 0.45 | legal |
back taxes              | scam:problem | 0.45 | legal |
tax evasion             | scam:problem | 0.4  | legal |
money laundering        | scam:problem | 0.35 | legal |
your social security number has been suspended | scam:problem | 0.95 | legal |
social security number has been suspended | scam:problem | 0.95 | legal |
ssn has been suspended  | scam:problem | 0.9  | legal |
ssn suspended           | scam:problem | 0.85 | legal |
your identity has been used | scam:problem | 0.75 | legal |
identity has been stolen | scam:problem | 0.6 | legal |
illegal items           | scam:problem | 0.5  | legal |
containing drugs        | scam:problem | 0.6  | legal |
parcel containing       | scam:problem | 0.55 | legal |
package containing illegal | scam:problem | 0.85 | legal |
traffic violation       | scam:problem | 0.45 | legal |
unpaid fine             | scam:problem | 0.7  | legal |
outstanding fine        | scam:problem | 0.7  | legal |
penalty charge notice   | scam:problem | 0.7  | legal |
parking fine            | scam:problem | 0.5  | legal |
speeding fine           | scam:problem | 0.55 | legal |
unpaid toll             | scam:problem | 0.8  | legal |
outstanding toll        | scam:problem | 0.8  | legal |
toll balance            | scam:problem | 0.65 | legal |
toll violation          | scam:problem | 0.75 | legal |
criminal case           | scam:problem | 0.3  | legal |
under investigation     | scam:problem | 0.3  | legal |
involved in a case      | scam:problem | 0.75 | legal |
involved in money laundering | scam:problem | 0.9 | legal |
case number             | scam:problem | 0.3  | legal |

# ---- voicemail, missed calls ----
you have a new voicemail | scam:problem | 0.8 | voicemail |
new voicemail           | scam:problem | 0.6  | voicemail |
voicemail               | scam:problem | 0.35 | voicemail |
new voice message       | scam:problem | 0.65 | voicemail |
you have a voice message | scam:problem | 0.7 | voicemail |
you have 1 new message  | scam:problem | 0.55 | voicemail |
missed call             | scam:problem | 0.35 | voicemail |
listen to your voicemail | scam:problem | 0.75 | voicemail |
unread message          | scam:problem | 0.4  | voicemail |

# ---- fees ----
need money urgently     | scam:problem | 0.6  | fee |
i need money            | scam:problem | 0.4  | fee |
urgent bill             | scam:problem | 0.55 | fee |
a bill to pay           | scam:problem | 0.5  | fee |
i'm in trouble          | scam:problem | 0.4  | fee |
had an accident         | scam:problem | 0.4  | fee |
emergency               | scam:problem | 0.3  | fee |
delivery fee            | scam:problem | 0.45 | fee |
redelivery fee          | scam:problem | 0.75 | fee |
customs fee*            | scam:problem | 0.7  | fee |
clearance fee           | scam:problem | 0.8  | fee |
release fee             | scam:problem | 0.85 | fee |
processing fee          | scam:problem | 0.6  | fee |
small fee               | scam:problem | 0.6  | fee |
shipping fee            | scam:problem | 0.4  | fee |
handling fee            | scam:problem | 0.55 | fee |
admin fee               | scam:problem | 0.45 | fee |
withdrawal fee          | scam:problem | 0.7  | fee |
unlock fee              | scam:problem | 0.75 | fee |
activation fee          | scam:problem | 0.6  | fee |
registration fee        | scam:problem | 0.5  | fee |
verification fee        | scam:problem | 0.75 | fee |
insurance fee           | scam:problem | 0.6  | fee |
transfer fee            | scam:problem | 0.45 | fee |
upgrade fee             | scam:problem | 0.65 | fee |
tax on your winnings    | scam:problem | 0.85 | fee |
tax on the prize        | scam:problem | 0.85 | fee |
anti-money laundering fee | scam:problem | 0.9 | fee |
security deposit        | scam:problem | 0.45 | fee |
unpaid bill             | scam:problem | 0.5  | fee |
outstanding payment     | scam:problem | 0.5  | fee |
amount due              | scam:problem | 0.35 | fee |

# ======================================================================= pressure
# ---- deadlines ----
re:\bwithin (the next )?\d{1,2} ?(hours|hour|hrs|hr|h|minutes|mins)\b | scam:pressure | 0.75 | deadline |
within 24 hours         | scam:pressure | 0.8  | deadline |
24 hours                | scam:pressure | 0.4  | deadline |
today                   | scam:pressure | 0.2  | deadline |
by today                | scam:pressure | 0.5  | deadline |
by end of day           | scam:pressure | 0.5  | deadline |
before midnight         | scam:pressure | 0.5  | deadline |
immediately             | scam:pressure | 0.5  | deadline |
urgent                  | scam:pressure | 0.45 | deadline |
urgently                | scam:pressure | 0.45 | deadline |
asap                    | scam:pressure | 0.35 | deadline |
right away              | scam:pressure | 0.35 | deadline |
as soon as possible     | scam:pressure | 0.35 | deadline |
act now                 | scam:pressure | 0.6  | deadline |
act fast                | scam:pressure | 0.5  | deadline |
final notice            | scam:pressure | 0.75 | deadline |
final reminder          | scam:pressure | 0.65 | deadline |
final warning           | scam:pressure | 0.75 | deadline |
last warning            | scam:pressure | 0.7  | deadline |
last chance             | scam:pressure | 0.45 | deadline |
expires today           | scam:pressure | 0.65 | deadline |
expires soon            | scam:pressure | 0.5  | deadline |
will expire             | scam:pressure | 0.5  | deadline |
time-sensitive          | scam:pressure | 0.55 | deadline |
time sensitive          | scam:pressure | 0.55 | deadline |
limited time            | scam:pressure | 0.4  | deadline |
don't delay             | scam:pressure | 0.5  | deadline |
immediate action        | scam:pressure | 0.7  | deadline |
action required         | scam:pressure | 0.6  | deadline |
urgent action required  | scam:pressure | 0.8  | deadline |
respond immediately     | scam:pressure | 0.7  | deadline |
respond within          | scam:pressure | 0.6  | deadline |
only a few hours left   | scam:pressure | 0.6  | deadline |

# ---- threats ----
re:\bwill be (permanently |temporarily )?(suspended|closed|deactivated|disabled|locked|blocked|terminated|deleted|destroyed|cancelled|frozen|restricted)\b | scam:pressure | 0.7 | threat |
permanently blocked     | scam:pressure | 0.8  | threat |
permanently deleted     | scam:pressure | 0.65 | threat |
returned to sender      | scam:pressure | 0.6  | threat |
returned to the sender  | scam:pressure | 0.6  | threat |
legal action            | scam:pressure | 0.7  | threat |
legal proceedings       | scam:pressure | 0.65 | threat |
will be arrested        | scam:pressure | 0.85 | threat |
you will be arrested    | scam:pressure | 0.9  | threat |
police will come        | scam:pressure | 0.8  | threat |
officers will be sent   | scam:pressure | 0.8  | threat |
you will be charged     | scam:pressure | 0.5  | threat |
additional charges      | scam:pressure | 0.5  | threat |
late fee*               | scam:pressure | 0.4  | threat |
failure to comply       | scam:pressure | 0.7  | threat |
failure to respond      | scam:pressure | 0.7  | threat |
failure to do so        | scam:pressure | 0.6  | threat |
or your account will    | scam:pressure | 0.8  | threat |
otherwise your account  | scam:pressure | 0.75 | threat |
to avoid suspension     | scam:pressure | 0.8  | threat |
to avoid penalties      | scam:pressure | 0.7  | threat |
to avoid further charges | scam:pressure | 0.7 | threat |
to avoid disconnection  | scam:pressure | 0.75 | threat |
service will be disconnected | scam:pressure | 0.75 | threat |
will be disconnected    | scam:pressure | 0.65 | threat |
lose access             | scam:pressure | 0.6  | threat |
your funds will be lost | scam:pressure | 0.75 | threat |
will be forfeited       | scam:pressure | 0.7  | threat |

# ---- secrecy ----
don't tell anyone       | scam:pressure | 0.75 | secrecy |
don’t tell anyone       | scam:pressure | 0.75 | secrecy |
do not tell anyone      | scam:pressure | 0.75 | secrecy |
keep this confidential  | scam:pressure | 0.7  | secrecy |
keep this between us    | scam:pressure | 0.8  | secrecy |
between you and me      | scam:pressure | 0.45 | secrecy |
keep this a secret      | scam:pressure | 0.7  | secrecy |
don't tell the bank     | scam:pressure | 0.9  | secrecy |
do not tell the bank    | scam:pressure | 0.9  | secrecy |
do not inform the bank  | scam:pressure | 0.9  | secrecy |
don't tell your family  | scam:pressure | 0.85 | secrecy |
if the bank asks        | scam:pressure | 0.8  | secrecy |
strictly confidential   | scam:pressure | 0.55 | secrecy |
do not discuss this     | scam:pressure | 0.7  | secrecy |
gag order               | scam:pressure | 0.8  | secrecy |
do not hang up          | scam:pressure | 0.7  | secrecy |
don't hang up           | scam:pressure | 0.7  | secrecy |
stay on the line        | scam:pressure | 0.55 | secrecy |

# ======================================================================= actions
# ---- links ----
click the link          | scam:action | 0.7  | link |
click on the link       | scam:action | 0.7  | link |
click this link         | scam:action | 0.7  | link |
click the link below    | scam:action | 0.75 | link |
click here              | scam:action | 0.55 | link |
click below             | scam:action | 0.5  | link |
tap the link            | scam:action | 0.7  | link |
tap here                | scam:action | 0.5  | link |
follow the link         | scam:action | 0.6  | link |
open the link           | scam:action | 0.65 | link |
via the link            | scam:action | 0.55 | link |
using the link          | scam:action | 0.55 | link |
link below              | scam:action | 0.5  | link |
visit our website       | scam:action | 0.35 | link |
visit                   | scam:action | 0.2  | link |
click                   | scam:action | 0.25 | link |
log in to your account  | scam:action | 0.5  | link |
log in here             | scam:action | 0.6  | link |
log in                  | scam:action | 0.3  | link |
confirm here            | scam:action | 0.6  | link |
verify here             | scam:action | 0.7  | link |
verify now              | scam:action | 0.65 | link |
claim now               | scam:action | 0.6  | link |
claim here              | scam:action | 0.65 | link |
update here             | scam:action | 0.65 | link |
update now              | scam:action | 0.5  | link |
pay here                | scam:action | 0.65 | link |
reschedule here         | scam:action | 0.65 | link |
track your parcel       | scam:action | 0.4  | link |
scan the qr code        | scam:action | 0.55 | link |
scan the qr             | scam:action | 0.55 | link |

# ---- calls ----
call us                 | scam:action | 0.4  | call |
call us now             | scam:action | 0.55 | call |
call this number        | scam:action | 0.6  | call |
call the number below   | scam:action | 0.65 | call |
call immediately        | scam:action | 0.65 | call |
call back               | scam:action | 0.3  | call |
call our                | scam:action | 0.45 | call |
call the helpline       | scam:action | 0.45 | call |
press 1                 | scam:action | 0.7  | call |
press 9                 | scam:action | 0.6  | call |
press one               | scam:action | 0.6  | call |
ring us                 | scam:action | 0.45 | call |
dial                    | scam:action | 0.3  | call |
call                    | scam:action | 0.2  | call |

# ---- apps and remote access ----
download the app        | scam:action | 0.5  | app |
install the app         | scam:action | 0.5  | app |
download                | scam:action | 0.3  | app |
install                 | scam:action | 0.3  | app |
apk                     | scam:action | 0.7  | app |
anydesk                 | scam:action | 0.85 | app |
teamviewer              | scam:action | 0.8  | app |
quicksupport            | scam:action | 0.85 | app |
rustdesk                | scam:action | 0.8  | app |
ultraviewer             | scam:action | 0.8  | app |
screen share            | scam:action | 0.6  | app |
screen sharing          | scam:action | 0.6  | app |
share your screen       | scam:action | 0.7  | app |
remote access           | scam:action | 0.6  | app |
allow unknown sources   | scam:action | 0.8  | app |
install unknown apps    | scam:action | 0.8  | app |
enable accessibility    | scam:action | 0.7  | app |

# ---- payments and transfers ----
help me pay             | scam:action | 0.65 | transfer |
pay a bill for me       | scam:action | 0.7  | transfer |
pay this bill           | scam:action | 0.5  | transfer |
can you send me         | scam:action | 0.5  | transfer |
send me money           | scam:action | 0.6  | transfer |
transfer me             | scam:action | 0.55 | transfer |
i'll pay you back       | scam:action | 0.5  | transfer |
pay you back            | scam:action | 0.45 | transfer |
lend me                 | scam:action | 0.45 | transfer |
transfer                | scam:action | 0.3  | transfer |
wire transfer           | scam:action | 0.45 | transfer |
send money              | scam:action | 0.45 | transfer |
pay now                 | scam:action | 0.55 | transfer |
make a payment          | scam:action | 0.45 | transfer |
make payment            | scam:action | 0.45 | transfer |
deposit                 | scam:action | 0.3  | transfer |
top up                  | scam:action | 0.3  | transfer |
pay the fee             | scam:action | 0.7  | transfer |
pay a small fee         | scam:action | 0.8  | transfer |
settle the payment      | scam:action | 0.55 | transfer |
settle your             | scam:action | 0.45 | transfer |
transfer to a safe account | scam:action | 0.95 | transfer |
safe account            | scam:action | 0.85 | transfer |
secure account          | scam:action | 0.55 | transfer |
move your money         | scam:action | 0.75 | transfer |
move your funds         | scam:action | 0.75 | transfer |
move your savings       | scam:action | 0.8  | transfer |
buy gift cards          | scam:action | 0.85 | transfer |
buy a gift card         | scam:action | 0.8  | transfer |
itunes card*            | scam:action | 0.7  | transfer |
google play card*       | scam:action | 0.65 | transfer |
steam card*             | scam:action | 0.55 | transfer |
bitcoin atm             | scam:action | 0.85 | transfer |
western union           | scam:action | 0.45 | transfer |
moneygram               | scam:action | 0.45 | transfer |
send btc                | scam:action | 0.5  | transfer |
usdt                    | scam:action | 0.35 | transfer |
pay via                 | scam:action | 0.4  | transfer |
zelle me                | scam:action | 0.55 | transfer |
send it to this account | scam:action | 0.75 | transfer |
to this account         | scam:action | 0.45 | transfer |

# ---- codes ----
otp                     | scam:action | 0.5  | code |
one-time password       | scam:action | 0.5  | code |
verification code       | scam:action | 0.5  | code |
6-digit code            | scam:action | 0.6  | code |
share the code          | scam:action | 0.8  | code |
send me the code        | scam:action | 0.85 | code |
send the code           | scam:action | 0.75 | code |
read me the code        | scam:action | 0.85 | code |
give me the code        | scam:action | 0.8  | code |
tell me the code        | scam:action | 0.8  | code |
the code we sent        | scam:action | 0.7  | code |
code sent to your phone | scam:action | 0.65 | code |
your pin                | scam:action | 0.55 | code |
pin number              | scam:action | 0.45 | code |
your password           | scam:action | 0.5  | code |
tac code                | scam:action | 0.6  | code |
tac                     | scam:action | 0.4  | code |
security code           | scam:action | 0.45 | code |
cvv                     | scam:action | 0.7  | code |
seed phrase             | scam:action | 0.8  | code |
recovery phrase         | scam:action | 0.8  | code |
private key             | scam:action | 0.55 | code |
2fa code                | scam:action | 0.7  | code |
authentication code     | scam:action | 0.55 | code |

# ---- details ----
update your details     | scam:action | 0.7  | details |
update your information | scam:action | 0.65 | details |
update your account     | scam:action | 0.6  | details |
update your payment     | scam:action | 0.7  | details |
verify your account     | scam:action | 0.7  | details |
verify your identity    | scam:action | 0.6  | details |
verify your details     | scam:action | 0.7  | details |
confirm your details    | scam:action | 0.7  | details |
confirm your identity   | scam:action | 0.55 | details |
confirm your address    | scam:action | 0.6  | details |
update your address     | scam:action | 0.6  | details |
enter your card details | scam:action | 0.8  | details |
card details            | scam:action | 0.55 | details |
card number             | scam:action | 0.5  | details |
bank details            | scam:action | 0.55 | details |
banking details         | scam:action | 0.6  | details |
billing information     | scam:action | 0.55 | details |
payment details         | scam:action | 0.5  | details |
login details           | scam:action | 0.6  | details |
login credentials       | scam:action | 0.6  | details |
personal details        | scam:action | 0.4  | details |
mother's maiden name    | scam:action | 0.7  | details |
social security number  | scam:action | 0.5  | details |
ic number               | scam:action | 0.5  | details |
nric                    | scam:action | 0.5  | details |
photo of your id        | scam:action | 0.6  | details |
selfie with your id     | scam:action | 0.7  | details |
fill in the form        | scam:action | 0.45 | details |
fill out the form       | scam:action | 0.45 | details |
complete the form       | scam:action | 0.45 | details |
update                  | scam:action | 0.3  | details |

# ---- replies and contact ----
reply yes               | scam:action | 0.6  | contact |
reply y                 | scam:action | 0.5  | contact |
reply with              | scam:action | 0.45 | contact |
reply to this message   | scam:action | 0.45 | contact |
text back               | scam:action | 0.4  | contact |
reply                   | scam:action | 0.2  | contact |
whatsapp us             | scam:action | 0.6  | contact |
whatsapp me             | scam:action | 0.55 | contact |
contact us on whatsapp  | scam:action | 0.65 | contact |
contact us on telegram  | scam:action | 0.7  | contact |
message me on telegram  | scam:action | 0.7  | contact |
telegram                | scam:action | 0.3  | contact |
contact our agent       | scam:action | 0.55 | contact |
contact customer service | scam:action | 0.45 | contact |
contact us              | scam:action | 0.3  | contact |
dm me                   | scam:action | 0.35 | contact |
inbox me                | scam:action | 0.4  | contact |
text me                 | scam:action | 0.3  | contact |
wa.me                   | scam:action | 0.55 | contact |
t.me                    | scam:action | 0.5  | contact |

# ======================================================================= awareness and advice
beware of               | scam:aware |  |  |
beware                  | scam:aware |  |  |
scam alert              | scam:aware |  |  |
scam warning            | scam:aware |  |  |
is a scam               | scam:aware |  |  |
this is a scam          | scam:aware |  |  |
it's a scam             | scam:aware |  |  |
it’s a scam             | scam:aware |  |  |
scammers                | scam:aware |  |  |
phishing                | scam:aware |  |  |
smishing                | scam:aware |  |  |
vishing                 | scam:aware |  |  |
watch out for           | scam:aware |  |  |
be careful of           | scam:aware |  |  |
be wary of              | scam:aware |  |  |
stay vigilant           | scam:aware |  |  |
stay alert              | scam:aware |  |  |
never share             | scam:aware |  |  |
never give              | scam:aware |  |  |
never click             | scam:aware |  |  |
will never ask          | scam:aware |  |  |
we will never ask       | scam:aware |  |  |
never ask you           | scam:aware |  |  |
do not click            | scam:aware |  |  |
don't click             | scam:aware |  |  |
do not share            | scam:aware |  |  |
don't share             | scam:aware |  |  |
if in doubt             | scam:aware |  |  |
fake message            | scam:aware |  |  |
fake text               | scam:aware |  |  |
fake sms                | scam:aware |  |  |
fake email              | scam:aware |  |  |
fake website            | scam:aware |  |  |
impersonating           | scam:aware |  |  |
pretending to be        | scam:aware |  |  |
posing as               | scam:aware |  |  |
common scam             | scam:aware |  |  |
new scam                | scam:aware |  |  |
latest scam             | scam:aware |  |  |
scam awareness          | scam:aware |  |  |
got scammed             | scam:aware |  |  |
is this legit           | scam:aware |  |  |
is this a scam          | scam:aware |  |  |
is this real            | scam:aware |  |  |
anyone else get         | scam:aware |  |  |
got this text           | scam:aware |  |  |
got this message        | scam:aware |  |  |
received this message   | scam:aware |  |  |
block the number        | scam:aware |  |  |
report it to            | scam:aware |  |  |
report phishing         | scam:aware |  |  |
forward it to 7726      | scam:aware |  |  |
7726                    | scam:aware |  |  |
action fraud            | scam:aware |  |  |
scamwatch               | scam:aware |  |  |
hang up and call        | scam:aware |  |  |
just hang up            | scam:aware |  |  |
