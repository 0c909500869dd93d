//! Script handling for search and storage: Zawgyi detection and conversion
//! for Burmese ([`zawgyi`]), the rule engine behind it ([`transliterate`]),
//! and the normal form that text is searched in ([`normalize`]).
//!
//! Thai, Lao, Khmer and Burmese are written without spaces between words,
//! so search matches inside runs of text instead of splitting on spaces.
//! Text from outside (a reply) is made safe to show with [`for_display`].
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

/// Text from outside made safe to show: it stays data on every screen and
/// terminal. Control characters (C0 but tab and line feed, DEL, C1, so
/// escape sequences and NUL) become U+FFFD; carriage returns and Unicode
/// line or paragraph separators become line feeds; bidirectional embedding,
/// override and isolate controls (which can make text read as something
/// else) are removed. Everything a script needs stays, including the zero
/// width joiner, non-joiner and space that Burmese, Khmer, Lao and Thai
/// text uses.
pub fn for_display(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' | '\n' => out.push(c),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
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
    fn display_form_keeps_every_script_and_drops_terminal_control() {
        for text in [
            "Help is coming. ช่วยด้วย",
            "မင်္ဂလာပါ\u{200B}ကျေးဇူး",
            "ស្រ\u{200C}ី\u{200D}ខ្មែរ",
            "ສະບາຍດີ",
            "Tiếng Việt, Bahasa, Tagalog: ñ",
            "line one\n\tline two 🙂",
        ] {
            assert_eq!(for_display(text), text);
        }
        assert_eq!(
            for_display("\u{1b}[2J\u{1b}]0;x\u{7}ok\0\u{9b}31m\u{7f}"),
            "\u{FFFD}[2J\u{FFFD}]0;x\u{FFFD}ok\u{FFFD}\u{FFFD}31m\u{FFFD}"
        );
        assert_eq!(for_display("a\r\nb\rc\u{2028}d"), "a\nb\nc\nd");
        assert_eq!(
            for_display("\u{202E}evil\u{202C}\u{2066}x\u{2069}"),
            "evilx"
        );
    }

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
