//! Every program of tests/lints draws exactly the warnings its `// expect:` lines name (C#'s
//! CS1998/CS4014 from sema, the UA02xx lints of this crate), or none for `// expect: none`; the
//! rendered warnings are a reviewed snapshot.

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn programs(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join(folder))
        .unwrap_or_else(|e| panic!("{folder}/ must exist: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    files.sort();
    files
}

/// The codes of the leading `// expect:` lines (`none` for none).
fn expected(source: &str) -> Option<Vec<String>> {
    let mut codes = Vec::new();
    let mut seen = false;
    for line in source
        .lines()
        .take_while(|l| l.trim_start().starts_with("//"))
    {
        if let Some(rest) = line.trim().strip_prefix("// expect:") {
            seen = true;
            for c in rest
                .split(',')
                .map(str::trim)
                .filter(|c| *c != "none" && !c.is_empty())
            {
                codes.push(c.to_string());
            }
        }
    }
    seen.then(|| {
        codes.sort();
        codes
    })
}

/// The warnings `check` reports for a program: sema's, annotated, and the lints.
fn warnings(source: &str) -> Vec<unawait_syntax::Diagnostic> {
    unawait_explain::with_source(source, |program, module, sema| {
        let mut all: Vec<_> = sema.into_iter().filter(|d| !d.is_error()).collect();
        all.extend(unawait_explain::lints(program, module, source));
        unawait_explain::annotate(&mut all);
        unawait_syntax::diagnostic::finish(&mut all, 100);
        all
    })
    .expect("lint programs check without errors")
}

#[test]
fn lint_programs_draw_exactly_their_warnings() {
    let files = programs("tests/lints");
    assert!(files.len() >= 20, "a trigger and a clean program per lint");
    let mut failures = Vec::new();
    for path in &files {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let name = format!("tests/lints/{stem}.cs");
        let source = std::fs::read_to_string(path).expect("UTF-8");
        let Some(want) = expected(&source) else {
            failures.push(format!("{name}: no `// expect:` line"));
            continue;
        };
        let diags = warnings(&source);
        let mut got: Vec<String> = diags.iter().map(|d| d.code.to_string()).collect();
        got.sort();
        let rendered = unawait_syntax::diagnostic::render(&diags, &name, &source, false);
        if got != want {
            failures.push(format!(
                "{name}: expected {want:?}, got {got:?}\n{rendered}"
            ));
        }
        for d in &diags {
            assert!(d.hint.is_some(), "{name}: {} has no hint", d.code);
            let tutorial = d.hint.as_deref().unwrap_or("").contains("tutorial")
                || d.notes.iter().any(|n| n.contains("tutorial"));
            assert!(
                tutorial,
                "{name}: {} does not name the tutorial's pattern",
                d.code
            );
        }
        insta::with_settings!({
            description => source.clone(),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(stem.clone(), rendered);
        });
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The report lists, for each method, the warnings `check` reports in it: its own lints and
/// C#'s CS1998 and CS4014 (which explain restates from sema's rules); only a `ValueTask` kept
/// in a static field, outside any method, is not in a method's list.
#[test]
fn the_report_lists_the_warnings_check_reports() {
    let mut files = programs("tests/lints");
    files.extend(programs("tests/explain"));
    files.extend(programs("samples"));
    for path in &files {
        let source = std::fs::read_to_string(path).expect("UTF-8");
        let Some((check, report)) = unawait_explain::with_source(&source, |program, module, _| {
            let report = unawait_explain::report(program, module, &source);
            (warnings(&source), report)
        }) else {
            continue;
        };
        let at = |d: &unawait_syntax::Diagnostic| {
            let (line, column) = unawait_syntax::span::line_col(&source, d.span().start);
            (d.code.to_string(), line, column)
        };
        let mut want: Vec<(String, usize, usize)> = check
            .iter()
            .filter(|d| matches!(d.code, "CS1998" | "CS4014") || d.code.starts_with("UA02"))
            .filter(|d| !(d.code == "UA0204" && d.message.contains("static field")))
            .map(at)
            .collect();
        let mut got: Vec<(String, usize, usize)> = report
            .methods
            .iter()
            .flat_map(|m| &m.lints)
            .map(|l| (l.code.to_string(), l.line, l.column))
            .collect();
        want.sort();
        got.sort();
        assert_eq!(got, want, "{}", path.display());
    }
}

/// Each lint has a program that triggers it and a fixed version that must not.
#[test]
fn every_lint_has_a_trigger_and_a_clean_program() {
    let files: Vec<String> = programs("tests/lints")
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    for code in [
        "CS1998", "CS4014", "UA0201", "UA0202", "UA0203", "UA0204", "UA0205", "UA0206", "UA0207",
        "UA0208", "UA0209", "UA0210", "UA0211", "UA0212",
    ] {
        let prefix = code.to_lowercase();
        let trigger = files
            .iter()
            .any(|f| f.starts_with(&prefix) && !f.ends_with("-fixed"));
        let clean = files
            .iter()
            .any(|f| f.starts_with(&prefix) && f.ends_with("-fixed"));
        assert!(
            trigger && clean,
            "{code}: needs tests/lints/{prefix}-*.cs and a -fixed one"
        );
    }
}

/// UA0202's notes on the awaits below a blocking wait agree with the runtime: tests/runtime's
/// programs that run under a single-threaded context (`--sync-context single` in `.flags`, the
/// run's stderr in `.err`) do not deadlock at a wait said not to, and where one deadlocks at a
/// wait whose note names the await that captures the context, the runtime names the same.
#[test]
fn context_notes_agree_with_the_runtime() {
    let mut checked = 0;
    for path in programs("tests/runtime") {
        let flags = std::fs::read_to_string(path.with_extension("flags")).unwrap_or_default();
        if !flags.contains("--sync-context single") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("UTF-8");
        let Some(diags) = unawait_explain::with_source(&source, |program, module, _| {
            unawait_explain::lints(program, module, &source)
        }) else {
            continue;
        };
        let err = std::fs::read_to_string(path.with_extension("err")).unwrap_or_default();
        for d in diags.iter().filter(|d| d.code == "UA0202") {
            let (line, _) = unawait_syntax::span::line_col(&source, d.span().start);
            let deadlocks_here = err.contains("deadlock detected")
                && err.contains(&format!(" at line {line}, waiting for the task"));
            for n in &d.notes {
                if n.contains("cannot deadlock") {
                    checked += 1;
                    assert!(!deadlocks_here, "{}: {n}\n{err}", path.display());
                }
                let Some(rest) = n.split("does not prevent a deadlock").nth(1) else {
                    continue;
                };
                // "...: `Program.M`'s await at line N (`...`) ..." names what the runtime names.
                let named = rest
                    .split('`')
                    .nth(1)
                    .zip(rest.split("'s await at line ").nth(1))
                    .map(|(m, l)| {
                        let n: String = l.chars().take_while(char::is_ascii_digit).collect();
                        format!("{m}'s await at line {n} captures the context")
                    });
                checked += 1;
                assert!(deadlocks_here, "{}: {n}\n{err}", path.display());
                let named = named.expect("the note names an await");
                assert!(err.contains(&named), "{}: {named}\n{err}", path.display());
            }
        }
    }
    assert!(
        checked >= 2,
        "tests/runtime has a safe and a capturing blocking wait"
    );
}
