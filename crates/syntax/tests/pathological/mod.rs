//! Inputs of about 200 KB that make a parser (or a checker) superlinear if it backtracks or
//! rescans: shared by the parser's work test (crates/syntax/tests/linear.rs) and the front
//! end's time test (crates/cli/tests/linear.rs).
#![allow(dead_code)]

pub const SIZE: usize = 200_000;

pub fn repeat_to_size(prefix: &str, unit: &str, suffix: &str) -> String {
    let mut s = String::with_capacity(SIZE + 200);
    s.push_str(prefix);
    while s.len() < SIZE {
        s.push_str(unit);
    }
    s.push_str(suffix);
    s
}

pub fn in_method(unit: &str) -> String {
    repeat_to_size(
        "using System; using System.Threading.Tasks;\nclass P {\n static async Task<int> M(int x, Task<int> t) {\n",
        unit,
        "\n }\n}\n",
    )
}

/// `open` repeated `depth` times, then `middle`, then `close` as often: a chunk that nests as
/// deeply as the parser allows (past 1,000 levels the file is reported, not parsed) and keeps
/// its brackets balanced whatever sits between them (`close` may follow a `;`).
pub fn nest(open: &str, middle: &str, close: &str) -> String {
    nest_to(300, open, middle, close)
}

pub fn nest_to(depth: usize, open: &str, middle: &str, close: &str) -> String {
    format!("{}{middle}{}\n", open.repeat(depth), close.repeat(depth))
}

/// Each input, named for the report.
pub fn pathological() -> Vec<(&'static str, String)> {
    vec![
        (
            "unclosed (await",
            in_method(&format!("return {}", nest("(await ", "x;", ")"))),
        ),
        ("using async async", in_method("using async ")),
        ("a < b < c", in_method("x = a < b ")),
        ("F<A<B<C", in_method(&nest("F<A<", "B ", ">"))),
        ("casts (A)(A)", in_method(&nest("(A)", "x;", ""))),
        (
            "generic casts (A<B>)",
            in_method(&nest("(A<B>)(", "x", ")")),
        ),
        ("lambdas x => y =>", in_method(&nest("x => ", "y;", ""))),
        (
            "attributed lambdas [A][B] x =>",
            in_method(&nest("[A][B] x => ", "y;", "")),
        ),
        ("brackets [a][b]", in_method("[a][b] ")),
        (
            "parenthesized lambdas (a) =>",
            in_method(&nest("(a) => ", "y;", "")),
        ),
        (
            "conditionals a ? b :",
            in_method(&nest("a ? b : ", "c;", "")),
        ),
        ("nullable declarations a? b", in_method("a? b ")),
        ("assignments a = b =", in_method(&nest("a = ", "b;", ""))),
        ("binary chain", in_method("1 + ")),
        ("member chain", in_method("a.b.")),
        ("calls f(g(", in_method(&nest("f(g(x), ", "y;", ")"))),
        ("nested parens", in_method(&nest("(", "x", ")"))),
        (
            "unclosed parens before a semicolon",
            in_method(&nest("(", "x;", ")")),
        ),
        ("unclosed brackets", in_method(&nest("[a, ", "b;", "]"))),
        ("tuples (a, (b,", in_method(&nest("(a, (b, ", "c;", "))"))),
        ("new new new", in_method("new ")),
        ("await await", in_method(&nest("await ", "x;", ""))),
        ("is patterns", in_method("x is int and not null or ")),
        (
            "recursive patterns",
            in_method(&nest("x is { A: { B: ", "1", "} }")),
        ),
        (
            "switch expressions",
            in_method(&nest("x switch { 1 => ", "2;", "}")),
        ),
        ("queries from x in from", in_method("from x in ")),
        ("interpolations", in_method("$\"{ $\"{x}\" }\" + ")),
        // A hole may go on to the next line (C# 11); one never closed is read again once.
        ("holes across lines", in_method("$\"{ x\n")),
        ("holes across lines, then ;", in_method("F($\"{ x\n + y; ")),
        (
            "raw strings",
            in_method("$$\"\"\"\n {{ $\"\"\"{x}\"\"\" }}\n \"\"\" + "),
        ),
        ("unclosed raw holes", in_method("$\"\"\"{ ")),
        ("statements missing semicolons", in_method("int x = 1\n")),
        ("stray closers", in_method(") ] ")),
        (
            "keywords soup",
            in_method("if else while do for case default "),
        ),
        ("declarations T x", in_method("List<int> x ")),
        ("local functions", in_method("int F(int a) => ")),
        ("delegate delegate", in_method("delegate ")),
        ("attributes [[", in_method(&nest("[A(", "x;", ")]"))),
        ("async async (", in_method(&nest("async (", "x;", ")"))),
        (
            "deconstruction var (",
            in_method(&nest("var (a, ", "b;", ")")),
        ),
        ("out var", in_method(&nest("F(out var x, ", "y;", ")"))),
        ("ranges ..", in_method("a.. ")),
        (
            "object initializers",
            in_method(&nest_to(100, "new C { X = new C { Y = ", "1;", "} }")),
        ),
        (
            "lambda bodies",
            in_method(&nest("x => { return y => { ", "z;", "}; }")),
        ),
        (
            "members soup",
            repeat_to_size("class C {\n", "public static int ", "}\n"),
        ),
        ("types soup", repeat_to_size("", "class C : ", "")),
        (
            "namespaces",
            repeat_to_size("", &nest("namespace N { ", "class C ", "}"), ""),
        ),
        (
            "where where",
            repeat_to_size("class C<T> ", "where T : ", "{}"),
        ),
        (
            "operators",
            repeat_to_size("class C {\n", "public static C operator ", "}\n"),
        ),
        ("closing braces", repeat_to_size("class C { }\n", "}", "")),
        ("semicolons", in_method(";")),
        // Preprocessor directives: each line is read once, skipped or not.
        (
            "open #if groups",
            repeat_to_size("class C { }\n", "#if X\n", ""),
        ),
        (
            "#if conditions",
            repeat_to_size(
                "class C { }\n",
                "#if ((!(X || Y) && Z) == true)\n#endif\n",
                "",
            ),
        ),
        (
            "a deep #if condition",
            format!("class C {{ }}\n#if {}X\n#endif\n", "(".repeat(SIZE)),
        ),
        (
            "skipped text",
            repeat_to_size(
                "class C {\n#if NEVER\n",
                "  int x = \"/* ' #\n",
                "#endif\n}\n",
            ),
        ),
        ("# inside lines", in_method("x # ")),
        (
            "pragmas",
            repeat_to_size(
                "class C { static void M() {\n",
                "#pragma warning disable CS0162, 168\n return;\n#pragma warning restore\n",
                "} }\n",
            ),
        ),
        (
            "regions",
            repeat_to_size("class C { }\n", "#region r\n", ""),
        ),
    ]
}

/// A valid program of about `size` bytes: the baseline that pathological inputs are measured
/// against.
pub fn valid_program(size: usize) -> String {
    let mut source = String::from(
        "using System;\nusing System.Collections.Generic;\nusing System.Threading.Tasks;\nclass P {\n",
    );
    let mut i = 0;
    while source.len() < size {
        source.push_str(&format!(
            "  static async Task<int> M{i}(int x) {{ int a = x * 3 + {i}; if (a % 2 == 0) {{ await Task.Yield(); }} var l = new List<int>(); l.Add(a); return a + await M{i}(x - 1) + l.Count + (int)(long)a; }}\n"
        ));
        i += 1;
    }
    source.push_str("  static async Task Main() { await M0(1); }\n}\n");
    source
}
