//! The parser's cost is linear in its input on every input, valid or not. Its work (tokens
//! consumed plus tokens examined by lookahead, counted by the parser itself) is deterministic,
//! so the bound is exact and the test cannot be flaky: every pathological input below, about
//! 200 KB each, must cost at most `MAX_WORK_PER_TOKEN` per token, as a valid program does.
//!
//! Each shape is one that makes a backtracking or naively scanning parser superlinear: the two
//! stalls of the chumsky parser (`(await (await ...` was exponential, `using async async ...`
//! quadratic), and the places where C# needs lookahead (casts, generic arguments, lambdas,
//! declarations, patterns, queries) nested or repeated without end.

/// A valid program costs about 1.5 per token; the bound leaves room for lookahead, not for a
/// factor that grows with the input.
const MAX_WORK_PER_TOKEN: f64 = 8.0;

mod pathological;
use pathological::{nest, pathological, valid_program, SIZE};
fn tokens(source: &str) -> usize {
    unawait_syntax::lexer::lex(source).tokens.len() + 1
}

/// Runs `f` on a thread with the driver's stack: inputs this deep recurse deeply.
fn on_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(unawait_syntax::THREAD_STACK)
            .spawn_scoped(s, f)
            .expect("thread starts")
            .join()
            .expect("no panic")
    })
}

#[test]
fn parsing_costs_a_bounded_amount_per_token_on_every_input() {
    let mut failures = Vec::new();
    for (name, source) in pathological() {
        // The tree is dropped on the big stack too: dropping recurses as deep as it nests.
        let (too_deep, work) = on_big_stack(|| {
            let (parsed, work) = unawait_syntax::parse_counting(&source);
            (parsed.diagnostics.iter().any(|d| d.code == "CS8078"), work)
        });
        if too_deep {
            failures.push(format!("{name}: nests too deeply to be parsed at all"));
            continue;
        }
        let per_token = work as f64 / tokens(&source) as f64;
        eprintln!("{name}: {per_token:.2} per token");
        if per_token > MAX_WORK_PER_TOKEN {
            failures.push(format!("{name}: {per_token:.1} per token"));
        }
    }
    assert!(failures.is_empty(), "superlinear parses: {failures:?}");
}

/// The work of a valid program, the baseline the bound is set against.
#[test]
fn a_valid_program_costs_little_per_token() {
    let source = valid_program(SIZE);
    let (parsed, work) = unawait_syntax::parse_counting(&source);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let per_token = work as f64 / tokens(&source) as f64;
    assert!(
        per_token < 3.0,
        "a valid program costs {per_token:.2} per token"
    );
}

/// Doubling an input doubles the work (no hidden quadratic term below the bound).
#[test]
fn doubling_the_input_doubles_the_work() {
    let units = [
        format!("return {}", nest("(await ", "x;", ")")),
        nest("(A)", "x;", ""),
        "x = a < b ".to_string(),
        nest("a ? b : ", "c;", ""),
    ];
    for unit in &units {
        let work = |size| {
            let source = in_method_sized(unit, size);
            assert!(!source.is_empty());
            on_big_stack(move || unawait_syntax::parse_counting(&source).1) as f64
        };
        let (small, large) = (work(100_000), work(200_000));
        let ratio = large / small;
        assert!(
            (1.7..2.3).contains(&ratio),
            "{unit:?}: doubling the input multiplied the work by {ratio:.2}"
        );
    }
}

fn in_method_sized(unit: &str, size: usize) -> String {
    let mut s = String::from("class P { static async System.Threading.Tasks.Task M() {\n");
    while s.len() < size {
        s.push_str(unit);
    }
    s.push_str("\n} }\n");
    s
}
