//! Issue 14: grooming read across a conversation, from the other person's messages, stage by stage.

use waspada::{Engine, Message, ProfileName, Settings};

fn other(text: &str) -> Message {
    Message { text: text.to_string(), outgoing: false, lang: None }
}
fn me(text: &str) -> Message {
    Message { text: text.to_string(), outgoing: true, lang: None }
}

fn grooming() -> Vec<Message> {
    vec![
        other("hey you play roblox right? ur really good for your age"),
        me("haha thanks"),
        other("how old are you btw? what school do u go to"),
        me("13, SMK Taman Desa"),
        other("you're so mature for 13. are your parents home right now?"),
        me("no they're at work"),
        other("lets talk on telegram instead, its more private"),
        other("i can buy you robux if you send me a pic of you"),
        other("we should meet at the mall on saturday, i can pick you up"),
    ]
}

#[test]
fn issue_14_stages_across_messages_warn_where_no_single_message_does() {
    let e = Engine::new().unwrap();
    let conv = grooming();
    let single = conv
        .iter()
        .filter(|m| !m.outgoing)
        .filter(|m| e.scan(&waspada::Post::new(m.text.as_str())).labels.contains(&waspada::Category::Grooming))
        .count();
    let v = e.scan_conversation(&conv);
    assert!(v.warn, "{v:#?}");
    assert!(v.stages.len() >= 3, "{:?}", v.stages.iter().map(|s| &s.stage).collect::<Vec<_>>());
    assert!(single < conv.len(), "at most some lines are grooming alone ({single})");
    // Every stage names the message and the words that showed it.
    for s in &v.stages {
        assert!(!conv[s.message].outgoing, "only the other person's lines count");
        let text = &conv[s.message].text;
        assert!(s.evidence.end <= text.len() && s.evidence.start < s.evidence.end);
    }
    // Stages are listed in the order they first appeared.
    let firsts: Vec<usize> = v.stages.iter().map(|s| s.message).collect();
    assert!(!firsts.is_empty());
}

#[test]
fn issue_14_the_users_own_lines_never_count_as_grooming() {
    let e = Engine::new().unwrap();
    let flipped: Vec<Message> = grooming().into_iter().map(|m| Message { outgoing: !m.outgoing, ..m }).collect();
    let v = e.scan_conversation(&flipped);
    assert!(!v.warn, "the same words from the user: {v:#?}");
    assert!(v.stages.is_empty());
}

#[test]
fn issue_14_one_stage_or_a_parents_errand_does_not_warn() {
    let e = Engine::new().unwrap();
    let parent = vec![
        other("Dinner is at 7, are you on your way home?"),
        me("on the bus now"),
        other("Can you buy bread on the way? I'll pay you back"),
        me("ok"),
        other("Thanks! See you soon"),
    ];
    assert!(!e.scan_conversation(&parent).warn);
    let one = vec![other("how old are you?"), me("15"), other("cool, same as my cousin")];
    assert!(!e.scan_conversation(&one).warn, "one stage alone is not enough");
    assert!(!e.scan_conversation(&[]).warn);
}

#[test]
fn issue_14_old_stages_fade_and_only_the_latest_messages_are_read() {
    let e = Engine::new().unwrap();
    let mut conv = grooming();
    let fresh = e.scan_conversation(&conv);
    // A long harmless chat afterwards: the same stages now lie far back and count less.
    for i in 0..120 {
        conv.push(if i % 2 == 0 { other("lol yeah that match was crazy") } else { me("haha ikr") });
    }
    let faded = e.scan_conversation(&conv);
    assert!(faded.score < fresh.score, "{} !< {}", faded.score, fresh.score);
    // Past the engine's conversation limit (POST_LIMITS.conversation_messages) the oldest are not read.
    for _ in 0..400 {
        conv.push(other("ok"));
    }
    assert!(e.scan_conversation(&conv).stages.is_empty());
}

#[test]
fn issue_14_the_profile_decides_the_action_and_a_turned_off_category_never_warns() {
    let mut e = Engine::new().unwrap();
    e.configure(Settings::with_profile(ProfileName::Strict)).unwrap();
    let v = e.scan_conversation(&grooming());
    assert!(v.warn);
    assert_eq!(v.action, waspada::Action::Hide, "Strict hides grooming");
    let mut off = Settings::with_profile(ProfileName::Balanced);
    off.actions.insert(waspada::Category::Grooming, waspada::Action::None);
    e.configure(off).unwrap();
    assert!(!e.scan_conversation(&grooming()).warn);
}

/// Reads `tests/conversations/<split>/*.jsonl` as (kind, messages, index of the fourth annotated stage).
fn tables(split: &str) -> Vec<(String, Vec<Message>, usize)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conversations").join(split);
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in files.into_iter().filter(|p| p.extension().is_some_and(|x| x == "jsonl")) {
        for line in std::fs::read_to_string(&f).unwrap().lines().filter(|l| !l.trim().is_empty()) {
            let c: serde_json::Value = serde_json::from_str(line).unwrap();
            let lang = c["lang"].as_str().unwrap().to_string();
            let mut seen = std::collections::BTreeSet::new();
            let mut fourth = usize::MAX;
            let messages: Vec<Message> = c["messages"]
                .as_array()
                .unwrap()
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    for s in m["stages"].as_array().into_iter().flatten() {
                        seen.insert(s.as_str().unwrap().to_string());
                    }
                    if seen.len() >= 4 && fourth == usize::MAX {
                        fourth = i;
                    }
                    Message {
                        text: m["text"].as_str().unwrap().to_string(),
                        outgoing: m["from"] == "self",
                        lang: Some(lang.clone()),
                    }
                })
                .collect();
            out.push((c["kind"].as_str().unwrap().to_string(), messages, fourth));
        }
    }
    out
}

/// (grooming warned by the fourth stage, grooming warned by the end, benign ever warned), as shares.
fn measure(split: &str) -> (f64, f64, f64) {
    let e = Engine::new().unwrap();
    let (mut g, mut g4, mut gend, mut b, mut bw) = (0, 0, 0, 0, 0);
    for (kind, messages, fourth) in tables(split) {
        let first =
            (0..messages.len()).filter(|&i| !messages[i].outgoing).find(|&i| e.scan_conversation(&messages[..=i]).warn);
        if kind == "grooming" {
            g += 1;
            g4 += usize::from(first.is_some_and(|f| f <= fourth));
            gend += usize::from(first.is_some());
        } else {
            b += 1;
            bw += usize::from(first.is_some());
        }
    }
    assert!(g >= 60 && b >= 60, "{split}: {g} grooming and {b} benign conversations");
    (g4 as f64 / g as f64, gend as f64 / g as f64, bw as f64 / b as f64)
}

/// Floors a little under this session's measurements (`waspada eval --conversations`), so that a
/// change that loses ground fails here. Issue 14's targets (0.85 by the fourth stage, 3% of benign
/// ones, on the held-back set) are not met yet.
#[test]
fn issue_14_conversation_tables_hold_their_ground() {
    let (dev4, _, dev_fp) = measure("dev");
    assert!(dev4 >= 0.90 && dev_fp <= 0.05, "development: by 4th {dev4:.3}, benign warned {dev_fp:.3}");
    let (hb4, hb_end, hb_fp) = measure("heldback");
    assert!(
        hb4 >= 0.25 && hb_end >= 0.65 && hb_fp <= 0.10,
        "held-back: by 4th {hb4:.3}, by end {hb_end:.3}, benign warned {hb_fp:.3}"
    );
}
