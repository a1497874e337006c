//! The engine as a coordinator: built once from compiled assets (`builder`), then each post goes
//! through one evidence module per layer (`lexicon_layer` with `groups`, `model_layer`,
//! `links_layer`, `claims_layer`, `own_words`) into a tally, and `decide` turns it into a verdict.

use crate::claims::index::ClaimIndex;
use crate::claims::Claim;
use crate::error::Result;
use crate::lexicon::Explanations;
use crate::links::LinkChecker;
use crate::model::Model;
use crate::normalize::Normalizer;
use crate::profile::{Profiles, Settings};
use crate::rules::RuleSet;
use crate::verdict::{Evidence, Post, Verdict};
use own_words::compile_own_words;
use std::collections::BTreeMap;
use tally::Tally;

mod builder;
mod claims_layer;
mod compose;
mod context;
pub mod conversation;
mod decide;
mod groups;
mod lexicon_layer;
mod links_layer;
mod model_layer;
mod own_words;
pub mod scam;
mod tally;

pub use builder::EngineBuilder;
pub use compose::{DraftNote, DRAFT_EVIDENCE};
pub use conversation::{ConversationRules, ConversationVerdict, Message, StageSeen};

/// Characters around a hit in which a person or group target makes it count fully.
/// Characters before a hit in which a negation weakens it.
/// Characters around a hit in which reporting or condemning abuse weakens it.
/// Characters before a hit in which speaking of oneself weakens it.
/// What is left of a hit's weight when it needs a target and has none.
/// Hits looked at per post; a hostile 1 MB post cannot make a scan quadratic.
const MAX_HITS: usize = 4_000;
/// How much each further word of a kind adds after the strongest ("you pathetic worthless idiot");
/// one word repeated adds nothing.
const OTHER_WORDS: f64 = 0.25;
/// What is left of a hit's weight for each time the user called its words not harmful.
/// Evidence items kept per verdict.
const MAX_EVIDENCE: usize = 24;

/// The detection engine. Build it once ([`Engine::new`]), then call [`Engine::scan`] for each post.
#[derive(Debug, Clone)]
pub struct Engine {
    model: Option<Model>,
    normalizer: Normalizer,
    rules: RuleSet,
    explanations: Explanations,
    profiles: Profiles,
    /// How grooming stages add up over a conversation.
    conversation: ConversationRules,
    settings: Settings,
    claim_packs: Vec<(String, Vec<std::sync::Arc<Claim>>)>,
    claim_index: ClaimIndex,
    /// The claim matcher's informal-spelling table and re-ranker.
    claim_matching: std::sync::Arc<crate::claims::index::Matching>,
    links: LinkChecker,
    /// The user's own words, compiled.
    own_words: RuleSet,
    /// The trusted accounts as (site, lower-case handle), read once from the settings.
    trusted: crate::fasthash::FastSet<(String, String)>,
    /// Normalised words the user called not harmful, with counts.
    softened: std::collections::HashMap<String, u8>,
    /// Sender words a link's host may carry, with the sender's kind (the scam layer).
    scam_senders: crate::fasthash::FastMap<String, &'static str>,
}

impl Engine {
    /// The engine with every bundled asset and default settings.
    pub fn new() -> Result<Engine> {
        Engine::builder().build()
    }

    /// A builder starting from the bundled assets.
    pub fn builder() -> EngineBuilder {
        EngineBuilder::bundled()
    }

    /// Replaces the settings; on error the previous settings stay in force.
    pub fn configure(&mut self, settings: Settings) -> Result<()> {
        settings.validate()?;
        self.own_words = compile_own_words(&settings.own_words, &self.normalizer)?;
        self.softened = settings
            .softened
            .iter()
            .map(|(w, n)| (self.normalizer.normalize(w).base.text.trim().to_string(), *n))
            .filter(|(w, _)| !w.is_empty())
            .collect();
        self.trusted = settings
            .trusted
            .iter()
            .filter_map(|t| crate::profile::trusted_account(t))
            .map(|(site, handle)| (site, handle.to_lowercase()))
            .collect();
        self.settings = settings;
        Ok(())
    }

    /// True when the post's author, on the site of the page it was read on, is a trusted account.
    fn trusts(&self, post: &Post) -> bool {
        let (Some(author), Some(host)) = (post.author.as_deref(), post.host.as_deref()) else { return false };
        let handle = author.trim().trim_start_matches('@');
        !self.trusted.is_empty()
            && !handle.is_empty()
            && self.trusted.contains(&(crate::profile::site_of(host), handle.to_lowercase()))
    }

    /// Adds a claim pack (already parsed by [`crate::claims::parse_pack`]); a pack with the same
    /// name replaces the old one.
    pub fn add_claims(&mut self, name: &str, claims: Vec<Claim>) -> Result<()> {
        if claims.is_empty() {
            return Err(crate::Error::new(format!("{name}: the pack has no claims")));
        }
        self.claim_packs.retain(|(n, _)| n != name);
        self.claim_packs.push((name.to_string(), claims.into_iter().map(std::sync::Arc::new).collect()));
        self.reindex_claims();
        Ok(())
    }

    /// Loads the scam domain list (it ships as its own GPL-3.0 file, `assets/misinfo/scam_domains.txt`,
    /// so it is not compiled in); returns how many domains it holds.
    pub fn set_scam_domains(&mut self, text: &str) -> usize {
        self.links.set_scam_domains(text)
    }

    /// Loads the Public Suffix List (the WebAssembly engine has none built in: the extension ships
    /// it as a file); returns how many rules it holds.
    pub fn set_public_suffixes(&mut self, text: &str) -> usize {
        self.links.set_public_suffixes(text)
    }

    /// Replaces the model with the one in `bytes` (a model file, as `waspada train` writes it): the
    /// WebAssembly engine is built without one and gets the packaged file. Returns the file's size.
    pub fn set_model(&mut self, bytes: &[u8]) -> Result<usize> {
        self.model = Some(Model::from_bytes(bytes)?);
        Ok(bytes.len())
    }

    /// Removes a claim pack by name; true when there was one.
    pub fn remove_claims(&mut self, name: &str) -> bool {
        let before = self.claim_packs.len();
        self.claim_packs.retain(|(n, _)| n != name);
        self.reindex_claims();
        before != self.claim_packs.len()
    }

    fn reindex_claims(&mut self) {
        let all = self.claim_packs.iter().flat_map(|(_, c)| c.iter().cloned());
        self.claim_index = ClaimIndex::new(all, &self.normalizer, self.claim_matching.clone());
    }

    /// Number of claims loaded from packs.
    pub fn claim_count(&self) -> usize {
        self.claim_packs.iter().map(|(_, c)| c.len()).sum()
    }

    /// The settings in force.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// True when the active profile fails closed (holds posts the engine could not scan in time).
    pub fn fail_closed(&self) -> bool {
        self.profiles.get(self.settings.profile).fail_closed
    }

    /// The compiled lexicons (for tools that explain a score).
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// The normaliser (training computes features with the very same one).
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// The model in use, if any.
    pub fn model(&self) -> Option<&Model> {
        self.model.as_ref()
    }

    /// The profiles the engine was built with.
    pub fn profiles(&self) -> &Profiles {
        &self.profiles
    }

    /// Number of compiled lexicon rules.
    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }

    /// Scans many posts; the verdicts come back in the same order.
    pub fn scan_batch(&self, posts: &[Post]) -> Vec<Verdict> {
        posts.iter().map(|p| self.scan(p)).collect()
    }

    /// Scans one post.
    pub fn scan(&self, post: &Post) -> Verdict {
        let text = post.text.as_str();
        let normalized = self.normalizer.normalize(text);
        let mut hits = self.rules.find_aimed(&normalized, &rule_filter(post), context::mentions(text).next().is_some());
        hits.truncate(MAX_HITS);
        let mut tally = Tally::default();
        let ctx = self.score_rules(text, &hits, &mut tally);
        self.score_scam(post, &hits, &ctx, &mut tally);
        if let Some(model) = &self.model {
            // How far the rules see a scam: the model, trained on spam, cannot tell an advert from one.
            let scam_support = tally
                .by_key
                .iter()
                .filter(|((c, _), _)| *c == crate::category::Category::Scam)
                .map(|(_, w)| *w)
                .fold(0.0, f64::max);
            self.score_model(model, text, &normalized, &ctx, scam_support, &mut tally);
        }
        self.score_links(post, &ctx, &mut tally);
        self.score_claims(text, &normalized, &mut tally);
        self.score_own_words(text, &normalized, &mut tally);
        self.decide(post, tally)
    }
}

impl Engine {
    /// The scam layer: a warning when a message's sender, problem, pressure and action meet.
    fn score_scam(&self, post: &Post, hits: &[crate::rules::Hit], ctx: &context::Contexts, tally: &mut Tally) {
        let text = post.text.as_str();
        let parts =
            scam::collect(text, hits, &self.rules, ctx, &self.links, &self.normalizer, &self.scam_senders, &post.links);
        if let Some(f) = scam::judge(&parts, text) {
            let mut params = BTreeMap::new();
            params.insert("term".to_string(), display_term(&text[f.term_span.0..f.term_span.1]));
            let item = tally::Item {
                category: crate::category::Category::Scam,
                key: &f.key,
                weight: f.weight,
                severe: f.severe,
                kind: crate::verdict::EvidenceKind::Pattern,
                span: f.span,
                params,
                claim_id: None,
                url: None,
            };
            tally.add_item(item, &self.explanations);
        }
    }
}

impl Engine {
    /// The scam layer's readings of a post: each action with the parts it is read with (for tools
    /// that explain or tune a scam score; [`scam::weigh`] turns one into a weight).
    pub fn scam_readings(&self, post: &Post) -> Vec<scam::Reading> {
        let text = post.text.as_str();
        let normalized = self.normalizer.normalize(text);
        let hits = self.rules.find_aimed(&normalized, &rule_filter(post), context::mentions(text).next().is_some());
        let ctx = self.score_rules(text, &hits, &mut Tally::default());
        scam::collect(text, &hits, &self.rules, &ctx, &self.links, &self.normalizer, &self.scam_senders, &post.links)
            .readings_for_tools(text)
    }
}

/// Which lexicons' rules read a post. The page's language tag is a hint: pages and sites often say
/// "en" (or nothing useful) over posts in other languages, so only a tag naming another known
/// language narrows the rules (to that language, English and `any`; Malay and Indonesian read each
/// other's too).
fn rule_filter(post: &Post) -> impl Fn(&str) -> bool {
    let lang = post.lang.as_deref().map(primary_language).filter(|l| !matches!(*l, "en" | "other"));
    move |rule_lang: &str| {
        lang.is_none_or(|l| rule_lang == "any" || rule_lang == "en" || rule_lang == l || malay_pair(l, rule_lang))
    }
}

/// Malay and Indonesian are two standards of one language: a post tagged with one is read with the
/// other's lexicons too ("makhluk paling menjijikkan" is written in both).
fn malay_pair(tag: &str, rule_lang: &str) -> bool {
    matches!((tag, rule_lang), ("ms", "id") | ("id", "ms"))
}

/// The primary subtag of a language tag, mapped to the lexicon codes (`tl` → `fil`, `in` → `id`).
pub fn primary_language(tag: &str) -> &'static str {
    let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match primary.as_str() {
        "en" => "en",
        "ms" | "zsm" | "msa" | "may" => "ms",
        "id" | "in" | "ind" => "id",
        "fil" | "tl" | "tgl" => "fil",
        "th" | "tha" => "th",
        "vi" | "vie" => "vi",
        "my" | "mya" | "bur" => "my",
        "km" | "khm" => "km",
        "lo" | "lao" => "lo",
        _ => "other",
    }
}

/// The matched words as a user sees them: whitespace collapsed, at most 40 characters.
fn display_term(raw: &str) -> String {
    shorten(raw, 40)
}

/// Text with whitespace collapsed, cut to at most `max` characters with an ellipsis.
fn shorten(raw: &str, max: usize) -> String {
    let collapsed: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() > max {
        let cut: String = collapsed.chars().take(max - 1).collect();
        format!("{cut}…")
    } else {
        collapsed
    }
}

/// Fills `{name}` parameters of an explanation template.
pub(crate) fn render(template: &str, params: &BTreeMap<String, String>) -> String {
    let mut out = template.to_string();
    for (k, v) in params {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// Sets the UTF-16 offsets of every evidence span in one pass over the text.
fn fill_utf16(text: &str, evidence: &mut [Evidence]) {
    if evidence.is_empty() {
        return;
    }
    let mut marks: Vec<usize> = evidence.iter().flat_map(|e| [e.start, e.end]).collect();
    marks.sort_unstable();
    marks.dedup();
    let mut map = Vec::with_capacity(marks.len());
    let mut units = 0;
    let mut next = 0;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), '\0'))) {
        while next < marks.len() && marks[next] <= i {
            map.push((marks[next], units));
            next += 1;
        }
        units += c.len_utf16();
    }
    for e in evidence {
        let find = |b: usize| map.binary_search_by_key(&b, |&(k, _)| k).map(|i| map[i].1).unwrap_or(0);
        e.start_utf16 = find(e.start);
        e.end_utf16 = find(e.end);
    }
}
