//! Forms: a contact, the settings, backup and restore. Each keeps what was
//! typed until it is saved, so an error (shown localized) loses nothing.
//! Validation and normalisation are the core's.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use waymark_core::backup::{BackupExport, RestoreReport};
use waymark_core::screens::ContactForm;
use waymark_core::{ContactInput, Error, Settings, Waymark};

use super::jobs::Job;
use super::{App, View, step};

/// The longest text a field takes (the core checks the real limits).
const FIELD_MAX: usize = 600;

/// A field of the contact form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Name,
    Phone,
    Relation,
    Note,
    Channel,
    Trusted,
    Save,
    Remove,
    Cancel,
}

/// The contact being added (`id` none) or edited.
#[derive(Debug, Clone, Default)]
pub(crate) struct ContactEdit {
    pub id: Option<i64>,
    pub name: String,
    pub phone: String,
    pub relation: String,
    pub note: String,
    /// Index into [`ContactForm::channels`].
    pub channel: usize,
    pub trusted: bool,
    pub field: usize,
    pub confirm_remove: bool,
}

impl ContactEdit {
    pub fn fields(&self) -> Vec<Field> {
        let mut f = vec![
            Field::Name,
            Field::Phone,
            Field::Relation,
            Field::Note,
            Field::Channel,
            Field::Trusted,
            Field::Save,
        ];
        if self.id.is_some() {
            f.push(Field::Remove);
        }
        f.push(Field::Cancel);
        f
    }

    pub fn current(&self) -> Field {
        self.fields()
            .get(self.field)
            .copied()
            .unwrap_or(Field::Cancel)
    }

    /// Starts from the values the core's form holds (empty, or the
    /// contact's).
    fn from_form(form: &ContactForm) -> Self {
        let v = &form.values;
        ContactEdit {
            id: form.id,
            name: v.name.clone(),
            phone: v.phone.clone(),
            relation: v.relation.clone().unwrap_or_default(),
            note: v.note.clone().unwrap_or_default(),
            channel: form
                .channels
                .iter()
                .position(|ch| ch.channel == v.channel)
                .unwrap_or(0),
            trusted: v.trusted,
            field: 0,
            confirm_remove: false,
        }
    }

    fn text_mut(&mut self) -> Option<&mut String> {
        match self.current() {
            Field::Name => Some(&mut self.name),
            Field::Phone => Some(&mut self.phone),
            Field::Relation => Some(&mut self.relation),
            Field::Note => Some(&mut self.note),
            _ => None,
        }
    }

    fn input(&self, form: &ContactForm) -> ContactInput {
        let optional = |s: &str| (!s.trim().is_empty()).then(|| s.to_string());
        ContactInput {
            name: self.name.clone(),
            phone: self.phone.clone(),
            relation: optional(&self.relation),
            note: optional(&self.note),
            channel: form
                .channels
                .get(self.channel)
                .map(|c| c.channel)
                .unwrap_or_default(),
            trusted: self.trusted,
        }
    }
}

/// Settings being changed: language, display name, country.
#[derive(Debug, Clone, Default)]
pub(crate) struct SettingsEdit {
    /// Index into [`SettingsForm::languages`].
    pub language: usize,
    pub name: String,
    /// Index into [`SettingsForm::countries`]; none for "not set".
    pub country: Option<usize>,
    /// 0 language, 1 name, 2 country, 3 save, 4 cancel, 5 content from a
    /// file.
    pub field: usize,
}

pub(crate) const SETTINGS_FIELDS: usize = 6;

impl SettingsEdit {
    /// Starts from the values the core's form holds.
    pub fn load(w: &Waymark) -> waymark_core::Result<Self> {
        let form = w.profile().settings_form()?;
        Ok(SettingsEdit {
            language: form
                .languages
                .iter()
                .position(|l| l.id == form.language)
                .unwrap_or(0),
            name: form.display_name,
            country: form
                .country
                .and_then(|c| form.countries.iter().position(|x| x.id == c)),
            field: 0,
        })
    }
}

/// A line of the backup screen that can be chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BackupField {
    Backup,
    /// A backup under a new recovery code: offered once a code exists
    /// (the first backup makes one anyway).
    NewCode,
    /// The recovery-code field of a restore.
    Restore,
}

pub(crate) fn backup_fields(has_code: bool) -> Vec<BackupField> {
    let mut f = vec![BackupField::Backup];
    if has_code {
        f.push(BackupField::NewCode);
    }
    f.push(BackupField::Restore);
    f
}

/// Backup and restore; `field` indexes [`backup_fields`].
#[derive(Debug, Default)]
pub(crate) struct BackupState {
    pub field: usize,
    pub code_input: String,
    /// The recovery code of the backup just made: shown this once.
    pub recovery_code: Option<String>,
    /// What the last backup or restore did, in words.
    pub result: Option<String>,
    /// The backup or restore running; dropped with the screen, it stops.
    pub job: Option<Job<Done>>,
}

/// How a backup or restore ended.
pub(crate) enum Done {
    Backup(waymark_core::Result<BackupExport>),
    Restore(waymark_core::Result<RestoreReport>),
}

/// Moves `i` one step around `n` choices (← / →).
fn cycle(i: usize, n: usize, back: bool) -> usize {
    if n == 0 {
        0
    } else if back {
        (i + n - 1) % n
    } else {
        (i + 1) % n
    }
}

fn edit_text(text: &mut String, key: &KeyEvent) {
    type_into(text, key, FIELD_MAX);
}

/// A character typed into `text` (up to `max`), or one taken back.
pub(super) fn type_into(text: &mut String, key: &KeyEvent, max: usize) {
    match key.code {
        KeyCode::Char(c) if text.chars().count() < max => text.push(c),
        KeyCode::Backspace => {
            text.pop();
        }
        _ => {}
    }
}

/// ↑↓ and Tab / Shift-Tab move between fields.
pub(super) fn move_field(field: usize, key: &KeyEvent, n: usize) -> usize {
    match key.code {
        KeyCode::Up | KeyCode::BackTab => step(field, true, false, n),
        KeyCode::Down | KeyCode::Tab => step(field, false, true, n),
        _ => field,
    }
}

impl App {
    pub(super) fn contacts_key(&mut self, sel: usize, key: KeyEvent) -> View {
        let contacts = match self.w.contacts().screen() {
            Ok(s) => s.contacts,
            Err(e) => {
                self.fail(e);
                return View::Main;
            }
        };
        // Row 0 is "add a contact", then the contacts.
        let n = contacts.len() + 1;
        match key.code {
            KeyCode::Enter => {
                let id = match sel {
                    0 => None,
                    n => match contacts.get(n - 1) {
                        Some(c) => Some(c.id),
                        None => return View::Contacts { sel: 0 },
                    },
                };
                match self.w.contacts().form(id) {
                    Ok(form) => View::ContactEdit(Box::new(ContactEdit::from_form(&form))),
                    Err(e) => {
                        self.fail(e);
                        View::Contacts { sel }
                    }
                }
            }
            _ => View::Contacts {
                sel: step(sel, key.code == KeyCode::Up, key.code == KeyCode::Down, n),
            },
        }
    }

    pub(super) fn contact_form_key(&mut self, mut f: Box<ContactEdit>, key: KeyEvent) -> View {
        let form = match self.w.contacts().form(f.id) {
            Ok(form) => form,
            Err(e) => {
                self.fail(e);
                return View::Contacts { sel: 0 };
            }
        };
        let n = f.fields().len();
        let field = move_field(f.field, &key, n);
        if field != f.field {
            f.field = field;
            f.confirm_remove = false;
            return View::ContactEdit(f);
        }
        let current = f.current();
        match (current, key.code) {
            (Field::Channel, KeyCode::Left | KeyCode::Right) => {
                f.channel = cycle(f.channel, form.channels.len(), key.code == KeyCode::Left);
            }
            (Field::Trusted, KeyCode::Char(' ') | KeyCode::Enter) => f.trusted = !f.trusted,
            (Field::Save, KeyCode::Enter) => {
                let input = f.input(&form);
                let saved = match f.id {
                    Some(id) => self.w.contacts().update(id, input),
                    None => self.w.contacts().add(input),
                };
                match saved {
                    Ok(_) => {
                        self.notice = Some(form.saved_label);
                        return View::Contacts { sel: 0 };
                    }
                    Err(e) => self.fail(e),
                }
            }
            (Field::Remove, KeyCode::Enter) if f.confirm_remove => {
                if let Some(id) = f.id {
                    match self.w.contacts().remove(id) {
                        Ok(()) => {
                            self.notice = Some(form.removed_label);
                            return View::Contacts { sel: 0 };
                        }
                        Err(e) => self.fail(e),
                    }
                }
            }
            (Field::Remove, KeyCode::Enter) => f.confirm_remove = true,
            (Field::Cancel, KeyCode::Enter) => return View::Contacts { sel: 0 },
            (_, KeyCode::Enter) => f.field = step(f.field, false, true, n),
            _ => {
                if let Some(text) = f.text_mut() {
                    edit_text(text, &key);
                }
            }
        }
        View::ContactEdit(f)
    }

    pub(super) fn settings_key(&mut self, mut s: Box<SettingsEdit>, key: KeyEvent) -> View {
        let form = match self.w.profile().settings_form() {
            Ok(form) => form,
            Err(e) => {
                self.fail(e);
                return View::Main;
            }
        };
        let field = move_field(s.field, &key, SETTINGS_FIELDS);
        if field != s.field {
            s.field = field;
            return View::Settings(s);
        }
        let back = key.code == KeyCode::Left;
        let sideways = matches!(key.code, KeyCode::Left | KeyCode::Right);
        match (s.field, key.code) {
            (0, _) if sideways => s.language = cycle(s.language, form.languages.len(), back),
            (1, _) => edit_text(&mut s.name, &key),
            (2, _) if sideways => {
                // "Not set" comes before the first country.
                let n = form.countries.len() + 1;
                let i = s.country.map_or(0, |c| c + 1);
                let next = cycle(i, n, back);
                s.country = next.checked_sub(1);
            }
            (3, KeyCode::Enter) => {
                let settings = Settings {
                    locale: form.languages.get(s.language).map(|l| l.id.clone()),
                    display_name: Some(s.name.clone()),
                    country: s
                        .country
                        .and_then(|c| form.countries.get(c))
                        .map(|c| c.id.clone()),
                };
                match self.w.profile().update_settings(settings) {
                    Ok(_) => {
                        // The saved language is the one in use from now on.
                        self.notice = self.w.profile().settings_form().ok().map(|f| f.saved_label);
                    }
                    Err(e) => self.fail(e),
                }
            }
            (4, KeyCode::Enter) => return View::Main,
            (5, KeyCode::Enter) => return View::ContentInstall(Box::default()),
            (_, KeyCode::Enter) => s.field = step(s.field, false, true, SETTINGS_FIELDS),
            _ => {}
        }
        View::Settings(s)
    }

    pub(super) fn backup_key(&mut self, mut b: Box<BackupState>, key: KeyEvent) -> View {
        if b.job.is_some() {
            // One operation at a time; Esc (handled before) stops it.
            return View::Backup(b);
        }
        let fields = match self.w.backup().screen() {
            Ok(s) => backup_fields(s.has_code),
            Err(e) => {
                self.fail(e);
                return View::Main;
            }
        };
        let field = move_field(b.field, &key, fields.len());
        if field != b.field {
            b.field = field;
            return View::Backup(b);
        }
        let w = self.w.clone();
        let current = fields.get(b.field).copied();
        match (current, key.code) {
            (Some(BackupField::Backup | BackupField::NewCode), KeyCode::Enter) => {
                b.result = None;
                let new_code = current == Some(BackupField::NewCode);
                b.job = Job::start("backup", &self.relay, async move |t| {
                    Done::Backup(w.backup().to_relay(t, new_code).await)
                });
            }
            (Some(BackupField::Restore), KeyCode::Enter) => {
                b.result = None;
                let code = b.code_input.clone();
                b.job = Job::start("restore", &self.relay, async move |t| {
                    Done::Restore(w.backup().from_relay(t, &code).await)
                });
            }
            (Some(BackupField::Restore), _) => edit_text(&mut b.code_input, &key),
            _ => return View::Backup(b),
        }
        if b.job.is_none() && key.code == KeyCode::Enter {
            self.fail(Error::Internal("thread"));
        }
        View::Backup(b)
    }

    /// Shows how a backup or restore ended, once it has.
    pub(super) fn backup_tick(&mut self) {
        let View::Backup(b) = &mut self.view else {
            return;
        };
        let Some(done) = b.job.as_ref().and_then(Job::result) else {
            return;
        };
        b.job = None;
        let failed = match done {
            Done::Backup(Ok(export)) => {
                b.result = self.w.backup().screen().ok().map(|s| s.done_label);
                // Shown once: a later backup with the same code has none.
                if export.recovery_code.is_some() {
                    b.recovery_code = export.recovery_code;
                }
                None
            }
            Done::Restore(Ok(report)) => {
                b.code_input.clear();
                b.result = Some(self.w.backup().restore_summary(&report));
                None
            }
            // Stopped: said on the screen, where the progress was.
            Done::Backup(Err(Error::Cancelled)) | Done::Restore(Err(Error::Cancelled)) => {
                b.result = Some(self.w.describe(&Error::Cancelled));
                None
            }
            Done::Backup(Err(e)) | Done::Restore(Err(e)) => Some(e),
        };
        if let Some(e) = failed {
            self.fail(e);
        }
    }
}
