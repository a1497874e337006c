//! Lexicons compiled into matchers: Aho-Corasick for terms, literal-triggered regexes for patterns.
//!
//! Built once; [`RuleSet::find`] then reports every hit in a normalised post as a span of the
//! original text, with word edges checked the way each script needs. Patterns are chains
//! ([`crate::chains`], compiled by `build.rs` for bundled lexicons) whose anchors join the term
//! automaton: one automaton pass per post finds terms and the places where a pattern may match,
//! and nothing is compiled while a feed scrolls. The few patterns of another shape stay regexes,
//! run when literals they need occur and compiled the first time that happens.

use crate::automata::{LoadedAutomaton, Slot};
use crate::category::Category;
use crate::chains::{self, Chain};
use crate::error::{Error, Result};
use crate::fasthash::{hash_str, FastSet};
use crate::fuzzy::Speller;
use crate::lexicon::{Class, Context, Entry, GroupKind, Lexicon, Term};
use crate::normalize::{
    is_edge, is_unspaced_script, is_vietnamese_letter, is_word_char, unspaced_script, Normalized, Normalizer,
    UnspacedScript, View,
};
use crate::syllables::Syllables;
#[cfg(not(target_arch = "wasm32"))]
use crate::triggers;
use crate::variants::{Reading, Variants};
#[cfg(not(target_arch = "wasm32"))]
use aho_corasick::{AhoCorasick, MatchKind};
use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder};
#[cfg(not(target_arch = "wasm32"))]
use regex::Regex;
use std::collections::HashMap;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::OnceLock;

/// An entry as the matcher keeps it.
#[derive(Debug, Clone)]
pub struct Rule {
    pub entry: Entry,
    /// The lexicon's language, one of [`crate::lexicon::LANGS`].
    pub lang: &'static str,
    /// The lexicon's file name, shared by its rules.
    pub file: std::sync::Arc<str>,
    pub is_regex: bool,
}

/// A literal pattern in an automaton.
#[derive(Debug, Clone, Copy)]
struct Literal {
    rule: u32,
    open_start: bool,
    open_end: bool,
    first: char,
    last: char,
}

/// What the automaton found: a term, or the anchor of some chains.
#[derive(Debug, Clone, Copy)]
enum Target {
    Term(Literal),
    /// The chains `anchored[from..from + len]` of the view's matcher.
    Anchor {
        from: u32,
        len: u32,
    },
}

/// What a bundled pattern was compiled into by `build.rs`.
#[derive(Debug, Clone)]
pub enum Precompiled {
    Chain(Chain),
    /// The pattern stays a regex, run when these trigger groups occur (none: on every post).
    Triggers(Vec<Vec<Vec<u8>>>),
}

/// A pattern, compiled on first use (native builds; the WebAssembly engine has none).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
#[derive(Debug, Clone)]
struct Pattern {
    rule: u32,
    source: String,
    /// Latin-script lexicons run on the diacritic-free view: ASCII `\w` and `\b` are enough there
    /// and make a pattern's automata several times smaller than Unicode ones.
    ascii_classes: bool,
    #[cfg(not(target_arch = "wasm32"))]
    compiled: OnceLock<Option<Regex>>,
}

/// A pattern that did not come compiled: a chain when it has that shape, else a regex with its
/// triggers (native builds only: the WebAssembly engine carries no regex engine).
fn compile_pattern(pattern: &str, ascii_classes: bool) -> std::result::Result<Precompiled, String> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        if let Some(chain) = chains::compile(pattern, ascii_classes) {
            return Ok(Precompiled::Chain(chain));
        }
        let hir = triggers::parse(pattern).map_err(|e| format!("invalid regex: {e}"))?;
        Ok(Precompiled::Triggers(triggers::required_literal_groups(&hir)))
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (pattern, ascii_classes);
        Err("patterns must be compiled ahead of time in this build".to_string())
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Pattern {
    fn regex(&self) -> Option<&Regex> {
        // Hundreds of patterns each keep a lazy-DFA cache: a small one per pattern keeps the engine's
        // memory flat as more of them get used (posts are short).
        self.compiled
            .get_or_init(|| {
                let build = |unicode: bool| regex::RegexBuilder::new(&self.source).unicode(unicode).build().ok();
                // A pattern that needs Unicode (`.` over any character) falls back to it.
                if self.ascii_classes {
                    build(false).or_else(|| build(true))
                } else {
                    build(true)
                }
            })
            .as_ref()
    }
}

/// Matchers for one view.
#[derive(Debug, Clone, Default)]
struct ViewMatcher {
    /// One term automaton per script its patterns need, with the index in `targets` of its first
    /// pattern (an automaton's patterns are consecutive there).
    automata: Vec<(Script, Part, TermAutomaton, u32)>,
    targets: Vec<Target>,
    /// The chains of each anchor, one run per anchor (`Target::Anchor`).
    anchored: Vec<u32>,
    /// Patterns matched as chains (rule, chain), found from their anchors' hits.
    /// Each chain with its rule and, for chains tied to the start of the text, how far in their
    /// anchor may stand (`Chain::start_reach`).
    chains: Vec<(u32, Chain, Option<usize>)>,
    /// Patterns that stay regexes.
    patterns: Vec<Pattern>,
    /// Literals that must occur for a pattern to match; `trigger_of[i]` is the pattern of literal `i`
    /// and the group it belongs to: a pattern is due when every one of its groups occurred. Native
    /// builds only, like the regexes they trigger.
    #[cfg(not(target_arch = "wasm32"))]
    triggers: Option<AhoCorasick>,
    trigger_of: Vec<(u32, u8)>,
    /// Trigger groups per pattern.
    groups_of: Vec<u8>,
    /// Patterns without a usable literal: they run on every post.
    always: Vec<u32>,
}

/// A rule that fired, with its span in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub rule: u32,
    pub start: usize,
    pub end: usize,
}

/// Compiled lexicons.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    base: ViewMatcher,
    marks: ViewMatcher,
    /// Corrects misspelt words of hate and threats (a letter dropped or swapped, a space added or
    /// dropped) into a second view that the base automaton reads again.
    speller: Speller,
    /// Misspelt terms of the scripts the speller does not read (Thai, Burmese, Vietnamese…).
    variants: Variants,
    /// Vietnamese syllables, to cut words written without their spaces.
    syllables: Syllables,
    /// Term automata loaded compiled, and built here.
    pub automata_loaded: u8,
    pub automata_built: u8,
}

/// The term automata are double arrays (`daachorse`): 12 bytes a state, searched without a
/// table per state. Without the 2-gram prefilter: on feed posts it skipped nothing (0.636M vs
/// 0.634M instructions a post, callgrind) and cost 64 KiB an automaton.
const PREFILTER: bool = false;

/// A term automaton, whose match values are its patterns' places among its patterns, and the
/// fingerprint of those patterns (`automata::fingerprint`), which a compiled copy must carry.
#[derive(Clone)]
struct TermAutomaton {
    automaton: DoubleArrayAhoCorasick<u32>,
    fingerprint: u64,
}

impl std::fmt::Debug for TermAutomaton {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TermAutomaton({} states)", self.automaton.num_states())
    }
}

/// The script a pattern needs: a pattern with a Thai letter cannot match a post without one. Each
/// view has an automaton per script, searched only in posts that hold a letter of it; they are
/// built one after another, so building needs the memory of the largest (the others are a third).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Script {
    Any = 0,
    Thai = 1,
    Burmese = 2,
    LaoKhmer = 3,
}

impl Script {
    fn of_char(c: char) -> Option<Script> {
        match unspaced_script(c)? {
            UnspacedScript::Thai => Some(Script::Thai),
            UnspacedScript::Burmese => Some(Script::Burmese),
            UnspacedScript::Lao | UnspacedScript::Khmer => Some(Script::LaoKhmer),
            UnspacedScript::Cjk => None,
        }
    }

    fn of_pattern(pattern: &str) -> Script {
        pattern.chars().find_map(Script::of_char).unwrap_or(Script::Any)
    }

    /// The scripts of a text as a bit set (bit 0, `Any`, always set).
    fn present_in(text: &str) -> u8 {
        let mut set = 1u8;
        for c in text.chars().filter(|c| !c.is_ascii()) {
            if let Some(s) = Script::of_char(c) {
                set |= 1 << s as u8;
            }
        }
        set
    }
}

/// Patterns one automaton may hold before a script's scam parts and predicates get automata of
/// their own: building an automaton needs about four times the memory it keeps, and the 42,000
/// patterns of Latin script took the engine's peak from 22 to 30 MB.
const SPLIT_ABOVE: usize = 20_000;

/// The patterns of a view's automata, in one string: as a list of strings they were 58,000
/// allocations alive while the automata were built.
#[derive(Default)]
struct PatternList {
    text: String,
    ends: Vec<u32>,
}

impl PatternList {
    fn push(&mut self, pattern: &str) {
        self.text.push_str(pattern);
        self.ends.push(self.text.len() as u32);
    }

    /// Room for `count` more patterns of `bytes` in all, exactly: doubled at this size, the list
    /// left a hole the size of itself in a WebAssembly heap.
    fn reserve_exact(&mut self, bytes: usize, count: usize) {
        self.text.reserve_exact(bytes);
        self.ends.reserve_exact(count);
    }

    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }
}

/// A chain's match in a view: (chain, start, end).
type ChainMatch = (u32, usize, usize);

/// Which of a script's automata a pattern is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Main,
    /// Scam parts: their own automaton (a second pass over every post).
    Scam,
    /// Predicates ("… are vermin"): they count only when said of someone, so this automaton runs
    /// only on posts where something names a group or a person.
    Predicates,
}

/// Vietnamese is matched with its diacritics; every other language without.
fn uses_marks(lang: &str) -> bool {
    lang == "vi"
}

impl RuleSet {
    /// Compiles lexicons; an invalid regex is an error naming its file and line.
    pub fn build(lexicons: &[Lexicon], normalizer: &Normalizer) -> Result<RuleSet> {
        RuleSet::build_with(lexicons.to_vec(), normalizer, &mut |_, _| None)
    }

    /// Like [`RuleSet::build`], taking what `build.rs` compiled from `precomputed(lexicon index,
    /// line)` where it knows the pattern; others are compiled here. The lexicons' entries move into
    /// the rules (a copy of every bundled entry was 4 MB of the engine's peak memory).
    pub fn build_with(
        lexicons: Vec<Lexicon>,
        normalizer: &Normalizer,
        precomputed: &mut dyn FnMut(usize, usize) -> Option<Precompiled>,
    ) -> Result<RuleSet> {
        RuleSet::build_observed(lexicons, normalizer, precomputed, &mut Vec::new(), &mut |_| {})
    }

    /// Like [`RuleSet::build_with`], taking from `compiled` the term automata that fit these
    /// patterns (building the others) and calling `observe(part)` as each part is done (memory bench).
    pub fn build_observed(
        lexicons: Vec<Lexicon>,
        normalizer: &Normalizer,
        precomputed: &mut dyn FnMut(usize, usize) -> Option<Precompiled>,
        compiled: &mut Vec<LoadedAutomaton>,
        observe: &mut dyn FnMut(&'static str),
    ) -> Result<RuleSet> {
        let mut set = RuleSet::default();
        let mut base_patterns = PatternList::default();
        let mut marks_patterns = PatternList::default();
        let mut base_triggers: Vec<Vec<u8>> = Vec::new();
        let mut marks_triggers: Vec<Vec<u8>> = Vec::new();
        // Anchor literal → chains, per view.
        let mut base_anchors: HashMap<String, Vec<u32>> = HashMap::new();
        let mut marks_anchors: HashMap<String, Vec<u32>> = HashMap::new();
        set.rules.reserve_exact(lexicons.iter().map(|l| l.entries.len()).sum());
        // Terms whose misspellings are looked up (`variants.rs`), and every term as written.
        let mut variant_terms: Vec<(u32, String, Reading)> = Vec::new();
        let mut exact_terms: FastSet<u64> = FastSet::default();
        let mut vietnamese_syllables: FastSet<u64> = FastSet::default();
        for (lex_index, lex) in lexicons.into_iter().enumerate() {
            let marks = uses_marks(&lex.lang);
            let lang: &'static str = crate::lexicon::LANGS.iter().find(|l| **l == lex.lang).copied().unwrap_or("any");
            let file: std::sync::Arc<str> = lex.file.as_str().into();
            for entry in lex.entries {
                let id = set.rules.len() as u32;
                set.rules.push(Rule {
                    is_regex: matches!(entry.term, Term::Regex(_)),
                    entry,
                    lang,
                    file: file.clone(),
                });
                let entry = &set.rules[id as usize].entry;
                match &entry.term {
                    Term::Regex(raw) => {
                        let ascii_classes = chains::ascii_classes(&lex.lang);
                        // Most patterns arrive compiled into chains; only the others need their
                        // source normalised (a tenth of the engine's build time when done for all).
                        let mut pattern = None;
                        let compiled = match precomputed(lex_index, entry.line) {
                            Some(known) => known,
                            None => compile_pattern(pattern.insert(chains::normalize_pattern(raw)), ascii_classes)
                                .map_err(|e| Error::at(&lex.file, entry.line, e))?,
                        };
                        let required = match compiled {
                            Precompiled::Chain(chain) => {
                                let (anchors, matcher) = if marks {
                                    (&mut marks_anchors, &mut set.marks)
                                } else {
                                    (&mut base_anchors, &mut set.base)
                                };
                                let index = matcher.chains.len() as u32;
                                let reach = chain.start_reach();
                                let mut chain = chain;
                                for word in chain.take_anchor_words() {
                                    anchors.entry(word).or_default().push(index);
                                }
                                matcher.chains.push((id, chain, reach));
                                continue;
                            }
                            Precompiled::Triggers(required) => required,
                        };
                        let (trigger_list, matcher) = if marks {
                            (&mut marks_triggers, &mut set.marks)
                        } else {
                            (&mut base_triggers, &mut set.base)
                        };
                        let index = matcher.patterns.len() as u32;
                        matcher.patterns.push(Pattern {
                            rule: id,
                            source: pattern.unwrap_or_else(|| chains::normalize_pattern(raw)),
                            ascii_classes,
                            #[cfg(not(target_arch = "wasm32"))]
                            compiled: OnceLock::new(),
                        });
                        // At most 8 groups (there are two: start and end).
                        let groups = required.len().min(8);
                        matcher.groups_of.push(groups as u8);
                        if groups == 0 {
                            matcher.always.push(index);
                        }
                        for (g, lits) in required.into_iter().take(groups).enumerate() {
                            for lit in lits {
                                trigger_list.push(lit);
                                matcher.trigger_of.push((index, g as u8));
                            }
                        }
                    }
                    Term::Literal { text, open_start, open_end } => {
                        let normalized = normalizer.normalize(text);
                        let view = if marks { normalized.marks.text } else { normalized.base.text };
                        let view = view.trim().to_string();
                        if view.is_empty() {
                            return Err(Error::at(&lex.file, entry.line, "term is empty after normalisation"));
                        }
                        exact_terms.insert(hash_str(&view));
                        if marks {
                            vietnamese_syllables.extend(view.split(' ').map(hash_str));
                        }
                        let reading = if marks {
                            Some(Reading::Vietnamese)
                        } else {
                            view.chars().any(is_unspaced_script).then_some(Reading::Unspaced)
                        };
                        if let Some(reading) = reading.filter(|_| has_variants(&entry.class)) {
                            variant_terms.push((id, view.clone(), reading));
                        }
                        let mut variants = vec![view.clone()];
                        // "kill yourself" also finds "killyourself", "#killyourself" and "k i l l y o u r s e l f".
                        if view.contains(' ') {
                            variants.push(view.replace(' ', ""));
                        }
                        let (patterns, matcher) = if marks {
                            (&mut marks_patterns, &mut set.marks)
                        } else {
                            (&mut base_patterns, &mut set.base)
                        };
                        for v in variants {
                            let (Some(first), Some(last)) = (v.chars().next(), v.chars().next_back()) else {
                                continue;
                            };
                            matcher.targets.push(Target::Term(Literal {
                                rule: id,
                                open_start: *open_start,
                                open_end: *open_end,
                                first,
                                last,
                            }));
                            patterns.push(&v);
                        }
                    }
                }
            }
        }
        observe("rules: entries");
        // The Vietnamese view's automata first: the memory their build frees is then reused by the
        // larger build of the base view's (peak 27.6 -> 25.9 MiB in `tests/node/bench.mjs`).
        for (matcher_is_marks, mut patterns, triggers, anchors) in
            [(true, marks_patterns, marks_triggers, marks_anchors), (false, base_patterns, base_triggers, base_anchors)]
        {
            let matcher = if matcher_is_marks { &mut set.marks } else { &mut set.base };
            let mut anchors: Vec<(String, Vec<u32>)> = anchors.into_iter().collect();
            anchors.sort();
            patterns.reserve_exact(anchors.iter().map(|(w, _)| w.len()).sum(), anchors.len());
            let mut targets = std::mem::take(&mut matcher.targets);
            matcher.anchored = Vec::with_capacity(anchors.iter().map(|(_, c)| c.len()).sum());
            for (word, chains) in anchors {
                patterns.push(&word);
                targets.push(Target::Anchor { from: matcher.anchored.len() as u32, len: chains.len() as u32 });
                matcher.anchored.extend(chains);
            }
            // Grouped by script, in order within a script.
            let rules = &set.rules;
            let all_of = |t: &Target, class: fn(&Class) -> bool| match *t {
                Target::Term(lit) => class(&rules[lit.rule as usize].entry.class),
                Target::Anchor { from, len } => matcher.anchored[from as usize..(from + len) as usize]
                    .iter()
                    .all(|&c| class(&rules[matcher.chains[c as usize].0 as usize].entry.class)),
            };
            let part_of = |t: &Target| {
                if all_of(t, |c| matches!(c, Class::Scam(_) | Class::ScamAware)) {
                    Part::Scam
                } else if all_of(t, |c| matches!(c, Class::Predicate(_))) {
                    Part::Predicates
                } else {
                    Part::Main
                }
            };
            let mut keys: Vec<(Script, Part)> =
                (0..targets.len()).map(|i| (Script::of_pattern(patterns.get(i)), Part::Main)).collect();
            // A script with very many patterns gets more automata.
            for script in [Script::Any, Script::Thai, Script::Burmese, Script::LaoKhmer] {
                if keys.iter().filter(|k| k.0 == script).count() > SPLIT_ABOVE {
                    for (k, t) in keys.iter_mut().zip(&targets).filter(|(k, _)| k.0 == script) {
                        k.1 = part_of(t);
                    }
                }
            }
            // Grouped by script and part, in order within a group.
            matcher.targets.reserve_exact(targets.len());
            let mut order: Vec<u32> = (0..targets.len() as u32).collect();
            order.sort_by_key(|&i| keys[i as usize]);
            for run in order.chunk_by(|&a, &b| keys[a as usize] == keys[b as usize]) {
                let key = keys[run[0] as usize];
                let first = matcher.targets.len() as u32;
                matcher.targets.extend(run.iter().map(|&i| targets[i as usize]));
                let fingerprint = crate::automata::fingerprint(run.iter().map(|&i| patterns.get(i as usize)));
                let slot = Slot { view: u8::from(matcher_is_marks), script: key.0 as u8, part: key.1 as u8 };
                let loaded = compiled
                    .iter()
                    .position(|l| l.slot == slot && l.fingerprint == fingerprint)
                    .map(|i| compiled.swap_remove(i).automaton);
                let automaton = match loaded {
                    Some(automaton) => {
                        set.automata_loaded += 1;
                        automaton
                    }
                    None => {
                        set.automata_built += 1;
                        DoubleArrayAhoCorasickBuilder::new()
                            .use_prefilter(PREFILTER)
                            .build(run.iter().map(|&i| patterns.get(i as usize)))
                            .map_err(|e| Error::new(format!("cannot build the term automaton: {e}")))?
                    }
                };
                matcher.automata.push((key.0, key.1, TermAutomaton { automaton, fingerprint }, first));
                observe(match key {
                    (Script::Any, Part::Main) => "automaton any/main",
                    (Script::Any, Part::Scam) => "automaton any/scam",
                    (Script::Any, Part::Predicates) => "automaton any/pred",
                    (Script::Thai, _) => "automaton thai",
                    (Script::Burmese, _) => "automaton burmese",
                    _ => "automaton other",
                });
            }
            drop(patterns);
            observe(if matcher_is_marks { "rules: automata, Vietnamese view" } else { "rules: automata" });
            #[cfg(target_arch = "wasm32")]
            drop(triggers);
            #[cfg(not(target_arch = "wasm32"))]
            if !triggers.is_empty() {
                matcher.triggers = Some(
                    AhoCorasick::builder()
                        .match_kind(MatchKind::Standard)
                        .build(&triggers)
                        .map_err(|e| Error::new(format!("cannot build the pattern triggers: {e}")))?,
                );
            }
        }
        set.speller = Speller::build(&set.rules);
        observe("rules: speller");
        set.variants = Variants::build(&variant_terms, &exact_terms, &vietnamese_syllables);
        drop((variant_terms, exact_terms));
        set.syllables = Syllables::new(vietnamese_syllables);
        observe("rules: spelling variants");
        Ok(set)
    }

    /// Every hit in `text`, keeping only rules whose language `keep` accepts.
    pub fn find(&self, text: &Normalized, keep: &dyn Fn(&str) -> bool) -> Vec<Hit> {
        self.find_aimed(text, keep, true)
    }

    /// Like [`RuleSet::find`]; `mentioned` says whether the post `@mentions` someone. Predicates
    /// count only when said of someone, so their automata run only on posts where something names
    /// a person or a group: a mention, or a hit of a group or target word.
    pub fn find_aimed(&self, text: &Normalized, keep: &dyn Fn(&str) -> bool, mentioned: bool) -> Vec<Hit> {
        let mut hits = Vec::new();
        let scripts = Script::present_in(&text.base.text);
        let corrected =
            if self.speller.is_empty() { None } else { self.speller.corrected(&text.base, &text.case_breaks) };
        // Views read again for words written apart or together, with the source spans where they
        // differ from the view they were made of: Thai and Burmese put no space between words, so
        // a space between two of their letters may split a word ("เกลียด ชัง"); Vietnamese puts one
        // after every syllable, so syllables written together are a phrase with its spaces dropped
        // ("diệttậngốc").
        // The flag says whether whom a word is said to counts where it was rewritten: in a
        // hashtag's words yes ("#SheIsALiar"), in letters joined or cut by their shape no.
        let mut rereads: Vec<(&ViewMatcher, View, Vec<(usize, usize)>, bool)> = Vec::new();
        if scripts & !1 != 0 {
            if let Some((view, gaps)) = text.base.joined_unspaced() {
                rereads.push((&self.base, view, gaps.into_iter().map(|g| (g, g + 1)).collect(), false));
            }
        }
        if !text.case_breaks.is_empty() || text.base.text.contains('\'') {
            if let Some((view, spans)) = self.speller.separated(&text.base, &text.case_breaks) {
                rereads.push((&self.base, view, spans, true));
            }
        }
        if text.marks.text.chars().any(is_vietnamese_letter) {
            if let Some((view, spans)) = self.syllables.split_glued(&text.marks) {
                rereads.push((&self.marks, view, spans, false));
            }
        }
        // Each view with the chain matches found in it so far.
        let mut views: Vec<(&ViewMatcher, &View, Vec<ChainMatch>)> =
            vec![(&self.base, &text.base, Vec::new()), (&self.marks, &text.marks, Vec::new())];
        if let Some(corrected) = &corrected {
            views.push((&self.base, corrected, Vec::new()));
        }
        let first_reread = views.len();
        views.extend(rereads.iter().map(|(m, view, _, _)| (*m, view, Vec::new())));
        let mut reread_hits: Vec<Vec<Hit>> = vec![Vec::new(); rereads.len()];
        for (i, (m, view, chained)) in views.iter_mut().enumerate() {
            // The corrected views differ in words of hate, harassment and groups only: scam parts
            // were all found in the base view.
            let corrected = i >= 2;
            let before = hits.len();
            self.search(
                m,
                view,
                scripts,
                &|p| p == Part::Main || (p == Part::Scam && !corrected),
                keep,
                &mut hits,
                chained,
            );
            self.run_patterns(m, view, keep, &mut hits);
            if let Some(r) = i.checked_sub(first_reread) {
                reread_hits[r].extend(hits.drain(before..));
            }
        }
        let rewritten = |reread_hits: &mut Vec<Vec<Hit>>| {
            for (found, (_, _, spans, aims)) in reread_hits.iter_mut().zip(&rereads) {
                found.retain(|h| self.reads_rewritten(h, spans, *aims));
            }
        };
        rewritten(&mut reread_hits);
        // Misspelt terms of Thai, Burmese, Lao, Khmer and Vietnamese, found window by window.
        let mut misspelt: Vec<Hit> = Vec::new();
        let mut add = |view: &View, rule: u32, s: usize, e: usize| {
            if keep(self.rules[rule as usize].lang) {
                let (start, end) = view.source_span(s, e);
                misspelt.push(Hit { rule, start, end });
            }
        };
        if scripts & !1 != 0 {
            self.variants.unspaced.find(&text.base.text, Reading::Unspaced, &mut |r, s, e| add(&text.base, r, s, e));
        }
        if text.marks.text.chars().any(is_vietnamese_letter) {
            self.variants
                .vietnamese
                .find(&text.marks.text, Reading::Vietnamese, &mut |r, s, e| add(&text.marks, r, s, e));
        }
        let aimed = mentioned
            || hits.iter().chain(&misspelt).chain(reread_hits.iter().flatten()).any(|h| self.names_someone(h.rule))
            || views
                .iter()
                .any(|(m, _, chained)| chained.iter().any(|&(c, _, _)| self.names_someone(m.chains[c as usize].0)));
        let mut late: Vec<Vec<Hit>> = vec![Vec::new(); rereads.len()];
        for (i, (m, view, chained)) in views.iter_mut().enumerate() {
            let before = hits.len();
            if aimed {
                self.search(m, view, scripts, &|p| p == Part::Predicates, keep, &mut hits, chained);
            }
            self.finish_chains(m, view, std::mem::take(chained), &mut hits);
            if let Some(r) = i.checked_sub(first_reread) {
                late[r].extend(hits.drain(before..));
            }
        }
        rewritten(&mut late);
        hits.extend(reread_hits.into_iter().flatten());
        hits.extend(late.into_iter().flatten());
        hits.extend(
            misspelt
                .into_iter()
                .filter(|h| aimed || !matches!(self.rules[h.rule as usize].entry.class, Class::Predicate(_))),
        );
        hits.sort_by_key(|h| (h.start, h.end, h.rule));
        hits.dedup();
        hits
    }

    /// True when a hit of a view read again overlaps what was rewritten in it (`spans`, source
    /// byte ranges, sorted) and is a word worth reading so: a group, a predicate, hate or
    /// harassment, and whom it is said to when `aims`. Its other hits were found in the view it
    /// was made of already, and cues of context are read as written ("ငါးမ မုန်း" joined holds "မမုန်း", "do not hate").
    fn reads_rewritten(&self, hit: &Hit, spans: &[(usize, usize)], aims: bool) -> bool {
        let i = spans.partition_point(|&(_, e)| e <= hit.start);
        let overlaps = spans.get(i).is_some_and(|&(s, _)| s < hit.end);
        let rule = &self.rules[hit.rule as usize];
        overlaps && (crate::fuzzy::eligible(rule) || (aims && rule.entry.class == Class::Context(Context::Target)))
    }

    /// True when a rule's hit names a group or a person (what a predicate is said of); a slur
    /// names its group.
    fn names_someone(&self, rule: u32) -> bool {
        let entry = &self.rules[rule as usize].entry;
        entry.slur
            || matches!(entry.class, Class::Group(_) | Class::Context(Context::Group) | Class::Context(Context::Target))
    }

    /// Term hits of the automata whose part `parts` accepts; chain matches go to `chained`.
    #[allow(clippy::too_many_arguments)]
    fn search(
        &self,
        m: &ViewMatcher,
        view: &View,
        scripts: u8,
        parts: &dyn Fn(Part) -> bool,
        keep: &dyn Fn(&str) -> bool,
        hits: &mut Vec<Hit>,
        chained: &mut Vec<ChainMatch>,
    ) {
        let text = view.text.as_str();
        for (script, part, ac, first) in &m.automata {
            if scripts & (1 << *script as u8) == 0 || !parts(*part) {
                continue;
            }
            for mat in ac.automaton.find_overlapping_iter(text) {
                let lit = match m.targets[*first as usize + mat.value() as usize] {
                    Target::Term(lit) => lit,
                    Target::Anchor { from, len } => {
                        for &c in &m.anchored[from as usize..(from + len) as usize] {
                            let (rule, chain, reach) = &m.chains[c as usize];
                            if reach.is_some_and(|r| mat.start() > r) || !keep(self.rules[*rule as usize].lang) {
                                continue;
                            }
                            if let Some((s, e)) = chain.match_at(text, mat.start(), mat.end()) {
                                chained.push((c, s, e));
                            }
                        }
                        continue;
                    }
                };
                if !keep(self.rules[lit.rule as usize].lang) {
                    continue;
                }
                let (mut s, mut e) = (mat.start(), mat.end());
                if lit.open_start {
                    s = extend_word_back(text, s, lit.first);
                } else if !is_edge(text, s, lit.first, true) {
                    continue;
                }
                if lit.open_end {
                    e = extend_word_forward(text, e, lit.last);
                } else if !is_edge(text, e, lit.last, false) {
                    continue;
                }
                // "rất" is not "rat": a word that lost its marks is not a word of a language
                // written without them (Vietnamese words have their own lexicon, matched with marks).
                if view.has_folded(s, e) && !self.rules[lit.rule as usize].accepts_folded() {
                    continue;
                }
                let (start, end) = view.source_span(s, e);
                hits.push(Hit { rule: lit.rule, start, end });
            }
        }
    }

    /// Chain matches of a view into hits: like a regex's, leftmost first and none overlapping the
    /// one before.
    fn finish_chains(&self, m: &ViewMatcher, view: &View, mut chained: Vec<ChainMatch>, hits: &mut Vec<Hit>) {
        chained.sort_unstable_by_key(|&(c, s, e)| (c, s, std::cmp::Reverse(e)));
        chained.dedup();
        let mut last: Option<(u32, usize)> = None;
        for (c, s, e) in chained {
            if last.is_some_and(|(lc, le)| lc == c && s < le) {
                continue;
            }
            last = Some((c, e));
            let rule = m.chains[c as usize].0;
            if view.has_folded(s, e) && !self.rules[rule as usize].accepts_folded() {
                continue;
            }
            let (start, end) = view.source_span(s, e);
            hits.push(Hit { rule, start, end });
        }
    }

    /// The patterns left as regexes (native builds only) that are due in this view.
    /// (The WebAssembly engine has none: every bundled pattern is a chain.)
    #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
    fn run_patterns(&self, m: &ViewMatcher, view: &View, keep: &dyn Fn(&str) -> bool, hits: &mut Vec<Hit>) {
        // The WebAssembly engine carries no regex engine: every bundled pattern is a chain.
        #[cfg(target_arch = "wasm32")]
        {
            let _ = (m, view, keep, hits);
        }
        #[cfg(not(target_arch = "wasm32"))]
        self.run_regexes(m, view, keep, hits);
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn run_regexes(&self, m: &ViewMatcher, view: &View, keep: &dyn Fn(&str) -> bool, hits: &mut Vec<Hit>) {
        let text = view.text.as_str();
        let mut due: Vec<u32> = m.always.clone();
        if let Some(triggers) = &m.triggers {
            // Which groups of which patterns occurred; a pattern is due when all of its did.
            let mut seen: Vec<(u32, u8)> =
                triggers.find_overlapping_iter(text).map(|t| m.trigger_of[t.pattern().as_usize()]).collect();
            seen.sort_unstable();
            seen.dedup();
            let mut i = 0;
            while i < seen.len() {
                let pattern = seen[i].0;
                let run = seen[i..].iter().take_while(|(p, _)| *p == pattern).count();
                if run == usize::from(m.groups_of[pattern as usize]) {
                    due.push(pattern);
                }
                i += run;
            }
        }
        due.sort_unstable();
        due.dedup();
        for index in due {
            let pattern = &m.patterns[index as usize];
            if !keep(self.rules[pattern.rule as usize].lang) {
                continue;
            }
            let Some(re) = pattern.regex() else { continue };
            for mat in re.find_iter(text) {
                if mat.start() == mat.end()
                    || (view.has_folded(mat.start(), mat.end()) && !self.rules[pattern.rule as usize].accepts_folded())
                {
                    continue;
                }
                let (start, end) = view.source_span(mat.start(), mat.end());
                hits.push(Hit { rule: pattern.rule, start, end });
            }
        }
    }

    /// Each automaton's script, part, patterns and bytes, and the spelling variants' tables (for the
    /// memory bench).
    pub fn automaton_sizes(&self) -> Vec<String> {
        [("base", &self.base), ("marks", &self.marks)]
            .iter()
            .flat_map(|(view, m)| {
                m.automata.iter().map(move |(script, part, ac, _)| {
                    format!(
                        "{view} {script:?}/{part:?}: {} patterns, {} bytes",
                        ac.automaton.iter().count(),
                        ac.automaton.heap_bytes()
                    )
                })
            })
            .chain([format!(
                "spelling variants: {} unspaced, {} Vietnamese, {} bytes",
                self.variants.unspaced.len(),
                self.variants.vietnamese.len(),
                (self.variants.unspaced.len() + self.variants.vietnamese.len()) * 12
            )])
            .collect()
    }

    /// The term automata as a compiled-automata file (`automata.rs`), for `waspada build-automata`.
    pub fn compiled_automata(&self) -> Vec<u8> {
        let mut entries = Vec::new();
        for (view, m) in [(0u8, &self.base), (1, &self.marks)] {
            for (script, part, ac, _) in &m.automata {
                let slot = Slot { view, script: *script as u8, part: *part as u8 };
                entries.push((slot, ac.fingerprint, ac.automaton.serialize()));
            }
        }
        crate::automata::write(&entries)
    }

    /// Sizes of the speller's tables (vocabulary, variants, lexicon words), for memory reports.
    pub fn speller_sizes(&self) -> (usize, usize, usize) {
        self.speller.sizes()
    }

    /// What the speller would make of one lower-case word if the list of written words did not know
    /// it (`None`: left alone). For `waspada build-words`, which lists only the words that need it.
    pub fn spelling_change_unlisted(&self, word: &str) -> Option<String> {
        self.speller.change_unlisted(word)
    }

    /// The post's base view with misspelt words corrected, when the speller changed any.
    pub fn corrected(&self, text: &Normalized) -> Option<String> {
        self.speller.corrected(&text.base, &text.case_breaks).map(|v| v.text)
    }

    /// The rule a hit refers to.
    pub fn rule(&self, hit: &Hit) -> &Rule {
        &self.rules[hit.rule as usize]
    }

    /// Number of compiled rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when no rule was compiled.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// Classes whose terms are looked up misspelt too: what hate and threats are written with.
fn has_variants(class: &Class) -> bool {
    matches!(
        class,
        Class::Harm(Category::Hate | Category::Harassment)
            | Class::Predicate(_)
            | Class::Group(GroupKind::Protected | GroupKind::Other)
            | Class::Context(Context::Group)
    )
}

impl Rule {
    /// True when the rule may match letters that lost a diacritic: only rules for every language.
    /// Malay, Indonesian, Filipino and English are written without marks, so a marked word is
    /// someone else's (Vietnamese has its own rules, matched with marks kept).
    pub fn accepts_folded(&self) -> bool {
        self.lang == "any"
    }

    /// True for context and allow entries, which never score by themselves.
    pub fn is_context(&self) -> bool {
        !matches!(self.entry.class, Class::Harm(_))
    }
}

fn extend_word_forward(text: &str, mut at: usize, edge: char) -> usize {
    if is_unspaced_script(edge) {
        return at;
    }
    while let Some(c) = text[at..].chars().next() {
        if !is_word_char(c) || is_unspaced_script(c) {
            break;
        }
        at += c.len_utf8();
    }
    at
}

fn extend_word_back(text: &str, mut at: usize, edge: char) -> usize {
    if is_unspaced_script(edge) {
        return at;
    }
    while let Some(c) = text[..at].chars().next_back() {
        if !is_word_char(c) || is_unspaced_script(c) {
            break;
        }
        at -= c.len_utf8();
    }
    at
}

#[cfg(test)]
mod chain_equivalence {
    //! Every bundled pattern compiled into a chain matches exactly where its regex matches, on
    //! every text the repository's tests hold (suites and case tables).

    use super::*;
    use crate::bundled;
    use crate::lexicon;

    fn texts() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let mut out = Vec::new();
        for dir in ["suites", "cases"] {
            let mut files: Vec<_> =
                std::fs::read_dir(root.join(dir)).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
            files.sort();
            for f in files {
                if f.is_file() {
                    let text = std::fs::read_to_string(&f).unwrap_or_default();
                    // Every third line: the check runs every regex on every text, which is slow.
                    out.extend(text.lines().step_by(3).map(|l| l.replace("\\t", " ")));
                }
            }
        }
        out
    }

    #[test]
    fn chains_match_where_their_regexes_match() {
        let normalizer = Normalizer::new(bundled::CONFUSABLES, bundled::EMOJI).unwrap();
        // The patterns as written: the bundle keeps only the words they spell out.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/lexicons");
        let mut checked = Vec::new();
        for &(file, _, _) in bundled::LEXICON_FILES {
            let lex = lexicon::parse(file, &std::fs::read_to_string(dir.join(file)).unwrap()).unwrap();
            let ascii = chains::ascii_classes(&lex.lang);
            for entry in &lex.entries {
                let Term::Regex(raw) = &entry.term else { continue };
                let source = chains::normalize_pattern(raw);
                let Some(chain) = chains::compile(&source, ascii) else { continue };
                let pattern =
                    Pattern { rule: 0, source: source.clone(), ascii_classes: ascii, compiled: OnceLock::new() };
                let re = pattern.regex().unwrap().clone();
                checked.push((format!("{file}:{}", entry.line), uses_marks(&lex.lang), re, chain));
            }
        }
        assert!(checked.len() > 1000, "only {} chains", checked.len());
        let texts = texts();
        assert!(texts.len() > 5_000);
        let mut disagreements = Vec::new();
        let mut matched = 0;
        for text in &texts {
            let n = normalizer.normalize(text);
            for (name, marks, re, chain) in &checked {
                let view = if *marks { &n.marks.text } else { &n.base.text };
                let by_regex: Vec<(usize, usize)> =
                    re.find_iter(view).map(|m| (m.start(), m.end())).filter(|(s, e)| s < e).collect();
                let mut by_chain: Vec<(usize, usize)> = chain
                    .anchor_words()
                    .flat_map(|w| view.match_indices(w).map(move |(i, _)| (i, i + w.len())))
                    .filter_map(|(s, e)| chain.match_at(view, s, e))
                    .collect();
                by_chain.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
                by_chain.dedup();
                matched += usize::from(!by_chain.is_empty());
                if by_regex.is_empty() != by_chain.is_empty() {
                    disagreements.push(format!("{name}: regex {by_regex:?} chain {by_chain:?} in {view:?}"));
                }
            }
        }
        // The texts exercise the patterns: a chain that never matched would prove nothing.
        assert!(matched > 2_000, "only {matched} matches");
        disagreements.sort();
        disagreements.dedup();
        assert!(
            disagreements.is_empty(),
            "{} disagreements:\n{}",
            disagreements.len(),
            disagreements[..disagreements.len().min(40)].join("\n")
        );
    }
}

#[cfg(test)]
mod script_automata {
    //! Patterns are split into automata by script (and a large script's scam parts into their own):
    //! every hit must still name its own rule, whichever automaton found it.

    use super::*;
    use crate::bundled;
    use crate::lexicon;

    fn lexicon(lang: &str, lines: &str) -> Lexicon {
        let text = format!("@format 1\n@lang {lang}\n@source test\n@licence MIT\n{lines}");
        lexicon::parse(&format!("{lang}.test.lex"), &text).unwrap()
    }

    fn found(set: &RuleSet, normalizer: &Normalizer, text: &str) -> Vec<String> {
        // Each rule named by its term.
        let mut keys: Vec<String> = set
            .find(&normalizer.normalize(text), &|_| true)
            .iter()
            .map(|h| match &set.rule(h).entry.term {
                Term::Literal { text, .. } => text.to_string(),
                Term::Regex(pattern) => pattern.to_string(),
            })
            .collect();
        keys.sort();
        keys
    }

    #[test]
    fn each_script_and_the_split_scam_parts_find_their_own_rules() {
        let normalizer = Normalizer::new(bundled::CONFUSABLES, bundled::EMOJI).unwrap();
        // More patterns than one automaton may hold, so that the scam parts get their own.
        let name =
            |i: usize| -> String { (0..4).map(|k| char::from(b'a' + (i / 26usize.pow(k) % 26) as u8)).collect() };
        let filler: String =
            (0..SPLIT_ABOVE).map(|i| format!("zq{}word | scam:sender | 0.5 | bank |\n", name(i))).collect();
        let set = RuleSet::build(
            &[
                lexicon(
                    "en",
                    "idiot | harassment | 0.5 | insult_at_person |\nre:\\bgo die\\b | harassment | 0.9 | wish_harm |\n\
                     vermin | pred:dehumanise | 0.9 | dehumanising_group |\nmuslims | grp:protected |\n",
                ),
                lexicon("en", &format!("{filler}your parcel | scam:sender | 0.8 | courier |\n")),
                lexicon("th", "ควาย | harassment | 0.8 | insult_at_person |\n"),
                lexicon("my", "ခွေး | harassment | 0.8 | insult_at_person |\n"),
            ],
            &normalizer,
        )
        .unwrap();
        let parts: Vec<(Script, Part)> = set.base.automata.iter().map(|(s, p, _, _)| (*s, *p)).collect();
        assert_eq!(parts.len(), 5, "{parts:?}");
        for (text, want) in [
            ("you idiot, go die", vec![r"\bgo die\b", "idiot"]),
            ("your parcel is held", vec!["your parcel"]),
            ("zqxxxxword zqbbbbword", vec!["zqbbbbword"]),
            ("zqbacaword", vec!["zqbacaword"]),
            ("idiot แกมันควาย ခွေး your parcel", vec!["idiot", "your parcel", "ควาย", "ခွေး"]),
            ("แกมันควาย", vec!["ควาย"]),
            ("a kind word", vec![]),
        ] {
            assert_eq!(found(&set, &normalizer, text), want, "{text}");
        }
        // Predicates are searched where someone is named (a group word here, or a mention the
        // caller found); `find` always searches them.
        let aimed = |text: &str, mentioned: bool| {
            let hits = set.find_aimed(&normalizer.normalize(text), &|_| true, mentioned);
            hits.iter().any(|h| matches!(set.rule(h).entry.class, Class::Predicate(_)))
        };
        assert!(aimed("muslims are vermin", false));
        assert!(!aimed("vermin in the barn", false));
        assert!(aimed("vermin in the barn", true));
        assert_eq!(found(&set, &normalizer, "vermin in the barn"), vec!["vermin"]);
    }
}
