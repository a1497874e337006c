//! `waspada build-words --data DIR`: the words people really write, from the corpora that may train
//! what ships, so the speller never "corrects" a real word it has no other list for ("therapist" is
//! not "the rapist"). Only the words the speller would otherwise change are listed.

use crate::data::{self, Use};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use waspada::Engine;

/// Rows a word must occur in to count as a word (a typo is rarely made the same way twice).
const MIN_ROWS: usize = 2;
/// Lengths the speller can use: it corrects words of four letters or more and splits glued ones.
const LENGTHS: std::ops::RangeInclusive<usize> = 4..=15;

pub fn run(dir: &Path, out: &Path) -> Result<(), String> {
    let sets: Vec<data::DataSet> = data::load(dir)?.into_iter().filter(|s| s.spec.use_ == Use::Train).collect();
    if sets.is_empty() {
        return Err(format!("no set that may train what ships under {}", dir.display()));
    }
    let engine = Engine::builder().without_model().build().map_err(|e| e.to_string())?;
    let mut rows_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut sources = String::new();
    for s in &sets {
        let _ = write!(sources, "{} ({}, {} rows); ", s.spec.name, s.spec.licence, s.rows.len());
        // Training rows only: the dev rows measure the engine, the speller included.
        for r in s.rows.iter().filter(|r| !r.dev) {
            let view = engine.normalizer().normalize(&r.text).base.text;
            let mut words: Vec<&str> =
                view.split(|c: char| !c.is_ascii_lowercase()).filter(|w| LENGTHS.contains(&w.len())).collect();
            words.sort_unstable();
            words.dedup();
            for w in words {
                *rows_of.entry(w.to_string()).or_insert(0) += 1;
            }
        }
    }
    let kept: Vec<&String> = rows_of
        .iter()
        .filter(|(w, &n)| n >= MIN_ROWS && engine.rules().spelling_change_unlisted(w).is_some())
        .map(|(w, _)| w)
        .collect();
    let mut text = String::new();
    let _ = writeln!(
        text,
        "# Words people write, never read as misspellings: lower-case ASCII words of {}-{} letters that occur in\n\
         # {MIN_ROWS} or more training rows of the corpora that may train what ships, and that the speller would\n\
         # otherwise correct or split (\"therapist\" is not \"the rapist\"). Compiled by\n\
         # `waspada build-words --data ../shared/data`; a list of words only, no text. Sources (the list inherits\n\
         # the strictest licence, CC BY-NC-SA 4.0, like the model): {}",
        LENGTHS.start(),
        LENGTHS.end(),
        sources.trim_end_matches([';', ' '])
    );
    for w in &kept {
        text.push_str(w);
        text.push('\n');
    }
    std::fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!("wrote {} ({} words)", out.display(), kept.len());
    Ok(())
}
