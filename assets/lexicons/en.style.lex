# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
@format 1
@lang en
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
share before it's deleted | misinformation | 0.3 | style_nudge |
share before they delete | misinformation | 0.3 | style_nudge |
before they delete this | misinformation | 0.3 | style_nudge |
forward to all your groups | misinformation | 0.3 | style_nudge |
share this with everyone | misinformation | 0.3 | style_nudge |
spread the word | misinformation | 0.2 | style_nudge |
they don't want you to know | misinformation | 0.3 | style_nudge |
the media won't tell you | misinformation | 0.3 | style_nudge |
mainstream media won't | misinformation | 0.3 | style_nudge |
wake up people | misinformation | 0.25 | style_nudge |
do your own research | misinformation | 0.2 | style_nudge |
doctors hate this | misinformation | 0.3 | style_nudge |
miracle cure | misinformation | 0.3 | style_nudge |
cures cancer | misinformation | 0.3 | style_nudge |
100% effective | misinformation | 0.25 | style_nudge |
big pharma | misinformation | 0.2 | style_nudge |
