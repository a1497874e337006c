# Filipino / Taglish grooming stages as they are typed in chat: short forms (ko, mo, ka, nyo, sayo,
# sakin, san, di, wag), hyphen and no-hyphen spellings (mag-isa / mag isa), English mixed in.
# Complements fil.grooming.lex (no entry repeats one there). Every entry is weak alone; the
# conversation layer adds the stages up.
@format 1
@lang fil
@source Original work written for Waspada, 2026-12 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- trust: flattery, "mas mature ka", "gets kita" ----
re:\bang (ganda|cute|pogi|gwapo|guwapo|fresh|kinis|sexy|bait)( ng| nang)?( mga)?( mukha| face| pics| pic| picture| katawan)? mo\b | grooming | 0.2 | grooming_flattery |
re:\biba ka (sa|kaysa sa|kesa sa) (ibang|mga) (girls|babae|boys|lalaki|kaedad|ka-edad)\b | grooming | 0.35 | grooming_flattery |
re:\b(mas mature ka|mature ka na|mature ka pa|mas matured ka|ang mature mo)\b | grooming | 0.35 | grooming_flattery |
re:\b(numero lang ang edad|edad lang yan|walang edad ang pag-?ibig|walang pinipiling edad)\b | grooming | 0.45 | grooming_flattery |
re:\b(gets kita|naiintindihan kita|gets ko nararamdaman mo|alam ko nararamdaman mo|alam ko ang nararamdaman mo)\b | grooming | 0.3 | grooming_flattery |
re:\b(pwede|pede) (mo|mong) (sabihin|ikwento|i-kwento) (sakin|sa akin) (kahit ano|lahat)\b | grooming | 0.3 | grooming_flattery |
re:\b(naisip mo na ba|bagay sayo|pwede ka) (mag-? ?model|maging model)\b | grooming | 0.3 | grooming_flattery |
miss ganda        | grooming | 0.2 | grooming_flattery |
re:\b(bibigyan kita ng|bigyan kita ng|turuan kita ng|may) (private|one on one|1 on 1) (training|lesson|session|practice)\b | grooming | 0.2 | grooming_flattery |

# ---- personal: age, school, boyfriend, strict parents, who is home ----
re:\b(taga-? ?saan|tiga-? ?saan|taga san) ka\b | grooming | 0.3 | grooming_age_question |
re:\b(saan|san) ka nakatira\b | grooming | 0.3 | grooming_age_question |
re:\b(saang|anong|saan|san) (school|skul|eskwela|paaralan) (ka|nyo)\b | grooming | 0.35 | grooming_age_question |
re:\b(student|estudyante) ka pa\b | grooming | 0.3 | grooming_age_question |
re:\b(high ?school|hs|elem|elementary|grade school|shs|junior high) ka (na|pa)\b | grooming | 0.3 | grooming_age_question |
re:\b(single ka|may (bf|boyfriend|jowa|syota) ka)\b | grooming | 0.2 | grooming_age_question |
re:\bpinapayagan ka (ba )?(mag|ng|na)\b | grooming | 0.3 | grooming_age_question |
re:\b(strict|strikto|istrikto|mahigpit) ba (ang )?(parents|magulang|mama|papa|nanay|tatay) mo\b | grooming | 0.35 | grooming_age_question |
re:\b(chine-?check|chinecheck|chinicheck|tinitingnan|binubuksan) (ba )?(nila )?(ang |yung )?(phone|cp|cellphone|messages|chat) mo\b | grooming | 0.35 | grooming_age_question |
re:\b(wala bang tao|may tao ba|sino kasama mo) sa (bahay|inyo)\b | grooming | 0.4 | grooming_age_question |
re:\b(mag-isa|mag isa|magisa) ka (lang|ba)\b | grooming | 0.35 | grooming_age_question |
re:\b(tulog|gising) (na |pa )?(ba )?(ang |yung )?(parents|magulang|mama|papa|nanay|tatay|mommy|daddy) (mo|nyo)\b | grooming | 0.4 | grooming_age_question |
re:\bpag (tulog|wala|umalis) na (sila|parents mo|mama mo|papa mo|magulang mo)\b | grooming | 0.4 | grooming_age_question |
re:\b(anong|ano) oras (ang )?(uwi|uuwi|dating|darating|alis|aalis|out) (ng |ni )?(papa|mama|parents|magulang|nanay|tatay|mommy|daddy)\b | grooming | 0.35 | grooming_age_question |

# ---- isolation ----
re:\b(hindi|di) ka (talaga |naman )?(nila |nya |niya )?(talaga )?(naiintindihan|maintindihan|pinapakinggan|pinapahalagahan)\b | grooming | 0.35 | grooming_isolation |
re:\bako lang (talaga |ang |talaga ang )?(nakakaintindi|nakakaunawa|nagmamahal|may pake|nakikinig)\b | grooming | 0.45 | grooming_isolation |
re:\b(friends|kaibigan|tropa|barkada) mo (plastic|plastik|peke|fake)\b | grooming | 0.35 | grooming_isolation |
re:\bwala (silang|sila) tiwala (sayo|sa iyo)\b | grooming | 0.35 | grooming_isolation |
re:\bdeserve mo (ng )?privacy\b | grooming | 0.3 | grooming_isolation |
re:\b(hindi|di) ka nila deserve\b | grooming | 0.35 | grooming_isolation |
re:\bpipigilan ka (lang )?nila\b | grooming | 0.35 | grooming_isolation |
re:\b(di|hindi) nila (gets|maiintindihan|naiintindihan)\b | grooming | 0.35 | grooming_isolation |
re:\b(hindi|di) mo (sila )?kailangan (sila|ang mga yan|sila lahat)?\b | grooming | 0.3 | grooming_isolation |
re:\b(mag-?seselos|maiinggit|mainggit|magselos) (sila|yung iba|ang iba)\b | grooming | 0.3 | grooming_isolation |

# ---- secrecy ----
re:\b(wag|huwag|hwag|wg) (mo|mong|nyo|niyo) (lang |muna |na |munang )(sabihin|sasabihin|ipaalam|ikwento|ikukwento|ipagsabi|ipakita)\b | grooming | 0.35 | grooming_secrecy |
re:\b(wag|huwag|hwag) (mo|nyo) (na )?(sabihin|sasabihin|ipaalam|ikwento)( ito| to| yan)? (kahit kanino|kahit sino|sa iba)\b | grooming | 0.4 | grooming_secrecy |
re:\b(wag|huwag|hwag) (mo|mong|nyo) (na )?(sabihin|sasabihin|ikwento|ipaalam) (sa|kay|sa mga) (tropa|barkada|friends|kaibigan|classmates|kaklase|teammates|teacher|coach)\b | grooming | 0.35 | grooming_secrecy |
re:\b(secret|sikreto|sekreto) na lang natin\b | grooming | 0.45 | grooming_secrecy |
re:\btayo(ng dalawa)? lang (ang )?(nakakaalam|may alam)\b | grooming | 0.45 | grooming_secrecy |
re:\b(di|hindi) nila (malalaman|mababasa|makikita)\b | grooming | 0.4 | grooming_secrecy |
re:\bwalang (ibang )?(makakaalam|makakakita|makakabasa)\b | grooming | 0.35 | grooming_secrecy |
re:\b(i-?delete|idelete|delete|burahin) (mo |nyo )?(tong|itong|yang|lahat ng) (convo|chat|chats|usapan|msgs|messages|pics)\b | grooming | 0.45 | grooming_secrecy |
re:\b(i-?delete|idelete|delete|burahin)( mo| nyo)? (agad|after|pagkatapos|pagkabasa|pag nabasa mo)\b | grooming | 0.4 | grooming_secrecy |
re:\bsabihin mo (na )?(lang |lng )?(na )?(nasa (classmate|kaklase|friend|kaibigan|bahay ng)|may (project|group|practice|review))\b | grooming | 0.4 | grooming_secrecy |
re:\b(pag|kapag|kung) (nalaman|malaman|nakita|nabasa) (ng |ni )?(parents|magulang|mama|papa|nanay|tatay|nila)\b | grooming | 0.4 | grooming_secrecy |
re:\bpara (di|hindi) (nila |ka )?(makita|malaman|mabasa|mahuli|mahalata)\b | grooming | 0.4 | grooming_secrecy |

# ---- move to another app ----
re:\b(chat|usap|mag-?usap|message|msg|pm|text)( tayo| mo ako| mo ko| ka)? (sa|dun sa|doon sa) (telegram|tg|signal|messenger|viber|whatsapp|snap|snapchat|discord|wechat|kik)\b | grooming | 0.3 | grooming_private_app |
re:\b(dun|doon) tayo sa (telegram|tg|signal|messenger|viber|whatsapp|snap|snapchat|discord|wechat|kik)\b | grooming | 0.3 | grooming_private_app |
re:\bsa (telegram|signal|snap|snapchat|viber|whatsapp|kik|discord) (mo )?(na )?(lang )?(i-?send|isend|ipadala)\b | grooming | 0.3 | grooming_private_app |
re:\b(download|install|mag-?download|i-?download) (ka|mo) (ng )?(telegram|signal|snap|snapchat|kik|viber|discord|wechat)\b | grooming | 0.3 | grooming_private_app |
re:\b(i-?on|ion|buksan) mo (ang |yung )?(vanish mode|disappearing)\b | grooming | 0.4 | grooming_private_app |
dummy acc         | grooming | 0.35 | grooming_private_app |

# ---- gifts ----
re:\b(gcash-?an|gcashan|pa-?gcash|padalhan|papadalhan|sendan) kita\b | grooming | 0.3 | grooming_gift |
re:\bpang-? ?(load|grab|pamasahe)\b | grooming | 0.3 | grooming_gift |
re:\bgusto mo (ng )?(allowance|load|robux|diamonds|skin|skins|pera|regalo|bagong phone)\b | grooming | 0.35 | grooming_gift |
re:\b(bibilhan|bilhan|ibibili)( kita)? (bagong )?(phone|cp|cellphone|iphone|damit|sapatos|robux|diamonds|skin)\b | grooming | 0.35 | grooming_gift |
re:\b(send|bigay|padala) ko (na |sayo |na sayo )?(ang |yung )?(diamonds|robux|skin|load|pera)\b | grooming | 0.35 | grooming_gift |
re:\b(sagot ko|bibigyan kita ng|padadalhan kita ng|bigyan kita ng) (pamasahe|allowance|pang-? ?grab)\b | grooming | 0.35 | grooming_gift |

# ---- sexual talk (not graphic) ----
re:\b(nakapag-?kiss|naka-?kiss|nakahalik|nakipaghalikan|na-?kiss|nahalikan) ka\b | grooming | 0.4 | grooming_sexual_talk |
re:\b(virgin|birhen) ka pa\b | grooming | 0.45 | grooming_sexual_talk | severe
re:\bmay (experience|karanasan) ka (na )?(ba )?sa (lalaki|babae|kama|ganun|ganon)\b | grooming | 0.45 | grooming_sexual_talk |
re:\bturuan kita (dahan-? ?dahan|humalik|mag-?kiss)\b | grooming | 0.4 | grooming_sexual_talk |
re:\b(ano|anong) (suot|sinusuot) mo (ngayon|pag natutulog|matulog|sa kama)\b | grooming | 0.4 | grooming_sexual_talk |
pantulog mo       | grooming | 0.35 | grooming_sexual_talk |
re:\bnaka-? ?(crop top|croptop|bikini|two piece|tuwalya|towel)\b | grooming | 0.25 | grooming_sexual_talk |
re:\b(suotin|isuot|suot) mo (yung|ang) (shorts|skirt|palda|crop top|dress|bikini|damit) na (gusto|bet|type) ko\b | grooming | 0.35 | grooming_sexual_talk |
re:\b(hubog ng katawan|hubog|hita|curves|figure) mo\b | grooming | 0.3 | grooming_sexual_talk |
re:\b(gusto kitang|gusto ko kitang|pwede kitang) (halikan|yakapin|hawakan|i-?kiss)\b | grooming | 0.4 | grooming_sexual_talk |

# ---- photos, video, camera ----
re:\b(palitan|exchange|swap|trade) (tayo |ng )?(pics|pic|picture|litrato|selfie)\b | grooming | 0.4 | grooming_photo_request |
re:\b(send|pasend|padala) (ka|mo) (muna|na|nga|naman|lang) (ng )?(pic|pics|picture|litrato|selfie|video)\b | grooming | 0.35 | grooming_photo_request |
re:\bako muna (mag-? ?send|magsend|magpadala)\b | grooming | 0.35 | grooming_photo_request |
re:\b(kahit )?(wag na|walang|di kita|hindi kita) (ang |yung )?(face|mukha)\b | grooming | 0.35 | grooming_photo_request |
re:\b(ibang|iba pang|dagdag na) (pics|pictures|litrato)\b | grooming | 0.25 | grooming_photo_request |
re:\b(send ka|send mo|padala ka|pasend|i-?send mo)( ng| nang)? (video|vid|vids)\b | grooming | 0.3 | grooming_photo_request |
re:\b(on|i-?on|buksan|open) mo (ang |yung )?(cam|camera)\b | grooming | 0.3 | grooming_photo_request |
re:\bpara (sakin|sa akin) lang\b | grooming | 0.3 | grooming_photo_request |

# ---- meeting ----
re:\b(sunduin|susunduin|sinundo)( kita| ka)? (sa )?(kanto|mall|labas ng school|bahay nyo|inyo|uwian|pag-? ?uwian|school nyo)\b | grooming | 0.35 | grooming_meeting |
re:\b(pwede|pede|kaya) kita (sunduin|puntahan|ihatid|daanan)\b | grooming | 0.35 | grooming_meeting |
re:\b(ako na (ang )?(maghahatid|maghatid|susundo)|ihahatid kita)\b | grooming | 0.25 | grooming_meeting |
re:\b(punta ka|pumunta ka|tulog ka|matulog ka|laro tayo|tambay tayo|dalaw ka) (dito )?(sa )?(bahay|condo|kwarto|apartment) ko\b | grooming | 0.35 | grooming_meeting |
re:\b(bakanteng kwarto|bakante kwarto|tumira ka (sa akin|sakin|dito))\b | grooming | 0.35 | grooming_meeting |
re:\b(umalis|lumayas|tumakas)( ka)?( na)? sa (inyo|bahay nyo|bahay niyo)\b | grooming | 0.35 | grooming_meeting |
re:\b(hihintayin|antayin|aantayin) kita (sa|dun sa|doon sa)\b | grooming | 0.25 | grooming_meeting |
re:\b(pag|kapag|pagka) (sinundo|sunduin|sundo) (na )?kita\b | grooming | 0.3 | grooming_meeting |
date tayo         | grooming | 0.25 | grooming_meeting |
re:\b(send|i-?send|pin|share|drop) (mo |ka )?(ng )?(location|loc) (mo|nyo)\b | grooming | 0.3 | grooming_meeting |
