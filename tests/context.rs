//! How context changes a hit: targets, negation, counter-speech, self-reference, allow phrases,
//! wildcards and script-aware word edges. Each case runs one small lexicon, not the bundled ones.

use waspada::{Action, Category, Engine, Post, ProfileName, Settings};

const LEXICON: &str = "@format 1
@lang en
@source test
@licence MIT
idiot* | harassment | 0.8 | insult_at_person | needs=target
kys | self_harm | 0.95 | self_harm_encouragement | severe
*fuck* | harassment | 0.7 | profanity_at_person | needs=target
you | ctx:target
u | ctx:target
not | ctx:negation
called me | ctx:counter
i'm such | ctx:self
idiot box | allow
";

const THAI: &str = "@format 1
@lang th
@source test
@licence MIT
ไอ้ควาย | harassment | 0.8 | insult_at_person |
";

fn engine() -> Engine {
    Engine::builder()
        .without_bundled_lexicons()
        .without_model()
        .lexicon("test.lex", LEXICON)
        .lexicon("th.lex", THAI)
        .build()
        .expect("test lexicons compile")
}

/// Asserts, case by case, whether `category` is among the labels of each text.
fn assert_table(e: &Engine, category: Category, cases: &[(&str, bool)]) {
    for (text, want) in cases {
        let v = e.scan(&Post::new(*text));
        let fired = v.labels.contains(&category);
        assert_eq!(fired, *want, "{text:?}: {} score {}", category.name(), v.categories[&category]);
    }
}

/// An engine with only the English test lexicon `entries` (its header added).
fn english(entries: &str) -> Engine {
    let lexicon = format!("@format 1\n@lang en\n@source test\n@licence MIT\n{entries}");
    Engine::builder().without_bundled_lexicons().without_model().lexicon("test.lex", &lexicon).build().unwrap()
}

#[test]
fn context_table() {
    let e = engine();
    // (text, harassment fires?)
    let cases: &[(&str, bool)] = &[
        ("you idiot", true),
        ("you are such an IDIOT", true),
        ("you are idiotic", true),
        ("@bob idiot", true),
        ("what an idiot traffic light", false),
        ("you are not an idiot", false),
        ("he called me an idiot, you know", false),
        ("i'm such an idiot lol", false),
        ("watching the idiot box with you", false),
        ("you motherfucker", true),
        ("you are all idiots", true), // `idiot*` lets the word go on
        ("kidiot you", false),        // no word edge before the term
        ("แกมันไอ้ควายจริงๆ", true),     // Thai has no spaces: no edge check
    ];
    assert_table(&e, Category::Harassment, cases);
}

#[test]
fn unaimed_insult_keeps_a_small_score() {
    let v = engine().scan(&Post::new("what an idiot traffic light"));
    let s = v.categories[&Category::Harassment];
    assert!(s > 0.0 && s < 0.3, "score {s}");
}

#[test]
fn evidence_spans_point_at_original_text() {
    let text = "Hey Ｙｏｕ, k y s!";
    let v = engine().scan(&Post::new(text));
    assert!(
        v.labels.contains(&Category::SelfHarm) && v.labels.contains(&Category::Harassment),
        "kys at a person is harassment too"
    );
    let e = &v.evidence[0];
    assert_eq!(&text[e.start..e.end], "k y s");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&utf16[e.start_utf16..e.end_utf16]), "k y s");
    assert_eq!(e.explanation, "Tells someone to hurt themselves: \"k y s\"");
    assert_eq!(v.severity, waspada::Severity::High);
}

#[test]
fn settings_change_labels_and_actions_not_scores() {
    let mut e = engine();
    let post = Post::new("you idiot");
    let before = e.scan(&post);
    assert_eq!(before.action, Action::Blur);
    let mut s = Settings::with_profile(ProfileName::Balanced);
    s.actions.insert(Category::Harassment, Action::Hide);
    e.configure(s).unwrap();
    let hidden = e.scan(&post);
    assert_eq!(hidden.action, Action::Hide);
    assert_eq!(hidden.categories, before.categories);
    let mut off = Settings::default();
    off.actions.insert(Category::Harassment, Action::None);
    e.configure(off).unwrap();
    let v = e.scan(&post);
    assert!(!v.flagged && v.action == Action::None);
}

#[test]
fn sensitivity_moves_the_threshold() {
    let mut e = engine();
    let post = Post::new("idiot"); // 0.8 × unaimed 0.2 = 0.16
    assert!(!e.scan(&post).flagged);
    let mut s = Settings::default();
    s.sensitivity.insert(Category::Harassment, 2);
    e.configure(s.clone()).unwrap();
    assert!(!e.scan(&post).flagged, "0.16 stays under 0.55 - 0.2");
    s.sensitivity.insert(Category::Harassment, 3);
    assert_eq!(e.configure(s).unwrap_err().message(), "settings: sensitivity of harassment is 3, expected -2..2");
    // The rejected settings did not replace the good ones.
    assert_eq!(e.settings().sensitivity.get(&Category::Harassment), Some(&2));
}

#[test]
fn trusted_accounts_are_a_site_and_a_handle() {
    let mut e = engine();
    let trusted =
        ["x.com/@Friend", "https://www.reddit.com/user/kawan/", "facebook.com/sahabat?ref=bookmarks", "@nosite"];
    e.configure(Settings { trusted: trusted.iter().map(|t| t.to_string()).collect(), ..Settings::default() }).unwrap();
    // (author, page host, covered?)
    let table = [
        (Some("friend"), Some("x.com"), false),
        (Some("@FRIEND"), Some("mobile.twitter.com"), false),
        (Some("friend"), Some("www.reddit.com"), true),
        (Some("kawan"), Some("old.reddit.com"), false),
        (Some("sahabat"), Some("m.facebook.com"), false),
        (Some("sahabat"), Some("x.com"), true),
        (Some("nosite"), Some("x.com"), true),
        (Some("friend"), None, true),
        (None, Some("x.com"), true),
    ];
    for (author, host, covered) in table {
        let mut post = Post::new("you idiot");
        post.author = author.map(str::to_string);
        post.host = host.map(str::to_string);
        let v = e.scan(&post);
        assert!(v.flagged, "the verdict still says what it found");
        assert_eq!(v.action != Action::None, covered, "{author:?} on {host:?}");
    }
}

#[test]
fn language_hint_limits_lexicons() {
    let e = engine();
    let mut post = Post::new("แกมันไอ้ควายจริงๆ");
    post.lang = Some("id".into());
    assert!(!e.scan(&post).flagged, "Thai entries are skipped for an Indonesian post");
    post.lang = Some("th-TH".into());
    assert!(e.scan(&post).flagged);
}

#[test]
fn malay_and_indonesian_tags_read_both_lexicons() {
    // "makhluk" pointing back at a group is in the Malay lexicons; Indonesians write it too.
    let e = Engine::new().expect("bundled engine builds");
    for tag in ["id", "ms", "id-ID", "ms-MY"] {
        let mut post = Post::new("Orang Kristen itu makhluk paling menjijikkan.");
        post.lang = Some(tag.into());
        let v = e.scan(&post);
        assert!(v.labels.contains(&Category::Hate), "{tag}: {:?}", v.labels);
    }
}

#[test]
fn malformed_lexicon_is_rejected_with_file_and_line() {
    let err = Engine::builder()
        .without_bundled_lexicons()
        .lexicon(
            "bad.lex",
            "@format 1\n@lang en\n@source s\n@licence MIT\nre:(unclosed | harassment | 0.5 | insult_at_person\n",
        )
        .build()
        .unwrap_err();
    assert!(err.message().starts_with("bad.lex:5: invalid regex"), "{}", err.message());
    let err = Engine::builder()
        .without_bundled_lexicons()
        .lexicon("bad.lex", "@format 1\n@lang en\n@source s\n@licence MIT\nx | harassment | 0.5 | no_such_key\n")
        .build()
        .unwrap_err();
    assert_eq!(err.message(), "bad.lex:5: unknown explanation key 'no_such_key'");
}

#[test]
fn issue_2_any_string_gets_a_verdict() {
    let e = Engine::new().expect("bundled engine builds");
    let nasty = [
        String::new(),
        "\u{0}\u{FFFF}\u{10FFFF}".to_string(),
        "\u{301}\u{301}\u{301}".to_string(),
        "🐒🏿".repeat(1000),
        "k ".repeat(50_000),
        "ｙｏｕ ".repeat(20_000) + &"idiot ".repeat(20_000),
        "a".repeat(1 << 20),
    ];
    for text in nasty {
        let v = e.scan(&Post::new(text.clone()));
        for ev in &v.evidence {
            assert!(text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end) && ev.start <= ev.end);
        }
        assert!(v.evidence.len() <= 24);
    }
}

#[test]
fn own_words_hide_posts_in_any_script() {
    let mut e = Engine::new().unwrap();
    let settings = Settings {
        own_words: vec!["spoiler*".into(), "f*ck".into(), "ทุเรียน".into(), "🐍".into(), "game of thrones".into()],
        ..Settings::default()
    };
    e.configure(settings).unwrap();
    let cases: &[(&str, bool)] = &[
        ("no SPOILERS please", true),
        ("what the FUUUCK", true),
        ("what the fudge", false),
        ("fck this", true),
        ("f ck this", false),
        ("ชอบกินทุเรียนมาก", true),
        ("you 🐍", true),
        ("watching Game of Thrones tonight", true),
        ("a thrones game", false),
    ];
    for (text, hidden) in cases {
        let v = e.scan(&Post::new(*text));
        let own = v.evidence.iter().any(|x| x.kind == waspada::EvidenceKind::User);
        assert_eq!(own, *hidden, "{text}");
        if *hidden {
            assert_eq!(v.action, Action::Hide);
        }
    }
    let bad = Settings { own_words: vec!["a|b".into()], ..Settings::default() };
    assert_eq!(e.configure(bad).unwrap_err().message(), "settings: own word 'a|b' may not contain '|' or a line break");
}

#[test]
fn not_harmful_feedback_softens_the_same_words() {
    let mut e = engine();
    let post = Post::new("you idiot");
    let before = e.scan(&post).categories[&Category::Harassment];
    let mut s = Settings::default();
    s.softened.insert("IDIOT".into(), 2);
    e.configure(s).unwrap();
    let after = e.scan(&post).categories[&Category::Harassment];
    assert!(after < before * 0.5, "{before} -> {after}");
    assert!(!e.scan(&post).flagged);
}

/// Issue 9 (negated positives): a worth said of a group is praise; denied, it is hate.
#[test]
fn issue_9_a_denied_worth_is_hate_and_a_stated_one_is_not() {
    const WORTH: &str = "@format 1
@lang en
@source test
@licence MIT
muslims | ctx:group
immigrant | ctx:group
not | ctx:negation
never | ctx:negation
no | ctx:negation
human | pred:worth | 0.85 | negative_attribute_group
equal | pred:worth | 0.8 | negative_attribute_group
trustworthy | pred:worth | 0.8 | negative_attribute_group
filthy | pred:attribute | 0.8 | negative_attribute_group
walang | ctx:denial
saying | ctx:counter
";
    let e = Engine::builder()
        .without_bundled_lexicons()
        .without_model()
        .lexicon("worth.lex", WORTH)
        .build()
        .expect("worth lexicon compiles");
    let cases: &[(&str, bool)] = &[
        ("Muslims are not human.", true),
        ("Muslims will never be equal to us.", true),
        ("No immigrant is trustworthy.", true),
        ("Muslims are human like everyone else.", false),
        ("Muslims are equal citizens.", false),
        ("The report is not about Muslims. Everyone is human.", false),
        ("Saying Muslims are not human is vile.", false),
        // A denial word denies a worth, and negates nothing else.
        ("walang immigrant is trustworthy", true),
        ("walang shame, Muslims are filthy", true),
        ("Muslims are not filthy.", false),
    ];
    assert_table(&e, Category::Hate, cases);
}

#[test]
fn issue_9_a_slur_counts_where_it_is_read_as_people() {
    const SLURS: &str = "@format 1
@lang en
@source test
@licence MIT
sotong | hate | 0.8 | slur_group | slur
fag | hate | 0.8 | slur_group | slur
these | ctx:people
another | ctx:people
tu | ctx:people_after
you | ctx:target
not | ctx:negation
as a proud | ctx:self
is a slur | ctx:counter
fag break | allow
disgusting | pred:attribute | 0.85 | negative_attribute_group
";
    const BURMESE: &str = "@format 1
@lang my
@source test
@licence MIT
ဖာ | hate | 0.8 | slur_group | slur
တွေ | ctx:people_after
";
    let e = Engine::builder()
        .without_bundled_lexicons()
        .without_model()
        .lexicon("slurs.lex", SLURS)
        .lexicon("my-slurs.lex", BURMESE)
        .build()
        .expect("slur lexicons compile");
    // (text, hate fires?)
    let cases: &[(&str, bool)] = &[
        ("ugh, these sotong everywhere in the mall", true),
        ("another fag moved in next door", true),
        ("tengok sotong tu hahaha", true),
        ("you fag, get lost", true),
        ("Sotong!", true),
        ("ဈေးထဲမှာ ဖာတွေ ပြည့်နေတာပဲ", true),
        // A slur read as people names its group: a predicate said of it pairs with it; the
        // everyday sense names no one.
        ("these sotong at the mall are disgusting", true),
        ("the grilled sotong was disgusting", false),
        // The everyday senses: no people slot, an allowed phrase.
        ("we had grilled sotong for dinner", false),
        ("going out for a fag break", false),
        ("another fag break before the meeting", false),
        // Reclaimed, negated, reported.
        ("as a proud fag I say hello", false),
        ("\"fag\" is a slur and nobody should use it", false),
    ];
    assert_table(&e, Category::Hate, cases);
}

#[test]
fn issue_9_the_slur_flag_is_for_harm_entries_only() {
    let bad = "@format 1\n@lang en\n@source test\n@licence MIT\nthese | ctx:people | | | slur\n";
    let err = Engine::builder().without_bundled_lexicons().without_model().lexicon("bad.lex", bad).build().unwrap_err();
    assert!(err.to_string().contains("bad.lex:5") && err.to_string().contains("slur"), "{err}");
}

#[test]
fn issue_9_a_group_named_inside_a_quotation_is_the_quotations() {
    const QUOTE: &str = "muslims | ctx:group
vermin | pred:dehumanise | 0.95 |
vile | pred:attribute | 1.0 |
";
    let e = english(QUOTE);
    // (text, hate fires?): "vile" in a sentence that names no one points back to the group named
    // before it, unless that group was named inside someone else's quoted words.
    let cases: &[(&str, bool)] = &[
        ("“Muslims are vermin”? Seriously, how can anyone say something so vile?", false),
        ("Muslims are everywhere in this town. So vile.", true),
    ];
    assert_table(&e, Category::Hate, cases);
}

/// Issue 9: the model reads words, not their sense; where the word that pushed it most sits in a
/// phrase a lexicon allows, it is believed less (tuning-suite contrasts, tests/tuning_suites_c, _d).
#[test]
fn issue_9_the_model_is_believed_less_inside_an_allowed_phrase() {
    // The bundled lexicons and model, not this file's test lexicon.
    let e = Engine::new().expect("bundled engine");
    for text in [
        "Wei Ling's bitch just had six puppies, all healthy! DM if you want to adopt one 🐶",
        "Dave stubbed their toe on the bed frame and just yelled FUCKING HELL at 3am",
        "Aina singgah Masjid Kapitan Keling masa cuti kat Penang, cantik gila senibina dia.",
        "Mati aja lo kipas angin, gak guna.",
    ] {
        let v = e.scan(&Post::new(text));
        assert!(v.labels.is_empty(), "{text:?} was flagged: {:?}", v.labels);
    }
    // Calls to violence are not what allowed phrases speak of: the model still counts there.
    let v = e.scan(&Post::new(
        "Pasang bom di badanmu, lari ke orang2 kafir itu lalu ledakkan mereka semua, bidadari menunggumu",
    ));
    assert!(v.labels.contains(&Category::Extremism), "{:?}", v.labels);
}

/// Issue 9: a pronoun points back to the group named up to two sentences before it, and a short
/// aside between ("lol.", "Fine.", "Heh.") changes no subject, so it does not count toward the two.
#[test]
fn issue_9_an_aside_does_not_move_a_pronoun_away_from_its_group() {
    const LEX: &str = "women | ctx:group
they | grp:pronoun
these ones | grp:pronoun
can't be trusted | pred:attribute | 1.0 |
";
    let e = english(LEX);
    // (text, hate fires?)
    let cases: &[(&str, bool)] = &[
        ("So the new manager hired women. lol. Lmao even. These ones can't be trusted.", true),
        ("So the new manager hired women. Fine. I'll be honest. They can't be trusted.", true),
        // Three sentences with words of their own in between: the pronoun is someone else's.
        (
            "So the new manager hired women. The shop was busy all day. Then the delivery came late. \
             The drivers took a long lunch. They can't be trusted.",
            false,
        ),
    ];
    assert_table(&e, Category::Hate, cases);
}

/// Issue 9: a list's items are said of what the line above the list names ("3 things about X 👇",
/// then "1. …", "2. …"), however many items come before; "1." and "၁။" number an item and end
/// no sentence.
#[test]
fn issue_9_a_lists_items_are_said_of_its_heading() {
    const LEX: &str = "women | ctx:group
liars | pred:attribute | 1.0 |
";
    let e = english(LEX);
    // (text, hate fires?)
    let cases: &[(&str, bool)] = &[
        ("A thread about women and why 👇\n1. Always late.\n2. Never pay back.\n3. Liars.", true),
        ("A thread about women and why 👇\n• Always late\n• Never pay back\n• Liars", true),
        // Not a list: three sentences of their own between the group and the predicate.
        (
            "A thread about women and why. The bus was always late. The fare went up again. \
             My cousin works there now. Liars.",
            false,
        ),
    ];
    assert_table(&e, Category::Hate, cases);
}

/// Issue 9: a negator whose sentence turns at a contrast word ("but") with nothing named between
/// them disclaims the writer ("I'm not racist but …") and negates nothing after it; one that
/// negates what is said of a group before "but" still does.
#[test]
fn issue_9_a_disclaimer_before_but_negates_nothing_after_it() {
    const LEX: &str = "muslims | ctx:group
vermin | pred:dehumanise | 1.0 |
not | ctx:negation
but | ctx:contrast
";
    let e = english(LEX);
    // (text, hate fires?)
    let cases: &[(&str, bool)] = &[
        ("I'm not racist but Muslims are vermin", true),
        ("Not being funny or anything, but Muslims are vermin", true),
        ("Muslims are not vermin but people like us", false),
        ("It is not true that muslims are vermin, but some say so", false),
    ];
    assert_table(&e, Category::Hate, cases);
}
