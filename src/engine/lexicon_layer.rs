//! The lexicon layer: rule hits weighed by their context (target, group, negation, counter-speech, quotation, self-reference, the user's "not harmful").

use super::context::{
    alone_in_sentence, gap, in_clause_before, in_clause_near, in_people_slot, mentions, near, quoted_spans, Contexts,
    QUOTED,
};
use super::tally::Tally;
use super::{groups, Engine};
use crate::category::Category;
use crate::lexicon::{Class, Context, GroupKind};
use crate::rules::Hit;
use crate::verdict::EvidenceKind;

const TARGET_WINDOW: usize = 60;
const NEGATION_WINDOW: usize = 25;
/// Characters between a negator and the contrast word that ends its disclaimer ("not racist or
/// anything, but").
const DISCLAIMER_REACH: usize = 40;
const COUNTER_WINDOW: usize = 60;
const SELF_WINDOW: usize = 25;
/// Characters between a slur and the person it is said to ("you X", "X ka"): a "they" two
/// clauses away does not make a homonym a slur.
const SLUR_TARGET_WINDOW: usize = 12;
/// Characters between a slur and a word of the writer's own group ("kitorang geng X").
const IN_GROUP_WINDOW: usize = 8;
const UNAIMED: f64 = 0.2;
const NEGATED: f64 = 0.25;
const COUNTERED: f64 = 0.3;
const SELF_REFERENCE: f64 = 0.35;
const SOFTENED: f64 = 0.6;
/// Characters around a scam word in which scam awareness ("beware of…") makes it a warning.
const SCAM_AWARE_WINDOW: usize = 120;
/// What is left of a scam word quoted, or next to advice about scams.
const SCAM_WARNED: f64 = 0.2;

impl Engine {
    pub(super) fn score_rules(&self, text: &str, hits: &[Hit], tally: &mut Tally) -> Contexts {
        let mut ctx = Contexts::default();
        for h in hits {
            match self.rules.rule(h).entry.class {
                Class::Context(Context::Target) => ctx.target.push((h.start, h.end)),
                Class::Context(Context::Group) => ctx.group.push((h.start, h.end)),
                Class::Context(Context::Negation) => ctx.negation.push((h.start, h.end)),
                Class::Context(Context::Denial) => ctx.denial.push((h.start, h.end)),
                Class::Context(Context::Counter) => ctx.counter.push((h.start, h.end)),
                Class::Context(Context::SelfRef) => ctx.self_ref.push((h.start, h.end)),
                Class::Context(Context::People) => ctx.people.push((h.start, h.end)),
                Class::Context(Context::PeopleAfter) => ctx.people_after.push((h.start, h.end)),
                Class::Context(Context::InGroup) => ctx.in_group.push((h.start, h.end)),
                Class::Context(Context::You) => ctx.you.push((h.start, h.end)),
                Class::Context(Context::Contrast) => ctx.contrast.push((h.start, h.end)),
                Class::Allow => ctx.allow.push((h.start, h.end)),
                Class::ScamAware => ctx.scam_aware.push((h.start, h.end)),
                Class::Group(GroupKind::Protected) => ctx.group.push((h.start, h.end)),
                _ => {}
            }
        }
        ctx.target_words = ctx.target.clone();
        ctx.target.extend(mentions(text));
        ctx.quoted = quoted_spans(text);
        // Counter-speech words inside an allowed phrase are that phrase's: "am I the only one who
        // thinks …" endorses what follows, it does not report it.
        if !ctx.allow.is_empty() {
            let allow = &ctx.allow;
            ctx.counter.retain(|&(s, e)| !allow.iter().any(|&(a, b)| a <= s && e <= b && (a, b) != (s, e)));
            // So are scam-advice words: "jangan abaikan pesan ini" presses, it does not advise.
            ctx.scam_aware.retain(|&(s, e)| !allow.iter().any(|&(a, b)| a <= s && e <= b && (a, b) != (s, e)));
        }
        ctx.sort();
        // "I'm not racist but …", "Not being funny but …": a negator whose sentence turns at a
        // contrast word, with no word of a group, a predicate or harm between them, disclaims the
        // writer and negates nothing said after it.
        if !ctx.contrast.is_empty() {
            let weighty = |from: usize, to: usize| {
                hits.iter().any(|h| {
                    from <= h.start
                        && h.end <= to
                        && matches!(
                            self.rules.rule(h).entry.class,
                            Class::Harm(_) | Class::Group(_) | Class::Predicate(_) | Class::Context(Context::Group)
                        )
                })
            };
            let contrast = &ctx.contrast;
            ctx.negation.retain(|&(_, n)| {
                !contrast.iter().any(|&(c, _)| {
                    c >= n && gap(text, (n, n), (c, c), DISCLAIMER_REACH) <= DISCLAIMER_REACH && !weighty(n, c)
                })
            });
        }
        // A slur read as people names its group as well as abusing it; "sotong goreng" names no one.
        for h in hits.iter().filter(|h| self.rules.rule(h).entry.slur) {
            let span = (h.start, h.end);
            if !ctx.is_allowed(span) && read_as_people(text, &ctx, span) {
                ctx.slurs.push(span);
            }
        }
        ctx.group.extend(ctx.slurs.iter().copied());
        ctx.group.sort_unstable();
        for h in hits {
            let rule = self.rules.rule(h);
            let Class::Harm(category) = rule.entry.class else {
                continue;
            };
            let span = (h.start, h.end);
            if ctx.is_allowed(span) {
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
            if e.needs_target || e.needs_group || e.slur {
                // A slur is abuse where it is read as people: "these X", "you X", "X!" — not "a
                // fag break" or "ăn ô môi".
                let aimed = (e.slur && ctx.slurs.contains(&span))
                    || (e.needs_target && near(text, &ctx.target, span, TARGET_WINDOW))
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
            // Nor is quoting a scam's words to warn others of it.
            if category == Category::Scam
                && (ctx.is_quoted(span) || near(text, &ctx.scam_aware, span, SCAM_AWARE_WINDOW))
            {
                w *= SCAM_WARNED;
            }
            // Calling oneself names is not harassment; "I want to die" is still a risk.
            // Nor is a slur said of oneself or one's own ("as a proud dyke", "kitorang geng pondan"):
            // reclaimed use.
            let reclaimed = e.slur
                && (in_clause_before(text, &ctx.self_ref, span, SELF_WINDOW)
                    || in_clause_near(text, &ctx.in_group, span, IN_GROUP_WINDOW));
            if reclaimed || (e.needs_target && in_clause_before(text, &ctx.self_ref, span, SELF_WINDOW)) {
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
                // By position: one word found by two languages' lexicons counts once.
                format!("{}~at{}", e.key, h.start)
            };
            tally.add(category, &key, w, e.severe, kind, text, span, &self.explanations);
        }
        for f in groups::find(text, hits, &self.rules, &ctx) {
            // Tallied by where the predicate stands: the same words in two languages' lexicons
            // (Malay and Indonesian share many) are one piece of evidence, not two.
            let key = format!("{}~at{}", f.key, f.predicate_start);
            tally.add(f.category, &key, f.weight, f.severe, EvidenceKind::Group, text, f.span, &self.explanations);
        }
        ctx
    }
}

/// True where a slur is read as people: a people word next to it, a second person near it
/// ("you X"; not an `@mention`, which opens most replies), or nothing else in its sentence.
fn read_as_people(text: &str, ctx: &Contexts, span: (usize, usize)) -> bool {
    in_people_slot(text, ctx, span)
        || near(text, &ctx.target_words, span, SLUR_TARGET_WINDOW)
        || alone_in_sentence(text, span)
}

/// Negation turns insults, slurs, threats and explicit talk around; scam and grooming moves are
/// harmful even when phrased with a "don't".
fn negation_applies(category: Category) -> bool {
    !matches!(category, Category::Scam | Category::Grooming)
}
