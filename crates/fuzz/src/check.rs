//! What every input must survive: the front end in each of its modes (check with the lints,
//! the syntax tree, the typed tree, the lowered dumps, explain) in process, within a time
//! limit; and, for an input that checks clean, `unawait run` in a process of its own, which
//! may end only with Main's exit code or one of the documented ones, never by a signal.

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};
use unawait::{front_end, front_end_linted, Dump, LoweredFormat};

/// How a mutant fared; `Failure`s are what the fuzzer reports.
#[derive(Debug)]
pub enum Outcome {
    /// Rejected with diagnostics, as most mutants are.
    Rejected,
    /// Checked clean (and, when it was run, ended properly).
    Clean,
    /// Checked clean, and its run outlived the time limit while compiling it alone did not: the
    /// program itself loops (mutations easily make `while` loops endless).
    RunsLong,
    Failure(String),
}

/// Every front-end mode, one after the other, each within `limit`.
pub fn front_end_modes(source: &str, limit: Duration) -> Result<bool, String> {
    let source: Arc<str> = source.into();
    let text = source.clone();
    let checked = within(limit, "check", move || {
        front_end_linted(&text, Dump::None, 100, true)
    })?;
    let internal = |c: &unawait::Compiled| c.diagnostics.iter().any(|d| d.code == "UA0000");
    if internal(&checked) {
        return Err("check: internal compiler error (UA0000)".into());
    }
    let clean = !checked.has_errors();
    let mut modes: Vec<(&str, Dump)> = vec![("dump ast", Dump::Ast), ("dump hir", Dump::Hir)];
    if clean {
        for (name, format) in [
            ("dump lowered", LoweredFormat::Text),
            ("dump lowered json", LoweredFormat::Json),
            ("dump lowered csharp", LoweredFormat::CSharp),
        ] {
            modes.push((
                name,
                Dump::Lowered {
                    format,
                    method: None,
                    model: unawait::Model::Unawait,
                },
            ));
        }
        for (name, format) in [
            ("explain", unawait_explain::Format::Text),
            ("explain json", unawait_explain::Format::Json),
        ] {
            modes.push((
                name,
                Dump::Explain {
                    format,
                    method: None,
                    model: unawait::Model::Unawait,
                },
            ));
        }
    }
    for (name, dump) in modes {
        let text = source.clone();
        let c = within(limit, name, move || {
            let c = front_end(&text, dump, 100);
            // Rendering is part of not crashing.
            let _ = unawait_syntax::diagnostic::render(&c.diagnostics, "fuzz.cs", &text, false);
            c
        })?;
        if internal(&c) {
            return Err(format!("{name}: internal compiler error (UA0000)"));
        }
    }
    Ok(clean)
}

/// `f` on a thread of its own, or an error when it takes longer than `limit`. A thread that
/// hangs is left behind (detached): the caller reports the input and stops.
fn within<T: Send + 'static>(
    limit: Duration,
    what: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(unawait_syntax::THREAD_STACK)
        .spawn(move || {
            let _ = tx.send(f());
        })
        .map_err(|e| format!("{what}: no thread: {e}"))?;
    rx.recv_timeout(limit).map_err(|e| match e {
        mpsc::RecvTimeoutError::Timeout => format!("{what}: hangs (no answer after {limit:?})"),
        mpsc::RecvTimeoutError::Disconnected => format!("{what}: panicked"),
    })
}

/// Runs a clean program with `unawait run` (virtual time, so timers cost nothing).
pub fn run(unawait: &Path, file: &Path, limit: Duration) -> Outcome {
    let started = Instant::now();
    let result = run_process(unawait, &["run", "--virtual-time"], file, limit);
    match result {
        Ok((Some(code), stderr)) => {
            let exception = stderr.contains("Unhandled exception.")
                || stderr.lines().any(|l| l == "Stack overflow.");
            let deadlock = stderr.contains("deadlock detected");
            // A report comes with its exit code; without an `int` Main, the exit code comes
            // with its report too (an `int` Main may return 3 or 134 itself).
            let int_main = source_has_int_main(file);
            if exception && code != 134 {
                return Outcome::Failure(format!(
                    "an unhandled exception, but exit {code}: {stderr}"
                ));
            }
            if deadlock && code != 3 {
                return Outcome::Failure(format!("a deadlock report, but exit {code}: {stderr}"));
            }
            if !int_main && code == 134 && !exception {
                return Outcome::Failure(format!("exit 134 without an exception: {stderr}"));
            }
            if !int_main && code == 3 && !deadlock {
                return Outcome::Failure(format!("exit 3 without a deadlock report: {stderr}"));
            }
            if stderr.contains("UA0000") || stderr.contains("panicked") {
                return Outcome::Failure(format!("exit {code} after a panic: {stderr}"));
            }
            Outcome::Clean
        }
        Ok((None, stderr)) => Outcome::Failure(format!("killed by a signal: {stderr}")),
        Err(()) => {
            // Did it hang compiling, or is the program's own loop endless?
            let left = limit.saturating_sub(started.elapsed()).max(limit);
            match run_process(unawait, &["dump", "--stage", "asm"], file, left) {
                Ok((Some(0), _)) => Outcome::RunsLong,
                Ok((code, stderr)) => Outcome::Failure(format!(
                    "run timed out and compiling alone ended with {code:?}: {stderr}"
                )),
                Err(()) => Outcome::Failure("compiling hangs (dump --stage asm timed out)".into()),
            }
        }
    }
}

fn source_has_int_main(file: &Path) -> bool {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    text.contains("int Main") || text.contains("Task<int> Main")
}

/// The exit code (None for a signal) and stderr, or Err on timeout (the process is killed).
fn run_process(
    unawait: &Path,
    args: &[&str],
    file: &Path,
    limit: Duration,
) -> Result<(Option<i32>, String), ()> {
    let mut child = Command::new(unawait)
        .args(args)
        .arg(file)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|_| ())?;
    let stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(mut e) = stderr {
            use std::io::Read;
            let _ = e.read_to_string(&mut s);
        }
        s
    });
    let deadline = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let err = reader.join().unwrap_or_default();
                return Ok((status.code(), err));
            }
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(());
            }
        }
    }
}
