//! The model layer: calibrated probabilities, believed as far as the rules' context allows.

use super::context::Contexts;
use super::tally::Tally;
use super::{display_term, render, Engine};
use crate::category::Category;
use crate::model::Model;
use crate::normalize::Normalized;
use crate::verdict::{round_score, Evidence, EvidenceKind};
use std::collections::BTreeMap;

/// What is left of the model's harassment (hate) probability in a post with no person (group) in it.
const MODEL_UNAIMED: f64 = 0.6;
/// What is left of the model's probability next to counter-speech or a warning.
const MODEL_COUNTERED: f64 = 0.6;
/// What is left of the model's scam probability when the rules see no scam at all: the model learnt
/// from spam, where adverts and scams are one class (issue 15: an advert is not a scam).
const MODEL_SCAM_UNSUPPORTED: f64 = 0.5;
/// Rule evidence of a scam at which the model's scam probability counts in full.
const SCAM_SUPPORT_FULL: f64 = 0.4;
/// What is left of the model's probability when the word that pushed it most is inside an allowed
/// phrase.
const MODEL_ALLOWED: f64 = 0.5;
/// Model probabilities under this are not shown as evidence.
const MODEL_EVIDENCE_FLOOR: f64 = 0.35;

impl Engine {
    /// Adds the model's calibrated probabilities, with the words that pushed them up as evidence.
    ///
    /// The model reads words, not context; the rules' context decides how much of it to believe: a
    /// post aimed at nobody is not harassment however much it swears, a post with no group in it is
    /// not hate, and reporting or warning against harm is not harm.
    pub(super) fn score_model(
        &self,
        model: &Model,
        text: &str,
        normalized: &Normalized,
        ctx: &Contexts,
        scam_support: f64,
        tally: &mut Tally,
    ) {
        let view = &normalized.marks;
        let countered = !ctx.counter.is_empty();
        for (h, (category, p)) in model.probabilities(&view.text).into_iter().enumerate() {
            let mut p = f64::from(p);
            match category {
                Category::Harassment if ctx.target.is_empty() => p *= MODEL_UNAIMED,
                Category::Hate if ctx.group.is_empty() => p *= MODEL_UNAIMED,
                Category::Scam => {
                    let support = (scam_support / SCAM_SUPPORT_FULL).min(1.0);
                    p *= MODEL_SCAM_UNSUPPORTED + (1.0 - MODEL_SCAM_UNSUPPORTED) * support;
                }
                _ => {}
            }
            if countered {
                p *= MODEL_COUNTERED;
            }
            // The word that pushed the model most sits in a phrase a lexicon allows ("one fag a
            // day", "kimak punya panas"): the model read the everyday sense as the harmful one.
            // Allowed phrases speak of insults and slurs, not of calls to violence or scams.
            let insult = matches!(category, Category::Harassment | Category::Hate);
            if insult && p >= MODEL_EVIDENCE_FLOOR && !ctx.allow.is_empty() {
                let top = model.top_words(&view.text, h, 1);
                if let Some(&(s, e, _)) = top.first() {
                    let (s, e) = view.source_span(s, e);
                    if ctx.allow.iter().any(|&(a, b)| a <= s && e <= b) {
                        p *= MODEL_ALLOWED;
                    }
                }
            }
            tally.model[category.index()] = p;
            if p < MODEL_EVIDENCE_FLOOR {
                continue;
            }
            let words = model.top_words(&view.text, h, 3);
            let Some(&(first_start, first_end, _)) = words.first() else { continue };
            let (start, end) = view.source_span(first_start, first_end);
            let shown: Vec<String> = words
                .iter()
                .map(|&(s, e, _)| {
                    let (a, b) = view.source_span(s, e);
                    display_term(&text[a..b])
                })
                .collect();
            let mut params = BTreeMap::new();
            params.insert("category".to_string(), category.name().to_string());
            params.insert("term".to_string(), shown.join(", "));
            let key = "model_signal";
            let explanation = render(self.explanations.get(key).map(|x| x.text.as_str()).unwrap_or(key), &params);
            tally.evidence.push(Evidence {
                kind: EvidenceKind::Model,
                category,
                start,
                end,
                start_utf16: 0,
                end_utf16: 0,
                key: key.to_string(),
                params,
                explanation,
                weight: round_score(p),
                claim_id: None,
                url: None,
            });
        }
    }
}
