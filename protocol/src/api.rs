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
