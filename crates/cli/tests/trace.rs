//! `run --trace FILE` writes valid Trace Event JSON for every sample: each track's slices nest
//! (a `B` ends with the `E` of the same name; a run that ends normally leaves none open), the
//! timestamps of a track never go back, and every flow arrow connects slices that exist: its
//! start inside an open slice of its track, its end inside the `MoveNext` slice it resumed,
//! after its start.

mod common;

use common::json::{self, Value};
use std::collections::{HashMap, HashSet};
use std::process::Command;

/// What one trace holds, for the totals the test asserts on.
#[derive(Default)]
struct Seen {
    slices: usize,
    flows: usize,
}

fn check_trace(text: &str, ended_normally: bool) -> Result<Seen, String> {
    let doc = json::parse(text)?;
    let Some(Value::Arr(events)) = doc.get("traceEvents") else {
        return Err("no traceEvents array".into());
    };
    let mut open: HashMap<i64, Vec<String>> = HashMap::new();
    let mut last_ts: HashMap<i64, f64> = HashMap::new();
    let mut started: HashSet<i64> = HashSet::new();
    let mut seen = Seen::default();
    for (k, e) in events.iter().enumerate() {
        let ph = e.str("ph").ok_or(format!("event {k}: no ph"))?;
        let tid = e.num("tid").ok_or(format!("event {k}: no tid"))? as i64;
        if ph == "M" {
            continue;
        }
        let ts = e.num("ts").ok_or(format!("event {k}: no ts"))?;
        let name = e.str("name").unwrap_or_default().to_string();
        if last_ts.get(&tid).is_some_and(|&t| ts < t) {
            return Err(format!("event {k} ({name}): time goes back on track {tid}"));
        }
        last_ts.insert(tid, ts);
        let stack = open.entry(tid).or_default();
        match ph {
            "B" => {
                stack.push(name);
                seen.slices += 1;
            }
            "E" => match stack.pop() {
                Some(top) if top == name => {}
                other => return Err(format!("event {k}: `E` of {name} closes {other:?}")),
            },
            "i" => {}
            "s" | "f" => {
                let id = e.num("id").ok_or(format!("event {k}: a flow without id"))? as i64;
                if stack.is_empty() {
                    return Err(format!(
                        "event {k}: flow {id} outside any slice of track {tid}"
                    ));
                }
                if ph == "s" {
                    started.insert(id);
                } else if !started.contains(&id) {
                    return Err(format!("event {k}: flow {id} ends before it starts"));
                } else {
                    seen.flows += 1;
                }
            }
            other => return Err(format!("event {k}: phase {other}")),
        }
    }
    if ended_normally {
        if let Some((tid, stack)) = open.iter().find(|(_, s)| !s.is_empty()) {
            return Err(format!("track {tid} ends inside {stack:?}"));
        }
    }
    Ok(seen)
}

#[test]
fn every_sample_traces_to_valid_trace_events() {
    let samples = common::programs("samples");
    let queue = std::sync::Mutex::new(samples);
    let failures = std::sync::Mutex::new(Vec::new());
    let totals = std::sync::Mutex::new(Seen::default());
    let dir = std::env::temp_dir().join(format!("unawait-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| loop {
                let Some(path) = queue.lock().expect("queue").pop() else {
                    break;
                };
                let name = common::stem(&path);
                let file = dir.join(format!("{name}.json"));
                let mut cmd = Command::new(env!("CARGO_BIN_EXE_unawait"));
                cmd.args(["run", "--virtual-time", "--trace"]).arg(&file);
                if let Ok(more) = std::fs::read_to_string(path.with_extension("flags")) {
                    cmd.args(more.split_whitespace());
                }
                let out = cmd.arg(&path).output().expect("runs");
                let text = std::fs::read_to_string(&file).unwrap_or_default();
                match check_trace(&text, out.status.code() == Some(0)) {
                    Ok(seen) => {
                        let mut t = totals.lock().expect("totals");
                        t.slices += seen.slices;
                        t.flows += seen.flows;
                    }
                    Err(e) => failures
                        .lock()
                        .expect("failures")
                        .push(format!("{name}: {e}")),
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&dir);
    let failures = failures.into_inner().expect("failures");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let totals = totals.into_inner().expect("totals");
    assert!(
        totals.slices > 1000 && totals.flows > 300,
        "{} slices, {} flows",
        totals.slices,
        totals.flows
    );
}

#[test]
fn a_trace_shows_where_each_continuation_ran() {
    let file =
        std::env::temp_dir().join(format!("unawait-trace-example-{}.json", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_unawait"))
        .current_dir(common::repo())
        .args(["run", "--virtual-time", "--trace"])
        .arg(&file)
        .arg("samples/example-async.cs")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(&file).expect("the trace is written");
    let _ = std::fs::remove_file(&file);
    let doc = json::parse(&text).expect("JSON");
    let Some(Value::Arr(events)) = doc.get("traceEvents") else {
        panic!("no events");
    };
    let tracks: Vec<&str> = events
        .iter()
        .filter(|e| e.str("ph") == Some("M"))
        .filter_map(|e| e.get("args").and_then(|a| a.str("name")))
        .collect();
    assert_eq!(tracks, ["main thread (1)", "pool thread (4)", "timers"]);
    // ExampleAsync starts on the main thread, suspends at its Task.Delay, and the timer's
    // completion resumes it on the pool thread: an arrow from there to the resumed slice.
    let slice = |name: &str, arg: &str, tid: f64| {
        events.iter().any(|e| {
            e.str("name") == Some(name)
                && e.num("tid") == Some(tid)
                && e.get("args")
                    .is_some_and(|a| a.str("entered") == Some(arg) || a.str("left") == Some(arg))
        })
    };
    assert!(slice("Program.ExampleAsync", "start", 0.0), "{text}");
    assert!(
        slice("Program.ExampleAsync", "suspended at line 10", 0.0),
        "{text}"
    );
    assert!(
        slice("Program.ExampleAsync", "resume at line 10", 1.0),
        "{text}"
    );
    assert!(slice("Program.ExampleAsync", "completed", 1.0), "{text}");
    let flows = events.iter().filter(|e| e.str("ph") == Some("f")).count();
    assert_eq!(flows, 4, "{text}");
}
