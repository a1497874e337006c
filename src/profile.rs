//! Profiles and user settings: how category scores become labels and actions.

use crate::category::Category;
use crate::error::{Error, Result};
use crate::verdict::Action;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// The three profiles a user can pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ProfileName {
    Relaxed,
    #[default]
    Balanced,
    /// Strict-child: lower thresholds, more hidden, fail closed.
    Strict,
}

impl FromStr for ProfileName {
    type Err = Error;
    fn from_str(s: &str) -> Result<ProfileName> {
        match s {
            "relaxed" => Ok(ProfileName::Relaxed),
            "balanced" => Ok(ProfileName::Balanced),
            "strict" => Ok(ProfileName::Strict),
            _ => Err(Error::new(format!("unknown profile '{s}' (expected relaxed, balanced or strict)"))),
        }
    }
}

impl fmt::Display for ProfileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ProfileName::Relaxed => "relaxed",
            ProfileName::Balanced => "balanced",
            ProfileName::Strict => "strict",
        })
    }
}

/// One profile: a threshold and a default action per category.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Profile {
    pub label: String,
    /// Hold unscanned posts when the engine does not answer in time (child profiles).
    pub fail_closed: bool,
    pub thresholds: BTreeMap<Category, f64>,
    pub actions: BTreeMap<Category, Action>,
    /// The pause before posting (issue 13) under this profile.
    pub compose: ComposeRule,
}

/// Whether a profile pauses the user's own harmful drafts by default, and whether a parent may
/// make that pause ask for one more click before sending.
#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ComposeRule {
    pub pause: bool,
    pub confirm_allowed: bool,
}

/// The profiles of `assets/profiles.json`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Profiles {
    pub format: u32,
    pub source: String,
    /// Warnings that offer "Save evidence" (a record for a platform, a school or the police).
    pub evidence_record_categories: Vec<Category>,
    /// Categories of the user's own draft that earn a pause before posting.
    pub compose_categories: Vec<Category>,
    pub profiles: BTreeMap<ProfileName, Profile>,
}

impl Profiles {
    /// Parses and checks `profiles.json`: every profile defines every category.
    pub fn parse(json: &str) -> Result<Profiles> {
        let p: Profiles = serde_json::from_str(json).map_err(|e| Error::new(format!("profiles.json: {e}")))?;
        if p.format != 1 {
            return Err(Error::new(format!("profiles.json: unsupported format {}", p.format)));
        }
        for name in [ProfileName::Relaxed, ProfileName::Balanced, ProfileName::Strict] {
            let profile =
                p.profiles.get(&name).ok_or_else(|| Error::new(format!("profiles.json: missing profile '{name}'")))?;
            for c in Category::ALL {
                match profile.thresholds.get(&c) {
                    Some(t) if (0.0..=1.0).contains(t) => {}
                    Some(t) => {
                        return Err(Error::new(format!("profiles.json: {name}.thresholds.{c} = {t} is outside 0..1")))
                    }
                    None => return Err(Error::new(format!("profiles.json: {name}.thresholds lacks {c}"))),
                }
                if !profile.actions.contains_key(&c) {
                    return Err(Error::new(format!("profiles.json: {name}.actions lacks {c}")));
                }
            }
        }
        Ok(p)
    }

    /// The profile called `name` (always present after [`Profiles::parse`]).
    pub fn get(&self, name: ProfileName) -> &Profile {
        &self.profiles[&name]
    }
}

/// What the user chose. Everything is optional; missing fields take the profile's defaults.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub profile: ProfileName,
    /// Per-category action overriding the profile's (`none` turns a category off).
    #[serde(default)]
    pub actions: BTreeMap<Category, Action>,
    /// Per-category sensitivity from -2 (fewer warnings) to +2 (more warnings).
    #[serde(default)]
    pub sensitivity: BTreeMap<Category, i8>,
    /// Accounts whose posts are never covered, each with its site: `x.com/alice`, `@alice` after a
    /// site, or the profile's address (`https://www.reddit.com/user/alice`). The handle is compared
    /// case-insensitively, `@` ignored; an entry without a site trusts no one, since the same name
    /// on another site is someone else.
    #[serde(default)]
    pub trusted: Vec<String>,
    /// The user's own words and phrases to hide: whole words, `*` for any letters, emoji, any script.
    #[serde(default)]
    pub own_words: Vec<String>,
    /// Words the user said were not harmful ("Not harmful"), with how often: their hits weigh less.
    #[serde(default)]
    pub softened: BTreeMap<String, u8>,
    /// Per profile, whether the pause before posting is on (a missing profile keeps its default).
    #[serde(default)]
    pub compose_pause: BTreeMap<ProfileName, bool>,
    /// A parent's choice: where the profile allows it, the pause asks for one more click to send.
    #[serde(default)]
    pub compose_confirm: bool,
}

/// Most own words, and longest one, a user may keep.
pub const MAX_OWN_WORDS: usize = 2000;
pub const MAX_OWN_WORD_CHARS: usize = 100;
/// Most softened words kept.
pub const MAX_SOFTENED: usize = 2000;

impl Settings {
    /// Settings with the given profile and nothing else changed.
    pub fn with_profile(profile: ProfileName) -> Settings {
        Settings { profile, ..Settings::default() }
    }

    /// Checks ranges that the type cannot express.
    pub fn validate(&self) -> Result<()> {
        for (c, s) in &self.sensitivity {
            if !(-2..=2).contains(s) {
                return Err(Error::new(format!("settings: sensitivity of {c} is {s}, expected -2..2")));
            }
        }
        if self.own_words.len() > MAX_OWN_WORDS {
            return Err(Error::new(format!("settings: {} own words, at most {MAX_OWN_WORDS}", self.own_words.len())));
        }
        for w in &self.own_words {
            let n = w.trim().chars().count();
            if n == 0 || n > MAX_OWN_WORD_CHARS {
                return Err(Error::new(format!(
                    "settings: own word '{w}' must have 1 to {MAX_OWN_WORD_CHARS} characters"
                )));
            }
            if w.contains('|') || w.contains('\n') {
                return Err(Error::new(format!("settings: own word '{w}' may not contain '|' or a line break")));
            }
        }
        if self.softened.len() > MAX_SOFTENED {
            return Err(Error::new(format!(
                "settings: {} softened words, at most {MAX_SOFTENED}",
                self.softened.len()
            )));
        }
        Ok(())
    }

    /// The threshold for `c` under these settings.
    pub fn threshold(&self, profiles: &Profiles, c: Category) -> f64 {
        let base = profiles.get(self.profile).thresholds[&c];
        let step = f64::from(self.sensitivity.get(&c).copied().unwrap_or(0));
        (base - 0.1 * step).clamp(0.05, 0.99)
    }

    /// The action for `c` under these settings.
    pub fn action(&self, profiles: &Profiles, c: Category) -> Action {
        self.actions.get(&c).copied().unwrap_or_else(|| profiles.get(self.profile).actions[&c])
    }

    /// Whether the pause before posting is on under these settings.
    pub fn compose_pause(&self, profiles: &Profiles) -> bool {
        self.compose_pause.get(&self.profile).copied().unwrap_or(profiles.get(self.profile).compose.pause)
    }

    /// Whether the pause asks for one more click before sending (a parent's choice, where allowed).
    pub fn compose_confirm(&self, profiles: &Profiles) -> bool {
        self.compose_confirm && profiles.get(self.profile).compose.confirm_allowed && self.compose_pause(profiles)
    }
}

/// The site a host belongs to: `www.`, `m.`, `mobile.`, `old.` and `web.` dropped, and X's old name
/// read as X (`twitter.com` → `x.com`).
pub fn site_of(host: &str) -> String {
    let mut h = host.trim().trim_end_matches('.').to_ascii_lowercase();
    for prefix in ["www.", "m.", "mobile.", "old.", "web."] {
        if let Some(rest) = h.strip_prefix(prefix) {
            h = rest.to_string();
            break;
        }
    }
    if h == "twitter.com" {
        h = "x.com".to_string();
    }
    h
}

/// A trusted-account entry as (site, handle): `x.com/alice`, `x.com/@alice`,
/// `https://www.reddit.com/user/alice/`, `https://www.facebook.com/alice?ref=…`. None without a site.
pub fn trusted_account(entry: &str) -> Option<(String, &str)> {
    let e = entry.trim();
    let e = e.strip_prefix("https://").or_else(|| e.strip_prefix("http://")).unwrap_or(e);
    let (host, path) = e.split_once('/')?;
    if !host.contains('.') || host.contains(char::is_whitespace) {
        return None;
    }
    let mut segments = path.split(['/', '?', '#']).filter(|s| !s.is_empty());
    let mut handle = segments.next()?;
    // Reddit's profile addresses: /user/alice or /u/alice.
    if matches!(handle, "user" | "u") {
        handle = segments.next()?;
    }
    let handle = handle.trim_start_matches('@');
    (!handle.is_empty()).then(|| (site_of(host), handle))
}
