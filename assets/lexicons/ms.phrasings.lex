@format 1
@lang ms
@source Original work written for Waspada, 2026-12: phrasing families generalised from the misses of the tuning suites (tests/tuning_suites, then tests/tuning_suites_b, then tests/tuning_suites_c, then tests/tuning_suites_d, then tests/tuning_suites_e, then tests/tuning_suites_f), never from held-back or blind cases
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

# ======================================================================
# Fourth round: families written from the misses of tests/tuning_suites_d
# ======================================================================
# term | category | weight | key | flags

# ---- pred:threat: hunting them down one by one, until none are left
re:\b(aku|saya|kami|kitorang|kitaorang|gua|aq|kita|geng aku|geng kita)( akan| nak| mesti| memang| confirm| sumpah)? (cari|buru|memburu|kejar|jejak|jejaki|cekup|tangkap|habiskan|hapuskan)( \w+){0,2} (satu per satu|satu persatu|satu-satu|satu demi satu|sorang-sorang|sorang2|seorang demi seorang|sampai habis|sampai dapat|sampai lubang cacing|sampai ke lubang cacing|sampai hujung dunia)\b | pred:threat | 0.9 | threat_group | severe
# ---- pred:threat: weapons ready, kept or sharpened for them; bring the machete
re:\b(parang|pisau|kapak|golok|samurai|pedang|senapang|pistol|peluru|kayu besbol|kayu hoki|batang besi|rantai|buku lima|minyak tanah|petrol|molotov|bom|tali gantung)( semua| aku| kitorang| kami)? (dah|sudah|siap|dah siap|sedia|dah sedia|sudah sedia|dah diasah|sudah diasah|dah diisi)( ready| sedia| siap| diasah| diisi| tunggu)?\b | pred:threat | 0.8 | threat_group | severe
re:\b(simpan|sediakan|siapkan|asah|mengasah|isi|tajamkan|beli|sorok|standby|stanby)( \w+)? (peluru|parang|pisau|kapak|golok|samurai|senapang|pistol|bom|racun|tali gantung|minyak tanah|molotov|kayu besbol|kayu hoki)( \w+)? (untuk|utk|khas untuk|buat|bagi|kat|tuk)\b | pred:threat | 0.9 | threat_group | severe
re:\b(bawak|bawa|angkut|jangan lupa bawa|jangan lupa bawak|siapkan) (parang|pisau|kapak|golok|samurai|pedang|senapang|pistol|kayu besbol|kayu hoki|batang besi|rantai|buku lima|minyak tanah|petrol|molotov|tukul|topi keledar)( sekali| sekali la| semua| siap| skali| jugak| juga)?\b | pred:threat | 0.75 | threat_group | severe
# ---- pred:threat / violence: leaving or being sent back in a box, coffin, body bag, on a stretcher
re:\b(hantar|hantarkan|pulangkan|kirim|dihantar|dipulangkan|dikirim|balik|pulang|keluar|blah)( balik| pulang| semula)? (dalam|naik|atas|dengan|pakai|masuk) (kotak|keranda|beg mayat|kain kafan|van jenazah|ambulans|ambulan|tandu|usungan|kerusi roda|guni)\b | pred:threat | 0.9 | threat_group | severe
# ---- pred:threat: houses marked, a "visit" at night, next it is their friends' turn
re:\b(dah|sudah|siap|dah siap|baru) (tanda|tandakan|tandai|kenal pasti|catat|cam|pangkah) (rumah|kedai|kereta|alamat|pintu|rumah-rumah|premis)\b | pred:threat | 0.8 | threat_group | severe
re:\b(datang|pergi|singgah|buat|nak|bagi) ['‘"`](melawat|lawatan|ziarah|bertandang|jenguk|beraya|bertamu|kunjungan|salam)['’"`] | pred:threat | 0.85 | threat_group | severe
re:\bgiliran (kawan-kawan|kawan|kawan2|geng|keluarga|family|member|saudara|anak-anak|anak|puak|kaum|bangsa|jiran|mak bapak) (dia|diorang|dorang|mereka|depa|korang|hangpa)( pulak| pula| plak| pulok| lak)?\b | pred:threat | 0.8 | threat_group | severe
# ---- pred:violence: "should be 'dealt with'" in quotes; not allowed to live
re:\b(patut|kena|perlu|mesti|harus|sepatutnya|elok|wajib|baik) ['‘"`](uruskan|diuruskan|settle|disettle|selesaikan|diselesaikan|bersihkan|dibersihkan|kemaskan|dikemaskan|hilangkan|dihilangkan|tidurkan|ditidurkan|senyapkan|disenyapkan)['’"`] | pred:violence | 0.85 | violence_group | severe
re:\b(tak|tidak|x|jangan|tk) (dibenarkan|dibagi|diberi|dibiarkan|diizinkan|patut dibiarkan|boleh dibiarkan|patut dibenarkan) (hidup|bernafas|wujud|terus hidup|hidup lama|hidup lagi|lama hidup|panjang umur)\b | pred:violence | 0.85 | violence_group | severe
re:\b(nak|akan|mahu|nk|jom|kita)( \w+)? (ajar|mengajar)( \w+){0,5} (cukup-cukup|cukup2|cukup cukup|secukupnya|sampai serik|sampai insaf|habis-habisan)\b | pred:threat | 0.85 | threat_group | severe
re:\b(bersihkan|membersihkan|cuci|sapu|nyahkan|sapu bersih)( \w+){1,4} (dari|daripada|drpd) (semua )?(orang|puak|golongan|kaum|bangsa|manusia|makhluk|diorang|mereka|dorang|seorang|pendatang|\w+ \w+ \w+$)? ?\b | pred:exclude | 0.85 | exclusion_group
# ---- pred:threat: boasting of a beating already given ("kitorang dah belasah seorang X")
re:\b(aku|saya|kami|kitorang|kitaorang|gua|aq|kita|geng aku|geng kitorang|budak-budak aku)( semalam| tadi| baru| minggu lepas)? (dah|sudah|baru|pernah|tadi|semalam) (belasah|bantai|lanyak|tibai|hentam|tetak|tikam|bedal|balun|kerjakan|pijak|terajang|sepak|tumbuk|bakar|serang)( \w+)?\b | pred:threat | 0.9 | threat_group | severe

# ---- pred:attribute: "will never become decent people" (negated positive with its own negator)
re:\b(takkan|tak akan|tidak akan|x akan|tak kan|tak pernah|tidak pernah|x pernah|mustahil|tak mungkin|tidak mungkin|tak boleh|tak mampu|takkan boleh|tak akan boleh)( pernah| sesekali| sekali-kali| mungkin| boleh| dapat| mampu)? (jadi|menjadi|jd)( orang| manusia| warga| rakyat| jiran| kawan| pekerja| pemimpin| ibu bapa| pasangan| suami| isteri| menantu| ahli masyarakat)?( yang| yg)? (baik|baik-baik|elok|berguna|jujur|bertamadun|beradab|setia|amanah|boleh dipercayai|bagus|normal|waras|berjaya|sopan|bersih|mulia|bertanggungjawab|berakhlak)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(jangan harap|jgn harap|jngan harap|jangan mimpi|jgn mimpi|usah harap|tak payah harap|x payah harap)( \w+){1,3} (boleh|dapat|akan|mampu|nak) (jadi|menjadi|jd)( \w+)? (yang |yg )?(baik|baik-baik|elok|berguna|jujur|bertamadun|beradab|setia|amanah|bagus|normal|sopan|bersih|mulia)\b | pred:attribute | 0.85 | negative_attribute_group
# ---- pred:attribute: "can't see a single good thing in them", "never once brought any benefit"
re:\b(tak|tidak|x|tk|tak pernah|tidak pernah|belum pernah|x pernah|tak dapat|tak boleh|susah nak|payah nak) (nampak|lihat|jumpa|nmpk|tengok|temui|jumpe|cari)( walau| walaupun| walau pun| even| barang)?( satu| secebis| sekelumit| sebesar zarah| sedikit| sikit| sebutir| apa-apa| sebarang| setitik)? (kebaikan|kelebihan|nilai|manfaat|faedah|sifat baik|kebagusan|kualiti|kemuliaan|akhlak baik|benda baik|perkara baik|sisi baik)( \w+)?( pun| pon| langsung)? (dalam diri|dalam|pada|kat|dekat|di|dari|daripada)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(tak|tidak|x|tk|tak pernah|tidak pernah|x pernah|belum pernah)( sekali| sekalipun| sekali pun| walau sekali| pun| pon| langsung| lagi)+ (bawa|bawak|beri|bagi|buat|menyumbang|sumbang|membawa|memberi|mendatangkan|datangkan|sumbangkan)( apa-apa| apa2| sebarang| satu pun| sikit pun| apa pun| sedikit pun)? (kebaikan|manfaat|faedah|sumbangan|jasa|kebajikan|benda baik|untung|keuntungan|kemajuan|kebagusan|perkara baik)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:attribute: rhetorical questions that deny a quality ("since when do they have brains?")
re:\b(sejak bila|sejak bile|since when|bila masa|sejak bila pula|dari bila|bilanya)( pulak| pula| plak| pulak la| la| lah)?( \w+){0,3} (ada otak|berotak|ada akal|berakal|pandai|bijak|cerdik|reti|tahu adab|ada adab|beradab|bertamadun|jujur|bersih|berguna|boleh pakai|boleh dipercayai|ada maruah|bermaruah|reti mandi|pandai berfikir|tahu malu|ada malu|reti bersyukur|ikut undang-undang|ikut peraturan)\b | pred:attribute | 0.85 | negative_attribute_group
# ---- pred:dehumanise / emotion: smelling like a drain; how can anyone stand sitting next to them
re:\b(bau|berbau|baunya|bau dia|bau badan|bau diorang|bau mereka)( \w+)? (macam|mcm|seperti|cam|ibarat|mcam) (longkang|tahi|sampah|bangkai|najis|kambing|babi|tong sampah|kandang|kandang babi|kandang kambing|tandas|jamban|ikan busuk|bangkai tikus|parit|lumpur|kumbahan|pembetung|lembu|kerbau)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(macam mana|mcm mana|camne|camana|camno|bagaimana)( la| lah| pulak)? (orang|korang|kau|kita|manusia|sesiapa|hang|awak)( lain)? (boleh|leh|sanggup|tergamak) (tahan|bertahan|hadap|menghadap|duduk|hidup|tinggal|kerja|makan)( duduk| hidup| tinggal| kerja| bekerja| makan| berjiran| bernafas)? (sebelah|dengan|dekat|berdekatan|bersama|semeja|serumah|sebumbung|dgn)\b | pred:emotion | 0.8 | hate_emotion_group

# ---- pred:exclude: should be locked up, all of them; when will they die out; who gave them the right
re:\b(patut|kena|perlu|mesti|harus|wajib|sepatutnya|patutnya|elok|baik|layak)( \w+)? (dikurung|dipenjara|dipenjarakan|dikuarantin|diasingkan|disumbat|dikandangkan|dikem|dihalau|diusir|dibuang negeri|dihantar pulang|disingkirkan|dipulaukan|dipinggirkan|dilarang masuk|dibuang|dihumban|dihapuskan)( je| jer| saja| sahaja| jela| terus| aja)?( semua| semuanya| sekali| semua sekali| sekaligus)\b | pred:exclude | 0.9 | exclusion_group
re:\b(tak|tidak|x|tk) (rasa|fikir|setuju|sokong|nampak|rasakah|pikir) (ke|kah|ker|ka)( \w+){1,4} (patut|kena|perlu|mesti|harus|layak|elok|sepatutnya)( \w+)? (dikurung|dipenjara|dihalau|diusir|dibuang|dihapuskan|dihantar balik|dihantar pulang|diasingkan|dipulaukan|disingkirkan|dibunuh|ditembak|digantung|dibakar|dilarang|dihukum|disekat|dikuarantin)\b | pred:exclude | 0.9 | exclusion_group
re:\b(bila|bilalah|bila la|bile|bila lagi|bilanya|bila masa|bila agaknya|bila pulak)( \w+){1,4} (nak|akan|mau|mahu|boleh|nk|nak la) (pupus|lenyap|hilang|mampus|berambus|blah|hapus|musnah|lesap|pergi dari|keluar dari|balik ke negara|balik negara|angkat kaki)\b | pred:exclude | 0.8 | exclusion_group
re:\b(siapa|sapa|sape|siape)( yang| yg)? (bagi|beri|kasi|berikan|izinkan|benarkan)( \w+){1,3} (hak|kebenaran|izin|peluang|lesen|keberanian|muka) (nak |untuk |utk )?(bersuara|bercakap|mengundi|undi|bagi pendapat|beri pendapat|berpendapat|komen|mengomen|bekerja|kerja|tinggal|masuk|bersekolah|belajar|memimpin|menegur|protes|berarak|menuntut)\b | pred:exclude | 0.85 | exclusion_group
re:\b(patut|patutnya|sepatutnya|kena|baik|elok|lebih baik)( \w+)? (diam|tutup mulut|zip mulut|senyap|duduk diam|jangan bersuara|tak bersuara)( je| jer| saja| sahaja| jela| aja| sudah)\b | pred:exclude | 0.65 | exclusion_group
# ---- pred:exclude: no chance of jobs, posts, places ("tak patut diberi peluang kerja")
re:\b(tak|tidak|x|tk|jangan|jgn) (patut|sepatutnya|layak|berhak|boleh|perlu|usah|payah)( \w+)? (diberi|dibagi|dapat|diberikan|dibenarkan|ditawarkan|menerima|terima) (peluang|tempat|ruang|kerja|pekerjaan|jawatan|kontrak|lesen|pinjaman|rumah|tanah|biasiswa|kenaikan pangkat|bantuan|subsidi|kerakyatan|kuasa)\b | pred:exclude | 0.85 | exclusion_group

# ---- pred:attribute: hypocrites through and through; lower class and should stay so; a threat to harmony
re:\b(hipokrit|munafik|penipu|pembohong|pemalas|pengotor|pencuri|penjenayah|kaki tipu|pengkhianat|talam dua muka|ular)( tegar| totok| tahap dewa| kelas satu| nombor satu| sejati| habis| belaka| semuanya| semua)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(semua|semuanya|sume|semua sekali|semua pun) (hipokrit|munafik|pembohong|pemalas|pengotor|penjenayah|pengkhianat|talam dua muka|ular|kaki tipu|kaki kelentong|kaki belit|bermuka-muka|berlakon|berpura-pura)\b | pred:attribute | 0.85 | negative_attribute_group
hipokrit                   | pred:attribute | 0.65 | negative_attribute_group
re:\b(kelas|taraf|darjat|kasta|golongan|rakyat) (bawahan|kedua|ketiga|paling bawah|paling rendah|hina|hamba|rendahan|kelas dua)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(patut|mesti|kena|biar|harus|layak)( \w+)? (kekal|terus|selamanya|sentiasa|tetap)( \w+)? (macam tu|mcm tu|camtu|begitu|kat bawah|di bawah|miskin|jadi hamba|jadi kuli|di tempat|kat tempat|di belakang|kat belakang)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(ancaman|bahaya|musuh|duri dalam daging|barah|racun|bom jangka|api dalam sekam|musuh dalam selimut)( besar| utama| terbesar| sebenar| nombor satu| paling besar| serius| sebenarnya)? (kepada|pada|kat|bagi|untuk|terhadap|kpd|dekat) (keharmonian|keamanan|keselamatan|perpaduan|negara|masyarakat|agama|bangsa|kita|anak-anak|generasi|keluarga|moral|budaya|ummah|umat|kestabilan|tamadun|negeri|malaysia|institusi)\b | pred:attribute | 0.85 | negative_attribute_group

# ---- pred:emotion: cannot face / accept / stomach them; wanting to jump out of the window every time
re:\b(takkan|tak akan|tidak akan|tak boleh|x boleh|tak leh|tak bleh|tak sanggup|tak mampu|tak pernah|tk boleh|tidak boleh|takkan pernah)( boleh| mampu| dapat| sanggup| nak)? (hadap|menghadap|telan|brain|tengok muka|pandang muka|hadap muka|tengok batang hidung)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(aku|saya|kami|gua|kitorang|aq)( \w+)? (takkan|tak akan|tidak akan|takkan pernah|tak kan|sampai mati tak)( boleh| mampu| dapat| sesekali)? (terima|menerima|maafkan|sukakan|hormat|hormati|menghormati|bertoleransi dengan|berbaik dengan)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(satu benda|satu perkara|satu je benda|satu-satunya benda|benda paling)( je| jer| saja| sahaja)?( yang)? (aku|saya|gua|aq) (tak boleh hadap|tak boleh terima|benci|tak tahan|tak boleh tahan|paling benci|menyampah|meluat|jijik|tak boleh brain|tak suka)\b | pred:emotion | 0.95 | hate_emotion_group
re:\b(setiap kali|tiap kali|tiap-tiap kali|tiap2 kali|asal|every time|bila je|setiap masa)( \w+){1,8},? (rasa nak|rasa macam nak|terus rasa nak|automatik rasa nak|mesti rasa nak|aku rasa nak|rasa mcm nak|terasa nak) (terjun|lompat|muntah|termuntah|lari|pengsan|mati|menjerit|jerit|turun|hentak kepala|ludah|meludah|pitam|keluar)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(rasa|terasa|terus rasa|automatik rasa|mesti rasa) (nak|macam nak|mcm nak|ingin|teringin nak) (ludah|meludah|muntah|termuntah|loya|menjerit|tampar|lempang|hentak|cekik|sepak|terajang)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(tak|tidak|x) (tertahan|tertahankan|tertanggung)( dah)? (aku|saya|gua|aq|kami|lagi|dah)\b | pred:emotion | 0.7 | hate_emotion_group

# ---- pred:dehumanise: "no different from apes", "they are a virus, quarantine them"
re:\b(tak|tidak|x) (ubah|beza|berbeza|ubahnya|bezanya|lain|tumpah)( langsung| pun| sikit pun)? (macam|mcm|seperti|dari|daripada|dengan|dgn|cam|mcam) (beruk|monyet|kera|babi|anjing|lembu|kambing|kerbau|binatang|haiwan|tikus|lipas|ulat|lintah|parasit|sampah|setan|syaitan|iblis|khinzir|biawak|ular|cacing|kutu|virus|kuman|najis|tahi|hantu|orang utan|mawas|keldai|serangga|hama)\b | pred:dehumanise | 0.9 | dehumanising_group
re:\b(ni|tu|ini|itu|adalah|memang|macam|seperti|mcm|ibarat|umpama|semua|sejenis) (virus|kuman|wabak|penyakit berjangkit|barah|kanser|bakteria|kudis|kurap|kusta|kuman penyakit|sel kanser)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(kuarantin|kuarantinkan|dikuarantin|diasingkan|asingkan|kurung|dikurung|jauhkan)( \w+)? (jauh-jauh|jauh2|jauh jauh|sejauh-jauhnya|jauh) (dari|daripada|drpd) (anak-anak|anak|budak-budak|keluarga|masyarakat|orang ramai|kita|kami|orang normal)\b | pred:exclude | 0.85 | exclusion_group

# ---- endorsed reported speech ("honestly she says they are ...") is not counter-speech
re:\b(honestly|jujur|jujurnya|sejujurnya|terus terang|memang betul|betul la|confirm|sumpah)( \w+)? dia (kata|cakap|kate|ckp|bagitau|bagitahu) (diorang|dorang|mereka|depa|puak|golongan|kaum|bangsa)\b | allow

# ---- grp:pronoun: "makhluk ni", "spesis tu" point back to a member of a group; "korang ni/semua" addressing a group
re:\b(makhluk|spesis|spesies) (tu|ni|tuh|nih)\b | grp:pronoun
re:\bkorang (ni|semua|sekalian|semua ni|tu)\b | grp:pronoun

# ---- pred:attribute: beyond teaching; never once grateful; turned the place into a rubbish tip
re:\b(tahap|level|peringkat|sampai) (tak boleh ajar|tak boleh diajar|tak boleh dididik|tak boleh dibentuk|tak boleh diubah|tak boleh diselamatkan|tak boleh dibawa berbincang|dewa|gaban|maksima)\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(tak|tidak|x|tk) (pernah|pandai|langsung|reti-reti|pernah pun) (reti|tahu|tau|kenal|nak) (malu|bersyukur|berterima kasih|adab|sopan|mengenang budi|kenang budi|hormat|menghormati|bertolak ansur|beratur|bersih|mandi|bahasa|undang-undang|peraturan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(buat|jadikan|menjadikan|ubah) (tempat|kawasan|negara|taman|kampung|bandar|rumah|flat|blok|lorong|pasar|sekolah|tanah air|negeri)( \w+)? (macam|jadi|mcm|seperti|bagai) (tong sampah|sampah|kandang|setinggan|reban|zoo|hutan|longkang|sarang|kandang babi|tempat buang sampah|jamban|tandas awam)\b | pred:attribute | 0.85 | negative_attribute_group
# "don't even mention them in front of me" is aversion, not counter-speech
re:\b(jangan|jgn|tak payah|x payah|usah|tolong jangan) (sebut|cakap pasal|sebut pasal|cerita pasal|bincang pasal|ungkit|sebut nama|cakap fasal)( \w+){1,3} (depan|di depan|dekat|kat|dkt|dengan|di hadapan) (aku|saya|gua|aq|kami|kitorang)\b | allow

# ---- ctx:counter: "I don't think X should be driven out / X are a threat"; "no reason to fear or loathe";
# "you'll never hear me call X ..."
re:\b(aku|saya|kami|gua|aq|kitorang)( memang| langsung| sendiri| sebenarnya)? (tak|tidak|x|tk|tak pernah|tidak pernah|takkan pernah|x pernah)( pernah| langsung)? (rasa|fikir|anggap|percaya|setuju|rasakan|berpendapat)( \w+){1,4} (patut|perlu|mesti|harus|kena|sepatutnya|layak) (dihalau|diusir|dibuang|dihantar balik|dihantar pulang|dihapuskan|dibunuh|dipukul|diserang|dibenci|dihina|diasingkan|dipulaukan|dikurung|ditangkap|didiskriminasi|dilayan buruk|dilayan teruk|diejek|disisihkan|dipinggirkan|dihukum|disekat|dilarang)\b | ctx:counter
re:\b(aku|saya|kami|gua|aq|kitorang)( memang| langsung| sendiri| sebenarnya)? (tak|tidak|x|tk|tak pernah|tidak pernah|takkan pernah|x pernah)( pernah| langsung)? (rasa|fikir|anggap|percaya|setuju|rasakan|berpendapat)( \w+){1,3} (ni |tu |ini |itu |semua |adalah )?(ancaman|bahaya|berbahaya|masalah|musuh|penjenayah|jahat|teruk|pengotor|kotor|malas|pemalas|bodoh|penipu|pencuri|beban|punca masalah|pengganas)\b | ctx:counter
re:\b(tak ada|takde|tiada|tidak ada|xde) (sebab|alasan|keperluan|justifikasi)( pun| langsung)? (untuk|utk|nak)( kita| kami| sesiapa| orang| korang| kau)? (takut|jijik|benci|bencikan|membenci|curiga|mencurigai|menghina|hina|halau|menghalau|diskriminasi|mendiskriminasi|serang|menyerang|pukul|memukul|sisihkan|menyisihkan|pulaukan|memulaukan|risau|bimbang|prejudis|meluat|marah|geli|ejek|mengejek|kutuk|mengutuk)\b | ctx:counter
re:\b(takkan|tak akan|tidak akan|tak kan|tak pernah|tidak pernah|x pernah) (dengar|nampak|tengok|jumpa|lihat) (aku|saya|gua|kami|kitorang) (cakap|kata|sebut|panggil|gelar|label|tulis|hina|kutuk|ejek|maki)\b | ctx:counter

# ---- ctx:counter: condemning discrimination; "who are you to decide"
re:\b(diskriminasi|perkauman|rasisme|kebencian|prejudis|penindasan|buli|gangguan|layanan|diskriminasi kaum)( \w+)? (macam ni|mcm ni|camni|seperti ini|begini|macam tu|camtu|sebegini|sebegitu) (tak patut|tidak patut|tak boleh|tidak boleh|x patut|mesti dihentikan|perlu dihentikan|kena dihentikan|patut dihentikan)\b | ctx:counter
re:\b(kes|perbuatan|tindakan|sikap)( \w+){1,8} (ni|tu|ini|itu) (kena|perlu|mesti|patut|wajib|harus) (ambil tindakan|diambil tindakan|disiasat|dilaporkan|dihukum|didakwa|dibawa ke muka pengadilan)\b | ctx:counter
re:\bsiapa (kau|awak|korang|ko|hang|engkau|anda|kamu|dia|diorang) (nak|untuk|mahu|yang nak) (tentukan|menentukan|menilai|nilai|hakimi|menghakimi|putuskan|memutuskan|judge|label|melabel)\b | ctx:counter

# ---- slurs read as people: "tipikal X", "ada X baru masuk", "kalau dah X, tetap X"
tipikal                    | ctx:people
typical                    | ctx:people
tipikal betul              | ctx:people
tipikal perangai           | ctx:people
re:\bbaru (masuk|pindah|datang|sampai|tiba|duduk|menyewa|sewa)\b | ctx:people_after
kalau dah                  | ctx:people
kalau sudah                | ctx:people
klu dah                    | ctx:people
kalo dah                   | ctx:people
tetap                      | ctx:people
cacat                      | hate | 0.65 | slur_group | slur
lembam                     | hate | 0.65 | slur_group | slur

# ---- allow: profanity before praise and weather; place names; cursing gadgets
re:\bgila babi (power|gempak|mantap|padu|terbaik|hebat|steady|terer|kuat|laju|gila|lawak|kelakar|cun|lawa|sedap|best|tinggi|jauh|ramai|lama|banyak|kencang)\b | allow
re:\b(kimak|pukimak|puki mak|pukimek|sial|celaka|babi) punya (panas|jem|sesak|hujan|lambat|mahal|penat|letih|lapar|sejuk|ramai|lama|susah|bising|berat|teruk|traffic|trafik|line|internet|wifi|hari)\b | allow
kapitan keling             | allow
re:\b(aplikasi|app|apps|sistem|website|laman web|portal|printer|laptop|komputer|pc|wifi|wi-fi|router|modem|telefon|fon|phone|handphone|mesin|kereta|motor|tv|aircond|kipas|peti sejuk|mesin basuh|remote|bateri|charger|software|game|server|internet|line)( \w+){0,2} (ni|tu|ini|itu)( memang| betul| sangat| langsung)? (sampah|tak guna|tak berguna|bodoh|bangang|celaka|sial|babi|teruk|hampeh|hampas|lembab|lembap|bengap)\b | allow
re:\b(printer|laptop|komputer|pc|telefon|fon|phone|handphone|router|modem|kereta|motor|tv|aircond|kipas|mesin|peti sejuk|mesin basuh|aplikasi|app|sistem|wifi|wi-fi|remote|bateri|charger|server)( \w+){0,3} (ni|tu|ini|itu) (patut|elok|baik|lebih baik|kena|memang patut) (dibakar|dibuang|dihancurkan|dipecahkan|dicampak|dibaling|dihempas|bakar|buang|hempas|campak|dihempuk|diketuk)( je| jer| saja| sahaja| jela| terus| aja)?(,? (menyusahkan|menyakitkan hati|buat sakit hati|buang masa|asyik rosak|selalu rosak|lembab|lembap))?\b | allow
re:\b(benci|geram|menyampah|meluat|bengang)( gila| betul| sangat)? (dengan |dgn |kat )?(printer|laptop|komputer|pc|telefon|fon|phone|handphone|router|modem|wifi|wi-fi|aplikasi|app|sistem|internet|line|server|mesin|aircond|tv|remote)\b | allow
re:\b(hang|jem|lag|crash|sangkut|hank|stuck)( je| jer| saja| aja| selalu| memanjang| lagi| ja)( kerja| keje| kerjanya)\b | allow

# ---- harassment of a person: conditional threats with "kalau tak"; spreading photos; worst actor ever
re:\b(kalau tak|kalau x|kalau tidak|kalo tak|klu tak|jika tidak|kalau tak nak|kalau tk) (aku|saya|gua|kami|kitorang|aq) (pecahkan|pecah|hancurkan|ketuk|hentam|belasah|tetak|tikam|bunuh|pijak|patahkan|tembak|lanyak|bantai|kerjakan|sepak|tumbuk|lempang|tampar|bakar|sebarkan|viralkan|tularkan|dedahkan|cari)( \w+)? (kepala|muka|kaki|tangan|rumah|kereta|gambar|rahsia|kau|hang|ko|engkau|kamu|awak|korang)\b | harassment | 0.9 | threat_violence | severe
re:\b(aku|saya|gua|kami|kitorang|aq) (sebarkan|sebar|viralkan|viral|tularkan|dedahkan|upload|post|share|bocorkan|sebarkan semua)( \w+)? (gambar|video|nombor|alamat|rahsia|chat|screenshot|ss|gambar bogel|aib|maklumat peribadi|ic|nombor telefon)( \w+){0,2} (satu malaysia|seluruh malaysia|satu dunia|satu kampung|satu sekolah|satu ofis|kat semua orang|dekat semua orang|ke seluruh|satu group|kat fb|kat facebook|kat tiktok|kat twitter|kat internet|kat media sosial|satu taman|satu negara|bagi semua orang)\b | harassment | 0.85 | doxxing | severe
re:\b(pelakon|penyanyi|artis|pemain|pemimpin|menteri|cikgu|guru|pensyarah|pengacara|influencer|youtuber|tiktoker|pelawak|model|ahli politik|wakil rakyat|bos|pemandu|doktor|jurulatih|coach|pengadil|presenter|dj|streamer|penulis|pengarah|wartawan|selebriti|usahawan|ustaz) (paling|yang paling)( \w+)? ?(hodoh|bodoh|bangang|buruk|jijik|busuk|menjengkelkan|annoying|teruk|tak guna|menyampah|menyusahkan|lembap|bengap|membosankan|tak berbakat|hampeh|sampah|gemuk|tak reti berlakon)( \w+)? (aku|pernah|dalam dunia|kat dunia|di dunia|atas muka bumi|yang pernah|dalam sejarah|kat malaysia|di malaysia|abad ini)\b | harassment | 0.7 | insult_at_person

# ---- other groups: "lying and greedy", "eating a fist tonight", "a bunch of leeches"
re:\b(penipu|tamak|kedekut|hipokrit|pemalas|pengotor|licik|pencuri|pembohong|munafik|korup|kaki rasuah|bodoh|malas|kaki tipu)( dan| &| serta|,| lagi) (tamak|kedekut|hipokrit|penipu|pemalas|pengotor|licik|pencuri|pembohong|munafik|korup|bodoh|malas|kotor|haloba|tamak haloba|kaki rasuah|kaki tipu)\b | pred:attribute | 0.85 | negative_attribute_group
tamak haloba               | pred:attribute | 0.8 | negative_attribute_group
re:\b(makan|rasa|merasa|kena|dapat|hadiahkan|bagi|hadiah) (penumbuk|penampar|pelempang|penerajang|buku lima|sepak terajang|siku|parang|peluru|penyepak|kaki aku|tumbukan)( aku| saya| gua| kitorang| sebijik| sedas| sebiji| free)?\b | pred:threat | 0.85 | threat_group | severe
sekumpulan                 | grp:pronoun
segerombolan               | grp:pronoun
gerombolan                 | grp:pronoun
segolongan                 | grp:pronoun
re:\bdriver (e-hailing|ehailing|e hailing|teksi|lori|bas|foodpanda|food panda|p-hailing|delivery|penghantar|kereta sewa|maxim|indrive|airasia ride)\b | grp:other
re:\b(semua sama|sama je|sama jer|sama ja|sama saja|sama sahaja|serupa je|sama jela|sama aje)( \w+)?[,:]? (penipu|tamak|kedekut|hipokrit|pemalas|malas|kotor|pengotor|jahat|bodoh|busuk|licik|pencuri|pembohong|munafik|korup|kaki rasuah|kaki tipu|bangang|tak guna|sampah|perasuah|penyangak)( dan \w+| & \w+| serta \w+)?( haloba)?\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(kalau|klu|kalo|jika|bila|kalau la|kalau ah)( aku| saya| gua| kitorang| kami| aq)? (jumpa|nampak|terserempak|bertembung|dapat|tangkap|jmpa|jumpe)( \w+){1,4},? (memang |confirm |siap |sure |mesti |terus |confem )?(makan|rasa|merasa|kena|dapat) (penumbuk|penampar|pelempang|penerajang|buku lima|sepak terajang|parang|peluru|penyepak|kaki|pisau|kayu)\b | pred:threat | 0.95 | threat_group | severe

# ======================================================================
# derog_impl: recurring implicit-stereotype frames
# ======================================================================
# ---- suspicion: "when one comes near, hold your bag tight"
re:\b(kalau|bila|setiap kali|tiap kali|asal|time|masa|nampak)( \w+){1,5} (datang|lalu|dekat|lalu dekat|masuk|duduk|naik|hampir|mendekat|menghampiri|lalu tepi)( dekat| sebelah| tepi)?,? (terus |cepat-cepat |cepat2 |mesti |kena )?(pegang|jaga|peluk|kepit|sorok|simpan|kunci|genggam)( \w+)? (beg|dompet|handbag|purse|poket|barang|barang kemas|telefon|fon|handphone|pintu|kereta)\b | pred:attribute | 0.8 | negative_attribute_group
# ---- crime statistics as insinuation ("8 out of 10 cases involve X"; "every drug case has X's name")
re:\b(\d+|kebanyakan|majoriti|separuh|hampir semua|rata-rata)( orang)? (daripada|dari|drpd|per|peratus|%)( \d+)?( \w+)? (kes|jenayah|penjenayah|banduan|perompak|pencuri|penagih|penyeluk saku|peragut|pesalah)( \w+){0,5} (libatkan|melibatkan|dilakukan oleh|pelakunya|datang dari|datang daripada|terdiri daripada|adalah)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(setiap kali|tiap kali|asal|bila-bila|setiap)( ada)? (kes|berita|jenayah|kejadian|rompakan|pergaduhan|kes polis|kes curi|kes rogol|kes dadah|kes bunuh|kecurian|kes ragut|kes pecah rumah)( \w+){0,3},? (mesti|confirm|pasti|selalu|sentiasa|tentu|sure|asyik)( ada)? (nama|muka|orang|kaitan|terlibat|melibatkan|libatkan|pelakunya)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(sumbangan|jasa|kejayaan|pencapaian)['’"]?( \w+){0,6}[.…]* ?(sumbangan |jasa )?(kes polis|jenayah|masalah sosial|anak luar nikah|dadah|penyakit|hutang|kes mahkamah|rekod jenayah|kes curi|kes rogol|sampah)\b | pred:attribute | 0.75 | negative_attribute_group
# ---- animals cleaner / smarter than them (with a longer predicate than ms.phrasings.lex)
re:\b(beruk|monyet|kera|lembu|kambing|anjing|babi|kucing|binatang|haiwan|ayam|khinzir|kerbau|biawak|tikus|itik|burung|ikan|lipas|kucing kurap)( \w+){0,4} (pun )?(lagi|lebih|jauh lebih) (pandai|reti|tahu|bersih|cerdik|bijak|beradab|sopan|berguna|jujur|setia|bertamadun|wangi)( \w+){0,3} (dari|daripada|drpd|dr|berbanding)\b | pred:dehumanise | 0.85 | dehumanising_group
# ---- "never met one who bathes / is honest"
re:\b(tak|tidak|x|belum|tak pernah|tidak pernah|belum pernah|x pernah|jarang)( pernah)? (jumpa|nampak|kenal|tengok|lihat|jumpe)( seorang| sorang| satu| mana-mana)?( \w+){1,3} (yang|yg) (mandi|jujur|rajin|bersih|pandai|bijak|amanah|boleh dipercayai|reti bahasa|tahu malu|tak menipu|tak mencuri|bayar hutang|cakap benar|beradab|sopan|wangi|bayar cukai|kerja keras|berotak|ikut undang-undang)\b | pred:attribute | 0.8 | negative_attribute_group
# ---- holding one's breath, washing hands with disinfectant after contact
re:\b(tahan nafas|tutup hidung|tekup hidung|picit hidung|tahan hidung|pegang hidung|sembur pewangi|sembur perfume|sembur febreze)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(lepas|selepas|bila|setiap kali|tiap kali|habis)( \w+)? (salam|bersalam|bersentuh|sentuh|pegang|berjabat tangan|jabat tangan|duduk sebelah|bercakap)( \w+){1,4},? (aku |saya |kami |gua )?(terus |cepat-cepat |mesti |wajib |kena )?(basuh|cuci|sental|lap|sanitize|sembur|sertu|samak)( \w+)? (tangan|badan|muka|kerusi|meja)\b | pred:exclude | 0.85 | exclusion_group
# ---- fenced camps, ghettos
re:\b(patut|sepatutnya|layak|elok|lebih baik|patutnya|biar|kena)( \w+)? (duduk|tinggal|menetap|berada|hidup|dikurung|dihantar|dihumban|dicampak|diletak|dikumpul) (di|kat|dalam|dekat|dlm|dkt|ke) (kem|kawasan berpagar|penempatan khas|ghetto|getto|reservasi|kawasan khas|pulau)( \w+)?\b | pred:exclude | 0.85 | exclusion_group
# ---- job ads and rentals that exclude ("Syarat: rajin, jujur, BUKAN X")
re:\b(syarat|syarat-syarat|kelayakan|requirement|requirements|keperluan)\s*:?( \w+,?){0,6} (bukan|non|no|tidak menerima|tak terima)\b | pred:exclude | 0.85 | exclusion_group
# ---- "don't go home late if the area has many X"
re:\b(jangan|jgn|elak|elakkan|hati-hati|berhati-hati|jaga-jaga)( \w+){0,2} (balik lewat|keluar malam|jalan sorang|jalan seorang|jalan sorang-sorang|lepak|parking|letak kereta|tinggal|pergi)( \w+){0,3} (kalau|bila|kat|di|dekat)( \w+){0,3} (banyak|ramai|penuh|penuh dengan|dipenuhi)\b | pred:attribute | 0.8 | negative_attribute_group
# ---- disloyalty: they would side with the enemy
re:\b(sokong|menyokong|berpihak|memihak|belot|membelot|khianat|mengkhianati|tikam belakang|bersekongkol)( kepada| pada| kat| dengan| dgn)? (pihak musuh|musuh|negara musuh|penjajah|pihak lawan|negara asal diorang|negara asal mereka|pihak asing|kuasa asing)\b | pred:attribute | 0.8 | negative_attribute_group

# ---- small extensions: "tak bleh hadap"; cars are objects
re:\b(satu benda|satu perkara|satu je benda)( je| jer| saja| sahaja)?( yang)? (aku|saya|gua|aq) (tak bleh hadap|tak leh hadap|x boleh hadap|tk boleh hadap|tak bole hadap|tak leh brain|tak bleh terima)\b | pred:emotion | 0.95 | hate_emotion_group
re:\b(myvi|axia|saga|bezza|alza|wira|kancil|iswara|persona|proton|perodua|honda|toyota|kereta|motor|moto|lori|van)( \w+){0,2} (ni|tu|ini|itu) (patut|elok|baik|lebih baik|kena|memang patut) (dibakar|dibuang|dihancurkan|dicampak|dilelong|bakar|buang|dijual|dihempas)( je| jer| saja| sahaja| jela| terus| aja)?(,? (menyusahkan|menyakitkan hati|buat sakit hati|buang masa|asyik rosak|selalu rosak|lembab|lembap))?\b | allow

# ---- allow: "I'm not trying to insult, but ..." is a disclaimer before a stereotype, not counter-speech;
# praise that compares with one's own home
re:\b(bukan|bkn|tak|x) (nak|mau|mahu|niat|berniat) (kutuk|hina|rasis|menghina|mengutuk|kecam|jadi rasis|stereotaip|generalize|generalise|prejudis|judge|burukkan|memburukkan)( sesiapa| orang| mana-mana pihak)?( ke| la| lah)?,? (tapi|tetapi|tp|but)\b | allow
re:\b(no offence|no offense|jangan marah|sorry to say|maaf cakap|maaf kata|bukan nak rasis|not racist|bukan rasis),? (tapi|tetapi|tp|but)\b | allow
re:\b(yang|yg)( seorang| sorang)? (\w+ ){1,3}(tu|ni) (lagi|lebih|jauh lebih) (bersih|kemas|rapi|wangi|elok|baik|rajin|sopan|jujur|pandai) (dari|daripada|drpd|berbanding)( rumah| bilik| kereta| kawasan)? (aku|saya|kami|kita|kitorang|gua|orang lain)\b | allow
re:\b(bila|kalau|setiap kali|tiap kali|asal|time|masa)( \w+){1,6},? (aku |saya |kami |gua |terus |mesti |automatik )*(tahan nafas|tutup hidung|tekup hidung|picit hidung|tahan hidung|pegang hidung|sembur pewangi|sembur perfume|sembur febreze|buka tingkap)\b | pred:emotion | 0.85 | hate_emotion_group

# ---- ctx:counter: a claim put as a question and flatly refuted ("X a threat? Nonsense.")
re:\?\s*(mengarut|merepek|karut|tak masuk akal|tidak sama sekali|sama sekali tidak|langsung tidak|langsung tak|mana ada|fitnah semata|salah sama sekali|tak betul langsung|tidak benar|bullshit|nonsense|bodoh punya soalan)\b | ctx:counter

# ---- spaced passives as people type them ("di kurung", "di percayai")
re:\b(patut|kena|perlu|mesti|harus|wajib|sepatutnya|patutnya|elok|baik|layak)( \w+)? di (kurung|penjara|penjarakan|kuarantin|asingkan|halau|usir|buang|hantar pulang|hantar balik|singkirkan|pulaukan|hapuskan|bunuh|tembak|gantung|bakar|pancung|sembelih|rejam|humban|sumbat)( je| jer| saja| sahaja| jela| terus| aja)?\b | pred:exclude | 0.85 | exclusion_group
re:\b(boleh|dapat|layak) di (percayai|percaya|harap|harapkan|hormati|terima)\b | pred:worth | 0.85 | negative_attribute_group

# ==== fifth round: families from the misses of tests/tuning_suites_e
# ======================================================================
# threat_dir / threat_norm: violence and threat families
# ======================================================================
# ---- "won't live to see the sun / morning"
re:\b(pastikan|memastikan|janji|sumpah|confirm|jamin|gerenti|garenti)( \w+){0,2} (tak|tidak|x|takkan|tak akan|tidak akan|tak sempat|tak kan) (sempat |dapat |boleh |lagi |akan )?(tengok|lihat|nampak|jumpa|tgk|rasa|sampai|hidup sampai|bangun|merasa|menikmati|hirup) (matahari|cahaya matahari|pagi|subuh|hari esok|esok|esok hari|siang|fajar|matahari terbit|udara pagi|tahun depan|hari raya)\b | pred:threat | 0.9 | threat_group | severe
# ---- "going home with a broken leg"
re:\b(akan|nanti|confirm|mesti|pasti|sure|biar|kasi|bagi|baru tau|siap) (balik|pulang|keluar|blah|jalan|berjalan|merangkak|bangun) (dengan |dalam keadaan |nanti |esok )?(patah|patah riuk|tempang|berdarah|berdarah-darah|lebam-lebam|bertongkat|berkerusi roda|cacat|lumpuh|buta)( kaki| tangan| tulang| riuk| rahang| gigi| hidung| pinggang| tengkuk| sebelah)?\b | pred:threat | 0.85 | threat_group | severe
# ---- targets, lists of addresses, waiting for one's turn
re:\b(aku|saya|kami|kitorang|kitaorang|gua|kita) (target|sasarkan|sasar|dah target|dah sasarkan|dah pilih)( \w+)? (lima|sepuluh|dua|tiga|empat|enam|tujuh|lapan|sembilan|ramai|seramai|\d+)( orang| ekor| kepala| mangsa)?,? (semua|semuanya|kesemuanya)\b | pred:threat | 0.95 | threat_group | severe
re:\b(senaraikan|senarai|kumpul|kumpulkan|catat|catatkan|simpan|dapatkan|dapat|ada|rekod|trace|jejak|kesan|tanda) (alamat|alamat rumah|nama dan alamat|lokasi|tempat tinggal|nombor plat|no plat|ic dan alamat)( \w+){0,6}.{0,40}\b(tunggu giliran|tunggu nasib|tunggu kedatangan|tunggu kami|tunggu kitorang|giliran korang|giliran kau|giliran hangpa|siap sedia|bersedialah)\b | pred:threat | 0.85 | threat_group | severe
re:\btunggu (giliran|turn|nasib) (korang|kau|hangpa|kamu|engkau|awak|diorang|dorang|mereka|depa|ko|hang|lu)\b | pred:threat | 0.8 | threat_group | severe
# ---- "clean the area of them" with scare quotes
re:['‘"`](bersihkan|membersihkan|cuci|mencuci|sapu bersih|sapu|nyahkan|sucikan|mensucikan|kosongkan|mengosongkan)['’"`]( \w+){1,4} (dari|daripada|drpd|dr)\b | pred:exclude | 0.8 | exclusion_group
# ---- burying / burning alive, first person or anyone
re:\b(tanam|ditanam|kubur|dikubur|bakar|dibakar|sembelih|disembelih|rebus|direbus|panggang|dipanggang|humban|dihumban|campak|dicampak)( \w+){0,2} (hidup-hidup|hidup2|hidup hidup|idup-idup|idup2)\b | pred:violence | 0.9 | violence_group | severe
re:\b(aku|saya|kami|kitorang|gua|kita)( akan| nak| mesti| confirm| memang| terus)? (tanam|kubur|bakar|sembelih|gantung|rebus|panggang|humban|campak|cincang|lapah|siat)( \w+){0,2} (hidup-hidup|hidup2|hidup hidup|idup-idup|belakang rumah|belakang kebun|dalam hutan|kat hutan|dalam semak|dalam longkang|dalam parit)\b | pred:threat | 0.95 | threat_group | severe
# ---- weapon kept or sharpened "specially for" them
re:\b(simpan|sediakan|siapkan|asah|mengasah|isi|tajamkan|beli|sorok|standby|stanby|pegang|bela|jaga)( \w+)? (peluru|parang|pisau|kapak|golok|samurai|senapang|senapang angin|senapang patah|pistol|bom|racun|tali gantung|minyak tanah|molotov|kayu besbol|kayu hoki|panah|lastik|keris|lembing|tombak|buluh runcing)( \w+){0,3} (khas untuk|khas utk|khas buat|special untuk|special for|khusus untuk|tunggu|untuk|utk|buat)\b | pred:threat | 0.9 | threat_group | severe
# ---- prayers for destruction
re:\b(binasakan|binasakanlah|hancurkanlah|musnahkanlah|lenyapkanlah|hapuskanlah|pupuskanlah|laknatlah|matikanlah|azabkanlah|tenggelamkanlah|turunkanlah bala|turunkan bala|timpakan bala|timpakanlah)\b | pred:violence | 0.85 | violence_group | severe
re:\b(hancurkan|musnahkan|lenyapkan|hapuskan|pupuskan|putuskan|matikan) (keturunan|zuriat|generasi|baka|anak cucu|benih|nasab)\b | pred:violence | 0.9 | violence_group | severe
re:\bsampai (tak|tidak|x) (tinggal|tersisa|tertinggal|ada lagi|berbaki) (seorang|sorang|satu|sesiapa|seekor|sekor|walau seorang|sebiji)\b | pred:violence | 0.9 | violence_group | severe
# ---- "no one would cry if ..."; "if they all die, I don't care"
re:\b(tak ada|takde|tiada|tak de|xde|tidak ada) (siapa|sesiapa|orang|sorang pun|seorang pun)( pun)?( yang)? (akan |nak |kan )?(menangis|nangis|sedih|bersedih|peduli|kisah|rindu|meratap|berkabung|hairan|terkejut)( pun)? (kalau|bila|jika|kalo|klu|andai|sekiranya)( \w+){1,6} (dibom|dibakar|dibunuh|ditembak|mati|mampus|musnah|terbakar|diserang|dihapuskan|lenyap|pupus|kena bom|kena bakar|kena tembak|diletupkan|dirempuh|disembelih|lemas)\b | pred:violence | 0.85 | violence_group | severe
re:\b(kalau|jika|bila|kalo|klu|andai|sekiranya)( \w+){1,4} (mati|mampus|mati semua|semua mati|hilang|lenyap|pupus|dibunuh|ditembak|dibom|terbakar|mati katak|mati kebulur|mati lemas|hapus)( \w+){0,2},? (aku|saya|gua|kami|kitorang)( memang| langsung| pun| sikit pun)? (tak|tidak|x|tk) (kisah|kesah|peduli|sedih|hairan|rugi|kesian|kasihan)\b | pred:violence | 0.9 | violence_group | severe
# ---- hurting them is "not wrong"
re:\b(tembak|pukul|belasah|bunuh|bantai|hentam|bakar|tikam|serang|rejam|sepak|tumbuk|bom|sembelih|pijak|tetak|lanyak|langgar|racun)( \w+){1,4}( pun| pon)?,? (aku|saya|gua|kami|kitorang)( rasa| fikir| nampak| anggap| tengok)? (tak salah|tak berdosa|tidak salah|tak kisah|ok je|okay je|takpe|tak apa|sokong|setuju|padan muka)\b | pred:violence | 0.9 | violence_group | severe
# ---- six feet under; the right place for them is the grave
re:\b(enam|6) (kaki|kakis|feet) (bawah|di bawah|dalam|ke dalam|kat bawah|under|bawah tanah)( tanah)?\b | pred:violence | 0.9 | violence_group | severe
re:\b(tempat|rumah)( yang)?( paling)? (sesuai|layak|patut|elok|terbaik|sebenar|sepatutnya)( untuk| utk| bagi| buat)?( \w+){0,3} (ialah|adalah|ialah di|ialah dalam|hanyalah|cuma|hanya|ialah kat|kat|di|dalam)( dalam| di| kat)? (kubur|liang lahad|tanah perkuburan|perkuburan|neraka|tong sampah|longkang|dasar laut|bawah tanah|kandang)\b | pred:violence | 0.85 | violence_group | severe
# ---- scare-quoted euphemisms for killing ("'uruskan' sendiri")
re:['‘"`](uruskan|diuruskan|settle|disettle|selesaikan|diselesaikan|bersihkan|dibersihkan|kemaskan|dikemaskan|hilangkan|dihilangkan|tidurkan|ditidurkan|senyapkan|disenyapkan|tangani|ditangani|ajar|diajar|sapu|disapu|cuci|dicuci|lawat|melawat)['’"`]( sendiri| je| terus| semua)? | pred:violence | 0.8 | violence_group | severe
# ---- "a lesson they'll never forget"
re:\bpengajaran( \w+){0,4} (takkan|tak akan|tidak akan|x akan|tak kan|tak) (lupa|dilupakan|dilupa|lupakan)\b | pred:violence | 0.85 | violence_group | severe
re:\b(ajar|ajarkan|bagi|beri|berikan|kasi)( \w+){0,3} (satu |sedikit |sikit |)pengajaran\b | pred:violence | 0.45 | violence_group
# ---- left to starve, dumped in the jungle, expelled by force
re:\b(dibiarkan|biarkan|biar|tinggalkan|ditinggalkan)( \w+){0,2} (mati kebulur|mati kelaparan|kebulur|kelaparan|mati reput|reput|mati sendiri|mati lemas|mati perlahan-lahan|mampus)\b | pred:violence | 0.85 | violence_group | severe
re:\b(dibuang|dihantar|dicampak|dihumban|diasingkan|dikurung|dipindahkan|dikumpulkan|dilepaskan|ditinggalkan) (ke|kat|di|dalam|ke dalam|dekat) (satu |sebuah |)(hutan|pulau|kem|kem tahanan|tempat jauh|laut|tengah laut)\b | pred:exclude | 0.9 | exclusion_group
re:\b(diusir|dihalau|dibuang|dipindahkan|dihantar pulang|dihantar balik|disingkirkan|dikeluarkan|dikumpulkan|ditangkap) (secara paksa|dengan paksa|secara besar-besaran|beramai-ramai|secara beramai-ramai|tanpa belas kasihan)\b | pred:exclude | 0.85 | exclusion_group
re:\b(dikumpulkan|dikumpul|dihimpunkan|ditangkap|diberkas)( dan| lepas tu| kemudian)? (diusir|dihalau|dibuang|dihantar keluar|disingkirkan|dihapuskan|dibunuh|ditembak|dikurung|dipenjarakan)\b | pred:exclude | 0.9 | exclusion_group

# ---- marrying one of them: "I'll make sure the wedding never happens" (starts at the verb, after any disclaimer)
re:\b(kahwin|berkahwin|nikah|bernikah|bercinta|couple|bertunang|berkawan)( dengan| dgn| ngan)( \w+){1,4},? (aku|saya|gua|kami|mak aku|bapak aku|ayah aku) (akan |mesti |confirm |sumpah |memang |terus )?(pastikan( \w+){0,3} (tak|tidak|takkan|batal|dibatalkan|gagal|tak jadi)|halang|bantah|tentang|buang|halau|tak restu|takkan restu|tak izinkan|takkan izinkan|tak benarkan|takkan benarkan|putuskan|haramkan|boikot|tak iktiraf|buang dia|buang anak)\b | pred:exclude | 0.85 | exclusion_group

# ======================================================================
# exclusion, rights and reference back
# ======================================================================
re:\b(patut|kena|perlu|mesti|harus|wajib|sepatutnya|patutnya|elok|baik|layak|wajar)( \w+)? (dibuang negeri|dideport|dihumban keluar|dinyahkan|dihalau keluar|diusir keluar|ditendang keluar|dihantar balik|dihantar pulang)\b | pred:exclude | 0.85 | exclusion_group
re:\b(dihantar balik|dihantar pulang|balik|pulang|dihalau balik) (ke|kat) (tempat asal|negara asal|kampung asal|asal usul|tempat asal masing-masing|negara asal masing-masing|asal diorang|asal mereka)\b | pred:exclude | 0.85 | exclusion_group
re:\b(tak|tidak|x|tk) (layak|patut|berhak|sepatutnya|boleh|wajar) (jadi|menjadi|dapat|diberi|dapatkan|pegang|memegang|diiktiraf sebagai|dianggap) (warganegara|rakyat|kerakyatan|ic biru|mykad|status warganegara|pengundi|ahli parlimen|wakil rakyat|pemimpin|menteri|cikgu|guru|doktor|polis|tentera|askar|hakim|pegawai kerajaan|penjawat awam|jiran|imam|ketua)\b | pred:exclude | 0.85 | exclusion_group
re:\b(sejak bila|sejak bile|since when|bila masa|dari bila|siapa kata|siapa cakap|siapa bagi|siapa benarkan)( pulak| pula| plak| la| lah)?( \w+){0,3} (ada hak|berhak|layak|dibenarkan|dapat hak|ada suara)( nak| untuk| utk)? (bersuara|bercakap|mengundi|undi|memimpin|komen|berpendapat|menuntut|protes|berarak|tinggal|kerja|bekerja|masuk|hidup|kahwin|berkahwin|belajar|bertanding|mengajar)\b | pred:exclude | 0.85 | exclusion_group
re:\b(siapa|sapa|sape|siape)( yang| yg)? (benarkan|bagi|izinkan|lepaskan|biarkan|bagi kebenaran)( \w+){1,3} (masuk|datang|duduk|tinggal|naik|berniaga|kerja)( \w+){0,2}\s*\? | pred:exclude | 0.75 | exclusion_group
re:\b(tak|tidak|x|tk) (boleh|sanggup|mampu|leh|bleh|nak|mahu|tahan) (hidup|tinggal|duduk|kerja|bekerja|makan|tidur|berjiran) (sebumbung|serumah|sebilik|semeja|sekampung|setaman|satu bumbung|satu rumah|satu tempat)( dengan| dgn| ngan)?\b | pred:exclude | 0.85 | exclusion_group
re:\b(berhati-hati|hati-hati|berhati-hatilah|jaga-jaga|elakkan|elak|jauhi|jauhilah|jangan)( \w+)? (bergaul|berkawan|bercampur|berurusan|berjiran|rapat|bersahabat|bergaul rapat)( dengan| dgn| ngan)\b | pred:exclude | 0.7 | exclusion_group
re:\b(tidak|tak|x|dilarang|larangan|jangan) (menyewakan|sewakan|menjual|jual|bagi sewa|memberi sewa|sewa) (rumah|bilik|kedai|unit|kondo|apartment|tanah|premis|hartanah)( \w+)? (kat|kepada|pada|dekat|dkt|untuk|kpd)\b | pred:exclude | 0.85 | exclusion_group
re:\b(tak payah|tak perlu|tidak perlu|x payah|tak usah|jangan|dilarang|tidak digalakkan|tak dialu-alukan|tidak dialu-alukan|tak diterima|tidak diterima) (mohon|memohon|apply|hantar resume|hantar permohonan|datang temuduga|datang interview|datang temu duga)\b | pred:exclude | 0.85 | exclusion_group
re:\b(aku|saya|kami|gua|kitorang) (buang|halau|usir|pecat|tendang|singkirkan|hapuskan|nyahkan) (semua|semuanya|sekali|habis|terus)\b | pred:exclude | 0.75 | exclusion_group
re:\b(lepas|selepas|bila|setiap kali|tiap kali|sebaik)( \w+){1,4} (guna|pakai|masuk|keluar dari|duduk|sentuh|pegang)( \w+){0,3},? (aku|saya|kami|gua)( \w+){0,2} (tunggu( \w+){1,3} (baru|barulah|sebelum) (masuk|guna|pakai|duduk|sentuh)|basuh|cuci|lap|sembur|sental|sertu|samak|takkan guna|tak nak guna|tak nak masuk|tak sentuh)\b | pred:exclude | 0.75 | exclusion_group
# ---- sending them to the back-reference: "yang macam tu", "jenis tu", "geng ni", "benda-benda ni"
yang tu semua              | grp:pronoun
yang ni semua              | grp:pronoun
yang macam tu              | grp:pronoun
yang macam ni              | grp:pronoun
yang jenis tu              | grp:pronoun
yang jenis ni              | grp:pronoun
golongan macam tu          | grp:pronoun
golongan macam ni          | grp:pronoun
jenis tu                   | grp:pronoun
jenis macam tu             | grp:pronoun
puak itu                   | grp:pronoun
puak ini                   | grp:pronoun
re:\bbenda-benda (ni|tu|ini|itu)\b | grp:pronoun
benda2 ni                  | grp:pronoun
re:\bgeng (ni|tu|nih|tuh)\b | grp:pronoun

# ======================================================================
# attributes, emotions, dehumanising metaphors
# ======================================================================
re:\botak( \w+){0,3} (kosong|udang|tak berfungsi|tumpul|beku|berkarat|cetek|letak kat lutut|kat lutut|kat kepala lutut)\b | pred:attribute | 0.8 | negative_attribute_group
re:\botak( \w+){0,3} (tak cukup|tidak cukup|x cukup|tak sampai|tak mampu|terlalu kecik|terlalu kecil) (untuk|nak|utk|sampai|nk) (faham|memahami|fikir|berfikir|belajar|proses|hadam|tangkap)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(mana ada|mana wujud|takde|tiada|tak ada|xde|mana nak cari|susah nak cari|payah nak jumpa|mustahil ada|jarang ada)( \w+){1,4} (yang|yg) (bersih|jujur|amanah|rajin|pandai|bijak|boleh dipercayai|boleh percaya|beradab|sopan|berguna|ikhlas|setia|normal|waras|bertamadun|bermaruah|berakhlak|cerdik|bertanggungjawab)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(jangan harap|jgn harap|jangan mimpi|jgn mimpi|usah harap|tak payah harap|takkan|tak akan|tidak akan|tak kan|sampai mati) (aku|saya|gua|kami|kitorang)( \w+)? (nak |akan |mahu |nk |)(hormat|hormati|menghormati|iktiraf|mengiktiraf|respect|respek|anggap (\w+ )?(manusia|setaraf|sama taraf|saudara))\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(pandang|memandang|dipandang) (rendah|hina|jijik|serong|keji|sebelah mata|sinis|lekeh)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(rasa|terasa|teringin|gatal tangan|geram|rasa macam) (nak|macam nak|mcm nak|ingin|nk) (tumbuk|tampar|lempang|sepak|terajang|hentak|cekik|pukul|belasah|bantai|tendang|hempuk|bunuh|tikam|langgar|ketuk|tembak)( muka| kepala| mulut)?\b | pred:violence | 0.8 | violence_group
re:\b(macam mana|mcm mana|camne|camana|bagaimana|apa kena)( la| lah| pulak)? (orang|korang|kau|manusia|sesiapa|hang|awak|dia|ada orang)( \w+)? (boleh|leh|sanggup|tergamak) (kahwin|berkahwin|nikah|bernikah|bercinta|couple|berkawan|tidur|bersentuh|bersalam|makan semeja|serumah)( dengan| dgn| ngan)\b | pred:emotion | 0.75 | hate_emotion_group
re:\b(tak habis-habis|tak habis2|tak sudah-sudah|asyik)( nak)? (menyemak|buat semak|menyusahkan|buat hal|buat kacau|mengacau|menyibuk|menyemakkan)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(shit|damn|fuck|fck|fak|bitch|sial|celaka|bangsat|babi)( la| lah| betul)? (golongan|puak|kaum|bangsa|geng|orang)? ?\w+ (ni|tu|nih|tuh)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(tunggu masa|tunggu peluang|cari peluang|nak|akan|mesti|selalu|sentiasa)( nak| untuk)? (tikam belakang|menikam belakang|khianat|mengkhianati|belot|membelot|tikam kita|menggunting dalam lipatan)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(tahu|tau|reti|pandai|pakar|asyik|kerja)( nak)? (mencuri|curi|menipu|tipu|merompak|meragut|menyusahkan|mengemis|minta sedekah|makan subsidi|buat kacau|buat hal|bergaduh|mabuk|berjudi|menyamun|habiskan duit|menghabiskan duit|membiak|beranak)( je| jer| saja| sahaja| aja| ja)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(bawa|bawak|membawa|beri|memberi|sebarkan|menyebarkan|tebarkan) (pengaruh|impak|kesan|contoh|aura|budaya|anasir) (buruk|negatif|jahat|tak elok|tidak elok|songsang|sesat|kotor|tak sihat|tidak sihat)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(hidup|perangai|makan|tinggal|duduk|berkelakuan|membiak|beranak|beranak-pinak|berperangai) (macam|mcm|seperti|cam|bagai|ibarat|mcam) (babi|anjing|binatang|haiwan|beruk|monyet|kambing|lembu|tikus|lipas|kera|khinzir|kucing kurap|kutu|ulat|setan|syaitan|arnab)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(cuai|lembab|lembap|bengap|pemalas|malas|bodoh|pengotor|kotor|biadab|bising|degil|tamak|kedekut|penipu|pencuri|menyusahkan|tak guna|tak berguna|hampeh|sampah),? (cuai|lembab|lembap|bengap|pemalas|malas|bodoh|pengotor|kotor|biadab|bising|degil|tamak|kedekut|penipu|pencuri|tak guna|tak berguna|hampeh|sampah)( dan| &|,) (menyusahkan|tak guna|tak berguna|bodoh|malas|kotor|cuai|lembab|lembap|tamak|kedekut|tak kenang budi|tak reti malu|biadab|penipu|pencuri)( orang)?\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(kaki kelentong|kaki tipu|kaki temberang|kaki curi|tak reti malu|tak tahu malu|tak kenang budi|tak sedar diri)\b.{0,40}\b(suka|kuat|asyik|selalu|pandai) (ambik|ambil|rampas|kebas|curi|mencuri|merampas) (hak|harta|tanah|kerja|duit) orang\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(suka|kuat|asyik|selalu|pandai) (ambik|ambil|rampas|kebas|curi|mencuri|merampas) (hak|harta|tanah|kerja|duit|laki|bini) orang\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(bagi|buat|give|gives|bg|bagi aku|bikin)( aku| saya| gua| me| i)? (the ick|ick|ick gila|cringe gila|loya|meluat|menyampah|the creeps|seram sejuk)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(\d+|tiga|dua|empat|lima|beberapa|antara|top \d+)( benda| perkara| hal| things)( yang| yg)? (aku|saya|gua|paling aku|aku paling|saya paling|gua paling|aq)( \w+)? (benci|menyampah|meluat|tak tahan|jijik|muak|geli|tak boleh hadap|tak boleh tahan)\b | pred:emotion | 0.95 | hate_emotion_group
re:\b(penuh|penuh dengan|sarat dengan|berbuku|membara|meluap-luap|meluap) (dendam|kebencian|benci|kemarahan|amarah|kejijikan)( dan (dendam|kebencian|benci|kemarahan|jijik|meluat))?\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(pacat|rumpai|lalang|belalang|anai-anai|pepijat|kutu busuk|parasit|benalu|kudis|kurap|kanser|barah|hama|lalat|tebuan|ulat bulu|tikus mondok|burung hering|hering|burung nasar|virus)( \w+)?,? (melekat|hisap|menghisap|sedut|menyedut|cabut satu|tumbuh|membiak|merebak|serang|menyerang|makan|habiskan|merosakkan|rosakkan|menjangkiti|jangkiti|serbu|menyerbu)\b | pred:dehumanise | 0.95 | dehumanising_group
re:\b(ni|tu|ini|itu|adalah|memang|macam|seperti|mcm|ibarat|umpama|sejenis|nama) (pacat|rumpai|lalang|belalang|anai-anai|pepijat|kutu busuk|benalu|kudis|kurap|burung hering|lalat|tebuan|ulat bulu|cendawan beracun|pokok renek)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(cabut|bunuh|buang|tebas|potong|pijak) (satu|sorang|seorang|sekor|seekor),? (tumbuh|datang|keluar|muncul|lahir|timbul) (sepuluh|seratus|seribu|dua|lima|sepuluh lagi|lagi|sepuluh yang lain)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(kena serang|diserang|diserbu|dilanda|dijangkiti|dicemari|tercemar dengan|dibanjiri|dikerumuni) (belalang|tikus|lipas|kutu|anai-anai|pacat|lintah|ulat|wabak|virus|kuman|hama|lalat|nyamuk|tebuan)\b | pred:dehumanise | 0.75 | dehumanising_group
re:\bseparuh (manusia|orang),? separuh (binatang|haiwan|beruk|monyet|babi|anjing|setan|syaitan|iblis|kera)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(itu|tu|ni|ini)( je| jela| sahaja| saja| lah| la)? (gelaran|nama|panggilan|label)( yang| yg)? (paling )?(layak|sesuai|padan|tepat|patut)( \w+)? (untuk|utk|bagi|buat|kepada)\b | pred:dehumanise | 0.8 | dehumanising_group
re:\b(penuhkan|memenuhkan|penuhi|memenuhi|isi|mengisi) (lokap|penjara|mahkamah|balai polis|pusat serenti|sel tahanan)\b | pred:attribute | 0.8 | negative_attribute_group

# ======================================================================
# derog_impl: recurring stereotype frames
# ======================================================================
re:\b(matahari|mentari)( pun| pon)? (terbit|naik|keluar|muncul) (dari|di|daripada|sebelah|kat) (barat|sebelah barat)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(babi|lembu|kerbau|gajah|kambing|khinzir)( pun| pon)? (boleh |akan |dah |pandai )?(terbang)\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(kat mana|di mana|mana|pada siapa|kepada siapa|dengan siapa|untuk siapa) (kesetiaan|taat setia|kesetiaan sebenar|loyalty|hati sebenar)( sebenar| sebenarnya| sejati)? (dorang|diorang|mereka|depa|derang|dia orang)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(itu|tu|ni|ini|setakat tu|setakat itu)( je| jer| sahaja| saja| jela| aja)?( yang| yg) (dorang|diorang|mereka|depa|derang|korang|puak ni|golongan ni) (mampu|reti|tahu|pandai|layak|boleh buat|tau)( buat| lakukan)?( je| jer| pun| sahaja)?\s*([.!,…]|$) | pred:attribute | 0.85 | negative_attribute_group
re:\bkerja (yang |yg )?(guna|pakai|perlukan|memerlukan|libatkan) (otak|akal|kepala otak|fikiran|kepandaian)\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(paling susah|susah|payah|sukar|mustahil|jarang)( \w+)? (nak |untuk |)(jumpa|dijumpai|cari|dicari|nampak|temui|ditemui)\b.{0,60}\b(yang|yg) (mandi|jujur|rajin|bayar hutang|bersih|amanah|tak menipu|tak mencuri|bayar cukai|cakap benar|kerja keras|reti bahasa|tahu malu|berotak|wangi|pandai)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(kira|kiralah|periksa|check|cek|semak)( balik| semula)? (sudu|garfu|sudu garfu|barang|barang-barang|barang kemas|duit|dompet|kasut|pinggan|harta|stok)( \w+){0,3} (lepas|selepas|bila|sebaik|setiap kali) (dia|diorang|dorang|mereka|depa) (balik|pergi|keluar|blah|datang)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(datang|lalu|masuk|singgah)( rumah| kedai| ofis| dekat| sebelah| tepi)?,? (terus |cepat-cepat |mesti |kena |wajib )?(simpan|sorok|kunci|jaga|kepit|peluk|genggam)( \w+)? (beg|dompet|barang kemas|barang berharga|telefon|handphone|emas|duit|purse|handbag)( elok-elok| baik-baik| kuat-kuat| rapat-rapat)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(kawasan|tempat|area|taman|jalan|lorong|pasar|kedai|bandar|kampung|flat)( yang| yg)? (ramai|banyak|penuh|penuh dengan|dipenuhi)( \w+){1,3},? (pegang|jaga|kepit|peluk|genggam|simpan|sorok|kunci|jangan jalan|jgn jalan|hati-hati|berhati-hati|elak)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(kucing|anjing|beruk|monyet|lembu|kambing|ayam|itik|budak tadika|budak kecik|budak darjah satu|anak kecik|bayi)( aku| saya| jiran| kat rumah| kami)? (pun|pon) (reti|tahu|tau|pandai|boleh|faham|dah reti|dah pandai)( \w+){1,6},? (\w+ ){1,3}(je|jer|saja|sahaja|ja) (yang|yg) (masih|tak|tidak|belum|x)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(suspek|pelaku|pesalah|penjenayah|tertuduh|pelakunya|yang kena tangkap|yang ditangkap|peragut|perompak)( \w+)? (mesti|confirm|pasti|selalu|sentiasa|tentu|sure|asyik|mestilah)( la| lah)?( ada| dari| daripada)? (orang|puak|golongan|kaum|budak|geng)?\b | pred:attribute | 0.75 | negative_attribute_group

# ======================================================================
# contrasts: counter-speech, neutral mentions, objects, profanity that is not aimed
# ======================================================================
re:\b(ayat|alasan|modal|skrip|dialog|trick|taktik|helah) (klasik|biasa|standard|lapuk|basi|wajib|popular|typical|tipikal|lama)( \w+){0,2} (sebelum|bila|untuk|masa)\b | ctx:counter
re:\bsebelum (orang|dia|diorang|mereka|dorang|korang|sesetengah orang|netizen) (hina|kutuk|menghina|mengutuk|ejek|mengejek|maki|memaki|burukkan|memburukkan|rendahkan|merendahkan|hentam|kecam)\b | ctx:counter
re:\b(jangan|jgn|janganlah|tak patut|tidak patut|tak adil|tidak adil|tak wajar) (sesekali |sekali-kali |la |lah )?(anggap|menganggap|sangka|menyangka|pukul rata|generalise|generalize|melabel|cop|judge|hakimi|menghakimi|samakan|menyamakan)\b | ctx:counter
re:\b(hanya|cuma|semata-mata) (sebab|kerana|disebabkan|dek) (satu dua|seorang dua|sorang dua|beberapa|segelintir|satu|seorang|sorang|sesetengah)( \w+)?\b | ctx:counter
re:\b(tiada|takde|tak ada|tidak ada|xde) (siapa|sesiapa|orang|sapa)( pun)? (patut|boleh|berhak|sepatutnya|layak) (kata|cakap|anggap|fikir|sebut|percaya|mengatakan)\b | ctx:counter
re:\b(itu|ini) (salah|tak betul|tidak betul|zalim|tak boleh diterima|tidak boleh diterima),? (full stop|titik|noktah|period|sama sekali|besar)\b | ctx:counter
# ---- a plain fact of sharing a class, room or office
re:\b(anak|adik|abang|kakak|aku|saya|dia|kami|kitorang|anak-anak|budak)( aku| saya| kami| dia)? (sekelas|sebilik|sekerja|sepejabat|serumah|sekampung|setaman|satu kelas|satu bilik|satu sekolah)( dengan| dgn| ngan)( \w+){1,3}\b | allow
# ---- reclaimed: inviting one's own crowd, affectionate superlatives
re:\b(wajib|jom|jemput|dijemput|jangan lupa) (datang|join|hadir|sertai|turun|gather)\b | ctx:ingroup
re:\bpaling (fabulous|cun|lawa|comel|best|hebat|sweet|power|cantik|gorgeous|slay|iconic|glamour|glamor|bergaya|kelakar|baik hati|sporting|fab)\b | ctx:ingroup
# ---- profanity at the weather, a game level, a gadget
re:\b(haram jadah|bangsat|keparat|lahanat|sial|celaka|anjing|shit|damn)( la| lah)? punya (panas|jem|sesak|hujan|lambat|mahal|penat|letih|lapar|sejuk|ramai|lama|susah|bising|berat|teruk|traffic|trafik|line|internet|wifi|hari|lag|boss)\b | allow
re:\b(bangsat|sial|celaka|babi|bodoh|pukimak|kimak|keparat|lahanat|haram jadah|anjing|shit|damn|bodo|fak|fuck)( la| lah| betul| punya)? (boss (level|stage|fight|terakhir|akhir)|final boss|level|stage|game|map|quest|raid|lag|server|ping|matchmaking|dungeon|misi|mission|rank|ranked)( \w+)?( \d+)?( ni| tu)?\b | allow
re:\b(app|apps|aplikasi|sistem|website|printer|laptop|komputer|pc|wifi|router|modem|telefon|fon|phone|handphone|mesin|tv|aircond|kipas|remote|bateri|charger|software|game|server|internet|rice cooker|periuk nasi|blender|microwave|ketuhar|peti ais|mesin basuh|cerek|seterika|vacuum)( \w+)? (ni|tu|ini|itu)( memang| betul| sangat)? (lembab|lembap|bodoh|tak guna|sampah|teruk|hampeh|bengap|celaka|sial|babi|rosak)(,? (dan )?(lembab|lembap|bodoh|tak guna|sampah|teruk|hampeh|bengap|celaka|sial|babi|rosak|menyusahkan))*\b | allow
re:\b(rice cooker|periuk nasi|blender|microwave|ketuhar|peti ais|cerek|seterika|vacuum|printer|laptop|telefon|fon|router|tv|aircond|kipas|mesin basuh)( \w+)? (ni|tu|ini|itu) (patut|elok|baik|lebih baik|kena|memang patut) (dibakar|dibuang|dihancurkan|dipecahkan|dicampak|dibaling|dihempas|bakar|buang|hempas|campak)( je| jer| saja| sahaja| jela| terus| aja)?\b | allow
re:\b(app|apps|aplikasi|sistem|website|software|printer|laptop|telefon|router|server|internet|wifi)( \w+)? (ni|tu|ini|itu) (macam|mcm|seperti|ibarat) (parasit|lintah|pacat|sampah|babi|siput|kura-kura|hantu|virus)\b | allow
re:\b(musnahkan|hancurkan|pecahkan|hempas|campak|bakar|buang|delete|uninstall|padam)( je)? (app|apps|aplikasi|sistem|printer|laptop|telefon|router|tv|game)( \w+)? (ni|tu|ini|itu)\b | allow
re:\b(benci|geram|menyampah|meluat|bengang)( gila| betul| sangat)? (dengan |dgn |kat )?(app|apps|aplikasi|sistem|printer|laptop|telefon|router|wifi|internet)( \w+)? (ni|tu)(,? rasa nak (campak|baling|hempas|buang|pecahkan|bakar)( je)?( \w+){0,3})?\b | allow

# ---- batch 3: anchors that keep the negator or the counter word inside the term
re:\bkerja (yang |yg )?(guna|pakai|perlukan|memerlukan|libatkan) (otak|akal|fikiran|kepala otak),? (jangan|jgn|tak payah|tak boleh|usah) (bagi|beri|serah|serahkan|amanahkan|kasi) (kat|kepada|pada|dekat|dkt|kpd)\b | pred:attribute | 0.95 | negative_attribute_group
re:\b(ada|siapa|sapa|sesiapa|ada sesiapa|ada orang|korang)( \w+){0,3} (yang|yg) (rasa|terasa|teringin|gatal tangan|geram)( \w+)? (nak|macam nak|ingin|nk) (tumbuk|tampar|lempang|sepak|terajang|hentak|cekik|pukul|belasah|bantai|tendang|hempuk|bunuh|tikam|langgar|ketuk|tembak|ludah)\b | pred:violence | 0.85 | violence_group | severe
re:\b(dendam dan|benci dan|amarah dan|dendam &) kebencian (pada|terhadap|kepada|kat|dekat)\b | allow
# ---- slurs read as people: "sama je macam X", "mesti kerja X punya", "X pun nak jadi hero"
re:\b(sama je|sama jer|sama ja|sama saja|sama sahaja|serupa je|serupa) (macam|mcm|dengan|dgn|cam)\b | ctx:people
re:\b(mesti|confirm|sah|memang|dah agak) kerja\b | ctx:people
pun nak                    | ctx:people_after
pun ada hati               | ctx:people_after
pun berani                 | ctx:people_after
# ---- a slur the engine lacks ("toddy Indian", drunkard stereotype)
india todi                 | hate | 0.8  | slur_group | slur
re:\b(keling|tamil|indian) todi\b | hate | 0.8 | slur_group | slur

# ======================================================================
# harassment of a person: threats with a slap, curses, gamer abuse, "lol no" is not a negator
# ======================================================================
re:\b(aku|saya|gua|kami|kitorang|aq)( akan| nak| mesti| confirm| memang| terus)? (tampar|lempang|tumbuk|sepak|terajang|tendang|pukul|penampar|hentak|hempuk|ketuk|pijak|tibai|bedal)( \w+){0,2} (sampai|smpai|sehingga|smpi) (pusing|berpusing|terpusing|tercabut|patah|pengsan|lebam|bengkak|berdarah|juling|pecah|terpelanting|tersungkur|biru|lunyai|koma|senget|tak kenal)\b | harassment | 0.85 | threat_violence | severe
re:\b(aku|saya|kami|gua|kitorang|aq) (doakan|doa|sumpah|sumpahkan|berdoa supaya|berdoa agar|mendoakan)( \w+){0,3} (merana|menderita|sengsara|mampus|cepat mati|mati katak|kena sial|ditimpa bala|celaka|kena kanser|masuk neraka|mati dilanggar|mati terseksa|hidup susah|tak tenang|bala|kena azab)\b | harassment | 0.8 | wish_harm
re:\b(uninstall|delete|quit|berhenti main|buang game)( la| lah| je| jela| ja| jelah)?,? (sampah|noob|bodoh|bangang|babi|bengap|lembab|trash|bodo|sial|bebal)\b | harassment | 0.7 | insult_at_person
re:\b(bodoh|bangang|bengap|lembab|lembap|tolol|bebal|dungu|noob|sampah|bodo)( \w+)? (tahap|level) (gaban|dewa|max|maksima|maksimum|infiniti|kronik|petala|langit)\b | harassment | 0.7 | insult_at_person | needs=target
re:\b(jangan|jgn|tak payah|x payah|tak usah|usah) (komen|menyampuk|sibuk-sibuk komen|buka mulut) (lagi|la|lah|dah|banyak|sini|kat sini)\b | allow
re:\b(kawasan|tempat|negara|kampung|taman|bandar|sekolah|pejabat|flat|lorong)( \w+)? (ni|tu|ini|itu|kita|kami) (dah |sudah |habis |makin )?(dijangkiti|dicemari|dicemarkan|diserang|dikerumuni|dijajah)\b | pred:dehumanise | 0.8 | dehumanising_group
re:\b(korang|kau|kamu|engkau|hang|diorang|dorang|mereka|depa) (takkan|tak akan|tidak akan|tak kan|x akan) (sempat |dapat |hidup |lagi )?(tengok|lihat|nampak|jumpa|sampai|bangun|hidup sampai) (matahari|matahari terbit|subuh|pagi esok|hari esok|esok|fajar)\b | pred:threat | 0.9 | threat_group | severe
# ---- prayers against an evil, not against people
re:\b(hancurkanlah|binasakanlah|musnahkanlah|lenyapkanlah|hapuskanlah|pupuskanlah|hancurkan|musnahkan|hapuskan|lenyapkan|binasakan) (kezaliman|penindasan|kejahatan|kemungkaran|maksiat|kebatilan|kesesatan|penyakit|wabak|kemiskinan|kebodohan|rasuah|kekufuran|keganasan|fitnah|perkauman|kebencian|dadah|penjajahan|peperangan|perang|kejahilan|sifat|perasaan)\b | allow
re:\b(datang|masuk|singgah|bertandang|lepak)( rumah| kedai| ofis| bilik)?,?.{0,40} (kira|kiralah|periksa|check|cek|semak)( balik| semula)? (sudu|garfu|sudu garfu|barang|barang-barang|barang kemas|duit|dompet|pinggan|harta|stok|emas)\b | pred:attribute | 0.85 | negative_attribute_group

# ==== sixth round: families from the misses of tests/tuning_suites_f
# Every entry is a phrasing family; none names a protected group inside a predicate.

# ---- pred:threat: a "visit" in quotes by us; first-person "dealt with" in quotes; who's next
re:\b(aku|saya|kami|kitorang|kitaorang|gua|kita|geng aku|geng kami|geng kita) ['‘"`](ziarah|menziarah|lawat|melawat|jenguk|menjenguk|bertandang|singgah|beraya|kunjung|mengunjungi|bertamu|uruskan|settle|selesaikan|bersihkan|kemaskan|hilangkan|tidurkan|senyapkan|ajar|sapu|cuci|layan|sambut)['’"`] | pred:threat | 0.9 | threat_group | severe
re:\b(siapa|sapa|sape|sesiapa) (next|seterusnya|lepas ni|berikutnya|pulak lepas ni|pula selepas ini|giliran seterusnya)\b\s*\?+\s*(🔪|🗡|🪓|🔫|💣|🔥|😈|💀|⚰) | pred:threat | 0.85 | threat_group | severe
# ---- pred:threat: a blunt weapon to bring; weapon kept by the bed or door; daring them to set foot here
re:\b(bawa|bawak|angkut|jangan lupa bawa|jangan lupa bawak|siapkan|sediakan)( sekali)? (kayu|kayu balak|batang kayu|cota|belantan|tukul|tukul besi|buluh|besi|batu-bata|batu|lastik|keris|lembing|tombak|cangkul|sabit|kapak kecil)( sekali| semua| siap| skali| jugak| juga| sorang satu| seorang satu)?[.!]? *$ | pred:threat | 0.6 | threat_group
re:\b(simpan|sorok|letak|sediakan|siapkan|standby|stanby|dah simpan|sudah simpan)( \w+)? (parang|pisau|kapak|golok|samurai|pedang|senapang|pistol|keris|lembing|tombak|kayu besbol|kayu hoki|batang besi|cota|belantan|sabit) (bawah katil|bawah bantal|tepi katil|bawah tilam|belakang pintu|tepi pintu|dalam kereta|bawah meja|dalam bonet|bawah seat|dalam beg)\b | pred:threat | 0.85 | threat_group | severe
re:\b(tunggu|tunggulah|tengok|cuba|cubalah|biar)( je| jer| jela| la| lah)?( \w+){0,3} (berani|brani|berani-berani) (jejak|jejakkan|pijak|masuk|datang|tunjuk muka|tunjuk batang hidung|muncul|lalu|lintas|melangkah)( kaki)?\b | pred:threat | 0.85 | threat_group | severe
# ---- pred:threat: a conditional warning ("don't make me ...")
re:\bjangan sampai (aku|kami|kitorang|kitaorang|kita|gua|saya|geng aku|budak-budak aku)( sendiri)? (pijak|tumbuk|pukul|belasah|bantai|lanyak|hentam|tetak|tikam|bakar|bunuh|sembelih|cari|datang|turun padang|naik tangan|hilang sabar|bertindak|buat sesuatu|ketuk|hempuk|pecahkan|patahkan|tembak|serang|serbu)\b | pred:threat | 0.9 | threat_group | severe
# ---- pred:threat: teach them a lesson until they learn (after a comma or alone)
re:\bajar( \w+){0,4} (cukup-cukup|cukup2|cukup cukup|secukupnya|sampai serik|sampai insaf|sampai taubat|sampai tak berani|habis-habisan|sampai lunyai|sampai mampus|sampai lembik)\b | pred:threat | 0.85 | threat_group | severe
re:\b(kita|kami|kitorang|geng) (kumpul|berkumpul|himpun|berhimpun|gerak|bergerak|serbu|turun)( \w+)?,? (ajar|belasah|bantai|serang|serbu|halau|hentam|kerjakan|tibai|lanyak|bakar)\b | pred:threat | 0.85 | threat_group | severe
# ---- pred:exclude: an ultimatum to leave
re:\b(korang|kau|kamu|hang|awak|hangpa|engkau|ko|diorang|dorang|mereka|depa) (ada|dapat|diberi|dibagi|cuma ada|hanya ada|ada masa) (seminggu|sehari|sebulan|dua hari|tiga hari|tujuh hari|24 jam|48 jam|satu minggu|satu hari|\d+ hari|\d+ jam|sampai esok|sampai hujung minggu|sampai hujung bulan) (untuk|nak|utk|sebelum) (blah|keluar|pindah|berambus|angkat kaki|pergi|kosongkan|lari|balik)\b | pred:exclude | 0.9 | exclusion_group | severe

# ---- pred:violence: no one leaves alive; rise up and slaughter; a medal for killing; any means
re:\b(tak ada|takde|tiada|tak de|xde|tidak ada|takkan ada|seorang pun tak|sorang pun tak|tak seorang pun|takkan|tak akan|tidak akan)( \w+)?( yang| yg)? (keluar|balik|pulang|terselamat|selamat|lepas) (hidup-hidup|hidup2|hidup hidup|hidup|bernyawa|idup-idup)\b | pred:violence | 0.9 | violence_group | severe
re:\b(bangkit|bangun|bersatu|turun|mengamuk|naik minyak)( \w+)? (dan|lalu|terus|untuk|utk|&) (sembelih|bunuh|bantai|hapuskan|serang|bakar|halau|tetak|cincang|musnahkan|bersihkan|belasah|gantung|tembak|pancung|usir)\b | pred:violence | 0.9 | violence_group | severe
re:\b(bunuh|membunuh|tembak|menembak|pukul|memukul|belasah|membelasah|bakar|membakar|sembelih|menyembelih|hapuskan|menghapuskan|serang|menyerang|tikam|menikam|bom|mengebom|halau|menghalau|hentam|bantai|langgar|rogol)( \w+){1,4} (patut|sepatutnya|layak|wajar|mesti|harus|kena|perlu)( \w+)? (dapat|diberi|diberikan|dianugerahkan|dihadiahkan|terima|menerima|dapatkan) (pingat|anugerah|hadiah|ganjaran|bintang|gelaran|medal|award|pahala|upah|penghargaan|sijil|darjah)\b | pred:violence | 0.9 | violence_group | severe
re:\b(cara apa pun|cara apa pon|apa cara pun|apa cara sekalipun|dengan apa cara sekalipun|dengan apa cara sekali pun|guna apa cara pun|apa jua cara|dengan segala cara|by any means|by all means|tak kisah cara apa|tak kisah macam mana cara)( pun| sekalipun)?( boleh| takpe| tak apa| ok| halal| dibenarkan)?\b | pred:violence | 0.6 | violence_group
re:\b(singkirkan|menyingkirkan|nyahkan|enyahkan|usir|usirkan|halau|hapuskan)( semua| habis| terus)? \w+( \w+)?,? (cara apa pun|cara apa pon|apa cara pun|apa cara sekalipun|dengan apa cara|by any means|sampai habis|sampai bersih|sampai tak tinggal|dari negara ni|dari negara kita|dari malaysia|dari tanah air|dari bumi ni|dari sini)\b | pred:exclude | 0.8 | exclusion_group
re:\b(biar|biarkan|biarlah|biar je|biar jela|biar la|biar lah)( \w+){1,4} (mati kebulur|mati kelaparan|kebulur|kelaparan|mati reput|reput|mati sendiri|mati lemas|mati katak|mampus|mati perlahan-lahan|mati kat tepi jalan|merempat)\b | pred:violence | 0.85 | violence_group | severe
re:\b(tak payah|x payah|tak perlu|tidak perlu|jangan|jgn|usah) (hulur|bagi|beri|berikan|kasi|salurkan|hulurkan|tolong|bantu)( \w+)? (bantuan|makanan|ubat|tempat tinggal|perlindungan|pertolongan|sedekah|derma|duit|bantuan kemanusiaan)( langsung| sikit pun| sesen pun| apa-apa)?\b | pred:exclude | 0.7 | exclusion_group
re:\b(patutnya|sepatutnya|ptutnya|patutnye|sepatutnye|patutlah|patut la)( \w+){0,2} (pukul|belasah|hentam|bantai|lanyak|tembak|sembur|halau|serang|tibai|bedal|balun|sepak|terajang|tangkap|humban|gas|bakar|tumbuk|sebat)\b | pred:violence | 0.8 | violence_group | severe
re:\b(pukul|belasah|hentam|bantai|lanyak|tembak|sembur|halau|kejar|tibai|bedal|balun|sebat)( je| jer| saja| terus)? (sampai|smpai|sehingga) (semua |semuanya |diorang |dorang |mereka )?(lari|lari lintang-pukang|bertempiaran|cabut|bersepai|kucar-kacir|tak berani datang)\b | pred:violence | 0.8 | violence_group | severe
re:\b(tahu|tau|kenal|nampak|senaraikan|tandakan)( \w+)? (siapa|sapa|sape) (nak|yang|yg|akan|kena) (dihapuskan|dibunuh|disasarkan|diburu|dibersihkan|dihalau|diserang|dicari|ditembak|disembelih|dibakar|dibuang)\b | pred:threat | 0.85 | threat_group | severe

# ---- pred:exclude: barred from entering or using; no right to respect or help; never let family marry one
re:\b(patut|perlu|kena|mesti|harus|wajib|sepatutnya|patutnya|elok|baik|layak)( \w+)? (dilarang|diharamkan|disekat|dihalang|diban|tak dibenarkan|tidak dibenarkan|tak boleh|tidak boleh|dihalau dari|tak dibagi|tak diberi) (masuk|datang|menjejak|jejak|tinggal|bekerja|kerja|mengundi|undi|belajar|sewa|menyewa|beli|membeli|berniaga|memandu|keluar|guna|menggunakan|pakai|duduk|naik|hadir|sertai|menyertai)\b | pred:exclude | 0.85 | exclusion_group
re:\b(tak|tidak|x|tk) (patut|layak|wajar|berhak|perlu|sepatutnya|deserve)( \w+)? (dapat|diberi|dibagi|menerima|terima|mendapat|dapatkan|dilayan|dihormati|dikasihani)( \w+){0,3} (hormat|penghormatan|hak|hak asasi|layanan|simpati|peluang|tempat|maruah|kasihan|belas kasihan|pertolongan|bantuan|kerja|jawatan|rumah|biasiswa|kerakyatan|perlindungan)\b | pred:exclude | 0.85 | exclusion_group
re:\b(takkan|tak akan|tidak akan|tak kan|x kan|tak bagi|takkan bagi|tak benarkan|takkan benarkan|tak izinkan|takkan izinkan|jangan biar|jgn biar|jangan bagi|jgn bagi|jangan benarkan|tak kasi|takkan biar|tak biar|tak restu|takkan restu)( \w+){0,4} (kahwin|berkahwin|kawin|nikah|bernikah|bercinta|berkawan|bergaul|couple|bercouple|berkawan baik|main|bermain|berjiran|keluar)( sama)? (dengan|dgn|ngan)\b | pred:exclude | 0.8 | exclusion_group
re:\b(lagi rela|lebih rela|rela|sanggup|baik aku|lebih baik aku|biar aku|lagi baik aku)( \w+){1,4} (daripada|dari|drpd|dr) (duduk semeja|duduk sebelah|makan semeja|makan sekali|makan satu meja|bercakap|berbual|berkawan|bergaul|berjiran|bekerja|kerja sekali|kerja dengan|tinggal sebumbung|duduk sebumbung|satu bumbung|hidup|tinggal|duduk|bersalam|salam|berjabat tangan|naik kereta|berkongsi|sebilik|serumah|sekelas|satu kelas|satu ofis)\b | pred:exclude | 0.85 | exclusion_group
re:\b(tolong|sila|harap|mohon|plis|pls|please)( \w+)? (jangan|jgn|tak payah|x payah|usah) (contact|hubungi|call|mesej|message|whatsapp|wasap|ws|pm|apply|memohon|mohon|datang|tanya|inquire|bertanya|menyewa|sewa)\b | pred:exclude | 0.75 | exclusion_group
re:\b(keturunan|baka|darah|zuriat|nasab|benih) (kena|mesti|perlu|harus|wajib|patut) (jaga|dijaga|dipelihara|bersih|murni)\b | pred:exclude | 0.6 | exclusion_group

# ---- pred:emotion: disgust felt in the heart or gut; grudges to the death; creeped out
re:\b(hati|jiwa|perut|tekak|dada) (aku|saya|gua|aq|kami|ak)( ni| ini| memang| rasa| terus)? (jelak|mual|loya|meluat|muak|menyampah|geli|benci|membara|mendidih|panas|sakit|berbulu|bernanah)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(geli geleman|geli-geleman|geli gelaman|geli-gelaman|geli geman|seram sejuk|meremang bulu roma|meremang bulu tengkuk|naik bulu roma|naik meremang|loya tekak|rasa nak muntah|nak termuntah|rasa mual|mual tekak|jelak gila|jelak betul|meluat gila|meluat betul)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(berdendam|dendam kesumat|simpan dendam|menyimpan dendam|dendam sampai mati|benci sampai mati|benci sampai mampus|benci sampai kiamat|dendam membara|dendam aku)\b | pred:emotion | 0.85 | hate_emotion_group
re:\b(darah|hati|dada) (aku|saya|gua|aq|kami) (mendidih|menggelegak|naik|panas|membara|berderau|menyirap)\b | pred:emotion | 0.8 | hate_emotion_group
re:\b(menyirap|bengang|berbulu|meluap|naik darah|naik angin|naik hantu)( gila| betul| sangat| aku| terus)?[!.]+ | pred:emotion | 0.7 | hate_emotion_group
re:\b(tak|tidak|x|tk|still tak|masih tak|masih tidak|takkan|tak akan|tidak akan)( boleh| dapat| mampu| nak| mahu| reti)( nak)? (terima|menerima|hadam|telan|brain|tahan)\b | pred:emotion | 0.6 | hate_emotion_group

# ---- pred:dehumanise: "the word that fits is rubbish", dumped in the bin; a cancer named X; fly-or-them quiz
re:\b(patut|kena|mesti|perlu|layak|harus|sepatutnya|patutnya|elok|baik|wajib)( \w+)? (dibuang|buang|dicampak|campak|dihumban|humban|dilonggok|dilupuskan|dibakar|dikitar semula)( je| jer| saja| terus)? (ke|dalam|kat|di|ke dalam) (tong|tong sampah|longkang|tempat sampah|parit|lubang|tandas|jamban|lubang jamban|tapak pelupusan|pusat pelupusan|insinerator)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(perkataan|gelaran|panggilan|nama|label|istilah)( \w+)? (yang|yg) (layak|sesuai|tepat|padan|paling sesuai|paling layak|paling tepat) (untuk|bagi|utk|buat|dengan)\b | pred:dehumanise | 0.6 | dehumanising_group
re:\b(kanser|barah|penyakit|virus|parasit|kuman|sampah|najis|wabak|racun|duri dalam daging|sampah masyarakat|bala|sial|lintah|pacat|benalu|anai-anai|tumor|bisul)( \w+){0,2} (tu|itu|ni|ini) (namanya|nama dia|nama dia ialah|nama dia adalah|ialah|adalah|bernama|dipanggil|iaitu)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(apa|ape|apakah) (beza|bezanya|perbezaan|beza dia|yang beza)( \w+){1,4} (dengan|dgn|ngan|dan|&) (lalat|tikus|lipas|anjing|babi|beruk|monyet|sampah|kuman|nyamuk|cacing|ulat|biawak|kera|lembu|kambing|binatang|haiwan|parasit|najis|tahi|pepijat|kutu|lintah|virus|khinzir|keldai|kerbau)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(lalat|tikus|lipas|anjing|babi|beruk|monyet|sampah|kuman|nyamuk|cacing|ulat|biawak|kera|lembu|kambing|binatang|haiwan|parasit|najis|tahi|pepijat|kutu|lintah|khinzir|keldai|kerbau) (pun |lagi |lebih |jauh lebih |pun lagi )(berguna|bermanfaat|berfaedah|bernilai|berharga|baik|pandai|cerdik|bersih|berakal|beradab)\b | pred:dehumanise | 0.8 | dehumanising_group
re:\b(sejak bila|sejak bile|sejak bilanya|bila masa|bila masanya|sejak bila pulak|sejak bila pula|sejak bila plak)( pulak| pula| plak| pulok)?( \w+){0,4} (dikira|dianggap|jadi|menjadi|tergolong|diiktiraf|digelar|layak dipanggil|boleh dipanggil|dikategorikan|dipanggil|terkira|masuk kategori) (manusia|insan|orang|makhluk manusia|rakyat|setaraf|sama taraf|sama darjat|manusia normal)\b | pred:dehumanise | 0.85 | dehumanising_group
re:\b(tak|tidak|x|tk) (boleh|mampu|reti|nak|akan|mau|mahu|ingin|dapat)( \w+)? (hormat|hormati|menghormati|sayang|sayangi|terima|layan|anggap manusia|hargai|menghargai)( \w+)? (sampah|binatang|haiwan|anjing|babi|beruk|kuman|parasit|najis|tahi|setan|syaitan|iblis|lipas|tikus|khinzir|kera|monyet)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- pred:attribute: cause of the chaos; the country ruined because of them; untrustworthy; "say they're clean? never"
re:\b(punca|sumber|akar|penyebab|pembawa|biang|dalang|puncanya)( kepada| utama| segala| semua| kpd| kpd semua| bagi)*( \w+)? (huru-hara|huru hara|kekacauan|kacau-bilau|kucar-kacir|porak-peranda|porak peranda|pergaduhan|keganasan|perpecahan|kemiskinan|kemerosotan|rusuhan|persengketaan|kerosakan moral|keruntuhan moral|gejala sosial|jenayah|masalah sosial|wabak|penyakit)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(jahanam|hancur|rosak|musnah|huru-hara|porak-peranda|binasa|merosot|mundur|bankrap|tenggelam|punah|lingkup|hancur lebur|rosak binasa) (negara|negeri|kampung|tempat|dunia|bangsa|malaysia|ekonomi|masyarakat|taman|bandar|agama|generasi)( ni| ini| kita| kami)? (sebab|disebabkan|gara-gara|kerana|angkara|pasal|dek)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(tak|tidak|x|tk|tak pernah) (boleh|dapat|pernah|langsung) (dipercayai|dipercaya|diharap|diharapkan|diamanahkan|dipegang janji|dibawa berbincang)\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(nak|kalau nak|kalau|mau|mahu) (cakap|kata|katakan|anggap|bilang|cop|label)( \w+){1,3} (bersih|baik|pandai|jujur|rajin|bijak|amanah|cerdik|berguna|boleh dipercayai|beradab|sopan|bertamadun|setia|berakhlak|pembersih|beradat)\s*\?+\s*(memang tak|memang tidak|mimpi|jangan harap|jgn harap|tak mungkin|mustahil|jauh sekali|kirim salam|tak la|tidak sama sekali|langsung tak|lagi la tak|in your dreams|never)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(orang|manusia|makhluk|spesis|golongan|bangsa|kaum|puak|jenis) (yang|yg) paling (bangang|bodoh|lembab|lembap|malas|pemalas|jahat|kotor|pengotor|busuk|hodoh|penipu|teruk|keji|bebal|dungu|tolol|biadab|bengap|bahlul|pengecut|tamak)( dan (bangang|bodoh|lembab|lembap|malas|pemalas|jahat|kotor|pengotor|busuk|hodoh|penipu|teruk|keji|bebal|dungu|tolol|biadab|bengap|bahlul|pengecut|tamak))?( \w+){0,5},? (cari|carilah|tengok|tengoklah|pergi|lihat|tanya|pandang)( la| lah| je| jer| jela| saja)?\b | pred:attribute | 0.9 | negative_attribute_group
re:\b(sumbang|menyumbang|bawa|bawak|membawa|bagi|beri|tambah|menambah) (masalah|beban|jenayah|penyakit|kekacauan|huru-hara|kesesakan|kekotoran|sampah|bala|kerosakan)( ke| je| jer| saja| sahaja| la)?\s*\? | pred:attribute | 0.85 | negative_attribute_group
re:\b(terikut-ikut|terikut ikut|terikut2|terikut|berjangkit|terjangkit|terpengaruh|tertular)( \w+)? (perangai|sikap|tabiat|kelakuan|budaya|cara hidup|akhlak|penyakit|fahaman)( diorang| dorang| mereka| depa| buruk| jahat| tu)?\b | pred:attribute | 0.7 | negative_attribute_group

# ---- pred:attribute: recurring stereotype frames: hide your wallet when they come; smell; crime is always them;
#      which side will they take in a war; "normal for them"; the taxpayer pays for their kids
re:\b(simpan|jaga|pegang|sorok|sembunyikan|kunci|peluk|genggam)( \w+)? (elok-elok|elok2|baik-baik|baik2|ketat-ketat|ketat2|kuat-kuat|kemas-kemas|rapat-rapat)?( \w+)? (dompet|beg duit|wallet|purse|handphone|hp|telefon|fon|barang berharga|barang kemas|beg tangan|duit)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(bau|bauan|bau badan)( dia| diorang| dorang| mereka| depa| korang)?( tu| ni)? (lain macam|lain mcm|semacam|busuk|hapak|masam|hamis|kuat gila|loya|meloyakan|tengik|macam bangkai|macam longkang|macam sampah)\b | pred:attribute | 0.85 | negative_attribute_group
re:\b(kena|terpaksa|terus|cepat-cepat) (buka tingkap|tutup hidung|pegang hidung|sembur pewangi|semburkan pewangi|tahan nafas)\b | pred:attribute | 0.65 | negative_attribute_group
re:\b(setiap kali|tiap kali|tiap-tiap kali|asal ada|bila ada|kalau ada)( ada)? (kes|kejadian|insiden|berita) (ragut|curi|kecurian|rompak|rompakan|samun|pecah rumah|bunuh|pembunuhan|rogol|dadah|jenayah|penipuan|scam|gaduh|pergaduhan|vandalisme|culik)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(berdiri|sokong|menyokong|berpihak|memihak|pilih|bersama) (belah|pihak|sebelah|sisi|puak) (mana|siapa)\b | pred:attribute | 0.7 | negative_attribute_group
re:\b(normal|biasa|perkara biasa|standard|lumrah|dah biasa|memang biasa|memang normal|adat)( la| lah)?( tu| tuh| ni)? (untuk|bagi|utk|buat|dengan|dgn) (dorang|diorang|mereka|depa|korang|puak ni|puak tu|golongan ni|golongan tu|kaum ni|bangsa ni|spesis ni)\b | pred:attribute | 0.75 | negative_attribute_group
re:\b(siapa|sapa|sape) (yang|yg) (tanggung|tampung|bayar|sara|menanggung|menyara|kena bayar)\s*\?*\s*(cukai|duit cukai|wang cukai|duit|wang|hasil cukai) (kita|rakyat|kami|pembayar cukai|aku|orang lain)\b | pred:attribute | 0.8 | negative_attribute_group
re:\banak (sepuluh-sepuluh|sepuluh sepuluh|berderet-deret|berderet|sedozen|sebelas|macam kucing|mcm kucing|macam arnab|beranak pinak)\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(naik|meningkat|bertambah|melonjak|mencanak|melambung)( \w+)? (mendadak|mencanak|teruk|berganda|secara mendadak|gila-gila|dengan banyak)( \w+){0,3} (lepas|selepas|sejak|semenjak|bila|setelah|sebaik)\b | pred:attribute | 0.6 | negative_attribute_group
re:\b(tak payah|x payah|tak perlu|tidak perlu|tak yah) (tanya|report|lapor|buat laporan|panggil|call|telefon) polis,? (tanya|cari|tangkap|tuduh|pergi|serbu|terus)( je| jer| saja| terus)?\b | pred:attribute | 0.8 | negative_attribute_group
re:\b(kali pertama dalam sejarah|pertama kali dalam sejarah|first time in history|sejarah tercipta|benda paling mustahil|keajaiban dunia ke-8|keajaiban dunia kelapan)\b | pred:attribute | 0.55 | negative_attribute_group
re:\bpaling (corot|tercorot|bawah sekali|teruk sekali|lemah sekali|last)( \w+)? (semua|semuanya|mesti|confirm|mestilah)\b | pred:attribute | 0.6 | negative_attribute_group

# ---- ctx:counter: comments that insult a group; report the accounts; ashamed of a relative who said it
re:\b(komen|komen-komen|komen2|post|posting|hantaran|video|kenyataan|ucapan|akaun|netizen|troll|ceramah|status|tweet|ciapan)( \w+)? (yang|yg) (hina|menghina|hinakan|kutuk|mengutuk|perli|memperli|caci|mencaci|merendahkan|memperlekeh|serang|menyerang|rasis|perkauman|benci|membenci|ejek|mengejek|maki|memaki)\b | ctx:counter
re:\b(report|repot|laporkan|lapor|block|blok|sekat)( je| jer| saja| terus| semua| la| lah)+( \w+)? (akaun|account|akaun-akaun|page|profil|user|pengguna)\b | ctx:counter
re:\bmalu (ada|dapat|punya|mempunyai|aku ada|saya ada) (saudara|pak cik|pakcik|mak cik|makcik|keluarga|family|kawan|jiran|bapa|ayah|abah|mak|sepupu|abang|kakak|adik|bapak saudara|ibu saudara|atuk|nenek)( \w+)? (macam|mcm|seperti|camtu|sebegitu|begitu)\b | ctx:counter
re:\b(terus|lantas|aku terus|saya terus) (aku |saya )?(bangun|blah|keluar|pergi|beredar|tinggalkan) (keluar|dari situ|dari majlis|dari kenduri|dari meja|tempat tu)?\W+\w*\s*(malu|menyesal|sedih|kecewa|geram|marah|tak sangka)\b | ctx:counter

# ---- allow: reclaimed use among ourselves; animals giving birth
re:\b(kita|kami|kitorang|kitaorang|kite)( ni| semua)? (betina-betina|betina2|betina)( kuat| hebat| berani| independent| cantik| tegar| power| gagah| mandiri| bebas| perkasa)\b | allow
re:\b(anjing|kucing|kambing|lembu|kuda|kerbau|arnab|ayam|itik|babi|biri-biri|harimau)( \w+)? (betina|jantan)( \w+){0,4} (beranak|bunting|mengandung|bertelur|hamil|melahirkan|menyusu|dikawinkan|mengawan|mengeram)\b | allow
re:\b(pukimak|puki mak|kimak|pukimek|babi|sial|celaka|bangang|bodoh|shit)( punya| pnya| pny| pye)( \w+)? (printer|laptop|komputer|pc|phone|handphone|fon|henfon|kereta|moto|motor|wifi|internet|line|router|modem|game|app|aplikasi|sistem|mesin|lif|aircond|kipas|remote|tv|bas|lrt|mrt|komuter|website|server|bateri|charger|mesin basuh|peti sejuk)\b | allow

# ---- harassment at a person: face like a shoe sole; a list of insults; nobody wants to befriend them
re:\bmuka( \w+){0,3} (macam|mcm|cam|seperti|mcam|mcm2) (tapak kasut|tapak kaki|kasut buruk|pantat kuali|buntut kuali|bontot|punggung|jamban|tahi|tong sampah|monyet|beruk|babi|anjing|kerbau|biawak|katak|toilet|lubang jamban|kain buruk|tempayan|pinggan pecah|kuali|cekodok|lempeng)\b | harassment | 0.8 | insult_at_person
re:\b(menyampah|meluat|muak|jijik|geli|loya|benci)( gila| betul)? (aku|saya|gua|aq) (tengok|tgk|pandang|nampak|lihat)( muka)?\b | harassment | 0.45 | insult_at_person
re:\b(gemuk|hodoh|bodoh|bangang|buruk|busuk|pemalas|jelek|bebal|dungu|lembab|lembap|pendek|kurus kering|bengap|bahlul|tolol|gendut|boroi),? (gemuk|hodoh|bodoh|bangang|buruk|busuk|pemalas|jelek|bebal|dungu|lembab|lembap|bengap|bahlul|tolol|gendut|boroi),? (dan |lagi |pulak |pula |plak )?(gemuk|hodoh|bodoh|bangang|buruk|busuk|pemalas|jelek|bebal|dungu|lembab|lembap|bengap|bahlul|tolol|gendut|boroi)\b | harassment | 0.75 | insult_at_person
re:\b(patut la|patutlah|padanlah|padan la|tak hairan la|no wonder)( \w+)? (tak ada|takde|tiada|tak de|xde|tidak ada) (orang|sapa|siapa|sesiapa|member|kawan)( pun)? (nak|mahu|sudi|ingin|suka)( \w+)? (kawan|berkawan|kahwin|dekat|layan|bercinta|couple|tengok|pandang)\b | harassment | 0.7 | insult_at_person
# ---- threat at a group of others: spitting in their face
re:\b(ludah|meludah|luda|ludahkan|hempuk|tampar|lempang|penampar)( je| jer| saja| terus| sekali)? (muka|ke muka|kat muka|pada muka|mukanya|muka dia|muka dorang|muka diorang|muka mereka|muka korang)\b | pred:threat | 0.95 | threat_group | severe

# ---- pred:dehumanise: "they are a disease, must be removed"
re:\b(penyakit|kanser|barah|parasit|kuman|virus|sampah|najis|wabak|racun|lintah|benalu|anai-anai|tumor|bisul|duri)\W+(yang |yg )?(kena|mesti|perlu|patut|harus|wajib|elok) (dibuang|buang|dihapuskan|hapuskan|dibasmi|basmi|dicantas|cantas|dipotong|potong|dibuang jauh|disingkirkan|dibersihkan|dinyahkan|dilenyapkan)\b | pred:dehumanise | 0.85 | dehumanising_group

# ---- ctx:people: blaming or hiring someone reads the next word as people; ctx:people_after: misbehaving
salahkan                   | ctx:people
salahkan je                | ctx:people
salahkan la                | ctx:people
ambil kerja                | ctx:people_after
kerja lagi                 | ctx:people_after
buat hal                   | ctx:people_after
buat hal lagi              | ctx:people_after
buat perangai              | ctx:people_after
buat kacau                 | ctx:people_after
# ---- harassment: spitting in someone's face (said of a named person or a non-protected group)
re:\b(aku|saya|gua|aq|kami|kitorang)( \w+)? (ludah|meludah|luda|ludahkan)( je| jer| saja| terus| sekali| kat| ke| pada)? (muka|mukanya)( dia| dorang| diorang| mereka| korang| kau| hang| engkau| ko)?\b | harassment | 0.7 | threat_violence
