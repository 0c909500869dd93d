//! Any text through the Myanmar text pipeline: the Zawgyi detector gives a
//! probability in [0, 1] (or, as documented, negative infinity for text
//! with no Myanmar-range characters; never NaN), the converter and the search/storage
//! normalisers never fail, and what is stored is stable under storing again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::text::{self, zawgyi};

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let p = zawgyi::zawgyi_probability(&input);
    assert!(
        p == f64::NEG_INFINITY || (0.0..=1.0).contains(&p),
        "probability {p}"
    );
    let converted = zawgyi::convert(&input);
    let _ = zawgyi::zawgyi_probability(&converted);
    let _ = zawgyi::to_unicode_if_zawgyi(&input);
    let _ = text::normalize(&input);
    let _ = text::input_forms(&input);
    let _ = text::for_storage(&input);
});
