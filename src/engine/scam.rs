//! The scam layer: who a message claims to be, the problem or prize it announces, the pressure it
//! applies and what it asks you to do — a warning when the parts meet (issue 15).
//!
//! Lexicons name the parts (`scam:sender`, `scam:problem`, `scam:pressure`, `scam:action`; the key
//! is the part's kind); links and phone numbers in the text are actions found here. A link whose
//! host names a sender but is not that brand's own domain (`jnt-id.cc`) is impersonation: a
//! sender and a strong action at once. "Your parcel is out for delivery" has no problem, "HSBC:
//! your statement is ready" asks nothing, "beware of SMS saying your parcel is held" warns about
//! the scam: none of them is one.

use super::context::{in_clause_before, within, Contexts};
use crate::fasthash::FastMap;
use crate::lexicon::{Class, ScamPart};
use crate::links::{Finding as LinkFinding, LinkChecker, Tier};
use crate::normalize::Normalizer;
use crate::rules::{Hit, RuleSet};

/// One part found in the post.
#[derive(Debug, Clone, Copy)]
struct Part {
    part: ScamPart,
    kind: &'static str,
    weight: f64,
    span: (usize, usize),
}

/// A scam found from its parts, ready for the tally.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Finding {
    /// `scam_pretends_<sender kind>` or `scam_says_<problem kind>`.
    pub key: String,
    pub weight: f64,
    pub severe: bool,
    /// From the first part used to the last.
    pub span: (usize, usize),
    /// The words shown in the reason: the pressure if there is one, else the action.
    pub term_span: (usize, usize),
}

/// Characters between an action and the other parts it is read with.
const REACH: usize = 300;
/// Characters around a part in which scam awareness ("beware of…") takes most of its weight.
const AWARE_WINDOW: usize = 120;
/// What is left of a scam read next to awareness or advice about scams.
const AWARE: f64 = 0.2;
/// Characters before an action in which a negator negates it.
const NEGATION_WINDOW: usize = 25;
/// What is left of a message whose only link goes to the brand's own site.
const OFFICIAL_ONLY: f64 = 0.3;
/// Strengths of actions found in the text rather than in a lexicon.
const LINK_IMPERSONATING: f64 = 0.95;
const LINK_RISKY: f64 = 0.85;
const LINK_SHORTENED: f64 = 0.8;
const LINK_PLAIN: f64 = 0.7;
const LINK_OFFICIAL: f64 = 0.15;
/// A link to a picture or a long article path on an ordinary domain: a citation more than an ask.
const LINK_CITATION: f64 = 0.35;
const PHONE: f64 = 0.7;
/// A shared-cost or toll-free service line (1800, 1900, 1300 and 1-800 numbers): businesses rent
/// them, and banks and wallets print theirs in every honest notice ("nếu không phải Quý khách
/// thực hiện, vui lòng gọi 1900 54 54 86"); scams mostly give a mobile number or a link.
const HOTLINE: f64 = 0.4;
/// A transfer asked for with a sum after it, within this many characters.
const TRANSFER_AMOUNT: f64 = 0.8;
const AMOUNT_REACH: usize = 30;
/// A transfer asked for with an account number to pay into after it, within this many characters
/// ("chuyển khoản giúp em vào STK bên dưới …: 9246189403").
const TRANSFER_ACCOUNT: f64 = 0.8;
const ACCOUNT_REACH: usize = 90;
/// A sender named by a link's host.
const HOST_SENDER: f64 = 0.85;
/// How much of each part's weight a reading takes (noisy-OR): what is asked and what is wrong say
/// most; a name and a deadline are common in honest messages too.
const SHARE_ACTION: f64 = 0.5;
const SHARE_PROBLEM: f64 = 0.5;
const SHARE_SENDER: f64 = 0.3;
const SHARE_PRESSURE: f64 = 0.35;
/// What is left of a reading with an action and only one other part.
const TWO_PARTS: f64 = 0.75;
/// Parts read per post (each action is read against every other part).
const MAX_PARTS: usize = 256;
/// The strongest a finding gets.
const CEILING: f64 = 0.97;

/// Sender words a link's host may carry (`jnt`, `maybank`, `vcb`), with the sender's kind: every
/// single-word Latin `scam:sender` term of three letters or more.
pub(crate) fn host_senders(rules: &RuleSet) -> FastMap<String, &'static str> {
    let mut out = FastMap::default();
    for rule in &rules.rules {
        let e = &rule.entry;
        let (Class::Scam(ScamPart::Sender), crate::lexicon::Term::Literal { text, .. }) = (e.class, &e.term) else {
            continue;
        };
        let word: String = text.chars().filter(|c| !matches!(c, ' ' | '&' | '\'' | '-' | '.')).collect();
        if word.len() >= 3 && word.bytes().all(|b| b.is_ascii_alphanumeric()) {
            let kind = ScamPart::Sender.kinds().iter().find(|k| **k == &*e.key).copied().unwrap_or("platform");
            out.entry(word).or_insert(kind);
        }
    }
    out
}

/// True for a link to a picture or video file, or a deep article path (three or more segments, or a
/// path of 50 characters or more): forum posts and news cite such links; messages that ask you to
/// act send short ones.
fn is_citation(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.find('/').map_or("", |i| &rest[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let lower = path.to_ascii_lowercase();
    let media = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp4"].iter().any(|x| lower.ends_with(x));
    let segments = path.split('/').filter(|s| !s.is_empty()).count();
    media || segments >= 3 || path.len() >= 50
}

/// Links written so that filters miss them: dots as `[.]`, `(.)`, `{.}`, `[dot]` or `(dot)`,
/// `hxxp://` for `http://`. Each comes back as `http://host/path` with its byte span; a text with
/// no such dot gives nothing.
fn obfuscated_links(text: &str) -> Vec<(usize, usize, String)> {
    const DOTS: [&str; 5] = ["[.]", "(.)", "{.}", "[dot]", "(dot)"];
    let bytes = text.as_bytes();
    let is_host = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'.';
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let Some(dot) = DOTS.iter().find(|d| bytes[i..].starts_with(d.as_bytes())) else {
            i += 1;
            continue;
        };
        // The label before the dot, then labels and dots after it.
        let mut start = i;
        while start > 0 && is_host(bytes[start - 1]) {
            start -= 1;
        }
        if start == i || out.last().is_some_and(|l| l.1 > start) {
            i += dot.len();
            continue;
        }
        let mut host = text[start..i].to_ascii_lowercase();
        let mut end = i;
        loop {
            let Some(d) = DOTS.iter().find(|d| bytes[end..].starts_with(d.as_bytes())) else { break };
            let after = end + d.len();
            let label = bytes[after..].iter().take_while(|b| is_host(**b)).count();
            if label == 0 {
                break;
            }
            host.push('.');
            host.push_str(&text[after..after + label].to_ascii_lowercase());
            end = after + label;
        }
        if end == i {
            i += dot.len();
            continue;
        }
        // A scheme written as hxxp:// before the host belongs to the link.
        for scheme in ["hxxps://", "hxxp://", "https://", "http://"] {
            if text[..start].to_ascii_lowercase().ends_with(scheme) {
                start -= scheme.len();
                break;
            }
        }
        let path = if text[end..].starts_with('/') {
            text[end..].find(char::is_whitespace).unwrap_or(text.len() - end)
        } else {
            0
        };
        out.push((start, end + path, format!("http://{host}{}", &text[end..end + path])));
        i = end + path;
    }
    out
}

/// Byte spans of a text.
type Spans = Vec<(usize, usize)>;

/// Phone numbers written in the text: 7 to 15 digits in groups joined by single spaces, dashes,
/// dots or brackets, optionally after `+`. Dates (`2026-12-06`) and money (`RM 1,000`) are not.
/// Second: order, tracking and account numbers (one run of ten to twelve digits).
fn phone_numbers(text: &str, skip: &[(usize, usize)]) -> (Spans, Spans) {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut references = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts =
            bytes[i].is_ascii_digit() || (bytes[i] == b'+' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        let glued =
            i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || matches!(bytes[i - 1], b'.' | b',' | b'/' | b'#'));
        if !starts || glued {
            i += 1;
            continue;
        }
        let start = i;
        let (mut digits, mut groups, mut end, mut longest) = (0usize, 0usize, i, 0usize);
        let mut j = i + usize::from(bytes[i] == b'+');
        while j < bytes.len() {
            let run = bytes[j..].iter().take_while(|b| b.is_ascii_digit()).count();
            if run == 0 {
                break;
            }
            digits += run;
            groups += 1;
            longest = longest.max(run);
            j += run;
            end = j;
            // One separator, then more digits.
            match (bytes.get(j), bytes.get(j + 1)) {
                (Some(b' ' | b'-' | b'.' | b')'), Some(d)) if d.is_ascii_digit() => j += 1,
                (Some(b')'), Some(b' ')) if bytes.get(j + 2).is_some_and(u8::is_ascii_digit) => j += 2,
                _ => break,
            }
        }
        let start = if start > 0 && bytes[start - 1] == b'(' { start - 1 } else { start };
        let number = &text[start..end];
        // "2026-12-06", "10-03-2025", "31.3.2025", "2025-03-01 10:15": three groups joined by one
        // kind of separator, a year at one end and a day and month of one or two digits.
        let date_like = {
            let seps: Vec<u8> = number.bytes().filter(|b| !b.is_ascii_digit()).take(2).collect();
            let g: Vec<&str> = number.split(|c: char| !c.is_ascii_digit()).take(3).collect();
            let year = |g: &str| g.len() == 4 && (g.starts_with("19") || g.starts_with("20"));
            let day_or_month = |g: &str| (1..=2).contains(&g.len());
            g.len() == 3
                && seps.len() == 2
                && seps[0] == seps[1]
                && matches!(seps[0], b'-' | b'.' | b'/')
                && ((year(g[0]) && day_or_month(g[1]) && day_or_month(g[2]))
                    || (day_or_month(g[0]) && day_or_month(g[1]) && year(g[2])))
        };
        let money = text[..start].trim_end().ends_with(|c: char| "$£€₱฿₫".contains(c))
            || text[..start].trim_end().to_ascii_lowercase().ends_with("rm")
            || text[..start].trim_end().to_ascii_lowercase().ends_with("rp");
        let glued_after = bytes.get(end).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'%');
        // "10.600.000", "1.000.000": a short first group without a leading zero, then groups of three
        // after dots, is a sum written with thousands separators (numbers to call start with 0, + or
        // a hotline prefix of four digits, and "0912.345.678" stays a phone).
        let thousands = groups >= 2 && {
            let mut parts = number.split('.');
            let first = parts.next().unwrap_or_default();
            (1..=3).contains(&first.len())
                && !first.starts_with('0')
                && first.bytes().all(|b| b.is_ascii_digit())
                && parts.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
        };
        // "Đơn hàng 8345678901", "Bưu phẩm 1987654321": ten to twelve digits in one run that do not
        // start with 0 are an order or tracking number (mobile numbers in the region start with 0
        // or +; Singapore's have eight digits).
        let reference = groups == 1 && (10..=12).contains(&digits) && !number.starts_with(['0', '+', '(']);
        let skipped = skip.iter().any(|&(s, e)| s <= start && start < e);
        // Thirteen digits in one run is a tracking or reference number, not a phone; groups of two
        // digits at most are times and dates ("10.00-18.00").
        if (7..=15).contains(&digits)
            && (3..=12).contains(&longest)
            && !date_like
            && !money
            && !glued_after
            && !thousands
            && !reference
            && !skipped
        {
            out.push((start, end));
        } else if reference && !glued_after && !skipped {
            references.push((start, end));
        }
        i = end.max(i + 1);
    }
    (out, references)
}

/// Currency words and signs written before an amount (`RM50`, `GBP 1,450`, `₱5,000`).
const CURRENCY_BEFORE: [&str; 25] = [
    "$", "£", "€", "₱", "฿", "₫", "¥", "₹", "usd", "gbp", "eur", "aud", "sgd", "s$", "a$", "myr", "rm", "rp", "idr",
    "php", "thb", "vnd", "mmk", "ks", "p",
];
/// Currency words written after an amount (`500 บาท`, `50.000đ`, `500k`, `2 juta`, `10,000 ကျပ်`).
const CURRENCY_AFTER: [&str; 17] = [
    "บาท",
    "đ",
    "vnđ",
    "vnd",
    "đồng",
    "dong",
    "k",
    "triệu",
    "nghìn",
    "ngàn",
    "ribu",
    "juta",
    "ringgit",
    "pesos",
    "ကျပ်",
    "kyat",
    "baht",
];

/// Amounts of money written in the text.
fn money_amounts(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (matches!(bytes[i], b',' | b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let before = text[..start].trim_end_matches(' ');
        let before_lower = before.get(before.len().saturating_sub(4)..).unwrap_or(before).to_lowercase();
        let word_before = |c: &str| {
            before_lower.ends_with(c)
                && before[..before.len() - c.len().min(before.len())]
                    .chars()
                    .next_back()
                    .is_none_or(|ch| !ch.is_alphanumeric() || c.starts_with(|x: char| !x.is_ascii_alphanumeric()))
        };
        let after = text[i..].trim_start_matches(' ');
        let after_lower: String = after.chars().take(8).collect::<String>().to_lowercase();
        let word_after = |c: &str| {
            after_lower.starts_with(c) && after_lower[c.len()..].chars().next().is_none_or(|ch| !ch.is_alphanumeric())
        };
        if CURRENCY_BEFORE.iter().any(|c| word_before(c)) || CURRENCY_AFTER.iter().any(|c| word_after(c)) {
            out.push((start, i));
        }
    }
    out
}

/// Every scam part found in one post, before they are weighed together.
#[derive(Debug, Clone, Default)]
pub struct ScamParts {
    parts: Vec<Part>,
    aware: Vec<(usize, usize)>,
    /// Quoted passages in a post that says more around them: a scam quoted to warn of it.
    quoted: Vec<(usize, usize)>,
    official_links: usize,
    other_links: usize,
}

/// One action read with the best other parts within reach: what the layer weighs (for tools).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub action: f64,
    pub problem: f64,
    pub sender: f64,
    pub pressure: f64,
    /// Scam awareness or advice stands near one of the parts.
    pub aware: bool,
    /// The action is a link and every link in the post goes to the sender's own site.
    pub official_only: bool,
}

/// Collects the scam parts of one post: lexicon hits, links and phone numbers.
#[allow(clippy::too_many_arguments)]
pub(crate) fn collect(
    text: &str,
    hits: &[Hit],
    rules: &RuleSet,
    ctx: &Contexts,
    links: &LinkChecker,
    normalizer: &Normalizer,
    senders: &FastMap<String, &'static str>,
    post_links: &[String],
) -> ScamParts {
    let mut found = ScamParts { aware: ctx.scam_aware.clone(), quoted: ctx.quoted.clone(), ..ScamParts::default() };
    let parts = &mut found.parts;
    for h in hits {
        let e = &rules.rule(h).entry;
        let span = (h.start, h.end);
        match e.class {
            Class::Scam(part) => {
                if ctx.is_allowed(span) {
                    continue;
                }
                let kind = part.kinds().iter().find(|k| **k == &*e.key).copied().unwrap_or("");
                // "Never share your OTP" asks for nothing.
                if part == ScamPart::Action && in_clause_before(text, &ctx.negation, span, NEGATION_WINDOW) {
                    continue;
                }
                parts.push(Part { part, kind, weight: f64::from(e.weight), span });
            }
            _ => {}
        }
    }
    // A reading needs an action and another part; links and phone numbers are actions, so without
    // a problem, sender or pressure in the lexicons there is nothing to meet, and the text is not
    // searched for links, numbers and sums at all (most posts stop here).
    if !parts.iter().any(|p| p.part != ScamPart::Action) {
        return found;
    }
    let mut urls = crate::links::urls_in_text(text);
    let hidden = obfuscated_links(text);
    urls.extend(hidden.iter().cloned());
    let spans: Vec<(usize, usize)> = urls.iter().map(|u| (u.0, u.1)).collect();
    urls.extend(links.bare_hosts_in_text(text, &spans));
    for link in post_links.iter().take(crate::verdict::POST_LIMITS.links) {
        if !urls.iter().any(|(_, _, u)| u == link) {
            urls.push((0, 0, link.clone()));
        }
    }
    let mut link_spans = Vec::new();
    for (start, end, url) in urls.iter().take(crate::verdict::POST_LIMITS.links) {
        let span = (*start, *end);
        link_spans.push(span);
        let Some(host) = crate::links::host_of(url) else { continue };
        let host = host.trim_end_matches('.').to_string();
        if links.is_official(&host) {
            found.official_links += 1;
            parts.push(Part { part: ScamPart::Action, kind: "link", weight: LINK_OFFICIAL, span });
            continue;
        }
        found.other_links += 1;
        let checked = links.check(url, normalizer).map(|f| f.finding);
        let registrable = links.registrable(&host);
        let name = &host[..host.len() - (registrable.len() - registrable.split('.').next().unwrap_or("").len())];
        let sender = name.split(['.', '-', '_']).find_map(|w| senders.get(w).copied()).or_else(|| match &checked {
            Some(LinkFinding::Lookalike { .. } | LinkFinding::Punycode { .. } | LinkFinding::KnownScam) => {
                Some("platform")
            }
            _ => None,
        });
        let weight = if sender.is_some() {
            LINK_IMPERSONATING
        } else if hidden.iter().any(|h| (h.0, h.1) == span) {
            // Writing a link so that filters miss it (`bit[.]ly`) is a choice only a scam makes.
            LINK_RISKY
        } else if links.has_risky_tld(&host) {
            LINK_RISKY
        } else if matches!(checked, Some(LinkFinding::Rated { tier: Tier::Shortener, .. })) {
            LINK_SHORTENED
        } else if is_citation(url) {
            LINK_CITATION
        } else {
            LINK_PLAIN
        };
        if let Some(kind) = sender {
            parts.push(Part { part: ScamPart::Sender, kind, weight: HOST_SENDER, span });
        }
        parts.push(Part { part: ScamPart::Action, kind: "link", weight, span });
    }
    // "send GBP 1,965", "pay the £615.00 fee", "chuyển 5 triệu": asking for a sum is a strong ask.
    let amounts = money_amounts(text);
    let (phones, references) = phone_numbers(text, &link_spans);
    for span in phones {
        // "14 700 000 VNĐ", "Rp 19 000 000": a sum with a currency beside it is not a number to call.
        if amounts.iter().any(|a| a.0 < span.1 && span.0 < a.1) {
            continue;
        }
        let digits: String = text[span.0..span.1].chars().filter(char::is_ascii_digit).take(4).collect();
        let weight = if matches!(digits.as_str(), "1800" | "1900" | "1300") { HOTLINE } else { PHONE };
        parts.push(Part { part: ScamPart::Action, kind: "call", weight, span });
    }
    if !amounts.is_empty() || !references.is_empty() {
        for p in parts.iter_mut().filter(|p| p.part == ScamPart::Action && p.kind == "transfer") {
            let asks_sum = amounts.iter().any(|&a| a.0 >= p.span.1 && within(text, p.span, a, AMOUNT_REACH));
            if asks_sum {
                p.weight = p.weight.max(TRANSFER_AMOUNT);
            }
            // An account number to pay into: a tracking number is no ask, an account after a transfer is.
            let into_account = references.iter().any(|&r| r.0 >= p.span.1 && within(text, p.span, r, ACCOUNT_REACH));
            if into_account {
                p.weight = p.weight.max(TRANSFER_ACCOUNT);
            }
        }
    }
    // A hostile post full of parts cannot make the readings quadratic: the heaviest parts are kept.
    if parts.len() > MAX_PARTS {
        parts.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.span.0.cmp(&b.span.0)));
        parts.truncate(MAX_PARTS);
    }
    found
}

impl ScamParts {
    /// Each action with the best problem, sender and pressure within reach of it.
    fn readings<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (Reading, [Option<Part>; 4])> + 'a {
        let near_aware = |span: (usize, usize)| {
            self.aware.iter().any(|&a| within(text, a, span, AWARE_WINDOW))
                || self.quoted.iter().any(|&(s, e)| s <= span.0 && span.1 <= e)
        };
        let best = move |part: ScamPart, around: (usize, usize)| {
            self.parts
                .iter()
                .filter(|p| p.part == part && within(text, p.span, around, REACH))
                .max_by(|a, b| a.weight.total_cmp(&b.weight).then(b.span.0.cmp(&a.span.0)))
                .copied()
        };
        self.parts.iter().filter(|p| p.part == ScamPart::Action).map(move |action| {
            let problem = best(ScamPart::Problem, action.span);
            let sender = best(ScamPart::Sender, action.span);
            let pressure = best(ScamPart::Pressure, action.span);
            let used = [Some(*action), problem, sender, pressure];
            let reading = Reading {
                action: action.weight,
                problem: problem.map_or(0.0, |p| p.weight),
                sender: sender.map_or(0.0, |p| p.weight),
                pressure: pressure.map_or(0.0, |p| p.weight),
                aware: used.iter().flatten().any(|p| near_aware(p.span)),
                official_only: self.official_links > 0 && self.other_links == 0 && action.kind == "link",
            };
            (reading, used)
        })
    }

    /// What the layer weighs, one reading per action (for tools that explain a score).
    pub fn readings_for_tools(&self, text: &str) -> Vec<Reading> {
        self.readings(text).map(|(r, _)| r).collect()
    }
}

/// How strongly one reading says "scam", in 0..1: an action read with at least one other part,
/// each part adding its share (noisy-OR), and an action with one other part alone counting less
/// than the three or four parts most scams have.
pub fn weigh(r: &Reading) -> f64 {
    let others = [r.problem, r.sender, r.pressure].iter().filter(|&&x| x > 0.0).count();
    if r.action <= 0.0 || others == 0 {
        return 0.0;
    }
    let keep = (1.0 - SHARE_ACTION * r.action)
        * (1.0 - SHARE_PROBLEM * r.problem)
        * (1.0 - SHARE_SENDER * r.sender)
        * (1.0 - SHARE_PRESSURE * r.pressure);
    let mut w = 1.0 - keep;
    if others == 1 {
        w *= TWO_PARTS;
    }
    if r.aware {
        w *= AWARE;
    }
    if r.official_only {
        w *= OFFICIAL_ONLY;
    }
    w.min(CEILING)
}

/// The strongest reading of the post's parts, as a finding.
pub(crate) fn judge(found: &ScamParts, text: &str) -> Option<Finding> {
    let mut best: Option<Finding> = None;
    for (reading, [action, problem, sender, pressure]) in found.readings(text) {
        let w = weigh(&reading);
        if w <= 0.0 || best.as_ref().is_some_and(|f| f.weight >= w) {
            continue;
        }
        let key = match (sender, problem) {
            (Some(s), _) if s.weight >= 0.5 => format!("scam_pretends_{}", s.kind),
            (_, Some(p)) => format!("scam_says_{}", p.kind),
            (Some(s), None) => format!("scam_pretends_{}", s.kind),
            (None, None) => continue,
        };
        let used: Vec<Part> = [action, problem, sender, pressure].into_iter().flatten().collect();
        let span = (used.iter().map(|p| p.span.0).min().unwrap_or(0), used.iter().map(|p| p.span.1).max().unwrap_or(0));
        let action = action.expect("a reading starts from an action");
        let term_span = pressure.map_or(action.span, |p| p.span);
        let severe = sender.is_some() && problem.is_some() && w >= 0.75;
        best = Some(Finding { key, weight: w, severe, span, term_span });
    }
    best
}

#[cfg(test)]
mod tests {
    use super::phone_numbers;

    #[test]
    fn money_amounts_table() {
        let cases: &[(&str, &[&str])] = &[
            ("send GBP 1,965 to start", &["1,965"]),
            ("pay the £615.00 fee", &["615.00"]),
            ("RM500 sehari, Rp 150.000 or ₱5,000", &["500", "150.000", "5,000"]),
            ("chuyển 5 triệu, 500k, 50.000đ", &["5", "500", "50.000"]),
            ("โอน 500 บาท", &["500"]),
            ("room 500, 12 kids, Ks 3,000", &["3,000"]),
            ("vrm 50 and 20 kg", &[]),
            ("P2,600 lang, top 10", &["2,600"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = super::money_amounts(text).into_iter().map(|(s, e)| &text[s..e]).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn obfuscated_links_table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("klik bit[.]ly/3xYz9 sekarang", &[("bit[.]ly/3xYz9", "http://bit.ly/3xYz9")]),
            ("go to hxxp://jnt-id(.)cc today", &[("hxxp://jnt-id(.)cc", "http://jnt-id.cc")]),
            ("maybank2u[dot]com[.]my/login", &[("maybank2u[dot]com[.]my/login", "http://maybank2u.com.my/login")]),
            ("an array a[.] and (.) alone", &[]),
            ("no links here", &[]),
            ("£950 ở Hà Nội, ยืนยัน [.] ok", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<(&str, String)> =
                super::obfuscated_links(text).into_iter().map(|(s, e, u)| (&text[s..e], u)).collect();
            let want: Vec<(&str, String)> = want.iter().map(|(a, b)| (*a, b.to_string())).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn citation_links_table() {
        for (url, citation) in [
            ("https://s.kaskus.id/images/2018/02/18/8467034.jpg", true),
            ("https://www.cnnindonesia.com/nasional/20180101-12-1/some-long-article-title", true),
            ("https://ibb.co/mYz3e6", false),
            ("http://jnt-id.cc/track", false),
            ("https://crypto.rvtsfe-au.site/?ref=9857", false),
            ("https://example.com/a/b", false),
        ] {
            assert_eq!(super::is_citation(url), citation, "{url}");
        }
    }

    #[test]
    fn phone_numbers_table() {
        let cases: &[(&str, &[&str])] = &[
            ("call 0203 555 0101 now", &["0203 555 0101"]),
            ("Call 0871 555 0123 to listen", &["0871 555 0123"]),
            ("hubungi +60 12-345 6789", &["+60 12-345 6789"]),
            ("tel (02) 8888 1234", &["(02) 8888 1234"]),
            ("1-300-88-6688.", &["1-300-88-6688"]),
            ("on 2026-12-06 at 10.30", &[]),
            ("buka 10.00-18.00 setiap hari, 12/10/26 12/11/26", &[]),
            ("RM 1,250,000 or $4829100", &[]),
            ("code 123456", &[]),
            ("order #A12345678", &[]),
            ("parcel 5526759913051 or #12345678", &[]),
            ("WA 082255658172", &["082255658172"]),
            ("12345678kg", &[]),
            // Sums with thousands separators (issue 15's look-alikes: a family loan, a COD amount).
            ("mẹ cho con mượn 10.600.000 tới 15 con trả", &[]),
            ("chuẩn bị 1.000.000 khi nhận hàng", &[]),
            ("gọi 0912.345.678 nhé", &["0912.345.678"]),
            ("call 555.123.4567", &["555.123.4567"]),
            ("Don hang 8345678901 giao that bai", &[]),
            // Dates, day first or year first, with an hour after them (honest Burmese bank notices).
            ("2025-03-01 10:15 တွင်", &[]),
            ("10-03-2025။ 18-03-2025 31.3.2025 1.3.2025", &[]),
            ("hotline 01-2307777", &["01-2307777"]),
            ("goi 0912345678 hoac +84912345678, SG 91234567", &["0912345678", "+84912345678", "91234567"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = phone_numbers(text, &[]).0.into_iter().map(|(s, e)| &text[s..e]).collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
