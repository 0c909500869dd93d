//! The profile's own commands: `init`, `status`, `unlock`, `lock`,
//! `change-pin`, `screen`, `settings`. Prints what the core's models say;
//! decides nothing about PINs or settings itself.

use serde_json::json;
use waymark_core::error::ArgValue;
use waymark_core::{Error, Localizer, ProfileState, Screen, Settings, Waymark, l10n};

use super::{read_pin, unlocked, unlocked_if_pin_given};
use crate::input::SecretSource;
use crate::output::{self, Failure};

fn fail(w: &Waymark) -> impl Fn(Error) -> Failure + '_ {
    move |e| Failure::from_core(&e, &w.localizer())
}

pub fn init(json_mode: bool, w: &Waymark, secrets: &mut SecretSource) -> Result<(), Failure> {
    let l = w.localizer();
    if w.profile().state().map_err(fail(w))? != ProfileState::New {
        return Err(fail(w)(Error::AlreadySetUp));
    }
    let pin = read_pin(secrets, "WAYMARK_PIN", &l.message("setup-pin-label"), &l)?;
    // Scripts give the PIN once; a person at a terminal types it twice.
    let confirmation = if std::env::var("WAYMARK_PIN").is_err()
        && std::io::IsTerminal::is_terminal(&std::io::stdin())
    {
        read_pin(
            secrets,
            "WAYMARK_PIN",
            &l.message("setup-confirm-label"),
            &l,
        )?
    } else {
        pin.clone()
    };
    w.profile().set_up(&pin, &confirmation).map_err(fail(w))?;
    w.profile().lock();
    let l = w.localizer();
    output::success(
        json_mode,
        json!({ "state": "locked", "created": true, "data_dir": w.data_dir().to_string_lossy(), "locale": l.active_tag() }),
        &[l.message("setup-done")],
    );
    Ok(())
}

pub fn status(json_mode: bool, w: &Waymark) -> Result<(), Failure> {
    let state = w.profile().state().map_err(fail(w))?;
    let l = w.localizer();
    let state_text = l.message(match state {
        ProfileState::New => "state-new",
        ProfileState::Locked => "state-locked",
        ProfileState::Unlocked => "state-unlocked",
    });
    let info = l.active_info();
    let mut lines = vec![
        l.message_with("status-state", &[("state", ArgValue::Text(state_text))]),
        l.message_with(
            "home-language",
            &[("language", ArgValue::Text(info.name.clone()))],
        ),
    ];
    if let Some(id) = info.review.notice_id() {
        lines.push(l.message(id));
    }
    output::success(
        json_mode,
        json!({
            "state": state,
            "data_dir": w.data_dir().to_string_lossy(),
            "locale": info.tag,
            "locale_review": info.review.as_str(),
            "locales": l10n::available().iter().map(|i| json!({"tag": i.tag, "name": i.name, "review": i.review.as_str()})).collect::<Vec<_>>(),
        }),
        &lines,
    );
    Ok(())
}

pub fn unlock(json_mode: bool, w: &Waymark, secrets: &mut SecretSource) -> Result<(), Failure> {
    let _unlocked = unlocked(w, secrets)?;
    let l = w.localizer();
    let screen = w.profile().screen().map_err(fail(w))?;
    let mut lines = vec![l.message("unlock-done")];
    lines.extend(screen_lines(&screen));
    lines.push(l.message("lock-on-exit"));
    output::success(
        json_mode,
        json!({ "state": "unlocked", "screen": screen }),
        &lines,
    );
    Ok(())
}

pub fn lock(json_mode: bool, w: &Waymark) -> Result<(), Failure> {
    w.profile().lock();
    if w.profile().state().map_err(fail(w))? == ProfileState::New {
        return Err(fail(w)(Error::NotSetUp));
    }
    let l = w.localizer();
    output::success(
        json_mode,
        json!({ "state": "locked" }),
        &[l.message("lock-done")],
    );
    Ok(())
}

pub fn change_pin(json_mode: bool, w: &Waymark, secrets: &mut SecretSource) -> Result<(), Failure> {
    let l = w.localizer();
    if w.profile().state().map_err(fail(w))? == ProfileState::New {
        return Err(fail(w)(Error::NotSetUp));
    }
    let current = read_pin(secrets, "WAYMARK_PIN", &l.message("change-pin-current"), &l)?;
    let new = read_pin(secrets, "WAYMARK_NEW_PIN", &l.message("change-pin-new"), &l)?;
    w.profile()
        .change_pin(&current, &new, &new)
        .map_err(fail(w))?;
    output::success(
        json_mode,
        json!({ "state": "locked", "pin_changed": true }),
        &[l.message("change-pin-done")],
    );
    Ok(())
}

/// The screen the apps would draw now; the home screen when `WAYMARK_PIN`
/// is given.
pub fn screen(json_mode: bool, w: &Waymark, secrets: &mut SecretSource) -> Result<(), Failure> {
    let _unlocked = unlocked_if_pin_given(w, secrets)?;
    let screen = w.profile().screen().map_err(fail(w))?;
    output::success(json_mode, json!(screen), &screen_lines(&screen));
    Ok(())
}

pub fn settings(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    language: &Option<String>,
    name: &Option<String>,
    country: &Option<String>,
) -> Result<(), Failure> {
    let _unlocked = unlocked(w, secrets)?;
    let mut settings = w.profile().settings().map_err(fail(w))?;
    let changing = language.is_some() || name.is_some() || country.is_some();
    if let Some(country) = country {
        settings.country = Some(country.clone());
    }
    if let Some(language) = language {
        settings.locale = Some(language.clone());
    }
    if let Some(name) = name {
        settings.display_name = Some(name.clone());
    }
    if changing {
        settings = w.profile().update_settings(settings).map_err(fail(w))?;
    }
    let l = w.localizer();
    let mut lines = settings_lines(&settings, &l);
    if changing {
        lines.push(l.message("settings-saved"));
    }
    output::success(
        json_mode,
        json!({ "settings": settings, "saved": changing }),
        &lines,
    );
    Ok(())
}

fn screen_lines(screen: &Screen) -> Vec<String> {
    let mut lines = Vec::new();
    match screen {
        Screen::Setup(s) => {
            lines.extend([s.title.clone(), s.intro.clone(), s.warning.clone()]);
            lines.extend(s.translation_notice.clone());
        }
        Screen::Unlock(s) => {
            lines.extend([s.title.clone(), s.prompt.clone()]);
            lines.extend(s.translation_notice.clone());
        }
        Screen::Calculator(s) => lines.push(s.display.clone()),
        Screen::Home(s) => {
            lines.extend([
                format!("# {}", s.title),
                s.greeting.clone(),
                s.language.clone(),
            ]);
            lines.extend(s.translation_notice.clone());
        }
    }
    lines
}

fn settings_lines(s: &Settings, l: &Localizer) -> Vec<String> {
    let language = match s
        .locale
        .as_deref()
        .and_then(|t| l10n::available().into_iter().find(|i| i.tag == t))
    {
        Some(info) => info.name,
        None => l.message_with(
            "settings-language-device",
            &[("language", ArgValue::Text(l.active_info().name))],
        ),
    };
    vec![
        format!("{}: {}", l.message("settings-language"), language),
        format!(
            "{} {}",
            l.message("settings-display-name"),
            s.display_name.as_deref().unwrap_or("-")
        ),
    ]
}
