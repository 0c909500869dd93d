//! Text as terminals lay it out.
//!
//! ratatui puts one grapheme cluster in one buffer cell and gives it the
//! width `unicode-width` computes for the whole cluster. Terminals such as
//! tmux, xterm and VTE do not cluster: every code point with a `wcwidth` of
//! one or two takes its own cell(s) and zero-width code points (combining
//! marks, vowel signs above and below) join the cell before them. Two things
//! then go wrong with Burmese, Khmer, Thai and Lao:
//!
//! * a cluster such as Burmese `ကြေ` (three spacing code points) is one
//!   ratatui cell of width 3 but three terminal cells; when a later frame
//!   changes only part of that area, ratatui's diff leaves pieces of the
//!   old cluster on screen;
//! * `unicode-width` treats a Khmer consonant after the coeng sign (U+17D2)
//!   as zero-width, so `ខ្ទ` measures 1 while the terminal draws 2: every
//!   such cluster pushes the rest of the row, and the right border, one
//!   column further.
//!
//! [`fit`] splits each cluster whose parts the terminal draws in separate
//! cells with WORD JOINER (U+2060). It is zero-width and a grapheme of its
//! own, so ratatui breaks the cluster there, measures each part alone (the
//! same sum as the terminal), and never sends the joiner itself. Word
//! wrapping is unchanged: the joiner is not white space.

use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::Span;

const JOINER: char = '\u{2060}';

/// Width of one code point as a terminal draws it (0, 1 or 2).
fn char_width(c: char) -> usize {
    let mut buf = [0u8; 4];
    Span::raw(&*c.encode_utf8(&mut buf)).width()
}

/// `text` with every grapheme cluster that a terminal draws in several
/// cells split into parts of one cell (or one wide character) each.
pub(crate) fn fit(text: &str) -> String {
    // Fast path: nothing outside Latin, punctuation and box drawing.
    if text.chars().all(|c| (c as u32) < 0x0300) {
        return text.to_string();
    }
    // Keep control characters (line breaks) that styled_graphemes drops.
    if text.contains('\n') {
        return text
            .split('\n')
            .map(|part| fit(part.trim_end_matches('\r')))
            .collect::<Vec<_>>()
            .join("\n");
    }
    let mut out = String::with_capacity(text.len() + 16);
    let span = Span::raw(text);
    for g in span.styled_graphemes(Style::default()) {
        let symbol = g.symbol;
        let spacing = symbol.chars().filter(|c| char_width(*c) > 0).count();
        if spacing <= 1 {
            out.push_str(symbol);
            continue;
        }
        // Parts: each starts at a spacing code point and takes the
        // zero-width ones after it; zero-width ones before the first
        // spacing one stay with it.
        let mut seen_spacing = false;
        for c in symbol.chars() {
            if char_width(c) > 0 {
                if seen_spacing {
                    out.push(JOINER);
                }
                seen_spacing = true;
            }
            out.push(c);
        }
    }
    out
}

/// Removes the joiners that a widget kept (a block title appends
/// zero-width graphemes to the cell before): they have done their work.
pub(crate) fn scrub(buf: &mut Buffer) {
    for cell in &mut buf.content {
        if cell.symbol().contains(JOINER) {
            let clean = cell.symbol().replace(JOINER, "");
            cell.set_symbol(if clean.is_empty() { " " } else { &clean });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many cells `text` takes on a terminal.
    fn terminal_cells(text: &str) -> usize {
        text.chars().map(char_width).sum()
    }

    /// What ratatui will put in each cell: (symbol, width).
    fn ratatui_cells(text: &str) -> Vec<(String, usize)> {
        Span::raw(text)
            .styled_graphemes(Style::default())
            .map(|g| (g.symbol.to_string(), Span::raw(g.symbol).width()))
            .filter(|(_, w)| *w > 0)
            .collect()
    }

    #[test]
    fn latin_is_untouched() {
        assert_eq!(fit("Quiet contact — Sent"), "Quiet contact — Sent");
        assert_eq!(fit("Tiếng Việt"), "Tiếng Việt");
    }

    #[test]
    fn every_cell_is_what_the_terminal_draws() {
        for text in [
            "ကြေ မြန်မာ လေ့လာ ခိုင်းစေ",
            "ខ្ទ ឈ្មោះ ខ្ញុំ ធ្វើ",
            "ภาษาไทย น้ำ กำลัง",
            "ພາສາລາວ ນ້ຳ",
            "日本語 🌐",
        ] {
            let fitted = fit(text);
            let cells = ratatui_cells(&fitted);
            let total: usize = cells.iter().map(|(_, w)| w).sum();
            assert_eq!(total, terminal_cells(text), "{text}");
            for (symbol, w) in &cells {
                assert_eq!(*w, terminal_cells(symbol), "{text}: {symbol:?}");
                let spacing = symbol.chars().filter(|c| char_width(*c) > 0).count();
                assert!(spacing <= 1, "{text}: {symbol:?}");
            }
            // Nothing is lost but the joiners.
            assert_eq!(fitted.replace(JOINER, ""), text);
        }
    }

    #[test]
    fn titles_send_no_joiner() {
        use ratatui::layout::Rect;
        use ratatui::widgets::{Block, Borders, Widget};
        let mut buf = Buffer::empty(Rect::new(0, 0, 30, 3));
        Block::default()
            .borders(Borders::ALL)
            .title(fit("ဖျားယောင်း ខ្ញុំ"))
            .render(buf.area, &mut buf);
        scrub(&mut buf);
        assert!(buf.content.iter().all(|c| !c.symbol().contains(JOINER)));
    }

    #[test]
    fn line_breaks_survive() {
        assert_eq!(fit("ខ្ទ\nក").replace(JOINER, ""), "ខ្ទ\nក");
    }
}
