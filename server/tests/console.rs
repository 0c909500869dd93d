//! The hotline console's relay side end to end, on SQLite and (when
//! `WAYMARK_TEST_POSTGRES_URL` is set) PostgreSQL: a Rust "browser" seals
//! and opens everything with waymark-protocol's HPKE as the real one does
//! (docs/console.md), and a "phone" sends messages and reads its mailbox
//! through the relay API. Also: two relays on one PostgreSQL share
//! sessions, and the static page's headers.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use common::*;
use reqwest::Method;
use ring::digest::{SHA256, digest};
use serde_json::{Value, json};
use waymark_protocol::message::{MessageV2, ReplyV2, from_hex, hex};
use waymark_protocol::{envelope, hpke};

/// An operator's browser: its key pair, sign-in secret and session.
struct Desk {
    relay: Relay,
    name: String,
    auth: [u8; 32],
    sk: [u8; 32],
    pk: [u8; 32],
    cookie: Option<String>,
    csrf: Option<String>,
    id: String,
}

struct Answer {
    status: u16,
    body: Value,
    set_cookie: Option<String>,
}

impl Desk {
    fn new(relay: &Relay, name: &str) -> Desk {
        let (sk, pk) = hpke::generate_keypair().unwrap();
        Desk {
            relay: relay.clone(),
            name: name.to_string(),
            auth: random(),
            sk: sk.as_ref().try_into().unwrap(),
            pk,
            cookie: None,
            csrf: None,
            id: String::new(),
        }
    }

    /// The same operator at another relay (same database).
    fn at(&self, relay: &Relay) -> Desk {
        Desk {
            relay: relay.clone(),
            name: self.name.clone(),
            auth: self.auth,
            sk: self.sk,
            pk: self.pk,
            cookie: self.cookie.clone(),
            csrf: self.csrf.clone(),
            id: self.id.clone(),
        }
    }

    async fn call(&self, method: Method, path: &str, body: Option<Value>, csrf: bool) -> Answer {
        let mut req = self.relay.http.request(method, self.relay.url(path));
        if let Some(c) = &self.cookie {
            req = req.header("cookie", format!("waymark_console={c}"));
        }
        if let (true, Some(t)) = (csrf, &self.csrf) {
            req = req.header("x-waymark-csrf", t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        let set_cookie = r
            .headers()
            .get("set-cookie")
            .map(|v| v.to_str().unwrap().to_string());
        let body = r.json().await.unwrap_or(Value::Null);
        Answer {
            status,
            body,
            set_cookie,
        }
    }

    async fn get(&self, path: &str) -> Answer {
        self.call(Method::GET, path, None, true).await
    }

    async fn send(&self, method: Method, path: &str, body: Value) -> Answer {
        self.call(method, path, Some(body), true).await
    }

    async fn accept(&mut self, token: &str) -> Answer {
        let a = self
            .send(
                Method::POST,
                &format!("/v1/console/invites/{token}"),
                json!({
                    "name": self.name, "auth": hex(&self.auth), "public_key": hex(&self.pk),
                    "key_blob": B64.encode([1u8; 61]),
                }),
            )
            .await;
        if a.status == 200 {
            self.id = a.body["operator"]["id"].as_str().unwrap().to_string();
        }
        a
    }

    async fn sign_in(&mut self) -> Answer {
        let a = self
            .call(
                Method::POST,
                "/v1/console/session",
                Some(json!({ "name": self.name, "auth": hex(&self.auth) })),
                false,
            )
            .await;
        if a.status == 200 {
            let cookie = a.set_cookie.as_deref().unwrap();
            let value = cookie.split(';').next().unwrap();
            self.cookie = Some(value.strip_prefix("waymark_console=").unwrap().to_string());
            self.csrf = Some(a.body["csrf"].as_str().unwrap().to_string());
        }
        a
    }

    /// The hotline private key, unwrapped from this operator's session.
    async fn hotline_key(&self) -> Option<[u8; 32]> {
        let s = self.get("/v1/console/session").await.body;
        let w = s["wrapped_keys"].as_array()?.first()?.clone();
        let key_id = from_hex(w["key_id"].as_str()?)?;
        let wrapped = B64.decode(w["wrapped"].as_str()?).ok()?;
        let mut aad = key_id;
        aad.extend(from_hex(&self.id)?);
        let enc: [u8; 32] = wrapped[..32].try_into().ok()?;
        let key = hpke::open(&self.sk, &enc, WRAP_INFO, &aad, &wrapped[32..]).ok()?;
        key.as_slice().try_into().ok()
    }
}

const WRAP_INFO: &[u8] = b"waymark/console/v1/wrap";

/// Wraps the hotline private key to an operator (docs/console.md).
fn wrap(hotline: &Hotline, operator_pk: &[u8; 32], operator_id: &str) -> String {
    let mut aad = envelope::key_id(&hotline.pk).to_vec();
    aad.extend(from_hex(operator_id).unwrap());
    let (enc, ct) = hpke::seal(operator_pk, WRAP_INFO, &aad, &hotline.sk).unwrap();
    B64.encode([enc.as_slice(), &ct].concat())
}

/// A sealed record (docs/console.md, "Sealed records") of `kind`.
fn record(hotline: &Hotline, kind: u8, id: &[u8; 16], plaintext: &Value) -> String {
    let key_id = envelope::key_id(&hotline.pk);
    let mut aad = vec![kind];
    aad.extend(id);
    aad.extend(key_id);
    let (enc, ct) = hpke::seal(
        &hotline.pk,
        b"waymark/console/v1/record",
        &aad,
        plaintext.to_string().as_bytes(),
    )
    .unwrap();
    B64.encode([&[1u8][..], &key_id, &enc, &ct].concat())
}

fn open_record(hotline: &Hotline, kind: u8, id: &str, b64: &str) -> Value {
    let bytes = B64.decode(b64).unwrap();
    let mut aad = vec![kind];
    aad.extend(from_hex(id).unwrap());
    aad.extend(&bytes[1..9]);
    let enc: [u8; 32] = bytes[9..41].try_into().unwrap();
    let plain = hpke::open(
        &hotline.sk,
        &enc,
        b"waymark/console/v1/record",
        &aad,
        &bytes[41..],
    )
    .unwrap();
    serde_json::from_slice(&plain).unwrap()
}

fn handle_of(reference: &[u8; 8]) -> String {
    let d = digest(
        &SHA256,
        &[b"waymark/console/v1/conversation".as_slice(), reference].concat(),
    );
    hex(&d.as_ref()[..16])
}

/// `console-invite` on the relay's database: the invitation token.
fn invite(db: &str, role: &str) -> String {
    let (ok, out, err) = run(
        &["console-invite", "--db", db, "--role", role, "--json"],
        None,
    );
    assert!(ok, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let token = v["token"].as_str().unwrap().to_string();
    assert_eq!(v["link"], format!("/console/#invite={token}"));
    assert_eq!(v["role"], role);
    token
}

fn actions(audit: &Value) -> Vec<String> {
    audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect()
}

const MESSAGE_1: &str = "ကျွန်ုပ်ကို ကူညီပါ — help me, passport taken";
const MESSAGE_2: &str = "they moved us to another room";
const MESSAGE_3: &str = "I am near the harbour";
const MESSAGE_4: &str = "thank you, I will call";
const NOTE: &str = "caller sounds scared; check shelter beds";
const REPLY: &str = "We are here. Are you safe to talk now?";
const CANNED: &str = "ကျွန်ုပ်တို့ ဒီမှာရှိပါတယ် canned";
const TAG: &str = "labour-site-tag";

#[tokio::test]
async fn a_caseworkers_day_end_to_end_on_both_stores() {
    for db in databases().await {
        caseworkers_day(&db).await;
    }
}

async fn caseworkers_day(db: &TestDb) {
    let label = db.label;
    let relay = relay(&db.config()).await;
    let hotline = Hotline::new();
    let phone = Conversation::new();

    // The first admin joins by the command-line invitation.
    let token = invite(&db.url, "admin");
    let mut admin = Desk::new(&relay, "Amara");
    let peek = admin.get(&format!("/v1/console/invites/{token}")).await;
    assert_eq!(
        (peek.status, peek.body["role"].as_str()),
        (200, Some("admin"))
    );
    assert_eq!(admin.accept(&token).await.status, 200, "{label}");
    let again = Desk::new(&relay, "Someone").accept(&token).await;
    assert_eq!((again.status, code(&again.body)), (404, "not_found"));

    // Sign-in: a wrong secret and an unknown name answer alike.
    let mut wrong = Desk::new(&relay, "amara");
    let w = wrong.sign_in().await;
    assert_eq!((w.status, code(&w.body)), (401, "bad_credentials"));
    let mut nobody = Desk::new(&relay, "nobody");
    let n = nobody.sign_in().await;
    assert_eq!((n.status, code(&n.body)), (401, "bad_credentials"));
    let s = admin.sign_in().await;
    assert_eq!(s.status, 200, "{label}: {}", s.body);
    let cookie = s.set_cookie.unwrap();
    assert!(
        cookie.contains("HttpOnly; SameSite=Strict; Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "{cookie}");
    assert_eq!(s.body["operator"]["role"], "admin");

    // Without a session 401; without the CSRF header 403.
    let anon = Desk::new(&relay, "anon");
    assert_eq!(anon.get("/v1/console/conversations").await.status, 401);
    let body =
        json!({ "public_key": hex(&hotline.pk), "wrapped": wrap(&hotline, &admin.pk, &admin.id) });
    let no_csrf = admin
        .call(
            Method::POST,
            "/v1/console/hotline-keys",
            Some(body.clone()),
            false,
        )
        .await;
    assert_eq!((no_csrf.status, code(&no_csrf.body)), (403, "csrf"));
    let added = admin
        .send(Method::POST, "/v1/console/hotline-keys", body)
        .await;
    assert_eq!(added.status, 200, "{}", added.body);
    assert_eq!(added.body["key_id"], hotline.key_id());
    assert_eq!(admin.hotline_key().await, Some(hotline.sk));

    // The phone sends two messages of one conversation (Burmese locale).
    let mut sent = Vec::new();
    for (seq, body) in [(1, MESSAGE_1), (2, MESSAGE_2)] {
        let (id, env) = seal_v2(&hotline, &phone.message_v2(seq, body, seq == 1));
        assert_eq!(
            relay.post_envelopes(std::slice::from_ref(&env)).await.0,
            200
        );
        sent.push((id, env));
    }

    // The browser reads the page, opens each envelope and sorts it.
    let page = admin.get("/v1/console/envelopes?after=0").await;
    assert_eq!(page.status, 200, "{}", page.body);
    let items = page.body["envelopes"].as_array().unwrap().clone();
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(|e| e["conversation"].is_null()));
    let (links, handle, mailbox) = sort_links(&hotline, &items);
    assert_eq!(mailbox, phone.mailbox());
    let sorted = admin
        .send(Method::POST, "/v1/console/sort", json!({ "links": links }))
        .await;
    assert_eq!(
        (sorted.status, sorted.body["sorted"].as_i64()),
        (200, Some(2))
    );
    let page = admin.get("/v1/console/envelopes?after=0").await.body;
    assert!(
        page["envelopes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["conversation"] == handle.as_str())
    );
    // The phone now sees its envelopes fetched.
    assert_all_fetched(&relay, &sent, label).await;

    // An envelope already sorted keeps its conversation; nothing new appears.
    let elsewhere = admin
        .send(
            Method::POST,
            "/v1/console/sort",
            json!({ "links": [{ "envelope_id": hex(&sent[0].0), "conversation": hex(&random::<16>()) }] }),
        )
        .await;
    assert_eq!(elsewhere.body["sorted"], 0);
    let list = admin.get("/v1/console/conversations").await.body;
    assert_eq!(list["conversations"].as_array().unwrap().len(), 1);
    let c = &list["conversations"][0];
    assert_eq!(
        (
            c["conversation"].as_str(),
            c["status"].as_str(),
            c["unread"].as_i64(),
            c["envelopes"].as_i64()
        ),
        (Some(handle.as_str()), Some("new"), Some(2), Some(2)),
        "{label}"
    );
    assert_eq!(c["mailbox_id"], phone.mailbox());

    // A sealed note; opening the conversation shows it and reads it.
    let note_id = random::<16>();
    let note = admin
        .send(
            Method::POST,
            &format!("/v1/console/conversations/{handle}/notes"),
            json!({ "id": hex(&note_id), "body": record(&hotline, 1, &note_id, &json!({ "body": NOTE })) }),
        )
        .await;
    assert_eq!(note.status, 200, "{}", note.body);
    let opened = admin
        .get(&format!("/v1/console/conversations/{handle}"))
        .await
        .body;
    assert_eq!(opened["thread"]["envelopes"].as_array().unwrap().len(), 2);
    let rec = &opened["thread"]["records"][0];
    assert_eq!(rec["kind"], 1);
    assert_eq!(rec["delivery"], Value::Null);
    assert_eq!(
        open_record(
            &hotline,
            1,
            rec["id"].as_str().unwrap(),
            rec["body"].as_str().unwrap()
        )["body"],
        NOTE
    );
    let list = admin.get("/v1/console/conversations").await.body;
    assert_eq!(list["conversations"][0]["unread"], 0);

    // A third message is unread again.
    let (id3, env3) = seal_v2(&hotline, &phone.message_v2(3, MESSAGE_3, false));
    relay.post_envelopes(&[env3]).await;
    sent.push((id3, Vec::new()));
    let page = admin.get("/v1/console/envelopes?after=0").await.body;
    let (links, _, _) = sort_links(&hotline, page["envelopes"].as_array().unwrap());
    admin
        .send(Method::POST, "/v1/console/sort", json!({ "links": links }))
        .await;
    let list = admin.get("/v1/console/conversations").await.body;
    assert_eq!(list["conversations"][0]["unread"], 1);

    // Operator B: invited from the console, no key until granted.
    let inv = admin
        .send(
            Method::POST,
            "/v1/console/invites",
            json!({ "role": "operator" }),
        )
        .await;
    assert_eq!(inv.status, 200, "{}", inv.body);
    let mut bo = Desk::new(&relay, "Bo");
    assert_eq!(
        bo.accept(inv.body["token"].as_str().unwrap()).await.status,
        200
    );
    let taken = Desk::new(&relay, "BO")
        .accept(
            admin
                .send(
                    Method::POST,
                    "/v1/console/invites",
                    json!({ "role": "operator" }),
                )
                .await
                .body["token"]
                .as_str()
                .unwrap(),
        )
        .await;
    assert_eq!((taken.status, code(&taken.body)), (409, "name_taken"));
    assert_eq!(bo.sign_in().await.status, 200);
    let nokey = bo.get("/v1/console/envelopes").await;
    assert_eq!((nokey.status, code(&nokey.body)), (403, "no_key"));
    let team = bo.get("/v1/console/team").await.body;
    let names: Vec<&str> = team["operators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Amara", "Bo"]);
    assert!(team["operators"][0].get("public_key").is_none());
    let forbidden = bo.get("/v1/console/operators").await;
    assert_eq!(
        (forbidden.status, code(&forbidden.body)),
        (403, "forbidden")
    );
    let grant = admin
        .send(
            Method::PUT,
            &format!("/v1/console/operators/{}/keys/{}", bo.id, hotline.key_id()),
            json!({ "wrapped": wrap(&hotline, &bo.pk, &bo.id) }),
        )
        .await;
    assert_eq!(grant.status, 200, "{}", grant.body);
    assert_eq!(bo.hotline_key().await, Some(hotline.sk));
    assert_eq!(bo.get("/v1/console/envelopes").await.status, 200);

    // Assign to B; B replies with a sealed reply and its copy.
    let assigned = admin
        .send(
            Method::PATCH,
            &format!("/v1/console/conversations/{handle}"),
            json!({ "assignee": bo.id, "tags": record(&hotline, 4, &from_hex(&handle).unwrap().try_into().unwrap(), &json!({ "tags": [TAG] })) }),
        )
        .await;
    assert_eq!(assigned.status, 200, "{}", assigned.body);
    assert_eq!(assigned.body["assignee"], bo.id.as_str());
    let reply_id = random::<16>();
    let reply = ReplyV2 {
        conversation: waymark_protocol::message::conversation_ref(&phone.id).unwrap(),
        sent_at: 1_800_000_000,
        body: REPLY.into(),
    };
    let sealed = envelope::seal_v2(&phone.reply_pk, reply_id, &reply.to_bytes()).unwrap();
    let copy_id = random::<16>();
    let reply_body = json!({
        "envelope": B64.encode(&sealed),
        "copy_id": hex(&copy_id),
        "copy": record(&hotline, 3, &copy_id, &json!({ "body": REPLY, "sent": 1_800_000_000 })),
    });
    let r = bo
        .send(
            Method::POST,
            &format!("/v1/console/conversations/{handle}/replies"),
            reply_body.clone(),
        )
        .await;
    assert_eq!(
        (r.status, r.body["status"].as_str()),
        (200, Some("stored")),
        "{}",
        r.body
    );
    let retried = bo
        .send(
            Method::POST,
            &format!("/v1/console/conversations/{handle}/replies"),
            reply_body,
        )
        .await;
    assert_eq!(retried.body["status"], "duplicate");
    let delivery = |v: &Value| {
        v["thread"]["records"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["kind"] == 3)
            .unwrap()["delivery"]
            .clone()
    };
    let opened = bo
        .get(&format!("/v1/console/conversations/{handle}"))
        .await
        .body;
    assert_eq!(opened["status"], "waiting");
    assert_eq!(delivery(&opened), "sent");

    // The phone reads its mailbox: the reply opens, and shows picked up.
    let (status, mb) = relay
        .get_json(
            &format!("/v1/mailboxes/{}/envelopes", phone.mailbox()),
            Some(&hex(&phone.cap)),
        )
        .await;
    assert_eq!(status, 200);
    let got = B64
        .decode(mb["envelopes"][0]["envelope"].as_str().unwrap())
        .unwrap();
    let (_, plain) = envelope::open(&phone.reply_sk, &got).unwrap();
    assert_eq!(ReplyV2::from_bytes(&plain).unwrap().body, REPLY);
    let opened = bo
        .get(&format!("/v1/console/conversations/{handle}"))
        .await
        .body;
    assert_eq!(delivery(&opened), "picked_up", "{label}");

    // A new message in a waiting conversation reopens it.
    let (id4, env4) = seal_v2(&hotline, &phone.message_v2(4, MESSAGE_4, false));
    relay.post_envelopes(std::slice::from_ref(&env4)).await;
    sent.push((id4, env4));
    let page = bo.get("/v1/console/envelopes?after=0").await.body;
    let (links, _, _) = sort_links(&hotline, page["envelopes"].as_array().unwrap());
    bo.send(Method::POST, "/v1/console/sort", json!({ "links": links }))
        .await;
    let list = bo.get("/v1/console/conversations").await.body;
    assert_eq!(list["conversations"][0]["status"], "open");

    // Canned replies: admins write, everybody reads.
    let canned_id = random::<16>();
    let canned_body = json!({ "body": record(&hotline, 2, &canned_id, &json!({ "locale": "my", "title": "hello", "body": CANNED })) });
    let by_bo = bo
        .send(
            Method::PUT,
            &format!("/v1/console/canned/{}", hex(&canned_id)),
            canned_body.clone(),
        )
        .await;
    assert_eq!(by_bo.status, 403);
    let saved = admin
        .send(
            Method::PUT,
            &format!("/v1/console/canned/{}", hex(&canned_id)),
            canned_body,
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let canned = bo.get("/v1/console/canned").await.body;
    let item = &canned["canned"][0];
    assert_eq!(
        open_record(
            &hotline,
            2,
            item["id"].as_str().unwrap(),
            item["body"].as_str().unwrap()
        )["body"],
        CANNED
    );
    let other_id = random::<16>();
    admin
        .send(
            Method::PUT,
            &format!("/v1/console/canned/{}", hex(&other_id)),
            json!({ "body": record(&hotline, 2, &other_id, &json!({ "locale": "th", "title": "t", "body": "x" })) }),
        )
        .await;
    let deleted = admin
        .call(
            Method::DELETE,
            &format!("/v1/console/canned/{}", hex(&other_id)),
            None,
            true,
        )
        .await;
    assert_eq!(deleted.status, 200);
    assert_eq!(
        bo.get("/v1/console/canned").await.body["canned"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Suspend B: its session dies and it cannot sign in; resume.
    let bo_session = bo.cookie.clone();
    let susp = admin
        .send(
            Method::PATCH,
            &format!("/v1/console/operators/{}", bo.id),
            json!({ "state": "suspended" }),
        )
        .await;
    assert_eq!(susp.status, 200, "{}", susp.body);
    assert_eq!(bo.get("/v1/console/session").await.status, 401);
    let s = bo.sign_in().await;
    assert_eq!((s.status, code(&s.body)), (401, "bad_credentials"));
    admin
        .send(
            Method::PATCH,
            &format!("/v1/console/operators/{}", bo.id),
            json!({ "state": "active" }),
        )
        .await;
    assert_eq!(bo.sign_in().await.status, 200);
    assert_ne!(bo.cookie, bo_session);

    // Remove B: session dead, no sign-in, wrapped key gone.
    let removed = admin
        .call(
            Method::DELETE,
            &format!("/v1/console/operators/{}", bo.id),
            None,
            true,
        )
        .await;
    assert_eq!(removed.status, 200, "{}", removed.body);
    assert_eq!(bo.get("/v1/console/session").await.status, 401);
    let s = bo.sign_in().await;
    assert_eq!((s.status, code(&s.body)), (401, "bad_credentials"));
    let ops = admin.get("/v1/console/operators").await.body;
    let b = ops["operators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == bo.id.as_str())
        .unwrap()
        .clone();
    assert_eq!(
        (b["state"].as_str(), b["key_ids"].as_array().unwrap().len()),
        (Some("removed"), 0)
    );
    assert_eq!(removed_leftovers(db, &bo.id).await, (0, 0), "{label}");

    // Five failures for one name, then 429 even with the right secret.
    let mut carol = Desk::new(&relay, "Carol");
    for _ in 0..5 {
        let mut w = Desk::new(&relay, "Carol");
        assert_eq!(w.sign_in().await.status, 401);
    }
    let limited = carol.sign_in().await;
    assert_eq!((limited.status, code(&limited.body)), (429, "rate_limited"));

    // Export, then the audit trail: every action, no content.
    assert_eq!(
        admin
            .call(
                Method::POST,
                &format!("/v1/console/conversations/{handle}/export"),
                None,
                true
            )
            .await
            .status,
        200
    );
    let audit = admin.get("/v1/console/audit?limit=500").await.body;
    let done = actions(&audit);
    for action in [
        "invited",
        "joined",
        "sign_in_failed",
        "signed_in",
        "key_added",
        "opened",
        "noted",
        "granted",
        "assigned",
        "tagged",
        "replied",
        "canned_saved",
        "canned_deleted",
        "suspended",
        "resumed",
        "removed",
        "exported",
    ] {
        assert!(
            done.iter().any(|a| a == action),
            "{label}: {action} in {done:?}"
        );
    }
    let page1 = admin.get("/v1/console/audit?limit=3").await.body;
    assert_eq!(page1["entries"].as_array().unwrap().len(), 3);
    let next = page1["next"].as_i64().unwrap();
    let page2 = admin
        .get(&format!("/v1/console/audit?before={next}&limit=3"))
        .await
        .body;
    assert!(page2["entries"][0]["seq"].as_i64().unwrap() < next);
    assert_no_plaintext(&audit.to_string(), label);

    // Retention: close, policy "0 days after closing", run.
    admin
        .send(
            Method::PATCH,
            &format!("/v1/console/conversations/{handle}"),
            json!({ "status": "closed" }),
        )
        .await;
    let policy = admin
        .send(
            Method::PUT,
            "/v1/console/retention",
            json!({ "closed_days": 0, "inactive_days": null }),
        )
        .await;
    assert_eq!(policy.status, 200, "{}", policy.body);
    assert_eq!(
        admin.get("/v1/console/retention").await.body["closed_days"],
        0
    );
    let run = admin
        .call(Method::POST, "/v1/console/retention/run", None, true)
        .await;
    assert_eq!(
        (run.status, run.body["deleted"].as_i64()),
        (200, Some(1)),
        "{}",
        run.body
    );
    assert_eq!(
        admin
            .get(&format!("/v1/console/conversations/{handle}"))
            .await
            .status,
        404
    );
    assert!(
        admin.get("/v1/console/conversations").await.body["conversations"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Tombstones: statuses stay fetched, a resend is a duplicate, the
    // phone's mailbox has nothing new, the reply id stays used.
    assert_all_fetched(&relay, &sent, label).await;
    let (_, resent) = relay.post_envelopes(&[sent[0].1.clone()]).await;
    assert_eq!(resent["results"][0]["status"], "duplicate", "{label}");
    let (_, mb) = relay
        .get_json(
            &format!("/v1/mailboxes/{}/envelopes?after=0", phone.mailbox()),
            Some(&hex(&phone.cap)),
        )
        .await;
    assert!(mb["envelopes"].as_array().unwrap().is_empty());
    let (_, again) = relay
        .post_json(
            &format!("/v1/mailboxes/{}/envelopes", phone.mailbox()),
            &json!({ "envelopes": [B64.encode(&sealed)] }),
        )
        .await;
    assert_eq!(again["results"][0]["status"], "duplicate");
    assert!(
        actions(&admin.get("/v1/console/audit").await.body)
            .contains(&"retention_deleted".to_string())
    );
    // The console page of envelopes no longer has them.
    let page = admin.get("/v1/console/envelopes?after=0").await.body;
    assert!(page["envelopes"].as_array().unwrap().is_empty(), "{page}");

    // A later message in the same conversation starts a new one.
    let (_, env5) = seal_v2(&hotline, &phone.message_v2(5, "new day", true));
    relay.post_envelopes(&[env5]).await;
    let page = admin.get("/v1/console/envelopes?after=0").await.body;
    let (links, again_handle, _) = sort_links(&hotline, page["envelopes"].as_array().unwrap());
    assert_eq!(again_handle, handle);
    admin
        .send(Method::POST, "/v1/console/sort", json!({ "links": links }))
        .await;
    let list = admin.get("/v1/console/conversations").await.body;
    assert_eq!(list["conversations"][0]["status"], "new");

    // Sign out ends the session.
    let out = admin
        .call(Method::DELETE, "/v1/console/session", None, true)
        .await;
    assert_eq!(out.status, 200);
    assert_eq!(admin.get("/v1/console/session").await.status, 401);

    // The database and its WAL hold none of the texts.
    if let Some(dir) = &db.dir {
        for file in ["relay.db", "relay.db-wal"] {
            if let Ok(bytes) = std::fs::read(dir.path().join(file)) {
                assert_no_plaintext(&String::from_utf8_lossy(&bytes), file);
                for text in TEXTS {
                    assert!(
                        !bytes.windows(text.len()).any(|w| w == text.as_bytes()),
                        "{file} holds {text:?}"
                    );
                }
            }
        }
    }
}

const TEXTS: [&str; 8] = [
    MESSAGE_1, MESSAGE_2, MESSAGE_3, MESSAGE_4, NOTE, REPLY, CANNED, TAG,
];

fn assert_no_plaintext(haystack: &str, what: &str) {
    for text in TEXTS {
        assert!(!haystack.contains(text), "{what} holds {text:?}");
    }
}

/// Opens each envelope as the browser does: `(links, handle, mailbox)`
/// of the (one) conversation they belong to.
fn sort_links(hotline: &Hotline, items: &[Value]) -> (Vec<Value>, String, String) {
    let mut links = Vec::new();
    let (mut handle, mut mailbox) = (String::new(), String::new());
    for item in items {
        let bytes = B64.decode(item["envelope"].as_str().unwrap()).unwrap();
        let (_, plain) = envelope::open(&hotline.sk, &bytes).unwrap();
        let m = MessageV2::from_bytes(&plain).unwrap();
        handle = handle_of(&m.conversation);
        let route = m.route.map(|r| hex(&r.mailbox));
        if let Some(r) = &route {
            mailbox = r.clone();
        }
        links.push(
            json!({ "envelope_id": item["id"], "conversation": handle, "mailbox_id": route }),
        );
    }
    (links, handle, mailbox)
}

/// What the database itself still holds of a removed operator: wrapped
/// keys, and how many of secret and key blob are not null.
async fn removed_leftovers(db: &TestDb, operator: &str) -> (i64, i64) {
    let store = waymark_server::Store::open(&db.url).await.unwrap();
    let id = from_hex(operator).unwrap();
    store
        .transaction(move |tx| {
            let keys = tx.query(
                "SELECT COUNT(*) FROM console_wrapped_keys WHERE operator_id = $1",
                &[id.clone().into()],
            )?;
            let kept = tx.query(
                "SELECT COUNT(secret) + COUNT(key_blob) FROM console_operators WHERE id = $1",
                &[id.into()],
            )?;
            Ok::<_, waymark_server::StoreError>((
                keys[0][0].int().unwrap_or(-1),
                kept[0][0].int().unwrap_or(-1),
            ))
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn bad_input_gets_stable_codes_and_changes_nothing() {
    let db = TestDb::sqlite();
    let relay = relay(&db.config()).await;
    let token = invite(&db.url, "admin");
    let mut admin = Desk::new(&relay, "Amara");
    let bad_name = admin
        .send(
            Method::POST,
            &format!("/v1/console/invites/{token}"),
            json!({ "name": "x".repeat(65), "auth": hex(&admin.auth), "public_key": hex(&admin.pk), "key_blob": B64.encode([1u8; 61]) }),
        )
        .await;
    assert_eq!((bad_name.status, code(&bad_name.body)), (400, "bad_name"));
    let bad_auth = admin
        .send(
            Method::POST,
            &format!("/v1/console/invites/{token}"),
            json!({ "name": "Amara", "auth": "abc", "public_key": hex(&admin.pk), "key_blob": B64.encode([1u8; 61]) }),
        )
        .await;
    assert_eq!((bad_auth.status, code(&bad_auth.body)), (400, "bad_auth"));
    // The invitation survived the bad attempts.
    assert_eq!(admin.accept(&token).await.status, 200);
    admin.sign_in().await;
    let handle = hex(&random::<16>());
    let cases = [
        (
            Method::POST,
            "/v1/console/sort".to_string(),
            json!({ "links": [{ "envelope_id": "zz", "conversation": handle }] }),
            400,
            "bad_id",
        ),
        (
            Method::POST,
            "/v1/console/sort".to_string(),
            json!({ "links": vec![json!({ "envelope_id": hex(&[0u8; 16]), "conversation": handle }); 501] }),
            400,
            "batch_size",
        ),
        (
            Method::PATCH,
            format!("/v1/console/conversations/{handle}"),
            json!({ "status": "lost" }),
            400,
            "bad_status",
        ),
        (
            Method::PATCH,
            format!("/v1/console/conversations/{handle}"),
            json!({ "status": "open" }),
            404,
            "not_found",
        ),
        (
            Method::POST,
            format!("/v1/console/conversations/{handle}/notes"),
            json!({ "id": hex(&[1u8; 16]), "body": "not base64!" }),
            400,
            "bad_record",
        ),
        (
            Method::POST,
            format!("/v1/console/conversations/{handle}/notes"),
            json!({ "id": hex(&[1u8; 16]), "body": B64.encode(vec![1u8; 32 * 1024 + 1]) }),
            400,
            "record_too_large",
        ),
        (
            Method::PUT,
            "/v1/console/retention".to_string(),
            json!({ "closed_days": -1 }),
            400,
            "bad_days",
        ),
        (
            Method::POST,
            "/v1/console/invites".to_string(),
            json!({ "role": "root" }),
            400,
            "bad_role",
        ),
        (
            Method::POST,
            "/v1/console/hotline-keys".to_string(),
            json!({ "public_key": "00", "wrapped": "" }),
            400,
            "bad_key",
        ),
        (
            Method::PATCH,
            format!("/v1/console/operators/{}", admin.id),
            json!({ "state": "suspended" }),
            409,
            "own_account",
        ),
    ];
    for (method, path, body, status, expected) in cases {
        let a = admin.send(method.clone(), &path, body).await;
        assert_eq!(
            (a.status, code(&a.body)),
            (status, expected),
            "{method} {path}"
        );
    }
    let page = admin.get("/v1/console/audit?limit=0").await;
    assert_eq!((page.status, code(&page.body)), (400, "bad_query"));
    assert!(
        admin.get("/v1/console/conversations").await.body["conversations"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_session_made_on_one_relay_works_on_the_other() {
    if !waymark_testkit::relay::postgres_available() {
        return;
    }
    let Some(base) = postgres_url() else { return };
    let db = TestDb::postgres(&base).await;
    let one = relay(&db.config()).await;
    let two = relay(&db.config()).await;
    let token = invite(&db.url, "admin");
    let mut admin = Desk::new(&one, "Amara");
    assert_eq!(admin.accept(&token).await.status, 200);
    assert_eq!(admin.sign_in().await.status, 200);
    let there = admin.at(&two);
    let s = there.get("/v1/console/session").await;
    assert_eq!(
        (s.status, s.body["operator"]["name"].as_str()),
        (200, Some("Amara"))
    );
    let inv = there
        .send(
            Method::POST,
            "/v1/console/invites",
            json!({ "role": "operator" }),
        )
        .await;
    assert_eq!(inv.status, 200);
    assert_eq!(
        there
            .call(Method::DELETE, "/v1/console/session", None, true)
            .await
            .status,
        200
    );
    assert_eq!(admin.get("/v1/console/session").await.status, 401);
}

#[tokio::test]
async fn the_page_is_served_with_strict_headers_or_not_built() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page");
    std::fs::create_dir_all(page.join("locales")).unwrap();
    std::fs::write(page.join("index.html"), "<!doctype html><title>c</title>").unwrap();
    std::fs::write(page.join("console.js"), "export {};").unwrap();
    std::fs::write(page.join("console.css"), "body{}").unwrap();
    std::fs::write(page.join("locales/my.ftl"), "inbox = ဝင်စာ").unwrap();
    let db = TestDb::sqlite();
    let built = relay(&waymark_server::RelayConfig {
        console_dir: Some(page),
        ..db.config()
    })
    .await;
    for (path, kind, text) in [
        ("/console/", "text/html; charset=utf-8", "<!doctype html>"),
        (
            "/console/console.js",
            "text/javascript; charset=utf-8",
            "export",
        ),
        ("/console/console.css", "text/css; charset=utf-8", "body"),
        (
            "/console/locales/my.ftl",
            "text/plain; charset=utf-8",
            "ဝင်စာ",
        ),
    ] {
        let r = built.http.get(built.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 200, "{path}");
        let h = r.headers().clone();
        assert_eq!(h["content-type"], kind);
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .starts_with("default-src 'none'; script-src 'self'")
        );
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert_eq!(h["cache-control"], "no-store");
        assert!(r.text().await.unwrap().contains(text));
    }
    let missing = built.get_json("/console/locales/xx.ftl", None).await;
    assert_eq!((missing.0, code(&missing.1)), (404, "not_found"));

    let empty = dir.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let bare = relay(&waymark_server::RelayConfig {
        console_dir: Some(empty),
        ..TestDb::sqlite().config()
    })
    .await;
    let r = bare.http.get(bare.url("/console/")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(
        r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .split(';')
            .next(),
        Some("default-src 'none'")
    );
    let body: Value = r.json().await.unwrap();
    assert_eq!(code(&body), "console_not_built");
}

#[tokio::test]
async fn https_public_url_makes_the_cookie_secure() {
    let db = TestDb::sqlite();
    let relay = relay(&waymark_server::RelayConfig {
        public_url: Some("https://relay.example".into()),
        ..db.config()
    })
    .await;
    let token = invite(&db.url, "operator");
    let mut op = Desk::new(&relay, "Op");
    op.accept(&token).await;
    let s = op.sign_in().await;
    assert!(s.set_cookie.unwrap().ends_with("; Secure"));
}

#[test]
fn console_invite_never_creates_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let missing = format!("sqlite:{}", dir.path().join("nope.db").display());
    let (status, _, err) = run_status(
        &[
            "console-invite",
            "--db",
            &missing,
            "--role",
            "admin",
            "--json",
        ],
        None,
    );
    assert_eq!(status, Some(10));
    assert!(err.contains("\"not_found\""), "{err}");
    assert!(!dir.path().join("nope.db").exists());
    let (status, _, _) = run_status(
        &["console-invite", "--db", &missing, "--role", "root"],
        None,
    );
    assert_eq!(status, Some(2));
}

/// Rotation (docs/console.md, "Rotating the hotline key"): after a second
/// key is added the console reads envelopes of both, and records sealed
/// to the old key still name it.
#[tokio::test]
async fn a_rotated_hotline_key_is_read_beside_the_old_one() {
    for db in databases().await {
        let relay = relay(&db.config()).await;
        let mut admin = Desk::new(&relay, "Amara");
        admin.accept(&invite(&db.url, "admin")).await;
        admin.sign_in().await;
        let (old, new) = (Hotline::new(), Hotline::new());
        for key in [&old, &new] {
            let added = admin
                .send(
                    Method::POST,
                    "/v1/console/hotline-keys",
                    json!({ "public_key": hex(&key.pk), "wrapped": wrap(key, &admin.pk, &admin.id) }),
                )
                .await;
            assert_eq!(added.status, 200, "{}: {}", db.label, added.body);
        }
        let (before, after) = (Conversation::new(), Conversation::new());
        let (_, e1) = seal_v2(&old, &before.message_v2(1, "sent before the update", true));
        let (_, e2) = seal_v2(&new, &after.message_v2(1, "sent after the update", true));
        let other = Hotline::new();
        let (_, e3) = seal_v2(&other, &after.message_v2(2, "another hotline", true));
        relay.post_envelopes(&[e1, e2, e3]).await;
        let session = admin.get("/v1/console/session").await.body;
        assert_eq!(session["hotline_keys"].as_array().unwrap().len(), 2);
        assert_eq!(session["wrapped_keys"].as_array().unwrap().len(), 2);
        let page = admin.get("/v1/console/envelopes").await.body;
        let items = page["envelopes"].as_array().unwrap();
        assert_eq!(items.len(), 2, "{}: only the console's keys", db.label);
        for (item, key) in items.iter().zip([&old, &new]) {
            let bytes = B64.decode(item["envelope"].as_str().unwrap()).unwrap();
            assert!(envelope::open(&key.sk, &bytes).is_ok());
        }
    }
}

/// The policy's two clocks: a closed conversation goes `closed_days`
/// after closing, any conversation `inactive_days` after its last
/// activity; a conversation not yet due stays.
#[tokio::test]
async fn retention_deletes_what_the_policy_names_and_nothing_else() {
    for db in databases().await {
        let relay = relay(&db.config()).await;
        let mut admin = Desk::new(&relay, "Amara");
        admin.accept(&invite(&db.url, "admin")).await;
        admin.sign_in().await;
        let hotline = Hotline::new();
        admin
            .send(
                Method::POST,
                "/v1/console/hotline-keys",
                json!({ "public_key": hex(&hotline.pk), "wrapped": wrap(&hotline, &admin.pk, &admin.id) }),
            )
            .await;
        let mut handles = Vec::new();
        for _ in 0..2 {
            let phone = Conversation::new();
            let (_, env) = seal_v2(&hotline, &phone.message_v2(1, "hello", true));
            relay.post_envelopes(&[env]).await;
        }
        let page = admin.get("/v1/console/envelopes").await.body;
        for item in page["envelopes"].as_array().unwrap() {
            let (links, handle, _) = sort_links(&hotline, std::slice::from_ref(item));
            admin
                .send(Method::POST, "/v1/console/sort", json!({ "links": links }))
                .await;
            handles.push(handle);
        }
        let (closed, open) = (&handles[0], &handles[1]);
        admin
            .send(
                Method::PATCH,
                &format!("/v1/console/conversations/{closed}"),
                json!({ "status": "closed" }),
            )
            .await;
        assert_eq!(
            run_policy(&admin, json!({ "closed_days": 1, "inactive_days": 30 })).await,
            0,
            "{}",
            db.label
        );
        assert_eq!(
            run_policy(&admin, json!({ "closed_days": 0, "inactive_days": null })).await,
            1
        );
        assert_eq!(conversations_left(&admin).await, std::slice::from_ref(open));
        assert_eq!(
            run_policy(&admin, json!({ "closed_days": null, "inactive_days": 0 })).await,
            1
        );
        assert!(conversations_left(&admin).await.is_empty());
        assert_eq!(
            run_policy(
                &admin,
                json!({ "closed_days": null, "inactive_days": null })
            )
            .await,
            0
        );
    }
}

/// Sets a retention policy and runs it: how many conversations went.
async fn run_policy(admin: &Desk, policy: Value) -> i64 {
    let set = admin
        .send(Method::PUT, "/v1/console/retention", policy)
        .await;
    assert_eq!(set.status, 200);
    let run = admin
        .call(Method::POST, "/v1/console/retention/run", None, true)
        .await;
    run.body["deleted"].as_i64().unwrap()
}

async fn conversations_left(admin: &Desk) -> Vec<String> {
    let list = admin.get("/v1/console/conversations").await.body;
    list["conversations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["conversation"].as_str().unwrap().to_string())
        .collect()
}

/// What the phone asks after a sync: every envelope it sent is `fetched`.
async fn assert_all_fetched(relay: &Relay, sent: &[([u8; 16], Vec<u8>)], label: &str) {
    let ids: Vec<String> = sent.iter().map(|(id, _)| hex(id)).collect();
    let (_, st) = relay
        .post_json("/v1/envelopes/status", &json!({ "ids": ids }))
        .await;
    let statuses = st["statuses"].as_array().unwrap();
    assert_eq!(statuses.len(), sent.len());
    assert!(
        statuses.iter().all(|s| s["status"] == "fetched"),
        "{label}: {st}"
    );
}
