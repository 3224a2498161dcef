//! .NET's names outside unawait's library draw UA diagnostics, never a false C# error: members the
//! library lacks (UA0104), fully qualified names, `nameof`, `using static`, `dynamic`. A name that
//! is no member in .NET either keeps C#'s error.

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

// ---- members of library types: real ones are UA0104, others C#'s error
case!(
    ua0104_string_index_of_any,
    in_main(r#"string s = "abc"; Console.WriteLine(s.IndexOfAny(new char[] { 'b' }));"#),
    ["UA0104"]
);
case!(
    ua0104_int_clamp,
    in_main(r#"Console.WriteLine(int.Clamp(5, 1, 3));"#),
    ["UA0104"]
);
case!(
    ua0104_inherited_member,
    in_main(
        r#"var e = new ArgumentNullException("p"); Console.WriteLine(e.HelpLink.Length + e.GetType().Name.Length);"#
    ),
    ["UA0104"]
);
case!(
    ua0104_task_factory,
    in_main("var f = Task<int>.Factory;"),
    ["UA0104"]
);
case!(task_factory_compiles, in_main("var f = Task.Factory;"), []);
case!(
    cs1061_not_a_dotnet_member,
    in_main(r#"string s = "a"; s.Shout();"#),
    ["CS1061"]
);
case!(
    cs0117_not_a_dotnet_member,
    in_main("Console.Frobnicate();"),
    ["CS0117"]
);
case!(
    ua0104_linq_with_using,
    format!(
        "using System.Linq;\n{}",
        in_main("int[] a = { 1, 2 }; var d = a.ToLookup(x => x);")
    ),
    ["UA0104"]
);
case!(
    cs1061_linq_without_using,
    in_main("int[] a = { 1, 2 }; var d = a.Distinct();"),
    ["CS1061"]
);
case!(
    unwrap_compiles,
    in_main("Task<Task<int>> t = null; var u = t.Unwrap();"),
    []
);
case!(
    cs1929_unwrap_of_task_of_int,
    in_main("Task<int> t = null; var u = t.Unwrap();"),
    ["CS1929"]
);
case!(
    own_extension_method_call_compiles,
    format!("{USINGS}static class P {{ static int Twice(this int x) {{ return x * 2; }} static void Main() {{ int v = 2; Console.WriteLine(v.Twice()); }} }}"),
    []
);

// ---- constructors and overloads .NET has
case!(
    ua0104_constructor,
    in_main("var t = new CancellationToken(true);"),
    ["UA0104"]
);
case!(
    ua0104_format_overload,
    in_main(r#"Console.WriteLine(new char[] { 'a', 'b' }, 0, 1);"#),
    ["UA0104"]
);
case!(
    ua0104_cancel_overload,
    in_main("var cts = new CancellationTokenSource(); cts.Cancel(true);"),
    ["UA0104"]
);
case!(
    ua0104_format_argument,
    in_main(r#"double d = 2.5; Console.WriteLine(d.CompareTo((object)1.5));"#),
    ["UA0104"]
);
case!(
    cs1501_no_such_overload_in_dotnet,
    in_main("Console.WriteLine(Math.Max(1));"),
    ["CS1501"]
);
case!(
    cs1729_no_such_constructor_in_dotnet,
    in_main("var l = new List<int>(1, 2, 3);"),
    ["CS1729"]
);

// ---- fully qualified names and global::
case!(
    fully_qualified_library_types,
    "class P { static async System.Threading.Tasks.Task Main() { await System.Threading.Tasks.Task.Delay(1); System.Console.WriteLine(System.Math.Max(1, 2)); global::System.Console.WriteLine(1); } }".to_string(),
    []
);
case!(
    fully_qualified_outside_types,
    "class P { static void Main() { System.Text.StringBuilder sb = null; var d = System.DateTime.MinValue; } }".to_string(),
    ["UA0103"]
);
case!(
    unknown_name_in_a_dotnet_namespace,
    "class P { static void Main() { System.Frobnicate.Widget w = null; } }".to_string(),
    ["UA0103"]
);

// ---- nameof, using static, dynamic, aliases
case!(
    nameof_is_a_constant_string,
    in_main(
        r#"int retries = 3; const string n = nameof(retries); Console.WriteLine(n + nameof(Main) + nameof(Console.WriteLine) + nameof(List<int>));"#
    ),
    []
);
case!(
    nameof_of_the_constant_it_initializes,
    members("const string Label = nameof(Label); const string Other = nameof(P.Other);"),
    []
);
case!(
    nameof_of_an_unknown_name,
    in_main("Console.WriteLine(nameof(missing));"),
    ["CS0103"]
);
case!(
    using_static_library_type,
    format!(
        "using static System.Math;\nusing static System.Console;\n{}",
        in_main("WriteLine(Max(1, 2) + Abs(-3));")
    ),
    []
);
case!(
    using_static_member_outside_library,
    format!(
        "using static System.Math;\n{}",
        in_main("Console.WriteLine(FusedMultiplyAdd(2.0, 3.0, 1.0));")
    ),
    ["UA0104"]
);
case!(
    using_static_type_outside_language,
    format!(
        "using static System.ConsoleColor;\n{}",
        in_main("var c = DarkCyan;")
    ),
    ["UA0103"]
);
case!(
    using_static_own_class,
    format!("using static Util;\n{USINGS}static class Util {{ public static int Twice(int x) {{ return 2 * x; }} }}\nstatic class P {{ static void Main() {{ Console.WriteLine(Twice(2)); }} }}"),
    []
);
case!(
    using_static_own_struct,
    format!("using static S;\n{USINGS}struct S {{ public static int Twice(int x) => 2 * x; }}\nstatic class P {{ static void Main() {{ Console.WriteLine(Twice(2)); }} }}"),
    []
);
case!(
    dynamic_is_outside_the_language,
    in_main("dynamic d = 1;"),
    ["UA0102"]
);
case!(
    using_alias_directive,
    format!(
        "using L = System.Collections.Generic.List<int>;\nusing Clock = System.DateTime;\n{}",
        in_main("L l = new L();")
    ),
    ["UA0100"]
);
