//! The relay end to end on 127.0.0.1: real TCP, plain HTTP/1.1 requests.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use waymark_protocol::{envelope, hpke};
use waymark_server::{AppState, Store, router};

async fn start(db: &std::path::Path, token: Option<&str>) -> std::net::SocketAddr {
    let state = AppState {
        store: Store::open(db).unwrap(),
        operator_token: token.map(|t| Arc::new(t.to_string())),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router(state)).await.unwrap() });
    addr
}

/// One HTTP/1.1 request; returns (status, body).
async fn request(
    addr: std::net::SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, Vec<u8>) {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: relay\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).await.unwrap();
    // The server may answer (e.g. 413) before reading everything.
    let _ = s.write_all(body).await;
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out).await;
    let text = String::from_utf8_lossy(&out);
    let status: u16 = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let split = out
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(out.len(), |i| i + 4);
    (status, out[split..].to_vec())
}

async fn post_json(addr: std::net::SocketAddr, path: &str, value: &Value) -> (u16, Value) {
    let body = serde_json::to_vec(value).unwrap();
    let (status, out) = request(
        addr,
        "POST",
        path,
        &[("Content-Type", "application/json")],
        &body,
    )
    .await;
    (status, serde_json::from_slice(&out).unwrap_or(Value::Null))
}

#[tokio::test]
async fn envelopes_are_stored_once_and_only_the_operator_reads_them() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("relay.db");
    let addr = start(&db, Some("s3cret-token")).await;
    let (sk, pk) = hpke::generate_keypair().unwrap();
    let marker = "RELAY-PLAINTEXT-MARKER";
    let env = envelope::seal(&pk, [9; 16], marker.as_bytes()).unwrap();
    let batch =
        json!({ "envelopes": [B64.encode(&env), B64.encode(&env), "bm90IGFuIGVudmVsb3Bl", "%%%"] });

    let (status, body) = post_json(addr, "/v1/envelopes", &batch).await;
    assert_eq!(status, 200, "{body}");
    let results = body["results"].as_array().unwrap();
    assert_eq!(results[0]["status"], "stored");
    assert_eq!(results[1]["status"], "duplicate");
    assert_eq!(results[2]["status"], "rejected");
    assert_eq!(results[2]["code"], "malformed");
    assert_eq!(results[3]["code"], "malformed");
    // Sent again later (a retry after a lost answer): still stored once.
    let (_, again) = post_json(
        addr,
        "/v1/envelopes",
        &json!({ "envelopes": [B64.encode(&env)] }),
    )
    .await;
    assert_eq!(again["results"][0]["status"], "duplicate");

    let key_id: String = envelope::key_id(&pk)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let path = format!("/v1/hotlines/{key_id}/envelopes");
    let (status, _) = request(addr, "GET", &path, &[], b"").await;
    assert_eq!(status, 401);
    let (status, _) = request(
        addr,
        "GET",
        &path,
        &[("Authorization", "Bearer wrong")],
        b"",
    )
    .await;
    assert_eq!(status, 401);
    let (status, body) = request(
        addr,
        "GET",
        &path,
        &[("Authorization", "Bearer s3cret-token")],
        b"",
    )
    .await;
    assert_eq!(status, 200);
    let page: Value = serde_json::from_slice(&body).unwrap();
    let items = page["envelopes"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    let bytes = B64.decode(items[0]["envelope"].as_str().unwrap()).unwrap();
    let (_, text) = envelope::open(&sk, &bytes).unwrap();
    assert_eq!(&*text, marker.as_bytes());
    let next = page["next"].as_i64().unwrap();
    let (_, body) = request(
        addr,
        "GET",
        &format!("{path}?after={next}"),
        &[("Authorization", "Bearer s3cret-token")],
        b"",
    )
    .await;
    assert_eq!(
        serde_json::from_slice::<Value>(&body).unwrap()["envelopes"]
            .as_array()
            .unwrap()
            .len(),
        0
    );

    // The relay's files hold ciphertext only.
    for entry in std::fs::read_dir(tmp.path()).unwrap() {
        let data = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!data.windows(marker.len()).any(|w| w == marker.as_bytes()));
    }
}

#[tokio::test]
async fn bad_requests_get_stable_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let addr = start(&tmp.path().join("relay.db"), None).await;
    let (status, body) = post_json(addr, "/v1/envelopes", &json!({ "envelopes": [] })).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (400, Some("batch_size"))
    );
    let (status, body) = post_json(addr, "/v1/envelopes", &json!({ "nope": 1 })).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (400, Some("malformed_request"))
    );
    let huge = vec![b'a'; waymark_server::MAX_BODY + 10];
    let (status, _) = request(
        addr,
        "POST",
        "/v1/envelopes",
        &[("Content-Type", "application/json")],
        &huge,
    )
    .await;
    assert_eq!(status, 413);
    let (status, _) = request(
        addr,
        "GET",
        "/v1/hotlines/0011223344556677/envelopes",
        &[],
        b"",
    )
    .await;
    assert_eq!(status, 403, "no operator token configured: inbox disabled");
    let (status, body) = request(addr, "GET", "/v1/openapi.json", &[], b"").await;
    assert_eq!(status, 200);
    let spec: Value = serde_json::from_slice(&body).unwrap();
    for path in [
        "/v1/envelopes",
        "/v1/hotlines/{key_id}/envelopes",
        "/v1/health",
    ] {
        assert!(spec["paths"][path].is_object(), "{path} is described");
    }
}

#[tokio::test]
async fn the_operator_inbox_command_decrypts_with_the_private_key() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("relay.db");
    let keys = tmp.path().join("keys");
    let exe = env!("CARGO_BIN_EXE_waymark-server");
    let out = std::process::Command::new(exe)
        .args(["keygen", "--out"])
        .arg(&keys)
        .output()
        .unwrap();
    assert!(out.status.success());
    let public = std::fs::read_to_string(keys.join("hotline.pub.hex")).unwrap();
    let pk: [u8; 32] = (0..64)
        .step_by(2)
        .map(|i| u8::from_str_radix(&public[i..i + 2], 16).unwrap())
        .collect::<Vec<_>>()
        .try_into()
        .unwrap();
    let addr = start(&db, None).await;
    let env = envelope::seal(&pk, [5; 16], "ຊ່ວຍແດ່ — help".as_bytes()).unwrap();
    let (status, _) = post_json(
        addr,
        "/v1/envelopes",
        &json!({ "envelopes": [B64.encode(&env)] }),
    )
    .await;
    assert_eq!(status, 200);
    let out = std::process::Command::new(exe)
        .args(["inbox", "--db"])
        .arg(format!("sqlite:{}", db.display()))
        .arg("--key")
        .arg(keys.join("hotline.key.hex"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["messages"][0]["text"], "ຊ່ວຍແດ່ — help");
}
