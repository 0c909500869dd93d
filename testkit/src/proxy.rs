//! What the network does wrong, for tests: a proxy in front of a relay that
//! injects faults (500, timeout, reset after the relay stored the batch),
//! and a relay that answers every request with a body without end. Both
//! listen on 127.0.0.1 when their constructor returns; neither reads or
//! keeps what passes through beyond one request.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the proxy does with request `n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Pass,
    ServerError,
    /// Forward, then never answer (the client times out).
    Timeout,
    /// Forward, then close without an answer (the client sees a reset).
    Reset,
}

#[derive(Debug, Default)]
pub struct ProxyStats {
    pub requests: AtomicU32,
    pub faults: AtomicU32,
}

/// A proxy on 127.0.0.1 in front of `upstream` that fails every third
/// request, cycling through 500, timeout and reset, and optionally delays
/// every answer by `delay` (to widen the window for killing a client).
pub async fn fault_proxy(
    upstream: SocketAddr,
    delay: Duration,
    faulty: bool,
) -> (SocketAddr, Arc<ProxyStats>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let stats = Arc::new(ProxyStats::default());
    let s = stats.clone();
    tokio::spawn(async move {
        loop {
            let Ok((client, _)) = listener.accept().await else {
                return;
            };
            let stats = s.clone();
            tokio::spawn(async move {
                let _ = serve_one(client, upstream, delay, faulty, &stats).await;
            });
        }
    });
    (addr, stats)
}

async fn serve_one(
    mut client: TcpStream,
    upstream: SocketAddr,
    delay: Duration,
    faulty: bool,
    stats: &ProxyStats,
) -> std::io::Result<()> {
    // Read one request: headers, then Content-Length bytes of body.
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        let n = client.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = client.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let n = stats.requests.fetch_add(1, Ordering::SeqCst);
    let fault = if faulty && n % 3 == 0 {
        [Fault::ServerError, Fault::Timeout, Fault::Reset][(n / 3 % 3) as usize]
    } else {
        Fault::Pass
    };
    if fault != Fault::Pass {
        stats.faults.fetch_add(1, Ordering::SeqCst);
    }
    if fault == Fault::ServerError {
        client
            .write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}")
            .await?;
        return Ok(());
    }
    // Forward with `connection: close` so the relay ends its answer.
    let line_end = buf.windows(2).position(|w| w == b"\r\n").unwrap_or(0) + 2;
    let mut request = buf[..line_end].to_vec();
    request.extend_from_slice(b"connection: close\r\n");
    request.extend_from_slice(&buf[line_end..]);
    let mut up = TcpStream::connect(upstream).await?;
    up.write_all(&request).await?;
    let mut response = Vec::new();
    up.read_to_end(&mut response).await?;
    tokio::time::sleep(delay).await;
    match fault {
        // The relay has stored it; the answer is lost.
        Fault::Reset => Ok(()),
        Fault::Timeout => {
            tokio::time::sleep(Duration::from_secs(5)).await;
            Ok(())
        }
        _ => client.write_all(&response).await,
    }
}

/// A relay on this machine that answers every request with an endless body:
/// announcing `content_length` (or chunked, when `None`) and streaming
/// until the phone hangs up. Returns its address and the bytes it managed
/// to send on each connection.
pub fn endless_relay(content_length: Option<u64>) -> (String, Arc<Mutex<Vec<u64>>>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = format!("http://{}", listener.local_addr().unwrap());
    let sent = Arc::new(Mutex::new(Vec::new()));
    let log = sent.clone();
    std::thread::spawn(move || {
        // A few connections at most; each stops when the phone hangs up or
        // after 4 GiB, whichever comes first.
        for stream in listener.incoming().take(8) {
            let Ok(mut stream) = stream else { return };
            let log = log.clone();
            std::thread::spawn(move || {
                let mut request = Vec::new();
                let mut buf = [0u8; 4096];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let head = match content_length {
                    Some(n) => format!("HTTP/1.1 200 OK\r\nContent-Length: {n}\r\n\r\n"),
                    None => "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_string(),
                };
                let mut total = 0u64;
                if stream.write_all(head.as_bytes()).is_ok() {
                    let chunk = vec![b'x'; 64 * 1024];
                    let framed = [
                        format!("{:x}\r\n", chunk.len()).into_bytes(),
                        chunk.clone(),
                        b"\r\n".to_vec(),
                    ]
                    .concat();
                    let piece = if content_length.is_some() {
                        &chunk
                    } else {
                        &framed
                    };
                    while total < 4 << 30 && stream.write_all(piece).is_ok() {
                        total += piece.len() as u64;
                    }
                }
                log.lock().unwrap().push(total);
            });
        }
    });
    (addr, sent)
}
