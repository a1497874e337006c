//! Term automata compiled ahead of time: a file of serialized double arrays, each tagged with the
//! patterns it was built from, so the engine loads them instead of building them.
//!
//! Building the term automata was the largest part of the engine's cold start and, through the
//! tables a build grows and drops, of its peak memory. `waspada build-automata` writes the file
//! from the bundled lexicons; the extension ships it beside the wasm and hands it to the engine,
//! which reads it one automaton at a time (a browser keeps the file outside linear memory). An
//! automaton whose patterns changed since the file was written is built as before, so a stale file
//! costs time, never a wrong match.
//!
//! ```text
//! "waspada-automata" (16 bytes)  format version (u32)  entries (u32)
//! per entry: view (u8) script (u8) part (u8) 0 (u8)  patterns' fingerprint (u64)  offset (u32)  length (u32)
//! the entries' serialized automata (`daachorse`), at their offsets from the start of the file
//! ```
//! Integers are little-endian.

use crate::error::{Error, Result};
use daachorse::DoubleArrayAhoCorasick;

/// Version of the file format; the `daachorse` serialization it holds is part of the format.
pub const FORMAT_VERSION: u32 = 1;

const MAGIC: &[u8; 16] = b"waspada-automata";
const HEADER_BYTES: usize = 24;
const ENTRY_BYTES: usize = 20;
/// More entries than any rule set has automata: a bound on what a damaged header can ask for.
const MAX_ENTRIES: u32 = 64;

/// Bytes of a compiled-automata file, read a range at a time.
pub trait AutomataSource {
    /// The file's length in bytes.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Bytes `start..end` (the caller keeps within `len`).
    fn read(&self, start: usize, end: usize) -> Vec<u8>;
}

impl AutomataSource for Vec<u8> {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    fn read(&self, start: usize, end: usize) -> Vec<u8> {
        self[start..end].to_vec()
    }
}

/// Which automaton of a rule set an entry is: its view, script and part, as `rules.rs` numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Slot {
    pub view: u8,
    pub script: u8,
    pub part: u8,
}

/// One entry of the file's index.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub slot: Slot,
    pub fingerprint: u64,
    offset: u32,
    len: u32,
}

/// A compiled-automata file's index, and the bytes behind it.
pub struct CompiledAutomata {
    source: Box<dyn AutomataSource>,
    entries: Vec<Entry>,
}

impl std::fmt::Debug for CompiledAutomata {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CompiledAutomata({} entries, {} bytes)", self.entries.len(), self.source.len())
    }
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

impl CompiledAutomata {
    /// Reads the file's index; a file of another format or version, or cut short, is an error.
    pub fn open(source: Box<dyn AutomataSource>) -> Result<CompiledAutomata> {
        let bad = |what: &str| Error::new(format!("compiled automata: {what}"));
        if source.len() < HEADER_BYTES {
            return Err(bad("file is shorter than its header"));
        }
        let header = source.read(0, HEADER_BYTES);
        if &header[..16] != MAGIC {
            return Err(bad("not a compiled-automata file"));
        }
        let version = u32_at(&header, 16);
        if version != FORMAT_VERSION {
            return Err(bad(&format!("format version {version}, this engine reads {FORMAT_VERSION}")));
        }
        let count = u32_at(&header, 20);
        if count > MAX_ENTRIES {
            return Err(bad(&format!("{count} entries, more than {MAX_ENTRIES}")));
        }
        let index_end = HEADER_BYTES + count as usize * ENTRY_BYTES;
        if source.len() < index_end {
            return Err(bad("file ends inside its index"));
        }
        let index = source.read(HEADER_BYTES, index_end);
        let mut entries = Vec::with_capacity(count as usize);
        for raw in index.chunks_exact(ENTRY_BYTES) {
            let slot = Slot { view: raw[0], script: raw[1], part: raw[2] };
            let fingerprint = u64::from_le_bytes(raw[4..12].try_into().expect("eight bytes"));
            let (offset, len) = (u32_at(raw, 12), u32_at(raw, 16));
            if (offset as usize).checked_add(len as usize).is_none_or(|end| end > source.len()) {
                return Err(bad("an entry lies past the end of the file"));
            }
            entries.push(Entry { slot, fingerprint, offset, len });
        }
        Ok(CompiledAutomata { source, entries })
    }

    /// The serialized automaton compiled for `slot` from patterns with this fingerprint, if any.
    #[cfg(test)]
    fn bytes_for(&self, slot: Slot, fingerprint: u64) -> Option<Vec<u8>> {
        let e = self.entries.iter().find(|e| e.slot == slot && e.fingerprint == fingerprint)?;
        Some(self.source.read(e.offset as usize, e.offset as usize + e.len as usize))
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

/// An automaton read from the file, waiting for the rule set whose patterns it fits.
pub struct LoadedAutomaton {
    pub slot: Slot,
    pub fingerprint: u64,
    pub automaton: DoubleArrayAhoCorasick<u32>,
}

impl CompiledAutomata {
    /// Every automaton of the file, deserialized (one that does not deserialize is left out and
    /// will be built). Loaded before anything else is built, the automata take memory in large
    /// blocks while the heap is still empty, and the copies they are read through leave holes
    /// that the smaller allocations after them fill (wasm 21.4 -> 20.9 MiB in `tests/node/bench.mjs`).
    pub fn load_all(&self) -> Vec<LoadedAutomaton> {
        self.entries
            .iter()
            .filter_map(|e| {
                let bytes = self.source.read(e.offset as usize, e.offset as usize + e.len as usize);
                let (automaton, rest) = DoubleArrayAhoCorasick::<u32>::deserialize(&bytes).ok()?;
                rest.is_empty().then_some(LoadedAutomaton { slot: e.slot, fingerprint: e.fingerprint, automaton })
            })
            .collect()
    }
}

/// Writes a compiled-automata file from `(slot, fingerprint, serialized automaton)`.
pub fn write(automata: &[(Slot, u64, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(automata.len() as u32).to_le_bytes());
    let mut offset = HEADER_BYTES + automata.len() * ENTRY_BYTES;
    for (slot, fingerprint, bytes) in automata {
        out.extend_from_slice(&[slot.view, slot.script, slot.part, 0]);
        out.extend_from_slice(&fingerprint.to_le_bytes());
        out.extend_from_slice(&(offset as u32).to_le_bytes());
        out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        offset += bytes.len();
    }
    for (_, _, bytes) in automata {
        out.extend_from_slice(bytes);
    }
    out
}

/// A fingerprint of an automaton's patterns, in order (FNV-1a, each pattern closed by a byte no
/// UTF-8 text holds).
pub fn fingerprint<'a>(patterns: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for pattern in patterns {
        for &b in pattern.as_bytes().iter().chain(&[0xff]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file() -> Vec<u8> {
        let slot = Slot { view: 0, script: 1, part: 2 };
        write(&[(slot, 7, b"first".to_vec()), (Slot { view: 1, ..slot }, 9, b"second".to_vec())])
    }

    #[test]
    fn entries_are_found_by_slot_and_fingerprint() {
        let compiled = CompiledAutomata::open(Box::new(file())).expect("opens");
        let slot = Slot { view: 0, script: 1, part: 2 };
        assert_eq!(compiled.bytes_for(slot, 7).as_deref(), Some(&b"first"[..]));
        assert_eq!(compiled.bytes_for(Slot { view: 1, ..slot }, 9).as_deref(), Some(&b"second"[..]));
        assert_eq!(compiled.bytes_for(slot, 9), None, "a changed pattern list is not loaded");
    }

    #[test]
    fn damaged_files_are_errors_naming_what_is_wrong() {
        let good = file();
        let mut other_version = good.clone();
        other_version[16] = 9;
        let mut past_end = good.clone();
        past_end.truncate(good.len() - 1);
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (b"waspada".to_vec(), "shorter than its header"),
            (b"not-the-right-magic-at-all".to_vec(), "not a compiled-automata file"),
            (other_version, "format version 9"),
            (good[..30].to_vec(), "ends inside its index"),
            (past_end, "past the end of the file"),
        ];
        for (bytes, expected) in cases {
            let err = CompiledAutomata::open(Box::new(bytes)).expect_err(expected);
            assert!(err.message().contains(expected), "{} lacks {expected:?}", err.message());
        }
    }

    #[test]
    fn fingerprints_follow_the_patterns_and_their_order() {
        assert_eq!(fingerprint(["ab", "c"]), fingerprint(["ab", "c"]));
        assert_ne!(fingerprint(["ab", "c"]), fingerprint(["c", "ab"]));
        assert_ne!(fingerprint(["ab", "c"]), fingerprint(["a", "bc"]));
    }
}
