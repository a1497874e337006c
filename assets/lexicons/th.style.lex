# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
# Since 2026-12 each cue names the manipulation technique it shows (key tactic_*, explained with examples in
# ../tactics.json), after Roozenbeek et al. 2022 (Science Advances 8(34), eabo6254) and Roozenbeek & van der Linden
# 2019 (Palgrave Communications 5, 65), plus false urgency. Plain phrases only; no slurs and no group names.
@format 1
@lang th
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
# term | category | weight | key | flags

# ---- tactic_urgency: false urgency: share or forward now, before it is deleted
แชร์ด่วน                | misinformation | 0.3  | tactic_urgency |
ช่วยกันแชร์             | misinformation | 0.25 | tactic_urgency |
ส่งต่อให้มากที่สุด      | misinformation | 0.3  | tactic_urgency |
ก่อนโดนลบ               | misinformation | 0.25 | tactic_urgency |
ส่งต่อด่วน              | misinformation | 0.3  | tactic_urgency |
ช่วยกันส่งต่อ           | misinformation | 0.3  | tactic_urgency |
ช่วยกันกระจายข่าว       | misinformation | 0.3  | tactic_urgency |
แชร์ให้มากที่สุด        | misinformation | 0.3  | tactic_urgency |
ส่งต่อให้คนที่คุณรัก    | misinformation | 0.3  | tactic_urgency |
ส่งต่อทุกกลุ่ม          | misinformation | 0.3  | tactic_urgency |

# ---- tactic_conspiracy: hidden truth / conspiracy framing: "they" hide it, the media will not say it
ที่เขาไม่อยากให้คุณรู้  | misinformation | 0.3  | tactic_conspiracy |
สื่อไม่กล้าเสนอ         | misinformation | 0.3  | tactic_conspiracy |
ความจริงที่ถูกปิดบัง    | misinformation | 0.3  | tactic_conspiracy |
ความจริงที่สื่อไม่บอก   | misinformation | 0.3  | tactic_conspiracy |
สื่อหลักไม่กล้า         | misinformation | 0.3  | tactic_conspiracy |
ปิดข่าวเงียบ            | misinformation | 0.25 | tactic_conspiracy |
ที่รัฐบาลไม่อยากให้รู้  | misinformation | 0.3  | tactic_conspiracy |
เรื่องที่ถูกปกปิด       | misinformation | 0.25 | tactic_conspiracy |
แผนลดประชากร            | misinformation | 0.3  | tactic_conspiracy |

# ---- tactic_emotional: emotionally manipulative language: shock and fear formulas that hurry past thinking
ความจริงที่น่าตกใจ      | misinformation | 0.3  | tactic_emotional |
ความจริงที่น่ากลัว      | misinformation | 0.3  | tactic_emotional |
คุณจะต้องตกใจ           | misinformation | 0.3  | tactic_emotional |
อ่านแล้วจะตกใจ          | misinformation | 0.25 | tactic_emotional |
ดูแล้วช็อก              | misinformation | 0.25 | tactic_emotional |
พ่อแม่ทุกคนต้องรู้      | misinformation | 0.25 | tactic_emotional |

# ---- tactic_false_dichotomy: false dichotomy: only two options (share or you do not care; with us or against us)
ถ้าไม่แชร์แสดงว่า       | misinformation | 0.3  | tactic_false_dichotomy |
ใครไม่แชร์แสดงว่า       | misinformation | 0.3  | tactic_false_dichotomy |
ถ้าไม่ส่งต่อ            | misinformation | 0.25 | tactic_false_dichotomy |
ถ้ารักครอบครัว          | misinformation | 0.2  | tactic_false_dichotomy |
ถ้าไม่อยู่ข้างเรา       | misinformation | 0.3  | tactic_false_dichotomy |
มีแค่สองทาง             | misinformation | 0.2  | tactic_false_dichotomy |

# ---- tactic_scapegoating: scapegoating: one culprit blamed for every problem (blame frames only, never a group name)
ต้นเหตุของทุกปัญหา      | misinformation | 0.3  | tactic_scapegoating |
ต้นตอของปัญหาทั้งหมด    | misinformation | 0.3  | tactic_scapegoating |
ทุกอย่างเป็นเพราะพวกมัน | misinformation | 0.3  | tactic_scapegoating |
ประเทศเจริญไม่ได้เพราะ  | misinformation | 0.3  | tactic_scapegoating |
ทำลายชาติ               | misinformation | 0.2  | tactic_scapegoating |
มาแย่งงาน               | misinformation | 0.25 | tactic_scapegoating |

# ---- tactic_ad_hominem: ad hominem: the speaker is called paid or bought instead of the argument being answered
ไอโอรับจ้าง             | misinformation | 0.3  | tactic_ad_hominem |
ถูกจ้างมาปั่น           | misinformation | 0.3  | tactic_ad_hominem |
ได้ค่าจ้างเท่าไหร่      | misinformation | 0.3  | tactic_ad_hominem |
พวกรับเงินมา            | misinformation | 0.3  | tactic_ad_hominem |
ขายชาติ                 | misinformation | 0.25 | tactic_ad_hominem |

# ---- tactic_impersonation: impersonation / false authority: an unnamed doctor friend, a "ministry message", NASA confirms
เพื่อนเป็นหมอ           | misinformation | 0.25 | tactic_impersonation |
หมอที่รู้จักบอก         | misinformation | 0.3  | tactic_impersonation |
เพื่อนที่เป็นพยาบาล     | misinformation | 0.25 | tactic_impersonation |
ส่งต่อจากกลุ่มแพทย์     | misinformation | 0.3  | tactic_impersonation |
นาซ่ายืนยัน             | misinformation | 0.3  | tactic_impersonation |
นาซ่าเตือน              | misinformation | 0.3  | tactic_impersonation |
วงในบอกมา               | misinformation | 0.3  | tactic_impersonation |

# ---- tactic_discrediting: discrediting: media, doctors, experts or fact-checkers dismissed wholesale
อย่าไปเชื่อสื่อ         | misinformation | 0.3  | tactic_discrediting |
สื่อรับจ้าง             | misinformation | 0.3  | tactic_discrediting |
สื่อกระแสหลักโกหก       | misinformation | 0.3  | tactic_discrediting |
สื่อขายตัว              | misinformation | 0.3  | tactic_discrediting |
อย่าไปเชื่อหมอ          | misinformation | 0.3  | tactic_discrediting |
หมอก็โกหก               | misinformation | 0.25 | tactic_discrediting |

# ---- tactic_miracle: too good to be true: miracle cures, 100% effective, cures everything
รักษาหายขาด             | misinformation | 0.3  | tactic_miracle |
ได้ผล 100%              | misinformation | 0.3  | tactic_miracle |
ยาวิเศษ                 | misinformation | 0.3  | tactic_miracle |
สมุนไพรรักษามะเร็ง      | misinformation | 0.3  | tactic_miracle |
รักษาได้ทุกโรค          | misinformation | 0.3  | tactic_miracle |
ยาครอบจักรวาล           | misinformation | 0.25 | tactic_miracle |
หมอยังอึ้ง              | misinformation | 0.3  | tactic_miracle |
ไม่มีผลข้างเคียง        | misinformation | 0.2  | tactic_miracle |
ฆ่าเซลล์มะเร็ง          | misinformation | 0.25 | tactic_miracle |
