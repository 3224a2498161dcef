//! `cargo run -p unawait-sema --example scale`: times parse+check on generated large programs
//! (800 async methods / 8,000 lines, and one method of 60,000 statements).
use std::time::Instant;

fn many_methods() -> String {
    let mut s = String::from("using System;\nusing System.Threading.Tasks;\nstatic class P {\n");
    for i in 0..800 {
        s.push_str(&format!(
            "  static async Task<int> M{i}(int x) {{\n    int a = x + {i};\n    if (a > 10) {{ a -= 3; }}\n    await Task.Yield();\n    for (int j = 0; j < 3; j++) {{ a += j; }}\n    string s = \"v\" + a;\n    Console.WriteLine(s);\n    return a + (await M{}(a));\n  }}\n",
            (i + 1) % 800
        ));
    }
    s.push_str("  static async Task Main() { Console.WriteLine(await M0(1)); }\n}\n");
    s
}

fn huge_method() -> String {
    let mut s =
        String::from("using System;\nstatic class P {\n  static void Main() {\n    int x = 0;\n");
    for i in 0..60_000 {
        if i % 3 == 0 {
            s.push_str(&format!("    int v{i} = x + {i};\n"));
        } else if i % 3 == 1 {
            s.push_str(&format!("    if (x > {i}) {{ x = v{}; }}\n", i - 1));
        } else {
            s.push_str("    x++;\n");
        }
    }
    s.push_str("    Console.WriteLine(x);\n  }\n}\n");
    s
}

fn main() {
    for (name, src) in [
        ("800 methods", many_methods()),
        ("60k statements", huge_method()),
    ] {
        let t = Instant::now();
        let parsed = unawait_syntax::parse(&src);
        let tp = t.elapsed();
        let t = Instant::now();
        let checked = unawait_sema::check(&parsed.unit);
        let tc = t.elapsed();
        println!(
            "{name}: {} lines, parse {tp:?}, check {tc:?}, {} parse diags, {} sema diags",
            src.lines().count(),
            parsed.diagnostics.len(),
            checked.diagnostics.len()
        );
        for d in checked.diagnostics.iter().take(3) {
            println!("  {} {}", d.code, d.message);
        }
    }
}
