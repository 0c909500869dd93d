//! A small interpreter for the subset of ICU/CLDR transform rules that the
//! Zawgyi rule files use: `$variables`, character sets (`[\u1000-\u1021]`,
//! `[^…]`, `[:WSpace:]`), groups with `+ * ?`, `^` and `$` anchors, `$n`
//! back-references, a `|` cursor, and `::Null;` phase separators.
//!
//! Semantics follow ICU: each phase scans the text once from the start; at
//! each position the first rule that matches is applied and the scan
//! continues after its output (or at the `|` cursor); where no rule matches
//! the scan moves one character on.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_contexts_groups_and_cursor() {
        let t = Transliterator::compile(
            "$v = [aeiou];\n\
             ^ x > X ;  # only at the start\n\
             ($v) b > b $1 ;\n\
             y $ > Y ;\n\
             ::Null;\n\
             X > | Z ;\n\
             Z > z ;",
        )
        .unwrap();
        assert_eq!(t.apply("xab"), "zba");
        assert_eq!(t.apply("axab"), "axba");
        assert_eq!(t.apply("yay"), "yaY");
        assert_eq!(t.apply(""), "");
    }

    #[test]
    fn bad_rules_are_reported_not_panicked() {
        assert!(Transliterator::compile("a > $missing ;").is_err());
        assert!(Transliterator::compile("[abc > d ;").is_err());
    }
}
