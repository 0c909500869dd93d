//! Zawgyi detection and conversion for Burmese text.
//!
//! Many phones in Myanmar still type Zawgyi, a font hack that reuses the
//! Myanmar Unicode block with different meanings. Text typed that way is
//! detected with google/myanmar-tools' Markov model (`zawgyiUnicodeModel.dat`,
//! read here by original code) and converted with the CLDR `Zawgyi-my`
//! transform rules, compiled at build time (`core/build.rs`) and run by
//! [`super::transliterate`]. Data: Apache-2.0 / Unicode terms, see
//! `core/data/myanmar-tools/`.
//!
//! Converts only text it is handed; must never change stored text or log
//! what it converts.

use std::sync::LazyLock;

/// The `Zawgyi-my` rules as compiled by `core/build.rs`.
mod rules {
    use super::super::transliterate::{Inst, Piece, Rule, Tables};
    include!(concat!(env!("OUT_DIR"), "/zawgyi_rules.rs"));
}

/// Above this probability text is treated as Zawgyi and converted; the
/// model's authors give it as the threshold that wrongly flags fewer than
/// 1% of Unicode strings.
pub const ZAWGYI_THRESHOLD: f64 = 0.95;

static MODEL: LazyLock<Option<Model>> = LazyLock::new(|| {
    Model::parse(include_bytes!(
        "../../data/myanmar-tools/zawgyiUnicodeModel.dat"
    ))
});

/// The Markov model: log-probability differences (Unicode − Zawgyi) per
/// transition between states.
#[derive(Debug)]
struct Model {
    size: usize,
    deltas: Vec<f32>,
    with_spaces: bool,
}

impl Model {
    fn parse(data: &[u8]) -> Option<Model> {
        let mut r = Reader { data, pos: 0 };
        if r.bytes(8)? != b"UZMODEL " {
            return None;
        }
        let with_spaces = match r.i32()? {
            1 => true,
            2 => r.i32()? == 0,
            _ => return None,
        };
        if r.bytes(8)? != b"BMARKOV " || r.i32()? != 0 {
            return None;
        }
        let size = usize::try_from(r.i16()?).ok()?;
        let mut deltas = vec![0f32; size * size];
        for row in 0..size {
            let count = r.i16()?;
            if count == 0 {
                continue;
            }
            let default = r.f32()?;
            deltas[row * size..(row + 1) * size].fill(default);
            for _ in 0..count {
                let col = usize::try_from(r.i16()?).ok()?;
                let value = r.f32()?;
                *deltas.get_mut(row * size + col)? = value;
            }
        }
        Some(Model {
            size,
            deltas,
            with_spaces,
        })
    }

    fn state(&self, c: char) -> usize {
        let cp = c as u32;
        let ranges: [(u32, u32); 5] = [
            (0x1000, 0x103F),
            (0x104A, 0x109F),
            (0xAA60, 0xAA7F),
            (0xA9E0, 0xA9FF),
            (0x2000, 0x200B),
        ];
        let mut offset = 1;
        for (i, (lo, hi)) in ranges.iter().enumerate() {
            if i == 4 && !self.with_spaces {
                break;
            }
            if (*lo..=*hi).contains(&cp) {
                return (cp - lo) as usize + offset;
            }
            offset += (hi - lo + 1) as usize;
        }
        0
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn bytes(&mut self, n: usize) -> Option<&[u8]> {
        let out = self.data.get(self.pos..self.pos + n)?;
        self.pos += n;
        Some(out)
    }
    fn i32(&mut self) -> Option<i32> {
        Some(i32::from_be_bytes(self.bytes(4)?.try_into().ok()?))
    }
    fn i16(&mut self) -> Option<i16> {
        Some(i16::from_be_bytes(self.bytes(2)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_be_bytes(self.bytes(4)?.try_into().ok()?))
    }
}

/// The probability that `text` is Zawgyi given that it is Burmese in either
/// encoding; `f64::NEG_INFINITY` when it holds no Myanmar-range characters.
pub fn zawgyi_probability(text: &str) -> f64 {
    let Some(model) = MODEL.as_ref() else {
        return f64::NEG_INFINITY;
    };
    let mut prev = 0usize;
    let mut total = 0f64;
    let mut seen = false;
    for state in text
        .chars()
        .map(|c| model.state(c))
        .chain(std::iter::once(0))
    {
        if prev != 0 || state != 0 {
            total += f64::from(
                model
                    .deltas
                    .get(prev * model.size + state)
                    .copied()
                    .unwrap_or(0.0),
            );
            seen = true;
        }
        prev = state;
    }
    if !seen {
        return f64::NEG_INFINITY;
    }
    1.0 / (1.0 + total.exp())
}

/// Zawgyi → Unicode, whatever the input (use [`to_unicode_if_zawgyi`] for
/// text that may already be Unicode).
pub fn convert(text: &str) -> String {
    rules::ZAWGYI.apply(text)
}

/// Converts `text` only when the detector is confident it is Zawgyi.
pub fn to_unicode_if_zawgyi(text: &str) -> String {
    if zawgyi_probability(text) > ZAWGYI_THRESHOLD {
        convert(text)
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_model_and_rules_load() {
        assert!(MODEL.is_some());
        assert!(rules::ZAWGYI.rules.len() > 100);
        // The build compiled exactly what the rule file says.
        let fresh = super::super::rules_compiler::compile(include_str!(
            "../../data/myanmar-tools/my-t-my-s0-zawgyi.txt"
        ))
        .unwrap();
        assert_eq!(fresh.tables().rules, rules::ZAWGYI.rules);
        assert_eq!(fresh.tables().insts, rules::ZAWGYI.insts);
        assert_eq!(
            fresh.to_rust("ZAWGYI"),
            include_str!(concat!(env!("OUT_DIR"), "/zawgyi_rules.rs"))
        );
    }

    #[test]
    fn reproduces_the_compatibility_table() {
        let table = include_str!("../../data/myanmar-tools/compatibility.tsv");
        let mut checked = 0;
        for line in table.lines().filter(|l| !l.is_empty()) {
            let (expected, text) = line.split_once('\t').unwrap();
            let got = zawgyi_probability(text);
            if expected == "-Infinity" {
                assert_eq!(got, f64::NEG_INFINITY, "{text}");
            } else {
                let expected: f64 = expected.parse().unwrap();
                let tolerance = 1e-9_f64.max(expected.abs() * 1e-6);
                assert!(
                    (got - expected).abs() <= tolerance,
                    "{text}: {got} vs {expected}"
                );
            }
            checked += 1;
        }
        assert_eq!(checked, 50);
    }

    #[test]
    fn converts_the_government_text_line_for_line() {
        let src = include_str!("../../data/myanmar-tools/mmgov_zawgyi_src.txt");
        let expected = include_str!("../../data/myanmar-tools/mmgov_unicode_out.txt");
        let mut lines = 0;
        for (z, u) in src.lines().zip(expected.lines()) {
            assert_eq!(convert(z), u);
            lines += 1;
        }
        assert_eq!(lines, expected.lines().count());
    }

    #[test]
    fn unicode_text_is_left_alone() {
        let unicode = "မင်္ဂလာပါ။ ကျွန်တော် ရန်ကုန်မှာ နေပါတယ်။";
        assert!(zawgyi_probability(unicode) < 0.05);
        assert_eq!(to_unicode_if_zawgyi(unicode), unicode);
        assert_eq!(to_unicode_if_zawgyi("hello"), "hello");
    }
}
