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
    ("compilation_unit", "#nullable enable\nusing System;\n#region Types\nclass P { string? S; }\n#endregion\n"),
    ("using_directive", "using System; using static System.Math; class P { }"),
    ("using_directive", "using Point = (int X, int Y); using unsafe IntPtr = int*; using static unsafe System.Math; global using L = System.Collections.Generic.List<int>; class P { }"),
    ("qualified_name", "using System.Threading.Tasks; namespace A.B.C { class P { } }"),
    ("namespace_decl", "namespace A.B { using System; class P { } }"),
    ("namespace_decl", "namespace A { class P { } };"),
    ("namespace_member", "namespace A { namespace B { class P { } } class Q { } }"),
    ("class_decl", "public static class P { } class Q : System.Exception { };"),
    ("modifier", "class P { public static async System.Threading.Tasks.Task A() { } private const int N = 1; internal static readonly int R = 2; protected static int Q; }"),
    ("member", "class P { static int F; static void M() { } }"),
    ("field_decl", "class P { static int a = 1, b; const string S = \"s\"; static int[] xs = new int[3]; }"),
    ("field_decl", "ref struct R { private ref int a; ref readonly int b; readonly ref int c; readonly ref readonly int d; public R(ref int x) { a = ref x; } } class Z { }"),
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
    ("foreach_stmt", "System.Span<int> span = stackalloc int[2]; foreach (ref int s in span) s *= 10; foreach (ref readonly var x in span) { } foreach (scoped ref int y in span) { } foreach (scoped ref readonly int z in span) { }"),
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
    ("interpolated_string", r#"int count = 7; string p = "x"; string a = $"""{p}: {count,5} {count / 7.0:F1} "q" {(count > 1 ? "s" : "")}"""; string b = $$"""{ "p": "{{p}}", "n": {{count}}, "m": {{{count}}} }"""; string c = $"""{ $"""{p}""" }""";"#),
    ("interpolated_string", "int count = 7; string p = \"x\"; string c = $\"\"\"\n    Project: {p}\n      Count: {count,5:D3}\n    {p}\n    \"\"\"; string d = $$\"\"\"\n    {\"k\": {{count}}}\n    \"\"\";"),
    ("interpolation", "double d = 1.5; string s = $\"[{d,8:F2}] [{d,-6}] {d:F1} {await System.Threading.Tasks.Task.FromResult(1)}\";"),
    ("interpolation", "int count = 1; string s = $\"n = {\n    count switch\n    {\n        > 0 => \"some\",\n        _ => \"none\",\n    }\n}\"; string t = $\"{count\n  + 1} and {(\n  count)}\";"),
    ("raw_interpolation_start", r#"int n = 1; string a = $"""{n}"""; string b = $$$"""{{{n}}} {{ }}"""; string c = @$"{n}";"#),
    ("raw_string_end", r#"int n = 1; string a = $""""{n} """ {n}""""; string b = """x""";"#),
    ("new_expr", "var e = new System.Exception(\"m\"); var l = new System.Collections.Generic.List<int> { 1, 2 }; var m = new System.Collections.Generic.List<int>() { 3 }; System.Threading.CancellationTokenSource c = new(); string msg = new System.Exception(\"x\").Message;"),
    ("array_creation", "var a = new[] { 1, 2, }; int[] b = new int[3]; int[] c = new int[] { 1 }; string[] d = new string[2] { \"x\", \"y\" }; var t = new System.Threading.Tasks.Task<int>[2];"),
    // The rest of C#'s syntax (parsed; sema says what the language does not support yet)
    ("extern_alias", "extern alias Lib; using System; class P { }"),
    ("global_attributes", "using System; [assembly: System.Reflection.AssemblyVersion(\"1.0\")] class P { }"),
    ("top_level_statement", "using System; Console.WriteLine(1); static int F(int x) => x; class P { }"),
    ("type_decl", "[Serializable] public sealed partial class P { } internal abstract class Q { }"),
    ("struct_decl", "struct S { public int X; public S(int x) { X = x; } } readonly ref struct R { } class Z { }"),
    ("struct_decl", "ref struct R { private ref int _t; public ref int Get() => ref _t; public readonly int Cur => _t; } readonly ref struct W { public readonly System.Span<int> D; } public ref partial struct X { } unsafe ref struct U { } class Z { ref struct N { } }"),
    ("interface_decl", "interface IShape<out T> where T : class { T Get(); int Area { get; } }"),
    ("record_decl", "record Point(int X, int Y); record struct Pair(int A, int B) { public int Sum => A + B; } record class C : B { }"),
    ("type_body", "class Box<T>(T value) : System.IComparable<Box<T>> where T : new() { public T Value = value; } class Empty;"),
    ("base_list", "record B(int X) : A(X), System.IDisposable { public void Dispose() { } } record A(int X); class Z { }"),
    ("enum_decl", "enum Color : byte { Red, Green = 5, [Obsolete] Blue, } class Z { }"),
    ("enum_member", "enum E { A = 1 << 2, B = A | 1 } class Z { }"),
    ("delegate_decl", "delegate int Op<in T>(T a, T b) where T : struct; class P { public delegate void Handler(object sender, System.EventArgs e); }"),
    ("type_params", "class Map<TKey, [A] TValue> { }"),
    ("type_param", "interface IVar<in TIn, out TOut> { } class Z { }"),
    ("constraint_clause", "class C<T, U> where T : class?, new() where U : struct { }"),
    ("constraint", "class C<A, B, D, E, F> where A : unmanaged where B : notnull where D : System.Exception, System.IDisposable where E : default where F : class { }"),
    ("attribute_section", "class P { [Obsolete(\"no\"), Flags] [return: NotNull] static int F() => 1; }"),
    ("attribute_target", "class P { [method: A] [return: B] static int F([param: C] int x) => x; [field: D] int y; }"),
    ("attribute", "class P { [A] [B()] [C(1, \"s\", Named = true)] [System.Diagnostics.Conditional(\"X\")] static void F() { } }"),
    ("variable_init", "int[] a = { 1, 2 }; int[][] b = { new int[1], new[] { 2 } };"),
    ("array_initializer", "int[,] g = { { 1, 2 }, { 3, 4 } }; int[] e = { };"),
    ("member_name", "class P : System.IDisposable { void System.IDisposable.Dispose() { } int I.X { get => 1; } }"),
    ("return_type", "class P { static int[] a = new int[1]; static ref int F() => ref a[0]; static ref readonly int G() => ref a[0]; }"),
    ("return_type", "ref struct R { ref int x; public ref int P => ref x; public ref readonly int this[int i] => ref x; public readonly ref readonly int Q => ref x; } class Z { }"),
    ("param_modifier", "class P { static void F(ref int a, out int b, in int c, params int[] d, ref readonly int e, scoped ref int f) { b = 0; } static int X(this int n) => n; }"),
    ("constructor_decl", "class P { P() : this(1) { } P(int x) : base() { } static P() { } public P(string s) => S = s; string S; }"),
    ("destructor_decl", "class P { ~P() { } }"),
    ("property_decl", "class P { int A { get; set; } = 1; int B { get => 1; private set { } } int C => 2; required int D { get; init; } static int E { get; } }"),
    ("indexer_decl", "class P { int this[int i] { get => i; set { } } string this[string k, int j] => k; int System.Collections.Generic.IList<int>.this[int i] { get => 0; set { } } }"),
    ("indexer_decl", "class P { int this[int[] xs] => xs.Length; int this[string s, params int[] rest] { get => 0; init { } } }"),
    ("accessor_list", "class P { int X { get; set; } }"),
    ("accessor", "class P { System.Action e; event System.Action E { add { e += value; } remove { e -= value; } } int X { [A] get => 1; protected set { } } }"),
    ("event_decl", "class P { event System.Action A, B; public static event System.EventHandler C = null; }"),
    ("operator_decl", "class V { public static V operator +(V a, V b) => a; public static bool operator ==(V a, V b) => true; public static bool operator !=(V a, V b) => false; public static V operator checked -(V a) => a; }"),
    ("overloadable_operator", "class V { public static V operator >>(V a, int n) => a; public static V operator >>>(V a, int n) => a; public static bool operator true(V a) => true; public static bool operator false(V a) => false; public static V operator ++(V a) => a; }"),
    ("conversion_decl", "class V { public static implicit operator int(V v) => 0; public static explicit operator V(int i) => null; }"),
    ("local_function", "int Add(int a, int b) => a + b; static async System.Threading.Tasks.Task<T> Id<T>(T x) where T : class { await System.Threading.Tasks.Task.Yield(); return x; } [Obsolete] void F() { }"),
    ("switch_stmt", "int x = 1; switch (x) { case 1: break; case 2: case 3: x++; goto case 1; default: break; } switch (x, x) { case (1, _): break; }"),
    ("switch_section", "object o = 1; switch (o) { case int i when i > 0: case string s: break; default: return; }"),
    ("switch_label", "int x = 1; switch (x) { case > 5 and < 10: break; case 0 or 1: break; case var v: break; }"),
    ("switch_label", "var t = (1, 2); switch (t) { case var (w, h) when w == h: break; case (int a, int b) when (a == b): break; case var (a, _) when System.Array.Exists(new[] { a }, z => z > a): break; }"),
    ("using_stmt", "using (var r = new System.IO.MemoryStream()) { } using var s = new System.IO.MemoryStream(); await using var t = new System.IO.MemoryStream(); using (s) ;"),
    ("yield_stmt", "class P { static System.Collections.Generic.IEnumerable<int> F() { yield return 1; yield break; } }"),
    ("lock_stmt", "object o = new object(); lock (o) { } lock (this) o = null;"),
    ("checked_stmt", "int x = 1; checked { x++; } unchecked { x--; }"),
    ("unsafe_stmt", "unsafe { int x = 1; int* p = &x; *p = 2; }"),
    ("fixed_stmt", "int[] a = new int[1]; unsafe { fixed (int* p = a, q = &a[0]) { } }"),
    ("labeled_stmt", "start: System.Console.WriteLine(1); done: ;"),
    ("goto_stmt", "goto end; end: ; int x = 1; switch (x) { case 1: goto default; default: break; }"),
    ("switch_with", "int x = 1; var s = x switch { 1 => \"one\", _ => \"other\" } + \"!\"; var p = new P() with { };"),
    ("switch_expr", "object o = 1; string s = o switch { int i when i > 0 => \"pos\", int => \"int\", null => \"null\", _ => \"other\", };"),
    ("switch_arm", "int x = 1; int y = x switch { < 0 => -1, 0 => 0, > 0 => 1 };"),
    ("switch_arm", "var t = (1, 2); int n = t switch { var (w, h) when w == h => 1, (var a, var b) when (a == b) => 2, var (a, b) when a > b => 3, _ => 0 };"),
    ("switch_arm", "const int lo = 0, hi = 9; int x = 1; int y = x switch { < lo => -1, > hi and not lo => 1, lo => 0, _ => 2 }; var c = System.ConsoleColor.Red; int z = c switch { System.ConsoleColor.Red => 1, _ => 2 }; int[] a = null; int e = a switch { [var first, .., var last] when first == last => 1, _ => 0 };"),
    ("switch_arm", "int x = 1; int y = x switch { int v when System.Array.Exists(new[] { v }, q => q > 0) => 1, int v when ((System.Func<bool>)(() => v > 0))() => 2, int v when v is > 0 and < 5 => 3, _ => 0 };"),
    ("with_expr", "var p = q with { X = 1, Y = q.Y + 1 };"),
    ("range", "int[] a = new int[3]; var b = a[1..]; var c = a[..^1]; var d = a[1..2]; var e = a[..]; System.Range r = ..;"),
    ("throw_expr", "string s = null; string t = s ?? throw new System.ArgumentNullException(nameof(s)); int x = s == null ? throw new System.Exception() : 1;"),
    ("conditional_access", "string s = null; int? n = s?.Length; char? c = s?[0]; string t = s?.Trim().ToUpper()?.Substring(1);"),
    ("arguments", "System.Console.WriteLine(); System.Math.Max(1, b: 2);"),
    ("alias_qualified", "global::System.Console.WriteLine(1); var t = typeof(global::System.Int32);"),
    ("tuple", "var t = (1, \"a\"); var n = (x: 1, y: 2); (int a, int b) = (1, 2); (a, b) = (b, a);"),
    ("tuple_element", "var t = (count: 1, name: \"a\", 3);"),
    ("declaration_expr", "int.TryParse(\"1\", out var n); int.TryParse(\"2\", out int m); var (a, b) = (1, 2); F(out _);"),
    ("designation", "var (a, (b, _)) = (1, (2, 3));"),
    ("object_initializer", "var p = new P { X = 1, Y = { 2, 3 }, [4] = 5 }; var l = new System.Collections.Generic.List<int> { 1, 2, }; var d = new System.Collections.Generic.Dictionary<int, int> { { 1, 2 }, [3] = 4 };"),
    ("initializer_element", "var p = new P { Inner = { A = 1 }, [0] = { 2 } };"),
    ("anonymous_object", "var o = new { A = 1, B = \"b\", o2.C }; var e = new { };"),
    ("anonymous_member", "var x = 1; var o = new { x, Y = x + 1 };"),
    ("typeof_expr", "var t = typeof(int); var u = typeof(System.Collections.Generic.List<int>); var v = typeof(void);"),
    ("unbound_type", "var d = typeof(System.Collections.Generic.Dictionary<,>); var l = typeof(System.Collections.Generic.List<>);"),
    ("sizeof_expr", "int n = sizeof(int);"),
    ("default_expr", "int a = default; var b = default(long); string c = default(string);"),
    ("checked_expr", "int x = checked(1 + 2); int y = unchecked((int)4000000000L);"),
    ("lambda", "System.Func<int, int> f = x => x + 1; System.Func<int, int, int> g = (a, b) => { return a + b; }; var h = async () => await System.Threading.Tasks.Task.Yield(); var k = static int (int x) => x; System.Action a = async delegate { };"),
    ("lambda", "var f = [System.Obsolete] (int a) => a; System.Func<int, int> g = [A] x => x; var h = [A][return: B] static async System.Threading.Tasks.Task<int> () => 1; System.Array.Sort(new int[1], [C] (a, b) => a - b);"),
    ("lambda_params", "System.Func<int, string, bool> f = (int a, string b) => true; System.Action z = () => { };"),
    ("lambda_param", "var f = (ref int a, [A] int b, int c = 1) => a;"),
    ("anonymous_method", "System.Action a = delegate { }; System.Func<int, int> f = delegate (int x) { return x; };"),
    ("stackalloc_expr", "System.Span<int> s = stackalloc int[3]; System.Span<int> t = stackalloc[] { 1, 2 }; System.Span<int> u = stackalloc int[] { 1 };"),
    ("collection_expr", "int[] a = [1, 2, 3]; int[] b = [..a, 4]; System.Collections.Generic.List<int> e = [];"),
    ("collection_element", "int[] a = [1]; int[] b = [0, ..a, ..new[] { 2 }];"),
    ("pattern", "object o = 1; bool b = o is int or long or null;"),
    ("conjunctive_pattern", "int x = 1; bool b = x is > 0 and < 10 and not 5;"),
    ("negated_pattern", "object o = null; bool b = o is not null; bool c = o is not not string;"),
    ("primary_pattern", "object o = 1; bool a = o is _; bool b = o is var v; bool c = o is int i; bool d = o is System.Exception; bool e = o is 1 + 2; bool f = o is int[];"),
    ("relational_pattern", "int x = 1; bool b = x is < 0 or <= -1 or > 10 or >= 11;"),
    ("recursive_pattern", "object o = null; bool a = o is P { X: 1, Y: > 0 } p; bool b = o is (1, 2); bool c = o is { Length: 3 }; bool d = o is P(var x, _) { X: 1 }; bool e = o is (> 0);"),
    ("subpattern", "object o = null; bool a = o is P { Inner.X: 1, Y: { } };"),
    ("list_pattern", "int[] a = new int[3]; bool b = a is [1, _, var last]; bool c = a is [] e;"),
    ("slice_pattern", "int[] a = new int[3]; bool b = a is [1, .., 3]; bool c = a is [.. var rest, 0];"),
    ("query_expr", "int[] xs = new int[3]; var q = from x in xs where x > 0 select x * 2;"),
    ("from_clause", "int[][] xs = null; var q = from int[] row in xs from x in row select x;"),
    ("query_body", "int[] xs = null; var q = from x in xs group x by x % 2 into g select g.Key;"),
    ("let_clause", "int[] xs = null; var q = from x in xs let y = x * x select y;"),
    ("where_clause", "int[] xs = null; var q = from x in xs where x > 1 where x < 5 select x;"),
    ("join_clause", "int[] xs = null, ys = null; var q = from x in xs join y in ys on x equals y select x; var r = from x in xs join int y in ys on x equals y into g select g;"),
    ("orderby_clause", "int[] xs = null; var q = from x in xs orderby x descending, -x ascending, x select x;"),
    ("rank_specifier", "int[,] a = new int[2, 3]; int[][,] b = null; long[][] c = new long[4][];"),
    ("tuple_type", "(int, string) t = (1, \"a\"); (int count, string name) u = t; (int, (bool, long)) v = default;"),
    ("function_pointer_type", "unsafe { delegate*<int, void> f = null; delegate* unmanaged[Cdecl]<int> g = null; }"),
    ("character_literal", "char c = 'a'; char d = '\\n'; char e = '\\u0041';"),
    // Types
    ("type", "int a = 0; long b = 0; bool c = false; double d = 0; string e = \"\"; var f = 1; System.Threading.Tasks.Task<int> g = null; int[] h = null;"),
    ("predefined_type", "class P { static void M(int a, long b, bool c, double d, string e) { } }"),
    ("named_type", "System.Threading.Tasks.Task t = null; System.Threading.Tasks.ValueTask<int> v = default;"),
    ("type_segment", "System.Collections.Generic.Dictionary<string, int> d = null;"),
    ("type_args", "System.Collections.Generic.List<System.Collections.Generic.List<int>> l = new System.Collections.Generic.List<System.Collections.Generic.List<int>>();"),
    // Tokens
    ("identifier", "int x = 1; int _y = x; int @class = 2; int x1_ = @class;"),
    ("integer_literal", "int a = 1; long b = 9223372036854775807L; uint c = 1U; ulong u = 1UL; int h = 0x1F; int m = 1_000; int bin = 0b101;"),
    ("real_literal", "double a = 1.5; double b = .5; double c = 1e-3; double d = 2.0d; double e = 1E+2;"),
    ("string_literal", "string a = \"q\\\"\\n\\\\\"; string b = @\"x\"\"y\"; string c = \"\";"),
    ("string_literal", r#"string a = """He said "hi" and left"""; string b = """"a """ inside""""; string c = """  spaced  """; var u = """raw"""u8;"#),
    ("string_literal", "string j = \"\"\"\n    {\n      \"name\": \"x\"\n\n    }\n    \"\"\"; string k = \"\"\"\r\n  a\r\n  \"\"\";"),
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
