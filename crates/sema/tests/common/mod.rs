//! Helpers: C# snippets through the real parser, then `check`.
#![allow(dead_code)]

pub const USINGS: &str = "using System;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing System.Collections.Generic;\n";

/// Parses and checks `src`; panics on parse diagnostics (the snippet itself must be valid syntax).
pub fn check(src: &str) -> unawait_sema::Checked {
    let parsed = unawait_syntax::parse(src);
    assert!(
        parsed.diagnostics.is_empty(),
        "snippet does not parse:\n{}\n{}",
        src,
        unawait_syntax::diagnostic::render(&parsed.diagnostics, "t.cs", src, false)
    );
    unawait_sema::check(&parsed.unit)
}

/// The sorted, deduplicated codes `check` reports for `src`.
pub fn codes(src: &str) -> Vec<&'static str> {
    let mut c: Vec<&'static str> = check(src).diagnostics.iter().map(|d| d.code).collect();
    c.sort();
    c.dedup();
    c
}

/// Statements inside `static async Task Main()` (which already awaits once).
pub fn in_async_main(stmts: &str) -> String {
    format!("{USINGS}static class P {{\n  static async Task Main() {{\n    await Task.Yield();\n    {stmts}\n  }}\n}}\n")
}

/// Statements inside `static void Main()`.
pub fn in_main(stmts: &str) -> String {
    format!("{USINGS}static class P {{\n  static void Main() {{\n    {stmts}\n  }}\n}}\n")
}

/// Members of a static class that already has `static void Main() {{}}`.
pub fn members(m: &str) -> String {
    format!("{USINGS}static class P {{\n  static void Main() {{ }}\n  {m}\n}}\n")
}

pub fn render(src: &str) -> String {
    let c = check(src);
    unawait_syntax::diagnostic::render(&c.diagnostics, "t.cs", src, false)
}
