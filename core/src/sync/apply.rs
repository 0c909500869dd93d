//! The appliers: what the answer to a handed-out task changes in the
//! outbox, the mailboxes, the poll clocks and the report. Each answer is
//! applied in one transaction; an answer the engine cannot read changes
//! nothing but the retry schedule.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use waymark_protocol::api::{self, BatchOutcome, BatchResponse, Page, RelayStatus, StatusResponse};
use waymark_protocol::batch;
use waymark_protocol::message::hex;

use super::runtime::{InFlight, Pending, PollClock};
use super::{
    InboxRecord, MailboxRecord, SyncEngine, SyncPolicy, TaskOutcome, Write, backoff_secs, decode,
    encode, random_u32,
};
use crate::error::{Error, Result};
use crate::shared::random_id;
use crate::store::quiet::{DeviceTable, OutboxState};
use crate::vault::{self, Record};

impl SyncEngine<'_> {
    /// Applies the outcome of a task from [`crate::SyncEngine::next_task`].
    pub fn report_result(&self, task_id: u64, outcome: TaskOutcome) -> Result<()> {
        let (pending, max_response_bytes) = self
            .wm
            .sync
            .runtime()
            .tasks
            .remove(&task_id)
            .ok_or(Error::UnknownSyncTask)?;
        // A platform driver that read past the limit gets the same answer
        // as one that stopped in time.
        let outcome = match outcome {
            TaskOutcome::Response(r) if r.body.len() as u64 > max_response_bytes => {
                TaskOutcome::TooLarge
            }
            other => other,
        };
        let now = self.wm.shared.now();
        let policy = self.wm.sync.policy.clone();
        {
            let mut rt = self.wm.sync.runtime();
            rt.report.requests += 1;
            match outcome {
                TaskOutcome::NetworkError => rt.report.network_errors += 1,
                TaskOutcome::TooLarge => rt.report.refused_answers += 1,
                _ => {}
            }
        }
        // A pause the server asked for applies to everything.
        if let TaskOutcome::Response(r) = &outcome
            && (r.status == 429 || r.status == 503)
        {
            let pause = r
                .retry_after_secs
                .unwrap_or(policy.base_backoff_secs)
                .min(policy.max_retry_after_secs);
            let mut state = self.wm.shared.store().sync_state()?;
            state.not_before = now + pause as i64;
            self.wm
                .shared
                .store()
                .apply_bookkeeping(&[Write::SyncState(state)])?;
        }
        match pending {
            Pending::Send(rows) => self.apply_send(&rows, &outcome, now, &policy),
            Pending::Status(rows) => self.apply_status(&rows, &outcome),
            Pending::Mailbox(row, record) => {
                let page = self.apply_mailbox(row, record, &outcome, now)?;
                self.reschedule_poll(Some(row), page > 0);
                if page >= api::REPLY_PAGE {
                    // A full page: more may wait; read on at once.
                    if let Some(clock) = self.wm.sync.runtime().mailbox_polls.get_mut(&row) {
                        clock.next = now;
                    }
                }
                Ok(())
            }
            Pending::Pack => {
                if let TaskOutcome::Response(r) = &outcome
                    && r.status == 200
                    && let Ok(status) = self.wm.content().install_pack(&r.body)
                {
                    self.wm.sync.runtime().report.pack_installed = Some(status.version);
                }
                // A pack that does not verify or is not newer is ignored
                // until the next daily check.
                Ok(())
            }
        }
    }

    pub(super) fn apply_send(
        &self,
        rows: &[InFlight],
        outcome: &TaskOutcome,
        now: i64,
        policy: &SyncPolicy,
    ) -> Result<()> {
        let retry = |attempts: u32| {
            let attempts = attempts + 1;
            Write::Outbox {
                id: 0,
                state: OutboxState::Pending,
                attempts,
                next_at: now + backoff_secs(policy, attempts, random_u32()) as i64,
            }
        };
        let with_id = |w: Write<'static>, id: i64| match w {
            Write::Outbox {
                state,
                attempts,
                next_at,
                ..
            } => Write::Outbox {
                id,
                state,
                attempts,
                next_at,
            },
            other => other,
        };
        let mut writes: Vec<Write<'static>> = Vec::new();
        let (mut sent, mut failed) = (0, 0);
        match outcome {
            TaskOutcome::Cancelled => {
                for InFlight {
                    row: id, attempts, ..
                } in rows
                {
                    writes.push(Write::Outbox {
                        id: *id,
                        state: OutboxState::Pending,
                        attempts: *attempts,
                        next_at: now,
                    });
                }
            }
            TaskOutcome::Response(r) if r.status == 200 => {
                let results = batch_results(&r.body, rows);
                for (
                    index,
                    InFlight {
                        row: id,
                        attempts,
                        envelope_id,
                    },
                ) in rows.iter().enumerate()
                {
                    let result = results.as_ref().and_then(|all| {
                        all.iter().find(|o| match o {
                            BatchOutcome::Stored { id } | BatchOutcome::Duplicate { id } => {
                                id == envelope_id
                            }
                            BatchOutcome::Rejected { index: i, .. } => *i == index,
                        })
                    });
                    match result {
                        Some(BatchOutcome::Stored { .. } | BatchOutcome::Duplicate { .. }) => {
                            sent += 1;
                            writes.push(Write::Outbox {
                                id: *id,
                                state: OutboxState::Sent,
                                attempts: *attempts,
                                next_at: now,
                            });
                        }
                        Some(BatchOutcome::Rejected { .. }) => {
                            failed += 1;
                            writes.push(Write::Outbox {
                                id: *id,
                                state: OutboxState::Failed,
                                attempts: *attempts,
                                next_at: now,
                            });
                        }
                        // An answer that does not account for it: try again.
                        None => writes.push(with_id(retry(*attempts), *id)),
                    }
                }
            }
            TaskOutcome::Response(r)
                if (400..500).contains(&r.status) && ![408, 429].contains(&r.status) =>
            {
                // A permanent refusal: retrying the same bytes cannot help.
                for InFlight {
                    row: id, attempts, ..
                } in rows
                {
                    failed += 1;
                    writes.push(Write::Outbox {
                        id: *id,
                        state: OutboxState::Failed,
                        attempts: *attempts,
                        next_at: now,
                    });
                }
            }
            // 5xx, 408, 429, network errors, answers too large: back off
            // and try again.
            _ => {
                for InFlight {
                    row: id, attempts, ..
                } in rows
                {
                    writes.push(with_id(retry(*attempts), *id));
                }
            }
        }
        self.wm.shared.store().apply_bookkeeping(&writes)?;
        let mut rt = self.wm.sync.runtime();
        rt.report.sent += sent;
        rt.report.failed += failed;
        Ok(())
    }

    /// Sets the next poll of the delivery status (`mailbox` `None`) or of
    /// one mailbox: quick again if it found something, slower if not.
    pub(super) fn reschedule_poll(&self, mailbox: Option<i64>, found: bool) {
        let now = self.wm.shared.now();
        let mut rt = self.wm.sync.runtime();
        match mailbox {
            None => {
                rt.status_poll = Some(PollClock::after(
                    rt.status_poll,
                    found,
                    now,
                    &self.wm.sync.policy,
                ));
            }
            Some(row) => {
                let next = PollClock::after(
                    rt.mailbox_polls.get(&row).copied(),
                    found,
                    now,
                    &self.wm.sync.policy,
                );
                rt.mailbox_polls.insert(row, next);
            }
        }
    }

    pub(super) fn apply_status(&self, rows: &[InFlight], outcome: &TaskOutcome) -> Result<()> {
        let changed = self.apply_status_answer(rows, outcome)?;
        self.reschedule_poll(None, changed);
        Ok(())
    }

    /// Whether anything changed.
    pub(super) fn apply_status_answer(
        &self,
        rows: &[InFlight],
        outcome: &TaskOutcome,
    ) -> Result<bool> {
        let TaskOutcome::Response(r) = outcome else {
            return Ok(false);
        };
        let Some(answer) = (r.status == 200)
            .then(|| decode::<StatusResponse>(&r.body))
            .flatten()
        else {
            return Ok(false);
        };
        let mut writes = Vec::new();
        let mut delivered = 0;
        for InFlight {
            row: id,
            attempts,
            envelope_id,
        } in rows
        {
            let status = answer
                .statuses
                .iter()
                .find(|s| &s.id == envelope_id)
                .map(|s| s.status);
            let state = match status {
                Some(RelayStatus::Fetched) => {
                    delivered += 1;
                    OutboxState::Delivered
                }
                // The relay lost it (restored from an old backup, say):
                // send it again; the relay deduplicates by id.
                Some(RelayStatus::Unknown) => OutboxState::Pending,
                _ => continue,
            };
            writes.push(Write::Outbox {
                id: *id,
                state,
                attempts: *attempts,
                next_at: 0,
            });
        }
        self.wm.shared.store().apply_bookkeeping(&writes)?;
        self.wm.sync.runtime().report.delivered += delivered;
        Ok(!writes.is_empty())
    }

    /// Stores a page of replies and moves the read position past it;
    /// returns how many items the page held, or 0 when it did not move the
    /// read position (nothing new, however it is padded). Only replies that can be
    /// right are kept: a well-formed envelope under the id the page gives,
    /// sealed to this conversation's reply key, not already waiting. While
    /// unlocked they are opened at once, so the report counts only replies
    /// that reached a conversation.
    pub(super) fn apply_mailbox(
        &self,
        row: i64,
        mut record: MailboxRecord,
        outcome: &TaskOutcome,
        now: i64,
    ) -> Result<usize> {
        let TaskOutcome::Response(r) = outcome else {
            return Ok(0);
        };
        let Some(page) = (r.status == 200).then(|| decode::<Page>(&r.body)).flatten() else {
            return Ok(0);
        };
        if page.envelopes.is_empty() {
            return Ok(0);
        }
        let device = self.wm.shared.device_key()?;
        let mut waiting: std::collections::HashSet<String> = self
            .wm
            .shared
            .store()
            .device_rows(DeviceTable::Inbox)?
            .into_iter()
            .filter_map(|(id, sealed)| {
                vault::open(&device, Record::INBOX, id, &sealed)
                    .ok()
                    .and_then(|json| decode::<InboxRecord>(&json))
                    .map(|r| r.envelope_id)
            })
            .collect();
        let mut sealed_rows = Vec::with_capacity(page.envelopes.len());
        for item in &page.envelopes {
            let header = B64
                .decode(item.envelope.as_bytes())
                .ok()
                .and_then(|bytes| waymark_protocol::envelope::header(&bytes).ok());
            let Some(header) = header else { continue };
            let id = hex(&header.id);
            if id != item.id
                || record
                    .key_id
                    .as_ref()
                    .is_some_and(|k| *k != hex(&header.key_id))
                || !waiting.insert(id)
            {
                continue;
            }
            let inbox = InboxRecord {
                mailbox_id: record.mailbox_id.clone(),
                envelope: item.envelope.clone(),
                envelope_id: item.id.clone(),
                received_at: now,
            };
            let id = random_id()?;
            sealed_rows.push((
                id,
                vault::seal(&device, Record::INBOX, id, &encode(&inbox)?)?,
            ));
        }
        let before = record.after;
        record.after = record.after.max(page.next);
        let sealed_box = vault::seal(&device, Record::MAILBOX, row, &encode(&record)?)?;
        // The replies and the new read position land together: a crash
        // cannot lose a reply or fetch it twice.
        let mut writes: Vec<Write<'_>> = sealed_rows
            .iter()
            .map(|(id, sealed)| Write::PutDevice {
                table: DeviceTable::Inbox,
                id: *id,
                sealed,
            })
            .collect();
        writes.push(Write::PutDevice {
            table: DeviceTable::Mailboxes,
            id: row,
            sealed: &sealed_box,
        });
        self.wm.shared.store().apply(&writes)?;
        let kept = match self.session_key() {
            Some((profile, key)) => {
                let opened = self.wm.quiet().open_replies(&key, profile)?;
                sealed_rows
                    .iter()
                    .filter(|(id, _)| opened.contains(id))
                    .count()
            }
            None => sealed_rows.len(),
        } as u32;
        self.wm.sync.runtime().report.replies += kept;
        Ok(if record.after > before {
            page.envelopes.len()
        } else {
            0
        })
    }
}

/// The outcomes of a batch answer: binary (one status byte per envelope,
/// in the order sent) or JSON (an older relay). A binary answer with
/// another count accounts for nothing.
fn batch_results(body: &[u8], rows: &[InFlight]) -> Option<Vec<BatchOutcome>> {
    if let Some(statuses) = batch::decode_answer(body) {
        if statuses.len() != rows.len() {
            return None;
        }
        return Some(
            statuses
                .iter()
                .zip(rows)
                .enumerate()
                .map(|(index, (status, f))| match status {
                    batch::ItemStatus::Stored => BatchOutcome::Stored {
                        id: f.envelope_id.clone(),
                    },
                    batch::ItemStatus::Duplicate => BatchOutcome::Duplicate {
                        id: f.envelope_id.clone(),
                    },
                    batch::ItemStatus::Malformed => BatchOutcome::Rejected {
                        index,
                        code: "malformed".into(),
                    },
                    batch::ItemStatus::TooLarge => BatchOutcome::Rejected {
                        index,
                        code: "too_large".into(),
                    },
                })
                .collect(),
        );
    }
    decode::<BatchResponse>(body).map(|b| b.results)
}
