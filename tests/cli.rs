//! The `waspada scan` contract of DESIGN §5, run as a process.

use std::io::Write;
use std::process::{Command, Stdio};

fn scan(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_waspada"))
        .arg("scan")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("waspada runs");
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn lines(out: &str) -> Vec<serde_json::Value> {
    out.lines().map(|l| serde_json::from_str(l).expect("every output line is JSON")).collect()
}

#[test]
fn one_line_out_per_line_in_same_order_and_bad_lines_get_errors() {
    let input = b"{\"id\":\"a\",\"text\":\"you are a pathetic idiot\"}\n\
{\"id\":7,\"text\":\"Lovely sunset at the beach today\"}\n\
not json\n\
{\"id\":\"no-text\"}\n\
\n\
{\"id\":\"n\",\"text\":42}\n\
\xff\xfe\n\
{\"text\":\"no id here\",\"lang\":\"en\",\"links\":[\"https://example.com\"]}\n";
    let (code, out, err) = scan(&[], input);
    assert_eq!(code, 0, "stderr: {err}");
    let v = lines(&out);
    assert_eq!(v.len(), 8);
    assert_eq!(v[0]["id"], "a");
    assert_eq!(v[0]["flagged"], true);
    assert!(v[0]["labels"].as_array().unwrap().iter().any(|l| l == "harassment"));
    let ev = &v[0]["evidence"][0];
    for key in ["kind", "category", "start", "end", "explanation"] {
        assert!(ev.get(key).is_some(), "evidence lacks {key}");
    }
    assert_eq!(v[1]["id"], 7);
    assert_eq!(v[1]["flagged"], false);
    assert_eq!(v[1]["categories"].as_object().unwrap().len(), 8);
    assert!(v[2]["error"].as_str().unwrap().starts_with("line 3: not JSON"));
    assert_eq!(v[3]["id"], "no-text");
    assert_eq!(v[3]["error"], "line 4: missing field \"text\"");
    assert_eq!(v[4]["error"], "line 5: empty line");
    assert_eq!(v[5]["error"], "line 6: field \"text\" must be a string");
    assert!(v[6]["error"].as_str().unwrap().starts_with("line 7: not UTF-8"));
    assert_eq!(v[7]["id"], serde_json::Value::Null);
    assert!(v[7].get("flagged").is_some());
}

#[test]
fn profiles_change_labels() {
    let input = b"{\"text\":\"shut up you moron\"}\n";
    let (_, relaxed, _) = scan(&["--profile", "relaxed"], input);
    let (_, strict, _) = scan(&["--profile", "strict"], input);
    let r = &lines(&relaxed)[0];
    let s = &lines(&strict)[0];
    assert_eq!(r["categories"], s["categories"], "profiles never change scores");
    assert!(s["labels"].as_array().unwrap().len() >= r["labels"].as_array().unwrap().len());
    let (code, _, err) = scan(&["--profile", "paranoid"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("unknown profile 'paranoid'"), "{err}");
}

#[test]
fn issue_2_a_one_megabyte_post_is_scanned() {
    let mut text = "lorem ipsum dolor sit amet ".repeat(40_000);
    text.push_str(" you pathetic idiot");
    let line = serde_json::json!({ "id": "big", "text": text }).to_string() + "\n";
    assert!(line.len() > 1_000_000);
    let (code, out, _) = scan(&[], line.as_bytes());
    assert_eq!(code, 0);
    let v = &lines(&out)[0];
    assert_eq!(v["id"], "big");
    assert_eq!(v["flagged"], true);
    let start = v["evidence"][0]["start"].as_u64().unwrap() as usize;
    assert!(start > 1_000_000, "the span points near the end of the post");
}

#[test]
fn claims_files_are_validated() {
    let dir = std::env::temp_dir().join(format!("waspada-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.jsonl");
    std::fs::write(
        &good,
        "{\"id\":\"c1\",\"claim\":\"vaccines contain microchips\",\"verdict\":\"false\",\"checker\":\"AFP\",\"url\":\"https://factcheck.afp.com/x\",\"date\":\"2024-03-02\",\"lang\":\"en\"}\n",
    )
    .unwrap();
    let bad = dir.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\":\"c1\",\"claim\":\"x\",\"verdict\":\"maybe\",\"checker\":\"A\",\"url\":\"https://a\"}\n",
    )
    .unwrap();
    let (code, out, err) = scan(&["--claims", good.to_str().unwrap()], b"{\"text\":\"hello\"}\n");
    assert_eq!(code, 0, "{err}");
    assert_eq!(lines(&out).len(), 1);
    let (code, _, err) = scan(&["--claims", bad.to_str().unwrap()], b"");
    assert_eq!(code, 2);
    assert!(err.contains("bad.jsonl:1: unknown verdict 'maybe'"), "{err}");
    let (code, _, err) = scan(&["--claims", dir.join("missing.jsonl").to_str().unwrap()], b"");
    assert_eq!(code, 2);
    assert!(err.contains("missing.jsonl"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
