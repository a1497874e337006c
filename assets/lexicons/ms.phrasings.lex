@format 1
@lang ms
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b, then tests/tuning_suites_c), never from held-back or blind cases
@licence MIT
# term | category | weight | key | flags
# Posts tagged ms are also read with the id lexicons and vice versa: entries valid in both languages
# (silencing "tak payah/gak usah dengar", counter-speech on attacks, "dan aku/gue bangga", animal
# "betina/jantan" allows, the extra slurs) are written once, in the file named in their section.
# Every entry is a phrasing family (inflections, chat spellings, both word orders) and none names a
# protected group inside a predicate; group words appear only in slur / grp:* lines.

# ---- slurs the engine lacks (ms; also read for id posts)
cinabeng                   | hate | 0.8  | slur_group | slur
cina beng                  | hate | 0.8  | slur_group | slur
cinabeng*                  | grp:protected
malaun                     | hate | 0.75 | slur_group | slur
malaun                     | grp:protected
awang hitam                | hate | 0.8  | slur_group | slur
awang hitam                | grp:protected

# ---- ctx:people / people_after: a slur next to these is read as people, not as a thing
makin ramai                | ctx:people_after
semakin ramai              | ctx:people_after
makin banyak               | ctx:people
semakin banyak             | ctx:people
duduk sebelah              | ctx:people_after
sama je                    | ctx:people_after
sama jer                   | ctx:people_after
sama ja                    | ctx:people_after
nak cakap                  | ctx:people_after

# ---- pred:emotion: disgust and loathing with the speaker between ("geli aku dengan", "benci gila aku kat")
re:\b(geli|jijik|meluat|muak|menyampah|benci|loya|rimas|menyirap|naik meluat|naik muak|naik geli)( gila| betul| sangat| giler| sgt| bebenar)? (aku|saya|gua|aq|ak|kami|kitorang) (dengan|dgn|ngan|kat|dekat|dkt|tengok|tgk|pada|terhadap)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(makin|semakin|bertambah) (lama|hari) (makin|semakin|bertambah) (geli|jijik|meluat|muak|menyampah|benci|rimas)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(hilang|terus hilang|mati|takde|tiada|tak ada|x ada) (selera|nafsu makan|mood)( aku| saya| makan| terus)?\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(cannot|can ?not|can't|cant|tak|x|tk|tidak|tak boleh|x boleh|tk boleh|tak leh|tak bleh) (tahan|tahan langsung|brain|stand)\b | pred:emotion | 0.75 | hate_emotion_group
rimas gila                 | pred:emotion | 0.75 | hate_emotion_group
rimas betul                | pred:emotion | 0.75 | hate_emotion_group
rimas sangat               | pred:emotion | 0.75 | hate_emotion_group
rimas tengok               | pred:emotion | 0.75 | hate_emotion_group
rimas dengan               | pred:emotion | 0.75 | hate_emotion_group
re:\b(tak|tidak|x|tk) pernah (rasa|merasa|terasa) (jijik|benci|meluat|muak|geli|marah|menyampah|loya)( \w+){0,2} (macam|seperti|mcm|camni|sebagaimana)( \w+){0,3} (dengan|dgn|terhadap|kat|pada|dekat)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(perasaan|rasa|hati) (aku|saya|gua|kami) (pasal|terhadap|kat|pada|dengan|dekat|bila fikir pasal)\b | pred:emotion | 0.5 | hate_emotion_group

# ---- pred:dehumanise: an animal is "more civilised than" them
re:\b(beruk|monyet|kera|lembu|kambing|anjing|babi|kucing|binatang|haiwan|ayam|khinzir|lembu kambing|kerbau|biawak|tikus)( \w+){0,4} (pun )?(lagi|lebih) (bertamadun|beradab|berakhlak|cerdik|pandai|bijak|bersih|berguna|tahu adab|tau adab|ada akal|berotak|beradat|bermaruah|sopan|mulia|manusia)( \w+)? (dari|daripada|drpd|dr|berbanding)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:exclude: avoiding them (moving away, changing seats, never marrying one)
re:\b(baik|lebih baik|better|rela|sanggup|biar)( aku| saya| gua| kami)? (mati|membujang|hidup membujang|jadi andartu|jadi bujang|tak kahwin|tak berkahwin|bujang)( \w+){0,3} (dari|daripada|drpd|dr) (kahwin|berkahwin|kawin|nikah|bernikah|bercinta|berkawan|bermenantukan|hidup)( dengan| dgn| ngan)?\b | pred:exclude | 0.85 | exclusion_group
re:\b(esok|hari ni|minggu ni|bulan ni|terus|serta-merta)( jugak| juga| je| jugalah)? (aku|saya|kami|kitorang|gua) (pindah|pindah rumah|jual rumah|angkat kaki|keluar dari sini|blah)\b | pred:exclude | 0.95 | exclusion_group
re:\b(aku|saya|kami|gua|aq) (terus|cepat-cepat|cepat2|terus je|laju-laju|terus saja|pun terus)( \w+)? (tukar|pindah|alih|bangun|lari|elak|menjauh|jauhkan diri|lintas|seberang|keluar)( \w+)? (gerabak|tempat duduk|tempat|meja|kerusi|koc|lorong|jalan|bas|kedai|barisan|lif)?\b | pred:exclude | 0.95 | exclusion_group
re:\bterus (aku|saya|gua) (bangun|blah|pindah|lari|alih|tukar)( \w+)?\b | pred:exclude | 0.7 | exclusion_group
re:\b(jangan|jgn|tak|tidak|x|takkan|tak akan|tak nak|taknak) (ambil|ambik|terima|hire|upah|gaji|ambil masuk)( \w+){1,3} (kerja|bekerja|jadi pekerja|jadi staff|jadi staf|berkhidmat)\b | pred:exclude | 0.8 | exclusion_group
re:\b(aku|saya|kami|gua) (suruh|minta|mintak|paksa)( \w+)? (buang|pecahkan|hapuskan|sertu|samak|ganti)( \w+)? (terus|je|saja|semua|sekali)\b | pred:exclude | 0.9 | exclusion_group
re:\b(pinggan|cawan|gelas|sudu|mangkuk|kerusi|tandas|bekas|tilam|selimut|cadar|tuala)( \w+){1,6} (guna|pakai|sentuh|minum|makan|duduk|pegang)\b | pred:exclude | 0.45 | exclusion_group

# ---- pred:attribute: "it was fine before they came"
re:\b(kawasan|kampung|kg|taman|tempat|negara|negeri|bandar|pekan|sekolah|kompleks|komplek|perumahan|flat|apartment|apartmen|rt|desa|kota|lingkungan|daerah|area|jalan|pasar|kampus|pejabat|kantor|kilang|pabrik|asrama|kos|kosan|gang|lorong|blok|dunia|tanah air|malaysia|indonesia|sini)( \w+){0,2} (dulu|dahulu|dulunya|dlu|dulu-dulu)( \w+)? (aman|tenang|bersih|selamat|elok|cantik|maju|harmoni|damai|tenteram|tentram|sunyi|nyaman|tertib|rapi|asri|adem|okay|ok)( je| saja| sahaja| jer| sangat| gila)?,? (sebelum|sblm|sebelom|before)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(dulu|dahulu|dulunya|dlu|dulu-dulu) (kawasan|kampung|kg|taman|tempat|negara|negeri|bandar|pekan|sekolah|kompleks|komplek|perumahan|flat|apartment|apartmen|rt|desa|kota|lingkungan|daerah|area|jalan|pasar|kampus|pejabat|kantor|kilang|pabrik|asrama|kos|kosan|gang|lorong|blok|dunia|tanah air|malaysia|indonesia|sini)( \w+){0,2} (aman|tenang|bersih|selamat|elok|cantik|maju|harmoni|damai|tenteram|tentram|sunyi|nyaman|tertib|rapi|asri|adem|okay|ok)( je| saja| sahaja| jer| sangat| gila)?,? (sebelum|sblm|sebelom|before)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(aman|tenang|bersih|selamat|elok|damai|tenteram)( \w+)?,? (sebelum|sblm|sebelom) (diorang|dorang|mereka|depa|puak ni|golongan ni)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:attribute: nothing good, no value, source of all problems, lower than us
re:\b(tak|tidak|x|tk|tak pernah|tidak pernah|x pernah) (bawa|bawak|beri|bagi|buat|menyumbang|sumbang|sumbangkan|membawa|memberi)( apa-apa| apa2| sebarang| satu pun| sikit pun| apa pun)? (kebaikan|manfaat|faedah|sumbangan|jasa|kebajikan|benda baik|untung|keuntungan|kemajuan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(tak|tidak|x|tk) (nampak|lihat|jumpa|nmpk|tengok|nampak sebarang|nampak apa)( apa-apa| apa2| sebarang| satu| langsung)? (nilai|guna|kebaikan|faedah|manfaat|kelebihan|sumbangan)( pun| langsung)? (pada|dalam|kat|dekat|dari|daripada|dgn|dengan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(punca|sumber|akar|penyebab|pembawa|biang|dalang)( kepada| utama| segala| semua| kpd)+( \w+)? (masalah|kerosakan|musibah|bala|jenayah|keburukan|kejahatan|penyakit|maksiat|kemunduran|kehancuran|kucar-kacir)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(lebih|lagi|jauh lebih) (rendah|hina|bawah|keji|rendah martabat|rendah taraf|rendah darjat)( \w+)? (dari|daripada|drpd|dr|berbanding) (kita|kami|orang lain|manusia lain|kitorang|kaum lain|bangsa lain|semua orang|orang biasa)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bawa|bawak|membawa|pembawa|pembawak) (sial|malang|bala|nahas|celaka|sial je|sial saja)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(busuk|busuknya|teruk|teruknya|jahat|jahatnya|kotor|kotornya|jijik|jijiknya|buruk|buruknya|keji|kejinya|hodoh|hodohnya|celaka|biadap|biadab) (perangai|sikap|tabiat|kelakuan|akhlak|budaya|cara hidup|perlakuan|perbuatan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(perangai|sikap|tabiat|kelakuan|akhlak)( \w+){0,2} (busuk|teruk|jahat|kotor|jijik|buruk|keji|hodoh|macam binatang|macam setan|macam syaitan)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(kaki|raja|ratu) (kelentong|temberang|tipu|kencing|auta|belit|putar|fitnah|mencuri|curi|songlap|pau|tibai)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(sama je|sama jer|sama ja|semua sama|sama saja|sama sahaja)( \w+)?:? (tamak|kedekut|hipokrit|penipu|pemalas|malas|kotor|pengotor|jahat|bodoh|busuk|licik|pencuri)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(tamak|kedekut|hipokrit|penipu|pemalas|pengotor|licik|pencuri|pembohong|munafik),? (tamak|kedekut|hipokrit|penipu|pemalas|pengotor|licik|pencuri|pembohong|munafik|bodoh|malas|kotor)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(golongan|kaum|bangsa|puak|jenis orang|orang) (yang )?paling (pengotor|kotor|malas|pemalas|bodoh|jahat|busuk|teruk|penipu|licik|tak guna|menyusahkan|berbahaya|biadab|hina|jijik)\b | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:attribute: "what use are they", "don't expect them to think"
re:\b(apa guna|apa gunanya|apa faedah|apa faedahnya|buat apa|untuk apa|utk apa)( \w+){1,3} (hidup|wujud|ada|lahir|dilahirkan|bernafas)( kat| di| dalam| atas)?( dunia| muka bumi| bumi| negara)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(jangan harap|jgn harap|mustahil|tak mungkin|takkan|tak akan)( \w+){1,3} (boleh|dapat|mampu|reti|pandai|tahu)( \w+)? (berfikir|fikir|faham|belajar|maju|berjaya|bertamadun|berdikari)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(berfikir|fikir|otak)( \w+)? (macam|seperti|mcm) (orang normal|manusia normal|orang biasa|manusia biasa|manusia)\b | pred:attribute | 0.5 | negative_attribute_group

# ---- pred:violence: deserve a beating; execution and extermination norms
re:\b(patut|kena|layak|wajar|elok|baik|perlu|harus|mesti)( \w+)? (kena |dikena |di)?(lempang|tampar|pelempang|penampar|sepak|terajang|belasah|hentam|pukul|sebat|rotan|tumbuk|lanyak|bantai|ketuk|tibai|kerjakan)( \w+)?\b | pred:violence | 0.75 | violence_group
re:\b(dihukum|hukum|hukuman) (gantung|mati|pancung|bunuh|tembak|rejam|bakar)\b | pred:violence | 0.85 | violence_group
re:\b(direjam|rejam|dirajam|rajam|ditenggelamkan|dilemaskan|dihapuskan|dipupuskan|dimusnahkan|dibasmi|dihumban ke laut|dicampak ke laut|dibuang ke laut|disembelih|dipancung|dibakar hidup-hidup)\b | pred:violence | 0.85 | violence_group
re:\b(pukul|belasah|bantai|hentam|pijak|sepak|tumbuk|bunuh|tikam|tetak|lanyak|hempuk|pukuli)( \w+){0,4} (sampai|sehingga|smpai|sampai la) (mati|mampus|arwah|lunyai|patah riuk|nyawa-nyawa ikan|tak bernyawa|berdarah|koma)\b | pred:violence | 0.85 | violence_group
re:\b(tak|tidak|x|tk) (salah|berdosa|apa|jadi hal|kisah)( pun| la| lah)? (kalau|jika|bila|kalo|klu)( \w+){0,5} (pukul|belasah|bunuh|bantai|hentam|tembak|bakar|tikam|serang|halau|rejam|sepak|tumbuk)\b | pred:violence | 0.85 | violence_group
re:\b(hanya|cuma|baru)( akan)? (aman|selamat|maju|tenang|bersih|damai)( \w+)? (bila|kalau|jika|apabila|lepas|selepas|setelah)\b | pred:violence | 0.55 | violence_group

# ---- pred:threat: first-person attack with a weapon or on the head; raids; "making sure they die"
re:\b(aku|saya|kami|kitorang|gua|aq|kita|geng aku|geng kitorang)( akan| nak| mesti| confirm| memang)? (tetak|parang|cincang|tikam|sembelih|belasah|hentam|bantai|lanyak|tembak|kapak|pancung|kerjakan|hempuk|libas)( \w+)?\b | pred:threat | 0.95 | threat_group | severe
re:\b(aku|saya|kami|kitorang|gua|kita|geng aku|geng kitorang|geng kita)( \w+){0,3} (serbu|serang|gempur|bakar|rempuh|ceroboh|bom|rusuhkan)( \w+)? (tempat|rumah|kampung|kedai|masjid|gereja|kuil|tokong|surau|markas|premis|kawasan|taman|flat|rumah ibadat|pejabat|sarang|port)\b | pred:threat | 0.85 | threat_group | severe
re:\b(aku|saya|kami|kitorang|gua|kita)( \w+)? (datang|dtg|pergi|cari|serang|tunggu)( \w+)? (bawa|bawak|dengan|dgn|pakai|guna) (parang|pisau|kapak|senapang|pistol|kayu hoki|kayu besbol|kayu|batang besi|besi|golok|samurai|minyak tanah|petrol|bom|senjata|pedang|rantai|topi keledar)\b | pred:threat | 0.9 | threat_group
re:\b(hentam|ketuk|pecahkan|hancurkan|belasah|tetak|pukul|hempuk|libas|tembak) (kepala|muka|tengkorak|batang leher|leher)( dia| diorang| mereka| korang| kau)?\b | pred:threat | 0.95 | threat_group | severe
re:\b(pastikan|pastikan semua|pastikan setiap|janji)( \w+){0,6} (hilang nyawa|mati|mampus|tinggal nama|masuk kubur|arwah|jadi mayat|tak bernyawa|tak balik|lenyap|pupus)\b | pred:threat | 0.85 | threat_group
re:\bkerjakan (cukup-cukup|cukup2|habis-habisan|sampai lunyai|sampai mampus|puas-puas|secukupnya)\b | pred:threat | 0.85 | threat_group
re:\b(siap|siap-siap|siap sedia|tunggu) (la|lah|kau|korang|hang|engkau)( \w+){0,3},? (esok|malam ni|nanti|lusa|minggu depan|kejap lagi) (aku|kami|kitorang|gua|kita)\b | pred:threat | 0.8 | threat_group

# ---- harassment of a person: telling them to get out, calling them a nuisance
re:\b(blah|berambus|nyah|keluar|pergi|bla)( la| lah| je| jela)? (dari|daripada|drpd|dr) (group|grup|gc|sini|page|channel|chat|forum|thread|kumpulan)( ni| ini)?\b | harassment | 0.5 | harassment_phrase | needs=target
re:\b(semak|menyemak|menyampah|meluat|sampah|menyusahkan)( je| jer| ja| sahaja| saja| betul| la| lah)? (kau|ko|hang|awak|engkau|kamu|lu|korang)\b | harassment | 0.6 | insult_at_person

# ---- ctx:counter: refusing to say it, saying it is untrue, calling it prejudice
re:\b(takkan|tak akan|tidak akan|x akan|tak kan|tak pernah|tidak pernah|x pernah|tak mungkin|tak sesekali|jangan)( sesekali| pernah| sekali-kali| sekali| langsung)? (cakap|kata|sebut|panggil|label|tulis|gelar|sebut|komen)\b | ctx:counter
re:\b(tak|tidak|x|bukan) (betul|benar|adil|tepat|patut|wajar)( la| lah| sama sekali)?,? (kata|cakap|sebut|kalau cakap|kalau kata|nak kata|nak cakap)\b | ctx:counter
re:\b(prasangka|prejudis|kebencian|rasisme|sikap rasis|perkauman|kebodohan|stereotaip)( \w+)? (kau|awak|korang|hang|ko|engkau|anda|kamu)( sendiri)?\b | ctx:counter
re:\b(boleh|sanggup|tergamak|berani)( \w+)? (tulis|cakap|kata|post|komen|sebut|share) (macam ni|mcm ni|camni|begini|macam tu|camtu|benda macam ni|benda camni)\b | ctx:counter
re:\b(komen|komen-komen|ucapan|kata-kata|serangan|kempen|hantaran|posting|post)( yang)? (benci|kebencian|jelik|rasis|perkauman|menghina|penghinaan) (terhadap|kepada|kat|pada|dekat)\b | ctx:counter
re:\b(tolong|sila|jom|mari) (report|laporkan|repot|lapor)\b | ctx:counter

# ---- allow: profanity as an intensifier of praise or everyday complaint; animals' sex
re:\b(sedap|best|cantik|lawa|laju|power|gempak|syok|hebat|seronok|mantap|padu|terbaik|comel|kelakar|lawak|pedas|manis) (babi|sial|celaka|gila|nak mampus|siot|bodoh|setan|giler|nak mati)\b | allow
re:\b(kambing|lembu|kucing|anjing|ayam|itik|kuda|kerbau|burung|ikan|arnab|harimau|gajah|monyet|beruk|biri-biri|rusa|unta|babi) (betina|jantan)\b | allow
re:\bbabi (hutan|liar|hutan liar)\b | allow
re:\b(sekawan|sekumpulan|kawanan|seekor|ekor) babi\b | allow

# ---- ctx:ingroup: rallying one's own crowd ("geng X mana suara")
mana suara                 | ctx:ingroup
mana suaranya              | ctx:ingroup

# ---- added in round 2
re:\b(tu|itu|ni|ini)( je| jela| sahaja| saja| lah| la)? perasaan (aku|saya|gua|kami) (pasal|terhadap|kat|pada|dengan|dekat)\b | pred:emotion | 0.72 | hate_emotion_group
re:\b(jijik|benci|meluat|muak|geli|menyampah|loya|rimas)( gila| betul| sangat)? (dengan|dgn|kat|dekat|tengok|tgk) (dorang|diorang|mereka|depa|derang|puak ni|golongan ni|golongan tu|kaum ni)\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(buat|bikin|menyemakkan|menyemak) semak( negara| tempat| kat sini| je| jer| sahaja| saja)*\b | pred:attribute | 0.75 | negative_attribute_group
re:\bmemang (tak|tidak|x) (guna|berguna)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(bos|boss|jiran|cikgu|guru|pensyarah|majikan|supervisor|manager|rakan sekerja|housemate|roommate|pengurus|menantu|ipar|klien|bakal menantu|bakal suami|bakal isteri|teman serumah|partner)( baru)? (aku|saya|kami|gua|kitorang|dia)( ni| tu)?( rupanya| ternyata| sebenarnya| pun)?\b | ctx:people
# kaki X: habitual doers, a group that is not protected
re:\bkaki (vape|rokok|judi|botol|mabuk|ponteng|gaduh|bangku|clubbing|lepak|game|motor|rempit|gosip|umpat|ketuk|pukul|buli|cucuk|bodek|ampu|kipas)\b | grp:other
# apps and machines named after institutions are objects, not people
re:\b(app|apps|aplikasi|sistem|website|laman web|server|mesin|atm|kad|portal|talian) (bank|kerajaan|telco|bas|lrt|mrt)( \w+)?\b | allow
# exclamations of everyday annoyance, not aimed at anyone
re:\bpukimak( la| lah| betul| sial| tul| punya jem| punya hari)?[,.!]+ | allow
re:\b(takkan|masakan|masa|takkan la) (korang|kau|awak|hang|ko|engkau|kalian|lo|lu) (tak|x|tidak|gak|nggak) (nampak|lihat|sedar|perasan|tahu|tau|liat) betapa (busuk|busuknya|jahat|jahatnya|kotor|kotornya|jijik|jijiknya|buruk|buruknya|keji|kejinya|hina|hinanya|teruk|teruknya|bodoh|bodohnya)( \w+)? (perangai|sikap|tabiat|kelakuan|akhlak|budaya|otak)?\b | pred:attribute | 0.85 | negative_attribute_group
# the speaker proudly naming their own group right after the word (ms and id)
re:\bdan (aku|saya|gua|gue|gw|ane|kami|kitorang|kita) (bangga|happy|bahagia|tak malu|tidak malu|gak malu|nggak malu|ok je|okay je)\b | ctx:ingroup

# ======================================================================
# Second round: families written from the misses of tests/tuning_suites_b
# ======================================================================
# term | category | weight | key | flags
# Add-on families from the misses of tests/tuning_suites_b (round 2). Entries valid in both ms and id
# are written once (posts tagged ms are also read with the id lexicons and vice versa).

# ---- grp:other: non-protected groups the engine lacked
agen hartanah              | grp:other
ejen rumah                 | grp:other
penunggang motor           | grp:other
penunggang motosikal       | grp:other
mat motor                  | grp:other
re:\bpenyokong (jdt|kedah|selangor|johor|pahang|perak|kelantan|terengganu|sabah|penang|melaka|harimau malaya|liverpool|man united|manchester united|arsenal|chelsea|barca|madrid)\b | grp:other

# ---- ctx:people: "penuh X", "jual kat X" read a slur as people
penuh                      | ctx:people
re:\b(jual|dijual|sewa|disewa|sewakan|lepas) (kat|ke|dekat|dkt|pada|kepada)\b | ctx:people
re:\b(kawan|berkawan|geng|bergaul|campur) (dengan|dgn|ngan)\b | ctx:people

# ---- ctx:ingroup: the writer counting themself in ("kita pondan pun", "geng kita")
re:\b(kita|kitorang|kitaorang|kite) (ni pun|pun|sesama)\b | ctx:ingroup
re:\b(geng|kaum|komuniti) (kita|kitorang|kami)\b | ctx:ingroup

# ---- pred:exclude: herding them onto an island or into a camp, one-way tickets, no equal rights
re:\b(kumpul|kumpulkan|himpun|himpunkan|hantar|hantaq|humban|campak|buang|pindahkan|asingkan|kurung|letak)( \w+){0,3} (kat|di|ke|pergi|dalam|dekat) (satu |sebuah |)(pulau|kem|kem tahanan|hutan|tempat jauh)\b | pred:exclude | 0.95 | exclusion_group
re:\btiket (sehala|satu hala|one way|one-way|pergi je|pergi sahaja|pergi saja)\b | pred:exclude | 0.85 | exclusion_group
re:\b(jangan|jgn|tak payah|x payah|tak usah) (harap|berharap|mimpi|bermimpi|ingat)( \w+)? (dapat|dpt|dapatkan|nak dapat|nak|ada) (hak|layanan|peluang|keistimewaan)( yang| yg)? (sama|samarata|sama rata)\b | pred:exclude | 0.85 | exclusion_group
re:\b(lorong|laluan|gerabak|koc|tandas|pintu|barisan|kaunter|zon) khas (untuk|utk|bagi|buat)\b | pred:exclude | 0.6 | exclusion_group
re:\b(jangan|jgn|tak boleh|tak payah) (campur|bercampur|gaul|bergaul)( \w+)? (dengan|dgn|ngan) orang (normal|biasa|baik|elok|bersih|waras)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:attribute: unsafe since they came, gambling and drinking habits, backstabbing, shameless
re:\b(tak|tidak|x|tk|dah tak|dah x|takde) (selamat|aman|tenteram|tenang|bersih)( lagi| dah)? (sejak|semenjak|lepas|selepas|bila) \b | pred:attribute | 0.8 | negative_attribute_group
re:\bkaki (judi|botol|mabuk|minum|todi|gaduh|pukul|perempuan|betina|ragut|rompak|ponteng|samun|dadah|kelentong|bohong|putar alam) | pred:attribute | 0.8 | negative_attribute_group
re:\b(suka|gemar|pandai|pakar|kaki|reti) (tikam belakang|menikam belakang|menikam dari belakang|tikam dari belakang|khianat|mengkhianat|belot|membelot)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(tak|tidak|x|tk) (reti|tahu|tau|kenal|ada) (malu|bersyukur|berterima kasih|adab|sopan|mengenang budi|kenang budi)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(tak|tidak|x|tk) (boleh|leh|bleh|dapat) (percaya|dipercayai|dipercaya|harap|diharap)\b | pred:attribute | 0.65 | negative_attribute_group
busuk hati                 | pred:attribute | 0.7 | negative_attribute_group
hati busuk                 | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:dehumanise: "still living in the trees"
re:\b(duduk|tinggal|hidup|bergayut|bergantung|berayun) (atas|di atas|kat atas|dekat atas|dalam) (pokok|pohon|dahan)\b | pred:dehumanise | 0.95 | dehumanising_group

# ---- pred:violence: hanged in public, burned alive, "shoot, bury, forget"
re:\b(digantung|gantung|dipancung|pancung|disula|dirotan|dicambuk|dibakar)( \w+)? (kat|di|dekat|depan|tengah) (tengah |depan )?(dataran|khalayak|khalayak ramai|orang ramai|alun-alun|alun alun|padang|tiang|pokok|umum|publik|public)\b | pred:violence | 0.9 | violence_group | severe
re:\b(kena|dikena|patut kena|layak kena|dah lama kena|biar|mesti|harus) (bakar|dibakar|tanam|ditanam|kubur|dikubur|sembelih|disembelih|pancung|dipancung) (hidup-hidup|hidup2|hidup hidup|idup-idup|idup2)\b | pred:violence | 0.95 | violence_group | severe
re:\b(tembak|bunuh|gantung|pancung|sembelih|bakar|tikam),? (tanam|kubur|buang|campak|bakar)(,| dan| lepas tu| pastu)? (lupakan|lupa|lupain|siap|settle|habis|beres)\b | pred:violence | 0.95 | violence_group | severe
re:\b(lebih baik|baik|elok|biar|biarkan|lagi bagus|bagus)( \w+){0,2} (mampus|mati|modar|mampos)( je| jer| sahaja| saja| aja| semua)?( la| lah)?\b | pred:violence | 0.8 | violence_group | severe

# ---- pred:threat: beaten until unconscious
re:\b(aku|saya|gua|aq|ak|kami|kitorang)( \w+)? (sepak|terajang|tendang|tumbuk|belasah|pukul|hentam|lanyak|bantai|hempuk|bedal|balun)( \w+){0,2} (sampai|sampai la|smpai|smpi|sehingga) (pengsan|pitam|tak sedar|koma|lembik|lunyai|patah|berdarah|masuk wad|masuk hospital)\b | pred:threat | 0.9 | threat_violence | severe

# ---- pred:emotion: Kelantan/Kedah disgust, "nak termuntah tiap kali"
re:\b(nak |rasa nak |sampai nak |rasa )?(termuntah|muntah|loya|mual)( \w+)? (tiap|setiap|tiok|setiok) (kali|kali aku|kali dengar|kali tengok)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(mauk|muak|meluak|menyampah|benci) ?doh\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(tok|tak|x|tk) (leh|boleh|buleh|bulih) (tengok|tgk|pandang|kelih|dok dekat|duduk dekat|dekat)( langsung| sikit pun)?\b | pred:emotion | 0.7 | hate_emotion_group

# ---- grp:pronoun
re:\b(semua|sume|smua) (tu|tuh|itu)\b | grp:pronoun

# ---- ctx:negation: denying a slur
re:\b(tak|tidak|x|tk) (betul|benar|bnr) (la|lah|langsung|sama sekali)?\b | ctx:negation

# ---- ctx:counter: reporting a hateful post, calling a speech dangerous
re:\b(aku|saya|gua|aq|kami) (report|repot|lapor|laporkan|flag)\b | ctx:counter
re:\b(ayat|kenyataan|ucapan|komen|kata-kata|benda|statement|ceramah) (macam|mcm|seperti|camtu|camni) (tu|ni|itu|ini) (bahaya|berbahaya|salah|teruk|rasis|tak boleh|tak patut)\b | ctx:counter
re:\bpihak berkuasa (kena|patut|perlu|mesti|harus) (ambil tindakan|bertindak|siasat|tangkap)\b | ctx:counter

# ---- allow: "fakta bukan fitnah" is an insistence, not counter-speech
re:\b(fakta|betul|real|benar)?,? ?bukan (fitnah|auta|tipu)\b | allow
re:\b(baca|tengok|tgk|dengar) berita( ni| tu| ini| itu)? pun (dah |sudah )?(tau|tahu|faham)\b | allow
# ---- allow: cursing a gadget
re:\b(bodoh|bangang|sial|celaka|babi|bengap) (betul|gila|punya|sungguh) (telefon|fon|phone|printer|laptop|komputer|pc|router|wifi|kereta|moto|motor|mesin|app|apps|aplikasi|sistem|tv|aircond|remote|kipas)\b | allow

# ---- slurs the engine lacked (ms; also read for id posts)
apek                       | hate | 0.6  | slur_group | slur
apek                       | grp:protected
pariah                     | hate | 0.7  | slur_group | slur
pariah                     | grp:protected

# ---- pred:attribute: "full of them, the smell is something else"
re:\bbau(nya)?( pun| pon| dia)? (lain macam|lain mcm|semacam|aneh|pelik|busuk|hapak|hamis|masam|tengik|bacin|tak best)\b | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:attribute: "is there one who doesn't cheat?" (a question that means none)
re:\b(ada ke|ada tak|adakah|ada x|wujud ke|emang ada|memang ada|apa ada|ada gak)( \w+){1,4} (yang|yg) (tak|x|tidak|tk|gak|ga|nggak|ngga) (menipu|nipu|tipu|mencuri|curi|nyolong|maling|korup|rasuah|malas|pemalas|kotor|jahat|khianat|busuk hati|licik|kedekut|pelit)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:worth: "not part of civilised society" (counts only when denied)
re:\bsebahagian (daripada|dari|drpd|dr) (masyarakat|rakyat|negara|bangsa|komuniti|umat|kita)\b | pred:worth | 0.85 | negative_attribute_group

# ---- ctx:counter: flat refutation of a claim about a group
re:\b(tak|tidak|x) (betul|benar) (la|lah|langsung|sama sekali)\b | ctx:counter

# ---- harassment at a named person: "X ni muka tembok", "manusia paling menjengkelkan"
re:\b(ni|tu|tuh|ini|itu|nih) (muka tembok|muka tak malu|muka tebal|muka dua|tak tau malu|tak tahu malu|gak tau malu|ga tau malu|busuk hati|hati busuk)\b | harassment | 0.7 | insult_at_person
re:\b(manusia|orang|makhluk|spesis|spesies) paling (menjengkelkan|nyebelin|menyebalkan|menyusahkan|menyakitkan hati|annoying|toxic|busuk hati|tak guna|gak guna|tak berguna|menjijikkan|bodoh|bangang|goblok)\b | harassment | 0.6 | insult_at_person

# ---- ctx:ingroup: "geng X", "kita X pun", "kitorang X-X ni" (reclaimed self-naming)
geng                       | ctx:ingroup
re:\b(kita|kite|kami) \w+ (pun|pon|jugak|juga|sendiri)\b | ctx:ingroup
re:\b(kitorang|kitaorang|kiteorang|kitaorg|kitorg)( \w+)?-\w+ (ni|ini)\b | ctx:ingroup

# ---- pred:exclude: kicking them out of a chat group
re:\b(keluar|kick|tendang|buang|halau|usir|remove|keluarkan|keluarin) (dari|daripada|dr) (group|grup|gc|group chat|grup chat|group wassap|grup wa|group whatsapp|group telegram)( ni| ini| kita| kami)?\b | pred:exclude | 0.8 | exclusion_group

# ---- pred:attribute: "X tetap X, sampai mati pun" (essentialising)
re:\b(tetap|tetep|ttp|tetaplah|tetep aja|tetap je)( \w+)?,? (sampai|sampe|smpai|smpe|ampe) (mati|mampus|kiamat|bila-bila|kapanpun)( pun| pon| juga| jugak| jg)?\b | pred:attribute | 0.75 | negative_attribute_group

# ---- pred:emotion: nausea emoji said of a group
🤢                         | pred:emotion | 0.6 | hate_emotion_group
🤮                         | pred:emotion | 0.6 | hate_emotion_group

# ======================================================================
# Third round: families written from the misses of tests/tuning_suites_c
# ======================================================================
# Posts tagged ms are also read with the id lexicons and vice versa; entries here are written so
# that they are harmless (or also right) in Indonesian.

# ---- groups and slurs the engine lacks
re:\bgeng (crypto|kripto|bitcoin|forex|saham|nft|scammer|scams?|skim cepat kaya|mlm)\b | grp:other
rafidhah                   | hate | 0.7 | slur_group | slur
rafidhah                   | grp:protected

# ---- ctx:people: words before a noun that make it people ("siapa add X", "perangai X", "penuh dengan X", "sorang lagi X")
re:\b(siapa|sapa|sape|siape)( yang| yg)? (add|invite|masukkan|jemput|ajak|bawa|bawak)\b | ctx:people
perangai                   | ctx:people
re:\bpenuh (dengan|dgn|ngan|oleh)\b | ctx:people
re:\b(sorang|seorang|sekor) lagi\b | ctx:people

# ---- counter-speech: past self and apology, nobody in this group thinks
re:\b(aku|saya|gua|gue|gw|kami) (salah|silap|bersalah|khilaf|keliru)( dan| &)? ?(aku|saya|gua|gue|kami)? ?(minta maaf|mohon maaf|memohon maaf|menyesal|bertaubat)\b | ctx:counter
re:\b(dulu|dahulu|dulunya|dlu) (aku|saya|gua|gue|gw|kami)( selalu| pernah| suka| sering| asyik| selalunya)? (cakap|kata|fikir|percaya|anggap|sebut|kutuk|hina|ejek|benci|bilang|ngatain|ngomong)\b | ctx:counter
re:\b(takde|tiada|tak ada|xde|tidak ada|gak ada|nggak ada|ga ada)( sorang| seorang| siapa| sesiapa| satu orang)( pun| pon)?( dalam| kat| dekat| dari| antara| di)( group| grup| gc| sini| kumpulan| kelas| ofis| pejabat| keluarga| kampung| taman| negara)( ni| ini| kita| kami)? (rasa|fikir|berfikir|kata|cakap|setuju|anggap|sokong|mikir|bilang)\b | ctx:counter
re:\b(jangan|jgn|jgnlah|janganlah) (kata|cakap|ckp|kate|bilang) (aku|saya|gua|gue|aq) (tak|tidak|x|tk|gak|nggak|ga|tak pernah|tidak pernah|gak pernah) (pesan|cakap|bagitau|bagitahu|beritahu|warning|warn|ingatkan|peringatkan|bilang|kasih tau|kasih tahu|kasitau|ingetin)\b | allow

# ---- pred:emotion: "buat aku loya", "sakit hati setiap kali", "takde benda yang aku lagi jelak selain"
re:\b(buat aku|buat saya|buat gua|buat kami|buat hati aku|membuat aku|membuat saya|bikin aku|bikin gue|bikin gw|buatkan aku)( rasa)? (loya|mual|muak|jijik|meluat|geli|menyampah|nak muntah|termuntah|jelak|rimas)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(sakit hati|panas hati|naik darah|naik angin|menyirap|meluat|menyampah|muak|loya|jijik|geli|benci|rimas|bengang|mual|jelak)( gila| betul| sangat)?( aku| saya| gua| kami| aq)? (setiap kali|tiap kali|tiap-tiap kali|setiap masa|asal|bila je|bila saja|bila-bila masa)( aku)?( nampak| tengok| tgk| jumpa| dengar)? \w+( \w+){0,2} (muncul|lalu|lalu-lalang|datang|masuk|naik|bercakap|cakap|post|posting|lepak|duduk)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(takde|tiada|tak ada|xde|tak de|tidak ada)( benda| apa| sesuatu| apa-apa| perkara| makhluk| orang)?( pun)? (yang|yg) (aku|saya|gua|kami)( lagi| paling| lebih)? (jelak|benci|jijik|meluat|muak|menyampah|geli|loya|mual|rimas|bengang) (selain|melainkan|lebih dari|lebih daripada|macam|dari|daripada)\b | pred:emotion | 0.9 | hate_emotion_group
re:\b(jelak|muak|meluat|menyampah) (gila|betul|sangat|giler|tahap gaban|tahap dewa|nak mampus)\b | pred:emotion | 0.75 | hate_emotion_group

# ---- pred:attribute: lists of flaws, money going missing, give an inch, their doing, rare sighting
re:\b(pengotor|kotor|bising|malas|pemalas|tamak|kedekut|penipu|pencuri|biadab|bodoh|jahat|busuk|liat|degil|kurang ajar|menyusahkan|licik|munafik|pembohong|samseng|ganas|tak boleh harap|pengacau),? (dan )?(pengotor|kotor|bising|malas|pemalas|tamak|kedekut|penipu|pencuri|biadab|bodoh|jahat|busuk|liat|degil|kurang ajar|menyusahkan|licik|munafik|pembohong|samseng|ganas|tak boleh harap|pengacau)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bayar|membayar)( \w+)?( pun| pon)? (liat|culas|asyik lambat|selalu lambat|selalu lewat|asyik tertunggak|tak pernah on time|tak pernah tepat)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(jangan|jgn|tak payah|usah|janganlah) (terkejut|hairan|heran|kaget|salahkan aku|menyesal|komplen|complain|mengadu|nangis|menangis)( la| lah)? (kalau|bila|jika|klu|kalo|kalu|nanti)( \w+){0,4} (duit|wang|barang|stok|cash|tunai|telefon|fon|dompet|emas|barang kemas|harta|kutipan|hasil jualan)( \w+){0,3} (hilang|lesap|tak cukup|kurang|kena curi|kena kebas|lenyap|ghaib|tak ada|takde|raib)\b | pred:attribute | 1.0 | negative_attribute_group
re:\b(setiap kali|tiap kali|bila|kalau|asal|time|masa)( \w+){1,3} (duduk|berdiri|lalu|jalan|masuk|naik|ada|dekat|lalu-lalang)( \w+){0,6},? (aku|saya|gua|kami|gue)( \w+)? (pegang|kepit|peluk|sorok|genggam|simpan|kunci|pegangin|jaga elok|jaga betul) (dompet|beg|beg tangan|handbag|purse|telefon|fon|phone|barang|tas)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(dapat|dah dapat|diberi|bagi|dikasih) betis( \w+)? (nak|mahu|hendak|minta|mau) (peha|paha)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(tanah|negara|negeri|harta|bumi) (kita|kami|ni|ini)( pun| pon| pula| pulak)? (diorang|dorang|mereka|depa|derang|dia orang) (nak|mahu|hendak|rampas|ambil|ambik|kebas|nak ambil|nak rampas|nak kuasai|mau)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(mesti|pasti|confirm|sah|tentu|sure|mestilah|mesti la|dah agak|dah tahu|dah tau)( la| lah)? (seorang |sorang |si |orang |budak |geng |puak )?\w+( \w+)? (punya kerja|punya angkara|punya pasal|buat hal lagi|buat hal)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(lepas tu|lepastu|pastu|lepas itu|selepas itu|kemudian|sampai la|sampailah|sehingga|tiba-tiba|tetiba)( \w+){1,2} (datang|masuk|sampai|pindah masuk|mula datang|mula masuk|berpindah masuk|muncul|melambak|membanjiri)\s*(\.|!|…|$) | pred:attribute | 0.75 | negative_attribute_group
re:\b(lepas tu|lepastu|pastu|lepas itu|selepas itu|kemudian|tiba-tiba|tetiba) (jiran|kawan|kawan-kawan|member|rakan|keluarga|saudara|sepupu|pakcik|makcik|abang|kakak|adik|cikgu|bos|tetamu|pelanggan|staf|doktor|polis|ustaz|tuan rumah)( \w+)? (datang|masuk|sampai|muncul|pindah masuk)(\s*[.!…]+\s*\S+|\s+\S+) | allow
re:\b(yang|yg) (mandi|cuci badan|gosok gigi|pakai deodoran|bayar hutang|bayar sewa|bayar cukai|cakap benar|bercakap benar|jujur|kerja keras|bekerja keras|rajin|bersih|wangi|tak menipu|tak mencuri|tidak menipu|tidak mencuri)( \w+){0,2}\?.{0,60}(ambik gambar|ambil gambar|snap|tangkap gambar|jarang jumpa|jarang-jarang|langka|rare|keajaiban|pertama kali|first time|mustahil|viralkan|unicorn) | pred:attribute | 0.8 | negative_attribute_group
re:\b(cuma|hanya|sekadar|semata-mata|memang|just)? ?(beban|bebanan|liabiliti|parasit|benalu|lintah) (kepada|pada|kat|bagi|untuk|dekat|kpd) (masyarakat|negara|rakyat|kerajaan|pembayar cukai|ekonomi|orang lain|semua orang|kita|keluarga)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(punca|sebab|penyebab|puncanya|sebabnya)( utama)? (negara|malaysia|dunia|ekonomi|kampung|bandar|masyarakat|tempat|taman|sekolah|syarikat)( ni| ini| kita| kami)?( \w+)? (makin|semakin|jadi|menjadi|dah|sudah|terus)( \w+)? (hancur|rosak|teruk|mundur|miskin|kucar-kacir|huru-hara|porak-peranda|lingkup|bankrap|merosot|parah|kotor|musnah|binasa|jahanam)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(rosak|rosakkan|merosak|merosakkan|hancurkan|menghancurkan|musnahkan|memusnahkan|kotorkan|mengotorkan|racunkan|meracuni|cemarkan|mencemarkan) (semua|segala|setiap|apa-apa|apa saja|apa sahaja|apa je|mana-mana) (benda|perkara|tempat|hal|majlis|yang)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(ni|tu|ini|itu|adalah|memang|macam|seperti|mcm|ibarat) racun\b | pred:dehumanise | 0.8 | dehumanising_group
re:\b(tak|tidak|x|tk|takkan|tak pernah|tidak pernah)( \w+)? (reti|tahu|tau|mampu|pandai|pernah) (buat|membuat|cari|mencari|kerja|bekerja)( \w+)? (kerja halal|rezeki halal|duit halal|kerja jujur|kerja elok|kerja betul|cara halal|cara jujur|kerja keras)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(lebih|lagi|jauh lebih|memang|sememangnya)( \w+)? (rendah|hina|keji) (taraf|martabat|darjat|kasta|kedudukan)( nya)?\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(warga|rakyat|manusia|bangsa) (kelas kedua|kelas ketiga|kelas bawahan|kelas rendah)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(menyedihkan|menjengkelkan|pathetic|lembik|cengeng|mengada|manja),? (berhenti|stop|jangan|jgn|tak payah|x payah|usah)( la| lah)? (merengek|merungut|mengada-ngada|meraung|menangis|mengemis|drama|main victim|playing victim)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(berhenti|stop|jangan|jgn|tak payah|x payah|usah)( la| lah)? (merengek|merungut|mengada-ngada|meraung|mengemis|main victim|playing victim)\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(biasalah|biasa lah|biasa la|typical|tipikal|dah agak dah) (perangai|sikap|tabiat|kelakuan|budaya|mentaliti)\b | pred:attribute | 0.75 | negative_attribute_group
re:\bapa (guna|gunanya|faedah|faedahnya|manfaat|manfaatnya|fungsi|fungsinya|sumbangan)( \w+){1,3} (ni|tu|ini|itu)( sebenarnya| sebenarnye| sbenarnya)?\s*\? | pred:attribute | 0.8 | negative_attribute_group
re:\bselain (bawa|bawak|membawa|buat|timbulkan|menimbulkan|cipta|mencipta) (masalah|bala|sial|kacau|huru-hara|jenayah|penyakit|sampah)\b | pred:attribute | 0.8 | negative_attribute_group
re:\bberlagak macam (tanah|negara|tempat|kampung|taman|malaysia|bumi)( ni| ini)? (bapak|mak|atok|datuk|nenek moyang|bapa) (diorang|dorang|mereka|dia|depa|korang)( punya)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(dulu|dulunya|dahulu)( \w+){0,3} (ok|okay|elok|aman|bersih|best|bagus|cantik|selamat|tenang)\b.{0,40}\b(sekarang|skrg|kini)( dah| sudah)? (penuh|dipenuhi|melambak|berlambak|dikerumuni)( dengan| dgn| oleh)?\b | pred:attribute | 0.8 | negative_attribute_group

# ---- pred:worth: trusted with my children, done anything good for the country (count only when denied)
re:\b(yang|yg) (aku|saya|gua|kami|kitorang|kita) (percaya|percayakan|yakin|amanahkan|harapkan)( \w+){0,2} (jaga|menjaga|tengok|jagakan|pegang|dekat|bawa) (anak|anak-anak|anak2|budak|bayi|baby|rumah|duit|kedai)\b | pred:worth | 0.85
re:\b(buat|membuat|lakukan|melakukan|bawa|membawa|beri|memberi|sumbang|menyumbang)( apa-apa| sebarang| satu pun)? (benda baik|kebaikan|sumbangan|perkara baik|sesuatu yang baik|kerja baik|manfaat)( \w+)? (untuk|kepada|pada|kat|bagi|utk) (negara|masyarakat|malaysia|rakyat|dunia|kita|bangsa|tanah air)\b | pred:worth | 0.85

# ---- pred:exclude: don't rent to, don't bring one home, make sure the buyer isn't one, sit next to,
# how are they allowed, breathe the same air, can't wait till they're gone, add to the group
re:\b(tak nak|taknak|tak mahu|tidak mahu|x nak|xnak|enggan|jangan|jgn|tak akan|takkan)( \w+)? (sewakan|sewa|menyewakan|bagi sewa|jual) (rumah|bilik|kedai|unit|kondo|apartment|tanah|premis)( \w+)? (kat|kepada|pada|dekat|dkt|untuk|kpd)\b | pred:exclude | 0.85 | exclusion_group
re:\b(jangan|jgn|tak boleh|haram|usah)( sesekali| sekali-kali)? (bawa|bawak) (balik|pulang)( seorang| sorang| mana-mana| satu)?\b | pred:exclude | 0.8 | exclusion_group
re:\bpastikan (pembeli|penyewa|jiran|tenant|menantu|pekerja|orang gaji|maid|pemandu|driver|bakal menantu|housemate|pembantu|penghuni)( \w+){0,3} (bukan|tak|tidak|jangan)( seorang| sorang| orang| dari kalangan| daripada kalangan| berbangsa| bangsa| kaum)?\b | pred:exclude | 0.85 | exclusion_group
re:\b(jangan|jgn|tak nak|taknak|tak mahu|elak|elakkan)( \w+)? (duduk|berdiri|tidur|makan|lepak|naik|tinggal) (sebelah|berdekatan|semeja|serumah|sekereta|sebilik) (\w+ ){1,2}(tu|ni|tuh|nih|itu|ini)\b | pred:exclude | 0.8 | exclusion_group
re:\b(tak|tidak|x|tk|jangan)( \w+)? (patut|layak|berhak|boleh|sepatutnya)( \w+)? (tinggal|duduk|hidup|menetap|berjiran|bergaul|bercampur|sekolah|belajar|kerja|bekerja)( \w+){0,3} (dengan|dgn|bersama|sebelah|dekat|ngan) (keluarga|orang|manusia|budak|masyarakat) (normal|baik-baik|bersih|beradab|bertamadun)\b | pred:exclude | 0.85 | exclusion_group
re:\b(macam mana|camne|camana|bagaimana|kenapa|apasal|mcm mana)( \w+){1,3} (boleh |masih |pun )?(dibenarkan|dibagi|diberi|diizinkan|dibiarkan|layak) (jaga|menjaga|ajar|mengajar|bela|membela|besarkan|membesarkan|mengundi|undi|memandu|kahwin|berkahwin|kerja|bekerja|tinggal|hidup|bernafas|memimpin)\b | pred:exclude | 0.8 | exclusion_group
re:\b(hirup|menghirup|sedut|menyedut|bernafas|kongsi|berkongsi) (udara|oksigen|nafas)( yang)? (sama|serupa)\b | pred:exclude | 0.8 | exclusion_group
re:\b(tak|x|tidak|tk) (sabar|sabo) (nak |tunggu |menunggu |nak tengok |tengok |nantikan )?(hari |masa |saat )?(diorang|dorang|mereka|depa|derang|puak ni|golongan ni)( semua| ni| tu)? (lenyap|hilang|mati|mampus|pupus|berambus|dihalau|diusir|dihantar balik|keluar|ditangkap|dibuang|takde|tiada)\b | pred:exclude | 0.85 | exclusion_group
re:\b(siapa|sapa|sape)( yang| yg)? (add|invite|masukkan|jemput|ajak|bawa|bawak)( \w+){1,3} (masuk|ke dalam|dalam|join|kat) (group|grup|gc|group chat|sini|kumpulan)( ni| ini)?\W{0,5}(admin|kick|buang|keluarkan|remove|tendang|halau|block)\b | pred:exclude | 0.8 | exclusion_group
re:\b(patut|kena|mesti|perlu|wajib|layak)( \w+)? (kena tangkap|ditangkap|dipenjara|dipenjarakan|masuk penjara|masuk lokap|disumbat dalam penjara|dihumban ke penjara|dikurung|digari)( semua| semuanya| sekali| terus)\b | pred:exclude | 0.9 | exclusion_group
re:\b(aman|bersih|selamat|tenang|makmur|damai|tenteram)( \w+)? (kalau|jika|bila|kalo|klu)( \w+){1,3}\W{0,5}(takde|tiada|tak ada|xde|x ada|hilang|pupus|mati|mampus|lenyap|berambus|dihapuskan|dibuang|mati semua)\b | pred:exclude | 0.85 | exclusion_group
re:\b(sumbat|masukkan|naikkan|angkut|muatkan|humban)( \w+){0,3} (dalam|ke dalam|atas|naik|ke atas) (bot|kapal|tongkang|sampan|rakit|perahu)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:dehumanise: "lagi banyak kotoran nak kena elak"
re:\b(lagi|makin|semakin|tambah|bertambah) (banyak|ramai) (kotoran|sampah|najis|tahi|kuman|virus|tikus|lipas|beruk|monyet|parasit|lintah|binatang|kutu|hama|pepijat|sampah masyarakat)\b | pred:dehumanise | 1.0 | dehumanising_group

# ---- pred:threat: leaving in an ambulance, raids, weapons, disappearing one by one, bodies never found, 13 May
re:\b(seterusnya|yang seterusnya|lepas ni|berikutnya|mana-mana|sesiapa)( \w+)? (yang|yg) (masuk|datang|jejak|pijak|lalu|tunjuk muka|berani|muncul|lintas)\b.{0,60}\b(keluar|balik|pulang)( \w+)? (naik|dalam|masuk) (ambulans|ambulan|keranda|kain kafan|beg mayat|hospital|van jenazah)\b | pred:threat | 0.9 | threat_group | severe
re:\b(aku|saya|kami|kitorang|gua|kita|geng aku|geng kitorang|geng kita|budak-budak aku)( \w+){0,4} (nak |akan |mahu |ready nak |siap nak |dah ready nak |dah siap nak )(serbu|gempur|belasah|bantai|tibai|lanyak)\b | pred:threat | 0.85 | threat_group | severe
re:\b(pastikan|akan|nak|mahu|kita buat|aku buat|kami buat|biar)( \w+){0,6} (hilang|lenyap|ghaib|mati|mampus|lesap)( \w+)? (sorang-sorang|seorang demi seorang|sorang2|satu-satu|satu persatu|satu per satu|sorang sorang)\b | pred:threat | 0.85 | threat_group | severe
re:\bmayat( \w+)?( pun| pon)? (takkan|tak akan|tidak akan|tak kan|x kan|takde orang|tiada siapa|tak ada orang)( \w+)? (jumpa|dijumpai|ditemui|temui|jumpai|jumpe)\b | pred:threat | 0.85 | threat_group | severe
re:\bjangan sampai (kami|kita|aku|kitorang|orang melayu|melayu)( \w+)? (ulang|ulangi|buat|mengulangi|ulangkan) (13 mei|peristiwa 13 mei|tragedi 13 mei|mei 13|sejarah hitam|peristiwa hitam|rusuhan|amuk|amok)\b | pred:threat | 0.9 | threat_group | severe
re:\b(kena|patut|perlu|mesti|harus|wajib|nak|akan)( \w+)? (ajar|diajar|mengajar)( \w+){0,2} (cukup-cukup|cukup2|secukupnya|sampai serik|sampai insaf|sampai taubat|sampai tak berani|habis-habisan|sampai mampus|sampai lunyai)\b | pred:threat | 0.85 | threat_group | severe

# ---- pred:violence: pushed out to sea
re:\b(kena|patut|perlu|mesti|harus|wajib|jom|biar|baik|lebih baik|elok)\b.{0,60}\b(tolak|tolakkan|humban|campak|buang|hanyutkan|tenggelamkan|tunda)( \w+){0,2} (ke|kat|di|dalam) (tengah laut|tengah lautan|laut dalam|laut|lautan|selat)\b | pred:violence | 0.9 | violence_group | severe

# ---- harassment of other groups: the worst kind of people, why are they so useless
re:\b(jenis|spesis|spesies|golongan|kategori) (manusia|orang|makhluk) (yang )?(paling |ter)(teruk|busuk|jahat|hina|keji|bodoh|bangang|menjijikkan|menyusahkan|tak guna|sampah|sial|kotor)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(kenapa|apasal|asal|awat|napa|knp) (\w+ ){1,3}(ni|tu|nih|tuh) (tak guna|bodoh|bangang|lembap|teruk|menyusahkan|biadab|kurang ajar|bengap|sampah)( sangat| sgt| gila| betul| sangat-sangat)\s*(\?|!|$) | pred:attribute | 0.9 | negative_attribute_group

# ---- harassment of a named person: ugliest I've seen, nobody likes you, I know where X lives, snake-liar, teach X with fists
re:\b(orang|manusia|perempuan|lelaki|budak|makhluk|spesis) (paling|yang paling) (hodoh|bodoh|bangang|buruk|jijik|busuk|menjengkelkan|gemuk|annoying|teruk|tak guna|menyampah|menyusahkan|lembap|bengap)( \w+)? (aku|saya|gua|pernah|dalam dunia|kat dunia|di dunia|atas muka bumi|yang pernah)\b | harassment | 0.7 | insult_at_person
re:\b(takde orang|tiada orang|tak ada orang|xde orang|tak de orang|tidak ada orang|takde sesiapa|tiada sesiapa|tak ada sesiapa|takde siapa|tiada siapa|takde sorang pun|tak ada sorang pun|takde seorang pun|tiada seorang pun) (yang |yg )?(suka|sayang|peduli|kisah|perlukan|rindu) (kau|ko|kamu|awak|engkau|hang|lu|korang)\b | harassment | 0.6 | insult_at_person
re:\b(hilang|berambus|blah|mampus|lenyap|nyah)( je| jela| saja| sajalah| sahaja)( la| lah)?\b | harassment | 0.5 | harassment_phrase | needs=target
re:\b(aku|saya|gua|kami|kitorang|aq) (tahu|tau|dah tahu|dah tau|kenal) (rumah|tempat kerja|ofis|sekolah|kampung|alamat|tempat tinggal)( \w+){1,2} (kat mana|di mana|dekat mana|kt mana|dkt mana)\b | harassment | 0.6 | doxxing
re:\b(jumpa|jmpa|jumpe)( kau| ko| hang| kamu| awak)? (nanti|nnt|nnti|kejap lagi|malam ni|esok|lusa)( \S+)?\s*$ | harassment | 0.45 | threat_violence
re:\b(ni|tu|nih|tuh|ini|itu|memang|sememangnya)( seekor)? (ular|biawak|lintah|buaya|musang|serigala|parasit|penipu|pembohong|penyangak|kaki belit|kaki kelentong|kaki tipu|talam dua muka|pengkhianat|munafik|hipokrit),? (dan )?(ular|biawak|lintah|buaya|musang|serigala|penipu|pembohong|penyangak|kaki belit|kaki kelentong|kaki tipu|talam dua muka|pengkhianat|munafik|hipokrit|perampas|pencuri)\b | harassment | 0.75 | insult_at_person
re:\b(ajar|diajar|mengajar|ajarkan)( \w+){1,2} (pakai|guna|dengan|dgn|menggunakan) (penumbuk|tumbukan|penampar|tali pinggang|rotan|kayu|besi|parang|pisau|kayu hoki|batang besi|buku lima)\b | harassment | 0.85 | threat_violence | severe

# ---- allow: profanity as an exclamation before praise or weather
re:\b(pukimak|puki mak|kimak|pukimek)( la| lah| betul| gila)?,? (sedap|best|cantik|lawa|power|gempak|syok|hebat|seronok|mantap|padu|terbaik|comel|kelakar|lawak|pedas|manis|hujan|panas|jem|sesak|lambat|mahal|penat|letih|lapar|sejuk|ramai|lama|susah|murah|laju)\b | allow
re:\bgila babi (baik|best|sedap|cantik|lawa|power|hebat|mahal|murah|ramai|panas|sejuk|lama|laju|susah|senang|penat|kelakar|lawak|pandai|rajin|comel|bagus|kaya|untung|seronok|syok)\b | allow

# ---- profanity aimed at a group ("sial X ni"), "stop posting selfies" is not counter-speech,
# "X pun X lah" (acceptance of oneself)
re:\b(sial|celaka|bangsat|keparat|laknat|lahanat|haram jadah|jahanam|babi|anjing|sundal|pukimak|kimak)( betul| punya| la| lah)? (orang |puak |kaum |golongan |bangsa |budak |pekerja |warga |pendatang |geng |mat |minah |mak )?\w+ (ni|tu|nih|tuh|ini|itu)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(berhenti|stop|tolong berhenti|tolong stop)( la| lah)? (post|upload|share|kongsi|tayang|letak|hantar) (selfie|gambar|muka|video|story|status|swafoto|foto|pic|pics|gambar muka)\b | allow
re:\b(sotong|pondan|bapok|lembut|mak nyah|bencong|banci|kunyit|pengkid|tomboy|gay|homo|lesbian) (pun|pon) (sotong|pondan|bapok|lembut|mak nyah|bencong|banci|kunyit|pengkid|tomboy|gay|homo|lesbian)( la| lah)?\b | allow

# ---- pred:attribute: "everywhere now, this town is finished"
re:\b(dah |sudah |makin |semakin )?(penuh|melambak|berlambak|bersepah|membiak|ramai) (kat|di|dekat|dkt) (mana-mana|merata-rata|merata|semua tempat|setiap tempat|serata)( \w+)?\W{0,3}(habis|hancur|rosak|musnah|jahanam|lingkup|mampus)( la| lah)? (bandar|negara|kampung|taman|tempat|malaysia|negeri|kawasan|dunia)( ni| ini| kita)\b | pred:attribute | 0.85 | negative_attribute_group
