@format 1
@lang id
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites), never from held-back or blind cases
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
