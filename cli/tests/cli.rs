//! End-to-end tests of the `waymark` command-line contract (docs/cli.md):
//! real processes, temp profiles, PINs from the environment or stdin.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("{e}: {}", self.stdout))
    }
    fn error(&self) -> Value {
        let v: Value =
            serde_json::from_str(&self.stderr).unwrap_or_else(|e| panic!("{e}: {}", self.stderr));
        v["error"].clone()
    }
}

fn waymark(dir: &Path, args: &[&str], pin_env: Option<&str>, stdin: Option<&str>) -> Run {
    match pin_env {
        Some(pin) => with_env(dir, args, &[("WAYMARK_PIN", pin)], stdin),
        None => with_env(dir, args, &[], stdin),
    }
}

#[test]
fn init_status_unlock_lock_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("profile");

    let status = waymark(&dir, &["--json", "status"], None, None);
    assert_eq!(status.code, 0, "{}", status.stderr);
    assert_eq!(status.json()["state"], "new");

    let init = waymark(&dir, &["--json", "init"], None, Some("2468\n"));
    assert_eq!(init.code, 0, "{}", init.stderr);
    assert_eq!(init.json()["created"], true);
    assert!(!init.stdout.contains("2468") && !init.stderr.contains("2468"));

    let again = waymark(&dir, &["--json", "init"], Some("1111"), None);
    assert_eq!(again.code, 5);
    assert_eq!(again.error()["code"], "already_set_up");

    assert_eq!(
        waymark(&dir, &["--json", "status"], None, None).json()["state"],
        "locked"
    );

    let unlock = waymark(&dir, &["--json", "unlock"], Some("2468"), None);
    assert_eq!(unlock.code, 0, "{}", unlock.stderr);
    let doc = unlock.json();
    assert_eq!(doc["state"], "unlocked");
    assert_eq!(doc["screen"]["screen"], "home");
    assert_eq!(doc["screen"]["greeting"], "Welcome back.");

    let lock = waymark(&dir, &["--json", "lock"], None, None);
    assert_eq!(lock.code, 0);
    assert_eq!(lock.json()["state"], "locked");
}

#[test]
fn wrong_and_missing_pins_have_stable_codes_and_localized_messages() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    assert_eq!(waymark(&dir, &["init"], Some("2468"), None).code, 0);

    let wrong = waymark(&dir, &["--json", "unlock"], Some("1357"), None);
    assert_eq!(wrong.code, 3);
    assert_eq!(wrong.error()["code"], "wrong_pin");
    assert!(wrong.stdout.is_empty());
    assert!(!wrong.stderr.contains("1357"));

    let thai = waymark(&dir, &["--locale", "th", "unlock"], Some("1357"), None);
    assert_eq!(thai.code, 3);
    assert!(
        thai.stderr
            .chars()
            .any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)),
        "{}",
        thai.stderr
    );

    let missing = waymark(&dir, &["--json", "unlock"], None, None);
    assert_eq!(missing.code, 4);
    assert_eq!(missing.error()["code"], "pin_missing");

    // PIN on stdin works as well as the environment.
    assert_eq!(waymark(&dir, &["unlock"], None, Some("2468\n")).code, 0);

    // A huge PIN is refused cleanly, not read forever.
    let huge = "9".repeat(5_000_000);
    let big = waymark(&dir, &["--json", "unlock"], None, Some(&huge));
    assert_eq!(big.code, 3);
}

#[test]
fn commands_on_a_new_profile_say_it_is_not_set_up() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    for args in [
        vec!["--json", "unlock"],
        vec!["--json", "lock"],
        vec!["--json", "change-pin"],
    ] {
        let r = waymark(&dir, &args, Some("2468"), None);
        assert_eq!(r.code, 5, "{args:?}: {}", r.stderr);
        assert_eq!(r.error()["code"], "not_set_up");
    }
    let short = waymark(&dir, &["--json", "init"], Some("12"), None);
    assert_eq!(short.code, 4);
    assert_eq!(short.error()["code"], "invalid_pin");
    assert_eq!(
        waymark(&dir, &["--json", "status"], None, None).json()["state"],
        "new"
    );
}

#[test]
fn change_pin_and_settings_are_sealed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    assert_eq!(waymark(&dir, &["init"], Some("2468"), None).code, 0);

    let marker = "CLI-MARKER-7f3a9c";
    let set = waymark(
        &dir,
        &["--json", "settings", "--name", marker, "--language", "km"],
        Some("2468"),
        None,
    );
    assert_eq!(set.code, 0, "{}", set.stderr);
    assert_eq!(set.json()["settings"]["locale"], "km");

    let home = waymark(&dir, &["--json", "unlock"], Some("2468"), None).json();
    assert_eq!(home["screen"]["locale"], "km");
    assert!(
        home["screen"]["greeting"]
            .as_str()
            .unwrap()
            .contains(marker)
    );

    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !bytes.windows(marker.len()).any(|w| w == marker.as_bytes()),
            "plaintext in {}",
            path.display()
        );
    }

    let bad = waymark(
        &dir,
        &["--json", "settings", "--language", "xx"],
        Some("2468"),
        None,
    );
    assert_eq!(bad.code, 4);
    assert_eq!(bad.error()["code"], "unknown_locale");

    let change = waymark(&dir, &["--json", "change-pin"], None, Some("2468\n97531\n"));
    assert_eq!(change.code, 0, "{}", change.stderr);
    assert_eq!(waymark(&dir, &["unlock"], Some("2468"), None).code, 3);
    assert_eq!(waymark(&dir, &["unlock"], Some("97531"), None).code, 0);
}

#[test]
fn usage_errors_are_json_with_code_usage() {
    let tmp = tempfile::tempdir().unwrap();
    let r = waymark(
        tmp.path(),
        &["--json", "--locale", "vi", "no-such-command"],
        None,
        None,
    );
    assert_eq!(r.code, 2);
    assert_eq!(r.error()["code"], "usage");
    assert_ne!(r.error()["message"], "This command was not understood.");
}

#[test]
fn l10n_check_passes_on_shipped_locales_and_fails_on_broken_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let ok = waymark(tmp.path(), &["--json", "l10n", "check"], None, None);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    assert_eq!(ok.json()["locales"], 9);

    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let on_disk = waymark(
        tmp.path(),
        &[
            "--json",
            "l10n",
            "check",
            "--dir",
            locales.to_str().unwrap(),
        ],
        None,
        None,
    );
    assert_eq!(on_disk.code, 0, "{}", on_disk.stderr);

    // A copy with one key removed, one added, and a syntax error.
    let broken = tmp.path().join("locales");
    copy_dir(&locales, &broken);
    let th = broken.join("th/app.ftl");
    let text = std::fs::read_to_string(&th).unwrap();
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("home-title ="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&th, format!("{text}extra-key = ข้อความ\nbroken = {{ oops\n")).unwrap();
    let r = waymark(
        tmp.path(),
        &["--json", "l10n", "check", "--dir", broken.to_str().unwrap()],
        None,
        None,
    );
    assert_eq!(r.code, 8);
    let e = r.error();
    assert_eq!(e["code"], "l10n_incomplete");
    let problems: Vec<String> = e["detail"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    assert!(
        problems.iter().any(|p| p.contains("missing `home-title`")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("`extra-key`")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("syntax")),
        "{problems:?}"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn with_env(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    cmd.arg("--data-dir").arg(dir).args(args);
    cmd.env_remove("WAYMARK_PIN")
        .env_remove("WAYMARK_NEW_PIN")
        .env_remove("WAYMARK_DURESS_PIN")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        let _ = input.write_all(text.as_bytes());
    }
    drop(input);
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

#[test]
fn contacts_duress_sos_and_wipe_from_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    let pin = [("WAYMARK_PIN", "2468")];
    assert_eq!(with_env(&dir, &["init"], &pin, None).code, 0);
    assert_eq!(
        with_env(
            &dir,
            &["settings", "--country", "MM", "--name", "Hla"],
            &pin,
            None
        )
        .code,
        0
    );

    let added = with_env(
        &dir,
        &[
            "--json",
            "contacts",
            "add",
            "--name",
            "Cousin",
            "--phone",
            "09 123 4567",
            "--trusted",
        ],
        &pin,
        None,
    );
    assert_eq!(added.code, 0, "{}", added.stderr);
    assert_eq!(added.json()["contact"]["phone"], "+9591234567");
    let bad = with_env(
        &dir,
        &["--json", "contacts", "add", "--name", "X", "--phone", "abc"],
        &pin,
        None,
    );
    assert_eq!(bad.code, 4);
    assert_eq!(bad.error()["code"], "invalid_input");
    let missing = with_env(&dir, &["--json", "contacts", "remove", "12345"], &pin, None);
    assert_eq!(missing.code, 10);
    assert_eq!(missing.error()["code"], "not_found");

    let sos = with_env(
        &dir,
        &[
            "--json",
            "--locale",
            "my",
            "sos",
            "--practice",
            "--lat",
            "16.8409",
            "--lon",
            "96.1735",
        ],
        &pin,
        None,
    );
    assert_eq!(sos.code, 0, "{}", sos.stderr);
    let plan = sos.json();
    assert_eq!(plan["practice"], true);
    assert_eq!(plan["messages"][0]["recipient"], "+9591234567");
    assert!(
        plan["messages"][0]["body"]
            .as_str()
            .unwrap()
            .contains("16.84090")
    );

    let duress = with_env(
        &dir,
        &["--json", "duress", "set"],
        &[],
        Some("2468\n1357\n"),
    );
    assert_eq!(duress.code, 0, "{}", duress.stderr);
    let decoy = with_env(
        &dir,
        &["--json", "contacts"],
        &[("WAYMARK_PIN", "1357")],
        None,
    );
    assert_eq!(decoy.code, 0);
    assert_eq!(decoy.json()["contacts"].as_array().unwrap().len(), 0);
    let real = with_env(&dir, &["--json", "contacts"], &pin, None);
    assert_eq!(real.json()["contacts"].as_array().unwrap().len(), 1);

    let policy = with_env(&dir, &["--json", "policy", "--wipe-after", "2"], &pin, None);
    assert_eq!(policy.code, 4, "3 is the smallest allowed");
    let policy = with_env(
        &dir,
        &["--json", "policy", "--disguise", "calculator"],
        &pin,
        None,
    );
    assert_eq!(policy.code, 0);
    assert_eq!(policy.json()["disguise"]["launcher_name"], "Calculator");

    let traces = with_env(&dir, &["--json", "--locale", "lo", "traces"], &[], None);
    assert_eq!(traces.json()["items"].as_array().unwrap().len(), 7);

    let refused = with_env(&dir, &["--json", "wipe"], &[], None);
    assert_eq!(refused.code, 2);
    assert_eq!(refused.error()["code"], "confirmation_required");
    let wiped = with_env(&dir, &["--json", "wipe", "--yes"], &[], None);
    assert_eq!(wiped.code, 0, "{}", wiped.stderr);
    assert_eq!(
        waymark(&dir, &["--json", "status"], None, None).json()["state"],
        "new"
    );
    for entry in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for needle in [&b"Cousin"[..], b"+9591234567", b"Hla"] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle));
        }
    }
}

#[test]
fn wrong_pin_delays_hold_across_processes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    assert_eq!(
        with_env(&dir, &["init"], &[("WAYMARK_PIN", "2468")], None).code,
        0
    );
    for _ in 0..5 {
        assert_eq!(
            with_env(&dir, &["unlock"], &[("WAYMARK_PIN", "0000")], None).code,
            3
        );
    }
    // Each attempt was a separate process; the sixth must wait, even with the right PIN.
    let waiting = with_env(
        &dir,
        &["--json", "unlock"],
        &[("WAYMARK_PIN", "2468")],
        None,
    );
    assert_eq!(waiting.code, 9);
    assert_eq!(waiting.error()["code"], "too_many_attempts");
}

#[test]
fn text_detects_and_converts_zawgyi() {
    let tmp = tempfile::tempdir().unwrap();
    let zawgyi = "ဘဂၤလားေဒရွ္႕";
    let d = waymark(
        tmp.path(),
        &["--json", "text", "detect", zawgyi],
        None,
        None,
    );
    assert_eq!(d.code, 0);
    assert_eq!(d.json()["zawgyi"], true);
    let c = waymark(
        tmp.path(),
        &["--json", "text", "convert"],
        None,
        Some(zawgyi),
    );
    assert_eq!(c.json()["text"], "ဘင်္ဂလားဒေရှ့်");
    assert_eq!(c.json()["converted"], true);
    let unicode = waymark(
        tmp.path(),
        &["--json", "text", "convert", "မင်္ဂလာပါ"],
        None,
        None,
    );
    assert_eq!(unicode.json()["converted"], false);
    assert_eq!(unicode.json()["text"], "မင်္ဂလာပါ");
    let latin = waymark(
        tmp.path(),
        &["--json", "text", "detect", "hello"],
        None,
        None,
    );
    assert_eq!(latin.json()["burmese"], false);
    // Empty input is an answer, not a crash.
    let empty = waymark(tmp.path(), &["--json", "text", "detect"], None, Some(""));
    assert_eq!(empty.code, 0);
    assert_eq!(empty.json()["burmese"], false);
}

#[test]
fn content_commands_work_without_a_pin() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    let lessons = waymark(&dir, &["--json", "lessons"], None, None);
    assert_eq!(lessons.code, 0, "{}", lessons.stderr);
    assert_eq!(lessons.json()["lessons"].as_array().unwrap().len(), 8);
    let q = waymark(
        &dir,
        &[
            "--json",
            "quiz",
            "what-is-trafficking",
            "--question",
            "q1",
            "--answer",
            "b",
        ],
        None,
        None,
    );
    assert_eq!(q.code, 0, "{}", q.stderr);
    assert!(q.json()["feedback"]["explanation"].as_str().is_some());
    let bad = waymark(&dir, &["--json", "quiz", "no-such-lesson"], None, None);
    assert_eq!(bad.code, 10);
    let dir_json = waymark(
        &dir,
        &["--json", "--locale", "th", "directory", "--country", "TH"],
        None,
        None,
    )
    .json();
    assert!(
        dir_json["entries"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["country"] == "TH")
    );
    let flags = waymark(
        &dir,
        &["--json", "redflags", "--check", "--yes", "fee-before-job"],
        None,
        None,
    );
    assert_eq!(flags.code, 0, "{}", flags.stderr);
    assert_eq!(flags.json()["reasons"].as_array().unwrap().len(), 1);
    let search = waymark(&dir, &["--json", "search", "1300"], None, None).json();
    assert!(!search["results"].as_array().unwrap().is_empty());
}

#[test]
fn classroom_prints_the_session_outline_and_says_nothing_is_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    let en = waymark(&dir, &["--json", "classroom", "debt-and-fees"], None, None);
    assert_eq!(en.code, 0, "{}", en.stderr);
    let en = en.json();
    assert_eq!(en["lesson_id"], "debt-and-fees");
    assert_eq!(en["steps"].as_array().unwrap().len(), 5);
    let th = waymark(
        &dir,
        &["--json", "--locale", "th", "classroom", "debt-and-fees"],
        None,
        None,
    )
    .json();
    assert!(th["privacy_notice"].as_str().unwrap().contains("นักเรียน"));
    assert_ne!(th["privacy_notice"], en["privacy_notice"]);
    let text = waymark(&dir, &["classroom", "debt-and-fees"], None, None);
    assert!(text.stdout.contains(en["privacy_notice"].as_str().unwrap()));
    let bad = waymark(&dir, &["--json", "classroom", "no-such-lesson"], None, None);
    assert_eq!(bad.code, 10);
    assert_eq!(bad.error()["code"], "not_found");
}

#[test]
fn content_progress_is_kept_with_a_pin() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    assert_eq!(waymark(&dir, &["init"], Some("2468"), None).code, 0);
    let tick = waymark(
        &dir,
        &[
            "--json",
            "checklist",
            "--route",
            "ph-hk",
            "--check",
            "licensed-agency",
        ],
        Some("2468"),
        None,
    );
    assert_eq!(tick.code, 0, "{}", tick.stderr);
    let again = waymark(&dir, &["--json", "checklist"], Some("2468"), None).json();
    assert!(
        again["routes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "ph-hk" && r["selected"] == true)
    );
    let without_pin = waymark(&dir, &["--json", "checklist"], None, None).json();
    assert!(
        without_pin["routes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["selected"] == false)
    );
}

#[test]
fn content_lint_passes_on_shipped_content_and_fails_on_broken_content() {
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let ok = waymark(
        tmp.path(),
        &[
            "--json",
            "content",
            "lint",
            "--root",
            root.to_str().unwrap(),
        ],
        None,
        None,
    );
    assert_eq!(ok.code, 0, "{}", ok.stderr);

    let broken = tmp.path().join("repo");
    copy_dir(&root.join("content"), &broken.join("content"));
    copy_dir(&root.join("locales"), &broken.join("locales"));
    // A dangling lesson link, an answer that is not an option, a missing message.
    let checklists = broken.join("content/checklists.json");
    let text = std::fs::read_to_string(&checklists).unwrap();
    std::fs::write(
        &checklists,
        text.replacen("\"recruiter-deception\"", "\"no-such-lesson\"", 1),
    )
    .unwrap();
    let lesson = broken.join("content/lessons/debt-and-fees.json");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&lesson).unwrap()).unwrap();
    let mut v = v;
    v["quiz"][0]["answer"] = serde_json::json!("z");
    std::fs::write(&lesson, v.to_string()).unwrap();
    let en = broken.join("locales/en/redflags.ftl");
    let text: String = std::fs::read_to_string(&en)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("redflags-title ="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&en, text).unwrap();
    let r = waymark(
        tmp.path(),
        &[
            "--json",
            "content",
            "lint",
            "--root",
            broken.to_str().unwrap(),
        ],
        None,
        None,
    );
    assert_eq!(r.code, 8, "{}", r.stderr);
    let problems: Vec<String> = r.error()["detail"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown lesson `no-such-lesson`")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("answer is not an option")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("redflags-title")),
        "{problems:?}"
    );

    // An unverified number in the directory is caught against the facts.
    let facts = tmp.path().join("facts.json");
    std::fs::write(
        &facts,
        r#"[{"country":"TH","numbers":["1300"],"verified":false}]"#,
    )
    .unwrap();
    let r = waymark(
        tmp.path(),
        &[
            "--json",
            "content",
            "lint",
            "--root",
            root.to_str().unwrap(),
            "--facts",
            facts.to_str().unwrap(),
        ],
        None,
        None,
    );
    assert_eq!(r.code, 8);
    assert!(r.stderr.contains("is not in a verified record"));
}
