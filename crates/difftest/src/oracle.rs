//! The C# oracle: Mono's compiler (mcs) and runtime, as `../shared/tools/mono-run` runs them.
//!
//! mcs start-up dominates (0.3 to 0.5 s a call), so programs are compiled in batches: each
//! program, rendered in its own namespace with an `Entry()` wrapper, is a file of one assembly,
//! and a driver `Main(string[] a)` calls the chosen program's `Entry()` directly (no reflection:
//! an unhandled exception leaves the process exactly as it would from the program's own Main).
//! A file mcs rejects (or crashes on) is named in its messages; it is dropped and the rest
//! compiled again. Results are cached by a hash of the program's text.

use crate::exec::{self, fnv64};
use crate::outcome::{self, Ending, Outcome};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// mono-run's flags, so that the batch compiles exactly what mono-run would.
const MCS_FLAGS: [&str; 4] = [
    "-langversion:experimental",
    "-optimize+",
    "-nowarn:1998,219,168,4014,162,414",
    "-r:System.Core.dll",
];
const MCS_TIMEOUT: Duration = Duration::from_secs(120);
pub const RUN_TIMEOUT: Duration = Duration::from_secs(10);
const CACHE_VERSION: &str = "difftest-cache-v2";

/// One program for the batch: its text rendered with `namespace ns` (RenderOpts::namespace).
#[derive(Clone, Debug)]
pub struct MonoJob {
    pub ns: String,
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct Mono {
    /// `target/difftest-cache/` unless caching is off.
    pub cache: Option<PathBuf>,
    pub jobs: usize,
}

impl Mono {
    /// Compiles and runs every job; outcomes in job order.
    pub fn run_batch(&self, jobs: &[MonoJob]) -> Vec<Outcome> {
        let keys: Vec<u64> = jobs.iter().map(cache_key).collect();
        let mut results: Vec<Option<Outcome>> = keys.iter().map(|k| self.cached(*k)).collect();
        let todo: Vec<usize> = (0..jobs.len()).filter(|&i| results[i].is_none()).collect();
        if !todo.is_empty() {
            let batch: Vec<&MonoJob> = todo.iter().map(|&i| &jobs[i]).collect();
            let (exe, errors) = compile(&batch);
            let ran = exec::parallel(batch.len(), self.jobs, |k| match (&errors[k], &exe) {
                (Some(err), _) => Outcome::compile_error(err.clone(), String::new()),
                (None, Some(exe)) => {
                    let mut o = run_mono(exe, &batch[k].ns);
                    for _ in 0..2 {
                        if !runtime_flake(&o) {
                            break;
                        }
                        o = run_mono(exe, &batch[k].ns);
                    }
                    o
                }
                (None, None) => unreachable!("a job without an error has an assembly"),
            });
            for (k, o) in ran.into_iter().enumerate() {
                let i = todo[k];
                self.store(keys[i], &o);
                results[i] = Some(o);
            }
            if let Some(exe) = exe {
                let _ = fs::remove_dir_all(exe.parent().unwrap());
            }
        }
        results.into_iter().map(|o| o.unwrap()).collect()
    }

    /// Only whether mcs accepts each job: None when it does, else its message.
    pub fn compile_only(&self, jobs: &[MonoJob]) -> Vec<Option<String>> {
        let batch: Vec<&MonoJob> = jobs.iter().collect();
        let (exe, errors) = compile(&batch);
        if let Some(exe) = exe {
            let _ = fs::remove_dir_all(exe.parent().unwrap());
        }
        errors
    }

    /// A hand-written program (classify FILE.cs): renamed as mono-run does, compiled alone.
    pub fn run_file(&self, text: &str) -> Outcome {
        let dir = exec::scratch_path("file");
        fs::create_dir_all(&dir).unwrap();
        let src = dir.join("p.cs");
        fs::write(&src, mono_run_rename(text)).unwrap();
        let exe = dir.join("p.exe");
        let o = match mcs(&[src], &exe) {
            Err(msg) => Outcome::compile_error(first_error(&msg), msg),
            Ok(()) => {
                let mut cmd = Command::new("mono");
                cmd.arg(&exe);
                outcome::from_mono(&exec::run(&mut cmd, RUN_TIMEOUT).expect("cannot run mono"))
            }
        };
        let _ = fs::remove_dir_all(&dir);
        o
    }

    fn cached(&self, key: u64) -> Option<Outcome> {
        let path = self.cache.as_ref()?.join(format!("{key:016x}"));
        let text = fs::read_to_string(path).ok()?;
        let (version, rest) = text.split_once('\n')?;
        if version != CACHE_VERSION {
            return None;
        }
        let (ending, rest) = rest.split_once('\n')?;
        let (len, rest) = rest.split_once('\n')?;
        let len: usize = len.parse().ok()?;
        let ending = parse_ending(ending)?;
        Some(Outcome {
            stdout: rest.get(..len)?.to_string(),
            ending,
            stderr: rest.get(len..)?.to_string(),
        })
    }

    fn store(&self, key: u64, o: &Outcome) {
        // A timeout or a crash of Mono's own may not happen next time: never remembered.
        let Some(dir) = &self.cache else { return };
        if runtime_flake(o) {
            return;
        }
        let _ = fs::create_dir_all(dir);
        let text = format!(
            "{CACHE_VERSION}\n{}\n{}\n{}{}",
            show_ending(&o.ending),
            o.stdout.len(),
            o.stdout,
            o.stderr
        );
        let tmp = dir.join(format!("{key:016x}.{}", std::process::id()));
        if fs::write(&tmp, text).is_ok() {
            let _ = fs::rename(&tmp, dir.join(format!("{key:016x}")));
        }
    }
}

/// The cache key: the text without its namespace's name (the batch position does not matter).
fn cache_key(job: &MonoJob) -> u64 {
    let text = job
        .text
        .replacen(&format!("namespace {}", job.ns), "namespace _", 1);
    fnv64(format!("{CACHE_VERSION}\n{text}").as_bytes())
}

fn show_ending(e: &Ending) -> String {
    match e {
        Ending::Exit(c) => format!("exit {c}"),
        Ending::Unhandled { ty, message } => format!("unhandled {ty}\t{message}"),
        Ending::Deadlock => "deadlock".into(),
        Ending::Timeout => "timeout".into(),
        Ending::Signal(s) => format!("signal {s}"),
        Ending::CompileError(m) => format!("compile {}", m.replace('\n', " ")),
    }
}

fn parse_ending(s: &str) -> Option<Ending> {
    let (kind, rest) = s.split_once(' ').unwrap_or((s, ""));
    Some(match kind {
        "exit" => Ending::Exit(rest.parse().ok()?),
        "unhandled" => {
            let (ty, message) = rest.split_once('\t')?;
            Ending::Unhandled {
                ty: ty.into(),
                message: message.into(),
            }
        }
        "deadlock" => Ending::Deadlock,
        "timeout" => Ending::Timeout,
        "signal" => Ending::Signal(rest.parse().ok()?),
        "compile" => Ending::CompileError(rest.into()),
        _ => return None,
    })
}

/// Mono failing on its own, whatever the program (none of these happens when the program runs
/// again): under load it now and then stalls for seconds on a program that runs in a tenth of a
/// second alone; at exit it aborts the pool threads, and its timer thread, aborted while sorting
/// pending timers, dies with "Failed to compare two elements in the array", or an aborted
/// continuation completes a task a second time. Such a run is repeated.
fn runtime_flake(o: &Outcome) -> bool {
    const AT_EXIT: [&str; 2] = [
        "System.Threading.Timer+Scheduler",
        "An attempt was made to transition a task to a final state when it had already completed",
    ];
    o.ending == Ending::Timeout
        || (!matches!(o.ending, Ending::Exit(0) | Ending::CompileError(_))
            && AT_EXIT.iter().any(|s| o.stderr.contains(s)))
}

fn run_mono(exe: &Path, ns: &str) -> Outcome {
    let mut cmd = Command::new("mono");
    cmd.arg(exe).arg(ns);
    outcome::from_mono(&exec::run(&mut cmd, RUN_TIMEOUT).expect("cannot run mono"))
}

fn mcs(sources: &[PathBuf], exe: &Path) -> Result<(), String> {
    let mut cmd = Command::new("mcs");
    cmd.args(MCS_FLAGS)
        .arg(format!("-out:{}", exe.display()))
        .args(sources);
    let r = exec::run(&mut cmd, MCS_TIMEOUT).expect("cannot run mcs (apt-get install mono-mcs)");
    if r.code == Some(0) && exe.exists() {
        Ok(())
    } else {
        Err(format!("{}{}", r.stdout, r.stderr))
    }
}

fn first_error(log: &str) -> String {
    let line = log
        .lines()
        .find(|l| l.contains("error CS") || l.contains("InternalErrorException"))
        .unwrap_or("mcs failed");
    format!("mcs: {}", line.trim())
}

fn driver(jobs: &[(usize, &MonoJob)]) -> String {
    let mut s =
        String::from("static class DifftestDriver\n{\n    static int Main(string[] a)\n    {\n");
    for (_, j) in jobs {
        s.push_str(&format!(
            "        if (a[0] == \"{0}\") return {0}.Program.Entry();\n",
            j.ns
        ));
    }
    s.push_str("        return 99;\n    }\n}\n");
    s
}

/// Compiles the jobs into one assembly: the assembly (if any job compiled) and, per job, mcs's
/// message when it rejected the job.
fn compile(jobs: &[&MonoJob]) -> (Option<PathBuf>, Vec<Option<String>>) {
    let dir = exec::scratch_path("batch");
    fs::create_dir_all(&dir).unwrap();
    let mut errors: Vec<Option<String>> = vec![None; jobs.len()];
    for (i, j) in jobs.iter().enumerate() {
        fs::write(dir.join(format!("p{i}.cs")), &j.text).unwrap();
    }
    let exe = dir.join("batch.exe");
    let mut alone_tried = false;
    loop {
        let live: Vec<(usize, &MonoJob)> = jobs
            .iter()
            .enumerate()
            .filter(|(i, _)| errors[*i].is_none())
            .map(|(i, j)| (i, *j))
            .collect();
        if live.is_empty() {
            let _ = fs::remove_dir_all(&dir);
            return (None, errors);
        }
        fs::write(dir.join("driver.cs"), driver(&live)).unwrap();
        let mut sources: Vec<PathBuf> = live
            .iter()
            .map(|(i, _)| dir.join(format!("p{i}.cs")))
            .collect();
        sources.push(dir.join("driver.cs"));
        let log = match mcs(&sources, &exe) {
            Ok(()) => return (Some(exe), errors),
            Err(log) => log,
        };
        // Drop every job mcs names in an error (or in its crash).
        let mut blamed = false;
        for line in log
            .lines()
            .filter(|l| l.contains("error") || l.contains("Exception"))
        {
            for (i, _) in &live {
                if line.contains(&format!("/p{i}.cs(")) && errors[*i].is_none() {
                    errors[*i] = Some(format!(
                        "mcs: {}",
                        line.trim().replace(&format!("{}/", dir.display()), "")
                    ));
                    blamed = true;
                }
            }
        }
        if blamed {
            continue;
        }
        if alone_tried {
            // Nothing names a file and each compiles alone: give up on the rest together.
            for (i, _) in &live {
                errors[*i] = Some(first_error(&log));
            }
            continue;
        }
        // Unattributed: find the culprits one by one.
        alone_tried = true;
        for (i, _) in &live {
            let one = dir.join(format!("alone{i}.exe"));
            fs::write(dir.join("driver.cs"), driver(&[(*i, jobs[*i])])).unwrap();
            if let Err(log) = mcs(&[dir.join(format!("p{i}.cs")), dir.join("driver.cs")], &one) {
                errors[*i] = Some(first_error(&log));
            }
        }
    }
}

/// mono-run's renaming: mcs has no async Main, so an async entry point becomes MainAsync,
/// called from a synchronous Main through GetAwaiter().GetResult().
pub fn mono_run_rename(text: &str) -> String {
    let mut out = text.to_string();
    for args in ["", "string[] args"] {
        out = out.replace(
            &format!("static async Task Main({args})"),
            "static void Main(string[] __a) { MainAsync(__a).GetAwaiter().GetResult(); }\n    static async Task MainAsync(string[] args)",
        );
        out = out.replace(
            &format!("static async Task<int> Main({args})"),
            "static int Main(string[] __a) { return MainAsync(__a).GetAwaiter().GetResult(); }\n    static async Task<int> MainAsync(string[] args)",
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endings_survive_the_cache_format() {
        for e in [
            Ending::Exit(17),
            Ending::Unhandled {
                ty: "System.X".into(),
                message: "m: n".into(),
            },
            Ending::Signal(6),
            Ending::CompileError("mcs: p0.cs(3,4): error CS0103".into()),
        ] {
            assert_eq!(parse_ending(&show_ending(&e)), Some(e));
        }
    }

    #[test]
    fn mono_runtime_flakes_are_recognised() {
        let run = |code: i32, stderr: &str| crate::exec::RunResult {
            code: Some(code),
            stderr: stderr.into(),
            ..Default::default()
        };
        let timer = outcome::from_mono(&run(
            1,
            "Unhandled Exception:\nSystem.InvalidOperationException: Failed to compare two elements in the array. ---> System.Threading.ThreadAbortException: Thread was being aborted.\n  at System.Threading.Timer+Scheduler.RunSchedulerLoop () [0x0001d]\n",
        ));
        assert!(runtime_flake(&timer));
        let twice = outcome::from_mono(&run(
            255,
            "Unhandled Exception:\nSystem.InvalidOperationException: An attempt was made to transition a task to a final state when it had already completed.\n  at System.Threading.Tasks.Task.FinishContinuations ()\n",
        ));
        assert!(runtime_flake(&twice));
        let program = outcome::from_mono(&run(
            1,
            "Unhandled Exception:\nSystem.TimeoutException: M3.4:1\n  at P.Program.M3 ()\n",
        ));
        assert!(!runtime_flake(&program));
    }

    #[test]
    fn the_renaming_matches_mono_run() {
        let r = mono_run_rename("static async Task<int> Main()\n{");
        assert!(r.contains("static int Main(string[] __a)"));
        assert!(r.contains("static async Task<int> MainAsync(string[] args)"));
    }
}
