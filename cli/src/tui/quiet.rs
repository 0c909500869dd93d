//! Quiet contact in the terminal app: the conversation list, one
//! conversation with its compose line, and sync in the background.
//!
//! Sync runs as a [`Job`] on its own thread so the screen never waits for
//! the network, and when the core says the next sync is due
//! ([`waymark_core::SyncEngine::next_sync_at`]): the terminal app keeps no cadence of its
//! own. The screens redraw when the core reports a change (`super::Heard`),
//! so "Waiting to send" → "Sent" → "Delivered" and replies appear by
//! themselves. While a sync runs the screens say so, and Esc stops it (what
//! was in flight waits in the outbox); quick exit stops it too.

use std::sync::Arc;

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use waymark_core::clock::{Clock, SystemClock};
use waymark_core::sync::SyncWait;
use waymark_core::{Error, Waymark};

use super::jobs::Job;
use super::{App, View, step};
use crate::relay::Relay;

/// The longest draft kept (the core checks the real limit, in bytes).
const DRAFT_MAX: usize = 4000;

enum Outcome {
    /// Whether the relay could not be reached, and why the engine holds
    /// back (the core's localized note).
    Done {
        unreachable: bool,
        wait: Option<String>,
    },
    /// A localized description of what went wrong.
    Failed(String),
}

/// Runs the sync engine on a background thread, one run at a time.
pub(crate) struct SyncWorker {
    relay: Arc<Relay>,
    job: Option<Job<Outcome>>,
    /// When the core said the next sync is due (Unix seconds; `Some(None)`:
    /// not while offline), until something changes; `None`: ask again.
    due: Option<Option<i64>>,
    /// When the last run started (Unix seconds): a run that is due starts
    /// at most once a second, whatever the core answers.
    last_start: Option<i64>,
    /// Start again as soon as the current run ends (something new was queued).
    again: bool,
    /// The person stopped a run: no new one starts by itself until they
    /// open quiet contact again or send something.
    stopped: bool,
    /// What the last run could not do, localized; `None` when it went well.
    pub problem: Option<String>,
}

impl SyncWorker {
    pub fn new(relay: Arc<Relay>) -> Self {
        SyncWorker {
            relay,
            job: None,
            due: None,
            last_start: None,
            again: false,
            stopped: false,
            problem: None,
        }
    }

    /// Starts a sync now, or right after the one that is running. `poll`
    /// asks for delivery status and replies now (the person opened
    /// quiet contact); otherwise only what the engine's intervals make due
    /// is polled, so a screen left open does not poll every few seconds.
    pub fn start(&mut self, w: &Arc<Waymark>, poll: bool) {
        self.stopped = false;
        if self.job.is_some() {
            self.again = true;
            return;
        }
        self.again = false;
        if poll {
            w.sync().request();
        }
        self.due = None;
        self.last_start = Some(SystemClock.now_unix());
        let worker = w.clone();
        self.job = Job::start("sync", &self.relay, async move |transport| {
            let w = worker;
            match w.sync().run_due(transport).await {
                Ok(r) => Outcome::Done {
                    unreachable: r.offline || r.network_errors > 0,
                    wait: matches!(
                        r.waiting,
                        Some(SyncWait::RelayPaused | SyncWait::BudgetSpent)
                    )
                    .then(|| w.sync().wait_note(&r))
                    .flatten(),
                },
                Err(e) => Outcome::Failed(w.describe(&e)),
            }
        });
        if self.job.is_none() {
            self.problem = Some(w.describe(&Error::Internal("thread")));
        }
    }

    /// The turning mark of the sync running, if one is.
    pub fn running(&self) -> Option<char> {
        self.job.as_ref().map(Job::spinner)
    }

    /// Stops the sync running, if any; whether there was one.
    pub fn stop(&mut self) -> bool {
        self.again = false;
        match &self.job {
            Some(job) => {
                job.cancel();
                self.stopped = true;
                true
            }
            None => false,
        }
    }

    /// Collects a finished run; starts one when the core says it is due.
    /// `changed`: the core reported a change, so the due time may differ.
    fn tick(&mut self, w: &Arc<Waymark>, screen_open: bool, changed: bool) {
        if changed {
            self.due = None;
        }
        if let Some(job) = &self.job {
            let Some(outcome) = job.result() else {
                return;
            };
            self.job = None;
            self.due = None;
            self.problem = match outcome {
                _ if self.stopped => Some(w.describe(&Error::Cancelled)),
                Outcome::Done {
                    unreachable: false,
                    wait,
                } => wait,
                Outcome::Done {
                    unreachable: true, ..
                } => Some(w.sync().offline_note()),
                Outcome::Failed(text) => Some(text),
            };
        }
        if self.again {
            return self.start(w, false);
        }
        if !screen_open || self.stopped {
            return;
        }
        // Asked once per change, not on every tick: the answer reads the
        // database.
        let due = *self
            .due
            .get_or_insert_with(|| w.sync().next_sync_at().ok().flatten());
        let now = SystemClock.now_unix();
        if due.is_some_and(|at| at <= now) && self.last_start.is_none_or(|t| t < now) {
            self.start(w, false);
        }
    }
}

impl App {
    /// After every key press, and whenever the loop wakes: collects what
    /// the jobs finished and starts a sync that is due. `changed`: the
    /// core reported a change since the last tick.
    pub(super) fn tick(&mut self, changed: bool) {
        let open = matches!(self.view, View::Quiet { .. } | View::Conversation { .. });
        self.sync.tick(&self.w, open, changed);
        self.backup_tick();
    }

    pub(super) fn quiet_key(&mut self, sel: usize, key: KeyEvent) -> View {
        let screen = match self.w.quiet().conversations_screen() {
            Ok(s) => s,
            Err(e) => {
                self.fail(e);
                return View::Main;
            }
        };
        let n = screen.hotlines.len() + screen.conversations.len();
        match key.code {
            KeyCode::Up => View::Quiet {
                sel: step(sel, true, false, n),
            },
            KeyCode::Down => View::Quiet {
                sel: step(sel, false, true, n),
            },
            KeyCode::Enter => {
                let id = if let Some(h) = screen.hotlines.get(sel) {
                    match self.w.quiet().conversation_with(&h.id) {
                        Ok(id) => id,
                        Err(e) => {
                            self.fail(e);
                            return View::Quiet { sel };
                        }
                    }
                } else if let Some(c) = screen.conversations.get(sel - screen.hotlines.len()) {
                    c.id
                } else {
                    return View::Quiet { sel };
                };
                View::Conversation {
                    id,
                    draft: String::new(),
                    sel: None,
                    pages: Vec::new(),
                }
            }
            _ => View::Quiet { sel },
        }
    }

    pub(super) fn conversation_key(
        &mut self,
        id: i64,
        mut draft: String,
        sel: Option<usize>,
        mut pages: Vec<i64>,
        key: KeyEvent,
    ) -> View {
        let screen = match self.w.quiet().conversation_page(id, pages.last().copied()) {
            Ok(s) => s,
            Err(e) => {
                self.fail(e);
                return View::Quiet { sel: 0 };
            }
        };
        let n = screen.messages.len();
        // ↑ on the first message shown opens the page before it; ↓ on the
        // last one of an earlier page goes back to the page after it.
        match (key.code, sel) {
            (KeyCode::Up, Some(0)) => {
                if let Some(earlier) = screen.earlier {
                    pages.push(earlier);
                    let shown = self
                        .w
                        .quiet()
                        .conversation_page(id, Some(earlier))
                        .map_or(0, |s| s.messages.len());
                    return View::Conversation {
                        id,
                        draft,
                        sel: shown.checked_sub(1),
                        pages,
                    };
                }
            }
            (KeyCode::Down, Some(i)) if i + 1 >= n && !pages.is_empty() => {
                pages.pop();
                return View::Conversation {
                    id,
                    draft,
                    sel: Some(0),
                    pages,
                };
            }
            _ => {}
        }
        let sel = match key.code {
            KeyCode::Up if n > 0 => Some(sel.map_or(n - 1, |i| i.saturating_sub(1))),
            KeyCode::Down => sel.and_then(|i| (i + 1 < n).then_some(i + 1)),
            _ => sel,
        };
        match key.code {
            KeyCode::Char(c) if draft.chars().count() < DRAFT_MAX => draft.push(c),
            KeyCode::Backspace => {
                draft.pop();
            }
            KeyCode::Enter => {
                let retry = sel
                    .and_then(|i| screen.messages.get(i))
                    .filter(|m| m.can_retry && draft.trim().is_empty());
                if let Some(m) = retry {
                    match self.w.quiet().retry_message(m.id) {
                        Ok(()) => self.sync.start(&self.w, false),
                        Err(e) => self.fail(e),
                    }
                } else {
                    // An empty draft gets the core's "write a message first".
                    match self.w.quiet().send_message(id, &draft) {
                        Ok(_) => {
                            draft.clear();
                            // What was sent shows on the newest page.
                            pages.clear();
                            self.sync.start(&self.w, false);
                        }
                        Err(e) => self.fail(e),
                    }
                }
                return View::Conversation {
                    id,
                    draft,
                    sel: None,
                    pages,
                };
            }
            _ => {}
        }
        View::Conversation {
            id,
            draft,
            sel,
            pages,
        }
    }
}
