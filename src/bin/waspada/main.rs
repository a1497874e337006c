//! The `waspada` command: batch scanning (DESIGN §5), evaluation and training, with the same engine
//! the extension runs.

mod claims_eval;
mod claims_train;
mod conversations;
mod csvfile;
mod data;
mod eval;
mod packs;
mod scam_suites;
mod suites;
mod train;
mod words;

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;
use waspada::claims::{parse_pack, Ratings};
use waspada::verdict::{post_from_json, ScanResult};
use waspada::{Engine, ProfileName, Settings};

const USAGE: &str = "usage:
  waspada scan [--profile relaxed|balanced|strict] [--claims FILE]... [--lexicon FILE]... < posts.jsonl > verdicts.jsonl
  waspada eval --data DIR [--model FILE] [--errors FILE.jsonl] [--audit tests/benign_audit]
                                     (--audit: false-positive rates again without the rows labelled
                                     benign that a label audit found harmful)
  waspada eval --suites tests/suites [--model FILE] [--lexicon FILE]... [--errors FILE.jsonl]
                                     (functional suites, held-back templates apart; --lexicon adds a
                                     lexicon being written to the bundled ones)
  waspada eval --scam-suites tests/scam_suites [--lexicon FILE]... [--errors FILE.jsonl]
                                     (scam suites, held-back apart; --lexicon as for --suites)
  waspada eval --conversations tests/conversations [--errors FILE.jsonl]   (grooming conversations, dev and held-back)
  waspada eval-claims --data DIR [--errors FILE]   (claim retrieval s@1/5/10 and MRR, dev and held-out
                                     periods; false matches, style nudges, 100k-claim cost)
  waspada train-claims --data DIR [--out assets/claims/reranker.tsv]   (fit the claim re-ranker)
  waspada build-pack --data DIR      (writes assets/claims/default.jsonl)
  waspada build-domains --data DIR   (writes assets/misinfo/domains.tsv and scam_domains.txt)
  waspada build-words --data DIR     (writes assets/normalize/corpus_words.txt, words the speller leaves alone)
  waspada build-automata --out FILE  (the term automata compiled, for the extension to load instead of building)
  waspada train --data DIR [--suites tests/suites]... [--base-model FILE] [--out assets/model/waspada.model] [--bits 18] [--epochs 4] [--keep 150000]

Reads one JSON object per line ({\"text\", \"id\"?, \"url\"?, \"lang\"?, \"links\"?, \"author\"?}) and writes one
verdict per line, in the same order. A line that is not a post gets {\"id\", \"error\"} and the scan goes on.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("scan") => scan(&args[1..]),
        Some("eval") => eval_command(&args[1..]),
        Some("train") => train_command(&args[1..]),
        Some("eval-claims") => eval_claims_command(&args[1..]),
        Some("train-claims") => train_claims_command(&args[1..]),
        Some("build-pack") => data_dir(&args[1..])
            .and_then(|d| packs::build_pack(&d, std::path::Path::new("assets/claims/default.jsonl"))),
        Some("build-domains") => {
            data_dir(&args[1..]).and_then(|d| packs::build_domains(&d, std::path::Path::new("assets/misinfo")))
        }
        Some("build-words") => {
            data_dir(&args[1..]).and_then(|d| words::run(&d, std::path::Path::new("assets/normalize/corpus_words.txt")))
        }
        Some("build-automata") => build_automata(&args[1..]),
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command '{other}'\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("waspada: {message}");
            ExitCode::from(2)
        }
    }
}

/// Takes the value after a flag.
fn value<'a>(args: &'a [String], i: &mut usize, flag: &str) -> Result<&'a str, String> {
    *i += 1;
    args.get(*i).map(String::as_str).ok_or_else(|| format!("{flag} needs a value"))
}

/// Where the scam domain list lives: it is GPL-3.0 and ships as its own file, so the CLI reads it
/// at run time (`WASPADA_SCAM_LIST` overrides the checkout's copy).
pub fn load_scam_list(engine: &mut Engine) {
    let path = std::env::var("WASPADA_SCAM_LIST")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/assets/misinfo/scam_domains.txt").to_string());
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            engine.set_scam_domains(&text);
        }
        Err(e) => eprintln!("waspada: scam domain list {path} not loaded ({e}); scam links are judged without it"),
    }
}

/// Writes the bundled lexicons' term automata, compiled, to `--out FILE`.
fn build_automata(args: &[String]) -> Result<(), String> {
    let out = match args {
        [flag, file] if flag == "--out" => std::path::PathBuf::from(file),
        _ => return Err(format!("expected --out FILE\n{USAGE}")),
    };
    let engine = Engine::new().map_err(|e| e.to_string())?;
    let bytes = engine.rules().compiled_automata();
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!("waspada: wrote {} ({} bytes, {} automata)", out.display(), bytes.len(), engine.rules().automata_built);
    Ok(())
}

/// The `--data DIR` of commands that take nothing else.
fn data_dir(args: &[String]) -> Result<std::path::PathBuf, String> {
    match args {
        [flag, dir] if flag == "--data" => Ok(std::path::PathBuf::from(dir)),
        _ => Err(format!("expected --data DIR\n{USAGE}")),
    }
}

fn eval_claims_command(args: &[String]) -> Result<(), String> {
    let (mut dir, mut errors) = (None, None);
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--data" => dir = Some(value(args, &mut i, "--data")?.to_string()),
            "--errors" => errors = Some(value(args, &mut i, "--errors")?.to_string()),
            other => return Err(format!("unknown option '{other}' for eval-claims\n{USAGE}")),
        }
        i += 1;
    }
    let dir = dir.ok_or("eval-claims needs --data DIR")?;
    claims_eval::run(std::path::Path::new(&dir), errors.as_deref().map(std::path::Path::new))
}

fn train_claims_command(args: &[String]) -> Result<(), String> {
    let (mut dir, mut out) = (None, "assets/claims/reranker.tsv".to_string());
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--data" => dir = Some(value(args, &mut i, "--data")?.to_string()),
            "--out" => out = value(args, &mut i, "--out")?.to_string(),
            other => return Err(format!("unknown option '{other}' for train-claims\n{USAGE}")),
        }
        i += 1;
    }
    let dir = dir.ok_or("train-claims needs --data DIR")?;
    claims_train::run(std::path::Path::new(&dir), std::path::Path::new(&out))
}

fn eval_command(args: &[String]) -> Result<(), String> {
    let (mut dir, mut model, mut errors, mut suites, mut scam_suites) = (None, None, None, None, None);
    let (mut conversations, mut audit) = (None, None);
    let mut lexicons = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--data" => dir = Some(value(args, &mut i, "--data")?.to_string()),
            "--suites" => suites = Some(value(args, &mut i, "--suites")?.to_string()),
            "--scam-suites" => scam_suites = Some(value(args, &mut i, "--scam-suites")?.to_string()),
            "--conversations" => conversations = Some(value(args, &mut i, "--conversations")?.to_string()),
            "--model" => model = Some(value(args, &mut i, "--model")?.to_string()),
            "--errors" => errors = Some(value(args, &mut i, "--errors")?.to_string()),
            "--audit" => audit = Some(value(args, &mut i, "--audit")?.to_string()),
            "--lexicon" => lexicons.push(value(args, &mut i, "--lexicon")?.to_string()),
            other => return Err(format!("unknown option '{other}' for eval\n{USAGE}")),
        }
        i += 1;
    }
    if let Some(dir) = conversations {
        return conversations::run(std::path::Path::new(&dir), errors.as_deref());
    }
    if let Some(dir) = scam_suites {
        return scam_suites::run(std::path::Path::new(&dir), &lexicons, errors.as_deref());
    }
    if let Some(suites) = suites {
        return suites::run(std::path::Path::new(&suites), model.as_deref(), &lexicons, errors.as_deref());
    }
    let dir = dir.ok_or("eval needs --data DIR, --suites DIR, --scam-suites DIR or --conversations DIR")?;
    let audit = match audit {
        Some(dir) => eval::Audit::load(std::path::Path::new(&dir))?,
        None => eval::Audit::default(),
    };
    eval::run(std::path::Path::new(&dir), model.as_deref(), errors.as_deref(), &audit)
}

fn train_command(args: &[String]) -> Result<(), String> {
    let mut dir = None;
    let mut opts = train::Options {
        suites: Vec::new(),
        base_model: None,
        bits: 18,
        epochs: 4,
        keep: 150_000,
        out: "assets/model/waspada.model".into(),
    };
    let number = |s: &str, flag: &str| s.parse::<usize>().map_err(|_| format!("{flag} needs a number, not '{s}'"));
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--data" => dir = Some(value(args, &mut i, "--data")?.to_string()),
            "--out" => opts.out = value(args, &mut i, "--out")?.to_string(),
            "--suites" => opts.suites.push(value(args, &mut i, "--suites")?.to_string()),
            "--base-model" => opts.base_model = Some(value(args, &mut i, "--base-model")?.to_string()),
            "--bits" => opts.bits = number(value(args, &mut i, "--bits")?, "--bits")? as u32,
            "--epochs" => opts.epochs = number(value(args, &mut i, "--epochs")?, "--epochs")?,
            "--keep" => opts.keep = number(value(args, &mut i, "--keep")?, "--keep")?,
            other => return Err(format!("unknown option '{other}' for train\n{USAGE}")),
        }
        i += 1;
    }
    if !(10..=24).contains(&opts.bits) {
        return Err(format!("--bits must be 10..24, not {}", opts.bits));
    }
    let dir = dir.ok_or("train needs --data DIR")?;
    train::run(std::path::Path::new(&dir), &opts)
}

fn scan(args: &[String]) -> Result<(), String> {
    let mut profile = ProfileName::Balanced;
    let mut claim_files = Vec::new();
    let mut lexicons = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--profile" => {
                profile = value(args, &mut i, "--profile")?.parse().map_err(|e: waspada::Error| e.to_string())?
            }
            "--claims" => claim_files.push(value(args, &mut i, "--claims")?.to_string()),
            "--lexicon" => lexicons.push(value(args, &mut i, "--lexicon")?.to_string()),
            other => return Err(format!("unknown option '{other}' for scan\n{USAGE}")),
        }
        i += 1;
    }
    let mut engine = with_lexicons(Engine::builder(), &lexicons)?.build().map_err(|e| e.to_string())?;
    load_scam_list(&mut engine);
    engine.configure(Settings::with_profile(profile)).map_err(|e| e.to_string())?;
    let ratings = Ratings::parse(waspada::claims::BUNDLED_RATINGS).map_err(|e| e.to_string())?;
    for file in &claim_files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let claims = parse_pack(file, &text, &ratings).map_err(|e| e.to_string())?;
        engine.add_claims(file, claims).map_err(|e| e.to_string())?;
    }

    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line = Vec::new();
    let mut line_no = 0usize;
    loop {
        line.clear();
        let n = input.read_until(b'\n', &mut line).map_err(|e| format!("cannot read input: {e}"))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            line.pop();
        }
        let result = scan_line(&engine, &line, line_no);
        serde_json::to_writer(&mut out, &result).map_err(|e| format!("cannot write output: {e}"))?;
        out.write_all(b"\n").map_err(|e| format!("cannot write output: {e}"))?;
    }
    out.flush().map_err(|e| format!("cannot write output: {e}"))
}

/// `builder` with each lexicon file added to the bundled ones (a lexicon being written).
pub fn with_lexicons(mut builder: waspada::EngineBuilder, files: &[String]) -> Result<waspada::EngineBuilder, String> {
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        builder = builder.lexicon(file, &text);
    }
    Ok(builder)
}

fn scan_line(engine: &Engine, line: &[u8], line_no: usize) -> ScanResult {
    let error = |id, reason: String| ScanResult::Error { id, error: format!("line {line_no}: {reason}") };
    let text = match std::str::from_utf8(line) {
        Ok(t) => t,
        Err(e) => return error(serde_json::Value::Null, format!("not UTF-8 ({e})")),
    };
    if text.trim().is_empty() {
        return error(serde_json::Value::Null, "empty line".into());
    }
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return error(serde_json::Value::Null, format!("not JSON ({e})")),
    };
    match post_from_json(value) {
        Ok(post) => ScanResult::Verdict(engine.scan(&post)),
        Err((id, reason)) => error(id, reason),
    }
}
