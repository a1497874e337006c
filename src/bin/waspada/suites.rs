//! `waspada eval --suites DIR`: the functional suites (tests/suites/<lang>.jsonl) under the Balanced
//! profile — accuracy per functionality and language, held-back templates apart from the rest.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use waspada::{Category, Engine, Post};

/// One generated case (tests/suites/README.md).
#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    pub id: String,
    pub lang: String,
    pub functionality: String,
    /// The template the case was made from: errors are read template by template.
    #[serde(default)]
    pub template: String,
    pub text: String,
    /// `hate`, `harassment` or `none`.
    pub expect: String,
    pub heldout: bool,
}

/// Reads every `<lang>.jsonl` case in `dir`, in name order, each checked by `valid` (which names
/// what is wrong); a bad line is an error naming file and line. Both suite commands read this way.
pub fn load_cases<T: serde::de::DeserializeOwned>(
    dir: &Path,
    valid: impl Fn(&T) -> Result<(), String>,
) -> Result<Vec<T>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("{}: no <lang>.jsonl suite", dir.display()));
    }
    let mut cases = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let at = |e: String| format!("{}:{}: {e}", f.display(), n + 1);
            let case: T = serde_json::from_str(line).map_err(|e| at(e.to_string()))?;
            valid(&case).map_err(at)?;
            cases.push(case);
        }
    }
    Ok(cases)
}

/// The hate suites' cases.
pub fn load(dir: &Path) -> Result<Vec<Case>, String> {
    load_cases(dir, |case: &Case| match case.expect.as_str() {
        "hate" | "harassment" | "none" => Ok(()),
        other => Err(format!("expect '{other}' is not hate, harassment or none")),
    })
}

/// Whether the engine's verdict on `case` is what the case expects: hate flagged as hate, abuse of a
/// person or other group flagged as harassment, and everything else not flagged at all.
pub fn judge(engine: &Engine, case: &Case) -> (bool, bool) {
    let post = Post { lang: Some(case.lang.clone()), ..Post::new(case.text.clone()) };
    let v = engine.scan(&post);
    let abusive = v.flagged && (v.labels.contains(&Category::Hate) || v.labels.contains(&Category::Harassment));
    let right = match case.expect.as_str() {
        "hate" => v.flagged && v.labels.contains(&Category::Hate),
        "harassment" => v.flagged && v.labels.contains(&Category::Harassment),
        _ => !v.flagged,
    };
    (right, abusive)
}

#[derive(Default, Clone, Copy)]
struct Tally {
    right: usize,
    total: usize,
    /// Binary confusion for macro-F1: abusive expected (hate or harassment) vs flagged as abuse.
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl Tally {
    fn add(&mut self, right: bool, expected_abuse: bool, flagged_abuse: bool) {
        self.total += 1;
        self.right += usize::from(right);
        match (expected_abuse, flagged_abuse) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    fn accuracy(&self) -> f64 {
        if self.total == 0 {
            f64::NAN
        } else {
            self.right as f64 / self.total as f64
        }
    }
    fn macro_f1(&self) -> f64 {
        let f1 = |tp: usize, fp: usize, fn_: usize| {
            if tp == 0 {
                0.0
            } else {
                2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
            }
        };
        (f1(self.tp, self.fp, self.fn_) + f1(self.tn, self.fn_, self.fp)) / 2.0
    }
}

const NON_HATEFUL: [&str; 9] = [
    "negate_neg",
    "ident_neutral",
    "ident_pos",
    "counter_quote",
    "counter_ref",
    "slur_homonym",
    "slur_reclaimed",
    "profanity_nh",
    "target_obj",
];

/// Prints the tables; with `errors`, writes every wrong development case as JSON Lines there.
/// Held-back cases are never written: their texts must not be read while the engine is tuned.
pub fn run(dir: &Path, model: Option<&str>, lexicons: &[String], errors: Option<&str>) -> Result<(), String> {
    let cases = load(dir)?;
    let mut builder = crate::with_lexicons(Engine::builder(), lexicons)?;
    if let Some(path) = model {
        builder = builder.model(std::fs::read(path).map_err(|e| format!("{path}: {e}"))?);
    }
    let engine = builder.build().map_err(|e| e.to_string())?;
    let mut by: BTreeMap<(bool, String, String), Tally> = BTreeMap::new();
    let mut wrong = Vec::new();
    for case in &cases {
        let (right, flagged) = judge(&engine, case);
        let expected = case.expect != "none";
        for f in [
            case.functionality.as_str(),
            "ALL",
            if NON_HATEFUL.contains(&case.functionality.as_str()) { "CONTRASTS" } else { "" },
        ] {
            if !f.is_empty() {
                by.entry((case.heldout, case.lang.clone(), f.to_string())).or_default().add(right, expected, flagged);
            }
        }
        if !right && !case.heldout {
            wrong.push(serde_json::json!({"id": case.id, "lang": case.lang, "functionality": case.functionality, "template": case.template,
                "heldout": case.heldout, "expect": case.expect, "text": case.text}));
        }
    }
    let langs: Vec<String> = {
        let mut l: Vec<String> = cases.iter().map(|c| c.lang.clone()).collect();
        l.sort();
        l.dedup();
        l
    };
    let mut functionalities: Vec<String> = cases.iter().map(|c| c.functionality.clone()).collect();
    functionalities.sort();
    functionalities.dedup();
    functionalities.extend(["CONTRASTS".to_string(), "ALL".to_string()]);
    for heldout in [true, false] {
        println!(
            "\n{} — accuracy per functionality (cases), Balanced profile",
            if heldout { "HELD-BACK templates (never tuned on)" } else { "development templates" }
        );
        print!("{:<18}", "functionality");
        for l in &langs {
            print!(" {:>12}", l);
        }
        println!();
        for f in &functionalities {
            print!("{:<18}", f);
            for l in &langs {
                match by.get(&(heldout, l.clone(), f.clone())) {
                    Some(t) => print!(" {:>6.3} ({:>3})", t.accuracy(), t.total),
                    None => print!(" {:>12}", "-"),
                }
            }
            println!();
        }
        print!("{:<18}", "macro-F1");
        for l in &langs {
            match by.get(&(heldout, l.clone(), "ALL".to_string())) {
                Some(t) => print!(" {:>12.3}", t.macro_f1()),
                None => print!(" {:>12}", "-"),
            }
        }
        println!();
    }
    if let Some(path) = errors {
        let mut f = std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?;
        for w in &wrong {
            writeln!(f, "{w}").map_err(|e| format!("{path}: {e}"))?;
        }
        eprintln!("{} wrong development cases written to {path} (held-back cases are never listed)", wrong.len());
    }
    Ok(())
}
