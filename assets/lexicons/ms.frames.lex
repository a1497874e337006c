# Malay implicit-derogation frames for the target x predicate layer: hate said without a slur or an
# explicit insult (HateCheck's "implicit derogation"): where a group "belongs", what it is "only fit
# for", what happens to a place when it arrives, rights it should not have, refusing to rent, hire
# or sit with it, families that would disown a child who married one, "in their blood".
# None of these scores alone; each counts only when the same sentence names a group (or a pronoun
# such as "diorang", "puak ni" points back to one). Frames already in ms.groups.lex (balik negara
# asal, duduk dapur, tak layak mengundi, jangan sewa, cuci tandas je, rosak sejak, lagi bagus kalau
# takde ...) are not repeated. Negators that belong to a frame ("tak patut", "takkan") stay inside
# the pattern. Note that "kaum", "bangsa", "agama" and "perempuan" are group words themselves.
@format 1
@lang ms
@source Original work written for Waspada, 2026-12 (implicit-derogation frames from general knowledge of the language, following the functionality design of HateCheck, Röttger et al., ACL 2021)
@licence MIT
# term | category | weight | key | flags

# ---- pred:exclude: where they "belong" (hutan, estet, kandang, negara asal)
re:\btempat (diorang|dorang|mereka|korang|kau|depa|hangpa|hampa|puak ni|puak tu|dia orang|derang|orang macam ni|orang macam tu|golongan ni|kaum ni|bangsa ni)( ni| tu| semua)? (sepatutnya|patutnya|cuma|hanya|memang|layak|yang sesuai)( di| kat| dalam| dekat| dkt)? (hutan|dapur|ladang|estet|gua|reban|kandang|longkang|setinggan|kem|negara asal|negara sendiri|tanah asal|kampung asal|penjara|lokap|tong sampah|jalanan|tepi jalan|bawah jambatan|zoo)\b | pred:exclude | 0.85 | exclusion_group
re:\b(patut|sepatutnya|layak|elok|lebih baik|patutnya|biar)( \w+)? (duduk|tinggal|menetap|berada|hidup|dikurung|dihantar|dihumban|dicampak) (di|kat|dalam|dekat|dlm|dkt|ke) (hutan|ladang|estet|gua|reban|kandang|longkang|setinggan|kem tahanan|kem pelarian|negara asal|negara sendiri|tanah asal|tong sampah|bawah jambatan|pulau terpencil|pulau bidong)\b | pred:exclude | 0.85 | exclusion_group
re:\b(balik|pulang|kembali)( ke| kat)? (estet|ladang getah|kebun getah|toreh getah|menoreh getah|ladang tebu)\b | pred:exclude | 0.8 | exclusion_group
re:\b(tak payah|tak perlu|x payah|tak usah|tak yah|buat apa|jangan)( \w+)? (belajar tinggi|sambung belajar|masuk politik|berpolitik|jadi pemimpin|memimpin|pegang jawatan|jadi bos|jadi menteri|jadi ketua|jadi hakim)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:exclude: rights denied (hak, kerakyatan, jawatan, suara)
re:\b(tak|tidak|x|tk|jangan) (patut|sepatutnya|layak|berhak|boleh|perlu|usah)( \w+)? (diberi|dibagi|dapat|ada|memiliki|miliki|pegang|menerima|terima)( \w+)? (hak|hak mengundi|hak sama rata|kerakyatan|ic biru|mykad|kewarganegaraan|kuasa|biasiswa|jawatan)\b | pred:exclude | 0.8 | exclusion_group
re:\b(tak|tidak|x|tk) (patut|layak|boleh|sepatutnya|berhak|sesuai) (jadi|menjadi|dilantik jadi|dilantik sebagai|pegang jawatan|memegang jawatan) (pemimpin|ketua|menteri|perdana menteri|pm|hakim|guru|cikgu|doktor|polis|askar|tentera|pegawai|ceo|bos|ketua pengarah|ahli parlimen|wakil rakyat|mb|menteri besar|ketua menteri)\b | pred:exclude | 0.8 | exclusion_group
re:\b(undi|suara|pendapat|kesaksian|pandangan)( \w+)? (tak|tidak|x) (patut|perlu|usah|payah|layak)( \w+)? (dikira|diambil kira|didengar|dipedulikan|dilayan|diterima)\b | pred:exclude | 0.8 | exclusion_group
re:\b(rampas|lucutkan|lucut|batalkan|gugurkan)( \w+)? (hak mengundi|kerakyatan|ic biru|mykad|kewarganegaraan|status bumiputera|taraf kewarganegaraan)\b | pred:exclude | 0.8 | exclusion_group
re:\b(jangan|tak|tidak|x) (bagi|benarkan|boleh|patut|biar)( \w+)? (guna|pakai|masuk|berkongsi|kongsi|mandi di|minum di|makan di|sembahyang di|belajar di|sekolah di)( \w+)? (tandas|bilik air|kolam|kolam renang|sekolah|kelas|pinggan|cawan|gelas|sudu|perigi|paip|kedai|restoran|rumah|kampung|taman|kawasan)( kita| kami| kitorang| aku| saya| yang sama)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:exclude: refusing to rent, hire, sell to, sit with, marry
re:\b(aku|saya|kami|kitorang|kitaorang|gua|aq|ak)( memang| sumpah)? (tak|tidak|x|takkan|tak akan|tak kan|tak nak|taknak|x nak|xnak|tak mahu|tidak mahu|enggan|tak pernah|tidak akan)( sesekali| pernah| sekali-kali)? (sewa|sewakan|menyewakan|sewa rumah|sewa bilik|bagi sewa|ambil kerja|ambil bekerja|gaji|menggaji|upah|jual rumah|jual tanah|duduk sebelah|duduk semeja|makan semeja|kongsi tandas|berkongsi tandas|kongsi bilik|kongsi pinggan|berjiran|kahwin|kawin|berkahwin|bermenantukan|berkawan|kawan)( \w+)?( dengan| dgn| kepada| kat| pada| sebelah)?\b | pred:exclude | 0.8 | exclusion_group
re:\b(no|tak terima|tidak terima|x terima|tolak) (india|indian|indians|keling|mamak|bangla|indon|warga asing|foreigner|foreigners|african|africans|negro)( tenants?| penyewa| please| pls| plz| sorry| thanks| allowed| sahaja| je| only|,? no pets|,? no dogs)\b | pred:exclude | 0.8 | exclusion_group
re:\b(jangan|tak payah|x payah|jgn|tak usah) (ambil|ambik|upah|gaji|hire|guna|pakai) (pekerja|orang|maid|pembantu|driver|pemandu|cikgu|tutor|tukang|kontraktor|doktor)\b | pred:exclude | 0.75 | exclusion_group

# ---- pred:exclude: better without them, good riddance, the fewer the better
re:\b(aman|bersih|selamat|tenang|maju|makmur|bagus|elok)( la| lah| sikit| sikit la)? (negara|malaysia|kampung|taman|kawasan|tempat|bandar|dunia|sekolah|pejabat)( kita| ni| ini| kami)? (kalau|jika|bila|kalo|klu)( \w+){0,2} (takde|tiada|tak ada|xde|x ada|hilang|pupus|berambus|dihalau|dihantar balik|lenyap)\b | pred:exclude | 0.85 | exclusion_group
re:\b(syukur|alhamdulillah|baguslah|bagus la|padan muka|puas hati|lega)( \w+){0,3} (dah |sudah |akhirnya )?(berambus|dihalau|diusir|dihantar balik|kena halau|kena usir|kena hantar balik|blah|nyah)\b | pred:exclude | 0.8 | exclusion_group
re:\blagi (kurang|sikit|sedikit)( \w+){1,3},? lagi (bagus|baik|aman|elok|selamat|bersih)\b | pred:exclude | 0.85 | exclusion_group
re:\b(bersihkan|cuci|sapu|nyahkan)( \w+)? (negara|malaysia|kampung|taman|kawasan|bandar|tanah air|negeri)( \w+)? (dari|daripada) (pendatang|warga asing|bangla|indon|rohingya|pelarian|cina|india|keling|melayu|kafir|lgbt|pondan|puak|golongan|kaum|diorang|mereka|orang|bangsa)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:exclude: keep them away from our children
re:\b(jangan|tak|tidak|x|takkan|tak akan)( \w+)? (bagi|biar|benarkan|izinkan|percaya|amanahkan|tinggalkan)( \w+){0,2} (jaga|ajar|mengajar|dekat|pegang|sentuh|dukung|main dengan|bermain dengan|mandikan|jagakan)( \w+)? (anak|anak-anak|anak2|budak|budak-budak|bayi|baby) (aku|kami|kita|saya|kitorang|korang|kau|hang|awak|kamu)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:exclude: "patut bersyukur", guests on someone else's land
re:\b(patut|kena|mesti|sepatutnya|harus|perlu|sedarlah|ingat|wajib)( \w+)? (bersyukur|berterima kasih|berterimakasih|kenang budi|ingat budi|sedar diri)( \w+){0,3} (menumpang|tumpang|dibenarkan|diberi|dibagi|diterima|kita (bagi|benarkan|terima)|kami (bagi|benarkan|terima)|orang melayu (bagi|benarkan|terima)|tuan rumah)\b | pred:exclude | 0.85 | exclusion_group
re:\b(menumpang|tumpang|penumpang|orang luar)( je| saja| sahaja| jela| semata-mata)? (di|kat|dalam|dekat|dkt) (negara|tanah|bumi|tanah air) (ni|ini|orang|kita|kami|melayu|malaysia)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:attribute: contamination (sejak diorang masuk ..., harga rumah jatuh, jenayah naik)
re:\b(harga|nilai) (rumah|hartanah|tanah|property|properti)( \w+){0,3} (jatuh|turun|merudum|menjunam|murah|anjlok)( \w+){0,3} (sebab|kerana|bila|sejak|lepas|gara-gara|akibat|disebabkan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(sejak|semenjak|lepas|selepas|bila|sebab|kerana|gara-gara)( \w+){1,3} (masuk|datang|pindah|duduk|tinggal|menetap|melambak|berlambak|membanjiri|ramai)( \w+){0,4} (jadi|terus|makin|semakin)( \w+)? (kotor|busuk|bising|huru-hara|bahaya|tak selamat|mundur|jahanam|hancur|teruk|setinggan|sarang)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(jenayah|kes curi|kes rompak|kecurian|rompakan|kes rogol|dadah|penyakit|sampah|kekotoran|masalah sosial)( \w+)? (naik|meningkat|bertambah|melambung|melonjak|makin banyak|makin tinggi|berleluasa)( \w+)? (sejak|semenjak|lepas|selepas|bila|sebab|kerana|gara-gara|disebabkan|akibat)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(di mana|mana-mana|kat mana|ke mana)( je| saja| sahaja| pun)? (diorang|dorang|mereka|depa|puak ni|golongan ni|\w+) (pergi|duduk|tinggal|ada|datang|pijak)( \w+)?,? (mesti|confirm|pasti|sure|tentu|sah)( \w+)? (kotor|busuk|jenayah|masalah|huru-hara|bising|sampah|rosak|hancur|porak-peranda)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(melambak|berlambak|membanjiri|macam cendawan)( \w+)? (kat|di|dalam) (kl|malaysia|negara|sini|bandar|taman|kampung|pasar)\b | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:attribute: suspicion (pegang dompet, ayam hilang, kira jari)
re:\b(jaga|pegang|sorok|simpan|kepit|peluk|kunci)( elok-elok| betul-betul| kuat-kuat| ketat-ketat| baik-baik)? (dompet|beg|beg tangan|handbag|purse|barang kemas|emas|poket|barang-barang|barang2)( \S+)? (bila|kalau|masa|time|tiap kali|setiap kali|asal|bila nampak|kalau nampak|kalau ada|bila ada)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(hilang|lesap|kena curi|kena cilok|kena kebas|kena sapu)( \w+)? (ayam|kambing|kucing|anjing|motor|basikal|selipar|kasut|tong gas|besi|wayar|kabel|barang)( \w+)? (sejak|lepas|semenjak|sebab|kerana|gara-gara|bila|masa)( \w+){0,2} (datang|masuk|pindah|duduk|tinggal|ada)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(ayam|kambing|kucing|anjing|motor|basikal|selipar|kasut|tong gas|besi|wayar|kabel|barang)( \w+)? (hilang|lesap|kena curi|kena cilok|kena kebas|kena sapu)( \w+)? (sejak|lepas|semenjak|sebab|kerana|gara-gara|bila|masa)( \w+){0,2} (datang|masuk|pindah|duduk|tinggal|ada)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(kira|kire|check|cek|tengok)( \w+)? (jari|baki|duit baki|jari tangan)( \w+)? (lepas|selepas|bila|setiap kali|tiap kali|masa) (salam|bersalam|berurusan|berniaga|jual beli|beli)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: servitude (lahir untuk jadi hamba, cuma reti cuci pinggan)
re:\b(lahir|dilahirkan|dicipta|ditakdirkan|memang ditakdirkan)( \w+)? (untuk |utk |nak |buat )?(jadi |menjadi )?(hamba|kuli|orang gaji|maid|pembantu rumah|orang suruhan|buruh|abdi|khadam|tukang cuci|penoreh getah)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(cuma|hanya|cuma tahu|hanya tahu|reti|cuma reti)( \w+)? (cuci|basuh|sapu|menoreh|toreh|angkat|kutip)( \w+)? (tandas|jamban|pinggan|lantai|longkang|getah|batu|simen|sampah|rumah orang|kereta orang|kain)( je| saja| sahaja| jela| sajalah| lah| la)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(jadi|menjadi|sebagai)( \w+)? (hamba|kuli|orang gaji|khadam|orang suruhan|abdi|budak suruhan)( \w+)? (sampai bila-bila|selamanya|seumur hidup|sampai mati|turun-temurun)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(kena|mesti|perlu|patut|harus|wajib|sila)( \w+)? (tahu|kenal|sedar|ingat) (tempat|kedudukan|taraf|darjat|asal usul|asal) (diorang|dorang|mereka|depa|sendiri|korang|kau|hang|masing-masing)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(perempuan|wanita|isteri|bini|orang perempuan)( ni| tu)? (cuma|hanya|sepatutnya|patut)( \w+)? (layan suami|melayan suami|beranak|masak|memasak|jaga anak|urus rumah|kemas rumah|di dapur|kat dapur|duduk rumah)( je| saja| sahaja| jela| sudah)?\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: innate flaw ("dalam darah", "darah daging", "baka", "tak akan berubah")
re:\b(mencuri|curi|menipu|tipu|kencing orang|jenayah|keganasan|ganas|malas|kemalasan|pengotor|tamak|rasuah|khianat|mengkhianat|samseng|mabuk|judi|berjudi|dadah|membunuh|merogol|merompak|busuk hati|licik|kedekut|biadab)( ni| tu| memang| sudah| dah)? (dalam|memang dalam|sudah dalam|dah dalam|mengalir dalam|sebati dalam|sebati dengan|dah sebati dengan|darah daging|memang darah daging|dah jadi darah daging) ?(darah|dna|gen|genetik|baka|keturunan|budaya|jiwa|naluri)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(baka|benih|keturunan|genetik|dna|darah) (diorang|dorang|mereka|depa|bangsa|kaum|puak)( \w+)? (memang|dah|sudah|sememangnya)? ?(macam tu|mcm tu|camtu|begitu|jahat|kotor|malas|penipu|pencuri|bodoh|ganas|tak boleh ubah|tak boleh diubah|tak akan berubah|takkan berubah)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(tak|tidak|x)( akan| boleh| pernah)? (berubah|diubah|diajar|dididik|diperbetulkan|dibaiki)( \w+)?,? (sebab|kerana|memang|dah|sudah) (darah|baka|genetik|gen|dna|keturunan|naluri|dalam darah)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(lahir-lahir|dari lahir|sejak lahir|dari kecil lagi|semula jadi) (dah |memang |sudah )?(pencuri|penipu|penyamun|perompak|penjenayah|pemalas|pengotor|pengkhianat|samseng|penyangak|hamba)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:attribute: "biasalah X", "apa nak harap dari X"
re:\b(biasalah|biasa lah|biasa la|typical|tipikal|memang perangai|memang sikap|memang tabiat|macam biasa)( orang| bangsa| kaum| puak)? (melayu|cina|india|keling|indon|bangla|pendatang|perempuan|pondan|mamak|negro|arab|yahudi|kafir|rohingya)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(apa nak (dihairankan|hairan|heran|harap|diharapkan|diharap|expect)|apa yang nak diharapkan|nak harap apa|tak hairan la|tak hairanlah|tak heran la)( \w+){0,2} (dari|daripada|dengan|dgn|kat|pada)\b | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:attribute: family rejection (buang anak, langkah mayat aku dulu, tak nak menantu)
re:\b(aku|saya|kami|gua|aq|ak)( \w+)? (buang|halau|putus|putuskan|tak mengaku|takkan mengaku|tak akan mengaku|tak anggap) (anak|hubungan|keluarga|adik)( \w+)? (kalau|jika|klu|kalo|sekiranya|bila)( \w+){0,3} (kahwin|kawin|berkahwin|bercinta|couple|berkawan|bawa balik|bertunang|murtad)\b | pred:attribute | 0.85 | negative_attribute_group
re:\blangkah mayat (aku|saya|kami|mak|ayah|abah)( dulu)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(jangan|tak|tidak|x|takkan|tak akan|haram|tak boleh)( \w+)? (bagi|benarkan|izinkan|restu|merestui|setuju)( \w+)? (anak|anak aku|anak saya|anak kami|adik|adik aku|anak dara|anak perempuan|anak lelaki)( aku| saya| kami)?( \w+)? (kahwin|kawin|berkahwin|bercinta|couple|berkawan|bertunang|keluar|dating|rapat|nikah)( dengan| dgn| ngan)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(malu|aib|memalukan|jatuh maruah|conteng arang)( \w+){0,3} (kalau|jika|klu|kalo|bila)( \w+){0,2} (anak|adik|anak aku|anak saya|anak dara|menantu)( \w+){0,2} (kahwin|kawin|berkahwin|bercinta|couple|bawa balik|bertunang|nikah)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(tak nak|taknak|tak mahu|tidak mahu|tak ingin|tak sanggup|minta simpang|jauhkan|nauzubillah|na['’]?uzubillah)( \w+)? (menantu|bermenantukan|dapat menantu|ambil menantu|buat menantu|jadi menantu|ipar|biras)\b | pred:attribute | 0.85 | negative_attribute_group
simpang malaikat            | pred:attribute | 0.7 | negative_attribute_group
re:\b(cemar|cemarkan|mencemarkan|kotorkan|mengotorkan|rosakkan|campur|mencampurkan)( \w+)? (darah|baka|keturunan|zuriat|salasilah) (kita|kami|keluarga|melayu|keturunan kita)\b | pred:attribute | 0.85 | negative_attribute_group
