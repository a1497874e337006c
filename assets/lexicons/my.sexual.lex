# Burmese sexual content (explicit words and porn spam). Small starter list.
@format 1
@lang my
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

လိုးကြ             | sexual | 0.7  | sexual_explicit |
လိုးတဲ့ကား          | sexual | 0.75 | sexual_explicit |
အောကား            | sexual | 0.6  | sexual_explicit |
အပြာကား           | sexual | 0.6  | sexual_explicit |
လိင်ကိစ္စ           | sexual | 0.3  | sexual_explicit |
အဝတ်မပါ          | sexual | 0.45 | sexual_explicit |
ကိုယ်လုံးတီး        | sexual | 0.45 | sexual_explicit |
စောက်ဖုတ်ကြီး       | sexual | 0.7  | sexual_explicit |
လီးကြီး            | sexual | 0.65 | sexual_explicit |

# ---- Leaked clips and porn-film words (added 2026-12, original work, MIT) ----
re:လို\s?း\s?ကား                                                     | sexual | 0.7  | sexual_explicit |
re:(clip|ကလစ်|ဗီဒီယို|video)\s?(ပေါက်ကြား|ပေါက်)                            | sexual | 0.4  | sexual_explicit |
re:(clip|ကလစ်|ဗီဒီယို|video)\s?(ပေါက်ကြား|ပေါက်).{0,40}(link|လင့်|bio|🔞)          | sexual | 0.6  | sexual_explicit |
