//! The links layer: scam, look-alike and rated domains, and shorteners, as evidence.

use super::context::{within, Contexts};
use super::tally::{Item, Tally};
use super::Engine;
use crate::category::Category;
use crate::links::{Finding, Tier};
use crate::verdict::{EvidenceKind, Post, POST_LIMITS};
use std::collections::BTreeMap;

/// Characters around a scam link in which scam awareness ("fake link", "beware") makes it a warning.
const SCAM_AWARE_WINDOW: usize = 120;
/// What is left of a scam link shown to warn others of it.
const SCAM_WARNED: f64 = 0.3;

impl Engine {
    /// Links: known scam and look-alike domains are scams; rated domains give context on the
    /// source; shorteners hide the destination.
    pub(super) fn score_links(&self, post: &Post, ctx: &Contexts, tally: &mut Tally) {
        let mut urls: Vec<(usize, usize, String)> = crate::links::urls_in_text(&post.text);
        for link in post.links.iter().take(POST_LIMITS.links) {
            if !urls.iter().any(|(_, _, u)| u == link) {
                urls.push((0, 0, link.clone()));
            }
        }
        let mut seen_domains: Vec<String> = Vec::new();
        for (start, end, url) in urls.into_iter().take(POST_LIMITS.links) {
            let Some(found) = self.links.check(&url, &self.normalizer) else { continue };
            if seen_domains.contains(&found.domain) {
                continue;
            }
            seen_domains.push(found.domain.clone());
            let mut params = BTreeMap::new();
            params.insert("term".to_string(), found.domain.clone());
            let (category, key, weight, severe) = match &found.finding {
                Finding::KnownScam => (Category::Scam, "scam_known_domain", 0.92, true),
                Finding::Punycode { brand } => {
                    params.insert("brand".to_string(), brand.clone());
                    (Category::Scam, "scam_punycode_link", 0.9, true)
                }
                Finding::Lookalike { brand } => {
                    params.insert("brand".to_string(), brand.clone());
                    (Category::Scam, "scam_lookalike_link", 0.85, true)
                }
                Finding::Rated { tier, raters } => {
                    params.insert("raters".to_string(), raters.clone());
                    match tier {
                        Tier::Warning => (Category::Misinformation, "domain_rated", 0.75, false),
                        Tier::Caution => (Category::Misinformation, "domain_caution", 0.3, false),
                        Tier::Satire => (Category::Misinformation, "domain_satire", 0.2, false),
                        Tier::Shortener => (Category::Misinformation, "domain_shortener", 0.1, false),
                        Tier::Platform => continue,
                    }
                }
            };
            // "Fake link going round: philhealth-ph.online" warns of the scam; it is not one.
            let warned = category == Category::Scam
                && end > start
                && ctx.scam_aware.iter().any(|&a| within(&post.text, a, (start, end), SCAM_AWARE_WINDOW));
            let weight = if warned { weight * SCAM_WARNED } else { weight };
            let item = Item {
                category,
                key,
                weight,
                severe,
                kind: EvidenceKind::Domain,
                span: (start, end),
                params,
                claim_id: None,
                url: Some(found.url.clone()),
            };
            tally.add_item(item, &self.explanations);
        }
    }
}
