# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
# Since 2026-12 each cue names the manipulation technique it shows (key tactic_*, explained with examples in
# ../tactics.json), after Roozenbeek et al. 2022 (Science Advances 8(34), eabo6254) and Roozenbeek & van der Linden
# 2019 (Palgrave Communications 5, 65), plus false urgency. Plain phrases only; no slurs and no group names.
@format 1
@lang fil
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
# term | category | weight | key | flags

# ---- tactic_urgency: false urgency: share or forward now, before it is deleted
pakishare                               | misinformation | 0.25 | tactic_urgency |
ipakalat ninyo                          | misinformation | 0.3  | tactic_urgency |
ikalat ninyo                            | misinformation | 0.3  | tactic_urgency |
pakikalat                               | misinformation | 0.3  | tactic_urgency |
paki-share                              | misinformation | 0.2  | tactic_urgency |
paki share                              | misinformation | 0.2  | tactic_urgency |
ipakalat natin                          | misinformation | 0.3  | tactic_urgency |
bago ma-delete                          | misinformation | 0.3  | tactic_urgency |
bago madelete                           | misinformation | 0.3  | tactic_urgency |
bago burahin                            | misinformation | 0.3  | tactic_urgency |
ipasa mo sa lahat                       | misinformation | 0.3  | tactic_urgency |
sa lahat ng gc                          | misinformation | 0.25 | tactic_urgency |

# ---- tactic_conspiracy: hidden truth / conspiracy framing: "they" hide it, the media will not say it
ayaw nilang malaman mo                  | misinformation | 0.3  | tactic_conspiracy |
hindi ipinapakita ng media              | misinformation | 0.3  | tactic_conspiracy |
ayaw nilang malaman natin               | misinformation | 0.3  | tactic_conspiracy |
itinatago sa atin                       | misinformation | 0.3  | tactic_conspiracy |
itinatago ng gobyerno                   | misinformation | 0.25 | tactic_conspiracy |
gumising na kayo                        | misinformation | 0.25 | tactic_conspiracy |
hindi ito ibabalita                     | misinformation | 0.3  | tactic_conspiracy |
hindi sasabihin ng media                | misinformation | 0.3  | tactic_conspiracy |
ang hindi nila sinasabi                 | misinformation | 0.3  | tactic_conspiracy |

# ---- tactic_emotional: emotionally manipulative language: shock and fear formulas that hurry past thinking
nakakagulat na katotohanan              | misinformation | 0.3  | tactic_emotional |
nakakatakot na katotohanan              | misinformation | 0.3  | tactic_emotional |
nakakagimbal na katotohanan             | misinformation | 0.3  | tactic_emotional |
magugulat kayo sa                       | misinformation | 0.25 | tactic_emotional |
babala sa lahat ng magulang             | misinformation | 0.3  | tactic_emotional |
dapat itong makita ng lahat ng magulang | misinformation | 0.3  | tactic_emotional |

# ---- tactic_false_dichotomy: false dichotomy: only two options (share or you do not care; with us or against us)
kung hindi mo i-share                   | misinformation | 0.3  | tactic_false_dichotomy |
kung di mo i-share                      | misinformation | 0.3  | tactic_false_dichotomy |
kung hindi mo ito i-share               | misinformation | 0.3  | tactic_false_dichotomy |
kung hindi mo ishare                    | misinformation | 0.3  | tactic_false_dichotomy |
kung mahal mo ang pamilya mo            | misinformation | 0.2  | tactic_false_dichotomy |
kakampi o kaaway                        | misinformation | 0.25 | tactic_false_dichotomy |
kung hindi ka kakampi                   | misinformation | 0.3  | tactic_false_dichotomy |

# ---- tactic_scapegoating: scapegoating: one culprit blamed for every problem (blame frames only, never a group name)
may kasalanan ng lahat                  | misinformation | 0.3  | tactic_scapegoating |
dahilan ng lahat ng problema            | misinformation | 0.3  | tactic_scapegoating |
ugat ng lahat ng problema               | misinformation | 0.3  | tactic_scapegoating |
sinisira nila ang bansa                 | misinformation | 0.25 | tactic_scapegoating |
sumisira sa bansa natin                 | misinformation | 0.25 | tactic_scapegoating |
inaagaw nila ang trabaho                | misinformation | 0.3  | tactic_scapegoating |
kaya tayo naghihirap                    | misinformation | 0.25 | tactic_scapegoating |

# ---- tactic_ad_hominem: ad hominem: the speaker is called paid or bought instead of the argument being answered
bayarang troll                          | misinformation | 0.3  | tactic_ad_hominem |
halatang bayaran                        | misinformation | 0.3  | tactic_ad_hominem |
binayaran ka                            | misinformation | 0.25 | tactic_ad_hominem |
magkano bayad sayo                      | misinformation | 0.3  | tactic_ad_hominem |
magkano ang bayad sa iyo                | misinformation | 0.3  | tactic_ad_hominem |
magkano ibinayad sa iyo                 | misinformation | 0.3  | tactic_ad_hominem |

# ---- tactic_impersonation: impersonation / false authority: an unnamed doctor friend, a "ministry message", NASA confirms
kaibigan kong doktor                    | misinformation | 0.25 | tactic_impersonation |
doktor na kaibigan ko                   | misinformation | 0.25 | tactic_impersonation |
kaibigan kong nurse                     | misinformation | 0.25 | tactic_impersonation |
galing sa isang doktor                  | misinformation | 0.25 | tactic_impersonation |
mensahe mula sa doh                     | misinformation | 0.3  | tactic_impersonation |
kumpirmado ng nasa                      | misinformation | 0.3  | tactic_impersonation |

# ---- tactic_discrediting: discrediting: media, doctors, experts or fact-checkers dismissed wholesale
bayarang media                          | misinformation | 0.3  | tactic_discrediting |
huwag maniwala sa media                 | misinformation | 0.3  | tactic_discrediting |
wag maniwala sa media                   | misinformation | 0.3  | tactic_discrediting |
bayarang fact checker                   | misinformation | 0.3  | tactic_discrediting |
presstitute*                            | misinformation | 0.3  | tactic_discrediting |
wag kayong maniwala sa mga eksperto     | misinformation | 0.3  | tactic_discrediting |

# ---- tactic_miracle: too good to be true: miracle cures, 100% effective, cures everything
gamot sa lahat ng sakit                 | misinformation | 0.3  | tactic_miracle |
lunas sa cancer                         | misinformation | 0.3  | tactic_miracle |
lunas sa kanser                         | misinformation | 0.3  | tactic_miracle |
100% epektibo                           | misinformation | 0.25 | tactic_miracle |
walang side effect                      | misinformation | 0.2  | tactic_miracle |
himalang gamot                          | misinformation | 0.3  | tactic_miracle |
siguradong gagaling                     | misinformation | 0.25 | tactic_miracle |
