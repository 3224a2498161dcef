//! One small C# program per diagnostic, continued: no cascades after what the language does not
//! support, names such constructs declare, and programs C# accepts (or rejects) that once drew
//! something false (`diagnostics.rs` has the rest).

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

// ---- no cascades after an unsupported declaration
case!(valid_property_use, members("static int Answer { get { return 42; } } static void G() { Console.WriteLine(Answer + 1); }"), []);
case!(valid_instance_call_on_null, format!("{USINGS}class C {{ int n; public void Inc() {{ n++; }} }} static class P {{ static void Main() {{ C c = null; c.Inc(); }} }}"), []);
case!(valid_struct_fields_assigned_one_by_one, format!("{USINGS}struct S {{ public int X; }} static class P {{ static void Main() {{ S s; s.X = 1; Console.WriteLine(s.X); Console.WriteLine(s); }} }}"), []);
case!(cs0170_struct_field_unassigned, format!("{USINGS}struct S {{ public int X; public int Y; }} static class P {{ static void Main() {{ S s; s.X = 1; Console.WriteLine(s.Y); }} }}"), ["CS0170"]);
case!(
    no_cascade_generic_call,
    members("static T Id<T>(T x) { return x; } static void G() { Console.WriteLine(Id(5)); }"),
    []
);
case!(
    valid_func_lambda,
    in_main("Func<int, int> f = x => x + 1; Console.WriteLine(f(1));"),
    []
);
case!(
    valid_lambda_natural_type,
    in_main("var f = (int x) => x + 1; Console.WriteLine(f(1));"),
    []
);
case!(
    lambda_parameters_shadow_outer_locals,
    in_main("int x = 1; Func<int, int> f = x => x + 1; Console.WriteLine(f(x));"),
    []
);
case!(
    cs0136_inside_a_lambda,
    in_main("Func<int, int> f = x => { int x = 2; return x; }; Console.WriteLine(f(1));"),
    ["CS0136"]
);
case!(
    cs0165_captured_before_assignment,
    in_main("int n; Func<int> f = () => n; n = 1; Console.WriteLine(f());"),
    ["CS0165"]
);
case!(
    valid_captured_assigned_in_lambda,
    in_main("int n; Action a = () => { n = 1; Console.WriteLine(n); }; a();"),
    []
);
case!(
    cs0139_no_break_out_of_lambda,
    in_main("while (true) { Action a = () => { break; }; a(); }"),
    ["CS0139"]
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
    valid_local_function_called_before_its_declaration,
    in_main(
        "Console.WriteLine(Twice(2)); int Twice(int x) => x * 2; Console.WriteLine(Twice(3) + 1);"
    ),
    []
);
case!(
    valid_generic_local_function_calls,
    in_main("Console.WriteLine(Id(2)); T Id<T>(T x) => x; Console.WriteLine(Id(3) + 1);"),
    []
);
case!(
    valid_nested_generic_local_function_calls,
    in_main("T Outer<T>(T x) { U Inner<U>(U u) => u; return Inner(x); } Console.WriteLine(Outer(3) + 1);"),
    []
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
    generic_class_constraint_violated,
    format!("{USINGS}class Box<T> where T : class {{ public static T Get(T x) => x; public static Box<T> Make() => null; }} static class P {{ static void Main() {{ Box<int> b = Box<int>.Make(); Console.WriteLine(Box<string>.Get(\"a\") + b); }} }}"),
    ["CS0452"]
);
case!(
    nested_and_generic_delegate_types,
    format!("{USINGS}delegate int Op<T>(T a); class Outer {{ public class Inner {{ }} public static Inner Make(Op<int> op) => null; }} static class P {{ static void Main() {{ Outer.Inner i = Outer.Make(null); Op<int> o = null; Console.WriteLine(i); }} }}"),
    []
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
    []
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
    ["CS0101"]
);

// ---- never false about C#: .NET's types, entry points, filtered catch clauses
case!(
    ua0103_bcl_types_not_cs0246,
    in_main("dynamic d = 1; var e = new Mutex(); Console.WriteLine(d);"),
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
