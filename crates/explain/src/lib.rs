//! `unawait explain`: for every async method, what its state machine holds and why, what each
//! await does (completes synchronously, must suspend, depends on run time; where its
//! continuation runs), what a call allocates, the tutorial's verdicts; and the lints that
//! `check` reports as warnings. docs/explain.md describes the report, docs/dump-format.md its
//! JSON schema, docs/diagnostics.md the lint codes.
//!
//! Architecture invariant: decides nothing the lowering decided. What is in the frame, which
//! values cross which await and the await states come from the lowered module; this crate adds
//! where in the source (reads, loops) and what the library and the runtime make of it. No I/O.

mod analysis;
mod lines;
mod lints;
mod prose;
mod render;
mod report;

use unawait_sema::hir::{MethodId, Program};
use unawait_smir::Module;
use unawait_syntax::Diagnostic;

pub use render::JSON_VERSION;
pub use report::{AwaitReport, Layout, MethodReport, Report};
pub use unawait_facts::Completion;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// The lints of a checked program without errors, as warnings (UA0201..UA0212).
pub fn lints(program: &Program, module: &Module, source: &str) -> Vec<Diagnostic> {
    lints_with_facts(unawait_facts::Facts::compute(program), module, source)
}

/// `lints`, with the program's facts already computed (`run` computes them once, for the JIT
/// and the lints).
pub fn lints_with_facts<'p>(
    facts: unawait_facts::Facts<'p>,
    module: &'p Module,
    source: &'p str,
) -> Vec<Diagnostic> {
    let program = facts.program;
    let a = analysis::Analysis::with_facts(facts, module, source, Layout::runtime());
    let mut out: Vec<Diagnostic> = lints::program_lints(&a)
        .iter()
        .map(lints::Lint::diagnostic)
        .collect();
    // The instantiations of one generic method share its code: a lint is said once per place.
    let mut said = std::collections::HashSet::new();
    for i in 0..program.methods.len() {
        let instance = program.instance_of.contains_key(&MethodId(i as u32));
        out.extend(
            lints::method_lints(&a, MethodId(i as u32))
                .iter()
                .filter(|l| !instance || said.insert((l.code, l.span)))
                .map(lints::Lint::diagnostic),
        );
    }
    out
}

/// The lowered module the lints need: the state machines of the async methods; other methods
/// are left empty (the lints read nothing of them), which saves lowering them for `check`.
pub fn lower_for_lints(program: &Program) -> Module {
    let tables = unawait_lower::Tables::new(program);
    let methods = program
        .methods
        .iter()
        .enumerate()
        .map(|(i, m)| {
            if m.is_async && m.body.is_some() {
                return unawait_lower::lower_method_in(program, MethodId(i as u32), &tables);
            }
            // Generic declarations and open instances (thousands in generic code) keep no
            // body: nothing of theirs is read, not even a name.
            let (name, return_type) = match m.body {
                Some(_) => (
                    format!("{}.{}", program.class(m.class).name, m.name),
                    m.return_type.to_string(),
                ),
                None => (String::new(), String::new()),
            };
            unawait_smir::Method {
                trace_name: name.clone(),
                name,
                return_type,
                ret: None,
                kind: unawait_smir::MethodKind::Sync,
                body: Default::default(),
                span: m.span,
                generic: !m.type_params.is_empty(),
            }
        })
        .collect();
    Module {
        methods,
        ..Default::default()
    }
}

/// Adds the tutorial's reference to the warnings sema reports for the checklist (CS1998,
/// CS4014).
pub fn annotate(diagnostics: &mut [Diagnostic]) {
    for d in diagnostics {
        if let Some(note) = lints::tutorial_note(d.code) {
            if !d.notes.iter().any(|n| n == note) {
                d.notes.push(note.to_string());
            }
        }
    }
}

/// The report of `unawait explain` for the methods `method` selects (all when `None`): async
/// methods, and methods with lints.
pub fn explain(
    program: &Program,
    module: &Module,
    source: &str,
    method: Option<&str>,
    format: Format,
) -> String {
    explain_with_layout(program, module, source, method, format, Layout::runtime())
}

/// `explain` with given object sizes instead of the runtime's: reports that do not change when
/// the runtime's objects do (the snapshot tests).
pub fn explain_with_layout(
    program: &Program,
    module: &Module,
    source: &str,
    method: Option<&str>,
    format: Format,
    layout: Layout,
) -> String {
    let a = analysis::Analysis::new(program, module, source, layout);
    let r = report::build(&a, method);
    match format {
        Format::Text => render::text(&r),
        Format::Json => render::json(&r),
    }
}

/// The report itself, as data: what the validation against the run-time counters reads.
pub fn report(program: &Program, module: &Module, source: &str) -> Report {
    let a = analysis::Analysis::new(program, module, source, Layout::runtime());
    report::build(&a, None)
}

/// Parses, checks and lowers `source`, then runs `f` on the result; `None` when the program has
/// errors. For tests and tools that start from source text.
pub fn with_source<T>(
    source: &str,
    f: impl FnOnce(&Program, &Module, Vec<Diagnostic>) -> T,
) -> Option<T> {
    let parsed = unawait_syntax::parse(source);
    let checked = unawait_sema::check(&parsed.unit);
    let mut diags = parsed.diagnostics;
    diags.extend(checked.diagnostics);
    if diags.iter().any(|d| d.is_error()) {
        return None;
    }
    let module = unawait_lower::lower(&checked.program);
    Some(f(&checked.program, &module, diags))
}
