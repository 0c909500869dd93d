//! Signed content packs: build, sign, verify, install.
//!
//! One pack carries all content and all nine locales (one version number
//! for everything, one atomic install, no mix of old lessons with new
//! translations). The frame is [`waymark_protocol::pack`]; the payload is
//! JSON `{"content": {path: text}, "manifest": text, "locales": {tag:
//! {file: text}}}` mirroring the repository's `content/` and `locales/`.
//!
//! Trust: a pack must be signed (Ed25519) by a publisher key set at build
//! time (`WAYMARK_PUBLISHER_KEY`, hex). Debug builds also trust the
//! development key in `keys/`, which exists only for tests and local
//! authoring; release builds refuse packs signed with it. The content
//! compiled into the app is trusted as it is and counts as version
//! [`embedded_version`]; an installed pack must be newer than both it and
//! any pack installed before. Installing is atomic: write a temporary file
//! in the data directory, sync it, rename it over `content.pack`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use ring::digest::{SHA256, digest};
use ring::rand::SystemRandom;
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use serde::{Deserialize, Serialize};
use waymark_protocol::pack as frame;

use crate::error::{Error, Result};
use crate::l10n::LocaleFiles;

/// The installed pack's file name inside the data directory.
pub const INSTALLED_FILE: &str = "content.pack";

/// Why a pack was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackProblem {
    /// Not a pack, truncated, or its payload does not parse.
    Malformed,
    /// Signed by a key this build does not trust (or not signed at all).
    Untrusted,
    /// The signature does not match: the pack was changed after signing.
    BadSignature,
    /// Not newer than the content already in use.
    NotNewer { current: u64 },
    /// Parses and is signed, but its content fails the lint.
    Invalid,
}

/// A pack's contents, as files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackFiles {
    pub content: Vec<(String, String)>,
    pub manifest: String,
    pub locales: BTreeMap<String, LocaleFiles>,
}

#[derive(Serialize, Deserialize)]
struct Payload {
    content: BTreeMap<String, String>,
    manifest: String,
    locales: BTreeMap<String, BTreeMap<String, String>>,
}

/// A verified pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedPack {
    pub version: u64,
    pub files: PackFiles,
}

/// The version of the content compiled into this build.
pub fn embedded_version() -> u64 {
    crate::embedded::CONTENT_VERSION.trim().parse().unwrap_or(0)
}

/// The embedded content and locales as pack files.
pub fn embedded_files() -> PackFiles {
    let mut locales: BTreeMap<String, LocaleFiles> = BTreeMap::new();
    for (tag, file, src) in crate::embedded::FILES {
        locales
            .entry((*tag).to_string())
            .or_default()
            .push(((*file).to_string(), (*src).to_string()));
    }
    for files in locales.values_mut() {
        files.sort();
    }
    let mut content: Vec<(String, String)> = crate::embedded::CONTENT
        .iter()
        .map(|(p, t)| ((*p).to_string(), (*t).to_string()))
        .collect();
    // The same order a pack's payload has, so equal content compares equal.
    content.sort();
    PackFiles {
        content,
        manifest: crate::embedded::MANIFEST.to_string(),
        locales,
    }
}

/// The public keys this build trusts, raw 32-byte Ed25519.
pub fn trusted_keys() -> Vec<Vec<u8>> {
    let mut keys = Vec::new();
    if let Some(hex) = option_env!("WAYMARK_PUBLISHER_KEY")
        && let Some(k) = from_hex(hex)
    {
        keys.push(k);
    }
    if cfg!(debug_assertions)
        && let Some(k) = from_hex(include_str!("../../../keys/dev-publisher.pub.hex"))
    {
        keys.push(k);
    }
    keys
}

/// A new publisher key pair: `(PKCS#8 private key, raw public key)`.
pub fn generate_key() -> Result<(Vec<u8>, Vec<u8>)> {
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
        .map_err(|_| Error::Internal("key generation failed"))?;
    let pair =
        Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).map_err(|_| Error::Internal("bad new key"))?;
    Ok((pkcs8.as_ref().to_vec(), pair.public_key().as_ref().to_vec()))
}

/// The 8-byte key id that packs carry.
pub fn key_id(public_key: &[u8]) -> [u8; 8] {
    let mut id = [0u8; 8];
    id.copy_from_slice(&digest(&SHA256, public_key).as_ref()[..8]);
    id
}

/// The unsigned pack body for `files` at `version`.
pub fn build(files: &PackFiles, version: u64, public_key: &[u8]) -> Result<Vec<u8>> {
    let payload = Payload {
        content: files.content.iter().cloned().collect(),
        manifest: files.manifest.clone(),
        locales: files
            .locales
            .iter()
            .map(|(tag, list)| (tag.clone(), list.iter().cloned().collect()))
            .collect(),
    };
    let json = serde_json::to_vec(&payload).map_err(|_| Error::Internal("pack encode"))?;
    frame::unsigned(key_id(public_key), version, &json)
        .map_err(|_| Error::Pack(PackProblem::Malformed))
}

/// Signs an unsigned pack body with a PKCS#8 Ed25519 private key.
pub fn sign(unsigned: &[u8], pkcs8: &[u8]) -> Result<Vec<u8>> {
    let pair =
        Ed25519KeyPair::from_pkcs8(pkcs8).map_err(|_| Error::InvalidInput { field: "key" })?;
    // The body must be framed for this key; a body built for another key
    // would carry the wrong key id.
    let mut probe = unsigned.to_vec();
    probe.extend_from_slice(&[0u8; frame::SIGNATURE_LEN]);
    let parsed = frame::parse(&probe).map_err(|_| Error::Pack(PackProblem::Malformed))?;
    if parsed.key_id != key_id(pair.public_key().as_ref()) {
        return Err(Error::Pack(PackProblem::Untrusted));
    }
    let mut out = unsigned.to_vec();
    out.extend_from_slice(pair.sign(unsigned).as_ref());
    Ok(out)
}

/// Checks frame, signer, signature and payload against `trusted` keys.
pub fn verify(bytes: &[u8], trusted: &[Vec<u8>]) -> Result<VerifiedPack> {
    let pack = frame::parse(bytes).map_err(|_| Error::Pack(PackProblem::Malformed))?;
    let key = trusted
        .iter()
        .find(|k| key_id(k) == pack.key_id)
        .ok_or(Error::Pack(PackProblem::Untrusted))?;
    UnparsedPublicKey::new(&ED25519, key)
        .verify(pack.signed, pack.signature)
        .map_err(|_| Error::Pack(PackProblem::BadSignature))?;
    let payload: Payload =
        serde_json::from_slice(pack.payload).map_err(|_| Error::Pack(PackProblem::Malformed))?;
    Ok(VerifiedPack {
        version: pack.version,
        files: PackFiles {
            content: payload.content.into_iter().collect(),
            manifest: payload.manifest,
            locales: payload
                .locales
                .into_iter()
                .map(|(tag, files)| (tag, files.into_iter().collect()))
                .collect(),
        },
    })
}

/// Verifies, lints and installs `bytes` into `data_dir` if newer than
/// `current`. Nothing changes on any error.
pub fn install(
    data_dir: &Path,
    bytes: &[u8],
    trusted: &[Vec<u8>],
    current: u64,
) -> Result<VerifiedPack> {
    let pack = verify(bytes, trusted)?;
    if pack.version <= current {
        return Err(Error::Pack(PackProblem::NotNewer { current }));
    }
    if !super::lint::lint(
        &pack.files.content,
        &pack.files.manifest,
        &pack.files.locales,
        None,
    )
    .is_empty()
    {
        return Err(Error::Pack(PackProblem::Invalid));
    }
    std::fs::create_dir_all(data_dir)?;
    let tmp = data_dir.join(format!("{INSTALLED_FILE}.tmp"));
    {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            // Owner-only, like every file the app writes.
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut f = options.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, data_dir.join(INSTALLED_FILE))?;
    if let Ok(dir) = std::fs::File::open(data_dir) {
        // Make the rename itself durable; not all platforms allow syncing a
        // directory, and the file is already complete either way.
        let _ = dir.sync_all();
    }
    Ok(pack)
}

/// The installed pack, if there is one that still verifies and lints.
pub fn load_installed(data_dir: &Path, trusted: &[Vec<u8>]) -> Option<VerifiedPack> {
    let bytes = std::fs::read(data_dir.join(INSTALLED_FILE)).ok()?;
    let pack = verify(&bytes, trusted).ok()?;
    super::lint::lint(
        &pack.files.content,
        &pack.files.manifest,
        &pack.files.locales,
        None,
    )
    .is_empty()
    .then_some(pack)
}

/// Lower-case hex ([`waymark_protocol::message::hex`]).
pub fn to_hex(bytes: &[u8]) -> String {
    waymark_protocol::message::hex(bytes)
}

/// Hex with surrounding whitespace allowed (key files end in a newline);
/// the digits are read by [`waymark_protocol::message::from_hex`].
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    waymark_protocol::message::from_hex(text.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_and_tamper() {
        let (private, public) = generate_key().unwrap();
        let files = embedded_files();
        let signed = sign(&build(&files, 5, &public).unwrap(), &private).unwrap();
        let pack = verify(&signed, std::slice::from_ref(&public)).unwrap();
        assert_eq!(pack.version, 5);
        assert!(
            pack.files == files,
            "a pack must carry exactly what it was built from"
        );

        let (_, other) = generate_key().unwrap();
        assert!(matches!(
            verify(&signed, &[other]),
            Err(Error::Pack(PackProblem::Untrusted))
        ));
        let mut tampered = signed.clone();
        tampered[40] ^= 1;
        assert!(matches!(
            verify(&tampered, std::slice::from_ref(&public)),
            Err(Error::Pack(PackProblem::BadSignature))
        ));
        let unsigned = build(&files, 5, &public).unwrap();
        assert!(verify(&unsigned, std::slice::from_ref(&public)).is_err());
        assert!(matches!(
            verify(b"junk", &[public]),
            Err(Error::Pack(PackProblem::Malformed))
        ));
    }

    #[test]
    fn the_dev_key_is_trusted_only_in_debug_builds() {
        let dev = from_hex(include_str!("../../../keys/dev-publisher.pub.hex")).unwrap();
        assert_eq!(dev.len(), 32);
        assert_eq!(trusted_keys().contains(&dev), cfg!(debug_assertions));
    }
}
