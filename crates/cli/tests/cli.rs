//! The command-line contract: exit codes, `file:line:col` on stderr, dumps on stdout.

mod common;

use std::process::{Command, Output};

fn unawait(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_unawait"))
        .args(args)
        .current_dir(common::repo())
        .output()
        .expect("the unawait binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn check_clean_sample_exits_0_silently() {
    let o = unawait(&["check", "samples/hello.cs"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
}

#[test]
fn check_errors_exit_1_with_location() {
    let o = unawait(&[
        "check",
        "--color",
        "never",
        "tests/malformed/cs0103-undefined-name.cs",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("tests/malformed/cs0103-undefined-name.cs:"),
        "{err}"
    );
    assert!(err.contains("error CS0103"), "{err}");
    assert!(err.contains("Help:"), "every diagnostic has a hint: {err}");
}

#[test]
fn warnings_only_exit_0() {
    let o = unawait(&["check", "tests/malformed/cs1998-async-without-await.cs"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("warning CS1998"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(unawait(&[]).status.code(), Some(2));
    assert_eq!(unawait(&["check"]).status.code(), Some(2));
    assert_eq!(unawait(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        unawait(&["check", "no/such/file.cs"]).status.code(),
        Some(2)
    );
    assert_eq!(unawait(&["--help"]).status.code(), Some(0));
}

#[test]
fn dumps_print_trees() {
    for stage in ["ast", "hir"] {
        let o = unawait(&["dump", "--stage", stage, "samples/example-async.cs"]);
        assert_eq!(o.status.code(), Some(0), "{stage}: {}", stderr(&o));
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(out.contains("ExampleAsync"), "{stage}: {out}");
    }
}

#[test]
fn invalid_utf8_is_a_located_warning() {
    let dir = std::env::temp_dir().join(format!("unawait-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("latin1.cs");
    let mut bytes =
        b"using System;\nclass P { static void Main() { Console.WriteLine(\"caf".to_vec();
    bytes.extend_from_slice(&[0xE9]);
    bytes.extend_from_slice(b"\"); } }\n");
    std::fs::write(&file, bytes).expect("write temp file");
    let o = unawait(&[
        "check",
        "--color",
        "never",
        file.to_str().expect("UTF-8 path"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(":2:54: warning UA0003"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn clif_dump_shows_move_next_with_the_kickoff_at_each_call() {
    let o = unawait(&[
        "dump",
        "--stage",
        "clif",
        "--method",
        "FibAsync",
        "samples/async-fib.cs",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    // An async method is one function, MoveNext (the frame behind a pointer); each caller
    // runs the kickoff in place, so the recursive calls put a state machine on FibAsync's
    // own stack (an explicit slot) and call MoveNext directly.
    assert!(!out.contains("; Program.FibAsync\nfunction"), "{out}");
    assert!(
        out.contains("; Program.FibAsync.MoveNext\nfunction"),
        "{out}"
    );
    assert!(out.contains("explicit_slot"), "{out}");
    assert!(!out.contains("; Program.Main"), "{out}");
}

#[test]
fn asm_dump_shows_machine_code() {
    let o = unawait(&[
        "dump",
        "--stage",
        "asm",
        "--method",
        "FibAsync",
        "samples/async-fib.cs",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("; Program.FibAsync.MoveNext\n"), "{out}");
    assert!(out.contains("pushq %rbp"), "{out}");
    assert!(out.contains("retq"), "{out}");
}

#[test]
fn check_reports_the_checklist_lints() {
    let o = unawait(&[
        "check",
        "--color",
        "never",
        "tests/lints/ua0203-serial-loop.cs",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "lints are warnings: {}",
        stderr(&o)
    );
    let err = stderr(&o);
    assert!(
        err.contains("tests/lints/ua0203-serial-loop.cs:27:20: warning UA0203"),
        "{err}"
    );
    assert!(err.contains("tutorial: Pattern 3"), "{err}");
    let o = unawait(&["check", "tests/lints/ua0203-serial-loop-fixed.cs"]);
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
}

/// A learner who only runs a program sees the warnings `check` gives, before the deadlock
/// they warn about.
#[test]
fn run_shows_the_lints_check_shows() {
    let path = "tests/lints/ua0202-blocking.cs";
    let checked = stderr(&unawait(&["check", "--color", "never", path]));
    let ran = unawait(&["run", "--virtual-time", path]);
    let err = stderr(&ran);
    assert!(checked.contains("warning UA0202"), "{checked}");
    for line in checked.lines().filter(|l| l.contains("warning UA")) {
        assert!(err.contains(line), "`run` lacks {line}\n{err}");
    }
}

/// UA0202's notes on ConfigureAwait(false) below a blocking wait say what a single-threaded
/// context does: the wait said not to deadlock returns, the next deadlocks on the await the
/// note names.
#[test]
fn blocking_notes_hold_under_a_single_threaded_context() {
    let path = "tests/lints/ua0202-configure-await.cs";
    let checked = stderr(&unawait(&["check", "--color", "never", path]));
    assert!(checked.contains("this wait cannot deadlock"), "{checked}");
    let captures = "`Program.ReadAsync`'s await at line 11";
    assert!(checked.contains(captures), "{checked}");
    let o = unawait(&["run", "--virtual-time", "--sync-context", "single", path]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "4\n",
        "LoadAsync(1).Result returns"
    );
    let err = stderr(&o);
    assert!(err.contains("deadlock detected"), "{err}");
    assert!(
        err.contains("Program.ReadAsync's await at line 11 captures the context"),
        "{err}"
    );
}

#[test]
fn explain_reports_each_async_method() {
    let o = unawait(&["explain", "samples/example-async.cs"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("model: unawait's runtime"), "{out}");
    assert!(out.contains("\n\nProgram.ExampleAsync (line 7)"), "{out}");
    assert!(
        out.contains("x (local int, across state 0): read at line 11, after the await at line 10"),
        "{out}"
    );
    let o = unawait(&[
        "explain",
        "--format",
        "json",
        "--method",
        "ScaleAsync",
        "samples/example-async.cs",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("{\n  \"version\": 1,"), "{out}");
    assert!(out.contains("\"name\": \"Program.ScaleAsync\""), "{out}");
    assert!(!out.contains("Program.Main"), "{out}");
    assert!(out.contains("\"model\": \"unawait\""), "{out}");
    // .NET's model: the wrapper runs, so its pooling and elision lines go.
    let o = unawait(&[
        "explain",
        "--model",
        "dotnet",
        "tests/lints/ua0201-return-await.cs",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("model: .NET's default runtime"), "{out}");
    assert!(
        !out.contains("method's pool") && !out.contains("elided"),
        "{out}"
    );
    // Lints go to stderr as `check` prints them; errors stop the report.
    let o = unawait(&[
        "explain",
        "--color",
        "never",
        "tests/lints/ua0201-return-await.cs",
    ]);
    assert!(stderr(&o).contains("warning UA0201"), "{}", stderr(&o));
    let o = unawait(&["explain", "tests/malformed/cs0103-undefined-name.cs"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
}

#[test]
fn an_unknown_method_is_a_usage_error_that_lists_the_methods() {
    for args in [
        &[
            "dump",
            "--stage",
            "lowered",
            "--method",
            "Nope",
            "samples/async-fib.cs",
        ][..],
        &[
            "dump",
            "--stage",
            "clif",
            "--method",
            "Nope",
            "samples/async-fib.cs",
        ],
        &["explain", "--method", "Nope", "samples/async-fib.cs"],
    ] {
        let o = unawait(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(
            err.contains("`Nope`") && err.contains("Program.Main"),
            "{err}"
        );
        assert!(o.stdout.is_empty(), "{args:?} printed a dump");
    }
    // A method's own name selects it, as does `Class.Method`.
    let o = unawait(&[
        "explain",
        "--method",
        "Program.Main",
        "samples/async-fib.cs",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn a_diagnostic_says_its_message_once() {
    let o = unawait(&[
        "check",
        "--color",
        "never",
        "tests/malformed/cs0103-undefined-name.cs",
    ]);
    let err = stderr(&o);
    let message = "The name 'total' does not exist in the current context";
    assert_eq!(err.matches(message).count(), 1, "{err}");
}

#[test]
fn the_jit_dumps_name_the_runtime_calls() {
    let clif = unawait(&["dump", "--stage", "clif", "samples/hello.cs"]);
    let text = String::from_utf8_lossy(&clif.stdout);
    assert!(text.contains("; Console.WriteLine(string)"), "{text}");
    assert!(text.contains("; the pending exception"), "{text}");
    let asm = unawait(&["dump", "--stage", "asm", "samples/hello.cs"]);
    let text = String::from_utf8_lossy(&asm.stdout);
    assert!(text.contains("; code of Program.Main.MoveNext"), "{text}");
}

#[test]
fn async_stacks_at_exit_show_who_awaits_whom() {
    let o = unawait(&[
        "run",
        "--virtual-time",
        "--async-stacks",
        "samples/async-stacks-at-exit.cs",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    for line in [
        "async stacks: 3 suspended async method call(s), 2 chain(s)",
        "  the task of Program.OuterAsync, awaited by nothing",
        "    Program.OuterAsync is suspended at the await at line 18, waiting for the task of Program.InnerAsync",
        "    Program.InnerAsync is suspended at the await at line 13, waiting for the task of a TaskCompletionSource",
        "    the task of a TaskCompletionSource, not completed when the run ended",
        "  the task of Program.PollAsync, awaited by nothing",
    ] {
        assert!(err.lines().any(|l| l == line), "no line `{line}` in\n{err}");
    }
    let o = unawait(&["run", "--async-stacks", "samples/example-async.cs"]);
    assert!(stderr(&o).contains("async stacks: no async method is suspended, no thread is blocked"));
}
