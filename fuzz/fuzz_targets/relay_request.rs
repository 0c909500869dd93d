//! Any bytes as what a client sends the relay: a JSON body for the batch
//! and status routes, a query string for the page and pack routes, an
//! `Authorization` header, a path id. Drives the functions the handlers
//! use to read a request (server/src/handlers.rs) and checks their answers
//! keep the OpenAPI bounds.
#![no_main]

use axum::Json;
use axum::extract::Query;
use axum::http::{HeaderMap, HeaderValue, Uri, header};
use libfuzzer_sys::fuzz_target;
use waymark_protocol::api::{BatchOutcome, MAX_STATUS_IDS};
use waymark_protocol::envelope;
use waymark_server::handlers::{self, LatestQuery, PageQuery};
use waymark_server::{MAX_BATCH, MAX_PAGE};

fuzz_target!(|data: &[u8]| {
    if let Ok(checked) = handlers::check_batch(Json::from_bytes(data)) {
        let n = checked.outcomes.len();
        assert!((1..=MAX_BATCH).contains(&n));
        let rejected = checked.outcomes.iter().flatten().count();
        assert_eq!(rejected + checked.accepted.len(), n);
        for (index, h, bytes) in &checked.accepted {
            assert!(checked.outcomes[*index].is_none());
            assert_eq!(envelope::header(bytes).ok(), Some(*h));
        }
        for outcome in checked.outcomes.iter().flatten() {
            assert!(matches!(outcome, BatchOutcome::Rejected { .. }));
        }
    }
    if let Ok(ids) = handlers::status_ids(Json::from_bytes(data)) {
        assert!(ids.len() <= MAX_STATUS_IDS);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(uri) = format!("/v1/x?{text}").parse::<Uri>() {
            if let Some((after, limit)) =
                handlers::page_params(Query::<PageQuery>::try_from_uri(&uri))
            {
                assert!(after >= 0 && (1..=MAX_PAGE).contains(&limit));
            }
            if let Some(q) = handlers::latest_params(Query::<LatestQuery>::try_from_uri(&uri)) {
                assert!(q.have.is_none_or(|h| h >= 0));
            }
        }
        if let Some(id) = handlers::fixed_hex::<16>(text) {
            assert_eq!(
                waymark_protocol::message::hex(&id),
                text.to_ascii_lowercase()
            );
        }
    }
    if let Ok(value) = HeaderValue::from_bytes(data) {
        let mut headers = HeaderMap::new();
        headers.insert(header::AUTHORIZATION, value);
        if let Some(token) = handlers::bearer(&headers) {
            assert!(!token.is_empty() && token.trim() == token);
        }
    }
});
