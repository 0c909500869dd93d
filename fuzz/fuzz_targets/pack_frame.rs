//! Any bytes as a content pack (format 1 or 2): the frame parser and the
//! core's verify (signer lookup, signature, decompression, payload JSON)
//! against a test key.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::content::pack;
use waymark_protocol::pack as frame;

fuzz_target!(|data: &[u8]| {
    if let Ok(p) = frame::parse(data) {
        // The frame round-trips: re-framing what was read gives the bytes back.
        let mut again = match p.unpacked_len {
            None => frame::unsigned(p.key_id, p.version, p.payload),
            Some(len) => frame::unsigned_v2(p.key_id, p.version, p.payload, len),
        }
        .expect("parsed payload fits");
        assert_eq!(again.as_slice(), p.signed);
        again.extend_from_slice(p.signature);
        assert_eq!(again.as_slice(), data);
        assert_eq!(p.signature.len(), frame::SIGNATURE_LEN);
    }
    let trusted = vec![waymark_fuzz::PUBLISHER.1.clone()];
    let _ = pack::verify(data, &trusted);
    let _ = pack::verify(data, &pack::trusted_keys());
});
