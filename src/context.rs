//! Context of a post for the rule layers: where it aims at a person or names a group, negates,
//! reports abuse or speaks of the writer, and helpers that measure distances in characters.

/// Context spans of one post, sorted by start.
#[derive(Default)]
pub(crate) struct Contexts {
    pub target: Vec<(usize, usize)>,
    pub group: Vec<(usize, usize)>,
    pub negation: Vec<(usize, usize)>,
    pub counter: Vec<(usize, usize)>,
    pub self_ref: Vec<(usize, usize)>,
    pub allow: Vec<(usize, usize)>,
}

impl Contexts {
    pub fn sort(&mut self) {
        for v in [
            &mut self.target,
            &mut self.group,
            &mut self.negation,
            &mut self.counter,
            &mut self.self_ref,
            &mut self.allow,
        ] {
            v.sort_unstable();
        }
    }
}

/// Characters between two spans (0 when they touch or overlap), counting at most `limit + 1`.
pub(crate) fn gap(text: &str, a: (usize, usize), b: (usize, usize), limit: usize) -> usize {
    let (from, to) = if a.1 <= b.0 {
        (a.1, b.0)
    } else if b.1 <= a.0 {
        (b.1, a.0)
    } else {
        return 0;
    };
    if to - from > limit * 4 {
        return limit + 1;
    }
    text[from..to].chars().take(limit + 1).count()
}

/// True when a context span lies within `window` characters of `span`, on either side. The hit's
/// own words do not count as their own context ("kafir" is a group word and a hate word).
pub(crate) fn near(text: &str, spans: &[(usize, usize)], span: (usize, usize), window: usize) -> bool {
    let lo = span.0.saturating_sub(window * 4);
    let first = spans.partition_point(|s| s.1 < lo);
    spans[first..]
        .iter()
        .take_while(|s| s.0 <= span.1 + window * 4)
        .any(|&s| !(span.0 <= s.0 && s.1 <= span.1) && gap(text, s, span, window) <= window)
}

/// True when a context span ends within `window` characters before `span` starts, in the same
/// clause: "don't worry, just kill yourself" is not negated.
pub(crate) fn in_clause_before(text: &str, spans: &[(usize, usize)], span: (usize, usize), window: usize) -> bool {
    let lo = span.0.saturating_sub(window * 4);
    let first = spans.partition_point(|s| s.1 < lo);
    spans[first..].iter().take_while(|s| s.0 < span.0).any(|&s| {
        s.1 <= span.0
            && gap(text, s, span, window) <= window
            && !text[s.1..span.0].contains(['.', ',', ';', ':', '!', '?', '\n', '。', '、', '၊', '။'])
    })
}

/// `@name` mentions: they aim a post at a person.
pub(crate) fn mentions(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    text.match_indices('@').filter_map(move |(i, _)| {
        let after = &text[i + 1..];
        let len: usize = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').map(char::len_utf8).sum();
        let preceded_by_word = text[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric());
        (len > 0 && !preceded_by_word).then_some((i, i + 1 + len))
    })
}
