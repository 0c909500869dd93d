//! `waymark tui`: the interactive terminal app.
//!
//! It draws the core's screen models with ratatui and sends key presses
//! back as actions; every word on screen comes from the core (key hints
//! are symbols only). Quick exit is Ctrl-X from any screen: the profile
//! locks and the terminal shows the calculator disguise, or the app ends.

mod classroom;
mod forms;
mod quiet;
mod view;
mod width;

use std::io;
use std::sync::Arc;
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use waymark_core::calculator::CalcKey;
use waymark_core::content::redflags::{Answer, RedFlagResult};
use waymark_core::screens::QuickExit;
use waymark_core::sos::SosPlan;
use waymark_core::{Error, ProfileState, Screen, Waymark, l10n};

use crate::relay::Relay;
use forms::{BackupState, ContactEdit, SettingsEdit};
use quiet::SyncWorker;

/// What is on screen.
#[derive(Debug, Clone)]
pub(crate) enum View {
    /// Set-up, unlock, home or calculator: whatever the core says.
    Main,
    Lessons {
        sel: usize,
    },
    Lesson {
        id: String,
        scroll: u16,
    },
    Quiz {
        lesson: String,
        question: String,
        sel: usize,
    },
    /// Classroom mode: choosing the lesson.
    ClassroomPick {
        sel: usize,
    },
    /// A classroom session (held by the core, in memory only).
    Classroom {
        /// The option chosen on a question.
        sel: usize,
        scroll: u16,
    },
    Checklist {
        sel: usize,
    },
    RedFlags {
        answers: Vec<Option<Answer>>,
        sel: usize,
        result: Option<Box<RedFlagResult>>,
    },
    Directory {
        scroll: u16,
    },
    Search {
        query: String,
        scroll: u16,
    },
    Contacts {
        sel: usize,
    },
    ContactEdit(Box<ContactEdit>),
    Quiet {
        sel: usize,
    },
    Conversation {
        id: i64,
        /// What is being typed (kept when sending fails).
        draft: String,
        /// The message chosen with ↑↓ (for "try again").
        sel: Option<usize>,
    },
    Settings(Box<SettingsEdit>),
    Backup(Box<BackupState>),
    Sos {
        plan: Option<Box<SosPlan>>,
    },
    Traces {
        scroll: u16,
    },
    Safety {
        sel: usize,
        confirm_wipe: bool,
    },
}

pub(crate) struct App {
    pub w: Arc<Waymark>,
    pub relay: Arc<Relay>,
    pub sync: SyncWorker,
    pub view: View,
    /// The PIN being typed on set-up / unlock (never shown).
    pub pin: String,
    pub confirm: String,
    pub typing_confirm: bool,
    pub home_sel: usize,
    /// The last error, localized by the core.
    pub notice: Option<String>,
    pub quit: bool,
}

pub fn run(w: Waymark, relay: Relay) -> io::Result<()> {
    let relay = Arc::new(relay);
    let mut terminal = ratatui::init();
    let mut app = App {
        w: Arc::new(w),
        sync: SyncWorker::new(relay.clone()),
        relay,
        view: View::Main,
        pin: String::new(),
        confirm: String::new(),
        typing_confirm: false,
        home_sel: 0,
        notice: None,
        quit: false,
    };
    let result = event_loop(&mut terminal, &mut app);
    app.w.lock();
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    while !app.quit {
        terminal.draw(|f| view::draw(f, app))?;
        // The timer tick: a screen that shows message statuses redraws
        // at least every half second, and sync runs in the background.
        if event::poll(Duration::from_millis(500))?
            && let Event::Key(key) = event::read()?
            && key.kind == KeyEventKind::Press
        {
            app.handle(key);
        }
        app.tick();
    }
    Ok(())
}

impl App {
    fn fail(&mut self, e: Error) {
        self.notice = Some(self.w.describe(&e));
    }

    fn handle(&mut self, key: KeyEvent) {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('x') {
            self.quick_exit();
            return;
        }
        if key.code == KeyCode::F(2) {
            self.next_locale();
            return;
        }
        self.notice = None;
        let view = std::mem::replace(&mut self.view, View::Main);
        self.view = match view {
            View::Main => {
                self.main_key(key);
                // main_key may have moved to another view
                std::mem::replace(&mut self.view, View::Main)
            }
            other => self.content_key(other, key),
        };
    }

    fn quick_exit(&mut self) {
        self.pin.clear();
        self.confirm.clear();
        self.view = View::Main;
        match self.w.quick_exit() {
            QuickExit::Calculator(_) => {}
            QuickExit::LeaveApp => self.quit = true,
        }
    }

    fn next_locale(&mut self) {
        let tags: Vec<String> = l10n::available().into_iter().map(|i| i.tag).collect();
        let current = self.w.localizer().active_tag().to_string();
        let i = tags.iter().position(|t| *t == current).unwrap_or(0);
        let next = tags[(i + 1) % tags.len()].clone();
        self.w.set_device_locales(vec![next.clone()]);
        if self.w.state().ok() == Some(ProfileState::Unlocked)
            && let Ok(mut s) = self.w.settings()
        {
            s.locale = Some(next);
            if let Err(e) = self.w.update_settings(s) {
                self.fail(e);
            }
        }
    }

    fn main_key(&mut self, key: KeyEvent) {
        let screen = match self.w.screen() {
            Ok(s) => s,
            Err(e) => return self.fail(e),
        };
        match screen {
            Screen::Setup(_) | Screen::Unlock(_) => self.pin_key(&screen, key),
            Screen::Calculator(_) => self.calculator_key(key),
            Screen::Home(home) => match key.code {
                KeyCode::Up => self.home_sel = self.home_sel.saturating_sub(1),
                KeyCode::Down => {
                    self.home_sel = (self.home_sel + 1).min(home.menu.len().saturating_sub(1))
                }
                KeyCode::Char('q') => self.quit = true,
                KeyCode::Char('l') => self.w.lock(),
                KeyCode::Enter => {
                    if let Some(item) = home.menu.get(self.home_sel) {
                        self.view = self.open(&item.id);
                    }
                }
                _ => {}
            },
        }
    }

    fn open(&mut self, id: &str) -> View {
        match id {
            "lessons" => View::Lessons { sel: 0 },
            "checklists" => View::Checklist { sel: 0 },
            "redflags" => View::RedFlags {
                answers: vec![None; self.w.redflags_screen().questions.len()],
                sel: 0,
                result: None,
            },
            "directory" => View::Directory { scroll: 0 },
            "search" => View::Search {
                query: String::new(),
                scroll: 0,
            },
            "contacts" => View::Contacts { sel: 0 },
            "quiet" => {
                self.sync.start(&self.w, true);
                View::Quiet { sel: 0 }
            }
            "settings" => match SettingsEdit::load(&self.w) {
                Ok(s) => View::Settings(Box::new(s)),
                Err(e) => {
                    self.fail(e);
                    View::Main
                }
            },
            "backup" => View::Backup(Box::default()),
            "sos" => View::Sos { plan: None },
            "traces" => View::Traces { scroll: 0 },
            "safety" => View::Safety {
                sel: 0,
                confirm_wipe: false,
            },
            _ => View::Main,
        }
    }

    fn pin_key(&mut self, screen: &Screen, key: KeyEvent) {
        let setup = matches!(screen, Screen::Setup(_));
        let field = if setup && self.typing_confirm {
            &mut self.confirm
        } else {
            &mut self.pin
        };
        match key.code {
            KeyCode::Char(c) if field.chars().count() < 128 => field.push(c),
            KeyCode::Backspace => {
                field.pop();
            }
            KeyCode::Tab if setup => self.typing_confirm = !self.typing_confirm,
            KeyCode::Enter if setup && !self.typing_confirm => self.typing_confirm = true,
            KeyCode::Enter => {
                let result = if setup {
                    self.w.set_up(&self.pin, &self.confirm)
                } else {
                    self.w.unlock(&self.pin)
                };
                self.pin.clear();
                self.confirm.clear();
                self.typing_confirm = false;
                self.home_sel = 0;
                if let Err(e) = result {
                    self.fail(e);
                }
            }
            KeyCode::Esc => self.quit = true,
            _ => {}
        }
    }

    fn calculator_key(&mut self, key: KeyEvent) {
        let k = match key.code {
            KeyCode::Char(c @ '0'..='9') => CalcKey::Digit(c as u8 - b'0'),
            KeyCode::Char('.') => CalcKey::Point,
            KeyCode::Char('+') => CalcKey::Add,
            KeyCode::Char('-') => CalcKey::Subtract,
            KeyCode::Char('*') | KeyCode::Char('x') => CalcKey::Multiply,
            KeyCode::Char('/') => CalcKey::Divide,
            KeyCode::Char('=') | KeyCode::Enter => CalcKey::Equals,
            KeyCode::Char('c') | KeyCode::Delete => CalcKey::Clear,
            KeyCode::Backspace => CalcKey::Backspace,
            KeyCode::Esc => {
                self.quit = true;
                return;
            }
            _ => return,
        };
        if let Err(e) = self.w.calculator_press(k) {
            self.fail(e);
        }
    }

    fn content_key(&mut self, view: View, key: KeyEvent) -> View {
        if key.code == KeyCode::Esc {
            return match view {
                View::Lesson { .. } => View::Lessons { sel: 0 },
                View::Quiz { lesson, .. } => View::Lesson {
                    id: lesson,
                    scroll: 0,
                },
                View::ClassroomPick { .. } => View::Lessons { sel: 0 },
                View::Classroom { .. } => {
                    self.w.classroom_end();
                    View::ClassroomPick { sel: 0 }
                }
                View::Conversation { .. } => View::Quiet { sel: 0 },
                View::ContactEdit(_) => View::Contacts { sel: 0 },
                _ => View::Main,
            };
        }
        let up = key.code == KeyCode::Up;
        let down = key.code == KeyCode::Down;
        let enter = key.code == KeyCode::Enter;
        match view {
            View::Lessons { sel } => {
                let lessons = self.w.lessons_screen().lessons;
                match lessons.get(sel) {
                    Some(l) if enter => View::Lesson {
                        id: l.id.clone(),
                        scroll: 0,
                    },
                    // The entry after the lessons: classroom mode.
                    None if enter => View::ClassroomPick { sel: 0 },
                    _ => View::Lessons {
                        sel: step(sel, up, down, lessons.len() + 1),
                    },
                }
            }
            View::ClassroomPick { sel } => self.classroom_pick_key(sel, key),
            View::Classroom { sel, scroll } => self.classroom_key(sel, scroll, key),
            View::Lesson { id, scroll } => {
                if enter {
                    match self.w.quiz_question(&id, None) {
                        Ok(q) => View::Quiz {
                            lesson: id,
                            question: q.question_id,
                            sel: 0,
                        },
                        Err(e) => {
                            self.fail(e);
                            View::Lesson { id, scroll }
                        }
                    }
                } else {
                    View::Lesson {
                        id,
                        scroll: scroll_by(scroll, up, down),
                    }
                }
            }
            View::Quiz {
                lesson,
                question,
                sel,
            } => {
                let Ok(q) = self.w.quiz_question(&lesson, Some(&question)) else {
                    return View::Lessons { sel: 0 };
                };
                if !enter {
                    return View::Quiz {
                        lesson,
                        question,
                        sel: step(sel, up, down, q.options.len()),
                    };
                }
                if q.feedback.is_none() {
                    let chosen = q.options.get(sel).map(|o| o.id.clone()).unwrap_or_default();
                    if let Err(e) = self.w.answer_quiz(&lesson, &question, &chosen) {
                        self.fail(e);
                    }
                    View::Quiz {
                        lesson,
                        question,
                        sel,
                    }
                } else {
                    match q.next_question {
                        Some(next) => View::Quiz {
                            lesson,
                            question: next,
                            sel: 0,
                        },
                        None => View::Lesson {
                            id: lesson,
                            scroll: 0,
                        },
                    }
                }
            }
            View::Checklist { sel } => {
                let screen = self.w.checklist_screen();
                let items: Vec<(String, bool)> = screen
                    .stages
                    .iter()
                    .flat_map(|s| s.items.iter().map(|i| (i.id.clone(), i.checked)))
                    .collect();
                if let KeyCode::Char('r') = key.code {
                    // Next route (none → first → … → none).
                    let i = screen.routes.iter().position(|r| r.selected);
                    let next = match i {
                        None => screen.routes.first().map(|r| r.id.clone()),
                        Some(i) => screen.routes.get(i + 1).map(|r| r.id.clone()),
                    };
                    if let Err(e) = self.w.set_route(next.as_deref()) {
                        self.fail(e);
                    }
                    return View::Checklist { sel: 0 };
                }
                if enter || key.code == KeyCode::Char(' ') {
                    if let Some((id, checked)) = items.get(sel)
                        && let Err(e) = self.w.check_item(id, !checked)
                    {
                        self.fail(e);
                    }
                    return View::Checklist { sel };
                }
                View::Checklist {
                    sel: step(sel, up, down, items.len()),
                }
            }
            View::RedFlags {
                mut answers,
                sel,
                result,
            } => {
                if result.is_some() {
                    return View::RedFlags {
                        answers,
                        sel,
                        result,
                    };
                }
                let answer = match key.code {
                    KeyCode::Char('y') => Some(Answer::Yes),
                    KeyCode::Char('n') => Some(Answer::No),
                    KeyCode::Char('?') => Some(Answer::Unsure),
                    _ => None,
                };
                if let Some(a) = answer
                    && let Some(slot) = answers.get_mut(sel)
                {
                    *slot = Some(a);
                    let next = (sel + 1).min(answers.len().saturating_sub(1));
                    if answers.iter().all(Option::is_some) {
                        let screen = self.w.redflags_screen();
                        let given: Vec<(String, Answer)> = screen
                            .questions
                            .iter()
                            .zip(&answers)
                            .filter_map(|(q, a)| a.map(|a| (q.id.clone(), a)))
                            .collect();
                        match self.w.check_job_offer(&given, None) {
                            Ok(r) => {
                                return View::RedFlags {
                                    answers,
                                    sel,
                                    result: Some(Box::new(r)),
                                };
                            }
                            Err(e) => self.fail(e),
                        }
                    }
                    return View::RedFlags {
                        answers,
                        sel: next,
                        result: None,
                    };
                }
                let n = answers.len();
                View::RedFlags {
                    answers,
                    sel: step(sel, up, down, n),
                    result: None,
                }
            }
            View::Directory { scroll } => View::Directory {
                scroll: scroll_by(scroll, up, down),
            },
            View::Traces { scroll } => View::Traces {
                scroll: scroll_by(scroll, up, down),
            },
            View::Search { mut query, scroll } => {
                match key.code {
                    KeyCode::Char(c) if query.chars().count() < 200 => query.push(c),
                    KeyCode::Backspace => {
                        query.pop();
                    }
                    _ => {}
                }
                View::Search {
                    query,
                    scroll: scroll_by(scroll, up, down),
                }
            }
            View::Contacts { sel } => self.contacts_key(sel, key),
            View::ContactEdit(form) => self.contact_form_key(form, key),
            View::Quiet { sel } => self.quiet_key(sel, key),
            View::Conversation { id, draft, sel } => self.conversation_key(id, draft, sel, key),
            View::Settings(form) => self.settings_key(form, key),
            View::Backup(state) => self.backup_key(state, key),
            View::Sos { plan } => {
                if enter || key.code == KeyCode::Char('p') {
                    // The terminal never sends SMS: it shows what a phone would send.
                    match self.w.sos(None, key.code == KeyCode::Char('p')) {
                        Ok(p) => View::Sos {
                            plan: Some(Box::new(p)),
                        },
                        Err(e) => {
                            self.fail(e);
                            View::Sos { plan }
                        }
                    }
                } else {
                    View::Sos { plan }
                }
            }
            View::Safety { sel, confirm_wipe } => {
                let Ok(screen) = self.w.safety_screen() else {
                    return View::Main;
                };
                let n = screen.disguises.len() + 1;
                if enter {
                    if sel < screen.disguises.len() {
                        if let Err(e) = self.w.set_disguise(screen.disguises[sel].disguise) {
                            self.fail(e);
                        }
                        return View::Safety {
                            sel,
                            confirm_wipe: false,
                        };
                    }
                    if confirm_wipe {
                        if let Err(e) = self.w.wipe() {
                            self.fail(e);
                        }
                        return View::Main;
                    }
                    return View::Safety {
                        sel,
                        confirm_wipe: true,
                    };
                }
                View::Safety {
                    sel: step(sel, up, down, n),
                    confirm_wipe: false,
                }
            }
            View::Main => View::Main,
        }
    }
}

fn step(sel: usize, up: bool, down: bool, len: usize) -> usize {
    if up {
        sel.saturating_sub(1)
    } else if down {
        (sel + 1).min(len.saturating_sub(1))
    } else {
        sel
    }
}

fn scroll_by(scroll: u16, up: bool, down: bool) -> u16 {
    if up {
        scroll.saturating_sub(1)
    } else if down {
        scroll.saturating_add(1)
    } else {
        scroll
    }
}
