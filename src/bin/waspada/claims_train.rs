//! `waspada train-claims --data DIR [--out assets/claims/reranker.tsv]`: fits the claim re-ranker on
//! the dev period of the dev packs and sets its threshold for false matches on benign posts.
//!
//! Positives are the right claim among a circulating text's candidates; negatives the other
//! candidates, and every candidate of a benign post (the training split of each labelled set).
//! The held-out period (see `claims_eval`) and the benign dev splits are never read here.

use crate::claims_eval::{bundled_others, load_dev_packs};
use crate::data;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use waspada::claims::index::{ClaimIndex, Matching};
use waspada::claims::rerank::{fit, Features, Reranker};
use waspada::Engine;

/// The most a benign set's training rows may be falsely matched at the chosen threshold.
const MAX_FALSE_MATCH: f64 = 0.002;
/// A benign post's candidates weigh as much as a circulating text's (tried on the dev period: 0.05
/// and 0.25 warned fewer right at the same false-match rate).
const BENIGN_WEIGHT: f32 = 1.0;
/// The threshold never goes below this, whatever the benign rows allow.
const MIN_THRESHOLD: f32 = 0.05;
const L2: f64 = 1.0;

pub fn run(dir: &Path, out: &Path) -> Result<(), String> {
    let engine = Engine::builder().without_bundled_claims().build().map_err(|e| e.to_string())?;
    let normalizer = engine.normalizer().clone();
    let bundled = Matching::bundled().map_err(|e| e.to_string())?;
    let matching = Arc::new(Matching { reranker: Reranker::default(), ..bundled });
    let packs = load_dev_packs(dir)?;
    // The index holds the dev period's claims only, so nothing of the held-out period is seen.
    let mut claims: Vec<_> =
        packs.iter().flat_map(|p| p.claims.iter().filter(|(_, held)| !held).map(|(c, _)| c.clone())).collect();
    claims.extend(bundled_others()?);
    let index = ClaimIndex::new(claims, &normalizer, matching);
    let mut rows: Vec<(Features, bool, f32)> = Vec::new();
    let mut queries = 0usize;
    let mut found = 0usize;
    for pack in &packs {
        for q in pack.queries.iter().filter(|q| !q.held_out) {
            queries += 1;
            let view = normalizer.normalize(&q.text).marks.text;
            for c in index.candidates(&view) {
                let right = *index.claim(c.index).id == *q.want;
                found += usize::from(right);
                rows.push((c.features, right, 1.0));
            }
        }
    }
    let sets = data::load(dir)?;
    // Per set: the benign training posts and, for each that has candidates, its candidates' features.
    let mut benign: BTreeMap<String, (usize, Vec<Vec<Features>>)> = BTreeMap::new();
    for s in &sets {
        for r in s.rows.iter().filter(|r| r.binary == Some(false) && !r.dev) {
            let e = benign.entry(s.spec.name.clone()).or_default();
            e.0 += 1;
            let view = normalizer.normalize(&r.text).marks.text;
            let features: Vec<Features> = index.candidates(&view).into_iter().map(|c| c.features).collect();
            if !features.is_empty() {
                rows.extend(features.iter().map(|f| (*f, false, BENIGN_WEIGHT)));
                e.1.push(features);
            }
        }
    }
    // The scam suites' honest look-alikes of the development templates, a set per language: the
    // only Thai benign text there is (the held-back ones stay for eval-claims).
    for (lang, text, held_out) in crate::claims_eval::honest_lookalikes()? {
        if held_out {
            continue;
        }
        let e = benign.entry(format!("scam-suites-honest-{lang}")).or_default();
        e.0 += 1;
        let view = normalizer.normalize(&text).marks.text;
        let features: Vec<Features> = index.candidates(&view).into_iter().map(|c| c.features).collect();
        if !features.is_empty() {
            rows.extend(features.iter().map(|f| (*f, false, BENIGN_WEIGHT)));
            e.1.push(features);
        }
    }
    let positives = rows.iter().filter(|r| r.1).count();
    eprintln!(
        "{queries} circulating texts (right claim among the candidates for {found}), {} benign posts; {} rows, {positives} positive",
        benign.values().map(|b| b.0).sum::<usize>(),
        rows.len()
    );
    let (bias, weights) = fit(&rows, L2);
    let mut model = Reranker { bias, weights, threshold: 0.5 };
    // The threshold: the lowest at which no benign set's training posts are falsely matched more
    // than MAX_FALSE_MATCH.
    let top = |features: &[Features], m: &Reranker| features.iter().map(|f| m.probability(f)).fold(0.0f32, f32::max);
    let mut threshold = MIN_THRESHOLD;
    for (_, (n, posts)) in &benign {
        let mut tops: Vec<f32> = posts.iter().map(|f| top(f, &model)).collect();
        tops.sort_by(|a, b| b.total_cmp(a));
        let allowed = (*n as f64 * MAX_FALSE_MATCH).floor() as usize;
        if let Some(&p) = tops.get(allowed) {
            threshold = threshold.max((p + 1e-4).min(0.99));
        }
    }
    model.threshold = threshold;
    let header = format!(
        "# The claim re-ranker (src/claims/rerank.rs): a logistic model over features of a (post, claim) pair.\n\
         # Written by `waspada train-claims --data DIR`; do not edit by hand.\n\
         # Trained on: the dev period of TurnBackHoax 2026 (circulating texts before {}) and AFNC Thailand 2025\n\
         # (article bodies before {}), against those claims and the bundled pack's others; negatives also from\n\
         # the benign rows of the training splits of the labelled sets in the data folder's README, and the\n\
         # honest look-alikes of the scam suites' development templates (tests/scam_suites).\n\
         # {} rows, {} positive. Only these numbers derive from the data; no text of it is kept.\n\
         # The threshold keeps every set's benign training posts at or below {:.1}% false matches.\n",
        crate::claims_eval::TBH_HELD_OUT_FROM,
        crate::claims_eval::AFNC_HELD_OUT_FROM,
        rows.len(),
        positives,
        MAX_FALSE_MATCH * 100.0
    );
    std::fs::write(out, model.to_text(&header)).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!("wrote {} (threshold {:.4})", out.display(), model.threshold);
    Ok(())
}
