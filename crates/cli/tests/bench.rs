//! `unawait bench`: Main runs warm-up + iterations times in one process, printing what it prints
//! each time (so a later run sees the runtime as the earlier left it, and must still be right),
//! and the statistics go to stderr.

mod common;

use std::process::Command;

#[test]
fn bench_repeats_main_and_prints_the_statistics() {
    let o = Command::new(env!("CARGO_BIN_EXE_unawait"))
        .args([
            "bench",
            "--iterations",
            "3",
            "--warmup",
            "1",
            "samples/async-fib.cs",
        ])
        .current_dir(common::repo())
        .output()
        .expect("the unawait binary runs");
    let stdout = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    let once = std::fs::read_to_string(common::repo().join("samples/async-fib.out"))
        .expect("samples/async-fib.out");
    assert_eq!(
        stdout,
        once.repeat(4),
        "one warm-up and three iterations, each printing"
    );
    assert!(stderr.contains("3 iterations after 1 warm-up"), "{stderr}");
    for line in [
        "compile:", "mean:", "median:", "p95:", "p99:", "allocs:", "bytes:",
    ] {
        assert!(
            stderr.lines().any(|l| l.trim_start().starts_with(line)),
            "no `{line}` line in:\n{stderr}"
        );
    }
    // Every iteration of this program allocates (its awaits suspend).
    let allocs = stderr
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("allocs:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse::<f64>().ok())
        .expect("a number of allocations");
    assert!(allocs > 0.0, "{stderr}");
}

#[test]
fn bench_of_a_program_with_errors_exits_1() {
    let o = Command::new(env!("CARGO_BIN_EXE_unawait"))
        .args(["bench", "tests/malformed/cs0103-undefined-name.cs"])
        .current_dir(common::repo())
        .output()
        .expect("the unawait binary runs");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("error CS0103"));
}

#[test]
fn bench_compares_programs_per_operation_in_one_table() {
    let json = std::env::temp_dir().join(format!("unawait-bench-{}.json", std::process::id()));
    let o = Command::new(env!("CARGO_BIN_EXE_unawait"))
        .args([
            "bench",
            "--iterations",
            "3",
            "--ops",
            "100",
            "--model",
            "dotnet",
            "--json",
        ])
        .arg(&json)
        .args([
            "samples/experiment-wrapper-before.cs",
            "samples/experiment-wrapper-after.cs",
        ])
        .current_dir(common::repo())
        .output()
        .expect("the unawait binary runs");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("| Program | Mean | Error | StdDev | Median | P95 | P99 | Ratio | Gen0 | Allocated | Alloc Ratio |"),
        "{stderr}"
    );
    let text = std::fs::read_to_string(&json).expect("the JSON report");
    let _ = std::fs::remove_file(&json);
    let doc = common::json::parse(&text).expect("JSON");
    assert_eq!(doc.str("model"), Some("dotnet"));
    let Some(common::json::Value::Arr(programs)) = doc.get("programs") else {
        panic!("{text}");
    };
    let names: Vec<_> = programs.iter().filter_map(|p| p.str("program")).collect();
    assert_eq!(
        names,
        ["experiment-wrapper-before", "experiment-wrapper-after"]
    );
    // Under .NET's model the wrapper allocates two boxes per call, the fix one: half the bytes.
    let ratio = programs[1].num("alloc_ratio").expect("alloc_ratio");
    assert!((0.45..0.55).contains(&ratio), "{text}");
    assert_eq!(programs[0].num("ratio"), Some(1.0));
}
