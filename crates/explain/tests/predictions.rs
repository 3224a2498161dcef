//! What `explain` says with certainty, the run confirms: every sample and every program of
//! tests/explain runs (virtual clock, no context) compiled to count each await, and for every
//! await and method the prediction is checked against the counters (`unawait_runtime::sites`):
//! - an await predicted to complete synchronously never suspended;
//! - an await predicted to suspend suspended every time it ran;
//! - a method predicted never to suspend suspended nowhere (so it allocated no box);
//! - an await predicted to continue on a pool thread without a context never resumed on the
//!   main thread (whether it must suspend or only may);
//! - every box a method allocated has the size predicted for it;
//! - a method whose calls are said to give their box back to its pool, called only by `Main`
//!   and always awaited directly, allocated at most two boxes (when no collection ran);
//! - run again with `Main` in a single-threaded context: an await said to post its
//!   continuation back to the main thread's context resumed on the main thread every time,
//!   one said to continue on a pool thread never resumed on the main thread.

use std::path::Path;
use unawait_explain::Completion;

/// The samples and the test programs that run: tests/explain's await their methods from
/// `Main`, so that a method said always to suspend is held to it at its callers' awaits.
/// tests/memory's programs run under the heap limits of their `.flags`, and are left out.
const PROGRAMS: [&str; 7] = [
    "samples",
    "tests/explain",
    "tests/lints",
    "tests/runtime",
    "tests/lowering",
    "tests/qa",
    "tests/csharp12",
];

fn programs() -> Vec<std::path::PathBuf> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut all = Vec::new();
    for folder in PROGRAMS {
        let mut v: Vec<_> = std::fs::read_dir(repo.join(folder))
            .unwrap_or_else(|e| panic!("{folder}/: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "cs"))
            .collect();
        v.sort();
        all.extend(v);
    }
    all
}

/// Samples that end the process (an unhandled exception) cannot run inside the test.
fn ends_the_process(path: &Path) -> bool {
    ["code", "expected.code"].iter().any(|ext| {
        std::fs::read_to_string(path.with_extension(ext)).is_ok_and(|c| c.trim() == "134")
    })
}

/// The checked program and its lowered module with the facts written on it, as `run` makes
/// them; `None` for a program with errors (tests/lints has some on purpose).
fn compile(source: &str) -> Option<(unawait_sema::Checked, unawait_smir::Module)> {
    let parsed = unawait_syntax::parse(source);
    let checked = unawait_sema::check(&parsed.unit);
    let errors = parsed.diagnostics.iter().chain(&checked.diagnostics);
    if errors.into_iter().any(|d| d.is_error()) {
        return None;
    }
    let mut module = unawait_lower::lower(&checked.program);
    unawait_facts::Facts::compute(&checked.program).annotate(&mut module);
    Some((checked, module))
}

/// The JIT leaves out the suspend path of exactly the awaits the facts prove complete: none
/// of them is lost to a shape of the lowered code the JIT does not follow.
#[test]
fn the_jit_folds_exactly_the_awaits_the_facts_prove_complete() {
    let mut folded_total = 0;
    for path in programs() {
        let source = std::fs::read_to_string(&path).expect("UTF-8");
        let Some((checked, module)) = compile(&source) else {
            continue;
        };
        let facts = unawait_facts::Facts::compute(&checked.program).completed_awaits();
        let folded = unawait_jit::folded_awaits(&module);
        for (i, (f, j)) in facts.iter().zip(&folded).enumerate() {
            let name = &module.methods[i].name;
            assert_eq!(
                f,
                j,
                "{}: {name}: the facts' completed awaits (left) and the JIT's (right)",
                path.display()
            );
        }
        folded_total += folded.iter().map(|s| s.len()).sum::<usize>();
    }
    assert!(
        folded_total > 10,
        "only {folded_total} awaits folded: the test sees too little"
    );
}

/// What one run counted: each await, each method's boxes, and how many collections ran.
struct Counted {
    sites: Vec<unawait_runtime::sites::Site>,
    boxes: Vec<(&'static str, u32, u64, u64)>,
    collections: u64,
}

impl Counted {
    fn await_counts(&self, method: &str, state: i32) -> unawait_runtime::sites::AwaitCounts {
        self.sites
            .iter()
            .find(|s| s.method == method && s.state == state)
            .map(|s| s.counts)
            .unwrap_or_default()
    }
}

/// Runs the program compiled to count, on the virtual clock, with no context or (`single`)
/// `Main` inside a single-threaded one.
fn run_counting(module: &unawait_smir::Module, source: &str, single: bool) -> Counted {
    let native = unawait_jit::compile_counting(module, source).expect("compiles");
    let options = unawait_jit::RunOptions {
        virtual_time: true,
        stats: true,
        sync_context: single,
        ..Default::default()
    };
    unawait_jit::run(module, &native, Vec::new(), &options);
    Counted {
        sites: unawait_runtime::sites::snapshot(),
        boxes: unawait_runtime::gc::box_sites(),
        collections: unawait_runtime::gc::summary().collections,
    }
}

/// The methods of the program called by `Main` only (not by themselves either): `Main` makes
/// those calls one after another.
fn called_by_main_only(program: &unawait_sema::hir::Program) -> Vec<String> {
    use unawait_sema::hir::{Callee, ExprKind, MethodId};
    let facts = unawait_facts::Facts::compute(program);
    let mut callers: Vec<Vec<usize>> = vec![Vec::new(); program.methods.len()];
    for (k, w) in facts.walks.iter().enumerate() {
        for c in &w.calls {
            if let ExprKind::Call {
                callee: Callee::User(m),
                ..
            } = c.expr.kind
            {
                callers[m.0 as usize].push(k);
            }
        }
    }
    let Some(main) = program.entry_point else {
        return Vec::new();
    };
    (0..program.methods.len())
        .filter(|&m| !callers[m].is_empty() && callers[m].iter().all(|&k| k == main.0 as usize))
        .map(|m| unawait_facts::display_name(program, MethodId(m as u32)))
        .collect()
}

#[test]
fn certain_predictions_of_explain_hold_at_run_time() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in programs().iter().filter(|p| !ends_the_process(p)) {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = std::fs::read_to_string(path).expect("UTF-8");
        let Some((checked_program, module)) = compile(&source) else {
            continue;
        };
        let report = unawait_explain::report(&checked_program.program, &module, &source);
        let run = run_counting(&module, &source, false);
        let by_main = called_by_main_only(&checked_program.program);
        for m in &report.methods {
            if let Some(predicted) = m.frame.as_ref().map(|f| f.box_bytes) {
                for (_, line, n, bytes) in run.boxes.iter().filter(|b| b.0 == m.name) {
                    checked += 1;
                    if *bytes != predicted * n {
                        failures.push(format!(
                            "{name}: {} at line {line}: {n} boxes of {} bytes each, predicted {predicted}",
                            m.name,
                            bytes / n.max(&1)
                        ));
                    }
                }
            }
            // Calls awaited directly one after another, said to give their boxes back
            // whatever they do, use at most two (unless a collection emptied the pool).
            if let Some(al) = &m.allocations {
                let (direct, all) = al.pooled_calls;
                if al.fails_at.is_none()
                    && direct > 0
                    && direct == all
                    && by_main.contains(&m.name)
                    && run.collections == 0
                {
                    checked += 1;
                    let n: u64 = run
                        .boxes
                        .iter()
                        .filter(|b| b.0 == m.name)
                        .map(|b| b.2)
                        .sum();
                    if n > 2 {
                        failures.push(format!(
                            "{name}: {}: said to reuse its box when awaited directly, but {n} calls from Main allocated one",
                            m.name
                        ));
                    }
                }
            }
            let never_suspends = matches!(m.completion, Some(("never_suspends", _)));
            for a in &m.awaits {
                let c = run.await_counts(&m.name, a.state);
                checked += 1;
                let at = format!("{name}: {} at line {}", m.name, a.line);
                match &a.completes {
                    Completion::Sync(_) if c.suspended > 0 => failures.push(format!(
                        "{at}: predicted synchronous ({}) but suspended {} of {} times",
                        a.why, c.suspended, c.executed
                    )),
                    // An await still suspended when the program ended ran without a result.
                    Completion::Suspends(_) if c.suspended != c.ran() => failures.push(format!(
                        "{at}: predicted to suspend ({}) but suspended {} of {} times",
                        a.why,
                        c.suspended,
                        c.ran()
                    )),
                    _ => {}
                }
                if never_suspends && c.suspended > 0 {
                    failures.push(format!("{at}: the method is predicted never to suspend"));
                }
                if a.on_none.starts_with("a pool thread") && c.resumed_on_main > 0 {
                    failures.push(format!(
                        "{at}: predicted to continue on a pool thread, resumed {} times on main",
                        c.resumed_on_main
                    ));
                }
            }
        }
        // Under a single-threaded context: an await said to post its continuation back to the
        // main thread's context resumed there every time, one said to continue on a pool
        // thread never did.
        let single = run_counting(&module, &source, true);
        for m in &report.methods {
            for a in &m.awaits {
                let c = single.await_counts(&m.name, a.state);
                let at = format!("{name} (single): {} at line {}", m.name, a.line);
                checked += 1;
                if a.on_single
                    .starts_with("posted back to the main thread's context")
                    && c.resumed_on_pool > 0
                {
                    failures.push(format!(
                        "{at}: predicted to be posted back to the main thread's context, resumed {} times on a pool thread",
                        c.resumed_on_pool
                    ));
                }
                if a.on_single.starts_with("a pool thread") && c.resumed_on_main > 0 {
                    failures.push(format!(
                        "{at}: predicted to continue on a pool thread, resumed {} times on main",
                        c.resumed_on_main
                    ));
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} awaits were checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
