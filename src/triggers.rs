//! The literals a pattern must start (or end) with, so a pattern only runs when it can match.
//!
//! Also compiled into `build.rs`, which works out the triggers of every bundled pattern ahead of
//! time; depends on nothing but `regex-syntax` and `unicode-normalization`.

use regex_syntax::hir::literal::{ExtractKind, Extractor, Seq};

/// Most literals a pattern may have before it is simply run on every post.
pub const MAX_TRIGGERS_PER_PATTERN: usize = 300;

/// Triggers are cut to this many bytes: a match still starts (or ends) with one of them, and
/// alternations like `(you|u) (are|r) (a|an) …` collapse to a handful of short literals.
pub const TRIGGER_BYTES: usize = 6;

/// Parses a (normalised) pattern; the error is the parser's last line, lower case as it comes.
pub fn parse(pattern: &str) -> Result<regex_syntax::hir::Hir, String> {
    regex_syntax::ParserBuilder::new().build().parse(pattern).map_err(|e| {
        let text = e.to_string();
        text.lines().filter(|l| !l.trim().is_empty()).last().unwrap_or(&text).trim().to_string()
    })
}

/// Groups of literals a match of `pattern` must contain: one group of literals every match starts
/// with, one of literals every match ends with (each where the pattern has a usable one). A pattern
/// only runs when one literal of every group occurs in the post: `(bring|brings) (crime|disease)`
/// waits for a rare word, not for "bring". No group: the pattern runs on every post.
pub fn required_literal_groups(hir: &regex_syntax::hir::Hir) -> Vec<Vec<Vec<u8>>> {
    let usable = |seq: &Seq| -> Option<Vec<Vec<u8>>> {
        let lits = seq.literals()?;
        if lits.is_empty() || lits.len() > MAX_TRIGGERS_PER_PATTERN || lits.iter().any(|l| l.as_bytes().is_empty()) {
            return None;
        }
        Some(lits.iter().map(|l| l.as_bytes().to_vec()).collect())
    };
    let mut groups = Vec::new();
    for kind in [ExtractKind::Prefix, ExtractKind::Suffix] {
        let seq = Extractor::new().kind(kind.clone()).extract(hir);
        if let Some(lits) = usable(&seq) {
            let mut short: Vec<Vec<u8>> = lits
                .into_iter()
                .map(|l| match &kind {
                    ExtractKind::Prefix => l[..l.len().min(TRIGGER_BYTES)].to_vec(),
                    _ => l[l.len().saturating_sub(TRIGGER_BYTES)..].to_vec(),
                })
                .collect();
            short.sort();
            short.dedup();
            groups.push(short);
        }
    }
    groups
}
