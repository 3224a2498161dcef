//! What `explain` says with certainty, the run confirms: every sample and every program of
//! tests/explain runs (virtual clock, no context) compiled to count each await, and for every
//! await and method the prediction is checked against the counters (`unawait_runtime::sites`):
//! - an await predicted to complete synchronously never suspended;
//! - an await predicted to suspend suspended every time it ran;
//! - a method predicted never to suspend suspended nowhere (so it allocated no box);
//! - an await predicted to continue on a pool thread without a context never resumed on the
//!   main thread;
//! - every box a method allocated has the size predicted for it.

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
        let native = unawait_jit::compile_counting(&module, &source).expect("compiles");
        let options = unawait_jit::RunOptions {
            virtual_time: true,
            stats: true,
            ..Default::default()
        };
        unawait_jit::run(&module, &native, Vec::new(), &options);
        let sites = unawait_runtime::sites::snapshot();
        let boxes = unawait_runtime::gc::box_sites();
        let counts = |method: &str, state: i32| {
            sites
                .iter()
                .find(|s| s.method == method && s.state == state)
                .map(|s| s.counts)
                .unwrap_or_default()
        };
        for m in &report.methods {
            if let Some(predicted) = m.frame.as_ref().map(|f| f.box_bytes) {
                for (_, line, n, bytes) in boxes.iter().filter(|b| b.0 == m.name) {
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
            let never_suspends = matches!(m.completion, Some(("never_suspends", _)));
            for a in &m.awaits {
                let c = counts(&m.name, a.state);
                checked += 1;
                let at = format!("{name}: {} at line {}", m.name, a.line);
                match &a.completes {
                    Completion::Sync(_) if c.suspended > 0 => failures.push(format!(
                        "{at}: predicted synchronous ({}) but suspended {} of {} times",
                        a.why, c.suspended, c.ran()
                    )),
                    Completion::Suspends(_) if c.suspended != c.ran() => failures.push(format!(
                        "{at}: predicted to suspend ({}) but suspended {} of {} times",
                        a.why, c.suspended, c.ran()
                    )),
                    _ => {}
                }
                if never_suspends && c.suspended > 0 {
                    failures.push(format!("{at}: the method is predicted never to suspend"));
                }
                let on_pool = matches!(a.completes, Completion::Suspends(_))
                    && a.on_none.starts_with("a pool thread");
                if on_pool && c.resumed_on_main > 0 {
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
