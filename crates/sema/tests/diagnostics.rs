//! One small C# program per diagnostic: the exact set of codes `check` reports.

mod common;
use common::*;

macro_rules! case {
    ($name:ident, $src:expr, [$($code:expr),*]) => {
        #[test]
        fn $name() {
            let src: String = $src;
            let mut expected: Vec<&str> = vec![$($code),*];
            expected.sort();
            let got = codes(&src);
            assert_eq!(got, expected, "\n{}\n{}", src, render(&src));
        }
    };
}

// ---- valid programs: no diagnostics at all
case!(valid_hello, in_main(r#"Console.WriteLine("hi");"#), []);
case!(valid_numeric_overloads, in_main("long l = 1; double d = 2; Console.WriteLine(Math.Max(1, 2)); Console.WriteLine(Math.Max(l, 2)); Console.WriteLine(Math.Max(d, 1)); Console.WriteLine(Math.Abs(-3L));"), []);
case!(
    valid_concat,
    in_main(
        r#"string s = "a" + 1 + 2.5 + true + null; s += 3; Console.WriteLine($"x={s}, {1 + 2}");"#
    ),
    []
);
case!(valid_lists, in_main("var l = new List<int> { 1, 2 }; l.Add(3); int n = l.Count + l[0]; l[1] = 5; int[] a = l.ToArray(); foreach (var x in l) { n += x; } foreach (int y in a) n -= y; Console.WriteLine(string.Join(\", \", l));"), []);
case!(valid_arrays, in_main("var a = new[] { 1, 2, 3 }; var b = new int[3]; var c = new long[] { 1, 2 }; b[0] = a.Length; c[1] += 2; Console.WriteLine(b[0] + c[1]);"), []);
case!(valid_tasks, in_async_main("Task<int> t = Task.FromResult(1); int x = await t; int[] all = await Task.WhenAll(t, Task.FromResult(2)); Task<int> first = await Task.WhenAny(t); await Task.WhenAll(new List<Task> { Task.Delay(1) }); x += all.Length + first.Result; await t.ConfigureAwait(false); t.GetAwaiter().GetResult(); Console.WriteLine(t.Status);"), []);
case!(valid_valuetask, members("static async ValueTask<int> V() { await Task.Yield(); return 1; } static async ValueTask W() { await V(); } static ValueTask<int> X() { return new ValueTask<int>(2); }"), []);
case!(valid_cancellation, in_async_main("var cts = new CancellationTokenSource(); cts.CancelAfter(10); CancellationToken tok = cts.Token; try { await Task.Delay(100, tok); } catch (TaskCanceledException e) { Console.WriteLine(e.Message); } catch (OperationCanceledException) { } finally { cts.Cancel(); } tok.ThrowIfCancellationRequested(); Console.WriteLine(CancellationToken.None.IsCancellationRequested);"), []);
case!(
    valid_exceptions,
    in_main(
        r#"try { throw new ArgumentException("bad", new Exception("inner")); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); throw; } catch (ArgumentException e) { Console.WriteLine(e.InnerException.Message); }"#
    ),
    []
);
case!(valid_aggregate, in_main("Task t = Task.Delay(1); AggregateException ae = t.Exception; if (ae != null) { Console.WriteLine(ae.InnerExceptions.Count); Console.WriteLine(ae.InnerExceptions[0].Message); foreach (var e in ae.InnerExceptions) Console.WriteLine(e.InnerException); }"), []);
case!(valid_consts, members("const int A = B * 2; const int B = 3; const string S = \"x\" + \"y\"; const long L = int.MaxValue + 1L; static readonly int R = A; static int Z = Math.Max(A, B);"), []);
case!(valid_loops, in_main("int i; for (i = 0; i < 3; i++) { if (i == 1) continue; if (i == 2) break; } do { i--; } while (i > 0); while (true) { break; } Console.WriteLine(i);"), []);
case!(valid_definite_assignment, in_main("bool c = true; int a; if (c) a = 1; else a = 2; Console.WriteLine(a); int b; bool ok = true; if (ok && (b = 3) > 0) Console.WriteLine(b);"), []);
case!(valid_int_min, in_main("int a = -2147483648; long b = -9223372036854775808; long c = 3000000000; Console.WriteLine(a + b + c);"), []);
case!(
    valid_main_int,
    format!(
        "{USINGS}static class P {{ static int Main(string[] args) {{ return args.Length; }} }}"
    ),
    []
);
case!(valid_main_task_int, format!("{USINGS}static class P {{ static async Task<int> Main() {{ await Task.Yield(); return 3; }} }}"), []);
case!(valid_namespace, format!("{USINGS}namespace App {{ static class P {{ static void Main() {{ App.Q.F(); Q.F(); }} }} static class Q {{ public static void F() {{ System.Console.WriteLine(1); }} }} }}"), []);
case!(valid_expression_bodied, members("static int Twice(int x) => x * 2; static async Task<int> T() => await Task.FromResult(1); static void Log(string s) => Console.WriteLine(s);"), []);
case!(
    valid_while_true_return,
    members("static int F() { while (true) { return 1; } }"),
    []
);
case!(
    valid_throw_end,
    members("static int F(int x) { if (x > 0) return 1; throw new InvalidOperationException(); }"),
    []
);
case!(
    valid_try_finally_return,
    members("static int F() { try { return 1; } finally { Console.WriteLine(2); } }"),
    []
);
case!(
    valid_discard,
    in_async_main("_ = Task.Delay(1); _ = 5;"),
    []
);
case!(valid_casts, in_main("long l = 5; int i = (int)l; double d = 2.7; int j = (int)d; long k = (long)d; Console.WriteLine(i + j + k);"), []);
case!(valid_conditional, in_main("int x = 3; long y = x > 2 ? x : 4L; string s = x > 1 ? \"a\" : null; Console.WriteLine(y + s);"), []);
case!(valid_tostring, in_main("int x = 3; string s = x.ToString() + 2.5.ToString() + \"a\".ToUpper().ToLower().Length; Console.WriteLine(s + Environment.CurrentManagedThreadId + int.MaxValue + long.MinValue);"), []);
case!(valid_await_in_catch_finally, in_async_main("try { await Task.Delay(1); } catch (Exception) { await Task.Delay(1); } finally { await Task.Delay(1); }"), []);
case!(valid_nested_scopes_siblings, in_main("{ int x = 1; Console.WriteLine(x); } { int x = 2; Console.WriteLine(x); } for (int i = 0; i < 1; i++) { } for (int i = 0; i < 1; i++) { }"), []);

// ---- names and types
case!(
    cs0103_unknown_name,
    in_main("Console.WriteLine(y);"),
    ["CS0103"]
);
case!(
    cs0103_missing_using,
    format!("static class P {{ static void Main() {{ Console.WriteLine(1); }} }}"),
    ["CS0103"]
);
case!(cs0246_unknown_type, in_main("Foo x = null;"), ["CS0246"]);
case!(
    cs0246_missing_using_type,
    format!("using System;\nstatic class P {{ static void Main() {{ List<int> l = null; }} }}"),
    ["CS0246"]
);
case!(
    ua0103_sorted_dictionary,
    format!("{USINGS}static class P {{ static void Main() {{ SortedDictionary<int, int> d = null; }} }}"),
    ["UA0103"]
);
case!(
    ua0103_char_decimal,
    in_main("char c = 'a'; decimal m = 1.5m;"),
    ["UA0103"]
);
case!(
    ua0103_mutex_tier2,
    in_main("var m = new Mutex();"),
    ["UA0103"]
);
case!(
    ua0101_using,
    format!("using System.IO;\n{USINGS}static class P {{ static void Main() {{ }} }}"),
    ["UA0101"]
);
// System.Runtime.CompilerServices holds the awaiter interfaces a custom awaiter implements.
case!(valid_compilerservices, format!("using System.Runtime.CompilerServices;\n{USINGS}static class P {{ static void Main() {{ }} }}"), []);
// CS4014 for a call whose result is a custom awaitable (the awaitable pattern holds), in an async
// method; none when its GetAwaiter() returns no awaiter.
const AWAITABLES: &str = "using System.Runtime.CompilerServices;\nclass Aw : INotifyCompletion { public bool IsCompleted => true; public void OnCompleted(Action k) { } public int GetResult() => 3; }\nclass A { public Aw GetAwaiter() => new Aw(); }\nclass B { public int GetAwaiter() => 1; }\n";
case!(cs4014_custom_awaitable, format!("{USINGS}{AWAITABLES}static class P {{ static A Make() => new A(); static async Task Main() {{ Make(); await new A(); }} }}"), ["CS4014"]);
case!(valid_not_awaitable_statement, format!("{USINGS}{AWAITABLES}static class P {{ static B Make() => new B(); static async Task Main() {{ Make(); await Task.Yield(); }} }}"), []);

// ---- conversions
case!(cs0029_string_to_int, in_main("int x = \"a\";"), ["CS0029"]);
case!(
    cs0266_long_to_int,
    in_main("long l = 1; int x = l;"),
    ["CS0266"]
);
case!(cs0266_double_to_int, in_main("int x = 1.5;"), ["CS0266"]);
case!(cs0030_bad_cast, in_main("int x = (int)\"a\";"), ["CS0030"]);
case!(cs0037_null_to_int, in_main("int x = null;"), ["CS0037"]);
case!(
    cs0173_conditional,
    in_main("var x = true ? 1 : \"a\";"),
    ["CS0173"]
);
case!(cs0221_const_cast, in_main("int x = (int)1e20;"), ["CS0221"]);

// ---- locals and scopes
case!(
    cs0128_duplicate_local,
    in_main("int x = 1; int x = 2;"),
    ["CS0128"]
);
case!(
    cs0136_hides_outer,
    in_main("int x = 1; { int x = 2; }"),
    ["CS0136"]
);
case!(
    cs0136_outer_declared_later,
    in_main("{ int x = 2; } int x = 1;"),
    ["CS0136"]
);
case!(
    cs0136_param,
    members("static void F(int a) { int a = 1; }"),
    ["CS0136"]
);
case!(
    cs0841_use_before_decl,
    in_main("x = 1; int x = 2;"),
    ["CS0841"]
);
case!(cs0818_var_no_init, in_main("var x;"), ["CS0818"]);
case!(cs0815_var_null, in_main("var x = null;"), ["CS0815"]);
case!(cs0819_var_multi, in_main("var a = 1, b = 2;"), ["CS0819"]);
case!(
    cs0165_unassigned,
    in_main("int x; Console.WriteLine(x);"),
    ["CS0165"]
);
case!(
    cs0165_if_without_else,
    in_main("bool c = true; int x; if (c) x = 1; Console.WriteLine(x);"),
    ["CS0165"]
);
case!(
    cs0165_loop_body,
    in_main("int x; int n = 0; while (n < 3) { x = n; n++; } Console.WriteLine(x);"),
    ["CS0165"]
);
case!(
    cs0165_or,
    in_main("int x; bool b = false; if (b || (x = 1) > 0) Console.WriteLine(x);"),
    ["CS0165"]
);
case!(
    cs0165_try_catch,
    in_main("int x; try { x = 1; } catch { } Console.WriteLine(x);"),
    ["CS0165"]
);
case!(
    ok_try_finally_assigns,
    in_main("int x; try { } finally { x = 1; } Console.WriteLine(x);"),
    []
);
case!(
    ok_while_true_assign,
    in_main("int x; while (true) { x = 1; break; } Console.WriteLine(x);"),
    []
);

// ---- operators and constants
case!(
    cs0019_bool_plus_int,
    in_main("var x = true + 1;"),
    ["CS0019"]
);
case!(cs0019_and_ints, in_main("var x = 1 && 2;"), ["CS0019"]);
case!(
    cs0019_string_minus,
    in_main("var x = \"a\" - 1;"),
    ["CS0019"]
);
case!(
    cs0019_eq_string_int,
    in_main("var x = \"a\" == 1;"),
    ["CS0019"]
);
case!(cs0023_not_int, in_main("var x = !1;"), ["CS0023"]);
case!(cs0023_neg_string, in_main("var x = -\"a\";"), ["CS0023"]);
case!(
    cs0020_div_zero,
    in_main("int a = 5; int b = a / 0;"),
    ["CS0020"]
);
case!(
    cs0220_overflow,
    in_main("int x = int.MaxValue + 1;"),
    ["CS0220"]
);
case!(
    cs0133_const_not_constant,
    members("static int F() { return 1; } const int X = F();"),
    ["CS0133"]
);
case!(
    cs0131_assign_const,
    members("const int X = 1; static void G() { X = 2; }"),
    ["CS0131"]
);
case!(
    cs0131_assign_call,
    members("static int F() { return 1; } static void G() { F() = 2; }"),
    ["CS0131"]
);
case!(
    cs0200_length,
    in_main("string s = \"a\"; s.Length = 1;"),
    ["CS0200"]
);
case!(
    cs0200_count,
    in_main("var l = new List<int>(); l.Count = 1;"),
    ["CS0200"]
);
case!(
    cs0201_bad_statement,
    in_main("int x = 1; x + 1;"),
    ["CS0201"]
);
case!(
    cs0110_circular_const,
    members("const int A = B; const int B = A;"),
    ["CS0110"]
);

// ---- calls and members
case!(cs1501_arg_count, in_main("Math.Max(1);"), ["CS1501"]);
case!(
    cs1503_arg_type,
    members("static void F(int x) { } static void G() { F(\"a\"); }"),
    ["CS1503"]
);
case!(cs0117_static_member, in_main("Console.Foo();"), ["CS0117"]);
case!(
    cs1061_instance_member,
    in_main("string s = \"a\"; s.Foo();"),
    ["CS1061"]
);
case!(
    cs0120_instance_via_type,
    in_main("string.ToUpper();"),
    ["CS0120"]
);
case!(cs0121_ambiguous, members("static void F(long a, int b) { } static void F(int a, long b) { } static void G() { F(1, 1); }"), ["CS0121"]);
case!(
    overload_better_conversion,
    members("static void F(long a) { } static void F(double a) { } static void G() { F(1); }"),
    []
);
case!(
    cs1955_property_call,
    in_main("string s = \"a\"; s.Length();"),
    ["CS1955"]
);
case!(
    cs0411_inference,
    in_main("var t = Task.FromResult(null);"),
    ["CS0411"]
);

// ---- async rules
case!(
    cs4032_await_in_sync,
    members("static int F() { await Task.Delay(1); return 1; }"),
    ["CS4032"]
);
case!(
    cs4033_await_in_void,
    members("static void F() { await Task.Delay(1); }"),
    ["CS4033"]
);
case!(
    cs1983_bad_async_return,
    members("static async int F() { await Task.Delay(1); return 1; }"),
    ["CS1983"]
);
case!(
    cs1997_return_value_in_async_task,
    members("static async Task F() { await Task.Delay(1); return 1; }"),
    ["CS1997"]
);
case!(
    cs4016_return_task_from_async,
    members("static async Task<int> F(Task<int> t) { await Task.Delay(1); return t; }"),
    ["CS4016"]
);
case!(
    cs1998_no_await,
    members("static async Task F() { Console.WriteLine(1); }"),
    ["CS1998"]
);
case!(
    cs4014_not_awaited,
    in_async_main("Task.Delay(1);"),
    ["CS4014"]
);
case!(no_cs4014_in_sync, in_main("Task.Delay(1);"), []);
case!(
    cs4008_await_void,
    in_async_main("await Console.WriteLine();"),
    ["CS4008"]
);
case!(cs1061_await_int, in_async_main("await 5;"), ["CS1061"]);
case!(
    valid_async_void,
    members("static async void F() { await Task.Delay(1); }"),
    []
);

// ---- returns and flow
case!(
    cs0127_return_value_in_void,
    members("static void F() { return 1; }"),
    ["CS0127"]
);
case!(
    cs0126_bare_return,
    members("static int F() { return; }"),
    ["CS0126"]
);
case!(
    cs0161_not_all_paths,
    members("static int F(int x) { if (x > 0) return 1; }"),
    ["CS0161"]
);
case!(
    cs0161_while_with_break,
    members("static int F() { while (true) { break; } }"),
    ["CS0161"]
);
case!(
    cs0162_unreachable,
    members("static int F() { return 1; Console.WriteLine(2); }"),
    ["CS0162"]
);
case!(
    cs0162_if_false,
    in_main("if (false) { Console.WriteLine(1); }"),
    ["CS0162"]
);
case!(cs0139_break_outside_loop, in_main("break;"), ["CS0139"]);
case!(
    cs0157_return_in_finally,
    members("static void F() { try { } finally { return; } }"),
    ["CS0157"]
);
case!(
    cs0157_break_in_finally,
    in_main("while (true) { try { } finally { break; } }"),
    ["CS0157"]
);
case!(cs0156_rethrow_outside_catch, in_main("throw;"), ["CS0156"]);
case!(cs0155_throw_non_exception, in_main("throw 1;"), ["CS0155"]);
case!(
    cs0155_catch_non_exception,
    in_main("try { } catch (string e) { }"),
    ["CS0155"]
);
case!(
    cs0160_catch_order,
    in_main("try { } catch (Exception) { } catch (ArgumentException) { }"),
    ["CS0160"]
);

// ---- declarations
case!(
    cs0102_duplicate_field,
    members("static int a; static int a;"),
    ["CS0102"]
);
case!(
    cs0111_duplicate_method,
    members("static void F(int x) { } static void F(int y) { }"),
    ["CS0111"]
);
case!(
    cs0101_duplicate_class,
    format!("{USINGS}static class P {{ static void Main() {{ }} }} static class P {{ }}"),
    ["CS0101"]
);
case!(
    cs5001_no_main,
    format!("{USINGS}static class P {{ static void F() {{ }} }}"),
    ["CS5001"]
);
case!(cs0017_two_mains, format!("{USINGS}static class P {{ static void Main() {{ }} }} static class Q {{ static void Main() {{ }} }}"), ["CS0017"]);
case!(
    cs0106_async_field,
    members("static async int x;"),
    ["CS0106"]
);
case!(
    cs0708_instance_in_static_class,
    members("void F() { }"),
    ["CS0708"]
);
case!(cs1520_no_return_type, members("static F() { }"), ["CS1520"]);
case!(cs0501_no_body, members("static void F();"), ["CS0501"]);
case!(
    cs0116_member_in_namespace,
    format!(
        "{USINGS}namespace N {{ void F() {{ }} static class P {{ static void Main() {{ }} }} }}"
    ),
    ["CS0116"]
);

// ---- outside Tier 1: exactly one UA0100/UA0102, no cascade
case!(
    ua0100_lambda,
    in_main("var f = (int x, int by = 1) => x + by;"),
    ["UA0100"]
);
case!(
    valid_instance_method,
    format!("{USINGS}class C {{ void F() {{ }} }} static class P {{ static void Main() {{ }} }}"),
    []
);
case!(
    valid_switch,
    in_main("int x = 1; switch (x) { case 1: break; }"),
    []
);
case!(
    ok_pattern_switch,
    in_main("int x = 1; switch (x) { case 1: break; case int y when y > 2: Console.WriteLine(y); break; }"),
    []
);
case!(
    ua0100_goto_case_in_pattern_switch,
    in_main("int x = 1; switch (x) { case 1: goto default; case int y when y > 2: break; default: break; }"),
    ["UA0100"]
);
case!(
    valid_static_auto_property,
    members("static int X { get; set; }"),
    []
);
case!(
    valid_empty_struct,
    format!("{USINGS}struct S {{ }} static class P {{ static void Main() {{ }} }}"),
    []
);
case!(
    ua0100_ref_struct,
    format!("{USINGS}ref struct S {{ }} static class P {{ static void Main() {{ }} }}"),
    ["UA0100"]
);
case!(
    cs8340_readonly_struct_mutable_field,
    format!("{USINGS}readonly struct S {{ public int X; }} static class P {{ static void Main() {{ }} }}"),
    ["CS8340"]
);
case!(
    valid_empty_interface,
    format!("{USINGS}interface I {{ }} static class P {{ static void Main() {{ }} }}"),
    []
);
case!(
    valid_using_stmt,
    in_main("using (var c = new CancellationTokenSource()) { }"),
    []
);
case!(
    valid_generic_virtual_method,
    format!("{USINGS}class C {{ public virtual T Id<T>(T x) {{ return x; }} }} static class P {{ static void Main() {{ }} }}"),
    []
);
case!(
    cs1503_default_comparer_argument,
    in_main("bool b = EqualityComparer<int>.Default.Equals(1, \"a\"); int c = Comparer<string>.Default.Compare(\"a\");"),
    ["CS1503", "CS1501"]
);
case!(
    valid_constructor,
    format!("{USINGS}class C {{ C() {{ }} }} static class P {{ static void Main() {{ }} }}"),
    []
);
case!(
    valid_is_type_test,
    in_main("Exception e = null; bool b = e is ArgumentException;"),
    []
);
case!(valid_object_local, in_main("object o = 1;"), []);
case!(
    cs0162_if_true_else,
    in_main("int a; if (1 < 2) a = 1; else a = 2; Console.WriteLine(a);"),
    ["CS0162"]
);
case!(cs0122_private_method, format!("{USINGS}static class Q {{ static void F() {{ }} }} static class P {{ static void Main() {{ Q.F(); }} }}"), ["CS0122"]);
case!(cs0122_private_field, format!("{USINGS}static class Q {{ static int x; }} static class P {{ static void Main() {{ Q.x = 1; }} }}"), ["CS0122"]);
case!(ok_internal_member, format!("{USINGS}static class Q {{ internal static int x; public static void F() {{ }} }} static class P {{ static void Main() {{ Q.x = 1; Q.F(); }} }}"), []);
case!(ok_lock_null, in_main("lock (null) { }"), []);
case!(cs0185_lock_int, in_main("lock (1) { }"), ["CS0185"]);
case!(
    cs1996_await_in_lock,
    in_async_main("lock (new object()) { await Task.Yield(); }"),
    ["CS1996"]
);

case!(
    valid_task_run,
    in_async_main("await Task.Run(() => 1);"),
    []
);
case!(
    ua0100_linq_select,
    in_main("var a = new[] { 1 }; var b = a.Select(x => x);"),
    ["UA0100"]
);
case!(
    cs0117_unknown_task_member,
    in_main("Task.Frobnicate();"),
    ["CS0117"]
);

#[test]
fn library_table_parses_completely() {
    let lib = unawait_sema::builtins::library();
    let errors = lib.errors();
    assert!(errors.is_empty(), "unparsed library lines: {errors:?}");
    assert!(lib.len() > 100);
}

#[test]
fn diagnostics_have_hints_and_labels() {
    let src = in_main("int x = 1; int x = 2; Console.WriteLine(y);");
    let c = check(&src);
    for d in &c.diagnostics {
        assert!(d.hint.is_some(), "{} has no hint", d.code);
    }
    let dup = c
        .diagnostics
        .iter()
        .find(|d| d.code == "CS0128")
        .expect("CS0128");
    assert_eq!(
        dup.labels.len(),
        2,
        "CS0128 points at the first declaration too"
    );
}

#[test]
fn await_node_records_awaiter() {
    let src = in_async_main(
        "int x = await Task.FromResult(1); await Task.Delay(1).ConfigureAwait(false);",
    );
    let dump = unawait_sema::dump_hir(&check(&src).program);
    assert!(
        dump.contains("await (TaskAwaiterOf TaskAwaiter<int>): int"),
        "{dump}"
    );
    assert!(
        dump.contains(
            "await (ConfiguredTaskAwaiter ConfiguredTaskAwaitable.ConfiguredTaskAwaiter): void"
        ),
        "{dump}"
    );
    assert!(
        dump.contains("await (YieldAwaiter YieldAwaitable.YieldAwaiter): void"),
        "{dump}"
    );
}
