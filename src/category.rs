//! The harm categories a verdict scores.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A category of harm. The order is the order of output maps and of tie-breaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Harassment,
    Hate,
    Sexual,
    SelfHarm,
    Grooming,
    Scam,
    Extremism,
    Misinformation,
}

impl Category {
    /// Every category, in output order.
    pub const ALL: [Category; 8] = [
        Category::Harassment,
        Category::Hate,
        Category::Sexual,
        Category::SelfHarm,
        Category::Grooming,
        Category::Scam,
        Category::Extremism,
        Category::Misinformation,
    ];

    /// The snake_case name used in files, JSON and messages.
    pub fn name(self) -> &'static str {
        match self {
            Category::Harassment => "harassment",
            Category::Hate => "hate",
            Category::Sexual => "sexual",
            Category::SelfHarm => "self_harm",
            Category::Grooming => "grooming",
            Category::Scam => "scam",
            Category::Extremism => "extremism",
            Category::Misinformation => "misinformation",
        }
    }

    /// Position in [`Category::ALL`], for per-category arrays.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Category {
    type Err = String;

    fn from_str(s: &str) -> Result<Category, String> {
        Category::ALL.iter().copied().find(|c| c.name() == s).ok_or_else(|| format!("unknown category '{s}'"))
    }
}
