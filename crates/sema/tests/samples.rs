//! Every sample program (valid Tier 1 C#) checks without errors, and without warnings other than
//! the ones C# itself gives for it (listed in `EXPECTED_WARNINGS`).

use std::path::Path;
use unawait_syntax::diagnostic::render;

/// Warnings that Roslyn also reports for a sample: (file, code).
const EXPECTED_WARNINGS: &[(&str, &str)] = &[];

#[test]
fn samples_check_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let mut failures = String::new();
    let mut count = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("samples/ exists")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.extension().and_then(|e| e.to_str()) != Some("cs") {
            continue;
        }
        count += 1;
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let source = std::fs::read_to_string(&path).expect("sample is UTF-8");
        let parsed = unawait_syntax::parse(&source);
        if !parsed.diagnostics.is_empty() {
            continue; // the parser's own test reports these
        }
        let checked = unawait_sema::check(&parsed.unit);
        let unexpected: Vec<_> = checked
            .diagnostics
            .into_iter()
            .filter(|d| !EXPECTED_WARNINGS.contains(&(name.as_str(), d.code)) || d.is_error())
            .collect();
        if !unexpected.is_empty() {
            failures.push_str(&render(&unexpected, &name, &source, false));
        }
        // The dump must not panic either.
        let _ = unawait_sema::dump_hir(&checked.program);
    }
    assert!(count >= 20, "expected at least 20 samples, found {count}");
    assert!(failures.is_empty(), "{failures}");
}
