//! Links in a post: their registrable domain (public-suffix aware), the domain's ratings, URL
//! shorteners, known scam domains, and look-alikes of well-known brands (typos and punycode).

use crate::error::{Error, Result};
use crate::normalize::Normalizer;
use std::collections::{HashMap, HashSet};

/// The Public Suffix List, for registrable domains (`news.example.co.id` → `example.co.id`).
#[derive(Debug, Clone, Default)]
pub struct SuffixList {
    rules: HashSet<Box<str>>,
    wildcards: HashSet<Box<str>>,
    exceptions: HashSet<Box<str>>,
}

impl SuffixList {
    /// Rules, wildcards and exceptions together.
    pub fn len(&self) -> usize {
        self.rules.len() + self.wildcards.len() + self.exceptions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Parses the list (one rule per line, `//` comments).
    pub fn parse(text: &str) -> SuffixList {
        let mut list = SuffixList::default();
        for line in text.lines() {
            let rule = line.split_whitespace().next().unwrap_or("");
            if rule.is_empty() || rule.starts_with("//") {
                continue;
            }
            let rule = rule.to_ascii_lowercase();
            if let Some(rest) = rule.strip_prefix("*.") {
                list.wildcards.insert(rest.into());
            } else if let Some(rest) = rule.strip_prefix('!') {
                list.exceptions.insert(rest.into());
            } else {
                list.rules.insert(rule.into());
            }
        }
        list
    }

    /// The registrable domain of `host` (lower-case ASCII), or `None` when the host is itself a
    /// public suffix or empty.
    pub fn registrable<'a>(&self, host: &'a str) -> Option<&'a str> {
        let starts: Vec<usize> =
            std::iter::once(0).chain(host.match_indices('.').map(|(i, _)| i + 1)).filter(|&i| i < host.len()).collect();
        // The longest matching rule decides; an exception makes its parent the suffix.
        let mut suffix_start = None;
        for (k, &i) in starts.iter().enumerate() {
            let candidate = &host[i..];
            if self.exceptions.contains(candidate) {
                suffix_start = starts.get(k + 1).copied();
                break;
            }
            if self.rules.contains(candidate) {
                suffix_start = Some(i);
                break;
            }
            if let Some(&parent) = starts.get(k + 1) {
                if self.wildcards.contains(&host[parent..]) {
                    suffix_start = Some(i);
                    break;
                }
            }
        }
        // No rule: the last label is the suffix ("*" rule).
        let suffix_start = suffix_start.or_else(|| starts.last().copied())?;
        let k = starts.iter().position(|&i| i == suffix_start)?;
        let label_start = *starts.get(k.checked_sub(1)?)?;
        Some(&host[label_start..])
    }
}

/// How a rated domain is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// Rated low-credibility by several raters, or strongly by one.
    Warning,
    /// A mixed track record: context, collapsed by default.
    Caution,
    Satire,
    Shortener,
    /// A hosting platform: its users' pages are not rated by their host.
    Platform,
}

/// What a link turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    Rated {
        tier: Tier,
        raters: String,
    },
    KnownScam,
    /// Imitates a brand's domain (`paypa1.com`, `maybank2u-secure.com`).
    Lookalike {
        brand: String,
    },
    /// Uses look-alike letters in punycode (`xn--pypal-4ve.com`).
    Punycode {
        brand: String,
    },
}

/// A link and its finding.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkFinding {
    pub url: String,
    pub domain: String,
    pub finding: Finding,
}

/// Everything the engine knows about domains, built once.
#[derive(Debug, Clone, Default)]
pub struct LinkChecker {
    suffixes: SuffixList,
    rated: HashMap<Box<str>, (Tier, u16)>,
    raters: Vec<String>,
    scam: HashSet<Box<str>>,
    /// Brand skeleton → the brand's own registrable domains.
    brands: Vec<(String, Vec<String>)>,
    /// Top-level domains that phishing reports name as the most abused (`risky_tlds.txt`).
    risky_tlds: HashSet<Box<str>>,
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

impl LinkChecker {
    /// Builds the checker from `public_suffix_list.dat`, `domains.tsv` (domain, tier, raters) and
    /// `brands.tsv` (brand, official domains). The scam list comes separately
    /// ([`LinkChecker::set_scam_domains`]): it has a licence of its own and ships as its own file.
    pub fn new(suffixes: &str, domains_tsv: &str, brands_tsv: &str) -> Result<LinkChecker> {
        let mut c = LinkChecker { suffixes: SuffixList::parse(suffixes), ..LinkChecker::default() };
        let mut rater_ids: HashMap<String, u16> = HashMap::new();
        for (n, line) in data_lines(domains_tsv) {
            let cols: Vec<&str> = line.split('\t').collect();
            let [domain, tier, raters] = cols[..] else {
                return Err(Error::at("domains.tsv", n, "expected domain, tier and raters separated by tabs"));
            };
            let tier = match tier {
                "warning" => Tier::Warning,
                "caution" => Tier::Caution,
                "satire" => Tier::Satire,
                "shortener" => Tier::Shortener,
                "platform" => Tier::Platform,
                other => return Err(Error::at("domains.tsv", n, format!("unknown tier '{other}'"))),
            };
            let next = rater_ids.len() as u16;
            let id = *rater_ids.entry(raters.to_string()).or_insert(next);
            if id as usize == c.raters.len() {
                c.raters.push(raters.to_string());
            }
            c.rated.insert(domain.to_ascii_lowercase().into(), (tier, id));
        }
        for (n, line) in data_lines(brands_tsv) {
            let (brand, official) = line
                .split_once('\t')
                .ok_or_else(|| Error::at("brands.tsv", n, "expected a brand, a tab and its domains"))?;
            let official: Vec<String> = official.split(',').map(|d| d.trim().to_ascii_lowercase()).collect();
            c.brands.push((brand.trim().to_lowercase(), official));
        }
        Ok(c)
    }

    /// Replaces the Public Suffix List (`public_suffix_list.dat`); returns how many rules it holds.
    pub fn set_public_suffixes(&mut self, text: &str) -> usize {
        self.suffixes = SuffixList::parse(text);
        self.suffixes.len()
    }

    /// Replaces the scam domain list (`scam_domains.txt`: one domain per line, `#` comments);
    /// returns how many domains it holds.
    pub fn set_scam_domains(&mut self, text: &str) -> usize {
        self.scam = data_lines(text).map(|(_, l)| l.to_ascii_lowercase().into()).collect();
        self.scam.len()
    }

    /// Replaces the list of abused top-level domains (`risky_tlds.txt`: one per line, `#` comments).
    pub fn set_risky_tlds(&mut self, text: &str) {
        self.risky_tlds =
            data_lines(text).map(|(_, l)| l.trim_start_matches('.').to_ascii_lowercase().into()).collect();
    }

    /// The registrable domain of a host (the host itself when the suffix list does not know it).
    pub fn registrable<'a>(&self, host: &'a str) -> &'a str {
        self.suffixes.registrable(host).unwrap_or(host)
    }

    /// True when the host belongs to a brand in `brands.tsv`, or to a government (`.gov`,
    /// `.gov.my`, `.go.id`, `.go.th`: suffixes nobody can register): a link to the sender's own site.
    pub fn is_official(&self, host: &str) -> bool {
        let registrable = self.registrable(host);
        // The public suffix under the registrable name: a government one only when the list knows it.
        let suffix = registrable.split_once('.').map_or("", |(_, s)| s);
        let government = suffix == "gov"
            || ((suffix.starts_with("gov.") || suffix.starts_with("go.")) && self.suffixes.registrable(host).is_some());
        government || self.brands.iter().any(|(_, official)| official.iter().any(|d| d == registrable))
    }

    /// True when the host's top-level domain is one phishing reports name among the most abused.
    pub fn has_risky_tld(&self, host: &str) -> bool {
        host.rsplit('.').next().is_some_and(|tld| self.risky_tlds.contains(tld))
    }

    /// Domains written without a scheme (`jnt-id.cc/track`, `Maybank2u-verify.com`), as `http://host`
    /// with their byte spans, outside the spans in `skip` (links already found). A candidate counts only when its
    /// last label is a public suffix the list knows and a name stands before it, so "e.g." and
    /// "3.5" are not domains.
    pub fn bare_hosts_in_text(&self, text: &str, skip: &[(usize, usize)]) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let is_host_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'.';
        let mut i = 0;
        while i < bytes.len() {
            if !is_host_byte(bytes[i]) || bytes[i] == b'.' || bytes[i] == b'-' {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && is_host_byte(bytes[i]) {
                i += 1;
            }
            let before_ok = start == 0 || {
                let c = text[..start].chars().next_back().unwrap_or(' ');
                !(c.is_alphanumeric() || matches!(c, '@' | '/' | '_' | ':'))
            };
            let mut end = i;
            while end > start && matches!(bytes[end - 1], b'.' | b'-') {
                end -= 1;
            }
            let host = text[start..end].to_ascii_lowercase();
            let labels: Vec<&str> = host.split('.').collect();
            let tld = labels.last().copied().unwrap_or("");
            let plausible = before_ok
                && labels.len() >= 2
                && labels.iter().all(|l| !l.is_empty() && l.len() <= 63)
                && tld.len() >= 2
                && tld.bytes().all(|b| b.is_ascii_lowercase())
                && labels[0].len() >= 2
                && !skip.iter().any(|&(s, e)| s <= start && start < e);
            if plausible && self.suffixes.registrable(&host).is_some_and(|r| r.len() > tld.len() + 1) {
                // The path, if any, belongs to the link.
                let mut link_end = end;
                if end == i && text[end..].starts_with('/') {
                    link_end = end + text[end..].find(char::is_whitespace).unwrap_or(text.len() - end);
                }
                out.push((start, link_end, format!("http://{host}")));
            }
        }
        out
    }

    /// Number of rated domains, scam domains and brands (for health checks).
    pub fn sizes(&self) -> (usize, usize, usize) {
        (self.rated.len(), self.scam.len(), self.brands.len())
    }

    /// What `url` is, if it is anything worth saying.
    pub fn check(&self, url: &str, normalizer: &Normalizer) -> Option<LinkFinding> {
        let host = unwrap_redirect(url).and_then(|u| host_of(&u)).or_else(|| host_of(url))?;
        let host = host.trim_end_matches('.');
        let registrable = self.suffixes.registrable(host).unwrap_or(host);
        let finding = |finding| Some(LinkFinding { url: url.to_string(), domain: registrable.to_string(), finding });
        // Most specific first: the host, then each parent down to the registrable domain.
        let mut at = host;
        loop {
            if self.scam.contains(at) {
                return finding(Finding::KnownScam);
            }
            if let Some(&(tier, raters)) = self.rated.get(at) {
                if tier == Tier::Platform {
                    break;
                }
                return finding(Finding::Rated { tier, raters: self.raters[raters as usize].clone() });
            }
            if at.len() <= registrable.len() {
                break;
            }
            match at.split_once('.') {
                Some((_, parent)) => at = parent,
                None => break,
            }
        }
        self.lookalike(host, registrable, normalizer).and_then(finding)
    }

    /// A domain that imitates a brand without being one of its domains.
    fn lookalike(&self, host: &str, registrable: &str, normalizer: &Normalizer) -> Option<Finding> {
        if self.brands.iter().any(|(_, official)| official.iter().any(|d| d == registrable)) {
            return None;
        }
        let label = registrable.split('.').next().unwrap_or("");
        let suffix_len = registrable.len() - label.len();
        // Everything left of the public suffix: "login.maybank2u-secure" of login.maybank2u-secure.com.
        let name = &host[..host.len().saturating_sub(suffix_len)];
        let mut punycode = false;
        let mut words: Vec<String> = Vec::new();
        for part in name.split('.') {
            let unicode = match part.strip_prefix("xn--") {
                Some(body) => {
                    punycode = true;
                    punycode_decode(body)?
                }
                None => part.to_string(),
            };
            let spaced: String = unicode.chars().map(|c| if c == '-' || c == '_' { ' ' } else { c }).collect();
            words.extend(
                normalizer.normalize(&spaced).base.text.split(' ').filter(|w| !w.is_empty()).map(str::to_string),
            );
        }
        let label_words: Vec<String> = {
            let spaced: String = label.chars().map(|c| if c == '-' { ' ' } else { c }).collect();
            let unicode = label.strip_prefix("xn--").and_then(punycode_decode).unwrap_or(spaced);
            normalizer.normalize(&unicode).base.text.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect()
        };
        let skeleton: String = label_words.concat();
        let decorated = label_words.len() > 1 || words.len() > label_words.len();
        for (brand, _) in &self.brands {
            let b = brand.as_str();
            let imitates = skeleton == b
                || (b.len() >= 5 && skeleton.starts_with(b))
                || (b.len() >= 6 && within_one_edit(&skeleton, b))
                || (decorated && b.len() >= 4 && words.iter().any(|w| w == b || (b.len() >= 5 && w.starts_with(b))));
            if imitates {
                let brand = brand.clone();
                return Some(if punycode { Finding::Punycode { brand } } else { Finding::Lookalike { brand } });
            }
        }
        None
    }
}

/// True when `a` and `b` differ by at most one inserted, deleted or replaced character.
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return a == b;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

/// The lower-case host of an http(s) URL (or of a bare `host/path`).
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.trim();
    let rest = match rest.find("://") {
        Some(i) => {
            let scheme = rest[..i].to_ascii_lowercase();
            if scheme != "http" && scheme != "https" {
                return None;
            }
            &rest[i + 3..]
        }
        None => rest,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("").to_lowercase();
    (host.contains('.') && !host.starts_with('.') && host.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-'))
        .then_some(host)
}

/// The real destination of a redirecting or AMP link, when the URL carries it.
pub fn unwrap_redirect(url: &str) -> Option<String> {
    let host = host_of(url)?;
    let path_start = url.find("://").map(|i| i + 3).unwrap_or(0);
    let after_host = url[path_start..].find('/').map(|i| &url[path_start + i..]).unwrap_or("");
    // Google AMP viewer and AMP cache: /amp/s/<host>/… and /c/s/<host>/…
    for prefix in ["/amp/s/", "/c/s/", "/v/s/", "/amp/"] {
        if (host.ends_with("google.com") || host.ends_with("cdn.ampproject.org")) && after_host.starts_with(prefix) {
            return Some(format!("https://{}", &after_host[prefix.len()..]));
        }
    }
    // Link shims: l.facebook.com/l.php?u=…, out.reddit.com?url=…, etc.
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or("");
    for pair in query.split('&') {
        if let Some((k, v)) = pair.split_once('=') {
            if matches!(k, "u" | "url" | "q" | "target") {
                let decoded = percent_decode(v);
                if decoded.starts_with("http://") || decoded.starts_with("https://") {
                    return Some(decoded);
                }
            }
        }
    }
    None
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Decodes one punycode label body (RFC 3492, the part after `xn--`).
pub fn punycode_decode(input: &str) -> Option<String> {
    const BASE: u32 = 36;
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let (basic, encoded) = match input.rfind('-') {
        Some(d) => (&input[..d], &input[d + 1..]),
        None => ("", input),
    };
    if !basic.is_ascii() {
        return None;
    }
    let mut output: Vec<char> = basic.chars().collect();
    let mut chars = encoded.bytes().peekable();
    while chars.peek().is_some() {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let c = chars.next()?;
            let digit = match c {
                b'a'..=b'z' => c - b'a',
                b'A'..=b'Z' => c - b'A',
                b'0'..=b'9' => c - b'0' + 26,
                _ => return None,
            } as u32;
            i = i.checked_add(digit.checked_mul(w)?)?;
            let t = if k <= bias {
                1
            } else if k >= bias + 26 {
                26
            } else {
                k - bias
            };
            if digit < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let len = output.len() as u32 + 1;
        // Bias adaptation (RFC 3492 §6.1).
        let mut delta = if old_i == 0 { (i - old_i) / 700 } else { (i - old_i) / 2 };
        delta += delta / len;
        let mut k2 = 0;
        while delta > ((BASE - 1) * 26) / 2 {
            delta /= BASE - 1;
            k2 += BASE;
        }
        bias = k2 + (BASE * delta) / (delta + 38);
        n = n.checked_add(i / len)?;
        i %= len;
        output.insert(i as usize, char::from_u32(n)?);
        i += 1;
    }
    Some(output.into_iter().collect())
}

/// URLs written in the text of a post, with their byte spans: `https://…`, `www.…` and bare
/// `name.tld/…` forms.
pub fn urls_in_text(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        let starts_url = rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
        if starts_url && (i == 0 || !text[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric())) {
            let len = rest.find(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '>').unwrap_or(rest.len());
            let raw = rest[..len].trim_end_matches(['.', ',', ')', '!', '?', ';', ':']);
            if host_of(raw).is_some() {
                out.push((i, i + raw.len(), raw.to_string()));
            }
            i += len.max(1);
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PSL: &str = "com\nco.id\nid\nmy.id\nblogspot.com\n*.ck\n!www.ck\nuk\nco.uk\n";

    #[test]
    fn registrable_domains_table() {
        let psl = SuffixList::parse(PSL);
        let cases = [
            ("news.example.com", Some("example.com")),
            ("example.com", Some("example.com")),
            ("a.b.example.co.id", Some("example.co.id")),
            ("scam.gtop.my.id", Some("gtop.my.id")),
            ("someone.blogspot.com", Some("someone.blogspot.com")),
            ("blogspot.com", None),
            ("foo.bar.ck", Some("foo.bar.ck")),
            ("www.ck", Some("www.ck")),
            ("x.unknowntld", Some("x.unknowntld")),
            ("com", None),
        ];
        for (host, want) in cases {
            assert_eq!(psl.registrable(host), want, "{host}");
        }
    }

    #[test]
    fn bare_hosts_table() {
        let c = LinkChecker::new("com\ncc\nco.id\nid\nam\n", "", "").unwrap();
        let cases: &[(&str, &[&str])] = &[
            ("Perbarui di jnt-id.cc/track dalam 24 jam", &["jnt-id.cc/track"]),
            ("visit Maybank2u-verify.com.", &["Maybank2u-verify.com"]),
            ("e.g. this; 3.5 stars; i.am here", &[]),
            ("mail me@example.com or see /path/x.com", &[]),
            ("bca.co.id and shop.id", &["bca.co.id", "shop.id"]),
            ("just .com or com.", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = c.bare_hosts_in_text(text, &[]).into_iter().map(|(s, e, _)| &text[s..e]).collect();
            assert_eq!(&got, want, "{text}");
        }
        let text = "go to http://x.com now";
        assert!(c.bare_hosts_in_text(text, &[(6, 18)]).is_empty());
        let c = LinkChecker::new("com\ncc\nvn\ngov.vn\ngov\n", "", "bank\tbank.com\n").unwrap();
        for (host, official) in [
            ("www.bank.com", true),
            ("bank.com.cc", false),
            ("congan.gov.vn", true),
            ("irs.gov", true),
            ("irs.gov.cc", false),
            ("gov.vn.top", false),
        ] {
            assert_eq!(c.is_official(host), official, "{host}");
        }
    }

    #[test]
    fn punycode_decodes() {
        assert_eq!(punycode_decode("pypal-4ve").as_deref(), Some("pаypal"));
        assert_eq!(punycode_decode("mnchen-3ya").as_deref(), Some("münchen"));
        assert_eq!(punycode_decode("!!"), None);
    }

    #[test]
    fn redirects_and_urls_in_text() {
        assert_eq!(
            unwrap_redirect("https://l.facebook.com/l.php?u=https%3A%2F%2Fbad.example%2Fx&h=1").as_deref(),
            Some("https://bad.example/x")
        );
        assert_eq!(
            unwrap_redirect("https://www.google.com/amp/s/news.example.com/a.amp").as_deref(),
            Some("https://news.example.com/a.amp")
        );
        let urls = urls_in_text("read https://a.example.com/x?y=1. and www.b.example.org, not mail@c.com");
        let found: Vec<&str> = urls.iter().map(|u| u.2.as_str()).collect();
        assert_eq!(found, ["https://a.example.com/x?y=1", "www.b.example.org"]);
        assert_eq!(host_of("javascript:alert(1)"), None);
        assert_eq!(host_of("HTTPS://User@Example.COM:8080/p").as_deref(), Some("example.com"));
    }

    #[test]
    fn one_edit_apart() {
        assert!(within_one_edit("paypl", "paypal"));
        assert!(within_one_edit("paypal", "paypa"));
        assert!(within_one_edit("paypaI", "paypal"));
        assert!(!within_one_edit("pay", "paypal"));
    }
}
