use crate::{ColorChoice, Format, Stage};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::time::Instant;
use unawait::{front_end_with, Dump};
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
    let (source, warning) = read(path)?;
    let mut compiled = front_end_with(&source, dump, MAX_ERRORS, false);
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
    let (source, compiled) = match compile(path, Dump::None) {
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
    color: ColorChoice,
) -> u8 {
    let dump = match stage {
        Stage::Ast => Dump::Ast,
        Stage::Hir => Dump::Hir,
        Stage::Clif => Dump::Clif { method },
        Stage::Lowered => Dump::Lowered {
            format: match format {
                Format::Text => unawait::LoweredFormat::Text,
                Format::Json => unawait::LoweredFormat::Json,
                Format::Csharp => unawait::LoweredFormat::CSharp,
            },
            method,
        },
    };
    let (source, compiled) = match compile(path, dump) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let code = report(path, &source, &compiled.diagnostics, color);
    if let Some(text) = compiled.dump {
        // A closed pipe (`| head`) is the reader's choice, not an error worth a panic.
        let _ = writeln!(std::io::stdout().lock(), "{text}");
    }
    code
}

/// Until the JIT exists (issue 4), `run` checks the program and says that it cannot run it yet,
/// with exit code 2, rather than pretending to have run it.
pub fn run(path: &Path, args: &[String], options: &unawait_jit::RunOptions) -> i32 {
    let (source, compiled) = match compile(path, Dump::Module) {
        Ok(c) => c,
        Err(code) => return i32::from(code),
    };
    let code = report(path, &source, &compiled.diagnostics, ColorChoice::Auto);
    let Some(module) = compiled.module.filter(|_| code == 0) else {
        return i32::from(code.max(1));
    };
    unawait_runtime::trace::set_source_path(&path.display().to_string());
    let native = match unawait_jit::compile(&module, &source) {
        Ok(n) => n,
        Err(e) => {
            eprintln!("unawait: internal error: the JIT failed: {e}");
            return 70;
        }
    };
    unawait_jit::run(&module, &native, args.to_vec(), options)
}
