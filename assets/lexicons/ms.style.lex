# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
@format 1
@lang ms
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
sila kongsikan | misinformation | 0.25 | style_nudge |
tularkan | misinformation | 0.25 | style_nudge |
kongsi sebelum dipadam | misinformation | 0.3 | style_nudge |
media tidak akan siarkan | misinformation | 0.3 | style_nudge |
ubat mujarab | misinformation | 0.25 | style_nudge |
sembuh sepenuhnya | misinformation | 0.2 | style_nudge |
