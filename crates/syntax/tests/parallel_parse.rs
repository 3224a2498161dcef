//! A large file parses to the same tree on several threads as on one (`parser/split.rs`), and
//! a file with an error gets the one-thread diagnostics.

/// A class of `n` members of the kinds a cut must not split: methods, a field whose initializer
/// has braces, an expression-bodied method, nested blocks.
fn big_program(n: usize) -> String {
    let mut s = String::from(
        "using System;\nusing System.Threading.Tasks;\n\nnamespace Big\n{\nclass Program\n{\n",
    );
    for i in 0..n {
        match i % 4 {
            0 => s.push_str(&format!(
                "    static async Task<int> M{i}(int x)\n    {{\n        if (x > 0) {{ await Task.Yield(); }}\n        return x + {i};\n    }}\n"
            )),
            1 => s.push_str(&format!("    static int[] f{i} = {{ {i}, 2, 3 }};\n")),
            2 => s.push_str(&format!("    static int E{i}(int a) => a * {i};\n")),
            _ => s.push_str(&format!(
                "    static string S{i}() {{ string t = \"s{i}\"; {{ t = t + \"}}\"; }} return t; }}\n"
            )),
        }
    }
    s.push_str("    static void Main() { Console.WriteLine(E2(3)); }\n}\n}\n");
    s
}

fn dump(p: &unawait_syntax::Parsed) -> String {
    unawait_syntax::ast_dump::dump(&p.unit)
}

#[test]
fn a_large_file_parses_the_same_on_two_threads() {
    let source = big_program(4000);
    let one = unawait_syntax::parse_on(&source, 1);
    let two = unawait_syntax::parse_on(&source, 2);
    assert!(one.diagnostics.is_empty(), "{:?}", one.diagnostics);
    assert!(two.diagnostics.is_empty());
    assert_eq!(dump(&one), dump(&two));
}

#[test]
fn a_large_file_with_an_error_gets_the_one_thread_diagnostics() {
    let source = big_program(4000).replace("return x + 2000;", "return x + ;");
    let one = unawait_syntax::parse_on(&source, 1);
    let two = unawait_syntax::parse_on(&source, 2);
    assert!(!one.diagnostics.is_empty());
    let codes = |p: &unawait_syntax::Parsed| {
        p.diagnostics
            .iter()
            .map(|d| format!("{} {:?}", d.code, d.span()))
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(&one), codes(&two));
}
