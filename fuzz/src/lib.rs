//! Helpers shared by the fuzz targets in `fuzz_targets/`: fixed test keys
//! and the steps the core takes when it loads a content pack, so every
//! target drives the real parsers with inputs that get past the crypto.
//! Never linked into the app.

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use waymark_core::content::pack::{self, PackFiles};
use waymark_core::error::ArgValue;
use waymark_core::{Localizer, content, l10n};

/// A publisher key made once per fuzzing process: `(PKCS#8, public key)`.
pub static PUBLISHER: LazyLock<(Vec<u8>, Vec<u8>)> =
    LazyLock::new(|| pack::generate_key().unwrap_or_else(|_| std::process::abort()));

/// A fixed hotline X25519 private key and its public key.
pub const HOTLINE_SK: [u8; 32] = [7; 32];
pub static HOTLINE_PK: LazyLock<[u8; 32]> =
    LazyLock::new(|| waymark_protocol::hpke::public_key(&HOTLINE_SK));

/// Signs `payload` as a pack at `version` with [`PUBLISHER`].
pub fn signed_pack(version: u64, payload: &[u8]) -> Option<Vec<u8>> {
    let (pkcs8, public) = &*PUBLISHER;
    let mut unsigned =
        waymark_protocol::pack::unsigned(pack::key_id(public), version, payload).ok()?;
    // Signing needs the frame's key id to match the key; it does.
    unsigned = pack::sign(&unsigned, pkcs8).ok()?;
    Some(unsigned)
}

/// Signs `packed` as a format-2 pack claiming `unpacked_len` bytes.
pub fn signed_pack_v2(version: u64, packed: &[u8], unpacked_len: usize) -> Option<Vec<u8>> {
    let (pkcs8, public) = &*PUBLISHER;
    let unsigned =
        waymark_protocol::pack::unsigned_v2(pack::key_id(public), version, packed, unpacked_len)
            .ok()?;
    pack::sign(&unsigned, pkcs8).ok()
}

/// What the core does with a verified pack's files: the lint (content and
/// translation check), the content catalog, the Fluent catalogs, and
/// formatting every message of every locale.
pub fn load_files(files: &PackFiles) {
    let _ = content::lint::lint(&files.content, &files.manifest, &files.locales, None);
    let listed: Vec<(&str, &str)> = files
        .content
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    if let Ok(catalog) = content::Catalog::from_files(&listed) {
        let _ = catalog.problems();
        let _ = catalog.message_ids();
    }
    load_locales(&files.manifest, &files.locales);
}

/// Builds the Fluent catalogs as the core does for an installed pack and
/// formats every message they define in every locale, with and without
/// arguments.
pub fn load_locales(manifest: &str, locales: &BTreeMap<String, Vec<(String, String)>>) {
    let _ = l10n::check::check(manifest, locales);
    let texts = Arc::new(l10n::Texts::from_files(
        manifest,
        locales.iter().flat_map(|(tag, list)| {
            list.iter()
                .map(move |(f, src)| (tag.as_str(), f.as_str(), src.as_str()))
        }),
    ));
    let mut ids = Vec::new();
    for list in locales.values() {
        for (_, src) in list {
            let resource = match fluent_syntax::parser::parse(src.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
        }
    }
    let args = [
        ("count", ArgValue::Number(3)),
        ("name", ArgValue::Text("\u{202e}x".into())),
    ];
    for tag in locales.keys() {
        let localizer = Localizer::with_texts(texts.clone(), std::slice::from_ref(tag));
        let _ = localizer.active_info();
        for id in &ids {
            let _ = localizer.message(id);
            let _ = localizer.message_with(id, &args);
        }
    }
}
