@format 1
@lang id
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b, then tests/tuning_suites_c, then tests/tuning_suites_d, then tests/tuning_suites_e), never from held-back or blind cases
@licence MIT
# term | category | weight | key | flags
# Posts tagged id are also read with the ms lexicons and vice versa: entries valid in both languages
# (silencing, counter-speech on attacks, passive extermination, slurs such as kera hitam / malon)
# are written once. Every entry is a phrasing family (meN-/di-/nge- forms, gak/nggak/ga, both word
# orders); group words appear only in slur / grp:* lines.

# ---- slurs the engine lacks (id; also read for ms posts)
malon                      | hate | 0.75 | slur_group | slur
malon                      | grp:protected
kera hitam                 | hate | 0.8  | slur_group | slur
kera hitam                 | grp:protected
monyet hitam               | hate | 0.8  | slur_group | slur
monyet hitam               | grp:protected
kaum salib                 | hate | 0.75 | slur_group | slur
kaum salib                 | grp:protected
re:\b(yahudi|kristen|kafir|cina|china|cokin|aseng|syiah|ahmadiyah) (laknatullah|laknat|terkutuk|biadab)\b | hate | 0.85 | slur_group | severe
yahudi laknatullah         | grp:protected

# ---- ctx:people: a slur after or before these is read as people
omongan                    | ctx:people
omongannya                 | ctx:people
kata-kata                  | ctx:people
duduk di sebelah           | ctx:people_after
duduk sebelah              | ctx:people_after
makin rame                 | ctx:people_after
makin banyak               | ctx:people_after

# ---- pred:exclude: silencing ("gak usah dengerin", "bodo amat sama omongan")
re:\b(gak|nggak|ga|ngga|enggak|tak|tidak|jangan|jgn|gausah|gak usah|ga usah|nggak usah|ngapain|tak usah|tak payah|x payah|x yah)( usah| perlu| payah)? (dengerin|dengar|dengarkan|didengar|didengerin|layan|dilayan|dilayani|layani|peduliin|gubris|digubris)\b | pred:exclude | 0.7 | exclusion_group
re:\b(bodo amat|bodoamat|masa bodo|bodo amet|lantak|lantak la|lantaklah|peduli apa|pedulikan apa)( \w+){0,3} (sama|ama|dengan|dgn|apa)\b | pred:exclude | 0.6 | exclusion_group

# ---- pred:exclude: moving out, marrying never, keeping one's child apart, crossing the street
re:\b(besok|hari ini|minggu ini|bulan ini|langsung|saat itu juga|detik itu juga)( juga| jg| aja)? (gue|gw|aku|saya|kami|ane|gua) (pindah|pindahan|jual rumah|angkat kaki|cabut|minggat|kabur|keluar)\b | pred:exclude | 0.95 | exclusion_group
re:\b(mending|mendingan|lebih baik|better|rela|mending gue|mending aku)( \w+)? (jomblo|membujang|melajang|bujang|gak nikah|nggak nikah|tidak menikah|mati|perawan tua|jadi perawan tua)( \w+){0,3} (daripada|dari pada|drpd|ketimbang) (nikah|menikah|kawin|pacaran|jadian|berteman|temenan|punya menantu)\b | pred:exclude | 0.85 | exclusion_group
re:\buntung(lah|nya)?( \w+){0,3} (gak|nggak|ga|tidak|tak|enggak|gk|ngga|bukan) (sekelas|sekantor|serumah|sekomplek|sebangku|satu kelas|satu sekolah|satu kantor|satu rumah|tetanggaan|bertetangga|sekampung|seruangan|satu gerbong|sekos|satu kos|berteman|temenan)\b | pred:exclude | 0.8 | exclusion_group
re:\b(mending|mendingan|lebih baik|better|langsung|buru-buru|cepet-cepet|cepat-cepat) (nyebrang|nyeberang|menyeberang|menyebrang|putar balik|puter balik|menghindar|menjauh|ngejauh|pindah gerbong|pindah kursi|pindah tempat duduk|lewat jalan lain|ambil jalan lain|kabur|minggir|balik badan)\b | pred:exclude | 0.7 | exclusion_group
re:\b(gak|nggak|ga|ngga|tidak|tak|ogah|enggan|najis|amit-amit) sudi\b | pred:exclude | 0.75 | exclusion_group
re:\b(bekas|bekasnya|sisa|sisanya)( \w+){1,4} (langsung|terus|lgsg|lgs)( \w+)? (buang|dibuang|gue buang|aku buang|cuci bersih|dicuci tujuh kali|disamak)\b | pred:exclude | 0.6 | exclusion_group
re:\b(gak|nggak|ga|ngga|tidak|tak) (pantes|pantas|layak|boleh|usah|perlu|berhak) (diundang|diajak|diterima|dikasih tempat|ada di sini|hidup di sini|tinggal di sini|dilibatkan|disambut|dihargai|didengar)\b | pred:exclude | 0.8 | exclusion_group
re:\btempat(nya)? (mereka|dorang|kalian|lo|elo|lu|orang kayak gitu|yang cocok)( tuh| itu| ya| mah| cuma| cocoknya| harusnya)? (di|ke|dalam) (got|selokan|comberan|kandang|hutan|tempat sampah|penjara|neraka|kolong jembatan|laut|kakus|jamban|bak sampah|tong sampah)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:attribute: "it was safe before they came"
re:\b(kawasan|kampung|kg|taman|tempat|negara|negeri|bandar|pekan|sekolah|kompleks|komplek|perumahan|flat|apartment|apartmen|rt|desa|kota|lingkungan|daerah|area|jalan|pasar|kampus|pejabat|kantor|kilang|pabrik|asrama|kos|kosan|gang|lorong|blok|dunia|tanah air|malaysia|indonesia|sini)( \w+){0,2} (dulu|dulunya|dahulu|dlu)( \w+)? (aman|tenang|bersih|selamat|elok|cantik|maju|harmoni|damai|tenteram|tentram|sunyi|nyaman|tertib|rapi|asri|adem|okay|ok)( aja| saja| banget| bgt)?,? (sebelum|sblm|sebelom)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(dulu|dulunya|dahulu|dlu) (kawasan|kampung|kg|taman|tempat|negara|negeri|bandar|pekan|sekolah|kompleks|komplek|perumahan|flat|apartment|apartmen|rt|desa|kota|lingkungan|daerah|area|jalan|pasar|kampus|pejabat|kantor|kilang|pabrik|asrama|kos|kosan|gang|lorong|blok|dunia|tanah air|malaysia|indonesia|sini)( \w+){0,2} (aman|tenang|bersih|selamat|elok|cantik|maju|harmoni|damai|tenteram|tentram|sunyi|nyaman|tertib|rapi|asri|adem|okay|ok)( aja| saja| banget| bgt)?,? (sebelum|sblm|sebelom)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: what they are good for, shallow brains, no contribution
re:\bbisa(nya)? (cuma|hanya|cuman|cm|doang|cuma bisa)( \w+)? (nyusahin|ngerusuh|ngerepotin|ngabisin|ngerusak|merusak|nyampah|ribut|rusuh|onar|maling|nipu|menipu|minta-minta|ngemis|nyolong|mencuri|(bikin|buat|membuat|nyari|cari) (onar|rusuh|ribut|masalah|susah|repot|kacau|malu|keributan|kerusuhan|perkara|gara-gara))\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(bikin|buat|membuat) (onar|rusuh|ribut|kerusuhan|keonaran|masalah melulu|masalah mulu|susah orang)\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(gak|nggak|ga|ngga|tidak|tak) pernah (bener|benar|becus|beres|berguna)\b | pred:attribute | 0.65 | negative_attribute_group
re:\botak\b( \w+){0,3} (cetek|dangkal|udang|kosong|bebal|tumpul|sempit|kerdil|ayam|miring|geser|gak dipake|ga dipake|nggak dipake)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(cetek|dangkal|bebal)( banget| bgt| sekali| amat| parah)\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(diajak|disuruh|kalau diajak) (mikir|berpikir|ngomong|diskusi)( dikit| sedikit)?( langsung)? (error|eror|hang|ngeblank|blank|lemot|konslet|korslet)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(gak|nggak|ga|ngga|tidak|tak) pernah (ngasih|kasih|memberi|memberikan|kasi|bawa|membawa|nyumbang|menyumbang|berkontribusi|berjasa|bikin)( \w+)? (kontribusi|sumbangan|manfaat|kebaikan|jasa|faedah|apa-apa|apa pun|apapun|hal baik|prestasi)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b((gak|nggak|ga|ngga|tak|tidak|x) (liat|lihat|nampak|sadar|nmpk|perasan|tau|tahu) )?betapa (busuk|busuknya|jahat|jahatnya|kotor|kotornya|jijik|jijiknya|buruk|buruknya|bejat|bejatnya|hina|hinanya|menjijikkan|rendah|rendahnya|bodoh|bodohnya|goblok|gobloknya)( \w+)? (kelakuan|perangai|sikap|tabiat|akhlak|moral|perilaku|tingkah|sifat|otak|budaya)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(pemalas|jorok|malas|kotor|pengotor|penipu|maling|rakus|licik|bodoh|goblok|bego|munafik|biadab|kampungan)((,| dan) (pemalas|jorok|malas|kotor|pengotor|penipu|maling|rakus|licik|bodoh|goblok|bego|munafik|biadab|kampungan|gak tau diri|nggak tau diri|gak tahu diri|tak tahu diri))+\b | pred:attribute | 0.8 | negative_attribute_group
re:\bitu(lah|lah dia)\b | grp:pronoun

# ---- grp:pronoun: back-references the engine lacks
golongan kayak gitu        | grp:pronoun
golongan kayak begitu      | grp:pronoun
golongan macam itu         | grp:pronoun
golongan seperti itu       | grp:pronoun
kaum kayak gitu            | grp:pronoun
orang-orang begitu         | grp:pronoun
re:\bmakhluk(-makhluk|2| makhluk)? (itu|ini|tuh|nih|kayak gitu|begituan)\b | grp:pronoun
re:\b(emang|memang|dasar|mmg) (spesies|makhluk|jenis|kaum)\b | grp:pronoun

# ---- pred:emotion: one's heart burning at them
re:\bhati (gue|gw|aku|saya|ku|gua|ane)( \w+)? (panas|mendidih|dongkol|kesel|kesal|sakit|muak|jijik|eneg)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(darah|kepala) (gue|gw|aku|saya|ku|gua|ane) (mendidih|naik|langsung naik|panas)\b | pred:emotion | 0.75 | hate_emotion_group

# ---- pred:violence: wishes of extinction, extermination to the roots, beating to death norms
re:\b(semoga|moga|mudah-mudahan|moga-moga|moga2|semoga aja|semoga saja|pengen|berharap)( \w+){0,3} (cepet|cepat|segera|lekas|buruan|cepetan)? ?(punah|mati|mampus|lenyap|musnah|binasa|modar|koit|dilaknat|kena azab|kena bencana|kelindes|mati semua)\b | pred:violence | 0.85 | violence_group
re:\b(membasmi|basmi|basmiin|memberantas|berantas|menghabisi|habisi|habisin|memusnahkan|musnahkan|membantai|bantai|melenyapkan|lenyapkan|menumpas|tumpas|mengganyang|ganyang)( \w+){0,3} (sampai|sampe|hingga|smp) (ke )?(akar-akarnya|akarnya|habis|tuntas|ludes|gak bersisa|tak bersisa|ke anak cucunya)\b | pred:violence | 0.9 | violence_group | severe
re:\b(wajib|wajib hukumnya|halal|halal hukumnya|sah|sah-sah aja|boleh) (membasmi|basmi|memberantas|menghabisi|memusnahkan|membantai|membunuh|bunuh|melenyapkan|menumpas|mengganyang|memerangi|mengusir|menghajar|memukuli)\b | pred:violence | 0.9 | violence_group | severe
re:\b(sepantasnya|sepantesnya|udah sepantasnya|sudah sepantasnya|sudah selayaknya|udah selayaknya|selayaknya|sudah seharusnya|udah seharusnya|memang pantas|emang pantes)( \w+){0,3} (di(bantai|bunuh|basmi|habisi|musnahkan|bakar|gantung|tembak|rajam|penggal|usir|hajar|gebukin|pukulin|siksa|lenyapkan|tenggelamkan|musnahin|habisin))\b | pred:violence | 0.9 | violence_group | severe
re:\b(gak|nggak|ga|ngga|tidak|tak) (ada yang )?(salah|dosa|masalah|papa|apa-apa)( \w+)? (kalau|kalo|klo|jika|bila)( \w+){0,5} (mukulin|memukuli|mukul|memukul|gebukin|menggebuki|hajar|menghajar|ngehajar|bunuh|membunuh|bakar|membakar|bacok|keroyok|mengeroyok|usir|mengusir|rajam|tembak|nembak|habisi|bantai)\b | pred:violence | 0.85 | violence_group | severe
re:\b(mukulin|gebukin|hajar|bantai|keroyok|pukulin|injek-injek|tendangin|bacokin)( \w+){0,3} (sampe|sampai|smp) (mampus|mati|modar|koit|tewas|sekarat|babak belur|bonyok|remuk)\b | pred:violence | 0.85 | violence_group | severe
re:\b(pantes|pantas|layak|harus|wajib|perlu|mesti|kudu|patut|mending) (ditabok|ditampar|digampar|dihajar|digebukin|dipukul|dipukulin|ditonjok|ditendang|dibacok|disikat|dikeroyok|digebuk|dilempar|diinjek|digaplok|dijotos|dislepet|dirukiyah|disiram)\b | pred:violence | 0.75 | violence_group
re:\b(pengen|pingin|pengin|ingin|mau|rasanya pengen|rasanya ingin|jadi pengen|gatel pengen)( banget)? (ngeludahin|meludahi|ludahin|ngeludahi|nampar|menampar|nabok|nampol|nonjok|meninju|mukul|memukul|nendang|menendang|nginjek|nginjak|ngehajar|menghajar|hajar|gebukin|bacok|gampar|nggampar|tonjok)\b | pred:threat | 0.9 | threat_group

# ---- pred:threat: burning homes, coming armed, "make sure they go home as a name", dragging and beating
re:\b(bakal|akan|pasti|bakalan)( \w+)? (gue|gw|aku|saya|kami|kita|ane|gua) (bakar|hancurin|hancurkan|robohin|robohkan|ratain|ratakan|serbu|serang|bom|bacok|habisi|habisin|hajar|gebukin|seret|tembak|bunuh|sikat|keroyok|usir|obrak-abrik|sweeping|datengin|datangi|grebek|gerebek)\b | pred:threat | 0.85 | threat_group | severe
re:\b(gue|gw|aku|saya|kami|kita|ane|gua)( \w+){0,2} (dateng|datang|dtg|ke sana|kesana|nyamperin|nyari|nyatronin|datengin)( ke sana| kesana)? (bawa|bawain|bawak|pake|pakai|dengan|dgn|sambil bawa) (golok|parang|celurit|clurit|arit|pisau|samurai|pedang|bensin|molotov|bom|senjata|pistol|senapan|balok|kayu|besi|pentungan|linggis|batu|bambu runcing|air keras)\b | pred:threat | 0.9 | threat_group | severe
re:\b(pastiin|pastikan|jamin|jaminin|janji)( \w+){0,4} (pulang tinggal nama|tinggal nama|mati|mampus|modar|masuk rumah sakit|masuk rs|gak bisa pulang|nggak bisa pulang|babak belur|masuk liang kubur|pulang ke rahmatullah|gak selamat|nggak selamat)\b | pred:threat | 0.9 | threat_group | severe
re:\b(gue|gw|aku|saya|kami|ane|gua)( udah| sudah| dah| lagi)? (siapin|siapkan|nyiapin|menyiapkan|beli|bawa|nyimpen|simpen|udah ada) (bensin|molotov|golok|parang|celurit|bom|senjata|pistol|air keras|korek|jerigen bensin)\b | pred:threat | 0.75 | threat_group
re:\b(seret|diseret|nyeret)( \w+)? (dan|terus|trus|lalu|abis itu) (hajar|bantai|gebukin|pukulin|bakar|bunuh|habisi|keroyok)\b | pred:threat | 0.85 | threat_group | severe
re:\b(hajar|gebukin|keroyok|sikat|bantai|pukulin) (rame-rame|ramai-ramai|beramai-ramai|rame rame|bareng-bareng|sampe abis|sampai habis)\b | pred:threat | 0.8 | threat_group

# ---- harassment of a person: a threat at "lo", telling them to leave, calling them a devil
re:\b(pecahin|pecahkan|pecahkan|hancurin|hancurkan|bocorin|bocorkan|patahin|patahkan|remukin|remukkan|gebukin|hajar|tonjok|bacok|tusuk|gorok|tembak|penggal|copotin|rontokin) (kepala|muka|leher|kaki|tangan|tulang|gigi|rahang|batok kepala|idung|hidung|mulut|perut) (lo|lu|elo|elu|kamu|loe|km|mu|kau|lho|ente)\b | harassment | 0.9 | threat_violence | severe
re:\b(keluar|cabut|pergi|minggat|out|leave|hengkang|enyah)( aja| deh| sana| lah)? (dari|dr) (grup|group|gc|sini|forum|kelas|obrolan|chat|komunitas)( ini| ni| kita)?\b | harassment | 0.45 | harassment_phrase | needs=target
re:\b(nyampah|menuh-menuhin|menuhin|ngotorin|bikin sepet|bikin semak)( aja| doang| mulu| melulu| terus| terus-terusan)\b | harassment | 0.55 | insult_at_person | needs=target
re:\b(kelakuan|kelakuannya|sifat|sifatnya|tingkah|tingkahnya|perangai|perangainya|kelakuanmu|kelakuan lo|kelakuan lu)( \w+)? (kayak|kaya|seperti|macam|mirip|kek|bagai) (setan|iblis|binatang|anjing|babi|monyet|sampah|hewan|bajingan|dajjal|jin|kunyuk)\b | harassment | 0.7 | insult_at_person
re:\b(kerjaan|kerjaannya|bisanya|hobinya|hobi)( \w+)? (nipu|menipu|bohong|ngibul|maling|nyolong|morotin|fitnah|nyebar hoax)( mulu| melulu| terus| doang| aja| orang)\b | harassment | 0.55 | insult_at_person

# ---- ctx:counter: refusing to say it, denying it, condemning the attack
re:\b(gak|nggak|ga|ngga|enggak|tidak|tak|gk) (akan|bakal|bakalan|pernah|akan pernah|bakal pernah|mau)( pernah)? (bilang|ngomong|ngatain|nyebut|menyebut|berkata|mengatakan|manggil|memanggil|ngecap|mencap|melabeli|nulis|menulis)\b | ctx:counter
re:\b(gak|nggak|ga|ngga|enggak|tidak|tak|bukan) (bener|benar|adil|tepat|pantas|pantes|fair)( banget| sama sekali)?,? (kalau|kalo|klo|jika|bahwa|bilang|ngomong|kalau bilang|kalo bilang|anggapan|tuduhan)\b | ctx:counter
re:\b(penyerangan|serangan|kekerasan|persekusi|diskriminasi|pengeroyokan|pembakaran|intimidasi|perundungan|pelecehan|penganiayaan|ujaran kebencian|kebencian|penindasan|pembunuhan)( \w+)? (terhadap|pada|kepada|atas|ke|buat|sama)\b | ctx:counter
re:\bpelaku(nya)? (harus|wajib|mesti|perlu|kudu|mesti|segera|sudah|udah)( segera)? (ditangkap|dihukum|diadili|diusut|dipenjara|diproses|ditindak|diciduk)\b | ctx:counter
re:\b(bisa|bisa-bisanya|tega|berani|kok bisa|kok tega|sampai hati)( \w+)? (nulis|menulis|ngomong|bilang|ngetik|posting|komen|nyebut|berkata) (kayak gini|kaya gini|kek gini|begini|kayak gitu|kaya gitu|begitu|hal kayak gini)\b | ctx:counter

# ---- ctx:self: naming oneself ("gue X dan gue bangga")
re:\b(gue|gw|aku|saya|ane|gua)( ini| emang| memang)? (seorang )?\w+ (dan|&) (gue|gw|aku|saya|ane|gua) (bangga|happy|bahagia|gak malu|nggak malu|ga malu|tidak malu)\b | ctx:self
re:\b(gue|gw|aku|saya|ane|gua) (gak|nggak|ga|tidak|tak) (bakal|akan|mau) (berubah|ganti|pura-pura)( demi| buat| untuk)? (siapa pun|siapapun|apapun|apa pun|kalian|lo semua)\b | ctx:self

# ---- allow: chilli and animal names that contain slur or profanity words
re:\bcabe (rawit|merah|hijau|keriting|setan|ijo|gendot|domba|jablay)( setan)?\b | allow
re:\b(anjing|kucing|ayam|sapi|kambing|kuda|kerbau|bebek|babi|kelinci|domba|monyet) (betina|jantan)\b | allow

# ---- added in round 2
re:\b(ngeludahin|meludahi|ludahin|nampar|menampar|nabok|nonjok|tonjok|ninju|meninju|nendang|menendang|nginjek|gampar|nggampar|bogem|ngebogem|mukul|memukul|pukul|tampar|ludahi) (muka|wajah|kepala|mulut|badan|perut) (mereka|dorang|kalian|orang-orang itu|mereka semua)\b | pred:threat | 0.9 | threat_group
re:\b(ngerepotin|ngerepotin orang|nyusahin|nyusahin orang|menyusahkan|ngerusuhin|bikin repot|bikin susah|bikin rusuh)( aja| doang| mulu| melulu| terus| orang| bisanya)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(gak|nggak|ga|ngga|enggak|tidak|tak|tiada|takde|tak ada|xde|x ada) (ada )?(gunanya|manfaatnya|faedahnya|gunany)\b | pred:attribute | 0.75 | negative_attribute_group
re:\bwarga (negara )?(malaysia|singapura|china|cina|tiongkok|india|arab|afrika|filipina|vietnam|thailand|myanmar|bangladesh|pakistan|korea|jepang|amerika|australia|israel|palestina|keturunan|timor leste|papua|nigeria|rohingya|afghanistan|iran|turki|rusia|ukraina)\b | grp:protected

# ======================================================================
# Second round: families written from the misses of tests/tuning_suites_b
# ======================================================================
# term | category | weight | key | flags
# Add-on families from the misses of tests/tuning_suites_b (round 2). Entries valid in both ms and id
# are written once (posts tagged id are also read with the ms lexicons and vice versa).

# ---- grp:other: non-protected groups the engine lacked
ojol                       | grp:other
ojek online                | grp:other
anggota dpr                | grp:other

# ---- ctx:people: "penuh X", "dijual ke X", "temenan sama X" read a slur as people
re:\b(jual|dijual|dijualin|sewa|disewa|disewain|kontrakin|dikontrakin|nyewain) (ke|sama|ama|kepada|pada)\b | ctx:people
re:\b(temenan|berteman|bertemen|gaul|bergaul|main) (sama|ama|dengan|dgn)\b | ctx:people

# ---- pred:exclude: herding them onto an island, one-way tickets, no equal rights, "tidak menerima"
re:\b(kumpulin|kumpulkan|ngumpulin|kirim|kirimin|buang|pindahin|pindahkan|asingkan|kurung|taruh|taro|angkut)( \w+){0,3} (ke|di|dalam) (satu |sebuah |)(pulau|kamp|kamp konsentrasi|nusakambangan|hutan|tempat terpencil)\b | pred:exclude | 0.95 | exclusion_group
re:\btiket (sekali jalan|satu arah|one way|one-way|pergi doang|pergi aja|pergi saja)\b | pred:exclude | 0.85 | exclusion_group
re:\b(jangan|jgn|gak usah|ga usah|nggak usah|gausah) (harap|berharap|ngarep|mimpi|ngimpi)( \w+)? (dapet|dapat|dpt|punya|ada) (hak|perlakuan|kesempatan)( yang| yg)? (sama|setara)\b | pred:exclude | 0.85 | exclusion_group
re:\b(gerbong|jalur|lajur|toilet|wc|pintu|antrian|loket|zona) khusus (buat|untuk|utk|bagi)\b | pred:exclude | 0.6 | exclusion_group
re:\b(jangan|jgn|gak boleh|ga boleh|tidak boleh) (dicampur|campur|dicampurin|digabung|gaul|bergaul)( \w+)? (sama|ama|dengan|dgn) ?orang ?(normal|noraml|biasa|waras|baik-baik|bener)\b | pred:exclude | 0.85 | exclusion_group
re:\b(tidak|tdk|gak|ga|nggak|ngga|tak) (menerima|nerima|terima)( penyewa| tamu| pelanggan| karyawan| pegawai| murid| siswa)?\b | pred:exclude | 0.55 | exclusion_group
re:\bdan (hewan|binatang) (peliharaan|piaraan)\b | pred:dehumanise | 0.75 | dehumanising_group
re:\b(langkahi|langkahin|lewati|lewatin|langkahi dulu|langkahin dulu) (dulu )?(mayat|mayit|jasad|bangkai) (gw|gue|gua|aku|saya|ku|bapak|ibu|ane)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: unsafe since they came, habits, backstabbing, shameless, disgusting behaviour
re:\b(gak|ga|nggak|ngga|tidak|udah gak|udah ga|sudah tidak|jadi gak) (aman|tentram|tenteram|nyaman|bersih)( lagi)? (sejak|semenjak|setelah|abis|habis|gara-gara)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(doyan|hobi|hobinya|gemar|demen) (judi|berjudi|mabok|mabuk|mabuk-mabukan|nyolong|maling|nipu|menipu|korupsi|ngutang|mencuri)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(suka|seneng) (judi|berjudi|mabok|mabuk|mabuk-mabukan)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(suka|doyan|hobi|jago|pinter) (nusuk|menusuk|nikung|menikung|ngekhianatin|berkhianat|khianat)( dari)?( belakang)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(gak|ga|nggak|ngga|tidak|tak|teu) (tau|tahu|nyaho|punya) (malu|diri|terima kasih|adab|sopan santun|balas budi)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(gak|ga|nggak|ngga|tidak) (bisa|dapat|boleh) (dipercaya|diperca ya|dipercayai|diandalkan)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(mah|teh|tuh|itu)? ?(maling|pencuri|penipu|koruptor|kriminal|pemalas|penjahat|pembohong) (semua|semuanya|sumua)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(menjijikkannya|menjijikannya|jijiknya|joroknya|busuknya|bejatnya|biadabnya) (kelakuan|sifat|perilaku|tingkah|tabiat|kebiasaan)\b | pred:attribute | 0.8 | negative_attribute_group
busuk hatinya              | pred:attribute | 0.7 | negative_attribute_group
re:\b(teu|euweuh|hente|hanteu) (aya )?(gunana|gunanya|hargana|mangpaat|faedahna)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:dehumanise: "still living in the trees"
re:\b(tinggal|hidup|duduk|nangkring|gelantungan|bergelantungan|manjat) (di atas|diatas|atas|di) (pohon|dahan)\b | pred:dehumanise | 0.95 | dehumanising_group
re:\b(makhluk|mahluk|spesies) (kayak|kaya|kek|seperti|macam) (gitu|gini|itu|ini|mereka)\b | grp:pronoun

# ---- pred:violence: hanged in public, "tembak, kubur, lupain", not fit to live
re:\b(digantung|gantung|dipancung|pancung|dicambuk|dibakar|dirajam)( \w+)? (di|depan|tengah|ditengah) (tengah |depan )?(alun-alun|alun alun|lapangan|monas|umum|publik|khalayak|tiang)\b | pred:violence | 0.9 | violence_group | severe
re:\b(gak|ga|nggak|ngga|tidak|tak) (pantes|pantas|layak|berhak|patut) (hidup|idup|tinggal|napas|bernapas|ada)( di (bumi|dunia|sini|negara ini|indonesia))?\b | pred:violence | 0.9 | violence_group | severe

# ---- pred:threat: raids and beatings
re:\b(gw|gue|gua|aku|kami|kita|ane|w)( \w+)? (pecahin|pecahkan|bonyokin|remukin|patahin|patahkan|hancurin|bocorin|gebukin|pukulin|tendang|tendangin|hajar|bantai|bacok|gorok)( \w+)? (kepala|muka|kaki|tangan|gigi|rahang|tulang|idung|hidung|mulut|badan)( lo| lu| elo| elu| kalian| mereka| kamu| lo semua)?\b | pred:threat | 0.9 | threat_violence | severe
re:\b(gw|gue|gua|aku|kami|kita|ane|w)( \w+)? (tendang|gebukin|pukulin|hajar|bantai|injek|injak|tonjok|tonjokin|keroyok)( \w+)? (sampe|sampai|smp|ampe) (pingsan|semaput|koma|patah|patah kaki|patah tulang|berdarah|masuk rs|masuk rumah sakit|bonyok|babak belur)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(kita|kami|gw|gue|warga|massa)( \w+)? (sweeping|sisir|razia|grebek|gerebek|geruduk|serbu|datengin|samperin|satronin)\b | pred:threat | 0.8 | threat_violence | severe
re:\b(jangan|jgn|gak boleh|ga boleh) (ada|sampe ada|sampai ada)( \w+)? (yg|yang) (lolos|lari|kabur|selamat|tersisa|lepas)\b | pred:threat | 0.85 | threat_violence | severe
re:\b(satu-satu|satu satu|satu2|atu-atu|satu per satu)( \w+){0,3} (gw|gue|gua|aku|kami|kita) (samperin|datengin|datangi|cari|cariin|hajar|habisin|habisi|bantai|gebukin)\b | pred:threat | 0.9 | threat_violence | severe
re:\b(gw|gue|gua|aku|kami|kita)( \w+)? (samperin|datengin|cariin|cari) (terus|trus|lalu|abis itu|terus gw|terus gue)( \w+)? (hajar|gebukin|pukulin|bantai|habisin|bacok)\b | pred:threat | 0.9 | threat_violence | severe

# ---- pred:emotion: Sundanese and chat disgust
re:\b(geuleuh|jijay|ijid|eneg|enek|ilfil|ilfeel)( pisan| banget| bgt| pisan ka| ka)?\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(teu|henteu|gak|ga) (kuat|tahan|sanggup) (ningali|nempo|ningal|liat|ngeliat|lihat)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(mual|muak|eneg|jijik|muntah|pengen muntah|mau muntah) (tiap|setiap|tiap kali|setiap kali) (kali )?(liat|lihat|ngeliat|denger|dengar|ketemu|inget)\b | pred:emotion | 0.85 | hate_emotion_group

# ---- ctx:counter: reporting a hateful post, naming it hate
re:\b(gw|gue|gua|aku|saya|kami) (report|repot|lapor|laporin|laporkan|flag)\b | ctx:counter
re:\bitu (namanya|artinya|jelas|udah) (kebencian|rasis|rasisme|ujaran kebencian|hate speech|diskriminasi|sara)\b | ctx:counter
re:\b(gak|ga|nggak|tidak) lucu sama sekali\b | ctx:counter

# ---- allow: cursing a gadget
re:\b(banting|bantingin|lempar|lemparin|hancurin|pecahin) (hp|handphone|ponsel|printer|laptop|leptop|komputer|pc|tv|remote|router|modem|keyboard|mouse)( gw| gue| gua| aku| ini| itu| ni)?( ke (tembok|lantai|dinding))?\b | allow
re:\b(kebun binatang|ragunan|taman safari|bonbin|zoo)\b( \w+){0,6} (gorila|onta|unta|monyet|kera|orangutan|babi|kambing|beruk)\b | allow
# ---- allow: profanity as an intensifier about one's own day
re:\b(anjing|anjir|anjay|babi|bangsat|fuck|kampret|sial|tai|taik|asu|jancok) (banget|bgt|bener|parah) (hari ini|hari ni|hr ini|pagi ini|malam ini|siang ini|sore ini|minggu ini)\b | allow

# ---- grp:other: fandoms
fans kpop                  | grp:other
fans k-pop                 | grp:other
# ---- ctx:counter: flat refutation of a claim about a group
re:\b(gak|ga|nggak|ngga|tidak) (bener|benar) (itu|tuh|lah|sama sekali)\b | ctx:counter

# ======================================================================
# Third round: families written from the misses of tests/tuning_suites_c
# ======================================================================
# Third round: families written from the misses of tests/tuning_suites_c. Posts tagged id are also
# read with the ms lexicons and vice versa, so these entries use Indonesian/Jakarta forms and keep
# Malay-only everyday words out of their anchors.

# ---- pred:emotion: blood boiling, mixed grudges when one thinks of them, contempt ("persetan sama")
re:\b(darah|kepala|emosi|hati|ubun-ubun) (gue|gw|aku|saya|ku|gua|ane|w)( \w+)? (langsung|auto|rasanya|seketika|jadi|udah|lgsg|lgsung)( \w+)? (mendidih|naik|panas|meledak|memuncak|ngebul)\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(naik darah|darah tinggi|darah mendidih|emosi jiwa|emosi tingkat dewa)\b( \w+){0,3} (tiap|setiap|kalo|kalau|klo|pas|begitu|liat|lihat|denger|dengar|inget|ingat)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(bikin|membuat|buat) (gue|gw|aku|saya|gua|ane|w)( \w+)? (naik darah|darah tinggi|mendidih|emosi|muak|eneg|enek|mual|jijik|muntah|ilfil|ilfeel|stres|stress|esmosi)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(kesel|kesal|sebel|sebal|dongkol|benci|muak|jijik|dendam|emosi|eneg|enek|mual|ilfil|geram|gondok|sewot|marah)\b[^.!?]{0,40} (kalo|kalau|klo|tiap|setiap|pas|begitu|waktu|tiap kali|setiap kali) (inget|ingat|liat|lihat|ngeliat|denger|dengar|ketemu|mikirin|memikirkan|ngebayangin|membayangkan|nyebut|nyium)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(dendam|kebencian|benci) (kesumat|mendalam|sampai mati|sampe mati|seumur hidup|turun-temurun)\b | pred:emotion | 0.8 | hate_emotion_group
re:\bpersetan (sama|dengan|dgn|ama|buat|untuk|ma|kalian|mereka)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(gak|ga|nggak|tidak|tak) ada (yg|yang) (lebih )?(bikin|membuat|buat) (gue|gw|aku|saya|gua|w|ane) (eneg|enek|muak|jijik|mual|benci|emosi|kesel|kesal|ilfil)\b | pred:emotion | 0.8 | hate_emotion_group

# ---- pred:attribute: shallow minds that "don't connect", breeding ground of crime, smell, no self-respect
re:\b(diajak|kalo diajak|kalau diajak|tiap diajak)( \w+)? (ngobrol|mikir|berpikir|diskusi|ngomong|bicara|debat)( \w+){0,2} (gak|ga|nggak|tidak|tak) (nyambung|konek|connect|ngerti|paham|mudeng|masuk)\b | pred:attribute | 0.75 | negative_attribute_group
re:\botak(nya|mu)( \w+){0,3} (cetek|dangkal|udang|kosong|bebal|tumpul|sempit|kerdil|ayam|miring|geser|seuprit|secuil|di dengkul|di lutut)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(bibit|benih|sarang|biang|gudang|sumber|akar|pabrik|ladang) (kriminal|kejahatan|penjahat|teroris|terorisme|maling|narkoba|onar|kerusuhan|keributan|penyakit|maksiat|kemaksiatan|masalah|perkara|kebusukan|kebejatan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bbau (banget|bgt|bngt|amat|sekali|parah|busuk|amis|bangkai|kecut|apek|pesing|ketek|tengik|tai|taik|sampah|got|comberan|kandang|kambing|keringet)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(jorok|kotor|dekil|kumal|kasar|kampungan|rakus|licik|bau)(,| dan| &) (jorok|kotor|dekil|kumal|kasar|kampungan|rakus|licik|bau|malas|pemalas|bodoh|goblok)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(gak|ga|nggak|ngga|tidak|tak|gk) (pernah )?(punya|memiliki|ada) (harga diri|martabat|kehormatan|rasa malu|urat malu|hati nurani|nurani|perasaan|akhlak|otak|akal sehat)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(gak|ga|nggak|ngga|tidak|tak|gk) (tau|tahu) (diuntung|untung|bersyukur|berterima kasih|berterimakasih|balas budi|membalas budi)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(emang|memang|apa|apakah|kok) (\w+ ){1,3}punya (otak|akal|hati|perasaan|malu|harga diri)( ya| sih| gak| ga| nggak)?\b | pred:attribute | 0.75 | negative_attribute_group
re:\bsegitu(nya)? (menjijikan|menjijikkan|jorok|bodoh|goblok|bego|busuk|bejat|rendah|hina|kotor|malas|licik|jahat|biadab|tolol|dungu|bau|kampungan|norak)(nya)?\b | pred:attribute | 0.8 | negative_attribute_group
menjijikannya              | pred:attribute | 0.75 | negative_attribute_group
menjijikkannya             | pred:attribute | 0.75 | negative_attribute_group
re:\btukang (bohong|boong|ngibul|tipu|nipu|maling|nyolong|ngutang|palak|rusuh|onar|korupsi|jilat|cari muka|caper|nyinyir|ghibah|julid|adu domba)( semua| semuanya| semua tuh| doang)?\b | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:attribute: a nation that never advances because of them; making a place a slum
re:\b(negeri|negara|bangsa|kampung|kota|daerah|indonesia)( ini| kita)? (gak|ga|nggak|tidak|tak|susah|sulit|gak bakal|ga bakal|nggak bakal|gak pernah) (maju|maju-maju|berkembang|bisa maju|pernah maju)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(bikin|buat|membuat|ngebikin|menjadikan)( \w+){0,2} (kampung|komplek|kompleks|lingkungan|kota|daerah|negeri|negara|perumahan|gang|jalan|tempat|kawasan|rt|desa|kantor|sekolah|kampus|kos|kosan|pasar|wilayah)( ini| kita| kami| gue| itu)? (jadi )?(kumuh|kotor|jorok|bau|rusuh|berantakan|kacau|rawan|gak aman|ga aman|nggak aman|tidak aman|hancur|busuk)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(gak heran|ga heran|nggak heran|tidak heran|pantes|pantesan|pantas aja|makanya|wajar)( aja| saja| sih| lah)?,? (negeri|negara|bangsa|kampung|kota|daerah|indonesia|kantor|sekolah|perusahaan)( ini| kita)? (gak|ga|nggak|tidak|tak|susah|sulit) (maju|maju-maju|berkembang|bisa maju)\b[^.!?]{0,20}\b(isinya|penuh|dipenuhi|kebanyakan|kemasukan|dikuasai|makin banyak|banyak)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:dehumanise: disease, cancer, failed products, burdens of civilisation
re:\b(itu|tuh|adalah|ialah|=|cuma|hanya|kayak|kaya|seperti|bagaikan|ibarat|emang|memang|dasar|sejenis) (virus|kanker|tumor|parasit|benalu|hama|wabah|penyakit|racun|borok|lintah)( berjalan| beneran| sungguhan| nyata| sosial| masyarakat| bangsa| negara| peradaban)?( yang| yg| bagi| buat| untuk| di| dalam|\s*[.,!?;:]|\s*$) | pred:dehumanise | 0.85 | dehumanising_group
re:\b(virus|kanker|tumor|wabah|penyakit|racun|borok|hama|benalu|parasit|sampah|aib|beban|noda|kutukan|musibah|bencana) (dalam |di |bagi |buat |untuk |nya )?(masyarakat|bangsa|negara|negeri|peradaban|umat|dunia|bumi|kampung|keluarga|agama)( kita| kami| ini)?\b | pred:dehumanise | 0.9 | dehumanising_group
re:\bpenyakit(nya)? (namanya|bernama|itu namanya|ya itu|adalah|cuma satu)\b | pred:dehumanise | 0.8 | dehumanising_group
re:\b(produk|ciptaan|makhluk|mahluk|generasi|keturunan|spesies) (gagal|rusak|reject|afkir|buangan|rongsokan|sisa)\b | pred:dehumanise | 0.8 | dehumanising_group
re:\b(nularin|nularkan|menularkan|nyebarin|menyebarkan|nyebar|nebar|menebar|bawa|membawa)( \w+)? (kebusukan|busuk|busuknya|kebusukannya|penyakit|penyakitnya|kemaksiatan|maksiat|kesesatan|kebejatan|kejahatan|racun|virusnya|kotoran)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: shunning, chasing out, asking how to get rid of them, "who would live next to them"
re:\b(pantesnya|pantasnya|harusnya|seharusnya|layaknya|sebaiknya|mending|wajib|harus|perlu|pantas|pantes|layak|kudu|mesti|patut)( \w+)? (dikucilkan|dikucilin|dikucilkn|diasingkan|diasingin|dijauhi|dijauhin|diboikot|disingkirkan|disingkirin|diisolasi|diusir|diusirin|didepak|ditendang keluar|dienyahkan)\b | pred:exclude | 0.85 | exclusion_group
re:\b(cara|gimana|bagaimana|tips|trik|caranya) (ngusir|mengusir|usir|ngusirin|nyingkirin|menyingkirkan|singkirin|ngebasmi|membasmi|basmi|ngilangin|menghilangkan|ngenyahin|ngebuang|ngejauhin|menjauhkan|ngeberantas)\b | pred:exclude | 0.8 | exclusion_group
re:\b(ngusir|mengusir|usir|usirin|ngusirin|mendepak|depak|nendang|menendang|buang|ngebuang)( \w+){1,3} (dari|keluar dari) (kampung|komplek|kompleks|rt|desa|kota|negeri|negara|sini|lingkungan|perumahan|wilayah|daerah|indonesia|kantor|sekolah|kampus|gang|grup|group)\b | pred:exclude | 0.85 | exclusion_group
re:\bsiapa( sih| juga| coba)+ (yg|yang) (mau|sudi|rela|betah|tahan|doyan|demen) (tetanggaan|bertetangga|nikah|menikah|kawin|pacaran|temenan|berteman|sekantor|serumah|sekelas|kerja bareng|deket-deket|dekat-dekat|duduk)( sama| dengan| ama| bareng| sebelah)?\b | pred:exclude | 0.8 | exclusion_group
re:\b(asal|asalkan|yang penting|yg penting|selama) (tau|tahu|sadar) (diri|posisi|tempat|batas)\b | pred:exclude | 0.9 | exclusion_group
re:\b(pengen|ingin|mau|biar|supaya|agar|demi)( \w+)? (lingkungan|kampung|komplek|kompleks|perumahan|rt|kos|kosan|kantor|sekolah|gang|wilayah)( \w+)? (tetep|tetap|selalu) (bersih|aman|steril|suci|murni)\b | pred:exclude | 0.9 | exclusion_group
re:\b(bukan|kecuali|selain|asal jangan|asal bukan|no)\b[^.!?]{1,40}\b(udah|sudah|dah|udh) (kapok|trauma|jera)\b | pred:exclude | 0.9 | exclusion_group
re:\b(gak|ga|nggak|tidak|tak|never|never ever|gak akan|ga akan|gak bakal|ga bakal|nggak bakal|tidak akan|takkan)( \w+){0,2} (bisa |akan |bakal )?(sejajar|setara|sederajat|selevel|sekelas|sebanding|menyamai|nyamain)( sama| dengan| dgn| ama)? (kita|kami|orang normal|orang biasa|kaum kita|bangsa kita|orang kita|manusia normal)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:attribute: suspicion frames (lock the door twice, missing wallet, washing hands after them)
re:\b(kalo|kalau|klo|kl|jika|jikalau|apabila|pas|begitu|tiap|setiap)\b[^.!?]{1,50}\b(kunci|gembok|kuncii) (pintu|pagar|pager|rumah|motor|gerbang|jendela|lemari)( \w+)? (dobel|double|dua kali|rapat-rapat|rapet-rapet|2 kali|dua lapis|tiga lapis)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(kalo|kalau|klo|kl|jika|jikalau|apabila|pas|begitu|tiap|setiap)\b[^.!?]{1,70}\b(jangan|jgn) (taruh|taro|naro|naruh|simpen|simpan|tinggalin|ninggalin|jemur|parkir)( \w+)? (sandal|sendal|sepatu|jemuran|motor|helm|barang|hp|dompet)( \w+)? (di luar|di teras|di depan|sembarangan)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(pantesan|pantes|pantas|pantasan)( aja| saja)? (dompet|hp|handphone|motor|sendal|sandal|helm|jemuran|ayam|barang|duit|uang)( \w+)? (ilang|hilang|raib|lenyap|dicuri|dicolong|kecopetan|digondol)\b[^.!?]{0,40}\b(sebelahan|sebelah|duduk deket|duduk dekat|deket-deket|dekat-dekat|berdiri deket|satu angkot|satu bus|satu kereta|satu gerbong|papasan|salaman|ketemu|ada|bareng|sama)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(cuci|nyuci|mencuci|basuh|membasuh|bilas|bersihin|sucikan|samak)( \w+)? (tangan|badan|kaki|piring|gelas|baju)( \w+){0,3} (pake tanah|pakai tanah|dengan tanah|tujuh kali|7 kali|disamak|sampai bersih|sampe bersih)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:threat: breaking their legs, waiting with a weapon, running them over, "you will regret being born"
re:\b(gw|gue|gua|aku|kami|kita|ane|w)( \w+)? (patahin|patahkan|pecahin|pecahkan|remukin|remukkan|hancurin|bocorin|gebukin|pukulin|hajar|bacok|gorok|tonjok|tampol|tabok|gampar|tendang|injek|copotin|rontokin)( \w+)? (kepalanya|mukanya|kakinya|tangannya|giginya|rahangnya|tulangnya|idungnya|hidungnya|mulutnya|lehernya|badannya|lututnya|kepala mereka|kaki mereka|tangan mereka|muka mereka)\b | pred:threat | 0.9 | threat_group | severe
re:\btinggal (nunggu|tunggu|menunggu|nungguin)( \w+){0,4} (yg|yang) (lewat|dateng|datang|nongol|muncul|keluar|lengah|sendirian)\b | pred:threat | 0.8 | threat_group | severe
re:\btinggal (tunggu|nunggu|menunggu) (waktu|tanggal|momen|saat|hari|aba-aba|komando)( yg| yang)? ?(pas|tepat|baik)?\b | pred:threat | 0.7 | threat_group
re:\b(langsung|lgsg|lgsung|auto|pasti|pengen|pingin|pengin|mau|bakal|akan|siap|rasanya pengen)( aja| banget)? (gue|gw|gua|aku|kami|ane|w) (tabrak|tabrakin|lindas|lindes|serempet|tubruk|seruduk|tampol|tabok|gampar|tonjok|jotos|bacok|tusuk|tembak|dor|bakar|siram|sikat|bantai|habisin|habisi|timpuk|sabet|gebukin|hajar|keroyok)\b | pred:threat | 0.95 | threat_group | severe
re:\b(bikin|buat|membuat)( \w+){0,3} (nyesel|menyesal|nyesal|nyesel seumur hidup) (pernah )?(lahir|dilahirkan|hidup|idup|ada di dunia|ketemu gue|ketemu kami|berurusan)\b | pred:threat | 0.9 | threat_group | severe
re:\b(gak|ga|nggak|tidak|tak) (akan|bakal|bakalan) (bisa )?(jalan|berjalan|napas|bernapas|pulang|bangun|berdiri|ngeliat|melihat) lagi\b | pred:threat | 0.85 | threat_group | severe
re:\b(hafal|apal|udah hafal|udah apal|sudah hafal|dah hafal|ngapalin|menghafal) (alamat|rumah|tempat tinggal|tongkrongan|markas|basecamp|jadwal|lokasi|tempat kumpul|tempat ngumpul)\b | pred:threat | 0.65 | threat_group
re:\b(tau|tahu) (kalian|mereka|lo|lu|kamu) (kumpul|ngumpul|nongkrong|tinggal|ibadah|sembunyi|ngumpet)\b | pred:threat | 0.65 | threat_group
re:\b(minggu depan|besok|malam ini|nanti malam|besok malam|lusa|bulan depan|sebentar lagi|tunggu aja)( \w+)? (kami|kita|gue|gw|aku) (datengin|datangi|samperin|nyamperin|serbu|grebek|gerebek|sweeping|sisir|obrak-abrik)\b | pred:threat | 0.75 | threat_group | severe
re:\b(buat|mau|pengen|bakal|akan|siap|tinggal|untuk|gue|gw|kami|kita) (ngebakar|bakar|membakar|bakarin|ngebakarin|ngebom|bom|ratain|ngeratain|hancurin|ngehancurin|nyerbu|menyerbu|serbu|nyerang|menyerang|grebek)( \w+)? (tempat|rumah|markas|tongkrongan|basecamp|kampung|toko|warung|gereja|masjid|vihara|pura|klenteng) (itu|mereka|nya|kalian)\b | pred:threat | 0.8 | threat_group | severe

# ---- pred:violence: lessons with fists, lined up and shot, their blood is "halal", quietly "sorted out"
re:\b(ngasih|kasih|memberi|berikan|kasi|dikasih|diberi|dikasi) (pelajaran|paham|pelajaran keras|hukuman)\b( \S+){0,4} (pake|pakai|dengan|dgn) (bogem|golok|pentungan|kekerasan|kepalan|tinju|pukulan|bambu|kayu|besi|parang)\b | pred:violence | 0.85 | violence_group | severe
re:\b(perlu|harus|wajib|mesti|kudu) (ada yg |ada yang )?(ngasih|kasih|memberi|dikasih|diberi) (pelajaran|paham)\b | pred:violence | 0.7 | violence_group
re:\b(pake|pakai) (bogem|bogem mentah|golok|pentungan|parang|celurit|kekerasan)( kalo| kalau| klo) (perlu|bisa|mau)\b | pred:violence | 0.8 | violence_group | severe
re:\b(didor|di-dor|ditembakin|dibedil|digorok|dipenggal|dipancung)( \w+)? (satu-satu|satu satu|satu per satu|satu2|rame-rame)\b | pred:violence | 0.9 | violence_group | severe
re:\b(dijejerin|dijejerkan|dibariskan|dibarisin|dikumpulin|dikumpulkan|diikat|dibawa ke lapangan) (terus|trus|lalu|dan|abis itu|habis itu) (didor|ditembak|ditembakin|dieksekusi|dipenggal|digantung|dibantai|dibakar|dipancung|digorok)\b | pred:violence | 0.9 | violence_group | severe
re:\bdarah( \w+){1,3} (itu|tuh|adalah|udah|sudah|mah) (halal|halal ditumpahkan|boleh ditumpahkan|sah ditumpahkan|pantas ditumpahkan)\b | pred:violence | 0.9 | violence_group | severe
re:\b(beresin|bereskan|membereskan|ngeberesin|habisin|habisi|ilangin|hilangkan|lenyapin|singkirin|singkirkan|bungkam|bungkus|amanin|urus)( \w+){0,3} (diem-diem|diam-diam|diem diem|diam diam|sampe bersih|sampai tuntas|tanpa jejak|tanpa bekas|malam-malam|tanpa ketahuan)\b | pred:violence | 0.85 | violence_group | severe
re:\b(perlu|harus|wajib|mesti|kudu) (ada )?(yg|yang|orang yg|orang yang) "?(beresin|bereskan|membereskan|ngeberesin|habisin|habisi|ilangin|lenyapin|singkirin|bungkam|bungkus|amanin|urus|ngurus|tertibkan|nertibin)"?( \w+){0,3} (diem-diem|diam-diam|diem diem|diam diam|sampe bersih|sampai tuntas|tanpa jejak|tanpa bekas|malam-malam|tanpa ketahuan)\b | pred:violence | 0.9 | violence_group | severe

# ---- grp:pronoun: "the likes of them"; "kalian" addressing a group named just before
re:\b(yg|yang) (kayak|kaya|kek|seperti|macam|model) (gitu|begitu|gituan|begituan)\b | grp:pronoun
kalian                     | grp:pronoun

# ---- ctx:counter: condemning the narrow-minded person who said it ("orang sesempit itu bisa ngajar")
re:\b(orang|guru|dosen|pejabat|ustad|ustaz|pendeta|bos|atasan|pemimpin|orang tua|ortu)( \w+)? (sesempit|sepicik|serasis|sekolot|sefanatik|sebodoh|setolol|sebego|sedangkal|sebebal) (itu|gitu|begitu|ini)( \w+)? (bisa|boleh|dibiarin|dibiarkan|diangkat|dipercaya)\b | ctx:counter
re:\b(pikiran|pemikiran|pikirannya|otaknya|cara pikirnya|cara berpikirnya|mentalnya) (sempit|picik|kolot|rasis|terbelakang)( banget| bgt| amat| sekali)?,? (kok |masa |gimana )?(bisa|boleh) (ngajar|mengajar|jadi guru|jadi pemimpin|jadi pejabat|mimpin|memimpin|ceramah)\b | ctx:counter

# ---- ctx:counter: those who call them names should be ashamed; disagreeing with the label;
# "just because of who they are"; "normal people like us"; "why would anyone hate"
re:\b(yg|yang|orang yg|orang yang|orang-orang yg|orang-orang yang) (nyebut|menyebut|manggil|memanggil|ngatain|ngatai|nyamain|menyamakan|ngecap|mencap|ngehina|menghina|ngerendahin|merendahkan|ngejek|mengejek|ngebully|membully|nyerang|menyerang)\b | ctx:counter
re:\b(yg|yang|merekalah yg|merekalah yang|dialah yg|dialah yang|kalianlah yg|kalianlah yang) (harusnya|seharusnya|mestinya|sepatutnya|justru|pantesnya) (malu|dihukum|introspeksi|berkaca|ngaca|sadar diri|minta maaf)\b | ctx:counter
re:\b(pake|pakai|dengan|dgn) (nama|sebutan|julukan|panggilan) (binatang|hewan|kasar|hinaan|merendahkan)\b | ctx:counter
re:\b(gak|ga|nggak|ngga|tidak|tak|kurang) (setuju|sepakat|terima|rela)( \w+)? (kalo|kalau|klo|jika|bila|sama yg|sama yang|dengan yang|sama orang yang|sama anggapan|dengan anggapan|sama stigma)\b | ctx:counter
re:\b(cuma|cuman|hanya|semata-mata|semata) (karena|gara-gara|krn|karna) (identitas|agama|suku|ras|warna kulit|orientasi|orientasi seksual|gender|jenis kelamin|keyakinan|kepercayaan|asal|asal-usul|keturunan|latar belakang|disabilitas|kondisi|identitasnya|agamanya|sukunya|rasnya|kulitnya|keyakinannya|kepercayaannya|asal-usulnya|kondisinya|siapa (dia|mereka))\b | ctx:counter
re:\b(orang|manusia|warga|temen|teman)( \w+)? (normal|biasa|baik|baik-baik) (kayak|kaya|kek|seperti|sama kayak|sama seperti) (kita|kami|kalian|kamu|lo|kita semua|yang lain|yg lain|orang lain)\b | ctx:counter
re:\bkenapa (juga |pula |coba )?(harus|mesti|musti|perlu) (benci|membenci|jijik|takut|marah|muak|sebel|nyinyir)\b | ctx:counter
re:\b(gak|ga|nggak|tidak|tak|gk) (pernah|akan|bakal|mau)( pernah)? (nganggep|menganggap|nganggap|anggap|nyamain|menyamakan|nyamakan|memperlakukan|merlakuin)( \S+){1,4} (kayak|kaya|kek|seperti|macam|sama dengan|sama kayak|sama kaya|bagai|bagaikan) \b | ctx:counter
re:\b(gak|ga|nggak|tidak|tak) (ada )?(satupun|satu pun|seorangpun|seorang pun|siapapun|siapa pun)\b | ctx:negation

# ---- pred:attribute: never counting them as fellow humans or equals
re:\b(gak|ga|nggak|tidak|tak|gk) (akan |bakal )?(pernah )?(nganggep|menganggap|nganggap|anggap|ngakuin|mengakui|nerima|menerima)( \S+){1,4} (sebagai|jadi) (sesama|manusia|saudara|setara|sederajat|warga|bagian|orang)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(masih ada|masih adakah|ada gitu|emang ada) (yg|yang|orang yg|orang yang) (percaya|yakin|nganggep|menganggap|mikir|ngira|bilang)\b | ctx:denial

# ---- allow: cursing one's own phone or laptop
re:\b(hp|handphone|ponsel|laptop|leptop|motor|mobil|printer|wifi|sinyal|internet|komputer|pc|tv|remote|router|modem|charger|baterai|batre|aplikasi|app|game|server|kulkas|mesin cuci)( gue| gw| gua| aku| ini| ku| sialan| butut)? (anjing|anjir|babi|bangsat|kampret|tai|taik|asu|sialan|goblok|bego|tolol|jancok|laknat)\b | allow

# ---- harassment of a person: attention-seeker and liar names, "disgusting to look at"
re:\btukang (caper|cari muka|carmuk|nyinyir|gosip|ghibah|julid|ngibul|bohong|boong|pansos|drama|ngadu|cepu|jilat|modus|php)\b | harassment | 0.55 | insult_at_person | needs=target
re:\b(najis|jijik|eneg|enek|muak|ilfil|ilfeel|mual)( banget| bgt| gue| gw| aku)? (liatnya|ngeliatnya|lihatnya|liat mukanya|liat muka lo|liat tingkahnya|dengernya|denger suaranya|liat kelakuannya)\b | harassment | 0.6 | insult_at_person

# ---- slurs: "cebol" (dwarf) said of people with dwarfism; "we are both X" (reclaimed)
cebol                      | hate | 0.65 | slur_group | slur
cebol                      | grp:protected
re:\b(kita|kami|gue sama \w+|aku sama \w+|kita kan|kita ini|gue ama \w+) (kan )?(sama-sama|sama2|samaan)\b | ctx:ingroup

# ---- pred:exclude: "this road isn't your ancestors'", "get out of the way"
re:\b(bukan|emang|memangnya|emangnya) (punya|milik|warisan) (nenek moyang|mbah|engkong|kakek|nenek|bapak|bapak moyang|leluhur|moyang)\b | pred:exclude | 0.85 | exclusion_group
# ---- pred:emotion: uneasy at their presence
re:\brisih( banget| bgt| bngt| parah| sekali| amat| gue| gw| aku| liatnya| ngeliatnya)\b | pred:emotion | 0.7 | hate_emotion_group
# ---- pred:threat: "one by one"
re:\b(tampol|tabok|gampar|tonjok|hajar|gebukin|bacok|tembak|dor|habisin|habisi|bantai|sikat|tabrak|lindas|tampar|gorok)(in)? (satu-satu|satu satu|satu per satu|satu2|atu-atu|sampe mampus|sampai mampus|sampe modar)\b | pred:threat | 0.95 | threat_group | severe
# ---- pred:attribute: "who still trusts them?"
re:\bsiapa( sih| juga| coba)? (yg|yang) (masih )?(percaya|mau percaya|bisa percaya|respek|respect|hormat|menghargai) (sama|dengan|ama|ke|kepada|pada)\b | pred:attribute | 0.75 | negative_attribute_group
# ---- grp:other: gossip accounts
admin akun gosip           | grp:other
akun gosip                 | grp:other
admin lambe                | grp:other
# ---- allow: "dasar HP gue anjing"
re:\bdasar (hp|handphone|ponsel|laptop|leptop|motor|mobil|printer|wifi|sinyal|internet|komputer|pc|tv|remote|router|modem|charger|baterai|batre|aplikasi|app|game|server|kulkas|mesin cuci)\b | allow
# ---- allow: achievements of disabled people ("cacat tapi juara")
re:\b(cacat|difabel|disabilitas|tuli|buta|lumpuh|tunanetra|tunarungu|tunadaksa)( \w+){0,2} (dan|tapi|tetap|tetep|namun) (dia |gue |aku |bisa |jadi |tetap |tetep )?(juara|atlet|berprestasi|sukses|hebat|mandiri|bangga|bahagia|mendunia)\b | allow
# ---- harassment: first-person wish to hit someone ("pengen gue tampol")
re:\b(pengen|pingin|pengin|rasanya pengen|mau|bakal|bakalan|siap) (gue|gw|gua|aku|w) (tampol|tabok|gampar|tonjok|jotos|hajar|gebukin|bacok|tusuk|gorok|bunuh|keroyok|injek-injek|tampar|bogem)( satu-satu| satu satu| satu per satu| sampe mampus| sampai mampus)?\b | harassment | 0.7 | threat_violence
# ---- pred:attribute: "no wonder they behave like that"; "so arrogant"
re:\b(pantes|pantesan|pantas|pantasan|gak heran|ga heran|nggak heran|wajar|wajarlah)( aja| saja| lah)?,? (kelakuannya|kelakuan|sifatnya|sifat|tingkahnya|tingkah|otaknya|mentalnya|perangainya|kelakuan mereka|sifat mereka) (gitu|begitu|kayak gitu|kaya gitu|kek gitu|gituan|bejat|busuk|rusak)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(belagu|songong|belagak|sombong|sok jago|sok)( amat| banget| bgt| bener| bener-bener| sekali)\b | pred:attribute | 0.65 | negative_attribute_group
# ---- speller guard: keep "produksi" (and kin) from being split into "produk si"
re:\b(produksi|produksinya|diproduksi|memproduksi|berproduksi|produktif|produktivitas|produser|produsen)\b | allow

# ======================================================================
# Fourth round: families written from the misses of tests/tuning_suites_d
# ======================================================================
# term | category | weight | key | flags
# Posts tagged id are also read with the ms lexicons and vice versa. Entries are phrasing families
# (gue/gw/aku/kami/kita, gak/nggak/ga/tidak, -in/-kan forms, quoted euphemisms 'beresin'); group
# words never appear inside a predicate.

# ---- pred:threat: a raid announced ("kita 'sambangi' markas ...", "besok kita 'beresin' kontrakan ...")
re:\b(kita|kami|gue|gw|gua|aku|ayo|ayok|yuk|mari)( \w+)? ['"](sambangi|samperin|satroni|datengin|datangi|kunjungi|beresin|bereskan|bersihin|bersihkan|bersih-bersih|tertibin|tertibkan|amankan|sisir|ramaikan|ramein|rapiin|rapikan)['"] (markas|rumah|rumahnya|kontrakan|kontrakannya|kosan|kos|kost|tempat|tempatnya|basecamp|sarang|kampung|permukiman|pemukiman|tempat ibadah|rumah ibadah|perkumpulan|acara|pengajian|kebaktian|kediaman|penampungan|asrama|warung|toko|kamp|barak|kompleks|komplek|gang)\b | pred:threat | 0.85 | threat_group | severe
re:\b(kita|kami|gue|gw|gua|aku|ayo|ayok|yuk|mari)( \w+)? (satroni|grebek|gerebek|geruduk|gruduk|serbu|serang|sweeping|obrak-abrik|acak-acak|bakar|robohin|ratain|lempari|timpuk) (markas|rumah|rumahnya|kontrakan|kontrakannya|kosan|kos|kost|tempat|tempatnya|basecamp|sarang|kampung|permukiman|pemukiman|tempat ibadah|rumah ibadah|perkumpulan|acara|pengajian|kebaktian|kediaman|penampungan|asrama|warung|toko|kamp|barak|kompleks|komplek|gang)\b | pred:threat | 0.85 | threat_group | severe
# ---- pred:threat: weapons to bring ("jangan lupa bawa parang", "yg cowok bawa bambu runcing")
re:\b(jangan lupa|jgn lupa|wajib|harap|semuanya|yg cowok|yang cowok|yg laki|yang laki|yg laki-laki|yang laki-laki|masing-masing|tiap orang)( \w+)? (bawa|bawain|siapin|siapkan|nyiapin|pegang|nenteng|bekal) (bambu runcing|parang|golok|celurit|clurit|arit|samurai|pedang|molotov|bensin|jerigen bensin|pentungan|linggis|sajam|senjata|obor|balok|batu|tombak|panah|ketapel|air keras|rantai)\b | pred:threat | 0.85 | threat_group | severe
# ---- pred:threat: dragging or beating as a crowd ("kita seret rame-rame ke lapangan")
re:\b(kita|kami|gue|gw|gua|ayo|ayok|yuk|mari)( \w+)? (seret|arak|giring|gelandang|gotong|angkut|gebukin|gebuk|hajar|keroyok|sikat|telanjangin|ikat|iket|gantung|bakar|rajam|lempar|timpuk|pukulin)( \w+)? (rame-rame|ramai-ramai|beramai-ramai|rame rame|bareng-bareng|sama-sama|keliling kampung|keliling komplek|ke lapangan|ke balai desa|ke tengah jalan|ke alun-alun|ke pos ronda)\b | pred:threat | 0.85 | threat_group | severe
# ---- pred:threat: "don't be surprised if one morning their house is razed"
re:\b(jangan|jgn) (kaget|heran|nangis|nyesel|menyesal|salahin kami|salahkan kami|salahin kita|salahin gue|bilang gak dikasih tau|bilang ga dikasih tau)( \S+){0,14} (rata (sama|dengan|dgn) tanah|tinggal abu|jadi abu|jadi arang|tinggal puing|tinggal nama|hangus|kebakar|terbakar|dibakar|digeruduk|diserbu|didatengin warga|didatangi warga|dilempari batu|dilempar batu|digerebek|diobrak-abrik|gak bangun lagi|ga bangun lagi|nggak bangun lagi)\b | pred:threat | 0.85 | threat_group | severe
re:\b(bangun-bangun|tau-tau|tahu-tahu|suatu pagi|suatu malam|suatu hari|besok pagi|malam-malam)( \S+){0,10} (rumahnya|rumah mereka|kontrakannya|tempatnya|tokonya|warungnya|kampungnya|markasnya)( udah| sudah| tinggal| jadi)? (rata (sama|dengan|dgn) tanah|tinggal abu|jadi abu|jadi arang|tinggal puing|hangus|kebakar|terbakar)\b | pred:threat | 0.85 | threat_group | severe
# ---- pred:threat: sending them home in a coffin
re:\b(kirim|kirimin|ngirim|pulangin|pulangkan|balikin|antar|anterin|dikirim|dipulangin)( \w+)? (pulang )?(dalam|di dalam|pake|pakai|naik|di) (peti|peti mati|kantong mayat|keranda|kain kafan|kafan|ambulans jenazah|mobil jenazah)\b | pred:threat | 0.9 | threat_group | severe
re:\b(gue|gw|gua|aku|saya|kami|kita|ane)( \w+)? (kirim|kirimin|anterin|antar) (ke )?(kuburan|liang lahat|liang kubur|akhirat|alam baka|neraka|rumah sakit|rs|icu|ugd)\b | pred:threat | 0.85 | threat_group | severe
# ---- pred:threat: "I already taught one a lesson, their friends are next"
re:\b(kasih|kasi|ngasih|beri|memberi) (pelajaran|paham|pelajaran berharga)( \S+){0,8} (besok|abis ini|habis ini|selanjutnya|berikutnya|nanti|sekarang|lusa|minggu depan|malam ini) giliran\b | pred:threat | 0.85 | threat_group | severe
re:\b(kasih|kasi|ngasih|beri|memberi) (pelajaran|paham)( \S+){0,6} (biar|sampe|sampai|supaya|ampe) (kapok|jera|tau rasa|tahu rasa|mampus|modar|babak belur|bonyok|gak bisa jalan|ga bisa jalan|masuk rs|masuk rumah sakit)\b | pred:threat | 0.85 | threat_group | severe
re:\b(gue|gw|gua|aku|saya|kami|kita|ane)( udah| sudah| dah| tadi| kemarin| kemaren| barusan)*( \w+)? (kasih|kasi|ngasih|beri|memberi|hadiahin) (bogem|bogem mentah|hadiah bogem|tonjokan|bogeman|bacokan|tusukan|timah panas)\b | pred:threat | 0.85 | threat_group | severe
re:\b(besok|abis ini|habis ini|selanjutnya|berikutnya|nanti|sekarang)( \w+)? giliran (temen-temennya|teman-temannya|temen2nya|keluarganya|anak-anaknya|anaknya|bininya|istrinya|kalian|lo semua|kalian semua|yg lain|yang lain|sisanya|kawanannya|gengnya|bapaknya|emaknya)\b | pred:threat | 0.8 | threat_group | severe

# ---- pred:violence: vigilantism as a right ("warga berhak main hakim sendiri ke ...")
re:\b(berhak|boleh|wajib|sah|halal|silakan|silahkan|harus|perlu|mending|mendingan|legal|udah waktunya|sudah waktunya|saatnya)( aja| saja| buat| untuk)? (main hakim sendiri|menghakimi sendiri|hakimi sendiri|persekusi|mempersekusi|sweeping|razia|geruduk|ngegeruduk|grebek|gerebek|ngegrebek|usir paksa|ngusir paksa|mengusir paksa)\b | pred:violence | 0.85 | violence_group | severe
# ---- pred:violence: "enaknya dikarungin terus ditenggelemin", "mending dinaikin kapal bocor"
re:\b(enaknya|enaknye|mending|mendingan|sebaiknya|baiknya|harusnya|seharusnya|pantesnya|pantasnya|cocoknya|layaknya|udah paling bener|paling bener)( \w+){0,2} (dikarungin|dikarungi|dimasukin karung|ditenggelemin|ditenggelamkan|ditenggelamin|dicemplungin|diceburin|dilarung|dikubur hidup-hidup|dibakar hidup-hidup|dibakar|digantung|dipenggal|dirajam|ditembak mati|ditembakin|dimutilasi|dicincang|disembelih|dibacok|dilindas|diracun|dikerangkeng|dipasung|disetrum)\b | pred:violence | 0.9 | violence_group | severe
re:\b(dikarungin|dikarungi|dimasukin karung|diiket|diikat)( \w+)? (terus|trus|lalu|abis itu|habis itu|dan|trs)( \w+)? (ditenggelemin|ditenggelamkan|ditenggelamin|dicemplungin|diceburin|dibuang|dilempar|dibakar|dikubur|digebukin)\b | pred:violence | 0.9 | violence_group | severe
re:\b(naikin|dinaikin|dinaikkan|naikkan|masukin|dimasukin|taruh|ditaruh|angkut|diangkut|muat|dimuat)( aja| saja| semua)?( ke)? (kapal bocor|perahu bocor|sampan bocor|rakit bocor|kapal karam|perahu reyot)\b | pred:violence | 0.85 | violence_group | severe
re:\bbiar(in| aja| saja)? (laut|ombak|hiu|buaya|alam|hutan|sungai|kali)( \w+)? (yg|yang) (beresin|bereskan|ngeberesin|ngurus|urusin|habisin|nyelesaiin|selesaikan)\b | pred:violence | 0.85 | violence_group | severe
# ---- pred:violence: banished and left to starve
re:\b(dibuang|diasingkan|dikurung|dipindah|diusir|ditaruh|dideportasi|dibuang aja)( ke| di)( \w+){1,3} (terus|trus|abis itu|habis itu|biar|trs|terus aja)( \w+)? (dibiarin|dibiarkan|biarin|biarkan|biar)( aja)? (kelaparan|mati|membusuk|busuk|sekarat|kehausan|mampus|modar)\b | pred:violence | 0.9 | violence_group | severe
re:\b(mending|mendingan|harusnya|seharusnya|enaknya|sebaiknya|biar aja|biarin aja|udah|terus|trus)( \w+)? (dibiarin|dibiarkan|biarin|biarkan) (mati )?(kelaparan|membusuk|kehausan|mati pelan-pelan|mampus|modar)\b | pred:violence | 0.85 | violence_group | severe
# ---- pred:violence: "clean them out of the country"
re:\b['"]?(bersih-bersih|bersih bersih|bersihin|bersihkan|membersihkan|sapu bersih|beresin|bereskan|basmi|basmiin|sikat)['"]?( \w+){0,4} (dari|dr) (negeri|negara|kampung|kota|tanah|bumi|wilayah|daerah|pulau|muka bumi|tanah air|desa|komplek|kompleks|lingkungan)( ini| kita| kami| tercinta)?\b | pred:violence | 0.8 | violence_group | severe
# ---- pred:violence: "teach them manners with a truncheon"
re:\b(ajarin|ajari|ajarkan|mengajari|ngajarin|didik|didikin|mendidik|sadarin|sadarkan|tertibin|tertibkan|disiplinin)( \w+){0,6} (pake|pakai|pakek|make|pk|dengan|dgn) (pentungan|tongkat|rotan|sabuk|ikat pinggang|gesper|cambuk|pecut|kayu|balok|besi|tinju|bogem|bogem mentah|kepalan|golok|parang|sajam|senjata|bambu|popor|pistol|pukulan|kekerasan|tangan besi|gebukan|tendangan|bacokan|cambukan|pecutan)\b | pred:violence | 0.85 | violence_group | severe
# ---- pred:exclude: jailed or banished for good ("mereka semua pantes dibui seumur hidup")
re:\b(pantes|pantas|layak|harus|wajib|mesti|kudu|patut|mending|sebaiknya|harusnya|seharusnya)( semua| semuanya| aja)? (dibui|dipenjara|dipenjarain|dipenjarakan|dikurung|dikerangkeng|dijeruji|diasingkan|dideportasi|dikebiri|dimandulkan|dipasung|dikarantina|diisolasi|dipisahin|dipisahkan)( seumur hidup| selamanya| semua| aja| dari masyarakat)?\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:dehumanise / attribute: "no more than a bunch of ...", "a latent danger", "root of all rot"
re:\b(gak|ga|nggak|enggak|tidak|tak|bukan) (lebih|lbh) (dari|dr|daripada)( sekadar| sekedar| cuma| hanya)? (kumpulan|sekumpulan|segerombolan|gerombolan|kawanan|seonggok|segelintir|sekelompok|kerumunan|sarang|gudang|pabrik) (pemalas|penipu|maling|pencuri|pengemis|benalu|parasit|penjahat|kriminal|bajingan|pembohong|pengkhianat|teroris|perusuh|orang malas|orang bodoh|orang goblok|pemerkosa|penjilat|manusia sampah|sampah|binatang|hewan|tikus|beban)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(kumpulan|sekumpulan|segerombolan|gerombolan|kawanan|seonggok|sarang|gudang|pabrik) (pemalas|penipu|maling|pencuri|pengemis|benalu|parasit|penjahat|kriminal|bajingan|pembohong|pengkhianat|teroris|perusuh|pemerkosa|penjilat|manusia sampah)\b | pred:dehumanise | 0.75 | dehumanising_group
re:\b(bahaya laten|ancaman laten|ancaman nyata|ancaman serius|musuh) (terhadap|bagi|buat|untuk|atas|dari)\b | allow
re:\b(bahaya laten|ancaman laten|musuh dalam selimut|duri dalam daging|musuh negara|musuh bangsa|musuh bersama|ancaman bagi (bangsa|negara|nkri|kita|generasi|moral)|virus (masyarakat|bangsa)|kanker (masyarakat|bangsa))\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(harus|wajib|perlu|mesti|kudu) (diawasi|diawasin|dipantau|dimata-matai|diwaspadai|dicurigai) (ketat|terus|24 jam|selalu|gerak-geriknya|setiap saat|tiap saat)\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(akar|sumber|biang|biangnya|pangkal|induk)( dari| dr)? (segala|semua|seluruh|segala macam|semua jenis) (kebobrokan|kerusakan|masalah|kejahatan|keburukan|kekacauan|kerusuhan|bencana|penyakit|maksiat|kemunduran|kehancuran|kebejatan|kriminalitas|kemiskinan|kemaksiatan|kesialan|musibah|keonaran)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bbiang (kerok|kerusuhan|onar|rusuh|masalah|kekacauan|keributan|kehancuran)\b | pred:attribute | 0.75 | negative_attribute_group
# ---- pred:attribute: born to serve ("terlahir buat jadi babu, bukan pemimpin")
re:\b(terlahir|dilahirin|diciptain|ditakdirin|lahirnya|aslinya|emang cuma)( \w+)? (untuk |buat |utk )?(jadi |menjadi )?(babu|budak|pembantu|jongos|kacung|kuli|pesuruh|pelayan|gundik|pemuas|pengikut|bawahan|kelas dua|warga kelas dua)\b | pred:attribute | 0.85 | negative_attribute_group
# ---- pred:attribute: fit only for rough work, not for thinking
re:\b(lebih|cuma|hanya|cuman|cm) (cocok|pantes|pantas|layak|bisa|berguna|becus) (kerja kasar|jadi kuli|jadi buruh|angkat-angkat|angkat barang|jadi babu|jadi pembantu|ngurus dapur|di dapur|kerja otot|pake otot|pakai otot|jadi pesuruh|jadi budak|nyapu|ngepel|jadi satpam)\b | pred:attribute | 0.8 | negative_attribute_group
# ---- pred:worth denied by a rhetorical question ("Emangnya mereka manusia?")
emangnya                   | ctx:denial
memangnya                  | ctx:denial
emang iya                  | ctx:denial
sejak kapan                | ctx:denial
apa iya                    | ctx:denial
apa bener                  | ctx:denial
emang mereka               | ctx:denial
# ---- pred:exclude: why give them rights ("ngapain juga negara ngasih hak ke ...")
re:\b(ngapain|buat apa|untuk apa|ngapain juga|ngapain sih|ngapain coba|apa gunanya|gak usah|ga usah|nggak usah|tidak usah|tak usah)( \w+){0,3} (ngasih|kasih|memberi|memberikan|dikasih|diberi|ngebagi|membagi) (hak|hak-hak|tempat|panggung|ruang|bantuan|bansos|kesempatan|kewarganegaraan|ktp|jabatan|suara|perlindungan|izin)\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:exclude: wishing them gone ("gue udah pengen mereka angkat kaki")
re:\b(pengen|pengin|pingin|ingin|mau|maunya|berharap|harap|semoga|moga|moga-moga|doain|doakan|nunggu)( \w+){0,2} (angkat kaki|minggat|enyah|hengkang|pergi jauh|lenyap dari sini|cabut dari sini|pindah dari sini|keluar dari sini)\b | pred:exclude | 0.95 | exclusion_group
# ---- pred:exclude: not worth a smile, a friend, trust
re:\b(gak|ga|nggak|ngga|enggak|tidak|tak|ndak) (pantes|pantas|layak|berhak|usah|perlu|patut) (dikasih|diberi|dikasi|dapet|dapat|mendapat|menerima|nerima) (senyum|senyuman|hormat|rasa hormat|respek|respect|simpati|empati|belas kasihan|kasihan|panggung|ruang|salam|sapaan|pertolongan|bantuan|perlakuan baik|kebaikan|maaf|ampun|kepercayaan|kesempatan|perhatian)\b | pred:exclude | 0.8 | exclusion_group
re:\b(gak|ga|nggak|ngga|enggak|tidak|tak|ndak) (pantes|pantas|layak|patut|usah|perlu) (ditemenin|ditemani|ditemenin|dijadiin temen|dijadikan teman|dijadikan sahabat|dipercaya|dipercayai|dideketin|didekati|disapa|diajak ngobrol|diajak bicara|diberi kesempatan|dikasih kesempatan|dihormati|dikasihani|ditolong|dibantu|diladenin|dilayani|dikasih senyum|disenyumin)\b | pred:exclude | 0.8 | exclusion_group
# ---- pred:attribute: still rotten, two-faced, bootlickers
re:\b(masih|tetap|tetep|sama|makin|semakin|tambah|emang|memang)( sama| aja| saja)? (busuknya|bejatnya|jahatnya|liciknya|kotornya|brengseknya|bobroknya|hinanya|joroknya|munafiknya|rakusnya|serakahnya|belangnya|biadabnya|kejinya|culasnya)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(bermuka dua|muka dua|bermuka tebal|cari muka|carmuk|penjilat|tukang jilat|penjilat pantat|musang berbulu domba|serigala berbulu domba|lempar batu sembunyi tangan|pagar makan tanaman)\b | pred:attribute | 0.75 | negative_attribute_group
# ---- pred:attribute: "making the country ever more broken" ("gak capek apa mereka bikin ...")
re:\b((gak|ga|nggak|tidak|tak) (capek|cape|capai|bosen|bosan|malu|puas)( apa| ya| sih)?( mereka| kalian| lo| lu| dorang)? )?(bikin|buat|membuat|bikinin|ngebuat)( \w+){0,3} (tambah|makin|semakin|jadi) (ancur|hancur|rusak|bobrok|kacau|berantakan|amburadul|kumuh|kotor|miskin|mundur|terpuruk|bangkrut|rusuh|jorok|semrawut|ricuh|busuk)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:emotion: "bawaannya pengen marah tiap ada ..."
re:\bbawaan(nya)?( \w+)? (pengen|pingin|pengin|ingin|mau|jadi|langsung)? ?(marah|emosi|ngamuk|kesel|kesal|muntah|mual|eneg|enek|jijik|naik darah|naik pitam|benci|sebel|sebal|mules|bete|gerah|panas|ngegas|pengen nonjok|pengen mukul)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(sumpah|sungguh|beneran|bener-bener|asli)( \w+)? (gak|ga|nggak|ngga|enggak|tidak|tak) (tahan|tahan lagi|kuat|sanggup|betah)( deket| dekat| lihat| liat| sama| ama| satu ruangan| sekantor| serumah)?\b | pred:emotion | 0.6 | hate_emotion_group
re:\b(kesel|kesal|emosi|marah|sebel|sebal|eneg|enek|jijik|mual|muak|bete|gerah)( aja| mulu| terus| melulu| banget)? bawaan(nya)?\b | pred:emotion | 0.8 | hate_emotion_group
# ---- pred:emotion: "males ... kalo isinya ..." (put off by who is there)
re:\b(males|malas|ogah|enggan|ilfeel|ilfil|jijik|eneg)( \w+){0,3} (kalo|kalau|klo|kl) (isinya|penontonnya|pesertanya|pengunjungnya|penghuninya|pembelinya|karyawannya|muridnya|tetangganya|penumpangnya|jemaahnya|anggotanya|yg dateng|yang datang|yg dateng tuh)\b | pred:emotion | 0.8 | hate_emotion_group
# ---- pred:exclude: not fit to live beside "normal people"
re:\b(gak|ga|nggak|ngga|tidak|tak) (pantes|pantas|layak|boleh|berhak)( \w+){1,4} (tinggal|hidup|bertetangga|tetanggaan|sekolah|kerja|duduk|makan|berbaur|bergaul|ibadah|beribadah|menetap|ngontrak|ngekos|satu)( \w+){0,3} (orang normal|orang biasa|manusia normal|orang baik-baik|orang waras|orang sehat|orang beradab|kita semua|kami semua)\b | pred:exclude | 0.85 | exclusion_group
# ---- pred:exclude: moving away because of them ("makin banyak ..., mending pindah aja yuk")
re:\b(mending|mendingan|lebih baik|better|kayaknya harus|udah saatnya)( kita| gue| gw| aku| kami)? (pindah|cabut|minggat|jual rumah|pindah rumah|hengkang|angkat kaki)( aja| saja)?( yuk| yok| deh| lah| dari sini)\b | pred:exclude | 0.8 | exclusion_group
# ---- pred:attribute / harassment of a group: "useless", "only a parasite"
re:\b(gak|ga|nggak|ngga|tidak|tak) (ada|punya) (gunanya|guna|manfaatnya|faedahnya|fungsinya|kontribusinya)( sama sekali| blas| samsek)?\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(mending|mendingan|sebaiknya|harusnya|udah saatnya)( \w+){1,3} (dibubarin|dibubarkan|dihapus|dihapuskan|dilenyapkan|dimusnahkan|dibuang)( aja| saja| semua)\b | pred:exclude | 0.75 | exclusion_group
re:\botak (udang|kosong|cetek|dengkul|ayam|kerupuk),? (mulut|mulutnya|bacot|bacotnya) (ember|comberan|sampah|got|besar|bocor|lemes)\b | harassment | 0.7 | insult_at_person

# ---- harassment of a named person: disgust, lists of insults, waiting after school, unworthy of friends
re:\bnajis (banget|bgt|amat|bener|sumpah|parah)( \w+)? (sama|ama|liat|lihat|ngeliat|deket|dekat) (orangnya|mukanya|tampangnya|kelakuannya|gayanya|dia|doi)\b | harassment | 0.7 | insult_at_person
re:\b(jelek|miskin|kere|dekil|buluk|burik|gendut|pesek|bau ketek|bau badan|bau mulut|budug|korengan|bego|tolol|goblok|pendek|cebol|item dekil|udik|kampungan),? (jelek|miskin|kere|dekil|buluk|burik|gendut|pesek|bau ketek|bau badan|bau mulut|budug|korengan|bego|tolol|goblok|pendek|cebol|udik|kampungan),? (dan |plus |udah )?(jelek|miskin|kere|dekil|buluk|burik|gendut|pesek|bau ketek|bau badan|bau mulut|budug|korengan|bego|tolol|goblok|pendek|cebol|udik|kampungan|jomblo|bau)\b | harassment | 0.7 | insult_at_person
re:\b(lo|lu|elo|elu|kamu|km|loe|kau|ente|dia)( \w+)? (gue|gw|gua|aku|w|kami|kita) (tunggu|tungguin|cegat|cegatin|hadang|hadangin|samperin|datengin|cariin|tandain|incer|incar)( \w+)? (di|depan|belakang|abis|habis|sepulang|pas|pulang|gerbang|parkiran|gang|luar)\b | harassment | 0.8 | threat_violence | severe
re:\b(gue|gw|gua|aku|kami|kita) (tunggu|tungguin|cegat|cegatin|hadang|samperin|datengin)( lo| lu| elo| elu| kamu| km| kau| ente)( \w+)? (di|depan|belakang|abis|habis|sepulang|pas|pulang|gerbang|parkiran|gang|luar)\b | harassment | 0.8 | threat_violence | severe
re:\bbawa (temen|teman|temen-temen|teman-teman|temen2|pasukan|bala tentara|gengmu|backingan|beking|bekingan|abang lo|abangmu|bapak lo|bapakmu)( lo| lu| mu| kamu| elo)? (kalo|kalau|klo|jika|kl) (berani|lo berani|lu berani|kamu berani|perlu|takut)\b | harassment | 0.75 | threat_violence
re:\b(sampah|beban|aib|benalu|parasit|najis|sampah masyarakat)( \w+)? (yg|yang) (gak|ga|nggak|tidak|tak) (pantes|pantas|layak|berhak) (punya|dapet|dapat|hidup|ada|diterima|ditemenin|ditemani|dikasih|disayang|dicintai)\b | harassment | 0.75 | insult_at_person
re:\b(gak|ga|nggak|ngga|tidak|tak) (pantes|pantas|layak|berhak) (punya|dapet|dapat) (temen|teman|pacar|pasangan|sahabat|keluarga|kerjaan|pekerjaan|masa depan)\b | harassment | 0.6 | insult_at_person

# ---- ctx:people: a slur right after these is a person ("ngundang X ke grup", "eh X,", "kerjaan X")
re:\b(ngundang|undang|ngundangin|ngajak|ajak|ngajakin|masukin|kick|keluarin|ngeluarin|nge-kick|ngekick|nambahin) | ctx:people
eh                         | ctx:people
kerjaan                    | ctx:people
tingkah                    | ctx:people
isinya                     | ctx:people
makin banyak               | ctx:people
tambah banyak              | ctx:people

# ---- ctx:counter: defending them ("gak ada yg berhak ngusir ..."), disowning the thought
re:\b(gak|ga|nggak|ngga|tidak|tak) ada (yg|yang|satupun|seorang pun|siapa pun|siapapun)( \w+)? (berhak|boleh|pantas|pantes|bisa seenaknya) (ngusir|mengusir|nyakitin|menyakiti|menghina|ngehina|mendiskriminasi|diskriminasi|merendahkan|ngerendahin|melarang|ngelarang|menindas|nindas|membully|ngebully|mengucilkan|ngucilin|memukul|mukul|membunuh|bunuh|menghakimi|ngehakimin|memaksa|maksa|ngatur|mengatur|usir)\b | ctx:counter
re:\b(gak|ga|nggak|ngga|tidak|tak|belum) pernah( sekalipun| sekali pun| sedikit pun| sedikitpun| sama sekali)? (gue|gw|gua|aku|saya|kami|kita|ane) (mikir|berpikir|kepikiran|berpendapat|bilang|setuju|menganggap|nganggep|percaya|pengen|ingin|mau)\b | ctx:counter
re:\b(pikiran|otak|mental|logika|cara pikir|pola pikir) (psikopat|psycho|sakit|gila|biadab|keji|iblis|setan|jahat|fasis|rasis|nazi)\b | ctx:counter

re:\b(kejahatan kemanusiaan|pelanggaran ham|pelanggaran hak asasi|tidak manusiawi|gak manusiawi|ga manusiawi|nggak manusiawi|tak berperikemanusiaan|tidak berperikemanusiaan)\b | ctx:counter
re:\b(jangan|jgn|tidak boleh|tdk boleh|gak boleh|ga boleh|nggak boleh|dilarang|stop|hentikan|jangan sampai) (main hakim sendiri|persekusi|mempersekusi|sweeping|aksi sweeping)\b | ctx:counter
# ---- allow: ordinary words the speller or a context class misreads
kesetiakawanan             | allow
setia kawan                | allow
kuningan                   | allow
# ---- allow: cursing a device ("mati aja lo printer", "dasar laptop")
re:\b(mati|rusak|meledak|hancur) (aja|saja|lah|sana|deh|dah)( lo| lu| kau| kamu| loe| elo)? (printer|laptop|hp|hape|komputer|pc|motor|mobil|aplikasi|app|apk|wifi|sinyal|modem|router|kulkas|tv|mesin cuci|handphone|charger|baterai|batre|mouse|keyboard|remote|kipas|kipas angin|rice cooker|magic com|magicom|ac|lampu|server|game|jaringan|internet|kuota|website|web|sistem|motor matic|mesin|dispenser|setrika|kompor|speaker|headset|earphone|tablet|ipad|iphone|android)\b | allow

# ---- derog_impl frames (recurring shapes of implicit derogation) ----
# "no X accepted" notices: rooms, jobs, shops ("Mohon maaf tidak menerima ...", "Syarat: ... bukan ...")
re:\b(mohon maaf|maaf|mohon maaf sebelumnya|sorry|sori|punten|afwan)( \w+)? (tidak|tdk|gak|ga|nggak|ngga|kami tidak|kami gak|kami tdk|saya tidak) (menerima|nerima|terima|melayani|layani|ngelayanin|nyewain|menyewakan|mempekerjakan|merekrut|buka untuk|untuk) (orang|orang-orang|kaum|golongan|penganut|jemaah|jamaah|jemaat|pasangan|etnis|suku|ras|keturunan|penyandang|kalangan|non)\b | pred:exclude | 0.85 | exclusion_group
re:\b(yg|yang) merasa( \w+)?,? (gak|ga|nggak|ngga|tidak|tak|jangan|jgn)( usah| perlu)? (kirim|ngirim|melamar|ngelamar|daftar|mendaftar|apply|lamar|dateng|datang|ikut|masuk|coba|nyoba|ngelamar kerja|nanya|tanya|dm|chat|wa)\b | pred:exclude | 0.95 | exclusion_group
# ---- pred:exclude: "kick aja" (throw them out of the group)
re:\b(kick|keluarin|keluarkan|tendang|depak|usir|blokir|block|banned|remove) (aja|saja|deh|lah|dong|sekarang|langsung)\b | pred:exclude | 0.85 | exclusion_group
# friends maybe, never family ("boleh temenan sama ..., tapi jangan sampe dinikahin")
re:\b(boleh|silakan|silahkan|gapapa|gpp|nggak papa|gak papa|ga papa|sah-sah aja)( aja| saja)? (temenan|berteman|bergaul|kenal|kerja bareng|ngobrol|main|kenalan)( \S+){0,5} (tapi|tp|asal|asalkan|cuma|namun) (jangan|jgn|gak usah|ga usah|jangan sampe|jangan sampai|jangan pernah|jgn sampe|pantang)( \w+){0,3} (dibawa pulang|bawa pulang|dinikahin|dinikahi|nikahin|dinikahkan|nikah|menikah|kawin|pacaran|jadian|jadi menantu|jadi mantu|dibawa ke rumah|diajak ke rumah|dijadiin pacar|dijadikan menantu|dikenalin ke ortu|dikenalkan ke orang tua|masuk rumah|masuk keluarga)\b | pred:exclude | 0.85 | exclusion_group
# theft suspicion: take your mirrors off, keep your wallet close, things go missing whenever ...
re:\b(mending|mendingan|sebaiknya|lebih baik|better|jangan lupa|jgn lupa|wajib|pastiin|pastikan)( \w+)? (spion|helm|dompet|hp|hape|tas|sendal|sandal|motor|barang|barang berharga|barang-barang|perhiasan|emas|kunci motor|aki|ban|velg|plat|jemuran|kaca spion|tutup pentil|pentil)( \w+)? (dilepas|lepas|dicopot|copot|dibawa|bawa masuk|dikunci|kunci ganda|digembok|gembok|diumpetin|umpetin|disembunyiin|dijaga|dipegang erat|pegang erat|diamankan|diiket|dimasukin|dikekep|kekep)( dulu| aja| erat-erat| baik-baik)?\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(tiap|setiap|tiap kali|setiap kali|kok tiap|kok setiap|kalo|kalau)( ada)? (barang|duit|uang|hp|hape|dompet|motor|sendal|sandal|helm|laptop|kas|jemuran|ayam)( \w+)? (ilang|hilang|dicuri|dicolong|lenyap|kemalingan|digondol)\b | pred:attribute | 0.8 | negative_attribute_group
# fake statistics ("bukan gue yg ngomong, data yg ngomong")
re:\b(bukan|bkn) (gue|gw|gua|aku|saya|w|ane) (yg|yang) (ngomong|bilang|ngomong ya|mengatakan|ngarang|bicara),? (data|fakta|statistik|angka|berita|sejarah|realita|realitanya|kenyataan|bukti|faktanya)( yg| yang)? (ngomong|bicara|berbicara|bilang|membuktikan|yg ngomong|nunjukin|menunjukkan)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b\d+ (dari|dr) \d+ (kasus|pelaku|maling|begal|kriminal|penjahat|teroris|pemerkosa|napi|narapidana|pencuri|copet|perampok|pengedar|penipu)( \w+){0,5} (pelakunya|pelaku(nya)? (adalah|ya|tuh|itu)|tersangkanya|ternyata|pasti)\b | pred:attribute | 0.85 | negative_attribute_group
# "welfare runs out because of them" ("pantesan bansos cepet abis")
re:\b(pantes|pantesan|pantas|pantasan|makanya|gara-gara|soalnya)( aja| saja)?,? (bansos|subsidi|blt|dana bantuan|bantuan|anggaran|pajak|apbn|apbd|beras bulog|jatah|dana desa|kas negara|uang negara|uang rakyat)( \w+)? (cepet|cepat|cepet-cepet|selalu|terus|mulu)? ?(abis|habis|ludes|jebol|bocor|defisit|tekor|kurang|kering|nombok)\b | pred:attribute | 0.95 | negative_attribute_group
# smell and avoidance ("gue mending naik tangga. Hidung gue sensitif.")
re:\b(mending|mendingan|lebih baik|better|langsung|terpaksa)( gue| gw| aku| saya)? (naik tangga|lewat tangga|tunggu lift (berikutnya|selanjutnya)|nunggu lift (berikutnya|selanjutnya)|tahan napas|tahan nafas|nahan napas|nahan nafas|tutup hidung|nutup hidung|pake masker|pakai masker|pindah meja|pindah bangku|turun di halte berikutnya|turun duluan|nunggu angkot lain|nunggu bus berikutnya|keluar lift)\b | pred:exclude | 0.8 | exclusion_group
re:\b(hidung|idung)( gue| gw| gua| aku| saya| ku| w)? (sensitif|gak kuat|ga kuat|nggak kuat|gak tahan|ga tahan|nggak tahan|langsung gatel|perih|protes|alergi|auto mampet|langsung mampet)\b | pred:attribute | 0.8 | negative_attribute_group
# contamination: washing after a handshake
re:\b(abis|habis|sehabis|setelah|sesudah|tiap|tiap kali|setiap)( \w+)? (salaman|bersalaman|jabat tangan|jabatan tangan|kesenggol|disentuh|nyentuh|pegangan|dipegang|duduk sebelahan|deketan)( \S+){0,5} (langsung|terus|trus|buru-buru|cepet-cepet|wajib|harus)( \w+)? (cuci tangan|cuci muka|mandi|mandi wajib|pake hand sanitizer|pakai hand sanitizer|pake handsanitizer|semprot|disemprot|sanitizer|cuci pake sabun|cuci bersih|keramas|disamak|dicuci|cuci)\b | pred:attribute | 0.85 | negative_attribute_group
# neighbours: "if they are ..., get ready for ..."
re:\bsiap-siap( aja| saja| deh| lah)? (got mampet|bau|kebauan|berisik|kebisingan|kemalingan|kehilangan barang|rusuh|ribut|kotor|kumuh|sampah numpuk|sampah berserakan|ketularan|dikerjain|diganggu|ditipu|kena tipu|kena palak|dipalak|nyium bau|bau dapur|bau busuk|bau amis|bau babi|ribut tiap malem|ribut tiap malam|banyak maling)\b | pred:attribute | 0.95 | negative_attribute_group
# replacement: breeding, the natives becoming a minority
re:\b(beranak-pinak|beranak pinak|berkembang biak|beranak terus|ngelahirin terus|bikin anak terus|brojol terus|ngebrojol|beranak kayak kucing|beranak kayak tikus)\b | pred:dehumanise | 0.75 | dehumanising_group
re:\b(kita|kami|anak cucu kita|anak cucu)( \w+){0,2} (jadi|menjadi|bakal jadi|akan jadi|bisa jadi|malah jadi|yg jadi|yang jadi) (minoritas|penumpang|budak|terusir|tersingkir)( di (tanah|negeri|negara|kampung|rumah|bumi) (sendiri|kita|kami|leluhur))?\b | pred:attribute | 0.8 | negative_attribute_group
# dual loyalty: "their loyalty is to 'over there', not to the Red and White"
re:\b(loyal|loyalnya|kesetiaan|kesetiaannya|setia|setianya|patuh|patuhnya|tunduk|tunduknya|hatinya|kiblatnya|baktinya)( \w+)? (ke|kepada|pada|sama|ama|buat) ['"]?(sana|negara asal|negeri asal|negeri leluhur|leluhurnya|tanah leluhur|asing|tuannya|majikannya|luar negeri|negeri seberang|negara lain|bangsa lain)['"]?\b | pred:attribute | 0.75 | negative_attribute_group
re:\bbukan (ke|kepada|pada|sama|buat|untuk) (merah putih|sang merah putih|negara ini|bangsa ini|pancasila|tanah air|ibu pertiwi|republik ini)\b | pred:attribute | 0.75 | negative_attribute_group
# ---- pred:attribute: "gak usah sok asik" (a put-down said to whoever is named)
re:\b(gak|ga|nggak|ngga|tidak|tak|jangan|jgn) (usah|perlu)( \w+)? sok (asik|asyik|akrab|pinter|pintar|jago|suci|alim|ngatur|keren|kenal|deket|dekat|paling bener|paling benar|berkuasa|hebat|penting|lucu|cantik|ganteng|kaya|iye|iya)\b | pred:attribute | 0.8 | negative_attribute_group
# ---- speller guard: keep "petisi" (and kin) from being split into "peti si"
re:\b(petisi|petisinya|berpetisi|kompetisi|kompetisinya|berkompetisi|repetisi|kompetitif|kompetitor)\b | allow

# ==== fifth round: families from the misses of tests/tuning_suites_e
# ---- a reporting word negated is no counter-speech ("gak usah lapor polisi", "jangan dilaporin")
re:\b(gak|ga|nggak|ngga|tidak|tak|jangan|jgn|gausah|ngapain)( usah| perlu| pake| pakai)? (lapor|laporin|ngelapor|melapor|dilapor|dilaporin|dilaporkan|laporkan|report|lapor ke) (polisi|ke polisi|aparat|pak rt|rt|satpam|admin)\b | allow

# ---- pred:threat: "langsung kita gebukin" (first person plural with a beating verb)
re:\b(langsung|lgsg|lgsung|auto|siap|pasti|bakal|bakalan)( aja| saja| deh)? (kita|kami|gue|gw|gua|aku|warga) (gebukin|gebuk|hajar|keroyok|pukulin|bantai|sikat|seret|bakar|tampol|habisin|habisi|timpuk|lempari|gampar|tonjokin|arak|telanjangin|usir paksa)\b | pred:threat | 0.95 | threat_group | severe
# ---- pred:threat: weapons sharpened or readied for them ("golok udah gue asah", "parang khusus buat ...")
re:\b(golok|parang|pisau|celurit|clurit|arit|samurai|pedang|bambu runcing|tombak|keris|badik|kapak|kampak|linggis|pentungan|sajam)( \w+){0,3} (asah|diasah|ngasah|mengasah|udah tajam|sudah tajam|udah siap|sudah siap|udah nunggu|udah gatel|siap dipake|siap dipakai)\b | pred:threat | 0.95 | threat_group | severe
re:\b(asah|ngasah|mengasah|nyiapin|siapin|siapkan|nyiapin) (golok|parang|pisau|celurit|clurit|arit|samurai|pedang|bambu runcing|tombak|keris|badik|kapak|kampak)( \w+){0,4} (khusus|spesial|buat|untuk|utk)\b | pred:threat | 0.95 | threat_group | severe
re:\b(golok|parang|celurit|clurit|samurai|pedang|bambu runcing|badik|kapak|kampak|peluru|molotov|bensin)( \w+){0,5} (khusus|spesial|spesialis) (buat|untuk|utk|bagi)\b | pred:threat | 0.9 | threat_group | severe
# ---- pred:threat: a "lesson" promised ("gue kasih 'pelajaran' ke ...", "... Biar kapok seumur hidup")
re:\b(gue|gw|gua|aku|kami|kita|saya|ane)( \w+)? (kasih|kasi|ngasih|beri|kasihin|berikan) ['"](pelajaran|paham|hadiah|kenang-kenangan|oleh-oleh|salam|sambutan|pelayanan|perawatan)['"]\b | pred:threat | 0.95 | threat_group | severe
re:\b(kasih|kasi|ngasih|beri|memberi|kasihin) ['"]?(pelajaran|paham)['"]?[^!?]{0,70}\b(biar|sampe|sampai|supaya|ampe|agar) (kapok|jera|tau rasa|tahu rasa|kapok seumur hidup|inget seumur hidup|ingat seumur hidup|cacat seumur hidup|gak bisa jalan|ga bisa jalan)\b | pred:threat | 0.95 | threat_group | severe
# ---- pred:threat: "don't blame us if their house is ash" (conditional, stronger than the round-4 entry)
re:\b(jangan|jgn) (salahin|salahkan|nyalahin|menyalahkan|salahin aja) (kami|kita|gue|gw|warga|massa|kami semua)( \w+)? (kalau|kalo|klo|kl|jika|bila|kalau nanti|kalo nanti|kalau besok|kalo besok)\b[^.!?]{0,50}\b(tinggal abu|jadi abu|jadi arang|rata (sama|dengan|dgn) tanah|tinggal puing|hangus|kebakar|terbakar|dibakar|tinggal nama|kenapa-kenapa|kenapa2|celaka|babak belur|digeruduk|diserbu|diamuk massa|dihakimi massa)\b | pred:threat | 0.95 | threat_group | severe
# ---- pred:threat: making their life hell ("bakal bikin hidup ... kayak di neraka")
re:\b(bikin|buat|membuat|jadiin|jadikan|menjadikan) hidup( \S+){0,6} (kayak|kaya|kek|seperti|bagai|bagaikan|jadi|menjadi|serasa|berasa) (di )?neraka\b | pred:threat | 0.9 | threat_group | severe
re:\b(bakal|akan|bakalan|pasti|sumpah|janji|siap)( gue| gw| kami| kita| aku| saya)? (bikin|buat|membuat|jadiin) hidup( \S+){0,6} (sengsara|menderita|gak tenang|ga tenang|nggak tenang|tidak tenang|hancur|berantakan|neraka|susah)\b | pred:threat | 0.9 | threat_group | severe
# ---- pred:threat: houses and faces already marked ("pintu rumah kalian udah kami tandain")
re:\b(rumah|pintu|pintu rumah|alamat|muka|wajah|tempat|toko|warung|kontrakan|kos|kosan|mobil|motor|nama|anak)( \w+){0,2} (udah|sudah|dah|telah|udh) (kami|kita|gue|gw|aku|saya|gua) (tandain|tandai|catat|catet|incar|incer|intai|pantau|tandain semua|kantongin|data|foto|fotoin|simpen|simpan)\b | pred:threat | 0.9 | threat_group | severe
# ---- pred:threat: quoted euphemisms for violence ("bakal gue 'urus' sendiri")
re:\b(bakal|akan|pasti|langsung|siap|mau|tinggal)( gue| gw| gua| kami| kita| aku| saya)? ['"](urus|urusin|beresin|bereskan|bersihin|bersihkan|amankan|amanin|jemput|sambut|tertibkan|tertibin|selesaikan|selesaiin|tangani|rawat|bina|sapa|kunjungi|sambangi|didik|ajarin|tidurin|diemin|diamkan|kondisikan)['"]( sendiri| semua| satu-satu| satu per satu)?\b | pred:threat | 0.9 | threat_group | severe
# ---- pred:threat: taken one by one ("satu per satu ... akan kami jemput")
re:\b(satu per satu|satu-satu|satu satu|satu2|atu-atu)( \w+){0,4} (akan|bakal|pasti|bakalan)? ?(kami|kita|gue|gw|gua) (jemput|jemputin|ciduk|culik|angkut|seret|tangkap|tangkepin|tangkapin|ambil|bawa|habisi|habisin|datangi|datengin|samperin|eksekusi)\b | pred:threat | 0.95 | threat_group | severe
# ---- pred:violence: their blood lawful ("darah ... halal")
re:\bdarah( \w+){1,3} (halal|halal ditumpahkan|boleh ditumpahkan|sah ditumpahkan|boleh dibunuh|halal dibunuh|boleh dialirkan|halal diburu)\b | pred:violence | 0.95 | violence_group | severe
# ---- pred:violence: buried together ("dikubur rame-rame aja dalam satu lubang")
re:\b(dikubur|dikuburin|dikuburkan|kubur|kuburin|kuburkan|dipendam|ditanam|ditimbun)( \w+){0,2} (rame-rame|ramai-ramai|beramai-ramai|sekalian|hidup-hidup)( aja| saja)?( \w+){0,2} (satu lubang|satu liang|lubang yang sama|satu kuburan)\b | pred:violence | 0.95 | violence_group | severe
re:\b(dikubur|dikuburin|dikuburkan|kubur|kuburin|kuburkan|dipendam|ditanam|ditimbun)( \w+){0,2} (rame-rame|ramai-ramai|beramai-ramai|hidup-hidup|sekalian) (aja|saja|deh|lah)\b | pred:violence | 0.9 | violence_group | severe
re:\b(dikubur|dikuburin|dikuburkan|kubur|kuburin|kuburkan|dipendam|ditimbun)( aja| saja)?( \w+){0,2} (dalam|di|ke) (satu lubang|satu liang|lubang yang sama|satu kuburan|kuburan massal)\b | pred:violence | 0.9 | violence_group | severe
# ---- pred:threat: wishing to punch whenever one sees them
re:\b(pengen|pingin|pengin|ingin|rasanya pengen|gatel pengen|jadi pengen|kepengen|mau)( banget)? (ninju|ninjuin|nonjokin|ngegampar|ngetabok|nabokin|ngebacok|nyekek|nyekik|ngelempar batu|nimpuk|ngeroyok|ngegebukin|nggebukin|ngelindes|ngelindas|nendangin|nampolin|ngehajar|ngegorok|nusuk|menusuk|ngebantai|membantai|mukulin|memukuli)\b | pred:threat | 0.9 | threat_group | severe
# ---- pred:threat: calls to join a raid ("siapa yang mau ikut sweeping ...")
re:\b(ikut|ayo|ayok|yuk|yok|mari|gabung|ikutan|siapa mau|siapa yg mau|siapa yang mau) (sweeping|grebek|gerebek|ngegrebek|geruduk|ngegeruduk|persekusi|mempersekusi|nyerbu|serbu|menyerbu|ngeroyok|keroyok|bantai|ngebantai|gebukin|ngegebukin|bakar|ngebakar)\b | pred:threat | 0.9 | threat_group | severe
# ---- pred:exclude: locked up on one island; wiped off the map
re:\b(dikurung|dikumpulin|dikumpulkan|dibuang|diasingkan|dipindahin|dipindahkan|ditaruh|ditaro|diangkut|dikirim|dikarantina|diisolasi|digiring)( semua| semuanya| aja| saja)*( \w+)? (ke|di|dalam) (satu pulau|sebuah pulau|pulau terpencil|pulau kosong|pulau terpisah|pulau tersendiri|pulau sendiri|kamp|kamp konsentrasi|kamp khusus|nusakambangan)\b | pred:exclude | 0.95 | exclusion_group
re:\b(dihapus|dihapusin|dihilangkan|dihilangin|dilenyapkan|dilenyapin|dimusnahkan|dienyahkan|disingkirkan|dibuang|dicoret|hapus|hapusin|lenyapkan|musnahkan)( aja| saja| semua| semuanya)* (dari )?(peta|muka bumi|permukaan bumi|bumi ini|dunia ini|peta dunia|peta indonesia)\b | pred:violence | 0.9 | violence_group | severe
# ---- pred:dehumanise: roaming free like stray dogs
re:\b(berkeliaran|keliaran|keluyuran|berkeliling|berkeliaran bebas|dibiarin bebas|dilepas)( bebas)?( \w+)? (kayak|kaya|kek|seperti|macam|bagai|bagaikan|layaknya) (anjing|babi|tikus|binatang|hewan|kecoa|monyet|kambing|ternak|anjing liar|hewan liar|binatang liar)\b | pred:dehumanise | 0.85 | dehumanising_group
# ---- pred:exclude: begrudging their life here ("gak rela ... hidup enak di negeri ini")
re:\b(gak|ga|nggak|ngga|tidak|tak|ogah) (rela|ikhlas|sudi|terima)( \S+){1,4} (hidup enak|hidup tenang|hidup nyaman|hidup bebas|hidup damai|tinggal|menetap|hidup|berkeliaran|ada)( \S+){0,2} (negeri|negara|indonesia|sini|kampung|kota|tanah air|daerah)\b | pred:exclude | 0.85 | exclusion_group
# ---- pred:attribute: no moral capacity, bringers of disaster
re:\b(gak|ga|nggak|ngga|tidak|tak|gk) (punya|memiliki|ada) (kapasitas|kemampuan|kecakapan|kelayakan|kompetensi)( moral| intelektual| mental| otak| akal)?( untuk| buat| utk)? (hidup bermasyarakat|bermasyarakat|hidup berdampingan|hidup beradab|berpikir|mikir|memimpin|beradab|bergaul|bersosialisasi|bermoral|membedakan)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(gak|ga|nggak|ngga|tidak|tak|gk) (punya|memiliki|ada) (moral|moralitas|etika|adab|tata krama|sopan santun|kapasitas moral|akal budi|budi pekerti)\b | pred:attribute | 0.75 | negative_attribute_group
re:\bpembawa (bencana|sial|malapetaka|petaka|musibah|penyakit|masalah|kehancuran|kesialan|celaka|virus|wabah|azab|bala|onar|kerusakan)\b | pred:attribute | 0.85 | negative_attribute_group
# ---- pred:worth denied: "mana ada ... yang jujur?"
re:\bmana ada\b[^.!?,]{1,40} (yg|yang) | ctx:denial
re:\b(gak|ga|nggak|tidak) ada (satu pun|satupun|seorang pun|seorangpun)[^.!?,]{1,40} (yg|yang) | ctx:denial
# ---- pred:attribute: don't expect them to know manners ("gak usah ngarep ... ngerti sopan santun")
re:\b(gak|ga|nggak|ngga|tidak|jangan|jgn) (usah|perlu)? ?(ngarep|ngarepin|berharap|harap|mimpi|ngimpi|ngarap)( \S+){1,4} (ngerti|mengerti|paham|tau|tahu|punya|bisa|kenal)( \S+)? (sopan santun|sopan|adab|etika|tata krama|aturan|malu|terima kasih|berterima kasih|jujur|kejujuran|bersih|kebersihan|tertib|antri|antre|balas budi|moral)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bdari (sana|sananya|lahir|lahirnya|kecil|orok|oroknya|bawaan|dulunya)( emang| memang| udah| sudah)? (gak|ga|nggak|tidak|tak) (diajarin|diajari|dididik|punya|kenal|tau|tahu|dikasih) (sopan santun|adab|etika|tata krama|aturan|malu|moral|akhlak|agama|otak)?\b | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:dehumanise: swarming pests and gnawing insects as similes and verbs
re:\b(kayak|kaya|kek|kyk|seperti|macam|bagai|bagaikan|ibarat|layaknya|mirip) (belalang|rayap|kecoa|kecoak|tikus|tikus got|lintah|lintah darat|benalu|parasit|hama|kutu|kutu busuk|tuma|ulat|ulat bulu|lalat|lalat ijo|nyamuk|cacing|cacing pita|wereng|virus|wabah|belatung|kuman|jamur|tumor|kanker|sampah|anjing liar|babi hutan|gerombolan serigala)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(ngegerogotin|ngegrogotin|ngerogotin|menggerogoti|gerogotin|ngegerogoti|ngerongrong|merongrong)( \w+){0,3} (negeri|negara|bangsa|kampung|kota|dari dalam|dari dalem|dari dlm|pelan-pelan|diem-diem|diam-diam|sampai habis|sampe abis)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(ngelintah|melintah|ngelintahin|kerjaannya ngisep|ngisep darah|ngisap darah|menghisap darah|nyedot darah|ngisep duit|nempel(,| dan| terus)? ngisep)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(dateng|datang|dtg|muncul|nyerbu|menyerbu)( \w+)? (rombongan|bergerombol|bergerombolan|berbondong-bondong|segerombolan)\b[^.!?]{0,25}\b(ngabisin|ngehabisin|menghabiskan|ngerusak|merusak|nyikat|ngejarah|menjarah)( semua| semuanya| apa aja| apa saja)?\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(udah|sudah|telah|mulai|makin|dah|lagi-lagi)( \w+)? (dijangkitin|dijangkiti|terjangkit|kejangkitan|digerogoti|digerogotin|terinfeksi|diinfeksi|kemasukan|disusupi|disusupin|dirembesin|dibanjiri|dibanjirin|dikerubungi|dikerubutin)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(belum|blm|gak|ga|nggak|ngga|tidak|tak) (selesai |sempurna |lulus |tuntas )?(berevolusi|ber-evolusi|evolusi|selesai evolusinya|berevolusi sempurna|ngelewatin evolusi)( jadi| menjadi)?( manusia)?\b | pred:dehumanise | 0.95 | dehumanising_group
re:\b(evolusinya|evolusi mereka|proses evolusinya) (gagal|belum selesai|belum kelar|mandek|macet|berhenti|ketinggalan)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(kayak|kaya|kek|seperti|macam|bagai|bagaikan|layaknya) (anjing|babi|monyet|kera|binatang|hewan|kambing|sapi) (lepas|liar|gila|kelaparan|kampung|buduk|kurap|lepas rantai|lepas kandang|birahi|lagi kawin)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\bbau(nya)?\b[^!?]{0,30}\b(kayak|kaya|kek|seperti|macam|mirip|kek bau) (bangkai|bangkai tikus|got|comberan|tai|taik|sampah|kandang|kandang babi|kandang kambing|kambing|kakus|jamban|septic tank|septictank|tikus mati|ikan busuk)\b | pred:dehumanise | 0.95 | dehumanising_group
re:\b(yang|yg) namanya (benalu|parasit|maling|sampah|penipu|lintah|tikus|hama|penjahat|pengkhianat|teroris|binatang|babi|anjing|setan|iblis|pembohong|kriminal|perusuh|penjajah|pendatang)( \w+)? (ya |yah )?(tetep|tetap|tetaplah|tetep aja|tetap saja|selamanya)\b | pred:dehumanise | 0.95 | dehumanising_group
re:\bsekali (maling|penipu|pembohong|pencuri|penjahat|pengkhianat|bajingan|kriminal|benalu|sampah|binatang|teroris|koruptor|munafik|licik|busuk) (tetep|tetap|tetaplah|ya tetep|ya tetap|selamanya|seumur hidup)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(yang|yg) namanya( \w+){1,2} (ya |yah )?(tetep|tetap|tetaplah|tetep aja|tetap saja)\b[^.!?]{0,40}\b(mau|biar|walau|walaupun|meski|meskipun) (dikasih|diberi|dididik|disekolahin|dikasi|jadi|sekolah)\b | pred:attribute | 0.9 | negative_attribute_group

# ---- pred:attribute: cursed people, forked tongues, permanent stupidity, walking red flags
re:\b(kaum|golongan|bangsa|umat|orang-orang|manusia|makhluk)( \w+)? (yang|yg) (dilaknat|terlaknat|dikutuk|terkutuk|dimurkai|dimurkai tuhan|dimurkai allah|dilaknat allah|sesat|menyesatkan|celaka|hina|najis|diazab)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(lidah(nya)?|lidah mereka) (bercabang|bercabang dua|bercabang-cabang|ular|bengkok)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(penuh|penuh dengan|sarat) (tipu muslihat|kelicikan|kebohongan|dusta|kedengkian|kebencian|kemunafikan|akal bulus)\b | pred:attribute | 0.85 | negative_attribute_group
re:\bhati(nya| mereka) (keras|busuk|hitam|kotor|dengki|iri|batu|membatu|bengis|culas)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(bodoh|goblok|bego|tolol|dungu|bebal|malas|males|jorok|licik|kotor|busuk|bejat|pemalas|oon|lemot)(nya)? (permanen|abadi|bawaan|bawaan lahir|turunan|turun-temurun|mendarah daging|udah mendarah daging|dari lahir|dari orok|seumur hidup|gak ketolongan|ga ketolongan|nggak ketolongan|akut|kronis|stadium akhir|level dewa|tingkat dewa|hakiki|gak ada obatnya|ga ada obatnya|nggak ada obatnya|sampai mati|sampe mati)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(diajarin|diajari|dididik|dikasih tau|dikasih tahu|dinasehatin|dinasehati|dinasihati|dibina|disekolahin)( \S+){0,6} (juga |tetep |tetap |pun |ya )?(percuma|sia-sia|gak ngaruh|ga ngaruh|nggak ngaruh|gak mempan|ga mempan|nggak mempan|gak masuk|ga masuk|tetep bodoh|tetap bodoh|tetep aja)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(red flag|redflag) (berjalan|semua|semuanya|banget|bgt|parah|dari lahir)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(toxic|toksik) (parah|banget|bgt|abis|semua|semuanya|akut|dari lahir)\b | pred:attribute | 0.75 | negative_attribute_group
re:\bmental (pengemis|budak|miskin|maling|kere|penjajah|gratisan|peminta-minta|benalu|parasit|tempe|kerupuk|inlander|jongos|babu|kriminal|penipu)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(bisa|bisanya|kerjaannya|kerjaan)( nya)? (cuma|hanya|cuman|cm|doang|taunya)( \w+)? (ngotorin|mengotori|nyampah|ngabisin|menghabiskan|ngerecokin|nyusahin|ngemis|minta-minta|beranak|bikin anak|ngutang|nyolong|nyuri|bikin kotor|bikin bau|bikin kumuh|bikin rusak|numpang|nebeng|morotin|malak|mabok|mabuk|ngerampok|ngeributin|ngerepotin|ngeluh|nyinyir|ngerusuh|memperkosa|merkosa|nipu)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(itu|semua|jelas|pasti|ini|udah pasti|jelas-jelas) (ulah|perbuatan|kerjaan|gara-gara|salah) (mereka|kaum itu|orang-orang itu|kalian|mereka semua|golongan itu)\b | pred:attribute | 0.9 | negative_attribute_group
re:\bsejak\b[^.!?]{1,60}\b(angka kriminal|kriminalitas|kriminal|kejahatan|pencurian|kemalingan|begal|perampokan|kerusuhan|narkoba|penyakit|pemerkosaan|maksiat|tawuran)( \w+)? (naik|meningkat|melonjak|bertambah|makin tinggi|merajalela|makin banyak|tambah banyak|marak|meroket)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(gak|ga|nggak|ngga|tidak|tak|gk) (pernah )?(punya|memiliki|ada) (kapasitas|kemampuan)\b | pred:attribute | 0.6 | negative_attribute_group

# ---- grp:pronoun: counting back to a group ("ketiganya pemalas")
ketiganya                  | grp:pronoun
keempatnya                 | grp:pronoun
kelimanya                  | grp:pronoun
tiga-tiganya               | grp:pronoun
semua-muanya               | grp:pronoun
orang-orang begituan       | grp:pronoun
orang begituan             | grp:pronoun
makhluk begituan           | grp:pronoun
kaum tersebut              | grp:pronoun
golongan tersebut          | grp:pronoun

# ---- pred:emotion: grudges, hatred that cannot stop, smashing the TV
re:\b(dendam|kebencian|benci|rasa benci|rasa jijik|sakit hati|muak)( \w+)? (gue|gw|gua|aku|saya|kami|kita|ku|ane) (ke|sama|ama|kepada|pada|terhadap|buat|untuk|dengan)\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(gak|ga|nggak|ngga|tidak|tak) (bisa|bakal|akan|pernah|mau|sanggup) (berhenti|stop|lepas dari|ilang|hilang) (membenci|benci|muak|jijik|dendam|mendendam|nyumpahin|menyumpahi|mengutuk|ngutuk|ngebenci)\b | pred:emotion | 0.95 | hate_emotion_group
re:\b(bikin|membuat|buat|bikinin) (gue|gw|gua|aku|saya|w|ane)( \w+)? (pengen|ingin|mau|jadi pengen|rasanya pengen|kepengen) (banting|ngebanting|lempar|ngelempar|mecahin|nendang|nonjok|ninju|nabok|mukul|ngamuk|teriak|muntah|misuh|nyumpahin|hancurin)( \w+)?\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(nonton|liat|lihat|ngeliat|denger|dengar|baca|inget|ingat|mikirin|ketemu|berita)( \S+){0,5} (bikin|membuat|buat|bikinin) (gue|gw|gua|aku|saya|w|ane)( \w+)? (pengen|ingin|mau|jadi pengen|rasanya pengen|kepengen) (banting|ngebanting|lempar|ngelempar|mecahin|nendang|nonjok|ninju|nabok|mukul|ngamuk|teriak|muntah|misuh|nyumpahin|hancurin)( \w+)?\b | pred:emotion | 0.95 | hate_emotion_group
re:\b(sebel|sebal|benci|muak|kesel|kesal|jijik|eneg|enek|dongkol|gondok|ilfil|geram|marah)( \w+)? (setengah mati|sampe mati|sampai mati|tingkat dewa|stadium akhir|ke ubun-ubun|sampe ke ubun-ubun|sampai ke ubun-ubun|luar biasa|pol|maksimal)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(ngeliat|liat|lihat|melihat|denger|dengar|mendengar|inget|ingat|baca) (kelakuan|tingkah|tingkah laku|sifat|muka|tampang|gaya|perilaku|berita)\b[^.!?]{1,50}\b(pengen muntah|mau muntah|ingin muntah|mual|eneg|enek|muak|jijik|ilfil|ilfeel|naik darah|emosi|mendidih|geram|kesel|kesal|sebel|sebal)\b | pred:emotion | 0.95 | hate_emotion_group
re:\b(muak|eneg|enek|jijik|benci|sebel|sebal|kesel|kesal|ilfil|males|malas) (sama|ama|dengan|dgn|ke|liat|lihat|ngeliat) (tingkah|kelakuan|perilaku|sifat|gaya|bau|muka|tampang|omongan|cara|bacot)( \w+)? (orang-orang|kaum|golongan|mereka|makhluk|orang|bangsa)\b | pred:emotion | 0.95 | hate_emotion_group
re:\bmending (gue|aku|saya|gw|gua|w|kami|kita) (yang|yg) (keluar|pergi|pindah|cabut|minggat|out|mundur|left|resign|angkat kaki)\b | pred:exclude | 0.9 | exclusion_group

# ---- pred:violence: to be stopped by any means
re:\b(harus|wajib|mesti|perlu|kudu|patut) (dihentikan|dihentiin|distop|dilawan|diberantas|dibasmi|dihabisi|disingkirkan|diusir|dilenyapkan|dienyahkan|ditumpas|dihancurkan),?( \S+){0,3} (dengan|dgn|pake|pakai|dengan segala|apa pun|apapun) ?(cara apa pun|cara apapun|segala cara|berbagai cara|kekerasan|paksa|caranya|cara|tangan besi)\b | pred:violence | 0.9 | violence_group | severe

# ---- exclusion and suspicion frames that also read slurs: "kemasukan ... lagi", "harus bebas dari",
# "kalah gara-gara ada ... di tim", "sayang ... banyak ..., gak jadi daftar", "hati-hati ..., pasti dicurangin"
re:\b(harus|wajib|mesti|kudu|perlu|pokoknya|kudu) (bebas|bersih|steril|suci|dibersihkan|dibersihin|disterilkan) (dari|dr)\b | pred:exclude | 0.9 | exclusion_group
re:\b(kalah|hancur|ancur|rusak|berantakan|kacau|sial|apes|bubar|gagal|jelek|jeblok)( \w+){0,3} (gara-gara|gara2|gegara|gara gara|karena|krn|karna|gr2) (ada|masukin|dimasukin|nerima|ngajak)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(sayang|sayangnya)\b[^.!?]{0,30}\b(banyak|kebanyakan|penuh|isinya|mayoritas|rata-rata)\b[^!?]{1,40}\b(gak|ga|nggak|tidak|batal) jadi (daftar|beli|sewa|ngontrak|ngekos|masuk|pindah|nyekolahin|sekolah|kesana|ke sana|booking|pesan|mesen|ambil|kerja)\b | pred:exclude | 0.95 | exclusion_group
re:\b(hati-hati|hati2|awas|waspada|ati-ati)\b[^.!?]{0,40}\b(pasti|bakal|ntar|nanti|bisa|auto) (dicurangin|dicurangi|ditipu|dikibulin|dibohongin|dipalak|digetok|dikerjain|diakalin|dirampok|dicopet|dimaling|dikadalin|diperas|dijampi-jampi|diguna-guna|dipelet)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(udah|sudah|dah|mulai|lagi-lagi) kemasukan | ctx:people
re:\b(harus|wajib|pokoknya|mesti|kudu) (bebas|bersih|steril) (dari|dr) | ctx:people
re:\b(yang|yg) namanya | ctx:people
re:\b(yang|yg) (jaga|ngajar|layanin|ngelayanin|melayani) | ctx:people
re:\b(muridnya|siswanya|penghuninya|warganya|tetangganya|karyawannya|pegawainya|pembelinya|penontonnya|pemainnya|anggotanya|jemaahnya|penumpangnya|pelanggannya|pengurusnya|penyewanya|mahasiswanya)( banyak| kebanyakan| mayoritas| semua| semuanya)? | ctx:people
re:\b(ngebelain|belain|membela|ngebela|bela-belain|dukung|ngedukung|mendukung) | ctx:people
re:\bdi (tim|timku|tim gue|tim gw|tim gua|tim kita|squad|party)\b | ctx:people_after

# ---- grp:other: group admins
admin grup                 | grp:other
admin group                | grp:other
admin gc                   | grp:other
admin wag                  | grp:other

# ---- harassment of a group not protected: "kumpulin ... isinya maling semua", curses, spitting
re:\b(kumpulin|kumpulkan|ngumpulin|taruh|taro|masukin|jejerin)\b[^.!?]{1,40}\b(isinya|semuanya|semua|pasti) (maling|penipu|koruptor|bajingan|pembohong|sampah|tukang tipu|bangsat|penjahat|setan|iblis|rampok|perampok|lintah darat)( semua| semuanya)?\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(doain|doakan|mendoakan|nyumpahin|sumpahin|menyumpahi|nyumpahi)( \w+){0,3} (kena azab|diazab|dilaknat|celaka|mampus|mati|modar|kecelakaan|kena musibah|masuk neraka|kena karma|kena sial|sengsara|menderita|kena kanker|kena stroke|kena santet|cepet mati|cepat mati|mati muda|dibakar api neraka)\b | pred:violence | 0.95 | violence_group | severe
re:\b(spesies|golongan|kaum|jenis|makhluk|manusia|profesi|kasta) paling (tolol|goblok|bego|bodoh|sampah|hina|rendah|menjijikkan|menjijikan|busuk|bejat|gak berguna|ga guna|ga berguna|nggak berguna|nyebelin|nyusahin|toxic|munafik|licik|brengsek|bangsat|biadab|gak guna|nggak guna|rakus|serakah)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(lintah darat|rentenir berkedok|penipu berkedok|maling berkedok|perampok berkedok|garong berkedok)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(bacot|bacotnya|mulut|mulutnya|omong|omongnya|ngomong)( doang| aja| thok)? (gede|besar|gedhe)\b | pred:attribute | 0.8 | negative_attribute_group
re:\botak (kosong|udang|cetek|dengkul|kerupuk|ayam)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(kalau|kalo|klo|kl|pas|tiap|begitu|kapan-kapan|kalau nanti|kalo nanti) (ketemu|liat|lihat|papasan|nemu|nemuin|ngeliat|jumpa)\b[^.!?]{1,40}\b(ludahin|ludahi|ludahin aja|tampar|tampol|tabok|tonjok|gampar|hajar|siram|siramin|lempar|timpuk|tendang|bogem|jotos|gebukin|pukul|pukulin|injek|tabrak|lindes|lindas)( aja| saja| langsung| deh)? (muka|mukanya|wajahnya|kepalanya|mulutnya|kepala|wajah|badannya|orangnya)?\b | pred:threat | 0.95 | threat_group | severe
re:\b(ludahin|ludahi|tampar|tampol|tabok|tonjok|gampar|siram|siramin|lempar|timpuk|bogem|jotos)( aja| saja| langsung)? (muka|mukanya|wajahnya|kepalanya|mulutnya)\b | pred:threat | 0.85 | threat_group | severe

# ---- harassment of a person: a threat if they show up, lists of insults, gaming insults, a filthy mouth
re:\b(gue|gw|gua|aku|saya|kami|kita|ane)( \w+)? (siram|siramin|lempar|lemparin|timpuk|sirem|guyur)( \w+){0,3} (mukanya|ke mukanya|wajahnya|ke wajahnya|kepalanya|muka lo|muka lu|mukamu|wajahmu|muka dia)\b | harassment | 0.85 | threat_violence | severe
re:\b(kalau|kalo|klo|kl|jika|berani)\b[^.!?]{0,30}\b(berani|nekat|sampe|sampai) (nongol|muncul|dateng|datang|nampang|nunjukin muka|keliatan)\b[^.!?]{0,40}\b(gue|gw|gua|aku|kami|kita) (siram|hajar|tonjok|gampar|tampol|gebukin|bacok|tusuk|usir|seret|lempar|timpuk|tampar|bogem|injek|habisin|habisi)\b | harassment | 0.9 | threat_violence | severe
re:\b(penjilat|muka dua|bermuka dua|tukang fitnah|tukang tipu|tukang bohong|pembohong|munafik|pengkhianat|ular|cari muka|carmuk|penipu|tukang adu domba|pengadu domba|penjilat bos|penjilat atasan)( \w+)?(,| dan|, dan|, terus|, plus) (penjilat|muka dua|bermuka dua|tukang fitnah|tukang tipu|tukang bohong|pembohong|munafik|pengkhianat|ular|cari muka|carmuk|penipu|tukang adu domba|pengadu domba)\b | harassment | 0.75 | insult_at_person
re:\bmain(nya)? (kayak|kaya|kek|kyk|macam|seperti|udah kayak) (beban|beban keluarga|beban tim|bocil|noob|sampah|bot|kentang|babi|monyet|anak tk|orang buta|nenek-nenek|nenek|tai|taik|pantat)\b | harassment | 0.7 | insult_at_person
re:\bmulut (lo|lu|elo|elu|kamu|km|mu|kau|loe|ente|lho|dia|nya)( tuh| itu| kok| emang)? (kayak|kaya|kek|seperti|macam|bau|mirip) (comberan|got|sampah|tai|taik|kakus|jamban|septic tank|tong sampah|selokan|ember|toilet|wc|pantat|bangkai|knalpot)\b | harassment | 0.8 | insult_at_person

# ---- allow: cursing a household object ("kipas angin sialan ini")
re:\b(kipas angin|kipas|charger|casan|setrika|blender|mixer|rice cooker|magic com|magicom|kompor|dispenser|ac|lampu|motor|mobil|printer|laptop|hp|hape|tv|remote|kulkas|mesin cuci|alarm|headset|earphone|speaker|modem|router|keyboard|mouse|monitor|payung|sepatu|sandal|sendal|tas|resleting|galon)( kw| butut| jadul| murahan| rusak| ini| gue| gw| bekas| tua)? (sialan|brengsek|kampret|bangsat|keparat|jahanam|laknat|anjir|anjing|tai|taik)\b | allow
# ---- allow: profanity as an exclamation about heat, traffic, hunger
re:^\W*(ngentot|ngentod|ngewe|kontol|memek|anjing|anjir|anjay|bangsat|tai|taik|asu|jancok|jancuk|cok|cuk|kampret|sialan|babi|goblok)\W{0,3} ?(panas|dingin|macet|hujan|gerah|pedes|pedas|pedese|ngantuk|capek|cape|laper|lapar|sumpek|telat|lelet|lemot|mie|mi|sambel|sambal|bakso|seblak|puanas|adem|rame|antri|antre)\b | allow
# ---- allow: hominin species names
re:\bhomo (sapiens|habilis|erectus|neanderthalensis|floresiensis|ergaster|heidelbergensis|economicus|luzonensis|naledi|soloensis|sapien|rudolfensis|antecessor|denisova)\b | allow

# ---- ctx:counter: quoting what someone wrote, digital footprints, "you are the one who must learn"
re:\b(yang|yg|buat yang|buat yg|untuk yang|orang yang|orang yg) (nulis|menulis|ngetik|mengetik|posting|memposting|komen|ngomen|berkomentar|nyebarin|menyebarkan|teriak|neriakin|bikin status|ngetweet|nge-tweet|ngepost) ['"“]\b | ctx:counter
re:\bjejak digital( \w+){0,2} (udah|sudah|dah|telah|kami|gue|gw) (diamankan|disimpan|diss|di-ss|discreenshot|di-screenshot|dicatat|direkam|diarsip|dikumpulin|dikumpulkan|amankan|simpan|screenshot)\b | ctx:counter
re:\b(semoga|moga|biar|harus|wajib) (cepet|cepat|segera|lekas)? ?(diproses|ditangkap|diciduk|diusut|dihukum|ditindak|dipolisikan|diadili)\b | ctx:counter
re:\b(kamu|lo|lu|elo|elu|anda|kalian|situ|km) (yang|yg) (harus|perlu|mesti|kudu|wajib|musti) (belajar|ngaca|berkaca|introspeksi|sekolah|sekolah lagi|banyak baca|baca buku|piknik|berobat|ke psikolog|diperiksa|dididik|disekolahin|minta maaf)\b | ctx:counter
re:\b(yang|yg) (bermasalah|salah|sakit|sakit jiwa|aneh|rusak|perlu dibenahi|perlu diobati|perlu diperiksa|error) (itu |tuh |ya |justru )?(lo|lu|elo|kamu|kalian|anda|situ|km|otak lo|otak kamu|pikiran lo|pikiran kamu)\b | ctx:counter
re:\b(gak|ga|nggak|ngga|tidak|tak|belum) pernah( sekalipun| sekali pun| sama sekali)? (ngerasa|merasa|mikir|berpikir|nganggep|menganggap|bilang|percaya|ngira|mengira|liat|lihat|ngeliat|nemu|menemukan|ngalamin|mengalami)( kalau| kalo| bahwa| kl)? (mereka|dia|kaum itu|orang-orang itu|dorang|mereka semua|mereka itu)\b | ctx:negation
re:\b(gak|ga|nggak|ngga|tidak|tak|belum) pernah( sekalipun| sekali pun| sama sekali)? (ngerasa|merasa|mikir|berpikir|nganggep|menganggap|bilang|percaya|ngira|mengira) | ctx:negation

# ---- ctx:ingroup / ctx:self: speaking as one of them ("kami para ...", "eke ...", "temen sendiri", "cerita jadi ...")
re:\b(kami|kita) para\b | ctx:ingroup
eke                        | ctx:ingroup
re:\b(temen|teman|temen-temen|teman-teman|temen2|sahabat) sendiri\b | ctx:ingroup
re:\bgeng \w+ (kesayangan|tersayang|tercinta|gue|gw|aku|kami|kita)\b | ctx:ingroup
re:\b(cerita|pengalaman|suka duka|kisah|curhat|perjalanan) (jadi|menjadi|sebagai)\b | ctx:self
re:\b(manggil|memanggil|nyebut|menyebut|ngatain|ngata-ngatain) (temen|teman|sahabat|temen-temen|teman-teman|temen2|bestie) (sendiri|gue|gw|aku|kami|deket|dekat)\b | ctx:self
eke                        | ctx:self
re:\b(kumpul|ngumpul|nongkrong|main|jalan|hangout|ketemuan|nongki) (sama|bareng|ama|bersama) (geng|genk|circle|bestie|temen-temen|teman-teman)\b | ctx:self
re:\b(podcast|channel|kanal|konten|acara|komunitas|siaran|obrolan|zine|majalah|panggung|stand-up) (baru |terbaru )?(kami|kita|gue|gw|aku)\b | ctx:self
# ---- speller guard: keep "rangkuman" (and kin) from being split into "rang kuman"
re:\b(rangkuman|rangkumannya|merangkum|dirangkum|terangkum|rangkum|rangkumin)\b | allow
# ---- allow: "tukang fitnah" (a slanderer) is an insult, not a claim that something is slander
re:\b(tukang|ahli|raja|ratu|biang|penyebar|suka|hobi|hobinya|doyan|jago|pakar) (fitnah|memfitnah|ngefitnah|fitnahin)\b | allow

# ======== derog_impl frames that recur ========
# requirements in ads and notices ("Syarat: ..., tidak merokok, bukan ...", "diutamakan yang bukan ...")
re:\b(syarat|syaratnya|kriteria|kriterianya|ketentuan|persyaratan|req|requirement|ketentuannya)\b[^.!?]{0,80}\b(bukan|non|selain|kecuali) | pred:exclude | 0.85 | exclusion_group
re:\b(diutamakan|diprioritaskan|utamakan|prioritas|lebih disukai|lebih diutamakan)( yang| yg)? (bukan|non|selain) | pred:exclude | 0.9 | exclusion_group
# hold your wallet tight when they are around
re:\b(pegang|pegangin|jaga|jagain|kekep|kekepin|amankan|amanin|simpen|simpan|umpetin|peluk)( \w+)? (dompet|hp|hape|handphone|tas|barang|barang-barang|perhiasan|barang berharga|motor|kunci|duit|uang)( \w+)? (erat-erat|erat|baik-baik|rapet-rapet|rapat-rapat|kenceng-kenceng|kencang-kencang|kuat-kuat|dengan erat)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(batalin|batalkan|gak jadi|ga jadi|nggak jadi|urungkan|urungin|tunda|tunda dulu|cancel)( aja| saja| dulu)? (tarik tunai|tarik tunainya|ambil duit|ambil uang|narik duit|narik uang|transaksi|transaksinya|bayar|belanja|buka dompet|keluarin hp|keluarin dompet|ngeluarin dompet|ngeluarin hp|parkir)\b | pred:attribute | 0.95 | negative_attribute_group
# even a pet knows more gratitude than them
re:\b(kucing|anjing|ayam|kambing|monyet|sapi|hewan|binatang|burung|ikan|kerbau|babi|keledai)( peliharaan| piaraan| kampung)?( \w+){0,2} (aja|saja|pun|juga|bahkan) (lebih|masih lebih|jauh lebih) (tau|tahu|ngerti|mengerti|paham|pinter|pintar|sopan|beradab|bersih|setia|berguna|jujur|bisa diatur|tau diri|tahu diri|manusiawi|bermoral|berakhlak|bisa dipercaya|tau balas budi|tahu balas budi)( \w+){0,3} (daripada|dari|drpd|dibanding|dibandingkan|ketimbang)\b | pred:dehumanise | 0.9 | dehumanising_group
# dual loyalty: siding with "over there", not the Red and White
re:\b(belain|ngebelain|membela|bela|dukung|ngedukung|mendukung|berpihak|memihak|ikut|berdiri di|bantuin|bantu)( ke| sama| pada| di)? (pihak sana|negara sana|negeri sana|negara asal|negeri asal|negeri leluhur|musuh|pihak musuh|pihak asing|tanah leluhur|negara leluhurnya|negeri leluhurnya|sodara sananya|saudara sananya)\b | pred:attribute | 0.95 | negative_attribute_group
re:\bbukan( ke| buat| untuk| pada| sama)? (merah putih|sang merah putih|indonesia|nkri|negara ini|bangsa ini|ibu pertiwi|tanah air|republik ini|garuda)\b | pred:attribute | 0.7 | negative_attribute_group
# a place that never advances because of who lives there
re:\b(pantes|pantesan|pantas|pantasan|gak heran|ga heran|nggak heran|makanya|wajar)( aja| saja| sih| lah)?,? (daerahnya|kampungnya|kotanya|negerinya|negaranya|desanya|wilayahnya|sekolahnya|kantornya|perusahaannya|daerah|kampung|kota|negeri|negara|desa|wilayah|sekolah|kantor|perusahaan)( ini| itu)? (gak|ga|nggak|tidak|tak|susah|sulit|gak pernah|ga pernah) (maju|maju-maju|berkembang|bisa maju|kaya|makmur|bersih|aman|tertib|sejahtera)\b[^.!?]{0,40}\b(penduduknya|warganya|isinya|penghuninya|kebanyakan|mayoritas|dipenuhi|penuh|rata-rata) | pred:attribute | 0.95 | negative_attribute_group
# keep the children away ("jangan biarkan anak main ke rumah ...")
re:\b(jangan|jgn|gak usah|ga usah|jangan pernah|jangan sampai|jangan sampe) (biarin|biarkan|bolehin|bolehkan|izinkan|ijinkan|ijinin|izinin|kasih|biarkan si|lepas)( \w+)? (anak|anak-anak|anak kita|anak kalian|anak anda|anak2|bocah|bocil|anak gadis|anak perempuan|anak laki-laki|putra|putri)( \w+){0,2} (main|maen|bermain|nginep|menginap|berteman|temenan|bergaul|deket-deket|dekat-dekat|dekat|deket|sekolah|les|ngaji)( \w+)? (ke|di|sama|dengan|dgn|ama|bareng)\b | pred:exclude | 0.9 | exclusion_group
re:\b(pulang|balik) (membawa|bawa|bawain|ketularan|dapet|dapat) ['"]?(kebiasaan baru|kebiasaan aneh|kebiasaan buruk|kelainan|penyakit|pengaruh buruk|ajaran sesat|perilaku aneh|perilaku menyimpang)['"]? | pred:attribute | 0.75 | negative_attribute_group
# "namanya juga ..." (what else would you expect of them)
re:\b(yah|ya elah|yaelah|maklum|maklumin aja|maklum aja|maklumlah|pantes|pantesan|dasar)( aja| saja| lah| deh)?,? namanya (juga|jg) | pred:attribute | 0.8 | negative_attribute_group
re:\bnamanya (juga|jg)( \w+){1,3} ?(😂|🤣|😹|😆|😅|🙄|🤭|😏|🤪|💀) | pred:attribute | 0.8 | negative_attribute_group
# vaccinate before going where many of them live; odd diseases
re:\b((jangan|jgn) lupa )?(vaksin|divaksin|suntik|imunisasi|booster|obat cacing|minum obat)( \w+){0,3} (sebelum|kalau|kalo|klo|mau|pas)\b[^.!?,]{0,40}\b(banyak|penuh|mayoritas|kebanyakan|isinya|daerahnya|kampungnya)\b | pred:attribute | 0.95 | negative_attribute_group
re:\bpenyakit(nya| mereka)? (aneh-aneh|aneh|macem-macem|macam-macam|jorok|kotor|menular semua|gak jelas|ga jelas|nggak jelas) | pred:attribute | 0.85 | negative_attribute_group
# whenever there is trouble, it's them again
re:\bujung-ujungnya (yang|yg) (terlibat|pelakunya|ketangkep|ketangkap|bikin ulah|bikin rusuh|jadi pelaku|jadi tersangka|kena ciduk|diciduk|nyolong|maling|salah|biang keroknya|dalangnya|provokatornya)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(tiap|setiap|tiap kali|setiap kali|kalo|kalau) (ada )?(ribut-ribut|ribut|keributan|kerusuhan|rusuh|kasus|maling|kemalingan|pencurian|tawuran|begal|masalah|kriminal|kejahatan|copet|penipuan|narkoba)\b[^.!?]{0,50}\b(pelakunya|yang terlibat|yg terlibat|ujung-ujungnya|pasti|selalu|dalangnya|biangnya) | pred:attribute | 0.9 | negative_attribute_group
re:\b(tiap hari|setiap hari|tiap minggu|selalu|terus|mulu|melulu|langganan|gak pernah absen|ga pernah absen) (masuk|nongol|muncul|jadi|ada di|nampang di|menghiasi) (berita kriminal|kolom kriminal|rubrik kriminal|headline kriminal|berita kejahatan|berita polisi)\b | pred:attribute | 0.95 | negative_attribute_group
re:\bkatanya ['"“](beradab|bradab|beriman|suci|alim|bersih|religius|toleran|cinta damai|damai|baik|sopan|pintar|pinter|jujur|maju|modern|berbudaya|santun|ramah|terpelajar|berpendidikan)['"”] | pred:attribute | 0.8 | negative_attribute_group
# their smell, smelt from afar
re:\bpunya bau (khas|aneh|amis|apek|busuk|tengik|kecut|menyengat|sendiri|tersendiri|yang khas|badan khas|ketek)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(kecium|tercium|kecium baunya|kerasa baunya|baunya kecium|baunya tercium)( \w+){0,2} (dari|sampe|sampai|ampe) (ujung|jauh|luar|sebrang|seberang|lantai|radius|kejauhan|sebelah)\b | pred:attribute | 0.85 | negative_attribute_group
# ---- speller guard: keep "intoleran" (and kin) from being split into "in toleran"
re:\b(intoleran|intoleransi|intoleransinya|toleransi|toleransinya|bertoleransi)\b | allow
