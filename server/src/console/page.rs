//! The console's static page: `index.html`, `console.js`, `console.css`
//! and the Fluent files, embedded at build time by `server/build.rs` (or
//! read once from a directory given in [`crate::RelayConfig`], for
//! development and tests), served under `/console/` with the strict
//! headers of docs/console.md ("The page"). Without a built console every
//! page answers 404 `console_not_built`.

use std::path::Path;

use axum::Router;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use crate::AppState;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/console_page.rs"));
}

/// Content-Security-Policy of every console response.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
    connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The page's files; `None` for one not built.
#[derive(Debug, Default, Clone)]
pub struct Page {
    pub index: Option<Vec<u8>>,
    pub script: Option<Vec<u8>>,
    pub style: Option<Vec<u8>>,
    /// `(tag, console.ftl)` per locale.
    pub locales: Vec<(String, Vec<u8>)>,
}

impl Page {
    /// The copy built into the binary.
    pub fn embedded() -> Page {
        Page {
            index: embedded::INDEX.map(<[u8]>::to_vec),
            script: embedded::SCRIPT.map(<[u8]>::to_vec),
            style: embedded::STYLE.map(<[u8]>::to_vec),
            locales: embedded::LOCALES
                .iter()
                .filter_map(|(tag, ftl)| Some((tag.to_string(), (*ftl)?.to_vec())))
                .collect(),
        }
    }

    /// Files laid out as `DIR/index.html`, `DIR/console.js`,
    /// `DIR/console.css`, `DIR/locales/<tag>.ftl`; missing ones are `None`.
    pub fn from_dir(dir: &Path) -> Page {
        let read = |name: &str| std::fs::read(dir.join(name)).ok();
        let mut locales: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir.join("locales"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                let tag = name.strip_suffix(".ftl")?.to_string();
                Some((tag, std::fs::read(entry.path()).ok()?))
            })
            .collect();
        locales.sort();
        Page {
            index: read("index.html"),
            script: read("console.js"),
            style: read("console.css"),
            locales,
        }
    }
}

/// The page's routes (not part of the API, so not in the route table or
/// the OpenAPI document), with the console headers on every answer.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/console",
            get(|| async { Redirect::permanent("/console/") }),
        )
        .route("/console/", get(index))
        .route("/console/console.js", get(script))
        .route("/console/console.css", get(style))
        .route("/console/locales/{file}", get(locale))
        .layer(axum::middleware::map_response(headers))
}

async fn headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (HeaderName::from_static("referrer-policy"), "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        h.insert(name, HeaderValue::from_static(value));
    }
    response
}

fn file(bytes: Option<&Vec<u8>>, content_type: &'static str) -> Response {
    match bytes {
        Some(b) => ([(header::CONTENT_TYPE, content_type)], b.clone()).into_response(),
        None => crate::error(StatusCode::NOT_FOUND, "console_not_built"),
    }
}

async fn index(State(state): State<AppState>) -> Response {
    file(
        state.console.page.index.as_ref(),
        "text/html; charset=utf-8",
    )
}

async fn script(State(state): State<AppState>) -> Response {
    file(
        state.console.page.script.as_ref(),
        "text/javascript; charset=utf-8",
    )
}

async fn style(State(state): State<AppState>) -> Response {
    file(state.console.page.style.as_ref(), "text/css; charset=utf-8")
}

async fn locale(State(state): State<AppState>, UrlPath(file_name): UrlPath<String>) -> Response {
    let page = &state.console.page;
    if page.index.is_none() {
        return crate::error(StatusCode::NOT_FOUND, "console_not_built");
    }
    let found = file_name
        .strip_suffix(".ftl")
        .and_then(|tag| page.locales.iter().find(|(t, _)| t == tag));
    match found {
        Some((_, ftl)) => file(Some(ftl), "text/plain; charset=utf-8"),
        None => crate::error(StatusCode::NOT_FOUND, "not_found"),
    }
}
