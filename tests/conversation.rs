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
    let single = conv.iter().filter(|m| !m.outgoing).filter(|m| e.scan(&waspada::Post::new(m.text.as_str())).labels.contains(&waspada::Category::Grooming)).count();
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
    // Past max_messages the oldest are not read at all.
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
