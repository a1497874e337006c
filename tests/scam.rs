//! Issue 15: scams found from their parts (who the message claims to be, the problem or prize, the
//! pressure, the action), the six messages of the issue, the look-alikes that must stay quiet, and
//! the held-back templates of our own scam suites (`tests/scam_suites/`).

use serde_json::Value;
use std::collections::BTreeMap;
use waspada::{Category, Engine, Post, Verdict};

/// A lexicon of a few parts, so the layer's logic is tested apart from the bundled words.
const PARTS: &str = "@format 1
@lang en
@source test lexicon written for this file
@licence MIT
acme bank | scam:sender | 0.9 | bank
acme | scam:sender | 0.9 | bank
account has been blocked | scam:problem | 0.9 | account
parcel is held | scam:problem | 0.85 | parcel
within 24 hours | scam:pressure | 0.8 | deadline
click | scam:action | 0.4 | link
log in at | scam:action | 0.6 | link
share your otp | scam:action | 0.9 | code
never | ctx:negation
beware of | scam:aware
ignore this message | scam:aware
do not ignore this message | allow
";

fn parts_engine() -> Engine {
    Engine::builder().without_bundled_lexicons().without_model().lexicon("test.scamparts.lex", PARTS).build().unwrap()
}

fn scam_key(v: &Verdict) -> Option<String> {
    v.evidence.iter().find(|e| e.category == Category::Scam).map(|e| e.key.clone())
}

#[test]
fn parts_meet_table() {
    let engine = parts_engine();
    // (text, warned as a scam under Balanced, explanation key when warned)
    let cases: &[(&str, bool, &str)] = &[
        (
            "Acme Bank: your account has been blocked. Click http://acme-secure.top within 24 hours",
            true,
            "scam_pretends_bank",
        ),
        // The host names the sender: impersonation without the name in the text.
        ("Your account has been blocked. Log in at http://acme-verify.cc", true, "scam_pretends_bank"),
        ("Your account has been blocked. Log in at acme-verify.cc today", true, "scam_pretends_bank"),
        // A link written so that filters miss it is still a link, and a telling one.
        ("Your account has been blocked. Log in at hxxp://acme-verify[.]cc", true, "scam_pretends_bank"),
        ("Your parcel is held. Log in within 24 hours at secure-login(.)net/pay", true, "scam_says_parcel"),
        ("Your account has been blocked, call 0203 555 0101 within 24 hours", true, "scam_says_account"),
        // A notice that asks nothing.
        ("Acme Bank: your account has been blocked after three wrong PINs. Visit a branch.", false, ""),
        // A promotion: a sender and a phone number, no problem, no pressure.
        ("Acme Bank home loans from 3.9%! Call 012-345 6789", false, ""),
        // Advice about the scam.
        ("Beware of messages saying your account has been blocked; never click http://acme-secure.top", false, ""),
        // Advice inside an allowed phrase is no advice: "do not ignore this message" presses.
        (
            "Your account has been blocked. Log in at http://acme-verify.cc within 24 hours. Do not ignore this message.",
            true,
            "scam_pretends_bank",
        ),
        ("Your account has been blocked? Ignore this message. Never log in at http://acme-verify.cc", false, ""),
        // Negated action, and the official site only.
        ("Acme Bank will never ask you to share your OTP. Your account has been blocked?", false, ""),
        ("Maybank: your account has been blocked. Log in at https://www.maybank2u.com.my", false, ""),
        // Parts too far apart are not one message.
        (
            "Your parcel is held at the depot, they told me at the counter. Anyway, long story about the holiday, the beach, the food, the hotel and the weather, which was lovely every day of the whole trip and which I will not bore you with any further here, except to say we loved it and would happily go back next year with the kids and the grandparents too. Photos at http://example.com/album",
            false,
            "",
        ),
    ];
    for &(text, scam, key) in cases {
        let v = engine.scan(&Post::new(text));
        assert_eq!(v.labels.contains(&Category::Scam), scam, "{text}: {:?}", v.evidence);
        if scam {
            assert_eq!(scam_key(&v).as_deref(), Some(key), "{text}");
        }
    }
}

/// A hostile page: one post of 200 KB made of scam parts, links and numbers is read to the end
/// (the layer keeps the heaviest parts) and still warns.
#[test]
fn a_post_full_of_scam_parts_is_read_and_warned() {
    let engine = parts_engine();
    let unit = "Acme Bank: your account has been blocked, click http://acme-secure.top or call 0203 555 0101 within 24 hours. ";
    let text = unit.repeat(200_000 / unit.len());
    let v = engine.scan(&Post::new(text));
    assert!(v.labels.contains(&Category::Scam), "{:?}", v.categories);
}

/// Every mixture of four fragments that the layer's own scanners look at (links hidden with
/// `[.]`, sums, phone numbers, multi-byte letters next to them) is scanned without a panic, and
/// the verdict keeps its spans on character boundaries.
#[test]
fn hostile_mixtures_of_links_sums_and_letters_never_break_a_scan() {
    let engine = Engine::new().unwrap();
    let fragments =
        ["£", "[.]", "(.)", "hxxp://", "ยืนยัน", "bca", "-", "/", "0203 555 ", "RM", "[dot]", "é", " ", "bank "];
    let n = fragments.len();
    for k in 0..n * n * n * n {
        let text: String = [k % n, k / n % n, k / (n * n) % n, k / (n * n * n)].iter().map(|&i| fragments[i]).collect();
        let v = engine.scan(&Post::new(text.clone()));
        for e in &v.evidence {
            assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{text:?}: {e:?}");
        }
    }
}

#[test]
fn a_scam_part_needs_a_known_kind() {
    let bad = PARTS.replace("| 0.9 | bank\nacme |", "| 0.9 | banks\nacme |");
    let err = Engine::builder().without_bundled_lexicons().lexicon("bad.lex", &bad).build().unwrap_err().to_string();
    assert!(err.contains("bad.lex:5") && err.contains("scam:sender needs a kind"), "{err}");
}

/// The six messages of issue 15 that no scam warning caught.
#[test]
fn issue_15_six_messages_are_warned_as_scams() {
    let engine = Engine::new().unwrap();
    let messages = [
        ("en", "HSBC: a payment of £950 to a new payee was requested. If this was not you call 0203 555 0101"),
        ("en", "IRS: you are eligible for a tax refund of $482.60. Claim at http://irs-refund.help"),
        ("en", "You have a new voicemail. Call 0871 555 0123 to listen"),
        ("id", "Paket Anda tertahan di gudang karena alamat tidak lengkap. Perbarui di http://jnt-id.cc dalam 24 jam"),
        ("vi", "Tài khoản Vietcombank của bạn đã bị khóa. Xác minh ngay tại http://vcb-xacminh.top để tránh bị đóng"),
        ("en", "Your LBC parcel could not be delivered. Reschedule at http://lbc-ph.delivery-update.site"),
    ];
    for (lang, text) in messages {
        // With and without the page's language tag.
        for tag in [None, Some(lang.to_string())] {
            let v = engine.scan(&Post { lang: tag.clone(), ..Post::new(text) });
            assert!(v.labels.contains(&Category::Scam), "{text} ({tag:?}): {:?}", v.categories);
            let key = scam_key(&v).unwrap_or_default();
            assert!(key.starts_with("scam_pretends_") || key.starts_with("scam_says_"), "{text}: reason {key}");
        }
    }
}

struct Case {
    lang: String,
    text: String,
    scam: bool,
    heldout: bool,
}

fn suite_cases() -> Vec<Case> {
    cases_in(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scam_suites"))
}

fn cases_in(dir: &str) -> Vec<Case> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        for line in std::fs::read_to_string(&f).unwrap().lines().filter(|l| !l.is_empty()) {
            let v: Value = serde_json::from_str(line).unwrap();
            let s = |k: &str| v[k].as_str().unwrap_or_else(|| panic!("{}: no {k} in {line}", f.display())).to_string();
            out.push(Case {
                lang: s("lang"),
                text: s("text"),
                scam: s("expect") == "scam",
                heldout: v["heldout"] == true,
            });
        }
    }
    out
}

/// Per language: [scams warned, scams, look-alikes warned, look-alikes].
fn tally_warned(engine: &Engine, cases: impl IntoIterator<Item = Case>) -> BTreeMap<String, [usize; 4]> {
    let mut tally: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    for c in cases {
        let warned = engine
            .scan(&Post { lang: Some(c.lang.clone()), ..Post::new(c.text.clone()) })
            .labels
            .contains(&Category::Scam);
        let t = tally.entry(c.lang).or_default();
        let i = if c.scam { 0 } else { 2 };
        t[i] += usize::from(warned);
        t[i + 1] += 1;
    }
    tally
}

/// Held-back share of scams warned as scams and of look-alikes warned as scams, per language, as
/// measured with `waspada eval --scam-suites tests/scam_suites` on 2026-12-07 (after the second
/// writer's tuning set and its wording families), less a margin. The issue's targets are ≥ 0.90
/// and ≤ 0.01.
const FLOORS: &[(&str, f64, f64)] = &[
    ("en", 0.78, 0.02),
    ("fil", 0.76, 0.02),
    ("id", 0.93, 0.03),
    ("ms", 0.87, 0.02),
    ("my", 0.62, 0.02),
    ("th", 0.68, 0.02),
    ("vi", 0.71, 0.12),
];

#[test]
fn held_back_scam_suites_keep_their_floors() {
    let tally = tally_warned(&Engine::new().unwrap(), suite_cases().into_iter().filter(|c| c.heldout));
    assert_eq!(FLOORS.len(), tally.len(), "a floor per language");
    assert!(tally.len() >= 7, "a suite per language: {:?}", tally.keys().collect::<Vec<_>>());
    for &(lang, recall_floor, false_alarm_ceiling) in FLOORS {
        let t = tally[lang];
        let recall = t[0] as f64 / t[1] as f64;
        let false_alarms = t[2] as f64 / t[3] as f64;
        assert!(recall >= recall_floor, "{lang}: held-back scams warned {recall:.3} < {recall_floor}");
        assert!(
            false_alarms <= false_alarm_ceiling,
            "{lang}: held-back look-alikes warned {false_alarms:.3} > {false_alarm_ceiling}"
        );
    }
}

/// The second writer's tuning set (`tests/scam_tuning`), tuned on: its floors guard the wording
/// families against a change that undoes them, and are not evidence of quality (measured
/// 0.97-1.00 and 0.98-1.00 on 2026-12-07).
#[test]
fn the_scam_tuning_set_keeps_its_floors() {
    let cases = cases_in(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scam_tuning"));
    assert!(cases.iter().all(|c| !c.heldout), "a tuning case is held back");
    let tally = tally_warned(&Engine::new().unwrap(), cases);
    assert_eq!(tally.len(), 7, "a tuning set per language: {:?}", tally.keys().collect::<Vec<_>>());
    for (lang, t) in &tally {
        let (recall, false_alarms) = (t[0] as f64 / t[1] as f64, t[2] as f64 / t[3] as f64);
        assert!(recall >= 0.94, "{lang}: tuning scams warned {recall:.3}");
        assert!(false_alarms <= 0.03, "{lang}: tuning look-alikes warned {false_alarms:.3}");
    }
}

/// Issue 15's look-alikes: a sum written with thousands separators ("10.600.000") or beside a
/// currency is money, not a number to call, so a family loan between mother and child is no scam.
#[test]
fn a_sum_of_money_is_not_a_phone_number_to_call() {
    let engine = Engine::new().unwrap();
    for text in
        ["Mẹ cho con mượn 10.600.000 VNĐ tới 15 con trả nha", "Mẹ ơi con cần mượn 10.600.000 tới 15 con trả mẹ nha"]
    {
        let v = engine.scan(&Post { lang: Some("vi".into()), ..Post::new(text) });
        assert!(!v.labels.contains(&Category::Scam), "{text}: {:?}", v.evidence);
        assert!(!v.evidence.iter().any(|e| e.key == "scam_off_platform" || e.key.starts_with("scam_")), "{text}");
    }
}

/// Issue 15's look-alikes: a bank's sign-in notice that says "if it was not you, call" its
/// shared-cost hotline (1900, 1800) is honest; the same notice with a mobile number is the scam.
#[test]
fn a_bank_notice_with_its_service_hotline_is_not_the_scam_with_a_mobile_number() {
    let engine = Engine::new().unwrap();
    let notices = [
        "MB: Phat hien 3 lan dang nhap khong thanh cong vao ung dung MB Bank cua Quy khach luc 22:14 03/12/2025. Neu khong phai Quy khach thuc hien, vui long goi hotline {n} in tren mat sau the.",
        "SHB: Tai khoan SHB SAHA cua Quy khach vua dang nhap tren thiet bi moi iPhone 15 luc 08:02 21/03/2026. Neu khong phai Quy khach, vui long goi ngay {n} de khoa dich vu.",
    ];
    for notice in notices {
        for (number, scam) in [("1900 545426", false), ("1800 588 856", false), ("0912 345 678", true)] {
            let text = notice.replace("{n}", number);
            let v = engine.scan(&Post { lang: Some("vi".into()), ..Post::new(text.clone()) });
            assert_eq!(v.labels.contains(&Category::Scam), scam, "{text}: {:?}", v.categories);
        }
    }
}

/// Honest messages written by someone who saw no suite (`tests/scam_probes`): the share warned as
/// scams stays under the ceilings measured on 2026-12-07 plus a margin (the target is 0.01).
#[test]
fn honest_probes_stay_under_their_ceilings() {
    const CEILINGS: &[(&str, f64)] =
        &[("en", 0.07), ("ms", 0.09), ("id", 0.09), ("fil", 0.07), ("th", 0.05), ("my", 0.13), ("vi", 0.07)];
    let cases = cases_in(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scam_probes"));
    assert!(cases.iter().all(|c| !c.scam), "a probe expects a scam");
    let tally = tally_warned(&Engine::new().unwrap(), cases);
    assert_eq!(tally.len(), CEILINGS.len(), "a ceiling per language: {:?}", tally.keys().collect::<Vec<_>>());
    for &(lang, ceiling) in CEILINGS {
        let [_, _, warned, probes] = tally[lang];
        assert!(probes >= 150, "{lang}: {probes} probes");
        let share = warned as f64 / probes as f64;
        assert!(share <= ceiling, "{lang}: {warned} of {probes} honest probes warned ({share:.3} > {ceiling})");
    }
}
