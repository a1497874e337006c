@format 1
@lang id
@source Original work written for Waspada, 2026-12: scam wording families generalised from the misses of a second writer's tuning set (tests/scam_tuning), never from held-back suites or held-out messages
@licence MIT
# Indonesian scam wording families, read on top of id.scamparts.lex and id.scam.lex: the same ideas in
# other words (shorthand "yg/utk/dgn/sbg/scr", slang "gue/lu/ayang", code-mixed "di-suspend", "no risk"),
# the look-alikes that must stay quiet (official OTP texts, COD couriers, job posts "tanpa pungutan",
# warnings "hati2, yg ngaku kurir"), and advice written as awareness.
# term | scam:<part> | weight | kind |

# ======================================================================= senders
# e-wallets, lenders and platforms named without a brand domain on file: patterns, so that their
# names are not looked for in link hosts
re:\b(flip|jenius|sakuku|doku|blu by bca|neo bank|neobank|allo bank|krom)\b | scam:sender | 0.55 | wallet |
re:\b(kredivo|akulaku paylater|kredit pintar|easycash|adakami|rupiah cepat|tunaiku|julo|indodana|home credit|spinjam|kreditpro|uangme|pinjam yuk|danarupiah|cairin)\b | scam:sender | 0.6 | lender |
re:\b(staf|staff|pegawai|petugas|admin|cs|agen|marketing|kolektor) (dari )?(pinjol|pinjaman online|koperasi|leasing|fintech|aplikasi pinjaman|perusahaan pembiayaan)\b | scam:sender | 0.6 | lender |
re:\b(pencairan|pengajuan|limit|plafon|tenor|cicilan|pelunasan) (pinjaman|kredit|pinjol)\b | scam:sender | 0.45 | lender |
re:\b(olx|facebook marketplace|fb marketplace|carousell|kaskus fjb)\b | scam:sender | 0.5 | platform |
re:\b(driver|drivernya|abang|mitra) (ojol|ojek online|grab|gojek|maxim|shopeefood|gofood|grabfood|indrive)\b | scam:sender | 0.5 | platform |
re:\b(pesan suara|voice note|voice message|vn|panggilan|telepon|panggilan video) (whatsapp|wa|signal|telegram|line|messenger|instagram|ig)\b | scam:sender | 0.65 | platform |
re:\b(kode|otp|sms)\b.{0,8}\b(dari )?(grab|gojek|whatsapp|wa|shopee|tokopedia|telegram|facebook|instagram|tiktok|google|gmail|olx|traveloka|lazada|bukalapak|signal|line)\b | scam:sender | 0.55 | platform |
re:\b(admin|cs|tim) (care|support|helpdesk|help desk|pengaduan|keluhan)\b | scam:sender | 0.5 | platform |
re:\b(tim|divisi|bagian|pusat) (pengaduan|keluhan|komplain|layanan nasabah|layanan konsumen)\b | scam:sender | 0.5 | bank |
program indonesia pintar | scam:sender | 0.7 | government |
re:\bsubsidi (token listrik|listrik|bbm|pupuk|lpg|gas|upah)\b | scam:sender | 0.5 | government |
re:\b(pencairan|penerima|pendaftaran|pendaftar|dana|bantuan|insentif|verifikasi) (pip|pkh|bpnt|bsu|blt|kip|kip kuliah|bpum|prakerja|sembako)\b | scam:sender | 0.55 | government |
# someone who writes as family: the nephew, the boss, the friend "with a new number"
re:\b(ini|ni) (aku|saya|gue|gw|gua) (ponakan|keponakan|anak|cucu|adik|adek|kakak|sepupu|ponakanmu|keponakanmu|anakmu|cucumu|adikmu|sepupumu)\w*\b | scam:sender | 0.7 | relative |
re:^\W{0,3}(pakde|bude|paklek|bulek|om|tante|oom|budhe|pakdhe|mbah|eyang|kakek|nenek|uwak|uwa)\W{1,3}(ini|ni) (aku|saya|gue|gw)\b | scam:sender | 0.6 | relative |
re:\b(ini|ni) (saya|aku)\W{0,3}(pak |bu |bapak |ibu )?(direktur|bos|boss|manager|manajer|atasan|pimpinan|ceo|komisaris|kepala bagian|kepala kantor|kadiv|gm|general manager)\b | scam:sender | 0.7 | employer |
re:^\W{0,3}(\w+ )?(honey|hunny|my love|ayang|yank|beib|bebeb|sayangku|cintaku|my dear)\b | scam:sender | 0.4 | relative |
re:\b(ayo|yuk|sini|please|pls|tolong|plis) (sayang|say|beb|babe|baby|honey|cinta|ayang|dear)\b | scam:sender | 0.4 | relative |
re:\b(kerja|bekerja|tinggal|bertugas|dinas) di (luar negeri|singapura|malaysia|hongkong|hong kong|taiwan|dubai|amerika|inggris|eropa|australia|jepang|korea|arab saudi|kapal pesiar|suriah|yaman|afghanistan)\b | scam:sender | 0.4 | relative |
re:\b(saya|sy|aku|kami) (bantu|bantuin|bantu proses|proseskan|bantu arahkan|pandukan)\b | scam:sender | 0.4 | platform |
re:\b(nomor|nomer|no|wa|hp|hape) (lama|lamaku|lama aku|lama saya|lama gue|yg lama|yang lama)\b.{0,12}\b(hilang|ilang|rusak|mati|keblokir|diblokir|ga aktif|gak aktif|tidak aktif|dicuri|kecopetan|error)\b | scam:sender | 0.6 | relative |
# recruiters
re:\b(dibutuhkan|dicari|lowongan|loker|butuh|open recruitment|rekrut|merekrut)\b.{0,30}\b(freelancer|freelance|admin online|operator|staf online|pekerja lepas|reseller|mitra|affiliate|afiliasi)\b | scam:sender | 0.45 | employer |
re:\b(mitra|member|agen) (affiliate|afiliasi|resmi|reseller)\b | scam:sender | 0.45 | employer |
# investment: insiders, crypto tips, trading friends
re:\b(kerja|bekerja|orang dalam|pegawai|orang) (di )?(bursa|bursa efek|exchange|binance|indodax|tokocrypto|bank sentral)\b | scam:sender | 0.55 | investment |
re:\b(beli|trading|trade|invest|investasi|main|deposit|timing|sinyal|signal)\b.{0,10}\b(dogecoin|doge|bitcoin|btc|ethereum|eth|kripto|crypto|solana|shiba|usdt|forex|emas digital|saham gorengan)\b | scam:sender | 0.45 | investment |
re:\b(kenalan|kenal|ketemu|ketemunya) (di|dari) (grup|group|komunitas|fb|facebook|ig|instagram|tiktok|telegram|aplikasi)\b | scam:sender | 0.4 | investment |

# ======================================================================= problems
# ---- account: locked or limited, a break-in tried, a transfer that "needs the receiver to confirm", an old number lost ----
re:\b(akun|rekening|kartu|atm|saldo|m-banking|mbanking|dompet|wallet)\w*\b.{0,30}\b(di-?suspend|kena suspend|ke-?suspend|tersuspend|terkunci|kekunci|dibatasi|restricted|di-?limit|kena limit|dinonaktifkan sementara|nonaktif sementara|ditutup sementara|dibekukan sementara|diblokir sementara)\b | scam:problem | 0.7 | account |
re:\b(upaya|percobaan|indikasi|aktivitas|usaha) (pembobolan|peretasan|hacking|akses ilegal|akses tidak sah|login ilegal|pencurian|pengambilalihan)\b | scam:problem | 0.75 | account |
re:\b(bantu|membantu|bantuin|bantu proses|memproses)\b.{0,12}\b(pembatalan|pengembalian dana|refund|pemblokiran|pembukaan blokir|buka blokir|pemulihan akun|aktivasi ulang|pencairan dana|pembatalan transaksi)\b | scam:problem | 0.6 | account |
re:\b(mencoba|berusaha|ingin|hendak|mau|sedang) (membobol|meretas|mengakses|masuk ke|login ke|mengambil alih|menguras|mengambil)\b | scam:problem | 0.7 | account |
re:\b(akun|rekening|saldo|m-banking|mbanking)\w*\b.{0,25}\b(dibobol|diretas|dihack|di-hack|kebobol|dibajak|diakses orang|disadap)\b | scam:problem | 0.75 | account |
re:\bkendala\b.{0,15}\b(brimo|livin|m-banking|mbanking|bca mobile|mybca|aplikasi|akun|rekening|transaksi|saldo|dompet|transfer|pembayaran|atm)\b | scam:problem | 0.45 | account |
re:\b(m-banking|mbanking|m banking|aplikasi bank|internet banking)\b.{0,25}\b(error|eror|gangguan|down|bermasalah|keblokir|trouble|limit|kena limit|ga bisa dipake|gak bisa dipake)\b | scam:problem | 0.45 | account |
re:\b(penerima|penjual|pembeli|seller|pelanggan|penumpang|customer)\b.{0,6}\b(harus|wajib|perlu|mesti) (konfirmasi|verifikasi|validasi|mengonfirmasi|memverifikasi|aktivasi)\b | scam:problem | 0.6 | account |
re:\b(sistem|aplikasi|admin|cs)(nya)? (minta|meminta|memerlukan|butuh|membutuhkan) (konfirmasi|verifikasi|validasi|kode)\b | scam:problem | 0.55 | account |
re:\b(harus|wajib|perlu) (verifikasi|konfirmasi|validasi) (pelanggan|penumpang|penjual|pembeli|customer|penerima|akun)\b | scam:problem | 0.5 | account |
re:\b(pindahin|pindahkan|pindah|mindahin|transfer) (akun|wa|whatsapp|nomor)\w*\b.{0,10}\b(hp|ponsel|hape|perangkat|device)\b | scam:problem | 0.6 | account |
re:\b(yg|yang|nomor|nomer|no|hp) lama (hilang|ilang|rusak|mati|diblokir|keblokir|ga aktif|gak aktif|tidak aktif|kecopetan|dicuri|sedang diperbaiki|lagi diperbaiki|diperbaiki|error|bermasalah)\b | scam:problem | 0.6 | account |
re:\b(salah transfer|salah kirim|kesalahan transfer|salah tf|tidak sengaja transfer|gak sengaja transfer|ga sengaja transfer|nggak sengaja transfer|keliru transfer|tidak sengaja mentransfer|salah mentransfer|terkirim)\b.{0,6}\b(ke )?(rekening |rek |akun |nomor |no )?(kakak|kak|anda|kamu|km|bapak|ibu|bpk|mas|mbak|sis|gan|agan)\b | scam:problem | 0.75 | account |
re:\b(demi|untuk|utk) (keamanan|perlindungan|proteksi) (akun|rekening|data|transaksi|saldo|dana)\b | scam:problem | 0.45 | account |
re:\b(aplikasi|app|apk|versi)\b.{0,25}\b(secure|security|protect|proteksi|pengaman|antivirus|anti virus|anti fraud|anti-fraud|anti hack|keamanan terbaru)\b | scam:problem | 0.55 | account |
# ---- parcel: postage short, weight over ----
re:\b(paket|kiriman|pesanan|barang)\w*\b.{0,20}\b(tidak dapat|tidak bisa|tdk bisa|ga bisa|gak bisa|belum bisa|blm bisa|gagal) (dikirim|diantar|diproses|dikirimkan|diantarkan)\b | scam:problem | 0.7 | parcel |
re:\balamat (kurang|tidak|tdk|ga|gak) (jelas|lengkap|valid|sesuai|terbaca)\b | scam:problem | 0.8 | parcel |
re:\b(ongkir|ongkos kirim|biaya kirim|biaya pengiriman|pembayaran|tagihan)\b.{0,6}\b(kurang|belum lunas|blm lunas|kurang bayar)\b | scam:problem | 0.7 | fee |
re:\bkekurangan (ongkir|ongkos kirim|biaya|pembayaran|bayar|tagihan|dana)\b | scam:problem | 0.7 | fee |
re:\b(untuk|utk|buat) (ongkir|ongkos kirim|biaya kirim|biaya pengiriman|pajak|biaya admin)\b | scam:problem | 0.45 | fee |
re:\b(berat|ukuran|volume|dimensi) (paket|barang|kiriman)\w*\b.{0,12}\b(melebihi|lebih dari|kelebihan|over)\b | scam:problem | 0.6 | parcel |
re:\bkelebihan (berat|muatan|bagasi)\b | scam:problem | 0.55 | parcel |
# ---- refunds, aid, cashback not yet taken ----
re:\b(cashback|saldo|hadiah|bonus|poin|voucher|reward)\b.{0,35}\b(blm|belum|belom) (diambil|diklaim|dicairkan|ditarik)\b | scam:problem | 0.65 | refund |
re:\b(saldo|dana|uang|hadiah|cashback|bonus)\b.{0,35}\b(dikirim|dikirimkan|ditransfer|masuk) (ke|untuk) (nomormu|nomor kamu|nomor anda|akunmu|akun kamu|akun anda|rekeningmu|rekening kamu|rekening anda|kamu|anda)\b | scam:problem | 0.65 | refund |
re:\bbagi-?bagi (saldo|dana|uang|hadiah|thr|angpao|angpau|cuan|voucher|pulsa|kuota)\b | scam:problem | 0.5 | prize |
re:\blink bagi-?bagi\b | scam:problem | 0.6 | prize |
re:\b(cek|periksa) nama\b.{0,25}\b(penerima|terdaftar|termasuk)\b | scam:problem | 0.5 | refund |
re:\b(pembaruan|perbarui|update|verifikasi|validasi|pemutakhiran) data (penerima|peserta|calon penerima|pemohon)\b | scam:problem | 0.7 | refund |
re:\bpenerima (insentif|subsidi|bantuan|bansos|blt|bsu|pip|pkh|kip|prakerja|dana)\b | scam:problem | 0.55 | refund |
re:\b(biar|agar|supaya) (bisa |langsung |segera )?(cair|dicairkan|dicairin)\b | scam:problem | 0.45 | refund |
# ---- prizes ----
re:\b(kamu|km|kak|kakak|anda|lu|lo|elu)\b (dapet|dapat|berhak dapet|kebagian) (hadiah|saldo|bonus|cashback|voucher|thr|angpao|angpau|saldo gratis)\b | scam:problem | 0.65 | prize |
re:\b(kamu|km|kakak|kak|anda|akun kamu|akun anda|nomor kamu|nomormu|nomor anda)\b (menang|memenangkan|jadi pemenang|terpilih jadi pemenang|terpilih sebagai pemenang|berhak dapat|berhak mendapat)\b | scam:problem | 0.8 | prize |
re:\b(jawab|isi|jawablah) \d+ (pertanyaan|soal|kuis)\b | scam:problem | 0.6 | prize |
survei pelanggan         | scam:problem | 0.5 | prize |
re:\b(dapatkan|dapetin|raih|menangkan|bawa pulang)\b.{0,8}\b(paket umrah|umroh|umrah|iphone|motor|mobil|hadiah|voucher|saldo|emas|logam mulia|laptop)\b | scam:problem | 0.55 | prize |
re:\b(hadiah|mobil|motor|unit)\b.{0,40}\b(siap dikirim|akan dikirim|siap diantar|sedang disiapkan)\b | scam:problem | 0.55 | prize |
pemenang cadangan        | scam:pressure | 0.6 | threat |
# ---- jobs: task work, pay a day, fee to register ----
re:\b(like|follow|subscribe|komen|share|nonton|rating|review)\s?(&|dan|\+|n|,)\s?(follow|like|subscribe|komen|share|rating|review)\b | scam:problem | 0.6 | job |
re:\b(pekerja|karyawan|freelancer|admin|staf|staff) (paruh waktu|part time|part-time|lepas)\b | scam:problem | 0.45 | job |
re:\b(dikerjakan|dikerjain|kerja|kerjain|bekerja|cukup) (dari|dr|pakai|pake|lewat) (hp|handphone|hape|rumah|rmh)\b | scam:problem | 0.5 | job |
input data               | scam:problem | 0.4 | job |
re:\b(dikembalikan|diganti|dikembaliin|dibalikin|refund)\b.{0,6}\b(di|pada|saat|setelah|dengan|dgn|bersama) (gaji|pencairan|komisi|penarikan) (pertama|pinjaman|awal)?\b | scam:problem | 0.7 | fee |
re:\b(checkout|check out|co|beli|belanja|order|pesan|bayar)\b.{0,20}\b(pakai|pake|dengan|dgn|menggunakan|pakek) (saldo|uang|dana|modal|duit) (sendiri|pribadi|kamu|kakak|anda|dulu)\b | scam:problem | 0.7 | job |
re:\b(udah|sudah|telah|resmi) (diterima|terpilih|lolos) (jd|jadi|sebagai|menjadi) (mitra|member|agen|reseller|affiliate|admin|karyawan)\b | scam:problem | 0.6 | job |
# ---- investment: withdrawals held for tax, passive income, insiders ----
re:\b(penarikan|withdraw|wd|pencairan)\b.{0,30}\b(profit|dana|keuntungan|saldo|hasil|bonus)\b.{0,40}\b(disetujui|di-?acc|berhasil|diproses|tertahan|ditahan|siap)\b | scam:problem | 0.6 | investment |
re:\b(pajak|biaya|fee|komisi|potongan)( penghasilan| undian| hadiah| pemenang| penarikan| withdraw| admin)? \d+([.,]\d+)? ?% | scam:problem | 0.7 | fee |
re:\bpajak (undian|hadiah|pemenang|kemenangan|giveaway|hadiahnya|penarikan|withdraw|profit)\b | scam:problem | 0.8 | fee |
re:\b(ditanggung|dibayar|dibebankan (ke|kepada)) (pemenang|penerima|peserta)\b | scam:problem | 0.7 | fee |
re:\b(penghasilan|pendapatan|income|cuan) (pasif|passive)\b | scam:problem | 0.5 | investment |
re:\b(puluhan|ratusan|belasan) juta (per|tiap|setiap|sebulan|seminggu|sehari|perbulan|perhari)\b | scam:problem | 0.55 | investment |
re:\b(bongkar|membongkar|bocorkan|membocorkan|bagikan) rahasia (penghasilan|sukses|kaya|cuan|profit|trading)\b | scam:problem | 0.55 | investment |
re:\b(pasti|dijamin|dipastikan|100 ?%) (naik|terbang|to the moon|meroket|jp|profit)\b | scam:problem | 0.65 | investment |
re:\b(info|bocoran|sinyal|tips) (saham|crypto|kripto|trading|orang dalam|gorengan)\b | scam:problem | 0.45 | investment |
saham gorengan           | scam:problem | 0.5 | investment |
re:\b(no risk|zero risk|bebas risiko|bebas resiko|tanpa resiko|minim risiko|minim resiko|anti rugi|ga mungkin rugi|gak mungkin rugi|pasti balik modal)\b | scam:problem | 0.55 | investment |
re:\b(profit|untung|cuan|keuntungan)\s\d[\d.,]*\s?(jt|juta|rb|ribu|miliar|m)\b | scam:problem | 0.5 | investment |
re:\b(ajarin|ajari|ajarkan|kasih tau|kasih tahu|bocorin)\b.{0,10}\b(timing|waktu|cara) (beli|jual|masuk|entry|trading)\b | scam:problem | 0.6 | investment |
re:\barisan (online )?(menurun|naik|duduk|mapan)\b | scam:problem | 0.6 | investment |
re:\b(dijamin|terjamin) (amanah|terpercaya|100 ?%) | scam:problem | 0.5 | investment |
re:\b(dana|modal|uang) (bisa |dapat )?(ditarik|di-?wd|dicairkan) (kapan aja|kapan saja|kapanpun|kapan pun|setiap saat)\b | scam:problem | 0.55 | investment |
# ---- loans ----
re:\b(no|tanpa|gak pake|ga pake|bebas|non) (bi checking|bi check|slik|survey|survei)\b | scam:problem | 0.6 | loan |
re:\b(approve|approval|acc|disetujui|persetujuan)\s(\d+ ?%|pasti|dijamin|langsung)\b | scam:problem | 0.6 | loan |
re:\bpengajuan\b.{0,25}\b(ditolak|gagal|tertunda|dibatalkan|belum disetujui)\b | scam:problem | 0.55 | loan |
re:\bskor kredit\w*\b.{0,15}\b(rendah|buruk|jelek|bermasalah|turun|perbaiki)\b | scam:problem | 0.6 | loan |
re:\b(perbaiki|memperbaiki|naikkan|menaikkan|pulihkan|memulihkan|bersihkan|membersihkan|pemutihan) (skor kredit|bi checking|slik|data slik|nama|catatan kredit|riwayat kredit|data)\b | scam:problem | 0.65 | loan |
re:\b(daftar hitam|blacklist|black list|masuk slik|kolektibilitas|kol 5)\b | scam:problem | 0.55 | legal |
re:\b(menunggak|tunggakan) (kredit|pinjaman|cicilan|utang|hutang)\b | scam:problem | 0.6 | legal |
# ---- legal: a case in your name, a witness, settling "the family way" ----
re:\b(rekening|nomor|nomer|akun|nik|ktp|identitas|kartu)\w*\b.{0,40}\b(terdeteksi|tercatat|terindikasi|teridentifikasi|terlacak) (digunakan|dipakai|terlibat|menerima|menyebarkan|dalam (tindak|kasus|transaksi|jaringan|aktivitas))\b | scam:problem | 0.7 | legal |
re:\b(aliran|transaksi) dana\b.{0,40}\b(milik|atas nama|rekening) (anda|kamu|bapak|ibu|bpk|saudara|bapak/ibu)\b | scam:problem | 0.75 | legal |
re:\b(memakai|menggunakan|mencatut|menyalahgunakan|pakai|memalsukan) (identitas|nama|data|ktp|nik|rekening)\s?(bapak|ibu|anda|kamu|saudara|bpk|sdr)\b | scam:problem | 0.7 | legal |
re:\b(anda|kamu|bapak|ibu|saudara|saudari|bpk|sdr|bapak/ibu)\b.{0,15}\b(ditetapkan|dijadikan|berstatus|terdaftar|tercatat) (sebagai |sbg )?(saksi|terlapor|buron|dpo)\b | scam:problem | 0.7 | legal |
re:\b(bisa|dapat|dpt|boleh|mau) (diselesaikan|selesai) (secara |scr |dengan |dgn |dgn cara |dengan cara )?(kekeluargaan|damai)\b | scam:problem | 0.7 | fee |
re:\b(mau|ingin|supaya|agar|biar)\b.{0,15}\b(kasus|perkara|laporan)\w*\b.{0,10}\b(tidak|ga|gak|tdk) (diproses|dilanjutkan|naik|diperpanjang)\b | scam:problem | 0.75 | fee |
re:\b(anak|putra|putri|suami|istri|adik|cucu|keponakan) (bapak|ibu|anda|kamu|mu|bpk)\b.{0,30}\b(kedapatan|ketahuan|tertangkap|ditangkap|diamankan|ditahan)\b | scam:problem | 0.8 | legal |
# ---- family emergencies: wallet lost, stranded, in hospital ----
re:\b(dompet|atm|kartu atm|tas|koper|paspor|hp)\b.{0,15}\b(ketinggalan|tertinggal|hilang|ilang|dicopet|kecopetan|dicuri|dijambret|kejambret)\b | scam:problem | 0.4 | fee |
re:\b(ketahan|tertahan|ditahan|terjebak|terdampar|nyangkut|stuck|tertinggal) di (bandara|imigrasi|bea cukai|perbatasan|pelabuhan|airport)\b | scam:problem | 0.6 | fee |
re:\b(paspor|visa|dokumen|koper)\w*\b.{0,10}\b(ditahan|disita|tertahan|ketahan|bermasalah)\b | scam:problem | 0.6 | fee |
re:\b(lagi|sedang|masih) (di|tertahan di|terjebak di|nyangkut di) (bandara|terminal|stasiun|pelabuhan|imigrasi|perbatasan|luar negeri)\b | scam:problem | 0.45 | fee |
re:\b(lagi|sedang) butuh (bantuan|bantuanmu|pertolongan)\b | scam:problem | 0.5 | fee |
re:\bbutuh bantuan (transfer|dana|uang|duit|pulsa|saldo|rp|\d) | scam:problem | 0.6 | fee |
# ---- romance ----
re:\b(ingin|pengen|pingin|mau|cari|mencari) (serius|hubungan serius|yang serius|yg serius)\b | scam:problem | 0.45 | romance |
re:\b(janda|duda|single parent|single mom|single dad) (tanpa anak|kaya|cantik|muda|beranak)\b | scam:problem | 0.45 | romance |
re:\b(buat|untuk|utk) (kita berdua|masa depan kita|pernikahan kita|kita nanti)\b | scam:problem | 0.5 | romance |
re:\b(mau|ingin|akan) (kirim|kirimkan|mengirim|mengirimkan|transfer) (modal|uang|dana|hadiah|paket|emas|perhiasan|barang)\b.{0,25}\b(kamu|km|mu|kita|untukmu|buatmu)\b | scam:problem | 0.6 | romance |
re:\bbiaya (transfer|kirim|pengiriman|bea|admin) (internasional|luar negeri|antar ?negara)\b | scam:problem | 0.75 | fee |
re:\b(biar|supaya|agar) kita (bisa )?(video call|vc|ketemu|bertemu|ngobrol|telponan|bersama|nikah|menikah)\b | scam:problem | 0.55 | romance |
re:\b(di|dari) (kamp|camp|markas|pangkalan|barak|kapal pesiar|kapal tanker|rig|anjungan|misi perdamaian)\b | scam:problem | 0.45 | romance |
re:\b(tidak|ga|gak|nggak|tdk|ngga) (mau|bisa|akan) (operasi|dioperasi|ditangani|dirawat|diobati|pulang|keluar|berangkat|terbang|dilepas)\b.{0,25}\b(sebelum|kalau belum|kalau tidak|kecuali|kalo belum)\b | scam:problem | 0.65 | fee |
# ---- voicemail: a message that "failed to play" ----
re:\b(gagal|tidak bisa|tdk bisa|ga bisa|gak bisa) (diputar|diputer|dibuka|didengar|dimuat|ditampilkan)\b | scam:problem | 0.6 | voicemail |

# ======================================================================= pressure
re:\b(diproses|proses|ditangani|tangani|dibantu|bantu|selesaikan|diselesaikan|direspon|ditindaklanjuti)\b.{0,12}\blebih cepat\b | scam:pressure | 0.45 | deadline |
re:\b(jangan|jgn|dilarang|tidak boleh|tdk boleh|ga boleh|gak boleh|nggak boleh) (diinfokan|diinformasikan|diberitahukan|memberitahukan|memberitahu|menginfokan|menceritakan|diceritakan|cerita|infokan|info|kabarin|kabari|ngabarin|ngasih info|kasih tau|kasih tahu|ngasih tau|ngasih tahu|bilang|dibilang|lapor|melapor)\b.{0,30}\b(siapa ?pun|siapa-siapa|siapa2|orang lain|keluarga|siapa saja|siapapun)\b | scam:pressure | 0.8 | secrecy |
re:\bjangan sampai (orang lain|ada yang|ada yg|siapa pun|siapapun|keluarga|mama|papa|ortu|istri|suami) (tahu|tau)\b | scam:pressure | 0.75 | secrecy |
re:\brahasiakan\b.{0,20}\b(agar|supaya|biar|demi|selama|dari)\b | scam:pressure | 0.65 | secrecy |
re:\b(karena|krn|soalnya|sebab) (sedang|lagi|masih) (investigasi|diinvestigasi|diselidiki|penyelidikan|penyidikan|proses hukum|diproses|dalam pemeriksaan)\b | scam:pressure | 0.6 | secrecy |
re:\b(mohon|harap|wajib) (kooperatif|bekerja sama|kerja samanya|kerjasamanya)\b | scam:pressure | 0.45 | threat |
re:\b(jangan|jgn|ga usah|gak usah) (telpon|telepon|ditelpon|ditelepon|nelpon|telp|call|vc) (dulu|ya|sekarang)\b | scam:pressure | 0.55 | secrecy |
re:\b(sedang|lagi|lg) (rapat|meeting|di ruang rapat|dinas luar|di pesawat)\b | scam:pressure | 0.4 | secrecy |
re:\b(ga|gak|nggak|tidak|tdk|ngga|gk) (punya|ada) (siapa-siapa|siapa2|siapa siapa|siapapun|siapa pun|orang lain)\b.{0,20}\b(selain|kecuali) (kamu|kau|km|dirimu|anda|kakak)\b | scam:pressure | 0.6 | secrecy |
re:\b(jangan|jgn) (keluar|tutup|menutup|matikan|mematikan|close)\b.{0,12}\b(aplikasi|layar|telepon|telpon|panggilan|sambungan|aplikasinya)\b | scam:pressure | 0.55 | secrecy |
re:\bnanti (aku|saya|gue|gw) (jelasin|jelaskan|ceritain|ceritakan)\b | scam:pressure | 0.45 | secrecy |
re:\b(agar|supaya|biar)\b.{0,25}\b(tidak|tak|ga|gak|nggak|tdk) (dialihkan|dibatalkan|batal|gugur|dicabut|didiskualifikasi|diretur|dikembalikan|jatuh ke|diberikan ke)\b | scam:pressure | 0.7 | threat |
re:\b(menghindari|hindari|terhindar dari|agar tidak|supaya tidak|biar tidak|biar ga|biar gak)\b.{0,12}\b(status tersangka|ditahan|ditangkap|dipenjara|diproses hukum|proses hukum|dipidana|jerat hukum)\b | scam:pressure | 0.75 | threat |
re:\b(tercatat|dicatat|terhitung|dianggap) (sebagai )?(utang|hutang|pinjaman|tunggakan)\b | scam:pressure | 0.7 | threat |
re:\bkeburu (expired|kadaluarsa|kedaluwarsa|hangus|habis|mati|basi|ilang|hilang|kadaluwarsa)\b | scam:pressure | 0.55 | deadline |
re:\b(exp|expired|kadaluarsa|kedaluwarsa|hangus) (hari ini|malam ini|besok|jam \d|pukul \d|dalam)\b | scam:pressure | 0.55 | deadline |
re:\b(malam|sore|siang|pagi) ini juga\b | scam:pressure | 0.6 | deadline |
re:\b(dlm|dalam|cuma|hanya|cm) (waktu )?\d{1,2} ?(mnt|menit)\b | scam:pressure | 0.45 | deadline |
re:\b(wajib|harus|diwajibkan|diharuskan) (memasang|pasang|menginstal|menginstall|install|instal|mengunduh|unduh|download|mendownload|update|memperbarui|perbarui|upgrade|mengupdate)\b | scam:pressure | 0.45 | threat |
re:\b(baru|barulah) (uang|uangnya|dana|dananya|saldo|saldonya|pembayaran|pembayarannya|transferan|transferannya|hadiah|hadiahnya)\b.{0,10}\b(cair|masuk|diterima|bisa ditarik|terkirim|dikirim)\b | scam:pressure | 0.55 | threat |

# ======================================================================= actions
# links: a bare short link (s.id, written without a scheme, is not read as a link), "play again"
re:\b(scan|pindai|scan ulang)\b (barcode|kode qr|qr code|kode batang)\b | scam:action | 0.5 | link |
re:\bs\.id/\w+          | scam:action | 0.8 | link |
re:\b(putar|dengar|dengarkan) (ulang|kembali|lagi|pesannya|pesan suaranya) (di|disini|di sini|lewat|melalui|via)\b | scam:action | 0.6 | link |
re:\blink (tugas|misi|pendaftaran|klaim|verifikasi|pencairan)\b | scam:action | 0.5 | link |
# calls and contact: talk to "CS on WhatsApp", wait for the video call, follow the steps
re:\b(lanjut|pindah|pindahin|lanjutin|lanjutkan) (chat|ngobrol|obrolan|diskusi|obrolannya)?\s?(ke|di|lewat|via) (wa|whatsapp|telegram|tele|line|signal)\b | scam:action | 0.55 | contact |
re:\b(add|tambahkan|tambahin|save|simpan) (aku|saya|gue|kami|nomor|nomorku|kontak|kontakku)\b.{0,10}\b(di|ke|lewat) (wa|whatsapp|telegram|tele|line)\b | scam:action | 0.55 | contact |
re:\b(balas|bales|ketik|reply)\b\W{1,3}(mau|minat|daftar|gabung|join|setuju|lanjut)\b | scam:action | 0.55 | contact |
re:\bhubungi (tim )?(cs|admin|customer service|petugas|agen)( kami)? (via|lewat|di|melalui) (wa|whatsapp|telegram|tele|nomor)\b | scam:action | 0.65 | contact |
re:\b(tunggu|menunggu|siap|standby|stand by)\b.{0,12}\b(video call|vc|panggilan video)\b | scam:action | 0.6 | contact |
re:\b(pemeriksaan|interogasi|klarifikasi|sidang|berita acara|bap|wawancara)\b.{0,15}\b(via|lewat|melalui|dengan|dgn) (video call|vc|panggilan video|zoom|google meet|whatsapp|wa|telepon|skype)\b | scam:action | 0.75 | contact |
re:\b(ikuti|ikutin|ikutilah|ikuti saja|ikut)\b (saja |aja )?(arahan|instruksi|petunjuk|langkah|perintah)(nya|an)?\b | scam:action | 0.45 | contact |
re:\b(nanti|akan) (cs|admin|petugas|agen|tim)\b.{0,15}\b(wa|whatsapp|hubungi|telpon|telepon|chat|menghubungi)\b | scam:action | 0.55 | contact |
# apps: remote-access IDs read out
re:\b(bacakan|sebutkan|sebutin|kirim|kirimkan|kasih|berikan|infokan|share)\b.{0,15}\b(\d+|sembilan|sepuluh|enam) digit\b | scam:action | 0.75 | code |
re:\b(id|kode|nomor) (anydesk|teamviewer|remote|quicksupport|rustdesk|airdroid)\b | scam:action | 0.8 | app |
# transfers
re:\b(tf|transfer|kirim|kirimin|transferin|tfin)\b (ke|via|lewat) (rek|norek|no rek|dana|ovo|gopay|shopeepay|nomor ini|no ini)\b | scam:action | 0.55 | transfer |
re:\b(dipindahkan|dipindah|pindahkan|dialihkan|alihkan|ditransfer|disimpan|dititipkan)\b.{0,10}\bsementara\b | scam:action | 0.75 | transfer |
re:\brekening (pengamanan|pengaman|sementara|titipan|penampungan|escrow|cadangan|perlindungan|keamanan|panitia|finance|perusahaan kami|admin)\b | scam:action | 0.75 | transfer |
re:\bke (rek|rekening|norek|no rek|nomor rekening|akun|dana|ovo|gopay|nomor) (temen|teman|kawan|temenku|temanku|sodara|saudara|adik|adek|istri|suami|bos|atasan|klien|agen|dokter|travel|agen travel|kerabat)\w*\b | scam:action | 0.65 | transfer |
re:\b(menyetor|setor|setorkan|menyetorkan|deposit|transfer|mentransfer|kirim|lunasi|melunasi)\b (biaya|uang jaminan|jaminan|tebusan|kekurangan|dana jaminan)\w*\b | scam:action | 0.6 | transfer |
re:\b(transfer|tf|kirim|transferkan|transferin)\w* (pajak|denda)\w*\b | scam:action | 0.65 | transfer |
re:\b(bayar|membayar|transfer|setor|menyetor)\b (biaya |uang )?(pendaftaran|registrasi|id member|member|seragam|pelatihan|training|aktivasi|verifikasi|pencairan|penarikan|withdraw|asuransi|materai|notaris|jaminan)\b | scam:action | 0.55 | transfer |
re:\b(transfer|tf|bayar|kirim|lunasi)\w*\b (dp|uang muka|down payment|booking fee|tanda jadi)\b | scam:action | 0.45 | transfer |
re:\bsiapkan (dana|duit|biaya|tebusan|jaminan|uang damai|uang jaminan|uang tebusan|uang tunai sebesar)\b | scam:action | 0.65 | transfer |
re:\b(tolong|bisa|bs|boleh|mohon)\b.{0,12}\b(bayarin|talangin|talangi|tanggungin|transferin|tfin|pinjemin|pinjamin)\b | scam:action | 0.6 | transfer |
re:\b(tolong|mohon|harap)\b.{0,12}\b(dikembalikan|kembalikan|balikin|dibalikin|ditransfer balik|transfer balik)\b.{0,15}\b(rek|rekening|norek|nomor|no rek)\b | scam:action | 0.65 | transfer |
re:\b(tolong|bantu|mohon)\b.{0,8}\b(top up|topup|isi saldo|isiin|belikan|beliin)\b | scam:action | 0.6 | transfer |
re:\b(pinjem|pinjam|minjem|minjam)\b.{0,8}\b(dulu|duit|uang|dana|rp|idr)\b | scam:action | 0.45 | transfer |
re:\b(coba|cobain|mulai)\b.{0,5}\b(deposit|depo)\b | scam:action | 0.5 | transfer |
# codes: numbers that just came in, to be forwarded
re:\b(angka|kode|digit|pin|otp)\w*\b.{0,10}\b(yg|yang) (barusan |baru |tadi |baru saja |udah )?(masuk|dikirim|muncul|sampai|nyampe)\b | scam:action | 0.75 | code |
re:\b(kode|otp|angka|sms)\w*\b.{0,50}\b(diteruskan|teruskan|forward|diforward|terusin|terusin)\b | scam:action | 0.8 | code |
re:\b(masukin|masukkan|masukan|isi|input|ketik|inputkan)\b.{0,20}\b(pin|otp|kode otp|password|kata sandi|mpin)\b | scam:action | 0.75 | code |
# details: national ID numbers, bank and balance
re:\b(kirim|kirimkan|kirimin|kasih|sebutkan|sebutin|infokan|berikan|isi)\b.{0,15}\b(nama bank|no rek|no rekening|nomor rekening|norek)\b | scam:action | 0.5 | details |
re:\b(kirim|kirimkan|kirimin|sebutkan|sebutin|kasih|infokan|foto|fotoin|screenshot|ss)\b.{0,35}\bsaldo (terakhir|akhir|saat ini|sekarang)\b | scam:action | 0.6 | details |
re:\bsiapkan (ktp|kartu atm|kartu identitas|identitas|buku tabungan|nik)\b | scam:action | 0.45 | details |
re:\b(isi|masukkan|masukin|kirim)\b.{0,25}\bnomor kartu (debit|kredit|atm)\b | scam:action | 0.75 | details |

# ======================================================================= awareness and advice
ngaku-ngaku              | scam:aware |  |  |
ngaku2                   | scam:aware |  |  |
scammer                  | scam:aware |  |  |
kena scam                | scam:aware |  |  |
penipuan berkedok        | scam:aware |  |  |
hati2                    | scam:aware |  |  |
mewaspadai               | scam:aware |  |  |
mengimbau                | scam:aware |  |  |
menghimbau               | scam:aware |  |  |
pesan berantai           | scam:aware |  |  |
re:\b(yg|yang) (ngaku|ngakunya|mengaku|mengatasnamakan)\b | scam:aware |  |  |
mengaku sebagai          | scam:aware |  |  |
mengaku dari             | scam:aware |  |  |
re:\buntung (ga|gak|nggak|tidak|belum|blm) (dibuka|diklik|diangkat|ditanggapi|kena|ketipu|transfer|dikasih)\b | scam:aware |  |  |
re:\b(hapus|hps) (&|dan|terus|lalu) (blokir|block|report|laporkan)\b | scam:aware |  |  |
re:\b(informasi|info|pendaftaran|pengumuman) resmi hanya\b | scam:aware |  |  |
re:\b(aku|saya|gue|gw|langsung) (tolak|menolak|nolak|skip|abaikan|blokir)\b | scam:aware |  |  |
re:\b(janji|menjanjikan|janjiin|iming-iming)\b.{0,10}\b(untung|profit|cuan|keuntungan|return|hasil)\b | scam:aware |  |  |
re:\b(jangan|jgn|dilarang|tidak boleh) (memberikan|berikan|kasih|kasihkan|membagikan|bagikan|share|sebarkan|menyebarkan|kirimkan|mengirimkan|infokan)\b.{0,15}\b(kode|otp|pin|password|kata sandi)\b | scam:aware |  |  |
re:\b(tidak|tdk|tak|nggak|gak|ga) (akan |pernah )(menanyakan|menanyakannya|memintanya|nanya|nanyain|minta)\b | scam:aware |  |  |
re:\b(kode|otp|pin)\b.{0,12}\b(bersifat rahasia|rahasia)\b.{0,30}\b(hanya|jangan|tidak)\b | scam:aware |  |  |
re:\bbukan (lewat |melalui |via |dengan )?(transfer )?(ke )?(rekening|nomor|akun) (pribadi|perorangan|perseorangan|personal)\b | scam:aware |  |  |

# ======================================================================= ordinary phrases
re:\b(kurir|driver)\b.{0,15}\b(hubungi|menghubungi|telpon|nelpon|chat|wa)\b.{0,20}\bsebelum (antar|mengantar|diantar|pengantaran|sampai|tiba|datang)\b | allow |  |  |
re:\bmenetapkan\b.{0,40}\bsebagai tersangka\b | allow |  |  |
re:\b(gaji|upah|gapok|gaji pokok)\b.{0,30}[+&] ?(bonus|insentif|tunjangan|uang makan|bpjs|komisi|lembur)\b | allow |  |  |
re:\bbayar\w* (pas|saat|ketika|waktu|setelah|kalau) (barang|paket|pesanan|orderan)\w* (diterima|sampai|datang|tiba|nyampe)\b | allow |  |  |
re:\bgratis\W{0,3}(ga|gak|tidak|tdk|tanpa|nggak) (ada )?(pungutan|biaya|dipungut)\b | allow |  |  |
re:\b(promo|diskon|harga|penawaran) berlaku (s/d|sampai|hingga)\b | allow |  |  |
