//! Test support shared by every test and benchmark of the workspace — the
//! one place that knows how a test builds a profile, starts a relay or puts
//! a misbehaving network between them:
//!
//! - [`profile`]: a profile in a directory with a cheap KDF, the
//!   file-backed platform secret and, when asked, a clock the test moves by
//!   hand ([`profile::Profile`], [`profile::TestClock`]);
//! - [`relay`]: a real `waymark-server` in this process on 127.0.0.1
//!   (SQLite, or a fresh PostgreSQL schema when `WAYMARK_TEST_POSTGRES_URL`
//!   is set) and an HTTP client for it ([`relay::Relay`], [`relay::TestDb`]);
//! - [`proxy`]: what the network does wrong — a fault-injecting proxy in
//!   front of a relay and a relay that answers without end;
//! - [`process`]: a command-line binary run to the end with its stdin;
//! - [`copy_dir`]: a copy of a folder (content and locales to edit).
//!
//! It must never be a normal dependency of a product crate (it is a
//! dev-dependency only, `publish = false`), nor be used by a crate's unit
//! tests in `src/` (the dev-dependency cycle links the same library only
//! for integration tests and benchmarks). Nothing in it waits by sleeping:
//! a server listens when its constructor returns (the fault proxy's delays
//! are the faults it injects).

// Test support fails loudly: a broken fixture must stop the test at once,
// not hand it a half-built profile or relay.
#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod process;
pub mod profile;
pub mod proxy;
pub mod relay;

/// Copies the folder `from` with everything in it to `to`.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// `N` random bytes from the system's generator.
pub fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b).unwrap();
    b
}

/// The private key of the development hotline (`keys/dev-hotline.key.hex`),
/// whose public key the debug builds ship.
pub fn dev_hotline_secret() -> [u8; 32] {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../keys/dev-hotline.key.hex"
    ))
    .unwrap();
    waymark_protocol::message::from_hex(text.trim())
        .unwrap()
        .try_into()
        .unwrap()
}

/// Runs `f` to completion on a fresh single-threaded runtime with I/O and
/// timers.
pub fn block_on<F: Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}
