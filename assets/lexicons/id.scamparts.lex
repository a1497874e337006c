# Indonesian scam parts (issue 15): the sender a message claims to be (BCA, BRI, BNI, Mandiri,
# BSI, DANA, OVO, GoPay, JNE, J&T, DJP, Bea Cukai, OJK, BPJS, Polri, "ini mama, nomor baru"), the
# problem or prize it announces ("rekening anda diblokir", "paket anda tertahan", "perubahan tarif
# transfer", "selamat anda menang", "pinjaman cair cepat tanpa BI checking"), its pressure ("dalam
# 1x24 jam", "akan diblokir permanen", "jangan bilang siapa-siapa") and what it asks ("klik link",
# "kirim kode OTP", "download aplikasi", "transfer ke rekening aman"). Parts never warn alone (see
# FORMAT.md, "The scam layer"). Formal Indonesian and chat shorthand ("yg", "utk", "gak", "km")
# are both written. Single-word sender terms of 3+ letters are also looked for in link hosts;
# brands named here have their real domains in ../misinfo/brands.tsv.
@format 1
@lang id
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language and of public scam-awareness advice)
@licence MIT
# term | scam:<part> | weight | kind |

# ======================================================================= senders
# ---- banks ----
bca                     | scam:sender | 0.85 | bank |
bank bca                | scam:sender | 0.9  | bank |
klikbca                 | scam:sender | 0.9  | bank |
mybca                   | scam:sender | 0.85 | bank |
bca mobile              | scam:sender | 0.85 | bank |
halo bca                | scam:sender | 0.85 | bank |
halobca                 | scam:sender | 0.85 | bank |
bri                     | scam:sender | 0.8  | bank |
bank bri                | scam:sender | 0.9  | bank |
brimo                   | scam:sender | 0.85 | bank |
bni                     | scam:sender | 0.85 | bank |
bank bni                | scam:sender | 0.9  | bank |
bni mobile              | scam:sender | 0.85 | bank |
bank mandiri            | scam:sender | 0.9  | bank |
livin by mandiri        | scam:sender | 0.9  | bank |
livin mandiri           | scam:sender | 0.85 | bank |
mandiri                 | scam:sender | 0.4  | bank |
bsi                     | scam:sender | 0.7  | bank |
bank bsi                | scam:sender | 0.85 | bank |
bank syariah indonesia  | scam:sender | 0.9  | bank |
cimb niaga              | scam:sender | 0.9  | bank |
octo mobile             | scam:sender | 0.8  | bank |
btn                     | scam:sender | 0.7  | bank |
bank btn                | scam:sender | 0.85 | bank |
danamon                 | scam:sender | 0.85 | bank |
bank danamon            | scam:sender | 0.9  | bank |
permata bank            | scam:sender | 0.85 | bank |
bank permata            | scam:sender | 0.85 | bank |
permatabank             | scam:sender | 0.85 | bank |
bank jago               | scam:sender | 0.85 | bank |
seabank                 | scam:sender | 0.75 | bank |
blu bca                 | scam:sender | 0.8  | bank |
ocbc nisp               | scam:sender | 0.85 | bank |
bank bjb                | scam:sender | 0.85 | bank |
bank dki                | scam:sender | 0.85 | bank |
pihak bank              | scam:sender | 0.6  | bank |
cs bank                 | scam:sender | 0.6  | bank |
customer service bank   | scam:sender | 0.6  | bank |
petugas bank            | scam:sender | 0.6  | bank |
yth nasabah             | scam:sender | 0.6  | bank |
nasabah yth             | scam:sender | 0.6  | bank |
kepada nasabah          | scam:sender | 0.5  | bank |
nasabah                 | scam:sender | 0.3  | bank |
bank indonesia          | scam:sender | 0.75 | government |

# ---- e-wallets ----
ovo                     | scam:sender | 0.75 | wallet |
akun dana               | scam:sender | 0.7  | wallet |
aplikasi dana           | scam:sender | 0.75 | wallet |
saldo dana              | scam:sender | 0.6  | wallet |
dana indonesia          | scam:sender | 0.6  | wallet |
cs dana                 | scam:sender | 0.75 | wallet |
gopay                   | scam:sender | 0.85 | wallet |
go-pay                  | scam:sender | 0.85 | wallet |
shopeepay               | scam:sender | 0.85 | wallet |
linkaja                 | scam:sender | 0.85 | wallet |
link aja                | scam:sender | 0.7  | wallet |
spaylater               | scam:sender | 0.6  | wallet |
gopaylater              | scam:sender | 0.6  | wallet |
isaku                   | scam:sender | 0.55 | wallet |
e-wallet                | scam:sender | 0.45 | wallet |
dompet digital          | scam:sender | 0.45 | wallet |

# ---- couriers ----
pos indonesia           | scam:sender | 0.9  | courier |
posindonesia            | scam:sender | 0.9  | courier |
jne                     | scam:sender | 0.85 | courier |
jne express             | scam:sender | 0.9  | courier |
kurir jne               | scam:sender | 0.85 | courier |
j&t                     | scam:sender | 0.85 | courier |
j&t express             | scam:sender | 0.9  | courier |
jnt                     | scam:sender | 0.8  | courier |
jt express              | scam:sender | 0.8  | courier |
sicepat                 | scam:sender | 0.85 | courier |
anteraja                | scam:sender | 0.85 | courier |
ninja xpress            | scam:sender | 0.85 | courier |
lion parcel             | scam:sender | 0.85 | courier |
spx express             | scam:sender | 0.8  | courier |
shopee express          | scam:sender | 0.8  | courier |
kurir                   | scam:sender | 0.4  | courier |
jasa ekspedisi          | scam:sender | 0.5  | courier |
pihak ekspedisi         | scam:sender | 0.55 | courier |

# ---- government ----
djp                     | scam:sender | 0.85 | government |
ditjen pajak            | scam:sender | 0.85 | government |
direktorat jenderal pajak | scam:sender | 0.9 | government |
kantor pajak            | scam:sender | 0.65 | government |
bea cukai               | scam:sender | 0.85 | government |
beacukai                | scam:sender | 0.85 | government |
bea dan cukai           | scam:sender | 0.85 | government |
petugas bea cukai       | scam:sender | 0.85 | government |
ojk                     | scam:sender | 0.85 | government |
otoritas jasa keuangan  | scam:sender | 0.9  | government |
ppatk                   | scam:sender | 0.8  | government |
bpjs                    | scam:sender | 0.75 | government |
bpjs kesehatan          | scam:sender | 0.85 | government |
bpjs ketenagakerjaan    | scam:sender | 0.85 | government |
bpjstk                  | scam:sender | 0.8  | government |
kominfo                 | scam:sender | 0.8  | government |
komdigi                 | scam:sender | 0.8  | government |
kemensos                | scam:sender | 0.7  | government |
kementerian sosial      | scam:sender | 0.8  | government |
kemnaker                | scam:sender | 0.75 | government |
prakerja                | scam:sender | 0.6  | government |
dukcapil                | scam:sender | 0.85 | government |
pln                     | scam:sender | 0.7  | government |
mypertamina             | scam:sender | 0.7  | government |
kemenkeu                | scam:sender | 0.75 | government |
kejaksaan               | scam:sender | 0.65 | government |
pengadilan              | scam:sender | 0.45 | government |
imigrasi                | scam:sender | 0.55 | government |
petugas pemerintah      | scam:sender | 0.5  | government |
pemerintah pusat        | scam:sender | 0.4  | government |

# ---- police ----
polri                   | scam:sender | 0.85 | police |
kepolisian              | scam:sender | 0.6  | police |
pihak kepolisian        | scam:sender | 0.65 | police |
petugas kepolisian      | scam:sender | 0.7  | police |
polda                   | scam:sender | 0.7  | police |
polres                  | scam:sender | 0.7  | police |
polsek                  | scam:sender | 0.65 | police |
bareskrim               | scam:sender | 0.85 | police |
cyber polri             | scam:sender | 0.8  | police |
penyidik                | scam:sender | 0.6  | police |
korlantas               | scam:sender | 0.8  | police |
satlantas               | scam:sender | 0.7  | police |
bnn                     | scam:sender | 0.7  | police |
kpk                     | scam:sender | 0.65 | police |
pak polisi              | scam:sender | 0.5  | police |

# ---- platforms ----
shopee                  | scam:sender | 0.65 | platform |
cs shopee               | scam:sender | 0.75 | platform |
admin shopee            | scam:sender | 0.7  | platform |
tokopedia               | scam:sender | 0.7  | platform |
tokped                  | scam:sender | 0.6  | platform |
lazada                  | scam:sender | 0.65 | platform |
bukalapak               | scam:sender | 0.7  | platform |
blibli                  | scam:sender | 0.7  | platform |
tiktok shop             | scam:sender | 0.65 | platform |
gojek                   | scam:sender | 0.6  | platform |
traveloka               | scam:sender | 0.6  | platform |
layanan pelanggan       | scam:sender | 0.4  | platform |
call center             | scam:sender | 0.4  | platform |
customer service        | scam:sender | 0.4  | platform |
admin resmi             | scam:sender | 0.55 | platform |
cs resmi                | scam:sender | 0.55 | platform |

# ---- telcos ----
telkomsel               | scam:sender | 0.85 | telecom |
indosat                 | scam:sender | 0.85 | telecom |
indosat ooredoo         | scam:sender | 0.85 | telecom |
im3                     | scam:sender | 0.65 | telecom |
xl axiata               | scam:sender | 0.85 | telecom |
smartfren               | scam:sender | 0.85 | telecom |
telkom indonesia        | scam:sender | 0.85 | telecom |
indihome                | scam:sender | 0.8  | telecom |
operator seluler        | scam:sender | 0.5  | telecom |

# ---- relatives ----
ini mama                | scam:sender | 0.6  | relative |
ini mamah               | scam:sender | 0.6  | relative |
ini papa                | scam:sender | 0.55 | relative |
ini ibu                 | scam:sender | 0.5  | relative |
ini bapak               | scam:sender | 0.45 | relative |
mama minta pulsa        | scam:sender | 0.85 | relative |
ma ini aku              | scam:sender | 0.6  | relative |
bu ini aku              | scam:sender | 0.6  | relative |
pak ini aku             | scam:sender | 0.55 | relative |
ini anakmu              | scam:sender | 0.6  | relative |
anak ibu                | scam:sender | 0.45 | relative |
anak bapak              | scam:sender | 0.45 | relative |
ini nomor baru          | scam:sender | 0.85 | relative |
ini nomer baru          | scam:sender | 0.85 | relative |
ini no baru             | scam:sender | 0.8  | relative |
nomor baru mama         | scam:sender | 0.85 | relative |
nomor baru saya         | scam:sender | 0.6  | relative |
nomor baru aku          | scam:sender | 0.6  | relative |
nomor baru              | scam:sender | 0.35 | relative |
ganti nomor             | scam:sender | 0.45 | relative |
nomor lama hilang       | scam:sender | 0.65 | relative |
simpan nomor ini        | scam:sender | 0.5  | relative |

# ---- employers ----
tim hrd                 | scam:sender | 0.55 | employer |
hrd                     | scam:sender | 0.45 | employer |
rekruter                | scam:sender | 0.5  | employer |
recruiter               | scam:sender | 0.5  | employer |
admin rekrutmen         | scam:sender | 0.55 | employer |
tim rekrutmen           | scam:sender | 0.55 | employer |
agen penyalur kerja     | scam:sender | 0.5  | employer |

# ---- lenders ----
pinjol                  | scam:sender | 0.55 | lender |
pinjaman online         | scam:sender | 0.5  | lender |
aplikasi pinjaman       | scam:sender | 0.55 | lender |
akulaku                 | scam:sender | 0.7  | lender |
debt collector          | scam:sender | 0.6  | lender |
dc pinjol               | scam:sender | 0.75 | lender |
penagih                 | scam:sender | 0.5  | lender |
koperasi simpan pinjam  | scam:sender | 0.45 | lender |
penyedia pinjaman       | scam:sender | 0.5  | lender |

# ---- investment ----
mentor trading          | scam:sender | 0.8  | investment |
mentor saham            | scam:sender | 0.8  | investment |
robot trading           | scam:sender | 0.7  | investment |
analis saham            | scam:sender | 0.55 | investment |
grup saham              | scam:sender | 0.55 | investment |
grup investasi          | scam:sender | 0.6  | investment |
admin investasi         | scam:sender | 0.6  | investment |
platform investasi      | scam:sender | 0.55 | investment |
broker                  | scam:sender | 0.4  | investment |

# ======================================================================= problems
# ---- account ----
akun anda diblokir      | scam:problem | 0.9  | account |
akun anda telah diblokir | scam:problem | 0.9 | account |
akun kamu diblokir      | scam:problem | 0.85 | account |
rekening anda diblokir  | scam:problem | 0.9  | account |
rekening anda telah diblokir | scam:problem | 0.9 | account |
rekening anda dibekukan | scam:problem | 0.9  | account |
akun diblokir           | scam:problem | 0.8  | account |
rekening diblokir       | scam:problem | 0.8  | account |
rekening dibekukan      | scam:problem | 0.8  | account |
akun anda dibekukan     | scam:problem | 0.85 | account |
akun dinonaktifkan      | scam:problem | 0.75 | account |
akun anda dinonaktifkan | scam:problem | 0.85 | account |
akun anda ditangguhkan  | scam:problem | 0.85 | account |
kartu atm anda diblokir | scam:problem | 0.9  | account |
kartu anda diblokir     | scam:problem | 0.85 | account |
atm anda diblokir       | scam:problem | 0.85 | account |
atm diblokir            | scam:problem | 0.75 | account |
kartu atm anda          | scam:problem | 0.45 | account |
akun anda bermasalah    | scam:problem | 0.75 | account |
rekening anda bermasalah | scam:problem | 0.75 | account |
aktivitas mencurigakan  | scam:problem | 0.75 | account |
transaksi mencurigakan  | scam:problem | 0.8  | account |
login mencurigakan      | scam:problem | 0.8  | account |
login dari perangkat baru | scam:problem | 0.75 | account |
perangkat baru          | scam:problem | 0.5  | account |
perangkat lain          | scam:problem | 0.45 | account |
transaksi tidak dikenal | scam:problem | 0.8  | account |
transaksi yang tidak anda lakukan | scam:problem | 0.85 | account |
jika ini bukan anda     | scam:problem | 0.75 | account |
jika bukan anda         | scam:problem | 0.65 | account |
apabila bukan anda      | scam:problem | 0.7  | account |
bukan anda yang melakukan | scam:problem | 0.8 | account |
verifikasi akun         | scam:problem | 0.55 | account |
verifikasi data         | scam:problem | 0.55 | account |
validasi data           | scam:problem | 0.55 | account |
data anda tidak valid   | scam:problem | 0.75 | account |
data tidak lengkap      | scam:problem | 0.5  | account |
pemblokiran             | scam:problem | 0.5  | account |
penonaktifan            | scam:problem | 0.5  | account |
masa berlaku habis      | scam:problem | 0.5  | account |
sudah kadaluarsa        | scam:problem | 0.5  | account |
perubahan tarif transfer | scam:problem | 0.85 | account |
perubahan tarif         | scam:problem | 0.7  | account |
tarif transfer          | scam:problem | 0.6  | account |
tarif baru              | scam:problem | 0.45 | account |
upgrade nasabah prioritas | scam:problem | 0.75 | account |
nasabah prioritas       | scam:problem | 0.5  | account |
upgrade kartu           | scam:problem | 0.6  | account |
akun anda diretas       | scam:problem | 0.75 | account |
akun dibajak            | scam:problem | 0.6  | account |
saldo terpotong         | scam:problem | 0.6  | account |
saldo anda terpotong    | scam:problem | 0.75 | account |
hp mama rusak           | scam:problem | 0.7  | account |
hp rusak                | scam:problem | 0.4  | account |
hp hilang               | scam:problem | 0.4  | account |

# ---- parcel ----
paket anda              | scam:problem | 0.45 | parcel |
paket kamu              | scam:problem | 0.45 | parcel |
paket km                | scam:problem | 0.4  | parcel |
kiriman anda            | scam:problem | 0.45 | parcel |
paket anda tertahan     | scam:problem | 0.9  | parcel |
paket tertahan          | scam:problem | 0.85 | parcel |
paket ditahan           | scam:problem | 0.85 | parcel |
paket anda ditahan      | scam:problem | 0.9  | parcel |
tertahan di bea cukai   | scam:problem | 0.9  | parcel |
tertahan di gudang      | scam:problem | 0.85 | parcel |
gagal dikirim           | scam:problem | 0.8  | parcel |
pengiriman gagal        | scam:problem | 0.8  | parcel |
gagal diantar           | scam:problem | 0.8  | parcel |
alamat tidak lengkap    | scam:problem | 0.85 | parcel |
alamat tidak ditemukan  | scam:problem | 0.8  | parcel |
alamat salah            | scam:problem | 0.5  | parcel |
cek resi                | scam:problem | 0.45 | parcel |
resi pengiriman         | scam:problem | 0.4  | parcel |
lihat foto paket        | scam:problem | 0.85 | parcel |
foto paket              | scam:problem | 0.6  | parcel |
bukti pengiriman        | scam:problem | 0.45 | parcel |
pengiriman ulang        | scam:problem | 0.6  | parcel |
paket dikembalikan      | scam:problem | 0.6  | parcel |
paket cod               | scam:problem | 0.4  | parcel |

# ---- refunds, aid, subsidies ----
pengembalian pajak      | scam:problem | 0.85 | refund |
restitusi pajak         | scam:problem | 0.8  | refund |
pengembalian dana       | scam:problem | 0.6  | refund |
refund                  | scam:problem | 0.35 | refund |
dana dikembalikan       | scam:problem | 0.55 | refund |
bansos                  | scam:problem | 0.35 | refund |
bantuan sosial          | scam:problem | 0.35 | refund |
blt                     | scam:problem | 0.4  | refund |
bantuan langsung tunai  | scam:problem | 0.65 | refund |
bantuan subsidi upah    | scam:problem | 0.65 | refund |
bsu                     | scam:problem | 0.45 | refund |
subsidi                 | scam:problem | 0.3  | refund |
subsidi listrik         | scam:problem | 0.55 | refund |
subsidi bbm             | scam:problem | 0.5  | refund |
bantuan pemerintah      | scam:problem | 0.6  | refund |
dana bantuan            | scam:problem | 0.6  | refund |
pencairan dana          | scam:problem | 0.6  | refund |
pencairan bansos        | scam:problem | 0.6  | refund |
pencairan jht           | scam:problem | 0.65 | refund |
saldo jht               | scam:problem | 0.55 | refund |
kartu prakerja          | scam:problem | 0.5  | refund |
kompensasi              | scam:problem | 0.45 | refund |
cashback                | scam:problem | 0.35 | refund |
dana kaget              | scam:problem | 0.75 | refund |
uang kaget              | scam:problem | 0.6  | refund |
saldo dana gratis       | scam:problem | 0.8  | refund |
saldo gratis            | scam:problem | 0.7  | refund |

# ---- prizes ----
selamat anda            | scam:problem | 0.6  | prize |
selamat kepada anda     | scam:problem | 0.6  | prize |
anda menang             | scam:problem | 0.8  | prize |
anda memenangkan        | scam:problem | 0.85 | prize |
anda terpilih           | scam:problem | 0.65 | prize |
anda mendapatkan hadiah | scam:problem | 0.85 | prize |
mendapatkan hadiah      | scam:problem | 0.6  | prize |
pemenang undian         | scam:problem | 0.8  | prize |
pemenang                | scam:problem | 0.4  | prize |
hadiah                  | scam:problem | 0.3  | prize |
hadiah utama            | scam:problem | 0.6  | prize |
undian berhadiah        | scam:problem | 0.7  | prize |
program undian          | scam:problem | 0.6  | prize |
undian                  | scam:problem | 0.4  | prize |
cek tunai               | scam:problem | 0.6  | prize |
hadiah mobil            | scam:problem | 0.6  | prize |
hadiah langsung         | scam:problem | 0.55 | prize |
pin pemenang            | scam:problem | 0.85 | prize |
kode pemenang           | scam:problem | 0.8  | prize |
klaim hadiah            | scam:problem | 0.7  | prize |
voucher gratis          | scam:problem | 0.55 | prize |
gratis                  | scam:problem | 0.2  | prize |
giveaway                | scam:problem | 0.4  | prize |
kuis berhadiah          | scam:problem | 0.55 | prize |
poin anda               | scam:problem | 0.45 | prize |
poin reward             | scam:problem | 0.55 | prize |
poin anda akan hangus   | scam:problem | 0.85 | prize |
telkomsel poin          | scam:problem | 0.6  | prize |
lucky draw              | scam:problem | 0.6  | prize |

# ---- jobs ----
kerja paruh waktu       | scam:problem | 0.45 | job |
part time               | scam:problem | 0.2  | job |
kerja dari rumah        | scam:problem | 0.45 | job |
kerja online            | scam:problem | 0.4  | job |
pekerjaan online        | scam:problem | 0.45 | job |
gaji harian             | scam:problem | 0.35 | job |
dibayar harian          | scam:problem | 0.65 | job |
komisi harian           | scam:problem | 0.65 | job |
penghasilan harian      | scam:problem | 0.6  | job |
tugas sederhana         | scam:problem | 0.6  | job |
tugas mudah             | scam:problem | 0.6  | job |
tugas like              | scam:problem | 0.75 | job |
tugas berbayar          | scam:problem | 0.7  | job |
tugas prabayar          | scam:problem | 0.85 | job |
like dan follow         | scam:problem | 0.6  | job |
like dan subscribe      | scam:problem | 0.6  | job |
like video              | scam:problem | 0.45 | job |
nonton video            | scam:problem | 0.35 | job |
kasih rating            | scam:problem | 0.55 | job |
tanpa pengalaman        | scam:problem | 0.4  | job |
cukup modal hp          | scam:problem | 0.7  | job |
modal hp                | scam:problem | 0.55 | job |
penghasilan tambahan    | scam:problem | 0.45 | job |
dapat komisi            | scam:problem | 0.5  | job |
lamaran anda            | scam:problem | 0.45 | job |
cv anda                 | scam:problem | 0.45 | job |
anda lolos seleksi      | scam:problem | 0.6  | job |
surat panggilan kerja   | scam:problem | 0.55 | job |
panggilan interview     | scam:problem | 0.4  | job |
lowongan kerja          | scam:problem | 0.3  | job |

# ---- investment ----
untung pasti            | scam:problem | 0.8  | investment |
pasti untung            | scam:problem | 0.8  | investment |
profit pasti            | scam:problem | 0.8  | investment |
keuntungan pasti        | scam:problem | 0.8  | investment |
dijamin untung          | scam:problem | 0.85 | investment |
profit harian           | scam:problem | 0.7  | investment |
keuntungan harian       | scam:problem | 0.7  | investment |
cuan harian             | scam:problem | 0.7  | investment |
auto cuan               | scam:problem | 0.7  | investment |
return tinggi           | scam:problem | 0.6  | investment |
imbal hasil tinggi      | scam:problem | 0.6  | investment |
tanpa risiko            | scam:problem | 0.5  | investment |
modal kecil untung besar | scam:problem | 0.8 | investment |
saham pasti naik        | scam:problem | 0.75 | investment |
penggandaan uang        | scam:problem | 0.85 | investment |
gandakan uang           | scam:problem | 0.85 | investment |
passive income          | scam:problem | 0.4  | investment |
balik modal cepat       | scam:problem | 0.65 | investment |

# ---- loans ----
pinjaman cepat cair     | scam:problem | 0.75 | loan |
cair cepat              | scam:problem | 0.6  | loan |
cepat cair              | scam:problem | 0.6  | loan |
langsung cair           | scam:problem | 0.6  | loan |
dana cair               | scam:problem | 0.55 | loan |
tanpa bi checking       | scam:problem | 0.8  | loan |
tanpa bi check          | scam:problem | 0.8  | loan |
tanpa slik              | scam:problem | 0.75 | loan |
tanpa jaminan           | scam:problem | 0.55 | loan |
tanpa agunan            | scam:problem | 0.55 | loan |
tanpa survei            | scam:problem | 0.6  | loan |
tanpa survey            | scam:problem | 0.6  | loan |
pinjaman tanpa jaminan  | scam:problem | 0.7  | loan |
pinjaman dana           | scam:problem | 0.45 | loan |
pengajuan pinjaman      | scam:problem | 0.45 | loan |
pinjaman anda disetujui | scam:problem | 0.8  | loan |
pengajuan anda disetujui | scam:problem | 0.75 | loan |
limit pinjaman          | scam:problem | 0.5  | loan |
acc cepat               | scam:problem | 0.6  | loan |
bunga rendah            | scam:problem | 0.4  | loan |

# ---- romance ----
tentara amerika         | scam:problem | 0.75 | romance |
dokter militer          | scam:problem | 0.6  | romance |
kirim hadiah untukmu    | scam:problem | 0.7  | romance |
paket hadiah            | scam:problem | 0.55 | romance |
ingin menikahimu        | scam:problem | 0.6  | romance |
aku jatuh cinta         | scam:problem | 0.45 | romance |
aku mau ke indonesia    | scam:problem | 0.5  | romance |

# ---- legal ----
surat tilang            | scam:problem | 0.55 | legal |
tilang elektronik       | scam:problem | 0.45 | legal |
denda tilang            | scam:problem | 0.75 | legal |
etle                    | scam:problem | 0.5  | legal |
surat panggilan polisi  | scam:problem | 0.8  | legal |
surat panggilan         | scam:problem | 0.4  | legal |
terlibat kasus          | scam:problem | 0.5  | legal |
terlibat dalam kasus    | scam:problem | 0.5  | legal |
pencucian uang          | scam:problem | 0.4  | legal |
tindak pidana pencucian uang | scam:problem | 0.45 | legal |
tppu                    | scam:problem | 0.35 | legal |
paket berisi narkoba    | scam:problem | 0.95 | legal |
berisi narkoba          | scam:problem | 0.6  | legal |
kasus narkoba           | scam:problem | 0.45 | legal |
narkoba                 | scam:problem | 0.25 | legal |
barang ilegal           | scam:problem | 0.65 | legal |
anak anda ditangkap     | scam:problem | 0.9  | legal |
anak ibu ditangkap      | scam:problem | 0.9  | legal |
anak bapak ditangkap    | scam:problem | 0.9  | legal |
ditangkap polisi        | scam:problem | 0.5  | legal |
kecelakaan              | scam:problem | 0.2  | legal |
tunggakan pajak         | scam:problem | 0.7  | legal |
pajak terutang          | scam:problem | 0.65 | legal |
tunggakan bpjs          | scam:problem | 0.7  | legal |
tagihan tertunggak      | scam:problem | 0.6  | legal |
tunggakan               | scam:problem | 0.35 | legal |
ktp anda disalahgunakan | scam:problem | 0.85 | legal |
data anda disalahgunakan | scam:problem | 0.75 | legal |
disalahgunakan          | scam:problem | 0.45 | legal |
rekening anda terindikasi | scam:problem | 0.85 | legal |
terindikasi judi online | scam:problem | 0.85 | legal |
terindikasi             | scam:problem | 0.45 | legal |

# ---- voicemail ----
pesan suara             | scam:problem | 0.6  | voicemail |
anda memiliki pesan     | scam:problem | 0.55 | voicemail |
panggilan tak terjawab  | scam:problem | 0.45 | voicemail |
panggilan tidak terjawab | scam:problem | 0.45 | voicemail |

# ---- fees ----
butuh uang              | scam:problem | 0.45 | fee |
butuh dana darurat      | scam:problem | 0.6  | fee |
lagi butuh uang         | scam:problem | 0.55 | fee |
butuh uang mendesak     | scam:problem | 0.65 | fee |
masuk rumah sakit       | scam:problem | 0.3  | fee |
lagi di kantor polisi   | scam:problem | 0.6  | legal |
biaya admin             | scam:problem | 0.5  | fee |
biaya administrasi      | scam:problem | 0.5  | fee |
biaya pengiriman        | scam:problem | 0.4  | fee |
biaya pengiriman hadiah | scam:problem | 0.85 | fee |
pajak hadiah            | scam:problem | 0.85 | fee |
biaya pencairan         | scam:problem | 0.75 | fee |
biaya aktivasi          | scam:problem | 0.6  | fee |
biaya asuransi          | scam:problem | 0.5  | fee |
biaya pendaftaran       | scam:problem | 0.5  | fee |
biaya bea cukai         | scam:problem | 0.75 | fee |
bea masuk               | scam:problem | 0.55 | fee |
biaya penebusan         | scam:problem | 0.75 | fee |
biaya verifikasi        | scam:problem | 0.7  | fee |
biaya penarikan         | scam:problem | 0.7  | fee |
biaya withdraw          | scam:problem | 0.7  | fee |
biaya upgrade           | scam:problem | 0.65 | fee |
biaya materai           | scam:problem | 0.6  | fee |
uang jaminan            | scam:problem | 0.55 | fee |
dp dulu                 | scam:action | 0.5  | transfer |
transfer dulu           | scam:action | 0.6  | transfer |
tf dulu                 | scam:action | 0.55 | transfer |
uang damai              | scam:problem | 0.8  | fee |
autodebet               | scam:problem | 0.5  | fee |
didebet otomatis        | scam:problem | 0.6  | fee |
re:\b(biaya|tarif|dikenakan|potongan) (sebesar |rp ?)?\d[\d.,]* ?(rb|ribu|k)? ?(/|per) ?bulan\b | scam:problem | 0.7 | fee |

# ======================================================================= pressure
# ---- deadlines ----
dalam 1x24 jam          | scam:pressure | 0.85 | deadline |
dalam waktu 1x24 jam    | scam:pressure | 0.85 | deadline |
1x24 jam                | scam:pressure | 0.75 | deadline |
2x24 jam                | scam:pressure | 0.65 | deadline |
1 x 24 jam              | scam:pressure | 0.75 | deadline |
re:\bdalam (waktu )?\d{1,2} ?(jam|menit|hari)\b | scam:pressure | 0.6  | deadline |
dalam 24 jam            | scam:pressure | 0.8  | deadline |
dalam waktu 24 jam      | scam:pressure | 0.8  | deadline |
hari ini juga           | scam:pressure | 0.6  | deadline |
hari ini                | scam:pressure | 0.2  | deadline |
segera                  | scam:pressure | 0.4  | deadline |
sekarang juga           | scam:pressure | 0.6  | deadline |
secepatnya              | scam:pressure | 0.45 | deadline |
batas waktu             | scam:pressure | 0.5  | deadline |
batas akhir             | scam:pressure | 0.5  | deadline |
paling lambat           | scam:pressure | 0.45 | deadline |
peringatan terakhir     | scam:pressure | 0.75 | deadline |
pemberitahuan terakhir  | scam:pressure | 0.7  | deadline |
kesempatan terakhir     | scam:pressure | 0.45 | deadline |
berlaku hari ini        | scam:pressure | 0.55 | deadline |
mendesak                | scam:pressure | 0.5  | deadline |
darurat                 | scam:pressure | 0.4  | deadline |
urgent                  | scam:pressure | 0.4  | deadline |
buruan                  | scam:pressure | 0.3  | deadline |

# ---- threats ----
akan diblokir           | scam:pressure | 0.75 | threat |
akan diblokir permanen  | scam:pressure | 0.9  | threat |
diblokir permanen       | scam:pressure | 0.85 | threat |
diblokir secara permanen | scam:pressure | 0.85 | threat |
akan dinonaktifkan      | scam:pressure | 0.75 | threat |
akan ditutup            | scam:pressure | 0.65 | threat |
akan dibekukan          | scam:pressure | 0.75 | threat |
akan hangus             | scam:pressure | 0.65 | threat |
akan dihapus            | scam:pressure | 0.55 | threat |
akan dikembalikan ke pengirim | scam:pressure | 0.6 | threat |
dikenakan denda         | scam:pressure | 0.55 | threat |
dikenakan sanksi        | scam:pressure | 0.6  | threat |
proses hukum            | scam:pressure | 0.7  | threat |
jalur hukum             | scam:pressure | 0.65 | threat |
tindakan hukum          | scam:pressure | 0.7  | threat |
dipidanakan             | scam:pressure | 0.8  | threat |
akan dipenjara          | scam:pressure | 0.8  | threat |
akan ditangkap          | scam:pressure | 0.85 | threat |
dijemput paksa          | scam:pressure | 0.85 | threat |
surat penangkapan       | scam:pressure | 0.85 | threat |
data anda akan disebar  | scam:pressure | 0.85 | threat |
disebarkan ke kontak    | scam:pressure | 0.8  | threat |
akan disebar            | scam:pressure | 0.6  | threat |
jika tidak segera       | scam:pressure | 0.6  | threat |
apabila tidak segera    | scam:pressure | 0.6  | threat |
agar tidak diblokir     | scam:pressure | 0.8  | threat |
supaya tidak diblokir   | scam:pressure | 0.8  | threat |
agar akun tidak         | scam:pressure | 0.7  | threat |
dikenakan biaya         | scam:pressure | 0.45 | threat |
terkena biaya           | scam:pressure | 0.45 | threat |
saldo akan terpotong    | scam:pressure | 0.8  | threat |

# ---- secrecy ----
jangan beritahu siapapun | scam:pressure | 0.8 | secrecy |
jangan beri tahu siapa pun | scam:pressure | 0.8 | secrecy |
jangan kasih tahu siapa-siapa | scam:pressure | 0.8 | secrecy |
jangan kasih tau siapa-siapa | scam:pressure | 0.8 | secrecy |
jangan bilang siapa-siapa | scam:pressure | 0.75 | secrecy |
jangan bilang ke siapa pun | scam:pressure | 0.75 | secrecy |
jangan beri tahu keluarga | scam:pressure | 0.85 | secrecy |
jangan kasih tahu keluarga | scam:pressure | 0.85 | secrecy |
jangan bilang sama bank | scam:pressure | 0.9  | secrecy |
jangan bilang ke bank   | scam:pressure | 0.9  | secrecy |
rahasiakan hal ini      | scam:pressure | 0.75 | secrecy |
rahasiakan ini          | scam:pressure | 0.7  | secrecy |
bersifat rahasia        | scam:pressure | 0.55 | secrecy |
sangat rahasia          | scam:pressure | 0.55 | secrecy |
cukup kita berdua       | scam:pressure | 0.7  | secrecy |
antara kita saja        | scam:pressure | 0.7  | secrecy |
jangan tutup telepon    | scam:pressure | 0.7  | secrecy |
jangan ditutup teleponnya | scam:pressure | 0.7 | secrecy |
jangan matikan telepon  | scam:pressure | 0.7  | secrecy |

# ======================================================================= actions
# ---- links ----
klik link               | scam:action | 0.65 | link |
klik tautan             | scam:action | 0.7  | link |
klik di sini            | scam:action | 0.5  | link |
klik disini             | scam:action | 0.5  | link |
silakan kunjungi        | scam:action | 0.45 | link |
kunjungi                | scam:action | 0.3  | link |
buka link               | scam:action | 0.6  | link |
buka tautan             | scam:action | 0.6  | link |
link berikut            | scam:action | 0.55 | link |
tautan berikut          | scam:action | 0.55 | link |
link di bawah           | scam:action | 0.5  | link |
link dibawah            | scam:action | 0.5  | link |
melalui link            | scam:action | 0.55 | link |
melalui tautan          | scam:action | 0.6  | link |
akses link              | scam:action | 0.6  | link |
cek di link             | scam:action | 0.6  | link |
isi formulir            | scam:action | 0.55 | link |
isi form                | scam:action | 0.5  | link |
klaim di                | scam:action | 0.5  | link |
klaim sekarang          | scam:action | 0.6  | link |
masuk ke akun           | scam:action | 0.45 | link |
login                   | scam:action | 0.3  | link |
klik                    | scam:action | 0.25 | link |
scan qr                 | scam:action | 0.45 | link |
pindai kode qr          | scam:action | 0.5  | link |

# ---- calls ----
segera hubungi          | scam:action | 0.6  | call |
hubungi kami            | scam:action | 0.4  | call |
hubungi call center     | scam:action | 0.5  | call |
hubungi nomor           | scam:action | 0.6  | call |
hubungi petugas         | scam:action | 0.6  | call |
hubungi                 | scam:action | 0.3  | call |
telepon balik           | scam:action | 0.5  | call |
telepon kami            | scam:action | 0.45 | call |
tekan 1                 | scam:action | 0.7  | call |
tekan 9                 | scam:action | 0.6  | call |

# ---- apps ----
download aplikasi       | scam:action | 0.55 | app |
unduh aplikasi          | scam:action | 0.55 | app |
instal aplikasi         | scam:action | 0.6  | app |
install aplikasi        | scam:action | 0.6  | app |
pasang aplikasi         | scam:action | 0.55 | app |
file apk                | scam:action | 0.85 | app |
apk                     | scam:action | 0.7  | app |
unduh                   | scam:action | 0.35 | app |
download                | scam:action | 0.3  | app |
anydesk                 | scam:action | 0.85 | app |
teamviewer              | scam:action | 0.8  | app |
aplikasi remote         | scam:action | 0.8  | app |
izinkan aksesibilitas   | scam:action | 0.75 | app |
aksesibilitas           | scam:action | 0.45 | app |
sumber tidak dikenal    | scam:action | 0.7  | app |
berbagi layar           | scam:action | 0.65 | app |

# ---- transfers ----
re:\b(bayar|transfer|tf|kirim)\b.{0,30}\bdulu\b | scam:action | 0.55 | transfer |
transfer uang           | scam:action | 0.55 | transfer |
segera transfer         | scam:action | 0.65 | transfer |
ke rekening ini         | scam:action | 0.55 | transfer |
ke rekening berikut     | scam:action | 0.6  | transfer |
tolong transfer         | scam:action | 0.55 | transfer |
tolong kirim            | scam:action | 0.45 | transfer |
pinjam dulu             | scam:action | 0.45 | transfer |
nanti mama ganti        | scam:action | 0.65 | transfer |
nanti diganti           | scam:action | 0.5  | transfer |
transfer ke rekening    | scam:action | 0.6  | transfer |
transfer dana           | scam:action | 0.5  | transfer |
kirim uang              | scam:action | 0.5  | transfer |
kirim dana              | scam:action | 0.5  | transfer |
kirim pulsa             | scam:action | 0.55 | transfer |
kirimin pulsa           | scam:action | 0.6  | transfer |
beliin pulsa            | scam:action | 0.55 | transfer |
isi pulsa               | scam:action | 0.4  | transfer |
isi saldo               | scam:action | 0.45 | transfer |
kirim saldo             | scam:action | 0.55 | transfer |
top up                  | scam:action | 0.35 | transfer |
topup                   | scam:action | 0.35 | transfer |
setor tunai             | scam:action | 0.5  | transfer |
segera bayar            | scam:action | 0.6  | transfer |
lakukan pembayaran      | scam:action | 0.5  | transfer |
selesaikan pembayaran   | scam:action | 0.55 | transfer |
lunasi                  | scam:action | 0.45 | transfer |
rekening aman           | scam:action | 0.85 | transfer |
pindahkan dana          | scam:action | 0.75 | transfer |
pindahkan saldo         | scam:action | 0.75 | transfer |
rekening penampung*     | scam:action | 0.75 | transfer |
virtual account         | scam:action | 0.45 | transfer |
kode pembayaran         | scam:action | 0.45 | transfer |
ke nomor rekening       | scam:action | 0.55 | transfer |
beli voucher            | scam:action | 0.5  | transfer |
transfer                | scam:action | 0.3  | transfer |
tf                      | scam:action | 0.3  | transfer |
bayar                   | scam:action | 0.2  | transfer |

# ---- codes ----
kode otp                | scam:action | 0.6  | code |
otp                     | scam:action | 0.5  | code |
kode verifikasi         | scam:action | 0.55 | code |
kode aktivasi           | scam:action | 0.55 | code |
kode 6 digit            | scam:action | 0.65 | code |
6 digit                 | scam:action | 0.45 | code |
pin atm                 | scam:action | 0.6  | code |
pin m-banking           | scam:action | 0.7  | code |
kata sandi              | scam:action | 0.4  | code |
kirim kode              | scam:action | 0.7  | code |
kirimkan kode           | scam:action | 0.75 | code |
sebutkan kode           | scam:action | 0.85 | code |
bacakan kode            | scam:action | 0.85 | code |
berikan kode            | scam:action | 0.75 | code |
kasih kode              | scam:action | 0.75 | code |
kode yang masuk         | scam:action | 0.8  | code |
kode yg masuk           | scam:action | 0.8  | code |
kode sms                | scam:action | 0.5  | code |
salah kirim kode        | scam:action | 0.9  | code |
kode salah kirim        | scam:action | 0.9  | code |
cvv                     | scam:action | 0.7  | code |
mpin                    | scam:action | 0.6  | code |
m-pin                   | scam:action | 0.6  | code |

# ---- details ----
perbarui data           | scam:action | 0.65 | details |
update data             | scam:action | 0.6  | details |
update data nasabah     | scam:action | 0.75 | details |
pembaruan data          | scam:action | 0.6  | details |
verifikasi data anda    | scam:action | 0.7  | details |
konfirmasi data         | scam:action | 0.6  | details |
isi data                | scam:action | 0.5  | details |
lengkapi data           | scam:action | 0.55 | details |
masukkan data           | scam:action | 0.5  | details |
data diri               | scam:action | 0.45 | details |
data pribadi            | scam:action | 0.45 | details |
data nasabah            | scam:action | 0.5  | details |
data rekening           | scam:action | 0.55 | details |
data kartu              | scam:action | 0.6  | details |
nomor kartu             | scam:action | 0.5  | details |
nomor rekening          | scam:action | 0.35 | details |
foto ktp                | scam:action | 0.6  | details |
nomor ktp               | scam:action | 0.5  | details |
nik dan kk              | scam:action | 0.6  | details |
nama ibu kandung        | scam:action | 0.7  | details |
selfie dengan ktp       | scam:action | 0.6  | details |
user id                 | scam:action | 0.4  | details |

# ---- contact ----
balas pesan ini         | scam:action | 0.5  | contact |
balas ya                | scam:action | 0.55 | contact |
ketik ya                | scam:action | 0.5  | contact |
chat admin              | scam:action | 0.5  | contact |
hubungi admin           | scam:action | 0.5  | contact |
wa admin                | scam:action | 0.55 | contact |
hubungi via wa          | scam:action | 0.6  | contact |
hubungi via whatsapp    | scam:action | 0.6  | contact |
hubungi kami di whatsapp | scam:action | 0.6 | contact |
chat via whatsapp       | scam:action | 0.55 | contact |
hubungi cs              | scam:action | 0.5  | contact |
chat cs                 | scam:action | 0.5  | contact |
gabung grup telegram    | scam:action | 0.6  | contact |
join grup telegram      | scam:action | 0.6  | contact |
gabung grup             | scam:action | 0.4  | contact |
japri                   | scam:action | 0.4  | contact |
balas                   | scam:action | 0.2  | contact |

# ======================================================================= awareness and advice
hati-hati               | scam:aware |  |  |
hati hati               | scam:aware |  |  |
waspada                 | scam:aware |  |  |
waspadai                | scam:aware |  |  |
# "AWAS" alone is also a name (Malaysia's traffic camera system, read here for Malay posts too):
# only "awas!" and "awas + what" warn
re:\bawas\s?!           | scam:aware |  |  |
awas penipuan           | scam:aware |  |  |
awas penipu             | scam:aware |  |  |
awas link               | scam:aware |  |  |
awas jebakan            | scam:aware |  |  |
awas hoaks              | scam:aware |  |  |
modus penipuan          | scam:aware |  |  |
modus baru              | scam:aware |  |  |
awas modus              | scam:aware |  |  |
modus                   | scam:aware |  |  |
penipuan online         | scam:aware |  |  |
waspada penipuan        | scam:aware |  |  |
hati-hati penipuan      | scam:aware |  |  |
penipu                  | scam:aware |  |  |
jangan tertipu          | scam:aware |  |  |
jangan mudah percaya    | scam:aware |  |  |
jangan mudah tergiur    | scam:aware |  |  |
hoaks                   | scam:aware |  |  |
hoax                    | scam:aware |  |  |
mengatasnamakan         | scam:aware |  |  |
tidak pernah meminta    | scam:aware |  |  |
tidak akan meminta      | scam:aware |  |  |
tidak pernah menghubungi | scam:aware |  |  |
jangan pernah           | scam:aware |  |  |
rahasiakan kode         | scam:aware |  |  |
jangan berikan          | scam:aware |  |  |
jangan klik             | scam:aware |  |  |
jangan tanggapi         | scam:aware |  |  |
blokir nomor            | scam:aware |  |  |
laporkan ke             | scam:aware |  |  |
aduankonten             | scam:aware |  |  |
cekrekening             | scam:aware |  |  |
patrolisiber            | scam:aware |  |  |
ketipu                  | scam:aware |  |  |
kena tipu               | scam:aware |  |  |
korban penipuan         | scam:aware |  |  |
investasi bodong        | scam:aware |  |  |
pinjol ilegal           | scam:aware |  |  |
social engineering      | scam:aware |  |  |
soceng                  | scam:aware |  |  |
sms palsu               | scam:aware |  |  |
link palsu              | scam:aware |  |  |
situs palsu             | scam:aware |  |  |
akun palsu              | scam:aware |  |  |
cs palsu                | scam:aware |  |  |

# ======================================================================= added 2026-12 (generalised
# from the development reports: original work, MIT). Ideas, not cases: a new or borrowed phone, an
# APK dressed as a document, a code "coming to your phone" to send back, a prize that costs postage,
# a loan "approved" that needs a fee first, a profit to withdraw after paying tax, a parcel or an
# inheritance "stuck", money handed to an "officer", video calls with the "police".

# ---- senders ----
re:\b(lewat|via|pakai|dari|melalui|ke|akun|aplikasi|saldo|cashback|promo|bonus|pin|cs|tim) dana\b | scam:sender | 0.6 | wallet |
re:\b(lewat|via|pakai|dari|melalui|akun|aplikasi|cs|tim|admin) (ovo|gopay|shopeepay|linkaja|i\.saku|isaku|astrapay|jenius|flip|sakuku|doku)\b | scam:sender | 0.7 | wallet |
re:\[(dana|ovo|gopay|shopeepay|linkaja|i\.saku|isaku|astrapay)\] | scam:sender | 0.8 | wallet |
re:\[(bca|bri|bni|mandiri|bsi|btn)\] | scam:sender | 0.8 | bank |
re:\[(jne|j&t|sicepat|anteraja|pos indonesia|spx)\] | scam:sender | 0.8 | courier |
re:\[(xl|tri|telkomsel|indosat|axis|by\.u|byu|smartfren|im3)\] | scam:sender | 0.8 | telecom |
re:^\W{0,3}(dana|ovo|gopay|shopeepay|linkaja|astrapay)\W{0,3}: | scam:sender | 0.75 | wallet |
re:\b(cashback|saldo|promo|bonus|voucher|hadiah) (ovo|gopay|shopeepay|linkaja|astrapay)\b | scam:sender | 0.7 | wallet |
re:\b(saya|sy|aku) (dari|petugas|pegawai) (cs |customer service |pihak )?(bca|bri|bni|mandiri|bsi|btn|cimb|danamon|bank)\b | scam:sender | 0.8 | bank |
re:\bpetugas (bank|bca|bri|bni|mandiri|bsi) (pusat|kantor pusat)\b | scam:sender | 0.8 | bank |
re:^\W{0,3}(xl|tri|axis|by\.u|byu|im3)\W{0,3}: | scam:sender | 0.75 | telecom |
re:\b(xl|tri|axis|by\.u|byu|im3|telkomsel|indosat|smartfren) (kotak suara|pesan suara|voicemail|voice mail)\b | scam:sender | 0.75 | telecom |
spx                     | scam:sender | 0.6  | courier |
re:\b(sy|saya|aku) (kurir|kurirnya)\b | scam:sender | 0.6 | courier |
pengadilan negeri       | scam:sender | 0.7  | police |
kejaksaan negeri        | scam:sender | 0.75 | police |
dana desa               | scam:sender | 0.5  | government |
# aid programmes speak for the government that runs them
re:\b(bansos|blt|bsu|bpum|pkh|bpnt|kip kuliah|kartu indonesia pintar|bantuan umkm|kartu sembako|bantuan subsidi upah|bantuan pangan|banpres)\b | scam:sender | 0.45 | government |
program keluarga harapan | scam:sender | 0.6 | government |
akp                     | scam:sender | 0.55 | police |
kompol                  | scam:sender | 0.55 | police |
ipda                    | scam:sender | 0.55 | police |
iptu                    | scam:sender | 0.55 | police |
re:\b(surat|petugas|penyidik|unit|tim) (bareskrim|polri|polda|polres|kejaksaan|ppatk|ojk|kpk|bnn)\b | scam:sender | 0.85 | police |
re:\b(whatsapp|facebook|fb|instagram|ig|tiktok|telegram|shopee|tokopedia|gojek|google|apple|meta) (support|team|security|keamanan)\b | scam:sender | 0.8 | platform |
re:\b(tim|cs|admin|pusat bantuan) (whatsapp|facebook|instagram|tiktok|telegram|shopee|tokopedia|gojek|google|apple|meta)\b | scam:sender | 0.75 | platform |
re:\b(daftar|akun|lomba|kontes|undian|di|lewat) (whatsapp|facebook|fb|instagram|ig|tiktok|telegram|gojek|grab|tokopedia|shopee|line|signal|wechat|messenger|michat|viber|tinder|tantan|bumble|badoo|omi|hinge|okcupid)\b | scam:sender | 0.3 | platform |
# someone who "guides" you through your own banking app is running it
re:\b(saya|sy|aku|kami) (pandu|bimbing|arahkan|bantu arahkan|tuntun)\b | scam:sender | 0.45 | platform |
re:\b(merchant|tugas|task|misi|rating|review|like|ulasan|produk) (youtube|tiktok|shopee|tokopedia|lazada|google maps|agoda|amazon|netflix|spotify|traveloka|booking)\b | scam:sender | 0.5 | platform |
re:\b(hut|ulang tahun|ultah|anniversary)\b.{0,8}\bke\b | scam:sender | 0.45 | platform |
re:\b(dari|dr) (promo|giveaway|event)\b | scam:sender | 0.35 | platform |
# family, or someone writing as family, from a number you do not know
re:\b(ma|mah|mama|mamah|mami|bu|ibu|bunda|pa|pak|papa|papi|ayah|yah|om|tante|kak|dek|nek|kek|nenek|kakek|eyang|mbah)\W{0,3}(ini|ni) (aku|saya|anakmu|cucu|cucumu|adek|kakak)\b | scam:sender | 0.65 | relative |
ini nomor baru*         | scam:sender | 0.8  | relative |
ini nomer baru*         | scam:sender | 0.8  | relative |
nomor baru*             | scam:sender | 0.35 | relative |
re:\bnomor baru\w*\W{0,3}(disimpen|disimpan|simpan|save|tolong disimpan|tolong save)\b | scam:sender | 0.8 | relative |
re:\b(ini|ni) (nomor|no|nomer) (kantor|kerja|baru|lain|temen|teman|sementara)\b | scam:sender | 0.7 | relative |
re:^\W{0,3}(\w+ )?(sayang|darling|baby|babe|cintaku|beb)\b | scam:sender | 0.4 | relative |
# investment "mentors", "professors", crypto events
re:\bmentor (forex|trading|saham|kripto|crypto|bitcoin|investasi|emas)\b | scam:sender | 0.8 | investment |
re:\bbersama (prof|profesor|dr|coach|master|suhu|mentor|pakar)\b | scam:sender | 0.5 | investment |
re:\b(grup|group|komunitas|kelas) (saham|forex|trading|investasi|kripto|crypto|bitcoin|sinyal|signal)\b | scam:sender | 0.6 | investment |
re:\b(event|acara|program|promo|giveaway) (bitcoin|btc|usdt|eth|ethereum|crypto|kripto|solana|bnb|xrp|dogecoin)\b | scam:sender | 0.55 | investment |
re:\bakun (bitcoin|btc|usdt|eth|ethereum|crypto|kripto|trading|investasi|forex) (anda|kamu)\b | scam:sender | 0.55 | investment |
re:\b(kerja|bekerja) di (exchange|bursa kripto|perusahaan kripto|platform kripto)\b | scam:sender | 0.5 | investment |
re:\b(ajarin|ajari|ajarkan|bimbing|kasih tahu)\b.{0,12}\b(dapet|dapat|cari|bikin|hasilkan|menghasilkan|gandakan) (cuan|uang|duit|untung|profit|penghasilan|income)\b | scam:sender | 0.5 | investment |
rekening platform       | scam:sender | 0.5  | investment |
# lenders that say what no licensed lender says
pasti acc               | scam:sender | 0.5  | lender |
dijamin acc             | scam:sender | 0.5  | lender |
pasti cair              | scam:sender | 0.5  | lender |
dijamin cair            | scam:sender | 0.5  | lender |
re:\bpinjam(an)? (hingga |sampai |s/d |up to |maks )?(rp|idr) | scam:sender | 0.45 | lender |
pinjaman harian         | scam:sender | 0.5  | lender |
# recruiters of task jobs
re:\b(lolos|lulus) (seleksi|tahap|interview|wawancara)\b | scam:sender | 0.45 | employer |
re:\b(dibimbing|dipandu|dibantu) (mentor|admin|pembimbing)\b | scam:sender | 0.45 | employer |

# ---- problems ----
# account: blocked or frozen, said with words in between
re:\b(kartu|akun|rekening|atm|saldo|m-banking|mbanking|dompet)\b.{0,30}\b(anda|kamu|bapak|ibu|bpk|saudara|adik|kakak|kak)\b.{0,40}\b(sudah |telah |akan |kena |lagi )?(diblokir|keblokir|terblokir|dibekukan|dinonaktifkan|ditangguhkan|dikunci|tertahan|ditahan|dibobol|diretas)\b | scam:problem | 0.8 | account |
re:\b(kartu|akun|rekening|atm|saldo|dompet)-?(ku|mu)\b.{0,30}\b(sudah |telah |akan |kena |lagi )?(diblokir|keblokir|terblokir|dibekukan|dinonaktifkan|dikunci|tertahan|ditahan|dibobol|diretas)\b | scam:problem | 0.8 | account |
dibobol                 | scam:problem | 0.45 | account |
saldo anda tertahan     | scam:problem | 0.85 | account |
saldo tertahan          | scam:problem | 0.75 | account |
data tidak valid        | scam:problem | 0.6  | account |
data tdk valid          | scam:problem | 0.6  | account |
re:\b(untuk|utk|agar) (membuka|buka) (blokir|blokiran)\b | scam:problem | 0.6 | account |
kendala rekening        | scam:problem | 0.55 | account |
kendala akun            | scam:problem | 0.55 | account |
masalah rekening        | scam:problem | 0.55 | account |
masalah akun            | scam:problem | 0.5  | account |
pemilik akun            | scam:problem | 0.5  | account |
aplikasi keamanan       | scam:problem | 0.5  | account |
belum upgrade           | scam:problem | 0.55 | account |
akun bisnis             | scam:problem | 0.5  | account |
akun premium            | scam:problem | 0.45 | account |
re:\b(harus|wajib|perlu) (upgrade|di-?upgrade)\b | scam:problem | 0.6 | account |
re:\bupgrade (ke |jadi )?(akun )?(bisnis|premium|business|merchant|vip)\b | scam:problem | 0.65 | account |
re:\b(pembayaran|transaksi|pembelian|tagihan)\b.{0,40}\bsedang diproses\b | scam:problem | 0.55 | account |
re:\b(salah|keliru|tidak sengaja|gak sengaja|ga sengaja|nggak sengaja)\b.{0,15}\b(masukin|masukkan|ketik|isi|daftar|input|pakai)\b.{0,15}\b(nomor|nomer|no)\b | scam:problem | 0.8 | account |
re:\b(nanti|bentar lagi|sebentar lagi|akan) (ada |masuk )?(kode|otp|sms)\b.{0,25}\b(masuk|sampai|dikirim|terkirim)\b | scam:problem | 0.7 | account |
# a new or borrowed phone
re:\b(hp|handphone|ponsel|hape|henpon|telepon)\b.{0,15}\b(rusak|hilang|jatuh|kecemplung|kena air|dicuri|dicopet|kecopetan|dijambret|kejambret|kemalingan|mati|pecah)\b | scam:problem | 0.6 | account |
re:\b(pinjem|pinjam|pakai|pake)\b.{0,5}\b(hp|handphone|ponsel|hape|nomor|nomer) (temen|teman|kawan|orang|kantor)\b | scam:problem | 0.6 | account |
re:\b(m-banking|mbanking|m banking|aplikasi bank|internet banking)\b.{0,20}\b(ga|gak|nggak|tidak|tdk|enggak|gk) (bisa|bs)\b | scam:problem | 0.6 | account |
re:\b(login|masuk)\b.{0,15}\b(m-banking|mbanking|internet banking|rekening)\b.{0,15}\b(sambil|di aplikasi|di app)\b | scam:problem | 0.6 | account |
# parcel
re:\b(no\.?|nomor|nomer) rumah\b.{0,12}\b(kosong|tidak ada|tidak lengkap|salah|tdk ada|ga ada|tidak ditemukan)\b | scam:problem | 0.8 | parcel |
re:\brumah\b.{0,8}\b(kosong|tidak ada orang|gak ada orang|ga ada orang)\b | scam:problem | 0.6 | parcel |
kirim ulang             | scam:problem | 0.55 | parcel |
antar ulang             | scam:problem | 0.55 | parcel |
re:\b(buat|untuk|utk) konfirmasi (paket|pengiriman|penerimaan)\b | scam:problem | 0.5 | parcel |
ditahan bea cukai       | scam:problem | 0.85 | parcel |
re:\bbea cukai\b.{0,15}\b(tahan|menahan|ditahan|sita|disita)\b | scam:problem | 0.8 | parcel |
paket atas nama         | scam:problem | 0.55 | parcel |
tiba di hub             | scam:problem | 0.35 | parcel |
# an APK dressed up as a photo, letter or invitation: a file waiting to be opened
re:\w\.apk\b            | scam:problem | 0.6  | voicemail |
# refunds and aid
re:\b(terpilih|berhak|lolos) (menerima|mendapatkan|mendapat)\b | scam:problem | 0.7 | refund |
re:\b(anda|kamu|bapak|ibu) (menerima|mendapat|mendapatkan|dapat) (saldo|hadiah|dana|uang|bonus|cashback|pengembalian)\b | scam:problem | 0.7 | refund |
kelebihan bayar         | scam:problem | 0.7  | refund |
blt dana desa           | scam:problem | 0.65 | refund |
re:\b(untuk|utk) pencairan\b | scam:problem | 0.5 | refund |
re:\bcashback\b.{0,25}\b(untuk anda|buat kamu|untuk kamu|buat anda)\b | scam:problem | 0.6 | refund |
# prizes: a gift that only needs postage, a survey, a vote
re:\bselamat\W{1,3}(anda|kamu)\b | scam:problem | 0.6 | prize |
kamu terpilih           | scam:problem | 0.65 | prize |
re:\b(dapet|dapat|menang|memenangkan|terima|menerima)\b.{0,40}\bgratis\b | scam:problem | 0.6 | prize |
re:\b(isi|jawab|lengkapi|ikuti) (survei|survey|kuesioner|polling)\b | scam:problem | 0.65 | prize |
re:\b(tolong|bantu|pls|please|minta) (vote|voting|pilih|dukung)\b | scam:problem | 0.6 | prize |
lomba                   | scam:problem | 0.3  | prize |
# jobs
misi gabungan           | scam:problem | 0.85 | job |
tugas gabungan          | scam:problem | 0.85 | job |
misi merchant           | scam:problem | 0.7  | job |
re:\b(cuma|hanya|cukup|tinggal) (like|follow|nonton|review|kasih rating|rating|subscribe)\b.{0,25}\b(dapet|dapat|dibayar|cair)\b | scam:problem | 0.8 | job |
re:\b(per|tiap|setiap) (tugas|task|misi|like|video)\b | scam:problem | 0.55 | job |
re:\b(penghasilan|gaji|komisi|bayaran)\b.{0,30}\b(dijamin|pasti)\b | scam:problem | 0.75 | job |
re:\b\d+ menit (sehari|per hari|saja|aja)\b | scam:problem | 0.5 | job |
re:\b(dikembalikan|kembali|balik) (plus|beserta|bersama|dengan|\+) (bonus|komisi|profit)\b | scam:problem | 0.75 | job |
lolos seleksi           | scam:problem | 0.5  | job |
# investment: a percentage a week, a profit to withdraw, money doubled
re:\b(cuan|untung|profit|keuntungan|return)\s\d+ ?% | scam:problem | 0.65 | investment |
re:\b\d+ ?% (sehari|seminggu|sebulan|per hari|per minggu|per bulan|tiap hari|tiap minggu|tiap bulan|setiap hari|setiap minggu|setiap bulan)\b | scam:problem | 0.7 | investment |
re:\b(akurasi|winrate|win rate|tingkat keberhasilan) (sinyal )?\d+ ?% | scam:problem | 0.75 | investment |
akurasi sinyal          | scam:problem | 0.6  | investment |
menunjukkan keuntungan  | scam:problem | 0.6  | investment |
re:\b(dapet|dapat|cari|bikin|hasilkan) (cuan|untung|profit|uang|duit)\b.{0,12}\b(tiap hari|setiap hari|harian|per hari)\b | scam:problem | 0.7 | investment |
re:\b(dua|tiga|2|3) kali lipat\b | scam:problem | 0.8 | investment |
# loans
re:\bpinjaman\b.{0,40}\b(anda|kamu|bapak|ibu)\b.{0,30}\b(disetujui|di-?acc|acc|cair|lolos)\b | scam:problem | 0.75 | loan |
re:\b(walau|walaupun|meski|meskipun|biar)\b.{0,10}\b(bi checking|slik|blacklist|kol \d|kolektabilitas|kredit macet)\b | scam:problem | 0.8 | loan |
butuh dana cepat        | scam:problem | 0.6  | loan |
cair hari ini           | scam:problem | 0.65 | loan |
bunga ringan            | scam:problem | 0.45 | loan |
# romance
re:\b(match|kenalan|ketemu|kenal)\b.{0,12}\b(tinder|bumble|tantan|facebook dating|aplikasi kencan|dating app|badoo|omi|michat)\b | scam:problem | 0.6 | romance |
tinder                  | scam:problem | 0.35 | romance |
anjungan minyak         | scam:problem | 0.6  | romance |
lepas pantai            | scam:problem | 0.4  | romance |
kapten kapal            | scam:problem | 0.5  | romance |
militer amerika         | scam:problem | 0.7  | romance |
pasukan perdamaian      | scam:problem | 0.6  | romance |
re:\b(mau|ingin|akan) (menikah|nikah|menikahi|nikahin) (dengan|sama|dgn)? ?(kamu|mu|denganmu)\b | scam:problem | 0.6 | romance |
re:\b(warisan|harta|dana|uang|emas)\b.{0,20}\b(tertahan|tersangkut|dibekukan|ditahan)\b | scam:problem | 0.75 | fee |
re:\bkecuali (bayar|membayar|dibayar)\b | scam:problem | 0.7 | fee |
re:\b(sebelum|kalau belum|selama belum) (dibayar|bayar|dilunasi|lunas)\b | scam:problem | 0.6 | fee |
re:\b(dirawat|masuk|opname|di) (di )?(rumah sakit|rs|icu)\b | scam:problem | 0.5 | fee |
# legal
re:\b(anda|kamu|bapak|ibu|saudara|saudari)\b.{0,15}\b(ditetapkan|dijadikan|menjadi) (sebagai )?tersangka\b | scam:problem | 0.9 | legal |
tersangka               | scam:problem | 0.3  | legal |
re:\btidak hadir (dalam |di )?(panggilan |persidangan |sidang )?(sidang|persidangan|pemeriksaan)\b | scam:problem | 0.8 | legal |
panggilan sidang        | scam:problem | 0.6  | legal |
melanggar lalu lintas   | scam:problem | 0.45 | legal |
re:\b(anda|kamu)\b.{0,30}\bmelanggar\b | scam:problem | 0.7 | legal |
kendaraan anda tercatat | scam:problem | 0.7  | legal |
re:\bdenda\b.{0,25}\b(wajib|harus) (dibayar|dilunasi)\b | scam:problem | 0.7 | legal |
ktp palsu               | scam:problem | 0.5  | legal |
paspor palsu            | scam:problem | 0.5  | legal |
re:\b(anda|kamu) (terindikasi|diduga|disangka)\b | scam:problem | 0.7 | legal |
re:\b(untuk|utk|demi) (penyidikan|pemeriksaan|penyelidikan)\b | scam:problem | 0.45 | legal |
re:\b(aku|saya|anak|adik) (kecelakaan|ditangkap|ditahan polisi|kena tilang)\b | scam:problem | 0.65 | legal |
# voicemail and files waiting
re:\b(anda|kamu) (memiliki|punya|ada) (\d+ )?(pesan suara|voice note|pesan baru|panggilan)\b | scam:problem | 0.7 | voicemail |
kotak suara             | scam:problem | 0.6  | voicemail |
pesan menunggu          | scam:problem | 0.65 | voicemail |
voice note baru         | scam:problem | 0.65 | voicemail |
voice note              | scam:problem | 0.4  | voicemail |
belum didengar          | scam:problem | 0.6  | voicemail |
kontak tidak dikenal    | scam:problem | 0.45 | voicemail |
# fees: pay to get what you were promised
re:\b(cukup|hanya|cuma|tinggal) (bayar|tanggung) (ongkir|ongkos kirim|biaya kirim|biaya pengiriman|biaya admin|pajak)\b | scam:problem | 0.8 | fee |
re:\bbayar (ongkir|ongkos kirim)\b | scam:problem | 0.6 | fee |
ongkir kirim ulang      | scam:problem | 0.75 | fee |
biaya upgrade*          | scam:problem | 0.7  | fee |
biaya notaris           | scam:problem | 0.65 | fee |
re:\bdi depan sebagai (jaminan|bukti|tanda jadi)\b | scam:problem | 0.75 | fee |
re:\b(untuk|utk) (penarikan|withdraw|wd|pencairan dana)\b | scam:problem | 0.6 | fee |
re:\b(pajak|biaya|fee|komisi) \d+ ?% | scam:problem | 0.7 | fee |
re:\b(untuk|utk|agar) (melepaskan|mencairkan|mengeluarkan) (dana|uang|paket|saldo)\b | scam:problem | 0.7 | fee |

# ---- pressure ----
re:\bsebelum (jam|pukul|pkl) \d | scam:pressure | 0.35 | deadline |
re:\bsebelum \d{1,2}/\d{1,2}\b | scam:pressure | 0.3 | deadline |
re:\b(maksimal|maks|paling lambat) \d+ (hari|jam|menit)\b | scam:pressure | 0.55 | deadline |
re:\b(berlaku|hanya berlaku) (sampai|hingga|s/d)\b | scam:pressure | 0.5 | deadline |
sebelum hangus          | scam:pressure | 0.6  | deadline |
re:\b(tinggal|sisa|hanya tersisa|tersisa) \d+ (slot|kursi|tempat|member|hadiah|pemenang|peserta)\b | scam:pressure | 0.45 | deadline |
kuota terbatas          | scam:pressure | 0.45 | deadline |
slot terbatas           | scam:pressure | 0.45 | deadline |
tempat terbatas         | scam:pressure | 0.45 | deadline |
re:\b(wajib|harus) (dibayar|membayar|bayar|dilunasi|deposit|transfer)\b | scam:pressure | 0.35 | deadline |
re:\bagar\b.{0,15}\btidak (diblokir|dinonaktifkan|ditutup|hangus|dibekukan|ditilang|dihapus)\b | scam:pressure | 0.75 | threat |
re:\b(sebelum|akan)\b.{0,12}\b(dihapus|dihapuskan|dimusnahkan|dikembalikan ke pengirim)\b | scam:pressure | 0.6 | threat |
akan dikunci            | scam:pressure | 0.7  | threat |
surat perintah penangkapan | scam:pressure | 0.85 | threat |
perintah penangkapan    | scam:pressure | 0.8  | threat |
re:\b(untuk|utk) (tetap|terus) (menggunakan|memakai|pakai|bisa|dapat)\b | scam:pressure | 0.5 | threat |
jika tidak              | scam:pressure | 0.3  | threat |
re:\bakun (anda |kamu )?akan (dikunci|diblokir|dinonaktifkan|dihapus|ditutup)\b | scam:pressure | 0.8 | threat |
re:\b(jangan|jgn|gak usah|ga usah|nggak usah) (beritahu|beri tahu|bilang|kasih tahu|kasih tau|cerita|ceritain|lapor)\b.{0,25}\b(siapa|siapapun|keluarga|petugas|teller|bank|cabang|pihak bank|suami|istri|orang lain|mama|papa|ortu|orang tua|polisi|teman)\b | scam:pressure | 0.8 | secrecy |
jangan beritahu keluarga | scam:pressure | 0.85 | secrecy |
re:\b(perkara|kasus|hal) ini (rahasia|bersifat rahasia|sangat rahasia)\b | scam:pressure | 0.8 | secrecy |
re:\b(ga|gak|nggak|tidak|tdk|gk) (bisa|bs) (ditelepon|ditelpon|telepon|telpon|angkat|dihubungi)\b | scam:pressure | 0.45 | secrecy |
re:\b(cuma|hanya|cuman) (kamu|kau|km)\b.{0,12}\b(percaya|harapan|bisa bantu|aku percaya)\b | scam:pressure | 0.5 | secrecy |
agar aman               | scam:pressure | 0.35 | threat |

# ---- actions ----
# links
re:\b(mengaktifkan|aktifkan) (link|tautan)\b | scam:action | 0.8 | link |
re:\b(tutup|keluar)\b.{0,30}\b(buka lagi|buka kembali|buka ulang)\b | scam:action | 0.75 | link |
re:\bbalas (y|ya|yes|1)\b | scam:action | 0.6 | contact |
re:\b(ketuk|tekan|klik|tap) (untuk|utk) (memutar|mendengar|mendengarkan|putar|dengar|melihat|lihat|buka|klaim)\b | scam:action | 0.7 | link |
re:\b(dengarkan|putar|dengar) (di sini|disini)\b | scam:action | 0.6 | link |
re:\b(untuk|utk) (mendengarkan|mendengar|memutarnya|memutar)\b | scam:action | 0.5 | call |
ambil di                | scam:action | 0.5  | link |
# calls: being put through to an "officer", calling to cancel
re:\b(sambungkan|disambungkan|hubungkan|dihubungkan|alihkan|teruskan)\b.{0,25}\b(petugas|penyidik|polisi|kepolisian|pihak|bagian|jaksa|pengadilan|bank)\b | scam:action | 0.75 | call |
re:\b(hubungi|telepon|telpon|call)\b.{0,40}\b(pembatalan|membatalkan|batalkan)\b | scam:action | 0.7 | call |
# video calls with the "police"
re:\b(ikuti|ikut|join|gabung|angkat|terima|lakukan)\b.{0,12}\b(panggilan video|video call|vc)\b | scam:action | 0.75 | contact |
panggilan video         | scam:action | 0.45 | contact |
video call              | scam:action | 0.4  | contact |
# apps: off-store installs, remote access
re:\b(tidak tersedia|tidak ada|gak ada|ga ada|bukan dari|di luar) (di )?(play store|playstore|app store|google play)\b | scam:action | 0.7 | app |
re:\b(download|unduh|instal|install|pasang) (aplikasi|app|apk)\b | scam:action | 0.6 | app |
re:\bizinkan\b.{0,20}\b(semua izin|akses|aksesibilitas|sumber)\b | scam:action | 0.6 | app |
re:\bakses (ke )?(kontak|galeri|sms|foto)\b | scam:action | 0.6 | app |
re:\w\.apk\b            | scam:action | 0.9  | app |
quicksupport            | scam:action | 0.85 | app |
airdroid                | scam:action | 0.85 | app |
ultraviewer             | scam:action | 0.8  | app |
rustdesk                | scam:action | 0.8  | app |
splashtop               | scam:action | 0.8  | app |
re:\b(cek|periksa|akses|remote) (hp|handphone|ponsel|layar) (bapak|ibu|anda|kakak|kak|kamu)\b | scam:action | 0.55 | app |
# transfers: handing over cash, buying vouchers, paying a fee first
re:\b(tarik|ambil) (tunai|uang tunai|semua uang|seluruh uang|seluruh saldo)\b | scam:action | 0.65 | transfer |
re:\bserahkan\b.{0,15}\b(kepada|ke|pada) (petugas|kurir|kami|orang kami|utusan|staf)\b | scam:action | 0.85 | transfer |
re:\b(diamankan|disimpan|dititipkan) sementara\b | scam:action | 0.7 | transfer |
re:\bpindahkan (seluruh|semua) (saldo|dana|uang|isi rekening|tabungan)\b | scam:action | 0.9 | transfer |
re:\b(dipindahkan|ditransfer|dipindah|pindahkan|transfer)\b.{0,30}\b(rekening negara|rekening penampung\w*|rekening aman|rekening yang kami|rekening yg kami|rekening khusus|rekening platform)\b | scam:action | 0.85 | transfer |
rekening negara         | scam:action | 0.8  | transfer |
re:\b(yang|yg) kami (tunjuk|berikan|kasih|tentukan)\b | scam:action | 0.55 | transfer |
re:\b(beli|belikan|beliin|beli'in)\b.{0,12}\b(voucher|gift card|kode voucher|saldo game|diamond|razer|google play|itunes|steam wallet)\b | scam:action | 0.8 | transfer |
re:\b(kirim|kirimkan|kirimin|fotoin)\b.{0,8}\b(foto|gambar|screenshot|ss) (kode|kodenya|nomor seri|kartu|vouchernya)\b | scam:action | 0.85 | code |
re:\b(kirim|kirimkan|fotoin|foto)\b.{0,5}\b(kode|kodenya)\b | scam:action | 0.7 | code |
re:\b(kirim|transfer|tf|depo|deposit)\b.{0,30}\b(wallet|dompet kripto|alamat wallet)\b | scam:action | 0.7 | transfer |
re:\bdeposit\b.{0,15}\b(di situs|ke situs|situs|platform|website|web|aplikasi|akun vip)\b | scam:action | 0.7 | transfer |
re:\b(tinggal|cukup|cuma|hanya|wajib) (deposit|depo|transfer|topup|top up)\b | scam:action | 0.6 | transfer |
deposit                 | scam:action | 0.35 | transfer |
re:\b(tolong|bisa|bs|boleh)( kamu| kak| ma| pa| bu| sayang| kakek| nenek)? (transfer|tf|kirim|kirimin|transferin|pinjemin|pinjamin|beliin)\b | scam:action | 0.6 | transfer |
re:\b(minta|butuh|perlu) (rp|idr|uang|duit|dana) | scam:action | 0.45 | transfer |
re:\b(besok|nanti|lusa|minggu depan|begitu|setelah)\b.{0,25}\b(aku ganti|aku bayar|aku balikin|diganti|dibalikin|aku transfer balik)\b | scam:action | 0.55 | transfer |
re:\b(aku|saya|gue|gw) (ganti|balikin|bayar balik|kembalikan|lunasi)\b | scam:action | 0.5 | transfer |
re:\bbayar\b.{0,40}\b(di depan|di muka|terlebih dahulu|duluan)\b | scam:action | 0.7 | transfer |
re:\b(membayar|bayar)\b.{0,30}\bke rekening\b | scam:action | 0.65 | transfer |
re:\bjika\b.{0,40}\b(tidak|tak|belum) (dibayar|dilunasi|dikonfirmasi|diklaim)\b | scam:action | 0.55 | transfer |
# codes: a code that arrives, to be sent, read out or screenshotted
re:\b(kode|otp)\w*\b.{0,40}\b(kirim|kirimkan|kirimin|kasih|kasi|bagi|share|sebut|sebutin|sebutkan|bacakan|forward|fotoin|screenshot|ss)\b | scam:action | 0.8 | code |
re:\b(kirim|kirimkan|kasih|bagi|share|sebut|sebutkan|bacakan|balas)\b.{0,20}\b(kode|otp)\b | scam:action | 0.75 | code |
re:\b(kode|otp)\b.{0,25}\b(barusan masuk|baru masuk|yang masuk|yg masuk|diterima|anda terima|kamu terima|sampai|muncul|keluar|tertera|di layar)\b | scam:action | 0.75 | code |
re:\b(butuh|perlu|minta)\s(kode|otp)\b | scam:action | 0.75 | code |
re:\bkode \d{1,2} digit\b | scam:action | 0.6 | code |
re:\bpin (dana|ovo|gopay|shopeepay|m-banking|mbanking|atm|bca|bri|bni|mandiri|kartu)\b | scam:action | 0.75 | code |
# details: card or ID details "just for postage"
re:\bbalas (dengan|dgn)\b.{0,25}\b(nama|nik|pin|kode|nomor rekening|no rek|data|ktp)\b | scam:action | 0.8 | details |
re:\bselfie (pegang|dengan|sambil|bareng) (ktp|kartu)\b | scam:action | 0.75 | details |
re:\b(upload|unggah|kirim)\b.{0,15}\b(foto ktp|ktp|selfie|swafoto)\b | scam:action | 0.7 | details |
aktivasi ulang          | scam:action | 0.55 | details |
re:\b(minta|diminta|kirim)\b.{0,10}\b(data kartu|nomor kartu|detail kartu)\b | scam:action | 0.75 | details |
# contact: join a group, reply to start
re:\b(gabung|join|masuk|ikut) (grup|group|komunitas|kelas|channel)\b | scam:action | 0.5 | contact |
re:\b(gabung|join|masuk) (grup|group) (whatsapp|wa|telegram|tele|line|signal|facebook|michat)\b | scam:action | 0.65 | contact |
re:\b(bisa|boleh) (minta )?tolong\b | scam:action | 0.35 | contact |
re:\b(balas|ketik|reply|kirim) (\d|ya|ok|daftar|mulai|gabung)\b.{0,10}\b(utk|untuk) (mulai|daftar|bergabung|gabung|lanjut)\b | scam:action | 0.6 | contact |

# ---- awareness and advice (added 2026-12) ----
red flag                | scam:aware |  |  |
tanda bahaya            | scam:aware |  |  |
ciri-ciri penipuan      | scam:aware |  |  |
ciri ciri penipuan      | scam:aware |  |  |
ciri-ciri scam          | scam:aware |  |  |
tanda-tanda penipuan    | scam:aware |  |  |
patut dicurigai         | scam:aware |  |  |
patut curiga            | scam:aware |  |  |
harus curiga            | scam:aware |  |  |
itu penipuan            | scam:aware |  |  |
adalah penipuan         | scam:aware |  |  |
itu scam                | scam:aware |  |  |
pasti penipuan          | scam:aware |  |  |
pasti scam              | scam:aware |  |  |
modus scam              | scam:aware |  |  |
tips aman               | scam:aware |  |  |
imbauan                 | scam:aware |  |  |
himbauan                | scam:aware |  |  |
re:\b(tidak ada|tidak akan ada|gak ada|bukan) (petugas|pegawai|pihak|bank|polisi|cs)\b.{0,40}\b(akan|pernah|yang meminta|yg minta)\b | scam:aware |  |  |
re:\b(nomor|no)\b.{0,10}\b(di balik|di belakang) kartu\b | scam:aware |  |  |
di balik kartu          | scam:aware |  |  |
di belakang kartu       | scam:aware |  |  |
jangan gunakan kode     | scam:aware |  |  |
jangan bagikan          | scam:aware |  |  |
jangan berikan kode     | scam:aware |  |  |
jangan sebarkan kode    | scam:aware |  |  |
abaikan pesan ini       | scam:aware |  |  |
abaikan sms ini         | scam:aware |  |  |
kalau ragu              | scam:aware |  |  |
jika ragu               | scam:aware |  |  |
tutup telepon           | scam:aware |  |  |
re:\bhubungi (call center resmi|nomor resmi|halo bca|bank anda langsung|kantor cabang)\b | scam:aware |  |  |
laporkan dan blokir     | scam:aware |  |  |
report dan block        | scam:aware |  |  |
lapor ke                | scam:aware |  |  |

# ---- ordinary phrases inside which scam words mean nothing (added 2026-12) ----
re:\bbeli \d+ gratis \d+\b | allow |  |  |
gratis ongkir           | allow |  |  |
free ongkir             | allow |  |  |
pengiriman hari ini     | allow |  |  |
dikirim hari ini        | allow |  |  |
sampai hari ini         | allow |  |  |
tiba hari ini           | allow |  |  |

# ---- more ideas (added 2026-12) ----
# brands, offices and wallets as patterns: their own sites are not in ../misinfo/brands.tsv, so they
# must not be looked for in link hosts (a literal sender would make alfamart.co.id look fake)
re:\b(astrapay|i\.saku)\b | scam:sender | 0.7 | wallet |
re:\b(alfamart|indomaret|erafone|hypermart|transmart|matahari)\b | scam:sender | 0.45 | platform |
re:\b(samsat|pdam|pgn)\b | scam:sender | 0.65 | government |
re:\b(e-tilang|etilang)\b | scam:sender | 0.75 | police |
re:\b(undangan digital|undangan pernikahan|undangan online|e-invitation)\b | scam:sender | 0.35 | relative |
re:\b(refund|pengembalian dana) (pesanan|order|orderan|transaksi|tiket)\b | scam:problem | 0.6 | refund |
re:\blayar\w*\b.{0,15}\b(hitam|gelap|mati|blank)\b | scam:pressure | 0.5 | secrecy |
re:\b(dulu|terlebih dahulu) (baru|sebelum) (bisa|dapat|boleh) (terima|menerima|dicairkan|cair|masuk|ditarik|menarik)\b | scam:pressure | 0.5 | threat |
re:\b(kartu|kartuku|kartumu|kartu kredit|kartu debit)\b.{0,12}\b(ditolak|declined|diblokir|tidak bisa dipakai|gak bisa dipakai)\b | scam:problem | 0.6 | account |
re:\b(tiket|pesawat|visa)\b.{0,25}\b(ketemu|bertemu|menemui|jumpa|nemuin|ke tempat) (kamu|kau|mu|denganmu)\b | scam:problem | 0.65 | romance |
re:\b(ngobrol|chat|chatting|kenal|kenalan|ketemu|match)\b.{0,8}\b(di|lewat) (tinder|tantan|bumble|facebook dating|badoo|omi|michat|hinge|okcupid|aplikasi kencan)\b | scam:problem | 0.6 | romance |
re:\b(tertahan|ditahan|tertinggal|terjebak) di bandara\b | scam:problem | 0.6 | romance |
re:\b(aku|saya) janji (balikin|ganti|bayar|kembalikan|lunasi)\b | scam:action | 0.55 | transfer |

# ---- what real notices say (added 2026-12): the standard "if it was not you, call us" line of a
# transaction alert, pointing to the official app, and ordinary delivery statuses
re:\b(jika|apabila|bila|kalau) (ini )?bukan (anda|kamu)\W{0,3}(silakan |segera )?(hubungi|telepon|telp)\b | allow |  |  |
re:\b(cek|lihat|lacak|bayar|laporkan|lapor) (status |tagihan |paket |saldo )?(di|lewat|melalui|via) (aplikasi |app |situs |website |portal )?(resmi|pln mobile|mytelkomsel|myindihome|bca mobile|mybca|livin|brimo|djponline|mobile jkn|jmo|tokopedia|shopee|gojek|dana|ovo)\b | allow |  |  |
re:\b(paket|kiriman|pesanan) (anda|kamu)\b.{0,40}\b(sedang diantar|sedang dikirim|dalam perjalanan|akan dikirim|akan diantar|telah diterima|sudah diterima|sudah dikirim|diantar hari ini)\b | allow |  |  |
diantar hari ini        | allow |  |  |
jangan percaya          | scam:aware |  |  |
jangan tergiur          | scam:aware |  |  |

# ---- family opening with a name, buyers who "already paid" (added 2026-12) ----
re:^\W{0,3}(ma|mah|mama|mamah|mami|pa|pah|papa|papi|bun|bunda|yah|ayah|nek|kek|mbah)\W{1,3}(ini|ni)\b | scam:sender | 0.6 | relative |
re:\bke rekening (temen|teman|kawan|temenku|temanku|ibu kos|pemilik kos|bapak kos|dosen|orang itu)\w*\b | scam:action | 0.6 | transfer |
re:\b(biar|agar|supaya|untuk|utk|baru bisa) (dana|uang|duit|saldo|pembayaran)\w* (bisa )?(masuk|diterima|cair|terkirim|kamu terima)\b | scam:problem | 0.55 | refund |
re:\b(biar|agar|supaya|untuk|utk) (bisa )?(menerima|terima) (dana|uang|pembayaran|transfer)\w*\b | scam:problem | 0.55 | refund |
re:\b(masukkan|masukin|isi|ketik|kirim)\b.{0,10}\b(nomor kartu|no kartu|data kartu|cvv|masa berlaku kartu)\b | scam:action | 0.75 | details |

# ---- more forms (added 2026-12) ----
re:\b(blokir|memblokir|batalkan|membatalkan|hentikan|menghentikan|bekukan) (transaksi|pembayaran|transfer)\b | scam:problem | 0.6 | account |
re:\b(tim|bagian|divisi|unit) (keamanan|anti fraud|fraud|security)\b | scam:sender | 0.5 | bank |
re:\bundangan\b.{0,15}\b(pernikahan|nikah|syukuran|walimah|aqiqah|khitanan|ulang tahun|tahlilan)\b | scam:sender | 0.35 | relative |
re:\.(pdf|jpg|jpeg|png|doc|docx|mp4)\.apk\b | scam:problem | 0.8 | voicemail |
re:\b(perusahaan|kantor|bos|boss|majikan)\b.{0,10}\b(belum|tidak|gak|nggak) (bayar|kasih|transfer) gaji\b | scam:problem | 0.55 | fee |
re:\b(ganti|balikin|kembalikan|bayar)\b.{0,6}\b(dua|2|tiga|3) kali\b | scam:problem | 0.6 | investment |
re:\b(harus|wajib|perlu) bayar (denda|uang jaminan|jaminan|uang damai|tebusan)\b | scam:problem | 0.6 | legal |
re:\b(pertamina|pegadaian|antam|garuda indonesia|jasa marga|bulog)\b | scam:sender | 0.5 | platform |
# scarcity is ordinary sales talk, but not after a survey that hands out prizes
re:\b(survei|survey|kuesioner|polling)\b.{0,100}\b(sisa|tinggal|tersisa|hanya tersisa) \d+ (unit|hadiah|slot|kursi)\b | scam:pressure | 0.5 | deadline |
