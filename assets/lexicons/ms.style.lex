# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
# Since 2026-12 each cue names the manipulation technique it shows (key tactic_*, explained with examples in
# ../tactics.json), after Roozenbeek et al. 2022 (Science Advances 8(34), eabo6254) and Roozenbeek & van der Linden
# 2019 (Palgrave Communications 5, 65), plus false urgency. Plain phrases only; no slurs and no group names.
@format 1
@lang ms
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
# term | category | weight | key | flags

# ---- tactic_urgency: false urgency: share or forward now, before it is deleted
sila kongsikan                   | misinformation | 0.25 | tactic_urgency |
tularkan                         | misinformation | 0.25 | tactic_urgency |
kongsi sebelum dipadam           | misinformation | 0.3  | tactic_urgency |
sebarkan sebelum dipadam         | misinformation | 0.3  | tactic_urgency |
sebelum kena padam               | misinformation | 0.3  | tactic_urgency |
viralkan                         | misinformation | 0.25 | tactic_urgency |
kongsi kepada semua              | misinformation | 0.3  | tactic_urgency |
forward ke semua group           | misinformation | 0.3  | tactic_urgency |
hantar kepada semua kenalan      | misinformation | 0.3  | tactic_urgency |
sebarkan seluas-luasnya          | misinformation | 0.3  | tactic_urgency |
jangan berhenti pada anda        | misinformation | 0.3  | tactic_urgency |

# ---- tactic_conspiracy: hidden truth / conspiracy framing: "they" hide it, the media will not say it
media tidak akan siarkan         | misinformation | 0.3  | tactic_conspiracy |
mereka tak mahu kita tahu        | misinformation | 0.3  | tactic_conspiracy |
mereka tidak mahu anda tahu      | misinformation | 0.3  | tactic_conspiracy |
disembunyikan daripada rakyat    | misinformation | 0.3  | tactic_conspiracy |
media arus perdana tak akan      | misinformation | 0.3  | tactic_conspiracy |
fakta yang disorok               | misinformation | 0.3  | tactic_conspiracy |
kebenaran yang disembunyikan     | misinformation | 0.3  | tactic_conspiracy |
plandemik                        | misinformation | 0.3  | tactic_conspiracy |

# ---- tactic_emotional: emotionally manipulative language: shock and fear formulas that hurry past thinking
fakta mengejutkan                | misinformation | 0.3  | tactic_emotional |
kebenaran yang menakutkan        | misinformation | 0.3  | tactic_emotional |
anda pasti terkejut              | misinformation | 0.25 | tactic_emotional |
ibu bapa wajib tahu              | misinformation | 0.3  | tactic_emotional |
ibu bapa perlu berwaspada        | misinformation | 0.25 | tactic_emotional |
bahaya yang mengintai            | misinformation | 0.2  | tactic_emotional |

# ---- tactic_false_dichotomy: false dichotomy: only two options (share or you do not care; with us or against us)
kalau tak share                  | misinformation | 0.25 | tactic_false_dichotomy |
kalau tak kongsi                 | misinformation | 0.25 | tactic_false_dichotomy |
bermakna anda tidak peduli       | misinformation | 0.3  | tactic_false_dichotomy |
tak sayang keluarga              | misinformation | 0.25 | tactic_false_dichotomy |
bersama kami atau menentang kami | misinformation | 0.3  | tactic_false_dichotomy |
diam tanda setuju                | misinformation | 0.2  | tactic_false_dichotomy |

# ---- tactic_scapegoating: scapegoating: one culprit blamed for every problem (blame frames only, never a group name)
punca semua masalah              | misinformation | 0.3  | tactic_scapegoating |
punca segala masalah             | misinformation | 0.3  | tactic_scapegoating |
semua ini salah mereka           | misinformation | 0.25 | tactic_scapegoating |
merosakkan negara kita           | misinformation | 0.2  | tactic_scapegoating |
menghancurkan negara kita        | misinformation | 0.2  | tactic_scapegoating |
rampas peluang kerja             | misinformation | 0.3  | tactic_scapegoating |
ambil kerja kita                 | misinformation | 0.25 | tactic_scapegoating |

# ---- tactic_ad_hominem: ad hominem: the speaker is called paid or bought instead of the argument being answered
troll upahan                     | misinformation | 0.3  | tactic_ad_hominem |
penulis upahan                   | misinformation | 0.3  | tactic_ad_hominem |
dibayar berapa                   | misinformation | 0.3  | tactic_ad_hominem |
berapa kau dibayar               | misinformation | 0.3  | tactic_ad_hominem |
dah kena beli                    | misinformation | 0.25 | tactic_ad_hominem |
patutlah dia cakap macam tu      | misinformation | 0.2  | tactic_ad_hominem |

# ---- tactic_impersonation: impersonation / false authority: an unnamed doctor friend, a "ministry message", NASA confirms
kawan saya doktor                | misinformation | 0.25 | tactic_impersonation |
kawan yang kerja hospital        | misinformation | 0.3  | tactic_impersonation |
mesej dari kkm                   | misinformation | 0.3  | tactic_impersonation |
pesanan daripada kkm             | misinformation | 0.25 | tactic_impersonation |
info dari orang dalam            | misinformation | 0.3  | tactic_impersonation |
nasa sahkan                      | misinformation | 0.3  | tactic_impersonation |
disahkan oleh nasa               | misinformation | 0.3  | tactic_impersonation |

# ---- tactic_discrediting: discrediting: media, doctors, experts or fact-checkers dismissed wholesale
jangan percaya media             | misinformation | 0.3  | tactic_discrediting |
media upahan                     | misinformation | 0.3  | tactic_discrediting |
media arus perdana tipu          | misinformation | 0.3  | tactic_discrediting |
pakar palsu                      | misinformation | 0.25 | tactic_discrediting |
jangan percaya doktor            | misinformation | 0.3  | tactic_discrediting |
jangan percaya cakap pakar       | misinformation | 0.3  | tactic_discrediting |

# ---- tactic_miracle: too good to be true: miracle cures, 100% effective, cures everything
ubat mujarab                     | misinformation | 0.25 | tactic_miracle |
sembuh sepenuhnya                | misinformation | 0.2  | tactic_miracle |
penawar segala penyakit          | misinformation | 0.3  | tactic_miracle |
ubat segala penyakit             | misinformation | 0.3  | tactic_miracle |
100% berkesan                    | misinformation | 0.3  | tactic_miracle |
sembuh serta-merta               | misinformation | 0.25 | tactic_miracle |
tanpa kesan sampingan            | misinformation | 0.2  | tactic_miracle |
doktor pun terkejut              | misinformation | 0.3  | tactic_miracle |
membunuh sel kanser              | misinformation | 0.25 | tactic_miracle |
