//! Fact-check claim packs: the JSONL pack format and schema.org ClaimReview, parsed and checked.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashMap;

pub mod index;
pub mod informal;
pub mod rerank;

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

/// One fact-checked claim. Text is boxed, not `String`: a pack of 100,000 claims keeps no spare
/// capacity (16 bytes a field instead of 24).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: Box<str>,
    /// The claim as the fact-checker summarised it.
    pub claim: Box<str>,
    pub verdict: ClaimVerdict,
    /// The fact-checker's own rating word, if given ("SALAH", "ข่าวปลอม").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Box<str>>,
    pub checker: Box<str>,
    pub url: Box<str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Box<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Box<str>>,
    /// The wording that circulated, when the fact-check quotes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim_text: Option<Box<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Box<str>>,
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
        if value.get("claims").is_some_and(Value::is_array) {
            return parse_fact_check_api(file, &value, ratings);
        }
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
        if let Some(first) = seen.insert(&*c.id, i) {
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
        id: id.into(),
        claim: required(v, "claim")?.into(),
        verdict,
        rating: rating.map(Into::into),
        checker: required(v, "checker")?.into(),
        url: url.into(),
        date: check_date(str_field(v, "date")?)?.map(Into::into),
        lang: str_field(v, "lang")?.map(Into::into),
        claim_text: str_field(v, "claim_text")?.map(Into::into),
        category: str_field(v, "category")?.map(Into::into),
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
        let claim = without_rating_tag(claim.ok_or_else(|| item("missing field 'claimReviewed'".into()))?);
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
        // Some publishers date only the claim they reviewed (`itemReviewed.datePublished`).
        let published = match str_field(r, "datePublished").map_err(item)? {
            Some(d) => Some(d),
            None => r.get("itemReviewed").map(|i| str_field(i, "datePublished")).transpose().map_err(item)?.flatten(),
        };
        let date = check_date(published).map_err(item)?;
        let lang =
            r.get("inLanguage").and_then(|l| l.as_str().map(str::to_string).or_else(|| name_of(Some(l)))).or_else(
                || r.get("itemReviewed").and_then(|i| i.get("inLanguage")).and_then(Value::as_str).map(str::to_string),
            );
        let id = str_field(r, "@id").map_err(item)?.unwrap_or(url).to_string();
        claims.push(Claim {
            id: id.into(),
            claim: claim.into(),
            verdict,
            rating: Some(rating.into()),
            checker: checker.into(),
            url: url.into(),
            date: date.map(Into::into),
            lang: lang.map(Into::into),
            claim_text: None,
            category: None,
        });
    }
    check_unique(file, &claims)?;
    Ok(claims)
}

/// "[SALAH] BMKG umumkan…" → "BMKG umumkan…": the rating some publishers put before the claim.
fn without_rating_tag(claim: &str) -> &str {
    let c = claim.trim_start();
    match c.strip_prefix('[').and_then(|rest| rest.split_once(']')) {
        Some((tag, rest)) if tag.chars().count() <= 30 && !rest.trim().is_empty() => rest.trim_start(),
        _ => c,
    }
}

/// The Google Fact Check Tools API's `claims:search` response (and the Fact Check Explorer's
/// export of it): `{"claims": [{"text", "claimDate", "claimReview": [{"publisher", "url",
/// "textualRating", "reviewDate", "languageCode"}]}]}`; each review becomes a claim.
fn parse_fact_check_api(file: &str, v: &Value, ratings: &Ratings) -> Result<Vec<Claim>> {
    let mut claims = Vec::new();
    for (i, c) in v["claims"].as_array().into_iter().flatten().enumerate() {
        let item = |reason: String| Error::new(format!("{file}: claim {}: {reason}", i + 1));
        let text = str_field(c, "text").map_err(item)?.filter(|s| !s.trim().is_empty());
        let text = without_rating_tag(text.ok_or_else(|| item("missing field 'text'".into()))?);
        let reviews = c.get("claimReview").and_then(Value::as_array).filter(|r| !r.is_empty());
        for r in reviews.ok_or_else(|| item("missing field 'claimReview'".into()))? {
            let rating = str_field(r, "textualRating").map_err(item)?;
            let rating = rating.ok_or_else(|| item("a review has no 'textualRating'".into()))?;
            let url = str_field(r, "url").map_err(item)?.ok_or_else(|| item("a review has no 'url'".into()))?;
            check_url(url).map_err(item)?;
            let publisher = r.get("publisher");
            let checker = publisher
                .and_then(|p| p.get("name").or_else(|| p.get("site")))
                .and_then(Value::as_str)
                .map_or_else(|| host_of(url), str::to_string);
            let date = check_date(str_field(r, "reviewDate").map_err(item)?).map_err(item)?;
            claims.push(Claim {
                id: url.into(),
                claim: text.into(),
                verdict: ratings.verdict(rating).unwrap_or(ClaimVerdict::Other),
                rating: Some(rating.into()),
                checker: checker.into(),
                url: url.into(),
                date: date.map(Into::into),
                lang: str_field(r, "languageCode").map_err(item)?.map(Into::into),
                claim_text: None,
                category: None,
            });
        }
    }
    if claims.is_empty() {
        return Err(Error::new(format!("{file}: the response holds no claims")));
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
        Ratings::parse(include_str!("../../assets/misinfo/ratings.tsv")).unwrap()
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
        assert_eq!(&*claims[0].checker, "MAFINDO");
        assert_eq!(claims[0].verdict, ClaimVerdict::False);
        assert_eq!(&*claims[0].id, "https://turnbackhoax.id/a/1");
        let bad = r#"[{"@type":"ClaimReview","url":"https://x/1","reviewRating":{"alternateName":"False"}}]"#;
        assert_eq!(
            parse_pack("cr.json", bad, &r).unwrap_err().message(),
            "cr.json: ClaimReview item 1: missing field 'claimReviewed'"
        );
    }
}
