# Lao context words (starter). Lao has no spaces between words: entries match as substrings.
@format 1
@lang lo
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

ມຶງ              | ctx:target
ພວກມຶງ           | ctx:target
ບໍ່ແມ່ນ           | ctx:negation
ລ້ຽງຄວາຍ         | allow
ອ້ຽງຄວາຍ         | allow
ຊີ້ນຄວາຍ          | allow
ໂງ່ນຫີນ           | allow
