//! Running a process with a time limit, its output captured in files (no pipe can fill up and
//! block the child), and the scratch directory the runs share.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

#[derive(Clone, Debug, Default)]
pub struct RunResult {
    /// The exit status, when the process exited (not killed by a signal).
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// This process's scratch directory (one per difftest process; callers remove what they make).
pub fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("difftest-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("cannot create the scratch directory");
    dir
}

/// A fresh path in the scratch directory.
pub fn scratch_path(name: &str) -> PathBuf {
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    scratch().join(format!("{n}-{name}"))
}

/// Removes the scratch directory (at the end of a command).
pub fn remove_scratch() {
    let _ =
        fs::remove_dir_all(std::env::temp_dir().join(format!("difftest-{}", std::process::id())));
}

/// Runs `cmd` to its end or until `limit`, when it is killed (it is our own child: by its pid).
pub fn run(cmd: &mut Command, limit: Duration) -> io::Result<RunResult> {
    let out_path = scratch_path("stdout");
    let err_path = scratch_path("stderr");
    // Its own process group, so that a timeout also ends what it started (a wrapper script's
    // child would otherwise outlive it).
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(cmd, 0);
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::from(File::create(&out_path)?))
        .stderr(Stdio::from(File::create(&err_path)?))
        .spawn()?;
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() > limit {
            timed_out = true;
            kill_group(child.id());
            let _ = child.kill();
            break child.wait()?;
        }
        // Most runs take tens of milliseconds: poll often at first, then less.
        thread::sleep(pause);
        if start.elapsed() > Duration::from_millis(200) {
            pause = Duration::from_millis(10);
        }
    };
    let result = RunResult {
        code: status.code(),
        signal: signal_of(&status),
        timed_out,
        stdout: read_lossy(&out_path),
        stderr: read_lossy(&err_path),
    };
    let _ = fs::remove_file(&out_path);
    let _ = fs::remove_file(&err_path);
    Ok(result)
}

/// Kills the process group our child leads (its id is the child's pid).
#[cfg(unix)]
fn kill_group(pid: u32) {
    let _ = Command::new("kill")
        .arg("-KILL")
        .arg("--")
        .arg(format!("-{pid}"))
        .stderr(Stdio::null())
        .status();
}

#[cfg(not(unix))]
fn kill_group(_: u32) {}

#[cfg(unix)]
fn signal_of(status: &std::process::ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.signal()
}

#[cfg(not(unix))]
fn signal_of(_: &std::process::ExitStatus) -> Option<i32> {
    None
}

/// More output than any generated program prints: a run that prints past it (a program looping
/// until its timeout) is cut there, so that reports and memory stay small.
const OUTPUT_CAP: u64 = 1 << 20;

pub fn read_lossy(path: &Path) -> String {
    use std::io::Read;
    let mut bytes = Vec::new();
    let Ok(file) = File::open(path) else {
        return String::new();
    };
    let _ = file.take(OUTPUT_CAP + 1).read_to_end(&mut bytes);
    let cut = bytes.len() as u64 > OUTPUT_CAP;
    bytes.truncate(OUTPUT_CAP as usize);
    let mut text = String::from_utf8_lossy(&bytes).into_owned();
    if cut {
        text.push_str("\n[difftest: output cut at 1 MB]\n");
    }
    text
}

/// Runs `work(i)` for every `i < n` on at most `jobs` threads; results in index order.
pub fn parallel<T: Send>(n: usize, jobs: usize, work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<T>>> =
        (0..n).map(|_| std::sync::Mutex::new(None)).collect();
    thread::scope(|s| {
        for _ in 0..jobs.max(1).min(n.max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    break;
                }
                let r = work(i);
                *results[i].lock().unwrap() = Some(r);
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().unwrap().expect("every job ran"))
        .collect()
}

/// A stable 64-bit FNV-1a hash (cache keys; std's hasher is randomly seeded per process).
pub fn fnv64(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_keeps_order() {
        let v = parallel(10, 3, |i| i * i);
        assert_eq!(v, (0..10).map(|i| i * i).collect::<Vec<_>>());
    }

    #[test]
    #[cfg(unix)]
    fn a_timeout_ends_the_whole_process_group() {
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg("sleep 30 & echo started; wait");
        let start = Instant::now();
        let r = run(&mut cmd, Duration::from_millis(300)).unwrap();
        assert!(r.timed_out);
        assert_eq!(r.stdout, "started\n");
        assert!(start.elapsed() < Duration::from_secs(5));
        // The scratch directory is empty again (no other test uses it).
        let _ = fs::remove_dir(scratch());
    }

    #[test]
    fn fnv_reference_value() {
        assert_eq!(fnv64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
