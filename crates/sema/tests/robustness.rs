//! `check` and `dump_hir` never panic, whatever the parser hands them: every sample cut at many
//! points and with lines removed (broken trees full of `Error` nodes).

use std::path::Path;

fn run(src: &str) {
    let parsed = unawait_syntax::parse(src);
    let checked = unawait_sema::check(&parsed.unit);
    let _ = unawait_sema::dump_hir(&checked.program);
}

fn samples() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("samples/")
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for p in paths {
        if p.extension().and_then(|e| e.to_str()) == Some("cs") {
            out.push(std::fs::read_to_string(&p).expect("utf-8"));
        }
    }
    out
}

#[test]
fn truncated_samples_do_not_panic() {
    for src in samples().iter().take(12) {
        let mut cut = 0;
        while cut < src.len() {
            if src.is_char_boundary(cut) {
                run(&src[..cut]);
            }
            cut += 97;
        }
    }
}

#[test]
fn samples_with_lines_removed_do_not_panic() {
    for src in samples().iter().take(12) {
        let lines: Vec<&str> = src.lines().collect();
        for skip in (0..lines.len()).step_by(5) {
            let s: Vec<&str> = lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, l)| *l)
                .collect();
            run(&s.join("\n"));
        }
    }
}

#[test]
fn odd_programs_do_not_panic() {
    for src in [
        "",
        "class",
        "static class P { static void Main() { int x = ; } }",
        "static class P { static void Main() { var x = x; x = x + 1; } }",
        "static class P { static void Main() { Main(); Main(1); P.Main(); P.Q.R(); } }",
        "using System; static class P { static int Main() { return int.MinValue / -1; } }",
        "using System; static class P { const int A = 1 / 0; static void Main() { } }",
        "using System; static class P { static void Main() { Console.WriteLine(null); Console.WriteLine(Console.WriteLine()); } }",
        "using System.Threading.Tasks; static class P { static async Task Main() { await await Task.FromResult(Task.FromResult(1)); } }",
        "using System; static class P { static void Main() { int[] a = new int[] { }; var b = new[] { }; var c = new[] { null }; } }",
        "using System; static class P { static void Main() { string.Join(); string.Join(\",\"); } }",
        "static class P { static void Main() { _ = _; _ += 1; } }",
    ] {
        run(src);
    }
}

#[test]
fn deep_nesting_is_linear_enough() {
    // 2,000 nested parentheses and blocks: must not blow the default test thread stack
    // multiplied by an excessive per-level frame (the CLI runs sema on a big stack for more).
    let depth = 300;
    let expr = format!("{}1{}", "(".repeat(depth), ")".repeat(depth));
    let blocks = format!("{}{}", "{".repeat(depth), "}".repeat(depth));
    let src = format!("static class P {{ static void Main() {{ int x = {expr}; {blocks} }} }}");
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || run(&src))
        .expect("spawn")
        .join()
        .expect("no panic");
}
