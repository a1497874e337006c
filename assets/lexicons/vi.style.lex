# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
# Since 2026-12 each cue names the manipulation technique it shows (key tactic_*, explained with examples in
# ../tactics.json), after Roozenbeek et al. 2022 (Science Advances 8(34), eabo6254) and Roozenbeek & van der Linden
# 2019 (Palgrave Communications 5, 65), plus false urgency. Plain phrases only; no slurs and no group names.
@format 1
@lang vi
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
# term | category | weight | key | flags

# ---- tactic_urgency: false urgency: share or forward now, before it is deleted
chia sẻ ngay                  | misinformation | 0.25 | tactic_urgency |
hãy chia sẻ cho mọi người     | misinformation | 0.3  | tactic_urgency |
trước khi bị xóa              | misinformation | 0.3  | tactic_urgency |
trước khi bị xoá              | misinformation | 0.3  | tactic_urgency |
trước khi bị gỡ               | misinformation | 0.3  | tactic_urgency |
chia sẻ gấp                   | misinformation | 0.3  | tactic_urgency |
share gấp                     | misinformation | 0.3  | tactic_urgency |
hãy chia sẻ rộng rãi          | misinformation | 0.25 | tactic_urgency |
gửi cho tất cả các nhóm       | misinformation | 0.3  | tactic_urgency |
chuyển tiếp cho mọi người     | misinformation | 0.3  | tactic_urgency |

# ---- tactic_conspiracy: hidden truth / conspiracy framing: "they" hide it, the media will not say it
họ không muốn bạn biết        | misinformation | 0.3  | tactic_conspiracy |
báo chí không đưa tin         | misinformation | 0.3  | tactic_conspiracy |
họ không muốn chúng ta biết   | misinformation | 0.3  | tactic_conspiracy |
sự thật bị che giấu           | misinformation | 0.3  | tactic_conspiracy |
sự thật mà họ giấu            | misinformation | 0.3  | tactic_conspiracy |
truyền thông không dám đưa    | misinformation | 0.3  | tactic_conspiracy |
báo chí không dám đăng        | misinformation | 0.3  | tactic_conspiracy |
tỉnh ngộ đi                   | misinformation | 0.25 | tactic_conspiracy |
âm mưu giảm dân số            | misinformation | 0.3  | tactic_conspiracy |

# ---- tactic_emotional: emotionally manipulative language: shock and fear formulas that hurry past thinking
sự thật kinh hoàng            | misinformation | 0.3  | tactic_emotional |
sự thật gây sốc               | misinformation | 0.3  | tactic_emotional |
bạn sẽ bị sốc                 | misinformation | 0.3  | tactic_emotional |
bạn sẽ không tin nổi          | misinformation | 0.25 | tactic_emotional |
cha mẹ nào cũng phải biết     | misinformation | 0.25 | tactic_emotional |
phụ huynh cần cảnh giác       | misinformation | 0.2  | tactic_emotional |

# ---- tactic_false_dichotomy: false dichotomy: only two options (share or you do not care; with us or against us)
không chia sẻ là              | misinformation | 0.25 | tactic_false_dichotomy |
không share là                | misinformation | 0.25 | tactic_false_dichotomy |
nếu bạn thương gia đình       | misinformation | 0.2  | tactic_false_dichotomy |
không là bạn thì là thù       | misinformation | 0.3  | tactic_false_dichotomy |
chỉ có hai lựa chọn           | misinformation | 0.2  | tactic_false_dichotomy |
im lặng là đồng lõa           | misinformation | 0.2  | tactic_false_dichotomy |

# ---- tactic_scapegoating: scapegoating: one culprit blamed for every problem (blame frames only, never a group name)
nguyên nhân của mọi vấn đề    | misinformation | 0.3  | tactic_scapegoating |
gốc rễ của mọi vấn đề         | misinformation | 0.3  | tactic_scapegoating |
mọi tội lỗi đều do            | misinformation | 0.3  | tactic_scapegoating |
tại bọn nó hết                | misinformation | 0.3  | tactic_scapegoating |
đang phá hoại đất nước        | misinformation | 0.2  | tactic_scapegoating |
cướp việc làm của             | misinformation | 0.25 | tactic_scapegoating |

# ---- tactic_ad_hominem: ad hominem: the speaker is called paid or bought instead of the argument being answered
nhận tiền để nói              | misinformation | 0.3  | tactic_ad_hominem |
lũ ăn tiền                    | misinformation | 0.3  | tactic_ad_hominem |
tay sai của                   | misinformation | 0.25 | tactic_ad_hominem |
kẻ bán nước                   | misinformation | 0.25 | tactic_ad_hominem |
bị mua chuộc rồi              | misinformation | 0.25 | tactic_ad_hominem |
được trả bao nhiêu để         | misinformation | 0.3  | tactic_ad_hominem |

# ---- tactic_impersonation: impersonation / false authority: an unnamed doctor friend, a "ministry message", NASA confirms
bạn tôi là bác sĩ             | misinformation | 0.25 | tactic_impersonation |
người bạn bác sĩ              | misinformation | 0.25 | tactic_impersonation |
người nhà làm trong bệnh viện | misinformation | 0.3  | tactic_impersonation |
tin từ bộ y tế                | misinformation | 0.25 | tactic_impersonation |
nasa xác nhận                 | misinformation | 0.3  | tactic_impersonation |
nasa cảnh báo                 | misinformation | 0.3  | tactic_impersonation |
tin mật từ                    | misinformation | 0.25 | tactic_impersonation |

# ---- tactic_discrediting: discrediting: media, doctors, experts or fact-checkers dismissed wholesale
đừng tin báo chí              | misinformation | 0.3  | tactic_discrediting |
báo chí toàn nói dối          | misinformation | 0.3  | tactic_discrediting |
bồi bút                       | misinformation | 0.3  | tactic_discrediting |
báo chí bị mua                | misinformation | 0.3  | tactic_discrediting |
đừng tin bác sĩ               | misinformation | 0.3  | tactic_discrediting |
chuyên gia dỏm                | misinformation | 0.25 | tactic_discrediting |

# ---- tactic_miracle: too good to be true: miracle cures, 100% effective, cures everything
chữa khỏi hoàn toàn           | misinformation | 0.3  | tactic_miracle |
thần dược                     | misinformation | 0.25 | tactic_miracle |
chữa bách bệnh                | misinformation | 0.3  | tactic_miracle |
hiệu quả 100%                 | misinformation | 0.3  | tactic_miracle |
chữa khỏi ung thư             | misinformation | 0.3  | tactic_miracle |
tiêu diệt tế bào ung thư      | misinformation | 0.25 | tactic_miracle |
bác sĩ cũng bất ngờ           | misinformation | 0.25 | tactic_miracle |
không có tác dụng phụ         | misinformation | 0.2  | tactic_miracle |
bài thuốc gia truyền          | misinformation | 0.2  | tactic_miracle |
