//! `waspada eval --data DIR`: the engine (rules + model) on every set's dev split — ROC-AUC, F1, TPR,
//! false-positive rate and accuracy under each profile, per set and language.

use crate::data::{self, Use};
use crate::train::auc;
use std::collections::BTreeMap;
use std::path::Path;
use waspada::{Category, Engine, Post, ProfileName};

/// Rows labelled benign that a label audit found harmful, per set, by [`row_id`] (no text is kept):
/// `tests/benign_audit/<set>.tsv`, lines `row<TAB>verdict<TAB>kind<TAB>reason`.
#[derive(Default)]
pub struct Audit {
    mislabelled: BTreeMap<String, std::collections::HashSet<String>>,
    audited: BTreeMap<String, usize>,
}

impl Audit {
    pub fn load(dir: &Path) -> Result<Audit, String> {
        let mut audit = Audit::default();
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
            if path.extension().is_none_or(|x| x != "tsv") {
                continue;
            }
            let set = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            for (n, line) in text.lines().enumerate().skip(1).filter(|(_, l)| !l.trim().is_empty()) {
                let fields: Vec<&str> = line.split('\t').collect();
                let [row, verdict, ..] = fields[..] else {
                    return Err(format!("{}:{}: expected row<TAB>verdict<TAB>kind<TAB>reason", path.display(), n + 1));
                };
                if !matches!(verdict, "mislabelled" | "benign" | "unsure") {
                    return Err(format!(
                        "{}:{}: verdict '{verdict}' is not mislabelled, benign or unsure",
                        path.display(),
                        n + 1
                    ));
                }
                *audit.audited.entry(set.clone()).or_default() += 1;
                if verdict == "mislabelled" {
                    audit.mislabelled.entry(set.clone()).or_default().insert(row.to_string());
                }
            }
        }
        Ok(audit)
    }

    fn is_mislabelled(&self, set: &str, text: &str) -> bool {
        self.mislabelled.get(set).is_some_and(|rows| rows.contains(&row_id(text)))
    }
}

/// A row's name in an audit: FNV-1a (64-bit) of its text's UTF-8 bytes, in hex.
pub fn row_id(text: &str) -> String {
    let h = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{h:016x}")
}

const PROFILES: [ProfileName; 3] = [ProfileName::Relaxed, ProfileName::Balanced, ProfileName::Strict];

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    tn: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, flagged: bool, harmful: bool) {
        match (flagged, harmful) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, false) => self.tn += 1,
            (false, true) => self.fn_ += 1,
        }
    }
    fn rate(a: usize, b: usize) -> f64 {
        if a + b == 0 {
            f64::NAN
        } else {
            a as f64 / (a + b) as f64
        }
    }
    fn tpr(&self) -> f64 {
        Counts::rate(self.tp, self.fn_)
    }
    fn fpr(&self) -> f64 {
        Counts::rate(self.fp, self.tn)
    }
    fn f1(&self) -> f64 {
        Counts::rate(2 * self.tp, self.fp + self.fn_)
    }
    /// F1 of the benign class, for macro-F1.
    fn f1_negative(&self) -> f64 {
        Counts::rate(2 * self.tn, self.fp + self.fn_)
    }
    fn accuracy(&self) -> f64 {
        Counts::rate(self.tp + self.tn, self.fp + self.fn_)
    }
}

/// Scores every dev row; returns per (set, lang): (score, harmful) points and counts per profile.
pub fn run(dir: &Path, model: Option<&str>, errors: Option<&str>, audit: &Audit) -> Result<(), String> {
    let mut errors_out = match errors {
        Some(path) => Some(std::io::BufWriter::new(std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?)),
        None => None,
    };
    let sets = data::load(dir)?;
    let mut builder = Engine::builder();
    if let Some(path) = model {
        builder = builder.model(std::fs::read(path).map_err(|e| format!("{path}: {e}"))?);
    }
    let mut engine = builder.build().map_err(|e| e.to_string())?;
    crate::load_scam_list(&mut engine);
    let thresholds: Vec<BTreeMap<Category, f64>> =
        PROFILES.iter().map(|&p| engine.profiles().get(p).thresholds.clone()).collect();
    println!(
        "{:<32} {:<4} {:>5} {:>5} {:>6} | {:^22} | {:^34} | {:^22}",
        "set (dev split)",
        "lang",
        "rows",
        "pos%",
        "AUC",
        "relaxed F1 TPR FPR",
        "balanced F1 TPR FPR acc macroF1",
        "strict F1 TPR FPR"
    );
    let mut worst_fpr: f64 = 0.0;
    let mut aucs = Vec::new();
    // Per audited set: Balanced false positives, benign rows, and the false positives the audit
    // found harmful.
    let mut audited: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for s in &sets {
        let mut by_lang: BTreeMap<String, (Vec<(f64, bool)>, [Counts; 3])> = BTreeMap::new();
        for r in s.rows.iter().filter(|r| r.dev) {
            let Some(harmful) = r.binary else { continue };
            let v = engine.scan(&Post::new(r.text.clone()));
            let entry = by_lang.entry(r.lang.clone()).or_insert_with(|| (Vec::new(), [Counts::default(); 3]));
            let score = Category::ALL
                .iter()
                .filter(|c| **c != Category::Misinformation)
                .map(|c| v.categories[c])
                .fold(0.0, f64::max);
            entry.0.push((score, harmful));
            for (i, t) in thresholds.iter().enumerate() {
                let flagged =
                    Category::ALL.iter().filter(|c| **c != Category::Misinformation).any(|c| v.categories[c] >= t[c]);
                entry.1[i].add(flagged, harmful);
                if PROFILES[i] == ProfileName::Balanced && !harmful && audit.audited.contains_key(&s.spec.name) {
                    let a = audited.entry(s.spec.name.clone()).or_default();
                    a.0 += usize::from(flagged);
                    a.1 += 1;
                    a.2 += usize::from(flagged && audit.is_mislabelled(&s.spec.name, &r.text));
                }
                if PROFILES[i] == ProfileName::Balanced && flagged != harmful {
                    if let Some(out) = errors_out.as_mut() {
                        use std::io::Write as _;
                        let keys: Vec<String> = v
                            .evidence
                            .iter()
                            .map(|e| {
                                format!(
                                    "{}:{}:{}",
                                    e.category,
                                    e.key,
                                    e.params.get("term").cloned().unwrap_or_default()
                                )
                            })
                            .collect();
                        let line = serde_json::json!({"set": s.spec.name, "error": if harmful { "missed" } else { "false_positive" },
                            "labels": v.labels, "score": score, "evidence": keys, "row": row_id(&r.text), "text": r.text});
                        let _ = writeln!(out, "{line}");
                    }
                }
            }
        }
        for (lang, (mut points, counts)) in by_lang {
            let n = points.len();
            let pos = points.iter().filter(|p| p.1).count();
            let a = auc(&mut points);
            if s.spec.use_ == Use::Train && n >= 200 {
                aucs.push(a);
            }
            let [r, b, st] = counts;
            worst_fpr = worst_fpr.max(b.fpr());
            let tag = if s.spec.use_ == Use::Eval { " (eval only)" } else { "" };
            println!(
                "{:<32} {:<4} {:>5} {:>5.1} {:>6.3} | {:>6.3} {:>6.3} {:>6.3} | {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3} | {:>6.3} {:>6.3} {:>6.3}",
                format!("{}{tag}", s.spec.name),
                lang,
                n,
                100.0 * pos as f64 / n.max(1) as f64,
                a,
                r.f1(),
                r.tpr(),
                r.fpr(),
                b.f1(),
                b.tpr(),
                b.fpr(),
                b.accuracy(),
                (b.f1() + b.f1_negative()) / 2.0,
                st.f1(),
                st.tpr(),
                st.fpr()
            );
        }
    }
    let mean = aucs.iter().sum::<f64>() / aucs.len().max(1) as f64;
    println!("\nmean AUC over training sets' dev splits: {mean:.3}; worst false-positive rate under Balanced: {worst_fpr:.3} (target ≤ 0.05)");
    if !audited.is_empty() {
        println!("\nBalanced false-positive rate after the label audit (flagged benign rows found harmful leave the benign rows)");
        println!(
            "{:<32} {:>6} {:>6} {:>7} {:>10} {:>7}",
            "set (dev split)", "benign", "FP", "FPR", "harmful FP", "FPR'"
        );
        for (set, (fp, benign, harmful)) in &audited {
            println!(
                "{set:<32} {benign:>6} {fp:>6} {:>7.3} {harmful:>10} {:>7.3}",
                Counts::rate(*fp, benign - fp),
                Counts::rate(fp - harmful, benign - fp)
            );
        }
    }
    scam_table(&engine, &sets, thresholds[1][&Category::Scam]);
    scam_table_other_sets(&engine, dir, thresholds[1][&Category::Scam])
}

/// The same for the sets no head uses (misinformation corpora): none of their rows is a scam.
fn scam_table_other_sets(engine: &Engine, dir: &Path, threshold: f64) -> Result<(), String> {
    for spec in data::parse_specs(data::DATASETS_TSV)?.into_iter().filter(|s| s.use_ == Use::Skip) {
        let path = dir.join(&spec.name).join("data.jsonl");
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let (mut rows, mut warned) = (0usize, 0usize);
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
            let Some(text) = v.get("text").and_then(serde_json::Value::as_str) else { continue };
            rows += 1;
            warned += usize::from(engine.scan(&Post::new(text)).categories[&Category::Scam] >= threshold);
        }
        println!(
            "{:<40} {:>6} {:>8.4} {:>6} {:>8}",
            format!("{} (all rows)", spec.name),
            rows,
            warned as f64 / rows.max(1) as f64,
            0,
            "-"
        );
    }
    Ok(())
}

/// The scam category alone under Balanced (issue 15): on the set the scam head trains on, its dev
/// split (scams warned, other messages warned); on every other set, all benign rows (false alarms).
fn scam_table(engine: &Engine, sets: &[data::DataSet], threshold: f64) {
    println!("\nscam category under Balanced: share of rows warned as a scam (target ≤ 0.005 on benign rows)");
    println!("{:<40} {:>6} {:>8} {:>6} {:>8}", "set", "benign", "warned", "scams", "warned");
    for s in sets {
        let scam_set = s.spec.heads.iter().any(|(c, _)| *c == Category::Scam);
        let (mut benign, mut benign_warned, mut scams, mut scams_warned) = (0usize, 0usize, 0usize, 0usize);
        for r in s.rows.iter().filter(|r| r.dev || !scam_set) {
            let Some(harmful) = r.binary else { continue };
            if harmful && !scam_set {
                continue;
            }
            let warned = engine.scan(&Post::new(r.text.clone())).categories[&Category::Scam] >= threshold;
            if harmful {
                scams += 1;
                scams_warned += usize::from(warned);
            } else {
                benign += 1;
                benign_warned += usize::from(warned);
            }
        }
        let rate = |a: usize, n: usize| if n == 0 { "-".to_string() } else { format!("{:.4}", a as f64 / n as f64) };
        let split = if scam_set { " (dev)" } else { " (all)" };
        println!(
            "{:<40} {:>6} {:>8} {:>6} {:>8}",
            format!("{}{split}", s.spec.name),
            benign,
            rate(benign_warned, benign),
            scams,
            rate(scams_warned, scams)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_ids_are_fnv1a_of_the_text() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(row_id(""), "cbf29ce484222325");
        assert_eq!(row_id("a"), "af63dc4c8601ec8c");
    }

    #[test]
    fn an_audit_with_an_unknown_verdict_is_refused_with_file_and_line() {
        let dir = std::env::temp_dir().join(format!("waspada-audit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("set.tsv"),
            "row\tverdict\tkind\treason\nabc\tmislabelled\tslur\tx\ndef\tharmful\tslur\tx\n",
        )
        .unwrap();
        let err = Audit::load(&dir).err().expect("a bad verdict is an error");
        assert!(err.contains("set.tsv:3") && err.contains("'harmful'"), "{err}");
        std::fs::write(dir.join("set.tsv"), "row\tverdict\tkind\treason\nabc\tmislabelled\tslur\tx\n").unwrap();
        let audit = Audit::load(&dir).unwrap();
        assert_eq!(audit.audited.get("set"), Some(&1));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
