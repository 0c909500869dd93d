//! The relay inside the terminal app (feature `local-relay`, on by
//! default): a `waymark-server` on 127.0.0.1 in this process, its SQLite
//! database an owner-only file in the profile folder. A build without the
//! feature links no server code; its `tui` then talks to
//! [`super::DEFAULT_RELAY`] like the scripted commands do.

use std::net::SocketAddr;
use std::path::Path;

use waymark_core::{Error, Result};

use super::runtime;

/// A relay server on its own runtime: dropping it ends every task it
/// runs (connections included) and so closes its database.
#[derive(Debug)]
pub(super) struct LocalServer {
    _runtime: tokio::runtime::Runtime,
    pub(super) addr: SocketAddr,
}

impl LocalServer {
    /// Serves `db` on 127.0.0.1 at `addr` (any free port when `None`).
    pub(super) fn start(db: &Path, addr: Option<SocketAddr>) -> Result<LocalServer> {
        create_private_file(db)?;
        let runtime = runtime()?;
        let mut config = waymark_server::RelayConfig::new(format!("sqlite:{}", db.display()));
        config.log_requests = false;
        let bind = addr.unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 0)));
        let addr = runtime.block_on(async {
            let state = waymark_server::AppState::open(&config)
                .await
                .map_err(|_| Error::Network)?;
            let listener = tokio::net::TcpListener::bind(bind).await?;
            let addr = listener.local_addr()?;
            tokio::spawn(waymark_server::serve(listener, state));
            Ok::<_, Error>(addr)
        })?;
        Ok(LocalServer {
            _runtime: runtime,
            addr,
        })
    }
}

/// Creates `dir` owner-only (0700) if needed, and `file` in it as an empty
/// owner-only (0600) file if it does not exist; SQLite gives its `-wal`
/// and `-shm` files the database file's mode.
fn create_private_file(file: &Path) -> Result<()> {
    if let Some(dir) = file.parent() {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        options.open(file)?;
        // A file left by an older version may have been created 0644.
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    options.open(file)?;
    Ok(())
}
