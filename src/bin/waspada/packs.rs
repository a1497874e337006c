//! `waspada build-pack` and `waspada build-domains`: the bundled claim pack and domain tables,
//! derived from the shippable sets of a data folder, with provenance.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Claim sets `../shared/data/README.md` marks shippable, and how their rows become pack lines.
const CLAIM_SETS: [(&str, &str); 2] = [("afnc-thailand-2025", "afnc"), ("coaid", "coaid")];

/// Writes `assets/claims/default.jsonl`: the false and misleading claims of the shippable sets.
pub fn build_pack(dir: &Path, out: &Path) -> Result<(), String> {
    let mut lines = Vec::new();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (set, prefix) in CLAIM_SETS {
        let text = read(&dir.join("misinfo").join(set).join("claims.jsonl"))?;
        for (i, line) in text.lines().enumerate() {
            let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("{set}:{}: {e}", i + 1))?;
            let verdict = v.get("verdict").and_then(|x| x.as_str()).unwrap_or("");
            if verdict != "false" && verdict != "misleading" {
                continue;
            }
            let claim = v.get("claim").and_then(|x| x.as_str()).unwrap_or("").trim();
            let url = v.get("url").and_then(|x| x.as_str()).unwrap_or("");
            if claim.is_empty() || !url.starts_with("http") {
                continue;
            }
            let category = v.get("category").and_then(|x| x.as_str()).unwrap_or("");
            // Online-crime alerts of AFNC warn about scams.
            let harm = if category.contains("อาชญากรรม") || category.to_lowercase().contains("scam") {
                "scam"
            } else {
                ""
            };
            let mut o = serde_json::json!({
                "id": format!("{prefix}-{}", i + 1),
                "claim": claim,
                "verdict": verdict,
                "rating": v.get("rating").cloned().unwrap_or(serde_json::Value::Null),
                "checker": v.get("checker").cloned().unwrap_or(serde_json::Value::Null),
                "url": url,
                "date": v.get("date").cloned().unwrap_or(serde_json::Value::Null),
                "lang": v.get("lang").cloned().unwrap_or(serde_json::Value::Null),
            });
            if !harm.is_empty() {
                o["category"] = serde_json::Value::String(harm.into());
            }
            lines.push(o.to_string());
            *counts.entry(set).or_insert(0) += 1;
        }
    }
    std::fs::write(out, lines.join("\n") + "\n").map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!("wrote {} ({} claims: {counts:?})", out.display(), lines.len());
    Ok(())
}

/// Hosting platforms: lists rate pages on them, but the platform itself is not the source.
const PLATFORMS: &[&str] = &[
    "youtube.com",
    "youtu.be",
    "facebook.com",
    "fb.com",
    "instagram.com",
    "tiktok.com",
    "x.com",
    "twitter.com",
    "t.me",
    "telegram.org",
    "blogspot.com",
    "wordpress.com",
    "medium.com",
    "substack.com",
    "rumble.com",
    "bitchute.com",
    "archive.org",
    "archive.ph",
    "archive.today",
    "google.com",
    "sites.google.com",
    "github.io",
    "github.com",
    "reddit.com",
    "tumblr.com",
    "vk.com",
    "weebly.com",
    "wixsite.com",
    "linkedin.com",
    "scribd.com",
    "soundcloud.com",
    "spotify.com",
    "threads.net",
    "threads.com",
    "bsky.app",
    "line.me",
    "wa.me",
    "whatsapp.com",
    "pinterest.com",
    "quora.com",
    "yahoo.com",
    "msn.com",
    "apple.com",
    "amazon.com",
    "gab.com",
    "parler.com",
];

fn clean_domain(d: &str) -> Option<String> {
    let d = d.trim().trim_start_matches("http://").trim_start_matches("https://").to_ascii_lowercase();
    let d = d.trim_start_matches("www.").split('/').next().unwrap_or("").trim_end_matches('.').to_string();
    (d.contains('.') && d.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')).then_some(d)
}

#[derive(Default)]
struct Signals {
    strong: Vec<&'static str>,
    weak: Vec<&'static str>,
    satire: Vec<&'static str>,
}

/// Writes `domains.tsv` (rated domains, shorteners, platforms) and `scam_domains.txt`.
pub fn build_domains(dir: &Path, out_dir: &Path) -> Result<(), String> {
    let m = dir.join("misinfo");
    let mut sig: BTreeMap<String, Signals> = BTreeMap::new();
    let mut add = |d: &str, kind: u8, rater: &'static str| {
        if let Some(d) = clean_domain(d) {
            let s = sig.entry(d).or_default();
            let list = match kind {
                0 => &mut s.strong,
                1 => &mut s.weak,
                _ => &mut s.satire,
            };
            if !list.contains(&rater) {
                list.push(rater);
            }
        }
    };
    // CRED-1 (CC BY 4.0): fake/conspiracy strong; unreliable/rumor strong with two sources, else weak.
    for c in crate::csvfile::records(&m.join("cred1/cred1_current.csv"))?.into_iter().skip(1) {
        if c.len() < 4 {
            continue;
        }
        match c[1].as_str() {
            "fake" | "conspiracy" => add(&c[0], 0, "CRED-1"),
            "unreliable" | "rumor" if c[3] == "2" => add(&c[0], 0, "CRED-1"),
            "unreliable" | "rumor" => add(&c[0], 1, "CRED-1"),
            "satire" => add(&c[0], 2, "CRED-1"),
            _ => {}
        }
    }
    // Lin et al. 2023 (attribution): PC1 < 0.25 strong, < 0.40 weak.
    for c in crate::csvfile::records(&m.join("lin2023-domain-quality/domain_pc1.csv"))?.into_iter().skip(1) {
        if let [d, pc1, ..] = c.as_slice() {
            if let Ok(v) = pc1.trim().parse::<f64>() {
                if v < 0.25 {
                    add(d.as_str(), 0, "Lin et al. 2023");
                } else if v < 0.40 {
                    add(d.as_str(), 1, "Lin et al. 2023");
                }
            }
        }
    }
    // Wikipedia perennial sources 2021 (CC BY-SA): deprecated/blacklisted strong, generally unreliable weak.
    for c in crate::csvfile::records(&m.join("wikipedia-perennial/perennial_domains_2021.csv"))?.into_iter().skip(1) {
        if c.len() < 3 {
            continue;
        }
        let status = c.join(",").to_lowercase();
        if status.contains("deprecated") || status.contains("blacklisted") {
            add(&c[0], 0, "Wikipedia editors");
        } else if status.contains("generally unreliable") {
            add(&c[0], 1, "Wikipedia editors");
        }
    }
    // OpenSources (CC BY 4.0): fake/conspiracy/junksci/hate strong, unreliable/rumor/clickbait weak, satire.
    for c in crate::csvfile::records(&m.join("opensources/sources.csv"))?.into_iter().skip(1) {
        if c.is_empty() {
            continue;
        }
        let tags: Vec<String> = c.iter().skip(1).take(3).map(|t| t.trim().to_lowercase()).collect();
        if tags.iter().any(|t| matches!(t.as_str(), "fake" | "conspiracy" | "junksci" | "hate")) {
            add(&c[0], 0, "OpenSources");
        } else if tags.iter().any(|t| matches!(t.as_str(), "unreliable" | "rumor" | "clickbait" | "unrealiable")) {
            add(&c[0], 1, "OpenSources");
        } else if tags.iter().any(|t| t.starts_with("satir")) {
            add(&c[0], 2, "OpenSources");
        }
    }
    // Lasser et al. 2022 (CC BY-SA 4.0): accuracy 1 strong, unreliable weak; satire labels.
    for c in crate::csvfile::records(&m.join("lasser2022-misinfo-domains/domain_list_clean.csv"))?.into_iter().skip(1) {
        if c.len() < 7 {
            continue;
        }
        if c[1].contains("satire") && !c[1].contains("false") {
            add(&c[0], 2, "Lasser et al. 2022");
        } else if c[4] == "1" {
            add(&c[0], 0, "Lasser et al. 2022");
        } else if c[6] == "unreliable" {
            add(&c[0], 1, "Lasser et al. 2022");
        }
    }

    let mut table = String::new();
    let _ = writeln!(
        table,
        "# Domain ratings compiled by `waspada build-domains --data ../shared/data` (2026-11-29) from the lists that may\n\
         # ship: CRED-1 (CC BY 4.0), Lin et al. 2023 domain quality PC1 (public research data, cited: Lin, Lasser, Lewandowsky\n\
         # et al., PNAS Nexus 2023), Wikipedia perennial sources 2021 (CC BY-SA 3.0), OpenSources (CC BY 4.0, Zimdars,\n\
         # Merrimack College), Lasser et al. 2022 (CC BY-SA 4.0); URL shorteners from PeterDaveHello/url-shorteners (CC BY-SA\n\
         # 4.0). This compilation is CC BY-SA 4.0. domain<TAB>tier<TAB>raters. Tier rule: warning = one strong rating plus\n\
         # any other list, or two strong; caution = any other low rating; satire = satire labels only. Hosting platforms\n\
         # are never rated (tier platform)."
    );
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (domain, s) in &sig {
        if PLATFORMS.iter().any(|p| domain == p) {
            continue;
        }
        let raters: Vec<&str> = {
            let mut r: Vec<&str> = s.strong.iter().chain(&s.weak).chain(&s.satire).copied().collect();
            r.sort();
            r.dedup();
            r
        };
        let lists = raters.len();
        let tier = if s.strong.len() >= 2 || (!s.strong.is_empty() && lists >= 2) {
            "warning"
        } else if !s.strong.is_empty() || !s.weak.is_empty() {
            "caution"
        } else {
            "satire"
        };
        *counts.entry(tier).or_insert(0) += 1;
        let _ = writeln!(table, "{domain}\t{tier}\t{}", raters.join(", "));
    }
    for p in PLATFORMS {
        let _ = writeln!(table, "{p}\tplatform\t-");
    }
    let mut shorteners = 0;
    for line in read(&m.join("url-shorteners/list.txt"))?.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(d) = clean_domain(line) {
            if !sig.contains_key(&d) && !PLATFORMS.contains(&d.as_str()) {
                let _ = writeln!(table, "{d}\tshortener\t-");
                shorteners += 1;
            }
        }
    }
    let path = out_dir.join("domains.tsv");
    std::fs::write(&path, table).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("wrote {} ({counts:?}, {shorteners} shorteners, {} platforms)", path.display(), PLATFORMS.len());

    // The scam blocklist stays a separate file under its own licence (GPL-3.0).
    let scam = read(&m.join("scam-blocklist-light/scams_light.txt"))?;
    let mut out = String::from(
        "# Scam and phishing domains: Jarelllama's Scam Blocklist, LIGHT version (github.com/jarelllama/Scam-Blocklist),\n\
         # version 03.20.184908.2025, GNU GPL-3.0. Shipped unmodified in content as a separate data file under that\n\
         # licence (comments and blank lines dropped); a listed domain covers its subdomains.\n",
    );
    let mut n = 0;
    for line in scam.lines() {
        if let Some(d) = (!line.starts_with('#')).then(|| clean_domain(line)).flatten() {
            out.push_str(&d);
            out.push('\n');
            n += 1;
        }
    }
    let path = out_dir.join("scam_domains.txt");
    std::fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("wrote {} ({n} domains)", path.display());
    Ok(())
}
