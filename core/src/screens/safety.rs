//! The safety screens: the safety overview, change PIN, the second
//! (duress) PIN and the erase-after-wrong-PINs policy.
//!
//! Models only: every label, hint, choice and current value is decided
//! here from the localizer and the state the facade hands in. This module
//! never changes state, and nothing it builds for the decoy (the profile
//! the duress PIN opens) says that a second PIN exists.

use serde::Serialize;

use super::DisguiseOption;
use crate::error::ArgValue;
use crate::guard::{self, Disguise, Guard};
use crate::l10n::Localizer;
use crate::settings::StoredSettings;

/// The second-PIN part of the safety screen (real profile only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DuressSection {
    pub title: String,
    pub explain: String,
    pub set: bool,
    pub wipes: bool,
    pub wipe_explain: String,
    pub wipe_label: String,
}

/// The safety settings screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SafetyScreen {
    /// The duress PIN section; `None` in the decoy, which must read as a
    /// complete ordinary profile with no word about second PINs.
    pub duress: Option<DuressSection>,
    pub policy_title: String,
    pub policy_delays: String,
    pub wipe_after: Option<u32>,
    pub wipe_after_label: String,
    pub failures_label: String,
    pub disguise_title: String,
    pub disguise_explain: String,
    pub disguises: Vec<DisguiseOption>,
    pub wipe_title: String,
    pub wipe_explain: String,
    pub wipe_confirm_label: String,
    pub quick_exit_label: String,
    pub traces_label: String,
    /// Opens [`ChangePinForm`] (in the decoy it changes the PIN that
    /// opened it, like any PIN).
    pub change_pin_label: String,
}

fn count(n: u32) -> ArgValue {
    ArgValue::Number(i64::from(n))
}

/// What "erase after N wrong PINs" is set to, in words.
fn wipe_after_text(l: &Localizer, n: Option<u32>) -> String {
    match n {
        Some(n) => l.message_with("policy-wipe-on", &[("count", count(n))]),
        None => l.message("policy-wipe-off"),
    }
}

fn chosen_mark(l: &Localizer, chosen: bool) -> String {
    l.message(if chosen {
        "mark-chosen"
    } else {
        "mark-not-chosen"
    })
}

fn duress_wipe_label(l: &Localizer, wipes: bool) -> String {
    l.message(if wipes {
        "duress-wipe-on"
    } else {
        "duress-wipe-off"
    })
}

/// The safety screen. `decoy`: the profile the duress PIN opened, whose
/// screen leaves the duress section out.
pub fn safety(l: &Localizer, stored: &StoredSettings, guard: &Guard, decoy: bool) -> SafetyScreen {
    SafetyScreen {
        duress: (!decoy).then(|| DuressSection {
            title: l.message("duress-title"),
            explain: l.message("duress-explain"),
            set: stored.duress_set,
            wipes: stored.duress_wipes,
            wipe_explain: l.message("duress-wipe-explain"),
            wipe_label: duress_wipe_label(l, stored.duress_wipes),
        }),
        policy_title: l.message("policy-title"),
        policy_delays: l.message("policy-delays"),
        wipe_after: guard.wipe_after,
        wipe_after_label: wipe_after_text(l, guard.wipe_after),
        failures_label: l.message_with("policy-failures", &[("count", count(guard.failures))]),
        disguise_title: l.message("disguise-title"),
        disguise_explain: l.message("disguise-explain"),
        disguises: Disguise::ALL
            .iter()
            .map(|d| DisguiseOption {
                disguise: *d,
                name: l.message(d.name_id()),
                icon: d.icon().to_string(),
                selected: *d == guard.disguise,
                mark: chosen_mark(l, *d == guard.disguise),
            })
            .collect(),
        wipe_title: l.message("wipe-title"),
        wipe_explain: l.message("wipe-explain"),
        wipe_confirm_label: l.message("wipe-confirm"),
        quick_exit_label: l.message("quick-exit"),
        traces_label: l.message("traces-title"),
        change_pin_label: l.message("change-pin-title"),
    }
}

/// Change PIN: the current PIN, the new one twice. In the decoy it changes
/// the PIN that opened it, as any profile would.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangePinForm {
    pub title: String,
    pub current_label: String,
    pub new_label: String,
    pub confirm_label: String,
    /// What a PIN or passphrase may be.
    pub hint: String,
    pub submit_label: String,
    pub cancel_label: String,
    /// Shown once the action succeeded.
    pub done_label: String,
}

pub fn change_pin_form(l: &Localizer) -> ChangePinForm {
    ChangePinForm {
        title: l.message("change-pin-title"),
        current_label: l.message("change-pin-current"),
        new_label: l.message("change-pin-new"),
        confirm_label: l.message("setup-confirm-label"),
        hint: l.message("setup-intro"),
        submit_label: l.message("form-save"),
        cancel_label: l.message("form-cancel"),
        done_label: l.message("change-pin-done"),
    }
}

/// What a UI sends to set the second PIN.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DuressInput {
    /// The real PIN: setting a second PIN always needs it.
    pub pin: String,
    pub duress_pin: String,
    /// The second PIN typed again.
    pub confirmation: String,
    /// Erase everything when the second PIN is used, instead of opening
    /// the harmless profile.
    pub wipe_on_use: bool,
}

/// Set, replace or remove the second (duress) PIN. Real profile only: the
/// decoy has no such form, as its safety screen has no such section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DuressForm {
    pub title: String,
    pub explain: String,
    /// Whether a second PIN is set now, and that in words.
    pub set: bool,
    pub state_label: String,
    pub pin_label: String,
    pub duress_pin_label: String,
    pub confirm_label: String,
    pub hint: String,
    /// The erase-on-use switch: its current value, its words, and why it
    /// is off unless the person turns it on.
    pub wipe_on_use: bool,
    pub wipe_label: String,
    pub wipe_on_label: String,
    pub wipe_off_label: String,
    /// The switch's ticked and unticked marks.
    pub wipe_on_mark: String,
    pub wipe_off_mark: String,
    pub wipe_explain: String,
    /// Sets (or replaces) the second PIN.
    pub set_label: String,
    /// Removes it; `None` while none is set.
    pub remove_label: Option<String>,
    pub cancel_label: String,
    pub set_done_label: String,
    pub removed_label: String,
}

pub fn duress_form(l: &Localizer, stored: &StoredSettings) -> DuressForm {
    DuressForm {
        title: l.message("duress-title"),
        explain: l.message("duress-explain"),
        set: stored.duress_set,
        state_label: l.message(if stored.duress_set {
            "duress-state-on"
        } else {
            "duress-state-off"
        }),
        pin_label: l.message("change-pin-current"),
        duress_pin_label: l.message("duress-pin-label"),
        confirm_label: l.message("setup-confirm-label"),
        hint: l.message("setup-intro"),
        wipe_on_use: stored.duress_wipes,
        wipe_label: duress_wipe_label(l, stored.duress_wipes),
        wipe_on_label: duress_wipe_label(l, true),
        wipe_off_label: duress_wipe_label(l, false),
        wipe_on_mark: l.message("mark-checked"),
        wipe_off_mark: l.message("mark-unchecked"),
        wipe_explain: l.message("duress-wipe-explain"),
        set_label: l.message("duress-set"),
        remove_label: stored.duress_set.then(|| l.message("duress-remove")),
        cancel_label: l.message("form-cancel"),
        set_done_label: l.message("duress-set-done"),
        removed_label: l.message("duress-removed"),
    }
}

/// The counts offered for "erase after N wrong PINs", besides "off"
/// (decision 76): never fewer than the free attempts before delays start,
/// so a child playing with the phone meets the delays long before an erase.
pub const WIPE_AFTER_CHOICES: [u32; 3] = [10, 20, 50];

/// One choice of the erase policy; `count` `None` is "off".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WipeAfterChoice {
    pub count: Option<u32>,
    pub label: String,
    pub selected: bool,
    /// The chosen / not chosen mark.
    pub mark: String,
}

/// Erase after too many wrong PINs in a row: off, or one of the counts.
/// It is the device's policy (it works while locked), the same whichever
/// profile is open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WipeAfterForm {
    pub title: String,
    pub explain: String,
    /// The policy in force, and that in words.
    pub current: Option<u32>,
    pub current_label: String,
    /// Off first, then the counts in order; the current value is always
    /// among them (one set another way, such as the CLI's
    /// `policy --wipe-after 7`, is added in its place).
    pub choices: Vec<WipeAfterChoice>,
    /// The range a count must be in.
    pub hint: String,
    pub save_label: String,
    pub cancel_label: String,
    pub saved_label: String,
}

pub fn wipe_after_form(l: &Localizer, current: Option<u32>) -> WipeAfterForm {
    let mut counts: Vec<Option<u32>> = std::iter::once(None)
        .chain(WIPE_AFTER_CHOICES.iter().copied().map(Some))
        .collect();
    if !counts.contains(&current) {
        counts.push(current);
        counts.sort();
    }
    WipeAfterForm {
        title: l.message("policy-title"),
        explain: l.message("policy-delays"),
        current,
        current_label: wipe_after_text(l, current),
        choices: counts
            .into_iter()
            .map(|count| WipeAfterChoice {
                count,
                label: wipe_after_text(l, count),
                selected: count == current,
                mark: chosen_mark(l, count == current),
            })
            .collect(),
        hint: l.message_with(
            "error-wipe-policy-range",
            &[
                ("min", self::count(guard::WIPE_AFTER_MIN)),
                ("max", self::count(guard::WIPE_AFTER_MAX)),
            ],
        ),
        save_label: l.message("form-save"),
        cancel_label: l.message("form-cancel"),
        saved_label: l.message("settings-saved"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Localizer {
        Localizer::for_preferences(&[])
    }

    #[test]
    fn wipe_after_offers_off_and_the_counts_with_the_current_one_selected() {
        let f = wipe_after_form(&en(), None);
        let counts: Vec<Option<u32>> = f.choices.iter().map(|c| c.count).collect();
        assert_eq!(counts, [None, Some(10), Some(20), Some(50)]);
        assert!(f.choices[0].selected);
        assert_eq!(f.current_label, f.choices[0].label);
        assert!(f.hint.contains('3') && f.hint.contains("50"), "{}", f.hint);
        // Every offered count is one the action accepts.
        for c in &f.choices {
            assert_eq!(guard::validate_wipe_after(c.count).unwrap(), c.count);
        }
        let f = wipe_after_form(&en(), Some(20));
        assert_eq!(f.choices.iter().filter(|c| c.selected).count(), 1);
        assert_eq!(f.choices[2].count, Some(20));
        assert!(f.choices[2].selected);
        assert!(f.current_label.contains("20"));
    }

    #[test]
    fn a_count_set_elsewhere_is_offered_in_its_place() {
        let f = wipe_after_form(&en(), Some(7));
        let counts: Vec<Option<u32>> = f.choices.iter().map(|c| c.count).collect();
        assert_eq!(counts, [None, Some(7), Some(10), Some(20), Some(50)]);
        assert!(f.choices[1].selected);
    }

    #[test]
    fn the_duress_form_follows_the_stored_state() {
        let none = duress_form(&en(), &StoredSettings::default());
        assert!(!none.set);
        assert_eq!(none.remove_label, None);
        assert!(!none.wipe_on_use);
        let set = duress_form(
            &en(),
            &StoredSettings {
                duress_set: true,
                duress_wipes: true,
                ..StoredSettings::default()
            },
        );
        assert!(set.set && set.wipe_on_use);
        assert!(set.remove_label.is_some());
        assert_ne!(set.state_label, none.state_label);
        assert_eq!(set.wipe_label, set.wipe_on_label);
    }

    #[test]
    fn safety_forms_have_words_in_every_locale() {
        for info in crate::l10n::available() {
            let l = Localizer::for_preferences(std::slice::from_ref(&info.tag));
            let d = duress_form(&l, &StoredSettings::default());
            for text in [&d.state_label, &d.duress_pin_label, &d.set_label] {
                assert!(!text.starts_with("duress-"), "{}: {text}", info.tag);
            }
            let c = change_pin_form(&l);
            assert!(!c.title.starts_with("change-pin"), "{}", info.tag);
        }
    }
}
