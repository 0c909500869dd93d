//! The `waymark-server` binary end to end: the operator's inbox, reply and
//! publish commands, the request log, and two relay processes sharing one
//! PostgreSQL database.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

mod common;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use common::*;
use serde_json::{Value, json};
use waymark_protocol::batch;
use waymark_protocol::envelope;
use waymark_protocol::message::{HotlineReply, ReplyV2, hex};

fn keygen(dir: &std::path::Path) -> (String, [u8; 32]) {
    let keys = dir.join("keys");
    let (ok, out, err) = run(&["keygen", "--json", "--out", keys.to_str().unwrap()], None);
    assert!(ok, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    let public = std::fs::read_to_string(doc["public_key"].as_str().unwrap()).unwrap();
    let pk: [u8; 32] = waymark_server::handlers::fixed_hex(public.trim()).unwrap();
    (doc["private_key"].as_str().unwrap().to_string(), pk)
}

#[tokio::test]
async fn inbox_reply_and_publish_work_on_the_database() {
    for db in databases().await {
        let scratch = tempfile::tempdir().unwrap();
        let (key_file, pk) = keygen(scratch.path());
        let hotline = Hotline {
            sk: [0; 32], // the binary holds the private key
            pk,
        };
        let relay = relay(&db.config()).await;
        let convo = Conversation::new();
        let (id1, e1) = seal(&hotline, &convo.message(1, "ຊ່ວຍແດ່ — help"));
        let (id2, e2) = seal(&hotline, &convo.message(2, "second"));
        assert_eq!(relay.post_envelopes(&[e1, e2]).await.0, 200);

        let (ok, out, err) = run(
            &["inbox", "--json", "--db", &db.url, "--key", &key_file],
            None,
        );
        assert!(ok, "{}: {err}", db.label);
        let doc: Value = serde_json::from_str(&out).unwrap();
        let m = &doc["messages"][0];
        assert_eq!(m["id"], hex(&id1));
        assert_eq!(m["conversation"], convo.id);
        assert_eq!(m["seq"], 1);
        assert_eq!(m["sent_at"], 1_764_000_001);
        assert_eq!(m["locale"], "th");
        assert_eq!(m["body"], "ຊ່ວຍແດ່ — help");
        assert_eq!(doc["messages"][1]["body"], "second");
        // Collected: the device can see that.
        let (_, status) = relay
            .post_json(
                "/v1/envelopes/status",
                &json!({ "ids": [hex(&id1), hex(&id2)] }),
            )
            .await;
        assert_eq!(status["statuses"][0]["status"], "fetched");
        assert_eq!(status["statuses"][1]["status"], "fetched");
        // The human-readable listing.
        let (ok, out, _) = run(&["inbox", "--db", &db.url, "--key", &key_file], None);
        assert!(ok);
        assert!(
            out.contains("ຊ່ວຍແດ່ — help") && out.contains(&convo.id),
            "{out}"
        );
        // Times as ISO 8601 UTC, not epoch seconds.
        assert!(
            out.contains("sent 2025-11-24T16:00:01Z") && !out.contains("1764000001"),
            "{out}"
        );

        let to = hex(&id1);
        let (ok, out, err) = run(
            &[
                "reply", "--json", "--db", &db.url, "--key", &key_file, "--to", &to,
            ],
            Some("We hear you."),
        );
        assert!(ok, "{err}");
        let reply_id = serde_json::from_str::<Value>(&out).unwrap()["reply_id"]
            .as_str()
            .unwrap()
            .to_string();
        let (ok, out, err) = run(
            &["reply", "--db", &db.url, "--key", &key_file, "--to", &to],
            Some("Call 1300 now.\n"),
        );
        assert!(ok, "{err}");
        assert!(
            out.starts_with("reply ") && out.contains(&convo.id),
            "{out}"
        );

        let path = format!("/v1/mailboxes/{}/envelopes", convo.mailbox());
        let (status, page) = relay.get_json(&path, Some(&hex(&convo.cap))).await;
        assert_eq!(status, 200);
        let items = page["envelopes"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0]["id"], reply_id);
        let bodies: Vec<String> = items
            .iter()
            .map(|item| {
                let bytes = B64.decode(item["envelope"].as_str().unwrap()).unwrap();
                let (_, plain) = envelope::open(&convo.reply_sk, &bytes).unwrap();
                let reply = HotlineReply::from_bytes(&plain).unwrap();
                assert_eq!(reply.conversation, convo.id);
                assert!(reply.sent_at > 1_700_000_000);
                reply.body
            })
            .collect();
        assert_eq!(bodies, ["We hear you.", "Call 1300 now."]);

        // Failures: exit non-zero with a reason.
        let unknown = hex(&random::<16>());
        let (ok, _, err) = run(
            &[
                "reply", "--json", "--db", &db.url, "--key", &key_file, "--to", &unknown,
            ],
            Some("x"),
        );
        assert!(!ok);
        assert!(
            serde_json::from_str::<Value>(&err).unwrap()["error"]["message"]
                .as_str()
                .unwrap()
                .contains("no envelope")
        );
        let (ok, _, err) = run(
            &["reply", "--db", &db.url, "--key", &key_file, "--to", "xyz"],
            Some("x"),
        );
        assert!(!ok && err.contains("not an envelope id"), "{err}");
        let (ok, _, err) = run(
            &["reply", "--db", &db.url, "--key", &key_file, "--to", &to],
            Some("\n"),
        );
        assert!(!ok && err.contains("empty"), "{err}");

        let pack_file = scratch.path().join("content.wmpack");
        let mut pack = waymark_protocol::pack::unsigned([1; 8], 7, b"{}").unwrap();
        pack.extend_from_slice(&[0; 64]);
        std::fs::write(&pack_file, &pack).unwrap();
        let pack_arg = pack_file.to_str().unwrap();
        let (ok, out, err) = run(
            &["publish", "--json", "--db", &db.url, "--pack", pack_arg],
            None,
        );
        assert!(ok, "{err}");
        assert_eq!(
            serde_json::from_str::<Value>(&out).unwrap(),
            json!({ "version": 7 })
        );
        let (ok, _, err) = run(&["publish", "--db", &db.url, "--pack", pack_arg], None);
        assert!(!ok && err.contains("not newer"), "{err}");
        let r = relay
            .http
            .get(relay.url("/v1/packs/latest"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.headers()["x-waymark-pack-version"].to_str().unwrap(), "7");
        std::fs::write(&pack_file, b"not a pack").unwrap();
        let (ok, _, err) = run(&["publish", "--db", &db.url, "--pack", pack_arg], None);
        assert!(!ok && err.contains("not a pack"), "{err}");
    }
    let (ok, _, err) = run(
        &["inbox", "--db", "mysql://nope", "--key", "/nonexistent"],
        None,
    );
    assert!(!ok && err.contains("sqlite:PATH"), "{err}");
    // Arrival numbers start at 1, as in the API (`after` ≥ 0).
    let (ok, _, err) = run(
        &[
            "inbox",
            "--db",
            "sqlite:x.db",
            "--key",
            "k",
            "--after",
            "-1",
        ],
        None,
    );
    assert!(!ok && err.contains("invalid value '-1'"), "{err}");
}

/// A mistyped `--db` is an error for every operator command, and never
/// leaves a new file (or new tables in someone else's file) behind.
#[tokio::test]
async fn format_2_messages_are_listed_and_answered_in_format_2() {
    let db = TestDb::sqlite();
    let scratch = tempfile::tempdir().unwrap();
    let (key_file, pk) = keygen(scratch.path());
    let hotline = Hotline { sk: [0; 32], pk };
    let relay = relay(&db.config()).await;
    let convo = Conversation::new();
    // The route travels in the first message only.
    let (_, e1) = seal_v2(&hotline, &convo.message_v2(1, "ຊ່ວຍແດ່", true));
    let (id2, e2) = seal_v2(&hotline, &convo.message_v2(2, "second", false));
    // Another conversation whose route never arrived.
    let lost = Conversation::new();
    let (id3, e3) = seal_v2(&hotline, &lost.message_v2(7, "no route", false));
    let body = batch::encode([e1.as_slice(), e2.as_slice(), e3.as_slice()]).unwrap();
    assert_eq!(relay.post_binary("/v1/envelopes", body).await.0, 200);

    let (ok, out, err) = run(
        &["inbox", "--json", "--db", &db.url, "--key", &key_file],
        None,
    );
    assert!(ok, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    let m = &doc["messages"];
    assert_eq!(m[0]["body"], "ຊ່ວຍແດ່");
    assert_eq!(m[0]["conversation"], convo.id[..16]);
    assert_eq!(m[0]["format"], 2);
    assert_eq!(m[0]["sent_at"], 1_800_000_000 / 60 * 60 + 60);
    // The locale of the conversation, from the route before it.
    assert_eq!(
        (m[1]["seq"].as_i64(), m[1]["locale"].as_str()),
        (Some(2), Some("km"))
    );
    assert_eq!(m[2]["locale"], Value::Null);

    // Answering the second message finds the route in the first.
    let (ok, out, err) = run(
        &[
            "reply",
            "--json",
            "--db",
            &db.url,
            "--key",
            &key_file,
            "--to",
            &hex(&id2),
        ],
        Some("We hear you."),
    );
    assert!(ok, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (doc["format"].as_i64(), doc["mailbox"].as_str()),
        (Some(2), Some(convo.mailbox().as_str()))
    );
    let path = format!("/v1/mailboxes/{}/envelopes", convo.mailbox());
    let (_, page) = relay.get_json(&path, Some(&hex(&convo.cap))).await;
    let bytes = B64
        .decode(page["envelopes"][0]["envelope"].as_str().unwrap())
        .unwrap();
    let (h, plain) = envelope::open(&convo.reply_sk, &bytes).unwrap();
    assert_eq!(h.format, envelope::FORMAT_V2);
    let reply = ReplyV2::from_bytes(&plain).unwrap();
    assert_eq!(hex(&reply.conversation), convo.id[..16]);
    assert_eq!(reply.body, "We hear you.");

    // No route anywhere: a clear refusal, nothing stored.
    let (ok, _, err) = run(
        &[
            "reply",
            "--db",
            &db.url,
            "--key",
            &key_file,
            "--to",
            &hex(&id3),
        ],
        Some("x"),
    );
    assert!(!ok);
    assert!(err.contains("reply route"), "{err}");
}

#[test]
fn operator_commands_never_create_a_database() {
    let scratch = tempfile::tempdir().unwrap();
    let (key_file, _) = keygen(scratch.path());
    let missing = scratch.path().join("relay-typo.db");
    let url = format!("sqlite:{}", missing.display());
    let pack_file = scratch.path().join("p.wmpack");
    let mut pack = waymark_protocol::pack::unsigned([1; 8], 1, b"{}").unwrap();
    pack.extend_from_slice(&[0; 64]);
    std::fs::write(&pack_file, &pack).unwrap();
    let to = hex(&random::<16>());
    let commands: [(Vec<&str>, Option<&str>); 3] = [
        (vec!["inbox", "--db", &url, "--key", &key_file], None),
        (
            vec!["reply", "--db", &url, "--key", &key_file, "--to", &to],
            Some("hello"),
        ),
        (
            vec![
                "publish",
                "--db",
                &url,
                "--pack",
                pack_file.to_str().unwrap(),
            ],
            None,
        ),
    ];
    for (args, stdin) in &commands {
        let (ok, out, err) = run(args, *stdin);
        assert!(!ok, "{args:?}: {out}");
        assert!(err.contains("no database file at"), "{args:?}: {err}");
        assert!(!missing.exists(), "{args:?} created {}", missing.display());
    }
    // Another SQLite file (say, an app profile) is refused and left as it was.
    let other = scratch.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE notes (t TEXT)")
        .unwrap();
    let url = format!("sqlite:{}", other.display());
    let (ok, _, err) = run(&["inbox", "--db", &url, "--key", &key_file], None);
    assert!(
        !ok && err.contains("is not a Waymark relay database"),
        "{err}"
    );
    let tables: i64 = rusqlite::Connection::open(&other)
        .unwrap()
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 1);
}

/// The wrong key file is never "no messages": nothing addressed to it on
/// a relay holding other keys' envelopes is an error naming both key ids,
/// and an envelope that does not open is an error after the listing.
#[tokio::test]
async fn a_wrong_key_fails_loudly() {
    for db in databases().await {
        let scratch = tempfile::tempdir().unwrap();
        let (key_file, pk) = keygen(scratch.path());
        let hotline = Hotline { sk: [0; 32], pk };
        let relay = relay(&db.config()).await;
        let convo = Conversation::new();
        let (_, sealed) = seal(&hotline, &convo.message(1, "for the right key"));
        assert_eq!(
            relay.post_envelopes(std::slice::from_ref(&sealed)).await.0,
            200
        );

        let wrong_dir = tempfile::tempdir().unwrap();
        let (wrong_key, wrong_pk) = keygen(wrong_dir.path());
        let (ok, out, err) = run(&["inbox", "--db", &db.url, "--key", &wrong_key], None);
        assert!(!ok, "{}: {out}", db.label);
        assert!(!out.contains("no messages"), "{out}");
        let right_id = hex(&envelope::key_id(&pk));
        let wrong_id = hex(&envelope::key_id(&wrong_pk));
        assert!(
            err.contains("no envelope on this relay is addressed to key id")
                && err.contains(&wrong_id)
                && err.contains(&right_id),
            "{err}"
        );
        // The right key still finds it: the wrong key marked nothing.
        let (ok, out, err) = run(&["inbox", "--db", &db.url, "--key", &key_file], None);
        assert!(ok && out.contains("for the right key"), "{err}");

        // An envelope carrying the wrong key's id that does not open with it.
        let mut forged = sealed.clone();
        forged[1..17].copy_from_slice(&random::<16>());
        forged[17..25].copy_from_slice(&envelope::key_id(&wrong_pk));
        assert_eq!(relay.post_envelopes(&[forged]).await.0, 200);
        let (ok, out, err) = run(
            &["inbox", "--json", "--db", &db.url, "--key", &wrong_key],
            None,
        );
        assert!(!ok, "{out}");
        let doc: Value = serde_json::from_str(&out).unwrap();
        assert!(doc["messages"][0]["error"].is_string(), "{doc}");
        let failure: Value = serde_json::from_str(&err).unwrap();
        assert!(
            failure["error"]["message"]
                .as_str()
                .unwrap()
                .contains("1 of 1 envelopes"),
            "{err}"
        );

        // An empty relay is an empty inbox, not an error.
        let empty = TestDb::sqlite();
        drop(waymark_server::Store::open(&empty.url).await.unwrap());
        let (ok, out, err) = run(&["inbox", "--db", &empty.url, "--key", &key_file], None);
        assert!(ok, "{err}");
        assert_eq!(out.trim(), format!("no messages for key id {right_id}"));
    }
}

/// Reply text never comes from the command line, where shell history
/// keeps it.
#[tokio::test]
async fn reply_text_is_read_from_stdin_only() {
    let db = TestDb::sqlite();
    let scratch = tempfile::tempdir().unwrap();
    let (key_file, pk) = keygen(scratch.path());
    let relay = relay(&db.config()).await;
    let convo = Conversation::new();
    let (id, sealed) = seal(&Hotline { sk: [0; 32], pk }, &convo.message(1, "hi"));
    assert_eq!(relay.post_envelopes(&[sealed]).await.0, 200);
    let to = hex(&id);
    let (ok, out, err) = run(
        &[
            "reply",
            "--db",
            &db.url,
            "--key",
            &key_file,
            "--to",
            &to,
            "--text",
            "case text",
        ],
        Some("from stdin"),
    );
    assert!(!ok && out.is_empty(), "{out}");
    assert!(
        err.contains("--text is refused") && err.contains("stdin"),
        "{err}"
    );
    let path = format!("/v1/mailboxes/{}/envelopes", convo.mailbox());
    let (_, page) = relay.get_json(&path, Some(&hex(&convo.cap))).await;
    assert_eq!(page["envelopes"], json!([]), "nothing was stored");
}

/// `inbox | head -1`: the reader goes away while the listing is written
/// (more than a pipe holds), and the command ends quietly.
#[tokio::test]
async fn a_closed_stdout_ends_the_inbox_quietly() {
    use std::io::BufRead;
    let db = TestDb::sqlite();
    let scratch = tempfile::tempdir().unwrap();
    let (key_file, pk) = keygen(scratch.path());
    let relay = relay(&db.config()).await;
    let convo = Conversation::new();
    let hotline = Hotline { sk: [0; 32], pk };
    let long = "x".repeat(8000);
    let envs: Vec<Vec<u8>> = (1..=40)
        .map(|i| seal(&hotline, &convo.message(i, &long)).1)
        .collect();
    assert_eq!(relay.post_envelopes(&envs).await.0, 200);
    let mut child = std::process::Command::new(exe())
        .args(["inbox", "--db", &db.url, "--key", &key_file])
        .env("RUST_BACKTRACE", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("#1 envelope"), "{first}");
    // The reader is dropped here, with ~320 KB still to write.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(stderr.is_empty(), "{stderr}");
}

#[tokio::test]
async fn the_request_log_names_routes_but_no_ids_addresses_or_tokens() {
    let db = TestDb::sqlite();
    let server = ServerProcess::start(&db.url, &[]);
    let relay = Relay::at(server.addr);
    let convo = Conversation::new();
    let hotline = Hotline::new();
    let mailbox = format!("/v1/mailboxes/{}/envelopes", convo.mailbox());
    assert_eq!(
        relay.get_json(&mailbox, Some(&hex(&convo.cap))).await.0,
        200
    );
    assert_eq!(relay.get_json(&mailbox, Some("bad")).await.0, 401);
    let inbox = format!("/v1/hotlines/{}/envelopes?after=0", hotline.key_id());
    assert_eq!(relay.get_json(&inbox, Some(TOKEN)).await.0, 200);
    let (_, env) = seal(&hotline, &convo.message(1, "LOGGED-BODY?"));
    assert_eq!(relay.post_envelopes(&[env]).await.0, 200);
    assert_eq!(relay.get_json("/v1/secret-path-xyz", None).await.0, 404);
    let log = server.stop();
    let lines: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5, "{log}");
    for line in &lines {
        let keys: Vec<&String> = line.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["method", "ms", "route", "status"], "{line}");
        assert!(line["ms"].as_f64().unwrap() >= 0.0);
    }
    assert_eq!(lines[0]["route"], "/v1/mailboxes/{mailbox_id}/envelopes");
    assert_eq!(
        (lines[0]["method"].as_str(), lines[0]["status"].as_u64()),
        (Some("GET"), Some(200))
    );
    assert_eq!(lines[1]["status"], 401);
    assert_eq!(lines[2]["route"], "/v1/hotlines/{key_id}/envelopes");
    assert_eq!(lines[3]["route"], "/v1/envelopes");
    assert_eq!(lines[4]["route"], "unmatched");
    for secret in [
        convo.mailbox(),
        hex(&convo.cap),
        hotline.key_id(),
        TOKEN.to_string(),
        "127.0.0.1".to_string(),
        "LOGGED-BODY".to_string(),
        "secret-path".to_string(),
        "after=".to_string(),
    ] {
        assert!(!log.contains(&secret), "the log holds {secret}");
    }
}

#[tokio::test]
async fn two_relays_share_one_postgres_database() {
    let Some(base) = postgres_url() else {
        eprintln!("note: WAYMARK_TEST_POSTGRES_URL is not set; two-relay PostgreSQL test skipped");
        return;
    };
    let db = TestDb::postgres(&base).await;
    // Started at the same time on an empty schema: creation must not race.
    let url = db.url.clone();
    let flags = ["--quiet", "--rate-limit", "0"];
    let other = std::thread::spawn(move || ServerProcess::start(&url, &flags));
    let a = ServerProcess::start(&db.url, &flags);
    let b = other.join().unwrap();
    let (ra, rb) = (Relay::at(a.addr), Relay::at(b.addr));

    let hotline = Hotline::new();
    let convo = Conversation::new();
    let (id, env) = seal(&hotline, &convo.message(1, "through A"));
    assert_eq!(
        ra.post_envelopes(&[env]).await.1["results"][0]["status"],
        "stored"
    );
    let inbox = format!("/v1/hotlines/{}/envelopes?limit=500", hotline.key_id());
    let (status, page) = rb.get_json(&inbox, Some(TOKEN)).await;
    assert_eq!(status, 200);
    assert_eq!(page["envelopes"][0]["id"], hex(&id), "read through B");
    let (_, st) = ra
        .post_json("/v1/envelopes/status", &json!({ "ids": [hex(&id)] }))
        .await;
    assert_eq!(
        st["statuses"][0]["status"], "fetched",
        "B's read is visible through A"
    );

    // The same batch to both at once, five times: each stored exactly once.
    for round in 0..5 {
        let envs: Vec<Vec<u8>> = (0..10)
            .map(|i| sealed_bytes(&hotline.pk, format!("r{round} m{i}").as_bytes()).1)
            .collect();
        let (x, y) = tokio::join!(ra.post_envelopes(&envs), rb.post_envelopes(&envs));
        let stored = [x, y]
            .iter()
            .flat_map(|(_, body)| body["results"].as_array().unwrap().clone())
            .filter(|r| r["status"] == "stored")
            .count();
        assert_eq!(stored, 10, "round {round}");
    }
    let (client, conn) = tokio_postgres::connect(&db.url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    let rows: i64 = client
        .query_one("SELECT count(*) FROM envelopes", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(rows, 51);
    let (_, page) = ra.get_json(&inbox, Some(TOKEN)).await;
    let seqs: Vec<i64> = page["envelopes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_i64().unwrap())
        .collect();
    assert_eq!(seqs.len(), 51);
    assert!(seqs.windows(2).all(|w| w[0] < w[1]));
    drop((a, b));
}

/// Each failure exits with the status of its kind and names it in
/// `--json` (docs/protocol.md, "Operator commands: failures").
#[tokio::test]
async fn failures_exit_with_the_status_and_code_of_their_kind() {
    let db = TestDb::sqlite();
    let scratch = tempfile::tempdir().unwrap();
    let (key_file, pk) = keygen(scratch.path());
    let (other_key, _) = {
        let dir = scratch.path().join("other");
        keygen(&dir)
    };
    let relay = relay(&db.config()).await;
    let convo = Conversation::new();
    let (id, sealed) = seal(&Hotline { sk: [0; 32], pk }, &convo.message(1, "hi"));
    assert_eq!(relay.post_envelopes(&[sealed]).await.0, 200);
    let to = hex(&id);
    let missing = format!("sqlite:{}", scratch.path().join("none.db").display());
    let not_a_pack = scratch.path().join("not-a-pack");
    std::fs::write(&not_a_pack, b"nothing").unwrap();
    let unknown = hex(&random::<16>());
    let cases: Vec<(Vec<&str>, Option<&str>, i32, &str)> = vec![
        (
            vec!["inbox", "--db", &missing, "--key", &key_file],
            None,
            10,
            "not_found",
        ),
        (
            vec!["inbox", "--db", &db.url, "--key", "/nonexistent/key.hex"],
            None,
            10,
            "not_found",
        ),
        (
            vec!["inbox", "--db", &db.url, "--key", &other_key],
            None,
            3,
            "wrong_key",
        ),
        (
            vec![
                "reply", "--db", &db.url, "--key", &key_file, "--to", &to, "--text", "t",
            ],
            Some("x"),
            2,
            "usage",
        ),
        (
            vec!["reply", "--db", &db.url, "--key", &key_file, "--to", "xyz"],
            Some("x"),
            4,
            "invalid_input",
        ),
        (
            vec!["reply", "--db", &db.url, "--key", &key_file, "--to", &to],
            Some("\n"),
            4,
            "invalid_input",
        ),
        (
            vec![
                "reply", "--db", &db.url, "--key", &key_file, "--to", &unknown,
            ],
            Some("x"),
            10,
            "not_found",
        ),
        (
            vec!["reply", "--db", &db.url, "--key", &other_key, "--to", &to],
            Some("x"),
            3,
            "wrong_key",
        ),
        (
            vec![
                "publish",
                "--db",
                &db.url,
                "--pack",
                not_a_pack.to_str().unwrap(),
            ],
            None,
            11,
            "pack_refused",
        ),
        (
            vec!["inbox", "--db", "mysql://nowhere", "--key", &key_file],
            None,
            4,
            "invalid_input",
        ),
    ];
    for (args, stdin, status, code) in cases {
        let mut json_args = args.clone();
        json_args.push("--json");
        let (got, _, err) = run_status(&json_args, stdin);
        assert_eq!(got, Some(status), "{args:?}: {err}");
        let doc: Value = serde_json::from_str(&err).unwrap();
        assert_eq!(doc["error"]["code"], code, "{args:?}: {err}");
        assert!(
            doc["error"]["message"].as_str().unwrap().len() > 10,
            "{err}"
        );
        // Without --json: the same status, one line for a person.
        let (plain, _, err) = run_status(&args, stdin);
        assert_eq!(plain, Some(status), "{args:?}: {err}");
        assert!(
            err.starts_with("waymark-server: ") && err.trim_end().lines().count() == 1,
            "{err}"
        );
    }
    // The command line itself: clap's usage status.
    let (got, _, _) = run_status(&["inbox", "--after", "x"], None);
    assert_eq!(got, Some(2));
}
