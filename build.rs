//! Compiles the assets into the crate: checks every lexicon (a malformed line fails the build with
//! `file:line: reason`) and writes `bundled_assets.rs`, which embeds them.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "src/category.rs"]
#[allow(dead_code)]
mod category;
#[path = "src/chains.rs"]
#[allow(dead_code)]
mod chains;
#[path = "src/error.rs"]
#[allow(dead_code)]
mod error;
#[path = "src/lexicon.rs"]
#[allow(dead_code)]
mod lexicon;
#[path = "src/triggers.rs"]
#[allow(dead_code)]
mod triggers;

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let assets = root.join("assets");
    println!("cargo:rerun-if-changed=assets");
    println!("cargo:rerun-if-changed=src/lexicon.rs");
    println!("cargo:rerun-if-changed=src/chains.rs");
    println!("cargo:rerun-if-changed=src/triggers.rs");

    let explanations_path = assets.join("explanations.tsv");
    let explanations_text = read(&explanations_path);
    let explanations = lexicon::Explanations::parse(&explanations_text).unwrap_or_else(|e| fail(&e));

    let mut lexicon_files: Vec<PathBuf> = fs::read_dir(assets.join("lexicons"))
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    lexicon_files.retain(|p| p.extension().is_some_and(|x| x == "lex"));
    lexicon_files.sort();

    let mut chain_table = chains::ChainTable::default();
    let mut spelled = lexicon::SpelledWords::default();
    let mut out = String::new();
    let mut blob = String::new();
    out.push_str("/// Every bundled lexicon: (file name, start, end) in the inflated `LEXICON_BLOB`.\npub const LEXICON_FILES: &[(&str, usize, usize)] = &[\n");
    for path in &lexicon_files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let text = read(path);
        let lex = lexicon::parse(&name, &text).unwrap_or_else(|e| fail(&e));
        explanations.check(&lex).unwrap_or_else(|e| fail(&e));
        for entry in &lex.entries {
            if let lexicon::Term::Regex(raw) = &entry.term {
                let pattern = chains::normalize_pattern(raw);
                triggers::parse(&pattern)
                    .unwrap_or_else(|e| fail(&error::Error::at(&name, entry.line, format!("invalid regex: {e}"))));
                if let Err(e) = regex::Regex::new(&pattern) {
                    let reason =
                        e.to_string().lines().filter(|l| !l.trim().is_empty()).last().unwrap_or("").trim().to_string();
                    fail(&error::Error::at(&name, entry.line, format!("invalid regex: {reason}")));
                }
                // Every bundled pattern becomes a chain: the WebAssembly engine has no regex engine.
                match chains::compile(&pattern, chains::ascii_classes(&lex.lang)) {
                    Some(chain) => chain_table.push(&name, entry.line, &chain),
                    None => fail(&error::Error::at(
                        &name,
                        entry.line,
                        "pattern cannot be compiled into a chain: every match must contain a set of literal \
                         words (two bytes or more) outside any group, and the only look-arounds are \\b, \\B, ^ and $",
                    )),
                }
            }
        }
        // The engine embeds a compact copy (no comments or padding, entries on their original lines),
        // all files deflated together; patterns travel as chains, so the copy keeps only the words
        // they spell out (what the speller reads), each once.
        let start = blob.len();
        blob.push_str(&lexicon::to_compact_text(&lexicon::spelled_out(&lex, &mut spelled)));
        let _ = writeln!(out, "    ({name:?}, {start}, {}),", blob.len());
    }
    out.push_str("];\n");
    let lexicon_blob = out_dir.join("lexicons.deflate");
    write(&lexicon_blob, &miniz_oxide::deflate::compress_to_vec(blob.as_bytes(), 10));
    let _ = writeln!(out, "pub const LEXICON_BLOB: &[u8] = include_bytes!({:?});", lexicon_blob.display().to_string());
    // What `\w` means in Unicode patterns, for chains made while the engine runs (the user's own
    // words with a `*` inside).
    let word = regex_syntax::ParserBuilder::new().build().parse(r"\w").expect("\\w parses");
    let regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(word)) = word.kind() else {
        panic!("\\w is a Unicode class")
    };
    let ranges: Vec<String> = word.ranges().iter().map(|r| format!("({:?}, {:?})", r.start(), r.end())).collect();
    let _ = writeln!(
        out,
        "/// Unicode `\\w` as character ranges.\npub const WORD_RANGES: &[(char, char)] = &[{}];",
        ranges.join(", ")
    );
    let chain_blob = out_dir.join("chains.deflate");
    write(&chain_blob, &miniz_oxide::deflate::compress_to_vec(chain_table.to_text().as_bytes(), 10));
    let _ = writeln!(
        out,
        "/// Bundled patterns compiled into chains (`chains::ChainTable`), deflated.\npub const CHAINS: &[u8] = include_bytes!({:?});",
        chain_blob.display().to_string()
    );
    for (name, file) in [
        ("EXPLANATIONS", "explanations.tsv"),
        ("PROFILES", "profiles.json"),
        ("CONVERSATION", "conversation.json"),
        ("CONFUSABLES", "normalize/confusables.tsv"),
        ("EMOJI", "normalize/emoji.tsv"),
        ("RATINGS", "misinfo/ratings.tsv"),
        ("RISKY_TLDS", "misinfo/risky_tlds.txt"),
        ("CLAIM_INFORMAL", "claims/informal.tsv"),
        ("CLAIM_RERANKER", "claims/reranker.tsv"),
    ] {
        let path = assets.join(file);
        read(&path);
        let _ = writeln!(out, "pub const {name}: &str = include_str!({:?});", path.display().to_string());
    }
    // Large tables travel deflated; the engine inflates them once when it is built.
    // The extension ships the claim pack and the Public Suffix List beside the engine (`data/`,
    // loaded at start like the scam list), so the WebAssembly engine does not carry copies.
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    for (name, file) in [("CLAIMS", "claims/default.jsonl"), ("SUFFIXES", "misinfo/public_suffix_list.dat")] {
        if wasm {
            let _ = writeln!(out, "pub const {name}: &[u8] = &[];");
            continue;
        }
        let text = read(&assets.join(file));
        let deflated = out_dir.join(format!("{name}.deflate"));
        write(&deflated, &miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10));
        let _ = writeln!(out, "pub const {name}: &[u8] = include_bytes!({:?});", deflated.display().to_string());
    }
    for (name, file) in [("DOMAINS", "misinfo/domains.tsv"), ("BRANDS", "misinfo/brands.tsv")] {
        let text = read(&assets.join(file));
        let deflated = out_dir.join(format!("{name}.deflate"));
        write(&deflated, &miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10));
        let _ = writeln!(out, "pub const {name}: &[u8] = include_bytes!({:?});", deflated.display().to_string());
    }
    let model = assets.join("model/waspada.model");
    // The WebAssembly engine gets the model as a package file too (`data/waspada.model`, through
    // `setModel`): it was a quarter of the wasm.
    if wasm {
        out.push_str("/// Empty in the WebAssembly engine: the extension loads the model as a file.\npub const MODEL: &[u8] = &[];\n");
    } else if model.exists() {
        let deflated = out_dir.join("model.deflate");
        write(&deflated, &miniz_oxide::deflate::compress_to_vec(&fs::read(&model).unwrap_or_default(), 10));
        let _ = writeln!(
            out,
            "/// The model file, deflated.\npub const MODEL: &[u8] = include_bytes!({:?});",
            deflated.display().to_string()
        );
    } else {
        out.push_str("pub const MODEL: &[u8] = &[];\n");
    }
    println!("cargo:rerun-if-changed=assets/model");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled_assets.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

fn write(path: &Path, bytes: &[u8]) {
    fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn fail(e: &error::Error) -> ! {
    eprintln!("error: {e}");
    panic!("malformed asset: {e}");
}
