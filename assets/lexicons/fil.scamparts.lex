# Filipino / Tagalog (incl. Taglish) scam parts (issue 15): the sender a message claims to be
# (BDO, BPI, Metrobank, Landbank, GCash, Maya, LBC, J&T, PhilPost, BIR, SSS, Pag-IBIG, DSWD, PNP,
# NBI, Globe, Smart, "Ma, ako to, bagong number ko"), the problem or prize it announces ("na-block
# ang account mo", "na-hold ang parcel mo", "nanalo ka", "may ayuda ka", "may warrant ka"), its
# pressure ("ngayon din", "sa loob ng 24 oras", "huwag sabihin kanino man") and what it asks
# ("i-click ang link", "ibigay ang OTP", "mag-cash in", "i-download ang app"). English words common
# in Taglish messages are in en.scamparts.lex, which is read on every post. Parts never warn alone
# (see FORMAT.md, "The scam layer"). Single-word sender terms of 3+ letters are also looked for in
# link hosts; brands named here have their real domains in ../misinfo/brands.tsv.
@format 1
@lang fil
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language and of public scam-awareness advice)
@licence MIT
# term | scam:<part> | weight | kind |

# ======================================================================= senders
# ---- banks ----
bdo                     | scam:sender | 0.85 | bank |
bdo unibank             | scam:sender | 0.9  | bank |
bpi                     | scam:sender | 0.85 | bank |
metrobank               | scam:sender | 0.9  | bank |
landbank                | scam:sender | 0.9  | bank |
land bank               | scam:sender | 0.85 | bank |
unionbank               | scam:sender | 0.9  | bank |
union bank              | scam:sender | 0.8  | bank |
security bank           | scam:sender | 0.85 | bank |
securitybank            | scam:sender | 0.85 | bank |
pnb                     | scam:sender | 0.8  | bank |
philippine national bank | scam:sender | 0.9 | bank |
rcbc                    | scam:sender | 0.85 | bank |
chinabank               | scam:sender | 0.85 | bank |
china bank              | scam:sender | 0.8  | bank |
eastwest bank           | scam:sender | 0.85 | bank |
psbank                  | scam:sender | 0.85 | bank |
gotyme                  | scam:sender | 0.8  | bank |
seabank                 | scam:sender | 0.75 | bank |
bancnet                 | scam:sender | 0.7  | bank |
instapay                | scam:sender | 0.5  | bank |
bangko mo               | scam:sender | 0.5  | bank |
bangko                  | scam:sender | 0.3  | bank |
iyong bangko            | scam:sender | 0.55 | bank |
bank mo                 | scam:sender | 0.5  | bank |
bangko sentral          | scam:sender | 0.85 | government |
bangko sentral ng pilipinas | scam:sender | 0.9 | government |
bsp                     | scam:sender | 0.6  | government |

# ---- e-wallets and remittance ----
gcash                   | scam:sender | 0.85 | wallet |
g-cash                  | scam:sender | 0.85 | wallet |
paymaya                 | scam:sender | 0.85 | wallet |
maya app                | scam:sender | 0.8  | wallet |
maya wallet             | scam:sender | 0.8  | wallet |
maya bank               | scam:sender | 0.85 | wallet |
coins.ph                | scam:sender | 0.85 | wallet |
coinsph                 | scam:sender | 0.8  | wallet |
shopeepay               | scam:sender | 0.8  | wallet |
grabpay                 | scam:sender | 0.8  | wallet |
palawan express         | scam:sender | 0.8  | wallet |
cebuana lhuillier       | scam:sender | 0.85 | wallet |
cebuana                 | scam:sender | 0.6  | wallet |
m lhuillier             | scam:sender | 0.8  | wallet |
mlhuillier              | scam:sender | 0.8  | wallet |
e-wallet                | scam:sender | 0.45 | wallet |

# ---- couriers ----
lbc                     | scam:sender | 0.8  | courier |
lbc express             | scam:sender | 0.9  | courier |
j&t                     | scam:sender | 0.85 | courier |
j&t express             | scam:sender | 0.9  | courier |
jnt                     | scam:sender | 0.8  | courier |
jt express              | scam:sender | 0.8  | courier |
flash express           | scam:sender | 0.85 | courier |
ninja van               | scam:sender | 0.85 | courier |
ninjavan                | scam:sender | 0.85 | courier |
2go                     | scam:sender | 0.5  | courier |
phlpost                 | scam:sender | 0.9  | courier |
philpost                | scam:sender | 0.85 | courier |
phl post                | scam:sender | 0.85 | courier |
philippine postal       | scam:sender | 0.85 | courier |
lalamove                | scam:sender | 0.6  | courier |
shopee express          | scam:sender | 0.8  | courier |
kuryer                  | scam:sender | 0.4  | courier |

# ---- government ----
bir                     | scam:sender | 0.6  | government |
bureau of internal revenue | scam:sender | 0.9 | government |
# "sss" alone is squashed to "s" by the normaliser (letters repeated 3+ times): only phrases.
ang sss                 | scam:sender | 0.65 | government |
sa sss                  | scam:sender | 0.6  | government |
ng sss                  | scam:sender | 0.6  | government |
social security system  | scam:sender | 0.85 | government |
pag-ibig                | scam:sender | 0.8  | government |
pagibig                 | scam:sender | 0.8  | government |
pag-ibig fund           | scam:sender | 0.85 | government |
philhealth              | scam:sender | 0.8  | government |
dswd                    | scam:sender | 0.85 | government |
bureau of customs       | scam:sender | 0.9  | government |
lto                     | scam:sender | 0.65 | government |
land transportation office | scam:sender | 0.9 | government |
owwa                    | scam:sender | 0.75 | government |
mmda                    | scam:sender | 0.7  | government |
meralco                 | scam:sender | 0.75 | government |
philsys                 | scam:sender | 0.6  | government |
ntc                     | scam:sender | 0.55 | government |
gobyerno                | scam:sender | 0.3  | government |
ahensya ng gobyerno     | scam:sender | 0.5  | government |
taga-gobyerno           | scam:sender | 0.45 | government |

# ---- police ----
pnp                     | scam:sender | 0.75 | police |
philippine national police | scam:sender | 0.9 | police |
nbi                     | scam:sender | 0.75 | police |
national bureau of investigation | scam:sender | 0.9 | police |
cidg                    | scam:sender | 0.75 | police |
pnp-acg                 | scam:sender | 0.6  | police |
pulis                   | scam:sender | 0.45 | police |
kapulisan               | scam:sender | 0.55 | police |
imbestigador            | scam:sender | 0.55 | police |

# ---- platforms ----
shopee                  | scam:sender | 0.65 | platform |
lazada                  | scam:sender | 0.65 | platform |
tiktok shop             | scam:sender | 0.65 | platform |
foodpanda               | scam:sender | 0.55 | platform |
zalora                  | scam:sender | 0.55 | platform |
netflix                 | scam:sender | 0.7  | platform |
customer service namin  | scam:sender | 0.5  | platform |
customer support namin  | scam:sender | 0.5  | platform |

# ---- telcos ----
globe                   | scam:sender | 0.45 | telecom |
globe telecom           | scam:sender | 0.9  | telecom |
globe at home           | scam:sender | 0.85 | telecom |
globe rewards           | scam:sender | 0.75 | telecom |
gomo                    | scam:sender | 0.55 | telecom |
smart communications    | scam:sender | 0.9  | telecom |
smart prepaid           | scam:sender | 0.75 | telecom |
smart rewards           | scam:sender | 0.7  | telecom |
talk n text             | scam:sender | 0.75 | telecom |
pldt                    | scam:sender | 0.85 | telecom |
pldt home               | scam:sender | 0.85 | telecom |
dito telecommunity      | scam:sender | 0.9  | telecom |
sun cellular            | scam:sender | 0.7  | telecom |

# ---- relatives ----
ma ako to               | scam:sender | 0.7  | relative |
ma ako ito              | scam:sender | 0.7  | relative |
nay ako to              | scam:sender | 0.7  | relative |
nay ako ito             | scam:sender | 0.7  | relative |
pa ako to               | scam:sender | 0.65 | relative |
tay ako to              | scam:sender | 0.65 | relative |
anak mo ito             | scam:sender | 0.65 | relative |
anak mo to              | scam:sender | 0.65 | relative |
si anak mo              | scam:sender | 0.6  | relative |
anak mo                 | scam:sender | 0.35 | relative |
bagong number ko        | scam:sender | 0.8  | relative |
bago kong number        | scam:sender | 0.8  | relative |
bagong numero ko        | scam:sender | 0.8  | relative |
ito bagong number ko    | scam:sender | 0.85 | relative |
new number ko           | scam:sender | 0.75 | relative |
bagong sim ko           | scam:sender | 0.7  | relative |
i-save mo itong number  | scam:sender | 0.6  | relative |

# ---- employers ----
hiring po kami          | scam:sender | 0.45 | employer |
naghahanap kami ng      | scam:sender | 0.35 | employer |
recruitment agency      | scam:sender | 0.5  | employer |
ahensya                 | scam:sender | 0.3  | employer |
hr namin                | scam:sender | 0.5  | employer |

# ---- lenders ----
5-6                     | scam:sender | 0.35 | lender |
5-6 lending             | scam:sender | 0.65 | lender |
pautang 5-6             | scam:sender | 0.7  | lender |
five six                | scam:sender | 0.5  | lender |
pautang                 | scam:sender | 0.4  | lender |
nagpapautang            | scam:sender | 0.5  | lender |
lending company         | scam:sender | 0.6  | lender |
lending app             | scam:sender | 0.6  | lender |
online lending          | scam:sender | 0.6  | lender |
loan app                | scam:sender | 0.55 | lender |
gloan                   | scam:sender | 0.65 | lender |
ggives                  | scam:sender | 0.55 | lender |
cashalo                 | scam:sender | 0.65 | lender |
home credit             | scam:sender | 0.65 | lender |
tala loan               | scam:sender | 0.65 | lender |
kolektor                | scam:sender | 0.55 | lender |
maniningil              | scam:sender | 0.55 | lender |

# ---- investment ----
trading mentor          | scam:sender | 0.85 | investment |
crypto mentor           | scam:sender | 0.85 | investment |
investment coach        | scam:sender | 0.7  | investment |
paluwagan               | scam:sender | 0.35 | investment |
admin ng investment     | scam:sender | 0.65 | investment |


# ---- added 2026-12: senders ----
head office             | scam:sender | 0.45 | bank |
taga-head office        | scam:sender | 0.6  | bank |
sa maya                 | scam:sender | 0.6  | wallet |
mula sa maya            | scam:sender | 0.65 | wallet |
ng maya                 | scam:sender | 0.5  | wallet |
gcredit                 | scam:sender | 0.6  | wallet |
gsave                   | scam:sender | 0.5  | wallet |
lazada wallet           | scam:sender | 0.7  | wallet |
spx express             | scam:sender | 0.85 | courier |
re:\bspx\b              | scam:sender | 0.55 | courier |
jrs express             | scam:sender | 0.85 | courier |
2go express             | scam:sender | 0.8  | courier |
re:\bentrego\b          | scam:sender | 0.75 | courier |
gogo xpress             | scam:sender | 0.75 | courier |
xde logistics           | scam:sender | 0.7  | courier |
rider po                | scam:sender | 0.5  | courier |
rider nyo               | scam:sender | 0.5  | courier |
rider mo                | scam:sender | 0.5  | courier |
maynilad                | scam:sender | 0.75 | government |
manila water            | scam:sender | 0.75 | government |
sa utos ng              | scam:sender | 0.45 | government |
amlc                    | scam:sender | 0.75 | government |
anti-money laundering council | scam:sender | 0.85 | government |
dti permit              | scam:sender | 0.3  | government |
4ps                     | scam:sender | 0.45 | government |
pantawid                | scam:sender | 0.5  | government |
akap                    | scam:sender | 0.45 | government |
tupad                   | scam:sender | 0.4  | government |
ayuda list              | scam:sender | 0.4  | government |
cicc                    | scam:sender | 0.6  | police |
anti-cybercrime group   | scam:sender | 0.75 | police |
pnp acg                 | scam:sender | 0.7  | police |
re:\bskycable\b         | scam:sender | 0.6  | telecom |
sky cable               | scam:sender | 0.6  | telecom |
re:\bsmart\b            | scam:sender | 0.3  | telecom |
# relatives: "Ma, ako 'to", "apo nyo po ito", a work or borrowed number
re:\b(ma|mama|mommy|mami|mamu|nay|nanay|inay|pa|papa|daddy|dadi|tay|tatay|itay|la|lola|lo|lolo|tita|tito|ate|kuya|insan|tol|pre|bes|uy|oy)\W{0,3} ?ako (po )?['’]?(to|ito)\b | scam:sender | 0.8 | relative |
re:\bako (po )?['’]?(to|ito)\b | scam:sender | 0.45 | relative |
re:^\W{0,3}(ma|mama|mommy|mami|nay|nanay|inay|pa|papa|tay|tatay|itay|la|lola|lo|lolo)[,!. ] | scam:sender | 0.3 | relative |
apo nyo                 | scam:sender | 0.7  | relative |
apo niyo                | scam:sender | 0.7  | relative |
apo mo                  | scam:sender | 0.7  | relative |
anak nyo                | scam:sender | 0.45 | relative |
pamangkin mo            | scam:sender | 0.5  | relative |
work number ko          | scam:sender | 0.7  | relative |
bagong number           | scam:sender | 0.6  | relative |
save mo                 | scam:sender | 0.45 | relative |
hiram lang              | scam:sender | 0.5  | relative |
hiram na phone          | scam:sender | 0.55 | relative |
nakikitext              | scam:sender | 0.6  | relative |
nakitext                | scam:sender | 0.55 | relative |
phone ng kaibigan       | scam:sender | 0.55 | relative |
number ng kaibigan      | scam:sender | 0.5  | relative |
# a lover (under 0.5: the warning names the romance)
mahal ko                | scam:sender | 0.4  | relative |
mahal                   | scam:sender | 0.25 | relative |
nag-match tayo          | scam:sender | 0.45 | relative |
nagmatch tayo           | scam:sender | 0.45 | relative |
nag-uusap tayo          | scam:sender | 0.4  | relative |
tayong nag-uusap        | scam:sender | 0.45 | relative |
# employers, lenders, agents
company namin           | scam:sender | 0.45 | employer |
kompanya namin          | scam:sender | 0.45 | employer |
lending                 | scam:sender | 0.4  | lender |
loan hanggang           | scam:sender | 0.5  | lender |
agent namin             | scam:sender | 0.45 | investment |
aming agent             | scam:sender | 0.45 | investment |
aming platform          | scam:sender | 0.45 | investment |
platform namin          | scam:sender | 0.45 | investment |
stock group namin       | scam:sender | 0.55 | investment |
# more senders: drug enforcement, shops and airlines named in fake promos, family events in invitations
pdea                    | scam:sender | 0.75 | police |
grab                    | scam:sender | 0.35 | platform |
re:\bmercury drug\b     | scam:sender | 0.55 | platform |
re:\bwatsons\b          | scam:sender | 0.5  | platform |
re:\brobinsons\b        | scam:sender | 0.45 | platform |
re:\b7-eleven\b         | scam:sender | 0.5  | platform |
re:\bsm (store|supermalls|malls)\b | scam:sender | 0.5 | platform |
re:\bcebu pacific\b     | scam:sender | 0.55 | platform |
re:\bphilippine airlines\b | scam:sender | 0.55 | platform |
re:\b(kasal|binyag|birthday|debut|kaarawan|wedding|christening|handaan) (namin|ko|ng anak ko|ng anak namin)\b | scam:sender | 0.3 | relative |

# ======================================================================= problems
# ---- account ----
na-block ang account mo | scam:problem | 0.9  | account |
naka-block ang account mo | scam:problem | 0.9 | account |
nablock ang account mo  | scam:problem | 0.9  | account |
na-block ang iyong account | scam:problem | 0.9 | account |
na-block ang inyong account | scam:problem | 0.9 | account |
na-lock ang account mo  | scam:problem | 0.85 | account |
naka-lock ang account mo | scam:problem | 0.85 | account |
nalock ang account mo   | scam:problem | 0.85 | account |
na-suspend ang account mo | scam:problem | 0.85 | account |
nasuspend ang account mo | scam:problem | 0.85 | account |
na-suspend ang iyong account | scam:problem | 0.85 | account |
na-deactivate ang account mo | scam:problem | 0.85 | account |
na-freeze ang account mo | scam:problem | 0.85 | account |
na-hack ang account mo  | scam:problem | 0.7  | account |
ang iyong account ay    | scam:problem | 0.45 | account |
iyong account           | scam:problem | 0.35 | account |
account mo              | scam:problem | 0.3  | account |
kahina-hinalang transaksyon | scam:problem | 0.85 | account |
kahina-hinalang aktibidad | scam:problem | 0.8 | account |
kahina-hinalang login   | scam:problem | 0.85 | account |
hindi kilalang device   | scam:problem | 0.7  | account |
bagong device           | scam:problem | 0.5  | account |
may nag-login           | scam:problem | 0.7  | account |
may nag-log in          | scam:problem | 0.7  | account |
nag-login sa account mo | scam:problem | 0.8  | account |
kung hindi ikaw         | scam:problem | 0.7  | account |
kung hindi ikaw ito     | scam:problem | 0.75 | account |
kung hindi po kayo      | scam:problem | 0.7  | account |
kung hindi mo ito ginawa | scam:problem | 0.8 | account |
hindi mo ginawa         | scam:problem | 0.55 | account |
kailangan i-verify      | scam:problem | 0.6  | account |
kailangang i-verify     | scam:problem | 0.6  | account |
hindi pa verified       | scam:problem | 0.6  | account |
unverified account      | scam:problem | 0.65 | account |
mag-e-expire            | scam:problem | 0.45 | account |
mag-expire na           | scam:problem | 0.5  | account |
expired na ang          | scam:problem | 0.5  | account |
sim registration        | scam:problem | 0.55 | account |
hindi rehistradong sim  | scam:problem | 0.75 | account |
hindi pa rehistrado     | scam:problem | 0.6  | account |
may unauthorized transaction | scam:problem | 0.8 | account |
double transaction      | scam:problem | 0.5  | account |
nawala phone ko         | scam:problem | 0.5  | account |
nawala ang phone ko     | scam:problem | 0.5  | account |
nasira phone ko         | scam:problem | 0.5  | account |
sira ang phone ko       | scam:problem | 0.5  | account |

# ---- parcel ----
parcel mo               | scam:problem | 0.45 | parcel |
package mo              | scam:problem | 0.45 | parcel |
padala mo               | scam:problem | 0.4  | parcel |
iyong parcel            | scam:problem | 0.45 | parcel |
na-hold ang parcel mo   | scam:problem | 0.9  | parcel |
naka-hold ang parcel mo | scam:problem | 0.9  | parcel |
na-hold ang padala mo   | scam:problem | 0.9  | parcel |
na-hold ang package mo  | scam:problem | 0.9  | parcel |
na-hold ang iyong parcel | scam:problem | 0.9 | parcel |
naka-hold               | scam:problem | 0.45 | parcel |
na-hold                 | scam:problem | 0.45 | parcel |
hindi ma-deliver        | scam:problem | 0.8  | parcel |
hindi maideliver        | scam:problem | 0.8  | parcel |
hindi madeliver         | scam:problem | 0.8  | parcel |
hindi naihatid          | scam:problem | 0.75 | parcel |
hindi maihatid          | scam:problem | 0.75 | parcel |
kulang ang address      | scam:problem | 0.85 | parcel |
hindi kumpleto ang address | scam:problem | 0.85 | parcel |
mali ang address        | scam:problem | 0.6  | parcel |
naharang sa customs     | scam:problem | 0.85 | parcel |
na-hold sa customs      | scam:problem | 0.9  | parcel |
nasa customs            | scam:problem | 0.65 | parcel |
nakabinbin na parcel    | scam:problem | 0.8  | parcel |
nakabinbing parcel      | scam:problem | 0.8  | parcel |
may parcel ka           | scam:problem | 0.6  | parcel |
may package ka          | scam:problem | 0.6  | parcel |
may padala ka           | scam:problem | 0.55 | parcel |
balikbayan box          | scam:problem | 0.45 | parcel |

# ---- refunds, aid ----
ayuda                   | scam:problem | 0.45 | refund |
makakatanggap ka ng ayuda | scam:problem | 0.8 | refund |
ayuda mula sa dswd      | scam:problem | 0.75 | refund |
claim ang ayuda         | scam:problem | 0.75 | refund |
may ayuda ka            | scam:problem | 0.75 | refund |
cash aid                | scam:problem | 0.5  | refund |
tulong pinansyal        | scam:problem | 0.5  | refund |
tulong pinansiyal       | scam:problem | 0.5  | refund |
ayuda para sa           | scam:problem | 0.5  | refund |
akap program            | scam:problem | 0.5  | refund |
tupad program           | scam:problem | 0.5  | refund |
4ps                     | scam:problem | 0.35 | refund |
subsidiya               | scam:problem | 0.45 | refund |
ibabalik ang pera mo    | scam:problem | 0.55 | refund |
may refund ka           | scam:problem | 0.7  | refund |

# ---- prizes ----
nanalo ka               | scam:problem | 0.85 | prize |
nanalo ka ng            | scam:problem | 0.85 | prize |
ikaw ay nanalo          | scam:problem | 0.85 | prize |
ikaw ang nanalo         | scam:problem | 0.75 | prize |
panalo ka               | scam:problem | 0.7  | prize |
nanalo                  | scam:problem | 0.4  | prize |
premyo                  | scam:problem | 0.4  | prize |
papremyo                | scam:problem | 0.5  | prize |
pa-premyo               | scam:problem | 0.5  | prize |
napili ka               | scam:problem | 0.7  | prize |
ikaw ay napili          | scam:problem | 0.7  | prize |
masuwerteng nanalo      | scam:problem | 0.8  | prize |
pa-raffle               | scam:problem | 0.45 | prize |
grand winner            | scam:problem | 0.6  | prize |
libreng regalo          | scam:problem | 0.55 | prize |
libreng load            | scam:problem | 0.55 | prize |
libre                   | scam:problem | 0.2  | prize |
points mo               | scam:problem | 0.4  | prize |
mag-e-expire ang points | scam:problem | 0.8  | prize |
mag-expire ang points mo | scam:problem | 0.8 | prize |
congrats po             | scam:problem | 0.35 | prize |
i-claim ang premyo      | scam:problem | 0.75 | prize |

# ---- jobs ----
online job              | scam:problem | 0.4  | job |
homebased               | scam:problem | 0.4  | job |
home based              | scam:problem | 0.4  | job |
sahod araw-araw         | scam:problem | 0.65 | job |
sweldo araw-araw        | scam:problem | 0.65 | job |
kita kada araw          | scam:problem | 0.6  | job |
daily sahod             | scam:problem | 0.6  | job |
mag-like lang           | scam:problem | 0.7  | job |
mag like lang           | scam:problem | 0.7  | job |
like lang ng video      | scam:problem | 0.7  | job |
simpleng task           | scam:problem | 0.6  | job |
madaling trabaho        | scam:problem | 0.55 | job |
trabaho sa bahay        | scam:problem | 0.4  | job |
kahit walang experience | scam:problem | 0.45 | job |
walang experience       | scam:problem | 0.4  | job |
cellphone lang ang kailangan | scam:problem | 0.65 | job |
cellphone lang puhunan  | scam:problem | 0.65 | job |
walang puhunan          | scam:problem | 0.5  | job |
extra income            | scam:problem | 0.45 | job |
kikita ka               | scam:problem | 0.45 | job |
hiring agad             | scam:problem | 0.45 | job |
hiring kahit minor      | scam:problem | 0.7  | job |

# ---- investment ----
siguradong kita         | scam:problem | 0.8  | investment |
siguradong kikita       | scam:problem | 0.8  | investment |
guaranteed na kita      | scam:problem | 0.85 | investment |
walang talo             | scam:problem | 0.6  | investment |
doble ang pera          | scam:problem | 0.85 | investment |
dodoble ang pera        | scam:problem | 0.85 | investment |
dodoblehin ang pera     | scam:problem | 0.85 | investment |
malaking tubo           | scam:problem | 0.6  | investment |
tubo kada araw          | scam:problem | 0.75 | investment |
tubo kada linggo        | scam:problem | 0.7  | investment |
interest kada araw      | scam:problem | 0.7  | investment |
pay in pay out          | scam:problem | 0.6  | investment |
paying investment       | scam:problem | 0.7  | investment |
walang risk             | scam:problem | 0.55 | investment |
balik puhunan agad      | scam:problem | 0.65 | investment |

# ---- loans ----
pautang agad            | scam:problem | 0.7  | loan |
loan agad               | scam:problem | 0.65 | loan |
mabilis na loan         | scam:problem | 0.6  | loan |
mabilis na pautang      | scam:problem | 0.65 | loan |
madaling loan           | scam:problem | 0.6  | loan |
instant cash            | scam:problem | 0.55 | loan |
walang collateral       | scam:problem | 0.55 | loan |
no collateral           | scam:problem | 0.55 | loan |
walang requirements     | scam:problem | 0.55 | loan |
isang valid id lang     | scam:problem | 0.65 | loan |
valid id lang           | scam:problem | 0.6  | loan |
approved agad           | scam:problem | 0.55 | loan |
approved ka na          | scam:problem | 0.6  | loan |
naaprubahan ang loan mo | scam:problem | 0.8  | loan |
approved na ang loan mo | scam:problem | 0.8  | loan |
na-approve ang loan mo  | scam:problem | 0.8  | loan |
may utang ka            | scam:problem | 0.45 | loan |
overdue na              | scam:problem | 0.45 | loan |

# ---- romance ----
padadalhan kita ng regalo | scam:problem | 0.8 | romance |
ipapadala ko ang regalo | scam:problem | 0.75 | romance |
may regalo ako sayo     | scam:problem | 0.55 | romance |
may regalo ako sa iyo   | scam:problem | 0.55 | romance |
gusto kitang makita     | scam:problem | 0.45 | romance |
pera para sa ticket     | scam:problem | 0.7  | romance |
pamasahe ko papunta     | scam:problem | 0.55 | romance |
sundalo sa abroad       | scam:problem | 0.6  | romance |

# ---- legal ----
may warrant ka          | scam:problem | 0.9  | legal |
may warrant of arrest ka | scam:problem | 0.9 | legal |
warrant of arrest       | scam:problem | 0.6  | legal |
may kaso ka             | scam:problem | 0.8  | legal |
may kaso kang           | scam:problem | 0.8  | legal |
kaso                    | scam:problem | 0.3  | legal |
subpoena                | scam:problem | 0.45 | legal |
demand letter           | scam:problem | 0.5  | legal |
may violation ka        | scam:problem | 0.75 | legal |
traffic violation mo    | scam:problem | 0.75 | legal |
ncap violation          | scam:problem | 0.7  | legal |
ncap                    | scam:problem | 0.45 | legal |
may multa ka            | scam:problem | 0.7  | legal |
multa                   | scam:problem | 0.35 | legal |
parcel na may droga     | scam:problem | 0.95 | legal |
may lamang droga        | scam:problem | 0.9  | legal |
iligal na droga         | scam:problem | 0.5  | legal |
ilegal na droga         | scam:problem | 0.5  | legal |
sangkot ka sa           | scam:problem | 0.8  | legal |
sangkot sa money laundering | scam:problem | 0.9 | legal |
estafa                  | scam:problem | 0.35 | legal |
blacklisted ka          | scam:problem | 0.6  | legal |
naka-blacklist ka       | scam:problem | 0.6  | legal |
unpaid toll mo          | scam:problem | 0.8  | legal |
autosweep               | scam:problem | 0.35 | legal |
easytrip                | scam:problem | 0.35 | legal |

# ---- voicemail ----
may voicemail ka        | scam:problem | 0.75 | voicemail |
may mensahe ka          | scam:problem | 0.5  | voicemail |
may voice message ka    | scam:problem | 0.7  | voicemail |
tumawag sa iyo          | scam:problem | 0.3  | voicemail |

# ---- fees ----
kailangan ko ng pera    | scam:problem | 0.6  | fee |
emergency lang          | scam:problem | 0.55 | fee |
may emergency           | scam:problem | 0.45 | fee |
naaksidente             | scam:problem | 0.55 | legal |
nasa ospital            | scam:problem | 0.35 | fee |
nahuli ng pulis         | scam:problem | 0.6  | legal |
magbayad muna           | scam:action | 0.7  | transfer |
bayad muna              | scam:action | 0.6  | transfer |
bayaran muna            | scam:action | 0.6  | transfer |
padala muna             | scam:action | 0.65 | transfer |
magpadala muna          | scam:action | 0.65 | transfer |
mag-cash in muna        | scam:action | 0.7  | transfer |
mag cash in muna        | scam:action | 0.7  | transfer |
processing fee          | scam:problem | 0.6  | fee |
release fee             | scam:problem | 0.85 | fee |
clearance fee           | scam:problem | 0.8  | fee |
customs fee             | scam:problem | 0.7  | fee |
placement fee           | scam:problem | 0.5  | fee |
membership fee          | scam:problem | 0.5  | fee |
buwis sa premyo         | scam:problem | 0.85 | fee |
tax ng premyo           | scam:problem | 0.85 | fee |
bayad sa customs        | scam:problem | 0.8  | fee |
small fee lang          | scam:problem | 0.6  | fee |
service fee             | scam:problem | 0.4  | fee |
shipping fee            | scam:problem | 0.4  | fee |
re:\bmagbayad (ng |lang ng |muna ng |ka ng )?(₱|php|p) ?\d | scam:problem | 0.55 | fee |
re:\bmagpadala (ng |lang ng |muna ng |ka ng )?(₱|php|p) ?\d | scam:problem | 0.55 | fee |


# ---- added 2026-12: problems, written with short gaps ----
# account: blocked / locked / frozen / on hold, either order ("na-block card ko", "naka-hold pa account
# ko", "naka-freeze na ang pondo", "account ko ay naka-hold")
re:\b(na-?block|naka-?block|nablock|na-?lock|naka-?lock|nalock|na-?freeze|naka-?freeze|nafreeze|na-?hold|naka-?hold|nahold|na-?suspend|naka-?suspend|na-?deactivate|na-?hack|nahack|na-?decline)\b.{0,12}\b(card|account|acct|gcash|wallet|pondo|pera|funds|bank|sim|bayad|payment)\b | scam:problem | 0.75 | account |
re:\b(card|account|acct|gcash|wallet|sim|pondo|pera)\b.{0,15}\b(na-?block|naka-?block|na-?lock|naka-?lock|na-?freeze|naka-?freeze|na-?hold|naka-?hold|na-?suspend|ma-?block|mabablock|na-?decline)\b | scam:problem | 0.75 | account |
re:\bna-?lock ako\b     | scam:problem | 0.6  | account |
may insider             | scam:problem | 0.7  | account |
insider sa              | scam:problem | 0.65 | account |
nagnanakaw              | scam:problem | 0.55 | account |
re:\bmag-?upgrade\b.{0,20}\baccount\b | scam:problem | 0.7 | account |
disconnection notice    | scam:problem | 0.6  | account |
disconnection           | scam:problem | 0.35 | account |
re:\b(naka-?hold|na-?hold|naka-?freeze|nakabinbin)\b.{0,15}\b(pera|pondo|bayad|transfer|padala|payment|funds)\b | scam:problem | 0.75 | account |
re:\bna-?send ko na\b   | scam:problem | 0.45 | refund |
re:\b(napunta|na-?send|naipadala|nai-?send|pumunta|dumating)\b.{0,20}\b(number|phone|cp|cellphone) (mo|nyo|niyo|ninyo)\b | scam:problem | 0.75 | account |
re:\b(number|phone|cp|cellphone) (mo|nyo|niyo|ninyo)\b.{0,15}\b(napunta|nai-?send|na-?send|pumunta|nalagay|nailagay|nagamit)\b | scam:problem | 0.75 | account |
re:\b(nalagay|nailagay|na-?type|naitype|nagamit|nailagay) (ko|namin)\b | scam:problem | 0.55 | account |
re:\bmay darating\b.{0,20}\b(code|otp|sms|text|pin)\b | scam:problem | 0.75 | account |
re:\b(code|otp|pin)\b.{0,20}\b(kakatext|katetext|kaka-?text|kasesend|kaka-?send|tinext|na-?text)\b | scam:problem | 0.6 | account |
pa-vote                 | scam:problem | 0.6  | prize |
pa vote                 | scam:problem | 0.6  | prize |
iboto                   | scam:problem | 0.5  | prize |
kasali ako sa           | scam:problem | 0.4  | prize |
re:\bmali (ang |yung |ung )?(account number|details|detalye|info|impormasyon|pangalan|number)\b | scam:problem | 0.6 | account |
sira phone ko           | scam:problem | 0.5  | account |
sira ang cp ko          | scam:problem | 0.5  | account |
nasira ang phone ko     | scam:problem | 0.5  | account |
# parcels
dumaan ako kanina       | scam:problem | 0.55 | parcel |
walang tao              | scam:problem | 0.45 | parcel |
walang sumasagot        | scam:problem | 0.4  | parcel |
re:\b(kulang|mali|hindi kumpleto|incomplete|kulang pa) (ang |yung |ung )?(address|house number|zip code|detalye ng address|street)\b | scam:problem | 0.8 | parcel |
re:\b(sira|nasira|punit|malabo|unreadable) (na )?(ang |yung )?(label|address|waybill)\b | scam:problem | 0.7 | parcel |
picture ng parcel       | scam:problem | 0.45 | parcel |
re:\b(na-?hold|naharang|nahold|hinold|hawak|hinarang) (ng|sa) (customs|boc|bureau of customs)\b | scam:problem | 0.85 | parcel |
re:\b(package|parcel|padala|kahon)\b.{0,10}\b(naka-?pangalan|nakapangalan) sa (inyo|iyo|yo|mo)\b | scam:problem | 0.55 | parcel |
para ma-confirm ang delivery | scam:problem | 0.5 | parcel |
# refunds and aid
re:\bkasama (ka|kayo|po kayo|ikaw|po ikaw)\b.{0,12}\b(ayuda|list|listahan|beneficiar\w*|recipients?|napili|payout)\b | scam:problem | 0.7 | refund |
ayuda list              | scam:problem | 0.65 | refund |
na ayuda                | scam:problem | 0.5  | refund |
refund mo               | scam:problem | 0.3  | refund |
ma-refund               | scam:problem | 0.4  | refund |
para ma-refund          | scam:problem | 0.55 | refund |
maibalik ang pera       | scam:problem | 0.5  | refund |
# prizes
re:\b(number|numero|ticket|entry|cp number|mobile number)\b.{0,20}\b(ay )?nanalo\b | scam:problem | 0.85 | prize |
napili ka para          | scam:problem | 0.8  | prize |
re:\b(makatanggap|makakuha|makukuha|makuha|makakatanggap|matanggap)\b.{0,30}\b(free|libre|libreng)\b | scam:problem | 0.7 | prize |
re:\bnakakuha\b.{0,30}\b(free|libre|libreng)\b | scam:problem | 0.65 | prize |
re:\bsa halagang\b.{0,25}\blang\b | scam:problem | 0.55 | prize |
sagutan ang survey      | scam:problem | 0.55 | prize |
re:\bmay\b.{0,30}\bbonus ka\b | scam:problem | 0.7 | prize |
bonus ka                | scam:problem | 0.55 | prize |
grand draw              | scam:problem | 0.6  | prize |
# jobs
re:\b(bayad|kita|sahod|sweldo|commission|komisyon)\b.{0,15}\b(bawat|kada|per) (task|review|like|order|video|rating)\b | scam:problem | 0.75 | job |
re:\b(sahod|sweldo|kita|kikitain)\b.{0,25}\b(per day|a day|kada araw|araw-?araw|bawat araw|daily)\b | scam:problem | 0.45 | job |
re:\b\d{1,3}(-\d{1,3})? ?(mins|minutes|minuto|oras|hours|hrs) lang\b | scam:problem | 0.55 | job |
re:\b\d{1,2} (oras|hours?) na trabaho\b | scam:problem | 0.55 | job |
re:\b(cellphone|cp|phone|selpon|celphone)( lang)? (ang )?(kailangan|puhunan)\b | scam:problem | 0.7 | job |
wfh job                 | scam:problem | 0.45 | job |
mag-rate ng             | scam:problem | 0.6  | job |
re:\b(resume|cv) (mo|nyo|niyo)\b | scam:problem | 0.5 | job |
# investment
re:\b\d{1,3} ?% (kada|bawat|every|each|per|a) (araw|linggo|buwan|day|week|month)\b | scam:problem | 0.8 | investment |
kumita ng malaki        | scam:problem | 0.55 | investment |
kikita ka ng malaki     | scam:problem | 0.6  | investment |
nagpayaman              | scam:problem | 0.65 | investment |
re:\btuturuan (kita|ko kayo|namin kayo|ka)\b.{0,30}\b(kumita|mag-?trade|mag-?invest|yumaman|magka-?pera)\b | scam:problem | 0.7 | investment |
ako na ang mag-trade    | scam:problem | 0.75 | investment |
ako na mag-trade        | scam:problem | 0.75 | investment |
re:\b(kinita|kumita|tubo|profit)\b.{0,20}\b(members|students|clients|investors|kasamahan|estudyante)\b | scam:problem | 0.6 | investment |
may profit na           | scam:problem | 0.65 | investment |
para ma-withdraw        | scam:problem | 0.5  | investment |
# loans
re:\b(walang|no|without|hindi kailangan ng) (credit check|ci|payslip|collateral|requirements|co-?maker|documents|docs)\b | scam:problem | 0.7 | loan |
re:\bapproved (in|within|agad|sa loob ng)\b | scam:problem | 0.55 | loan |
re:\b(sure|siguradong|guaranteed|100%) approved\b | scam:problem | 0.8 | loan |
kahit may bad record    | scam:problem | 0.65 | loan |
bad record              | scam:problem | 0.45 | loan |
kahit blacklisted       | scam:problem | 0.6  | loan |
re:\b(hindi|di) (ma-?release|mailabas|ma-?disburse|maibigay|ma-?withdraw|maipadala|ma-?credit)\b.{0,20}\b(loan|pera|pondo|withdrawal|premyo|refund|payout)\b | scam:problem | 0.8 | loan |
ang loan mo             | scam:problem | 0.45 | loan |
re:\b(id|valid id|1 valid id|isang id|isang valid id) lang\b | scam:problem | 0.6 | loan |
baon sa utang           | scam:problem | 0.45 | loan |
re:\b(patunay|proof)\b.{0,25}\b(magbayad|makabayad|pay|kaya mong|kaya mo)\b | scam:problem | 0.75 | fee |
# fees and help asked for
re:\bpara (ma-?release|mailabas|makuha|ma-?claim|ma-?withdraw|maibigay|maipadala|maideliver|maihatid|ma-?activate|ma-?unlock|ma-?unfreeze)\b | scam:problem | 0.5 | fee |
re:\b(tax|buwis|fee|bayad)\b.{0,15}\b(sa|ng) (premyo|panalo|profit|kita|withdrawal|napanalunan)\b | scam:problem | 0.85 | fee |
re:\b\d{1,2} ?% (na )?(tax|buwis|fee)\b | scam:problem | 0.7 | fee |
re:\bhangga['’]?t (hindi|di)\b.{0,25}\b(magbayad|nagbabayad|nakakabayad|makabayad|bayad|bayaran|nagbayad|nakabayad)\b | scam:problem | 0.7 | fee |
re:\b(ayaw|hindi) (siyang |akong |kaming |siya |ako )?(gamutin|asikasuhin|i-?discharge|palabasin|pauwiin|papauwiin)\b | scam:problem | 0.65 | fee |
naospital               | scam:problem | 0.5  | fee |
nahihiya ako            | scam:problem | 0.45 | fee |
re:\b(naka-?hold|na-?hold|naipit|stuck)\b.{0,10}\b(mana|pamana|inheritance)\b | scam:problem | 0.75 | fee |
ang mana ko             | scam:problem | 0.6  | fee |
re:\b(humihingi|hinihingi|kailangan)\b.{0,10}\b(abogado|lawyer|agent|customs|ospital|hospital|pulis)\b | scam:problem | 0.55 | fee |
piyansa                 | scam:problem | 0.6  | legal |
hinuli ng pulis         | scam:problem | 0.65 | legal |
pambayad ng             | scam:problem | 0.4  | fee |
# romance
re:\b(hindi|di) (nila )?(ako )?(papauwiin|pauuwiin|pakakawalan|ire-?release|palalabasin|pauuwiin)\b | scam:problem | 0.7 | romance |
approved na ang leave ko | scam:problem | 0.55 | romance |
pakasalan               | scam:problem | 0.55 | romance |
pakakasalan kita        | scam:problem | 0.6  | romance |
para makita ka          | scam:problem | 0.5  | romance |
parang kilala na kita   | scam:problem | 0.5  | romance |
nag-book na ako ng ticket | scam:problem | 0.5 | romance |
sundalo                 | scam:problem | 0.4  | romance |
# legal
re:\bwarrant\b.{0,30}\b(naka-?pangalan|nakapangalan|sa pangalan) (mo|nyo|niyo|ninyo|sa inyo|sa iyo)\b | scam:problem | 0.9 | legal |
may warrant             | scam:problem | 0.75 | legal |
re:\bginamit (ang |ito |ang iyong |ang inyong )?(pangalan|id|sim|account|number)\b | scam:problem | 0.7 | legal |
re:\b(ginamit|nagamit)\b.{0,15}\bsa (krimen|scam|panloloko|iligal|ilegal|fraud|money laundering|droga)\b | scam:problem | 0.85 | legal |
re:\bsuspect (ka|kayo|ikaw|po kayo)\b | scam:problem | 0.85 | legal |
fraud case              | scam:problem | 0.55 | legal |
sangkot                 | scam:problem | 0.55 | legal |
pekeng passport         | scam:problem | 0.6  | legal |
re:\b(may lamang|naglalaman ng|laman ay|contains|containing)\b.{0,20}\b(droga|drugs|shabu|ilegal|illegal|baril|pekeng|fake)\b | scam:problem | 0.85 | legal |
para sa imbestigasyon   | scam:problem | 0.55 | legal |
imbestigasyon           | scam:problem | 0.4  | legal |
# voicemail, messages waiting
re:\b(may|mayroon|meron)\b.{0,15}\b(voicemail|voice message|voice msg|audio message)\b | scam:problem | 0.6 | voicemail |
re:\bbagong (voicemail|voice message|voice msg|audio message)\b | scam:problem | 0.7 | voicemail |
re:\bnaghihintay na (voicemail|voice message|voice msg|audio message|mensahe|message)\b | scam:problem | 0.7 | voicemail |
missed call mula sa     | scam:problem | 0.6  | voicemail |
re:\bvoicemail tungkol sa\b | scam:problem | 0.65 | voicemail |
imbitado ka             | scam:problem | 0.25 | voicemail |
invited ka              | scam:problem | 0.25 | voicemail |

# ======================================================================= pressure
# ---- deadlines ----
re:\bsa loob ng \d{1,2} ?(oras|hours|minuto|minutes)\b | scam:pressure | 0.75 | deadline |
sa loob ng 24 oras      | scam:pressure | 0.8  | deadline |
sa loob ng 24 hours     | scam:pressure | 0.8  | deadline |
sa loob ng isang oras   | scam:pressure | 0.75 | deadline |
24 oras                 | scam:pressure | 0.45 | deadline |
ngayon din              | scam:pressure | 0.6  | deadline |
ngayon na               | scam:pressure | 0.45 | deadline |
ngayong araw            | scam:pressure | 0.4  | deadline |
hanggang ngayong araw   | scam:pressure | 0.6  | deadline |
hanggang mamaya         | scam:pressure | 0.45 | deadline |
today lang              | scam:pressure | 0.45 | deadline |
agad-agad               | scam:pressure | 0.5  | deadline |
agad                    | scam:pressure | 0.35 | deadline |
kaagad                  | scam:pressure | 0.4  | deadline |
madalian                | scam:pressure | 0.4  | deadline |
bilisan mo              | scam:pressure | 0.4  | deadline |
huling paalala          | scam:pressure | 0.75 | deadline |
huling babala           | scam:pressure | 0.8  | deadline |
huling araw             | scam:pressure | 0.45 | deadline |
bago mag-expire         | scam:pressure | 0.55 | deadline |
bago mag expire         | scam:pressure | 0.55 | deadline |
bago maghatinggabi      | scam:pressure | 0.55 | deadline |

# ---- threats ----
mabablock               | scam:pressure | 0.6  | threat |
ma-block                | scam:pressure | 0.5  | threat |
iba-block               | scam:pressure | 0.65 | threat |
ibablock                | scam:pressure | 0.65 | threat |
masususpend             | scam:pressure | 0.6  | threat |
isususpend              | scam:pressure | 0.65 | threat |
ide-deactivate          | scam:pressure | 0.7  | threat |
idedeactivate           | scam:pressure | 0.7  | threat |
made-deactivate         | scam:pressure | 0.7  | threat |
ma-deactivate           | scam:pressure | 0.55 | threat |
isasara ang account     | scam:pressure | 0.75 | threat |
isasara ang iyong account | scam:pressure | 0.8 | threat |
mawawala ang pera mo    | scam:pressure | 0.8  | threat |
mawawala ang points mo  | scam:pressure | 0.7  | threat |
mapapaso                | scam:pressure | 0.5  | threat |
ibabalik sa sender      | scam:pressure | 0.6  | threat |
ibabalik sa nagpadala   | scam:pressure | 0.6  | threat |
kakasuhan ka            | scam:pressure | 0.85 | threat |
kakasuhan               | scam:pressure | 0.55 | threat |
huhulihin ka            | scam:pressure | 0.85 | threat |
aarestuhin ka           | scam:pressure | 0.9  | threat |
ipapakulong ka          | scam:pressure | 0.85 | threat |
makukulong ka           | scam:pressure | 0.85 | threat |
papatawan ng multa      | scam:pressure | 0.65 | threat |
ipapahiya ka            | scam:pressure | 0.8  | threat |
ipapahiya               | scam:pressure | 0.6  | threat |
ikakalat ko             | scam:pressure | 0.7  | threat |
ipopost ka              | scam:pressure | 0.7  | threat |
tatawagan ang contacts mo | scam:pressure | 0.8 | threat |
itetext ang contacts mo | scam:pressure | 0.8  | threat |
kung hindi mo gagawin   | scam:pressure | 0.55 | threat |
kapag hindi mo          | scam:pressure | 0.4  | threat |

# ---- secrecy ----
huwag sabihin kanino man | scam:pressure | 0.8 | secrecy |
wag sabihin kanino man  | scam:pressure | 0.8  | secrecy |
huwag sabihin kahit kanino | scam:pressure | 0.8 | secrecy |
wag sabihin kahit kanino | scam:pressure | 0.8 | secrecy |
wag mong sabihin kahit kanino | scam:pressure | 0.8 | secrecy |
huwag mong sabihin kahit kanino | scam:pressure | 0.8 | secrecy |
huwag ipaalam           | scam:pressure | 0.55 | secrecy |
wag ipaalam             | scam:pressure | 0.55 | secrecy |
huwag ipaalam sa pamilya | scam:pressure | 0.85 | secrecy |
wag ipaalam sa pamilya  | scam:pressure | 0.85 | secrecy |
huwag ipaalam sa bangko | scam:pressure | 0.9  | secrecy |
wag sabihin sa bangko   | scam:pressure | 0.9  | secrecy |
sikreto lang natin      | scam:pressure | 0.75 | secrecy |
atin-atin lang          | scam:pressure | 0.7  | secrecy |
sa atin lang ito        | scam:pressure | 0.7  | secrecy |
confidential ito        | scam:pressure | 0.6  | secrecy |
huwag ibaba ang tawag   | scam:pressure | 0.7  | secrecy |
wag mong ibaba ang tawag | scam:pressure | 0.7 | secrecy |
wag ibaba ang phone     | scam:pressure | 0.65 | secrecy |


# ---- added 2026-12: pressure ----
re:\bbago (mag-?|ang )?(\w{1,2})(/\w{1,2}|:\w\w| ?pm| ?am| ?midnight| ?ng gabi| ?ng hatinggabi)\b | scam:pressure | 0.55 | deadline |
ngayon                  | scam:pressure | 0.2  | deadline |
mamayang                | scam:pressure | 0.3  | deadline |
re:\b\d{1,3} na lang (ang )?(natitira|natira|slots?|stocks?|pwesto)\b | scam:pressure | 0.6 | deadline |
re:\b\d{1,3} (slots?|spots?|pwesto) na lang\b | scam:pressure | 0.6 | deadline |
na lang natitira        | scam:pressure | 0.5  | deadline |
re:\b(huwag|wag|hwag|['’]wag|di dapat)\b.{0,20}\b(sabihin|ipaalam|ipagsabi|ipagkalat|ikwento|banggitin|magsabi|sasabihin|ipaalam)\b | scam:pressure | 0.75 | secrecy |
re:\b(huwag|wag|['’]wag|di)\b.{0,12}\b(tumawag|tawagan|makatawag)\b | scam:pressure | 0.55 | secrecy |
re:\b(explain|ipapaliwanag|ikukwento|kwento) (ko|ko na lang|ko nalang|ko na) (later|mamaya|mamaya na|pag-?uwi)\b | scam:pressure | 0.5 | secrecy |
maaresto                | scam:pressure | 0.8  | threat |
maa-aresto              | scam:pressure | 0.8  | threat |
maiwasan ang putol      | scam:pressure | 0.65 | threat |
puputulan               | scam:pressure | 0.65 | threat |
mapuputulan             | scam:pressure | 0.65 | threat |
ididispose              | scam:pressure | 0.7  | threat |
idi-dispose             | scam:pressure | 0.7  | threat |
i-dispose               | scam:pressure | 0.6  | threat |
itatapon                | scam:pressure | 0.55 | threat |
re:\bkung (hindi|di)\b.{0,10}\b(makukumpirma|mababayaran|magbabayad|magbayad|ma-?verify|ma-?update|makakapagbayad|ma-?confirm|sasagot|tumugon|makakabayad)\b | scam:pressure | 0.65 | threat |
re:\bbago (ito |po ito )?(ma-?delete|mabura|mawala|ma-?expire|ma-?cancel|mag-?expire|ma-?dispose)\b | scam:pressure | 0.6 | threat |
para magamit pa         | scam:pressure | 0.5  | threat |

# ======================================================================= actions
# ---- links ----
i-click ang link        | scam:action | 0.7  | link |
i-click ang link na ito | scam:action | 0.75 | link |
iclick ang link         | scam:action | 0.7  | link |
i-click                 | scam:action | 0.35 | link |
iclick                  | scam:action | 0.35 | link |
pindutin ang link       | scam:action | 0.7  | link |
pindutin                | scam:action | 0.3  | link |
buksan ang link         | scam:action | 0.65 | link |
pumunta sa link         | scam:action | 0.6  | link |
bisitahin               | scam:action | 0.35 | link |
click mo                | scam:action | 0.45 | link |
click ang link          | scam:action | 0.65 | link |
click lang ang link     | scam:action | 0.65 | link |
sa link na ito          | scam:action | 0.55 | link |
sa link sa ibaba        | scam:action | 0.55 | link |
link sa baba            | scam:action | 0.5  | link |
link sa ibaba           | scam:action | 0.5  | link |
mag-log in              | scam:action | 0.4  | link |
mag-login               | scam:action | 0.4  | link |
i-claim dito            | scam:action | 0.65 | link |
claim dito              | scam:action | 0.6  | link |
i-claim                 | scam:action | 0.4  | link |
i-verify dito           | scam:action | 0.7  | link |
i-update dito           | scam:action | 0.65 | link |
i-scan ang qr           | scam:action | 0.55 | link |
i-track                 | scam:action | 0.35 | link |

# ---- calls ----
tawagan mo              | scam:action | 0.45 | call |
tawagan ang             | scam:action | 0.45 | call |
tawagan kami            | scam:action | 0.5  | call |
tawagan                 | scam:action | 0.35 | call |
tumawag sa              | scam:action | 0.4  | call |
tawag ka sa             | scam:action | 0.45 | call |
pindutin ang 1          | scam:action | 0.7  | call |
i-dial                  | scam:action | 0.45 | call |

# ---- apps ----
i-download ang app      | scam:action | 0.6  | app |
idownload ang app       | scam:action | 0.6  | app |
i-download              | scam:action | 0.4  | app |
idownload               | scam:action | 0.4  | app |
i-install ang app       | scam:action | 0.6  | app |
i-install               | scam:action | 0.4  | app |
mag-download            | scam:action | 0.35 | app |
apk                     | scam:action | 0.7  | app |
anydesk                 | scam:action | 0.85 | app |
teamviewer              | scam:action | 0.8  | app |
i-allow ang accessibility | scam:action | 0.7 | app |
i-share ang screen      | scam:action | 0.65 | app |

# ---- transfers ----
pa-send naman           | scam:action | 0.55 | transfer |
pasend naman            | scam:action | 0.55 | transfer |
pa-send                 | scam:action | 0.4  | transfer |
sa gcash ko             | scam:action | 0.55 | transfer |
send mo sa gcash        | scam:action | 0.6  | transfer |
babayaran din kita      | scam:action | 0.5  | transfer |
ibabalik ko agad        | scam:action | 0.45 | transfer |
magpadala               | scam:action | 0.4  | transfer |
ipadala                 | scam:action | 0.35 | transfer |
mag-send                | scam:action | 0.3  | transfer |
mag-transfer            | scam:action | 0.45 | transfer |
i-transfer              | scam:action | 0.45 | transfer |
magbayad                | scam:action | 0.35 | transfer |
mag-cash in             | scam:action | 0.5  | transfer |
mag cash in             | scam:action | 0.5  | transfer |
i-gcash                 | scam:action | 0.5  | transfer |
igcash                  | scam:action | 0.5  | transfer |
i-gcash mo              | scam:action | 0.55 | transfer |
send sa gcash           | scam:action | 0.55 | transfer |
padala sa gcash         | scam:action | 0.55 | transfer |
gcash number            | scam:action | 0.4  | transfer |
mag-deposit             | scam:action | 0.45 | transfer |
magdeposito             | scam:action | 0.45 | transfer |
mag-load                | scam:action | 0.35 | transfer |
loadan mo ako           | scam:action | 0.55 | transfer |
pasaload                | scam:action | 0.4  | transfer |
ilipat ang pera         | scam:action | 0.75 | transfer |
ilipat ang pera mo      | scam:action | 0.85 | transfer |
padalhan mo ako         | scam:action | 0.5  | transfer |
pahiram muna            | scam:action | 0.45 | transfer |
pautangin mo ako        | scam:action | 0.45 | transfer |

# ---- codes ----
ibigay ang otp          | scam:action | 0.85 | code |
ibigay mo ang otp       | scam:action | 0.9  | code |
ibigay ang iyong otp    | scam:action | 0.9  | code |
i-send ang otp          | scam:action | 0.85 | code |
isend ang otp           | scam:action | 0.85 | code |
sabihin ang otp         | scam:action | 0.85 | code |
ano ang otp             | scam:action | 0.85 | code |
ano otp mo              | scam:action | 0.85 | code |
otp mo                  | scam:action | 0.65 | code |
code mo                 | scam:action | 0.45 | code |
mpin                    | scam:action | 0.6  | code |
mpin mo                 | scam:action | 0.75 | code |
pin mo                  | scam:action | 0.6  | code |
password mo             | scam:action | 0.5  | code |
one-time pin            | scam:action | 0.55 | code |
one time pin            | scam:action | 0.55 | code |
na-send ko ang code     | scam:action | 0.7  | code |
napadala ko ang code    | scam:action | 0.7  | code |
pakisend ang code       | scam:action | 0.8  | code |
paki-send ang code      | scam:action | 0.8  | code |
pa-send back ng code    | scam:action | 0.8  | code |

# ---- details ----
i-verify ang account mo | scam:action | 0.7  | details |
i-verify ang iyong account | scam:action | 0.7 | details |
iverify ang account     | scam:action | 0.65 | details |
i-verify                | scam:action | 0.4  | details |
i-update ang account mo | scam:action | 0.65 | details |
i-update ang iyong impormasyon | scam:action | 0.7 | details |
i-update ang impormasyon | scam:action | 0.65 | details |
i-update                | scam:action | 0.35 | details |
ilagay ang iyong        | scam:action | 0.5  | details |
i-fill up               | scam:action | 0.45 | details |
fill up                 | scam:action | 0.35 | details |
punan ang form          | scam:action | 0.5  | details |
personal na impormasyon | scam:action | 0.5  | details |
account number mo       | scam:action | 0.6  | details |
card number mo          | scam:action | 0.65 | details |
valid id mo             | scam:action | 0.5  | details |
i-link ang account      | scam:action | 0.55 | details |
i-confirm ang iyong     | scam:action | 0.5  | details |
kumpirmahin ang         | scam:action | 0.45 | details |
beripikahin             | scam:action | 0.5  | details |

# ---- contact ----
mag-reply               | scam:action | 0.35 | contact |
reply ka                | scam:action | 0.4  | contact |
i-message               | scam:action | 0.35 | contact |
mag-message sa          | scam:action | 0.45 | contact |
pm mo ako               | scam:action | 0.4  | contact |
pm lang                 | scam:action | 0.35 | contact |
chat mo ako             | scam:action | 0.35 | contact |
message mo ako sa telegram | scam:action | 0.7 | contact |
add mo ako sa telegram  | scam:action | 0.65 | contact |
viber mo ako            | scam:action | 0.5  | contact |
whatsapp mo ako         | scam:action | 0.55 | contact |
i-add sa telegram       | scam:action | 0.6  | contact |
sumali sa telegram      | scam:action | 0.6  | contact |
kontakin ang            | scam:action | 0.45 | contact |
kontakin                | scam:action | 0.4  | contact |
i-text mo               | scam:action | 0.45 | contact |
i-text                  | scam:action | 0.35 | contact |
itext                   | scam:action | 0.35 | contact |
mag-text sa             | scam:action | 0.45 | contact |


# ---- added 2026-12: actions ----
# transfers: moving savings to a "safe" account, "pa-send", "kailangan ko ng ₱…", paying a fee
re:\bilipat\b.{0,40}\b(secure|safe|safety|protected|government|safekeeping|bagong|ibang|holding) account\b | scam:action | 0.9 | transfer |
re:\bilipat\b.{0,25}\b(pera|ipon|savings|pondo|balance|laman|funds)\b | scam:action | 0.8 | transfer |
safekeeping account     | scam:action | 0.8  | transfer |
re:\baccount na (ibibigay|ibigay|ise-?send|ipapadala|bibigay)\b | scam:action | 0.75 | transfer |
re:\b(pwede|puwede|pwedi|pede) (mo |nyo |niyo |po )?(bang |ba )?(i-?send|i-?transfer|ipadala|magpadala|i-?gcash|pahiramin|padalhan|bayaran|magbayad|pautangin)\b | scam:action | 0.6 | transfer |
re:\b(matutulungan|tutulungan|matulungan) (mo|nyo|niyo) (ba )?(ako|kami)\b | scam:action | 0.6 | transfer |
re:\bpaki-?(gcash|send|padala|transfer|bayad|bayaran|load|maya)\b | scam:action | 0.55 | transfer |
re:\b(bayaran|magbayad|bayad|i-?settle|mababayaran|babayaran)\b.{0,20}\b(upgrade|unfreeze|unlock|release|processing|clearance|reschedule|storage|insurance|notary|verification|activation|withdrawal|membership|tax|customs|redelivery) fee\b | scam:action | 0.75 | transfer |
re:\b(bayad|magbayad|bayaran|pay) lang\b | scam:action | 0.55 | transfer |
re:\b(kailangan|need) (mo|nyo|niyo|ninyo|ko)? ?(munang|muna|na)? ?(bayaran|magbayad|mag-?send|magpadala|mag-?deposit|i-?transfer)\b | scam:action | 0.7 | transfer |
re:\b(mag-?deposit|mag-?invest|mag-?top ?up|magtop-?up|mag-?cash ?in)\b.{0,20}\b(site|platform|app|account|link)\b | scam:action | 0.7 | transfer |
re:\b(sa )?account ng (friend|kaibigan|pinsan|kaklase|landlady|landlord|agent|abogado|boss)\b | scam:action | 0.7 | transfer |
re:\bsa (landlady|landlord|agent|abogado|kaibigan) (ko|namin)\b | scam:action | 0.5 | transfer |
i-send                  | scam:action | 0.35 | transfer |
isend                   | scam:action | 0.35 | transfer |
mag-send ka ng          | scam:action | 0.5  | transfer |
pakisend ng             | scam:action | 0.55 | transfer |
mag-invest              | scam:action | 0.35 | transfer |
mag-invest ng           | scam:action | 0.55 | transfer |
i-transfer muna         | scam:action | 0.65 | transfer |
ibabalik ko             | scam:action | 0.45 | transfer |
babayaran kita          | scam:action | 0.5  | transfer |
kailangan ko ng         | scam:action | 0.35 | transfer |
kailangan ng            | scam:action | 0.25 | transfer |
nagbabayad              | scam:action | 0.25 | transfer |
makabayad               | scam:action | 0.25 | transfer |
nakakabayad             | scam:action | 0.25 | transfer |
humihingi               | scam:action | 0.25 | transfer |
i-send ko account number | scam:action | 0.5 | transfer |
# codes: "paki-forward", "pakibigay", "basahin mo ang code", "i-send pabalik"
re:\b(paki-?forward|i-?forward|pasend|pakisend|paki-?send|i-?send|ibigay|pakibigay|paki-?bigay|sabihin|basahin|i-?text|itext)\b.{0,25}\b(code|otp|pin)\b | scam:action | 0.8 | code |
re:\b(code|otp|pin)\b.{0,40}\b(paki-?forward|pakibigay|paki-?bigay|pakisend|paki-?send|i-?send mo|ibigay mo|i-?forward|basahin mo|pabalik|pasend)\b | scam:action | 0.8 | code |
re:\bkailangan (ko|namin|nila)? ?(yung|ang|ung) (code|otp|pin)\b | scam:action | 0.8 | code |
paki-forward            | scam:action | 0.6  | code |
pakiforward             | scam:action | 0.6  | code |
pakibigay               | scam:action | 0.45 | code |
pabalik sakin           | scam:action | 0.55 | code |
pabalik sa akin         | scam:action | 0.55 | code |
pakisend sa akin        | scam:action | 0.6  | code |
basahin mo lang ang     | scam:action | 0.7  | code |
na matatanggap mo       | scam:action | 0.45 | code |
# links, taps, opening files and apps
re:\bi-?confirm (mo |nyo |niyo )?(ang |yung )?(account|details|identity|impormasyon|address)\b | scam:action | 0.65 | details |
paki-confirm            | scam:action | 0.5  | details |
makukumpirma ang address | scam:action | 0.5 | details |
i-check ang status      | scam:action | 0.45 | link |
pakinggan dito          | scam:action | 0.65 | link |
pakinggan               | scam:action | 0.35 | link |
i-tap para              | scam:action | 0.55 | link |
i-tap                   | scam:action | 0.4  | link |
i-claim na              | scam:action | 0.55 | link |
isara at buksan ulit    | scam:action | 0.7  | link |
re:\b(buksan|pakibuksan|pagbukas|i-?open|i-?install|pag-?install)\b.{0,30}\b(apk|file|attachment|invitation)\b | scam:action | 0.75 | app |
pakibuksan              | scam:action | 0.45 | app |
re:\bi-?allow\b.{0,25}\b(access|permissions?|unknown sources|accessibility|contacts|gallery|lahat)\b | scam:action | 0.85 | app |
re:\b(wala|hindi available|hindi makikita) (ito |po )?sa (play ?store|app ?store|google play)\b | scam:action | 0.75 | app |
ginagabayan kita        | scam:action | 0.55 | app |
gagabayan kita          | scam:action | 0.5  | app |
# calls and contact
re:\bpindutin (ang |lang ang )?(\d|isa|one)\b | scam:action | 0.65 | call |
para makausap           | scam:action | 0.45 | call |
re:\b(i-?co-?connect|ikokonekta|ico-?connect|ipapasa|itatransfer|ita-?transfer)\b.{0,15}\b(kayo|ka|ikaw|kita)\b | scam:action | 0.6 | call |
re:\b(sumali|sali|mag-?join|join)\b.{0,10}\b(video call|videocall|zoom|call|group|gc)\b | scam:action | 0.65 | contact |
re:\bsali (na|ka|kayo)\b | scam:action | 0.5 | contact |
re:\bmag-?reply (ng |with )?['"‘’“”]?(y|yes|oo|1)\b | scam:action | 0.6 | contact |

# ======================================================================= awareness and advice
mag-ingat               | scam:aware |  |  |
mag ingat               | scam:aware |  |  |
magingat                | scam:aware |  |  |
mag-ingat sa scam       | scam:aware |  |  |
ingat sa scam           | scam:aware |  |  |
ingat po sa             | scam:aware |  |  |
scammer                 | scam:aware |  |  |
manloloko               | scam:aware |  |  |
panloloko               | scam:aware |  |  |
modus                   | scam:aware |  |  |
bagong modus            | scam:aware |  |  |
modus ng scam           | scam:aware |  |  |
na-scam                 | scam:aware |  |  |
nascam                  | scam:aware |  |  |
naloko                  | scam:aware |  |  |
huwag maniwala          | scam:aware |  |  |
wag maniwala            | scam:aware |  |  |
huwag magpapaniwala     | scam:aware |  |  |
huwag ibigay            | scam:aware |  |  |
wag ibigay              | scam:aware |  |  |
huwag i-click           | scam:aware |  |  |
wag i-click             | scam:aware |  |  |
wag iclick              | scam:aware |  |  |
huwag ibahagi           | scam:aware |  |  |
huwag i-share           | scam:aware |  |  |
hindi kailanman hihingin | scam:aware |  |  |
hindi namin hihingin    | scam:aware |  |  |
hindi hihingin          | scam:aware |  |  |
never hihingin          | scam:aware |  |  |
i-report                | scam:aware |  |  |
ireport                 | scam:aware |  |  |
i-block ang number      | scam:aware |  |  |
fake na                 | scam:aware |  |  |
nagpapanggap            | scam:aware |  |  |
1326                    | scam:aware |  |  |

# ---- added 2026-12: awareness and advice ----
task scam               | scam:aware |  |  |
scam yan                | scam:aware |  |  |
scam 'yan               | scam:aware |  |  |
scam ito                | scam:aware |  |  |
scam po ito             | scam:aware |  |  |
scam to                 | scam:aware |  |  |
scam po yan             | scam:aware |  |  |
report and block        | scam:aware |  |  |
i-ignore                | scam:aware |  |  |
iignore                 | scam:aware |  |  |
huwag pansinin          | scam:aware |  |  |
wag pansinin            | scam:aware |  |  |
balewalain              | scam:aware |  |  |
kumakalat               | scam:aware |  |  |
pekeng link             | scam:aware |  |  |
pekeng text             | scam:aware |  |  |
pekeng message          | scam:aware |  |  |
pekeng website          | scam:aware |  |  |
pekeng account          | scam:aware |  |  |
pekeng page             | scam:aware |  |  |
peke ito                | scam:aware |  |  |
peke yan                | scam:aware |  |  |
peke 'yan               | scam:aware |  |  |
fake link               | scam:aware |  |  |
wag ilagay              | scam:aware |  |  |
huwag ilagay            | scam:aware |  |  |
likod ng card           | scam:aware |  |  |
ponzi                   | scam:aware |  |  |
budol                   | scam:aware |  |  |
na-budol                | scam:aware |  |  |

# ---- benign look-alikes: a parcel on its way (cancel the parts inside) ----
re:\b(parcel|package|order|padala)( mo| nyo| niyo| ninyo)?\b.{0,40}\b(out for delivery|ay papunta na|parating na|na-?deliver na|naihatid na|dumating na sa inyo|on the way)( today| ngayon| ngayong araw| bukas)?\b | allow |  |  |
re:\b(na-?deliver na|naihatid na|na-?ship na|naipadala na)\b.{0,10}\b(ang |yung )?(parcel|package|order|padala)( mo| nyo| niyo)?\b | allow |  |  |
hindi kailanman         | scam:aware |  |  |
kailanman ay hindi      | scam:aware |  |  |
re:\b(huwag|wag|hwag)\b.{0,10}\b(ibigay|sabihin|i-?share|ipakita|ibahagi)\b.{0,20}\b(otp|pin|mpin|password|code|cvv)\b | scam:aware |  |  |
re:\b(otp|pin|mpin|password|code)\b.{0,25}\b(kahit kanino|kanino man|sa iba)\b | scam:aware |  |  |

# ---- benign refund and cashback notices (cancel the parts inside) ----
re:\b(refund|cashback|rebate)\b.{0,40}\b(na-?process na|na-?credit na|naipadala na|papasok sa loob ng)\b | allow |  |  |
re:\b(na-?process na|na-?credit na|naibalik na|naipadala na)\b.{0,15}\b(ang |yung )?(refund|cashback|rebate)( mo| nyo| niyo)?\b | allow |  |  |
