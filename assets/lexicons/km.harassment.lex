# Khmer starter list: the most common insults and threats, plus a few grooming and scam phrases.
# Deliberately short; the contemptuous prefix អា aims a word at a man.
@format 1
@lang km
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- insults and profanity ------------------------------------------------------------------
អាឆ្កែ            | harassment | 0.6  | insult_at_person |
អាល្ងង់           | harassment | 0.6  | insult_at_person |
ល្ងង់ខ្លៅ          | harassment | 0.4  | insult_at_person | needs=target
អាឆ្កួត           | harassment | 0.5  | insult_at_person |
អាចោរ            | harassment | 0.45 | insult_at_person |
អាតិរច្ឆាន         | harassment | 0.65 | insult_at_person |
អាកំណាច          | harassment | 0.55 | insult_at_person |
ស្រីខូច           | harassment | 0.45 | insult_at_person |
ចុយម្រាយ         | harassment | 0.45 | profanity_at_person |

# --- threats and wishes of harm -------------------------------------------------------------
អញសម្លាប់ឯង      | harassment | 0.95 | threat_violence | severe
សម្លាប់ឯង         | harassment | 0.85 | threat_violence | severe
ទៅងាប់ទៅ         | harassment | 0.8  | wish_harm | severe

# --- grooming -------------------------------------------------------------------------------
កុំប្រាប់ឪពុកម្ដាយ   | grooming | 0.85 | grooming_secrecy | severe
កុំប្រាប់ឪពុកម្តាយ   | grooming | 0.85 | grooming_secrecy | severe
កុំប្រាប់ម៉ាក់       | grooming | 0.6  | grooming_secrecy |
អាយុប៉ុន្មានហើយ    | grooming | 0.25 | grooming_age_question |
ផ្ញើរូបមក          | grooming | 0.3  | grooming_photo_request |

# --- scam -----------------------------------------------------------------------------------
ឈ្នះរង្វាន់         | scam | 0.35 | scam_prize |
ផ្ទេរប្រាក់មុន       | scam | 0.45 | scam_payment_request |
re:(ផ្ញើ|ប្រាប់)\s?(លេខកូដ|កូដ)?\s?otp | scam | 0.75 | scam_credentials | severe
