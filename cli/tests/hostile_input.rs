//! The hostile-input matrix: the real `waymark` binary through every
//! command with empty, huge (> 64 KiB), non-UTF-8 and NUL-containing
//! standard input and arguments, damaged profile files (empty, truncated,
//! bit-flipped `waymark.db`, a damaged WAL, a damaged device secret), bad
//! `--locale` tags and bad environment values.
//!
//! Every case must end with exit 0 and a correct result, or with a stable
//! error code from the table in docs/cli.md and that code's exit status;
//! never with panic text, and never with personal data (the PIN, names,
//! phone numbers, message text) in an error.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;
use waymark_testkit::process;

const PIN: &str = "739146";
const NAME: &str = "Thandar Win";
const PHONE: &str = "+66812345670";
const BODY: &str = "MEET-AT-THE-BRIDGE";
/// Nothing listens here: relay commands fail fast with `network`.
const NO_RELAY: &str = "http://127.0.0.1:9";
struct Run {
    name: String,
    code: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

impl Run {
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
    fn json(&self) -> Value {
        serde_json::from_slice(&self.stdout)
            .unwrap_or_else(|e| panic!("{}: {e}: {}", self.name, self.stdout()))
    }
    /// The stable code of a failure (`None` on success).
    fn error_code(&self) -> Option<String> {
        (self.code != 0).then(|| {
            let v: Value = serde_json::from_slice(&self.stderr).unwrap_or_else(|e| {
                panic!(
                    "{}: stderr is not one JSON error: {e}: {}",
                    self.name,
                    self.stderr()
                )
            });
            v["error"]["code"].as_str().unwrap().to_string()
        })
    }
}

/// One invocation: arguments after `--data-dir DIR --json`.
struct Case {
    name: String,
    dir: PathBuf,
    args: Vec<OsString>,
    env: Vec<(String, OsString)>,
    stdin: Vec<u8>,
    /// Without `--json`: what a person at a terminal reads.
    plain: bool,
}

impl Case {
    fn new(name: impl Into<String>, dir: &Path, args: &[&str]) -> Self {
        Case {
            name: name.into(),
            dir: dir.to_path_buf(),
            args: args.iter().map(OsString::from).collect(),
            env: Vec::new(),
            stdin: Vec::new(),
            plain: false,
        }
    }
    fn env(mut self, key: &str, value: impl Into<OsString>) -> Self {
        self.env.push((key.to_string(), value.into()));
        self
    }
    fn pin(self) -> Self {
        self.env("WAYMARK_PIN", PIN)
    }
    fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = bytes.into();
        self
    }
    fn run(&self) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
        cmd.arg("--data-dir").arg(&self.dir);
        if !self.plain {
            cmd.arg("--json");
        }
        cmd.args(&self.args);
        for var in [
            "WAYMARK_PIN",
            "WAYMARK_NEW_PIN",
            "WAYMARK_DURESS_PIN",
            "WAYMARK_RECOVERY",
            "WAYMARK_RELAY",
            "WAYMARK_HTTP_TIMEOUT",
            "LC_ALL",
            "LC_MESSAGES",
        ] {
            cmd.env_remove(var);
        }
        // Panic text would include a backtrace: make sure it would show.
        cmd.env("LANG", "C.UTF-8")
            .env("RUST_BACKTRACE", "1")
            .env("WAYMARK_HTTP_TIMEOUT", "2");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let out = process::run(&mut cmd, &self.stdin);
        Run {
            name: self.name.clone(),
            code: out.code.unwrap_or(-1),
            stdout: out.stdout,
            stderr: out.stderr,
        }
    }
}

/// What a case may end with.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// Exit 0.
    Ok,
    /// Exactly this code.
    Code(&'static str),
    /// Exit 0 or one of these codes.
    OkOr(&'static [&'static str]),
    /// Any documented code, but not these (nor `internal`).
    Not(&'static [&'static str]),
}

/// `code → exit status` from the table in docs/cli.md, so the test checks
/// the contract as written.
fn documented() -> &'static BTreeMap<String, i32> {
    static TABLE: OnceLock<BTreeMap<String, i32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/cli.md"))
            .unwrap();
        let mut table = BTreeMap::new();
        let section = doc.split("## Errors and exit statuses").nth(1).unwrap();
        for line in section.lines() {
            let cols: Vec<&str> = line.split('|').map(str::trim).collect();
            let Some(exit) = cols.get(1).and_then(|c| c.parse::<i32>().ok()) else {
                continue;
            };
            for code in cols[2].split('`').skip(1).step_by(2) {
                table.insert(code.to_string(), exit);
            }
        }
        // The paragraph under the table: "`usage` also covers
        // `confirmation_required` …, and status 5 also covers …".
        let also = section
            .split("`usage` also covers")
            .nth(1)
            .unwrap()
            .split("\n\n")
            .next()
            .unwrap();
        let (to_usage, to_five) = also.split_once("status 5 also covers").unwrap();
        assert!(to_usage.contains("`confirmation_required`"));
        table.insert("confirmation_required".into(), 2);
        for code in ["no_trusted_contacts", "outbox_full", "restore_not_empty"] {
            assert!(to_five.contains(&format!("`{code}`")), "{code}");
            table.insert(code.into(), 5);
        }
        assert!(table.len() > 20, "{table:?}");
        table
    })
}

/// Runs a case and checks it against `expect` and the invariants.
fn check(case: &Case, expect: Expect) -> Run {
    let run = case.run();
    let name = &run.name;
    let stderr = run.stderr();
    for bad in ["panicked", "stack backtrace", "RUST_BACKTRACE", "thread '"] {
        assert!(
            !stderr.contains(bad),
            "{name}: panic text on stderr: {stderr}"
        );
    }
    let code = run.error_code();
    match &code {
        None => {
            assert!(stderr.is_empty(), "{name}: success with stderr {stderr}");
            run.json();
        }
        Some(code) => {
            assert!(
                run.stdout.is_empty(),
                "{name}: failure with stdout {}",
                run.stdout()
            );
            let exit = documented()
                .get(code)
                .unwrap_or_else(|| panic!("{name}: undocumented code {code}: {stderr}"));
            assert_eq!(run.code, *exit, "{name}: exit status of {code}");
            for secret in [PIN, NAME, PHONE, BODY] {
                assert!(
                    !stderr.contains(secret),
                    "{name}: personal data in {stderr}"
                );
            }
        }
    }
    let code = code.as_deref();
    let fine = match expect {
        Expect::Ok => code.is_none(),
        Expect::Code(c) => code == Some(c),
        Expect::OkOr(codes) => code.is_none_or(|c| codes.contains(&c)),
        Expect::Not(codes) => code.is_none_or(|c| c != "internal" && !codes.contains(&c)),
    };
    assert!(
        fine,
        "{name}: expected {expect:?}, got {code:?} (exit {}): {stderr}",
        run.code
    );
    run
}

/// Every command (arguments after `--json`), whether it needs the PIN,
/// and whether it opens the profile.
struct Cmd {
    args: Vec<String>,
    needs_pin: bool,
    opens_profile: bool,
}

fn commands(scratch: &Path) -> Vec<Cmd> {
    let file = |n: &str| scratch.join(n).display().to_string();
    let cmd = |args: &[&str], needs_pin: bool, opens_profile: bool| Cmd {
        args: args.iter().map(|s| s.to_string()).collect(),
        needs_pin,
        opens_profile,
    };
    // Files given to commands hold noise: a pack and a backup that are not.
    let out = file("backup.bin");
    let pack = file("noise.pack");
    for path in [&out, &pack] {
        std::fs::write(path, b"WMPACK\x01 not really a pack or a backup").unwrap();
    }
    vec![
        cmd(&["init"], false, true),
        cmd(&["status"], false, true),
        cmd(&["unlock"], true, true),
        cmd(&["lock"], false, true),
        cmd(&["change-pin"], true, true),
        cmd(&["screen"], false, true),
        cmd(&["settings"], true, true),
        cmd(&["contacts"], true, true),
        cmd(
            &[
                "contacts",
                "add",
                "--name",
                "Aye",
                "--phone",
                "+66812345671",
            ],
            true,
            true,
        ),
        cmd(
            &[
                "contacts",
                "edit",
                "1",
                "--name",
                "Aye",
                "--phone",
                "+66812345671",
            ],
            true,
            true,
        ),
        cmd(&["contacts", "remove", "1"], true, true),
        cmd(&["sos", "--practice"], true, true),
        cmd(&["sos", "--history"], true, true),
        cmd(&["duress", "set"], true, true),
        cmd(&["duress", "remove"], true, true),
        cmd(&["policy"], true, true),
        cmd(&["traces"], false, true),
        cmd(&["wipe"], false, true),
        cmd(&["lessons"], false, true),
        cmd(&["lessons", "show", "what-is-trafficking"], false, true),
        cmd(&["quiz", "what-is-trafficking"], false, true),
        cmd(&["checklist", "--route", "mm-th"], false, true),
        cmd(&["redflags"], false, true),
        cmd(&["redflags", "--check"], false, true),
        cmd(&["directory"], false, true),
        cmd(&["search", "police"], false, true),
        cmd(&["text", "detect"], false, false),
        cmd(&["text", "convert"], false, false),
        cmd(&["content", "status"], false, true),
        cmd(&["content", "install", &pack], false, true),
        cmd(&["content", "verify", &pack], false, false),
        cmd(&["l10n", "list"], false, false),
        cmd(&["message", "hotlines"], false, true),
        cmd(&["message", "send", "--hotline", "waymark-dev"], true, true),
        cmd(&["message", "list"], true, true),
        cmd(&["message", "show", "1"], true, true),
        cmd(&["message", "retry", "1"], true, true),
        cmd(&["--relay", NO_RELAY, "sync"], false, true),
        cmd(&["--relay", NO_RELAY, "backup"], true, true),
        cmd(&["backup", "--out", &out], true, true),
        cmd(&["--relay", NO_RELAY, "restore"], true, true),
        cmd(&["restore", "--from", &out], true, true),
        // No terminal here: `usage`, never a panic.
        cmd(&["tui"], false, true),
    ]
}

/// A set-up profile with a name, a trusted contact and a queued message,
/// made once and copied for each test.
fn base_profile() -> &'static Path {
    static BASE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, dir) = BASE.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("profile");
        check(&Case::new("init", &dir, &["init"]).pin(), Expect::Ok);
        let steps: [&[&str]; 2] = [
            &["settings", "--name", NAME, "--country", "TH"],
            &[
                "contacts",
                "add",
                "--name",
                NAME,
                "--phone",
                PHONE,
                "--trusted",
            ],
        ];
        for args in steps {
            check(&Case::new("set up", &dir, args).pin(), Expect::Ok);
        }
        let send = Case::new(
            "send",
            &dir,
            &["message", "send", "--hotline", "waymark-dev"],
        )
        .pin()
        .stdin(BODY);
        check(&send, Expect::Ok);
        (tmp, dir)
    });
    dir
}

fn copy_profile(to: &Path) -> PathBuf {
    let dir = to.join("profile");
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(base_profile()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    dir
}

fn huge(byte: u8) -> Vec<u8> {
    vec![byte; 70 * 1024]
}

/// Every command, with each kind of bad standard input or secret.
#[test]
fn every_command_with_bad_stdin_and_secrets() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_profile(tmp.path());
    let not_utf8: &[u8] = b"73\xff\xfe91\n";
    let huge_pin = huge(b'7');
    let nul_pin: &[u8] = b"7391\x0046\n";
    // Wrong PINs add up to a delay: they get a profile of their own.
    let wrong_pins = copy_profile(&tmp.path().join("wrong"));
    for cmd in commands(tmp.path()) {
        let args: Vec<&str> = cmd.args.iter().map(String::as_str).collect();
        let label = cmd.args.join(" ");
        let case = |what: &str| Case::new(format!("{label} [{what}]"), &dir, &args);
        let text = args.first() == Some(&"text");
        // Empty standard input, no PIN.
        let expect = if cmd.needs_pin {
            Expect::Code("pin_missing")
        } else {
            Expect::Not(&["storage", "pin_missing"])
        };
        check(&case("empty stdin"), expect);
        // A PIN that is not UTF-8, on stdin and in WAYMARK_PIN.
        let expect = if cmd.needs_pin || text {
            Expect::Code("invalid_input")
        } else {
            Expect::Not(&["storage", "pin_missing"])
        };
        check(&case("stdin not UTF-8").stdin(not_utf8), expect);
        let expect = if cmd.needs_pin {
            Expect::Code("invalid_input")
        } else {
            Expect::Not(&["storage", "pin_missing"])
        };
        let bad_env = OsString::from_vec(b"73\xff91".to_vec());
        check(
            &case("WAYMARK_PIN not UTF-8").env("WAYMARK_PIN", bad_env),
            expect,
        );
        // More than 64 KiB on stdin: never cut silently.
        let expect = if cmd.needs_pin {
            Expect::Code("invalid_input")
        } else {
            Expect::Not(&["storage", "pin_missing"])
        };
        check(&case("huge stdin").stdin(huge_pin.clone()), expect);
        // A NUL inside the PIN: the PIN is wrong, nothing more.
        let expect = if cmd.needs_pin {
            // (`change-pin` then finds no second line for the new PIN.)
            Expect::OkOr(&[
                "wrong_pin",
                "invalid_pin",
                "invalid_input",
                "pin_missing",
                "too_many_attempts",
            ])
        } else {
            Expect::Not(&["storage", "pin_missing"])
        };
        let mut nul = case("NUL in PIN").stdin(nul_pin);
        nul.dir = wrong_pins.clone();
        check(&nul, expect);
    }
    // Nothing above changed the profile: the real PIN still opens it with
    // its contact.
    let list = check(
        &Case::new("contacts after", &dir, &["contacts"]).pin(),
        Expect::Ok,
    );
    assert_eq!(list.json()["contacts"][0]["name"], NAME);
}

/// A message body that is empty, huge, not UTF-8 or holds control
/// characters gets a clear answer and queues nothing.
#[test]
fn bad_message_bodies_name_the_problem() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_profile(tmp.path());
    let send = ["message", "send", "--hotline", "waymark-dev"];
    let cases: [(&str, Vec<u8>, &str, &str); 6] = [
        (
            "empty",
            Vec::new(),
            "invalid_input",
            "Write a message first.",
        ),
        (
            "blank",
            b"  \n\n".to_vec(),
            "invalid_input",
            "Write a message first.",
        ),
        ("huge", huge(b'a'), "invalid_input", "too long"),
        (
            "not UTF-8",
            b"hello \xff\xfe".to_vec(),
            "invalid_input",
            "not readable text",
        ),
        (
            "NUL",
            b"MEET\0HERE".to_vec(),
            "invalid_input",
            "cannot be sent",
        ),
        (
            "escape",
            b"MEET \x1b[2J HERE".to_vec(),
            "invalid_input",
            "cannot be sent",
        ),
    ];
    for (what, body, code, says) in cases {
        let run = check(
            &Case::new(format!("send {what}"), &dir, &send)
                .pin()
                .stdin(body),
            Expect::Code(code),
        );
        assert!(run.stderr().contains(says), "{what}: {}", run.stderr());
    }
    let list = check(
        &Case::new("list", &dir, &["message", "list"]).pin(),
        Expect::Ok,
    );
    assert_eq!(
        list.json()["conversations"][0]["messages"],
        1,
        "nothing was queued"
    );
}

/// Arguments: huge, not UTF-8, unknown ids. (A NUL cannot be passed in an
/// argument on Unix at all.)
#[test]
fn bad_arguments_get_stable_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_profile(tmp.path());
    let big = "x".repeat(70 * 1024);
    let big_digits = "9".repeat(70 * 1024);
    let cases: Vec<(&str, Vec<&str>, Expect)> = vec![
        (
            "huge contact name",
            vec!["contacts", "add", "--name", &big, "--phone", "+66812345671"],
            Expect::Code("invalid_input"),
        ),
        (
            "huge display name",
            vec!["settings", "--name", &big],
            Expect::Code("invalid_input"),
        ),
        (
            "huge search",
            vec!["search", &big],
            Expect::OkOr(&["invalid_input"]),
        ),
        (
            "huge lesson id",
            vec!["lessons", "show", &big],
            Expect::Code("not_found"),
        ),
        (
            "huge country",
            vec!["directory", "--country", &big],
            Expect::OkOr(&["invalid_input"]),
        ),
        (
            "huge id",
            vec!["message", "show", &big_digits],
            Expect::Code("usage"),
        ),
        (
            "unknown conversation",
            vec!["message", "show", "4930127322200853606"],
            Expect::Code("not_found"),
        ),
        (
            "unknown message",
            vec!["message", "retry", "4930127322200853606"],
            Expect::Code("not_found"),
        ),
        (
            "negative id",
            vec!["contacts", "remove", "-1"],
            Expect::OkOr(&["usage", "not_found"]),
        ),
        (
            "id not a number",
            vec!["message", "show", "abc"],
            Expect::Code("usage"),
        ),
        (
            "text with a terminal escape",
            vec!["text", "convert", "\u{1b}[2J"],
            Expect::Ok,
        ),
    ];
    for (what, args, expect) in cases {
        check(&Case::new(what, &dir, &args).pin(), expect);
    }
    let not_utf8 = OsStr::from_bytes(b"Th\xffandar").to_os_string();
    for args in [
        vec![OsString::from("search"), not_utf8.clone()],
        vec!["settings".into(), "--name".into(), not_utf8.clone()],
        vec![
            "contacts".into(),
            "add".into(),
            "--name".into(),
            not_utf8.clone(),
            "--phone".into(),
            "+66812345671".into(),
        ],
        vec!["--locale".into(), not_utf8.clone(), "status".into()],
    ] {
        let mut case = Case::new(format!("not UTF-8 {:?}", args[0]), &dir, &[]).pin();
        case.args = args;
        check(&case, Expect::Code("invalid_input"));
    }
    // A backup file that is not there, or is noise.
    let missing = tmp.path().join("no-such-backup.bin");
    let noise = tmp.path().join("noise.bin");
    std::fs::write(&noise, b"\x01 not a backup").unwrap();
    for (file, code) in [(&missing, "not_found"), (&noise, "invalid_input")] {
        let case = Case::new(
            format!("restore --from {}", file.display()),
            &dir,
            &["restore", "--from", file.to_str().unwrap()],
        )
        .pin()
        .env("WAYMARK_RECOVERY", "0000-0000-0000-0000-0000-0000");
        check(&case, Expect::Code(code));
    }
    // A data folder whose name is not UTF-8 is an ordinary folder.
    let odd = tmp.path().join(OsStr::from_bytes(b"data-\xff"));
    check(&Case::new("odd data dir", &odd, &["status"]), Expect::Ok);
}

fn truncate_to(path: &Path, fraction: u64) {
    let f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    f.set_len(f.metadata().unwrap().len() / fraction).unwrap();
}

fn scribble(path: &Path, at: usize, len: usize) {
    let mut bytes = std::fs::read(path).unwrap();
    let end = (at + len).min(bytes.len());
    for (i, b) in bytes[at..end].iter_mut().enumerate() {
        *b ^= 0x5a ^ (i as u8);
    }
    std::fs::write(path, bytes).unwrap();
}

/// A way to damage a file.
type Damage = fn(&Path);

/// Every command on a damaged `waymark.db`: `corrupted`, never `storage`
/// or a silent new profile; and a panic wipe still works.
#[test]
fn every_command_on_a_damaged_database() {
    let damages: [(&str, Damage); 4] = [
        ("emptied", |p| std::fs::write(p, b"").unwrap()),
        ("truncated", |p| truncate_to(p, 3)),
        ("header bit-flipped", |p| scribble(p, 16, 8)),
        ("first page overwritten", |p| scribble(p, 100, 3900)),
    ];
    for (damage, apply) in damages {
        let tmp = tempfile::tempdir().unwrap();
        let dir = copy_profile(tmp.path());
        apply(&dir.join("waymark.db"));
        for cmd in commands(tmp.path()) {
            let args: Vec<&str> = cmd.args.iter().map(String::as_str).collect();
            let name = format!("{} [{damage}]", cmd.args.join(" "));
            let expect = if cmd.opens_profile {
                Expect::Code("corrupted")
            } else {
                Expect::Not(&["storage"])
            };
            check(&Case::new(name, &dir, &args).pin().stdin(BODY), expect);
        }
        // Nothing was recreated over the damage.
        check(
            &Case::new("status again", &dir, &["status"]),
            Expect::Code("corrupted"),
        );
        check(
            &Case::new(format!("wipe [{damage}]"), &dir, &["wipe", "--yes"]),
            Expect::Ok,
        );
        let status = check(
            &Case::new("status after wipe", &dir, &["status"]),
            Expect::Ok,
        );
        assert_eq!(status.json()["state"], "new");
    }
}

/// A damaged page deep inside the file: whatever a command can still read
/// it shows, anything else is `corrupted`; never `storage` or `internal`.
#[test]
fn a_damaged_page_inside_the_database() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_profile(tmp.path());
    let db = dir.join("waymark.db");
    let len = std::fs::metadata(&db).unwrap().len() as usize;
    for page in (1..len / 4096).step_by(2) {
        scribble(&db, page * 4096 + 8, 512);
    }
    for cmd in commands(tmp.path()) {
        let args: Vec<&str> = cmd.args.iter().map(String::as_str).collect();
        let name = format!("{} [damaged pages]", cmd.args.join(" "));
        check(
            &Case::new(name, &dir, &args).pin().stdin(BODY),
            Expect::Not(&["storage"]),
        );
    }
}

/// A damaged WAL or device secret.
#[test]
fn damaged_side_files() {
    let tmp = tempfile::tempdir().unwrap();
    // A WAL that is noise: SQLite ignores frames that fail their checksum,
    // and the profile opens with its data.
    let dir = copy_profile(&tmp.path().join("wal"));
    let mut noise = b"\x37\x7f\x06\x82".to_vec();
    noise.extend((0..20_000u32).map(|i| (i * 31 % 251) as u8));
    std::fs::write(dir.join("waymark.db-wal"), &noise).unwrap();
    let list = check(
        &Case::new("contacts [noise WAL]", &dir, &["contacts"]).pin(),
        Expect::Ok,
    );
    assert_eq!(list.json()["contacts"][0]["name"], NAME);
    // A WAL cut short: same.
    let dir = copy_profile(&tmp.path().join("short-wal"));
    std::fs::write(dir.join("waymark.db-wal"), &noise[..7]).unwrap();
    check(
        &Case::new("unlock [short WAL]", &dir, &["unlock"]).pin(),
        Expect::Ok,
    );
    // A device secret cut short is `platform_secret`, never a new secret.
    let dir = copy_profile(&tmp.path().join("secret"));
    std::fs::write(dir.join("device.secret"), b"short").unwrap();
    for args in [&["unlock"][..], &["contacts"], &["message", "list"]] {
        check(
            &Case::new(format!("{args:?} [short secret]"), &dir, args).pin(),
            Expect::Code("platform_secret"),
        );
    }
    // An empty database with no device secret is a first run.
    let dir = tmp.path().join("fresh");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("waymark.db"), b"").unwrap();
    let status = check(
        &Case::new("status [empty, no secret]", &dir, &["status"]),
        Expect::Ok,
    );
    assert_eq!(status.json()["state"], "new");
}

/// Bad `--locale` tags and bad environment values.
#[test]
fn bad_locale_tags_and_environment_values() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_profile(tmp.path());
    let huge_tag = "x".repeat(70 * 1024);
    for tag in ["xx-YY", "", "@@@", "zz", "en-", "-", huge_tag.as_str()] {
        for args in [&["status"][..], &["unlock"], &["message", "list"]] {
            let mut all = vec!["--locale", tag];
            all.extend_from_slice(args);
            let name = format!("--locale {:.12} {args:?}", format!("{tag:?}"));
            check(
                &Case::new(name, &dir, &all).pin(),
                Expect::Code("unknown_locale"),
            );
        }
    }
    // Relay timeouts outside 1–600 seconds are refused, not ignored.
    for value in ["abc", "0", "601", "", "-5", "30s", "99999999999999999999"] {
        for args in [
            &["--relay", NO_RELAY, "sync"][..],
            &["--relay", NO_RELAY, "backup"],
            &["--relay", NO_RELAY, "restore"],
        ] {
            let case = Case::new(format!("WAYMARK_HTTP_TIMEOUT={value} {args:?}"), &dir, args)
                .pin()
                .env("WAYMARK_HTTP_TIMEOUT", value);
            let run = check(&case, Expect::Code("invalid_input"));
            assert!(
                run.stderr().contains("WAYMARK_HTTP_TIMEOUT"),
                "{}",
                run.stderr()
            );
        }
        let case = Case::new("status with a bad timeout", &dir, &["status"])
            .env("WAYMARK_HTTP_TIMEOUT", value);
        check(&case, Expect::Ok);
    }
    for value in ["1", "600", " 5 "] {
        let case = Case::new(
            format!("WAYMARK_HTTP_TIMEOUT={value}"),
            &dir,
            &["--relay", NO_RELAY, "sync"],
        )
        // Counts are shown only with the real PIN.
        .pin()
        .env("WAYMARK_HTTP_TIMEOUT", value);
        let run = check(&case, Expect::Ok);
        let errors = run.json()["network_errors"].as_u64().unwrap();
        assert!(errors >= 1, "{}", run.stdout());
    }
    // Relay addresses that are not https (or http to this machine).
    for value in [
        "garbage",
        "http://example.com",
        "ftp://127.0.0.1",
        "https://",
        "http://10.0.0.1:8787",
    ] {
        let case = Case::new(format!("WAYMARK_RELAY={value}"), &dir, &["sync"])
            .env("WAYMARK_RELAY", value);
        check(&case, Expect::Code("invalid_input"));
    }
    let not_utf8 = OsString::from_vec(b"http://\xff".to_vec());
    check(
        &Case::new("WAYMARK_RELAY not UTF-8", &dir, &["sync"]).env("WAYMARK_RELAY", not_utf8),
        Expect::OkOr(&["invalid_input", "usage"]),
    );
    // A PIN variable that is empty or not UTF-8.
    check(
        &Case::new("WAYMARK_PIN empty", &dir, &["unlock"]).env("WAYMARK_PIN", ""),
        Expect::OkOr(&["wrong_pin", "invalid_pin"]),
    );
    let run = check(
        &Case::new("WAYMARK_PIN not UTF-8", &dir, &["unlock"])
            .env("WAYMARK_PIN", OsString::from_vec(b"\xff\xfe".to_vec())),
        Expect::Code("invalid_input"),
    );
    assert!(
        run.stderr().contains("not readable text"),
        "{}",
        run.stderr()
    );
    // Locale variables with garbage fall back to English.
    for value in ["garbage", "\u{1b}[31m", "C", ""] {
        let case = Case::new(format!("LANG={value:?}"), &dir, &["status"])
            .env("LANG", value)
            .env("LC_ALL", value);
        check(&case, Expect::Ok);
    }
}

/// Ids in `--json` output are strings (docs/cli.md) and go back into the
/// commands unchanged.
#[test]
fn ids_are_strings_and_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_profile(tmp.path());
    let sent = check(
        &Case::new(
            "send",
            &dir,
            &["message", "send", "--hotline", "waymark-dev"],
        )
        .pin()
        .stdin("second"),
        Expect::Ok,
    )
    .json();
    let conversation = sent["conversation"]
        .as_str()
        .expect("a string id")
        .to_string();
    let message = sent["message"]["id"]
        .as_str()
        .expect("a string id")
        .to_string();
    assert!(
        conversation.bytes().all(|b| b.is_ascii_digit()),
        "{conversation}"
    );
    let list = check(
        &Case::new("list", &dir, &["message", "list"]).pin(),
        Expect::Ok,
    )
    .json();
    assert_eq!(list["conversations"][0]["id"], conversation.as_str());
    assert_eq!(
        list["conversations"][0]["messages"], 2,
        "counts stay numbers"
    );
    let shown = check(
        &Case::new("show", &dir, &["message", "show", &conversation]).pin(),
        Expect::Ok,
    )
    .json();
    assert_eq!(shown["id"], conversation.as_str());
    assert!(
        shown["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["id"] == message.as_str())
    );
    assert!(shown["messages"][0]["at"].is_i64(), "times stay numbers");
    let retried = check(
        &Case::new("retry", &dir, &["message", "retry", &message]).pin(),
        Expect::Ok,
    )
    .json();
    assert_eq!(retried["retried"], message.as_str());
    let contacts = check(
        &Case::new("contacts", &dir, &["contacts"]).pin(),
        Expect::Ok,
    )
    .json();
    let contact = contacts["contacts"][0]["id"]
        .as_str()
        .expect("a string id")
        .to_string();
    let removed = check(
        &Case::new("remove", &dir, &["contacts", "remove", &contact]).pin(),
        Expect::Ok,
    )
    .json();
    assert_eq!(removed["removed"], contact.as_str());
}

/// Without `--json` a person reads one localized line per failure: no
/// panic text, no personal data.
#[test]
fn plain_errors_are_one_localized_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_profile(tmp.path());
    let damaged = copy_profile(&tmp.path().join("damaged"));
    truncate_to(&damaged.join("waymark.db"), 3);
    let not_utf8 = OsString::from_vec(b"Th\xffandar".to_vec());
    let mut cases = vec![
        Case::new("damaged", &damaged, &["contacts"]).pin(),
        Case::new("tui", &dir, &["tui"]),
        Case::new(
            "body",
            &dir,
            &["message", "send", "--hotline", "waymark-dev"],
        )
        .pin()
        .stdin(format!("{BODY}\0")),
        Case::new("timeout", &dir, &["--relay", NO_RELAY, "sync"])
            .env("WAYMARK_HTTP_TIMEOUT", "abc"),
        Case::new("pin", &dir, &["unlock"])
            .env("WAYMARK_PIN", OsString::from_vec(b"\xff".to_vec())),
        Case::new("wrong pin", &dir, &["unlock"]).env("WAYMARK_PIN", "000000"),
    ];
    let mut arg = Case::new("argument", &dir, &[]);
    arg.args = vec!["search".into(), not_utf8];
    cases.push(arg);
    for mut case in cases {
        case.plain = true;
        let run = case.run();
        let stderr = run.stderr();
        assert_ne!(run.code, 0, "{}", case.name);
        assert!(run.stdout.is_empty(), "{}: {}", case.name, run.stdout());
        assert!(stderr.starts_with("waymark: "), "{}: {stderr}", case.name);
        assert_eq!(stderr.lines().count(), 1, "{}: {stderr}", case.name);
        for bad in ["panicked", "backtrace", PIN, NAME, PHONE, BODY] {
            assert!(!stderr.contains(bad), "{}: {stderr}", case.name);
        }
    }
}
