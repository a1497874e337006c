//! Asset loading: the engine built once from the bundled (or given) lexicons, model, tables and packs.

use super::Engine;
use crate::automata::{AutomataSource, CompiledAutomata};
use crate::bundled;
use crate::chains::{Chain, ChainTable};
use crate::claims::index::ClaimIndex;
use crate::claims::{parse_pack, Ratings};
use crate::error::Result;
use crate::lexicon::{self, Explanations, Lexicon};
use crate::links::LinkChecker;
use crate::model::Model;
use crate::normalize::Normalizer;
use crate::profile::{Profiles, Settings};
use crate::rules::{Precompiled, RuleSet};
use std::collections::HashMap;

/// Where the engine's data comes from.
#[derive(Debug, Clone)]
pub struct EngineBuilder {
    lexicons: Vec<(String, String)>,
    bundled_lexicons: bool,
    bundled_claims: bool,
    model: ModelSource,
    settings: Settings,
    /// Term automata compiled ahead (`automata.rs`); without them the engine builds its own.
    automata: Option<std::rc::Rc<CompiledAutomata>>,
}

/// Which model the engine uses.
#[derive(Debug, Clone)]
enum ModelSource {
    Bundled,
    None,
    Bytes(Vec<u8>),
}

impl EngineBuilder {
    /// Every bundled asset, default settings.
    pub(super) fn bundled() -> EngineBuilder {
        EngineBuilder {
            lexicons: Vec::new(),
            bundled_lexicons: true,
            bundled_claims: true,
            model: ModelSource::Bundled,
            settings: Settings::default(),
            automata: None,
        }
    }

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

    /// Loads the term automata from a compiled-automata file (`waspada build-automata`) instead of
    /// building them; a file of another format is an error, an automaton whose patterns changed
    /// since is built as before.
    pub fn automata(mut self, source: Box<dyn AutomataSource>) -> Result<EngineBuilder> {
        self.automata = Some(std::rc::Rc::new(CompiledAutomata::open(source)?));
        Ok(self)
    }

    /// Starts with these settings.
    pub fn settings(mut self, settings: Settings) -> EngineBuilder {
        self.settings = settings;
        self
    }

    /// Compiles everything; any malformed input is an error naming its file and line.
    pub fn build(self) -> Result<Engine> {
        self.build_observed(&mut |_| {})
    }

    /// Like [`EngineBuilder::build`], calling `observe(component)` as each component is done, so
    /// that a bench can measure what each one costs (`examples/memory.rs`).
    pub fn build_observed(self, observe: &mut dyn FnMut(&'static str)) -> Result<Engine> {
        let mut compiled = self.automata.as_deref().map(CompiledAutomata::load_all).unwrap_or_default();
        drop(self.automata);
        let normalizer = Normalizer::new(bundled::CONFUSABLES, bundled::EMOJI)?;
        let explanations = Explanations::parse(bundled::EXPLANATIONS)?;
        let profiles = Profiles::parse(bundled::PROFILES)?;
        let conversation = super::ConversationRules::parse(bundled::CONVERSATION)?;
        observe("normaliser, explanations, profiles");
        let parse = |file: &str, text: &str| -> Result<Lexicon> {
            let lex = lexicon::parse(file, text)?;
            explanations.check(&lex)?;
            Ok(lex)
        };
        let mut lexicons: Vec<Lexicon> = Vec::with_capacity(bundled::LEXICON_FILES.len() + self.lexicons.len());
        if self.bundled_lexicons {
            // Parsed from the inflated text itself, which is dropped before anything is compiled.
            let blob = inflate(bundled::LEXICON_BLOB, "bundled lexicons")?;
            let blob = String::from_utf8(blob).map_err(|_| crate::Error::new("bundled lexicons are not UTF-8"))?;
            for &(file, start, end) in bundled::LEXICON_FILES {
                let text = blob.get(start..end).ok_or_else(|| crate::Error::new("bundled lexicons are damaged"))?;
                lexicons.push(parse(file, text)?);
            }
        }
        let bundled_count = lexicons.len();
        for (file, text) in &self.lexicons {
            lexicons.push(parse(file, text)?);
        }
        observe("lexicons parsed");
        // Bundled patterns come compiled into chains by build.rs; others are compiled here.
        let mut chains: HashMap<(String, usize), Chain> = HashMap::new();
        if bundled_count > 0 {
            let table = String::from_utf8(inflate(bundled::CHAINS, "bundled chains")?)
                .map_err(|_| crate::Error::new("bundled chains are not UTF-8"))?;
            for (file, line, chain) in ChainTable::parse(&table).map_err(crate::Error::new)? {
                chains.insert((file, line), chain);
            }
        }
        let mut precomputed = |lex: usize, line: usize| -> Option<Precompiled> {
            if lex >= bundled_count {
                return None;
            }
            let file = bundled::LEXICON_FILES[lex].0;
            chains.remove(&(file.to_string(), line)).map(Precompiled::Chain)
        };
        observe("chain table");
        let rules = RuleSet::build_observed(lexicons, &normalizer, &mut precomputed, &mut compiled, observe)?;
        drop(compiled);
        let model = match self.model {
            ModelSource::Bundled if bundled::MODEL.is_empty() => None,
            ModelSource::Bundled => Some(Model::from_bytes(&inflate(bundled::MODEL, "bundled model")?)?),
            ModelSource::None => None,
            ModelSource::Bytes(bytes) => Some(Model::from_bytes(&bytes)?),
        };
        observe("model");
        let text = |bytes: &[u8], what: &str| -> Result<String> {
            String::from_utf8(inflate(bytes, what)?).map_err(|_| crate::Error::new(format!("{what}: not UTF-8")))
        };
        let links = LinkChecker::new(
            // Empty in the WebAssembly engine: the extension loads the list as a file.
            &if bundled::SUFFIXES.is_empty() { String::new() } else { text(bundled::SUFFIXES, "public suffix list")? },
            &text(bundled::DOMAINS, "domain table")?,
            &text(bundled::BRANDS, "brand table")?,
        )?;
        let mut links = links;
        links.set_risky_tlds(bundled::RISKY_TLDS);
        let scam_senders = super::scam::host_senders(&rules);
        observe("link tables");
        let ratings = Ratings::parse(bundled::RATINGS)?;
        // Empty in the WebAssembly engine: the extension loads the pack as a file.
        let default_claims = if self.bundled_claims && !bundled::CLAIMS.is_empty() {
            parse_pack("default.jsonl", &text(bundled::CLAIMS, "bundled claim pack")?, &ratings)?
        } else {
            Vec::new()
        };
        let mut engine = Engine {
            links,
            claim_index: ClaimIndex::default(),
            claim_matching: std::sync::Arc::new(crate::claims::index::Matching::bundled()?),
            own_words: RuleSet::default(),
            trusted: Default::default(),
            softened: Default::default(),
            scam_senders,
            model,
            normalizer,
            rules,
            explanations,
            profiles,
            conversation,
            settings: Settings::default(),
            claim_packs: if default_claims.is_empty() {
                Vec::new()
            } else {
                vec![("default".to_string(), default_claims.into_iter().map(std::sync::Arc::new).collect())]
            },
        };
        engine.reindex_claims();
        observe("claim index");
        engine.configure(self.settings)?;
        observe("settings");
        Ok(engine)
    }
}

/// Inflates a blob that build.rs deflated.
fn inflate(bytes: &[u8], what: &str) -> Result<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec(bytes).map_err(|e| crate::Error::new(format!("{what}: damaged ({e:?})")))
}
