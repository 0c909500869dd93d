//! Any bytes as a sealed envelope: the header the relay reads, and opening
//! with the hotline's key. The first byte picks a mode: odd seals the rest
//! first (so the decrypted plaintext is the fuzzer's) and checks that it
//! opens to the same bytes, then decodes it as a message and a reply.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_fuzz::{HOTLINE_PK, HOTLINE_SK};
use waymark_protocol::envelope;
use waymark_protocol::message::{HotlineMessage, HotlineReply};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode & 1 == 1 {
        let Ok(sealed) = envelope::seal(&HOTLINE_PK, [mode; 16], rest) else {
            assert!(rest.len() > envelope::MAX_PLAINTEXT);
            return;
        };
        let h = envelope::header(&sealed).expect("a sealed envelope has a header");
        assert_eq!(h.id, [mode; 16]);
        assert_eq!(h.key_id, envelope::key_id(&HOTLINE_PK));
        let (_, plain) = envelope::open(&HOTLINE_SK, &sealed).expect("opens");
        assert_eq!(plain.as_slice(), rest);
        let _ = HotlineMessage::from_bytes(&plain);
        let _ = HotlineReply::from_bytes(&plain);
        // Any change to the sealed bytes is refused, never misread.
        let mut changed = sealed.clone();
        let at = usize::from(mode) % changed.len();
        changed[at] ^= 0x80;
        assert!(envelope::open(&HOTLINE_SK, &changed).is_err());
    } else {
        if let Ok(h) = envelope::header(rest) {
            assert!(rest.len() >= envelope::HEADER_LEN && rest.len() <= envelope::MAX_ENVELOPE);
            assert_eq!(&rest[1..17], &h.id);
        }
        if let Ok((_, plain)) = envelope::open(&HOTLINE_SK, rest) {
            let _ = HotlineMessage::from_bytes(&plain);
        }
    }
});
