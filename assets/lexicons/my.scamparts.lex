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
အကောင့်အသစ်              | scam:sender | 0.45 | relative

# --- recruiters, lenders, investment --------------------------------------------------------
ဝန်ထမ်းခေါ်               | scam:sender | 0.35 | employer
အလုပ်ခေါ်                | scam:sender | 0.3  | employer
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
သင့်အကောင့်               | scam:problem | 0.25 | account
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
# (a bare "parcel" or "your parcel" is no problem: delivery updates say it too; the trouble words
# below are what scams add)
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
အိမ်မှာနေရင်း              | scam:problem | 0.35 | job
like နှိပ်ရုံ              | scam:problem | 0.7  | job
likeနှိပ်ရုံ               | scam:problem | 0.7  | job
share ရုံ               | scam:problem | 0.55 | job
နေ့စဉ်ဝင်ငွေ              | scam:problem | 0.55 | job
တစ်နေ့ဝင်ငွေ              | scam:problem | 0.5  | job
ဖုန်းတစ်လုံးနဲ့             | scam:problem | 0.5  | job
အချိန်ပိုင်းအလုပ်          | scam:problem | 0.2  | job
အတွေ့အကြုံမလို            | scam:problem | 0.25 | job

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
ချေးငွေအတည်ပြုပြီး         | scam:problem | 0.4  | loan

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
ကြိုတင်ငွေလွှဲ             | scam:problem | 0.65 | fee
ကြိုတင်ငွေ               | scam:problem | 0.45 | fee
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
ယနေ့အတွင်း               | scam:pressure | 0.5  | deadline
ဒီနေ့အတွင်း               | scam:pressure | 0.5  | deadline
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

# ============================================================================================
# 2026-12 additions (original work, MIT): parts written the way Burmese messages really spell
# them, with and without the spaces people put between phrases (`\s?`), Burmese digits (၀-၉) as
# well as Latin ones, and the short chains scams are built from ("pay the … fee first", "send the
# code back", "tell nobody at the bank", "only N left"). Advice and real notices are kept quiet by
# the awareness and allow lines at the end.
# ============================================================================================

# --- senders --------------------------------------------------------------------------------
# (brand and platform words whose own sites are not in ../misinfo/brands.tsv are written as
# patterns: a plain single Latin word is also looked for in link hosts, and the brand's real
# site would then count as an impersonation)
re:\bmyanma posts?\b     | scam:sender | 0.85 | courier
marathon myanmar       | scam:sender | 0.7  | courier
m-pitesan              | scam:sender | 0.8  | wallet
m pitesan              | scam:sender | 0.8  | wallet
# ATOM is the brand that replaced Telenor Myanmar
atom                   | scam:sender | 0.55 | telecom
re:\bbroadband\b        | scam:sender | 0.4  | telecom
ဆက်သွယ်ရေးဦးစီးဌာန       | scam:sender | 0.8  | government
ပြည်တွင်းအခွန်            | scam:sender | 0.85 | government
internal revenue       | scam:sender | 0.85 | government
re:\bird\b              | scam:sender | 0.6  | government
re:အခွန်(များ)?\s?ဦးစီးဌာန  | scam:sender | 0.9  | government
လူမှုဖူလုံရေး              | scam:sender | 0.8  | government
# "staff of the … Department informs you", "the Department's app"
re:ဦးစီးဌာန\s?(ဝန်ထမ်း|အရာရှိ) | scam:sender | 0.55 | government
re:(ဌာန|ဝန်ကြီးဌာန|အစိုးရ)\s?(၏|ရဲ့)\s?(app|အက်ပ်|application) | scam:sender | 0.6 | government
လူမှုဝန်ထမ်း              | scam:sender | 0.7  | government
# "I'm staff from …" (a bank's head office, a department, a company)
re:(က|မှ)\s?ဝန်ထမ်း(ပါ|ဖြစ်ပါတယ်|ဖြစ်ပါသည်) | scam:sender | 0.5 | platform
စုံစမ်းရေးအရာရှိ           | scam:sender | 0.7  | police
ဆိုက်ဘာမှုခင်း             | scam:sender | 0.7  | police
re:\bcity ?mart\b       | scam:sender | 0.6  | platform
re:\b(ocean supercenter|capital hypermarket)\b | scam:sender | 0.55 | platform
facebook support       | scam:sender | 0.75 | platform
meta support           | scam:sender | 0.75 | platform
re:\b(dating|tinder|bumble|tantan|badoo)\b | scam:sender | 0.45 | platform
# platforms a task job claims to work for ("write reviews for Agoda")
re:\b(youtube|agoda|google maps|booking\.com)\b | scam:sender | 0.4 | platform
shopee                 | scam:sender | 0.4  | platform
lazada                 | scam:sender | 0.4  | platform
amazon                 | scam:sender | 0.4  | platform
# Myanmar retail chains whose names fake giveaways borrow
re:\b(sein gay har|junction city|pro 1 plus|abc convenience)\b | scam:sender | 0.55 | platform
ဖောက်သည်ဝန်ဆောင်မှု       | scam:sender | 0.45 | platform
# "there is a message for you on Viber / Messenger": the app itself is claimed as the sender
re:(viber|messenger|whatsapp|telegram|signal|wechat|line|imo)\s?(တွင်|မှ|ပေါ်တွင်)[^။]{0,20}(မက်ဆေ့|message|စာ) | scam:sender | 0.5 | platform
# "do as our staff / the officer tells you"
re:(ဝန်ထမ်း|အရာရှိ)\s?(ပြော|ညွှန်ကြား)(တဲ့|သည့်|သော)\s?အတိုင်း | scam:sender | 0.45 | platform
# relatives: "mum, it's your daughter", "grandma, it's your grandson", "hey, it's me"
re:(မေမေ|အမေ|မေ|မာမီ|ဖေဖေ|အဖေ|ဖေ|ဒယ်ဒီ|အဖွား|အဘိုး|ဘွားဘွား|ဦးလေး|အန်တီ|အစ်မ|အစ်ကို|mom|mum|dad)\s?(ရေ|၊|,)?\s?(သမီး|သား|မြေး|တူ|ညီမ|ညီ)(လေး)?\s?(ပါ|ရဲ့) | scam:sender | 0.85 | relative
re:(ဟေ့|ဟိုင်း|hi)\s?(ငါ|ကိုယ်|ကျွန်တော်|ကျွန်မ)\s?(ပါ|လေ) | scam:sender | 0.5 | relative
re:(သူငယ်ချင်း|ဆိုင်က|တခြားသူ|သူများ|ရုံးက)\s?(ရဲ့)?\s?ဖုန်း\s?(နဲ့|ဖြင့်|က) | scam:sender | 0.6 | relative
re:(နံပါတ်|ဖုန်း)\s?အသစ်     | scam:sender | 0.5  | relative
re:save\s?(ထား|လုပ်)       | scam:sender | 0.5  | relative
ညီမလေး                 | scam:sender | 0.35 | relative
ညီလေး                  | scam:sender | 0.35 | relative
ချစ်လေး                 | scam:sender | 0.4  | relative
ချစ်ရေ                  | scam:sender | 0.4  | relative
re:(မင်း|နင်)(နဲ့|ကို)\s?(အရမ်း)?\s?(ရင်းနှီး|ချစ်|လွမ်း) | scam:sender | 0.45 | relative
# recruiters, lenders, investment "mentors"
re:ဝန်ထမ်း(များ|တွေ)?\s?(အမြန်|အရေးပေါ်|အများအပြား)?\s?ခေါ် | scam:sender | 0.35 | employer
အေဂျင်စီ                 | scam:sender | 0.45 | employer
hr                     | scam:sender | 0.4  | employer
ချေးငွေ                  | scam:sender | 0.45 | lender
နေ့ပြန်တိုး               | scam:sender | 0.6  | lender
re:ချေး(လို့ရ|နိုင်ပါတယ်|နိုင်ပါသည်|ပေးပါတယ်|ပေးပါသည်|ပေးမယ်) | scam:sender | 0.5 | lender
re:(forex|crypto|bitcoin|trading|ရှယ်ယာ|ရွှေ)\s?(ဆရာ|mentor|coach|expert|ပညာရှင်) | scam:sender | 0.8 | investment
re:(crypto|bitcoin|btc|usdt|xrp|eth|ethereum|bnb|solana|dogecoin|ton|forex)\s?(exchange|platform|app|site) | scam:sender | 0.6 | investment
re:(ရှယ်ယာ|forex|crypto|signal|trading|stock|ရွှေ)[^။]{0,10}(group|ဂရု|channel|ချန်နယ်) | scam:sender | 0.55 | investment
re:\bforex\b            | scam:sender | 0.3  | investment
re:\b(bitcoin|crypto|usdt|ethereum|solana|dogecoin|xrp|bnb)\b | scam:sender | 0.45 | investment
# "pay the tax into the platform's account"
re:platform\s?(၏|ရဲ့)?\s?(အကောင့်|account) | scam:sender | 0.5 | investment
re:\bbinance\b          | scam:sender | 0.6  | investment
ရင်းနှီးမြှုပ်နှံ           | scam:sender | 0.35 | investment
စီမံကိန်း                 | scam:sender | 0.3  | investment

# --- problems: account ----------------------------------------------------------------------
ဟက်ခံရ                  | scam:problem | 0.65 | account
ဟက်ခ်ခံရ                | scam:problem | 0.65 | account
အန္တရာယ်ရှိနေ            | scam:problem | 0.5  | account
ခေတ္တပိတ်                | scam:problem | 0.6  | account
# a "safe account", "verification account", "government account" to move your money into
re:(လုံခြုံရေး|စစ်ဆေးရေး|အစိုးရ|ယာယီ|ထိန်းသိမ်းရေး|safe)\s?(ဘဏ်)?\s?(အကောင့်|account) | scam:problem | 0.8 | account
re:(အဆင့်မြှင့်|အတည်ပြု|kyc|မှတ်ပုံတင်)[^။]{0,20}(မပြည့်စုံ|မပြီးဆုံး|မအောင်မြင်|လိုအပ်) | scam:problem | 0.65 | account
re:(အကောင့်|account|ကတ်|card|sim|ဆင်းကတ်)\s?(ကို)?\s?(ယာယီ|ခေတ္တ)?\s?(ပိတ်ခံထား|ပိတ်ခံရ|ပိတ်ထား|ပိတ်မိ|lock|လော့ခ်|ရပ်ဆိုင်း) | scam:problem | 0.7 | account
re:(lock|လော့ခ်)\s?(ကျ|ခံရ|ဖြစ်) | scam:problem | 0.65 | account
re:(အကောင့်|account|ဘဏ်|ကတ်)\s?(မှာ)?\s?ပြဿနာ | scam:problem | 0.65 | account
re:(အချက်အလက်|data|kyc|information)\s?[^။]{0,10}(update|အပ်ဒိတ်|ပြင်ဆင်|အတည်ပြု)\s?(လုပ်)?\s?(ရန်|ဖို့)\s?(လိုအပ်|လို) | scam:problem | 0.7 | account
re:ဆက်လက်\s?(အသုံးပြု|သုံး)(နိုင်ရန်|နိုင်ဖို့|ရန်|ဖို့) | scam:problem | 0.5 | account
re:လုံခြုံရေး\s?(app|အက်ပ်|ဗားရှင်း|update|အပ်ဒိတ်) | scam:problem | 0.6 | account
re:(အကောင့်|account)\s?(ပိုင်ရှင်)?[^။]{0,20}အတည်ပြု | scam:problem | 0.6 | account
ပယ်ဖျက်ရန်               | scam:problem | 0.4  | account
# "I sent a code to your number by mistake"
re:(မှားပို့|မှားပြီးပို့|မှားရိုက်) | scam:problem | 0.7 | account
# the phone is lost, broken, in the water: the story of "mum, this is my new number"
re:ဖုန်း(အဟောင်း)?\s?(ပျောက်|ပျက်|ကျကွဲ|ရေထဲကျ|ခိုးခံ|အခိုးခံ) | scam:problem | 0.55 | account
re:(pay|kpay|wave|mbanking|app|အက်ပ်|ဘဏ်)[^။]{0,15}(သုံးလို့|ဝင်လို့|လွှဲလို့)\s?မရ | scam:problem | 0.55 | account
re:(ကတ်|card)\s?(ငြင်းခံရ|declined) | scam:problem | 0.5 | account

# --- problems: parcel -----------------------------------------------------------------------
re:(ပါဆယ်|ပစ္စည်း|parcel)[^။]{0,25}(ထိန်းသိမ်း|ထိန်းထား|ဆိုင်းငံ့|ပြန်ပို့ခံရ|ပျက်စီး) | scam:problem | 0.7 | parcel
re:ပို့ဆောင်\s?(၍|လို့|ခြင်း)?\s?(မရ|မပြုနိုင်|မအောင်မြင်) | scam:problem | 0.75 | parcel
re:(အိမ်နံပါတ်|လိပ်စာ|ဖုန်းနံပါတ်)\s?(မပါ|မပြည့်စုံ|မှား|မမှန်|မရှင်း) | scam:problem | 0.75 | parcel
re:(ပါဆယ်|ပစ္စည်း)[^။]{0,15}အတည်ပြု | scam:problem | 0.5 | parcel
re:(ပျက်စီး|ထိခိုက်)[^။]{0,20}(ပါဆယ်|ပစ္စည်း|parcel) | scam:problem | 0.65 | parcel
re:(အကောက်ခွန်|customs)[^။]{0,30}(ထိန်း|ဆောင်|ပေး|ရှင်း) | scam:problem | 0.7 | parcel

# --- problems: refunds, aid -----------------------------------------------------------------
ပြန်အမ်းငွေ               | scam:problem | 0.65 | refund
re:အခွန်\s?(ငွေ)?\s?ပြန်(လည်)?\s?(အမ်း|ရ) | scam:problem | 0.8 | refund
re:ပြန်လည်\s?(ရယူ|ထုတ်ယူ)\s?(နိုင်|ခွင့်) | scam:problem | 0.6 | refund
အကျုံးဝင်                | scam:problem | 0.55 | refund
ကူညီငွေ                 | scam:problem | 0.55 | refund
re:(ထောက်ပံ့|အထောက်အပံ့|အကူအညီ)\s?(ငွေ)?[^။]{0,30}(ရရှိ|ထုတ်ယူ|ရယူ) | scam:problem | 0.65 | refund
# "your name / number is on the list"
re:(သင့်|လူကြီးမင်း၏|လူကြီးမင်းရဲ့)\s?(အမည်|နာမည်|ဖုန်းနံပါတ်)[^။]{0,15}(ပါဝင်|စာရင်းဝင်|ရွေးချယ်) | scam:problem | 0.6 | prize
လျော်ကြေး                | scam:problem | 0.5  | refund
ပင်စင်                  | scam:problem | 0.4  | refund

# --- problems: prizes -----------------------------------------------------------------------
re:ဆု(ကြီး|ငွေ|များ)?\s?(ကို)?\s?(ရရှိ|ပေါက်) | scam:problem | 0.6 | prize
လက်ဆောင်ငွေ              | scam:problem | 0.7  | prize
အထူးလက်ဆောင်            | scam:problem | 0.5  | prize
re:အခမဲ့\s?[0-9၀-၉]*\s?(ရရှိ|ရယူ|လက်ဆောင်|package|data|ဒေတာ|ဖုန်းဘေလ်|gb|internet|အင်တာနက်) | scam:problem | 0.65 | prize
re:(သင့်ကို|သင်|လူကြီးမင်း|သင့်ဖုန်းနံပါတ်|သင့်နံပါတ်)[^။]{0,15}ရွေးချယ်(ခံရ|ထား) | scam:problem | 0.7 | prize
re:နှစ်\s?(ပြည့်|ပတ်လည်)\s?[^။]{0,10}(လက်ဆောင်|ကံစမ်း|ပရိုမိုးရှင်း|အထိမ်းအမှတ်) | scam:problem | 0.65 | prize
re:စစ်တမ်း(ကို)?\s?(ဖြေ|ဖြည့်) | scam:problem | 0.6 | prize
re:ကံစမ်းမဲ[^။]{0,40}(ရရှိ|ပေါက်) | scam:problem | 0.75 | prize
# a prize for "only" the delivery fee
re:(ပို့ဆောင်ခ|ဝန်ဆောင်ခ|အခွန်)\s?[^။]{0,20}(သာ|ပဲ)\s?(ပေး|လွှဲ) | scam:problem | 0.7 | fee
re:ကျပ်\s?(ဖြင့်|နဲ့)\s?(သာ|ပဲ) | scam:problem | 0.6 | prize
re:\b(ks|mmk)\b\s?(ဖြင့်|နဲ့)\s?(သာ|ပဲ) | scam:problem | 0.6 | prize
re:(point|ပွိုင့်|အမှတ်)[^။]{0,30}(သက်တမ်းကုန်|ကုန်ဆုံး|လဲလှယ်) | scam:problem | 0.7 | prize
re:ပြိုင်ပွဲ[^။]{0,20}(မဲပေး|vote|မဲလေးပေး) | scam:problem | 0.55 | prize
re:(ခွင့်|အခွင့်အရေး)\s?(ရရှိ|ရ)(ပါသည်|ပါပြီ|ပါတယ်) | scam:problem | 0.45 | prize

# --- problems: jobs -------------------------------------------------------------------------
# "just by liking / sharing / writing a review / typing"
re:(like|လိုက်ခ်|share|ရှယ်|review|comment|ကွန်မန့်|ကြည့်|နှိပ်)\s?(နှိပ်|လုပ်|ပေး|ရေး)?\s?(ပေး)?\s?ရုံ(နဲ့|ဖြင့်|ပဲ) | scam:problem | 0.8 | job
re:(တတ်|ရေး|ကြည့်|လုပ်|နှိပ်)ရုံ(နဲ့|ဖြင့်) | scam:problem | 0.5 | job
# "you earned N kyat by watching videos"
re:(ကြည့်ရှုမှု|ကြည့်ရှု|like|share|review)[^။]{0,10}(ဖြင့်|နဲ့)[^။]{0,25}(ရရှိ|ရမယ်|ရပါမယ်) | scam:problem | 0.7 | job
re:(ဗီဇာ|လေယာဉ်လက်မှတ်|နေစရာ|စားစရာ)[^။]{0,30}အခမဲ့ | scam:problem | 0.7 | job
# jobs "across the border" in the towns where scam compounds are; "we pick you up by car"
re:(မြဝတီ|ရွှေကုက္ကို|ကေကေပါ့|တာချီလိတ်|မယ်ဆောက်|နယ်စပ်) | scam:problem | 0.5 | job
re:(ကားနဲ့|ကားဖြင့်)\s?(လာ)?ကြို(ပေး) | scam:problem | 0.5 | job
re:task\s?([0-9၀-၉]+\s?ခု|တွေ|များ|တစ်ခု) | scam:problem | 0.55 | job
re:(တစ်ရက်|တစ်နေ့|နေ့စဉ်|တစ်ခုကို)\s?[0-9၀-၉][0-9၀-၉,]*\s?(ks|ကျပ်|သိန်း) | scam:problem | 0.3 | job
re:အတွေ့အကြုံ\s?မလို       | scam:problem | 0.25 | job

# --- problems: investment -------------------------------------------------------------------
# "30% a week", "15% a month", "3% daily"; profit guaranteed; capital safe
re:(တစ်ပတ်|တစ်လ|တစ်ရက်|တစ်နေ့|နေ့စဉ်|လစဉ်|အပတ်စဉ်)\s?(ကို|လျှင်|မှာ)?\s?[0-9၀-၉]+([.][0-9၀-၉]+)?\s?% | scam:problem | 0.7 | investment
re:[0-9၀-၉]\s?%\s?(အမြတ်|ပြန်ရ|profit) | scam:problem | 0.65 | investment
re:အမြတ်(ငွေ)?\s?(ကို)?\s?အာမခံ | scam:problem | 0.85 | investment
re:အရင်း(ငွေ)?\s?[^။]{0,10}(လုံခြုံ|မပျောက်|မဆုံး|အာမခံ) | scam:problem | 0.7 | investment
re:100\s?%\s?(မှန်|အာမခံ|သေချာ|လုံခြုံ|အမြတ်) | scam:problem | 0.6 | investment
re:(bonus|ဘောနပ်|အမြတ်|ကော်မရှင်)[^။]{0,25}ပြန်\s?ရ | scam:problem | 0.7 | investment
re:(သိန်းရာချီ|သိန်းထောင်ချီ|သိန်းချီ) | scam:problem | 0.5 | investment
re:(ငွေရှာ|အမြတ်ရ|ဝင်ငွေရ)(တဲ့|သော)?\s?နည်း[^။]{0,15}(သင်ပေး|ပြ) | scam:problem | 0.65 | investment
re:(သူငယ်ချင်း|member|လူ)\s?(ခေါ်|ဖိတ်)(ရင်|ပါက)[^။]{0,15}% | scam:problem | 0.6 | investment
အမြတ်ခွဲ                 | scam:problem | 0.55 | investment
re:(ဘယ်အချိန်|အချိန်မရွေး)\s?(ထုတ်|ငွေထုတ်) | scam:problem | 0.4 | investment

# --- problems: loans ------------------------------------------------------------------------
re:မှတ်ပုံတင်\s?(တစ်ခုတည်း|တစ်ခုထဲ|တစ်ခုနဲ့|နဲ့တင်) | scam:problem | 0.65 | loan
re:(အလွယ်တကူ|ချက်ချင်း|မိနစ်ပိုင်းအတွင်း|ဒီနေ့)\s?[^။]{0,10}ချေး | scam:problem | 0.6 | loan
re:(အာမခံသူ|အာမခံပစ္စည်း|ပေါင်နှံစရာ|အပေါင်ပစ္စည်း|guarantor)\s?(လုံးဝ)?\s?မလို | scam:problem | 0.7 | loan
re:ဘဏ်(က|မှ|တွေက)?\s?(ငြင်း|မချေး) | scam:problem | 0.6 | loan
re:(သေချာပေါက်|အာမခံ)\s?(ချေး|အတည်ပြု|ခွင့်ပြု) | scam:problem | 0.7 | loan
re:ငွေ\s?အရေးပေါ်\s?လို     | scam:problem | 0.5  | loan

# --- problems: romance, emergencies, money stuck ---------------------------------------------
re:(ခွင့်ရက်|ခွင့်စာ|ခွင့်ယူ)[^။]{0,40}(ကျပ်|ငွေ|ပေးမှ|ကြေး) | scam:problem | 0.65 | romance
re:(လ|ရက်|နှစ်)(လောက်)?\s?(စကားပြော|chat)(လာ|ခဲ့) | scam:problem | 0.5 | romance
re:(မင်း|နင်|ချစ်)[^။]{0,6}ဆီ\s?(ကို)?\s?(လာ|ရောက်)(ဖို့|ရန်|မလို့) | scam:problem | 0.55 | romance
re:(လက်ထပ်|ပေါင်းဖက်)(ချင်|မယ်) | scam:problem | 0.5 | romance
re:အမွေ(ငွေ|ပစ္စည်း)       | scam:problem | 0.6  | romance
ခွင့်ကြေး                 | scam:problem | 0.7  | romance
# the personas of romance scams: UN peacekeeper, army doctor, oil-rig engineer, ship captain
re:(ယူအန်|ငြိမ်းချမ်းရေးတပ်|ရေနံတူးစင်|စစ်ဆရာဝန်|စစ်တပ်ဆရာဝန်|သင်္ဘောကပ္ပတိန်) | scam:problem | 0.45 | romance
ပိတ်မိနေ                 | scam:problem | 0.55 | fee
မပေးမချင်း               | scam:problem | 0.7  | fee
re:(ပေးမှ|ပေးပြီးမှ|လွှဲမှ|ဆောင်မှ)\s?(ငွေ)?\s?(ပြန်လွှတ်|လွှတ်|ထုတ်ပေး) | scam:problem | 0.75 | fee
# "I'll pay you back (tomorrow)": the promise that comes with borrowing
re:(ပြန်ပေးမယ်|ပြန်ဆပ်မယ်|ပြန်လွှဲပေးမယ်|ပြန်ပေးပါ့မယ်|ပြန်လွှဲပေးပါ့မယ်|ပြန်ပေးပါမယ်) | scam:problem | 0.5 | fee
re:(ဆေးရုံတက်|ခွဲစိတ်|ကားတိုက်|မတော်တဆ|ထိခိုက်ဒဏ်ရာ) | scam:problem | 0.5 | fee
ဆေးရုံ                  | scam:problem | 0.4  | fee
re:(ကျောင်းလခ|အခန်းခ|ဆေးဖိုး|ပစ္စည်းဖိုး|အိမ်လခ|ဖုန်းအသစ်ဝယ်)\s?(ပေးရ|ဆောင်ရ|ပေးဖို့|ဆောင်ဖို့|လို|ဖို့) | scam:problem | 0.55 | fee

# --- problems: legal ------------------------------------------------------------------------
re:(ဥပဒေနှင့်မညီ|ဥပဒေနဲ့မညီ|တရားမဝင်) | scam:problem | 0.6 | legal
သံသယရှိသူ               | scam:problem | 0.65 | legal
re:အမှု(တစ်ခု|တွဲ)?\s?(တွင်|မှာ)?\s?(ပါဝင်|ပတ်သက်|သံသယ) | scam:problem | 0.7 | legal
အပြစ်ကင်းကြောင်း          | scam:problem | 0.7  | legal
re:(ရဲ|ရဲစခန်း|ထောင်)(က|မှ)?\s?(မလွှတ်|ဖမ်း|ချုပ်) | scam:problem | 0.6 | legal

# --- problems: voicemail --------------------------------------------------------------------
re:အသံ\s?(မက်ဆေ့|message|စာ) | scam:problem | 0.6 | voicemail
re:voice\s?mail         | scam:problem | 0.5  | voicemail
နားမထောင်ရသေး           | scam:problem | 0.65 | voicemail

# --- problems: fees ("the … fee": upgrade, file-opening, processing, storage, redelivery) ----
re:(အဆင့်မြှင့်|ဖိုင်ဖွင့်|လုပ်ဆောင်|သိုလှောင်|ပြန်လည်ပို့ဆောင်|ငွေထုတ်|အသက်သွင်း|activate|unlock|စာရင်းသွင်း|ရှင်းလင်း)\s?(ခ|ကြေး) | scam:problem | 0.7 | fee
အာမခံကြေး               | scam:problem | 0.65 | fee
re:(vip)\s?(အဆင့်|level|member) | scam:problem | 0.6 | fee
# a fee or tax to get your money, prize or loan out
re:ငွေ\s?ထုတ်(ယူ)?\s?(ရန်|ဖို့|နိုင်ရန်|နိုင်ဖို့|ချင်ရင်)[^။]{0,40}(အခွန်|ကြေး|ဝန်ဆောင်ခ|%|ဦးစွာ|အရင်) | scam:problem | 0.8 | fee
re:(ရယူ|ထုတ်ယူ|ထုတ်ပေး)(ရန်|ဖို့|နိုင်ရန်|နိုင်ဖို့)\s?[^။]{0,25}(အခွန်|ကြေး|ဝန်ဆောင်ခ|လုပ်ဆောင်ခ) | scam:problem | 0.8 | fee

# --- pressure -------------------------------------------------------------------------------
# "within N days / hours" followed by what must be done (a delivery "within 3 days" is no pressure)
re:(ရက်|နာရီ|မိနစ်)\s?အတွင်း\s?[^။]{0,25}(မဟုတ်ပါက|မပြုလုပ်ပါက|လျှောက်ထား|အတည်ပြု|ပေးချေ|ဆက်သွယ်|ရယူ|update|ပြင်ဆင်|ပိတ်|ဖျက်) | scam:pressure | 0.6 | deadline
# "before midnight / before 17/1, claim / apply / pay"
re:မတိုင်(မီ|ခင်)\s?[^။]{0,60}(ရယူ|လျှောက်ထား|ပေးချေ|ပေးဆောင်|ပေးသွင်း|ပေးရ|လွှဲ|အတည်ပြု|update|ပြင်ဆင်|နှိပ်|ဆက်သွယ်) | scam:pressure | 0.45 | deadline
re:(နေရာ|အရေအတွက်|ခုံ)\s?(အကန့်အသတ်|ကန့်သတ်) | scam:pressure | 0.45 | deadline
re:(ပဲ|သာ)\s?ကျန်(တော့|ပါတော့) | scam:pressure | 0.55 | deadline
re:အမြန်\s?(ပြန်ပို့|လွှဲ|ပို့|လိုနေ|လို) | scam:pressure | 0.5 | deadline
re:အမြန်\s?[^။]{0,20}(လိုနေ|လိုတယ်|လိုအပ်) | scam:pressure | 0.5 | deadline
နောက်ဆုံးအကြောင်းကြားစာ    | scam:pressure | 0.65 | threat
re:(ဖျက်ဆီး|စွန့်ပစ်)\s?(ပစ်)?\s?(ပါမည်|မည်|မယ်|လိမ့်မည်) | scam:pressure | 0.7 | threat
re:(အကောင့်|account|ကတ်|ဆင်းကတ်|sim|လိုင်း|ဝန်ဆောင်မှု|ဖုန်းနံပါတ်)\s?(ကို)?\s?(ယာယီ|အပြီးတိုင်)?\s?ပိတ်\s?(သွား|ပစ်|သိမ်း|ခံရ)?\s?(ပါမည်|မည်|ပါမယ်|မယ်|လိမ့်မည်|ပါလိမ့်မည်) | scam:pressure | 0.8 | threat
re:ပိတ်သိမ်း(ပါမည်|မည်|ခံရမည်|ပါမယ်) | scam:pressure | 0.75 | threat
# loan-app threats: "if you don't repay, we send your photos to your contacts"
re:(ပြန်မဆပ်|မဆပ်)(ရင်|ပါက|နိုင်ရင်) | scam:pressure | 0.6 | threat
re:(ဓာတ်ပုံ|contacts|အဆက်အသွယ်)[^။]{0,30}(ဖြန့်|တင်)(မယ်|မည်|ပါမည်|လိမ့်မယ်) | scam:pressure | 0.65 | threat
# secrecy: "don't tell the bank staff / your family / anyone", "this case is secret", "don't call"
re:(ဘဏ်|ဝန်ထမ်း|မိသားစု|မိဘ|ဖေဖေ|မေမေ|အမေ|အဖေ|ရဲစခန်း|သူငယ်ချင်း|ဘယ်သူ့|မည်သူ့|အိမ်က|ခင်ပွန်း|ဇနီး)[^။]{0,25}မပြော(ပါနဲ့|နဲ့|ရ|ပါနှင့်|ကြနဲ့) | scam:pressure | 0.8 | secrecy
re:လျှို့ဝှက်(ချက်|ထား)     | scam:pressure | 0.65 | secrecy
re:(ဖုန်း|call)\s?(မဆက်|မခေါ်)(ပါနဲ့|နဲ့|ပါနှင့်) | scam:pressure | 0.65 | secrecy
re:(ဖုန်း|call)\s?(ဆက်|ခေါ်|ကိုင်)(လို့|၍)\s?မရ | scam:pressure | 0.5 | secrecy
# remote-access scams: "don't panic if the screen goes black"
re:(screen|စခရင်|မျက်နှာပြင်)[^။]{0,15}(မည်း|ပိတ်) | scam:pressure | 0.6 | secrecy

# --- actions: links -------------------------------------------------------------------------
re:(link|လင့်|လင့်ခ်)\s?(ကို)?\s?(အသက်သွင်း|activate|ဖွင့်) | scam:action | 0.75 | link
re:(ရယူ|ထုတ်ယူ|လဲလှယ်|လျှောက်ထား)(ရန်|ပါ) | scam:action | 0.45 | link
နားထောင်ရန်               | scam:action | 0.45 | link
re:(သို့|ကို)\s?ဝင်(ပါ|ရောက်ပါ) | scam:action | 0.5 | link

# --- actions: calls (Myanmar mobile numbers in Burmese digits, "press 9", video calls) ------
# (the text is matched with any character written 3+ times in a row squashed to one: ၄၄၄ → ၄)
re:(၀၉|ဝ၉|\+၉၅)[၀-၉ဝ \-]{4,12}[၀-၉] | scam:action | 0.7 | call
re:(9|၉)\s?(ကို)?\s?နှိပ်   | scam:action | 0.75 | call
re:ခေါ်ဆို(ပါ|ရန်)         | scam:action | 0.5  | call
re:(ဗီဒီယိုကောလ်|ဗီဒီယိုခေါ်ဆို|video call) | scam:action | 0.6 | call
re:ဖုန်း\s?(ဆက်|ခေါ်)(လိမ့်မယ်|ပါလိမ့်မည်|ပါမည်|လာလိမ့်မယ်|မယ်) | scam:action | 0.5 | call
re:ဆက်သွယ်\s?(လိုက်)?(ပါ|ရန်) | scam:action | 0.45 | call

# --- actions: apps (remote access, side-loaded APKs, permissions) ----------------------------
rustdesk               | scam:action | 0.85 | app
ultraviewer            | scam:action | 0.85 | app
quicksupport           | scam:action | 0.85 | app
quick support          | scam:action | 0.8  | app
airdroid               | scam:action | 0.8  | app
unknown source*        | scam:action | 0.9  | app
re:(play|app)\s?store[^။]{0,20}(မရှိ|မတင်) | scam:action | 0.85 | app
re:(contacts|accessibility|permission|ခွင့်ပြုချက်)[^။]{0,25}(ခွင့်ပြု|ဖွင့်|ပေး) | scam:action | 0.7 | app
re:(ဝင်ကြည့်ခွင့်|access)\s?(ပေး|ခွင့်ပြု) | scam:action | 0.7 | app
re:(app|အက်ပ်|apk|ဗားရှင်း|application)[^။]{0,40}(ထည့်သွင်း|install|ဒေါင်း) | scam:action | 0.7 | app
re:ဒေါင်း(လုဒ်|လုပ်|လော့)?\s?(ဆွဲ)?\s?(ပါ|ရန်|ပြီး|ယူပါ) | scam:action | 0.55 | app
re:(ဖိုင်|file)\s?(ကို)?\s?ဖွင့် | scam:action | 0.55 | app

# --- actions: money -------------------------------------------------------------------------
re:လွှဲ(ပြောင်း)?\s?(ထား|လိုက်)?\s?(ပေး)?\s?(ပါ|ရမည်|ရပါမည်|ရမယ်|ရပါမယ်|ရမှာ|ရုံ) | scam:action | 0.65 | transfer
# an amount then a verb of paying: "N ကျပ် လွှဲပါ", "N Ks ကို အရင်ပေးပါ", "N Ks ပို့ပေးပါ"
re:(ကျပ်|သိန်း)\s?(ဖိုး)?\s?(ကို)?\s?(အရင်|ဦးစွာ|ချက်ချင်း|အမြန်|သာ|ပဲ)?\s?(လွှဲ|ပေးချေ|ပေးသွင်း|ပေးဆောင်|ဖြည့်|ပို့|ပေး|ထည့်|သွင်း) | scam:action | 0.7 | transfer
re:\b(ks|mmk|kyat|kyats|usdt|usd)\b\s?(ကို)?\s?(အရင်|ဦးစွာ|ချက်ချင်း|အမြန်|သာ|ပဲ)?\s?(လွှဲ|ပေးချေ|ပေးသွင်း|ပေးဆောင်|ဖြည့်|ပို့|ပေး|ထည့်|သွင်း) | scam:action | 0.7 | transfer
re:\b(ks|mmk)\b\s?[0-9၀-၉][0-9၀-၉,.]*\s?[^။]{0,14}[^။မ](လို|လွှဲ|ပေး|ပို့) | scam:action | 0.6 | transfer
# "I need N kyat (today)"
re:(ကျပ်|သိန်း)\s?[^။]{0,11}[^။မ](လိုတယ်|လိုနေတယ်|လိုအပ်နေ|လိုနေ) | scam:action | 0.6 | transfer
re:\b(ks|mmk)\b[^။]{0,11}[^။မ](လိုတယ်|လိုနေ|လိုအပ်) | scam:action | 0.6 | transfer
# "pay / transfer / top up first"
re:(အရင်|ဦးစွာ|ကြိုတင်)\s?(ငွေ)?\s?(လွှဲ|ပေးချေ|ပေးသွင်း|ပေးဆောင်|ဖြည့်|ပေး|ထည့်|သွင်း) | scam:action | 0.75 | transfer
re:(အရင်ဆုံး|ဦးစွာ|ကြိုတင်)\s?[^။]{0,24}[^။မ](လွှဲ|ဖြည့်|ပေးသွင်း|ပေးချေ|ပေးဆောင်)(ရ|ပါ) | scam:action | 0.7 | transfer
# "pay the … fee"
re:(ဝန်ဆောင်ခ|အဆင့်မြှင့်ခ|လုပ်ဆောင်ခ|ဖိုင်ဖွင့်ခ|သိုလှောင်ခ|ပို့ဆောင်ခ|အခွန်|ကြေး|စရံ|ဖိုး)\s?[^။]{0,24}[^။မ](ပေးလိုက်|လွှဲလိုက်|ပေးချေ|ပေးသွင်း|ပေးဆောင်|လွှဲ|ပေး)(ပါ|ရ|ရန်|ရမည်|ရမှာ|ရပါမည်) | scam:action | 0.7 | transfer
re:ငွေ\s?(ထည့်|သွင်း)\s?(ရုံ|လိုက်|ပါ) | scam:action | 0.65 | transfer
re:(မှာ|တွင်|နဲ့|ဖြင့်)\s?(စ)?ရင်းနှီး(မြှုပ်နှံ)?\s?(လိုက်)?(ပါ၊|ပါ။|ပါ!|ရုံ|လိုက်ပါ) | scam:action | 0.6 | transfer
re:(ပေးချေ|ပေးဆောင်|ပေးသွင်း)(ပါ|ရန်|ရမည်|ရပါမည်) | scam:action | 0.4 | transfer
gift card              | scam:action | 0.6  | transfer
giftcard               | scam:action | 0.6  | transfer
ဂစ်ကတ်                 | scam:action | 0.6  | transfer
ကူညီပါဦး                | scam:action | 0.45 | transfer
ကူညီပေးပါဦး              | scam:action | 0.45 | transfer
ကူညီပေးနိုင်မလား          | scam:action | 0.45 | transfer
ကူညီပေးပါလား             | scam:action | 0.45 | transfer
re:(အကောင့်နံပါတ်|account number)\s?(ကို)?\s?(ပို့ပေးမယ်|ပို့မယ်|ပေးမယ်|ပို့ပေးပါ့မယ်) | scam:action | 0.55 | transfer
# "all your savings", "withdraw the cash and hand it to our officer"
re:(ငွေ|ငွေစု|ငွေသား)\s?(တွေ|များ)?\s?(အားလုံး|အကုန်) | scam:action | 0.7 | transfer
re:ငွေသား(တွေ|များ)?\s?(ကို)?\s?ထုတ် | scam:action | 0.6 | transfer
re:အပ်\s?(ထား|နှံ)\s?(ပေး)?\s?(ပါ|ရမည်|ရမယ်) | scam:action | 0.65 | transfer

# --- actions: codes -------------------------------------------------------------------------
# "send the code back", "tell me the 6 digits", "photograph the card code and send it"
re:(ကုဒ်|code|otp|password|စကားဝှက်|pin|ဂဏန်း)[^။]{0,40}(ပြန်ပို့|ပို့ပေး|ပြောပြ|ပြောပေး|ပို့ပါ) | scam:action | 0.85 | code

# --- actions: details -----------------------------------------------------------------------
re:(အမည်|လိပ်စာ|ဘဏ်အကောင့်|မှတ်ပုံတင်|ကတ်နံပါတ်)[^။]{0,50}(ပို့ပါ|ပို့ပေးပါ|ဖြည့်ပါ|ပြန်ပို့|ဖြည့်သွင်း) | scam:action | 0.75 | details
re:မှတ်ပုံတင်[^။]{0,20}(ဓာတ်ပုံ|အရှေ့|အနောက်|selfie) | scam:action | 0.7 | details
re:(လိပ်စာ|အချက်အလက်)\s?(ကို)?\s?(ပြင်ဆင်|အတည်ပြု|ဖြည့်|update) | scam:action | 0.6 | details
re:mbanking\s?(ထဲ)?\s?(ဝင်|login) | scam:action | 0.6 | details
re:(selfie|ဓာတ်ပုံ)[^။]{0,40}(တင်ပါ|ပို့ပါ|upload) | scam:action | 0.65 | details

# --- actions: contact -----------------------------------------------------------------------
re:(viber|telegram|whatsapp|messenger|line|wechat|signal|imo|facebook|tiktok)\s?[^။]{0,20}(ဆက်သွယ်|message|စာပို့|ဝင်|add|ပို့ပါ) | scam:action | 0.65 | contact
re:(group|ဂရု|channel|ချန်နယ်)\s?(ကို)?\s?(အမြန်)?\s?(ဝင်|join|add) | scam:action | 0.65 | contact
# "reply Y", "reply 1 to start"
re:(ဟု|လို့)\s?(ပြန်)?\s?(ပို့|ရိုက်|ဖြေ)(ပေး)?(ပါ|ပြီး) | scam:action | 0.6 | contact
re:sms\s?(ပို့|ပို့ပါ)     | scam:action | 0.5  | contact

# --- awareness and advice: "a bank never asks for…", "never give the code to anyone" ---------
# "<police / bank / telecom> warning:" (a bare "warning" is also how a fake "final warning" starts)
re:(ရဲ|ဘဏ်|bank|pay|money|mpt|ooredoo|atom|mytel|myanmar|ဌာန|ဌာနခွဲ|ကုမ္ပဏီ|တပ်ဖွဲ့|စခန်း|အဖွဲ့|ရုံး|express|post|van)\)?\s?သတိပေးချက် | scam:aware
သတိပေးအပ်               | scam:aware
သတိပြုကြပါ               | scam:aware
re:(လိမ်|လှည့်ဖြား|အတု)[^။]{0,40}သတိ | scam:aware
re:သတိ(ပေး|ပြု|ထား)[^။]{0,60}(လိမ်|လှည့်ဖြား|အတု|မယုံ) | scam:aware
re:(လိမ်လည်သူ|လိမ်လည်လှည့်ဖြား|လိမ်လည်ခံရ) | scam:aware
re:(ဘယ်တော့မှ|မည်သည့်အခါမျှ|ဘယ်အချိန်မှ|လုံးဝ)\s?(မတောင်း|မမေး|မပို့|မခေါ်) | scam:aware
re:(ကုဒ်|otp|pin|password|စကားဝှက်|code)[^။]{0,30}(မတောင်း|မမေး) | scam:aware
re:(ကုဒ်|otp|pin|password|စကားဝှက်|code)[^။]{0,30}(မည်သူ့ကိုမျှ|မည်သူ့ကိုမှ|ဘယ်သူ့ကိုမှ|ဘယ်သူ့ကိုမျှ|အခြားသူ)[^။]{0,10}(မပေး|မပြော|မမျှဝေ|မပို့) | scam:aware
re:(မည်သူ့ကိုမျှ|မည်သူ့ကိုမှ|ဘယ်သူ့ကိုမှ|ဘယ်သူ့ကိုမျှ)\s?(မပေး|မမျှဝေ) | scam:aware
re:(link|လင့်|sms)[^။]{0,20}(မပို့ပါ|မပို့ပေးပါ|ပို့လေ့မရှိ|ပို့မည်မဟုတ်) | scam:aware
re:ခိုင်း(ခြင်း|တာ)[^။]{0,40}(မပြုလုပ်|မလုပ်|မရှိ) | scam:aware
re:(မနှိပ်|မလွှဲ|မပေး|မမျှဝေ|မဒေါင်း|မယုံ|မဖြည့်)(ပါနှင့်|ပါနဲ့|ကြပါနှင့်|ကြပါနဲ့) | scam:aware
# "… are scams", "… is a scam"
re:(အလိမ်|လိမ်တာ|လိမ်လည်မှု|လိမ်လည်ရေး)\s?(တွေ|များ)?\s?(ပါ|ဖြစ်ပါသည်|ဖြစ်တယ်|ဖြစ်သည်) | scam:aware
ကတ်နောက်ကျော            | scam:aware
re:အလိမ်\s?မခံ           | scam:aware
ဖုန်းချပြီး                | scam:aware
အယောင်ဆောင်              | scam:aware
re:ခြင်း(ကို)?\s?(မပြုပါနှင့်|မပြုလုပ်ပါနှင့်|မပြုရ|မလုပ်ပါနဲ့) | scam:aware
re:(တရားဝင်|official)\s?(app|website|ဝက်ဘ်ဆိုက်|page|နံပါတ်|hotline)[^။]{0,20}(မှသာ|ကိုသာ) | scam:aware
link အတု               | scam:aware
app အတု                | scam:aware

# --- allow: what real notices say -----------------------------------------------------------
# "payment" as a noun (a card payment was blocked), not "pay"
ငွေပေးချေမှု              | allow
# "money has arrived in your account" (ဝင်ရောက်ပါပြီ), not "log in"
re:ဝင်ရောက်(ပါပြီ|ပါသည်|ခဲ့|လာ) | allow
# a one-time code delivered ("OTP=123456", "OTP ကုဒ် 123456"): the code is given, not asked for
re:(otp|ကုဒ်)\s?(ကုဒ်|သည်|မှာ|code|=|:)?\s?[0-9]{3,8} | allow
# cash on delivery: pay the courier when the goods arrive; "no need to pay in advance"
re:(အိမ်ရောက်|ပစ္စည်းရောက်|ပစ္စည်းလက်ခံ)(ချိန်|မှ|သည့်အခါ|တဲ့အခါ)?\s?(တွင်)?[^။]{0,25}(ငွေချေ|ပေးချေ)(ပါ|ရ|ရန်|နိုင်)? | allow
re:ကြိုတင်\s?ငွေ\s?(လွှဲ|ပေးချေ|ပေး)?\s?(ရန်|စရာ|ဖို့)?\s?(မလို|မလိုအပ်) | allow
# "don't click / transfer / give / download": an action told not to be done
re:(မနှိပ်|မလွှဲ|မပေး|မမျှဝေ|မဒေါင်း|မထည့်သွင်း|မဖြည့်)(ပါနှင့်|ပါနဲ့|ကြပါနှင့်|ကြပါနဲ့|နဲ့) | allow
