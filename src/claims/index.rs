//! Claim retrieval in two steps: BM25 finds a post's candidate claims, the re-ranker decides.
//!
//! ```
//! use waspada::claims::index::{ClaimIndex, Matching};
//! use waspada::claims::{Claim, ClaimVerdict};
//! use waspada::normalize::Normalizer;
//!
//! let claim = Claim {
//!     id: "1".into(),
//!     claim: "Gunung Lawu akan meletus besar minggu depan, warga harus mengungsi".into(),
//!     verdict: ClaimVerdict::False,
//!     rating: None,
//!     checker: "example".into(),
//!     url: "https://example.org/1".into(),
//!     date: None,
//!     lang: Some("id".into()),
//!     claim_text: None,
//!     category: None,
//! };
//! let normalizer = Normalizer::default();
//! let index = ClaimIndex::new([claim], &normalizer, Matching::bundled().unwrap().into());
//! let post = normalizer.normalize("Gunung Lawu bakal meletus besar minggu depan!! warga hrs mengungsi").marks.text;
//! assert_eq!(index.best_match(&post).map(|m| m.index), Some(0));
//! let other = normalizer.normalize("Pendakian Gunung Lawu dibuka lagi minggu depan").marks.text;
//! assert!(index.best_match(&other).is_none());
//! ```

use super::informal::Informal;
use super::rerank::{Features, Reranker, N_FEATURES};
use super::{Claim, ClaimVerdict};
use crate::error::Result;
use crate::fasthash::{hash_str, FastMap as HashMap};
use crate::normalize::{is_unspaced_script, is_word_char, Normalizer};
use std::borrow::Cow;
use std::sync::Arc;

/// Candidates BM25 passes to the re-ranker.
pub const CANDIDATES: usize = 10;
/// A candidate must share at least this much of the claim's weighted words...
const PREFILTER_COVERAGE: f32 = 0.25;
/// ...and this many words (character trigrams count a third each).
const PREFILTER_SHARED: f32 = 1.5;
/// Words in more than this share of claims say nothing about which claim a post repeats.
const MAX_DOC_SHARE: f32 = 0.05;
/// ...and in a large pack, words in more than this many claims (their postings are long to walk).
const MAX_DF: usize = 1000;
/// A word in at most this many claims is rare: shared, it names the claim; missing, it is a doubt.
const RARE_DF: usize = 2;
/// BM25's saturation and length normalisation (words occur once per claim, so `k1` only scales).
const BM25_K1: f32 = 1.2;
const BM25_B: f32 = 0.75;

/// Words that negate, after the informal table ("gak" → "tidak"). Thai's "ไม่" is found inside
/// unspaced runs.
/// ("di" is left out: in Indonesian and Malay it means "at".)
const NEGATIONS: [&str; 13] =
    ["tidak", "bukan", "tak", "belum", "not", "no", "never", "none", "không", "chẳng", "chưa", "hindi", "wala"];

/// How the matcher reads words and decides: the informal-spelling table and the re-ranker.
#[derive(Debug, Clone, Default)]
pub struct Matching {
    pub informal: Informal,
    pub reranker: Reranker,
    pub roots: RootWords,
}

impl Matching {
    /// The bundled table and model (`assets/claims/informal.tsv`, `assets/claims/reranker.tsv`).
    pub fn bundled() -> Result<Matching> {
        Ok(Matching {
            informal: Informal::parse(crate::bundled::CLAIM_INFORMAL)?,
            reranker: Reranker::parse(crate::bundled::CLAIM_RERANKER)?,
            roots: RootWords::bundled(),
        })
    }
}

/// One content token of a text.
#[derive(Debug, Clone, Copy)]
struct Token {
    hash: u64,
    /// A word counts 1, a character trigram of an unspaced script a third.
    unit: f32,
    number: bool,
}

/// A post's tokens in order, and whether it negates.
struct Tokens {
    sequence: Vec<Token>,
    negation: bool,
}

/// Removes common Malay/Indonesian and English affixes from a Latin word, so "meletus" and
/// "letusan", "vaccines" and "vaccine" meet. A nasal prefix before a vowel may have replaced the
/// root's first letter ("mengirim" is me- + "kirim", "menyetujui" me- + "setuju", but "mengambil" is
/// me- + "ambil"): `roots` (words known to begin a root) decides, else the plain cut stands.
fn stem<'a>(word: &'a str, roots: &RootWords) -> Cow<'a, str> {
    let mut w = word;
    if w.len() < 6 || !w.is_ascii() {
        return Cow::Borrowed(w);
    }
    for suffix in ["nya", "lah", "kah", "kan", "ing", "ed", "es", "an", "mu", "ku", "s", "i"] {
        if let Some(s) = w.strip_suffix(suffix) {
            if s.len() >= 4 {
                w = s;
                break;
            }
        }
    }
    // (prefix, the letter a nasal prefix may have replaced)
    let prefixes = [
        ("meng", Some('k')),
        ("meny", Some('s')),
        ("mem", Some('p')),
        ("men", Some('t')),
        ("me", None),
        ("ber", None),
        ("per", None),
        ("peng", Some('k')),
        ("peny", Some('s')),
        ("pem", Some('p')),
        ("pen", Some('t')),
        ("ter", None),
        ("di", None),
        ("ke", None),
        ("se", None),
    ];
    for (prefix, replaced) in prefixes {
        let Some(rest) = w.strip_prefix(prefix) else { continue };
        if rest.len() < 4 {
            continue;
        }
        let vowel = rest.starts_with(['a', 'e', 'i', 'o', 'u']);
        if let (Some(letter), true) = (replaced, vowel) {
            if !roots.known(rest) {
                let restored = format!("{letter}{rest}");
                if roots.known(&restored) {
                    return Cow::Owned(restored);
                }
            }
        }
        return Cow::Borrowed(rest);
    }
    Cow::Borrowed(w)
}

/// Words that may be roots (from `assets/normalize/ordinary_words.txt`), by hash: only those that
/// begin with a vowel or with a letter a nasal prefix replaces, the ones `stem` asks about.
#[derive(Debug, Clone, Default)]
pub struct RootWords(crate::fasthash::FastSet<u64>);

impl RootWords {
    fn bundled() -> RootWords {
        let words = crate::fuzzy::ORDINARY_WORDS.lines().filter(|l| !l.starts_with('#')).map(str::trim);
        RootWords(
            words.filter(|w| w.starts_with(['k', 's', 'p', 't', 'a', 'e', 'i', 'o', 'u'])).map(hash_str).collect(),
        )
    }

    fn known(&self, word: &str) -> bool {
        self.0.contains(&hash_str(word))
    }
}

impl Matching {
    /// The content tokens of a normalised text (the `marks` view): informal spellings folded and
    /// words stemmed; character trigrams for scripts written without spaces.
    fn tokens(&self, view: &str) -> Tokens {
        let mut sequence = Vec::new();
        let mut negation = false;
        for word in view.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()) {
            if word.chars().any(is_unspaced_script) {
                negation |= word.contains("ไม่");
                let starts: Vec<usize> = word.char_indices().map(|(i, _)| i).chain([word.len()]).collect();
                let grams: Box<dyn Iterator<Item = &str>> = if starts.len() <= 4 {
                    Box::new(std::iter::once(word))
                } else {
                    Box::new(starts.windows(4).map(|w| &word[w[0]..w[3]]))
                };
                sequence.extend(grams.map(|g| Token { hash: hash_str(g), unit: 1.0 / 3.0, number: false }));
                continue;
            }
            let folded: Cow<str> = self.informal.fold(word);
            if NEGATIONS.contains(&folded.as_ref()) {
                negation = true;
            }
            let number = folded.bytes().all(|b| b.is_ascii_digit());
            if folded.len() < 2 || (number && folded.len() < 3) {
                continue;
            }
            sequence.push(Token { hash: hash_str(&stem(&folded, &self.roots)), unit: 1.0, number });
        }
        Tokens { sequence, negation }
    }
}

/// A candidate claim for a post, with the features the re-ranker read and its probability.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The claim (`ClaimIndex::claim`).
    pub index: usize,
    pub probability: f32,
    pub features: Features,
}

/// A post's best match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClaimMatch {
    pub index: usize,
    /// The re-ranker's probability (at least its threshold).
    pub probability: f32,
    /// Share of the claim's weighted words the post contains.
    pub coverage: f32,
}

/// Per-thread scratch space of the matcher: one accumulator per document, reset after each post.
#[derive(Default)]
struct Scratch {
    acc: Vec<(f32, f32)>,
    touched: Vec<u32>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// The index.
#[derive(Debug, Clone, Default)]
pub struct ClaimIndex {
    /// Shared with the engine's packs, not copied.
    claims: Vec<Arc<Claim>>,
    matching: Arc<Matching>,
    /// Token (by its 64-bit hash: as strings, 15,000 allocations) → token id.
    dict: HashMap<u64, u32>,
    /// The documents of token `t`: `posting_docs[posting_starts[t]..posting_starts[t + 1]]`.
    posting_starts: Vec<u32>,
    posting_docs: Vec<u32>,
    idf: Vec<f32>,
    unit: Vec<f32>,
    number: Vec<bool>,
    /// Indexed texts ("documents"): each claim's summary, and the wording that circulated when a
    /// pack gives it (`claim_text`). Postings, weights and tokens are per document.
    doc_claim: Vec<u32>,
    /// Σ idf × unit over the document's informative tokens (for finding candidates)...
    doc_weight: Vec<f32>,
    /// ...and over all its tokens (for judging them: a common word missing still counts).
    doc_weight_all: Vec<f32>,
    doc_units: Vec<f32>,
    /// BM25's factor for the document's length.
    doc_norm: Vec<f32>,
    doc_negation: Vec<bool>,
    /// The tokens of document `d`: `doc_token_ids[doc_token_starts[d]..doc_token_starts[d + 1]]`.
    doc_token_starts: Vec<u32>,
    doc_token_ids: Vec<u32>,
    max_df: usize,
}

/// Lists of lists as one flat list and where each starts (one more at the end).
fn flatten(lists: Vec<Vec<u32>>) -> (Vec<u32>, Vec<u32>) {
    let mut starts = Vec::with_capacity(lists.len() + 1);
    let mut flat = Vec::with_capacity(lists.iter().map(Vec::len).sum());
    for list in lists {
        starts.push(flat.len() as u32);
        flat.extend(list);
    }
    starts.push(flat.len() as u32);
    (starts, flat)
}

impl ClaimIndex {
    /// Indexes the claims that can warn (rated false or misleading).
    pub fn new<C: Into<Arc<Claim>>>(
        claims: impl IntoIterator<Item = C>,
        normalizer: &Normalizer,
        matching: Arc<Matching>,
    ) -> ClaimIndex {
        let mut index = ClaimIndex { matching, ..ClaimIndex::default() };
        let mut doc_tokens: Vec<Vec<u32>> = Vec::new();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        for claim in claims {
            let claim: Arc<Claim> = claim.into();
            if !matches!(claim.verdict, ClaimVerdict::False | ClaimVerdict::Misleading) {
                continue;
            }
            let claim_id = index.claims.len() as u32;
            let texts = std::iter::once(&*claim.claim).chain(claim.claim_text.as_deref());
            for text in texts {
                let view = normalizer.normalize(text).marks.text;
                let tokens = index.matching.tokens(&view);
                let doc = doc_tokens.len() as u32;
                let mut ids: Vec<u32> = Vec::new();
                for t in &tokens.sequence {
                    let next = index.dict.len() as u32;
                    let id = *index.dict.entry(t.hash).or_insert(next);
                    if id == next {
                        postings.push(Vec::new());
                        index.unit.push(t.unit);
                        index.number.push(t.number);
                    }
                    if !ids.contains(&id) {
                        postings[id as usize].push(doc);
                        ids.push(id);
                    }
                }
                index.doc_units.push(ids.iter().map(|&t| index.unit[t as usize]).sum());
                index.doc_negation.push(tokens.negation);
                doc_tokens.push(ids);
                index.doc_claim.push(claim_id);
            }
            index.claims.push(claim);
        }
        let n = doc_tokens.len().max(1) as f32;
        index.max_df = ((n * MAX_DOC_SHARE) as usize).clamp(3, MAX_DF);
        index.idf = postings.iter().map(|p| (1.0 + (n - p.len() as f32 + 0.5) / (p.len() as f32 + 0.5)).ln()).collect();
        // Words too common to tell claims apart count neither for nor against a match.
        let informative = |t: u32| postings[t as usize].len() <= index.max_df;
        index.doc_weight = doc_tokens
            .iter()
            .map(|ids| {
                ids.iter().filter(|&&t| informative(t)).map(|&t| index.idf[t as usize] * index.unit[t as usize]).sum()
            })
            .collect();
        index.doc_weight_all = doc_tokens
            .iter()
            .map(|ids| ids.iter().map(|&t| index.idf[t as usize] * index.unit[t as usize]).sum())
            .collect();
        let avg_units = index.doc_units.iter().sum::<f32>() / n;
        index.doc_norm = index
            .doc_units
            .iter()
            .map(|&len| (BM25_K1 + 1.0) / (1.0 + BM25_K1 * (1.0 - BM25_B + BM25_B * len / avg_units.max(1e-6))))
            .collect();
        (index.posting_starts, index.posting_docs) = flatten(postings);
        (index.doc_token_starts, index.doc_token_ids) = flatten(doc_tokens);
        index
    }

    /// The documents holding token `t`.
    fn posting(&self, t: u32) -> &[u32] {
        let t = t as usize;
        &self.posting_docs[self.posting_starts[t] as usize..self.posting_starts[t + 1] as usize]
    }

    /// The tokens of document `doc`.
    fn doc_tokens(&self, doc: usize) -> &[u32] {
        &self.doc_token_ids[self.doc_token_starts[doc] as usize..self.doc_token_starts[doc + 1] as usize]
    }

    pub fn len(&self) -> usize {
        self.claims.len()
    }

    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }

    pub fn claim(&self, i: usize) -> &Claim {
        &self.claims[i]
    }

    /// The matcher's table and model.
    pub fn matching(&self) -> &Matching {
        &self.matching
    }

    /// The best coverage of the document by a window of the post a little longer than the claim:
    /// a claim's words must come together, not be scattered over a long article.
    fn window_coverage(&self, doc: usize, sequence: &[Option<u32>]) -> f32 {
        let ids = self.doc_tokens(doc);
        let window = 2 * ids.len() + 8;
        let total = self.doc_weight_all[doc].max(1e-6);
        // Sorted once, so a long post costs a binary search per word, not a walk of the claim.
        let mut sorted = ids.to_vec();
        sorted.sort_unstable();
        let member = |tok: Option<u32>| tok.filter(|t| sorted.binary_search(t).is_ok());
        let mut counts: HashMap<u32, usize> = HashMap::default();
        let (mut covered, mut best) = (0.0f32, 0.0f32);
        for (end, &tok) in sequence.iter().enumerate() {
            if let Some(t) = member(tok) {
                let n = counts.entry(t).or_insert(0);
                if *n == 0 {
                    covered += self.idf[t as usize] * self.unit[t as usize];
                }
                *n += 1;
            }
            if end >= window {
                if let Some(t) = member(sequence[end - window]) {
                    if let Some(n) = counts.get_mut(&t) {
                        *n -= 1;
                        if *n == 0 {
                            covered -= self.idf[t as usize] * self.unit[t as usize];
                        }
                    }
                }
            }
            best = best.max(covered);
        }
        (best / total).min(1.0)
    }

    /// Rough heap size in bytes: the index's own tables, and the claim records it shares with the
    /// packs (for the benchmark note).
    pub fn heap_bytes(&self) -> (usize, usize) {
        let u32s = self.posting_starts.len() + self.posting_docs.len() + self.doc_token_ids.len();
        let u32s = u32s + self.doc_token_starts.len() + self.doc_claim.len();
        let per_doc = self.doc_claim.len() * (4 * 4 + 1);
        let per_token = self.idf.len() * (4 + 4 + 1);
        let dict = self.dict.capacity() * 13;
        let text = |s: &str| if s.is_empty() { 0 } else { s.len().next_multiple_of(8) };
        let claims: usize = self
            .claims
            .iter()
            .map(|c| {
                let optional = [&c.rating, &c.date, &c.lang, &c.claim_text, &c.category];
                text(&c.id)
                    + text(&c.claim)
                    + text(&c.checker)
                    + text(&c.url)
                    + optional.iter().map(|o| o.as_deref().map_or(0, text)).sum::<usize>()
                    + std::mem::size_of::<Claim>()
                    + 16
            })
            .sum();
        (u32s * 4 + per_doc + per_token + dict + self.claims.len() * 8, claims)
    }

    /// The post's candidate claims, best first: BM25's top documents that share enough of a claim,
    /// scored by the re-ranker, one per claim. `view` is the normalised post (`marks` view).
    pub fn candidates(&self, view: &str) -> Vec<Candidate> {
        if self.claims.is_empty() {
            return Vec::new();
        }
        let tokens = self.matching.tokens(view);
        let sequence: Vec<Option<u32>> = tokens.sequence.iter().map(|t| self.dict.get(&t.hash).copied()).collect();
        let mut distinct: Vec<u32> = sequence.iter().flatten().copied().collect();
        distinct.sort_unstable();
        distinct.dedup();
        let mut hashes: Vec<(u64, f32)> = tokens.sequence.iter().map(|t| (t.hash, t.unit)).collect();
        hashes.sort_unstable_by_key(|h| h.0);
        hashes.dedup_by_key(|h| h.0);
        let post_units: f32 = hashes.iter().map(|h| h.1).sum();
        let post_numbers = tokens.sequence.iter().any(|t| t.number);
        // BM25 over the informative tokens, and the shared units, per document.
        let mut ranked: Vec<(usize, f32, f32, f32)> = SCRATCH.with(|scratch| {
            let mut scratch = scratch.borrow_mut();
            let Scratch { acc, touched } = &mut *scratch;
            if acc.len() < self.doc_claim.len() {
                acc.resize(self.doc_claim.len(), (0.0, 0.0));
            }
            for &id in &distinct {
                let posting = self.posting(id);
                if posting.len() > self.max_df {
                    continue;
                }
                let unit = self.unit[id as usize];
                let w = self.idf[id as usize] * unit;
                for &d in posting {
                    let slot = &mut acc[d as usize];
                    if slot.1 == 0.0 {
                        touched.push(d);
                    }
                    slot.0 += w;
                    slot.1 += unit;
                }
            }
            let mut out = Vec::new();
            for &d in touched.iter() {
                let (w, shared) = std::mem::take(&mut acc[d as usize]);
                let coverage = w / self.doc_weight[d as usize].max(1e-6);
                if coverage >= PREFILTER_COVERAGE && shared >= PREFILTER_SHARED {
                    out.push((d as usize, w * self.doc_norm[d as usize], coverage, shared));
                }
            }
            touched.clear();
            out
        });
        if ranked.is_empty() {
            return Vec::new();
        }
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(CANDIDATES);
        // Pairs of the post's words standing together (at most one word apart), to find the claim's
        // own word pairs: a post that repeats a claim repeats its phrases, not only its words.
        let mut pairs: Vec<u64> = Vec::with_capacity(2 * sequence.len());
        for (i, a) in sequence.iter().enumerate() {
            let Some(a) = a else { continue };
            for b in sequence[i + 1..].iter().take(2).flatten() {
                pairs.push(u64::from(*a) << 32 | u64::from(*b));
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        let mut out: Vec<Candidate> = Vec::with_capacity(ranked.len());
        for &(doc, bm25, _, shared) in &ranked {
            let claim = self.doc_claim[doc];
            let best_other = ranked.iter().find(|r| self.doc_claim[r.0] != claim).map_or(0.0, |r| r.1);
            let f = self.features(
                doc,
                (&distinct, &sequence, &pairs),
                (post_units, post_numbers, tokens.negation),
                (shared, ((bm25 - best_other) / bm25.max(1e-6)).clamp(0.0, 1.0)),
            );
            let probability = self.matching.reranker.probability(&f);
            match out.iter_mut().find(|c| c.index == claim as usize) {
                Some(c) if c.probability >= probability => {}
                Some(c) => {
                    c.probability = probability;
                    c.features = f;
                }
                None => out.push(Candidate { index: claim as usize, probability, features: f }),
            }
        }
        out.sort_by(|a, b| b.probability.total_cmp(&a.probability).then(a.index.cmp(&b.index)));
        out
    }

    /// The features of document `doc` for a post.
    fn features(
        &self,
        doc: usize,
        (distinct, sequence, pairs): (&[u32], &[Option<u32>], &[u64]),
        (post_units, post_numbers, post_negation): (f32, bool, bool),
        (shared, lead): (f32, f32),
    ) -> Features {
        let (mut rare_shared, mut rare_missing, mut trigram_units) = (0.0f32, 0.0f32, 0.0f32);
        let mut matched = 0.0f32;
        let (mut numbers, mut numbers_present) = (0usize, 0usize);
        for &t in self.doc_tokens(doc) {
            let unit = self.unit[t as usize];
            let present = distinct.binary_search(&t).is_ok();
            if present {
                matched += self.idf[t as usize] * unit;
            }
            if self.posting(t).len() <= RARE_DF {
                if present {
                    rare_shared += unit;
                } else {
                    rare_missing += unit;
                }
            }
            if self.number[t as usize] {
                numbers += 1;
                numbers_present += usize::from(present);
            }
            if unit < 1.0 {
                trigram_units += unit;
            }
        }
        let ids = self.doc_tokens(doc);
        let pairs_found =
            ids.windows(2).filter(|w| pairs.binary_search(&(u64::from(w[0]) << 32 | u64::from(w[1]))).is_ok()).count();
        let pairs_share = if ids.len() > 1 { pairs_found as f32 / (ids.len() - 1) as f32 } else { 0.0 };
        let unspaced = trigram_units / self.doc_units[doc].max(1e-6);
        // Coverage over every word of the claim: "Cats and dogs spread coronavirus" is not found in
        // "cats are special dogs" just because "coronavirus" is in many claims.
        let coverage_all = matched / self.doc_weight_all[doc].max(1e-6);
        let mut f = [0f32; N_FEATURES];
        f[0] = coverage_all.min(1.0);
        f[1] = self.window_coverage(doc, sequence);
        f[2] = shared.ln_1p();
        f[3] = rare_shared.ln_1p();
        f[4] = rare_missing.ln_1p();
        f[5] = if numbers > 0 { numbers_present as f32 / numbers as f32 } else { 0.0 };
        f[6] = f32::from(u8::from(numbers > 0 && numbers_present == 0 && post_numbers));
        f[7] = f32::from(u8::from(self.doc_negation[doc] != post_negation));
        f[8] = (post_units.max(0.5) / self.doc_units[doc].max(0.5)).ln().clamp(-3.0, 5.0);
        f[9] = unspaced;
        f[10] = lead;
        f[11] = coverage_all.min(1.0) * unspaced;
        // A claim of four everyday words is found by chance in long posts; one of twelve rare words is not.
        f[12] = matched.ln_1p();
        f[13] = self.doc_weight[doc].ln_1p();
        f[14] = pairs_share;
        f
    }

    /// The claim a normalised post (`marks` view) repeats, if the re-ranker is sure enough.
    pub fn best_match(&self, view: &str) -> Option<ClaimMatch> {
        let best = self.candidates(view).into_iter().next()?;
        (best.probability >= self.matching.reranker.threshold).then_some(ClaimMatch {
            index: best.index,
            probability: best.probability,
            coverage: best.features[0],
        })
    }
}
