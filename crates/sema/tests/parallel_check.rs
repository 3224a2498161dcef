//! Bodies checked on two threads give the same program and the same diagnostics, in the same
//! order, as on one (`check_methods`).

fn big_program(n: usize) -> String {
    let mut s = String::from(
        "using System;\nusing System.Threading.Tasks;\n\nclass Program\n{\n    static int counter = 1;\n",
    );
    for i in 0..n {
        match i % 5 {
            0 => s.push_str(&format!(
                "    static async Task<int> M{i}(int x)\n    {{\n        if (x > 0) {{ await Task.Yield(); }}\n        return x + {i} + counter;\n    }}\n"
            )),
            1 => s.push_str(&format!("    static int E{i}(int a) => a * {i};\n")),
            // Errors and warnings in both halves: an undefined name, a bad conversion, an async
            // method without await.
            2 if i % 3 == 0 => s.push_str(&format!(
                "    static int Bad{i}() {{ int v = \"text\"; return missing{i}; }}\n"
            )),
            2 => s.push_str(&format!("    static async Task<int> NoAwait{i}() {{ return {i}; }}\n")),
            3 => s.push_str(&format!(
                "    static string S{i}(int k) {{ string t = \"s{i}\"; for (int j = 0; j < k; j++) {{ t = t + j; }} return t; }}\n"
            )),
            _ => s.push_str(&format!(
                "    static async Task W{i}() {{ try {{ await Task.Delay(1); }} catch (Exception e) {{ Console.WriteLine(e.Message); }} }}\n"
            )),
        }
    }
    s.push_str("    static void Main() { Console.WriteLine(E1(3)); }\n}\n");
    s
}

#[test]
fn bodies_check_the_same_on_two_threads() {
    let source = big_program(1200);
    let parsed = unawait_syntax::parse(&source);
    assert!(parsed.diagnostics.is_empty());
    let one = unawait_sema::check_on(&parsed.unit, 1);
    let two = unawait_sema::check_on(&parsed.unit, 2);
    let diags = |c: &unawait_sema::Checked| {
        c.diagnostics
            .iter()
            .map(|d| format!("{} {:?} {}", d.code, d.span(), d.message))
            .collect::<Vec<_>>()
    };
    assert!(
        diags(&one).len() > 100,
        "the program has errors in both halves"
    );
    assert_eq!(diags(&one), diags(&two));
    assert_eq!(
        unawait_sema::dump_hir(&one.program),
        unawait_sema::dump_hir(&two.program)
    );
}
