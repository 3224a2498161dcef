//! The findings of the QA pass on programs nobody had seen (D1-D8): each construct draws what
//! C# says, or one UA diagnostic naming it, never a false C# error and never two diagnostics.

mod common;
use common::*;

/// Every diagnostic of `src` as `CODE message`, in order.
fn all(src: &str) -> Vec<String> {
    check(src)
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code, d.message))
        .collect()
}

fn assert_all(src: &str, want: &[&str]) {
    let got = all(src);
    assert_eq!(got, want, "\n{src}\n{}", render(src));
}

fn with_usings(usings: &str, body: &str) -> String {
    format!("{usings}static class P {{\n  static async Task Main() {{\n    await Task.Yield();\n    {body}\n  }}\n}}\n")
}

const LINQ: &str = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading.Tasks;\nusing System.Diagnostics;\nusing System.Threading;\n";

// ---- D1: conditional compilation and `#pragma warning`

#[test]
fn only_the_compiled_branch_is_checked() {
    // Both branches declare `RetryCount` and `extra`: C# compiles one of each.
    let src = format!("#define TRACE\n{USINGS}static class P {{\n#if DEBUG\n  const int RetryCount = 1;\n#else\n  const int RetryCount = 3;\n#endif\n  static void Main() {{\n#if TRACE\n    int extra = 0;\n#else\n    int extra = 100;\n#endif\n    Console.WriteLine(RetryCount + extra);\n  }}\n}}\n");
    assert_all(&src, &[]);
}

#[test]
fn pragma_warning_suppresses_sema_warnings_in_its_range() {
    let dropped = |pragma_before: &str, pragma_after: &str| {
        members(&format!("static async Task<int> F() {{ await Task.Yield(); return 1; }}\n  static async Task G() {{\n{pragma_before}\n    F();\n{pragma_after}\n    await Task.Yield();\n  }}"))
    };
    assert_all(&dropped("", ""), &["CS4014 Because this call is not awaited, execution of the current method continues before the call is completed. Consider applying the 'await' operator to the result of the call."]);
    assert_all(
        &dropped(
            "#pragma warning disable CS4014",
            "#pragma warning restore CS4014",
        ),
        &[],
    );
    assert_all(&dropped("#pragma warning disable 4014", ""), &[]);
    assert_all(
        &dropped("#pragma warning disable", "#pragma warning restore"),
        &[],
    );
    // Another code, or a range that ended: the warning stays.
    assert_eq!(
        codes(&dropped("#pragma warning disable CS0162", "")),
        ["CS4014"]
    );
    assert_eq!(
        codes(&dropped(
            "#pragma warning disable CS4014\n#pragma warning restore CS4014",
            ""
        )),
        ["CS4014"]
    );
    // Errors cannot be suppressed.
    let error = members("#pragma warning disable CS0029\n  static int F() { return \"x\"; }");
    assert_eq!(codes(&error), ["CS0029"]);
}

#[test]
fn unreachable_code_under_pragma() {
    let src = members("static int F(int x) {\n#pragma warning disable CS0162\n    return x;\n    Console.WriteLine(x);\n#pragma warning restore CS0162\n  }");
    assert_all(&src, &[]);
}

// ---- D5: Unicode escapes in identifiers

#[test]
fn an_identifier_with_escapes_is_the_same_name() {
    let src = in_main("int \\u0061bc = 1; int \\u0069f = abc + 1; Console.WriteLine(\\u0061 + @if + abc);\n    int a = 2; Console.WriteLine(a);");
    // `\u0061` is `a`, declared after its use here: C#'s CS0841.
    assert_eq!(codes(&src), ["CS0841"]);
    let ok = in_main(
        "int \\u0061bc = 1; int \\u0069f = abc + 1; Console.WriteLine(@if + \\u0061\\u0062c);",
    );
    assert_all(&ok, &[]);
}

// ---- D2: nested types of .NET and rarely named .NET types

#[test]
fn nested_types_of_dotnet_types_are_outside_the_language() {
    assert_all(
        &with_usings(LINQ, "List<int>.Enumerator e = default;"),
        &["UA0103 type `List<T>.Enumerator` is outside unawait's language"],
    );
    assert_all(
        &with_usings(
            LINQ,
            "Environment.SpecialFolder f = Environment.SpecialFolder.Desktop;",
        ),
        &[
            "UA0103 type `Environment.SpecialFolder` is outside unawait's language",
            "UA0103 type `Environment.SpecialFolder` is outside unawait's language",
        ],
    );
    assert_all(
        &with_usings(
            LINQ,
            "Console.WriteLine(System.Environment.SpecialFolder.UserProfile);",
        ),
        &["UA0103 type `Environment.SpecialFolder` is outside unawait's language"],
    );
    // The outer type is the library's, its nested type (which `var` can hold) is not named.
    assert_all(
        &with_usings(LINQ, "Dictionary<string, int>.KeyCollection keys = null;"),
        &["UA0103 type `Dictionary<TKey, TValue>.KeyCollection` is outside unawait's language"],
    );
    // The outer type is outside the language: that is the one thing to say.
    assert_all(
        &with_usings(
            LINQ,
            "SortedDictionary<string, int>.KeyCollection keys = null;",
        ),
        &["UA0103 type `SortedDictionary` is outside unawait's language (Tier 2)"],
    );
}

#[test]
fn nested_types_the_library_models_resolve() {
    let src = with_usings(
        LINQ,
        "System.Runtime.CompilerServices.ConfiguredTaskAwaitable<int>.ConfiguredTaskAwaiter a = Task.FromResult(1).ConfigureAwait(false).GetAwaiter(); Console.WriteLine(a.GetResult());\n    System.Runtime.CompilerServices.YieldAwaitable.YieldAwaiter y = Task.Yield().GetAwaiter(); Console.WriteLine(y.IsCompleted);",
    );
    assert_all(&src, &[]);
}

#[test]
fn a_nested_name_the_library_type_lacks_is_csharps_error() {
    assert_all(
        &with_usings(LINQ, "List<int>.Iterator e = null;"),
        &["CS0426 The type name 'Iterator' does not exist in the type 'List<T>'"],
    );
    // Without `using System.Collections.Generic;`, `List` itself is unknown, as C# says.
    assert_eq!(
        codes(&with_usings(
            "using System;\nusing System.Threading.Tasks;\n",
            "List<int>.Enumerator e;"
        )),
        ["CS0246"]
    );
}

#[test]
fn rarely_named_dotnet_types_are_outside_the_language() {
    for (stmt, name) in [
        ("var t = new StackTrace();", "StackTrace"),
        ("StackFrame f = null;", "StackFrame"),
        ("throw new UnreachableException();", "UnreachableException"),
        ("TypedReference r;", "TypedReference"),
        ("RuntimeArgumentHandle h;", "RuntimeArgumentHandle"),
        (
            "Console.WriteLine(LazyInitializer.EnsureInitialized(null));",
            "LazyInitializer",
        ),
        ("var m = LazyThreadSafetyMode.None;", "LazyThreadSafetyMode"),
    ] {
        assert_all(
            &with_usings(LINQ, stmt),
            &[&format!(
                "UA0103 type `{name}` is outside unawait's language"
            )],
        );
    }
}

// ---- D3: an extension method named like a property

#[test]
fn an_invoked_property_name_finds_the_linq_extension_method() {
    assert_all(
        &with_usings(
            LINQ,
            "var l = new List<int> { 1 }; Console.WriteLine(l.Count() + l.Count);",
        ),
        &[],
    );
    // Without `using System.Linq;` C# finds no method: CS1955 is the truth.
    assert_eq!(
        codes(&in_main(
            "var l = new List<int> { 1 }; Console.WriteLine(l.Count());"
        )),
        ["CS1955"]
    );
}

// ---- D4: attributes

#[test]
fn attributes_that_change_behaviour_draw_one_diagnostic() {
    for (attr, name) in [
        ("[Conditional(\"VERBOSE\")]", "Conditional"),
        ("[System.Diagnostics.ConditionalAttribute(\"VERBOSE\")]", "Conditional"),
        (
            "[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.Synchronized)]",
            "MethodImpl",
        ),
        ("[System.Runtime.CompilerServices.ModuleInitializer]", "ModuleInitializer"),
        // Every use is an error (CS0619), which unawait does not check.
        ("[Obsolete(\"old\", true)]", "Obsolete"),
        // C# says CS0246; unawait cannot tell an attribute it does not know from a missing one.
        ("[Frobnicate]", "Frobnicate"),
    ] {
        let src = format!("{LINQ}static class P {{\n  static void Main() {{ Log(); }}\n  {attr}\n  internal static void Log() {{ Console.WriteLine(1); }}\n}}\n");
        assert_all(
            &src,
            &[&format!("UA0100 the attribute `{name}` is not supported yet")],
        );
    }
    let field = format!("{LINQ}static class P {{\n  [ThreadStatic] static int n;\n  static void Main() {{ n = 1; Console.WriteLine(n); }}\n}}\n");
    assert_all(
        &field,
        &["UA0100 the attribute `ThreadStatic` is not supported yet"],
    );
}

#[test]
fn attributes_without_effect_are_accepted() {
    let src = format!("{LINQ}[assembly: CLSCompliant(false)]\n[Serializable]\nstatic class P {{\n  [Obsolete(\"use Main\")] [DebuggerStepThrough] [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]\n  static void Old() {{ }}\n  [Obsolete(\"old\", false)]\n  static int count;\n  [STAThread]\n  static void Main() {{ Console.WriteLine(count); }}\n  [return: System.Diagnostics.CodeAnalysis.NotNull] static string Name([System.Diagnostics.CodeAnalysis.NotNull] string s) {{ return s; }}\n}}\n");
    assert_all(&src, &[]);
}

// ---- D6: CS4014 where C# reports it

#[test]
fn cs4014_for_an_async_method_of_the_program_dropped_anywhere() {
    let src = members("static async Task LogAsync() { await Task.Delay(1); }\n  static async Task<int> CountAsync() { await Task.Delay(1); return 1; }\n  static async void FireAsync() { await Task.Delay(1); }\n  static Task Plain() { return Task.Delay(1); }\n  static void Start() { LogAsync(); CountAsync(); FireAsync(); Plain(); Task.Delay(1); _ = LogAsync(); }");
    let diags = check(&src).diagnostics;
    let lines: Vec<usize> = diags
        .iter()
        .filter(|d| d.code == "CS4014")
        .map(|d| src[..d.span().start as usize].matches('\n').count())
        .collect();
    // `LogAsync();` and `CountAsync();` only: not the `async void` call, not a method that
    // returns a task without `async`, not the library's `Task.Delay`, not a discard.
    assert_eq!(lines.len(), 2, "{}", render(&src));
    let texts: Vec<&str> = diags
        .iter()
        .filter(|d| d.code == "CS4014")
        .map(|d| &src[d.span().range()])
        .collect();
    assert_eq!(texts, ["LogAsync()", "CountAsync()"]);
}

// ---- D7: one construct, one diagnostic

#[test]
fn an_async_iterator_draws_one_diagnostic() {
    // Async iterators are in the language (issue 18).
    let src = members("static async IAsyncEnumerable<int> RangeAsync(int n) { for (int i = 0; i < n; i++) { if (i > 9) yield break; await Task.Yield(); yield return i; } }");
    assert_all(&src, &[]);
    // A synchronous iterator is in the language.
    let iterator = members("static IEnumerable<int> Two() { yield return 1; yield return 2; }");
    assert_all(&iterator, &[]);
}

#[test]
fn this_and_base_in_an_instance_method_draw_nothing_more() {
    let src = format!("{USINGS}class C {{\n  public C Self() {{ return this; }}\n  public override string ToString() {{ return base.ToString(); }}\n  static void Main() {{ }}\n}}\n");
    assert_all(&src, &[]);
    // In a static method C# itself rejects them.
    assert_eq!(codes(&in_main("Console.WriteLine(this);")), ["CS0026"]);
    assert_eq!(
        codes(&in_main("Console.WriteLine(base.ToString());")),
        ["CS1511"]
    );
}

#[test]
fn a_deconstruction_draws_one_diagnostic() {
    for stmt in [
        "var (q, r) = (17 / 5, 17 % 5); Console.WriteLine(q + r);",
        "int a = 1, b = 2; (a, b) = (b, a); Console.WriteLine(a);",
    ] {
        assert_all(
            &in_main(stmt),
            &["UA0100 deconstruction (`var (a, b) = ...`) is not supported yet"],
        );
    }
}

#[test]
fn a_char_local_from_a_string_indexer_is_valid() {
    assert_all(
        &in_main("string s = \"12\"; char first = s[0]; Console.WriteLine(first);"),
        &[],
    );
    assert_all(&in_main("string s = \"12\"; Console.WriteLine(s[0]);"), &[]);
}

#[test]
fn a_partial_class_draws_one_diagnostic() {
    let src = format!("{USINGS}static partial class P {{ static void Main() {{ A(); B(); }} }}\nstatic partial class P {{ static void A() {{ }} }}\nstatic partial class P {{ static void B() {{ }} }}\n");
    assert_all(
        &src,
        &["UA0102 `partial` classes are not part of unawait's language"],
    );
}
