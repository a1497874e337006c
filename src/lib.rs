//! Waspada's detection engine: on-device warnings for harassment, hate, threats, sexual content,
//! self-harm, grooming, scams, extremism and misinformation in social-media posts.
//!
//! The engine knows nothing of browsers. It is built once from the assets compiled into the crate
//! (lexicons, normalisation tables, profiles) and then only queried:
//!
//! ```
//! use waspada::{Engine, Post, Category};
//!
//! let engine = Engine::new()?;
//! let verdict = engine.scan(&Post::new("you are a worthless idiot, kill yourself"));
//! assert!(verdict.flagged);
//! assert!(verdict.labels.contains(&Category::Harassment) || verdict.labels.contains(&Category::SelfHarm));
//! // Every label comes with evidence: a span of the text and an explanation a person can read.
//! let why = &verdict.evidence[0];
//! println!("{} ({}..{})", why.explanation, why.start, why.end);
//! # Ok::<(), waspada::Error>(())
//! ```
//!
//! Settings (profile, per-category actions and sensitivity, trusted accounts) change how scores
//! become labels and actions; they never change the scores themselves:
//!
//! ```
//! use waspada::{Engine, Post, ProfileName, Settings};
//!
//! let mut engine = Engine::new()?;
//! engine.configure(Settings::with_profile(ProfileName::Strict))?;
//! let verdict = engine.scan(&Post::new("Have a lovely day, everyone!"));
//! assert!(!verdict.flagged);
//! # Ok::<(), waspada::Error>(())
//! ```
//!
//! The user's own draft can be read before it is posted: a calm note where it would hurt someone
//! (harassment or hate under the profile), never a block, and the draft never leaves the device:
//!
//! ```
//! use waspada::{Engine, Post};
//!
//! let engine = Engine::new()?;
//! let note = engine.check_draft(&Post::new("you are a pathetic worthless idiot"));
//! assert!(note.pause && !note.evidence.is_empty());
//! assert!(!engine.check_draft(&Post::new("See you at practice tomorrow!")).pause);
//! # Ok::<(), waspada::Error>(())
//! ```
//!
//! Layout: [`normalize`] folds evasions while keeping spans; [`lexicon`] reads the lexicon format;
//! [`rules`] compiles lexicons into matchers; [`engine`] scores and decides; [`claims`] reads
//! fact-check packs; `wasm` (only on `wasm32`) is the one boundary file with every JavaScript export.

pub mod automata;
pub mod category;
pub mod chains;
pub mod claims;
pub mod engine;
pub mod error;
mod fasthash;
mod fuzzy;
pub mod lexicon;
pub mod links;
pub mod model;
pub mod normalize;
pub mod profile;
pub mod rules;
mod syllables;
#[cfg(not(target_arch = "wasm32"))]
pub mod triggers;
mod variants;
pub mod verdict;

#[cfg(target_arch = "wasm32")]
mod wasm;

/// The assets embedded by `build.rs`.
pub(crate) mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled_assets.rs"));
}

pub use category::Category;
pub use engine::{ConversationVerdict, DraftNote, Engine, EngineBuilder, Message};
pub use error::{Error, Result};
pub use profile::{ProfileName, Settings};
pub use verdict::{Action, Evidence, EvidenceKind, Post, Severity, Verdict};
