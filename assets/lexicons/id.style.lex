# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
@format 1
@lang id
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
sebarkan sebelum dihapus | misinformation | 0.3 | style_nudge |
share sebelum dihapus | misinformation | 0.3 | style_nudge |
viralkan | misinformation | 0.25 | style_nudge |
info dari grup sebelah | misinformation | 0.3 | style_nudge |
copas dari grup | misinformation | 0.3 | style_nudge |
bagikan ke semua grup | misinformation | 0.3 | style_nudge |
media tidak memberitakan | misinformation | 0.3 | style_nudge |
media tidak akan memberitakan | misinformation | 0.3 | style_nudge |
yang tidak ingin kamu ketahui | misinformation | 0.3 | style_nudge |
sembuh total | misinformation | 0.25 | style_nudge |
obat ampuh | misinformation | 0.25 | style_nudge |
tanpa efek samping | misinformation | 0.2 | style_nudge |
