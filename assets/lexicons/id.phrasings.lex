@format 1
@lang id
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b), never from held-back or blind cases
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
