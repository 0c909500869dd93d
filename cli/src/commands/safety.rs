//! Safety and contact commands: `wipe`, `sos`, `duress`, `policy`,
//! `contacts`, `traces`. Each forwards to the core and prints what it
//! returns; the terminal never sends an SMS, it prints what a phone would.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;
use waymark_core::guard::Disguise;
use waymark_core::sos::Location;
use waymark_core::{Channel, ContactInput, Error, ErrorKind, Waymark};

use super::{read_pin, unlocked, unlocked_with_pin};
use crate::input::SecretSource;
use crate::output::{self, Failure};

#[derive(Debug, Args)]
pub struct WipeArgs {
    /// Confirm: erase the profile, its keys and the device secret now.
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct SosArgs {
    /// Send: record the SOS and print exactly what goes to whom. Without
    /// it, `sos` only shows who would get which message (the review step).
    #[arg(long, conflicts_with = "practice")]
    pub confirm: bool,
    /// Compose the messages but mark them as practice (nothing is to be sent).
    #[arg(long)]
    pub practice: bool,
    /// Latitude of the current position.
    #[arg(long, requires = "lon", allow_negative_numbers = true)]
    pub lat: Option<f64>,
    /// Longitude of the current position.
    #[arg(long, requires = "lat", allow_negative_numbers = true)]
    pub lon: Option<f64>,
    /// Accuracy of the position in metres.
    #[arg(long, requires = "lat")]
    pub accuracy: Option<f64>,
    /// Show the sealed SOS history instead.
    #[arg(long, conflicts_with_all = ["practice", "confirm", "lat"])]
    pub history: bool,
}

#[derive(Debug, Subcommand)]
pub enum DuressCommand {
    /// Set the duress PIN: PIN from WAYMARK_PIN, duress PIN from
    /// WAYMARK_DURESS_PIN (or two stdin lines).
    Set {
        /// Erase everything when the duress PIN is used (off by default).
        #[arg(long)]
        wipe: bool,
    },
    /// Remove the duress PIN and its decoy (PIN from WAYMARK_PIN or stdin).
    Remove,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DisguiseArg {
    None,
    Calculator,
    Notes,
    Weather,
}

impl From<DisguiseArg> for Disguise {
    fn from(d: DisguiseArg) -> Self {
        match d {
            DisguiseArg::None => Disguise::None,
            DisguiseArg::Calculator => Disguise::Calculator,
            DisguiseArg::Notes => Disguise::Notes,
            DisguiseArg::Weather => Disguise::Weather,
        }
    }
}

#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// Erase everything after N wrong PINs in a row (3–50).
    #[arg(long, value_name = "N", conflicts_with = "no_wipe")]
    pub wipe_after: Option<u32>,
    /// Never erase after wrong PINs (the default).
    #[arg(long)]
    pub no_wipe: bool,
    /// How the app presents itself.
    #[arg(long, value_enum)]
    pub disguise: Option<DisguiseArg>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ChannelArg {
    Sms,
    Call,
    Whatsapp,
    Line,
    Viber,
    Messenger,
    Telegram,
    Signal,
}

impl From<ChannelArg> for Channel {
    fn from(c: ChannelArg) -> Self {
        match c {
            ChannelArg::Sms => Channel::Sms,
            ChannelArg::Call => Channel::Call,
            ChannelArg::Whatsapp => Channel::WhatsApp,
            ChannelArg::Line => Channel::Line,
            ChannelArg::Viber => Channel::Viber,
            ChannelArg::Messenger => Channel::Messenger,
            ChannelArg::Telegram => Channel::Telegram,
            ChannelArg::Signal => Channel::Signal,
        }
    }
}

#[derive(Debug, Args)]
pub struct ContactFields {
    #[arg(long)]
    pub name: String,
    /// Phone number; a national number uses the country from `settings --country`.
    #[arg(long, allow_hyphen_values = true)]
    pub phone: String,
    #[arg(long)]
    pub relation: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    #[arg(long, value_enum, default_value = "sms")]
    pub channel: ChannelArg,
    /// Receives SOS messages.
    #[arg(long)]
    pub trusted: bool,
}

impl ContactFields {
    fn input(&self) -> ContactInput {
        ContactInput {
            name: self.name.clone(),
            phone: self.phone.clone(),
            relation: self.relation.clone(),
            note: self.note.clone(),
            channel: self.channel.into(),
            trusted: self.trusted,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum ContactsCommand {
    /// List emergency contacts (the default).
    List,
    /// Add a contact.
    Add(ContactFields),
    /// Replace contact ID.
    Edit {
        id: i64,
        #[command(flatten)]
        fields: ContactFields,
    },
    /// Remove contact ID.
    Remove { id: i64 },
}

fn fail(w: &Waymark) -> impl Fn(Error) -> Failure + '_ {
    move |e| Failure::from_core(&e, &w.localizer())
}

pub fn wipe(json_mode: bool, w: &Waymark, args: &WipeArgs) -> Result<(), Failure> {
    let l = w.localizer();
    if !args.yes {
        let mut f =
            Failure::with_message(ErrorKind::ConfirmationRequired, l.message("wipe-explain"));
        f.detail = Some(json!("waymark wipe --yes"));
        return Err(f);
    }
    w.safety().wipe().map_err(fail(w))?;
    output::success(
        json_mode,
        json!({ "wiped": true, "state": "new" }),
        &[l.message("wipe-done")],
    );
    Ok(())
}

pub fn sos(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    args: &SosArgs,
) -> Result<(), Failure> {
    let _unlocked = unlocked(w, secrets)?;
    if args.history {
        let history = w.sos().history().map_err(fail(w))?;
        let lines = history
            .iter()
            .map(|e| {
                format!(
                    "{}\t{}\t{}",
                    e.at,
                    e.recipients,
                    if e.practice { "practice" } else { "sos" }
                )
            })
            .collect::<Vec<_>>();
        output::success(json_mode, json!({ "history": history }), &lines);
        return Ok(());
    }
    let location = match (args.lat, args.lon) {
        (Some(latitude), Some(longitude)) => Some(Location {
            latitude,
            longitude,
            accuracy_m: args.accuracy,
        }),
        _ => None,
    };
    // One process is one screen: the review, or the person's explicit
    // confirm (`--confirm`), which the core still takes as two steps.
    let plan = if args.practice {
        w.sos().practice(location)
    } else {
        w.sos().review(location).and_then(|review| {
            if args.confirm {
                w.sos().confirm()
            } else {
                Ok(review)
            }
        })
    }
    .map_err(fail(w))?;
    let mut lines = vec![
        plan.title.clone(),
        plan.warning.clone(),
        plan.summary.clone(),
    ];
    lines.extend(plan.practice_notice.clone());
    for m in &plan.messages {
        lines.push(format!("→ {}\n{}", m.to_label, m.body));
    }
    if let Some(confirm) = &plan.confirm_label {
        lines.push(format!("{confirm}: waymark sos --confirm"));
    }
    output::success(json_mode, json!(plan), &lines);
    Ok(())
}

pub fn duress(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    cmd: &DuressCommand,
) -> Result<(), Failure> {
    let l = w.localizer();
    let pin = read_pin(secrets, "WAYMARK_PIN", &l.message("unlock-prompt"), &l)?;
    let _unlocked = unlocked_with_pin(w, &pin)?;
    match cmd {
        DuressCommand::Set { wipe } => {
            let duress = read_pin(
                secrets,
                "WAYMARK_DURESS_PIN",
                &l.message("duress-title"),
                &l,
            )?;
            w.profile()
                .set_duress_pin(&pin, &duress, *wipe)
                .map_err(fail(w))?;
            output::success(
                json_mode,
                json!({ "duress_set": true, "duress_wipes": wipe }),
                &[w.localizer().message("duress-set-done")],
            );
        }
        DuressCommand::Remove => {
            w.profile().remove_duress_pin(&pin).map_err(fail(w))?;
            output::success(
                json_mode,
                json!({ "duress_set": false }),
                &[w.localizer().message("duress-removed")],
            );
        }
    }
    Ok(())
}

pub fn policy(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    args: &PolicyArgs,
) -> Result<(), Failure> {
    let _unlocked = unlocked(w, secrets)?;
    if args.no_wipe {
        w.safety().set_wipe_after(None).map_err(fail(w))?;
    } else if let Some(n) = args.wipe_after {
        w.safety().set_wipe_after(Some(n)).map_err(fail(w))?;
    }
    if let Some(d) = args.disguise {
        w.safety().set_disguise(d.into()).map_err(fail(w))?;
    }
    let screen = w.safety().screen().map_err(fail(w))?;
    let disguise = w.safety().disguise().map_err(fail(w))?;
    let mut lines = vec![
        format!("# {}", screen.policy_title),
        screen.policy_delays.clone(),
        screen.wipe_after_label.clone(),
    ];
    if let Some(d) = &screen.duress {
        lines.extend([format!("# {}", d.title), d.wipe_label.clone()]);
    }
    lines.push(format!(
        "# {}: {}",
        screen.disguise_title, disguise.launcher_name
    ));
    output::success(
        json_mode,
        json!({ "safety": screen, "disguise": disguise }),
        &lines,
    );
    Ok(())
}

pub fn contacts(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    cmd: &ContactsCommand,
) -> Result<(), Failure> {
    let _unlocked = unlocked(w, secrets)?;
    let l = w.localizer();
    match cmd {
        ContactsCommand::List => {
            let screen = w.contacts().screen().map_err(fail(w))?;
            let mut lines = vec![format!("# {}", screen.title)];
            lines.extend(screen.empty_text.clone());
            for c in &screen.contacts {
                let star = if c.trusted { " *" } else { "" };
                lines.push(format!("{}\t{}\t{}{star}", c.id, c.name, c.phone));
            }
            output::success(json_mode, json!(screen), &lines);
            Ok(())
        }
        ContactsCommand::Add(fields) => {
            let c = w.contacts().add(fields.input()).map_err(fail(w))?;
            output::success(
                json_mode,
                json!({ "contact": c }),
                &[l.message("contact-saved")],
            );
            Ok(())
        }
        ContactsCommand::Edit { id, fields } => {
            let c = w.contacts().update(*id, fields.input()).map_err(fail(w))?;
            output::success(
                json_mode,
                json!({ "contact": c }),
                &[l.message("contact-saved")],
            );
            Ok(())
        }
        ContactsCommand::Remove { id } => {
            w.contacts().remove(*id).map_err(fail(w))?;
            output::success(
                json_mode,
                json!({ "removed": id }),
                &[l.message("contact-removed")],
            );
            Ok(())
        }
    }
}

pub fn traces(json_mode: bool, w: &Waymark) {
    let t = w.safety().traces_screen();
    let mut lines = vec![format!("# {}", t.title), t.intro.clone()];
    lines.extend(t.items.iter().map(|i| format!("- {}", i.text)));
    output::success(json_mode, json!(t), &lines);
}
