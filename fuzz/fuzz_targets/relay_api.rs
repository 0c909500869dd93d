//! Any bytes as a relay API JSON body, as the app's sync engine and the
//! relay decode them. Whatever decodes re-encodes to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;
use waymark_protocol::api::{
    BatchResponse, EnvelopeBatch, ErrorBody, Page, StatusRequest, StatusResponse,
};

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(data: &[u8]) {
    if let Ok(v) = serde_json::from_slice::<T>(data) {
        let again = serde_json::to_vec(&v).expect("encodes");
        assert_eq!(serde_json::from_slice::<T>(&again).expect("decodes"), v);
    }
}

fuzz_target!(|data: &[u8]| {
    round_trip::<EnvelopeBatch>(data);
    round_trip::<BatchResponse>(data);
    round_trip::<StatusRequest>(data);
    round_trip::<StatusResponse>(data);
    round_trip::<Page>(data);
    round_trip::<ErrorBody>(data);
});
