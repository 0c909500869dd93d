//! `waymark-server`: run the relay, make a hotline key pair, read a
//! hotline's inbox (decrypting with its private key on the operator's
//! machine).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use base64::Engine;
use clap::{Parser, Subcommand};
use serde_json::json;
use waymark_protocol::{envelope, hpke};
use waymark_server::{AppState, Store, router};

#[derive(Debug, Parser)]
#[command(
    name = "waymark-server",
    version,
    about = "Waymark relay for sealed messages to hotlines"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the relay API.
    Serve {
        /// Database: sqlite:PATH (PostgreSQL is not supported yet).
        #[arg(long, default_value = "sqlite:waymark-relay.db")]
        db: String,
        #[arg(long, default_value = "127.0.0.1:8787")]
        listen: SocketAddr,
        /// Bearer token for the operator inbox (or WAYMARK_OPERATOR_TOKEN);
        /// without one the inbox endpoint is disabled.
        #[arg(long, env = "WAYMARK_OPERATOR_TOKEN", hide_env_values = true)]
        operator_token: Option<String>,
    },
    /// Make a hotline key pair: NAME.key.hex (private) and NAME.pub.hex.
    Keygen {
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "hotline")]
        name: String,
    },
    /// Decrypt the envelopes stored for a hotline key (run where the database is).
    Inbox {
        #[arg(long, default_value = "sqlite:waymark-relay.db")]
        db: String,
        /// The hotline's private key file (NAME.key.hex).
        #[arg(long)]
        key: PathBuf,
    },
}

fn sqlite_path(db: &str) -> Result<&Path, String> {
    db.strip_prefix("sqlite:")
        .map(Path::new)
        .ok_or_else(|| "only sqlite:PATH is supported".to_string())
}

fn read_key(path: &Path) -> Result<[u8; 32], String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let t = text.trim();
    let bytes: Option<Vec<u8>> = (0..t.len())
        .step_by(2)
        .map(|i| t.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect();
    bytes
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| "not a hex X25519 key".to_string())
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[allow(clippy::print_stderr)]
fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve {
            db,
            listen,
            operator_token,
        } => serve(&db, listen, operator_token),
        Command::Keygen { out, name } => keygen(&out, &name),
        Command::Inbox { db, key } => inbox(&db, &key),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", json!({ "error": { "message": e } }));
            ExitCode::FAILURE
        }
    }
}

fn serve(db: &str, listen: SocketAddr, token: Option<String>) -> Result<(), String> {
    let store = Store::open(sqlite_path(db)?).map_err(|e| e.to_string())?;
    let state = AppState {
        store,
        operator_token: token.filter(|t| !t.is_empty()).map(Arc::new),
    };
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|e| e.to_string())?;
        println!(
            "{}",
            json!({ "listening": listener.local_addr().map_err(|e| e.to_string())? })
        );
        axum::serve(listener, router(state))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| e.to_string())
    })
}

fn keygen(out: &Path, name: &str) -> Result<(), String> {
    let (private, public) = hpke::generate_keypair().map_err(|e| format!("{e:?}"))?;
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    let private_path = out.join(format!("{name}.key.hex"));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    options
        .open(&private_path)
        .and_then(|mut f| f.write_all(hex(private.as_ref()).as_bytes()))
        .map_err(|e| e.to_string())?;
    let public_path = out.join(format!("{name}.pub.hex"));
    std::fs::write(&public_path, hex(&public)).map_err(|e| e.to_string())?;
    println!(
        "{}",
        json!({ "private_key": private_path, "public_key": public_path, "key_id": hex(&envelope::key_id(&public)) })
    );
    Ok(())
}

fn inbox(db: &str, key: &Path) -> Result<(), String> {
    let store = Store::open(sqlite_path(db)?).map_err(|e| e.to_string())?;
    let private = zeroize::Zeroizing::new(read_key(key)?);
    let key_id = envelope::key_id(&hpke::public_key(&private));
    let mut after = 0;
    let mut messages = Vec::new();
    loop {
        let rows = store.page(&key_id, after, 500).map_err(|e| e.to_string())?;
        let Some(last) = rows.last() else { break };
        after = last.0;
        for (seq, id, body) in rows {
            let opened = envelope::open(&private, &body);
            messages.push(match opened {
                Ok((_, text)) => json!({ "seq": seq, "id": hex(&id), "text": String::from_utf8_lossy(&text) }),
                Err(e) => json!({ "seq": seq, "id": hex(&id), "error": e.to_string(),
                                  "envelope": base64::engine::general_purpose::STANDARD.encode(&body) }),
            });
        }
    }
    println!("{}", json!({ "messages": messages }));
    Ok(())
}
