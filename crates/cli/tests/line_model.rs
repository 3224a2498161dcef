//! Lines end where C# ends them (`\n`, `\r\n`, a lone `\r`, U+0085, U+2028, U+2029) in every
//! place a line number is printed: diagnostics (and the filter that drops what sema says on lines
//! the parser repaired), and the traces of unhandled exceptions.

mod common;

use std::process::Command;
use unawait::{front_end, Dump};

/// A program with a syntax error on line 5 and a semantic error on line 9, its lines ended by
/// `eol`.
fn broken(eol: &str) -> String {
    [
        "using System;",
        "static class P",
        "{",
        "    static void Main() {",
        "        int a = 1",
        "        Console.WriteLine(a);",
        "    }",
        "    static void Other() {",
        "        Console.WriteLine(missing);",
        "    }",
        "}",
    ]
    .join(eol)
}

#[test]
fn every_line_terminator_counts_in_diagnostics() {
    for eol in ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] {
        let source = broken(eol);
        let compiled = front_end(&source, Dump::None, 100);
        let text = common::render("p.cs", &source, &compiled);
        // The semantic error on another line than the syntax error is kept.
        assert!(
            text.contains("p.cs:5:18: error CS1002") && text.contains("p.cs:9:27: error CS0103"),
            "line ends {eol:?}:\n{text}"
        );
    }
}

#[test]
fn every_line_terminator_counts_in_traces() {
    let source = [
        "using System;",
        "using System.Threading.Tasks;",
        "static class P",
        "{",
        "    static async Task<int> Fail() { await Task.Yield(); throw new Exception(\"x\"); }",
        "    static async Task Main() {",
        "        await Fail();",
        "    }",
        "}",
    ]
    .join("\u{2028}");
    let dir = std::env::temp_dir().join(format!("unawait-lines-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("p.cs");
    std::fs::write(&file, source).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_unawait"))
        .args(["run", "--virtual-time"])
        .arg(&file)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("p.cs:line 7"), "{stderr}");
    let _ = std::fs::remove_dir_all(dir);
}
