//! `waspada eval --conversations DIR`: the grooming conversation tables (DIR/dev and DIR/heldback,
//! `<lang>.jsonl`, tests/conversations/README.md) under Balanced and Strict — grooming conversations
//! warned by the message that shows their fourth stage, benign look-alikes ever warned.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use waspada::{Engine, Message, ProfileName, Settings};

#[derive(Debug, Clone, Deserialize)]
pub struct Line {
    pub from: String,
    pub text: String,
    #[serde(default)]
    pub stages: Vec<String>,
}

/// One written conversation.
#[derive(Debug, Clone, Deserialize)]
pub struct Conversation {
    pub id: String,
    pub lang: String,
    /// `grooming` or `benign`.
    pub kind: String,
    pub role: String,
    pub messages: Vec<Line>,
}

impl Conversation {
    pub fn engine_messages(&self) -> Vec<Message> {
        self.messages
            .iter()
            .map(|m| Message { text: m.text.clone(), outgoing: m.from == "self", lang: Some(self.lang.clone()) })
            .collect()
    }

    /// Index of the message where the `n`th distinct annotated stage first appears.
    pub fn stage_reached(&self, n: usize) -> Option<usize> {
        let mut seen = BTreeSet::new();
        for (i, m) in self.messages.iter().enumerate() {
            seen.extend(m.stages.iter().cloned());
            if seen.len() >= n {
                return Some(i);
            }
        }
        None
    }
}

/// Reads `dir/<lang>.jsonl`, naming file and line of anything malformed.
pub fn load(dir: &Path) -> Result<Vec<Conversation>, String> {
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let c: Conversation = serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", f.display(), i + 1))?;
            if c.kind != "grooming" && c.kind != "benign" {
                return Err(format!("{}:{}: kind '{}' is not grooming or benign", f.display(), i + 1, c.kind));
            }
            out.push(c);
        }
    }
    Ok(out)
}

/// The first message (index) at which the conversation read so far warns, if any.
pub fn first_warning(engine: &Engine, c: &Conversation) -> Option<usize> {
    let all = c.engine_messages();
    (0..all.len()).filter(|&i| !all[i].outgoing).find(|&i| engine.scan_conversation(&all[..=i]).warn)
}

/// Prints the tables; with `errors`, writes every miss and false warning as JSON Lines there.
pub fn run(dir: &Path, errors: Option<&str>) -> Result<(), String> {
    let mut wrong = Vec::new();
    for split in ["dev", "heldback"] {
        let path = dir.join(split);
        if !path.exists() {
            continue;
        }
        let convs = load(&path)?;
        println!("\n== {split} ({} conversations) ==", convs.len());
        println!("{:<9} {:>5} {:>8} {:>8} {:>7} {:>9}", "profile", "lang", "groom n", "by 4th", "end", "benign FP");
        for profile in [ProfileName::Balanced, ProfileName::Strict] {
            let mut engine = Engine::new().map_err(|e| e.to_string())?;
            engine.configure(Settings::with_profile(profile)).map_err(|e| e.to_string())?;
            // lang → (grooming n, warned by 4th, warned at end, benign n, benign warned)
            let mut by: BTreeMap<String, [usize; 5]> = BTreeMap::new();
            for c in &convs {
                let first = first_warning(&engine, c);
                for key in [c.lang.clone(), "ALL".to_string()] {
                    let t = by.entry(key).or_default();
                    if c.kind == "grooming" {
                        let fourth = c.stage_reached(4).unwrap_or(c.messages.len() - 1);
                        t[0] += 1;
                        t[1] += usize::from(first.is_some_and(|f| f <= fourth));
                        t[2] += usize::from(first.is_some());
                    } else {
                        t[3] += 1;
                        t[4] += usize::from(first.is_some());
                    }
                }
                let miss = if c.kind == "grooming" {
                    first.is_none_or(|f| f > c.stage_reached(4).unwrap_or(usize::MAX))
                } else {
                    first.is_some()
                };
                // Only the development split is listed: held-back conversations are for measuring, never for reading.
                if miss && profile == ProfileName::Balanced && split == "dev" {
                    let v = engine.scan_conversation(&c.engine_messages());
                    wrong.push(serde_json::json!({"split": split, "id": c.id, "kind": c.kind, "role": c.role,
                        "first_warning": first, "score": v.score,
                        "stages_seen": v.stages.iter().map(|s| format!("{}@{}", s.stage, s.message)).collect::<Vec<_>>()}));
                }
            }
            let ratio =
                |a: usize, b: usize| if b == 0 { "-".to_string() } else { format!("{:.3}", a as f64 / b as f64) };
            for (lang, t) in &by {
                println!(
                    "{:<9} {:>5} {:>8} {:>8} {:>7} {:>9}",
                    profile.to_string(),
                    lang,
                    t[0],
                    ratio(t[1], t[0]),
                    ratio(t[2], t[0]),
                    ratio(t[4], t[3])
                );
            }
        }
    }
    if let Some(path) = errors {
        let mut f = std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?;
        for w in &wrong {
            writeln!(f, "{w}").map_err(|e| format!("{path}: {e}"))?;
        }
        eprintln!("{} misses and false warnings (Balanced) written to {path}", wrong.len());
    }
    Ok(())
}
