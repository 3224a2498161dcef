//! Every sample program, and every program of the C# 12 corpus, parses without a diagnostic.

use std::path::Path;
use unawait_syntax::diagnostic::render;

#[test]
fn samples_parse_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let mut failures = String::new();
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("samples/ exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("cs") {
            continue;
        }
        count += 1;
        let source = std::fs::read_to_string(&path).expect("sample is UTF-8");
        let parsed = unawait_syntax::parse(&source);
        if !parsed.diagnostics.is_empty() {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            failures.push_str(&render(&parsed.diagnostics, &name, &source, false));
        }
    }
    assert!(count >= 20, "expected at least 20 samples, found {count}");
    assert!(failures.is_empty(), "{failures}");
}

/// tests/csharp12 holds valid C# 12 programs that between them use all of C# 12's syntax: the
/// parser reads every one without a diagnostic (what is outside unawait's language is sema's to
/// report).
#[test]
fn csharp12_corpus_parses_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/csharp12");
    let mut failures = String::new();
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/csharp12 exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("cs") {
            continue;
        }
        count += 1;
        let source = std::fs::read_to_string(&path).expect("corpus file is UTF-8");
        let parsed = unawait_syntax::parse(&source);
        if !parsed.diagnostics.is_empty() {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            failures.push_str(&render(&parsed.diagnostics, &name, &source, false));
        }
    }
    assert!(
        count >= 90,
        "expected the whole corpus, found {count} files"
    );
    assert!(failures.is_empty(), "{failures}");
}

/// Spans that are not on char boundaries (a phase's arithmetic, a lossy decode) must not make the
/// renderer panic.
#[test]
fn rendering_tolerates_spans_inside_chars() {
    let source = "class P { string s = \"é€\"; }";
    let inside = source.find('€').expect("present") + 1;
    let d = unawait_syntax::Diagnostic::error(
        "UA0001",
        "test",
        unawait_syntax::Span::new(inside, inside + 1),
    )
    .with_label(unawait_syntax::Span::new(inside - 2, inside), "other");
    let text = render(&[d], "x.cs", source, false);
    assert!(text.contains("x.cs:1:"), "{text}");
}
