# Filipino / Tagalog (incl. Taglish) hate: slurs by target group, dehumanising terms and attacks on
# people for who they are. Words that are ordinary or reclaimed ("bakla", "tomboy", "negro" as a
# nickname) only count when aimed at someone (needs=target) and carry a low weight; words that
# are only hateful next to a group name carry needs=group.
@format 1
@lang fil
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

# --- sexual orientation and gender identity --------------------------------------------------
bakla               | hate | 0.3  | slur_group | needs=target
bading              | hate | 0.35 | slur_group | needs=target
badaf               | hate | 0.35 | slur_group | needs=target
bayot               | hate | 0.35 | slur_group | needs=target
tomboy              | hate | 0.25 | slur_group | needs=target
tibo                | hate | 0.35 | slur_group | needs=target
salot na bakla      | hate | 0.75 | hate_group_attack | severe
re:\b(mga )?(bakla|bading|tomboy|tibo|bayot|lgbt\w*|gay|transgender)( (ay|is|are))? (salot|kasalanan|sakit|may sakit|abnormal|demonyo|kadiri|nakakadiri|kasuklam-?suklam|disease|mental illness)\b | hate | 0.7 | hate_group_attack | severe
re:\b(patayin|sunugin|ubusin|bugbugin) (ang )?(lahat ng )?(mga )?(bakla|bading|tomboy|tibo|bayot)\b | hate | 0.9 | hate_group_attack | severe
dapat sa bakla      | hate | 0.45 | hate_group_attack |
dapat sa mga bakla  | hate | 0.5  | hate_group_attack |
hindi natural ang bakla | hate | 0.5 | hate_group_attack |
salot sa lipunan ang mga bakla | hate | 0.8 | hate_group_attack | severe

# --- ethnicity, race and nationality --------------------------------------------------------
nognog              | hate | 0.45 | slur_group | needs=target,group
baluga              | hate | 0.6  | slur_group | needs=target
negro ka            | hate | 0.5  | slur_group |
negra               | hate | 0.35 | slur_group | needs=target
intsik beho         | hate | 0.6  | slur_group |
intsik baboy        | hate | 0.7  | slur_group | severe
chekwa              | hate | 0.55 | slur_group |
tsekwa              | hate | 0.55 | slur_group |
chingchong          | hate | 0.6  | slur_group |
bumbay              | hate | 0.25 | slur_group | needs=target
re:\bmukha( kang|ng) (ita|aeta|baluga|negro|negra|intsik|bumbay|unggoy)\b | hate | 0.55 | slur_group |
re:\b(mga )?(muslim|moro|moslem)\w*( (ay|are))? (mga )?(terorista|traydor|kriminal|mamamatay-?tao|terrorists?)\b | hate | 0.7 | hate_group_attack | severe
re:\blahat ng (muslim|moro|intsik|chinese|bumbay|bisaya|igorot)\w* (ay )?(terorista|magnanakaw|kriminal|traydor|mandaraya|salot)\b | hate | 0.7 | hate_group_attack | severe
muslim terorista    | hate | 0.65 | hate_group_attack |
palayasin ang mga   | hate | 0.4  | hate_group_attack | needs=group
paalisin ang mga    | hate | 0.35 | hate_group_attack | needs=group
bumalik kayo sa bansa ninyo | hate | 0.5 | hate_group_attack |
umuwi kayo sa bansa nyo | hate | 0.5  | hate_group_attack |
re:\b(bisaya|bisdak|ilokano|igorot|probinsyano)\w* (ka|kasi|talaga) (kaya|eh|e) (tanga|bobo|mahirap|mangmang)\b | hate | 0.55 | hate_group_attack |

# --- disability -----------------------------------------------------------------------------
mongoloyd           | hate | 0.45 | slur_group | needs=target
abnormal ka         | hate | 0.45 | slur_group |
special child ka    | hate | 0.5  | slur_group |

# --- women ----------------------------------------------------------------------------------
babae ka lang       | hate | 0.45 | hate_group_attack |
babae lang kayo     | hate | 0.45 | hate_group_attack |
re:\b(ang )?(mga )?babae (ay )?(dapat )?(sa kusina lang|pang kama lang|pambahay lang|walang alam|walang utak|mga bobo|mga tanga)\b | hate | 0.65 | hate_group_attack |
deserve niyang marape | hate | 0.9  | hate_group_attack | severe
deserve mong marape | hate | 0.9  | hate_group_attack | severe

# --- religion -------------------------------------------------------------------------------
kulto               | hate | 0.25 | hate_group_attack | needs=group
mga demonyo         | hate | 0.35 | dehumanising_group | needs=group
sumasamba sa demonyo | hate | 0.4 | hate_group_attack | needs=group

# --- dehumanising (only next to a group name) ------------------------------------------------
mga hayop           | hate | 0.4  | dehumanising_group | needs=group
salot               | hate | 0.35 | dehumanising_group | needs=group
mga salot           | hate | 0.45 | dehumanising_group | needs=group
mga ipis            | hate | 0.5  | dehumanising_group | needs=group
mga daga            | hate | 0.4  | dehumanising_group | needs=group
mga unggoy          | hate | 0.5  | dehumanising_group | needs=group
mga baboy           | hate | 0.45 | dehumanising_group | needs=group
mga peste           | hate | 0.45 | dehumanising_group | needs=group
peste sa lipunan    | hate | 0.45 | dehumanising_group | needs=group
basura ng lipunan   | hate | 0.45 | dehumanising_group | needs=group
mga parasito        | hate | 0.45 | dehumanising_group | needs=group
mga linta           | hate | 0.35 | dehumanising_group | needs=group

# ---- Groups likened to rats or animals, "drive them out", indigenous and Chinese groups named in
# ---- contempt (added 2026-12, original work, MIT) ----
re:\b(parang|mukhang|mga|kagaya ng|tulad ng) (daga|hayop|unggoy|monkey|aso|baboy|ipis|linta|rat|salot)\b | hate | 0.5 | dehumanising_group | needs=group
re:\b(palayasin|itaboy|paalisin|ipatapon|ibalik) (sila|silang lahat|lahat sila|ang mga yan)\b | hate | 0.45 | hate_group_attack | needs=group
re:\b(inaagaw|kinukuha|inaagawan) (ang |mga |ng )?(trabaho|lupa|negosyo) (natin|namin|ng mga pilipino)\b | hate | 0.35 | hate_group_attack | needs=group
re:\bdapat (bawal|ipagbawal|palayasin|ikulong) (sila|ang mga yan)\b | hate | 0.45 | hate_group_attack | needs=group
re:\bhindi (dapat|pwedeng) (binoboto|iboto|bumoto|mamuno|maging lider)\b | hate | 0.35 | hate_group_attack | needs=group

# ---- slurs missing before (2026-12; words known to the developers, weights kept low where the word has an ordinary sense) ----
abnoy               | hate | 0.6 | slur_group | needs=target
baldado             | hate | 0.55 | slur_group | needs=target
egoy                | hate | 0.65 | slur_group | needs=target,group
sward               | hate | 0.6 | slur_group | needs=target
singkit             | hate | 0.55 | slur_group | needs=target,group
