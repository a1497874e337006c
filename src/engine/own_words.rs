//! The user's own words: compiled like a lexicon, shown as evidence, never scored.

use super::tally::Tally;
use super::{display_term, render, Engine, MAX_EVIDENCE};
use crate::category::Category;
use crate::chains::{Chain, CharClass, Edge, Node, Words};
use crate::error::{Error, Result};
use crate::lexicon;
use crate::normalize::Normalized;
use crate::normalize::Normalizer;
use crate::rules::{Precompiled, RuleSet};
use crate::verdict::{Evidence, EvidenceKind};
use std::collections::BTreeMap;
use std::collections::HashMap;

/// The user's own words as a lexicon: a `*` at an end lets the word go on, a `*` inside stands for
/// any letters.
pub(super) fn compile_own_words(words: &[String], normalizer: &Normalizer) -> Result<RuleSet> {
    if words.is_empty() {
        return Ok(RuleSet::default());
    }
    let word_class = CharClass { ranges: crate::bundled::WORD_RANGES.into() };
    let mut text = String::from("@format 1\n@lang any\n@source the user's settings\n@licence the user's\n");
    // Words with a `*` inside become chains made here, by their line in `text`.
    let mut chains: HashMap<usize, Chain> = HashMap::new();
    for w in words {
        let w = w.trim();
        let inner = w.trim_matches('*');
        let term = if inner.contains('*') {
            // "f*ck": the pieces, normalised like post text, with any letters between them.
            let edge =
                |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !crate::normalize::is_unspaced_script(c));
            let (first, last) = (inner.chars().next(), inner.chars().next_back());
            let mut steps = Vec::new();
            if edge(first) && !w.starts_with('*') {
                steps.push(Node::Edge(Edge::Word));
            }
            for (i, piece) in inner.split('*').enumerate() {
                // Control characters cannot be typed into a post.
                let piece: String =
                    normalizer.normalize(piece).base.text.trim().chars().filter(|c| !c.is_control()).collect();
                if i > 0 {
                    steps.push(Node::Repeat(Box::new(Node::Class(word_class.clone())), 0, u32::MAX));
                }
                if !piece.is_empty() {
                    steps.push(Node::Words(Words::new([piece])));
                }
            }
            if edge(last) && !w.ends_with('*') {
                steps.push(Node::Edge(Edge::Word));
            }
            // No letters to look for: nothing to find.
            let Some(chain) = Chain::new(steps, word_class.clone()) else { continue };
            chains.insert(text.lines().count() + 1, chain);
            // What `explain` shows; the chain is what matches.
            format!("re:{}", inner.replace(['|', '\\'], ""))
        } else {
            w.to_string()
        };
        text.push_str(&format!("{term} | harassment | 1 | user_word |\n"));
    }
    let lexicon = lexicon::parse("own words", &text).map_err(|e| Error::new(format!("settings: {}", e.message())))?;
    RuleSet::build_with(vec![lexicon], normalizer, &mut |_, line| chains.remove(&line).map(Precompiled::Chain))
        .map_err(|e| Error::new(format!("settings: {}", e.message())))
}

impl Engine {
    /// The user's own words found in a post: shown, and hidden by `decide`, never a harm score.
    pub(super) fn score_own_words(&self, text: &str, normalized: &Normalized, tally: &mut Tally) {
        if self.own_words.is_empty() {
            return;
        }
        for h in self.own_words.find(normalized, &|_| true).into_iter().take(MAX_EVIDENCE) {
            let mut params = BTreeMap::new();
            params.insert("term".to_string(), display_term(&text[h.start..h.end]));
            let explanation =
                render(self.explanations.get("user_word").map(|x| x.text.as_str()).unwrap_or("user_word"), &params);
            // Shown, and hidden by `decide`, but never counted as a harm score.
            tally.evidence.push(Evidence {
                kind: EvidenceKind::User,
                category: Category::Harassment,
                start: h.start,
                end: h.end,
                start_utf16: 0,
                end_utf16: 0,
                key: "user_word".into(),
                params,
                explanation,
                weight: 1.0,
                claim_id: None,
                url: None,
            });
        }
    }
}
