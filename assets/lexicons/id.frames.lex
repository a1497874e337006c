# Indonesian implicit-derogation frames for the target x predicate layer: hate said without a slur
# or an explicit insult (HateCheck's "implicit derogation"): where a group "belongs" (dapur, sumur,
# kasur; habitatnya), what it is "only fit for", what happens to a kampung when it arrives, rights
# it should not have, refusing to rent or marry, "dicoret dari KK", "dari sananya maling".
# None of these scores alone; each counts only when the same sentence names a group (or a pronoun
# such as "mereka", "orang-orang itu" points back to one). Frames already in id.groups.lex (cocok
# jadi babu, jadi kumuh sejak, jangan dikasih ngontrak, lebih maju tanpa, jauhin anak dari ...) are
# not repeated. Negators that belong to a frame ("gak pantes", "jangan") stay inside the pattern.
# "orang asing" (also "stranger") is a group word in id.context.lex, so child-safety advice
# ("jangan titip anak ke orang asing") is deliberately not covered here.
@format 1
@lang id
@source Original work written for Waspada, 2026-12 (implicit-derogation frames from general knowledge of the language, following the functionality design of HateCheck, Röttger et al., ACL 2021)
@licence MIT
# term | category | weight | key | flags

# ---- pred:exclude: where they "belong" (hutan, kandang, habitatnya, dapur-sumur-kasur)
re:\btempat(nya| mereka| mrk| kalian| lu| lo| elo)( itu| tuh| ya| mah)? (cuma|hanya|cuman|seharusnya|harusnya|sepantasnya|pantesnya|cuma pantas|hanya pantas) (di|ke|dalam) (hutan|kandang|sumur|kasur|got|selokan|comberan|kebun binatang|tong sampah|gua|pedalaman|kamp|kamp pengungsian|negara asal|negeri asal|kampung asal|pulau terpencil|ladang|sawah)\b | pred:exclude | 0.85 | exclusion_group
re:\b(harusnya|seharusnya|mestinya|sebaiknya|mending|pantesnya|pantasnya|udah seharusnya)( \w+)? (tinggal|hidup|balik|pulang|kembali|dikurung|dikandangin|dikandangkan|dipindah|dibuang|ditaruh|diasingkan)( aja| saja)? (di|ke|dalam) (hutan|kandang|got|selokan|pedalaman|gua|pulau terpencil|kamp|negara asal|negeri asal|negeri sendiri|negara sendiri|habitatnya|habitat)\b | pred:exclude | 0.85 | exclusion_group
re:\b(balik|pulang|kembali|kembaliin|kembalikan|balikin|pulangin)( aja| saja| sana)? ke (habitat|habitatnya|alam liar|pohon)\b | pred:exclude | 0.85 | exclusion_group
re:\b(pantasnya|pantesnya|cocoknya|layaknya)( \w+)? (di|ke) (dapur|sumur|kasur|sawah|ladang|kebun|perkebunan)( aja| saja| doang)?\b | pred:exclude | 0.8 | exclusion_group
re:\b(gak|ga|nggak|enggak|tidak|tak|jangan)( \w+)? (boleh|usah|perlu|pantes|pantas)( \w+)? (sekolah tinggi|kuliah tinggi|berpolitik|masuk politik|jadi bos|jadi atasan|nyalon|mencalonkan diri|jadi caleg|naik jabatan|punya pendapat)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:exclude: rights denied (hak pilih, KTP, jabatan, suara)
re:\b(gak|ga|nggak|enggak|tidak|tak|gk|jangan)( \w+)? (boleh|pantas|pantes|layak|berhak|usah|perlu)( \w+)? (punya|dapet|dapat|dikasih|diberi|memegang|megang|mendapat|memiliki) (hak|hak pilih|hak suara|kewarganegaraan|ktp|e-ktp|paspor|jabatan|kekuasaan|kursi)\b | pred:exclude | 0.8 | exclusion_group
re:\b(suara|pendapat|kesaksian|omongan|pandangan)( \w+)? (gak|ga|nggak|enggak|tidak|tak) (perlu|usah|pantas|layak|boleh)( \w+)? (didengar|didengerin|dihitung|diitung|dianggap|dipertimbangkan|dipeduliin|dipercaya)\b | pred:exclude | 0.8 | exclusion_group
re:\b(cabut|copot|cabutin|batalkan|tarik)( aja| saja| semua)? (hak pilih|hak suara|ktp|e-ktp|status wni|paspor)( mereka| mrk| nya)?\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:exclude: refusing to rent, hire, marry, live or sit with
re:\b(gue|gw|gua|aku|saya|kami|w|ane)( \w+)? (gak|ga|nggak|enggak|tidak|tak|ogah|emoh|males|gak sudi|ga sudi|nggak sudi|tidak sudi|gak mau|ga mau|nggak mau|tidak mau|anti)( \w+)? (nyewain|menyewakan|ngontrakin|ngekosin|mempekerjakan|ngerekrut|merekrut|nerima kerja|pake jasa|pakai jasa|nikah sama|menikah dengan|nikahin|menikahi|punya menantu|bermenantu|tetanggaan sama|bertetangga dengan|duduk sebelah|duduk bareng|makan bareng|satu meja|sekamar)\b | pred:exclude | 0.8 | exclusion_group
re:\b(tidak|tdk|gak|ga|nggak) (menerima|nerima|terima) (penyewa|anak kos|karyawan|pegawai|pekerja|pelamar|murid|siswa|pelanggan)( dari| yang| asal| orang| suku)?\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:exclude: better without them, the fewer the better
re:\b(mending|mendingan|lebih baik|lebih bagus|sebaiknya)( \w+)?,? (gak ada|ga ada|nggak ada|tidak ada|hilang aja|punah|musnah|lenyap|minggat|diusir|dibuang|dipulangin|dipulangkan)( aja| saja| semua| sekalian| dari (sini|indonesia|negara ini|bumi))?\b | pred:exclude | 0.8 | exclusion_group
re:\b(syukur|syukurlah|alhamdulillah|untung|bagus|mampus|rasain|puas)( \w+){0,3} (diusir|minggat|dideportasi|dipulangkan|diusir dari)\b | pred:exclude | 0.8 | exclusion_group
re:\bmakin (sedikit|dikit|berkurang|jarang|habis)( \w+){0,3},? makin (bagus|baik|aman|bersih|damai|tenang|mantap)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:exclude: "harus tahu diri", guests on someone else's land
re:\b(harus|harusnya|seharusnya|mestinya|wajib|kudu)( \w+)? (bersyukur|berterima kasih|tahu diri|tau diri|sadar diri|tau terima kasih|tahu terima kasih)( \w+){0,3} (udah |sudah |masih )?(dikasih|diberi|diizinkan|dibolehin|dibolehkan|diterima|ditampung)( \w+)? (tinggal|numpang|hidup|cari makan|kerja|dagang|usaha|berdagang|masuk|jadi wni|di sini|disini|di indonesia|di negeri ini)\b | pred:exclude | 0.85 | exclusion_group
re:\b(numpang|menumpang|pendatang)( aja| doang| saja| kok)?( \w+)? (di|ke) (negeri|negara|tanah|bumi) (ini|orang|kita|kami|pribumi|indonesia)\b | pred:exclude | 0.8 | exclusion_group
re:\b(pendatang|numpang|tamu)( aja| doang| kok| tapi)( \w+)? (belagu|sombong|ngelunjak|nglunjak|songong|ngatur|banyak maunya|banyak tingkah)\b | pred:exclude | 0.8 | exclusion_group
re:\b(gak|ga|nggak|tidak|tak) (layak|pantas|pantes|berhak)( \w+)? (jadi|menjadi|disebut|dianggap) (wni|warga negara|orang indonesia|bagian dari (bangsa|indonesia|kita))\b | pred:exclude | 0.85 | exclusion_group
dikasih hati minta jantung   | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:attribute: contamination (sejak mereka datang ..., harga tanah anjlok, maling makin banyak)
re:\b(harga|nilai) (tanah|rumah|properti|kontrakan|kos)( \w+){0,3} (turun|anjlok|jatuh|merosot|ambruk|hancur)( \w+){0,3} (sejak|gara-gara|karena|kalo|kalau|semenjak|begitu)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(sejak|semenjak|gara-gara|sejak ada|semenjak ada|begitu|abis|habis)( \w+){1,3} (masuk|dateng|datang|pindah|tinggal|ngontrak|ngekos|berdatangan|banyak|rame|ramai|menetap)( \w+){0,4} (jadi|makin|tambah|semakin)( \w+)? (kumuh|kotor|jorok|bau|rawan|bahaya|ga aman|gak aman|nggak aman|tidak aman|rusuh|berantakan|kacau|berisik|banyak maling|banyak copet|banyak kriminal)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(di mana|dimana|kemana|ke mana|mana ada)( aja| saja| pun)? (mereka|orang|kaum|golongan|\w+)( \w+)? (tinggal|datang|pergi|ada|nongkrong|berkumpul)( \w+)?,? (pasti|selalu|mesti|pasti aja|pasti deh)( \w+)? (kumuh|kotor|jorok|bau|rusuh|ribut|kacau|ada masalah|bikin masalah|bikin rusuh|rawan|ada maling|ada kriminal)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(kriminalitas|kejahatan|pencurian|maling|copet|begal|narkoba|prostitusi)( \w+)? (naik|meningkat|bertambah|merajalela|makin banyak|makin tinggi|makin marak|marak)( \w+){0,2} (sejak|semenjak|gara-gara|karena|akibat)( \w+)? (ada|datang|masuk|kedatangan|banyaknya|maraknya)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: suspicion (pegang dompet kalo ada mereka lewat, hitung jari)
re:\b(jaga|pegang|amankan|umpetin|sembunyiin|sembunyikan|kekepin|kekep|awasi|awasin|kunci|gembok)( \w+)? (dompet|tas|hp|handphone|barang|barang berharga|motor|sendal|sandal|jemuran|ayam|kambing|anak gadis|anak perawan)( \S+){0,2} (kalau|kalo|klo|pas|waktu|setiap|tiap|begitu)( ada)?( \w+)? (lewat|dateng|datang|masuk|deket|dekat|nongkrong|ada|ketemu)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(hitung|itung|cek)( lagi)? (jari|jarimu|jari lu|jari kamu|jari-jari|kembalian)( \w+)? (setelah|abis|habis|sehabis|sesudah|kalau|kalo|pas) (salaman|bersalaman|jabat tangan|transaksi|berurusan|dagang|belanja)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(ayam|kambing|motor|sendal|sandal|jemuran|hp|helm)( \w+)? (hilang|ilang|dicuri|dicolong|digondol|raib)( \w+)? (sejak|semenjak|gara-gara|abis|habis)( \w+){0,2} (datang|dateng|masuk|pindah|ngontrak|ngekos|tinggal)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: servitude (kodratnya jadi pelayan, bisanya cuma jadi babu, dapur-sumur-kasur)
re:\b(lahir|dilahirkan|ditakdirkan|diciptakan|takdirnya|kodratnya|nasibnya)( \w+)? (untuk |buat )?(jadi |menjadi )?(babu|budak|pembantu|jongos|kacung|kuli|pesuruh|budak belian|gundik|pemuas|pelayan suami|pelayan laki-laki|pelayan pria|pemuas suami|pemuas nafsu)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(cuma|hanya|cuman|bisanya cuma|bisanya|taunya cuma|tahunya cuma)( \w+)? (nyapu|ngepel|nyuci|cuci piring|ngangon|angkat barang|jadi tkw|jadi tki|jadi pembantu|jadi babu|jadi kuli|jadi buruh|jadi jongos|ngemis|minta-minta|ngamen|manak|macak)( aja| saja| doang)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(dapur|masak),? (sumur|macak),? (dan |&)?(kasur|manak)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(harus|wajib|kudu|mesti)( \w+)? (tahu|tau|sadar|inget|ingat) (diri|posisi|tempat|derajat|kasta)( mereka| lu| lo| kalian| nya)?,?( cuma| hanya| itu)? (babu|pembantu|pendatang|numpang|tamu|rakyat kelas dua|kelas dua|budak)\b | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:attribute: innate flaw (dari sananya maling, sudah mendarah daging, gen malas)
re:\b(dari sananya|dari lahir|dari orok|bawaan lahir|turunan|keturunan|gen|genetik|darah|dna|udah mendarah daging|sudah mendarah daging|mendarah daging)( \w+)? (maling|nyolong|mencuri|nipu|menipu|licik|pelit|jorok|malas|pemalas|kasar|kriminal|rusuh|bego|goblok|penjilat|pengkhianat|tukang tipu|tukang maling|teroris)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(sifat|watak|kelakuan|tabiat|kebiasaan|budaya)( \w+)? (maling|nyolong|menipu|licik|pelit|jorok|malas|kasar|kriminal|rusuh|bodoh|penjilat|khianat|curang)( \w+)? (udah |sudah |emang |memang )?(mendarah daging|turun-temurun|turun temurun|bawaan|dari sananya|dari lahir|gen|genetik|di darah|dalam darah|ada di darah|ada di dna|ada di gen)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(gak|ga|nggak|tidak|tak) (akan|bakal)( pernah)? (berubah|bisa berubah|bisa diubah|bisa dididik)( \w+)?,? (karena|soalnya|udah|sudah|emang) (gen|genetik|darah|dna|bawaan|keturunan|dari sananya|mendarah daging)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:attribute: "tipikal X", "pantesan X", "apa yang bisa diharapkan dari"
re:\b(tipikal|typical|mental|mentalitas|tabiat)( orang| kaum| bangsa| suku)? (cina|china|aseng|tionghoa|batak|madura|sunda|minang|arab|yahudi|kristen|muslim|bule|india|perempuan|cewek|cewe|emak-emak|pribumi|betawi|bugis|dayak|negro|kafir|syiah|ahmadiyah)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(pantes|pantesan|pantas saja|pantas aja|gak heran|ga heran|nggak heran|tidak heran|gak aneh|ga aneh|wajarlah)( aja| saja| lah| sih)?,? (orang |kaum |bangsa |dia |mereka |si )?(cina|china|aseng|tionghoa|batak|madura|sunda|minang|arab|yahudi|kristen|pribumi|betawi|bugis|dayak|negro|kafir|syiah|ahmadiyah|lgbt|bencong|banci|homo)( aja| sih| lah| deh| dong)?(\.|!|\?|,|$) | pred:attribute | 0.75 | negative_attribute_group
re:\b(mau ngarep apa|ngarep apa|apa yang (bisa |mau )?diharapkan|apa yang mau diharapin|jangan ngarep|jangan berharap) (dari|sama|ama)\b | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:attribute: family rejection (coret dari KK, langkahi mayatku, amit-amit punya menantu)
re:\b(gue|gw|gua|aku|saya|kami|w|bapak|ibu|ayah)( \w+)? (bakal |akan |pasti |langsung )?(coret|keluarin|keluarkan|usir|buang|gak anggap|ga anggap|nggak anggap|tidak anggap|gak akuin|ga akuin|tidak mengakui|gak ngakuin|ga ngakuin)( \w+)? (dari )?(kk|kartu keluarga|daftar keluarga|ahli waris|daftar waris|anak)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(langkahi|lewati|langkahin|lewatin) (dulu )?mayat( ?ku| gue| gw| saya| aku| bapak| ayah| ibu| emak)( dulu)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(gak|ga|nggak|tidak|tak|gak bakal|ga bakal|gak akan|tidak akan|nggak bakal|ogah|haram)( \w+)? (restuin|merestui|restui|kasih restu|ngizinin|mengizinkan|izinkan|setuju)( \w+){0,2} (anak|adik|anak gadis|anak perempuan|anak laki|anakku|anak gue|anak saya)( \w+)? (nikah|menikah|kawin|pacaran|jadian|dinikahi|dilamar)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(malu|aib|mempermalukan|bikin malu|mencoreng nama)( \w+){0,3} (kalau|kalo|klo|jika|kalau sampai|kalo sampe) (anak|adik|menantu|anakku|anak gue|anak saya)( \w+){0,2} (nikah|menikah|kawin|pacaran|jadian|punya pacar|dinikahi)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(gak|ga|nggak|tidak|ogah|amit-amit|najis|jangan sampe|jangan sampai|gak sudi|ga sudi|nggak sudi|tidak sudi)( \w+)? (punya |dapet |dapat )?(menantu|mantu|ipar|besan)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(merusak|mengotori|ngotorin|mencemari|nyemarin)( \w+)? (keturunan|darah|garis keturunan|nasab|trah)( \w+)? (kita|kami|keluarga|kita semua)\b | pred:attribute | 0.85 | negative_attribute_group
