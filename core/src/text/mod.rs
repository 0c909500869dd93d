//! Script handling for search and storage: Zawgyi detection and conversion
//! for Burmese ([`zawgyi`]), the rule engine behind it ([`transliterate`]),
//! and the normal form that text is searched in ([`normalize`]).
//!
//! Thai, Lao, Khmer and Burmese are written without spaces between words,
//! so search matches inside runs of text instead of splitting on spaces.
//! This module holds no user data; it only transforms strings.

pub mod transliterate;
pub mod zawgyi;

use unicode_normalization::UnicodeNormalization;

/// The form text is compared in: Zawgyi converted to Unicode, NFC,
/// lower-cased, digits of the four scripts folded to ASCII, and runs of
/// white space collapsed to one space.
pub fn normalize(text: &str) -> String {
    let unicode = zawgyi::to_unicode_if_zawgyi(text);
    let mut out = String::with_capacity(unicode.len());
    let mut space = false;
    for c in unicode.nfc().flat_map(char::to_lowercase) {
        let c = crate::vault::pin::fold_digit(c);
        if c.is_whitespace() || c == '\u{200B}' {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_form_folds_case_digits_spaces_and_zawgyi() {
        assert_eq!(normalize("  Hello\u{200B}  WORLD "), "hello world");
        assert_eq!(normalize("เบอร์ ๑๓๐๐"), "เบอร์ 1300");
        let zawgyi = "ဘဂၤလားေဒရွ္႕";
        assert!(zawgyi::zawgyi_probability(zawgyi) > zawgyi::ZAWGYI_THRESHOLD);
        assert_eq!(normalize(zawgyi), zawgyi::convert(zawgyi));
    }
}
