//! Any bytes as the compressed payload of a correctly signed format-2 pack:
//! the first three bytes give the unpacked length the frame claims (so up
//! to 16 MiB), the rest is the zstd frame. `verify` checks the signature,
//! then decompresses at most the claimed length and parses the JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::content::pack;
use waymark_protocol::pack as frame;

fuzz_target!(|data: &[u8]| {
    let Some((claim, zstd)) = data.split_first_chunk::<3>() else {
        return;
    };
    let claimed = usize::from(claim[0]) << 16 | usize::from(claim[1]) << 8 | usize::from(claim[2]);
    let Some(signed) = waymark_fuzz::signed_pack_v2(1, zstd, claimed) else {
        return;
    };
    let trusted = vec![waymark_fuzz::PUBLISHER.1.clone()];
    if let Ok(verified) = pack::verify(&signed, &trusted) {
        // What verified rebuilds, re-signs and verifies to the same files.
        let (pkcs8, public) = &*waymark_fuzz::PUBLISHER;
        let again = pack::sign(
            &pack::build(&verified.files, 1, public).expect("verified files rebuild"),
            pkcs8,
        )
        .expect("signs");
        let back = pack::verify(&again, &trusted).expect("rebuilt pack verifies");
        assert_eq!(back.files, verified.files);
        // One flipped compressed byte is refused before decompression.
        if !zstd.is_empty() {
            let mut tampered = signed.clone();
            tampered[frame::HEADER_LEN_V2] ^= 1;
            assert!(pack::verify(&tampered, &trusted).is_err());
        }
    }
});
