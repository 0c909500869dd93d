//! The core's own HTTP transport (reqwest on rustls with the `ring`
//! provider and bundled web roots). Plain `http://` is accepted only for
//! this machine (127.0.0.1, ::1, localhost), for tests and the terminal
//! app's in-process relay; anything else must be `https://`, because the
//! network (adversary 2) must not see which relay a phone talks to in the
//! clear.
//!
//! Every answer is read chunk by chunk up to the limit its endpoint allows
//! (the task's `max_response_bytes`): a longer `Content-Length` is refused
//! before anything is read, and a body that grows past the limit is dropped
//! at once, so a hostile relay cannot exhaust the phone's memory.

use std::time::Duration;

use super::{HttpResponse, SyncTask, TaskOutcome, Transport};
use crate::error::{Error, Result};

/// Talks to one relay.
#[derive(Debug, Clone)]
pub struct HttpTransport {
    base: String,
    client: reqwest::Client,
}

/// Checks a relay address: `https://host[:port][/prefix]`, or `http://`
/// to this machine only. Returns it without a trailing slash.
pub fn validated_base(url: &str) -> Result<String> {
    let url = url.trim().trim_end_matches('/');
    let parsed = reqwest::Url::parse(url).map_err(|_| Error::RelayUrl)?;
    let local = matches!(
        parsed.host(),
        Some(url::Host::Domain("localhost"))
            | Some(url::Host::Ipv4(std::net::Ipv4Addr::LOCALHOST))
            | Some(url::Host::Ipv6(std::net::Ipv6Addr::LOCALHOST))
    );
    let ok = match parsed.scheme() {
        "https" => parsed.host().is_some(),
        "http" => local,
        _ => false,
    };
    if !ok || parsed.query().is_some() || !parsed.username().is_empty() {
        return Err(Error::RelayUrl);
    }
    Ok(url.to_string())
}

impl HttpTransport {
    /// Default timeouts: 10 s to connect, 30 s for a whole request.
    pub fn new(base_url: &str) -> Result<Self> {
        Self::with_timeout(base_url, Duration::from_secs(30))
    }

    /// With a whole-request timeout (connecting gets at most a third).
    pub fn with_timeout(base_url: &str, timeout: Duration) -> Result<Self> {
        let base = validated_base(base_url)?;
        let client = reqwest::Client::builder()
            .connect_timeout(timeout / 3)
            .timeout(timeout)
            .user_agent("waymark")
            // A relay never redirects; following one could carry a mailbox
            // capability or backup token to another host.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|_| Error::Internal("http client"))?;
        Ok(HttpTransport { base, client })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// One request whose answer may be at most `max_response_bytes` long
    /// (else [`TaskOutcome::TooLarge`]).
    pub async fn request(
        &self,
        method: &str,
        path: &str,
        bearer: Option<&str>,
        content_type: Option<&str>,
        body: Vec<u8>,
        max_response_bytes: u64,
    ) -> TaskOutcome {
        let method = match reqwest::Method::from_bytes(method.as_bytes()) {
            Ok(m) => m,
            Err(_) => return TaskOutcome::NetworkError,
        };
        let mut req = self
            .client
            .request(method, format!("{}{}", self.base, path));
        if let Some(token) = bearer {
            req = req.bearer_auth(token);
        }
        if let Some(ct) = content_type {
            req = req.header(reqwest::header::CONTENT_TYPE, ct);
        }
        if !body.is_empty() {
            req = req.body(body);
        }
        let mut response = match req.send().await {
            Ok(r) => r,
            Err(_) => return TaskOutcome::NetworkError,
        };
        if response
            .content_length()
            .is_some_and(|n| n > max_response_bytes)
        {
            return TaskOutcome::TooLarge;
        }
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        // Passed on as it came: the engine reads seconds or an HTTP date.
        let retry_after = header("retry-after");
        let pack_version = header(waymark_protocol::api::PACK_VERSION_HEADER)
            .and_then(|v| v.trim().parse::<u64>().ok());
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if (body.len() + chunk.len()) as u64 > max_response_bytes {
                        return TaskOutcome::TooLarge;
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                // The connection broke mid-answer: we do not know the outcome.
                Err(_) => return TaskOutcome::NetworkError,
            }
        }
        TaskOutcome::Response(HttpResponse {
            status,
            retry_after,
            body,
            pack_version,
        })
    }
}

impl Transport for HttpTransport {
    async fn execute(&self, task: &SyncTask) -> TaskOutcome {
        self.request(
            &task.method,
            &task.path,
            task.bearer.as_deref(),
            task.content_type.as_deref(),
            task.body.clone(),
            task.max_response_bytes,
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_this_machine() {
        assert_eq!(
            validated_base("http://127.0.0.1:8787/").unwrap(),
            "http://127.0.0.1:8787"
        );
        assert!(validated_base("http://localhost:1").is_ok());
        assert!(validated_base("https://relay.example.org").is_ok());
        for bad in [
            "http://relay.example.org",
            "ftp://127.0.0.1",
            "not a url",
            "",
            "https://user@relay.example.org",
            "https://relay.example.org/?x=1",
        ] {
            assert!(matches!(validated_base(bad), Err(Error::RelayUrl)), "{bad}");
        }
    }
}
