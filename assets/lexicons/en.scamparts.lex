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


# ---- added 2026-12: senders seen across the development reports, written generally ----
# banks and fraud desks
chase                   | scam:sender | 0.45 | bank |
commonwealth bank       | scam:sender | 0.85 | bank |
re:\bwestpac\b          | scam:sender | 0.85 | bank |
anz bank                | scam:sender | 0.8  | bank |
national australia bank | scam:sender | 0.85 | bank |
halifax                 | scam:sender | 0.55 | bank |
lloyds                  | scam:sender | 0.6  | bank |
nationwide building society | scam:sender | 0.85 | bank |
td bank                 | scam:sender | 0.8  | bank |
head office             | scam:sender | 0.45 | bank |
bank head office        | scam:sender | 0.65 | bank |
fraud desk              | scam:sender | 0.6  | bank |
fraud unit              | scam:sender | 0.6  | bank |
anti-fraud team         | scam:sender | 0.65 | bank |
# wallets and payment apps
re:\bwise\b             | scam:sender | 0.3  | wallet |
via wise                | scam:sender | 0.6  | wallet |
wise support            | scam:sender | 0.8  | wallet |
wise account            | scam:sender | 0.7  | wallet |
re:\btransferwise\b     | scam:sender | 0.85 | wallet |
re:\bpayoneer\b         | scam:sender | 0.75 | wallet |
re:\bskrill\b           | scam:sender | 0.75 | wallet |
re:\balipay\b           | scam:sender | 0.6  | wallet |
re:\bpaylah\b           | scam:sender | 0.75 | wallet |
maya                    | scam:sender | 0.35 | wallet |
bitcoin account         | scam:sender | 0.5  | wallet |
crypto account          | scam:sender | 0.5  | wallet |
crypto wallet           | scam:sender | 0.5  | wallet |
usdt wallet             | scam:sender | 0.55 | wallet |
# couriers
courier                 | scam:sender | 0.3  | courier |
courier here            | scam:sender | 0.6  | courier |
delivery driver         | scam:sender | 0.45 | courier |
delivery rider          | scam:sender | 0.45 | courier |
re:\byodel\b            | scam:sender | 0.7  | courier |
re:\bstartrack\b        | scam:sender | 0.75 | courier |
re:\bpurolator\b        | scam:sender | 0.8  | courier |
spx express             | scam:sender | 0.85 | courier |
jrs express             | scam:sender | 0.85 | courier |
2go express             | scam:sender | 0.8  | courier |
re:\bentrego\b          | scam:sender | 0.75 | courier |
gogo xpress             | scam:sender | 0.75 | courier |
# government, tax, courts and regulators
iras                    | scam:sender | 0.85 | government |
hm revenue              | scam:sender | 0.85 | government |
revenue & customs       | scam:sender | 0.8  | government |
revenue and customs     | scam:sender | 0.8  | government |
the ato                 | scam:sender | 0.6  | government |
re:\bmygov\b            | scam:sender | 0.7  | government |
re:\bcentrelink\b       | scam:sender | 0.8  | government |
services australia      | scam:sender | 0.75 | government |
service nsw             | scam:sender | 0.75 | government |
singpass                | scam:sender | 0.75 | government |
cpf board               | scam:sender | 0.75 | government |
gov notice              | scam:sender | 0.6  | government |
government notice       | scam:sender | 0.6  | government |
official notice         | scam:sender | 0.45 | government |
court                   | scam:sender | 0.35 | government |
courts                  | scam:sender | 0.4  | government |
magistrates             | scam:sender | 0.5  | government |
jury office             | scam:sender | 0.6  | government |
tribunal                | scam:sender | 0.4  | government |
fcc                     | scam:sender | 0.7  | government |
federal communications commission | scam:sender | 0.85 | government |
acma                    | scam:sender | 0.75 | government |
re:\bofcom\b            | scam:sender | 0.7  | government |
imda                    | scam:sender | 0.7  | government |
mcmc                    | scam:sender | 0.75 | government |
customs officer         | scam:sender | 0.55 | government |
# police and investigators ("Action Fraud" is also impersonated: a sender, not awareness)
action fraud            | scam:sender | 0.6  | police |
police force            | scam:sender | 0.6  | police |
singapore police        | scam:sender | 0.8  | police |
australian federal police | scam:sender | 0.85 | police |
national crime agency   | scam:sender | 0.8  | police |
commercial affairs department | scam:sender | 0.8 | police |
investigating officer   | scam:sender | 0.6  | police |
investigation officer   | scam:sender | 0.6  | police |
financial crimes unit   | scam:sender | 0.65 | police |
financial crime unit    | scam:sender | 0.65 | police |
crime unit              | scam:sender | 0.5  | police |
federal agent           | scam:sender | 0.6  | police |
federal police          | scam:sender | 0.7  | police |
fraud squad             | scam:sender | 0.6  | police |
officer                 | scam:sender | 0.3  | police |
cicc                    | scam:sender | 0.6  | police |
amlc                    | scam:sender | 0.7  | government |
# platforms: chat apps, search, dating apps, shops
whatsapp                | scam:sender | 0.35 | platform |
re:\bmessenger\b        | scam:sender | 0.3  | platform |
google                  | scam:sender | 0.35 | platform |
re:\btinder\b           | scam:sender | 0.4  | platform |
re:\bbumble\b           | scam:sender | 0.4  | platform |
on hinge                | scam:sender | 0.4  | platform |
facebook dating         | scam:sender | 0.5  | platform |
re:\bbadoo\b            | scam:sender | 0.4  | platform |
re:\bokcupid\b          | scam:sender | 0.4  | platform |
dating app              | scam:sender | 0.45 | platform |
dating site             | scam:sender | 0.45 | platform |
re:\btesco\b            | scam:sender | 0.55 | platform |
re:\bargos\b            | scam:sender | 0.55 | platform |
re:\bboots\b            | scam:sender | 0.3  | platform |
sainsbury's             | scam:sender | 0.55 | platform |
re:\basda\b             | scam:sender | 0.55 | platform |
re:\baldi\b             | scam:sender | 0.5  | platform |
re:\blidl\b             | scam:sender | 0.5  | platform |
re:\bwoolworths\b       | scam:sender | 0.55 | platform |
re:\bcoles\b            | scam:sender | 0.45 | platform |
re:\bkmart\b            | scam:sender | 0.5  | platform |
re:\bcurrys\b           | scam:sender | 0.55 | platform |
re:\bjollibee\b         | scam:sender | 0.5  | platform |
re:\babenson\b          | scam:sender | 0.55 | platform |
re:\bpuregold\b         | scam:sender | 0.5  | platform |
shopee mall             | scam:sender | 0.6  | platform |
lazmall                 | scam:sender | 0.6  | platform |
apple store             | scam:sender | 0.5  | platform |
amazon customer         | scam:sender | 0.7  | platform |
# telecoms
re:\btelstra\b          | scam:sender | 0.85 | telecom |
re:\boptus\b            | scam:sender | 0.85 | telecom |
o2                      | scam:sender | 0.5  | telecom |
three uk                | scam:sender | 0.8  | telecom |
re:\bconverge\b         | scam:sender | 0.5  | telecom |
# relatives: greetings to a parent or grandparent, "it's me", a new, work or borrowed number
re:\b(hi|hey|hello|hiya|helo)\W{0,2} ?(mum|mom|mummy|mommy|mam|ma|mama|dad|daddy|papa|grandma|grandpa|gran|granny|nan|nana|nanna|grandad|granddad)\b | scam:sender | 0.75 | relative |
re:\b(mum|mom|mummy|mommy|mam|ma|mama|dad|daddy|papa|pa|grandma|grandpa|gran|granny|nan|nana|grandad|granddad|auntie|aunty|uncle)\W{0,3} ?(it['’]?s|its|this is) me\b | scam:sender | 0.85 | relative |
it's me                 | scam:sender | 0.4  | relative |
it’s me                 | scam:sender | 0.4  | relative |
its me                  | scam:sender | 0.35 | relative |
your grandson           | scam:sender | 0.7  | relative |
your granddaughter      | scam:sender | 0.7  | relative |
your nephew             | scam:sender | 0.5  | relative |
your niece              | scam:sender | 0.5  | relative |
work number             | scam:sender | 0.55 | relative |
my work number          | scam:sender | 0.7  | relative |
new phone number        | scam:sender | 0.5  | relative |
save this one           | scam:sender | 0.5  | relative |
save my new number      | scam:sender | 0.8  | relative |
texting from            | scam:sender | 0.55 | relative |
friend's phone          | scam:sender | 0.55 | relative |
friend’s phone          | scam:sender | 0.55 | relative |
borrowed phone          | scam:sender | 0.6  | relative |
someone else's phone    | scam:sender | 0.6  | relative |
# someone who writes as a lover (weights under 0.5: the warning names the romance, not a relative)
my love                 | scam:sender | 0.45 | relative |
sweetheart              | scam:sender | 0.4  | relative |
my dear                 | scam:sender | 0.35 | relative |
hi dear                 | scam:sender | 0.4  | relative |
hey dear                | scam:sender | 0.4  | relative |
darling                 | scam:sender | 0.35 | relative |
babe                    | scam:sender | 0.3  | relative |
we matched              | scam:sender | 0.45 | relative |
been talking for        | scam:sender | 0.4  | relative |
we've been talking      | scam:sender | 0.4  | relative |
# recruiters and "employers"
our hr                  | scam:sender | 0.6  | employer |
hr team                 | scam:sender | 0.5  | employer |
our recruiter           | scam:sender | 0.55 | employer |
our company             | scam:sender | 0.35 | employer |
re:\b(passed|pasado|nakapasa)\b.{0,15}\b(screening|interview|evaluation|assessment|background check)\b | scam:sender | 0.5 | employer |
we pay you              | scam:sender | 0.45 | employer |
remote job              | scam:sender | 0.4  | employer |
wfh job                 | scam:sender | 0.4  | employer |
job offer               | scam:sender | 0.35 | employer |
hiring now              | scam:sender | 0.4  | employer |
we're hiring            | scam:sender | 0.35 | employer |
# lenders
loan                    | scam:sender | 0.3  | lender |
loans                   | scam:sender | 0.3  | lender |
lending                 | scam:sender | 0.4  | lender |
we lend                 | scam:sender | 0.55 | lender |
loan up to              | scam:sender | 0.5  | lender |
loan offer              | scam:sender | 0.5  | lender |
cash loan               | scam:sender | 0.45 | lender |
money lender            | scam:sender | 0.6  | lender |
moneylender             | scam:sender | 0.6  | lender |
our agent               | scam:sender | 0.4  | lender |
# investment: mentors, "professors", platforms, famous names used in fake endorsements
forex mentor            | scam:sender | 0.85 | investment |
stock mentor            | scam:sender | 0.8  | investment |
mentor                  | scam:sender | 0.4  | investment |
professor               | scam:sender | 0.35 | investment |
led by professor        | scam:sender | 0.6  | investment |
our platform            | scam:sender | 0.45 | investment |
trading group           | scam:sender | 0.5  | investment |
investment group        | scam:sender | 0.5  | investment |
vip group               | scam:sender | 0.45 | investment |
elon musk               | scam:sender | 0.45 | investment |
bill gates              | scam:sender | 0.45 | investment |
jeff bezos              | scam:sender | 0.45 | investment |
warren buffett          | scam:sender | 0.45 | investment |
mark zuckerberg         | scam:sender | 0.45 | investment |
martin lewis            | scam:sender | 0.45 | investment |
manny pacquiao          | scam:sender | 0.45 | investment |
# more official-sounding senders, chat apps the code "comes from", small telcos named in brackets
notice from             | scam:sender | 0.4  | government |
department of homeland security | scam:sender | 0.8 | government |
homeland security       | scam:sender | 0.7  | government |
re:\bato\b              | scam:sender | 0.45 | government |
telegram                | scam:sender | 0.3  | platform |
re:\bsnapchat\b         | scam:sender | 0.35 | platform |
re:\bwechat\b           | scam:sender | 0.35 | platform |
re:\bdiscord\b          | scam:sender | 0.35 | platform |
re:\bviber\b            | scam:sender | 0.3  | platform |
re:\bee\b               | scam:sender | 0.35 | telecom |

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


# ---- added 2026-12: problems, written as general ideas with short gaps ----
# account: blocked / frozen / compromised with words between ("your debit card ending 1234 has been
# frozen", "account is now frozen", "my card's blocked", "mine's locked")
re:\b(card|account|wallet|profile|sim)\b.{0,30}\b(has been|have been|is|was|got|is now|has now been|are|were) (temporarily |permanently |now |also )?(suspended|locked|blocked|restricted|limited|disabled|frozen|deactivated|compromised|hacked|flagged|on hold)\b | scam:problem | 0.8 | account |
re:\b(card|account|bank|phone|app|wallet)['’]s (been )?(blocked|locked|frozen|declined|broken|hacked|not working)\b | scam:problem | 0.7 | account |
re:\bmine['’]?s (been )?(locked|blocked|frozen|not working|broken)\b | scam:problem | 0.6 | account |
locked out of my        | scam:problem | 0.6  | account |
locked out of           | scam:problem | 0.5  | account |
re:\b(savings|money|funds|account|accounts|balance|deposits?)\b.{0,15}\b(are|is) (at risk|not safe|in danger|being targeted|being stolen)\b | scam:problem | 0.8 | account |
at risk                 | scam:problem | 0.35 | account |
re:\b(insider|insiders|staff|employee|employees|someone|cashier|teller|worker|member of staff|manager)s? (at|in|from|inside) (your|the) (bank|branch)\b | scam:problem | 0.7 | account |
re:\b(problem|issue|error|irregularity|irregularities|discrepancy)\b.{0,15}\b(with|on|in) (your|ur) (account|card|payment|order|refund|wallet|phone|device)\b | scam:problem | 0.65 | account |
re:\b(didn['’]?t|did not|didnt) (authori[sz]e|make|request|recogni[sz]e|order|place|approve)\b | scam:problem | 0.7 | account |
re:\b(payment|transfer|funds|money|transaction|withdrawal|deposit|remittance)s? (is|are|has been|have been|was|were|is currently|are currently|is still|remains|remain) (on hold|held|frozen|suspended|blocked|stuck)\b | scam:problem | 0.65 | account |
re:\b(accidentally|mistakenly|by mistake|wrongly|accidently)\b.{0,30}\b(your (number|phone|email|mobile)|to your (phone|number|mobile))\b | scam:problem | 0.8 | account |
re:\b(code|otp|pin)\b.{0,30}\b(sent|texted|went|delivered|came) to (your|ur) (phone|number|mobile)\b | scam:problem | 0.75 | account |
re:\b(code|otp|pin)\b.{0,20}\b(just )?(texted|sent|messaged) (to )?(you|u)\b | scam:problem | 0.55 | account |
re:\b(code|otp|pin)\b.{0,10}\b(you )?(just )?(received|got)\b | scam:problem | 0.5 | account |
re:\b(sent|texted|forwarded|went)\b.{0,30}\bto (your|ur) (number|phone|mobile)\b | scam:problem | 0.7 | account |
re:\b(you['’]?ll|you will|you should|you['’]?re going to|you are going to) (get|receive)\b.{0,15}\b(code|otp|sms|text)\b | scam:problem | 0.6 | account |
need votes              | scam:problem | 0.6  | prize |
vote for me             | scam:problem | 0.5  | prize |
competition             | scam:problem | 0.3  | prize |
re:\b(used|involved|linked|connected)\b.{0,25}\b(illegal|criminal|fraudulent|suspicious|unlawful) (activit\w*|purposes|transactions?|acts?|schemes?)\b | scam:problem | 0.85 | legal |
illegal activity        | scam:problem | 0.55 | legal |
illegal activities      | scam:problem | 0.55 | legal |
criminal activity       | scam:problem | 0.5  | legal |
re:\b(you are|you['’]re|youre|you have been named as|you['’]ve been named as|you were named as) (a |the |now a |the main )?(suspect|person of interest|accused)\b | scam:problem | 0.9 | legal |
fraud investigation     | scam:problem | 0.5  | legal |
we suspect              | scam:problem | 0.45 | legal |
clear your name         | scam:problem | 0.6  | legal |
prove your innocence    | scam:problem | 0.65 | legal |
re:\b(computer|device|phone|laptop|pc|mac)\b.{0,15}\b(has|have|is infected with|got|contains) (a |an )?(virus|viruses|malware|trojan|spyware)\b | scam:problem | 0.85 | account |
money-laundering        | scam:problem | 0.45 | legal |
re:\b(linked|connected|tied) to (a|an|the)\b.{0,25}\b(case|crime|investigation|laundering|fraud|syndicate)\b | scam:problem | 0.7 | legal |
failed to appear        | scam:problem | 0.8  | legal |
warrant will be issued  | scam:problem | 0.85 | legal |
for your arrest         | scam:problem | 0.8  | legal |
a warrant               | scam:problem | 0.5  | legal |
re:\b(outstanding|unpaid|overdue|unsettled) (penalty|penalties|fine|fines|tax|taxes|toll|tolls|summons)\b | scam:problem | 0.65 | legal |
penalty                 | scam:problem | 0.35 | legal |
a fine of               | scam:problem | 0.6  | legal |
bail                    | scam:problem | 0.55 | legal |
re:\b(keeping|holding|detaining|arrested|detained) me\b | scam:problem | 0.55 | legal |
re:\b(i['’]ve been|i have been|i was|i got|i['’]m being) (arrested|detained|locked up|held)\b | scam:problem | 0.6 | legal |
car accident            | scam:problem | 0.55 | fee |
in hospital             | scam:problem | 0.4  | fee |
in the hospital         | scam:problem | 0.4  | fee |
i'm stuck               | scam:problem | 0.45 | fee |
i’m stuck               | scam:problem | 0.45 | fee |
stuck abroad            | scam:problem | 0.6  | fee |
re:\bneed to pay (for )?(something|a bill|the bill|my rent|rent|it|this)\b | scam:problem | 0.6 | fee |
do me a favour          | scam:problem | 0.5  | fee |
do me a favor           | scam:problem | 0.5  | fee |
for a new phone         | scam:problem | 0.55 | fee |
# refunds, aid and "unclaimed" money
unclaimed               | scam:problem | 0.55 | refund |
waiting to be claimed   | scam:problem | 0.7  | refund |
re:\b(waiting|pending) (for you )?to (be )?(claimed|redeemed|claim|redeem)\b | scam:problem | 0.6 | refund |
you qualify for         | scam:problem | 0.55 | refund |
you qualify             | scam:problem | 0.5  | refund |
you have qualified      | scam:problem | 0.6  | refund |
eligible to receive     | scam:problem | 0.7  | refund |
cash grant              | scam:problem | 0.55 | refund |
gst voucher             | scam:problem | 0.55 | refund |
cdc voucher             | scam:problem | 0.55 | refund |
winter fuel payment     | scam:problem | 0.55 | refund |
energy bill relief      | scam:problem | 0.6  | refund |
economic impact payment | scam:problem | 0.6  | refund |
relief payment          | scam:problem | 0.5  | refund |
support payment         | scam:problem | 0.45 | refund |
rebate                  | scam:problem | 0.45 | refund |
to receive your refund  | scam:problem | 0.7  | refund |
get your refund         | scam:problem | 0.55 | refund |
refund claim            | scam:problem | 0.5  | refund |
cancelled order         | scam:problem | 0.35 | refund |
canceled order          | scam:problem | 0.35 | refund |
compensation            | scam:problem | 0.4  | refund |
# prizes
re:\byou (were|have been|are|['’]ve been|got|was) (selected|chosen|picked)\b | scam:problem | 0.7 | prize |
selected to receive     | scam:problem | 0.8  | prize |
chosen to receive       | scam:problem | 0.8  | prize |
anniversary giveaway    | scam:problem | 0.75 | prize |
anniversary promo       | scam:problem | 0.6  | prize |
anniversary raffle      | scam:problem | 0.7  | prize |
for free                | scam:problem | 0.35 | prize |
re:\b(got|get|received|won|getting)\b.{0,30}\bfree\b | scam:problem | 0.6 | prize |
customer survey         | scam:problem | 0.55 | prize |
take our survey         | scam:problem | 0.6  | prize |
survey                  | scam:problem | 0.25 | prize |
for only                | scam:problem | 0.4  | prize |
cashback                | scam:problem | 0.3  | prize |
cash bonus              | scam:problem | 0.6  | prize |
bonus                   | scam:problem | 0.25 | prize |
congrats                | scam:problem | 0.3  | prize |
voucher                 | scam:problem | 0.25 | prize |
raffle                  | scam:problem | 0.4  | prize |
grand draw              | scam:problem | 0.6  | prize |
wedding invitation      | scam:problem | 0.35 | voicemail |
# jobs: pay per task, pay per day for little work, "combination" and "VIP" tasks
re:\b(get paid|earn|paid|earns you)\b.{0,10}\b(for )?(every|each|per) (task|review|like|order|video|rating|click)\b | scam:problem | 0.75 | job |
re:\b(salary|earn|earning|income|commission|get paid)\b.{0,25}\b(per day|a day|daily|per task|every day)\b | scam:problem | 0.45 | job |
re:\b\d{1,3}(-\d{1,3})? ?(minutes|mins|min|hours|hour|hrs|hr)\b.{0,10}\b(a day|per day|daily|of work)\b | scam:problem | 0.55 | job |
data optimizer          | scam:problem | 0.75 | job |
data optimiser          | scam:problem | 0.75 | job |
optimizer               | scam:problem | 0.45 | job |
combination task*       | scam:problem | 0.85 | job |
vip task*               | scam:problem | 0.8  | job |
task account            | scam:problem | 0.75 | job |
product reviewer        | scam:problem | 0.5  | job |
re:\d[\d,.]*k? ?(per day|a day|each day|every day|daily|per task|each task|a task|per review)\b | scam:problem | 0.35 | job |
task level              | scam:problem | 0.7  | job |
work account            | scam:problem | 0.55 | job |
unlock your commission  | scam:problem | 0.8  | job |
earns you a commission  | scam:problem | 0.65 | job |
commission              | scam:problem | 0.35 | job |
5-star review*          | scam:problem | 0.55 | job |
write reviews           | scam:problem | 0.5  | job |
review tasks            | scam:problem | 0.65 | job |
rate hotels             | scam:problem | 0.6  | job |
refunded with a         | scam:problem | 0.6  | job |
recommended to us       | scam:problem | 0.5  | job |
your cv was             | scam:problem | 0.5  | job |
your resume was         | scam:problem | 0.5  | job |
online assistant        | scam:problem | 0.45 | job |
weekly bonus            | scam:problem | 0.4  | job |
# investment: a percentage every day / week, sure wins, "I trade for you"
re:\b\d{1,3} ?% (every|each|per|a) (day|week|month)\b | scam:problem | 0.8 | investment |
re:\b\d{1,3} ?% (daily|weekly|monthly)\b | scam:problem | 0.75 | investment |
re:\b(earn|make|earning|making)\b.{0,25}\b(every|each|per|a) (day|week)\b | scam:problem | 0.45 | investment |
re:\b(made|earned|gained|returns? of|profits? of|made over|grew) \d{2,4} ?%(\W|$) | scam:problem | 0.7 | investment |
re:\b(my|our) (students|members|clients|investors)\b.{0,15}\b(earn|earned|made|make|gained|profit)\b | scam:problem | 0.65 | investment |
success rate            | scam:problem | 0.5  | investment |
100% success            | scam:problem | 0.8  | investment |
100% accurate           | scam:problem | 0.75 | investment |
capital protected       | scam:problem | 0.8  | investment |
guaranteed              | scam:problem | 0.35 | investment |
i trade for you         | scam:problem | 0.75 | investment |
trade for you           | scam:problem | 0.7  | investment |
profits paid            | scam:problem | 0.6  | investment |
re:\bmade (him|her|them|me|us) (millions|rich|a fortune|a millionaire)\b | scam:problem | 0.7 | investment |
stock group             | scam:problem | 0.55 | investment |
daily picks             | scam:problem | 0.55 | investment |
stock picks             | scam:problem | 0.5  | investment |
stock tips              | scam:problem | 0.5  | investment |
shows a profit          | scam:problem | 0.6  | investment |
a profit of             | scam:problem | 0.5  | investment |
your profit             | scam:problem | 0.5  | investment |
to withdraw             | scam:problem | 0.4  | investment |
teach you how           | scam:problem | 0.5  | investment |
re:\bteach you\b.{0,25}\b(make money|earn|trade|trading|invest|profit)\w* | scam:problem | 0.7 | investment |
re:\b(uncle|aunt|aunty|auntie|cousin|brother|sister|friend)\b.{0,15}\bworks (at|for|in)\b | scam:problem | 0.55 | investment |
# loans
re:\byour\b.{0,25}\bloan\b.{0,25}\b(is|has been|was|been|got) (approved|pre-approved|disbursed|ready)\b | scam:problem | 0.8 | loan |
approved in             | scam:problem | 0.45 | loan |
approved within         | scam:problem | 0.5  | loan |
we lend to everyone     | scam:problem | 0.8  | loan |
lend to anyone          | scam:problem | 0.75 | loan |
no payslip              | scam:problem | 0.7  | loan |
no documents needed     | scam:problem | 0.55 | loan |
bad credit              | scam:problem | 0.5  | loan |
0% interest             | scam:problem | 0.5  | loan |
zero interest           | scam:problem | 0.45 | loan |
blacklisted             | scam:problem | 0.35 | loan |
cash in your account    | scam:problem | 0.5  | loan |
need cash fast          | scam:problem | 0.5  | loan |
re:\bloan\b.{0,30}\b(could not|couldn['’]?t|cannot|can['’]?t|failed to|was unable to|unable to) (be )?(paid out|disbursed|released|processed|withdrawn|credited)\b | scam:problem | 0.85 | loan |
could not be paid out   | scam:problem | 0.7  | loan |
re:\b(account number|bank details|details|name)\b.{0,15}\b(was|were|is) (entered )?(wrong|wrongly|incorrect|incorrectly|invalid|mismatched)\b | scam:problem | 0.65 | account |
# fees asked before something is released
re:\b(unfreez\w*|unlock\w*|activation|release|withdrawal|clearance|verification|processing|insurance|notary|upgrade|reschedul\w*|storage|redelivery|penalty|anti-money laundering|aml|tax clearance|handling|admin) fees?\b | scam:problem | 0.65 | fee |
re:\b(tax|taxes|fee|fees|commission|charge|percentage)\b.{0,25}\b(of|on) (the |your )?(profit|profits|winnings|earnings|prize|withdrawal|funds|inheritance)\b | scam:problem | 0.85 | fee |
re:\b\d{1,2} ?% (tax|fee|commission|charge)\b | scam:problem | 0.7 | fee |
re:\bto (release|unlock|unfreeze|withdraw|claim|receive|collect|activate|continue)\b.{0,20}\b(funds|money|loan|prize|parcel|package|inheritance|payment|withdrawal|profit|profits|reward|winnings)\b | scam:problem | 0.6 | fee |
re:\b(inheritance|funds|money|gold|consignment|payment|fortune)\b.{0,15}\b(is|are|got|has been|have been) (stuck|held|frozen|blocked|on hold|trapped)\b | scam:problem | 0.75 | fee |
stuck at the bank       | scam:problem | 0.7  | fee |
stuck at customs        | scam:problem | 0.75 | fee |
inheritance             | scam:problem | 0.45 | fee |
re:\b(lawyer|attorney|agent|officer|customs|doctor|hospital)\b.{0,10}\b(needs|wants|requires|demands|is asking for|asked for)\b | scam:problem | 0.55 | fee |
re:\b(unless|until) (i|you|we) (pay|send|transfer|settle)\b | scam:problem | 0.65 | fee |
# romance
re:\b(won['’]?t|will not|wont|refuse to|refuses to|would not|wouldn['’]?t) (release|let) (me|him|her|it|them)\b | scam:problem | 0.6 | romance |
us army                 | scam:problem | 0.5  | romance |
army surgeon            | scam:problem | 0.6  | romance |
army doctor             | scam:problem | 0.6  | romance |
un peacekeeper          | scam:problem | 0.65 | romance |
peacekeeper             | scam:problem | 0.55 | romance |
oil rig                 | scam:problem | 0.55 | romance |
my leave                | scam:problem | 0.4  | romance |
leave approved          | scam:problem | 0.5  | romance |
marry you               | scam:problem | 0.5  | romance |
want to marry           | scam:problem | 0.55 | romance |
home with you           | scam:problem | 0.45 | romance |
for the flight          | scam:problem | 0.6  | romance |
re:\bmy (card|bank card|credit card|debit card) (was|got|is|has been) (declined|rejected|blocked)\b | scam:problem | 0.55 | fee |
flight ticket           | scam:problem | 0.5  | romance |
my ticket               | scam:problem | 0.45 | romance |
to see you              | scam:problem | 0.3  | romance |
i feel like i know you  | scam:problem | 0.45 | romance |
contract ends           | scam:problem | 0.45 | romance |
contract money          | scam:problem | 0.55 | romance |
my inheritance          | scam:problem | 0.6  | romance |
# voicemail, missed calls, messages waiting
re:\b(voice ?mails?|voice messages?|audio messages?|messages?)\b.{0,12}\b(is|are)? ?waiting\b | scam:problem | 0.7 | voicemail |
message waiting         | scam:problem | 0.65 | voicemail |
voice messages          | scam:problem | 0.55 | voicemail |
audio message           | scam:problem | 0.6  | voicemail |
new audio message       | scam:problem | 0.7  | voicemail |
missed call from        | scam:problem | 0.55 | voicemail |
voicemail about         | scam:problem | 0.6  | voicemail |
left you a voicemail    | scam:problem | 0.6  | voicemail |
unknown contact         | scam:problem | 0.4  | voicemail |
# parcels
re:\bto confirm (your |the )?(delivery|parcel|package|order)\b | scam:problem | 0.5 | parcel |
confirm the delivery    | scam:problem | 0.45 | parcel |

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


# ---- added 2026-12: pressure ----
re:\bin\W\d{1,2} ?(hours|hrs|minutes|mins)\b | scam:pressure | 0.5 | deadline |
re:\b(before|by|until|till) \w{1,2}(:\w\w)? ?(am|pm)\b | scam:pressure | 0.5 | deadline |
re:\b(expires?|expiring) (at|by|before|tonight|today|in)\b | scam:pressure | 0.5 | deadline |
at midnight             | scam:pressure | 0.45 | deadline |
tonight                 | scam:pressure | 0.3  | deadline |
before it's gone        | scam:pressure | 0.5  | deadline |
before it’s gone        | scam:pressure | 0.5  | deadline |
before they're gone     | scam:pressure | 0.5  | deadline |
while stocks last       | scam:pressure | 0.4  | deadline |
re:\bonly \d{1,3} (places|spots|slots|seats|spaces|left|remaining|units|pieces|items|members)\b | scam:pressure | 0.6 | deadline |
left in stock           | scam:pressure | 0.5  | deadline |
spots are limited       | scam:pressure | 0.55 | deadline |
places are limited      | scam:pressure | 0.55 | deadline |
slots are limited       | scam:pressure | 0.55 | deadline |
limited spots           | scam:pressure | 0.5  | deadline |
limited slots           | scam:pressure | 0.5  | deadline |
re:\bmust be (paid|settled|cleared|completed|made)\b | scam:pressure | 0.6 | deadline |
right now               | scam:pressure | 0.3  | deadline |
re:\b(failure|fail|failing) to (pay|settle|respond|comply|act|verify|confirm|update|appear)\b | scam:pressure | 0.7 | threat |
re:\b(lead to|leads to|result in|results in|face|facing|risk)\b.{0,25}\b(arrest|legal action|prosecution|jail|imprisonment|court action|detention)\b | scam:pressure | 0.8 | threat |
re:\bor (you|u) will be (detained|arrested|jailed|charged|prosecuted|fined|deported)\b | scam:pressure | 0.9 | threat |
will be detained        | scam:pressure | 0.85 | threat |
avoid arrest            | scam:pressure | 0.85 | threat |
or a warrant            | scam:pressure | 0.8  | threat |
re:\bbefore (it|they|this|the message|your \w+) (is|are|gets?|get) (deleted|removed|expired|gone|lost|cancelled|canceled|returned|disposed)\b | scam:pressure | 0.65 | threat |
to keep using           | scam:pressure | 0.5  | threat |
re:\b(don['’]?t|do not|dont|never|please don['’]?t) (tell|inform|mention|discuss|say anything|talk)\b.{0,25}\b(bank|branch|staff|teller|anyone|anybody|family|mum|mom|dad|parents|police|wife|husband|kids|children|friends|no one|others)\b | scam:pressure | 0.85 | secrecy |
re:\b(don['’]?t|do not|dont|can['’]?t|cannot|please don['’]?t) (call|ring|phone)( me| the bank| the branch| your bank| your branch| them| anyone)?\b | scam:pressure | 0.55 | secrecy |
case is confidential    | scam:pressure | 0.75 | secrecy |
is confidential         | scam:pressure | 0.55 | secrecy |
confidential            | scam:pressure | 0.35 | secrecy |
explain later           | scam:pressure | 0.5  | secrecy |
keep your camera on     | scam:pressure | 0.55 | secrecy |
they can't help         | scam:pressure | 0.55 | secrecy |

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


# ---- added 2026-12: actions ----
# links, claims, taps
reactivate              | scam:action | 0.45 | details |
reactivate now          | scam:action | 0.6  | link |
reactivate your         | scam:action | 0.6  | details |
confirm your account    | scam:action | 0.65 | details |
log in to claim         | scam:action | 0.65 | link |
to claim                | scam:action | 0.4  | link |
claim before            | scam:action | 0.5  | link |
apply now               | scam:action | 0.45 | link |
tap to play             | scam:action | 0.65 | link |
tap to listen           | scam:action | 0.65 | link |
to listen               | scam:action | 0.3  | link |
log in to your online banking | scam:action | 0.6 | link |
re:\b(activate|reactivate) (the |this )?link\b | scam:action | 0.7 | link |
reopen this message     | scam:action | 0.6  | link |
re:\bt\.(ly|co)/\w     | scam:action | 0.7  | link |
re:\breply (with )?['"‘’“”]?(1|yes|y|ok|okay|start|job|interested|hi)\b | scam:action | 0.55 | contact |
# calls
call me back            | scam:action | 0.5  | call |
my direct line          | scam:action | 0.55 | call |
re:\bpress (\d|one|nine|zero)\b | scam:action | 0.6 | call |
re:\b(connect|transfer|put) you (through )?to\b | scam:action | 0.55 | call |
# apps and remote access
airdroid                | scam:action | 0.85 | app |
quick assist            | scam:action | 0.8  | app |
splashtop               | scam:action | 0.8  | app |
anyviewer               | scam:action | 0.8  | app |
ammyy                   | scam:action | 0.85 | app |
zoho assist             | scam:action | 0.75 | app |
remote desktop          | scam:action | 0.6  | app |
re:\w\.apk\b            | scam:action | 0.9  | app |
re:\ballow\b.{0,25}\b(unknown sources|unknown apps|installs?|all permissions|permissions|accessibility|screen sharing|remote access|full access|access to your (contacts|sms|messages|gallery|photos))\b | scam:action | 0.85 | app |
re:\bnot (on|in|from|available on|available in) (the )?(play ?store|app ?store|google play)\b | scam:action | 0.75 | app |
security app            | scam:action | 0.6  | app |
install our             | scam:action | 0.55 | app |
voicemail app           | scam:action | 0.75 | app |
re:\b(download|install)\b.{0,25}\bapp\b | scam:action | 0.55 | app |
access to your contacts | scam:action | 0.8  | app |
while i guide you       | scam:action | 0.55 | app |
i will guide you        | scam:action | 0.5  | app |
re:\bscreen (goes|will go|turns|may go|might go|will turn) (black|blank|dark)\b | scam:action | 0.7 | app |
# payments and transfers: moving savings to a "safe" account, handing cash to a courier, paying a fee
re:\b(move|transfer|send|deposit|withdraw|put)\b.{0,40}\b(safe|safety|protected|secure|secured|holding|government|safekeeping|escrow|verification|temporary|clearing|investigation) account\b | scam:action | 0.9 | transfer |
re:\b(move|transfer|send|withdraw)( all)? (your|ur|the) (savings|balance|funds|money|cash|deposits?)\b | scam:action | 0.75 | transfer |
re:\baccount (we|i|our agent|the agent|they|he|she) (will )?(give|provide|send|sends|gives|provides)\b | scam:action | 0.75 | transfer |
re:\b(hand|give|pass)\b.{0,15}\bto (our|the|a|my) (courier|driver|officer|agent|representative|colleague|runner)\b | scam:action | 0.9 | transfer |
for safekeeping         | scam:action | 0.7  | transfer |
re:\bwithdraw\b.{0,20}\b(in cash|cash)\b | scam:action | 0.65 | transfer |
clearing account        | scam:action | 0.65 | transfer |
re:\bpay\b.{0,30}\b(processing|release|unfreezing|unfreeze|unlock|unlocking|clearance|activation|verification|insurance|notary|upgrade|withdrawal|storage|reschedule|rescheduling|redelivery|handling|admin|customs|small|one-time|refundable) (fee|fees|charge|deposit)\b | scam:action | 0.75 | transfer |
re:\bpay\b.{0,20}\b(bail|the tax|a tax|taxes)\b | scam:action | 0.6 | transfer |
re:\b(unless|until|before) (i|we) (can )?(pay|send|transfer)\b | scam:action | 0.6 | transfer |
re:\b(must|need to|have to|required to|you['’]?ll need to) first (pay|deposit|transfer|top up|send)\b | scam:action | 0.75 | transfer |
re:\b(must|need to|have to|required to) (pay|deposit|transfer|top up|send)\b | scam:action | 0.45 | transfer |
re:\b(just|only|simply) (need to |have to )?(deposit|invest|top up|pay|send|transfer)\b | scam:action | 0.5 | transfer |
re:\b(deposit|invest|top up|topup|fund)\b.{0,20}\b(on|into|in|to)\W(the|my|our|this) (site|platform|app|account|wallet|website)\b | scam:action | 0.7 | transfer |
re:\b(can|could|would|will) (you|u)( please| pls)? (send|transfer|pay|lend|wire|deposit|gcash|venmo|zelle)\b | scam:action | 0.6 | transfer |
re:\bsend\b.{0,25}\bto (start|begin|activate|join|unlock|get started|invest|receive|claim)\b | scam:action | 0.7 | transfer |
re:\b(my|a|our) (friend|colleague|cousin|landlord|landlady|agent|lawyer|boss)['’]?s? (account|bank account|gcash|number)\b | scam:action | 0.7 | transfer |
send you the account    | scam:action | 0.5  | transfer |
need                    | scam:action | 0.15 | transfer |
needs                   | scam:action | 0.15 | transfer |
invest                  | scam:action | 0.2  | transfer |
invest just             | scam:action | 0.5  | transfer |
invest only             | scam:action | 0.5  | transfer |
top up your             | scam:action | 0.55 | transfer |
first top up            | scam:action | 0.7  | transfer |
prepayment              | scam:action | 0.6  | transfer |
pre-payment             | scam:action | 0.6  | transfer |
prepay                  | scam:action | 0.5  | transfer |
can you help me         | scam:action | 0.45 | transfer |
i'll return it          | scam:action | 0.4  | transfer |
i’ll return it          | scam:action | 0.4  | transfer |
to settle               | scam:action | 0.45 | transfer |
# codes: "send it to me", "forward it", "read me the code"
re:\b(send|forward|give|pass|tell|text|read)\b.{0,6}\b(it|that|them|this|the code|that code|the number)\b.{0,6}\b(to me|over|back|across)\b | scam:action | 0.8 | code |
re:\b(need|want|require)\b.{0,10}\bthe (code|otp|pin)\b | scam:action | 0.75 | code |
re:\bread (me|out|us|it|back)\b.{0,20}\b(code|otp|pin|number|digits)\b | scam:action | 0.85 | code |
re:\b\w-digit (code|pin|number|otp)\b | scam:action | 0.6 | code |
banking password        | scam:action | 0.85 | code |
online banking password | scam:action | 0.9  | code |
# details
bank account number     | scam:action | 0.6  | details |
account number          | scam:action | 0.4  | details |
a selfie                | scam:action | 0.5  | details |
send a photo of your    | scam:action | 0.6  | details |
# contact: chat apps, "join our group", video calls
whatsapp                | scam:action | 0.35 | contact |
on whatsapp             | scam:action | 0.45 | contact |
viber                   | scam:action | 0.35 | contact |
re:\b(message|text|contact|pm|dm|add|chat with|reach|inbox|call) (me|us|our (hr|agent|team|manager|admin|mentor|recruiter))\b.{0,6}\b(on|via|at|through) (whatsapp|telegram|viber|wechat|line|signal|messenger|instagram|discord|facebook)\b | scam:action | 0.7 | contact |
re:\b(message|contact|text|call|pm|dm|chat with) (our|the) (agent|hr|recruiter|manager|admin|mentor|team)\b | scam:action | 0.6 | contact |
re:\bjoin (our|the|my|this)\b.{0,30}\b(group|channel|community|class|chat|server|team)\b | scam:action | 0.6 | contact |
re:\bjoin (the |a |our )?(video call|zoom|video conference|call|meeting)\b | scam:action | 0.65 | contact |
video call              | scam:action | 0.4  | contact |

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
scamwatch               | scam:aware |  |  |
hang up and call        | scam:aware |  |  |
just hang up            | scam:aware |  |  |

# ---- added 2026-12: awareness and advice (warnings, not scams) ----
red flag                | scam:aware |  |  |
red flags               | scam:aware |  |  |
too good to be true     | scam:aware |  |  |
anything promising      | scam:aware |  |  |
warning to all          | scam:aware |  |  |
a warning to            | scam:aware |  |  |
psa                     | scam:aware |  |  |
heads up                | scam:aware |  |  |
someone is texting      | scam:aware |  |  |
someone is calling      | scam:aware |  |  |
people are receiving    | scam:aware |  |  |
people are getting      | scam:aware |  |  |
always call             | scam:aware |  |  |
their old number        | scam:aware |  |  |
verify by calling       | scam:aware |  |  |
report and block        | scam:aware |  |  |
report & block          | scam:aware |  |  |
block and report        | scam:aware |  |  |
report it               | scam:aware |  |  |
reported it             | scam:aware |  |  |
task scam*              | scam:aware |  |  |
job scam*               | scam:aware |  |  |
scams                   | scam:aware |  |  |
scam text*              | scam:aware |  |  |
scam call*              | scam:aware |  |  |
scam message*           | scam:aware |  |  |
scam sms                | scam:aware |  |  |
this scam               | scam:aware |  |  |
fraudster*              | scam:aware |  |  |
scammer                 | scam:aware |  |  |
don't fall for          | scam:aware |  |  |
do not fall for         | scam:aware |  |  |
never pay               | scam:aware |  |  |
never send money        | scam:aware |  |  |
never transfer          | scam:aware |  |  |
real banks never        | scam:aware |  |  |
back of your card       | scam:aware |  |  |
number on the back      | scam:aware |  |  |
ignore this message     | scam:aware |  |  |
ignore this sms         | scam:aware |  |  |
ignore this text        | scam:aware |  |  |
ignore this email       | scam:aware |  |  |
you can ignore          | scam:aware |  |  |
please ignore           | scam:aware |  |  |
safely ignore           | scam:aware |  |  |
obviously fake          | scam:aware |  |  |
ponzi                   | scam:aware |  |  |
pyramid scheme          | scam:aware |  |  |
get rich quick          | scam:aware |  |  |
obviously a scam        | scam:aware |  |  |
re:\b(got|received|getting|get)( a| an| this| these)? (text|texts|sms|message|messages|call|calls|email|emails|dm|dms) (saying|claiming|telling me|that says)\b | scam:aware |  |  |
re:\breport(ed|ing)?( it| this| them)? to (action fraud|the police|your bank|scamwatch|the bank)\b | scam:aware |  |  |

# ---- benign look-alikes: a parcel on its way or delivered, savings advice (cancel the parts inside) ----
re:\byour (parcel|package|order|shipment|item|delivery)\b.{0,40}\b(is out for delivery|was delivered|has been delivered|has arrived|is on its way|has been dispatched|has shipped|has been shipped|was left|will arrive|is arriving|arrives|will be delivered|is being delivered|is scheduled for delivery|is due to arrive)( today| tomorrow| this morning| this afternoon| this evening)?\b | allow |  |  |
emergency fund          | allow |  |  |
emergency savings       | allow |  |  |
emergency contact       | allow |  |  |
re:\b(don['’]?t|do not|never|dont)\b.{0,10}\b(give|tell|send|show|disclose|reveal|share)\b.{0,15}\b(otp|code|pin|password|cvv)\b | scam:aware |  |  |

# ---- benign refund and cashback notices (cancel the parts inside) ----
re:\b(refund|cashback|rebate)\b.{0,40}\b(has been processed|was processed|has been credited|was credited|will reflect|has been issued|was issued|is being processed|credited to your)\b | allow |  |  |
