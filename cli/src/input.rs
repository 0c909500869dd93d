//! Reading secrets: from the environment (`WAYMARK_PIN`, `WAYMARK_NEW_PIN`)
//! or standard input, never from argv. On a terminal the input is hidden;
//! piped input is read line by line. Secrets are zeroized after use.
//!
//! Input that is not UTF-8 text, or that goes past the 64 KiB read limit,
//! is reported as such ([`InputProblem`]) instead of being taken as "no
//! input" or cut short silently.

use std::io::{IsTerminal, Read};

use zeroize::Zeroizing;

/// At most this much of standard input is read (docs/cli.md).
pub const STDIN_LIMIT: usize = 64 * 1024;

/// Why a line of input could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputProblem {
    /// Not UTF-8 (an environment variable or a line of standard input).
    NotText,
    /// Standard input went on past [`STDIN_LIMIT`]; this line was cut.
    TooLong,
}

type Line = Result<Zeroizing<String>, InputProblem>;

/// Where secrets come from for this run.
pub struct SecretSource {
    stdin_lines: Option<Vec<Line>>,
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
    /// `Ok(None)` when there is nothing to read.
    pub fn read(
        &mut self,
        var: &str,
        prompt: &str,
    ) -> Result<Option<Zeroizing<String>>, InputProblem> {
        match std::env::var(var) {
            Ok(value) => return Ok(Some(Zeroizing::new(value))),
            Err(std::env::VarError::NotUnicode(_)) => return Err(InputProblem::NotText),
            Err(std::env::VarError::NotPresent) => {}
        }
        if std::io::stdin().is_terminal() {
            return Ok(rpassword::prompt_password(format!("{prompt}: "))
                .ok()
                .map(Zeroizing::new));
        }
        let lines = self.stdin_lines.get_or_insert_with(read_all_lines);
        let line = lines.get(self.next_line).cloned();
        self.next_line += 1;
        line.transpose()
    }

    /// Everything left on standard input after the secrets, as one text
    /// (a message body: never taken from the command line, where shell
    /// history and process lists would keep it).
    pub fn rest(&mut self) -> Result<Option<Zeroizing<String>>, InputProblem> {
        let lines = self.stdin_lines.get_or_insert_with(read_all_lines);
        let mut rest: Vec<&str> = Vec::new();
        for line in lines.iter().skip(self.next_line) {
            rest.push(line.as_ref().map_err(|p| *p)?.as_str());
        }
        self.next_line = lines.len();
        Ok((!rest.is_empty()).then(|| Zeroizing::new(rest.join("\n"))))
    }
}

fn read_all_lines() -> Vec<Line> {
    // One byte past the limit tells "exactly 64 KiB" from "more".
    let mut bytes = Zeroizing::new(Vec::new());
    let read = std::io::stdin()
        .lock()
        .take(STDIN_LIMIT as u64 + 1)
        .read_to_end(&mut bytes);
    if read.is_err() {
        return vec![Err(InputProblem::NotText)];
    }
    let overflow = bytes.len() > STDIN_LIMIT;
    bytes.truncate(STDIN_LIMIT);
    split_lines(&bytes, overflow)
}

/// Splits standard input into lines (`\n`, with a trailing `\r` dropped);
/// with `overflow`, the last line is marked as cut.
fn split_lines(bytes: &[u8], overflow: bool) -> Vec<Line> {
    let body = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    if body.is_empty() && !overflow {
        return Vec::new();
    }
    let mut lines: Vec<Line> = body
        .split(|b| *b == b'\n')
        .map(|raw| {
            let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            std::str::from_utf8(raw)
                .map(|s| Zeroizing::new(s.to_string()))
                .map_err(|_| InputProblem::NotText)
        })
        .collect();
    if overflow && let Some(last) = lines.last_mut() {
        *last = Err(InputProblem::TooLong);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<Result<&str, InputProblem>> {
        lines
            .iter()
            .map(|l| l.as_ref().map(|s| s.as_str()).map_err(|p| *p))
            .collect()
    }

    #[test]
    fn lines_are_split_and_bad_bytes_named() {
        assert!(split_lines(b"", false).is_empty());
        assert_eq!(
            texts(&split_lines(b"2468\r\nhi\n", false)),
            [Ok("2468"), Ok("hi")]
        );
        assert_eq!(
            texts(&split_lines(b"2468\n\xff\xfe", false)),
            [Ok("2468"), Err(InputProblem::NotText)]
        );
        assert_eq!(
            texts(&split_lines(b"2468\nlong", true)),
            [Ok("2468"), Err(InputProblem::TooLong)]
        );
    }
}
