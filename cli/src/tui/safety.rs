//! The safety flows in the terminal app: the safety screen's entries,
//! change PIN, the second PIN, the erase policy, SOS history, content from
//! a file, and the auto-lock inputs (the terminal's focus).
//!
//! Every form is the core's model, reached through the facade; this file
//! only keeps what is being typed (PINs drawn as dots, never shown) and
//! sends it to the core's action, which validates and answers with a
//! localized error. Under the duress PIN the core gives no second-PIN
//! form, so the safety screen offers none.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::text::Line;
use waymark_core::screens::{DuressInput, SafetyScreen};

use super::forms::{move_field, type_into};
use super::view::{bold, item, plain};
use super::{App, View, step};

/// The longest PIN or passphrase a field takes (the core checks the rules).
const PIN_MAX: usize = 128;

/// One entry of the safety screen, in the order drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Entry {
    ChangePin,
    /// Only in the real profile (the core's model has the section).
    SecondPin,
    WipeAfter,
    Disguise(usize),
    Erase,
}

pub(crate) fn entries(s: &SafetyScreen) -> Vec<Entry> {
    let mut out = vec![Entry::ChangePin];
    if s.duress.is_some() {
        out.push(Entry::SecondPin);
    }
    out.push(Entry::WipeAfter);
    out.extend((0..s.disguises.len()).map(Entry::Disguise));
    out.push(Entry::Erase);
    out
}

/// Change PIN: 0 current, 1 new, 2 again, 3 save, 4 cancel.
#[derive(Debug, Default)]
pub(crate) struct PinEdit {
    pub typed: [String; 3],
    pub field: usize,
}

const PIN_FIELDS: usize = 5;

/// The second PIN: 0 the PIN, 1 the second PIN, 2 again, 3 erase-on-use,
/// 4 set, then remove (when one is set), then cancel.
#[derive(Debug, Default)]
pub(crate) struct DuressEdit {
    pub typed: [String; 3],
    pub wipe_on_use: bool,
    pub field: usize,
    pub confirm_remove: bool,
}

/// A field of the second-PIN form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DuressField {
    Typed(usize),
    Wipe,
    Set,
    Remove,
    Cancel,
}

fn duress_fields(set: bool) -> Vec<DuressField> {
    let mut f = vec![
        DuressField::Typed(0),
        DuressField::Typed(1),
        DuressField::Typed(2),
        DuressField::Wipe,
        DuressField::Set,
    ];
    if set {
        f.push(DuressField::Remove);
    }
    f.push(DuressField::Cancel);
    f
}

/// Content from a file: 0 the path, 1 install, 2 cancel.
#[derive(Debug, Default)]
pub(crate) struct InstallEdit {
    pub path: String,
    pub field: usize,
    /// What the last install did, in words.
    pub result: Option<String>,
}

const INSTALL_FIELDS: usize = 3;

fn dots(s: &str) -> String {
    "•".repeat(s.chars().count())
}

impl App {
    pub(super) fn safety_key(&mut self, sel: usize, confirm_wipe: bool, key: KeyEvent) -> View {
        let screen = match self.w.safety().screen() {
            Ok(s) => s,
            Err(e) => {
                self.fail(e);
                return View::Main;
            }
        };
        let list = entries(&screen);
        if key.code != KeyCode::Enter {
            return View::Safety {
                sel: step(
                    sel,
                    key.code == KeyCode::Up,
                    key.code == KeyCode::Down,
                    list.len(),
                ),
                confirm_wipe: false,
            };
        }
        match list.get(sel).copied().unwrap_or(Entry::ChangePin) {
            Entry::ChangePin => View::ChangePin(Box::default()),
            Entry::SecondPin => View::Duress(Box::default()),
            Entry::WipeAfter => match self.w.safety().wipe_after_form() {
                Ok(f) => View::WipeAfter {
                    sel: f.choices.iter().position(|c| c.selected).unwrap_or(0),
                },
                Err(e) => {
                    self.fail(e);
                    View::Safety {
                        sel,
                        confirm_wipe: false,
                    }
                }
            },
            Entry::Disguise(i) => {
                if let Err(e) = self.w.safety().set_disguise(screen.disguises[i].disguise) {
                    self.fail(e);
                }
                View::Safety {
                    sel,
                    confirm_wipe: false,
                }
            }
            Entry::Erase if confirm_wipe => {
                // Through the relay: an in-process one is stopped while
                // its database is erased with the profile.
                if let Err(e) = self.relay.wipe(&self.w) {
                    self.fail(e);
                }
                View::Main
            }
            Entry::Erase => View::Safety {
                sel,
                confirm_wipe: true,
            },
        }
    }

    /// The safety screen with `entry` chosen (leaving a form).
    pub(super) fn back_to_safety(&self, entry: Entry) -> View {
        let sel = self
            .w
            .safety()
            .screen()
            .ok()
            .and_then(|s| entries(&s).iter().position(|e| *e == entry))
            .unwrap_or(0);
        View::Safety {
            sel,
            confirm_wipe: false,
        }
    }

    pub(super) fn change_pin_key(&mut self, mut p: Box<PinEdit>, key: KeyEvent) -> View {
        let field = move_field(p.field, &key, PIN_FIELDS);
        if field != p.field {
            p.field = field;
            return View::ChangePin(p);
        }
        match (p.field, key.code) {
            (0..=2, KeyCode::Enter) => p.field += 1,
            (0..=2, _) => type_into(&mut p.typed[p.field], &key, PIN_MAX),
            (3, KeyCode::Enter) => {
                let [current, new, again] = &p.typed;
                match self.w.profile().change_pin(current, new, again) {
                    Ok(()) => {
                        self.notice = Some(self.w.profile().change_pin_form().done_label);
                        return self.back_to_safety(Entry::ChangePin);
                    }
                    Err(e) => self.fail(e),
                }
            }
            (4, KeyCode::Enter) => return self.back_to_safety(Entry::ChangePin),
            _ => {}
        }
        View::ChangePin(p)
    }

    pub(super) fn duress_key(&mut self, mut d: Box<DuressEdit>, key: KeyEvent) -> View {
        let form = match self.w.profile().duress_form() {
            Ok(Some(f)) => f,
            // The decoy has no such form.
            Ok(None) => return self.back_to_safety(Entry::ChangePin),
            Err(e) => {
                self.fail(e);
                return View::Main;
            }
        };
        let fields = duress_fields(form.set);
        let field = move_field(d.field, &key, fields.len());
        if field != d.field {
            d.field = field;
            d.confirm_remove = false;
            return View::Duress(d);
        }
        let current = fields.get(d.field).copied().unwrap_or(DuressField::Cancel);
        match (current, key.code) {
            (DuressField::Typed(_), KeyCode::Enter) => d.field += 1,
            (DuressField::Typed(i), _) => type_into(&mut d.typed[i], &key, PIN_MAX),
            (DuressField::Wipe, KeyCode::Enter | KeyCode::Char(' ')) => {
                d.wipe_on_use = !d.wipe_on_use;
            }
            (DuressField::Set, KeyCode::Enter) => {
                let [pin, duress_pin, confirmation] = &d.typed;
                let input = DuressInput {
                    pin: pin.clone(),
                    duress_pin: duress_pin.clone(),
                    confirmation: confirmation.clone(),
                    wipe_on_use: d.wipe_on_use,
                };
                match self.w.profile().set_duress(&input) {
                    Ok(()) => {
                        self.notice = Some(form.set_done_label);
                        return self.back_to_safety(Entry::SecondPin);
                    }
                    Err(e) => self.fail(e),
                }
            }
            (DuressField::Remove, KeyCode::Enter) if d.confirm_remove => {
                match self.w.profile().remove_duress_pin(&d.typed[0]) {
                    Ok(()) => {
                        self.notice = Some(form.removed_label);
                        return self.back_to_safety(Entry::SecondPin);
                    }
                    Err(e) => {
                        d.confirm_remove = false;
                        self.fail(e);
                    }
                }
            }
            (DuressField::Remove, KeyCode::Enter) => d.confirm_remove = true,
            (DuressField::Cancel, KeyCode::Enter) => {
                return self.back_to_safety(Entry::SecondPin);
            }
            _ => {}
        }
        View::Duress(d)
    }

    pub(super) fn wipe_after_key(&mut self, sel: usize, key: KeyEvent) -> View {
        let form = match self.w.safety().wipe_after_form() {
            Ok(f) => f,
            Err(e) => {
                self.fail(e);
                return View::Main;
            }
        };
        if key.code != KeyCode::Enter {
            return View::WipeAfter {
                sel: step(
                    sel,
                    key.code == KeyCode::Up,
                    key.code == KeyCode::Down,
                    form.choices.len(),
                ),
            };
        }
        if let Some(choice) = form.choices.get(sel) {
            match self.w.safety().set_wipe_after(choice.count) {
                Ok(()) => self.notice = Some(form.saved_label),
                Err(e) => self.fail(e),
            }
        }
        View::WipeAfter { sel }
    }

    pub(super) fn install_key(&mut self, mut f: Box<InstallEdit>, key: KeyEvent) -> View {
        let field = move_field(f.field, &key, INSTALL_FIELDS);
        if field != f.field {
            f.field = field;
            return View::ContentInstall(f);
        }
        match (f.field, key.code) {
            (0 | 1, KeyCode::Enter) => {
                f.result = None;
                match self
                    .w
                    .content()
                    .install_file(std::path::Path::new(f.path.trim()))
                {
                    Ok(done) => f.result = Some(done.done_label),
                    Err(e) => self.fail(e),
                }
            }
            (0, _) => type_into(&mut f.path, &key, 4096),
            (2, KeyCode::Enter) => return View::Main,
            _ => {}
        }
        View::ContentInstall(f)
    }

    /// The terminal lost or got back the focus, or time passed while it
    /// was away: the core's auto-lock rule decides. When it locked,
    /// nothing of the profile stays on screen.
    /// Feeds a focus report (or, with `None`, the passing of time) to the
    /// core's auto-lock rule; true when the profile was locked.
    pub(super) fn lifecycle(&mut self, focus: Option<bool>) -> bool {
        let locked = match focus {
            Some(false) => {
                self.w.profile().app_backgrounded();
                false
            }
            Some(true) => self.w.profile().app_foregrounded(),
            None => self.w.profile().auto_lock_due(),
        };
        if locked {
            self.pin.clear();
            self.confirm.clear();
            self.notice = None;
            self.stop_all();
        }
        locked
    }
}

type Drawn = (String, Vec<Line<'static>>, u16);

fn error(app: &App, e: &waymark_core::Error) -> Drawn {
    (String::new(), vec![plain(app.w.describe(e))], 0)
}

/// The safety screen: its entries, then the disguises, then erase.
pub(super) fn safety(app: &App, sel: usize, confirm_wipe: bool) -> Drawn {
    let s = match app.w.safety().screen() {
        Ok(s) => s,
        Err(e) => return error(app, &e),
    };
    let list = entries(&s);
    let chosen = |e: Entry| list.get(sel) == Some(&e);
    let mut lines = vec![item(chosen(Entry::ChangePin), s.change_pin_label.clone())];
    lines.push(plain(""));
    if let Some(d) = &s.duress {
        lines.extend([bold(d.title.clone()), plain(d.explain.clone())]);
        lines.push(plain(d.wipe_label.clone()));
        lines.push(item(chosen(Entry::SecondPin), format!("⏎ {}", d.title)));
        lines.push(plain(""));
    }
    lines.extend([
        bold(s.policy_title.clone()),
        plain(s.policy_delays),
        plain(s.failures_label),
        item(chosen(Entry::WipeAfter), s.wipe_after_label),
        plain(""),
        bold(s.disguise_title),
        plain(s.disguise_explain),
    ]);
    for (i, d) in s.disguises.iter().enumerate() {
        lines.push(item(
            chosen(Entry::Disguise(i)),
            format!("{} {}", d.mark, d.name),
        ));
    }
    lines.push(plain(""));
    lines.push(bold(s.wipe_title));
    lines.push(plain(s.wipe_explain));
    let wipe = if confirm_wipe {
        format!("⚠ {} ⏎", s.wipe_confirm_label)
    } else {
        s.wipe_confirm_label
    };
    lines.push(item(chosen(Entry::Erase), wipe));
    (s.policy_title, lines, 0)
}

pub(super) fn change_pin(app: &App, p: &PinEdit) -> Drawn {
    let f = app.w.profile().change_pin_form();
    let labels = [&f.current_label, &f.new_label, &f.confirm_label];
    let mut lines = vec![plain(f.hint), plain("")];
    for (i, label) in labels.into_iter().enumerate() {
        lines.push(item(
            p.field == i,
            format!("{label}: {}", dots(&p.typed[i])),
        ));
    }
    lines.push(plain(""));
    lines.push(item(p.field == 3, format!("⏎ {}", f.submit_label)));
    lines.push(item(p.field == 4, f.cancel_label));
    (f.title, lines, 0)
}

pub(super) fn duress(app: &App, d: &DuressEdit) -> Drawn {
    let f = match app.w.profile().duress_form() {
        Ok(Some(f)) => f,
        Ok(None) => return (String::new(), Vec::new(), 0),
        Err(e) => return error(app, &e),
    };
    let fields = duress_fields(f.set);
    let at = |x: DuressField| fields.get(d.field) == Some(&x);
    let labels = [&f.pin_label, &f.duress_pin_label, &f.confirm_label];
    let mut lines = vec![plain(f.explain), bold(f.state_label), plain("")];
    for (i, label) in labels.into_iter().enumerate() {
        lines.push(item(
            at(DuressField::Typed(i)),
            format!("{label}: {}", dots(&d.typed[i])),
        ));
    }
    let (mark, wipe) = if d.wipe_on_use {
        (f.wipe_on_mark, f.wipe_on_label)
    } else {
        (f.wipe_off_mark, f.wipe_off_label)
    };
    lines.push(item(at(DuressField::Wipe), format!("{mark} {wipe}")));
    lines.push(plain(f.wipe_explain));
    lines.push(plain(f.hint));
    lines.push(plain(""));
    lines.push(item(at(DuressField::Set), format!("⏎ {}", f.set_label)));
    if let Some(remove) = f.remove_label {
        let remove = if d.confirm_remove {
            format!("⚠ {remove} ⏎")
        } else {
            remove
        };
        lines.push(item(at(DuressField::Remove), remove));
    }
    lines.push(item(at(DuressField::Cancel), f.cancel_label));
    (f.title, lines, 0)
}

pub(super) fn wipe_after(app: &App, sel: usize) -> Drawn {
    let f = match app.w.safety().wipe_after_form() {
        Ok(f) => f,
        Err(e) => return error(app, &e),
    };
    let mut lines = vec![plain(f.explain), bold(f.current_label), plain("")];
    for (i, c) in f.choices.iter().enumerate() {
        lines.push(item(i == sel, format!("{} {}", c.mark, c.label)));
    }
    lines.push(plain(""));
    lines.push(plain(f.hint));
    (f.title, lines, 0)
}

pub(super) fn sos_history(app: &App) -> Drawn {
    let s = match app.w.sos().history_screen() {
        Ok(s) => s,
        Err(e) => return error(app, &e),
    };
    let mut lines: Vec<Line<'static>> = s.empty_text.into_iter().map(plain).collect();
    for e in s.entries {
        lines.push(plain(format!("{} {}", s.bullet, e.text)));
        lines.extend(e.location_label.map(|l| plain(format!("  {l}"))));
    }
    (s.title, lines, 0)
}

pub(super) fn install(app: &App, f: &InstallEdit) -> Drawn {
    let s = app.w.content().install_screen();
    let cursor = if f.field == 0 { "▏" } else { "" };
    let mut lines = vec![
        plain(s.intro),
        bold(s.version_label),
        plain(""),
        item(
            f.field == 0,
            format!("{}: {}{cursor}", s.file_label, f.path),
        ),
        item(f.field == 1, format!("⏎ {}", s.install_label)),
        item(f.field == 2, s.cancel_label),
    ];
    if let Some(r) = &f.result {
        lines.push(plain(""));
        lines.push(bold(r.clone()));
    }
    (s.title, lines, 0)
}
