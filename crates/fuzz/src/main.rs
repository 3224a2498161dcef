//! `fuzz-front`: mutates programs and runs every mutant through the front end in each mode and,
//! when it checks clean, through `unawait run`. Failures (a panic, a hang, a signal, an
//! undocumented exit) are written to the output directory with the reason, and the run exits 1.
//!
//! cargo run --release -p unawait-fuzz -- --count 100000 --seed 1 --out target/fuzz-front
//!
//! Options: --count N (mutants), --seed S (the first mutant's seed; mutant i uses S+i),
//! --jobs J, --corpus DIR (repeatable; default samples/ and tests/), --unawait PATH (default
//! target/release/unawait), --run-every K (run one clean mutant in K; 0: never), --limit SECS
//! (per mode), --out DIR.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use unawait_fuzz::check::{self, Outcome};
use unawait_fuzz::mutate::{mutant, Program, Rng};

struct Options {
    count: usize,
    seed: u64,
    jobs: usize,
    corpus: Vec<PathBuf>,
    unawait: PathBuf,
    run_every: usize,
    limit: Duration,
    out: PathBuf,
}

fn options() -> Options {
    let root = unawait_fuzz::repo();
    let mut o = Options {
        count: 1000,
        seed: 1,
        jobs: 2,
        corpus: Vec::new(),
        unawait: root.join("target/release/unawait"),
        run_every: 1,
        limit: Duration::from_secs(10),
        out: root.join("target/fuzz-front"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || {
            args.next()
                .unwrap_or_else(|| usage(&format!("{a} needs a value")))
        };
        match a.as_str() {
            "--count" => o.count = value().parse().unwrap_or_else(|_| usage("--count N")),
            "--seed" => o.seed = value().parse().unwrap_or_else(|_| usage("--seed S")),
            "--jobs" => o.jobs = value().parse().unwrap_or_else(|_| usage("--jobs J")),
            "--corpus" => o.corpus.push(value().into()),
            "--unawait" => o.unawait = value().into(),
            "--run-every" => {
                o.run_every = value().parse().unwrap_or_else(|_| usage("--run-every K"))
            }
            "--limit" => {
                o.limit =
                    Duration::from_secs(value().parse().unwrap_or_else(|_| usage("--limit SECS")))
            }
            "--out" => o.out = value().into(),
            _ => usage(&format!("unknown option {a}")),
        }
    }
    if o.corpus.is_empty() {
        o.corpus = vec![root.join("samples"), root.join("tests")];
    }
    o
}

fn usage(why: &str) -> ! {
    eprintln!("fuzz-front: {why}\nusage: fuzz-front [--count N] [--seed S] [--jobs J] [--corpus DIR]... [--unawait PATH] [--run-every K] [--limit SECS] [--out DIR]");
    std::process::exit(2)
}

#[derive(Default)]
struct Tally {
    rejected: AtomicUsize,
    clean: AtomicUsize,
    ran: AtomicUsize,
    runs_long: AtomicUsize,
    failures: Mutex<Vec<String>>,
}

fn main() {
    let o = Arc::new(options());
    // Parsing recurses as deep as a program nests: every thread that parses has the driver's
    // stack.
    let corpus = unawait_fuzz::corpus(&o.corpus);
    let programs: Arc<Vec<Program>> = Arc::new(
        big_stack(move || corpus.into_iter().map(|(_, t)| Program::new(t)).collect())
            .join()
            .unwrap_or_default(),
    );
    if programs.is_empty() {
        usage("the corpus has no .cs files");
    }
    if let Err(e) = std::fs::create_dir_all(&o.out) {
        usage(&format!("cannot create {}: {e}", o.out.display()));
    }
    if o.run_every > 0 && !o.unawait.exists() {
        usage(&format!(
            "{} does not exist (cargo build --release, or --run-every 0)",
            o.unawait.display()
        ));
    }
    let tally = Arc::new(Tally::default());
    let started = Instant::now();
    let workers: Vec<_> = (0..o.jobs.max(1))
        .map(|job| {
            let (o, programs, tally) = (o.clone(), programs.clone(), tally.clone());
            big_stack(move || worker(job, &o, &programs, &tally))
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let secs = started.elapsed().as_secs_f64();
    let failures = tally.failures.lock().map(|f| f.clone()).unwrap_or_default();
    println!(
        "{} mutants of {} programs (seeds {}..{}) in {secs:.0} s ({:.0}/s): {} rejected, {} clean ({} run, {} ran past the limit in their own loops), {} failures",
        o.count,
        programs.len(),
        o.seed,
        o.seed + o.count as u64,
        o.count as f64 / secs,
        tally.rejected.load(Ordering::Relaxed),
        tally.clean.load(Ordering::Relaxed),
        tally.ran.load(Ordering::Relaxed),
        tally.runs_long.load(Ordering::Relaxed),
        failures.len()
    );
    for f in &failures {
        println!("FAIL {f}");
    }
    std::process::exit(if failures.is_empty() { 0 } else { 1 });
}

fn big_stack<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> std::thread::JoinHandle<T> {
    std::thread::Builder::new()
        .stack_size(unawait_syntax::THREAD_STACK)
        .spawn(f)
        .expect("a thread starts")
}

fn worker(job: usize, o: &Options, programs: &[Program], tally: &Tally) {
    let scratch = o.out.join(format!("scratch-{job}.cs"));
    let mut clean_seen = 0usize;
    for i in (job..o.count).step_by(o.jobs.max(1)) {
        let seed = o.seed + i as u64;
        let mut rng = Rng::new(seed);
        let program = &programs[rng.below(programs.len())];
        let text = mutant(program, programs, &mut rng);
        let outcome = match check::front_end_modes(&text, o.limit) {
            Err(why) => Outcome::Failure(why),
            Ok(false) => Outcome::Rejected,
            Ok(true) => {
                clean_seen += 1;
                if o.run_every > 0 && clean_seen % o.run_every == 0 {
                    tally.ran.fetch_add(1, Ordering::Relaxed);
                    let _ = std::fs::write(&scratch, &text);
                    check::run(&o.unawait, &scratch, o.limit)
                } else {
                    Outcome::Clean
                }
            }
        };
        match outcome {
            Outcome::Rejected => {
                tally.rejected.fetch_add(1, Ordering::Relaxed);
            }
            Outcome::Clean => {
                tally.clean.fetch_add(1, Ordering::Relaxed);
            }
            Outcome::RunsLong => {
                tally.clean.fetch_add(1, Ordering::Relaxed);
                tally.runs_long.fetch_add(1, Ordering::Relaxed);
            }
            Outcome::Failure(why) => {
                let file = o.out.join(format!("failure-{seed}.cs"));
                let _ = std::fs::write(&file, &text);
                let line = format!("seed {seed}: {why} ({})", file.display());
                eprintln!("FAIL {line}");
                if let Ok(mut f) = tally.failures.lock() {
                    f.push(line);
                }
                if why.contains("hangs") {
                    // A hung thread cannot be stopped: report and end the whole run.
                    eprintln!("stopping: a hang leaves a thread running");
                    std::process::exit(1);
                }
            }
        }
    }
    let _ = std::fs::remove_file(scratch);
}
