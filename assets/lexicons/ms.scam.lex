# Malay scam moves: guaranteed investment returns, money doubling, easy daily-pay jobs, urgency,
# "PM/WhatsApp saya", prize notices ("tahniah anda menang"), TAC/OTP requests, Macau-scam style
# police or bank threats, fee-first loans and deposits.
@format 1
@lang ms
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- guaranteed returns ----
re:\b(pulangan|untung|keuntungan|profit) (dijamin|terjamin|pasti|tetap|harian|setiap hari|tiap hari|lumayan setiap hari)\b | scam | 0.55 | scam_guaranteed_returns |
re:\bjaminan (untung|pulangan|keuntungan|profit)\b | scam | 0.6 | scam_guaranteed_returns |
re:\bmodal (kecil|rm ?\d+) (untung|pulangan|profit) (besar|berlipat|lumayan|ribu)\b | scam | 0.6 | scam_guaranteed_returns |
re:\b\d+([.,]\d+)? ?% (sehari|seminggu|sebulan|setiap hari|tiap hari|per hari)\b | scam | 0.45 | scam_guaranteed_returns |
re:\b(labur|melabur|invest|deposit) rm ?\d[\d,.]*k?\b.{0,40}\b(dapat|terima|untung|balik|pulangan) rm ?\d[\d,.]*k?\b | scam | 0.6 | scam_guaranteed_returns |
re:\bpelaburan (tanpa risiko|selamat dijamin|patuh syariah dijamin|pasti untung)\b | scam | 0.6 | scam_guaranteed_returns |
tanpa risiko      | scam | 0.35 | scam_guaranteed_returns |
skim cepat kaya   | scam | 0.3 | scam_guaranteed_returns |
pendapatan pasif  | scam | 0.2 | scam_guaranteed_returns |

# ---- money doubling ----
gandakan duit     | scam | 0.7 | scam_crypto_doubling |
gandakan wang     | scam | 0.7 | scam_crypto_doubling |
duit berganda     | scam | 0.6 | scam_crypto_doubling |
re:\b(gandakan|double) (modal|duit|wang|bitcoin|crypto|kripto)\b | scam | 0.65 | scam_crypto_doubling |

# ---- easy-money jobs ----
kerja dari rumah  | scam | 0.3 | scam_job_offer |
gaji harian       | scam | 0.25 | scam_job_offer |
bayaran harian    | scam | 0.4 | scam_job_offer |
kerja sambilan    | scam | 0.2 | scam_job_offer |
re:\b(dapat|gaji|bayaran|upah|komisen|pendapatan) rm ?\d[\d,.]*k? ?(sehari|setiap hari|per hari|satu hari|per tugasan)\b | scam | 0.5 | scam_job_offer |
# an ordinary hourly wage ("gaji RM9 sejam") is no scam; three-figure hourly pay is
re:\b(dapat|gaji|bayaran|upah|komisen|pendapatan) rm ?\d{3}[\d,.]*k? ?(sejam|per jam|setiap jam)\b | scam | 0.5 | scam_job_offer |
re:\b(hanya|cuma|cukup) (perlu )?(like|follow|tonton|subscribe|guna telefon|modal telefon|handphone)\b.{0,40}\b(dapat|gaji|bayaran|duit|rm)\b | scam | 0.6 | scam_job_offer |
re:\b(tugasan|task) (like|follow|tonton|review|rating)\b | scam | 0.45 | scam_job_offer |
re:\bkomisen (harian|tinggi|segera)\b | scam | 0.4 | scam_job_offer |

# ---- urgency ----
re:\bsegera (hubungi|tuntut|transfer|buat pembayaran|sahkan|kemaskini)\b | scam | 0.4 | scam_urgency |
re:\b(akaun|kad|nombor|talian) (anda|awak|bank anda|tuan|puan) (telah |akan )?(dibekukan|disekat|digantung|ditutup|dinyahaktifkan|diblok)\b | scam | 0.6 | scam_urgency |
re:\bdalam (masa )?(24|48) jam\b | scam | 0.2 | scam_urgency |
re:\b(tempat|slot|kuota) terhad\b | scam | 0.25 | scam_urgency |

# ---- off-platform ----
re:\b(whatsapp|wasap|ws|wassap|wa|pm|hubungi|telegram) (saya|kami|admin|terus|segera)\b | scam | 0.3 | scam_off_platform |
pm tepi           | scam | 0.2 | scam_off_platform |
re:\b(whatsapp|wasap|ws|wa|hubungi)\W{0,3}(\+?60|0)1\d[\d -]{7,9}\b | scam | 0.25 | scam_off_platform |
re:\bklik (link|pautan) (di bawah|dibawah|ini|berikut|di bio)\b | scam | 0.35 | scam_off_platform |

# ---- prizes ----
re:\btahniah,? (anda|awak|tuan|puan|tuan/puan) (telah )?(memenangi|menang|terpilih|layak|berjaya memenangi)\b | scam | 0.65 | scam_prize |
re:\b(anda|tuan|puan) (telah )?(memenangi|terpilih sebagai pemenang|layak menerima)\b | scam | 0.55 | scam_prize |
tuntut hadiah     | scam | 0.55 | scam_prize |
cabutan bertuah   | scam | 0.3 | scam_prize |
cukai hadiah      | scam | 0.6 | scam_prize |
re:\bhadiah (wang tunai|rm ?\d|kereta|motosikal|iphone)\b | scam | 0.4 | scam_prize |

# ---- TAC / OTP / bank details ----
re:\b(hantar|bagi|berikan|beritahu|bagitahu|share|sebut|forward) (kod )?(tac|otp|pin|kata laluan|password|nombor kad|no kad|cvv|kod pengesahan|kod 6 digit)\b | scam | 0.75 | scam_credentials | severe
re:\b(salah|tersalah|terhantar) (hantar )?(kod|tac|otp)\b | scam | 0.7 | scam_credentials | severe
re:\b(kemaskini|kemas kini|sahkan|pengesahan) (maklumat|akaun|data) (bank |akaun )?(anda|awak|tuan|puan)\b | scam | 0.45 | scam_credentials |
kod tac           | scam | 0.25 | scam_credentials |

# ---- payment requests, fee-first loans, Macau scam ----
re:\bbayar (deposit|yuran|cukai|caj|duti|fi) (dulu|terlebih dahulu|pendahuluan)\b | scam | 0.6 | scam_payment_request |
re:\byuran (pemprosesan|guaman|pendaftaran|pengeluaran|insurans pinjaman)\b | scam | 0.45 | scam_payment_request |
re:\bpinjaman (segera|tanpa cagaran|tanpa dokumen|tanpa ctos|tanpa penjamin|peribadi segera)\b | scam | 0.45 | scam_payment_request |
tanpa ctos        | scam | 0.5 | scam_payment_request |
re:\blulus (cepat|segera|dalam \d+ (minit|jam))\b | scam | 0.4 | scam_payment_request |
re:\b(pegawai|dari|daripada) (polis|pdrm|bank negara|bnm|lhdn|mahkamah|mcmc|sprm)\b.{0,60}\b(akaun|pindahkan|transfer|wang|duit|waran tangkap)\b | scam | 0.7 | scam_payment_request | severe
re:\bpindahkan (wang|duit) (anda |awak )?(ke )?(akaun )?(selamat|lain|ini|berikut)\b | scam | 0.65 | scam_payment_request | severe
akaun selamat     | scam | 0.5 | scam_payment_request |
waran tangkap     | scam | 0.4 | scam_payment_request |
re:\b(ini|saya) (mak|ayah|abang|kakak),? (nombor|no) baru\b | scam | 0.55 | scam_payment_request |

# ---- TAC requests posing as the bank, deposit-doubling (added 2026-12, original work, MIT) ----
re:\b(beri|bagi|berikan|hantar|share|sebut|bagitau) (nombor |kod |no )?(tac|otp|pin)\b | scam | 0.75 | scam_credentials | severe
re:\b(saya|kami) (dari|daripada) (pihak )?(bank|maybank|cimb|bank negara|lhdn|polis)\b | scam | 0.35 | scam_urgency |
re:\bakaun (anda |awak )?(tak |akan |telah )?(disekat|dibekukan|digantung)\b | scam | 0.45 | scam_urgency |
re:\b(deposit|masuk|labur|invest|topup) rm ?\d+ (jadi|dapat|dpt|terus dapat) rm ?\d+\b | scam | 0.65 | scam_crypto_doubling |
re:\b(confirm|gerenti|guarantee|pasti) (untung|profit|dapat)\b | scam | 0.5 | scam_guaranteed_returns |
re:\bjoin (group|grup) (telegram|whatsapp|tele)\b | scam | 0.3 | scam_off_platform |
