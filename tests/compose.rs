//! Issue 13: the pause before posting, read by the engine from the user's own draft.

use waspada::{Category, Engine, Post, ProfileName, Settings};

fn engine(settings: Settings) -> Engine {
    let mut e = Engine::new().expect("the bundled engine builds");
    e.configure(settings).expect("settings are valid");
    e
}

#[test]
fn issue_13_drafts_that_would_hurt_someone_pause_and_others_do_not() {
    let e = engine(Settings::default());
    // (draft, language, pauses, a category it must name)
    let table: &[(&str, Option<&str>, bool, Option<Category>)] = &[
        ("you are a pathetic worthless idiot, nobody wants you here", None, true, Some(Category::Harassment)),
        ("I will find where you live and beat you until you bleed", None, true, Some(Category::Harassment)),
        ("Chinese people are rats", None, true, Some(Category::Hate)),
        ("dasar bodoh kau, tak guna langsung", Some("ms"), true, None),
        ("Great game last night, congrats to the whole team!", None, false, None),
        ("I disagree with this policy, the numbers don't add up", None, false, None),
        ("Selamat pagi semua, jangan lupa sarapan", Some("id"), false, None),
        ("   ", None, false, None),
    ];
    for &(text, lang, pauses, category) in table {
        let mut post = Post::new(text);
        post.lang = lang.map(str::to_string);
        let note = e.check_draft(&post);
        assert_eq!(note.pause, pauses, "{text:?}: {note:?}");
        if pauses {
            assert!(!note.evidence.is_empty(), "{text:?}: a pause says why");
            assert!(note.evidence.len() <= waspada::engine::DRAFT_EVIDENCE);
            let first = &note.evidence[0];
            assert!(first.start < first.end && first.end <= text.len(), "{text:?}: the span lies in the draft");
            assert!(!note.confirm, "Balanced never asks for an extra click");
        } else {
            assert!(note.categories.is_empty() && note.evidence.is_empty());
        }
        if let Some(c) = category {
            assert!(note.categories.contains(&c), "{text:?}: {:?}", note.categories);
        }
    }
}

#[test]
fn issue_13_only_harassment_and_hate_pause_a_draft() {
    let e = engine(Settings::default());
    // A scam or a misinformation nudge is warned in a feed but is not what the pause is for.
    let scam = "URGENT: your bank account is suspended, verify now at http://bank-verify-login.xyz or lose access";
    assert!(e.scan(&Post::new(scam)).flagged, "the scam is flagged in a feed");
    assert!(!e.check_draft(&Post::new(scam)).pause);
}

#[test]
fn issue_13_the_pause_follows_the_profile_and_the_users_switch() {
    let abusive = Post::new("you are a pathetic worthless idiot");
    // Relaxed is quiet by default; Balanced and Strict pause.
    assert!(!engine(Settings::with_profile(ProfileName::Relaxed)).check_draft(&abusive).pause);
    assert!(engine(Settings::with_profile(ProfileName::Balanced)).check_draft(&abusive).pause);
    assert!(engine(Settings::with_profile(ProfileName::Strict)).check_draft(&abusive).pause);
    // The switch is per profile: turning it off for Balanced leaves Strict's default alone.
    let mut off = Settings::with_profile(ProfileName::Balanced);
    off.compose_pause.insert(ProfileName::Balanced, false);
    off.compose_pause.insert(ProfileName::Relaxed, true);
    assert!(!engine(off.clone()).check_draft(&abusive).pause);
    off.profile = ProfileName::Strict;
    assert!(engine(off.clone()).check_draft(&abusive).pause);
    off.profile = ProfileName::Relaxed;
    assert!(engine(off).check_draft(&abusive).pause, "a user may turn it on for Relaxed");
}

#[test]
fn issue_13_one_more_click_only_where_a_parent_chose_it_under_strict() {
    let abusive = Post::new("you are a pathetic worthless idiot");
    let mut s = Settings::with_profile(ProfileName::Strict);
    assert!(!engine(s.clone()).check_draft(&abusive).confirm, "off until a parent chooses it");
    s.compose_confirm = true;
    let note = engine(s.clone()).check_draft(&abusive);
    assert!(note.pause && note.confirm);
    s.profile = ProfileName::Balanced;
    assert!(!engine(s.clone()).check_draft(&abusive).confirm, "Balanced does not allow it");
    s.profile = ProfileName::Strict;
    s.compose_pause.insert(ProfileName::Strict, false);
    let note = engine(s).check_draft(&abusive);
    assert!(!note.pause && !note.confirm, "no pause, no extra click");
}

#[test]
fn issue_13_hidden_words_and_trusted_accounts_play_no_part() {
    let mut s = Settings::default();
    s.own_words = vec!["spoiler".to_string()];
    s.trusted = vec!["x.com/me".to_string()];
    let e = engine(s);
    assert!(!e.check_draft(&Post::new("big spoiler about the finale")).pause, "a hidden word is not abuse");
    let mut mine = Post::new("you are a pathetic worthless idiot");
    mine.author = Some("me".to_string());
    mine.host = Some("x.com".to_string());
    assert!(e.check_draft(&mine).pause, "being trusted does not make one's own insults kind");
}
