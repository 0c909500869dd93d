//! Rotating a hotline's key, the phone's side, end to end: real `waymark`
//! profiles, a real relay on 127.0.0.1, and the operator's real
//! `waymark-server keygen | publish | inbox | reply`. The new public key
//! travels in a pack built from a copy of the checkout's content with the
//! hotline's `key` replaced in `content/quiet.json` (docs/console.md,
//! "Rotating the hotline key"); a pack carrying a key but signed by another
//! publisher is refused.
//!
//! `waymark-server` is built by the cargo running this test (a package's
//! tests only get their own binaries), into the same target directory, so
//! it is never a stale copy.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use waymark_protocol::envelope;
use waymark_protocol::message::{from_hex, hex};
use waymark_testkit::relay::{self, Relay, TestDb};
use waymark_testkit::{copy_dir, process};

const PIN: &str = "2468";
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// What a finished command printed; it must have succeeded.
fn ok(cmd: &mut Command, stdin: &str) -> Value {
    let out = process::run(cmd, stdin.as_bytes());
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.code, Some(0), "{stdout} {stderr}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

/// The `waymark` command for the phone profile in `dir`.
fn phone(dir: &Path, relay: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    cmd.arg("--data-dir")
        .arg(dir)
        .args(["--relay", relay, "--locale", "en", "--json"])
        .args(args)
        .env("WAYMARK_PIN", PIN)
        .env("WAYMARK_HTTP_TIMEOUT", "5")
        .env_remove("WAYMARK_RELAY");
    cmd
}

/// The publisher's `waymark content …` tool.
fn content(args: &[&str]) -> Value {
    ok(
        Command::new(env!("CARGO_BIN_EXE_waymark"))
            .args(["--json", "content"])
            .args(args),
        "",
    )
}

/// The `waymark-server` binary, built by the cargo running this test in
/// the same target directory and profile as `waymark`.
fn server_binary() -> PathBuf {
    let profile_dir = Path::new(env!("CARGO_BIN_EXE_waymark")).parent().unwrap();
    let mut build = Command::new(env!("CARGO"));
    // Offline: this test's own build already fetched every crate the
    // relay needs (the CLI links its library).
    build
        .args(["build", "-q", "--offline", "-p", "waymark-server"])
        .args(["--bin", "waymark-server", "--manifest-path"])
        .arg(Path::new(ROOT).join("Cargo.toml"))
        .arg("--target-dir")
        .arg(profile_dir.parent().unwrap());
    if profile_dir.ends_with("release") {
        build.arg("--release");
    }
    assert!(
        build.status().unwrap().success(),
        "cargo build waymark-server"
    );
    let exe = profile_dir.join("waymark-server");
    assert!(exe.is_file(), "{}", exe.display());
    exe
}

/// A signed pack of the checkout's content with hotline `waymark-dev`'s
/// key replaced by `hotline_pub` (hex), at `version`, signed with the
/// publisher key `publisher` (`…pk8.hex` / `…pub.hex`).
fn rotation_pack(dir: &Path, hotline_pub: &str, version: u64, publisher: &str) -> PathBuf {
    let root = dir.join("checkout");
    copy_dir(&Path::new(ROOT).join("content"), &root.join("content"));
    copy_dir(&Path::new(ROOT).join("locales"), &root.join("locales"));
    let quiet = root.join("content/quiet.json");
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(&quiet).unwrap()).unwrap();
    let line = doc["hotlines"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|h| h["id"] == "waymark-dev")
        .unwrap();
    assert_ne!(line["key"], hotline_pub, "a new key");
    line["key"] = hotline_pub.into();
    std::fs::write(&quiet, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let (unsigned, signed) = (dir.join("pack.unsigned"), dir.join("pack.wmpack"));
    let version = version.to_string();
    content(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--version",
        &version,
        "--public-key",
        &format!("{publisher}.pub.hex"),
        "--out",
        unsigned.to_str().unwrap(),
    ]);
    content(&[
        "sign",
        "--key",
        &format!("{publisher}.pk8.hex"),
        "--in",
        unsigned.to_str().unwrap(),
        "--out",
        signed.to_str().unwrap(),
    ]);
    signed
}

fn read_key(path: &Path) -> [u8; 32] {
    from_hex(std::fs::read_to_string(path).unwrap().trim())
        .unwrap()
        .try_into()
        .unwrap()
}

/// The message with text `body` in an `inbox --json` listing.
fn listed<'a>(inbox: &'a Value, body: &str) -> &'a Value {
    inbox["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["body"] == body)
        .unwrap_or_else(|| panic!("{body:?} not in {inbox}"))
}

#[test]
fn a_phone_seals_to_the_hotline_key_a_signed_pack_brings_and_refuses_a_forged_one() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let server = server_binary();
    let db = TestDb::sqlite_in(tmp.path()).url;
    let relay = rt.block_on(Relay::spawn(&relay::config(&db)));
    let url = relay.base.clone();
    let operator = |args: &[&str], stdin: &str| {
        ok(
            Command::new(&server)
                .args(args)
                .args(["--db", &db, "--json"]),
            stdin,
        )
    };
    let old_key = format!("{ROOT}/keys/dev-hotline.key.hex");
    let old_id = envelope::key_id(&read_key(Path::new(&format!(
        "{ROOT}/keys/dev-hotline.pub.hex"
    ))));
    let current: u64 = std::fs::read_to_string(format!("{ROOT}/content/version.txt"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();

    // Two phones, each with a message queued to the test hotline (sealed
    // now, to the key the compiled-in content gives it).
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for dir in [&a, &b] {
        ok(&mut phone(dir, &url, &["init"]), "");
    }
    let send = |dir: &Path, conversation: Option<&str>, text: &str| {
        let target = match conversation {
            Some(c) => ["--conversation", c],
            None => ["--hotline", "waymark-dev"],
        };
        ok(phone(dir, &url, &["message", "send"]).args(target), text)
    };
    let sync = |dir: &Path| ok(&mut phone(dir, &url, &["sync", "--wait", "30"]), "");
    let version =
        |dir: &Path| ok(&mut phone(dir, &url, &["content", "status"]), "")["version"].clone();
    let a1 = send(&a, None, "first, to the old key");
    let conversation = a1["conversation"].as_str().unwrap().to_string();
    let b1 = send(&b, None, "b before the forged pack");

    // The hotline makes its new key pair.
    let keys = tmp.path().join("keys");
    let made = Command::new(&server)
        .args(["keygen", "--json", "--name", "rotated", "--out"])
        .arg(&keys)
        .output()
        .unwrap();
    assert!(made.status.success());
    let new_key = keys.join("rotated.key.hex");
    let new_pub = read_key(&keys.join("rotated.pub.hex"));
    let new_id = envelope::key_id(&new_pub);
    assert_ne!(new_id, old_id);

    // A pack with the new key, signed by a publisher the phone does not
    // trust: the relay only checks its frame and serves it; phone b
    // refuses it and keeps sealing to the old key.
    let forger = tmp.path().join("forger");
    content(&[
        "keygen",
        "--out",
        forger.to_str().unwrap(),
        "--name",
        "other",
    ]);
    let forged_dir = tmp.path().join("forged");
    let forged = rotation_pack(
        &forged_dir,
        &hex(&new_pub),
        current + 1,
        forger.join("other").to_str().unwrap(),
    );
    let verified = process::run(
        Command::new(env!("CARGO_BIN_EXE_waymark"))
            .args(["--json", "content", "verify"])
            .arg(&forged),
        b"",
    );
    assert_eq!(verified.code, Some(11));
    assert!(String::from_utf8_lossy(&verified.stderr).contains("\"pack_untrusted\""));
    operator(&["publish", "--pack", forged.to_str().unwrap()], "");
    let r = sync(&b);
    assert_eq!(
        (r["sent"].clone(), r["pack_installed"].clone()),
        (1.into(), Value::Null),
        "{r}"
    );
    assert_eq!(version(&b), current);
    send(
        &b,
        Some(b1["conversation"].as_str().unwrap()),
        "b after the forged pack",
    );
    assert_eq!(sync(&b)["sent"], 1);

    // The real rotation: the same content, the new key, the next version,
    // signed with the development publisher key, published. Phone a's sync
    // delivers its queued message (sealed before, to the old key) and
    // installs the pack.
    let good_dir = tmp.path().join("good");
    let good = rotation_pack(
        &good_dir,
        &hex(&new_pub),
        current + 2,
        &format!("{ROOT}/keys/dev-publisher"),
    );
    operator(&["publish", "--pack", good.to_str().unwrap()], "");
    let r = sync(&a);
    assert_eq!(
        (r["sent"].clone(), r["pack_installed"].clone()),
        (1.into(), (current + 2).into()),
        "{r}"
    );
    assert_eq!(version(&a), current + 2);

    // The old key opens a's first message and both of b's.
    let old_inbox = operator(&["inbox", "--key", &old_key], "");
    assert_eq!(old_inbox["key_id"], hex(&old_id));
    let first = listed(&old_inbox, "first, to the old key").clone();
    let reference = first["conversation"].as_str().unwrap().to_string();
    let b_refs: Vec<&Value> = ["b before the forged pack", "b after the forged pack"]
        .iter()
        .map(|t| &listed(&old_inbox, t)["conversation"])
        .collect();
    assert_eq!(b_refs[0], b_refs[1]);
    let replied = operator(
        &[
            "reply",
            "--key",
            &old_key,
            "--to",
            first["id"].as_str().unwrap(),
        ],
        "Answered with the old key.",
    );
    assert_eq!(replied["conversation"], reference.as_str());
    assert_eq!(sync(&a)["replies"], 1);

    // a's next message in the same conversation goes to the new key.
    send(&a, Some(&conversation), "second, to the new key");
    let r = sync(&a);
    assert_eq!(
        (r["sent"].clone(), r["replies"].clone()),
        (1.into(), 0.into()),
        "{r}"
    );
    // The relay files envelopes under the key id in their header.
    let new_inbox = operator(&["inbox", "--key", new_key.to_str().unwrap()], "");
    assert_eq!(new_inbox["key_id"], hex(&new_id));
    assert_eq!(
        new_inbox["messages"].as_array().unwrap().len(),
        1,
        "only a's second message: {new_inbox}"
    );
    let second = listed(&new_inbox, "second, to the new key");
    assert_eq!(
        second["conversation"],
        reference.as_str(),
        "the same conversation"
    );
    // Nothing new went to the old key.
    let old_now = operator(&["inbox", "--key", &old_key], "");
    assert_eq!(
        old_now["messages"].as_array().unwrap().len(),
        3,
        "a's first, b's two: {old_now}"
    );

    // The new key answers too: the message carried the conversation's
    // route, so the new key's holder needs nothing sealed to the old one.
    let replied = operator(
        &[
            "reply",
            "--key",
            new_key.to_str().unwrap(),
            "--to",
            second["id"].as_str().unwrap(),
        ],
        "Answered with the new key.",
    );
    assert_eq!(replied["conversation"], reference.as_str());
    assert_eq!(sync(&a)["replies"], 1);
    let shown = ok(
        &mut phone(&a, &url, &["message", "show", &conversation]),
        "",
    );
    let thread: Vec<(String, Value)> = shown["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["body"].as_str().unwrap().to_string(), m["status"].clone()))
        .collect();
    assert_eq!(
        thread,
        [
            ("first, to the old key".to_string(), "replied".into()),
            ("Answered with the old key.".to_string(), Value::Null),
            ("second, to the new key".to_string(), "replied".into()),
            ("Answered with the new key.".to_string(), Value::Null),
        ]
    );
}
