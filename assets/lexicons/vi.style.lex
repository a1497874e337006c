# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
@format 1
@lang vi
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
chia sẻ ngay | misinformation | 0.25 | style_nudge |
hãy chia sẻ cho mọi người | misinformation | 0.3 | style_nudge |
trước khi bị xóa | misinformation | 0.3 | style_nudge |
họ không muốn bạn biết | misinformation | 0.3 | style_nudge |
báo chí không đưa tin | misinformation | 0.3 | style_nudge |
chữa khỏi hoàn toàn | misinformation | 0.3 | style_nudge |
thần dược | misinformation | 0.25 | style_nudge |
