//! Where the terminal app's messages go: a relay given with `--relay`
//! (default `http://127.0.0.1:8787`, a `waymark-server serve` on this
//! machine), or — for `waymark tui` without `--relay` — a relay started
//! inside this process on 127.0.0.1, with its database in the profile
//! folder, so quiet contact works on one machine with nothing else running.

use std::path::{Path, PathBuf};
use std::time::Duration;

use waymark_core::sync::http::HttpTransport;
use waymark_core::{Error, Result};

/// The default relay address for scripted commands.
pub const DEFAULT_RELAY: &str = "http://127.0.0.1:8787";

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
        })
    }

    /// Starts a relay in this process on 127.0.0.1 at a free port, its
    /// SQLite file at `<data dir>/local-relay.db`. It stops with the process.
    pub fn in_process(data_dir: &Path) -> Result<Relay> {
        let runtime = runtime()?;
        std::fs::create_dir_all(data_dir)?;
        let db = data_dir.join("local-relay.db");
        let mut config = waymark_server::RelayConfig::new(format!("sqlite:{}", db.display()));
        config.log_requests = false;
        let (addr, _task) = runtime
            .block_on(waymark_server::spawn_local(&config))
            .map_err(|_| Error::Network)?;
        Ok(Relay {
            transport: HttpTransport::new(&format!("http://{addr}"))?,
            runtime,
            local_db: Some(db),
        })
    }
}
