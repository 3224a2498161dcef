//! Running a compiled program: `Main` on the main logical thread, as the .NET host does; an async
//! `Main` is waited for like `GetAwaiter().GetResult()`. Static constructors run when their class
//! is first used (`unawait_runtime::init`).

use crate::Compiled;
use std::sync::atomic::Ordering;
use unawait_runtime::object::{ElemKind, Word};
use unawait_runtime::{collections, pending, sched, string, task};
use unawait_smir::{self as smir, BuilderKind, MachTy, MethodKind};

/// How to run a program (`unawait run`'s flags).
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Timers on a simulated clock that jumps to the next deadline when every thread is idle.
    pub virtual_time: bool,
    /// Collect at every allocation that can trigger a collection.
    pub gc_stress: bool,
    /// Past this many bytes of heap, allocations of strings, arrays and lists throw
    /// `OutOfMemoryException`.
    pub max_heap: Option<usize>,
    /// Print the allocation and scheduling table on stderr after the run.
    pub stats: bool,
    /// Run `Main` inside a single-threaded SynchronizationContext on the main thread.
    pub sync_context: bool,
    /// Unobserved task exceptions make the run exit with 1 (after reporting them).
    pub unobserved_error: bool,
    /// Leave quick code quick: no thread recompiles it optimized while the program runs
    /// (`crate::tier`).
    pub no_tiering: bool,
    /// Record the run's timeline and write it to this file as Trace Event JSON
    /// (`unawait_runtime::timeline`; the code must be compiled with `Hooks::trace`).
    pub trace: Option<String>,
    /// The same, as a self-contained HTML page that draws it.
    pub trace_html: Option<String>,
    /// After the run, print the async methods still suspended, chain by chain, on stderr.
    pub async_stacks: bool,
}

/// Runs the program; returns the process exit code (`Main`'s `int`, or 0). An unhandled
/// exception ends the process inside (`sched::unhandled`), as in .NET.
pub fn run(
    module: &smir::Module,
    compiled: &Compiled,
    args: Vec<String>,
    options: &RunOptions,
) -> i32 {
    let Some(entry) = module.entry.map(|e| e as usize) else {
        eprintln!("unawait: the program has no entry point");
        return 1;
    };
    let main = compiled.entry_points[entry];
    let m = &module.methods[entry];
    let takes_args = match &m.kind {
        MethodKind::Async(sm) => !sm.kickoff.params.is_empty(),
        MethodKind::Sync => !m.body.params.is_empty(),
    };
    let outcome = match &m.kind {
        MethodKind::Async(sm) if sm.builder == BuilderKind::TaskOf(MachTy::I32) => {
            Outcome::TaskOfInt
        }
        MethodKind::Async(_) => Outcome::Task,
        MethodKind::Sync if m.ret == Some(MachTy::I32) => Outcome::Int,
        MethodKind::Sync => Outcome::Void,
    };
    unawait_runtime::gc::configure(unawait_runtime::gc::Options {
        stress: options.gc_stress,
        max_heap: options.max_heap,
        stats: options.stats,
        dotnet: module.model == smir::Model::DotNet,
    });
    unawait_runtime::gc::add_static_roots(compiled.statics.as_ptr(), compiled.statics.len());
    unawait_runtime::sites::enable(options.stats);
    let outputs: Vec<_> = [(&options.trace, false), (&options.trace_html, true)]
        .into_iter()
        .filter_map(|(p, html)| {
            p.clone()
                .map(|path| unawait_runtime::timeline::Output { path, html })
        })
        .collect();
    if !outputs.is_empty() {
        unawait_runtime::timeline::start(outputs, options.virtual_time);
    }
    let started = std::time::Instant::now();
    let stats = options.stats;
    let sched_options = sched::Options {
        virtual_time: options.virtual_time,
        sync_context: options.sync_context,
    };
    let code = std::thread::scope(|s| {
        let tiering = &compiled.tiering;
        let optimizer = (compiled.quick_functions() > 0 && !options.no_tiering)
            .then(|| s.spawn(|| crate::tier::optimize(module, tiering)));
        let code = run_main(sched_options, main, args, takes_args, outcome);
        tiering.stop.store(true, Ordering::Release);
        if let Some(Ok(Err(e))) = optimizer.map(|h| h.join()) {
            eprintln!("unawait: internal error: optimizing quick code failed: {e}");
        }
        tiering.stop.store(false, Ordering::Release);
        code
    });
    unawait_runtime::timeline::finish();
    if options.async_stacks && code != 3 {
        eprint!("{}", unawait_runtime::deadlock::async_stacks());
    }
    if stats {
        let model = module.model.describe();
        // Under unawait's model the table shows .NET's counts beside.
        let dotnet = module.model == smir::Model::Unawait;
        let out = &mut std::io::stderr();
        unawait_runtime::gc::print_stats(out, started.elapsed(), model, dotnet);
    }
    // A deadlock's report says more important things. `--unobserved error` turns a run that
    // ended with Main's own exit code into a failure, not an unhandled exception's 134.
    if code != 3 && task::report_unobserved() > 0 && options.unobserved_error && code != 134 {
        return 1;
    }
    code
}

/// Runs `Main` (`main` is its code) to the end, with the scheduler; returns the exit code.
fn run_main(
    sched_options: sched::Options,
    main: *const u8,
    args: Vec<String>,
    takes_args: bool,
    outcome: Outcome,
) -> i32 {
    sched::run(
        sched_options,
        Box::new(move || {
            let argv = if takes_args {
                let words: Vec<Word> = args.iter().map(|a| string::new_string(a)).collect();
                collections::new_array_from(ElemKind::Ref, &words)
            } else {
                0
            };
            // SAFETY: Main takes nothing or one reference and returns nothing, an int, or a
            // task word; an unused argument register and the unused upper bits are ignored.
            let f: extern "C" fn(Word) -> Word = unsafe { std::mem::transmute(main) };
            // The main thread's own track: what completes there completes inside a slice.
            let traced = unawait_runtime::timeline::on();
            if traced {
                unawait_runtime::timeline::work("Main (the main thread)", true);
            }
            let r = f(argv);
            if traced {
                unawait_runtime::timeline::work("Main (the main thread)", false);
            }
            raise_pending();
            match outcome {
                Outcome::Void => 0,
                Outcome::Int => r as i32,
                Outcome::Task | Outcome::TaskOfInt => {
                    // Under a SynchronizationContext the main thread runs its message loop until
                    // Main's task completes, as a UI app's does.
                    sched::pump_until(task::from_word(r));
                    let main_site = string::intern("the host, waiting for Main's task");
                    let v = task::awaiter_get_result_at(r, task::AWAIT_TASK, main_site);
                    raise_pending();
                    if outcome == Outcome::TaskOfInt {
                        v as i32
                    } else {
                        0
                    }
                }
            }
        }),
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Void,
    Int,
    Task,
    TaskOfInt,
}

fn raise_pending() {
    if pending::is_pending() {
        sched::unhandled(pending::take());
    }
}
