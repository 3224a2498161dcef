//! A small fixed-seed batch of front-end mutants for `cargo test`: each must pass through every
//! front-end mode without an internal error or a hang. The long runs, with `unawait run` on the
//! mutants that check clean, are `fuzz-front` (docs/difftest.md).

use std::time::Duration;
use unawait_fuzz::check::front_end_modes;
use unawait_fuzz::mutate::{mutant, Program, Rng};

#[test]
fn a_fixed_batch_of_mutants_survives_every_front_end_mode() {
    let root = unawait_fuzz::repo();
    let corpus = unawait_fuzz::corpus(&[root.join("samples"), root.join("tests")]);
    assert!(corpus.len() > 100, "the corpus is the samples and tests");
    let failures = std::thread::Builder::new()
        .stack_size(unawait_syntax::THREAD_STACK)
        .spawn(move || {
            let programs: Vec<Program> = corpus.into_iter().map(|(_, t)| Program::new(t)).collect();
            let mut failures = Vec::new();
            let mut clean = 0;
            for seed in 0..1000u64 {
                let mut rng = Rng::new(seed);
                let p = &programs[rng.below(programs.len())];
                let text = mutant(p, &programs, &mut rng);
                match front_end_modes(&text, Duration::from_secs(60)) {
                    Ok(true) => clean += 1,
                    Ok(false) => {}
                    Err(why) => failures.push(format!("seed {seed}: {why}\n{text}")),
                }
            }
            // The batch must reach the modes that only clean programs get.
            assert!(clean > 0, "no mutant of the batch checked clean");
            failures
        })
        .expect("thread starts")
        .join()
        .expect("no panic");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
