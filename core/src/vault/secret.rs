//! The platform secret: the second factor of the key-encryption key.
//!
//! On phones it comes from Android Keystore / iOS Keychain through a foreign
//! trait, so a copied database cannot be brute-forced by PIN alone. The
//! desktop CLI and tests use [`FileSecret`], a random file in the data
//! directory; it protects less (a copy of the whole folder includes it) and
//! docs/threat-model.md says so.
//! The secret must never be written anywhere but its own store, nor
//! appear in an error.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};

use ring::rand::{SecureRandom, SystemRandom};

use crate::error::{Error, Result};

/// Minimum length of a platform secret.
pub const MIN_SECRET_LEN: usize = 16;

/// Supplies this device's secret. It must return the same bytes every time
/// for the life of the profile, creating them on first use.
pub trait PlatformSecret: Send + Sync + fmt::Debug {
    fn device_secret(&self) -> Result<Vec<u8>>;

    /// Whether a secret was already created, without creating one. It
    /// tells an emptied database (damage: a profile existed) from a first
    /// run.
    fn exists(&self) -> Result<bool>;

    /// Destroys the secret (panic wipe). The next `device_secret` call
    /// creates a new one.
    fn destroy(&self) -> Result<()>;
}

/// A 32-byte secret kept in a file (mode 0600 on Unix).
#[derive(Debug, Clone)]
pub struct FileSecret {
    path: PathBuf,
}

impl FileSecret {
    pub const FILE_NAME: &'static str = "device.secret";

    /// The secret file inside `data_dir`.
    pub fn in_dir(data_dir: &Path) -> Self {
        FileSecret {
            path: data_dir.join(Self::FILE_NAME),
        }
    }

    fn create(&self) -> Result<Vec<u8>> {
        let mut secret = vec![0u8; 32];
        SystemRandom::new()
            .fill(&mut secret)
            .map_err(|_| Error::PlatformSecret("no randomness"))?;
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&self.path)?;
        file.write_all(&secret)?;
        file.sync_all()?;
        Ok(secret)
    }
}

impl PlatformSecret for FileSecret {
    fn device_secret(&self) -> Result<Vec<u8>> {
        match File::open(&self.path) {
            Ok(mut file) => {
                let mut secret = Vec::with_capacity(32);
                Read::by_ref(&mut file)
                    .take(1024)
                    .read_to_end(&mut secret)?;
                if secret.len() < MIN_SECRET_LEN {
                    return Err(Error::PlatformSecret("device secret file is damaged"));
                }
                Ok(secret)
            }
            Err(e) if e.kind() == ErrorKind::NotFound => self.create(),
            Err(e) => Err(e.into()),
        }
    }

    fn exists(&self) -> Result<bool> {
        match std::fs::metadata(&self.path) {
            Ok(_) => Ok(true),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    fn destroy(&self) -> Result<()> {
        match std::fs::metadata(&self.path) {
            Ok(meta) => {
                let mut file = OpenOptions::new().write(true).open(&self.path)?;
                file.write_all(&vec![0u8; meta.len() as usize])?;
                file.sync_all()?;
                drop(file);
                std::fs::remove_file(&self.path)?;
                Ok(())
            }
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_secret_is_created_once_and_then_stable() {
        let dir = tempfile::tempdir().unwrap();
        let s = FileSecret::in_dir(dir.path());
        let first = s.device_secret().unwrap();
        assert_eq!(first.len(), 32);
        assert_eq!(s.device_secret().unwrap(), first);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(FileSecret::FILE_NAME))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "secret must not be readable by others");
        }
    }

    #[test]
    fn destroy_removes_the_secret_and_a_new_one_differs() {
        let dir = tempfile::tempdir().unwrap();
        let s = FileSecret::in_dir(dir.path());
        let first = s.device_secret().unwrap();
        s.destroy().unwrap();
        assert!(!dir.path().join(FileSecret::FILE_NAME).exists());
        s.destroy().unwrap();
        assert_ne!(s.device_secret().unwrap(), first);
    }

    #[test]
    fn a_truncated_secret_file_is_an_error_not_a_new_secret() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FileSecret::FILE_NAME), b"short").unwrap();
        let s = FileSecret::in_dir(dir.path());
        assert!(matches!(s.device_secret(), Err(Error::PlatformSecret(_))));
    }
}
