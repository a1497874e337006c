# Indonesian violent extremism: calls to kill or attack groups and places of worship, "halal
# darahnya" takfiri incitement, praise of attacks and attackers, recruitment to ISIS/JAD-style
# groups. Religious words on their own (jihad, syahid, khilafah, amaliyah) stay weak or absent.
@format 1
@lang id
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- incitement ----
re:\b(bunuh|bantai|habisi|habisin|penggal|pancung|rajam|sembelih|gorok|bakar|tembak|musnahkan|basmi|bom|serang|perangi) (semua |para |seluruh |kaum |orang |etnis |umat )*(kafir|kafirin|kuffar|murtad|cina|china|cino|aseng|tionghoa|yahudi|kristen|nasrani|syiah|ahmadiyah|komunis|pki|lgbt|gay|banci|thogut|thaghut|taghut|ansor|polisi thogut|densus|papua|madura|dayak|orang asing|bule)\b | extremism | 0.85 | extremism_incitement | severe
re:\bganyang (cina|china|aseng|tionghoa|syiah|ahmadiyah|yahudi|kafir|pki|lgbt|kristen)\b | extremism | 0.5 | extremism_incitement |
re:\b(halal|dihalalkan) darah(nya| mereka| mu| kalian| orang)\b | extremism | 0.85 | extremism_incitement | severe
re:\bdarah(nya| mereka| mu| kalian)? (halal|dihalalkan)\b | extremism | 0.85 | extremism_incitement | severe
re:\b(halal|wajib|layak|pantas|harus) (untuk )?(dibunuh|dibantai|dipenggal|disembelih|dibakar|dimusnahkan|diperangi)\b | extremism | 0.7 | extremism_incitement | severe
re:\b(bakar|ledakkan|serang|hancurkan|robohkan) (semua )?(gereja|masjid|mesjid|vihara|klenteng|pura|sinagog|kuil)(nya| mereka| itu)?\b | extremism | 0.6 | extremism_incitement |
re:\b(jihad|perang) (melawan|memerangi|membunuh|terhadap) (kafir|thogut|thaghut|taghut|polisi|aparat|pemerintah kafir|yahudi|cina|syiah)\b | extremism | 0.7 | extremism_incitement | severe
re:\b(serang|bunuh|tembak|bom) (polisi|aparat|densus|tni|pos polisi|kantor polisi)\b | extremism | 0.6 | extremism_incitement |
kafir harbi       | extremism | 0.35 | extremism_incitement |
perangi thogut    | extremism | 0.8 | extremism_incitement | severe
thogut            | extremism | 0.3 | extremism_incitement |
thaghut           | extremism | 0.3 | extremism_incitement |
re:\b(revolusi|perang) (berdarah|suci) (sekarang|segera|melawan)\b | extremism | 0.6 | extremism_incitement |
re:\b(ulangi|ulang|bikin lagi) (tragedi )?(98|1998|mei 98|kerusuhan 98|sampit|poso|ambon)\b | extremism | 0.75 | extremism_incitement | severe

# ---- glorification ----
re:\b(imam samudra|amrozi|mukhlas|ali ghufron|noordin|noordin m top|dr azhari|azhari|santoso|bahrun naim|aman abdurrahman|abu bakar al[- ]baghdadi|baghdadi|osama bin laden|bin laden|abu dujana)( \w+)? (adalah |itu |sang |seorang )?(pahlawan|mujahid|syuhada|syahid|pejuang islam|panutan|idola|teladan|singa allah)\b | extremism | 0.85 | extremism_glorification | severe
re:\b(pahlawan|mujahid|syuhada|singa allah) (kita )?(imam samudra|amrozi|mukhlas|noordin|dr azhari|santoso|bahrun naim|aman abdurrahman|baghdadi|bin laden)\b | extremism | 0.8 | extremism_glorification | severe
re:\b(bom|serangan|amaliyah|amaliyat|bom bunuh diri) (bali|thamrin|surabaya|makassar|kampung melayu|sarinah|mabes polri|medan|solo|kartasura|astana anyar|gereja \w+|itu|tersebut)( \w+)? (adalah |itu |merupakan )?(jihad|jihad fisabilillah|berkah|balasan yang pantas|mulia|amal saleh|heroik|perjuangan suci)\b | extremism | 0.8 | extremism_glorification | severe
re:\bsemoga (amaliyah|amaliyat|aksi|jihad|syahid)(nya| mereka| beliau)? diterima\b | extremism | 0.7 | extremism_glorification | severe
re:\bpengantin (bom|surga|jihad)\b | extremism | 0.55 | extremism_glorification |
re:\b(isis|daulah|daulah islamiyah|khilafah isis) (akan )?(menang|bangkit|kekal|tetap ada|baqiyah|jaya|kembali)\b | extremism | 0.65 | extremism_glorification | severe
daulah baqiyah    | extremism | 0.8 | extremism_glorification | severe
re:\b(tarrant|breivik|pelaku christchurch) (adalah |itu )?(pahlawan|keren|benar|panutan)\b | extremism | 0.8 | extremism_glorification | severe

# ---- recruitment ----
re:\bhijrah (ke|menuju) (suriah|syam|syria|daulah|raqqa|marawi|bumi jihad|wilayah daulah)\b | extremism | 0.75 | extremism_recruitment | severe
re:\b(baiat|bai'at|berbaiat|membaiat) (kepada|ke|pada|dengan) (khalifah|amirul mukminin|abu bakar al[- ]baghdadi|daulah|isis|amir)\b | extremism | 0.75 | extremism_recruitment | severe
re:\b(gabung|bergabung|join|ikut) (dengan |ke |bersama |sama )?(isis|isil|daesh|daulah|daulah islamiyah|jad|jamaah ansharut daulah|mit|mujahidin indonesia timur|jamaah islamiyah|jemaah islamiyah|al[- ]?qaeda|mujahidin suriah)\b | extremism | 0.75 | extremism_recruitment | severe
re:\b(ayo|ayolah|mari|siapkan diri|bersiaplah) (ber)?jihad (ke (suriah|syam|syria|marawi|poso|afghanistan|daulah)|melawan (kafir|thogut|polisi|aparat)|memerangi)\b | extremism | 0.55 | extremism_recruitment |
re:\b(latihan|pelatihan|ikut) (i'?dad|idad|militer rahasia|tadrib) (di|untuk|bersama)\b | extremism | 0.45 | extremism_recruitment |
re:\b(cara|tutorial|panduan) (membuat|bikin|merakit) (bom|bom panci|bahan peledak|senjata rakitan|bom pipa|molotov)\b | extremism | 0.75 | extremism_recruitment | severe
re:\b(grup|channel|kanal) (telegram|tele) (jihad|daulah|mujahidin|khilafah)\b | extremism | 0.55 | extremism_recruitment |
tegakkan khilafah | extremism | 0.2 | extremism_recruitment |

# ---- more incitement, glorification, recruitment ----
re:\bdarah (kafir|orang kafir|cina|syiah|ahmadiyah|murtad|thogut|polisi|aparat|yahudi) (itu |adalah )?(halal|boleh ditumpahkan)\b | extremism | 0.85 | extremism_incitement | severe
re:\b(kafir|orang kafir|thogut|murtad) (itu )?(wajib|harus|halal) (diperangi|dibunuh|dipenggal|dibantai)\b | extremism | 0.75 | extremism_incitement | severe
re:\b(serbu|serbu dan bakar|duduki) (gereja|vihara|klenteng|pura|masjid|kampung (cina|kristen|syiah|ahmadiyah))\b | extremism | 0.65 | extremism_incitement |
re:\b(jihad|perang) qital\b | extremism | 0.4 | extremism_incitement |
re:\bnafir (umum|am|jihad)\b | extremism | 0.45 | extremism_incitement |
toghut            | extremism | 0.3 | extremism_incitement |
taghut            | extremism | 0.3 | extremism_incitement |
re:\b(pelaku|pengebom|pelaku bom|pelaku teror|para pelaku|para pengebom)( bom)?( \w+)? (adalah |itu |merupakan |sebagai )?(syuhada|syahid|mujahid|mujahidin|pahlawan|pejuang islam|singa allah)\b | extremism | 0.75 | extremism_glorification | severe
re:\bteroris (itu |adalah )?(pahlawan|mujahid|syuhada|pejuang sejati)\b | extremism | 0.6 | extremism_glorification |
re:\b(amaliyah|amaliyat|operasi) (istisyhad|istisyhadiyah|istisyhadiah)\b | extremism | 0.7 | extremism_glorification | severe
istisyhad         | extremism | 0.45 | extremism_glorification |
re:\b(dicari|butuh|mencari) (ikhwan|akhwat|mujahid|pemuda) (untuk |buat )?(jihad|amaliyah|istisyhad|hijrah ke \w+)\b | extremism | 0.75 | extremism_recruitment | severe
re:\b(daftar|mendaftar) (jadi |sebagai )?(mujahid|mujahidin|pengantin|syuhada)\b | extremism | 0.6 | extremism_recruitment |
re:\b(rakit|merakit|bikin|membuat) bom (dari|pakai|pake|menggunakan|dengan) (pupuk|urea|tatp|korek api|bahan kimia|pipa)\b | extremism | 0.75 | extremism_recruitment | severe
jamaah ansharut daulah | extremism | 0.3 | extremism_recruitment |
ansharut daulah   | extremism | 0.3 | extremism_recruitment |
