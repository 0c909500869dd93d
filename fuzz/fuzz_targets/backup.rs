//! Any bytes as an encrypted backup blob (opened with a fixed recovery
//! key) and as a typed recovery code. The first byte picks a mode: odd
//! seals the rest first and checks it opens to the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_protocol::backup::{self, RecoveryKey};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let key = RecoveryKey::from_bytes(&[mode; backup::KEY_LEN]).expect("15 bytes");
    if mode & 1 == 1 {
        if let Ok(blob) = key.seal(rest) {
            assert!(blob.len() <= backup::MAX_BLOB);
            assert_eq!(key.open(&blob).expect("opens").as_slice(), rest);
        }
    } else if let Ok(plain) = key.open(rest) {
        assert!(plain.len() < rest.len());
    }
    if let Ok(code) = std::str::from_utf8(rest) {
        if let Ok(k) = RecoveryKey::from_code(code) {
            // A code that parses names the key whose code it is.
            let again = RecoveryKey::from_code(&k.code()).expect("own code parses");
            assert_eq!(again.bytes(), k.bytes());
            assert_eq!(k.backup_id().len(), 32);
        }
    }
});
