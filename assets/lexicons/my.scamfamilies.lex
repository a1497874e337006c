@format 1
@lang my
@source Original work written for Waspada, 2026-12: scam wording families generalised from the misses of a second writer's tuning set (tests/scam_tuning), never from held-back suites or held-out messages
@licence MIT
# Burmese scam wording families added on top of my.scamparts.lex and my.scam.lex. Burmese has no
# word edges, so every Burmese entry is long enough to mean one thing; `\s?` stands where people
# put a space between phrases or leave it out; numbers may be Burmese (၀-၉) or Latin digits.
# term | class | weight | kind

# ============================================================================================
# scam:sender
# ============================================================================================
# --- couriers, wallets and banks the bundled list lacks ---------------------------------------
# (written as patterns: their own sites are not in ../misinfo/brands.tsv, so a plain word would
# make their real links count as impersonation)
re:\bbritium\b          | scam:sender | 0.8  | courier
re:\bkerry express\b    | scam:sender | 0.75 | courier
re:\bbee express\b      | scam:sender | 0.7  | courier
re:\bj\s?&\s?t express\b | scam:sender | 0.75 | courier
re:\bflash express\b    | scam:sender | 0.7  | courier
uab pay                | scam:sender | 0.85 | wallet
mab pay                | scam:sender | 0.8  | wallet
re:\btrue ?money\b      | scam:sender | 0.75 | wallet
re:\bcitizens ?pay\b    | scam:sender | 0.8  | wallet
# "pay by Wave", "Wave account", "to my Wave"
re:\bwave\s?(ဖြင့်|နဲ့|ကို|မှ|ထဲ|account|အကောင့်|နံပါတ်) | scam:sender | 0.6 | wallet
re:\b(a bank|agd|mab|aya|cb|uab|kbz|yoma|mcb|gtb)\s?ဘဏ် | scam:sender | 0.85 | bank
အေယာဘဏ်                | scam:sender | 0.9  | bank
ရိုးမာဘဏ်                | scam:sender | 0.85 | bank
# the wallet's own "customer care / service" desk
re:\b(customer care|customer support|customer service|cs team|help ?desk)\s?(ပါ|မှ|က|ဌာန|ကနေ|ထံ) | scam:sender | 0.5 | platform
ဖောက်သည်စောင့်ရှောက်မှု     | scam:sender | 0.5  | platform

# --- government offices, police and courts -----------------------------------------------------
စည်ပင်သာယာရေး             | scam:sender | 0.75 | government
re:\b(ycdc|mcdc|ndsc)\b | scam:sender | 0.65 | government
ကုန်းလမ်းပို့ဆောင်ရေး        | scam:sender | 0.8  | government
re:\brtad\b             | scam:sender | 0.65 | government
လမ်းကြေးဂိတ်              | scam:sender | 0.65 | government
ယာဉ်ထိန်းရဲ               | scam:sender | 0.8  | police
re:ယာဉ်\s?စည်းကမ်း\s?(ထိန်းသိမ်းရေး|ရဲ) | scam:sender | 0.7 | police
re:\bcid\s?(myanmar|မြန်မာ|မှ|က|ရုံး|အရာရှိ|\]) | scam:sender | 0.7 | police
re:မူးယစ်ဆေးဝါး\s?(တိုက်ဖျက်ရေး|ထိန်းချုပ်ရေး) | scam:sender | 0.8 | police
re:(ရဲ|ရဲတပ်|ရဲစခန်း)\s?(မှူး|အရာရှိ|ဝန်ထမ်း)?\s?(မှ|က)\s?(ဆက်သွယ်|အကြောင်းကြား) | scam:sender | 0.7 | police
re:တရား\s?လွှတ်တော် | scam:sender | 0.75 | police
တရားသူကြီး               | scam:sender | 0.6  | police
re:(မြို့နယ်|ခရိုင်)\s?တရားရုံး | scam:sender | 0.75 | police
re:(ရှေ့နေ|ဥပဒေအရာရှိ|ဥပဒေ\s?ရုံး)\s?(ထံမှ|မှ|က|ရုံး) | scam:sender | 0.55 | police

# brands whose names fake surveys and giveaways borrow
re:\b(coca-?cola|pepsi|max energy|denko|myanmar beer|nestle|unilever|samsung|huawei|oppo|vivo|grab|foodpanda)\s?(myanmar|မြန်မာ)?\s?(က|မှ|ဖောက်သည်|ရဲ့|၏) | scam:sender | 0.5 | platform
re:\bems\s?(ပါဆယ်|parcel|မှ|က|ပစ္စည်း) | scam:sender | 0.7 | courier
# chat apps named in Burmese context (the bare English word "signal" is too common)
re:\b(signal|line|wechat|imo)\s?(ပေါ်က|ပေါ်မှာ|ပေါ်တွင်|ထဲက|app|အက်ပ်|code|ကုဒ်|otp) | scam:sender | 0.35 | platform
re:\b(signal|telegram|whatsapp|viber|facebook|tiktok|messenger|line|wechat)\s?(code|ကုဒ်|otp) | scam:sender | 0.45 | platform
# a notification headed by a chat app's name: "Viber: X sent you a voice note"
re:(viber|messenger|whatsapp|telegram|signal|line|wechat|imo)\s?:\s?[\x{1000}-\x{109F}] | scam:sender | 0.5 | platform
# a notification in the style of a chat app: "a file from X has arrived"
re:(ထံမှ|ဆီက)\s?(ဖိုင်|file|ဓာတ်ပုံ|video|မက်ဆေ့|message)\s?(တစ်ခု|တစ်ဖိုင်)?\s?(ရောက်ရှိနေ|ရောက်နေ|ပို့ထား) | scam:sender | 0.5 | platform
# a modded version of a known app: "Viber Gold", "WhatsApp Plus"
re:\b(signal|telegram|whatsapp|viber|facebook|tiktok|messenger|youtube|instagram)\s?(gold|plus|pro|premium|mod)\b | scam:sender | 0.55 | platform
# "X, it's me," after a vocative ("brother, it's me", "teacher, it's me")
re:(ရေ|၊|,)\s?(ငါပါ|ငါလေ|ကိုယ်ပါ|ကျွန်တော်ပါ|ကျွန်မပါ|ကျနော်ပါ)\s?(၊|,|။|!) | scam:sender | 0.6 | relative
# a foreign persona introducing themself: "I am David, an American officer in Syria"
re:\bi am\s[^။,၊]{1,25}(,|၊)\s?[^။]{0,40}(ဗိုလ်|အင်ဂျင်နီယာ|ဆရာဝန်|ကုန်သည်|မန်နေဂျာ|လုပ်ငန်းရှင်|ကပ္ပတိန်) | scam:sender | 0.55 | relative
# the testimonial of a task-job shill: "I had no job before, now I earn …"
re:အရင်က\s?[^။]{0,20}(အလုပ်မရှိ|အလုပ်လက်မဲ့|ငွေမရှိ|အကြွေးတင်|ဆင်းရဲ|ငွေကြပ်)[^။]{0,15}(အခု|ယခု) | scam:sender | 0.45 | employer
# "I'm (calling) from the bank / the wallet / the department"
re:(ဘဏ်|\bpay|wallet|ဝေါလက်)\s?(က|မှ)\s?(ပါ\s?(။|၊|,|!|$)|ဖြစ်ပါတယ်|ဆက်သွယ်တာပါ|ဆက်သွယ်ခြင်းပါ|ဆက်သွယ်ခြင်းဖြစ်ပါသည်|ဆက်သွယ်နေတာပါ) | scam:sender | 0.7 | bank
re:(ရဲစခန်း|ဦးစီးဌာန|ဝန်ကြီးဌာန|ရုံးချုပ်|တရားရုံး)\s?(က|မှ)\s?(ပါ\s?(။|၊|,|!|$)|ဖြစ်ပါတယ်|ဆက်သွယ်တာပါ|ဆက်သွယ်ခြင်းပါ|ဆက်သွယ်ခြင်းဖြစ်ပါသည်|ဆက်သွယ်နေတာပါ) | scam:sender | 0.65 | government

# --- recruiters, lenders, investment ------------------------------------------------------------
re:\b(jobnet|myjobs|myjobs myanmar|work\.com\.mm|linkedin|jobs in yangon|jobs in yangon facebook group)\s?(မှ|က|မှာ|ပေါ်|ကနေ) | scam:sender | 0.5 | employer
re:(အလုပ်ရှာ|အလုပ်အကိုင်|ပြည်ပအလုပ်)\s?(channel|group|page|ဂရု|ချန်နယ်) | scam:sender | 0.5 | employer
re:\b\w{2,12}\s?loan\s?[\x{1000}-\x{109F}] | scam:sender | 0.6 | lender
re:ချေးငွေ\s?(ထုတ်ပေးနေ|ပေးနေ|ထုတ်ပေးပါ|ရနိုင်) | scam:sender | 0.6 | lender
ငွေစုအဖွဲ့                | scam:sender | 0.45 | investment
re:\b(ai|quant|robot|bot)\s?(trading|trade|arbitrage)\b | scam:sender | 0.6 | investment
re:\b(cloud mining|mining app|mining pool)\b | scam:sender | 0.7 | investment
re:\b(pi coin|pi network)\b | scam:sender | 0.5 | investment
# a "teacher" credited in a testimonial: "thanks to teacher X I made…"
re:ဆရာ(မ)?\s?[^\s။]{2,30}\s?(ကြောင့်|ရဲ့\s?(signal|လမ်းညွှန်|အကြံ)) | scam:sender | 0.5 | investment
re:\b(thanks|thank you|thx)\s?(admin|ဆရာ)[^a-z]{0,6}[\x{1000}-\x{109F}] | scam:sender | 0.45 | investment

# --- relatives, friends, sweethearts ------------------------------------------------------------
# "it's your son, mum", "son here" (child first, then the parent)
re:(သား|သမီး|မြေး|တူ|တူမ)(လေး)?\s?(ပါ|လေ)\s?(၊|,|။)?\s?(အမေ|မေမေ|မေ|မာမီ|အဖေ|ဖေဖေ|ဖေ|ဒယ်ဒီ|အဖွား|အဘိုး|ဘွားဘွား|mom|mum|dad) | scam:sender | 0.85 | relative
re:(^|\s|။|၊)(သားပါ|သမီးပါ|သားလေးပါ|သမီးလေးပါ|သား ပါ|သမီး ပါ)\s?(။|၊|,|!) | scam:sender | 0.6 | relative
# "buddy, it's me", "bro, it's me"
re:(ဘော်ဒါ|သူငယ်ချင်း|ညီလေး|ညီမလေး|အစ်ကို|အစ်မ|bro|sis)\s?(ရေ)?\s?(၊|,)?\s?(ငါ|ကိုယ်|ကျွန်တော်|ကျွန်မ|ကျနော်)\s?(ပါ|လေ) | scam:sender | 0.65 | relative
ဘော်ဒါ                  | scam:sender | 0.35 | relative
# sweethearts ("honey, …", "baby, …")
re:(ချစ်ချစ်|ချစ်သူလေး|ချစ်သူ|သဲလေး|ဘေဘီ|baby|babe|honey|darling|dear|sweetheart|my love)\s?ရေ | scam:sender | 0.5 | relative

# ============================================================================================
# scam:problem
# ============================================================================================
# --- account: not verified, frozen, held, limited, old version ---------------------------------
re:(verify|အတည်ပြု|update|အပ်ဒိတ်|kyc|upgrade|အဆင့်မြှင့်|စိစစ်)\s?(လုပ်)?\s?(မလုပ်|မပြုလုပ်|မပြီး|မရှိ)\s?(ရ)?\s?(သေး)?\s?(ရင်|ပါက|လျှင်|သူများ|သေး) | scam:problem | 0.5 | account
re:\b(un)?(freeze|frozen)\s?(လုပ်|ခံ|ထား|ဖြစ်) | scam:problem | 0.7 | account
re:(ဖရီးဇ်|အေးခဲ\s?(ထား|ခံရ)) | scam:problem | 0.7 | account
re:\b(on hold|suspended|restricted|blocked|deactivated)\b\)?\s?[\x{1000}-\x{109F}] | scam:problem | 0.6 | account
re:\bhold\s?(ထား|လုပ်ထား) | scam:problem | 0.6 | account
re:(ငွေ|ks|ကျပ်|mmk|အကောင့်|account|ငွေထုတ်ယူမှု|ငွေထုတ်|ငွေလွှဲမှု)[^။]{0,40}(ယာယီ\s?)?(ထိန်းထား|ဆိုင်းငံ့ထား|ခေတ္တရပ်|ရပ်တန့်ထား) | scam:problem | 0.65 | account
re:\blimit\s?(ပြည့်|ကျော်|ကုန်|ရောက်) | scam:problem | 0.6 | account
re:ကန့်သတ်\s?(ခံရ|ခံထား)   | scam:problem | 0.55 | account
re:(ဗားရှင်းဟောင်း|old version|app\s?ဟောင်း) | scam:problem | 0.55 | account
re:(ဗားရှင်းသစ်|ဗားရှင်းအသစ်|new version)[^။]{0,25}(ဖြင့်သာ|နဲ့သာ|မှသာ|မှ\s?ရ) | scam:problem | 0.6 | account
re:\bmerchant\s?(account)?\s?(မဟုတ်|ပြောင်း|အကောင့်) | scam:problem | 0.55 | account
re:ငွေ\s?(က)?\s?(ဝင်မလာ|မဝင်|ဝင်လို့မရ|ရောက်မလာ|ထုတ်မရ|ထုတ်လို့မရ) | scam:problem | 0.55 | account
re:(ငွေလွှဲ|ငွေထုတ်|ဘဏ်သုံး|ငွေပေး|လွှဲ)\s?(လို့)?\s?မရ\s?(လို့|သေးလို့|ဘူး|သေး) | scam:problem | 0.5 | account
re:(login|log in|အကောင့်)\s?(ဝင်)?\s?(မရ|လို့မရ)(လို့|ဘူး) | scam:problem | 0.55 | account
re:(recovery|ပြန်ယူ|ပြန်ဖွင့်)[^။]{0,25}(နံပါတ်|number|ဖုန်း)\s?[^။]{0,10}(ထည့်ထား|ပေးထား) | scam:problem | 0.65 | account
# the code went to the wrong phone, "I had the code sent to your phone"
re:(sms|ကုဒ်|code|otp)\s?(က)?\s?(မဝင်|ဝင်မလာ|မရောက်|ရောက်မလာ)(လို့|ဘူး) | scam:problem | 0.6 | account
re:(ဖုန်း|နံပါတ်)\s?(ကို|သို့|ထဲ)\s?(ပို့ခိုင်း|ပို့ပေးခိုင်း|ရောက်သွား) | scam:problem | 0.6 | account
re:(မှား|မှားယွင်း)[^။]{0,45}(လွှဲမိ|ပို့မိ|လွှဲလိုက်မိ|ဖြည့်မိ) | scam:problem | 0.7 | account
re:လွှဲ(လိုက်)?မိ(သွား|လိုက်|တယ်|လို့) | scam:problem | 0.6 | account
re:(confirm|အတည်ပြု)\s?(ဖို့|ရန်|နိုင်ရန်)\s?[^။]{0,12}(ကုဒ်|code|otp) | scam:problem | 0.55 | account
re:hack\s?(ခံရ|ဖြစ်|လုပ်ခံ)\s?[^။]{0,10}(ကာကွယ်|တားဆီး) | scam:problem | 0.65 | account
re:(အကောင့်|account|ငွေ)\s?(၏|ရဲ့)?\s?(လုံခြုံရေး|ကာကွယ်ရေး)\s?(အတွက်|အရ|ကြောင့်) | scam:problem | 0.5 | account
# "we'll fix your problem / your app remotely"
re:(ပြဿနာ|အခက်အခဲ)\s?(ကို)?\s?[^။]{0,30}(ဖြေရှင်းပေး|ပြင်ဆင်ပေး) | scam:problem | 0.5 | account
re:(remote|အဝေးမှ|အဝေးကနေ)[^။]{0,25}(ပြင်ဆင်|ဖြေရှင်း|ထိန်းချုပ်|ဝင်ကြည့်) | scam:problem | 0.6 | account
re:(virus|ဗိုင်းရပ်စ်|malware)\s?[^။]{0,10}(ရှိနေ|ဝင်နေ|တွေ့ရှိ|ကူးစက်) | scam:problem | 0.6 | account
re:(ဖုန်း)\s?(က)?\s?(အသံမထွက်|မကောင်း|ပျက်သွား|ကွဲသွား|ရေစို|ရေထဲ) | scam:problem | 0.5 | account
# money you will get the moment you scan / enter the PIN
re:(pin|scan)[^။]{0,40}(ဝင်လာမယ်|ဝင်လာပါမည်|ဝင်ပါမည်|ဝင်မှာ) | scam:problem | 0.65 | account
re:\bqr\b[^။]{0,60}(ဝင်လာမယ်|ဝင်လာပါမည်|ဝင်ပါမည်|ဝင်မှာ|ငွေလက်ခံ) | scam:problem | 0.65 | account
re:ငွေ\s?(တန်း|ချက်ချင်း)\s?(ဝင်မှာ|ဝင်လာမယ်|ဝင်လာပါမည်|ဝင်ပါမည်|ရောက်မယ်) | scam:problem | 0.5 | account

# --- a file, photo or video that is really an app ----------------------------------------------
re:(ဖိတ်စာ|ပြေစာ|ဘေလ်|ဓာတ်ပုံ|ပုံ|ဗီဒီယို|photo|video|img|image|invoice|receipt|bill|cctv|pdf|doc|scan)[a-z0-9_\-]{0,20}\.apk\b | scam:problem | 0.8 | voicemail
re:(video|ဗီဒီယို|ဓာတ်ပုံ|photo|clip|ကလစ်)\s?(ထဲ|ထဲမှာ|ထဲတွင်)\s?(မင်း|နင်|သင်|ညီမ|အစ်မ|မမ|you|u)\s?(ပါနေ|ပါတယ်|ပါ) | scam:problem | 0.7 | voicemail
re:\b(gold|plus|pro|premium|mod)\s?ဗားရှင်း | scam:problem | 0.55 | prize

# --- parcels ------------------------------------------------------------------------------------
re:(ပို့ဆောင်မှု|ပေးပို့မှု|delivery)\s?(မအောင်မြင်|ပျက်ကွက်|failed|unsuccessful) | scam:problem | 0.75 | parcel
re:(အိမ်|လိပ်စာ)\s?(တွင်|မှာ)?\s?(လူ)?\s?မရှိ(သဖြင့်|လို့|၍) | scam:problem | 0.55 | parcel
re:(ထပ်ပို့|ပြန်ပို့|ပြန်လည်ပို့|ကူရီယာ|courier|သံရုံး|ပို့ဆောင်ရေး)\s?(ခ|ကြေး) | scam:problem | 0.7 | fee
# the shipping fee ("ပို့ခ", short for ပို့ဆောင်ခ) unpaid or owed
re:(ပို့ခ|ပို့ဆောင်ခ|အခွန်|ဒဏ်ကြေး|ဒဏ်ငွေ|လမ်းကြေး|ကြေး|ဖိုး)\s?(မရှင်း|မပေး|မဆောင်|မချေ)(ရ)?(သေး|ဘဲ) | scam:problem | 0.6 | fee
re:(ပို့ခ|ပို့ဆောင်ခ|အခွန်|ဒဏ်ကြေး|ဒဏ်ငွေ|ကြေး)[^။]{0,25}(ထပ်ပေး|ထပ်ဆောင်|ပေးရန်ရှိ|ပေးဆောင်ရန်ရှိ|ပေးဆောင်ရန်\s?ကျန်|ပေးရန်\s?ကျန်) | scam:problem | 0.6 | fee
re:(တားမြစ်ပစ္စည်း|တရားမဝင်ပစ္စည်း|မူးယစ်ဆေး)[^။]{0,30}(တွေ့ရှိ|ပါဝင်|ပါနေ) | scam:problem | 0.75 | legal

# --- refunds and aid ----------------------------------------------------------------------------
re:(အရည်အချင်း|သတ်မှတ်ချက်)\s?(များ)?\s?(ပြည့်မီ|ကိုက်ညီ) | scam:problem | 0.55 | refund
re:ပြန်(လည်)?\s?(ထုတ်ပေးငွေ|အမ်းငွေ|ပေးငွေ) | scam:problem | 0.6 | refund
re:ပြန်(လည်)?\s?အမ်း(ရန်|ပေးရန်|မည့်|ပေးမည့်)\s?[^။]{0,15}(ငွေ|ks|ကျပ်|mmk) | scam:problem | 0.65 | refund
re:(ပိုဆောင်ငွေ|ပိုပေးငွေ|ပိုလွှဲငွေ) | scam:problem | 0.6 | refund
re:\brefund\b\s?(mmk|ks|kyat|ငွေ|ကျပ်|[0-9၀-၉]) | scam:problem | 0.6 | refund
re:(mmk|ks|ကျပ်)\s?[0-9၀-၉][0-9၀-၉,.]*\s?(pending|unclaimed) | scam:problem | 0.45 | refund
re:(ငွေ|ks|ကျပ်|mmk)\s?[^။]{0,20}(ရယူရန်ကျန်|ထုတ်ယူရန်ကျန်) | scam:problem | 0.45 | refund

# --- prizes -------------------------------------------------------------------------------------
re:(ရရှိသူ|ကံထူးသူ|ဆုရှင်|winner)\s?(များ)?\s?(၏)?\s?စာရင်း | scam:problem | 0.7 | prize
re:ဆု\s?(လက်ခံ|ထုတ်ယူ|ရယူ|ထုတ်)(ဖို့|ရန်|နိုင်ရန်) | scam:problem | 0.6 | prize
re:လက်ဆောင်(များ)?\s?(တွေ)?\s?(ပေးနေ|ဝေနေ|ပေးမယ်|ပေးပါမည်|ဝေပေး) | scam:problem | 0.55 | prize
re:မေးခွန်း\s?[0-9၀-၉]+\s?ခု[^။]{0,15}(ဖြေ|ဖြေဆို) | scam:problem | 0.6 | prize
re:(ခရီးစဉ်|iphone|ဆိုင်ကယ်|ရွှေချောင်း|ငွေသား)[^။]{0,20}(ကို)?\s?(ရယူလိုက်|အခမဲ့ရ|ရရှိမည်|ရပါမည်) | scam:problem | 0.55 | prize
re:(လက်ဆောင်|ဆု)\s?(ပို့ခ|ပို့ဆောင်ခ|ထုတ်ယူခ|ကြေး) | scam:problem | 0.75 | fee
# "just pay the tax / the fee"
re:(ပို့ဆောင်ခ|ပို့ခ|ဝန်ဆောင်ခ|အခွန်|ကြေး)\s?[^။]{0,15}(ပေး|လွှဲ)\s?ရုံ | scam:problem | 0.7 | fee
re:share\s?(ပြီး|လုပ်ပြီး)[^။]{0,30}(ဆု|လက်ဆောင်|comment) | scam:problem | 0.45 | prize

# --- jobs ---------------------------------------------------------------------------------------
re:\b(vip|combo|lucky|bonus)\s?(order|task|အော်ဒါ) | scam:problem | 0.7 | job
re:(order|အော်ဒါ)\s?(ဖမ်း|grab)    | scam:problem | 0.6 | job
re:အရင်း\s?(ရော|နဲ့)\s?(commission|ကော်မရှင်|အမြတ်)\s?(ရော)? | scam:problem | 0.65 | job
re:(တစ်နေ့|တစ်ရက်|နေ့စဉ်)\s?[0-9၀-၉]+\s?နာရီ\s?(ပဲ|သာ)\s?(လုပ်|အလုပ်) | scam:problem | 0.6 | job
re:(တစ်လ|လစဉ်|လ)\s?[0-9၀-၉]+\s?သိန်း\s?(ကျော်)?\s?(ရ|ဝင်|အထိ) | scam:problem | 0.45 | job
re:interview\s?[^။]{0,20}(အတည်ပြု|သိမ်း) | scam:problem | 0.5 | job
re:\b(typing|data entry|copy paste)\s?အလုပ် | scam:problem | 0.45 | job
# "just by keeping it open / putting money in, you get …"
re:(ထည့်|ဖွင့်ထား|ထိုင်|ကြည့်|နှိပ်|ရှိ|တင်|ပို့|ဝင်|အပ်|ထား)ရုံ(နဲ့|ဖြင့်)\s?[^။]{0,40}(ရမယ်|ရပါမယ်|ရမည်|ရပါမည်|ပြန်ရ|ဝင်ငွေ|တူးပေး|ဝင်တယ်|ရတယ်) | scam:problem | 0.65 | job

# --- investment ---------------------------------------------------------------------------------
re:([0-9၀-၉]+|နှစ်|သုံး|လေး|ငါး|ဆယ်)\s?ဆ\s?(ပြန်ရ|ပြန်ထုတ်|အမြတ်|တိုး|ပြန်ပေး) | scam:problem | 0.8 | investment
re:(တစ်ပတ်|တစ်လ|တစ်ရက်|တစ်နေ့|နေ့စဉ်|လစဉ်|အပတ်စဉ်)\s?(ကို|လျှင်|မှာ)?\s?(အမြတ်|အတိုး|ပြန်ရ|ဝင်ငွေ)\s?[0-9၀-၉]+\s?% | scam:problem | 0.7 | investment
re:(တစ်ပတ်|တစ်လ|[0-9၀-၉]+\s?ရက်)\s?(အတွင်း)\s?[^။]{0,30}(အမြတ်ရ|အမြတ်ထွက်|ပြန်ရ|ဆ\s?ပြန်) | scam:problem | 0.6 | investment
re:(ငွေထုတ်|ထုတ်)(တာ|လို့)\s?(တကယ်|အမှန်တကယ်)\s?ရ | scam:problem | 0.6 | investment
re:(သေချာ|သေချာပေါက်)\s?(အမြတ်|ပြန်ရ|ဝင်ငွေ)\s?(ရမယ်|ရမှာ|ရပါမယ်|ရ) | scam:problem | 0.7 | investment
အတွင်းသတင်း               | scam:problem | 0.6  | investment
re:ဘဏ်\s?(ထက်|အတိုးထက်)\s?[^။]{0,15}(ပို|အများကြီး) | scam:problem | 0.5 | investment
re:\bsignal\s?(အခမဲ့|ပေး) | scam:problem | 0.5 | investment

# --- loans --------------------------------------------------------------------------------------
re:(ဂရန်|ယာဉ်စာအုပ်|အာမခံ|အပေါင်|collateral|guarantor|အိမ်ထောင်စုစာရင်း)[^။]{0,15}(မလိုဘဲ|မလိုပါ|မလို) | scam:problem | 0.6 | loan
re:blacklist\s?[^။]{0,15}(လည်း|ဖြစ်နေလည်း)\s?(ရ|ချေး) | scam:problem | 0.7 | loan
re:(credit score|ခရက်ဒစ်|score)\s?[^။]{0,10}(မလုံလောက်|နိမ့်|မပြည့်|မြှင့်) | scam:problem | 0.65 | loan
re:(အပ်ငွေ|အာမခံငွေ|အာမခံ|စရံ)\s?(အဖြစ်|အနေနဲ့|အနေဖြင့်) | scam:problem | 0.65 | fee
အာမခံငွေ                | scam:problem | 0.45 | fee

# --- romance ------------------------------------------------------------------------------------
re:\b(leave fee|diplomatic box|diplomatic bag|clearance fee)\b | scam:problem | 0.75 | romance
re:ခွင့်\s?(ဖိုး|ရက်ကြေး) | scam:problem | 0.7 | romance
re:(ငွေ|ဒေါ်လာ|လက်ဆောင်|box|ပါဆယ်|ရွှေ)[^။]{0,30}(မင်း|နင်|ချစ်)\s?(ဆီ|ထံ)\s?(ကို)?\s?ပို့(ချင်|မယ်|ပေးမယ်|ထား) | scam:problem | 0.7 | romance
re:လက်ထပ်(ကြ)?(မယ်|ရအောင်|ကြရအောင်) | scam:problem | 0.5 | romance
re:(ဗီဇာ|visa)[^။]{0,40}(ကြေး|အာမခံ|ပြရ|ပြငွေ) | scam:problem | 0.6 | romance
re:\bun\s?(ဆရာဝန်|တပ်|ငြိမ်းချမ်းရေး) | scam:problem | 0.45 | romance
re:(စစ်ဗိုလ်|ဗိုလ်မှူး|တပ်မှူး|သင်္ဘော\s?အင်ဂျင်နီယာ|ရေနံ\s?တူးစင်|ရွှေကုန်သည်) | scam:problem | 0.45 | romance
re:(ကုမ္ပဏီ|သံရုံး|အကောက်ခွန်|ဆေးရုံ|ဌာန)\s?(က)?\s?[^။]{0,30}(တောင်းနေ|တောင်းတယ်|ပေးရမယ်တဲ့|ပြရမယ်တဲ့) | scam:problem | 0.55 | fee
re:(ရောက်တာနဲ့|ရောက်ရင်|ရလာရင်|ထုတ်ရင်)\s?(ချက်ချင်း)?\s?(ဆပ်ပေးမယ်|ပြန်ဆပ်မယ်|ပြန်ပို့မယ်|ပြန်လွှဲမယ်|ပြန်ပေးမယ်) | scam:problem | 0.55 | fee
# someone else's account to pay into: "the teacher's account", "this agent's account"
re:(ဆရာမ|ဆရာ|agent|ပွဲစား|ဦးလေး)\s?(ရဲ့|၏)?\s?(အကောင့်|kpay|wave|ဘဏ်အကောင့်) | scam:problem | 0.55 | fee
re:(စာမေးပွဲကြေး|ကျောင်းကြေး|ကျောင်းစရိတ်|စာအုပ်ဖိုး|ဆေးကုသစရိတ်|ဆေးရုံစရိတ်) | scam:problem | 0.45 | fee
re:(ဝင်ကြေး|မှတ်ပုံတင်ကြေး|လုပ်ငန်းစဉ်ကြေး|စီမံဆောင်ရွက်ခ|ငှားခ|အသင်းဝင်ကြေး|အာမခံကြေး)\s?[^။]{0,25}[^။မ](ပေး|လွှဲ|ဆောင်|သွင်း)(ပါ|ရ|ရန်|ရမယ်|ရမည်) | scam:problem | 0.7 | fee

# --- legal --------------------------------------------------------------------------------------
ဆင့်ခေါ်စာ                | scam:problem | 0.75 | legal
ဒဏ်ကြေး                  | scam:problem | 0.5  | legal
re:(စွဲချက်|အမှုအမှတ်|အမှုတွဲ|တရားခံ) | scam:problem | 0.55 | legal
re:(လိမ်လည်မှု|ငွေကြေးခဝါ|ရာဇဝတ်မှု|မူးယစ်)[^။]{0,15}(တွင်|မှာ|အတွက်)?\s?(အသုံးပြု|ပါဝင်|ပတ်သက်|သုံး)(ထား|ခဲ့|နေ) | scam:problem | 0.75 | legal
re:စစ်ဆေး\s?မေးမြန်း(ရန်|မှု|ရမည်|ရန်ရှိ) | scam:problem | 0.6 | legal
re:ညှိနှိုင်း\s?ဖြေရှင်း | scam:problem | 0.5 | legal

# --- voicemail ----------------------------------------------------------------------------------
re:(ဖုန်းလွဲ|လွတ်သွားသော\s?(ဖုန်း|ခေါ်ဆိုမှု)|missed call)\s?[^။]{0,10}(ရှိ|ကြိမ်) | scam:problem | 0.55 | voicemail
re:\bvoice\s?(message|msg|note|mail)\s?[\x{1000}-\x{109F}] | scam:problem | 0.6 | voicemail
re:အသံ\s?(ဖိုင်|မှတ်စု|အကြောင်းကြားစာ|ကလစ်) | scam:problem | 0.6 | voicemail

# ============================================================================================
# scam:pressure
# ============================================================================================
re:ပိတ်\s?(ခံရ|သွား|ပစ်|လိုက်)\s?(မယ်|မှာ|လိမ့်မယ်|ပါမယ်|ပါလိမ့်မယ်) | scam:pressure | 0.65 | threat
re:(sim|ဆင်းကတ်|အကောင့်|account|acc|လိုင်း|ကတ်|လိုင်စင်|ဝန်ဆောင်မှု|ဝေါလက်)[^။]{0,35}ပိတ်\s?(ပစ်|သိမ်း|သွား|လိုက်|ခံရ)?\s?(ပါမည်|ပါမယ်|မည်|လိမ့်မည်|ပါလိမ့်မည်) | scam:pressure | 0.75 | threat
re:(ရပ်ဆိုင်း|ကန့်သတ်|ဖျက်သိမ်း|ပယ်ဖျက်)\s?(ခံရ|သွား)?\s?(ပါမည်|မည်|မယ်|ပါမယ်|လိမ့်မည်) | scam:pressure | 0.7 | threat
re:(မပေးဆောင်|မပေးချေ|မပေးသွင်း|မဆောင်|မလွှဲ|မဖြည့်|မသွင်း|မစိစစ်|မအတည်ပြု)(ပါက|ရင်|လျှင်) | scam:pressure | 0.6 | threat
re:(မဖြည့်|မလွှဲ|မပေး|မသွင်း|မဆောင်|မပြီး)(ရင်|ပါက|လျှင်)[^။]{0,40}(ထုတ်လို့မရ|ထုတ်ယူ၍မရ|ဆုံးရှုံး|ပျက်|မရတော့|ပြန်မရ) | scam:pressure | 0.75 | threat
re:(ပြန်ပို့|ဖမ်း|ထောင်ချ|ဒဏ်ရိုက်|ဖမ်းဆီး|တရားစွဲ)\s?ခံရ(မယ်|မှာ|မည်|လိမ့်မယ်|ပါမည်) | scam:pressure | 0.7 | threat
re:(ဖျက်ဆီး|စွန့်ပစ်|ပြန်ပို့|လေလံ)\s?(ခံရ)?\s?(မီ|ခင်|မတိုင်မီ) | scam:pressure | 0.6 | threat
re:(နှစ်ဆ|ထပ်တိုး|တိုး)\s?(မတက်|မတိုး)(မီ|ခင်) | scam:pressure | 0.6 | threat
re:အမှု\s?(မ)?ဖွင့်(မီ|ခင်|မည်|ပါမည်|မယ်) | scam:pressure | 0.65 | threat
re:(တရားခံပြေး|ဝရမ်းပြေး|ဖမ်းဝရမ်း) | scam:pressure | 0.75 | threat
re:(ဖုန်း|call)\s?(မကိုင်|မဖြေ)(ပါက|ရင်|လျှင်) | scam:pressure | 0.6 | threat
အမြန်လုပ်                | scam:pressure | 0.5  | deadline
re:(အရေးကြီး|အရေးတကြီး|urgent)\s?(လို့|လို့ပါ|ပါတယ်|နေလို့) | scam:pressure | 0.45 | deadline
re:(မြန်မြန်|အမြန်)\s?(လေး)?\s?(နော်|ပါ|လုပ်) | scam:pressure | 0.45 | deadline
re:(ယခုချက်ချင်း|အခုချက်ချင်း) | scam:pressure | 0.5 | deadline
re:(ယခုပင်|အခုပဲ|အခုဘဲ)\s?[^။]{0,30}(ဖုန်းဆက်|ဆက်သွယ်|နှိပ်|ရယူ|လွှဲ|ပေးချေ|အတည်ပြု) | scam:pressure | 0.45 | deadline
re:(နေရာ|ခုံ|slot)\s?[^။]{0,10}(ပဲ|သာ)\s?ကျန် | scam:pressure | 0.5 | deadline
# secrecy: "don't touch the phone", "if a warning pops up, continue"
re:(ဖုန်း|screen|မျက်နှာပြင်)\s?(ကို)?\s?(ဘာမှ)?\s?(မနှိပ်|မထိ|မကိုင်)(ဘဲ|ပါနဲ့|နဲ့|ပါနှင့်) | scam:pressure | 0.6 | secrecy
re:(သတိပေးချက်|warning)[^။]{0,20}(ပေါ်|တက်)(ပါက|ရင်|လာရင်)[^။]{0,25}(ဆက်လုပ်|ignore|ok|install|allow|ခွင့်ပြု) | scam:pressure | 0.7 | secrecy

# coaching past the phone's warnings: "if it won't open it will ask you to install; install it"
re:(ဖွင့်မရ|ကြည့်မရ|play\s?မရ)(ရင်|ပါက)[^။]{0,30}(install|ဒေါင်း|ထည့်|update) | scam:pressure | 0.55 | secrecy

# ============================================================================================
# scam:action
# ============================================================================================
# --- codes: read out, type in, screenshot, reply with the code ---------------------------------
re:(ကုဒ်|code|otp|pin|စကားဝှက်|password|ဂဏန်း)[^။]{0,30}[^။မ](ဖတ်ပြ|ရိုက်ပို့|ပြန်ပြော|ပြန်ပါ) | scam:action | 0.8 | code
# typing a code in is also how promo codes are used: only secret codes (OTP, PIN, "the 6 digits")
re:(otp|pin|စကားဝှက်|password|ဂဏန်း|[0-9၀-၉]\s?လုံး)[^။]{0,30}[^။မ](ဖြည့်ပေး|ဖြည့်ပါ|ရိုက်ထည့်|ပေးပါ) | scam:action | 0.75 | code
re:(ကုဒ်|code|otp)[^။]{0,30}(screenshot|reply)\s?[\x{1000}-\x{109F}] | scam:action | 0.8 | code
re:(pin|otp|ကုဒ်|စကားဝှက်|password)\s?(နံပါတ်)?\s?(ဖြင့်|နဲ့|ကို)\s?(အတည်ပြု|login|ဝင်|ရိုက်|ဖြည့်) | scam:action | 0.75 | code
re:(pin|စကားဝှက်|password)\s?(နံပါတ်)?\s?(ကို)?\s?(ရိုက်လိုက်|ရိုက်ထည့်|ထည့်လိုက်) | scam:action | 0.75 | code
re:\bid\b\s?(နံပါတ်)?\s?(ကို)?[^။]{0,20}(ပို့ပေး|ပြောပြ|ပို့ပါ|ဖတ်ပြ) | scam:action | 0.7 | code
# top-up and gift cards: "buy a card and send the numbers / a photo"
re:(ငွေဖြည့်ကတ်|ဖုန်းကတ်|ဘေလ်ကတ်|top ?up card|google play card|itunes card|steam card)[^။]{0,50}(နံပါတ်|ကုဒ်|code|ဓာတ်ပုံ|ပုံ)[^။]{0,20}(ပို့|ရိုက်ပို့) | scam:action | 0.85 | code

# --- details: card, account and ID numbers sent or typed in ------------------------------------
re:(ဘဏ်အကောင့်|အကောင့်နံပါတ်|nrc|မှတ်ပုံတင်|ကတ်နံပါတ်|cvv|ကတ်အချက်အလက်|atm)[^။]{0,50}(reply\s?ပြန်|ပြန်ပါ|ပြန်ပို့|ပို့ပေး|ထည့်သွင်းပါ|ရိုက်ထည့်|ပေးပို့|ဖြည့်ပါ|ဖြည့်ရန်) | scam:action | 0.75 | details
ကတ်အချက်အလက်            | scam:action | 0.6  | details
re:(upgrade|အဆင့်မြှင့်)\s?(လုပ်)?\s?(ပါ|ရန်|ပေးပါ) | scam:action | 0.5 | details

# --- money: pay, settle, lend, help transfer ---------------------------------------------------
re:လွှဲ\s?(ပေး|လိုက်)(ပြီး|ရင်|လိုက်ရင်) | scam:action | 0.6 | transfer
re:(သို့|ကို|ဆီ)\s?လွှဲ(ပြီး|ပေးပြီး|လိုက်ပြီး) | scam:action | 0.6 | transfer
re:(ဒဏ်ကြေး|ဒဏ်ငွေ|အခွန်|ကြေး|ဘေလ်|ငွေ|ks|ကျပ်|mmk)[^။]{0,40}(ရှင်းပါ|ရှင်းလင်းပါ|ရှင်းပေးပါ) | scam:action | 0.6 | transfer
re:(ကူ)?လွှဲပေး(နိုင်မလား|ပါလား|ပါဦး|ပါနော်|ပေးပါ) | scam:action | 0.65 | transfer
re:ကူ(ညီ)?\s?(ပေး|ထည့်ပေး|စိုက်ပေး)(ပါနော်|ပါဦး|ပါလား|နိုင်မလား) | scam:action | 0.5 | transfer
re:ချေး(ပါလား|ပေးပါလား|ပေးပါ|ပါဦး|ပေးနိုင်မလား|လို့ရမလား|ထားပါဦး) | scam:action | 0.6 | transfer
re:(ပြေစာ|screenshot|\bss\b|slip)\s?(ကို)?\s?(ပို့|ရိုက်ပို့)(ပေး)?(ပါ|ရင်) | scam:action | 0.55 | transfer
re:\bqr\b\s?(code)?\s?(scan)?[^။]{0,10}(ဖြင့်|နဲ့)\s?(ပေးချေ|ငွေချေ|လွှဲ) | scam:action | 0.45 | transfer
re:(အာမခံ|အပ်ငွေ|စရံ)\s?(ငွေ)?\s?(အဖြစ်|အနေနဲ့|အနေဖြင့်)[^။]{0,15}(တင်|ထည့်|လွှဲ|ပေး|သွင်း) | scam:action | 0.7 | transfer
re:top ?up\s?(လုပ်)?\s?(ပေးပါ|ပါ|ရမယ်|ရပါမယ်) | scam:action | 0.6 | transfer

# --- calls, links, contact ---------------------------------------------------------------------
re:(^|\s)[0-9၀-၉]\s?(ကို)\s?နှိပ်(ပါ|ပြီး|ကာ) | scam:action | 0.7 | call
re:(ပြန်ခေါ်|ပြန်ဆက်)(ပါ|ပေးပါ|ရန်) | scam:action | 0.55 | call
re:နားထောင်(ပါ|ရန်အတွက်|နိုင်ပါသည်) | scam:action | 0.5 | link
re:inbox\s?(ဝင်|ပို့|ထဲ)    | scam:action | 0.55 | contact
re:(viber|telegram|whatsapp|messenger|signal|line|wechat)\s?(ပေါ်)?(ရှိ|က|မှာ)?[^။]{0,40}\badd\s?(လုပ်|ထား) | scam:action | 0.6 | contact
re:(play|app)\s?store[^။]{0,20}(မရ|မတွေ့) | scam:action | 0.8 | app

# ============================================================================================
# scam:aware — advice and warnings
# ============================================================================================
re:(ဝန်ထမ်း|ဘဏ်|ရဲ|မိသားစု)[^။]{0,6}(အပါအဝင်|ပင်ဖြစ်စေ|ဖြစ်စေ)\s?[^။]{0,20}(မပြော|မပေး|မမျှဝေ|မပို့) | scam:aware
re:(ဆိုတဲ့|ဆိုသည့်|ဟူသော|ဟုဆိုသော|လို့ပြောတဲ့|ဟုပြောသော)\s?(မက်ဆေ့|message|sms|စာ|ဖုန်း|call|post|link) | scam:aware
# ("never tell anyone" is left out: that is what the scams themselves say)
re:(ဘယ်တော့မှ|မည်သည့်အခါမျှ|လုံးဝ)\s?(ပြန်)?\s?(မပို့|မပေး|မနှိပ်|မလွှဲ|မဖွင့်|မဒေါင်း|မထည့်)(ပါနဲ့|နဲ့|ပါနှင့်) | scam:aware
re:သတိပေး(ကြ|ကြပါ|ပေးကြ)   | scam:aware
re:မယုံ(နဲ့|ကြနဲ့|ပါနှင့်|ကြပါနှင့်)(နော်|ဦး)? | scam:aware

# ============================================================================================
# allow — honest wording
# ============================================================================================
# "transfer" as a noun: "for a transfer of N kyat" (an OTP message), not "transfer"
re:ငွေလွှဲမှု(အတွက်|အား|ကို)? | allow
# "we charge no more than the official fee", "no entry fee, no deposit"
re:(ဝန်ဆောင်ခ|ကြေး|စရံ|အာမခံကြေး)\s?(ထက်)?\s?(ပို)?\s?(လုံးဝ)?\s?(မကောက်|မယူ|မရှိ|မလို)(ပါ)? | allow
# a one-time code delivered with a dash or words between ("OTP - 415900", "code is 4159"): given, not asked for
re:(otp|ကုဒ်|code)\s?(-|–|is|မှာ|သည်|နံပါတ်|ကုဒ်)\s?(-|:)?\s?[0-9၀-၉]{4,8} | allow
