//! Reading secrets: from the environment (`WAYMARK_PIN`, `WAYMARK_NEW_PIN`)
//! or standard input, never from argv. On a terminal the input is hidden;
//! piped input is read line by line. Secrets are zeroized after use.

use std::io::{BufRead, IsTerminal, Read};

use zeroize::Zeroizing;

/// Where secrets come from for this run.
pub struct SecretSource {
    stdin_lines: Option<Vec<Zeroizing<String>>>,
    next_line: usize,
}

impl SecretSource {
    pub fn new() -> Self {
        SecretSource {
            stdin_lines: None,
            next_line: 0,
        }
    }

    /// Reads a secret: the environment variable `var` if set, otherwise the
    /// next line of standard input (prompting with `prompt` on a terminal).
    /// `None` when there is nothing to read.
    pub fn read(&mut self, var: &str, prompt: &str) -> Option<Zeroizing<String>> {
        if let Ok(value) = std::env::var(var) {
            return Some(Zeroizing::new(value));
        }
        if std::io::stdin().is_terminal() {
            return rpassword::prompt_password(format!("{prompt}: "))
                .ok()
                .map(Zeroizing::new);
        }
        let lines = self.stdin_lines.get_or_insert_with(read_all_lines);
        let line = lines.get(self.next_line).cloned();
        self.next_line += 1;
        line
    }
}

impl SecretSource {
    /// Everything left on standard input after the secrets, as one text
    /// (a message body: never taken from the command line, where shell
    /// history and process lists would keep it).
    pub fn rest(&mut self) -> Option<Zeroizing<String>> {
        let lines = self.stdin_lines.get_or_insert_with(read_all_lines);
        let rest: Vec<&str> = lines
            .iter()
            .skip(self.next_line)
            .map(|l| l.as_str())
            .collect();
        self.next_line = lines.len();
        (!rest.is_empty()).then(|| Zeroizing::new(rest.join("\n")))
    }
}

fn read_all_lines() -> Vec<Zeroizing<String>> {
    let stdin = std::io::stdin();
    let mut lines = Vec::new();
    // A secret is one short line: never buffer more than this of stdin.
    let mut handle = stdin.lock().take(64 * 1024);
    loop {
        let mut line = Zeroizing::new(String::new());
        match handle.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {
                let trimmed = line.trim_end_matches(['\n', '\r']).to_string();
                lines.push(Zeroizing::new(trimmed));
            }
        }
        if lines.len() >= 4096 {
            break;
        }
    }
    lines
}
