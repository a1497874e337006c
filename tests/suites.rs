//! Issue 9: hate and threats against groups, measured on our own functional suites
//! (`tests/suites/<lang>.jsonl`, generated from templates; a fifth of the templates held back from
//! all tuning) and on the blind suites (`tests/blind_suites`, written without reading the engine's
//! lexicons or the development suites; every template held back). The floors below are the measured
//! accuracies rounded down, so a change that loses ground fails here; `waspada eval --suites DIR`
//! prints the whole table.

use serde_json::Value;
use std::collections::BTreeMap;
use waspada::{Category, Engine, Post};

struct Case {
    lang: String,
    text: String,
    expect: String,
    heldout: bool,
}

fn cases(suite: &str) -> Vec<Case> {
    let dir = format!("{}/tests/{suite}", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        for line in std::fs::read_to_string(&f).unwrap().lines().filter(|l| !l.is_empty()) {
            let v: Value = serde_json::from_str(line).unwrap();
            let s = |k: &str| v[k].as_str().unwrap_or_else(|| panic!("{}: no {k} in {line}", f.display())).to_string();
            out.push(Case {
                lang: s("lang"),
                text: s("text"),
                expect: s("expect"),
                heldout: v["heldout"].as_bool().unwrap(),
            });
        }
    }
    out
}

fn right(engine: &Engine, c: &Case) -> bool {
    let v = engine.scan(&Post { lang: Some(c.lang.clone()), ..Post::new(c.text.clone()) });
    match c.expect.as_str() {
        "hate" => v.flagged && v.labels.contains(&Category::Hate),
        "harassment" => v.flagged && v.labels.contains(&Category::Harassment),
        _ => !v.flagged,
    }
}

/// Accuracy on held-back templates per (language, "all" or "benign"): every case, and the cases
/// that must be left alone.
fn heldout_accuracy(suite: &str) -> BTreeMap<(String, &'static str), f64> {
    let engine = Engine::new().unwrap();
    let mut tally: BTreeMap<(String, &'static str), (usize, usize)> = BTreeMap::new();
    for c in cases(suite).into_iter().filter(|c| c.heldout) {
        let ok = usize::from(right(&engine, &c));
        let kinds: &[&'static str] = if c.expect == "none" { &["all", "benign"] } else { &["all"] };
        for &kind in kinds {
            let t = tally.entry((c.lang.clone(), kind)).or_default();
            t.0 += ok;
            t.1 += 1;
        }
    }
    tally.into_iter().map(|(k, (r, n))| (k, r as f64 / n as f64)).collect()
}

/// Held-back accuracy per language (all cases, cases to leave alone) as measured with
/// `waspada eval --suites tests/suites` on 2026-12-08 (after five rounds of phrasing families from
/// the five tuning sets, the speller's views of words split or run together, and the model taught
/// by all five tuning sets), rounded down. Raise them as the engine improves; the issue's
/// target is 0.90 and 0.85.
const FLOORS: &[(&str, f64, f64)] = &[
    ("en", 0.84, 0.91),
    ("fil", 0.88, 0.82),
    ("id", 0.87, 0.98),
    ("ms", 0.88, 0.96),
    ("my", 0.79, 0.91),
    ("th", 0.81, 0.92),
    ("vi", 0.93, 1.00),
];

/// The same for the blind suites (`waspada eval --suites tests/blind_suites`, 2026-12-08, same
/// engine). The blind suites were never tuned on; they are the honest number.
const BLIND_FLOORS: &[(&str, f64, f64)] = &[
    ("en", 0.84, 0.92),
    ("fil", 0.83, 0.90),
    ("id", 0.82, 0.92),
    ("ms", 0.84, 0.88),
    ("my", 0.82, 0.95),
    ("th", 0.87, 0.94),
    ("vi", 0.92, 0.95),
];

fn hold_floors(suite: &str, floors: &[(&str, f64, f64)]) {
    let acc = heldout_accuracy(suite);
    let mut fell = Vec::new();
    for &(lang, all, benign) in floors {
        for (kind, floor) in [("all", all), ("benign", benign)] {
            let got = acc
                .get(&(lang.to_string(), kind))
                .copied()
                .unwrap_or_else(|| panic!("{suite}: no held-back {kind} cases for {lang}"));
            if got < floor {
                fell.push(format!("{suite} {lang} {kind}: held-back accuracy {got:.3} under {floor}"));
            }
        }
    }
    assert!(fell.is_empty(), "{}", fell.join("\n"));
}

#[test]
fn issue_9_suites_hold_their_measured_floor() {
    hold_floors("suites", FLOORS);
}

#[test]
fn issue_9_blind_suites_hold_their_measured_floor() {
    hold_floors("blind_suites", BLIND_FLOORS);
}

#[test]
fn issue_9_the_examples_in_the_issue_are_flagged_with_their_category() {
    let engine = Engine::new().unwrap();
    let table: &[(&str, Category)] = &[
        ("Chinese people are rats", Category::Hate),
        ("All Rohingya should be shot", Category::Hate),
        ("Filipinos are a disease on this planet", Category::Hate),
        ("Someone should burn down every mosque in this city", Category::Hate),
        ("Gays don't deserve to live", Category::Hate),
        ("Indians are smelly and dirty", Category::Hate),
        ("I will find where you live and beat you until you bleed", Category::Harassment),
        ("Bakla kayo, dapat kayong patayin lahat", Category::Hate),
        ("Người Việt gốc Hoa là lũ sâu bọ", Category::Hate),
        ("พวกมุสลิมมันควรตายให้หมด", Category::Hate),
    ];
    let mut missed = Vec::new();
    for &(text, category) in table {
        let v = engine.scan(&Post::new(text));
        if !(v.flagged && v.labels.contains(&category)) {
            missed.push(format!("{text:?}: {:?} {:?}", v.labels, v.categories));
        }
    }
    assert!(missed.is_empty(), "not flagged as expected:\n{}", missed.join("\n"));
}

#[test]
fn issue_9_death_wishes_are_harassment_not_self_harm() {
    let engine = Engine::new().unwrap();
    for text in ["Go kill yourself", "sana mamatay ka na"] {
        let v = engine.scan(&Post::new(text));
        assert!(v.flagged && v.labels.contains(&Category::Harassment), "{text}: {:?}", v.labels);
        assert!(!v.labels.contains(&Category::SelfHarm), "{text}: labelled self_harm");
    }
    let own = engine.scan(&Post::new("i want to die, i can't do this anymore"));
    assert!(own.labels.contains(&Category::SelfHarm), "the writer's own risk stays self_harm");
}
