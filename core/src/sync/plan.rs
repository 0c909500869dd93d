//! The planner: which request the engine wants made next, or why none.
//! It only reads the outbox and the poll clocks, and marks what it hands
//! out as in flight; it must never apply an answer (see [`super::apply`]).

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use waymark_protocol::api::{self, StatusRequest};
use waymark_protocol::batch;

use super::runtime::{InFlight, Pending, PollClock};
use super::{MailboxRecord, OutboxItem, SyncEngine, SyncTask, SyncWait, decode};
use crate::error::{Error, Result};
use crate::store::quiet::{DeviceTable, OutboxRow, OutboxState, Write};
use crate::vault::{self, Record};

impl SyncEngine<'_> {
    pub(super) fn open_outbox(
        &self,
        device: &vault::DataKey,
        row: &OutboxRow,
    ) -> Option<OutboxItem> {
        vault::open(device, Record::OUTBOX, row.id, &row.sealed)
            .ok()
            .and_then(|json| decode(&json))
    }

    /// Records why the planner holds back, and until when.
    pub(super) fn hold_back(&self, why: SyncWait, until: Option<i64>) {
        let mut rt = self.wm.sync.runtime();
        rt.report.waiting = Some(why);
        rt.report.next_attempt_at = until;
        if why == SyncWait::RelayPaused {
            rt.report.paused_until = until;
        }
    }

    /// Plans the next request, or `None` when there is nothing to do now.
    /// Works while locked: everything it touches is device-sealed.
    pub fn next_task(&self) -> Result<Option<SyncTask>> {
        {
            let mut rt = self.wm.sync.runtime();
            rt.report.waiting = None;
            rt.report.next_attempt_at = None;
        }
        if !self.wm.sync.connectivity.is_online() {
            self.wm.sync.runtime().report.offline = true;
            self.hold_back(SyncWait::Offline, None);
            return Ok(None);
        }
        let now = self.wm.shared.now();
        let policy = &self.wm.sync.policy;
        let mut state = self.wm.shared.store().sync_state()?;
        if state.not_before > now {
            self.hold_back(SyncWait::RelayPaused, Some(state.not_before));
            return Ok(None);
        }
        if now - state.window_start >= policy.window_secs || now < state.window_start {
            state.window_start = now;
            state.window_requests = 0;
        }
        let window_end = state.window_start + policy.window_secs;
        if state.window_requests >= policy.max_requests_per_window {
            self.hold_back(SyncWait::BudgetSpent, Some(window_end));
            return Ok(None);
        }
        let device = self.wm.shared.device_key()?;
        let mut rt = self.wm.sync.runtime();

        // 1. Deliver what is due: one batch read from the index, oldest
        // first, however long the queue.
        let due: Vec<OutboxRow> =
            self.wm
                .shared
                .store()
                .outbox_due(OutboxState::Pending, now, policy.batch_size)?;
        if !due.is_empty() {
            let mut envelopes = Vec::with_capacity(due.len());
            let mut rows = Vec::with_capacity(due.len());
            let mut writes = Vec::new();
            for row in &due {
                match self.open_outbox(&device, row) {
                    Some(item) => {
                        envelopes.push(item.envelope);
                        rows.push(InFlight {
                            row: row.id,
                            attempts: row.attempts,
                            envelope_id: item.envelope_id,
                        });
                        writes.push(Write::Outbox {
                            id: row.id,
                            state: OutboxState::Inflight,
                            attempts: row.attempts,
                            next_at: row.next_at,
                        });
                    }
                    // Not readable with this device key: it can never be sent.
                    None => writes.push(Write::Outbox {
                        id: row.id,
                        state: OutboxState::Failed,
                        attempts: row.attempts,
                        next_at: row.next_at,
                    }),
                }
            }
            if !rows.is_empty() {
                state.window_requests += 1;
                writes.push(Write::SyncState(state));
                self.wm.shared.store().apply_bookkeeping(&writes)?;
                let body = batch_body(&envelopes)?;
                let mut task = rt.hand_out(
                    Pending::Send(rows),
                    "POST",
                    "/v1/envelopes".into(),
                    None,
                    body,
                    api::MAX_BATCH_ANSWER,
                );
                task.content_type = Some(batch::CONTENT_TYPE.to_string());
                return Ok(Some(task));
            }
            self.wm.shared.store().apply_bookkeeping(&writes)?;
        }

        // Polls leave a quarter of the window for sends.
        if state.window_requests >= policy.max_requests_per_window / 4 * 3 {
            let mailboxes = self.wm.shared.store().device_rows(DeviceTable::Mailboxes)?;
            let polls_due = PollClock::due(rt.status_poll.as_ref(), now)
                || mailboxes
                    .iter()
                    .any(|(row, _)| PollClock::due(rt.mailbox_polls.get(row), now));
            if polls_due {
                rt.report.waiting = Some(SyncWait::BudgetSpent);
                rt.report.next_attempt_at = Some(window_end);
            }
            return Ok(None);
        }

        // 2. Ask which sent messages the hotline has collected.
        if PollClock::due(rt.status_poll.as_ref(), now) {
            let sent: Vec<InFlight> = self
                .wm
                .shared
                .store()
                .outbox_due(OutboxState::Sent, i64::MAX, api::MAX_STATUS_IDS)?
                .iter()
                .filter_map(|r| {
                    self.open_outbox(&device, r).map(|i| InFlight {
                        row: r.id,
                        attempts: r.attempts,
                        envelope_id: i.envelope_id,
                    })
                })
                .collect();
            if sent.is_empty() {
                rt.status_poll = Some(PollClock::after(rt.status_poll, false, now, policy));
            } else {
                // Not again before the answer (or the interval).
                rt.status_poll = Some(PollClock {
                    next: now + policy.poll_interval_secs,
                    interval: rt
                        .status_poll
                        .map_or(policy.poll_interval_secs, |c| c.interval),
                });
                let body = serde_json::to_vec(&StatusRequest {
                    ids: sent.iter().map(|f| f.envelope_id.clone()).collect(),
                })
                .map_err(|_| Error::Internal("encode"))?;
                state.window_requests += 1;
                self.wm
                    .shared
                    .store()
                    .apply_bookkeeping(&[Write::SyncState(state)])?;
                return Ok(Some(rt.hand_out(
                    Pending::Status(sent),
                    "POST",
                    "/v1/envelopes/status".into(),
                    None,
                    body,
                    api::MAX_STATUS_ANSWER,
                )));
            }
        }

        // 3. Fetch replies, one mailbox per task.
        let mailboxes = self.wm.shared.store().device_rows(DeviceTable::Mailboxes)?;
        for (row, sealed) in mailboxes {
            if !PollClock::due(rt.mailbox_polls.get(&row), now) {
                continue;
            }
            let interval = rt
                .mailbox_polls
                .get(&row)
                .map_or(policy.poll_interval_secs, |c| c.interval);
            rt.mailbox_polls.insert(
                row,
                PollClock {
                    next: now + interval,
                    interval,
                },
            );
            let Some(record) = vault::open(&device, Record::MAILBOX, row, &sealed)
                .ok()
                .and_then(|json| decode::<MailboxRecord>(&json))
            else {
                continue;
            };
            state.window_requests += 1;
            self.wm
                .shared
                .store()
                .apply_bookkeeping(&[Write::SyncState(state)])?;
            let path = format!(
                "/v1/mailboxes/{}/envelopes?limit={}&after={}",
                record.mailbox_id,
                api::REPLY_PAGE,
                record.after
            );
            let bearer = Some(record.cap.clone());
            return Ok(Some(rt.hand_out(
                Pending::Mailbox(row, record),
                "GET",
                path,
                bearer,
                Vec::new(),
                api::MAX_REPLY_PAGE_ANSWER,
            )));
        }

        // 4. A newer content pack, at most daily and never on data saver.
        // The check counts when it is handed out, so one that fails (relay
        // down, bad answer) waits its interval like one that succeeded.
        if !self.wm.sync.connectivity.data_saver()
            && (now - state.pack_checked >= policy.pack_interval_secs || now < state.pack_checked)
        {
            state.pack_checked = now;
            state.window_requests += 1;
            self.wm
                .shared
                .store()
                .apply_bookkeeping(&[Write::SyncState(state)])?;
            let have = self.wm.content().status().version;
            let locale = self.wm.shared.localizer().active_tag().to_string();
            return Ok(Some(rt.hand_out(
                Pending::Pack,
                "GET",
                format!("/v1/packs/latest?have={have}&locale={locale}"),
                None,
                Vec::new(),
                api::MAX_PACK_ANSWER,
            )));
        }
        Ok(None)
    }
}

/// The binary batch body ([`batch::encode`]) of outbox envelopes (base64
/// as the outbox keeps them): format 2 envelopes grouped under their key
/// id, format 1 envelopes queued before the upgrade in a format 1 group,
/// all in outbox order.
fn batch_body(envelopes: &[String]) -> Result<Vec<u8>> {
    let bytes: Vec<Vec<u8>> = envelopes
        .iter()
        .map(|e| B64.decode(e.as_bytes()))
        .collect::<std::result::Result<_, _>>()
        // The outbox holds what this engine sealed, authenticated by the
        // device key: it always decodes.
        .map_err(|_| Error::Internal("outbox envelope"))?;
    batch::encode(bytes.iter().map(Vec::as_slice)).map_err(|_| Error::Internal("outbox envelope"))
}
