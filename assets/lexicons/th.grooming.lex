# Thai grooming: age/school questions, secrecy from parents, moving to LINE/Telegram, gifts and
# game top-ups (เติมเกม, เติมเพชร), photo and camera requests, meeting, flattery, isolation.
# "หนู" is how adults address a child (and how girls refer to themselves).
@format 1
@lang th
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- age and school --------------------------------------------------------------------------
อายุเท่าไหร่        | grooming | 0.25 | grooming_age_question |
อายุเท่าไร          | grooming | 0.25 | grooming_age_question |
หนูอายุเท่าไหร่      | grooming | 0.45 | grooming_age_question |
น้องอายุเท่าไหร่     | grooming | 0.4  | grooming_age_question |
อายุกี่ขวบ          | grooming | 0.45 | grooming_age_question |
กี่ขวบแล้ว          | grooming | 0.4  | grooming_age_question |
เรียนอยู่ชั้นอะไร     | grooming | 0.45 | grooming_age_question |
เรียนชั้นไหน        | grooming | 0.4  | grooming_age_question |
re:(อยู่|เรียน|เรียนอยู่)(ม|มอ|ป)\.?\s?(อะไร|ไหน|ไร|กี่) | grooming | 0.45 | grooming_age_question |
อยู่โรงเรียนไหน      | grooming | 0.4  | grooming_age_question |
เรียนโรงเรียนอะไร    | grooming | 0.4  | grooming_age_question |
เลิกเรียนกี่โมง      | grooming | 0.5  | grooming_age_question |
พ่อแม่อยู่บ้านไหม    | grooming | 0.45 | grooming_age_question |
อยู่บ้านคนเดียวหรอ   | grooming | 0.5  | grooming_age_question |
อยู่บ้านคนเดียวไหม   | grooming | 0.5  | grooming_age_question |

# --- secrecy ---------------------------------------------------------------------------------
อย่าบอกพ่อแม่       | grooming | 0.85 | grooming_secrecy | severe
อย่าบอกพ่อกับแม่    | grooming | 0.85 | grooming_secrecy | severe
อย่าบอกแม่          | grooming | 0.45 | grooming_secrecy |
อย่าบอกพ่อ          | grooming | 0.45 | grooming_secrecy |
อย่าบอกครู          | grooming | 0.6  | grooming_secrecy |
อย่าบอกใคร          | grooming | 0.4  | grooming_secrecy |
อย่าให้พ่อแม่รู้      | grooming | 0.8  | grooming_secrecy | severe
อย่าให้แม่รู้        | grooming | 0.6  | grooming_secrecy |
อย่าให้ใครรู้        | grooming | 0.4  | grooming_secrecy |
ความลับของเรา      | grooming | 0.5  | grooming_secrecy |
ความลับระหว่างเรา   | grooming | 0.55 | grooming_secrecy |
ความลับของเราสองคน | grooming | 0.65 | grooming_secrecy |
รู้กันแค่เราสองคน    | grooming | 0.65 | grooming_secrecy |
ลบแชทด้วยนะ        | grooming | 0.5  | grooming_secrecy |
ลบแชททิ้ง          | grooming | 0.45 | grooming_secrecy |
ลบข้อความทิ้ง       | grooming | 0.45 | grooming_secrecy |

# --- private apps ----------------------------------------------------------------------------
แอดไลน์            | grooming | 0.25 | grooming_private_app |
ขอไลน์หน่อย        | grooming | 0.3  | grooming_private_app |
ขอไอดีไลน์          | grooming | 0.3  | grooming_private_app |
ทักไลน์มา           | grooming | 0.3  | grooming_private_app |
ไปคุยในไลน์        | grooming | 0.35 | grooming_private_app |
ไปคุยในเทเลแกรม    | grooming | 0.4  | grooming_private_app |
คุยในเทเลแกรม      | grooming | 0.35 | grooming_private_app |
ไปคุยกันสองคน      | grooming | 0.4  | grooming_private_app |
คุยส่วนตัว          | grooming | 0.25 | grooming_private_app |
ทักแชทส่วนตัว       | grooming | 0.3  | grooming_private_app |
แอคหลุม            | grooming | 0.35 | grooming_private_app |
สร้างแอคหลุม        | grooming | 0.45 | grooming_private_app |

# --- gifts and top-ups -----------------------------------------------------------------------
เติมเกมให้          | grooming | 0.5  | grooming_gift |
เติมเพชรให้         | grooming | 0.55 | grooming_gift |
เติมเงินให้          | grooming | 0.35 | grooming_gift |
ซื้อสกินให้          | grooming | 0.5  | grooming_gift |
พี่เติมให้           | grooming | 0.45 | grooming_gift |
ให้เงินใช้           | grooming | 0.35 | grooming_gift |
พี่โอนเงินให้        | grooming | 0.4  | grooming_gift |
ซื้อของให้หนู        | grooming | 0.45 | grooming_gift |
ซื้อโทรศัพท์ให้หนู    | grooming | 0.5  | grooming_gift |
ให้ค่าขนม           | grooming | 0.3  | grooming_gift |
พี่จะให้รางวัล        | grooming | 0.4  | grooming_gift |

# --- photo and camera requests ---------------------------------------------------------------
ส่งรูปมาดูหน่อย      | grooming | 0.4  | grooming_photo_request |
ขอดูรูปหน่อย        | grooming | 0.3  | grooming_photo_request |
ขอรูปหน่อย         | grooming | 0.25 | grooming_photo_request |
ส่งรูปโป๊           | grooming | 0.8  | grooming_photo_request | severe
ถ่ายรูปโป๊          | grooming | 0.8  | grooming_photo_request | severe
ถอดเสื้อให้ดู        | grooming | 0.8  | grooming_photo_request | severe
ถอดเสื้อให้พี่ดู      | grooming | 0.85 | grooming_photo_request | severe
ขอดูหน้าอก         | grooming | 0.8  | grooming_photo_request | severe
ถ่ายรูปตอนอาบน้ำ    | grooming | 0.85 | grooming_photo_request | severe
ใส่ชุดนอนให้ดู       | grooming | 0.7  | grooming_photo_request | severe
ขอดูชุดชั้นใน       | grooming | 0.8  | grooming_photo_request | severe
เปิดกล้องหน่อย       | grooming | 0.35 | grooming_photo_request |
วิดีโอคอลกัน        | grooming | 0.25 | grooming_photo_request |
คอลวิดีโอกัน        | grooming | 0.25 | grooming_photo_request |

# --- meeting ---------------------------------------------------------------------------------
ออกมาเจอกัน        | grooming | 0.35 | grooming_meeting |
ออกมาเจอพี่         | grooming | 0.45 | grooming_meeting |
พี่ไปรับที่โรงเรียน    | grooming | 0.7  | grooming_meeting | severe
ไปเที่ยวกับพี่        | grooming | 0.35 | grooming_meeting |
แอบออกมาเจอ       | grooming | 0.6  | grooming_meeting |
แอบมาเจอพี่         | grooming | 0.65 | grooming_meeting | severe
ไม่ต้องบอกใครว่าไปไหน | grooming | 0.75 | grooming_meeting | severe
หนีออกจากบ้านมาหาพี่ | grooming | 0.8  | grooming_meeting | severe

# --- flattery --------------------------------------------------------------------------------
โตเกินวัย           | grooming | 0.5  | grooming_flattery |
เป็นผู้ใหญ่เกินอายุ    | grooming | 0.55 | grooming_flattery |
ไม่เหมือนเด็กคนอื่น   | grooming | 0.45 | grooming_flattery |
หนูสวยกว่าเด็กรุ่นเดียวกัน | grooming | 0.55 | grooming_flattery |
หนูพิเศษสำหรับพี่     | grooming | 0.5  | grooming_flattery |
พี่ชอบหนูมาก        | grooming | 0.35 | grooming_flattery |

# --- isolation -------------------------------------------------------------------------------
มีแค่พี่ที่เข้าใจหนู     | grooming | 0.7  | grooming_isolation |
พี่เข้าใจหนูที่สุด      | grooming | 0.5  | grooming_isolation |
พ่อแม่ไม่เข้าใจหนูหรอก | grooming | 0.6  | grooming_isolation |
พ่อแม่ไม่รักหนู       | grooming | 0.5  | grooming_isolation |
ไม่ต้องไปฟังพ่อแม่    | grooming | 0.6  | grooming_isolation |
เพื่อนหนูไม่จริงใจ     | grooming | 0.4  | grooming_isolation |
มาอยู่กับพี่ดีกว่า      | grooming | 0.55 | grooming_isolation |

# ---- Gifts with the game or item named in between ("พี่เติมเพชรฟีฟายให้", 💎 for เพชร), photo
# ---- requests of a child in uniform, secrecy and pick-up at school (added 2026-12, original work, MIT) ----
re:พี่(จะ)?(เติม|ซื้อ|โอน)(เพชร|💎|เกม|สกิน|ไอเทม|เงิน|robux|โรบัค)?.{0,20}ให้(หนู|น้อง)? | grooming | 0.45 | grooming_gift |
re:เติม(เพชร|💎).{0,15}ให้                              | grooming | 0.5 | grooming_gift |
re:ส่งรูป(หนู|น้อง)                                      | grooming | 0.4 | grooming_photo_request |
re:(ใส่|แต่ง)ชุด(นักเรียน|นอน|ว่ายน้ํา|ชั้นใน).{0,20}(ให้พี่ดู|มาให้ดู|ส่งมา|ถ่าย)  | grooming | 0.65 | grooming_photo_request | severe
re:ส่งรูป.{0,30}(มาให้พี่ดู|ให้พี่ดู)                       | grooming | 0.5 | grooming_photo_request |
ไม่ต้องบอกใคร       | grooming | 0.45 | grooming_secrecy |
ไม่ต้องบอกพ่อแม่     | grooming | 0.8  | grooming_secrecy | severe
re:(มา|ออกมา)เจอพี่(คนเดียว|สองคน|ตามลําพัง)             | grooming | 0.6 | grooming_meeting | severe
re:พี่(จะ)?(ไป)?รับ(ที่|หน้า)?โรงเรียน                      | grooming | 0.55 | grooming_meeting |
ลบแชทนะ            | grooming | 0.45 | grooming_secrecy |
