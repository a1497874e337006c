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
gaji harian             | scam:problem | 0.4  | job |
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
tanpa dokumen           | scam:problem | 0.6  | loan |
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
re:\bawas\s?!          | scam:aware |  |  |
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

# ======================================================================= added 2026-12 (generalised
# from the development reports: original work, MIT). Ideas, not cases: a new or borrowed phone, an
# APK dressed as a document, a code "coming to your phone" to send back, a prize that costs postage,
# a loan "approved" that needs a fee first, a profit to withdraw after paying tax, a parcel or an
# inheritance "stuck", money handed to an "officer", video calls with the "police".

# ---- senders ----
spx express             | scam:sender | 0.8  | courier |
spx                     | scam:sender | 0.6  | courier |
rider pos laju          | scam:sender | 0.85 | courier |
re:\b(sy|saya|ni|ini) rider\b | scam:sender | 0.55 | courier |
notis kastam            | scam:sender | 0.75 | government |
sistem awas             | scam:sender | 0.75 | government |
lembaga hasil           | scam:sender | 0.85 | government |
hasil malaysia          | scam:sender | 0.85 | government |
re:\b(dari|daripada|drpd|pegawai|pihak) hasil\b | scam:sender | 0.75 | government |
re:^\W{0,3}hasil\W{0,3}: | scam:sender | 0.8 | government |
re:\b(sy|saya) (dari|daripada|drpd) (bank|pihak bank|lhdn|hasil|kastam|jabatan|kementerian|mahkamah|polis|pdrm)\b | scam:sender | 0.6 | government |
re:^\W{0,3}(yes|unifi|redone|digi|celcom|maxis|hotlink|xox|tunetalk)\W{0,3}: | scam:sender | 0.75 | telecom |
re:\[(yes|unifi|unifi mobile|redone|digi|celcom|maxis|hotlink|xox|tune talk|u mobile)\] | scam:sender | 0.75 | telecom |
re:\b(yes|unifi|unifi mobile|redone|digi|celcom|maxis|hotlink|xox|tune talk|u mobile) (mel suara|pesanan suara|voicemail)\b | scam:sender | 0.75 | telecom |
boost support           | scam:sender | 0.85 | wallet |
re:^\W{0,3}(boost|mae|setel|tng|grabpay|shopeepay|bigpay)\W{0,3}: | scam:sender | 0.75 | wallet |
re:\b(guna|pakai|melalui|via|dalam|dlm|akaun|app|aplikasi|refund|dari|ewallet|e-wallet) (boost|mae|setel)\b | scam:sender | 0.7 | wallet |
re:\b(whatsapp|facebook|fb|instagram|ig|tiktok|telegram|shopee|lazada|google|apple|meta) (support|team|security|sokongan|keselamatan)\b | scam:sender | 0.8 | platform |
re:\b(pasukan|team|sokongan|khidmat pelanggan) (whatsapp|facebook|instagram|tiktok|telegram|shopee|lazada|google|apple|meta)\b | scam:sender | 0.75 | platform |
re:\b(daftar|mendaftar|register|akaun|pertandingan|peraduan|undian|kat|dekat|dkt|di) (whatsapp|facebook|fb|instagram|ig|tiktok|telegram|shopee|lazada|grab|line|signal|wechat|messenger|viber|imessage|foodpanda|michat|tinder|tantan|bumble|badoo|omi|hinge|okcupid)\b | scam:sender | 0.3 | platform |
# someone who "guides" you through your own banking app is running it
re:\b(saya|sy|aku|i|kami) (pandu|bimbing|tunjuk ajar|bantu pandu)\b | scam:sender | 0.45 | platform |
# aid programmes speak for the government that runs them
re:\b(str|bkm|bsh|sumbangan tunai rahmah|sumbangan asas rahmah|bantuan keluarga malaysia|bantuan sara hidup|bantuan prihatin|bantuan prihatin nasional|i-sinar|i-citra|bantuan tunai)\b | scam:sender | 0.45 | government |
re:\b(merchant|tugasan|task|misi|rating|review|like|kerja review|kerja like) (youtube|tiktok|shopee|lazada|google maps|agoda|amazon|netflix|spotify|booking|trip\.com|tripadvisor)\b | scam:sender | 0.5 | platform |
zalora                  | scam:sender | 0.45 | platform |
re:\b(sempena|giveaway|promosi|promo) (ulang tahun|ulangtahun|hari jadi)\b | scam:sender | 0.45 | platform |
re:\b(dari|dr|drpd|daripada) (promo|giveaway|kempen|peraduan)\b | scam:sender | 0.35 | platform |
ejen kami               | scam:sender | 0.4  | platform |
wakil kami              | scam:sender | 0.45 | platform |
pegawai kami            | scam:sender | 0.4  | bank |
# a family member, or someone writing as one, from a number you do not know
re:\b(mak|ibu|mama|umi|ummi|abah|ayah|papa|bapak|tok|atuk|opah|nenek|wan|makcik|pakcik|kak|akak|abang|bang)\W{0,3}(ni|ini|nie) (along|angah|alang|achik|uda|usu|adik|abang|kakak|akak|cucu|anak|anak mak|anak ayah)\b | scam:sender | 0.7 | relative |
re:\b(ni|ini|nie) (cucu|anak|adik|anak kamu|anak mak|along|angah)\b | scam:sender | 0.5 | relative |
re:\b(ni|ini|nie) (no|nombor|number|nmbr|phone|fon) (kerja|office|pejabat|baru|lain|kawan|sementara)\b | scam:sender | 0.7 | relative |
re:\b(nombor|no|number) baru\W{0,3}(save|simpan|sve|tolong save|tolong simpan)\b | scam:sender | 0.75 | relative |
save nombor ni          | scam:sender | 0.55 | relative |
save no ni              | scam:sender | 0.55 | relative |
save nombor baru        | scam:sender | 0.65 | relative |
re:^\W{0,3}(\w+ )?(sayang|darling|baby|babe|sayangku|syg)\b | scam:sender | 0.4 | relative |
# investment "mentors", "professors", crypto events
re:\bmentor (forex|trading|saham|kripto|crypto|bitcoin|pelaburan|emas|komoditi)\b | scam:sender | 0.8 | investment |
re:\b(sifu|guru|coach|pakar|profesor|prof) (forex|trading|saham|kripto|crypto|pelaburan)\b | scam:sender | 0.75 | investment |
re:\bbersama (profesor|prof|dr|dato|datuk|coach|sifu|mentor|pakar)\b | scam:sender | 0.5 | investment |
re:\b(group|grup|kumpulan|komuniti) (saham|forex|trading|pelaburan|kripto|crypto|bitcoin|signal)\b | scam:sender | 0.6 | investment |
skim pelaburan          | scam:sender | 0.5  | investment |
syarikat pertukaran     | scam:sender | 0.45 | investment |
re:\b(event|acara|program|promosi|giveaway) (bitcoin|btc|usdt|eth|ethereum|crypto|kripto|solana|bnb|xrp|dogecoin|tether)\b | scam:sender | 0.55 | investment |
re:\b(ajar|ajarkan|tunjuk|tunjukkan|bimbing)\b.{0,12}\b(buat|dapat|dpt|jana|cari|gandakan) (duit|wang|untung|profit|pendapatan|income)\b | scam:sender | 0.5 | investment |
# lenders that say what no licensed lender says
syarikat kredit         | scam:sender | 0.6  | lender |
pegawai pinjaman        | scam:sender | 0.6  | lender |
pengeluaran pinjaman    | scam:sender | 0.5  | lender |
lulus dijamin           | scam:sender | 0.5  | lender |
dijamin lulus           | scam:sender | 0.5  | lender |
pasti lulus             | scam:sender | 0.5  | lender |
gerenti lulus           | scam:sender | 0.5  | lender |
confirm lulus           | scam:sender | 0.5  | lender |
re:\bpinjam(an)? (sehingga |hingga |sampai |up to |max )?rm | scam:sender | 0.45 | lender |
# recruiters of task jobs
re:\b(lulus|lepas|melepasi|berjaya dalam) (saringan|temuduga|temu duga|interview|seleksi)\b | scam:sender | 0.45 | employer |
re:\bmentor (akan|kami|anda) (ajar|bimbing|tunjuk|bantu)\b | scam:sender | 0.45 | employer |

# ---- problems ----
# account: blocked or frozen, said with words in between ("kad debit X anda berakhir 1234 telah disekat")
re:\b(kad|akaun|acc|talian|nombor|ewallet|e-wallet|dompet)\b.{0,30}\b(anda|awak|tuan|puan|kamu|adik|abang|akak|kakak|i|saya|sy|aku|mak|ayah)\b.{0,40}\b(telah |sudah |dah |kini |kena |akan )?(disekat|dibekukan|digantung|dikunci|diblok|diblock|dinyahaktifkan|freeze|frozen|block|blok)\b | scam:problem | 0.8 | account |
telah disekat           | scam:problem | 0.45 | account |
telah dibekukan         | scam:problem | 0.45 | account |
disekat sementara       | scam:problem | 0.65 | account |
dibekukan sementara     | scam:problem | 0.65 | account |
kena freeze             | scam:problem | 0.6  | account |
masalah akaun           | scam:problem | 0.55 | account |
masalah pada akaun      | scam:problem | 0.6  | account |
re:\bselesaikan (masalah|isu) (akaun|kad|transaksi|pembayaran)\b | scam:problem | 0.6 | account |
pengesahan semula       | scam:problem | 0.6  | account |
perlu pengesahan        | scam:problem | 0.55 | account |
pemilik akaun           | scam:problem | 0.45 | account |
re:\bsahkan (anda|awak|tuan|puan) (pemilik|pemegang)\b | scam:problem | 0.65 | account |
aplikasi keselamatan    | scam:problem | 0.5  | account |
app keselamatan         | scam:problem | 0.5  | account |
kemas kini keselamatan  | scam:problem | 0.5  | account |
naik taraf akaun        | scam:problem | 0.55 | account |
akaun bisnes            | scam:problem | 0.55 | account |
akaun perniagaan        | scam:problem | 0.5  | account |
akaun vip               | scam:problem | 0.6  | job |
re:\b(kena|perlu|mesti|wajib) (upgrade|naik taraf)\b | scam:problem | 0.6 | account |
re:\bupgrade (ke |kepada )?(akaun|acc) (bisnes|perniagaan|business|premium|vip|merchant)\b | scam:problem | 0.7 | account |
re:\b(caj|pembayaran|transaksi|pembelian|bayaran)\b.{0,40}\bsedang diproses\b | scam:problem | 0.55 | account |
re:\b(tersalah|salah|tersilap|silap|terguna)\b.{0,15}\b(masukkan|masuk|taip|isi|guna|letak|daftar)\b.{0,15}\b(no|nombor|number|nombor telefon)\b | scam:problem | 0.8 | account |
re:\b(nanti|kejap lagi|sekejap lagi|akan) (ada |dapat |dpt )?(kod|code|otp|tac|sms)\b.{0,25}\b(masuk|sampai|dihantar|diterima)\b | scam:problem | 0.7 | account |
# a new or borrowed phone: the usual "hi mum" opening
re:\b(phone|fon|telefon|hp|handphone|henfon)\b.{0,15}\b(rosak|hilang|jatuh|pecah|kena curi|dicuri|kena ragut|diragut|kena seluk|masuk air|jatuh dalam air|tak boleh guna|x boleh guna|mati)\b | scam:problem | 0.6 | account |
re:\b(guna|pinjam|pakai)\b.{0,5}\b(phone|fon|telefon|hp|handphone|no|nombor) (kawan|member|orang|kawan sekerja|pejabat)\b | scam:problem | 0.6 | account |
re:\b(app|aplikasi|online banking|perbankan online)\s?(bank)?\b.{0,20}\b(tak|tidak|x|tk) (boleh|dapat|bole|blh) (guna|dibuka|buka|login|log masuk)\b | scam:problem | 0.6 | account |
re:\b(log ?masuk|login|masuk)\b.{0,20}\b(akaun bank|perbankan online|online banking|maybank2u|m2u|cimb clicks)\b | scam:problem | 0.6 | account |
# parcel
re:\b(no\.?|nombor) rumah\b.{0,12}\b(tiada|tidak lengkap|salah|kosong|tak ada|takde|xde|tidak jelas)\b | scam:problem | 0.8 | parcel |
re:\b(xde|tiada|tak ada|takde|tidak ada|x ada) (org|orang)\b.{0,12}\brumah\b | scam:problem | 0.6 | parcel |
alamat tidak disahkan   | scam:problem | 0.75 | parcel |
alamat belum disahkan   | scam:problem | 0.75 | parcel |
gambar bungkusan        | scam:problem | 0.6  | parcel |
label rosak             | scam:problem | 0.6  | parcel |
re:\bkastam\b.{0,20}\b(tahan|menahan|ditahan|rampas|dirampas|simpan)\b | scam:problem | 0.8 | parcel |
dirampas kastam         | scam:problem | 0.8  | parcel |
bungkusan atas nama     | scam:problem | 0.55 | parcel |
hantar semula           | scam:problem | 0.4  | parcel |
re:\b(utk|untuk) (sahkan|mengesahkan) penghantaran\b | scam:problem | 0.5 | parcel |
tiba di hab             | scam:problem | 0.35 | parcel |
# an APK dressed up as a photo, letter or invitation: a file waiting to be opened
re:\w\.apk\b            | scam:problem | 0.6  | voicemail |
fail apk                | scam:problem | 0.45 | voicemail |
# refunds and aid
re:\bpermohonan\b.{0,50}\b(anda|awak|tuan|puan)\b.{0,20}\b(diluluskan|lulus|berjaya)\b | scam:problem | 0.6 | refund |
bantuan keluarga malaysia | scam:problem | 0.6 | refund |
bantuan sara hidup      | scam:problem | 0.6  | refund |
akan dikreditkan        | scam:problem | 0.5  | refund |
re:\b(refund|bayaran balik|pemulangan|pulangan)\b.{0,30}\b(sedia|tersedia|diluluskan|menunggu|tersangkut|tertahan)\b | scam:problem | 0.7 | refund |
terima bayaran balik    | scam:problem | 0.6  | refund |
re:\b(supaya|agar|untuk|utk) (duit|wang|dana) (dpt|dapat|boleh) (dipulangkan|dikembalikan|dilepaskan|dikreditkan)\b | scam:problem | 0.55 | refund |
# prizes: a gift that only needs postage, a survey, a vote
re:\b(dpt|dapat|dapet|menang|memenangi|terima|menerima)\b.{0,40}\b(free|percuma|free je|percuma je)\b | scam:problem | 0.6 | prize |
re:\b(jawab|isi|lengkapkan|buat) (kaji selidik|soal selidik|survey|survei)\b | scam:problem | 0.65 | prize |
kaji selidik            | scam:problem | 0.4  | prize |
re:\b(tolong|bantu|pls|please|tlg) (undi|vote|votekan|undikan)\b | scam:problem | 0.6 | prize |
pertandingan            | scam:problem | 0.3  | prize |
anda telah dipilih      | scam:problem | 0.7  | prize |
# jobs
tugasan gabungan        | scam:problem | 0.85 | job |
tugasan merchant        | scam:problem | 0.7  | job |
re:\b(like|follow|tonton|review|rating|subscribe)\b.{0,12}\b(je|sahaja|saja|jer)\b.{0,12}\b(dapat|dpt|dibayar|bayar)\b | scam:problem | 0.8 | job |
re:\b(tekan|klik|buat) like\b | scam:problem | 0.55 | job |
re:\b(setiap|per|satu) (task|tugasan)\b | scam:problem | 0.55 | job |
kerja review            | scam:problem | 0.6  | job |
kerja like              | scam:problem | 0.6  | job |
lulus saringan          | scam:problem | 0.5  | job |
dapat komisen           | scam:problem | 0.5  | job |
akan dipulangkan bersama | scam:problem | 0.7 | job |
re:\b(dipulangkan|dikembalikan|pulang) (bersama|dengan|berserta) (bonus|komisen|untung)\b | scam:problem | 0.75 | job |
# investment: a percentage a week, capital "safe", money doubled
re:\b\d+ ?% (sehari|seminggu|sebulan|setiap hari|setiap minggu|setiap bulan|per hari|per minggu|per bulan)\b | scam:problem | 0.7 | investment |
re:\b(untung|profit|pulangan|keuntungan)\b.{0,25}\b(dijamin|terjamin|gerenti|confirm)\b | scam:problem | 0.8 | investment |
re:\b(untung|profit|pulangan|keuntungan)\s\d+ ?% | scam:problem | 0.65 | investment |
modal selamat           | scam:problem | 0.7  | investment |
modal dijamin           | scam:problem | 0.75 | investment |
re:\bkadar (kejayaan|menang|ketepatan) \d+ ?% | scam:problem | 0.75 | investment |
re:\b(terima|dapat|dpt|jadi|pulangan|untung|gandakan|balik|komisen)\b.{0,10}\bkali ganda\b | scam:problem | 0.8 | investment |
re:\b\wx ganda\b | scam:problem | 0.7 | investment |
re:\b(buat|dapat|jana|cari) (duit|wang|untung|profit|pendapatan)\b.{0,12}\b(setiap hari|tiap hari|harian|sehari|dengan mudah)\b | scam:problem | 0.7 | investment |
re:\b(saya|sy|kami) (trade|tradekan|uruskan|laburkan|labur) (utk|untuk) (anda|awak|u|kamu)\b | scam:problem | 0.65 | investment |
re:\b(untung|profit|keuntungan)\b.{0,20}\b(dibayar|masuk) (setiap|tiap)\b | scam:problem | 0.6 | investment |
keuntungan anda         | scam:problem | 0.5  | investment |
# loans
re:\bpinjaman\b.{0,40}\b(anda|awak|tuan|puan)\b.{0,40}\b(lulus|diluluskan)\b | scam:problem | 0.8 | loan |
re:\b(pengeluaran|penyaluran|pembayaran) (pinjaman|dana)\b.{0,25}\b(gagal|tidak berjaya|ditahan|dibekukan|tertangguh|disekat)\b | scam:problem | 0.85 | loan |
re:\b(no|nombor) akaun\b.{0,10}\b(salah|tidak sah|tak sah|tidak tepat)\b | scam:problem | 0.7 | loan |
re:\b(walaupun|walau|biarpun|even) (blacklist|senarai hitam|ctos|ccris)\b | scam:problem | 0.75 | loan |
re:\bblacklist (ctos|ccris)\b | scam:problem | 0.65 | loan |
re:\b(blacklist|ctos|ccris)\b.{0,10}\b(pun boleh|boleh mohon|boleh pinjam|lulus)\b | scam:problem | 0.75 | loan |
# romance: a lover abroad who needs money to come home
re:\b(match|kenal|jumpa|berkenalan)\b.{0,12}\b(tinder|bumble|tantan|facebook dating|aplikasi dating|apps dating|dating app|badoo|omi)\b | scam:problem | 0.6 | romance |
tinder                  | scam:problem | 0.35 | romance |
tentera amerika         | scam:problem | 0.7  | romance |
pasukan pengaman        | scam:problem | 0.6  | romance |
kapten kapal            | scam:problem | 0.5  | romance |
jurutera pelantar       | scam:problem | 0.7  | romance |
re:\b(nak|mahu|ingin|akan) (kahwin|berkahwin|menikah) (dengan|dgn) (awak|u|kamu|sayang)\b | scam:problem | 0.6 | romance |
re:\b(warisan|pusaka|harta|dana|wang|duit|emas)\b.{0,20}\b(tersangkut|tertahan|dibekukan|ditahan)\b | scam:problem | 0.75 | fee |
re:\bkecuali (bayar|membayar|dibayar|saya bayar)\b | scam:problem | 0.7 | fee |
re:\bselagi (tak|tidak|belum|x) (bayar|dibayar|jelaskan|dijelaskan)\b | scam:problem | 0.7 | fee |
re:\b(anak|mak|ayah|isteri|suami|bapa|ibu)\s(i|saya|aku)?\s?(kat|di|dekat|dkt|masuk) hospital\b | scam:problem | 0.6 | fee |
# legal: a parcel with drugs, a case, an arrest, an accident
re:\b(anda|awak|tuan|puan) (telah |sedang )?disyaki\b | scam:problem | 0.75 | legal |
kad pengenalan palsu    | scam:problem | 0.5  | legal |
pasport palsu           | scam:problem | 0.5  | legal |
re:\b(utk|untuk|bagi) (siasatan|tujuan siasatan|pemeriksaan)\b | scam:problem | 0.45 | legal |
re:\b(saya|sy|aku|adik|abang|anak) (accident|kemalangan|eksiden|kena tangkap|ditangkap|ditahan polis)\b | scam:problem | 0.65 | legal |
re:\bpolis (tahan|tangkap)\b | scam:problem | 0.5 | legal |
re:\b(bayar|wang|duit) (jamin|jaminan|ikat jamin)\b | scam:problem | 0.75 | fee |
# voicemail and files waiting
re:\banda ada (\d+ )?(mel suara|pesanan suara|mesej suara|mesej audio|mesej baharu|mesej baru|panggilan)\b | scam:problem | 0.7 | voicemail |
mesej suara             | scam:problem | 0.6  | voicemail |
mesej audio             | scam:problem | 0.6  | voicemail |
nota suara              | scam:problem | 0.55 | voicemail |
mel suara baharu        | scam:problem | 0.7  | voicemail |
mesej menunggu          | scam:problem | 0.65 | voicemail |
sedang menunggu         | scam:problem | 0.35 | voicemail |
belum didengar          | scam:problem | 0.6  | voicemail |
kenalan tidak dikenali  | scam:problem | 0.45 | voicemail |
# fees: pay to get what you were promised
re:\b(kos|caj|bayar|yuran) (pos|postage|penghantaran|hantar)\b | scam:problem | 0.6 | fee |
re:\b(hanya|cuma|cukup|just) (bayar|tanggung) (kos|caj|yuran|fi)\b | scam:problem | 0.75 | fee |
re:\b(fi|yuran|caj|kos|bayaran) (upgrade|naik taraf|nyahbeku|unfreeze|pembukaan|buka semula|pengaktifan|proses|pemprosesan|pelepasan|pengeluaran|guaman|notari|insurans|jaminan|simpanan)\b | scam:problem | 0.75 | fee |
re:\b(duit|wang) (proses|guaman|insurans|jaminan|pelepasan|cop|setem)\b | scam:problem | 0.75 | fee |
caj pelepasan           | scam:problem | 0.8  | fee |
caj simpanan            | scam:problem | 0.7  | fee |
cukai import            | scam:problem | 0.7  | fee |
dikenakan cukai         | scam:problem | 0.6  | fee |
bukti mampu bayar       | scam:problem | 0.75 | fee |
re:\b(utk|untuk|bagi) (lepaskan|melepaskan|mengeluarkan|keluarkan|teruskan) (dana|wang|duit|pengeluaran|pinjaman|bungkusan|barang)\b | scam:problem | 0.7 | fee |
re:\b(utk|untuk|bagi) (pengeluaran|withdraw|tarik keluar)\b | scam:problem | 0.55 | fee |
re:\bcukai \d+ ?% | scam:problem | 0.7 | fee |

# ---- pressure ----
re:\b(dlm|dalam) (masa |tempoh )?\d{1,2} ?(jam|j|jm|minit|hari)\b | scam:pressure | 0.6 | deadline |
re:\bsebelum (pukul|jam|pkl) \d | scam:pressure | 0.35 | deadline |
re:\bsebelum \d{1,2}/\d{1,2}\b | scam:pressure | 0.3 | deadline |
hari ni                 | scam:pressure | 0.25 | deadline |
hari ni jugak           | scam:pressure | 0.55 | deadline |
hari ni juga            | scam:pressure | 0.55 | deadline |
skrg jugak              | scam:pressure | 0.55 | deadline |
notis akhir             | scam:pressure | 0.75 | deadline |
re:\b(tinggal|baki|hanya tinggal|tinggal lagi|cuma tinggal) \d+ (slot|tempat|hadiah|kerusi|peserta|pemenang)\b | scam:pressure | 0.45 | deadline |
re:\bterhad (kpd|kepada|untuk|utk) \d+ | scam:pressure | 0.5 | deadline |
peserta pertama         | scam:pressure | 0.45 | deadline |
slot terhad             | scam:pressure | 0.45 | deadline |
tempat terhad           | scam:pressure | 0.45 | deadline |
stok terhad             | scam:pressure | 0.4  | deadline |
re:\bsebelum (akaun|kad|talian|nombor|ewallet)\b.{0,20}\b(ditutup|disekat|dibekukan|digantung|dinyahaktifkan|dikunci|dipadam)\b | scam:pressure | 0.8 | threat |
re:\b(sebelum|akan)\b.{0,12}\b(dipadam|dipadamkan|dilupuskan|dihapuskan)\b | scam:pressure | 0.6 | threat |
akan dikunci            | scam:pressure | 0.7  | threat |
barang akan dipulangkan | scam:pressure | 0.6  | threat |
re:\batau (barang|bungkusan|parcel) akan\b | scam:pressure | 0.6 | threat |
re:\b(utk|untuk|bagi) (elak|mengelak|mengelakkan)\b.{0,20}\b(tindakan|saman|denda|senarai hitam|disekat|ditangkap|penalti)\b | scam:pressure | 0.75 | threat |
disenarai hitam         | scam:pressure | 0.6  | threat |
re:\b(utk|untuk) terus (guna|menggunakan|gunakan|akses|mengakses|menikmati)\b | scam:pressure | 0.5 | threat |
jika tidak              | scam:pressure | 0.3  | threat |
re:\bakaun (akan|anda akan|awak akan) (ditutup|disekat|dikunci|dibekukan|digantung|dipadam)\b | scam:pressure | 0.8 | threat |
re:\b(jangan|jgn|jgn la|tolong jangan|tolong jgn|x payah|tak payah) (beritahu|bagitahu|bagitau|bgtau|bgtahu|maklumkan|cerita|ceritakan|habaq|kasi tau|cakap|bilang|sebut)\b.{0,25}\b(sesiapa|siapa|keluarga|family|famili|mak|ayah|ibu|bapa|parents|mak ayah|pihak bank|bank|staf|pegawai|kawan|orang lain|suami|isteri|polis)\b | scam:pressure | 0.8 | secrecy |
re:\b(jangan|jgn) (maklumkan|beritahu|bagitau) (kpd|kepada|pada)\b | scam:pressure | 0.75 | secrecy |
kes ini rahsia          | scam:pressure | 0.8  | secrecy |
re:\b(tak|tidak|x) (boleh|dapat|bole|blh) (call|telefon|angkat|jawab call|cakap)\b | scam:pressure | 0.45 | secrecy |
re:\b(u|awak|kamu|you|sayang) (je|sahaja|saja|jer|sorang|seorang)\b.{0,12}\b(percaya|harapan|boleh tolong|i percaya|saya percaya)\b | scam:pressure | 0.5 | secrecy |
malu nak minta          | scam:pressure | 0.35 | secrecy |

# ---- actions ----
# links
aktifkan pautan         | scam:action | 0.8  | link |
aktifkan link           | scam:action | 0.8  | link |
re:\b(tutup|keluar)\b.{0,30}\b(buka semula|buka balik|buka lagi)\b | scam:action | 0.75 | link |
re:\bbalas (y|ya|yes|1)\b | scam:action | 0.6 | contact |
re:\b(dengar|main|mainkan) (di sini|sini|di|kat sini)\b | scam:action | 0.6 | link |
re:\b(tekan|klik|ketik|tap) (utk|untuk) (main|dengar|mendengar|memainkan|lihat|buka|tuntut)\b | scam:action | 0.7 | link |
re:\b(utk|untuk) (dengar|mendengar|main semula)\b | scam:action | 0.5 | call |
sahkan alamat           | scam:action | 0.6  | details |
# calls: being put through to an "officer", calling to cancel
re:\b(sambungkan|disambungkan|sambung|hubungkan|dihubungkan)\b.{0,25}\b(pegawai|polis|pihak|inspektor|bahagian|penyiasat|jabatan|mahkamah|bank)\b | scam:action | 0.75 | call |
re:\b(hubungi|call|telefon|tel)\b.{0,40}\b(batalkan|membatalkan|pembatalan)\b | scam:action | 0.7 | call |
re:\b(utk|untuk) (batalkan|membatalkan) (transaksi|pembayaran|caj|pembelian)\b | scam:action | 0.6 | call |
# video calls with the "police"
re:\b(sertai|join|buat|jawab|angkat|terima|masuk)\b.{0,12}\b(panggilan video|video call|vc)\b | scam:action | 0.75 | contact |
panggilan video         | scam:action | 0.45 | contact |
video call              | scam:action | 0.4  | contact |
# apps: off-store installs, remote access
sumber tidak diketahui  | scam:action | 0.75 | app |
sumber tidak dikenali   | scam:action | 0.75 | app |
re:\b(bukan|tiada|tidak ada|takde|tak ada|xde) (dari |di |dalam )?(play store|playstore|app store|google play)\b | scam:action | 0.7 | app |
re:\b(muat turun|download|install|pasang) (app|aplikasi)\b | scam:action | 0.6 | app |
re:\bbenarkan\b.{0,20}\b(semua kebenaran|kebenaran|akses)\b | scam:action | 0.6 | app |
re:\bakses (ke |kepada )?(kenalan|senarai kenalan|gambar|galeri|sms|mesej)\b | scam:action | 0.6 | app |
re:\w\.apk\b            | scam:action | 0.9  | app |
quicksupport            | scam:action | 0.85 | app |
airdroid                | scam:action | 0.85 | app |
ultraviewer             | scam:action | 0.8  | app |
rustdesk                | scam:action | 0.8  | app |
splashtop               | scam:action | 0.8  | app |
re:\b(semak|periksa|check|akses|kawal) (telefon|phone|hp|skrin) (tuan|puan|anda|awak|encik|cik)\b | scam:action | 0.55 | app |
buka fail               | scam:action | 0.5  | app |
# transfers: handing over cash, buying gift cards, paying a fee first
re:\b(keluarkan|keluarkan semua|tarik|tarik keluar) (wang|duit|semua wang|semua duit|wang tunai|duit tunai|simpanan)\b | scam:action | 0.7 | transfer |
re:\bserahkan\b.{0,15}\b(kepada|kpd|pada|kat) (wakil|pegawai|ejen|kami|orang kami|runner)\b | scam:action | 0.85 | transfer |
simpanan sementara      | scam:action | 0.7  | transfer |
re:\b(beli|belikan|belanja|topup|top up)\b.{0,12}\b(kad hadiah|gift card|baucar|voucher|kad tambah nilai|kod topup|kad prabayar|reload)\b | scam:action | 0.8 | transfer |
re:\b(hantar|bagi|snap|ambil)\b.{0,5}\b(gambar|foto|screenshot|ss) (kod|nombor siri|kad)\b | scam:action | 0.85 | code |
re:\b(hantar|transfer|pindahkan|deposit|kirim|masukkan)\b.{0,30}\b(wallet|dompet kripto|alamat wallet|alamat dompet)\b | scam:action | 0.7 | transfer |
re:\bhantar (sebarang|berapa) (jumlah|amaun)\b | scam:action | 0.75 | transfer |
re:\bdeposit\b.{0,15}\b(laman|platform|website|web|app|aplikasi|akaun vip|akaun)\b | scam:action | 0.7 | transfer |
re:\b(tolong|boleh|blh|bleh|tlg|bole)( u| awak| kamu| sayang| mak| ayah| abang| akak| atuk| tok)? (bank in|bankin|transfer|tf|masukkan|pinjamkan|belikan)\b | scam:action | 0.6 | transfer |
re:\b(masukkan|bank in|bankin|tf|transfer|hantar|kirim) (rm|duit|wang|sikit|dulu) | scam:action | 0.55 | transfer |
re:\b(minta|perlukan|perlu|mahu|nak|pinjam) (rm|duit|wang) | scam:action | 0.45 | transfer |
re:\bke (akaun|acc|no akaun) (kawan|member|tuan rumah|orang lain|ejen|syarikat|yg diberi|yang diberi|yg sy bagi|yang saya bagi|ni|ini)\b | scam:action | 0.6 | transfer |
re:\b(esok|nanti|lusa|minggu depan|bulan depan|bila)\b.{0,20}\b(bayar balik|ganti|pulangkan|ganti balik)\b | scam:action | 0.55 | transfer |
re:\b(adik|abang|akak|kakak|i|saya|sy|aku|along|angah) (bayar balik|ganti|pulangkan|ganti balik)\b | scam:action | 0.5 | transfer |
re:\b(jelaskan|bayar|lunaskan) (sebelum|dalam|dlm)\b | scam:action | 0.4 | transfer |
re:\bjika\b.{0,40}\b(tidak|tak|belum) (dijelaskan|dibayar|disahkan|dikemaskini|dituntut)\b | scam:action | 0.55 | transfer |
re:\bbayar\b.{0,40}\b(dahulu|dulu|terlebih dahulu) (sebagai|utk|untuk)\b | scam:action | 0.7 | transfer |
sila bayar duit         | scam:action | 0.6  | transfer |
# codes: a code that arrives, to be sent, read out or screenshotted
re:\b(kod|code|otp|tac)\b.{0,40}\b(hantar|hantarkan|bagi|bagikan|forward|send|share|sebut|sebutkan|beritahu|bagitau|bacakan|screenshot|ss|kongsi)\b | scam:action | 0.8 | code |
re:\b(hantar|bagi|forward|send|share|sebut|beritahu|bagitau|bacakan|kongsi|balas)\b.{0,20}\b(kod|code|otp|tac)\b | scam:action | 0.75 | code |
re:\b(kod|code|otp|tac)\b.{0,25}\b(baru masuk|yg masuk|yang masuk|diterima|yg diterima|yang diterima|sampai|keluar|muncul|tertera|di skrin)\b | scam:action | 0.75 | code |
re:\b(perlukan|perlu|nak|minta|mintak)\s(kod|code|otp|tac)\b | scam:action | 0.75 | code |
re:\bkod \d{1,2} digit\b | scam:action | 0.6 | code |
bacakan kod             | scam:action | 0.85 | code |
# details: card or ID details "just for postage"
re:\b(detail|butir|butiran|maklumat|info) (kad|kad bank|kad kredit|kad debit)\b | scam:action | 0.65 | details |
minta detail kad        | scam:action | 0.75 | details |
aktifkan semula         | scam:action | 0.5  | details |
re:\b(muat naik|upload|hantar)\b.{0,20}\b(gambar ic|salinan ic|ic depan|kad pengenalan|selfie|swafoto)\b | scam:action | 0.7 | details |
ic depan belakang       | scam:action | 0.65 | details |
re:\bbalas (dengan|dgn)\b.{0,25}\b(nama|no ic|nombor ic|kod|pin|nombor akaun|no akaun|maklumat)\b | scam:action | 0.8 | details |
# contact: join a group, reply to start
re:\b(join|sertai|masuk|jom join) (group|grup|kumpulan|channel|saluran)\b | scam:action | 0.55 | contact |
re:\b(join|sertai|masuk) (group|grup|kumpulan) (whatsapp|telegram|wasap|tele|facebook|fb|line|signal)\b | scam:action | 0.6 | contact |
re:\b(pm|whatsapp|wasap|ws|wa|dm|inbox) (sy|saya|aku|kami|admin|terus)\b | scam:action | 0.5 | contact |
re:\b(boleh|bleh|blh|bole) tolong\b | scam:action | 0.35 | contact |
re:\b(balas|reply|taip|hantar) (\d|ya|ok|daftar|mula|start)\b.{0,10}\b(utk|untuk) (mula|daftar|sertai|teruskan)\b | scam:action | 0.6 | contact |

# ---- awareness and advice (added 2026-12) ----
# "AWAS" is also the name of the traffic camera system, so only "awas!" and "awas + what" warn
awas scam               | scam:aware |  |  |
awas dengan             | scam:aware |  |  |
awas terhadap           | scam:aware |  |  |
awas sms                | scam:aware |  |  |
awas mesej              | scam:aware |  |  |
awas panggilan          | scam:aware |  |  |
awas pautan             | scam:aware |  |  |
awas link               | scam:aware |  |  |
awas modus              | scam:aware |  |  |
nasihat                 | scam:aware |  |  |
peringatan keselamatan  | scam:aware |  |  |
tips keselamatan        | scam:aware |  |  |
red flag                | scam:aware |  |  |
bendera merah           | scam:aware |  |  |
tanda amaran            | scam:aware |  |  |
ciri-ciri scam          | scam:aware |  |  |
ciri-ciri penipuan      | scam:aware |  |  |
ciri ciri scam          | scam:aware |  |  |
tanda-tanda scam        | scam:aware |  |  |
tanda-tanda penipuan    | scam:aware |  |  |
itu scam                | scam:aware |  |  |
ini scam                | scam:aware |  |  |
adalah scam             | scam:aware |  |  |
memang scam             | scam:aware |  |  |
confirm scam            | scam:aware |  |  |
adalah penipuan         | scam:aware |  |  |
cubaan penipuan         | scam:aware |  |  |
re:\b(tiada|tidak ada|takde|tak ada) (pegawai|pihak|bank|agensi|polis|syarikat)\b.{0,40}\b(akan|pernah)\b | scam:aware |  |  |
tidak akan sesekali     | scam:aware |  |  |
tak kan minta           | scam:aware |  |  |
takkan minta            | scam:aware |  |  |
tidak meminta           | scam:aware |  |  |
jika ragu               | scam:aware |  |  |
kalau ragu              | scam:aware |  |  |
jika ragu-ragu          | scam:aware |  |  |
letak telefon           | scam:aware |  |  |
letak panggilan         | scam:aware |  |  |
re:\bhubungi (balai polis|bank anda|talian rasmi|nombor rasmi|nsrc)\b | scam:aware |  |  |
balai polis berdekatan  | scam:aware |  |  |
cawangan berdekatan     | scam:aware |  |  |
re:\b(no|nombor|talian)\b.{0,10}\bdi belakang kad\b | scam:aware |  |  |
di belakang kad anda    | scam:aware |  |  |
jangan balas            | scam:aware |  |  |
jangan layan            | scam:aware |  |  |
abaikan mesej ini       | scam:aware |  |  |
abaikan sms ini         | scam:aware |  |  |
rahsiakan kod           | scam:aware |  |  |
jangan kongsikan        | scam:aware |  |  |
jangan berikan          | scam:aware |  |  |
jangan beri kod         | scam:aware |  |  |
laporkan dan sekat      | scam:aware |  |  |
report dan block        | scam:aware |  |  |
ccid                    | scam:aware |  |  |
semak di semakmule      | scam:aware |  |  |

# ---- ordinary phrases inside which scam words mean nothing (added 2026-12) ----
penghantaran hari ini   | allow |  |  |
dihantar hari ini       | allow |  |  |
sampai hari ini         | allow |  |  |
tiba hari ini           | allow |  |  |
penghantaran percuma    | allow |  |  |
pos percuma             | allow |  |  |
re:\bbeli \d+ (percuma|free) \d+\b | allow |  |  |

# ---- more ideas (added 2026-12) ----
# brands and telcos as patterns: their own sites are not in ../misinfo/brands.tsv, so they must not
# be looked for in link hosts (a literal single-word sender would make watsons.com.my look fake)
re:\b(mr diy|mrdiy|watsons|senheng|lotus's|99 speedmart|petronas|harvey norman|courts|tealive|zus coffee)\b | scam:sender | 0.45 | platform |
re:\baeon\b | scam:sender | 0.35 | platform |
re:\b(unifi mobile|redone|yes 5g)\b | scam:sender | 0.8 | telecom |
re:\b(unifi|digi|xox)\b | scam:sender | 0.55 | telecom |
re:\brider\b | scam:sender | 0.3 | courier |
re:\b(kad jemputan|jemputan kahwin|jemputan perkahwinan|walimatulurus|jemputan majlis)\b | scam:sender | 0.35 | relative |
re:\b(refund|bayaran balik|pemulangan wang) (pesanan|order|tempahan|transaksi|tiket)\b | scam:problem | 0.6 | refund |
re:\b(skrin|screen|layar)\b.{0,15}\b(hitam|gelap|mati|blank)\b | scam:pressure | 0.5 | secrecy |
re:\b(dulu|dahulu|terlebih dahulu) (baru|sebelum) (boleh|dapat|dpt|bole|blh) (terima|menerima|dikeluarkan|keluarkan|masuk|dikreditkan|tarik)\b | scam:pressure | 0.5 | threat |
re:\b(kad|kad kredit|kad debit|kad bank)\b.{0,12}\b(ditolak|declined|disekat|tak boleh guna|tidak boleh digunakan)\b | scam:problem | 0.6 | account |
re:\b(tiket|flight|penerbangan|visa)\b.{0,25}\b(jumpa|berjumpa|datang jumpa|bertemu|nak jumpa) (awak|u|kamu|sayang)\b | scam:problem | 0.65 | romance |
re:\b(borak|berbual|sembang|chat|kenal|berkenalan|jumpa|match)\b.{0,8}\b(di|kat|dekat|dalam) (tinder|tantan|bumble|facebook dating|badoo|omi|hinge|okcupid|aplikasi dating|apps dating)\b | scam:problem | 0.6 | romance |
re:\b(tertahan|ditahan|tersangkut|terkandas) di (lapangan terbang|airport|kastam|imigresen)\b | scam:problem | 0.6 | romance |
re:\b(i|saya|aku) janji (bayar balik|ganti|pulangkan|bayar)\b | scam:action | 0.55 | transfer |

# ---- what real notices say (added 2026-12): the standard "if it was not you, call us" line of a
# transaction alert, pointing to the official app or portal, and ordinary delivery statuses
re:\b(jika|sekiranya|kalau) (ini )?bukan (anda|awak)\W{0,3}(sila )?(hubungi|telefon|call)\b | allow |  |  |
re:\b(semak|check|cek|jejak|lihat|bayar|tebus) (status |bil |penghantaran |baki )?(di|melalui|dalam|guna) (app |aplikasi |portal |laman )?(mytax|myasnb|mytnb|myeg|mysejahtera|maybank2u|m2u|mae|i-akaun|kwsp|portal rasmi|laman rasmi|aplikasi rasmi|app rasmi|laman web rasmi|shopee|lazada|tiktok shop)\b | allow |  |  |
re:\b(bungkusan|parcel|kiriman|pesanan) (anda|awak)\b.{0,40}\b(sedang dihantar|dalam penghantaran|akan dihantar|telah dihantar|telah diterima|dalam perjalanan|telah sampai|sedang dalam perjalanan)\b | allow |  |  |
jangan percaya          | scam:aware |  |  |
tak perlu percaya       | scam:aware |  |  |

# ---- family opening with a name, buyers who "already paid" (added 2026-12) ----
re:^\W{0,3}(mak|ma|mama|ibu|umi|ummi|abah|ayah|papa|abi|tok|atuk|opah|nenek)\W{1,3}(ni|ini|nie)\b | scam:sender | 0.6 | relative |
re:\b(utk|untuk|baru (boleh|dapat)|supaya|agar) (terima|menerima|dapat|dpt) (duit|wang|bayaran|payment|transfer)\b | scam:problem | 0.55 | refund |
re:\b(supaya|agar|utk|untuk) (duit|wang|bayaran) (boleh |dapat |dpt )?(masuk|diterima|dikreditkan)\b | scam:problem | 0.55 | refund |
re:\b(masukkan|isi|taip|bagi|hantar)\b.{0,10}\b(nombor kad|no kad|butiran kad|detail kad|cvv|tarikh luput kad)\b | scam:action | 0.75 | details |

# ---- more forms (added 2026-12) ----
re:\b(sekat|batalkan|hentikan|halang|bekukan) (transaksi|pembayaran|pindahan|pemindahan|urus niaga)\b | scam:problem | 0.6 | account |
re:\b(bahagian|unit|jabatan) (keselamatan|anti penipuan|fraud)\b | scam:sender | 0.5 | bank |
re:\bjemputan\b.{0,15}\b(majlis|kenduri|kesyukuran|perkahwinan|kahwin|walimah|aqiqah|rumah terbuka)\b | scam:sender | 0.35 | relative |
re:\.(pdf|jpg|jpeg|png|doc|docx|mp4)\.apk\b | scam:problem | 0.8 | voicemail |
re:\b(company|syarikat|majikan|bos|boss)\b.{0,10}\b(tak|tidak|belum|x) (bayar|bagi|masuk) gaji\b | scam:problem | 0.55 | fee |
re:\b(ganti|bayar balik|pulangkan)\b.{0,6}\b(dua|2|tiga|3) kali\b | scam:problem | 0.6 | investment |
re:\b(kena|perlu|mesti) bayar (denda|ikat jamin|jaminan|saman)\b | scam:problem | 0.6 | legal |
# scarcity is ordinary sales talk, but not after a survey that hands out prizes
re:\b(kaji selidik|soal selidik|survey|survei)\b.{0,100}\b(tinggal|baki|hanya tinggal|cuma tinggal) \d+ (unit|hadiah|slot|tempat)\b | scam:pressure | 0.5 | deadline |
