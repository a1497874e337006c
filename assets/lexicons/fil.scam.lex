# Filipino / Tagalog (incl. Taglish) scams: guaranteed returns, money doubling, easy-pay jobs,
# urgency, moving to a private chat, prizes, OTP/PIN requests and up-front payments (GCash,
# Maya, "processing fee"). Single weak signals only count together.
@format 1
@lang fil
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- guaranteed returns ----------------------------------------------------------------------
siguradong kikita   | scam | 0.55 | scam_guaranteed_returns |
siguradong kita     | scam | 0.5  | scam_guaranteed_returns |
sigurado ang kita   | scam | 0.5  | scam_guaranteed_returns |
guaranteed na kita  | scam | 0.6  | scam_guaranteed_returns |
guaranteed kita     | scam | 0.55 | scam_guaranteed_returns |
guaranteed na tubo  | scam | 0.6  | scam_guaranteed_returns |
walang talo         | scam | 0.4  | scam_guaranteed_returns |
hindi ka matatalo   | scam | 0.45 | scam_guaranteed_returns |
walang risk         | scam | 0.4  | scam_guaranteed_returns |
kikita ka ng        | scam | 0.3  | scam_guaranteed_returns |
kumita habang natutulog | scam | 0.5 | scam_guaranteed_returns |
pay in pay out      | scam | 0.45 | scam_guaranteed_returns |
paying investment   | scam | 0.45 | scam_guaranteed_returns |
legit na legit      | scam | 0.35 | scam_guaranteed_returns |
hindi ito scam      | scam | 0.45 | scam_guaranteed_returns |
hindi po ito scam   | scam | 0.45 | scam_guaranteed_returns |
legit po ito        | scam | 0.35 | scam_guaranteed_returns |
invest ka na        | scam | 0.35 | scam_guaranteed_returns |
mag invest ka na    | scam | 0.4  | scam_guaranteed_returns |
crypto investment   | scam | 0.3  | scam_guaranteed_returns |
trading bot         | scam | 0.3  | scam_guaranteed_returns |
tubo kada linggo    | scam | 0.45 | scam_guaranteed_returns |
tubo kada araw      | scam | 0.5  | scam_guaranteed_returns |
interest kada araw  | scam | 0.45 | scam_guaranteed_returns |

# --- money or crypto doubling ----------------------------------------------------------------
doble ang pera mo   | scam | 0.7  | scam_crypto_doubling |
dodoblehin ang pera mo | scam | 0.75 | scam_crypto_doubling |
dodoblehin namin ang pera mo | scam | 0.75 | scam_crypto_doubling |
doblehin natin ang pera mo | scam | 0.75 | scam_crypto_doubling |
re:\b(dodoble|doble|doblehin|dodoblehin|triple|tripleng)\w* (agad )?((ang|yung|ung) )?(pera|puhunan|investment|ipon|deposit)( (mo|nyo|niyo))?\b | scam | 0.6 | scam_crypto_doubling |
babalik ng doble    | scam | 0.6  | scam_crypto_doubling |
balik doble         | scam | 0.6  | scam_crypto_doubling |

# --- jobs that pay too easily ----------------------------------------------------------------
re:\bkumita ((ng|nang) )?.{0,20}(kada araw|araw-? ?araw|per day|a day|daily|kada oras)\b | scam | 0.45 | scam_job_offer |
sahod kada araw     | scam | 0.3  | scam_job_offer |
kita kada araw      | scam | 0.4  | scam_job_offer |
kita araw araw      | scam | 0.4  | scam_job_offer |
walang puhunan      | scam | 0.45 | scam_job_offer |
no puhunan          | scam | 0.4  | scam_job_offer |
kahit walang experience | scam | 0.3 | scam_job_offer |
cellphone lang ang kailangan | scam | 0.45 | scam_job_offer |
cellphone lang puhunan | scam | 0.5 | scam_job_offer |
online job          | scam | 0.2  | scam_job_offer |
madaling pera       | scam | 0.45 | scam_job_offer |
easy money          | scam | 0.45 | scam_job_offer |
mag like lang ng video | scam | 0.55 | scam_job_offer |
like lang ng video  | scam | 0.5  | scam_job_offer |
like and earn       | scam | 0.5  | scam_job_offer |
mag-like at kumita  | scam | 0.55 | scam_job_offer |
mag like at kumita  | scam | 0.55 | scam_job_offer |
task lang ang gagawin | scam | 0.5 | scam_job_offer |
simpleng task lang  | scam | 0.45 | scam_job_offer |
hiring kahit minor  | scam | 0.6  | scam_job_offer |
tanggap kahit minor | scam | 0.55 | scam_job_offer |
tanggap kahit hs grad | scam | 0.3 | scam_job_offer |
mataas na sahod sa abroad | scam | 0.35 | scam_job_offer |
libre ang placement fee | scam | 0.3 | scam_job_offer |

# --- urgency ---------------------------------------------------------------------------------
bago mag expire     | scam | 0.3  | scam_urgency |
limited slots       | scam | 0.3  | scam_urgency |
limited slot lang   | scam | 0.3  | scam_urgency |
ngayong araw lang   | scam | 0.25 | scam_urgency |
huling araw na      | scam | 0.25 | scam_urgency |
madaliin mo         | scam | 0.3  | scam_urgency |
bilisan mo na       | scam | 0.2  | scam_urgency |
ma-block ang account mo | scam | 0.55 | scam_urgency |
mabablock ang account mo | scam | 0.55 | scam_urgency |
masususpend ang account mo | scam | 0.55 | scam_urgency |
na-lock ang account mo | scam | 0.5 | scam_urgency |
naka-lock ang account mo | scam | 0.5 | scam_urgency |
na-hold ang padala mo | scam | 0.45 | scam_urgency |
may nakabinbing parcel ka | scam | 0.45 | scam_urgency |
may kaso ka         | scam | 0.35 | scam_urgency |
may warrant ka      | scam | 0.45 | scam_urgency |

# --- off-platform contact --------------------------------------------------------------------
pm for details      | scam | 0.3  | scam_off_platform |
pm me for details   | scam | 0.3  | scam_off_platform |
pm lang sa interested | scam | 0.3 | scam_off_platform |
message mo ako sa telegram | scam | 0.4 | scam_off_platform |
add mo ako sa telegram | scam | 0.4 | scam_off_platform |
telegram lang       | scam | 0.3  | scam_off_platform |
whatsapp mo ako     | scam | 0.35 | scam_off_platform |
viber mo ako        | scam | 0.3  | scam_off_platform |
i-message mo ang admin | scam | 0.4 | scam_off_platform |
imessage mo ang admin | scam | 0.4 | scam_off_platform |
click mo ang link sa bio | scam | 0.3 | scam_off_platform |
sumali sa telegram group | scam | 0.4 | scam_off_platform |
join sa telegram group | scam | 0.4 | scam_off_platform |

# --- prizes ----------------------------------------------------------------------------------
nanalo ka ng        | scam | 0.5  | scam_prize |
congrats nanalo ka  | scam | 0.6  | scam_prize |
congratulations nanalo ka | scam | 0.6 | scam_prize |
ikaw ay nanalo      | scam | 0.55 | scam_prize |
ikaw ang nanalo     | scam | 0.4  | scam_prize |
napili ka bilang    | scam | 0.4  | scam_prize |
masuwerteng nanalo  | scam | 0.5  | scam_prize |
re:\bi?-?claim (mo )?(na )?((ang|yung|ung) )?((iyong|inyong) )?(premyo|prize|reward|papremyo|panalo)\b | scam | 0.5 | scam_prize |
claim mo na         | scam | 0.3  | scam_prize |
libreng ayuda       | scam | 0.35 | scam_prize |
makakatanggap ka ng ayuda | scam | 0.4 | scam_prize |
raffle winner       | scam | 0.35 | scam_prize |
grand prize winner  | scam | 0.4  | scam_prize |

# --- credentials and codes -------------------------------------------------------------------
re:\b(ibigay|isend|i-send|send|sabihin|i-?type|ipadala|itype)( mo)?( na)?( sa akin)?( (ang|yung|ung))? (otp|one time pin|one-time pin|mpin|verification code|pin code)\b | scam | 0.8 | scam_credentials | severe
ano ang otp mo      | scam | 0.8  | scam_credentials | severe
ano otp mo          | scam | 0.8  | scam_credentials | severe
otp mo              | scam | 0.5  | scam_credentials |
mpin mo             | scam | 0.55 | scam_credentials |
password mo         | scam | 0.35 | scam_credentials |
username at password | scam | 0.4 | scam_credentials |
account number mo   | scam | 0.35 | scam_credentials |
card number mo      | scam | 0.45 | scam_credentials |
cvv mo              | scam | 0.6  | scam_credentials |
i-verify ang account mo | scam | 0.4 | scam_credentials |
iverify ang account mo | scam | 0.4 | scam_credentials |
i-update ang account mo | scam | 0.35 | scam_credentials |
mag log in dito     | scam | 0.3  | scam_credentials |

# --- payment requests ------------------------------------------------------------------------
magbayad muna ng    | scam | 0.45 | scam_payment_request |
bayad muna bago     | scam | 0.5  | scam_payment_request |
bayaran mo muna ang | scam | 0.45 | scam_payment_request |
magpadala muna ng   | scam | 0.5  | scam_payment_request |
padala muna ng      | scam | 0.45 | scam_payment_request |
send muna ng        | scam | 0.4  | scam_payment_request |
mag cash in muna    | scam | 0.5  | scam_payment_request |
mag-cash in muna    | scam | 0.5  | scam_payment_request |
deposit muna        | scam | 0.45 | scam_payment_request |
i-gcash mo          | scam | 0.3  | scam_payment_request |
igcash mo           | scam | 0.3  | scam_payment_request |
gcash mo sa         | scam | 0.3  | scam_payment_request |
send sa gcash       | scam | 0.3  | scam_payment_request |
magpadala sa gcash  | scam | 0.35 | scam_payment_request |
padala sa gcash     | scam | 0.35 | scam_payment_request |
loan agad           | scam | 0.35 | scam_payment_request |
pautang agad        | scam | 0.35 | scam_payment_request |
walang collateral   | scam | 0.25 | scam_payment_request |

# ---- Returns with amounts and days, like-a-video jobs paid per day, OTP "sent by mistake"
# ---- (added 2026-12, original work, MIT; 2026-12 later: the peso pattern no longer matches the P of GBP,
# ---- and "paki-send" counts only when a code is named) ----
re:\bkikita ka ng \d+k?.{0,20}\b(in|sa loob ng|within) \d+ (days|araw|hours|oras)\b | scam | 0.6 | scam_crypto_doubling |
re:\bguaranteed (walang talo|kita|profit|returns|balik)\b | scam | 0.55 | scam_guaranteed_returns |
re:\b(like|mag-?like|manood|panoorin|i-like) (lang )?(ng )?(videos|posts|youtube videos|tiktok)\b | scam | 0.5 | scam_job_offer |
re:(₱|\bphp|\bp) ?\d[\d,]* ?(per|a|kada|bawat) ?(day|araw|hour|oras)\b | scam | 0.4 | scam_job_offer |
re:\b(na-?send|nasend|naisend|naipadala|nai-send) (ko )?(po )?(yung |ang )?(otp|code|pin).{0,40}\b(by mistake|nagkamali|mali|sa maling)\b | scam | 0.75 | scam_credentials | severe
re:\bpaki-?(send|balik|ibalik|sendback)\b.{0,25}\b(otp|code|pin|mpin)\b | scam | 0.35 | scam_credentials |
