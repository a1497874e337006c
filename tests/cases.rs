//! Functional tests as tables, one file per language in `tests/cases/` (written independently of
//! the lexicons): every row's expectation must hold under the Balanced profile, and obfuscated
//! variants must be caught at ≥ 90% of the rate of the rows they disguise.
//!
//! Rows the engine does not get right yet are listed in `tests/cases/KNOWN_MISSES` (`file:line`, or
//! `file:obfuscation` for a table whose obfuscated rows fall under the 90% rate).
//! The test fails when a listed row starts passing (take it off the list) or an unlisted row fails,
//! so the list is always exactly the engine's known misses.

use std::collections::BTreeSet;
use std::path::Path;
use waspada::{Category, Engine, Post};

struct Row {
    line: usize,
    expect: Option<Vec<Category>>,
    text: String,
    note: String,
}

fn read_table(path: &Path) -> Vec<Row> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "{}:{}: expected 3 tab-separated fields", path.display(), i + 1);
        let expect = match cols[0].trim() {
            "-" => None,
            list => Some(
                list.split(',')
                    .map(|c| {
                        c.trim().parse::<Category>().unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1))
                    })
                    .collect(),
            ),
        };
        rows.push(Row { line: i + 1, expect, text: cols[1].to_string(), note: cols[2].to_string() });
    }
    rows
}

#[test]
fn every_language_table_holds() {
    let engine = Engine::new().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.retain(|p| p.extension().is_some_and(|x| x == "tsv"));
    files.sort();
    assert!(!files.is_empty(), "no tables in tests/cases");
    let known_text = std::fs::read_to_string(dir.join("KNOWN_MISSES")).unwrap_or_default();
    let known: BTreeSet<&str> =
        known_text.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty()).collect();
    let mut problems = Vec::new();
    let mut missed = BTreeSet::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let rows = read_table(path);
        let (mut obf_total, mut obf_caught, mut clean_total, mut clean_caught) = (0, 0, 0, 0);
        for row in &rows {
            let v = engine.scan(&Post::new(row.text.clone()));
            let ok = match &row.expect {
                None => !v.flagged,
                Some(cats) => cats.iter().all(|c| v.labels.contains(c)),
            };
            if row.expect.is_some() {
                if row.note.starts_with("obf:") {
                    obf_total += 1;
                    obf_caught += usize::from(v.flagged);
                } else {
                    clean_total += 1;
                    clean_caught += usize::from(v.flagged);
                }
            }
            let id = format!("{name}:{}", row.line);
            if ok {
                continue;
            }
            if !known.contains(id.as_str()) {
                let want = row.expect.as_ref().map(|c| format!("{c:?}")).unwrap_or("not flagged".into());
                let scores: Vec<_> = v.categories.iter().filter(|(_, s)| **s > 0.0).collect();
                problems.push(format!(
                    "{id}: expected {want} got {:?} (scores {scores:?}) for {:?} [{}]",
                    v.labels, row.text, row.note
                ));
            }
            missed.insert(id);
        }
        if obf_total > 0 && clean_total > 0 {
            let clean_rate = clean_caught as f64 / clean_total as f64;
            let obf_rate = obf_caught as f64 / obf_total as f64;
            if obf_rate < 0.9 * clean_rate {
                let id = format!("{name}:obfuscation");
                if !known.contains(id.as_str()) {
                    problems.push(format!(
                        "{name}: obfuscated rows caught at {obf_rate:.2}, under 90% of the clean rate {clean_rate:.2}"
                    ));
                }
                missed.insert(id);
            }
        }
    }
    for id in &known {
        if !missed.contains(*id) {
            problems.push(format!("{id} passes now: take it off tests/cases/KNOWN_MISSES"));
        }
    }
    if std::env::var_os("WASPADA_WRITE_KNOWN_MISSES").is_some() {
        let list: Vec<&str> = missed.iter().map(String::as_str).collect();
        let header = "# Rows of tests/cases/*.tsv the engine gets wrong today; tests/cases.rs keeps this list exact.";
        std::fs::write(dir.join("KNOWN_MISSES"), format!("{header}\n{}\n", list.join("\n"))).unwrap();
    }
    assert!(problems.is_empty(), "{} table problems:\n{}", problems.len(), problems.join("\n"));
}
