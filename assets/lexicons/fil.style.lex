# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
@format 1
@lang fil
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
pakishare | misinformation | 0.25 | style_nudge |
ipakalat ninyo | misinformation | 0.3 | style_nudge |
ikalat ninyo | misinformation | 0.3 | style_nudge |
ayaw nilang malaman mo | misinformation | 0.3 | style_nudge |
hindi ipinapakita ng media | misinformation | 0.3 | style_nudge |
