use crate::{ColorChoice, Stage};
use std::io::IsTerminal;
use std::path::Path;
use std::time::{Duration, Instant};
use unawait_syntax::diagnostic::{finish, render};
use unawait_syntax::Diagnostic;

/// Deep inputs recurse deeply in every phase; a generous stack turns "stack overflow" into
/// either success or the nesting diagnostic. Reserving it costs address space, not memory.
const STACK: usize = 1 << 30;
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

struct Compiled {
    diagnostics: Vec<Diagnostic>,
    ast: Option<String>,
    hir: Option<String>,
    timings: Vec<(&'static str, Duration)>,
}

fn front_end(source: &str, stage: Option<Stage>) -> Compiled {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(STACK)
            .spawn_scoped(s, || {
                let t0 = Instant::now();
                let parsed = unawait_syntax::parse(source);
                let t1 = Instant::now();
                let ast = matches!(stage, Some(Stage::Ast)).then(|| format!("{:#?}", parsed.unit));
                let checked = unawait_sema::check(&parsed.unit);
                let t2 = Instant::now();
                let hir = matches!(stage, Some(Stage::Hir))
                    .then(|| unawait_sema::dump_hir(&checked.program));
                let mut diagnostics = parsed.diagnostics;
                diagnostics.extend(checked.diagnostics);
                finish(&mut diagnostics, MAX_ERRORS);
                let timings = vec![("lex+parse", t1 - t0), ("check", t2 - t1)];
                // The trees can be deep: drop them here, on the big stack.
                drop(parsed.unit);
                drop(checked.program);
                Compiled {
                    diagnostics,
                    ast,
                    hir,
                    timings,
                }
            })
            .expect("spawning the compiler thread")
            .join()
            .unwrap_or_else(|_| Compiled {
                diagnostics: vec![Diagnostic::error(
                    "UA0000",
                    "internal compiler error: the front end panicked",
                    unawait_syntax::Span::default(),
                )
                .with_hint("please report this program")],
                ast: None,
                hir: None,
                timings: Vec::new(),
            })
    })
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
    let compiled = front_end(&source, None);
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
    let compiled = front_end(&source, Some(stage));
    let code = report(path, &source, &compiled.diagnostics, color);
    if let Some(text) = compiled.ast.or(compiled.hir) {
        println!("{text}");
    }
    code
}

pub fn run(path: &Path, _args: &[String]) -> u8 {
    let source = match read(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let compiled = front_end(&source, None);
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
