# Thai scams: guaranteed profit, doubling, easy online jobs (กดไลก์รับเงิน, task scams), urgency
# and impersonation (บัญชีถูกระงับ, ฟอกเงิน, พัสดุผิดกฎหมาย), moving to LINE/Telegram, prizes,
# OTP and ID-card codes, up-front fees and instant loans, online-gambling spam.
# Warnings from police and the Anti-Fake News Centre use the same words: ctx:counter words
# (มิจฉาชีพ, อย่าหลงเชื่อ, เตือนภัย) lower them.
@format 1
@lang th
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- guaranteed returns ----------------------------------------------------------------------
การันตีผลตอบแทน     | scam | 0.6  | scam_guaranteed_returns |
การันตีกำไร          | scam | 0.6  | scam_guaranteed_returns |
ผลตอบแทนสูง        | scam | 0.3  | scam_guaranteed_returns |
ผลตอบแทนต่อวัน      | scam | 0.5  | scam_guaranteed_returns |
ผลตอบแทนรายวัน     | scam | 0.5  | scam_guaranteed_returns |
กำไรแน่นอน         | scam | 0.55 | scam_guaranteed_returns |
กำไรทุกวัน          | scam | 0.45 | scam_guaranteed_returns |
ไม่มีความเสี่ยง       | scam | 0.35 | scam_guaranteed_returns |
ไม่มีทางขาดทุน      | scam | 0.55 | scam_guaranteed_returns |
ไม่มีขาดทุน         | scam | 0.5  | scam_guaranteed_returns |
ปันผลทุกวัน         | scam | 0.5  | scam_guaranteed_returns |
ลงทุนน้อยกำไรเยอะ   | scam | 0.5  | scam_guaranteed_returns |
ลงทุนน้อยได้กำไรมาก  | scam | 0.5  | scam_guaranteed_returns |
ได้เงินจริงไม่โกง     | scam | 0.5  | scam_guaranteed_returns |
ถอนได้จริง          | scam | 0.45 | scam_guaranteed_returns |
รายได้หลักแสน       | scam | 0.4  | scam_guaranteed_returns |
# online-gambling spam
สล็อตเว็บตรง        | scam | 0.45 | scam_guaranteed_returns |
เว็บตรงไม่ผ่านเอเย่นต์ | scam | 0.45 | scam_guaranteed_returns |
ฝากถอนไม่มีขั้นต่ำ    | scam | 0.45 | scam_guaranteed_returns |
ฝากถอนออโต้         | scam | 0.4  | scam_guaranteed_returns |
สล็อตแตกง่าย        | scam | 0.5  | scam_guaranteed_returns |
เครดิตฟรี           | scam | 0.35 | scam_guaranteed_returns |

# --- doubling --------------------------------------------------------------------------------
เงินทวีคูณ           | scam | 0.5  | scam_crypto_doubling |
เพิ่มเงินเป็นสองเท่า   | scam | 0.6  | scam_crypto_doubling |
ได้คืนสองเท่า        | scam | 0.6  | scam_crypto_doubling |
คืนเงินสองเท่า       | scam | 0.55 | scam_crypto_doubling |
โอนมาได้คืนสองเท่า   | scam | 0.85 | scam_crypto_doubling | severe
ปั่นเงิน             | scam | 0.35 | scam_crypto_doubling |

# --- jobs ------------------------------------------------------------------------------------
รายได้วันละ          | scam | 0.4  | scam_job_offer |
รายได้ต่อวัน         | scam | 0.35 | scam_job_offer |
งานออนไลน์ทำที่บ้าน   | scam | 0.4  | scam_job_offer |
งานสบายรายได้ดี     | scam | 0.5  | scam_job_offer |
แค่มีมือถือก็ทำได้     | scam | 0.5  | scam_job_offer |
มีมือถือเครื่องเดียวก็ทำได้ | scam | 0.5 | scam_job_offer |
ไม่ต้องมีประสบการณ์   | scam | 0.25 | scam_job_offer |
กดไลก์รับเงิน        | scam | 0.6  | scam_job_offer |
กดไลค์รับเงิน        | scam | 0.6  | scam_job_offer |
กดไลค์ได้เงิน        | scam | 0.6  | scam_job_offer |
ทำภารกิจรับค่าคอม    | scam | 0.65 | scam_job_offer |
รีวิวสินค้ารับค่าคอม   | scam | 0.5  | scam_job_offer |
งานกดออเดอร์        | scam | 0.55 | scam_job_offer |
เติมเงินเพื่อรับงาน    | scam | 0.8  | scam_job_offer | severe
ทำงานต่างประเทศรายได้ดี | scam | 0.35 | scam_job_offer |

# --- urgency and impersonation ---------------------------------------------------------------
บัญชีของคุณถูกระงับ  | scam | 0.55 | scam_urgency |
บัญชีของท่านถูกระงับ | scam | 0.55 | scam_urgency |
บัญชีถูกระงับ        | scam | 0.4  | scam_urgency |
บัญชีจะถูกอายัด      | scam | 0.55 | scam_urgency |
เกี่ยวข้องกับการฟอกเงิน | scam | 0.45 | scam_urgency |
บัญชีของคุณเกี่ยวข้องกับ | scam | 0.6 | scam_urgency |
พัสดุผิดกฎหมาย       | scam | 0.5  | scam_urgency |
พัสดุของคุณ          | scam | 0.3  | scam_urgency |
ติดศุลกากร          | scam | 0.35 | scam_urgency |
คุณมีหมายจับ        | scam | 0.55 | scam_urgency |
ค่าไฟค้างชำระ        | scam | 0.4  | scam_urgency |
จะถูกตัดไฟ          | scam | 0.45 | scam_urgency |
คืนเงินภาษี          | scam | 0.35 | scam_urgency |
ภายในวันนี้เท่านั้น    | scam | 0.3  | scam_urgency |
ด่วนที่สุด           | scam | 0.2  | scam_urgency |

# --- off-platform ----------------------------------------------------------------------------
แอดไลน์             | scam | 0.3  | scam_off_platform |
ทักไลน์              | scam | 0.3  | scam_off_platform |
สอบถามทางไลน์       | scam | 0.25 | scam_off_platform |
เพิ่มเพื่อนไลน์        | scam | 0.25 | scam_off_platform |
เข้ากลุ่มเทเลแกรม    | scam | 0.4  | scam_off_platform |
คลิกลิงก์             | scam | 0.2  | scam_off_platform |
คลิกลิงค์             | scam | 0.2  | scam_off_platform |
กดลิงก์              | scam | 0.2  | scam_off_platform |
กดลิงค์              | scam | 0.2  | scam_off_platform |
ดาวน์โหลดแอป        | scam | 0.25 | scam_off_platform |
ติดตั้งแอป           | scam | 0.25 | scam_off_platform |

# --- prizes ----------------------------------------------------------------------------------
คุณได้รับรางวัล       | scam | 0.5  | scam_prize |
ยินดีด้วยคุณได้รับ     | scam | 0.6  | scam_prize |
คุณถูกรางวัล         | scam | 0.5  | scam_prize |
คุณเป็นผู้โชคดี        | scam | 0.55 | scam_prize |
รับรางวัลได้ที่        | scam | 0.45 | scam_prize |
รับเงินฟรี            | scam | 0.45 | scam_prize |
ค่าธรรมเนียมรับรางวัล  | scam | 0.7  | scam_prize |
ค่าภาษีรางวัล         | scam | 0.6  | scam_prize |

# --- credentials -----------------------------------------------------------------------------
re:(แจ้ง|บอก|ส่ง|ขอ|กรอก)\s?(รหัส)?\s?(otp|โอทีพี) | scam | 0.8 | scam_credentials | severe
re:รหัส\s?(otp|โอทีพี) | scam | 0.35 | scam_credentials |
บอกรหัสผ่าน          | scam | 0.6  | scam_credentials |
กรอกรหัสผ่าน         | scam | 0.35 | scam_credentials |
เลขหลังบัตร          | scam | 0.55 | scam_credentials |
รหัสหลังบัตร         | scam | 0.6  | scam_credentials |
เลขบัตรเครดิต        | scam | 0.35 | scam_credentials |
เลขบัตรประชาชน      | scam | 0.25 | scam_credentials |
กรอกข้อมูลส่วนตัว     | scam | 0.3  | scam_credentials |
ยืนยันตัวตนผ่านลิงก์   | scam | 0.6  | scam_credentials |

# --- payment requests ------------------------------------------------------------------------
โอนเงินก่อน          | scam | 0.5  | scam_payment_request |
ต้องโอนก่อน          | scam | 0.45 | scam_payment_request |
ค่าดำเนินการ         | scam | 0.3  | scam_payment_request |
ค่าค้ำประกัน          | scam | 0.35 | scam_payment_request |
โอนค่าประกัน         | scam | 0.5  | scam_payment_request |
ชำระค่าธรรมเนียมก่อน  | scam | 0.6  | scam_payment_request |
กู้เงินด่วน            | scam | 0.4  | scam_payment_request |
เงินกู้ด่วน            | scam | 0.4  | scam_payment_request |
อนุมัติไว             | scam | 0.3  | scam_payment_request |
ไม่เช็คบูโร           | scam | 0.45 | scam_payment_request |
ไม่เช็คเครดิตบูโร      | scam | 0.45 | scam_payment_request |
ไม่ต้องมีคนค้ำ        | scam | 0.35 | scam_payment_request |
สินเชื่อด่วน           | scam | 0.35 | scam_payment_request |

# ---- Prize that needs a fee first, OTP "sent by mistake", fake account alerts with a link
# ---- (added 2026-12, original work, MIT) ----
re:โอน(ค่าธรรมเนียม|ค่าส่ง|ค่าจัดส่ง|ค่าภาษี|ค่าดําเนินการ|ค่ามัดจํา)               | scam | 0.55 | scam_payment_request |
re:(เพื่อ)?รับ(ของ)?รางวัล                                                          | scam | 0.3  | scam_prize |
re:(ส่ง|โอน)?(otp|โอทีพี|รหัส).{0,20}(ผิด|พลาด|ผิดเบอร์).{0,30}(ส่ง|บอก|แจ้ง)(กลับ|คืน|ให้) | scam | 0.75 | scam_credentials | severe
re:(ยืนยัน|อัปเดต|อัพเดท)(ตัวตน|ข้อมูล|บัญชี).{0,30}(ภายใน|ด่วน|24)                  | scam | 0.45 | scam_urgency |
re:(ฝาก|ลงทุน|โอน)\s?\d[\d,]*.{0,20}(ได้คืน|รับคืน|ได้กลับ|รับ)\s?\d[\d,]*              | scam | 0.5 | scam_crypto_doubling |
