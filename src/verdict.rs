//! What goes in (a post) and what comes out (a verdict with evidence).

use crate::category::Category;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A post to scan. Only `text` is required.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Post {
    pub text: String,
    /// Echoed in the verdict; any JSON value.
    #[serde(default)]
    pub id: serde_json::Value,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub links: Vec<String>,
    /// BCP 47 language tag, if known (`id`, `tl`, `th-TH`…).
    #[serde(default)]
    pub lang: Option<String>,
    /// The site adapter that found the post (`x`, `reddit`…).
    #[serde(default)]
    pub site: Option<String>,
    /// The host of the page the post was read on (`x.com`); the extension's background sets it from
    /// the tab, not from anything the page says. Trusted accounts are matched on it.
    #[serde(default)]
    pub host: Option<String>,
}

impl Post {
    /// A post with only text.
    pub fn new(text: impl Into<String>) -> Post {
        Post { text: text.into(), ..Post::default() }
    }

    /// The post with every field cut to [`POST_LIMITS`]: an oversized field costs that field's
    /// tail, never the post's scan (issue 10: one 3,000-character link used to drop a whole batch).
    pub fn clamped(mut self) -> Post {
        let l = &POST_LIMITS;
        self.links.retain(|link| !link.is_empty());
        self.links.truncate(l.links);
        for link in &mut self.links {
            cut_chars(link, l.link_chars);
        }
        for value in
            [&mut self.url, &mut self.author, &mut self.lang, &mut self.site, &mut self.host].into_iter().flatten()
        {
            cut_chars(value, l.field_chars);
        }
        if let Some(author) = &mut self.author {
            cut_chars(author, l.author_chars);
        }
        self
    }
}

/// Sizes the engine reads of a post beyond its text; the extension's content script and
/// background trim to these same numbers (they get them from the engine, never a copy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PostLimits {
    /// Links rated per post.
    pub links: usize,
    /// Characters kept of one link (the host is at its start).
    pub link_chars: usize,
    /// Characters kept of the permalink, language tag or site id.
    pub field_chars: usize,
    /// Characters kept of an author's name or handle.
    pub author_chars: usize,
    /// Posts in one message from a page to the background.
    pub batch_posts: usize,
    /// Characters of post text in one such message (a longer post goes alone).
    pub batch_chars: usize,
    /// Messages of a conversation read for grooming, the latest ones (issue 14).
    pub conversation_messages: usize,
}

/// The one copy of the post limits.
pub const POST_LIMITS: PostLimits = PostLimits {
    links: 20,
    link_chars: 2048,
    field_chars: 2048,
    author_chars: 200,
    batch_posts: 50,
    batch_chars: 4_000_000,
    conversation_messages: 300,
};

/// Cuts `s` to at most `max` characters, at a character boundary.
fn cut_chars(s: &mut String, max: usize) {
    if let Some((at, _)) = s.char_indices().nth(max) {
        s.truncate(at);
    }
}

/// How a verdict asks the page to treat the post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Leave the post alone.
    #[default]
    None,
    /// Show a label; the text stays readable.
    Label,
    /// Blur the text behind a banner with "Show anyway".
    Blur,
    /// Collapse the post to a one-line notice.
    Hide,
}

/// How serious the strongest fired category is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    #[default]
    None,
    Low,
    Medium,
    High,
}

/// The layer an evidence item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Lexicon,
    Pattern,
    /// A predicate paired with the group or person it is said of (the target × predicate layer).
    Group,
    Model,
    Claim,
    Domain,
    Style,
    User,
}

/// Why a category scored: a span of the text and a human explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub category: Category,
    /// Byte offsets into the post's UTF-8 text.
    pub start: usize,
    pub end: usize,
    /// The same span in UTF-16 code units, for JavaScript strings.
    pub start_utf16: usize,
    pub end_utf16: usize,
    /// Explanation key (`assets/explanations.tsv`), for localised messages.
    pub key: String,
    /// Parameters of the explanation (`term`, `checker`, `rating`…).
    pub params: BTreeMap<String, String>,
    /// The English explanation.
    pub explanation: String,
    /// How much this item contributed, after context, in 0..1.
    pub weight: f64,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub claim_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
}

/// The engine's answer for one post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub id: serde_json::Value,
    /// True when at least one category fires under the active profile.
    pub flagged: bool,
    /// The highest category score.
    pub score: f64,
    /// Categories that fire under the active profile, strongest first.
    pub labels: Vec<Category>,
    /// Every category's score in 0..1.
    pub categories: BTreeMap<Category, f64>,
    pub severity: Severity,
    /// What the page should do with the post under the active settings.
    pub action: Action,
    pub evidence: Vec<Evidence>,
}

/// Rounds a score so that native and JavaScript number printing agree.
pub(crate) fn round_score(x: f64) -> f64 {
    (x.clamp(0.0, 1.0) * 10_000.0).round() / 10_000.0
}

/// One line of batch output: a verdict, or an error naming what was wrong with that input.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ScanResult {
    Verdict(Verdict),
    Error { id: serde_json::Value, error: String },
}

/// Reads a post from a JSON value, naming what is wrong when it is not one.
pub fn post_from_json(value: serde_json::Value) -> Result<Post, (serde_json::Value, String)> {
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    if !value.is_object() {
        return Err((serde_json::Value::Null, "expected a JSON object with a \"text\" field".into()));
    }
    match value.get("text") {
        None => return Err((id, "missing field \"text\"".into())),
        Some(serde_json::Value::String(_)) => {}
        Some(_) => return Err((id, "field \"text\" must be a string".into())),
    }
    serde_json::from_value::<Post>(value).map(Post::clamped).map_err(|e| (id, format!("invalid post: {e}")))
}
