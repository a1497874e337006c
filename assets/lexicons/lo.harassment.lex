# Lao starter list: the most common insults and threats, plus a few grooming and scam phrases.
# Deliberately short. Bare animal words are ordinary words (ຄວາຍ = buffalo) and need a target.
@format 1
@lang lo
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- insults and profanity ------------------------------------------------------------------
ຄວາຍ             | harassment | 0.35 | insult_at_person | needs=target
ໂງ່               | harassment | 0.3  | insult_at_person | needs=target
ຄວຍ              | harassment | 0.35 | profanity_at_person | needs=target
ຫີແມ່ມຶງ           | harassment | 0.7  | profanity_at_person |
ຂີ້ຕົວະ            | harassment | 0.3  | insult_at_person | needs=target
ໂສເພນີ            | harassment | 0.4  | insult_at_person | needs=target
ຫມາບ້າ            | harassment | 0.4  | insult_at_person | needs=target

# --- threats and wishes of harm -------------------------------------------------------------
ກູຈະຂ້າມຶງ          | harassment | 0.95 | threat_violence | severe
ຂ້າມຶງ             | harassment | 0.8  | threat_violence | severe
ໄປຕາຍ             | harassment | 0.45 | wish_harm | needs=target

# --- grooming -------------------------------------------------------------------------------
ຢ່າບອກພໍ່ແມ່         | grooming | 0.85 | grooming_secrecy | severe
ອາຍຸຈັກປີ           | grooming | 0.25 | grooming_age_question |
ສົ່ງຮູບມາ           | grooming | 0.3  | grooming_photo_request |

# --- scam -----------------------------------------------------------------------------------
ໄດ້ຮັບລາງວັນ        | scam | 0.35 | scam_prize |
ໂອນເງິນກ່ອນ        | scam | 0.45 | scam_payment_request |
