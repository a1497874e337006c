//! The claim re-ranker: features of a (post, claim) pair and the logistic model that decides a match.
//!
//! BM25 finds candidates; many share words with a post without being its claim ("banjir" and
//! "Jakarta" are in hundreds of fact-checks). These features catch the near-misses: rare words
//! shared or missing, numbers that agree or clash, a negation on one side only, how much of the
//! claim the post covers and how close together. The weights and the decision threshold are data
//! (`assets/claims/reranker.tsv`), trained by `waspada train-claims`.

use crate::error::{Error, Result};

/// The features, in the order of the weights.
pub const FEATURE_NAMES: [&str; 15] = [
    "coverage",
    "window",
    "shared",
    "rare_shared",
    "rare_missing",
    "numbers_agree",
    "numbers_clash",
    "negation_differs",
    "length_ratio",
    "unspaced",
    "lead",
    "coverage_unspaced",
    "matched_weight",
    "claim_weight",
    "pairs",
];

/// The number of features.
pub const N_FEATURES: usize = FEATURE_NAMES.len();

/// The features of one (post, claim) pair.
pub type Features = [f32; N_FEATURES];

/// Version of the `reranker.tsv` format this engine reads.
pub const FORMAT_VERSION: u32 = 1;

/// A logistic model over [`Features`] and the probability at which a candidate counts as a match.
#[derive(Debug, Clone, PartialEq)]
pub struct Reranker {
    pub bias: f32,
    pub weights: Features,
    /// Chosen for false matches on benign posts, not for recall.
    pub threshold: f32,
}

impl Default for Reranker {
    /// A hand-set model close to the old coverage rule, for tests and for training's first step.
    fn default() -> Reranker {
        let mut weights = [0.0; N_FEATURES];
        weights[0] = 6.0;
        weights[1] = 4.0;
        weights[2] = 1.5;
        Reranker { bias: -8.0, weights, threshold: 0.5 }
    }
}

impl Reranker {
    /// The probability that the claim is the one the post repeats.
    pub fn probability(&self, f: &Features) -> f32 {
        let z = self.bias + self.weights.iter().zip(f).map(|(w, x)| w * x).sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }

    /// Parses `reranker.tsv`: `format 1`, then `bias`, `threshold` and one line per feature, each a
    /// name, a tab and a number; `#` lines are comments. Every feature must be given.
    pub fn parse(text: &str) -> Result<Reranker> {
        const FILE: &str = "reranker.tsv";
        let mut format = None;
        let (mut bias, mut threshold) = (None, None);
        let mut weights: [Option<f32>; N_FEATURES] = [None; N_FEATURES];
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, value) =
                line.split_once('\t').ok_or_else(|| Error::at(FILE, i + 1, "expected a name, a tab and a number"))?;
            let number: f32 = value
                .trim()
                .parse()
                .ok()
                .filter(|v: &f32| v.is_finite())
                .ok_or_else(|| Error::at(FILE, i + 1, format!("'{}' is not a number", value.trim())))?;
            match name.trim() {
                "format" => {
                    if number != FORMAT_VERSION as f32 {
                        return Err(Error::at(
                            FILE,
                            i + 1,
                            format!("format {number} is not {FORMAT_VERSION}, the version this engine reads"),
                        ));
                    }
                    format = Some(());
                }
                "bias" => bias = Some(number),
                "threshold" if (0.0..=1.0).contains(&number) => threshold = Some(number),
                "threshold" => return Err(Error::at(FILE, i + 1, "the threshold must be between 0 and 1")),
                other => match FEATURE_NAMES.iter().position(|&f| f == other) {
                    Some(k) => weights[k] = Some(number),
                    None => return Err(Error::at(FILE, i + 1, format!("unknown feature '{other}'"))),
                },
            }
        }
        format.ok_or_else(|| Error::new(format!("{FILE}: missing the 'format' line")))?;
        let mut out = Reranker {
            bias: bias.ok_or_else(|| Error::new(format!("{FILE}: missing 'bias'")))?,
            weights: [0.0; N_FEATURES],
            threshold: threshold.ok_or_else(|| Error::new(format!("{FILE}: missing 'threshold'")))?,
        };
        for (k, w) in weights.iter().enumerate() {
            out.weights[k] = w.ok_or_else(|| Error::new(format!("{FILE}: missing feature '{}'", FEATURE_NAMES[k])))?;
        }
        Ok(out)
    }

    /// The model as `reranker.tsv` text, after `header` (comment lines).
    pub fn to_text(&self, header: &str) -> String {
        let mut out = String::from(header);
        out.push_str(&format!("format\t{FORMAT_VERSION}\nthreshold\t{:.4}\nbias\t{:.4}\n", self.threshold, self.bias));
        for (name, w) in FEATURE_NAMES.iter().zip(self.weights) {
            out.push_str(&format!("{name}\t{w:.4}\n"));
        }
        out
    }
}

/// Fits a logistic regression by Newton's method with an L2 penalty `l2` (rows are features and
/// a 0/1 label, each with a weight). Returns the bias and the weights.
pub fn fit(rows: &[(Features, bool, f32)], l2: f64) -> (f32, Features) {
    const D: usize = N_FEATURES + 1;
    let mut w = [0f64; D];
    for _ in 0..25 {
        let mut grad = [0f64; D];
        let mut hess = [[0f64; D]; D];
        for (f, y, weight) in rows {
            let mut x = [1f64; D];
            for k in 0..N_FEATURES {
                x[k + 1] = f64::from(f[k]);
            }
            let z: f64 = x.iter().zip(&w).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let g = (p - f64::from(u8::from(*y))) * f64::from(*weight);
            let h = (p * (1.0 - p)).max(1e-9) * f64::from(*weight);
            for a in 0..D {
                grad[a] += g * x[a];
                for b in 0..D {
                    hess[a][b] += h * x[a] * x[b];
                }
            }
        }
        for a in 1..D {
            grad[a] += l2 * w[a];
            hess[a][a] += l2;
        }
        hess[0][0] += 1e-9;
        let step = solve(hess, grad);
        let mut change = 0f64;
        for a in 0..D {
            w[a] -= step[a];
            change = change.max(step[a].abs());
        }
        if change < 1e-6 {
            break;
        }
    }
    let mut weights = [0f32; N_FEATURES];
    for k in 0..N_FEATURES {
        weights[k] = w[k + 1] as f32;
    }
    (w[0] as f32, weights)
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve<const D: usize>(mut a: [[f64; D]; D], mut b: [f64; D]) -> [f64; D] {
    for col in 0..D {
        let pivot = (col..D).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs())).unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        let p = a[col][col];
        if p.abs() < 1e-12 {
            continue;
        }
        for row in col + 1..D {
            let factor = a[row][col] / p;
            for k in col..D {
                a[row][k] -= factor * a[col][k];
            }
            b[row] -= factor * b[col];
        }
    }
    let mut x = [0f64; D];
    for row in (0..D).rev() {
        let s: f64 = (row + 1..D).map(|k| a[row][k] * x[k]).sum();
        x[row] = if a[row][row].abs() < 1e-12 { 0.0 } else { (b[row] - s) / a[row][row] };
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trip() {
        let r = Reranker::default();
        assert_eq!(Reranker::parse(&r.to_text("# test\n")).unwrap(), r);
    }

    #[test]
    fn bad_files_are_named() {
        let good = Reranker::default().to_text("");
        let cases = [
            (
                good.replace("format\t1", "format\t2"),
                "reranker.tsv:1: format 2 is not 1, the version this engine reads",
            ),
            (
                good.replace("threshold\t0.5000", "threshold\t1.5"),
                "reranker.tsv:2: the threshold must be between 0 and 1",
            ),
            (good.replace("bias\t-8.0000", "bias\tlots"), "reranker.tsv:3: 'lots' is not a number"),
            (good.replace("window\t", "closeness\t"), "reranker.tsv:5: unknown feature 'closeness'"),
            (good.replace("lead\t0.0000\n", ""), "reranker.tsv: missing feature 'lead'"),
            (good.replace("format\t1\n", ""), "reranker.tsv: missing the 'format' line"),
        ];
        for (text, want) in cases {
            assert_eq!(Reranker::parse(&text).unwrap_err().to_string(), want);
        }
    }

    #[test]
    fn fit_separates_a_separable_feature() {
        let mut rows = Vec::new();
        for i in 0..200 {
            let mut f = [0f32; N_FEATURES];
            f[0] = (i as f32) / 200.0;
            rows.push((f, i >= 120, 1.0));
        }
        let (bias, w) = fit(&rows, 0.1);
        let r = Reranker { bias, weights: w, threshold: 0.5 };
        let at = |x: f32| {
            let mut f = [0f32; N_FEATURES];
            f[0] = x;
            r.probability(&f)
        };
        assert!(at(0.9) > 0.9 && at(0.2) < 0.1, "{} {}", at(0.9), at(0.2));
    }
}
