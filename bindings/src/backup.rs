//! Backups for the apps: a sealed backup file, a backup on the relay, and
//! restoring either into a new profile. All of it touches the database,
//! files or the network, so every export is async on the library's
//! runtime (the crate's threading rule); `cancel_network` stops the ones
//! on the network.

use waymark_core::backup::{BackupExport, RestoreReport};
use waymark_core::sync::cancel::Cancellable;

use crate::{ApiError, Waymark};

/// A backup: show `recovery_code` once when present; `blob` is the sealed
/// backup for saving to a file (already uploaded by `backup_to_relay`).
#[derive(Debug, Clone, uniffi::Record)]
pub struct BackupResult {
    pub recovery_code: Option<String>,
    pub backup_id: String,
    pub contacts: u32,
    pub conversations: u32,
    pub messages: u32,
    pub blob: Vec<u8>,
}

impl From<BackupExport> for BackupResult {
    fn from(e: BackupExport) -> Self {
        BackupResult {
            recovery_code: e.recovery_code,
            backup_id: e.backup_id,
            contacts: e.contacts,
            conversations: e.conversations,
            messages: e.messages,
            blob: e.blob,
        }
    }
}

#[uniffi::remote(Record)]
pub struct RestoreReport {
    pub contacts: u32,
    pub conversations: u32,
    pub messages: u32,
    pub requeued: u32,
}

#[uniffi::export]
impl Waymark {
    /// Seals the profile for a backup file (no network).
    pub async fn export_backup(&self, new_code: bool) -> Result<BackupResult, ApiError> {
        self.run(move |w| w.backup().export(new_code).map(BackupResult::from))
            .await
    }

    /// Makes a backup and stores it on the relay.
    pub async fn backup_to_relay(
        &self,
        relay_url: String,
        new_code: bool,
    ) -> Result<BackupResult, ApiError> {
        let (transport, cancel) = (self.transport(&relay_url)?, self.network_token());
        self.run_async(move |w| async move {
            w.backup()
                .to_relay(&Cancellable::new(&transport, &cancel), new_code)
                .await
                .map(BackupResult::from)
        })
        .await
    }

    /// Restores a backup file into this new profile.
    pub async fn import_backup(
        &self,
        recovery_code: String,
        blob: Vec<u8>,
    ) -> Result<RestoreReport, ApiError> {
        self.run(move |w| w.backup().import(&recovery_code, &blob))
            .await
    }

    /// Fetches the backup for `recovery_code` from the relay and restores it.
    pub async fn restore_from_relay(
        &self,
        relay_url: String,
        recovery_code: String,
    ) -> Result<RestoreReport, ApiError> {
        let (transport, cancel) = (self.transport(&relay_url)?, self.network_token());
        self.run_async(move |w| async move {
            let transport = Cancellable::new(&transport, &cancel);
            w.backup().from_relay(&transport, &recovery_code).await
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

    use std::sync::Arc;

    use super::*;
    use crate::RUNTIME;

    struct Secret;

    impl crate::PlatformSecret for Secret {
        fn device_secret(&self) -> Result<Vec<u8>, ApiError> {
            Ok(vec![7; 32])
        }
        fn destroy_device_secret(&self) -> Result<(), ApiError> {
            Ok(())
        }
        fn device_secret_exists(&self) -> Result<bool, ApiError> {
            Ok(true)
        }
    }

    #[test]
    fn quick_exit_stops_a_backup_waiting_on_a_relay_that_never_answers() {
        // A relay that takes the connection and never answers; it says
        // when the backup's request has reached it.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let (reached, wait) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut held = Vec::new();
            for connection in listener.incoming() {
                held.push(connection);
                let _ = reached.send(());
            }
        });
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().to_string_lossy().into_owned();
        let w = Waymark::new(data_dir, vec!["en".into()], Arc::new(Secret)).unwrap();
        RUNTIME
            .block_on(w.set_up("482915".into(), "482915".into()))
            .unwrap();
        let backup = {
            let w = w.clone();
            std::thread::spawn(move || RUNTIME.block_on(w.backup_to_relay(url, false)))
        };
        wait.recv().unwrap();
        w.quick_exit();
        // Without the stop, this waits for the 30 s request timeout and
        // answers `network`.
        match backup.join().unwrap() {
            Err(ApiError::Network { code, .. }) => assert_eq!(code, "cancelled"),
            other => panic!("{other:?}"),
        }
        // Later operations are not stopped by the old token.
        assert!(!w.network_token().is_cancelled());
    }
}
