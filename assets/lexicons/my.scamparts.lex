# Burmese scam parts (issue 15): who a message claims to be, the problem or prize it announces, the
# pressure it applies and what it asks you to do. Parts never warn alone; they count when they meet.
# Unicode Burmese only (posts in the legacy Zawgyi encoding do not match). Burmese has no word
# edges: every entry matches as a substring, so entries are long enough to mean one thing (no bare
# "ရဲ", found in ရဲရင့်; no bare "အမေ", found in အမေရိကန်). Burmese posts mix in English words
# (link, app, OTP, account): those are written as they are typed, with and without a space.
# Latin brand forms (kbz, kbzpay, wavemoney, mpt…) are also the words the layer looks for in link
# hosts (kbzpay-gift.top): only brands, never everyday words.
@format 1
@lang my
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language and of public scam-awareness advice)
@licence MIT
# term | class | weight | kind

# ============================================================================================
# scam:sender
# ============================================================================================
# --- banks ----------------------------------------------------------------------------------
ဘဏ်                    | scam:sender | 0.5  | bank
ဘဏ်ဝန်ထမ်း              | scam:sender | 0.7  | bank
ဘဏ်မှ                   | scam:sender | 0.55 | bank
ကမ္ဘောဇဘဏ်              | scam:sender | 0.95 | bank
kbz                    | scam:sender | 0.9  | bank
kbz bank               | scam:sender | 0.95 | bank
kbzbank                | scam:sender | 0.95 | bank
ကေဘီဇက်                | scam:sender | 0.85 | bank
cb bank                | scam:sender | 0.9  | bank
cbbank                 | scam:sender | 0.9  | bank
စီဘီဘဏ်                 | scam:sender | 0.9  | bank
သမဝါယမဘဏ်              | scam:sender | 0.85 | bank
aya bank               | scam:sender | 0.9  | bank
ayabank                | scam:sender | 0.9  | bank
ဧရာဝတီဘဏ်               | scam:sender | 0.9  | bank
yoma bank              | scam:sender | 0.9  | bank
yomabank               | scam:sender | 0.9  | bank
ရိုးမဘဏ်                 | scam:sender | 0.9  | bank
uab bank               | scam:sender | 0.85 | bank
ယူအေဘီဘဏ်               | scam:sender | 0.85 | bank
agd bank               | scam:sender | 0.85 | bank
mab bank               | scam:sender | 0.85 | bank
မြန်မာ့စီးပွားရေးဘဏ်        | scam:sender | 0.9  | bank
# the central bank is impersonated as an authority
ဗဟိုဘဏ်                 | scam:sender | 0.85 | government

# --- wallets --------------------------------------------------------------------------------
kbzpay                 | scam:sender | 0.95 | wallet
kbz pay                | scam:sender | 0.95 | wallet
kpay                   | scam:sender | 0.85 | wallet
ကေပေး                  | scam:sender | 0.8  | wallet
wave money             | scam:sender | 0.95 | wallet
wavemoney              | scam:sender | 0.95 | wallet
wave pay               | scam:sender | 0.95 | wallet
wavepay                | scam:sender | 0.95 | wallet
aya pay                | scam:sender | 0.9  | wallet
ayapay                 | scam:sender | 0.9  | wallet
cb pay                 | scam:sender | 0.85 | wallet
cbpay                  | scam:sender | 0.85 | wallet
uabpay                 | scam:sender | 0.85 | wallet
onepay                 | scam:sender | 0.85 | wallet
okdollar               | scam:sender | 0.85 | wallet
ok dollar              | scam:sender | 0.85 | wallet
mytel pay              | scam:sender | 0.85 | wallet
mytelpay               | scam:sender | 0.85 | wallet
mpitesan               | scam:sender | 0.8  | wallet

# --- telecoms -------------------------------------------------------------------------------
mpt                    | scam:sender | 0.85 | telecom
အမ်ပီတီ                 | scam:sender | 0.8  | telecom
ooredoo                | scam:sender | 0.9  | telecom
atom myanmar           | scam:sender | 0.85 | telecom
atom sim               | scam:sender | 0.7  | telecom
mytel                  | scam:sender | 0.9  | telecom
telenor                | scam:sender | 0.7  | telecom
ဆင်းကတ်ကုမ္ပဏီ            | scam:sender | 0.6  | telecom
ဖုန်းလိုင်းကုမ္ပဏီ           | scam:sender | 0.6  | telecom

# --- couriers -------------------------------------------------------------------------------
မြန်မာ့စာတိုက်             | scam:sender | 0.85 | courier
myanmar post           | scam:sender | 0.85 | courier
စာတိုက်                 | scam:sender | 0.55 | courier
ပါဆယ်ကုမ္ပဏီ              | scam:sender | 0.6  | courier
ပို့ဆောင်ရေးကုမ္ပဏီ          | scam:sender | 0.6  | courier
royal express          | scam:sender | 0.8  | courier
ninja van              | scam:sender | 0.85 | courier
ninjavan               | scam:sender | 0.85 | courier
dhl                    | scam:sender | 0.8  | courier
ကာဂို                   | scam:sender | 0.4  | courier

# --- government and police ------------------------------------------------------------------
ရဲစခန်း                  | scam:sender | 0.8  | police
ရဲတပ်ဖွဲ့                 | scam:sender | 0.8  | police
ရဲအရာရှိ                 | scam:sender | 0.8  | police
ရဲမှူး                   | scam:sender | 0.75 | police
ရဲအုပ်                   | scam:sender | 0.75 | police
အထူးစုံစမ်းစစ်ဆေးရေး       | scam:sender | 0.8  | police
ဝန်ကြီးဌာန               | scam:sender | 0.65 | government
ပြည်ထဲရေးဝန်ကြီးဌာန         | scam:sender | 0.85 | government
အခွန်ဦးစီးဌာန             | scam:sender | 0.85 | government
အကောက်ခွန်ဦးစီးဌာန         | scam:sender | 0.85 | government
အကောက်ခွန်ဌာန            | scam:sender | 0.8  | government
လူဝင်မှုကြီးကြပ်ရေး          | scam:sender | 0.75 | government
တရားရုံး                 | scam:sender | 0.65 | government
လျှပ်စစ်ဓာတ်အား           | scam:sender | 0.6  | government
လျှပ်စစ်ရုံး               | scam:sender | 0.6  | government
yesc                   | scam:sender | 0.75 | government
mesc                   | scam:sender | 0.7  | government
ycdc                   | scam:sender | 0.65 | government
အစိုးရ                  | scam:sender | 0.45 | government

# --- platforms ------------------------------------------------------------------------------
facebook               | scam:sender | 0.4  | platform
tiktok                 | scam:sender | 0.45 | platform
page admin             | scam:sender | 0.4  | platform

# --- relatives and friends ------------------------------------------------------------------
အမေရေ                  | scam:sender | 0.5  | relative
မေမေ                   | scam:sender | 0.45 | relative
အဖေရေ                  | scam:sender | 0.5  | relative
ဖေဖေ                   | scam:sender | 0.45 | relative
သားပါ                  | scam:sender | 0.5  | relative
သမီးပါ                  | scam:sender | 0.55 | relative
ဖုန်းနံပါတ်အသစ်            | scam:sender | 0.55 | relative
နံပါတ်အသစ်               | scam:sender | 0.45 | relative
ဖုန်းပျောက်                | scam:sender | 0.45 | relative
ဖုန်းပျက်                 | scam:sender | 0.45 | relative
အကောင့်အသစ်              | scam:sender | 0.45 | relative

# --- recruiters, lenders, investment --------------------------------------------------------
ဝန်ထမ်းခေါ်               | scam:sender | 0.45 | employer
အလုပ်ခေါ်                | scam:sender | 0.4  | employer
အလုပ်အကိုင်အေဂျင်စီ        | scam:sender | 0.5  | employer
အွန်လိုင်းချေးငွေ            | scam:sender | 0.75 | lender
ချေးငွေ app              | scam:sender | 0.75 | lender
ချေးငွေအက်ပ်              | scam:sender | 0.75 | lender
ချေးငွေကုမ္ပဏီ             | scam:sender | 0.65 | lender
ရင်းနှီးမြှုပ်နှံမှုကုမ္ပဏီ       | scam:sender | 0.55 | investment

# ============================================================================================
# scam:problem
# ============================================================================================
# --- account --------------------------------------------------------------------------------
သင့်အကောင့်               | scam:problem | 0.45 | account
အကောင့်ပိတ်ခံရ            | scam:problem | 0.8  | account
အကောင့်ကိုပိတ်             | scam:problem | 0.75 | account
အကောင့်ပိတ်               | scam:problem | 0.7  | account
account ပိတ်             | scam:problem | 0.7  | account
ယာယီပိတ်ထား              | scam:problem | 0.75 | account
အကောင့်ရပ်ဆိုင်း           | scam:problem | 0.8  | account
ရပ်ဆိုင်းထား              | scam:problem | 0.6  | account
အကောင့်အတည်ပြု           | scam:problem | 0.65 | account
အတည်ပြုရန်လိုအပ်          | scam:problem | 0.7  | account
kyc                    | scam:problem | 0.5  | account
ကိုယ်ရေးအချက်အလက်အတည်ပြု   | scam:problem | 0.65 | account
ပုံမှန်မဟုတ်သော            | scam:problem | 0.55 | account
သံသယဖြစ်ဖွယ်             | scam:problem | 0.55 | account
hack ခံရ                | scam:problem | 0.55 | account
ဆင်းကတ်ပိတ်ခံရ            | scam:problem | 0.75 | account
ဆင်းကတ်ပိတ်               | scam:problem | 0.65 | account
ဆင်းကတ်ပြန်လည်မှတ်ပုံတင်    | scam:problem | 0.7  | account
ဆင်းကတ်မှတ်ပုံတင်          | scam:problem | 0.55 | account

# --- parcels --------------------------------------------------------------------------------
သင့်ပါဆယ်                | scam:problem | 0.6  | parcel
ပါဆယ်ထုပ်                | scam:problem | 0.45 | parcel
ပါဆယ်                   | scam:problem | 0.35 | parcel
ပို့ဆောင်၍မရ               | scam:problem | 0.75 | parcel
ပို့ဆောင်လို့မရ             | scam:problem | 0.75 | parcel
လိပ်စာမပြည့်စုံ            | scam:problem | 0.8  | parcel
လိပ်စာမှား                | scam:problem | 0.6  | parcel
ထိန်းသိမ်းထား             | scam:problem | 0.45 | parcel

# --- refunds and aid ------------------------------------------------------------------------
ငွေပြန်အမ်း               | scam:problem | 0.6  | refund
အခွန်ငွေပြန်              | scam:problem | 0.7  | refund
ထောက်ပံ့ငွေ               | scam:problem | 0.55 | refund
အစိုးရထောက်ပံ့ငွေ          | scam:problem | 0.7  | refund
အကူအညီငွေ               | scam:problem | 0.5  | refund
မီတာခပြန်အမ်း             | scam:problem | 0.75 | refund

# --- prizes ---------------------------------------------------------------------------------
ကံထူးရှင်အဖြစ်             | scam:problem | 0.85 | prize
ကံထူးရှင်                 | scam:problem | 0.75 | prize
ဆုကြီးပေါက်               | scam:problem | 0.75 | prize
ဆုပေါက်                  | scam:problem | 0.65 | prize
ကံစမ်းမဲပေါက်              | scam:problem | 0.75 | prize
ကံစမ်းမဲ                  | scam:problem | 0.45 | prize
ဆုရရှိ                   | scam:problem | 0.6  | prize
ဆုငွေ                    | scam:problem | 0.55 | prize
အခမဲ့လက်ဆောင်            | scam:problem | 0.6  | prize
ဂုဏ်ယူပါတယ်              | scam:problem | 0.45 | prize
ဂုဏ်ယူပါသည်              | scam:problem | 0.45 | prize
ရွေးချယ်ခံရ               | scam:problem | 0.35  | prize
ဖုန်းဘေလ်အခမဲ့             | scam:problem | 0.6  | prize

# --- jobs -----------------------------------------------------------------------------------
အိမ်မှာနေရင်းဝင်ငွေ          | scam:problem | 0.7  | job
အိမ်မှာနေရင်း              | scam:problem | 0.45 | job
like နှိပ်ရုံ              | scam:problem | 0.7  | job
likeနှိပ်ရုံ               | scam:problem | 0.7  | job
share ရုံ               | scam:problem | 0.55 | job
နေ့စဉ်ဝင်ငွေ              | scam:problem | 0.55 | job
တစ်နေ့ဝင်ငွေ              | scam:problem | 0.5  | job
ဖုန်းတစ်လုံးနဲ့             | scam:problem | 0.5  | job
အချိန်ပိုင်းအလုပ်          | scam:problem | 0.4  | job
အတွေ့အကြုံမလို            | scam:problem | 0.35 | job

# --- investment -----------------------------------------------------------------------------
အမြတ်အာမခံ              | scam:problem | 0.8  | investment
အမြတ်ငွေအာမခံ            | scam:problem | 0.8  | investment
နေ့စဉ်အမြတ်              | scam:problem | 0.6  | investment
ငွေနှစ်ဆ                 | scam:problem | 0.75 | investment
နှစ်ဆပြန်ရ               | scam:problem | 0.8  | investment
အရှုံးမရှိ                | scam:problem | 0.65 | investment

# --- loans ----------------------------------------------------------------------------------
အာမခံပစ္စည်းမလို           | scam:problem | 0.7  | loan
ချက်ချင်းချေး             | scam:problem | 0.65 | loan
ချေးငွေချက်ချင်း           | scam:problem | 0.7  | loan
မှတ်ပုံတင်တစ်ခုတည်းနဲ့      | scam:problem | 0.65 | loan
ချေးငွေအတည်ပြုပြီး         | scam:problem | 0.7  | loan
ချေးငွေ                  | scam:problem | 0.35 | loan

လက်ဆောင်ပါဆယ်            | scam:problem | 0.6  | romance
နိုင်ငံခြားကလက်ဆောင်       | scam:problem | 0.65 | romance

# --- legal ----------------------------------------------------------------------------------
ငွေကြေးခဝါချ             | scam:problem | 0.8  | legal
ငွေမည်းခဝါချ             | scam:problem | 0.8  | legal
မူးယစ်ဆေးဝါးပါ           | scam:problem | 0.75 | legal
မူးယစ်ဆေးဝါး             | scam:problem | 0.5  | legal
ဖမ်းဝရမ်း                | scam:problem | 0.8  | legal
တရားစွဲဆိုခံရ             | scam:problem | 0.7  | legal
တရားစွဲ                  | scam:problem | 0.5  | legal
ဒဏ်ငွေ                  | scam:problem | 0.5  | legal
ရာဇဝတ်မှု                | scam:problem | 0.5  | legal
ပတ်သက်နေသည်              | scam:problem | 0.45  | legal

# --- voicemail ------------------------------------------------------------------------------
လွတ်သွားသောဖုန်းခေါ်ဆိုမှု     | scam:problem | 0.5  | voicemail
အသံမက်ဆေ့               | scam:problem | 0.45 | voicemail

# --- fees -----------------------------------------------------------------------------------
ဝန်ဆောင်ခအရင်            | scam:problem | 0.75 | fee
ဝန်ဆောင်ခ                | scam:problem | 0.45 | fee
ပို့ဆောင်ခ                | scam:problem | 0.45 | fee
အကောက်ခွန်ဆောင်          | scam:problem | 0.7  | fee
အခွန်ဆောင်               | scam:problem | 0.55 | fee
ကြိုတင်ငွေလွှဲ             | scam:problem | 0.8  | fee
ကြိုတင်ငွေ               | scam:problem | 0.6  | fee
စရံငွေ                  | scam:problem | 0.5  | fee
မှတ်ပုံတင်ကြေး            | scam:problem | 0.6  | fee
အရင်ငွေလွှဲ               | scam:problem | 0.75 | fee
ငွေအရေးပေါ်လို            | scam:problem | 0.6  | fee

# ============================================================================================
# scam:pressure
# ============================================================================================
၂၄ နာရီအတွင်း            | scam:pressure | 0.8  | deadline
၂၄နာရီအတွင်း             | scam:pressure | 0.8  | deadline
24 နာရီအတွင်း            | scam:pressure | 0.8  | deadline
24နာရီအတွင်း             | scam:pressure | 0.8  | deadline
နာရီအတွင်း               | scam:pressure | 0.6  | deadline
မိနစ်အတွင်း               | scam:pressure | 0.65 | deadline
ယနေ့အတွင်း               | scam:pressure | 0.65 | deadline
ဒီနေ့အတွင်း               | scam:pressure | 0.65 | deadline
ချက်ချင်း                 | scam:pressure | 0.45 | deadline
အမြန်ဆုံး                 | scam:pressure | 0.5  | deadline
အလျင်အမြန်               | scam:pressure | 0.55 | deadline
အရေးပေါ်                 | scam:pressure | 0.45 | deadline
နောက်ဆုံးအခွင့်အရေး        | scam:pressure | 0.6  | deadline
နောက်ဆုံးရက်              | scam:pressure | 0.45 | deadline
သက်တမ်းကုန်               | scam:pressure | 0.45 | deadline
အကောင့်ပိတ်ပါမည်           | scam:pressure | 0.8  | threat
ပိတ်သိမ်းခံရမည်            | scam:pressure | 0.8  | threat
ပိတ်ပစ်မည်               | scam:pressure | 0.75 | threat
ပိတ်ခံရမည်               | scam:pressure | 0.7  | threat
ပိတ်သွားမယ်               | scam:pressure | 0.6  | threat
အရေးယူခံရမည်             | scam:pressure | 0.8  | threat
ဥပဒေအရအရေးယူ           | scam:pressure | 0.8  | threat
ဥပဒေအရ အရေးယူ          | scam:pressure | 0.8  | threat
ထောင်ဒဏ်                 | scam:pressure | 0.65 | threat
ဖမ်းဆီးခံရမည်             | scam:pressure | 0.8  | threat
ဖမ်းဆီး                  | scam:pressure | 0.55 | threat
မီးဖြတ်                   | scam:pressure | 0.35 | threat
လိုင်းဖြတ်                 | scam:pressure | 0.55 | threat
ဘယ်သူ့ကိုမှမပြောပါနဲ့       | scam:pressure | 0.8  | secrecy
ဘယ်သူ့ကိုမှမပြောနဲ့         | scam:pressure | 0.8  | secrecy
ဘယ်သူ့ကိုမှ မပြောပါနဲ့      | scam:pressure | 0.8  | secrecy
မိသားစုကိုမပြောပါနဲ့         | scam:pressure | 0.8  | secrecy
မိသားစုကိုမပြောနဲ့           | scam:pressure | 0.8  | secrecy
လျှို့ဝှက်ထား              | scam:pressure | 0.65 | secrecy
ဖုန်းမချပါနဲ့               | scam:pressure | 0.75 | secrecy
ဖုန်းမချနဲ့                | scam:pressure | 0.75 | secrecy

# ============================================================================================
# scam:action
# ============================================================================================
# --- links ----------------------------------------------------------------------------------
link ကိုနှိပ်             | scam:action | 0.75 | link
linkကိုနှိပ်              | scam:action | 0.75 | link
link နှိပ်               | scam:action | 0.7  | link
linkနှိပ်                | scam:action | 0.7  | link
လင့်ခ်ကိုနှိပ်             | scam:action | 0.75 | link
လင့်ကိုနှိပ်              | scam:action | 0.75 | link
လင့်ခ်                  | scam:action | 0.4  | link
အောက်ပါ link            | scam:action | 0.6  | link
အောက်ပါလင့်ခ်            | scam:action | 0.65 | link
ဒီမှာနှိပ်                | scam:action | 0.6  | link
နှိပ်ပါ                  | scam:action | 0.45 | link
login ဝင်               | scam:action | 0.55 | link
ဝင်ရောက်အတည်ပြု         | scam:action | 0.7  | link
ဝင်ရောက်ပါ               | scam:action | 0.45 | link
စာရင်းသွင်းပါ             | scam:action | 0.5  | link

# --- calls ----------------------------------------------------------------------------------
ဖုန်းပြန်ဆက်              | scam:action | 0.6  | call
ပြန်ဆက်သွယ်              | scam:action | 0.55 | call
ဖုန်းဆက်ပါ               | scam:action | 0.55 | call
ဆက်သွယ်ပါ               | scam:action | 0.45 | call
9 ကိုနှိပ်                | scam:action | 0.75 | call
၉ ကိုနှိပ်                | scam:action | 0.75 | call

# --- apps -----------------------------------------------------------------------------------
app ကိုဒေါင်းလုဒ်          | scam:action | 0.65 | app
app ဒေါင်း              | scam:action | 0.55 | app
ဒေါင်းလုဒ်လုပ်             | scam:action | 0.5  | app
ဒေါင်းလုပ်                | scam:action | 0.45 | app
ဒေါင်းလုဒ်                | scam:action | 0.45 | app
install လုပ်             | scam:action | 0.55 | app
apk                    | scam:action | 0.85 | app
anydesk                | scam:action | 0.9  | app
teamviewer             | scam:action | 0.85 | app
မျက်နှာပြင်မျှဝေ           | scam:action | 0.75 | app
screen share           | scam:action | 0.7  | app

# --- money ----------------------------------------------------------------------------------
ငွေအားလုံးလွှဲ             | scam:action | 0.85 | transfer
ငွေလွှဲပေးပါ              | scam:action | 0.7  | transfer
လွှဲပေးပါ                | scam:action | 0.65 | transfer
ငွေလွှဲပါ                 | scam:action | 0.65 | transfer
ငွေလွှဲ                   | scam:action | 0.5  | transfer
ငွေသွင်း                  | scam:action | 0.45 | transfer
ငွေဖြည့်                  | scam:action | 0.45 | transfer
ပေးချေပါ                 | scam:action | 0.55 | transfer
ငွေပေးချေ                | scam:action | 0.45 | transfer
ဘေလ်ဖြည့်ပေး              | scam:action | 0.55 | transfer

# --- codes ----------------------------------------------------------------------------------
otp ပို့ပေး               | scam:action | 0.9  | code
otp ကိုပို့               | scam:action | 0.9  | code
otp ပြောပြ              | scam:action | 0.9  | code
otp ပေးပါ               | scam:action | 0.85 | code
otp ကုဒ်                | scam:action | 0.55 | code
otp code               | scam:action | 0.55 | code
otp                    | scam:action | 0.45 | code
ကုဒ်နံပါတ်ပို့             | scam:action | 0.8  | code
ကုဒ်ပို့ပေး               | scam:action | 0.8  | code
ကုဒ်မှားပို့               | scam:action | 0.85 | code
မှားပို့မိ                 | scam:action | 0.6  | code
အတည်ပြုကုဒ်              | scam:action | 0.55 | code
လျှို့ဝှက်နံပါတ်            | scam:action | 0.55 | code
pin နံပါတ်               | scam:action | 0.6  | code
စကားဝှက်                 | scam:action | 0.5  | code

# --- details --------------------------------------------------------------------------------
အချက်အလက်ဖြည့်           | scam:action | 0.6  | details
အချက်အလက်များဖြည့်        | scam:action | 0.6  | details
ကိုယ်ရေးအချက်အလက်         | scam:action | 0.5  | details
မှတ်ပုံတင်ဓာတ်ပုံ            | scam:action | 0.65 | details
မှတ်ပုံတင်အရှေ့အနောက်       | scam:action | 0.7  | details
မှတ်ပုံတင်နံပါတ်            | scam:action | 0.5  | details
ကတ်နံပါတ်                | scam:action | 0.55 | details
ဘဏ်အကောင့်နံပါတ်          | scam:action | 0.5  | details

# --- contact --------------------------------------------------------------------------------
viber                  | scam:action | 0.4  | contact
telegram               | scam:action | 0.4  | contact
messenger              | scam:action | 0.35 | contact
inbox                  | scam:action | 0.35 | contact
message ပို့ပါ           | scam:action | 0.5  | contact
စာပို့ပါ                 | scam:action | 0.45 | contact

# ============================================================================================
# scam:aware — warnings and advice about scams: parts near them count for little
# ============================================================================================
သတိထားကြပါ             | scam:aware
လိမ်လည်                 | scam:aware
ငွေလိမ်                  | scam:aware
လိမ်ညာ                 | scam:aware
အလိမ်ခံရ                | scam:aware
အလိမ်ခံရမယ်             | scam:aware
မလိမ်ခံရ                | scam:aware
မယုံကြပါနဲ့               | scam:aware
မယုံပါနဲ့                 | scam:aware
fake page              | scam:aware
page အတု               | scam:aware
အတုအယောင်              | scam:aware
ဘယ်သူ့ကိုမှမပေးပါနဲ့        | scam:aware
ဘယ်သူ့ကိုမှ မပေးပါနဲ့       | scam:aware
မျှဝေခြင်းမပြုပါနှင့်         | scam:aware
မမျှဝေပါနဲ့               | scam:aware
scammer                | scam:aware
