//! Grooming across a conversation: evidence of each stage per message, accumulated with recency and
//! the sender's role, so that several harmless-looking lines warn together (issue 14).

use super::Engine;
use crate::category::Category;
use crate::error::{Error, Result};
use crate::verdict::{round_score, Action, Evidence, Post, Severity};
use serde::Serialize;
use std::collections::BTreeMap;

/// One message of a conversation, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    pub text: String,
    /// True for the user's own messages: they give context, they never count as grooming.
    #[serde(default)]
    pub outgoing: bool,
    #[serde(default)]
    pub lang: Option<String>,
}

/// How stages are read and added up (`assets/conversation.json`).
#[derive(Debug, Clone)]
pub struct ConversationRules {
    pub format: u32,
    pub source: String,
    /// Stage name → the explanation keys whose evidence shows it.
    pub stages: BTreeMap<String, Vec<String>>,
    /// A stage seen this many messages before the latest counts half.
    pub half_life_messages: f64,
    /// Distinct stages a conversation needs before it can warn…
    pub min_stages: usize,
    /// …or this many when one of them is a severe stage.
    pub min_stages_with_severe: usize,
    pub severe_stages: Vec<String>,
    /// Whether one message warned as grooming on its own warns the whole conversation (that message
    /// already carries its own warning as a post).
    pub single_message_warns: bool,
}

impl Message {
    /// Reads `[{text, outgoing?, lang?}]` from a JSON value, naming the first message that is wrong.
    pub fn list_from_json(value: &serde_json::Value) -> std::result::Result<Vec<Message>, String> {
        let items = value.as_array().ok_or("messages must be a list")?;
        items
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let text = m
                    .get("text")
                    .and_then(serde_json::Value::as_str)
                    .ok_or(format!("messages[{i}].text is not a string"))?;
                let outgoing = match m.get("outgoing") {
                    None => false,
                    Some(x) => x.as_bool().ok_or(format!("messages[{i}].outgoing is not true or false"))?,
                };
                let lang = m.get("lang").and_then(serde_json::Value::as_str).map(str::to_string);
                Ok(Message { text: text.to_string(), outgoing, lang })
            })
            .collect()
    }
}

impl ConversationRules {
    /// Parses and checks `conversation.json`. Read field by field from a JSON value (the engine
    /// already carries that reader), which keeps the wasm smaller than a derived parser would.
    pub fn parse(json: &str) -> Result<ConversationRules> {
        let fail = |what: &str| Error::new(format!("conversation.json: {what}"));
        let v: serde_json::Value = serde_json::from_str(json).map_err(|e| fail(&e.to_string()))?;
        let number = |k: &str| {
            v.get(k).and_then(serde_json::Value::as_f64).ok_or_else(|| fail(&format!("{k} must be a number")))
        };
        let count = |k: &str| {
            v.get(k)
                .and_then(serde_json::Value::as_u64)
                .map(|n| n as usize)
                .ok_or_else(|| fail(&format!("{k} must be a whole number")))
        };
        let strings = |x: &serde_json::Value, k: &str| -> Result<Vec<String>> {
            x.as_array()
                .and_then(|a| a.iter().map(|s| s.as_str().map(str::to_string)).collect::<Option<Vec<_>>>())
                .ok_or_else(|| fail(&format!("{k} must be a list of strings")))
        };
        let mut stages = BTreeMap::new();
        for (name, keys) in
            v.get("stages").and_then(serde_json::Value::as_object).ok_or_else(|| fail("stages must be an object"))?
        {
            stages.insert(name.clone(), strings(keys, &format!("stages.{name}"))?);
        }
        let r = ConversationRules {
            format: count("format")? as u32,
            source: v
                .get("source")
                .and_then(serde_json::Value::as_str)
                .ok_or_else(|| fail("source is missing"))?
                .to_string(),
            stages,
            half_life_messages: number("half_life_messages")?,
            min_stages: count("min_stages")?,
            min_stages_with_severe: count("min_stages_with_severe")?,
            severe_stages: strings(v.get("severe_stages").unwrap_or(&serde_json::Value::Null), "severe_stages")?,
            single_message_warns: v
                .get("single_message_warns")
                .and_then(serde_json::Value::as_bool)
                .ok_or_else(|| fail("single_message_warns must be true or false"))?,
        };
        if r.format != 1 {
            return Err(Error::new(format!("conversation.json: unsupported format {}", r.format)));
        }
        if r.half_life_messages <= 0.0 || r.min_stages == 0 || r.min_stages_with_severe == 0 {
            return Err(Error::new("conversation.json: half_life_messages and the stage counts must be positive"));
        }
        if let Some(s) = r.severe_stages.iter().find(|s| !r.stages.contains_key(*s)) {
            return Err(Error::new(format!("conversation.json: severe stage '{s}' is not a stage")));
        }
        Ok(r)
    }

    fn stage_of(&self, key: &str) -> Option<&str> {
        self.stages.iter().find(|(_, keys)| keys.iter().any(|k| k == key)).map(|(s, _)| s.as_str())
    }
}

/// A stage seen in the conversation: the line that showed it most strongly.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageSeen {
    pub stage: String,
    /// Index of the message in the conversation given (oldest first).
    pub message: usize,
    /// How much the stage counts now, after recency, in 0..1.
    pub weight: f64,
    pub evidence: Evidence,
}

/// The engine's answer for a conversation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConversationVerdict {
    /// True when the conversation should carry a grooming warning under the active profile.
    pub warn: bool,
    pub score: f64,
    pub severity: Severity,
    /// What the page should do with the conversation (the profile's action for grooming).
    pub action: Action,
    /// Stages seen, in the order they first appeared.
    pub stages: Vec<StageSeen>,
}

impl Engine {
    /// Reads a conversation, oldest message first. Each message from the other person is scanned as
    /// a post; its grooming (and sexual) evidence is sorted into stages; a stage counts by its
    /// strongest line, less the further back it lies. The conversation warns when its stages add up
    /// past the profile's grooming threshold and enough different stages were seen (fewer when one is
    /// severe), or (where the rules say so) when one message is grooming on its own.
    pub fn scan_conversation(&self, messages: &[Message]) -> ConversationVerdict {
        let rules = &self.conversation;
        // The latest messages only (the extension sends no more than this either).
        let skip = messages.len().saturating_sub(crate::verdict::POST_LIMITS.conversation_messages);
        let last = messages.len().saturating_sub(1);
        let mut seen: BTreeMap<String, StageSeen> = BTreeMap::new();
        let mut first_at: BTreeMap<String, usize> = BTreeMap::new();
        let mut alone = false;
        for (i, m) in messages.iter().enumerate().skip(skip) {
            if m.outgoing || m.text.trim().is_empty() {
                continue;
            }
            let mut post = Post::new(m.text.as_str());
            post.lang = m.lang.clone();
            let verdict = self.scan(&post);
            alone |= verdict.labels.contains(&Category::Grooming) && verdict.action != Action::None;
            let recency = 0.5f64.powf((last - i) as f64 / rules.half_life_messages);
            for e in verdict.evidence {
                let Some(stage) = rules.stage_of(&e.key) else { continue };
                let weight = (e.weight * recency).clamp(0.0, 1.0);
                first_at.entry(stage.to_string()).or_insert(i);
                let better = seen.get(stage).is_none_or(|s| weight > s.weight);
                if better {
                    seen.insert(
                        stage.to_string(),
                        StageSeen { stage: stage.to_string(), message: i, weight, evidence: e },
                    );
                }
            }
        }
        let keep: f64 = seen.values().map(|s| 1.0 - s.weight).product();
        let score = round_score(1.0 - keep);
        let severe = seen.keys().any(|s| rules.severe_stages.contains(s));
        let enough = seen.len() >= if severe { rules.min_stages_with_severe } else { rules.min_stages };
        let threshold = self.settings.threshold(&self.profiles, Category::Grooming);
        let action = self.settings.action(&self.profiles, Category::Grooming);
        let warn = action != Action::None && ((alone && rules.single_message_warns) || (enough && score >= threshold));
        let severity = if !warn {
            Severity::None
        } else if severe || score >= 0.85 {
            Severity::High
        } else {
            Severity::Medium
        };
        let mut stages: Vec<StageSeen> = seen.into_values().collect();
        stages.sort_by_key(|s| first_at[&s.stage]);
        ConversationVerdict { warn, score, severity, action: if warn { action } else { Action::None }, stages }
    }
}
