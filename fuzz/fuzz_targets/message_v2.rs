//! Any bytes as the plaintext of a format 2 envelope: a person's message
//! (`MessageV2`, what the hotline tools decode) and a hotline's reply
//! (`ReplyV2`, what the app decodes). What decodes re-encodes to the same
//! bytes; bodies stay within `MAX_BODY`; routes hold valid locales.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_protocol::message::{self, AnyMessage, MessageV2, ReplyV2};

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = MessageV2::from_bytes(data) {
        assert!(m.body.len() <= message::MAX_BODY);
        if let Some(route) = &m.route {
            assert!(message::is_locale_tag(&route.locale));
        }
        assert_eq!(m.to_bytes(), data, "one encoding per message");
        let any = AnyMessage::decode(waymark_protocol::envelope::FORMAT_V2, data);
        assert_eq!(any, Ok(AnyMessage::V2(m)));
    }
    if let Ok(r) = ReplyV2::from_bytes(data) {
        assert!(r.body.len() <= message::MAX_BODY);
        assert_eq!(r.to_bytes(), data, "one encoding per reply");
    }
    let mut pos = 0;
    if let Some(v) = waymark_protocol::varint::get(data, &mut pos) {
        let mut again = Vec::new();
        waymark_protocol::varint::put(&mut again, v);
        assert_eq!(&again[..], &data[..pos], "shortest form only");
    }
});
