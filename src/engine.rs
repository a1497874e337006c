//! The engine: built once from compiled assets, then only queried with posts.

use crate::category::Category;
use crate::context::{in_clause_before, mentions, near, quoted_spans, Contexts, QUOTED};
use crate::error::{Error, Result};
use crate::groups;
use crate::lexicon::{self, Class, Context, Explanations, GroupKind, Lexicon};
use crate::model::Model;
use crate::normalize::{Normalized, Normalizer};
use crate::profile::{Profiles, Settings};
use crate::rules::{Hit, RuleSet};
use crate::verdict::{round_score, Action, Evidence, EvidenceKind, Post, Severity, Verdict, POST_LIMITS};
use std::collections::BTreeMap;

use crate::bundled;
use crate::claims::index::ClaimIndex;
use crate::claims::{parse_pack, Claim, Ratings};
use crate::links::{Finding, LinkChecker, Tier};

/// Characters around a hit in which a person or group target makes it count fully.
const TARGET_WINDOW: usize = 60;
/// Characters before a hit in which a negation weakens it.
const NEGATION_WINDOW: usize = 25;
/// Characters around a hit in which reporting or condemning abuse weakens it.
const COUNTER_WINDOW: usize = 60;
/// Characters before a hit in which speaking of oneself weakens it.
const SELF_WINDOW: usize = 25;
/// What is left of a hit's weight when it needs a target and has none.
const UNAIMED: f64 = 0.2;
const NEGATED: f64 = 0.25;
const COUNTERED: f64 = 0.3;
const SELF_REFERENCE: f64 = 0.35;
/// Hits looked at per post; a hostile 1 MB post cannot make a scan quadratic.
const MAX_HITS: usize = 4_000;
/// How much each further word of a kind adds after the strongest ("you pathetic worthless idiot");
/// one word repeated adds nothing.
const OTHER_WORDS: f64 = 0.25;

/// What is left of a hit's weight for each time the user called its words not harmful.
const SOFTENED: f64 = 0.6;

/// Evidence items kept per verdict.
const MAX_EVIDENCE: usize = 24;

/// Where the engine's data comes from.
#[derive(Debug, Clone)]
pub struct EngineBuilder {
    lexicons: Vec<(String, String)>,
    bundled_lexicons: bool,
    bundled_claims: bool,
    model: ModelSource,
    settings: Settings,
}

/// Which model the engine uses.
#[derive(Debug, Clone)]
enum ModelSource {
    Bundled,
    None,
    Bytes(Vec<u8>),
}

impl EngineBuilder {
    /// Adds a lexicon (file name for messages, text in the lexicon format).
    pub fn lexicon(mut self, file: &str, text: &str) -> EngineBuilder {
        self.lexicons.push((file.to_string(), text.to_string()));
        self
    }

    /// Leaves out the bundled lexicons (tests of one rule at a time).
    pub fn without_bundled_lexicons(mut self) -> EngineBuilder {
        self.bundled_lexicons = false;
        self
    }

    /// Leaves out the bundled claim pack (measuring another pack on its own).
    pub fn without_bundled_claims(mut self) -> EngineBuilder {
        self.bundled_claims = false;
        self
    }

    /// Uses no model: rules only (tests of rules, and training, which makes the model).
    pub fn without_model(mut self) -> EngineBuilder {
        self.model = ModelSource::None;
        self
    }

    /// Uses this model instead of the bundled one (a `.model` file's bytes).
    pub fn model(mut self, bytes: Vec<u8>) -> EngineBuilder {
        self.model = ModelSource::Bytes(bytes);
        self
    }

    /// Starts with these settings.
    pub fn settings(mut self, settings: Settings) -> EngineBuilder {
        self.settings = settings;
        self
    }

    /// Compiles everything; any malformed input is an error naming its file and line.
    pub fn build(self) -> Result<Engine> {
        let normalizer = Normalizer::new(bundled::CONFUSABLES, bundled::EMOJI)?;
        let explanations = Explanations::parse(bundled::EXPLANATIONS)?;
        let profiles = Profiles::parse(bundled::PROFILES)?;
        let mut sources: Vec<(String, String)> = Vec::new();
        if self.bundled_lexicons {
            let blob = inflate(bundled::LEXICON_BLOB, "bundled lexicons")?;
            let blob = String::from_utf8(blob).map_err(|_| crate::Error::new("bundled lexicons are not UTF-8"))?;
            for &(file, start, end) in bundled::LEXICON_FILES {
                let text = blob.get(start..end).ok_or_else(|| crate::Error::new("bundled lexicons are damaged"))?;
                sources.push((file.to_string(), text.to_string()));
            }
        }
        let bundled_count = sources.len();
        sources.extend(self.lexicons);
        let mut lexicons: Vec<Lexicon> = Vec::with_capacity(sources.len());
        for (file, text) in &sources {
            let lex = lexicon::parse(file, text)?;
            explanations.check(&lex)?;
            lexicons.push(lex);
        }
        // Bundled patterns come with triggers worked out by build.rs; others are analysed here.
        let precomputed = |lex: usize, line: usize| -> Option<Option<Vec<Vec<u8>>>> {
            if lex >= bundled_count {
                return None;
            }
            let file = bundled::LEXICON_FILES[lex].0;
            let table = bundled::PATTERN_TRIGGERS;
            let i = table.binary_search_by(|(f, l, _)| (*f, *l as usize).cmp(&(file, line))).ok()?;
            Some(table[i].2.map(|lits| lits.iter().map(|l| l.to_vec()).collect()))
        };
        let rules = RuleSet::build_with(&lexicons, &normalizer, &precomputed)?;
        let model = match self.model {
            ModelSource::Bundled if bundled::MODEL.is_empty() => None,
            ModelSource::Bundled => Some(Model::from_bytes(&inflate(bundled::MODEL, "bundled model")?)?),
            ModelSource::None => None,
            ModelSource::Bytes(bytes) => Some(Model::from_bytes(&bytes)?),
        };
        let text = |bytes: &[u8], what: &str| -> Result<String> {
            String::from_utf8(inflate(bytes, what)?).map_err(|_| crate::Error::new(format!("{what}: not UTF-8")))
        };
        let links = LinkChecker::new(
            &text(bundled::SUFFIXES, "public suffix list")?,
            &text(bundled::DOMAINS, "domain table")?,
            &text(bundled::BRANDS, "brand table")?,
        )?;
        let ratings = Ratings::parse(bundled::RATINGS)?;
        let default_claims = if self.bundled_claims {
            parse_pack("default.jsonl", &text(bundled::CLAIMS, "bundled claim pack")?, &ratings)?
        } else {
            Vec::new()
        };
        let mut engine = Engine {
            links,
            claim_index: ClaimIndex::default(),
            own_words: RuleSet::default(),
            softened: Default::default(),
            model,
            normalizer,
            rules,
            explanations,
            profiles,
            settings: Settings::default(),
            claim_packs: if default_claims.is_empty() {
                Vec::new()
            } else {
                vec![("default".to_string(), default_claims)]
            },
        };
        engine.reindex_claims();
        engine.configure(self.settings)?;
        Ok(engine)
    }
}

/// The detection engine. Build it once ([`Engine::new`]), then call [`Engine::scan`] for each post.
#[derive(Debug, Clone)]
pub struct Engine {
    model: Option<Model>,
    normalizer: Normalizer,
    rules: RuleSet,
    explanations: Explanations,
    profiles: Profiles,
    settings: Settings,
    claim_packs: Vec<(String, Vec<Claim>)>,
    claim_index: ClaimIndex,
    links: LinkChecker,
    /// The user's own words, compiled.
    own_words: RuleSet,
    /// Normalised words the user called not harmful, with counts.
    softened: std::collections::HashMap<String, u8>,
}

impl Engine {
    /// The engine with every bundled asset and default settings.
    pub fn new() -> Result<Engine> {
        Engine::builder().build()
    }

    /// A builder starting from the bundled assets.
    pub fn builder() -> EngineBuilder {
        EngineBuilder {
            lexicons: Vec::new(),
            bundled_lexicons: true,
            bundled_claims: true,
            model: ModelSource::Bundled,
            settings: Settings::default(),
        }
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
        self.settings = settings;
        Ok(())
    }

    /// Adds a claim pack (already parsed by [`crate::claims::parse_pack`]); a pack with the same
    /// name replaces the old one.
    pub fn add_claims(&mut self, name: &str, claims: Vec<Claim>) -> Result<()> {
        if claims.is_empty() {
            return Err(crate::Error::new(format!("{name}: the pack has no claims")));
        }
        self.claim_packs.retain(|(n, _)| n != name);
        self.claim_packs.push((name.to_string(), claims));
        self.reindex_claims();
        Ok(())
    }

    /// Loads the scam domain list (it ships as its own GPL-3.0 file, `assets/misinfo/scam_domains.txt`,
    /// so it is not compiled in); returns how many domains it holds.
    pub fn set_scam_domains(&mut self, text: &str) -> usize {
        self.links.set_scam_domains(text)
    }

    /// Removes a claim pack by name; true when there was one.
    pub fn remove_claims(&mut self, name: &str) -> bool {
        let before = self.claim_packs.len();
        self.claim_packs.retain(|(n, _)| n != name);
        self.reindex_claims();
        before != self.claim_packs.len()
    }

    fn reindex_claims(&mut self) {
        let all: Vec<Claim> = self.claim_packs.iter().flat_map(|(_, c)| c.iter().cloned()).collect();
        self.claim_index = ClaimIndex::new(all, &self.normalizer);
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
        // The page's language tag is a hint: pages and sites often say "en" (or nothing useful) over
        // posts in other languages, so only a tag naming another known language narrows the rules,
        // and Malay and Indonesian keep each other's.
        let lang = post.lang.as_deref().map(primary_language).filter(|l| !matches!(*l, "en" | "other"));
        let keep = |rule_lang: &str| match lang {
            Some(l) => {
                rule_lang == "any"
                    || rule_lang == "en"
                    || rule_lang == l
                    || (matches!(l, "ms" | "id") && matches!(rule_lang, "ms" | "id"))
            }
            None => true,
        };
        let mut hits = self.rules.find(&normalized, &keep);
        hits.truncate(MAX_HITS);
        let mut tally = Tally::default();
        let ctx = self.score_rules(text, &hits, &mut tally);
        if let Some(model) = &self.model {
            self.score_model(model, text, &normalized, &ctx, &mut tally);
        }
        self.score_links(post, &mut tally);
        self.score_claims(text, &normalized, &mut tally);
        if !self.own_words.is_empty() {
            for h in self.own_words.find(&normalized, &|_| true).into_iter().take(MAX_EVIDENCE) {
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
        self.decide(post, tally)
    }

    /// Links: known scam and look-alike domains are scams; rated domains give context on the
    /// source; shorteners hide the destination.
    fn score_links(&self, post: &Post, tally: &mut Tally) {
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

    /// Claims: a post that restates a claim fact-checkers rated false or misleading.
    fn score_claims(&self, text: &str, normalized: &Normalized, tally: &mut Tally) {
        let Some(m) = self.claim_index.best_match(&normalized.base.text) else { return };
        let claim = self.claim_index.claim(m.index);
        let scam = claim.category.as_deref() == Some("scam");
        let strength = f64::from(m.coverage).clamp(0.0, 1.0);
        let weight = match claim.verdict {
            crate::claims::ClaimVerdict::False => 0.6 + 0.35 * strength,
            _ => 0.5 + 0.3 * strength,
        };
        let mut params = BTreeMap::new();
        params.insert("checker".to_string(), claim.checker.clone());
        params.insert("rating".to_string(), claim.verdict.label().to_string());
        params.insert("date".to_string(), claim.date.clone().unwrap_or_default());
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
            claim_id: Some(claim.id.clone()),
            url: Some(claim.url.clone()),
        };
        tally.add_item(item, &self.explanations);
    }

    fn score_rules(&self, text: &str, hits: &[Hit], tally: &mut Tally) -> Contexts {
        let mut ctx = Contexts::default();
        for h in hits {
            match self.rules.rule(h).entry.class {
                Class::Context(Context::Target) => ctx.target.push((h.start, h.end)),
                Class::Context(Context::Group) => ctx.group.push((h.start, h.end)),
                Class::Context(Context::Negation) => ctx.negation.push((h.start, h.end)),
                Class::Context(Context::Counter) => ctx.counter.push((h.start, h.end)),
                Class::Context(Context::SelfRef) => ctx.self_ref.push((h.start, h.end)),
                Class::Allow => ctx.allow.push((h.start, h.end)),
                Class::Group(GroupKind::Protected) => ctx.group.push((h.start, h.end)),
                _ => {}
            }
        }
        ctx.target.extend(mentions(text));
        ctx.quoted = quoted_spans(text);
        ctx.sort();
        for h in hits {
            let rule = self.rules.rule(h);
            let Class::Harm(category) = rule.entry.class else {
                continue;
            };
            let span = (h.start, h.end);
            if ctx.allow.iter().any(|&(s, e)| s <= span.0 && span.1 <= e && (s, e) != span) {
                continue;
            }
            let e = &rule.entry;
            let mut w = f64::from(e.weight);
            // Words this user marked "not harmful" count less each time they did.
            if !self.softened.is_empty() {
                let said = self.normalizer.normalize(&text[span.0..span.1]).base.text;
                if let Some(&n) = self.softened.get(said.trim()) {
                    w *= SOFTENED.powi(i32::from(n.min(3)));
                }
            }
            if e.needs_target || e.needs_group {
                let aimed = (e.needs_target && near(text, &ctx.target, span, TARGET_WINDOW))
                    || (e.needs_group && near(text, &ctx.group, span, TARGET_WINDOW));
                if !aimed {
                    w *= UNAIMED;
                }
            }
            // "Don't tell your parents" is the harm, whatever negation comes before it.
            if negation_applies(category) && in_clause_before(text, &ctx.negation, span, NEGATION_WINDOW) {
                w *= NEGATED;
            }
            if near(text, &ctx.counter, span, COUNTER_WINDOW) {
                w *= COUNTERED;
            }
            // Quoting abuse in order to report or condemn it is not abuse.
            if matches!(category, Category::Hate | Category::Harassment) && ctx.is_quoted(span) {
                w *= QUOTED;
            }
            // Calling oneself names is not harassment; "I want to die" is still a risk.
            if e.needs_target && in_clause_before(text, &ctx.self_ref, span, SELF_WINDOW) {
                w *= SELF_REFERENCE;
            }
            // Misinformation words in a lexicon are style cues: they can only ever nudge.
            let kind = if category == Category::Misinformation {
                EvidenceKind::Style
            } else if rule.is_regex {
                EvidenceKind::Pattern
            } else {
                EvidenceKind::Lexicon
            };
            // Different style cues add up ("share before it's deleted" + "the media won't tell you");
            // for everything else the strongest hit of a key counts.
            let key = if kind == EvidenceKind::Style {
                format!("{}#{}", e.key, h.rule)
            } else {
                format!("{}~{}", e.key, h.rule)
            };
            tally.add(category, &key, w, e.severe, kind, text, span, &self.explanations);
        }
        for f in groups::find(text, hits, &self.rules, &ctx) {
            let key = format!("{}~{}", f.key, f.rule);
            tally.add(f.category, &key, f.weight, f.severe, EvidenceKind::Group, text, f.span, &self.explanations);
        }
        ctx
    }

    /// Adds the model's calibrated probabilities, with the words that pushed them up as evidence.
    ///
    /// The model reads words, not context; the rules' context decides how much of it to believe: a
    /// post aimed at nobody is not harassment however much it swears, a post with no group in it is
    /// not hate, and reporting or warning against harm is not harm.
    fn score_model(&self, model: &Model, text: &str, normalized: &Normalized, ctx: &Contexts, tally: &mut Tally) {
        let view = &normalized.marks;
        let countered = !ctx.counter.is_empty();
        for (h, (category, p)) in model.probabilities(&view.text).into_iter().enumerate() {
            let mut p = f64::from(p);
            match category {
                Category::Harassment if ctx.target.is_empty() => p *= MODEL_UNAIMED,
                Category::Hate if ctx.group.is_empty() => p *= MODEL_UNAIMED,
                _ => {}
            }
            if countered {
                p *= MODEL_COUNTERED;
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

    fn decide(&self, post: &Post, tally: Tally) -> Verdict {
        let Tally { by_key, mut evidence, severe, model } = tally;
        let mut scores = [0.0f64; 8];
        for c in Category::ALL {
            // Per explanation key: the strongest word counts fully, other insults add a part
            // ("you pathetic worthless idiot"); style cues (`key#rule`) add fully.
            let mut per_key: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
            let mut keep = 1.0;
            for ((cat, key), w) in &by_key {
                if *cat != c {
                    continue;
                }
                match key.split_once('~') {
                    Some((base, _)) => per_key.entry(base).or_default().push(w.clamp(0.0, 1.0)),
                    None => keep *= 1.0 - w.clamp(0.0, 1.0),
                }
            }
            // Insults stack; for other kinds one strong word says as much as several.
            let extra = if c == Category::Harassment { OTHER_WORDS } else { 0.0 };
            for mut ws in per_key.into_values() {
                ws.sort_by(|a, b| b.total_cmp(a));
                keep *= 1.0 - ws[0];
                for w in &ws[1..] {
                    keep *= 1.0 - extra * w;
                }
            }
            scores[c.index()] = round_score(combine(1.0 - keep, model[c.index()]));
        }
        let s = &self.settings;
        let mut labels: Vec<Category> = Category::ALL
            .into_iter()
            .filter(|&c| {
                scores[c.index()] >= s.threshold(&self.profiles, c) && s.action(&self.profiles, c) != Action::None
            })
            .collect();
        labels.sort_by(|a, b| scores[b.index()].total_cmp(&scores[a.index()]).then(a.cmp(b)));
        // Style cues alone earn a "check before you share" label, never more.
        let style_only =
            !evidence.iter().any(|e| e.category == Category::Misinformation && e.kind != EvidenceKind::Style);
        let action_for = |c: Category| {
            let a = s.action(&self.profiles, c);
            if c == Category::Misinformation && style_only {
                a.min(Action::Label)
            } else {
                a
            }
        };
        let mut action = labels.iter().map(|&c| action_for(c)).max().unwrap_or(Action::None);
        let own_word = evidence.iter().any(|e| e.kind == EvidenceKind::User);
        if own_word {
            action = Action::Hide;
        }
        if s.trusts(post.author.as_deref()) {
            action = Action::None;
        }
        let top = labels.first().map(|c| scores[c.index()]).unwrap_or(0.0);
        let severity = if labels.is_empty() {
            Severity::None
        } else if labels.iter().any(|c| severe[c.index()]) || top >= 0.85 {
            Severity::High
        } else if top >= 0.6 {
            Severity::Medium
        } else {
            Severity::Low
        };
        // Evidence for the labels first; within it, what a rule can name before what the model saw.
        let from_model = |e: &Evidence| e.kind == EvidenceKind::Model;
        evidence.sort_by(|a, b| {
            labels
                .contains(&b.category)
                .cmp(&labels.contains(&a.category))
                .then(from_model(a).cmp(&from_model(b)))
                .then(b.weight.total_cmp(&a.weight))
                .then(a.start.cmp(&b.start))
        });
        evidence.truncate(MAX_EVIDENCE);
        fill_utf16(&post.text, &mut evidence);
        Verdict {
            id: post.id.clone(),
            flagged: !labels.is_empty() || own_word,
            score: scores.iter().copied().fold(0.0, f64::max),
            labels,
            categories: Category::ALL.iter().map(|&c| (c, scores[c.index()])).collect(),
            severity,
            action,
            evidence,
        }
    }
}

/// The user's own words as a lexicon: a `*` at an end lets the word go on, a `*` inside stands for
/// any letters.
fn compile_own_words(words: &[String], normalizer: &Normalizer) -> Result<RuleSet> {
    if words.is_empty() {
        return Ok(RuleSet::default());
    }
    let mut text = String::from("@format 1\n@lang any\n@source the user's settings\n@licence the user's\n");
    for w in words {
        let w = w.trim();
        let inner = w.trim_matches('*');
        let term = if inner.contains('*') {
            // "f*ck": the pieces, normalised like post text, with any letters between them.
            let pieces: Vec<String> =
                inner.split('*').map(|p| regex::escape(normalizer.normalize(p).base.text.trim())).collect();
            let edge =
                |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !crate::normalize::is_unspaced_script(c));
            let (first, last) = (inner.chars().next(), inner.chars().next_back());
            format!(
                "re:{}{}{}",
                if edge(first) && !w.starts_with('*') { "\\b" } else { "" },
                pieces.join("\\w*"),
                if edge(last) && !w.ends_with('*') { "\\b" } else { "" }
            )
        } else {
            w.to_string()
        };
        text.push_str(&format!("{term} | harassment | 1 | user_word |\n"));
    }
    let lexicon = lexicon::parse("own words", &text).map_err(|e| Error::new(format!("settings: {}", e.message())))?;
    RuleSet::build(&[lexicon], normalizer).map_err(|e| Error::new(format!("settings: {}", e.message())))
}

/// Inflates a blob that build.rs deflated.
fn inflate(bytes: &[u8], what: &str) -> Result<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec(bytes).map_err(|e| crate::Error::new(format!("{what}: damaged ({e:?})")))
}

/// Evidence gathered while scoring one post.
#[derive(Default)]
struct Tally {
    /// Strongest weight per (category, explanation key): repeating a word does not add up.
    by_key: BTreeMap<(Category, String), f64>,
    evidence: Vec<Evidence>,
    severe: [bool; 8],
    /// The model's calibrated probability per category (0 where it has no head).
    model: [f64; 8],
}

/// What is left of the model's harassment (hate) probability in a post with no person (group) in it.
const MODEL_UNAIMED: f64 = 0.6;
/// What is left of the model's probability next to counter-speech or a warning.
const MODEL_COUNTERED: f64 = 0.6;

/// Model probabilities under this are not shown as evidence.
const MODEL_EVIDENCE_FLOOR: f64 = 0.35;

/// How much of the model's probability counts: it was calibrated on training corpora, which differ
/// from a feed, and it cannot say why.
const MODEL_TRUST: f64 = 0.9;

/// One category's score from its rule score and the model's probability: either can carry it, and
/// agreement raises it (noisy-OR).
fn combine(rules: f64, model: f64) -> f64 {
    1.0 - (1.0 - rules) * (1.0 - MODEL_TRUST * model)
}

impl Tally {
    /// A rule hit: the matched words are the explanation's `term`.
    #[allow(clippy::too_many_arguments)]
    fn add(
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
    fn add_item(&mut self, item: Item<'_>, explanations: &Explanations) {
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
struct Item<'a> {
    category: Category,
    key: &'a str,
    weight: f64,
    severe: bool,
    kind: EvidenceKind,
    span: (usize, usize),
    params: BTreeMap<String, String>,
    claim_id: Option<String>,
    url: Option<String>,
}

/// Negation turns insults, slurs, threats and explicit talk around; scam and grooming moves are
/// harmful even when phrased with a "don't".
fn negation_applies(category: Category) -> bool {
    !matches!(category, Category::Scam | Category::Grooming)
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
