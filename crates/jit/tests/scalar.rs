//! End to end for the first JIT step: C# source through every phase to native code, called.

fn compile(source: &str) -> unawait_jit::Compiled {
    let parsed = unawait_syntax::parse(source);
    let checked = unawait_sema::check(&parsed.unit);
    assert!(checked.diagnostics.iter().all(|d| !d.is_error()));
    let module = unawait_lower::lower(&checked.program);
    unawait_jit::compile(&module, source).expect("the JIT accepts the module")
}

const PROGRAM: &str = r#"
using System;
class Program
{
    static int Fib(int n)
    {
        if (n < 2) return n;
        return Fib(n - 1) + Fib(n - 2);
    }
    static long Sum(int n)
    {
        long total = 0;
        for (int i = 1; i <= n; i++) { total += i; }
        return total;
    }
    static int Wrap(int x) { return x + 1; }
    static double Half(int x) { return x * 0.5; }
    static bool Between(int x, int lo, int hi) { return x >= lo && x <= hi; }
    static void Main() { Console.WriteLine(Fib(10)); }
}
"#;

#[test]
fn scalar_methods_run_natively() {
    let c = compile(PROGRAM);
    // SAFETY: each pointer is the native code of a method with exactly this SMIR signature
    // (i32 and i64 arguments, a scalar result), compiled with the platform's C convention.
    unsafe {
        let fib: extern "C" fn(i32) -> i32 =
            std::mem::transmute(c.function("Program.Fib").expect("Fib compiled"));
        assert_eq!(fib(20), 6765);
        let sum: extern "C" fn(i32) -> i64 =
            std::mem::transmute(c.function("Program.Sum").expect("Sum compiled"));
        assert_eq!(sum(100_000), 5_000_050_000);
        // C#'s int arithmetic wraps.
        let wrap: extern "C" fn(i32) -> i32 =
            std::mem::transmute(c.function("Program.Wrap").expect("Wrap compiled"));
        assert_eq!(wrap(i32::MAX), i32::MIN);
        let half: extern "C" fn(i32) -> f64 =
            std::mem::transmute(c.function("Program.Half").expect("Half compiled"));
        assert_eq!(half(5), 2.5);
        let between: extern "C" fn(i32, i32, i32) -> i8 =
            std::mem::transmute(c.function("Program.Between").expect("Between compiled"));
        assert_eq!(between(5, 1, 9), 1);
        assert_eq!(between(0, 1, 9), 0);
    }
    // Main calls the library: compiled too, against the runtime's entry points.
    assert!(c.function("Program.Main").is_some());
}

#[test]
fn every_sample_compiles() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    for entry in std::fs::read_dir(dir).expect("samples/") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "cs") {
            let source = std::fs::read_to_string(&path).expect("UTF-8");
            compile(&source);
        }
    }
}
