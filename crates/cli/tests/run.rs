//! Every sample runs and prints what C# prints: stdout equals `NAME.out` (the oracle's output),
//! the exit code equals `NAME.code` (0 when absent), and stderr contains `NAME.err` when present
//! (the runtime's first lines of an unhandled exception). Under the virtual clock and the real one.
//! `tests/runtime/` holds the same kind of data for the rules C# leaves open (its README).

mod common;

use std::path::Path;
use std::process::Command;

fn check_program(folder: &str, path: &Path, flags: &[&str]) -> Result<(), String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_unawait"));
    cmd.arg("run").current_dir(common::repo()).args(flags);
    // `NAME.flags`: more `run` flags the program needs (`--max-heap 16M`).
    if let Ok(more) = std::fs::read_to_string(path.with_extension("flags")) {
        cmd.args(more.split_whitespace());
    }
    // The relative path, as a user would type it: traces name the file that way.
    let relative = format!("{folder}/{}.cs", common::stem(path));
    let out = cmd.arg(relative).output().map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let read = |ext: &str| std::fs::read_to_string(path.with_extension(ext)).ok();
    let name = common::stem(path);
    let clock = flags.join(" ");
    let expected = read("out").ok_or(format!("{name}: no .out"))?;
    if stdout != expected {
        return Err(format!(
            "{name} [{clock}]: stdout differs\n--- expected\n{expected}--- got\n{stdout}--- stderr\n{stderr}"
        ));
    }
    let code: i32 = read("code").map_or(0, |c| c.trim().parse().unwrap_or(-1));
    if out.status.code() != Some(code) {
        return Err(format!(
            "{name} [{clock}]: exit code {:?}, expected {code}\n{stderr}",
            out.status.code()
        ));
    }
    match read("err") {
        Some(err) if !stderr.contains(err.trim_end()) => Err(format!(
            "{name} [{clock}]: stderr lacks\n{err}--- got\n{stderr}"
        )),
        None if stderr.contains("Unhandled exception") => {
            Err(format!("{name} [{clock}]: unexpected\n{stderr}"))
        }
        _ => Ok(()),
    }
}

fn check_all(folder: &'static str, flags: &'static [&'static str]) {
    // A few programs at a time: under the real clock most of their time is spent in
    // `Task.Delay`, but a program starved of the CPU by dozens of others could see its timers
    // fire late enough to reorder events 100 ms apart.
    let queue = std::sync::Mutex::new(common::programs(folder));
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| loop {
                let Some(p) = queue.lock().expect("queue").pop() else {
                    break;
                };
                if let Err(e) = check_program(folder, &p, flags) {
                    failures.lock().expect("failures").push(e);
                }
            });
        }
    });
    let failures = failures.into_inner().expect("failures");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_sample_prints_what_csharp_prints_under_the_virtual_clock() {
    check_all("samples", &["--virtual-time"]);
}

#[test]
fn the_runtime_rules_csharp_leaves_open_hold() {
    check_all("tests/runtime", &["--virtual-time"]);
}

#[test]
fn every_sample_prints_what_csharp_prints_under_the_real_clock() {
    check_all("samples", &[]);
}

#[test]
fn every_sample_runs_when_the_collector_runs_at_every_allocation() {
    check_all("samples", &["--virtual-time", "--gc-stress"]);
}

#[test]
fn programs_that_allocate_far_more_than_the_heap_limit_run() {
    check_all("tests/memory", &["--virtual-time"]);
}

/// Both tiers of code behave the same: every sample and runtime rule with all of its functions
/// quick (the awaiters through the runtime) and with all of them optimized (inline fast paths).
#[test]
fn every_program_prints_the_same_in_each_tier_of_code() {
    let tiers: [&'static [&'static str]; 2] = [
        &["--virtual-time", "--jit", "quick"],
        &["--virtual-time", "--jit", "optimized"],
    ];
    for flags in tiers {
        check_all("samples", flags);
        check_all("tests/runtime", flags);
    }
}
