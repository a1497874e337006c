# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
@format 1
@lang th
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
แชร์ด่วน | misinformation | 0.3 | style_nudge |
ช่วยกันแชร์ | misinformation | 0.25 | style_nudge |
ส่งต่อให้มากที่สุด | misinformation | 0.3 | style_nudge |
ที่เขาไม่อยากให้คุณรู้ | misinformation | 0.3 | style_nudge |
สื่อไม่กล้าเสนอ | misinformation | 0.3 | style_nudge |
รักษาหายขาด | misinformation | 0.3 | style_nudge |
