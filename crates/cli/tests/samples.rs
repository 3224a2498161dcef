//! Every sample program checks without errors; the warnings they draw, the lints of the
//! tutorial's checklist included (what `unawait check` reports), are one reviewed snapshot: a
//! sample gets no lint it should not.

mod common;

use unawait::{front_end_linted, Dump};

#[test]
fn every_sample_checks_clean() {
    let samples = common::programs("samples");
    assert!(
        samples.len() >= 20,
        "at least 20 samples, found {}",
        samples.len()
    );
    let mut errors = String::new();
    let mut warnings = String::new();
    for path in &samples {
        let name = format!("samples/{}.cs", common::stem(path));
        let source = std::fs::read_to_string(path).expect("samples are UTF-8");
        let compiled = front_end_linted(&source, Dump::None, 100, true);
        for d in &compiled.diagnostics {
            let line = unawait_syntax::diagnostic::short(d, &name, &source);
            if d.is_error() {
                errors.push_str(&common::render(&name, &source, &compiled));
            } else {
                warnings.push_str(&line);
                warnings.push('\n');
            }
        }
    }
    assert!(errors.is_empty(), "samples must check clean:\n{errors}");
    insta::assert_snapshot!("sample_warnings", warnings);
}

#[test]
fn every_sample_has_expected_output() {
    for path in common::programs("samples") {
        let out = path.with_extension("out");
        assert!(
            out.exists(),
            "{} has no expected output (.out from mono-run)",
            path.display()
        );
    }
}
