//! Any bytes as a binary batch body (`protocol::batch::decode`, and the
//! relay's `check_binary_batch`) and as a binary batch answer. Every
//! envelope of a readable body is either a whole envelope whose header
//! parses or refused; the envelopes re-encode to a body that reads back
//! to the same envelopes; answers round-trip.
#![no_main]

use axum::body::Bytes;
use libfuzzer_sys::fuzz_target;
use waymark_protocol::{batch, envelope};

fuzz_target!(|data: &[u8]| {
    if let Ok(items) = batch::decode(data) {
        assert!(!items.is_empty() && items.len() <= waymark_protocol::api::MAX_BATCH);
        let whole: Vec<Vec<u8>> = items
            .iter()
            .filter_map(|i| i.as_ref().ok())
            .filter(|e| envelope::header(e).is_ok())
            .cloned()
            .collect();
        if !whole.is_empty() {
            let body = batch::encode(whole.iter().map(Vec::as_slice)).expect("headers parse");
            let back: Vec<Vec<u8>> = batch::decode(&body)
                .expect("re-encoded body reads")
                .into_iter()
                .map(|i| i.expect("every envelope whole"))
                .collect();
            assert_eq!(back, whole);
        }
    }
    if let Ok(checked) =
        waymark_server::handlers::check_binary_batch(Ok(Bytes::copy_from_slice(data)))
    {
        for (index, h, bytes) in &checked.accepted {
            assert!(checked.outcomes[*index].is_none());
            assert_eq!(envelope::header(bytes).ok(), Some(*h));
        }
    }
    if let Some(statuses) = batch::decode_answer(data) {
        assert_eq!(batch::encode_answer(&statuses), data);
    }
});
