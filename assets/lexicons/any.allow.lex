# Benign phrases that hold a flagged word in any language: greetings and abbreviations that share
# letters with English profanity (Indonesian/Malay "Ass. Wr. Wb." = Assalamu'alaikum wr. wb.).
@format 1
@lang any
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags
ass wr wb         | allow |  |  |
ass wr. wb        | allow |  |  |
ass. wr. wb       | allow |  |  |
ass. wr wb        | allow |  |  |
ass wr.wb         | allow |  |  |
re:\bass\W{0,3}wr\W{0,3}wb\b | allow |  |  |
re:\bass\W{0,3}(ww|wrwb)\b | allow |  |  |
