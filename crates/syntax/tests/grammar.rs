//! `grammar/unawait.ebnf` and the parser stay in step: every rule of the grammar has at least one
//! C# snippet below, every snippet parses without a diagnostic, and every snippet names a rule
//! of the grammar. Also the AST dump of two samples, as insta snapshots.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use unawait_syntax::diagnostic::render;

/// `(rule, snippet)`. A snippet that contains `class` is a whole program; any other is a method
/// body, wrapped by [`program`]. A rule may have several snippets.
const CASES: &[(&str, &str)] = &[
    // Program structure
    ("compilation_unit", "using System;\nclass P { static void Main() { } }"),
    ("compilation_unit", "class A { } class B { }"),
    ("using_directive", "using System; using static System.Math; class P { }"),
    ("qualified_name", "using System.Threading.Tasks; namespace A.B.C { class P { } }"),
    ("namespace_decl", "namespace A.B { using System; class P { } }"),
    ("namespace_decl", "namespace A { class P { } };"),
    ("namespace_member", "namespace A { namespace B { class P { } } class Q { } }"),
    ("class_decl", "public static class P { } class Q : System.Exception { };"),
    ("modifier", "class P { public static async System.Threading.Tasks.Task A() { } private const int N = 1; internal static readonly int R = 2; protected static int Q; }"),
    ("member", "class P { static int F; static void M() { } }"),
    ("field_decl", "class P { static int a = 1, b; const string S = \"s\"; static int[] xs = new int[3]; }"),
    ("variable_declarator", "int a = 1, b, c = a + 1;"),
    ("method_decl", "class P { static int Add(int a, int b) { return a + b; } }"),
    ("method_decl", "using System.Threading.Tasks; class P { static async Task<int> Main(string[] args) { await Task.Yield(); return 0; } }"),
    ("method_body", "class P { static int Two() => 2; static void M() { } }"),
    ("param_list", "class P { static void M() { } static void N(string[] args, int x) { } }"),
    ("param", "class P { static void M(int x, string s = \"d\", long n = -1L) { } }"),
    // Statements
    ("block", "{ { } int x = 1; { x++; } }"),
    ("statement", "; { } int x = 0; x++;"),
    ("empty_stmt", ";"),
    ("empty_stmt", "if (true) ; else ;"),
    ("local_decl_stmt", "var x = 1;"),
    ("local_decl", "const int N = 3; int a = 1, b; System.Collections.Generic.List<int> xs = new System.Collections.Generic.List<int>(); int[] arr = new int[2];"),
    ("if_stmt", "int x = 1; if (x > 0) x--; else if (x < 0) { x++; } else { }"),
    ("if_stmt", "bool a = true, b = false; if (a) if (b) a = false; else b = true;"),
    ("while_stmt", "int i = 0; while (i < 3) i++; while (await System.Threading.Tasks.Task.FromResult(false)) { }"),
    ("do_stmt", "int i = 0; do { i++; } while (i < 3); do i--; while (i > 0);"),
    ("for_stmt", "for (int i = 0, j = 1; i < 3; i++, j--) { } for (;;) { break; }"),
    ("for_init", "int i, j; for (i = 0, j = 0; i < 3; i++) { }"),
    ("expression_list", "int i = 0, j = 0; for (; i < 3; i++, j++) { }"),
    ("foreach_stmt", "foreach (var x in new[] { 1, 2 }) { } foreach (int y in new int[] { 3 }) System.Console.WriteLine(y);"),
    ("break_stmt", "while (true) { break; }"),
    ("continue_stmt", "for (int i = 0; i < 3; i++) { if (i == 1) continue; }"),
    ("return_stmt", "return;"),
    ("return_stmt", "class P { static int F() { return 1 + 2; } }"),
    ("throw_stmt", "try { throw new System.Exception(\"x\"); } catch { throw; }"),
    ("try_stmt", "try { } catch (System.Exception) { } finally { }"),
    ("try_stmt", "try { } finally { }"),
    ("catch_clause", "try { } catch (System.InvalidOperationException e) { } catch (System.Exception) { } catch { }"),
    ("catch_clause", "try { } catch (System.Exception e) { await System.Threading.Tasks.Task.Delay(1); System.Console.WriteLine(e.Message); }"),
    ("finally_clause", "try { await System.Threading.Tasks.Task.Yield(); } finally { await System.Threading.Tasks.Task.Delay(1); }"),
    ("expr_stmt", "System.Console.WriteLine(1); int x = 0; x = 2; x++; --x; _ = x; await System.Threading.Tasks.Task.Delay(1);"),
    // Expressions
    ("expression", "int x = 1 + 2 * 3 - (4 - 5) / 6;"),
    ("assignment", "int a, b; a = b = 1; a += 2; a -= 1; a *= 2; a /= 2; a %= 2; string s = null; s ??= \"x\";"),
    ("assignment_operator", "int a = 1; a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1;"),
    ("conditional", "int x = 1; int y = x > 0 ? x : -x; string s = x == 1 ? \"one\" : x == 2 ? \"two\" : \"many\"; y = x < 0 ? 0 : 1;"),
    ("coalesce", "string s = null; string t = s ?? \"d\" ?? \"e\";"),
    ("or", "bool b = true || false || b;"),
    ("and", "bool b = true && !false || false && true;"),
    ("bit_or", "int x = 1 | 2;"),
    ("bit_xor", "int x = 1 ^ 3;"),
    ("bit_and", "int x = 3 & 1;"),
    ("equality", "bool b = 1 == 2 != false; b = \"a\" != null;"),
    ("relational", "int a = 1, c = 2; bool b = a < c; b = a > c; b = a <= c; b = a >= c; b = a < c && c > a;"),
    ("relational", "object o = \"s\"; bool b = o is string; string s = o as string;"),
    ("shift", "int x = 1 << 3 >> 1;"),
    ("additive", "int x = 1 + 2 - 3; string s = \"a\" + x + true;"),
    ("multiplicative", "int x = 7 * 3 / 2 % 4; double d = 1 / 3.0;"),
    ("unary", "int x = 1; int y = -x + +x - -x; bool b = !true; int z = ~x; ++x; --x; y = -(-x);"),
    ("cast", "double d = 1.5; int i = (int)d; long l = (long)i + 1; double q = (double)i / 2; int n = (int)-d;"),
    ("cast", "object o = \"s\"; string s = (string)o; System.Exception e = (System.Exception)null; int i = (int)(object)1;"),
    ("await_expr", "int x = await System.Threading.Tasks.Task.FromResult(1) + await System.Threading.Tasks.Task.FromResult(2); await System.Threading.Tasks.Task.Delay(1).ConfigureAwait(false);"),
    ("await_expr", "using System; using System.Threading.Tasks; class P { static int F(int a, int b, int c) => a + b + c; static async Task M(Task<int> b, Task<int> c) { int r = F(1, await b, await c); Console.WriteLine(await b * -await c); } }"),
    ("postfix", "int[] a = new int[3]; a[0]++; int n = a.Length; string s = a[1].ToString().ToUpper(); int m = new int[2].Length;"),
    ("member_access", "int n = \"abc\".Length; var t = System.Threading.Tasks.Task.FromResult<int>(1); int k = (n).GetHashCode();"),
    ("call", "System.Console.WriteLine(); System.Console.WriteLine(\"{0} {1}\", 1, 2); System.Math.Max(1, 2);"),
    ("call", "using System; class P { static void F(bool a, bool b) { } static void M(int a, int b, int c, int d) { F(a < b, c > d); } }"),
    ("argument", "System.Console.WriteLine(value: 1);"),
    ("index", "int[] a = new int[2]; a[0] = a[1]; var l = new System.Collections.Generic.List<int>(); l.Add(1); int x = l[0] + a[a[0]];"),
    ("post_inc", "int i = 0; i++; i--; int j = i++ + i--; j = i++ + ++i;"),
    ("primary", "int x = (1); string s = \"s\"; var l = new System.Collections.Generic.List<int>(); int m = int.MaxValue; string j = string.Join(\", \", l);"),
    ("simple_name", "int x = 1; int y = x; var t = System.Threading.Tasks.Task.FromResult(x); bool b = x < y; bool c = x < y == y > x;"),
    ("parenthesized", "int x = (1 + 2) * 3; int y = (x); bool b = !(x < y); string s = (x).ToString();"),
    ("literal", "int i = 42; long l = 42L; double d = 1.5; string s = \"a\\tb\"; bool t = true, f = false; string n = null;"),
    ("interpolated_string", "int x = 1; string s = $\"x = {x}, twice: {x * 2}, sign: {(x > 0 ? \"+\" : \"-\")}\";"),
    ("interpolation", "double d = 1.5; string s = $\"[{d,8:F2}] [{d,-6}] {d:F1} {await System.Threading.Tasks.Task.FromResult(1)}\";"),
    ("new_expr", "var e = new System.Exception(\"m\"); var l = new System.Collections.Generic.List<int> { 1, 2 }; var m = new System.Collections.Generic.List<int>() { 3 }; System.Threading.CancellationTokenSource c = new(); string msg = new System.Exception(\"x\").Message;"),
    ("array_creation", "var a = new[] { 1, 2, }; int[] b = new int[3]; int[] c = new int[] { 1 }; string[] d = new string[2] { \"x\", \"y\" }; var t = new System.Threading.Tasks.Task<int>[2];"),
    ("collection_initializer", "var l = new System.Collections.Generic.List<string> { }; var a = new[] { \"a\", \"b\" }; int[] e = new int[] { };"),
    // Types
    ("type", "int a = 0; long b = 0; bool c = false; double d = 0; string e = \"\"; var f = 1; System.Threading.Tasks.Task<int> g = null; int[] h = null;"),
    ("array_type", "int[] a = null; string[][] b = null; System.Collections.Generic.List<int>[] c = null;"),
    ("predefined_type", "class P { static void M(int a, long b, bool c, double d, string e) { } }"),
    ("named_type", "System.Threading.Tasks.Task t = null; System.Threading.Tasks.ValueTask<int> v = default;"),
    ("type_segment", "System.Collections.Generic.Dictionary<string, int> d = null;"),
    ("type_args", "System.Collections.Generic.List<System.Collections.Generic.List<int>> l = new System.Collections.Generic.List<System.Collections.Generic.List<int>>();"),
    // Tokens
    ("identifier", "int x = 1; int _y = x; int @class = 2; int x1_ = @class;"),
    ("integer_literal", "int a = 1; long b = 9223372036854775807L; uint c = 1U; ulong u = 1UL; int h = 0x1F; int m = 1_000; int bin = 0b101;"),
    ("real_literal", "double a = 1.5; double b = .5; double c = 1e-3; double d = 2.0d; double e = 1E+2;"),
    ("string_literal", "string a = \"q\\\"\\n\\\\\"; string b = @\"x\"\"y\"; string c = \"\";"),
    ("interpolated_text", "string s = $\"a {{b}} c\"; string v = $@\"x\\{1}\";"),
    ("format_text", "int x = 5; string s = $\"{x:D3} {x:0.00}\";"),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A method body becomes a whole program.
fn program(snippet: &str) -> String {
    if snippet.contains("class") {
        snippet.to_string()
    } else {
        format!("class P {{ static async System.Threading.Tasks.Task M() {{ {snippet} }} }}")
    }
}

/// The text of the grammar without its comments, `"..."`/`'...'` terminals and `? ... ?`
/// special sequences: only rule names and EBNF punctuation are left.
fn strip(ebnf: &str) -> String {
    let mut out = String::new();
    let mut chars = ebnf.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == ')' {
                        break;
                    }
                    prev = c;
                }
                out.push(' ');
            }
            '"' | '\'' | '?' => {
                for d in chars.by_ref() {
                    if d == c {
                        break;
                    }
                }
                out.push_str(" TERMINAL ");
            }
            _ => out.push(c),
        }
    }
    out
}

/// Each rule's name and the rule names its right-hand side uses.
fn rules(ebnf: &str) -> Vec<(String, BTreeSet<String>)> {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty() && *w != "TERMINAL")
            .map(str::to_string)
            .collect()
    };
    strip(ebnf)
        .split(';')
        .filter(|r| !r.trim().is_empty())
        .map(|r| {
            let (lhs, rhs) = r
                .split_once('=')
                .unwrap_or_else(|| panic!("not a rule `name = ... ;`: {r:?}"));
            let name = lhs.trim().to_string();
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "a rule name is snake_case: {name:?}"
            );
            (name, words(rhs).into_iter().collect())
        })
        .collect()
}

#[test]
fn grammar_rules_have_cases_that_parse() {
    let ebnf =
        std::fs::read_to_string(root().join("grammar/unawait.ebnf")).expect("grammar/unawait.ebnf");
    let rules = rules(&ebnf);
    let names: BTreeSet<&str> = rules.iter().map(|(n, _)| n.as_str()).collect();
    let mut problems = Vec::new();
    if names.len() != rules.len() {
        problems.push("a rule is defined twice".to_string());
    }
    for (name, uses) in &rules {
        for u in uses {
            if !names.contains(u.as_str()) {
                problems.push(format!("rule `{name}` uses `{u}`, which is not defined"));
            }
        }
        // (a) every rule has a case
        if !CASES.iter().any(|(r, _)| r == name) {
            problems.push(format!("rule `{name}` has no case in CASES"));
        }
    }
    for (i, (rule, snippet)) in CASES.iter().enumerate() {
        // (c) every case names a rule of the grammar
        if !names.contains(rule) {
            problems.push(format!(
                "case {i} names `{rule}`, which is not a rule of the grammar"
            ));
        }
        // (b) every case parses without a diagnostic
        let source = program(snippet);
        let parsed = unawait_syntax::parse(&source);
        if !parsed.diagnostics.is_empty() {
            let file = format!("case {i} ({rule})");
            problems.push(render(&parsed.diagnostics, &file, &source, false));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn dump_sample(name: &str) -> String {
    let source = std::fs::read_to_string(root().join("samples").join(name)).expect("sample exists");
    let parsed = unawait_syntax::parse(&source);
    assert!(parsed.diagnostics.is_empty(), "{name} parses clean");
    unawait_syntax::ast_dump::dump(&parsed.unit)
}

#[test]
fn ast_dump_evaluation_order() {
    insta::assert_snapshot!(
        "ast_dump_evaluation_order",
        dump_sample("evaluation-order.cs")
    );
}

#[test]
fn ast_dump_await_catch_finally() {
    insta::assert_snapshot!(
        "ast_dump_await_catch_finally",
        dump_sample("await-catch-finally.cs")
    );
}
