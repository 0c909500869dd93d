//! The relay's HTTP API as JSON types shared by the app's sync engine and
//! the server, so both sides agree by construction. Endpoints and codes are
//! listed in `docs/protocol.md` and served as OpenAPI by the relay.
//!
//! Binary values travel as standard base64 (envelopes) or lower-case hex
//! (ids). Every error answer is [`ErrorBody`].

use serde::{Deserialize, Serialize};

/// Envelopes per batch (`POST /v1/envelopes`, `POST /v1/mailboxes/{id}/envelopes`).
pub const MAX_BATCH: usize = 100;
/// Ids per status query (`POST /v1/envelopes/status`).
pub const MAX_STATUS_IDS: usize = 500;
/// Largest JSON request body.
pub const MAX_BODY: usize = 4 * 1024 * 1024;
/// Header carrying a pack's version on `GET /v1/packs/latest`.
pub const PACK_VERSION_HEADER: &str = "x-waymark-pack-version";

/// Replies a phone asks for per mailbox read (`limit` on
/// `GET /v1/mailboxes/{id}/envelopes`).
pub const REPLY_PAGE: usize = 50;

// The largest answer an honest relay gives on each endpoint, derived from
// the protocol's own limits with room for JSON punctuation. A phone refuses
// a longer answer (by its Content-Length, or as soon as the body passes the
// limit), so a hostile relay cannot exhaust its memory.

/// Room for one JSON object's keys, punctuation, a sequence number, an id
/// and an error code, around its variable-length value.
const ITEM_OVERHEAD: usize = 160;
/// Room for the envelope of a whole answer (`{"results":[…]}`, an error body).
const ANSWER_OVERHEAD: usize = 1024;

/// Length of `n` bytes in padded standard base64.
const fn base64_len(n: usize) -> usize {
    n.div_ceil(3) * 4
}

/// `POST /v1/envelopes` (and mailbox batches): one outcome per envelope.
pub const MAX_BATCH_ANSWER: usize = MAX_BATCH * ITEM_OVERHEAD + ANSWER_OVERHEAD;
/// `POST /v1/envelopes/status`: one status per id asked.
pub const MAX_STATUS_ANSWER: usize = MAX_STATUS_IDS * ITEM_OVERHEAD + ANSWER_OVERHEAD;
/// A page of `items` envelopes at most, each at most
/// [`crate::envelope::MAX_ENVELOPE`] bytes.
pub const fn max_page_answer(items: usize) -> usize {
    items * (base64_len(crate::envelope::MAX_ENVELOPE) + ITEM_OVERHEAD) + ANSWER_OVERHEAD
}
/// `GET /v1/mailboxes/{id}/envelopes?limit=REPLY_PAGE`.
pub const MAX_REPLY_PAGE_ANSWER: usize = max_page_answer(REPLY_PAGE);
/// `GET /v1/backups/{id}`: a raw blob.
pub const MAX_BACKUP_ANSWER: usize = crate::backup::MAX_BLOB + ANSWER_OVERHEAD;
/// `GET /v1/packs/latest`: a raw signed pack.
pub const MAX_PACK_ANSWER: usize = crate::pack::HEADER_LEN_V2
    + crate::pack::MAX_PAYLOAD
    + crate::pack::SIGNATURE_LEN
    + ANSWER_OVERHEAD;
/// Any other answer the phone only needs the status of (`PUT /v1/backups`).
pub const MAX_SMALL_ANSWER: usize = 64 * 1024;

/// `POST /v1/envelopes` and `POST /v1/mailboxes/{id}/envelopes` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnvelopeBatch {
    pub envelopes: Vec<String>,
}

/// What happened to one envelope of a batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum BatchOutcome {
    Stored { id: String },
    Duplicate { id: String },
    Rejected { index: usize, code: String },
}

/// Answer to a batch: one outcome per envelope, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchResponse {
    pub results: Vec<BatchOutcome>,
}

/// `POST /v1/envelopes/status` body: envelope ids (hex) the device sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusRequest {
    pub ids: Vec<String>,
}

/// Where an envelope is, as far as the relay knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelayStatus {
    /// Stored, not yet collected by the hotline.
    Stored,
    /// The hotline's operator has collected it.
    Fetched,
    /// The relay has no envelope with this id.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnvelopeStatus {
    pub id: String,
    pub status: RelayStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusResponse {
    pub statuses: Vec<EnvelopeStatus>,
}

/// One stored envelope in an inbox or mailbox page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageItem {
    pub seq: i64,
    pub id: String,
    pub envelope: String,
}

/// A page of an operator inbox or a reply mailbox; `next` is the `after`
/// value for the following page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    pub envelopes: Vec<PageItem>,
    pub next: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorCode {
    pub code: String,
}

/// Every error answer: `{"error": {"code": "…"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: ErrorCode,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answer_limits_hold_what_an_honest_relay_sends() {
        let id = "0".repeat(32);
        let outcome = BatchOutcome::Rejected {
            index: MAX_BATCH,
            code: "malformed_request".into(),
        };
        let stored = BatchOutcome::Duplicate { id: id.clone() };
        let batch = BatchResponse {
            results: (0..MAX_BATCH)
                .map(|i| {
                    if i % 2 == 0 {
                        outcome.clone()
                    } else {
                        stored.clone()
                    }
                })
                .collect(),
        };
        assert!(serde_json::to_vec(&batch).unwrap().len() <= MAX_BATCH_ANSWER);
        let status = StatusResponse {
            statuses: vec![
                EnvelopeStatus {
                    id: id.clone(),
                    status: RelayStatus::Unknown,
                };
                MAX_STATUS_IDS
            ],
        };
        assert!(serde_json::to_vec(&status).unwrap().len() <= MAX_STATUS_ANSWER);
        let page = Page {
            envelopes: vec![
                PageItem {
                    seq: i64::MAX,
                    id,
                    envelope: "A".repeat(base64_len(crate::envelope::MAX_ENVELOPE)),
                };
                REPLY_PAGE
            ],
            next: i64::MIN,
        };
        assert!(serde_json::to_vec(&page).unwrap().len() <= MAX_REPLY_PAGE_ANSWER);
        // Generous, yet far below what could hurt a phone.
        const { assert!(MAX_REPLY_PAGE_ANSWER < 2 * 1024 * 1024) };
        const { assert!(MAX_PACK_ANSWER < 17 * 1024 * 1024) };
    }

    #[test]
    fn outcomes_have_the_documented_shape() {
        let r = BatchResponse {
            results: vec![
                BatchOutcome::Stored { id: "aa".into() },
                BatchOutcome::Rejected {
                    index: 1,
                    code: "malformed".into(),
                },
            ],
        };
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(
            json,
            r#"{"results":[{"status":"stored","id":"aa"},{"status":"rejected","index":1,"code":"malformed"}]}"#
        );
        let s: StatusResponse =
            serde_json::from_str(r#"{"statuses":[{"id":"ab","status":"fetched"}]}"#).unwrap();
        assert_eq!(s.statuses[0].status, RelayStatus::Fetched);
    }
}
