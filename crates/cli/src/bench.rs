//! `unawait bench A.cs [B.cs ...]`: BenchmarkDotNet's report for async programs. Each program
//! is compiled once and its `Main` run after a warm-up until the error of the mean is small
//! (or `--iterations` times), in a process of its own so that one program's heap and pools
//! never reach another's. The first program is the baseline of the `Ratio` columns; figures are
//! per operation when `--ops N` says how many one run of `Main` performs.

use crate::commands::native;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// How the programs are compiled and run.
pub struct Setup {
    pub model: unawait::Model,
    pub options: unawait_jit::RunOptions,
    pub tiered: bool,
    /// `None`: until the error is under 2% of the mean (at least 5 and at most 200 iterations,
    /// or 10 s).
    pub iterations: Option<usize>,
    /// `None`: until the tiered JIT has optimized every function (at least one run, at most
    /// 30), so that measured runs run the code they will keep running.
    pub warmup: Option<usize>,
    /// Operations in one run of `Main`.
    pub ops: u64,
}

/// One program's measurements, per run of `Main`.
struct Measured {
    name: String,
    compile: f64,
    /// Seconds per run.
    times: Vec<f64>,
    warmups: usize,
    allocated: f64,
    allocs: f64,
    collections: f64,
    exit: i32,
}

/// Runs the benchmark of every file and prints the report; the exit code.
pub fn bench(
    files: &[PathBuf],
    args: &[String],
    setup: &Setup,
    json: Option<&Path>,
    self_args: &[String],
) -> i32 {
    let measured = if files.len() == 1 {
        match measure(&files[0], args, setup) {
            Ok(m) => vec![m],
            Err(code) => return code,
        }
    } else {
        let mut all = Vec::new();
        for f in files {
            match measure_apart(f, args, self_args) {
                Ok(m) => all.push(m),
                Err(code) => return code,
            }
        }
        all
    };
    let mut err = std::io::stderr().lock();
    for m in &measured {
        let _ = write!(err, "{}", summary(m));
    }
    let rows: Vec<Row> = measured.iter().map(|m| Row::of(m, setup.ops)).collect();
    let _ = write!(err, "\n{}", table(&rows, setup));
    if setup.iterations.is_none() {
        for r in rows.iter().filter(|r| r.stats.error > 0.02 * r.stats.mean) {
            let _ = writeln!(
                err,
                "warning: {}: the error is {:.1}% of the mean after {} runs (the target is 2%); the machine is noisy or one run is too short to time: give more operations per run or `--iterations N`",
                r.name,
                100.0 * r.stats.error / r.stats.mean,
                r.runs,
            );
        }
    }
    if let Some(path) = json {
        if let Err(e) = std::fs::write(path, json_report(&rows, setup)) {
            eprintln!("unawait: cannot write {}: {e}", path.display());
            return 2;
        }
    }
    0
}

/// The hidden mode of a child process: measures one program and writes its figures as one
/// line to `out` for the parent (`measure_apart`).
pub fn measure_to(file: &Path, args: &[String], setup: &Setup, out: &Path) -> i32 {
    match measure(file, args, setup) {
        Ok(m) => {
            let line = format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                m.warmups,
                m.compile,
                m.allocated,
                m.allocs,
                m.collections,
                m.exit,
                m.name,
                m.times
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            match std::fs::write(out, line) {
                Ok(()) => 0,
                Err(_) => 2,
            }
        }
        Err(code) => code,
    }
}

/// `measure` in a child process of this executable, with the same options.
fn measure_apart(file: &Path, args: &[String], self_args: &[String]) -> Result<Measured, i32> {
    let out = std::env::temp_dir().join(format!(
        "unawait-bench-{}-{}.tsv",
        std::process::id(),
        file.display().to_string().replace(['/', '\\'], "_")
    ));
    let exe = std::env::current_exe().map_err(|_| 2)?;
    let status = Command::new(exe)
        .args(self_args)
        .arg("--measure-into")
        .arg(&out)
        .arg(file)
        .arg("--")
        .args(args)
        .status()
        .map_err(|_| 2)?;
    if !status.success() {
        return Err(status.code().unwrap_or(1));
    }
    let text = std::fs::read_to_string(&out).map_err(|_| 2)?;
    let _ = std::fs::remove_file(&out);
    let f: Vec<&str> = text.trim_end().split('\t').collect();
    let num = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    Ok(Measured {
        warmups: num(0) as usize,
        compile: num(1),
        allocated: num(2),
        allocs: num(3),
        collections: num(4),
        exit: num(5) as i32,
        name: f.get(6).unwrap_or(&"").to_string(),
        times: f
            .get(7)
            .unwrap_or(&"")
            .split_whitespace()
            .filter_map(|t| t.parse().ok())
            .collect(),
    })
}

fn measure(path: &Path, args: &[String], setup: &Setup) -> Result<Measured, i32> {
    let start = Instant::now();
    let hooks = unawait_jit::Hooks::default();
    let (module, native, _) = native(path, setup.model, hooks, setup.tiered)?;
    let compile = start.elapsed().as_secs_f64();
    let mut exit = 0;
    let mut run = || {
        let code = unawait_jit::run(&module, &native, args.to_vec(), &setup.options);
        // A deadlock (3) has been reported; running again would report it again.
        if code == 3 {
            return Err(code);
        }
        exit = code;
        Ok(unawait_runtime::gc::summary().collections)
    };
    let mut warmups = 0;
    loop {
        let done = match setup.warmup {
            Some(n) => warmups >= n,
            None => warmups >= 1 && (native.quick_functions() == 0 || warmups >= 30),
        };
        if done {
            break;
        }
        run()?;
        warmups += 1;
    }
    let mut times = Vec::new();
    let mut collections = 0;
    let (allocs0, bytes0) = unawait_runtime::object::allocation_counters();
    let began = Instant::now();
    loop {
        let t = Instant::now();
        collections += run()?;
        times.push(t.elapsed().as_secs_f64());
        let done = match setup.iterations {
            Some(n) => times.len() >= n,
            None => precise_enough(&times) || began.elapsed() > Duration::from_secs(10),
        };
        if done {
            break;
        }
    }
    let (allocs1, bytes1) = unawait_runtime::object::allocation_counters();
    let n = times.len() as f64;
    Ok(Measured {
        name: path
            .file_stem()
            .map_or(String::new(), |s| s.to_string_lossy().into_owned()),
        compile,
        times,
        warmups,
        allocated: (bytes1 - bytes0) as f64 / n,
        allocs: (allocs1 - allocs0) as f64 / n,
        collections: collections as f64 / n,
        exit,
    })
}

/// BenchmarkDotNet's stopping rule, simplified: at least 5 runs, and the half-width of the
/// 99.9% confidence interval under 2% of the mean (or 200 runs).
fn precise_enough(times: &[f64]) -> bool {
    let s = Stats::new(times.to_vec());
    times.len() >= 200 || (times.len() >= 5 && s.error <= 0.02 * s.mean)
}

/// Statistics of the seconds per run; percentiles by nearest rank.
struct Stats {
    mean: f64,
    error: f64,
    stddev: f64,
    median: f64,
    p95: f64,
    p99: f64,
    min: f64,
    max: f64,
}

impl Stats {
    fn new(mut times: Vec<f64>) -> Stats {
        times.sort_by(f64::total_cmp);
        let n = times.len();
        if n == 0 {
            return Stats {
                mean: 0.0,
                error: 0.0,
                stddev: 0.0,
                median: 0.0,
                p95: 0.0,
                p99: 0.0,
                min: 0.0,
                max: 0.0,
            };
        }
        let mean = times.iter().sum::<f64>() / n as f64;
        let var = if n > 1 {
            times.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / (n - 1) as f64
        } else {
            0.0
        };
        let stddev = var.sqrt();
        let rank = |p: f64| times[((p / 100.0 * n as f64).ceil() as usize).clamp(1, n) - 1];
        let median = if n % 2 == 1 {
            times[n / 2]
        } else {
            (times[n / 2 - 1] + times[n / 2]) / 2.0
        };
        Stats {
            mean,
            error: student_999(n.saturating_sub(1)) * stddev / (n as f64).sqrt(),
            stddev,
            median,
            p95: rank(95.0),
            p99: rank(99.0),
            min: times[0],
            max: times[n - 1],
        }
    }
}

/// Student's t for a two-sided 99.9% interval with `df` degrees of freedom (BenchmarkDotNet's
/// `Error` is that half-width).
fn student_999(df: usize) -> f64 {
    const T: [f64; 30] = [
        636.62, 31.60, 12.92, 8.61, 6.87, 5.96, 5.41, 5.04, 4.78, 4.59, 4.44, 4.32, 4.22, 4.14,
        4.07, 4.01, 3.97, 3.92, 3.88, 3.85, 3.82, 3.79, 3.77, 3.75, 3.73, 3.71, 3.69, 3.67, 3.66,
        3.65,
    ];
    match df {
        0 => 0.0,
        1..=30 => T[df - 1],
        31..=40 => 3.55,
        41..=60 => 3.46,
        61..=120 => 3.37,
        _ => 3.29,
    }
}

/// The block each program gets before the table (what `bench` always printed).
fn summary(m: &Measured) -> String {
    let s = Stats::new(m.times.clone());
    let ms = |x: f64| format!("{:12.3} ms", x * 1e3);
    let mut out = format!(
        "bench {}: {} iterations after {} warm-up (exit code {})\n",
        m.name,
        m.times.len(),
        m.warmups,
        m.exit
    );
    out += &format!("  compile:    {} (front end + JIT)\n", ms(m.compile));
    for (label, v) in [
        ("mean", s.mean),
        ("median", s.median),
        ("p95", s.p95),
        ("p99", s.p99),
        ("min", s.min),
        ("max", s.max),
    ] {
        out += &format!("  {:<11} {}\n", format!("{label}:"), ms(v));
    }
    out += &format!("  allocs:     {:12.1} per iteration\n", m.allocs);
    out += &format!("  bytes:      {:12.1} per iteration\n", m.allocated);
    out
}

/// One line of the table: per operation.
struct Row {
    name: String,
    stats: Stats,
    gen0_per_1000: f64,
    allocated: f64,
    runs: usize,
}

impl Row {
    fn of(m: &Measured, ops: u64) -> Row {
        let ops = ops.max(1) as f64;
        Row {
            name: m.name.clone(),
            stats: Stats::new(m.times.iter().map(|t| t / ops).collect()),
            gen0_per_1000: m.collections * 1000.0 / ops,
            allocated: m.allocated / ops,
            runs: m.times.len(),
        }
    }
}

/// A time in the unit that suits it (`s` per operation in).
fn time(s: f64) -> String {
    match s {
        s if s >= 1.0 => format!("{s:.3} s"),
        s if s >= 1e-3 => format!("{:.3} ms", s * 1e3),
        s if s >= 1e-6 => format!("{:.3} us", s * 1e6),
        s => format!("{:.2} ns", s * 1e9),
    }
}

fn bytes(b: f64) -> String {
    match b {
        b if b >= 1024.0 * 1024.0 => format!("{:.2} MB", b / (1024.0 * 1024.0)),
        b if b >= 1024.0 => format!("{:.2} KB", b / 1024.0),
        b => format!("{b:.0} B"),
    }
}

fn table(rows: &[Row], setup: &Setup) -> String {
    let model = match setup.model {
        unawait::Model::Unawait => "unawait",
        unawait::Model::DotNet => "dotnet",
    };
    let mut out = format!(
        "model: {model}; per operation ({} per run of Main); Error: half of the 99.9% confidence interval; Gen0: collections per 1000 operations; Allocated: the bytes objects ask for (--stats shows the heap's rounded sizes)\n",
        setup.ops.max(1)
    );
    if setup.model == unawait::Model::Unawait {
        out += "unawait's model pools the boxes of calls awaited directly, hands their synchronous results back inline and skips `return await` wrappers: its Allocated is not .NET's (a removed wrapper can even look costlier); `--model dotnet` allocates as .NET does\n";
    }
    out += "\n";
    out += "| Program | Mean | Error | StdDev | Median | P95 | P99 | Ratio | Gen0 | Allocated | Alloc Ratio |\n";
    out += "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    let base = rows.first();
    for r in rows {
        let ratio = |a: f64, b: f64| match b {
            b if b > 0.0 => format!("{:.2}", a / b),
            _ if a == 0.0 => "1.00".to_string(),
            _ => "NA".to_string(),
        };
        let s = &r.stats;
        out += &format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {:.2} | {} | {} |\n",
            r.name,
            time(s.mean),
            time(s.error),
            time(s.stddev),
            time(s.median),
            time(s.p95),
            time(s.p99),
            ratio(s.mean, base.map_or(0.0, |b| b.stats.mean)),
            r.gen0_per_1000,
            bytes(r.allocated),
            ratio(r.allocated, base.map_or(0.0, |b| b.allocated)),
        );
    }
    out
}

fn json_report(rows: &[Row], setup: &Setup) -> String {
    let model = match setup.model {
        unawait::Model::Unawait => "unawait",
        unawait::Model::DotNet => "dotnet",
    };
    let base = rows.first();
    let items: Vec<String> = rows
        .iter()
        .map(|r| {
            let s = &r.stats;
            let ratio = base.map_or(1.0, |b| if b.stats.mean > 0.0 { s.mean / b.stats.mean } else { 1.0 });
            let alloc_ratio = base.map_or(1.0, |b| {
                if b.allocated > 0.0 { r.allocated / b.allocated } else { 1.0 }
            });
            format!(
                "    {{\"program\": \"{}\", \"mean_ns\": {:.3}, \"error_ns\": {:.3}, \"stddev_ns\": {:.3}, \"median_ns\": {:.3}, \"p95_ns\": {:.3}, \"p99_ns\": {:.3}, \"ratio\": {ratio:.4}, \"gen0_per_1000_ops\": {:.4}, \"allocated_bytes\": {:.1}, \"alloc_ratio\": {alloc_ratio:.4}}}",
                r.name.replace(['"', '\\'], "_"),
                s.mean * 1e9,
                s.error * 1e9,
                s.stddev * 1e9,
                s.median * 1e9,
                s.p95 * 1e9,
                s.p99 * 1e9,
                r.gen0_per_1000,
                r.allocated,
            )
        })
        .collect();
    format!(
        "{{\n  \"model\": \"{model}\",\n  \"ops_per_run\": {},\n  \"programs\": [\n{}\n  ]\n}}\n",
        setup.ops.max(1),
        items.join(",\n")
    )
}
