//! Classroom mode in the terminal app: choosing a lesson, then one
//! teacher-led session step by step (pre-test, lesson, discussion,
//! post-test, summary) with the anonymous hand count on each question.
//!
//! The session lives in the core, in memory only; this file only draws its
//! screen models and sends the teacher's keys: ↑↓ choose an option (or
//! scroll), `+`/space add a raised hand, `-` takes one back, → or ⏎ show
//! the answer / go on, ← goes back, Esc ends the session.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::text::Line;

use super::view::{bold, item, plain};
use super::{App, View, step};

/// The key hints under a classroom session (symbols only).
pub(super) const HINTS: &str = "↑↓  + −  ← →/⏎  Esc ⏹  F2 🌐  Ctrl-X ⏏";

impl App {
    /// The lesson chooser: ⏎ starts a session of the chosen lesson.
    pub(super) fn classroom_pick_key(&mut self, sel: usize, key: KeyEvent) -> View {
        let lessons = self.w.content().lessons_screen().lessons;
        match key.code {
            KeyCode::Enter => match lessons
                .get(sel)
                .map(|l| self.w.content().classroom_start(&l.id))
            {
                Some(Ok(_)) => View::Classroom { sel: 0 },
                Some(Err(e)) => {
                    self.fail(e);
                    View::ClassroomPick { sel }
                }
                None => View::ClassroomPick { sel },
            },
            _ => View::ClassroomPick {
                sel: step(
                    sel,
                    key.code == KeyCode::Up,
                    key.code == KeyCode::Down,
                    lessons.len(),
                ),
            },
        }
    }

    /// One step of the running session.
    pub(super) fn classroom_key(&mut self, sel: usize, key: KeyEvent) -> View {
        let screen = match self.w.content().classroom_screen() {
            Ok(s) => s,
            // Ended elsewhere (lock, quick exit).
            Err(_) => return View::ClassroomPick { sel: 0 },
        };
        let options = screen.question.as_ref().map_or(0, |q| q.options.len());
        // Only an open question takes hands (the core refuses the rest).
        let option = screen
            .question
            .as_ref()
            .filter(|q| !q.closed)
            .and_then(|q| q.options.get(sel))
            .map(|o| o.id.clone());
        let result = match key.code {
            KeyCode::Up | KeyCode::Down if options > 0 => {
                let sel = step(
                    sel,
                    key.code == KeyCode::Up,
                    key.code == KeyCode::Down,
                    options,
                );
                return View::Classroom { sel };
            }
            // With nothing to choose, ↑↓ scroll (the shared scrolling).
            KeyCode::Up | KeyCode::Down => return View::Classroom { sel },
            KeyCode::Char('+') | KeyCode::Char(' ') => match option {
                Some(o) => self.w.content().classroom_tally(&o, true),
                None => return View::Classroom { sel },
            },
            KeyCode::Char('-') => match option {
                Some(o) => self.w.content().classroom_tally(&o, false),
                None => return View::Classroom { sel },
            },
            KeyCode::Right | KeyCode::Enter => self.w.content().classroom_next(),
            KeyCode::Left => self.w.content().classroom_back(),
            _ => return View::Classroom { sel },
        };
        match result {
            // A new step starts at its top with the first option chosen.
            Ok(next) if next.number != screen.number => View::Classroom { sel: 0 },
            Ok(_) => View::Classroom { sel },
            Err(e) => {
                self.fail(e);
                View::Classroom { sel }
            }
        }
    }
}

/// The lesson chooser: what classroom mode does, that it stores nothing,
/// the lessons, and the steps of the chosen one.
pub(super) fn pick(app: &App, sel: usize) -> (String, Vec<Line<'static>>, u16) {
    let lessons = app.w.content().lessons_screen();
    let Some(outline) = lessons
        .lessons
        .get(sel)
        .and_then(|l| app.w.content().classroom_outline(&l.id).ok())
    else {
        return (lessons.classroom_label, Vec::new(), 0);
    };
    let mut lines = vec![
        plain(outline.intro),
        bold(outline.privacy_notice),
        plain(""),
    ];
    for (i, l) in lessons.lessons.iter().enumerate() {
        lines.push(item(i == sel, l.title_with_age.clone()));
    }
    let bullet = outline.bullet;
    lines.extend(
        outline
            .steps
            .into_iter()
            .map(|s| plain(format!("{bullet} {s}"))),
    );
    (outline.mode_title, lines, 0)
}

/// One step of the session, with the privacy notice on every step.
pub(super) fn session(app: &App, sel: usize) -> (String, Vec<Line<'static>>, u16) {
    let s = match app.w.content().classroom_screen() {
        Ok(s) => s,
        Err(e) => return (String::new(), vec![plain(app.w.describe(&e))], 0),
    };
    let title = s.heading;
    let mut lines = vec![bold(s.privacy_notice), plain("")];
    if let Some(q) = s.question {
        lines.push(plain(q.position_label));
        lines.push(bold(q.question));
        for (i, o) in q.options.iter().enumerate() {
            // Once the answer shows, every option keeps its place beside
            // the right one's mark.
            let mark = match o.correct {
                Some(_) => format!("{:<2}", o.mark),
                None => String::new(),
            };
            let count = if o.count_label.is_empty() {
                String::new()
            } else {
                format!("   [{}]", o.count_label)
            };
            lines.push(item(i == sel, format!("{mark}{}{count}", o.label)));
        }
        lines.push(plain(q.status_line));
        if let Some(a) = q.answer {
            lines.push(bold(a.line));
            lines.push(plain(a.explanation));
        } else {
            lines.push(plain(format!(
                "[+] {}   [-] {}",
                q.add_label, q.remove_label
            )));
        }
    }
    if let Some(sec) = s.section {
        lines.push(bold(sec.title));
        lines.push(plain(sec.body));
    }
    if let Some(d) = s.discussion {
        lines.push(bold(d.title));
        let bullet = d.bullet;
        lines.extend(
            d.prompts
                .into_iter()
                .map(|p| plain(format!("{bullet} {p}"))),
        );
        lines.push(plain(""));
        lines.push(bold(d.notes_title));
        lines.push(plain(d.notes));
        lines.push(bold(d.disclosure_title));
        lines.push(plain(d.disclosure));
    }
    if let Some(sum) = s.summary {
        lines.push(bold(sum.title));
        lines.push(plain(sum.intro));
        for r in sum.rows {
            lines.push(plain(r.numbered));
            lines.push(plain(format!("   {}", r.line)));
        }
        lines.push(bold(sum.overall_title));
        lines.push(plain(format!("   {}", sum.overall_line)));
        lines.push(bold(sum.change_label));
    }
    lines.push(plain(""));
    let mut nav = Vec::new();
    if let Some(b) = s.back_label {
        nav.push(format!("← {b}"));
    }
    if let Some(n) = s.next_label {
        nav.push(format!("→ {n}"));
    }
    nav.push(format!("Esc {}", s.end_label));
    lines.push(plain(nav.join("   ")));
    (title, lines, 0)
}
