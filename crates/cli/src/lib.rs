//! The driver shared by the `unawait` binary and the end-to-end tests: runs the phases in order
//! on a thread with a large stack and collects every diagnostic.

use std::time::{Duration, Instant};
use unawait_syntax::diagnostic::finish;
use unawait_syntax::Diagnostic;

pub use unawait_smir::Model;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LoweredFormat {
    Text,
    Json,
    CSharp,
}

#[derive(Clone, PartialEq, Eq)]
pub enum Dump {
    None,
    Ast,
    Hir,
    /// The lowered methods (lowering runs only for a program without errors).
    /// The Cranelift IR of every generated function (sync bodies, `MoveNext` of async methods,
    /// the entry point's kickoff).
    Clif {
        method: Option<String>,
    },
    /// The same functions' machine code, disassembled.
    Asm {
        method: Option<String>,
    },
    /// No text: the lowered module itself, for running, lowered for the runtime `model`.
    Module {
        model: Model,
    },
    Lowered {
        format: LoweredFormat,
        /// Only methods whose name (`Class.Method`) ends with this.
        method: Option<String>,
        model: Model,
    },
    /// The report of `unawait explain` (docs/explain.md), for a program without errors; the
    /// lints join the diagnostics.
    Explain {
        format: unawait_explain::Format,
        method: Option<String>,
        model: Model,
    },
}

pub struct Compiled {
    /// Sorted by position, deduplicated, capped at `max_errors` errors.
    pub diagnostics: Vec<Diagnostic>,
    /// `--method NAME` matched no method of the program: all of their names, to list.
    pub unknown_method: Option<Vec<String>>,
    pub dump: Option<String>,
    /// With `Dump::Module { .. }`, for a program without errors.
    pub module: Option<unawait_smir::Module>,
    pub timings: Vec<(&'static str, Duration)>,
}

impl Compiled {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.is_error())
    }
}

/// `free_trees: false` skips freeing the syntax and typed trees: a command that exits right after
/// compiling lets the process give the memory back at once (as rustc and clang do), which is
/// about a tenth of the front end's time on a large file.
pub fn front_end(source: &str, dump: Dump, max_errors: usize) -> Compiled {
    front_end_with(source, dump, max_errors, true)
}

pub fn front_end_with(source: &str, dump: Dump, max_errors: usize, free_trees: bool) -> Compiled {
    front_end_opts(source, dump, max_errors, free_trees, false)
}

/// `front_end_with`, plus the lints of the tutorial's checklist (crates/explain) as warnings
/// for a program without errors: what `check` and `explain` report.
pub fn front_end_linted(source: &str, dump: Dump, max_errors: usize, free_trees: bool) -> Compiled {
    front_end_opts(source, dump, max_errors, free_trees, true)
}

fn front_end_opts(
    source: &str,
    dump: Dump,
    max_errors: usize,
    free_trees: bool,
    lints: bool,
) -> Compiled {
    std::thread::scope(|s| {
        let worker = std::thread::Builder::new()
            .stack_size(unawait_syntax::THREAD_STACK)
            .spawn_scoped(s, || {
                run_phases(source, dump, max_errors, free_trees, lints)
            });
        match worker.map(|h| h.join()) {
            Ok(Ok(compiled)) => compiled,
            _ => Compiled {
                diagnostics: vec![Diagnostic::error(
                    "UA0000",
                    "internal compiler error: the front end failed on this input",
                    unawait_syntax::Span::default(),
                )
                .with_hint("please report this program; the message above says where it failed")],
                dump: None,
                unknown_method: None,
                module: None,
                timings: Vec::new(),
            },
        }
    })
}

fn run_phases(
    source: &str,
    dump: Dump,
    max_errors: usize,
    free_trees: bool,
    lints: bool,
) -> Compiled {
    let t0 = Instant::now();
    let parsed = unawait_syntax::parse(source);
    let t1 = Instant::now();
    let mut text = (dump == Dump::Ast).then(|| unawait_syntax::ast_dump::dump(&parsed.unit));
    // A file too deep to parse has an empty tree: checking it would only add a bogus CS5001.
    let too_deep = parsed.diagnostics.iter().any(|d| d.code == "CS8078");
    let checked = if too_deep {
        unawait_sema::Checked {
            program: Default::default(),
            diagnostics: Vec::new(),
        }
    } else {
        unawait_sema::check(&parsed.unit)
    };
    let t2 = Instant::now();
    if dump == Dump::Hir {
        text = Some(unawait_sema::dump_hir(&checked.program));
    }
    let has_errors = parsed
        .diagnostics
        .iter()
        .chain(&checked.diagnostics)
        .any(|d| d.is_error());
    let unknown_method = match &dump {
        Dump::Clif { method: Some(m) }
        | Dump::Asm { method: Some(m) }
        | Dump::Lowered {
            method: Some(m), ..
        }
        | Dump::Explain {
            method: Some(m), ..
        } if !has_errors => {
            let names: Vec<String> = checked
                .program
                .methods
                .iter()
                .map(|x| format!("{}.{}", checked.program.class(x.class).name, x.name))
                .collect();
            (!names.iter().any(|n| selected(n, Some(m)))).then_some(names)
        }
        _ => None,
    };
    let jit_text = match &dump {
        Dump::Clif { method } => Some((unawait_jit::Keep::Clif, method)),
        Dump::Asm { method } => Some((unawait_jit::Keep::Asm, method)),
        _ => None,
    };
    if let (Some((keep, method)), false) = (jit_text, has_errors) {
        let mut module = unawait_lower::lower(&checked.program);
        unawait_facts::Facts::compute(&checked.program).annotate(&mut module);
        text = Some(match unawait_jit::compile_with(&module, source, keep) {
            Ok(compiled) => jit_text_of(&compiled, method.as_deref()),
            Err(e) => format!("; the JIT failed: {e}"),
        });
    }
    let t_module = Instant::now();
    // The facts the JIT reads off the module; the lints read them too.
    let mut facts = None;
    let run_model = match dump {
        Dump::Module { model } => Some(model),
        _ => None,
    };
    let module = run_model.filter(|_| !has_errors).map(|model| {
        let cores = std::thread::available_parallelism().map_or(1, |p| p.get());
        let stack = unawait_syntax::THREAD_STACK;
        let mut module = unawait_lower::lower_in_parallel(&checked.program, model, cores, stack);
        let f = unawait_facts::Facts::compute(&checked.program);
        f.annotate(&mut module);
        facts = Some(f);
        module
    });
    let module_lowered = t_module.elapsed();
    let lowered_module = module.is_some();
    if let (
        Dump::Lowered {
            format,
            method,
            model,
        },
        false,
    ) = (&dump, has_errors)
    {
        let mut module = unawait_lower::lower_for(&checked.program, *model);
        module
            .methods
            .retain(|m| selected(&m.name, method.as_deref()));
        text = Some(match format {
            LoweredFormat::Text => unawait_smir::print::module(&module, source),
            LoweredFormat::Json => unawait_smir::json::module(&module, source),
            LoweredFormat::CSharp => unawait_smir::csharp::module(&module, source),
        });
    }
    // The lints need the lowered module: only for a program without errors.
    let t3 = Instant::now();
    let mut t_lowered = t3;
    let lints = lints || matches!(dump, Dump::Explain { .. });
    let mut lint_diags = Vec::new();
    let mut lint_module = None;
    if lints && !has_errors {
        // `run` lints the module it runs; `check` lowers only what the lints read.
        let module = match module.as_ref() {
            Some(m) => m,
            None => lint_module.insert(if let Dump::Explain { model, .. } = dump {
                unawait_lower::lower_for(&checked.program, model)
            } else {
                unawait_explain::lower_for_lints(&checked.program)
            }),
        };
        t_lowered = Instant::now();
        lint_diags = match facts.take() {
            Some(f) => unawait_explain::lints_with_facts(f, module, source),
            None => unawait_explain::lints(&checked.program, module, source),
        };
        if let Dump::Explain { format, method, .. } = &dump {
            text = Some(unawait_explain::explain(
                &checked.program,
                module,
                source,
                method.as_deref(),
                *format,
            ));
        }
    }
    let t4 = Instant::now();
    // A statement the parser had to repair is not what the user wrote: what sema says about the
    // lines with syntax errors would be about the repair.
    // (The line index is only built when there are such lines.)
    let lines = parsed
        .diagnostics
        .iter()
        .any(|d| d.is_error())
        .then(|| unawait_syntax::span::LineIndex::new(source));
    let broken: std::collections::HashSet<usize> = match &lines {
        Some(lines) => parsed
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| lines.line(d.span().start))
            .collect(),
        None => Default::default(),
    };
    let mut diagnostics = parsed.diagnostics;
    diagnostics.extend(checked.diagnostics.into_iter().filter(|d| {
        lines
            .as_ref()
            .is_none_or(|lines| !broken.contains(&lines.line(d.span().start)))
    }));
    diagnostics.extend(lint_diags);
    if lints {
        unawait_explain::annotate(&mut diagnostics);
    }
    finish(&mut diagnostics, max_errors);
    if free_trees {
        // The trees can be deep: drop them here, on the big stack.
        drop(parsed.unit);
        drop(checked.program);
        drop(lint_module);
    } else {
        std::mem::forget(parsed.unit);
        std::mem::forget(checked.program);
        std::mem::forget(lint_module);
    }
    Compiled {
        diagnostics,
        dump: text,
        unknown_method,
        module,
        timings: if lints && !has_errors {
            vec![
                ("lex+parse", t1 - t0),
                ("check", t2 - t1),
                ("lower", t_lowered - t3),
                ("lint", t4 - t_lowered),
            ]
        } else if lowered_module {
            vec![
                ("lex+parse", t1 - t0),
                ("check", t2 - t1),
                ("lower", module_lowered),
            ]
        } else {
            vec![("lex+parse", t1 - t0), ("check", t2 - t1)]
        },
    }
}

fn jit_text_of(c: &unawait_jit::Compiled, method: Option<&str>) -> String {
    let mut out = String::new();
    let wanted = |n: &str| selected(n.strip_suffix(".MoveNext").unwrap_or(n), method);
    for (name, ir) in c.text.iter().filter(|(n, _)| wanted(n)) {
        out.push_str(&format!("; {name}\n{ir}\n"));
    }
    out
}

/// `--method NAME` selects `Class.Method` by its full name or by the method's own name.
fn selected(name: &str, method: Option<&str>) -> bool {
    method.is_none_or(|m| {
        name == m
            || name
                .strip_suffix(m)
                .is_some_and(|class| class.ends_with('.'))
    })
}
