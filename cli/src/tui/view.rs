//! Drawing: one function per view, each a straight rendering of a core
//! screen model. Selection is shown with a `▸` marker and reversed colours.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use waymark_core::Screen;
use waymark_core::screens;

use super::forms::Field;
use super::width::{cells, fit, scrub};
use super::{App, View};

/// `content`'s scroll value for "show the end" (a conversation).
const BOTTOM: u16 = u16::MAX;

pub(super) fn draw(f: &mut Frame, app: &App) {
    let input = input_line(app);
    let [body, input_area, footer] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(if input.is_some() { 3 } else { 0 }),
        Constraint::Length(2),
    ])
    .areas(f.area());
    let (title, lines, scroll) = content(app);
    let scroll = if scroll == BOTTOM {
        // Rows the text takes once wrapped, less the rows that fit.
        let inner = body.width.saturating_sub(2).max(1) as usize;
        let rows: usize = lines.iter().map(|l| wrapped_rows(l, inner)).sum();
        rows.saturating_sub(body.height.saturating_sub(2) as usize)
            .min(u16::MAX as usize - 1) as u16
    } else {
        scroll
    };
    let block = Block::default().borders(Borders::ALL).title(fit(&title));
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
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
        _ => "↑↓ ⏎  Esc ←  F2 🌐  Ctrl-X ⏏",
    }));
    f.render_widget(Paragraph::new(foot).wrap(Wrap { trim: true }), footer);
    scrub(f.buffer_mut());
}

/// Rows `line` takes when word-wrapped to `width` cells (an estimate
/// that errs on the side of more rows, so the end stays in view).
fn wrapped_rows(line: &Line<'_>, width: usize) -> usize {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let mut rows = 1;
    let mut col = 0;
    for word in text.split(' ') {
        let w = cells(word);
        if col > 0 && col + 1 + w > width {
            rows += 1;
            col = 0;
        } else if col > 0 {
            col += 1;
        }
        col += w;
        while col > width {
            rows += 1;
            col -= width;
        }
    }
    rows
}

pub(super) fn item(selected: bool, text: String) -> Line<'static> {
    let text = fit(&text);
    if selected {
        Line::from(Span::styled(
            format!("▸ {text}"),
            Style::default().add_modifier(Modifier::REVERSED),
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

/// The compose line under a conversation: (title, text).
fn input_line(app: &App) -> Option<(String, Line<'static>)> {
    let View::Conversation { id, draft, .. } = &app.view else {
        return None;
    };
    let s = app.w.conversation_screen(*id).ok()?;
    Some((
        s.compose_hint,
        Line::from(fit(&format!("{draft}▏   ⏎ {}", s.send_label))),
    ))
}

fn content(app: &App) -> (String, Vec<Line<'static>>, u16) {
    let w = &app.w;
    match &app.view {
        View::Main => main(app),
        View::Lessons { sel } => {
            let s = w.lessons_screen();
            let mut lines = vec![plain(s.intro), plain(s.progress_label), plain("")];
            for (i, l) in s.lessons.iter().enumerate() {
                lines.push(item(i == *sel, format!("{} — {}", l.title, l.quiz_label)));
            }
            lines.push(plain(""));
            lines.push(item(*sel == s.lessons.len(), s.classroom_label));
            (s.title, lines, 0)
        }
        View::ClassroomPick { sel } => super::classroom::pick(app, *sel),
        View::Classroom { sel, scroll } => super::classroom::session(app, *sel, *scroll),
        View::Lesson { id, scroll } => match w.lesson_screen(id) {
            Ok(s) => {
                let mut lines = vec![plain(s.summary), plain("")];
                for sec in s.sections {
                    lines.push(bold(sec.title));
                    lines.push(plain(sec.body));
                    lines.push(plain(""));
                }
                lines.push(item(true, s.start_quiz_label));
                lines.push(plain(s.quiz_label));
                lines.push(plain(""));
                let t = s.teacher;
                lines.push(bold(format!("{} · {}", t.title, t.age_band_label)));
                lines.push(bold(t.objectives_title));
                lines.extend(t.objectives.into_iter().map(|o| plain(format!("• {o}"))));
                lines.push(bold(t.discussion_title));
                lines.extend(t.discussion.into_iter().map(|d| plain(format!("• {d}"))));
                lines.push(bold(t.notes_title));
                lines.push(plain(t.notes));
                lines.push(bold(t.disclosure_title));
                lines.push(plain(t.disclosure));
                (s.title, lines, *scroll)
            }
            Err(e) => (String::new(), vec![plain(w.describe(&e))], 0),
        },
        View::Quiz {
            lesson,
            question,
            sel,
        } => match w.quiz_question(lesson, Some(question)) {
            Ok(q) => {
                let mut lines = vec![plain(q.position_label), bold(q.question), plain("")];
                for (i, o) in q.options.iter().enumerate() {
                    lines.push(item(i == *sel, format!("{}) {}", o.id, o.text)));
                }
                if let Some(f) = q.feedback {
                    lines.push(plain(""));
                    lines.push(bold(f.verdict));
                    lines.push(plain(f.explanation));
                    lines.push(plain(""));
                    lines.push(item(true, q.next_label));
                }
                (
                    w.lesson_screen(lesson).map(|l| l.title).unwrap_or_default(),
                    lines,
                    0,
                )
            }
            Err(e) => (String::new(), vec![plain(w.describe(&e))], 0),
        },
        View::Checklist { sel } => {
            let s = w.checklist_screen();
            let route = s
                .routes
                .iter()
                .find(|r| r.selected)
                .map(|r| r.label.clone())
                .unwrap_or_else(|| "—".into());
            let mut lines = vec![
                plain(format!("{} [r]: {route}", s.choose_route_label)),
                plain(s.progress_label),
                plain(""),
            ];
            let mut i = 0;
            for stage in s.stages {
                lines.push(bold(format!("{} ({})", stage.title, stage.progress_label)));
                for it in stage.items {
                    let mark = if it.checked { "☑" } else { "☐" };
                    lines.push(item(i == *sel, format!("{mark} {}", it.title)));
                    if i == *sel {
                        lines.push(plain(format!("    {}", it.why)));
                    }
                    i += 1;
                }
            }
            let scroll = (*sel as u16).saturating_sub(8);
            (s.title, lines, scroll)
        }
        View::RedFlags {
            answers,
            sel,
            result,
        } => {
            let s = w.redflags_screen();
            if let Some(r) = result {
                let mut lines = vec![bold(r.headline.clone()), plain(r.found_label.clone())];
                for reason in &r.reasons {
                    lines.push(plain(format!(
                        "• {} ({})",
                        reason.text, reason.indicator_label
                    )));
                }
                lines.push(plain(""));
                lines.push(plain(r.next_steps.clone()));
                lines.push(plain(""));
                lines.push(bold(r.hotlines_label.clone()));
                for h in &r.hotlines {
                    let nums: Vec<&str> = h.actions.iter().map(|a| a.display.as_str()).collect();
                    lines.push(plain(format!(
                        "{} ({}): {}",
                        h.name,
                        h.country_name,
                        nums.join(", ")
                    )));
                }
                return (r.title.clone(), lines, 0);
            }
            let mut lines = vec![
                plain(s.intro),
                plain(format!(
                    "y = {}   n = {}   ? = {}",
                    s.yes_label, s.no_label, s.unsure_label
                )),
                plain(""),
            ];
            for (i, q) in s.questions.iter().enumerate() {
                let a = match answers.get(i).copied().flatten() {
                    Some(waymark_core::content::redflags::Answer::Yes) => s.yes_label.clone(),
                    Some(waymark_core::content::redflags::Answer::No) => s.no_label.clone(),
                    Some(waymark_core::content::redflags::Answer::Unsure) => s.unsure_label.clone(),
                    None => "·".into(),
                };
                lines.push(item(i == *sel, format!("{} [{a}]", q.text)));
            }
            (s.title, lines, (*sel as u16).saturating_sub(6))
        }
        View::Directory { scroll } => {
            let s = w.directory_screen(None, None, None);
            let mut lines = vec![plain(s.intro), plain("")];
            for e in s.entries {
                lines.push(bold(format!("{} — {}", e.name, e.country_name)));
                for a in e.actions {
                    lines.push(plain(format!("  {}: {}", a.label, a.display)));
                }
                lines.push(plain(format!("  {}", e.purposes.join(", "))));
                if let Some(h) = e.hours_label {
                    lines.push(plain(format!("  {h}")));
                }
                lines.push(plain(format!("  {} · {}", e.checked_label, e.source_label)));
            }
            (s.title, lines, *scroll)
        }
        View::Search { query, scroll } => {
            let s = w.search(query);
            let mut lines = vec![plain(format!("{}: {query}▏", s.prompt)), plain("")];
            lines.extend(s.count_label.map(plain));
            lines.extend(s.empty_text.map(plain));
            for r in s.results {
                lines.push(bold(format!("[{}] {}", r.kind_label, r.title)));
                lines.push(plain(format!("  {}", r.snippet)));
            }
            (s.title, lines, *scroll)
        }
        View::Contacts { sel } => match w.contacts_screen() {
            Ok(s) => {
                let form = screens::contact_form(&w.localizer());
                let mut lines = vec![item(*sel == 0, format!("+ {}", form.add_title)), plain("")];
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
                (s.title, lines, (*sel as u16).saturating_sub(10))
            }
            Err(e) => (String::new(), vec![plain(w.describe(&e))], 0),
        },
        View::ContactEdit(c) => {
            let form = screens::contact_form(&w.localizer());
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
            if c.id.is_some() {
                let remove = if c.confirm_remove {
                    format!("⚠ {} ⏎", form.remove_label)
                } else {
                    form.remove_label.clone()
                };
                lines.push(item(cur == Field::Remove, remove));
            }
            lines.push(item(cur == Field::Cancel, form.cancel_label.clone()));
            let title = if c.id.is_some() {
                form.edit_title
            } else {
                form.add_title
            };
            (title, lines, 0)
        }
        View::Quiet { sel } => match w.conversations_screen() {
            Ok(s) => {
                let mut lines = vec![plain(s.intro), plain("")];
                if !s.outbox_note.is_empty() {
                    lines.push(bold(s.outbox_note));
                }
                lines.extend(app.sync.problem.clone().map(bold));
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
                (s.title, lines, (*sel as u16).saturating_sub(8))
            }
            Err(e) => (String::new(), vec![plain(w.describe(&e))], 0),
        },
        View::Conversation { id, sel, .. } => match w.conversation_screen(*id) {
            Ok(s) => {
                let mut lines = Vec::new();
                lines.extend(s.development_note.map(bold));
                lines.push(plain(s.privacy_note));
                lines.extend(app.sync.problem.clone().map(bold));
                lines.push(plain(""));
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
        },
        View::Settings(e) => {
            let form = screens::settings_form(&w.localizer());
            let language = form
                .languages
                .get(e.language)
                .map(|l| l.label.clone())
                .unwrap_or_default();
            let country = e
                .country
                .and_then(|c| form.countries.get(c))
                .map(|c| c.label.clone())
                .unwrap_or_else(|| "—".into());
            let lines = vec![
                choice(e.field == 0, &form.language_label, &language),
                field(e.field == 1, &form.display_name_label, &e.name),
                choice(e.field == 2, &form.country_label, &country),
                plain(""),
                item(e.field == 3, format!("⏎ {}", form.save_label)),
                item(e.field == 4, form.cancel_label),
            ];
            (form.title, lines, 0)
        }
        View::Backup(b) => {
            let s = screens::backup(&w.localizer());
            let mut lines = vec![
                plain(s.intro),
                plain(""),
                item(b.field == 0, format!("⏎ {}", s.backup_label)),
            ];
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
            lines.push(field(b.field == 1, "⌨", &b.code_input));
            (s.title, lines, 0)
        }
        View::Sos { plan } => {
            let s = w.sos_screen();
            let mut lines = vec![plain(s.explain), bold(s.warning), plain("")];
            lines.push(item(true, format!("⏎ {}", s.send_label)));
            lines.push(item(false, format!("p {}", s.practice_label)));
            if let Some(p) = plan {
                lines.push(plain(""));
                lines.push(plain(p.summary.clone()));
                lines.extend(p.practice_notice.clone().map(plain));
                for m in &p.messages {
                    lines.push(bold(format!("→ {} ({})", m.recipient, m.contact_name)));
                    lines.push(plain(m.body.clone()));
                }
            }
            (s.title, lines, 0)
        }
        View::Traces { scroll } => {
            let s = w.traces_screen();
            let mut lines = vec![plain(s.intro), plain("")];
            lines.extend(s.items.into_iter().map(|i| plain(format!("• {}", i.text))));
            (s.title, lines, *scroll)
        }
        View::Safety { sel, confirm_wipe } => match w.safety_screen() {
            Ok(s) => {
                let mut lines = vec![
                    bold(s.duress_title),
                    plain(s.duress_explain),
                    plain(s.duress_wipe_label),
                    plain(""),
                    bold(s.policy_title.clone()),
                    plain(s.policy_delays),
                    plain(s.wipe_after_label),
                    plain(s.failures_label),
                    plain(""),
                    bold(s.disguise_title),
                    plain(s.disguise_explain),
                ];
                for (i, d) in s.disguises.iter().enumerate() {
                    let mark = if d.selected { "●" } else { "○" };
                    lines.push(item(i == *sel, format!("{mark} {}", d.name)));
                }
                lines.push(plain(""));
                lines.push(bold(s.wipe_title));
                lines.push(plain(s.wipe_explain));
                let wipe = if *confirm_wipe {
                    format!("⚠ {} ⏎", s.wipe_confirm_label)
                } else {
                    s.wipe_confirm_label
                };
                lines.push(item(*sel == s.disguises.len(), wipe));
                (s.policy_title, lines, 0)
            }
            Err(e) => (String::new(), vec![plain(w.describe(&e))], 0),
        },
    }
}

fn main(app: &App) -> (String, Vec<Line<'static>>, u16) {
    let w = &app.w;
    let screen = match w.screen() {
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
                w.disguise().map(|d| d.launcher_name).unwrap_or_default(),
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
            lines.push(plain(format!("l {}   q ⏻", h.lock_label)));
            (h.title, lines, 0)
        }
    }
}
