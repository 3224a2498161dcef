//! The `unawait` command. The only crate that reads the user's files and decides exit codes.

mod bench;
mod commands;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "unawait",
    version,
    about = "A compiler for async C# that shows its state machines"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a program: diagnostics on stderr; exit 0 when clean or warnings only, 1 on errors.
    Check {
        file: PathBuf,
        /// Print the time each front-end phase took, on stderr.
        #[arg(long)]
        timings: bool,
        /// Color the diagnostics (default: when stderr is a terminal).
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
    },
    /// Print an intermediate form of a program.
    Dump {
        #[arg(long, value_enum)]
        stage: Stage,
        file: PathBuf,
        /// For `--stage lowered`: `text` (the SMIR), `json` (docs/dump-format.md) or `csharp`
        /// (the state machines as C#-like source).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// For `--stage lowered`: only this method (`Main` or `Program.Main`).
        #[arg(long)]
        method: Option<String>,
        /// The runtime to model: `unawait` (its own optimizations: results of calls awaited
        /// directly come back inline and their boxes are pooled, `return await` wrappers are
        /// skipped) or `dotnet` (none of them: allocations and suspensions as .NET's).
        #[arg(long, value_enum, default_value_t = RuntimeModel::Unawait)]
        model: RuntimeModel,
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
    },
    /// Explain every async method: its frame and why each value is in it, each await
    /// (completes synchronously, must suspend or depends on run time; where it continues), the
    /// allocations of a call, the tutorial's verdicts and the lints (docs/explain.md).
    Explain {
        file: PathBuf,
        /// Only this method (`Main` or `Program.Main`).
        #[arg(long)]
        method: Option<String>,
        /// `text`, or `json` (docs/dump-format.md).
        #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
        format: ExplainFormat,
        /// The runtime to model: `unawait` (its own optimizations: results of calls awaited
        /// directly come back inline and their boxes are pooled, `return await` wrappers are
        /// skipped) or `dotnet` (none of them: allocations and suspensions as .NET's).
        #[arg(long, value_enum, default_value_t = RuntimeModel::Unawait)]
        model: RuntimeModel,
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
    },
    /// Compile and run a program; exits with Main's int, 1 for compile errors, 134 for an
    /// unhandled exception.
    Run {
        file: PathBuf,
        /// Simulated clock: time jumps to the next timer whenever every thread is idle.
        #[arg(long)]
        virtual_time: bool,
        /// After the run, print allocations (by kind and by await), collections and
        /// scheduling counts on stderr.
        #[arg(long)]
        stats: bool,
        /// Collect garbage at every allocation (slow; for testing the collector).
        #[arg(long)]
        gc_stress: bool,
        /// Heap limit (bytes, or with a K/M/G suffix); past it, allocations of strings, arrays
        /// and lists throw OutOfMemoryException.
        #[arg(long, value_parser = parse_size)]
        max_heap: Option<usize>,
        /// `single` runs Main inside a single-threaded SynchronizationContext on the main
        /// thread, as a UI app does; `none` (the default) is a console app.
        #[arg(long, value_enum, default_value_t = SyncContext::None)]
        sync_context: SyncContext,
        /// `error` makes unobserved task exceptions (reported on stderr at exit) exit with 1.
        #[arg(long, value_enum, default_value_t = Unobserved::Warn)]
        unobserved: Unobserved,
        /// Print how long each phase took (parsing, checking, lowering, the JIT's, the run) on
        /// stderr.
        #[arg(long)]
        timings: bool,
        /// Write the run's timeline to FILE in Chrome's Trace Event Format (open it in
        /// Perfetto or chrome://tracing): a track per logical thread, a slice per MoveNext run,
        /// arrows from each completed task to the continuation it scheduled.
        #[arg(long, value_name = "FILE")]
        trace: Option<PathBuf>,
        /// The same timeline as one self-contained HTML page (no network): swim lanes per
        /// thread, slices labelled with method and line, arrows for continuations, details
        /// on hover.
        #[arg(long, value_name = "FILE")]
        trace_html: Option<PathBuf>,
        /// When the run ends, print on stderr the async methods still suspended: each chain of
        /// awaits ("who awaits whom") from a call nothing awaits, as the deadlock report
        /// prints them, and the threads blocked on a task.
        #[arg(long)]
        async_stacks: bool,
        /// `tiered` compiles functions without loops quickly, then optimized on another core
        /// while the program runs; `optimized` optimizes everything before running; `quick`
        /// never optimizes functions without loops.
        #[arg(long, value_enum, default_value_t = Jit::Tiered)]
        jit: Jit,
        /// The runtime to model: `unawait` (its own optimizations: results of calls awaited
        /// directly come back inline and their boxes are pooled, `return await` wrappers are
        /// skipped) or `dotnet` (none of them: allocations and suspensions as .NET's).
        #[arg(long, value_enum, default_value_t = RuntimeModel::Unawait)]
        model: RuntimeModel,
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Benchmark programs as BenchmarkDotNet does: each compiled once and its Main run after a
    /// warm-up until the error of the mean is small, in a process of its own; per program the
    /// time and allocations per run, then one table (Mean, Error, StdDev, Median, P95, P99,
    /// Ratio to the first program, Gen0, Allocated, Alloc Ratio) on stderr. The programs'
    /// output repeats on stdout, once per run.
    Bench {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Measured runs of Main (default: until the error is under 2% of the mean).
        #[arg(long)]
        iterations: Option<usize>,
        /// Runs of Main before measuring (default: until the tiered JIT has optimized every
        /// function, at least one run).
        #[arg(long)]
        warmup: Option<usize>,
        /// Operations one run of Main performs: the table is per operation.
        #[arg(long, default_value_t = 1)]
        ops: u64,
        /// The runtime to model (see `run --model`).
        #[arg(long, value_enum, default_value_t = RuntimeModel::Unawait)]
        model: RuntimeModel,
        #[arg(long, value_enum, default_value_t = SyncContext::None)]
        sync_context: SyncContext,
        #[arg(long)]
        virtual_time: bool,
        #[arg(long, value_enum, default_value_t = Jit::Tiered)]
        jit: Jit,
        /// Also write the table as JSON to this file.
        #[arg(long, value_name = "FILE")]
        json: Option<PathBuf>,
        /// (Internal: the child process measuring one program writes its figures here.)
        #[arg(long, hide = true)]
        measure_into: Option<PathBuf>,
        #[arg(last = true)]
        args: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum SyncContext {
    None,
    Single,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum RuntimeModel {
    Unawait,
    Dotnet,
}

impl RuntimeModel {
    fn model(self) -> unawait::Model {
        match self {
            RuntimeModel::Unawait => unawait::Model::Unawait,
            RuntimeModel::Dotnet => unawait::Model::DotNet,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Jit {
    Tiered,
    Optimized,
    Quick,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Unobserved {
    Warn,
    Error,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Stage {
    /// The syntax tree, as parsed.
    Ast,
    /// The typed tree, after name resolution and type checking.
    Hir,
    /// The state machines: SMIR as text, JSON or C#-like source (`--format`).
    Lowered,
    /// The Cranelift IR the JIT generates.
    Clif,
    /// The machine code the JIT generates, disassembled (Cranelift's notation).
    Asm,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Csharp,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // clap's own exit code for --help/--version is 0; usage errors are 2 as documented.
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let code = match cli.command {
        Command::Check {
            file,
            timings,
            color,
        } => commands::check(&file, timings, color),
        Command::Dump {
            stage,
            file,
            format,
            method,
            model,
            color,
        } => commands::dump(&file, stage, format, method, model.model(), color),
        Command::Explain {
            file,
            method,
            format,
            model,
            color,
        } => {
            let json = format == ExplainFormat::Json;
            commands::explain(&file, method, json, model.model(), color)
        }
        Command::Run {
            file,
            args,
            virtual_time,
            stats,
            gc_stress,
            max_heap,
            sync_context,
            unobserved,
            timings,
            jit,
            model,
            trace,
            trace_html,
            async_stacks,
        } => {
            let options = unawait_jit::RunOptions {
                virtual_time,
                gc_stress,
                max_heap,
                stats,
                sync_context: matches!(sync_context, SyncContext::Single),
                unobserved_error: matches!(unobserved, Unobserved::Error),
                no_tiering: jit == Jit::Quick,
                trace: trace.map(|p| p.display().to_string()),
                trace_html: trace_html.map(|p| p.display().to_string()),
                async_stacks,
            };
            // A process exit code is a byte; C#'s `int` Main results wrap the same way.
            let tiered = jit != Jit::Optimized;
            let code = commands::run(&file, &args, &options, model.model(), timings, tiered);
            std::process::exit(code);
        }
        Command::Bench {
            files,
            iterations,
            warmup,
            ops,
            model,
            sync_context,
            virtual_time,
            jit,
            json,
            measure_into,
            args,
        } => {
            let setup = bench::Setup {
                model: model.model(),
                options: unawait_jit::RunOptions {
                    virtual_time,
                    sync_context: matches!(sync_context, SyncContext::Single),
                    no_tiering: jit == Jit::Quick,
                    ..Default::default()
                },
                tiered: jit != Jit::Optimized,
                iterations,
                warmup,
                ops,
            };
            if let (Some(out), [file]) = (&measure_into, &files[..]) {
                std::process::exit(bench::measure_to(file, &args, &setup, out));
            }
            // What a child process measuring one of the programs is given.
            let mut self_args: Vec<String> = vec![
                "bench".into(),
                "--ops".into(),
                ops.to_string(),
                "--model".into(),
                flag(model),
                "--sync-context".into(),
                flag(sync_context),
                "--jit".into(),
                flag(jit),
            ];
            if let Some(n) = iterations {
                self_args.extend(["--iterations".into(), n.to_string()]);
            }
            if let Some(n) = warmup {
                self_args.extend(["--warmup".into(), n.to_string()]);
            }
            if virtual_time {
                self_args.push("--virtual-time".into());
            }
            let json = json.as_deref();
            std::process::exit(bench::bench(&files, &args, &setup, json, &self_args))
        }
    };
    ExitCode::from(code)
}

/// How a value of an option is written on the command line.
fn flag<T: ValueEnum>(v: T) -> String {
    v.to_possible_value()
        .map_or(String::new(), |p| p.get_name().to_string())
}

/// `64M`, `512K`, `1G` or plain bytes.
fn parse_size(s: &str) -> Result<usize, String> {
    let (digits, unit) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&s[..i], c.to_ascii_uppercase()),
        _ => (s, 'B'),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a size (use bytes or a K, M or G suffix)"))?;
    let scale = match unit {
        'B' => 1,
        'K' => 1 << 10,
        'M' => 1 << 20,
        'G' => 1 << 30,
        _ => return Err(format!("`{s}`: the unit must be K, M or G")),
    };
    n.checked_mul(scale)
        .ok_or_else(|| format!("`{s}` is too large"))
}
