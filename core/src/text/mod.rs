//! Script handling for search and storage: Zawgyi detection and conversion
//! for Burmese ([`zawgyi`]), the rule engine behind it ([`transliterate`]),
//! and the normal form that text is searched in ([`normalize`]).
//!
//! Thai, Lao, Khmer and Burmese are written without spaces between words,
//! so search matches inside runs of text instead of splitting on spaces.
//! Text from outside (a reply) is made safe to show with [`for_display`].
//! This module holds no user data; it only transforms strings.

#[cfg(test)]
mod rules_compiler;
pub mod transliterate;
pub mod zawgyi;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The form text is compared in, for content and queries alike (one
/// function, so indexing and querying cannot drift apart):
///
/// - Latin script: accents and Vietnamese tones dropped (NFD, combining
///   marks after a Latin letter removed), `đ` → `d`, so "ho chieu" finds
///   "hộ chiếu";
/// - lower case; digits of the four scripts folded to ASCII; runs of white
///   space (and zero-width spaces) collapsed to one space, and dropped
///   between two letters of Thai, Lao, Khmer or Burmese (which space
///   phrases, not words, and not consistently); zero-width joiners, soft
///   hyphens and byte-order marks removed;
/// - spellings that look the same or are written both ways ([`fold_variants`]).
///
/// Shipped content is Unicode; for typed input see [`input_forms`].
pub fn normalize(text: &str) -> String {
    let mut latin = false;
    let folded: String = text
        .nfd()
        .filter(|&c| {
            if is_combining_mark(c) {
                // A tone or accent on a Latin letter; Thai, Lao, Khmer and
                // Burmese vowel signs are marks too and must stay.
                return !latin;
            }
            latin = is_latin(c);
            !matches!(c, '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{FEFF}')
        })
        .nfc()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect();
    let folded = fold_variants(&folded);
    let mut out = String::with_capacity(folded.len());
    let mut space = false;
    for c in folded.chars() {
        let c = crate::vault::pin::fold_digit(c);
        if c.is_whitespace() || c == '\u{200B}' {
            space = !out.is_empty();
            continue;
        }
        // A space between two words of a script written without spaces
        // is optional: drop it, so a phrase matches however it is spaced.
        let joined =
            is_unspaced_script(c) && out.chars().next_back().is_some_and(is_unspaced_script);
        if space && !joined {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// A Latin letter, whose accents search ignores.
pub fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// Spellings people write both ways, folded to one (on NFC, lower-case
/// text). Each pair looks the same on screen or is an accepted variant, so
/// folding cannot make two different words match:
///
/// - Lao ໜ/ຫນ and ໝ/ຫມ (one character or two), ຳ/ໍ+າ, ເເ/ແ;
/// - Thai ำ/ํ+า, เเ/แ (two "e" vowels typed for "ae");
/// - Khmer ឲ/ឱ, subscript ្ដ/្ត (drawn alike);
/// - Burmese ဉ/ဥ (drawn alike), the digit ၀ typed for the letter ဝ when no
///   digit is next to it, the digit ၇ typed for ရ before a vowel sign.
///
/// Digits are folded after this, so ၀ and ၇ are decided here.
fn fold_variants(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let digit = |c: Option<&char>| {
        c.is_some_and(|c| c.is_ascii_digit() || ('\u{1040}'..='\u{1049}').contains(c))
    };
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        match (c, next) {
            ('\u{0EDC}', _) => out.push_str("\u{0EAB}\u{0E99}"),
            ('\u{0EDD}', _) => out.push_str("\u{0EAB}\u{0EA1}"),
            ('\u{0EB3}', _) => out.push_str("\u{0ECD}\u{0EB2}"),
            ('\u{0E33}', _) => out.push_str("\u{0E4D}\u{0E32}"),
            ('\u{0EC0}', Some('\u{0EC0}')) => {
                out.push('\u{0EC1}');
                i += 1;
            }
            ('\u{0E40}', Some('\u{0E40}')) => {
                out.push('\u{0E41}');
                i += 1;
            }
            ('\u{17B2}', _) => out.push('\u{17B1}'),
            ('\u{17D2}', Some('\u{178A}')) => {
                out.push_str("\u{17D2}\u{178F}");
                i += 1;
            }
            ('\u{1009}', _) => out.push('\u{1025}'),
            ('\u{1040}', _)
                if !digit(i.checked_sub(1).and_then(|p| chars.get(p))) && !digit(next.as_ref()) =>
            {
                out.push('\u{101D}')
            }
            ('\u{1047}', Some('\u{102B}'..='\u{103E}')) => out.push('\u{101B}'),
            _ => out.push(c),
        }
        i += 1;
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

/// Typed text that may be Zawgyi is searched in both forms when the
/// detector leans this way at all: a wrongly converted Unicode word finds
/// nothing extra, while a short Zawgyi word (the detector is unsure on
/// those) is still found.
const SEARCH_ZAWGYI_LEAN: f64 = 0.5;

/// The raw forms a person's typed text may mean: as typed, and — when the
/// detector leans towards Zawgyi — converted to Unicode.
fn raw_forms(text: &str) -> Vec<String> {
    let mut forms = vec![text.to_string()];
    if zawgyi::zawgyi_probability(text) > SEARCH_ZAWGYI_LEAN {
        let converted = zawgyi::convert(text);
        if converted != text {
            forms.push(converted);
        }
    }
    forms
}

/// The forms a person's typed text may mean, in normal form: as typed and,
/// when it may be Zawgyi, converted to Unicode. Both are kept because the
/// detector is unsure on very short strings, and a Unicode word wrongly
/// converted must still be found.
pub fn input_forms(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in raw_forms(text) {
        let n = normalize(&f);
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Like [`input_forms`], each form also cut into the words the person
/// typed (at white space, before normalizing: the normal form drops the
/// spaces inside Thai, Lao, Khmer and Burmese text, but a space the person
/// typed separates two search terms).
pub fn input_word_forms(text: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for f in raw_forms(text) {
        let words: Vec<String> = f
            .split(|c: char| c.is_whitespace() || c == '\u{200B}')
            .map(normalize)
            .filter(|w| !w.is_empty())
            .collect();
        if !words.is_empty() && !out.iter().any(|(_, w)| *w == words) {
            out.push((normalize(&f), words));
        }
    }
    out
}

/// Thai, Lao, Burmese and Khmer letters and signs (not digits, which are
/// folded to ASCII first): scripts that put spaces between phrases, not
/// words, and not always in the same places.
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'
        | '\u{1000}'..='\u{109F}'
        | '\u{AA60}'..='\u{AA7F}'
        | '\u{A9E0}'..='\u{A9FF}'
        | '\u{1780}'..='\u{17FF}'
        | '\u{19E0}'..='\u{19FF}')
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
        // Short Zawgyi the detector is unsure about is searched both ways.
        let unsure = "လူကုန္ကူး";
        assert!(zawgyi::zawgyi_probability(unsure) < zawgyi::ZAWGYI_THRESHOLD);
        assert!(input_forms(unsure).contains(&normalize("လူကုန်ကူး")));
    }

    #[test]
    fn spaces_inside_unspaced_scripts_are_optional_but_typed_spaces_split_terms() {
        assert_eq!(normalize("အဓမ္မ လုပ်အား"), normalize("အဓမ္မလုပ်အား"));
        assert_eq!(normalize("หนี้ และค่าธรรมเนียม"), "หนี้และค่าธรรมเนียม");
        assert_eq!(normalize("สายด่วน ๑๓๐๐"), "สายด่วน 1300");
        assert_eq!(
            input_word_forms("ค่าจ้าง  นายจ้าง"),
            vec![(
                "ค่าจ้างนายจ้าง".to_string(),
                vec!["ค่าจ้าง".to_string(), "นายจ้าง".to_string()]
            )]
        );
    }

    #[test]
    fn latin_accents_and_tones_fold_but_other_scripts_keep_their_marks() {
        assert_eq!(normalize("Hộ chiếu ĐƯỢC giữ"), "ho chieu duoc giu");
        assert_eq!(normalize("Niño, café, Pilipinas"), "nino, cafe, pilipinas");
        // Thai, Lao, Khmer and Burmese vowel signs are combining marks too.
        for kept in ["หนังสือเดินทาง", "ໜັງສືຜ່ານແດນ", "លិខិតឆ្លងដែន", "နိုင်ငံကူးလက်မှတ်"]
        {
            assert_eq!(
                normalize(kept).chars().count(),
                fold_variants(kept).chars().count()
            );
            assert!(!normalize(kept).is_empty());
        }
        assert_ne!(normalize("ປ້າ"), normalize("ປາ"));
    }

    #[test]
    fn spelling_variants_fold_to_one_form() {
        assert_eq!(normalize("ໜັງສື"), normalize("ຫນັງສື"));
        assert_eq!(normalize("ໝູ່"), normalize("ຫມູ່"));
        assert_eq!(normalize("ນ້ຳ"), normalize("ນ້ໍາ"));
        assert_eq!(normalize("เเรงงาน"), normalize("แรงงาน"));
        assert_eq!(normalize("น้ำ"), normalize("น้ํา"));
        assert_eq!(normalize("ឲ្យ"), normalize("ឱ្យ"));
        assert_eq!(normalize("ស្ដី"), normalize("ស្តី"));
        assert_eq!(normalize("၀န်ထမ်း"), normalize("ဝန်ထမ်း"));
        assert_eq!(normalize("၇ေ"), normalize("ရေ"));
        // Real numbers stay numbers.
        assert_eq!(normalize("၁၀ ရက်"), "10 ရက်");
        assert_eq!(normalize("၇ ရက်"), "7 ရက်");
        assert_eq!(normalize("\u{0E51}\u{0E53}\u{0E50}\u{0E50}"), "1300");
        assert_eq!(normalize("a\u{200D}b\u{00AD}c"), "abc");
    }
}
