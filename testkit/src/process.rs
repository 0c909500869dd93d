//! Running a command-line program to the end, for tests of the `waymark`
//! and `waymark-server` binaries: each test file builds its own `Command`
//! (binary, environment, arguments); this writes its standard input and
//! collects what it printed. Never interprets the output.

use std::process::{Command, Stdio};

/// What a finished process left.
#[derive(Debug)]
pub struct Finished {
    /// The exit status; `None` when a signal ended it.
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Runs `cmd` with `stdin` on its standard input and waits for it. A
/// writer thread feeds stdin, so a command that does not read it cannot
/// block a write larger than the pipe (nor does it fail the test).
pub fn run(cmd: &mut Command, stdin: &[u8]) -> Finished {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    Finished {
        code: out.status.code(),
        stdout: out.stdout,
        stderr: out.stderr,
    }
}
