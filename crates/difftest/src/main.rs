//! difftest: differential testing of unawait against the C# oracle (Mono). docs/difftest.md.

mod ast;
mod classify;
mod exec;
mod gen;
mod oracle;
mod outcome;
mod reduce;
mod render;
mod rng;
mod runner;
mod unawait;
mod validate;

use classify::{Class, Ctx};
use gen::Size;
use oracle::Mono;
use render::{render, Knobs, RenderOpts};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

const USAGE: &str = "\
usage:
  difftest gen --seed N [--size small|medium|large] [--render original|mono|spill|nonconst|finally-sync|checked-lambda|sync] [--for unawait]
  difftest run --seeds A..B [--jobs 2] [--unawait PATH] [--out DIR] [--reduce] [--save-oracle] [--size S] [--batch N]
  difftest long --minutes N [--start-seed S] [--out DIR] [--jobs 2] [--unawait PATH] [--size S]
  difftest classify FILE.cs [--unawait PATH]
  difftest reduce --seed N [--size S] [--out DIR] [--minutes M] [--unawait PATH]
  difftest reduce FILE.cs [--keep \"SHELL PREDICATE ON $1\"] [--minutes M] [--unawait PATH]
common: --no-cache (do not use target/difftest-cache/)";

/// `--flag value` options, bare `--flag` switches and positional arguments.
struct Args {
    positional: Vec<String>,
    options: HashMap<String, String>,
    switches: Vec<String>,
}

const SWITCHES: [&str; 3] = ["--reduce", "--no-cache", "--save-oracle"];

impl Args {
    fn parse(raw: &[String]) -> Result<Args, String> {
        let mut a = Args {
            positional: Vec::new(),
            options: HashMap::new(),
            switches: Vec::new(),
        };
        let mut it = raw.iter();
        while let Some(x) = it.next() {
            if SWITCHES.contains(&x.as_str()) {
                a.switches.push(x.clone());
            } else if let Some(name) = x.strip_prefix("--") {
                let v = it.next().ok_or(format!("--{name} needs a value"))?;
                a.options.insert(name.to_string(), v.clone());
            } else {
                a.positional.push(x.clone());
            }
        }
        Ok(a)
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.options.get(name).map(|s| s.as_str())
    }

    fn num<T: std::str::FromStr>(&self, name: &str, default: T) -> Result<T, String> {
        match self.get(name) {
            None => Ok(default),
            Some(v) => v
                .parse()
                .map_err(|_| format!("--{name}: not a number: {v}")),
        }
    }

    fn size(&self) -> Result<Size, String> {
        Size::parse(self.get("size").unwrap_or("medium"))
            .ok_or("--size: small, medium or large".into())
    }

    fn has(&self, switch: &str) -> bool {
        self.switches.iter().any(|s| s == switch)
    }
}

/// The repository: the first directory up from here holding crates/difftest, else the one this
/// binary was built from.
fn repo_root() -> PathBuf {
    let mut dir = std::env::current_dir().unwrap_or_default();
    loop {
        if dir.join("crates/difftest/Cargo.toml").exists() {
            return dir;
        }
        if !dir.pop() {
            return Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        }
    }
}

fn context(args: &Args) -> Result<Ctx, String> {
    let repo = repo_root();
    let unawait = unawait::Unawait::locate(args.get("unawait"), &repo);
    if !unawait.path.exists() {
        return Err(format!(
            "no unawait binary at {} (use --unawait PATH or $UNAWAIT)",
            unawait.path.display()
        ));
    }
    for tool in ["mcs", "mono"] {
        if std::process::Command::new(tool)
            .arg("--version")
            .output()
            .is_err()
        {
            return Err(format!(
                "{tool} not found: apt-get install -y mono-mcs mono-runtime mono-devel"
            ));
        }
    }
    let jobs = args.num("jobs", 2usize)?.max(1);
    let cache = (!args.has("--no-cache")).then(|| repo.join("target/difftest-cache"));
    Ok(Ctx {
        unawait,
        mono: Mono { cache, jobs },
        jobs,
    })
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let result = match raw.first().map(|s| s.as_str()) {
        Some(cmd) => Args::parse(&raw[1..]).and_then(|a| match cmd {
            "gen" => cmd_gen(&a),
            "run" => cmd_run(&a),
            "long" => cmd_long(&a),
            "classify" => cmd_classify(&a),
            "reduce" => cmd_reduce(&a),
            _ => Err(format!("unknown command {cmd}")),
        }),
        None => Err("no command".into()),
    };
    exec::remove_scratch();
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("difftest: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn cmd_gen(a: &Args) -> Result<ExitCode, String> {
    let seed: u64 = a
        .get("seed")
        .ok_or("--seed N is required")?
        .parse()
        .map_err(|_| "--seed: not a number")?;
    let p = gen::generate(seed, a.size()?);
    let opts = match a.get("render").unwrap_or("original") {
        "original" => RenderOpts::default(),
        "mono" => RenderOpts {
            mono: true,
            ..RenderOpts::default()
        },
        name => {
            let knobs =
                Knobs::from_name(name).ok_or(format!("--render: unknown rendering {name}"))?;
            // Knob renderings are for Mono; `--for unawait` keeps unawait's spelling (to check
            // that a knob does not change what a program prints).
            RenderOpts {
                knobs,
                mono: a.get("for") != Some("unawait"),
                namespace: None,
            }
        }
    };
    print!("{}", render(&p, &opts));
    Ok(ExitCode::SUCCESS)
}

fn parse_seeds(s: &str) -> Result<(u64, u64), String> {
    let (a, b) = s.split_once("..").ok_or("--seeds A..B")?;
    let a: u64 = a.parse().map_err(|_| "--seeds: A is not a number")?;
    let b: u64 = b.parse().map_err(|_| "--seeds: B is not a number")?;
    if b <= a {
        return Err("--seeds A..B needs A < B (B is excluded)".into());
    }
    Ok((a, b))
}

fn cmd_run(a: &Args) -> Result<ExitCode, String> {
    let (first, end) = parse_seeds(a.get("seeds").ok_or("--seeds A..B is required")?)?;
    let ctx = context(a)?;
    let opts = runner::RunOpts {
        first,
        end: Some(end),
        deadline: None,
        size: a.size()?,
        jobs: ctx.jobs,
        batch: a.num("batch", 25usize)?.max(1),
        out: a.get("out").map(PathBuf::from),
        reduce: a.has("--reduce"),
        save_oracle: a.has("--save-oracle"),
        reduce_limit: Duration::from_secs(60 * a.num("reduce-minutes", 10u64)?),
    };
    let summary = runner::run(&ctx, &opts);
    print!("{}", summary.text());
    Ok(if summary.failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn cmd_long(a: &Args) -> Result<ExitCode, String> {
    let minutes: f64 = a
        .get("minutes")
        .ok_or("--minutes N is required")?
        .parse()
        .map_err(|_| "--minutes: not a number")?;
    let ctx = context(a)?;
    let first = a.num("start-seed", 0u64)?;
    let out = PathBuf::from(a.get("out").unwrap_or("target/difftest-long"));
    let opts = runner::RunOpts {
        first,
        end: None,
        deadline: Some(Instant::now() + Duration::from_secs_f64(minutes * 60.0)),
        size: a.size()?,
        jobs: ctx.jobs,
        batch: a.num("batch", 25usize)?.max(1),
        out: Some(out.clone()),
        reduce: false,
        save_oracle: a.has("--save-oracle"),
        reduce_limit: Duration::ZERO,
    };
    let summary = runner::run(&ctx, &opts);
    let limit = Duration::from_secs(60 * a.num("reduce-minutes", 10u64)?);
    let reduced: Vec<(u64, String)> = summary
        .findings
        .iter()
        .map(|f| {
            let p = runner::reduce_finding(&ctx, f, Some(&out), limit);
            (f.seed, render(&p, &RenderOpts::default()))
        })
        .collect();
    let report = runner::report(&summary, first, &reduced);
    std::fs::write(out.join("report.md"), &report)
        .map_err(|e| format!("cannot write the report: {e}"))?;
    print!("{}", summary.text());
    println!("report: {}", out.join("report.md").display());
    Ok(if summary.failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// A hand-written program's class: unawait's variants, then Mono (no knobs: the text is not
/// the generator's).
fn classify_text(
    ctx: &Ctx,
    text: &str,
) -> (
    Class,
    Vec<(&'static str, outcome::Outcome)>,
    Option<outcome::Outcome>,
) {
    let path = exec::scratch_path("file.cs");
    std::fs::write(&path, text).unwrap();
    let ua = ctx.unawait.run_variants(&path);
    let _ = std::fs::remove_file(&path);
    if let Some(c) = classify::unawait_class(&ua, None) {
        return (c, ua, None);
    }
    let mono = ctx.mono.run_file(text);
    let class = if ua[0].1.agrees(&mono) {
        Class::Agree
    } else {
        Class::Unknown
    };
    (class, ua, Some(mono))
}

fn cmd_classify(a: &Args) -> Result<ExitCode, String> {
    let file = a.positional.first().ok_or("classify FILE.cs")?;
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let ctx = context(a)?;
    let (class, ua, mono) = classify_text(&ctx, &text);
    println!("{}", class.label());
    for (name, o) in &ua {
        println!("  unawait {name}: {}", o.ending.describe());
    }
    if let Some(m) = &mono {
        println!("  mono: {}", m.ending.describe());
        if !m.agrees(&ua[0].1) {
            println!("  difference: {}", classify::difference(&ua[0].1, m));
        }
    }
    Ok(if class == Class::Agree {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn cmd_reduce(a: &Args) -> Result<ExitCode, String> {
    let limit = Duration::from_secs_f64(60.0 * a.num("minutes", 10.0f64)?);
    if let Some(file) = a.positional.first() {
        return reduce_file(a, file, limit);
    }
    let seed: u64 = a
        .get("seed")
        .ok_or("reduce --seed N, or reduce FILE.cs")?
        .parse()
        .map_err(|_| "--seed: not a number")?;
    let ctx = context(a)?;
    let p = gen::generate(seed, a.size()?);
    let eval = ctx.classify(&[&p]).remove(0);
    println!("seed {seed}: {}", eval.class.label());
    if eval.class == Class::Agree {
        return Ok(ExitCode::SUCCESS);
    }
    let out = a.get("out").map(PathBuf::from);
    if let Some(out) = &out {
        runner::write_finding(
            &out.join(runner::finding_dir(seed, &eval.class)),
            &p,
            &eval,
            "original",
        );
    }
    let f = runner::Finding {
        seed,
        program: p,
        eval,
    };
    let reduced = runner::reduce_finding(&ctx, &f, out.as_deref(), limit);
    print!("{}", render(&reduced, &RenderOpts::default()));
    Ok(ExitCode::SUCCESS)
}

/// Text reduction of any file: while `--keep` (run as `sh -c CMD sh FILE`) exits 0, or else
/// while the file's class stays the same.
fn reduce_file(a: &Args, file: &str, limit: Duration) -> Result<ExitCode, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let deadline = Instant::now() + limit;
    let reduced = if let Some(keep) = a.get("keep") {
        let mut test = |t: &str| {
            let path = exec::scratch_path("cand.cs");
            std::fs::write(&path, t).unwrap();
            let mut cmd = std::process::Command::new("sh");
            cmd.arg("-c").arg(keep).arg("sh").arg(&path);
            let r = exec::run(&mut cmd, Duration::from_secs(60));
            let _ = std::fs::remove_file(&path);
            r.is_ok_and(|r| r.code == Some(0))
        };
        if !test(&text) {
            return Err("the predicate does not hold for the file itself".into());
        }
        reduce::text::reduce_text(&text, &mut test, deadline)
    } else {
        let ctx = context(a)?;
        let (class, _, _) = classify_text(&ctx, &text);
        println!("{file}: {}", class.label());
        if class == Class::Agree {
            return Ok(ExitCode::SUCCESS);
        }
        reduce::text::reduce_text(
            &text,
            &mut |t| classify_text(&ctx, t).0.same_as(&class),
            deadline,
        )
    };
    print!("{reduced}");
    Ok(ExitCode::SUCCESS)
}
