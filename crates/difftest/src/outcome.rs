//! What a run of a program amounts to, read from unawait's or Mono's raw output, normalised so
//! that the two can be compared: stdout, and how the program ended.
//!
//! unawait ends an unhandled exception with 134 and `Unhandled exception. System.X: message`
//! (.NET on Linux); Mono with 1 and `Unhandled Exception:` then `System.X: message`. Both become
//! `Ending::Unhandled { ty, message }`; the traces are not compared (Mono prints IL offsets).

use crate::exec::RunResult;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ending {
    Exit(i32),
    Unhandled {
        ty: String,
        message: String,
    },
    /// unawait's exit code 3 with its deadlock report.
    Deadlock,
    Timeout,
    Signal(i32),
    /// The compiler rejected the program (unawait: its diagnostics' codes; mcs: its first error
    /// line, or its crash).
    CompileError(String),
}

impl Ending {
    pub fn describe(&self) -> String {
        match self {
            Ending::Exit(c) => format!("exit {c}"),
            Ending::Unhandled { ty, message } => format!("unhandled {ty}: {message}"),
            Ending::Deadlock => "deadlock".into(),
            Ending::Timeout => "timeout".into(),
            Ending::Signal(s) => format!("signal {s}"),
            Ending::CompileError(m) => format!("compile error: {m}"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub ending: Ending,
    /// Raw stderr, for reports only (never compared).
    pub stderr: String,
}

impl Outcome {
    /// Same stdout and same ending: what "agree" means.
    pub fn agrees(&self, other: &Outcome) -> bool {
        self.stdout == other.stdout && self.ending == other.ending
    }

    pub fn compile_error(message: String, stderr: String) -> Outcome {
        Outcome {
            stdout: String::new(),
            ending: Ending::CompileError(message),
            stderr,
        }
    }
}

/// The codes of unawait's error diagnostics (`file:1:2: error CS0103: ...`), sorted, deduplicated.
pub fn diagnostic_codes(stderr: &str) -> Vec<String> {
    let mut codes: Vec<String> = stderr
        .lines()
        .filter_map(|l| {
            let i = l.find(": error ")?;
            let code: String = l[i + 8..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            (!code.is_empty()).then_some(code)
        })
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// `System.X: message` (up to an inner exception's ` ---> `) split into type and message.
fn exception_line(line: &str) -> (String, String) {
    let line = line.split(" ---> ").next().unwrap_or(line).trim_end();
    match line.split_once(": ") {
        Some((ty, msg)) => (ty.trim().to_string(), msg.to_string()),
        None => (line.trim().trim_end_matches(':').to_string(), String::new()),
    }
}

pub fn from_unawait(r: &RunResult) -> Outcome {
    let ending = if r.timed_out {
        Ending::Timeout
    } else if let Some(s) = r.signal {
        Ending::Signal(s)
    } else {
        let code = r.code.unwrap_or(-1);
        let codes = diagnostic_codes(&r.stderr);
        match code {
            1 if !codes.is_empty() => Ending::CompileError(codes.join(",")),
            134 => match r
                .stderr
                .lines()
                .find_map(|l| l.strip_prefix("Unhandled exception. "))
            {
                Some(rest) => {
                    let (ty, message) = exception_line(rest);
                    Ending::Unhandled { ty, message }
                }
                None => Ending::Exit(134),
            },
            3 if r.stderr.contains("deadlock detected") => Ending::Deadlock,
            c => Ending::Exit(c),
        }
    };
    Outcome {
        stdout: r.stdout.clone(),
        ending,
        stderr: r.stderr.clone(),
    }
}

pub fn from_mono(r: &RunResult) -> Outcome {
    let ending = if r.timed_out {
        Ending::Timeout
    } else if let Some(s) = r.signal {
        Ending::Signal(s)
    } else {
        let code = r.code.unwrap_or(-1);
        let fatal = r
            .stderr
            .lines()
            .find_map(|l| l.strip_prefix("[ERROR] FATAL UNHANDLED EXCEPTION: "));
        let after_header = {
            let mut lines = r
                .stderr
                .lines()
                .skip_while(|l| !l.starts_with("Unhandled Exception:"));
            lines.next();
            lines.find(|l| !l.trim().is_empty())
        };
        match (code, fatal.or(after_header)) {
            (1, Some(line)) => {
                let (ty, message) = exception_line(line);
                Ending::Unhandled { ty, message }
            }
            (c, _) => Ending::Exit(c),
        }
    };
    Outcome {
        stdout: r.stdout.clone(),
        ending,
        stderr: r.stderr.clone(),
    }
}

/// unawait's own rules about how a run may end (whatever Mono does), or what broke them.
/// `main_codes`: the exit codes Main itself may return (None: unknown, any).
pub fn invariant_violation(o: &Outcome, main_codes: Option<&[i32]>) -> Option<String> {
    match &o.ending {
        Ending::Timeout => Some("timeout".into()),
        Ending::Signal(s) => Some(format!("killed by signal {s}")),
        Ending::CompileError(codes) if codes.split(',').any(|c| c == "UA0000") => {
            Some("internal compiler error (UA0000)".into())
        }
        Ending::Unhandled { .. } if !o.stderr.lines().any(|l| l.starts_with("   at ")) => {
            Some("exit code 134 without the async trace".into())
        }
        Ending::Exit(134) => Some("exit code 134 without `Unhandled exception.`".into()),
        Ending::Exit(3) if main_codes.is_some_and(|c| !c.contains(&3)) => {
            Some("exit code 3 without a deadlock report".into())
        }
        Ending::Exit(c) if main_codes.is_some_and(|m| !m.contains(c)) => {
            Some(format!("exit code {c}, which Main cannot return"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(code: i32, stdout: &str, stderr: &str) -> RunResult {
        RunResult {
            code: Some(code),
            stdout: stdout.into(),
            stderr: stderr.into(),
            ..RunResult::default()
        }
    }

    #[test]
    fn unhandled_exceptions_normalise_to_the_same_ending() {
        let ua = from_unawait(&run(
            134,
            "first: 6\n",
            "Unhandled exception. System.InvalidOperationException: empty input\n   at Program.ParseAsync()\n",
        ));
        let mono = from_mono(&run(
            1,
            "first: 6\n",
            "\nUnhandled Exception:\nSystem.InvalidOperationException: empty input\n  at Program+<ParseAsync>d__0.MoveNext () [0x0004e] in <abc>:0 \n[ERROR] FATAL UNHANDLED EXCEPTION: System.InvalidOperationException: empty input\n  at x\n",
        ));
        assert!(ua.agrees(&mono), "{ua:?} vs {mono:?}");
        assert_eq!(invariant_violation(&ua, Some(&[0])), None);
        let other = from_mono(&run(
            1,
            "first: 6\n",
            "Unhandled Exception:\nSystem.TimeoutException: empty input\n",
        ));
        assert!(!ua.agrees(&other));
    }

    #[test]
    fn inner_exceptions_are_cut_off() {
        let mono = from_mono(&run(
            1,
            "",
            "Unhandled Exception:\nSystem.AggregateException: One or more errors occurred. (x) ---> System.TimeoutException: x\n",
        ));
        assert_eq!(
            mono.ending,
            Ending::Unhandled {
                ty: "System.AggregateException".into(),
                message: "One or more errors occurred. (x)".into()
            }
        );
    }

    #[test]
    fn compile_errors_deadlocks_and_invariants() {
        let rejected = from_unawait(&run(1, "", "p.cs:3:5: error CS0103: The name 'x' does not exist\nmore\np.cs:4:1: error UA0100: no\n"));
        assert_eq!(
            rejected.ending,
            Ending::CompileError("CS0103,UA0100".into())
        );
        let dead = from_unawait(&run(3, "", "deadlock detected: no thread can run\n"));
        assert_eq!(dead.ending, Ending::Deadlock);
        let bare3 = from_unawait(&run(3, "", ""));
        assert!(invariant_violation(&bare3, Some(&[0, 10])).is_some());
        let no_trace = from_unawait(&run(134, "", "Unhandled exception. System.Exception: m\n"));
        assert!(invariant_violation(&no_trace, None).is_some());
        let ice = from_unawait(&run(
            1,
            "",
            "p.cs:1:1: error UA0000: internal compiler error\n",
        ));
        assert!(invariant_violation(&ice, None).is_some());
        let main_code = from_unawait(&run(17, "", ""));
        assert_eq!(invariant_violation(&main_code, Some(&[17])), None);
        assert!(invariant_violation(&main_code, Some(&[0])).is_some());
    }
}
