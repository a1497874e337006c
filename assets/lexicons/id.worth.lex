# Indonesian worths for the target x predicate layer (pred:worth), adding to the ones in
# id.groups.lex: positive worths, rights and feelings said of a group. They count as hate only when
# denied in their clause ("mereka tidak layak dihormati", "gak ada yang bisa diandalkan", "bukan
# bagian dari bangsa ini") with a group named in the sentence; stated plainly they are praise and
# count for nothing. Every worth fires after any negator in its clause, so the terms are multiword
# forms said of people. Left out: pribumi ("tidak ada bedanya pribumi dan non-pribumi"), bare
# diinginkan and dikehendaki ("hal-hal yang tidak diinginkan", an idiom), ada gunanya ("tidak ada
# gunanya membenci X"), hak yang sama and belum (advocacy: "X belum mendapat hak yang sama"), bare
# percaya pada ("jangan percaya pada hoaks tentang X"), rela ("tidak rela saudara kita dihina"),
# disambut (news: "tidak disambut baik warga"), bare mampu ("tidak mampu", poor), bare menghormati ("jangan
# membenci, saling menghormati"), mentolerir ("tidak boleh mentolerir kekerasan terhadap X"),
# berperikemanusiaan ("kekejaman yang tidak berperikemanusiaan terhadap X", said of the attackers),
# warga negara alone (factual of foreigners).
@format 1
@lang id
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:negation: common negators missing from id.context.lex (glued and slang forms)
takkan                     | ctx:negation |  |  |
tidaklah                   | ctx:negation |  |  |
bukanlah                   | ctx:negation |  |  |
kagak                      | ctx:negation |  |  |
kaga                       | ctx:negation |  |  |
kgk                        | ctx:negation |  |  |
gx                         | ctx:negation |  |  |
ngk                        | ctx:negation |  |  |
nggk                       | ctx:negation |  |  |
gaada                      | ctx:negation |  |  |
gakada                     | ctx:negation |  |  |
tiada                      | ctx:negation |  |  |
nda                        | ctx:negation |  |  |

# ---- ctx:denial: looser words that deny a worth only
g                          | ctx:denial |  |  |
mustahil                   | ctx:denial |  |  |
mana mungkin               | ctx:denial |  |  |
mana bisa                  | ctx:denial |  |  |
ogah                       | ctx:denial |  |  |
enggan                     | ctx:denial |  |  |

# ---- pred:worth: being human, like us
manusia seutuhnya          | pred:worth | 0.85 | |
manusia seperti kita       | pred:worth | 0.85 | |
dianggap manusia           | pred:worth | 0.85 | |
layak disebut manusia      | pred:worth | 0.85 | |
pantas disebut manusia     | pred:worth | 0.85 | |
punya hati                 | pred:worth | 0.75 | |
sama seperti kita          | pred:worth | 0.75 | |
sama dengan kita           | pred:worth | 0.75 | |

# ---- citizens, belonging, welcome
bagian dari bangsa         | pred:worth | 0.8 | |
bagian dari indonesia      | pred:worth | 0.8 | |
bagian dari kita           | pred:worth | 0.8 | |
anak bangsa                | pred:worth | 0.8 | |
orang kita                 | pred:worth | 0.75 | |
diinginkan di sini         | pred:worth | 0.8 | |
tempat di sini             | pred:worth | 0.75 | |
tempat di indonesia        | pred:worth | 0.75 | |
layak ada di sini          | pred:worth | 0.8 | |
layak menetap              | pred:worth | 0.8 | |
jadi tetangga              | pred:worth | 0.75 | |

# ---- equality
sama derajatnya            | pred:worth | 0.8 | |
sejajar dengan kita        | pred:worth | 0.8 | |

# ---- trust, honesty, reliability
bisa dipercayai            | pred:worth | 0.8 | |
boleh dipercaya            | pred:worth | 0.8 | |
layak dipercaya            | pred:worth | 0.8 | |
terpercaya                 | pred:worth | 0.75 | |
bisa diandalkan            | pred:worth | 0.75 | |
dapat diandalkan           | pred:worth | 0.75 | |
bisa dipegang omongannya   | pred:worth | 0.75 | |

# ---- intelligence, capability, civilisation, cleanliness
berotak                    | pred:worth | 0.75 | |
punya akal                 | pred:worth | 0.75 | |
bisa berpikir              | pred:worth | 0.75 | |
bisa mikir                 | pred:worth | 0.75 | |
becus                      | pred:worth | 0.75 | |
berpendidikan              | pred:worth | 0.8 | |
bermoral                   | pred:worth | 0.8 | |
berakhlak                  | pred:worth | 0.8 | |
tahu malu                  | pred:worth | 0.75 | |
tahu diri                  | pred:worth | 0.75 | |
jaga kebersihan            | pred:worth | 0.75 | |
menjaga kebersihan         | pred:worth | 0.75 | |

# ---- deserving: respect, rights, help, to live, to vote, to lead, work
layak dihormati            | pred:worth | 0.8 | |
pantas dihormati           | pred:worth | 0.8 | |
patut dihormati            | pred:worth | 0.8 | |
layak dihargai             | pred:worth | 0.8 | |
layak mendapat hak         | pred:worth | 0.85 | |
layak mendapatkan hak      | pred:worth | 0.85 | |
pantas mendapat hak        | pred:worth | 0.85 | |
layak mendapat tempat      | pred:worth | 0.8 | |
layak untuk hidup          | pred:worth | 0.85 | |
pantas untuk hidup         | pred:worth | 0.85 | |
layak ditolong             | pred:worth | 0.8 | |
layak dibantu              | pred:worth | 0.8 | |
layak diselamatkan         | pred:worth | 0.85 | |
layak memilih              | pred:worth | 0.8 | |
layak memimpin             | pred:worth | 0.8 | |
layak bekerja              | pred:worth | 0.75 | |
layak menikah              | pred:worth | 0.75 | |
layak jadi orang tua       | pred:worth | 0.8 | |

# ---- worth
berharga                   | pred:worth | 0.8 | |
ada harganya               | pred:worth | 0.8 | |
ada nilainya               | pred:worth | 0.8 | |

# ---- feelings of the speaker said of people ("gue gak bakal pernah hormat sama mereka")
hormat sama                | pred:worth | 0.75 | |
hormat pada                | pred:worth | 0.75 | |
hormat kepada              | pred:worth | 0.75 | |
respek sama                | pred:worth | 0.75 | |
menghargai mereka          | pred:worth | 0.75 | |
percaya sama orang         | pred:worth | 0.7 | |
percaya sama mereka        | pred:worth | 0.7 | |
percaya pada mereka        | pred:worth | 0.7 | |
suka sama orang            | pred:worth | 0.7 | |
suka kaum                  | pred:worth | 0.75 | |
menerima mereka            | pred:worth | 0.75 | |

# ---- humankind: "manusia" here names everyone, not a group said to be (not) human ----
umat manusia      | allow |  |  |
sesama manusia    | allow |  |  |
sesama umat manusia | allow |  |  |
hak asasi manusia | allow |  |  |
