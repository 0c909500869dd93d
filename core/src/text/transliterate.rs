//! Runs compiled ICU/CLDR transform rules (the Zawgyi → Unicode rules).
//!
//! The rule text is compiled at build time by `rules_compiler.rs` (which
//! `core/build.rs` includes) into the flat [`Tables`] below: one small
//! backtracking program per rule, so the library ships no regex engine and
//! parses no rules at start.
//!
//! Semantics follow ICU: each phase scans the text once from the start; at
//! each position the first rule that matches is applied and the scan
//! continues after its output (or at the `|` cursor); where no rule matches
//! the scan moves one character on. A rule's pattern matches anchored at
//! the scan position and takes the first match in priority order (greedy
//! quantifiers, earlier alternatives first), as a backtracking regex engine
//! and the `regex` crate's leftmost-first search would.

/// One instruction of a rule's pattern program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inst {
    /// Matches exactly this character.
    Char(char),
    /// Matches one character inside `ranges[.0 .. .1]` (outside, when `.2`).
    Set(u32, u32, bool),
    /// Continues at `.0`; when that fails, at `.1`.
    Split(u32, u32),
    /// Continues at `.0`.
    Jump(u32),
    /// Records the current position in capture slot `.0` (group n opens
    /// at slot 2n and closes at 2n + 1).
    Save(u8),
    /// Matches only at the end of the text.
    End,
    /// The pattern matched.
    Match,
}

/// A piece of a rule's output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    /// `text[.0 .. .1]` of the tables.
    Text(u32, u32),
    /// What capture group `.0` matched (nothing when it did not take part).
    Group(u8),
}

/// One rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The first instruction of its pattern.
    pub start: u32,
    /// The rule began with `^`: only at the start of the text.
    pub at_start: bool,
    /// Its output: `pieces[out_start .. out_end]`.
    pub out_start: u32,
    pub out_end: u32,
    /// Index into its output pieces where the cursor goes (`|`), if any.
    pub cursor: Option<u32>,
    /// Capture slots its pattern uses.
    pub slots: u8,
}

/// A compiled rule file: every table borrowed, so it can be a `static`.
#[derive(Debug, Clone, Copy)]
pub struct Tables<'a> {
    pub insts: &'a [Inst],
    pub ranges: &'a [(char, char)],
    pub text: &'a str,
    pub pieces: &'a [Piece],
    pub rules: &'a [Rule],
    /// Each phase: `rules[.0 .. .1]`.
    pub phases: &'a [(u32, u32)],
}

/// A choice point of the backtracking matcher.
enum Frame {
    Try { pc: usize, at: usize },
    Restore { slot: usize, old: Option<usize> },
}

impl Tables<'_> {
    /// Runs every phase over `input`.
    pub fn apply(&self, input: &str) -> String {
        let mut s = input.to_string();
        let mut slots: Vec<Option<usize>> = Vec::new();
        let mut stack: Vec<Frame> = Vec::new();
        for &(first, last) in self.phases {
            let rules = self.rules.get(first as usize..last as usize).unwrap_or(&[]);
            let mut pos = 0;
            while pos < s.len() {
                let mut applied = None;
                for rule in rules {
                    if rule.at_start && pos != 0 {
                        continue;
                    }
                    slots.clear();
                    slots.resize(usize::from(rule.slots), None);
                    let Some(end) = self.run(rule.start as usize, &s, pos, &mut slots, &mut stack)
                    else {
                        continue;
                    };
                    if end == pos {
                        continue;
                    }
                    let mut out = String::new();
                    let mut cursor_at = None;
                    let pieces = self
                        .pieces
                        .get(rule.out_start as usize..rule.out_end as usize)
                        .unwrap_or(&[]);
                    for (i, piece) in pieces.iter().enumerate() {
                        if rule.cursor == Some(i as u32) {
                            cursor_at = Some(out.len());
                        }
                        match *piece {
                            Piece::Text(a, b) => {
                                out.push_str(self.text.get(a as usize..b as usize).unwrap_or(""))
                            }
                            Piece::Group(g) => {
                                let g = usize::from(g);
                                let open = slots.get(2 * g).copied().flatten();
                                let close = slots.get(2 * g + 1).copied().flatten();
                                if let (Some(a), Some(b)) = (open, close) {
                                    out.push_str(s.get(a..b).unwrap_or(""));
                                }
                            }
                        }
                    }
                    let advance = cursor_at.unwrap_or(out.len());
                    applied = Some((end - pos, out, advance));
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

    /// Runs the program at `pc` anchored at byte `start` of `text`; the end
    /// of the first match in priority order, captures in `slots`.
    fn run(
        &self,
        mut pc: usize,
        text: &str,
        start: usize,
        slots: &mut [Option<usize>],
        stack: &mut Vec<Frame>,
    ) -> Option<usize> {
        stack.clear();
        let mut at = start;
        loop {
            let ok = match self.insts.get(pc).copied().unwrap_or(Inst::Match) {
                Inst::Char(c) => {
                    let next = text.get(at..).and_then(|t| t.chars().next());
                    if next == Some(c) {
                        at += c.len_utf8();
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Set(a, b, negated) => match text.get(at..).and_then(|t| t.chars().next()) {
                    Some(c) if self.in_set(a, b, c) != negated => {
                        at += c.len_utf8();
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Split(first, then) => {
                    stack.push(Frame::Try {
                        pc: then as usize,
                        at,
                    });
                    pc = first as usize;
                    true
                }
                Inst::Jump(to) => {
                    pc = to as usize;
                    true
                }
                Inst::Save(slot) => {
                    let slot = usize::from(slot);
                    if let Some(s) = slots.get_mut(slot) {
                        stack.push(Frame::Restore { slot, old: *s });
                        *s = Some(at);
                    }
                    pc += 1;
                    true
                }
                Inst::End => {
                    if at == text.len() {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Match => return Some(at),
            };
            if !ok {
                loop {
                    match stack.pop() {
                        None => return None,
                        Some(Frame::Restore { slot, old }) => {
                            if let Some(s) = slots.get_mut(slot) {
                                *s = old;
                            }
                        }
                        Some(Frame::Try { pc: p, at: a }) => {
                            pc = p;
                            at = a;
                            break;
                        }
                    }
                }
            }
        }
    }

    fn in_set(&self, a: u32, b: u32, c: char) -> bool {
        self.ranges
            .get(a as usize..b as usize)
            .unwrap_or(&[])
            .iter()
            .any(|&(lo, hi)| lo <= c && c <= hi)
    }
}

#[cfg(test)]
mod tests {
    use super::super::rules_compiler::compile;

    #[test]
    fn phases_contexts_groups_and_cursor() {
        let t = compile(
            "$v = [aeiou];\n\
             ^ x > X ;  # only at the start\n\
             ($v) b > b $1 ;\n\
             y $ > Y ;\n\
             ::Null;\n\
             X > | Z ;\n\
             Z > z ;",
        )
        .unwrap();
        let t = t.tables();
        assert_eq!(t.apply("xab"), "zba");
        assert_eq!(t.apply("axab"), "axba");
        assert_eq!(t.apply("yay"), "yaY");
        assert_eq!(t.apply(""), "");
    }

    #[test]
    fn greedy_quantifiers_backtrack_in_priority_order() {
        // `a*` first takes every a, then gives one back for the final `a`;
        // `(b)+` reports its last repetition; `?` prefers taking.
        let t = compile("(a*) a c > [$1] ; x y? > Q ;").unwrap();
        let t = t.tables();
        assert_eq!(t.apply("aaac"), "[aa]");
        assert_eq!(t.apply("xyx"), "QQ");
        let t = compile("([bc])+ > <$1> ; ").unwrap();
        assert_eq!(t.tables().apply("abcbd"), "a<b>d");
        // A group that takes no part outputs nothing.
        let t = compile("(q)? z > [$1] ; ").unwrap();
        assert_eq!(t.tables().apply("z qz"), "[] [q]");
    }

    #[test]
    fn bad_rules_are_reported_not_panicked() {
        assert!(compile("a > $missing ;").is_err());
        assert!(compile("[abc > d ;").is_err());
        assert!(compile("(a > b ;").is_err());
        assert!(compile("a) > b ;").is_err());
        assert!(compile("+ > b ;").is_err());
        assert!(compile("a+* > b ;").is_err());
        // A repeated part that can match nothing would loop for ever.
        assert!(compile("(a*)+ > b ;").is_err());
        assert!(compile("[z-a] > b ;").is_err());
    }
}
