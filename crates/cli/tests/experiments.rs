//! The tutorial's measurements reproduce: each `samples/experiment-*.cs` says, in `// counts
//! MODEL: ...` lines, what `run --stats` counts under each runtime model (`--model dotnet`,
//! .NET's default runtime, and `--model unawait`), and this test runs it both ways and compares.
//! A count is `KIND=N` (the row of the allocation table: `state machine boxes`, `tasks`, ...),
//! `KIND=N/BYTES`, `total=N` or `suspensions=N`; a kind the run did not allocate counts 0.
//! The pairs (`-before`/`-after`, ...) show the tutorial's direction under .NET's model
//! (docs/runtime.md, "Models", has the table). Under unawait's model the `.NET` columns of
//! `--stats` must equal what `--model dotnet` counts.

mod common;

use std::collections::HashMap;
use std::process::Command;

/// What `--stats` printed: each allocation row's count and bytes, and the suspensions; under
/// unawait's model also the `.NET` columns, as `.NET KIND`.
fn counted(stderr: &str) -> HashMap<String, (u64, u64)> {
    let mut out = HashMap::new();
    for line in stderr.lines() {
        if let Some(rest) = line.strip_prefix("suspensions: ") {
            let n = rest.split(';').next().and_then(|n| n.parse().ok());
            out.insert("suspensions".into(), (n.unwrap_or(u64::MAX), 0));
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (kind, figures) = match cells[..] {
            [_, kind, count, bytes, _] => (kind, vec![count, bytes]),
            [_, kind, count, bytes, dn_count, dn_bytes, _] => {
                (kind, vec![count, bytes, dn_count, dn_bytes])
            }
            _ => continue,
        };
        let n: Vec<u64> = figures.iter().filter_map(|f| f.parse().ok()).collect();
        if n.len() != figures.len() {
            continue;
        }
        let kind = if kind == "**total**" { "total" } else { kind };
        out.entry(kind.to_string()).or_insert((n[0], n[1]));
        if n.len() == 4 {
            out.entry(format!(".NET {kind}")).or_insert((n[2], n[3]));
        }
    }
    out
}

#[test]
fn tutorial_experiments_count_as_stated_under_each_model() {
    let experiments: Vec<_> = common::programs("samples")
        .into_iter()
        .filter(|p| common::stem(p).starts_with("experiment-"))
        .collect();
    assert!(
        experiments.len() >= 12,
        "the six experiments, before and after"
    );
    let mut failures = Vec::new();
    for path in &experiments {
        let name = common::stem(path);
        let source = std::fs::read_to_string(path).expect("UTF-8");
        let mut models = 0;
        let mut runs: HashMap<String, HashMap<String, (u64, u64)>> = HashMap::new();
        for line in source.lines() {
            let Some((model, expected)) = line
                .strip_prefix("// counts ")
                .and_then(|l| l.split_once(": "))
            else {
                continue;
            };
            models += 1;
            let out = Command::new(env!("CARGO_BIN_EXE_unawait"))
                .args(["run", "--stats", "--virtual-time", "--model", model])
                .arg(path)
                .output()
                .expect("runs");
            let got = counted(&String::from_utf8_lossy(&out.stderr));
            runs.insert(model.to_string(), got.clone());
            for item in expected.split(';').map(str::trim) {
                let (kind, want) = item.split_once('=').expect("KIND=N");
                let (n, bytes) = got.get(kind).copied().unwrap_or((0, 0));
                let shown = match want.contains('/') {
                    true => format!("{n}/{bytes}"),
                    false => n.to_string(),
                };
                if shown != want {
                    failures.push(format!(
                        "{name} --model {model}: {kind} = {shown}, expected {want}"
                    ));
                }
            }
        }
        assert_eq!(
            models, 2,
            "{name}: a `// counts` line for dotnet and for unawait"
        );
        // Under unawait's model the `.NET` columns are what `--model dotnet` counts.
        {
            let (ours, theirs) = (&runs["unawait"], &runs["dotnet"]);
            for kind in ["state machine boxes", "tasks", "total"] {
                let beside = ours.get(&format!(".NET {kind}")).copied().unwrap_or((0, 0));
                let dotnet = theirs.get(kind).copied().unwrap_or((0, 0));
                if beside != dotnet {
                    failures.push(format!(
                        "{name}: .NET's {kind} beside unawait's {beside:?}, under --model dotnet {dotnet:?}"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
