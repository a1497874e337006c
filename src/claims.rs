//! Fact-check claim packs: the JSONL pack format and schema.org ClaimReview, parsed and checked.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashMap;

/// The bundled rating table (`assets/misinfo/ratings.tsv`).
pub const BUNDLED_RATINGS: &str = crate::bundled::RATINGS;

/// A fact-checker's rating, normalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimVerdict {
    False,
    Misleading,
    True,
    Other,
}

impl ClaimVerdict {
    fn parse(s: &str) -> Option<ClaimVerdict> {
        match s {
            "false" => Some(ClaimVerdict::False),
            "misleading" => Some(ClaimVerdict::Misleading),
            "true" => Some(ClaimVerdict::True),
            "other" => Some(ClaimVerdict::Other),
            _ => None,
        }
    }

    /// The English word shown to users ("False", "Misleading"…).
    pub fn label(self) -> &'static str {
        match self {
            ClaimVerdict::False => "False",
            ClaimVerdict::Misleading => "Misleading",
            ClaimVerdict::True => "True",
            ClaimVerdict::Other => "Unproven",
        }
    }
}

/// One fact-checked claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    /// The claim as the fact-checker summarised it.
    pub claim: String,
    pub verdict: ClaimVerdict,
    /// The fact-checker's own rating word, if given ("SALAH", "ข่าวปลอม").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<String>,
    pub checker: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The wording that circulated, when the fact-check quotes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

/// Rating words of fact-checkers mapped to verdicts (`assets/misinfo/ratings.tsv`).
#[derive(Debug, Clone, Default)]
pub struct Ratings {
    map: HashMap<String, ClaimVerdict>,
}

impl Ratings {
    /// Parses `ratings.tsv`.
    pub fn parse(text: &str) -> Result<Ratings> {
        let mut map = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (word, verdict) = line
                .split_once('\t')
                .ok_or_else(|| Error::at("ratings.tsv", i + 1, "expected a rating, a tab and a verdict"))?;
            let verdict = ClaimVerdict::parse(verdict.trim())
                .ok_or_else(|| Error::at("ratings.tsv", i + 1, format!("unknown verdict '{}'", verdict.trim())))?;
            map.insert(clean_rating(word), verdict);
        }
        Ok(Ratings { map })
    }

    /// The verdict for a rating word, if it is known.
    pub fn verdict(&self, rating: &str) -> Option<ClaimVerdict> {
        let r = clean_rating(rating);
        self.map.get(&r).copied().or_else(|| {
            // "SALAH: ..." or "False (fabricated)": try the first word group.
            let head = r.split([':', '(', '[', ']', '-', '/']).next().unwrap_or("").trim();
            self.map.get(head).copied()
        })
    }
}

fn clean_rating(s: &str) -> String {
    s.trim().trim_matches(|c: char| c == '[' || c == ']' || c == '"' || c == '.' || c == '!').trim().to_lowercase()
}

/// Parses a claim pack: JSON Lines in the pack format, or ClaimReview JSON (one object, an array,
/// an `@graph`, or a DataFeed). Errors name `file`, the line (JSONL) or item, and the problem.
pub fn parse_pack(file: &str, text: &str, ratings: &Ratings) -> Result<Vec<Claim>> {
    let trimmed = text.trim_start_matches('\u{FEFF}').trim();
    if trimmed.is_empty() {
        return Err(Error::new(format!("{file}: the pack is empty")));
    }
    if let Ok(value) = serde_json::from_str::<Value>(trimmed) {
        if value.is_array() || looks_like_claim_review(&value) {
            return parse_claim_review(file, &value, ratings);
        }
    }
    let mut claims = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim().trim_start_matches('\u{FEFF}');
        if line.is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line).map_err(|e| Error::at(file, i + 1, format!("not JSON: {e}")))?;
        claims.push(claim_from_jsonl(&value, ratings).map_err(|reason| Error::at(file, i + 1, reason))?);
    }
    check_unique(file, &claims)?;
    Ok(claims)
}

fn check_unique(file: &str, claims: &[Claim]) -> Result<()> {
    let mut seen = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let Some(first) = seen.insert(c.id.as_str(), i) {
            return Err(Error::new(format!(
                "{file}: claim id '{}' appears twice (items {} and {})",
                c.id,
                first + 1,
                i + 1
            )));
        }
    }
    Ok(())
}

fn str_field<'a>(v: &'a Value, name: &str) -> std::result::Result<Option<&'a str>, String> {
    match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(format!("field '{name}' must be a string")),
    }
}

fn required<'a>(v: &'a Value, name: &str) -> std::result::Result<&'a str, String> {
    match str_field(v, name)? {
        Some(s) if !s.trim().is_empty() => Ok(s),
        _ => Err(format!("missing field '{name}'")),
    }
}

fn claim_from_jsonl(v: &Value, ratings: &Ratings) -> std::result::Result<Claim, String> {
    if !v.is_object() {
        return Err("expected a JSON object".into());
    }
    let id = match v.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err("missing field 'id'".into()),
    };
    let rating = str_field(v, "rating")?.map(str::to_string);
    let verdict_raw = required(v, "verdict")?;
    let verdict = ClaimVerdict::parse(verdict_raw)
        .or_else(|| ratings.verdict(verdict_raw))
        .ok_or_else(|| format!("unknown verdict '{verdict_raw}' (expected false, misleading, true or other)"))?;
    let url = required(v, "url")?;
    check_url(url)?;
    Ok(Claim {
        id,
        claim: required(v, "claim")?.to_string(),
        verdict,
        rating,
        checker: required(v, "checker")?.to_string(),
        url: url.to_string(),
        date: check_date(str_field(v, "date")?)?,
        lang: str_field(v, "lang")?.map(str::to_string),
        claim_text: str_field(v, "claim_text")?.map(str::to_string),
        category: str_field(v, "category")?.map(str::to_string),
    })
}

fn check_url(url: &str) -> std::result::Result<(), String> {
    if url.starts_with("https://") || url.starts_with("http://") {
        Ok(())
    } else {
        Err(format!("url '{url}' is not an http(s) address"))
    }
}

fn check_date(date: Option<&str>) -> std::result::Result<Option<String>, String> {
    let Some(d) = date else { return Ok(None) };
    let day = d.get(..10).unwrap_or(d);
    let ok = day.len() == 10
        && day.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if ok {
        Ok(Some(day.to_string()))
    } else {
        Err(format!("date '{d}' is not YYYY-MM-DD"))
    }
}

fn looks_like_claim_review(v: &Value) -> bool {
    v.get("@type").is_some()
        || v.get("@graph").is_some()
        || v.get("dataFeedElement").is_some()
        || v.get("claimReviewed").is_some()
}

fn has_type(v: &Value, t: &str) -> bool {
    match v.get("@type") {
        Some(Value::String(s)) => s == t,
        Some(Value::Array(a)) => a.iter().any(|x| x.as_str() == Some(t)),
        _ => false,
    }
}

fn collect_reviews<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect_reviews(i, out)),
        Value::Object(map) => {
            if has_type(v, "ClaimReview") || map.contains_key("claimReviewed") {
                out.push(v);
            }
            for key in ["@graph", "dataFeedElement", "item"] {
                if let Some(inner) = map.get(key) {
                    collect_reviews(inner, out);
                }
            }
        }
        _ => {}
    }
}

fn name_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
        Value::Array(a) => a.first().and_then(|x| name_of(Some(x))),
        _ => None,
    }
}

fn parse_claim_review(file: &str, v: &Value, ratings: &Ratings) -> Result<Vec<Claim>> {
    let mut reviews = Vec::new();
    collect_reviews(v, &mut reviews);
    if reviews.is_empty() {
        return Err(Error::new(format!("{file}: no ClaimReview items found")));
    }
    let mut claims = Vec::with_capacity(reviews.len());
    for (i, r) in reviews.iter().enumerate() {
        let item = |reason: String| Error::new(format!("{file}: ClaimReview item {}: {reason}", i + 1));
        let claim = str_field(r, "claimReviewed").map_err(item)?.filter(|s| !s.trim().is_empty());
        let claim = claim.ok_or_else(|| item("missing field 'claimReviewed'".into()))?;
        let rating_obj = r.get("reviewRating").ok_or_else(|| item("missing field 'reviewRating'".into()))?;
        let rating = rating_obj
            .get("alternateName")
            .and_then(Value::as_str)
            .or_else(|| rating_obj.get("name").and_then(Value::as_str))
            .ok_or_else(|| item("reviewRating has no alternateName".into()))?;
        let verdict = ratings.verdict(rating).unwrap_or(ClaimVerdict::Other);
        let url = str_field(r, "url").map_err(item)?.ok_or_else(|| item("missing field 'url'".into()))?;
        check_url(url).map_err(item)?;
        let checker = name_of(r.get("author")).unwrap_or_else(|| host_of(url));
        let date = check_date(str_field(r, "datePublished").map_err(item)?).map_err(item)?;
        let lang =
            r.get("inLanguage").and_then(|l| l.as_str().map(str::to_string).or_else(|| name_of(Some(l)))).or_else(
                || r.get("itemReviewed").and_then(|i| i.get("inLanguage")).and_then(Value::as_str).map(str::to_string),
            );
        let id = str_field(r, "@id").map_err(item)?.unwrap_or(url).to_string();
        claims.push(Claim {
            id,
            claim: claim.to_string(),
            verdict,
            rating: Some(rating.to_string()),
            checker,
            url: url.to_string(),
            date,
            lang,
            claim_text: None,
            category: None,
        });
    }
    check_unique(file, &claims)?;
    Ok(claims)
}

fn host_of(url: &str) -> String {
    url.split("//").nth(1).unwrap_or(url).split('/').next().unwrap_or(url).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratings() -> Ratings {
        Ratings::parse(include_str!("../assets/misinfo/ratings.tsv")).unwrap()
    }

    #[test]
    fn rating_words_map_to_verdicts() {
        let r = ratings();
        let cases = [
            ("SALAH", Some(ClaimVerdict::False)),
            ("Hoaks", Some(ClaimVerdict::False)),
            ("ข่าวปลอม (fake news)", Some(ClaimVerdict::False)),
            ("Misleading", Some(ClaimVerdict::Misleading)),
            ("KONTEN MENYESATKAN", Some(ClaimVerdict::Misleading)),
            ("tin giả", Some(ClaimVerdict::False)),
            ("[SALAH] Video lama", Some(ClaimVerdict::False)),
            ("Pants on Fire!", Some(ClaimVerdict::False)),
        ];
        for (word, want) in cases {
            assert_eq!(r.verdict(word), want, "rating {word:?}");
        }
    }

    #[test]
    fn jsonl_pack_parses_and_errors_name_line() {
        let r = ratings();
        let good = r#"{"id":"a1","claim":"x causes y","verdict":"false","checker":"AFP","url":"https://f.example/1","date":"2024-03-02","lang":"en"}"#;
        let claims = parse_pack("p.jsonl", good, &r).unwrap();
        assert_eq!(claims[0].verdict, ClaimVerdict::False);
        let cases = [
            ("{\"id\":\"a\"}", "p.jsonl:1: missing field 'verdict'"),
            ("not json", "p.jsonl:1: not JSON"),
            (
                r#"{"id":"a","claim":"c","verdict":"false","checker":"k","url":"ftp://x"}"#,
                "p.jsonl:1: url 'ftp://x' is not an http(s) address",
            ),
            (
                r#"{"id":"a","claim":"c","verdict":"false","checker":"k","url":"https://x","date":"March"}"#,
                "p.jsonl:1: date 'March' is not YYYY-MM-DD",
            ),
            (r#"{"claim":"c","verdict":"false","checker":"k","url":"https://x"}"#, "p.jsonl:1: missing field 'id'"),
        ];
        for (line, want) in cases {
            let err = parse_pack("p.jsonl", line, &r).unwrap_err();
            assert!(err.message().starts_with(want) || err.message().contains(want), "{line}: got {}", err.message());
        }
        let twice = format!("{good}\n{good}\n");
        assert_eq!(
            parse_pack("p.jsonl", &twice, &r).unwrap_err().message(),
            "p.jsonl: claim id 'a1' appears twice (items 1 and 2)"
        );
    }

    #[test]
    fn claim_review_feed_parses() {
        let r = ratings();
        let feed = r#"{"@context":"https://schema.org","@type":"DataFeed","dataFeedElement":[{"@type":"DataFeedItem","item":[
          {"@type":"ClaimReview","claimReviewed":"Gunung Lawu akan erupsi besar","url":"https://turnbackhoax.id/a/1",
           "author":{"@type":"Organization","name":"MAFINDO"},"datePublished":"2026-06-24","inLanguage":"id",
           "reviewRating":{"@type":"Rating","alternateName":"SALAH"}}]}]}"#;
        let claims = parse_pack("feed.json", feed, &r).unwrap();
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].checker, "MAFINDO");
        assert_eq!(claims[0].verdict, ClaimVerdict::False);
        assert_eq!(claims[0].id, "https://turnbackhoax.id/a/1");
        let bad = r#"[{"@type":"ClaimReview","url":"https://x/1","reviewRating":{"alternateName":"False"}}]"#;
        assert_eq!(
            parse_pack("cr.json", bad, &r).unwrap_err().message(),
            "cr.json: ClaimReview item 1: missing field 'claimReviewed'"
        );
    }
}

/// Claim matching: an inverted index of the claims' content words, so a post is compared with the
/// few claims that share its words (not with every claim), and a match must cover most of a claim.
pub mod index {
    use super::{Claim, ClaimVerdict};
    use crate::fasthash::{hash_str, FastMap as HashMap};
    use crate::normalize::{is_unspaced_script, is_word_char, Normalizer};
    use std::sync::Arc;

    /// Share of a claim's (weighted) content words a post must contain to match it.
    pub const MIN_COVERAGE: f32 = 0.55;
    /// Distinct content words a match must share at least (character trigrams count a third each).
    pub const MIN_SHARED: f32 = 3.0;
    /// A claim restated at length may cover less of the claim's words if it shares many of them.
    pub const LOOSE_COVERAGE: f32 = 0.45;
    pub const LOOSE_SHARED: f32 = 5.0;

    /// Whether a coverage and a number of shared words make a match.
    fn accepts(coverage: f32, shared: f32) -> bool {
        (coverage >= MIN_COVERAGE && shared >= MIN_SHARED) || (coverage >= LOOSE_COVERAGE && shared >= LOOSE_SHARED)
    }

    /// Shared words (trigrams a third each) present in a proximity window.
    fn shared_in_window(counts: &HashMap<u32, usize>, index: &ClaimIndex) -> f32 {
        counts.iter().filter(|(_, &n)| n > 0).map(|(&t, _)| index.unit[t as usize]).sum()
    }

    /// Best candidates checked for proximity.
    const MAX_VERIFIED: usize = 8;
    /// Words in more than this share of claims say nothing about which claim a post repeats.
    const MAX_DOC_SHARE: f32 = 0.05;

    /// Per-thread scratch space of the matcher: one accumulator per claim, reset after each post.
    #[derive(Default)]
    struct Scratch {
        acc: Vec<(f32, f32)>,
        touched: Vec<u32>,
    }

    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
    }

    /// A post's best match.
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct ClaimMatch {
        pub index: usize,
        pub coverage: f32,
        pub shared: f32,
    }

    /// The index.
    #[derive(Debug, Clone, Default)]
    pub struct ClaimIndex {
        /// Shared with the engine's packs, not copied.
        claims: Vec<Arc<Claim>>,
        /// Token (by its 64-bit hash: as strings, 15,000 allocations) → token id.
        dict: HashMap<u64, u32>,
        /// The documents of token `t`: `posting_docs[posting_starts[t]..posting_starts[t + 1]]`.
        posting_starts: Vec<u32>,
        posting_docs: Vec<u32>,
        idf: Vec<f32>,
        /// Trigram tokens weigh a third of a word in `shared`.
        unit: Vec<f32>,
        /// Indexed texts ("documents"): each claim's summary, and the wording that circulated when a
        /// pack gives it (`claim_text`). Postings, weights and tokens are per document.
        doc_claim: Vec<u32>,
        doc_weight: Vec<f32>,
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

    /// Removes common Malay/Indonesian and English affixes from a Latin word, so "meletus" and
    /// "letusan", "vaccines" and "vaccine" meet. Only cuts, so the stem is a slice of the word.
    fn stem(word: &str) -> &str {
        let mut w = word;
        if w.len() < 6 || !w.is_ascii() {
            return w;
        }
        for suffix in ["nya", "lah", "kah", "kan", "ing", "ed", "es", "an", "s", "i"] {
            if let Some(s) = w.strip_suffix(suffix) {
                if s.len() >= 4 {
                    w = s;
                    break;
                }
            }
        }
        for prefix in ["meng", "meny", "mem", "men", "me", "ber", "per", "peng", "pem", "pen", "ter", "di", "ke", "se"]
        {
            if let Some(s) = w.strip_prefix(prefix) {
                if s.len() >= 4 {
                    w = s;
                    break;
                }
            }
        }
        w
    }

    /// Content tokens of a normalised text: stemmed words, and character trigrams for scripts
    /// written without spaces. Each token appears once.
    pub fn tokens(view: &str) -> Vec<(&str, f32)> {
        let mut out = token_sequence(view);
        out.sort_unstable_by(|a, b| a.0.cmp(b.0));
        out.dedup_by(|a, b| a.0 == b.0);
        out
    }

    /// The content tokens of a text in order, repeats included (for proximity); slices of `view`.
    fn token_sequence(view: &str) -> Vec<(&str, f32)> {
        let mut out: Vec<(&str, f32)> = Vec::new();
        for word in view.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()) {
            if word.chars().any(is_unspaced_script) {
                let starts: Vec<usize> = word.char_indices().map(|(i, _)| i).chain([word.len()]).collect();
                if starts.len() <= 3 {
                    out.push((word, 1.0 / 3.0));
                } else {
                    out.extend(starts.windows(4).map(|w| (&word[w[0]..w[3]], 1.0 / 3.0)));
                }
            } else if word.len() >= 2 && !(word.len() < 3 && word.bytes().all(|b| b.is_ascii_digit())) {
                out.push((stem(word), 1.0));
            }
        }
        out
    }

    impl ClaimIndex {
        /// Indexes the claims that can warn (rated false or misleading).
        pub fn new<C: Into<Arc<Claim>>>(claims: impl IntoIterator<Item = C>, normalizer: &Normalizer) -> ClaimIndex {
            let mut index = ClaimIndex::default();
            let mut doc_tokens: Vec<Vec<u32>> = Vec::new();
            let mut postings: Vec<Vec<u32>> = Vec::new();
            for claim in claims {
                let claim: Arc<Claim> = claim.into();
                if !matches!(claim.verdict, ClaimVerdict::False | ClaimVerdict::Misleading) {
                    continue;
                }
                let claim_id = index.claims.len() as u32;
                let texts = std::iter::once(claim.claim.as_str()).chain(claim.claim_text.as_deref());
                for text in texts {
                    let view = normalizer.normalize(text).base.text;
                    let doc = doc_tokens.len() as u32;
                    let mut ids = Vec::new();
                    for (t, unit) in tokens(&view) {
                        let next = index.dict.len() as u32;
                        let id = *index.dict.entry(hash_str(t)).or_insert(next);
                        if id == next {
                            postings.push(Vec::new());
                            index.unit.push(unit);
                        }
                        postings[id as usize].push(doc);
                        ids.push(id);
                    }
                    doc_tokens.push(ids);
                    index.doc_claim.push(claim_id);
                }
                index.claims.push(claim);
            }
            let n = doc_tokens.len().max(1) as f32;
            index.max_df = ((n * MAX_DOC_SHARE) as usize).max(3);
            index.idf = postings.iter().map(|p| (1.0 + n / p.len() as f32).ln()).collect();
            // Words too common to tell claims apart count neither for nor against a match.
            let informative = |t: u32| postings[t as usize].len() <= index.max_df;
            index.doc_weight = doc_tokens
                .iter()
                .map(|ids| ids.iter().filter(|&&t| informative(t)).map(|&t| index.idf[t as usize]).sum())
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

        /// True when a window of the post, a little longer than the claim, covers enough of it.
        fn close_together(&self, doc: usize, sequence: &[Option<u32>]) -> bool {
            let ids = self.doc_tokens(doc);
            let informative = |t: u32| self.posting(t).len() <= self.max_df;
            let window = 2 * ids.len() + 8;
            let total = self.doc_weight[doc].max(1e-6);
            let mut counts: HashMap<u32, usize> = HashMap::default();
            let mut covered = 0.0f32;
            for (end, tok) in sequence.iter().enumerate() {
                if let Some(t) = tok.filter(|t| ids.contains(t) && informative(*t)) {
                    let n = counts.entry(t).or_insert(0);
                    if *n == 0 {
                        covered += self.idf[t as usize];
                    }
                    *n += 1;
                }
                if end >= window {
                    if let Some(t) = sequence[end - window].filter(|t| ids.contains(t) && informative(*t)) {
                        if let Some(n) = counts.get_mut(&t) {
                            *n -= 1;
                            if *n == 0 {
                                covered -= self.idf[t as usize];
                            }
                        }
                    }
                }
                if covered / total >= MIN_COVERAGE
                    || (covered / total >= LOOSE_COVERAGE && shared_in_window(&counts, self) >= LOOSE_SHARED)
                {
                    return true;
                }
            }
            false
        }

        /// Rough heap size of the index in bytes (for the benchmark note).
        pub fn heap_bytes(&self) -> usize {
            let postings = (self.posting_starts.len() + self.posting_docs.len() + self.doc_token_ids.len()) * 4;
            let dict = self.dict.capacity() * 13;
            let claims: usize = self
                .claims
                .iter()
                .map(|c| {
                    c.id.len()
                        + c.claim.len()
                        + c.checker.len()
                        + c.url.len()
                        + c.claim_text.as_ref().map_or(0, String::len)
                        + 160
                })
                .sum();
            postings + dict + claims + self.idf.len() * 12 + self.doc_weight.len() * 8
        }

        /// The claim a normalised post repeats best, if it covers enough of one.
        pub fn best_match(&self, view: &str) -> Option<ClaimMatch> {
            if self.claims.is_empty() {
                return None;
            }
            SCRATCH.with(|scratch| {
                let mut scratch = scratch.borrow_mut();
                let Scratch { acc, touched } = &mut *scratch;
                if acc.len() < self.doc_claim.len() {
                    acc.resize(self.doc_claim.len(), (0.0, 0.0));
                }
                for (t, _) in tokens(view) {
                    let Some(&id) = self.dict.get(&hash_str(t)) else { continue };
                    let posting = self.posting(id);
                    if posting.len() > self.max_df {
                        continue;
                    }
                    let (w, unit) = (self.idf[id as usize], self.unit[id as usize]);
                    for &c in posting {
                        let slot = &mut acc[c as usize];
                        if slot.1 == 0.0 {
                            touched.push(c);
                        }
                        slot.0 += w;
                        slot.1 += unit;
                    }
                }
                let mut candidates: Vec<(ClaimMatch, f32)> = Vec::new();
                for &c in touched.iter() {
                    let (w, shared) = std::mem::take(&mut acc[c as usize]);
                    let m =
                        ClaimMatch { index: c as usize, coverage: w / self.doc_weight[c as usize].max(1e-6), shared };
                    if accepts(m.coverage, m.shared) {
                        // A long claim matched in full says more than a short one.
                        candidates.push((m, w * m.coverage));
                    }
                }
                touched.clear();
                if candidates.is_empty() {
                    return None;
                }
                candidates.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.index.cmp(&b.0.index)));
                // The claim's words must also come together somewhere in the post, not be scattered
                // over a long article.
                let sequence: Vec<Option<u32>> =
                    token_sequence(view).into_iter().map(|(t, _)| self.dict.get(&hash_str(t)).copied()).collect();
                // `index` is a document until here; the match names its claim.
                candidates
                    .into_iter()
                    .take(MAX_VERIFIED)
                    .map(|(m, _)| m)
                    .find(|m| self.close_together(m.index, &sequence))
                    .map(|m| ClaimMatch { index: self.doc_claim[m.index] as usize, ..m })
            })
        }
    }
}
