//! The OpenAPI document describes exactly the routes the router serves,
//! and has the shape of an OpenAPI 3 document.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

use common::*;
use serde_json::Value;

fn spec() -> Value {
    serde_json::from_str(include_str!("../src/openapi.json")).unwrap()
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

#[test]
fn every_served_route_is_described_and_nothing_else() {
    let served: BTreeSet<(String, String)> = waymark_server::routes()
        .into_iter()
        .map(|r| (r.method.as_str().to_lowercase(), r.path.to_string()))
        .collect();
    let spec = spec();
    let mut described = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (key, _) in item.as_object().unwrap() {
            if METHODS.contains(&key.as_str()) {
                described.insert((key.clone(), path.clone()));
            }
        }
    }
    assert_eq!(served, described);
    assert_eq!(served.len(), 38);
}

#[test]
fn the_document_has_openapi_3_shape() {
    let spec = spec();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3."));
    assert!(spec["info"]["title"].is_string());
    assert!(spec["info"]["version"].is_string());
    let schemas = &spec["components"]["schemas"];
    let text = spec.to_string();
    // Every $ref resolves.
    for piece in text.split("\"$ref\":\"").skip(1) {
        let target = piece.split('"').next().unwrap();
        let mut node = &spec;
        for part in target.trim_start_matches("#/").split('/') {
            node = &node[part];
        }
        assert!(node.is_object(), "{target} resolves");
    }
    assert!(schemas.is_object());
    for (path, item) in spec["paths"].as_object().unwrap() {
        assert!(path.starts_with("/v1/"), "{path}");
        let shared: Vec<Value> = item["parameters"].as_array().cloned().unwrap_or_default();
        for (method, op) in item.as_object().unwrap() {
            if !METHODS.contains(&method.as_str()) {
                assert_eq!(method, "parameters");
                continue;
            }
            let responses = op["responses"].as_object().unwrap();
            assert!(!responses.is_empty());
            for (code, response) in responses {
                assert!(
                    code.len() == 3 && code.chars().all(|c| c.is_ascii_digit()),
                    "{path} {method} {code}"
                );
                assert!(
                    response["description"].is_string() || response["$ref"].is_string(),
                    "{path} {method} {code}"
                );
            }
            assert!(
                responses.contains_key("429"),
                "{path} {method}: rate limited"
            );
            // Each {param} in the template is declared as a required path parameter.
            let mut params = shared.clone();
            params.extend(op["parameters"].as_array().cloned().unwrap_or_default());
            for name in path
                .split('{')
                .skip(1)
                .map(|s| s.split('}').next().unwrap())
            {
                assert!(
                    params
                        .iter()
                        .any(|p| p["name"] == name && p["in"] == "path" && p["required"] == true),
                    "{path} {method}: {name}"
                );
            }
        }
    }
}

#[tokio::test]
async fn every_described_route_answers_and_the_relay_serves_the_document() {
    let db = TestDb::sqlite();
    let relay = relay(&db.config()).await;
    let (status, served) = relay.get_json("/v1/openapi.json", None).await;
    assert_eq!(status, 200);
    assert_eq!(served, spec());
    for route in waymark_server::routes() {
        let path = route
            .path
            .replace("{key_id}", &"00".repeat(8))
            .replace("{mailbox_id}", &"00".repeat(16))
            .replace("{backup_id}", &"00".repeat(16));
        let r = relay
            .http
            .request(route.method.clone(), relay.url(&path))
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        let body: Value = r.json().await.unwrap_or(Value::Null);
        assert_ne!(status, 405, "{} {}", route.method, route.path);
        assert_ne!(
            code(&body),
            "unknown_route",
            "{} {}",
            route.method,
            route.path
        );
    }
}

/// The bounds the document states are the ones the relay enforces.
#[test]
fn the_documented_bounds_are_the_relays_constants() {
    let spec = spec();
    let query = |path: &str, name: &str| -> Value {
        spec["paths"][path]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap()["schema"]
            .clone()
    };
    for path in [
        "/v1/hotlines/{key_id}/envelopes",
        "/v1/mailboxes/{mailbox_id}/envelopes",
    ] {
        let limit = query(path, "limit");
        assert_eq!(limit["minimum"], 1, "{path}");
        assert_eq!(limit["maximum"], waymark_server::MAX_PAGE, "{path}");
        let after = query(path, "after");
        assert_eq!(
            (&after["format"], &after["minimum"]),
            (&"int64".into(), &0.into())
        );
    }
    let have = query("/v1/packs/latest", "have");
    assert_eq!(
        (&have["format"], &have["minimum"]),
        (&"int64".into(), &0.into())
    );
    let schemas = &spec["components"]["schemas"];
    let batch = &schemas["EnvelopeBatch"]["properties"]["envelopes"];
    assert_eq!(batch["minItems"], 1);
    assert_eq!(batch["maxItems"], waymark_server::MAX_BATCH);
    assert_eq!(
        schemas["StatusRequest"]["properties"]["ids"]["maxItems"],
        waymark_protocol::api::MAX_STATUS_IDS
    );
    let backup = &spec["paths"]["/v1/backups/{backup_id}"]["put"]["requestBody"]["content"]["application/octet-stream"]
        ["schema"];
    assert_eq!(backup["minLength"], 1);
    assert_eq!(backup["maxLength"], waymark_protocol::backup::MAX_BLOB);
}
