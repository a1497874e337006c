# Malay worths for the target x predicate layer (pred:worth), adding to the ones in ms.groups.lex:
# positive worths, rights and feelings said of a group. They count as hate only when denied in
# their clause ("diorang tak layak dihormati", "takkan jadi sebahagian daripada kita", "x boleh
# diharap") with a group named in the sentence; stated plainly they are praise and count for
# nothing. Every worth fires after any negator in its clause, so the terms are multiword forms said
# of people. Left out: ada guna / ada gunanya ("tak ada guna bergaduh pasal bangsa"), bare
# diingini and dikehendaki ("perkara yang tidak diingini", an idiom), hak yang sama and sama rata
# (advocacy: "X belum dapat hak yang sama", "agihan tak sama rata"), bare percaya pada ("jangan
# percaya pada fitnah tentang X"), rela ("aku tak rela saudara kita dihina"), berperikemanusiaan
# ("kekejaman yang tidak berperikemanusiaan terhadap X", said of the attackers), bumiputera ("bukan
# bumiputera" is an official category), rakyat malaysia alone (factual of foreigners), boleh pakai
# ("tak boleh pakai tudung", news of discrimination) and boleh terima ("tak boleh terima orang hina
# kaum India").
@format 1
@lang ms
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:negation: common negators missing from ms.context.lex (glued and texting forms)
takkan                     | ctx:negation |  |  |
takan                      | ctx:negation |  |  |
taknak                     | ctx:negation |  |  |
takda                      | ctx:negation |  |  |
tdk                        | ctx:negation |  |  |
tidaklah                   | ctx:negation |  |  |
taklah                     | ctx:negation |  |  |
bukanlah                   | ctx:negation |  |  |
bukannya                   | ctx:negation |  |  |
xde                        | ctx:negation |  |  |
xda                        | ctx:negation |  |  |
xkan                       | ctx:negation |  |  |
xnak                       | ctx:negation |  |  |
xleh                       | ctx:negation |  |  |
ndak                       | ctx:negation |  |  |

# ---- ctx:denial: looser words that deny a worth only ("x" is texting for tak, also a letter)
x                          | ctx:denial |  |  |
mustahil                   | ctx:denial |  |  |
mana mungkin               | ctx:denial |  |  |
mana boleh                 | ctx:denial |  |  |
enggan                     | ctx:denial |  |  |

# ---- pred:worth: being human, like us, with a heart
manusia sebenar            | pred:worth | 0.85 | |
manusia seperti kita       | pred:worth | 0.85 | |
dianggap manusia           | pred:worth | 0.85 | |
layak digelar manusia      | pred:worth | 0.85 | |
macam kita                 | pred:worth | 0.75 | |
berhati perut              | pred:worth | 0.8 | |
ada hati perut             | pred:worth | 0.8 | |

# ---- citizens, belonging, welcome
sebahagian daripada kita   | pred:worth | 0.8 | |
sebahagian daripada malaysia | pred:worth | 0.8 | |
anak jati                  | pred:worth | 0.8 | |
anak malaysia              | pred:worth | 0.75 | |
orang kita                 | pred:worth | 0.75 | |
warganegara sebenar        | pred:worth | 0.8 | |
warganegara tulen          | pred:worth | 0.8 | |
tempat di sini             | pred:worth | 0.75 | |
tempat di malaysia         | pred:worth | 0.75 | |
layak berada di sini       | pred:worth | 0.8 | |
layak menetap              | pred:worth | 0.8 | |
jadi jiran                 | pred:worth | 0.75 | |
berjiran dengan            | pred:worth | 0.75 | |

# ---- equality
sama hak                   | pred:worth | 0.8 | |
setanding dengan kita      | pred:worth | 0.8 | |
sederajat                  | pred:worth | 0.8 | |

# ---- trust, honesty, reliability
boleh diharap              | pred:worth | 0.75 | |
boleh diharapkan           | pred:worth | 0.75 | |
boleh dipercaya            | pred:worth | 0.8 | |
layak dipercayai           | pred:worth | 0.8 | |
ikhlas                     | pred:worth | 0.7 | |

# ---- intelligence, capability, civilisation, cleanliness
ada otak                   | pred:worth | 0.75 | |
berotak                    | pred:worth | 0.75 | |
ada akal                   | pred:worth | 0.75 | |
reti berfikir              | pred:worth | 0.75 | |
berpelajaran               | pred:worth | 0.8 | |
bermoral                   | pred:worth | 0.8 | |
ada adab                   | pred:worth | 0.8 | |
tahu malu                  | pred:worth | 0.75 | |
jaga kebersihan            | pred:worth | 0.75 | |
menjaga kebersihan         | pred:worth | 0.75 | |

# ---- deserving: respect, rights, help, to live, to exist, to lead, citizenship, work
layak dihormati            | pred:worth | 0.8 | |
patut dihormati            | pred:worth | 0.8 | |
layak dihargai             | pred:worth | 0.8 | |
layak mendapat hak         | pred:worth | 0.85 | |
layak dapat hak            | pred:worth | 0.85 | |
patut dapat hak            | pred:worth | 0.85 | |
layak dibantu              | pred:worth | 0.8 | |
patut dibantu              | pred:worth | 0.8 | |
layak diselamatkan         | pred:worth | 0.85 | |
patut hidup                | pred:worth | 0.85 | |
layak wujud                | pred:worth | 0.85 | |
patut wujud                | pred:worth | 0.85 | |
layak memimpin             | pred:worth | 0.8 | |
layak jadi pemimpin        | pred:worth | 0.8 | |
layak jadi warganegara     | pred:worth | 0.8 | |
layak dapat kerakyatan     | pred:worth | 0.8 | |
layak bekerja              | pred:worth | 0.75 | |
layak jadi ibu bapa        | pred:worth | 0.8 | |

# ---- worth
berharga                   | pred:worth | 0.8 | |
ada nilai                  | pred:worth | 0.8 | |

# ---- feelings of the speaker said of people ("aku takkan hormat kat diorang")
hormat kat                 | pred:worth | 0.75 | |
hormat pada                | pred:worth | 0.75 | |
hormat kepada              | pred:worth | 0.75 | |
respek kat                 | pred:worth | 0.75 | |
percaya kat diorang        | pred:worth | 0.7 | |
percaya pada mereka        | pred:worth | 0.7 | |
suka orang                 | pred:worth | 0.7 | |
suka kaum                  | pred:worth | 0.75 | |
terima mereka              | pred:worth | 0.75 | |

# ---- humankind: "manusia" here names everyone, not a group said to be (not) human ----
umat manusia      | allow |  |  |
sesama manusia    | allow |  |  |
sesama umat manusia | allow |  |  |
hak asasi manusia | allow |  |  |
