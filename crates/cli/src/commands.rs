use crate::{ColorChoice, Stage};
use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;
use unawait::{front_end_with, Dump};
use unawait_syntax::diagnostic::render;
use unawait_syntax::Diagnostic;

const MAX_ERRORS: usize = 100;

fn read(path: &Path) -> Result<String, u8> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(match String::from_utf8(bytes) {
            Ok(s) => s,
            // Invalid UTF-8 is reported by the lexer as unexpected characters, located.
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }),
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", path.display());
            Err(2)
        }
    }
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
        eprint!(
            "{}",
            render(diags, &path.display().to_string(), source, use_color(color))
        );
    }
    u8::from(diags.iter().any(|d| d.is_error()))
}

pub fn check(path: &Path, timings: bool, color: ColorChoice) -> u8 {
    let source = match read(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let start = Instant::now();
    let compiled = front_end_with(&source, Dump::None, MAX_ERRORS, false);
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

pub fn dump(path: &Path, stage: Stage, color: ColorChoice) -> u8 {
    let source = match read(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let compiled = front_end_with(
        &source,
        match stage {
            Stage::Ast => Dump::Ast,
            Stage::Hir => Dump::Hir,
        },
        MAX_ERRORS,
        false,
    );
    let code = report(path, &source, &compiled.diagnostics, color);
    if let Some(text) = compiled.dump {
        println!("{text}");
    }
    code
}

pub fn run(path: &Path, _args: &[String]) -> u8 {
    let source = match read(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let compiled = front_end_with(&source, Dump::None, MAX_ERRORS, false);
    let code = report(path, &source, &compiled.diagnostics, ColorChoice::Auto);
    if code != 0 {
        return code;
    }
    eprintln!(
        "unawait: {} checks clean; running programs arrives with the JIT (issue 4)",
        path.display()
    );
    2
}
