//! Misinformation and link evidence as tables: claim matches, rated domains, shorteners, scam and
//! look-alike links, style nudges that only ever label, and claim packs that are refused whole.

use waspada::claims::{parse_pack, Ratings, BUNDLED_RATINGS};
use waspada::{Action, Category, Engine, EvidenceKind, Post};

fn engine() -> Engine {
    let mut e = Engine::new().expect("bundled engine builds");
    let scam =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/misinfo/scam_domains.txt")).unwrap();
    assert!(e.set_scam_domains(&scam) > 10_000);
    e
}

fn post(text: &str, links: &[&str]) -> Post {
    Post { links: links.iter().map(|l| l.to_string()).collect(), ..Post::new(text) }
}

#[test]
fn link_and_claim_evidence_table() {
    let e = engine();
    // (text, links, expected (kind, key) of some evidence or None, expected label or None)
    type Case<'a> = (&'a str, &'a [&'a str], Option<(EvidenceKind, &'a str)>, Option<Category>);
    let cases: &[Case] = &[
        (
            "check your account https://xn--pypal-4ve.com/login",
            &[],
            Some((EvidenceKind::Domain, "scam_punycode_link")),
            Some(Category::Scam),
        ),
        (
            "Claim your voucher at https://shopee-hadiah-2026.com now",
            &[],
            Some((EvidenceKind::Domain, "scam_lookalike_link")),
            Some(Category::Scam),
        ),
        (
            "log in at https://paypa1.com/secure",
            &[],
            Some((EvidenceKind::Domain, "scam_lookalike_link")),
            Some(Category::Scam),
        ),
        ("My order from https://shopee.co.id/product/123 arrived", &[], None, None),
        ("Pay with https://www.paypal.com/checkout", &[], None, None),
        ("Login: https://www.maybank2u.com.my/home/m2u", &[], None, None),
        (
            "cek saldo",
            &["https://bantuan-customer-dana.gtop.my.id/login"],
            Some((EvidenceKind::Domain, "scam_known_domain")),
            Some(Category::Scam),
        ),
        (
            "read this www.naturalnews.com/2024/cure.html",
            &[],
            Some((EvidenceKind::Domain, "domain_rated")),
            Some(Category::Misinformation),
        ),
        (
            "via https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.naturalnews.com%2Fx&h=1",
            &[],
            Some((EvidenceKind::Domain, "domain_rated")),
            Some(Category::Misinformation),
        ),
        ("my blog", &["https://someone.blogspot.com/2024/post.html"], None, None),
        ("watch", &["https://www.youtube.com/watch?v=abc"], None, None),
        ("short link bit.ly/3abc", &["https://bit.ly/3abc"], Some((EvidenceKind::Domain, "domain_shortener")), None),
        (
            "Spraying chlorine or alcohol on the skin kills viruses in the body, please share",
            &[],
            Some((EvidenceKind::Claim, "claim_rated")),
            Some(Category::Misinformation),
        ),
        ("I washed my hands with soap for twenty seconds after the bus ride", &[], None, None),
    ];
    for (text, links, want_evidence, want_label) in cases {
        let v = e.scan(&post(text, links));
        if let Some((kind, key)) = want_evidence {
            assert!(
                v.evidence.iter().any(|x| x.kind == *kind && x.key == *key),
                "{text}: no {key} in {:?}",
                v.evidence
            );
        } else {
            assert!(
                !v.evidence.iter().any(|x| x.kind == EvidenceKind::Domain && x.category == Category::Scam),
                "{text}: {:?}",
                v.evidence
            );
        }
        match want_label {
            Some(c) => assert!(v.labels.contains(c), "{text}: labels {:?}", v.labels),
            None => assert!(
                !v.labels.contains(&Category::Scam) && !v.labels.contains(&Category::Misinformation),
                "{text}: labels {:?}",
                v.labels
            ),
        }
    }
}

#[test]
fn a_claim_match_carries_the_fact_check() {
    let v = engine().scan(&Post::new("Spraying chlorine or alcohol on the skin kills viruses in the body!!"));
    let c = v.evidence.iter().find(|x| x.kind == EvidenceKind::Claim).expect("claim evidence");
    assert!(c.claim_id.as_deref().is_some_and(|id| id.starts_with("coaid-")));
    assert!(c.url.as_deref().is_some_and(|u| u.starts_with("https://") || u.starts_with("http://")));
    assert_eq!(c.params["rating"], "False");
}

#[test]
fn style_cues_only_ever_label() {
    let mut e = engine();
    e.configure(waspada::Settings::with_profile(waspada::ProfileName::Strict)).unwrap();
    let v = e.scan(&Post::new("SHARE BEFORE THEY DELETE IT! The media won't tell you about this miracle cure"));
    assert!(v.labels.contains(&Category::Misinformation), "{:?}", v.categories);
    assert!(v
        .evidence
        .iter()
        .filter(|x| x.category == Category::Misinformation)
        .all(|x| x.kind == EvidenceKind::Style));
    assert_eq!(v.action, Action::Label, "strict blurs misinformation, but style alone is a nudge");
    assert!(!e.scan(&Post::new("please share the class photos with the group")).flagged);
}

#[test]
fn a_pack_is_matched_and_a_bad_pack_changes_nothing() {
    let mut e = engine();
    let ratings = Ratings::parse(BUNDLED_RATINGS).unwrap();
    let good = r#"{"id":"mf-1","claim":"Gunung Lawu bakal erupsi besar bulan depan","verdict":"false","checker":"MAFINDO","url":"https://turnbackhoax.id/articles/1","date":"2026-06-24","lang":"id"}"#;
    e.add_claims("mafindo.jsonl", parse_pack("mafindo.jsonl", good, &ratings).unwrap()).unwrap();
    let hoax = Post::new("WASPADA!!! gunung Lawu akan erupsi besar bulan depan, lava sudah naik, sebarkan ke keluarga");
    let v = e.scan(&hoax);
    assert!(v.evidence.iter().any(|x| x.claim_id.as_deref() == Some("mf-1")), "{:?}", v.evidence);
    let bad = format!(
        "{good}\n{{\"id\":\"mf-2\",\"claim\":\"x\",\"verdict\":\"salah?\",\"checker\":\"M\",\"url\":\"https://t\"}}\n"
    );
    let err = parse_pack("mafindo.jsonl", &bad, &ratings).unwrap_err();
    assert_eq!(err.message(), "mafindo.jsonl:2: unknown verdict 'salah?' (expected false, misleading, true or other)");
    assert!(e.scan(&hoax).evidence.iter().any(|x| x.claim_id.as_deref() == Some("mf-1")), "the last good pack stays");
    assert!(e.remove_claims("mafindo.jsonl"));
    assert!(!e.scan(&hoax).evidence.iter().any(|x| x.claim_id.as_deref() == Some("mf-1")));
}

#[test]
fn a_pack_with_the_circulating_wording_matches_posts_that_repeat_it() {
    let mut e = engine();
    let ratings = Ratings::parse(BUNDLED_RATINGS).unwrap();
    let pack = r#"{"id":"cw-1","claim":"Starlink sells SIM cards in Indonesia","verdict":"false","checker":"MAFINDO","url":"https://turnbackhoax.id/articles/2","claim_text":"Ready sim card Starlink harga cuma Rp 350.000, paket internet perbulan Rp 150.000, pesan lewat WhatsApp admin"}"#;
    e.add_claims("cw.jsonl", parse_pack("cw.jsonl", pack, &ratings).unwrap()).unwrap();
    let post = Post::new("READY SIM CARD STARLINK harga cuma Rp 350.000!! paket internet perbulan Rp 150.000, pesan lewat WhatsApp admin ya");
    assert!(e.scan(&post).evidence.iter().any(|x| x.claim_id.as_deref() == Some("cw-1")));
    assert!(!e
        .scan(&Post::new("harga paket internet naik lagi bulan ini"))
        .evidence
        .iter()
        .any(|x| x.kind == EvidenceKind::Claim));
}

/// Issue 12: every fact-checker shape recorded in `tests/fixtures/claimreview/SOURCES.md` imports
/// with its rating words understood, or is refused with a reason.
#[test]
fn regional_claim_review_shapes_import() {
    use waspada::claims::ClaimVerdict::{False, Misleading, Other, True};
    let ratings = Ratings::parse(BUNDLED_RATINGS).unwrap();
    // (fixture, the verdicts in order, every claim dated)
    let table = [
        ("afp-factcheck.json", vec![False, Misleading, Misleading], true),
        ("afp-factcheck-thailand-api.json", vec![False, False, Misleading], true),
        ("cekfakta-tempo.json", vec![False, Misleading, Other], true),
        ("datacommons-feed.json", vec![False, True], true),
        ("google-factcheck-api.json", vec![Misleading, False, False, False], true),
        ("rappler-api.json", vec![False, False, Misleading], true),
        ("thai-pbs-verify.json", vec![False, False, True], true),
        ("turnbackhoax.json", vec![False, False, Misleading], true),
    ];
    for (file, verdicts, dated) in table {
        let path = format!("{}/tests/fixtures/claimreview/{file}", env!("CARGO_MANIFEST_DIR"));
        let claims = parse_pack(file, &std::fs::read_to_string(&path).unwrap(), &ratings)
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(claims.iter().map(|c| c.verdict).collect::<Vec<_>>(), verdicts, "{file}");
        for c in &claims {
            assert!(!c.claim.starts_with('['), "{file}: the rating tag is cut from '{}'", c.claim);
            assert!(c.url.starts_with("https://"), "{file}: {}", c.url);
            assert!(!c.checker.is_empty(), "{file}");
            assert_eq!(c.date.is_some(), dated, "{file}: {} has date {:?}", c.id, c.date);
        }
    }
    let tsek = std::fs::read_to_string(format!(
        "{}/tests/fixtures/claimreview/tsek-ph-page-graph.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert_eq!(
        parse_pack("tsek.json", &tsek, &ratings).unwrap_err().message(),
        "tsek.json: no ClaimReview items found"
    );
    assert_eq!(
        parse_pack("api.json", r#"{"claims": [{"text": "x"}]}"#, &ratings).unwrap_err().message(),
        "api.json: claim 1: missing field 'claimReview'"
    );
    assert_eq!(
        parse_pack("api.json", r#"{"claims": []}"#, &ratings).unwrap_err().message(),
        "api.json: the response holds no claims"
    );
}
