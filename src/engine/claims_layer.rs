//! The claims layer: posts that repeat a fact-checked claim, as evidence.

use super::tally::{Item, Tally};
use super::{shorten, Engine};
use crate::category::Category;
use crate::normalize::Normalized;
use crate::verdict::EvidenceKind;
use std::collections::BTreeMap;

impl Engine {
    /// Claims: a post that restates a claim fact-checkers rated false or misleading.
    pub(super) fn score_claims(&self, text: &str, normalized: &Normalized, tally: &mut Tally) {
        let Some(m) = self.claim_index.best_match(&normalized.marks.text) else { return };
        let claim = self.claim_index.claim(m.index);
        let scam = claim.category.as_deref() == Some("scam");
        let strength = f64::from(m.probability).clamp(0.0, 1.0);
        let weight = match claim.verdict {
            crate::claims::ClaimVerdict::False => 0.6 + 0.35 * strength,
            _ => 0.5 + 0.3 * strength,
        };
        let mut params = BTreeMap::new();
        params.insert("checker".to_string(), claim.checker.to_string());
        params.insert("rating".to_string(), claim.verdict.label().to_string());
        params.insert("date".to_string(), claim.date.as_deref().unwrap_or_default().to_string());
        params.insert("claim".to_string(), shorten(&claim.claim, 140));
        params.insert("term".to_string(), shorten(&claim.claim, 140));
        let item = Item {
            category: if scam { Category::Scam } else { Category::Misinformation },
            key: "claim_rated",
            weight,
            severe: false,
            kind: EvidenceKind::Claim,
            span: (0, text.len()),
            params,
            claim_id: Some(claim.id.to_string()),
            url: Some(claim.url.to_string()),
        };
        tally.add_item(item, &self.explanations);
    }
}
