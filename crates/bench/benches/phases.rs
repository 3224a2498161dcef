//! The compiler's phases on C1, the generated program of 800 async methods (7,212 lines):
//! lex+parse, check, lower, JIT compile, and all four in a row (what `unawait run` does before
//! `Main` starts). `cargo bench -p unawait-bench` (bench/README.md); a filter selects phases:
//! `cargo bench -p unawait-bench -- c1/jit`.
//!
//! Each phase is measured on the previous phase's output, computed once. The trees are dropped
//! outside the measurement, as the CLI never frees them (it exits instead).

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use std::time::Duration;

fn phases(c: &mut Criterion) {
    let source = unawait_bench::c1_source(None);
    let parsed = unawait_syntax::parse(&source);
    assert!(parsed.diagnostics.iter().all(|d| !d.is_error()));
    let checked = unawait_sema::check(&parsed.unit);
    assert!(checked.diagnostics.iter().all(|d| !d.is_error()));
    let module = unawait_lower::lower(&checked.program);

    let mut g = c.benchmark_group("c1");
    // Flat sampling: the same number of iterations per sample, as the slow phases need.
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(10));
    g.bench_function("lex+parse", |b| {
        b.iter_with_large_drop(|| unawait_syntax::parse(&source))
    });
    g.bench_function("check", |b| {
        b.iter_with_large_drop(|| unawait_sema::check(&parsed.unit))
    });
    g.bench_function("lower", |b| {
        b.iter_with_large_drop(|| unawait_lower::lower(&checked.program))
    });
    // About 1.5 s an iteration: ten of them take longer than the front end's 10 s.
    g.measurement_time(Duration::from_secs(25));
    // Each compilation keeps its code memory (the JIT module does not free it on drop): a few
    // megabytes per iteration.
    g.bench_function("jit", |b| {
        b.iter_with_large_drop(|| unawait_jit::compile(&module, &source).expect("C1 compiles"))
    });
    g.bench_function("all", |b| {
        b.iter_with_large_drop(|| {
            let parsed = unawait_syntax::parse(&source);
            let checked = unawait_sema::check(&parsed.unit);
            let module = unawait_lower::lower(&checked.program);
            let native = unawait_jit::compile(&module, &source).expect("C1 compiles");
            (parsed, checked, module, native)
        })
    });
    g.finish();
}

criterion_group!(benches, phases);
criterion_main!(benches);
