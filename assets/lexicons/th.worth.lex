# Thai worths for the target x predicate layer (pred:worth): positive worths, rights and feelings
# said of a group. They count as hate only when denied in their clause ("พวกมันไม่น่าไว้ใจ",
# "ไม่สมควรได้รับสิทธิ์", "ไม่ใช่ส่วนหนึ่งของสังคม") with a group named in the sentence; stated plainly
# they are praise and count for nothing. Terms are the positive form WITHOUT the negator: Thai has no
# spaces, so the negator touches the term and the engine finds it before it.
# Plain ไม่ is no ctx:negation in th.context.lex (it is everywhere), so it is added here as a
# ctx:denial, which denies a worth only and negates nothing else (as Vietnamese "không" in
# vi.context.lex); it also covers ไม่เคย, ไม่มีวัน, ไม่ควร, ไม่สมควร, ไม่ค่อย, ไม่อยาก, ไม่น่า, which all
# start with it. Left out: bare คน/เป็นคน ("ไม่ได้เป็นคนทำ", not the one who did it), bare เท่าเทียม
# (ความไม่เท่าเทียม, inequality), ได้รับสิทธิ์ ("ไม่ได้รับสิทธิ์", factual reports of rights denied) and
# ได้รับการยอมรับ (LGBT advocacy: "ยังไม่ได้รับการยอมรับ"); rights are written with ควร ("should get").
@format 1
@lang th
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:denial: negators that deny a worth only
ไม่                          | ctx:denial |  |  |
มิได้                        | ctx:denial |  |  |
มิอาจ                        | ctx:denial |  |  |
มิควร                        | ctx:denial |  |  |
หาใช่                        | ctx:denial |  |  |
อย่าไป                       | ctx:denial |  |  |
อย่าได้                      | ctx:denial |  |  |

# ---- pred:worth: being human, one of us, normal
เป็นมนุษย์                   | pred:worth | 0.85 | |
มนุษย์เหมือนเรา              | pred:worth | 0.85 | |
คนเหมือนเรา                  | pred:worth | 0.85 | |
คนเหมือนกับเรา               | pred:worth | 0.85 | |
คนเหมือนพวกเรา               | pred:worth | 0.85 | |
ถือว่าเป็นคน                 | pred:worth | 0.85 | |
นับว่าเป็นคน                 | pred:worth | 0.85 | |
เป็นคนเต็มคน                 | pred:worth | 0.85 | |
เป็นคนปกติ                   | pred:worth | 0.75 | |
มีหัวใจ                      | pred:worth | 0.75 | |

# ---- citizens, belonging, welcome
คนไทยแท้                     | pred:worth | 0.8 | |
คนไทยเต็มตัว                 | pred:worth | 0.8 | |
พลเมืองที่แท้จริง            | pred:worth | 0.8 | |
ส่วนหนึ่งของสังคม            | pred:worth | 0.8 | |
ส่วนหนึ่งของประเทศ           | pred:worth | 0.8 | |
ที่ยืนในสังคม                | pred:worth | 0.8 | |
อยู่ร่วมกับเรา               | pred:worth | 0.8 | |
อยู่ร่วมกับคนไทย             | pred:worth | 0.8 | |
อยู่ร่วมกันได้               | pred:worth | 0.75 | |
ยินดีต้อนรับ                 | pred:worth | 0.8 | |
เป็นที่ต้อนรับ               | pred:worth | 0.85 | |
ต้อนรับพวก                   | pred:worth | 0.8 | |
เป็นเพื่อนบ้าน               | pred:worth | 0.75 | |

# ---- equality
เท่ากับเรา                   | pred:worth | 0.8 | |
เท่ากับคนไทย                 | pred:worth | 0.8 | |
เท่าเทียมกับคนอื่น           | pred:worth | 0.8 | |
เทียบเท่าเรา                 | pred:worth | 0.8 | |
เสมอภาคกับเรา                | pred:worth | 0.8 | |

# ---- trust, honesty, reliability
ไว้ใจ                        | pred:worth | 0.75 | |
ไว้วางใจ                     | pred:worth | 0.75 | |
เชื่อใจ                      | pred:worth | 0.75 | |
น่าเชื่อถือ                  | pred:worth | 0.75 | |
เชื่อถือได้                  | pred:worth | 0.75 | |
พึ่งพาได้                    | pred:worth | 0.7 | |
ซื่อสัตย์                    | pred:worth | 0.75 | |
จริงใจ                       | pred:worth | 0.7 | |

# ---- intelligence, capability, civilisation, cleanliness
ฉลาด                         | pred:worth | 0.7 | |
มีสมอง                       | pred:worth | 0.75 | |
มีอารยธรรม                   | pred:worth | 0.8 | |
ศิวิไลซ์                     | pred:worth | 0.8 | |
มีมารยาท                     | pred:worth | 0.75 | |
มีวัฒนธรรม                   | pred:worth | 0.75 | |
มีศีลธรรม                    | pred:worth | 0.75 | |
สะอาด                        | pred:worth | 0.7 | |

# ---- deserving: rights, respect, help, work, a place ("ไม่ควร…", "ไม่สมควร…")
ควรได้รับสิทธิ               | pred:worth | 0.85 | |
ควรได้สิทธิ                  | pred:worth | 0.8 | |
ควรมีสิทธิ                   | pred:worth | 0.8 | |
ควรได้รับความเคารพ           | pred:worth | 0.8 | |
ควรค่าแก่การเคารพ            | pred:worth | 0.8 | |
ควรได้รับความช่วยเหลือ       | pred:worth | 0.8 | |
ควรได้รับการช่วยเหลือ        | pred:worth | 0.8 | |
ควรค่าแก่การช่วยเหลือ        | pred:worth | 0.85 | |
ควรช่วยเหลือ                 | pred:worth | 0.75 | |
ควรได้อยู่                   | pred:worth | 0.8 | |
ควรได้ทำงาน                  | pred:worth | 0.75 | |
ควรได้งาน                    | pred:worth | 0.75 | |
คู่ควร                       | pred:worth | 0.75 | |

# ---- worth
มีค่า                        | pred:worth | 0.75 | |
มีคุณค่า                     | pred:worth | 0.8 | |

# ---- feelings of the speaker, said of people (พวก makes the object people)
เคารพ                        | pred:worth | 0.7 | |
เคารพพวก                     | pred:worth | 0.8 | |
ให้เกียรติพวก                | pred:worth | 0.75 | |
ยอมรับพวก                    | pred:worth | 0.8 | |
ชอบพวก                       | pred:worth | 0.75 | |
รักพวก                       | pred:worth | 0.75 | |

# ---- pred:dehumanise: bare "ไม่ใช่คน" at the end of a clause ("พวกมันไม่ใช่คน"); th.groups.lex
# ---- leaves it out because of ไม่ใช่คนเดียว / ไม่ใช่คนผิด, which go on after คน
re:(ไม่ใช่|ไม่ได้เป็น|มิใช่|ไม่นับว่าเป็น|ไม่ถือว่าเป็น|ไม่เคยเป็น)คน(หรอก|เลย|นะ|จ้า|ครับ|ค่ะ|แล้ว|ด้วยซ้ำ|สักนิด)?(\s|[.!?…]|$) | pred:dehumanise | 0.85 | |

# ---- allow: everyday senses that hold a worth, and affirmations with ก็
ทำความสะอาด                  | allow
น้ำยาทำความสะอาด             | allow
มีค่าใช้จ่าย                 | allow
มีค่าบริการ                  | allow
มีค่าธรรมเนียม               | allow
มีค่าส่ง                     | allow
มีค่าปรับ                    | allow
มีค่าเข้า                    | allow
มีค่าแรง                     | allow
มีค่าจ้าง                    | allow
มีค่าเช่า                    | allow
มีค่าเทอม                    | allow
มีค่าตอบแทน                  | allow
รักพวกพ้อง                   | allow
# ก็ + a worth affirms it ("ไม่ใช่ทุกคนที่แย่ บางคนก็ไว้ใจได้", "ไม่ว่าศาสนาไหนก็เป็นมนุษย์เหมือนเรา"): a
# ไม่ earlier in the clause does not deny it. "ก็ไม่…" and "…ไม่ได้" (ยังไงก็ไว้ใจไม่ได้) stay as they are.
re:ก็\s?(เป็น|คือ)?\s?(สม)?(ควรได้รับการช่วยเหลือ|ควรได้รับความช่วยเหลือ|ควรได้รับความเคารพ|ส่วนหนึ่งของประเทศ|ส่วนหนึ่งของสังคม|เท่าเทียมกับคนอื่น|อยู่ร่วมกับคนไทย|คนเหมือนพวกเรา|มนุษย์เหมือนเรา|ควรได้รับสิทธิ|คนเหมือนกับเรา|อยู่ร่วมกันได้|อยู่ร่วมกับเรา|เสมอภาคกับเรา|คนไทยเต็มตัว|ควรช่วยเหลือ|เท่ากับคนไทย|คนเหมือนเรา|ควรได้ทำงาน|ควรได้สิทธิ|ควรมีสิทธิ|เทียบเท่าเรา|เชื่อถือได้|น่าเชื่อถือ|มีอารยธรรม|มีวัฒนธรรม|ควรได้อยู่|มีศีลธรรม|เท่ากับเรา|ควรได้งาน|พึ่งพาได้|ไว้วางใจ|ซื่อสัตย์|คนไทยแท้|คนเต็มคน|มีมารยาท|มีคุณค่า|มนุษย์|คนปกติ|เชื่อใจ|มีสมอง|มีหัวใจ|จริงใจ|ไว้ใจ|ฉลาด|สะอาด|มีค่า) | allow
