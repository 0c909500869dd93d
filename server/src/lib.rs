//! The Waymark relay: it stores sealed envelopes addressed to hotline keys
//! and hands them to the hotline's operator, carries the hotline's sealed
//! replies to reply mailboxes, keeps encrypted backups and serves signed
//! content packs. It never sees message text (envelopes are HPKE-sealed,
//! `docs/protocol.md`), never stores IP addresses, and logs no content. It
//! depends on the wire formats in `waymark-protocol` only, never on the app
//! engine.
//!
//! This module owns the HTTP surface: the route table ([`routes`]) with its
//! per-route body limits, the middleware (request log, rate limit, size
//! limit), and the entry points for running a relay in-process
//! ([`RelayConfig`], [`AppState::open`], [`serve`], [`spawn_local`]).
//! Handlers live in [`handlers`], storage in [`store`], rate limiting in
//! [`ratelimit`], the hotline console (its API, sessions, retention and
//! static page) in [`console`]. The API is listed in `docs/protocol.md` ("Relay API") and
//! served as OpenAPI at `GET /v1/openapi.json`.

pub mod console;
pub mod handlers;
pub mod ratelimit;
pub mod store;

use std::future::Future;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{ConnectInfo, DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter, on};
use axum::{Json, Router};
use waymark_protocol::api::{ErrorBody, ErrorCode};
use zeroize::Zeroizing;

pub use ratelimit::RateLimiter;
pub use store::{Store, StoreError};

/// Largest JSON request body (`POST /v1/envelopes`, mailbox batches).
pub const MAX_BODY: usize = waymark_protocol::api::MAX_BODY;
/// Largest `POST /v1/envelopes/status` body: 500 ids with room to spare.
pub const MAX_STATUS_BODY: usize = 64 * 1024;
/// Largest `PUT /v1/packs` body: a full frame.
pub const MAX_PACK: usize = waymark_protocol::pack::HEADER_LEN_V2
    + waymark_protocol::pack::MAX_PAYLOAD
    + waymark_protocol::pack::SIGNATURE_LEN;
/// Envelopes per batch.
pub const MAX_BATCH: usize = waymark_protocol::api::MAX_BATCH;
/// Envelopes per inbox or mailbox page.
pub const MAX_PAGE: u32 = 500;
/// Largest body of the console's small requests (sign-in, invitations,
/// keys, states, the retention policy).
pub const SMALL: usize = 4 * 1024;
/// Largest body carrying one sealed record (a note, a canned reply, tags):
/// 32 KiB in base64 with room for the JSON around it.
pub const RECORD_BODY: usize = 48 * 1024;
/// Largest console reply: a reply envelope and its sealed copy, in base64.
pub const REPLY_BODY: usize = 128 * 1024;
/// Largest sorting request: 500 links.
pub const SORT_BODY: usize = 128 * 1024;
/// Default rate limit, requests per minute per client.
pub const DEFAULT_RATE_LIMIT: u32 = 1200;

/// How to run a relay.
#[derive(Clone)]
pub struct RelayConfig {
    /// `sqlite:PATH` or `postgres://user@host:port/db`.
    pub db: String,
    /// Operator bearer token; `None` disables the inbox and pack upload.
    pub operator_token: Option<String>,
    /// Requests per minute per client address; 0 turns limiting off.
    pub rate_limit_per_minute: u32,
    /// One JSON line per request on stderr.
    pub log_requests: bool,
    /// The address browsers use (`serve --public-url`); `https://…` makes
    /// the console's cookie `Secure`.
    pub public_url: Option<String>,
    /// Serve the console's page from this directory instead of the copy
    /// built in (`index.html`, `console.js`, `console.css`,
    /// `locales/<tag>.ftl`): for development and tests.
    pub console_dir: Option<PathBuf>,
}

impl RelayConfig {
    /// Defaults: no operator token, [`DEFAULT_RATE_LIMIT`], request log on.
    pub fn new(db: impl Into<String>) -> RelayConfig {
        RelayConfig {
            db: db.into(),
            operator_token: None,
            rate_limit_per_minute: DEFAULT_RATE_LIMIT,
            log_requests: true,
            public_url: None,
            console_dir: None,
        }
    }
}

impl std::fmt::Debug for RelayConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RelayConfig")
            .field("db", &self.db)
            .field("operator_token", &self.operator_token.as_ref().map(|_| "…"))
            .field("rate_limit_per_minute", &self.rate_limit_per_minute)
            .field("log_requests", &self.log_requests)
            .field("public_url", &self.public_url)
            .field("console_dir", &self.console_dir)
            .finish()
    }
}

/// Why a relay could not start.
#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("network: {0}")]
    Io(#[from] std::io::Error),
}

/// Everything a request handler needs; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    operator_token: Option<Arc<Zeroizing<String>>>,
    limiter: Option<Arc<RateLimiter>>,
    log_requests: bool,
    pub(crate) console: Arc<console::Console>,
}

impl AppState {
    /// Opens the database named in `config` and builds the state.
    pub async fn open(config: &RelayConfig) -> Result<AppState, RelayError> {
        let store = Store::open(&config.db).await?;
        Ok(AppState::new(store, config))
    }

    /// State over an already open store (`config.db` is not used).
    pub fn new(store: Store, config: &RelayConfig) -> AppState {
        AppState {
            store,
            operator_token: config
                .operator_token
                .as_ref()
                .filter(|t| !t.is_empty())
                .map(|t| Arc::new(Zeroizing::new(t.clone()))),
            limiter: RateLimiter::new(config.rate_limit_per_minute).map(Arc::new),
            log_requests: config.log_requests,
            console: Arc::new(console::Console {
                secure_cookie: config
                    .public_url
                    .as_deref()
                    .is_some_and(|u| u.starts_with("https://")),
                sign_in_failures: console::auth::FailureLimit::default(),
                hashing: tokio::sync::Semaphore::new(console::auth::PARALLEL_HASHES),
                page: Arc::new(match &config.console_dir {
                    Some(dir) => console::page::Page::from_dir(dir),
                    None => console::page::Page::embedded(),
                }),
            }),
        }
    }

    pub(crate) fn operator_token(&self) -> Option<&str> {
        self.operator_token.as_ref().map(|t| t.as_str())
    }
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("store", &self.store)
            .field("operator_enabled", &self.operator_token.is_some())
            .field("rate_limited", &self.limiter.is_some())
            .finish_non_exhaustive()
    }
}

/// One route the relay serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteInfo {
    pub method: Method,
    /// The route template, e.g. `/v1/mailboxes/{mailbox_id}/envelopes`.
    pub path: &'static str,
    /// Largest request body accepted (413 `too_large` above).
    pub body_limit: usize,
}

struct Route {
    info: RouteInfo,
    handler: MethodRouter<AppState>,
}

macro_rules! route {
    ($method:ident, $path:literal, $limit:expr, $handler:path) => {
        Route {
            info: RouteInfo {
                method: Method::$method,
                path: $path,
                body_limit: $limit,
            },
            handler: on(MethodFilter::$method, $handler),
        }
    };
}

/// The route table: the API is built from it and nothing else, so it is
/// exactly what the relay serves under `/v1/` (the console's static page,
/// [`console::page`], is added beside it).
fn table() -> Vec<Route> {
    use console::api as c;
    use handlers as h;
    vec![
        route!(GET, "/v1/health", 0, h::health),
        route!(GET, "/v1/openapi.json", 0, h::openapi),
        route!(POST, "/v1/envelopes", MAX_BODY, h::post_envelopes),
        route!(
            POST,
            "/v1/envelopes/status",
            MAX_STATUS_BODY,
            h::envelope_status
        ),
        route!(GET, "/v1/hotlines/{key_id}/envelopes", 0, h::inbox),
        route!(
            POST,
            "/v1/mailboxes/{mailbox_id}/envelopes",
            MAX_BODY,
            h::post_mailbox
        ),
        route!(GET, "/v1/mailboxes/{mailbox_id}/envelopes", 0, h::mailbox),
        route!(
            PUT,
            "/v1/backups/{backup_id}",
            waymark_protocol::backup::MAX_BLOB,
            h::put_backup
        ),
        route!(GET, "/v1/backups/{backup_id}", 0, h::get_backup),
        route!(PUT, "/v1/packs", MAX_PACK, h::put_pack),
        route!(GET, "/v1/packs/latest", 0, h::latest_pack),
        route!(GET, "/v1/console/invites/{token}", 0, c::get_invite),
        route!(POST, "/v1/console/invites/{token}", SMALL, c::accept_invite),
        route!(POST, "/v1/console/invites", SMALL, c::create_invite),
        route!(POST, "/v1/console/session", SMALL, c::sign_in),
        route!(GET, "/v1/console/session", 0, c::get_session),
        route!(DELETE, "/v1/console/session", 0, c::sign_out),
        route!(GET, "/v1/console/envelopes", 0, c::envelopes),
        route!(POST, "/v1/console/sort", SORT_BODY, c::sort),
        route!(GET, "/v1/console/conversations", 0, c::conversations),
        route!(
            GET,
            "/v1/console/conversations/{handle}",
            0,
            c::conversation
        ),
        route!(
            PATCH,
            "/v1/console/conversations/{handle}",
            RECORD_BODY,
            c::change_conversation
        ),
        route!(
            POST,
            "/v1/console/conversations/{handle}/notes",
            RECORD_BODY,
            c::add_note
        ),
        route!(
            POST,
            "/v1/console/conversations/{handle}/replies",
            REPLY_BODY,
            c::reply
        ),
        route!(
            POST,
            "/v1/console/conversations/{handle}/export",
            0,
            c::export
        ),
        route!(GET, "/v1/console/canned", 0, c::canned),
        route!(PUT, "/v1/console/canned/{id}", RECORD_BODY, c::put_canned),
        route!(DELETE, "/v1/console/canned/{id}", 0, c::delete_canned),
        route!(GET, "/v1/console/operators", 0, c::operators),
        route!(GET, "/v1/console/team", 0, c::team),
        route!(
            PUT,
            "/v1/console/operators/{id}/keys/{key_id}",
            SMALL,
            c::grant
        ),
        route!(
            PATCH,
            "/v1/console/operators/{id}",
            SMALL,
            c::change_operator
        ),
        route!(DELETE, "/v1/console/operators/{id}", 0, c::remove_operator),
        route!(POST, "/v1/console/hotline-keys", SMALL, c::add_hotline_key),
        route!(GET, "/v1/console/audit", 0, c::audit),
        route!(GET, "/v1/console/retention", 0, c::retention),
        route!(PUT, "/v1/console/retention", SMALL, c::set_retention),
        route!(POST, "/v1/console/retention/run", 0, c::run_retention),
    ]
}

/// Every route the relay serves.
pub fn routes() -> Vec<RouteInfo> {
    table().into_iter().map(|r| r.info).collect()
}

/// `{"error": {"code": …}}` with `status`.
pub fn error(status: StatusCode, code: &str) -> Response {
    (
        status,
        Json(ErrorBody {
            error: ErrorCode {
                code: code.to_string(),
            },
        }),
    )
        .into_response()
}

/// The relay's router. Rate limiting needs the client address: serve it
/// with `into_make_service_with_connect_info::<SocketAddr>()` (as [`serve`]
/// does); without connect info requests are not rate-limited.
pub fn router(state: AppState) -> Router {
    let mut router = Router::new();
    for Route { info, handler } in table() {
        let limit = info.body_limit;
        let handler = handler
            .layer(DefaultBodyLimit::max(limit))
            .layer(middleware::from_fn(move |req: Request, next: Next| {
                size_limit(limit, req, next)
            }));
        router = router.route(info.path, handler);
    }
    router
        .merge(console::page::router())
        .fallback(|| async { error(StatusCode::NOT_FOUND, "unknown_route") })
        .method_not_allowed_fallback(|| async {
            error(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed")
        })
        .layer(middleware::from_fn_with_state(state.clone(), rate_limit))
        .layer(middleware::from_fn_with_state(state.clone(), log_request))
        .with_state(state)
}

/// Refuses a declared body over the route's limit before reading it;
/// bodies without a length are cut off by `DefaultBodyLimit` while read.
async fn size_limit(limit: usize, req: Request, next: Next) -> Response {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return error(StatusCode::PAYLOAD_TOO_LARGE, "too_large");
    }
    next.run(req).await
}

async fn rate_limit(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if let (Some(limiter), Some(ConnectInfo(addr))) = (
        &state.limiter,
        req.extensions().get::<ConnectInfo<SocketAddr>>(),
    ) {
        if let ratelimit::Decision::Deny { retry_after_secs } = limiter.check(addr.ip()) {
            let mut response = error(StatusCode::TOO_MANY_REQUESTS, "rate_limited");
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
            return response;
        }
    }
    next.run(req).await
}

/// One JSON line per request: method, route template, status, duration.
/// Never the address, a path's ids, a query, a header or a body.
async fn log_request(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !state.log_requests {
        return next.run(req).await;
    }
    let method = match *req.method() {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        _ => "OTHER",
    };
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |m| m.as_str().to_string());
    let start = Instant::now();
    let response = next.run(req).await;
    let line = serde_json::json!({
        "method": method,
        "route": route,
        "status": response.status().as_u16(),
        "ms": (start.elapsed().as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0,
    });
    let _ = writeln!(std::io::stderr().lock(), "{line}");
    response
}

/// Serves `state` on `listener` until the task is dropped or fails.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    serve_until(listener, state, std::future::pending()).await
}

/// Serves until `shutdown` completes, then finishes in-flight requests.
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// Opens the database and serves on 127.0.0.1 at a free port: for the
/// terminal app and tests. Returns the address and the server task.
pub async fn spawn_local(
    config: &RelayConfig,
) -> Result<(SocketAddr, tokio::task::JoinHandle<std::io::Result<()>>), RelayError> {
    let state = AppState::open(config).await?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let addr = listener.local_addr()?;
    Ok((addr, tokio::spawn(serve(listener, state))))
}
