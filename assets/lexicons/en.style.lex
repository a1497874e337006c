# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
# Since 2026-12 each cue names the manipulation technique it shows (key tactic_*, explained with examples in
# ../tactics.json), after Roozenbeek et al. 2022 (Science Advances 8(34), eabo6254) and Roozenbeek & van der Linden
# 2019 (Palgrave Communications 5, 65), plus false urgency. Plain phrases only; no slurs and no group names.
@format 1
@lang en
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
# term | category | weight | key | flags

# ---- tactic_urgency: false urgency: share or forward now, before it is deleted
share before it's deleted           | misinformation | 0.3  | tactic_urgency |
share before they delete            | misinformation | 0.3  | tactic_urgency |
before they delete this             | misinformation | 0.3  | tactic_urgency |
forward to all your groups          | misinformation | 0.3  | tactic_urgency |
share this with everyone            | misinformation | 0.3  | tactic_urgency |
spread the word                     | misinformation | 0.2  | tactic_urgency |
before it gets deleted              | misinformation | 0.3  | tactic_urgency |
before it gets taken down           | misinformation | 0.3  | tactic_urgency |
forward this to everyone            | misinformation | 0.3  | tactic_urgency |
send this to everyone you know      | misinformation | 0.3  | tactic_urgency |
make this go viral                  | misinformation | 0.3  | tactic_urgency |
make this viral                     | misinformation | 0.25 | tactic_urgency |
share now before                    | misinformation | 0.3  | tactic_urgency |
share as much as you can            | misinformation | 0.25 | tactic_urgency |

# ---- tactic_conspiracy: hidden truth / conspiracy framing: "they" hide it, the media will not say it
they don't want you to know         | misinformation | 0.3  | tactic_conspiracy |
the media won't tell you            | misinformation | 0.3  | tactic_conspiracy |
mainstream media won't              | misinformation | 0.3  | tactic_conspiracy |
wake up people                      | misinformation | 0.25 | tactic_conspiracy |
do your own research                | misinformation | 0.2  | tactic_conspiracy |
big pharma                          | misinformation | 0.2  | tactic_conspiracy |
they dont want you to know          | misinformation | 0.3  | tactic_conspiracy |
they don't want you to see          | misinformation | 0.3  | tactic_conspiracy |
what they're not telling you        | misinformation | 0.3  | tactic_conspiracy |
what they won't tell you            | misinformation | 0.3  | tactic_conspiracy |
they are hiding the truth           | misinformation | 0.3  | tactic_conspiracy |
open your eyes people               | misinformation | 0.25 | tactic_conspiracy |
sheeple                             | misinformation | 0.3  | tactic_conspiracy |
plandemic                           | misinformation | 0.3  | tactic_conspiracy |

# ---- tactic_emotional: emotionally manipulative language: shock and fear formulas that hurry past thinking
shocking truth                      | misinformation | 0.3  | tactic_emotional |
the terrifying truth                | misinformation | 0.3  | tactic_emotional |
you will be shocked                 | misinformation | 0.3  | tactic_emotional |
you will be horrified               | misinformation | 0.3  | tactic_emotional |
you won't believe what              | misinformation | 0.2  | tactic_emotional |
make your blood boil                | misinformation | 0.25 | tactic_emotional |
every parent needs to see this      | misinformation | 0.3  | tactic_emotional |

# ---- tactic_false_dichotomy: false dichotomy: only two options (share or you do not care; with us or against us)
if you don't share                  | misinformation | 0.3  | tactic_false_dichotomy |
if you dont share                   | misinformation | 0.3  | tactic_false_dichotomy |
with us or against us               | misinformation | 0.3  | tactic_false_dichotomy |
only true friends will share        | misinformation | 0.3  | tactic_false_dichotomy |
real friends will share             | misinformation | 0.3  | tactic_false_dichotomy |
scroll past without                 | misinformation | 0.3  | tactic_false_dichotomy |
or you're part of the problem       | misinformation | 0.25 | tactic_false_dichotomy |
if you stay silent you              | misinformation | 0.25 | tactic_false_dichotomy |

# ---- tactic_scapegoating: scapegoating: one culprit blamed for every problem (blame frames only, never a group name)
the root of all our problems        | misinformation | 0.3  | tactic_scapegoating |
behind all our problems             | misinformation | 0.3  | tactic_scapegoating |
all our problems are caused by      | misinformation | 0.3  | tactic_scapegoating |
it's all because of these people    | misinformation | 0.3  | tactic_scapegoating |
to blame for everything             | misinformation | 0.25 | tactic_scapegoating |
it's all their fault                | misinformation | 0.2  | tactic_scapegoating |

# ---- tactic_ad_hominem: ad hominem: the speaker is called paid or bought instead of the argument being answered
paid shill                          | misinformation | 0.3  | tactic_ad_hominem |
shills for                          | misinformation | 0.3  | tactic_ad_hominem |
bought and paid for                 | misinformation | 0.25 | tactic_ad_hominem |
who paid you to                     | misinformation | 0.3  | tactic_ad_hominem |
how much are they paying you        | misinformation | 0.3  | tactic_ad_hominem |
paid to say that                    | misinformation | 0.25 | tactic_ad_hominem |
of course they would say that       | misinformation | 0.25 | tactic_ad_hominem |
of course he would say that         | misinformation | 0.25 | tactic_ad_hominem |

# ---- tactic_impersonation: impersonation / false authority: an unnamed doctor friend, a "ministry message", NASA confirms
doctor friend                       | misinformation | 0.2  | tactic_impersonation |
friend who is a nurse               | misinformation | 0.3  | tactic_impersonation |
friend who is a doctor              | misinformation | 0.3  | tactic_impersonation |
friend who works at the hospital    | misinformation | 0.3  | tactic_impersonation |
message from the ministry of health | misinformation | 0.25 | tactic_impersonation |
nasa confirms                       | misinformation | 0.3  | tactic_impersonation |
confirmed by nasa                   | misinformation | 0.3  | tactic_impersonation |

# ---- tactic_discrediting: discrediting: media, doctors, experts or fact-checkers dismissed wholesale
don't trust the media               | misinformation | 0.25 | tactic_discrediting |
don't trust the mainstream media    | misinformation | 0.3  | tactic_discrediting |
don't trust the experts             | misinformation | 0.3  | tactic_discrediting |
media is lying to you               | misinformation | 0.3  | tactic_discrediting |
fake news media                     | misinformation | 0.25 | tactic_discrediting |
lamestream media                    | misinformation | 0.3  | tactic_discrediting |
presstitute*                        | misinformation | 0.3  | tactic_discrediting |
so-called fact checkers             | misinformation | 0.3  | tactic_discrediting |

# ---- tactic_miracle: too good to be true: miracle cures, 100% effective, cures everything
doctors hate this                   | misinformation | 0.3  | tactic_miracle |
miracle cure                        | misinformation | 0.3  | tactic_miracle |
cures cancer                        | misinformation | 0.3  | tactic_miracle |
100% effective                      | misinformation | 0.25 | tactic_miracle |
doctors are shocked                 | misinformation | 0.3  | tactic_miracle |
one weird trick                     | misinformation | 0.3  | tactic_miracle |
this one simple trick               | misinformation | 0.3  | tactic_miracle |
cures all diseases                  | misinformation | 0.3  | tactic_miracle |
cures diabetes                      | misinformation | 0.3  | tactic_miracle |
reverses diabetes                   | misinformation | 0.3  | tactic_miracle |
natural cure for                    | misinformation | 0.25 | tactic_miracle |
no side effects                     | misinformation | 0.2  | tactic_miracle |
