//! `cargo run --release -p unawait-lower --example time FILE`: how long lowering takes (after
//! parsing and checking, which are not counted), and whether every method verifies.
fn main() {
    let path = std::env::args().nth(1).expect("usage: time FILE");
    let source = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let parsed = unawait_syntax::parse(&source);
    let checked = unawait_sema::check(&parsed.unit);
    let start = std::time::Instant::now();
    let module = unawait_lower::lower(&checked.program);
    let lowered = start.elapsed();
    let start = std::time::Instant::now();
    let errors: usize = module
        .methods
        .iter()
        .map(|m| unawait_smir::verify::method(m).len())
        .sum();
    println!(
        "{} methods lowered in {:.2} ms, verified in {:.2} ms, {errors} verifier errors",
        module.methods.len(),
        lowered.as_secs_f64() * 1e3,
        start.elapsed().as_secs_f64() * 1e3
    );
}
