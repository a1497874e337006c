//! The pause before posting: the user's own draft, read as a post would be, paused where it would be
//! flagged in one of the profile's compose categories (harassment and hate).

use super::Engine;
use crate::category::Category;
use crate::verdict::{Evidence, EvidenceKind, Post};
use serde::Serialize;

/// What the compose box shows for a draft. Counts of these, never the draft, leave the tab.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftNote {
    /// True when the draft earns the calm note beside the box.
    pub pause: bool,
    /// True when the note also asks for one more click before sending (Strict, a parent's choice).
    pub confirm: bool,
    /// The compose categories the draft would be flagged in, strongest first.
    pub categories: Vec<Category>,
    /// Why, with spans into the draft (the strongest first; at most [`DRAFT_EVIDENCE`]).
    pub evidence: Vec<Evidence>,
}

/// Reasons a note lists: the box is small.
pub const DRAFT_EVIDENCE: usize = 3;

impl Engine {
    /// Reads the user's own draft. The note is about what the words may do to someone, so trusted
    /// accounts, the user's hidden words and per-category actions play no part; the profile's
    /// thresholds (with the user's sensitivity) do, so a draft pauses where the same words posted by
    /// someone else would be warned.
    pub fn check_draft(&self, draft: &Post) -> DraftNote {
        let quiet = DraftNote { pause: false, confirm: false, categories: Vec::new(), evidence: Vec::new() };
        let settings = &self.settings;
        if !settings.compose_pause(&self.profiles) || draft.text.trim().is_empty() {
            return quiet;
        }
        let post = Post { author: None, ..draft.clone() };
        let verdict = self.scan(&post);
        let mut categories: Vec<Category> = self
            .profiles
            .compose_categories
            .iter()
            .copied()
            .filter(|&c| verdict.categories.get(&c).copied().unwrap_or(0.0) >= settings.threshold(&self.profiles, c))
            .collect();
        if categories.is_empty() {
            return quiet;
        }
        let score = |c: &Category| verdict.categories.get(c).copied().unwrap_or(0.0);
        categories.sort_by(|a, b| score(b).total_cmp(&score(a)).then(a.cmp(b)));
        // Evidence of a paused category first; words that also count elsewhere ("go kill yourself"
        // is self-harm encouragement and harassment) follow, the user's own hidden words never.
        let mut evidence: Vec<Evidence> = verdict
            .evidence
            .into_iter()
            .filter(|e| e.kind != EvidenceKind::User && e.kind != EvidenceKind::Style)
            .collect();
        evidence.sort_by_key(|e| !categories.contains(&e.category));
        evidence.truncate(DRAFT_EVIDENCE);
        DraftNote { pause: true, confirm: settings.compose_confirm(&self.profiles), categories, evidence }
    }
}
