//! The C# 12 corpus (tests/csharp12): valid C# programs, many outside unawait's language. Checking
//! one must never say something false about C#: no syntax error, no C# error (`CSxxxx`) that C#
//! itself would not give (a file lists the ones C# gives on a `// expect: CS8892` header line), and
//! each construct outside the language draws one "not supported" diagnostic, so no two UA
//! diagnostics report the same text. The UA diagnostics are snapshotted so each one is reviewed.

use std::path::{Path, PathBuf};
use unawait_syntax::diagnostic::{render, Diagnostic};
use unawait_syntax::span::LineIndex;

fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/csharp12");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/csharp12 exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("cs"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 90,
        "expected the whole corpus, found {} files",
        paths.len()
    );
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let source = std::fs::read_to_string(&p).expect("corpus file is UTF-8");
            (name, source)
        })
        .collect()
}

/// The codes C# itself reports for the file, from its `// expect: CS8892 CS0168` header lines.
fn expected_codes(source: &str) -> Vec<String> {
    source
        .lines()
        .take_while(|l| l.starts_with("//"))
        .filter_map(|l| l.strip_prefix("// expect:"))
        .flat_map(|codes| {
            codes
                .split([' ', ','])
                .filter(|c| !c.is_empty())
                .map(str::to_string)
        })
        .collect()
}

struct Outcome {
    syntax: Vec<Diagnostic>,
    sema: Vec<Diagnostic>,
}

fn check(source: &str) -> Outcome {
    let parsed = unawait_syntax::parse(source);
    let checked = unawait_sema::check(&parsed.unit);
    Outcome {
        syntax: parsed.diagnostics,
        sema: checked.diagnostics,
    }
}

fn is_ua(d: &Diagnostic) -> bool {
    d.code.starts_with("UA")
}

/// Two UA diagnostics that report one construct twice: on the same text, on crossing text, or
/// saying the same thing about overlapping text. A construct nested in another (`char` in
/// `Dictionary<char, int>`, `?.` in `a?.B ?? c`) is a construct of its own and draws its own.
fn same_construct_twice(a: &Diagnostic, b: &Diagnostic) -> bool {
    let (sa, sb) = (a.span(), b.span());
    let overlap = sa.start < sb.end && sb.start < sa.end;
    let nested =
        (sa.start <= sb.start && sb.end <= sa.end) || (sb.start <= sa.start && sa.end <= sb.end);
    sa == sb || (overlap && !nested) || (overlap && a.code == b.code && a.message == b.message)
}

#[test]
fn csharp12_corpus_draws_no_false_diagnostic() {
    let mut failures = String::new();
    let mut bad_files = 0;
    for (name, source) in corpus() {
        let out = check(&source);
        let expected = expected_codes(&source);
        let mut wrong: Vec<Diagnostic> = out.syntax.clone();
        wrong.extend(
            out.sema
                .iter()
                .filter(|d| !is_ua(d) && !expected.iter().any(|c| c == d.code))
                .cloned(),
        );
        let ua: Vec<&Diagnostic> = out.sema.iter().filter(|d| is_ua(d)).collect();
        let mut overlaps = Vec::new();
        for (i, a) in ua.iter().enumerate() {
            for b in &ua[i + 1..] {
                if same_construct_twice(a, b) {
                    overlaps.push((*a).clone());
                    overlaps.push((*b).clone());
                }
            }
        }
        if wrong.is_empty() && overlaps.is_empty() {
            continue;
        }
        bad_files += 1;
        if !wrong.is_empty() {
            failures.push_str(&format!(
                "==== {name}: {} false diagnostic(s)\n",
                wrong.len()
            ));
            failures.push_str(&render(&wrong, &name, &source, false));
        }
        if !overlaps.is_empty() {
            failures.push_str(&format!(
                "==== {name}: UA diagnostics on overlapping text\n"
            ));
            failures.push_str(&render(&overlaps, &name, &source, false));
        }
    }
    assert!(
        failures.is_empty(),
        "{bad_files} corpus file(s) draw false diagnostics:\n{failures}"
    );
}

#[test]
fn csharp12_corpus_ua_diagnostics() {
    let mut out = String::new();
    for (name, source) in corpus() {
        let lines = LineIndex::new(&source);
        for d in check(&source).sema.iter().filter(|d| is_ua(d)) {
            let (line, col) = lines.line_col(&source, d.span().start);
            out.push_str(&format!("{name}:{line}:{col} {} {}\n", d.code, d.message));
        }
    }
    insta::assert_snapshot!(out);
}
