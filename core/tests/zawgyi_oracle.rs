//! The compiled Zawgyi rules (`core/build.rs`, `text::transliterate`)
//! against the reference they replaced: the same rule file interpreted
//! with the `regex` crate (leftmost-first, as ICU's rules are read), on the
//! Myanmar government text and on many generated strings of the
//! characters the rules look at. The output must be identical.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use waymark_core::text::zawgyi;

mod reference {
    #![allow(dead_code)]
    use std::collections::HashMap;

    use regex::Regex;

    /// One compiled rule.
    #[derive(Debug)]
    struct Rule {
        pattern: Regex,
        /// The rule began with `^`: only at the start of the text.
        at_start: bool,
        output: Vec<Piece>,
        /// Index into `output` where the cursor goes (`|`), if any.
        cursor: Option<usize>,
    }

    #[derive(Debug)]
    enum Piece {
        Text(String),
        Group(usize),
    }

    /// A compiled rule file.
    #[derive(Debug)]
    pub struct Transliterator {
        phases: Vec<Vec<Rule>>,
    }

    /// Unicode White_Space, for `[:WSpace:]`.
    const WHITE_SPACE: &str = "\\x{9}-\\x{D}\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";

    impl Transliterator {
        /// Compiles rules; an error names the statement that failed.
        pub fn compile(rules: &str) -> Result<Self, String> {
            let mut text = String::new();
            for line in rules.lines() {
                text.push_str(line.split('#').next().unwrap_or(""));
                text.push(' ');
            }
            let mut vars: HashMap<String, String> = HashMap::new();
            let mut phases: Vec<Vec<Rule>> = vec![Vec::new()];
            for statement in text.split(';').map(str::trim).filter(|s| !s.is_empty()) {
                if statement.starts_with("::") {
                    phases.push(Vec::new());
                    continue;
                }
                let arrow = statement.find(['→', '>']);
                if let (Some(rest), None) = (statement.strip_prefix('$'), arrow) {
                    let (name, value) = rest
                        .split_once('=')
                        .ok_or_else(|| format!("bad variable: {statement}"))?;
                    vars.insert(name.trim().to_string(), value.trim().to_string());
                    continue;
                }
                let split = arrow.ok_or_else(|| format!("no arrow: {statement}"))?;
                let (lhs, rhs) = statement.split_at(split);
                let rhs = rhs.trim_start_matches(['→', '>']);
                let lhs = lhs.trim();
                let (at_start, lhs) = match lhs.strip_prefix('^') {
                    Some(rest) => (true, rest),
                    None => (false, lhs),
                };
                let body = pattern(lhs, &vars)?;
                let pattern = Regex::new(&format!("^(?:{body})"))
                    .map_err(|e| format!("bad pattern in `{statement}`: {e}"))?;
                let (output, cursor) = replacement(rhs, &vars)?;
                if let Some(phase) = phases.last_mut() {
                    phase.push(Rule {
                        pattern,
                        at_start,
                        output,
                        cursor,
                    });
                }
            }
            phases.retain(|p| !p.is_empty());
            Ok(Transliterator { phases })
        }

        pub fn apply(&self, input: &str) -> String {
            let mut s = input.to_string();
            for rules in &self.phases {
                let mut pos = 0;
                while pos < s.len() {
                    let mut applied = None;
                    for rule in rules {
                        if rule.at_start && pos != 0 {
                            continue;
                        }
                        let Some(caps) = rule.pattern.captures(&s[pos..]) else {
                            continue;
                        };
                        let whole = caps.get(0).map_or(0, |m| m.end());
                        if whole == 0 {
                            continue;
                        }
                        let mut out = String::new();
                        let mut cursor_at = None;
                        for (i, piece) in rule.output.iter().enumerate() {
                            if rule.cursor == Some(i) {
                                cursor_at = Some(out.len());
                            }
                            match piece {
                                Piece::Text(t) => out.push_str(t),
                                Piece::Group(g) => {
                                    out.push_str(caps.get(*g).map_or("", |m| m.as_str()))
                                }
                            }
                        }
                        let advance = cursor_at.unwrap_or(out.len());
                        applied = Some((whole, out, advance));
                        break;
                    }
                    match applied {
                        Some((len, out, advance)) => {
                            s.replace_range(pos..pos + len, &out);
                            pos += advance;
                        }
                        None => pos += s[pos..].chars().next().map_or(1, char::len_utf8),
                    }
                }
            }
            s
        }
    }

    /// `\uXXXX` at `chars[i..]`, as a char.
    fn hex_escape(chars: &[char], i: usize) -> Option<char> {
        let hex: String = chars.get(i + 2..i + 6)?.iter().collect();
        u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
    }

    fn pattern(src: &str, vars: &HashMap<String, String>) -> Result<String, String> {
        let chars: Vec<char> = src.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            match c {
                c if c.is_whitespace() => i += 1,
                '[' => {
                    let (set, next) = char_set(&chars, i)?;
                    out.push_str(&set);
                    i = next;
                }
                '\\' if matches!(chars.get(i + 1), Some('u' | 'U')) => {
                    let ch = hex_escape(&chars, i).ok_or("bad \\u escape")?;
                    out.push_str(&regex::escape(&ch.to_string()));
                    i += 6;
                }
                '\\' => {
                    out.push_str(&regex::escape(
                        &chars.get(i + 1).copied().unwrap_or('\\').to_string(),
                    ));
                    i += 2;
                }
                '$' => {
                    let name: String = chars[i + 1..]
                        .iter()
                        .take_while(|c| c.is_alphanumeric() || **c == '_')
                        .collect();
                    if name.is_empty() {
                        out.push_str("\\z");
                        i += 1;
                    } else {
                        let value = vars.get(&name).ok_or_else(|| format!("unknown ${name}"))?;
                        out.push_str(&format!("(?:{})", pattern(value, vars)?));
                        i += 1 + name.chars().count();
                    }
                }
                '(' | ')' | '+' | '*' | '?' => {
                    out.push(c);
                    i += 1;
                }
                _ => {
                    out.push_str(&regex::escape(&c.to_string()));
                    i += 1;
                }
            }
        }
        Ok(out)
    }

    /// Parses `[...]` starting at `chars[start]`; returns the regex class and
    /// the index after the closing bracket.
    fn char_set(chars: &[char], start: usize) -> Result<(String, usize), String> {
        let mut i = start + 1;
        let mut out = String::from("[");
        if chars.get(i) == Some(&'^') {
            out.push('^');
            i += 1;
        }
        while i < chars.len() {
            let c = chars[i];
            match c {
                ']' => {
                    out.push(']');
                    return Ok((out, i + 1));
                }
                '[' => {
                    let rest: String = chars[i..].iter().take(10).collect();
                    if rest == "[:WSpace:]" {
                        out.push_str(WHITE_SPACE);
                        i += 10;
                    } else {
                        return Err(format!("unsupported nested set at {rest}"));
                    }
                }
                '\\' if matches!(chars.get(i + 1), Some('u' | 'U')) => {
                    let ch = hex_escape(chars, i).ok_or("bad \\u escape")?;
                    out.push_str(&format!("\\x{{{:X}}}", ch as u32));
                    i += 6;
                }
                '\\' => {
                    let ch = chars.get(i + 1).copied().unwrap_or('\\');
                    out.push_str(&format!("\\x{{{:X}}}", ch as u32));
                    i += 2;
                }
                '-' => {
                    out.push('-');
                    i += 1;
                }
                c if c.is_whitespace() => i += 1,
                c => {
                    out.push_str(&format!("\\x{{{:X}}}", c as u32));
                    i += 1;
                }
            }
        }
        Err("unterminated set".into())
    }

    fn replacement(
        src: &str,
        vars: &HashMap<String, String>,
    ) -> Result<(Vec<Piece>, Option<usize>), String> {
        let chars: Vec<char> = src.chars().collect();
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut cursor = None;
        let mut i = 0;
        let flush = |text: &mut String, pieces: &mut Vec<Piece>| {
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(text)));
            }
        };
        while i < chars.len() {
            let c = chars[i];
            match c {
                c if c.is_whitespace() => i += 1,
                '|' => {
                    flush(&mut text, &mut pieces);
                    cursor = Some(pieces.len());
                    i += 1;
                }
                '\\' if matches!(chars.get(i + 1), Some('u' | 'U')) => {
                    text.push(hex_escape(&chars, i).ok_or("bad \\u escape")?);
                    i += 6;
                }
                '$' => {
                    let name: String = chars[i + 1..]
                        .iter()
                        .take_while(|c| c.is_alphanumeric() || **c == '_')
                        .collect();
                    if let Ok(n) = name.parse::<usize>() {
                        flush(&mut text, &mut pieces);
                        pieces.push(Piece::Group(n));
                    } else {
                        let value = vars.get(&name).ok_or_else(|| format!("unknown ${name}"))?;
                        let (inner, _) = replacement(value, vars)?;
                        for p in inner {
                            if let Piece::Text(t) = p {
                                text.push_str(&t);
                            }
                        }
                    }
                    i += 1 + name.chars().count();
                }
                c => {
                    text.push(c);
                    i += 1;
                }
            }
        }
        flush(&mut text, &mut pieces);
        Ok((pieces, cursor))
    }
}

const RULES: &str = include_str!("../data/myanmar-tools/my-t-my-s0-zawgyi.txt");

/// A small deterministic generator (xorshift), so a failure replays.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn compiled_rules_convert_exactly_like_the_regex_reference() {
    let reference = reference::Transliterator::compile(RULES).unwrap();
    let src = include_str!("../data/myanmar-tools/mmgov_zawgyi_src.txt");
    for line in src.lines() {
        assert_eq!(zawgyi::convert(line), reference.apply(line), "{line}");
    }
    // Every character a rule names, white space and digits, plus a few
    // outside the block.
    let mut alphabet: Vec<char> = ('\u{1000}'..='\u{109F}').collect();
    alphabet.extend([
        ' ', '\u{A0}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\t', '\n', 'a',
        '1', '-', '|', '$', '\u{E000}',
    ]);
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    for _ in 0..5_000 {
        let len = 1 + rng.below(12);
        let text: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        assert_eq!(
            zawgyi::convert(&text),
            reference.apply(&text),
            "{:?}",
            text.chars().map(|c| c as u32).collect::<Vec<_>>()
        );
    }
    // Longer runs of the characters the quantified rules repeat.
    let runs = [
        '\u{1031}', '\u{103B}', '\u{103C}', '\u{103D}', '\u{103E}', '\u{1037}', '\u{102D}',
        '\u{1036}', '\u{200B}', ' ', '\u{1000}', '\u{1039}',
    ];
    for _ in 0..2_000 {
        let len = 1 + rng.below(24);
        let text: String = (0..len).map(|_| runs[rng.below(runs.len())]).collect();
        assert_eq!(zawgyi::convert(&text), reference.apply(&text), "{text:?}");
    }
}
