//! Any text as a Fluent file of a locale inside a pack: the translation
//! check, the Fluent catalogs the core builds, and formatting every
//! message (with arguments) in that locale and in the fallback.
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;

const MANIFEST: &str = r#"{"source": "en", "locales": [
  {"tag": "en", "name": "English", "review": "source"},
  {"tag": "th", "name": "ไทย", "review": "machine-drafted"}]}"#;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The fuzzed file is Thai's; English carries a message it may refer to.
    let mut locales = BTreeMap::new();
    locales.insert(
        "en".to_string(),
        vec![(
            "app.ftl".to_string(),
            "app-name = Waymark\n-brand = Waymark\n".to_string(),
        )],
    );
    locales.insert(
        "th".to_string(),
        vec![("app.ftl".to_string(), text.to_string())],
    );
    waymark_fuzz::load_locales(MANIFEST, &locales);
});
