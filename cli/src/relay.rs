//! Where the terminal app's messages go: a relay given with `--relay`
//! (default `http://127.0.0.1:8787`, a `waymark-server serve` on this
//! machine), or — for `waymark tui` without `--relay` — a relay started
//! inside this process on 127.0.0.1, with its database in the profile
//! folder, so quiet contact works on one machine with nothing else running.
//!
//! The in-process relay's database is one of the app's files: created
//! owner-only (0600, folder 0700) and destroyed by a wipe
//! ([`LOCAL_DB`] is in the profile's [`waymark_core::Config::owned_files`]).
//! [`Relay::wipe`] stops the relay while the files go, then starts it
//! afresh on the same address.

#[cfg(feature = "local-relay")]
mod local;

#[cfg(feature = "local-relay")]
use std::path::Path;
use std::path::PathBuf;
#[cfg(feature = "local-relay")]
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use waymark_core::sync::http::HttpTransport;
use waymark_core::{Error, Result, Waymark};

/// The default relay address for scripted commands.
pub const DEFAULT_RELAY: &str = "http://127.0.0.1:8787";

/// The in-process relay's database, in the profile folder.
pub const LOCAL_DB: &str = "local-relay.db";

/// `WAYMARK_HTTP_TIMEOUT`: seconds, 1–600, default 30. `None` when it is
/// set to anything else (it is refused, never silently replaced).
pub fn http_timeout() -> Option<Duration> {
    match std::env::var_os("WAYMARK_HTTP_TIMEOUT") {
        None => Some(Duration::from_secs(30)),
        Some(v) => v
            .to_str()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .filter(|s| (1..=600).contains(s))
            .map(Duration::from_secs),
    }
}

/// A relay to talk to, and the runtime its requests run on.
#[derive(Debug)]
#[allow(dead_code)] // `local_db` is shown by the terminal app's quiet-contact screen
pub struct Relay {
    pub runtime: tokio::runtime::Runtime,
    pub transport: HttpTransport,
    /// The in-process relay's database, when there is one.
    pub local_db: Option<PathBuf>,
    /// The in-process relay server, when there is one.
    #[cfg(feature = "local-relay")]
    local: Mutex<Option<local::LocalServer>>,
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(Error::Io)
}

impl Relay {
    /// A relay elsewhere (checked: https, or http to this machine), each
    /// request bounded by `timeout` (see [`http_timeout`]).
    pub fn remote(url: &str, timeout: Duration) -> Result<Relay> {
        Ok(Relay {
            runtime: runtime()?,
            transport: HttpTransport::with_timeout(url, timeout)?,
            local_db: None,
            #[cfg(feature = "local-relay")]
            local: Mutex::new(None),
        })
    }

    /// Starts a relay in this process on 127.0.0.1 at a free port, its
    /// SQLite file at `<data dir>/local-relay.db`. It stops with the process.
    #[cfg(feature = "local-relay")]
    pub fn in_process(data_dir: &Path) -> Result<Relay> {
        let db = data_dir.join(LOCAL_DB);
        let server = local::LocalServer::start(&db, None)?;
        Ok(Relay {
            transport: HttpTransport::new(&format!("http://{}", server.addr))?,
            runtime: runtime()?,
            local_db: Some(db),
            local: Mutex::new(Some(server)),
        })
    }

    /// Erases the profile (`w.safety().wipe()`). An in-process relay is stopped
    /// first, so its database is closed when the wipe destroys it, and
    /// started again, empty, on the same address.
    #[cfg(feature = "local-relay")]
    pub fn wipe(&self, w: &Waymark) -> Result<()> {
        let mut local = self.local.lock().unwrap_or_else(PoisonError::into_inner);
        let addr = local.take().map(|server| server.addr);
        let wiped = w.safety().wipe();
        // Restarted even when the wipe failed part-way, so quiet contact
        // keeps working; the wipe's own error is the one reported first.
        let restarted = match (addr, &self.local_db) {
            (Some(addr), Some(db)) => local::LocalServer::start(db, Some(addr)).map(|s| {
                *local = Some(s);
            }),
            _ => Ok(()),
        };
        wiped.and(restarted)
    }

    /// Erases the profile (`w.safety().wipe()`); there is no relay in this build.
    #[cfg(not(feature = "local-relay"))]
    pub fn wipe(&self, w: &Waymark) -> Result<()> {
        w.safety().wipe()
    }
}

#[cfg(all(test, feature = "local-relay"))]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

    use std::os::unix::fs::PermissionsExt;
    use std::sync::Arc;

    use waymark_core::vault::{FileSecret, KdfParams, KdfPolicy};
    use waymark_core::{Config, Waymark};

    use super::*;

    fn profile(dir: &Path) -> Waymark {
        let mut config = Config::new(dir, Arc::new(FileSecret::in_dir(dir)));
        config.kdf = KdfPolicy::Fixed(KdfParams {
            m_kib: 1024,
            t: 1,
            p: 1,
        });
        config.device_locales = vec!["en".into()];
        config.owned_files = vec![LOCAL_DB.into()];
        Waymark::open(config).unwrap()
    }

    /// Envelopes for the development hotline in the relay database `db`.
    fn stored(relay: &Relay, db: &Path) -> usize {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../keys/dev-hotline.key.hex"
        ))
        .unwrap();
        let private: [u8; 32] = waymark_protocol::message::from_hex(text.trim())
            .unwrap()
            .try_into()
            .unwrap();
        let public = waymark_protocol::hpke::public_key(&private);
        let key_id = waymark_protocol::envelope::key_id(&public);
        relay.runtime.block_on(async {
            let store = waymark_server::Store::open(&format!("sqlite:{}", db.display()))
                .await
                .unwrap();
            store.inbox_page(key_id, 0, 500, false).await.unwrap().len()
        })
    }

    /// Every file in `dir` with its mode.
    fn files(dir: &Path) -> Vec<(String, u32)> {
        let mut out: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let mode = e.metadata().unwrap().permissions().mode() & 0o777;
                (e.file_name().to_string_lossy().into_owned(), mode)
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn the_local_relay_is_private_and_erased_with_the_profile() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("profile");
        let w = profile(&dir);
        w.profile().set_up("2468", "2468").unwrap();
        let relay = Relay::in_process(&dir).unwrap();
        let c = w.quiet().conversation_with("waymark-dev").unwrap();
        w.quiet().send_message(c, "help me").unwrap();
        let report = relay
            .runtime
            .block_on(w.sync().run_now(&relay.transport))
            .unwrap();
        assert_eq!(report.sent, 1, "{report:?}");

        let db = dir.join(LOCAL_DB);
        assert_eq!(stored(&relay, &db), 1);
        let before = files(&dir);
        assert!(before.iter().any(|(n, _)| n == LOCAL_DB), "{before:?}");
        for (name, mode) in &before {
            assert_eq!(*mode, 0o600, "{name}");
        }
        let dir_mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(dir_mode, 0o700);

        relay.wipe(&w).unwrap();
        // Nothing written before the wipe is left: the files there now are
        // the fresh profile's and the relay's new, empty database.
        assert_eq!(stored(&relay, &db), 0, "the relay database was erased");
        for (name, mode) in files(&dir) {
            assert_eq!(mode, 0o600, "{name}");
            assert!(before.iter().any(|(n, _)| *n == name), "unexpected {name}");
        }
        // The relay serves again on the same address after the wipe.
        w.profile().set_up("1357", "1357").unwrap();
        let c = w.quiet().conversation_with("waymark-dev").unwrap();
        w.quiet().send_message(c, "after the wipe").unwrap();
        let report = relay
            .runtime
            .block_on(w.sync().run_now(&relay.transport))
            .unwrap();
        assert_eq!(report.sent, 1, "{report:?}");
    }
}
