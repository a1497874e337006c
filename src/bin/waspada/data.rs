//! The labelled sets of a data folder (`DIR/<set>/data.jsonl`), their head rules and dev splits.

use serde_json::Value;
use std::path::Path;
use waspada::Category;

/// The dataset table bundled with the model (`assets/model/datasets.tsv`).
pub const DATASETS_TSV: &str = include_str!("../../../assets/model/datasets.tsv");

/// How a set is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    Train,
    Eval,
    Skip,
}

/// How one head reads a row's label.
#[derive(Debug, Clone)]
pub enum HeadRule {
    Binary,
    Label(Vec<String>),
    Flags(Vec<String>),
}

/// One line of `datasets.tsv`.
#[derive(Debug, Clone)]
pub struct SetSpec {
    pub name: String,
    pub use_: Use,
    pub heads: Vec<(Category, HeadRule)>,
    pub licence: String,
}

/// One labelled row.
#[derive(Debug, Clone)]
pub struct Row {
    pub text: String,
    pub lang: String,
    pub binary: Option<bool>,
    pub label: Value,
    pub dev: bool,
}

/// A set and its rows.
#[derive(Debug, Clone)]
pub struct DataSet {
    pub spec: SetSpec,
    pub rows: Vec<Row>,
}

pub fn parse_specs(text: &str) -> Result<Vec<SetSpec>, String> {
    let mut specs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = |e: String| format!("datasets.tsv:{}: {e}", i + 1);
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 4 {
            return Err(at("expected set, use, heads and licence separated by tabs".into()));
        }
        let use_ = match cols[1] {
            "train" => Use::Train,
            "eval" => Use::Eval,
            "skip" => Use::Skip,
            other => return Err(at(format!("unknown use '{other}'"))),
        };
        let mut heads = Vec::new();
        if cols[2] != "-" {
            for part in cols[2].split(';') {
                let (cat, rule) = part.split_once('=').ok_or_else(|| at(format!("'{part}' is not category=rule")))?;
                let category: Category = cat.parse().map_err(at)?;
                let rule = if rule == "binary" {
                    HeadRule::Binary
                } else if let Some(v) = rule.strip_prefix("label:") {
                    HeadRule::Label(v.split(',').map(str::to_string).collect())
                } else if let Some(v) = rule.strip_prefix("flags:") {
                    HeadRule::Flags(v.split(',').map(str::to_string).collect())
                } else {
                    return Err(at(format!("unknown rule '{rule}'")));
                };
                heads.push((category, rule));
            }
        }
        specs.push(SetSpec { name: cols[0].to_string(), use_, heads, licence: cols[3].to_string() });
    }
    Ok(specs)
}

/// FNV-1a of the text with case and spacing folded: a split that does not move when data is re-read.
fn stable_hash(text: &str) -> u64 {
    let folded: String = text.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    let mut h = 0xcbf29ce484222325u64;
    for b in folded.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The Burmese set is word-segmented with spaces; real posts are not, so the spaces between Myanmar
/// letters are taken out.
fn unsegment_myanmar(text: &str) -> String {
    let is_my = |c: char| ('\u{1000}'..='\u{109F}').contains(&c);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' && i > 0 && i + 1 < chars.len() && is_my(chars[i - 1]) && is_my(chars[i + 1]) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Some sets replaced @mentions with a bare `USER`; real posts carry the `@`, which tells the engine
/// the post is aimed at someone, so it is put back.
fn restore_mentions(text: &str) -> String {
    if !text.contains("USER") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(i) = rest.find("USER") {
        let before = rest[..i].chars().next_back();
        let after = rest[i + 4..].chars().next();
        out.push_str(&rest[..i]);
        let bare =
            !before.is_some_and(|c| c.is_alphanumeric() || c == '@') && !after.is_some_and(char::is_alphanumeric);
        out.push_str(if bare { "@USER" } else { "USER" });
        rest = &rest[i + 4..];
    }
    out.push_str(rest);
    out
}

/// Reads every set named in `datasets.tsv` that exists under `dir` (sets marked `skip` are left out).
pub fn load(dir: &Path) -> Result<Vec<DataSet>, String> {
    let specs = parse_specs(DATASETS_TSV)?;
    let mut sets = Vec::new();
    for spec in specs {
        if spec.use_ == Use::Skip {
            continue;
        }
        let path = dir.join(&spec.name).join("data.jsonl");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("waspada: {} not found, skipped", path.display());
            continue;
        };
        let mut rows = Vec::new();
        let mut has_dev = false;
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))?;
            let Some(text) = v.get("text").and_then(Value::as_str) else { continue };
            let split = v.get("split").and_then(Value::as_str).unwrap_or("none");
            has_dev |= split == "dev";
            let lang = v.get("lang").and_then(Value::as_str).unwrap_or("").to_string();
            let text = if lang == "my" { unsegment_myanmar(text) } else { text.to_string() };
            let text = restore_mentions(&text);
            rows.push(Row {
                binary: v.get("binary").and_then(Value::as_i64).map(|b| b == 1),
                label: v.get("label").cloned().unwrap_or(Value::Null),
                dev: split == "dev" || split == "test",
                lang,
                text,
            });
        }
        if !has_dev {
            for r in &mut rows {
                r.dev = r.dev || stable_hash(&r.text) % 10 == 0;
            }
        }
        // A text in both halves would leak the dev split into training.
        let dev_texts: std::collections::HashSet<String> =
            rows.iter().filter(|r| r.dev).map(|r| r.text.trim().to_lowercase()).collect();
        rows.retain(|r| r.dev || !dev_texts.contains(&r.text.trim().to_lowercase()));
        sets.push(DataSet { spec, rows });
    }
    Ok(sets)
}

/// The target of `rule` for a row, if the row can say.
pub fn target(rule: &HeadRule, row: &Row) -> Option<bool> {
    match rule {
        HeadRule::Binary => row.binary,
        HeadRule::Label(values) => {
            let label = match &row.label {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                _ => return None,
            };
            Some(values.contains(&label))
        }
        HeadRule::Flags(keys) => {
            let obj = row.label.as_object()?;
            Some(keys.iter().any(|k| obj.get(k).and_then(Value::as_i64) == Some(1)))
        }
    }
}
