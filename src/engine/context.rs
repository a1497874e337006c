//! Context of a post for the rule layers: where it aims at a person or names a group, negates,
//! reports abuse or speaks of the writer, and helpers that measure distances in characters.

use crate::normalize::{unspaced_script, UnspacedScript};

/// Context spans of one post, sorted by start.
#[derive(Default)]
pub(crate) struct Contexts {
    pub target: Vec<(usize, usize)>,
    /// Target words of the lexicons only (`target` also holds `@mentions`).
    pub target_words: Vec<(usize, usize)>,
    /// Words for the person a post speaks to (`ctx:you`).
    pub you: Vec<(usize, usize)>,
    pub group: Vec<(usize, usize)>,
    pub negation: Vec<(usize, usize)>,
    /// Negators that deny a worth only (`ctx:denial`).
    pub denial: Vec<(usize, usize)>,
    pub counter: Vec<(usize, usize)>,
    pub self_ref: Vec<(usize, usize)>,
    /// Words that make the noun next to them people (`ctx:people` before it, `ctx:people_after`).
    pub people: Vec<(usize, usize)>,
    pub people_after: Vec<(usize, usize)>,
    /// The writer counting themself in a group (`ctx:ingroup`).
    pub in_group: Vec<(usize, usize)>,
    /// Words that turn a sentence round (`ctx:contrast`: "but", "tapi").
    pub contrast: Vec<(usize, usize)>,
    /// Slurs read as people: they name a group (also in `group`).
    pub slurs: Vec<(usize, usize)>,
    pub allow: Vec<(usize, usize)>,
    /// Quoted passages of a post that also says something around them.
    pub quoted: Vec<(usize, usize)>,
    /// Scam awareness and advice ("beware of", "never share your OTP").
    pub scam_aware: Vec<(usize, usize)>,
}

impl Contexts {
    pub fn sort(&mut self) {
        for v in [
            &mut self.target,
            &mut self.target_words,
            &mut self.you,
            &mut self.group,
            &mut self.negation,
            &mut self.denial,
            &mut self.counter,
            &mut self.self_ref,
            &mut self.people,
            &mut self.people_after,
            &mut self.in_group,
            &mut self.contrast,
            &mut self.allow,
            &mut self.scam_aware,
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

/// True when two spans are at most `limit` characters apart; decides from byte distances when it
/// can (a character is one to four bytes), counting characters only in between.
pub(crate) fn within(text: &str, a: (usize, usize), b: (usize, usize), limit: usize) -> bool {
    let bytes_apart = if a.1 <= b.0 {
        b.0 - a.1
    } else if b.1 <= a.0 {
        a.0 - b.1
    } else {
        0
    };
    bytes_apart <= limit || (bytes_apart <= limit * 4 && gap(text, a, b, limit) <= limit)
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
    spans[first..]
        .iter()
        .take_while(|s| s.0 < span.0)
        .any(|&s| s.1 <= span.0 && gap(text, s, span, window) <= window && !crosses_clause(text, s.1, span.0))
}

/// True when a context span starts within `window` characters after `span` ends, in the same clause.
pub(crate) fn in_clause_after(text: &str, spans: &[(usize, usize)], span: (usize, usize), window: usize) -> bool {
    spans.iter().any(|&s| s.0 >= span.1 && gap(text, span, s, window) <= window && !crosses_clause(text, span.1, s.0))
}

/// True when bytes `from..to` of `text` hold a clause break: punctuation, or a space between two
/// Thai letters (Thai separates clauses and phrases with spaces, not words).
fn crosses_clause(text: &str, from: usize, to: usize) -> bool {
    let between = &text[from..to];
    if between.contains(['.', ',', ';', ':', '!', '?', '\n', '。', '、', '၊', '။']) {
        return true;
    }
    let thai = |c: Option<char>| c.is_some_and(|c| unspaced_script(c) == Some(UnspacedScript::Thai));
    between.char_indices().any(|(i, c)| {
        c == ' ' && thai(text[..from + i].chars().next_back()) && thai(text[from + i + 1..].chars().next())
    })
}

/// Characters that may stand between a word and the noun it makes people ("these  X", "พวกX").
const SLOT_GAP: usize = 2;

/// True when `span` stands in a people slot: a `ctx:people` word right before it or a
/// `ctx:people_after` word right after it, with nothing but spaces between.
pub(crate) fn in_people_slot(text: &str, ctx: &Contexts, span: (usize, usize)) -> bool {
    let touches = |from: usize, to: usize| {
        from <= to
            && to - from <= SLOT_GAP * 4
            && text[from..to].chars().all(char::is_whitespace)
            && text[from..to].chars().count() <= SLOT_GAP
    };
    ctx.people.iter().any(|&(s, e)| s < span.0 && touches(e, span.0))
        || ctx.people_after.iter().any(|&(s, e)| e > span.1 && touches(span.1, s))
}

/// True when a span of `spans` stands within `window` characters of `span`, on either side, in
/// the same clause: "kitorang geng pondan", "tụi Nam Kỳ tụi tui".
pub(crate) fn in_clause_near(text: &str, spans: &[(usize, usize)], span: (usize, usize), window: usize) -> bool {
    spans.iter().any(|&s| {
        let (from, to) = if s.1 <= span.0 { (s.1, span.0) } else { (span.1, s.0) };
        (s.1 <= span.0 || span.1 <= s.0) && gap(text, s, span, window) <= window && !crosses_clause(text, from, to)
    })
}

/// True when `span` is all its sentence says, but for punctuation and spaces ("Dasar kunyit!" is
/// not; "Kunyit!" is).
pub(crate) fn alone_in_sentence(text: &str, span: (usize, usize)) -> bool {
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n' | '。' | '！' | '？' | '။');
    let quiet = |c: char| !c.is_alphanumeric() && !ends(c);
    let before = text[..span.0].chars().rev().take_while(|&c| !ends(c)).all(quiet);
    let after = text[span.1..].chars().take_while(|&c| !ends(c)).all(quiet);
    before && after
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

/// What is left of abusive words quoted inside a post that says more around them (reporting or
/// condemning what someone said).
pub(crate) const QUOTED: f64 = 0.35;

/// Spans of text inside quotation marks, when the post also says something outside them. Single
/// quotes count only as a pair around words: an opening one after a space or the start and before
/// a letter, a closing one after a letter or punctuation and before no letter, so the apostrophes
/// of "don't" and "Filipinos' rights" open and close nothing.
pub(crate) fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut before: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let after = chars.peek().map(|&(_, a)| a);
        let single = matches!(c, '\'' | '‘' | '’');
        match open {
            None if matches!(c, '"' | '“' | '«' | '「' | '„') => open = Some((i, c)),
            None if single
                && before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | ':' | '—' | '-'))
                && after.is_some_and(char::is_alphanumeric) =>
            {
                open = Some((i, '\''))
            }
            Some((s, '\''))
                if single
                    && before.is_some_and(|b| !b.is_whitespace())
                    && after.is_none_or(|a| !a.is_alphanumeric()) =>
            {
                spans.push((s, i + c.len_utf8()));
                open = None;
            }
            Some((s, o)) if o != '\'' && c == closing(o) => {
                spans.push((s, i + c.len_utf8()));
                open = None;
            }
            _ => {}
        }
        before = Some(c);
    }
    let inside: usize = spans.iter().map(|(s, e)| e - s).sum();
    let outside_words = text.len().saturating_sub(inside);
    if outside_words < 12 {
        return Vec::new();
    }
    spans
}

fn closing(open: char) -> char {
    match open {
        '“' => '”',
        '«' => '»',
        '「' => '」',
        '„' => '“',
        other => other,
    }
}

impl Contexts {
    /// True when `span` lies inside a quoted passage.
    pub fn is_quoted(&self, span: (usize, usize)) -> bool {
        self.quoted.iter().any(|&(s, e)| s <= span.0 && span.1 <= e)
    }

    /// True when `span` lies inside an allowed phrase other than itself ("killing it").
    pub fn is_allowed(&self, span: (usize, usize)) -> bool {
        self.allow.iter().any(|&(s, e)| s <= span.0 && span.1 <= e && (s, e) != span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_count_only_with_words_around_them() {
        assert!(quoted_spans("\"Muslims are rats\"").is_empty());
        let text = "He wrote \"Muslims are rats\" and that is disgusting to read";
        let spans = quoted_spans(text);
        assert_eq!(spans.len(), 1);
        assert!(text[spans[0].0..spans[0].1].contains("rats"));
        let text = "Someone wrote 'women should be shot'. Reported, that's not free speech.";
        let spans = quoted_spans(text);
        assert_eq!(spans.len(), 1);
        assert_eq!(&text[spans[0].0..spans[0].1], "'women should be shot'");
        // Apostrophes are no quotes.
        assert!(quoted_spans("I don't think the Filipinos' rights are safe, it's a shame really").is_empty());
    }
}
