use crate::{ColorChoice, Format, Stage};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::time::Instant;
use unawait::{front_end_linted, front_end_with, Dump};
use unawait_syntax::diagnostic::render;
use unawait_syntax::Diagnostic;

const MAX_ERRORS: usize = 100;

/// The file's text. Bytes that are not UTF-8 are read as U+FFFD, with a warning at the first.
fn read(path: &Path) -> Result<(String, Option<Diagnostic>), u8> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(match String::from_utf8(bytes) {
            Ok(s) => (s, None),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let warning = Diagnostic::warning(
                    "UA0003",
                    "the file is not valid UTF-8; invalid bytes are read as U+FFFD",
                    unawait_syntax::Span::new(at, at + char::REPLACEMENT_CHARACTER.len_utf8()),
                )
                .with_hint("save the file as UTF-8");
                (
                    String::from_utf8_lossy(e.as_bytes()).into_owned(),
                    Some(warning),
                )
            }
        }),
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", path.display());
            Err(2)
        }
    }
}

/// Reads and compiles; the reading's own warning joins the compiler's diagnostics.
fn compile(path: &Path, dump: Dump) -> Result<(String, unawait::Compiled), u8> {
    compile_opts(path, dump, false)
}

/// `compile`, with the checklist's lints when `lints` (`check`, `explain`).
fn compile_opts(path: &Path, dump: Dump, lints: bool) -> Result<(String, unawait::Compiled), u8> {
    let (source, warning) = read(path)?;
    let mut compiled = if lints {
        front_end_linted(&source, dump, MAX_ERRORS, false)
    } else {
        front_end_with(&source, dump, MAX_ERRORS, false)
    };
    if let Some(w) = warning {
        compiled.diagnostics.insert(0, w);
        compiled.diagnostics.sort_by_key(|d| d.span().start);
    }
    Ok((source, compiled))
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::io::stderr().is_terminal(),
    }
}

fn report(path: &Path, source: &str, diags: &[Diagnostic], color: ColorChoice) -> u8 {
    if !diags.is_empty() {
        let text = render(diags, &path.display().to_string(), source, use_color(color));
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
    u8::from(diags.iter().any(|d| d.is_error()))
}

pub fn check(path: &Path, timings: bool, color: ColorChoice) -> u8 {
    let start = Instant::now();
    let (source, compiled) = match compile_opts(path, Dump::None, true) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let total = start.elapsed();
    let code = report(path, &source, &compiled.diagnostics, color);
    if timings {
        for (phase, t) in &compiled.timings {
            eprintln!("{phase:>10}: {:8.3} ms", t.as_secs_f64() * 1e3);
        }
        eprintln!("{:>10}: {:8.3} ms", "total", total.as_secs_f64() * 1e3);
    }
    code
}

pub fn dump(
    path: &Path,
    stage: Stage,
    format: Format,
    method: Option<String>,
    model: unawait::Model,
    color: ColorChoice,
) -> u8 {
    let method_filter = method.clone();
    let dump = match stage {
        Stage::Ast => Dump::Ast,
        Stage::Hir => Dump::Hir,
        Stage::Clif => Dump::Clif { method },
        Stage::Asm => Dump::Asm { method },
        Stage::Lowered => Dump::Lowered {
            format: match format {
                Format::Text => unawait::LoweredFormat::Text,
                Format::Json => unawait::LoweredFormat::Json,
                Format::Csharp => unawait::LoweredFormat::CSharp,
            },
            method,
            model,
        },
    };
    let (source, compiled) = match compile(path, dump) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let code = report(path, &source, &compiled.diagnostics, color);
    if let Some(code) = unknown_method(&compiled, method_filter) {
        return code;
    }
    if let Some(text) = compiled.dump {
        // A closed pipe (`| head`) is the reader's choice, not an error worth a panic.
        let _ = writeln!(std::io::stdout().lock(), "{text}");
    }
    code
}

/// `--method NAME` that names no method: a usage error listing the methods (exit 2).
fn unknown_method(compiled: &unawait::Compiled, method: Option<String>) -> Option<u8> {
    let names = compiled.unknown_method.as_ref()?;
    let method = method.unwrap_or_default();
    eprintln!("error: no method of the program is named `{method}`; its methods are:");
    for n in names {
        eprintln!("  {n}");
    }
    Some(2)
}

/// `unawait explain`: the lints on stderr as `check` prints them, the report on stdout.
pub fn explain(
    path: &Path,
    method: Option<String>,
    json: bool,
    model: unawait::Model,
    color: ColorChoice,
) -> u8 {
    let format = if json {
        unawait_explain::Format::Json
    } else {
        unawait_explain::Format::Text
    };
    let method_filter = method.clone();
    let (source, compiled) = match compile_opts(
        path,
        Dump::Explain {
            format,
            method,
            model,
        },
        true,
    ) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let code = report(path, &source, &compiled.diagnostics, color);
    if let Some(code) = unknown_method(&compiled, method_filter) {
        return code;
    }
    if let Some(text) = compiled.dump {
        let _ = write!(std::io::stdout().lock(), "{text}");
    }
    code
}

/// `unawait run`: the process exit code (Main's, or 1 for compile errors, 70 for an internal
/// error of the JIT).
/// `timings` prints how long each phase of compiling, and the run, took (on stderr).
/// `tiered` compiles functions without loops quickly first (`unawait_jit::Tier`).
pub fn run(
    path: &Path,
    args: &[String],
    options: &unawait_jit::RunOptions,
    model: unawait::Model,
    timings: bool,
    tiered: bool,
) -> i32 {
    let start = Instant::now();
    let hooks = unawait_jit::Hooks {
        count_awaits: options.stats,
        trace: options.trace.is_some() || options.trace_html.is_some(),
    };
    let (module, native, front) = match native(path, model, hooks, tiered) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let compiled = start.elapsed();
    let t = Instant::now();
    let code = unawait_jit::run(&module, &native, args.to_vec(), options);
    if timings {
        let phases = front.iter().chain(&native.timings);
        for (phase, d) in phases.chain([&("run", t.elapsed())]) {
            eprintln!("{phase:>10}: {:8.3} ms", d.as_secs_f64() * 1e3);
        }
        let total = compiled + t.elapsed();
        eprintln!("{:>10}: {:8.3} ms", "total", total.as_secs_f64() * 1e3);
    }
    // The process ends next: freeing the module and the code piece by piece would only take
    // time (tens of milliseconds for a large program).
    std::mem::forget(module);
    std::mem::forget(native);
    code
}

type Timings = Vec<(&'static str, std::time::Duration)>;

/// The program compiled to native code (and how long the front end's phases took), or the
/// exit code that says why not (diagnostics are printed).
pub(crate) fn native(
    path: &Path,
    model: unawait::Model,
    hooks: unawait_jit::Hooks,
    tiered: bool,
) -> Result<(unawait_smir::Module, unawait_jit::Compiled, Timings), i32> {
    let (source, compiled) = compile_opts(path, Dump::Module { model }, true).map_err(i32::from)?;
    let code = report(path, &source, &compiled.diagnostics, ColorChoice::Auto);
    let Some(module) = compiled.module.filter(|_| code == 0) else {
        return Err(i32::from(code.max(1)));
    };
    unawait_runtime::trace::set_source_path(&path.display().to_string());
    let native = unawait_jit::compile_tiered(&module, &source, hooks, tiered);
    match native {
        Ok(n) => Ok((module, n, compiled.timings)),
        Err(e) => {
            eprintln!("unawait: internal error: the JIT failed: {e}");
            Err(70)
        }
    }
}
