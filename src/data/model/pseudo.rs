//! A pseudo-locale for checking layouts before a translator does: every English message
//! stretched by 40% and put in brackets (`Overview` → `[Övérvíéw···]`), its placeables (the
//! figures, the counts) left exactly as they are. A cut message loses its closing bracket;
//! an English string the code forgot to route through Fluent shows without accents. Belarusian
//! and Russian words run about this much longer than English ones, so a screen that holds the
//! pseudo-locale at 80x24 holds them too.

use std::borrow::Cow;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// How much longer each text gets: 40%, as the issue on width asks.
const STRETCH: f64 = 0.4;

/// The filler a stretched text ends with: a middle dot, one column wide, never a digit.
const FILLER: char = '·';

/// The `.ftl` source `english` with every message and attribute stretched; a file that does
/// not parse comes back unchanged (the tests of the real files catch that first).
pub fn stretch_ftl(english: &str) -> String {
    let Ok(mut resource) = fluent_syntax::parser::parse(english.to_string()) else {
        return english.to_string();
    };
    for entry in &mut resource.body {
        let patterns: Vec<&mut Pattern<String>> = match entry {
            Entry::Message(m) => m
                .value
                .iter_mut()
                .chain(m.attributes.iter_mut().map(|a| &mut a.value))
                .collect(),
            Entry::Term(t) => std::iter::once(&mut t.value)
                .chain(t.attributes.iter_mut().map(|a| &mut a.value))
                .collect(),
            _ => Vec::new(),
        };
        for pattern in patterns {
            stretch_pattern(pattern);
            bracket(pattern);
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// Stretches the text of `pattern`, and of every variant of its selects.
fn stretch_pattern(pattern: &mut Pattern<String>) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => *value = stretch_text(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => variants
                .iter_mut()
                .for_each(|v| stretch_pattern(&mut v.value)),
            PatternElement::Placeable { .. } => {}
        }
    }
}

/// Puts `pattern` in brackets, as string literals: a `[` at the start of a continuation line
/// would read as a variant key.
fn bracket(pattern: &mut Pattern<String>) {
    let literal = |s: &str| PatternElement::Placeable {
        expression: Expression::Inline(InlineExpression::StringLiteral {
            value: s.to_string(),
        }),
    };
    pattern.elements.insert(0, literal("["));
    pattern.elements.push(literal("]"));
}

/// `text` with its vowels accented and 40% of its length added in filler before any trailing
/// space or line end (a filler after the line end would begin an unindented line, which
/// Fluent would not parse; one after a space would part from its word).
pub fn stretch_text(text: &str) -> String {
    let body = text.trim_end();
    let ends = &text[body.len()..];
    let letters = body.chars().filter(|c| !c.is_whitespace()).count();
    let extra = (letters as f64 * STRETCH).ceil() as usize;
    let mut out: String = body.chars().map(accent).collect();
    out.extend(std::iter::repeat_n(FILLER, extra));
    out.push_str(ends);
    out
}

/// The vowel with an accent, one column wide like the letter it replaces.
fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'A' => 'Á',
        'E' => 'É',
        'O' => 'Ö',
        _ => c,
    }
}

/// The pseudo-locale's one file, as [`i18n_embed`] loads files: the English `.ftl` stretched,
/// under the English path (its plural rules and fallbacks are English).
pub struct PseudoAssets {
    /// The English file, stretched once.
    stretched: String,
}

impl PseudoAssets {
    /// The assets made from the English file's source.
    pub fn from_english(english: &str) -> PseudoAssets {
        PseudoAssets {
            stretched: stretch_ftl(english),
        }
    }
}

impl i18n_embed::I18nAssets for PseudoAssets {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        if file_path == "en/repdash.ftl" {
            vec![Cow::Borrowed(self.stretched.as_bytes())]
        } else {
            Vec::new()
        }
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(std::iter::once("en/repdash.ftl".to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_grows_by_two_fifths_and_keeps_its_line_end() {
        assert_eq!(stretch_text("Overview"), "Övérvíéw····");
        assert_eq!(stretch_text("of\n"), "öf·\n");
    }

    #[test]
    fn placeables_and_variants_survive_and_the_file_still_parses() {
        let src = "n-months = { $n ->\n    [one] { $n } month\n   *[other] { $n } months\n}\nhi = Hello { $who }\n    second line\n";
        let out = stretch_ftl(src);
        assert!(out.contains("{ $n } mönth··"), "{out}");
        assert!(
            out.contains("{ \"[\" }") && out.contains("{ $who }"),
            "{out}"
        );
        let parsed = fluent_syntax::parser::parse(out.as_str());
        assert!(parsed.is_ok(), "{out}");
    }
}
