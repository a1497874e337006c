//! The one boundary between JavaScript and the engine: every `wasm_bindgen` export lives here.

use crate::claims::{parse_pack, Ratings};
use crate::verdict::{post_from_json, ScanResult};
use crate::{Engine, Settings};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

fn from_js(value: JsValue, what: &str) -> Result<serde_json::Value, String> {
    serde_wasm_bindgen::from_value(value).map_err(|e| format!("{what}: {e}"))
}

/// A file held by JavaScript, copied into linear memory one range at a time.
struct JsBytes(js_sys::Uint8Array);

impl crate::automata::AutomataSource for JsBytes {
    fn len(&self) -> usize {
        self.0.length() as usize
    }
    fn read(&self, start: usize, end: usize) -> Vec<u8> {
        self.0.subarray(start as u32, end as u32).to_vec()
    }
}

/// The detection engine, built once from the bundled assets.
#[wasm_bindgen(js_name = Engine)]
pub struct WasmEngine {
    inner: Engine,
    /// Linear memory after each build step (for the benchmarks' memory report).
    build_memory: Vec<(&'static str, usize, f64)>,
}

#[wasm_bindgen(js_class = Engine)]
impl WasmEngine {
    /// Builds the engine with default settings, loading the term automata from `automata` (the
    /// packaged `automata.bin`) where it holds them; without it they are built here.
    #[wasm_bindgen(constructor)]
    pub fn new(automata: Option<js_sys::Uint8Array>) -> Result<WasmEngine, JsError> {
        let mut build_memory = vec![("start", core::arch::wasm32::memory_size(0) * 65536, js_sys::Date::now())];
        let mut builder = Engine::builder();
        if let Some(bytes) = automata {
            builder = builder.automata(Box::new(JsBytes(bytes))).map_err(|e| JsError::new(e.message()))?;
        }
        let inner = builder
            .build_observed(&mut |step| {
                build_memory.push((step, core::arch::wasm32::memory_size(0) * 65536, js_sys::Date::now()))
            })
            .map_err(|e| JsError::new(e.message()))?;
        Ok(WasmEngine { inner, build_memory })
    }

    /// Term automata loaded compiled and built while starting, as `[loaded, built]`.
    #[wasm_bindgen(js_name = automataCounts)]
    pub fn automata_counts(&self) -> Vec<u32> {
        vec![u32::from(self.inner.rules().automata_loaded), u32::from(self.inner.rules().automata_built)]
    }

    /// Linear memory in bytes and the clock (`Date.now()`) after each step of building the engine,
    /// as `[[step, bytes, ms]]`, the first step being the start.
    #[wasm_bindgen(js_name = buildMemory)]
    pub fn build_memory(&self) -> Result<JsValue, JsError> {
        to_js(&self.build_memory)
    }

    /// Applies settings (`{profile, actions, sensitivity, trusted}`); on error the old ones stay.
    pub fn configure(&mut self, settings: JsValue) -> Result<(), JsError> {
        let value = from_js(settings, "settings").map_err(|e| JsError::new(&e))?;
        let settings: Settings = serde_json::from_value(value).map_err(|e| JsError::new(&format!("settings: {e}")))?;
        self.inner.configure(settings).map_err(|e| JsError::new(e.message()))
    }

    /// Scans an array of posts (`{text, id?, url?, author?, links?, lang?, site?}`). Returns one
    /// verdict per post, in order; a malformed post gets `{id, error}` in its place.
    #[wasm_bindgen(js_name = scanBatch)]
    pub fn scan_batch(&self, posts: JsValue) -> Result<JsValue, JsError> {
        if !js_sys::Array::is_array(&posts) {
            return Err(JsError::new("scanBatch expects an array of posts"));
        }
        let array = js_sys::Array::from(&posts);
        let mut results = Vec::with_capacity(array.length() as usize);
        for (i, item) in array.iter().enumerate() {
            let result = match from_js(item, &format!("posts[{i}]")) {
                Err(error) => ScanResult::Error { id: serde_json::Value::Null, error },
                Ok(value) => match post_from_json(value) {
                    Ok(post) => ScanResult::Verdict(self.inner.scan(&post)),
                    Err((id, error)) => ScanResult::Error { id, error: format!("posts[{i}]: {error}") },
                },
            };
            results.push(result);
        }
        to_js(&results)
    }

    /// Reads the user's own draft (`{text, lang?, site?}`) for the pause before posting: returns
    /// `{pause, confirm, categories, evidence}`.
    #[wasm_bindgen(js_name = checkDraft)]
    pub fn check_draft(&self, draft: JsValue) -> Result<JsValue, JsError> {
        let value = from_js(draft, "draft").map_err(|e| JsError::new(&e))?;
        let post = post_from_json(value).map_err(|(_, e)| JsError::new(&format!("draft: {e}")))?;
        to_js(&self.inner.check_draft(&post))
    }

    /// Reads a conversation (`[{text, outgoing?, lang?}]`, oldest first) for grooming: returns
    /// `{warn, score, severity, action, stages: [{stage, message, weight, evidence}]}`.
    #[wasm_bindgen(js_name = scanConversation)]
    pub fn scan_conversation(&self, messages: JsValue) -> Result<JsValue, JsError> {
        let value = from_js(messages, "messages").map_err(|e| JsError::new(&e))?;
        let messages = crate::Message::list_from_json(&value).map_err(|e| JsError::new(&e))?;
        to_js(&self.inner.scan_conversation(&messages))
    }

    /// Loads a claim pack (JSON Lines in the pack format, or ClaimReview JSON) under `name`,
    /// replacing a pack of that name. Returns the number of claims; a malformed pack is refused with
    /// the file, line and reason, and the packs loaded before stay.
    #[wasm_bindgen(js_name = addClaimPack)]
    pub fn add_claim_pack(&mut self, name: &str, text: &str) -> Result<usize, JsError> {
        let ratings = Ratings::parse(crate::claims::BUNDLED_RATINGS).map_err(|e| JsError::new(e.message()))?;
        let claims = parse_pack(name, text, &ratings).map_err(|e| JsError::new(e.message()))?;
        let n = claims.len();
        self.inner.add_claims(name, claims).map_err(|e| JsError::new(e.message()))?;
        Ok(n)
    }

    /// Checks a claim pack without loading it: the number of claims, or the file, line and reason
    /// it is refused for (the extension saves a pack before it loads it).
    #[wasm_bindgen(js_name = checkClaimPack)]
    pub fn check_claim_pack(&self, name: &str, text: &str) -> Result<usize, JsError> {
        let ratings = Ratings::parse(crate::claims::BUNDLED_RATINGS).map_err(|e| JsError::new(e.message()))?;
        let claims = parse_pack(name, text, &ratings).map_err(|e| JsError::new(e.message()))?;
        Ok(claims.len())
    }

    /// Loads the scam domain list (a separate GPL-3.0 data file shipped beside the wasm); returns
    /// how many domains it holds.
    #[wasm_bindgen(js_name = setScamDomains)]
    pub fn set_scam_domains(&mut self, text: &str) -> usize {
        self.inner.set_scam_domains(text)
    }

    /// Loads the Public Suffix List (shipped beside the wasm, not inside it); returns how many rules
    /// it holds.
    #[wasm_bindgen(js_name = setPublicSuffixes)]
    pub fn set_public_suffixes(&mut self, text: &str) -> usize {
        self.inner.set_public_suffixes(text)
    }

    /// Loads the model (the file `waspada train` writes, shipped beside the wasm, not inside it);
    /// returns its size in bytes. A damaged file is refused and the engine keeps what it had.
    #[wasm_bindgen(js_name = setModel)]
    pub fn set_model(&mut self, bytes: &[u8]) -> Result<usize, JsError> {
        self.inner.set_model(bytes).map_err(|e| JsError::new(e.message()))
    }

    /// Removes the claim pack called `name`; true when there was one.
    #[wasm_bindgen(js_name = removeClaimPack)]
    pub fn remove_claim_pack(&mut self, name: &str) -> bool {
        self.inner.remove_claims(name)
    }

    /// Number of claims loaded, bundled pack included.
    #[wasm_bindgen(js_name = claimCount)]
    pub fn claim_count(&self) -> usize {
        self.inner.claim_count()
    }

    /// True when the active profile holds unscanned posts if the engine does not answer in time.
    #[wasm_bindgen(js_name = failClosed)]
    pub fn fail_closed(&self) -> bool {
        self.inner.fail_closed()
    }

    /// The categories whose warnings offer "Save evidence" (from `assets/profiles.json`).
    #[wasm_bindgen(js_name = evidenceRecordCategories)]
    pub fn evidence_record_categories(&self) -> Vec<String> {
        self.inner.profiles().evidence_record_categories.iter().map(|c| c.name().to_string()).collect()
    }

    /// Each profile's pause before posting (`{relaxed: {pause, confirm_allowed}, ...}`), so the
    /// settings page shows a profile's default without a copy of its own.
    #[wasm_bindgen(js_name = composeRules)]
    pub fn compose_rules(&self) -> Result<JsValue, JsError> {
        let rules: std::collections::BTreeMap<String, crate::profile::ComposeRule> =
            self.inner.profiles().profiles.iter().map(|(name, p)| (name.to_string(), p.compose)).collect();
        to_js(&rules)
    }

    /// Number of compiled lexicon rules (a health check for the popup and tests).
    #[wasm_bindgen(js_name = ruleCount)]
    pub fn rule_count(&self) -> usize {
        self.inner.rule_count()
    }
}

/// The sizes the engine reads of a post (`{links, linkChars, fieldChars, authorChars, batchPosts,
/// batchChars}`): the extension trims to these, keeping no copy of its own.
#[wasm_bindgen(js_name = postLimits)]
pub fn post_limits() -> Result<JsValue, JsError> {
    to_js(&crate::verdict::POST_LIMITS)
}

/// The names the extension shares with the engine (`{categories, profiles, actions}`): the build
/// writes them into the extension's `shared/facts.js`, so no script keeps a list of its own.
#[wasm_bindgen(js_name = engineFacts)]
pub fn engine_facts() -> Result<JsValue, JsError> {
    use crate::profile::ProfileName;
    use crate::verdict::Action;
    let categories: Vec<&str> = crate::Category::ALL.iter().map(|c| c.name()).collect();
    let profiles = [ProfileName::Relaxed, ProfileName::Balanced, ProfileName::Strict].map(|p| p.to_string());
    let actions = [Action::None, Action::Label, Action::Blur, Action::Hide];
    let facts = serde_json::json!({ "categories": categories, "profiles": profiles, "actions": actions });
    to_js(&facts)
}

/// The engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
