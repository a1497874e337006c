# English self-harm: first-person statements that the writer may be at risk (risk: show help, do
# not shame). Telling someone else to hurt or kill themselves is harassment (wish_harm), in
# en.harassment.lex.
@format 1
@lang en
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

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
meanspo           | self_harm | 0.6 | self_harm_risk |

# ---- The writer's own wish in words that, said to someone, are a death wish (those moved to
# ---- en.harassment.lex, 2026-12); the same patterns are `allow` there. ----
re:\bi (\w+ ){0,3}(jump off a (bridge|cliff|building|roof)|jump in front of a (train|bus|car|truck)|drink bleach)\b | self_harm | 0.7 | self_harm_risk | severe
