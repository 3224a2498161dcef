//! Every sample lowers, and every method of it passes the SMIR verifier.

use std::path::Path;

fn samples() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("samples/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    files.sort();
    files
}

pub fn lower_file(source: &str) -> unawait_smir::Module {
    let parsed = unawait_syntax::parse(source);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let checked = unawait_sema::check(&parsed.unit);
    assert!(
        checked.diagnostics.iter().all(|d| !d.is_error()),
        "{:?}",
        checked.diagnostics
    );
    unawait_lower::lower(&checked.program)
}

#[test]
fn every_sample_lowers_and_verifies() {
    let mut failures = Vec::new();
    for path in samples() {
        let source = std::fs::read_to_string(&path).expect("UTF-8 sample");
        let module = lower_file(&source);
        for m in &module.methods {
            for e in unawait_smir::verify::method(m) {
                failures.push(format!("{}: {e}", path.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn lowered_text_of_example_async() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/example-async.cs");
    let source = std::fs::read_to_string(path).expect("UTF-8 sample");
    let module = lower_file(&source);
    insta::assert_snapshot!(unawait_smir::print::module(&module, &source));
}
