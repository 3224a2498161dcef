//! The front end's time is linear in its input on every input: checking (parse, sema, lowering
//! and lints, what `unawait check` does) any of the pathological inputs of about 200 KB that the
//! parser's own test uses takes at most `MAX_RATIO` times as long as checking a valid program of
//! the same size, measured in the same run. The parser's part is held exactly by its work count
//! (crates/syntax/tests/linear.rs); this bounds every phase after it.

#[path = "../../syntax/tests/pathological/mod.rs"]
mod pathological;

use std::time::{Duration, Instant};
use unawait::{front_end_linted, Dump};

/// Generous: the valid program does real work in every phase, most pathological ones stop at
/// the first error; a superlinear phase would be 100 times slower here, not 10.
const MAX_RATIO: f64 = 10.0;

fn check_time(source: &str) -> Duration {
    let start = Instant::now();
    let compiled = front_end_linted(source, Dump::None, 100, true);
    let elapsed = start.elapsed();
    assert!(
        compiled.diagnostics.iter().all(|d| d.code != "UA0000"),
        "internal compiler error on {:?}",
        &source.chars().take(200).collect::<String>()
    );
    elapsed
}

/// The fastest of `n` runs: the machine is shared, and a slow run says nothing about the code.
fn best_of(n: usize, source: &str) -> Duration {
    (0..n).map(|_| check_time(source)).min().expect("n > 0")
}

#[test]
fn checking_any_input_costs_a_linear_multiple_of_a_valid_one() {
    let valid = pathological::valid_program(pathological::SIZE);
    let baseline = best_of(3, &valid);
    let mut failures = Vec::new();
    for (name, source) in pathological::pathological() {
        // One run first; only a slow one is measured again, so noise cannot fail the test.
        let mut t = check_time(&source);
        if t.as_secs_f64() > MAX_RATIO * baseline.as_secs_f64() {
            t = best_of(3, &source);
        }
        let ratio = t.as_secs_f64() / baseline.as_secs_f64();
        eprintln!("{name}: {ratio:.2} times the valid program");
        if ratio > MAX_RATIO {
            failures.push(format!(
                "{name}: {ratio:.1} times ({t:?} against {baseline:?})"
            ));
        }
    }
    assert!(failures.is_empty(), "superlinear checks: {failures:?}");
}
