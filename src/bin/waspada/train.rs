//! `waspada train --data DIR`: trains the bundled model from the sets `datasets.tsv` marks `train`.
//!
//! Multi-head logistic regression over hashed features (`waspada::model::features`), AdaGrad,
//! each (set, head) weighted equally with balanced classes; then the smallest weights are pruned,
//! the rest quantised to one byte, and each head calibrated (Platt) on the dev splits with the
//! quantised model itself. Deterministic: the same data gives the same bytes.

use crate::data::{self, DataSet, Use};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use waspada::model::{self, script_group, Head, Model, SCRIPT_GROUPS, SCRIPT_GROUP_NAMES};
use waspada::{Category, Engine};

pub struct Options {
    /// Functional suite folders (`tests/suites`, `tests/tuning_suites`): their development
    /// templates join the training rows, one set per folder.
    pub suites: Vec<String>,
    /// A model whose heads are kept as they are, all but the heads the suites teach: learning from
    /// the suites then changes nothing else (the corpora-trained heads sit at their thresholds).
    pub base_model: Option<String>,
    pub bits: u32,
    pub epochs: usize,
    pub keep: usize,
    pub out: String,
}

struct Example {
    feats: Vec<(u32, f32)>,
    /// (head index, target, weight)
    targets: Vec<(usize, bool, f32)>,
}

/// The (head category, target) pairs a row teaches: its set's heads, and — when the row is benign —
/// a negative for every other head too (a benign post is neither a scam nor extremism, in any language).
fn row_targets(spec: &data::SetSpec, r: &data::Row, heads: &[Category]) -> Vec<(Category, bool)> {
    let mut out: Vec<(Category, bool)> =
        spec.heads.iter().filter_map(|(c, rule)| data::target(rule, r).map(|t| (*c, t))).collect();
    if r.binary == Some(false) {
        for &h in heads {
            if !spec.heads.iter().any(|(c, _)| *c == h) {
                out.push((h, false));
            }
        }
    }
    out
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Hashed features of a text, aggregated per bucket and scaled like inference does.
fn featurize(engine: &Engine, text: &str, mask: u64) -> Vec<(u32, f32)> {
    let view = engine.normalizer().normalize(text).marks.text;
    let mut counts: BTreeMap<u32, u32> = BTreeMap::new();
    let mut n = 0u32;
    model::features(&view, |h| {
        *counts.entry((h & mask) as u32).or_insert(0) += 1;
        n += 1;
    });
    let norm = if n == 0 { 0.0 } else { 1.0 / (n as f32).sqrt() };
    counts.into_iter().map(|(b, c)| (b, c as f32 * norm)).collect()
}

/// Platt scaling: a, b minimising log loss of sigmoid(a·raw + b) (Newton's method).
fn platt(points: &[(f32, bool)]) -> (f32, f32) {
    let (mut a, mut b) = (1.0f64, 0.0f64);
    for _ in 0..50 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 1e-6, 0.0, 1e-6);
        for &(x, y) in points {
            let x = f64::from(x);
            let p = 1.0 / (1.0 + (-(a * x + b)).exp());
            let d = p - if y { 1.0 } else { 0.0 };
            ga += d * x;
            gb += d;
            let w = p * (1.0 - p);
            haa += w * x * x;
            hab += w * x;
            hbb += w;
        }
        let det = haa * hbb - hab * hab;
        if det.abs() < 1e-12 {
            break;
        }
        let da = (hbb * ga - hab * gb) / det;
        let db = (haa * gb - hab * ga) / det;
        a -= da;
        b -= db;
        if da.abs() < 1e-7 && db.abs() < 1e-7 {
            break;
        }
    }
    (a as f32, b as f32)
}

/// Where benign posts are lined up across script groups (a high quantile: the region where
/// thresholds sit).
const CALIBRATION_QUANTILE: f32 = 0.95;

/// The `q` quantile of the raw scores of the negative points.
fn negative_quantile(points: &[(f32, bool)], q: f32) -> Option<f32> {
    let mut neg: Vec<f32> = points.iter().filter(|p| !p.1).map(|p| p.0).collect();
    if neg.is_empty() {
        return None;
    }
    neg.sort_by(f32::total_cmp);
    Some(neg[((neg.len() - 1) as f32 * q) as usize])
}

/// Area under the ROC curve (ties count half).
pub fn auc(points: &mut [(f64, bool)]) -> f64 {
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    let pos = points.iter().filter(|p| p.1).count() as f64;
    let neg = points.len() as f64 - pos;
    if pos == 0.0 || neg == 0.0 {
        return f64::NAN;
    }
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < points.len() {
        let mut j = i;
        while j < points.len() && points[j].0 == points[i].0 {
            j += 1;
        }
        let avg_rank = (i + j + 1) as f64 / 2.0;
        rank_sum += avg_rank * points[i..j].iter().filter(|p| p.1).count() as f64;
        i = j;
    }
    (rank_sum - pos * (pos + 1.0) / 2.0) / (pos * neg)
}

/// Source repository and commit from a set's CARD.md ("GitHub `owner/repo` @ `commit`").
fn card_source(dir: &Path, set: &str) -> String {
    if let Some(folder) = set.strip_prefix("waspada-").and_then(|s| s.strip_suffix("-dev-templates")) {
        return format!("this repository, `tests/{}` (development templates only)", folder.replace('-', "_"));
    }
    let card = std::fs::read_to_string(dir.join(set).join("CARD.md")).unwrap_or_default();
    card.lines()
        .find_map(|l| {
            let l = l.trim_start_matches(['-', ' ']);
            l.strip_prefix("GitHub ").map(|rest| rest.replace('`', ""))
        })
        .unwrap_or_else(|| "see the set's CARD.md".into())
}

/// Name of the set made of a suite folder's development templates: `tests/suites` is
/// `waspada-suites-dev-templates`.
fn suites_set_name(dir: &Path) -> String {
    let folder = dir.file_name().and_then(|n| n.to_str()).unwrap_or("suites");
    format!("waspada-{}-dev-templates", folder.replace('_', "-"))
}

/// The development templates of the functional suites as one more training set (issue 9): hate at a
/// group is hate (and abuse), abuse at a person or other group is harassment only, and the
/// look-alikes are neither. Held-back templates never enter: they are what measures the model.
fn suites_set(dir: &Path) -> Result<DataSet, String> {
    let cases = crate::suites::load(dir)?;
    let rows: Vec<data::Row> = cases
        .into_iter()
        .filter(|c| !c.heldout)
        .map(|c| data::Row {
            // No binary label: a suite row teaches the hate head only, never the other heads (a
            // template's benign row is no evidence about sexual content or scams).
            binary: None,
            label: serde_json::Value::String(c.expect),
            text: c.text,
            lang: c.lang,
            dev: false,
        })
        .collect();
    if rows.is_empty() {
        return Err(format!("{}: no development-template case to train on", dir.display()));
    }
    let label = |v: &[&str]| data::HeadRule::Label(v.iter().map(|s| s.to_string()).collect());
    Ok(DataSet {
        spec: data::SetSpec {
            name: suites_set_name(dir),
            use_: Use::Train,
            heads: vec![(Category::Hate, label(&["hate"]))],
            licence: format!("MIT (original work, {})", dir.display()),
        },
        rows,
    })
}

pub fn run(dir: &Path, opts: &Options) -> Result<(), String> {
    let mut sets: Vec<DataSet> = data::load(dir)?.into_iter().filter(|s| s.spec.use_ == Use::Train).collect();
    for suites in &opts.suites {
        sets.push(suites_set(Path::new(suites))?);
    }
    if sets.is_empty() {
        return Err(format!("no training sets found under {}", dir.display()));
    }
    let engine = Engine::builder().without_model().build().map_err(|e| e.to_string())?;
    let mask = (1u64 << opts.bits) - 1;
    let heads: Vec<Category> = {
        let mut h: Vec<Category> = sets.iter().flat_map(|s| s.spec.heads.iter().map(|(c, _)| *c)).collect();
        h.sort();
        h.dedup();
        h
    };
    let head_of = |c: Category| heads.iter().position(|&h| h == c).unwrap_or(0);
    eprintln!("training heads {:?} on {} sets", heads.iter().map(|c| c.name()).collect::<Vec<_>>(), sets.len());

    // Per (set, head, class) counts for weighting; per head the number of sets and labelled rows.
    let mut counts: BTreeMap<(usize, usize, bool), usize> = BTreeMap::new();
    for (si, s) in sets.iter().enumerate() {
        for r in s.rows.iter().filter(|r| !r.dev) {
            for (c, t) in row_targets(&s.spec, r, &heads) {
                *counts.entry((si, head_of(c), t)).or_insert(0) += 1;
            }
        }
    }
    let mut per_head_rows = vec![0usize; heads.len()];
    let mut per_head_sets = vec![0usize; heads.len()];
    for (&(_, h, _), &n) in &counts {
        per_head_rows[h] += n;
    }
    for si in 0..sets.len() {
        for h in 0..heads.len() {
            if counts.contains_key(&(si, h, true)) || counts.contains_key(&(si, h, false)) {
                per_head_sets[h] += 1;
            }
        }
    }

    let mut train: Vec<Example> = Vec::new();
    let mut dev: Vec<(usize, Example)> = Vec::new();
    for (si, s) in sets.iter().enumerate() {
        for r in &s.rows {
            let mut targets = Vec::new();
            for (c, t) in row_targets(&s.spec, r, &heads) {
                let h = head_of(c);
                let n = counts.get(&(si, h, t)).copied().unwrap_or(1).max(1) as f32;
                let share = per_head_rows[h] as f32 / per_head_sets[h].max(1) as f32;
                targets.push((h, t, 0.5 * share / n));
            }
            if targets.is_empty() {
                continue;
            }
            let ex = Example { feats: featurize(&engine, &r.text, mask), targets };
            if r.dev {
                dev.push((si, ex));
            } else {
                train.push(ex);
            }
        }
    }
    eprintln!("{} training rows, {} dev rows", train.len(), dev.len());

    // AdaGrad over all heads at once.
    let k = heads.len();
    let buckets = 1usize << opts.bits;
    let mut w = vec![0f32; buckets * k];
    let mut g2 = vec![1e-8f32; buckets * k];
    let mut bias = vec![0f32; k];
    let mut bias_g2 = vec![1e-8f32; k];
    let lr = 0.2f32;
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut seed = 0x9E3779B97F4A7C15u64;
    for epoch in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let mut loss = 0f64;
        for &i in &order {
            let ex = &train[i];
            for &(h, t, weight) in &ex.targets {
                let z: f32 = bias[h] + ex.feats.iter().map(|&(b, x)| w[b as usize * k + h] * x).sum::<f32>();
                let p = sigmoid(z);
                let y = if t { 1.0 } else { 0.0 };
                loss -= f64::from(weight) * f64::from(if t { p.max(1e-7).ln() } else { (1.0 - p).max(1e-7).ln() });
                let g = (p - y) * weight;
                for &(b, x) in &ex.feats {
                    let j = b as usize * k + h;
                    let gj = g * x + 1e-6 * w[j];
                    g2[j] += gj * gj;
                    w[j] -= lr * gj / g2[j].sqrt();
                }
                bias_g2[h] += g * g;
                bias[h] -= lr * g / bias_g2[h].sqrt();
            }
        }
        eprintln!("epoch {}: weighted loss {:.4}", epoch + 1, loss / train.len() as f64);
    }

    // Prune to the `keep` strongest buckets, then quantise each head to one signed byte.
    let mut strength: Vec<(f32, usize)> =
        (0..buckets).map(|b| ((0..k).map(|h| w[b * k + h].abs()).fold(0.0, f32::max), b)).collect();
    strength.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut kept = vec![false; buckets];
    for &(s, b) in strength.iter().take(opts.keep) {
        kept[b] = s > 0.0;
    }
    let mut scales: Vec<f32> = (0..k)
        .map(|h| (0..buckets).filter(|&b| kept[b]).map(|b| w[b * k + h].abs()).fold(0.0, f32::max) / 127.0)
        .collect();
    let mut q = vec![0i8; buckets * k];
    for b in (0..buckets).filter(|&b| kept[b]) {
        for h in 0..k {
            if scales[h] > 0.0 {
                q[b * k + h] = (w[b * k + h] / scales[h]).round().clamp(-127.0, 127.0) as i8;
            }
        }
    }
    if let Some(path) = &opts.base_model {
        let base_bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        let base = Model::from_bytes(&base_bytes).map_err(|e| format!("{path}: {e}"))?;
        let base_heads: Vec<Category> = base.heads.iter().map(|h| h.category).collect();
        if base.bits != opts.bits || base_heads != heads {
            return Err(format!(
                "{path}: its bits and heads ({} bits, {base_heads:?}) differ from this training's",
                base.bits
            ));
        }
        for h in (0..k).filter(|&h| heads[h] != Category::Hate) {
            bias[h] = base.heads[h].bias;
            scales[h] = base.heads[h].scale;
            for b in 0..buckets {
                q[b * k + h] = base.weight(b, h);
            }
        }
        for (b, kept_b) in kept.iter_mut().enumerate() {
            *kept_b = (0..k).any(|h| q[b * k + h] != 0);
        }
        eprintln!("kept every head but hate from {path}");
    }
    let uncalibrated: Vec<Head> = heads
        .iter()
        .enumerate()
        .map(|(h, &category)| Head { category, bias: bias[h], scale: scales[h], calib: [(1.0, 0.0); SCRIPT_GROUPS] })
        .collect();
    let quantised = Model::from_parts(opts.bits, uncalibrated.clone(), q.clone()).map_err(|e| e.to_string())?;

    // Calibrate each head on the dev rows, scoring them exactly as the engine will.
    let dev_texts: Vec<(usize, &data::Row)> =
        sets.iter().enumerate().flat_map(|(si, s)| s.rows.iter().filter(|r| r.dev).map(move |r| (si, r))).collect();
    let mut per_head: Vec<Vec<(f32, bool)>> = vec![Vec::new(); k];
    let mut per_head_group: Vec<Vec<Vec<(f32, bool)>>> = vec![vec![Vec::new(); SCRIPT_GROUPS]; k];
    let mut per_set_head: BTreeMap<(usize, usize), Vec<(f64, bool)>> = BTreeMap::new();
    for &(si, r) in &dev_texts {
        let view = engine.normalizer().normalize(&r.text).marks.text;
        let raw = quantised.raw_scores(&view);
        let group = script_group(&view);
        for (c, t) in row_targets(&sets[si].spec, r, &heads) {
            let h = head_of(c);
            per_head[h].push((raw[h], t));
            per_head_group[h][group].push((raw[h], t));
            per_set_head.entry((si, h)).or_default().push((f64::from(raw[h]), t));
        }
    }
    let _ = dev;
    let heads_final: Vec<Head> = uncalibrated
        .into_iter()
        .enumerate()
        .map(|(h, mut head)| {
            // One Platt curve for all, shifted per script group so that the group's benign posts sit
            // where everyone's do: the same threshold then gives about the same false-positive rate
            // in every script (the sets' very different priors would skew per-group Platt fits).
            let (a, b) = platt(&per_head[h]);
            let pooled_q = negative_quantile(&per_head[h], CALIBRATION_QUANTILE);
            for g in 0..SCRIPT_GROUPS {
                let pts = &per_head_group[h][g];
                let negatives = pts.iter().filter(|p| !p.1).count();
                let positives = pts.len() - negatives;
                head.calib[g] = match (pooled_q, negative_quantile(pts, CALIBRATION_QUANTILE)) {
                    (Some(zp), Some(zg)) if negatives >= 200 && positives >= 30 => (a, b + a * (zp - zg)),
                    _ => (a, b),
                };
            }
            head
        })
        .collect();
    let model = Model::from_parts(opts.bits, heads_final, q).map_err(|e| e.to_string())?;
    let bytes = model.to_bytes();
    std::fs::write(&opts.out, &bytes).map_err(|e| format!("{}: {e}", opts.out))?;
    let nonzero = kept.iter().filter(|&&x| x).count();
    eprintln!("wrote {} ({} bytes, {} buckets kept)", opts.out, bytes.len(), nonzero);

    // The model card: sources, licences, rows, and dev AUC per set and head.
    let mut card = String::new();
    let _ = writeln!(card, "# Waspada model card\n");
    let _ = writeln!(
        card,
        "`waspada.model` is a multi-head logistic regression over hashed word uni/bigrams and character 3-/5-grams\n\
         of the normalised text (`src/model.rs`), {} hash bits, {} of {} buckets kept, weights quantised to one signed\n\
         byte per head, each head calibrated by Platt scaling on the dev splits. File size {} bytes.\n",
        opts.bits, nonzero, buckets, bytes.len()
    );
    let _ = writeln!(
        card,
        "Made by `cargo run --release -- train --data ../shared/data{} --keep {}` ({} epochs of AdaGrad, each set\n\
         weighted equally per head with balanced classes; deterministic). Training data never enters the repository;\n\
         the suites' held-back templates never enter training.\n",
        opts.suites.iter().map(|s| format!(" --suites {s}")).collect::<String>()
            + &opts.base_model.as_deref().map(|m| format!(" --base-model {m}")).unwrap_or_default(),
        opts.keep,
        opts.epochs
    );
    if opts.base_model.is_some() {
        let _ = writeln!(
            card,
            "The base model is made first by `cargo run --release -- train --data ../shared/data --keep {} --out BASE`;\n\
             every head but `hate` is the base's, unchanged: the suites teach the hate head only (they would move the\n\
             corpora-trained heads off their thresholds).\n",
            opts.keep
        );
    }
    let _ = writeln!(card, "**Licence of the weights**: the strictest of the sets below, CC BY-NC-SA 4.0 (from the Indonesian and\nBurmese sets); every set is attributed here.\n");
    let _ = writeln!(
        card,
        "| set | source (repository @ commit) | licence | heads | train rows | dev rows | dev AUC per head |"
    );
    let _ = writeln!(card, "| --- | --- | --- | --- | --- | --- | --- |");
    for (si, s) in sets.iter().enumerate() {
        let train_rows = s.rows.iter().filter(|r| !r.dev).count();
        let dev_rows = s.rows.iter().filter(|r| r.dev).count();
        let heads_txt: Vec<&str> = s.spec.heads.iter().map(|(c, _)| c.name()).collect();
        let aucs: Vec<String> = s
            .spec
            .heads
            .iter()
            .map(|(c, _)| {
                let mut pts = per_set_head.get(&(si, head_of(*c))).cloned().unwrap_or_default();
                let a = auc(&mut pts);
                if a.is_nan() {
                    format!("{} (no dev rows)", c.name())
                } else {
                    format!("{} {a:.3}", c.name())
                }
            })
            .collect();
        let _ = writeln!(
            card,
            "| {} | {} | {} | {} | {} | {} | {} |",
            s.spec.name,
            card_source(dir, &s.spec.name),
            s.spec.licence,
            heads_txt.join(", "),
            train_rows,
            dev_rows,
            aucs.join("; ")
        );
    }
    let _ = writeln!(card, "\nHeads and calibration:\n");
    for (h, head) in model.heads.iter().enumerate() {
        let mut pts: Vec<(f64, bool)> = per_head[h].iter().map(|&(x, t)| (f64::from(x), t)).collect();
        let _ = writeln!(
            card,
            "- `{}`: bias {:.3}, scale {:.5}; pooled dev AUC {:.3} over {} rows; Platt (a, b) per script: {}",
            head.category.name(),
            head.bias,
            head.scale,
            auc(&mut pts),
            pts.len(),
            head.calib
                .iter()
                .zip(SCRIPT_GROUP_NAMES)
                .map(|((a, b), name)| format!("{name} ({a:.2}, {b:.2})"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let _ = writeln!(card, "\nDev splits: the set's own `dev` split where it has one, else a stable hash of the text (1 in 10);\ntexts that occur in both halves are dropped from training. The Burmese set is word-segmented with spaces;\nthose spaces are removed before training, as real posts have none. The full evaluation of the engine\n(rules + model) is `waspada eval --data DIR`.");
    let card_path = Path::new(&opts.out).with_file_name("MODEL_CARD.md");
    std::fs::write(&card_path, card).map_err(|e| format!("{}: {e}", card_path.display()))?;
    eprintln!("wrote {}", card_path.display());
    Ok(())
}
