//! Evidence gathered while scoring one post, and how rule and model scores combine.

use super::{display_term, render, MAX_EVIDENCE};
use crate::category::Category;
use crate::lexicon::Explanations;
use crate::verdict::{round_score, Evidence, EvidenceKind};
use std::collections::BTreeMap;

/// Evidence gathered while scoring one post.
#[derive(Default)]
pub(super) struct Tally {
    /// Strongest weight per (category, explanation key): repeating a word does not add up.
    pub(super) by_key: BTreeMap<(Category, String), f64>,
    pub(super) evidence: Vec<Evidence>,
    pub(super) severe: [bool; 8],
    /// The model's calibrated probability per category (0 where it has no head).
    pub(super) model: [f64; 8],
}

/// How much of the model's probability counts: it was calibrated on training corpora, which differ
/// from a feed, and it cannot say why.
const MODEL_TRUST: f64 = 0.9;

/// One category's score from its rule score and the model's probability: either can carry it, and
/// agreement raises it (noisy-OR).
pub(super) fn combine(rules: f64, model: f64) -> f64 {
    1.0 - (1.0 - rules) * (1.0 - MODEL_TRUST * model)
}

impl Tally {
    /// A rule hit: the matched words are the explanation's `term`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn add(
        &mut self,
        category: Category,
        key: &str,
        weight: f64,
        severe: bool,
        kind: EvidenceKind,
        text: &str,
        span: (usize, usize),
        explanations: &Explanations,
    ) {
        let mut params = BTreeMap::new();
        params.insert("term".to_string(), display_term(&text[span.0..span.1]));
        let item = Item { category, key, weight, severe, kind, span, params, claim_id: None, url: None };
        self.add_item(item, explanations);
    }

    /// Any evidence: it counts for its category (and the key's "also" categories) at its
    /// strongest, and is kept to be shown when it weighs enough.
    pub(super) fn add_item(&mut self, item: Item<'_>, explanations: &Explanations) {
        let Item { category, key: tally_key, weight, severe, kind, span, params, claim_id, url } = item;
        if weight <= 0.0 {
            return;
        }
        // `key#n` tallies apart from `key` but explains as `key`.
        let key = tally_key.split(['#', '~']).next().unwrap_or(tally_key);
        let also = explanations.get(key).map(|x| x.also.as_slice()).unwrap_or(&[]);
        for &c in std::iter::once(&category).chain(also) {
            let slot = self.by_key.entry((c, tally_key.to_string())).or_insert(0.0);
            *slot = slot.max(weight);
            if severe && weight >= 0.5 {
                self.severe[c.index()] = true;
            }
        }
        if weight < 0.05 || self.evidence.len() >= MAX_EVIDENCE * 4 {
            return;
        }
        let explanation = render(explanations.get(key).map(|x| x.text.as_str()).unwrap_or(key), &params);
        self.evidence.push(Evidence {
            kind,
            category,
            start: span.0,
            end: span.1,
            start_utf16: 0,
            end_utf16: 0,
            key: key.to_string(),
            params,
            explanation,
            weight: round_score(weight),
            claim_id,
            url,
        });
    }
}

/// One piece of evidence on its way into the tally.
pub(super) struct Item<'a> {
    pub(super) category: Category,
    pub(super) key: &'a str,
    pub(super) weight: f64,
    pub(super) severe: bool,
    pub(super) kind: EvidenceKind,
    pub(super) span: (usize, usize),
    pub(super) params: BTreeMap<String, String>,
    pub(super) claim_id: Option<String>,
    pub(super) url: Option<String>,
}
