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
    ua0103_stopwatch_tier2,
    in_main("var s = Stopwatch.StartNew();"),
    ["UA0103"]
);
case!(
    ua0101_using,
    format!("using System.IO;\n{USINGS}static class P {{ static void Main() {{ }} }}"),
    ["UA0101"]
);
case!(ua0101_compilerservices, format!("using System.Runtime.CompilerServices;\n{USINGS}static class P {{ static void Main() {{ }} }}"), ["UA0101"]);

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
case!(ua0100_lambda, in_main("var f = () => 1;"), ["UA0100"]);
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
    ua0100_generic_method,
    members("static T Id<T>(T x) { return x; }"),
    ["UA0100"]
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
    ua0100_task_run,
    in_async_main("await Task.Run(() => 1);"),
    ["UA0100"]
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

// ---- no cascades after an unsupported declaration
case!(valid_property_use, members("static int Answer { get { return 42; } } static void G() { Console.WriteLine(Answer + 1); }"), []);
case!(valid_instance_call_on_null, format!("{USINGS}class C {{ int n; public void Inc() {{ n++; }} }} static class P {{ static void Main() {{ C c = null; c.Inc(); }} }}"), []);
case!(valid_struct_fields_assigned_one_by_one, format!("{USINGS}struct S {{ public int X; }} static class P {{ static void Main() {{ S s; s.X = 1; Console.WriteLine(s.X); Console.WriteLine(s); }} }}"), []);
case!(cs0170_struct_field_unassigned, format!("{USINGS}struct S {{ public int X; public int Y; }} static class P {{ static void Main() {{ S s; s.X = 1; Console.WriteLine(s.Y); }} }}"), ["CS0170"]);
case!(
    no_cascade_generic_call,
    members("static T Id<T>(T x) { return x; } static void G() { Console.WriteLine(Id(5)); }"),
    ["UA0100"]
);
case!(
    no_cascade_func_lambda,
    in_main("Func<int, int> f = x => x + 1; Console.WriteLine(f(1));"),
    ["UA0100"]
);
case!(
    valid_char_literal,
    in_main("char c = 'a'; Console.WriteLine(c);"),
    []
);
case!(
    irrefutable_pattern_ends_switch,
    members("static int F(int x) { switch (x) { case int y: return y; } }"),
    []
);
case!(
    cs0161_after_refutable_pattern_switch,
    members("static int F(int x) { switch (x) { case > 0: return x; } }"),
    ["CS0161"]
);
case!(
    cs0161_after_property_pattern_switch,
    members("static int F(object x) { switch (x) { case int[] { Length: 1 }: return 1; } }"),
    ["CS0161"]
);
case!(
    no_flow_guess_after_switch,
    members("static int F(object x) { switch (x) { case int[] and [1]: return 1; } }"),
    ["UA0100"]
);
case!(no_cs1998_when_await_in_using, members("static async Task F() { using (var c = new CancellationTokenSource()) { await Task.Delay(1); } }"), []);
case!(cs0120_instance_field_from_static, format!("{USINGS}class C {{ int n; static void F() {{ n = 1; }} }} static class P {{ static void Main() {{ }} }}"), ["CS0120"]);
case!(
    cs0201_method_group_statement,
    in_main("Console.WriteLine;"),
    ["CS0201"]
);

// ---- names declared by an unsupported construct are declared (type `Error`): uses are silent
case!(
    silent_local_function_calls,
    in_main(
        "Console.WriteLine(Twice(2)); int Twice(int x) => x * 2; Console.WriteLine(Twice(3) + 1);"
    ),
    ["UA0100"]
);
case!(
    valid_out_var,
    members("static bool TryGet(out int v) { v = 1; return true; } static void G() { if (TryGet(out var n)) Console.WriteLine(n + 1); TryGet(out _); TryGet(out int m); m++; }"),
    []
);
case!(
    silent_pattern_variables,
    in_main("string s = \"x\"; int[] n = { 1 }; if (n is [var t] && t > 0) Console.WriteLine(t); while (s is string u) { Console.WriteLine(u); break; } if (s is not string w) return; Console.WriteLine(w);"),
    ["UA0100"]
);
case!(
    silent_deconstruction,
    in_main("var (a, b) = (1, 2); Console.WriteLine(a + b); (int c, string d) = (3, \"x\"); Console.WriteLine(c + d);"),
    ["UA0100"]
);
case!(
    valid_using_declaration,
    in_async_main("using var cts = new CancellationTokenSource(); cts.Cancel(); Console.WriteLine(cts.IsCancellationRequested);"),
    []
);
case!(
    valid_object_initializer_members,
    format!("{USINGS}class C {{ public int X {{ get; set; }} }} static class P {{ static void Main() {{ var c = new C {{ X = 1 }}; Console.WriteLine(c); }} }}"),
    []
);
case!(
    cs0136_pattern_name_reused_by_a_later_local,
    in_main("string s = \"x\"; while (s is string u) { break; } int u = 2; Console.WriteLine(u);"),
    ["CS0136"]
);
case!(
    silent_primary_constructor_parameters,
    format!("{USINGS}class C(int limit) {{ public int Twice() => limit * 2; }} static class P {{ static void Main() {{ }} }}"),
    ["UA0100"]
);
case!(
    cs0103_not_inherited,
    format!("{USINGS}class B {{ public static int Id = 1; }} class D : B {{ public static int F() => Id + Other(); }} static class P {{ static void Main() {{ }} }}"),
    ["CS0103"]
);
case!(
    silent_generic_class_uses,
    format!("{USINGS}class Box<T> {{ public static T Get(T x) => x; public static Box<T> Make() => null; }} static class P {{ static void Main() {{ Box<int> b = Box<int>.Make(); Console.WriteLine(Box<string>.Get(\"a\") + b); }} }}"),
    ["UA0100"]
);
case!(
    silent_nested_and_delegate_types,
    format!("{USINGS}delegate int Op(int a); class Outer {{ public class Inner {{ }} public static Inner Make(Op op) => null; }} static class P {{ static void Main() {{ Outer.Inner i = Outer.Make(null); Op o = null; Console.WriteLine(i); }} }}"),
    ["UA0100"]
);
case!(
    struct_operators_and_cast_from_unimplemented_interface,
    format!("{USINGS}struct M {{ public static M operator +(M a, M b) => a; public static implicit operator M(int v) => default; }} interface I {{ }} static class P {{ static void Main() {{ M a = 1; M b = a + a; I i = null; M c = (M)i; Console.WriteLine(b); }} }}"),
    ["CS0030"]
);
case!(
    valid_derived_to_base,
    format!("{USINGS}class A {{ }} class B : A {{ }} static class P {{ static void Main() {{ B b = null; A a = b; B c = (B)a; Console.WriteLine(c); }} }}"),
    []
);
case!(
    valid_struct_modifiers,
    format!("{USINGS}readonly struct S {{ }} ref struct R {{ }} readonly record struct Q(int X); static class P {{ static void Main() {{ }} }}"),
    ["UA0100"]
);
case!(
    valid_const_char_local,
    in_main("const char sep = ';'; Console.WriteLine(sep);"),
    []
);
case!(
    valid_abstract_method_has_no_body,
    format!("{USINGS}abstract class A {{ public abstract void F(); }} static class P {{ static void Main() {{ }} }}"),
    []
);
case!(
    valid_explicit_interface_implementation,
    format!("{USINGS}interface I {{ void F(); }} class C : I {{ void I.F() {{ }} public void F() {{ }} public void G() {{ F(); }} }} static class P {{ static void Main() {{ }} }}"),
    []
);
case!(
    valid_generic_method_explicit_type_arguments,
    members("static T Id<T>(T x) => x; static void G() { Console.WriteLine(Id<int>(5)); }"),
    ["UA0100"]
);
case!(
    valid_ref_return_assignment,
    members("static int[] a = new int[1]; static ref int At(int i) => ref a[i]; static void G() { At(0) = 5; }"),
    ["UA0100"]
);
case!(
    valid_partial_class_parts,
    format!("{USINGS}static partial class P {{ static void Main() {{ Helper(); }} }} static partial class P {{ static void Helper() {{ }} }}"),
    ["UA0102"]
);
case!(
    valid_labeled_declaration,
    in_main("start: int n = 1; Console.WriteLine(n); if (n > 1) goto start;"),
    []
);
case!(
    valid_catch_filter_pattern_variable,
    in_main("try { } catch (Exception e) when (e.InnerException is ArgumentException a) { Console.WriteLine(a.Message); }"),
    []
);
case!(
    cs0103_pattern_variable_of_a_loop_used_after_it,
    in_main("string s = \"x\"; while (s is string u) { break; } Console.WriteLine(u);"),
    ["CS0103"]
);
case!(
    valid_target_typed_new_argument,
    members("static void F(List<int> l) { } static void G() { F(new()); }"),
    ["UA0100"]
);
// The same constructs' real errors in programs C# rejects are still reported.
case!(
    cs0103_typo_still_reported,
    in_main("int count = 1; Console.WriteLine(coutn);"),
    ["CS0103"]
);
case!(
    cs0308_non_generic_user_class,
    format!("{USINGS}class C {{ }} static class P {{ static void Main() {{ C<int> c = null; }} }}"),
    ["CS0308"]
);
case!(
    cs0029_plain_class_to_string,
    format!("{USINGS}class C {{ }} static class P {{ static void Main() {{ C c = null; string s = c; }} }}"),
    ["CS0029"]
);
case!(
    cs0501_method_without_body,
    members("static void F();"),
    ["CS0501"]
);
case!(
    cs8754_var_target_typed_new,
    in_main("var x = new();"),
    ["CS8754"]
);
case!(
    cs0145_const_without_value,
    in_main("const int n;"),
    ["CS0145"]
);
case!(
    cs0101_same_name_and_arity,
    format!("{USINGS}class C {{ }} class C {{ }} class G {{ }} class G<T> {{ }} static class P {{ static void Main() {{ }} }}"),
    ["CS0101", "UA0100"]
);

// ---- never false about C#: .NET's types, entry points, filtered catch clauses
case!(
    ua0103_bcl_types_not_cs0246,
    in_main("dynamic d = 1; var e = new ManualResetEvent(false); Console.WriteLine(d);"),
    ["UA0102", "UA0103"]
);
case!(
    cs0246_for_a_name_dotnet_lacks,
    in_main("Frobnicator f = null;"),
    ["CS0246"]
);
case!(
    cs8892_a_synchronous_main_wins,
    format!("{USINGS}static class P {{ static void Main() {{ }} static async Task Main(string[] args) {{ await Task.Yield(); }} }}"),
    ["CS8892"]
);
case!(
    cs0017_two_synchronous_mains,
    format!("{USINGS}static class P {{ static void Main() {{ }} }} static class Q {{ static int Main() => 0; }}"),
    ["CS0017"]
);
case!(
    no_cs0160_after_a_filtered_catch,
    in_main("try { } catch (Exception e) when (e != null) { } catch (Exception) { }"),
    []
);
case!(
    jagged_array_creation,
    in_main("long[][] j = new long[4][]; j[0] = new long[2]; Console.WriteLine(j.Length + j[0].Length);"),
    []
);

// ---- by-reference parameters (issue 15)
case!(
    valid_overloads_by_reference,
    members("static void S(ref int x) { x++; } static void S(int x) { } static void G() { int a = 1; S(a); S(ref a); }"),
    []
);
case!(
    valid_value_prefers_by_value_to_in,
    members("static int F(int x) => 1; static int F(in int x) => 2; static void G() { int a = 0; Console.WriteLine(F(a) + F(in a) + F(3)); }"),
    []
);
case!(
    valid_out_struct_assigned_field_by_field,
    members("struct S { public int X; public int Y; } static void M(out S s) { s.X = 1; s.Y = 2; } static void G() { M(out S s); Console.WriteLine(s.X); }"),
    []
);
case!(
    cs0177_out_struct_field_missing,
    members("struct S { public int X; public int Y; } static void M(out S s) { s.X = 1; }"),
    ["CS0177"]
);
case!(
    valid_out_assigned_in_finally,
    members("static bool T(out int v) { try { return true; } finally { v = 1; } }"),
    []
);
case!(
    cs0165_out_argument_read_in_the_same_call,
    members("static void F(out int a, int b) { a = b; } static void G() { F(out int x, x); }"),
    ["CS0165"]
);
case!(
    cs1615_out_var_to_value_parameter,
    members("static void F(int a) { } static void G() { F(out var x); }"),
    ["CS1615"]
);
case!(
    cs0534_cs0115_override_without_ref,
    format!("{USINGS}abstract class A {{ public abstract void M(ref int x); }} class B : A {{ public override void M(int x) {{ }} }} static class P {{ static void Main() {{ }} }}"),
    ["CS0115", "CS0534"]
);

// ---- user-defined operators: a rejected declaration draws nothing more at its uses
case!(
    operator_with_unknown_type_only_cs0246,
    format!("{USINGS}class A {{ public static A operator +(A a, Nope b) => a; }} static class P {{ static void Main() {{ var a = new A(); Console.WriteLine(a + a); }} }}"),
    ["CS0246"]
);
case!(
    operator_with_wrong_arity_no_cs0019,
    format!("{USINGS}class A {{ public static A operator *(A a) => a; }} static class P {{ static void Main() {{ var a = new A(); var b = a * a; a *= a; Console.WriteLine(b); }} }}"),
    ["CS1019"]
);
case!(
    valid_user_operators_and_conversions,
    format!("{USINGS}struct M {{ public int V; public static M operator +(M a, M b) => new M {{ V = a.V + b.V }}; public static bool operator ==(M a, M b) => a.V == b.V; public static bool operator !=(M a, M b) => a.V != b.V; public override bool Equals(object o) => o is M m && m == this; public override int GetHashCode() => V; public static implicit operator M(int v) => new M {{ V = v }}; public static explicit operator int(M m) => m.V; }} static class P {{ static void Main() {{ M a = 1; a += 2; Console.WriteLine((int)(a + 3) + (a == 3 ? 1 : 0)); }} }}"),
    []
);
case!(
    increment_without_user_operator,
    format!("{USINGS}struct M {{ public int V; public static M operator +(M a, M b) => a; }} static class P {{ static void Main() {{ M a = new M(); a++; Console.WriteLine(a.V); }} }}"),
    ["CS0023"]
);
