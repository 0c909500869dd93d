//! `waymark tui`: the interactive terminal app.
//!
//! It draws the core's screen models with ratatui and sends key presses
//! back as actions; every word on screen comes from the core (key hints
//! are symbols only). Quick exit is Ctrl-X from any screen: the profile
//! locks and the terminal shows the calculator disguise, or the app ends.
//! It acts at once whatever is running: long operations are jobs on their
//! own threads ([`jobs`]), stopped before the profile locks.
//! The terminal's focus reports are the app's lifecycle: they go to the
//! core's auto-lock rule, which decides whether an absence locks
//! ([`safety`]).
//!
//! Every screen scrolls, the same way ([`view`]): the selected item is kept
//! in view, so nothing that can be chosen (such as "Erase now") is ever
//! chosen unseen; screens without one scroll with ↑↓, and PgUp/PgDn move
//! any screen as far as the selection allows.
//!
//! The screen is drawn again only when something changed: a key, a resize,
//! an operation's progress, or a change the core reports to the app's
//! observer ([`Heard`]) — a message's status, a reply, a sync run — never
//! on a timer.

mod classroom;
mod forms;
mod jobs;
mod quiet;
mod safety;
mod view;
mod width;

use std::cell::Cell;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use waymark_core::calculator::CalcKey;
use waymark_core::content::redflags::Answer;
use waymark_core::observe::{Change, Observer};
use waymark_core::screens::redflags::RedFlagResult;
use waymark_core::screens::search::SearchResult;
use waymark_core::screens::{Destination, QuickExit};
use waymark_core::sos::{SosPlan, SosStage};
use waymark_core::{Error, Screen, Waymark, l10n};

use crate::relay::Relay;
use forms::{BackupState, ContactEdit, SettingsEdit};
use quiet::SyncWorker;
use safety::{DuressEdit, InstallEdit, PinEdit};

/// What is on screen.
#[derive(Debug)]
pub(crate) enum View {
    /// Set-up, unlock, home or calculator: whatever the core says.
    Main,
    Lessons {
        sel: usize,
    },
    Lesson {
        id: String,
    },
    Quiz {
        lesson: String,
        question: String,
        sel: usize,
    },
    /// The score, each wrong answer with the right one; Enter retakes.
    QuizResult {
        lesson: String,
    },
    /// Classroom mode: choosing the lesson.
    ClassroomPick {
        sel: usize,
    },
    /// A classroom session (held by the core, in memory only).
    Classroom {
        /// The option chosen on a question.
        sel: usize,
    },
    Checklist {
        sel: usize,
    },
    RedFlags {
        answers: Vec<Option<Answer>>,
        sel: usize,
        result: Option<Box<RedFlagResult>>,
    },
    /// The directory with its filters (country, language, purpose: all
    /// must hold), `sel` the filter chosen with ↑↓ and changed with ←→;
    /// `focus` is the entry a search result opened.
    Directory {
        filters: Box<DirectoryFilters>,
        sel: usize,
        focus: Option<String>,
    },
    Search {
        query: String,
        /// The chosen result; Enter opens its target.
        sel: usize,
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
        /// The earlier pages opened with ↑ past the first message shown,
        /// as the core's page cursors; empty: the newest page. ↓ past the
        /// last message goes back one.
        pages: Vec<i64>,
    },
    Settings(Box<SettingsEdit>),
    Backup(Box<BackupState>),
    /// SOS: the start (no plan), the core's review, then what was sent.
    /// `sel` is the chosen action; a review starts on "do not send", so
    /// sending always takes a deliberate move and ⏎.
    Sos {
        plan: Option<Box<SosPlan>>,
        sel: usize,
    },
    /// The SOS events recorded in the open profile.
    SosHistory,
    Traces,
    Safety {
        sel: usize,
        confirm_wipe: bool,
    },
    ChangePin(Box<PinEdit>),
    /// The second PIN (real profile only).
    Duress(Box<DuressEdit>),
    /// Erase after N wrong PINs: the chosen choice.
    WipeAfter {
        sel: usize,
    },
    /// Content from a file (from settings).
    ContentInstall(Box<InstallEdit>),
}

/// The directory's filters: the chosen country, language and purpose ids.
#[derive(Debug, Default)]
pub(crate) struct DirectoryFilters {
    pub country: Option<String>,
    pub language: Option<String>,
    pub purpose: Option<String>,
}

impl DirectoryFilters {
    /// The directory screen for these filters.
    pub fn screen(&self, w: &Waymark) -> waymark_core::screens::directory::DirectoryScreen {
        w.content().directory_screen(
            self.country.as_deref(),
            self.language.as_deref(),
            self.purpose.as_deref(),
        )
    }
}

/// The directory filters, in the order they are drawn.
pub(crate) const DIRECTORY_FILTERS: usize = 3;

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
    /// Where the screen is scrolled to, kept by [`view::draw`].
    pub scroll: Cell<view::Scroll>,
}

/// The app's observer: it only notes that the core changed something; the
/// event loop redraws from the core's models.
#[derive(Debug, Default)]
struct Heard(AtomicBool);

impl Observer for Heard {
    fn changed(&self, _: Change) {
        self.0.store(true, Ordering::Release);
    }
}

impl Heard {
    /// Whether anything changed since the last call.
    fn take(&self) -> bool {
        self.0.swap(false, Ordering::AcqRel)
    }
}

pub fn run(w: Waymark, relay: Relay) -> io::Result<()> {
    let relay = Arc::new(relay);
    let heard = Arc::new(Heard::default());
    // Without an observer (no thread for it) the app still works; it then
    // redraws on keys and progress only.
    let _observation = w.quiet().observe(heard.clone()).ok();
    let mut terminal = ratatui::init();
    // Focus reports are the terminal's lifecycle: the core's auto-lock
    // rule hears when the app leaves the screen and comes back. A terminal
    // that cannot report focus simply never sends them.
    let _ = ratatui::crossterm::execute!(io::stdout(), event::EnableFocusChange);
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
        scroll: Cell::default(),
    };
    let result = event_loop(&mut terminal, &mut app, &heard);
    let _ = ratatui::crossterm::execute!(io::stdout(), event::DisableFocusChange);
    app.stop_all();
    app.w.profile().lock();
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, heard: &Heard) -> io::Result<()> {
    let mut redraw = true;
    while !app.quit {
        if redraw {
            terminal.draw(|f| view::draw(f, app))?;
        }
        // How long to wait for a key before looking at what the core and
        // the jobs reported (the terminal cannot be woken from another
        // thread). Nothing is read or drawn unless something changed.
        let busy = app.busy();
        let wait = if busy { 100 } else { 200 };
        redraw = busy;
        if event::poll(Duration::from_millis(wait))? {
            match event::read()? {
                Event::Key(key) if key.kind == KeyEventKind::Press => {
                    app.handle(key);
                    redraw = true;
                }
                Event::Resize(..) => redraw = true,
                // Focus reports feed the core's auto-lock rule.
                Event::FocusLost => redraw |= app.lifecycle(Some(false)),
                Event::FocusGained => redraw |= app.lifecycle(Some(true)),
                _ => {}
            }
        }
        redraw |= app.lifecycle(None);
        let changed = heard.take();
        app.tick(changed);
        // A change, or an operation that started or ended.
        redraw |= changed || app.busy() != busy;
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
        if key.code == KeyCode::Esc && self.stop_running() {
            return;
        }
        if self.scroll_key(key.code) {
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
        // Nothing of the profile's stays on screen (a notice would show
        // under the calculator disguise).
        self.notice = None;
        self.stop_all();
        match self.w.safety().quick_exit() {
            QuickExit::Calculator(_) => {}
            QuickExit::LeaveApp => self.quit = true,
        }
    }

    /// Whether an operation is running.
    fn busy(&self) -> bool {
        self.sync.running().is_some() || matches!(&self.view, View::Backup(b) if b.job.is_some())
    }

    /// Stops every operation running and leaves its screen (dropping a
    /// job stops it too), before the profile locks.
    fn stop_all(&mut self) {
        self.sync.stop();
        self.view = View::Main;
    }

    /// Esc while the operation of this screen runs: stops it (the screen
    /// stays, and says it stopped); whether there was one.
    fn stop_running(&mut self) -> bool {
        match &self.view {
            View::Backup(b) => match &b.job {
                Some(job) => {
                    job.cancel();
                    true
                }
                None => false,
            },
            View::Quiet { .. } | View::Conversation { .. } => self.sync.stop(),
            _ => false,
        }
    }

    /// PgUp/PgDn on any screen, ↑↓ on a screen with nothing to choose:
    /// scrolls; whether the key was used.
    fn scroll_key(&mut self, code: KeyCode) -> bool {
        let mut s = self.scroll.get();
        let page = s.page.saturating_sub(1).max(1);
        let (back, by) = match code {
            KeyCode::PageUp => (true, page),
            KeyCode::PageDown => (false, page),
            KeyCode::Up if !s.follows => (true, 1),
            KeyCode::Down if !s.follows => (false, 1),
            _ => return false,
        };
        s.offset = if back {
            s.offset.saturating_sub(by)
        } else {
            s.offset.saturating_add(by)
        };
        self.scroll.set(s);
        // ↑↓ still reach a screen that reads them (a conversation picks a
        // message with them).
        matches!(code, KeyCode::PageUp | KeyCode::PageDown)
    }

    fn next_locale(&mut self) {
        let tags: Vec<String> = l10n::available().into_iter().map(|i| i.tag).collect();
        let current = self.w.localizer().active_tag().to_string();
        let i = tags.iter().position(|t| *t == current).unwrap_or(0);
        let next = tags[(i + 1) % tags.len()].clone();
        if let Err(e) = self.w.profile().choose_locale(&next) {
            self.fail(e);
        }
    }

    fn main_key(&mut self, key: KeyEvent) {
        let screen = match self.w.profile().screen() {
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
                KeyCode::Char('l') => self.w.profile().lock(),
                KeyCode::Enter => {
                    if let Some(item) = home.menu.get(self.home_sel) {
                        self.view = self.open(item.destination);
                    }
                }
                _ => {}
            },
        }
    }

    fn open(&mut self, destination: Destination) -> View {
        match destination {
            Destination::Lessons => View::Lessons { sel: 0 },
            Destination::Checklists => View::Checklist { sel: 0 },
            Destination::Redflags => View::RedFlags {
                answers: vec![None; self.w.content().redflags_screen().questions.len()],
                sel: 0,
                result: None,
            },
            Destination::Directory => View::Directory {
                filters: Box::default(),
                sel: 0,
                focus: None,
            },
            Destination::Search => View::Search {
                query: String::new(),
                sel: 0,
            },
            Destination::Contacts => View::Contacts { sel: 0 },
            Destination::Quiet => {
                self.sync.start(&self.w, true);
                View::Quiet { sel: 0 }
            }
            Destination::Settings => match SettingsEdit::load(&self.w) {
                Ok(s) => View::Settings(Box::new(s)),
                Err(e) => {
                    self.fail(e);
                    View::Main
                }
            },
            Destination::Backup => View::Backup(Box::default()),
            Destination::Sos => View::Sos { plan: None, sel: 0 },
            Destination::Traces => View::Traces,
            Destination::Safety => View::Safety {
                sel: 0,
                confirm_wipe: false,
            },
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
                    self.w.profile().set_up(&self.pin, &self.confirm)
                } else {
                    self.w.profile().unlock(&self.pin)
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
        if let Err(e) = self.w.safety().calculator_press(k) {
            self.fail(e);
        }
    }

    fn content_key(&mut self, view: View, key: KeyEvent) -> View {
        if key.code == KeyCode::Esc {
            return match view {
                View::Lesson { .. } => View::Lessons { sel: 0 },
                View::Quiz { lesson, .. } | View::QuizResult { lesson } => {
                    View::Lesson { id: lesson }
                }
                View::ClassroomPick { .. } => View::Lessons { sel: 0 },
                View::Classroom { .. } => {
                    self.w.content().classroom_end();
                    View::ClassroomPick { sel: 0 }
                }
                View::Conversation { .. } => View::Quiet { sel: 0 },
                View::ContactEdit(_) => View::Contacts { sel: 0 },
                View::ChangePin(_) => self.back_to_safety(safety::Entry::ChangePin),
                View::Duress(_) => self.back_to_safety(safety::Entry::SecondPin),
                View::WipeAfter { .. } => self.back_to_safety(safety::Entry::WipeAfter),
                View::SosHistory => View::Sos { plan: None, sel: 2 },
                View::ContentInstall(_) => match SettingsEdit::load(&self.w) {
                    Ok(s) => View::Settings(Box::new(SettingsEdit { field: 5, ..s })),
                    Err(_) => View::Main,
                },
                _ => View::Main,
            };
        }
        let up = key.code == KeyCode::Up;
        let down = key.code == KeyCode::Down;
        let enter = key.code == KeyCode::Enter;
        match view {
            View::Lessons { sel } => {
                let lessons = self.w.content().lessons_screen().lessons;
                match lessons.get(sel) {
                    Some(l) if enter => View::Lesson { id: l.id.clone() },
                    // The entry after the lessons: classroom mode.
                    None if enter => View::ClassroomPick { sel: 0 },
                    _ => View::Lessons {
                        sel: step(sel, up, down, lessons.len() + 1),
                    },
                }
            }
            View::ClassroomPick { sel } => self.classroom_pick_key(sel, key),
            View::Classroom { sel } => self.classroom_key(sel, key),
            View::Lesson { id } => {
                // The quiz starts where the core says.
                let start = self.w.content().lesson_screen(&id).map(|s| s.quiz_start);
                match start {
                    Ok(Some(question)) if enter => View::Quiz {
                        lesson: id,
                        question,
                        sel: 0,
                    },
                    Err(e) if enter => {
                        self.fail(e);
                        View::Lesson { id }
                    }
                    _ => View::Lesson { id },
                }
            }
            View::Quiz {
                lesson,
                question,
                sel,
            } => {
                let Ok(q) = self.w.content().quiz_question(&lesson, Some(&question)) else {
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
                    if let Err(e) = self.w.content().answer_quiz(&lesson, &question, &chosen) {
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
                        None => View::QuizResult { lesson },
                    }
                }
            }
            View::QuizResult { lesson } => {
                if !enter {
                    return View::QuizResult { lesson };
                }
                match self.w.content().retake_quiz(&lesson) {
                    Ok(q) => View::Quiz {
                        lesson,
                        question: q.question_id,
                        sel: 0,
                    },
                    Err(e) => {
                        self.fail(e);
                        View::QuizResult { lesson }
                    }
                }
            }
            View::Checklist { sel } => {
                let screen = self.w.content().checklist_screen();
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
                    if let Err(e) = self.w.content().set_route(next.as_deref()) {
                        self.fail(e);
                    }
                    return View::Checklist { sel: 0 };
                }
                if enter || key.code == KeyCode::Char(' ') {
                    if let Some((id, checked)) = items.get(sel)
                        && let Err(e) = self.w.content().check_item(id, !checked)
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
                        let screen = self.w.content().redflags_screen();
                        let given: Vec<(String, Answer)> = screen
                            .questions
                            .iter()
                            .zip(&answers)
                            .filter_map(|(q, a)| a.map(|a| (q.id.clone(), a)))
                            .collect();
                        match self.w.content().check_job_offer(&given, None) {
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
            View::Directory {
                mut filters,
                sel,
                focus,
            } => {
                let left = key.code == KeyCode::Left;
                if key.code == KeyCode::Right || left {
                    let s = filters.screen(&self.w);
                    let (options, chosen) = match sel {
                        0 => (&s.countries, &mut filters.country),
                        1 => (&s.languages, &mut filters.language),
                        _ => (&s.purposes, &mut filters.purpose),
                    };
                    let ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
                    *chosen = cycle(&ids, chosen.as_deref(), left);
                }
                // Any key lets go of a search result's entry: the screen
                // then scrolls from the filters.
                let sel = if focus.is_some() {
                    sel
                } else {
                    step(sel, up, down, DIRECTORY_FILTERS)
                };
                View::Directory {
                    filters,
                    sel,
                    focus: None,
                }
            }
            View::Traces => View::Traces,
            View::Search { mut query, sel } => {
                let results = self.w.content().search(&query).results;
                if enter
                    && let Some(r) = results.get(sel)
                    && let Some(view) = self.open_search_result(r)
                {
                    return view;
                }
                let sel = match key.code {
                    KeyCode::Char(c) if query.chars().count() < 200 => {
                        query.push(c);
                        0
                    }
                    KeyCode::Backspace => {
                        query.pop();
                        0
                    }
                    _ => step(sel, up, down, results.len()),
                };
                View::Search { query, sel }
            }
            View::Contacts { sel } => self.contacts_key(sel, key),
            View::ContactEdit(form) => self.contact_form_key(form, key),
            View::Quiet { sel } => self.quiet_key(sel, key),
            View::Conversation {
                id,
                draft,
                sel,
                pages,
            } => self.conversation_key(id, draft, sel, pages, key),
            View::Settings(form) => self.settings_key(form, key),
            View::Backup(state) => self.backup_key(state, key),
            View::Sos { plan, sel } => self.sos_key(plan, sel, key),
            View::Safety { sel, confirm_wipe } => self.safety_key(sel, confirm_wipe, key),
            View::ChangePin(p) => self.change_pin_key(p, key),
            View::Duress(d) => self.duress_key(d, key),
            View::WipeAfter { sel } => self.wipe_after_key(sel, key),
            View::ContentInstall(f) => self.install_key(f, key),
            View::SosHistory => View::SosHistory,
            View::Main => View::Main,
        }
    }
}

impl App {
    /// The SOS screen's keys. The steps are the core's: the start offers
    /// "send" (a review) and practice (one step); a review offers its
    /// confirm and cancel labels; after sending, the plan is shown as is.
    /// The terminal never sends SMS: it shows what a phone would send.
    fn sos_key(&mut self, plan: Option<Box<SosPlan>>, sel: usize, key: KeyEvent) -> View {
        let up = key.code == KeyCode::Up;
        let down = key.code == KeyCode::Down;
        let enter = key.code == KeyCode::Enter;
        let reviewing = plan.as_ref().is_some_and(|p| p.stage == SosStage::Review);
        let result = match (&plan, enter, key.code) {
            (None, true, _) if sel == 2 => return View::SosHistory,
            (None, true, _) if sel == 0 => self.w.sos().review(None),
            (None, true, _) | (None, _, KeyCode::Char('p')) => self.w.sos().practice(None),
            (Some(_), true, _) if reviewing && sel == 0 => self.w.sos().confirm(),
            (Some(_), true, _) if reviewing => {
                self.w.sos().cancel();
                return View::Sos { plan: None, sel: 0 };
            }
            _ => {
                let n = match &plan {
                    None => 3,
                    Some(_) if reviewing => 2,
                    Some(_) => 0,
                };
                return View::Sos {
                    plan,
                    sel: step(sel, up, down, n),
                };
            }
        };
        match result {
            Ok(p) => View::Sos {
                // A review starts on "do not send" (the second action).
                sel: usize::from(p.stage == SosStage::Review),
                plan: Some(Box::new(p)),
            },
            Err(e) => {
                self.fail(e);
                View::Sos { plan, sel }
            }
        }
    }

    /// The screen a search result opens in, at the thing it names (the
    /// core's [`SearchResult::open`]); `None` for a result that opens
    /// nothing.
    fn open_search_result(&mut self, r: &SearchResult) -> Option<View> {
        let open = r.open.as_ref()?;
        let id = open.id.clone();
        Some(match self.open(open.destination) {
            View::Lessons { .. } => View::Lesson { id },
            View::Checklist { .. } => {
                // The item's place among those the checklist shows for the
                // person's route (the first item when another route is set).
                let sel = self
                    .w
                    .content()
                    .checklist_screen()
                    .stages
                    .iter()
                    .flat_map(|s| &s.items)
                    .position(|i| i.id == id)
                    .unwrap_or(0);
                View::Checklist { sel }
            }
            View::RedFlags {
                answers, result, ..
            } => View::RedFlags {
                sel: self
                    .w
                    .content()
                    .redflags_screen()
                    .questions
                    .iter()
                    .position(|q| q.id == id)
                    .unwrap_or(0),
                answers,
                result,
            },
            View::Directory { filters, sel, .. } => View::Directory {
                filters,
                sel,
                focus: Some(id),
            },
            other => other,
        })
    }
}

/// The option after `current` in `ids` (before it, `back`), going round
/// through "none": none → first → … → last → none.
fn cycle(ids: &[String], current: Option<&str>, back: bool) -> Option<String> {
    let i = current.and_then(|c| ids.iter().position(|x| x.eq_ignore_ascii_case(c)));
    let next = match (i, back) {
        (None, false) => Some(0),
        (None, true) => ids.len().checked_sub(1),
        (Some(i), false) => Some(i + 1),
        (Some(i), true) => i.checked_sub(1),
    };
    next.and_then(|n| ids.get(n).cloned())
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
