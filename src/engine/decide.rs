//! The decide step: evidence in, verdict out, under the active profile and settings.

use super::tally::{combine, Tally};
use super::{fill_utf16, Engine, MAX_EVIDENCE, OTHER_WORDS};
use crate::category::Category;
use crate::verdict::{round_score, Action, Evidence, EvidenceKind, Post, Severity, Verdict};
use std::collections::BTreeMap;

impl Engine {
    pub(super) fn decide(&self, post: &Post, tally: Tally) -> Verdict {
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
        if self.trusts(post) {
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
