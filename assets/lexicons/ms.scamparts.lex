# Malay scam parts (issue 15): the sender a message claims to be (banks, e-wallets, couriers,
# LHDN, KWSP, JPJ, PDRM, Bank Negara, telcos, "ini mak, nombor baru"), the problem or prize it
# announces ("akaun anda telah disekat", "bungkusan tidak dapat dihantar", "bayaran balik cukai",
# "tahniah anda menang"), its pressure ("dalam masa 24 jam", "waran tangkap", "jangan beritahu
# sesiapa") and what it asks ("klik pautan", "berikan TAC", "pindahkan wang ke akaun selamat").
# Parts never warn alone (see FORMAT.md, "The scam layer"). Formal Malay and SMS shorthand
# ("akaun anda", "acc", "yg", "pls") are both written. Single-word sender terms of 3+ letters are
# also looked for in link hosts; brands named here have their real domains in ../misinfo/brands.tsv.
@format 1
@lang ms
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language and of public scam-awareness advice)
@licence MIT
# term | scam:<part> | weight | kind |

# ======================================================================= senders
# ---- banks ----
maybank                 | scam:sender | 0.9  | bank |
maybank2u               | scam:sender | 0.9  | bank |
m2u                     | scam:sender | 0.75 | bank |
mae app                 | scam:sender | 0.7  | bank |
cimb                    | scam:sender | 0.85 | bank |
cimb clicks             | scam:sender | 0.9  | bank |
cimbclicks              | scam:sender | 0.9  | bank |
public bank             | scam:sender | 0.9  | bank |
pbebank                 | scam:sender | 0.85 | bank |
rhb                     | scam:sender | 0.8  | bank |
rhb bank                | scam:sender | 0.9  | bank |
hong leong              | scam:sender | 0.8  | bank |
hong leong bank         | scam:sender | 0.9  | bank |
hlb                     | scam:sender | 0.6  | bank |
ambank                  | scam:sender | 0.9  | bank |
bank islam              | scam:sender | 0.9  | bank |
bank rakyat             | scam:sender | 0.9  | bank |
bsn                     | scam:sender | 0.8  | bank |
bank simpanan nasional  | scam:sender | 0.9  | bank |
affin bank              | scam:sender | 0.85 | bank |
alliance bank           | scam:sender | 0.85 | bank |
bank muamalat           | scam:sender | 0.9  | bank |
agrobank                | scam:sender | 0.85 | bank |
ocbc                    | scam:sender | 0.85 | bank |
uob                     | scam:sender | 0.8  | bank |
hsbc                    | scam:sender | 0.85 | bank |
standard chartered      | scam:sender | 0.85 | bank |
pihak bank              | scam:sender | 0.6  | bank |
bank anda               | scam:sender | 0.5  | bank |
pegawai bank            | scam:sender | 0.65 | bank |
unit keselamatan bank   | scam:sender | 0.7  | bank |
unit anti penipuan      | scam:sender | 0.6  | bank |
duitnow                 | scam:sender | 0.5  | bank |
paynet                  | scam:sender | 0.6  | bank |
fpx                     | scam:sender | 0.45 | bank |
kad kredit              | scam:sender | 0.3  | bank |

# ---- e-wallets ----
touch n go              | scam:sender | 0.85 | wallet |
touch 'n go             | scam:sender | 0.85 | wallet |
touchngo                | scam:sender | 0.85 | wallet |
tng                     | scam:sender | 0.75 | wallet |
tng ewallet             | scam:sender | 0.85 | wallet |
tng digital             | scam:sender | 0.85 | wallet |
myboost                 | scam:sender | 0.8  | wallet |
boost app               | scam:sender | 0.7  | wallet |
boost ewallet           | scam:sender | 0.8  | wallet |
grabpay                 | scam:sender | 0.85 | wallet |
shopeepay               | scam:sender | 0.85 | wallet |
bigpay                  | scam:sender | 0.75 | wallet |
e-wallet                | scam:sender | 0.45 | wallet |
ewallet                 | scam:sender | 0.45 | wallet |
dompet digital          | scam:sender | 0.45 | wallet |

# ---- couriers ----
pos laju                | scam:sender | 0.85 | courier |
poslaju                 | scam:sender | 0.9  | courier |
pos malaysia            | scam:sender | 0.9  | courier |
posmy                   | scam:sender | 0.8  | courier |
j&t                     | scam:sender | 0.8  | courier |
j&t express             | scam:sender | 0.9  | courier |
jnt                     | scam:sender | 0.8  | courier |
jt express              | scam:sender | 0.8  | courier |
ninja van               | scam:sender | 0.85 | courier |
ninjavan                | scam:sender | 0.9  | courier |
dhl                     | scam:sender | 0.85 | courier |
city link express       | scam:sender | 0.85 | courier |
city-link express       | scam:sender | 0.85 | courier |
gdex                    | scam:sender | 0.85 | courier |
skynet express          | scam:sender | 0.8  | courier |
flash express           | scam:sender | 0.85 | courier |
shopee express          | scam:sender | 0.8  | courier |
syarikat kurier         | scam:sender | 0.5  | courier |
pihak kurier            | scam:sender | 0.55 | courier |
kurier                  | scam:sender | 0.35 | courier |
posmen                  | scam:sender | 0.35 | courier |

# ---- government ----
lhdn                    | scam:sender | 0.9  | government |
lembaga hasil dalam negeri | scam:sender | 0.9 | government |
lhdnm                   | scam:sender | 0.85 | government |
kwsp                    | scam:sender | 0.85 | government |
epf                     | scam:sender | 0.6  | government |
jpj                     | scam:sender | 0.85 | government |
jabatan pengangkutan jalan | scam:sender | 0.9 | government |
mysikap                 | scam:sender | 0.7  | government |
jpn                     | scam:sender | 0.75 | government |
jabatan pendaftaran negara | scam:sender | 0.9 | government |
jabatan imigresen       | scam:sender | 0.85 | government |
imigresen               | scam:sender | 0.7  | government |
perkeso                 | scam:sender | 0.85 | government |
socso                   | scam:sender | 0.8  | government |
kementerian kesihatan   | scam:sender | 0.75 | government |
mcmc                    | scam:sender | 0.85 | government |
suruhanjaya komunikasi dan multimedia | scam:sender | 0.9 | government |
bank negara             | scam:sender | 0.85 | government |
bank negara malaysia    | scam:sender | 0.9  | government |
bnm                     | scam:sender | 0.75 | government |
jabatan kastam          | scam:sender | 0.85 | government |
kastam diraja malaysia  | scam:sender | 0.9  | government |
jkdm                    | scam:sender | 0.85 | government |
pihak kastam            | scam:sender | 0.7  | government |
mahkamah                | scam:sender | 0.45 | government |
pejabat mahkamah        | scam:sender | 0.75 | government |
mahkamah majistret      | scam:sender | 0.75 | government |
jabatan insolvensi      | scam:sender | 0.85 | government |
kementerian kewangan    | scam:sender | 0.7  | government |
tnb                     | scam:sender | 0.7  | government |
tenaga nasional         | scam:sender | 0.75 | government |
mytnb                   | scam:sender | 0.75 | government |
air selangor            | scam:sender | 0.65 | government |
indah water             | scam:sender | 0.65 | government |
myeg                    | scam:sender | 0.7  | government |
ptptn                   | scam:sender | 0.8  | government |
jabatan kebajikan masyarakat | scam:sender | 0.75 | government |
agensi kerajaan         | scam:sender | 0.5  | government |
pegawai kerajaan        | scam:sender | 0.55 | government |
pihak kerajaan          | scam:sender | 0.45 | government |

# ---- police ----
pdrm                    | scam:sender | 0.9  | police |
polis diraja malaysia   | scam:sender | 0.9  | police |
pegawai polis           | scam:sender | 0.75 | police |
pihak polis             | scam:sender | 0.6  | police |
balai polis             | scam:sender | 0.55 | police |
ibu pejabat polis       | scam:sender | 0.65 | police |
bukit aman              | scam:sender | 0.8  | police |
jabatan siasatan jenayah komersil | scam:sender | 0.8 | police |
jsjk                    | scam:sender | 0.75 | police |
pegawai penyiasat       | scam:sender | 0.75 | police |
inspektor               | scam:sender | 0.55 | police |
sprm                    | scam:sender | 0.85 | police |
suruhanjaya pencegahan rasuah | scam:sender | 0.85 | police |

# ---- platforms ----
shopee                  | scam:sender | 0.65 | platform |
lazada                  | scam:sender | 0.65 | platform |
tiktok shop             | scam:sender | 0.65 | platform |
carousell               | scam:sender | 0.55 | platform |
mudah.my                | scam:sender | 0.55 | platform |
foodpanda               | scam:sender | 0.55 | platform |
apple id                | scam:sender | 0.8  | platform |
netflix                 | scam:sender | 0.7  | platform |
khidmat pelanggan       | scam:sender | 0.4  | platform |
pusat khidmat pelanggan | scam:sender | 0.5  | platform |
wakil khidmat pelanggan | scam:sender | 0.5  | platform |
pasukan sokongan        | scam:sender | 0.4  | platform |

# ---- telcos ----
celcom                  | scam:sender | 0.85 | telecom |
celcomdigi              | scam:sender | 0.9  | telecom |
maxis                   | scam:sender | 0.85 | telecom |
hotlink                 | scam:sender | 0.55 | telecom |
u mobile                | scam:sender | 0.85 | telecom |
umobile                 | scam:sender | 0.85 | telecom |
telekom malaysia        | scam:sender | 0.85 | telecom |
unifi tm                | scam:sender | 0.8  | telecom |
tune talk               | scam:sender | 0.8  | telecom |
syarikat telekomunikasi | scam:sender | 0.6  | telecom |
pembekal talian         | scam:sender | 0.55 | telecom |

# ---- relatives ----
ini mak                 | scam:sender | 0.6  | relative |
mak ni                  | scam:sender | 0.55 | relative |
ni mak                  | scam:sender | 0.55 | relative |
mak                     | scam:sender | 0.2  | relative |
ini ayah                | scam:sender | 0.55 | relative |
ayah ni                 | scam:sender | 0.5  | relative |
ini ibu                 | scam:sender | 0.55 | relative |
ibu ni                  | scam:sender | 0.5  | relative |
anak mak                | scam:sender | 0.45 | relative |
ni anak                 | scam:sender | 0.45 | relative |
ini nombor baru         | scam:sender | 0.8  | relative |
ni nombor baru          | scam:sender | 0.8  | relative |
ini no baru             | scam:sender | 0.75 | relative |
nombor baru saya        | scam:sender | 0.65 | relative |
nombor baru mak         | scam:sender | 0.8  | relative |
no baru saya            | scam:sender | 0.6  | relative |
nombor baru             | scam:sender | 0.4  | relative |
simpan nombor ni        | scam:sender | 0.55 | relative |
padam nombor lama       | scam:sender | 0.75 | relative |
tukar nombor            | scam:sender | 0.45 | relative |

# ---- employers ----
ejen pengambilan        | scam:sender | 0.5  | employer |
pegawai hr              | scam:sender | 0.5  | employer |
jabatan sumber manusia  | scam:sender | 0.45 | employer |
perekrut                | scam:sender | 0.5  | employer |
syarikat kami sedang mencari | scam:sender | 0.45 | employer |
kami sedang mengambil   | scam:sender | 0.4  | employer |
ejen pekerjaan          | scam:sender | 0.5  | employer |

# ---- lenders ----
syarikat pinjaman       | scam:sender | 0.6  | lender |
pemberi pinjam wang     | scam:sender | 0.6  | lender |
pemberi pinjaman        | scam:sender | 0.55 | lender |
ejen pinjaman           | scam:sender | 0.6  | lender |
ah long                 | scam:sender | 0.7  | lender |
pinjaman koperasi       | scam:sender | 0.55 | lender |
aeon credit             | scam:sender | 0.6  | lender |

# ---- investment ----
mentor trading          | scam:sender | 0.8  | investment |
mentor pelaburan        | scam:sender | 0.8  | investment |
pakar pelaburan         | scam:sender | 0.7  | investment |
pengurus akaun          | scam:sender | 0.4  | investment |
pengurus dana           | scam:sender | 0.5  | investment |
syarikat pelaburan      | scam:sender | 0.55 | investment |
platform pelaburan      | scam:sender | 0.6  | investment |
sifu trading            | scam:sender | 0.75 | investment |
sifu forex              | scam:sender | 0.75 | investment |

# ======================================================================= problems
# ---- account ----
akaun anda telah disekat | scam:problem | 0.9 | account |
akaun anda disekat      | scam:problem | 0.9  | account |
akaun anda telah dibekukan | scam:problem | 0.9 | account |
akaun anda dibekukan    | scam:problem | 0.9  | account |
akaun anda telah digantung | scam:problem | 0.9 | account |
akaun anda digantung    | scam:problem | 0.85 | account |
akaun anda telah dikunci | scam:problem | 0.85 | account |
akaun anda dikunci      | scam:problem | 0.85 | account |
akaun anda tidak aktif  | scam:problem | 0.7  | account |
akaun anda telah tamat tempoh | scam:problem | 0.8 | account |
akaun disekat           | scam:problem | 0.8  | account |
akaun dibekukan         | scam:problem | 0.8  | account |
akaun digantung         | scam:problem | 0.75 | account |
akaun dikunci           | scam:problem | 0.75 | account |
akaun telah disekat     | scam:problem | 0.85 | account |
akaun kena sekat        | scam:problem | 0.8  | account |
akaun kena block        | scam:problem | 0.8  | account |
acc kena block          | scam:problem | 0.75 | account |
acc anda disekat        | scam:problem | 0.8  | account |
kad anda telah disekat  | scam:problem | 0.9  | account |
kad anda disekat        | scam:problem | 0.85 | account |
kad debit anda          | scam:problem | 0.4  | account |
kad kredit anda         | scam:problem | 0.4  | account |
kad atm anda            | scam:problem | 0.45 | account |
log masuk luar biasa    | scam:problem | 0.8  | account |
aktiviti luar biasa     | scam:problem | 0.75 | account |
aktiviti mencurigakan   | scam:problem | 0.75 | account |
transaksi mencurigakan  | scam:problem | 0.8  | account |
transaksi luar biasa    | scam:problem | 0.8  | account |
transaksi yang tidak dibenarkan | scam:problem | 0.8 | account |
transaksi tidak sah     | scam:problem | 0.75 | account |
transaksi tanpa kebenaran | scam:problem | 0.8 | account |
peranti baharu          | scam:problem | 0.55 | account |
peranti baru            | scam:problem | 0.55 | account |
log masuk dari peranti  | scam:problem | 0.75 | account |
penerima baharu         | scam:problem | 0.6  | account |
penerima baru           | scam:problem | 0.55 | account |
pembayaran kepada penerima baharu | scam:problem | 0.85 | account |
jika ini bukan anda     | scam:problem | 0.75 | account |
jika bukan anda         | scam:problem | 0.65 | account |
sekiranya ini bukan anda | scam:problem | 0.75 | account |
sekiranya bukan anda    | scam:problem | 0.65 | account |
jika anda tidak melakukan transaksi ini | scam:problem | 0.85 | account |
jika anda tidak membuat transaksi ini | scam:problem | 0.85 | account |
pengesahan akaun        | scam:problem | 0.6  | account |
pengesahan diperlukan   | scam:problem | 0.7  | account |
perlu disahkan          | scam:problem | 0.55 | account |
belum disahkan          | scam:problem | 0.55 | account |
ekyc                    | scam:problem | 0.55 | account |
kyc                     | scam:problem | 0.5  | account |
telah tamat tempoh      | scam:problem | 0.6  | account |
tamat tempoh            | scam:problem | 0.45 | account |
token anda              | scam:problem | 0.45 | account |
securesign              | scam:problem | 0.45 | account |
talian anda             | scam:problem | 0.35 | account |
nombor telefon anda akan | scam:problem | 0.6 | account |
pendaftaran sim         | scam:problem | 0.5  | account |
akaun anda dalam bahaya | scam:problem | 0.85 | account |
akaun anda telah digodam | scam:problem | 0.8 | account |
akaun digodam           | scam:problem | 0.65 | account |
phone rosak             | scam:problem | 0.45 | account |
telefon rosak           | scam:problem | 0.45 | account |
handphone rosak         | scam:problem | 0.45 | account |
hp rosak                | scam:problem | 0.4  | account |

# ---- parcel ----
bungkusan anda          | scam:problem | 0.45 | parcel |
parcel anda             | scam:problem | 0.45 | parcel |
barang anda             | scam:problem | 0.3  | parcel |
kiriman anda            | scam:problem | 0.4  | parcel |
bungkusan tidak dapat dihantar | scam:problem | 0.9 | parcel |
parcel tidak dapat dihantar | scam:problem | 0.9 | parcel |
tidak dapat dihantar    | scam:problem | 0.75 | parcel |
tak dapat dihantar      | scam:problem | 0.7  | parcel |
gagal dihantar          | scam:problem | 0.8  | parcel |
penghantaran gagal      | scam:problem | 0.8  | parcel |
penghantaran tidak berjaya | scam:problem | 0.8 | parcel |
alamat tidak lengkap    | scam:problem | 0.85 | parcel |
alamat tak lengkap      | scam:problem | 0.8  | parcel |
alamat tidak sah        | scam:problem | 0.75 | parcel |
alamat tidak tepat      | scam:problem | 0.75 | parcel |
alamat salah            | scam:problem | 0.5  | parcel |
ditahan di gudang       | scam:problem | 0.8  | parcel |
ditahan oleh kastam     | scam:problem | 0.85 | parcel |
ditahan kastam          | scam:problem | 0.85 | parcel |
bungkusan ditahan       | scam:problem | 0.85 | parcel |
parcel ditahan          | scam:problem | 0.85 | parcel |
parcel tertahan         | scam:problem | 0.8  | parcel |
bungkusan tertahan      | scam:problem | 0.8  | parcel |
parcel tersangkut       | scam:problem | 0.7  | parcel |
penghantaran tertangguh | scam:problem | 0.6  | parcel |
penghantaran semula     | scam:problem | 0.6  | parcel |
jadual semula penghantaran | scam:problem | 0.65 | parcel |
menunggu penghantaran   | scam:problem | 0.45 | parcel |
bungkusan dari luar negara | scam:problem | 0.5 | parcel |

# ---- refunds, aid, subsidies ----
bayaran balik cukai     | scam:problem | 0.85 | refund |
pulangan cukai          | scam:problem | 0.7  | refund |
bayaran balik           | scam:problem | 0.45 | refund |
refund                  | scam:problem | 0.35 | refund |
pengembalian wang       | scam:problem | 0.6  | refund |
layak menerima bayaran balik | scam:problem | 0.85 | refund |
anda layak menerima     | scam:problem | 0.6  | refund |
layak menerima          | scam:problem | 0.45 | refund |
lebihan bayaran         | scam:problem | 0.6  | refund |
bantuan tunai           | scam:problem | 0.45 | refund |
sumbangan tunai rahmah  | scam:problem | 0.5  | refund |
bantuan kerajaan        | scam:problem | 0.45 | refund |
bantuan khas            | scam:problem | 0.5  | refund |
bantuan prihatin        | scam:problem | 0.55 | refund |
subsidi                 | scam:problem | 0.35 | refund |
subsidi petrol          | scam:problem | 0.5  | refund |
rebat                   | scam:problem | 0.45 | refund |
rebat elektrik          | scam:problem | 0.6  | refund |
wang tidak dituntut     | scam:problem | 0.7  | refund |
wang tak dituntut       | scam:problem | 0.7  | refund |
pengeluaran khas kwsp   | scam:problem | 0.65 | refund |
pengeluaran kwsp        | scam:problem | 0.5  | refund |
e-tunai                 | scam:problem | 0.5  | refund |
pampasan                | scam:problem | 0.45 | refund |
insentif kerajaan       | scam:problem | 0.55 | refund |
dividen                 | scam:problem | 0.25 | refund |

# ---- prizes ----
tahniah anda            | scam:problem | 0.6  | prize |
tahniah                 | scam:problem | 0.25 | prize |
anda telah memenangi    | scam:problem | 0.9  | prize |
anda memenangi          | scam:problem | 0.85 | prize |
anda menang             | scam:problem | 0.75 | prize |
anda telah terpilih     | scam:problem | 0.7  | prize |
anda terpilih           | scam:problem | 0.6  | prize |
pemenang bertuah        | scam:problem | 0.8  | prize |
pemenang                | scam:problem | 0.4  | prize |
hadiah percuma          | scam:problem | 0.6  | prize |
hadiah wang tunai       | scam:problem | 0.7  | prize |
hadiah                  | scam:problem | 0.3  | prize |
cabutan bertuah         | scam:problem | 0.65 | prize |
peraduan                | scam:problem | 0.45 | prize |
ganjaran                | scam:problem | 0.35 | prize |
mata ganjaran           | scam:problem | 0.6  | prize |
mata ganjaran anda      | scam:problem | 0.7  | prize |
mata anda akan luput    | scam:problem | 0.85 | prize |
tebus mata              | scam:problem | 0.6  | prize |
tebus ganjaran          | scam:problem | 0.65 | prize |
baucar percuma          | scam:problem | 0.6  | prize |
hamper percuma          | scam:problem | 0.55 | prize |
percuma                 | scam:problem | 0.2  | prize |
giveaway                | scam:problem | 0.4  | prize |
tuntut hadiah           | scam:problem | 0.75 | prize |

# ---- jobs ----
kerja sambilan          | scam:problem | 0.45 | job |
kerja part time         | scam:problem | 0.45 | job |
kerja dari rumah        | scam:problem | 0.45 | job |
kerja online            | scam:problem | 0.4  | job |
gaji harian             | scam:problem | 0.65 | job |
bayaran harian          | scam:problem | 0.6  | job |
komisen harian          | scam:problem | 0.65 | job |
komisen tinggi          | scam:problem | 0.5  | job |
tugasan mudah           | scam:problem | 0.65 | job |
tugasan ringkas         | scam:problem | 0.6  | job |
tugasan berbayar        | scam:problem | 0.7  | job |
tugasan prabayar        | scam:problem | 0.85 | job |
like dan follow         | scam:problem | 0.6  | job |
like dan review         | scam:problem | 0.65 | job |
like video              | scam:problem | 0.45 | job |
tonton video            | scam:problem | 0.35 | job |
rating produk           | scam:problem | 0.55 | job |
review produk           | scam:problem | 0.45 | job |
tanpa pengalaman        | scam:problem | 0.4  | job |
tiada pengalaman diperlukan | scam:problem | 0.45 | job |
pendapatan sampingan    | scam:problem | 0.45 | job |
pendapatan tambahan     | scam:problem | 0.45 | job |
hanya guna telefon      | scam:problem | 0.65 | job |
modal telefon           | scam:problem | 0.6  | job |
gaji lumayan            | scam:problem | 0.5  | job |
resume anda             | scam:problem | 0.45 | job |
anda telah disenarai pendek | scam:problem | 0.6 | job |
jawatan kosong          | scam:problem | 0.3  | job |

# ---- investment ----
untung pasti            | scam:problem | 0.8  | investment |
pasti untung            | scam:problem | 0.8  | investment |
untung dijamin          | scam:problem | 0.85 | investment |
pulangan dijamin        | scam:problem | 0.85 | investment |
keuntungan dijamin      | scam:problem | 0.85 | investment |
jaminan untung          | scam:problem | 0.85 | investment |
gerenti untung          | scam:problem | 0.8  | investment |
pulangan tinggi         | scam:problem | 0.6  | investment |
untung harian           | scam:problem | 0.7  | investment |
profit harian           | scam:problem | 0.7  | investment |
gandakan duit           | scam:problem | 0.85 | investment |
gandakan wang           | scam:problem | 0.85 | investment |
pelaburan tanpa risiko  | scam:problem | 0.85 | investment |
tanpa risiko            | scam:problem | 0.5  | investment |
modal kecil untung besar | scam:problem | 0.8 | investment |
untung berlipat         | scam:problem | 0.7  | investment |
skim cepat kaya         | scam:problem | 0.45 | investment |
pelaburan emas          | scam:problem | 0.4  | investment |
pelaburan kripto        | scam:problem | 0.5  | investment |
keuntungan anda sedia   | scam:problem | 0.75 | investment |

# ---- loans ----
pinjaman segera         | scam:problem | 0.7  | loan |
pinjaman peribadi segera | scam:problem | 0.7 | loan |
pinjaman tanpa dokumen  | scam:problem | 0.8  | loan |
tanpa dokumen           | scam:problem | 0.45 | loan |
pinjaman tanpa cagaran  | scam:problem | 0.6  | loan |
tanpa penjamin          | scam:problem | 0.5  | loan |
tanpa ctos              | scam:problem | 0.75 | loan |
tanpa semakan ctos      | scam:problem | 0.75 | loan |
blacklist pun boleh     | scam:problem | 0.75 | loan |
senarai hitam pun boleh | scam:problem | 0.75 | loan |
lulus segera            | scam:problem | 0.65 | loan |
pinjaman anda telah diluluskan | scam:problem | 0.8 | loan |
permohonan pinjaman anda diluluskan | scam:problem | 0.8 | loan |
pinjaman diluluskan     | scam:problem | 0.7  | loan |
pinjaman mudah          | scam:problem | 0.55 | loan |
pinjaman online         | scam:problem | 0.5  | loan |
wang tunai segera       | scam:problem | 0.55 | loan |
pinjaman kerajaan       | scam:problem | 0.55 | loan |
kadar faedah rendah     | scam:problem | 0.4  | loan |

# ---- romance ----
saya nak hantar hadiah  | scam:problem | 0.75 | romance |
hadiah untuk awak       | scam:problem | 0.5  | romance |
bungkusan hadiah        | scam:problem | 0.6  | romance |
kotak hadiah            | scam:problem | 0.45 | romance |
askar amerika           | scam:problem | 0.7  | romance |
doktor tentera          | scam:problem | 0.6  | romance |
pelantar minyak         | scam:problem | 0.6  | romance |
saya jatuh cinta        | scam:problem | 0.45 | romance |
nak datang malaysia jumpa awak | scam:problem | 0.6 | romance |

# ---- legal ----
waran tangkap           | scam:problem | 0.5  | legal |
waran tangkapan         | scam:problem | 0.5  | legal |
saman tertunggak        | scam:problem | 0.8  | legal |
saman belum dibayar     | scam:problem | 0.8  | legal |
saman trafik            | scam:problem | 0.55 | legal |
saman jpj               | scam:problem | 0.7  | legal |
saman pdrm              | scam:problem | 0.7  | legal |
notis saman             | scam:problem | 0.6  | legal |
saman                   | scam:problem | 0.4  | legal |
kompaun belum dibayar   | scam:problem | 0.8  | legal |
kompaun tertunggak      | scam:problem | 0.8  | legal |
kes mahkamah            | scam:problem | 0.45 | legal |
kes jenayah             | scam:problem | 0.35 | legal |
terlibat dalam kes      | scam:problem | 0.8  | legal |
terlibat dengan kes     | scam:problem | 0.8  | legal |
terlibat dengan pengubahan wang haram | scam:problem | 0.95 | legal |
terlibat dalam pengubahan wang haram | scam:problem | 0.95 | legal |
pengubahan wang haram   | scam:problem | 0.4  | legal |
penggubahan wang haram  | scam:problem | 0.4  | legal |
akaun keldai            | scam:problem | 0.8  | legal |
akaun mule              | scam:problem | 0.75 | legal |
mengandungi dadah       | scam:problem | 0.6  | legal |
bungkusan mengandungi dadah | scam:problem | 0.95 | legal |
barang terlarang        | scam:problem | 0.5  | legal |
nombor ic anda digunakan | scam:problem | 0.85 | legal |
kad pengenalan anda digunakan | scam:problem | 0.85 | legal |
ic anda telah disalahgunakan | scam:problem | 0.85 | legal |
identiti anda disalahgunakan | scam:problem | 0.85 | legal |
disalahgunakan          | scam:problem | 0.45 | legal |
dalam siasatan          | scam:problem | 0.45 | legal |
sedang disiasat         | scam:problem | 0.45 | legal |
diisytiharkan bankrap   | scam:problem | 0.8  | legal |
diisytiharkan muflis    | scam:problem | 0.8  | legal |
tunggakan cukai         | scam:problem | 0.7  | legal |
cukai tertunggak        | scam:problem | 0.7  | legal |
bil tertunggak          | scam:problem | 0.55 | legal |
hutang tertunggak       | scam:problem | 0.55 | legal |
tol tertunggak          | scam:problem | 0.75 | legal |

# ---- voicemail ----
mel suara               | scam:problem | 0.6  | voicemail |
pesanan suara           | scam:problem | 0.6  | voicemail |
anda ada mesej baru     | scam:problem | 0.55 | voicemail |
panggilan tidak dijawab | scam:problem | 0.45 | voicemail |
panggilan terlepas      | scam:problem | 0.45 | voicemail |

# ---- fees ----
perlukan duit segera    | scam:problem | 0.65 | fee |
perlu duit segera       | scam:problem | 0.65 | fee |
nak pakai duit          | scam:problem | 0.45 | fee |
ada bil nak bayar       | scam:problem | 0.55 | fee |
duit tak cukup          | scam:problem | 0.4  | fee |
kecemasan               | scam:problem | 0.35 | fee |
kemalangan              | scam:problem | 0.3  | legal |
masuk hospital          | scam:problem | 0.3  | fee |
cukai hadiah            | scam:problem | 0.85 | fee |
bayar cukai             | scam:problem | 0.45 | fee |
yuran penghantaran      | scam:problem | 0.5  | fee |
caj penghantaran        | scam:problem | 0.5  | fee |
caj penghantaran semula | scam:problem | 0.75 | fee |
yuran pemprosesan       | scam:problem | 0.65 | fee |
caj pemprosesan         | scam:problem | 0.65 | fee |
duti kastam             | scam:problem | 0.6  | fee |
cukai kastam            | scam:problem | 0.6  | fee |
bayaran pelepasan       | scam:problem | 0.8  | fee |
yuran pelepasan         | scam:problem | 0.8  | fee |
yuran guaman            | scam:problem | 0.6  | fee |
yuran pendaftaran       | scam:problem | 0.5  | fee |
deposit pendahuluan     | scam:problem | 0.6  | fee |
bayar deposit dulu      | scam:problem | 0.8  | fee |
bayar dulu              | scam:action | 0.6  | transfer |
caj pengeluaran         | scam:problem | 0.7  | fee |
yuran pengeluaran       | scam:problem | 0.7  | fee |
yuran insurans          | scam:problem | 0.55 | fee |
duti setem              | scam:problem | 0.45 | fee |
caj kecil               | scam:problem | 0.55 | fee |
bayaran kecil           | scam:problem | 0.55 | fee |
caj perkhidmatan        | scam:problem | 0.4  | fee |
re:\b(bayar|bayaran|caj|yuran|cukai) (sebanyak |hanya |cuma |serendah )?rm ?\d | scam:problem | 0.5 | fee |

# ======================================================================= pressure
# ---- deadlines ----
re:\bdalam (masa |tempoh )?\d{1,2} ?(jam|minit|hari)\b | scam:pressure | 0.6  | deadline |
dalam masa 24 jam       | scam:pressure | 0.8  | deadline |
dalam tempoh 24 jam     | scam:pressure | 0.8  | deadline |
dalam masa 48 jam       | scam:pressure | 0.75 | deadline |
24 jam                  | scam:pressure | 0.35 | deadline |
hari ini                | scam:pressure | 0.2  | deadline |
hari ini juga           | scam:pressure | 0.55 | deadline |
sebelum tengah malam    | scam:pressure | 0.5  | deadline |
segera                  | scam:pressure | 0.4  | deadline |
dengan segera           | scam:pressure | 0.5  | deadline |
serta-merta             | scam:pressure | 0.55 | deadline |
serta merta             | scam:pressure | 0.55 | deadline |
sekarang juga           | scam:pressure | 0.6  | deadline |
secepat mungkin         | scam:pressure | 0.45 | deadline |
notis terakhir          | scam:pressure | 0.75 | deadline |
peringatan terakhir     | scam:pressure | 0.7  | deadline |
amaran terakhir         | scam:pressure | 0.75 | deadline |
peluang terakhir        | scam:pressure | 0.45 | deadline |
tarikh akhir            | scam:pressure | 0.4  | deadline |
sebelum tamat tempoh    | scam:pressure | 0.55 | deadline |
akan luput              | scam:pressure | 0.55 | deadline |
tamat hari ini          | scam:pressure | 0.6  | deadline |
tindakan segera         | scam:pressure | 0.65 | deadline |
tindakan segera diperlukan | scam:pressure | 0.8 | deadline |
urgent                  | scam:pressure | 0.4  | deadline |
cepat sikit             | scam:pressure | 0.3  | deadline |

# ---- threats ----
akan disekat            | scam:pressure | 0.75 | threat |
akan disekat secara kekal | scam:pressure | 0.9 | threat |
disekat secara kekal    | scam:pressure | 0.85 | threat |
akan dibekukan          | scam:pressure | 0.75 | threat |
akan ditutup            | scam:pressure | 0.65 | threat |
akan ditamatkan         | scam:pressure | 0.7  | threat |
akan digantung          | scam:pressure | 0.7  | threat |
akan dinyahaktifkan     | scam:pressure | 0.75 | threat |
akan diblok             | scam:pressure | 0.7  | threat |
kena block              | scam:pressure | 0.5  | threat |
bekalan akan dipotong   | scam:pressure | 0.75 | threat |
akan dipotong           | scam:pressure | 0.5  | threat |
akan dipulangkan kepada pengirim | scam:pressure | 0.6 | threat |
akan dilupuskan         | scam:pressure | 0.6  | threat |
tindakan undang-undang  | scam:pressure | 0.7  | threat |
tindakan mahkamah       | scam:pressure | 0.7  | threat |
tindakan tegas          | scam:pressure | 0.5  | threat |
anda akan ditangkap     | scam:pressure | 0.9  | threat |
akan ditangkap          | scam:pressure | 0.85 | threat |
ditahan reman           | scam:pressure | 0.8  | threat |
akan dipenjara          | scam:pressure | 0.8  | threat |
akan disenarai hitam    | scam:pressure | 0.75 | threat |
akan disenaraihitamkan  | scam:pressure | 0.75 | threat |
kegagalan berbuat demikian | scam:pressure | 0.7 | threat |
sekiranya gagal         | scam:pressure | 0.55 | threat |
jika gagal              | scam:pressure | 0.5  | threat |
untuk mengelakkan akaun | scam:pressure | 0.8  | threat |
bagi mengelakkan akaun  | scam:pressure | 0.8  | threat |
untuk mengelakkan       | scam:pressure | 0.4  | threat |
bagi mengelakkan        | scam:pressure | 0.4  | threat |
dikenakan denda         | scam:pressure | 0.55 | threat |
dikenakan penalti       | scam:pressure | 0.55 | threat |
caj tambahan            | scam:pressure | 0.5  | threat |
akaun anda akan         | scam:pressure | 0.6  | threat |
talian anda akan        | scam:pressure | 0.65 | threat |
wang anda akan hilang   | scam:pressure | 0.8  | threat |

# ---- secrecy ----
jangan beritahu sesiapa | scam:pressure | 0.8  | secrecy |
jangan bagitahu sesiapa | scam:pressure | 0.8  | secrecy |
jangan bagitau sesiapa  | scam:pressure | 0.8  | secrecy |
jangan beritahu keluarga | scam:pressure | 0.85 | secrecy |
jangan beritahu pihak bank | scam:pressure | 0.9 | secrecy |
jangan bagitahu bank    | scam:pressure | 0.9  | secrecy |
rahsiakan perkara ini   | scam:pressure | 0.8  | secrecy |
rahsiakan               | scam:pressure | 0.45 | secrecy |
kes ini sulit           | scam:pressure | 0.8  | secrecy |
siasatan sulit          | scam:pressure | 0.8  | secrecy |
sulit dan rahsia        | scam:pressure | 0.6  | secrecy |
akta rahsia rasmi       | scam:pressure | 0.85 | secrecy |
antara kita sahaja      | scam:pressure | 0.7  | secrecy |
jangan letak telefon    | scam:pressure | 0.7  | secrecy |
jangan putuskan panggilan | scam:pressure | 0.75 | secrecy |
kekal dalam talian      | scam:pressure | 0.5  | secrecy |

# ======================================================================= actions
# ---- links ----
klik pautan             | scam:action | 0.7  | link |
klik pautan di bawah    | scam:action | 0.75 | link |
klik link               | scam:action | 0.65 | link |
klik di sini            | scam:action | 0.55 | link |
klik sini               | scam:action | 0.55 | link |
tekan pautan            | scam:action | 0.7  | link |
tekan link              | scam:action | 0.6  | link |
tekan di sini           | scam:action | 0.5  | link |
sila layari             | scam:action | 0.45 | link |
layari                  | scam:action | 0.35 | link |
sila log masuk          | scam:action | 0.5  | link |
log masuk               | scam:action | 0.3  | link |
login di                | scam:action | 0.5  | link |
klik                    | scam:action | 0.25 | link |
pautan di bawah         | scam:action | 0.55 | link |
pautan berikut          | scam:action | 0.55 | link |
link di bawah           | scam:action | 0.5  | link |
link berikut            | scam:action | 0.5  | link |
melalui pautan          | scam:action | 0.6  | link |
melalui link            | scam:action | 0.55 | link |
imbas kod qr            | scam:action | 0.55 | link |
scan qr                 | scam:action | 0.45 | link |
tuntut di               | scam:action | 0.55 | link |
tuntut sekarang         | scam:action | 0.6  | link |
semak status            | scam:action | 0.35 | link |
jejak bungkusan         | scam:action | 0.4  | link |

# ---- calls ----
sila hubungi            | scam:action | 0.45 | call |
hubungi kami            | scam:action | 0.4  | call |
hubungi talian          | scam:action | 0.55 | call |
hubungi nombor          | scam:action | 0.6  | call |
hubungi pegawai         | scam:action | 0.65 | call |
hubungi segera          | scam:action | 0.6  | call |
hubungi                 | scam:action | 0.3  | call |
tekan 1                 | scam:action | 0.7  | call |
tekan 9                 | scam:action | 0.6  | call |
akan disambungkan kepada pegawai | scam:action | 0.75 | call |
telefon balik           | scam:action | 0.45 | call |
call balik              | scam:action | 0.4  | call |

# ---- apps ----
muat turun aplikasi     | scam:action | 0.6  | app |
muat turun              | scam:action | 0.35 | app |
muat turun fail         | scam:action | 0.55 | app |
pasang aplikasi         | scam:action | 0.6  | app |
install aplikasi        | scam:action | 0.6  | app |
download aplikasi       | scam:action | 0.55 | app |
install apk             | scam:action | 0.85 | app |
download apk            | scam:action | 0.85 | app |
fail apk                | scam:action | 0.8  | app |
apk                     | scam:action | 0.7  | app |
anydesk                 | scam:action | 0.85 | app |
teamviewer              | scam:action | 0.8  | app |
aplikasi kawalan jauh   | scam:action | 0.8  | app |
benarkan kebolehcapaian | scam:action | 0.75 | app |
kebolehcapaian          | scam:action | 0.45 | app |
kongsi skrin            | scam:action | 0.65 | app |

# ---- transfers ----
re:\bbayar\b.{0,30}\b(dahulu|dulu)\b | scam:action | 0.6 | transfer |
tolong bank in          | scam:action | 0.65 | transfer |
tolong transfer         | scam:action | 0.55 | transfer |
tolong tf               | scam:action | 0.55 | transfer |
pinjam duit             | scam:action | 0.45 | transfer |
bayar dahulu            | scam:action | 0.6  | transfer |
bayar terlebih dahulu   | scam:action | 0.65 | transfer |
nanti mak bayar balik   | scam:action | 0.6  | transfer |
nanti saya bayar balik  | scam:action | 0.5  | transfer |
ke akaun ni             | scam:action | 0.5  | transfer |
ke akaun ini            | scam:action | 0.5  | transfer |
pindahkan wang          | scam:action | 0.7  | transfer |
pindahkan duit          | scam:action | 0.7  | transfer |
pindahkan semua wang    | scam:action | 0.9  | transfer |
pindahkan semua duit    | scam:action | 0.9  | transfer |
pindahkan ke akaun      | scam:action | 0.75 | transfer |
pindah wang             | scam:action | 0.6  | transfer |
akaun selamat           | scam:action | 0.85 | transfer |
akaun selamat sementara | scam:action | 0.9  | transfer |
akaun amanah            | scam:action | 0.55 | transfer |
akaun simpanan selamat  | scam:action | 0.85 | transfer |
buat pembayaran         | scam:action | 0.45 | transfer |
sila bayar              | scam:action | 0.5  | transfer |
jelaskan bayaran        | scam:action | 0.55 | transfer |
jelaskan saman          | scam:action | 0.65 | transfer |
tambah nilai            | scam:action | 0.4  | transfer |
top up                  | scam:action | 0.35 | transfer |
topup                   | scam:action | 0.35 | transfer |
deposit                 | scam:action | 0.3  | transfer |
masukkan duit           | scam:action | 0.5  | transfer |
bank in                 | scam:action | 0.5  | transfer |
bank-in                 | scam:action | 0.5  | transfer |
transfer duit           | scam:action | 0.55 | transfer |
tf duit                 | scam:action | 0.5  | transfer |
hantar duit             | scam:action | 0.5  | transfer |
pinjamkan duit          | scam:action | 0.5  | transfer |
beli kad hadiah         | scam:action | 0.7  | transfer |
transfer                | scam:action | 0.3  | transfer |
bayar                   | scam:action | 0.2  | transfer |

# ---- codes ----
tac                     | scam:action | 0.5  | code |
kod tac                 | scam:action | 0.55 | code |
nombor tac              | scam:action | 0.6  | code |
kod otp                 | scam:action | 0.5  | code |
otp                     | scam:action | 0.5  | code |
kod pengesahan          | scam:action | 0.5  | code |
kod 6 digit             | scam:action | 0.6  | code |
kod keselamatan         | scam:action | 0.45 | code |
nombor pin              | scam:action | 0.45 | code |
kata laluan             | scam:action | 0.4  | code |
berikan tac             | scam:action | 0.85 | code |
beri tac                | scam:action | 0.85 | code |
bagi tac                | scam:action | 0.85 | code |
hantar tac              | scam:action | 0.8  | code |
kongsi tac              | scam:action | 0.85 | code |
bagi kod                | scam:action | 0.7  | code |
berikan kod             | scam:action | 0.7  | code |
beritahu kod            | scam:action | 0.8  | code |
sebut kod               | scam:action | 0.8  | code |
kongsi kod              | scam:action | 0.7  | code |
hantar semula kod       | scam:action | 0.75 | code |
tersalah hantar kod     | scam:action | 0.9  | code |
salah hantar kod        | scam:action | 0.9  | code |
terhantar kod           | scam:action | 0.85 | code |
cvv                     | scam:action | 0.7  | code |

# ---- details ----
kemas kini maklumat     | scam:action | 0.7  | details |
kemaskini maklumat      | scam:action | 0.7  | details |
kemas kini butiran      | scam:action | 0.7  | details |
kemaskini butiran       | scam:action | 0.7  | details |
kemas kini akaun        | scam:action | 0.65 | details |
kemaskini akaun         | scam:action | 0.65 | details |
kemaskini ekyc          | scam:action | 0.75 | details |
lengkapkan ekyc         | scam:action | 0.7  | details |
sahkan akaun            | scam:action | 0.65 | details |
sahkan maklumat         | scam:action | 0.65 | details |
sahkan identiti         | scam:action | 0.6  | details |
sahkan butiran          | scam:action | 0.65 | details |
isi maklumat            | scam:action | 0.5  | details |
lengkapkan maklumat     | scam:action | 0.55 | details |
masukkan maklumat       | scam:action | 0.5  | details |
maklumat peribadi       | scam:action | 0.4  | details |
maklumat bank           | scam:action | 0.55 | details |
butiran bank            | scam:action | 0.55 | details |
butiran kad             | scam:action | 0.6  | details |
maklumat kad            | scam:action | 0.6  | details |
nombor akaun            | scam:action | 0.35 | details |
no akaun                | scam:action | 0.35 | details |
nombor kad              | scam:action | 0.5  | details |
nombor ic               | scam:action | 0.45 | details |
no ic                   | scam:action | 0.45 | details |
salinan ic              | scam:action | 0.55 | details |
gambar ic               | scam:action | 0.55 | details |
user id dan kata laluan | scam:action | 0.8  | details |
nama pengguna dan kata laluan | scam:action | 0.8 | details |
id pengguna             | scam:action | 0.45 | details |
isi borang              | scam:action | 0.45 | details |
kemas kini              | scam:action | 0.3  | details |
kemaskini               | scam:action | 0.3  | details |

# ---- contact ----
balas ya                | scam:action | 0.55 | contact |
balas mesej ini         | scam:action | 0.5  | contact |
balas                   | scam:action | 0.2  | contact |
whatsapp kami           | scam:action | 0.6  | contact |
wasap kami              | scam:action | 0.6  | contact |
ws kami                 | scam:action | 0.5  | contact |
wa kami                 | scam:action | 0.5  | contact |
hubungi di whatsapp     | scam:action | 0.6  | contact |
hubungi melalui whatsapp | scam:action | 0.6 | contact |
hubungi di telegram     | scam:action | 0.7  | contact |
hubungi melalui telegram | scam:action | 0.7 | contact |
whatsapp admin          | scam:action | 0.5  | contact |
pm admin                | scam:action | 0.45 | contact |
pm saya                 | scam:action | 0.35 | contact |
hubungi ejen            | scam:action | 0.55 | contact |
hubungi admin           | scam:action | 0.5  | contact |
tambah ejen             | scam:action | 0.5  | contact |
sertai group telegram   | scam:action | 0.6  | contact |
join group telegram     | scam:action | 0.6  | contact |

# ======================================================================= awareness and advice
berhati-hati            | scam:aware |  |  |
berhati hati            | scam:aware |  |  |
hati-hati               | scam:aware |  |  |
awas                    | scam:aware |  |  |
berwaspada              | scam:aware |  |  |
waspada                 | scam:aware |  |  |
penipu                  | scam:aware |  |  |
awas penipuan           | scam:aware |  |  |
waspada penipuan        | scam:aware |  |  |
hati-hati penipuan      | scam:aware |  |  |
taktik penipuan         | scam:aware |  |  |
sindiket penipuan       | scam:aware |  |  |
modus penipuan          | scam:aware |  |  |
jangan tertipu          | scam:aware |  |  |
jangan terpedaya        | scam:aware |  |  |
jangan mudah percaya    | scam:aware |  |  |
modus operandi          | scam:aware |  |  |
taktik penipu           | scam:aware |  |  |
mesej palsu             | scam:aware |  |  |
sms palsu               | scam:aware |  |  |
laman web palsu         | scam:aware |  |  |
pautan palsu            | scam:aware |  |  |
panggilan palsu         | scam:aware |  |  |
menyamar sebagai        | scam:aware |  |  |
tidak akan meminta      | scam:aware |  |  |
tidak pernah meminta    | scam:aware |  |  |
tak akan minta          | scam:aware |  |  |
jangan kongsi           | scam:aware |  |  |
jangan dedahkan         | scam:aware |  |  |
jangan klik             | scam:aware |  |  |
jangan sesekali         | scam:aware |  |  |
semakmule               | scam:aware |  |  |
nsrc                    | scam:aware |  |  |
talian 997              | scam:aware |  |  |
scam alert              | scam:aware |  |  |
macau scam              | scam:aware |  |  |
scam macau              | scam:aware |  |  |
kena scam               | scam:aware |  |  |
kena tipu               | scam:aware |  |  |
mangsa scam             | scam:aware |  |  |
mangsa penipuan         | scam:aware |  |  |
kesedaran scam          | scam:aware |  |  |
sekat nombor            | scam:aware |  |  |
laporkan kepada         | scam:aware |  |  |
buat laporan polis      | scam:aware |  |  |
