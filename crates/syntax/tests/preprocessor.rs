//! Preprocessor directives and Unicode escapes in identifiers, read as C# reads them: which
//! text is compiled, which diagnostics C# gives (and no other), what `#pragma warning` records.

use unawait_syntax::token::Token;

/// The codes of `source`'s syntax diagnostics, in order.
fn codes(source: &str) -> Vec<&'static str> {
    unawait_syntax::parse(source)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

/// The identifiers the lexer produced (decoded), in order.
fn idents(source: &str) -> Vec<String> {
    unawait_syntax::lexer::lex(source)
        .tokens
        .iter()
        .filter_map(|(t, _)| match t {
            Token::Ident(s) => Some(s.to_string()),
            Token::VerbatimIdent(s) => Some(unawait_syntax::lexer::decode_ident(s)),
            _ => None,
        })
        .collect()
}

fn program(body: &str) -> String {
    format!("class P {{\n    static void M()\n    {{\n{body}\n    }}\n}}\n")
}

#[test]
fn conditional_sections_are_evaluated_with_the_files_symbols() {
    let src = "#define TRACE_CALLS\n#define GONE\n#undef GONE\nclass P {\n#if DEBUG\n    const int One = 1;\n#elif TRACE_CALLS && !GONE\n    const int Two = 2;\n#else\n    const int Three = 3;\n#endif\n#if (TRACE_CALLS || DEBUG) == true && !(GONE != false)\n    const int Four = 4;\n#endif\n}\n";
    assert_eq!(codes(src), Vec::<&str>::new());
    let names = idents(src);
    assert!(names.contains(&"Two".to_string()), "{names:?}");
    assert!(names.contains(&"Four".to_string()), "{names:?}");
    assert!(!names.contains(&"One".to_string()) && !names.contains(&"Three".to_string()));
}

#[test]
fn no_symbol_is_predefined() {
    for sym in ["DEBUG", "TRACE", "NET8_0", "NET", "NETCOREAPP"] {
        let src = format!("class P {{\n#if {sym}\n    const int Defined = 1;\n#endif\n}}\n");
        assert!(!idents(&src).contains(&"Defined".to_string()), "{sym}");
    }
}

#[test]
fn disabled_text_is_not_lexed() {
    // The QA reproducer: half-finished code under `#if OLD_IMPLEMENTATION`.
    let src = program(
        "#if OLD_IMPLEMENTATION\n        var client = new LegacyClient(;   // never compiled\n        client.Send(\"hello\"\n        /* an unclosed comment\n        'x' \"unclosed string\n        $\"{unclosed hole\n        \\u0031bad # stray\n#if NESTED\n#error not compiled\n#warning not compiled\n#define TOO_LATE\n#endif\n#else\n        Run();\n#endif\n        Done();",
    );
    assert_eq!(codes(&src), Vec::<&str>::new());
    let names = idents(&src);
    assert!(names.contains(&"Run".to_string()) && names.contains(&"Done".to_string()));
    assert!(!names.contains(&"LegacyClient".to_string()), "{names:?}");
}

#[test]
fn directives_may_be_indented_and_spaced() {
    let src = "class P {\n    #  if !X // comment\n    const int Yes = 1;\n\t# endif // done\n}\n";
    assert_eq!(codes(src), Vec::<&str>::new());
    assert!(idents(src).contains(&"Yes".to_string()));
}

#[test]
fn region_nullable_line_and_pragma_directives_are_accepted() {
    let src = "#nullable enable\nusing System;\n#region Types\nclass P {\n#pragma warning disable CS0162, 168 // unreachable\n#pragma checksum \"f.cs\" \"{406ea660-64cf-4c82-b6f0-42d48172a799}\" \"ab007f1d23d9\"\n#line hidden\n#line default\n#pragma warning restore\n#nullable restore annotations\n}\n#endregion\n";
    assert_eq!(codes(src), Vec::<&str>::new());
}

#[test]
fn pragma_warning_records_where_warnings_are_suppressed() {
    let src = "class P {\n#pragma warning disable CS0162, 4014\n  int a;\n#pragma warning restore CS0162\n  int b;\n#pragma warning disable\n  int c;\n#pragma warning restore\n  int d;\n}\n";
    let parsed = unawait_syntax::parse(src);
    let p = &parsed.unit.pragmas;
    let at = |s: &str| src.find(s).unwrap();
    assert!(p.suppresses("CS0162", at("int a")) && p.suppresses("CS4014", at("int a")));
    assert!(!p.suppresses("CS0162", at("int b")) && p.suppresses("CS4014", at("int b")));
    assert!(p.suppresses("CS1998", at("int c")));
    assert!(!p.suppresses("CS4014", at("int d")) && !p.suppresses("CS1998", at("int d")));
    assert!(!p.suppresses("CS0162", 0));
}

#[test]
fn error_and_warning_directives_are_reported_as_csharp_does() {
    let src = "class P {\n#error this configuration is not supported\n#warning check this\n}\n";
    let parsed = unawait_syntax::parse(src);
    let msgs: Vec<(&str, String, bool)> = parsed
        .diagnostics
        .iter()
        .map(|d| (d.code, d.message.clone(), d.is_error()))
        .collect();
    assert_eq!(
        msgs,
        vec![
            (
                "CS1029",
                "#error: 'this configuration is not supported'".to_string(),
                true
            ),
            ("CS1030", "#warning: 'check this'".to_string(), false),
        ]
    );
    // CS1030 can be suppressed like any warning.
    let quiet = "class P {\n#pragma warning disable CS1030\n#warning check this\n}\n";
    assert_eq!(codes(quiet), Vec::<&str>::new());
}

#[test]
fn malformed_directives_draw_csharps_errors() {
    let cases: &[(&str, &[&str])] = &[
        ("class P { }\n#if X\n", &["CS1027"]),
        ("class P { }\n#endif\n", &["CS1028"]),
        ("class P { }\n#else\n", &["CS1028"]),
        ("class P { }\n#if X\n#else\n#else\n#endif\n", &["CS1028"]),
        ("class P { }\n#if X\n#else\n#elif Y\n#endif\n", &["CS1028"]),
        ("class P { }\n#define LATE\n", &["CS1032"]),
        ("#define\nclass P { }\n", &["CS1001"]),
        ("class P { }\n#if X Y\n#endif\n", &["CS1025"]),
        ("class P { }\n#if X &&\n#endif\n", &["CS1517"]),
        ("class P { }\n#if (X\n#endif\n", &["CS1517"]),
        ("class P { }\n#if\n#endif\n", &["CS1517"]),
        ("class P { }\n#if X\n#endif junk\n", &["CS1025"]),
        ("class P { }\n#ifdef X\n", &["CS1024"]),
        ("class P { }\n#\n", &["CS1024"]),
        ("class P { }\n#region R\n", &["CS1038"]),
        ("class P { }\n#endregion\n", &["CS1028"]),
        ("class P { }\n#line 200 \"other.cs\"\n", &["UA0100"]),
        ("class P { }\n#line nowhere\n", &["CS1576"]),
        ("class P { }\n#pragma optimize on\n", &["CS1633"]),
        ("class P { }\n#pragma warning stop CS0162\n", &["CS1634"]),
        (
            "class P { }\n#pragma warning disable CS0162,\n",
            &["CS1072"],
        ),
        ("class P { }\n#nullable maybe\n", &["CS8637"]),
        ("class P { int x = 5 #if X\n; }\n", &["CS1040"]),
    ];
    let mut wrong = Vec::new();
    for (src, want) in cases {
        let got = codes(src);
        if got != *want {
            wrong.push(format!("{src:?}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_skipped_elif_is_not_evaluated_and_a_taken_branch_ends_the_group() {
    let src = "#define A\nclass P {\n#if A\n    const int First = 1;\n#elif this is not an expression\n    const int Second = 2;\n#else\n    const int Third = 3;\n#endif\n}\n";
    assert_eq!(codes(src), Vec::<&str>::new());
    let names = idents(src);
    assert!(names.contains(&"First".to_string()));
    assert!(!names.contains(&"Second".to_string()) && !names.contains(&"Third".to_string()));
}

#[test]
fn unicode_escapes_in_identifiers() {
    let src = program("        int \\u0061bc = 1;\n        int x\\U00000079 = \\u0061bc + 1;\n        int \\u0069f = xy;\n        int @\\u0062 = @if;");
    assert_eq!(codes(&src), Vec::<&str>::new());
    let names = idents(&src);
    for n in ["abc", "xy", "if", "b"] {
        assert!(names.contains(&n.to_string()), "{n}: {names:?}");
    }
    // An escape of a character that cannot start (or be part of) a name.
    assert_eq!(codes(&program("        int \\u0031x = 1;")), vec!["CS1056"]);
    assert_eq!(
        codes(&program("        int a\\u002Bb = 1;")),
        vec!["CS1056"]
    );
}

/// Random text made of the pieces of directives, conditions, escapes and strings: lexing and
/// parsing it never panics (every slice of the directive reader stays on a character boundary).
#[test]
fn directive_soup_never_panics() {
    const PIECES: &[&str] = &[
        "#",
        "# ",
        "if",
        "elif",
        "else",
        "endif",
        "define",
        "undef",
        "region",
        "endregion",
        "pragma",
        " warning",
        " disable",
        " restore",
        "line",
        "error",
        "nullable",
        " X",
        " Y",
        "(",
        ")",
        "!",
        "==",
        "!=",
        "&&",
        "||",
        "true",
        "false",
        "\n",
        "\r\n",
        "\u{2028}",
        " ",
        "\t",
        "//",
        "/*",
        "*/",
        "\"",
        "'",
        "$\"{",
        "}",
        "\"\"\"",
        "\\u0061",
        "\\U0001F600",
        "\\u00",
        "é",
        "日本",
        "@",
        "class C { }",
        ";",
        ",",
        "1",
        "CS0162",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    for _ in 0..3000 {
        let len = 1 + next(40);
        let text: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
        let _ = unawait_syntax::parse(&text);
    }
}
