//! Themes read clause by clause: the scorer's opt-in mode ([`super::Scorer::with_clause_themes`]).
//!
//! A comment that names several themes ("Friendly staff, but the delivery took two weeks") gives each theme a weaker
//! share of one embedding than a clause that names it alone. In this mode a comment is also cut into clauses, each
//! embedded apart, and a theme's probability is the mean of the whole comment's and the highest clause's, its
//! polarity that clause's; the threshold is the one the calibration fitted for this mode. The rule is
//! `models/head/clauses.py`'s, which fits the threshold; `tests/fixtures/oes/clauses.json` holds its cuts, which the
//! tests compare with these.
//!
//! The cut: a clause ends at a line break (`\n`, `\r`, U+2028, U+2029) or a full-width `。！？，；` (not kept), and at
//! `. ! ? ; , …`, the Greek question mark and ano teleia (also as a middle dot), and the Arabic-script comma,
//! semicolon and question mark when the next character is white space or the text ends (kept). Each piece is trimmed
//! of white space and kept when it has `min_words` words or more (runs of characters that are not white space). A
//! comment with fewer than two such pieces is read whole only; of more than `max_clauses`, the first `max_clauses`
//! are read, which bounds the extra encoder work per comment.

#[cfg(doc)]
use super::THEMES;

/// Characters that always end a clause and are not part of it.
fn always_ends(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '。' | '！' | '？' | '，' | '；')
}

/// Characters that end a clause, and stay in it, when white space or the end of the text follows.
fn ends_before_space(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ';' | ',' | '…' | '\u{37e}' | '\u{387}' | '\u{b7}' | '\u{60c}' | '\u{61b}' | '\u{61f}'
    )
}

/// The clauses of `text` read apart, or none when it is read whole only.
pub(crate) fn clauses(text: &str, max_clauses: usize, min_words: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        if always_ends(c) {
            pieces.push(&text[start..i]);
            start = end;
        } else if ends_before_space(c) && chars.peek().map_or(true, |&(_, next)| next.is_whitespace()) {
            pieces.push(&text[start..end]);
            start = end;
        }
    }
    pieces.push(&text[start..]);
    let kept: Vec<&str> =
        pieces.into_iter().map(str::trim).filter(|p| p.split_whitespace().count() >= min_words).collect();
    if kept.len() < 2 {
        return Vec::new();
    }
    kept.into_iter().take(max_clauses).collect()
}

/// Of clauses' theme outputs (probabilities, then polarities, [`THEMES`] each), per theme the highest probability and
/// the polarity of the clause that gives it (the first of equals); `None` without clauses.
pub(crate) fn strongest<const N: usize>(clauses: &[&[f32; N]]) -> Option<[f32; N]> {
    let t = N / 2;
    let (first, rest) = clauses.split_first()?;
    let mut best = **first;
    for c in rest {
        for i in 0..t {
            if c[i] > best[i] {
                best[i] = c[i];
                best[t + i] = c[t + i];
            }
        }
    }
    Some(best)
}

/// A comment's theme probabilities and polarities, in place, read with its clauses' [`strongest`] outputs: each
/// theme's probability the mean of the whole comment's and the clause's, its polarity the clause's.
pub(crate) fn combine(themes: &mut [f32], polarity: &mut [f32], clauses: &[f32]) {
    let t = themes.len();
    for (p, c) in themes.iter_mut().zip(&clauses[..t]) {
        *p = (*p + c) / 2.0;
    }
    polarity.copy_from_slice(&clauses[t..2 * t]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// On any text: no clause, or two to `max` of them, each a trimmed piece of the text, in order, with `min` words
        /// or more; and they never overlap.
        #[test]
        fn clauses_are_ordered_trimmed_pieces_of_the_text(
            text in "[a-z ,.!?;\n\r\t\u{a0}\u{2028}。，…،؟·\u{37e}]{0,80}",
            max in 2usize..10,
            min in 1usize..4,
        ) {
            let got = clauses(&text, max, min);
            prop_assert!(got.is_empty() || (2..=max).contains(&got.len()), "{got:?}");
            let mut from = 0;
            for c in &got {
                prop_assert!(!c.is_empty() && c.trim() == *c);
                prop_assert!(c.split_whitespace().count() >= min);
                let at = text[from..].find(c).map(|i| i + from);
                prop_assert!(at.is_some(), "{c:?} not in order in {text:?}");
                from = at.unwrap() + c.len();
            }
        }
    }

    fn cut(text: &str) -> Vec<&str> {
        clauses(text, 8, 2)
    }

    #[test]
    fn cuts_at_punctuation_followed_by_space() {
        assert_eq!(
            cut("Friendly staff, but the delivery took two weeks. Never again!"),
            ["Friendly staff,", "but the delivery took two weeks.", "Never again!"]
        );
        // a decimal comma or point is not followed by white space: no cut
        assert_eq!(cut("Paid 3,50 for it. Worth every cent"), ["Paid 3,50 for it.", "Worth every cent"]);
        assert_eq!(cut("Version 2.1 crashes daily"), Vec::<&str>::new());
    }

    #[test]
    fn line_breaks_and_full_width_marks_cut_and_are_dropped() {
        assert_eq!(cut("great coffee\nrude staff at the till"), ["great coffee", "rude staff at the till"]);
        assert_eq!(cut("服务 很好。送货 太慢"), ["服务 很好", "送货 太慢"]);
        assert_eq!(cut("خیلی خوب بود، ولی گران بود"), ["خیلی خوب بود،", "ولی گران بود"]);
    }

    #[test]
    fn short_pieces_are_dropped_and_one_piece_is_read_whole() {
        assert_eq!(cut("Thanks. The parcel came late."), Vec::<&str>::new());
        assert_eq!(cut("Good, fast, cheap."), Vec::<&str>::new());
        assert_eq!(cut(""), Vec::<&str>::new());
        assert_eq!(cut(" , . ! \n"), Vec::<&str>::new());
    }

    #[test]
    fn at_most_max_clauses() {
        let text = "one two, ".repeat(20);
        assert_eq!(clauses(&text, 8, 2).len(), 8);
        assert_eq!(clauses(&text, 3, 2), ["one two,"; 3]);
        assert!(clauses(&text, 8, 3).is_empty());
    }

    /// The cuts `models/head/clauses.py` makes (it fits the threshold on them) are this module's.
    #[test]
    fn cuts_as_the_python_rule_does() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/oes/clauses.json");
        let fx: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let (max, min) = (fx["max_clauses"].as_u64().unwrap() as usize, fx["min_words"].as_u64().unwrap() as usize);
        let cases = fx["cases"].as_array().unwrap();
        assert!(cases.len() > 100);
        for case in cases {
            let text = case["text"].as_str().unwrap();
            let want: Vec<&str> = case["clauses"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
            assert_eq!(clauses(text, max, min), want, "{text:?}");
        }
        assert!(cases.iter().filter(|c| !c["clauses"].as_array().unwrap().is_empty()).count() > 50);
    }

    #[test]
    fn the_strongest_clause_gives_each_theme_its_probability_and_polarity() {
        let (a, b) = ([0.5f32, 0.125, 0.75, -0.5], [0.375f32, 0.25, -0.25, 0.5]);
        assert_eq!(strongest(&[&a, &b]), Some([0.5, 0.25, 0.75, 0.5]));
        assert_eq!(strongest::<4>(&[]), None);
        let (mut themes, mut polarity) = ([0.25f32, 0.75], [0.0f32, 0.0]);
        combine(&mut themes, &mut polarity, &[0.5, 0.25, 0.75, 0.5]);
        assert_eq!((themes, polarity), ([0.375, 0.5], [0.75, 0.5]));
    }
}
