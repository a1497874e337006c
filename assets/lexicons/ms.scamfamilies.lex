@format 1
@lang ms
@source Original work written for Waspada, 2026-12: scam wording families generalised from the misses of a second writer's tuning set (tests/scam_tuning), never from held-back suites or held-out messages
@licence MIT
# term | scam:<part> or allow or scam:aware | weight | kind |

# ======================================================================= senders
# telcos written with a digit: "Yes 5G", "yes5g" (patterns do not see the digit after folding)
yes 5g                  | scam:sender | 0.8  | telecom |
yes5g                   | scam:sender | 0.75 | telecom |
# wallet and bank "support" desks: "[MAE Support]", "Setel Helpdesk", "pengguna Setel yang dihargai"
re:\b(mae|setel|boost|tng|touch n go|grabpay|shopeepay|bigpay|maybank|maybank2u|m2u|cimb|rhb|bank islam|public bank|ambank) (support|sokongan|helpdesk|help desk|care|team|pasukan|security|keselamatan)\b | scam:sender | 0.75 | wallet |
re:\b(pengguna|pelanggan|ahli|user) (setel|boost|mae|tng|touch n go|grabpay|shopeepay|bigpay|maybank2u|m2u|ewallet|e-wallet)\b | scam:sender | 0.7 | wallet |
re:\b(nak|mahu|akan|dah|sudah|telah|boleh) (bayar|transfer|tf|bank in|bankin) (guna|pakai|melalui|via|dengan|dgn) (mae|boost|tng|touch n go|grabpay|shopeepay|bigpay|duitnow|maybank2u|m2u|setel)\b | scam:sender | 0.55 | wallet |
# government apps and local councils
re:\b(mysejahtera|myjpj|mysj|mydigital id|mydigitalid)\b | scam:sender | 0.5 | government |
re:\b(dbkl|mbpj|mbsa|mbsj|mpaj|mpkj|mbjb|mbpp|mpsp|mbmb|mbi|mpk|mdhs)\b | scam:sender | 0.5 | government |
re:\b(majlis bandaraya|majlis perbandaran|majlis daerah|pihak berkuasa tempatan)\b | scam:sender | 0.6 | government |
# aid and subsidy programmes speak for the government that runs them
re:\b(budi95|budi 95|budi madani|sumbangan asas rahmah|program sara|bantuan sara|sara rahmah|payung rahmah|bantuan madani|e-kasih|ekasih|mykasih|e-madani|subsidi bersasar)\b | scam:sender | 0.55 | government |
re:\(sara\) | scam:sender | 0.5 | government |
re:\b(petugas|pegawai|wakil|ejen|urusetia|sekretariat|pihak) (bantuan|subsidi|sumbangan|str|sara|budi95|budi|kebajikan|jkm|zakat|lhdn|kwsp|perkeso|baitulmal)\b | scam:sender | 0.65 | government |
# police ranks, police offices and warrant cards
re:\b(sarjan|koperal|konstabel|dsp|acp|inspektor|insp|tuan inspektor|ketua polis|pegawai penyiasat)\s[a-z]+\b | scam:sender | 0.55 | police |
re:\b(ipd|ipk|iplk) [a-z]+\b | scam:sender | 0.6 | police |
re:\b(kad kuasa|kad kuasa polis|kad kuasa saya|nombor badan|no badan|no\. badan|nombor pegawai)\b | scam:sender | 0.65 | police |
# shops and programmes used as bait for surveys and "customer rewards"
re:\b(guardian|mydin|econsave|speedmart|99 speedmart|kk mart|kkmart|family mart|familymart|7-eleven|7 eleven|jaya grocer|big pharmacy|caring pharmacy|nsk grocer)\b | scam:sender | 0.45 | platform |
re:\b(program|kempen|skim) (ganjaran|kesetiaan|loyalti|loyalty) (pelanggan|ahli)?\b | scam:sender | 0.5 | platform |
ganjaran pelanggan      | scam:sender | 0.5  | platform |
penerima ganjaran       | scam:sender | 0.45 | platform |
# "our app" outside the stores
re:\b(aplikasi|app|apps) (\w+ )?(kami|rasmi kami|khas kami)\b | scam:sender | 0.45 | platform |
# recruiters and HR who write first
re:\b(recruiter|rekruter|perekrut|pegawai hr|ejen hr|admin hr|receptionist|resepsionis|penyelia tugasan|mentor tugasan)\b | scam:sender | 0.5 | employer |
re:\b(recruiter|rekruter|perekrut|hr|wakil|ejen|pegawai) (dari|daripada|drpd|dr) (shopee|lazada|tiktok|tiktok shop|amazon|agoda|google|youtube|netflix|grab|foodpanda|zalora|shein|temu)\b | scam:sender | 0.75 | employer |
hr kami                 | scam:sender | 0.55 | employer |
# investment "mentors", bots, VIP clubs, brokers named to borrow their trust
re:\b(mentor|sifu|coach) (kami|saya|sy|aku|i|dia)\b | scam:sender | 0.8 | investment |
dia mentor              | scam:sender | 0.8  | investment |
re:\b(bot|robot|ea|ai) (trading|forex|bitcoin|btc|crypto|kripto|usdt|saham|emas|gold|arbitraj|arbitrage)\b | scam:sender | 0.7 | investment |
re:\b(bot|robot) (ni|ini|tu|itu)\b.{0,30}\b(profit|untung|withdraw|pengeluaran|keuntungan)\b | scam:sender | 0.6 | investment |
re:\b(kelab|club|group|grup|kumpulan) (vip|premium|eksklusif|exclusive|dalaman)\b | scam:sender | 0.55 | investment |
re:\b(kenanga|rakuten trade|moomoo|webull|mplus|m\+ online|bursa malaysia|hlinvest|maybank investment|public mutual|fsmone|tiger brokers|binance|luno|tokocrypto)\b | scam:sender | 0.55 | investment |
re:\bterima kasih (datuk seri|datuk|dato seri|dato|tan sri|tun|puan sri|dr|prof|profesor|ustaz|ustazah)\b | scam:sender | 0.4 | investment |
# family and friends writing from a "new" number
re:\b(new number|new no|nombor baharu|no baharu|nombor terbaru|nombor lain|no lain)\b | scam:sender | 0.7 | relative |
re:\b(it's me|its me|it is me|ni aku|ni saya|ni sy|ini saya|ini aku)\W{0,3}(la|lah|je|ni)?\b | scam:sender | 0.4 | relative |
re:\b(nombor|no|number|sim|fon|phone|telefon|hp) lama\b.{0,12}\b(hilang|rosak|mati|tak aktif|tidak aktif|dah tak guna|tak boleh guna|kena curi|dicuri|jatuh|pecah|hangus)\b | scam:sender | 0.6 | relative |
# couriers and "delivery companies" calling about a parcel
re:\b(syarikat penghantaran|syarikat kurier|syarikat courier|pihak penghantaran|ejen penghantaran|agen penghantaran)\b | scam:sender | 0.5 | courier |
dhl ecommerce           | scam:sender | 0.85 | courier |

# ======================================================================= problems
# ---- account: restricted, limited, locked, on hold, in several word orders and code-mixed ----
re:\b(akaun|acc|account|kad|ewallet|e-wallet|dompet|talian|wallet|profil)\b.{0,40}\b(dihadkan|terhad sementara|dibataskan|disekat sementara|digantung sementara|ditangguhkan sementara|dinyahaktifkan sementara|restricted|limited|suspended|locked)\b | scam:problem | 0.8 | account |
re:\b(akaun|acc|account|bank|kad|ewallet|app|online banking)\b.{0,25}\b(kena|telah|dah|sudah|tengah|sedang) (lock|locked|suspend|suspended|freeze|frozen|restrict|restricted|hold|block|blok|sekat|disable|disabled)\b | scam:problem | 0.6 | account |
re:\b(pulihkan|memulihkan|buka semula|aktifkan semula|unlock|buka kunci|membuka kunci) (akses|akaun|acc|account|kad|ewallet|dompet)\b | scam:problem | 0.6 | account |
re:\b(tidak|tak|x) (boleh|dapat) (membuat|buat) (pembayaran|transaksi|pindahan|pengeluaran|reload|top ?up)\b | scam:problem | 0.45 | account |
re:\bsehingga (nombor mykad|mykad|ic|nombor ic|no ic|identiti|akaun|ekyc|kyc|maklumat)\b.{0,15}\b(disahkan|dikemas ?kini|dikemaskini|diverifikasi|dilengkapkan)\b | scam:problem | 0.6 | account |
# failed logins, unusual attempts
re:\b(percubaan|cubaan|attempt)\b.{0,20}\b(log ?masuk|login|akses|transaksi|pembayaran)\b.{0,12}\b(gagal|tidak sah|tak sah|mencurigakan|luar biasa|tidak berjaya)\b | scam:problem | 0.8 | account |
# profile or records "incomplete" under "new rules"
re:\b(profil|maklumat|rekod|data|butiran|dokumen|akaun|ekyc|kyc)\b.{0,25}\b(belum|tidak|tak|x) (lengkap|dilengkapkan|dikemas ?kini|dikemaskini|dikemaskinikan|dikemaskinikan|dikemas kinikan)\b | scam:problem | 0.7 | account |
re:\b(garis panduan|peraturan|polisi|dasar|keperluan) (baharu|baru|terkini)\b.{0,30}\b(bank negara|bnm|bank|kerajaan|mcmc|lhdn)\b | scam:problem | 0.45 | account |
# systems, SIMs and apps that "must be upgraded"
re:\b(kad sim|sim|talian|nombor) (anda|awak|tuan|puan|kamu)\b.{0,15}\b(perlu|mesti|wajib|harus) (dinaik ?taraf|dinaiktaraf|ditukar|diupgrade|dikemas ?kini|dikemaskini|didaftar semula|disahkan)\b | scam:problem | 0.7 | account |
re:\b(naik ?taraf|upgrade|menaik ?taraf)\b.{0,20}\b(ke 5g|ke sg|5g|sg|esim|e-sim)\b | scam:problem | 0.4 | account |
re:\b(versi|version) (lama|semasa)\b.{0,15}\b(tidak|tak|x) (lagi )?(disokong|boleh digunakan|berfungsi|sah)\b | scam:problem | 0.7 | account |
re:\b(versi|version) (baharu|baru|terkini)\b.{0,20}\b(wajib|mesti|perlu|harus)\b.{0,10}\b(dipasang|dimuat turun|dikemas ?kini|dikemaskini|diinstall|install|pasang)\b | scam:problem | 0.65 | account |
# someone needs to get into your phone
re:\b(perlu|nak|mahu|kena|minta|izinkan|benarkan) (akses|capai|kawal|masuk) (ke |kepada )?(telefon|phone|fon|hp|handphone|skrin|peranti|komputer|laptop)\b | scam:problem | 0.75 | account |
# a buyer's payment "stuck" until the seller logs in or gives a code
re:\b(dulu|dahulu|terlebih dahulu) baru (duit|wang|bayaran|payment|dana|transfer) (boleh |dapat |dpt |akan )?(release|direlease|masuk|keluar|diterima|dilepaskan|sampai|transfer|ditransfer|dikreditkan)\b | scam:problem | 0.75 | refund |
re:\bbaru (duit|wang|bayaran|payment|dana) (boleh|dapat|dpt|akan) (release|direlease|masuk|diterima|dilepaskan|sampai|transfer|ditransfer|dikreditkan)\b | scam:problem | 0.7 | refund |
re:\b(sistem|system|app|aplikasi|bank)\b.{0,12}\b(perlukan|perlu|minta|memerlukan|require|need)\b.{0,20}\b(kod|code|otp|tac|pengesahan)\b.{0,20}\b(dari|daripada|drpd|from) (penjual|seller|pihak penjual|penerima|awak|kau|you|sis|bro|akak|kak)\b | scam:problem | 0.85 | account |
re:\b(penerima|akaun penerima|seller|penjual)\b.{0,5}\b(belum|tidak|tak) (disahkan|diverifikasi|verified|sah)\b | scam:problem | 0.6 | account |
# a bank app "with a problem" (the usual "hi mum" reason)
re:\b(online banking|perbankan online|app bank|aplikasi bank|akaun bank)\b.{0,12}\b(ada problem|ada masalah|bermasalah|error|rosak|kena sekat|kena block)\b | scam:problem | 0.55 | account |

# ---- parcel ----
re:\b(sahkan|mengesahkan) (penerimaan|penghantaran|alamat penghantaran|butiran penghantaran)\b | scam:problem | 0.5 | parcel |

# ---- refunds, aid and overpayments ----
re:\b(bayaran|wang|duit|caruman|cukai) (lebihan|berlebihan|terlebih)\b | scam:problem | 0.7 | refund |
re:\bbelum (dipulangkan|dikembalikan|dituntut|dikreditkan|diterima|dibayar balik)\b | scam:problem | 0.6 | refund |
re:\b(untuk|utk|bagi) (menerima|terima|mendapatkan|dapatkan|tuntut|menuntut) (pemulangan|bayaran balik|refund|bantuan|subsidi|rebat|wang|dana|pampasan)\b | scam:problem | 0.7 | refund |
re:\b(untuk|utk|bagi) (mengkreditkan|kreditkan|memasukkan|menyalurkan|salurkan) (bantuan|subsidi|wang|dana|bayaran|rebat)\b | scam:problem | 0.7 | refund |
re:\b(semakan|tuntutan|agihan|pengagihan|pembayaran)\b.{0,60}\b(kini dibuka|telah dibuka|dibuka semula|sudah dibuka|dah dibuka|dibuka sekarang)\b | scam:problem | 0.5 | refund |
re:\b(semak|check|cek) (nama|kelayakan|status kelayakan|status bantuan) (anda|awak|tuan|puan|korang)\b | scam:problem | 0.5 | refund |

# ---- prizes ----
re:\b(akak|kak|abang|bang|adik|dik|sis|bro|tuan|puan|encik|cik|awak|kamu|you|u|korang|anda) (telah |dah |sudah )?(menang|memenangi|terpilih|dipilih|berjaya menang)\b | scam:problem | 0.7 | prize |
re:\bmenang (giveaway|cabutan|peraduan|hadiah|contest|undian)\b | scam:problem | 0.7 | prize |
re:\b(salah seorang|antara) (pemenang|penerima|yang bertuah)\b | scam:problem | 0.8 | prize |
re:\b(dipilih|terpilih) secara rawak\b | scam:problem | 0.75 | prize |
anda dipilih            | scam:problem | 0.65 | prize |
menangi                 | scam:problem | 0.45 | prize |
re:\b(hadiah|ganjaran|baucar|iphone|pakej|kereta|motosikal|bungkusan hadiah)\b.{0,40}\b(anda|awak|tuan|puan) sedang menunggu\b | scam:problem | 0.7 | prize |
re:\b(jawab|isi|lengkapkan|buat) (\d+ )?(soalan|soalan ringkas) (kaji selidik|soal selidik|survey|survei)\b | scam:problem | 0.65 | prize |
re:\b(jawab|isi|lengkapkan) \d+ (soalan|soalan ringkas|soalan mudah)\b | scam:problem | 0.45 | prize |
re:\b(untuk|utk) (claim|klaim|tuntut|menuntut|tebus|menebus) (hadiah|ganjaran|baucar|iphone|pakej)?\b | scam:problem | 0.45 | prize |

# ---- jobs: task "merchants", reviews paid per piece, welfare tasks ----
re:\b(task|misi|tugasan) (merchant|berbayar|prabayar|kebajikan|welfare|gabungan|combo|vip|istimewa|bonus)\b | scam:problem | 0.75 | job |
welfare task            | scam:problem | 0.8  | job |
re:\b(naikkan|tingkatkan|boost) (rating|jualan|ranking|penarafan) (kedai|produk|merchant|seller|penjual)\b | scam:problem | 0.7 | job |
re:\b(modal|deposit|duit|wang)\b.{0,20}\b(komisen|bonus|untung|profit)\b.{0,25}\b(dipulangkan|dikembalikan|dibayar balik|dipulangkan semula)\b | scam:problem | 0.8 | job |
re:\b(penulis ulasan|penulis review|reviewer|pengulas) (untuk|utk|bagi)\b | scam:problem | 0.6 | job |
re:\b(review|ulasan|rating) \d (bintang|star)\b.{0,30}\b(dapat|dpt|dibayar|bayaran|rm)\b | scam:problem | 0.75 | job |
re:\b(dapat|dpt|dibayar|upah|bayaran|komisen) rm ?\d[\d.,]* (setiap|per|untuk setiap) (satu|task|tugasan|review|ulasan|like|video|order|pesanan)\b | scam:problem | 0.75 | job |
re:\b(sehari|sebulan|seminggu|sejam) (boleh )?(dapat|dpt|jana|buat) (rm ?)?\d{2,}\b | scam:problem | 0.65 | job |
re:\b(task|tugasan|kerja|job) (sambilan|part ?time|online)\b.{0,30}\b(guna|pakai|dengan|modal) (handphone|hp|telefon|phone|fon)( je| sahaja| saja| jer)?\b | scam:problem | 0.75 | job |
re:\b(like|follow|simpan|save|share|subscribe) (&|dan|n) (simpan|save|follow|like|share|subscribe)\b.{0,30}\b(listing|produk|video|kedai|post|link)\b | scam:problem | 0.5 | job |
re:\bmisi (hari ini|harian|pertama|seterusnya|ke-\d|ke \d)\b | scam:problem | 0.55 | job |
re:\btask (seterusnya|pertama|harian|hari ini|ke-\d|ke \d)\b | scam:problem | 0.55 | job |

# ---- investment: insider signals, listings, "50x", profit taxes ----
re:\b(signal|isyarat|tips|info) (dalaman|orang dalam|rahsia|eksklusif|insider)\b | scam:problem | 0.8 | investment |
re:\b(isyarat|signal) (beli|jual|trading|buy|sell) (percuma|harian|setiap)\b | scam:problem | 0.65 | investment |
re:\b(untung|profit|keuntungan) (besar|lumayan|gila|banyak|cepat|mudah|segera|berganda)\b | scam:problem | 0.55 | investment |
re:\b(ahli|member|peserta|orang|client|klien)\b.{0,15}\b(untung|profit|keuntungan|pulangan)\b.{0,6}\b\d+ ?%\b | scam:problem | 0.75 | investment |
re:\b(harga|nilai|token|syiling|coin)\b.{0,25}\b(naik|melonjak|meningkat|pump)\b.{0,12}\b\d+ ?(x|kali ganda|kali)\b | scam:problem | 0.75 | investment |
re:\b(token|syiling|coin|saham|ipo)\b.{0,40}\b(akan disenaraikan|bakal disenaraikan|akan listing|baru listing|pra-jualan|presale|pre-sale)\b | scam:problem | 0.6 | investment |
re:\b(saham|ipo|token|syiling|unit)\b.{0,20}\b(harga diskaun|harga istimewa|harga dalaman|harga awal|harga orang dalam|diskaun \d+ ?%)\b | scam:problem | 0.7 | investment |
re:\bakaun (institusi|dalaman|vip|eksklusif|premium)\b | scam:problem | 0.55 | investment |
re:\b(ahli|member) (kumpulan|group|grup|kelab|vip) (sahaja|saja|je|shj)\b | scam:problem | 0.5 | investment |
re:\b(akaun|portfolio|dashboard)\b.{0,40}\b(menunjukkan|tunjuk|mencatatkan|ada) (keuntungan|untung|profit)\b | scam:problem | 0.65 | investment |
re:\bcukai (keuntungan|pengeluaran|untung|profit|kemenangan|hadiah|pelaburan|modal)\b | scam:problem | 0.8 | fee |
re:\b(dah|sudah|telah) (\d+ ?(x|kali) )?(withdraw|wd)\b.{0,25}\b(bot|platform|app|apps|aplikasi|sistem|robot)\b | scam:problem | 0.6 | investment |
re:\b(profit|untung|keuntungan|pulangan)\b.{0,10}\b(masuk|dibayar|dikreditkan)\b.{0,5}\b(tiap|setiap|tiap-tiap)\b | scam:problem | 0.65 | investment |
re:\bmodal (kecil|kecik|sikit|rendah|serendah)\b.{0,10}\b(pun )?(boleh|dah boleh|dapat)\b | scam:problem | 0.55 | investment |
re:\b(dapat|dpt|terima) (keuntungan|untung|profit) (pertama|harian|pertama saya|pertama aku)\b | scam:problem | 0.6 | investment |
re:\b(cara|kaedah|teknik|strategi) (ni|ini|tu|itu|dia)\b.{0,30}\b(untung|keuntungan|profit|dapat duit|jana pendapatan)\b | scam:problem | 0.5 | investment |

# ---- loans ----
re:\b(pinjaman|pembiayaan|loan)\b.{0,30}\b(telah |sudah |dah )?(lulus|diluluskan|approved|approve)\b | scam:problem | 0.6 | loan |
re:\blulus (dalam|dlm) (masa |tempoh )?\d+ ?(jam|minit|hari)\b | scam:problem | 0.7 | loan |
re:\bpembiayaan (koperasi|peribadi|segera|kilat|potongan gaji)\b | scam:sender | 0.55 | lender |
re:\b(insurans|yuran|caj|fi|duti|kos) (pinjaman|pembiayaan|pengeluaran pinjaman)\b | scam:problem | 0.75 | fee |
re:\b(fi|yuran|caj|kos) (guaman|peguam|setem|duti setem|pengendalian|pengurusan|penyimpanan|gudang|penghantaran semula|pelepasan|pengaktifan|pemprosesan|verifikasi|pengesahan)\b | scam:problem | 0.7 | fee |
re:\b(pinjam|hutang|pinjaman|loan)\b.{0,40}\b(tak|tidak|belum|x) (bayar|dibayar|jelaskan|dijelaskan|settle|langsai|dilangsaikan)\b | scam:problem | 0.6 | legal |
# fees dressed as "cuma" or "hanya": the price of a prize, a loan, a release
re:\b(cuma|hanya|just|cukup) (perlu |kena )?(bayar|jelaskan|sediakan|topup|top up|deposit) (rm ?\d|insurans|yuran|caj|fi|kos|duti|cukai|deposit)\b | scam:problem | 0.7 | fee |
re:\b(hanya|cuma) rm ?\d[\d.,]* (untuk|utk|bagi) (pengesahan|mengesahkan|sahkan|verifikasi|pos|penghantaran|aktifkan|pengaktifan|daftar|pendaftaran)\b | scam:problem | 0.75 | fee |

# ---- legal: fines, overdue compounds, "prove your money is clean" ----
re:\b(kompaun|saman|denda|bil|cukai|tunggakan)\b.{0,30}\b(tertunggak|belum dibayar|belum dijelaskan|belum diselesaikan|lewat bayar)\b | scam:problem | 0.7 | legal |
re:\b(buktikan|membuktikan|pastikan|memastikan|sahkan|mengesahkan)\b.{0,30}\b(wang|duit|simpanan|dana|akaun|harta)\b.{0,25}\b(bersih|tidak terlibat|tak terlibat|sah|halal|tiada kaitan)\b | scam:problem | 0.85 | legal |
re:\b(dipulangkan|dikembalikan) (selepas|lepas|setelah) (siasatan|semakan|pengesahan|audit)\b | scam:problem | 0.8 | legal |
re:\b(suruh|minta|arah|arahkan|paksa) (bayar|jelaskan) (denda|saman|ikat jamin|jaminan|kompaun|penalti|cukai)\b | scam:problem | 0.7 | legal |

# ---- romance ----
re:\b(imigresen|kastam|polis|airport|lapangan terbang|klia|klia2)\b.{0,10}\b(tahan|menahan|ditahan|halang|tahan i|tahan saya)\b | scam:problem | 0.7 | romance |
re:\b(kotak|beg|bungkusan|parcel|kiriman)\b.{0,20}\b(berisi|mengandungi|ada|penuh)\b.{0,20}\b(barang kemas|emas|wang tunai|duit|cash|dolar|usd|hadiah mahal|jam mahal)\b | scam:problem | 0.75 | romance |
re:\bmasa depan kita\b.{0,40}\b(duit|wang|kahwin|nikah|emas|kumpul)\b | scam:problem | 0.45 | romance |
re:\b(kumpul|simpan|kumpulkan) (duit|wang) (untuk|utk) (kahwin|nikah|majlis kita|masa depan kita|kita)\b | scam:problem | 0.6 | romance |
re:\b(ditakdirkan bersama|jodoh kita|jodoh saya|soulmate|belahan jiwa|cinta sejati)\b | scam:problem | 0.5 | romance |
re:\b(kontrak|projek|gaji|bayaran|dana)\b.{0,15}\b(di|kat|dekat) (dubai|luar negara|overseas|syria|yaman|afrika|nigeria|ghana|turki|london|amerika|us|uk|pelantar)\b | scam:problem | 0.55 | romance |
re:\b(gaji|bayaran|elaun|duit) (i|saya|aku)? ?(tak|tidak|belum|x) (masuk|dibayar|keluar|dapat)\b | scam:problem | 0.45 | fee |
re:\b(jangan marah|jgn marah)\b.{0,20}\b(tanya|minta|mintak)\b | scam:problem | 0.45 | romance |
re:\b(i|saya|aku) (perlukan|perlu|nak|mahu|minta|mintak) (pinjaman|pinjam) (sikit|sedikit|kejap|sekejap|sementara|rm)\b | scam:problem | 0.6 | fee |
re:\b(yuran|lesen|permit|cukai|caj|bayaran) (lesen|kontraktor|permit|pelepasan|kastam|imigresen|visa|tiket|penerbangan)\b | scam:problem | 0.55 | fee |
re:\b(topup|top up|tambah nilai|reload) (phone|fon|telefon|internet|data)\b.{0,20}\b(video call|vc|call)\b | scam:problem | 0.5 | romance |

# ---- voicemail and files that "cannot be played" ----
voicemail               | scam:problem | 0.55 | voicemail |
re:\b(voice msg|voice message|voice mail|voice note)\b | scam:problem | 0.45 | voicemail |
re:\b(new|baru|baharu) (voice msg|voice message|voicemail|voice note|voice mail)\b | scam:problem | 0.65 | voicemail |
re:\b(\d+ )?(voicemail|mel suara|mesej suara|pesanan suara) (baru|baharu|belum didengar|menunggu)\b | scam:problem | 0.7 | voicemail |
re:\b(tidak|tak|x) (dapat|boleh) (dimainkan|dimain|didengar|dibuka|dipaparkan|dimuat turun)\b | scam:problem | 0.6 | voicemail |
re:\b(nota suara|mesej suara|voice note|pesanan suara|mesej audio|video) (whatsapp|signal|line|telegram|messenger|wechat|viber)\b | scam:problem | 0.55 | voicemail |

# ======================================================================= pressure
# ---- deadlines ----
re:\b(ditutup|tutup|tamat|berakhir|luput|closing)\b.{0,5}\b(malam ini|malam ni|mlm ni|hari ini|hari ni|esok|tengah malam|sekejap lagi|kejap lagi|petang ini|petang ni)\b | scam:pressure | 0.6 | deadline |
re:\btamat (dalam )?\d{1,2} ?(jam|minit|j)\b | scam:pressure | 0.6 | deadline |
re:\b(sebelum|sblm) (slot|tempat|kuota|tawaran|promo) (penuh|habis|tamat|ditutup)\b | scam:pressure | 0.55 | deadline |
re:\b(jangan|jgn) (jadi|menjadi) (orang|org)\b.{0,20}\b(menyesal|rugi|terlepas|ketinggalan)\b | scam:pressure | 0.5 | deadline |
re:\b(beli|masuk|join|daftar|sertai) (awal|sekarang|segera|cepat)\b.{0,12}\b(sebelum|sblm)\b | scam:pressure | 0.45 | deadline |
re:\b(cepat|cpt|lekas|segera)\W{0,3}(ya|ye|yer|tau|sikit|please|pls|tolong)?\W{0,3}(sebelum|sblm)\b.{0,20}\b(dirampas|ditahan|hangus|luput|tamat|ditutup|lambat|terlepas)\b | scam:pressure | 0.6 | deadline |
# ---- threats ----
re:\b(baki|mata|saldo|duit|wang|ganjaran)\b.{0,20}\b(dilupuskan|dihanguskan|hangus|luput|dipadam|ditarik balik|dibatalkan)\b | scam:pressure | 0.65 | threat |
re:\b(akaun|acc|kad|talian|ewallet)\b.{0,20}\b(akan )?(dikunci|ditutup|disekat|dibekukan|digantung) (secara )?(automatik|kekal|serta-merta|serta merta)\b | scam:pressure | 0.8 | threat |
re:\b(penutupan|penamatan|penggantungan|sekatan|pembekuan) (kekal|akaun|talian|perkhidmatan)\b | scam:pressure | 0.7 | threat |
re:\b(talian|perkhidmatan|servis|bekalan|akses)\b.{0,10}\b(terputus|diputuskan|dipotong|dihentikan|ditamatkan)\b | scam:pressure | 0.6 | threat |
re:\b(sebelum|nanti) (barang|bungkusan|parcel|kotak|hadiah|wang|duit)\b.{0,10}\b(dirampas|disita|ditahan|dipulangkan|dilupuskan|hilang)\b | scam:pressure | 0.65 | threat |
re:\b(kalau|jika|kalo|klu) (tak|tidak|x)\b.{0,20}\b(kena hantar balik|dihantar balik|deport|dideport|ditahan|dipenjara|masuk lokap|kena tangkap|ditangkap|kena saman|disaman|disenarai hitam|diblacklist)\b | scam:pressure | 0.7 | threat |
re:\b(kami|pihak kami) (anggap|akan anggap|menganggap)\b.{0,25}\b(melarikan diri|lari|enggan|ingkar|bersubahat|terlibat)\b | scam:pressure | 0.85 | threat |
re:\b(lesen memandu|lesen|passport|pasport|ic|mykad)\b.{0,20}\b(akan )?(disenarai ?hitam|diblacklist|disekat|ditarik balik|digantung|dibatalkan)\b | scam:pressure | 0.7 | threat |
# debt collectors: "I have your contacts, I will spread your photo"
re:\b(gambar|muka|nama|ic|mykad|maklumat|video)\b.{0,12}\b(kau|awak|kamu|you|anda|hang|ko)\b.{0,20}\b(sebar|disebar|sebarkan|tular|tularkan|viral|viralkan|post|upload|hantar)\b | scam:pressure | 0.75 | threat |
re:\b(ada|pegang|simpan|dapat)\b.{0,10}\b(semua )?(contact|kontak|kenalan|senarai kenalan|nombor)\b.{0,20}\b(kawan|family|famili|keluarga|saudara|majikan|bos|boss|office)\b | scam:pressure | 0.75 | threat |
# ---- secrecy and isolation ----
re:\b(kekal|duduk|tinggal|berada|masuk)\b.{0,10}\b(seorang diri|sorang diri|sendirian|seorang|sorang)\b.{0,20}\b(bilik|kereta|rumah|tempat sunyi|dalam talian)\b | scam:pressure | 0.8 | secrecy |
re:\b(jangan|jgn) (putuskan|putus|matikan|tutup|letak|end) (talian|panggilan|call|video call|vc|telefon|phone)\b | scam:pressure | 0.75 | secrecy |
re:\b(jangan|jgn) (panik|risau|takut|bimbang)\b.{0,40}\b(bayar|transfer|tf|duitnow|bank in|masukkan|pindahkan)\b | scam:pressure | 0.45 | secrecy |

# ======================================================================= actions
# ---- links ----
re:\b(pulihkan|memulihkan|aktifkan semula|buka semula|buka kunci|unlock) (akses|akaun|acc|kad|ewallet|dompet|talian)\b | scam:action | 0.65 | link |
re:\b(log ?in|login|log masuk|masuk) (sini|di sini|kat sini|dekat sini|link ni|link ini|pautan ini)\b | scam:action | 0.7 | link |
re:\b(kena|perlu|mesti|sila|tolong) (log ?in|login|log masuk|daftar masuk|sign in)\b | scam:action | 0.5 | link |
re:\b(share|kongsi|hantar|bagi|send) (link|pautan) (training|latihan|pendaftaran|daftar|tugasan|task|kerja|group|grup)\b | scam:action | 0.6 | link |
re:\b(beli|daftar|register|sign up|claim|tuntut|semak) (awal|segera|sekarang|cepat) (di|kat|dekat|melalui|thru|via)\b | scam:action | 0.5 | link |
re:\b(beli|daftar|register|sign up|claim|tuntut|semak) (di|kat|dekat|melalui|thru|via) (sini|link|pautan|link ni|link ini|pautan ini)\b | scam:action | 0.55 | link |
re:\b(semak|check|cek) (nama|kelayakan|status) (anda|awak|tuan|puan|korang|sekarang)\b | scam:action | 0.55 | link |
# ---- apps: off-store installs, accessibility, remote access ----
re:\b(muat turun|download|install|pasang|dapatkan)\b.{0,10}\b(fail pemasangan|fail installer|installer|pemain audio|pemain video|audio player|aplikasi pengaktifan|app pengaktifan|aplikasi dagangan|app dagangan|aplikasi trading|app trading|app khas|aplikasi khas|versi terkini|versi baharu)\b | scam:action | 0.75 | app |
re:\b(hidupkan|aktifkan|benarkan|on kan|onkan|enable|turn on|beri|berikan)\b.{0,20}\b(kebolehaksesan|kebolehcapaian|accessibility|akses kebolehcapaian|sumber tidak diketahui|unknown sources|install unknown apps)\b | scam:action | 0.85 | app |
kebolehaksesan          | scam:action | 0.5  | app |
re:\b(fail|file|format|versi)\W{0,3}\.?apk\b | scam:action | 0.8 | app |
re:\b(tempahan|booking|pesanan|order|pendaftaran) (hanya|cuma|mesti|wajib) (melalui|guna|gunakan|menggunakan|dalam|di) (aplikasi|app|apps)\b | scam:action | 0.6 | app |
# ---- transfers ----
re:\bpindahkan (semua |segala |kesemua |seluruh )?(baki|simpanan|caruman|dana|aset|wang simpanan|duit simpanan)\b | scam:action | 0.85 | transfer |
re:\b(akaun amanah|akaun jaminan|akaun penjamin|akaun escrow|akaun selamat) (kerajaan|mahkamah|bank negara|bnm|pdrm|polis|sementara)\b | scam:action | 0.9 | transfer |
re:\bke akaun (penjamin|jaminan|pihak ketiga|escrow|syarikat|individu|peribadi|ejen|yang diberikan|yg diberikan)\b | scam:action | 0.7 | transfer |
re:\b(pindahan|pindahkan|transfer|tf|bank in|bankin|deposit|masukkan|hantar)\b.{0,20}\bke (akaun|acc|no akaun|nombor akaun)\b | scam:action | 0.65 | transfer |
re:\b(jelaskan|lunaskan|selesaikan|langsaikan|settle)\b.{0,40}\b(dahulu|dulu|terlebih dahulu|segera|sekarang)\b | scam:action | 0.65 | transfer |
re:\b(sila|tolong|perlu|kena|mesti|wajib) (jelaskan|lunaskan|langsaikan)\b | scam:action | 0.35 | transfer |
re:\b(tolong|boleh|blh|bole|bleh|tlg) (bayar|bayarkan|jelaskan|belanja|settle|topup|top up|reload)\b | scam:action | 0.55 | transfer |
re:\b(bayarkan|bayar kan|bayarkn|tolong bayarkan)\b | scam:action | 0.55 | transfer |
re:\b(boleh|blh|bole|bleh|tolong|tlg) (you|u|awak|kamu|sayang|baby|dear|mak|abah|ayah) (pinjamkan|pinjam|bagi pinjam|tolong|bank in|transfer|tf|bayarkan|belikan|topup)\b | scam:action | 0.65 | transfer |
re:\b(duitnow|duit now|fpx|bank in|bankin|transfer|tf)\b.{0,5}\bke (nombor|no|number|akaun|acc) (ni|ini|ini ya|berikut|tu)\b | scam:action | 0.7 | transfer |
re:\b(beli|bayar|deposit|topup|top up)\b.{0,15}\b(guna|pakai|dengan|dlm|dalam) (usdt|bitcoin|btc|eth|kripto|crypto|tether)\b | scam:action | 0.65 | transfer |
re:\b(i|saya|aku|sy) (forward|hantar|bagi|send)\b.{0,15}\b(nombor akaun|no akaun|no\. akaun|akaun|acc)\b | scam:action | 0.6 | transfer |
re:\b(officer|pegawai|diorang|mereka)\b.{0,10}\b(bagi|beri|berikan|hantar)\b.{0,5}\b(nombor akaun|no akaun|akaun)\b | scam:action | 0.6 | transfer |
re:\b(i|saya|aku|adik|abang|along|angah|achik|uda|kak ngah) (bayar balik|pulangkan|ganti|ganti balik)\b.{0,30}\b(sumpah|janji|promise|confirm|malam ni|esok|nanti)\b | scam:action | 0.6 | transfer |
# ---- codes ----
re:\b(maklumkan|beritahu|bagitahu|bagitau|sebutkan|nyatakan|berikan|bagi|hantar|share|kongsi|forward|send)\b.{0,10}\b(kod pengesahan|kod otp|kod tac|nombor otp|nombor tac|no otp|no tac|kod keselamatan|kod sms|kod \d digit)\b | scam:action | 0.85 | code |
re:\b(perlukan|perlu|nak|minta|mintak|memerlukan)\s(nombor|no|kod|code) (otp|tac|pin|pengesahan|sms)\b | scam:action | 0.8 | code |
re:\b(bagi|hantar|send|forward|beritahu|bagitau|sebut|share|kongsi|balas)\b.{0,12}\b\d (nombor|digit|angka)\b | scam:action | 0.75 | code |
re:\b(sms|kod|code|otp|tac)\b.{0,10}\b\d (angka|digit|nombor)\b.{0,25}\b(share|kongsi|hantar|bagi|forward|send|bagitau|beritahu)\b | scam:action | 0.8 | code |
re:\b(tac|otp|kod|code|sms)\b.{0,6}\b(masuk|sampai|diterima)\b.{0,10}\b(kat|di|dekat|ke|dalam) (fon|phone|telefon|hp|handphone)\b | scam:action | 0.75 | code |
re:\b(share|kongsi|hantar|forward|send|bagi)\b.{0,8}\b(kat sini|di sini|dalam chat|kat chat|kepada saya|kat saya|kat aku|kepada aku|ke sini)\b | scam:action | 0.35 | contact |
re:\b(kod|code|nombor|digit) (yang|yg) (baru )?(kami|saya|aku) (sms|hantar|hantarkan|send)\b | scam:action | 0.75 | code |
re:\b(\d digit|tiga digit) (di belakang|belakang|pada belakang) kad\b | scam:action | 0.85 | code |
# ---- details ----
re:\b(berikan|beri|bagi|hantar|nyatakan|sertakan|kongsi|kongsikan|isi|masukkan|balas)\b.{0,40}\b(nombor kad|no kad|butiran kad|maklumat kad|tarikh luput|cvv|nombor akaun|no\.? akaun|maklumat perbankan|butiran bank|butiran perbankan|no\.? ic|nombor ic|nombor mykad|no mykad)\b | scam:action | 0.8 | details |
re:\b(mengesahkan|pengesahan|melengkapkan|lengkapkan|mengemaskini|mengemas kini)\b.{0,6}\b(butiran|maklumat|data|profil|identiti)\b | scam:action | 0.6 | details |
maklumat perbankan      | scam:action | 0.6  | details |
butiran perbankan       | scam:action | 0.6  | details |
# ---- contact: reply with a number, DM, message someone on WhatsApp ----
re:\b(balas|membalas|reply|taip|tekan)\s(\d|ya|yes|y|ok)\b | scam:action | 0.55 | contact |
re:\b(mesej|message|msg|whatsapp|wasap|ws|dm|pm|hubungi|contact) (puan|encik|cik|tuan|kak|abang|sis|cikgu|ustaz|dr|miss|mr|mrs|madam)\s[a-z]+\b.{0,10}\b(di|kat|dekat|melalui|via|thru) (whatsapp|wasap|telegram|tele|wechat|line|ig|instagram|fb|facebook)\b | scam:action | 0.65 | contact |
re:\b(hubungi|contact|mesej|whatsapp|dm|pm)\b.{0,15}\b(hr|admin|ejen|agent|mentor|sifu|coach|penyelia|receptionist) (kami|saya)?\b.{0,10}\b(di|kat|melalui|via) (whatsapp|wasap|telegram|tele|wechat|line)\b | scam:action | 0.6 | contact |
re:\b(dm|pm|whatsapp|ws|wasap|inbox|mesej) (aku|saya|sy|i|kami|admin)\b.{0,20}\b(kalau|jika|klu|kalo)\b.{0,10}\b(nak|mahu|berminat|minat)\b | scam:action | 0.6 | contact |
re:\b(hantar|send|bagi|forward)\b.{0,6}\b(screenshot|ss|tangkap layar|bukti)\b.{0,20}\b(kepada|kpd|kat|pada|ke)\b | scam:action | 0.55 | contact |
re:\b(berminat|minat) (tak|x|ke|tidak)\b | scam:action | 0.35 | contact |
re:\b(nak|mahu|ada benda nak|ada hal nak|ada perkara nak) (minta )?tolong\b | scam:action | 0.4 | contact |
re:\bnanti (abang|adik|kakak|akak|along|angah|achik|uda|usu|saya|aku|i) (mesej|text|call|telefon|whatsapp|ws) (lagi|balik|semula)\b | scam:action | 0.4 | contact |
re:\b(sila|tolong) (pm|dm|inbox|mesej) (page|kami|admin|saya)\b | scam:action | 0.55 | contact |

# ======================================================================= more parts: helpers, organisers, aid funds, lovers, voice notes
# ---- senders ----
# someone who offers to "help you cancel" a transaction speaks as the bank or its support desk
re:\b(bantu|tolong|membantu) (encik|tuan|puan|cik|anda|awak|kamu|akak|abang|kakak|sis|bro)\b.{0,5}\b(batalkan|membatalkan|sekat|menyekat|hentikan|pulihkan|dapatkan balik|selesaikan|tuntut)\b | scam:sender | 0.45 | platform |
# contest organisers: "peraduan ... kami", "giveaway kami"
re:\b(peraduan|cabutan bertuah|cabutan|kempen|promosi|giveaway|contest|pertandingan|undian)\b.{0,25}\bkami\b | scam:sender | 0.45 | platform |
# aid agencies and funds
jkm                     | scam:sender | 0.65 | government |
re:\b(bantuan awal persekolahan|insentif padu|sistem padu|pangkalan data utama|bantuan bulanan|bantuan am|elaun warga emas|bantuan orang kurang upaya)\b | scam:sender | 0.55 | government |
re:\b(tabung haji|lembaga tabung haji|ssm|suruhanjaya syarikat malaysia|asnb|amanah saham nasional|pnb|permodalan nasional|jpa|kwap|majlis amanah rakyat|felda|risda)\b | scam:sender | 0.6 | government |
# a celebrity thanked for "the method"
re:\bterima kasih (dato'|datuk'|dato' seri|dato sri|datin|datin seri|tok|cik|sis|kak|abang)\b | scam:sender | 0.4 | investment |
# lovers' openings
re:^\W{0,3}(hai |hi |hello |helo |hye |hey |morning |selamat pagi )?(honey|hunny|dear|cinta|cintaku|bae|love|my love|sweetheart|manja|sayangku|darling|baby|babe|sayang)\b | scam:sender | 0.4 | relative |
# voice notes "from" a messaging app
re:\b(nota suara|mesej suara|voice note|pesanan suara|mesej audio|panggilan) (whatsapp|signal|line|telegram|messenger|wechat|viber|imessage)\b | scam:sender | 0.5 | platform |

# ---- problems ----
re:\b(kena|dah kena|telah|sudah) (lock|locked|suspend|suspended|freeze|frozen|hold|restrict|restricted)\b | scam:problem | 0.6 | account |
re:\b(caj|hutang|yuran|sewa|ansuran|loan|pinjaman)\b.{0,15}\b(tertunggak|belum dibayar|belum dijelaskan|lewat bayar|overdue)\b | scam:problem | 0.6 | fee |
re:\b(nak|perlu|kena|mesti|urgent) (settle|bayar|jelaskan|langsaikan|selesaikan) (caj|bil|hutang|sewa|ansuran|yuran|saman|tunggakan|loan|pinjaman)\b | scam:problem | 0.55 | fee |

# ---- actions ----
re:\b(mesej|message|msg|whatsapp|wasap|ws|dm|pm|hubungi|contact) (puan|encik|cik|tuan|kak|abang|sis|cikgu|ustaz|dr|miss|mr|mrs|madam)\s[a-z]+\b.{0,10}\b(di|kat|dekat|melalui|via|thru) (tiktok|signal|x|twitter|threads|messenger|telegram|whatsapp|instagram|ig|fb|facebook)\b | scam:action | 0.65 | contact |

# ======================================================================= awareness and advice
# what real notices and warnings say: "we never send links by SMS", "not ours", "no fee charged"
re:\b(tidak|tak|takkan|tidak akan|tidak pernah|tak pernah|bukan|kami tidak|kami tak|tidak sesekali)\s(menghantar|hantar|meminta|minta|menghubungi|call|menelefon|menyuruh|menawarkan)\s(sebarang |apa-apa )?(pautan|link|sms|mesej|kod|otp|tac|bayaran|maklumat|butiran|wang|duit)\b | scam:aware |  |  |
re:\b(bukan milik|bukan laman|bukan pautan|bukan aplikasi|bukan nombor) (kami|rasmi)\b | scam:aware |  |  |
re:\b(ingin|mahu|nak) (mengingatkan|mengingatkan semua|ingatkan|memperingatkan|memaklumkan kepada orang ramai)\b | scam:aware |  |  |
re:\b(tiada|tidak ada|takde|tak ada|tidak dikenakan|tak dikenakan) (sebarang |apa-apa )?(bayaran|caj|yuran|fi|deposit)\b.{0,25}\b(dikenakan|dikutip|diminta|kepada pemohon|untuk memohon|untuk pemohon|diperlukan)\b | scam:aware |  |  |
re:\b(tiada|tidak ada|takde) (bayaran|caj|yuran|fi) (dikenakan|dikutip|diminta)\b | scam:aware |  |  |
re:\b(aplikasi|app|fail|file|pautan|link|laman) (berbahaya|berniat jahat|palsu|penipuan|scam|berisiko|mencurigakan)\b | scam:aware |  |  |
re:\b(jangan|jgn|usah|elakkan) (buka|klik|tekan|muat turun|download|install|pasang|layan|balas|percaya)\b.{0,20}\b(fail|file|apk|pautan|link|mesej|sms|aplikasi|app)\b | scam:aware |  |  |
re:\b(padam|delete|buang|sekat|block|report)\b.{0,6}\b(terus|segera|je|sahaja|mesej tu|mesej itu|nombor tu|nombor itu)\b | scam:aware |  |  |
re:\b(boleh|dapat|akan|untuk) (mencuri|curi|mengambil alih|menggodam|godam|merampas|menyedut|kosongkan)\b.{0,25}\b(sms|tac|otp|akaun|data|maklumat|wang|duit|whatsapp)\b | scam:aware |  |  |
re:\bwalaupun (dari|daripada|drpd) (nombor|orang|kenalan|kawan)\b.{0,20}\b(kenal|dikenali|kenali|dikenal)\b | scam:aware |  |  |

# ======================================================================= ordinary phrases
# job benefits, not the agencies writing: "+ elaun + KWSP/PERKESO"
re:\b(elaun|gaji|caruman|faedah|bonus|insurans)\b.{0,12}\b(kwsp|epf|perkeso|socso|eis|sip)\b(\W{0,3}(kwsp|epf|perkeso|socso|eis|sip)\b)* | allow |  |  |
# paying a fine through the official app
re:\b(bayar|semak|jelaskan|tebus) (melalui|di|dalam|guna|menggunakan) (aplikasi|app|portal|laman) (mybayar|mybayar pdrm|myeg|mysikap|mytnb|myjpj|ezhasil|i-akaun)\b | allow |  |  |

# ======================================================================= more parts: wallet names, odd activity, deadlines, staying on the call
re:\b(acc|akaun|account|app|apps|aplikasi|user|wallet|ewallet|e-wallet|baki|dompet|id) (boost|mae|setel|tng|bigpay|grabpay|shopeepay)\b | scam:sender | 0.7 | wallet |
re:\b(akaun|platform|aplikasi|app) (pelaburan|trading|dagangan|forex|kripto|crypto)\b | scam:sender | 0.45 | investment |
re:\baktiviti (pelik|aneh|tak normal|tidak normal|luar jangka|meragukan|tidak dikenali|tak dikenali)\b | scam:problem | 0.7 | account |
re:\bsebelum (terlambat|terlepas|habis|kehabisan|harga naik|naik harga|slot habis|tawaran tamat)\b | scam:pressure | 0.5 | deadline |
re:\b(jangan|jgn) (putuskan|putus|matikan|tutup|end) (panggilan|call|video call|panggilan video|vc|talian)\b | scam:action | 0.6 | contact |
re:\b(kekal|stay|tetap|terus)\b.{0,6}\b(dalam talian|dalam panggilan|on call|atas talian|dalam video call|on the line)\b | scam:action | 0.55 | contact |

# ======================================================================= more parts: internet banking, handing over savings, hospitals, debts, held parcels
# ---- account ----
re:\b(akses|perbankan internet|internet banking|online banking|perbankan online|id pengguna|user id)\b.{0,20}\b(anda|awak|tuan|puan)?\b.{0,10}\b(telah |sudah |dah |kini |akan )?(disekat|dibekukan|digantung|dikunci|diblok|dihadkan|dinyahaktifkan)\b | scam:problem | 0.8 | account |
re:\b\d+ (kali )?(percubaan|cubaan) (salah|gagal|tidak sah|tak sah|tidak berjaya)\b | scam:problem | 0.7 | account |
re:\b(buka kunci|unlock|pulihkan|aktifkan semula)\b.{0,3}\b(di|kat|melalui|sekarang|now|segera)\b | scam:action | 0.6 | link |
# ---- police: hand over savings "for checking" ----
re:\b(serahkan|menyerahkan|serah|pindahkan|keluarkan)\b.{0,12}\b(wang|duit|simpanan|barang kemas|emas|aset)\b.{0,25}\b(kepada|kpd|kat|pada|ke) (kami|pegawai|wakil|ejen|pihak kami|runner|akaun)\b | scam:action | 0.85 | transfer |
re:\b(untuk|utk|bagi) (semakan|siasatan|pengesahan|audit|verifikasi) (wang|dana|akaun|simpanan|harta|aset)\b | scam:problem | 0.6 | legal |
# ---- family: someone in hospital, an old friend with a new number ----
re:\b(anak|mak|ayah|isteri|suami|bapa|ibu|adik|abang|kakak|atuk|nenek|cucu|bini|laki)\b.{0,10}\b(masuk|di|kat|dekat|dimasukkan ke|dalam) (wad|icu|hospital|klinik|bilik kecemasan|unit rawatan rapi|bilik bedah)\b | scam:problem | 0.6 | fee |
re:\b(kawan|rakan|member|classmate|geng) (sekolah|universiti|uni|kolej|sekelas|sekampung|asrama) (dulu|lama)\b | scam:sender | 0.4 | relative |
# ---- debts and collectors ----
re:\b(bayaran|ansuran|pinjaman|hutang|loan)\b.{0,15}\b(lewat|tertunggak|overdue|tertangguh|gagal dibayar)\b | scam:problem | 0.45 | legal |
re:\b(gambar|muka|nama|ic|mykad|maklumat|video)\b.{0,12}\b(kau|awak|kamu|you|anda|hang|ko)\b.{0,20}\b(disebarkan|disebarluaskan|tersebar|ditularkan|diviralkan|dipost|diupload|dihantar)\b | scam:pressure | 0.75 | threat |
re:\b(disebarkan|disebar|dihantar|ditularkan)\b.{0,10}\b(kepada|kpd|ke) (semua|seluruh) (kenalan|contact|kontak|kawan|keluarga|saudara)\b | scam:pressure | 0.8 | threat |
# ---- investment "professors" and daily picks ----
re:\b(saham|stok|kaunter|coin|token)\b.{0,8}\b(berpotensi|meletup|panas|hot|terbaik|pilihan|naik)\b.{0,15}\b(setiap hari|tiap hari|harian|setiap minggu|setiap pagi)\b | scam:problem | 0.6 | investment |
# ---- romance: a ticket to come and meet you ----
re:\b(datang|terbang|balik|pulang|fly) (ke )?(malaysia|sini|kl|kuala lumpur|rumah you|rumah awak)\b.{0,25}\b(jumpa|berjumpa|bertemu|tengok) (you|u|awak|kamu|sayang|dear|baby)\b | scam:problem | 0.65 | romance |
re:\b(tiket|flight|penerbangan|visa)\b.{0,10}\b(mahal|tak cukup|x cukup|tidak cukup|perlukan duit|perlu bayar|tak mampu)\b | scam:problem | 0.55 | romance |
# ---- task jobs: the next task, a top-up, a commission rate ----
re:\b(tugasan|misi) (seterusnya|berikutnya|pertama|harian|hari ini|ke-\d|ke \d)\b | scam:problem | 0.55 | job |
re:\b(dapat|dapatkan|terima|nikmati) (komisen|bonus|cashback|untung|profit) (sebanyak )?\d+ ?%\b | scam:problem | 0.65 | job |
# ---- parcels held abroad and the fee to release them ----
re:\b(bungkusan|parcel|kiriman|pakej|paket|barang) (anda|awak|tuan|puan|kamu|encik|cik|akak|abang)\b.{0,30}\b(ditahan|tertahan|tersangkut|disita|dirampas|disimpan di gudang)\b | scam:problem | 0.8 | parcel |
re:\b(duti|cukai|caj|yuran|fi|bayaran)\b.{0,10}\b(untuk|utk|bagi) (pelepasan|melepaskan|dilepaskan|clearance|mengeluarkan)\b | scam:problem | 0.75 | fee |
re:^\W{0,3}(kastam|customs|jkdm|kastam malaysia)\b | scam:sender | 0.7 | government |
kastam malaysia         | scam:sender | 0.7  | government |

# ---- what genuine one-time-code messages say ----
re:\b(jangan|jgn) (beritahu|kongsi|kongsikan|dedahkan|berikan|bagi|share|dedah)\b.{0,6}\b(kod|tac|otp|pin|kata laluan) (ini|ni|tersebut)\b | scam:aware |  |  |
re:\btermasuk (kakitangan|pegawai|staf|pekerja|wakil)\b | scam:aware |  |  |
# the official apps and portals named as the place to act
re:\b(bayar|semak|jelaskan|tebus|daftar|mohon|kemas ?kini|muat turun) (di|melalui|dalam|guna|menggunakan|di kaunter|di aplikasi) (aplikasi |app |portal |laman )?(mybayar|mybayar pdrm|myjpj|mysejahtera|mydigital id|thijari|myasnb|mykwsp|i-akaun|ezhasil|mytax|padu|play store|app store|appgallery|google play)\b | allow |  |  |

# ======================================================================= more parts: syndicates, soldiers abroad, prepaid task levels
# ---- legal: "linked to a syndicate", written with SMS short forms ----
re:\b(terlibat|dikaitkan|berkait|berkaitan|digunakan)\b.{0,6}\b(dgn|dengan|dalam|dlm|oleh)\b.{0,12}\b(sindiket|kes|jenayah|dadah|pengubahan wang|penggubahan wang|money laundering|aktiviti haram|akaun keldai|pemerdagangan)\b | scam:problem | 0.8 | legal |
re:\b(kes|siasatan|perkara|hal|maklumat) (ni|ini|tu|itu) (sulit|rahsia|confidential|sensitif|sangat sulit)\b | scam:pressure | 0.8 | secrecy |
re:\b(pindah|pindahkan|transfer|tf|alihkan|keluarkan|kosongkan) (semua|segala|kesemua|seluruh) (duit|wang|simpanan|baki|dana|caruman|akaun)\b | scam:action | 0.85 | transfer |
# ---- romance: the soldier, doctor or engineer posted abroad ----
re:\b(askar|tentera|doktor tentera|jeneral|kapten|marin|soldier)\b.{0,5}\b(us|usa|amerika|american|british|uk|pbb|un|nato)\b | scam:problem | 0.7 | romance |
re:\bbertugas (di|kat) (syria|yaman|iraq|afghanistan|afrika|somalia|gaza|ukraine|pelantar|kapal|laut|luar negara)\b | scam:problem | 0.6 | romance |
re:\b(saya|i|sy) (seorang )?(askar|tentera|doktor tentera|jurutera pelantar|kapten kapal|jeneral|pegawai pbb|doktor pbb|engineer)\b | scam:sender | 0.45 | relative |
# ---- task jobs: prepay to unlock the next level, get more back ----
re:\b(perlu|kena|mesti|wajib|sila) (prabayar|pra-bayar|prepaid|topup|top up|deposit|tambah nilai|reload)\b | scam:action | 0.55 | transfer |
re:\b(dapat|dpt|terima) (balik|semula|kembali) rm ?\d | scam:problem | 0.6 | investment |
re:\b(unlock|buka|naik ke|masuk ke|layak ke) (tugasan|task|misi|level|tahap) (vip|seterusnya|premium|berbayar|bonus)\b | scam:problem | 0.7 | job |

# ======================================================================= more parts: video-call orders, testimonials, insider tips, buy-with-your-own-money jobs
re:\b(kes|siasatan)\b.{0,12}\b(serius|berat|jenayah berat|sangat serius)\b | scam:problem | 0.6 | legal |
re:\b(sampai|sehingga|hingga|sebelum) (siasatan|semakan|pemeriksaan|proses siasatan) (habis|selesai|tamat)\b | scam:problem | 0.55 | legal |
re:\b(on|onkan|buka|hidupkan|nyalakan) (kamera|camera|video)\b | scam:action | 0.5 | contact |
re:\b(whatsapp|wasap|ws|wa|dm|pm|mesej|hubungi|contact|inbox) (dia|beliau|puan tu|cikgu tu|sifu tu|mentor tu|coach tu)\b | scam:action | 0.5 | contact |
re:\b(ikut|guna|cuba|try|belajar|pakai) (cara|teknik|kaedah|strategi|tips|sistem|formula) (dia|beliau|puan|encik|sifu|mentor|coach|ni|ini)\b | scam:sender | 0.5 | investment |
re:\b(signal|isyarat|tips|info|maklumat)\b.{0,10}\b(dalaman|orang dalam|insider)\b | scam:problem | 0.8 | investment |
re:\b(invest|labur|melabur|main|trade)\b.{0,5}\b(sama-sama|sama2|bersama|dengan i|dgn i|dengan saya|dgn saya)\b | scam:problem | 0.5 | investment |
re:\b(beli|bayar|pesan|order|checkout)\b.{0,15}\b(guna|pakai|dengan|dgn) (duit|wang|modal) (sendiri|anda|awak|korang)\b | scam:problem | 0.75 | job |
re:\b(refund|pulangkan|bayar balik|kembalikan|dipulangkan)\b.{0,10}\b(komisen|bonus|untung|profit)\b | scam:problem | 0.75 | job |
re:\b(saya|sy|kami) (hr|recruiter|rekruter|perekrut|ejen pengambilan|pegawai pengambilan)\b | scam:sender | 0.55 | employer |
re:\b(berminat|minat|interested)\s?\? | scam:action | 0.4 | contact |
re:\b(dah|sudah|baru|terus|telah) (dapat|dpt|buat|jana|raih) (profit|untung|keuntungan|income|pendapatan) (rm ?\d|\d+ ?%|pertama|berganda)\b | scam:problem | 0.65 | investment |
