# Style cues that only ever trigger a gentle "check before you share" nudge (never a verdict of falsity).
# Two cues are needed for a nudge under the Balanced profile. Seed phrases after ../shared/data/misinfo/_derived/
# style_cue_seeds.json (written for this project; unvalidated) and the literature it cites; native-speaker review pending.
# Since 2026-12 each cue names the manipulation technique it shows (key tactic_*, explained with examples in
# ../tactics.json), after Roozenbeek et al. 2022 (Science Advances 8(34), eabo6254) and Roozenbeek & van der Linden
# 2019 (Palgrave Communications 5, 65), plus false urgency. Plain phrases only; no slurs and no group names.
@format 1
@lang id
@source Original work written for Waspada, 2026-11, after the project seed list style_cue_seeds.json
@licence MIT
# term | category | weight | key | flags

# ---- tactic_urgency: false urgency: share or forward now, before it is deleted
sebarkan sebelum dihapus        | misinformation | 0.3  | tactic_urgency |
share sebelum dihapus           | misinformation | 0.3  | tactic_urgency |
viralkan                        | misinformation | 0.25 | tactic_urgency |
info dari grup sebelah          | misinformation | 0.3  | tactic_urgency |
copas dari grup                 | misinformation | 0.3  | tactic_urgency |
bagikan ke semua grup           | misinformation | 0.3  | tactic_urgency |
segera sebarkan                 | misinformation | 0.3  | tactic_urgency |
sebarkan ke semua               | misinformation | 0.3  | tactic_urgency |
keburu dihapus                  | misinformation | 0.3  | tactic_urgency |
kirim ke semua kontak           | misinformation | 0.3  | tactic_urgency |
teruskan ke grup lain           | misinformation | 0.3  | tactic_urgency |
jangan berhenti di kamu         | misinformation | 0.3  | tactic_urgency |
jangan berhenti di anda         | misinformation | 0.3  | tactic_urgency |
sebarkan sebanyak-banyaknya     | misinformation | 0.3  | tactic_urgency |

# ---- tactic_conspiracy: hidden truth / conspiracy framing: "they" hide it, the media will not say it
media tidak memberitakan        | misinformation | 0.3  | tactic_conspiracy |
media tidak akan memberitakan   | misinformation | 0.3  | tactic_conspiracy |
yang tidak ingin kamu ketahui   | misinformation | 0.3  | tactic_conspiracy |
mereka tidak ingin kita tahu    | misinformation | 0.3  | tactic_conspiracy |
disembunyikan dari kita         | misinformation | 0.3  | tactic_conspiracy |
fakta yang ditutupi             | misinformation | 0.3  | tactic_conspiracy |
kebenaran yang ditutupi         | misinformation | 0.3  | tactic_conspiracy |
tidak akan diberitakan          | misinformation | 0.3  | tactic_conspiracy |
buka mata kalian                | misinformation | 0.25 | tactic_conspiracy |
plandemi                        | misinformation | 0.3  | tactic_conspiracy |

# ---- tactic_emotional: emotionally manipulative language: shock and fear formulas that hurry past thinking
fakta mengejutkan               | misinformation | 0.3  | tactic_emotional |
kebenaran yang mengerikan       | misinformation | 0.3  | tactic_emotional |
anda akan terkejut              | misinformation | 0.25 | tactic_emotional |
kamu akan kaget                 | misinformation | 0.25 | tactic_emotional |
para orang tua wajib tahu       | misinformation | 0.3  | tactic_emotional |
orang tua wajib waspada         | misinformation | 0.25 | tactic_emotional |
bahaya mengintai                | misinformation | 0.2  | tactic_emotional |

# ---- tactic_false_dichotomy: false dichotomy: only two options (share or you do not care; with us or against us)
berarti tidak peduli            | misinformation | 0.3  | tactic_false_dichotomy |
kalau bukan kawan berarti lawan | misinformation | 0.3  | tactic_false_dichotomy |
kita atau mereka                | misinformation | 0.2  | tactic_false_dichotomy |
hanya ada dua pilihan           | misinformation | 0.2  | tactic_false_dichotomy |
diam berarti setuju             | misinformation | 0.2  | tactic_false_dichotomy |
kalau kamu sayang keluarga      | misinformation | 0.25 | tactic_false_dichotomy |

# ---- tactic_scapegoating: scapegoating: one culprit blamed for every problem (blame frames only, never a group name)
biang kerok semua               | misinformation | 0.3  | tactic_scapegoating |
akar dari semua masalah         | misinformation | 0.3  | tactic_scapegoating |
sumber dari segala masalah      | misinformation | 0.3  | tactic_scapegoating |
semua gara-gara mereka          | misinformation | 0.25 | tactic_scapegoating |
semua ini salah mereka          | misinformation | 0.25 | tactic_scapegoating |
merusak negeri ini              | misinformation | 0.2  | tactic_scapegoating |
menghancurkan bangsa ini        | misinformation | 0.2  | tactic_scapegoating |
mengambil pekerjaan kita        | misinformation | 0.3  | tactic_scapegoating |

# ---- tactic_ad_hominem: ad hominem: the speaker is called paid or bought instead of the argument being answered
dibayar berapa                  | misinformation | 0.3  | tactic_ad_hominem |
berapa kamu dibayar             | misinformation | 0.3  | tactic_ad_hominem |
orang bayaran                   | misinformation | 0.25 | tactic_ad_hominem |
akun bayaran                    | misinformation | 0.3  | tactic_ad_hominem |
pasti dibayar                   | misinformation | 0.25 | tactic_ad_hominem |

# ---- tactic_impersonation: impersonation / false authority: an unnamed doctor friend, a "ministry message", NASA confirms
teman saya seorang dokter       | misinformation | 0.3  | tactic_impersonation |
kata teman dokter               | misinformation | 0.25 | tactic_impersonation |
kata temen dokter               | misinformation | 0.25 | tactic_impersonation |
info dari orang dalam           | misinformation | 0.3  | tactic_impersonation |
pesan dari kemenkes             | misinformation | 0.3  | tactic_impersonation |
nasa membenarkan                | misinformation | 0.3  | tactic_impersonation |
dikonfirmasi nasa               | misinformation | 0.3  | tactic_impersonation |

# ---- tactic_discrediting: discrediting: media, doctors, experts or fact-checkers dismissed wholesale
jangan percaya media            | misinformation | 0.3  | tactic_discrediting |
media bayaran                   | misinformation | 0.3  | tactic_discrediting |
media mainstream bohong         | misinformation | 0.3  | tactic_discrediting |
pemeriksa fakta bayaran         | misinformation | 0.3  | tactic_discrediting |
cek fakta abal-abal             | misinformation | 0.3  | tactic_discrediting |
pakar abal-abal                 | misinformation | 0.25 | tactic_discrediting |
jangan percaya dokter           | misinformation | 0.3  | tactic_discrediting |

# ---- tactic_miracle: too good to be true: miracle cures, 100% effective, cures everything
sembuh total                    | misinformation | 0.25 | tactic_miracle |
obat ampuh                      | misinformation | 0.25 | tactic_miracle |
tanpa efek samping              | misinformation | 0.2  | tactic_miracle |
100% ampuh                      | misinformation | 0.3  | tactic_miracle |
menyembuhkan segala penyakit    | misinformation | 0.3  | tactic_miracle |
obat segala penyakit            | misinformation | 0.3  | tactic_miracle |
sembuh dalam sekejap            | misinformation | 0.3  | tactic_miracle |
membunuh sel kanker             | misinformation | 0.25 | tactic_miracle |
dokter pun heran                | misinformation | 0.3  | tactic_miracle |
dokter tercengang               | misinformation | 0.3  | tactic_miracle |
tanpa obat kimia                | misinformation | 0.25 | tactic_miracle |
