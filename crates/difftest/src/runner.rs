//! `difftest run` and `difftest long`: generate programs by seed, classify them in batches on a
//! few worker threads, write the findings, reduce them, summarise.

use crate::ast::Program;
use crate::classify::{Class, Ctx, Eval};
use crate::gen::{generate, Size};
use crate::reduce;
use crate::render::{render, RenderOpts};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct RunOpts {
    pub first: u64,
    /// One past the last seed; None: until the deadline.
    pub end: Option<u64>,
    pub deadline: Option<Instant>,
    pub size: Size,
    pub jobs: usize,
    pub batch: usize,
    pub out: Option<PathBuf>,
    pub reduce: bool,
    /// Also write Mono's documented faults to `out` (material for samples of them).
    pub save_oracle: bool,
    /// Time allowed to reduce one finding.
    pub reduce_limit: Duration,
}

pub struct Finding {
    pub seed: u64,
    pub program: Program,
    pub eval: Eval,
}

#[derive(Default)]
pub struct Summary {
    pub programs: usize,
    pub by_class: BTreeMap<String, usize>,
    pub by_knob: BTreeMap<String, usize>,
    pub elapsed: Duration,
    pub findings: Vec<Finding>,
    pub failed: bool,
}

impl Summary {
    pub fn text(&self) -> String {
        let mut s = String::new();
        let secs = self.elapsed.as_secs_f64();
        let _ = writeln!(
            s,
            "{} programs in {:.1} s ({:.2} programs/s)",
            self.programs,
            secs,
            self.programs as f64 / secs.max(1e-9)
        );
        for (k, n) in &self.by_class {
            let _ = writeln!(s, "  {n:6}  {k}");
        }
        if !self.by_knob.is_empty() {
            let _ = writeln!(
                s,
                "documented oracle faults, by the rendering that avoids them:"
            );
            for (k, n) in &self.by_knob {
                let _ = writeln!(s, "  {n:6}  {k}");
            }
        }
        s
    }
}

/// Runs the seeds of `opts` (all of them, or until its deadline).
pub fn run(ctx: &Ctx, opts: &RunOpts) -> Summary {
    let start = Instant::now();
    let next = AtomicU64::new(opts.first);
    let summary = Mutex::new(Summary::default());
    // Each worker classifies a whole batch with one process at a time: the workers' mcs calls
    // and program runs overlap, and at most `jobs` processes run at once.
    let worker_ctx = Ctx {
        unawait: ctx.unawait.clone(),
        mono: crate::oracle::Mono {
            jobs: 1,
            ..ctx.mono.clone()
        },
        jobs: 1,
    };
    if let Some(out) = &opts.out {
        fs::create_dir_all(out).expect("cannot create the output directory");
        let _ = fs::write(out.join("results.tsv"), "");
    }
    std::thread::scope(|s| {
        for _ in 0..opts.jobs.max(1) {
            s.spawn(|| loop {
                if opts.deadline.is_some_and(|d| Instant::now() >= d) {
                    break;
                }
                let from = next.fetch_add(opts.batch as u64, Ordering::Relaxed);
                let to = match opts.end {
                    Some(end) if from >= end => break,
                    Some(end) => (from + opts.batch as u64).min(end),
                    None => from + opts.batch as u64,
                };
                let progs: Vec<(u64, Program)> = (from..to)
                    .map(|seed| (seed, generate(seed, opts.size)))
                    .collect();
                let refs: Vec<&Program> = progs.iter().map(|(_, p)| p).collect();
                let evals = worker_ctx.classify(&refs);
                let mut sum = summary.lock().unwrap();
                for ((seed, program), eval) in progs.into_iter().zip(evals) {
                    sum.programs += 1;
                    *sum.by_class
                        .entry(eval.class.kind().to_string())
                        .or_default() += 1;
                    if let Class::Oracle(knobs) = &eval.class {
                        *sum.by_knob.entry(knobs[0].clone()).or_default() += 1;
                    }
                    if eval.class != Class::Agree {
                        println!("seed {seed}: {}", eval.class.label());
                    }
                    sum.failed |= eval.class.is_finding();
                    if let Some(out) = &opts.out {
                        let _ = fs::OpenOptions::new()
                            .create(true)
                            .append(true)
                            .open(out.join("results.tsv"))
                            .and_then(|mut f| {
                                use std::io::Write;
                                writeln!(f, "{seed}\t{}", eval.class.label())
                            });
                    }
                    let save =
                        eval.class.is_finding() || (opts.save_oracle && eval.class != Class::Agree);
                    if let (Some(out), true) = (&opts.out, save) {
                        write_finding(
                            &out.join(finding_dir(seed, &eval.class)),
                            &program,
                            &eval,
                            "original",
                        );
                    }
                    if eval.class.is_finding() {
                        sum.findings.push(Finding {
                            seed,
                            program,
                            eval,
                        });
                    }
                }
            });
        }
    });
    let mut summary = summary.into_inner().unwrap();
    summary.findings.sort_by_key(|f| f.seed);
    summary.elapsed = start.elapsed();
    if opts.reduce {
        for f in &summary.findings {
            reduce_finding(ctx, f, opts.out.as_deref(), opts.reduce_limit);
        }
    }
    summary
}

pub fn finding_dir(seed: u64, class: &Class) -> String {
    let kind: String = class
        .kind()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("seed-{seed}-{}", kind.trim_matches('-').replace("--", "-"))
}

/// Reduces one finding, writes the reduced program and its outputs, returns the reduced program.
pub fn reduce_finding(ctx: &Ctx, f: &Finding, out: Option<&Path>, limit: Duration) -> Program {
    eprintln!("reducing seed {} ({})", f.seed, f.eval.class.label());
    let r = reduce::reduce(ctx, &f.program, &f.eval.class, limit, &mut |msg| {
        eprintln!("{msg}")
    });
    let text = render(&r.program, &RenderOpts::default());
    eprintln!(
        "seed {}: {} lines after {} edits ({} candidates){}",
        f.seed,
        text.lines().count(),
        r.steps,
        r.tries,
        if r.timed_out {
            ", stopped by the time limit"
        } else {
            ""
        }
    );
    if let Some(out) = out {
        let eval = ctx.classify(&[&r.program]).remove(0);
        write_finding(
            &out.join(finding_dir(f.seed, &f.eval.class)),
            &r.program,
            &eval,
            "reduced",
        );
    }
    r.program
}

/// The program, its outputs and its classification, as files `<prefix>.cs`, `<prefix>.*.out`...
pub fn write_finding(dir: &Path, p: &Program, e: &Eval, prefix: &str) {
    let _ = fs::create_dir_all(dir);
    let w = |name: &str, text: &str| {
        let _ = fs::write(dir.join(format!("{prefix}.{name}")), text);
    };
    w("cs", &render(p, &RenderOpts::default()));
    w(
        "mono.cs",
        &render(
            p,
            &RenderOpts {
                mono: true,
                ..RenderOpts::default()
            },
        ),
    );
    let mut c = format!("{}\n\n", e.class.label());
    for (name, o) in &e.ua {
        w(&format!("unawait.{name}.out"), &o.stdout);
        w(&format!("unawait.{name}.err"), &o.stderr);
        let _ = writeln!(c, "unawait {name}: {}", o.ending.describe());
    }
    if let Some(m) = &e.mono {
        w("mono.out", &m.stdout);
        w("mono.err", &m.stderr);
        let _ = writeln!(c, "mono original: {}", m.ending.describe());
        if !e.ua.is_empty() {
            let _ = writeln!(
                c,
                "  vs unawait: {}",
                crate::classify::difference(&e.ua[0].1, m)
            );
        }
    }
    for (name, o) in &e.knobs {
        w(&format!("mono.{name}.out"), &o.stdout);
        let agree = !e.ua.is_empty() && o.agrees(&e.ua[0].1);
        let _ = writeln!(
            c,
            "mono {name}: {}{}",
            o.ending.describe(),
            if agree { " (agrees)" } else { "" }
        );
    }
    w("classification.txt", &c);
}

/// `difftest long`'s report: the summary and every finding.
pub fn report(summary: &Summary, first: u64, reduced: &[(u64, String)]) -> String {
    let mut s = String::from("# difftest long run\n\n");
    let _ = writeln!(s, "Seeds from {first}: {}", summary.text());
    let _ = writeln!(s, "\n## Findings\n");
    if summary.findings.is_empty() {
        let _ = writeln!(s, "None.");
    }
    for f in &summary.findings {
        let _ = writeln!(s, "### seed {} — {}\n", f.seed, f.eval.class.label());
        if let Some((_, text)) = reduced.iter().find(|(seed, _)| *seed == f.seed) {
            let _ = writeln!(s, "```csharp\n{text}```\n");
        }
    }
    s
}
