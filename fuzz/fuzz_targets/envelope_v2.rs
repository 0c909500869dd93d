//! Any bytes as a format 2 envelope: `envelope::header` (what the relay
//! reads) and `envelope::open` with a fixed hotline key; odd first byte:
//! the rest is sealed in format 2 first, then opened and decoded as a
//! format 2 message and reply.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_protocol::envelope;
use waymark_protocol::message::{AnyMessage, AnyReply};

const HOTLINE_SK: [u8; 32] = [0x42; 32];

fuzz_target!(|data: &[u8]| {
    let pk = waymark_protocol::hpke::public_key(&HOTLINE_SK);
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode % 2 == 1 {
        let Ok(sealed) = envelope::seal_v2(&pk, [mode; 16], rest) else {
            assert!(rest.len() > envelope::MAX_PLAINTEXT);
            return;
        };
        assert_eq!(sealed.len(), envelope::HEADER_LEN_V2 + rest.len() + 16);
        let h = envelope::header(&sealed).expect("a sealed envelope has a header");
        assert_eq!((h.format, h.id), (envelope::FORMAT_V2, [mode; 16]));
        let (_, plain) = envelope::open(&HOTLINE_SK, &sealed).expect("opens");
        assert_eq!(&plain[..], rest);
        let _ = AnyMessage::decode(h.format, &plain);
        let _ = AnyReply::decode(h.format, &plain);
        let mut changed = sealed.clone();
        let at = usize::from(mode) % changed.len();
        changed[at] ^= 1;
        assert!(envelope::open(&HOTLINE_SK, &changed).is_err());
    } else {
        let mut bytes = rest.to_vec();
        if let Some(first) = bytes.first_mut() {
            *first = envelope::FORMAT_V2;
        }
        if let Ok(h) = envelope::header(&bytes) {
            assert!(bytes.len() >= envelope::HEADER_LEN_V2 + 16);
            assert!(bytes.len() <= envelope::MAX_ENVELOPE_V2);
            assert_eq!(&h.id[..], &bytes[1..17]);
        }
        if let Ok((h, plain)) = envelope::open(&HOTLINE_SK, &bytes) {
            let _ = AnyMessage::decode(h.format, &plain);
        }
    }
});
