//! Every endpoint over real HTTP on 127.0.0.1, against SQLite and (when
//! `WAYMARK_TEST_POSTGRES_URL` is set) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use common::*;
use serde_json::{Value, json};
use waymark_protocol::message::{AnyMessage, HotlineMessage, hex};
use waymark_protocol::{batch, envelope, pack};
use waymark_server::RelayConfig;

#[tokio::test]
async fn envelopes_are_stored_once_and_the_inbox_marks_them_fetched() {
    for db in databases().await {
        let relay = relay(&db.config()).await;
        let hotline = Hotline::new();
        let convo = Conversation::new();
        let (id1, env1) = seal(&hotline, &convo.message(1, "first"));
        let (id2, env2) = seal(&hotline, &convo.message(2, "second"));
        let too_big = vec![1u8; envelope::MAX_ENVELOPE + 1];
        let batch = json!({ "envelopes": [
            B64.encode(&env1), B64.encode(&env1), "bm90IGFuIGVudmVsb3Bl", "%%%", B64.encode(&too_big),
        ]});
        let (status, body) = relay.post_json("/v1/envelopes", &batch).await;
        assert_eq!(status, 200, "{}: {body}", db.label);
        assert_eq!(
            body["results"],
            json!([
                { "status": "stored", "id": hex(&id1) },
                { "status": "duplicate", "id": hex(&id1) },
                { "status": "rejected", "index": 2, "code": "malformed" },
                { "status": "rejected", "index": 3, "code": "malformed" },
                { "status": "rejected", "index": 4, "code": "too_large" },
            ])
        );
        // A retry after a lost answer: reported duplicate, stored once.
        let (_, again) = relay.post_envelopes(&[env1.clone(), env2.clone()]).await;
        assert_eq!(again["results"][0]["status"], "duplicate");
        assert_eq!(again["results"][1]["status"], "stored");

        let unknown = hex(&random::<16>());
        let status_body = json!({ "ids": [hex(&id1), unknown, hex(&id2)] });
        let (status, body) = relay.post_json("/v1/envelopes/status", &status_body).await;
        assert_eq!(status, 200);
        let states: Vec<&str> = body["statuses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["status"].as_str().unwrap())
            .collect();
        assert_eq!(states, ["stored", "unknown", "stored"]);
        assert_eq!(body["statuses"][0]["id"], hex(&id1));

        let inbox = format!("/v1/hotlines/{}/envelopes", hotline.key_id());
        assert_eq!(relay.get_json(&inbox, None).await.0, 401);
        assert_eq!(relay.get_json(&inbox, Some("wrong")).await.0, 401);
        // Unauthorised reads mark nothing.
        let (_, body) = relay.post_json("/v1/envelopes/status", &status_body).await;
        assert_eq!(body["statuses"][0]["status"], "stored");

        // Page of one: only the first is marked fetched.
        let (status, page) = relay
            .get_json(&format!("{inbox}?limit=1"), Some(TOKEN))
            .await;
        assert_eq!(status, 200, "{page}");
        let items = page["envelopes"].as_array().unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0]["id"], hex(&id1));
        let bytes = B64.decode(items[0]["envelope"].as_str().unwrap()).unwrap();
        let (_, plain) = envelope::open(&hotline.sk, &bytes).unwrap();
        assert_eq!(HotlineMessage::from_bytes(&plain).unwrap().body, "first");
        let (_, body) = relay.post_json("/v1/envelopes/status", &status_body).await;
        assert_eq!(body["statuses"][0]["status"], "fetched");
        assert_eq!(body["statuses"][2]["status"], "stored");

        let next = page["next"].as_i64().unwrap();
        let (_, page) = relay
            .get_json(&format!("{inbox}?after={next}"), Some(TOKEN))
            .await;
        assert_eq!(page["envelopes"].as_array().unwrap().len(), 1);
        assert_eq!(page["envelopes"][0]["id"], hex(&id2));
        let last = page["next"].as_i64().unwrap();
        assert!(last > next);
        let (_, body) = relay.post_json("/v1/envelopes/status", &status_body).await;
        assert_eq!(body["statuses"][2]["status"], "fetched");
        let (_, page) = relay
            .get_json(&format!("{inbox}?after={last}"), Some(TOKEN))
            .await;
        assert_eq!(page, json!({ "envelopes": [], "next": last }));
        // Another hotline's inbox is empty.
        let other = format!("/v1/hotlines/{}/envelopes", Hotline::new().key_id());
        assert_eq!(
            relay.get_json(&other, Some(TOKEN)).await.1["envelopes"],
            json!([])
        );
    }
}

#[tokio::test]
async fn binary_batches_carry_both_formats_and_get_binary_answers() {
    for db in databases().await {
        let relay = relay(&db.config()).await;
        let hotline = Hotline::new();
        let convo = Conversation::new();
        let (id1, v2a) = seal_v2(&hotline, &convo.message_v2(1, "first", true));
        let (id2, v2b) = seal_v2(&hotline, &convo.message_v2(2, "second", false));
        let (id3, v1) = seal(&hotline, &convo.message(3, "from an old outbox"));
        let body = batch::encode([v2a.as_slice(), v2b.as_slice(), v1.as_slice()]).unwrap();
        // One group of two format 2 envelopes (version and key id once),
        // then a format 1 group.
        assert_eq!(
            body.len(),
            1 + 10
                + (v2a.len() - 8)
                + (v2b.len() - 8)
                + 2
                + v1.len()
                + waymark_protocol::varint::len(v1.len() as u64)
        );
        let (status, kind, answer) = relay.post_binary("/v1/envelopes", body.clone()).await;
        assert_eq!(
            (status, kind.as_str()),
            (200, batch::ANSWER_CONTENT_TYPE),
            "{}",
            db.label
        );
        use batch::ItemStatus::*;
        assert_eq!(
            batch::decode_answer(&answer),
            Some(vec![Stored, Stored, Stored])
        );
        // The same batch again: all duplicates.
        let (_, _, answer) = relay.post_binary("/v1/envelopes", body).await;
        assert_eq!(batch::decode_answer(&answer), Some(vec![Duplicate; 3]));
        // A JSON batch of a format 2 envelope is accepted too (the relay
        // reads headers, not plaintexts), and answers in JSON.
        let (status, json_answer) = relay.post_envelopes(std::slice::from_ref(&v2a)).await;
        assert_eq!(status, 200);
        assert_eq!(json_answer["results"][0]["status"], "duplicate");

        // The relay stored whole envelopes: the inbox gives them back as
        // they were sealed, each opens, in order.
        let inbox = format!("/v1/hotlines/{}/envelopes", hotline.key_id());
        let (_, page) = relay.get_json(&inbox, Some(TOKEN)).await;
        let items = page["envelopes"].as_array().unwrap();
        let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
        assert_eq!(ids, [hex(&id1), hex(&id2), hex(&id3)]);
        let bodies: Vec<String> = items
            .iter()
            .map(|i| {
                let bytes = B64.decode(i["envelope"].as_str().unwrap()).unwrap();
                let (h, plain) = envelope::open(&hotline.sk, &bytes).unwrap();
                AnyMessage::decode(h.format, &plain)
                    .unwrap()
                    .body()
                    .to_string()
            })
            .collect();
        assert_eq!(bodies, ["first", "second", "from an old outbox"]);
        let stored = B64.decode(items[0]["envelope"].as_str().unwrap()).unwrap();
        assert_eq!(stored, v2a);

        // Per-envelope refusals inside a readable body.
        let mut mixed = vec![batch::FORMAT, envelope::FORMAT];
        mixed.push(2);
        mixed.push(5);
        mixed.extend_from_slice(b"short");
        let (id4, v1b) = seal(&hotline, &convo.message(4, "fourth"));
        waymark_protocol::varint::put(&mut mixed, v1b.len() as u64);
        mixed.extend_from_slice(&v1b);
        let (_, _, answer) = relay.post_binary("/v1/envelopes", mixed).await;
        assert_eq!(batch::decode_answer(&answer), Some(vec![Malformed, Stored]));
        let (_, s) = relay
            .post_json("/v1/envelopes/status", &json!({ "ids": [hex(&id4)] }))
            .await;
        assert_eq!(s["statuses"][0]["status"], "stored");

        // Whole-body refusals answer the documented JSON errors.
        for (bad, want) in [
            (vec![], "malformed_request"),
            (vec![batch::FORMAT], "batch_size"),
            (vec![2, 2], "malformed_request"),
            (vec![batch::FORMAT, 2, 0, 0], "malformed_request"),
        ] {
            let (status, kind, answer) = relay.post_binary("/v1/envelopes", bad).await;
            assert_eq!(status, 400);
            assert!(kind.starts_with("application/json"), "{kind}");
            let body: Value = serde_json::from_slice(&answer).unwrap();
            assert_eq!(code(&body), want);
        }
        let many = vec![v2b.clone(); 101];
        let over = batch::encode(many.iter().map(Vec::as_slice)).unwrap();
        let (status, _, answer) = relay.post_binary("/v1/envelopes", over).await;
        let body: Value = serde_json::from_slice(&answer).unwrap();
        assert_eq!((status, code(&body)), (400, "batch_size"));

        // Reply batches to a mailbox take the binary body too.
        let (rid, reply) = {
            let id = random::<16>();
            let r = waymark_protocol::message::ReplyV2 {
                conversation: [1; 8],
                sent_at: 1_800_000_000,
                body: "We read you".into(),
            };
            (
                id,
                envelope::seal_v2(&convo.reply_pk, id, &r.to_bytes()).unwrap(),
            )
        };
        let path = format!("/v1/mailboxes/{}/envelopes", convo.mailbox());
        let (status, _, answer) = relay
            .post_binary(&path, batch::encode([reply.as_slice()]).unwrap())
            .await;
        assert_eq!(
            (status, batch::decode_answer(&answer)),
            (200, Some(vec![Stored]))
        );
        let (_, page) = relay.get_json(&path, Some(&hex(&convo.cap))).await;
        assert_eq!(page["envelopes"][0]["id"], hex(&rid));
        let bytes = B64
            .decode(page["envelopes"][0]["envelope"].as_str().unwrap())
            .unwrap();
        assert_eq!(bytes, reply);
    }
}

#[tokio::test]
async fn the_same_batch_posted_concurrently_is_stored_once() {
    for db in databases().await {
        let relay = relay(&db.config()).await;
        let hotline = Hotline::new();
        let envs: Vec<Vec<u8>> = (0..20)
            .map(|i| sealed_bytes(&hotline.pk, format!("m{i}").as_bytes()).1)
            .collect();
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..8 {
            let (relay, envs) = (relay.clone(), envs.clone());
            tasks.spawn(async move { relay.post_envelopes(&envs).await });
        }
        let answers = tasks.join_all().await;
        let stored: usize = answers
            .iter()
            .map(|(status, body)| {
                assert_eq!(*status, 200);
                body["results"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|r| r["status"] == "stored")
                    .count()
            })
            .sum();
        assert_eq!(
            stored, 20,
            "{}: each envelope stored exactly once",
            db.label
        );
        let (_, page) = relay
            .get_json(
                &format!("/v1/hotlines/{}/envelopes?limit=500", hotline.key_id()),
                Some(TOKEN),
            )
            .await;
        assert_eq!(page["envelopes"].as_array().unwrap().len(), 20);
    }
}

#[tokio::test]
async fn bad_requests_get_stable_errors() {
    for db in databases().await {
        let mut config = db.config();
        config.operator_token = None;
        let relay = relay(&config).await;
        let (status, body) = relay
            .post_json("/v1/envelopes", &json!({ "envelopes": [] }))
            .await;
        assert_eq!((status, code(&body)), (400, "batch_size"));
        let many: Vec<String> = (0..101).map(|_| "AAAA".to_string()).collect();
        let (status, body) = relay
            .post_json("/v1/envelopes", &json!({ "envelopes": many }))
            .await;
        assert_eq!((status, code(&body)), (400, "batch_size"));
        let (status, body) = relay
            .post_json("/v1/envelopes", &json!({ "nope": 1 }))
            .await;
        assert_eq!((status, code(&body)), (400, "malformed_request"));
        let ids: Vec<String> = (0..501).map(|_| hex(&[0; 16])).collect();
        let (status, body) = relay
            .post_json("/v1/envelopes/status", &json!({ "ids": ids }))
            .await;
        assert_eq!((status, code(&body)), (400, "batch_size"));
        let (status, body) = relay
            .post_json("/v1/envelopes/status", &json!({ "ids": ["xyz"] }))
            .await;
        assert_eq!((status, code(&body)), (400, "malformed_request"));
        let (status, body) = relay
            .get_json("/v1/hotlines/0011223344556677/envelopes", Some(TOKEN))
            .await;
        assert_eq!((status, code(&body)), (403, "inbox_disabled"));
        let (status, body) = relay.get_json("/v1/nowhere", None).await;
        assert_eq!((status, code(&body)), (404, "unknown_route"));
        let r = relay
            .http
            .delete(relay.url("/v1/envelopes"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 405);
        assert_eq!(
            code(&r.json::<Value>().await.unwrap()),
            "method_not_allowed"
        );
        let (status, body) = relay.get_json("/v1/health", None).await;
        assert_eq!((status, body), (200, json!({ "ok": true })));
    }
    // With a token: a malformed key id.
    let db = TestDb::sqlite();
    let relay = relay(&db.config()).await;
    let (status, body) = relay
        .get_json("/v1/hotlines/not-hex/envelopes", Some(TOKEN))
        .await;
    assert_eq!((status, code(&body)), (400, "bad_key_id"));
    // Found by fuzzing (fuzz/ `message`): a sign inside a hex pair was read
    // as a digit, so "+0+0…" named the same backup as "0000…".
    let signed = "+0".repeat(16);
    let (status, body) = relay.get_json(&format!("/v1/backups/{signed}"), None).await;
    assert_eq!((status, code(&body)), (400, "bad_backup_id"));
}

/// Every query parameter is held to its bounds in `server/src/openapi.json`:
/// out of range, beyond int64 or not a number is 400 `bad_query`, never
/// clamped; the bounds themselves are accepted.
#[tokio::test]
async fn query_parameters_outside_the_openapi_bounds_are_bad_queries() {
    for db in databases().await {
        let relay = relay(&db.config()).await;
        let hotline = Hotline::new();
        let convo = Conversation::new();
        let cap = hex(&convo.cap);
        let pages = [
            (
                format!("/v1/hotlines/{}/envelopes", hotline.key_id()),
                TOKEN,
            ),
            (
                format!("/v1/mailboxes/{}/envelopes", convo.mailbox()),
                cap.as_str(),
            ),
        ];
        for (path, bearer) in &pages {
            for bad in [
                "limit=501",
                "limit=0",
                "limit=-1",
                "limit=4294967297",
                "limit=x",
                "after=-1",
                "after=9223372036854775808",
                "after=1.5",
            ] {
                let (status, body) = relay.get_json(&format!("{path}?{bad}"), Some(bearer)).await;
                assert_eq!(
                    (status, code(&body)),
                    (400, "bad_query"),
                    "{}: {path}?{bad}",
                    db.label
                );
            }
            for good in [
                "limit=1",
                "limit=500",
                "after=0",
                "after=9223372036854775807",
                "",
            ] {
                let (status, body) = relay
                    .get_json(&format!("{path}?{good}"), Some(bearer))
                    .await;
                assert_eq!(status, 200, "{}: {path}?{good}: {body}", db.label);
            }
        }
        let r = relay
            .http
            .put(relay.url("/v1/packs"))
            .bearer_auth(TOKEN)
            .body(test_pack(5))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        for bad in ["have=-1", "have=9223372036854775808", "have=x"] {
            let (status, body) = relay
                .get_json(&format!("/v1/packs/latest?{bad}"), None)
                .await;
            assert_eq!((status, code(&body)), (400, "bad_query"), "{bad}");
        }
        for (good, want) in [("have=0", 200), ("have=9223372036854775807", 204)] {
            let r = relay
                .http
                .get(relay.url(&format!("/v1/packs/latest?{good}")))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), want, "{good}");
        }
    }
}

#[tokio::test]
async fn oversized_requests_are_refused_on_every_route_that_takes_a_body() {
    let db = TestDb::sqlite();
    let relay = relay(&db.config()).await;
    let cases: [(reqwest::Method, String, usize); 5] = [
        (
            reqwest::Method::POST,
            "/v1/envelopes".into(),
            waymark_server::MAX_BODY + 1,
        ),
        (
            reqwest::Method::POST,
            "/v1/envelopes/status".into(),
            waymark_server::MAX_STATUS_BODY + 1,
        ),
        (
            reqwest::Method::POST,
            format!("/v1/mailboxes/{}/envelopes", "ab".repeat(16)),
            waymark_server::MAX_BODY + 1,
        ),
        (
            reqwest::Method::PUT,
            format!("/v1/backups/{}", "cd".repeat(16)),
            waymark_protocol::backup::MAX_BLOB + 1,
        ),
        (reqwest::Method::GET, "/v1/health".into(), 1),
    ];
    for (method, path, size) in cases {
        let r = relay
            .http
            .request(method.clone(), relay.url(&path))
            .bearer_auth("ef".repeat(32))
            .header("content-type", "application/json")
            .body(vec![b' '; size])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 413, "{method} {path}");
        assert_eq!(code(&r.json::<Value>().await.unwrap()), "too_large");
    }
    // A chunked body without a declared length is cut off while read.
    let addr = relay.base.trim_start_matches("http://").to_string();
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "PUT /v1/backups/{} HTTP/1.1\r\nHost: relay\r\nAuthorization: Bearer {}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
        "cd".repeat(16),
        "ef".repeat(32)
    );
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    tcp.write_all(head.as_bytes()).await.unwrap();
    let chunk = vec![b'x'; 64 * 1024];
    for _ in 0..20 {
        // The relay may answer and close before the body ends.
        if tcp
            .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
            .await
            .is_err()
            || tcp.write_all(&chunk).await.is_err()
            || tcp.write_all(b"\r\n").await.is_err()
        {
            break;
        }
    }
    let _ = tcp.write_all(b"0\r\n\r\n").await;
    let mut answer = Vec::new();
    let _ = tcp.read_to_end(&mut answer).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("too_large"));
    // Nothing was stored.
    let (status, _) = relay
        .get_json(&format!("/v1/backups/{}", "cd".repeat(16)), None)
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn mailboxes_need_the_capability_that_hashes_to_their_id() {
    for db in databases().await {
        let relay = relay(&db.config()).await;
        let convo = Conversation::new();
        let path = format!("/v1/mailboxes/{}/envelopes", convo.mailbox());
        let (id, reply) = sealed_bytes(&convo.reply_pk, b"reply one");
        let batch = json!({ "envelopes": [B64.encode(&reply), "!!"] });
        let (status, body) = relay.post_json(&path, &batch).await;
        assert_eq!(status, 200, "{}: {body}", db.label);
        assert_eq!(
            body["results"][0],
            json!({ "status": "stored", "id": hex(&id) })
        );
        assert_eq!(body["results"][1]["code"], "malformed");
        let (_, body) = relay.post_json(&path, &batch).await;
        assert_eq!(body["results"][0]["status"], "duplicate");

        for wrong in [
            None,
            Some(hex(&random::<32>())),
            Some(hex(&Conversation::new().cap)),
            Some("zz".repeat(32)),
            Some(hex(&convo.cap[..16])),
        ] {
            let (status, body) = relay.get_json(&path, wrong.as_deref()).await;
            assert_eq!((status, code(&body)), (401, "unauthorized"), "{wrong:?}");
        }
        let (status, page) = relay.get_json(&path, Some(&hex(&convo.cap))).await;
        assert_eq!(status, 200);
        let items = page["envelopes"].as_array().unwrap();
        assert_eq!(items.len(), 1);
        let bytes = B64.decode(items[0]["envelope"].as_str().unwrap()).unwrap();
        let (_, plain) = envelope::open(&convo.reply_sk, &bytes).unwrap();
        assert_eq!(&*plain, b"reply one");
        let next = page["next"].as_i64().unwrap();
        let (_, page) = relay
            .get_json(&format!("{path}?after={next}"), Some(&hex(&convo.cap)))
            .await;
        assert_eq!(page["envelopes"], json!([]));
        // Another mailbox sees nothing of this one.
        let other = Conversation::new();
        let (_, page) = relay
            .get_json(
                &format!("/v1/mailboxes/{}/envelopes", other.mailbox()),
                Some(&hex(&other.cap)),
            )
            .await;
        assert_eq!(page["envelopes"], json!([]));
        let (status, body) = relay
            .post_json("/v1/mailboxes/short/envelopes", &batch)
            .await;
        assert_eq!((status, code(&body)), (400, "bad_mailbox_id"));
    }
}

#[tokio::test]
async fn a_backup_is_bound_to_its_first_write_token() {
    for db in databases().await {
        let relay = relay(&db.config()).await;
        let id = hex(&random::<16>());
        let path = relay.url(&format!("/v1/backups/{id}"));
        let (token_a, token_b) = (hex(&random::<32>()), hex(&random::<32>()));
        let put = |token: Option<String>, body: Vec<u8>| {
            let mut req = relay.http.put(path.clone()).body(body);
            if let Some(t) = token {
                req = req.bearer_auth(t);
            }
            req.send()
        };
        let r = put(None, b"blob".to_vec()).await.unwrap();
        assert_eq!(r.status().as_u16(), 401);
        assert_eq!(
            relay.get_json(&format!("/v1/backups/{id}"), None).await.0,
            404
        );
        let r = put(Some(token_a.clone()), b"first".to_vec()).await.unwrap();
        assert_eq!(r.status().as_u16(), 200, "{}", db.label);
        assert_eq!(r.json::<Value>().await.unwrap(), json!({ "stored": true }));
        let r = put(Some(token_b.clone()), b"hijack".to_vec())
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403);
        assert_eq!(code(&r.json::<Value>().await.unwrap()), "forbidden");
        let got = relay.http.get(path.clone()).send().await.unwrap();
        assert_eq!(got.status().as_u16(), 200);
        assert_eq!(
            got.headers()["content-type"].to_str().unwrap(),
            "application/octet-stream"
        );
        assert_eq!(&got.bytes().await.unwrap()[..], b"first");
        let big = vec![7u8; waymark_protocol::backup::MAX_BLOB];
        let r = put(Some(token_a.clone()), big.clone()).await.unwrap();
        assert_eq!(r.status().as_u16(), 200, "a maximum-size blob fits");
        let got = relay.http.get(path.clone()).send().await.unwrap();
        assert_eq!(got.bytes().await.unwrap().len(), big.len());
        let r = put(
            Some(token_a.clone()),
            vec![7u8; waymark_protocol::backup::MAX_BLOB + 1],
        )
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 413);
        let r = put(Some(token_a), Vec::new()).await.unwrap();
        assert_eq!(r.status().as_u16(), 400);
        let (status, body) = relay.get_json("/v1/backups/nothex", None).await;
        assert_eq!((status, code(&body)), (400, "bad_backup_id"));
    }
}

fn test_pack(version: u64) -> Vec<u8> {
    let mut bytes = pack::unsigned([3; 8], version, br#"{"locales":["en","th"]}"#).unwrap();
    bytes.extend_from_slice(&[9; pack::SIGNATURE_LEN]);
    bytes
}

#[tokio::test]
async fn packs_only_move_forward() {
    for db in databases().await {
        let relay = relay(&db.config()).await;
        let publish = |token: &str, body: Vec<u8>| {
            relay
                .http
                .put(relay.url("/v1/packs"))
                .bearer_auth(token)
                .body(body)
                .send()
        };
        let (status, body) = relay.get_json("/v1/packs/latest", None).await;
        assert_eq!((status, code(&body)), (404, "not_found"), "{}", db.label);
        let r = publish("wrong", test_pack(2)).await.unwrap();
        assert_eq!(r.status().as_u16(), 401);
        let r = publish(TOKEN, b"PK\x03\x04 not a pack".to_vec())
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 400);
        assert_eq!(code(&r.json::<Value>().await.unwrap()), "pack_invalid");
        let r = publish(TOKEN, test_pack(u64::MAX)).await.unwrap();
        assert_eq!(r.status().as_u16(), 400, "versions beyond i64 are refused");
        let r = publish(TOKEN, test_pack(2)).await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(r.json::<Value>().await.unwrap(), json!({ "version": 2 }));
        for older in [2, 1] {
            let r = publish(TOKEN, test_pack(older)).await.unwrap();
            assert_eq!(r.status().as_u16(), 409);
            assert_eq!(code(&r.json::<Value>().await.unwrap()), "not_newer");
        }
        let latest = |q: &'static str| {
            relay
                .http
                .get(relay.url(&format!("/v1/packs/latest{q}")))
                .send()
        };
        let r = latest("?locale=th").await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(r.headers()["x-waymark-pack-version"].to_str().unwrap(), "2");
        assert_eq!(&r.bytes().await.unwrap()[..], &test_pack(2)[..]);
        assert_eq!(
            latest("?have=2&locale=th").await.unwrap().status().as_u16(),
            204
        );
        assert_eq!(latest("?have=9").await.unwrap().status().as_u16(), 204);
        assert_eq!(latest("?have=1").await.unwrap().status().as_u16(), 200);
        assert_eq!(latest("?have=x").await.unwrap().status().as_u16(), 400);
        let r = publish(TOKEN, test_pack(3)).await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let r = latest("?have=2").await.unwrap();
        assert_eq!(r.headers()["x-waymark-pack-version"].to_str().unwrap(), "3");
        // Format 2 (compressed payload) frames are accepted and served as sent.
        let mut v2 = pack::unsigned_v2([3; 8], 4, b"\x28\xb5\x2f\xfd zstd", 1000).unwrap();
        v2.extend_from_slice(&[9; pack::SIGNATURE_LEN]);
        let r = publish(TOKEN, v2.clone()).await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let r = latest("?have=3").await.unwrap();
        assert_eq!(&r.bytes().await.unwrap()[..], &v2[..]);
        let mut bomb = v2.clone();
        bomb[27..31].copy_from_slice(&u32::MAX.to_be_bytes());
        let r = publish(TOKEN, bomb).await.unwrap();
        assert_eq!(r.status().as_u16(), 400);
    }
    // Without an operator token nobody can publish.
    let db = TestDb::sqlite();
    let mut config = db.config();
    config.operator_token = None;
    let relay = relay(&config).await;
    let r = relay
        .http
        .put(relay.url("/v1/packs"))
        .bearer_auth(TOKEN)
        .body(test_pack(1))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(code(&r.json::<Value>().await.unwrap()), "publish_disabled");
}

#[tokio::test]
async fn clients_over_the_rate_limit_get_429_with_retry_after() {
    let db = TestDb::sqlite();
    let config = RelayConfig {
        rate_limit_per_minute: 12, // burst of 2, then one every 5 s
        ..db.config()
    };
    let relay = relay(&config).await;
    for _ in 0..2 {
        assert_eq!(relay.get_json("/v1/health", None).await.0, 200);
    }
    let r = relay
        .http
        .get(relay.url("/v1/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 429);
    let retry: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=5).contains(&retry), "retry after {retry}");
    assert_eq!(code(&r.json::<Value>().await.unwrap()), "rate_limited");
    // Every route is limited, not only the one used.
    let (status, _) = relay
        .post_json("/v1/envelopes", &json!({ "envelopes": [] }))
        .await;
    assert_eq!(status, 429);
    // Another client address (127.0.0.2 is loopback too) has its own bucket.
    let other = reqwest::Client::builder()
        .no_proxy()
        .local_address(std::net::IpAddr::from([127, 0, 0, 2]))
        .build()
        .unwrap();
    let r = other.get(relay.url("/v1/health")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
}

#[tokio::test]
async fn the_database_file_holds_no_plaintext() {
    let db = TestDb::sqlite();
    let relay = relay(&db.config()).await;
    let hotline = Hotline::new();
    let convo = Conversation::new();
    let marker = "PLAINTEXT-MARKER-7f3a";
    let (_, env) = seal(&hotline, &convo.message(1, marker));
    assert_eq!(relay.post_envelopes(&[env]).await.0, 200);
    let (_, reply) = sealed_bytes(&convo.reply_pk, marker.as_bytes());
    let (status, _) = relay
        .post_json(
            &format!("/v1/mailboxes/{}/envelopes", convo.mailbox()),
            &json!({ "envelopes": [B64.encode(&reply)] }),
        )
        .await;
    assert_eq!(status, 200);
    // The inbox read marks fetched: still only ciphertext afterwards.
    let inbox = format!("/v1/hotlines/{}/envelopes", hotline.key_id());
    assert_eq!(relay.get_json(&inbox, Some(TOKEN)).await.0, 200);
    let dir = db.dir.as_ref().unwrap();
    let mut files = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let data = std::fs::read(entry.unwrap().path()).unwrap();
        files += 1;
        assert!(!data.windows(marker.len()).any(|w| w == marker.as_bytes()));
        for secret in [hex(&convo.cap), convo.id.clone(), TOKEN.to_string()] {
            assert!(!data.windows(secret.len()).any(|w| w == secret.as_bytes()));
        }
    }
    assert!(files >= 1);
    // And the marker really was in what was sealed (the check can fail).
    assert!(
        convo
            .message(1, marker)
            .to_bytes()
            .windows(marker.len())
            .any(|w| w == marker.as_bytes())
    );
}
