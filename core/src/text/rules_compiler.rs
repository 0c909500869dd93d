//! Compiles the subset of ICU/CLDR transform rules that the Zawgyi rule
//! files use into [`Tables`] for [`super::transliterate`]: `$variables`,
//! character sets (`[\u1000-\u1021]`, `[^…]`, `[:WSpace:]`), groups with
//! `+ * ?`, `^` and `$` anchors, `$n` back-references, a `|` cursor, and
//! `::Null;` phase separators.
//!
//! Used by `core/build.rs` (which writes the compiled tables as Rust
//! source with [`Compiled::to_rust`]) and by the tests; the library itself
//! never parses rules. Anything outside the subset is an error, so a new
//! rule file that needs more fails the build instead of converting
//! differently.

use std::collections::HashMap;

use super::transliterate::{Inst, Piece, Rule, Tables};

/// Unicode White_Space, for `[:WSpace:]`.
const WHITE_SPACE: &[(char, char)] = &[
    ('\u{9}', '\u{D}'),
    ('\u{20}', '\u{20}'),
    ('\u{85}', '\u{85}'),
    ('\u{A0}', '\u{A0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200A}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202F}', '\u{202F}'),
    ('\u{205F}', '\u{205F}'),
    ('\u{3000}', '\u{3000}'),
];

/// A compiled rule file, owning its tables.
#[derive(Debug, Default)]
pub struct Compiled {
    insts: Vec<Inst>,
    ranges: Vec<(char, char)>,
    text: String,
    pieces: Vec<Piece>,
    rules: Vec<Rule>,
    phases: Vec<(u32, u32)>,
}

#[derive(Debug)]
enum Node {
    Char(char),
    Set(Vec<(char, char)>, bool),
    /// A capture group (with its number) or a plain group (a variable).
    Group(Option<usize>, Vec<Node>),
    Repeat(Box<Node>, Rep),
    End,
}

#[derive(Debug, Clone, Copy)]
enum Rep {
    Plus,
    Star,
    Quest,
}

impl Node {
    /// Whether it can match the empty string.
    fn nullable(&self) -> bool {
        match self {
            Node::Char(_) | Node::Set(..) => false,
            Node::End => true,
            Node::Group(_, body) => body.iter().all(Node::nullable),
            Node::Repeat(_, Rep::Star | Rep::Quest) => true,
            Node::Repeat(inner, Rep::Plus) => inner.nullable(),
        }
    }
}

/// Compiles rules; an error names the statement that failed.
pub fn compile(rules: &str) -> Result<Compiled, String> {
    let mut text = String::new();
    for line in rules.lines() {
        text.push_str(line.split('#').next().unwrap_or(""));
        text.push(' ');
    }
    let mut vars: HashMap<String, String> = HashMap::new();
    let mut out = Compiled::default();
    let mut phase_start = 0u32;
    for statement in text.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        if statement.starts_with("::") {
            out.end_phase(&mut phase_start);
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
        let mut groups = 0;
        let body = pattern(lhs, &vars, &mut groups)
            .map_err(|e| format!("bad pattern in `{statement}`: {e}"))?;
        let (output, cursor) = replacement(rhs, &vars)?;
        out.push_rule(&body, groups, at_start, &output, cursor)?;
    }
    out.end_phase(&mut phase_start);
    Ok(out)
}

/// An output piece before it is placed in the text table.
enum OutPiece {
    Text(String),
    Group(usize),
}

impl Compiled {
    /// The tables, borrowed.
    pub fn tables(&self) -> Tables<'_> {
        Tables {
            insts: &self.insts,
            ranges: &self.ranges,
            text: &self.text,
            pieces: &self.pieces,
            rules: &self.rules,
            phases: &self.phases,
        }
    }

    /// Rust source for a `static NAME: Tables<'static>`, for a file that
    /// has `Inst`, `Piece`, `Rule` and `Tables` of `transliterate` in scope.
    pub fn to_rust(&self, name: &str) -> String {
        let insts: Vec<String> = self.insts.iter().map(|i| format!("Inst::{i:?}")).collect();
        let pieces: Vec<String> = self
            .pieces
            .iter()
            .map(|p| format!("Piece::{p:?}"))
            .collect();
        format!(
            "pub static {name}: Tables<'static> = Tables {{\n    insts: &[{}],\n    ranges: &{:?},\n    text: {:?},\n    pieces: &[{}],\n    rules: &{:?},\n    phases: &{:?},\n}};\n",
            insts.join(", "),
            self.ranges,
            self.text,
            pieces.join(", "),
            self.rules,
            self.phases,
        )
    }

    fn end_phase(&mut self, start: &mut u32) {
        let end = self.rules.len() as u32;
        if end > *start {
            self.phases.push((*start, end));
        }
        *start = end;
    }

    fn push_rule(
        &mut self,
        body: &[Node],
        groups: usize,
        at_start: bool,
        output: &[OutPiece],
        cursor: Option<usize>,
    ) -> Result<(), String> {
        let start = index(self.insts.len())?;
        for node in body {
            self.emit(node)?;
        }
        self.insts.push(Inst::Match);
        let out_start = index(self.pieces.len())?;
        for piece in output {
            match piece {
                OutPiece::Text(t) => {
                    let a = index(self.text.len())?;
                    self.text.push_str(t);
                    self.pieces.push(Piece::Text(a, index(self.text.len())?));
                }
                OutPiece::Group(g) => self.pieces.push(Piece::Group(
                    u8::try_from(*g).map_err(|_| "group number too large")?,
                )),
            }
        }
        self.rules.push(Rule {
            start,
            at_start,
            out_start,
            out_end: index(self.pieces.len())?,
            cursor: cursor.map(index).transpose()?,
            slots: u8::try_from(2 * (groups + 1)).map_err(|_| "too many groups")?,
        });
        Ok(())
    }

    fn emit(&mut self, node: &Node) -> Result<(), String> {
        match node {
            Node::Char(c) => self.insts.push(Inst::Char(*c)),
            Node::Set(ranges, negated) => {
                let a = index(self.ranges.len())?;
                self.ranges.extend_from_slice(ranges);
                self.insts
                    .push(Inst::Set(a, index(self.ranges.len())?, *negated));
            }
            Node::End => self.insts.push(Inst::End),
            Node::Group(number, body) => {
                let slot = |n: usize| u8::try_from(n).map_err(|_| "too many groups".to_string());
                if let Some(n) = number {
                    self.insts.push(Inst::Save(slot(2 * n)?));
                }
                for n in body {
                    self.emit(n)?;
                }
                if let Some(n) = number {
                    self.insts.push(Inst::Save(slot(2 * n + 1)?));
                }
            }
            Node::Repeat(inner, rep) => {
                if inner.nullable() {
                    return Err("a repeated part can match nothing".into());
                }
                let top = index(self.insts.len())?;
                match rep {
                    Rep::Plus => {
                        self.emit(inner)?;
                        let after = index(self.insts.len() + 1)?;
                        self.insts.push(Inst::Split(top, after));
                    }
                    Rep::Star => {
                        self.insts.push(Inst::Split(top + 1, 0));
                        self.emit(inner)?;
                        self.insts.push(Inst::Jump(top));
                        let after = index(self.insts.len())?;
                        self.insts[top as usize] = Inst::Split(top + 1, after);
                    }
                    Rep::Quest => {
                        self.insts.push(Inst::Split(top + 1, 0));
                        self.emit(inner)?;
                        let after = index(self.insts.len())?;
                        self.insts[top as usize] = Inst::Split(top + 1, after);
                    }
                }
            }
        }
        Ok(())
    }
}

fn index(n: usize) -> Result<u32, String> {
    u32::try_from(n).map_err(|_| "rules too large".to_string())
}

/// `\uXXXX` at `chars[i..]`, as a char.
fn hex_escape(chars: &[char], i: usize) -> Option<char> {
    let hex: String = chars.get(i + 2..i + 6)?.iter().collect();
    u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
}

/// A variable or group name at `chars[i..]`.
fn name_at(chars: &[char], i: usize) -> String {
    chars
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .take_while(|c| c.is_alphanumeric() || **c == '_')
        .collect()
}

/// Parses a pattern into a sequence; capture groups are numbered from
/// `groups + 1` in the order they open, variables expanded in place.
fn pattern(
    src: &str,
    vars: &HashMap<String, String>,
    groups: &mut usize,
) -> Result<Vec<Node>, String> {
    let chars: Vec<char> = src.chars().collect();
    // Open groups: their number and the sequence before them.
    let mut open: Vec<(usize, Vec<Node>)> = Vec::new();
    let mut seq: Vec<Node> = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            c if c.is_whitespace() => i += 1,
            '[' => {
                let (set, negated, next) = char_set(&chars, i)?;
                seq.push(Node::Set(set, negated));
                i = next;
            }
            '\\' if matches!(chars.get(i + 1), Some('u' | 'U')) => {
                seq.push(Node::Char(hex_escape(&chars, i).ok_or("bad \\u escape")?));
                i += 6;
            }
            '\\' => {
                seq.push(Node::Char(chars.get(i + 1).copied().unwrap_or('\\')));
                i += 2;
            }
            '$' => {
                let name = name_at(&chars, i + 1);
                if name.is_empty() {
                    seq.push(Node::End);
                    i += 1;
                } else {
                    let value = vars.get(&name).ok_or_else(|| format!("unknown ${name}"))?;
                    seq.push(Node::Group(None, pattern(value, vars, groups)?));
                    i += 1 + name.chars().count();
                }
            }
            '(' => {
                *groups += 1;
                open.push((*groups, std::mem::take(&mut seq)));
                i += 1;
            }
            ')' => {
                let (number, before) = open.pop().ok_or("unbalanced )")?;
                let body = std::mem::replace(&mut seq, before);
                seq.push(Node::Group(Some(number), body));
                i += 1;
            }
            '+' | '*' | '?' => {
                let rep = match c {
                    '+' => Rep::Plus,
                    '*' => Rep::Star,
                    _ => Rep::Quest,
                };
                match seq.pop() {
                    None => return Err(format!("nothing to repeat before {c}")),
                    Some(Node::Repeat(..)) => return Err(format!("stacked quantifier {c}")),
                    Some(last) => seq.push(Node::Repeat(Box::new(last), rep)),
                }
                i += 1;
            }
            c => {
                seq.push(Node::Char(c));
                i += 1;
            }
        }
    }
    if !open.is_empty() {
        return Err("unbalanced (".into());
    }
    Ok(seq)
}

type Ranges = Vec<(char, char)>;

/// One member of a set before ranges are formed.
enum Member {
    Char(char),
    /// A bare `-`: a range between its neighbours, or itself.
    Dash,
    Ranges(&'static [(char, char)]),
}

/// Parses `[...]` starting at `chars[start]`; returns its ranges, whether
/// it is negated, and the index after the closing bracket. `a-b` is a
/// range; a `-` that cannot be one (first, last, after a range) is itself.
fn char_set(chars: &[char], start: usize) -> Result<(Ranges, bool, usize), String> {
    let mut i = start + 1;
    let negated = chars.get(i) == Some(&'^');
    if negated {
        i += 1;
    }
    let mut members: Vec<Member> = Vec::new();
    let mut end = None;
    while let Some(&c) = chars.get(i) {
        match c {
            ']' => {
                end = Some(i + 1);
                break;
            }
            '[' => {
                let rest: String = chars[i..].iter().take(10).collect();
                if rest == "[:WSpace:]" {
                    members.push(Member::Ranges(WHITE_SPACE));
                    i += 10;
                } else {
                    return Err(format!("unsupported nested set at {rest}"));
                }
            }
            '\\' if matches!(chars.get(i + 1), Some('u' | 'U')) => {
                members.push(Member::Char(hex_escape(chars, i).ok_or("bad \\u escape")?));
                i += 6;
            }
            '\\' => {
                members.push(Member::Char(chars.get(i + 1).copied().unwrap_or('\\')));
                i += 2;
            }
            '-' => {
                members.push(Member::Dash);
                i += 1;
            }
            c if c.is_whitespace() => i += 1,
            c => {
                members.push(Member::Char(c));
                i += 1;
            }
        }
    }
    let end = end.ok_or("unterminated set")?;
    let mut ranges = Vec::new();
    let mut k = 0;
    while let Some(member) = members.get(k) {
        match (member, members.get(k + 1), members.get(k + 2)) {
            (Member::Char(lo), Some(Member::Dash), Some(Member::Char(hi))) => {
                if lo > hi {
                    return Err(format!("bad range {lo}-{hi}"));
                }
                ranges.push((*lo, *hi));
                k += 3;
                continue;
            }
            (Member::Char(c), _, _) => ranges.push((*c, *c)),
            (Member::Dash, _, _) => ranges.push(('-', '-')),
            (Member::Ranges(r), _, _) => ranges.extend_from_slice(r),
        }
        k += 1;
    }
    Ok((ranges, negated, end))
}

fn replacement(
    src: &str,
    vars: &HashMap<String, String>,
) -> Result<(Vec<OutPiece>, Option<usize>), String> {
    let chars: Vec<char> = src.chars().collect();
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut cursor = None;
    let mut i = 0;
    let flush = |text: &mut String, pieces: &mut Vec<OutPiece>| {
        if !text.is_empty() {
            pieces.push(OutPiece::Text(std::mem::take(text)));
        }
    };
    while let Some(&c) = chars.get(i) {
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
                let name = name_at(&chars, i + 1);
                if let Ok(n) = name.parse::<usize>() {
                    flush(&mut text, &mut pieces);
                    pieces.push(OutPiece::Group(n));
                } else {
                    let value = vars.get(&name).ok_or_else(|| format!("unknown ${name}"))?;
                    let (inner, _) = replacement(value, vars)?;
                    for p in inner {
                        if let OutPiece::Text(t) = p {
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
