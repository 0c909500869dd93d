//! The sync engine's memory: what each handed-out task is for, the poll
//! clocks and the report being built. Never written anywhere: a process
//! that ends forgets it, and the outbox's in-flight rows go back to
//! pending at the next start.

use std::collections::HashMap;

use super::{MailboxRecord, SyncPolicy, SyncReport, SyncTask};

/// An outbox entry handed to a transport: its row, its attempts so far and
/// the envelope id the relay answers by.
#[derive(Debug, Clone)]
pub(crate) struct InFlight {
    pub(crate) row: i64,
    pub(crate) attempts: u32,
    pub(crate) envelope_id: String,
}

/// What a handed-out task was for.
#[derive(Debug, Clone)]
pub(super) enum Pending {
    /// Outbox rows with their attempts so far.
    Send(Vec<InFlight>),
    Status(Vec<InFlight>),
    Mailbox(i64, MailboxRecord),
    Pack,
}

/// When a poll is next due, and the interval it is on.
#[derive(Debug, Clone, Copy)]
pub(super) struct PollClock {
    pub(super) next: i64,
    pub(super) interval: i64,
}

impl PollClock {
    pub(super) fn due(clock: Option<&PollClock>, now: i64) -> bool {
        clock.is_none_or(|c| now >= c.next)
    }

    /// After a poll: quick again if it found something, else slower.
    pub(super) fn after(
        clock: Option<PollClock>,
        found: bool,
        now: i64,
        policy: &SyncPolicy,
    ) -> PollClock {
        let interval = match clock {
            Some(c) if !found => (c.interval * 2).min(policy.max_poll_interval_secs),
            _ => policy.poll_interval_secs,
        };
        PollClock {
            next: now + interval,
            interval,
        }
    }
}

/// In-memory engine state: tasks handed out and poll times.
#[derive(Debug, Default)]
pub(crate) struct SyncRuntime {
    pub(super) next_id: u64,
    /// What each handed-out task is for, and the longest answer it may get.
    pub(super) tasks: HashMap<u64, (Pending, u64)>,
    pub(super) status_poll: Option<PollClock>,
    pub(super) mailbox_polls: HashMap<i64, PollClock>,
    pub(super) report: SyncReport,
}

impl SyncRuntime {
    pub(super) fn hand_out(
        &mut self,
        pending: Pending,
        method: &str,
        path: String,
        bearer: Option<String>,
        body: Vec<u8>,
        max_response_bytes: usize,
    ) -> SyncTask {
        self.next_id += 1;
        let id = self.next_id;
        let max_response_bytes = max_response_bytes as u64;
        self.tasks.insert(id, (pending, max_response_bytes));
        SyncTask {
            id,
            method: method.into(),
            path,
            bearer,
            content_type: (!body.is_empty()).then(|| "application/json".to_string()),
            body,
            max_response_bytes,
        }
    }
}
