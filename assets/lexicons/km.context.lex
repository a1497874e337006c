# Khmer context words (starter). Khmer has no spaces between words: entries match as substrings.
# ឯង ("you") is not listed on its own: it is also the second half of ខ្លួនឯង ("oneself").
@format 1
@lang km
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

ហ្អែង            | ctx:target
ពួកឯង            | ctx:target
មិនមែន           | ctx:negation
ការឆបោក          | ctx:counter
ប្រយ័ត្នការឆបោក   | ctx:counter
