//! Encrypted backup and restore of the unlocked profile.
//!
//! A backup holds the person's settings, progress, contacts, conversations
//! (with their reply keys and mailbox capabilities, so replies keep
//! arriving on the new phone) and messages, plus any messages still waiting
//! to be sent. It is sealed under a recovery key made at the first backup
//! and shown once, as a recovery code ([`waymark_protocol::backup`]); the
//! key itself stays in the sealed settings so later backups replace the
//! same one. The blob goes to the relay under an unguessable id, or to a
//! file. A restore needs the code; a wrong code changes nothing.
//!
//! The capability is the [`Backup`] handle (`wm.backup()`); it keeps no
//! state of its own, and must never keep a new recovery key before its
//! backup is stored, nor put the code or any personal data in an error.

use serde::{Deserialize, Serialize};
use waymark_protocol::backup::{BackupError, RecoveryKey};
use waymark_protocol::message::{from_hex, hex};
use zeroize::Zeroizing;

use crate::Waymark;
use crate::contacts::Contact;
use crate::content::Progress;
use crate::error::{Error, Result};
use crate::quiet::{MessageStatus, StoredConversation, StoredMessage};
use crate::record::Sealed;
use crate::settings::Settings;
use crate::settings::StoredSettings;
use crate::shared::random_id;
use crate::store::Table;
use crate::store::quiet::{OutboxState, Write};
use crate::sync::{MailboxRecord, OutboxItem, SyncTask, TaskOutcome, Transport};
use crate::vault::Slot;

/// What goes into a backup (JSON, then sealed).
#[derive(Clone, Serialize, Deserialize)]
struct Payload {
    v: u8,
    created_at: i64,
    settings: Settings,
    progress: Progress,
    contacts: Vec<Contact>,
    conversations: Vec<StoredConversation>,
    messages: Vec<StoredMessage>,
    /// Envelopes not yet accepted by the relay: `(message id, item)`.
    waiting: Vec<(i64, OutboxItem)>,
}

/// A backup ready to store.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct BackupExport {
    /// The recovery code, only when this backup made a new recovery key:
    /// show it once and never again.
    pub recovery_code: Option<String>,
    pub backup_id: String,
    #[serde(skip)]
    pub blob: Vec<u8>,
    #[serde(skip)]
    write_token: String,
    /// A recovery key made for this backup and not yet kept (hex): kept by
    /// [`crate::Backup::confirm`] once the backup is safely stored, so a
    /// failed upload never leaves a key whose code nobody saw.
    #[serde(skip)]
    fresh_key: Option<String>,
    /// The profile it was made from: its key is kept only there, never in
    /// a profile unlocked since (the decoy, after a quick exit).
    #[serde(skip)]
    profile: Slot,
    pub contacts: u32,
    pub conversations: u32,
    pub messages: u32,
}

impl std::fmt::Debug for BackupExport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackupExport")
            .field("backup_id", &self.backup_id)
            .field("bytes", &self.blob.len())
            .finish_non_exhaustive()
    }
}

/// What a restore brought back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RestoreReport {
    pub contacts: u32,
    pub conversations: u32,
    pub messages: u32,
    /// Messages put back in the outbox to be sent.
    pub requeued: u32,
}

fn code_error(e: BackupError) -> Error {
    match e {
        BackupError::BadCode => Error::RecoveryCodeInvalid,
        BackupError::OpenFailed => Error::RecoveryCodeWrong,
        BackupError::TooLarge | BackupError::Malformed => Error::InvalidInput { field: "backup" },
        BackupError::NoRandomness => Error::Internal("randomness"),
    }
}

/// Encrypted backup of the unlocked profile and its restore; from
/// [`Waymark::backup`].
#[derive(Clone, Copy, Debug)]
pub struct Backup<'a> {
    wm: &'a Waymark,
}

impl<'a> Backup<'a> {
    pub(crate) fn new(wm: &'a Waymark) -> Self {
        Backup { wm }
    }

    /// Backup and restore (unlocked): whether a recovery code exists
    /// decides whether the next backup shows one.
    pub fn screen(&self) -> Result<crate::screens::BackupScreen> {
        let has_code = self.wm.shared.stored()?.recovery_key.is_some();
        Ok(crate::screens::backup(
            &self.wm.shared.localizer(),
            has_code,
        ))
    }

    /// What a restore brought back, in words.
    pub fn restore_summary(&self, report: &RestoreReport) -> String {
        crate::screens::restore_done(&self.wm.shared.localizer(), report)
    }

    /// The kept recovery key, or a new one (`true`) that is not kept yet.
    fn recovery_key(&self, rotate: bool) -> Result<(RecoveryKey, bool)> {
        let existing = self.wm.shared.stored()?.recovery_key;
        if let (Some(hex_key), false) = (existing, rotate) {
            let bytes = Zeroizing::new(from_hex(&hex_key).unwrap_or_default());
            if let Ok(key) = RecoveryKey::from_bytes(&bytes) {
                return Ok((key, false));
            }
        }
        Ok((RecoveryKey::generate().map_err(code_error)?, true))
    }

    /// Seals the unlocked profile into a backup and keeps its recovery key:
    /// for a UI that shows the code at once. The first backup (or one with
    /// `new_code`) makes a recovery key and returns its code.
    pub fn export(&self, new_code: bool) -> Result<BackupExport> {
        let export = self.prepare(new_code)?;
        self.confirm(&export)?;
        Ok(export)
    }

    /// Keeps a new recovery key once its backup is stored and its code
    /// can be shown; nothing to do for a backup under the kept key. Fails
    /// with `Locked` when the profile it was made from is no longer the
    /// one unlocked.
    pub fn confirm(&self, export: &BackupExport) -> Result<()> {
        match &export.fresh_key {
            Some(key) => {
                let key = key.clone();
                self.wm
                    .shared
                    .update_stored_of(Some(export.profile), |s| s.recovery_key = Some(key))
            }
            None => Ok(()),
        }
    }

    /// As [`Backup::export`] without keeping a new key: call
    /// [`Backup::confirm`] once the blob is safely stored.
    pub fn prepare(&self, new_code: bool) -> Result<BackupExport> {
        let (profile, key) = self.wm.shared.profile_key()?;
        self.wm.quiet().open_replies(&key, profile.id())?;
        let (recovery, fresh) = self.recovery_key(new_code)?;
        let contacts = self.wm.contacts().list()?;
        let conversations = self.wm.quiet().stored_conversations(&key, profile.id())?;
        let mut messages = self.wm.quiet().stored_messages(&key, profile.id())?;
        let device = self.wm.shared.device_key()?;
        let mut waiting = Vec::new();
        {
            let store = self.wm.shared.store();
            for m in messages.iter_mut().filter(|m| m.outgoing) {
                let Some(row) = m.outbox.and_then(|id| store.outbox_row(id).ok().flatten()) else {
                    continue;
                };
                m.restored_status = Some(MessageStatus::from_outbox(row.state));
                if matches!(row.state, OutboxState::Pending | OutboxState::Inflight)
                    && let Some(item) = OutboxItem::open(&device, row.id, &row.sealed).ok()
                {
                    waiting.push((m.id, item));
                }
            }
        }
        let payload = Payload {
            v: 1,
            created_at: self.wm.shared.now(),
            settings: self.wm.shared.stored()?.settings,
            progress: self.wm.shared.with_session(|s| Ok(s.progress.clone()))?,
            contacts,
            conversations,
            messages,
            waiting,
        };
        let json = Zeroizing::new(
            serde_json::to_vec(&payload).map_err(|_| Error::Internal("backup encode"))?,
        );
        let blob = recovery.seal(&json).map_err(code_error)?;
        Ok(BackupExport {
            recovery_code: fresh.then(|| recovery.code().to_string()),
            backup_id: recovery.backup_id(),
            blob,
            write_token: recovery.write_token().to_string(),
            fresh_key: fresh.then(|| hex(recovery.bytes())),
            profile,
            contacts: payload.contacts.len() as u32,
            conversations: payload.conversations.len() as u32,
            messages: payload.messages.len() as u32,
        })
    }

    /// Makes a backup and stores it on the relay. Stopped (a
    /// [`crate::sync::cancel::Cancellable`] transport) or failed, it keeps
    /// the recovery key there was, so the last code shown still opens the
    /// last backup stored.
    pub async fn to_relay<T: Transport>(
        &self,
        transport: &T,
        new_code: bool,
    ) -> Result<BackupExport> {
        let export = self.prepare(new_code)?;
        let task = SyncTask {
            id: 0,
            method: "PUT".into(),
            path: format!("/v1/backups/{}", export.backup_id),
            bearer: Some(export.write_token.clone()),
            content_type: Some("application/octet-stream".into()),
            body: export.blob.clone(),
            max_response_bytes: waymark_protocol::api::MAX_SMALL_ANSWER as u64,
        };
        match transport.execute(&task).await {
            TaskOutcome::Response(r) if r.status == 200 => {
                self.confirm(&export)?;
                Ok(export)
            }
            TaskOutcome::Response(r) => Err(Error::Relay { status: r.status }),
            TaskOutcome::NetworkError => Err(Error::Network),
            TaskOutcome::Cancelled => Err(Error::Cancelled),
            TaskOutcome::TooLarge => Err(Error::RelayTooLarge),
        }
    }

    /// Fetches the backup for `code` from the relay and restores it into
    /// the profile unlocked when it was called, and only there: locked (or
    /// another profile unlocked) by the time the answer comes, it writes
    /// nothing. Stopped, it writes nothing either.
    pub async fn from_relay<T: Transport>(
        &self,
        transport: &T,
        code: &str,
    ) -> Result<RestoreReport> {
        let recovery = RecoveryKey::from_code(code).map_err(code_error)?;
        self.check_restorable()?;
        let profile = self.wm.shared.session_profile()?;
        let task = SyncTask {
            id: 0,
            method: "GET".into(),
            path: format!("/v1/backups/{}", recovery.backup_id()),
            bearer: None,
            content_type: None,
            body: Vec::new(),
            max_response_bytes: waymark_protocol::api::MAX_BACKUP_ANSWER as u64,
        };
        match transport.execute(&task).await {
            TaskOutcome::Response(r) if r.status == 200 => {
                self.import_backup_into(Some(profile), code, &r.body)
            }
            TaskOutcome::Response(r) if r.status == 404 => Err(Error::BackupNotFound),
            TaskOutcome::Response(r) => Err(Error::Relay { status: r.status }),
            TaskOutcome::NetworkError => Err(Error::Network),
            TaskOutcome::Cancelled => Err(Error::Cancelled),
            TaskOutcome::TooLarge => Err(Error::RelayTooLarge),
        }
    }

    fn check_restorable(&self) -> Result<()> {
        let profile = self.wm.shared.session_profile()?.id();
        let store = self.wm.shared.store();
        if !store.list(Table::Contacts, profile)?.is_empty()
            || !store.list(Table::Conversations, profile)?.is_empty()
        {
            return Err(Error::RestoreNeedsEmptyProfile);
        }
        Ok(())
    }

    /// Restores a backup blob into the unlocked profile, which must have no
    /// contacts and no conversations yet. All or nothing: a wrong code or a
    /// damaged blob leaves the profile as it was.
    pub fn import(&self, code: &str, blob: &[u8]) -> Result<RestoreReport> {
        self.import_backup_into(None, code, blob)
    }

    /// As [`crate::Backup::import`], only while `only` (when given) is the
    /// profile unlocked.
    fn import_backup_into(
        &self,
        only: Option<Slot>,
        code: &str,
        blob: &[u8],
    ) -> Result<RestoreReport> {
        let recovery = RecoveryKey::from_code(code).map_err(code_error)?;
        let json = recovery.open(blob).map_err(code_error)?;
        let payload: Payload = serde_json::from_slice(&json)
            .ok()
            .filter(|p: &Payload| p.v == 1)
            .ok_or(Error::InvalidInput { field: "backup" })?;
        self.check_restorable()?;
        let (profile, key, mut stored) = self.wm.shared.with_session(|s| {
            if only.is_some_and(|p| p != s.profile) {
                return Err(Error::Locked);
            }
            Ok((s.profile, s.key_copy(), s.stored.clone()))
        })?;
        let device = self.wm.shared.device_key()?;
        let settings = payload.settings.clone().validated()?;
        stored.settings = settings;
        stored.recovery_key = Some(hex(recovery.bytes()));

        // Seal everything first; then write it all in one transaction.
        let mut sealed: Vec<(Table, i64, Vec<u8>)> = Vec::new();
        let mut device_rows: Vec<(Table, i64, Vec<u8>)> = Vec::new();
        let mut outbox_rows: Vec<(i64, Vec<u8>)> = Vec::new();
        for c in &payload.contacts {
            sealed.push((Contact::TABLE, c.id, c.seal(&key, c.id)?));
        }
        for c in &payload.conversations {
            sealed.push((StoredConversation::TABLE, c.id, c.seal(&key, c.id)?));
            let mailbox = MailboxRecord {
                mailbox_id: c
                    .mailbox_id()
                    .ok_or(Error::InvalidInput { field: "backup" })?,
                cap: c.mailbox_cap.clone(),
                after: 0,
                key_id: c.reply_key_id(),
            };
            let row = random_id()?;
            device_rows.push((MailboxRecord::TABLE, row, mailbox.seal(&device, row)?));
        }
        let mut requeued = 0;
        for m in &payload.messages {
            let mut m = m.clone();
            m.outbox = None;
            if let Some((_, item)) = payload.waiting.iter().find(|(id, _)| *id == m.id) {
                let row = random_id()?;
                outbox_rows.push((row, item.seal(&device, row)?));
                m.outbox = Some(row);
                requeued += 1;
            }
            sealed.push((StoredMessage::TABLE, m.id, m.seal(&key, m.id)?));
        }
        let sealed_progress = payload.progress.seal(&key, profile.id())?;
        let sealed_settings = stored.seal(&key, profile.id())?;

        let mut writes: Vec<Write<'_>> = Vec::new();
        for (table, id, blob) in &sealed {
            writes.push(Write::PutItem {
                table: *table,
                profile: profile.id(),
                id: *id,
                sealed: blob,
            });
        }
        for (table, id, blob) in &device_rows {
            writes.push(Write::PutDevice {
                table: *table,
                id: *id,
                sealed: blob,
            });
        }
        for (id, blob) in &outbox_rows {
            writes.push(Write::Enqueue {
                id: *id,
                sealed: blob,
                // Tagged for this profile by `settle_quiet` below.
                owner: None,
            });
        }
        writes.push(Write::profile_record(
            Progress::TABLE,
            profile.id(),
            &sealed_progress,
        ));
        writes.push(Write::profile_record(
            StoredSettings::TABLE,
            profile.id(),
            &sealed_settings,
        ));
        self.wm.shared.store().apply(&writes)?;
        if let Some(s) = self.wm.shared.session().as_mut()
            && s.profile == profile
        {
            s.stored = stored;
            s.progress = payload.progress.clone();
        }
        // The restored messages get their index columns and their
        // conversations a fresh digest (their outbox rows are new here).
        self.wm.quiet().settle(&key, profile.id())?;
        self.wm.shared.refresh_localizer();
        Ok(RestoreReport {
            contacts: payload.contacts.len() as u32,
            conversations: payload.conversations.len() as u32,
            messages: payload.messages.len() as u32,
            requeued,
        })
    }
}
