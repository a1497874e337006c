# English self-harm: telling someone to hurt or kill themselves (encouragement, severe),
# and first-person statements that the writer may be at risk (risk: show help, do not shame).
@format 1
@lang en
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- encouragement ----
kys               | self_harm | 0.95 | self_harm_encouragement | severe
kill yourself     | self_harm | 0.9 | self_harm_encouragement | severe
kill urself       | self_harm | 0.9 | self_harm_encouragement | severe
kill ur self      | self_harm | 0.9 | self_harm_encouragement | severe
kill yourselves   | self_harm | 0.85 | self_harm_encouragement | severe
killyourself      | self_harm | 0.9 | self_harm_encouragement | severe
go kill yourself  | self_harm | 0.95 | self_harm_encouragement | severe
hang yourself     | self_harm | 0.9 | self_harm_encouragement | severe
hang urself       | self_harm | 0.9 | self_harm_encouragement | severe
neck yourself     | self_harm | 0.9 | self_harm_encouragement | severe
rope yourself     | self_harm | 0.9 | self_harm_encouragement | severe
an hero           | self_harm | 0.6 | self_harm_encouragement |
unalive yourself  | self_harm | 0.9 | self_harm_encouragement | severe
unalive urself    | self_harm | 0.9 | self_harm_encouragement | severe
end yourself      | self_harm | 0.85 | self_harm_encouragement | severe
off yourself      | self_harm | 0.85 | self_harm_encouragement | severe
slit your wrists  | self_harm | 0.9 | self_harm_encouragement | severe
slit ur wrists    | self_harm | 0.9 | self_harm_encouragement | severe
cut yourself      | self_harm | 0.6 | self_harm_encouragement |
drink bleach      | self_harm | 0.75 | self_harm_encouragement | severe
jump off a bridge | self_harm | 0.7 | self_harm_encouragement |
jump off a cliff  | self_harm | 0.6 | self_harm_encouragement |
jump in front of a train | self_harm | 0.8 | self_harm_encouragement | severe
re:\b(you|u|ya) (should|need to|ought to|gotta|better|deserve to) (just )?(kill|hang|shoot|off|end|unalive|cut|hurt|starve) (yourself|urself|ur self)\b | self_harm | 0.95 | self_harm_encouragement | severe
re:\b(you|u) should (just )?(die|stop breathing|not exist|never have been born)\b | self_harm | 0.8 | self_harm_encouragement | severe
re:\bdo (us|everyone|the world) a favou?r (and|&) (die|kill yourself|kys|disappear|end it)\b | self_harm | 0.9 | self_harm_encouragement | severe
re:\b(the )?world (would be|is|will be) better (off )?without (you|u)\b | self_harm | 0.75 | self_harm_encouragement | severe
re:\bno ?(one|body) (would|will) (miss|care about|notice) (you|u|if (you|u) (died|were gone|disappeared))\b | self_harm | 0.7 | self_harm_encouragement |
re:\b(just|go|pls|please) (die|end it)\b | self_harm | 0.55 | self_harm_encouragement | needs=target
re:\b(why don['’]?t you|why dont you|why not) (just )?(kill yourself|die|end it|hang yourself) | self_harm | 0.85 | self_harm_encouragement | severe

# ---- first-person risk ----
re:\b(i|i ?['’]?m|im|i am) (really |just |honestly |seriously |kinda |kind of |literally |actually )?(want|wanna|need|going|gonna|about|planning|plan|decided|ready)( to)? (kill myself|end (it all|my life|myself)|commit suicide|hang myself|unalive myself|off myself|take my (own )?life)\b | self_harm | 0.75 | self_harm_risk | severe
re:\b(i|i ?['’]?m|im|i am) (really |just |honestly |seriously |kinda |kind of |literally |actually )?(want|wanna|planning|plan|decided|ready)( to)? (die|disappear forever|not exist|stop existing|sleep forever)\b | self_harm | 0.7 | self_harm_risk | severe
re:\bi (wish|hope) i (was|were|could be) dead\b | self_harm | 0.7 | self_harm_risk |
re:\bi (wish|hope) i (was|were) never born\b | self_harm | 0.6 | self_harm_risk |
re:\bi (don['’]?t|do not|no longer) want to (live|be alive|exist|wake up)( anymore)?\b | self_harm | 0.7 | self_harm_risk | severe
re:\b(i['’]?m|i am|im) (so )?(done with|tired of) (life|living|being alive|everything)\b | self_harm | 0.55 | self_harm_risk |
re:\b(i['’]?ve|i have) (been )?(cutting|hurting|burning) myself\b | self_harm | 0.75 | self_harm_risk | severe
re:\bi (cut|hurt|burned|starved) myself\b | self_harm | 0.6 | self_harm_risk |
re:\b(everyone|everybody|they|my family) (would be|is|will be) better (off )?without me\b | self_harm | 0.7 | self_harm_risk | severe
re:\b(my|this is my) (suicide|goodbye) (note|letter|post)\b | self_harm | 0.8 | self_harm_risk | severe
re:\bhow (many|much) (pills|tablets|paracetamol|tylenol|ibuprofen|sleeping pills) (does it take |do i need |would it take )?(to die|to kill|to overdose|to end)\b | self_harm | 0.9 | self_harm_risk | severe
re:\b(best|easiest|painless|quickest) (way|ways|method) to (die|kill myself|commit suicide|end my life)\b | self_harm | 0.9 | self_harm_risk | severe
end my life       | self_harm | 0.7 | self_harm_risk | severe
ending my life    | self_harm | 0.7 | self_harm_risk | severe
take my own life  | self_harm | 0.75 | self_harm_risk | severe
suicidal          | self_harm | 0.55 | self_harm_risk |
suicidal thoughts | self_harm | 0.6 | self_harm_risk |
no reason to live | self_harm | 0.65 | self_harm_risk |
nothing to live for | self_harm | 0.65 | self_harm_risk |
better off dead   | self_harm | 0.6 | self_harm_risk |
tired of living   | self_harm | 0.55 | self_harm_risk |
can't go on anymore | self_harm | 0.5 | self_harm_risk |
cant go on anymore | self_harm | 0.5 | self_harm_risk |
self harm         | self_harm | 0.35 | self_harm_risk |
self-harm         | self_harm | 0.35 | self_harm_risk |
selfharm          | self_harm | 0.4 | self_harm_risk |
cutting myself    | self_harm | 0.6 | self_harm_risk |
relapsed          | self_harm | 0.25 | self_harm_risk |
suicide           | self_harm | 0.25 | self_harm_risk |
overdose          | self_harm | 0.25 | self_harm_risk |
unalive myself    | self_harm | 0.75 | self_harm_risk | severe
sewerslide        | self_harm | 0.6 | self_harm_risk |
pro ana           | self_harm | 0.6 | self_harm_risk |
proana            | self_harm | 0.6 | self_harm_risk |
thinspo*          | self_harm | 0.55 | self_harm_risk |
meanspo           | self_harm | 0.6 | self_harm_encouragement |

# ---- Hashtag or run-together "kill yourself" (#justkillyourself, gokillurself); added 2026-12 ----
re:(just|go|pls|please|u should|you should)?kill ?(yo)?urself\b | self_harm | 0.9 | self_harm_encouragement | severe
