//! Signed content packs: build, sign, verify, install.
//!
//! One pack carries all content and all nine locales (one version number
//! for everything, one atomic install, no mix of old lessons with new
//! translations). The frame is [`waymark_protocol::pack`]; the payload is
//! JSON `{"content": {path: text}, "manifest": text, "locales": {tag:
//! {file: text}}}` mirroring the repository's `content/` and `locales/`.
//! [`build`] writes format 2: the JSON as one zstd frame (level 19), signed
//! compressed. [`verify`] checks the signature first and only then
//! decompresses, at most the unpacked length the frame states (≤ 16 MiB);
//! format-1 packs (plain JSON) are still accepted.
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
    for (tag, file, src) in crate::embedded::all_locale_files() {
        locales
            .entry(tag.to_string())
            .or_default()
            .push((file.to_string(), src.to_string()));
    }
    for files in locales.values_mut() {
        files.sort();
    }
    let mut content: Vec<(String, String)> = crate::embedded::content()
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

/// zstd level for packs: the highest non-"ultra" level (the shipped content
/// compresses from 2.4 MiB of JSON to about 0.35 MiB).
const PACK_LEVEL: i32 = 19;

/// The unsigned pack body for `files` at `version`, in format 2 (the JSON
/// payload compressed).
pub fn build(files: &PackFiles, version: u64, public_key: &[u8]) -> Result<Vec<u8>> {
    let json = payload_json(files)?;
    let packed =
        zstd::bulk::compress(&json, PACK_LEVEL).map_err(|_| Error::Internal("pack compress"))?;
    frame::unsigned_v2(key_id(public_key), version, &packed, json.len())
        .map_err(|_| Error::Pack(PackProblem::Malformed))
}

/// The unsigned pack body in format 1 (plain JSON), as tools wrote before
/// format 2; the app still installs these.
pub fn build_v1(files: &PackFiles, version: u64, public_key: &[u8]) -> Result<Vec<u8>> {
    let json = payload_json(files)?;
    frame::unsigned(key_id(public_key), version, &json)
        .map_err(|_| Error::Pack(PackProblem::Malformed))
}

fn payload_json(files: &PackFiles) -> Result<Vec<u8>> {
    let payload = Payload {
        content: files.content.iter().cloned().collect(),
        manifest: files.manifest.clone(),
        locales: files
            .locales
            .iter()
            .map(|(tag, list)| (tag.clone(), list.iter().cloned().collect()))
            .collect(),
    };
    serde_json::to_vec(&payload).map_err(|_| Error::Internal("pack encode"))
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
///
/// Nothing is decompressed before the signature verifies. A format-2
/// payload must decompress to exactly the unpacked length its frame states
/// (at most 16 MiB, checked by the frame parser); one that would produce
/// more is cut off at that length plus one byte and refused as
/// [`PackProblem::Malformed`], so a hostile pack cannot make the app
/// allocate more than about three times that length.
pub fn verify(bytes: &[u8], trusted: &[Vec<u8>]) -> Result<VerifiedPack> {
    let pack = frame::parse(bytes).map_err(|_| Error::Pack(PackProblem::Malformed))?;
    let key = trusted
        .iter()
        .find(|k| key_id(k) == pack.key_id)
        .ok_or(Error::Pack(PackProblem::Untrusted))?;
    UnparsedPublicKey::new(&ED25519, key)
        .verify(pack.signed, pack.signature)
        .map_err(|_| Error::Pack(PackProblem::BadSignature))?;
    let unpacked;
    let json = match pack.unpacked_len {
        None => pack.payload,
        Some(len) => {
            unpacked = crate::embedded::unzstd(pack.payload, len)
                .filter(|out| out.len() == len)
                .ok_or(Error::Pack(PackProblem::Malformed))?;
            &unpacked
        }
    };
    let payload: Payload =
        serde_json::from_slice(json).map_err(|_| Error::Pack(PackProblem::Malformed))?;
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
    fn v2_is_compressed_signed_as_sent_and_v1_still_verifies() {
        let (private, public) = generate_key().unwrap();
        let files = embedded_files();
        let v2 = sign(&build(&files, 6, &public).unwrap(), &private).unwrap();
        let v1 = sign(&build_v1(&files, 6, &public).unwrap(), &private).unwrap();
        assert_eq!((v2[6], v1[6]), (2, 1));
        // The shipped content travels in under 500 KB.
        assert!(v2.len() < 500_000, "{} bytes", v2.len());
        assert!(v2.len() * 4 < v1.len());
        let keys = std::slice::from_ref(&public);
        assert_eq!(verify(&v2, keys).unwrap().files, files);
        assert_eq!(verify(&v1, keys).unwrap().files, files);
    }

    /// A correctly signed format-2 pack around `frame` claiming `claimed`
    /// unpacked bytes.
    fn signed_v2(frame: &[u8], claimed: usize, private: &[u8], public: &[u8]) -> Vec<u8> {
        let body = frame::unsigned_v2(key_id(public), 9, frame, claimed).unwrap();
        sign(&body, private).unwrap()
    }

    #[test]
    fn compressed_payloads_are_verified_first_and_capped() {
        let (private, public) = generate_key().unwrap();
        let keys = std::slice::from_ref(&public);
        let json = payload_json(&embedded_files()).unwrap();
        let packed = zstd::bulk::compress(&json, 3).unwrap();
        assert!(verify(&signed_v2(&packed, json.len(), &private, &public), keys).is_ok());

        // A changed compressed byte fails the signature, whatever it would
        // decompress to.
        let mut tampered = signed_v2(&packed, json.len(), &private, &public);
        tampered[frame::HEADER_LEN_V2 + packed.len() / 2] ^= 0x40;
        assert!(matches!(
            verify(&tampered, keys),
            Err(Error::Pack(PackProblem::BadSignature))
        ));

        // A bomb: 64 MiB of zeros compress to a few KB; the frame claims
        // 1 MiB. Decompression stops one byte past the claim.
        let bomb = zstd::bulk::compress(&vec![0u8; 64 << 20], 1).unwrap();
        assert!(bomb.len() < 100_000);
        assert!(matches!(
            verify(&signed_v2(&bomb, 1 << 20, &private, &public), keys),
            Err(Error::Pack(PackProblem::Malformed))
        ));
        // Claiming more than the 16 MiB cap is refused by the frame itself.
        let mut over = signed_v2(&bomb, 1 << 20, &private, &public);
        over[27..31].copy_from_slice(&((frame::MAX_PAYLOAD + 1) as u32).to_be_bytes());
        assert!(matches!(
            verify(&over, keys),
            Err(Error::Pack(PackProblem::Malformed))
        ));
        // Shorter than claimed, or not zstd at all.
        assert!(matches!(
            verify(&signed_v2(&packed, json.len() + 1, &private, &public), keys),
            Err(Error::Pack(PackProblem::Malformed))
        ));
        assert!(matches!(
            verify(&signed_v2(&json, json.len(), &private, &public), keys),
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
