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

/// The form text is compared in: NFC, lower-cased, digits of the four
/// scripts folded to ASCII, and runs of white space collapsed to one space.
/// Shipped content is Unicode; for typed input see [`input_forms`].
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.nfc().flat_map(char::to_lowercase) {
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

/// The form typed text is stored in: Zawgyi converted to Unicode when the
/// detector is confident, then NFC. Case and spacing are kept.
pub fn for_storage(text: &str) -> String {
    zawgyi::to_unicode_if_zawgyi(text).nfc().collect()
}

/// The forms a person's typed text may mean: as typed, and — when the
/// detector thinks it is Zawgyi — converted to Unicode. Both are kept
/// because the detector is unsure on very short strings, and a Unicode word
/// wrongly converted must still be found.
pub fn input_forms(text: &str) -> Vec<String> {
    let typed = normalize(text);
    let converted = normalize(&zawgyi::to_unicode_if_zawgyi(text));
    if converted == typed {
        vec![typed]
    } else {
        vec![typed, converted]
    }
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
        assert_eq!(
            input_forms(zawgyi),
            vec![normalize(zawgyi), normalize(&zawgyi::convert(zawgyi))]
        );
        assert_eq!(input_forms("မင်္ဂလာပါ"), vec![normalize("မင်္ဂလာပါ")]);
    }
}
