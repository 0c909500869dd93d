//! When the next sync is due: the one cadence every driver follows, so no
//! UI invents its own timer (the terminal app asks before each run; a
//! platform may schedule its next background run by it).
//!
//! The answer is the earliest of what the planner
//! ([`SyncEngine::next_task`]) would hand out: a pending message past its
//! backoff, a poll of the delivery status (while a message waits to be
//! collected) or of a reply mailbox at its interval, the daily pack check
//! (not under the data-saver hint); no earlier than a pause the relay asked
//! for, or than the end of a spent request window. This module only reads:
//! it must never plan, hand out or write anything.

use crate::error::Result;
use crate::store::Table;
use crate::store::quiet::{OutboxState, SyncStateRow};

use super::{PollClock, SyncEngine, SyncPolicy};

/// What the next sync's time depends on.
#[derive(Debug, Clone, Copy)]
struct Due {
    now: i64,
    state: SyncStateRow,
    /// When the first pending message may go.
    send: Option<i64>,
    /// When the first poll is due.
    poll: Option<i64>,
    /// When the pack check is due.
    pack: Option<i64>,
}

impl Due {
    /// The earliest time anything can be done, never before `now`.
    fn next_at(&self, policy: &SyncPolicy) -> Option<i64> {
        let (now, state) = (self.now, &self.state);
        let fresh = now - state.window_start >= policy.window_secs || now < state.window_start;
        let used = if fresh { 0 } else { state.window_requests };
        let window_end = if fresh {
            now
        } else {
            state.window_start + policy.window_secs
        };
        // As the planner: polls and the pack check leave a quarter of the
        // window for sends, and nothing goes once it is spent.
        let after_window = |t: i64| t.max(window_end);
        let send = self.send.map(|t| {
            if used >= policy.max_requests_per_window {
                after_window(t)
            } else {
                t
            }
        });
        let optional = self.poll.into_iter().chain(self.pack).min().map(|t| {
            if used >= policy.max_requests_per_window / 4 * 3 {
                after_window(t)
            } else {
                t
            }
        });
        let earliest = send.into_iter().chain(optional).min()?;
        Some(earliest.max(state.not_before).max(now))
    }
}

impl SyncEngine<'_> {
    /// When the next sync has something to do (Unix seconds; the current
    /// time when it is due now), or `None` while offline (a sync then waits
    /// for a network, not for a time). Works while locked; reads only.
    pub fn next_sync_at(&self) -> Result<Option<i64>> {
        let facts = self.wm.sync.connectivity.facts();
        if !facts.online() {
            return Ok(None);
        }
        let now = self.wm.shared.now();
        let policy = self.wm.sync.policy();
        let (state, send, any_sent, mailboxes) = {
            let store = self.wm.shared.store();
            let state = store.sync_state()?;
            let (_, send) = store.outbox_pending()?;
            let any_sent = store
                .outbox_counts()?
                .iter()
                .any(|(s, n)| *s == OutboxState::Sent && *n > 0);
            let mailboxes: Vec<i64> = store
                .device_rows(Table::Mailboxes)?
                .into_iter()
                .map(|(row, _)| row)
                .collect();
            (state, send, any_sent, mailboxes)
        };
        let poll = {
            let rt = self.wm.sync.runtime();
            let next = |c: Option<&PollClock>| c.map_or(now, |c| c.next);
            let status = any_sent.then(|| next(rt.status_poll.as_ref()));
            let boxes = mailboxes.iter().map(|row| next(rt.mailbox_polls.get(row)));
            status.into_iter().chain(boxes).min()
        };
        let pack = (!facts.saves_data()).then(|| {
            if now < state.pack_checked {
                now
            } else {
                state.pack_checked + policy.pack_interval_secs
            }
        });
        Ok(Due {
            now,
            state,
            send,
            poll,
            pack,
        }
        .next_at(policy))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    fn due(state: SyncStateRow) -> Due {
        Due {
            now: NOW,
            state,
            send: None,
            poll: None,
            pack: None,
        }
    }

    fn idle() -> SyncStateRow {
        SyncStateRow {
            not_before: 0,
            window_start: NOW - 10,
            window_requests: 0,
            pack_checked: NOW,
        }
    }

    #[test]
    fn the_earliest_work_is_next_and_never_before_now() {
        let p = SyncPolicy::default();
        assert_eq!(due(idle()).next_at(&p), None, "nothing to do");
        let d = Due {
            send: Some(NOW + 30),
            poll: Some(NOW + 60),
            pack: Some(NOW + 86_400),
            ..due(idle())
        };
        assert_eq!(d.next_at(&p), Some(NOW + 30));
        let late = Due {
            send: Some(NOW - 100),
            ..d
        };
        assert_eq!(late.next_at(&p), Some(NOW), "overdue means now");
        let polls = Due { send: None, ..d };
        assert_eq!(polls.next_at(&p), Some(NOW + 60));
    }

    #[test]
    fn a_relay_pause_and_a_spent_window_push_it_back() {
        let p = SyncPolicy::default();
        let paused = Due {
            send: Some(NOW),
            ..due(SyncStateRow {
                not_before: NOW + 300,
                ..idle()
            })
        };
        assert_eq!(paused.next_at(&p), Some(NOW + 300));
        let window_end = NOW - 10 + p.window_secs;
        // Three quarters spent: polls wait for the window, sends do not.
        let polls_spent = Due {
            poll: Some(NOW + 60),
            ..due(SyncStateRow {
                window_requests: p.max_requests_per_window / 4 * 3,
                ..idle()
            })
        };
        assert_eq!(polls_spent.next_at(&p), Some(window_end));
        let with_send = Due {
            send: Some(NOW + 5),
            ..polls_spent
        };
        assert_eq!(with_send.next_at(&p), Some(NOW + 5));
        let all_spent = Due {
            state: SyncStateRow {
                window_requests: p.max_requests_per_window,
                ..idle()
            },
            ..with_send
        };
        assert_eq!(all_spent.next_at(&p), Some(window_end));
        // A window that has run out is fresh again.
        let old = Due {
            state: SyncStateRow {
                window_start: NOW - p.window_secs,
                window_requests: p.max_requests_per_window,
                ..idle()
            },
            ..with_send
        };
        assert_eq!(old.next_at(&p), Some(NOW + 5));
    }
}
