//! `waspada eval --scam-suites DIR`: the scam suites (tests/scam_suites/<lang>.jsonl) under the
//! Balanced profile — scams warned as scams and look-alikes left alone, per kind and language,
//! held-back templates apart from the rest.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use waspada::{Category, Engine, Post};

/// One generated case (tests/scam_suites/README.md).
#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    pub id: String,
    pub lang: String,
    pub kind: String,
    pub template: String,
    pub text: String,
    /// `scam` or `none`.
    pub expect: String,
    pub heldout: bool,
}

/// The scam suites' cases.
pub fn load(dir: &Path) -> Result<Vec<Case>, String> {
    super::suites::load_cases(dir, |case: &Case| match case.expect.as_str() {
        "scam" | "none" => Ok(()),
        other => Err(format!("expect '{other}' is not scam or none")),
    })
}

/// True when the verdict is what the case expects: a scam warned as a scam, a look-alike not.
pub fn judge(engine: &Engine, case: &Case) -> bool {
    let post = Post { lang: Some(case.lang.clone()), ..Post::new(case.text.clone()) };
    let v = engine.scan(&post);
    let scam = v.flagged && v.labels.contains(&Category::Scam);
    scam == (case.expect == "scam")
}

/// Prints the tables; with `errors`, writes every wrong case as JSON Lines there.
pub fn run(dir: &Path, lexicons: &[String], errors: Option<&str>) -> Result<(), String> {
    let cases = load(dir)?;
    let mut engine = crate::with_lexicons(Engine::builder(), lexicons)?.build().map_err(|e| e.to_string())?;
    super::load_scam_list(&mut engine);
    // (heldout, lang, kind) → (right, total); kind "SCAMS" and "LOOK-ALIKES" sum each side.
    let mut by: BTreeMap<(bool, String, String), (usize, usize)> = BTreeMap::new();
    let mut wrong = Vec::new();
    for case in &cases {
        let right = judge(&engine, case);
        let side = if case.expect == "scam" { "SCAMS" } else { "LOOK-ALIKES" };
        for k in [case.kind.as_str(), side] {
            let t = by.entry((case.heldout, case.lang.clone(), k.to_string())).or_default();
            t.0 += usize::from(right);
            t.1 += 1;
        }
        // Held-back cases are never listed: their texts must not be read while the engine is tuned.
        if !right && !case.heldout {
            wrong.push(serde_json::json!({"id": case.id, "lang": case.lang, "kind": case.kind,
                "template": case.template, "heldout": case.heldout, "expect": case.expect, "text": case.text}));
        }
    }
    let mut langs: Vec<String> = cases.iter().map(|c| c.lang.clone()).collect();
    langs.sort();
    langs.dedup();
    let mut kinds: Vec<(String, bool)> = cases.iter().map(|c| (c.kind.clone(), c.expect == "scam")).collect();
    kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    kinds.dedup();
    let cell = |heldout: bool, lang: &str, kind: &str| match by.get(&(heldout, lang.to_string(), kind.to_string())) {
        Some(&(r, n)) if n > 0 => format!("{:>5.2}", r as f64 / n as f64),
        _ => format!("{:>5}", "-"),
    };
    for heldout in [true, false] {
        println!(
            "\n{} — share of cases right (scams warned as scams; look-alikes not warned as scams)",
            if heldout { "HELD-BACK templates" } else { "development templates" }
        );
        print!("{:<20}", "kind");
        for l in &langs {
            print!(" {l:>5}");
        }
        println!();
        let rows = kinds.iter().map(|(k, _)| k.as_str()).chain(["SCAMS", "LOOK-ALIKES"]);
        for kind in rows {
            print!("{kind:<20}");
            for l in &langs {
                print!(" {}", cell(heldout, l, kind));
            }
            println!();
        }
    }
    if let Some(path) = errors {
        let mut f = std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?;
        for w in &wrong {
            writeln!(f, "{w}").map_err(|e| format!("{path}: {e}"))?;
        }
        println!("\n{} wrong cases written to {path}", wrong.len());
    }
    Ok(())
}
