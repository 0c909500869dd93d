//! Any bytes as the payload of a correctly signed pack: verify (the
//! payload JSON), then everything the core does with the files it holds
//! (lint, content catalog, Fluent catalogs, formatting every message).
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::content::pack;

fuzz_target!(|data: &[u8]| {
    let Some(bytes) = waymark_fuzz::signed_pack(7, data) else {
        return;
    };
    let trusted = vec![waymark_fuzz::PUBLISHER.1.clone()];
    if let Ok(verified) = pack::verify(&bytes, &trusted) {
        assert_eq!(verified.version, 7);
        // The files survive a rebuild: build(verify(x)) verifies to the same files.
        let public = &waymark_fuzz::PUBLISHER.1;
        let rebuilt = pack::build(&verified.files, 7, public).expect("verified files rebuild");
        let resigned = pack::sign(&rebuilt, &waymark_fuzz::PUBLISHER.0).expect("signs");
        let again = pack::verify(&resigned, &trusted).expect("rebuilt pack verifies");
        assert_eq!(again, verified);
        waymark_fuzz::load_files(&verified.files);
    }
});
