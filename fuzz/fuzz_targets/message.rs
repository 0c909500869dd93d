//! Any bytes as the plaintext of an envelope: a person's message (what the
//! hotline console and operator tools decode) and a hotline's reply (what
//! the app decodes). What decodes re-encodes to the same value; the hex
//! helpers and mailbox ids hold their shape.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_protocol::message::{self, HotlineMessage, HotlineReply};

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = HotlineMessage::from_bytes(data) {
        assert!(m.body.len() <= message::MAX_BODY);
        assert_eq!(HotlineMessage::from_bytes(&m.to_bytes()), Ok(m));
    }
    if let Ok(r) = HotlineReply::from_bytes(data) {
        assert!(r.body.len() <= message::MAX_BODY);
        assert_eq!(HotlineReply::from_bytes(&r.to_bytes()), Ok(r));
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Some(bytes) = message::from_hex(text) {
            assert_eq!(message::hex(&bytes), text.to_ascii_lowercase());
        }
    }
    if let Ok(cap) = <[u8; 32]>::try_from(data) {
        let id = message::mailbox_id(&cap);
        assert_eq!(message::from_hex(&id).map(|b| b.len()), Some(16));
    }
});
