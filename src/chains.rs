//! Patterns rewritten as chains of word sets, gaps and word edges, matched without a regex engine.
//!
//! Most `re:` patterns are a few alternations of words with gaps between them:
//! `\b(all|those) (gays|muslims)\b.{0,40}\b(should|must) die`. Such a pattern becomes a chain:
//! sets of literal alternatives that follow each other, gaps of a character class (`.{0,40}`,
//! `\w+`, `\W{0,3}`), and word-edge checks. One set of each chain (its anchor) joins the term
//! automaton, so a post costs one automaton pass; from each anchor hit the other steps are checked
//! in place, outwards. Chains are compiled at build time for the bundled lexicons, so nothing is
//! compiled while a feed scrolls; a pattern of any other shape stays a regex.
//!
//! Also compiled into `build.rs`; depends on nothing but `regex-syntax`.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Version of the text form written by [`Chain::to_text`].
pub const FORMAT_VERSION: u32 = 1;

/// Positions one anchor hit may try before giving up: bounds the work a hostile post can cause.
const STEP_BUDGET: usize = 20_000;

/// Characters sorted into disjoint inclusive ranges, shared: a Unicode `\w` has about 800 ranges
/// and some 1,300 chains use it (one copy each was 8 MB of the engine's memory).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CharClass {
    pub ranges: std::sync::Arc<[(char, char)]>,
}

impl Default for CharClass {
    fn default() -> CharClass {
        CharClass { ranges: std::sync::Arc::from(Vec::new()) }
    }
}

impl CharClass {
    pub fn contains(&self, c: char) -> bool {
        self.ranges
            .binary_search_by(|&(lo, hi)| {
                if hi < c {
                    std::cmp::Ordering::Less
                } else if lo > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }
}

/// A zero-width check between two characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// `\b`: a word character on exactly one side.
    Word,
    /// `\B`.
    NotWord,
    /// `^`.
    Start,
    /// `$`.
    End,
}

/// A set of literals in one allocation, each after its length (one byte, or 255 and four more):
/// as one `String` each, the 85,000 words of the bundled chains were 4 MiB of the engine's memory,
/// and a separator had to be searched for on every test (a quarter of the scan time).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Words(Box<[u8]>);

impl Words {
    const LONG: u8 = u8::MAX;

    pub fn new<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> Words {
        let mut packed = Vec::new();
        for w in words {
            let w = w.as_ref().as_bytes();
            match u8::try_from(w.len()) {
                Ok(n) if n < Words::LONG => packed.push(n),
                _ => {
                    packed.push(Words::LONG);
                    packed.extend_from_slice(&(w.len() as u32).to_le_bytes());
                }
            }
            packed.extend_from_slice(w);
        }
        Words(packed.into_boxed_slice())
    }

    /// The literals' bytes, in their order.
    fn bytes(&self) -> impl Iterator<Item = &[u8]> + '_ {
        let mut rest: &[u8] = &self.0;
        std::iter::from_fn(move || {
            let (&n, tail) = rest.split_first()?;
            let (len, tail) = if n == Words::LONG {
                let (len, tail) = tail.split_at(4);
                (u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize, tail)
            } else {
                (n as usize, tail)
            };
            let (word, tail) = tail.split_at(len);
            rest = tail;
            Some(word)
        })
    }

    /// The literals, in their order (an empty set has none).
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        // Each literal was a whole `&str` when packed.
        self.bytes().map(|w| std::str::from_utf8(w).expect("packed from a str"))
    }

    pub fn len(&self) -> usize {
        self.bytes().count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }
}

/// A piece of a chain: a tiny regex without captures, matched by backtracking from the anchor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// One of these literals, exactly here (never empty; longest first).
    Words(Words),
    /// One character of a class.
    Class(CharClass),
    Edge(Edge),
    /// These, one after another.
    Seq(Vec<Node>),
    /// The first of these that lets the rest match.
    Alt(Vec<Node>),
    /// `min..=max` of a node (`max` = `u32::MAX`: unbounded), as many as possible first.
    Repeat(Box<Node>, u32, u32),
}

/// A pattern as a chain: the steps of its top-level sequence, one of them a set of words that
/// every match contains (the anchor).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chain {
    pub steps: Vec<Node>,
    pub anchor: usize,
    /// What `\w` and `\b` mean for this pattern (ASCII or Unicode word characters).
    pub word: CharClass,
}

/// Latin-script lexicons run on the diacritic-free view: ASCII `\w` and `\b` are enough there
/// (and, for the few patterns left as regexes, make their automata several times smaller).
pub fn ascii_classes(lang: &str) -> bool {
    matches!(lang, "en" | "id" | "ms" | "fil")
}

/// A pattern's letters put through NFKC like post text (Thai `ำ` becomes `ํา`), leaving regex
/// syntax alone (`…` is not turned into `...`).
pub fn normalize_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut run = String::new();
    for c in pattern.chars() {
        if !c.is_ascii() && (c.is_alphabetic() || is_combining_mark(c)) {
            run.push(c);
        } else {
            out.extend(run.nfkc());
            run.clear();
            out.push(c);
        }
    }
    out.extend(run.nfkc());
    out
}

#[cfg(not(target_arch = "wasm32"))]
pub use compiler::compile;

/// Patterns to chains: needs `regex-syntax`, so it runs in `build.rs` and native tools; the
/// WebAssembly engine only reads chains compiled ahead of time.
#[cfg(not(target_arch = "wasm32"))]
mod compiler {
    use super::*;
    use regex_syntax::hir::{Class, Hir, HirKind, Look};

    /// Most alternatives a set may have, after words next to each other are multiplied out.
    const MAX_ALTERNATIVES: usize = 64;
    /// Most bytes two neighbouring sets may spell once multiplied out: long words multiplied many
    /// times over grew the bundled chain table (shipped in the 2 MiB wasm) by a product, not a sum.
    /// Left apart they match the same texts, one step after the other.
    const MAX_SET_BYTES: usize = 128;
    /// The same for the alternatives of a group, which must become one set to anchor a pattern.
    const MAX_GROUP_BYTES: usize = 320;
    /// A class of at most this many characters (after folding) becomes a set of words.
    const MAX_CLASS_CHARS: usize = 8;

    /// Bytes the set `a × b` would spell.
    fn product_bytes<A: AsRef<str>, B: AsRef<str>>(a: &[A], b: &[B]) -> usize {
        let la: usize = a.iter().map(|w| w.as_ref().len()).sum();
        let lb: usize = b.iter().map(|w| w.as_ref().len()).sum();
        la * b.len() + lb * a.len()
    }

    fn class_len(class: &CharClass) -> usize {
        class.ranges.iter().map(|&(lo, hi)| hi as usize - lo as usize + 1).sum()
    }

    /// Compiles a (normalised) pattern the way the engine runs it: ASCII classes first where asked,
    /// Unicode when the pattern needs it. `None`: no set of words every match must contain, or a
    /// construct chains do not have; the pattern stays a regex.
    pub fn compile(pattern: &str, ascii_classes: bool) -> Option<Chain> {
        let parse = |unicode: bool| {
            regex_syntax::ParserBuilder::new()
                .unicode(unicode)
                .utf8(true)
                .build()
                .parse(pattern)
                .ok()
                .map(|h| (h, unicode))
        };
        let (hir, unicode) = if ascii_classes { parse(false).or_else(|| parse(true))? } else { parse(true)? };
        let word_hir = regex_syntax::ParserBuilder::new().unicode(unicode).build().parse(r"\w").ok()?;
        let word = class_of(&word_hir)?;
        let steps = match node(&hir)? {
            Node::Seq(steps) => steps,
            other => vec![other],
        };
        let steps = join_words(steps);
        let anchor = choose_anchor(&steps, 2)?;
        // The text form separates words with these.
        if !words_are_safe(&Node::Seq(steps.clone())) {
            return None;
        }
        Some(Chain { steps, anchor, word })
    }

    fn words_are_safe(node: &Node) -> bool {
        match node {
            Node::Words(words) => !words.iter().any(|w| w.is_empty() || w.contains(['\t', '\n', '\x1e', '\x1f'])),
            Node::Seq(nodes) | Node::Alt(nodes) => nodes.iter().all(words_are_safe),
            Node::Repeat(inner, _, _) => words_are_safe(inner),
            Node::Class(_) | Node::Edge(_) => true,
        }
    }

    fn class_of(hir: &Hir) -> Option<CharClass> {
        match hir.kind() {
            HirKind::Class(Class::Unicode(c)) => {
                Some(CharClass { ranges: c.ranges().iter().map(|r| (r.start(), r.end())).collect() })
            }
            HirKind::Class(Class::Bytes(c)) if c.is_ascii() => Some(CharClass {
                ranges: c.ranges().iter().map(|r| (char::from(r.start()), char::from(r.end()))).collect(),
            }),
            _ => None,
        }
    }

    /// Characters post text can hold: whitespace is always one plain space, letters are lower case.
    fn can_occur(c: char) -> bool {
        (c == ' ' || !c.is_whitespace()) && !c.is_uppercase()
    }

    /// The literal strings a node stands for, when it is nothing but literals (a few of them).
    fn literals(node: &Node) -> Option<Vec<String>> {
        match node {
            Node::Words(words) => Some(words.to_vec()),
            Node::Seq(nodes) => {
                let mut set = vec![String::new()];
                for n in nodes {
                    let next = literals(n)?;
                    if set.len() * next.len() > MAX_ALTERNATIVES || product_bytes(&set, &next) > MAX_GROUP_BYTES {
                        return None;
                    }
                    set = set.iter().flat_map(|a| next.iter().map(move |b| format!("{a}{b}"))).collect();
                }
                Some(set)
            }
            Node::Alt(nodes) => {
                let mut set = Vec::new();
                for n in nodes {
                    set.extend(literals(n)?);
                }
                Some(set)
            }
            Node::Repeat(inner, 0, 1) => {
                let mut set = literals(inner)?;
                set.push(String::new());
                Some(set)
            }
            _ => None,
        }
    }

    fn words(mut set: Vec<String>) -> Node {
        set.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        set.dedup();
        let has_empty = set.last().is_some_and(String::is_empty);
        if has_empty {
            set.pop();
            if set.is_empty() {
                return Node::Seq(Vec::new());
            }
            return Node::Repeat(Box::new(Node::Words(Words::new(set))), 0, 1);
        }
        Node::Words(Words::new(set))
    }

    fn node(hir: &Hir) -> Option<Node> {
        Some(match hir.kind() {
            HirKind::Empty => Node::Seq(Vec::new()),
            HirKind::Literal(lit) => {
                let word = std::str::from_utf8(&lit.0).ok()?;
                // The text form and `Words` separate words with these.
                if word.contains(['\t', '\n', '\x1e', '\x1f']) {
                    return None;
                }
                Node::Words(Words::new([word]))
            }
            HirKind::Class(_) => {
                let class = class_of(hir)?;
                if class_len(&class) <= 4 * MAX_CLASS_CHARS {
                    let chars: Vec<String> = class
                        .ranges
                        .iter()
                        .flat_map(|&(lo, hi)| (lo..=hi).filter(|&c| can_occur(c)).map(String::from))
                        .collect();
                    if chars.len() <= MAX_CLASS_CHARS && !chars.iter().any(|c| c.contains(['\t', '\n', '\x1e', '\x1f']))
                    {
                        return Some(if chars.is_empty() { Node::Alt(Vec::new()) } else { words(chars) });
                    }
                }
                Node::Class(class)
            }
            HirKind::Look(look) => Node::Edge(match look {
                Look::Start | Look::StartLF | Look::StartCRLF => Edge::Start,
                Look::End | Look::EndLF | Look::EndCRLF => Edge::End,
                Look::WordAscii | Look::WordUnicode => Edge::Word,
                Look::WordAsciiNegate | Look::WordUnicodeNegate => Edge::NotWord,
                _ => return None,
            }),
            HirKind::Capture(cap) => node(&cap.sub)?,
            HirKind::Concat(items) => {
                let mut out = Vec::new();
                for item in items {
                    match node(item)? {
                        Node::Seq(inner) => out.extend(inner),
                        other => out.push(other),
                    }
                }
                Node::Seq(join_words(out))
            }
            HirKind::Alternation(alts) => {
                let nodes: Vec<Node> = alts.iter().map(node).collect::<Option<_>>()?;
                let all: Option<Vec<String>> = nodes.iter().map(literals).try_fold(Vec::new(), |mut acc, l| {
                    acc.extend(l?);
                    Some(acc)
                });
                match all {
                    Some(set) => words(set),
                    None => Node::Alt(nodes),
                }
            }
            HirKind::Repetition(rep) => {
                let inner = node(&rep.sub)?;
                let mut max = rep.max.unwrap_or(u32::MAX);
                // Post text never holds two spaces in a row.
                if inner == Node::Words(Words::new([" "])) {
                    max = max.min(1);
                }
                if rep.min > max {
                    return None;
                }
                match (rep.min, max) {
                    (1, 1) => inner,
                    (0, 1) => match literals(&inner) {
                        Some(mut set) => {
                            set.push(String::new());
                            words(set)
                        }
                        None => Node::Repeat(Box::new(inner), 0, 1),
                    },
                    _ => Node::Repeat(Box::new(inner), rep.min, max),
                }
            }
        })
    }

    /// Sets of words next to each other in a sequence multiplied out while small: longer literals
    /// make rarer anchors and fewer steps.
    fn join_words(nodes: Vec<Node>) -> Vec<Node> {
        let mut out: Vec<Node> = Vec::with_capacity(nodes.len());
        for n in nodes {
            if let (Some(Node::Words(a)), Node::Words(b)) = (out.last(), &n) {
                let (a, b): (Vec<&str>, Vec<&str>) = (a.iter().collect(), b.iter().collect());
                if a.len() * b.len() <= MAX_ALTERNATIVES && product_bytes(&a, &b) <= MAX_SET_BYTES {
                    let joined: Vec<String> = a.iter().flat_map(|x| b.iter().map(move |y| format!("{x}{y}"))).collect();
                    out.pop();
                    out.push(words(joined));
                    continue;
                }
            }
            out.push(n);
        }
        out
    }
}

fn edge_holds(edge: Edge, before: Option<char>, after: Option<char>, word: &CharClass) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(|c| word.contains(c));
    match edge {
        Edge::Word => is_word(before) != is_word(after),
        Edge::NotWord => is_word(before) == is_word(after),
        Edge::Start => before.is_none(),
        Edge::End => after.is_none(),
    }
}

/// The set of words whose shortest literal is longest: the rarest thing to look for; none when
/// every set has a word shorter than `min_len` bytes.
fn choose_anchor(steps: &[Node], min_len: usize) -> Option<usize> {
    steps
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s {
            Node::Words(words) => Some((i, words.iter().map(str::len).min().unwrap_or(0))),
            _ => None,
        })
        .filter(|&(_, shortest)| shortest >= min_len.max(1))
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(i, _)| i)
}

/// Which way a match grows from the anchor.
#[derive(Clone, Copy)]
enum Dir {
    Right,
    Left,
}

/// What one anchor hit may still spend: steps, and nesting (each nested step is a stack frame,
/// and a WebAssembly stack is small).
struct Budget {
    steps: std::cell::Cell<usize>,
    depth: std::cell::Cell<usize>,
}

/// Deepest nesting a match may reach; gaps of one class are scanned in a loop and do not nest.
const MAX_DEPTH: usize = 200;

impl Budget {
    fn new() -> Budget {
        Budget { steps: std::cell::Cell::new(STEP_BUDGET), depth: std::cell::Cell::new(0) }
    }

    fn enter(&self) -> bool {
        let left = self.steps.get();
        if left == 0 || self.depth.get() >= MAX_DEPTH {
            return false;
        }
        self.steps.set(left - 1);
        self.depth.set(self.depth.get() + 1);
        true
    }

    fn leave(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }
}

impl Chain {
    /// A chain of these steps, anchored on its rarest set of words; `None` without one.
    pub fn new(steps: Vec<Node>, word: CharClass) -> Option<Chain> {
        let anchor = choose_anchor(&steps, 1)?;
        Some(Chain { steps, anchor, word })
    }

    /// The literals the automaton looks for.
    /// For a chain that starts at the start of the text (`^`), the most bytes that can stand before
    /// its anchor: an anchor hit further in cannot match, and need not be tried. `None` when the
    /// chain does not start with `^` or what comes before the anchor is unbounded.
    pub fn start_reach(&self) -> Option<usize> {
        fn longest(node: &Node) -> Option<usize> {
            match node {
                Node::Words(words) => words.iter().map(str::len).max(),
                Node::Class(_) => Some(4),
                Node::Edge(_) => Some(0),
                Node::Seq(nodes) => nodes.iter().try_fold(0usize, |sum, n| Some(sum + longest(n)?)),
                Node::Alt(nodes) => nodes.iter().try_fold(0usize, |most, n| Some(most.max(longest(n)?))),
                Node::Repeat(_, _, u32::MAX) => None,
                Node::Repeat(n, _, max) => Some(longest(n)? * *max as usize),
            }
        }
        match self.steps.first() {
            Some(Node::Edge(Edge::Start)) => {
                self.steps[1..self.anchor].iter().try_fold(0usize, |sum, n| Some(sum + longest(n)?))
            }
            _ => None,
        }
    }

    /// The anchor's words, moved out: they belong to the automaton that finds them, and matching
    /// never looks at the anchor step again (`match_at` starts from its hit).
    pub fn take_anchor_words(&mut self) -> Vec<String> {
        match &mut self.steps[self.anchor] {
            Node::Words(words) => std::mem::take(words).to_vec(),
            _ => Vec::new(),
        }
    }

    pub fn anchor_words(&self) -> impl Iterator<Item = &str> + '_ {
        match &self.steps[self.anchor] {
            Node::Words(words) => Some(words.iter()),
            _ => None,
        }
        .into_iter()
        .flatten()
    }

    /// The whole match around an anchor hit at `start..end` of `text`, if the other steps hold.
    pub fn match_at(&self, text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let budget = Budget::new();
        let right = self.seq(text, Dir::Right, &self.steps[self.anchor + 1..], end, &budget, &mut |p| Some(p))?;
        let left = self.seq(text, Dir::Left, &self.steps[..self.anchor], start, &budget, &mut |p| Some(p))?;
        Some((left, right))
    }

    fn seq(
        &self,
        text: &str,
        dir: Dir,
        nodes: &[Node],
        at: usize,
        budget: &Budget,
        k: &mut dyn FnMut(usize) -> Option<usize>,
    ) -> Option<usize> {
        match dir {
            Dir::Right => match nodes.split_first() {
                None => k(at),
                Some((first, rest)) => {
                    self.one(text, dir, first, at, budget, &mut |p| self.seq(text, dir, rest, p, budget, k))
                }
            },
            Dir::Left => match nodes.split_last() {
                None => k(at),
                Some((last, rest)) => {
                    self.one(text, dir, last, at, budget, &mut |p| self.seq(text, dir, rest, p, budget, k))
                }
            },
        }
    }

    /// Matches `node` at `at` going `dir`, then asks `k` whether the rest matches from where it ended.
    fn one(
        &self,
        text: &str,
        dir: Dir,
        node: &Node,
        at: usize,
        budget: &Budget,
        k: &mut dyn FnMut(usize) -> Option<usize>,
    ) -> Option<usize> {
        if !budget.enter() {
            return None;
        }
        let found = self.one_inner(text, dir, node, at, budget, k);
        budget.leave();
        found
    }

    fn one_inner(
        &self,
        text: &str,
        dir: Dir,
        node: &Node,
        at: usize,
        budget: &Budget,
        k: &mut dyn FnMut(usize) -> Option<usize>,
    ) -> Option<usize> {
        let bytes = text.as_bytes();
        match node {
            // The byte beside `at` rules out most literals before a comparison.
            Node::Words(words) => match dir {
                Dir::Right => {
                    let next = *bytes.get(at)?;
                    words.bytes().find_map(|w| {
                        (w.first() == Some(&next) && bytes[at..].starts_with(w)).then(|| k(at + w.len())).flatten()
                    })
                }
                Dir::Left => {
                    let before = *bytes[..at].last()?;
                    words.bytes().find_map(|w| {
                        (w.last() == Some(&before) && bytes[..at].ends_with(w)).then(|| k(at - w.len())).flatten()
                    })
                }
            },
            Node::Class(class) => {
                let c = match dir {
                    Dir::Right => text[at..].chars().next(),
                    Dir::Left => text[..at].chars().next_back(),
                }?;
                if !class.contains(c) {
                    return None;
                }
                k(match dir {
                    Dir::Right => at + c.len_utf8(),
                    Dir::Left => at - c.len_utf8(),
                })
            }
            Node::Edge(edge) => {
                edge_holds(*edge, text[..at].chars().next_back(), text[at..].chars().next(), &self.word)
                    .then_some(())?;
                k(at)
            }
            Node::Seq(nodes) => self.seq(text, dir, nodes, at, budget, k),
            Node::Alt(nodes) => nodes.iter().find_map(|n| self.one(text, dir, n, at, budget, k)),
            Node::Repeat(inner, min, max) => match &**inner {
                Node::Class(class) => self.gap(text, dir, class, *min, *max, at, k),
                _ => self.repeat(text, dir, inner, *min, *max, at, budget, k),
            },
        }
    }

    /// `min..=max` characters of one class: scanned in a loop, then the longest run that lets
    /// the rest match (greedy, like the regex).
    #[allow(clippy::too_many_arguments)]
    fn gap(
        &self,
        text: &str,
        dir: Dir,
        class: &CharClass,
        min: u32,
        max: u32,
        at: usize,
        k: &mut dyn FnMut(usize) -> Option<usize>,
    ) -> Option<usize> {
        let mut stops = Vec::new();
        if min == 0 {
            stops.push(at);
        }
        let mut pos = at;
        let mut count = 0u32;
        let mut step = |c: char| {
            if count == max || !class.contains(c) {
                return false;
            }
            pos = match dir {
                Dir::Right => pos + c.len_utf8(),
                Dir::Left => pos - c.len_utf8(),
            };
            count += 1;
            if count >= min {
                stops.push(pos);
            }
            true
        };
        match dir {
            Dir::Right => {
                for c in text[at..].chars() {
                    if !step(c) {
                        break;
                    }
                }
            }
            Dir::Left => {
                for c in text[..at].chars().rev() {
                    if !step(c) {
                        break;
                    }
                }
            }
        }
        stops.into_iter().rev().find_map(k)
    }

    #[allow(clippy::too_many_arguments)]
    fn repeat(
        &self,
        text: &str,
        dir: Dir,
        inner: &Node,
        min: u32,
        max: u32,
        at: usize,
        budget: &Budget,
        k: &mut dyn FnMut(usize) -> Option<usize>,
    ) -> Option<usize> {
        if max > 0 {
            let found = self.one(text, dir, inner, at, budget, &mut |p| {
                // An empty repetition cannot help and would loop.
                if p == at {
                    return None;
                }
                let next_max = if max == u32::MAX { max } else { max - 1 };
                self.repeat(text, dir, inner, min.saturating_sub(1), next_max, p, budget, k)
            });
            if found.is_some() {
                return found;
            }
        }
        if min == 0 {
            k(at)
        } else {
            None
        }
    }
}

/// Chains and the classes they use, written as text: `build.rs` writes it, the engine reads it.
///
/// ```text
/// waspada-chains 1
/// class <lo>-<hi> <lo>-<hi> …                        (code points in hex; numbered from 0)
/// chain <file> <line> <anchor> <word class> <steps>
/// ```
/// Steps are a sequence node in prefix form, tokens separated by `\x1f`: `W n word…`,
/// `C class`, `E b|B|^|$`, `S n node…`, `A n node…`, `R min max node` (`max` `*`: unbounded).
#[derive(Debug, Default)]
pub struct ChainTable {
    classes: Vec<CharClass>,
    chains: String,
}

impl ChainTable {
    fn class_id(&mut self, class: &CharClass) -> usize {
        match self.classes.iter().position(|c| c == class) {
            Some(i) => i,
            None => {
                self.classes.push(class.clone());
                self.classes.len() - 1
            }
        }
    }

    fn write(&mut self, node: &Node, out: &mut Vec<String>) {
        match node {
            Node::Words(words) => {
                out.push(format!("W{}", words.len()));
                out.extend(words.iter().map(str::to_string));
            }
            Node::Class(class) => out.push(format!("C{}", self.class_id(class))),
            Node::Edge(edge) => out.push(
                match edge {
                    Edge::Word => "Eb",
                    Edge::NotWord => "EB",
                    Edge::Start => "E^",
                    Edge::End => "E$",
                }
                .to_string(),
            ),
            Node::Seq(nodes) | Node::Alt(nodes) => {
                out.push(format!("{}{}", if matches!(node, Node::Seq(_)) { 'S' } else { 'A' }, nodes.len()));
                for n in nodes {
                    self.write(n, out);
                }
            }
            Node::Repeat(inner, min, max) => {
                let max = if *max == u32::MAX { "*".to_string() } else { max.to_string() };
                out.push(format!("R{min}:{max}"));
                self.write(inner, out);
            }
        }
    }

    /// Adds the chain of the pattern on `line` of `file`.
    pub fn push(&mut self, file: &str, line: usize, chain: &Chain) {
        let word = self.class_id(&chain.word);
        let mut tokens = Vec::new();
        self.write(&Node::Seq(chain.steps.clone()), &mut tokens);
        self.chains.push_str(&format!("chain {file} {line} {} {word} {}\n", chain.anchor, tokens.join("\x1f")));
    }

    /// The text form: header, classes, chains.
    pub fn to_text(&self) -> String {
        let mut out = format!("waspada-chains {FORMAT_VERSION}\n");
        for class in &self.classes {
            let ranges: Vec<String> =
                class.ranges.iter().map(|&(lo, hi)| format!("{:x}-{:x}", lo as u32, hi as u32)).collect();
            out.push_str(&format!("class {}\n", ranges.join(" ")));
        }
        out.push_str(&self.chains);
        out
    }

    /// Reads the text form: every chain with the (file, line) of its pattern.
    pub fn parse(text: &str) -> Result<Vec<(String, usize, Chain)>, String> {
        let mut lines = text.lines();
        let header = lines.next().unwrap_or_default();
        if header != format!("waspada-chains {FORMAT_VERSION}") {
            return Err(format!("chain table: expected format {FORMAT_VERSION}, found {header:?}"));
        }
        let mut classes: Vec<CharClass> = Vec::new();
        let mut chains = Vec::new();
        for (n, line) in lines.enumerate() {
            let bad = |what: &str| format!("chain table line {}: {what}", n + 2);
            if let Some(rest) = line.strip_prefix("class ") {
                let mut ranges = Vec::new();
                for range in rest.split(' ') {
                    let (lo, hi) = range.split_once('-').ok_or_else(|| bad("range without '-'"))?;
                    let code = |s: &str| u32::from_str_radix(s, 16).ok().and_then(char::from_u32);
                    ranges.push((
                        code(lo).ok_or_else(|| bad("bad code point"))?,
                        code(hi).ok_or_else(|| bad("bad code point"))?,
                    ));
                }
                classes.push(CharClass { ranges: ranges.into() });
            } else if let Some(rest) = line.strip_prefix("chain ") {
                let mut head = rest.splitn(5, ' ');
                let file = head.next().ok_or_else(|| bad("no file"))?.to_string();
                let fields: Vec<usize> = (0..3)
                    .map(|_| head.next().and_then(|s| s.parse::<usize>().ok()).ok_or_else(|| bad("bad number")))
                    .collect::<Result<_, _>>()?;
                let (line_no, anchor) = (fields[0], fields[1]);
                let word = classes.get(fields[2]).cloned().ok_or_else(|| bad("unknown class"))?;
                let mut tokens = head.next().unwrap_or_default().split('\x1f');
                let steps = match read_node(&mut tokens, &classes).ok_or_else(|| bad("malformed steps"))? {
                    Node::Seq(steps) => steps,
                    _ => return Err(bad("steps are not a sequence")),
                };
                if tokens.next().is_some() {
                    return Err(bad("trailing tokens"));
                }
                if !matches!(steps.get(anchor), Some(Node::Words(_))) {
                    return Err(bad("anchor is not a set of words"));
                }
                chains.push((file, line_no, Chain { steps, anchor, word }));
            } else if !line.is_empty() {
                return Err(bad("unknown line"));
            }
        }
        Ok(chains)
    }
}

fn read_node<'a>(tokens: &mut impl Iterator<Item = &'a str>, classes: &[CharClass]) -> Option<Node> {
    let token = tokens.next()?;
    let (kind, arg) = token.split_at(token.char_indices().nth(1).map_or(token.len(), |(i, _)| i));
    Some(match kind {
        "W" => {
            let n: usize = arg.parse().ok()?;
            let words = (0..n).map(|_| tokens.next()).collect::<Option<Vec<&str>>>()?;
            Node::Words(Words::new(words))
        }
        "C" => Node::Class(classes.get(arg.parse::<usize>().ok()?)?.clone()),
        "E" => Node::Edge(match arg {
            "b" => Edge::Word,
            "B" => Edge::NotWord,
            "^" => Edge::Start,
            "$" => Edge::End,
            _ => return None,
        }),
        "S" | "A" => {
            let n: usize = arg.parse().ok()?;
            let nodes = (0..n).map(|_| read_node(tokens, classes)).collect::<Option<Vec<_>>>()?;
            if kind == "S" {
                Node::Seq(nodes)
            } else {
                Node::Alt(nodes)
            }
        }
        "R" => {
            let (min, max) = arg.split_once(':')?;
            let max = if max == "*" { u32::MAX } else { max.parse().ok()? };
            Node::Repeat(Box::new(read_node(tokens, classes)?), min.parse().ok()?, max)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (pattern, text, expected match) — spans are byte offsets in the text.
    const CASES: &[(&str, &str, Option<(usize, usize)>)] = &[
        (r"\b(all|those) (rats|pigs)\b", "all rats must go", Some((0, 8))),
        (r"\b(all|those) (rats|pigs)\b", "all ratsmust go", None),
        (r"\bi (\w+ ){0,2}(kill|hurt) (you|u)\b", "i will really kill you", Some((0, 22))),
        (r"\bi (\w+ ){0,2}(kill|hurt) (you|u)\b", "i will really truly kill you", None),
        (r"\bnothing but (\w+ )?(rats|animals)\b", "they are nothing but dirty rats", Some((9, 31))),
        (r"send \d[\d.,]* ?(btc|eth).{0,10}\bget", "send 0.5 btc and get", Some((0, 20))),
        (r"send \d[\d.,]* ?(btc|eth).{0,10}\bget", "send btc and get", None),
        (r"(^|[.!?] ?)never trust\b", "ok. never trust them", Some((2, 15))),
        (r"(^|[.!?] ?)never trust\b", "i never trust them", None),
    ];

    #[test]
    fn word_sets_keep_long_and_empty_literals_in_order() {
        let long = "x".repeat(300);
        let words = Words::new(["ab", long.as_str(), "c", ""]);
        assert_eq!(words.to_vec(), vec!["ab".to_string(), long.clone(), "c".to_string(), String::new()]);
        assert_eq!(words.len(), 4);
        assert!(Words::new(Vec::<&str>::new()).is_empty());
        // A long literal is found like a short one, from either side of the anchor.
        let chain = Chain::new(
            vec![Node::Words(Words::new(["a "])), Node::Words(Words::new([long.as_str(), "b"]))],
            CharClass::default(),
        )
        .expect("a chain");
        let text = format!("a {long}");
        assert_eq!(chain.match_at(&text, 0, 2), Some((0, text.len())));
    }

    /// The leftmost match, found from every occurrence of the anchor like the engine does.
    fn first_match(chain: &Chain, text: &str) -> Option<(usize, usize)> {
        chain
            .anchor_words()
            .flat_map(|w| text.match_indices(w).map(move |(i, _)| (i, i + w.len())))
            .filter_map(|(s, e)| chain.match_at(text, s, e))
            .min()
    }

    #[test]
    fn chains_find_what_their_patterns_describe() {
        for &(pattern, text, expected) in CASES {
            let chain = compile(pattern, true).unwrap_or_else(|| panic!("{pattern} compiles"));
            assert_eq!(first_match(&chain, text), expected, "{pattern} in {text:?}");
        }
    }

    #[test]
    fn chains_tied_to_the_start_know_how_far_in_their_anchor_stands() {
        for (pattern, reach) in [
            (r"^\W{0,3}(ma|mama)\W{1,3}(ini|ni)\b", Some(12)),
            (r"^\[?(true|nt)\]?\s", Some(1)),
            (r"^\W*(ma|pa)[,!. ]", None),
            (r"\b(ma|pa) ini\b", None),
        ] {
            let chain = compile(pattern, true).unwrap_or_else(|| panic!("{pattern} compiles"));
            assert_eq!(chain.start_reach(), reach, "{pattern}");
        }
    }

    #[test]
    fn patterns_without_a_set_of_words_stay_regexes() {
        assert!(compile(r"\d{8,11}", true).is_none());
        assert!(compile(r"(a|b.{0,3}c)", true).is_none());
        assert!(compile(r"(?i)x(?=y)", true).is_none());
    }

    #[test]
    fn the_text_form_round_trips_and_names_what_is_wrong() {
        let mut table = ChainTable::default();
        let chain = compile(r"\b(kill|hurt) (all|every) (\w+ )?(rats|pigs)\b.{0,5}$", true).unwrap();
        table.push("en.test.lex", 7, &chain);
        let text = table.to_text();
        let parsed = ChainTable::parse(&text).unwrap();
        assert_eq!(parsed, vec![("en.test.lex".to_string(), 7, chain)]);
        let old = text.replacen("waspada-chains 1", "waspada-chains 0", 1);
        assert_eq!(ChainTable::parse(&old).unwrap_err(), "chain table: expected format 1, found \"waspada-chains 0\"");
        let damaged = text.replace("\x1fW", "\x1fQ");
        assert_eq!(ChainTable::parse(&damaged).unwrap_err(), "chain table line 4: malformed steps");
    }

    #[test]
    fn a_hostile_post_cannot_make_a_chain_search_run_away() {
        // Nested unbounded gaps over a long run of word characters: the budget ends the search.
        let chain = compile(r"\b(kill|hurt) (\w+ ?)*(\w+ ?)*zz", true).unwrap();
        let text = format!("kill {}", "ab ".repeat(3000));
        assert_eq!(first_match(&chain, &text), None);
        let near = "kill ab ab zz";
        assert_eq!(first_match(&chain, near), Some((0, near.len())));
    }
}
