//! Drawing: one function per view, each a straight rendering of a core
//! screen model. Selection is shown with a `▸` marker and reversed colours.
//!
//! Scrolling is done here, once, for every screen: when a line is selected
//! (the last one drawn by [`item`] as selected), the screen scrolls so that
//! it is in view, with a line around it where there is room — so an action
//! such as "Erase now" is on screen whenever it is chosen or armed. Other
//! screens scroll freely (↑↓, PgUp/PgDn), never past their end.

use std::hash::{DefaultHasher, Hash, Hasher};

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use waymark_core::Screen;
use waymark_core::screens;

use super::forms::{BackupField, Field, backup_fields};
use super::width::{fit, scrub};
use super::{App, View};

/// `content`'s last value for "keep the end in view" (a conversation).
const BOTTOM: u16 = u16::MAX;

/// How a selected line is marked.
const SELECTED: Modifier = Modifier::REVERSED;

/// Where a screen is scrolled to, from one drawing to the next.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Scroll {
    /// The first row shown.
    pub offset: u16,
    /// Rows the screen shows at once.
    pub page: u16,
    /// Whether a line is selected (then the selection leads the scroll).
    pub follows: bool,
    /// Which screen it was (its title): another one starts at the top.
    screen: u64,
}

pub(super) fn draw(f: &mut Frame, app: &App) {
    let input = input_line(app);
    let [body, input_area, footer] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(if input.is_some() { 3 } else { 0 }),
        Constraint::Length(2),
    ])
    .areas(f.area());
    let (title, lines, end) = content(app);
    let scroll = scrolled(app.scroll.get(), &title, &lines, end == BOTTOM, body);
    app.scroll.set(scroll);
    let block = Block::default().borders(Borders::ALL).title(fit(&title));
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll.offset, 0)),
        body,
    );
    if let Some((label, line)) = input {
        let block = Block::default().borders(Borders::ALL).title(fit(&label));
        f.render_widget(Paragraph::new(line).block(block).scroll((0, 0)), input_area);
    }
    let mut foot = Vec::new();
    if let Some(n) = &app.notice {
        foot.push(Line::from(Span::styled(
            fit(n),
            Style::default().add_modifier(Modifier::BOLD),
        )));
    }
    // Symbols only: a UI holds no words of its own.
    foot.push(Line::from(match app.view {
        View::Classroom { .. } => super::classroom::HINTS,
        _ => "↑↓ ⏎  Esc ←  PgUp PgDn ↕  F2 🌐  Ctrl-X ⏏",
    }));
    f.render_widget(Paragraph::new(foot).wrap(Wrap { trim: true }), footer);
    scrub(f.buffer_mut());
}

/// The scroll for `lines` in `area` (inside its border), from the last one.
fn scrolled(last: Scroll, title: &str, lines: &[Line<'_>], keep_end: bool, area: Rect) -> Scroll {
    let width = area.width.saturating_sub(2).max(1);
    let height = usize::from(area.height.saturating_sub(2).max(1));
    // Rows each line takes once wrapped, as the paragraph wraps it.
    let rows: Vec<usize> = lines
        .iter()
        .map(|l| {
            Paragraph::new(l.clone())
                .wrap(Wrap { trim: false })
                .line_count(width)
        })
        .collect();
    let total: usize = rows.iter().sum();
    let max = total.saturating_sub(height);
    let mut hasher = DefaultHasher::new();
    title.hash(&mut hasher);
    let screen = hasher.finish();
    let mut offset = if screen == last.screen {
        usize::from(last.offset)
    } else {
        0
    };
    let selected = lines.iter().rposition(|l| {
        l.spans
            .first()
            .is_some_and(|s| s.style.add_modifier.contains(SELECTED))
    });
    match selected {
        Some(i) => {
            let top: usize = rows[..i].iter().sum();
            let bottom = top + rows[i];
            // A line of context on each side where there is room; the top
            // of the selection wins when it is taller than the screen.
            let margin = usize::from(height > rows[i] + 2);
            let below = (bottom + margin).min(total);
            if below > offset + height {
                offset = below - height;
            }
            offset = offset.min(top.saturating_sub(margin));
        }
        None if keep_end => offset = max,
        None => {}
    }
    Scroll {
        offset: offset.min(max).min(usize::from(u16::MAX - 1)) as u16,
        page: height as u16,
        follows: selected.is_some(),
        screen,
    }
}

pub(super) fn item(selected: bool, text: String) -> Line<'static> {
    let text = fit(&text);
    if selected {
        Line::from(Span::styled(
            format!("▸ {text}"),
            Style::default().add_modifier(SELECTED),
        ))
    } else {
        Line::from(format!("  {text}"))
    }
}

pub(super) fn plain(text: impl Into<String>) -> Line<'static> {
    Line::from(fit(&text.into()))
}

pub(super) fn bold(text: impl Into<String>) -> Line<'static> {
    Line::from(Span::styled(
        fit(&text.into()),
        Style::default().add_modifier(Modifier::BOLD),
    ))
}

/// A text field: its label, what was typed, and a cursor when it is chosen.
fn field(selected: bool, label: &str, value: &str) -> Line<'static> {
    let cursor = if selected { "▏" } else { "" };
    item(selected, format!("{label}: {value}{cursor}"))
}

/// A choice changed with ← →.
fn choice(selected: bool, label: &str, value: &str) -> Line<'static> {
    item(selected, format!("{label}: ◂ {value} ▸"))
}

/// A sync running (and how to stop it), or what the last one could not do.
fn sync_line(app: &App) -> Option<Line<'static>> {
    match app.sync.running() {
        Some(spinner) => {
            let (running, stop) = screens::sync_running(&app.w.localizer());
            Some(plain(format!("{spinner} {running}   Esc ✕ {stop}")))
        }
        None => app.sync.problem.clone().map(bold),
    }
}

/// The compose line under a conversation: (title, text).
fn input_line(app: &App) -> Option<(String, Line<'static>)> {
    let View::Conversation { id, draft, .. } = &app.view else {
        return None;
    };
    let s = app.w.quiet().conversation_screen(*id).ok()?;
    Some((
        s.compose_hint,
        Line::from(fit(&format!("{draft}▏   ⏎ {}", s.send_label))),
    ))
}

/// What the screen shows: its title, its lines, and [`BOTTOM`] to keep the
/// end in view while nothing is selected (else 0). Scrolling is `draw`'s.
fn content(app: &App) -> (String, Vec<Line<'static>>, u16) {
    let w = &app.w;
    match &app.view {
        View::Main => main(app),
        View::Lessons { sel } => {
            let s = w.content().lessons_screen();
            let mut lines = vec![plain(s.intro), plain(s.progress_label), plain("")];
            for (i, l) in s.lessons.iter().enumerate() {
                lines.push(item(i == *sel, l.line.clone()));
            }
            lines.push(plain(""));
            lines.push(item(*sel == s.lessons.len(), s.classroom_label));
            (s.title, lines, 0)
        }
        View::ClassroomPick { sel } => super::classroom::pick(app, *sel),
        View::Classroom { sel } => super::classroom::session(app, *sel),
        View::Lesson { id } => match w.content().lesson_screen(id) {
            Ok(s) => {
                let mut lines = vec![plain(s.summary), plain("")];
                for sec in s.sections {
                    lines.push(bold(sec.title));
                    lines.push(plain(sec.body));
                    lines.push(plain(""));
                }
                // The only action: a hint, not a selection, so the lesson
                // scrolls freely.
                lines.push(bold(format!("⏎ {}", s.start_quiz_label)));
                lines.push(plain(s.quiz_label));
                lines.push(plain(""));
                let t = s.teacher;
                let bullet = |x: String| plain(format!("{} {x}", t.bullet));
                lines.push(bold(t.heading));
                lines.push(bold(t.objectives_title));
                lines.extend(t.objectives.into_iter().map(bullet));
                lines.push(bold(t.discussion_title));
                lines.extend(t.discussion.into_iter().map(bullet));
                lines.push(bold(t.notes_title));
                lines.push(plain(t.notes));
                lines.push(bold(t.disclosure_title));
                lines.push(plain(t.disclosure));
                (s.title, lines, 0)
            }
            Err(e) => (String::new(), vec![plain(w.describe(&e))], 0),
        },
        View::Quiz {
            lesson,
            question,
            sel,
        } => match w.content().quiz_question(lesson, Some(question)) {
            Ok(q) => {
                let mut lines = vec![plain(q.position_label), bold(q.question), plain("")];
                for (i, o) in q.options.iter().enumerate() {
                    lines.push(item(i == *sel, o.label.clone()));
                }
                if let Some(f) = q.feedback {
                    lines.push(plain(""));
                    lines.push(bold(f.verdict));
                    lines.push(plain(f.explanation));
                    if let Some(r) = f.right_answer {
                        lines.push(plain(""));
                        lines.push(bold(r.line));
                        lines.push(plain(r.explanation));
                    }
                    lines.push(plain(""));
                    lines.push(item(true, q.next_label));
                }
                (
                    w.content()
                        .lesson_screen(lesson)
                        .map(|l| l.title)
                        .unwrap_or_default(),
                    lines,
                    0,
                )
            }
            Err(e) => (String::new(), vec![plain(w.describe(&e))], 0),
        },
        View::QuizResult { lesson } => match w.content().quiz_result(lesson) {
            Ok(r) => {
                let mut lines = vec![bold(r.result), plain("")];
                if !r.review.is_empty() {
                    lines.push(bold(r.review_title));
                }
                for it in r.review {
                    let right = it.right_answer;
                    lines.push(plain(""));
                    lines.push(bold(it.question));
                    lines.push(plain(format!("  {}", it.chosen_line)));
                    lines.push(plain(format!("  {}", right.line)));
                    lines.push(plain(format!("  {}", right.explanation)));
                }
                lines.push(plain(""));
                lines.push(item(true, r.retry_label));
                (
                    w.content()
                        .lesson_screen(lesson)
                        .map(|l| l.title)
                        .unwrap_or_default(),
                    lines,
                    0,
                )
            }
            Err(e) => (String::new(), vec![plain(w.describe(&e))], 0),
        },
        View::Checklist { sel } => {
            let s = w.content().checklist_screen();
            let mut lines = vec![
                plain(format!("{} [r]: {}", s.choose_route_label, s.route_label)),
                plain(s.progress_label),
                plain(""),
            ];
            let mut i = 0;
            for stage in s.stages {
                lines.push(bold(stage.heading));
                for it in stage.items {
                    lines.push(item(i == *sel, format!("{} {}", it.mark, it.title)));
                    if i == *sel {
                        lines.push(plain(format!("    {}", it.why)));
                    }
                    i += 1;
                }
            }
            (s.title, lines, 0)
        }
        View::RedFlags {
            answers,
            sel,
            result,
        } => {
            let s = w.content().redflags_screen();
            if let Some(r) = result {
                let mut lines = vec![bold(r.headline.clone()), plain(r.found_label.clone())];
                for reason in &r.reasons {
                    lines.push(plain(format!("{} {}", r.bullet, reason.line)));
                }
                if let Some(label) = &r.find_out_label {
                    lines.push(plain(""));
                    lines.push(bold(label.clone()));
                    for f in &r.to_find_out {
                        lines.push(plain(format!("{} {}", r.bullet, f.text)));
                    }
                }
                lines.push(plain(""));
                lines.push(plain(r.next_steps.clone()));
                lines.push(plain(""));
                lines.push(bold(r.hotlines_label.clone()));
                lines.extend(r.hotlines_empty.clone().map(plain));
                for h in &r.hotlines {
                    lines.push(plain(h.heading.clone()));
                    for a in &h.actions {
                        lines.push(plain(format!("  {}", a.line)));
                    }
                    lines.push(plain(format!("  {}", h.languages_label)));
                }
                return (r.title.clone(), lines, 0);
            }
            let mut lines = vec![
                plain(s.intro.clone()),
                plain(format!(
                    "y = {}   n = {}   ? = {}",
                    s.yes_label, s.no_label, s.unsure_label
                )),
                plain(""),
            ];
            for (i, q) in s.questions.iter().enumerate() {
                let a = s.answer_label(answers.get(i).copied().flatten());
                lines.push(item(i == *sel, format!("{} [{a}]", q.text)));
            }
            (s.title.clone(), lines, 0)
        }
        View::Directory {
            filters,
            sel,
            focus,
        } => {
            let s = filters.screen(w);
            let title = s.title.clone();
            (title, directory_lines(s, *sel, focus.as_deref()), 0)
        }
        View::Search { query, sel } => {
            let s = w.content().search(query);
            let mut lines = vec![plain(format!("{}: {query}▏", s.prompt)), plain("")];
            lines.extend(s.count_label.map(plain));
            lines.extend(s.empty_text.map(plain));
            lines.extend(s.fallback_text.map(plain));
            for (i, r) in s.results.into_iter().enumerate() {
                lines.push(item(i == *sel, r.heading));
                lines.push(plain(format!("    {}", r.snippet)));
            }
            (s.title, lines, 0)
        }
        View::Contacts { sel } => match w.contacts().screen() {
            Ok(s) => {
                let mut lines = vec![item(*sel == 0, format!("+ {}", s.add_label)), plain("")];
                lines.extend(s.empty_text.map(plain));
                for (i, c) in s.contacts.iter().enumerate() {
                    let trusted = if c.trusted {
                        format!(" · {}", s.trusted_label)
                    } else {
                        String::new()
                    };
                    lines.push(item(
                        *sel == i + 1,
                        format!("{} — {}{trusted}", c.name, c.phone),
                    ));
                }
                (s.title, lines, 0)
            }
            Err(e) => (String::new(), vec![plain(w.describe(&e))], 0),
        },
        View::ContactEdit(c) => {
            let form = match w.contacts().form(c.id) {
                Ok(form) => form,
                Err(e) => return (String::new(), vec![plain(w.describe(&e))], 0),
            };
            let cur = c.current();
            let channel = form
                .channels
                .get(c.channel)
                .map(|ch| ch.label.clone())
                .unwrap_or_default();
            let mark = if c.trusted { "☑" } else { "☐" };
            let mut lines = vec![
                field(cur == Field::Name, &form.name_label, &c.name),
                field(cur == Field::Phone, &form.phone_label, &c.phone),
                field(cur == Field::Relation, &form.relation_label, &c.relation),
                field(cur == Field::Note, &form.note_label, &c.note),
                choice(cur == Field::Channel, &form.channel_label, &channel),
                item(
                    cur == Field::Trusted,
                    format!("{mark} {}", form.trusted_label),
                ),
                plain(""),
                item(cur == Field::Save, format!("⏎ {}", form.save_label)),
            ];
            if let Some(label) = &form.remove_label {
                let remove = if c.confirm_remove {
                    format!("⚠ {label} ⏎")
                } else {
                    label.clone()
                };
                lines.push(item(cur == Field::Remove, remove));
            }
            lines.push(item(cur == Field::Cancel, form.cancel_label.clone()));
            (form.title, lines, 0)
        }
        View::Quiet { sel } => match w.quiet().conversations_screen() {
            Ok(s) => {
                let mut lines = vec![plain(s.intro), plain("")];
                if !s.outbox_note.is_empty() {
                    lines.push(bold(s.outbox_note));
                }
                lines.extend(sync_line(app));
                lines.push(bold(s.hotlines_title));
                for (i, h) in s.hotlines.iter().enumerate() {
                    lines.push(item(i == *sel, h.name.clone()));
                    lines.push(plain(format!("    {}", h.about)));
                }
                lines.push(plain(""));
                lines.push(bold(s.conversations_title));
                if s.conversations.is_empty() {
                    lines.push(plain(s.empty));
                }
                let first = s.hotlines.len();
                for (i, c) in s.conversations.iter().enumerate() {
                    let status = if c.status_label.is_empty() {
                        String::new()
                    } else {
                        format!(" [{}]", c.status_label)
                    };
                    lines.push(item(
                        first + i == *sel,
                        format!("{}{status}: {}", c.hotline_name, c.last_message),
                    ));
                }
                (s.title, lines, 0)
            }
            Err(e) => (String::new(), vec![plain(w.describe(&e))], 0),
        },
        View::Conversation { id, sel, pages, .. } => {
            match w.quiet().conversation_page(*id, pages.last().copied()) {
                Ok(s) => {
                    let mut lines = Vec::new();
                    lines.extend(s.development_note.map(bold));
                    lines.push(plain(s.privacy_note));
                    lines.extend(sync_line(app));
                    lines.push(plain(""));
                    if s.earlier.is_some() {
                        lines.push(plain(format!("↑ {}", s.earlier_label)));
                    }
                    for (i, m) in s.messages.iter().enumerate() {
                        let who = if m.outgoing {
                            s.you_label.clone()
                        } else {
                            s.hotline_name.clone()
                        };
                        let status = if m.outgoing && !m.status_label.is_empty() {
                            format!("  [{}]", m.status_label)
                        } else {
                            String::new()
                        };
                        let chosen = *sel == Some(i);
                        lines.push(item(chosen, format!("{who}: {}{status}", m.body)));
                        if chosen && m.can_retry {
                            lines.push(plain(format!("    ⏎ {}", s.retry_label)));
                        }
                    }
                    (s.title, lines, BOTTOM)
                }
                Err(e) => (String::new(), vec![plain(w.describe(&e))], 0),
            }
        }
        View::Settings(e) => {
            let install = w.content().install_screen();
            let form = match w.profile().settings_form() {
                Ok(form) => form,
                Err(e) => return (String::new(), vec![plain(w.describe(&e))], 0),
            };
            let language = form
                .languages
                .get(e.language)
                .map(|l| l.label.clone())
                .unwrap_or_default();
            let country = e
                .country
                .and_then(|c| form.countries.get(c))
                .map(|c| c.label.clone())
                .unwrap_or_else(|| form.country_none_label.clone());
            let lines = vec![
                choice(e.field == 0, &form.language_label, &language),
                field(e.field == 1, &form.display_name_label, &e.name),
                plain(format!("    {}", form.display_name_hint)),
                choice(e.field == 2, &form.country_label, &country),
                plain(""),
                item(e.field == 3, format!("⏎ {}", form.save_label)),
                item(e.field == 4, form.cancel_label),
                plain(""),
                item(e.field == 5, install.title),
                plain(install.version_label),
            ];
            (form.title, lines, 0)
        }
        View::Backup(b) => {
            let s = match w.backup().screen() {
                Ok(s) => s,
                Err(e) => return (String::new(), vec![plain(w.describe(&e))], 0),
            };
            let fields = backup_fields(s.has_code);
            let at = |f: BackupField| fields.get(b.field) == Some(&f);
            let working = b.job.as_ref().map(|job| {
                let label = if at(BackupField::Restore) {
                    &s.restore_working_label
                } else {
                    &s.backup_working_label
                };
                bold(format!(
                    "{} {label}   Esc ✕ {}",
                    job.spinner(),
                    s.stop_label
                ))
            });
            let mut lines = vec![
                plain(s.intro),
                plain(""),
                item(at(BackupField::Backup), format!("⏎ {}", s.backup_label)),
            ];
            if s.has_code {
                lines.push(item(
                    at(BackupField::NewCode),
                    format!("⏎ {}", s.new_code_label),
                ));
                lines.push(plain(format!("    {}", s.new_code_explain)));
            }
            if !at(BackupField::Restore) {
                lines.extend(working.clone());
            }
            if let Some(code) = &b.recovery_code {
                lines.push(plain(""));
                lines.push(bold(s.code_title));
                lines.push(bold(format!("    {code}")));
                lines.push(plain(s.code_once));
            }
            if let Some(r) = &b.result {
                lines.push(plain(""));
                lines.push(bold(r.clone()));
            }
            lines.push(plain(""));
            lines.push(bold(s.restore_title));
            lines.push(plain(s.restore_intro));
            lines.push(field(at(BackupField::Restore), "⌨", &b.code_input));
            if at(BackupField::Restore) {
                lines.extend(working);
            }
            (s.title, lines, 0)
        }
        View::Sos { plan, sel } => {
            let s = w.sos().screen();
            let mut lines = vec![plain(s.explain), bold(s.warning), plain("")];
            match plan {
                None => {
                    lines.push(item(*sel == 0, format!("⏎ {}", s.send_label)));
                    lines.push(item(*sel == 1, format!("p {}", s.practice_label)));
                    lines.push(item(*sel == 2, s.history_label.clone()));
                }
                Some(p) => {
                    lines.push(bold(p.summary.clone()));
                    lines.extend(p.practice_notice.clone().map(plain));
                    for m in &p.messages {
                        lines.push(plain(""));
                        lines.push(bold(format!("→ {}", m.to_label)));
                        lines.push(plain(m.body.clone()));
                    }
                    if let (Some(confirm), Some(cancel)) = (&p.confirm_label, &p.cancel_label) {
                        lines.push(plain(""));
                        lines.push(item(*sel == 0, format!("⚠ {confirm} ⏎")));
                        lines.push(item(*sel == 1, cancel.clone()));
                    }
                }
            }
            (s.title, lines, 0)
        }
        View::Traces => {
            let s = w.safety().traces_screen();
            let mut lines = vec![plain(s.intro), plain("")];
            lines.extend(s.items.into_iter().map(|i| plain(format!("• {}", i.text))));
            (s.title, lines, 0)
        }
        View::Safety { sel, confirm_wipe } => super::safety::safety(app, *sel, *confirm_wipe),
        View::ChangePin(p) => super::safety::change_pin(app, p),
        View::Duress(d) => super::safety::duress(app, d),
        View::WipeAfter { sel } => super::safety::wipe_after(app, *sel),
        View::SosHistory => super::safety::sos_history(app),
        View::ContentInstall(f) => super::safety::install(app, f),
    }
}

/// The directory's lines: its filters (the one chosen with ↑↓ selected),
/// then the entries. The entry named by `focus` (a search result opened
/// here) is drawn as the selection instead, so the shared scrolling brings
/// it into view.
fn directory_lines(
    s: waymark_core::screens::directory::DirectoryScreen,
    sel: usize,
    focus: Option<&str>,
) -> Vec<Line<'static>> {
    let mut lines = vec![plain(s.intro), plain("")];
    let filters = [
        (&s.country_label, &s.country_choice),
        (&s.language_label, &s.language_choice),
        (&s.purpose_label, &s.purpose_choice),
    ];
    for (i, (label, value)) in filters.into_iter().enumerate() {
        lines.push(choice(focus.is_none() && i == sel, label, value));
    }
    lines.push(plain(""));
    lines.extend(s.empty_text.map(plain));
    for e in s.entries {
        lines.push(if focus == Some(e.id.as_str()) {
            item(true, e.heading)
        } else {
            bold(e.heading)
        });
        for a in e.actions {
            lines.push(plain(format!("  {}", a.line)));
        }
        lines.push(plain(format!("  {}", e.purposes_label)));
        lines.push(plain(format!("  {}", e.languages_label)));
        if let Some(h) = e.hours_label {
            lines.push(plain(format!("  {h}")));
        }
        lines.push(plain(format!("  {}", e.provenance_label)));
    }
    lines
}

fn main(app: &App) -> (String, Vec<Line<'static>>, u16) {
    let w = &app.w;
    let screen = match w.profile().screen() {
        Ok(s) => s,
        Err(e) => return (String::new(), vec![plain(w.describe(&e))], 0),
    };
    let dots = |s: &str| "•".repeat(s.chars().count());
    match screen {
        Screen::Setup(s) => {
            let mut lines = vec![plain(s.intro), plain("")];
            lines.push(item(
                !app.typing_confirm,
                format!("{}: {}", s.pin_label, dots(&app.pin)),
            ));
            lines.push(item(
                app.typing_confirm,
                format!("{}: {}", s.confirm_label, dots(&app.confirm)),
            ));
            lines.push(plain(""));
            lines.push(plain(s.warning));
            lines.push(plain(format!("⏎ {}", s.submit_label)));
            lines.extend(s.translation_notice.map(plain));
            (s.title, lines, 0)
        }
        Screen::Unlock(s) => {
            let mut lines = vec![plain(s.prompt), plain("")];
            lines.push(item(true, format!("{}: {}", s.pin_label, dots(&app.pin))));
            lines.push(plain(format!("⏎ {}", s.submit_label)));
            lines.extend(s.translation_notice.map(plain));
            (s.title, lines, 0)
        }
        Screen::Calculator(c) => {
            let lines = vec![
                plain(c.expression),
                bold(c.display),
                plain(""),
                plain("0-9 . + - * / = ⌫ c"),
            ];
            (
                w.safety()
                    .disguise()
                    .map(|d| d.launcher_name)
                    .unwrap_or_default(),
                lines,
                0,
            )
        }
        Screen::Home(h) => {
            let mut lines = vec![bold(h.greeting), plain(h.language), plain("")];
            lines.extend(h.translation_notice.map(plain));
            for (i, m) in h.menu.iter().enumerate() {
                lines.push(item(i == app.home_sel, m.label.clone()));
            }
            lines.push(plain(""));
            lines.push(plain(format!(
                "l {}   Ctrl-X {}   q ⏻",
                h.lock_label, h.quick_exit_label
            )));
            (h.title, lines, 0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ten rows of text, then `items` choices with `sel` selected.
    fn screen(items: usize, sel: usize) -> Vec<Line<'static>> {
        let mut lines: Vec<Line<'static>> = (0..10).map(|i| plain(format!("text {i}"))).collect();
        lines.extend((0..items).map(|i| item(i == sel, format!("choice {i}"))));
        lines
    }

    /// Five rows inside the border.
    const AREA: Rect = Rect {
        x: 0,
        y: 0,
        width: 40,
        height: 7,
    };

    /// Whether line `line` (one row each here) is on screen at `s`.
    fn shown(s: Scroll, line: u16) -> bool {
        (s.offset..s.offset + s.page).contains(&line)
    }

    #[test]
    fn the_selection_is_always_on_screen() {
        let mut s = Scroll::default();
        for sel in (0..6).chain((0..6).rev()) {
            s = scrolled(s, "Safety", &screen(6, sel), false, AREA);
            assert!(s.follows);
            assert!(shown(s, 10 + sel as u16), "{sel}: {s:?}");
        }
        // The last choice has nothing below it; the screen ends there.
        let s = scrolled(s, "Safety", &screen(6, 5), false, AREA);
        assert_eq!(s.offset, 16 - 5);
    }

    #[test]
    fn a_line_around_the_selection_where_there_is_room() {
        let s = scrolled(Scroll::default(), "Safety", &screen(6, 2), false, AREA);
        assert!(shown(s, 11) && shown(s, 12) && shown(s, 13), "{s:?}");
    }

    #[test]
    fn without_a_selection_scrolling_stops_at_the_end() {
        let free = |offset| Scroll {
            offset,
            ..scrolled(Scroll::default(), "Lesson", &screen(0, 0), false, AREA)
        };
        let s = scrolled(free(100), "Lesson", &screen(0, 0), false, AREA);
        assert!(!s.follows);
        assert_eq!(s.offset, 10 - 5);
        let s = scrolled(free(3), "Lesson", &screen(0, 0), false, AREA);
        assert_eq!(s.offset, 3);
        let s = scrolled(free(0), "Chat", &screen(0, 0), true, AREA);
        assert_eq!(s.offset, 5, "a conversation keeps its end in view");
    }

    #[test]
    fn another_screen_starts_at_the_top() {
        let s = scrolled(Scroll::default(), "Lesson", &screen(0, 0), false, AREA);
        let s = scrolled(
            Scroll { offset: 4, ..s },
            "Directory",
            &screen(0, 0),
            false,
            AREA,
        );
        assert_eq!(s.offset, 0);
    }

    #[test]
    fn wrapped_lines_count_as_the_rows_they_take() {
        // Each text line wraps to three rows: the choice is on row 30.
        let long = "word ".repeat(20);
        let mut lines: Vec<Line<'static>> = (0..10).map(|_| plain(long.clone())).collect();
        lines.push(item(true, "Erase now".into()));
        let s = scrolled(Scroll::default(), "Safety", &lines, false, AREA);
        let top: usize = lines[..10]
            .iter()
            .map(|l| {
                Paragraph::new(l.clone())
                    .wrap(Wrap { trim: false })
                    .line_count(38)
            })
            .sum();
        assert!(top > 10);
        assert!(shown(s, top as u16), "{s:?}");
    }
}
