# Thai sexual content: explicit words, porn and sex-service spam. Substring matching: words that
# begin common words are written as patterns (โป๊ะ = pontoon/exposed, so โป๊ is not bare).
@format 1
@lang th
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT

เย็ด               | sexual | 0.5  | sexual_explicit |
เย็ดกัน            | sexual | 0.7  | sexual_explicit |
เย็ดหี             | sexual | 0.8  | sexual_explicit |
โดนเย็ด            | sexual | 0.65 | sexual_explicit |
เงี่ยน             | sexual | 0.45 | sexual_explicit |
เงี่ยนหี           | sexual | 0.7  | sexual_explicit |
หีเปียก            | sexual | 0.75 | sexual_explicit |
หีฟิต              | sexual | 0.7  | sexual_explicit |
เลียหี             | sexual | 0.8  | sexual_explicit |
ควยใหญ่           | sexual | 0.6  | sexual_explicit |
อมควย             | sexual | 0.75 | sexual_explicit |
ดูดควย            | sexual | 0.75 | sexual_explicit |
แตกใน             | sexual | 0.6  | sexual_explicit |
ชักว่าว            | sexual | 0.3  | sexual_explicit |
ขย่ม              | sexual | 0.4  | sexual_explicit |
เสียวหี            | sexual | 0.7  | sexual_explicit |
คลิปโป๊            | sexual | 0.65 | sexual_explicit |
หนังโป๊            | sexual | 0.6  | sexual_explicit |
รูปโป๊             | sexual | 0.55 | sexual_explicit |
ภาพโป๊             | sexual | 0.55 | sexual_explicit |
โป๊               | sexual | 0.3  | sexual_explicit |
โป๊ะ              | allow
โป๊ป              | allow
โป๊ก              | allow
หนังเอ็กซ์           | sexual | 0.55 | sexual_explicit |
คลิปเสียว          | sexual | 0.6  | sexual_explicit |
คลิปหลุด           | sexual | 0.35 | sexual_explicit |
คลิปหลุดนักเรียน    | sexual | 0.8  | sexual_explicit | severe
ภาพนู้ด            | sexual | 0.5  | sexual_explicit |
นู้ด               | sexual | 0.35 | sexual_explicit |
เปลือยกาย          | sexual | 0.35 | sexual_explicit |
แก้ผ้า             | sexual | 0.35 | sexual_explicit |
หัวนม             | sexual | 0.3  | sexual_explicit |
ไซด์ไลน์           | sexual | 0.45 | sexual_explicit |
รับงานเอ็นเตอร์เทน  | sexual | 0.35 | sexual_explicit |
ขายบริการทางเพศ    | sexual | 0.35 | sexual_explicit |
โม๊ก               | sexual | 0.55 | sexual_explicit |
ท่าหมา             | sexual | 0.4  | sexual_explicit |
ร่วมเพศ            | sexual | 0.35 | sexual_explicit |
รักร่วมเพศ         | allow
มีเซ็กส์            | sexual | 0.4  | sexual_explicit |
คลิปเซ็กส์          | sexual | 0.65 | sexual_explicit |
หาคู่นอน           | sexual | 0.55 | sexual_explicit |
คู่นอน             | sexual | 0.3  | sexual_explicit |
วันไนท์สแตนด์       | sexual | 0.4  | sexual_explicit |
สวิงกิ้ง            | sexual | 0.45 | sexual_explicit |
ดูคลิปเต็มได้ที่     | sexual | 0.45 | sexual_explicit |

# ---- Leaked-clip and sex-service adverts (added 2026-12, original work, MIT) ----
ไม่เซ็นเซอร์         | sexual | 0.45 | sexual_explicit |
เต็มคลิป            | sexual | 0.3  | sexual_explicit |
คลิปเต็ม            | sexual | 0.3  | sexual_explicit |
re:คลิป[\s.]?หลุด                                   | sexual | 0.35 | sexual_explicit |
เย็ดสด             | sexual | 0.7  | sexual_explicit |
re:(รับงาน|ขาย)\s?(vdo|video|วีดีโอ|วิดีโอ|วีดีโอ)\s?(call|คอล)  | sexual | 0.55 | sexual_explicit |
คอลเสียว           | sexual | 0.65 | sexual_explicit |
# leaked or explicit clip + where to watch it
re:(คลิป[\s.]?หลุด|คลิปเสียว|คลิปโป๊|เต็มคลิป|ไม่เซ็นเซอร์).{0,60}(ลิงก์|ลิงค์|link|ไบโอ|bio|ดูได้ที่|ทักมา|🔞) | sexual | 0.65 | sexual_explicit |
