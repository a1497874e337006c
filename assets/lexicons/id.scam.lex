# Indonesian scam moves: fake investment ("investasi bodong") promises, money doubling, online
# gambling promos, easy jobs paid daily, urgency, "hubungi WA", prize notices ("anda menang"),
# OTP and PIN requests, transfer and fee requests, "mama minta pulsa", instant-loan bait.
@format 1
@lang id
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- guaranteed returns ----
re:\b(dijamin|terjamin|dijamin pasti|garansi) (untung|profit|cuan|balik modal|aman|100 ?%|menang|wd|jp|cair|hasil)\b | scam | 0.65 | scam_guaranteed_returns |
re:\b(pasti|pst|auto) (untung|profit|cuan|wd|jp|maxwin|jackpot|menang|cair|balik modal)\b | scam | 0.5 | scam_guaranteed_returns |
re:\b(untung|keuntungan|profit|hasil|penghasilan|return) (pasti|tetap|terjamin|dijamin|stabil|harian|per hari|perhari|setiap hari|tiap hari|tiap minggu|per minggu)\b | scam | 0.55 | scam_guaranteed_returns |
re:\bmodal (kecil|minim|sedikit|receh|\d+ ?(rb|ribu|k)) (untung|hasil|profit|cuan|penghasilan) (besar|gede|jutaan|melimpah|berlipat|puluhan juta)\b | scam | 0.65 | scam_guaranteed_returns |
re:\b\d+([.,]\d+)? ?% (per|tiap|setiap|/) ?(hari|minggu|bulan)\b | scam | 0.45 | scam_guaranteed_returns |
re:\b(tanpa|bebas|zero|nol) (resiko|risiko|risk)\b | scam | 0.4 | scam_guaranteed_returns |
re:\bbalik modal (dalam|cuma|hanya) \d+ (hari|minggu|jam)\b | scam | 0.55 | scam_guaranteed_returns |
re:\b(investasi|invest|nabung|titip dana|deposit) \d[\d.,]* ?(rb|ribu|k|jt|juta)?\b.{0,40}\b(dapat|dapet|jadi|balik|terima|profit) \d[\d.,]* ?(rb|ribu|k|jt|juta)\b | scam | 0.6 | scam_guaranteed_returns |
robot trading     | scam | 0.45 | scam_guaranteed_returns |
auto cuan         | scam | 0.45 | scam_guaranteed_returns |
auto profit       | scam | 0.45 | scam_guaranteed_returns |
money game        | scam | 0.4 | scam_guaranteed_returns |
binary option     | scam | 0.4 | scam_guaranteed_returns |
passive income    | scam | 0.2 | scam_guaranteed_returns |
member get member | scam | 0.25 | scam_guaranteed_returns |
arisan online     | scam | 0.25 | scam_guaranteed_returns |
profit konsisten  | scam | 0.45 | scam_guaranteed_returns |
cuan harian       | scam | 0.5 | scam_guaranteed_returns |

# ---- online gambling promos (sold as sure wins) ----
slot gacor        | scam | 0.6 | scam_guaranteed_returns |
situs gacor       | scam | 0.6 | scam_guaranteed_returns |
link gacor        | scam | 0.6 | scam_guaranteed_returns |
situs slot        | scam | 0.45 | scam_guaranteed_returns |
slot online       | scam | 0.4 | scam_guaranteed_returns |
gampang maxwin    | scam | 0.65 | scam_guaranteed_returns |
gampang menang    | scam | 0.4 | scam_guaranteed_returns |
gampang jp        | scam | 0.6 | scam_guaranteed_returns |
maxwin            | scam | 0.4 | scam_guaranteed_returns |
bonus new member  | scam | 0.45 | scam_guaranteed_returns |
scatter hitam     | scam | 0.5 | scam_guaranteed_returns |
mahjong ways      | scam | 0.4 | scam_guaranteed_returns |
rtp live          | scam | 0.5 | scam_guaranteed_returns |
rtp slot          | scam | 0.5 | scam_guaranteed_returns |
deposit pulsa tanpa potongan | scam | 0.55 | scam_guaranteed_returns |
togel online      | scam | 0.5 | scam_guaranteed_returns |
bandar togel      | scam | 0.5 | scam_guaranteed_returns |
re:\b(depo|deposit) (\d+ ?(rb|ribu|k)|receh|kecil)\b.{0,30}\b(wd|withdraw|cair|jp|maxwin)\b | scam | 0.6 | scam_guaranteed_returns |

# ---- money doubling ----
gandakan uang     | scam | 0.7 | scam_crypto_doubling |
penggandaan uang  | scam | 0.65 | scam_crypto_doubling |
menggandakan uang | scam | 0.65 | scam_crypto_doubling |
uang berlipat ganda | scam | 0.6 | scam_crypto_doubling |
re:\b(gandakan|lipat gandakan|dobel|double) (saldo|modal|bitcoin|btc|kripto|crypto|usdt|dana|duit)\b | scam | 0.65 | scam_crypto_doubling |
re:\b(kirim|transfer|tf|depo) \d[\d.,]* ?(rb|ribu|k|jt|juta|btc|eth|usdt)?,? (dapat|dapet|jadi|balik|langsung dapat|kembali) \d[\d.,]* ?(rb|ribu|k|jt|juta|btc|eth|usdt)?\b | scam | 0.65 | scam_crypto_doubling |
re:\b(giveaway|bagi[- ]bagi) (bitcoin|btc|kripto|crypto|usdt|saldo dana|saldo)\b | scam | 0.45 | scam_crypto_doubling |

# ---- easy-money job offers ----
kerja dari rumah  | scam | 0.3 | scam_job_offer |
gaji harian       | scam | 0.25 | scam_job_offer |
dibayar harian    | scam | 0.45 | scam_job_offer |
dibayar per hari  | scam | 0.45 | scam_job_offer |
bayaran harian    | scam | 0.4 | scam_job_offer |
kerja sampingan   | scam | 0.25 | scam_job_offer |
kerja online      | scam | 0.3 | scam_job_offer |
tanpa pengalaman  | scam | 0.2 | scam_job_offer |
cuma modal hp     | scam | 0.55 | scam_job_offer |
modal hp doang    | scam | 0.55 | scam_job_offer |
cukup modal hp    | scam | 0.55 | scam_job_offer |
re:\b(gaji|penghasilan|bayaran|komisi|dibayar|dapat|dapet|hasilkan|menghasilkan) (rp ?)?\d[\d.,]* ?(rb|ribu|k|jt|juta)? ?(per|/|tiap|setiap|sehari|perhari) ?(hari|jam|tugas|task|like|video)?\b.{0,60}\b(dari rumah|online|cuma|hanya|modal hp|tanpa pengalaman|sampingan|wa|whatsapp|telegram)\b | scam | 0.6 | scam_job_offer |
re:\b(like|follow|subscribe|nonton|review|rating) (dan|&|\+) (follow|like|subscribe|share|komen)\b.{0,30}\b(dibayar|dapat uang|dapet duit|dapat komisi|dapat saldo|langsung cair)\b | scam | 0.7 | scam_job_offer |
re:\b(tugas|task|kerja|freelance) (like|follow|subscribe|review|rating|nonton|tiktok|youtube|shopee)\b | scam | 0.45 | scam_job_offer |
re:\bdibayar (untuk|buat|cuma|hanya) (like|follow|nonton|subscribe|review|kasih bintang)\b | scam | 0.7 | scam_job_offer |
# daily pay alone is how warung and shop jobs are paid: only the easy-money words count here
re:\b(lowongan|loker|dicari|butuh) (kerja )?(admin|karyawan|pekerja|freelance|reseller)? ?(online|part time|paruh waktu|dari rumah)\b.{0,60}\b(modal hp|tanpa pengalaman|cuma like|hanya like|dari hp|telegram)\b | scam | 0.45 | scam_job_offer |
re:\b(biaya|uang) (pendaftaran|registrasi|seragam|pelatihan|training) (kerja|karyawan|calon)?\b | scam | 0.35 | scam_job_offer |

# ---- urgency ----
re:\bsegera (hubungi|klaim|transfer|konfirmasi|daftar|verifikasi|aktifkan|lakukan pembayaran)\b | scam | 0.4 | scam_urgency |
re:\b(akun|rekening|kartu|nomor|saldo|atm|m-banking|mbanking) (anda|kamu|anda akan|kamu akan|akan) (diblokir|diblokir permanen|dinonaktifkan|ditangguhkan|dibekukan|dihapus|hangus|kena blokir)\b | scam | 0.6 | scam_urgency |
re:\b(batas waktu|berlaku sampai|hanya berlaku) (hari ini|\d+ ?jam|malam ini)\b | scam | 0.35 | scam_urgency |
re:\b(kuota|slot|tempat) terbatas\b | scam | 0.25 | scam_urgency |
re:\bdalam (waktu )?(1x24|24|2x24|1 x 24) jam\b | scam | 0.2 | scam_urgency |
jangan sampai ketinggalan | scam | 0.15 | scam_urgency |

# ---- off-platform contact ----
re:\b(hubungi|hub|chat|kontak|info|daftar|konsultasi|order|pesan) (lebih lanjut |lanjut )?(via |lewat |ke |di |melalui )?(wa|whatsapp|watsap|telegram|tele|admin wa|cs wa)\b | scam | 0.3 | scam_off_platform |
re:\b(wa|whatsapp|telegram|tele|hub|hubungi|cp)\W{0,3}(\+?62|0)8\d{8,11}\b | scam | 0.25 | scam_off_platform |
re:\binfo (lebih lanjut|selengkapnya|lengkap) (hubungi|chat|klik|cek|dm)\b | scam | 0.4 | scam_off_platform |
re:\b(klik|cek|buka) (link|tautan) (di bio|di profil|dibawah|di bawah|berikut|ini)\b | scam | 0.35 | scam_off_platform |
re:\b(cek|liat|lihat) (bio|profil) (aku|saya|kami|ya|kak|gan)\b | scam | 0.25 | scam_off_platform |
re:\b(dm|inbox|japri) (aja |ya |saja )?(untuk|buat|utk) (info|daftar|gabung|join|order|detail)\b | scam | 0.4 | scam_off_platform |

# ---- prizes ----
re:\bselamat,? (anda|kamu|nomor anda|akun anda|rekening anda) (menang|memenangkan|mendapatkan|terpilih|berhak|resmi)\b | scam | 0.65 | scam_prize |
re:\b(anda|kamu) (telah |sudah |resmi )?(menang|memenangkan|terpilih (sebagai|menjadi) pemenang|mendapatkan hadiah)\b | scam | 0.45 | scam_prize |
re:\bpemenang (undian|giveaway|program|hadiah|kuis|lucky draw)\b | scam | 0.4 | scam_prize |
undian berhadiah  | scam | 0.4 | scam_prize |
klaim hadiah      | scam | 0.55 | scam_prize |
pin pemenang      | scam | 0.7 | scam_prize |
kode pemenang     | scam | 0.55 | scam_prize |
pajak hadiah      | scam | 0.6 | scam_prize |
cek tunai         | scam | 0.35 | scam_prize |
re:\bhadiah (uang tunai|mobil|motor|rp ?\d|\d+ ?(jt|juta)|umroh)\b | scam | 0.4 | scam_prize |
re:\b(mendapatkan|dapat|memenangkan) (cek|hadiah|uang) (tunai )?(sebesar|senilai) (rp ?)?\d | scam | 0.55 | scam_prize |

# ---- OTP, PIN, bank data ----
re:\b(kirim|kirimkan|kirimin|berikan|kasih|kasi|sebutkan|sebutin|bacakan|infokan|share|minta|fotoin|foto) (kode |nomor )?(otp|kode verifikasi|kode aktivasi|kode sms|kode yang masuk|kode yg masuk|kode tadi|6 digit|enam digit|pin atm|pin|password|kata sandi|cvv|nomor kartu|data kartu|kode unik)\b | scam | 0.75 | scam_credentials | severe
re:\b(salah|keliru|tidak sengaja|gak sengaja) (kirim|masukin|masukkan|input) (kode|nomor|nomer|otp)\b | scam | 0.7 | scam_credentials | severe
re:\b(verifikasi|validasi|update|pembaruan|perbarui|sinkronisasi) (data|akun|rekening) (nasabah|anda|kamu)\b | scam | 0.45 | scam_credentials |
re:\bperubahan tarif (transfer|transaksi|bank)\b | scam | 0.6 | scam_credentials |
re:\btarif (transfer|transaksi) (baru|berubah|naik)\b.{0,60}\b(klik|link|isi|formulir|setuju|tidak setuju)\b | scam | 0.6 | scam_credentials |
re:\b(undangan|surat tilang|tilang|resi|cek resi|foto paket|paket|tagihan|surat panggilan|lihat foto)\S*\s.{0,30}\bapk\b | scam | 0.7 | scam_credentials | severe
kode otp          | scam | 0.25 | scam_credentials |

# ---- payment requests ----
transfer dulu     | scam | 0.35 | scam_payment_request |
tf dulu           | scam | 0.35 | scam_payment_request |
biaya admin       | scam | 0.3 | scam_payment_request |
biaya administrasi | scam | 0.3 | scam_payment_request |
biaya pencairan   | scam | 0.6 | scam_payment_request |
biaya aktivasi    | scam | 0.45 | scam_payment_request |
biaya pengiriman hadiah | scam | 0.75 | scam_payment_request |
biaya balik nama  | scam | 0.35 | scam_payment_request |
re:\btransfer (ke )?(rekening|rek|no rek|nomor rekening) (berikut|ini|di bawah|dibawah|atas nama)\b | scam | 0.45 | scam_payment_request |
re:\b(kirim|kirimin|isiin|beliin|tolong kirim|tolong isiin|tolong beliin) (pulsa|saldo|voucher)\b.{0,30}\b(dulu|sekarang|penting|nanti (mama|papa|aku) ganti|nanti diganti)\b | scam | 0.5 | scam_payment_request |
mama minta pulsa  | scam | 0.8 | scam_payment_request |
re:\b(ini|dari) (mama|mamah|papa|ibu|bapak|ayah|om|tante|kakak),? (nomor|no|nomer|nmr) (baru|lama|yg lama|yang lama)\b | scam | 0.6 | scam_payment_request |
re:\b(lagi|sedang) (di kantor polisi|ditahan polisi|di rumah sakit|kecelakaan)\b.{0,60}\b(transfer|kirim uang|kirim pulsa|tolong kirim|butuh uang)\b | scam | 0.7 | scam_payment_request | severe

# ---- instant-loan bait ----
re:\bpinjaman (dana |online |tunai |uang )?(tanpa (jaminan|agunan|bi checking|survey|survei|ribet|slip gaji)|cepat cair|langsung cair|cair cepat)\b | scam | 0.5 | scam_payment_request |
re:\b(cair|acc|disetujui) (dalam |cuma |hanya )?\d+ (menit|jam)\b | scam | 0.45 | scam_payment_request |
tanpa bi checking | scam | 0.5 | scam_payment_request |
dana cepat cair   | scam | 0.45 | scam_payment_request |

# ---- OTP "sent by mistake", parcel held with an APK to open (added 2026-12, original work, MIT) ----
re:\b(otp|kode)\w*.{0,20}\b(salah kirim|kekirim|ke-?kirim|terkirim)\b | scam | 0.7 | scam_credentials | severe
re:\b(kirim|kirimin|kirimkan|balikin) (balik|lagi|kembali) (kode|otp)\w*\b | scam | 0.6 | scam_credentials |
re:\b(tolong )?(kirimin|kirimkan|kirim) balik\b | scam | 0.3 | scam_credentials |
re:\.apk\b | scam | 0.5 | scam_credentials |
re:\bpaket (anda|kamu|km) (tertahan|ditahan|gagal dikirim|bermasalah)\b | scam | 0.45 | scam_urgency |
