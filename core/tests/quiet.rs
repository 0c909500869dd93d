//! Quiet contact end to end against an in-memory relay that follows the
//! relay API (docs/protocol.md) and can misbehave on purpose: messages,
//! the outbox and both sync drivers, delivery status, replies, crash
//! recovery, fault injection, Retry-After, the request cap, and backups.
//! Time is a test clock moved by hand: nothing sleeps.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use waymark_core::clock::Clock;
use waymark_core::observe::{Change, Observer};
use waymark_core::quiet::MessageStatus;
use waymark_core::sync::{
    HttpResponse, NetworkFacts, SyncPolicy, SyncTask, TaskOutcome, Transport,
};
use waymark_core::vault::FileSecret;
use waymark_core::{Channel, ContactInput, Error, Waymark};
use waymark_protocol::api::{
    BatchOutcome, BatchResponse, EnvelopeBatch, EnvelopeStatus, Page, PageItem, RelayStatus,
    StatusRequest, StatusResponse,
};
use waymark_protocol::message::{
    AnyMessage, HotlineMessage, HotlineReply, ReplyTo, ReplyV2, Route, from_hex, hex,
};
use waymark_protocol::{batch, envelope};
use waymark_testkit::profile::{Profile, TestClock};
use waymark_testkit::proxy::endless_relay;
use waymark_testkit::{block_on, dev_hotline_secret as hotline_secret};

const PIN: &str = "482915";
const HOTLINE: &str = "waymark-dev";

fn open(dir: &Path, clock: &Arc<TestClock>) -> Waymark {
    Profile::new(dir)
        .clock(clock.clone())
        .locale("en")
        .sync_policy(SyncPolicy {
            batch_size: 10,
            ..SyncPolicy::default()
        })
        .open()
}

fn set_up(dir: &Path, clock: &Arc<TestClock>) -> Waymark {
    let w = open(dir, clock);
    w.profile().set_up(PIN, PIN).unwrap();
    w
}

/// What the fake relay does with the next request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    None,
    ServerError,
    /// Connection refused or timed out before the server saw anything.
    Unreachable,
    /// The server stored the batch but the answer was lost (reset).
    LostAnswer,
    Busy {
        retry_after: u64,
    },
    Refuse(u16),
}

#[derive(Debug, Default)]
struct RelayState {
    /// Envelope id → (bytes, fetched).
    envelopes: HashMap<String, (Vec<u8>, bool)>,
    order: Vec<String>,
    /// Times each envelope id arrived (duplicates included).
    arrivals: HashMap<String, u32>,
    mailboxes: HashMap<String, Vec<PageItem>>,
    backups: HashMap<String, Vec<u8>>,
    pack: Option<Vec<u8>>,
    requests: u32,
    plan: Vec<Fault>,
    /// The operator's memory: the reply route of each conversation
    /// reference, from the messages that carried it.
    routes: HashMap<[u8; 8], Route>,
    /// Batches that came as the binary body, and as JSON.
    binary_batches: u32,
    json_batches: u32,
}

/// An in-memory relay behind the engine's transport trait.
#[derive(Debug, Default, Clone)]
struct FakeRelay(Arc<Mutex<RelayState>>);

fn respond(status: u16, body: Vec<u8>) -> TaskOutcome {
    TaskOutcome::Response(HttpResponse {
        status,
        retry_after: None,
        body,
        pack_version: None,
    })
}

impl FakeRelay {
    /// Faults for the next requests, in order; afterwards all succeed.
    fn plan(&self, faults: &[Fault]) {
        self.0.lock().unwrap().plan = faults.iter().rev().copied().collect();
    }

    fn handle(&self, task: &SyncTask) -> TaskOutcome {
        let mut s = self.0.lock().unwrap();
        s.requests += 1;
        let fault = s.plan.pop().unwrap_or(Fault::None);
        match fault {
            Fault::Unreachable => return TaskOutcome::NetworkError,
            Fault::ServerError => return respond(500, b"{}".to_vec()),
            Fault::Busy { retry_after } => {
                return TaskOutcome::Response(HttpResponse {
                    status: 429,
                    retry_after: Some(retry_after.to_string()),
                    body: Vec::new(),
                    pack_version: None,
                });
            }
            Fault::Refuse(code) => return respond(code, b"{}".to_vec()),
            Fault::None | Fault::LostAnswer => {}
        }
        let path = task.path.split('?').next().unwrap().to_string();
        let answer = match (task.method.as_str(), path.as_str()) {
            ("POST", "/v1/envelopes") => {
                let binary = task.content_type.as_deref() == Some(batch::CONTENT_TYPE);
                let envelopes: Vec<Vec<u8>> = if binary {
                    s.binary_batches += 1;
                    batch::decode(&task.body)
                        .unwrap()
                        .into_iter()
                        .map(|e| e.unwrap())
                        .collect()
                } else {
                    s.json_batches += 1;
                    let batch: EnvelopeBatch = serde_json::from_slice(&task.body).unwrap();
                    batch
                        .envelopes
                        .iter()
                        .map(|b64| B64.decode(b64).unwrap())
                        .collect()
                };
                let mut results = Vec::new();
                for (index, bytes) in envelopes.into_iter().enumerate() {
                    match envelope::header(&bytes) {
                        Ok(h) => {
                            let id = hex(&h.id);
                            *s.arrivals.entry(id.clone()).or_default() += 1;
                            if s.envelopes.contains_key(&id) {
                                results.push(BatchOutcome::Duplicate { id });
                            } else {
                                s.envelopes.insert(id.clone(), (bytes, false));
                                s.order.push(id.clone());
                                results.push(BatchOutcome::Stored { id });
                            }
                        }
                        Err(_) => results.push(BatchOutcome::Rejected {
                            index,
                            code: "malformed".into(),
                        }),
                    }
                }
                if binary {
                    let statuses: Vec<batch::ItemStatus> = results
                        .iter()
                        .map(|o| match o {
                            BatchOutcome::Stored { .. } => batch::ItemStatus::Stored,
                            BatchOutcome::Duplicate { .. } => batch::ItemStatus::Duplicate,
                            BatchOutcome::Rejected { .. } => batch::ItemStatus::Malformed,
                        })
                        .collect();
                    respond(200, batch::encode_answer(&statuses))
                } else {
                    respond(200, serde_json::to_vec(&BatchResponse { results }).unwrap())
                }
            }
            ("POST", "/v1/envelopes/status") => {
                let req: StatusRequest = serde_json::from_slice(&task.body).unwrap();
                let statuses = req
                    .ids
                    .iter()
                    .map(|id| EnvelopeStatus {
                        id: id.clone(),
                        status: match s.envelopes.get(id) {
                            Some((_, true)) => RelayStatus::Fetched,
                            Some((_, false)) => RelayStatus::Stored,
                            None => RelayStatus::Unknown,
                        },
                    })
                    .collect();
                respond(
                    200,
                    serde_json::to_vec(&StatusResponse { statuses }).unwrap(),
                )
            }
            ("GET", p) if p.starts_with("/v1/mailboxes/") => {
                let mailbox = p.split('/').nth(3).unwrap().to_string();
                let cap: [u8; 32] = from_hex(task.bearer.as_deref().unwrap())
                    .unwrap()
                    .try_into()
                    .unwrap();
                assert_eq!(waymark_protocol::message::mailbox_id(&cap), mailbox);
                let after: i64 = task
                    .path
                    .split("after=")
                    .nth(1)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0);
                let items: Vec<PageItem> = s
                    .mailboxes
                    .get(&mailbox)
                    .map(|v| v.iter().filter(|i| i.seq > after).cloned().collect())
                    .unwrap_or_default();
                let next = items.last().map_or(after, |i| i.seq);
                respond(
                    200,
                    serde_json::to_vec(&Page {
                        envelopes: items,
                        next,
                    })
                    .unwrap(),
                )
            }
            ("PUT", p) if p.starts_with("/v1/backups/") => {
                s.backups.insert(p[12..].to_string(), task.body.clone());
                respond(200, b"{\"stored\":true}".to_vec())
            }
            ("GET", p) if p.starts_with("/v1/backups/") => match s.backups.get(&p[12..]) {
                Some(blob) => respond(200, blob.clone()),
                None => respond(404, b"{}".to_vec()),
            },
            ("GET", "/v1/packs/latest") => match &s.pack {
                Some(p) => respond(200, p.clone()),
                None => respond(404, b"{}".to_vec()),
            },
            other => panic!("unexpected request {other:?}"),
        };
        if fault == Fault::LostAnswer {
            return TaskOutcome::NetworkError;
        }
        answer
    }

    /// The hotline operator collects and decrypts everything new. A format
    /// 2 message is shown in the old shape (`v` 2, `conversation` its
    /// 16-hex reference) with the route the operator has for its
    /// conversation from any message that carried it (arrival order does
    /// not matter); without one yet, `reply_to` is empty, and replying
    /// fails, as with the real tools.
    fn operator_fetch(&self) -> Vec<(String, HotlineMessage)> {
        let sk = hotline_secret();
        let mut s = self.0.lock().unwrap();
        let mut opened = Vec::new();
        for id in s.order.clone() {
            let (bytes, fetched) = s.envelopes.get_mut(&id).unwrap();
            if *fetched {
                continue;
            }
            *fetched = true;
            let (h, plain) = envelope::open(&sk, bytes).unwrap();
            let m = AnyMessage::decode(h.format, &plain).unwrap();
            if let Some(route) = m.route() {
                s.routes.insert(m.conversation_ref(), route);
            }
            opened.push((id, m));
        }
        let mut out = Vec::new();
        for (id, m) in opened {
            let shown = match m {
                AnyMessage::V1(m) => m,
                AnyMessage::V2(m) => {
                    let route = s.routes.get(&m.conversation).cloned();
                    HotlineMessage {
                        v: 2,
                        conversation: hex(&m.conversation),
                        seq: m.seq,
                        sent_at: m.sent_at,
                        locale: route.as_ref().map(|r| r.locale.clone()).unwrap_or_default(),
                        body: m.body,
                        reply_to: ReplyTo {
                            key: route.as_ref().map(|r| hex(&r.key)).unwrap_or_default(),
                            mailbox: route.map(|r| hex(&r.mailbox)).unwrap_or_default(),
                        },
                    }
                }
            };
            out.push((id, shown));
        }
        out
    }

    /// Answers in the message's format, as the hotline's tools do.
    fn operator_reply(&self, to: &HotlineMessage, text: &str) {
        let id = [9u8; 16].map(|b| b ^ (to.seq as u8));
        let bytes = sealed_reply_bytes(to, id, to.sent_at + 60, text);
        self.put_in_mailbox(&to.reply_to.mailbox, &hex(&id), B64.encode(bytes));
    }

    /// Anything at all in a mailbox, as a relay (or someone who knows the
    /// mailbox id) could put it there.
    fn put_in_mailbox(&self, mailbox: &str, id: &str, envelope: String) {
        let mut s = self.0.lock().unwrap();
        let seq = s.mailboxes.values().map(Vec::len).sum::<usize>() as i64 + 1;
        s.mailboxes
            .entry(mailbox.to_string())
            .or_default()
            .push(PageItem {
                seq,
                id: id.to_string(),
                envelope,
            });
    }

    fn stored(&self) -> usize {
        self.0.lock().unwrap().envelopes.len()
    }

    fn requests(&self) -> u32 {
        self.0.lock().unwrap().requests
    }

    fn max_arrivals(&self) -> u32 {
        self.0
            .lock()
            .unwrap()
            .arrivals
            .values()
            .copied()
            .max()
            .unwrap_or(0)
    }
}

impl Transport for FakeRelay {
    async fn execute(&self, task: &SyncTask) -> TaskOutcome {
        self.handle(task)
    }
}

fn statuses(w: &Waymark, conversation: i64) -> Vec<Option<MessageStatus>> {
    w.quiet()
        .conversation_screen(conversation)
        .unwrap()
        .messages
        .iter()
        .map(|m| m.status)
        .collect()
}

#[test]
fn written_offline_delivered_once_read_and_answered() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    {
        let w = set_up(dir.path(), &clock);
        let hotlines = w.quiet().hotlines();
        assert!(hotlines.iter().any(|h| h.id == HOTLINE && h.development));
        let c = w.quiet().conversation_with(HOTLINE).unwrap();
        let sent = w
            .quiet()
            .send_message(c, "  I need help. ช่วยด้วย  ")
            .unwrap();
        assert_eq!(sent.status, Some(MessageStatus::Queued));
        assert_eq!(sent.body, "I need help. ช่วยด้วย");
        // No network: every attempt fails, nothing is lost.
        relay.plan(&[Fault::Unreachable]);
        let report = block_on(w.sync().run_now(&relay)).unwrap();
        assert_eq!(report.sent, 0);
        assert_eq!(report.queued, 1);
        assert!(
            report.next_attempt_in.unwrap() >= 1,
            "backs off, no busy loop"
        );
        assert_eq!(statuses(&w, c), vec![Some(MessageStatus::Queued)]);
        // The process ends here.
    }
    let w = open(dir.path(), &clock);
    // Locked: the engine still delivers (the outbox is device-sealed),
    // and its report shows no counts.
    clock.advance(10);
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(relay.stored(), 1);
    assert_eq!(report.sent, 0, "locked: nothing shows messages exist");

    w.profile().unlock(PIN).unwrap();
    let c = w.quiet().conversations_screen().unwrap().conversations[0].id;
    assert_eq!(statuses(&w, c), vec![Some(MessageStatus::Sent)]);

    let inbox = relay.operator_fetch();
    assert_eq!(inbox.len(), 1);
    let (_, message) = &inbox[0];
    assert_eq!(message.body, "I need help. ช่วยด้วย");
    assert_eq!(message.seq, 1);
    assert_eq!(message.locale, "en");

    clock.advance(120);
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.delivered, 1);
    assert_eq!(statuses(&w, c), vec![Some(MessageStatus::Delivered)]);

    relay.operator_reply(message, "We are here. Are you safe now?");
    clock.advance(120);
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.replies, 1);
    let screen = w.quiet().conversation_screen(c).unwrap();
    assert_eq!(screen.messages.len(), 2);
    assert_eq!(screen.messages[0].status, Some(MessageStatus::Replied));
    assert_eq!(screen.messages[0].status_label, "The hotline replied");
    assert!(!screen.messages[1].outgoing);
    assert_eq!(screen.messages[1].body, "We are here. Are you safe now?");
    // Fetching again brings nothing twice.
    clock.advance(120);
    block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(w.quiet().conversation_screen(c).unwrap().messages.len(), 2);
    assert_eq!(relay.max_arrivals(), 1);
}

#[test]
fn faults_on_a_third_of_requests_still_deliver_everything_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    for i in 0..60 {
        w.quiet().send_message(c, &format!("message {i}")).unwrap();
    }
    // Every third request fails in one of the ways networks fail.
    let cycle = [
        Fault::ServerError,
        Fault::None,
        Fault::None,
        Fault::LostAnswer,
        Fault::None,
        Fault::None,
        Fault::Unreachable,
        Fault::None,
        Fault::None,
        Fault::Busy { retry_after: 30 },
        Fault::None,
        Fault::None,
    ];
    let plan: Vec<Fault> = cycle.iter().cycle().take(300).copied().collect();
    relay.plan(&plan);
    let mut rounds = 0;
    loop {
        let report = block_on(w.sync().run_now(&relay)).unwrap();
        if report.queued == 0 {
            break;
        }
        rounds += 1;
        assert!(rounds < 50, "does not converge");
        // Wait exactly as long as the engine asks: pause or backoff.
        let wait = report
            .paused_until
            .map(|t| t - clock.now_unix())
            .unwrap_or(0)
            .max(report.next_attempt_in.unwrap_or(0) as i64)
            .max(1);
        clock.advance(wait);
    }
    assert_eq!(relay.stored(), 60);
    assert_eq!(w.sync().outbox_summary().unwrap().sent, 60);
    // A lost answer means the same batch arrives again — and is stored once.
    assert!(relay.max_arrivals() >= 2);
    // Not a busy loop: 60 messages in batches of 10, plus the failures.
    assert!(relay.requests() < 40, "{} requests", relay.requests());
}

#[test]
fn a_process_killed_mid_sync_resends_and_the_relay_stores_once() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    {
        let w = set_up(dir.path(), &clock);
        let c = w.quiet().conversation_with(HOTLINE).unwrap();
        for i in 0..5 {
            w.quiet().send_message(c, &format!("m{i}")).unwrap();
        }
        // The platform took a task and made the request, and the process
        // died before it could report the answer.
        let task = w.sync().next_task().unwrap().unwrap();
        relay.handle(&task);
        assert_eq!(
            w.sync().outbox_summary().unwrap().queued,
            5,
            "in flight counts as waiting"
        );
    }
    let w = open(dir.path(), &clock);
    w.profile().unlock(PIN).unwrap();
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.sent, 5);
    assert_eq!(relay.stored(), 5);
    assert_eq!(relay.max_arrivals(), 2);
    assert_eq!(w.sync().outbox_summary().unwrap().sent, 5);
}

#[test]
fn platform_driver_tasks_and_results() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    w.quiet().send_message(c, "hello").unwrap();
    let task = w.sync().next_task().unwrap().unwrap();
    assert_eq!(
        (task.method.as_str(), task.path.as_str()),
        ("POST", "/v1/envelopes")
    );
    assert_eq!(task.content_type.as_deref(), Some(batch::CONTENT_TYPE));
    // A cancelled task goes back to pending with no penalty.
    w.sync()
        .report_result(task.id, TaskOutcome::Cancelled)
        .unwrap();
    assert!(matches!(
        w.sync().report_result(task.id, TaskOutcome::Cancelled),
        Err(Error::UnknownSyncTask)
    ));
    let task = w.sync().next_task().unwrap().unwrap();
    assert_eq!(task.path, "/v1/envelopes");
    let outcome = relay.handle(&task);
    w.sync().report_result(task.id, outcome).unwrap();
    // Then the new mailbox and the daily pack check; the delivery status
    // is asked a poll interval after the send.
    let drain = |w: &Waymark| {
        let mut paths = Vec::new();
        while let Some(task) = w.sync().next_task().unwrap() {
            paths.push(task.path.split('?').next().unwrap().to_string());
            let outcome = relay.handle(&task);
            w.sync().report_result(task.id, outcome).unwrap();
        }
        paths
    };
    let paths = drain(&w);
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths[0].starts_with("/v1/mailboxes/"));
    assert_eq!(paths[1], "/v1/packs/latest");
    assert!(w.sync().next_task().unwrap().is_none(), "nothing due now");
    clock.advance(61);
    assert_eq!(drain(&w), vec!["/v1/envelopes/status".to_string()]);
    // Quiet hours: every poll that brings nothing doubles the interval, up
    // to an hour. Four hours of a timer firing every minute make a handful
    // of requests, not 480.
    let mut polls = 0;
    for _ in 0..240 {
        clock.advance(60);
        polls += drain(&w).len();
    }
    assert!((6..=24).contains(&polls), "{polls} polls in 4 hours");
    // The hotline collects it: the next status poll says delivered, and a
    // new message makes polling quick again.
    relay.operator_fetch();
    w.sync().request();
    assert!(drain(&w).contains(&"/v1/envelopes/status".to_string()));
    assert_eq!(w.sync().outbox_summary().unwrap().delivered, 1);
    clock.advance(3600);
    drain(&w);
    w.quiet().send_message(c, "again").unwrap();
    assert_eq!(drain(&w), vec!["/v1/envelopes".to_string()]);
    clock.advance(61);
    let paths = drain(&w);
    assert!(
        paths.contains(&"/v1/envelopes/status".to_string()),
        "{paths:?}"
    );
    assert!(
        paths.iter().any(|p| p.starts_with("/v1/mailboxes/")),
        "{paths:?}"
    );
}

#[test]
fn permanent_refusal_needs_attention_and_retry_sends_again() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    let m = w.quiet().send_message(c, "hello").unwrap();
    relay.plan(&[Fault::Refuse(400)]);
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.failed, 1);
    let screen = w.quiet().conversation_screen(c).unwrap();
    assert_eq!(
        screen.messages[0].status,
        Some(MessageStatus::NeedsAttention)
    );
    assert!(screen.messages[0].can_retry);
    // It is not retried on its own.
    clock.advance(7200);
    assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().sent, 0);
    w.quiet().retry_message(m.id).unwrap();
    assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().sent, 1);
    assert_eq!(statuses(&w, c), vec![Some(MessageStatus::Sent)]);
}

#[test]
fn retry_after_pauses_everything_and_the_window_caps_requests() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    w.quiet().send_message(c, "hello").unwrap();
    relay.plan(&[Fault::Busy { retry_after: 300 }]);
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.paused_until, Some(clock.now_unix() + 300));
    assert!(w.sync().next_task().unwrap().is_none(), "paused");
    clock.advance(299);
    assert!(w.sync().next_task().unwrap().is_none(), "still paused");
    clock.advance(1);
    let task = w.sync().next_task().unwrap().unwrap();
    assert_eq!(task.path, "/v1/envelopes");

    // The window cap: a policy allowing 2 requests per hour.
    let dir2 = tempfile::tempdir().unwrap();
    let w2 = Profile::new(dir2.path())
        .clock(clock.clone())
        .sync_policy(SyncPolicy {
            batch_size: 1,
            max_requests_per_window: 2,
            ..SyncPolicy::default()
        })
        .open();
    w2.profile().set_up(PIN, PIN).unwrap();
    let c2 = w2.quiet().conversation_with(HOTLINE).unwrap();
    for i in 0..3 {
        w2.quiet().send_message(c2, &format!("m{i}")).unwrap();
    }
    let report = block_on(w2.sync().run_now(&relay)).unwrap();
    assert_eq!((report.requests, report.sent, report.queued), (2, 2, 1));
    clock.advance(3600);
    assert_eq!(block_on(w2.sync().run_now(&relay)).unwrap().sent, 1);
}

fn shown(w: &Waymark, c: i64) -> Vec<(String, Option<MessageStatus>, bool)> {
    w.quiet()
        .conversation_screen(c)
        .unwrap()
        .messages
        .into_iter()
        .map(|m| (m.body, m.status, m.can_retry))
        .collect()
}

#[test]
fn a_lost_or_unreadable_outbox_entry_needs_attention_and_retry_seals_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = set_up(dir.path(), &clock);
    let relay = FakeRelay::default();
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    let db = rusqlite::Connection::open(dir.path().join("waymark.db")).unwrap();
    // "first" reaches the relay, then its entry is lost.
    let first = w.quiet().send_message(c, "first").unwrap();
    assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().sent, 1);
    db.execute("DELETE FROM outbox WHERE state = 'sent'", [])
        .unwrap();
    // "second" is lost before it was ever sent.
    let second = w.quiet().send_message(c, "second").unwrap();
    db.execute("DELETE FROM outbox WHERE state = 'pending'", [])
        .unwrap();
    // "third" stays, but its sealed item no longer opens.
    let third = w.quiet().send_message(c, "third").unwrap();
    db.execute(
        "UPDATE outbox SET sealed = zeroblob(length(sealed)) WHERE state = 'pending'",
        [],
    )
    .unwrap();
    block_on(w.sync().run_now(&relay)).unwrap();
    let attention = Some(MessageStatus::NeedsAttention);
    assert_eq!(
        shown(&w, c),
        [
            ("first".to_string(), attention, true),
            ("second".to_string(), attention, true),
            ("third".to_string(), attention, true),
        ]
    );
    for m in [&first, &second, &third] {
        w.quiet().retry_message(m.id).unwrap();
    }
    assert_eq!(w.sync().outbox_summary().unwrap().queued, 3);
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.failed, 0, "{report:?}");
    // Sealed again as the same messages: the relay keeps "first" once.
    let mut got: Vec<(String, u32)> = relay
        .operator_fetch()
        .into_iter()
        .map(|(_, m)| (m.body, m.seq))
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            ("first".to_string(), 1),
            ("second".to_string(), 2),
            ("third".to_string(), 3),
        ]
    );
    assert_eq!(relay.0.lock().unwrap().envelopes.len(), 3);
    assert!(
        shown(&w, c)
            .iter()
            .all(|(_, s, retry)| *s == Some(MessageStatus::Sent) && !retry),
        "{:?}",
        shown(&w, c)
    );
}

/// Overwrites one leaf page of the outbox table's B-tree with noise (as
/// a failing flash cell would) and returns how many entries were on it.
fn damage_an_outbox_page(db: &Path) -> usize {
    let conn = rusqlite::Connection::open(db).unwrap();
    let page_size: u64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    let (page, cells): (u64, usize) = conn
        .query_row(
            "SELECT pageno, ncell FROM dbstat WHERE name = 'outbox' AND pagetype = 'leaf'
             ORDER BY pageno LIMIT 1 OFFSET 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    drop(conn);
    let mut bytes = std::fs::read(db).unwrap();
    let start = ((page - 1) * page_size) as usize;
    for (i, b) in bytes[start..start + page_size as usize]
        .iter_mut()
        .enumerate()
    {
        *b = (i as u8).wrapping_mul(151).wrapping_add(7);
    }
    std::fs::write(db, bytes).unwrap();
    cells
}

#[test]
fn a_damaged_outbox_page_keeps_its_entries_and_the_rest_is_still_delivered() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = set_up(dir.path(), &clock);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    for i in 0..12 {
        w.quiet()
            .send_message(c, &format!("message {i} {}", "x".repeat(600)))
            .unwrap();
    }
    drop(w);
    let lost = damage_an_outbox_page(&dir.path().join("waymark.db"));
    assert!((1..12).contains(&lost), "{lost} entries on the page");

    let relay = FakeRelay::default();
    let w = open(dir.path(), &clock);
    w.profile().unlock(PIN).unwrap();
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.sent as usize, 12 - lost, "{report:?}");
    assert_eq!(relay.operator_fetch().len(), 12 - lost);
    // The unreadable entries are kept, never dropped, and their messages
    // say they need attention; retrying seals them again elsewhere.
    let screen = w.quiet().conversation_screen(c).unwrap();
    let stuck: Vec<i64> = screen
        .messages
        .iter()
        .filter(|m| m.status == Some(MessageStatus::NeedsAttention))
        .map(|m| m.id)
        .collect();
    assert_eq!(stuck.len(), lost);
    for id in &stuck {
        w.quiet().retry_message(*id).unwrap();
    }
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.sent as usize, lost, "{report:?}");
    assert_eq!(relay.0.lock().unwrap().envelopes.len(), 12);
    // A later sync still works: the damage does not make it fail forever.
    block_on(w.sync().run_now(&relay)).unwrap();
}

#[test]
fn bad_messages_get_clear_errors_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = set_up(dir.path(), &clock);
    assert!(matches!(
        w.quiet().conversation_with("nope"),
        Err(Error::HotlineNotFound)
    ));
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    assert!(matches!(
        w.quiet().send_message(c, "   "),
        Err(Error::MessageEmpty)
    ));
    // Control characters are refused, never silently dropped (a different
    // text would be sent than the one written); line breaks are kept.
    for bad in ["hi\0there", "red\u{1b}[31m", "\u{7}bell"] {
        assert!(
            matches!(w.quiet().send_message(c, bad), Err(Error::MessageControl)),
            "{bad:?}"
        );
    }
    let huge = "ข".repeat(10_000);
    let e = w.quiet().send_message(c, &huge).unwrap_err();
    assert!(matches!(e, Error::MessageTooLong { max: 8192 }));
    assert!(w.describe(&e).contains("8192"));
    assert!(matches!(
        w.quiet().send_message(12345, "hi"),
        Err(Error::ConversationNotFound)
    ));
    assert_eq!(w.sync().outbox_summary().unwrap().queued, 0);
    let kept = w
        .quiet()
        .send_message(c, "line one\r\nline two\tend")
        .unwrap();
    assert_eq!(kept.body, "line one\nline two\tend");
    // Zawgyi typed on a Burmese keyboard is stored as Unicode.
    let zawgyi = "ဘဂၤလားေဒရွ္႕";
    let sent = w.quiet().send_message(c, zawgyi).unwrap();
    assert_eq!(sent.body, waymark_core::text::for_storage(zawgyi));
    assert_ne!(sent.body, zawgyi, "converted to Unicode");
    w.profile().lock();
    assert!(matches!(
        w.quiet().send_message(c, "hi"),
        Err(Error::Locked)
    ));
    assert!(matches!(
        w.quiet().conversations_screen(),
        Err(Error::Locked)
    ));
}

#[test]
fn no_message_text_at_rest_on_the_phone() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    w.quiet().send_message(c, "MARKER-quiet-7731").unwrap();
    block_on(w.sync().run_now(&relay)).unwrap();
    let (_, m) = relay.operator_fetch().pop().unwrap();
    relay.operator_reply(&m, "REPLYMARKER-5521");
    clock.advance(120);
    block_on(w.sync().run_now(&relay)).unwrap();
    w.quiet().conversation_screen(c).unwrap();
    for name in ["waymark.db", "waymark.db-wal", "waymark.db-shm"] {
        let Ok(bytes) = std::fs::read(dir.path().join(name)) else {
            continue;
        };
        for marker in [
            "MARKER-quiet-7731",
            "REPLYMARKER-5521",
            &m.reply_to.mailbox,
            &m.conversation,
        ] {
            assert!(
                !bytes
                    .windows(marker.len())
                    .any(|win| win == marker.as_bytes()),
                "{marker} in {name}"
            );
        }
    }
}

#[test]
fn backup_restores_into_a_new_phone_and_a_wrong_code_changes_nothing() {
    let relay = FakeRelay::default();
    let clock = Arc::new(TestClock::default());
    let old_dir = tempfile::tempdir().unwrap();
    let old = set_up(old_dir.path(), &clock);
    old.contacts()
        .add(ContactInput {
            name: "Sister".into(),
            phone: "+66812345678".into(),
            relation: Some("sister".into()),
            note: None,
            channel: Channel::Sms,
            trusted: true,
        })
        .unwrap();
    let c = old.quiet().conversation_with(HOTLINE).unwrap();
    old.quiet().send_message(c, "first").unwrap();
    block_on(old.sync().run_now(&relay)).unwrap();
    old.quiet()
        .send_message(c, "second, still waiting")
        .unwrap();
    // An upload that fails keeps no key: the next backup shows a code.
    relay.plan(&[Fault::Unreachable]);
    assert!(matches!(
        block_on(old.backup().to_relay(&relay, false)),
        Err(Error::Network)
    ));
    let export = block_on(old.backup().to_relay(&relay, false)).unwrap();
    let code = export
        .recovery_code
        .clone()
        .expect("the first backup shows the code");
    assert_eq!(code.len(), 29);
    // The code is shown once: a later backup reuses the key silently.
    let again = block_on(old.backup().to_relay(&relay, false)).unwrap();
    assert_eq!(again.recovery_code, None);
    assert_eq!(again.backup_id, export.backup_id);

    let new_dir = tempfile::tempdir().unwrap();
    let new = set_up(new_dir.path(), &clock);
    let mut wrong = code.clone().into_bytes();
    wrong[0] = if wrong[0] == b'A' { b'B' } else { b'A' };
    let wrong = String::from_utf8(wrong).unwrap();
    // A well-formed wrong code points at a backup the relay never stored:
    // to the person that is a wrong code, not a missing thing.
    let refused = block_on(new.backup().from_relay(&relay, &wrong)).unwrap_err();
    assert!(matches!(refused, Error::BackupNotFound), "{refused:?}");
    assert_eq!(refused.code(), "wrong_recovery_code");
    assert!(matches!(
        new.backup().import(&wrong, &export.blob),
        Err(Error::RecoveryCodeWrong)
    ));
    assert!(matches!(
        new.backup().import("hello", &export.blob),
        Err(Error::RecoveryCodeInvalid)
    ));
    assert!(new.contacts().list().unwrap().is_empty());
    assert!(
        new.quiet()
            .conversations_screen()
            .unwrap()
            .conversations
            .is_empty()
    );

    let report = block_on(new.backup().from_relay(&relay, &code.to_lowercase())).unwrap();
    assert_eq!(
        (report.contacts, report.conversations, report.messages),
        (1, 1, 2)
    );
    assert_eq!(report.requeued, 1);
    assert_eq!(new.contacts().list().unwrap()[0].name, "Sister");
    let c2 = new.quiet().conversations_screen().unwrap().conversations[0].id;
    assert_eq!(
        statuses(&new, c2),
        vec![Some(MessageStatus::Sent), Some(MessageStatus::Queued)]
    );
    // The waiting message goes out from the new phone, once.
    block_on(new.sync().run_now(&relay)).unwrap();
    assert_eq!(relay.stored(), 2);
    // Replies reach the new phone through the restored mailbox.
    let inbox = relay.operator_fetch();
    relay.operator_reply(&inbox[0].1, "reply after restore");
    clock.advance(120);
    block_on(new.sync().run_now(&relay)).unwrap();
    let bodies: HashSet<String> = new
        .quiet()
        .conversation_screen(c2)
        .unwrap()
        .messages
        .into_iter()
        .map(|m| m.body)
        .collect();
    assert!(bodies.contains("reply after restore"));
    // A second restore into a profile that now has data is refused.
    assert!(matches!(
        new.backup().import(&code, &export.blob),
        Err(Error::RestoreNeedsEmptyProfile)
    ));
}

/// A signed pack (development key) whose quiet.json adds a hotline with a
/// fresh key; returns the pack and the new hotline's private key.
fn pack_with_new_hotline(version: u64) -> (Vec<u8>, [u8; 32]) {
    use waymark_core::content::pack;
    let (sk, pk) = waymark_protocol::hpke::generate_keypair().unwrap();
    let mut files = pack::embedded_files();
    let quiet = serde_json::json!({ "hotlines": [
        { "id": "waymark-dev", "key": hex(&waymark_protocol::hpke::public_key(&hotline_secret())),
          "countries": ["*"], "development": true },
        { "id": "ngo-test", "key": hex(&pk), "countries": ["TH"] }
    ]});
    for (name, text) in files.content.iter_mut() {
        if name == "quiet.json" {
            *text = quiet.to_string();
        }
    }
    for (tag, list) in files.locales.iter_mut() {
        // Each language its own text: the pack lint refuses English left
        // in a translation.
        let suffix = if tag == "en" {
            String::new()
        } else {
            format!(" ({tag})")
        };
        for (name, text) in list.iter_mut() {
            if name == "quiet.ftl" {
                text.push_str(&format!(
                    "\nquiet-hotline-ngo-test-name = NGO test line{suffix}\nquiet-hotline-ngo-test-about = A second test hotline{suffix}.\n"
                ));
            }
        }
    }
    (dev_signed(&files, version), *sk)
}

/// `files` as a pack at `version`, signed with the development publisher
/// key.
fn dev_signed(files: &waymark_core::content::pack::PackFiles, version: u64) -> Vec<u8> {
    use waymark_core::content::pack;
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../keys/");
    let key = |name: &str| {
        from_hex(
            std::fs::read_to_string(format!("{root}{name}"))
                .unwrap()
                .trim(),
        )
        .unwrap()
    };
    let unsigned = pack::build(files, version, &key("dev-publisher.pub.hex")).unwrap();
    pack::sign(&unsigned, &key("dev-publisher.pk8.hex")).unwrap()
}

/// A rotation: the test hotline's key replaced by a fresh one in an
/// otherwise unchanged signed pack. A conversation begun under the old key
/// goes on under the new one; what the outbox held stays sealed to the old
/// key; the first message under the new key carries the route, the next
/// does not.
#[test]
fn a_pack_that_rotates_a_hotline_key_moves_its_conversations_to_the_new_key() {
    use waymark_core::content::pack;
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    let c = w.quiet().conversation_with("waymark-dev").unwrap();
    w.quiet().send_message(c, "queued before").unwrap();
    let (sk, pk) = waymark_protocol::hpke::generate_keypair().unwrap();
    let mut files = pack::embedded_files();
    for (name, text) in files.content.iter_mut() {
        if name == "quiet.json" {
            let old = hex(&waymark_protocol::hpke::public_key(&hotline_secret()));
            assert!(text.contains(&old));
            *text = text.replace(&old, &hex(&pk));
        }
    }
    relay.0.lock().unwrap().pack = Some(dev_signed(&files, w.content().status().version + 1));
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert!(report.pack_installed.is_some());
    w.quiet().send_message(c, "after, with the route").unwrap();
    w.quiet().send_message(c, "after, without").unwrap();
    block_on(w.sync().run_now(&relay)).unwrap();
    let s = relay.0.lock().unwrap();
    let opened = |key: &[u8; 32]| -> Vec<(String, bool)> {
        s.order
            .iter()
            .filter_map(|id| envelope::open(key, &s.envelopes[id].0).ok())
            .map(|(h, plain)| {
                let m = AnyMessage::decode(h.format, &plain).unwrap();
                (m.body().to_string(), m.route().is_some())
            })
            .collect()
    };
    assert_eq!(opened(&hotline_secret()), [("queued before".into(), true)]);
    assert_eq!(
        opened(&sk),
        [
            ("after, with the route".into(), true),
            ("after, without".into(), false)
        ]
    );
}

#[test]
fn a_newer_pack_arrives_by_sync_and_brings_a_new_hotline_key() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    assert!(w.quiet().hotlines().iter().all(|h| h.id != "ngo-test"));
    let (pack, secret) = pack_with_new_hotline(w.content().status().version + 1);
    relay.0.lock().unwrap().pack = Some(pack.clone());
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.pack_installed, Some(w.content().status().version));
    assert!(w.content().status().installed);
    let hotline = w
        .quiet()
        .hotlines()
        .into_iter()
        .find(|h| h.id == "ngo-test")
        .unwrap();
    assert_eq!(hotline.name, "NGO test line");
    // A message to it is sealed to the key that came in the pack.
    let c = w.quiet().conversation_with("ngo-test").unwrap();
    w.quiet().send_message(c, "to the new line").unwrap();
    block_on(w.sync().run_now(&relay)).unwrap();
    let s = relay.0.lock().unwrap();
    let opened: Vec<String> = s
        .envelopes
        .values()
        .filter_map(|(bytes, _)| envelope::open(&secret, bytes).ok())
        .map(|(h, plain)| {
            AnyMessage::decode(h.format, &plain)
                .unwrap()
                .body()
                .to_string()
        })
        .collect();
    assert_eq!(opened, vec!["to the new line".to_string()]);
    drop(s);
    // The same pack again is not newer: ignored, nothing breaks.
    clock.advance(2 * 24 * 3600);
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.pack_installed, None);
}

#[derive(Debug)]
struct Network {
    online: std::sync::atomic::AtomicBool,
    saver: bool,
}

impl waymark_core::sync::Connectivity for Network {
    fn facts(&self) -> NetworkFacts {
        NetworkFacts {
            internet: self.online.load(Ordering::SeqCst),
            metered: self.saver,
            ..NetworkFacts::ONLINE
        }
    }
}

/// A profile set up on a network the test switches (`online`, `saver`).
fn set_up_on(
    dir: &Path,
    clock: &Arc<TestClock>,
    online: bool,
    saver: bool,
) -> (Waymark, Arc<Network>) {
    let network = Arc::new(Network {
        online: std::sync::atomic::AtomicBool::new(online),
        saver,
    });
    let w = Profile::new(dir)
        .clock(clock.clone())
        .connectivity(network.clone())
        .open();
    w.profile().set_up(PIN, PIN).unwrap();
    (w, network)
}

#[test]
fn offline_makes_no_request_and_data_saver_skips_the_pack() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let (w, network) = set_up_on(dir.path(), &clock, false, true);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    w.quiet().send_message(c, "waiting for a network").unwrap();
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert!(report.offline);
    assert_eq!((report.requests, report.queued), (0, 1));
    assert_eq!(relay.requests(), 0);
    network.online.store(true, Ordering::SeqCst);
    let mut paths = Vec::new();
    while let Some(task) = w.sync().next_task().unwrap() {
        paths.push(task.path.split('?').next().unwrap().to_string());
        let outcome = relay.handle(&task);
        w.sync().report_result(task.id, outcome).unwrap();
    }
    assert_eq!(paths[0], "/v1/envelopes");
    assert!(
        !paths.iter().any(|p| p.starts_with("/v1/packs")),
        "{paths:?}"
    );
    assert_eq!(w.sync().outbox_summary().unwrap().sent, 1);
}

#[test]
fn without_the_real_pin_sync_reports_no_counts_and_still_delivers() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    w.profile().set_duress_pin(PIN, "135790", false).unwrap();
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    w.quiet().send_message(c, "one").unwrap();
    w.quiet().send_message(c, "two").unwrap();
    w.profile().lock();
    let nothing = waymark_core::sync::OutboxSummary::default();
    let empty = waymark_core::sync::SyncReport::default();

    // No PIN, relay down: nothing shows that two messages wait.
    relay.plan(&[Fault::Unreachable; 8]);
    assert_eq!(block_on(w.sync().run_now(&relay)).unwrap(), empty);
    assert_eq!(w.sync().outbox_summary().unwrap(), nothing);
    // Under the duress PIN, the same, and the sync still delivers.
    w.profile().unlock("135790").unwrap();
    clock.advance(3600);
    relay.plan(&[]);
    assert_eq!(block_on(w.sync().run_now(&relay)).unwrap(), empty);
    assert_eq!(relay.stored(), 2, "delivered from the decoy (decision 25)");
    assert_eq!(w.sync().outbox_summary().unwrap(), nothing);
    assert_eq!(w.sync().finish_report().unwrap(), empty);
    // The real profile sees it all.
    w.profile().lock();
    w.profile().unlock(PIN).unwrap();
    assert_eq!(w.sync().outbox_summary().unwrap().sent, 2);
    w.quiet().send_message(c, "three").unwrap();
    relay.plan(&[Fault::Unreachable; 8]);
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.queued, 1);
    assert!(report.next_attempt_in.is_some());
}

#[test]
fn the_decoy_shows_no_trace_of_the_real_profiles_messages() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = set_up(dir.path(), &clock);
    w.profile().set_duress_pin(PIN, "135790", false).unwrap();
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    w.quiet().send_message(c, "real message").unwrap();
    let real = w.quiet().conversations_screen().unwrap();
    assert!(
        !real.outbox_note.is_empty(),
        "the real profile sees what waits"
    );
    w.profile().lock();
    w.profile().unlock("135790").unwrap();
    let decoy = w.quiet().conversations_screen().unwrap();
    assert!(decoy.conversations.is_empty());
    assert_eq!(decoy.outbox_note, "", "no hint of waiting messages");
    assert!(matches!(
        w.quiet().conversation_screen(c),
        Err(Error::ConversationNotFound)
    ));
}

/// A hostile relay answers every kind of request with garbage, truncated
/// JSON, wrong shapes, huge numbers and bad envelopes: the engine never
/// panics, never loses a message, and replies that do not open are dropped.
#[test]
fn a_hostile_relay_cannot_break_the_engine_or_lose_messages() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = set_up(dir.path(), &clock);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    for i in 0..3 {
        w.quiet().send_message(c, &format!("m{i}")).unwrap();
    }
    let garbage: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"{".to_vec(),
        b"null".to_vec(),
        b"{\"results\": 5}".to_vec(),
        b"{\"results\": [{\"status\": \"stored\", \"id\": \"nothex\"}]}".to_vec(),
        b"{\"statuses\": [{\"id\": \"00\", \"status\": \"fetched\"}]}".to_vec(),
        b"{\"envelopes\": [{\"seq\": 9223372036854775807, \"id\": \"ab\", \"envelope\": \"!!!\"}], \"next\": -5}".to_vec(),
        b"{\"envelopes\": [{\"seq\": 1, \"id\": \"cd\", \"envelope\": \"AQIDBA==\"}], \"next\": 1}".to_vec(),
        vec![0xff; 100_000],
    ];
    let statuses = [200u16, 200, 201, 302, 400, 404, 413, 429, 500, 503, 0];
    let mut n = 0usize;
    for _round in 0..40 {
        while let Some(task) = w.sync().next_task().unwrap() {
            n += 1;
            let outcome = if statuses[n % statuses.len()] == 0 {
                TaskOutcome::NetworkError
            } else {
                TaskOutcome::Response(HttpResponse {
                    status: statuses[n % statuses.len()],
                    retry_after: [
                        None,
                        Some("0"),
                        Some("99999999999999999999"),
                        Some("Fri, 31 Dec 9999 23:59:59 GMT"),
                        Some("garbage"),
                    ][n % 5]
                        .map(str::to_string),
                    body: garbage[n % garbage.len()].clone(),
                    pack_version: Some(u64::MAX),
                })
            };
            w.sync().report_result(task.id, outcome).unwrap();
        }
        // Honour whatever pause the garbage asked for, capped by the engine.
        clock.advance(7 * 3600);
    }
    // Screens still work; every message is still there with a status.
    let screen = w.quiet().conversation_screen(c).unwrap();
    let outgoing: Vec<_> = screen.messages.iter().filter(|m| m.outgoing).collect();
    assert_eq!(outgoing.len(), 3);
    assert!(outgoing.iter().all(|m| m.status.is_some()));
    // A well-behaved relay afterwards gets everything not refused for good.
    let relay = FakeRelay::default();
    for m in &outgoing {
        if m.can_retry {
            w.quiet().retry_message(m.id).unwrap();
        }
    }
    clock.advance(7 * 3600);
    block_on(w.sync().run_now(&relay)).unwrap();
    let s = w.sync().outbox_summary().unwrap();
    assert_eq!(s.queued, 0, "{s:?}");
    assert_eq!(s.needs_attention, 0, "{s:?}");
    assert_eq!(relay.stored() as u32 + s.delivered, 3, "{s:?}");
}

/// A hostile relay that announces 2 GB, or streams without end, is refused
/// by the endpoint's size limit before the phone reads it: the sync ends
/// with the answers counted as refused, the message still queued (backing
/// off like after a bad answer), and the relay could push only what fits in
/// the socket buffers.
#[test]
fn a_relay_answering_without_end_is_refused_and_nothing_is_lost() {
    use waymark_core::sync::SyncWait;
    use waymark_core::sync::http::HttpTransport;
    for content_length in [Some(2_000_000_000), None] {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(TestClock::default());
        let w = set_up(dir.path(), &clock);
        let c = w.quiet().conversation_with(HOTLINE).unwrap();
        w.quiet()
            .send_message(c, "still here after a hostile relay")
            .unwrap();
        let (url, pushed) = endless_relay(content_length);
        let transport =
            HttpTransport::with_timeout(&url, std::time::Duration::from_secs(60)).unwrap();
        let report = block_on(w.sync().run_now(&transport)).unwrap();
        // The send, the mailbox poll and the pack check: each refused.
        assert_eq!(report.refused_answers, 3, "{report:?}");
        assert_eq!(report.network_errors, 0, "{report:?}");
        assert_eq!((report.sent, report.replies, report.queued), (0, 0, 1));
        assert_eq!(report.waiting, Some(SyncWait::Retrying));
        assert!(report.next_attempt_at.unwrap() > clock.now_unix());
        assert_eq!(w.sync().outbox_summary().unwrap().queued, 1);
        assert_eq!(statuses(&w, c), vec![Some(MessageStatus::Queued)]);
        // The message is sent once the relay behaves.
        clock.advance(3600);
        let relay = FakeRelay::default();
        assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().sent, 1);
        let pushed = pushed.lock().unwrap().clone();
        assert!(
            pushed.iter().all(|n| *n < 64 << 20),
            "the phone hung up early: {pushed:?}"
        );
    }
}

/// A platform driver that read an answer past the task's limit gets the
/// same treatment as the core's own transport.
#[test]
fn a_platform_answer_past_the_limit_counts_as_refused() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = set_up(dir.path(), &clock);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    w.quiet().send_message(c, "hello").unwrap();
    let task = w.sync().next_task().unwrap().unwrap();
    assert_eq!(task.path, "/v1/envelopes");
    assert_eq!(
        task.max_response_bytes,
        waymark_protocol::api::MAX_BATCH_ANSWER as u64
    );
    let huge = vec![b' '; task.max_response_bytes as usize + 1];
    w.sync().report_result(task.id, respond(200, huge)).unwrap();
    let report = w.sync().finish_report().unwrap();
    assert_eq!(
        (report.refused_answers, report.sent, report.queued),
        (1, 0, 1)
    );
    assert_eq!(w.sync().outbox_summary().unwrap().queued, 1);
}

/// Sends one message through the fake relay and hands it to the operator.
fn one_message_at_the_hotline(w: &Waymark, relay: &FakeRelay) -> (i64, HotlineMessage) {
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    w.quiet().send_message(c, "hello").unwrap();
    assert_eq!(block_on(w.sync().run_now(relay)).unwrap().sent, 1);
    let (_, message) = relay.operator_fetch().pop().unwrap();
    (c, message)
}

/// A reply to `to` sealed to its reply key, in the format of `to`
/// (`v` 1: JSON with the whole conversation id; `v` 2: binary with the
/// reference).
fn sealed_reply_bytes(to: &HotlineMessage, id: [u8; 16], sent_at: i64, text: &str) -> Vec<u8> {
    sealed_reply_for(to, &to.conversation, id, sent_at, text)
}

/// As [`sealed_reply_bytes`], naming conversation `conversation` (hex).
fn sealed_reply_for(
    to: &HotlineMessage,
    conversation: &str,
    id: [u8; 16],
    sent_at: i64,
    text: &str,
) -> Vec<u8> {
    let key: [u8; 32] = from_hex(&to.reply_to.key).unwrap().try_into().unwrap();
    if to.v == 1 {
        let reply = HotlineReply {
            v: 1,
            conversation: conversation.into(),
            sent_at,
            body: text.into(),
        };
        envelope::seal(&key, id, &reply.to_bytes()).unwrap()
    } else {
        let reply = ReplyV2 {
            conversation: from_hex(&conversation[..16]).unwrap().try_into().unwrap(),
            sent_at,
            body: text.into(),
        };
        envelope::seal_v2(&key, id, &reply.to_bytes()).unwrap()
    }
}

/// Reply text is data: escape sequences, NUL and bidi overrides never
/// reach a screen raw, every script's text stays whole, and a reply dated
/// far in the future is dated when it arrived instead of staying "newest"
/// for ever.
#[test]
fn reply_text_is_shown_as_data_and_dated_no_later_than_it_arrived() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    let (c, message) = one_message_at_the_hotline(&w, &relay);
    let body =
        "\u{1b}[2J\u{1b}]0;owned\u{7}\0ok \u{202E}txt.exe\u{202C}\r\nမင်္ဂလာပါ ស្រ\u{200C}ី ສະບາຍດີ ช่วย";
    relay.put_in_mailbox(
        &message.reply_to.mailbox,
        &hex(&[7; 16]),
        B64.encode(sealed_reply_bytes(&message, [7; 16], i64::MAX / 2, body)),
    );
    clock.advance(120);
    let arrived = clock.now_unix();
    // Fetched while locked (a locked sync shows no counts), opened at the
    // next look.
    w.profile().lock();
    block_on(w.sync().run_now(&relay)).unwrap();
    clock.advance(3600);
    w.profile().unlock(PIN).unwrap();
    let other = w.quiet().start_conversation(HOTLINE).unwrap();
    w.quiet()
        .send_message(other, "a later conversation")
        .unwrap();
    let screen = w.quiet().conversation_screen(c).unwrap();
    let shown = &screen.messages[1];
    assert_eq!(
        shown.body,
        "\u{FFFD}[2J\u{FFFD}]0;owned\u{FFFD}\u{FFFD}ok txt.exe\nမင်္ဂလာပါ ស្រ\u{200C}ី ສະບາຍດີ ช่วย"
    );
    assert!(!shown.body.chars().any(|ch| ch.is_control() && ch != '\n'));
    assert_eq!(shown.at, arrived);
    let list = w.quiet().conversations_screen().unwrap();
    assert_eq!(
        list.conversations[0].id, other,
        "the newer conversation stays first"
    );
    let summary = list.conversations.iter().find(|s| s.id == c).unwrap();
    assert_eq!(summary.last_at, arrived);
    assert_eq!(summary.last_message, shown.body);
}

/// Only replies that can be right are counted: garbage, an envelope under
/// another id, one sealed to another key and a repeat are dropped at once;
/// while unlocked, a reply that does not open into its conversation counts
/// nothing either.
#[test]
fn only_kept_replies_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    let (c, message) = one_message_at_the_hotline(&w, &relay);
    let mailbox = message.reply_to.mailbox.clone();
    let at = message.sent_at + 60;
    let good = B64.encode(sealed_reply_bytes(&message, [1; 16], at, "kept"));
    relay.put_in_mailbox(&mailbox, &hex(&[1; 16]), good.clone());
    relay.put_in_mailbox(&mailbox, &hex(&[1; 16]), good.clone());
    relay.put_in_mailbox(&mailbox, &hex(&[2; 16]), good);
    relay.put_in_mailbox(&mailbox, &hex(&[3; 16]), "!!!".into());
    relay.put_in_mailbox(&mailbox, &hex(&[4; 16]), B64.encode([1u8; 100]));
    let (_, stranger) = waymark_protocol::hpke::generate_keypair().unwrap();
    let mut to_stranger = message.clone();
    to_stranger.reply_to.key = hex(&stranger);
    let foreign = sealed_reply_bytes(&to_stranger, [5; 16], at, "x");
    relay.put_in_mailbox(&mailbox, &hex(&[5; 16]), B64.encode(foreign));
    // Counts are shown with the real profile unlocked only.
    clock.advance(120);
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.replies, 1, "{report:?}");
    // A reply sealed to the right key that names another conversation is
    // dropped on opening and not counted.
    let unknown = sealed_reply_for(&message, &"ab".repeat(16), [6; 16], at, "stray");
    relay.put_in_mailbox(&mailbox, &hex(&[6; 16]), B64.encode(unknown));
    clock.advance(120);
    assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().replies, 0);
    let bodies: Vec<String> = w
        .quiet()
        .conversation_screen(c)
        .unwrap()
        .messages
        .into_iter()
        .map(|m| m.body)
        .collect();
    assert_eq!(bodies, vec!["hello".to_string(), "kept".to_string()]);
}

/// Answers every request like a relay that is down, counting pack checks.
#[derive(Debug, Default)]
struct DownRelay {
    pack_checks: std::sync::atomic::AtomicU32,
}

impl Transport for DownRelay {
    async fn execute(&self, task: &SyncTask) -> TaskOutcome {
        if task.path.starts_with("/v1/packs/") {
            self.pack_checks.fetch_add(1, Ordering::SeqCst);
        }
        TaskOutcome::NetworkError
    }
}

/// The pack check keeps its daily schedule (docs/protocol.md) however
/// often the person asks to sync, and while the relay is down a failed
/// check counts as the day's check.
#[test]
fn the_pack_check_runs_at_most_daily_even_while_the_relay_is_down() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = set_up(dir.path(), &clock);
    let down = DownRelay::default();
    for _ in 0..20 {
        block_on(w.sync().run_now(&down)).unwrap();
        block_on(w.sync().run_due(&down)).unwrap();
        clock.advance(1);
    }
    assert_eq!(down.pack_checks.load(Ordering::SeqCst), 1);
    // A relay that answers: still not before the day is over.
    let relay = FakeRelay::default();
    let pack_requests = |relay: &FakeRelay| {
        let before = relay.requests();
        block_on(w.sync().run_now(relay)).unwrap();
        relay.requests() - before
    };
    assert_eq!(
        pack_requests(&relay),
        0,
        "no mailbox, no message: only a pack check could be asked"
    );
    clock.advance(24 * 3600);
    assert_eq!(pack_requests(&relay), 1);
    assert_eq!(pack_requests(&relay), 0);
}

/// When the request budget is spent, or the relay asked to pause, the
/// report and the localized note say why nothing is sent and when the
/// next attempt is.
#[test]
fn a_spent_budget_or_a_pause_says_why_and_when_the_next_attempt_is() {
    use waymark_core::sync::SyncWait;
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = Profile::new(dir.path())
        .clock(clock.clone())
        .locale("en")
        .sync_policy(SyncPolicy {
            max_requests_per_window: 4,
            ..SyncPolicy::default()
        })
        .open();
    w.profile().set_up(PIN, PIN).unwrap();
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    w.quiet().send_message(c, "hello").unwrap();
    let start = clock.now_unix();
    let relay = FakeRelay::default();
    relay.plan(&[Fault::ServerError; 10]);
    let mut report = block_on(w.sync().run_now(&relay)).unwrap();
    while report.requests > 0 {
        clock.advance(report.next_attempt_in.unwrap_or(1) as i64);
        report = block_on(w.sync().run_now(&relay)).unwrap();
    }
    assert_eq!(relay.requests(), 4);
    assert_eq!((report.requests, report.queued), (0, 1));
    assert_eq!(report.waiting, Some(SyncWait::BudgetSpent));
    assert_eq!(report.next_attempt_at, Some(start + 3600));
    let minutes = (start + 3600 - clock.now_unix() + 59) / 60;
    let note = w.sync().wait_note(&report).unwrap();
    assert!(note.contains("requests it makes in an hour"), "{note}");
    assert!(note.contains(&format!("in {minutes} minute")), "{note}");
    // When the window turns, it sends.
    relay.plan(&[]);
    clock.advance(start + 3600 - clock.now_unix());
    assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().sent, 1);
    // A pause from the relay: why, and until when.
    w.quiet().send_message(c, "again").unwrap();
    relay.plan(&[Fault::Busy { retry_after: 600 }]);
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.waiting, Some(SyncWait::RelayPaused));
    assert_eq!(report.next_attempt_at, Some(clock.now_unix() + 600));
    let note = w.sync().wait_note(&report).unwrap();
    assert!(note.contains("in 10 minutes"), "{note}");
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(report.requests, 0);
    assert_eq!(report.waiting, Some(SyncWait::RelayPaused));
    // In every language.
    for tag in ["th", "my", "km", "lo", "vi", "id", "ms", "fil"] {
        w.profile().set_device_locales(vec![tag.into()]);
        let translated = w.sync().wait_note(&report).unwrap();
        assert!(translated.contains("10"), "{tag}: {translated}");
        assert_ne!(translated, note, "{tag}");
    }
}

/// Answers every mailbox read with a full page of junk that does not move
/// the read position; counts the reads.
#[derive(Debug, Default)]
struct PaddingRelay {
    mailbox_reads: std::sync::atomic::AtomicU32,
}

impl Transport for PaddingRelay {
    async fn execute(&self, task: &SyncTask) -> TaskOutcome {
        if !task.path.starts_with("/v1/mailboxes/") {
            return respond(404, b"{}".to_vec());
        }
        self.mailbox_reads.fetch_add(1, Ordering::SeqCst);
        let junk = (0..waymark_protocol::api::REPLY_PAGE as i64)
            .map(|seq| PageItem {
                seq,
                id: hex(&[seq as u8; 16]),
                envelope: B64.encode([1u8; 80]),
            })
            .collect();
        respond(
            200,
            serde_json::to_vec(&Page {
                envelopes: junk,
                next: 0,
            })
            .unwrap(),
        )
    }
}

/// A full page is read on at once only when it moved the read position:
/// a relay padding pages with junk cannot make the phone spend its
/// request budget, and the junk counts as no reply.
#[test]
fn a_page_of_junk_that_goes_nowhere_is_not_read_again_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = set_up(dir.path(), &clock);
    w.quiet().conversation_with(HOTLINE).unwrap();
    let relay = PaddingRelay::default();
    let report = block_on(w.sync().run_now(&relay)).unwrap();
    assert_eq!(relay.mailbox_reads.load(Ordering::SeqCst), 1);
    assert_eq!(report.replies, 0);
}

/// Every message the fake relay holds, opened with the hotline key, in seq
/// order within each conversation reference.
fn stored_v2(relay: &FakeRelay) -> Vec<waymark_protocol::message::MessageV2> {
    let sk = hotline_secret();
    let s = relay.0.lock().unwrap();
    let mut out: Vec<_> = s
        .envelopes
        .values()
        .filter_map(|(bytes, _)| {
            let (h, plain) = envelope::open(&sk, bytes).unwrap();
            match AnyMessage::decode(h.format, &plain).unwrap() {
                AnyMessage::V2(m) => Some(m),
                AnyMessage::V1(_) => None,
            }
        })
        .collect();
    out.sort_by_key(|m| (m.conversation, m.seq));
    out
}

/// The phone seals format 2 and sends the binary body; the reply route
/// (key, mailbox, locale) travels in the first message of a conversation
/// only, again when the locale changes, and again when the message that
/// carried it was refused for good. A batch costs at most 80 bytes per
/// message beyond the text.
#[test]
fn messages_travel_in_format_2_with_the_route_only_when_needed() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    for i in 1..=3 {
        w.quiet().send_message(c, &format!("message {i}")).unwrap();
    }
    assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().sent, 3);
    {
        let s = relay.0.lock().unwrap();
        assert_eq!((s.binary_batches, s.json_batches), (1, 0));
    }
    let sent = stored_v2(&relay);
    let routes: Vec<(u32, bool)> = sent.iter().map(|m| (m.seq, m.route.is_some())).collect();
    assert_eq!(routes, [(1, true), (2, false), (3, false)]);
    assert_eq!(sent[0].route.as_ref().unwrap().locale, "en");
    assert_eq!(sent[2].body, "message 3");
    // The hotline answers the last one, which carries no route: the
    // operator has it from the first, and the reply (format 2) shows.
    let fetched = relay.operator_fetch();
    let (_, last) = fetched.iter().find(|(_, m)| m.seq == 3).unwrap();
    relay.operator_reply(last, "we are here");
    clock.advance(120);
    assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().replies, 1);
    let bodies: Vec<String> = w
        .quiet()
        .conversation_screen(c)
        .unwrap()
        .messages
        .into_iter()
        .map(|m| m.body)
        .collect();
    assert_eq!(bodies.last().map(String::as_str), Some("we are here"));

    // Another language: the next message names it, with the route.
    let mut settings = w.profile().settings().unwrap();
    settings.locale = Some("th".into());
    w.profile().update_settings(settings).unwrap();
    w.quiet().send_message(c, "ภาษาไทย").unwrap();
    w.quiet().send_message(c, "again").unwrap();
    clock.advance(120);
    block_on(w.sync().run_now(&relay)).unwrap();
    let sent = stored_v2(&relay);
    let tail: Vec<(u32, Option<String>)> = sent[3..]
        .iter()
        .map(|m| (m.seq, m.route.as_ref().map(|r| r.locale.clone())))
        .collect();
    assert_eq!(tail, [(4, Some("th".into())), (5, None)]);

    // A new conversation whose first message is refused for good: the
    // next one carries the route instead.
    let c2 = w.quiet().start_conversation(HOTLINE).unwrap();
    w.quiet().send_message(c2, "refused").unwrap();
    relay.plan(&[Fault::Refuse(400)]);
    clock.advance(120);
    assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().failed, 1);
    w.quiet().send_message(c2, "second try").unwrap();
    clock.advance(120);
    block_on(w.sync().run_now(&relay)).unwrap();
    let second = stored_v2(&relay)
        .into_iter()
        .find(|m| m.body == "second try")
        .unwrap();
    assert_eq!(second.seq, 2);
    assert!(second.route.is_some(), "the refused first message had it");

    // Bytes: a batch of messages of one conversation (the route in one
    // of them at most) costs at most 80 bytes per message beyond the text.
    let c3 = w.quiet().start_conversation(HOTLINE).unwrap();
    let texts: Vec<String> = (0..40)
        .map(|i| format!("{i:02} {}", "x".repeat(196)))
        .collect();
    for t in &texts {
        w.quiet().send_message(c3, t).unwrap();
    }
    let task = w.sync().next_task().unwrap().unwrap();
    assert_eq!(task.content_type.as_deref(), Some(batch::CONTENT_TYPE));
    // As many as the policy's batch takes (10 here), each text 199
    // bytes: 11 bytes of batch and group header, 78 per message (varint
    // length 2, id 16, enc 32, tag 16, reference 8, head 1, minutes 3) and
    // 51 for the route if this batch holds the message with it. With 50 a
    // batch, that is at most 80 a message (see the quiet bench).
    let items = batch::decode(&task.body).unwrap();
    let n = items.len();
    assert_eq!(n, 10);
    let routes = items
        .iter()
        .map(|e| envelope::open(&hotline_secret(), e.as_ref().unwrap()).unwrap())
        .filter(|(_, plain)| {
            let m = waymark_protocol::message::MessageV2::from_bytes(plain).unwrap();
            m.route.is_some()
        })
        .count();
    assert_eq!(task.body.len(), 11 + n * (199 + 78) + routes * 51);
    w.sync()
        .report_result(task.id, TaskOutcome::Cancelled)
        .unwrap();
}

/// An outbox entry queued by the previous version holds a format 1
/// envelope: after the upgrade it still goes out (as a format 1 group of
/// the binary body, beside format 2 envelopes), the hotline reads it, and
/// its format 1 reply shows.
#[test]
fn an_outbox_entry_queued_before_the_upgrade_still_delivers() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    w.quiet()
        .send_message(c, "queued by the old version")
        .unwrap();
    drop(w);
    // Rewrite the entry as the old version sealed it: a format 1 envelope
    // of the JSON message, under the same envelope id.
    let db = rusqlite::Connection::open(dir.path().join("waymark.db")).unwrap();
    let row: i64 = db
        .query_row("SELECT id FROM outbox", [], |r| r.get(0))
        .unwrap();
    let device = waymark_core::vault::device_key(
        &waymark_core::vault::PlatformSecret::device_secret(&FileSecret::in_dir(dir.path()))
            .unwrap(),
    )
    .unwrap();
    let sealed: Vec<u8> = db
        .query_row("SELECT sealed FROM outbox WHERE id = ?1", [row], |r| {
            r.get(0)
        })
        .unwrap();
    let json = waymark_core::vault::open(
        &device,
        <waymark_core::sync::OutboxItem as waymark_core::record::Sealed>::RECORD,
        row,
        &sealed,
    )
    .unwrap();
    let item: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let id: [u8; 16] = from_hex(item["envelope_id"].as_str().unwrap())
        .unwrap()
        .try_into()
        .unwrap();
    let (_, reply_pk) = waymark_protocol::hpke::generate_keypair().unwrap();
    let old = HotlineMessage {
        v: 1,
        conversation: "cd".repeat(16),
        seq: 1,
        sent_at: 1_764_000_000,
        locale: "en".into(),
        body: "queued by the old version".into(),
        reply_to: ReplyTo {
            key: hex(&reply_pk),
            mailbox: "ef".repeat(16),
        },
    };
    let hotline_pk = waymark_protocol::hpke::public_key(&hotline_secret());
    let v1 = envelope::seal(&hotline_pk, id, &old.to_bytes()).unwrap();
    let item = waymark_core::sync::OutboxItem::new(&v1, &id);
    let resealed = waymark_core::vault::seal(
        &device,
        <waymark_core::sync::OutboxItem as waymark_core::record::Sealed>::RECORD,
        row,
        &serde_json::to_vec(&item).unwrap(),
    )
    .unwrap();
    db.execute(
        "UPDATE outbox SET sealed = ?1 WHERE id = ?2",
        rusqlite::params![resealed, row],
    )
    .unwrap();
    drop(db);

    let w = open(dir.path(), &clock);
    w.profile().unlock(PIN).unwrap();
    w.quiet()
        .send_message(c, "written after the upgrade")
        .unwrap();
    let task = w.sync().next_task().unwrap().unwrap();
    let items = batch::decode(&task.body).unwrap();
    let formats: Vec<u8> = items.iter().map(|e| e.as_ref().unwrap()[0]).collect();
    let mut sorted = formats.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        [envelope::FORMAT, envelope::FORMAT_V2],
        "both in one body"
    );
    w.sync()
        .report_result(task.id, relay_answer(&relay, &task))
        .unwrap();
    assert_eq!(w.sync().outbox_summary().unwrap().sent, 2);
    let fetched = relay.operator_fetch();
    let (_, v1_seen) = fetched.iter().find(|(_, m)| m.v == 1).unwrap();
    assert_eq!(v1_seen.body, "queued by the old version");
    assert_eq!(v1_seen.conversation, "cd".repeat(16));
    assert!(
        fetched
            .iter()
            .any(|(_, m)| m.v == 2 && m.body == "written after the upgrade")
    );
}

fn relay_answer(relay: &FakeRelay, task: &SyncTask) -> TaskOutcome {
    block_on(relay.execute(task))
}

// ----- observers and the cadence -------------------------------------

/// Forwards every change it hears to a channel.
struct Heard(Mutex<std::sync::mpsc::Sender<Change>>);

impl Observer for Heard {
    fn changed(&self, what: Change) {
        let _ = self.0.lock().unwrap().send(what);
    }
}

/// A change no code of the core makes: everything notified before it is
/// heard before it.
const MARK: Change = Change::Reply {
    conversation: i64::MIN,
};

const PATIENCE: std::time::Duration = std::time::Duration::from_secs(30);

/// What `rx` hears from `step`, in order.
fn heard(w: &Waymark, rx: &std::sync::mpsc::Receiver<Change>, step: impl FnOnce()) -> Vec<Change> {
    step();
    w.quiet().observers().notify(MARK);
    let mut out = Vec::new();
    loop {
        match rx.recv_timeout(PATIENCE).unwrap() {
            MARK => return out,
            other => out.push(other),
        }
    }
}

#[test]
fn observers_hear_a_send_a_delivery_and_a_reply_and_nothing_after_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = set_up(dir.path(), &clock);
    let (tx, rx) = std::sync::mpsc::channel();
    let observation = w.quiet().observe(Arc::new(Heard(Mutex::new(tx)))).unwrap();

    let mut c = 0;
    let started = heard(&w, &rx, || {
        c = w.quiet().conversation_with(HOTLINE).unwrap()
    });
    assert_eq!(started, [Change::Conversation { id: c }]);
    let sent = heard(&w, &rx, || {
        w.quiet().send_message(c, "hello").unwrap();
    });
    assert_eq!(sent, [Change::Conversation { id: c }, Change::Outbox]);
    let synced = heard(&w, &rx, || {
        assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().sent, 1);
    });
    // A change already waiting is not queued twice: the run's end may be
    // heard as the `Sync` its start left waiting.
    assert!(synced.contains(&Change::Outbox), "{synced:?}");
    assert!(synced.contains(&Change::Sync), "{synced:?}");

    let message = relay.operator_fetch().pop().unwrap().1;
    clock.advance(120);
    let delivered = heard(&w, &rx, || {
        assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().delivered, 1);
    });
    assert!(delivered.contains(&Change::Outbox), "{delivered:?}");

    relay.operator_reply(&message, "We read you.");
    clock.advance(120);
    let replied = heard(&w, &rx, || {
        assert_eq!(block_on(w.sync().run_now(&relay)).unwrap().replies, 1);
    });
    assert!(
        replied.contains(&Change::Reply { conversation: c }),
        "{replied:?}"
    );
    assert!(!replied.contains(&Change::Outbox), "{replied:?}");

    // A sync that finds nothing new changes no status.
    clock.advance(3600);
    let quiet = heard(&w, &rx, || {
        block_on(w.sync().run_now(&relay)).unwrap();
    });
    assert!(quiet.iter().all(|c| *c == Change::Sync), "{quiet:?}");

    observation.cancel();
    w.quiet().send_message(c, "after cancel").unwrap();
    // The delivery thread ended and let go of the observer unheard.
    assert_eq!(
        rx.recv_timeout(PATIENCE),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected)
    );
    assert!(w.quiet().observers().is_empty());
}

#[test]
fn dropping_the_observation_stops_it() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = set_up(dir.path(), &clock);
    let (tx, rx) = std::sync::mpsc::channel();
    let observation = w.quiet().observe(Arc::new(Heard(Mutex::new(tx)))).unwrap();
    drop(observation);
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    w.quiet().send_message(c, "nobody listens").unwrap();
    assert_eq!(
        rx.recv_timeout(PATIENCE),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected)
    );
}

/// Stays in its first call until released.
struct Stuck {
    entered: Mutex<std::sync::mpsc::Sender<()>>,
    release: Mutex<std::sync::mpsc::Receiver<()>>,
}

impl Observer for Stuck {
    fn changed(&self, _: Change) {
        let _ = self.entered.lock().unwrap().send(());
        let _ = self.release.lock().unwrap().recv();
    }
}

#[test]
fn a_stuck_observer_does_not_hold_up_sending_or_syncing() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let w = Arc::new(set_up(dir.path(), &clock));
    let (entered_tx, entered) = std::sync::mpsc::channel();
    let (release, release_rx) = std::sync::mpsc::channel::<()>();
    let _observation = w
        .quiet()
        .observe(Arc::new(Stuck {
            entered: Mutex::new(entered_tx),
            release: Mutex::new(release_rx),
        }))
        .unwrap();
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    entered.recv_timeout(PATIENCE).unwrap();
    // The observer is stuck in its call; the writes still return.
    let (done_tx, done) = std::sync::mpsc::channel();
    let writer = w.clone();
    std::thread::spawn(move || {
        for i in 0..5 {
            writer.quiet().send_message(c, &format!("m{i}")).unwrap();
        }
        let report = block_on(writer.sync().run_now(&relay)).unwrap();
        done_tx.send(report.sent).unwrap();
    });
    assert_eq!(done.recv_timeout(PATIENCE), Ok(5));
    drop(release);
}

#[test]
fn the_core_says_when_the_next_sync_is_due() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let relay = FakeRelay::default();
    let (w, network) = set_up_on(dir.path(), &clock, true, false);
    let policy = SyncPolicy::default();
    let now = || clock.now_unix();
    // The pack was never checked: due now; afterwards, daily.
    assert_eq!(w.sync().next_sync_at().unwrap(), Some(now()));
    block_on(w.sync().run_due(&relay)).unwrap();
    assert_eq!(
        w.sync().next_sync_at().unwrap(),
        Some(now() + policy.pack_interval_secs)
    );
    // A new conversation's mailbox and a new message: due now.
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    assert_eq!(w.sync().next_sync_at().unwrap(), Some(now()));
    w.quiet().send_message(c, "hello").unwrap();
    assert_eq!(w.sync().next_sync_at().unwrap(), Some(now()));
    // Sent: the delivery status and the replies at the first interval,
    // then slower while nothing comes.
    assert_eq!(block_on(w.sync().run_due(&relay)).unwrap().sent, 1);
    assert_eq!(
        w.sync().next_sync_at().unwrap(),
        Some(now() + policy.poll_interval_secs)
    );
    w.sync().request();
    assert_eq!(
        w.sync().next_sync_at().unwrap(),
        Some(now()),
        "asked for: now"
    );
    block_on(w.sync().run_due(&relay)).unwrap();
    assert_eq!(
        w.sync().next_sync_at().unwrap(),
        Some(now() + 2 * policy.poll_interval_secs),
        "slower after a poll that brought nothing"
    );
    // A pause given as an HTTP date holds everything back until then.
    w.quiet().send_message(c, "again").unwrap();
    let task = w.sync().next_task().unwrap().unwrap();
    assert_eq!(task.path, "/v1/envelopes");
    let until = now() + 600;
    w.sync()
        .report_result(
            task.id,
            TaskOutcome::Response(HttpResponse {
                status: 503,
                retry_after: Some("Fri, 15 Jan 2027 08:10:00 GMT".into()),
                body: Vec::new(),
                pack_version: None,
            }),
        )
        .unwrap();
    assert_eq!(w.sync().finish_report().unwrap().paused_until, Some(until));
    assert_eq!(w.sync().next_sync_at().unwrap(), Some(until));
    // Offline, a sync waits for a network, not for a time.
    network.online.store(false, Ordering::SeqCst);
    assert_eq!(w.sync().next_sync_at().unwrap(), None);
}
